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
	for _, anchored := range []bool{false, true} {
		t.Run(map[bool]string{false: "unanchored", true: "anchored on L1's tip"}[anchored], func(t *testing.T) {
			f := newPendingSix(t)
			nt := f.nt
			var an *Anchor
			if anchored {
				an = &Anchor{Number: 5, Hash: f.b[5], Slot: 8}
			}
			early := nt.sealWith(10, 6, f.b[5], nil, f.b[6], an, false)
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
}
