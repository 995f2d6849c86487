package app

import (
	"context"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// TestFinalizeBlockTakesTheProcessedExecution (issue 16): a block this node's ProcessProposal
// executed is not executed again by FinalizeBlock (each height's transactions ran twice on
// every member, three times on the proposer), and what FinalizeBlock then answers and commits is
// exactly what executing it gives: a member that did not process the block (app 1, which
// precommits on the others' prevotes) reaches the same app hash at every height. A block other
// than the processed one, or the processed block on another state, is executed.
func TestFinalizeBlockTakesTheProcessedExecution(t *testing.T) {
	nt := newNet(t, 2)
	nt.unprocessed = map[int]bool{1: true}
	anchor := crypto.Keccak256Hash([]byte("assured tip"))
	u1, u2, bad := userTx("one", 5), userTx("two", 5), userTx("cheap", 0)
	_, res := nt.round(slotTime(3), u1, u2) // round requires equal app hashes
	require.Len(t, res, 4, "two committees, two user transactions")
	_, res = nt.round(slotTime(4), nt.seal(4, 7, anchor, []common.Hash{TxHash(u1), TxHash(u2)}))
	require.Contains(t, res[0].Log, "sealed block")
	nt.round(slotTime(4).Add(1)) // the attestations
	require.Equal(t, uint64(7), nt.apps[1].Meta().TipNumber)

	ctx := context.Background()
	a := nt.apps[0]
	u3, u4 := userTx("three", 5), userTx("four", 5)
	height := nt.height + 1
	hashA, hashB := []byte("block A"), []byte("block B")
	// A proposal may carry a user transaction that does not execute (below the floor): it is
	// skipped, with its reason in the results.
	blockA := [][]byte{u3, bad, u4}
	pp, err := a.ProcessProposal(ctx, &abci.RequestProcessProposal{Txs: blockA, Height: height, Hash: hashA})
	require.NoError(t, err)
	require.Equal(t, abci.ResponseProcessProposal_ACCEPT, pp.Status)
	before := a.exec.executed.Load()
	fb, err := a.FinalizeBlock(ctx, &abci.RequestFinalizeBlock{Txs: blockA, Height: height, Hash: hashA})
	require.NoError(t, err)
	require.Equal(t, before, a.exec.executed.Load(), "the processed block is not executed again")
	require.Len(t, fb.TxResults, 3)
	require.Contains(t, fb.TxResults[1].Log, "fee floor")
	// The same block executed from scratch by the other app gives the same answer.
	fb1, err := nt.apps[1].FinalizeBlock(ctx, &abci.RequestFinalizeBlock{Txs: blockA, Height: height, Hash: hashA})
	require.NoError(t, err)
	require.Equal(t, fb1.AppHash, fb.AppHash)
	require.Equal(t, fb1.TxResults, fb.TxResults)
	for _, x := range nt.apps {
		_, err = x.Commit(ctx, &abci.RequestCommit{})
		require.NoError(t, err)
	}
	require.Equal(t, 2, a.Meta().Queued)

	// Round 0 proposed block A, the height decided block B: B is executed.
	height++
	u5 := userTx("five", 5)
	_, err = a.ProcessProposal(ctx, &abci.RequestProcessProposal{Txs: [][]byte{u5}, Height: height, Hash: hashA})
	require.NoError(t, err)
	before = a.exec.executed.Load()
	fb, err = a.FinalizeBlock(ctx, &abci.RequestFinalizeBlock{Txs: [][]byte{u5, u3}, Height: height, Hash: hashB})
	require.NoError(t, err)
	require.Equal(t, before+2, a.exec.executed.Load(), "a block other than the processed one is executed")
	require.Zero(t, fb.TxResults[0].Code)
	require.Contains(t, fb.TxResults[1].Log, ErrKnown.Error())
	_, err = a.Commit(ctx, &abci.RequestCommit{})
	require.NoError(t, err)

	// A processed block whose state moved on (a replay, a height finalized meanwhile) is executed.
	height++
	u6 := userTx("six", 5)
	_, err = a.ProcessProposal(ctx, &abci.RequestProcessProposal{Txs: [][]byte{u6}, Height: height, Hash: hashA})
	require.NoError(t, err)
	_, err = a.FinalizeBlock(ctx, &abci.RequestFinalizeBlock{Txs: [][]byte{userTx("seven", 5)}, Height: height, Hash: hashB})
	require.NoError(t, err)
	_, err = a.Commit(ctx, &abci.RequestCommit{})
	require.NoError(t, err)
	before = a.exec.executed.Load()
	fb, err = a.FinalizeBlock(ctx, &abci.RequestFinalizeBlock{Txs: [][]byte{u6}, Height: height + 1, Hash: hashA})
	require.NoError(t, err)
	require.Equal(t, before+1, a.exec.executed.Load(), "processed at another height: executed")
	require.Zero(t, fb.TxResults[0].Code, fb.TxResults[0].Log)
}

// TestFinalizeBlockTakesOnlyTheProcessedTransactions (review r16): the execution kept from
// ProcessProposal is taken only for the very transactions it executed. CometBFT computes the
// block hash both steps are given from the block itself (the header commits to the
// transactions), so the hash alone binds them; the comparison keeps that binding inside the
// application, whatever calls it. Before, a FinalizeBlock of other transactions of the same
// count under the processed hash answered and committed the processed block's execution.
func TestFinalizeBlockTakesOnlyTheProcessedTransactions(t *testing.T) {
	nt := newNet(t, 2)
	nt.round(slotTime(3))
	ctx := context.Background()
	height := nt.height + 1
	hash := []byte("the proposal")
	processed, decided := [][]byte{userTx("one", 5)}, [][]byte{userTx("two", 5)}
	pp, err := nt.apps[0].ProcessProposal(ctx, &abci.RequestProcessProposal{Txs: processed, Height: height, Hash: hash})
	require.NoError(t, err)
	require.Equal(t, abci.ResponseProcessProposal_ACCEPT, pp.Status)
	fb, err := nt.apps[0].FinalizeBlock(ctx, &abci.RequestFinalizeBlock{Txs: decided, Height: height, Hash: hash})
	require.NoError(t, err)
	want, err := nt.apps[1].FinalizeBlock(ctx, &abci.RequestFinalizeBlock{Txs: decided, Height: height, Hash: hash})
	require.NoError(t, err)
	require.Equal(t, want.AppHash, fb.AppHash, "the decided transactions are executed, not the processed ones")
}
