package app

import (
	"context"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// l1Interval gives every member of nt an estimate of L1's block interval of iv seconds (0: not
// known yet).
func (nt *net) l1Interval(iv uint64) {
	for _, a := range nt.apps {
		a.cfg.L1Interval = func() uint64 { return iv }
	}
}

// TestASealMaySkipAnOpenSlotOnceL1MadeItsLastBlock (CI at 91fcd63): block 1 of slot 4 is L1's
// assured tip and slot 5's proposer is stopped. The proposer of slot 6 seals on block 1 at its
// lead, during slot 5. The clock says slot 5 is open, so every member used to refuse the seal
// until slot 6 began, which left it under half a slot to be committed, attested and published:
// with one member of four stopped, the slot after each of its turns missed under CI's load.
// With L1's block interval known (2 s, the devnet's, two L1 blocks a slot) a member takes the
// seal once its L1 view holds slot 5's last L1 block: no propose of slot 5 can land after it.
// An earlier L1 block of slot 5, or an interval not known yet, still refuses it.
func TestASealMaySkipAnOpenSlotOnceL1MadeItsLastBlock(t *testing.T) {
	nt := newNet(t, 4)
	start := crypto.Keccak256Hash([]byte("L1 block 0"))
	nt.round(slotTime(3))
	nt.round(slotTime(4), nt.seal(4, 1, start, nil))
	b1 := nt.apps[0].Meta().TipHash
	nt.round(slotTime(4).Add(time.Second))
	nt.anchors.confirm(Anchor{Number: 1, Hash: b1, Slot: 4})
	nt.now = slotTime(5).Add(2500 * time.Millisecond) // slot 6's seal lead: slot 5 is open
	skip := nt.seal(6, 2, b1, nil)

	nt.viewsAt(slotTime(5).Add(2 * time.Second)) // slot 5's last L1 block at 2 s intervals
	nt.requireAll(t, abci.ResponseProcessProposal_REJECT, skip, "L1's interval is not known: slot 5 is open by the clock")
	nt.l1Interval(2)
	for _, head := range []time.Duration{0, time.Second} {
		nt.viewsAt(slotTime(5).Add(head))
		nt.requireAll(t, abci.ResponseProcessProposal_REJECT, skip, "its L1 head (%s into slot 5) is not the slot's last: slot 5's block may still land", head)
	}
	nt.viewsAt(slotTime(5).Add(2 * time.Second))
	nt.requireAll(t, abci.ResponseProcessProposal_ACCEPT, skip, "its L1 head is slot 5's last block")
	_, res := nt.round(nt.now, skip)
	require.Len(t, res, 1)
	require.Zero(t, res[0].Code, res[0].Log)
	m := nt.apps[0].Meta()
	require.Equal(t, uint64(6), m.TipSlot)
	require.Equal(t, uint64(2), m.TipNumber)

	// Slot 5's proposer, back, seals too late: the chain has passed its slot.
	late, err := nt.apps[1].CheckTx(context.Background(), &abci.RequestCheckTx{Tx: nt.seal(5, 2, b1, nil)})
	require.NoError(t, err)
	require.NotZero(t, late.Code, "a seal of slot 5 after the chain took slot 6")
}

// TestAReSealMayComeAtItsLeadOnceL1MadeTheMissedSlotsLastBlock (CI at 91fcd63): block 6 of
// slot 9 missed L1 (L1's assured tip is block 5). During slot 9, at slot 10's seal lead, slot
// 10's proposer re-seals on block 5, orphaning block 6. By the clock block 6 could still land
// (checkStillInSlot, review r17j A), and so every member used to refuse it until slot 10 began.
// With L1's block interval known, a member whose L1 view holds slot 9's last L1 block, in whose
// state block 5 is still L1's tip, takes it: block 6 can no longer land. If block 6 landed in
// that last block, L1's tip is block 6 and the re-seal is refused.
func TestAReSealMayComeAtItsLeadOnceL1MadeTheMissedSlotsLastBlock(t *testing.T) {
	for _, anchored := range []bool{false, true} {
		t.Run(map[bool]string{false: "unanchored", true: "anchored on L1's tip"}[anchored], func(t *testing.T) {
			f := newPendingSix(t)
			nt := f.nt
			var an *Anchor
			if anchored {
				an = &Anchor{Number: 5, Hash: f.b[5], Slot: 8, At: &testL1Block}
			}
			reseal := nt.sealWith(10, 6, f.b[5], nil, f.b[6], an, false)
			nt.now = slotTime(9).Add(2500 * time.Millisecond)
			nt.viewsAt(slotTime(9).Add(2 * time.Second))
			nt.requireAll(t, abci.ResponseProcessProposal_REJECT, reseal, "L1's interval is not known: block 6's slot is open by the clock")
			nt.l1Interval(2)
			nt.viewsAt(slotTime(9).Add(time.Second))
			nt.requireAll(t, abci.ResponseProcessProposal_REJECT, reseal, "its L1 head is not slot 9's last block: block 6 may still land")
			nt.viewsAt(slotTime(9).Add(2 * time.Second))
			nt.requireAll(t, abci.ResponseProcessProposal_ACCEPT, reseal, "block 6 missed slot 9's last L1 block")

			// Block 6 landed in slot 9's last L1 block: L1's tip is block 6, not block 5.
			delete(nt.anchors.ok, anchorID{5, f.b[5], 8})
			nt.anchors.confirm(Anchor{Number: 6, Hash: f.b[6], Slot: 9})
			nt.requireAll(t, abci.ResponseProcessProposal_REJECT, reseal, "L1 assured block 6 in slot 9's last block")
		})
	}
}

// TestSlotOverAt is slotOverAt's table: an L1 block of a later slot ends a slot; one of the
// slot ends it only as its last L1 block by the interval (4 s slots from genesis).
func TestSlotOverAt(t *testing.T) {
	a := &App{cfg: Config{GenesisTime: genesis, SlotDuration: slotDur}}
	at := func(slot, sec uint64) uint64 { return genesis + slot*slotDur + sec }
	for _, c := range []struct {
		iv, t, slot uint64
		want        bool
	}{
		{0, at(5, 3), 5, false},
		{0, at(6, 0), 5, true},
		{0, at(4, 3), 5, false},
		{2, at(5, 0), 5, false},
		{2, at(5, 1), 5, false},
		{2, at(5, 2), 5, true},
		{2, at(5, 3), 5, true},
		{4, at(5, 0), 5, true},
		{2, at(4, 2), 5, false}, // an earlier slot's last block says nothing of slot 5
		{2, genesis - 1, 0, false},
	} {
		iv := c.iv
		a.cfg.L1Interval = func() uint64 { return iv }
		require.Equal(t, c.want, a.slotOverAt(c.t, c.slot), "interval %d, L1 time %d, slot %d", c.iv, c.t, c.slot)
	}
}
