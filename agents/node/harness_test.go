package node_test

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/devnet"
	"github.com/sptn/sptn/agents/internal/keys"
	"github.com/sptn/sptn/agents/node"
	"github.com/sptn/sptn/agents/node/app"
	"github.com/sptn/sptn/bindings/rollup"
)

// netConfig describes a test network: the number of nodes (all sequencers, the committee the
// whole set), the slot in seconds (L1 blocks are 1 s), and extra ROLLUP_* deploy parameters and
// SPTN_* node settings.
type netConfig struct {
	nodes     int
	committee int // 0: all nodes
	genesis   int // validators in genesis.json; 0: all nodes (the others register themselves)
	slot      uint64
	rollupEnv []string
	nodeEnv   []string
	params    *app.Params // the genesis params; nil: app.DefaultParams
	// Per node: another binary (a byzantine build), more SPTN_* settings, other genesis params.
	binFor     map[int]string
	envFor     map[int][]string
	genesisFor map[int]*app.Params
	// copies are more copies of a sequencer (node index -> how many): its keystore, their own
	// data directories and CometBFT node keys, peering with every node; they follow the
	// sequencer's procs in network.procs. copyEnv adds SPTN_* settings to copy k (from 1) of
	// node i.
	copies  map[int]int
	copyEnv func(i, k int) []string
	// beforeStart runs once the homes and genesis files are written, before any node starts.
	beforeStart func(nw *network)
}

// network is a running devnet with one `sptn node` process per sequencer.
type network struct {
	t          *testing.T
	ctx        context.Context
	devnet     *devnet.Network
	c          *ethclient.Client
	r          *rollup.Rollup
	rollupAddr common.Address
	attesters  []common.Address
	procs      []*proc
	vals       []node.GenesisValidator
	work       string
}

func (nw *network) read(data []byte) []byte {
	nw.t.Helper()
	raw, err := nw.c.CallContract(nw.ctx, ethereum.CallMsg{To: &nw.rollupAddr, Data: data}, nil)
	require.NoError(nw.t, err)
	return raw
}

// repoRoot is the repository's root, absolute (go test runs this package in agents/node).
func repoRoot(t *testing.T) string {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	require.NoError(t, err)
	return root
}

