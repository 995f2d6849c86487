package prover

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/protocol"
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
