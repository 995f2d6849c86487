package watcher_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/chainapi"
	"github.com/sptn/sptn/agents/devnet"
	"github.com/sptn/sptn/agents/gov"
	"github.com/sptn/sptn/agents/internal/config"
	"github.com/sptn/sptn/agents/internal/keys"
	"github.com/sptn/sptn/agents/internal/lifecycle"
	"github.com/sptn/sptn/agents/internal/metrics"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/internal/rolluptest"
	"github.com/sptn/sptn/agents/internal/store"
	"github.com/sptn/sptn/agents/internal/txmgr"
	"github.com/sptn/sptn/agents/watcher"
	"github.com/sptn/sptn/bindings/azt"
	"github.com/sptn/sptn/bindings/slasher"
	"github.com/sptn/sptn/bindings/staking"
)

// net is the devnet all tests of this package share; each test starts with net.Reset.
var net *rolluptest.Net

func TestMain(m *testing.M) {
	rolluptest.Main(m, "watcher", func(n *rolluptest.Net) { net = n })
}

const watcherSection = "watcher:\n  poll-interval: 100ms\n  log-confirmations: 2\n"

var bond = rolluptest.SlasherParams.FilingBond

// newWatcher writes a watcher config with a new funded key holding two filing bonds of AZT.
func newWatcher(t *testing.T, section string) (*watcher.Config, *ecdsa.PrivateKey) {
	t.Helper()
	var cfg watcher.Config
	key := net.AgentConfig(t, watcherSection+section, &cfg, watcher.Keys...)
	require.NoError(t, cfg.Check())
	net.GiveAZT(t, crypto.PubkeyToAddress(key.PublicKey), new(big.Int).Mul(bond, big.NewInt(2)))
	return &cfg, key
}

// start starts a watcher service; the returned stop (also run at cleanup) stops it once.
func start(t *testing.T, cfg *watcher.Config, name string) (*watcher.Service, func()) {
	t.Helper()
	s := watcher.New(cfg, rolluptest.Logger(t).With("watcher", name))
	st := lifecycle.NewStack(rolluptest.Logger(t))
	require.NoError(t, lifecycle.Start(rolluptest.Ctx(t), st, 10*time.Second, s.Steps()...))
	stop := func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		require.NoError(t, st.Stop(ctx))
	}
	t.Cleanup(stop)
	return s, stop
}

func slasherLogs(t *testing.T, event string) []types.Log {
	t.Helper()
	logs, err := net.Client.FilterLogs(rolluptest.Ctx(t), ethereum.FilterQuery{
		FromBlock: big.NewInt(0), Addresses: []common.Address{net.Slasher},
		Topics: [][]common.Hash{{slasher.NewSlasher().GetABI().Events[event].ID}},
	})
	require.NoError(t, err)
	return logs
}

func stake(t *testing.T, attester common.Address) staking.IStakingStakeInfo {
	t.Helper()
	addr, err := net.Devnet.Deployments.Address("Staking")
	require.NoError(t, err)
	st := staking.NewStaking()
	raw, err := net.Client.CallContract(rolluptest.Ctx(t), ethereum.CallMsg{To: &addr, Data: st.PackGetStake(attester)}, nil)
	require.NoError(t, err)
	info, err := st.UnpackGetStake(raw)
	require.NoError(t, err)
	return info
}

func call[T any](t *testing.T, to common.Address, data []byte, unpack func([]byte) (T, error)) T {
	t.Helper()
	raw, err := net.Client.CallContract(rolluptest.Ctx(t), ethereum.CallMsg{To: &to, Data: data}, nil)
	require.NoError(t, err)
	v, err := unpack(raw)
	require.NoError(t, err)
	return v
}

// unprovenEpoch proposes a block in the next epoch and lets its proof window pass with no
// prover running; it returns the epoch, which anyone may now prune.
func unprovenEpoch(t *testing.T) uint64 {
	t.Helper()
	a := net.CurrentEpoch(t) + 1
	net.Propose(t, a*net.EpochDur+1)
	net.WarpToEpoch(t, a+2) // proof window of 1 epoch: closed from epoch a + 2
	require.True(t, call(t, net.Rollup, net.ABI.PackCanPrune(), net.ABI.UnpackCanPrune))
	return a
}

