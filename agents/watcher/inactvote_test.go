package watcher

// Review r18h's findings on the INACTIVITY path, each PoC a regression test: honest views that
// differ (F1), reorgs under a kept id and of unconfirmed blocks (F2), a watcher that files nothing
// (F3), logs that cannot be read.

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/chainapi"
	"github.com/sptn/sptn/agents/internal/store"
)

// oneOf is one watcher's handle on a Slasher shared by several watchers (the fakeFiler): its
// filings are its own (proposer me), its votes are counted apart.
type oneOf struct {
	*fakeFiler
	me    common.Address
	votes []uint64
}

func (o *oneOf) File(ctx context.Context, txID string, ev Evidence) (uint64, error) {
	prev := o.fakeFiler.me
	o.fakeFiler.me = o.me
	defer func() { o.fakeFiler.me = prev }()
	return o.fakeFiler.File(ctx, txID, ev)
}

func (o *oneOf) Vote(ctx context.Context, txID string, id uint64) error {
	o.votes = append(o.votes, id)
	return o.fakeFiler.Vote(ctx, txID, id)
}

// seenLate makes member a's attestation of slot s attested in node n's own view (it reached n in
// the vote extensions before n committed) while the chain's attestation record leaves it out.
func seenLate(n *fakeNode, a common.Address, s uint64) {
	for i := range n.duties[a] {
		if d := &n.duties[a][i]; d.Slot == s && d.Duty == chainapi.DutyAttestation {
			d.Result, d.OnChain = chainapi.ResultAttested, chainapi.ResultMissed
		}
	}
}

// TestHonestViewsThatDifferBackTheSameProposal (review r18h F1, PoC
// TestR18hDivergentViewsSplitHonestVotes): the guilty member's late precommit reached node B
// before it committed slot 10, not node A. Both honest watchers judge it inactive; the records
// they build hold only the chain's attestation record, so they are the same, and B backs A's
// proposal instead of filing its own beside it and voting only for that one: their votes no
// longer split (each proposal short of the quorum, each bond forfeited, the member free).
func TestHonestViewsThatDifferBackTheSameProposal(t *testing.T) {
	t.Parallel()
	shared := newFakeFiler()
	a := &oneOf{fakeFiler: shared, me: common.Address{0x1}}
	b := &oneOf{fakeFiler: shared, me: common.Address{0x2}}
	nA, nB := newFakeNode(5), newFakeNode(5)
	nA.stopped[down], nB.stopped[down] = true, true
	dA := inactivityDriver(a, store.OpenMemory(), nA)
	dB := inactivityDriver(b, store.OpenMemory(), nB)
	dB.me = b.me
	dA.cfg.Settings.Vote, dB.cfg.Settings.Vote = VoteFor, VoteFor
	ctx := context.Background()
	require.NoError(t, dA.Tick(ctx))
	require.NoError(t, dB.Tick(ctx))
	for nA.last < 20 { // window 1 (slots 8-15) over; window 2 not yet
		nA.decide()
		nB.decide()
		if nB.last == 10 {
			seenLate(nB, down, 10)
		}
		require.NoError(t, dA.Tick(ctx))
		require.NoError(t, dB.Tick(ctx))
	}
	key := InactivityKey(2, 3)
	evA, evB := dA.watches[key].Evidence, dB.watches[key].Evidence
	for _, ev := range []Evidence{evA, evB} {
		require.Equal(t, []common.Address{down}, ev.Inactive, "both honest watchers judge down inactive in epochs 2-3")
	}
	require.Equal(t, evA.Record, evB.Record, "the same record: the chain's, not what reached each node")
	require.Contains(t, evB.RecordText, strings.ToLower(down.Hex())+" 10 - missed\n")
	require.Equal(t, [][]common.Address{{down}}, shared.filed, "A filed; B backs A's proposal")
	require.Equal(t, []uint64{1}, a.votes)
	require.Equal(t, []uint64{1}, b.votes, "both weights behind one proposal")

	// What reached B spares the slot from B's judgement, and never enters the record.
	require.False(t, slotDuty{attestation: chainapi.ResultAttested, onChain: chainapi.ResultMissed}.missed(),
		"a slot counts as missed only if both views say so")
	require.False(t, slotDuty{attestation: chainapi.ResultMissed, onChain: chainapi.ResultAttested}.missed())
	require.True(t, slotDuty{attestation: chainapi.ResultMissed, onChain: chainapi.ResultMissed}.missed())
}

