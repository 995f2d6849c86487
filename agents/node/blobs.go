package node

import (
	"context"
	"errors"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/node/app"
)

// blobWork is the KZG work of one of this node's blob blocks. The blobs, their commitments and
// blob proofs are computed as the block is sealed (the proofs go in the seal); the L1 sidecar is
// made from them: at once for version 0 (the blob proofs are its proofs), and in the background
// for version 1, whose cell proofs cost about 0.35 s of CPU a blob (done is closed when sc or
// err is set; started tells whether that work has begun).
type blobWork struct {
	blobs   []kzg4844.Blob
	proofs  []protocol.BlobProof
	started bool
	// startedAt is when its sidecar's proofs began, after the cell-proof context loaded (zero
	// until then); d.mu guards it.
	startedAt time.Time
	done      chan struct{}
	sc        *types.BlobTxSidecar
	err       error
	// What judge tells by whether a miss of this node's own was its KZG work running over
	// (lateSidecar); d.mu guards them. slot is the slot of this node's seal whose sidecar this is
	// (startSidecar; zero for another's block, a restart's, or an earlier seal of the slot);
	// estimate is what the seal budget weighed its cell proofs at when they started, gen the
	// sidecars started then (driver.sidecarStarts), aloneAtStart whether none other ran, and
	// failures the cells worker's failures; doneAt is when it was built (L1 time), took what its
	// proofs took, and alone whether it was proven alone and measured (its worker did not fail).
	slot                uint64
	seq                 uint64 // its order among the works kept (keep)
	estimate, took      time.Duration
	gen, failures       uint64
	aloneAtStart, alone bool
	doneAt              time.Time
}

// blobWorkKept is how many blocks' KZG work a node keeps: its last few seals'.
const blobWorkKept = 4

// txsKey names a block's transaction list: its KZG work is keyed by it, since the list is known
// when the block is sealed, before its header (and hash) exists.
func txsKey(txs []common.Hash) common.Hash {
	buf := make([]byte, 0, 32*len(txs))
	for _, h := range txs {
		buf = append(buf, h[:]...)
	}
	return crypto.Keccak256Hash(buf)
}

// proveBlobs returns the commitments and blob proofs of a blob block with these transactions,
// computing them the first time (in the seals KZG worker, node.kzg-process), how long the KZG
// work itself took (0 when they were kept from an earlier build of the same list; the read of the
// transactions is not counted: it grows with their number, not with the machine's speed), and
// whether that time is a sample of what a seal's proofs cost: not when they were kept, nor when
// the seals worker failed meanwhile (the time then holds the failure, up to its timeout). Its
// sidecar is started by startSidecar once the proposer sends the seal.
func (d *driver) proveBlobs(txs []common.Hash) (proofs []protocol.BlobProof, took time.Duration, sample bool, err error) {
	key := txsKey(txs)
	d.mu.RLock()
	w := d.blobWork[key]
	d.mu.RUnlock()
	if w != nil {
		return w.proofs, 0, false, nil
	}
	raws, err := d.app.TxsData(&app.Block{Txs: txs})
	if err != nil {
		return nil, 0, false, err
	}
	data := app.EncodeTxsData(raws)
	var prove protocol.BlobProver
	if d.sealKZG != nil {
		prove = d.sealKZG.BlobProof
	}
	failures := d.sealKZG.Failures()
	start := time.Now()
	blobs, proofs, err := protocol.ProveBlobDataWith(data, prove)
	if err != nil {
		return nil, 0, false, err
	}
	took = max(time.Since(start), time.Nanosecond)
	sample = d.sealKZG.Failures() == failures
	w = d.keep(key, &blobWork{blobs: blobs, proofs: proofs, done: make(chan struct{})}, false)
	return w.proofs, took, sample, nil
}

