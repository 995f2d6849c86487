package app

import (
	"context"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
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

// newOneSealed is a chain of four members with block 1 of slot 4 on its anchor (L1 block 0),
// attested at the height after it, and nothing since; L1, as members see it, has assured
// nothing yet. It returns the anchor's hash and block 1's.
func newOneSealed(t *testing.T) (nt *net, start, b1 common.Hash) {
	nt = newNet(t, 4)
	start = crypto.Keccak256Hash([]byte("L1 block 0"))
	nt.round(slotTime(3))
	nt.round(slotTime(4), nt.seal(4, 1, start, nil))
	b1 = nt.apps[0].Meta().TipHash
	nt.round(slotTime(4).Add(time.Second))
	return nt, start, b1
}

// newOneAssured is newOneSealed with block 1 assured by L1. It returns block 1's hash.
func newOneAssured(t *testing.T) (*net, common.Hash) {
	nt, _, b1 := newOneSealed(t)
	nt.anchors.confirm(Anchor{Number: 1, Hash: b1, Slot: 4})
	return nt, b1
}

// TestASealMaySkipAnOpenSlotOnceL1MadeItsLastBlock (CI at 91fcd63): block 1 of slot 4 is L1's
// assured tip and slot 5's proposer is stopped. The proposer of slot 6 seals on block 1 at its
// lead, during slot 5. The clock says slot 5 is open, so every member used to refuse the seal
// until slot 6 began, which left it under half a slot to be committed, attested and published:
// with one member of four stopped, the slot after each of its turns missed under CI's load.
// With L1's block interval known (2 s, the devnet's, two L1 blocks a slot) a member takes the
// seal once its L1 view holds slot 5's last L1 block: no block of slot 5 can be attested and
// land after it. An earlier L1 block of slot 5 still refuses it; so does a clock that says
// slot 5's last L1 block cannot be in yet, whatever the view. A member that has not measured
// the interval takes another's proposal on a floor of half a slot, so that with one member
// stopped a restarted one does not fail the round; its own proposal leaves the seal out.
func TestASealMaySkipAnOpenSlotOnceL1MadeItsLastBlock(t *testing.T) {
	nt, b1 := newOneAssured(t)
	skip := nt.seal(6, 2, b1, nil)

	// The clock half a second into slot 5: its last L1 block is 1.5 s away, whatever a view
	// ahead of the clock says.
	nt.l1Interval(2)
	nt.now = slotTime(5).Add(500 * time.Millisecond)
	nt.viewsAt(slotTime(5).Add(2 * time.Second))
	nt.requireAll(t, abci.ResponseProcessProposal_REJECT, skip, "the clock says slot 5's last L1 block is not in yet")

	nt.now = slotTime(5).Add(2500 * time.Millisecond) // slot 6's seal lead: slot 5 is open
	for _, head := range []time.Duration{0, time.Second} {
		nt.viewsAt(slotTime(5).Add(head))
		nt.requireAll(t, abci.ResponseProcessProposal_REJECT, skip, "its L1 head (%s into slot 5) is not the slot's last: slot 5's block may still land", head)
	}
	nt.viewsAt(slotTime(5).Add(2 * time.Second))
	for i, iv := range []uint64{2, 0, 1, 2} { // one restarted, one measuring a starved L1's bursts
		nt.apps[i].cfg.L1Interval = func() uint64 { return iv }
	}
	nt.requireAll(t, abci.ResponseProcessProposal_ACCEPT, skip, "its L1 head is slot 5's last block")
	nt.l1Interval(0)
	if txs, _ := nt.round(nt.now, skip); len(txs) != 0 {
		t.Fatalf("a proposer that has not measured L1's interval put the seal skipping slot 5 in its proposal")
	}
	require.Equal(t, uint64(4), nt.apps[0].Meta().TipSlot)
	nt.l1Interval(2)
	txs, res := nt.round(nt.now, skip)
	require.Len(t, txs, 1, "a proposer that measured the interval takes it")
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

// TestASealMaySkipOnlyOpenSlotsL1Ended: a seal of slot 7 on block 1 (slot 4) skips slots 5
// and 6, neither taken. With L1 blocks 4 s apart (one a slot) and the clock late in slot 5,
// the clock allows slot 6's last L1 block, but the view's head, slot 5's last L1 block, ends
// slot 5 only: slot 6 is still to come, and its proposer's turn with it, so the seal is refused
// (r17l F5). The seal of slot 6 is taken. The refusal names slot 6.
func TestASealMaySkipOnlyOpenSlotsL1Ended(t *testing.T) {
	nt, b1 := newOneAssured(t)
	nt.l1Interval(4)
	nt.now = slotTime(6).Add(-time.Second)
	nt.viewsAt(slotTime(5).Add(2 * time.Second))
	two := nt.seal(7, 2, b1, nil)
	nt.requireAll(t, abci.ResponseProcessProposal_REJECT, two, "slot 6 is still to come")
	err := nt.proposeErr(two, true)
	require.ErrorContains(t, err, "skips slot 6, which has not passed")
	require.Error(t, nt.proposeErr(two, false), "nor would this node propose it")
	require.ErrorContains(t, err, "is not that slot's last L1 block", "refused by the L1 view, not the clock")
	nt.requireAll(t, abci.ResponseProcessProposal_ACCEPT, nt.seal(6, 2, b1, nil), "slot 5 is over for L1")
}

// proposeErr is member 0's proposal-step verdict on raw on the committed state, as
// ProcessProposal (processing) or PrepareProposal would give it.
func (nt *net) proposeErr(raw []byte, processing bool) error {
	a := nt.apps[0]
	v, m := a.scratch()
	bc := newBlockCtx(nt.height + 1)
	bc.processing = processing
	_, _, _, err := a.proposeSeal(context.Background(), v, m, raw, nt.now, bc)
	return err
}

// headCounting is the net's L1 view, counting its reads of L1's head.
type headCounting struct {
	fakeAnchors
	heads *int
}

func (h headCounting) L1Head(ctx context.Context) (L1Block, uint64, error) {
	*h.heads++
	return h.fakeAnchors.L1Head(ctx)
}

// TestAnEarlySkipIsRefusedWithoutAnL1Read: a seal skipping an open slot nobody took, while the
// clock says that slot's last L1 block cannot be in yet (a second of skew allowed), is refused
// before the member reads its L1 head; a second later than the skew it reads, and takes it.
func TestAnEarlySkipIsRefusedWithoutAnL1Read(t *testing.T) {
	nt, b1 := newOneAssured(t)
	nt.l1Interval(3) // a proposer judges by 2 (half a slot), a member by 3
	skip := nt.seal(6, 2, b1, nil)
	var heads int
	head := slotTime(5).Add(2 * time.Second) // slot 5's last L1 block
	nt.apps[0].cfg.Anchors = headCounting{fakeAnchors: fakeAnchors{ok: nt.anchors.ok, hashes: nt.anchors.hashes, now: &head}, heads: &heads}
	for _, c := range []struct {
		clock      time.Duration // into slot 5
		processing bool
		ok         bool // read L1's head and took the seal
	}{
		{900 * time.Millisecond, false, false},
		{900 * time.Millisecond, true, true},   // 0 s + 1 s of skew + 3 s reach slot 6
		{1500 * time.Millisecond, false, true}, // 1 s + 1 s of skew + 2 s reach slot 6
		{2500 * time.Millisecond, false, true},
		{2500 * time.Millisecond, true, true},
	} {
		heads = 0
		nt.now = slotTime(5).Add(c.clock)
		err := nt.proposeErr(skip, c.processing)
		if c.ok {
			require.NoError(t, err, "clock %s into slot 5, processing %v", c.clock, c.processing)
			require.Equal(t, 1, heads, "clock %s into slot 5, processing %v: L1 head reads", c.clock, c.processing)
		} else {
			require.ErrorContains(t, err, "skips slot 5, which has not passed", "clock %s into slot 5", c.clock)
			require.Zero(t, heads, "clock %s into slot 5, processing %v: L1 head reads", c.clock, c.processing)
		}
	}
	// A proposer that has not measured the interval waits for the clock, without a read.
	nt.l1Interval(0)
	heads = 0
	require.ErrorContains(t, nt.proposeErr(skip, false), "skips slot 5, which has not passed")
	require.Zero(t, heads)
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
		{8, genesis - 1, 0, false}, // before genesis, whatever the interval
	} {
		require.Equal(t, c.want, a.slotOverAt(c.t, c.slot, c.iv), "interval %d, L1 time %d, slot %d", c.iv, c.t, c.slot)
	}
}

// TestSkipInterval: another member's proposal is judged on at least half a slot; this node's
// own on its measure, but never more than half a slot, so that whatever two honest nodes
// measured, what one proposes the other takes (with the same L1 head), and a proposer's own
// ProcessProposal (CometBFT runs it on the proposer too) takes its proposal.
//
// Neither is below the spacing L1 guarantees between its blocks (Params.L1BlockSpacing): a
// proposer with no measure yet (just restarted) proposes on it.
func TestSkipInterval(t *testing.T) {
	measures := []uint64{0, 1, 2, 3, 5, 6, 7, 11, 12, 13, 24}
	for _, sp := range []uint64{0, 1, 2, 12} {
		for _, slot := range []uint64{1, 2, 4, 5, 12, 36} {
			a := &App{cfg: Config{GenesisTime: genesis, SlotDuration: slot}, exec: &executor{}}
			a.exec.params.L1BlockSpacing = sp
			at := func(measured uint64, processing bool) uint64 {
				a.cfg.L1Interval = func() uint64 { return measured }
				return a.skipInterval(processing)
			}
			for _, p := range measures {
				proposes := at(p, false)
				require.LessOrEqual(t, proposes, max(slot/2, sp), "spacing %d, slot %d, measured %d: a proposer past half a slot and the spacing", sp, slot, p)
				require.GreaterOrEqual(t, proposes, sp, "spacing %d, slot %d, measured %d: a proposer below L1's spacing", sp, slot, p)
				for _, m := range measures {
					require.LessOrEqual(t, proposes, at(m, true), "spacing %d, slot %d: a proposer measuring %d, a member %d", sp, slot, p, m)
				}
			}
			require.Equal(t, max(7, slot/2, sp), at(7, true), "spacing %d, slot %d: a member's own measure above the floor", sp, slot)
			require.Equal(t, max(min(1, slot/2), sp), at(1, false), "spacing %d, slot %d: a proposer's own measure below the ceiling", sp, slot)
			require.Equal(t, sp, at(0, false), "spacing %d, slot %d: a proposer without a measure", sp, slot)
		}
	}
}