// TestRanksItsOwnRecordFirst (review r18h F1): proposals whose record this watcher gives rank
// before those whose record it cannot reproduce, whatever their ids: a flood of junk records
// naming the guilty member, filed first, crowds out no honest proposal naming it.
func TestRanksItsOwnRecordFirst(t *testing.T) {
	t.Parallel()
	n := newFakeNode(5)
	n.stopped[down] = true
	f := newFakeFiler()
	d := inactivityDriver(f, store.OpenMemory(), n)
	d.cfg.Settings.Vote = VoteFor
	key := InactivityKey(2, 3)
	for id := uint64(100); id < 106; id++ {
		f.name(key, id, down, down) // the guilty member's junk records
		f.junk[id] = true
	}
	f.name(key, 106, common.Address{0xbb}, down) // an honest watcher's
	run(t, d, n, 15)
	for range 3 {
		require.NoError(t, d.Tick(context.Background()))
	}
	require.Empty(t, f.filed, "106 carries its record: backed")
	require.Equal(t, []uint64{100, 101, 106}, f.votes, "106 first, then the first two junk records naming only down")
	r, err := d.done(ActionFile, key)
	require.NoError(t, err)
	require.Equal(t, ResultByOther, r.Result)
	require.Equal(t, uint64(106), r.Proposal)
}

// reorgFiler is the fakeFiler with proposal 100's filing transaction replaced once reorged (a
// same-nonce replacement: the same proposer, key and member, now with a record nobody can
// reproduce).
type reorgFiler struct {
	*fakeFiler
	reorged bool
}

var replacedTx = common.HexToHash("0xbadbad")

func (r *reorgFiler) Filed(ctx context.Context, key common.Hash, from, to uint64) ([]Filed, error) {
	fs, err := r.fakeFiler.Filed(ctx, key, from, to)
	for i := range fs {
		if r.reorged && fs[i].ID == 100 {
			fs[i].TxHash = replacedTx
		}
	}
	return fs, err
}

func (r *reorgFiler) Filing(ctx context.Context, tx common.Hash) (FileCall, error) {
	if tx == replacedTx {
		p := r.props[100]
		ev := Evidence{Kind: KindInactivity, FirstEpoch: 2, LastEpoch: 3, Record: common.Hash{0xba, 0xd}}
		data, _ := ev.Encode()
		return FileCall{Validators: p.Validators, Kind: KindInactivity, Evidence: data}, nil
	}
	return r.fakeFiler.Filing(ctx, tx)
}

// TestReorgedFilingIsJudgedAgain (review r18h F2a, PoC TestR18hReorgSwapsRecordUnderAnAcceptedID):
// X's filing 100 carries the watcher's record: backed, nothing filed. A reorg then puts X's
// same-nonce replacement with a junk record under the same id, proposer and member. Just before
// its vote the watcher reads 100's log again, sees another transaction, reads it, and no longer
// backs 100: it files its own (the window is within the age bound). 100 still names only the
// member it judged inactive, so it gets its vote too.
func TestReorgedFilingIsJudgedAgain(t *testing.T) {
	t.Parallel()
	n := newFakeNode(5)
	n.stopped[down] = true
	base := newFakeFiler()
	f := &reorgFiler{fakeFiler: base}
	d := inactivityDriver(base, store.OpenMemory(), n) // base.honest: d's own record
	d.filer = f
	d.cfg.Settings.Vote = VoteFor
	key := InactivityKey(2, 3)
	base.name(key, 100, common.Address{0xee}, down)
	base.states[100] = StatePending
	run(t, d, n, 15)
	require.Empty(t, base.filed, "X's filing carries the watcher's record: backed, not filed beside")
	r, err := d.done(ActionFile, key)
	require.NoError(t, err)
	require.Equal(t, ResultByOther, r.Result)
	f.reorged = true
	delete(base.states, 100) // active: its vote begins
	for range 3 {
		require.NoError(t, d.Tick(context.Background()))
	}
	require.Equal(t, [][]common.Address{{down}}, base.filed, "the backed filing changed: its own filed")
	r, err = d.done(ActionFile, key)
	require.NoError(t, err)
	require.Equal(t, ResultDone, r.Result)
	require.Equal(t, []uint64{100, 2}, base.votes, "100 (it still names only down), then its own")
	require.True(t, d.watches[key].found[100].differs, "100 judged again: not its record")
}