// startNetwork deploys the suite on a fresh anvil, stakes one sequencer per node (attester and
// publisher key in the node's own keystore), warps L1 to epoch 3 (whose committee was sampled
// after they joined), writes a genesis with every node as a validator and starts the nodes.
// Everything it starts is its own (anvil, data directories, ports), so the tests that call it
// run in parallel (go test -parallel defaults to GOMAXPROCS): on two cores that halves the
// package's wall time, which is mostly waiting for slots.
func startNetwork(ctx context.Context, t *testing.T, cfg netConfig) *network {
	t.Helper()
	root := repoRoot(t)
	work := t.TempDir()
	slot := strconv.FormatUint(cfg.slot, 10)
	n, err := devnet.Up(ctx, devnet.Config{
		Root: root, DataDir: filepath.Join(work, "devnet"), L1Port: freePort(t), L1BlockTime: time.Second, ChainID: 31337,
		RollupEnv: append([]string{"ROLLUP_SLOT_DURATION=" + slot, "ROLLUP_GENESIS_DELAY=" + strconv.FormatUint(10*cfg.slot, 10),
			"ROLLUP_COMMITTEE_SIZE=" + strconv.Itoa(cmp.Or(cfg.committee, cfg.nodes))}, cfg.rollupEnv...),
		Out: io.Discard, Log: slog.New(slog.DiscardHandler),
	})
	require.NoError(t, err)
	t.Cleanup(n.Down)
	c, err := n.Dial(ctx)
	require.NoError(t, err)
	t.Cleanup(c.Close)
	rollupAddr, err := n.Deployments.Address("Rollup")
	require.NoError(t, err)
	nw := &network{t: t, ctx: ctx, devnet: n, c: c, r: rollup.NewRollup(), rollupAddr: rollupAddr, work: work}

	const pw = "test-password"
	pwFile := filepath.Join(work, "password")
	require.NoError(t, os.WriteFile(pwFile, []byte(pw), 0o600))
	var vals []node.GenesisValidator
	var signers []devnet.StakeSigner
	for i := 0; i < cfg.nodes; i++ {
		dir := filepath.Join(work, fmt.Sprintf("ks%d", i))
		e, err := keys.New(dir, pw, keys.LightScrypt)
		require.NoError(t, err)
		nw.attesters = append(nw.attesters, e.Address)
		signer, err := keys.Open(dir, e.Address, pw) // the attester authorises its own stake
		require.NoError(t, err)
		signers = append(signers, signer)
		id, err := node.InitHome(filepath.Join(work, fmt.Sprintf("data%d", i)))
		require.NoError(t, err)
		vals = append(vals, node.GenesisValidator{Identity: id, Attester: e.Address.Hex()})
	}
	require.NoError(t, n.AddSequencers(ctx, signers))
	fund(ctx, t, c, nw.attesters)

	genesis, err := nw.r.UnpackGENESISTIME(nw.read(nw.r.PackGENESISTIME()))
	require.NoError(t, err)
	epoch, err := nw.r.UnpackEPOCHDURATION(nw.read(nw.r.PackEPOCHDURATION()))
	require.NoError(t, err)
	require.NoError(t, n.WarpTo(ctx, genesis.Uint64()+3*epoch.Uint64()*cfg.slot))

	genesisFile := filepath.Join(work, "genesis.json")
	nw.vals = vals
	require.NoError(t, node.WriteGenesis(genesisFile, "sptn-test", vals[:cmp.Or(cfg.genesis, cfg.nodes)], cfg.params))
	raw, err := os.ReadFile(genesisFile)
	require.NoError(t, err)
	genesisOf := func(i int) []byte {
		p, ok := cfg.genesisFor[i]
		if !ok {
			return raw
		}
		f := filepath.Join(work, fmt.Sprintf("genesis%d.json", i))
		require.NoError(t, node.WriteGenesis(f, "sptn-test", vals[:cmp.Or(cfg.genesis, cfg.nodes)], p))
		var doc, base map[string]json.RawMessage
		other, err := os.ReadFile(f)
		require.NoError(t, err)
		require.NoError(t, json.Unmarshal(other, &doc))
		require.NoError(t, json.Unmarshal(raw, &base))
		base["app_state"] = doc["app_state"] // the same genesis but for the params
		out, err := json.Marshal(base)
		require.NoError(t, err)
		return out
	}
	p2p := make([]int, cfg.nodes)
	for i := range p2p {
		p2p[i] = freePort(t)
	}
	newProc := func(i int, name, dataDir string, p2pPort int, peers []string, extra ...[]string) *proc {
		require.NoError(t, os.WriteFile(filepath.Join(node.CometHome(dataDir), "config", "genesis.json"), genesisOf(i), 0o600))
		apiPort, rpcPort, metricsPort := freePort(t), freePort(t), freePort(t)
		env := []string{
			"SPTN_L1_RPC_URLS=" + n.RPC,
			"SPTN_DEPLOYMENTS=" + filepath.Join(work, "devnet", "deployments.json"),
			"SPTN_KEYS_KEYSTORE=" + filepath.Join(work, fmt.Sprintf("ks%d", i)),
			"SPTN_KEYS_PASSWORD_FILE=" + pwFile,
			"SPTN_DATA_DIR=" + dataDir,
			fmt.Sprintf("SPTN_METRICS_ADDR=127.0.0.1:%d", metricsPort),
			fmt.Sprintf("SPTN_NODE_P2P_ADDR=tcp://127.0.0.1:%d", p2pPort),
			fmt.Sprintf("SPTN_NODE_RPC_ADDR=tcp://127.0.0.1:%d", rpcPort),
			fmt.Sprintf("SPTN_NODE_API_ADDR=127.0.0.1:%d", apiPort),
			"SPTN_NODE_PEERS=" + strings.Join(peers, ","),
			"SPTN_TXMGR_CONFIRMATIONS=1",
			"SPTN_TXMGR_POLL_INTERVAL=250ms",
			"SPTN_LOG_LEVEL=info",
		}
		for _, e := range extra {
			env = append(env, e...)
		}
		return &proc{t: t, i: i, api: fmt.Sprintf("http://127.0.0.1:%d", apiPort),
			rpc:     fmt.Sprintf("http://127.0.0.1:%d", rpcPort),
			metrics: fmt.Sprintf("http://127.0.0.1:%d", metricsPort),
			bin:     cmp.Or(cfg.binFor[i], sptnBin),
			logPath: filepath.Join(work, name+".log"),
			env:     env}
	}
	for i := 0; i < cfg.nodes; i++ {
		var peers []string
		for j := 0; j < cfg.nodes; j++ {
			if j != i {
				peers = append(peers, fmt.Sprintf("%s@127.0.0.1:%d", vals[j].NodeID, p2p[j]))
			}
		}
		nw.procs = append(nw.procs, newProc(i, fmt.Sprintf("node%d", i), filepath.Join(work, fmt.Sprintf("data%d", i)), p2p[i], peers,
			cfg.nodeEnv, cfg.envFor[i]))
	}
	for i := 0; i < cfg.nodes; i++ {
		for k := 1; k <= cfg.copies[i]; k++ {
			dataDir := filepath.Join(work, fmt.Sprintf("data%d-copy%d", i, k))
			_, err := node.InitHome(dataDir)
			require.NoError(t, err)
			var peers []string
			for j := 0; j < cfg.nodes; j++ {
				peers = append(peers, fmt.Sprintf("%s@127.0.0.1:%d", vals[j].NodeID, p2p[j]))
			}
			var extra []string
			if cfg.copyEnv != nil {
				extra = cfg.copyEnv(i, k)
			}
			nw.procs = append(nw.procs, newProc(i, fmt.Sprintf("node%d-copy%d", i, k), dataDir, freePort(t), peers, cfg.nodeEnv, extra))
		}
	}
	if cfg.beforeStart != nil {
		cfg.beforeStart(nw)
	}
	procs := nw.procs
	for _, p := range procs {
		p.start()
		t.Cleanup(func() { p.signal(syscall.SIGKILL) })
	}
	t.Cleanup(func() {
		if raceNodes {
			for _, p := range procs {
				b, _ := os.ReadFile(p.logPath)
				if i := strings.Index(string(b), "WARNING: DATA RACE"); i >= 0 {
					t.Errorf("node %d hit a data race:\n%s", p.i, b[i:min(len(b), i+6000)])
				}
			}
		}
		if t.Failed() {
			for _, p := range procs {
				b, _ := os.ReadFile(p.logPath)
				if len(b) > 6000 {
					b = b[len(b)-6000:]
				}
				t.Logf("---- node %d log tail ----\n%s", p.i, b)
			}
		}
	})
	return nw
}
