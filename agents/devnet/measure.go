package devnet

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math/big"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sptn/sptn/agents/internal/proctree"
	"github.com/sptn/sptn/agents/load"
	"github.com/sptn/sptn/agents/node"
)

// Spread is a sample's count, extremes, deciles, 99th percentile and mean: every figure of a
// measurement comes with its spread, so that a reader can tell a steady interval from a lucky
// median. (P99 is the tail performance.md's tables quote; in a window of tens of blocks it is
// the largest but none.)
type Spread struct {
	N    int     `json:"n"`
	Min  float64 `json:"min"`
	P10  float64 `json:"p10"`
	P50  float64 `json:"p50"`
	P90  float64 `json:"p90"`
	P99  float64 `json:"p99"`
	Max  float64 `json:"max"`
	Mean float64 `json:"mean"`
}

// spreadOf is xs's Spread (zero for no sample); xs is sorted in place.
func spreadOf(xs []float64) Spread {
	if len(xs) == 0 {
		return Spread{}
	}
	sort.Float64s(xs)
	at := func(q float64) float64 { return xs[int(q*float64(len(xs)-1)+0.5)] }
	sum := 0.0
	for _, x := range xs {
		sum += x
	}
	return Spread{N: len(xs), Min: xs[0], P10: at(0.1), P50: at(0.5), P90: at(0.9), P99: at(0.99), Max: xs[len(xs)-1], Mean: sum / float64(len(xs))}
}

// Measurement is what `sptn devnet measure` reports for one profile. The start-up (from start to
// ready, then to the first pending block) is reported apart from the window, which opens at the
// first pending block and lasts at least MinWindowSlots slots.
type Measurement struct {
	Profile   string `json:"profile"`
	L1        string `json:"l1"`
	Committee int    `json:"committee"`
	Nodes     int    `json:"nodes"`
	Commit    string `json:"commit,omitempty"`
	CPU       string `json:"cpu,omitempty"`

	// Start-up, in seconds: start to every agent ready; ready to the first pending, assured and
	// proven blocks (0 when none came).
	StartSeconds  float64 `json:"start_to_ready_s"`
	FirstPendingS float64 `json:"first_pending_s"`
	FirstAssuredS float64 `json:"first_assured_s"`
	FirstProvenS  float64 `json:"first_proven_s"`

	// The profile's timing, chosen per committee size: the L1 block, the proposers' seal lead
	// and the nodes' CometBFT timeouts (the kvstore gets the same timeouts).
	L1BlockSeconds float64 `json:"l1_block_s"`
	SealLead       string  `json:"seal_lead"`
	TimeoutCommit  string  `json:"timeout_commit"`
	TimeoutPropose string  `json:"timeout_propose"`

	// The window, from the first pending block.
	SlotSeconds   float64 `json:"slot_s"`
	WindowSeconds float64 `json:"window_s"`
	WindowSlots   float64 `json:"window_slots"`
	PendingBlocks uint64  `json:"pending_blocks"`
	AssuredBlocks uint64  `json:"assured_blocks"`
	ProvenBlocks  uint64  `json:"proven_blocks"`
	// PendingInterval is the seconds between pending blocks in the window (a jump of k blocks
	// counts k intervals of its time over k).
	PendingInterval Spread `json:"pending_interval_s"`
	// SealToQuorum is the seconds from a proposer first sending its seal of a slot to a quorum
	// of the committee's attestations: in the extended commit that committed the seal, else the
	// set the next height records (each proposer's "seal attested" log lines in the window).
	SealToQuorum Spread `json:"seal_to_quorum_s"`
	// SealsUnattested are the proposers' seals committed in the window that got no quorum of
	// attestations ("seal not attested"): SealToQuorum leaves them out.
	SealsUnattested int `json:"seals_unattested"`
	// ProposesTooLate are the proposes the nodes did not send because their slot's last L1
	// block was due first (docs/node.md); NodeTxsReverted the nodes' transactions that L1 mined
	// and reverted (a propose that landed after its slot: Rollup__WrongSlot).
	ProposesTooLate int `json:"proposes_too_late"`
	NodeTxsReverted int `json:"node_txs_reverted"`
	// ProposeGas is the gasUsed of the successful propose transactions mined in the window (from
	// its first L1 block on); ProposeGasCalldata and ProposeGasBlob split them by how the block's
	// data went to L1, whose costs differ (node.da: auto picks per block).
	ProposeGas         Spread `json:"propose_gas"`
	ProposeGasCalldata Spread `json:"propose_gas_calldata"`
	ProposeGasBlob     Spread `json:"propose_gas_blob"`
	// NodeCPU is each node's CPU over the window, in percent of one core; NodeRSSMiB its
	// resident memory at the end. Both include the node's KZG workers (node.kzg-process).
	NodeCPU    Spread `json:"node_cpu_pct"`
	NodeRSSMiB Spread `json:"node_rss_mib"`
	// CometHeights and CometInterval are the CometBFT heights of SPTN's nodes in the window and
	// the seconds between them: a pending block takes several heights (the seal, then its
	// attestations in the next height's vote extensions), and a slot waits for L1.
	CometHeights  int64  `json:"comet_heights"`
	CometInterval Spread `json:"comet_height_interval_s"`

	// Load is the load offered over the window (with --load-tps): sptn load's report, from the
	// window's start, over every node's chain API.
	Load *LoadRun `json:"load,omitempty"`

	// KVStore is CometBFT's kvstore with as many validators, measured after SPTN's devnet is
	// down (with --kvstore); the ratios compare medians.
	KVStore              *KVStoreRun `json:"kvstore,omitempty"`
	PendingToKVStore     float64     `json:"pending_interval_over_kvstore,omitempty"`
	CometHeightToKVStore float64     `json:"comet_interval_over_kvstore,omitempty"`

	// Warnings name figures that may be incomplete (a node log that could not be read).
	Warnings []string `json:"warnings,omitempty"`
}

