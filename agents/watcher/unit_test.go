package watcher

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/agent"
	"github.com/sptn/sptn/agents/internal/config"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/internal/store"
	"github.com/sptn/sptn/agents/internal/txmgr"
	"github.com/sptn/sptn/bindings/slasher"
)

func header(slot uint64, salt byte) protocol.Header {
	return protocol.Header{Number: 1, Slot: slot, StateRoot: common.Hash{salt}, FeePerDaGas: big.NewInt(1), FeePerL2Gas: big.NewInt(1)}
}

func signed(h protocol.Header, attesters ...common.Address) SignedHeader {
	sh := SignedHeader{Header: h, Signatures: map[common.Address][65]byte{}}
	for _, a := range attesters {
		sh.Signatures[a] = [65]byte{a[0], h.StateRoot[0]}
	}
	return sh
}

func TestDetector(t *testing.T) {
	t.Parallel()
	a, b := common.Address{0xa}, common.Address{0xb}
	for _, tc := range []struct {
		name    string
		headers []SignedHeader
		want    []common.Address // attesters of the evidence, in order found
	}{
		{"one header seen twice", []SignedHeader{signed(header(5, 1), a), signed(header(5, 1), a)}, nil},
		{"two headers of one slot", []SignedHeader{signed(header(5, 1), a, b), signed(header(5, 2), a)}, []common.Address{a}},
		{"two slots", []SignedHeader{signed(header(5, 1), a), signed(header(6, 2), a)}, nil},
		{"different signers", []SignedHeader{signed(header(5, 1), a), signed(header(5, 2), b)}, nil},
		{"a third header adds nothing", []SignedHeader{signed(header(5, 1), a), signed(header(5, 2), a), signed(header(5, 3), a)},
			[]common.Address{a}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			d := NewDetector()
			var got []common.Address
			for _, sh := range tc.headers {
				for _, ev := range d.Add(sh) {
					require.Equal(t, KindEquivocation, ev.Kind)
					e := ev.Equivocation
					require.Equal(t, e.Header1.Slot, e.Header2.Slot)
					require.NotEqual(t, e.Header1.StateRoot, e.Header2.StateRoot)
					require.Equal(t, []common.Address{e.Attester}, ev.Validators)
					require.Len(t, e.Signature1, 65)
					require.Len(t, e.Signature2, 65)
					got = append(got, e.Attester)
				}
			}
			require.Equal(t, tc.want, got)
		})
	}
}

