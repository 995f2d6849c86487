package app

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// checkStillInSlot refuses a seal (one that executed, m being the meta before it) that orphans
// a pending block building on the same parent while that block's slot has not passed by this
// node's clock (review r17j A). Such a block is on L1's assured tip and its propose can still
// land on L1 in its slot; checkReseal and checkAnchor pass the seal (its parent is L1's assured
// tip), so without this the proposer of the next slot, sealing early (freshness allows up to two
// slots ahead), could orphan it, with or without an anchor. The honest driver never builds such
// a seal: it builds on a tip in the current slot whose parent L1 assured (chooseParent). Only
// the first orphaned block can be such a block; a re-anchoring seal on a block the chain never
// had orphans blocks that do not build on its parent, which L1 replaced. A clock check, so only
// the proposal steps make it; execution never reads a clock.
//
// Where L1 guarantees a spacing between its blocks (Params.L1BlockSpacing), the slot's last
// L1 block is known by its time, and the seal passes here from that spacing (and a second of
// skew) before the slot's end by the clock: confirmPastOrphans, which every seal that orphans
// blocks passes, then demands that very L1 block in this node's view.
func (a *App) checkStillInSlot(v *view, m *Meta, s *Seal, now time.Time) error {
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
	if cur := a.SlotAt(now); b.Header.ParentHash == s.Parent && b.Header.Slot >= cur && !a.inLastL1Block(b.Header.Slot, cur, now) {
		return sealErr("it orphans block %d of slot %d on the same parent while that slot has not passed (the current slot is %d; L1's block spacing %d s): its propose can still land on L1",
			s.Number, b.Header.Slot, cur, a.L1Spacing())
	}
	return nil
}

// inLastL1Block reports whether the clock (now, cur its slot) may be in slot's last L1 block by
// the L1 block spacing L1 guarantees (Params.L1BlockSpacing; never without one): slot is the
// current one and the clock allows that block (lastL1BlockDue).
func (a *App) inLastL1Block(slot, cur uint64, now time.Time) bool {
	return slot == cur && a.lastL1BlockDue(slot, a.L1Spacing(), now)
}

// lastL1BlockDue reports whether the clock allows slot's last L1 block by an L1 block interval
// of iv (0: none known, never) to be in: slot's end is within iv and a second of skew against
// L1 blocks' times. slotOverAt is its counterpart on an L1 block's time (no skew; it also
// takes a block of a later slot, and none before genesis).
func (a *App) lastL1BlockDue(slot, iv uint64, now time.Time) bool {
	return iv > 0 && uint64(max(now.Unix(), 0))+1+iv >= a.slotEnd(slot)
}

// slotEnd is the time the slot after slot starts.
func (a *App) slotEnd(slot uint64) uint64 { return a.cfg.GenesisTime + (slot+1)*a.cfg.SlotDuration }

