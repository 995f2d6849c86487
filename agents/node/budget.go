package node

import (
	"context"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sptn/sptn/agents/internal/protocol"
)

// The proposer's time budget (issue 16): a seal is worth making only if its block can be
// committed, attested and published inside its slot, on the machine this node runs on. A
// bigger block costs more at every step: the proposer commits to and proves each blob as it
// seals (about 0.1-0.2 s of CPU a blob here, in its seals KZG worker), builds the L1 sidecar's cell proofs (about 0.6 s a
// blob), and every member executes each transaction. Sealing whatever the pool holds made the
// blocks too big to publish in time under load, each missed slot put its transactions back in
// the pool, the next block was bigger still, and the chain stopped carrying transactions.
// The budget sizes each seal from costs measured on this node (the medians of recent samples,
// type recent) and the time left before the slot's publishing deadline; the rest stays queued
// for the next slots. A block (any proposer's) that still misses its slot halves the blobs
// allowed, and every few blocks in a row that make theirs allow one more (additive increase,
// multiplicative decrease), so that
// the model's errors cannot stop the chain either.

// ewma is an exponentially weighted moving average; the zero value has no sample yet.
type ewma struct {
	v   float64
	set bool
}

// ewmaWeight is the weight of a new sample: about the last five seals count.
const ewmaWeight = 0.3

func (e *ewma) observe(x float64) {
	if !e.set {
		e.v, e.set = x, true
		return
	}
	e.v += ewmaWeight * (x - e.v)
}

func (e *ewma) or(def float64) float64 {
	if !e.set {
		return def
	}
	return e.v
}

// recent is a cost measured on this node: the latest samples, each with the count of seals
// made when it was taken. Its estimate is their median, which a minority of slow samples cannot
// move (a stopped validator's CometBFT turn, or a byzantine one withholding its proposal or
// leaving the seal out, delays the commits of the heights it proposes, a third of them at
// most), over the samples of the last sampleAge seals only: a cost that made the seals too
// small to measure it again (the cost per transaction needs seals of many transactions, the
// KZG costs seals with blobs) returns to its prior and is measured afresh, instead of holding
// the seals small for good.
type recent struct {
	v  []float64
	at []uint64
}

const (
	// sampleKeep is how many samples of each cost are kept: the median holds while fewer than
	// five of nine are slow.
	sampleKeep = 9
	// sampleAge is how many seals later a sample is forgotten.
	sampleAge = 16
)

// high is this node's own CPU work (a KZG cost) as a seal of two blobs or more weighs it: the
// median of the samples of the last sampleAge seals before seal, or the latest of them if that is
// higher, times spread; def, a prior, as it is with none. A machine that just got loaded is
// believed at once: the first blocks of an overload were sized from the idle samples and missed
// their slots one after the other while the median took five slow samples to move (issue 16); a
// single slow sample (a GC pause) costs one seal a blob. A seal of one blob weighs the median
// alone (or): its alternative is a calldata-sized block, which measures no KZG work, and one
// slow sample, believed there, held a node's seals at calldata size for its next sampleAge
// seals (review r71).
func (r *recent) high(seal uint64, def, spread float64) float64 {
	m, ok := r.median(seal)
	if !ok {
		return def
	}
	if n := len(r.v); r.at[n-1]+sampleAge > seal {
		m = max(m, r.v[n-1])
	}
	return m * spread
}

// weighed is the cost as the seal budget weighs it: for a seal of one blob, the median (or);
// for a bigger one, high with spread.
func (r *recent) weighed(seal uint64, def, spread float64, one bool) float64 {
	if one {
		return r.or(seal, def)
	}
	return r.high(seal, def, spread)
}

func (r *recent) observe(x float64, seal uint64) {
	if len(r.v) >= sampleKeep {
		r.v, r.at = r.v[1:], r.at[1:]
	}
	r.v, r.at = append(r.v, x), append(r.at, seal)
}

// or is the median of the samples of the last sampleAge seals before seal, def with none.
func (r *recent) or(seal uint64, def float64) float64 {
	if m, ok := r.median(seal); ok {
		return m
	}
	return def
}

