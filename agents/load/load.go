package load

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Config of a load run.
type Config struct {
	// APIs are the nodes' chain API base URLs; transactions are spread over them round-robin and
	// the first is followed for tips.
	APIs []string
	// TPS is the submission rate, Duration how long to submit.
	TPS      int
	Duration time.Duration
	// Size is the payload size in bytes.
	Size int
	// MaxFee is the max fee per DA gas and per L2 gas each transaction offers, in wei.
	MaxFee *big.Int
	// Wait is how long to keep following the chains after the last submission.
	Wait time.Duration
	// Workers submit concurrently.
	Workers int
	// Batch is how many transactions one request carries: 1 (or 0) posts each to /v1/txs, more post
	// them together to /v1/txs/batch (at most 1,000), which saves an HTTP round trip per
	// transaction.
	Batch int
	// Seed makes the payloads reproducible.
	Seed uint64
}

// Check names the first bad field.
func (c Config) Check() error {
	switch {
	case len(c.APIs) == 0:
		return errors.New("--api: at least one node API URL is needed")
	case c.TPS < 1 || c.TPS > 100_000:
		return fmt.Errorf("--tps %d: want 1 to 100000", c.TPS)
	case c.Duration <= 0:
		return fmt.Errorf("--duration %s: want a positive duration", c.Duration)
	case c.Size < 1 || c.Size > 1<<20:
		return fmt.Errorf("--size %d: want 1 to 1048576 bytes", c.Size)
	case c.MaxFee == nil || c.MaxFee.Sign() < 0:
		return errors.New("--max-fee: want a non-negative number of wei")
	case c.Wait < 0:
		return fmt.Errorf("--wait %s: want zero or more", c.Wait)
	case c.Workers < 1 || c.Workers > 1024:
		return fmt.Errorf("--workers %d: want 1 to 1024", c.Workers)
	case c.Batch < 0 || c.Batch > 1000:
		return fmt.Errorf("--batch %d: want 1 to 1000", c.Batch)
	}
	for _, u := range c.APIs {
		if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
			return fmt.Errorf("--api %q: want an http:// or https:// URL", u)
		}
	}
	return nil
}

// Stage is the latency of the transactions that reached one chain.
type Stage struct {
	Reached int     `json:"reached"`
	P50Ms   float64 `json:"p50_ms"`
	P90Ms   float64 `json:"p90_ms"`
	P99Ms   float64 `json:"p99_ms"`
	MaxMs   float64 `json:"max_ms"`
}

// Report is the outcome of a run.
type Report struct {
	TargetTPS   int            `json:"target_tps"`
	DurationS   float64        `json:"duration_s"`
	Size        int            `json:"size_bytes"`
	Submitted   int            `json:"submitted"`
	Accepted    int            `json:"accepted"`
	Rejected    map[string]int `json:"rejected"`
	AchievedTPS float64        `json:"achieved_tps"`
	// PendingTPS is the transactions that reached the pending chain while the submission lasted,
	// over its seconds: what the chain took in, where AchievedTPS is only what its pools took.
	PendingTPS float64 `json:"pending_tps"`
	// BlocksWithTxs is the pending blocks that carried the run's transactions while the
	// submission lasted: with the slot, how many of its blocks the load filled.
	BlocksWithTxs int   `json:"blocks_with_txs"`
	Pending       Stage `json:"pending"`
	Assured       Stage `json:"assured"`
	Proven        Stage `json:"proven"`
}

type txTimes struct {
	submitted, pending, assured, proven time.Time
}

type tracker struct {
	mu      sync.Mutex
	txs     map[common.Hash]*txTimes
	blocks  map[uint64][]common.Hash
	blockOf map[common.Hash]uint64 // every fetched transaction's block
	seen    uint64                 // highest pending block fetched
	// tipHash is the pending tip's hash each tips event named, by number: a block missing its
	// slot on L1 re-anchors the pending chain, and its number comes again with another block.
	tipHash map[uint64]common.Hash
	// stage marks: blocks up to these numbers have been stamped
	assured, proven uint64
}

