package watcher

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"math"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/chainapi"
	"github.com/sptn/sptn/agents/internal/config"
	"github.com/sptn/sptn/agents/internal/store"
)

var (
	alive  = common.Address{0xa1}
	down   = common.Address{0xb2}
	mine   = common.Address{0xc3}
	spared = common.Address{0xd4}
)

func TestInactivityPolicyTargets(t *testing.T) {
	t.Parallel()
	p := InactivityPolicy{Share: 0.5, FileAll: true, Own: map[common.Address]bool{mine: true},
		Never: map[common.Address]bool{spared: true}, Always: map[common.Address]bool{}}
	stats := map[common.Address]MemberStats{
		alive:             {Slots: 8, Missed: 4}, // exactly the share: not more
		down:              {Slots: 8, Missed: 5},
		mine:              {Slots: 8, Missed: 8},
		spared:            {Slots: 8, Missed: 8},
		{0xe5}:            {Slots: 0, Missed: 0},
		{0x01, 0x02, 0x3}: {Slots: 1, Missed: 1},
	}
	require.Equal(t, []common.Address{{0x01, 0x02, 0x3}, down}, p.Targets(stats), "sorted; own, never and at-the-share left out")

	p.FileAll = false
	require.Empty(t, p.Targets(stats), "only the always list when file-inactivity is off")
	p.Always = map[common.Address]bool{down: true, alive: true}
	require.Equal(t, []common.Address{down}, p.Targets(stats), "an always member is named only when inactive")
}

const shareWant = "a share from 0.5 to 1, 1 exclusive (below half, byzantine proposers leaving a slow member out of their records can make it look inactive)"

