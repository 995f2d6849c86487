package watcher

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/config"
)

// TestExampleConfigLoads keeps configs/watcher.yaml loadable and equal to the defaults.
func TestExampleConfigLoads(t *testing.T) {
	t.Parallel()
	var fromFile, defaults Config
	require.NoError(t, config.LoadFile(filepath.Join("..", "..", "configs", "watcher.yaml"), &fromFile, Keys...))
	require.NoError(t, config.LoadFile("", &defaults, Keys...))
	require.Equal(t, defaults.Watcher, fromFile.Watcher)
	var c config.Checker
	fromFile.Watcher.CheckInto(&c)
	require.NoError(t, c.Err())
}