// pruneAnEpoch is unprovenEpoch followed by a prune from the dev account.
func pruneAnEpoch(t *testing.T) uint64 {
	t.Helper()
	a := unprovenEpoch(t)
	net.Prune(t)
	require.True(t, call(t, net.Rollup, net.ABI.PackIsEpochPruned(new(big.Int).SetUint64(a)), net.ABI.UnpackIsEpochPruned))
	return a
}

// TestPrunedEpochFiledVotedExecuted: the prover is down and the epoch's window passes; one
// watcher prunes the chain (watcher.prune) and files the proposal against the committee, a token
// holder's watcher votes for it, and once the vote is over the proposal executes: the committee's
// stake is slashed and its members kicked.
func TestPrunedEpochFiledVotedExecuted(t *testing.T) {
	net.Reset(t)
	epoch := unprovenEpoch(t)
	committee := net.Committee(t, epoch)

	// A token holder with half the dev account's AZT (well above the 15% quorum), delegated to
	// itself before the proposal's snapshot.
	var voterCfg watcher.Config
	voterKey := net.AgentConfig(t, watcherSection+"  file-pruned: false\n  vote: for\n", &voterCfg, watcher.Keys...)
	require.NoError(t, voterCfg.Check())
	voter := crypto.PubkeyToAddress(voterKey.PublicKey)
	token, err := net.Devnet.Deployments.Address("AZT")
	require.NoError(t, err)
	dev := crypto.PubkeyToAddress(devnet.DevKey().PublicKey)
	devBal := call(t, token, azt.NewAZT().PackBalanceOf(dev), azt.NewAZT().UnpackBalanceOf)
	net.GiveAZT(t, voter, new(big.Int).Div(devBal, big.NewInt(2)))
	r := net.Send(t, voterKey, token, azt.NewAZT().PackDelegate(voter), 300_000)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	net.Mine(t) // the delegation must lie strictly before the snapshot (filing time - 1)

	filerCfg, filerKey := newWatcher(t, "  prune: true\n")
	filer, _ := start(t, filerCfg, "filer")
	voting, _ := start(t, &voterCfg, "voter")
	rolluptest.Eventually(t, "the proposal filed", func() bool { return filer.Driver.Status().Actions["file/done"] == 1 })
	rolluptest.Eventually(t, "the vote cast", func() bool { return voting.Driver.Status().Actions["vote/done"] == 1 })

	require.True(t, call(t, net.Rollup, net.ABI.PackIsEpochPruned(new(big.Int).SetUint64(epoch)), net.ABI.UnpackIsEpochPruned),
		"the watcher pruned")
	filed := slasherLogs(t, "ProposalFiled")
	require.Len(t, filed, 1)
	ev, err := slasher.NewSlasher().UnpackProposalFiledEvent(&filed[0])
	require.NoError(t, err)
	require.Equal(t, crypto.PubkeyToAddress(filerKey.PublicKey), ev.Proposer)
	require.Equal(t, watcher.Evidence{Kind: watcher.KindPrunedEpoch, Epoch: epoch}.Key(), common.Hash(ev.EvidenceKey),
		"the watcher's evidence key is the Slasher's")
	require.ElementsMatch(t, committee, ev.Validators)
	require.Equal(t, int64(10_000), ev.SlashBps.Int64())
	require.True(t, ev.Kick)
	require.Zero(t, voting.Driver.Status().Actions["file/done"], "the voter files nothing")

	// A token holder reads the proposal with `sptn gov`'s client and, after the vote, anyone
	// executes it.
	g := gov.New(net.Client, net.Slasher)
	ps, err := g.List(rolluptest.Ctx(t))
	require.NoError(t, err)
	require.Len(t, ps, 1)
	require.Equal(t, "active", ps[0].State)
	require.Positive(t, ps[0].ForVotes.Sign(), "the voter's weight counted")
	_, err = g.Execute(rolluptest.Ctx(t), executor(t), ev.Id.Uint64())
	require.ErrorIs(t, err, gov.ErrNotExecutable, "not before the vote ends")
	require.NoError(t, net.Devnet.WarpTo(rolluptest.Ctx(t), ev.VoteEnd.Uint64()+1))
	r, err = g.Execute(rolluptest.Ctx(t), executor(t), ev.Id.Uint64())
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status, "execute")
	p, err := g.Get(rolluptest.Ctx(t), ev.Id.Uint64())
	require.NoError(t, err)
	require.Equal(t, "executed", p.State)
	for _, m := range committee {
		info := stake(t, m)
		require.Zero(t, info.Amount.Sign(), "%s slashed in full", m)
		require.NotEqual(t, uint8(2), info.Status, "%s kicked out of the active set", m)
	}
}

