//go:build bench

package node_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"image/color"
	"math"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"

	"github.com/sptn/sptn/agents/chainapi"
	"github.com/sptn/sptn/agents/node"
	"github.com/sptn/sptn/agents/node/app"
	"github.com/sptn/sptn/internal/plotpng"
)

// TestBenchCurve is make bench-node's load curve (issue 16). It measures the capacity of four
// SPTN validators (the rate into the pending chain under an offered load well above it, or
// SPTN_BENCH_CAPACITY), then offers 0.5x, 1x, 2x, 5x and 10x of it (SPTN_BENCH_MULTS), each for
// a window (SPTN_BENCH_SECONDS, 30 s) followed by a drain, on the same network. The same load
// generator then offers the same rates to four validators of CometBFT's own kvstore application
// (agents/cmd/kvnode, the same CometBFT settings), whose best committed rate is the consensus
// ceiling of this machine. It prints one BENCH line per point and, with SPTN_BENCH_PLOT=file.png,
// draws the curves (and writes file.json beside it; a relative path is from the repository's
// root). SPTN_BENCH_KV=off leaves the kvstore side out.
func TestBenchCurve(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Minute)
	defer cancel()
	batch := 50
	if v, err := strconv.Atoi(os.Getenv("SPTN_BENCH_BATCH")); err == nil && v > 0 {
		batch = v
	}
	window := benchSeconds(30)
	mults := []float64{0.5, 1, 2, 5, 10}
	if v := os.Getenv("SPTN_BENCH_MULTS"); v != "" {
		mults = nil
		for _, f := range strings.Split(v, ",") {
			m, err := strconv.ParseFloat(f, 64)
			require.NoError(t, err)
			mults = append(mults, m)
		}
	}

	plot := benchPlotPath(t)

	nw := startNetwork(ctx, t, netConfig{nodes: 4, slot: 2, rollupEnv: []string{"ROLLUP_PROOF_WINDOW_EPOCHS=8"},
		nodeEnv: append([]string{benchLogLevel()}, strings.Fields(os.Getenv("SPTN_BENCH_NODE_ENV"))...),
		params:  benchParams(t)})
	keepLogs(t, nw, "curve")
	// A prover, as on the devnet and in TestBenchThroughput: without one the rollup prunes the
	// unproven assured chain once the oldest epoch's proof window (8 epochs of 8 slots) is over,
	// the pending chain re-anchors on the proven tip, and the window whose walk follows sees
	// none of its blocks (run 4's "1x: no block in 15 slots" was that prune at slot 96).
	_, err := nw.devnet.StartProvers(ctx, sptnBin, 1)
	require.NoError(t, err)
	w := watchTips(ctx, nw.procs[0])
	eventually(t, 3*time.Minute, "pending chain moving", func() (bool, string) {
		tp, err := nw.procs[0].tips()
		return err == nil && tp.Pending.Number >= 3, fmt.Sprint(tp, err)
	})
	warmL1Blobs(ctx, t, nw)
	warmNodes(t, nw)
	sp := &sptnCurve{nw: nw, w: w}
	var apis []string
	for _, p := range nw.procs {
		apis = append(apis, p.api)
	}

	capacity := 0.0
	if v, err := strconv.ParseFloat(os.Getenv("SPTN_BENCH_CAPACITY"), 64); err == nil && v > 0 {
		capacity = v
	} else {
		probe := 3000
		if v, err := strconv.Atoi(os.Getenv("SPTN_BENCH_PROBE")); err == nil && v > 0 {
			probe = v
		}
		pt := sp.point(ctx, t, offerLoad(ctx, apis, probe, batch, window, userTxOf), window)
		pt.Name = "probe"
		t.Logf("BENCH curve %s", pt)
		capacity = pt.IntoPending
	}
	require.Positive(t, capacity, "no capacity measured")
	var sptnPts, kvPts []curvePoint
	for _, m := range mults {
		rate := int(math.Round(m * capacity))
		pt := sp.point(ctx, t, offerLoad(ctx, apis, rate, batch, window, userTxOf), window)
		pt.Name, pt.Mult = "sptn", m
		t.Logf("BENCH curve %s", pt)
		sptnPts = append(sptnPts, pt)
	}
	if os.Getenv("SPTN_BENCH_KV") == "off" {
		return // SPTN's side alone (a diagnosis run)
	}
	for _, p := range nw.procs {
		p.signal(syscall.SIGKILL) // the kvstore network gets the cores to itself
	}
	nw.devnet.Down()

	kv := startKVNetwork(ctx, t, 4)
	for _, m := range mults {
		rate := int(math.Round(m * capacity))
		pt := kv.point(ctx, t, offerLoad(ctx, kv.apis, rate, batch, window, kvTxOf), window)
		pt.Name, pt.Mult = "kvstore", m
		t.Logf("BENCH curve %s", pt)
		kvPts = append(kvPts, pt)
	}
	// The ceiling: kvstore offered more than it takes (SPTN_BENCH_KV_PROBE, 6,000/s), whatever
	// SPTN's capacity made the curve's rates.
	kvProbe := 6000
	if v, err := strconv.Atoi(os.Getenv("SPTN_BENCH_KV_PROBE")); err == nil && v > 0 {
		kvProbe = v
	}
	pt := kv.point(ctx, t, offerLoad(ctx, kv.apis, kvProbe, batch, window, kvTxOf), window)
	pt.Name = "kvstore-probe"
	t.Logf("BENCH curve %s", pt)
	ceiling := pt.IntoPending
	for _, p := range kvPts {
		ceiling = max(ceiling, p.IntoPending)
	}
	t.Logf("BENCH curve-summary capacity=%.0f/s kvstore_ceiling=%.0f/s ratio=%.2f batch=%d window=%s",
		capacity, ceiling, capacity/ceiling, batch, window)
	if plot != "" {
		raw, err := json.MarshalIndent(map[string]any{"capacity": capacity, "kvstoreCeiling": ceiling, "batch": batch,
			"window": window.String(), "warmup": warmupOf(window).String(), "sptn": sptnPts, "kvstore": kvPts}, "", " ")
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(strings.TrimSuffix(plot, filepath.Ext(plot))+".json", raw, 0o644))
		require.NoError(t, plotCurve(plot, capacity, ceiling, sptnPts, kvPts))
	}
}

