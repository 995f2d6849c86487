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
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sptn/sptn/agents/node"
	"github.com/sptn/sptn/agents/node/app"
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
	// Host is the fabric host (network namespace) the agent runs in; nil is the root namespace.
	Host *Host
	// Account is the L1 address the agent sends its transactions from (a node's attester key on
	// the devnet, a prover's or a watcher's own key).
	Account common.Address
	env     []string
	args    []string
	bin     string
	// runAs is another binary the agent runs from its next start on, with runAsEnv added to its
	// environment (RunAs: a scenario's byzantine build).
	runAs    string
	runAsEnv []string
	// mu guards p: a chaos run restarts agents while its checker asks whether they run.
	mu sync.Mutex
	p  *proc
}

// process is the agent's current process (nil before the first start).
func (a *Agent) process() *proc {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.p
}

// Running reports whether the agent's process is alive.
func (a *Agent) Running() bool {
	p := a.process()
	if p == nil {
		return false
	}
	select {
	case <-p.Exited():
		return false
	default:
		return true
	}
}

// Stop stops the agent (SIGTERM, then SIGKILL after grace).
func (a *Agent) Stop(grace time.Duration) error {
	p := a.process()
	if p == nil {
		return nil
	}
	return p.stop(grace)
}

// Kill kills the agent with SIGKILL at once, as a crash would.
func (a *Agent) Kill() error {
	p := a.process()
	if p == nil {
		return nil
	}
	return p.kill()
}

