package node

import (
	"context"
	"errors"
	"log/slog"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/node/app"
	"github.com/sptn/sptn/bindings/rollup"
)

// historyL1 is an L1 node's view: the blocks of the chain it follows up to its head, each with
// the rollup's tips in its state; blocks of a chain it left are still answered by hash (as a node
// keeps the state of blocks a reorg dropped).
type historyL1 struct {
	byNumber map[uint64]*types.Header
	tips     map[common.Hash]l1State
	head     uint64
}

type l1State struct {
	assured, proven Tip
	prunable        bool
}

func newHistoryL1() *historyL1 {
	return &historyL1{byNumber: map[uint64]*types.Header{}, tips: map[common.Hash]l1State{}}
}

// add appends L1 blocks from..to of chain fork, each with state st, and moves the head to to.
func (l *historyL1) add(fork string, from, to uint64, st l1State) {
	for n := from; n <= to; n++ {
		h := &types.Header{Number: new(big.Int).SetUint64(n), Time: 1000 + n, Extra: []byte(fork)}
		l.byNumber[n], l.tips[h.Hash()] = h, st
	}
	l.head = to
}

func (l *historyL1) at(n uint64) app.L1Block {
	return app.L1Block{Number: n, Hash: l.byNumber[n].Hash()}
}

func (l *historyL1) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	if n == nil {
		return l.byNumber[l.head], nil
	}
	if n.Sign() < 0 || n.Uint64() > l.head || l.byNumber[n.Uint64()] == nil {
		return nil, ethereum.NotFound
	}
	return l.byNumber[n.Uint64()], nil
}

func (l *historyL1) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	h, err := l.HeaderByNumber(ctx, block)
	if err != nil {
		return nil, err
	}
	return l.CallContractAtHash(ctx, msg, h.Hash())
}

