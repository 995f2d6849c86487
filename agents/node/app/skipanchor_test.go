package app

import (
	"context"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// TestNextButOneProposerCannotEraseTheNextSlotOnTheAnchor (review r19, the r17l F5 attack
// through checkSkipsNoOpenSlot's default case): block 1 of slot 4, the first on the chain's
// anchor (an L1 block the chain never had as a block), misses L1. During slot 5, before slot
// 5's honest proposer seals on the anchor (its seal lead), the byzantine proposer of slot 6
// seals on the anchor without carrying it (as chooseParent's re-seal does). Its parent is
// neither a block nor the seal's own anchor, so checkSkipsNoOpenSlot returns nil ("the chain's
// first seal") and every member accepts it: the tip's slot becomes 6 and every seal of slot 5
// is then refused, erasing slot 5 and charging its honest proposer with a miss.
func TestNextButOneProposerCannotEraseTheNextSlotOnTheAnchor(t *testing.T) {
	nt, start, _ := newOneSealed(t)
	// L1's assured tip stays the anchor: block 1 missed its slot.
	nt.anchors.confirm(Anchor{Number: 0, Hash: start, Slot: 0})
	nt.now = slotTime(5).Add(500 * time.Millisecond) // slot 5 is open
	early := nt.seal(6, 1, start, nil)
	st := nt.processAll(early)
	if st[0] != abci.ResponseProcessProposal_ACCEPT {
		return
	}
	_, res := nt.round(nt.now, early)
	require.Len(t, res, 1)
	require.Zero(t, res[0].Code, res[0].Log)
	honest := nt.seal(5, 1, start, nil)
	r, err := nt.apps[1].CheckTx(context.Background(), &abci.RequestCheckTx{Tx: honest})
	require.NoError(t, err)
	t.Fatalf("a seal of slot 6 skipping the open slot 5 was accepted and executed during slot 5 (tip slot %d); slot 5's honest seal is refused: code %d %q",
		nt.apps[0].Meta().TipSlot, r.Code, r.Log)
}

// TestAReSealMayComeBeforeItsSlotOnceTheSkippedSlotIsTaken (issue 16): block 1 of slot 4 misses
// L1; slot 5's proposer had sealed block 2 on it (a slot ahead, as the driver does), so block 2
// cannot land either. During slot 5, the proposer of slot 6 re-seals on L1's assured tip,
// skipping slots 4 (passed) and 5 (open, but its proposer has sealed, and its block is the one
// this seal orphans). It used to be left out of every proposal until slot 6 began, which left it
// less than half a slot to be committed and published: under load it missed too, and the chain
// missed slot after slot re-sealing. The seal is taken during slot 5 now; a seal that skips an
// open slot nobody has sealed is still refused (the test above).
func TestAReSealMayComeBeforeItsSlotOnceTheSkippedSlotIsTaken(t *testing.T) {
	nt, start := newTwoPending(t)
	// Block 1 missed slot 4: L1's assured tip is still the anchor.
	nt.now = slotTime(5).Add(500 * time.Millisecond)
	reseal := nt.seal(6, 1, start, nil)
	// While a member's L1 view is still at an L1 block of slot 4, it does not know that block 1
	// missed (its propose may be in slot 4's last L1 block, not imported yet): it refuses, or a
	// byzantine proposer of slot 6 could orphan block 1 that L1 holds and block 2 that could
	// land in its open slot (review r37 F1).
	viewAt := nt.viewsAt
	viewAt(slotTime(5).Add(-time.Second))
	nt.requireAll(t, abci.ResponseProcessProposal_REJECT, reseal, "its L1 view in slot 4")
	viewAt(slotTime(5))
	nt.requireAll(t, abci.ResponseProcessProposal_ACCEPT, reseal, "")
	_, res := nt.round(nt.now, reseal)
	for _, r := range res {
		require.Zero(t, r.Code, r.Log)
	}
	m := nt.apps[0].Meta()
	require.Equal(t, uint64(6), m.TipSlot)
	require.Equal(t, uint64(1), m.TipNumber)

	// Skipping an open slot that holds no block is still refused: during slot 6, a seal of slot
	// 8 on the new block 1 (slot 6) skips the open slot 7, which nobody has sealed.
	b1r := m.TipHash
	nt.now = slotTime(6).Add(500 * time.Millisecond)
	nt.requireAll(t, abci.ResponseProcessProposal_REJECT, nt.seal(8, 2, b1r, nil), "")
}

// viewsAt gives every member an L1 view (the net's fakeAnchors) whose head is an L1 block of time
// t rather than of the test's clock.
func (nt *net) viewsAt(t time.Time) {
	view := nt.anchors
	view.now = &t
	for _, a := range nt.apps {
		a.cfg.Anchors = view
	}
}

// newTwoPending is a chain with block 1 of slot 4 on its anchor (L1 block 0) and block 2 of
// slot 5 on it, sealed a slot ahead, and an L1 (as members see it) whose assured tip is still
// the anchor. It returns the anchor's hash.
func newTwoPending(t *testing.T) (*net, common.Hash) {
	nt := newNet(t, 4)
	start := crypto.Keccak256Hash([]byte("L1 block 0"))
	nt.round(slotTime(3))
	nt.round(slotTime(4), nt.seal(4, 1, start, nil))
	b1 := nt.apps[0].Meta().TipHash
	nt.round(slotTime(4).Add(500*time.Millisecond), nt.seal(5, 2, b1, nil))
	require.Equal(t, uint64(5), nt.apps[0].Meta().TipSlot)
	nt.anchors.confirm(Anchor{Number: 0, Hash: start, Slot: 0})
	return nt, start
}

// TestAReSealInItsOwnSlotNeedsTheL1ViewPastTheOrphanedSlot (review r38 F1): block 1 of slot 4
// and block 2 of slot 5 on it are pending; block 1's propose landed in slot 4's last L1 block.
// In slot 6, the byzantine proposer of slot 6 re-seals on the chain's anchor, orphaning both.
// The clock says slot 4 has passed (checkStillInSlot passes), and a member whose L1 view is stuck
// at an L1 block of slot 4 (one stalled, shared provider) still sees the anchor as L1's assured
// tip. Before the fix, such members confirmed the re-seal, with or without an anchor, against
// that view and orphaned block 1, which L1 holds. A member now confirms the parent (or the
// anchor) only at an L1 head of a slot after the first orphaned block's, and at that very head.
func TestAReSealInItsOwnSlotNeedsTheL1ViewPastTheOrphanedSlot(t *testing.T) {
	// The stale views see the anchor as L1's assured tip: block 1's propose is past their head.
	nt, start := newTwoPending(t)
	nt.now = slotTime(6).Add(500 * time.Millisecond)
	tip := nt.apps[0].Meta().TipHash
	plain := nt.seal(6, 1, start, nil)
	anchored := nt.sealWith(6, 1, start, nil, tip, &Anchor{Number: 0, Hash: start, Slot: 0, At: &testL1Block}, false)
	viewAt := nt.viewsAt
	for _, c := range []struct {
		name string
		raw  []byte
	}{{"without an anchor", plain}, {"anchored on the chain's anchor", anchored}} {
		viewAt(slotTime(5).Add(-time.Second))
		nt.requireAll(t, abci.ResponseProcessProposal_REJECT, c.raw, "%s: its L1 view in slot 4", c.name)
		// A view in slot 5 shows that block 1 missed slot 4; block 2 cannot land without it.
		viewAt(slotTime(5))
		nt.requireAll(t, abci.ResponseProcessProposal_ACCEPT, c.raw, "%s: its L1 view in slot 5", c.name)
	}
}