// blockChain is an L1 of one block per one-second slot: block b at time genesis+b, the head at
// block *head.
type blockChain struct {
	headOnly
	genesis uint64
	head    *uint64
}

func (c blockChain) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	b := *c.head
	if n != nil {
		b = n.Uint64()
	}
	return &types.Header{Number: new(big.Int).SetUint64(b), Time: c.genesis + b}, nil
}

// blockFiler is the fakeFiler whose ProposalFiled logs sit in L1 blocks: Filed returns only
// those in [from, to], as eth_getLogs does.
type blockFiler struct {
	*fakeFiler
	block map[uint64]uint64 // proposal id -> block of its log
	reads map[uint64]int    // block -> times read
}

func (b *blockFiler) Filed(ctx context.Context, key common.Hash, from, to uint64) ([]Filed, error) {
	for bl := from; bl <= to && bl < from+1000; bl++ {
		b.reads[bl]++
	}
	fs, err := b.fakeFiler.Filed(ctx, key, from, to)
	out := fs[:0]
	for _, f := range fs {
		if bl, ok := b.block[f.ID]; ok && bl >= from && bl <= to {
			f.Block = bl
			out = append(out, f)
		}
	}
	return out, err
}

// TestReadsOnlyConfirmedLogs (review r18h F2b, PoC TestR18hReorgedBlockIsNeverReadAgain): the
// Slasher's logs are read once each, so only from blocks watcher.log-confirmations below the
// head. Honest watcher B files in block 17; before block 17 is confirmed a reorg replaces it
// by one holding a decoy under B's id and B's filing again under the next id: the watcher never
// read the first block 17, reads the second, and votes for B's filing, not the decoy. A window
// is closed (no filing can be added; dropped once settled) only once read to a confirmed block
// past the age bound, not on the head's time.
func TestReadsOnlyConfirmedLogs(t *testing.T) {
	t.Parallel()
	n := newFakeNode(5)
	n.stopped[down] = true
	base := newFakeFiler()
	f := &blockFiler{fakeFiler: base, block: map[uint64]uint64{}, reads: map[uint64]int{}}
	var head uint64
	genesis := uint64(time.Now().Unix()) + 1_000_000
	d := inactivityDriver(base, store.OpenMemory(), n)
	d.filer, d.chain = f, blockChain{genesis: genesis, head: &head}
	d.cfg.Genesis, d.cfg.SlotDuration = genesis, 1
	d.cfg.Settings.Vote, d.cfg.Settings.LogConfirmations = VoteFor, 2
	step := func(last uint64) {
		t.Helper()
		for n.last < last {
			n.decide()
			head = n.last
			require.NoError(t, d.Tick(context.Background()))
		}
	}
	key := InactivityKey(2, 3)
	step(15)
	require.Equal(t, [][]common.Address{{down}}, base.filed, "window 1 (slots 8-15): its own, id 1")
	n.stopped[down] = false                       // window 2 is not filed on
	base.name(key, 2, common.Address{0xbb}, down) // B's honest filing, in block 17
	f.block[2] = 17
	step(18)
	require.Zero(t, f.reads[17], "block 17 is not confirmed at head 18")
	// The reorg: a decoy takes id 2, B's filing is id 3, both in the new block 17.
	base.name(key, 2, common.Address{0xee}, sortAddresses([]common.Address{alive, down})...)
	base.name(key, 3, common.Address{0xbb}, down)
	f.block[3] = 17
	step(22)
	require.NotZero(t, f.reads[17], "read once confirmed")
	require.Equal(t, []uint64{1, 3}, base.votes, "its own and B's re-mined filing")
	r, err := d.done(ActionVote, common.BigToHash(big.NewInt(2)))
	require.NoError(t, err)
	require.Equal(t, ResultSkipped, r.Result, "the decoy")

	// Epochs 2-3 are past the age bound from slot 48 (epoch 12) on; with the block two below
	// the head, the window is read to a block past it only at head 50.
	step(49)
	require.Contains(t, d.watches, key, "the confirmed block 47 is still within the age bound")
	step(50)
	require.NotContains(t, d.watches, key, "read to block 48, past the age bound: closed, settled, dropped")
}

