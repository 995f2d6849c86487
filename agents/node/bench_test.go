//go:build bench

package node_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"math"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/chainapi"
	"github.com/sptn/sptn/agents/devnet"

	"github.com/sptn/sptn/agents/internal/proctree"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/node/app"
)

// The benchmarks run with `make bench` (go test -tags bench). They measure and print; they
// assert nothing about speed. Results and how to read them: docs/performance.md.

// keepLogs copies the nodes' logs to SPTN_BENCH_LOGDIR, if set, when the test ends. The path
// must be absolute: go test runs in the package's directory, of a worktree that may be gone by
// the time the logs are read (run 25's went with its worktree). The directory is made at once,
// so that a bad one fails before the run rather than after it, and the test fails if a log
// cannot be kept: a diagnosis run without its logs has to be run again.
func keepLogs(t *testing.T, nw *network, name string) {
	dir := os.Getenv("SPTN_BENCH_LOGDIR")
	if dir == "" {
		return
	}
	require.True(t, filepath.IsAbs(dir), "SPTN_BENCH_LOGDIR=%s: give an absolute path (go test runs in the package's directory)", dir)
	require.NoError(t, os.MkdirAll(dir, 0o755), "SPTN_BENCH_LOGDIR")
	t.Cleanup(func() {
		for _, p := range nw.procs {
			out := filepath.Join(dir, fmt.Sprintf("%s-node%d.log", name, p.i))
			b, err := os.ReadFile(p.logPath)
			if err == nil {
				err = os.WriteFile(out, b, 0o644)
			}
			if err != nil {
				t.Errorf("SPTN_BENCH_LOGDIR: node %d's log: %v", p.i, err)
				continue
			}
			t.Logf("node %d's log kept in %s (%d bytes)", p.i, out, len(b))
		}
	})
}

func benchLogLevel() string {
	if v := os.Getenv("SPTN_BENCH_LOG_LEVEL"); v != "" {
		return "SPTN_LOG_LEVEL=" + v
	}
	return "SPTN_LOG_LEVEL=warn"
}

func benchSeconds(def int) time.Duration {
	if v, err := strconv.Atoi(os.Getenv("SPTN_BENCH_SECONDS")); err == nil && v > 0 {
		return time.Duration(v) * time.Second
	}
	return time.Duration(def) * time.Second
}

// p99 is the 99th percentile of xs as text, or "n/a" for fewer than 100 samples: below 100
// the nearest-rank p99 is the maximum, which the benches print as such (issue 21, item 9).
func p99(xs []time.Duration) string {
	if len(xs) < 100 {
		return "n/a"
	}
	return percentile(xs, 0.99).Round(10 * time.Millisecond).String()
}

func percentile(xs []time.Duration, p float64) time.Duration {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	i := int(p*float64(len(s))+0.5) - 1
	return s[max(0, min(i, len(s)-1))]
}

// procStat is a node's resident memory and CPU time so far, its KZG workers' included
// (node.kzg-process: the work it moved out of the node is still the node's).
func procStat(t *testing.T, pid int) (rssMB float64, cpu time.Duration) {
	u, err := proctree.Read(pid)
	require.NoError(t, err)
	return float64(u.RSSKiB) / 1024, u.CPU
}

// tipWatcher polls a node's tips every 50 ms and records when each pending and assured number
// was first seen.
type tipWatcher struct {
	mu      sync.Mutex
	pending map[common.Hash]time.Time // pending tip hash -> first seen
	assured map[common.Hash]time.Time // assured tip hash -> first seen
	changes []time.Time
	last    common.Hash
	blocks  int
	// proven are the proven tip's moves, in order: the proven tip moves by an epoch at a time,
	// so a block's proven time is that of the first move to its number or above.
	proven []provenAt
}

type provenAt struct {
	number uint64
	at     time.Time
}

