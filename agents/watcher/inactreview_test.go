package watcher

// Review r18i (INACTIVITY filing at main 7e5c3c3): each test below failed there, and passes with
// the fix it names; TestR18iControls passed there and still does.

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/store"
)

// TestShieldMembersDoNotHideTheGuilty (review r18i A): inactivity-max-named (8 by default; 1
// here, scaled down with the fake node's committee of 10) used to cut a window's inactive members
// to "the first by address", the same cut at every honest watcher, and the window was recorded
// done: a guilty member with a high address (down = 0xb2...) inactive beside as many sacrificial
// members with lower addresses (alive = 0xa1...) was named by no honest watcher. Now a window's
// filing is done only once every member is named, in further proposals as the cap allows.
func TestShieldMembersDoNotHideTheGuilty(t *testing.T) {
	t.Parallel()
	shared := newFakeFiler()
	a := &oneOf{fakeFiler: shared, me: common.Address{0x1}}
	b := &oneOf{fakeFiler: shared, me: common.Address{0x2}}
	nA, nB := newFakeNode(7), newFakeNode(7)
	for _, n := range []*fakeNode{nA, nB} {
		n.members = append(n.members, extraMembers(6)...)
		n.stopped[down], n.stopped[alive] = true, true // the guilty one and its shield: 2 of 10
	}
	dA := inactivityDriver(a, store.OpenMemory(), nA)
	dB := inactivityDriver(b, store.OpenMemory(), nB)
	dB.me = b.me
	for _, d := range []*Driver{dA, dB} {
		d.cfg.Settings.Vote = VoteFor
		d.inact.policy.MaxNamed = 1
	}
	ctx := context.Background()
	require.NoError(t, dA.Tick(ctx))
	require.NoError(t, dB.Tick(ctx))
	for nA.last < 31 { // windows of epochs 2-3, 4-5 and 6-7 over
		nA.decide()
		nB.decide()
		require.NoError(t, dA.Tick(ctx))
		require.NoError(t, dB.Tick(ctx))
	}
	require.Equal(t, []common.Address{alive, down}, dA.watches[InactivityKey(2, 3)].Evidence.Inactive,
		"both members are judged inactive")
	namedDown := false
	for _, vs := range shared.filed {
		for _, v := range vs {
			namedDown = namedDown || v == down
		}
	}
	require.True(t, namedDown, "some honest watcher must file on the guilty member in some window; filed: %v", shared.filed)
}

// failingFiling is a Filer whose L1 client cannot read one filing transaction (a hostile or
// pruned RPC, a transaction type the client does not decode): Filing fails with an ordinary
// error, not ErrNotAFiling.
type failingFiling struct {
	*fakeFiler
	bad uint64
}

func (f *failingFiling) Filing(ctx context.Context, tx common.Hash) (FileCall, error) {
	if new(big.Int).SetBytes(tx[:]).Uint64()-1<<32 == f.bad {
		return FileCall{}, fmt.Errorf("read filing %s: %w", tx, errors.New("transaction type not supported"))
	}
	return f.fakeFiler.Filing(ctx, tx)
}

// TestUnreadableFilingIsJudgedNotBacked (review r18i B): one proposal on the window whose filing
// transaction cannot be read made scan fail at its log every tick; the error was not counted in
// scanErrs (only Filed's were), so the watcher filed only near the age bound, and watchWindow
// returned before voteWindow, so it never voted on the window. Now every failed read counts, and
// after filingReadsBeforeUnreadable failed reads the filing is judged unreadable (not backed):
// the watcher files its own and votes.
func TestUnreadableFilingIsJudgedNotBacked(t *testing.T) {
	t.Parallel()
	n := newFakeNode(5)
	n.stopped[down] = true
	f := &failingFiling{fakeFiler: newFakeFiler(), bad: 99}
	d := inactivityDriver(f, store.OpenMemory(), n)
	d.cfg.Settings.Vote = VoteFor
	key := InactivityKey(2, 3)
	f.name(key, 99, common.Address{0xee}, down) // a decoy naming the guilty member only
	for n.last < 15 {
		n.decide()
		_ = d.Tick(context.Background()) // the window's scan error fails the tick
	}
	for range 10 {
		_ = d.Tick(context.Background())
	}
	require.NotEmpty(t, f.filed, "the watcher must file on the guilty member (after scanFailuresBeforeFiling failed reads at most)")
	require.NotEmpty(t, f.votes, "the watcher must vote for its own proposal whatever another filing's transaction does")
}

