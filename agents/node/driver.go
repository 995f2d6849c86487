package node

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/cometbft/cometbft/mempool"
	ctypes "github.com/cometbft/cometbft/rpc/core/types"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/sptn/sptn/agents/internal/clock"
	"github.com/sptn/sptn/agents/internal/keys"
	"github.com/sptn/sptn/agents/internal/kzgworker"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/internal/testbreak"
	"github.com/sptn/sptn/agents/internal/txmgr"
	"github.com/sptn/sptn/agents/node/app"
	"github.com/sptn/sptn/agents/node/protect"
	"github.com/sptn/sptn/bindings/rollup"
)

// broadcaster submits transactions to CometBFT's mempool; the in-process RPC client does.
type broadcaster interface {
	BroadcastTxSync(ctx context.Context, tx cmttypes.Tx) (*ctypes.ResultBroadcastTx, error)
}

// sender publishes to L1 and puts back in flight a confirmed transaction that an L1 reorg
// removed; *txmgr.Manager does.
type sender interface {
	Send(ctx context.Context, c txmgr.TxCandidate) (*types.Receipt, error)
	Revive(ctx context.Context, id string) error
}

// tipSetter is the runtime's metrics registry.
type tipSetter interface {
	SetTip(chain string, n uint64)
	SetL1Head(n uint64)
}

// Tips are the four chains' heads, as the API and its event stream report them.
type Tips struct {
	Pending   Tip    `json:"pending"`
	Assured   Tip    `json:"assured"`
	Proven    Tip    `json:"proven"`
	Finalized Tip    `json:"finalized"`
	L1Head    uint64 `json:"l1Head"`
	Slot      uint64 `json:"slot"`
}

// maxRevivable is how many blocks below its newest confirmed propose the driver still revives a
// propose that an L1 reorg removed: deeper reorgs are an operator's matter.
const maxRevivable = 64

// driver seals the slots this node proposes, publishes attested blocks and follows L1's tips.
type driver struct {
	app     *app.App
	rollup  *Rollup
	rollupA common.Address
	clk     *clock.Clock
	bc      broadcaster
	txm     sender
	signer  keys.Signer
	// prot claims every seal and registration before signer signs it (slashing protection).
	prot   app.Protector
	set    Settings
	domain protocol.Domain
	log    *slog.Logger
	tipsM  tipSetter
	hub    *hub
	// sentinel keeps every committee member's record; nil keeps none.
	sentinel *sentinel

	mu        sync.RWMutex
	l1        L1Tips
	haveL1    bool
	sealedFor uint64
	lastTry   time.Time
	// lastTryOn is what the last seal was built on (the pending tip, L1's assured tip and the
	// newest L1 head seen): a seal is retried at once when any moves (the chain refuses a seal
	// built on a tip it no longer has; L1's tips decide its parent), else once a second.
	lastTryOn [3]common.Hash
	// waitingFor is one more than the slot whose seal this node holds back for its parent's
	// fate (awaitTipsFate; 0: none), since waitFrom. trySeal's goroutine alone uses them.
	waitingFor uint64
	waitFrom   time.Time
	inflight   map[string]bool
	retryAt    map[string]time.Time
	published  map[string]uint64 // confirmed propose IDs -> block number, to revive after a reorg
	lastTip    common.Hash
	lastTipAt  time.Time
	// l1Gaps are the latest gaps, in seconds, between an L1 head and its parent as followed
	// (l1Interval).
	l1Gaps []uint64
	// l1IntervalSeen is l1Interval, computed from l1Gaps as each gap is added (under d.mu),
	// so that reading the interval takes no lock: the application's proposal steps
	// (app.Config.L1Interval) must not wait on d.mu.
	l1IntervalSeen atomic.Uint64
	// l1SpacingBroken is the last L1 head follow found closer to its parent than the chain's
	// app.Params.L1BlockSpacing (under d.mu).
	l1SpacingBroken common.Hash
	// l1Seen are the latest new L1 heads with when this node first saw them (dueBy); l1Top is
	// the newest head seen.
	l1Seen []headSeen
	l1Top  l1Head
	// warmHead is the L1 head (number and time) warmCommittees last read the committees at;
	// warming is true while such a read runs.
	warmHead l1Head
	warming  atomic.Bool
	// lateID is the propose last reported too late for its slot (reported once each).
	lateID string
	// awaitQuorum is this node's last block committed as a seal whose quorum of attestations
	// has not been seen yet, with when its seal was first sent (attested).
	awaitQuorum struct {
		hash  common.Hash
		since time.Time
	}

	// belowRing are the propose calls of L1 blocks below L1's ring that forkOf read, by header
	// hash (which names the header, and its calldata through txsHash, for good): a re-anchoring
	// past a long based run is tried again each slot until it lands, and reads them once.
	belowRing map[common.Hash]*protocol.ProposeCall

	// pubs are the publishes in flight (goroutines of tryPublish) and the committee reads of
	// warmCommittees: run waits for them before it returns, so that none outlives the driver's
	// place in the node's lifecycle.
	pubs sync.WaitGroup

	valPub []byte // this node's CometBFT validator key
	// valSign signs with the CometBFT validator key (a registration's proof of possession).
	valSign func(msg []byte) ([]byte, error)
	lastReg time.Time
	// blockHash reads the header hash L1's rollup holds for a number (to find where L1's chain
	// leaves the pending chain when re-anchoring); nil takes the anchor's own number.
	blockHash func(ctx context.Context, n uint64) (common.Hash, error)
	// anchorAt names the L1 block at which an anchor is L1's tip (app.Anchor.At): prev, the name
	// of the seal last sent on the same anchor, while L1 still holds it, else a block up to
	// anchorDepth below head (Rollup.AnchorBlock); nil names head.
	anchorAt func(ctx context.Context, a app.Anchor, head *types.Header, floor uint64, prev *app.L1Block) (app.L1Block, error)
	// proposeCalls reads the propose calls that carried L1 blocks (number -> header hash), for
	// the transactions of the blocks a re-anchoring replaces; nil leaves them out.
	proposeCalls func(ctx context.Context, want map[uint64]common.Hash) (map[uint64]*protocol.ProposeCall, error)
	// votes are the votes, with their extensions, of the commit of a CometBFT height (nil when
	// the node does not hold it); nil waits for the attestations to reach the pending chain.
	votes func(height int64) []abci.ExtendedVoteInfo
	// synced reports CometBFT in sync (syncGate: out of block sync, and not behind most of its
	// peers just after it); nil is always. A node that is catching up does not seal: its view of
	// the pending chain is behind the network's.
	synced func() bool

	// blobVersion is the sidecar version txmgr sends (txmgr.blob-proofs); blobWork holds the
	// KZG work of this node's blob blocks, by txsKey (blobs.go).
	blobVersion byte
	blobWork    map[common.Hash]*blobWork
	// kzg proves the cell proofs of version-1 sidecars in a child process (node.kzg-process);
	// nil proves them in this one. sealKZG proves the commitments and blob proofs of this node's
	// seals in another (nil: in this one).
	kzg, sealKZG *kzgworker.Worker
	// queued is the blob work whose sidecar waits for the one being proven (startSidecar), of
	// the seal of queuedSlot.
	queued     common.Hash
	queuedSlot uint64
	// sidecarStarts counts the version-1 sidecars started, so that one can tell whether another
	// started while it was proven (startLocked); workSeq the blob works kept (keep).
	sidecarStarts, workSeq uint64
	// lastSeal is the seal last sent, sent again as it is while what it was built on holds.
	lastSeal *sentSeal
	// warnedCeiling: the configured prices above the chain's fee ceiling were logged once.
	warnedCeiling bool
	// budget sizes seals from measured costs; awaiting is this node's last sealed block, whose
	// fate on L1 feeds it (budget.go).
	budget   *sealBudget
	awaiting []watched
	// missedBy is the slot of each other proposer's latest block that missed its slot, until
	// misses of enough proposers corroborate it (judge).
	missedBy map[common.Address]uint64
	// admission is the last admission verdict and loggedSlot the last slot logged (logSlot).
	admission  atomic.Pointer[admissionState]
	doomed     atomic.Pointer[doomed]
	loggedSlot uint64
	// warmed is set once the KZG contexts of a blob seal are being loaded (warmBlobs).
	warmed atomic.Bool

	// pool is the queued transactions a seal takes (App.PoolExcept); nil reads the application's.
	pool func(feePerDaGas, feePerL2Gas *big.Int, maxBytes int, skip map[common.Hash]bool) ([]common.Hash, error)

	interval  prometheus.Histogram
	proveTime prometheus.Histogram
	buildTime prometheus.Histogram
	// quorumTime is, for this node's seals, the time from the slot's seal first sent to a quorum
	// of the committee's attestations (attested).
	quorumTime prometheus.Histogram
	// stepTime is the time each step of the driver's loop took (loopSteps).
	stepTime *prometheus.HistogramVec
	atts     prometheus.Gauge
	events   *prometheus.CounterVec
	// parentWait: how long this node's seals waited for their parent's fate, by what they were
	// built on (waited).
	parentWait *prometheus.HistogramVec
	// sealRefused counts this node's seals that execution refused before they were sent
	// (sealRefusedReasons).
	sealRefused *prometheus.CounterVec
}

// The reasons of sptn_seal_refused_total: a seal execution refused for its transactions (the
// same seal without them executes and is sent instead), or for what it is built on (nothing is
// sent).
const (
	refusedTransactions = "transactions"
	refusedSeal         = "seal"
)