// Start (re)starts the agent's process with the same configuration and data.
func (a *Agent) Start() error {
	if a.Running() {
		return fmt.Errorf("%s is running", a.Name)
	}
	f, err := os.OpenFile(a.Log, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	a.mu.Lock()
	self, env := a.bin, a.env
	if a.runAs != "" {
		self, env = a.runAs, append(append([]string{}, a.env...), a.runAsEnv...)
	}
	a.mu.Unlock()
	bin, args := self, append([]string{a.Kind}, a.args...)
	if a.Host != nil {
		bin, args = "ip", append([]string{"netns", "exec", a.Host.NS, self}, args...)
	}
	p, err := startProc(a.Name, f, a.DataDir, env, bin, args...)
	if err != nil {
		f.Close()
		return err
	}
	go func() { <-p.Exited(); f.Close() }()
	a.mu.Lock()
	a.p = p
	a.mu.Unlock()
	return nil
}

// RunAs makes the agent run bin, with env added to its environment, from its next Start on: one
// node of a scenario runs a byzantine build with the same configuration and data. RunAs("")
// returns it to the binary and environment it was started with.
func (a *Agent) RunAs(bin string, env ...string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.runAs, a.runAsEnv = bin, env
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

// port hands out the next free loopback port of this devnet's block (portblock.go). Blocks lie
// below Linux's ephemeral range (32768 and up), so the agents' own outgoing connections never
// take a port that was handed out before its agent bound it, and a block is this devnet's alone
// while it runs, so an agent that restarts finds its ports free. Not safe for concurrent use:
// the devnet's agents are started one after another.
func (n *Network) port() (int, error) {
	if n.ports == nil {
		b, err := reservePortBlock(n.cfg.L1Port)
		if err != nil {
			return 0, err
		}
		n.ports, n.nextPort = b, b.first
		if low, overlap := ephemeralOverlap(); overlap && n.cfg.Log != nil {
			n.cfg.Log.Warn("Linux's ephemeral ports reach into the devnets' port blocks: an outgoing connection may take an agent's port "+
				"before it binds it (raise net.ipv4.ip_local_port_range above the blocks)", "ephemeral_from", low,
				"blocks", fmt.Sprintf("%d-%d", portBlockBase, portBlocksEnd-1))
		}
	}
	for n.nextPort < n.ports.first+portBlockSize {
		p := n.nextPort
		n.nextPort++
		ln, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", p))
		if err != nil {
			continue
		}
		ln.Close()
		return p, nil
	}
	return 0, fmt.Errorf("no free port left in the devnet's block %d-%d", n.ports.first, n.ports.first+portBlockSize-1)
}

// baseSettings is the shared runtime configuration of an agent of this devnet.
func (n *Network) baseSettings(dataDir, keystore, passwordFile, metricsAddr string) settings {
	var s settings
	s.set("l1.rpc-urls", []string{n.RPC})
	s.set("l1.chain-id", strconv.FormatUint(n.cfg.ChainID, 10))
	s.set("deployments", n.DeploymentsFile())
	s.set("keys.keystore", keystore)
	s.set("keys.password-file", passwordFile)
	s.set("data-dir", dataDir)
	s.set("metrics.addr", metricsAddr)
	s.set("txmgr.confirmations", "1")
	s.set("txmgr.poll-interval", "250ms")
	s.set("log.level", "info")
	return s
}

// nodeAddrs are where one node listens and how the others reach it.
type nodeAddrs struct {
	p2pListen string // node.p2p-addr
	p2pPeer   string // host:port the other nodes dial
	rpc, api  string // host:port
	metrics   string // host:port
	wire      bool   // a wire on p2pPeer relays to p2pListen with the fabric's latency
}

// addrs picks node i's addresses: loopback ports of this devnet's block, or, on a fabric, the
// fixed ports of its own host.
func (n *Network) addrs(i int) (nodeAddrs, error) {
	if n.fabric != nil {
		ip := n.fabric.Hosts[i].IP
		a := nodeAddrs{p2pListen: "tcp://" + ip + ":26656", p2pPeer: ip + ":26656", rpc: ip + ":26657",
			api: ip + ":8080", metrics: ip + ":7300"}
		if n.cfg.Network.LatencyMs > 0 {
			a.p2pListen, a.wire = "tcp://127.0.0.1:26656", true
		}
		return a, nil
	}
	var ports [4]int
	for k := range ports {
		p, err := n.port()
		if err != nil {
			return nodeAddrs{}, err
		}
		ports[k] = p
	}
	return nodeAddrs{
		p2pListen: fmt.Sprintf("tcp://127.0.0.1:%d", ports[0]), p2pPeer: fmt.Sprintf("127.0.0.1:%d", ports[0]),
		rpc: fmt.Sprintf("127.0.0.1:%d", ports[1]), api: fmt.Sprintf("127.0.0.1:%d", ports[2]),
		metrics: fmt.Sprintf("127.0.0.1:%d", ports[3]),
	}, nil
}

// StartNodes initialises a CometBFT home per sequencer, writes one genesis with every sequencer
// as a validator, and starts `sptn node` for each, peered with all the others. bin is the sptn
// binary. On a fabric each node runs in its own host with its config in a file (the file `sptn
// devnet export` writes for separate machines); on loopback the config is in the environment.
func (n *Network) StartNodes(ctx context.Context, bin string, seqs []Sequencer, extraEnv ...string) ([]*Agent, error) {
	if n.fabric != nil && len(seqs) > len(n.fabric.Hosts) {
		return nil, fmt.Errorf("%d nodes but the fabric has %d hosts", len(seqs), len(n.fabric.Hosts))
	}
	vals := make([]node.GenesisValidator, len(seqs))
	addrs := make([]nodeAddrs, len(seqs))
	for i, s := range seqs {
		id, err := node.InitHome(filepath.Join(s.Dir, "data"))
		if err != nil {
			return nil, fmt.Errorf("node %d: %w", i, err)
		}
		vals[i] = node.GenesisValidator{Identity: id, Attester: s.Attester.Hex()}
		if addrs[i], err = n.addrs(i); err != nil {
			return nil, err
		}
	}
	genesis := filepath.Join(n.cfg.DataDir, "genesis.json")
	params := app.DefaultParams()
	if n.Geth() {
		// geth refuses a header whose time is not after its parent's: an L1 block at a slot's
		// last second is its last (app.Params.L1BlockSpacing). anvil can mine two blocks in
		// one second, and guarantees nothing.
		params.L1BlockSpacing = 1
	}
	if err := node.WriteGenesis(genesis, "sptn-devnet", vals, &params); err != nil {
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
		for _, j := range peersOf(i, len(seqs)) {
			peers = append(peers, vals[j].NodeID+"@"+addrs[j].p2pPeer)
		}
		ad := addrs[i]
		cfg := n.baseSettings(dataDir, s.KeystoreDir, s.PasswordFile, ad.metrics)
		cfg.set("node.moniker", fmt.Sprintf("node-%d", i))
		cfg.set("node.p2p-addr", ad.p2pListen)
		cfg.set("node.external-addr", ad.p2pPeer)
		cfg.set("node.rpc-addr", "tcp://"+ad.rpc)
		cfg.set("node.api-addr", ad.api)
		cfg.set("node.peers", peers)
		a := &Agent{
			Name: fmt.Sprintf("node-%d", i), Kind: "node", DataDir: s.Dir, bin: bin, Account: s.Attester,
			Log: filepath.Join(n.cfg.DataDir, fmt.Sprintf("node-%d.log", i)),
			API: "http://" + ad.api, Metrics: "http://" + ad.metrics, CometRPC: "http://" + ad.rpc,
			env: extraEnv,
		}
		if n.fabric != nil {
			a.Host = n.fabric.Hosts[i]
			file := filepath.Join(s.Dir, "sptn.yaml")
			if err := cfg.writeFile(file, fmt.Sprintf("node-%d of the devnet, on fabric host %s (%s)", i, a.Host.NS, a.Host.IP)); err != nil {
				return agents, err
			}
			a.args = []string{"--config", file}
			if ad.wire {
				if err := n.startWire(bin, a.Host, ad.p2pPeer, strings.TrimPrefix(ad.p2pListen, "tcp://")); err != nil {
					return agents, err
				}
			}
		} else {
			a.env = append(cfg.env(), extraEnv...)
		}
		if err := a.Start(); err != nil {
			return agents, err
		}
		n.agents = append(n.agents, a)
		agents = append(agents, a)
	}
	return agents, nil
}

// fullMesh is the largest devnet whose nodes all dial each other.
const fullMesh = 16

// peersOf are the nodes node i of n dials. Up to fullMesh nodes every node dials every other;
// beyond, node i dials i+1, i+2, i+4, ... (mod n), so that each node keeps about 2·log2(n)
// connections instead of n-1 and any vote reaches every node within log2(n) hops: with 48
// validators on one machine, 1,128 all-to-all links (2,256 dials) cost more CPU in gossip than
// the consensus itself.
func peersOf(i, n int) []int {
	var out []int
	if n <= fullMesh {
		for j := 0; j < n; j++ {
			if j != i {
				out = append(out, j)
			}
		}
		return out
	}
	for off := 1; off < n; off *= 2 {
		out = append(out, (i+off)%n)
	}
	return out
}

// startWire starts a wire inside host h that relays its public P2P address to the node's
// loopback listener with the fabric's latency.
func (n *Network) startWire(bin string, h *Host, listen, to string) error {
	f, err := n.logFile(fmt.Sprintf("wire-%d.log", h.Index))
	if err != nil {
		return err
	}
	p, err := startProc("wire "+h.NS, f, n.cfg.DataDir, nil, "ip", "netns", "exec", h.NS, bin, "devnet", "wire",
		"--listen", listen, "--to", to, "--delay", (time.Duration(n.cfg.Network.LatencyMs) * time.Millisecond).String())
	if err != nil {
		return err
	}
	n.wires = append(n.wires, p)
	return nil
}

// StartProvers starts count provers, each with its own funded key.
func (n *Network) StartProvers(ctx context.Context, bin string, count int) ([]*Agent, error) {
	return n.startHelpers(ctx, bin, "prover", 0, count, nil)
}

// AddProver starts one more prover, prover-<n> after the n the devnet has, with its own funded key,
// running bin with env added to its environment (a scenario's byzantine prover). RemoveAgent
// takes it away again.
func (n *Network) AddProver(ctx context.Context, bin string, env ...string) (*Agent, error) {
	count := 0
	for _, a := range n.agents {
		if a.Kind == "prover" {
			count++
		}
	}
	out, err := n.startHelpers(ctx, bin, "prover", count, 1, env)
	if len(out) == 0 {
		return nil, err
	}
	return out[0], err
}

// RemoveAgent stops a (SIGTERM, SIGKILL after grace) and takes it out of the devnet's agents, so
// that no restart brings it back.
func (n *Network) RemoveAgent(a *Agent, grace time.Duration) error {
	if err := a.Stop(grace); err != nil {
		return err
	}
	for i, b := range n.agents {
		if b == a {
			n.agents = append(n.agents[:i:i], n.agents[i+1:]...)
			break
		}
	}
	return nil
}

// StartWatchers starts count watchers, each with its own key funded with ETH and with AZT for
// filing bonds, voting for proposals on evidence it verified, and pruning when due.
func (n *Network) StartWatchers(ctx context.Context, bin string, count int) ([]*Agent, error) {
	return n.startHelpers(ctx, bin, "watcher", 0, count, []string{"SPTN_WATCHER_VOTE=for", "SPTN_WATCHER_PRUNE=true"})
}

// watcherAZT is what each devnet watcher holds for filing bonds and votes.
var watcherAZT = new(big.Int).Mul(big.NewInt(10_000), big.NewInt(1e18))

func (n *Network) startHelpers(ctx context.Context, bin, kind string, first, count int, extra []string) ([]*Agent, error) {
	ids, err := n.createIdentities(ctx, kind, first, count)
	if err != nil {
		return nil, err
	}
	if kind == "watcher" && len(ids) > 0 {
		if err := n.sendAZT(ctx, ids); err != nil {
			return nil, err
		}
	}
	var out []*Agent
	for _, s := range ids {
		metrics, err := n.port()
		if err != nil {
			return out, err
		}
		addr := fmt.Sprintf("127.0.0.1:%d", metrics)
		a := &Agent{
			Name: fmt.Sprintf("%s-%d", kind, s.Index), Kind: kind, DataDir: s.Dir, bin: bin, Account: s.Attester,
			Log:     filepath.Join(n.cfg.DataDir, fmt.Sprintf("%s-%d.log", kind, s.Index)),
			Metrics: "http://" + addr,
			env: append(append(n.baseSettings(filepath.Join(s.Dir, "data"), s.KeystoreDir, s.PasswordFile, addr).env(), extra...),
				n.cfg.AgentEnv...),
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
