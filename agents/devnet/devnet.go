package devnet

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/sptn/sptn/agents/internal/deployments"
)

// AnvilDevAccount is anvil's first pre-funded account, whose key is public knowledge. The deploy
// script runs as this account with `forge script --unlocked`, so no key is handled by sptn.
const AnvilDevAccount = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"

// DeployEnv is the environment of the deploy script on the devnet: governance timings of seconds
// instead of days (voting delay 1 s, voting period 30 s, timelock 1 s, exit delay 600 s), no
// proposal threshold, and a small minimum stake. The script's defaults suit production; see
// docs/governance.md for every variable.
var DeployEnv = []string{
	"TLG_VOTING_DELAY=1",
	"TLG_VOTING_PERIOD=30",
	"TLG_PROPOSAL_THRESHOLD=0",
	"TIMELOCK_MIN_DELAY=1",
	"STAKING_MINIMUM_STAKE=1000000000000000000000", // 1,000 AZT
	// At least the Slasher's minimumExitDelay for the devnet timings ((LAG 2 + 40) epochs + the
	// slash vote, SlasherExitEpochs): committee members cannot exit before they can be slashed.
	// 7,200 s covers 8-slot epochs of slots up to 20 s (42 x 160 s + 91 s); anvil warps through
	// it (ActivateSlasher), profiles set their own.
	"STAKING_EXIT_DELAY=7200",
}

// Config of a devnet.
type Config struct {
	// Root is the repository root (foundry.toml, script/, node_modules/).
	Root string
	// DataDir holds logs and the deployments file of this run.
	DataDir string
	// L1Port is L1's RPC port on 127.0.0.1.
	L1Port int
	// L1Client is the client that plays L1: anvil (the default, also when empty) or geth.
	L1Client string
	// L1BlockTime is L1's block interval.
	L1BlockTime time.Duration
	// ChainID of the L1.
	ChainID uint64
	// RollupEnv overrides the devnet's ROLLUP_* deploy parameters (KEY=value, see
	// script/DeployRollup.s.sol).
	RollupEnv []string
	// DeployEnv overrides the devnet's Deploy.s.sol parameters (KEY=value, after DeployEnv).
	DeployEnv []string
	// AgentEnv is added to the environment of every agent (node, prover, watcher), after the
	// profile's node_env.
	AgentEnv []string
	// Network is how the devnet's nodes reach each other: loopback, or a host (network
	// namespace) each on a fabric.
	Network NetworkProfile
	// Hosts is the number of fabric hosts to build (one per node) when Network.Mode is netns.
	Hosts int
	// Out receives the progress lines meant for a person.
	Out io.Writer
	// Log receives structured logs.
	Log *slog.Logger
}

// Check validates the config and names the bad field.
func (c *Config) Check() error {
	if c.Root == "" {
		return errors.New("devnet: root is empty")
	}
	if _, err := os.Stat(filepath.Join(c.Root, "foundry.toml")); err != nil {
		return fmt.Errorf("devnet: root %q has no foundry.toml (run from the repository or pass --root)", c.Root)
	}
	if c.L1Port <= 0 || c.L1Port > 65535 {
		return fmt.Errorf("devnet: l1-port %d is not a TCP port (1-65535)", c.L1Port)
	}
	if err := (L1Profile{Client: c.L1Client}).Check(); err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	if c.L1BlockTime < time.Second || c.L1BlockTime%time.Second != 0 {
		return fmt.Errorf("devnet: l1-block-time %s is not whole seconds of at least 1s (anvil's and geth's granularity)", c.L1BlockTime)
	}
	if c.ChainID == 0 {
		return errors.New("devnet: chain-id must not be 0")
	}
	if err := c.Network.Check(); err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	if c.Network.Mode == ModeNetns {
		if c.Hosts < 1 {
			return errors.New("devnet: network.mode netns needs at least one host (sequencers >= 1)")
		}
		if err := FabricSupported(); err != nil {
			return fmt.Errorf("devnet: network.mode netns: %w", err)
		}
	}
	return nil
}

// Network is a running devnet.
type Network struct {
	cfg Config
	// anvil is the L1 process: anvil, or geth when the config says so.
	anvil       *proc
	logs        []*os.File
	RPC         string
	Deployments *deployments.File
	agents      []*Agent
	nextPort    int
	ports       *portBlock
	fabric      *Fabric
	wires       []*proc
	// Sequencers are the identities Start created and added, one per node.
	Sequencers []Sequencer
}

func (c *Config) tool(name string) string {
	return filepath.Join(c.Root, "node_modules", "@foundry-rs", name+"-linux-amd64", "bin", name)
}