// Run submits and follows until the duration and the wait are over (or every accepted
// transaction is proven), then reports.
func Run(ctx context.Context, cfg Config, client *http.Client) (*Report, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if client == nil {
		client = &http.Client{Timeout: 10 * time.Second}
	}
	cfg.Batch = max(cfg.Batch, 1)
	tr := &tracker{txs: map[common.Hash]*txTimes{}, blocks: map[uint64][]common.Hash{},
		blockOf: map[common.Hash]uint64{}, tipHash: map[uint64]common.Hash{}}
	followCtx, stopFollow := context.WithCancel(ctx)
	defer stopFollow()
	followErr := make(chan error, 1)
	go func() { followErr <- follow(followCtx, client, cfg.APIs[0], tr) }()

	rep := &Report{TargetTPS: cfg.TPS, Size: cfg.Size, Rejected: map[string]int{}}
	start := time.Now()
	total := int(cfg.Duration.Seconds() * float64(cfg.TPS))
	var repMu sync.Mutex
	jobs := make(chan int)
	var wg sync.WaitGroup
	rng := rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x5eed))
	var rngMu sync.Mutex
	for w := 0; w < cfg.Workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				payloads := make([][]byte, min(cfg.Batch, total-i*cfg.Batch))
				rngMu.Lock()
				for k := range payloads {
					payloads[k] = make([]byte, cfg.Size)
					for j := range payloads[k] {
						payloads[k][j] = byte(rng.Uint32())
					}
				}
				rngMu.Unlock()
				at := time.Now()
				api := cfg.APIs[i%len(cfg.APIs)]
				var hashes []common.Hash
				var reasons []string
				if cfg.Batch == 1 {
					h, reason := Submit(ctx, client, api, cfg.MaxFee, payloads[0])
					hashes, reasons = []common.Hash{h}, []string{reason}
				} else {
					hashes, reasons = submitBatch(ctx, client, api, cfg.MaxFee, payloads)
				}
				done := time.Now()
				repMu.Lock()
				for _, reason := range reasons {
					rep.Submitted++
					if reason != "" {
						rep.Rejected[reason]++
					} else {
						rep.Accepted++
					}
				}
				repMu.Unlock()
				for k, reason := range reasons {
					if reason == "" {
						tr.register(hashes[k], at, done)
					}
				}
			}
		}()
	}
	// Jobs are requests of Batch transactions each, paced so that transactions go out at TPS.
	jobCount := (total + cfg.Batch - 1) / cfg.Batch
	interval := time.Duration(cfg.Batch) * time.Second / time.Duration(cfg.TPS)
pace:
	for i := 0; i < jobCount; i++ {
		if d := time.Until(start.Add(time.Duration(i) * interval)); d > 0 {
			select {
			case <-ctx.Done():
				break pace
			case <-time.After(d):
			}
		}
		select {
		case jobs <- i:
		case <-ctx.Done():
			break pace
		}
	}
	close(jobs)
	wg.Wait()
	end := time.Now()
	rep.DurationS = end.Sub(start).Seconds()
	rep.AchievedTPS = float64(rep.Accepted) / rep.DurationS

	deadline := time.After(cfg.Wait)
	tick := time.NewTicker(200 * time.Millisecond)
	defer tick.Stop()
wait:
	for {
		if tr.allProven() {
			break
		}
		select {
		case <-ctx.Done():
			break wait
		case <-deadline:
			break wait
		case err := <-followErr:
			if err != nil && ctx.Err() == nil {
				return nil, fmt.Errorf("follow tips: %w", err)
			}
			break wait
		case <-tick.C:
		}
	}
	stopFollow()
	tr.fill(rep, end)
	return rep, nil
}

