package app

import "time"

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
func (a *App) checkStillInSlot(v *view, m *Meta, s *Seal, now time.Time) error {
	if !m.Started || s.Number > m.TipNumber {
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
	if cur := a.SlotAt(now); b.Header.ParentHash == s.Parent && b.Header.Slot >= cur {
		return sealErr("it orphans block %d of slot %d on the same parent while that slot has not passed (the current slot is %d): its propose can still land on L1",
			s.Number, b.Header.Slot, cur)
	}
	return nil
}