// TestUnreadableFilingDoesNotStopOwnVote (review r18i B, second face): the watcher filed first
// (its proposal pending its voting delay); a decoy whose transaction cannot be read is filed
// next. Once voting opens the watcher votes for its own proposal: a failed scan no longer stops
// the votes on the proposals found.
func TestUnreadableFilingDoesNotStopOwnVote(t *testing.T) {
	t.Parallel()
	n := newFakeNode(5)
	n.stopped[down] = true
	f := &failingFiling{fakeFiler: newFakeFiler(), bad: 99}
	f.pending = true
	d := inactivityDriver(f, store.OpenMemory(), n)
	d.cfg.Settings.Vote = VoteFor
	var head uint64
	d.chain = growingHead{&head} // L1 moves on: new blocks are read for logs every tick
	for n.last < 15 {
		n.decide()
		head++
		require.NoError(t, d.Tick(context.Background()))
	}
	require.Equal(t, [][]common.Address{{down}}, f.filed)
	own := uint64(1)
	f.name(InactivityKey(2, 3), 99, common.Address{0xee}, down) // the decoy, after the filing
	f.states[own] = StateActive                                 // the vote opens
	for range 10 {
		head++
		_ = d.Tick(context.Background())
	}
	require.Contains(t, f.votes, own, "the watcher must vote for its own proposal")
}

// growingHead is an L1 whose head is block *n (time 0: no epoch clock).
type growingHead struct{ n *uint64 }

func (g growingHead) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	return &types.Header{Number: new(big.Int).SetUint64(10 + *g.n)}, nil
}
func (growingHead) BlockByNumber(context.Context, *big.Int) (*types.Block, error) { return nil, nil }
func (growingHead) FilterLogs(context.Context, ethereum.FilterQuery) ([]types.Log, error) {
	return nil, nil
}
func (growingHead) CallContract(context.Context, ethereum.CallMsg, *big.Int) ([]byte, error) {
	return nil, nil
}

// TestR18iControls (passed before the fixes too): without the cut the guilty member is filed on;
// with a budget of 2 it is; a filing seen where it was is voted for; with a readable decoy the
// own proposal is voted for.
func TestR18iControls(t *testing.T) {
	t.Run("no cut", func(t *testing.T) {
		n := newFakeNode(7)
		n.members = append(n.members, extraMembers(6)...)
		n.stopped[down], n.stopped[alive] = true, true
		f := newFakeFiler()
		d := inactivityDriver(f, store.OpenMemory(), n)
		require.NoError(t, d.Tick(context.Background()))
		run(t, d, n, 15)
		require.Equal(t, [][]common.Address{{alive, down}}, f.filed)
	})
	t.Run("budget of 2", func(t *testing.T) { budgetThenGuilty(t, 2) })
	t.Run("filing not moved", func(t *testing.T) { movedFilingVoted(t, false) })
	t.Run("readable decoy", func(t *testing.T) {
		n := newFakeNode(5)
		n.stopped[down] = true
		f := &failingFiling{fakeFiler: newFakeFiler(), bad: 12345}
		f.pending = true
		d := inactivityDriver(f, store.OpenMemory(), n)
		d.cfg.Settings.Vote = VoteFor
		var head uint64
		d.chain = growingHead{&head}
		for n.last < 15 {
			n.decide()
			head++
			require.NoError(t, d.Tick(context.Background()))
		}
		f.name(InactivityKey(2, 3), 99, common.Address{0xee}, down)
		f.states[1] = StateActive
		for range 10 {
			head++
			require.NoError(t, d.Tick(context.Background()))
		}
		require.Contains(t, f.votes, uint64(1))
	})
}

// blockedFiler places each proposal's log in a block (blockOf) and returns logs by range, as
// eth_getLogs does.
type blockedFiler struct {
	*fakeFiler
	blockOf map[uint64]uint64
}

