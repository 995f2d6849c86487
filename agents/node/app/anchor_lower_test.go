package app

import (
	"context"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/protocol"
)

// anchoredOnX is a chain of four members anchored on an assured block it never proved (review
// r17e M2, the soak's slot-514 seal after h17c): blocks 1-3 on L1's block 0, then block 4 x with
// transaction u misses its slot and is orphaned by 4' on 3, then L1 assures x after all and the
// chain re-anchors on it (x carried u in calldata): block 5 z on x, anchor 4. L1 holds 0-3 and x.
type anchoredOnX struct {
	nt         *net
	b          [4]common.Hash // b[1..3]
	x, z       common.Hash
	xHdr       protocol.Header
	u          []byte
	anchorSlot uint64
}

func newAnchoredOnX(t *testing.T) *anchoredOnX {
	nt := newNet(t, 4)
	f := &anchoredOnX{nt: nt, u: userTx("in block x", 5)}
	start := crypto.Keccak256Hash([]byte("L1 block 0"))
	nt.round(slotTime(3), f.u)
	f.b = nt.sealThree(start)
	nt.round(slotTime(7), nt.seal(7, 4, f.b[3], []common.Hash{TxHash(f.u)}))
	f.x = nt.apps[0].Meta().TipHash
	xb, err := nt.apps[0].BlockByHash(f.x)
	require.NoError(t, err)
	f.xHdr = xb.Header
	nt.round(slotTime(7).Add(time.Second))
	// x missed its slot: orphaned by a seal on L1's assured tip 3, u queued again.
	nt.anchors.confirm(Anchor{Number: 3, Hash: f.b[3], Slot: 6})
	nt.round(slotTime(8), nt.seal(8, 4, f.b[3], nil))
	nt.round(slotTime(8).Add(time.Second))
	delete(nt.anchors.ok, anchorID{3, f.b[3], 6}) // then L1 assures x after all

	an := Anchor{Number: 4, Hash: f.x, Slot: 7, Replaced: []Replaced{{Header: f.xHdr, Txs: []hexutil.Bytes{f.u}}}}
	nt.anchors.hashes[0], nt.anchors.hashes[1], nt.anchors.hashes[2], nt.anchors.hashes[3], nt.anchors.hashes[4] = start, f.b[1], f.b[2], f.b[3], f.x
	nt.anchors.confirm(an)
	_, res := nt.round(slotTime(9), nt.sealWith(9, 5, f.x, nil, nt.apps[0].Meta().TipHash, &an, false))
	require.Zero(t, res[0].Code, res[0].Log)
	f.z = nt.apps[0].Meta().TipHash
	nt.round(slotTime(9).Add(time.Second))
	for i, a := range nt.apps {
		m := a.Meta()
		require.Equal(t, uint64(4), m.AnchorNumber, "app %d", i)
		require.Equal(t, f.x, m.AnchorHash, "app %d", i)
		r, err := a.Tx(TxHash(f.u))
		require.NoError(t, err)
		require.Equal(t, TxPending, r.State, "app %d: u is in L1's x", i)
	}
	return f
}

// unassureX is L1 losing x: a prune back to the proven block 3 (x's epoch ran out of proof
// window) or an L1 reorg that dropped x's propose.
func (f *anchoredOnX) unassureX() {
	delete(f.nt.anchors.ok, anchorID{4, f.x, 7})
	delete(f.nt.anchors.hashes, 4)
}

// lostX is L1 losing x (unassureX) back to the chain's own block 3, which L1 confirms as its tip,
// in slot 10; it returns that tip.
func (f *anchoredOnX) lostX() Anchor {
	f.unassureX()
	l1Tip := Anchor{Number: 3, Hash: f.b[3], Slot: 6}
	f.nt.anchors.confirm(l1Tip)
	f.nt.now = slotTime(10)
	return l1Tip
}

