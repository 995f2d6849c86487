package devnet

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/google/uuid"
)

// ErrAnvilOnly is wrapped by every L1 action that only anvil's cheats can do (moving the clock,
// setting the next base fee, replacing blocks): on geth the action is skipped, or done by geth's
// own means where it has one, and the error names the cheat and why geth lacks it.
var ErrAnvilOnly = errors.New("anvil-only")

// anvilOnly is the error of a cheat that geth has no means for.
func anvilOnly(cheat, why string) error {
	return fmt.Errorf("%w: %s (%s); skipped on geth", ErrAnvilOnly, cheat, why)
}

// Geth says the devnet's L1 is geth.
func (c *Config) Geth() bool { return c.L1Client == L1Geth }

// Geth says the devnet's L1 is geth.
func (n *Network) Geth() bool { return n.cfg.Geth() }

// L1Client is anvil or geth.
func (n *Network) L1Client() string {
	if n.cfg.Geth() {
		return L1Geth
	}
	return L1Anvil
}

// gethModule is the go-ethereum module whose version geth is built from (make deps-geth).
const gethModule = "github.com/ethereum/go-ethereum"

// GethBinary is where `make deps-geth` installs geth: .tools/geth-<version>/geth under the root,
// the version being the go-ethereum module go.mod pins.
func GethBinary(root string) (string, error) {
	f, err := os.Open(filepath.Join(root, "go.mod"))
	if err != nil {
		return "", err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(strings.TrimPrefix(strings.TrimSpace(sc.Text()), "require "))
		if len(fields) >= 2 && fields[0] == gethModule {
			return filepath.Join(root, ".tools", "geth-"+fields[1], "geth"), nil
		}
	}
	if err := sc.Err(); err != nil {
		return "", err
	}
	return "", fmt.Errorf("%s/go.mod requires no %s", root, gethModule)
}

// gethDeveloperAddr is the account of the key geth's dev mode uses when its keystore is empty
// (cmd/utils.DeveloperKey): its dumpgenesis funds it.
var gethDeveloperAddr = common.HexToAddress("0x71562b71999873DB5b286dF957af199Ec94617F7")

// gethForks are the timestamp forks the devnet's geth runs (from genesis): up to Osaka.
var gethForks = []string{"shanghaiTime", "cancunTime", "pragueTime", "osakaTime"}

// gethDevPassword unlocks the dev account in geth's keystore; the key is public (anvil's first).
const gethDevPassword = "sptn-devnet"

// startGeth starts `geth --dev` on the devnet's L1 port with the devnet's chain id, a block every
// L1BlockTime (--dev.period) and anvil's first dev account as its unlocked, genesis-funded
// developer account, so that the forge scripts run with `--unlocked --sender` as on anvil.
func (n *Network) startGeth(ctx context.Context, host string) error {
	cfg := n.cfg
	bin, err := GethBinary(cfg.Root)
	if err != nil {
		return fmt.Errorf("devnet: geth: %w", err)
	}
	if _, err := os.Stat(bin); err != nil {
		return fmt.Errorf("devnet: geth not found at %s: run `make deps-geth` (builds it from the go-ethereum version go.mod pins)", bin)
	}
	dir := filepath.Join(cfg.DataDir, "geth")
	if err := os.RemoveAll(dir); err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	log, err := n.logFile("geth.log")
	if err != nil {
		return err
	}
	if err := writeGethKeystore(filepath.Join(dir, "keystore"), filepath.Join(dir, "password")); err != nil {
		return fmt.Errorf("devnet: geth keystore: %w", err)
	}
	// The dev genesis geth itself would use (every fork of its dev mode, system contracts), with
	// the devnet's chain id and the dev account funded: `geth init` stores it, and `geth --dev`
	// then runs on that chain instead of making its own.
	genesis, err := gethGenesis(ctx, bin, dir, cfg.ChainID)
	if err != nil {
		return fmt.Errorf("devnet: geth genesis: %w", err)
	}
	if err := runToCompletion(ctx, "geth init", log, dir, nil, bin, "init", "--datadir", dir, genesis); err != nil {
		return fmt.Errorf("devnet: %w (see %s)", err, log.Name())
	}
	fmt.Fprintf(cfg.Out, "==> starting geth --dev (L1, %s) on %s, block period %s\n", bin, n.RPC, cfg.L1BlockTime)
	n.anvil, err = startProc("geth", log, dir, nil, bin,
		"--dev", "--dev.period", strconv.Itoa(int(cfg.L1BlockTime/time.Second)),
		"--datadir", dir, "--keystore", filepath.Join(dir, "keystore"), "--password", filepath.Join(dir, "password"),
		"--http", "--http.addr", host, "--http.port", strconv.Itoa(cfg.L1Port),
		"--http.api", "eth,net,web3,debug,txpool,dev",
		// No P2P, no engine API port, no IPC socket: nothing another devnet could collide on.
		"--port", "0", "--nodiscover", "--maxpeers", "0", "--authrpc.port", "0", "--ipcdisable",
		"--miner.gaslimit", "30000000", "--cache", "256", "--verbosity", "3",
	)
	if err != nil {
		return err
	}
	if err := waitRPC(ctx, n.RPC, cfg.ChainID, n.anvil, 60*time.Second); err != nil {
		return fmt.Errorf("devnet: geth: %w (see %s)", err, log.Name())
	}
	// Whatever answered must be ours: a geth that lost its port exits.
	select {
	case <-n.anvil.Exited():
		return fmt.Errorf("devnet: geth exited after start: l1-port %d is taken? (see %s)", cfg.L1Port, log.Name())
	case <-time.After(300 * time.Millisecond):
	}
	return nil
}

