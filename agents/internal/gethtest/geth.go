// Package gethtest starts go-ethereum's own `geth --dev` for integration tests that must meet a
// real execution client's transaction pool rather than anvil's: on a free 127.0.0.1 port, with
// chain id 31337 and anvil's dev keys funded (the first is geth's unlocked developer account),
// stopped in t.Cleanup. The binary is the one `make deps-geth` builds.
package gethtest

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/anviltest"
	"github.com/sptn/sptn/agents/internal/gethdev"
	"github.com/sptn/sptn/agents/internal/spawn"
)

// Geth is a running geth --dev.
type Geth struct {
	URL string
	RPC *rpc.Client
	cmd *exec.Cmd
	// Log is geth's output.
	Log string
}

// Start starts geth --dev sealing a block every period seconds, with anviltest.DevKeys funded.
func Start(t testing.TB, period int) *Geth {
	t.Helper()
	root := anviltest.RepoRoot(t)
	bin, err := gethdev.Binary(root)
	require.NoError(t, err)
	if _, err := os.Stat(bin); err != nil {
		t.Fatalf("geth not installed at %s: run `make deps-geth`", bin)
	}
	dir := t.TempDir()
	log, err := os.Create(filepath.Join(dir, "geth.log"))
	require.NoError(t, err)
	t.Cleanup(func() { _ = log.Close() })
	var fund []common.Address
	for i := 1; i < len(anviltest.DevKeys); i++ {
		fund = append(fund, crypto.PubkeyToAddress(anviltest.DevKey(t, i).PublicKey))
	}
	data := filepath.Join(dir, "data")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	require.NoError(t, gethdev.Prepare(ctx, bin, data, anviltest.ChainID, anviltest.DevKey(t, 0), fund, log))

	port := anviltest.FreePort(t)
	g := &Geth{URL: "http://127.0.0.1:" + strconv.Itoa(port), Log: log.Name()}
	g.cmd = exec.Command(bin, gethdev.Args(data, "127.0.0.1", port, period)...)
	g.cmd.Stdout, g.cmd.Stderr = log, log
	g.cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	require.NoError(t, spawn.Start(g.cmd))
	done := make(chan struct{})
	go func() { _ = g.cmd.Wait(); close(done) }()
	t.Cleanup(func() {
		if g.RPC != nil {
			g.RPC.Close()
		}
		_ = g.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			_ = g.cmd.Process.Kill()
			<-done
		}
	})
	deadline := time.Now().Add(time.Minute)
	for {
		select {
		case <-done:
			t.Fatalf("geth exited at start (log %s)", g.Log)
		default:
		}
		c, err := rpc.Dial(g.URL)
		if err == nil {
			var id string
			cctx, ccancel := context.WithTimeout(context.Background(), 2*time.Second)
			err = c.CallContext(cctx, &id, "eth_chainId")
			ccancel()
			if err == nil {
				g.RPC = c
				return g
			}
			c.Close()
		}
		require.True(t, time.Now().Before(deadline), "geth did not answer within a minute (log %s)", g.Log)
		time.Sleep(100 * time.Millisecond)
	}
}
