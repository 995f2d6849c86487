package app

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// checkStillInSlot refuses a seal (one that executed, m being the meta before it) that orphans
// a pending block building on the same parent while that block's slot has not passed by this
// node's clock (review r17j A), unless this node's L1 view shows that slot over (slotOverAt: its
// head is the slot's last L1 block or later). Such a block is on L1's assured tip and its
// propose can still land on L1 in its slot; checkReseal and checkAnchor pass the seal (its
// parent is L1's assured tip), so without this the proposer of the next slot, sealing early
// (freshness allows up to two slots ahead), could orphan it, with or without an anchor. Once the
// slot's last L1 block is in and does not hold the propose, nothing of the slot can land, and
// the next slot's proposer re-seals at its lead instead of losing the half of its slot the clock
// would take (the driver's chooseParent; CI at 91fcd63 missed slot after slot with a member of
// four down, each seal committed too late in its slot). checkReseal and checkAnchor then confirm
// the parent or anchor as L1's tip at a head past that slot too. The honest driver never builds
// such a seal earlier: it builds on a tip in the current slot whose parent L1 assured. Only the
// first orphaned block can be such a block; a re-anchoring seal on a block the chain never had
// orphans blocks that do not build on its parent, which L1 replaced. A clock and L1 check, so
// only the proposal steps make it; execution never reads either.
func (a *App) checkStillInSlot(ctx context.Context, v *view, m *Meta, s *Seal, now time.Time) error {
	if !orphans(m, s.Number) {
		return nil
	}
	h, ok, err := v.canonical(s.Number)
	if err != nil || !ok {
		return err
	}
	b, err := v.block(h)
	if err != nil || b == nil {
		return err
	}
	cur := a.SlotAt(now)
	if b.Header.ParentHash != s.Parent || b.Header.Slot < cur {
		return nil
	}
	why := "the current slot"
	if b.Header.Slot == cur {
		cctx, cancel := context.WithTimeout(ctx, l1ReadTimeout)
		defer cancel()
		_, err := a.l1ViewPast(cctx, cur)
		if err == nil {
			return nil
		}
		why = err.Error()
	}
	return sealErr("it orphans block %d of slot %d on the same parent while that slot has not passed (the current slot is %d; L1 view: %s): its propose can still land on L1",
		s.Number, b.Header.Slot, cur, why)
}

