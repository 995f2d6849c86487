package devnet

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/sptn/sptn/agents/node"
	"go.yaml.in/yaml/v3"
)

// Profile is a devnet configuration in a file (configs/devnet/<name>.yaml): the network's shape,
// timing and agents.
type Profile struct {
	Name               string `yaml:"name"`
	Description        string `yaml:"description"`
	L1BlockTimeSeconds int    `yaml:"l1_block_time_seconds"`
	SlotL1Blocks       int    `yaml:"slot_l1_blocks"`
	EpochSlots         int    `yaml:"epoch_slots"`
	CommitteeSize      int    `yaml:"committee_size"`
	Sequencers         int    `yaml:"sequencers"`
	Provers            int    `yaml:"provers"`
	Watchers           int    `yaml:"watchers"`
	ProofWindowEpochs  int    `yaml:"proof_window_epochs"`
	FallbackSlots      int    `yaml:"fallback_slots"`
	// NodeEnv are extra SPTN_* settings for every node (for example a longer node.seal-lead for
	// large committees, whose CometBFT heights take longer).
	NodeEnv []string `yaml:"node_env"`
	// L1 is the Ethereum client that plays L1.
	L1 L1Profile `yaml:"l1"`
	// Network is how the nodes reach each other.
	Network NetworkProfile `yaml:"network"`
	// Faults are injected by `sptn devnet up` as L1 reaches their slots (see Fault).
	Faults []Fault `yaml:"faults"`
}

// L1 clients.
const (
	// L1Anvil is foundry's anvil: a dev node with cheats (clock warps, reorgs, base fees).
	L1Anvil = "anvil"
	// L1Geth is go-ethereum's own `geth --dev`: a real execution client's transaction pool, fork
	// rules and tags, with no cheats and a clock that runs in real time (docs/devnet.md).
	L1Geth = "geth"
)

// L1Profile is the l1 section of a profile.
type L1Profile struct {
	// Client is anvil (the default) or geth.
	Client string `yaml:"client"`
}

// Check names a bad l1 field.
func (lp L1Profile) Check() error {
	switch lp.Client {
	case "", L1Anvil, L1Geth:
		return nil
	}
	return fmt.Errorf("l1.client = %q: want %s or %s", lp.Client, L1Anvil, L1Geth)
}

// Geth says the profile's L1 is geth.
func (p Profile) Geth() bool { return p.L1.Client == L1Geth }

// Network modes.
const (
	// ModeLoopback runs every agent in this machine's network namespace on 127.0.0.1.
	ModeLoopback = "loopback"
	// ModeNetns runs each node in its own network namespace (a host of a Fabric), over veth.
	ModeNetns = "netns"
)

// NetworkProfile is the network section of a profile.
type NetworkProfile struct {
	// Mode is loopback (the default) or netns.
	Mode string `yaml:"mode"`
	// LatencyMs is the one-way delay between any two hosts (netns only).
	LatencyMs int `yaml:"latency_ms"`
	// BandwidthMbit shapes each host's egress (netns only); 0 is unshaped.
	BandwidthMbit int `yaml:"bandwidth_mbit"`
}

// Check names the first bad network field.
func (np NetworkProfile) Check() error {
	switch np.Mode {
	case "", ModeLoopback, ModeNetns: // empty is loopback
	default:
		return fmt.Errorf("network.mode = %q: want %s or %s", np.Mode, ModeLoopback, ModeNetns)
	}
	if np.LatencyMs < 0 || np.LatencyMs > 5000 {
		return fmt.Errorf("network.latency_ms = %d: want 0 to 5000", np.LatencyMs)
	}
	if np.BandwidthMbit < 0 || np.BandwidthMbit > 100_000 {
		return fmt.Errorf("network.bandwidth_mbit = %d: want 0 (unshaped) to 100000", np.BandwidthMbit)
	}
	if np.Mode != ModeNetns && (np.LatencyMs != 0 || np.BandwidthMbit != 0) {
		return errors.New("network.latency_ms and network.bandwidth_mbit need network.mode netns")
	}
	return nil
}

func (np NetworkProfile) bandwidth() string {
	if np.BandwidthMbit == 0 {
		return "unshaped"
	}
	return fmt.Sprintf("%d Mbit/s", np.BandwidthMbit)
}

// DefaultProfile is the profile `make devnet` runs when no file says otherwise.
func DefaultProfile() Profile {
	return Profile{
		Name: "default", L1BlockTimeSeconds: 2, SlotL1Blocks: 2, EpochSlots: 8, CommitteeSize: 4,
		Sequencers: 4, Provers: 1, Watchers: 1, ProofWindowEpochs: 1, FallbackSlots: 16,
		Network: NetworkProfile{Mode: ModeLoopback},
	}
}