// TestReorgedBackedProposalReopensTheFiling (review r18h F2b, deeper than the confirmations):
// the watcher backed B's proposal 5 (filed nothing); a reorg then gives id 5 to a decoy and B's
// filing id 6, in the same block. Just before voting on 5 it reads 5's block again: it puts the
// decoy aside, votes for B's 6, and backs 6 instead.
func TestReorgedBackedProposalReopensTheFiling(t *testing.T) {
	t.Parallel()
	n := newFakeNode(5)
	n.stopped[down] = true
	base := newFakeFiler()
	f := &blockFiler{fakeFiler: base, block: map[uint64]uint64{}, reads: map[uint64]int{}}
	head := uint64(10)
	d := inactivityDriver(base, store.OpenMemory(), n)
	d.filer, d.chain = f, blockChain{head: &head}
	d.cfg.Settings.Vote = VoteFor // watcher.log-confirmations 0: the reorg is deeper
	key := InactivityKey(2, 3)
	run(t, d, n, 14)
	base.name(key, 5, common.Address{0xbb}, down) // B's honest filing
	base.states[5] = StatePending
	f.block[5], head = 12, 12
	run(t, d, n, 16)
	r, err := d.done(ActionFile, key)
	require.NoError(t, err)
	require.Equal(t, ResultByOther, r.Result, "A backs B's proposal 5")
	require.Equal(t, uint64(5), r.Proposal)
	base.name(key, 5, common.Address{0xee}, sortAddresses([]common.Address{alive, down})...)
	base.name(key, 6, common.Address{0xbb}, down)
	f.block[6] = 12
	delete(base.states, 5)
	head = 13
	for range 3 {
		require.NoError(t, d.Tick(context.Background()))
	}
	require.Empty(t, base.filed)
	require.Equal(t, []uint64{6}, base.votes, "B's re-mined proposal, not the decoy")
	r, err = d.done(ActionFile, key)
	require.NoError(t, err)
	require.Equal(t, ResultByOther, r.Result)
	require.Equal(t, uint64(6), r.Proposal, "backs 6 now")
}

// TestReorgOfAnySupportingProposalReopensTheFiling (review r18i: a by_other record keeps one
// id): two members are down; the watcher backs B's proposal 5 (naming down) and C's 7 (naming
// alive), filing nothing, and its record names 5 only. A reorg then gives id 7 to a decoy and
// C's filing is gone: the watcher files its own proposal on alive, which nothing names now.
func TestReorgOfAnySupportingProposalReopensTheFiling(t *testing.T) {
	t.Parallel()
	n := newFakeNode(5)
	n.members = append(n.members, extraMembers(4)...) // two of eight down: the chain has its quorum
	n.stopped[down], n.stopped[alive] = true, true
	base := newFakeFiler()
	f := &blockFiler{fakeFiler: base, block: map[uint64]uint64{}, reads: map[uint64]int{}}
	head := uint64(10)
	d := inactivityDriver(base, store.OpenMemory(), n)
	d.filer, d.chain = f, blockChain{head: &head}
	d.cfg.Settings.Vote = VoteFor
	key := InactivityKey(2, 3)
	run(t, d, n, 14)
	base.name(key, 5, common.Address{0xbb}, down)
	base.name(key, 7, common.Address{0xcc}, alive)
	base.states[5], base.states[7] = StatePending, StatePending
	f.block[5], f.block[7], head = 12, 12, 12
	run(t, d, n, 16)
	require.Empty(t, base.filed, "5 and 7 name every member it judged inactive")
	r, err := d.done(ActionFile, key)
	require.NoError(t, err)
	require.Equal(t, ResultByOther, r.Result)
	require.Equal(t, uint64(5), r.Proposal)
	base.name(key, 7, common.Address{0xee}, mine) // the decoy under 7; C's filing is gone
	delete(base.states, 7)
	head = 13
	for range 3 {
		require.NoError(t, d.Tick(context.Background()))
	}
	require.Equal(t, [][]common.Address{{alive}}, base.filed, "alive, which no live proposal names now")
}

