package protocol

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/bindings/rollup"
)

func TestDecodeProposeCall(t *testing.T) {
	t.Parallel()
	h := Header{Number: 7, Slot: 42, ParentHash: common.Hash{1}, TxsHash: crypto.Keccak256Hash([]byte("tx")),
		StateRoot: common.Hash{2}, InboxHash: common.Hash{3}, FeePerDaGas: big.NewInt(11),
		FeePerL2Gas: big.NewInt(13), Coinbase: common.HexToAddress("0xc0ffee")}
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	sig, err := SignDigest(key, common.Hash{9})
	require.NoError(t, err)
	atts := []Attestation{{Index: 0, Signature: sig}, {Index: 3, Signature: sig}}
	enc, err := EncodeAttestations(atts)
	require.NoError(t, err)
	r := rollup.NewRollup()

	for _, tc := range []struct {
		name    string
		data    []byte
		want    *ProposeCall
		wantErr error
	}{
		{"propose", r.PackPropose(h, []byte("tx"), enc),
			&ProposeCall{Header: h, Txs: []byte("tx"), Attestations: atts}, nil},
		{"proposeBased", r.PackProposeBased(h, []byte("tx"), []byte("proof")),
			&ProposeCall{Header: h, Txs: []byte("tx"), Based: true, Proof: []byte("proof")}, nil},
		{"proposeWithBlobs", r.PackProposeWithBlobs(h, enc),
			&ProposeCall{Header: h, Blobs: true, Attestations: atts}, nil},
		{"proposeBasedWithBlobs", r.PackProposeBasedWithBlobs(h, []byte("proof")),
			&ProposeCall{Header: h, Blobs: true, Based: true, Proof: []byte("proof")}, nil},
		{"ragged attestations with blobs", r.PackProposeWithBlobs(h, enc[:70]), nil, ErrMalformedAttestations},
		{"another method", r.PackPrune(), nil, ErrNotAProposal},
		{"too short", []byte{1, 2}, nil, ErrNotAProposal},
		{"ragged attestations", r.PackPropose(h, nil, enc[:70]), nil, ErrMalformedAttestations},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, err := DecodeProposeCall(tc.data)
			if tc.wantErr != nil {
				require.ErrorIs(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			require.Equal(t, HeaderHash(tc.want.Header), HeaderHash(got.Header))
			require.Equal(t, tc.want.Txs, got.Txs)
			require.Equal(t, tc.want.Attestations, got.Attestations)
			require.Equal(t, tc.want.Based, got.Based)
			require.Equal(t, tc.want.Blobs, got.Blobs)
			require.Equal(t, tc.want.Proof, got.Proof)
		})
	}
}