// TestDecoyOnOneMemberWatcherFilesTheRest: a griefing token holder files first on a pruned
// epoch, naming one committee member (finding 3 of issue 14). The Slasher gives that decoy the
// full consequence and leaves the other members free; the watcher files on exactly them, and
// the decoyed member cannot withdraw while the decoy is live.
func TestDecoyOnOneMemberWatcherFilesTheRest(t *testing.T) {
	net.Reset(t)
	epoch := pruneAnEpoch(t)
	committee := net.Committee(t, epoch)
	sorted := append([]common.Address(nil), committee...)
	sort.Slice(sorted, func(i, j int) bool { return bytes.Compare(sorted[i][:], sorted[j][:]) < 0 })

	griefer, err := crypto.GenerateKey()
	require.NoError(t, err)
	grieferAddr := crypto.PubkeyToAddress(griefer.PublicKey)
	net.Fund(t, grieferAddr)
	net.GiveAZT(t, grieferAddr, bond)
	token, err := net.Devnet.Deployments.Address("AZT")
	require.NoError(t, err)
	r := net.Send(t, griefer, token, azt.NewAZT().PackApprove(net.Slasher, bond), 200_000)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	ev := watcher.Evidence{Kind: watcher.KindPrunedEpoch, Epoch: epoch, Validators: sorted[:1]}
	enc, err := ev.Encode()
	require.NoError(t, err)
	s := slasher.NewSlasher()
	r = net.Send(t, griefer, net.Slasher, s.PackFile(sorted[:1], watcher.KindPrunedEpoch, enc), 1_000_000)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status, "the decoy is filed")

	cfg, key := newWatcher(t, "")
	w, _ := start(t, cfg, "watcher")
	rolluptest.Eventually(t, "the watcher to file", func() bool { return w.Driver.Status().Actions["file/done"] == 1 })

	filed := slasherLogs(t, "ProposalFiled")
	require.Len(t, filed, 2)
	decoy, err := s.UnpackProposalFiledEvent(&filed[0])
	require.NoError(t, err)
	real, err := s.UnpackProposalFiledEvent(&filed[1])
	require.NoError(t, err)
	require.Equal(t, grieferAddr, decoy.Proposer)
	require.Equal(t, int64(10_000), decoy.SlashBps.Int64(), "the decoy carries the full consequence")
	require.True(t, decoy.Kick)
	require.Equal(t, crypto.PubkeyToAddress(key.PublicKey), real.Proposer)
	require.Equal(t, sorted[1:], real.Validators, "the watcher named every member the decoy left free")
	for _, m := range committee {
		require.GreaterOrEqual(t, stake(t, m).LockedUntil.Uint64(), decoy.VoteEnd.Uint64(), "%s locked", m)
	}
}

// executor is a transaction manager for a new funded key, as `sptn gov execute` runs one.
func executor(t *testing.T) *txmgr.Manager {
	t.Helper()
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	net.Fund(t, crypto.PubkeyToAddress(key.PublicKey))
	m := txmgr.New(txmgr.ConfigFrom(config.TxMgr{MaxFeeCapGwei: 500, MinTipCapGwei: 1, MaxTipCapGwei: 100, GasMargin: 1.2,
		BumpAfterBlocks: 3, Confirmations: 1, PollInterval: 100 * time.Millisecond, DoneRetention: time.Hour}, big.NewInt(31337)),
		net.Client, keys.NewKeySigner(key), store.OpenMemory(), metrics.Noop{}, rolluptest.Logger(t))
	require.NoError(t, m.Start(rolluptest.Ctx(t)))
	t.Cleanup(func() { _ = m.Stop(context.Background()) })
	return m
}

// equivocate proposes a block in the next slot and has committee member 0 also sign a second
// header for that slot, sent in a propose that the rollup refuses (its slot is taken). Returns
// the attester.
func equivocate(t *testing.T) (common.Address, uint64) {
	t.Helper()
	slot := net.CurrentSlot(t) + 1
	a := net.Propose(t, slot)
	b := net.Header(t, slot, func(h *protocol.Header) {
		h.Number, h.ParentHash = a.Number, a.ParentHash
		h.StateRoot = common.Hash{0xde, 0xad}
	})
	r := net.Send(t, devnet.DevKey(), net.Rollup, net.ABI.PackPropose(b, nil, net.AttestBy(t, b, 0)), 1_000_000)
	require.Equal(t, types.ReceiptStatusFailed, r.Status, "the second header is refused on L1, its signature stays in the calldata")
	return net.Committee(t, slot/net.EpochDur)[0], slot
}