// CompareKVStore sets the kvstore run and the ratios of SPTN's intervals to its.
func (m *Measurement) CompareKVStore(kv KVStoreRun) {
	m.KVStore = &kv
	if p := kv.HeightInterval.P50; p > 0 {
		m.PendingToKVStore = m.PendingInterval.P50 / p
		m.CometHeightToKVStore = m.CometInterval.P50 / p
	}
}

// LoadSpec is the load a measurement offers in its window: TPS transactions a second (none at
// 0) of Size bytes, Batch to a request, spread over every node's chain API.
type LoadSpec struct {
	TPS, Batch, Size int
}

// LoadRun is the load generator's report on the window, with what it means per slot.
type LoadRun struct {
	*load.Report
	Batch int `json:"batch"`
	APIs  int `json:"apis"`
	// BlocksWithTxsPerSlot is BlocksWithTxs over the submission's slots: 1 when every slot's
	// block carried some of the load.
	BlocksWithTxsPerSlot float64 `json:"blocks_with_txs_per_slot"`
	// GeneratorCPU is the measuring process's CPU over the window, in percent of one core: the
	// load generator runs on the nodes' machine and takes its share of the cores.
	GeneratorCPU float64 `json:"generator_cpu_pct"`
}

// loadFee is what each transaction of the load offers per DA and per L2 gas: sptn load's
// default, which the chaos run's load offers too; the devnet's proposers ask 1 wei.
var loadFee = big.NewInt(1_000_000_000)

// loadWait is how many slots the load generator keeps following the chains after its last
// submission, so that the window's last transactions can reach the assured chain.
const loadWait = 5

// startLoad starts the load of spec on every node's chain API for d; the channel yields its
// report (nil with an error) once it has followed the chains loadWait slots longer.
func (n *Network) startLoad(ctx context.Context, spec LoadSpec, d, slot time.Duration) (<-chan loadResult, error) {
	cfg := load.Config{TPS: spec.TPS, Duration: d, Size: spec.Size, MaxFee: loadFee, Wait: loadWait * slot,
		Workers: 32, Batch: spec.Batch, Seed: 1}
	for _, a := range n.agents {
		if a.Kind == "node" && a.API != "" && a.Running() {
			cfg.APIs = append(cfg.APIs, a.API)
		}
	}
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("load: %w", err)
	}
	out := make(chan loadResult, 1)
	go func() {
		rep, err := load.Run(ctx, cfg, nil)
		out <- loadResult{rep, len(cfg.APIs), err}
	}()
	return out, nil
}

