package testbreak

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestOnFollowsTheBuild: only a build tagged sptn_broken switches a guard off, from the
// environment or from the switch file; every other build ignores both.
func TestOnFollowsTheBuild(t *testing.T) {
	file := filepath.Join(t.TempDir(), "break")
	t.Setenv(EnvGuards, "publish")
	t.Setenv(EnvFile, file)
	require.NoError(t, os.WriteFile(file, []byte("reprove\n"), 0o600))
	time.Sleep(2 * refreshForTest)
	require.Equal(t, Enabled, On("publish"))
	require.Equal(t, Enabled, On("reprove"))
	require.False(t, On("fee-bump"))
	require.NoError(t, os.WriteFile(file, nil, 0o600))
	time.Sleep(2 * refreshForTest)
	require.False(t, On("reprove"), "a mended guard holds again")
	require.Equal(t, Enabled, On("publish"))
}

func TestGuardsAreDescribed(t *testing.T) {
	for g, what := range Guards {
		require.NotEmpty(t, what, g)
		require.True(t, Known(g))
	}
	require.False(t, Known("no-such-guard"))
}

// refreshForTest is longer than a broken build trusts one reading of the switch file.
const refreshForTest = 250 * time.Millisecond
