package app

import (
	"context"
	"math/big"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/protocol"
)

// TestReplacedBlocksOfASealThatDoesNotReanchorAreCheckedBeforeTheVote (review r22 L1): execution
// checks the replaced blocks' order and bounds (checkReplaced) only for a seal that re-anchors
// the chain; CheckTx checks them for every seal, but a proposer puts what it likes in its own
// proposal. The chain's first seal (anchored, it does not re-anchor) carrying MaxReplacedHeaders
// copies of one L1 header, above the anchor, was accepted by every member after 514 L1 reads
// each, twice the MaxReplacedBlocks the read budget was sized for (review r19 F3), however many
// copies of one read (failed before the fix). Now the proposal steps refuse what CheckTx refuses,
// before any read.
func TestReplacedBlocksOfASealThatDoesNotReanchorAreCheckedBeforeTheVote(t *testing.T) {
	nt := newNet(t, 4)
	start := crypto.Keccak256Hash([]byte("L1 block 0"))
	onL1 := Anchor{Number: 0, Hash: start, Slot: 0, At: &testL1Block}
	nt.anchors.confirm(onL1)
	nt.anchors.hashes[0] = start
	h := protocol.Header{Number: 7, Slot: 1, TxsHash: protocol.EmptyTxsHash, FeePerDaGas: big.NewInt(1), FeePerL2Gas: big.NewInt(1)}
	nt.anchors.hashes[7] = protocol.HeaderHash(h)
	nt.round(slotTime(3))
	nt.now = slotTime(4)
	an := onL1
	for range MaxReplacedHeaders {
		an.Replaced = append(an.Replaced, Replaced{Header: h, Bare: true})
	}
	raw := nt.sealWith(4, 1, start, nil, common.Hash{}, &an, false)
	r, err := nt.apps[0].CheckTx(context.Background(), &abci.RequestCheckTx{Tx: raw})
	require.NoError(t, err)
	require.NotZero(t, r.Code, "CheckTx refuses it")
	c := &countingAnchors{fakeAnchors: nt.anchors}
	a := nt.apps[1]
	a.cfg.Anchors = c
	pp, err := a.ProcessProposal(context.Background(), &abci.RequestProcessProposal{Txs: [][]byte{raw}, Height: nt.height + 1, Time: nt.now, Hash: []byte{0xee}})
	require.NoError(t, err)
	require.Equal(t, abci.ResponseProcessProposal_REJECT, pp.Status, "the proposal steps accept what CheckTx refuses, after %d L1 reads", c.reads.Load())
	require.Zero(t, c.reads.Load(), "L1 reads for a seal refused by its shape")
}
