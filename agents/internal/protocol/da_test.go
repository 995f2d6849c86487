package protocol

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/bindings/rollup"
)

func versionedHashes(n int) []common.Hash {
	out := make([]common.Hash, n)
	for i := range out {
		out[i] = crypto.Keccak256Hash([]byte{byte(i)})
		out[i][0] = 0x01
	}
	return out
}

// TestTxsHash_OneDAMode: the calldata and blob commitments are domain separated, so the packed
// versioned hashes as calldata (the front-runner's copy of issue 14, finding 1) commit to
// something else than the blobs, and the empty block is not keccak256 of nothing.
func TestTxsHash_OneDAMode(t *testing.T) {
	t.Parallel()
	for n := 1; n <= MaxBlobsPerTx; n++ {
		vhs := versionedHashes(n)
		var packed []byte
		for _, h := range vhs {
			packed = append(packed, h[:]...)
		}
		require.NotEqual(t, BlobsTxsHash(vhs), CalldataTxsHash(packed), "%d blobs", n)
		require.Equal(t, crypto.Keccak256Hash(BlobsTag[:], packed), BlobsTxsHash(vhs))
	}
	require.Equal(t, crypto.Keccak256Hash([]byte("sptn.rollup.da.calldata")), CalldataTag)
	require.Equal(t, crypto.Keccak256Hash([]byte("sptn.rollup.da.blobs")), BlobsTag)
	require.Equal(t, crypto.Keccak256Hash(CalldataTag[:]), EmptyTxsHash)
	require.NotEqual(t, crypto.Keccak256Hash(nil), EmptyTxsHash)
}

func TestProposeCall_CheckDA(t *testing.T) {
	t.Parallel()
	vhs := versionedHashes(2)
	var packed []byte
	for _, h := range vhs {
		packed = append(packed, h[:]...)
	}
	blobHeader := Header{Number: 1, TxsHash: BlobsTxsHash(vhs), FeePerDaGas: big.NewInt(1), FeePerL2Gas: big.NewInt(1)}
	dataHeader := Header{Number: 1, TxsHash: CalldataTxsHash([]byte("tx")), FeePerDaGas: big.NewInt(1), FeePerL2Gas: big.NewInt(1)}
	for _, tc := range []struct {
		name  string
		call  ProposeCall
		blobs []common.Hash
		ok    bool
	}{
		{"calldata block", ProposeCall{Header: dataHeader, Txs: []byte("tx")}, nil, true},
		{"calldata block, other data", ProposeCall{Header: dataHeader, Txs: []byte("tx2")}, nil, false},
		{"blob block", ProposeCall{Header: blobHeader, Blobs: true}, vhs, true},
		{"blob block, other blobs", ProposeCall{Header: blobHeader, Blobs: true}, vhs[:1], false},
		{"blob block without blobs", ProposeCall{Header: blobHeader, Blobs: true}, nil, false},
		{"blob header copied into calldata", ProposeCall{Header: blobHeader, Txs: packed}, nil, false},
		{"calldata header as blobs", ProposeCall{Header: dataHeader, Blobs: true}, vhs, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			err := tc.call.CheckDA(tc.blobs)
			if tc.ok {
				require.NoError(t, err)
			} else {
				require.ErrorIs(t, err, ErrDAMismatch)
			}
		})
	}
}

type txByHash map[common.Hash]*types.Transaction

func (m txByHash) TransactionByHash(_ context.Context, h common.Hash) (*types.Transaction, bool, error) {
	return m[h], false, nil
}

// TestProposedCall_RefusesCalldataCopyOfABlobBlock: readers of L1 (the prover, the node) never
// take a calldata call's bytes as the data of a header that commits to blobs.
func TestProposedCall_RefusesCalldataCopyOfABlobBlock(t *testing.T) {
	t.Parallel()
	vhs := versionedHashes(1)
	h := Header{Number: 3, Slot: 9, TxsHash: BlobsTxsHash(vhs), FeePerDaGas: big.NewInt(1), FeePerL2Gas: big.NewInt(1)}
	r := rollup.NewRollup()
	hh := HeaderHash(h)
	logFor := func(tx *types.Transaction) types.Log {
		return types.Log{TxHash: tx.Hash(), Topics: []common.Hash{BlockProposedID, {}, {}, hh}}
	}
	honest := types.NewTx(&types.BlobTx{ChainID: uint256.NewInt(1), Data: r.PackProposeWithBlobs(h, nil), BlobHashes: vhs})
	copied := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(1), Nonce: 1, Data: r.PackPropose(h, vhs[0][:], nil)})
	txs := txByHash{honest.Hash(): honest, copied.Hash(): copied}

	call, ok, err := ProposedCall(context.Background(), txs, logFor(honest))
	require.NoError(t, err)
	require.True(t, ok)
	require.True(t, call.Blobs)
	_, ok, err = ProposedCall(context.Background(), txs, logFor(copied))
	require.NoError(t, err)
	require.False(t, ok, "a calldata copy of a blob header is not the block's data")
}