// benchPlotPath is SPTN_BENCH_PLOT, a relative path taken from the repository's root (where
// make and the docs run the bench; go test runs it in agents/node), checked before the curve's
// ten minutes rather than after them. Empty when unset.
func benchPlotPath(t *testing.T) string {
	out := os.Getenv("SPTN_BENCH_PLOT")
	if out == "" {
		return ""
	}
	if !filepath.IsAbs(out) {
		out = filepath.Join(repoRoot(t), out)
	}
	dir := filepath.Dir(out)
	st, err := os.Stat(dir)
	require.NoError(t, err, "SPTN_BENCH_PLOT=%s: its directory", os.Getenv("SPTN_BENCH_PLOT"))
	require.True(t, st.IsDir(), "SPTN_BENCH_PLOT=%s: %s is not a directory", os.Getenv("SPTN_BENCH_PLOT"), dir)
	return out
}

// curvePoint is one offered load's outcome.
type curvePoint struct {
	Name      string  `json:"name"`
	Mult      float64 `json:"mult"`
	Offered   int     `json:"offered"`   // tx/s asked of the load generator
	Attempted float64 `json:"attempted"` // tx/s it sent
	Submitted float64 `json:"submitted"` // tx/s accepted (202)
	Refused   int     `json:"refused"`
	// IntoPending is the rate of this window's transactions reaching the pending chain (kvstore:
	// committed) from its warm-up's end to its end (landed), IntoPendingWhole over the whole
	// window (what runs before 29 reported as intoPending): each window starts with none of its
	// transactions on the way, so the whole window's rate is short of the chain's by about the
	// share of the window its latency takes (8-14% at SPTN's 2.5-4 s).
	IntoPending      float64 `json:"intoPending"`
	IntoPendingWhole float64 `json:"intoPendingWhole"`
	// Slots is the number of slots in the window, SlotsWithBlock those with a pending block,
	// BlocksWithTxs the blocks carrying transactions (SPTN only).
	Slots          int     `json:"slots"`
	SlotsWithBlock int     `json:"slotsWithBlock"`
	BlocksWithTxs  int     `json:"blocksWithTxs"`
	PendingP50     float64 `json:"pendingP50"` // seconds from submission (kvstore: to commit)
	PendingP99     float64 `json:"pendingP99"`
	AssuredP50     float64 `json:"assuredP50"`
	AssuredP99     float64 `json:"assuredP99"`
	RefusalP50     float64 `json:"refusalP50"` // seconds a refused request took to answer
	RefusalP99     float64 `json:"refusalP99"`
	Included       int     `json:"included"` // this window's transactions on the chain by the end of the drain
	// MachineBusy is the share of the machine's CPU time busy during the window (all cores,
	// /proc/stat), BenchCores the cores this test process (the load generator) used: what the
	// offered load itself cost the machine the nodes share.
	MachineBusy float64 `json:"machineBusy"`
	BenchCores  float64 `json:"benchCores"`
}