// startSidecar starts the sidecar of the blob block with these transactions, proven by
// proveBlobs, as its seal of slot is sent. While another sidecar is being proven it is queued
// instead and started as soon as that one is built (startQueued): two sidecars at once would share
// the cores and make the earlier block, whose slot comes first, late too. Only the latest seal
// sent is queued: a seal built again on a new tip replaces it.
func (d *driver) startSidecar(txs []common.Hash, slot uint64) {
	d.mu.Lock()
	defer d.mu.Unlock()
	key := txsKey(txs)
	w := d.blobWork[key]
	if w != nil {
		for _, o := range d.blobWork { // a seal of slot built again: the latest is the slot's
			if o.slot == slot {
				o.slot = 0
			}
		}
		w.slot = slot
		if d.budget != nil && !w.started { // what the seal was sized with (lateSidecar)
			n := len(w.blobs)
			w.estimate = time.Duration(float64(n) * d.budget.cellCost(n) * float64(time.Second))
		}
	}
	switch {
	case w == nil:
	case d.provingLocked():
		d.queued, d.queuedSlot = key, slot
	default:
		d.startLocked(w)
		d.queued = common.Hash{} // an older seal's, queued before: superseded
	}
}

// startQueued starts the queued sidecar (startSidecar) once no other is being proven, unless its
// slot is over: its block can no longer land, and the CPU would be taken from the next seal.
func (d *driver) startQueued() {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.queued == (common.Hash{}) || d.provingLocked() {
		return
	}
	over := d.clk != nil && d.rollup != nil && uint64(d.clk.Now().Unix()) >= d.rollup.SlotStart(d.queuedSlot+1)
	if w := d.blobWork[d.queued]; w != nil && !over {
		d.startLocked(w)
	}
	d.queued = common.Hash{}
}

// stopSidecars drops the queued sidecar once the driver's loop and its publishes have ended:
// nothing seals or publishes after that, so no sidecar is queued or started again (one running
// finishes on its own).
func (d *driver) stopSidecars() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.queued = common.Hash{}
}

// sidecars are the sidecars this node is proving, which the sidecar of a seal made now would wait
// for: startSidecar starts one only when none runs (a fallback publish and a restart's blocks may
// start more).
func (d *driver) sidecars() []sidecarRun {
	if d.blobVersion == types.BlobSidecarVersion0 {
		return nil // built at once from the seal's proofs: nothing runs
	}
	now := time.Now()
	d.mu.RLock()
	defer d.mu.RUnlock()
	var running []sidecarRun
	for _, w := range d.blobWork {
		if !w.proving() {
			continue
		}
		r := sidecarRun{blobs: len(w.blobs)}
		if !w.startedAt.IsZero() {
			r.elapsed = now.Sub(w.startedAt)
		}
		running = append(running, r)
	}
	return running
}

// provingLocked reports whether a sidecar is being proven; d.mu is held.
func (d *driver) provingLocked() bool { return d.othersProvingLocked(nil) }

// proving reports whether w's sidecar is started and not built yet; d.mu is held.
func (w *blobWork) proving() bool { return w.started && !closed(w.done) }

// keep stores w as the KZG work of key, unless some is stored already (then that is returned),
// drops finished or unstarted work beyond the latest few, and with start starts the sidecar
// (without, startSidecar or workFor will).
func (d *driver) keep(key common.Hash, w *blobWork, start bool) *blobWork {
	d.mu.Lock()
	defer d.mu.Unlock()
	if old := d.blobWork[key]; old != nil {
		if start {
			d.startLocked(old)
		}
		return old
	}
	d.workSeq++
	w.seq = d.workSeq
	d.blobWork[key] = w
	// Keep the latest few: drop the oldest that is neither queued nor being proven. It used to be
	// any such, in the map's random order: the work of this node's block still to be published
	// could go, and prepareBlobs then proved its sidecar again beside the next one (review r76).
	for len(d.blobWork) > blobWorkKept {
		var oldest *blobWork
		var at common.Hash
		for k, o := range d.blobWork {
			if k != key && k != d.queued && !o.proving() && (oldest == nil || o.seq < oldest.seq) {
				oldest, at = o, k
			}
		}
		if oldest == nil {
			break
		}
		delete(d.blobWork, at)
	}
	if start {
		d.startLocked(w)
	}
	return w
}

func closed(c chan struct{}) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

