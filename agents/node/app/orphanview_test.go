package app

import (
	"context"
	"fmt"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

// splitL1 is an L1 view whose head (L1Head) is head, of time headTime, where L1's tip is atHead;
// another read of "latest" (CheckAnchor, or CheckAnchorAt of another block) reaches a lagging
// backend that still answers the fake's tips, as two reads through a load-balanced RPC can.
type splitL1 struct {
	fakeAnchors
	head     L1Block
	headTime uint64
	atHead   Anchor
}

func (l splitL1) L1Head(context.Context) (L1Block, uint64, error) { return l.head, l.headTime, nil }

func (l splitL1) CheckAnchorAt(ctx context.Context, a Anchor, at L1Block) error {
	if at == l.head {
		if !sameTip(a, l.atHead) {
			return fmt.Errorf("%w: at the head L1 assured %d", ErrNotFound, l.atHead.Number)
		}
		return nil
	}
	return l.fakeAnchors.CheckAnchorAt(ctx, a, at)
}

// TestAReSealIsConfirmedAtTheL1HeadItRead (review r38 F2, r39): the head whose time shows the
// orphaned block's slot passed is the block the parent is confirmed at. A member whose head (slot
// 5) holds block 1 as L1's tip must refuse the re-seal orphaning it, though a second read of
// "latest" from a lagging backend would still show the anchor as the tip.
func TestAReSealIsConfirmedAtTheL1HeadItRead(t *testing.T) {
	nt, start := newTwoPending(t)
	nt.now = slotTime(6).Add(500 * time.Millisecond)
	tip := nt.apps[0].Meta().TipHash
	b1, err := nt.apps[0].BlockByNumber(1)
	require.NoError(t, err)
	plain := nt.seal(6, 1, start, nil)
	anchored := nt.sealWith(6, 1, start, nil, tip, &Anchor{Number: 0, Hash: start, Slot: 0, At: &testL1Block}, false)
	for _, a := range nt.apps {
		a.cfg.Anchors = splitL1{fakeAnchors: nt.anchors, head: L1Block{Number: 500, Hash: common.Hash{5}},
			headTime: uint64(slotTime(5).Unix()), atHead: Anchor{Number: 1, Hash: b1.Hash, Slot: 4}}
	}
	for _, c := range []struct {
		name string
		raw  []byte
	}{{"without an anchor", plain}, {"anchored on the chain's anchor", anchored}} {
		for i, st := range nt.processAll(c.raw) {
			require.Equal(t, abci.ResponseProcessProposal_REJECT, st, "%s: member %d: at its head L1 holds block 1", c.name, i)
		}
	}
}

// TestALoweringSealWaitsForAnL1HeadPastTheAnchorsSlot (r39): a seal that lowers the chain's
// anchor x (of slot 7) orphans x itself: its first orphaned slot is the anchor's. An L1 reorg
// can drop x's propose inside slot 7 and L1 take it again in that slot, so a member confirms the
// lower tip only at an L1 head past slot 7.
func TestALoweringSealWaitsForAnL1HeadPastTheAnchorsSlot(t *testing.T) {
	f := newAnchoredOnX(t)
	nt := f.nt
	l1Tip := f.lostX()
	lower := nt.sealWith(10, 4, f.b[3], nil, nt.apps[0].Meta().TipHash, &l1Tip, false)
	nt.viewsAt(slotTime(8).Add(-time.Second)) // an L1 head of x's slot 7
	for i, st := range nt.processAll(lower) {
		require.Equal(t, abci.ResponseProcessProposal_REJECT, st, "member %d: its L1 head is still in x's slot", i)
	}
	nt.viewsAt(slotTime(8))
	for i, st := range nt.processAll(lower) {
		require.Equal(t, abci.ResponseProcessProposal_ACCEPT, st, "member %d: its L1 head is past x's slot", i)
	}
}

// TestAReanchorWaitsOnlyForItsForksSlot (r39 finding 1, liveness): block 1 (slot 4) missed and L1
// took a block x the chain never had at number 1; block 2 of slot 5 was sealed on block 1 a slot
// ahead. During slot 5, at its seal lead, slot 6's proposer re-anchors on x, orphaning blocks 1
// and 2 from the fork. Block 2 cannot land (its parent is not L1's), so a view past block 1's
// slot 4 is enough: the members must not wait for slot 6 (a view past block 2's slot, the
// block at the seal's number), which cost the seal its lead.
func TestAReanchorWaitsOnlyForItsForksSlot(t *testing.T) {
	nt, start := newTwoPending(t)
	x := Anchor{Number: 1, Hash: common.Hash{0x0b, 0xa5}, Slot: 4, At: &testL1Block}
	clear(nt.anchors.ok)
	nt.anchors.confirm(x)
	nt.anchors.hashes[0], nt.anchors.hashes[1] = start, x.Hash
	re := nt.sealWith(6, 2, x.Hash, nil, nt.apps[0].Meta().TipHash, &x, false)
	// In slot 6 (no slot skipped early), a member whose L1 view is still in block 1's slot 4
	// refuses: block 1's propose may be in that slot's last L1 block, past its view.
	nt.now = slotTime(6).Add(500 * time.Millisecond)
	nt.viewsAt(slotTime(5).Add(-time.Second))
	for i, st := range nt.processAll(re) {
		require.Equal(t, abci.ResponseProcessProposal_REJECT, st, "member %d: its L1 view is still in block 1's slot 4", i)
	}
	nt.now = slotTime(6).Add(-time.Second) // slot 6's seal lead, in slot 5
	nt.viewsAt(slotTime(5))
	for i, st := range nt.processAll(re) {
		require.Equal(t, abci.ResponseProcessProposal_ACCEPT, st, "member %d: its L1 view is current (slot 5)", i)
	}
}