// provenTime is when the proven tip first reached block n.
func (w *tipWatcher) provenTime(n uint64) (time.Time, bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, p := range w.proven {
		if p.number >= n {
			return p.at, true
		}
	}
	return time.Time{}, false
}

func watchTips(ctx context.Context, p *proc) *tipWatcher {
	w := &tipWatcher{pending: map[common.Hash]time.Time{}, assured: map[common.Hash]time.Time{}}
	go func() {
		for ctx.Err() == nil {
			if tp, err := p.tips(); err == nil {
				now := time.Now()
				w.mu.Lock()
				if _, ok := w.pending[tp.Pending.Hash]; !ok && tp.Pending.Number > 0 {
					w.pending[tp.Pending.Hash] = now
				}
				if _, ok := w.assured[tp.Assured.Hash]; !ok && tp.Assured.Number > 0 {
					w.assured[tp.Assured.Hash] = now
				}
				if n := len(w.proven); tp.Proven.Number > 0 && (n == 0 || tp.Proven.Number > w.proven[n-1].number) {
					w.proven = append(w.proven, provenAt{tp.Proven.Number, now})
				}
				if tp.Pending.Hash != w.last {
					w.changes = append(w.changes, now)
					w.last = tp.Pending.Hash
				}
				w.mu.Unlock()
			}
			time.Sleep(50 * time.Millisecond)
		}
	}()
	return w
}

// intervals are the times between pending-tip changes (a new block, or a replacement after a
// missed L1 slot) within [from, to].
func (w *tipWatcher) intervals(from, to time.Time) []time.Duration {
	w.mu.Lock()
	defer w.mu.Unlock()
	var out []time.Duration
	for i := 1; i < len(w.changes); i++ {
		if w.changes[i-1].After(from) && w.changes[i].Before(to) {
			out = append(out, w.changes[i].Sub(w.changes[i-1]))
		}
	}
	return out
}

// roundAll rounds durations to 10 ms, for printing.
func roundAll(ds []time.Duration) []time.Duration {
	out := make([]time.Duration, len(ds))
	for i, d := range ds {
		out[i] = d.Round(10 * time.Millisecond)
	}
	return out
}

// TestBenchPendingInterval measures the pending chain's update interval (p50, p99) and each
// node's memory and CPU with committees of 4 and 16 (SPTN_BENCH_SIZES) on the devnet's 2 s slot.
func TestBenchPendingInterval(t *testing.T) {
	sizes := []int{4, 16}
	if v := os.Getenv("SPTN_BENCH_SIZES"); v != "" {
		sizes = nil
		for _, s := range strings.Split(v, ",") {
			n, err := strconv.Atoi(s)
			require.NoError(t, err)
			sizes = append(sizes, n)
		}
	}
	for _, k := range sizes {
		t.Run(fmt.Sprintf("committee=%d", k), func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
			defer cancel()
			nw := startNetwork(ctx, t, netConfig{nodes: k, slot: 2, nodeEnv: []string{benchLogLevel()},
				rollupEnv: []string{"ROLLUP_PROOF_WINDOW_EPOCHS=8"}})
			keepLogs(t, nw, fmt.Sprintf("interval-%d", k))
			w := watchTips(ctx, nw.procs[0])
			eventually(t, 3*time.Minute, "pending chain moving", func() (bool, string) {
				tp, err := nw.procs[0].tips()
				return err == nil && tp.Pending.Number >= 3, fmt.Sprint(tp, err)
			})
			d := benchSeconds(60)
			start := time.Now()
			cpu0 := make([]time.Duration, k)
			for i, p := range nw.procs {
				_, cpu0[i] = procStat(t, p.cmd.Process.Pid)
			}
			tp0, err := nw.procs[0].tips()
			require.NoError(t, err)
			time.Sleep(d)
			tp1, err := nw.procs[0].tips()
			require.NoError(t, err)
			var rss []float64
			var cpu []float64
			for i, p := range nw.procs {
				m, c := procStat(t, p.cmd.Process.Pid)
				rss = append(rss, m)
				cpu = append(cpu, 100*(c-cpu0[i]).Seconds()/d.Seconds())
			}
			iv := w.intervals(start, start.Add(d))
			t.Logf("BENCH committee=%d intervals_in_order=%v", k, roundAll(iv))
			slices.Sort(rss)
			slices.Sort(cpu)
			t.Logf("BENCH committee=%d window=%s pending_tip_advance=%d assured_tip_advance=%d intervals=%d interval_p50=%s interval_p99=%s interval_max=%s "+
				"rss_mb_median=%.0f rss_mb_max=%.0f cpu_pct_median=%.1f cpu_pct_max=%.1f",
				k, d, int64(tp1.Pending.Number)-int64(tp0.Pending.Number), int64(tp1.Assured.Number)-int64(tp0.Assured.Number), len(iv),
				percentile(iv, 0.5).Round(10*time.Millisecond), p99(iv), percentile(iv, 1).Round(10*time.Millisecond),
				rss[len(rss)/2], rss[len(rss)-1], cpu[len(cpu)/2], cpu[len(cpu)-1])
		})
	}
}