// startLocked starts making w's sidecar, once; d.mu is held.
func (d *driver) startLocked(w *blobWork) {
	if w.started {
		return
	}
	w.started = true
	if d.blobVersion == types.BlobSidecarVersion0 {
		w.sc = protocol.BlobProofSidecar(w.blobs, w.proofs)
		w.doneAt = d.l1Now() // built at once from the seal's proofs: no work of its own (lateSidecar)
		close(w.done)
		if d.budget != nil {
			d.budget.sidecarBuilt(len(w.blobs), 0)
		}
		return
	}
	// A sidecar that shares the cores with another (another member's block published after its
	// proposer's timeout, when it fits behind this node's own; the blocks of a restart) is no
	// measure of what one costs: both run slower. Only one proven alone is a sample (review r72).
	d.sidecarStarts++
	w.gen, w.aloneAtStart, w.failures = d.sidecarStarts, !d.othersProvingLocked(w), d.kzg.Failures()
	go func() {
		defer d.startQueued() // after done is closed (deferred calls run last first)
		defer close(w.done)
		commits := make([]kzg4844.Commitment, len(w.proofs))
		for i, p := range w.proofs {
			commits[i] = p.Commitment
		}
		// The cell-proof context loads on this node's first blob seal (about 2 s of CPU, once),
		// not at start, where every member of a large committee paid for it; the load is not
		// a cost of these blobs, so the budget does not see it.
		d.warmCells()
		start := time.Now()
		d.mu.Lock()
		w.startedAt = start
		d.mu.Unlock()
		cells := localCellProofs
		if d.kzg != nil {
			cells = d.kzg.CellProofs
		}
		failures := d.kzg.Failures()
		w.sc, w.err = protocol.ProveBlobs(w.blobs, commits, d.blobVersion, cells)
		took := time.Since(start)
		// A sidecar during which the worker failed is no measure of what a sidecar costs: it
		// holds the failure (up to the worker's timeout) and the load of the context here. One
		// proven here while the worker is down is: that is what the node pays then.
		measure := d.kzg.Failures() == failures && w.err == nil
		d.mu.Lock()
		w.doneAt, w.took, w.alone = d.l1Now(), took, w.aloneAtStart && d.sidecarStarts == w.gen && measure
		sample := w.alone
		d.mu.Unlock()
		if sample && d.budget != nil {
			d.budget.sidecarBuilt(len(w.blobs), took)
		}
	}()
}

// l1Now is the L1 time as this node estimates it (the local time without a clock: tests).
func (d *driver) l1Now() time.Time {
	if d.clk == nil {
		return time.Now()
	}
	return d.clk.Now()
}

// lateSidecar reports whether this node's own block w missed its slot because its KZG work ran
// over: the cell proofs of its sidecar (w.key, started for that seal of that slot), proven alone,
// ran over what the seal budget weighed them at when it sized the seal (estimate), and that
// overrun is what put them past the slot's publish deadline: built after it, but in time had
// they taken their estimate; or still being proven, alone since they started, past their
// estimate by more than the time that was left before the deadline when they started. A
// sidecar late for another reason (a late start: the seal's build, a queue, the context loading)
// is not, even when its proofs also ran a little over their median, as half of them do (review
// r77). Nor is a block without blobs or with version-0 sidecars (no work of their own), a block
// whose work this node no longer holds or did not start for this slot (another seal of the
// slot, a restart), one that shared the cores with another (a fallback publish, which a
// byzantine member can bring about), or one during which the cells worker failed. Whichever
// way the propose then failed, the budget's cost was wrong (reviews r74-r77).
func (d *driver) lateSidecar(w watched) bool {
	if d.blobVersion == types.BlobSidecarVersion0 || w.key == (common.Hash{}) {
		return false
	}
	d.mu.RLock()
	defer d.mu.RUnlock()
	bw := d.blobWork[w.key]
	if bw == nil || bw.slot != w.slot || w.slot == 0 || !bw.started || bw.startedAt.IsZero() {
		return false
	}
	deadline := d.publishDeadline(w.slot)
	if bw.doneAt.IsZero() {
		// In time at their estimate: what was left before the deadline when the proofs started
		// (startedAt is local time, the deadline L1 time). The verdict comes after the slot, so
		// they are past it now.
		left := deadline.Sub(d.l1Now()) + time.Since(bw.startedAt)
		return bw.aloneAtStart && bw.gen == d.sidecarStarts && d.kzg.Failures() == bw.failures && bw.estimate <= left
	}
	// Built after the deadline, and in time had they taken their estimate (so they ran over).
	over := bw.took - bw.estimate
	return bw.alone && bw.doneAt.After(deadline) && !bw.doneAt.Add(-over).After(deadline)
}