// proposes reports whether app 0 takes raw into its proposal and every app accepts a block of it.
func (f *anchoredOnX) proposes(t *testing.T, raw []byte) bool {
	nt := f.nt
	prep, err := nt.apps[0].PrepareProposal(context.Background(), &abci.RequestPrepareProposal{
		MaxTxBytes: 1 << 20, Txs: [][]byte{raw}, Height: nt.height + 1, Time: nt.now})
	require.NoError(t, err)
	taken := len(prep.Txs) == 1
	for i, a := range nt.apps {
		pp, err := a.ProcessProposal(context.Background(), &abci.RequestProcessProposal{
			Txs: [][]byte{raw}, Height: nt.height + 1, Time: nt.now, Hash: []byte{0xf0, byte(i)}})
		require.NoError(t, err)
		require.Equal(t, taken, pp.Status == abci.ResponseProcessProposal_ACCEPT, "app %d agrees with the proposer", i)
	}
	return taken
}

// TestAnchorLowersWhenL1LosesTheAnchor (review r17e M2): L1 loses the chain's anchor x, and its
// assured tip goes back to block 3. Before, every seal was refused for ever: one on block 3
// without an anchor ("parent 3 is not on the pending chain": below the anchor), one anchored on
// it ("anchor fork 3 is not above the chain's anchor 4"), and nothing published x again. A seal
// whose anchor L1 confirms now lowers the anchor: block 3 is the chain's own, so it replaces
// nothing; z is orphaned, and u, which the chain recorded in x, is queued again.
func TestAnchorLowersWhenL1LosesTheAnchor(t *testing.T) {
	f := newAnchoredOnX(t)
	nt := f.nt
	l1Tip := f.lostX()
	tip := nt.apps[0].Meta().TipHash

	plain := nt.sealWith(10, 4, f.b[3], nil, tip, nil, false)
	require.False(t, f.proposes(t, plain), "no seal below the anchor without one L1 confirms")
	lower := nt.sealWith(10, 4, f.b[3], nil, tip, &l1Tip, false)
	require.True(t, f.proposes(t, lower), "a seal anchored on L1's tip, below the chain's anchor")

	_, res := nt.round(slotTime(10), lower)
	require.Zero(t, res[0].Code, res[0].Log)
	nb := nt.apps[0].Meta().TipHash
	for i, a := range nt.apps {
		m := a.Meta()
		require.Equal(t, uint64(4), m.TipNumber, "app %d", i)
		require.Equal(t, nb, m.TipHash, "app %d", i)
		require.Equal(t, uint64(3), m.AnchorNumber, "app %d: the anchor went down to L1's tip", i)
		require.Equal(t, f.b[3], m.AnchorHash, "app %d", i)
		for n := uint64(1); n <= 3; n++ {
			b, err := a.BlockByNumber(n)
			require.NoError(t, err, "app %d", i)
			require.Equal(t, f.b[n], b.Hash, "app %d: L1 holds block %d: kept", i, n)
		}
		zb, err := a.BlockByHash(f.z)
		require.NoError(t, err)
		require.True(t, zb.Orphaned, "app %d: z was built on x, which L1 lost", i)
		r, err := a.Tx(TxHash(f.u))
		require.NoError(t, err)
		require.Equal(t, TxQueued, r.State, "app %d: u went with x: queued again", i)
	}
	// The chain goes on, with u.
	nt.round(slotTime(10).Add(time.Second))
	_, res = nt.round(slotTime(11), nt.seal(11, 5, nb, []common.Hash{TxHash(f.u)}))
	require.Zero(t, res[0].Code, res[0].Log)
	require.Equal(t, uint64(5), nt.apps[2].Meta().TipNumber)
}