// LoadProfile reads a profile by name from dir (dir/<name>.yaml) or from a path. Fields the file
// leaves out keep the default profile's values; unknown fields are an error.
func LoadProfile(dir, nameOrPath string) (Profile, error) {
	path := nameOrPath
	if filepath.Ext(path) == "" {
		path = filepath.Join(dir, nameOrPath+".yaml")
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return Profile{}, fmt.Errorf("profile %q: %w (profiles live in %s)", nameOrPath, err, dir)
	}
	p := DefaultProfile()
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	if err := dec.Decode(&p); err != nil {
		return Profile{}, fmt.Errorf("profile %s: %w", path, err)
	}
	if err := p.Check(); err != nil {
		return Profile{}, fmt.Errorf("profile %s: %w", path, err)
	}
	return p, nil
}

// Check names the first field out of range.
func (p Profile) Check() error {
	checks := []struct {
		key    string
		v      int
		lo, hi int
	}{
		{"l1_block_time_seconds", p.L1BlockTimeSeconds, 1, 60},
		{"slot_l1_blocks", p.SlotL1Blocks, 1, 64},
		{"epoch_slots", p.EpochSlots, 1, 256},
		{"committee_size", p.CommitteeSize, 1, 256},
		{"sequencers", p.Sequencers, 0, 1000},
		{"provers", p.Provers, 0, 16},
		{"watchers", p.Watchers, 0, 16},
		{"proof_window_epochs", p.ProofWindowEpochs, 1, 8},
		{"fallback_slots", p.FallbackSlots, 1, 1 << 20},
	}
	for _, c := range checks {
		if c.v < c.lo || c.v > c.hi {
			return fmt.Errorf("%s = %d: want %d to %d", c.key, c.v, c.lo, c.hi)
		}
	}
	if p.Name == "" {
		return errors.New("name is empty")
	}
	// Every node refuses these at start, after the whole devnet was set up: refused here, when
	// the profile loads.
	// The node's own bounds (node.Config.Check).
	for _, c := range []struct {
		env, key, want string
		lo, hi         time.Duration
	}{
		{"SPTN_NODE_SEAL_LEAD", "node.seal-lead", "0 to 1m", 0, time.Minute},
		{"SPTN_NODE_TIMEOUT_COMMIT", "node.timeout-commit", "10ms to 30s", 10 * time.Millisecond, 30 * time.Second},
		{"SPTN_NODE_TIMEOUT_PROPOSE", "node.timeout-propose", "100ms to 1m", 100 * time.Millisecond, time.Minute},
	} {
		d, from, err := p.nodeDuration(c.env, c.key)
		if err != nil {
			return err
		}
		if d < c.lo || d > c.hi {
			return fmt.Errorf("%s = %s (from %s): want %s", c.env, d, from, c.want)
		}
	}
	if lead, slot := p.NodeSealLead(), time.Duration(p.SlotSeconds())*time.Second; lead >= slot {
		_, from, _ := p.nodeDuration("SPTN_NODE_SEAL_LEAD", "node.seal-lead")
		return fmt.Errorf("SPTN_NODE_SEAL_LEAD = %s (from %s): want less than the slot (%s)", lead, from, slot)
	}
	if err := p.L1.Check(); err != nil {
		return err
	}
	if err := p.Network.Check(); err != nil {
		return err
	}
	return p.checkFaults()
}

// SlotSeconds is the L2 slot length.
func (p Profile) SlotSeconds() int { return p.L1BlockTimeSeconds * p.SlotL1Blocks }

// Devnet slash votes on anvil: a vote opens 1 s after filing and lasts 30 s, and its execution
// window is 60 s (Config.deploySteps). geth's clock cannot be warped, so there the votes, waited
// for in real time by the slashing scenarios, are shorter: 1 s, 10 s and 10 s.
const (
	anvilSlashVoteSeconds = 1 + 30 + 60
	gethSlashVoteSeconds  = 1 + 10 + 10
)

// SlasherExitEpochs is the epoch part of the Slasher's minimum exit delay at the devnet's LAG of
// 2: LAG + max(1 + proof window, MAX_INACTIVITY_EPOCHS 32 + MAX_INACTIVITY_AGE_EPOCHS 8), the
// later of the pruned-epoch and the inactivity filing deadlines after a member's earliest exit.
func SlasherExitEpochs(proofWindowEpochs int) int {
	return 2 + max(1+proofWindowEpochs, 32+8)
}

// gethStorySeconds is how long the governance story may take on geth, in real time, between
// DeployRollup and the last sequencer's addSequencer: the top-level vote (1 s delay, 10 s
// period), the timelock's 1 s and the stakes, each a transaction that waits for its 1-2 s block.
// 24 s on this machine, idle (2954a11); more than twice that for a loaded machine. playStory fails,
// naming this, if the story runs past the genesis.
const gethStorySeconds = 60