// Submit posts one transaction offering maxFee per DA and per L2 gas to a node's chain API
// (POST /v1/txs) and returns its hash, or, when it was not accepted, the reason by kind
// ("unreachable", "503 mempool near capacity, retry later", ...): an empty reason is accepted.
func Submit(ctx context.Context, client *http.Client, api string, maxFee *big.Int, payload []byte) (common.Hash, string) {
	body, _ := json.Marshal(map[string]any{
		"maxFeePerDaGas": (*hexutil.Big)(maxFee), "maxFeePerL2Gas": (*hexutil.Big)(maxFee),
		"payload": hexutil.Bytes(payload),
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, api+"/v1/txs", bytes.NewReader(body))
	if err != nil {
		return common.Hash{}, "request: " + err.Error()
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return common.Hash{}, "unreachable"
	}
	defer resp.Body.Close()
	var out struct {
		Hash  common.Hash `json:"hash"`
		Error string      `json:"error"`
	}
	_ = json.NewDecoder(io.LimitReader(resp.Body, 1<<16)).Decode(&out)
	if resp.StatusCode/100 != 2 {
		return common.Hash{}, fmt.Sprintf("%d %s", resp.StatusCode, reasonKind(out.Error))
	}
	return out.Hash, ""
}

// submitBatch posts payloads to /v1/txs/batch and returns each one's hash and refusal reason
// (empty when accepted), in order.
func submitBatch(ctx context.Context, client *http.Client, api string, maxFee *big.Int, payloads [][]byte) ([]common.Hash, []string) {
	type item struct {
		MaxFeePerDaGas *hexutil.Big  `json:"maxFeePerDaGas"`
		MaxFeePerL2Gas *hexutil.Big  `json:"maxFeePerL2Gas"`
		Payload        hexutil.Bytes `json:"payload"`
	}
	items := make([]item, len(payloads))
	for i, p := range payloads {
		items[i] = item{(*hexutil.Big)(maxFee), (*hexutil.Big)(maxFee), p}
	}
	hashes, reasons := make([]common.Hash, len(payloads)), make([]string, len(payloads))
	fail := func(reason string) ([]common.Hash, []string) {
		for i := range reasons {
			reasons[i] = reason
		}
		return hashes, reasons
	}
	body, _ := json.Marshal(map[string]any{"txs": items})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, api+"/v1/txs/batch", bytes.NewReader(body))
	if err != nil {
		return fail("request: " + err.Error())
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return fail("unreachable")
	}
	defer resp.Body.Close()
	var out struct {
		Results []struct {
			Hash  common.Hash `json:"hash"`
			Code  int         `json:"code"`
			Error string      `json:"error"`
		} `json:"results"`
		Error string `json:"error"`
	}
	_ = json.NewDecoder(io.LimitReader(resp.Body, 16<<20)).Decode(&out)
	if resp.StatusCode != http.StatusOK || len(out.Results) != len(payloads) {
		return fail(fmt.Sprintf("%d %s", resp.StatusCode, reasonKind(out.Error)))
	}
	for i, r := range out.Results {
		hashes[i] = r.Hash
		if r.Code/100 != 2 {
			reasons[i] = fmt.Sprintf("%d %s", r.Code, reasonKind(r.Error))
		}
	}
	return hashes, reasons
}

// reasonKind groups refusals by their kind, not their numbers: the text before the first colon.
func reasonKind(reason string) string {
	if i := strings.IndexByte(reason, ':'); i > 0 {
		return reason[:i]
	}
	return reason
}

type tip struct {
	Number uint64      `json:"number"`
	Hash   common.Hash `json:"hash"`
}

type tipsEvent struct {
	Pending tip `json:"pending"`
	Assured tip `json:"assured"`
	Proven  tip `json:"proven"`
}

// follow reads the API's tips stream and stamps transactions as their blocks reach each chain.
func follow(ctx context.Context, client *http.Client, api string, tr *tracker) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, api+"/v1/events", nil)
	if err != nil {
		return err
	}
	stream := &http.Client{Transport: client.Transport} // no timeout: the stream is long-lived
	resp, err := stream.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s/v1/events: %s", api, resp.Status)
	}
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, "data:") {
			continue
		}
		var ev tipsEvent
		if err := json.Unmarshal([]byte(strings.TrimSpace(strings.TrimPrefix(line, "data:"))), &ev); err != nil {
			continue
		}
		now := time.Now()
		tr.rewind(ev.Pending)
		if err := tr.fetchBlocks(ctx, client, api, ev.Pending.Number, now); err != nil && ctx.Err() == nil {
			return err
		}
		tr.stamp(ev.Assured.Number, ev.Proven.Number, now)
	}
	if ctx.Err() != nil {
		return nil
	}
	return sc.Err()
}

func (tr *tracker) fetchBlocks(ctx context.Context, client *http.Client, api string, upTo uint64, now time.Time) error {
	tr.mu.Lock()
	from := tr.seen + 1
	tr.mu.Unlock()
	for n := from; n <= upTo; n++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/v1/blocks/%d", api, n), nil)
		if err != nil {
			return err
		}
		resp, err := client.Do(req)
		if err != nil {
			return err
		}
		var b struct {
			Txs []common.Hash `json:"txs"`
		}
		err = json.NewDecoder(resp.Body).Decode(&b)
		resp.Body.Close()
		if err != nil {
			return fmt.Errorf("block %d: %w", n, err)
		}
		tr.mu.Lock()
		tr.blocks[n] = b.Txs
		for _, h := range b.Txs {
			tr.blockOf[h] = n
			if t, ok := tr.txs[h]; ok && t.pending.IsZero() {
				t.pending = now
			}
		}
		tr.seen = n
		tr.mu.Unlock()
	}
	return nil
}