// benchParams are the genesis params: app.DefaultParams with SPTN_BENCH_GENESIS (JSON, for
// example {"maxCalldataBlockBytes":400000,"maxBlockTxs":5000}) over them.
func benchParams(t *testing.T) *app.Params {
	p := app.DefaultParams()
	if v := os.Getenv("SPTN_BENCH_GENESIS"); v != "" {
		require.NoError(t, json.Unmarshal([]byte(v), &p), "SPTN_BENCH_GENESIS")
	}
	require.NoError(t, p.Check())
	return &p
}

// TestBenchThroughput submits 200-byte transactions through the chain API of four validators,
// at offered rates (SPTN_BENCH_RATES, default 100,250,0; 0 is as fast as 16 clients can), and reports
// the rate into the pending chain and the latency from submission to pending and to assured.
// SPTN_BENCH_NODE_ENV adds node settings (for example SPTN_NODE_DA=calldata), SPTN_BENCH_GENESIS
// sets genesis params (benchParams);
// SPTN_BENCH_SLOT sets the slot in seconds (L1 blocks are 1 s; default 2). SPTN_BENCH_BYZANTINE and
// SPTN_BENCH_FLOOD mix byzantine load in: a byzantine member, a zero-fee flood; SPTN_BENCH_DOWN
// stops members (the chain without them).
func TestBenchThroughput(t *testing.T) {
	rates := []int{100, 250, 0}
	if v := os.Getenv("SPTN_BENCH_RATES"); v != "" {
		rates = nil
		for _, f := range strings.Split(v, ",") {
			r, err := strconv.Atoi(f)
			require.NoError(t, err)
			rates = append(rates, r)
		}
	}
	for _, rate := range rates {
		name := "rate=max"
		if rate > 0 {
			name = fmt.Sprintf("rate=%d", rate)
		}
		t.Run(name, func(t *testing.T) { benchThroughput(t, rate) })
	}
}