// writeGethKeystore puts the dev key into a keystore geth unlocks with the password file.
func writeGethKeystore(dir, passwordFile string) error {
	key := DevKey()
	id, err := uuid.NewRandom()
	if err != nil {
		return err
	}
	blob, err := keystore.EncryptKey(&keystore.Key{Id: id, Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key},
		gethDevPassword, keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "devkey.json"), blob, 0o600); err != nil {
		return err
	}
	return os.WriteFile(passwordFile, []byte(gethDevPassword+"\n"), 0o600)
}

// gethGenesis writes the genesis file of the devnet's geth into dir and returns its path: geth's
// own dev genesis (`geth --dev dumpgenesis`) with chainId set and the dev account funded.
func gethGenesis(ctx context.Context, bin, dir string, chainID uint64) (string, error) {
	cmd := exec.CommandContext(ctx, bin, "--dev", "--verbosity", "1", "dumpgenesis")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	raw, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("geth --dev dumpgenesis: %w: %.300s", err, stderr.String())
	}
	var g map[string]any
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	dec.UseNumber() // keep every number as geth wrote it
	if err := dec.Decode(&g); err != nil {
		return "", fmt.Errorf("geth --dev dumpgenesis: %w", err)
	}
	config, ok := g["config"].(map[string]any)
	if !ok {
		return "", errors.New("geth --dev dumpgenesis: no config")
	}
	config["chainId"] = chainID
	// geth's dev mode turns on every fork it knows, unreleased ones too (1.17.10: Bogota, with its
	// own instruction set and gas costs, under which forge's gas estimates run short): the devnet's
	// L1 stops at Osaka, the fork mainnet runs, as anvil does.
	for k := range config {
		if strings.HasSuffix(k, "Time") && !slices.Contains(gethForks, k) {
			delete(config, k)
		}
	}
	alloc, ok := g["alloc"].(map[string]any)
	if !ok {
		return "", errors.New("geth --dev dumpgenesis: no alloc")
	}
	// Drop the faucet of geth's own developer key: the devnet's dev account is anvil's.
	for addr := range alloc {
		if common.HexToAddress(addr) == gethDeveloperAddr {
			delete(alloc, addr)
		}
	}
	devBalance := new(big.Int).Lsh(big.NewInt(1), 200)
	alloc[strings.ToLower(AnvilDevAccount)] = map[string]any{"balance": hexutil.EncodeBig(devBalance)}
	g["gasLimit"] = hexutil.EncodeUint64(30_000_000)
	body, err := json.MarshalIndent(g, "", "  ")
	if err != nil {
		return "", err
	}
	path := filepath.Join(dir, "genesis.json")
	return path, os.WriteFile(path, body, 0o600)
}