// TestEquivocationSlashedOnceByTwoWatchers: a committee member signs two headers of one slot;
// two watchers find it in the L1 calldata; the attester is slashed without a vote exactly once.
// One watcher has a fee policy the headers break, which it reports (and files nothing for).
func TestEquivocationSlashedOnceByTwoWatchers(t *testing.T) {
	net.Reset(t)
	attester, slot := equivocate(t)
	before := stake(t, attester)
	require.Equal(t, uint8(2), before.Status, "active before")

	cfg1, _ := newWatcher(t, "  max-fee-per-l2-gas: \"8\"\n") // the headers name 9
	cfg2, _ := newWatcher(t, "")
	w1, _ := start(t, cfg1, "w1")
	w2, _ := start(t, cfg2, "w2")
	for _, w := range []*watcher.Service{w1, w2} {
		rolluptest.Eventually(t, "both watchers to record the slash", func() bool {
			st := w.Driver.Status()
			return st.Actions["slash/done"]+st.Actions["slash/by_other"] == 1
		})
		require.Equal(t, 1, w.Driver.Status().Detected["equivocation"], "one equivocation, found once")
	}
	require.Equal(t, 1, w1.Driver.Status().Actions["slash/done"]+w2.Driver.Status().Actions["slash/done"],
		"one of the two slashed, the other saw it done")
	require.Equal(t, 2, w1.Driver.Status().Fees, "both headers name an L2 fee above w1's policy, each reported once")
	require.Zero(t, w2.Driver.Status().Fees, "w2 has no fee policy")

	require.Len(t, slasherLogs(t, "EquivocationSlashed"), 1)
	s := slasher.NewSlasher()
	require.True(t, call(t, net.Slasher, s.PackEquivocationSlashed(attester, new(big.Int).SetUint64(slot)), s.UnpackEquivocationSlashed))
	after := stake(t, attester)
	want := new(big.Int).Sub(before.Amount, new(big.Int).Div(before.Amount, big.NewInt(10)))
	require.Equal(t, want, after.Amount, "10% slashed")
	require.Equal(t, uint8(1), after.Status, "kicked")
	require.Empty(t, slasherLogs(t, "ProposalFiled"), "no vote needed")

	// The evidence as the watcher encodes it for a voted proposal has the Slasher's key.
	src := watcher.NewL1Source(net.Client, net.Domain, net.EpochDur, 0, 10_000)
	shs, err := src.Poll(rolluptest.Ctx(t))
	require.NoError(t, err)
	det := watcher.NewDetector()
	var evs []watcher.Evidence
	for _, sh := range shs {
		evs = append(evs, det.Add(sh)...)
	}
	require.Len(t, evs, 1)
	enc, err := evs[0].Encode()
	require.NoError(t, err)
	key := call(t, net.Slasher, s.PackEvidenceKey(watcher.KindEquivocation, enc), s.UnpackEvidenceKey)
	require.Equal(t, evs[0].Key(), common.Hash(key))
	require.Equal(t, watcher.EquivocationKey(attester, slot), evs[0].Key())
}

// TestWatcherRestartedMidFilingFilesOnce: the watcher's filing transaction is signed and
// broadcast, the watcher is stopped before it is mined, the transaction is dropped from the
// pool, and a new watcher process over the same store files the evidence exactly once.
func TestWatcherRestartedMidFilingFilesOnce(t *testing.T) {
	net.Reset(t)
	epoch := pruneAnEpoch(t)
	cfg, key := newWatcher(t, "")
	addr := crypto.PubkeyToAddress(key.PublicKey)
	pending := func() uint64 {
		n, err := net.Client.PendingNonceAt(rolluptest.Ctx(t), addr)
		require.NoError(t, err)
		return n
	}

	net.SetIntervalMining(t, 0)
	t.Cleanup(func() { net.SetIntervalMining(t, 1) })
	_, stop := start(t, cfg, "first")
	rolluptest.Eventually(t, "the bond approval in the pool", func() bool { return pending() == 1 })
	net.Mine(t)
	rolluptest.Eventually(t, "the filing in the pool", func() bool { return pending() == 2 })
	stop()
	require.NoError(t, net.RPC.CallContext(rolluptest.Ctx(t), nil, "anvil_dropAllTransactions"))
	require.Equal(t, uint64(1), pending(), "the filing is gone from the pool; only the approval was mined")
	require.Empty(t, slasherLogs(t, "ProposalFiled"))

	second, _ := start(t, cfg, "second")
	net.SetIntervalMining(t, 1)
	rolluptest.Eventually(t, "the restarted watcher to record the filing", func() bool {
		return second.Driver.Status().Actions["file/done"] == 1
	})
	filed := slasherLogs(t, "ProposalFiled")
	require.Len(t, filed, 1, "filed once")
	ev, err := slasher.NewSlasher().UnpackProposalFiledEvent(&filed[0])
	require.NoError(t, err)
	require.Equal(t, addr, ev.Proposer)
	require.Equal(t, watcher.Evidence{Kind: watcher.KindPrunedEpoch, Epoch: epoch}.Key(), common.Hash(ev.EvidenceKey))
	mined, err := net.Client.NonceAt(rolluptest.Ctx(t), addr, nil)
	require.NoError(t, err)
	require.Equal(t, uint64(2), mined, "one approval and one filing, nothing else")
}