func benchThroughput(t *testing.T, rate int) {
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	slot := uint64(2)
	if v, err := strconv.Atoi(os.Getenv("SPTN_BENCH_SLOT")); err == nil && v > 0 {
		slot = uint64(v)
	}
	cfg := netConfig{nodes: 4, slot: slot, rollupEnv: []string{"ROLLUP_PROOF_WINDOW_EPOCHS=8"},
		nodeEnv: append([]string{benchLogLevel()}, strings.Fields(os.Getenv("SPTN_BENCH_NODE_ENV"))...),
		params:  benchParams(t)}
	// SPTN_BENCH_BYZANTINE makes node 3 a byzantine member doing those things (byzantine.go's
	// SPTN_BYZANTINE, for example high-s,junk).
	if modes := os.Getenv("SPTN_BENCH_BYZANTINE"); modes != "" {
		cfg.binFor = map[int]string{3: byzantineBin(t)}
		cfg.envFor = map[int][]string{3: {"SPTN_BYZANTINE=" + modes}}
		t.Logf("BENCH node 3 is byzantine: %s", modes)
	}
	nw := startNetwork(ctx, t, cfg)
	keepLogs(t, nw, fmt.Sprintf("throughput-%d", rate))
	// A prover, as on the devnet, so that the latency to the proven chain is measured too.
	_, err := nw.devnet.StartProvers(ctx, sptnBin, 1)
	require.NoError(t, err)
	w := watchTips(ctx, nw.procs[0])
	eventually(t, 3*time.Minute, "pending chain moving", func() (bool, string) {
		tp, err := nw.procs[0].tips()
		return err == nil && tp.Pending.Number >= 3, fmt.Sprint(tp, err)
	})
	warmL1Blobs(ctx, t, nw)
	warmNodes(t, nw)
	// SPTN_BENCH_DOWN=n stops n nodes (kill -9) before the load, the last ones other than
	// SPTN_BENCH_BYZANTINE's node 3: the chain without them, beside a member that misbehaves. At
	// most a third of the validators, less one for the byzantine member: past that CometBFT halts.
	// The load goes to the others.
	live := nw.procs
	if v, err := strconv.Atoi(os.Getenv("SPTN_BENCH_DOWN")); err == nil && v > 0 {
		faulty := v
		if cfg.binFor != nil {
			faulty++
		}
		require.LessOrEqual(t, 3*faulty, len(nw.procs)-1, "SPTN_BENCH_DOWN: at most a third of the validators may fail")
		live = nil
		down := 0
		for i := len(nw.procs) - 1; i >= 0; i-- {
			if p := nw.procs[i]; down < v && cfg.binFor[i] == "" {
				p.signal(syscall.SIGKILL)
				down++
				t.Logf("BENCH node %d down", i)
				continue
			}
			live = append([]*proc{nw.procs[i]}, live...)
		}
	}
	d := benchSeconds(30)
	l1Start, err := nw.c.BlockNumber(ctx)
	require.NoError(t, err)
	t.Logf("BENCH load starts: %d/s for %s", rate, d) // a cue for profiling the nodes under load
	cpu0 := make([]time.Duration, len(live))
	apis := make([]string, len(live))
	for i, p := range live {
		_, cpu0[i] = procStat(t, p.cmd.Process.Pid)
		apis[i] = p.api
	}
	metrics0 := scrapeNodes(t, live)
	start := time.Now()
	wctx, wcancel := context.WithTimeout(ctx, d)
	defer wcancel()
	profileNodes(wctx, t, nw, fmt.Sprintf("throughput-%d", rate), d)
	// SPTN_BENCH_BATCH transactions per request to /v1/txs/batch (default 1).
	batch := 1
	if v, err := strconv.Atoi(os.Getenv("SPTN_BENCH_BATCH")); err == nil && v > 1 {
		batch = v
	}
	// SPTN_BENCH_FLOOD offers that many zero-fee transactions a second besides, in batches of the
	// same size, to every node's API: what anyone can send for free.
	var flood chan *loadRun
	if v, err := strconv.Atoi(os.Getenv("SPTN_BENCH_FLOOD")); err == nil && v > 0 {
		flood = make(chan *loadRun, 1)
		go func() { flood <- offerLoad(wctx, apis, v, batch, d, zeroFeeTxOf) }()
	}
	// The load: the curve's generator (16 clients over the live nodes, no back-off when refused).
	run := offerLoad(wctx, apis, rate, batch, d, userTxOf)
	end := time.Now()
	submitted := make(map[common.Hash]time.Time, len(run.accepted))
	for k, at := range run.accepted {
		submitted[common.HexToHash(k)] = at
	}
	shed := run.shed // the requests refused whole, as the clients saw them
	if flood != nil {
		f := <-flood
		reportFlood(t, f)
		shed = append(slices.Clone(shed), f.shed...)
	}
	metrics1 := scrapeNodes(t, live)
	handlerShed := refusalBuckets(metrics1)
	for le, n := range refusalBuckets(metrics0) {
		handlerShed[le] -= n
	}
	// Blocks not assured in their slot during the window, as each node counted them (every node
	// judges every proposer's block: budget.go).
	missed := eventDeltas(metrics0, metrics1, "block_missed_slot")
	pauses, collections := gcPauses(metrics0, metrics1)
	t.Logf("BENCH throughput-gc longest_pause=%v collections_in_window=%v (each node; the longest of its last 256 pauses, which may predate the window)",
		pauses, collections)
	loadAvg, _ := os.ReadFile("/proc/loadavg") // the machine's load over the window's last minute
	// Each node's memory (MB) and CPU (% of one core) over the window.
	var rss, cpu []float64
	for i, p := range live {
		m, c := procStat(t, p.cmd.Process.Pid)
		rss = append(rss, m)
		cpu = append(cpu, 100*(c-cpu0[i]).Seconds()/end.Sub(start).Seconds())
	}
	slices.Sort(rss)
	slices.Sort(cpu)
	// Let the backlog drain into blocks and onto L1, and the prover prove it (a proof covers
	// an epoch once it ended), then walk the pending chain.
	time.Sleep(20 * time.Second)
	tp, err := nw.procs[0].tips()
	require.NoError(t, err)
	for deadline := time.Now().Add(2 * time.Minute); time.Now().Before(deadline); time.Sleep(time.Second) {
		if _, ok := w.provenTime(tp.Assured.Number); ok {
			break
		}
	}
	var toPending, toAssured, toProven []time.Duration
	included, inWindow, blobBlocks, blobs, maxBlobs, dataBlocks := 0, 0, 0, 0, 0, 0
	for n := uint64(1); n <= tp.Pending.Number; n++ {
		var b chainapi.Block
		if err := getJSON(fmt.Sprintf("%s/v1/blocks/%d", nw.procs[0].api, n), &b); err != nil {
			continue
		}
		if len(b.Txs) > 0 {
			dataBlocks++
		}
		if b.Blobs {
			n := protocol.BlobsFor(len(b.Txs) * (4 + 200))
			blobBlocks, blobs, maxBlobs = blobBlocks+1, blobs+n, max(maxBlobs, n)
		}
		w.mu.Lock()
		seenP, okP := w.pending[b.Hash]
		seenA, okA := w.assured[b.Hash]
		w.mu.Unlock()
		for _, h := range b.Txs {
			at, ok := submitted[h]
			if !ok {
				continue
			}
			included++
			if okP {
				toPending = append(toPending, seenP.Sub(at))
				if seenP.After(start) && seenP.Before(end) {
					inWindow++
				}
			}
			if okA {
				toAssured = append(toAssured, seenA.Sub(at))
			}
			if seenV, ok := w.provenTime(b.Header.Number); ok && b.Status != "orphaned" {
				toProven = append(toProven, seenV.Sub(at))
			}
		}
	}
	pct := func(xs []time.Duration, p float64) time.Duration {
		return percentile(xs, p).Round(10 * time.Millisecond)
	}
	// L1's side: blob gas and execution gas of the L1 blocks from the window's start on.
	l1End, err := nw.c.BlockNumber(ctx)
	require.NoError(t, err)
	var blobGas, execGas uint64
	for n := l1Start + 1; n <= l1End; n++ {
		h, err := nw.c.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		require.NoError(t, err)
		execGas += h.GasUsed
		if h.BlobGasUsed != nil {
			blobGas += *h.BlobGasUsed
		}
	}
	t.Logf("BENCH throughput-l1 batch=%d blocks_with_txs=%d blob_blocks=%d blobs=%d max_blobs_per_block=%d "+
		"l1_blocks=%d l1_blob_gas=%d l1_exec_gas=%d missed_slots_in_window=%v loadavg=%q", batch, dataBlocks, blobBlocks, blobs, maxBlobs,
		l1End-l1Start, blobGas, execGas, missed, strings.TrimSpace(string(loadAvg)))
	t.Logf("BENCH throughput-nodes rss_mb_median=%.0f rss_mb_max=%.0f cpu_pct_median=%.1f cpu_pct_max=%.1f",
		rss[len(rss)/2], rss[len(rss)-1], cpu[len(cpu)/2], cpu[len(cpu)-1])
	// The requests refused whole with 503 (the API's load shedding, the flood's included), as the
	// clients saw them and as the nodes' handlers took them (sptn_node_api_request_duration_seconds,
	// bucket bounds): what the clients saw beyond the handlers is the wait for a core and the
	// loopback.
	t.Logf("BENCH throughput-refusals shed=%d client_p50=%s p99=%s handlers=%d handler_p50<=%s p99<=%s",
		len(shed), quantileOrNA(shed, 0.5, 1), quantileOrNA(shed, 0.99, 100),
		int(handlerShed[math.Inf(1)]), bucketQuantile(handlerShed, 0.5), bucketQuantile(handlerShed, 0.99))
	t.Logf("BENCH throughput offered=%s window=%s submitted=%d (%.0f/s) refused=%d refusal_p50=%s p99=%s included=%d "+
		"into_pending_during_window=%.0f/s assured=%d latency_pending_p50=%s p99=%s latency_assured_p50=%s p99=%s "+
		"proven=%d latency_proven_p50=%s p99=%s",
		name(rate), d, len(submitted), float64(len(submitted))/d.Seconds(), run.refused,
		quantileOrNA(run.refusals, 0.5, 1), quantileOrNA(run.refusals, 0.99, 100), included,
		float64(inWindow)/end.Sub(start).Seconds(), len(toAssured), pct(toPending, 0.5), pct(toPending, 0.99),
		pct(toAssured, 0.5), pct(toAssured, 0.99), len(toProven), pct(toProven, 0.5), pct(toProven, 0.99))
}