func newDriver(d *driver, reg prometheus.Registerer) *driver {
	if d.log == nil {
		d.log = slog.New(slog.DiscardHandler)
	}
	d.blobWork = map[common.Hash]*blobWork{}
	if d.budget == nil {
		d.budget = newSealBudget()
		if d.set.KZGSpread >= 1 { // node.kzg-spread (checked: 1 to 2); tests that set none keep the default
			d.budget.spread = d.set.KZGSpread
		}
		d.budget.everyBlob = d.set.DA == DABlobs
	}
	d.inflight = map[string]bool{}
	d.retryAt = map[string]time.Time{}
	d.published = map[string]uint64{}
	d.interval = prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "sptn", Name: "pending_interval_seconds",
		Help: "time between pending-tip changes", Buckets: []float64{0.5, 1, 1.5, 2, 3, 4, 6, 8, 12, 20, 30, 60}})
	d.proveTime = prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "sptn", Name: "seal_blob_proofs_seconds",
		Help: "time to commit to and prove a blob block's blobs as it is sealed", Buckets: prometheus.ExponentialBuckets(0.01, 2, 10)})
	d.buildTime = prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "sptn", Name: "seal_build_seconds",
		Help: "time to build a seal beyond its blob proofs: the pool read, execution on the tip, signing", Buckets: prometheus.ExponentialBuckets(0.001, 2, 12)})
	d.quorumTime = prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "sptn", Name: "seal_quorum_seconds",
		Help: "this node's seals: time from the slot's first seal sent to a quorum of attestations (its commit's, or the set the next height records)", Buckets: []float64{0.25, 0.5, 1, 2, 4, 6, 8, 12, 16, 24, 32, 60}})
	d.stepTime = prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: "sptn", Name: "driver_step_seconds",
		Help:    "time a step of the driver's loop took: refresh (L1's tips and what follows them), register, seal, publish; the loop is sequential, so a slow step delays the seal",
		Buckets: prometheus.ExponentialBuckets(0.001, 2, 14)}, []string{"step"})
	for _, st := range loopSteps {
		d.stepTime.WithLabelValues(st)
	}
	d.atts = prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "sptn", Name: "pending_tip_attestations",
		Help: "attestations the pending tip carries"})
	d.events = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "sptn", Name: "node_events_total",
		Help: "seals sent, proposes sent, confirmed and failed"}, []string{"event"})
	d.events.WithLabelValues("l1_spacing_broken") // at 0 from the start: the L1SpacingBroken alert's series
	d.parentWait = prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: "sptn", Name: "seal_parent_wait_seconds",
		Help:    "this node's seals held back at their lead for their parent's fate on L1 (the last slot's block, not yet assured): time from the first pass that held one to the pass that built it, by what it was built on: tip (the pending tip), l1 (L1's assured tip, orphaning it) or none (no seal was built for the slot by the next slot's lead)",
		Buckets: []float64{0.25, 0.5, 1, 1.5, 2, 3, 4, 6, 8, 12, 16, 24}}, []string{"on"})
	for _, on := range []string{"tip", "l1", "none"} {
		d.parentWait.WithLabelValues(on)
	}
	d.sealRefused = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "sptn", Name: "seal_refused_total",
		Help: "this node's seals that execution refused before they were sent: reason transactions (the seal without them was sent) or seal (none was)"},
		[]string{"reason"})
	for _, r := range []string{refusedTransactions, refusedSeal} {
		d.sealRefused.WithLabelValues(r)
	}
	if reg != nil {
		reg.MustRegister(d.interval, d.proveTime, d.buildTime, d.quorumTime, d.stepTime, d.atts, d.events, d.parentWait, d.sealRefused)
	}
	return d
}

// attested observes sptn_seal_quorum_seconds once this node's last committed seal has a quorum of
// the committee's attestations, timed from the slot's seal first sent. The attestations are the
// vote extensions of the precommits that committed the seal: at that commit the quorum is what
// this node's own extended commit holds (what its publisher takes, AttestationsOf); failing
// that, the set the next height records on the pending chain (execution takes a set only when
// it is a quorum). A seal with neither by the height after its own never gets one: it is
// counted as seal_unattested, so the histogram's count against seal_sent shows what it leaves
// out. m is the commit being followed.
func (d *driver) attested(m app.Meta) {
	d.mu.Lock()
	w := d.awaitQuorum
	d.mu.Unlock()
	if w.hash == (common.Hash{}) {
		return
	}
	b, err := d.app.BlockByHash(w.hash)
	if err != nil && !errors.Is(err, app.ErrNotFound) {
		return // a read error: tried again at the next commit
	}
	atts, from := 0, "recorded"
	if err == nil {
		atts = len(b.Attestations)
		if atts == 0 && d.votes != nil && m.Height == b.Height {
			if set, err := d.app.AttestationsOf(b, d.votes(b.Height)); err == nil {
				atts, from = len(set), "commit"
			}
		}
		if atts == 0 && m.Height <= b.Height+1 {
			return // the next height may record a quorum
		}
	}
	d.mu.Lock()
	if d.awaitQuorum.hash == w.hash {
		d.awaitQuorum.hash = common.Hash{}
	}
	d.mu.Unlock()
	took := time.Since(w.since)
	if atts == 0 {
		d.events.WithLabelValues("seal_unattested").Inc()
		d.log.Warn("seal not attested", "block", w.hash, "since_first_s", took.Seconds())
		return
	}
	d.quorumTime.Observe(took.Seconds())
	d.log.Info("seal attested", "slot", b.Header.Slot, "number", b.Header.Number, "attestations", atts, "from", from, "quorum_s", took.Seconds())
}

// onCommit follows the pending tip after every CometBFT commit.
func (d *driver) onCommit(m app.Meta) {
	d.mu.Lock()
	// A new tip is a new block, even at the old tip's number (a re-anchoring seal below a tip
	// that missed its slot): its commit is measured and its fate on L1 judged like any other.
	changed := m.Started && m.TipHash != d.lastTip
	if changed {
		now := time.Now()
		if !d.lastTipAt.IsZero() {
			d.interval.Observe(now.Sub(d.lastTipAt).Seconds())
		}
		d.lastTip, d.lastTipAt = m.TipHash, now
	}
	d.mu.Unlock()
	// The height that records one block's attestations may also commit this node's next seal:
	// the earlier block is observed before the wait moves on to the new one.
	d.attested(m)
	if changed && d.budget != nil {
		if first, ok := d.budget.committed(m.TipSlot, time.Now()); ok {
			d.log.Info("seal committed", "slot", m.TipSlot, "number", m.TipNumber, "since_first_s", time.Since(first).Seconds())
			d.mu.Lock()
			d.awaitQuorum.hash, d.awaitQuorum.since = m.TipHash, first
			d.mu.Unlock()
			d.attested(m)
		}
	}
	if m.Started {
		d.tipsM.SetTip("pending", m.TipNumber)
		if b, err := d.app.BlockByHash(m.TipHash); err == nil {
			d.atts.Set(float64(len(b.Attestations)))
			if changed {
				var key common.Hash // judge reads it for this node's own blocks only (lateSidecar)
				if b.Blobs && d.signer != nil && b.Proposer == d.signer.Address() {
					key = txsKey(b.Txs)
				}
				d.watchSealed(b.Header.Slot, b.Header.Number, b.Proposer, b.Hash, b.Header.ParentHash, key)
			}
		}
	}
	if d.sentinel != nil {
		d.sentinel.notify()
	}
	d.hub.publish(d.Tips())
}

// Tips is the current view of the four chains.
func (d *driver) Tips() Tips {
	m := d.app.Meta()
	d.mu.RLock()
	l1 := d.l1
	d.mu.RUnlock()
	t := Tips{Assured: l1.Assured, Proven: l1.Proven, Finalized: l1.Finalized}
	if m.Started {
		t.Pending = Tip{Number: m.TipNumber, Hash: m.TipHash, Slot: m.TipSlot}
	}
	if l1.Head != nil {
		t.L1Head = l1.Head.Number.Uint64()
		t.Slot = d.rollup.SlotAt(l1.Head.Time)
	}
	return t
}

func (d *driver) l1Tips() (L1Tips, bool) {
	d.mu.RLock()
	defer d.mu.RUnlock()
	return d.l1, d.haveL1
}

// run polls L1 and acts every node.l1-poll-interval until ctx ends.
func (d *driver) run(ctx context.Context) {
	every := d.set.L1PollInterval
	if every <= 0 {
		every = 200 * time.Millisecond
	}
	t := time.NewTicker(every)
	defer t.Stop()
	defer d.stopSidecars() // blobs.go: no queued sidecar starts once the driver is gone
	defer d.pubs.Wait()    // ctx ended: their Sends return
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		var took [len(loopSteps)]time.Duration
		step := func(i int, fn func()) {
			start := time.Now()
			fn()
			took[i] = time.Since(start)
			d.stepTime.WithLabelValues(loopSteps[i]).Observe(took[i].Seconds())
		}
		var err error
		if step(0, func() { err = d.refresh(ctx) }); err != nil {
			d.log.Warn("read L1", "err", err, "took_s", took[0].Seconds())
			d.logSlowLoop(took[:])
			continue
		}
		step(1, func() {
			if err := d.tryRegister(ctx); err != nil {
				d.log.Warn("register", "err", err)
			}
		})
		step(2, func() {
			if err := d.trySeal(ctx); err != nil {
				d.log.Warn("seal", "err", err)
			}
		})
		if d.set.Publish {
			step(3, func() {
				d.prepareBlobs()
				d.tryPublish(ctx)
			})
		}
		d.logSlowLoop(took[:])
	}
}