// rewind forgets the pending blocks the chain replaced: those above a tip lower than the last
// read, or from a number whose tip hash changed. Their transactions that no other chain holds
// are no longer pending (a replaced block's transactions go back to the pool) until a block
// carries them again; the blocks from there are read again. Without it the rebuilt blocks at
// numbers already read were never read, and their transactions never counted.
func (tr *tracker) rewind(t tip) {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	keep := tr.seen
	if t.Number < keep {
		keep = t.Number
	}
	if old, ok := tr.tipHash[t.Number]; ok && old != t.Hash && t.Number > 0 && t.Number <= tr.seen {
		keep = t.Number - 1
	}
	for n := keep + 1; n <= tr.seen; n++ {
		for _, h := range tr.blocks[n] {
			if tr.blockOf[h] == n {
				delete(tr.blockOf, h)
			}
			if x, ok := tr.txs[h]; ok && x.assured.IsZero() {
				x.pending = time.Time{}
			}
		}
		delete(tr.blocks, n)
		delete(tr.tipHash, n)
	}
	tr.tipHash[t.Number] = t.Hash
	tr.seen = keep
}

// register records a submitted transaction. Its block may already have been seen (the chain can
// seal it before the submission's reply arrives); then it reached the chains it is in by now.
func (tr *tracker) register(h common.Hash, submitted, now time.Time) {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	if _, ok := tr.txs[h]; ok {
		return
	}
	t := &txTimes{submitted: submitted}
	if n, ok := tr.blockOf[h]; ok {
		t.pending = now
		if n <= tr.assured {
			t.assured = now
		}
		if n <= tr.proven {
			t.proven = now
		}
	}
	tr.txs[h] = t
}

func (tr *tracker) stamp(assured, proven uint64, now time.Time) {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	for n := tr.assured + 1; n <= assured && n <= tr.seen; n++ {
		for _, h := range tr.blocks[n] {
			if t, ok := tr.txs[h]; ok && t.assured.IsZero() {
				t.assured = now
			}
		}
		tr.assured = n
	}
	for n := tr.proven + 1; n <= proven && n <= tr.seen; n++ {
		for _, h := range tr.blocks[n] {
			if t, ok := tr.txs[h]; ok && t.proven.IsZero() {
				t.proven = now
			}
		}
		tr.proven = n
	}
}

func (tr *tracker) allProven() bool {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	if len(tr.txs) == 0 {
		return false
	}
	for _, t := range tr.txs {
		if t.proven.IsZero() {
			return false
		}
	}
	return true
}

// fill sets the report's latencies, and what reached the pending chain by end (the submission's
// end).
func (tr *tracker) fill(rep *Report, end time.Time) {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	var pend, ass, prov []float64
	inTime, blocks := 0, map[uint64]bool{}
	for h, t := range tr.txs {
		if !t.pending.IsZero() {
			pend = append(pend, ms(t.pending.Sub(t.submitted)))
			if !t.pending.After(end) {
				inTime++
				if n, ok := tr.blockOf[h]; ok {
					blocks[n] = true
				}
			}
		}
		if !t.assured.IsZero() {
			ass = append(ass, ms(t.assured.Sub(t.submitted)))
		}
		if !t.proven.IsZero() {
			prov = append(prov, ms(t.proven.Sub(t.submitted)))
		}
	}
	rep.Pending, rep.Assured, rep.Proven = stage(pend), stage(ass), stage(prov)
	if rep.DurationS > 0 {
		rep.PendingTPS = float64(inTime) / rep.DurationS
	}
	rep.BlocksWithTxs = len(blocks)
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func stage(v []float64) Stage {
	if len(v) == 0 {
		return Stage{}
	}
	sort.Float64s(v)
	q := func(p float64) float64 { return v[int(p*float64(len(v)-1))] }
	return Stage{Reached: len(v), P50Ms: q(0.50), P90Ms: q(0.90), P99Ms: q(0.99), MaxMs: v[len(v)-1]}
}

// Table renders the report for a person.
func (r *Report) Table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "submitted %d in %.1f s (target %d tx/s, %d-byte payloads): accepted %d, %.1f tx/s\n",
		r.Submitted, r.DurationS, r.TargetTPS, r.Size, r.Accepted, r.AchievedTPS)
	fmt.Fprintf(&b, "into pending meanwhile: %.1f tx/s in %d blocks\n", r.PendingTPS, r.BlocksWithTxs)
	for reason, n := range r.Rejected {
		fmt.Fprintf(&b, "  rejected %d: %s\n", n, reason)
	}
	fmt.Fprintf(&b, "%-9s %9s %10s %10s %10s %10s\n", "chain", "reached", "p50 ms", "p90 ms", "p99 ms", "max ms")
	for _, s := range []struct {
		name string
		st   Stage
	}{{"pending", r.Pending}, {"assured", r.Assured}, {"proven", r.Proven}} {
		fmt.Fprintf(&b, "%-9s %9d %10.0f %10.0f %10.0f %10.0f\n", s.name, s.st.Reached, s.st.P50Ms, s.st.P90Ms, s.st.P99Ms, s.st.MaxMs)
	}
	return b.String()
}
