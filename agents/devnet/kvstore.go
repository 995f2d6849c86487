package devnet

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sptn/sptn/agents/internal/ports"
	"github.com/sptn/sptn/agents/internal/spawn"
	"github.com/sptn/sptn/agents/node"
)

// KVStoreRun is the consensus ceiling of this machine at one committee size: CometBFT's own
// kvstore application (agents/cmd/kvnode) with as many validators as SPTN's committee, the same
// CometBFT timeouts, on the same machine, idle (no transactions: the empty-block cadence is what
// SPTN's pending chain is compared with).
type KVStoreRun struct {
	Validators     int    `json:"validators"`
	TimeoutCommit  string `json:"timeout_commit"`
	TimeoutPropose string `json:"timeout_propose"`
	// PeersPerNode is how many nodes each validator dials: the devnet's peer graph (peersOf).
	PeersPerNode int     `json:"peers_per_node"`
	ReadyS       float64 `json:"start_to_first_height_s"`
	// WarmupS is the time from the first height to the window's start: the connections and the
	// peer exchange settle first, as they have in SPTN's devnet by its first pending block.
	WarmupS       float64 `json:"warmup_s"`
	WindowSeconds float64 `json:"window_s"`
	Heights       int64   `json:"heights"`
	// HeightInterval is the seconds between committed heights.
	HeightInterval Spread `json:"height_interval_s"`
}

// MinKVStoreHeights is the fewest height intervals a kvstore window holds: it lasts its duration
// or this many heights, whichever is longer (at most maxKVStoreWindows durations), so that at 48
// validators, a height every several seconds, the interval is not the median of a handful.
const (
	MinKVStoreHeights = 20
	maxKVStoreWindows = 5
)

// The kvstore window starts kvWarmup and kvWarmupHeights heights after its first height,
// whichever is later. CometBFT's peer exchange dials more peers every 30 s (ensurePeers), so a
// window from the first height would measure a network still connecting, against SPTN's nodes
// that have been up a minute or more when their window opens at the first pending block.
const (
	kvWarmup        = 30 * time.Second
	kvWarmupHeights = 5
)