func (l *historyL1) CallContractAtHash(_ context.Context, msg ethereum.CallMsg, block common.Hash) ([]byte, error) {
	st, ok := l.tips[block]
	if !ok {
		return nil, errors.New("header not found")
	}
	parsed := rollup.NewRollup().GetABI()
	m, err := parsed.MethodById(msg.Data)
	if err != nil {
		return nil, err
	}
	b := func(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
	switch m.Name {
	case "getTips":
		return m.Outputs.Pack(rollup.ChainTips{AssuredNumber: b(st.assured.Number), AssuredHash: st.assured.Hash, AssuredSlot: b(st.assured.Slot),
			ProvenNumber: b(st.proven.Number), ProvenHash: st.proven.Hash, ProvenSlot: b(st.proven.Slot)})
	case "canPrune":
		return m.Outputs.Pack(st.prunable)
	}
	return nil, errors.New("not on this L1")
}

func (*historyL1) FilterLogs(context.Context, ethereum.FilterQuery) ([]types.Log, error) {
	return nil, nil
}

func (*historyL1) TransactionByHash(context.Context, common.Hash) (*types.Transaction, bool, error) {
	return nil, false, ethereum.NotFound
}

var (
	tip3 = Tip{Number: 3, Hash: common.Hash{3}, Slot: 6}
	tipX = Tip{Number: 4, Hash: common.Hash{4}, Slot: 7}
)

func anchorOf(t Tip) app.Anchor { return app.Anchor{Number: t.Number, Hash: t.Hash, Slot: t.Slot} }

// TestCheckAnchorAt: the check each member makes of the L1 block a seal names: a block above its
// head is unseen (its view lags: refused, and accepted once it catches up), a block of another
// chain is not canonical, a block where the anchor was not the tip is refused, and the proven
// tip is the tip where a propose prunes.
func TestCheckAnchorAt(t *testing.T) {
	l := newHistoryL1()
	l.add("a", 90, 99, l1State{assured: tip3, proven: tip3})
	l.add("a", 100, 105, l1State{assured: tipX, proven: tip3})
	l.add("a", 106, 108, l1State{assured: tipX, proven: tip3, prunable: true})
	r := &Rollup{c: l, abi: rollup.NewRollup()}
	ctx := context.Background()
	require.NoError(t, r.CheckAnchorAt(ctx, anchorOf(tip3), l.at(95)))
	require.NoError(t, r.CheckAnchorAt(ctx, anchorOf(tipX), l.at(100)))
	require.ErrorIs(t, r.CheckAnchorAt(ctx, anchorOf(tip3), l.at(100)), ErrNotL1Tip, "x is the tip there")
	require.ErrorIs(t, r.CheckAnchorAt(ctx, anchorOf(tip3), l.at(104)), ErrNotL1Tip, "the proven tip, but nothing prunes")
	require.NoError(t, r.CheckAnchorAt(ctx, anchorOf(tip3), l.at(107)), "the proven tip where a propose prunes")
	require.ErrorIs(t, r.CheckAnchorAt(ctx, anchorOf(tip3), app.L1Block{Number: 109, Hash: common.Hash{9}}), app.ErrL1BlockUnseen)
	require.ErrorIs(t, r.CheckAnchorAt(ctx, anchorOf(tip3), app.L1Block{Number: 95, Hash: common.Hash{9}}), ErrL1NotCanonical)
	// A reorg from 101: the old block 101 is no longer canonical, even though the node still
	// answers for its state.
	old101 := l.at(101)
	l.add("b", 101, 110, l1State{assured: tip3, proven: tip3})
	require.ErrorIs(t, r.CheckAnchorAt(ctx, anchorOf(tipX), old101), ErrL1NotCanonical)
	require.NoError(t, r.CheckAnchorAt(ctx, anchorOf(tip3), l.at(101)))
	require.NoError(t, r.CheckAnchor(ctx, anchorOf(tip3)), "and at the head")
}

// TestAnchorBlockNamesABlockLaggingMembersSee: the proposer names the deepest of its last
// anchorDepth+1 L1 blocks at which the anchor is the tip, so that members whose view lags by
// that many blocks see it; right after the anchor became the tip, the first block it was; the
// name of the seal already sent while that block stays canonical (the same seal is sent again);
// a new name once a reorg dropped it; and an error when the anchor is not L1's tip at the head.
func TestAnchorBlockNamesABlockLaggingMembersSee(t *testing.T) {
	l := newHistoryL1()
	l.add("a", 90, 99, l1State{assured: tip3, proven: tip3})
	l.add("a", 100, 100, l1State{assured: tipX, proven: tip3})
	r := &Rollup{c: l, abi: rollup.NewRollup()}
	ctx := context.Background()
	head := func() *types.Header { return l.byNumber[l.head] }
	at, err := r.AnchorBlock(ctx, anchorOf(tipX), head(), anchorDepth, 0, nil)
	require.NoError(t, err)
	require.Equal(t, l.at(100), at, "x became the tip at the head: only the head names it")
	l.add("a", 101, 101, l1State{assured: tipX, proven: tip3})
	at, err = r.AnchorBlock(ctx, anchorOf(tipX), head(), anchorDepth, 0, nil)
	require.NoError(t, err)
	require.Equal(t, l.at(100), at)
	l.add("a", 102, 110, l1State{assured: tipX, proven: tip3})
	at, err = r.AnchorBlock(ctx, anchorOf(tipX), head(), anchorDepth, 0, nil)
	require.NoError(t, err)
	require.Equal(t, l.at(108), at, "anchorDepth below the head")
	prev := l.at(101)
	at, err = r.AnchorBlock(ctx, anchorOf(tipX), head(), anchorDepth, 0, &prev)
	require.NoError(t, err)
	require.Equal(t, prev, at, "the name already sent, still canonical")

	l.add("b", 101, 111, l1State{assured: tipX, proven: tip3}) // x's propose stays; blocks above it change
	at, err = r.AnchorBlock(ctx, anchorOf(tipX), head(), anchorDepth, 0, &prev)
	require.NoError(t, err)
	require.Equal(t, l.at(109), at, "the name sent was reorged out: a new one")
	require.NotEqual(t, prev.Hash, l.at(101).Hash)

	_, err = r.AnchorBlock(ctx, anchorOf(tip3), head(), anchorDepth, 0, nil)
	require.ErrorIs(t, err, ErrNotL1Tip, "3 is not L1's tip")

	// The chain's last anchor was named at block 110 (review r17k F4): the deepest block at or
	// above it, not 109 (execution refuses a name below it, and the seal would wait a block),
	// and not the name already sent if it is below.
	at, err = r.AnchorBlock(ctx, anchorOf(tipX), head(), anchorDepth, 110, nil)
	require.NoError(t, err)
	require.Equal(t, l.at(110), at, "the floor, above head-anchorDepth")
	prev = l.at(109)
	at, err = r.AnchorBlock(ctx, anchorOf(tipX), head(), anchorDepth, 110, &prev)
	require.NoError(t, err)
	require.Equal(t, l.at(110), at, "a name sent below the floor is not kept")
}

// TestDriverNamesTheAnchorBlockAndWaitsForTheChainsFloor: the driver's anchored seal names the L1
// block anchorAt gives; one below the chain's last anchor's L1 block (L1 reorged to a shorter
// chain) is not sent: execution would refuse it, and L1 reaches that number again shortly.
func TestDriverNamesTheAnchorBlockAndWaitsForTheChainsFloor(t *testing.T) {
	d := &driver{log: slog.New(slog.DiscardHandler)}
	head := &types.Header{Number: big.NewInt(120), Time: 5}
	named := app.L1Block{Number: 118, Hash: common.Hash{0x18}}
	var gotPrev *app.L1Block
	d.anchorAt = func(_ context.Context, _ app.Anchor, h *types.Header, floor uint64, prev *app.L1Block) (app.L1Block, error) {
		require.Equal(t, head, h)
		require.Equal(t, uint64(110), floor, "the chain's last anchor's L1 block")
		gotPrev = prev
		return named, nil
	}
	an := anchorOf(tip3)
	on := sealBase{slot: 30}
	ok, err := d.nameAnchorBlock(context.Background(), &an, L1Tips{Head: head}, app.Meta{AnchorL1: 110}, &on)
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, &named, an.At)
	require.Equal(t, named, on.anchor.at)
	require.Nil(t, gotPrev)

	// Sent: the next try on the same anchor in the slot passes its name as prev; the next slot's
	// does not.
	on.anchor.number, on.anchor.hash, on.anchor.slot = an.Number, an.Hash, an.Slot
	d.lastSeal = &sentSeal{on: on}
	an2 := anchorOf(tip3)
	ok, err = d.nameAnchorBlock(context.Background(), &an2, L1Tips{Head: head}, app.Meta{AnchorL1: 110}, &sealBase{slot: 30})
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, &named, gotPrev)
	gotPrev = nil
	ok, err = d.nameAnchorBlock(context.Background(), &an2, L1Tips{Head: head}, app.Meta{AnchorL1: 110}, &sealBase{slot: 31})
	require.NoError(t, err)
	require.True(t, ok)
	require.Nil(t, gotPrev, "a new slot: a new name")

	an3 := anchorOf(tip3)
	d.anchorAt = func(context.Context, app.Anchor, *types.Header, uint64, *app.L1Block) (app.L1Block, error) {
		return named, nil
	}
	ok, err = d.nameAnchorBlock(context.Background(), &an3, L1Tips{Head: head}, app.Meta{AnchorL1: 119}, &sealBase{})
	require.NoError(t, err)
	require.False(t, ok, "below the chain's floor: no seal yet")
	require.Nil(t, an3.At)
}