func TestSettingsCheck(t *testing.T) {
	t.Parallel()
	good := Settings{PollInterval: time.Second, LogRange: 100, MaxFeePerDaGas: "0", MaxFeePerL2Gas: "0", Vote: VoteOff,
		LookbackBlocks: 7200, StuckAfter: 5 * time.Minute, InactivityShare: 0.5, InactivityEpochs: 4, InactivityMinPeers: 1,
		InactivityMaxNamed: 8, InactivityBondsPerDay: 16, InactivityReadBudget: 10 * time.Second}
	for _, tc := range []struct {
		name   string
		mutate func(*Settings)
		want   string
	}{
		{"good", func(*Settings) {}, ""},
		{"log range zero", func(s *Settings) { s.LogRange = 0 },
			"config key watcher.log-range (env SPTN_WATCHER_LOG_RANGE) = 0: want 1 to 1000000 blocks"},
		{"fee not a number", func(s *Settings) { s.MaxFeePerL2Gas = "1e9" },
			`config key watcher.max-fee-per-l2-gas (env SPTN_WATCHER_MAX_FEE_PER_L2_GAS) = "1e9": want a whole number of wei (0 = no policy)`},
		{"vote against", func(s *Settings) { s.Vote = "against" },
			`config key watcher.vote (env SPTN_WATCHER_VOTE) = "against": want off or for`},
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

// fakeFiler is a Slasher in memory: one proposal per (key, validator), one slash per
// equivocation.
type fakeFiler struct {
	me        common.Address
	named     map[common.Hash]map[common.Address]uint64 // key -> validator -> proposal
	proposers map[uint64]common.Address
	props     map[uint64]*ProposalInfo
	states    map[uint64]uint8 // StateActive when absent
	slashed   map[common.Hash]bool
	files     []string           // txIDs sent
	filed     [][]common.Address // validators of each filing
	slashes   []string
	votes     []uint64
	failFile  error
	lastEv    Evidence // the evidence of the last filing
	pending   bool     // File makes proposals in StatePending (else StateActive)
	scans     int      // calls of Filed
	// Filing: the evidence of this watcher's own filings; others' proposals carry the record
	// honest (the driver's own, through honest), junk, or are filed through another contract.
	evidence map[uint64][]byte
	junk     map[uint64]bool
	via      map[uint64]bool
	honest   func(key common.Hash, vs []common.Address) []byte
	filings  int      // calls of Filing
	executed []string // txIDs of Execute
	// stateReads and proposalReads count calls of State and Proposal, by proposal id.
	stateReads, proposalReads map[uint64]int
}

func newFakeFiler() *fakeFiler {
	return &fakeFiler{me: common.Address{0x1}, named: map[common.Hash]map[common.Address]uint64{},
		proposers: map[uint64]common.Address{}, props: map[uint64]*ProposalInfo{}, states: map[uint64]uint8{}, slashed: map[common.Hash]bool{},
		evidence: map[uint64][]byte{}, junk: map[uint64]bool{}, via: map[uint64]bool{},
		stateReads: map[uint64]int{}, proposalReads: map[uint64]int{}}
}

// name records proposal id by proposer on key naming validators (an INACTIVITY proposal unless
// File says otherwise).
func (f *fakeFiler) name(key common.Hash, id uint64, proposer common.Address, validators ...common.Address) {
	if f.named[key] == nil {
		f.named[key] = map[common.Address]uint64{}
	}
	for _, v := range validators {
		f.named[key][v] = id
	}
	f.proposers[id] = proposer
	f.props[id] = &ProposalInfo{Proposer: proposer, Kind: KindInactivity, Key: key,
		Validators: append([]common.Address(nil), validators...)}
}

func (f *fakeFiler) Proposals(_ context.Context, key common.Hash, vs []common.Address) ([]uint64, error) {
	out := make([]uint64, len(vs))
	for i, v := range vs {
		out[i] = f.named[key][v]
	}
	return out, nil
}

// Filed returns every proposal on key by id, whatever the block range (the driver keeps each once).
func (f *fakeFiler) Filed(_ context.Context, key common.Hash, _, _ uint64) ([]Filed, error) {
	f.scans++
	var out []Filed
	for id, p := range f.props {
		if p.Key == key {
			out = append(out, Filed{ID: id, TxHash: fakeTx(id), ProposalInfo: *p})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID }) // logs come in order
	return out, nil
}

// fakeTx is the filing transaction of proposal id in the fake.
func fakeTx(id uint64) common.Hash { return common.BigToHash(new(big.Int).SetUint64(id + 1<<32)) }

func (f *fakeFiler) Filing(_ context.Context, tx common.Hash) (FileCall, error) {
	f.filings++
	id := new(big.Int).SetBytes(tx[:]).Uint64() - 1<<32
	p := f.props[id]
	switch {
	case p == nil:
		return FileCall{}, fmt.Errorf("no transaction %s", tx)
	case f.via[id]:
		return FileCall{}, fmt.Errorf("sent to another contract: %w", ErrNotAFiling)
	}
	call := FileCall{Validators: p.Validators, Kind: p.Kind, Evidence: f.evidence[id]}
	if call.Evidence == nil && f.honest != nil {
		call.Evidence = f.honest(p.Key, p.Validators)
	}
	if f.junk[id] && len(call.Evidence) == 96 {
		call.Evidence = append(call.Evidence[:64:64], common.Hash{0xba, 0xd}.Bytes()...)
	}
	return call, nil
}

// FilingBlock: the fake's logs are in no block (Filed returns them whatever the range).
func (f *fakeFiler) FilingBlock(context.Context, common.Hash) (uint64, error) { return 0, nil }

func (f *fakeFiler) Proposal(_ context.Context, id uint64) (ProposalInfo, error) {
	f.proposalReads[id]++
	if p := f.props[id]; p != nil {
		return *p, nil
	}
	return ProposalInfo{}, fmt.Errorf("no proposal %d", id)
}

func (f *fakeFiler) File(_ context.Context, txID string, ev Evidence) (uint64, error) {
	if f.failFile != nil {
		err := f.failFile
		f.failFile = nil
		return 0, err
	}
	f.files = append(f.files, txID)
	f.filed = append(f.filed, ev.Validators)
	f.lastEv = ev
	id := uint64(len(f.proposers) + 1)
	f.name(ev.Key(), id, f.me, ev.Validators...)
	f.props[id].Kind = ev.Kind
	if data, err := ev.Encode(); err == nil {
		f.evidence[id] = data
	}
	if f.pending {
		f.states[id] = StatePending
	}
	return id, nil
}

func (f *fakeFiler) EquivocationSlashed(_ context.Context, a common.Address, slot uint64) (bool, error) {
	return f.slashed[EquivocationKey(a, slot)], nil
}

func (f *fakeFiler) SlashEquivocation(_ context.Context, txID string, e *slasher.Equivocation) error {
	f.slashes = append(f.slashes, txID)
	f.slashed[EquivocationKey(e.Attester, e.Header1.Slot)] = true
	return nil
}

func (f *fakeFiler) State(_ context.Context, id uint64) (uint8, bool, error) {
	f.stateReads[id]++
	if st, ok := f.states[id]; ok {
		return st, false, nil
	}
	return StateActive, false, nil
}

func (f *fakeFiler) Execute(_ context.Context, txID string, id uint64) error {
	if f.states[id] != StateSucceeded {
		return fmt.Errorf("execute %d: %w", id, ErrNotVotable)
	}
	f.executed = append(f.executed, txID)
	f.states[id] = StateExecuted
	return nil
}

func (f *fakeFiler) Vote(_ context.Context, _ string, id uint64) error {
	f.votes = append(f.votes, id)
	return nil
}

type noMetrics struct{}

func (noMetrics) RecordEvidence(string)       {}
func (noMetrics) RecordAction(string, string) {}
func (noMetrics) RecordFeeViolation(string)   {}
func (noMetrics) SetPending(int)              {}

func newTestDriver(f Filer, kv store.KV, s Settings) *Driver {
	return NewDriver(DriverConfig{Settings: s}, Deps{Filer: f, Store: kv, Me: common.Address{0x1}, Metrics: noMetrics{},
		Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
}

// TestActsOnceAcrossRestartsAndFilers: the store keeps a second driver (a restart) from acting
// again, and a proposal filed by another watcher keeps this one from filing.
func TestActsOnceAcrossRestartsAndFilers(t *testing.T) {
	t.Parallel()
	s := Settings{FilePruned: true, SlashEquivocation: true, MaxFeePerDaGas: "0", MaxFeePerL2Gas: "0", Vote: VoteOff}
	pruned := Evidence{Kind: KindPrunedEpoch, Epoch: 9, Validators: []common.Address{{0x2}}}
	equiv := NewDetector()
	equiv.Add(signed(header(7, 1), common.Address{0x3}))
	eqs := equiv.Add(signed(header(7, 2), common.Address{0x3}))
	require.Len(t, eqs, 1)
	ctx := context.Background()

	t.Run("restart", func(t *testing.T) {
		t.Parallel()
		kv := store.OpenMemory()
		f := newFakeFiler()
		for range 2 { // the same store, a new driver: a restart
			d := newTestDriver(f, kv, s)
			require.NoError(t, d.act(ctx, pruned))
			require.NoError(t, d.act(ctx, eqs[0]))
		}
		require.Equal(t, []string{FileTxID(pruned.Key(), pruned.Validators)}, f.files)
		require.Equal(t, []string{SlashTxID(eqs[0].Key())}, f.slashes)
	})
	t.Run("another filer first", func(t *testing.T) {
		t.Parallel()
		f := newFakeFiler()
		f.name(pruned.Key(), 7, common.Address{0x9}, pruned.Validators...)
		f.slashed[eqs[0].Key()] = true
		d := newTestDriver(f, store.OpenMemory(), s)
		require.NoError(t, d.act(ctx, pruned))
		require.NoError(t, d.act(ctx, eqs[0]))
		require.Empty(t, f.files)
		require.Empty(t, f.slashes)
		st := d.Status()
		require.Equal(t, 1, st.Actions["file/by_other"])
		require.Equal(t, 1, st.Actions["slash/by_other"])
	})
	t.Run("refused as done by another", func(t *testing.T) {
		t.Parallel()
		// The filing is refused once (another filer's proposal landed first); the watcher reads
		// the Slasher again and files on whoever is still free.
		f := newFakeFiler()
		f.failFile = ErrDoneByOther
		d := newTestDriver(f, store.OpenMemory(), s)
		require.NoError(t, d.act(ctx, pruned))
		require.Equal(t, 1, d.Status().Actions["file/done"])
		require.Len(t, f.files, 1)
	})
	t.Run("refused as too old", func(t *testing.T) {
		t.Parallel()
		// Slasher__EpochRangeTooOld will not change: the filing is recorded as skipped and not
		// sent again at the next tick.
		f := newFakeFiler()
		f.failFile = ErrTooOld
		d := newTestDriver(f, store.OpenMemory(), s)
		old := Evidence{Kind: KindInactivity, FirstEpoch: 2, LastEpoch: 3, Record: common.Hash{1},
			Validators: []common.Address{{0x2}}, Inactive: []common.Address{{0x2}}}
		require.NoError(t, d.fileInactivity(ctx, old))
		require.Equal(t, 1, d.Status().Actions["file/skipped"])
		require.NoError(t, d.fileInactivity(ctx, old))
		require.Empty(t, f.files, "a range the Slasher refuses as too old is not filed again")
	})
	t.Run("refused as not over yet", func(t *testing.T) {
		t.Parallel()
		// Slasher__EpochRangeNotOver (review r18l L3): L1 has not ended the range the node's
		// record already holds; filed at a later tick, under the same bond spend and txmgr key.
		f := newFakeFiler()
		f.failFile = ErrNotYet
		d := newTestDriver(f, store.OpenMemory(), s)
		ev := Evidence{Kind: KindInactivity, FirstEpoch: 2, LastEpoch: 3, Record: common.Hash{1},
			Validators: []common.Address{{0x2}}, Inactive: []common.Address{{0x2}}}
		require.ErrorIs(t, d.fileInactivity(ctx, ev), ErrNotYet)
		r, err := d.done(ActionFile, ev.Key())
		require.NoError(t, err)
		require.Nil(t, r, "nothing recorded")
		require.NoError(t, d.fileInactivity(ctx, ev))
		require.Len(t, f.files, 1, "filed at the next try")
		require.Equal(t, FileTxID(ev.Key(), ev.Validators), f.files[0], "under its first key: nothing was mined")
	})
	t.Run("filing off", func(t *testing.T) {
		t.Parallel()
		off := s
		off.FilePruned = false
		f := newFakeFiler()
		d := newTestDriver(f, store.OpenMemory(), off)
		require.NoError(t, d.act(ctx, pruned))
		require.Empty(t, f.files)
	})
}

// TestFilesOnMembersADecoyLeftFree: a griefer's proposal names one member of a pruned epoch's
// committee (it carries the Slasher's full consequence for that member); the watcher files on
// the other members, records the filing as its own, and votes for both proposals.
func TestFilesOnMembersADecoyLeftFree(t *testing.T) {
	t.Parallel()
	a, b, c := common.Address{0xa}, common.Address{0xb}, common.Address{0xc}
	pruned := Evidence{Kind: KindPrunedEpoch, Epoch: 4, Validators: []common.Address{a, b, c}}
	f := newFakeFiler()
	f.name(pruned.Key(), 1, common.Address{0x66}, b) // the decoy
	s := Settings{FilePruned: true, MaxFeePerDaGas: "0", MaxFeePerL2Gas: "0", Vote: VoteFor}
	d := newTestDriver(f, store.OpenMemory(), s)
	ctx := context.Background()
	require.NoError(t, d.act(ctx, pruned))
	require.Equal(t, [][]common.Address{{a, c}}, f.filed, "the free members, in order")
	require.Equal(t, []string{FileTxID(pruned.Key(), []common.Address{a, c})}, f.files)
	require.Equal(t, 1, d.Status().Actions["file/done"])

	d.verified[pruned.Key()] = pruned
	require.NoError(t, d.vote(ctx))
	require.ElementsMatch(t, []uint64{1, 2}, f.votes, "both proposals on the evidence")
	require.NoError(t, d.vote(ctx))
	require.Len(t, f.votes, 2, "each once")

	// Everyone named: a second watcher (another key, another store) files nothing.
	d2 := NewDriver(DriverConfig{Settings: s}, Deps{Filer: f, Store: store.OpenMemory(), Me: common.Address{0x2},
		Metrics: noMetrics{}, Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	require.NoError(t, d2.act(ctx, pruned))
	require.Len(t, f.files, 1)
	require.Equal(t, 1, d2.Status().Actions["file/by_other"])
}

func TestFileTxIDNamesTheValidators(t *testing.T) {
	t.Parallel()
	k := common.Hash{0x1}
	a, b := common.Address{0xa}, common.Address{0xb}
	require.Equal(t, FileTxID(k, []common.Address{a, b}), FileTxID(k, []common.Address{a, b}))
	require.NotEqual(t, FileTxID(k, []common.Address{a, b}), FileTxID(k, []common.Address{a}))
	require.NotEqual(t, FileTxID(k, []common.Address{a}), FileTxID(common.Hash{0x2}, []common.Address{a}))
}

func TestEvidenceEncoding(t *testing.T) {
	t.Parallel()
	pruned := Evidence{Kind: KindPrunedEpoch, Epoch: 300}
	enc, err := pruned.Encode()
	require.NoError(t, err)
	require.Equal(t, common.LeftPadBytes(big.NewInt(300).Bytes(), 32), enc)
	require.NotEqual(t, pruned.Key(), Evidence{Kind: KindPrunedEpoch, Epoch: 301}.Key())
	require.NotEqual(t, EquivocationKey(common.Address{1}, 5), EquivocationKey(common.Address{1}, 6))
}

func TestResumeFrom(t *testing.T) {
	t.Parallel()
	kv := store.OpenMemory()
	got, err := ResumeFrom(kv, "l1", 100, 50)
	require.NoError(t, err)
	require.Equal(t, uint64(100), got, "nothing saved: the start block")
	require.NoError(t, kv.Put(cursorKey("l1"), encodeUint(120)))
	got, err = ResumeFrom(kv, "l1", 100, 50)
	require.NoError(t, err)
	require.Equal(t, uint64(100), got, "the lookback reaches below the start block")
	require.NoError(t, kv.Put(cursorKey("l1"), encodeUint(1000)))
	got, err = ResumeFrom(kv, "l1", 100, 50)
	require.NoError(t, err)
	require.Equal(t, uint64(950), got)
}

func TestDetectorForgetsOldSlots(t *testing.T) {
	t.Parallel()
	a := common.Address{0xa}
	d := NewDetector()
	require.Empty(t, d.Add(signed(header(5, 1), a)))
	require.Empty(t, d.Add(signed(header(9, 1), a)))
	d.Forget(6)
	require.Empty(t, d.Add(signed(header(5, 2), a)), "slot 5 was forgotten")
	require.Len(t, d.Add(signed(header(9, 2), a)), 1, "slot 9 is remembered")
}

// revertingFiler is the Slasher in memory behind a transaction manager whose transactions under
// the listed IDs were mined and reverted: as the txmgr does, an ID that reverted answers its
// reverted receipt again, so only an action under a new ID can land.
type revertingFiler struct {
	*fakeFiler
	reverted map[string]bool
	votes    []string
}

func (f *revertingFiler) File(ctx context.Context, txID string, ev Evidence) (uint64, error) {
	if f.reverted[txID] {
		return 0, fmt.Errorf("file: %w", txmgr.ErrReverted)
	}
	return f.fakeFiler.File(ctx, txID, ev)
}

func (f *revertingFiler) SlashEquivocation(ctx context.Context, txID string, e *slasher.Equivocation) error {
	if f.reverted[txID] {
		return fmt.Errorf("slashEquivocation: %w", txmgr.ErrReverted)
	}
	return f.fakeFiler.SlashEquivocation(ctx, txID, e)
}

func (f *revertingFiler) Vote(_ context.Context, txID string, _ uint64) error {
	if f.reverted[txID] {
		return fmt.Errorf("castVote: %w", txmgr.ErrReverted)
	}
	f.votes = append(f.votes, txID)
	return nil
}

// TestRevertedActionIsRetriedUnderANewID: a filing, a slash and a vote whose transaction was
// mined and reverted (another watcher's in the same block, say) are tried again at the next tick
// under a new transaction ID, after the Slasher is read again; the same ID would only return the
// reverted receipt, forever. The attempt is persisted: a restart does not go back to the ID that
// reverted.
func TestRevertedActionIsRetriedUnderANewID(t *testing.T) {
	t.Parallel()
	s := Settings{FilePruned: true, SlashEquivocation: true, MaxFeePerDaGas: "0", MaxFeePerL2Gas: "0", Vote: VoteFor}
	pruned := Evidence{Kind: KindPrunedEpoch, Epoch: 9, Validators: []common.Address{{0x2}}}
	det := NewDetector()
	det.Add(signed(header(7, 1), common.Address{0x3}))
	eqs := det.Add(signed(header(7, 2), common.Address{0x3}))
	require.Len(t, eqs, 1)
	ctx := context.Background()
	kv := store.OpenMemory()
	f := &revertingFiler{fakeFiler: newFakeFiler(),
		reverted: map[string]bool{FileTxID(pruned.Key(), pruned.Validators): true, SlashTxID(eqs[0].Key()): true}}

	d := newTestDriver(f, kv, s)
	require.ErrorIs(t, d.act(ctx, pruned), txmgr.ErrReverted)
	require.ErrorIs(t, d.act(ctx, eqs[0]), txmgr.ErrReverted)
	d = newTestDriver(f, kv, s) // a restart in between
	require.NoError(t, d.act(ctx, pruned))
	require.NoError(t, d.act(ctx, eqs[0]))
	require.Len(t, f.files, 1)
	require.NotEqual(t, FileTxID(pruned.Key(), pruned.Validators), f.files[0], "filed under a new ID")
	require.Len(t, f.slashes, 1)
	require.NotEqual(t, SlashTxID(eqs[0].Key()), f.slashes[0], "slashed under a new ID")
	st := d.Status()
	require.Equal(t, 1, st.Actions["file/done"])
	require.Equal(t, 1, st.Actions["slash/done"])

	// The vote on the filed proposal reverts once, then lands under a new ID.
	f.reverted[VoteTxID(1)] = true
	d.found(pruned)
	require.ErrorIs(t, d.vote(ctx), txmgr.ErrReverted)
	require.NoError(t, d.vote(ctx))
	require.Len(t, f.votes, 1)
	require.NotEqual(t, VoteTxID(1), f.votes[0])
	require.Equal(t, 1, d.Status().Actions["vote/done"])
}

// headOnly is an L1 with a head and no logs.
type headOnly struct{ Chain }

func (headOnly) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	return &types.Header{Number: big.NewInt(10)}, nil
}

func (headOnly) FilterLogs(context.Context, ethereum.FilterQuery) ([]types.Log, error) {
	return nil, nil
}

// stuckFiler files nothing: its File waits, as a Send of a transaction that never confirms does.
type stuckFiler struct {
	*fakeFiler
	entered chan struct{}
}

func (f *stuckFiler) File(ctx context.Context, _ string, _ Evidence) (uint64, error) {
	close(f.entered)
	<-ctx.Done()
	return 0, ctx.Err()
}

// TestReadyzFailsWhileATickIsStuckInSend: a tick that waits in Send longer than
// watcher.stuck-after makes the watcher not ready (it stayed ready: the last finished tick had
// succeeded), and ready again once the tick returns.
func TestReadyzFailsWhileATickIsStuckInSend(t *testing.T) {
	t.Parallel()
	f := &stuckFiler{fakeFiler: newFakeFiler(), entered: make(chan struct{})}
	s := Settings{FilePruned: true, MaxFeePerDaGas: "0", MaxFeePerL2Gas: "0", Vote: VoteOff,
		StuckAfter: 300 * time.Millisecond}
	d := NewDriver(DriverConfig{Settings: s, LogRange: 100, StuckAfter: s.StuckAfter}, Deps{Chain: headOnly{}, Filer: f,
		Store: store.OpenMemory(), Metrics: noMetrics{}, Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	require.NoError(t, d.Tick(ctx))
	require.NoError(t, d.Ready(ctx), "a tick succeeded")

	d.found(Evidence{Kind: KindPrunedEpoch, Epoch: 9, Validators: []common.Address{{0x2}}})
	done := make(chan error, 1)
	go func() { done <- d.Tick(ctx) }()
	<-f.entered
	require.NoError(t, d.Ready(ctx), "not stuck yet")
	require.Eventually(t, func() bool { return errors.Is(d.Ready(ctx), agent.ErrTickStuck) }, 5*time.Second, 20*time.Millisecond,
		"a tick waiting in Send past watcher.stuck-after")
	cancel()
	require.Error(t, <-done)
	require.NotErrorIs(t, d.Ready(context.Background()), agent.ErrTickStuck, "no tick in progress")
}

// txChain is a Chain that also serves transactions by hash (as *l1.Client does).
type txChain struct {
	headOnly
	txs map[common.Hash]*types.Transaction
}

func (c txChain) TransactionByHash(_ context.Context, h common.Hash) (*types.Transaction, bool, error) {
	if tx := c.txs[h]; tx != nil {
		return tx, false, nil
	}
	return nil, false, ethereum.NotFound
}

// TestL1FilerFiling (review r18g H1): the arguments of a direct Slasher.file call are decoded
// with the binding's ABI; a call to another contract, another method or calldata that does not
// decode is ErrNotAFiling; a transaction that cannot be read is another error (tried again).
func TestL1FilerFiling(t *testing.T) {
	t.Parallel()
	slasherAddr, other := common.Address{0x5a}, common.Address{0x0c}
	ev := Evidence{Kind: KindInactivity, FirstEpoch: 2, LastEpoch: 3, Record: common.Hash{0x77}}
	enc, err := ev.Encode()
	require.NoError(t, err)
	vs := []common.Address{down}
	data := slasher.NewSlasher().PackFile(vs, KindInactivity, enc)
	mk := func(to common.Address, data []byte) *types.Transaction {
		return types.NewTx(&types.LegacyTx{To: &to, Data: data, Gas: 1, GasPrice: big.NewInt(1)})
	}
	txs := map[common.Hash]*types.Transaction{}
	add := func(tx *types.Transaction) common.Hash { txs[tx.Hash()] = tx; return tx.Hash() }
	direct := add(mk(slasherAddr, data))
	via := add(mk(other, data))
	vote := add(mk(slasherAddr, slasher.NewSlasher().PackCastVote(big.NewInt(1), true)))
	garbage := add(mk(slasherAddr, append(slices.Clone(data[:4]), 1, 2, 3)))
	f := NewL1Filer(txChain{txs: txs}, nil, common.Address{0x1}, slasherAddr, common.Address{})
	ctx := context.Background()

	call, err := f.Filing(ctx, direct)
	require.NoError(t, err)
	require.Equal(t, FileCall{Validators: vs, Kind: KindInactivity, Evidence: enc}, call)
	for name, h := range map[string]common.Hash{"via": via, "vote": vote, "garbage": garbage} {
		_, err := f.Filing(ctx, h)
		require.ErrorIs(t, err, ErrNotAFiling, name)
	}
	_, err = f.Filing(ctx, common.Hash{0x99})
	require.Error(t, err)
	require.NotErrorIs(t, err, ErrNotAFiling, "not read: tried again, not rejected")
}