type loadResult struct {
	rep  *load.Report
	apis int
	err  error
}

// MinWindowSlots is the fewest slots a measurement window lasts, whatever the duration asked.
const MinWindowSlots = 20

// Measure follows a started devnet: first its start-up (from ready to the first pending block,
// at most startup), then a window that opens at the first pending block and lasts d or
// MinWindowSlots slots, whichever is longer. slot is the profile's slot. It reports the pending
// interval, the blocks each chain gained in the window, the propose gas and the nodes' CPU and
// memory, each with its spread. With spec.TPS above 0 it offers that load over the window and
// reports what the chains took of it.
func (n *Network) Measure(ctx context.Context, d, slot, startup time.Duration, readyAt, startedAt time.Time, spec LoadSpec) (Measurement, error) {
	var m Measurement
	m.StartSeconds = readyAt.Sub(startedAt).Seconds()
	m.SlotSeconds = slot.Seconds()
	sleep := func() error {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
			return nil
		}
	}
	// Start-up: to the first pending block.
	var first uint64
	for first == 0 {
		if time.Since(readyAt) > startup {
			return m, fmt.Errorf("no pending block %s after ready", startup)
		}
		if p, err := n.PendingTip(ctx); err == nil && p > 0 {
			first = p
			m.FirstPendingS = time.Since(readyAt).Seconds()
		}
		n.firstTips(&m, readyAt)
		if err := sleep(); err != nil {
			return m, err
		}
	}
	// The window.
	windowStart := time.Now()
	d = max(d, MinWindowSlots*slot)
	var loaded <-chan loadResult
	self0, _ := proctree.Own(os.Getpid())
	if spec.TPS > 0 {
		var err error
		if loaded, err = n.startLoad(ctx, spec, d, slot); err != nil {
			return m, err
		}
	}
	tips0, _ := n.ReadL1Tips(ctx)
	l1From := n.l1Head(ctx)
	cpu0 := n.nodeUsage()
	var (
		last       = first
		lastChange = windowStart
		intervals  []float64
		tips       = tips0

		comet0         = n.cometHeight(ctx)
		cometLast      = comet0
		cometChange    = windowStart
		cometIntervals []float64
	)
	for time.Since(windowStart) < d {
		if h := n.cometHeight(ctx); h > cometLast && cometLast > 0 {
			now := time.Now()
			for k := cometLast; k < h; k++ {
				cometIntervals = append(cometIntervals, now.Sub(cometChange).Seconds()/float64(h-cometLast))
			}
			cometLast, cometChange = h, now
		} else if cometLast == 0 && h > 0 {
			comet0, cometLast, cometChange = h, h, time.Now()
		}
		if p, err := n.PendingTip(ctx); err == nil && p > last {
			now := time.Now()
			for k := last; k < p; k++ {
				intervals = append(intervals, now.Sub(lastChange).Seconds()/float64(p-last))
			}
			last, lastChange = p, now
		}
		if t, err := n.ReadL1Tips(ctx); err == nil {
			tips = t
		}
		n.firstTips(&m, readyAt)
		if err := sleep(); err != nil {
			return m, err
		}
	}
	elapsed := time.Since(windowStart)
	m.WindowSeconds = elapsed.Seconds()
	m.WindowSlots = elapsed.Seconds() / slot.Seconds()
	m.PendingBlocks = last - first
	m.AssuredBlocks = sub0(tips.Assured, tips0.Assured)
	m.ProvenBlocks = sub0(tips.Proven, tips0.Proven)
	m.PendingInterval = spreadOf(intervals)
	m.CometHeights, m.CometInterval = cometLast-comet0, spreadOf(cometIntervals)
	cpu1 := n.nodeUsage()
	self1, _ := proctree.Own(os.Getpid())
	var cpu, rss []float64
	for pid, u1 := range cpu1 {
		if u0, ok := cpu0[pid]; ok {
			cpu = append(cpu, 100*(u1.CPU-u0.CPU).Seconds()/elapsed.Seconds())
		}
		rss = append(rss, float64(u1.RSSKiB)/1024)
	}
	m.Nodes = len(cpu1)
	logs, warn := n.readNodeLogs(windowStart, windowStart.Add(elapsed))
	m.SealToQuorum, m.SealsUnattested, m.Warnings = spreadOf(logs.quorum), logs.unattested, append(m.Warnings, warn...)
	m.ProposesTooLate, m.NodeTxsReverted = logs.tooLate, logs.reverted
	if len(logs.quorum) == 0 && m.PendingBlocks > 0 {
		m.Warnings = append(m.Warnings, "seal_to_quorum_s: no \"seal attested\" line in the nodes' logs (text log format needed)")
	}
	m.NodeCPU, m.NodeRSSMiB = spreadOf(cpu), spreadOf(rss)
	if calldata, blob, err := n.proposeGas(ctx, l1From); err == nil {
		m.ProposeGasCalldata, m.ProposeGasBlob = spreadOf(append([]float64(nil), calldata...)), spreadOf(append([]float64(nil), blob...))
		m.ProposeGas = spreadOf(append(calldata, blob...))
	} else {
		m.Warnings = append(m.Warnings, fmt.Sprintf("propose_gas: %v", err))
	}
	if loaded != nil {
		// The window's figures stand without the load's: a load that failed is a warning.
		r := <-loaded
		if r.err != nil {
			m.Warnings = append(m.Warnings, fmt.Sprintf("load: %v", r.err))
			return m, nil
		}
		m.Load = &LoadRun{Report: r.rep, Batch: max(spec.Batch, 1), APIs: r.apis, GeneratorCPU: 100 * (self1 - self0).Seconds() / elapsed.Seconds()}
		if r.rep.DurationS > 0 {
			m.Load.BlocksWithTxsPerSlot = float64(r.rep.BlocksWithTxs) / (r.rep.DurationS / slot.Seconds())
		}
	}
	return m, nil
}