// median is the median of the samples of the last sampleAge seals before seal; false with none.
func (r *recent) median(seal uint64) (float64, bool) {
	var xs []float64
	for i, x := range r.v {
		if r.at[i]+sampleAge > seal {
			xs = append(xs, x)
		}
	}
	if len(xs) == 0 {
		return 0, false
	}
	slices.Sort(xs)
	if n := len(xs); n%2 == 0 {
		return (xs[n/2-1] + xs[n/2]) / 2, true
	}
	return xs[len(xs)/2], true
}

// Priors, until this node has measured its own: this machine class (2 cores, Go KZG), loaded,
// with room for the spread (not spread again): two blobs a seal until this node measures its
// own (the bench's proposers measured 0.1 s and 0.3-0.37 s under 3,000/s offered, 25996f2).
const (
	priorKZGPerBlob  = 0.25 // s: commitment and blob proof, at seal
	priorCellPerBlob = 0.6  // s: cell proofs of the version-1 sidecar
	priorCommitBase  = 0.7  // s: seal sent to seal committed, for a small block
	priorCommitPerTx = 50e-6
	priorTxBytes     = 4 + 200
)

// budgetMargin is kept free before the deadline: the L1 send itself and the noise of a shared
// machine.
const budgetMargin = 250 * time.Millisecond

// kzgSpread scales the estimates of a seal's KZG work (its proofs and its sidecar's cell proofs,
// this node's own CPU work) when seals of two or more blobs are sized: on a loaded machine that
// work runs well over or under its median from one seal to the next. At 3,000/s offered
// (docs/performance.md, budget-spread) 14 of 15 blob seals had their propose go out 0.75 to
// 1.31 times the estimate of what follows the seal's proofs after the seal was sent, and both of
// the run's misses were four-blob seals whose sidecars ran over: a fixed margin does not cover an
// error that grows with the blobs. A slot that carries a blob less costs a blob; a miss costs two
// slots and halves the blobs for a while. One blob is weighed at the medians (recent.high): the
// alternative is a calldata-sized block, forty times smaller.
const kzgSpread = 1.3

// sealBudget holds the measured costs and the feedback of the slots this node proposed.
type sealBudget struct {
	mu sync.Mutex
	// kzgPerBlob is the wall time per blob of committing to and proving a seal's blobs;
	// cellPerBlob of the L1 sidecar's proofs beyond those (0 for version-0 sidecars).
	kzgPerBlob, cellPerBlob recent
	// commitBase and commitPerTx model the time from sending a seal to seeing it committed:
	// base + perTx * transactions.
	commitBase, commitPerTx recent
	txBytes                 ewma // bytes of transaction data per transaction (4 + raw)
	// seals counts the seals sent, the age of the samples.
	seals uint64
	// spread is kzgSpread (tests set their own).
	spread float64
	// maxBlobs is the feedback cap: halved by a block that missed its slot, one more after
	// increaseAfter blocks in a row that made theirs (inTime counts them). This node's own miss
	// at one blob whose sidecar was late takes it to none, calldata-sized seals (outcome; with
	// node.da auto): the costs' model sizes a seal from medians, and one blob that fits them may
	// still miss every time on a machine whose KZG work runs over its median (a cells median of
	// 1.6-1.85 s a blob at the default slot fits one blob at the medians, not at 1.3 times them).
	// With a floor of one blob, that node missed each of its slots with nothing to change it
	// (review r72); now such misses, as lateSidecar tells them, are at most one of its own
	// seals in increaseAfter+1.
	maxBlobs int
	inTime   int
	// everyBlob: every block this node seals carries blobs, however small (node.da blobs), so a
	// calldata-sized seal costs a blob's KZG work too.
	everyBlob bool
	// sent is the seal in flight whose commit is awaited (zero slot: none).
	sent sentMeasure
}

type sentMeasure struct {
	slot uint64
	txs  int
	at   time.Time
	// first is when this node first sent a seal of slot: a seal is built again each time the
	// pending tip moves before it is taken, and at (the last build) restarts the commit's cost.
	first time.Time
}

func newSealBudget() *sealBudget {
	return &sealBudget{maxBlobs: protocol.MaxBlobsPerTx, spread: kzgSpread}
}

// limit is the most bytes of transaction data a seal made now may carry, with avail the time
// left until its block must be published, and the most the chain takes (maxBytes, the blob
// limit when blobs are used). It is the largest number of blobs whose seal proofs, commit and
// sidecar fit avail, within the feedback cap; with no blob fitting, a calldata-sized block
// (calldataBytes) if that fits (with node.da blobs still a one-blob block, weighed as one), else
// an empty one, which still moves the pending chain. Without blobs (node.da calldata) only the
// calldata size is weighed.
func (b *sealBudget) limit(avail time.Duration, maxBytes, calldataBytes int, blobs bool) int {
	return b.limitAt(avail, maxBytes, calldataBytes, blobs, nil)
}