// loopSteps name the steps of the driver's loop (sptn_driver_step_seconds).
var loopSteps = [...]string{"refresh", "register", "seal", "publish"}

// slowLoop is how long an iteration of the driver's loop may take before it is logged (debug):
// a seal waits for the steps before it, and its slot's lead is about a second.
const slowLoop = 300 * time.Millisecond

// logSlowLoop logs, at debug level, an iteration of the loop that took slowLoop or more, with each
// step's time.
func (d *driver) logSlowLoop(took []time.Duration) {
	var total time.Duration
	for _, t := range took {
		total += t
	}
	if total < slowLoop || !d.log.Enabled(context.Background(), slog.LevelDebug) {
		return
	}
	args := []any{"total_s", total.Seconds()}
	for i, t := range took {
		args = append(args, loopSteps[i]+"_s", t.Seconds())
	}
	d.log.Debug("slow driver loop", args...)
}

func (d *driver) refresh(ctx context.Context) error {
	t, err := d.rollup.Tips(ctx)
	if err != nil {
		return err
	}
	d.clk.ObserveHead(t.Head.Number.Uint64(), t.Head.Time)
	d.follow(ctx, t)
	d.warmCommittees(ctx, t.Head)
	d.judge(t)
	d.weighDoomed(t)
	d.tipsM.SetTip("assured", t.Assured.Number)
	d.tipsM.SetTip("proven", t.Proven.Number)
	d.tipsM.SetTip("finalized", t.Finalized.Number)
	d.tipsM.SetL1Head(t.Head.Number.Uint64())
	d.hub.publish(d.Tips())
	return nil
}

// warmCommittees reads, once per new L1 head, the committees of the current and the next epoch
// that this node does not hold yet, so that the rollup view has them cached before a committee
// record reaches ProcessProposal. Otherwise every member reads the new epoch's committee from
// L1 at the same moment, inside consensus and its L1 read budget: with 48 members on two cores
// a third of them timed out and refused the record (the sweep at c6f5055), which cost a round.
// A committee that is not final yet is read again at the next head.
func (d *driver) warmCommittees(ctx context.Context, head *types.Header) {
	if head == nil || d.rollup.EpochDuration == 0 {
		return
	}
	// Named by number and time, not hash: the loop polls several times a block, and follow
	// hashes only a new head.
	at := l1Head{number: head.Number.Uint64(), time: head.Time}
	d.mu.Lock()
	seen := d.warmHead == at
	d.mu.Unlock()
	if seen || !d.warming.CompareAndSwap(false, true) {
		return // one read at a time, off the loop: it must not hold up a seal or a publish
	}
	d.mu.Lock()
	d.warmHead = at
	d.mu.Unlock()
	cur := d.rollup.SlotAt(head.Time) / d.rollup.EpochDuration
	d.pubs.Go(func() {
		defer d.warming.Store(false)
		for _, e := range []uint64{cur, cur + 1} {
			if _, err := d.rollup.Committee(ctx, e); err != nil {
				return // not final yet (or L1 unreachable): the next epoch is not either
			}
		}
	})
}

// follow takes L1's tips as the driver's view and, when L1 lost assured blocks, revives this
// node's proposes that went with them.
func (d *driver) follow(ctx context.Context, t L1Tips) {
	d.mu.Lock()
	prev, had := d.l1, d.haveL1
	d.l1, d.haveL1 = t, true
	if h := t.Head; h != nil {
		n, top := h.Number.Uint64(), d.l1Top
		if sp := d.chainSpacing(); sp > 0 && top.hash != (common.Hash{}) && h.ParentHash == top.hash && h.Time < top.time+sp && h.Hash() != d.l1SpacingBroken {
			d.l1SpacingBroken = h.Hash() // a head polled again (one of the same time is not taken as top) counts once
			// The chain's params say L1 never makes two blocks closer than this, and the
			// proposal steps take a seal orphaning a block that missed L1 at its slot's last L1
			// block by it: an L1 that breaks it (anvil mines two blocks in one second) could still
			// take an orphaned block, and its transactions would be sealed twice. Only a head
			// and its parent are compared: blocks made between two polls are not.
			// This node judges by the stricter rule from now on (only its own votes wait).
			d.events.WithLabelValues("l1_spacing_broken").Inc()
			d.app.DistrustL1Spacing()
			d.log.Error("L1 made two blocks closer than the chain's l1BlockSpacing: this node now judges slots as if L1 guaranteed no spacing; the chain needs a genesis that names the spacing its L1 keeps (docs/operators.md, L1SpacingBroken)",
				"parent", top.number, "parent_time", top.time, "head", n, "head_time", h.Time, "l1_block_spacing", sp)
		}
		switch {
		case top.hash != (common.Hash{}) && n >= top.number && h.Time < top.time:
			// L1 reorganised onto blocks with earlier times (anvil_reorg keeps every later
			// block that far behind): the heads seen before say nothing of when this chain
			// makes its blocks, and would have every propose refused as late. A lower head
			// with an earlier time is a lagging endpoint, not a new head.
			d.l1Seen = append(d.l1Seen[:0], headSeen{time: h.Time, at: time.Now()})
			d.l1Top = l1Head{number: n, time: h.Time, hash: h.Hash()}
		case top.hash == (common.Hash{}) || h.Time > top.time:
			// A head newer than any seen (compared by time first: most polls find the same
			// head, and only a new one is hashed). Heads an endpoint serves again, or
			// alternately with another backend's, count once.
			if d.l1Seen = append(d.l1Seen, headSeen{time: h.Time, at: time.Now()}); len(d.l1Seen) > l1GapSamples {
				d.l1Seen = d.l1Seen[1:]
			}
			if top.hash != (common.Hash{}) && h.ParentHash == top.hash {
				// Only a head and its parent: a reorg, another endpoint's chain or heads polled
				// more than a block apart give no gap.
				if d.l1Gaps = append(d.l1Gaps, h.Time-top.time); len(d.l1Gaps) > l1GapSamples {
					d.l1Gaps = d.l1Gaps[1:]
				}
				d.l1IntervalSeen.Store(intervalOf(d.l1Gaps))
			}
			d.l1Top = l1Head{number: n, time: h.Time, hash: h.Hash()}
		}
	}
	d.mu.Unlock()
	if had && t.Assured.Number < prev.Assured.Number {
		d.reviveDropped(ctx, t.Assured.Number)
	}
}

// chainSpacing is the chain's app.Params.L1BlockSpacing as the genesis names it, not the one the
// app judges by (app.L1Spacing, 0 once this node distrusts it): follow keeps checking L1
// against the param after it distrusted it. 0 for a driver without an app (tests).
func (d *driver) chainSpacing() uint64 {
	if d.app == nil {
		return 0
	}
	return d.app.Params().L1BlockSpacing
}

// l1GapSamples is how many parent-to-head gaps l1Interval keeps; l1GapsNeeded how many it needs
// before it answers (one gap could be a missed L1 slot, twice the interval, and refuse proposes
// that would land).
const (
	l1GapSamples = 16
	l1GapsNeeded = 4
)

// l1Interval is L1's block interval as this node has seen it, in seconds (0 until it has seen
// l1GapsNeeded heads follow their parents): a transaction sent now lands at the earliest that long after L1's
// head. It is the lower quartile of the latest gaps. Too short, it lets tryPublish send a
// propose that lands after its slot and reverts, as before it was known; too long, it would keep
// a proposer from publishing in its slot. So a missed L1 slot (a gap twice as long) or a clock
// warped forward does not move it, and neither do a few gaps a second short (anvil's timestamps
// are whole seconds, each at least its parent's plus one).
func (d *driver) l1Interval() uint64 { return d.l1IntervalSeen.Load() }

// intervalOf is l1Interval of the gaps given.
func intervalOf(gaps []uint64) uint64 {
	if len(gaps) < l1GapsNeeded {
		return 0
	}
	gaps = slices.Clone(gaps)
	slices.Sort(gaps)
	return gaps[len(gaps)/4]
}

// landsAfterSlot says whether a propose of slot sent now would be mined after the slot: L1's
// head is the slot's last block.
func (d *driver) landsAfterSlot(head *types.Header, slot uint64) bool {
	iv := d.l1Interval()
	return iv > 0 && head != nil && head.Time+iv >= d.rollup.SlotStart(slot+1)
}

// l1Head names an L1 head: its number, timestamp and hash.
type l1Head struct {
	number, time uint64
	hash         common.Hash
}

// headSeen is an L1 head's timestamp and the local time (with its monotonic reading) at which
// this node first saw it.
type headSeen struct {
	time uint64
	at   time.Time
}