// l1Head is L1's head block number (0, all of L1, when it cannot be read).
func (n *Network) l1Head(ctx context.Context) uint64 {
	c, err := n.Dial(ctx)
	if err != nil {
		return 0
	}
	defer c.Close()
	h, err := c.BlockNumber(ctx)
	if err != nil {
		return 0
	}
	return h
}

// cometHeight is the CometBFT height the first running node reports (0 if none answers).
func (n *Network) cometHeight(ctx context.Context) int64 {
	for _, a := range n.agents {
		if a.CometRPC == "" || !a.Running() {
			continue
		}
		if h, err := CometHeight(ctx, a.CometRPC); err == nil {
			return h
		}
	}
	return 0
}

// nodeLogs is what measure reads from the nodes' logs (slog's text format) in its window.
type nodeLogs struct {
	// quorum are the quorum_s values of the "seal attested" lines.
	quorum []float64
	// unattested counts "seal not attested" lines, tooLate "propose not sent: too late ..."
	// lines, and reverted the node's own transactions mined with status 0 ("tx confirmed ...
	// status=0": a node sends proposes, and registrations only at start).
	unattested, tooLate, reverted int
}

func (l *nodeLogs) add(o nodeLogs) {
	l.quorum = append(l.quorum, o.quorum...)
	l.unattested, l.tooLate, l.reverted = l.unattested+o.unattested, l.tooLate+o.tooLate, l.reverted+o.reverted
}

// readNodeLogs reads the nodes' logs between from and to, with a warning for each log that
// could not be read whole.
func (n *Network) readNodeLogs(from, to time.Time) (out nodeLogs, warn []string) {
	for _, a := range n.agents {
		if a.Kind != "node" || a.Log == "" {
			continue
		}
		f, err := os.Open(a.Log)
		if err != nil {
			warn = append(warn, fmt.Sprintf("node log %s: %v", a.Name, err))
			continue
		}
		l, err := scanNodeLog(f, from, to)
		out.add(l)
		if err != nil {
			warn = append(warn, fmt.Sprintf("node log %s: %v", a.Name, err))
		}
		_ = f.Close()
	}
	return out, warn
}