// othersProvingLocked reports whether a sidecar other than w is being proven; d.mu is held.
func (d *driver) othersProvingLocked(w *blobWork) bool {
	for _, o := range d.blobWork {
		if o != w && o.proving() {
			return true
		}
	}
	return false
}

// localCellProofs proves a blob's cells in this process (nil: protocol.ProveBlobs' own, go-eth-kzg);
// tests replace it.
var localCellProofs protocol.CellProver

// workFor is the KZG work of blob block b: this node's, or made from the commitments and proofs
// its seal carried (a seal from before a restart, or another member's block published after the
// proposer timeout). It starts the sidecar, unless it is the one queued behind the sidecar
// being proven (startQueued starts it when that one is built: the earlier block's slot comes
// first, and two at once would make both late; review r73).
func (d *driver) workFor(b *app.Block) (*blobWork, error) {
	key := txsKey(b.Txs)
	d.mu.Lock()
	w := d.blobWork[key]
	if w != nil {
		if key != d.queued || !d.provingLocked() {
			d.startLocked(w)
		}
		d.mu.Unlock()
		return w, nil
	}
	d.mu.Unlock()
	raws, err := d.app.TxsData(b)
	if err != nil {
		return nil, err
	}
	blobs, err := protocol.EncodeBlobs(app.EncodeTxsData(raws))
	if err != nil {
		return nil, err
	}
	return d.keep(key, &blobWork{blobs: blobs, proofs: b.BlobProofs, done: make(chan struct{})}, true), nil
}

// prepareBlobs starts the sidecars of this node's blob blocks that are to be published: the
// pending chain's block of L1's current slot (slotBlock: the tip, or below it when the next slot's
// seal came first), then the tip. Each is published as soon as its attestations are on the
// pending chain and its slot has come.
func (d *driver) prepareBlobs() {
	m := d.app.Meta()
	if !m.Started {
		return
	}
	var blocks []*app.Block
	if l1, ok := d.l1Tips(); ok && l1.Head != nil {
		if b := d.slotBlock(m.TipHash, d.rollup.SlotAt(l1.Head.Time)); b != nil {
			blocks = append(blocks, b)
		}
	}
	if len(blocks) == 0 || blocks[0].Hash != m.TipHash {
		if b, err := d.app.BlockByHash(m.TipHash); err == nil {
			blocks = append(blocks, b)
		}
	}
	for _, b := range blocks {
		if !b.Blobs || b.Proposer != d.signer.Address() {
			continue
		}
		if _, err := d.workFor(b); err != nil {
			d.log.Warn("prepare blob sidecar", "number", b.Header.Number, "err", err)
		}
	}
}

// warmCellProofs loads the cell-proof context (protocol.WarmCellProofs); tests replace it.
var warmCellProofs = protocol.WarmCellProofs

// warmCells loads the cell-proof context where this node's cell proofs are made: in its KZG
// worker (started now if it is not running), or in this process. It returns once loaded.
func (d *driver) warmCells() {
	if d.kzg != nil {
		d.kzg.Warm()
		return
	}
	warmCellProofs()
}

// warmBlobs loads the KZG contexts of a blob seal in the background, once, when this node is
// about to seal as a slot's proposer and may seal blob blocks: its seal worker's (started now),
// and the cell-proof context for version-1 sidecars. The cell-proof load (about 2 s of CPU) used
// to wait for the node's first blob block: a proposer whose first blob block came with a load
// (the bench's probe: every member's at once) published it seconds late and missed its slot,
// and the next block, built on it, missed too (issue 16). A member that never proposes still
// never pays for them.
func (d *driver) warmBlobs() {
	if d.set.DA == DACalldata || !d.warmed.CompareAndSwap(false, true) {
		return
	}
	if d.sealKZG != nil {
		go d.sealKZG.Warm()
	}
	if d.blobVersion != types.BlobSidecarVersion0 {
		go d.warmCells()
	}
}

