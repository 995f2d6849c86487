package devnet

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/sptn/sptn/agents/node"
	"github.com/sptn/sptn/bindings/azt"
)

// Agent is one agent process of the devnet (a node, a prover or a watcher).
type Agent struct {
	Name    string
	Kind    string // "node", "prover" or "watcher"
	DataDir string
	Log     string
	// API is a node's chain API base URL; Metrics serves /metrics, /livez and /readyz; CometRPC is
	// a node's CometBFT RPC.
	API, Metrics, CometRPC string
	env                    []string
	bin                    string
	p                      *proc
}

// Running reports whether the agent's process is alive.
func (a *Agent) Running() bool {
	if a.p == nil {
		return false
	}
	select {
	case <-a.p.Exited():
		return false
	default:
		return true
	}
}

// Stop stops the agent (SIGTERM, then SIGKILL after grace).
func (a *Agent) Stop(grace time.Duration) error {
	if a.p == nil {
		return nil
	}
	return a.p.stop(grace)
}

// Kill kills the agent with SIGKILL at once, as a crash would.
func (a *Agent) Kill() error { return a.p.kill() }

// Start (re)starts the agent's process with the same configuration and data.
func (a *Agent) Start() error {
	if a.Running() {
		return fmt.Errorf("%s is running", a.Name)
	}
	f, err := os.OpenFile(a.Log, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	p, err := startProc(a.Name, f, a.DataDir, a.env, a.bin, a.Kind)
	if err != nil {
		f.Close()
		return err
	}
	go func() { <-p.Exited(); f.Close() }()
	a.p = p
	return nil
}

// Ready polls the agent's /readyz until it answers 200 or timeout passes.
func (a *Agent) Ready(ctx context.Context, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		if !a.Running() {
			return fmt.Errorf("%s exited (see %s)", a.Name, a.Log)
		}
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, a.Metrics+"/readyz", nil)
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%s not ready after %s (see %s)", a.Name, timeout, a.Log)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// port hands out the next free loopback port of this devnet's block. Blocks lie below Linux's
// ephemeral range (32768 and up), so the agents' own outgoing connections never take a port that
// was handed out before its agent bound it; each devnet's block follows from its L1 port, so
// devnets on other L1 ports do not collide either.
func (n *Network) port() (int, error) {
	if n.nextPort == 0 {
		n.nextPort = 20000 + (n.cfg.L1Port%45)*270
	}
	for tries := 0; tries < 270; tries++ {
		p := n.nextPort
		n.nextPort++
		ln, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", p))
		if err != nil {
			continue
		}
		ln.Close()
		return p, nil
	}
	return 0, fmt.Errorf("no free port left in the devnet's block below %d", n.nextPort)
}

// baseEnv is the shared runtime configuration of an agent of this devnet.
func (n *Network) baseEnv(dataDir, keystore, passwordFile string, metricsPort int) []string {
	return []string{
		"SPTN_L1_RPC_URLS=" + n.RPC,
		"SPTN_L1_CHAIN_ID=" + strconv.FormatUint(n.cfg.ChainID, 10),
		"SPTN_DEPLOYMENTS=" + n.DeploymentsFile(),
		"SPTN_KEYS_KEYSTORE=" + keystore,
		"SPTN_KEYS_PASSWORD_FILE=" + passwordFile,
		"SPTN_DATA_DIR=" + dataDir,
		fmt.Sprintf("SPTN_METRICS_ADDR=127.0.0.1:%d", metricsPort),
		"SPTN_TXMGR_CONFIRMATIONS=1",
		"SPTN_TXMGR_POLL_INTERVAL=250ms",
		"SPTN_LOG_LEVEL=info",
	}
}

// StartNodes initialises a CometBFT home per sequencer, writes one genesis with every sequencer
// as a validator, and starts `sptn node` for each, peered with all the others. bin is the sptn
// binary.
func (n *Network) StartNodes(ctx context.Context, bin string, seqs []Sequencer, extraEnv ...string) ([]*Agent, error) {
	vals := make([]node.GenesisValidator, len(seqs))
	p2p := make([]int, len(seqs))
	for i, s := range seqs {
		id, err := node.InitHome(filepath.Join(s.Dir, "data"))
		if err != nil {
			return nil, fmt.Errorf("node %d: %w", i, err)
		}
		vals[i] = node.GenesisValidator{Identity: id, Attester: s.Attester.Hex()}
		if p2p[i], err = n.port(); err != nil {
			return nil, err
		}
	}
	genesis := filepath.Join(n.cfg.DataDir, "genesis.json")
	if err := node.WriteGenesis(genesis, "sptn-devnet", vals); err != nil {
		return nil, err
	}
	raw, err := os.ReadFile(genesis)
	if err != nil {
		return nil, err
	}
	agents := make([]*Agent, 0, len(seqs))
	for i, s := range seqs {
		dataDir := filepath.Join(s.Dir, "data")
		if err := os.WriteFile(filepath.Join(node.CometHome(dataDir), "config", "genesis.json"), raw, 0o600); err != nil {
			return nil, err
		}
		var peers []string
		for j := range seqs {
			if j != i {
				peers = append(peers, fmt.Sprintf("%s@127.0.0.1:%d", vals[j].NodeID, p2p[j]))
			}
		}
		api, err := n.port()
		if err != nil {
			return nil, err
		}
		rpcPort, err := n.port()
		if err != nil {
			return nil, err
		}
		metrics, err := n.port()
		if err != nil {
			return nil, err
		}
		env := append(n.baseEnv(dataDir, s.KeystoreDir, s.PasswordFile, metrics),
			fmt.Sprintf("SPTN_NODE_MONIKER=node-%d", i),
			fmt.Sprintf("SPTN_NODE_P2P_ADDR=tcp://127.0.0.1:%d", p2p[i]),
			fmt.Sprintf("SPTN_NODE_RPC_ADDR=tcp://127.0.0.1:%d", rpcPort),
			fmt.Sprintf("SPTN_NODE_API_ADDR=127.0.0.1:%d", api),
			"SPTN_NODE_PEERS="+strings.Join(peers, ","),
		)
		a := &Agent{
			Name: fmt.Sprintf("node-%d", i), Kind: "node", DataDir: s.Dir, bin: bin,
			Log: filepath.Join(n.cfg.DataDir, fmt.Sprintf("node-%d.log", i)),
			API: fmt.Sprintf("http://127.0.0.1:%d", api), Metrics: fmt.Sprintf("http://127.0.0.1:%d", metrics),
			CometRPC: fmt.Sprintf("http://127.0.0.1:%d", rpcPort),
			env:      append(env, extraEnv...),
		}
		if err := a.Start(); err != nil {
			return agents, err
		}
		n.agents = append(n.agents, a)
		agents = append(agents, a)
	}
	return agents, nil
}

// StartProvers starts count provers, each with its own funded key.
func (n *Network) StartProvers(ctx context.Context, bin string, count int) ([]*Agent, error) {
	return n.startHelpers(ctx, bin, "prover", count, nil)
}

// StartWatchers starts count watchers, each with its own key funded with ETH and with AZT for
// filing bonds, voting for proposals on evidence it verified, and pruning when due.
func (n *Network) StartWatchers(ctx context.Context, bin string, count int) ([]*Agent, error) {
	return n.startHelpers(ctx, bin, "watcher", count, []string{"SPTN_WATCHER_VOTE=for", "SPTN_WATCHER_PRUNE=true"})
}

// watcherAZT is what each devnet watcher holds for filing bonds and votes.
var watcherAZT = new(big.Int).Mul(big.NewInt(10_000), big.NewInt(1e18))

func (n *Network) startHelpers(ctx context.Context, bin, kind string, count int, extra []string) ([]*Agent, error) {
	ids, err := n.createIdentities(ctx, kind, count)
	if err != nil {
		return nil, err
	}
	if kind == "watcher" && len(ids) > 0 {
		if err := n.sendAZT(ctx, ids); err != nil {
			return nil, err
		}
	}
	var out []*Agent
	for i, s := range ids {
		metrics, err := n.port()
		if err != nil {
			return out, err
		}
		a := &Agent{
			Name: fmt.Sprintf("%s-%d", kind, i), Kind: kind, DataDir: s.Dir, bin: bin,
			Log:     filepath.Join(n.cfg.DataDir, fmt.Sprintf("%s-%d.log", kind, i)),
			Metrics: fmt.Sprintf("http://127.0.0.1:%d", metrics),
			env:     append(n.baseEnv(filepath.Join(s.Dir, "data"), s.KeystoreDir, s.PasswordFile, metrics), extra...),
		}
		if err := a.Start(); err != nil {
			return out, err
		}
		n.agents = append(n.agents, a)
		out = append(out, a)
	}
	return out, nil
}

func (n *Network) sendAZT(ctx context.Context, ids []Sequencer) error {
	c, err := n.Dial(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	token, err := n.Deployments.Address("AZT")
	if err != nil {
		return err
	}
	tok := azt.NewAZT()
	var calls []call
	for _, s := range ids {
		calls = append(calls, call{to: token, data: tok.PackTransfer(s.Attester, watcherAZT)})
	}
	return sendAll(ctx, c, DevKey(), calls)
}

// Agents are every agent process the devnet started.
func (n *Network) Agents() []*Agent { return n.agents }

// CatchingUp asks a node's CometBFT whether it is still catching up (block sync) rather than
// taking part in consensus.
func (a *Agent) CatchingUp(ctx context.Context) (bool, error) {
	if a.CometRPC == "" {
		return false, fmt.Errorf("%s has no CometBFT RPC", a.Name)
	}
	rctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(rctx, http.MethodGet, a.CometRPC+"/status", nil)
	if err != nil {
		return false, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return false, err
	}
	defer resp.Body.Close()
	var st struct {
		Result struct {
			SyncInfo struct {
				CatchingUp bool `json:"catching_up"`
			} `json:"sync_info"`
		} `json:"result"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&st); err != nil {
		return false, err
	}
	return st.Result.SyncInfo.CatchingUp, nil
}
