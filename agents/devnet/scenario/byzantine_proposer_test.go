package scenario

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/chainapi"
)

func pendingBlock(hash string, slot uint64) *chainapi.Block {
	return &chainapi.Block{Hash: common.HexToHash(hash), Header: chainapi.Header{Slot: slot}}
}

// TestCompareChains: the same blocks on every node, or none on any (a block L1 replaced), pass; a
// different block, a block one node lacks, or two blocks of one slot are verdicts.
func TestCompareChains(t *testing.T) {
	t.Parallel()
	names := []string{"node-0", "node-1", "node-2"}
	a, b, c := pendingBlock("0xa", 4), pendingBlock("0xb", 5), pendingBlock("0xc", 7)
	same := func(blk *chainapi.Block) []*chainapi.Block { return []*chainapi.Block{blk, blk, blk} }
	n, err := compareChains(10, names, [][]*chainapi.Block{same(a), same(nil), same(b), same(c)})
	require.NoError(t, err)
	require.Equal(t, 3, n)

	for name, tc := range map[string]struct {
		chains [][]*chainapi.Block
		want   string
	}{
		"different blocks":   {[][]*chainapi.Block{same(a), {b, b, pendingBlock("0xbb", 5)}}, "two honest nodes committed different blocks"},
		"one node lacks it":  {[][]*chainapi.Block{same(a), {b, nil, b}}, "node-1 holds none: one honest node has a block where another has none"},
		"the first lacks it": {[][]*chainapi.Block{{nil, a, a}}, "pending block 10: node-0 holds none"},
		"two of one slot":    {[][]*chainapi.Block{same(b), same(pendingBlock("0xd", 5))}, "pending blocks 10 and 11 are of slots 5 and 5"},
	} {
		_, err := compareChains(10, names, tc.chains)
		require.True(t, IsVerdict(err), "%s: %v", name, err)
		require.ErrorContains(t, err, tc.want, name)
	}
}

// TestAgreeingReadsOutlivesAReadMidOrphaning (review r17f L5): one read that caught one node
// before and another after an orphaning height gives a verdict the next read does not repeat: no
// verdict. A verdict seen twice in a row stands; outcomes that never repeat, or a harness error,
// are no verdict.
func TestAgreeingReadsOutlivesAReadMidOrphaning(t *testing.T) {
	t.Parallel()
	mid := failf("pending block 7: node-0 holds 0x1, node-1 holds 0x2: two honest nodes committed different blocks")
	other := failf("pending block 7: node-0 holds 0x3, node-1 holds 0x2: two honest nodes committed different blocks")
	broken := errors.New("node-1: connection refused")
	run := func(outcomes ...error) (error, int, int) {
		reads, pauses := 0, 0
		err := agreeingReads(5, func() error { pauses++; return nil }, func() error {
			err := outcomes[min(reads, len(outcomes)-1)]
			reads++
			return err
		})
		return err, reads, pauses
	}
	err, reads, pauses := run(mid, nil, nil)
	require.NoError(t, err, "the verdict of the read mid-orphaning is not repeated")
	require.Equal(t, 3, reads)
	require.Equal(t, 2, pauses)

	err, reads, _ = run(nil, nil)
	require.NoError(t, err)
	require.Equal(t, 2, reads)

	err, reads, _ = run(mid, mid)
	require.True(t, IsVerdict(err), "a disagreement seen twice stands")
	require.Equal(t, mid, err)
	require.Equal(t, 2, reads)

	err, reads, _ = run(nil, mid, mid)
	require.Equal(t, mid, err)
	require.Equal(t, 3, reads)

	err, reads, _ = run(mid, other, nil, mid, other)
	require.Error(t, err)
	require.False(t, IsVerdict(err), "reads that never agree are no verdict")
	require.ErrorContains(t, err, "no two reads in a row agreed in 5")
	require.Equal(t, 5, reads)

	err, reads, _ = run(mid, broken)
	require.Equal(t, broken, err)
	require.Equal(t, 2, reads)

	stop := errors.New("context canceled")
	err = agreeingReads(5, func() error { return stop }, func() error { return mid })
	require.Equal(t, stop, err)
}