// dueBy is when, on the local monotonic clock, the slot's last L1 block after head is due: the
// last moment a propose of slot can reach L1 and still land in one of the slot's blocks. L1's
// head alone (landsAfterSlot) knows only which block is next; on a starved machine the
// estimate, the signature or the blob proofs of a propose started in time can outlast that
// block, and the propose then lands in the next slot and reverts with its gas paid.
//
// By each recent head seen, the block is due when that head was seen plus the L1 time between
// them; the earliest of these is taken. A head is seen some delay after L1 made it, so the
// earliest is the one seen with the least delay, and blocks mined late (anvil on starved cores)
// only come later than that. Only local elapsed time is used: a wall clock stepped forward (NTP,
// a resumed VM) does not move it, and a clock warped on L1 moves every later head alike. The
// estimate errs late by that least delay, and early by up to a second on an L1 with whole-second
// timestamps whose blocks come irregularly (anvil's, when its miner is starved). ok is false
// while L1's interval or heads are not known yet: nothing is refused then.
func (d *driver) dueBy(head *types.Header, slot uint64) (due time.Time, ok bool) {
	iv := d.l1Interval()
	if iv == 0 || head == nil {
		return time.Time{}, false
	}
	end := d.rollup.SlotStart(slot + 1)
	if head.Time+iv >= end {
		return time.Now().Add(-time.Nanosecond), true // head is the slot's last block
	}
	last := head.Time + (end-1-head.Time)/iv*iv // the slot's last block after head
	d.mu.RLock()
	defer d.mu.RUnlock()
	for _, h := range d.l1Seen {
		if h.time > last {
			continue // a later chain (a reorg back in time) says nothing of this one
		}
		if at := h.at.Add(time.Duration(last-h.time) * time.Second); !ok || at.Before(due) {
			due, ok = at, true
		}
	}
	return due, ok
}

// sendBy is the last moment a propose of slot may be handed to the transaction manager, by L1's
// head head: dueBy less sendMargin; zero (no deadline) while dueBy cannot tell.
func (d *driver) sendBy(head *types.Header, slot uint64) time.Time {
	due, ok := d.dueBy(head, slot)
	if !ok {
		return time.Time{}
	}
	return due.Add(-sendMargin(d.l1Interval()))
}

// sendMargin is how long before its slot's last L1 block is due a propose must be handed to the
// transaction manager's last check (after which come only persisting the record and the RPC that
// sends it): an eighth of L1's block interval, at most 250 ms. A propose is refused only where
// it would surely land late, so that no proposer loses a slot it could have had: on these
// devnets a propose handed over 3 s into an 8 s slot, after a 3 s estimate on starved cores,
// still lands (a 1 s margin cost committee32 five of its 20 slots, b318d70), and on Ethereum,
// whose heads are seen a second or two after their slot starts, the estimate is late anyway.
func sendMargin(iv uint64) time.Duration {
	return min(250*time.Millisecond, time.Duration(iv)*time.Second/8)
}

// confirmed records a propose that landed, so that it can be revived if an L1 reorg removes it.
func (d *driver) confirmed(id string, number uint64) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.confirmedLocked(id, number)
}

// confirmedLocked is confirmed with d.mu held.
func (d *driver) confirmedLocked(id string, number uint64) {
	d.published[id] = number
	for k, n := range d.published {
		if n+maxRevivable < number {
			delete(d.published, k)
		}
	}
}

// reviveDropped puts back in flight this node's confirmed proposes of blocks above L1's assured
// tip, once L1 lost assured blocks: a reorg deeper than the transaction manager's confirmations
// removed them, and the nonces they held would otherwise stay a gap that every later propose of
// this node waits behind. A revived propose of a past slot lands and reverts, which closes the
// gap. A propose whose receipt L1 still has (the tip went back to the proven one for a prune)
// is left alone.
func (d *driver) reviveDropped(ctx context.Context, assured uint64) {
	type dropped struct {
		id     string
		number uint64
	}
	var ids []dropped
	d.mu.Lock()
	for id, n := range d.published {
		if n > assured {
			ids = append(ids, dropped{id, n})
		}
	}
	d.mu.Unlock()
	// In block order, the order they were sent in.
	sort.Slice(ids, func(i, j int) bool { return ids[i].number < ids[j].number })
	for _, p := range ids {
		id := p.id
		cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		err := d.txm.Revive(cctx, id)
		cancel()
		switch {
		case errors.Is(err, txmgr.ErrNotRevivable):
			continue
		case err != nil && !errors.Is(err, txmgr.ErrReplaced):
			d.log.Warn("revive a propose an L1 reorg removed", "id", id, "err", err)
			continue
		case err == nil:
			d.events.WithLabelValues("propose_revived").Inc()
			d.log.Warn("an L1 reorg removed a confirmed propose: revived at its nonce", "id", id)
		}
		d.mu.Lock()
		delete(d.published, id)
		d.mu.Unlock()
	}
}

// claim asks slashing protection for a signature of the attester key (the application's when
// the driver was built without its own).
func (d *driver) claim(ctx context.Context, s protect.Signing) error {
	p := d.prot
	if p == nil {
		p = d.app.Protection()
	}
	return p.Claim(ctx, s)
}

// tryRegister maps this node's attester to its CometBFT validator key on the pending chain
// (every 5 s until it is), so that the validator set can include it when it sits in a committee.
// The chain takes a registration only from a member of the current or next committee, signed by
// both keys; a node whose key changed registers the new one with the next nonce (a rotation).
func (d *driver) tryRegister(ctx context.Context) error {
	if len(d.valPub) == 0 || d.valSign == nil || time.Since(d.lastReg) < 5*time.Second {
		return nil
	}
	pk, ok := d.app.Registered(d.signer.Address())
	if ok && bytes.Equal(pk, d.valPub) {
		return nil
	}
	d.lastReg = time.Now()
	if member, err := d.app.MayRegister(d.signer.Address()); err != nil || !member {
		return err // not in a committee the chain knows: nothing to validate yet
	}
	nonce, err := d.app.RegistrationNonce(d.signer.Address())
	if err != nil {
		return err
	}
	r := app.Registration{Attester: d.signer.Address(), PubKey: d.valPub, Nonce: nonce + 1}
	digest := r.Digest(d.domain)
	// The nonce is the registration's slot: two copies of this key with two validator keys
	// cannot both register one (the guard logs a refusal).
	if err := d.claim(ctx, protect.Signing{Attester: r.Attester, Duty: protect.DutyRegistration, Slot: r.Nonce, Digest: digest}); err != nil {
		return nil //nolint:nilerr // logged and counted by the guard; tried again in 5 s
	}
	if r.Signature, err = d.signer.SignDigest(ctx, digest); err != nil {
		return fmt.Errorf("sign registration: %w", err)
	}
	if r.KeySignature, err = d.valSign(digest[:]); err != nil {
		return fmt.Errorf("sign registration with the validator key: %w", err)
	}
	raw, err := app.EncodeJSON(app.KindRegister, r)
	if err != nil {
		return err
	}
	cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	res, err := d.bc.BroadcastTxSync(cctx, raw)
	if errors.Is(err, mempool.ErrTxInCache) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("broadcast registration: %w", err)
	}
	if res.Code != 0 {
		return fmt.Errorf("registration refused: %s", res.Log)
	}
	d.log.Info("registered the CometBFT validator key", "attester", r.Attester, "nonce", r.Nonce, "rotation", ok)
	return nil
}