// checkSkipsNoOpenSlot refuses a seal that skips a slot (its slot is more than one after its
// parent's) before the last slot it skips is over (review r17l F5): passed by this node's clock,
// or over by its L1 view (slotOverAt: the view's head is that slot's last L1 block or later, so
// nothing of the slot can land any more), unless each skipped slot that is not over holds a
// block this seal orphans (its proposer has sealed: a re-seal after a missed block, below).
// Freshness admits seals up to two slots ahead, so without this the proposer of slot S+2 could
// seal on S's block during slot S, before S+1's proposer sealed (it seals node.seal-lead ahead
// of its slot): the tip's slot would become S+2 and every seal of S+1 be refused, erasing that
// slot and charging its honest proposer with a miss. Once L1 has made S+1's last block, a
// proposer of S+1 (stopped, or late) could no longer land a block of S+1 anyway, and the seal
// of S+2 need not wait for the clock: waiting left it under half a slot to be committed and
// published, and with one member of four stopped the slot after each of its turns missed, and
// under CI's load the misses chained (CI at 91fcd63). A seal that skips nothing may still come
// early, and so may one whose skipped open slots are all taken. The parent's slot is its
// block's, or the anchor's when the seal re-anchors on an L1 block the chain never had, or the
// chain's anchor's (a re-seal on it). The blocks the seal orphans are those its execution
// orphans, from sealFrom (the fork, for a re-anchoring, whose number may be above the tip). A
// clock and L1 check: the proposal steps only.
func (a *App) checkSkipsNoOpenSlot(ctx context.Context, v *view, m *Meta, s *Seal, sealFrom uint64, now time.Time) error {
	var parentSlot uint64
	switch b, err := v.block(s.Parent); {
	case err != nil:
		return err
	case b != nil:
		parentSlot = b.Header.Slot
	case s.Anchor != nil && s.Anchor.Hash == s.Parent:
		parentSlot = s.Anchor.Slot
	case m.Started && s.Parent == m.AnchorHash:
		// A re-seal on the chain's anchor after the block on it missed L1 (review r19 F2).
		parentSlot = m.AnchorSlot
	default:
		return nil // the chain's first seal, on L1's block: nothing of the chain's is skipped
	}
	cur := a.SlotAt(now)
	if s.Slot <= parentSlot+1 || s.Slot <= cur {
		return nil
	}
	// Each skipped slot that has not passed by the clock must be taken already (its proposer
	// sealed, and the block is one this seal orphans) or be over by this node's L1 view. Taken
	// is a re-seal after a missed block (slot S's block missed L1, S+1's proposer had sealed on
	// it a slot ahead): S+1's block cannot land, since checkReseal and checkAnchor confirm
	// against L1 that the new parent, below it, is L1's assured tip while S is over, and
	// checkStillInSlot refuses the seal while S is open. Waiting for S+2 to begin left the
	// re-seal under half a slot to be committed and published; under load it missed too, and
	// the chain missed slot after slot (issue 16).
	taken, err := orphanedSlots(v, m, sealFrom, max(cur, parentSlot+1))
	if err != nil {
		return err
	}
	// past is the last slot this node's L1 view must show over: the last skipped one nobody
	// took, else the one before the current.
	past, open := cur-1, false
	for k := max(cur, parentSlot+1); k < s.Slot; k++ {
		if !taken[k] {
			past, open = k, true
		}
	}
	if !open && cur == 0 {
		return nil
	}
	// That a slot passed without L1 assuring its block is read from this node's L1 view, which
	// must show that slot over too: the clock may say S is over, but a view whose head is an L1
	// block of S before its last may not show the propose that landed in S's last L1 block,
	// and would let a byzantine proposer of S+2 orphan that block and the one of S+1 that could
	// land in its open slot (review r37 F1). A member whose view lags refuses until it catches
	// up; the driver keeps sending the same seal meanwhile (chooseParent re-seals as soon as
	// the tip's parent is not L1's assured tip, even while its own L1 head is still in S: review
	// r38).
	cctx, cancel := context.WithTimeout(ctx, l1ReadTimeout)
	defer cancel()
	if _, err := a.l1ViewPast(cctx, past); err != nil {
		if open {
			return sealErr("slot %d skips slot %d, which has not passed (the current slot is %d), and this node's L1 view does not show it over: its proposer may still seal and publish: %v",
				s.Slot, past, cur, err)
		}
		return sealErr("slot %d skips slot %d before its slot, and this node's L1 view does not show that slot %d passed: %v",
			s.Slot, s.Slot-1, past, err)
	}
	return nil
}

// L1HeadReader is an AnchorSource that also reads the latest block of this node's L1 view. A
// source without it never lets a seal orphan pending blocks (confirmPastOrphans) or skip an open slot
// (checkSkipsNoOpenSlot): this node could not tell that its L1 view passed the slots concerned.
type L1HeadReader interface {
	// L1Head is the latest L1 block of this node's view, and its time.
	L1Head(ctx context.Context) (L1Block, uint64, error)
}

// l1ViewPast returns this node's L1 head, and fails unless slot is over by it (slotOverAt). The
// caller bounds the read (l1ReadTimeout).
func (a *App) l1ViewPast(ctx context.Context, slot uint64) (L1Block, error) {
	hr, ok := a.cfg.Anchors.(L1HeadReader)
	if !ok {
		return L1Block{}, errors.New("no L1 head to read")
	}
	at, t, err := hr.L1Head(ctx)
	if err != nil {
		return L1Block{}, fmt.Errorf("read L1 head: %w", err)
	}
	if !a.slotOverAt(t, slot) {
		return L1Block{}, fmt.Errorf("its L1 head %d is of slot %d and not that slot's last L1 block", at.Number, a.SlotAt(time.Unix(int64(t), 0)))
	}
	return at, nil
}

// slotOverAt reports whether slot is over for L1 by an L1 block of time t: the block is of a
// later slot, or it is the slot's last (L1Interval: the next L1 block comes in a later slot).
// Either way no propose of slot can land on L1 after that block.
func (a *App) slotOverAt(t, slot uint64) bool {
	if at := a.SlotAt(time.Unix(int64(t), 0)); at != slot || t < a.cfg.GenesisTime {
		return at > slot
	}
	var iv uint64
	if a.cfg.L1Interval != nil {
		iv = a.cfg.L1Interval()
	}
	return iv > 0 && t+iv >= a.cfg.GenesisTime+(slot+1)*a.cfg.SlotDuration
}