// sidecarRun is a sidecar being proven: its blobs, and how long its proofs have run.
type sidecarRun struct {
	blobs   int
	elapsed time.Duration
}

// limitAt is limit for a seal whose sidecar starts after the sidecars this node is proving,
// running (driver.sidecars): a proposer of two slots in a row seals the second while the first's
// cell proofs run.
func (b *sealBudget) limitAt(avail time.Duration, maxBytes, calldataBytes int, blobs bool, running []sidecarRun) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.limitLocked(b.maxBlobs, avail, maxBytes, calldataBytes, blobs, running)
}

// limitLocked is limitAt within a cap of maxBlobs blobs; b.mu is held.
func (b *sealBudget) limitLocked(maxBlobs int, avail time.Duration, maxBytes, calldataBytes int, blobs bool, running []sidecarRun) int {
	left := (avail - budgetMargin).Seconds()
	spread, one := b.costsLocked(running)
	cost := func(blobs, bytes int) float64 {
		c := spread
		if blobs <= 1 {
			c = one
		}
		return float64(blobs)*c.kzg + c.afterProofs(blobs, float64(bytes)/c.txBytes)
	}
	for n := min(maxBlobs, protocol.BlobsFor(maxBytes)); blobs && n >= 1; n-- {
		bytes := min(maxBytes, protocol.BlobCapacity(n))
		if cost(n, bytes) <= left {
			return bytes
		}
	}
	least := 0 // blobs of a calldata-sized seal
	if blobs && b.everyBlob {
		least = 1
	}
	if cost(least, calldataBytes) <= left {
		return min(calldataBytes, maxBytes)
	}
	return 0
}

// costs are the budget's estimates, in seconds: KZG at seal and the sidecar's cell proofs per
// blob, the commit's base and cost per transaction, bytes per transaction, and the wait before
// the seal's sidecar can start (the sidecars running).
type costs struct{ kzg, cell, base, perTx, txBytes, wait float64 }

// afterProofs is the time a seal of blobs blobs and txs transactions takes once its blobs are
// proven: the sidecar is built from them (after the wait) while consensus commits the seal, and
// the slower of the two decides.
func (c costs) afterProofs(blobs int, txs float64) float64 {
	commit := c.base + c.perTx*txs
	if blobs == 0 {
		return commit
	}
	return max(c.wait+float64(blobs)*c.cell, commit)
}

// left is what remains of a running sidecar at cell a blob: at least one blob's worth while it
// runs, however long past its estimate (an overdue sidecar is a slower machine, not a done one).
func (r sidecarRun) left(cell float64) float64 {
	return max(float64(r.blobs)*cell-r.elapsed.Seconds(), cell)
}

// costsLocked are the current estimates for a seal whose sidecar starts after the running ones
// (they share the cores: what remains of each adds up), as a seal of two blobs or more weighs
// its KZG costs (spread: high) and as a seal of one blob does (one: their medians). The commit's
// are medians in both: kept from slow samples on purpose, and not this node's own work alone.
// b.mu is held.
func (b *sealBudget) costsLocked(running []sidecarRun) (spread, one costs) {
	c := costs{
		base:    b.commitBase.or(b.seals, priorCommitBase),
		perTx:   b.commitPerTx.or(b.seals, priorCommitPerTx),
		txBytes: b.txBytes.or(priorTxBytes),
	}
	spread, one = c, c
	spread.kzg, one.kzg = b.kzgPerBlob.weighed(b.seals, priorKZGPerBlob, b.spread, false), b.kzgPerBlob.weighed(b.seals, priorKZGPerBlob, b.spread, true)
	spread.cell, one.cell = b.cellPerBlob.weighed(b.seals, priorCellPerBlob, b.spread, false), b.cellPerBlob.weighed(b.seals, priorCellPerBlob, b.spread, true)
	for _, r := range running {
		spread.wait += r.left(spread.cell)
		one.wait += r.left(one.cell)
	}
	return spread, one
}