// MeasureKVStore starts n kvnode validators (bin, built from agents/cmd/kvnode) under work,
// peered as the devnet peers its nodes (peersOf) and with the nodes' CometBFT timeouts, and
// follows their heights for window or MinKVStoreHeights heights, whichever is longer, from a
// warm-up after the network committed its first height (each within startup). The processes
// are killed when it returns.
func MeasureKVStore(ctx context.Context, bin, work string, n int, timeoutCommit, timeoutPropose, window, startup time.Duration) (KVStoreRun, error) {
	run := KVStoreRun{Validators: n, TimeoutCommit: timeoutCommit.String(), TimeoutPropose: timeoutPropose.String(), PeersPerNode: len(peersOf(0, n))}
	if window <= 0 {
		return run, fmt.Errorf("kvstore window %s: it must be positive", window)
	}
	if err := os.RemoveAll(work); err != nil {
		return run, err
	}
	vals := make([]node.GenesisValidator, n)
	for i := range vals {
		id, err := node.InitHome(filepath.Join(work, fmt.Sprintf("kv%d", i)))
		if err != nil {
			return run, err
		}
		vals[i] = node.GenesisValidator{Identity: id, Attester: common.BytesToAddress([]byte{byte(i >> 8), byte(i), 1}).Hex()}
	}
	genesis := filepath.Join(work, "genesis.json")
	if err := node.WriteGenesis(genesis, "kvstore-ceiling", vals, nil); err != nil {
		return run, err
	}
	raw, err := os.ReadFile(genesis)
	if err != nil {
		return run, err
	}
	ps, err := ports.FreeN(3 * n)
	if err != nil {
		return run, err
	}
	var rpcs []string
	started := time.Now()
	for i := 0; i < n; i++ {
		dir := filepath.Join(work, fmt.Sprintf("kv%d", i))
		if err := os.WriteFile(filepath.Join(node.CometHome(dir), "config", "genesis.json"), raw, 0o600); err != nil {
			return run, err
		}
		peers := kvPeers(i, vals, func(j int) int { return ps[3*j] })
		rpc := fmt.Sprintf("127.0.0.1:%d", ps[3*i+1])
		cmd := exec.CommandContext(ctx, bin, "-data-dir", dir,
			"-p2p-addr", fmt.Sprintf("tcp://127.0.0.1:%d", ps[3*i]), "-rpc-addr", "tcp://"+rpc,
			"-api-addr", fmt.Sprintf("127.0.0.1:%d", ps[3*i+2]), "-peers", strings.Join(peers, ","),
			"-timeout-commit", timeoutCommit.String(), "-timeout-propose", timeoutPropose.String())
		logf, err := os.Create(filepath.Join(work, fmt.Sprintf("kv%d.log", i)))
		if err != nil {
			return run, err
		}
		cmd.Stdout, cmd.Stderr = logf, logf
		// SIGKILL if sptn dies, even by kill -9, as every child of `up` (startProc).
		cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
		if err := spawn.Start(cmd); err != nil {
			logf.Close()
			return run, fmt.Errorf("start %s: %w", bin, err)
		}
		defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait(); _ = logf.Close() }()
		rpcs = append(rpcs, "http://"+rpc)
	}
	height := func() int64 {
		for _, r := range rpcs {
			if h, err := CometHeight(ctx, r); err == nil {
				return h
			}
		}
		return 0
	}
	var first int64
	for first == 0 {
		if time.Since(started) > startup {
			return run, fmt.Errorf("kvstore with %d validators committed no height in %s (logs in %s)", n, startup, work)
		}
		first = height()
		if err := sleepCtx(ctx, 100*time.Millisecond); err != nil {
			return run, err
		}
	}
	run.ReadyS = time.Since(started).Seconds()
	// The warm-up, then the window opens at a height change, as SPTN's opens at a pending block:
	// its first interval is a whole one. h only grows (a node that does not answer, or lags,
	// cannot move it back).
	firstAt := time.Now()
	h := first
	for warm := false; ; h = max(h, height()) {
		if !warm && time.Since(firstAt) >= kvWarmup && h-first >= kvWarmupHeights {
			warm, first = true, h
		}
		if warm && h > first {
			break
		}
		if time.Since(firstAt) > startup {
			return run, fmt.Errorf("kvstore with %d validators committed %d heights in %s after its first (logs in %s)", n, h-first, startup, work)
		}
		if err := sleepCtx(ctx, 50*time.Millisecond); err != nil {
			return run, err
		}
	}
	run.WarmupS = time.Since(firstAt).Seconds()
	begin := time.Now()
	first = h
	last, lastChange := first, begin
	var intervals []float64
	for time.Since(begin) < window || (last-first < MinKVStoreHeights && time.Since(begin) < maxKVStoreWindows*window) {
		if h := height(); h > last { // a lagging or silent node (0) is not a height change
			now := time.Now()
			for k := last; k < h; k++ {
				intervals = append(intervals, now.Sub(lastChange).Seconds()/float64(h-last))
			}
			last, lastChange = h, now
		}
		if err := sleepCtx(ctx, 50*time.Millisecond); err != nil {
			return run, err
		}
	}
	run.WindowSeconds = time.Since(begin).Seconds()
	run.Heights = last - first
	run.HeightInterval = spreadOf(intervals)
	return run, nil
}

// kvPeers are the persistent peers (id@127.0.0.1:port) of kvstore validator i: those the devnet's
// node i dials (peersOf), so that the ceiling is measured over SPTN's peer graph. A full mesh of
// 48 costs more CPU in gossip than the consensus itself (1,128 links on two cores).
func kvPeers(i int, vals []node.GenesisValidator, p2pPort func(int) int) []string {
	var peers []string
	for _, j := range peersOf(i, len(vals)) {
		peers = append(peers, fmt.Sprintf("%s@127.0.0.1:%d", vals[j].NodeID, p2pPort(j)))
	}
	return peers
}

// CometHeight is the latest block height a CometBFT RPC endpoint (http://host:port) reports.
func CometHeight(ctx context.Context, rpc string) (int64, error) {
	rctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(rctx, http.MethodGet, rpc+"/status", nil)
	if err != nil {
		return 0, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var st struct {
		Result struct {
			SyncInfo struct {
				Height json.Number `json:"latest_block_height"`
			} `json:"sync_info"`
		} `json:"result"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&st); err != nil {
		return 0, err
	}
	return st.Result.SyncInfo.Height.Int64()
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(d):
		return nil
	}
}