// TestOthersProposalsAreReadOnceATick (review r18i: reads outside the budget): the watcher files
// one member per proposal (max-named 1) on a window where two other proposals name members too;
// it reads each of those proposals' state and content once in the tick, not again after each of
// its own filings.
func TestOthersProposalsAreReadOnceATick(t *testing.T) {
	t.Parallel()
	n := newFakeNode(5)
	extra := extraMembers(12)
	n.members = append(n.members, extra...)
	for _, m := range append([]common.Address{alive, down}, extra[:3]...) {
		n.stopped[m] = true
	}
	f := newFakeFiler()
	d := inactivityDriver(f, store.OpenMemory(), n)
	d.cfg.Settings.InactivityMaxNamed, d.inact.policy.MaxNamed = 1, 1
	key := InactivityKey(2, 3)
	for i, m := range extra[:2] {
		f.name(key, uint64(100+i), common.Address{0xbb, byte(i)}, m)
	}
	for len(f.filed) == 0 && n.last < 40 {
		clear(f.stateReads)
		clear(f.proposalReads)
		run(t, d, n, n.last+1)
	}
	require.ElementsMatch(t, [][]common.Address{{alive}, {down}, {extra[2]}}, f.filed, "one proposal each, in one tick")
	for _, id := range []uint64{100, 101} {
		require.Equal(t, 1, f.stateReads[id], "proposal %d's state once", id)
		require.Equal(t, 1, f.proposalReads[id], "proposal %d's content once", id)
	}
}

// TestPassedProposalsAreExecuted (review r18l M4): nothing else executes a passed proposal, and
// an expired one returns its filer's bond, so a guilty member filing on itself with the honest
// record (which honest watchers back instead of filing) would escape by never executing it. The
// watcher keeps each proposal it voted for, reads its state at most every executeRecheck while the
// vote is on, executes it once it passed, and forgets it once it ended.
func TestPassedProposalsAreExecuted(t *testing.T) {
	t.Parallel()
	n := newFakeNode(5)
	n.stopped[down] = true
	f := newFakeFiler()
	d := inactivityDriver(f, store.OpenMemory(), n)
	d.cfg.Settings.Vote = VoteFor
	d.cfg.Settings.FileInactivity, d.inact.policy.FileAll = false, false
	now := time.Now()
	d.now = func() time.Time { return now }
	key := InactivityKey(2, 3)
	f.name(key, 100, common.Address{0xbb}, down) // the guilty member's own filing, honest record
	f.name(key, 101, common.Address{0xbb}, down) // another, defeated in the end
	run(t, d, n, 20)
	require.Equal(t, []uint64{100, 101}, f.votes)
	clear(f.stateReads)
	for range 3 {
		require.NoError(t, d.Tick(context.Background()))
	}
	require.Zero(t, f.stateReads[100], "the vote is on: read again only after executeRecheck")
	f.states[100], f.states[101] = StateSucceeded, StateDefeated
	now = now.Add(executeRecheck)
	require.NoError(t, d.Tick(context.Background()))
	require.Equal(t, []string{ExecuteTxID(100)}, f.executed, "executed once passed")
	now = now.Add(executeRecheck)
	clear(f.stateReads)
	require.NoError(t, d.Tick(context.Background()))
	require.Equal(t, []string{ExecuteTxID(100)}, f.executed)
	require.Zero(t, f.stateReads[100]+f.stateReads[101], "both ended: forgotten")

	// A failing execute is tried again after executeRetry, not every tick (review r19 L3).
	f.name(key, 102, common.Address{0xbb}, down)
	f.states[102] = StateActive
	require.NoError(t, d.keepForExecution(102))
	f.states[102] = StateSucceeded
	ef := &failingExecute{fakeFiler: f}
	d.filer = ef
	require.Error(t, d.Tick(context.Background()))
	require.Equal(t, 1, ef.tries)
	require.NoError(t, d.Tick(context.Background()))
	require.Equal(t, 1, ef.tries, "not again within executeRetry")
	now = now.Add(executeRetry)
	d.filer = f
	require.NoError(t, d.Tick(context.Background()))
	require.Equal(t, []string{ExecuteTxID(100), ExecuteTxID(102)}, f.executed)
}