func (p curvePoint) String() string {
	return fmt.Sprintf("%s mult=%.1f offered=%d/s attempted=%.0f/s submitted=%.0f/s refused=%d into_pending=%.0f/s whole_window=%.0f/s included=%d "+
		"slots=%d slots_with_block=%d blocks_with_txs=%d pending_p50=%.2fs p99=%.2fs assured_p50=%.2fs p99=%.2fs "+
		"refusal_p50=%.1fms p99=%.1fms machine_busy=%.0f%% bench_cores=%.2f",
		p.Name, p.Mult, p.Offered, p.Attempted, p.Submitted, p.Refused, p.IntoPending, p.IntoPendingWhole, p.Included, p.Slots, p.SlotsWithBlock,
		p.BlocksWithTxs, p.PendingP50, p.PendingP99, p.AssuredP50, p.AssuredP99, 1000*p.RefusalP50, 1000*p.RefusalP99,
		100*p.MachineBusy, p.BenchCores)
}

// loadRun is what the load generator did in one window.
type loadRun struct {
	rate       int
	start, end time.Time
	attempted  int
	refused    int
	accepted   map[string]time.Time // transaction key -> submission time
	refusals   []time.Duration      // requests refused whole (503), or every entry refused
	shed       []time.Duration      // requests answered 503 whole (the API's load shedding)
	// machineBusy and benchCores: curvePoint's, over the window.
	machineBusy, benchCores float64
}

// cpuTimes are the machine's busy and total CPU time (/proc/stat, in clock ticks) and this
// process's CPU time.
type cpuTimes struct {
	busy, total float64
	self        time.Duration
}

func readCPUTimes() cpuTimes {
	var c cpuTimes
	if raw, err := os.ReadFile("/proc/stat"); err == nil {
		line, _, _ := strings.Cut(string(raw), "\n")
		f := strings.Fields(line) // cpu user nice system idle iowait irq softirq steal ...
		for i := 1; i < len(f) && i <= 8; i++ {
			v, _ := strconv.ParseFloat(f[i], 64)
			c.total += v
			if i != 4 && i != 5 {
				c.busy += v
			}
		}
	}
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		c.self = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	return c
}

// userTxOf is a 200-byte SPTN user transaction (random payload, seq in front) and its key, the
// transaction hash.
func userTxOf(seed []byte, seq uint64) ([]byte, string) {
	return userTxPaying(big.NewInt(10), seed, seq)
}

// zeroFeeTxOf is userTxOf's transaction offering no fee: what anyone can send for free
// (SPTN_BENCH_FLOOD).
func zeroFeeTxOf(seed []byte, seq uint64) ([]byte, string) {
	return userTxPaying(new(big.Int), seed, seq)
}

func userTxPaying(fee *big.Int, seed []byte, seq uint64) ([]byte, string) {
	payload := make([]byte, 200-33)
	copy(payload, seed)
	binary.BigEndian.PutUint64(payload, seq)
	raw := app.UserTx{MaxFeePerDaGas: fee, MaxFeePerL2Gas: fee, Payload: payload}.Encode()
	return raw, app.TxHash(raw).Hex()
}