// Up starts L1 (anvil, or geth --dev), deploys the contracts and returns the running network. On
// anvil the Slasher DeployRollup queued is active when Up returns (L1 time is warped to its
// activation); on geth, whose clock runs in real time, DeployRollup makes it the slasher at once,
// before anyone stakes (SLASHER_AT_ONCE, Profile.RollupEnv). On error everything started so far
// is stopped.
func Up(ctx context.Context, cfg Config) (n *Network, err error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	tools := []string{"anvil", "forge"}
	if cfg.Geth() {
		tools = []string{"forge"}
	}
	for _, t := range tools {
		if _, err := os.Stat(cfg.tool(t)); err != nil {
			return nil, fmt.Errorf("devnet: %s not found at %s: run `make deps` (npm ci)", t, cfg.tool(t))
		}
	}
	if err := os.MkdirAll(cfg.DataDir, 0o755); err != nil {
		return nil, fmt.Errorf("devnet: create data dir: %w", err)
	}
	l1Host := "127.0.0.1"
	var fabric *Fabric
	if cfg.Network.Mode == ModeNetns {
		fabric, err = NewFabric(cfg.L1Port, cfg.Hosts, cfg.Network.BandwidthMbit)
		if err != nil {
			return nil, fmt.Errorf("devnet: %w", err)
		}
		l1Host = fabric.Gateway
		fmt.Fprintf(cfg.Out, "==> network: %d hosts (network namespaces %s-h*) on bridge %s, L1 at %s, latency %d ms, bandwidth %s\n",
			len(fabric.Hosts), fabric.Prefix, fabric.Bridge, fabric.Gateway, cfg.Network.LatencyMs, cfg.Network.bandwidth())
	}
	if ln, err := net.Listen("tcp", fmt.Sprintf("%s:%d", l1Host, cfg.L1Port)); err != nil {
		if fabric != nil {
			fabric.Close()
		}
		return nil, fmt.Errorf("devnet: l1-port %d %w (%v): stop what uses it or pass --l1-port", cfg.L1Port, ErrL1PortTaken, err)
	} else {
		_ = ln.Close()
	}
	n = &Network{cfg: cfg, RPC: fmt.Sprintf("http://%s:%d", l1Host, cfg.L1Port), fabric: fabric}
	defer func() {
		if err != nil {
			n.Down()
		}
	}()

	if cfg.Geth() {
		if err := n.startGeth(ctx, l1Host); err != nil {
			return n, err
		}
	} else if err := n.startAnvil(ctx, l1Host); err != nil {
		return n, err
	}

	fmt.Fprintln(cfg.Out, "==> deploying contracts (forge script script/Deploy.s.sol, script/DeployRollup.s.sol)")
	deployLog, err := n.logFile("deploy.log")
	if err != nil {
		return n, err
	}
	// Forge scripts may write only inside the paths foundry.toml allows (deployments/), so the
	// script writes there and the file is then moved into the data directory. The name is this
	// devnet's own (process and L1 port): devnets of one process deploy side by side in tests.
	tmpDep := filepath.Join("deployments", fmt.Sprintf(".devnet-%d-%d.json", os.Getpid(), cfg.L1Port))
	if err := os.MkdirAll(filepath.Join(cfg.Root, "deployments"), 0o755); err != nil {
		return n, fmt.Errorf("devnet: %w", err)
	}
	depFile := filepath.Join(cfg.DataDir, "deployments.json")
	// No --slow: forge sends a script's transactions in nonce order without waiting for each
	// receipt, so anvil mines them in a block or two instead of one block (1 s) apiece.
	for _, step := range cfg.deploySteps() {
		err = runToCompletion(ctx, "forge script "+step.script, deployLog, cfg.Root,
			append([]string{"DEPLOYMENTS_FILE=" + tmpDep}, step.env...),
			cfg.tool("forge"), "script", step.script,
			"--rpc-url", n.RPC, "--broadcast", "--unlocked", "--sender", AnvilDevAccount,
			"--non-interactive",
		)
		if err != nil {
			return n, fmt.Errorf("devnet: deploy: %w (see %s)", err, deployLog.Name())
		}
	}
	if err := os.Rename(filepath.Join(cfg.Root, tmpDep), depFile); err != nil {
		return n, fmt.Errorf("devnet: move deployments file: %w", err)
	}
	n.Deployments, err = deployments.Load(depFile)
	if err != nil {
		return n, fmt.Errorf("devnet: %w", err)
	}
	if cfg.Geth() {
		if err := n.requireSlasherActive(ctx); err != nil {
			return n, err
		}
		return n, nil
	}
	// DeployRollup queued the Slasher; it may act only after Staking's delay (two exit delays),
	// which L1 time crosses here, before the rollup's genesis.
	fmt.Fprintln(cfg.Out, "==> activating the Slasher after Staking's slasher-change delay (L1 time moves on)")
	if err := n.ActivateSlasher(ctx); err != nil {
		return n, fmt.Errorf("devnet: activate the slasher: %w", err)
	}
	return n, nil
}