// failingExecute is the fakeFiler whose Execute fails (an L1 RPC down).
type failingExecute struct {
	*fakeFiler
	tries int
}

func (f *failingExecute) Execute(context.Context, string, uint64) error {
	f.tries++
	return errors.New("L1 RPC down")
}

// TestVotesWithoutFiling (review r18h F3, PoC TestR18hVoterThatDoesNotFileNeverVotes): a watcher
// with watcher.vote: for that files only its inactivity-always list (or nothing) judges down
// inactive from its node and votes for another honest watcher's proposal naming it: the honest
// weight behind a proposal does not depend on the voters' filing lists.
func TestVotesWithoutFiling(t *testing.T) {
	t.Parallel()
	for name, always := range map[string][]string{"always list": {alive.Hex()}, "files nothing": nil} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			n := newFakeNode(5)
			n.stopped[down] = true
			f := newFakeFiler()
			d := inactivityDriver(f, store.OpenMemory(), n)
			d.cfg.Settings.Vote = VoteFor
			d.cfg.Settings.FileInactivity, d.inact.policy.FileAll = false, false
			d.cfg.Settings.InactivityAlways = always
			d.inact.policy.Always = addressSet(always)
			require.True(t, d.cfg.Settings.InactivityOn(), "vote: for reads the node")
			key := InactivityKey(2, 3)
			f.name(key, 100, common.Address{0xbb}, down) // another honest watcher's filing on down
			run(t, d, n, 20)
			require.Empty(t, f.filed)
			require.Equal(t, []uint64{100}, f.votes, "judged down inactive in epochs 2-3")
		})
	}
	s := Settings{InactivityNode: "http://x", Vote: VoteOff}
	require.False(t, s.InactivityOn(), "neither files nor votes: the node is not read")
}

// failingLogs is the fakeFiler whose ProposalFiled logs cannot be read.
type failingLogs struct{ *fakeFiler }

func (failingLogs) Filed(context.Context, common.Hash, uint64, uint64) ([]Filed, error) {
	return nil, errors.New("eth_getLogs: range too large")
}

// TestFilesWhenTheLogsCannotBeRead (review r18h): the logs of the window cannot be read (an RPC
// that refuses eth_getLogs): the watcher files its own proposal after scanFailuresBeforeFiling
// failed reads, not only never.
func TestFilesWhenTheLogsCannotBeRead(t *testing.T) {
	t.Parallel()
	n := newFakeNode(5)
	n.stopped[down] = true
	base := newFakeFiler()
	d := inactivityDriver(base, store.OpenMemory(), n)
	d.filer = failingLogs{base}
	for n.last < 15 {
		n.decide()
		_ = d.Tick(context.Background())
	}
	require.Empty(t, base.filed, "read again first")
	for i := 0; i < scanFailuresBeforeFiling && len(base.filed) == 0; i++ {
		require.Error(t, d.Tick(context.Background()))
	}
	require.Equal(t, [][]common.Address{{down}}, base.filed, "filed without the logs")
}