// TestAnchorLowersOnAnL1Reorg: an L1 reorg drops x and replaces block 3 with 3' (on block 2).
// The seal anchors on 3' with fork 3: block 3 is orphaned too, and blocks 1 and 2 stay.
func TestAnchorLowersOnAnL1Reorg(t *testing.T) {
	f := newAnchoredOnX(t)
	nt := f.nt
	f.unassureX()
	h3 := protocol.Header{Number: 3, Slot: 8, ParentHash: f.b[2], TxsHash: protocol.CalldataTxsHash(EncodeTxsData(nil))}
	l1Tip := Anchor{Number: 3, Hash: protocol.HeaderHash(h3), Slot: 8}
	nt.anchors.hashes[3] = l1Tip.Hash
	nt.anchors.confirm(l1Tip)
	nt.now = slotTime(10)
	txs, res := nt.round(slotTime(10), nt.sealWith(10, 4, l1Tip.Hash, nil, nt.apps[0].Meta().TipHash, &l1Tip, false))
	require.Len(t, txs, 1, "the seal is proposed")
	require.Zero(t, res[0].Code, res[0].Log)
	for i, a := range nt.apps {
		m := a.Meta()
		require.Equal(t, uint64(4), m.TipNumber, "app %d", i)
		require.Equal(t, l1Tip.Hash, m.AnchorHash, "app %d", i)
		b3, err := a.BlockByHash(f.b[3])
		require.NoError(t, err)
		require.True(t, b3.Orphaned, "app %d: L1 replaced block 3", i)
		b2, err := a.BlockByNumber(2)
		require.NoError(t, err)
		require.Equal(t, f.b[2], b2.Hash, "app %d", i)
		r, err := a.Tx(TxHash(f.u))
		require.NoError(t, err)
		require.Equal(t, TxQueued, r.State, "app %d", i)
	}
}

// TestAnchorCannotBeLoweredBelowWhatL1Holds: what a byzantine proposer could try with a seal that
// lowers the anchor, each refused by every member:
//   - while L1 still holds x, an anchor on block 3 (the chain's own): L1's tip is x, not 3;
//   - once L1 is back at 3, an anchor on 3 that names fork 2, to orphan block 2, which L1 holds:
//     execution refuses it (the chain's own block replaces nothing), and so does the fork check;
//   - after an L1 reorg to 3' on block 2, an anchor on 3' with fork 2: L1 holds block 2;
//   - a seal on block 2 without an anchor: below the chain's anchor.
func TestAnchorCannotBeLoweredBelowWhatL1Holds(t *testing.T) {
	f := newAnchoredOnX(t)
	nt := f.nt
	nt.now = slotTime(10)
	tip := nt.apps[0].Meta().TipHash
	own3 := Anchor{Number: 3, Hash: f.b[3], Slot: 6}
	require.False(t, f.proposes(t, nt.sealWith(10, 4, f.b[3], nil, tip, &own3, false)), "L1 holds x: 3 is not its tip")

	f.unassureX()
	nt.anchors.confirm(own3)
	deep := own3
	deep.Fork = 2
	raw := nt.sealWith(10, 4, f.b[3], nil, tip, &deep, false)
	require.False(t, f.proposes(t, raw), "fork 2 would orphan block 2, which L1 holds")
	v, m := nt.apps[1].scratch()
	_, err := nt.apps[1].execTx(v, &m, raw, time.Time{}, 99)
	require.ErrorContains(t, err, "replaces nothing")
	s, err := decodeSeal(raw, nt.apps[1].Params())
	require.NoError(t, err)
	require.ErrorContains(t, nt.apps[1].checkFork(context.Background(), s.Anchor, nt.anchors.BlockHash), "the chains part above fork 2")

	h3 := protocol.Header{Number: 3, Slot: 8, ParentHash: f.b[2], TxsHash: protocol.CalldataTxsHash(EncodeTxsData(nil))}
	reorg := Anchor{Number: 3, Hash: protocol.HeaderHash(h3), Slot: 8, Fork: 2}
	nt.anchors.hashes[3] = reorg.Hash
	nt.anchors.confirm(reorg)
	require.False(t, f.proposes(t, nt.sealWith(10, 4, reorg.Hash, nil, tip, &reorg, false)), "L1 holds block 2")

	plain := nt.sealWith(10, 3, f.b[2], nil, tip, nil, false)
	require.False(t, f.proposes(t, plain))
	v, m = nt.apps[1].scratch()
	_, err = nt.apps[1].execTx(v, &m, plain, time.Time{}, 99)
	require.ErrorContains(t, err, "is not on the pending chain")
	for i, a := range nt.apps {
		require.Equal(t, f.z, a.Meta().TipHash, "app %d: nothing changed", i)
	}
}