// checkSkipsNoOpenSlot refuses a seal that skips a slot (its slot is more than one after its
// parent's) before the last slot it skips has passed by this node's clock (review r17l F5),
// unless each skipped slot that has not passed holds a block this seal orphans (its proposer has
// sealed: a re-seal after a missed block, below), or holds none and is over for L1 by this
// node's L1 view (its head is the slot's last L1 block: slotOverAt). Freshness admits seals up
// to two slots ahead, so without this the proposer of slot S+2 could seal on S's block during
// slot S, before S+1's proposer sealed (it seals node.seal-lead ahead of its slot): the tip's
// slot would become S+2 and every seal of S+1 be refused, erasing that slot and charging its
// honest proposer with a miss. A seal that skips nothing may still come early, and so may one
// whose skipped open slots are all taken or over. The parent's slot is its block's, or the
// anchor's when the seal re-anchors on an L1 block the chain never had, or the chain's anchor's
// (a re-seal on it). The blocks the seal orphans are those its execution orphans, from sealFrom
// (the fork, for a re-anchoring, whose number may be above the tip). A clock and L1 check: the
// proposal steps only.
func (a *App) checkSkipsNoOpenSlot(ctx context.Context, v *view, m *Meta, s *Seal, bc *blockCtx, now time.Time) error {
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
	// Each skipped slot that has not passed must be taken already: its proposer sealed, and the
	// block is one this seal orphans. That is a re-seal after a missed block (slot S's block
	// missed L1, S+1's proposer had sealed on it a slot ahead): S+1's block cannot land, since
	// checkReseal and checkAnchor confirm against L1 that the new parent, below it, is L1's
	// assured tip once S is over for L1, and checkStillInSlot refuses the seal while S is open
	// (but for its last L1 block by the spacing L1 guarantees).
	// Waiting for S+2 to begin left the re-seal under half a slot to be committed and published;
	// under load it missed too, and the chain missed slot after slot (issue 16).
	taken, err := orphanedSlots(v, m, bc.sealFrom, max(cur, parentSlot+1))
	if err != nil {
		return err
	}
	// A skipped slot nobody took may be skipped once this node's L1 view holds its last L1
	// block: its proposer (stopped, or late) could no longer land a block of it. It has no
	// block in the chain, so none of it was attested through the chain, and none can be once
	// this seal commits: skipping it early, even on an estimate of L1's interval that is too
	// long (an L1 block of the slot still to come), costs that slot's proposer the slot, never
	// a block of the pending chain L1 could hold. Waiting for the clock left the seal after a
	// stopped proposer's turn under half a slot to be committed, attested and published: with
	// one member of four stopped, the slot after each of its turns missed under CI's load, and
	// the misses chained (CI at 91fcd63). A slot taken (its block orphaned) keeps the clock
	// rules: that block could land.
	var open []uint64
	for k := max(cur, parentSlot+1); k < s.Slot; k++ {
		if !taken[k] {
			open = append(open, k)
		}
	}
	iv := a.skipInterval(bc.processing)
	if len(open) > 0 {
		// Refused without an L1 read while the clock says the last open slot's last L1 block
		// cannot be in yet (a second of skew allowed): seals of a later slot sent early, junk
		// included, cost no L1 read.
		k := open[len(open)-1]
		if !a.lastL1BlockDue(k, iv, now) {
			return sealErr("slot %d skips slot %d, which has not passed (the current slot is %d): its proposer may still seal",
				s.Slot, k, cur)
		}
	}
	// That S passed without L1 assuring its block is read from this node's L1 view, which must
	// have passed S too: the clock says S is over, but a view whose head is still an L1 block of
	// S may not show the propose that landed in S's last L1 block, and would let a byzantine
	// proposer of S+2 orphan that block and the one of S+1 that could land in its open slot
	// (review r37 F1). A member whose view lags refuses until it catches up; the driver keeps
	// sending the same seal meanwhile (chooseParent re-seals as soon as the tip's parent is not
	// L1's assured tip, even while its own L1 head is still in S: review r38).
	cctx, cancel := context.WithTimeout(ctx, l1ReadTimeout)
	defer cancel()
	at, t, err := a.l1Head(cctx)
	if err != nil {
		return sealErr("slot %d skips slot %d before its slot, and this node's L1 view cannot tell: %v", s.Slot, s.Slot-1, err)
	}
	for _, k := range open {
		if !a.slotOverAt(t, k, iv) {
			return sealErr("slot %d skips slot %d, which has not passed (the current slot is %d): its proposer may still seal (this node's L1 head %d is not that slot's last L1 block)",
				s.Slot, k, cur, at.Number)
		}
	}
	if got := a.l1Slot(t); got < cur {
		return sealErr("slot %d skips slot %d before its slot, and this node's L1 view does not show that slot %d passed: its L1 head %d is of slot %d",
			s.Slot, s.Slot-1, cur-1, at.Number, got)
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

// l1ViewPassed returns this node's L1 head, and fails unless slot is over for L1 at it: the head
// is an L1 block of a later slot, or slot's last by the spacing L1 guarantees
// (Params.L1BlockSpacing). The caller bounds the read (l1ReadTimeout).
func (a *App) l1ViewPassed(ctx context.Context, slot uint64) (L1Block, error) {
	at, t, err := a.l1Head(ctx)
	if err != nil {
		return L1Block{}, err
	}
	sp := a.L1Spacing()
	if a.slotOverAt(t, slot, sp) {
		return at, nil
	}
	if got := a.l1Slot(t); got == slot && sp > 0 {
		return L1Block{}, fmt.Errorf("its L1 head %d (time %d) is of slot %d, and not its last L1 block by L1's block spacing of %d s", at.Number, t, got, sp)
	}
	return L1Block{}, fmt.Errorf("its L1 head %d is of slot %d", at.Number, a.l1Slot(t))
}

// l1Slot is the slot of an L1 block of time t.
func (a *App) l1Slot(t uint64) uint64 { return a.SlotAt(time.Unix(int64(t), 0)) }

// l1Head reads this node's L1 head and its time (L1HeadReader). The caller bounds the read.
func (a *App) l1Head(ctx context.Context) (L1Block, uint64, error) {
	hr, ok := a.cfg.Anchors.(L1HeadReader)
	if !ok {
		return L1Block{}, 0, errors.New("no L1 head to read")
	}
	at, t, err := hr.L1Head(ctx)
	if err != nil {
		return L1Block{}, 0, fmt.Errorf("read L1 head: %w", err)
	}
	return at, t, nil
}

// skipInterval is the L1 block interval checkSkipsNoOpenSlot judges a skipped slot's last L1
// block by. Another member's proposal (processing) is judged on at least half a slot (two L1
// blocks a slot, the devnet's): a member whose own measure is not known yet (just restarted) or
// shorter (a starved L1's bursts) would refuse the proposal, and with one member of four stopped
// every live one must take it, or the round fails and the seal commits later than the clock
// would have let it. This node's own proposal takes its measure, but no more than half a slot
// (or the spacing below, where that is more):
// so that what an honest proposer puts in a proposal, every honest member with the same L1 head
// takes, whatever their measures (where L1 makes one block a slot or fewer, an early skip then
// needs that block in the slot's second half). The floor errs early only where a slot holds
// more than two L1 blocks, by up to half a slot, on a byzantine proposer's word, and only at the
// cost of the skipped slot's proposer's turn.
//
// Neither is ever below the spacing L1 guarantees between its blocks (Params.L1BlockSpacing):
// that is no estimate, and it gives a proposer just restarted, with no measure yet, its early
// skips too.
func (a *App) skipInterval(processing bool) uint64 {
	iv, half, sp := a.l1Interval(), a.cfg.SlotDuration/2, a.L1Spacing()
	if processing {
		return max(iv, half, sp)
	}
	return max(min(iv, half), sp)
}

// slotOverAt reports whether slot is over for L1 by an L1 block of time t, as far as this node
// can tell: the block is of a later slot, or it is the slot's last by L1's block interval iv
// (the next L1 block comes in a later slot). With a measured interval (skipInterval) the second
// is an estimate, which L1 blocks that come sooner than their interval (a starved anvil's
// bursts) prove wrong: only checkSkipsNoOpenSlot uses one, where erring early costs a slot's
// proposer its slot and nothing else. Whether a block of the slot can still land on L1 is
// decided on the spacing L1's consensus guarantees (Params.L1BlockSpacing, l1ViewPassed), or,
// without one, by an L1 block of a later slot alone.
func (a *App) slotOverAt(t, slot, iv uint64) bool {
	if at := a.l1Slot(t); at != slot || t < a.cfg.GenesisTime {
		return at > slot
	}
	return iv > 0 && t+iv >= a.slotEnd(slot)
}

// SlotOverAt reports whether slot is over for L1 at an L1 block of time t: the block is of a
// later slot, or the slot's last by the spacing L1 guarantees (L1Spacing). The driver builds on
// a block of slot only while it is not.
func (a *App) SlotOverAt(t, slot uint64) bool { return a.slotOverAt(t, slot, a.L1Spacing()) }

// l1Interval is Config.L1Interval's answer, 0 without one.
func (a *App) l1Interval() uint64 {
	if a.cfg.L1Interval == nil {
		return 0
	}
	return a.cfg.L1Interval()
}

// confirmPastOrphans confirms tip (what, the seal's parent or its anchor) as L1's tip for a seal
// (one that executed, m being the meta before it) whose execution orphans pending blocks from
// number from on: at this node's L1 head, which must be of a slot after the first orphaned
// block's (review r38 F1), or that slot's last L1 block by the spacing L1 guarantees
// (l1ViewPassed), and in that very head's state (F2: not a second read of "latest"). A block of
// slot S lands only in an L1 block of slot S, and each orphaned block needs the one before it:
// so a view past the first one's slot that shows tip as L1's shows that none of them is on L1
// or can still land. A view whose head is an earlier L1 block of that slot may lack the
// propose that landed in the slot's last L1 block, and would confirm a tip L1 has since built
// on: more than two thirds of members with such views (one stalled, shared provider) would
// orphan a block L1 holds. checkStillInSlot makes the same demand of the clock; this one is of
// the L1 view the confirmation reads. A member whose view lags refuses until it catches up,
// which for an honest re-seal (made once the slot passed) is the time its L1 takes to import
// the next slot's first block, or the slot's last by the spacing.
func (a *App) confirmPastOrphans(ctx context.Context, v *view, m *Meta, from uint64, what string, tip Anchor) error {
	slot, err := firstOrphanedSlot(v, m, from)
	if err != nil {
		return err
	}
	at, err := a.l1ViewPassed(ctx, slot)
	if err != nil {
		return fmt.Errorf("%w: it orphans blocks %d-%d, the first of slot %d, and this node's L1 view does not show that slot passed: %w",
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
