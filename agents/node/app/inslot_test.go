package app

import (
	"testing"

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
		})
	}
}