// profileNodes takes a CPU profile of every node during the load window when SPTN_BENCH_PROFILE
// names a directory (the nodes need SPTN_METRICS_PPROF=true in SPTN_BENCH_NODE_ENV): from 5 s
// into the window to 5 s before its end, written as <dir>/<name>-node<i>.pprof, for `go tool
// pprof`.
func profileNodes(ctx context.Context, t *testing.T, nw *network, name string, window time.Duration) {
	dir := os.Getenv("SPTN_BENCH_PROFILE")
	secs := int((window - 10*time.Second) / time.Second)
	if dir == "" || secs < 1 {
		return
	}
	require.NoError(t, os.MkdirAll(dir, 0o755))
	for _, p := range nw.procs {
		go func() {
			select {
			case <-ctx.Done():
				return
			case <-time.After(5 * time.Second):
			}
			url := fmt.Sprintf("%s/debug/pprof/profile?seconds=%d", p.metrics, secs)
			res, err := (&http.Client{Timeout: time.Duration(secs+30) * time.Second}).Get(url)
			if err != nil {
				t.Logf("profile node %d: %v", p.i, err)
				return
			}
			defer res.Body.Close()
			f, err := os.Create(fmt.Sprintf("%s/%s-node%d.pprof", dir, name, p.i))
			if err != nil {
				return
			}
			defer f.Close()
			_, _ = io.Copy(f, res.Body)
		}()
	}
}

