package anviltest

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/ports"
	"github.com/sptn/sptn/agents/internal/spawn"
)

// ChainID is the chain id the tests' anvils run with.
const ChainID = 31337

// DevKeys are anvil's pre-funded development keys (public knowledge; tests only).
var DevKeys = []string{
	"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
	"59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
	"5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
	"7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
}

// DevKey returns anvil's i-th development key.
func DevKey(t testing.TB, i int) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.HexToECDSA(DevKeys[i])
	require.NoError(t, err)
	return k
}

// Anvil is a running anvil.
type Anvil struct {
	t    testing.TB
	bin  string
	args []string
	Port int
	URL  string
	cmd  *exec.Cmd
	done chan struct{}

	mu  sync.Mutex // guards rpc: MineEvery's goroutine calls while the test stops and restarts
	rpc *rpc.Client
}

// RepoRoot finds the repository root (the directory holding go.mod) above the working directory.
func RepoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	require.NoError(t, err)
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		require.NotEqual(t, parent, dir, "no go.mod above the test's directory")
		dir = parent
	}
}

// FreePort returns a TCP port on 127.0.0.1 that was free a moment ago.
func FreePort(t testing.TB) int {
	t.Helper()
	p, err := ports.Free()
	require.NoError(t, err)
	return p
}

// Start starts anvil with the extra args (for example "--no-mining" or "--state", path) and
// waits until it answers. It is stopped in t.Cleanup.
func Start(t testing.TB, extra ...string) *Anvil {
	t.Helper()
	bin := filepath.Join(RepoRoot(t), "node_modules", "@foundry-rs", "anvil-linux-amd64", "bin", "anvil")
	if _, err := os.Stat(bin); err != nil {
		t.Fatalf("anvil not installed at %s: run `make deps`", bin)
	}
	a := &Anvil{t: t, bin: bin, Port: FreePort(t)}
	a.URL = "http://127.0.0.1:" + strconv.Itoa(a.Port)
	a.args = append([]string{"--host", "127.0.0.1", "--port", strconv.Itoa(a.Port),
		"--chain-id", strconv.Itoa(ChainID), "--silent"}, extra...)
	a.start()
	t.Cleanup(a.Stop)
	return a
}

func (a *Anvil) start() {
	a.t.Helper()
	a.cmd = exec.Command(a.bin, a.args...)
	a.cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	require.NoError(a.t, spawn.Start(a.cmd))
	a.done = make(chan struct{})
	go func(cmd *exec.Cmd, done chan struct{}) { _ = cmd.Wait(); close(done) }(a.cmd, a.done)
	deadline := time.Now().Add(30 * time.Second)
	for {
		c, err := rpc.Dial(a.URL)
		if err == nil {
			var id string
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			err = c.CallContext(ctx, &id, "eth_chainId")
			cancel()
			if err == nil {
				a.mu.Lock()
				a.rpc = c
				a.mu.Unlock()
				return
			}
			c.Close()
		}
		select {
		case <-a.done:
			a.t.Fatalf("anvil exited during start: %v", a.cmd.ProcessState)
		default:
		}
		if time.Now().After(deadline) {
			a.t.Fatalf("anvil did not answer on %s within 30s: %v", a.URL, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Stop stops anvil with SIGTERM (so that --state is dumped) and waits for it; it is idempotent.
func (a *Anvil) Stop() {
	if a.cmd == nil {
		return
	}
	a.mu.Lock()
	if a.rpc != nil {
		a.rpc.Close()
		a.rpc = nil
	}
	a.mu.Unlock()
	_ = a.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-a.done:
	case <-time.After(10 * time.Second):
		_ = a.cmd.Process.Kill()
		<-a.done
	}
	a.cmd = nil
}

// Restart starts anvil again on the same port with the same arguments.
func (a *Anvil) Restart() {
	a.t.Helper()
	a.Stop()
	a.start()
}

// Call makes a JSON-RPC call to anvil, failing the test on error.
func (a *Anvil) Call(result any, method string, params ...any) {
	a.t.Helper()
	require.NoError(a.t, a.TryCall(result, method, params...), "%s", method)
}

// TryCall makes a JSON-RPC call to anvil and returns its error.
func (a *Anvil) TryCall(result any, method string, params ...any) error {
	a.mu.Lock()
	c := a.rpc
	a.mu.Unlock()
	if c == nil {
		return errors.New("anvil is stopped")
	}
	// A bound for a hung anvil, not a latency check: make test's fresh-clone run at 6e6c2c7 saw
	// eth_getTransactionCount take over 10 s (TestBlobFeeSpikeBumpsAllFees, both cores busy with
	// the race-built unit packages and the background geth build).
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	return c.CallContext(ctx, result, method, params...)
}

// Mine mines n blocks.
func (a *Anvil) Mine(n int) {
	a.t.Helper()
	a.Call(nil, "anvil_mine", fmt.Sprintf("0x%x", n))
}

// SetAutomine turns mining on every transaction on or off.
func (a *Anvil) SetAutomine(on bool) {
	a.t.Helper()
	a.Call(nil, "evm_setAutomine", on)
}

// MineEvery mines a block every interval until the returned stop function is called (or the
// test ends). Errors (anvil down on purpose) are ignored.
func (a *Anvil) MineEvery(interval time.Duration) (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		tk := time.NewTicker(interval)
		defer tk.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tk.C:
				_ = a.TryCall(nil, "anvil_mine", "0x1")
			}
		}
	}()
	stopped := false
	stop = func() {
		if !stopped {
			stopped = true
			cancel()
			<-done
		}
	}
	a.t.Cleanup(stop)
	return stop
}
