package scenario

import (
	"context"
	"io"
	"log/slog"
	"net"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/devnet"
)

// TestShortScenarios runs `make test`'s short set on one real devnet: anvil, the contracts, four
// `sptn node` processes (CometBFT), a prover and a watcher. `make scenarios` runs every scenario.
func TestShortScenarios(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a whole devnet")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 12*time.Minute)
	defer cancel()
	root, err := filepath.Abs(filepath.Join("..", "..", ".."))
	require.NoError(t, err)
	bin := filepath.Join(t.TempDir(), "sptn")
	build := exec.CommandContext(ctx, "go", "build", "-o", bin, "./agents/cmd/sptn")
	build.Dir = root
	out, err := build.CombinedOutput()
	require.NoError(t, err, "build sptn: %s", out)

	profile, err := devnet.LoadProfile(filepath.Join(root, "configs", "devnet"), "default")
	require.NoError(t, err)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	port := ln.Addr().(*net.TCPAddr).Port
	require.NoError(t, ln.Close())
	n, err := devnet.Start(ctx, profile.Config(root, t.TempDir(), port, io.Discard,
		slog.New(slog.NewTextHandler(io.Discard, nil))), profile, bin)
	if n != nil {
		t.Cleanup(n.Down)
	}
	require.NoError(t, err)

	env := NewEnv(n, profile, testWriter{t})
	require.NoError(t, env.WarmUp(ctx))
	all := All()
	for _, name := range Short {
		v := Run(ctx, all[name], env)
		require.True(t, v.Pass, "%s", v)
	}
	for _, a := range n.Agents() {
		require.True(t, a.Running(), "%s stopped during the short scenarios (log %s)", a.Name, a.Log)
	}
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}
