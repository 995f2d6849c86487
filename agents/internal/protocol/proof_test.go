package protocol

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/bindings/rollup"
)

// testChain is n parent-linked headers from previous, numbers from first, one a slot.
func testChain(previous common.Hash, first uint64, n int) []Header {
	var out []Header
	parent := previous
	for i := range n {
		h := Header{Number: first + uint64(i), Slot: 16 + uint64(i), ParentHash: parent, TxsHash: EmptyTxsHash,
			StateRoot: crypto.Keccak256Hash([]byte{byte(i)}), FeePerDaGas: big.NewInt(1), FeePerL2Gas: big.NewInt(1),
			Coinbase: common.HexToAddress("0xc0ffee")}
		out = append(out, h)
		parent = HeaderHash(h)
	}
	return out
}

func hashesOf(hs []Header) []common.Hash {
	out := make([]common.Hash, len(hs))
	for i, h := range hs {
		out[i] = HeaderHash(h)
	}
	return out
}

func TestDecodeProofCall(t *testing.T) {
	t.Parallel()
	previous := common.Hash{7}
	hs := testChain(previous, 5, 3)
	d := Domain{ChainID: big.NewInt(31337), Rollup: common.HexToAddress("0x1234")}
	proof, err := HashChainProof(d, 2, previous, hs)
	require.NoError(t, err)
	call, err := DecodeProofCall(rollup.NewRollup().PackSubmitProof(big.NewInt(2), hs, proof))
	require.NoError(t, err)
	require.Equal(t, uint64(2), call.Epoch)
	require.Equal(t, proof, call.Proof)
	require.Equal(t, hashesOf(hs), hashesOf(call.Headers))

	_, err = DecodeProofCall(rollup.NewRollup().PackPrune())
	require.ErrorIs(t, err, ErrNotAProofCall)
	_, err = DecodeProofCall([]byte{1, 2})
	require.ErrorIs(t, err, ErrNotAProofCall)
}

// VerifyHashChain accepts exactly the proof of the statement it is asked about: any other
// chain, epoch, range, previous header, chain id or rollup is refused.
func TestVerifyHashChain(t *testing.T) {
	t.Parallel()
	previous := common.Hash{7}
	hs := testChain(previous, 5, 3)
	d := Domain{ChainID: big.NewInt(31337), Rollup: common.HexToAddress("0x1234")}
	pi := PublicInputsHash(d, 2, 5, 7, previous, hashesOf(hs))
	proof, err := HashChainProof(d, 2, previous, hs)
	require.NoError(t, err)
	require.True(t, VerifyHashChain(pi, proof), "the honest proof")

	forged := append([]Header(nil), hs...)
	forged[0].StateRoot = common.Hash{0xba, 0xd}
	parent := previous
	for i := range forged {
		forged[i].ParentHash = parent
		parent = HeaderHash(forged[i])
	}
	unlinked := append([]Header(nil), hs...)
	unlinked[1].ParentHash = common.Hash{1}
	for name, wrong := range map[string]struct {
		d        Domain
		epoch    uint64
		previous common.Hash
		headers  []Header
	}{
		"another state root": {d, 2, previous, forged},
		"another epoch":      {d, 3, previous, hs},
		"fewer blocks":       {d, 2, previous, hs[:2]},
		"another previous":   {d, 2, common.Hash{8}, hs},
		"unlinked":           {d, 2, previous, unlinked},
		"another chain":      {Domain{ChainID: big.NewInt(1), Rollup: d.Rollup}, 2, previous, hs},
		"another rollup":     {Domain{ChainID: d.ChainID, Rollup: common.HexToAddress("0x99")}, 2, previous, hs},
	} {
		p, err := HashChainProof(wrong.d, wrong.epoch, wrong.previous, wrong.headers)
		require.NoError(t, err)
		require.False(t, VerifyHashChain(pi, p), name)
	}
	require.False(t, VerifyHashChain(pi, nil), "empty")
	require.False(t, VerifyHashChain(pi, []byte("junk")), "junk")
	empty, err := HashChainProof(d, 2, previous, nil)
	require.NoError(t, err)
	require.False(t, VerifyHashChain(PublicInputsHash(d, 2, 0, 0, previous, nil), empty), "no headers")
}