func TestInactivitySettingsCheck(t *testing.T) {
	t.Parallel()
	good := Settings{PollInterval: time.Second, LogRange: 100, MaxFeePerDaGas: "0", MaxFeePerL2Gas: "0", Vote: VoteOff,
		LookbackBlocks: 7200, StuckAfter: 5 * time.Minute, InactivityShare: 0.5, InactivityEpochs: 4, InactivityMinPeers: 1,
		InactivityMaxNamed: 8, InactivityNode: "http://127.0.0.1:8080", FileInactivity: true, InactivityBondsPerDay: 16,
		InactivityReadBudget: 10 * time.Second}
	a, b := "0x00000000000000000000000000000000000000a1", "0x00000000000000000000000000000000000000b2"
	for _, tc := range []struct {
		name   string
		mutate func(*Settings)
		want   string
	}{
		{"good", func(*Settings) {}, ""},
		{"off without a node", func(s *Settings) { s.InactivityNode, s.FileInactivity = "", false }, ""},
		{"no node", func(s *Settings) { s.InactivityNode = "" },
			`config key watcher.inactivity-node (env SPTN_WATCHER_INACTIVITY_NODE) = "": want the node's chain API, since watcher.file-inactivity or watcher.inactivity-always asks for inactivity proposals`},
		{"node not http", func(s *Settings) { s.InactivityNode = "tcp://127.0.0.1:26657" },
			`config key watcher.inactivity-node (env SPTN_WATCHER_INACTIVITY_NODE) = "tcp://127.0.0.1:26657": want http:// or https:// and a host, without credentials, query or fragment`},
		{"node on localhost", func(s *Settings) { s.InactivityNode = "http://localhost:8080" }, ""},
		{"node on ::1", func(s *Settings) { s.InactivityNode = "http://[::1]:8080" }, ""},
		{"https node elsewhere", func(s *Settings) { s.InactivityNode = "https://node.example:8080" }, ""},
		{"plain http elsewhere", func(s *Settings) { s.InactivityNode = "http://10.0.0.7:8080" },
			`config key watcher.inactivity-node (env SPTN_WATCHER_INACTIVITY_NODE) = "http://10.0.0.7:8080": want https:// for a node on another host (plain http:// only to a loopback address: what the node answers decides whom the watcher files against)`},
		{"share 1", func(s *Settings) { s.InactivityShare = 1 },
			"config key watcher.inactivity-share (env SPTN_WATCHER_INACTIVITY_SHARE) = 1: want " + shareWant},
		{"share 0", func(s *Settings) { s.InactivityShare = 0 },
			"config key watcher.inactivity-share (env SPTN_WATCHER_INACTIVITY_SHARE) = 0: want " + shareWant},
		{"share below half", func(s *Settings) { s.InactivityShare = 0.4 },
			"config key watcher.inactivity-share (env SPTN_WATCHER_INACTIVITY_SHARE) = 0.4: want " + shareWant},
		{"max named 0", func(s *Settings) { s.InactivityMaxNamed = 0 },
			"config key watcher.inactivity-max-named (env SPTN_WATCHER_INACTIVITY_MAX_NAMED) = 0: want 1 to 256 members per proposal (the Slasher's MAX_VALIDATORS)"},
		{"epochs 33", func(s *Settings) { s.InactivityEpochs = 33 },
			"config key watcher.inactivity-epochs (env SPTN_WATCHER_INACTIVITY_EPOCHS) = 33: want 1 to 32 epochs (the Slasher's MAX_INACTIVITY_EPOCHS)"},
		{"no bond budget", func(s *Settings) { s.InactivityBondsPerDay = 0 },
			"config key watcher.inactivity-bonds-per-day (env SPTN_WATCHER_INACTIVITY_BONDS_PER_DAY) = 0: want 1 to 100000 filing bonds in any 24 hours (watcher.file-inactivity false files none)"},
		{"read budget over a minute", func(s *Settings) { s.InactivityReadBudget = 2 * time.Minute },
			"config key watcher.inactivity-read-budget (env SPTN_WATCHER_INACTIVITY_READ_BUDGET) = 2m0s: want a duration from 1s to 1m"},
		{"read budget past stuck-after", func(s *Settings) { s.InactivityReadBudget, s.StuckAfter = 30*time.Second, 20*time.Second },
			"config key watcher.inactivity-read-budget (env SPTN_WATCHER_INACTIVITY_READ_BUDGET) = 30s: want a duration below watcher.stuck-after (20s): a tick waiting on the node must not read as stuck"},
		{"no peers needed", func(s *Settings) { s.InactivityMinPeers = 0 },
			"config key watcher.inactivity-min-peers (env SPTN_WATCHER_INACTIVITY_MIN_PEERS) = 0: want 1 to 1000 (never from a node without peers)"},
		{"bad address", func(s *Settings) { s.InactivityNever = []string{"0x12"} },
			`config key watcher.inactivity-never (env SPTN_WATCHER_INACTIVITY_NEVER) = "0x12": want 0x and 40 hex digits`},
		{"always and never", func(s *Settings) { s.InactivityAlways, s.InactivityNever = []string{a}, []string{a} },
			`config key watcher.inactivity-always (env SPTN_WATCHER_INACTIVITY_ALWAYS) = "` + a + `": want an address not also in watcher.inactivity-never`},
		{"always one's own", func(s *Settings) { s.InactivityAlways, s.OwnValidators = []string{b}, []string{b} },
			`config key watcher.inactivity-always (env SPTN_WATCHER_INACTIVITY_ALWAYS) = "` + b + `": want an address not in watcher.own-validators (never against the watcher's own validators)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			s := good
			tc.mutate(&s)
			var c config.Checker
			s.CheckInto(&c)
			if tc.want == "" {
				require.NoError(t, c.Err())
				return
			}
			require.EqualError(t, c.Err(), tc.want)
		})
	}
}

// fakeNode is a node's record of a committee of four, every member in every slot's committee,
// the proposer rotating; members in stopped do none of their duties.
type fakeNode struct {
	members []common.Address
	stopped map[common.Address]bool
	last    uint64
	duties  map[common.Address][]chainapi.Duty // oldest first
	peers   int
	synced  bool
	err     error
	reads   int
}

func newFakeNode(last uint64) *fakeNode {
	return &fakeNode{members: []common.Address{alive, down, mine, spared}, stopped: map[common.Address]bool{},
		last: last, duties: map[common.Address][]chainapi.Duty{}, peers: 3, synced: true}
}

// decide decides the next slot.
func (n *fakeNode) decide() {
	n.last++
	s := n.last
	for i, m := range n.members {
		res := chainapi.ResultAttested
		if n.stopped[m] {
			res = chainapi.ResultMissed
		}
		if uint64(i) == s%uint64(len(n.members)) {
			pr := chainapi.ResultProposed
			if n.stopped[m] {
				pr = chainapi.ResultMissed
			}
			n.duties[m] = append(n.duties[m], chainapi.Duty{Slot: s, Duty: chainapi.DutyProposal, Result: pr})
		}
		n.duties[m] = append(n.duties[m], chainapi.Duty{Slot: s, Duty: chainapi.DutyAttestation, Result: res, OnChain: res})
	}
}

// orphan takes back slot's block, as the node's sentinel does when the chain orphans it: its
// proposer missed, and no member had an attestation duty in it.
func (n *fakeNode) orphan(slot uint64) {
	for m, ds := range n.duties {
		kept := ds[:0]
		for _, d := range ds {
			switch {
			case d.Slot == slot && d.Duty == chainapi.DutyAttestation:
				continue
			case d.Slot == slot:
				d.Result = chainapi.ResultMissed
			}
			kept = append(kept, d)
		}
		n.duties[m] = kept
	}
}

func (n *fakeNode) Validators(context.Context) (chainapi.Validators, error) {
	n.reads++
	if n.err != nil {
		return chainapi.Validators{}, n.err
	}
	v := chainapi.Validators{LastSlot: n.last, Peers: n.peers, Synced: n.synced}
	for _, m := range n.members {
		if d := n.duties[m]; len(d) > 0 {
			sum := chainapi.ValidatorSummary{Address: m, FirstSlot: d[0].Slot, LastSlot: d[len(d)-1].Slot}
			for _, x := range d { // the counts, as the node's sentinel keeps them
				switch {
				case x.Duty == chainapi.DutyProposal && x.Result == chainapi.ResultProposed:
					sum.Proposed++
				case x.Duty == chainapi.DutyProposal:
					sum.MissedProposals++
				case x.Result == chainapi.ResultAttested:
					sum.Attested++
				default:
					sum.MissedAttestations++
				}
			}
			v.Validators = append(v.Validators, sum)
		}
	}
	return v, nil
}

func (n *fakeNode) Validator(_ context.Context, a common.Address) (chainapi.Validator, error) {
	d := n.duties[a]
	v := chainapi.Validator{ValidatorSummary: chainapi.ValidatorSummary{Address: a}}
	for i := len(d) - 1; i >= 0 && len(v.Recent) < recentDuties; i-- {
		v.Recent = append(v.Recent, d[i])
	}
	return v, nil
}

// extraMembers are n live members beside the fake node's four.
func extraMembers(n int) []common.Address {
	out := make([]common.Address, n)
	for i := range out {
		out[i] = common.Address{0xf0, byte(i)}
	}
	return out
}

// inactivityDriver is a driver over fakes: 4-slot epochs, windows of 2 epochs (8 slots), a share
// of 0.5, every inactive member filed against but the watcher's own (mine) and the never list.
func inactivityDriver(f Filer, kv store.KV, n NodeRecords) *Driver {
	s := Settings{MaxFeePerDaGas: "0", MaxFeePerL2Gas: "0", Vote: VoteOff, InactivityShare: 0.5, InactivityEpochs: 2,
		InactivityMinPeers: 1, InactivityMaxNamed: 8, FileInactivity: true, InactivityNever: []string{spared.Hex()}, InactivityNode: "http://x"}
	d := NewDriver(DriverConfig{Settings: s, LogRange: 100, EpochDuration: 4}, Deps{Chain: headOnly{}, Filer: f, Store: kv,
		Me: common.Address{0x1}, Own: []common.Address{mine}, Node: n, Metrics: noMetrics{},
		Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if ff, ok := f.(*fakeFiler); ok {
		// Another honest watcher's filing carries the record this one gives of the same members.
		ff.honest = func(key common.Hash, vs []common.Address) []byte {
			w := d.watches[key]
			if w == nil {
				return nil
			}
			ev := w.Evidence
			_, record, ok := ev.recordFor(vs)
			if !ok {
				return nil
			}
			ev.Record = record
			data, _ := ev.Encode()
			return data
		}
	}
	return d
}

// run decides slots one by one up to last, ticking the driver after each.
func run(t *testing.T, d *Driver, n *fakeNode, last uint64) {
	t.Helper()
	for n.last < last {
		n.decide()
		require.NoError(t, d.Tick(context.Background()))
	}
}

// TestInactivityFilesAgainstAStoppedMember: a member stopped for a whole window is named, with
// the range as key and the hash of the per-slot record; the watcher's own stopped validator and
// the never list are not; a window seen in part is not judged; nothing is filed twice.
func TestInactivityFilesAgainstAStoppedMember(t *testing.T) {
	t.Parallel()
	n := newFakeNode(5)
	n.members = append(n.members, extraMembers(6)...) // ten: three stopped are under a third
	n.stopped[down], n.stopped[mine], n.stopped[spared] = true, true, true
	f, kv := newFakeFiler(), store.OpenMemory()
	d := inactivityDriver(f, kv, n)
	require.NoError(t, d.Tick(context.Background()))
	run(t, d, n, 7)
	require.Empty(t, f.filed, "window 0 (slots 0-7) was seen in part only: not judged")
	run(t, d, n, 14)
	require.Empty(t, f.filed, "window 1 (slots 8-15) is not over")
	run(t, d, n, 15)
	require.Equal(t, [][]common.Address{{down}}, f.filed)
	require.Equal(t, InactivityKey(2, 3), common.Hash(f.lastEv.Key()))
	ev := f.lastEv
	require.Equal(t, uint64(2), ev.FirstEpoch)
	require.Equal(t, uint64(3), ev.LastEpoch)
	require.Equal(t, crypto.Keccak256Hash([]byte(ev.RecordText)), ev.Record)
	lines := strings.Split(strings.TrimSuffix(ev.RecordText, "\n"), "\n")
	require.Equal(t, "sptn inactivity record v2 epochs 2-3 slots 8-15", lines[0])
	require.Len(t, lines, 9, "one line per slot of the named member")
	require.Equal(t, strings.ToLower(down.Hex())+" 11 missed missed", lines[4], "slot 11: down was the proposer")
	require.Equal(t, strings.ToLower(down.Hex())+" 8 - missed", lines[1])
	raw, err := ev.Encode()
	require.NoError(t, err)
	require.Len(t, raw, 96)

	run(t, d, n, 31)
	require.Len(t, f.filed, 3, "windows 2 and 3 filed, each once")
	// This watcher restarted without its store (the same key) judging the same window finds
	// its own proposal in the Slasher's logs and files nothing again. (Another operator's
	// watcher would file its own.)
	d2 := inactivityDriver(f, store.OpenMemory(), n)
	require.NoError(t, d2.Tick(context.Background()))
	for n.last < 39 {
		n.decide()
		require.NoError(t, d.Tick(context.Background()))
		require.NoError(t, d2.Tick(context.Background()))
	}
	require.Len(t, f.filed, 4, "window 4 filed once by the two")
	require.Equal(t, 1, d2.Status().Detected["inactivity"], "the second watcher judged the window too")
}

// TestInactivityNeverFromAnUnhealthyNode: a window during which the node had no peers, or was
// catching up, is never judged; evidence found while healthy is not filed while the node is not.
func TestInactivityNeverFromAnUnhealthyNode(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name    string
		breakIt func(*fakeNode)
	}{
		{"no peers", func(n *fakeNode) { n.peers = 0 }},
		{"catching up", func(n *fakeNode) { n.synced = false }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			n := newFakeNode(7)
			n.stopped[down] = true
			f := newFakeFiler()
			d := inactivityDriver(f, store.OpenMemory(), n)
			require.NoError(t, d.Tick(context.Background()))
			run(t, d, n, 10)
			tc.breakIt(n)
			n.decide()
			require.NoError(t, d.Tick(context.Background()))
			require.ErrorIs(t, d.inact.healthy(), ErrNodeUnhealthy)
			n.peers, n.synced = 3, true
			run(t, d, n, 15)
			require.Empty(t, f.filed, "window 1 (8-15) had an unhealthy reading")
			run(t, d, n, 23)
			require.Equal(t, [][]common.Address{{down}}, f.filed, "window 2 (16-23) read healthy throughout")
			require.Equal(t, uint64(4), f.lastEv.FirstEpoch)
		})
	}

	// Found while healthy, the filing failed; the node then lost its peers: not filed until it
	// has them again.
	n := newFakeNode(7)
	n.stopped[down] = true
	f := newFakeFiler()
	f.failFile = errors.New("L1 down")
	d := inactivityDriver(f, store.OpenMemory(), n)
	require.NoError(t, d.Tick(context.Background()))
	n.decide()
	require.NoError(t, d.Tick(context.Background()))
	for n.last < 15 {
		n.decide()
		_ = d.Tick(context.Background())
	}
	require.Empty(t, f.filed)
	require.Len(t, d.pending, 1)
	n.peers = 0
	require.ErrorIs(t, d.Tick(context.Background()), ErrNodeUnhealthy)
	require.Empty(t, f.filed, "never while the node has no peers")
	n.peers = 3
	require.NoError(t, d.Tick(context.Background()))
	require.Equal(t, [][]common.Address{{down}}, f.filed)
}

// TestInactivityGapIsNotJudged: duties that passed between two readings (more than the node's
// recent list) break the record: the window holding them is not judged.
func TestInactivityGapIsNotJudged(t *testing.T) {
	t.Parallel()
	n := newFakeNode(7)
	n.stopped[down] = true
	f := newFakeFiler()
	d := inactivityDriver(f, store.OpenMemory(), n)
	require.NoError(t, d.Tick(context.Background()))
	run(t, d, n, 9)
	for range 60 { // 60 slots, more than 64 duties each, between two readings
		n.decide()
	}
	require.NoError(t, d.Tick(context.Background()))
	run(t, d, n, 71)
	require.Empty(t, f.filed, "windows 1 to 8 (8-71) hold the gap or began before coverage resumed")
	run(t, d, n, 79)
	require.Equal(t, [][]common.Address{{down}}, f.filed, "window 9 (72-79) only")
	require.Equal(t, uint64(18), f.lastEv.FirstEpoch)
}

// TestNodeClient reads a node's answers and refuses an error status and an oversized body.
func TestNodeClient(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/v1/validators":
			_, _ = w.Write([]byte(`{"firstSlot":1,"lastSlot":9,"validators":[],"peers":2,"synced":true}`))
		case "/v1/validators/" + down.Hex():
			_, _ = w.Write([]byte(strings.Repeat(" ", maxNodeBody+1)))
		default:
			http.Error(w, `{"error":"not found"}`, http.StatusNotFound)
		}
	}))
	defer srv.Close()
	c := NewNodeClient(srv.URL+"/", 30*time.Second)
	v, err := c.Validators(context.Background())
	require.NoError(t, err)
	require.Equal(t, chainapi.Validators{FirstSlot: 1, LastSlot: 9, Validators: []chainapi.ValidatorSummary{}, Peers: 2, Synced: true}, v)
	_, err = c.Validator(context.Background(), alive)
	require.ErrorContains(t, err, "404")
	_, err = c.Validator(context.Background(), down)
	require.ErrorContains(t, err, "longer than")
}

// TestVotesOnlyForWhatItJudged: a griefer files first on the watcher's window naming the
// stopped member beside a live one and the watcher's own validator (or on another kind or range
// under the same key): the watcher (vote: for) does not vote for it; it votes for a proposal
// naming only members it judged inactive in that window.
func TestVotesOnlyForWhatItJudged(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name   string
		named  []common.Address
		mutate func(*ProposalInfo)
		votes  bool
	}{
		{"decoy naming a live member and the watcher's own", []common.Address{alive, down, mine}, nil, false},
		{"decoy naming a live member", []common.Address{alive, down}, nil, false},
		{"another kind", []common.Address{down}, func(p *ProposalInfo) { p.Kind = KindPrunedEpoch }, false},
		{"another range", []common.Address{down}, func(p *ProposalInfo) { p.Key = InactivityKey(2, 4) }, false},
		{"the watcher's own validator, inactive too", []common.Address{down, mine}, nil, false},
		{"only the inactive member", []common.Address{down}, nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			n := newFakeNode(5)
			n.members = append(n.members, extraMembers(6)...) // ten: two stopped are under a third
			n.stopped[down], n.stopped[mine] = true, true
			f, kv := newFakeFiler(), store.OpenMemory()
			d := inactivityDriver(f, kv, n)
			d.cfg.Settings.Vote = VoteFor
			// Filed on window 1 (epochs 2-3) before the watcher judges it.
			f.name(InactivityKey(2, 3), 99, common.Address{0xee}, tc.named...)
			if tc.mutate != nil {
				tc.mutate(f.props[99])
			}
			run(t, d, n, 40)
			require.NoError(t, d.Tick(context.Background()))
			if tc.votes {
				require.Len(t, f.filed, 3, "windows 2 to 4 filed; window 1's proposal names all it would name")
				require.ElementsMatch(t, []uint64{99, 2, 3, 4}, f.votes)
				return
			}
			require.Len(t, f.filed, 4, "windows 1 to 4 filed by the watcher, window 1 beside the proposal filed first")
			for _, own := range []uint64{2, 3, 4, 5} {
				require.Contains(t, f.votes, own, "its own filings")
			}
			require.NotContains(t, f.votes, uint64(99), "voted for a proposal it did not judge")
			r, err := d.done(ActionVote, common.BigToHash(big.NewInt(99)))
			require.NoError(t, err)
			if f.props[99].Key == InactivityKey(2, 3) { // another range is not on any window's logs
				require.NotNil(t, r)
				require.Equal(t, ResultSkipped, r.Result)
			}
		})
	}
}

// TestFilesBesideADecoy: the guilty member files first on its window naming itself beside a
// live member, with a bogus record. The Slasher lets any number of proposals name a member on a
// window, so the watcher files its own proposal at once, votes for it and not for the decoy, and
// files nothing more when the decoy is defeated or its own proposal executed.
func TestFilesBesideADecoy(t *testing.T) {
	t.Parallel()
	n := newFakeNode(5)
	n.stopped[down] = true
	f := newFakeFiler()
	d := inactivityDriver(f, store.OpenMemory(), n)
	d.cfg.Settings.Vote = VoteFor
	key := InactivityKey(2, 3)
	f.name(key, 99, down, sortAddresses([]common.Address{alive, down})...)
	run(t, d, n, 15)
	require.Equal(t, [][]common.Address{{down}}, f.filed, "filed at once, beside the decoy")
	require.Equal(t, key, f.lastEv.Key())
	require.Equal(t, []uint64{2}, f.votes, "its own proposal, not the decoy naming a live member")
	f.states[99], f.states[2] = StateDefeated, StateExecuted
	for range 3 {
		require.NoError(t, d.Tick(context.Background()))
	}
	require.Len(t, f.filed, 1, "nothing more to file")
	require.Equal(t, []uint64{2}, f.votes)
}

// TestVotesCappedPerWindow: anyone may file any number of proposals on a window; the watcher
// votes for its own and, per member it judged inactive, the votesPerMember lowest ids naming it,
// and records the rest skipped.
func TestVotesCappedPerWindow(t *testing.T) {
	t.Parallel()
	n := newFakeNode(5)
	n.stopped[down] = true
	f := newFakeFiler()
	d := inactivityDriver(f, store.OpenMemory(), n)
	d.cfg.Settings.Vote = VoteFor
	key := InactivityKey(2, 3)
	for id := uint64(100); id < 120; id++ { // 20 proposals naming the inactive member only
		f.name(key, id, common.Address{0xee}, down)
	}
	run(t, d, n, 15)
	require.Empty(t, f.filed, "live proposals this watcher accepts name every member it would name")
	require.Equal(t, []uint64{100, 101, 102}, f.votes, "the lowest ids naming the member")
	r, err := d.done(ActionVote, common.BigToHash(big.NewInt(119)))
	require.NoError(t, err)
	require.NotNil(t, r)
	require.Equal(t, ResultSkipped, r.Result)
	for range 3 {
		require.NoError(t, d.Tick(context.Background()))
	}
	require.Len(t, f.votes, votesPerMember, "never more")
}

// TestCapStarvesNoMember (review r18f F1, PoC A): a colluder W, inactive on the window too, files
// 7 proposals naming only W before the honest watchers file. The cap is per member judged: the
// watcher still votes for another honest watcher's proposal naming the guilty member.
func TestCapStarvesNoMember(t *testing.T) {
	t.Parallel()
	n := newFakeNode(5)
	extra := extraMembers(6)
	n.members = append(n.members, extra...)
	w := extra[0]
	n.stopped[down], n.stopped[w] = true, true
	f := newFakeFiler()
	d := inactivityDriver(f, store.OpenMemory(), n)
	d.cfg.Settings.Vote = VoteFor
	key := InactivityKey(2, 3)
	for id := uint64(100); id < 107; id++ {
		f.name(key, id, common.Address{0xee}, w) // the sacrificial colluder only
	}
	other := sortAddresses([]common.Address{down, w})
	f.name(key, 107, common.Address{0xbb}, other...) // another honest watcher's proposal
	run(t, d, n, 15)
	require.Contains(t, f.votes, uint64(107), "another honest watcher's proposal naming the guilty member")
	require.Empty(t, f.filed, "it names every member this watcher would name: voted for, not filed beside")
	require.ElementsMatch(t, []uint64{100, 101, 102, 107}, f.votes, "at most votesPerMember per member")
}

// TestFloodKeepsOwnProposal (review r18f F2, PoC B; r18g L1): the watcher's own proposal (filed
// before a restart) is always kept and voted for, even when a flood of accepted proposals with
// lower ids, each naming the same single member, fills that member's votesPerMember places.
func TestFloodKeepsOwnProposal(t *testing.T) {
	t.Parallel()
	n := newFakeNode(5)
	n.stopped[down] = true
	f := newFakeFiler()
	d := inactivityDriver(f, store.OpenMemory(), n)
	d.cfg.Settings.Vote = VoteFor
	key := InactivityKey(2, 3)
	for i := range 256 {
		f.name(key, uint64(1+i), common.Address{0xee}, down) // records this watcher gives: accepted
	}
	const own = 1000
	f.name(key, own, d.me, down) // its own, filed before a restart
	run(t, d, n, 15)
	for range 3 {
		require.NoError(t, d.Tick(context.Background()))
	}
	require.Empty(t, f.filed, "its own live proposal is found in the logs: nothing filed again")
	require.Equal(t, []uint64{own, 1, 2, 3}, f.votes, "its own first, then the member's first three")
	require.Len(t, d.watches[key].found, 4, "only the proposals it votes for are kept")
	require.Equal(t, 3, f.filings, "only the filings it may vote for are read, once each")
}

// TestRejectsAFilingWhoseRecordIsNotItsOwn (review r18g H1): the guilty member files on its
// window naming only itself, with a record nobody can reproduce (or through a contract, where
// the record cannot be read). Voters who check the record vote it down, so the watcher does not
// back it: it files its own beside it, the guilty member cannot escape by filing first. It
// votes for it all the same (its own first): it judged every member it names inactive (review
// r18h F1: an honest record this watcher cannot reproduce gets its weight too). A filing by
// another with the record this watcher gives is backed and voted for, not filed beside. Each
// filing is read once.
func TestRejectsAFilingWhoseRecordIsNotItsOwn(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name   string
		mark   func(f *fakeFiler)
		backed bool
	}{
		{"junk record", func(f *fakeFiler) { f.junk[100] = true }, false},
		{"through another contract", func(f *fakeFiler) { f.via[100] = true }, false},
		{"the record this watcher gives", func(*fakeFiler) {}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			n := newFakeNode(5)
			n.stopped[down] = true
			f := newFakeFiler()
			d := inactivityDriver(f, store.OpenMemory(), n)
			d.cfg.Settings.Vote = VoteFor
			key := InactivityKey(2, 3)
			f.name(key, 100, down, down) // filed by the guilty member itself
			tc.mark(f)
			run(t, d, n, 15)
			for range 3 {
				require.NoError(t, d.Tick(context.Background()))
			}
			require.Equal(t, 1, f.filings, "the filing of proposal 100 is read once")
			if tc.backed {
				require.Empty(t, f.filed)
				require.Equal(t, []uint64{100}, f.votes)
				return
			}
			require.Equal(t, [][]common.Address{{down}}, f.filed, "files its own beside it")
			require.Equal(t, []uint64{2, 100}, f.votes, "votes for its own first, and for 100, naming only down")
			r, err := d.done(ActionFile, key)
			require.NoError(t, err)
			require.Equal(t, ResultDone, r.Result)
			require.Equal(t, uint64(2), r.Proposal, "its own filing stands: 100 is not backed")
		})
	}
}

// TestConvergesOnTheSmallestSet (review r18g M1): watchers whose settings differ file different
// sets; ranked by members named first, every watcher's first places for a member go to the
// proposals naming the fewest, so they vote for the same ones whatever the ids.
func TestConvergesOnTheSmallestSet(t *testing.T) {
	t.Parallel()
	n := newFakeNode(5)
	n.members = append(n.members, extraMembers(6)...)
	n.stopped[down], n.stopped[alive] = true, true // two of ten
	f := newFakeFiler()
	d := inactivityDriver(f, store.OpenMemory(), n)
	d.cfg.Settings.Vote = VoteFor
	key := InactivityKey(2, 3)
	both := sortAddresses([]common.Address{alive, down})
	for i := range 3 {
		f.name(key, uint64(10+i), common.Address{0xb0, byte(i)}, both...) // watchers naming both
	}
	f.name(key, 20, common.Address{0xc0}, down) // a watcher capped at one member, later ids
	f.name(key, 21, common.Address{0xc1}, alive)
	run(t, d, n, 15)
	for range 3 {
		require.NoError(t, d.Tick(context.Background()))
	}
	require.Empty(t, f.filed, "a live proposal it accepts names both")
	require.ElementsMatch(t, []uint64{10, 11, 20, 21}, f.votes,
		"the single-member ones first for each member, then the first two naming both")
}

// TestReadsTheProposalAgainBeforeVoting (review r18f F3, PoC C): the proposal behind an id is
// read from the chain again just before the vote; if a reorg gave that id to another filing
// (here one naming the live member), the watcher does not vote for it.
func TestReadsTheProposalAgainBeforeVoting(t *testing.T) {
	t.Parallel()
	n := newFakeNode(5)
	n.stopped[down] = true
	f := newFakeFiler()
	d := inactivityDriver(f, store.OpenMemory(), n)
	d.cfg.Settings.Vote = VoteFor
	key := InactivityKey(2, 3)
	f.name(key, 100, common.Address{0xbb}, down)
	f.states[100] = StatePending
	run(t, d, n, 15)
	require.NotContains(t, f.votes, uint64(100), "pending: not voted yet")
	// reorg: id 100 is now the attacker's filing on the same key naming a live member
	f.props[100].Validators = []common.Address{alive}
	f.props[100].Proposer = common.Address{0xee}
	delete(f.states, 100) // active
	for range 2 {
		require.NoError(t, d.Tick(context.Background()))
	}
	require.NotContains(t, f.votes, uint64(100), "voted for a proposal naming a live member")
	r, err := d.done(ActionVote, common.BigToHash(big.NewInt(100)))
	require.NoError(t, err)
	require.NotNil(t, r)
	require.Equal(t, ResultSkipped, r.Result)
}

// TestHonestWatchersBackTheSameProposal (review r18f F4, PoC D): nine other honest watchers
// filed the same member on the window before this one. It files nothing (its bond would be lost
// beside theirs) and votes for the votesPerMember lowest ids, as every watcher that judged alike
// does, so those pass.
func TestHonestWatchersBackTheSameProposal(t *testing.T) {
	t.Parallel()
	n := newFakeNode(5)
	n.stopped[down] = true
	f := newFakeFiler()
	d := inactivityDriver(f, store.OpenMemory(), n)
	d.cfg.Settings.Vote = VoteFor
	key := InactivityKey(2, 3)
	for i := uint64(0); i < 9; i++ {
		f.name(key, 100+i, common.Address{0xb0, byte(i)}, down)
	}
	f.states[100] = StateDefeated // the lowest was defeated: not one to stand behind
	run(t, d, n, 15)
	require.Empty(t, f.filed, "a live proposal it accepts names the member")
	r, err := d.done(ActionFile, key)
	require.NoError(t, err)
	require.NotNil(t, r)
	require.Equal(t, ResultByOther, r.Result)
	require.Equal(t, uint64(101), r.Proposal)
	require.Equal(t, []uint64{101, 102}, f.votes, "the lowest ids naming the member (100 is over)")

	// Alone on a window, or only beside proposals it does not accept, it files.
	f2 := newFakeFiler()
	n2 := newFakeNode(5)
	n2.stopped[down] = true
	d2 := inactivityDriver(f2, store.OpenMemory(), n2)
	d2.cfg.Settings.Vote = VoteFor
	f2.name(key, 100, common.Address{0xee}, sortAddresses([]common.Address{alive, down})...)
	run(t, d2, n2, 15)
	require.Equal(t, [][]common.Address{{down}}, f2.filed)
}

// TestUndecodableWatchIsDropped (review r18f L5): one stored watch this version cannot read is
// logged and dropped; the others are loaded and the tick goes on.
func TestUndecodableWatchIsDropped(t *testing.T) {
	t.Parallel()
	n := newFakeNode(5)
	n.stopped[down] = true
	f, kv := newFakeFiler(), store.OpenMemory()
	d := inactivityDriver(f, kv, n)
	run(t, d, n, 15)
	require.Len(t, f.filed, 1)
	bad := []byte("watcher/inactivity/0xbad")
	require.NoError(t, kv.Put(bad, []byte("{not json")))
	d2 := inactivityDriver(f, kv, n)
	require.NoError(t, d2.Tick(context.Background()))
	require.Contains(t, d2.watches, InactivityKey(2, 3))
	_, err := kv.Get(bad)
	require.ErrorIs(t, err, store.ErrNotFound)
}

// TestDecoyDoesNotOutlastTheWatch (review r18d N1, the PoC TestRefileAfterARealisticVote on the
// new design): the decoy on the window is decided only after votingDelay + votingPeriod (49 h at
// the deploy defaults, about 230 epochs); the watcher stopped watching a window 32 epochs after
// it and never filed again. Now it files beside the decoy at once, and with the L1 clock moving
// 40 epochs on during the vote, its own proposal (pending at first) is still voted for, across a
// restart. Once no proposal can be added to a window and each one found is voted on or put
// aside, the window is dropped: the watches, and the log reads per tick, do not grow with uptime
// (review r18d L-b).
func TestDecoyDoesNotOutlastTheWatch(t *testing.T) {
	t.Parallel()
	n := newFakeNode(5)
	n.stopped[down] = true
	f := newFakeFiler()
	f.pending = true
	kv := store.OpenMemory()
	d := inactivityDriver(f, kv, n) // epochs of 4 slots, windows of 2 epochs
	d.cfg.Settings.Vote = VoteFor
	var clock uint64
	genesis := uint64(time.Now().Unix()) + 1_000_000
	d.chain, d.cfg.Genesis, d.cfg.SlotDuration = clockChain{genesis: genesis, slot: &clock}, genesis, 1
	key := InactivityKey(2, 3)
	f.name(key, 99, down, sortAddresses([]common.Address{alive, down})...) // nobody honest votes for it
	step := func(d *Driver, last uint64) {
		for n.last < last {
			n.decide()
			clock = n.last
			require.NoError(t, d.Tick(context.Background()))
		}
	}
	step(d, 15)
	require.Equal(t, [][]common.Address{{down}}, f.filed, "filed beside the live decoy")
	own := f.named[key][down]
	require.Empty(t, f.votes, "its proposal's vote has not started")

	// The vote runs on; the watcher is restarted over its store halfway.
	n.stopped[down] = false
	step(d, 15+20*4)
	d = inactivityDriver(f, kv, n)
	d.cfg.Settings.Vote = VoteFor
	d.chain, d.cfg.Genesis, d.cfg.SlotDuration = clockChain{genesis: genesis, slot: &clock}, genesis, 1
	step(d, 15+30*4)
	f.states[own] = StateActive
	step(d, 15+40*4)
	require.Equal(t, [][]common.Address{{down}}, f.filed, "filed once, across the restart")
	require.Equal(t, []uint64{own}, f.votes, "its own proposal voted for once the vote started, after 30 epochs")
	require.NotContains(t, d.watches, key, "window 1 is settled and dropped")
	_, err := kv.Get(watchKey(key))
	require.ErrorIs(t, err, store.ErrNotFound)
	require.LessOrEqual(t, len(d.watches), maxInactivityAge/2+2, "only the windows a filing can still reach")
	before := f.scans
	require.NoError(t, d.Tick(context.Background()))
	require.LessOrEqual(t, f.scans-before, maxInactivityAge/2+2, "log reads per tick")
}

// clockChain is an L1 whose head is at slot *slot of one-second slots from genesis (set ahead
// of this machine's clock, as a warped anvil's is, so that the head's time is the later).
type clockChain struct {
	headOnly
	genesis uint64
	slot    *uint64
}

func (c clockChain) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	return &types.Header{Number: new(big.Int).SetUint64(10 + *c.slot), Time: c.genesis + *c.slot}, nil
}

// TestHostileLastSlot: a node answering a last slot of 2^64-1 neither hangs the tracker nor
// overflows it; with the L1 clock known, a reading beyond the clock's slot is unhealthy, and the
// windows it touched are never judged.
func TestHostileLastSlot(t *testing.T) {
	t.Parallel()
	tr := newInactivityTracker(InactivityPolicy{Share: 0.5, Epochs: 4, FileAll: true, MinPeers: 1,
		Own: map[common.Address]bool{}, Never: map[common.Address]bool{}, Always: map[common.Address]bool{}}, 32)
	tr.observe(chainapi.Validators{LastSlot: 100, Peers: 5, Synced: true}, nil)
	require.Empty(t, tr.windows())
	for _, v := range []chainapi.Validators{{LastSlot: math.MaxUint64, Peers: 5, Synced: true},
		{LastSlot: math.MaxUint64, Peers: 5, Synced: false}, {LastSlot: math.MaxUint64 - 5, Peers: 5, Synced: true}} {
		tr.observe(v, nil)
		done := make(chan []Evidence)
		go func() { done <- tr.windows() }()
		select {
		case evs := <-done:
			require.Empty(t, evs)
		case <-time.After(time.Minute):
			t.Fatalf("windows() still looping after a minute (nextWindow %d)", tr.nextWindow)
		}
	}
	_, _, ok := tr.windowSlots(math.MaxUint64 / 128)
	require.False(t, ok, "a window past 2^64-1 does not exist")

	n := newFakeNode(5)
	n.stopped[down] = true
	f := newFakeFiler()
	d := inactivityDriver(f, store.OpenMemory(), n)
	var clock uint64
	genesis := uint64(time.Now().Unix()) + 1_000_000
	d.chain, d.cfg.Genesis, d.cfg.SlotDuration = clockChain{genesis: genesis, slot: &clock}, genesis, 1
	step := func(last uint64) {
		for n.last < last {
			n.decide()
			clock = n.last
			require.NoError(t, d.Tick(context.Background()))
		}
	}
	step(15)
	require.Equal(t, [][]common.Address{{down}}, f.filed, "window 1 (8-15)")
	n.decide() // slot 16
	clock, n.last = 16, math.MaxUint64
	require.NoError(t, d.Tick(context.Background()))
	require.ErrorIs(t, d.inact.healthy(), ErrNodeUnhealthy, "a slot beyond the L1 clock")
	n.last = 16
	step(31)
	require.Len(t, f.filed, 2, "window 2 (16-23) held the bad reading: not judged; window 3 (24-31) is")
	require.Equal(t, uint64(6), f.lastEv.FirstEpoch)
}

// TestInactivityPartitionAndCap: a window where more than a third of the committee looks
// inactive is the node's own partition: nothing is filed; otherwise a proposal names at most
// watcher.inactivity-max-named members, further proposals name the rest (review r18i A), a member
// another's accepted proposal names is not filed beside it, and the watcher votes for that one.
func TestInactivityPartitionAndCap(t *testing.T) {
	t.Parallel()
	n := newFakeNode(7)
	n.stopped[down], n.stopped[alive] = true, true // two of four
	f := newFakeFiler()
	d := inactivityDriver(f, store.OpenMemory(), n)
	d.cfg.Settings.Vote = VoteFor
	require.NoError(t, d.Tick(context.Background()))
	run(t, d, n, 31)
	require.Empty(t, f.filed, "half the committee missing: the node's partition")
	require.Zero(t, d.Status().Detected["inactivity"])

	n = newFakeNode(7)
	n.members = append(n.members, extraMembers(6)...)
	n.stopped[down], n.stopped[alive] = true, true // two of ten
	f = newFakeFiler()
	d = inactivityDriver(f, store.OpenMemory(), n)
	d.cfg.Settings.Vote = VoteFor
	d.inact.policy.MaxNamed = 1
	require.NoError(t, d.Tick(context.Background()))
	f.name(InactivityKey(4, 5), 99, common.Address{0xee}, down) // window 2, the member left out
	run(t, d, n, 23)
	require.Len(t, f.filed, 3, "window 1: both members, one per proposal; window 2: the one no accepted proposal names")
	require.ElementsMatch(t, [][]common.Address{{alive}, {down}}, f.filed[:2], "every inactive member of window 1 is named")
	require.Equal(t, []common.Address{alive}, f.filed[2], "window 2: down is named by proposal 99 already")
	require.Equal(t, crypto.Keccak256Hash([]byte(f.lastEv.RecordText)), f.lastEv.Record)
	require.Contains(t, f.lastEv.RecordText, strings.ToLower(alive.Hex()))
	require.NotContains(t, f.lastEv.RecordText, strings.ToLower(down.Hex()), "the record of the members named only")
	require.Contains(t, f.votes, uint64(99), "the member left out was judged inactive too")
}

// TestKeepsTheFirstPerMember: the proposals kept on a window are, per member judged, the
// votesPerMember first naming it ranked by (members named, id), whatever the order their logs
// are read in (a reorg may bring a lower id later); the watcher's own is always kept.
func TestKeepsTheFirstPerMember(t *testing.T) {
	t.Parallel()
	n := newFakeNode(5)
	d := inactivityDriver(newFakeFiler(), store.OpenMemory(), n)
	w2 := common.Address{0xf0, 9}
	ev := Evidence{Kind: KindInactivity, FirstEpoch: 2, LastEpoch: 3, Inactive: []common.Address{down, w2},
		RecordHead: "head\n", Lines: map[common.Address]string{down: "down\n", w2: "w2\n"}}
	w := &inactWatch{Evidence: ev, found: map[uint64]Filed{}, checked: map[uint64]checkedFiling{}}
	d.watches[ev.Key()] = w
	ctx := context.Background()
	filed := func(id uint64, by common.Address, vs ...common.Address) Filed {
		return Filed{ID: id, TxHash: fakeTx(id), ProposalInfo: ProposalInfo{Proposer: by, Kind: KindInactivity, Key: ev.Key(), Validators: vs}}
	}
	f := d.filer.(*fakeFiler)
	note := func(g Filed) {
		t.Helper()
		f.name(g.Key, g.ID, g.Proposer, g.Validators...)
		require.NoError(t, d.note(ctx, w, g))
	}
	other := common.Address{0xee}
	for _, id := range []uint64{10, 11, 12, 13} {
		note(filed(id, other, down))
	}
	note(filed(20, other, w2))
	note(filed(30, d.me, down))
	require.Equal(t, []uint64{10, 11, 12, 20, 30}, sortedIDs(w.found))
	note(filed(5, other, down, w2)) // read late, names two: ranked after those naming one
	require.Equal(t, []uint64{5, 10, 11, 12, 20, 30}, sortedIDs(w.found), "5 kept for w2; none pushed out")
	note(filed(7, other, down)) // read late
	require.Equal(t, []uint64{5, 7, 10, 11, 20, 30}, sortedIDs(w.found), "12 pushed out; 5 still among w2's first; own kept")
	note(filed(6, other, alive))
	require.NotContains(t, w.found, uint64(6), "not accepted: names a live member")
}

// countKeys is the number of keys in kv under prefix.
func countKeys(t *testing.T, kv store.KV, prefix string) int {
	t.Helper()
	n := 0
	require.NoError(t, kv.Each([]byte(prefix), func(_, _ []byte) error { n++; return nil }))
	return n
}

// TestFloodVoteRecordsDroppedWithTheWindow (review r18f L6): a flood of proposals on a window
// leaves a vote record for each (voted for, or put aside); they are deleted with the window once
// it is settled and dropped, so the store does not grow with the floods of the past.
func TestFloodVoteRecordsDroppedWithTheWindow(t *testing.T) {
	t.Parallel()
	n := newFakeNode(5)
	n.stopped[down] = true
	f := newFakeFiler()
	kv := store.OpenMemory()
	d := inactivityDriver(f, kv, n)
	d.cfg.Settings.Vote = VoteFor
	var clock uint64
	genesis := uint64(time.Now().Unix()) + 1_000_000
	d.chain, d.cfg.Genesis, d.cfg.SlotDuration = clockChain{genesis: genesis, slot: &clock}, genesis, 1
	key := InactivityKey(2, 3)
	for id := uint64(100); id < 140; id++ { // 40 proposals naming the inactive member
		f.name(key, id, common.Address{0xee}, down)
	}
	f.name(key, 140, common.Address{0xee}, alive) // and one it does not accept
	step := func(last uint64) {
		for n.last < last {
			n.decide()
			clock = n.last
			require.NoError(t, d.Tick(context.Background()))
		}
	}
	step(15)
	require.Equal(t, []uint64{100, 101, 102}, f.votes)
	require.Equal(t, 41, countKeys(t, kv, "watcher/done/vote/"), "a record per proposal on the window")
	n.stopped[down] = false // no later window to vote on
	step(15 + 12*4)         // past the age bound: the window closes and is dropped
	require.NotContains(t, d.watches, key)
	for id := uint64(100); id <= 140; id++ {
		r, err := d.done(ActionVote, common.BigToHash(new(big.Int).SetUint64(id)))
		require.NoError(t, err)
		require.Nil(t, r, "the vote record of proposal %d is dropped with the window", id)
	}
	require.Zero(t, countKeys(t, kv, "watcher/done/vote/"), "no vote record left")
	require.Zero(t, countKeys(t, kv, "watcher/inactivity-vote/"), "nor index")
	r, err := d.done(ActionFile, key)
	require.NoError(t, err)
	require.NotNil(t, r, "the filing record stays: the window is never filed again")
	require.Equal(t, []uint64{100, 101, 102}, f.votes, "no vote again")
}

// TestReadBudgetRotatesOverWindows (review r18f L4): the proposal reads of a tick are shared
// over the watched windows. A window whose many kept proposals are still pending (each read
// every tick until its vote opens) used to spend the whole budget every tick when its key came
// first, and a window after it never got its vote in. The next tick starts after the window the
// budget ran out in: every window comes first, with the whole budget, within as many ticks as
// there are windows.
func TestReadBudgetRotatesOverWindows(t *testing.T) {
	t.Parallel()
	n := newFakeNode(5)
	extra := extraMembers(15)
	n.members = append(n.members, extra...) // 19 members
	stopped := append([]common.Address{down}, extra[:5]...)
	for _, m := range stopped { // 6 of 19: under the partition rule's third
		n.stopped[m] = true
	}
	f := newFakeFiler()
	d := inactivityDriver(f, store.OpenMemory(), n)
	d.cfg.Settings.Vote = VoteFor
	// Keys in order: (8,9) < (4,5) < (6,7) < (10,11) < (2,3). The flood is on epochs 4-5, the
	// window judged after it (6-7) comes after it in key order.
	flooded, later := InactivityKey(4, 5), InactivityKey(6, 7)
	require.Negative(t, flooded.Cmp(later))
	id := uint64(100)
	for _, m := range stopped {
		for range votesPerMember {
			f.name(flooded, id, common.Address{0xee}, m) // accepted, kept, and pending
			f.states[id] = StatePending
			id++
		}
	}
	require.Greater(t, int(id-100), maxVoteReadsPerTick, "more pending proposals than reads per tick")
	run(t, d, n, 31)
	own := f.named[later][down]
	require.NotZero(t, own, "its own proposal on epochs 6-7")
	for range 3 {
		require.NoError(t, d.Tick(context.Background()))
	}
	require.Contains(t, f.votes, own, "the window after the flooded one gets its vote in")
	for i := uint64(100); i < id; i++ {
		require.NotContains(t, f.votes, i, "pending: not votable yet")
	}
}

// TestBondBudgetPerDay (review r18d L-c): a hostile own node marking members inactive window
// after window costs at most watcher.inactivity-bonds-per-day filing bonds in any 24 hours. A
// window's filing names fewer members when the budget leaves fewer bonds, the rest wait (the
// window stays pending) and are filed once the spends of the last 24 hours age out; the budget
// holds across a restart.
func TestBondBudgetPerDay(t *testing.T) {
	t.Parallel()
	n := newFakeNode(5)
	n.members = append(n.members, extraMembers(6)...)
	n.stopped[down], n.stopped[alive] = true, true // two of ten, every window
	f := newFakeFiler()
	kv := store.OpenMemory()
	now := time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)
	newDriver := func() *Driver {
		d := inactivityDriver(f, kv, n)
		d.cfg.Settings.InactivityBondsPerDay = 3
		d.now = func() time.Time { return now }
		return d
	}
	d := newDriver()
	run(t, d, n, 23) // windows of epochs 2-3 and 4-5
	both := sortAddresses([]common.Address{down, alive})
	require.Len(t, f.filed, 2)
	require.Equal(t, both, f.filed[0], "2 bonds")
	require.Len(t, f.filed[1], 1, "then the 1 left")
	rest := both[0]
	if f.filed[1][0] == rest {
		rest = both[1]
	}
	require.Equal(t, crypto.Keccak256Hash([]byte(f.lastEv.RecordText)), f.lastEv.Record)
	require.NotContains(t, f.lastEv.RecordText, strings.ToLower(rest.Hex()), "the record of the member named only")
	require.Contains(t, d.pending, InactivityKey(4, 5), "the member left out waits for a bond")

	d = newDriver()  // restarted: the spends are in the store
	run(t, d, n, 39) // epochs 6-7 began before the restart's first reading; 8-9: no bond left
	require.Len(t, f.filed, 2, "nothing filed while the budget is spent")
	require.Contains(t, d.pending, InactivityKey(8, 9), "the window waits")
	require.NoError(t, d.Status().Err, "waiting is not a failed tick")

	now = now.Add(24*time.Hour + time.Second) // the first two filings age out
	require.NoError(t, d.Tick(context.Background()))
	require.Len(t, f.filed, 4, "filed once bonds freed up: the member left out of epochs 4-5, and epochs 8-9")
	require.ElementsMatch(t, [][]common.Address{{rest}, both}, f.filed[2:])
	require.NotContains(t, d.pending, InactivityKey(4, 5))
	require.NotContains(t, d.pending, InactivityKey(8, 9))
}

// TestBondBudgetCountsBondsAtRisk (review r18i A): a spend whose proposal executed (its bond came
// back) is released at once; one defeated (its bond lost) still counts until it is a day old;
// a spend recorded before a send that did not return is sent again as it was.
func TestBondBudgetCountsBondsAtRisk(t *testing.T) {
	t.Parallel()
	f := newFakeFiler()
	d := newTestDriver(f, store.OpenMemory(), Settings{InactivityBondsPerDay: 2})
	now := time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)
	d.now = func() time.Time { return now }
	ctx := context.Background()
	m := func(b byte) common.Address { return common.Address{b} }
	ev := func(first uint64, vs ...common.Address) Evidence {
		return Evidence{Kind: KindInactivity, FirstEpoch: first, LastEpoch: first + 1, Validators: vs, Inactive: vs}
	}
	got, err := d.bondBudget(ctx, ev(2, m(1), m(2)), []common.Address{m(2), m(1)})
	require.NoError(t, err)
	require.Equal(t, []common.Address{m(1), m(2)}, got, "named by address")
	_, err = d.bondBudget(ctx, ev(4, m(3)), []common.Address{m(3)})
	require.ErrorIs(t, err, errBondBudget, "both bonds at risk (the first filing is not even sent yet)")
	again, err := d.bondBudget(ctx, ev(2, m(1), m(2)), []common.Address{m(1), m(2)})
	require.NoError(t, err)
	require.Equal(t, got, again, "the spend not filed yet is sent again as it was")

	require.NoError(t, d.spent(InactivityKey(2, 3), got, 7))
	f.states[7] = StateDefeated
	_, err = d.bondBudget(ctx, ev(4, m(3)), []common.Address{m(3)})
	require.ErrorIs(t, err, errBondBudget, "a defeated proposal's bonds count until they are a day old")
	f.states[7] = StateExecuted
	got, err = d.bondBudget(ctx, ev(4, m(3)), []common.Address{m(3)})
	require.NoError(t, err, "an executed proposal's bonds came back")
	require.Equal(t, []common.Address{m(3)}, got)
}

// slowNode is a node that answers nothing until the request's context ends.
type slowNode struct{ calls int }

func (n *slowNode) Validators(ctx context.Context) (chainapi.Validators, error) {
	n.calls++
	<-ctx.Done()
	return chainapi.Validators{}, ctx.Err()
}

func (n *slowNode) Validator(ctx context.Context, _ common.Address) (chainapi.Validator, error) {
	<-ctx.Done()
	return chainapi.Validator{}, ctx.Err()
}

// TestNodeReadBudget (review r18d L-c): a node that never answers holds a tick for
// watcher.inactivity-read-budget at most; the tick fails on it, the rest of the tick ran.
func TestNodeReadBudget(t *testing.T) {
	t.Parallel()
	node := &slowNode{}
	d := inactivityDriver(newFakeFiler(), store.OpenMemory(), node)
	d.cfg.Settings.InactivityReadBudget = 20 * time.Millisecond
	err := d.Tick(context.Background())
	require.ErrorIs(t, err, context.DeadlineExceeded)
	require.ErrorContains(t, err, "read the node's validator records")
	require.Equal(t, 1, node.calls)
	require.ErrorIs(t, d.inact.healthy(), ErrNodeUnknown, "nothing judged from it")
}

// guiltyNet is a node of ten members of which down misses every slot, and a driver filing on it:
// the blinding reviews' (r18l) start.
func guiltyNet() (*fakeNode, *fakeFiler, *Driver) {
	n := newFakeNode(5)
	n.members = append(n.members, extraMembers(6)...)
	n.stopped[down] = true
	f := newFakeFiler()
	return n, f, inactivityDriver(f, store.OpenMemory(), n)
}

// TestEarlySealDoesNotBlindTheWatcher (review r18l H1, found on 6c10573): the pending chain admits a seal up to two
// slots ahead of the current slot (app.fresh: slot <= cur+2), and the sentinel decides its slot
// as soon as the next CometBFT height commits, so an honest node's record may legitimately end at
// the current slot + 2. The watcher's tracker calls any reading beyond the current slot + 1
// "ahead of the L1 clock": the node is unhealthy, coverage restarts, and the window that reading
// falls in is never judged. One byzantine member (the guilty one itself, in one of its own
// proposer slots) sealing its slot two ahead once per window therefore keeps every honest
// watcher from ever judging any window: the inactive member is never filed on.
func TestEarlySealDoesNotBlindTheWatcher(t *testing.T) {
	t.Parallel()
	n, f, d := guiltyNet()
	var clock uint64
	genesis := uint64(time.Now().Unix()) + 1_000_000
	d.chain, d.cfg.Genesis, d.cfg.SlotDuration = clockChain{genesis: genesis, slot: &clock}, genesis, 1
	ctx := context.Background()
	tick := func() { require.NoError(t, d.Tick(ctx)) }
	clock = n.last
	tick()
	// Windows are 8 slots (2 epochs of 4). Once per window, at slot 8k+3, the proposer of slot
	// 8k+5 seals it (cur+2, fresh by the app's rule); the chain decides 8k+4 (missed) and 8k+5
	// while the clock still reads 8k+3. Otherwise one slot is decided per slot, as honest
	// pipelining does.
	for n.last < 8*12 {
		if n.last%8 == 3 && n.last == clock {
			n.decide()
			n.decide() // the early seal: two slots ahead of the clock
			tick()
			clock++ // the clock catches up; nothing new is decided meanwhile
			tick()
			clock++
			tick()
			continue
		}
		n.decide()
		clock = n.last
		tick()
	}
	require.NotEmpty(t, f.filed,
		"a member missing every slot of 11 windows must be filed on; a seal two slots ahead (app.fresh admits it) blinded the watcher in every window")
}

// TestResealDoesNotBlindTheWatcher (review r18l M1): the node's sentinel takes back the decision
// of a block the chain orphans (51128b4), and between the commit of the re-seal and the next
// height GET /v1/validators serves a last slot one lower than before. Every L1 slot a proposer
// misses (a byzantine one withholding its propose, or an honest one on a congested L1) makes
// such a gap. A watcher that restarted its coverage on it (as it did for any record that went
// back) never judged the window: one such reading per window and an inactive member was never
// filed on. It reads the slots after the new last one again instead.
func TestResealDoesNotBlindTheWatcher(t *testing.T) {
	t.Parallel()
	n, f, d := guiltyNet()
	ctx := context.Background()
	require.NoError(t, d.Tick(ctx))
	for n.last < 8*12 {
		n.decide()
		require.NoError(t, d.Tick(ctx))
		if n.last%8 == 3 {
			// The re-seal's commit: the orphaned block of this slot is taken back, its
			// replacement not decided yet.
			n.last--
			require.NoError(t, d.Tick(ctx))
			n.last++
		}
	}
	require.NotEmpty(t, f.filed,
		"a member missing every slot of 11 windows must be filed on; a last slot one lower for one reading per window (a re-seal) blinded the watcher")
}

// TestOneFailedReadDoesNotBlindTheWatcher (review r18l M3): a read of GET /v1/validators that
// fails (a timeout under load, a reset connection, a 503) sets the tracker's health to
// ErrNodeUnknown, and the next good reading is a "first healthy reading" that restarts the
// coverage: the window in progress is never judged. Nothing was read, so nothing is missing:
// the next reading could go on where the last one stopped (observe already restarts when more
// duties passed than the node lists). An attacker who can make one request of the node's chain
// API fail per window (loading a public API for the watcher's 5 s timeout) keeps an inactive
// member from ever being filed on. The next reading now goes on where the last one stopped.
func TestOneFailedReadDoesNotBlindTheWatcher(t *testing.T) {
	t.Parallel()
	n, f, d := guiltyNet()
	ctx := context.Background()
	require.NoError(t, d.Tick(ctx))
	for n.last < 8*12 {
		n.decide()
		if n.last%8 == 3 {
			n.err = errors.New("read node /v1/validators: context deadline exceeded")
			_ = d.Tick(ctx)
			n.err = nil
		}
		require.NoError(t, d.Tick(ctx))
	}
	require.NotEmpty(t, f.filed,
		"a member missing every slot of 11 windows must be filed on; one failed read of the node per window blinded the watcher")
}

// TestOrphanedSlotGivesOneRecord (review r18l M1, second face): the watcher reads each slot
// once (observe skips duties at or below the last slot read), so a slot whose block the chain
// orphans after a watcher read it keeps, at that watcher, the orphaned block's duties, while a
// watcher that read after the orphaning holds the canonical ones (since 51128b4 the node takes
// the orphaned block's duties back: its proposer missed, no attestation duty). Two honest
// watchers that both held the window completely then give different records (review r18h F1's
// premise), cannot back each other, and each files its own (a bond per member each).
func TestOrphanedSlotGivesOneRecord(t *testing.T) {
	t.Parallel()
	n := newFakeNode(5)
	n.members = append(n.members, extraMembers(6)...)
	n.stopped[down] = true
	shared := newFakeFiler()
	a := &oneOf{fakeFiler: shared, me: common.Address{0x1}}
	b := &oneOf{fakeFiler: shared, me: common.Address{0x2}}
	dA := inactivityDriver(a, store.OpenMemory(), n)
	dB := inactivityDriver(b, store.OpenMemory(), n)
	dB.me = b.me
	ctx := context.Background()
	require.NoError(t, dA.Tick(ctx))
	require.NoError(t, dB.Tick(ctx))
	for n.last < 15 {
		n.decide()
		require.NoError(t, dA.Tick(ctx))
		if n.last == 9 {
			// Slot 9's block is orphaned before B reads it: the node's record of slot 9 becomes
			// its proposer's miss and no attestation duty (the re-seal is slot 10's block).
			n.orphan(9)
			continue
		}
		require.NoError(t, dB.Tick(ctx))
	}
	key := InactivityKey(2, 3)
	require.Contains(t, dA.watches, key)
	require.Contains(t, dB.watches, key)
	require.Equal(t, dB.watches[key].Evidence.RecordText, dA.watches[key].Evidence.RecordText,
		"two honest watchers that held the window completely must give the same record")
}

// decideWithout decides the next slot like fakeNode.decide, with out not in the slot's committee
// (a new epoch's committee, sampled again from the validator set).
func decideWithout(n *fakeNode, out common.Address) {
	n.last++
	s := n.last
	var c []common.Address
	for _, m := range n.members {
		if m != out {
			c = append(c, m)
		}
	}
	for i, m := range c {
		res := chainapi.ResultAttested
		if n.stopped[m] {
			res = chainapi.ResultMissed
		}
		if uint64(i) == s%uint64(len(c)) {
			n.duties[m] = append(n.duties[m], chainapi.Duty{Slot: s, Duty: chainapi.DutyProposal, Result: chainapi.ResultProposed})
		}
		n.duties[m] = append(n.duties[m], chainapi.Duty{Slot: s, Duty: chainapi.DutyAttestation, Result: res, OnChain: res})
	}
}

// TestOrphanedLastSlotOfAnEpochGivesOneRecord (review r20 M1): ad2f51f reads the last 8 slots
// again only for the members in details, those with a duty newer than the last slot read. A
// block orphaned in the last slot of an epoch inside a window (windows are 4 epochs by default),
// re-sealed in the next epoch's first slot, leaves the members that are not in the next epoch's
// committee without a newer duty: a watcher that read the orphaned block keeps its attestation
// duties for them, one that read after the orphaning does not. Two honest watchers that held
// the window completely give different records of the same inactive member.
func TestOrphanedLastSlotOfAnEpochGivesOneRecord(t *testing.T) {
	t.Parallel()
	n := newFakeNode(5)
	n.members = append(n.members, extraMembers(6)...)
	n.stopped[down] = true
	shared := newFakeFiler()
	a := &oneOf{fakeFiler: shared, me: common.Address{0x1}}
	b := &oneOf{fakeFiler: shared, me: common.Address{0x2}}
	dA := inactivityDriver(a, store.OpenMemory(), n)
	dB := inactivityDriver(b, store.OpenMemory(), n)
	dB.me = b.me
	ctx := context.Background()
	require.NoError(t, dA.Tick(ctx))
	require.NoError(t, dB.Tick(ctx))
	for n.last < 15 {
		if n.last >= 11 {
			decideWithout(n, down) // epoch 3 (slots 12-15): down is not in its committee
		} else {
			n.decide()
		}
		require.NoError(t, dA.Tick(ctx))
		if n.last == 11 {
			// Slot 11's block (the last of epoch 2) is orphaned before B reads it, re-sealed in
			// slot 12: its proposer missed, no attestation duty.
			n.orphan(11)
			continue
		}
		require.NoError(t, dB.Tick(ctx))
	}
	key := InactivityKey(2, 3)
	require.Contains(t, dA.watches, key)
	require.Contains(t, dB.watches, key)
	require.Equal(t, dB.watches[key].Evidence.RecordText, dA.watches[key].Evidence.RecordText,
		"two honest watchers that held the window completely must give the same record")
}

// TestForgottenMemberKeepsItsReadSlots (review r21 M1): a member the node forgets (sentinel's 510-member cap, forgetIdlest) is not a member whose
// duties were taken back; deleting its held slots [lo, LastSlot] leaves only its older misses,
// and the watcher files against a member that attested most of its window.
func TestForgottenMemberKeepsItsReadSlots(t *testing.T) {
	M := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	others := []common.Address{common.HexToAddress("0x01"), common.HexToAddress("0x02"), common.HexToAddress("0x03")}
	truth := map[common.Address][]chainapi.Duty{}
	for s := uint64(64); s <= 79; s++ {
		r := chainapi.ResultAttested
		if s < 68 {
			r = chainapi.ResultMissed
		}
		truth[M] = append(truth[M], chainapi.Duty{Slot: s, Duty: chainapi.DutyAttestation, Result: r, OnChain: r})
	}
	for _, a := range others {
		for s := uint64(64); s <= 128; s++ {
			truth[a] = append(truth[a], chainapi.Duty{Slot: s, Duty: chainapi.DutyAttestation, Result: chainapi.ResultAttested, OnChain: chainapi.ResultAttested})
		}
	}
	reading := func(last uint64, forget map[common.Address]bool) (chainapi.Validators, map[common.Address]chainapi.Validator) {
		v := chainapi.Validators{LastSlot: last, Synced: true, Peers: 1}
		recs := map[common.Address]chainapi.Validator{}
		for a, ds := range truth {
			if forget[a] {
				continue
			}
			var rec chainapi.Validator
			rec.Address = a
			for _, d := range ds {
				if d.Slot > last {
					continue
				}
				if rec.FirstSlot == 0 {
					rec.FirstSlot = d.Slot
				}
				rec.LastSlot = d.Slot
				if d.Result == chainapi.ResultAttested {
					rec.Attested++
				} else {
					rec.MissedAttestations++
				}
				rec.Recent = append([]chainapi.Duty{d}, rec.Recent...)
			}
			if len(rec.Recent) > recentDuties {
				rec.Recent = rec.Recent[:recentDuties]
			}
			if len(rec.Recent) == 0 {
				continue
			}
			v.Validators = append(v.Validators, rec.ValidatorSummary)
			recs[a] = rec
		}
		return v, recs
	}
	tr := newInactivityTracker(InactivityPolicy{Share: 0.5, Epochs: 4, FileAll: true}, 16)
	observe := func(last uint64, forget map[common.Address]bool) {
		v, recs := reading(last, forget)
		var details []chainapi.Validator
		if tr.health == nil && tr.ahead(v) == "" {
			for _, a := range tr.stale(v) {
				details = append(details, recs[a])
			}
		}
		t.Logf("reading %d: %q (%d details)", last, tr.observe(v, details), len(details))
	}
	observe(63, nil)
	observe(75, nil) // M: 64-67 missed, 68-75 attested, all read
	// The watcher's reads fail for ~3 epochs (slow/loaded node, no restart: review r18l M3);
	// meanwhile >510 members took duties and the node forgot M (idlest), which attested 76-79.
	observe(128, map[common.Address]bool{M: true})
	evs := tr.windows()
	for _, ev := range evs {
		t.Logf("window %d-%d named %v\n%s", ev.FirstEpoch, ev.LastEpoch, ev.Validators, ev.RecordText)
		for _, a := range ev.Validators {
			if a == M {
				t.Errorf("filed against %s, which missed 4 of its 16 slots (25%% < 50%%): the slots it attested were deleted as 'taken back'", M.Hex())
			}
		}
	}
}