// warmNodes waits until every validator has proposed a block, and two blocks more. A node loads
// the cell-proof context (about 2 s of CPU, once) when it is first a slot's proposer
// (driver.warmBlobs), so a load that starts on a network younger than a proposer turn each
// measures every node's start-up beside the overload: in a profile of 3,000/s offered, one node
// spent 1.9 of its 8 CPU-seconds loading it inside the window. A network that has run for a few
// slots is warm; a cold start is not what the load curve measures (as warmL1Blobs keeps anvil's
// out of it).
func warmNodes(t *testing.T, nw *network) {
	seen := map[common.Address]bool{}
	next, last := uint64(1), uint64(0)
	eventually(t, 3*time.Minute, "every validator proposed a block", func() (bool, string) {
		tp, err := nw.procs[0].tips()
		if err != nil {
			return false, err.Error()
		}
		for ; next <= tp.Pending.Number; next++ {
			var b chainapi.Block
			if err := getJSON(fmt.Sprintf("%s/v1/blocks/%d", nw.procs[0].api, next), &b); err != nil {
				return false, err.Error()
			}
			seen[b.Proposer] = true
		}
		if len(seen) < len(nw.procs) {
			return false, fmt.Sprintf("%d of %d validators proposed by block %d", len(seen), len(nw.procs), tp.Pending.Number)
		}
		if last == 0 {
			last = tp.Pending.Number
		}
		return tp.Pending.Number >= last+2, fmt.Sprintf("all proposed by block %d, tip %d", last, tp.Pending.Number)
	})
}