// trySeal seals slot S, seal-lead before it starts, if this node proposes S. It retries once a
// second, and at once when the pending tip moves, until the seal is on the pending chain or the
// slot is over.
func (d *driver) trySeal(ctx context.Context) error {
	if d.synced != nil && !d.synced() {
		return nil
	}
	now := d.clk.Now()
	slot := d.rollup.SlotAt(uint64(now.Add(d.set.SealLead).Unix()))
	if uint64(now.Unix()) < d.rollup.GenesisTime || slot <= d.sealedFor {
		return nil
	}
	if held := d.waitingFor - 1; d.waitingFor != 0 && held < slot {
		// Held back, and no seal was built for it: measured to the last moment one could have
		// been, the next slot's lead, where this pass moves on (later when this node was out of
		// sync since).
		end := time.Unix(int64(d.rollup.SlotStart(held+1)), 0).Add(-d.set.SealLead)
		if now.Before(end) {
			end = now
		}
		d.waited(held, common.Hash{}, app.Meta{}, end)
	}
	m := d.app.Meta()
	if m.Started && m.TipSlot >= slot {
		d.sealedFor = slot
		return nil
	}
	if testbreak.On("skip-slot") && m.Started && m.TipSlot+1 < slot {
		return nil
	}
	if uint64(now.Unix()) >= d.rollup.SlotStart(slot+1) {
		d.sealedFor = slot
		return nil
	}
	c, err := d.app.Committee(slot / d.rollup.EpochDuration)
	if err != nil {
		return nil //nolint:nilerr // the committee is not on the pending chain yet: nothing to do
	}
	if p, ok := c.Proposer(slot); !ok || p != d.signer.Address() {
		d.sealedFor = slot
		return nil
	}
	d.warmBlobs() // blobs.go
	l1, ok := d.l1Tips()
	if !ok || d.waitForTipsFate(l1, m, slot, now) {
		return nil
	}
	// A newer L1 head or another assured tip may change the parent (chooseParent): retried at
	// once too. The newest head seen, not the one polled: endpoints that serve heads a block
	// apart in turn do not make every poll a new seal.
	d.mu.RLock()
	tried := [3]common.Hash{m.TipHash, l1.Assured.Hash, d.l1Top.hash}
	d.mu.RUnlock()
	if time.Since(d.lastTry) < time.Second && tried == d.lastTryOn {
		return nil
	}
	d.lastTry, d.lastTryOn = time.Now(), tried
	parent, number, anchor, err := d.chooseParent(ctx, l1, m)
	if err != nil {
		return err
	}
	on := sealBase{slot: slot, tip: m.TipHash, parent: parent, number: number}
	if anchor != nil {
		on.anchor = anchorKey{number: anchor.Number, hash: anchor.Hash, slot: anchor.Slot, fork: anchor.Fork}
		if ok, err := d.nameAnchorBlock(ctx, anchor, l1, m, &on); !ok || err != nil {
			return err
		}
	}
	if last := d.lastSeal; last != nil && last.on == on {
		if last.raw == nil {
			return nil // execution refused even the empty seal on this base (logged): wait for a new one
		}
		// Nothing it was built on has changed, so it still executes: send it again as it is
		// (a no-op while the mempool holds it) rather than a bigger one, whose blobs would be
		// proven again and which would race it for the height. A hold that began after it was
		// built (L1 took the tip back, then assured it again) ends with it.
		d.waited(slot, parent, m, now)
		return d.broadcastSeal(ctx, last.raw, slot)
	}
	params := d.app.Params()
	da, l2 := sealPrices(new(big.Int).SetUint64(d.set.FeePerDaGas), new(big.Int).SetUint64(d.set.FeePerL2Gas), params)
	if (da.Uint64() != d.set.FeePerDaGas || l2.Uint64() != d.set.FeePerL2Gas) && !d.warnedCeiling {
		d.warnedCeiling = true
		d.log.Warn("node.fee-per-da-gas or node.fee-per-l2-gas is above the chain's fee ceiling: sealing at the ceiling",
			"fee_per_da_gas", d.set.FeePerDaGas, "fee_per_l2_gas", d.set.FeePerL2Gas,
			"max_fee_per_da_gas", params.MaxFeePerDaGas, "max_fee_per_l2_gas", params.MaxFeePerL2Gas)
	}
	// Only what the budget says can be sealed, proven, attested and published inside the slot;
	// the rest stays queued.
	built := time.Now()
	limit := d.sealBytes(slot, params.MaxBlockBytes(d.set.DA != DACalldata), params.MaxCalldataBlockBytes)
	// A re-anchoring seal brings the transactions of the L1 blocks it replaces as theirs: sealing
	// one of them again is refused, and they are the pool's oldest when the pending chain had
	// orphaned a block that L1 then assured.
	pool := d.pool
	if pool == nil {
		pool = d.app.PoolExcept
	}
	txs, err := pool(da, l2, limit, anchor.ReplacedTxs())
	if err != nil {
		return err
	}
	size, err := d.app.TxsSize(txs)
	if err != nil {
		return err
	}
	s := app.Seal{Slot: slot, Number: number, Parent: parent, FeePerDaGas: (*hexutil.Big)(da), FeePerL2Gas: (*hexutil.Big)(l2),
		Coinbase: d.set.CoinbaseOr(d.signer.Address()), Proposer: d.signer.Address(), Txs: txs,
		Tip: m.TipHash, Anchor: anchor, Blobs: d.set.SealBlobs(size, params)}
	var proving time.Duration
	if s.Blobs {
		var sample bool
		if s.BlobProofs, proving, sample, err = d.proveBlobs(txs); err != nil {
			return err
		}
		if proving > 0 { // proofs kept from an earlier build of the same list took nothing
			d.proveTime.Observe(proving.Seconds())
		}
		if sample {
			d.budget.proved(len(s.BlobProofs), proving)
		}
	}
	raw, err := d.signSeal(ctx, &s)
	if raw == nil || err != nil {
		return err
	}
	// Execution decides whether the seal is taken; a seal it refuses would be left out of every
	// proposal for the rest of the slot. Checked here on the committed state, as the next height
	// executes it (the anchor is the validators' to check against L1).
	if err := d.app.ExecutesOnTip(raw); err != nil && checkOwnSeals {
		if d.app.Meta().TipHash != m.TipHash {
			return nil // the chain moved while this seal was built: it is built again on the new tip
		}
		if raw, err = d.sealRefusedByExecution(ctx, on, s, err); raw == nil || err != nil {
			return err
		}
		txs, size, s.Txs, s.Blobs = nil, 0, nil, false
	}
	d.lastSeal = &sentSeal{on: on, raw: raw}
	d.waited(slot, parent, m, now)
	if s.Blobs {
		d.startSidecar(txs, slot) // blobs.go: the seal's own, now that it is the one sent
	}
	// The build beyond the blob proofs (the pool read, execution on the tip, signing) is logged
	// and counted (sptn_seal_build_seconds), not a cost of the budget: it grows with the pool, which any user can fill with
	// transactions this proposer skips, and a budget that believed it would shrink the seals
	// (review r34).
	buildTook := time.Since(built) - proving
	d.buildTime.Observe(buildTook.Seconds())
	d.budget.sealSent(slot, len(txs), size, time.Now())
	if err := d.broadcastSeal(ctx, raw, slot); err != nil {
		return err
	}
	d.events.WithLabelValues("seal_sent").Inc()
	if anchor != nil && m.Started {
		d.events.WithLabelValues("reanchor_sent").Inc()
		d.log.Warn("L1's assured tip is a block the pending chain never had: sealing on it to re-anchor",
			"slot", slot, "anchor", anchor.Number, "anchor_hash", anchor.Hash, "anchor_slot", anchor.Slot, "pending_tip", m.TipNumber)
	}
	d.log.Info("sealed", "slot", slot, "number", number, "parent", parent, "txs", len(txs), "bytes", size, "blobs", s.Blobs,
		"budget_bytes", limit, "build_s", buildTook.Seconds(), "prove_s", proving.Seconds())
	return nil
}

// sealPrices are the prices a seal names: the configured ones, at most the chain's fee ceiling
// (a seal above it is refused by every member). The byzantine build replaces it.
var sealPrices = func(da, l2 *big.Int, p app.Params) (*big.Int, *big.Int) {
	return bigMin(da, p.MaxFeePerDaGas), bigMin(l2, p.MaxFeePerL2Gas)
}

func bigMin(a, b *big.Int) *big.Int {
	if b != nil && a.Cmp(b) > 0 {
		return new(big.Int).Set(b)
	}
	return a
}

// sealBase is what a seal is built on; sentSeal is a seal sent, with it.
type sealBase struct {
	slot, number uint64
	tip, parent  common.Hash
	anchor       anchorKey // zero without one
}

// anchorKey is what names an anchor: what it replaces follows from it on L1; at is the L1 block
// the seal names it at.
type anchorKey struct {
	number uint64
	hash   common.Hash
	slot   uint64
	fork   uint64
	at     app.L1Block
}

// anchorDepth is how many L1 blocks below its head the driver names an anchor at when L1's tip
// was the anchor there too (Rollup.AnchorBlock): members whose L1 view lags this node's by that
// many blocks still see the block and accept the seal; one that lags further refuses it until
// it catches up (a round, not the slot, since the seal is sent again as it is). Naming it deeper
// would not weaken the check (execution takes no anchor named before the chain's last one, and
// every member checks the anchor is L1's tip at its latest block too), but a block at which the
// anchor is the tip only exists from when it became the tip.
const anchorDepth = 2

// nameAnchorBlock names the L1 block at which anchor is L1's tip (anchor.At, on.anchor.at): the
// name of the seal last sent for the slot on the same anchor while L1 still holds that block, so
// that the seal is sent again as it is, else a new one. It reports false, having logged why, when no seal is
// to be built now: an L1 block below the one of the chain's last anchor (L1 reorged to a shorter
// chain: execution refuses it, and L1 reaches that number again in a few blocks).
func (d *driver) nameAnchorBlock(ctx context.Context, anchor *app.Anchor, l1 L1Tips, m app.Meta, on *sealBase) (bool, error) {
	var prev *app.L1Block
	// Only within the slot: a later slot's seal is a new one anyway, and a name kept for long
	// would be a block whose state L1 nodes that keep only recent state no longer serve.
	if last := d.lastSeal; last != nil && last.on.slot == on.slot {
		if k := last.on.anchor; k.number == anchor.Number && k.hash == anchor.Hash && k.slot == anchor.Slot && k.fork == anchor.Fork {
			prev = &k.at
		}
	}
	at := app.L1Block{Number: l1.Head.Number.Uint64(), Hash: l1.Head.Hash()}
	if d.anchorAt != nil {
		var err error
		if at, err = d.anchorAt(ctx, *anchor, l1.Head, m.AnchorL1, prev); err != nil {
			return false, fmt.Errorf("name the L1 block of anchor %d %s: %w", anchor.Number, anchor.Hash, err)
		}
	}
	if at.Number < m.AnchorL1 {
		d.log.Info("the L1 block an anchor would be named at is below the chain's last anchor's: waiting for L1 to reach it",
			"anchor", anchor.Number, "l1_block", at.Number, "chain_anchor_l1_block", m.AnchorL1)
		return false, nil
	}
	anchor.At, on.anchor.at = &at, at
	return true, nil
}

type sentSeal struct {
	on  sealBase
	raw []byte // nil: execution refused the seal built on this base, even empty
}

// broadcastSeal submits a seal to CometBFT's mempool; one the mempool holds already is no error.
func (d *driver) broadcastSeal(ctx context.Context, raw []byte, slot uint64) error {
	cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	res, err := d.bc.BroadcastTxSync(cctx, raw)
	if errors.Is(err, mempool.ErrTxInCache) {
		return nil // the same seal is in the mempool already
	}
	if err != nil {
		return fmt.Errorf("broadcast seal: %w", err)
	}
	if res.Code != 0 {
		return fmt.Errorf("seal of slot %d refused by the mempool: %s", slot, res.Log)
	}
	return nil
}

// checkOwnSeals: the driver executes each seal before it sends it. Only the byzantine build,
// running byzantine, sends its seals unchecked (byzantine_build.go).
var checkOwnSeals = true