// proved records the wall time of committing to and proving a seal's blobs.
func (b *sealBudget) proved(blobs int, took time.Duration) {
	if blobs <= 0 {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.kzgPerBlob.observe(took.Seconds()/float64(blobs), b.seals)
}

// sidecarBuilt records the wall time of a sidecar's proofs beyond the seal's own.
func (b *sealBudget) sidecarBuilt(blobs int, took time.Duration) {
	if blobs <= 0 {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.cellPerBlob.observe(took.Seconds()/float64(blobs), b.seals)
}

// cellCost is the wall time per blob of the cell proofs of a sidecar of blobs blobs, as the seal
// budget weighs it.
func (b *sealBudget) cellCost(blobs int) float64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.cellPerBlob.weighed(b.seals, priorCellPerBlob, b.spread, blobs <= 1)
}

// sealSent starts the measure of a seal's commit time.
func (b *sealBudget) sealSent(slot uint64, txs, bytes int, at time.Time) {
	b.mu.Lock()
	defer b.mu.Unlock()
	first := at
	if b.sent.slot == slot && !b.sent.first.IsZero() {
		first = b.sent.first
	}
	b.sent = sentMeasure{slot: slot, txs: txs, at: at, first: first}
	b.seals++
	if txs > 0 {
		b.txBytes.observe(float64(bytes) / float64(txs))
	}
}

// committed ends the measure when the pending tip is the slot's block. It returns when this node
// first sent a seal of slot (ok false when no seal of slot was in flight); the budget itself
// learns from the last seal sent, the one the block was built as.
func (b *sealBudget) committed(slot uint64, at time.Time) (firstSent time.Time, ok bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	s := b.sent
	if s.slot == 0 || s.slot != slot {
		return time.Time{}, false
	}
	b.sent = sentMeasure{}
	took := at.Sub(s.at)
	const small = 50 // transactions: the block's own cost is noise
	if s.txs < small {
		b.commitBase.observe(took.Seconds(), b.seals)
		return s.first, true
	}
	base := b.commitBase.or(b.seals, priorCommitBase)
	b.commitPerTx.observe(max(0, took.Seconds()-base)/float64(s.txs), b.seals)
	return s.first, true
}

// increaseAfter is how many blocks in a row must make their slots before one more blob is
// allowed: a miss costs far more (its transactions go back to the pool and admission closes
// until they are sealed again) than a slot carrying a blob less.
const increaseAfter = 4

// outcome is the feedback of a block: whether L1 assured it in its slot, whether it was this
// node's own, and whether (its own) it missed because its KZG work ran over (lateSidecar). A miss
// halves the blobs allowed. Only this node's own block whose sidecar was late, at one blob, takes
// them to none (calldata-sized seals), and from none only its own blocks in time bring one back:
//   - others' misses (counted once corroborated, which f byzantine members withholding their blocks
//     and one honest miss are enough for) leave every node one blob, and leave a node at none as it
//     is, its run in time included;
//   - its own block that missed for another reason (a commit held up by a byzantine CometBFT
//     proposer, a failed send) says nothing of its KZG work, and leaves one blob too (review r74);
//   - others' blocks in time say nothing of whether this node's one blob fits (review r73).
//
// With node.da=blobs every block carries a blob whatever its size, so none is not a choice there:
// one is the floor.
func (b *sealBudget) outcome(inTime, own, sidecarLate bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.maxBlobs == 0 && !own {
		return
	}
	if !inTime {
		floor := 1
		if own && sidecarLate && !b.everyBlob {
			floor = 0
		}
		b.maxBlobs, b.inTime = min(b.maxBlobs, max(floor, b.maxBlobs/2)), 0
		return
	}
	if b.inTime++; b.inTime >= increaseAfter {
		b.maxBlobs, b.inTime = min(b.maxBlobs+1, protocol.MaxBlobsPerTx), 0
	}
}

// perSlot is how many transactions a seal made at the usual time (avail before the deadline)
// carries at most: the chain's capacity per slot as this node measures it, for admission.
//
// It counts at least one blob whatever this node's own cap: a node whose own one-blob seals missed
// (maxBlobs none) seals calldata-sized blocks itself, but the chain's other proposers carry on,
// and its API would otherwise refuse users at the floor of 200 for as long as it stays there
// (review r74).
func (b *sealBudget) perSlot(avail time.Duration, maxBytes, calldataBytes int, blobs bool) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	bytes := b.limitLocked(max(1, b.maxBlobs), avail, maxBytes, calldataBytes, blobs, nil)
	return int(float64(bytes) / b.txBytes.or(priorTxBytes))
}

