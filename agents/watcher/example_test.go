package watcher

import (
	"path/filepath"
	"testing"

	"github.com/spf13/pflag"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/config"
)

// TestExampleConfigLoads keeps configs/watcher.yaml loadable and equal to the defaults.
func TestExampleConfigLoads(t *testing.T) {
	t.Parallel()
	fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
	config.AddFlags(fs)
	require.NoError(t, fs.Parse([]string{"--config", filepath.Join("..", "..", "configs", "watcher.yaml")}))
	var fromFile Config
	_, err := config.Load(fs, &fromFile, Keys...)
	require.NoError(t, err)
	var defaults Config
	_, err = config.Load(pflag.NewFlagSet("none", pflag.ContinueOnError), &defaults, Keys...)
	require.NoError(t, err)
	require.Equal(t, defaults.Watcher, fromFile.Watcher)
	var c config.Checker
	fromFile.Watcher.CheckInto(&c)
	require.NoError(t, c.Err())
}
