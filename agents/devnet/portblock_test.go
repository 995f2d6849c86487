package devnet

import (
	"fmt"
	"os"
	"path/filepath"
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

// The lock directory is refused unless it is this user's and closed to others, and a lock file
// that is a symlink is refused, not followed: whoever controls them could hold every block or
// make a devnet (run as root for network namespaces) create files elsewhere.
func TestPortBlockLocksRefuseWhatOthersCouldControl(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	dir := filepath.Join(tmp, fmt.Sprintf("sptn-devnet-ports-%d", os.Getuid()))

	b, err := reservePortBlock(8545)
	require.NoError(t, err)
	b.release()
	fi, err := os.Stat(dir)
	require.NoError(t, err)
	require.Equal(t, os.FileMode(0o700), fi.Mode().Perm())

	require.NoError(t, os.Chmod(dir, 0o777))
	_, err = reservePortBlock(8545)
	require.ErrorContains(t, err, "mode 0700")
	require.NoError(t, os.Chmod(dir, 0o700))

	victim := filepath.Join(tmp, "victim")
	name := filepath.Join(dir, fmt.Sprintf("block-%02d.lock", 8545%portBlockCount))
	require.NoError(t, os.Remove(name))
	require.NoError(t, os.Symlink(victim, name))
	_, err = reservePortBlock(8545)
	require.Error(t, err, "a symlinked lock file was followed")
	require.NoFileExists(t, victim)
	require.NoError(t, os.Remove(name))

	require.NoError(t, os.RemoveAll(dir))
	other := filepath.Join(tmp, "other")
	require.NoError(t, os.Mkdir(other, 0o700))
	require.NoError(t, os.Symlink(other, dir))
	_, err = reservePortBlock(8545)
	require.ErrorContains(t, err, "must be a directory")
}

// This machine's ephemeral range (32768 and up by default) lies above every block; a devnet
// warns when it does not.
func TestPortBlocksLieBelowTheEphemeralRange(t *testing.T) {
	require.Equal(t, 32150, portBlocksEnd, "the blocks end below 32768")
	if low, overlap := ephemeralOverlap(); overlap {
		t.Logf("this machine's ephemeral ports start at %d, inside the blocks: devnets warn", low)
	}
}
