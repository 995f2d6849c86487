package prover

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/config"
)

// TestExampleConfigLoads keeps configs/prover.yaml loadable and equal to the defaults.
func TestExampleConfigLoads(t *testing.T) {
	t.Parallel()
	var fromFile, defaults Config
	require.NoError(t, config.LoadFile(filepath.Join("..", "..", "configs", "prover.yaml"), &fromFile, Keys...))
	require.NoError(t, config.LoadFile("", &defaults, Keys...))
	require.Equal(t, defaults.Prover, fromFile.Prover)
	var c config.Checker
	fromFile.Prover.CheckInto(&c)
	require.NoError(t, c.Err())
}