// ---- the driver's side ---------------------------------------------------------------------

// publishLead is what the publishing itself takes before the propose is in L1's mempool: the
// publisher's next L1 poll, the gas estimate and the send, on a loaded machine.
const publishLead = 300 * time.Millisecond

// publishDeadline is the L1 time by which a block of slot must be committed with its sidecar
// ready: publishLead before the middle of the slot, which leaves its last L1 block (of two, on
// the default 2 s slot of 1 s L1 blocks; of many on a longer slot) to include the propose.
func (d *driver) publishDeadline(slot uint64) time.Time {
	start := time.Unix(int64(d.rollup.SlotStart(slot)), 0)
	return start.Add(time.Duration(d.rollup.SlotDuration)*time.Second/2 - publishLead)
}

// sealBytes is the most transaction data the seal of slot made now may carry: the chain's limit
// for this node's DA, cut to what the budget says fits before the slot's deadline, its sidecar
// after the ones this node is proving.
func (d *driver) sealBytes(slot uint64, maxBytes, maxCalldata int) int {
	blobs := d.set.DA != DACalldata
	var running []sidecarRun
	if blobs {
		running = d.sidecars()
	}
	calldata := maxCalldata
	if d.set.DA == DAAuto {
		calldata = min(calldata, AutoBlobThreshold) // above it, auto goes to blobs
	}
	if !blobs {
		maxBytes = maxCalldata
	}
	return d.budget.limitAt(d.publishDeadline(slot).Sub(d.clk.Now()), maxBytes, calldata, blobs, running)
}

// capacity is how many transactions one slot's block carries at most, as this node measures
// its costs: a seal made seal-lead before its slot.
func (d *driver) capacity(maxBytes, maxCalldata int) int {
	avail := d.set.SealLead + time.Duration(d.rollup.SlotDuration)*time.Second/2 - publishLead
	blobs := d.set.DA != DACalldata
	calldata := maxCalldata
	if d.set.DA == DAAuto {
		calldata = min(calldata, AutoBlobThreshold)
	}
	if !blobs {
		maxBytes = maxCalldata
	}
	return d.budget.perSlot(avail, maxBytes, calldata, blobs)
}

// watched is a pending block whose fate on L1 is awaited: every block, whoever sealed it, so
// that all the committee's proposers learn at once that blocks are missing their slots.
type watched struct {
	slot, number uint64
	proposer     common.Address
	hash, parent [32]byte
	// key names its blob work (txsKey of its transactions), zero for a block without blobs.
	key common.Hash
}

// watchSealed starts following the block of slot, on parent, once committed (the latest few);
// key is its blob work's (zero without blobs).
func (d *driver) watchSealed(slot, number uint64, proposer common.Address, hash, parent [32]byte, key common.Hash) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.awaiting = append(d.awaiting, watched{slot: slot, number: number, proposer: proposer, hash: hash, parent: parent, key: key})
	if len(d.awaiting) > maxAwaiting {
		d.awaiting = d.awaiting[len(d.awaiting)-maxAwaiting:]
	}
}

// maxAwaiting bounds the blocks awaiting L1's verdict: a few slots' worth.
const maxAwaiting = 8

// missMemory is how many slots another proposer's miss is remembered, waiting for misses of
// others to corroborate it.
const missMemory = 32