// signSeal claims the seal's slot with slashing protection, signs the seal and encodes it. A
// nil seal without an error is a claim refused (logged and counted by the guard): another copy
// of this key holds the slot (it seals), or the guard failed (tried again in a second).
func (d *driver) signSeal(ctx context.Context, s *app.Seal) ([]byte, error) {
	digest := s.Digest(d.domain)
	err := d.claim(ctx, protect.Signing{Attester: s.Proposer, Duty: protect.DutySeal, Slot: s.Slot, Digest: digest})
	switch {
	case errors.Is(err, protect.ErrRefused):
		d.sealedFor = s.Slot
		return nil, nil
	case err != nil:
		return nil, nil //nolint:nilerr // logged and counted by the guard; tried again in a second
	}
	sig, err := d.signer.SignDigest(ctx, digest)
	if err != nil {
		return nil, fmt.Errorf("sign seal: %w", err)
	}
	s.Signature = sig
	return app.EncodeJSON(app.KindSeal, *s)
}

// sealRefusedByExecution handles a seal of this node that execution refused (why): the same seal
// without transactions (calldata, signed again), if execution takes that, else none, and then
// none again on the same base. Either way it is an error of this node's (its pool and execution
// disagree, or it built on what the chain does not take), logged and counted: left alone,
// every proposal would leave the seal out, and the pending chain would stand still for the slot.
func (d *driver) sealRefusedByExecution(ctx context.Context, on sealBase, s app.Seal, why error) ([]byte, error) {
	if len(s.Txs) > 0 {
		empty := s
		empty.Txs, empty.Blobs, empty.BlobProofs, empty.Signature = nil, false, nil, nil
		raw, err := d.signSeal(ctx, &empty)
		if raw == nil || err != nil {
			return nil, err // the guard refused: tried again
		}
		if err := d.app.ExecutesOnTip(raw); err == nil {
			d.sealRefused.WithLabelValues(refusedTransactions).Inc()
			d.log.Error("execution refuses this node's seal: sending it without transactions", "slot", s.Slot,
				"number", s.Number, "txs", len(s.Txs), "err", why)
			return raw, nil
		}
	}
	d.lastSeal = &sentSeal{on: on}
	d.sealRefused.WithLabelValues(refusedSeal).Inc()
	d.log.Error("execution refuses this node's seal, also without transactions: none sent", "slot", s.Slot,
		"number", s.Number, "parent", s.Parent, "anchored", s.Anchor != nil, "err", why)
	return nil, nil
}

// chooseParent picks the block a new seal builds on: the pending tip when L1 has assured it or
// can still assure it in its slot, else the block L1 assured last (the blocks after it missed
// their slots and are orphaned). When L1's assured tip is a block the pending chain never had
// (a based-fallback block, or the proven tip a prune truncates to, when the chain lacks it), the
// seal builds on it and carries it as its anchor: every validator checks the anchor against
// L1, and executing the seal re-anchors the chain there (the blocks from its number on are
// orphaned).
func (d *driver) chooseParent(ctx context.Context, l1 L1Tips, m app.Meta) (common.Hash, uint64, *app.Anchor, error) {
	onL1 := &app.Anchor{Number: l1.Assured.Number, Hash: l1.Assured.Hash, Slot: l1.Assured.Slot}
	if !m.Started {
		return l1.Assured.Hash, l1.Assured.Number + 1, onL1, nil
	}
	cur := d.rollup.SlotAt(l1.Head.Time)
	tip, err := d.app.BlockByHash(m.TipHash)
	if err != nil {
		return common.Hash{}, 0, nil, err
	}
	if testbreak.On("follow-l1") {
		return tip.Hash, tip.Header.Number + 1, nil, nil
	}
	// The tip on L1's assured tip is built on while its slot may still land it: not once L1's
	// head is of a later slot, or its slot's last L1 block by the spacing L1 guarantees.
	if tip.Hash == l1.Assured.Hash || (tip.Header.Slot >= cur && tip.Header.ParentHash == l1.Assured.Hash &&
		!d.app.SlotOverAt(l1.Head.Time, tip.Header.Slot)) {
		return tip.Hash, tip.Header.Number + 1, nil, nil
	}
	if l1.Assured.Number == m.AnchorNumber && l1.Assured.Hash == m.AnchorHash {
		return m.AnchorHash, m.AnchorNumber + 1, nil, nil
	}
	if l1.Assured.Number < m.AnchorNumber {
		// L1 went below the chain's anchor: a prune back to its proven tip, or an L1 reorg that
		// dropped the anchor's propose. Only a seal anchored on L1's tip, which every validator
		// checks against L1, lowers the anchor; on the chain's own block it replaces nothing.
		h, ok, err := d.app.PendingHash(l1.Assured.Number)
		if err != nil {
			return common.Hash{}, 0, nil, err
		}
		if ok && h == l1.Assured.Hash {
			d.log.Warn("L1's assured tip is below the pending chain's anchor: sealing on it to lower the anchor",
				"l1_assured", l1.Assured.Number, "anchor", m.AnchorNumber, "anchor_hash", m.AnchorHash)
			return l1.Assured.Hash, l1.Assured.Number + 1, onL1, nil
		}
	} else if b, err := d.app.BlockByNumber(l1.Assured.Number); err == nil && b.Hash == l1.Assured.Hash {
		return b.Hash, b.Header.Number + 1, nil, nil
	}
	fork, replaced, below, err := d.forkOf(ctx, onL1, m)
	if err != nil {
		return common.Hash{}, 0, nil, err
	}
	if fork != onL1.Number {
		onL1.Fork = fork
	}
	if onL1.Replaced, err = d.replacedBlocks(ctx, replaced, below); err != nil {
		return common.Hash{}, 0, nil, err
	}
	return l1.Assured.Hash, l1.Assured.Number + 1, onL1, nil
}

// waitForTipsFate is awaitTipsFate, noting when this node began to hold slot's seal back.
func (d *driver) waitForTipsFate(l1 L1Tips, m app.Meta, slot uint64, now time.Time) bool {
	if !d.awaitTipsFate(l1, m, slot, now) {
		return false
	}
	if d.waitingFor != slot+1 {
		d.waitingFor, d.waitFrom = slot+1, now
	}
	return true
}

// MsgSealHeld is the log message of a seal held back for its parent's fate, with on and held_s
// as in sptn_seal_parent_wait_seconds (tools/missbench counts them).
const MsgSealHeld = "seal held back for its parent's fate"

// waited records, as slot's seal is built on parent after it was held back, how long it was
// held, from the first pass that held it to the one that built it
// (sptn_seal_parent_wait_seconds): on "tip" when it is built on the pending tip (L1 assured it,
// or the wait ran out), on "l1" when it orphans the tip (chooseParent returns one or the other:
// the pending tip or L1's assured tip), on "none" (parent zero) when no seal was built for the
// slot before this node moved on to the next (at that slot's lead).
func (d *driver) waited(slot uint64, parent common.Hash, m app.Meta, now time.Time) {
	if d.waitingFor != slot+1 {
		return
	}
	d.waitingFor = 0
	on := "tip"
	switch {
	case parent == (common.Hash{}):
		on = "none"
	case parent != m.TipHash:
		on = "l1"
	}
	held := now.Sub(d.waitFrom)
	d.parentWait.WithLabelValues(on).Observe(held.Seconds())
	d.log.Info(MsgSealHeld, "slot", slot, "on", on, "held_s", held.Seconds())
}

// awaitTipsFate reports whether the proposer of slot should wait before sealing, rather than
// seal on the pending tip now: the tip is the block of the slot before (S) on L1's assured tip,
// L1 has not assured it yet, and S is not over for L1 (app.SlotOverAt). Sealed on the tip at the
// lead, this slot's block cannot land if the tip misses, and this proposer cannot seal its slot
// again (a member attests one header a slot): only the next slot's proposer, skipping this
// one, could seal on L1's tip, so a miss cost two slots. Waiting, it seals on the tip once L1
// assures it, or on L1's tip, orphaning it, once S is over for L1 (chooseParent).
//
// It waits only where L1 guarantees a spacing between its blocks (app.Params.L1BlockSpacing):
// there S's last L1 block tells S's fate before this slot begins. Without one S is over only at
// this slot's first L1 block, and a seal made then has too little of the slot left: after an
// overload's first miss it missed again, slot after slot (review r88). And only where the tip
// can be assured before the lead in the normal case (the lead leaves an L1 interval and a
// second of S after S's first L1 block, where its propose lands at the earliest): elsewhere
// (2 s slots of 1 s blocks, long leads) it would wait every slot. It waits at most an L1
// interval and a second into its slot (S's last L1 block may be missing: then an L1 block of
// this slot tells), and stops a second before this node gives up the slot for the next one
// (trySeal moves on at the next slot's lead); then it seals as chooseParent says.
func (d *driver) awaitTipsFate(l1 L1Tips, m app.Meta, slot uint64, now time.Time) bool {
	sp := d.app.L1Spacing()
	if sp == 0 || !m.Started || m.TipSlot+1 != slot || m.TipHash == l1.Assured.Hash || l1.Head == nil ||
		d.app.SlotOverAt(l1.Head.Time, m.TipSlot) {
		return false
	}
	// The lead must leave S's block room to be assured before it: judged on the L1 interval this
	// node measured, never on the spacing alone, which is only a floor (2 s blocks on geth keep
	// a spacing of 1 s). Until it has a measure (just started) it seals at its lead as before.
	measured := d.l1Interval()
	if measured == 0 {
		return false
	}
	dur := time.Duration(d.rollup.SlotDuration) * time.Second
	iv := time.Duration(max(measured, sp)) * time.Second
	if d.set.SealLead > dur-iv-time.Second {
		return false
	}
	start := time.Unix(int64(d.rollup.SlotStart(slot)), 0)
	until := start.Add(min(iv+time.Second, dur-d.set.SealLead-time.Second))
	if !now.Before(until) {
		return false
	}
	tip, err := d.app.BlockByHash(m.TipHash)
	return err == nil && tip.Header.ParentHash == l1.Assured.Hash
}