// confirmPastOrphans confirms tip (what, the seal's parent or its anchor) as L1's tip for a seal
// (one that executed, m being the meta before it) whose execution orphans pending blocks from
// number from on: at this node's L1 head, which must show the first orphaned block's slot over
// (review r38 F1: an L1 block of a later slot, or the slot's last L1 block, slotOverAt), and in
// that very head's state (F2: not a second read of "latest"). A block of slot S lands only in
// an L1 block of slot S, and each orphaned block needs the one before it: so a view past the
// first one's slot that shows tip as L1's shows that none of them is on L1 or can still land. A
// view whose head is an L1 block of that slot before its last may lack the propose that lands
// in the slot's last L1 block, and would confirm a tip L1 then builds on: more than two thirds
// of members with such views (one stalled, shared provider) would orphan a block L1 holds.
// checkStillInSlot makes the same demand of the clock, or of a view with the slot's last block;
// this one is of the L1 view the confirmation reads. A member whose view lags refuses until it
// catches up, which for an honest re-seal (made once the slot's last L1 block is in) is the time
// its L1 takes to import that block.
func (a *App) confirmPastOrphans(ctx context.Context, v *view, m *Meta, from uint64, what string, tip Anchor) error {
	slot, err := firstOrphanedSlot(v, m, from)
	if err != nil {
		return err
	}
	at, err := a.l1ViewPast(ctx, slot)
	if err != nil {
		return fmt.Errorf("%w: it orphans blocks %d-%d, the first of slot %d, and this node's L1 view does not show that slot over: %w",
			ErrBadAnchor, from, m.TipNumber, slot, err)
	}
	if err := a.cfg.Anchors.CheckAnchorAt(ctx, tip, at); err != nil {
		return fmt.Errorf("%w: it orphans blocks %d-%d, and its %s %d %s (slot %d) is not L1's tip at L1 block %d: %w",
			ErrBadAnchor, from, m.TipNumber, what, tip.Number, tip.Hash, tip.Slot, at.Number, err)
	}
	return nil
}

// orphans reports whether a seal whose execution orphans from number from on (blockCtx.sealFrom)
// orphans pending blocks.
func orphans(m *Meta, from uint64) bool { return m.Started && from <= m.TipNumber }

// firstOrphanedSlot is the slot of the first block that a seal whose execution orphans from
// number from on takes off the chain: the chain's block there, or, from at or below the chain's
// anchor (a seal that lowers it, or re-anchors on a fork below it: L1 lost the anchor), the
// anchor's slot, the latest of those below it.
func firstOrphanedSlot(v *view, m *Meta, from uint64) (uint64, error) {
	if from <= m.AnchorNumber {
		return m.AnchorSlot, nil
	}
	h, ok, err := v.canonical(from)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, fmt.Errorf("%w: block %d the seal orphans is not in the chain", ErrBadAnchor, from)
	}
	b, err := v.block(h)
	if err != nil {
		return 0, err
	}
	if b == nil {
		return 0, fmt.Errorf("%w: block %d %s the seal orphans is not stored", ErrBadAnchor, from, h)
	}
	return b.Header.Slot, nil
}

// orphanedSlots are the slots, from slot from on, of the pending blocks a seal orphans: those from
// sealFrom, the first its execution orphans (the fork, for a re-anchoring), to the tip.
func orphanedSlots(v *view, m *Meta, sealFrom, from uint64) (map[uint64]bool, error) {
	taken := map[uint64]bool{}
	if !orphans(m, sealFrom) {
		return taken, nil
	}
	for n := m.TipNumber; n >= sealFrom; n-- {
		h, ok, err := v.canonical(n)
		if err != nil || !ok {
			return taken, err
		}
		b, err := v.block(h)
		if err != nil || b == nil {
			return taken, err
		}
		if b.Header.Slot < from {
			break // slots fall with the numbers: the rest are older
		}
		taken[b.Header.Slot] = true
		if n == 0 {
			break
		}
	}
	return taken, nil
}