// waitL1Time waits, in real time, until L1's head carries a timestamp of at least ts: geth's
// clock is the wall clock, so what anvil does by warping is waited for.
func (n *Network) waitL1Time(ctx context.Context, ts uint64, why string) error {
	c, err := n.Dial(ctx)
	if err != nil {
		return fmt.Errorf("dial L1: %w", err)
	}
	defer c.Close()
	announced := false
	for {
		head, err := c.HeaderByNumber(ctx, nil)
		if err != nil {
			return fmt.Errorf("head: %w", err)
		}
		if head.Time >= ts {
			return nil
		}
		if !announced && ts-head.Time > 5 {
			fmt.Fprintf(n.cfg.Out, "    (geth: waiting %d s of real L1 time for %s; geth's clock cannot be warped)\n", ts-head.Time, why)
			announced = true
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
}

// ReorgL1 drops L1's last depth blocks. On anvil (anvil_reorg) the dropped blocks are replaced
// at once by as many empty ones, so the head keeps its number; on geth (debug_setHead) the head
// is rewound by depth blocks and the chain grows again from there at the next block period. In
// both, the dropped blocks' transactions are gone from the chain (anvil drops them; geth puts
// them back into its pool, so they may be mined again).
func (n *Network) ReorgL1(ctx context.Context, depth int) error {
	c, err := rpc.DialContext(ctx, n.RPC)
	if err != nil {
		return fmt.Errorf("dial L1: %w", err)
	}
	defer c.Close()
	if !n.Geth() {
		if err := c.CallContext(ctx, nil, "anvil_reorg", depth, []any{}); err != nil {
			return fmt.Errorf("anvil_reorg: %w", err)
		}
		return nil
	}
	var head hexutil.Uint64
	if err := c.CallContext(ctx, &head, "eth_blockNumber"); err != nil {
		return fmt.Errorf("head: %w", err)
	}
	if uint64(head) <= uint64(depth) {
		return fmt.Errorf("L1 has %d blocks: no reorg of %d", head, depth)
	}
	if err := c.CallContext(ctx, nil, "debug_setHead", hexutil.Uint64(uint64(head)-uint64(depth))); err != nil {
		return fmt.Errorf("debug_setHead: %w", err)
	}
	return nil
}

// SetNextBaseFee makes L1's next block carry this base fee (anvil_setNextBlockBaseFeePerGas).
// geth has no such means: its base fee follows demand (EIP-1559) and nothing else.
func (n *Network) SetNextBaseFee(ctx context.Context, wei *big.Int) error {
	if n.Geth() {
		return anvilOnly("anvil_setNextBlockBaseFeePerGas", "geth's base fee follows only the gas its blocks use")
	}
	c, err := rpc.DialContext(ctx, n.RPC)
	if err != nil {
		return fmt.Errorf("dial L1: %w", err)
	}
	defer c.Close()
	return c.CallContext(ctx, nil, "anvil_setNextBlockBaseFeePerGas", hexutil.EncodeBig(wei))
}

// fund sends each address amount ETH from the dev account: anvil_setBalance on anvil, a transfer
// on geth (whose only genesis-funded account is the dev account).
func (n *Network) fund(ctx context.Context, addrs []common.Address, amount *big.Int) error {
	if len(addrs) == 0 {
		return nil
	}
	if !n.Geth() {
		c, err := rpc.DialContext(ctx, n.RPC)
		if err != nil {
			return fmt.Errorf("dial L1: %w", err)
		}
		defer c.Close()
		for _, a := range addrs {
			if err := c.CallContext(ctx, nil, "anvil_setBalance", a, hexutil.EncodeBig(amount)); err != nil {
				return fmt.Errorf("fund %s: %w", a, err)
			}
		}
		return nil
	}
	c, err := n.Dial(ctx)
	if err != nil {
		return fmt.Errorf("dial L1: %w", err)
	}
	defer c.Close()
	calls := make([]call, len(addrs))
	for i, a := range addrs {
		calls[i] = call{to: a, value: amount}
	}
	hashes, err := sendCalls(ctx, c, DevKey(), calls, 21_000)
	if err != nil {
		return fmt.Errorf("fund: %w", err)
	}
	for i, h := range hashes {
		if _, err := waitReceipt(ctx, c, h); err != nil {
			return fmt.Errorf("fund %s: %w", addrs[i], err)
		}
	}
	return nil
}
