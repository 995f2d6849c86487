package deployments

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/ports"
	registrybind "github.com/sptn/sptn/bindings/registry"
)

const anvilAccount0 = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"

// deploySuite starts anvil, runs script/Deploy.s.sol against it and returns the RPC client and
// the deployments file's contracts. Everything stops when the test ends.
func deploySuite(ctx context.Context, t *testing.T) (*rpc.Client, map[string]common.Address) {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", "..", ".."))
	require.NoError(t, err)
	tool := func(name string) string {
		return filepath.Join(root, "node_modules", "@foundry-rs", name+"-linux-amd64", "bin", name)
	}
	// Start anvil on a free port and make sure the RPC that answers is this anvil (chain id
	// 31339): another test's anvil may take a port between our probe and anvil's bind. Retry then.
	var (
		client *rpc.Client
		url    string
	)
	for attempt := 0; client == nil; attempt++ {
		require.Less(t, attempt, 5, "could not start anvil on a free port")
		port, err := ports.Free()
		require.NoError(t, err)
		// A chain id of its own keeps forge's broadcast records apart from other tests'.
		anvil := exec.Command(tool("anvil"), "--host", "127.0.0.1", "--port", strconv.Itoa(port),
			"--chain-id", "31339", "--silent")
		anvil.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
		require.NoError(t, anvil.Start())
		exited := make(chan struct{})
		go func() { _ = anvil.Wait(); close(exited) }()
		stop := func() { _ = syscall.Kill(-anvil.Process.Pid, syscall.SIGKILL); <-exited }
		url = fmt.Sprintf("http://127.0.0.1:%d", port)
		deadline := time.Now().Add(30 * time.Second)
		for client == nil && time.Now().Before(deadline) {
			select {
			case <-exited:
				deadline = time.Time{} // bind failed: try another port
				continue
			case <-ctx.Done():
				t.Fatalf("anvil did not answer: %v", ctx.Err())
			case <-time.After(100 * time.Millisecond):
			}
			cctx, cancel := context.WithTimeout(ctx, time.Second)
			c, err := rpc.DialContext(cctx, url)
			if err == nil {
				id, err := ethclient.NewClient(c).ChainID(cctx)
				switch {
				case err == nil && id.Uint64() == 31339:
					client = c
				case err == nil:
					c.Close()
					deadline = time.Time{} // someone else's chain answers on this port
				default:
					c.Close()
				}
			}
			cancel()
		}
		if client == nil {
			stop()
			continue
		}
		t.Cleanup(stop)
	}
	t.Cleanup(client.Close)

	depFile := filepath.Join("deployments", fmt.Sprintf(".registry-test-%d.json", os.Getpid()))
	t.Cleanup(func() { _ = os.Remove(filepath.Join(root, depFile)) })
	// --slow sends each transaction after the previous one's receipt: against an automining anvil
	// a batch sent at once sometimes left forge waiting for receipts until the test timed out.
	fctx, cancelForge := context.WithTimeout(ctx, 2*time.Minute)
	defer cancelForge()
	forge := exec.CommandContext(fctx, tool("forge"), "script", "script/Deploy.s.sol:Deploy",
		"--rpc-url", url, "--broadcast", "--unlocked", "--sender", anvilAccount0, "--slow",
		"--non-interactive")
	forge.Dir = root
	forge.Env = append(os.Environ(), "DEPLOYMENTS_FILE="+depFile)
	out, err := forge.CombinedOutput()
	require.NoError(t, err, "forge script Deploy:\n%s", out)
	raw, err := os.ReadFile(filepath.Join(root, depFile))
	require.NoError(t, err)
	var f File
	require.NoError(t, json.Unmarshal(raw, &f))
	return client, f.Contracts
}

// sendAs sends a transaction from an account anvil impersonates.
func sendAs(ctx context.Context, t *testing.T, c *rpc.Client, from, to common.Address, data []byte) {
	t.Helper()
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	require.NoError(t, c.CallContext(cctx, nil, "anvil_impersonateAccount", from))
	require.NoError(t, c.CallContext(cctx, nil, "anvil_setBalance", from, "0xde0b6b3a7640000"))
	var hash common.Hash
	require.NoError(t, c.CallContext(cctx, &hash, "eth_sendTransaction", map[string]any{
		"from": from, "to": to, "data": hexutil.Bytes(data),
	}))
	// eth_sendTransaction may answer before the receipt is queryable: wait for it.
	receipt, err := bind.WaitMined(cctx, ethclient.NewClient(c), hash)
	require.NoError(t, err)
	require.Equal(t, uint64(1), receipt.Status, "transaction from %s reverted", from)
}

// TestReadCanonical reads the Registry of a real deployment on anvil before and after the
// timelock (impersonated here; the vote itself is script/story_test.go's) registers a deployment.
func TestReadCanonical(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	client, contracts := deploySuite(ctx, t)
	eth := ethclient.NewClient(client)
	registry := contracts["Registry"]

	_, err := ReadCanonical(ctx, eth, registry)
	require.ErrorIs(t, err, ErrNoCanonical)

	r := registrybind.NewRegistry()
	rollup := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	var name [32]byte
	copy(name[:], "sptn-test")
	sendAs(ctx, t, client, contracts["Timelock"], registry, r.PackRegister(registrybind.IRegistryDeployment{
		Name: name, Rollup: rollup, Staking: contracts["Staking"], Governance: contracts["SptnGovernance"],
		RewardPool: contracts["RewardPool"], RegisteredAt: new(big.Int),
	}))
	sendAs(ctx, t, client, contracts["Timelock"], registry, r.PackSetCanonical(big.NewInt(1)))

	d, err := ReadCanonical(ctx, eth, registry)
	require.NoError(t, err)
	require.Equal(t, uint64(1), d.Version)
	require.Equal(t, "sptn-test", d.Name)
	require.Equal(t, rollup, d.Rollup)
	require.Equal(t, contracts["Staking"], d.Staking)
	require.Equal(t, contracts["SptnGovernance"], d.Governance)
	require.Equal(t, contracts["RewardPool"], d.RewardPool)
	require.NotZero(t, d.RegisteredAt)

	_, err = ReadCanonical(ctx, eth, common.HexToAddress("0x00000000000000000000000000000000000000bb"))
	require.Error(t, err, "an address without a registry")
}