func (f *blockedFiler) Filed(ctx context.Context, key common.Hash, from, to uint64) ([]Filed, error) {
	all, err := f.fakeFiler.Filed(ctx, key, from, to)
	var out []Filed
	for _, l := range all {
		if b := f.blockOf[l.ID]; b >= from && b <= to {
			l.Block = b
			out = append(out, l)
		}
	}
	return out, err
}

// TestReorgThatMovesAFilingIsVotedFor (review r18i C): an L1 reorg deeper than
// watcher.log-confirmations re-includes another honest watcher's filing (same transaction, same
// id) in a later block. relog used to read only the block the log was first seen in, find
// nothing, and record the vote skipped for good; now the filing's receipt names the block it is
// in, its log there is read, and the watcher votes for it.
func TestReorgThatMovesAFilingIsVotedFor(t *testing.T) {
	t.Parallel()
	movedFilingVoted(t, true)
	t.Run("to a block not confirmed yet", func(t *testing.T) {
		t.Parallel()
		n := newFakeNode(5)
		n.stopped[down] = true
		f := &blockedFiler{fakeFiler: newFakeFiler(), blockOf: map[uint64]uint64{}}
		f.pending = true
		d := inactivityDriver(f.fakeFiler, store.OpenMemory(), n)
		d.filer = f
		d.cfg.Settings.Vote = VoteFor
		d.cfg.Settings.LogConfirmations = 3
		d.inact.policy.FileAll = false
		d.cfg.Settings.LookbackBlocks = 1000
		var head uint64
		d.chain = growingHead{&head}
		key := InactivityKey(2, 3)
		f.name(key, 50, common.Address{0xbb}, down)
		f.states[50] = StatePending
		f.blockOf[50] = 12
		for n.last < 15 {
			n.decide()
			head++
			require.NoError(t, d.Tick(context.Background()))
		}
		for range 5 {
			head++
			require.NoError(t, d.Tick(context.Background()))
		}
		require.Contains(t, d.watches[key].found, uint64(50))
		f.blockOf[50] = 10 + head + 1 // the L1 head is block 10+head: mined in the next block
		f.states[50] = StateActive
		for range 3 { // the block exists from the next tick on, confirmed 3 blocks later
			head++
			require.NoError(t, d.Tick(context.Background()))
		}
		require.Empty(t, f.votes, "the block the filing moved to is not confirmed yet: the vote waits")
		vkey := common.BigToHash(new(big.Int).SetUint64(50))
		r, err := d.done(ActionVote, vkey)
		require.NoError(t, err)
		require.Nil(t, r, "nothing recorded while waiting")
		for range 3 {
			head++
			require.NoError(t, d.Tick(context.Background()))
		}
		require.Equal(t, []uint64{50}, f.votes)
	})
}

func movedFilingVoted(t *testing.T, move bool) {
	n := newFakeNode(5)
	n.stopped[down] = true
	f := &blockedFiler{fakeFiler: newFakeFiler(), blockOf: map[uint64]uint64{}}
	f.pending = true
	d := inactivityDriver(f.fakeFiler, store.OpenMemory(), n) // wires the honest record
	d.filer = f
	d.cfg.Settings.Vote = VoteFor
	d.inact.policy.FileAll = false // votes only (F3): the other watcher's filing is the one
	d.cfg.Settings.LookbackBlocks = 1000
	var head uint64
	d.chain = growingHead{&head}
	key := InactivityKey(2, 3)
	f.name(key, 50, common.Address{0xbb}, down) // an honest filing with the honest record
	f.states[50] = StatePending
	f.blockOf[50] = 12
	for n.last < 15 {
		n.decide()
		head++
		require.NoError(t, d.Tick(context.Background()))
	}
	for range 5 {
		head++
		require.NoError(t, d.Tick(context.Background()))
	}
	require.Contains(t, d.watches[key].found, uint64(50), "kept: it names only the member judged inactive")
	if move {
		f.blockOf[50] = head + 9 // the reorg: the same transaction in a later block
	}
	f.states[50] = StateActive
	for range 30 {
		head++
		_ = d.Tick(context.Background())
	}
	require.Contains(t, f.votes, uint64(50), "the proposal is on the chain unchanged; the watcher must vote for it")
}

// FilingBlock is the block of the proposal whose transaction is tx.
func (f *blockedFiler) FilingBlock(_ context.Context, tx common.Hash) (uint64, error) {
	return f.blockOf[new(big.Int).SetBytes(tx[:]).Uint64()-1<<32], nil
}

