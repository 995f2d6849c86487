// Package devnettest starts whole devnets for integration tests: the sptn binary built from the
// working tree, a profile of configs/devnet, a free L1 port, and everything stopped when the test
// ends.
package devnettest

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/devnet"
	"github.com/sptn/sptn/agents/internal/ports"
)

// Root is the repository root (this file is agents/devnet/devnettest/devnettest.go).
func Root(t *testing.T) string {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	require.True(t, ok)
	root, err := filepath.Abs(filepath.Join(filepath.Dir(file), "..", "..", ".."))
	require.NoError(t, err)
	return root
}

// Start builds sptn and starts a devnet of the named profile on a free L1 port; it is stopped
// when the test ends.
func Start(ctx context.Context, t *testing.T, profileName string) (*devnet.Network, devnet.Profile) {
	t.Helper()
	root := Root(t)
	bin := filepath.Join(t.TempDir(), "sptn")
	build := exec.CommandContext(ctx, "go", "build", "-o", bin, "./agents/cmd/sptn")
	build.Dir = root
	out, err := build.CombinedOutput()
	require.NoError(t, err, "build sptn: %s", out)

	profile, err := devnet.LoadProfile(filepath.Join(root, "configs", "devnet"), profileName)
	require.NoError(t, err)
	// A port free when picked can be another process's by the time anvil binds it (package
	// ports picks below the range outgoing connections take theirs from, but the test packages
	// run beside this one pick too): pick another then.
	for try := 1; ; try++ {
		port, err := ports.Free()
		require.NoError(t, err)
		n, err := devnet.Start(ctx, profile.Config(root, t.TempDir(), port, io.Discard,
			slog.New(slog.NewTextHandler(io.Discard, nil))), profile, bin)
		if n != nil {
			t.Cleanup(n.Down)
		}
		if errors.Is(err, devnet.ErrL1PortTaken) && try < 3 {
			t.Logf("devnet start: %v; another port", err)
			continue
		}
		require.NoError(t, err)
		return n, profile
	}
}

// Writer writes each line to the test's log.
type Writer struct{ T *testing.T }

func (w Writer) Write(p []byte) (int, error) {
	w.T.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}