// judge tells the budget whether each awaited block was assured in its slot, once L1 says: it
// is L1's assured tip (or below a later one), or its slot is over without it.
//
// Only this node's own misses count at once. Another proposer's block may miss because that
// proposer withheld it (byzantine) or could not pay for the propose: a miss of its own that
// halved everyone's blobs would let one member hold the whole committee to one blob a slot. So
// the others' misses count once more than a third of the committee's proposers (f+1 of 3f+1,
// at least one of them honest) missed within missMemory slots.
//
// A block whose parent L1 did not hold when its slot ended (L1's assured tip neither its parent
// nor a block at its number or above) could not land whatever its size (the block sealed on a
// missed one, before that one's slot was over): its miss is the parent's, and counts for nothing. Before, one block too big for its slot made two misses, which halved
// the blobs twice on its proposer and, two proposers having missed, on every node: a quarter of
// the capacity, so that admission stayed closed while the returned transactions drained at a
// quarter of the pace (issue 16).
func (d *driver) judge(t L1Tips) {
	if t.Head == nil {
		return
	}
	d.logSlot(t)
	cur := d.rollup.SlotAt(t.Head.Time)
	var verdicts []watched
	var inTime []bool
	d.mu.Lock()
	keep := d.awaiting[:0]
	for _, w := range d.awaiting {
		ok := t.Assured.Hash == w.hash || (t.Assured.Number > w.number && t.Assured.Slot > w.slot)
		if !ok && cur <= w.slot {
			keep = append(keep, w)
			continue
		}
		verdicts, inTime = append(verdicts, w), append(inTime, ok)
	}
	d.awaiting = keep
	d.mu.Unlock()
	var me common.Address
	if d.signer != nil {
		me = d.signer.Address()
	}
	for i, w := range verdicts {
		own := w.proposer == me
		if inTime[i] {
			d.budget.outcome(true, own, false)
			continue
		}
		d.events.WithLabelValues("block_missed_slot").Inc()
		if t.Assured.Hash != w.parent && t.Assured.Number < w.number {
			d.log.Debug("a block was not assured in its slot: its parent was not on L1, no measure of its size",
				"slot", w.slot, "number", w.number, "proposer", w.proposer)
			continue
		}
		if own || d.corroborated(w) {
			d.budget.outcome(false, own, own && d.lateSidecar(w))
			d.log.Warn("a block was not assured in its slot: fewer blobs per seal for a while", "slot", w.slot, "number", w.number,
				"proposer", w.proposer)
			continue
		}
		d.log.Info("another proposer's block was not assured in its slot; no other miss to confirm that blocks are too big",
			"slot", w.slot, "number", w.number, "proposer", w.proposer)
	}
}

