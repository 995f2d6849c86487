package devnet

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Two devnets whose L1 ports name the same block (the test packages run side by side, each with
// its devnets) must not share it: an agent of one that restarts would find its port taken by an
// agent of the other.
func TestPortBlocksAreNotShared(t *testing.T) {
	a, err := reservePortBlock(8545)
	require.NoError(t, err)
	defer a.release()
	b, err := reservePortBlock(8545)
	require.NoError(t, err)
	defer b.release()
	require.NotEqual(t, a.first, b.first, "two devnets were handed the same port block")
	for _, blk := range []*portBlock{a, b} {
		require.GreaterOrEqual(t, blk.first, portBlockBase)
		require.Less(t, blk.first+portBlockSize, 32768, "a port block reaches into Linux's ephemeral range")
		require.Zero(t, (blk.first-portBlockBase)%portBlockSize)
	}
}