// Messages scanNodeLog counts.
const (
	msgSealAttested    = `msg="seal attested"`
	msgSealNotAttested = `msg="seal not attested"`
	msgProposeTooLate  = `msg="` + node.MsgProposeTooLate + `"`
	msgTxConfirmed     = `msg="tx confirmed"`
)

// scanNodeLog reads one node log's lines logged between from and to, and returns the error that
// stopped the read early, if any.
func scanNodeLog(r io.Reader, from, to time.Time) (out nodeLogs, err error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		var kind string
		for _, m := range []string{msgSealAttested, msgSealNotAttested, msgProposeTooLate, msgTxConfirmed} {
			if strings.Contains(line, m) {
				kind = m
				break
			}
		}
		if kind == "" {
			continue
		}
		var at time.Time
		q, status := -1.0, ""
		for _, f := range strings.Fields(line) {
			k, v, _ := strings.Cut(f, "=")
			switch k {
			case "time":
				at, _ = time.Parse(time.RFC3339Nano, v)
			case "quorum_s":
				if x, err := strconv.ParseFloat(v, 64); err == nil {
					q = x
				}
			case "status":
				status = v
			}
		}
		if at.Before(from) || at.After(to) {
			continue
		}
		switch kind {
		case msgSealAttested:
			if q >= 0 {
				out.quorum = append(out.quorum, q)
			}
		case msgSealNotAttested:
			out.unattested++
		case msgProposeTooLate:
			out.tooLate++
		case msgTxConfirmed:
			if status == "0" {
				out.reverted++
			}
		}
	}
	return out, sc.Err()
}

// firstTips records the first time L1 had an assured and a proven block.
func (n *Network) firstTips(m *Measurement, readyAt time.Time) {
	if m.FirstAssuredS != 0 && m.FirstProvenS != 0 {
		return
	}
	t, err := n.ReadL1Tips(context.Background())
	if err != nil {
		return
	}
	if t.Assured > 0 && m.FirstAssuredS == 0 {
		m.FirstAssuredS = time.Since(readyAt).Seconds()
	}
	if t.Proven > 0 && m.FirstProvenS == 0 {
		m.FirstProvenS = time.Since(readyAt).Seconds()
	}
}

func sub0(a, b uint64) uint64 {
	if a < b {
		return 0
	}
	return a - b
}

// nodeUsage is the CPU time (user and system) each running node process has used and its
// resident memory, its KZG workers' included (node.kzg-process), by pid.
func (n *Network) nodeUsage() map[int]proctree.Usage {
	out := map[int]proctree.Usage{}
	for _, a := range n.agents {
		if a.Kind != "node" || !a.Running() {
			continue
		}
		pid := a.process().cmd.Process.Pid
		if u, err := proctree.Read(pid); err == nil {
			out[pid] = u
		}
	}
	return out
}

// proposeGas is the gasUsed of each successful propose transaction mined from L1 block from on,
// apart by how the block's data went: calldata, or blobs (a blob transaction).
func (n *Network) proposeGas(ctx context.Context, from uint64) (calldata, blob []float64, err error) {
	addr, err := n.Deployments.Address("Rollup")
	if err != nil {
		return nil, nil, err
	}
	c, err := n.Dial(ctx)
	if err != nil {
		return nil, nil, err
	}
	defer c.Close()
	topic := crypto.Keccak256Hash([]byte("BlockProposed(uint256,uint256,bytes32,bool)"))
	logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{addr}, Topics: [][]common.Hash{{topic}},
		FromBlock: new(big.Int).SetUint64(from)})
	if err != nil {
		return nil, nil, err
	}
	seen := map[common.Hash]bool{}
	for _, l := range logs {
		if seen[l.TxHash] {
			continue
		}
		seen[l.TxHash] = true
		r, err := c.TransactionReceipt(ctx, l.TxHash)
		if err != nil || r.Status != 1 {
			continue
		}
		if r.Type == types.BlobTxType {
			blob = append(blob, float64(r.GasUsed))
		} else {
			calldata = append(calldata, float64(r.GasUsed))
		}
	}
	return calldata, blob, nil
}
