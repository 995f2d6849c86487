//go:build byzantine

package prover

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/protocol"
)

// byzChain is n parent-linked headers from previous, in slots from slot on.
func byzChain(previous common.Hash, first, slot uint64, n int) []protocol.Header {
	var out []protocol.Header
	parent := previous
	for i := range n {
		h := protocol.Header{Number: first + uint64(i), Slot: slot + uint64(i), ParentHash: parent, TxsHash: protocol.EmptyTxsHash,
			StateRoot: crypto.Keccak256Hash([]byte{byte(i)}), FeePerDaGas: big.NewInt(1), FeePerL2Gas: big.NewInt(1)}
		out = append(out, h)
		parent = protocol.HeaderHash(h)
	}
	return out
}

// Every wrong proof is of a statement other than the one the rollup asks the verifier about
// (over the headers it stored), or carries a header the rollup did not store; each kind is sent.
func TestWrongProofsAreWrong(t *testing.T) {
	t.Parallel()
	d := protocol.Domain{ChainID: big.NewInt(31337), Rollup: common.HexToAddress("0x1234")}
	previous := common.Hash{7}
	for _, tc := range []struct {
		name      string
		epochLen  int
		withNext  bool
		wantKinds []string
	}{
		{"epoch of 3 with a next block", 3, true, []string{"state-root", "epoch", "block-set", "header"}},
		{"epoch of 3 at the tip", 3, false, []string{"state-root", "epoch", "block-set", "header"}},
		{"epoch of 1 with a next block", 1, true, []string{"state-root", "epoch", "block-set", "header"}},
		{"epoch of 1 at the tip", 1, false, []string{"state-root", "epoch", "header"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			n := tc.epochLen
			if tc.withNext {
				n++
			}
			all := byzChain(previous, 5, 16, n)
			if tc.withNext {
				all[n-1].Slot = 24 // the next epoch (8 slots an epoch)
				all[n-1].ParentHash = protocol.HeaderHash(all[n-2])
			}
			stored := map[uint64]common.Hash{}
			for _, h := range all {
				stored[h.Number] = protocol.HeaderHash(h)
			}
			e := epochToProve{Epoch: 2, Deadline: 4, Open: true, Previous: previous, EpochHeaders: all[:tc.epochLen], All: all}
			var hashes []common.Hash
			for _, h := range e.EpochHeaders {
				hashes = append(hashes, stored[h.Number])
			}
			pi := protocol.PublicInputsHash(d, 2, 5, 5+uint64(tc.epochLen)-1, previous, hashes)
			honest, err := protocol.HashChainProof(d, 2, previous, e.EpochHeaders)
			require.NoError(t, err)
			require.True(t, protocol.VerifyHashChain(pi, honest))

			wrong, err := wrongProofs(d, e)
			require.NoError(t, err)
			var kinds []string
			for _, w := range wrong {
				kinds = append(kinds, w.Kind)
				require.False(t, protocol.VerifyHashChain(pi, w.Proof), "%s: the verifier must refuse it", w.Kind)
				altered := 0
				for _, h := range w.Headers {
					if protocol.HeaderHash(h) != stored[h.Number] {
						altered++
					}
				}
				if w.Kind == "header" {
					require.Equal(t, 1, altered, "the header kind alters one header")
					require.Equal(t, len(all), len(w.Headers))
				} else {
					require.Zero(t, altered, "%s: submitProof's headers are the stored ones", w.Kind)
				}
			}
			require.Equal(t, tc.wantKinds, kinds)
		})
	}
}