// TestPassedProposalsGiveTheirBondsBack (review r18i A, budget face): the daily bond budget
// counted every bond put up, also those returned when the proposal passed. Real inactivity
// earlier in the day (here 1 bond: the budget scaled down from 16) spent it, and a guilty member
// inactive in a later window was never filed on (its window waited 24 h and passed the age bound
// first). Now a spend whose proposal executed is released: only bonds at risk count.
func TestPassedProposalsGiveTheirBondsBack(t *testing.T) {
	t.Parallel()
	budgetThenGuilty(t, 1)
}

func budgetThenGuilty(t *testing.T, budget int) {
	n := newFakeNode(7)
	n.members = append(n.members, extraMembers(6)...)
	n.stopped[alive] = true // an honest member offline in epochs 2-3
	f := newFakeFiler()
	d := inactivityDriver(f, store.OpenMemory(), n)
	d.cfg.Settings.InactivityBondsPerDay = budget
	require.NoError(t, d.Tick(context.Background()))
	run(t, d, n, 16)
	require.Equal(t, [][]common.Address{{alive}}, f.filed)
	f.states[1] = StateExecuted                     // passed: its bond is back
	n.stopped[alive], n.stopped[down] = false, true // the guilty member, epochs 4-5
	run(t, d, n, 31)
	require.Contains(t, d.watches, InactivityKey(4, 5))
	require.GreaterOrEqual(t, len(f.filed), 2)
	require.Equal(t, [][]common.Address{{alive}, {down}}, f.filed[:2], "the guilty member must be filed on")
}

// flakyLogs is the blockedFiler whose eth_getLogs answers one read of proposal 50's block with no log (a
// load-balanced RPC whose backend lags, a log index not built yet), as relog makes just before
// a vote.
type flakyLogs struct {
	*blockedFiler
	misses int
}

func (f *flakyLogs) Filed(ctx context.Context, key common.Hash, from, to uint64) ([]Filed, error) {
	if from == to && f.blockOf[50] == from && f.misses > 0 {
		f.misses--
		return nil, nil
	}
	return f.blockedFiler.Filed(ctx, key, from, to)
}

// TestEmptyLogReadDoesNotSkipTheVote (review r18l L1): relog reads the block of another filer's
// proposal again before voting for it; when that read shows no log it asks the filing's receipt
// where it is mined, but only a different block counts: a receipt naming the very block the log
// was read in (nothing moved: the log read was wrong) is taken as "gone", and the vote is
// recorded skipped for good (and the window's filing reopened). One empty eth_getLogs answer
// from the L1 RPC costs an honest filer this watcher's vote for good.
func TestEmptyLogReadDoesNotSkipTheVote(t *testing.T) {
	t.Parallel()
	n := newFakeNode(5)
	n.stopped[down] = true
	bf := &blockedFiler{fakeFiler: newFakeFiler(), blockOf: map[uint64]uint64{}}
	bf.pending = true
	f := &flakyLogs{blockedFiler: bf}
	d := inactivityDriver(bf.fakeFiler, store.OpenMemory(), n) // wires the honest record
	d.filer = f
	d.cfg.Settings.Vote = VoteFor
	d.inact.policy.FileAll = false // votes only: the other watcher's filing is the one
	d.cfg.Settings.LookbackBlocks = 1000
	var head uint64
	d.chain = growingHead{&head}
	key := InactivityKey(2, 3)
	bf.name(key, 50, common.Address{0xbb}, down) // an honest filing with the honest record
	bf.states[50] = StatePending
	bf.blockOf[50] = 12
	for n.last < 15 {
		n.decide()
		head++
		require.NoError(t, d.Tick(context.Background()))
	}
	for range 5 {
		head++
		require.NoError(t, d.Tick(context.Background()))
	}
	require.Contains(t, d.watches[key].found, uint64(50))
	bf.states[50] = StateActive
	f.misses = 1 // the read just before the vote comes back empty, once
	for range 10 {
		head++
		_ = d.Tick(context.Background())
	}
	require.Contains(t, bf.votes, uint64(50),
		"the filing's receipt names the block its log was read in: nothing moved, and the watcher must vote for it")
}
