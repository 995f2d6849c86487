package prover

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/bindings/rollup"
)

func TestChainToFollowsParentLinks(t *testing.T) {
	t.Parallel()
	genesis := common.Hash{0x01}
	var hs []protocol.Header
	parent := genesis
	for n := uint64(1); n <= 4; n++ {
		h := protocol.Header{Number: n, Slot: 10 * n, ParentHash: parent}
		hs = append(hs, h)
		parent = protocol.HeaderHash(h)
	}
	hash := func(i int) common.Hash { return protocol.HeaderHash(hs[i]) }
	build := func(skip int) *index {
		x := newIndex(nil, common.Address{}, 0, 1, 0)
		for i, h := range hs {
			if i != skip {
				x.headers[hash(i)] = h
			}
		}
		return x
	}

	for _, tc := range []struct {
		name            string
		skip            int
		assured, proven uint64
		assuredHash     common.Hash
		provenHash      common.Hash
		want            []uint64
		wantErr         error
	}{
		{"whole chain", -1, 4, 0, hash(3), genesis, []uint64{1, 2, 3, 4}, nil},
		{"above a proven tip", -1, 4, 2, hash(3), hash(1), []uint64{3, 4}, nil},
		{"nothing to prove", -1, 2, 2, hash(1), hash(1), nil, nil},
		{"missing header", 2, 4, 0, hash(3), genesis, nil, ErrHeaderNotIndexed},
		{"not linked to the proven tip", -1, 4, 2, hash(3), common.Hash{0x99}, nil, ErrHeaderNotIndexed},
		{"number mismatch", -1, 5, 0, hash(3), genesis, nil, ErrHeaderNotIndexed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, err := build(tc.skip).chainTo(tc.assured, tc.proven, tc.assuredHash, tc.provenHash)
			if tc.wantErr != nil {
				require.ErrorIs(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			var numbers []uint64
			for _, h := range got {
				numbers = append(numbers, h.Number)
			}
			require.Equal(t, tc.want, numbers)
		})
	}
}

// txChain is a Chain that answers TransactionByHash from a map.
type txChain struct {
	Chain
	txs map[common.Hash]*types.Transaction
}

func (c txChain) TransactionByHash(_ context.Context, h common.Hash) (*types.Transaction, bool, error) {
	return c.txs[h], false, nil
}

// TestIndexReadsBlobProposes: a block proposed with proposeWithBlobs in a blob transaction is
// indexed from that transaction's calldata like a calldata propose.
func TestIndexReadsBlobProposes(t *testing.T) {
	t.Parallel()
	blobs := []common.Hash{{0x01}}
	h := protocol.Header{Number: 1, Slot: 5, ParentHash: common.Hash{0x01}, TxsHash: protocol.BlobsTxsHash(blobs),
		FeePerDaGas: big.NewInt(1), FeePerL2Gas: big.NewInt(1)}
	hash := protocol.HeaderHash(h)
	tx := types.NewTx(&types.BlobTx{Data: rollup.NewRollup().PackProposeWithBlobs(h, nil),
		BlobHashes: blobs, GasTipCap: uint256.NewInt(1), GasFeeCap: uint256.NewInt(1),
		BlobFeeCap: uint256.NewInt(1)})
	// The same header in a transaction with other blobs commits to none of them: not indexed.
	other := types.NewTx(&types.BlobTx{Data: rollup.NewRollup().PackProposeWithBlobs(h, nil), Nonce: 1,
		BlobHashes: []common.Hash{{0x02}}, GasTipCap: uint256.NewInt(1), GasFeeCap: uint256.NewInt(1),
		BlobFeeCap: uint256.NewInt(1)})
	x := newIndex(txChain{txs: map[common.Hash]*types.Transaction{{0xaa}: tx, {0xbb}: other}}, common.Address{}, 0, 1, 0)
	require.NoError(t, x.add(context.Background(), types.Log{TxHash: common.Hash{0xbb},
		Topics: []common.Hash{{}, {}, {}, hash}}))
	require.NotContains(t, x.headers, hash, "a header whose txsHash commits to other blobs")
	require.NoError(t, x.add(context.Background(), types.Log{TxHash: common.Hash{0xaa},
		Topics: []common.Hash{{}, {}, {}, hash}}))
	require.Equal(t, h.Number, x.headers[hash].Number)
	require.Equal(t, hash, protocol.HeaderHash(x.headers[hash]))
}