// RollupEnv is the DeployRollup environment of the profile. On anvil the genesis is far enough
// ahead for the governance story to play out, and the devnet then warps L1 to it. On geth L1 time
// runs in real time and nobody has staked when DeployRollup runs: the Slasher is Staking's
// slasher at once (SLASHER_AT_ONCE: no staker is owed the slasher-change notice of two exit
// delays, which would be waited for in real time), and the genesis follows the deployment by the
// story's time and two slots.
func (p Profile) RollupEnv() []string {
	slot := p.SlotSeconds()
	env := []string{
		"ROLLUP_GENESIS_DELAY=3600",
		"ROLLUP_SLOT_DURATION=" + strconv.Itoa(slot),
		"ROLLUP_EPOCH_DURATION=" + strconv.Itoa(p.EpochSlots),
		"ROLLUP_COMMITTEE_SIZE=" + strconv.Itoa(p.CommitteeSize),
		"ROLLUP_PROPOSER_TIMEOUT=" + strconv.Itoa(slot/2),
		"ROLLUP_FALLBACK_SLOTS=" + strconv.Itoa(p.FallbackSlots),
		"ROLLUP_PROOF_WINDOW_EPOCHS=" + strconv.Itoa(p.ProofWindowEpochs),
	}
	if p.Geth() {
		env[0] = "ROLLUP_GENESIS_DELAY=" + strconv.Itoa(gethStorySeconds+2*slot)
		env = append(env, "SLASHER_AT_ONCE=true",
			"SLASHER_VOTING_DELAY=1", "SLASHER_VOTING_PERIOD=10", "SLASHER_EXECUTION_WINDOW=10")
	}
	return env
}

// DeployEnv is the profile's Deploy.s.sol environment. On anvil: an exit delay that covers the
// Slasher's minimum for this timing (SlasherExitEpochs epochs + the slash vote), doubled, and
// never below the devnet's 600 s. On geth, whose clock a scenario waiting for an exit cannot warp,
// exactly the Slasher's minimum, and token-holder votes of 10 s.
func (p Profile) DeployEnv() []string {
	epoch := p.SlotSeconds() * p.EpochSlots
	epochs := SlasherExitEpochs(p.ProofWindowEpochs)
	if p.Geth() {
		return []string{
			"STAKING_EXIT_DELAY=" + strconv.Itoa(epochs*epoch+gethSlashVoteSeconds),
			"TLG_VOTING_PERIOD=10",
		}
	}
	delay := 2 * (epochs*epoch + anvilSlashVoteSeconds)
	if delay < 600 {
		delay = 600
	}
	return []string{"STAKING_EXIT_DELAY=" + strconv.Itoa(delay)}
}

// Config is the devnet configuration that runs this profile: its L1 block time and its deploy
// parameters, on chain id 31337.
func (p Profile) Config(root, dataDir string, l1Port int, out io.Writer, log *slog.Logger) Config {
	return Config{
		Root: root, DataDir: dataDir, L1Port: l1Port, L1Client: p.L1.Client, L1BlockTime: p.L1BlockTime(), ChainID: 31337,
		RollupEnv: p.RollupEnv(), DeployEnv: p.DeployEnv(), Network: p.Network, Hosts: p.Sequencers, Out: out, Log: log,
	}
}

// L1BlockTime is L1's block interval (anvil's --block-time, geth's --dev.period).
func (p Profile) L1BlockTime() time.Duration {
	return time.Duration(p.L1BlockTimeSeconds) * time.Second
}

// NodeTimeoutCommit is the CometBFT timeout_commit of the profile's nodes (nodeDuration).
func (p Profile) NodeTimeoutCommit() time.Duration {
	d, _, _ := p.nodeDuration("SPTN_NODE_TIMEOUT_COMMIT", "node.timeout-commit")
	return d
}

// NodeTimeoutPropose is the CometBFT timeout_propose of the profile's nodes (nodeDuration).
func (p Profile) NodeTimeoutPropose() time.Duration {
	d, _, _ := p.nodeDuration("SPTN_NODE_TIMEOUT_PROPOSE", "node.timeout-propose")
	return d
}

// NodeSealLead is how long before its slot the profile's proposers seal (nodeDuration).
func (p Profile) NodeSealLead() time.Duration {
	d, _, _ := p.nodeDuration("SPTN_NODE_SEAL_LEAD", "node.seal-lead")
	return d
}

// nodeDuration is a duration setting of the profile's nodes as they get it: the last env entry
// of node_env (the nodes' environment is this process's with node_env after it, and os/exec
// keeps the last of duplicate keys), else this process's own environment, which the nodes
// inherit, else the default of the node's configuration key; an empty value is unset, as viper
// takes it. from says which it was; a value
// the node would not parse is an error.
func (p Profile) nodeDuration(env, key string) (d time.Duration, from string, err error) {
	v, from := os.Getenv(env), "the environment"
	for _, e := range p.NodeEnv {
		if x, ok := strings.CutPrefix(e, env+"="); ok {
			v, from = x, "node_env"
		}
	}
	if v != "" { // viper takes an empty variable as unset
		if d, err = time.ParseDuration(v); err != nil {
			return 0, from, fmt.Errorf("%s = %q (from %s): not a duration (for example 1500ms or 2s)", env, v, from)
		}
		return d, from, nil
	}
	for _, k := range node.Keys {
		if k.Name == key {
			if d, ok := k.Default.(time.Duration); ok {
				return d, key + "'s default", nil
			}
		}
	}
	return 0, "", nil
}