// startAnvil starts anvil on the devnet's L1 port.
func (n *Network) startAnvil(ctx context.Context, l1Host string) error {
	cfg := n.cfg
	fmt.Fprintf(cfg.Out, "==> starting anvil (L1) on %s, block time %s\n", n.RPC, cfg.L1BlockTime)
	anvilLog, err := n.logFile("anvil.log")
	if err != nil {
		return err
	}
	n.anvil, err = startProc("anvil", anvilLog, cfg.Root, nil, cfg.tool("anvil"),
		"--host", l1Host,
		"--port", strconv.Itoa(cfg.L1Port),
		"--chain-id", strconv.FormatUint(cfg.ChainID, 10),
		"--block-time", strconv.Itoa(int(cfg.L1BlockTime/time.Second)),
		// anvil answers `finalized` as the head minus two of its epochs: 8-block epochs make the
		// devnet's finalized chain trail by 16 L1 blocks rather than 64.
		"--slots-in-an-epoch", "8",
	)
	if err != nil {
		return err
	}
	if err := waitRPC(ctx, n.RPC, cfg.ChainID, n.anvil, 30*time.Second); err != nil {
		return fmt.Errorf("devnet: anvil: %w (see %s)", err, anvilLog.Name())
	}
	// An anvil that lost its port to another process answers nothing of its own: make sure the
	// one that answered is ours by checking ours is still alive a moment later.
	select {
	case <-n.anvil.Exited():
		return fmt.Errorf("devnet: anvil exited after start: l1-port %d %w (see %s)", cfg.L1Port, ErrL1PortTaken, anvilLog.Name())
	case <-time.After(300 * time.Millisecond):
	}
	return nil
}

type deployStep struct {
	script string
	env    []string
}

// deploySteps are the forge scripts that deploy the suite, in order, with the devnet's parameters.
func (c *Config) deploySteps() []deployStep {
	slot := 2 * int(c.L1BlockTime/time.Second) // an L2 slot is two L1 blocks
	return []deployStep{
		{script: "script/Deploy.s.sol:Deploy", env: append(append([]string{}, DeployEnv...), c.DeployEnv...)},
		{script: "script/DeployRollup.s.sol:DeployRollup", env: append([]string{
			"ROLLUP_GENESIS_DELAY=" + strconv.Itoa(10*slot),
			"ROLLUP_SLOT_DURATION=" + strconv.Itoa(slot),
			"ROLLUP_EPOCH_DURATION=8",
			"ROLLUP_COMMITTEE_SIZE=4",
			"ROLLUP_PROPOSER_TIMEOUT=" + strconv.Itoa(slot/2),
			"ROLLUP_FALLBACK_SLOTS=16",
			// Slash votes on the devnet last seconds, not days.
			"SLASHER_VOTING_DELAY=1",
			"SLASHER_VOTING_PERIOD=30",
			"SLASHER_EXECUTION_WINDOW=60",
		}, c.RollupEnv...)},
	}
}

func (n *Network) logFile(name string) (*os.File, error) {
	f, err := os.OpenFile(filepath.Join(n.cfg.DataDir, name), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("devnet: create log: %w", err)
	}
	n.logs = append(n.logs, f)
	return f, nil
}

// Fabric is the network of hosts the nodes run on, or nil on loopback.
func (n *Network) Fabric() *Fabric { return n.fabric }

// AnvilExited is closed if L1 (anvil or geth) exits on its own.
func (n *Network) AnvilExited() <-chan struct{} { return n.anvil.Exited() }

// Down stops every process of the network, newest first, and closes the logs.
func (n *Network) Down() {
	for i := len(n.agents) - 1; i >= 0; i-- {
		if err := n.agents[i].Stop(10 * time.Second); err != nil {
			n.cfg.Log.Error("stop agent", "agent", n.agents[i].Name, "err", err)
		}
	}
	for _, w := range n.wires {
		_ = w.stop(2 * time.Second)
	}
	if n.anvil != nil {
		if err := n.anvil.stop(5 * time.Second); err != nil {
			n.cfg.Log.Error("stop L1", "client", n.L1Client(), "err", err)
		}
	}
	if n.fabric != nil {
		n.fabric.Close()
	}
	for _, f := range n.logs {
		_ = f.Close()
	}
	n.ports.release()
	n.ports = nil // a later port() takes a block again instead of handing out one not held
}

// waitRPC polls the RPC until it answers with the expected chain id.
func waitRPC(ctx context.Context, url string, chainID uint64, p *proc, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		select {
		case <-p.Exited():
			return fmt.Errorf("exited before its RPC answered: %v", p.Err())
		case <-ctx.Done():
			return ctx.Err()
		default:
		}
		cctx, cancel := context.WithTimeout(ctx, time.Second)
		c, err := ethclient.DialContext(cctx, url)
		if err == nil {
			var id uint64
			got, err2 := c.ChainID(cctx)
			if err2 == nil {
				id = got.Uint64()
			}
			c.Close()
			cancel()
			if err2 == nil {
				if id != chainID {
					return fmt.Errorf("chain id %d, expected %d", id, chainID)
				}
				return nil
			}
		} else {
			cancel()
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("RPC %s did not answer within %s", url, timeout)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// FindRoot walks up from the working directory to the repository root (the directory that holds
// foundry.toml).
func FindRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "foundry.toml")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no foundry.toml above the working directory: run inside the repository or pass --root")
		}
		dir = parent
	}
}
