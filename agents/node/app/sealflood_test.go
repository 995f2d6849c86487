package app

import (
	"bytes"
	"context"
	"math/big"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// TestPreviousSlotSealDoesNotBeatTheCurrentSlots (review r17k F1): during slot S, the proposer
// of slot S-1 (whose slot has passed: its block can no longer land on L1, ProposeLib requires
// header.slot to be L1's current slot) signs a valid seal of S-1 on the tip after the honest
// proposer of S sealed. Both are fresh; sealsToTry orders lowest slot first, so PrepareProposal
// takes the dead S-1 seal and leaves the slot's honest seal out: the honest proposer must
// re-seal (orphaning the S-1 block, blobs proven again) a height later.
func TestPreviousSlotSealDoesNotBeatTheCurrentSlots(t *testing.T) {
	nt, slot, b1 := newNetBeforeTwoProposers(t)
	cur := slot + 2
	nt.now = slotTime(cur).Add(time.Second) // slot cur has begun; slot cur-1 is over
	honest := nt.seal(cur, 2, b1, nil)
	late := nt.seal(cur-1, 2, b1, nil) // arrives after the honest one
	for _, tx := range [][]byte{honest, late} {
		r, err := nt.apps[0].CheckTx(context.Background(), &abci.RequestCheckTx{Tx: tx})
		require.NoError(t, err)
		require.Zero(t, r.Code, r.Log)
	}
	prep, err := nt.apps[0].PrepareProposal(context.Background(), &abci.RequestPrepareProposal{
		MaxTxBytes: 1 << 20, Txs: [][]byte{honest, late}, Height: nt.height + 1, Time: nt.now})
	require.NoError(t, err)
	var tookHonest, tookLate bool
	for _, tx := range prep.Txs {
		tookHonest = tookHonest || bytes.Equal(tx, honest)
		tookLate = tookLate || bytes.Equal(tx, late)
	}
	require.False(t, tookLate, "a seal of slot %d, which has passed (its block cannot land on L1), was taken in slot %d", cur-1, cur)
	require.True(t, tookHonest, "the current slot's seal was left out")
}

// TestPreviousSlotJunkDoesNotHoldTheSlotsSealPastTheBudget (review r17k F1, its DoS side): the
// proposer of slot S-1, its slot over, signs maxSealsTried seals of S-1 on the tip that CheckTx
// admits and that execution takes, each with an anchor (the chain's own tip, named at an L1
// block) that L1 does not confirm: each costs the proposal step an L1 read. Sorted lowest slot
// first, they are all tried before slot S's honest seal; with an L1 RPC slow enough that their
// reads outlast the prepare budget, the honest seal is never tried, at every height of slot S
// (the junk stays in the mempool, fresh and on the tip).
func TestPreviousSlotJunkDoesNotHoldTheSlotsSealPastTheBudget(t *testing.T) {
	nt, slot, b1 := newNetBeforeTwoProposers(t)
	slow := &countingAnchors{fakeAnchors: nt.anchors, delay: 200 * time.Millisecond}
	a := nt.apps[0]
	a.cfg.Anchors = slow
	a.cfg.PrepareBudget = time.Second
	cur := slot + 2
	nt.now = slotTime(cur).Add(time.Second)
	honest := nt.seal(cur, 2, b1, nil)
	var txs [][]byte
	for i := range maxSealsTried {
		at := L1Block{Number: testL1Block.Number + uint64(i), Hash: crypto.Keccak256Hash([]byte{byte(i)})}
		an := &Anchor{Number: 1, Hash: b1, Slot: slot, At: &at}
		txs = append(txs, nt.sealWith(cur-1, 2, b1, nil, b1, an, false))
	}
	txs = append(txs, honest)
	for _, tx := range txs {
		r, err := a.CheckTx(context.Background(), &abci.RequestCheckTx{Tx: tx})
		require.NoError(t, err)
		require.Zero(t, r.Code, r.Log)
		v, m := a.scratch()
		_, err = a.execTx(v, &m, tx, time.Time{}, nt.height+1)
		require.NoError(t, err, "each seal executes")
	}
	prep, err := a.PrepareProposal(context.Background(), &abci.RequestPrepareProposal{
		MaxTxBytes: 1 << 20, Txs: txs, Height: nt.height + 1, Time: nt.now})
	require.NoError(t, err)
	took := false
	for _, tx := range prep.Txs {
		took = took || bytes.Equal(tx, honest)
	}
	require.True(t, took, "the slot's honest seal was not tried within the budget (%d L1 reads for the previous slot's junk)", slow.reads.Load())
}

// TestOneProposerCannotFillTheMempoolWithSignedSeals (review r17k F2): CheckTx admits every seal
// of a near slot signed by that slot's proposer, on the tip, with no bound on how many. A
// byzantine member proposing a slot within [S-1, S+2] signs cometMempoolSize distinct seals (a
// different coinbase each): CometBFT 0.38's mempool (default size 5000) is then full, and it
// refuses every new transaction before CheckTx (ErrMempoolIsFull), the slot's honest seal
// included; recheck keeps the junk for as long as it is fresh and names the tip, and the tip
// moves only with a seal. Seal equivocation is not slashed (only one executes).
func TestOneProposerCannotFillTheMempoolWithSignedSeals(t *testing.T) {
	const cometMempoolSize = 5000 // CometBFT's default mempool.size
	nt := newNet(t, 4)
	start := crypto.Keccak256Hash([]byte("L1 block 0"))
	nt.round(slotTime(3))
	_, res := nt.round(slotTime(4), nt.seal(4, 1, start, nil))
	require.Zero(t, res[0].Code, res[0].Log)
	b1 := nt.apps[0].Meta().TipHash
	nt.round(slotTime(4).Add(time.Second))
	a := nt.apps[0]
	junkSlot := uint64(6) // two slots ahead of slot 4: fresh
	p, _ := nt.l1[0].Proposer(junkSlot)
	admitted := 0
	for i := range cometMempoolSize {
		s := Seal{Slot: junkSlot, Number: 2, Parent: b1, FeePerDaGas: (*hexutil.Big)(big.NewInt(2)),
			FeePerL2Gas: (*hexutil.Big)(big.NewInt(3)), Coinbase: common.BigToAddress(big.NewInt(int64(i + 1))), Proposer: p, Tip: b1}
		r, err := a.CheckTx(context.Background(), &abci.RequestCheckTx{Tx: nt.resign(s)})
		require.NoError(t, err)
		if r.Code == 0 {
			admitted++
		}
	}
	require.LessOrEqual(t, admitted, maxSealsTried,
		"CheckTx admitted %d distinct seals of one proposer's slot: enough to fill CometBFT's mempool (%d) and shut out the slot's honest seal", admitted, cometMempoolSize)
}