// recordNode answers GET /v1/validators and /v1/validators/{address} as a node whose sentinel
// decided every slot up to last: each member of the real committee of a slot's epoch attested
// it, but those in missing. Its record is built from L1's committees, so that the Slasher's
// membership check is the real one.
type recordNode struct {
	mu      sync.Mutex
	last    uint64
	reads   int
	missing map[common.Address]bool
	members map[uint64][]common.Address // by epoch
}

func (n *recordNode) duties(a common.Address) []chainapi.Duty {
	var out []chainapi.Duty // newest first
	for s := n.last; s > 0 && len(out) < 64; s-- {
		for _, m := range n.members[s/net.EpochDur] {
			if m == a {
				res := chainapi.ResultAttested
				if n.missing[a] {
					res = chainapi.ResultMissed
				}
				out = append(out, chainapi.Duty{Slot: s, Duty: chainapi.DutyAttestation, Result: res, OnChain: res})
			}
		}
	}
	return out
}

func (n *recordNode) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	n.mu.Lock()
	defer n.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	seen := map[common.Address]bool{}
	v := chainapi.Validators{LastSlot: n.last, Peers: 3, Synced: true, Validators: []chainapi.ValidatorSummary{}}
	for _, ms := range n.members {
		for _, m := range ms {
			if d := n.duties(m); len(d) > 0 && !seen[m] {
				seen[m] = true
				v.Validators = append(v.Validators, chainapi.ValidatorSummary{Address: m, FirstSlot: d[len(d)-1].Slot, LastSlot: d[0].Slot})
			}
		}
	}
	if r.URL.Path == "/v1/validators" {
		n.reads++
		_ = json.NewEncoder(w).Encode(v)
		return
	}
	a := common.HexToAddress(strings.TrimPrefix(r.URL.Path, "/v1/validators/"))
	_ = json.NewEncoder(w).Encode(chainapi.Validator{ValidatorSummary: chainapi.ValidatorSummary{Address: a}, Recent: n.duties(a)})
}