// kvTxOf is a 200-byte kvstore transaction, key=value in hex (kvstore takes one '=' and no ':'),
// and its key, the transaction itself.
func kvTxOf(seed []byte, seq uint64) ([]byte, string) {
	var k [8]byte
	binary.BigEndian.PutUint64(k[:], seq)
	tx := []byte(hex.EncodeToString(seed[:8]) + hex.EncodeToString(k[:]) + "=")
	tx = append(tx, hex.EncodeToString(seed)...)
	tx = tx[:200]
	return tx, string(tx)
}

// offerLoad offers rate transactions a second (0: as fast as the clients can), batch per POST
// /v1/txs/batch, from 16 clients spread over apis, for window. A token bucket paces the
// requests; a client that is refused does not back off (an overload is offered as it comes), so
// the clients try at the offered rate whatever the answers.
func offerLoad(ctx context.Context, apis []string, rate, batch int, window time.Duration, mk func(seed []byte, seq uint64) ([]byte, string)) *loadRun {
	run := &loadRun{rate: rate, accepted: map[string]time.Time{}}
	var mu sync.Mutex
	var seq atomic.Uint64
	wctx, cancel := context.WithTimeout(ctx, window)
	defer cancel()
	tokens := make(chan struct{}, 64)
	if rate > 0 {
		go tick(wctx, tokens, batch, rate)
	} else {
		close(tokens) // as fast as the clients can
	}
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 16}}
	cpu0 := readCPUTimes()
	run.start = time.Now()
	var wg sync.WaitGroup
	for g := 0; g < 16; g++ {
		wg.Go(func() {
			api := apis[g%len(apis)]
			seed := make([]byte, 200)
			_, _ = rand.Read(seed)
			keys := make([]string, batch)
			var body bytes.Buffer
			for {
				select {
				case <-wctx.Done():
					return
				case <-tokens:
				}
				body.Reset()
				body.WriteString(`{"txs":[`)
				for i := range batch {
					raw, key := mk(seed, seq.Add(1))
					keys[i] = key
					if i > 0 {
						body.WriteByte(',')
					}
					body.WriteString(`{"raw":"0x`)
					body.WriteString(hex.EncodeToString(raw))
					body.WriteString(`"}`)
				}
				body.WriteString(`]}`)
				at := time.Now()
				status, codes := postBatch(client, api, body.Bytes(), batch)
				took := time.Since(at)
				ok := 0
				mu.Lock()
				run.attempted += batch
				for i, c := range codes {
					if c == http.StatusAccepted {
						run.accepted[keys[i]] = at
						ok++
					}
				}
				run.refused += batch - ok
				if ok == 0 {
					run.refusals = append(run.refusals, took)
				}
				if status == http.StatusServiceUnavailable {
					run.shed = append(run.shed, took)
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	run.end = time.Now()
	if cpu1 := readCPUTimes(); cpu1.total > cpu0.total {
		run.machineBusy = (cpu1.busy - cpu0.busy) / (cpu1.total - cpu0.total)
		run.benchCores = (cpu1.self - cpu0.self).Seconds() / run.end.Sub(run.start).Seconds()
	}
	return run
}

// postBatch posts one batch and returns the answer's status and each entry's code (all the
// status when the request was refused whole, all 0 when it failed).
func postBatch(client *http.Client, api string, body []byte, n int) (int, []int) {
	codes := make([]int, n)
	res, err := client.Post(api+"/v1/txs/batch", "application/json", bytes.NewReader(body))
	if err != nil {
		return 0, codes
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		for i := range codes {
			codes[i] = res.StatusCode
		}
		return res.StatusCode, codes
	}
	var out struct {
		Results []struct {
			Code int `json:"code"`
		} `json:"results"`
	}
	if json.NewDecoder(res.Body).Decode(&out) != nil || len(out.Results) != n {
		return res.StatusCode, codes
	}
	for i, r := range out.Results {
		codes[i] = r.Code
	}
	return res.StatusCode, codes
}

func secs(xs []time.Duration, p float64) float64 { return percentile(xs, p).Seconds() }

// warmup is how long after a window's start its rate into the chain begins to be counted: a
// transaction takes one to three slots to reach SPTN's pending chain, and a window starts with
// none of its own on the way, so its first seconds would count the pipeline filling, not the
// chain's pace (a third of the window at most, for short windows: warmupOf).
const warmup = 5 * time.Second

// warmupOf is the warm-up of a window this long.
func warmupOf(window time.Duration) time.Duration { return min(warmup, window/3) }

// landed counts a window's transactions reaching the chain (add: when one did): steady those
// from the warm-up's end to the window's end, all those in the whole window.
type landed struct {
	run         *loadRun
	steady, all int
}

func (l *landed) add(at time.Time) {
	if at.Before(l.run.start) || at.After(l.run.end) {
		return
	}
	l.all++
	if !at.Before(l.run.start.Add(l.warm())) {
		l.steady++
	}
}

func (l *landed) warm() time.Duration { return warmupOf(l.run.end.Sub(l.run.start)) }

// rates are the two counts over their spans: the rate at the chain's pace, and over the whole
// window.
func (l *landed) rates() (steady, whole float64) {
	d := l.run.end.Sub(l.run.start)
	return float64(l.steady) / (d - l.warm()).Seconds(), float64(l.all) / d.Seconds()
}

// basePoint fills what the load run alone tells.
func basePoint(run *loadRun) curvePoint {
	d := run.end.Sub(run.start).Seconds()
	return curvePoint{Offered: run.rate, Attempted: float64(run.attempted) / d, Submitted: float64(len(run.accepted)) / d,
		Refused: run.refused, RefusalP50: secs(run.refusals, 0.5), RefusalP99: secs(run.refusals, 0.99),
		MachineBusy: run.machineBusy, BenchCores: run.benchCores}
}

// sptnCurve measures windows on one SPTN network: the blocks of each window are walked once
// its drain is over.
type sptnCurve struct {
	nw *network
	w  *tipWatcher
}

// drain is how long a window's transactions get to reach the chains after it.
const drain = 15 * time.Second

func (s *sptnCurve) point(ctx context.Context, t *testing.T, run *loadRun, window time.Duration) curvePoint {
	pt := basePoint(run)
	p0 := s.nw.procs[0]
	// The slots of the window: the current one as it ended and the window's length before it
	// (2 s slots).
	tp, err := p0.tips()
	require.NoError(t, err)
	slotEnd := tp.Slot
	slotStart := slotEnd - uint64(math.Round(window.Seconds()/2))
	time.Sleep(drain)
	tp, err = p0.tips()
	require.NoError(t, err)
	var toPending, toAssured []time.Duration
	in := landed{run: run}
	withBlock := map[uint64]bool{}
	// From the tip back to the window's first slot: blocks that missed their slots are sealed
	// again under the same numbers, so a walk by number from where the last one ended would
	// skip them.
	for n := tp.Pending.Number; n >= 1; n-- {
		// A block's status may need an L1 read the API bounds per L1 block (503): try again.
		var b chainapi.Block
		var err error
		for try := 0; try < 20; try++ {
			if err = getJSON(fmt.Sprintf("%s/v1/blocks/%d", p0.api, n), &b); err == nil {
				break
			}
			time.Sleep(250 * time.Millisecond)
		}
		if err != nil {
			t.Logf("BENCH curve block %d not read: %v", n, err)
			continue
		}
		if b.Header.Slot <= slotStart {
			break
		}
		if b.Header.Slot <= slotEnd {
			withBlock[b.Header.Slot] = true
			if len(b.Txs) > 0 {
				pt.BlocksWithTxs++
			}
		}
		s.w.mu.Lock()
		seenP, okP := s.w.pending[b.Hash]
		seenA, okA := s.w.assured[b.Hash]
		s.w.mu.Unlock()
		for _, h := range b.Txs {
			at, ok := run.accepted[h.Hex()]
			if !ok {
				continue
			}
			pt.Included++
			if okP {
				toPending = append(toPending, seenP.Sub(at))
				in.add(seenP)
			}
			if okA {
				toAssured = append(toAssured, seenA.Sub(at))
			}
		}
	}
	pt.Slots, pt.SlotsWithBlock = int(slotEnd-slotStart), len(withBlock)
	pt.IntoPending, pt.IntoPendingWhole = in.rates()
	pt.PendingP50, pt.PendingP99 = secs(toPending, 0.5), secs(toPending, 0.99)
	pt.AssuredP50, pt.AssuredP99 = secs(toAssured, 0.5), secs(toAssured, 0.99)
	return pt
}

// kvNetwork is four kvnode processes (CometBFT with its kvstore application).
type kvNetwork struct {
	apis []string
	rpcs []*rpchttp.HTTP
	mu   sync.Mutex
	seen map[int64]time.Time // height -> first seen committed
	last int64
}

func startKVNetwork(ctx context.Context, t *testing.T, n int) *kvNetwork {
	work := t.TempDir()
	bin := filepath.Join(work, "kvnode")
	build := exec.Command("go", "build", "-o", bin, "../cmd/kvnode")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	require.NoError(t, build.Run())
	var vals []node.GenesisValidator
	for i := 0; i < n; i++ {
		id, err := node.InitHome(filepath.Join(work, fmt.Sprintf("data%d", i)))
		require.NoError(t, err)
		vals = append(vals, node.GenesisValidator{Identity: id, Attester: common.BytesToAddress([]byte{byte(i + 1)}).Hex()})
	}
	genesis := filepath.Join(work, "genesis.json")
	require.NoError(t, node.WriteGenesis(genesis, "kv-bench", vals, nil))
	raw, err := os.ReadFile(genesis)
	require.NoError(t, err)
	p2p := make([]int, n)
	for i := range p2p {
		p2p[i] = freePort(t)
	}
	kv := &kvNetwork{seen: map[int64]time.Time{}}
	for i := 0; i < n; i++ {
		dataDir := filepath.Join(work, fmt.Sprintf("data%d", i))
		require.NoError(t, os.WriteFile(filepath.Join(node.CometHome(dataDir), "config", "genesis.json"), raw, 0o600))
		var peers []string
		for j := 0; j < n; j++ {
			if j != i {
				peers = append(peers, fmt.Sprintf("%s@127.0.0.1:%d", vals[j].NodeID, p2p[j]))
			}
		}
		api, rpc := freePort(t), freePort(t)
		cmd := exec.Command(bin, "-data-dir", dataDir, "-p2p-addr", fmt.Sprintf("tcp://127.0.0.1:%d", p2p[i]),
			"-rpc-addr", fmt.Sprintf("tcp://127.0.0.1:%d", rpc), "-api-addr", fmt.Sprintf("127.0.0.1:%d", api),
			"-peers", strings.Join(peers, ","))
		logf, err := os.Create(filepath.Join(work, fmt.Sprintf("kv%d.log", i)))
		require.NoError(t, err)
		cmd.Stdout, cmd.Stderr = logf, logf
		require.NoError(t, cmd.Start())
		t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait(); _ = logf.Close() })
		kv.apis = append(kv.apis, fmt.Sprintf("http://127.0.0.1:%d", api))
		c, err := rpchttp.New(fmt.Sprintf("tcp://127.0.0.1:%d", rpc), "/websocket")
		require.NoError(t, err)
		kv.rpcs = append(kv.rpcs, c)
	}
	eventually(t, 2*time.Minute, "kvstore network committing", func() (bool, string) {
		st, err := kv.rpcs[0].Status(ctx)
		return err == nil && st.SyncInfo.LatestBlockHeight >= 3, fmt.Sprint(err)
	})
	go func() { // first-seen time of every height, as the SPTN bench watches the pending tip
		for ctx.Err() == nil {
			if st, err := kv.rpcs[0].Status(ctx); err == nil {
				now := time.Now()
				kv.mu.Lock()
				for h := kv.last + 1; h <= st.SyncInfo.LatestBlockHeight; h++ {
					kv.seen[h] = now
				}
				kv.last = max(kv.last, st.SyncInfo.LatestBlockHeight)
				kv.mu.Unlock()
			}
			time.Sleep(50 * time.Millisecond)
		}
	}()
	return kv
}

func (kv *kvNetwork) point(ctx context.Context, t *testing.T, run *loadRun, _ time.Duration) curvePoint {
	pt := basePoint(run)
	kv.mu.Lock()
	from := int64(0)
	for h, at := range kv.seen {
		if at.Before(run.start) {
			from = max(from, h)
		}
	}
	kv.mu.Unlock()
	time.Sleep(5 * time.Second)
	kv.mu.Lock()
	to := kv.last
	kv.mu.Unlock()
	var lat []time.Duration
	in := landed{run: run}
	for h := from + 1; h <= to; h++ {
		b, err := kv.rpcs[0].Block(ctx, &h)
		require.NoError(t, err)
		kv.mu.Lock()
		seen := kv.seen[h]
		kv.mu.Unlock()
		for _, tx := range b.Block.Txs {
			at, ok := run.accepted[string(tx)]
			if !ok {
				continue
			}
			pt.Included++
			lat = append(lat, seen.Sub(at))
			in.add(seen)
		}
	}
	pt.IntoPending, pt.IntoPendingWhole = in.rates()
	pt.PendingP50, pt.PendingP99 = secs(lat, 0.5), secs(lat, 0.99)
	return pt
}

// plotCurve draws rate in and latency against the offered load, SPTN beside kvstore.
func plotCurve(out string, capacity, ceiling float64, sptn, kv []curvePoint) error {
	xy := func(pts []curvePoint, f func(curvePoint) float64) plotter.XYs {
		var r plotter.XYs
		for _, p := range pts {
			r = append(r, plotter.XY{X: float64(p.Offered), Y: f(p)})
		}
		return r
	}
	// Latencies only where the window had transactions on the chain (no sample is not 0 s).
	lxy := func(pts []curvePoint, f func(curvePoint) float64) plotter.XYs {
		var r plotter.XYs
		for _, p := range pts {
			if p.Included > 0 {
				r = append(r, plotter.XY{X: float64(p.Offered), Y: f(p)})
			}
		}
		return r
	}
	blue, red, grey := color.RGBA{B: 200, A: 255}, color.RGBA{R: 200, A: 255}, color.RGBA{R: 120, G: 120, B: 120, A: 255}
	rate := plot.New()
	rate.Title.Text = fmt.Sprintf("Into the chain vs offered (4 validators; SPTN capacity %.0f/s = %.0f%% of kvstore %.0f/s)",
		capacity, 100*capacity/ceiling, ceiling)
	rate.X.Label.Text, rate.Y.Label.Text = "offered (tx/s)", "tx/s"
	rate.Legend.Top, rate.Legend.Left = true, true
	if err := plotpng.Line(rate, "SPTN into pending", xy(sptn, func(p curvePoint) float64 { return p.IntoPending }), blue, false); err != nil {
		return err
	}
	if err := plotpng.Line(rate, "SPTN accepted (202)", xy(sptn, func(p curvePoint) float64 { return p.Submitted }), blue, true); err != nil {
		return err
	}
	if err := plotpng.Line(rate, "kvstore committed", xy(kv, func(p curvePoint) float64 { return p.IntoPending }), red, false); err != nil {
		return err
	}
	lat := plot.New()
	lat.Title.Text = "Latency from submission (SPTN: to pending; kvstore: to commit)"
	lat.X.Label.Text, lat.Y.Label.Text = "offered (tx/s)", "seconds"
	lat.Legend.Top, lat.Legend.Left = true, true
	for _, s := range []struct {
		name   string
		pts    []curvePoint
		f      func(curvePoint) float64
		c      color.Color
		dashed bool
	}{
		{"SPTN pending p50", sptn, func(p curvePoint) float64 { return p.PendingP50 }, blue, false},
		{"SPTN pending p99", sptn, func(p curvePoint) float64 { return p.PendingP99 }, blue, true},
		{"SPTN assured p50", sptn, func(p curvePoint) float64 { return p.AssuredP50 }, grey, false},
		{"kvstore commit p50", kv, func(p curvePoint) float64 { return p.PendingP50 }, red, false},
		{"kvstore commit p99", kv, func(p curvePoint) float64 { return p.PendingP99 }, red, true},
	} {
		pts := lxy(s.pts, s.f)
		if len(pts) == 0 {
			continue
		}
		if err := plotpng.Line(lat, s.name, pts, s.c, s.dashed); err != nil {
			return err
		}
	}
	return plotpng.WriteStacked(out, rate, lat)
}
