package app

import (
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/stretchr/testify/require"
)

// TestSealCannotOrphanABlockStillInItsSlot (review r17j A): block 6 (slot 9) is the pending tip,
// on L1's assured tip (block 5), and slot 9 is the current one: its propose can still land on
// L1. The proposer of slot 10 seals early (freshness allows a seal up to two slots ahead) on
// block 5, orphaning block 6, without an anchor or anchored on block 5: checkReseal and
// checkAnchor pass it (the parent is L1's assured tip), and every member accepted it (failed
// before the fix); L1 could then assure block 6 and the chain re-anchor on it, a slot and a
// block lost to one byzantine proposer. Now every member refuses it until slot 9 has passed by
// its clock; then the same re-seal (the honest driver's after a missed slot) is accepted.
//
// L1's measured block interval does not shorten the wait (review of b9a6a99, P0): with slot 9's
// last L1 block by the interval (2 s) in without block 6, at slot 10's seal lead, the re-seal is
// still refused. The interval is an estimate: a starved anvil bursts blocks a second apart, and
// block 6's propose, in flight, could land in one more L1 block of slot 9; a member that took
// the re-seal would orphan a block L1 then holds. It waits for the clock to pass slot 9 and for
// an L1 head of slot 10; only skipping a slot nobody took rests on the interval.
func TestSealCannotOrphanABlockStillInItsSlot(t *testing.T) {
	eachReseal(t, func(t *testing.T, f *pendingSix, early []byte) {
		nt := f.nt
		nt.now = slotTime(9) // block 6's slot: its propose can still land on L1
		nt.requireAll(t, abci.ResponseProcessProposal_REJECT, early, "accepts a seal orphaning block 6 while it can still land on L1")
		txs, _ := nt.round(slotTime(9), early)
		require.Empty(t, txs, "the CometBFT proposer leaves it out")
		for i, a := range nt.apps {
			require.Equal(t, f.b[6], a.Meta().TipHash, "app %d", i)
		}
		nt.now = slotTime(10) // slot 9 has passed: block 6 missed it
		nt.requireAll(t, abci.ResponseProcessProposal_ACCEPT, early, "refuses the re-seal after block 6 missed its slot")

		nt.l1Interval(2)
		nt.now = slotTime(9).Add(2500 * time.Millisecond)
		nt.viewsAt(slotTime(9).Add(2 * time.Second))
		nt.requireAll(t, abci.ResponseProcessProposal_REJECT, early, "block 6 may still land in slot 9")
		nt.now = slotTime(10).Add(100 * time.Millisecond)
		nt.requireAll(t, abci.ResponseProcessProposal_REJECT, early, "the clock passed slot 9, its L1 view has not")
		nt.viewsAt(slotTime(10))
		nt.requireAll(t, abci.ResponseProcessProposal_ACCEPT, early, "an L1 block of slot 10 shows block 6 missed")
	})
}

// eachReseal runs fn on a new pendingSix with the re-seal of slot 10 on block 5 (L1's assured
// tip) that orphans block 6, once without an anchor and once anchored on L1's tip.
func eachReseal(t *testing.T, fn func(t *testing.T, f *pendingSix, reseal []byte)) {
	for _, anchored := range []bool{false, true} {
		t.Run(map[bool]string{false: "unanchored", true: "anchored on L1's tip"}[anchored], func(t *testing.T) {
			f := newPendingSix(t)
			var an *Anchor
			if anchored {
				an = &Anchor{Number: 5, Hash: f.b[5], Slot: 8}
			}
			fn(t, f, f.nt.sealWith(10, 6, f.b[5], nil, f.b[6], an, false))
		})
	}
}

// TestAReSealBySpacingStillNeedsL1WithoutTheBlock: at slot 9's last L1 block by the spacing, the
// re-seal is confirmed against that L1 block: if block 6's propose landed in it (L1's assured
// tip is block 6), every member refuses the re-seal. A member that distrusts the spacing (its L1
// broke it, or is anvil: DistrustL1Spacing) refuses it until an L1 block of slot 10, alone:
// the others take it.
func TestAReSealBySpacingStillNeedsL1WithoutTheBlock(t *testing.T) {
	eachReseal(t, func(t *testing.T, f *pendingSix, reseal []byte) {
		nt := f.nt
		nt.spacing(1)
		nt.now = slotTime(10).Add(-1500 * time.Millisecond)
		nt.viewsAt(slotTime(10).Add(-time.Second))
		nt.apps[0].DistrustL1Spacing()
		require.Equal(t, []abci.ResponseProcessProposal_ProposalStatus{abci.ResponseProcessProposal_REJECT,
			abci.ResponseProcessProposal_ACCEPT, abci.ResponseProcessProposal_ACCEPT, abci.ResponseProcessProposal_ACCEPT},
			nt.processAll(reseal), "only the member that distrusts L1's spacing refuses")
		require.Zero(t, nt.apps[0].L1Spacing())

		delete(nt.anchors.ok, anchorID{5, f.b[5], 8})
		nt.anchors.confirm(Anchor{Number: 6, Hash: f.b[6], Slot: 9}) // block 6 landed in slot 9's last L1 block
		nt.requireAll(t, abci.ResponseProcessProposal_REJECT, reseal, "L1 holds block 6: the re-seal would orphan it")
	})
}