// TestInactivityFiledFromTheNodesRecord: the node's record shows one committee member missing
// every attestation of an epoch; the guilty member files first on the epoch naming itself alone
// with a junk record (a decoy, reviews r18d N1, r18g H1); the watcher (windows of one epoch, vote:
// for) finds it in the Slasher's ProposalFiled logs, reads its file(...) calldata from the
// transaction, does not back it (the record is not its own), files its own INACTIVITY proposal
// naming the guilty member once the epoch is over on L1 all the same, and votes for both (the
// decoy names only the member it judged inactive; review r18h F1). (A second member missing too would be half the
// devnet's committee of four: the node's own partition, never filed on; the unit tests cover the
// operator's own members.) The Slasher checks the range and the membership on the real rollup and keys it as the
// watcher does.
func TestInactivityFiledFromTheNodesRecord(t *testing.T) {
	net.Reset(t)
	e := net.CurrentEpoch(t) + 1
	committee := net.Committee(t, e)
	require.GreaterOrEqual(t, len(committee), 2)
	victim, own := committee[0], committee[1]
	// The node has decided every slot up to L1's current one (a node ahead of the L1 clock is
	// refused), and a reading jumping more than one window restarts the record: L1 and the node
	// move one epoch at a time, the watcher reading between.
	node := &recordNode{last: net.CurrentSlot(t), missing: map[common.Address]bool{victim: true},
		members: map[uint64][]common.Address{e - 1: net.Committee(t, e-1), e: committee}}
	srv := httptest.NewServer(node)
	defer srv.Close()

	cfg, key := newWatcher(t, "  file-pruned: false\n  file-inactivity: true\n  inactivity-epochs: 1\n  vote: for\n"+
		"  inactivity-node: "+srv.URL+"\n  own-validators: [\""+own.Hex()+"\"]\n")
	me := crypto.PubkeyToAddress(key.PublicKey)
	token, err := net.Devnet.Deployments.Address("AZT")
	require.NoError(t, err)
	r := net.Send(t, key, token, azt.NewAZT().PackDelegate(me), 300_000) // its weight, before any snapshot
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	net.Mine(t)
	// The decoy's filer: the guilty member itself, with two bonds (one per member named).
	guilty, err := crypto.GenerateKey()
	require.NoError(t, err)
	net.Fund(t, crypto.PubkeyToAddress(guilty.PublicKey))
	net.GiveAZT(t, crypto.PubkeyToAddress(guilty.PublicKey), new(big.Int).Mul(bond, big.NewInt(2)))
	r = net.Send(t, guilty, token, azt.NewAZT().PackApprove(net.Slasher, new(big.Int).Mul(bond, big.NewInt(2))), 200_000)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	// The guilty member names itself alone, with a record nobody can reproduce (review r18g H1):
	// voters who check the record vote it down, so the watcher must not back it.
	decoyNames := []common.Address{victim}
	w, _ := start(t, cfg, "inactivity")
	read := func() {
		node.mu.Lock()
		r := node.reads
		node.mu.Unlock()
		rolluptest.Eventually(t, "the node's record read twice", func() bool {
			node.mu.Lock()
			defer node.mu.Unlock()
			return node.reads > r+1
		})
	}
	read()
	for _, ep := range []uint64{e, e + 1} { // the second: L1 moves past the epoch
		net.WarpToEpoch(t, ep)
		if ep == e+1 { // the epoch is over on L1: the guilty member files first
			decoy := watcher.Evidence{Kind: watcher.KindInactivity, FirstEpoch: e, LastEpoch: e, Record: common.Hash{0xbb}}
			enc, err := decoy.Encode()
			require.NoError(t, err)
			r := net.Send(t, guilty, net.Slasher, slasher.NewSlasher().PackFile(decoyNames, watcher.KindInactivity, enc), 2_000_000)
			require.Equal(t, types.ReceiptStatusSuccessful, r.Status, "the decoy is filed")
		}
		read() // the watcher's ticks now read the L1 head after the warp
		node.mu.Lock()
		node.last = ep*net.EpochDur - 1
		node.mu.Unlock()
		read()
	}
	rolluptest.Eventually(t, "the inactivity proposal filed", func() bool { return w.Driver.Status().Actions["file/done"] == 1 })
	rolluptest.Eventually(t, "its own proposal and the decoy voted for", func() bool {
		return w.Driver.Status().Actions["vote/done"] == 2
	})

	filed := slasherLogs(t, "ProposalFiled")
	require.Len(t, filed, 2, "the decoy and the watcher's own")
	d, err := slasher.NewSlasher().UnpackProposalFiledEvent(&filed[0])
	require.NoError(t, err)
	require.Equal(t, decoyNames, d.Validators)
	ev, err := slasher.NewSlasher().UnpackProposalFiledEvent(&filed[1])
	require.NoError(t, err)
	require.Equal(t, me, ev.Proposer)
	require.Equal(t, d.EvidenceKey, ev.EvidenceKey, "the same window")
	require.True(t, call(t, net.Slasher, slasher.NewSlasher().PackHasVoted(ev.Id, me), slasher.NewSlasher().UnpackHasVoted))
	require.True(t, call(t, net.Slasher, slasher.NewSlasher().PackHasVoted(d.Id, me), slasher.NewSlasher().UnpackHasVoted))
	require.Zero(t, w.Driver.Status().Actions["file/by_other"], "the decoy is not backed")
	require.Equal(t, watcher.KindInactivity, ev.Kind)
	require.Equal(t, []common.Address{victim}, ev.Validators)
	require.Equal(t, watcher.InactivityKey(e, e), common.Hash(ev.EvidenceKey), "the watcher's evidence key is the Slasher's")
	require.Equal(t, 1, w.Driver.Status().Detected["inactivity"])
}
