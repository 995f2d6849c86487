package app

import (
	"context"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
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
	nt := newNet(t, 4)
	start := crypto.Keccak256Hash([]byte("L1 block 0"))
	nt.round(slotTime(3))
	nt.round(slotTime(4), nt.seal(4, 1, start, nil))
	nt.round(slotTime(4).Add(time.Second))
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