// warmL1Blobs sends one blob transaction to anvil and waits for it: anvil loads its KZG setup on
// the first blob transaction it sees (seconds), which would make the network's first blob propose
// miss its slot and measure anvil's start-up instead of the network. A real L1 is warm.
func warmL1Blobs(ctx context.Context, t *testing.T, nw *network) {
	key := devnet.DevKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	sc, err := protocol.BlobSidecar([]byte("warm"), types.BlobSidecarVersion1)
	require.NoError(t, err)
	chainID, err := nw.c.ChainID(ctx)
	require.NoError(t, err)
	nonce, err := nw.c.PendingNonceAt(ctx, from)
	require.NoError(t, err)
	head, err := nw.c.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.BlobTx{
		ChainID: uint256.MustFromBig(chainID), Nonce: nonce, GasTipCap: uint256.NewInt(1e9),
		GasFeeCap: uint256.MustFromBig(new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(3)), big.NewInt(1e9))),
		Gas:       21_000, To: common.HexToAddress("0xdead"), BlobFeeCap: uint256.NewInt(1e9),
		BlobHashes: sc.BlobHashes(), Sidecar: sc,
	})
	require.NoError(t, err)
	require.NoError(t, nw.c.SendTransaction(ctx, tx))
	eventually(t, time.Minute, "the warm-up blob tx mined", func() (bool, string) {
		_, err := nw.c.TransactionReceipt(ctx, tx.Hash())
		return err == nil, fmt.Sprint(err)
	})
}

// scrapeNodes reads every node's /metrics with Prometheus' text parser.
func scrapeNodes(t *testing.T, nodes []*proc) []map[string]*dto.MetricFamily {
	client := &http.Client{Timeout: 10 * time.Second}
	var out []map[string]*dto.MetricFamily
	for _, p := range nodes {
		res, err := client.Get(p.metrics + "/metrics")
		require.NoError(t, err)
		parser := expfmt.NewTextParser(model.UTF8Validation)
		families, err := parser.TextToMetricFamilies(res.Body)
		res.Body.Close()
		require.NoError(t, err)
		out = append(out, families)
	}
	return out
}

// refusalBuckets sums, over nodes, the cumulative buckets of their API's refusals of whole batches
// (sptn_node_api_request_duration_seconds, route POST /v1/txs/batch, code 503): upper bound (s)
// -> count, +Inf the count of all.
func refusalBuckets(nodes []map[string]*dto.MetricFamily) map[float64]float64 {
	out := map[float64]float64{}
	for _, families := range nodes {
		for _, m := range families["sptn_node_api_request_duration_seconds"].GetMetric() {
			labels := map[string]string{}
			for _, l := range m.GetLabel() {
				labels[l.GetName()] = l.GetValue()
			}
			if labels["route"] != "POST /v1/txs/batch" || labels["code"] != "503" {
				continue
			}
			for _, b := range m.GetHistogram().GetBucket() {
				if !math.IsInf(b.GetUpperBound(), 1) { // the text format's +Inf bucket is the count
					out[b.GetUpperBound()] += float64(b.GetCumulativeCount())
				}
			}
			out[math.Inf(1)] += float64(m.GetHistogram().GetSampleCount())
		}
	}
	return out
}

