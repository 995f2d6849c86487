package app

import (
	"bytes"
	"context"
	"math/big"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// TestJunkSealsDoNotCrowdOutTheSlotsSeal (review r17j D): a proposer of another fresh slot signs
// maxSealsTried seals for its slot that CheckTx admits (fresh, on the tip, its signature) but
// that the proposal steps refuse (each names a transaction that is not queued), and they reach
// the mempool before the current slot's honest seal. PrepareProposal tried the mempool's seals
// in order, maxSealsTried in all, gave up on the junk and left the honest seal out: one
// byzantine member kept the slot's block off the chain (failed before the fix). Now it tries
// seals lowest slot first and at most maxSealsTried of each proposer: the honest seal is taken,
// whether the junk is for a later slot or (from the previous slot's proposer) an earlier one.
func TestJunkSealsDoNotCrowdOutTheSlotsSeal(t *testing.T) {
	for _, junkFirst := range []bool{false, true} {
		t.Run(map[bool]string{false: "junk of the next slot", true: "junk of the previous slot"}[junkFirst], func(t *testing.T) {
			nt, slot, b1 := newNetBeforeTwoProposers(t)
			honestSlot, junkSlot := slot+1, slot+2
			if junkFirst {
				honestSlot, junkSlot = slot+2, slot+1 // junkSlot is the current slot - 1: fresh
			}
			nt.now = slotTime(honestSlot)
			var txs [][]byte
			for i := 0; i < maxSealsTried; i++ {
				txs = append(txs, nt.sealWith(junkSlot, 2, b1, []common.Hash{common.BigToHash(big.NewInt(int64(i)))}, b1, nil, false))
			}
			honest := nt.seal(honestSlot, 2, b1, nil)
			txs = append(txs, honest)
			for _, tx := range txs {
				r, err := nt.apps[0].CheckTx(context.Background(), &abci.RequestCheckTx{Tx: tx})
				require.NoError(t, err)
				require.Zero(t, r.Code, r.Log)
			}
			prep, err := nt.apps[0].PrepareProposal(context.Background(), &abci.RequestPrepareProposal{
				MaxTxBytes: 1 << 20, Txs: txs, Height: nt.height + 1, Time: nt.now})
			require.NoError(t, err)
			taken := 0
			for _, tx := range prep.Txs {
				if bytes.Equal(tx, honest) {
					taken++
				}
			}
			require.Equal(t, 1, taken, "the slot's honest seal is left out behind another proposer's junk")
		})
	}
}

// newNetBeforeTwoProposers is a net of 4 whose tip is block 1, sealed in slot, where slots
// slot+1 and slot+2 have different proposers; its clock is one second into slot.
func newNetBeforeTwoProposers(t *testing.T) (*net, uint64, common.Hash) {
	nt := newNet(t, 4)
	start := crypto.Keccak256Hash([]byte("L1 block 0"))
	nt.round(slotTime(3))
	slot := uint64(4)
	for {
		p, _ := nt.l1[0].Proposer(slot + 1)
		q, _ := nt.l1[0].Proposer(slot + 2)
		if p != q {
			break
		}
		slot++
	}
	require.Less(t, slot+2, uint64(2*perEp))
	_, res := nt.round(slotTime(slot), nt.seal(slot, 1, start, nil))
	require.Zero(t, res[0].Code, res[0].Log)
	b1 := nt.apps[0].Meta().TipHash
	nt.round(slotTime(slot).Add(time.Second))
	return nt, slot, b1
}

// TestNextButOneProposerCannotEraseTheNextSlot (review r17l F5, pre-existing): freshness admits
// seals up to two slots ahead, and nothing else holds a seal of slot S+2 back while slot S+1 has
// not begun. During slot S (the tip is S's block), the byzantine proposer of S+2 seals on the
// tip before the honest proposer of S+1 does (the driver seals node.seal-lead, 1.5 s, before its
// slot): every member accepts it, the tip's slot becomes S+2, and the honest seal of S+1 is then
// refused everywhere ("slot S+1 is not after the tip's slot S+2"). Slot S+1 is erased, its
// honest proposer is recorded missed (inactivity evidence), and S+2's block lands on L1 in its
// own slot as usual. One member, whenever it proposes, can do this to the slot before its own.
func TestNextButOneProposerCannotEraseTheNextSlot(t *testing.T) {
	nt, slot, b1 := newNetBeforeTwoProposers(t)
	early := nt.seal(slot+2, 2, b1, nil)
	_, res := nt.round(slotTime(slot).Add(1500*time.Millisecond), early)
	if len(res) > 0 && res[0].Code == 0 && nt.apps[0].Meta().TipSlot == slot+2 {
		t.Logf("a seal of slot %d was accepted during slot %d, before slot %d began", slot+2, slot, slot+1)
	}
	nt.round(slotTime(slot).Add(2 * time.Second))
	nt.now = slotTime(slot + 1).Add(-1500 * time.Millisecond) // the honest proposer's seal lead
	tip := nt.apps[0].Meta().TipHash
	// The honest proposer of slot+1 seals on the tip (or, were the early block left out, on b1
	// as before): either must be admitted.
	var logs []string
	for _, honest := range [][]byte{nt.sealWith(slot+1, 3, tip, nil, tip, nil, false), nt.sealWith(slot+1, 2, b1, nil, tip, nil, false)} {
		r, err := nt.apps[0].CheckTx(context.Background(), &abci.RequestCheckTx{Tx: honest})
		require.NoError(t, err)
		if r.Code == 0 {
			return
		}
		logs = append(logs, r.Log)
	}
	t.Fatalf("every honest seal of slot %d, sent at its lead, is refused: %v", slot+1, logs)
}
