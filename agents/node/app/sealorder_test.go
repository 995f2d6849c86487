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
