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
	split := func(atHead Anchor) {
		for _, a := range nt.apps {
			a.cfg.Anchors = splitL1{fakeAnchors: nt.anchors, head: L1Block{Number: 500, Hash: common.Hash{5}},
				headTime: uint64(slotTime(5).Unix()), atHead: atHead}
		}
	}
	for _, c := range []struct {
		name string
		raw  []byte
	}{{"without an anchor", plain}, {"anchored on the chain's anchor", anchored}} {
		split(Anchor{Number: 1, Hash: b1.Hash, Slot: 4})
		nt.requireAll(t, abci.ResponseProcessProposal_REJECT, c.raw, "%s: at its head L1 holds block 1", c.name)
		split(Anchor{Number: 0, Hash: start, Slot: 0})
		nt.requireAll(t, abci.ResponseProcessProposal_ACCEPT, c.raw, "%s: at its head the anchor is L1's tip", c.name)
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
	nt.requireAll(t, abci.ResponseProcessProposal_REJECT, lower, "its L1 head is still in x's slot")
	nt.viewsAt(slotTime(8))
	nt.requireAll(t, abci.ResponseProcessProposal_ACCEPT, lower, "its L1 head is past x's slot")
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
	nt.requireAll(t, abci.ResponseProcessProposal_REJECT, re, "its L1 view is still in block 1's slot 4")
	nt.now = slotTime(6).Add(-time.Second) // slot 6's seal lead, in slot 5
	nt.viewsAt(slotTime(5))
	nt.requireAll(t, abci.ResponseProcessProposal_ACCEPT, re, "its L1 view is current (slot 5)")
}

// TestAReanchorAboveTheTipWaitsForTheOrphanedBlocksSlot (review r40): blocks 1-3 are L1's;
// block 4 x (slot 7) missed and was orphaned by 4' on 3 (slot 8); then L1 assured x after all.
// In slot 9 the seal of block 5 re-anchors on x: its number is above the tip (4'), but its
// execution orphans 4' (from x's number). 4' could still land in slot 8 (its propose pruning x
// back to the proven block 3), so a member whose L1 head is still of slot 8 must refuse.
// Before 06a0f8c (or with checkAnchor's condition reverted to s.Number <= m.TipNumber) it
// accepted: this pins "a re-anchor whose number is above the tip but whose fork is below it".
func TestAReanchorAboveTheTipWaitsForTheOrphanedBlocksSlot(t *testing.T) {
	nt, an := newXAssuredAfterAll(t)
	an.At = &testL1Block
	x := an.Hash
	re := nt.sealWith(9, 5, x, nil, nt.apps[0].Meta().TipHash, &an, false)
	nt.now = slotTime(9).Add(500 * time.Millisecond)
	nt.viewsAt(slotTime(9).Add(-time.Second)) // an L1 head of 4''s slot 8
	nt.requireAll(t, abci.ResponseProcessProposal_REJECT, re, "its L1 head is still in slot 8, where 4' can land")
	nt.viewsAt(slotTime(9))
	nt.requireAll(t, abci.ResponseProcessProposal_ACCEPT, re, "its L1 head is past slot 8")
}

// TestAReanchorAboveTheTipMayComeAtItsLead (review r40, liveness): the chain has block 1 of
// slot 5 and block 2 of slot 7; L1 took based blocks x1 (number 1, slot 4) and x2 (number 2,
// slot 6) instead. During slot 7, at its seal lead, slot 8's proposer re-anchors on x2 with
// fork 1: execution orphans blocks 1 and 2 (sealFrom 1). Block 2 of slot 7 cannot land (its
// parent is not L1's), so slot 7 is taken; a member whose L1 view is current (slot 7) should
// accept, as TestAReanchorWaitsOnlyForItsForksSlot accepts a re-anchor at or below the tip.
// checkSkipsNoOpenSlot's orphanedSlots read the seal's number (3, above the tip), not
// execution's sealFrom, found no slot taken, and refused until slot 8.
func TestAReanchorAboveTheTipMayComeAtItsLead(t *testing.T) {
	nt := newNet(t, 4)
	start := crypto.Keccak256Hash([]byte("L1 block 0"))
	nt.round(slotTime(3))
	nt.round(slotTime(5), nt.seal(5, 1, start, nil))
	b1 := nt.apps[0].Meta().TipHash
	nt.round(slotTime(7), nt.seal(7, 2, b1, nil))
	require.Equal(t, uint64(2), nt.apps[0].Meta().TipNumber)
	x1 := common.Hash{0x0b, 0xa5, 1}
	x2 := Anchor{Number: 2, Hash: common.Hash{0x0b, 0xa5, 2}, Slot: 6, Fork: 1, At: &testL1Block}
	clear(nt.anchors.ok)
	nt.anchors.confirm(x2)
	nt.anchors.hashes[0], nt.anchors.hashes[1], nt.anchors.hashes[2] = start, x1, x2.Hash
	re := nt.sealWith(8, 3, x2.Hash, nil, nt.apps[0].Meta().TipHash, &x2, false)
	nt.now = slotTime(8).Add(-time.Second) // slot 8's seal lead, in slot 7
	nt.viewsAt(slotTime(7))
	nt.requireAll(t, abci.ResponseProcessProposal_ACCEPT, re, "its L1 view is current (slot 7)")
}
