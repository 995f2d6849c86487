package app

import (
	"context"
	"fmt"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// pendingSix is a chain of four members with blocks 1-6 on L1's block 0 (slots 4-9), each
// attested; L1 has assured blocks 1-5 and block 6 missed its slot (the current one is 10).
type pendingSix struct {
	nt    *net
	start common.Hash
	b     [7]common.Hash // b[1..6]
}

func newPendingSix(t *testing.T) *pendingSix {
	f := &pendingSix{nt: newNet(t, 4), start: crypto.Keccak256Hash([]byte("L1 block 0"))}
	nt := f.nt
	nt.round(slotTime(3))
	parent := f.start
	for n := uint64(1); n <= 6; n++ {
		slot := 3 + n
		_, res := nt.round(slotTime(slot), nt.seal(slot, n, parent, nil))
		require.Zero(t, res[0].Code, res[0].Log)
		parent = nt.apps[0].Meta().TipHash
		f.b[n] = parent
		nt.round(slotTime(slot).Add(time.Second))
	}
	for n := uint64(1); n <= 5; n++ {
		nt.anchors.hashes[n] = f.b[n]
	}
	nt.anchors.hashes[0] = f.start
	nt.anchors.confirm(Anchor{Number: 5, Hash: f.b[5], Slot: 8}) // L1's assured tip: block 5 of slot 8
	nt.now = slotTime(10)
	return f
}

// processAll runs ProcessProposal of a block holding txs on every member and returns their
// verdicts.
func (nt *net) processAll(txs ...[]byte) []abci.ResponseProcessProposal_ProposalStatus {
	var out []abci.ResponseProcessProposal_ProposalStatus
	for i, a := range nt.apps {
		pp, err := a.ProcessProposal(context.Background(), &abci.RequestProcessProposal{
			Txs: txs, Height: nt.height + 1, Time: nt.now, Hash: []byte{0xee, byte(i)}})
		require.NoError(nt.t, err)
		out = append(out, pp.Status)
	}
	return out
}

// requireAll fails t unless every member's ProcessProposal answers want to a block of raw; why
// (a format, with args) says what the answer means, and each failure names the member.
func (nt *net) requireAll(t *testing.T, want abci.ResponseProcessProposal_ProposalStatus, raw []byte, why string, args ...any) {
	t.Helper()
	for i, st := range nt.processAll(raw) {
		require.Equal(t, want, st, "member %d: %s", i, fmt.Sprintf(why, args...))
	}
}

// TestSealCannotOrphanL1AssuredBlocksWithoutAnAnchor (review r17f H1): the proposer of slot 10
// seals without an anchor on block 1, an old canonical block that is not L1's assured tip,
// naming the pending tip 6. Execution takes any canonical parent at or above the anchor, and
// the proposal steps checked L1 only for a seal with an anchor: every member accepted it, and
// blocks 2-6, of which L1 had assured 2-5, were orphaned (failed before the fix). Now every
// member refuses it, the honest proposer leaves it out, and the chain keeps blocks 1-6.
func TestSealCannotOrphanL1AssuredBlocksWithoutAnAnchor(t *testing.T) {
	f := newPendingSix(t)
	nt := f.nt
	evil := nt.seal(10, 2, f.b[1], nil) // parent block 1, tip named: block 6
	require.NoError(t, nt.apps[0].ExecutesOnTip(evil), "execution alone takes it (it cannot read L1)")
	nt.requireAll(t, abci.ResponseProcessProposal_REJECT, evil, "accepts a seal orphaning L1-assured blocks")
	txs, _ := nt.round(slotTime(10), evil)
	require.Empty(t, txs, "the proposer leaves the seal out")
	for i, a := range nt.apps {
		m := a.Meta()
		require.Equal(t, uint64(6), m.TipNumber, "app %d", i)
		require.Equal(t, f.b[6], m.TipHash, "app %d", i)
		for n := uint64(2); n <= 5; n++ {
			b, err := a.BlockByHash(f.b[n])
			require.NoError(t, err)
			require.False(t, b.Orphaned, "app %d: block %d, assured on L1, orphaned", i, n)
		}
	}
	// Any parent below L1's assured tip is refused, and so is one L1 holds but is not its tip.
	for _, n := range []uint64{2, 3, 4} {
		nt.requireAll(t, abci.ResponseProcessProposal_REJECT, nt.seal(10, n+1, f.b[n], nil), "parent %d", n)
	}
	nt.requireAll(t, abci.ResponseProcessProposal_REJECT, nt.seal(10, 1, f.start, nil), "parent the anchor, L1 block 0")
}

// TestResealAfterAMissedSlotIsAccepted: the honest driver's seal after block 6 missed its slot
// (chooseParent: on the pending block L1 assured last, block 5, without an anchor) is accepted
// by every member and orphans block 6 only; the same while L1 prunes back to its proven tip
// (block 4, which CheckAnchor confirms while canPrune holds).
func TestResealAfterAMissedSlotIsAccepted(t *testing.T) {
	f := newPendingSix(t)
	nt := f.nt
	reseal := nt.seal(10, 6, f.b[5], nil)
	nt.requireAll(t, abci.ResponseProcessProposal_ACCEPT, reseal, "")
	txs, res := nt.round(slotTime(10), reseal)
	require.Len(t, txs, 1)
	require.Zero(t, res[0].Code, res[0].Log)
	for i, a := range nt.apps {
		m := a.Meta()
		require.Equal(t, uint64(6), m.TipNumber, "app %d", i)
		require.NotEqual(t, f.b[6], m.TipHash, "app %d", i)
		b6, err := a.BlockByHash(f.b[6])
		require.NoError(t, err)
		require.True(t, b6.Orphaned, "app %d", i)
		b5, err := a.BlockByHash(f.b[5])
		require.NoError(t, err)
		require.False(t, b5.Orphaned, "app %d", i)
	}

	// L1's proven tip (block 4 of slot 7) is the chain the next propose extends: a re-seal on
	// it, as the driver builds when canPrune holds, is accepted.
	g := newPendingSix(t)
	clear(g.nt.anchors.ok)
	g.nt.anchors.confirm(Anchor{Number: 4, Hash: g.b[4], Slot: 7})
	for i, st := range g.nt.processAll(g.nt.seal(10, 5, g.b[4], nil)) {
		require.Equal(t, abci.ResponseProcessProposal_ACCEPT, st, "app %d: re-seal on the proven tip", i)
	}
}

// TestResealOnTheAnchorIsAccepted: block 1, the first on the chain's anchor (L1's block 0),
// misses its slot; the next proposer seals on the anchor without carrying it (chooseParent:
// L1's assured tip is the anchor). Every member accepts it while L1's assured tip is the anchor
// and refuses it once L1 has assured block 1.
func TestResealOnTheAnchorIsAccepted(t *testing.T) {
	nt, start, b1 := newOneSealed(t)
	nt.now = slotTime(6)
	reseal := nt.seal(6, 1, start, nil)
	nt.anchors.confirm(Anchor{Number: 1, Hash: b1, Slot: 4})
	nt.requireAll(t, abci.ResponseProcessProposal_REJECT, reseal, "L1 assured block 1")
	clear(nt.anchors.ok)
	nt.anchors.confirm(Anchor{Number: 0, Hash: start, Slot: 0})
	nt.requireAll(t, abci.ResponseProcessProposal_ACCEPT, reseal, "")
	_, res := nt.round(slotTime(6), reseal)
	require.Zero(t, res[0].Code, res[0].Log)
	b, err := nt.apps[2].BlockByHash(b1)
	require.NoError(t, err)
	require.True(t, b.Orphaned)
}

// TestSealOrphansFewerThanTheRingHolds (reviews r17f H1, r17j B): what a seal orphans above
// its parent is bounded deterministically, in execution and admission, by what L1 can drop above
// its proven tip (MaxOrphaned: the rollup's ring, 81 blocks for these 8-slot epochs, and
// MaxReplacedBlocks more). On a chain of MaxOrphaned blocks L1 assured during a prover outage
// (proven tip block 1), a seal on the anchor (orphaning all of them) is refused whatever L1 says.
// The honest seals after the prune back to block 1 execute: the re-anchoring on a based block on
// the proven tip (orphaning all but block 1, counted from its anchor, block 2), and the re-seal
// on the proven tip itself. With a fixed bound of 256 both were refused and the chain halted for
// good (failed before: the rollup allows epochs of up to 256 slots and proof windows of up to 8
// epochs, more than 256 blocks above the proven tip).
func TestSealOrphansFewerThanTheRingHolds(t *testing.T) {
	nt := newNet(t, 1)
	bound := MaxOrphaned(perEp)
	require.Greater(t, bound, uint64(MaxReplacedBlocks))
	start := crypto.Keccak256Hash([]byte("L1 block 0"))
	last := 3 + bound + 4
	for e := uint64(2); e <= last/perEp+1; e++ {
		nt.l1[e] = &Committee{Epoch: e, Seed: crypto.Keccak256Hash([]byte{byte(e), byte(e >> 8)}), Members: nt.l1[0].Members}
	}
	nt.round(slotTime(3))
	parent := start
	var b1 common.Hash
	for n := uint64(1); n <= bound; n++ {
		_, res := nt.round(slotTime(3+n), nt.seal(3+n, n, parent, nil))
		require.Zero(t, res[len(res)-1].Code, res[len(res)-1].Log)
		parent = nt.apps[0].Meta().TipHash
		if n == 1 {
			b1 = parent
		}
	}
	a := nt.apps[0]
	require.Equal(t, bound, a.Meta().TipNumber)
	slot := 3 + bound + 1
	nt.now = slotTime(slot)
	nt.anchors.confirm(Anchor{Number: 0, Hash: start})
	all := nt.seal(slot, 1, start, nil)
	require.ErrorContains(t, a.ExecutesOnTip(all), fmt.Sprintf("would orphan the %d pending blocks 1-%d", bound, bound))
	res, err := a.CheckTx(context.Background(), &abci.RequestCheckTx{Tx: all})
	require.NoError(t, err)
	require.NotZero(t, res.Code, "admission refuses it too")
	require.Equal(t, abci.ResponseProcessProposal_REJECT, nt.processAll(all)[0])

	// The based fallback put block 2 on the proven tip: the re-anchoring on it executes.
	based := Anchor{Number: 2, Hash: crypto.Keccak256Hash([]byte("based block 2")), Slot: slot}
	nt.anchors.confirm(based)
	reanchor := nt.sealWith(slot+1, 3, based.Hash, nil, a.Meta().TipHash, &based, false)
	require.NoError(t, a.ExecutesOnTip(reanchor), "the re-anchoring on the based block on the proven tip")

	// The prune re-seal on the proven tip (CheckAnchor confirms it while canPrune holds).
	nt.anchors.confirm(Anchor{Number: 1, Hash: b1, Slot: 4})
	prune := nt.seal(slot, 2, b1, nil)
	require.NoError(t, a.ExecutesOnTip(prune), "the prune re-seal on the proven tip")
	_, results := nt.round(slotTime(slot), prune)
	require.Zero(t, results[0].Code, results[0].Log)
	m := a.Meta()
	require.Equal(t, uint64(2), m.TipNumber)
	b, err := a.BlockByHash(parent)
	require.NoError(t, err)
	require.True(t, b.Orphaned, "block %d orphaned", bound)
}

// TestResealAfterABasedFallbackIsAccepted: the chain re-anchors on a based block (L1's block 2,
// slot 12) with block 3; that block misses its slot, and the next proposer seals on the anchor
// without carrying it again (chooseParent: L1's assured tip is the chain's anchor). Every member
// accepts it (the anchor's slot comes from the chain's meta); while L1 has assured block 3
// instead, every member refuses it.
func TestResealAfterABasedFallbackIsAccepted(t *testing.T) {
	nt, start, b1 := newOneSealed(t)
	nt.round(slotTime(5), nt.seal(5, 2, b1, nil))
	nt.round(slotTime(5).Add(time.Second))

	based := Anchor{Number: 2, Hash: crypto.Keccak256Hash([]byte("based block")), Slot: 12}
	nt.anchors.confirm(based)
	nt.anchors.hashes[0], nt.anchors.hashes[1], nt.anchors.hashes[2] = start, b1, based.Hash
	_, res := nt.round(slotTime(13), nt.sealWith(13, 3, based.Hash, nil, nt.apps[0].Meta().TipHash, &based, false))
	require.Zero(t, res[0].Code, res[0].Log)
	b3 := nt.apps[0].Meta().TipHash
	nt.round(slotTime(13).Add(time.Second))
	require.Equal(t, based.Hash, nt.apps[1].Meta().AnchorHash)

	nt.now = slotTime(15)
	reseal := nt.seal(15, 3, based.Hash, nil)
	clear(nt.anchors.ok)
	nt.anchors.confirm(Anchor{Number: 3, Hash: b3, Slot: 13})
	nt.requireAll(t, abci.ResponseProcessProposal_REJECT, reseal, "L1 assured block 3")
	clear(nt.anchors.ok)
	nt.anchors.confirm(based)
	nt.requireAll(t, abci.ResponseProcessProposal_ACCEPT, reseal, "")
	txs, res := nt.round(slotTime(15), reseal)
	require.Len(t, txs, 1)
	require.Zero(t, res[0].Code, res[0].Log)
	for i, a := range nt.apps {
		m := a.Meta()
		require.Equal(t, uint64(3), m.TipNumber, "app %d", i)
		require.NotEqual(t, b3, m.TipHash, "app %d", i)
		require.Equal(t, based.Hash, m.AnchorHash, "app %d", i)
	}
}