// corroborated records w, another proposer's missed block, and reports whether more than a
// third of its committee's proposers missed within missMemory slots; the misses are then
// forgotten (one set of them halves the blobs once).
func (d *driver) corroborated(w watched) bool {
	n := 1
	if d.rollup.EpochDuration > 0 {
		if c, err := d.app.Committee(w.slot / d.rollup.EpochDuration); err == nil && c != nil && len(c.Members) > 0 {
			n = len(c.Members)
		}
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.missedBy == nil {
		d.missedBy = map[common.Address]uint64{}
	}
	d.missedBy[w.proposer] = max(d.missedBy[w.proposer], w.slot)
	for p, s := range d.missedBy {
		if s+missMemory < w.slot {
			delete(d.missedBy, p)
		}
	}
	if len(d.missedBy) <= (n-1)/3 {
		return false
	}
	clear(d.missedBy)
	return true
}

// Admission follows the capacity (issue 16): new user transactions are refused once the backlog
// (what the next proposer takes of the pool, and CometBFT's mempool) holds what the chain seals
// in admissionSlots slots, as this node measures its seals' costs, so that what is admitted
// reaches the pending chain in the next seal instead of queueing for the length of the overload.
// Under overload what is admitted arrives as soon as a seal frees room, and waits for the next
// seal, or for the one after it when the backlog holds more than a seal: a slot and a half
// (before 16a2614) put pending p50 at 3.61-5.48 s at 3,000/s offered, one slot at 3.36-3.61 s.
// The price is rate: more refusals when the offered load is near capacity, and seals short for a
// proposer that can carry more than this node measures (docs/performance.md, `admission-slots`).
// node.admission-slots sets another number.
const (
	admissionSlots = 1.0
	// minQueueBound keeps admission open to a few hundred transactions whatever the measure.
	minQueueBound = 200
)

// queueBound is the backlog at which this node refuses new user transactions.
func (d *driver) queueBound() int {
	p := d.app.Params()
	c := d.capacity(p.MaxBlockBytes(d.set.DA != DACalldata), p.MaxCalldataBlockBytes)
	slots := admissionSlots
	if d.set.AdmissionSlots > 0 { // node.admission-slots (checked: 0.5 to 8); tests that set none keep the default
		slots = d.set.AdmissionSlots
	}
	return max(minQueueBound, int(slots*float64(c)))
}

// overloaded reports whether a backlog of this many transactions is past the bound.
func (d *driver) overloaded(backlog int) bool { return backlog >= d.queueBound() }

// busyWith reports whether new user transactions are refused for load, with inMempool
// transactions in CometBFT's mempool: the queued transactions the next proposer takes
// (app.LastBacklog: the last read of the pool, never waited for) and those past the bound. A
// pool that cannot be read refuses nothing here (the mempool's bound and the pool's MaxQueued
// still hold).
func (d *driver) busyWith(inMempool int) bool {
	bound := d.queueBound()
	n, err := d.app.LastBacklog(bound)
	doomed := d.doomedTxs()
	busy := inMempool >= bound
	if err == nil {
		busy = n+doomed+inMempool >= bound
	}
	d.admission.Store(&admissionState{mempool: inMempool, backlog: n, doomed: doomed, bound: bound, busy: busy})
	return busy
}

// doomed is what the pending chain holds that can no longer reach L1, for admission: the
// transactions of the blocks from the first one above L1's assured tip whose slot is over (each
// later one is sealed on it) up to the pending tip, as of tip (and of L1's assured tip and slot,
// at). They go back to the pool when the next seal re-anchors; counted only from then, they let
// admission take a full bound more right after a miss, and then keep it closed while
// everything drained (issue 16).
type doomed struct {
	tip, at common.Hash
	slot    uint64
	txs     int
}

// maxDoomedWalk bounds the pending blocks weighDoomed reads.
const maxDoomedWalk = 8

// weighDoomed counts, with L1's tips t, the transactions of the pending blocks that cannot land
// (doomed). It reads the block above L1's assured tip, and the ones after it only when that one
// missed its slot: every L1 poll, not on the submissions' path.
func (d *driver) weighDoomed(t L1Tips) {
	if t.Head == nil {
		return
	}
	m := d.app.Meta()
	cur := d.rollup.SlotAt(t.Head.Time)
	if last := d.doomed.Load(); last != nil && last.tip == m.TipHash && last.at == t.Assured.Hash && last.slot == cur {
		return
	}
	n := 0
	for num := t.Assured.Number + 1; m.Started && num <= m.TipNumber && num <= t.Assured.Number+maxDoomedWalk; num++ {
		b, err := d.app.BlockByNumber(num)
		if err != nil || (num == t.Assured.Number+1 && b.Header.Slot >= cur) {
			break // this block, and so every later one, may still land
		}
		n += len(b.Txs)
	}
	d.doomed.Store(&doomed{tip: m.TipHash, at: t.Assured.Hash, slot: cur, txs: n})
}

// doomedTxs is the last count of weighDoomed while the pending tip it was made for is the tip
// (a new tip is a re-anchoring seal that returned them to the pool, or a block on top that the
// next poll counts).
func (d *driver) doomedTxs() int {
	if last := d.doomed.Load(); last != nil && last.tip == d.app.Meta().TipHash {
		return last.txs
	}
	return 0
}

// admissionState is the last admission verdict, for the slot log.
type admissionState struct {
	mempool, backlog, doomed, bound int
	busy                            bool
}

// logSlot writes, once a slot at debug level, what decides the chain's pace under load: the
// pending tip, the pool, the last admission verdict and the budget's state (its KZG costs as it
// weighs a seal of two blobs or more, with the spread, and their medians, what one blob weighs).
func (d *driver) logSlot(t L1Tips) {
	if t.Head == nil || !d.log.Enabled(context.Background(), slog.LevelDebug) {
		return
	}
	cur := d.rollup.SlotAt(t.Head.Time)
	if cur == d.loggedSlot {
		return
	}
	d.loggedSlot = cur
	m := d.app.Meta()
	a := d.admission.Load()
	if a == nil {
		a = &admissionState{}
	}
	b := d.budget
	b.mu.Lock()
	c, one := b.costsLocked(nil)
	maxBlobs, spread := b.maxBlobs, b.spread
	b.mu.Unlock()
	d.log.Debug("slot", "slot", cur, "tip_slot", m.TipSlot, "tip", m.TipNumber, "assured", t.Assured.Number,
		"assured_slot", t.Assured.Slot, "queued", m.Queued, "mempool", a.mempool, "backlog", a.backlog, "doomed", a.doomed, "bound", a.bound,
		"busy", a.busy, "max_blobs", maxBlobs, "kzg", c.kzg, "cell", c.cell, "kzg_median", one.kzg, "cell_median", one.cell, "spread", spread, "commit_base", c.base, "commit_per_tx", c.perTx)
}
