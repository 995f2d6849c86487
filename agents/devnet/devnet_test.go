package devnet

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/anviltest"
	"github.com/sptn/sptn/bindings/toplevelgovernance"
)

func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	require.NoError(t, err)
	return root
}

// TestUpDeploysAndDownStopsEverything runs the real thing: anvil, the forge deploy script, the
// deployments file, and a stop that leaves no anvil behind.
func TestUpDeploysAndDownStopsEverything(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cfg := Config{
		Root: repoRoot(t), DataDir: t.TempDir(), L1Port: anviltest.FreePort(t), L1BlockTime: time.Second,
		ChainID: 31337, Out: io.Discard, Log: slog.New(slog.NewTextHandler(io.Discard, nil)),
	}
	n, err := Up(ctx, cfg)
	require.NoError(t, err)
	pid := n.anvil.cmd.Process.Pid

	require.Equal(t, uint64(31337), n.Deployments.ChainID)
	c, err := ethclient.DialContext(ctx, n.RPC)
	require.NoError(t, err)
	for _, name := range []string{
		"AZT", "Timelock", "TopLevelGovernance", "Registry", "SptnGovernance", "Staking", "RewardPool",
		"Rollup", "HashChainVerifier", "Slasher",
	} {
		addr, err := n.Deployments.Address(name)
		require.NoError(t, err)
		code, err := c.CodeAt(ctx, addr, nil)
		require.NoError(t, err)
		require.NotEmpty(t, code, "%s has no code at the address in the deployments file", name)
	}
	// The devnet's governance runs on seconds: a vote lasts 30 s, not a week.
	tlgAddr, err := n.Deployments.Address("TopLevelGovernance")
	require.NoError(t, err)
	tlg := toplevelgovernance.NewTopLevelGovernance()
	period, err := bind.Call(tlg.Instance(c, tlgAddr), &bind.CallOpts{Context: ctx},
		tlg.PackVotingPeriod(), tlg.UnpackVotingPeriod)
	require.NoError(t, err)
	require.Equal(t, int64(30), period.Int64())
	c.Close()
	_, err = os.Stat(filepath.Join(cfg.DataDir, "deployments.json"))
	require.NoError(t, err)

	n.Down()
	require.ErrorIs(t, syscall.Kill(pid, 0), syscall.ESRCH, "anvil (pid %d) still runs after Down", pid)
}

func TestConfigCheck(t *testing.T) {
	t.Parallel()
	good := Config{Root: repoRoot(t), L1Port: 8545, L1BlockTime: time.Second, ChainID: 1}
	tests := []struct {
		name   string
		mutate func(*Config)
		want   string
	}{
		{"no root", func(c *Config) { c.Root = "" }, "root is empty"},
		{"root without foundry.toml", func(c *Config) { c.Root = t.TempDir() }, "has no foundry.toml"},
		{"bad port", func(c *Config) { c.L1Port = 70000 }, "l1-port 70000 is not a TCP port"},
		{"sub-second block time", func(c *Config) { c.L1BlockTime = 500 * time.Millisecond }, "l1-block-time 500ms"},
		{"zero chain id", func(c *Config) { c.ChainID = 0 }, "chain-id must not be 0"},
	}
	require.NoError(t, good.Check())
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := good
			tc.mutate(&c)
			require.ErrorContains(t, c.Check(), tc.want)
		})
	}
}

// TestUpRefusesATakenL1Port: a port another process holds is refused before anything starts,
// with ErrL1PortTaken (which devnettest.Start answers by picking another port).
func TestUpRefusesATakenL1Port(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	cfg := Config{
		Root: repoRoot(t), DataDir: t.TempDir(), L1Port: ln.Addr().(*net.TCPAddr).Port, L1BlockTime: time.Second,
		ChainID: 31337, Out: io.Discard, Log: slog.New(slog.NewTextHandler(io.Discard, nil)),
	}
	n, err := Up(context.Background(), cfg)
	require.Nil(t, n)
	require.ErrorIs(t, err, ErrL1PortTaken)
	require.ErrorContains(t, err, fmt.Sprintf("l1-port %d is taken", cfg.L1Port))
}