// TestAReSealBySpacingWaitsForTheSlotByTheClock: where the spacing is as long as a slot (12 s
// slots of one Ethereum block each), every L1 block of slot 9 is its last, and a member whose
// L1 view holds one without block 6 would take the re-seal. While its clock is still in slot 8
// (its view runs ahead of its clock) it refuses: the spacing judges slot 9's last L1 block only
// once the clock is in slot 9 (inLastL1Block); from then on the view decides.
func TestAReSealBySpacingWaitsForTheSlotByTheClock(t *testing.T) {
	eachReseal(t, func(t *testing.T, f *pendingSix, reseal []byte) {
		nt := f.nt
		nt.spacing(slotDur)
		nt.viewsAt(slotTime(9))
		nt.now = slotTime(9).Add(-500 * time.Millisecond)
		nt.requireAll(t, abci.ResponseProcessProposal_REJECT, reseal, "the clock is in slot 8: block 6's slot has not begun")
		nt.now = slotTime(9).Add(500 * time.Millisecond)
		nt.requireAll(t, abci.ResponseProcessProposal_ACCEPT, reseal, "in slot 9 its L1 block is its last by the spacing: block 6 missed")
	})
}

// spacing gives every member of nt a chain whose L1 guarantees sp seconds between its blocks
// (Params.L1BlockSpacing), as its genesis would.
func (nt *net) spacing(sp uint64) {
	for _, a := range nt.apps {
		a.exec.params.L1BlockSpacing = sp
	}
}

// TestAReSealOrphansAtTheSlotsLastL1BlockBySpacing: block 6 of slot 9 missed L1 and the re-seal
// of slot 10 orphans it. Without an L1 that guarantees a spacing between its blocks, that waits
// for an L1 block of slot 10 (above). On one that guarantees a second (geth: a header's time is
// after its parent's, in whole seconds), an L1 block at slot 9's last second is its last, and a
// member whose view holds it takes the re-seal a second before slot 10: block 6 can no longer
// land. A head a second earlier may still be followed by a block of slot 9, and is refused;
// so is a clock that says slot 9's last second cannot have come, whatever the view says. The
// measured interval plays no part: it is an estimate. The CometBFT proposer, whose own view
// holds that block, puts the re-seal in its proposal.
func TestAReSealOrphansAtTheSlotsLastL1BlockBySpacing(t *testing.T) {
	eachReseal(t, func(t *testing.T, f *pendingSix, reseal []byte) {
		nt := f.nt
		last := slotTime(10).Add(-time.Second) // slot 9's last second
		nt.l1Interval(4)                       // a measure that would call any head of slot 9 its last

		nt.spacing(1)
		nt.now = last.Add(-500 * time.Millisecond)
		nt.viewsAt(last.Add(-time.Second))
		nt.requireAll(t, abci.ResponseProcessProposal_REJECT, reseal, "an L1 block may still follow its head in slot 9, and block 6 land in it")
		nt.now = slotTime(9).Add(1500 * time.Millisecond)
		nt.viewsAt(last)
		nt.requireAll(t, abci.ResponseProcessProposal_REJECT, reseal, "the clock says slot 9's last second has not come (a second of skew allowed)")

		nt.now = last.Add(-500 * time.Millisecond)
		nt.spacing(0)
		nt.requireAll(t, abci.ResponseProcessProposal_REJECT, reseal, "without a spacing L1 guarantees, slot 9 is over only at an L1 block of slot 10")
		nt.now = slotTime(10).Add(-100 * time.Millisecond)
		nt.viewsAt(slotTime(10))
		nt.requireAll(t, abci.ResponseProcessProposal_REJECT, reseal, "without a spacing, the clock must have passed slot 9 too, whatever the view")
		nt.now = last.Add(-500 * time.Millisecond)
		nt.viewsAt(last)
		nt.spacing(1)
		nt.requireAll(t, abci.ResponseProcessProposal_ACCEPT, reseal, "its L1 head is slot 9's last block by L1's spacing: block 6 missed")

		txs, res := nt.round(nt.now, reseal)
		require.Len(t, txs, 1, "the CometBFT proposer takes the re-seal")
		require.Zero(t, res[0].Code, res[0].Log)
		for i, a := range nt.apps {
			m := a.Meta()
			require.Equal(t, uint64(10), m.TipSlot, "app %d", i)
			require.Equal(t, uint64(6), m.TipNumber, "app %d", i)
			require.NotEqual(t, f.b[6], m.TipHash, "app %d: block 6 is orphaned", i)
		}
	})
}