// sidecarInTime reports whether this node's publish of blob block b, whose slot is slot, can
// have its sidecar before the slot ends: at once for version-0 sidecars and for a sidecar this
// node already started (its own seal's, or an earlier try's), else if the cell proofs, at this
// node's measured cost per blob as the seal budget weighs it for a block of that many blobs
// (sealBudget.cellCost), fit the time left before the slot ends, less the publish lead, after
// what remains of the sidecars this node is proving.
//
// A member other than the slot's proposer publishes only after the proposer timeout, late in
// the slot; under load the proposer is alive but slow, and every member that started the cell
// proofs of its block (about 0.6 s of CPU a blob idle, 1.5 s under load here) did so for a
// propose that could no longer land, and took that CPU from the next proposer's seal, whose
// block then missed its slot too: one overloaded slot kept the chain missing slots long after the
// load was gone (issue 16).
func (d *driver) sidecarInTime(b *app.Block, slot uint64) bool {
	if !b.Blobs || d.blobVersion == types.BlobSidecarVersion0 || d.clk == nil {
		return true
	}
	key := txsKey(b.Txs)
	d.mu.Lock()
	w := d.blobWork[key]
	begun := w != nil && (w.started || key == d.queued) // queued: startQueued starts it
	d.mu.Unlock()
	if begun {
		return true
	}
	// Weighed as if behind what remains of the sidecars this node is proving (its own next
	// block's, sealed on this one: that block lands only if this one does, so this one is not
	// refused outright), as the seal budget counts them, though it then runs beside them: two at
	// once share the cores, and the estimate of this one alone was what a member under load
	// started too late (review r73).
	n := len(b.BlobProofs)
	wait := 0.0
	for _, r := range d.sidecars() {
		wait += r.left(d.budget.cellCost(r.blobs))
	}
	need := time.Duration((wait+float64(n)*d.budget.cellCost(n))*float64(time.Second)) + publishLead
	end := time.Unix(int64(d.rollup.SlotStart(slot+1)), 0)
	return d.clk.Now().Add(need).Before(end)
}

// errSidecarLate is a publish that stopped waiting for its blob sidecar at the last moment its
// propose could still land in its slot.
var errSidecarLate = errors.New("its blob sidecar was not ready before the slot's last L1 block")

// sidecar is the L1 sidecar of blob block b, waiting for it if it is being built, until
// deadline when that is set (then errSidecarLate); nil when it cannot be had (txmgr then builds
// it from the data).
//
// A sidecar not ready by the deadline is of no use to this propose: waiting on (up to the KZG
// worker's minute) would only hold the publish. The work goes on (the worker is not killed for
// being slow: kzgworker's watchdog judges that), and a seal of the same transactions in a later
// slot (the same blobs) finds it done.
func (d *driver) sidecar(ctx context.Context, b *app.Block, deadline time.Time) (*types.BlobTxSidecar, error) {
	w, err := d.workFor(b)
	if err != nil {
		d.log.Warn("prepare blob sidecar", "number", b.Header.Number, "err", err)
		return nil, nil
	}
	if deadline.IsZero() && d.clk != nil && d.rollup != nil {
		// No L1 block times to tell the slot's last block by yet: the slot's end bounds the wait
		// (a sidecar not started, such as a queued one dropped at its slot's end, is never built;
		// review r74).
		deadline = time.Now().Add(time.Unix(int64(d.rollup.SlotStart(b.Header.Slot+1)), 0).Sub(d.clk.Now()))
	}
	var late <-chan time.Time
	if !deadline.IsZero() {
		t := time.NewTimer(time.Until(deadline))
		defer t.Stop()
		late = t.C
	}
	select {
	case <-w.done:
	case <-late:
		select {
		case <-w.done: // ready at the deadline: the send's own check decides
		default:
			return nil, errSidecarLate
		}
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if w.err != nil {
		d.log.Warn("prepare blob sidecar", "number", b.Header.Number, "err", w.err)
		return nil, nil
	}
	return w.sc, nil
}