// linkMargin is how many of L1's blocks above the lowest one its ring answered a re-anchoring
// seal carries when its fork lies below the ring: members' L1 views may be a few blocks on,
// and the seal's highest carried header of that run must still be in their ring.
const linkMargin = 16

// replacedBlocks are the L1 blocks a re-anchoring seal replaces (number -> header hash), in
// number order, each with its transactions where they went to L1 as calldata and the seal
// still takes them (app.MaxReplacedBlocks, app.MaxReplacedBytes, app.ReplacedJSONBudget), read
// from their propose transactions. The others are left out (the pending chain then queues its
// own copies of their transactions again), except those up to linkMargin above below, the
// propose calls forkOf read below L1's ring: those go bare, headers without transactions, and
// none may be missing, since members find L1's hashes below the ring in them (app.Anchor).
func (d *driver) replacedBlocks(ctx context.Context, want map[uint64]common.Hash, below map[uint64]*protocol.ProposeCall) ([]app.Replaced, error) {
	if d.proposeCalls == nil || len(want) == 0 {
		return nil, nil
	}
	calls, err := d.proposeCalls(ctx, want)
	if err != nil {
		if len(below) > 0 {
			return nil, fmt.Errorf("read the L1 blocks a re-anchoring below L1's ring replaces: %w", err)
		}
		d.log.Warn("read the L1 blocks a re-anchoring replaces; transactions they carried may be queued again", "err", err)
		return nil, nil
	}
	linkTo := uint64(0)
	for n, c := range below {
		calls[n] = c
		linkTo = max(linkTo, n+linkMargin)
	}
	numbers := make([]uint64, 0, len(want))
	for n := range want {
		numbers = append(numbers, n)
	}
	slices.Sort(numbers)
	// The needed entries' room is kept in the budget: each bare entry's JSON is under 1 KiB.
	needed := func(n uint64) bool { return len(below) > 0 && n <= linkTo && calls[n] != nil }
	reserve := 0
	for _, n := range numbers {
		if needed(n) {
			reserve += 1 << 10
		}
	}
	// Each carried block that its successor does not follow costs members an L1 read, and the
	// chain takes at most app.MaxReplacedBlocks such: the run below the ring ends in one too.
	maxCarried := app.MaxReplacedBlocks
	if len(below) > 0 {
		maxCarried--
	}
	var out []app.Replaced
	size, carried, jsonSize, full := 0, 0, 0, false
	for _, n := range numbers {
		c := calls[n]
		if c == nil {
			d.log.Info("an L1 block the re-anchoring replaces is left out of the seal", "number", n,
				"reason", "its propose transaction was not found")
			continue
		}
		if len(out) >= app.MaxReplacedHeaders {
			break // the needed ones come first, within the bound (forkOf)
		}
		r := app.Replaced{Header: c.Header, Bare: true}
		raws, err := app.DecodeTxsData(c.Txs)
		if !c.Blobs && !full && err == nil {
			// The chain's bounds on what a seal carries; the transactions of blocks beyond them,
			// if the pending chain had them, are queued again.
			txs := make([]hexutil.Bytes, len(raws))
			for i, raw := range raws {
				txs[i] = raw
			}
			withTxs := app.Replaced{Header: c.Header, Txs: txs}
			enc, _ := json.Marshal(withTxs)
			if carried >= maxCarried || size+len(c.Txs) > app.MaxReplacedBytes ||
				jsonSize+len(enc)+reserve > app.ReplacedJSONBudget {
				d.log.Warn("the L1 blocks a re-anchoring replaces carry more data than a seal takes", "limit", app.MaxReplacedBytes)
				full = true
			} else {
				r, size, carried, jsonSize = withTxs, size+len(c.Txs), carried+1, jsonSize+len(enc)
			}
		}
		if r.Bare && !needed(n) {
			if !full {
				d.log.Info("an L1 block the re-anchoring replaces is left out of the seal", "number", n,
					"reason", "its data is in blobs")
			}
			continue
		}
		out = append(out, r)
	}
	return out, nil
}

// forkOf is the first number at which L1's chain, ending in anchor a, leaves the pending chain:
// a itself, unless L1 replaced several blocks (based-fallback blocks in a row, or an L1 reorg
// below the chain's anchor). It reads L1's block hashes down from a until one is the pending
// chain's block at its number (App.PendingHash: where the chain keeps no hash, it reads on).
// Below L1's ring of hashes (a based run longer than it: review r17k F3) it takes each from the
// parent hash of L1's header above it, read with the block's propose transaction: those
// propose calls are its third answer, for the seal to carry (replacedBlocks). It gives up when
// the fork would orphan as many pending blocks as a seal may (app.MaxOrphaned), or lie deeper
// below the ring than a seal carries headers (app.MaxReplacedHeaders): an operator's matter.
// Without an L1 reader it is a.Number. It also returns the hashes of L1's blocks from the fork
// to a.
func (d *driver) forkOf(ctx context.Context, a *app.Anchor, m app.Meta) (uint64, map[uint64]common.Hash, map[uint64]*protocol.ProposeCall, error) {
	fork := a.Number
	l1Blocks := map[uint64]common.Hash{a.Number: a.Hash}
	var below map[uint64]*protocol.ProposeCall
	maxOrphaned := app.MaxOrphaned(d.rollup.EpochDuration)
	for d.blockHash != nil && fork > 0 {
		n := fork - 1
		var l1 common.Hash
		var err error
		if below == nil {
			l1, err = d.blockHash(ctx, n)
		}
		if below != nil || err != nil {
			// Below L1's ring (or a failed read): the parent hash of L1's block n+1.
			if d.proposeCalls == nil {
				return 0, nil, nil, err
			}
			if len(below) >= app.MaxReplacedHeaders-linkMargin {
				return 0, nil, nil, fmt.Errorf("L1's chain leaves the pending chain more than %d blocks below L1's ring", len(below))
			}
			c, cerr := d.belowRingCall(ctx, n+1, l1Blocks[n+1])
			if cerr != nil {
				return 0, nil, nil, fmt.Errorf("read L1's block %d (%v), then its successor's propose transaction: %w", n, err, cerr)
			}
			if below == nil {
				below = map[uint64]*protocol.ProposeCall{}
			}
			below[n+1], l1 = c, c.Header.ParentHash
		}
		if h, ok, err := d.app.PendingHash(n); err != nil {
			return 0, nil, nil, err
		} else if ok && h == l1 {
			break
		}
		if m.TipNumber >= n && m.TipNumber-n+1 >= maxOrphaned {
			return 0, nil, nil, fmt.Errorf("L1's chain leaves the pending chain %d blocks or more below its tip %d", maxOrphaned, m.TipNumber)
		}
		fork, l1Blocks[n] = n, l1
	}
	return fork, l1Blocks, below, nil
}

// belowRingCall is the propose call of L1's block n with header hash h (below L1's ring): kept
// from an earlier slot's try, or read.
func (d *driver) belowRingCall(ctx context.Context, n uint64, h common.Hash) (*protocol.ProposeCall, error) {
	d.mu.RLock()
	c := d.belowRing[h]
	d.mu.RUnlock()
	if c != nil {
		return c, nil
	}
	calls, err := d.proposeCalls(ctx, map[uint64]common.Hash{n: h})
	if err != nil {
		return nil, err
	}
	if c = calls[n]; c == nil || protocol.HeaderHash(c.Header) != h {
		return nil, fmt.Errorf("the propose transaction of L1's block %d %s was not found", n, h)
	}
	d.mu.Lock()
	if d.belowRing == nil || len(d.belowRing) >= 2*app.MaxReplacedHeaders {
		d.belowRing = map[common.Hash]*protocol.ProposeCall{}
	}
	d.belowRing[h] = c
	d.mu.Unlock()
	return c, nil
}

// maxSealsAhead bounds how far slotBlock walks back from the pending tip: the chain takes a seal
// for a slot at most two past the current one by its validators' clocks (app's freshness rule),
// in increasing slots, and this node's L1 head may lag their clocks by up to a slot.
const maxSealsAhead = 3

// slotBlock is the pending chain's block of slot, walking back from tip past the blocks of later
// slots; nil when the chain has none. The next slot's proposer seals ahead of its slot, and its
// seal may be committed before this node's driver sees its slot's first L1 block (under load,
// 80 ms into the slot where the head came 146 ms in): the block to publish is then the tip's
// parent. Publishing only the tip left such a block unpublished, its child could not land
// either, and the chain missed slots in a row (the load curve's 2x window, docs/performance.md).
func (d *driver) slotBlock(tip common.Hash, slot uint64) *app.Block {
	h := tip
	for range maxSealsAhead + 1 {
		b, err := d.app.BlockByHash(h)
		switch {
		case err != nil || b.Header.Slot < slot:
			return nil
		case b.Header.Slot == slot:
			return b
		}
		h = b.Header.ParentHash
	}
	return nil
}