// gcPauses is, for each node, the longest stop-the-world pause of its garbage collector as of
// after (go_gc_duration_seconds, quantile 1: over its last 256 collections, which may predate the
// window) and the collections it made between before and after.
func gcPauses(before, after []map[string]*dto.MetricFamily) (longest []time.Duration, collections []uint64) {
	count := func(families map[string]*dto.MetricFamily) uint64 {
		for _, m := range families["go_gc_duration_seconds"].GetMetric() {
			return m.GetSummary().GetSampleCount()
		}
		return 0
	}
	for i, families := range after {
		var most time.Duration
		for _, m := range families["go_gc_duration_seconds"].GetMetric() {
			for _, q := range m.GetSummary().GetQuantile() {
				if q.GetQuantile() == 1 {
					most = time.Duration(math.Round(q.GetValue() * float64(time.Second)))
				}
			}
		}
		longest = append(longest, most.Round(10*time.Microsecond))
		collections = append(collections, count(families)-count(before[i]))
	}
	return longest, collections
}

// eventDeltas is, for each node, how much its sptn_node_events_total{event} grew between the
// scrapes before and after.
func eventDeltas(before, after []map[string]*dto.MetricFamily, event string) []uint64 {
	count := func(families map[string]*dto.MetricFamily) float64 {
		for _, m := range families["sptn_node_events_total"].GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetName() == "event" && l.GetValue() == event {
					return m.GetCounter().GetValue()
				}
			}
		}
		return 0
	}
	var out []uint64
	for i := range after {
		out = append(out, uint64(count(after[i])-count(before[i])))
	}
	return out
}

// quantileOrNA is the q-quantile of xs, or n/a with fewer than least samples.
func quantileOrNA(xs []time.Duration, q float64, least int) string {
	if len(xs) < least {
		return "n/a"
	}
	return percentile(xs, q).Round(100 * time.Microsecond).String()
}

// bucketQuantile is the least bucket bound under which a fraction q of the samples fall.
func bucketQuantile(buckets map[float64]float64, q float64) string {
	total := buckets[math.Inf(1)]
	if total == 0 {
		return "n/a"
	}
	bounds := slices.Sorted(maps.Keys(buckets))
	for _, le := range bounds {
		if buckets[le] >= q*total {
			if math.IsInf(le, 1) {
				return "inf"
			}
			return time.Duration(math.Round(le * float64(time.Second))).String()
		}
	}
	return "inf"
}

// tick offers tokens a token for each batch of transactions a rate of rate a second makes, until
// ctx ends; a token the clients are not ready for is dropped (the offered rate is not met).
func tick(ctx context.Context, tokens chan<- struct{}, batch, rate int) {
	tk := time.NewTicker(time.Duration(batch) * time.Second / time.Duration(max(rate, 1)))
	defer tk.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tk.C:
			select {
			case tokens <- struct{}{}:
			default:
			}
		}
	}
}

// reportFlood prints a zero-fee flood's outcome (SPTN_BENCH_FLOOD): what was sent and taken,
// and how fast the requests refused whole were answered.
func reportFlood(t *testing.T, run *loadRun) {
	t.Logf("BENCH throughput-flood offered=%d/s sent=%d accepted=%d batches_refused=%d answer_p50=%s p99=%s",
		run.rate, run.attempted, len(run.accepted), len(run.refusals), quantileOrNA(run.refusals, 0.5, 1), quantileOrNA(run.refusals, 0.99, 100))
}

func name(rate int) string {
	if rate == 0 {
		return "max"
	}
	return strconv.Itoa(rate) + "/s"
}