// tryPublish sends the pending block of the current L1 slot to the rollup with its
// attestations: the slot's proposer at once, any other committee member once the rollup's
// proposer timeout has passed in the slot.
func (d *driver) tryPublish(ctx context.Context) {
	l1, ok := d.l1Tips()
	if !ok || testbreak.On("publish") {
		return
	}
	cur := d.rollup.SlotAt(l1.Head.Time)
	m := d.app.Meta()
	if !m.Started || m.TipSlot < cur || l1.Assured.Slot >= cur {
		return
	}
	b := d.slotBlock(m.TipHash, cur)
	if b == nil || b.Header.ParentHash != l1.Assured.Hash {
		return
	}
	c, err := d.app.Committee(cur / d.rollup.EpochDuration)
	if err != nil || c.IndexOf(d.signer.Address()) < 0 {
		return
	}
	p, _ := c.Proposer(cur)
	proposer := p == d.signer.Address()
	if !proposer && l1.Head.Time < d.rollup.SlotStart(cur)+d.rollup.Params.ProposerTimeout {
		return
	}
	id := fmt.Sprintf("propose/%d/%s", b.Header.Number, b.Hash)
	d.mu.RLock()
	busy := d.inflight[id] || time.Now().Before(d.retryAt[id])
	d.mu.RUnlock()
	if busy {
		return // only this loop starts publishes: nothing else can start this one meanwhile
	}
	// Only the slot's proposer is counted late: with two L1 blocks a slot, every member's
	// fallback comes at the slot's last block (docs/node.md), and would be counted N-1 times.
	if d.landsAfterSlot(l1.Head, cur) {
		// L1's head is the slot's last block: a propose sent now lands in the next slot, where
		// the rollup reverts it (Rollup__WrongSlot) after the proposer paid its gas.
		d.tooLate(id, b, proposer, "L1's head is the slot's last block")
		return
	}
	if due, ok := d.dueBy(l1.Head, cur); ok && time.Now().After(due) {
		d.tooLate(id, b, proposer, "the slot's last L1 block is due already")
		return
	}
	if !d.sidecarInTime(b, cur) {
		return // its blob proofs would be ready after the slot (blobs.go)
	}
	if d.votes != nil {
		// The attestations reach the pending chain with the next height; the vote extensions
		// of the commit that sealed the block hold them already, a height earlier. They are
		// added even when the chain holds a set: that set is whatever quorum the next height's
		// CometBFT proposer chose, and a byzantine one leaves out the slot's proposer, whose
		// attestation L1 requires until the proposer timeout (attestationsFor then puts it in).
		if atts, err := d.app.AttestationsOf(b, d.votes(b.Height)); err == nil {
			b.Attestations = append(atts, b.Attestations...)
		}
	}
	if len(b.Attestations) == 0 || (testbreak.On("quorum-all") && attesters(b.Attestations) < len(c.Members)) {
		return
	}
	d.mu.Lock()
	d.inflight[id] = true
	for k, at := range d.retryAt {
		if time.Since(at) > time.Minute {
			delete(d.retryAt, k)
		}
	}
	d.mu.Unlock()
	d.pubs.Go(func() {
		err := d.publish(ctx, id, b, proposer)
		d.mu.Lock()
		delete(d.inflight, id)
		if err == nil {
			d.confirmedLocked(id, b.Header.Number) // with inflight: no tryPublish sees neither
		} else {
			// A failed estimate uses no nonce: another member published first, or the slot
			// ended. Try again a second later while the slot lasts.
			d.retryAt[id] = time.Now().Add(time.Second)
		}
		d.mu.Unlock()
		if err != nil {
			d.events.WithLabelValues("propose_failed").Inc()
			d.log.Debug("propose not landed", "number", b.Header.Number, "slot", b.Header.Slot, "err", err)
			return
		}
		d.events.WithLabelValues("propose_confirmed").Inc()
		d.log.Info("block assured", "number", b.Header.Number, "slot", b.Header.Slot, "hash", b.Hash,
			"attestations", len(b.Attestations))
	})
}

func (d *driver) publish(ctx context.Context, id string, b *app.Block, proposer bool) error {
	raws, err := d.app.TxsData(b)
	if err != nil {
		return err
	}
	enc, err := d.attestationsFor(b)
	if err != nil {
		return err
	}
	to := d.rollupA
	c := txmgr.TxCandidate{ID: id, To: &to}
	if b.Blobs {
		// The data travels in blobs; txmgr builds them (and their KZG proofs) from it, unless
		// this node's sidecar comes with it. That is waited for until the send's deadline only.
		var deadline time.Time
		if l1, ok := d.l1Tips(); ok {
			deadline = d.sendBy(l1.Head, b.Header.Slot)
		}
		c.Data, c.BlobData = rollup.NewRollup().PackProposeWithBlobs(b.Header, enc), app.EncodeTxsData(raws)
		if c.BlobSidecar, err = d.sidecar(ctx, b, deadline); err != nil {
			if errors.Is(err, errSidecarLate) {
				d.tooLate(id, b, proposer, err.Error())
			}
			return fmt.Errorf("propose of slot %d: %w", b.Header.Slot, err)
		}
	} else {
		c.Data = rollup.NewRollup().PackPropose(b.Header, app.EncodeTxsData(raws), enc)
	}
	// Building the data or waiting for a blob sidecar can take until after the slot's last L1
	// block: checked again at the send, and by the transaction manager once more just before
	// it takes a nonce (NotAfter), after the estimate and the blob proofs.
	if l1, ok := d.l1Tips(); ok {
		if d.landsAfterSlot(l1.Head, b.Header.Slot) {
			d.tooLate(id, b, proposer, "L1's head is the slot's last block")
			return fmt.Errorf("propose of slot %d: L1's head %d is the slot's last block", b.Header.Slot, l1.Head.Number)
		}
		c.NotAfter = d.sendBy(l1.Head, b.Header.Slot)
	}
	d.events.WithLabelValues("propose_sent").Inc() // handed to the transaction manager
	_, err = d.txm.Send(ctx, c)
	if errors.Is(err, txmgr.ErrTooLate) {
		d.tooLate(id, b, proposer, err.Error())
	}
	return err
}

// MsgProposeTooLate is the log message of a propose not sent because its slot's last L1 block
// was due first (devnet measure counts it).
const MsgProposeTooLate = "propose not sent: too late for its slot's last L1 block"

// tooLate reports, once for each propose, that the slot's proposer did not send it in time for
// its slot: the slot's block goes unassured unless another member publishes it, which is worth an
// operator's look when it repeats (a machine too slow for the profile's slot). A member's
// fallback refused so is logged at debug level only.
func (d *driver) tooLate(id string, b *app.Block, proposer bool, why string) {
	d.mu.Lock()
	_, landed := d.published[id] // confirmed meanwhile, by a publish that outran the tips
	first := d.lateID != id && !landed
	d.lateID = id
	d.mu.Unlock()
	if !first {
		return
	}
	if !proposer {
		d.log.Debug("fallback propose not sent: too late for its slot's last L1 block", "number", b.Header.Number,
			"slot", b.Header.Slot, "why", why)
		return
	}
	d.events.WithLabelValues("propose_too_late").Inc()
	d.log.Warn(MsgProposeTooLate, "number", b.Header.Number, "slot", b.Header.Slot, "why", why)
}

// attestationsFor encodes what a propose of b carries: exactly a quorum of its attestations, each
// checked as L1 checks it, the slot's proposer's first (protocol.ChooseQuorum), so that one
// member's malleable or mis-signed attestation cannot revert the propose.
func (d *driver) attestationsFor(b *app.Block) ([]byte, error) {
	c, err := d.app.Committee(b.Header.Slot / d.rollup.EpochDuration)
	if err != nil {
		return nil, err
	}
	atts := make([]protocol.Attestation, 0, len(b.Attestations))
	for _, a := range b.Attestations {
		var sig [65]byte
		copy(sig[:], a.Signature)
		atts = append(atts, protocol.Attestation{Index: a.Index, Signature: sig})
	}
	proposer := protocol.ProposerIndex(c.Seed, b.Header.Slot, len(c.Members))
	chosen, err := protocol.ChooseQuorum(d.domain.AttestationDigest(b.Header), c.Members, atts, proposer)
	if err != nil {
		return nil, fmt.Errorf("attestations of block %d: %w", b.Header.Number, err)
	}
	return protocol.EncodeAttestations(chosen)
}

// hub fans tip changes out to the API's event streams.
type hub struct {
	mu   sync.Mutex
	subs map[chan Tips]struct{}
	last Tips
}

func newHub() *hub { return &hub{subs: map[chan Tips]struct{}{}} }

func (h *hub) publish(t Tips) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if t == h.last {
		return
	}
	h.last = t
	for c := range h.subs {
		select {
		case c <- t:
		default:
			// A slow reader: drop its oldest state so that the latest always gets through; it
			// misses intermediate states only.
			select {
			case <-c:
			default:
			}
			select {
			case c <- t:
			default:
			}
		}
	}
}

func (h *hub) subscribe() (chan Tips, func()) {
	c := make(chan Tips, 16)
	h.mu.Lock()
	h.subs[c] = struct{}{}
	h.mu.Unlock()
	return c, func() {
		h.mu.Lock()
		delete(h.subs, c)
		h.mu.Unlock()
	}
}

// attesters counts the distinct committee positions among atts (the commit's and the chain's sets
// overlap).
func attesters(atts []app.Attestation) int {
	seen := make(map[int]bool, len(atts))
	for _, a := range atts {
		seen[a.Index] = true
	}
	return len(seen)
}
