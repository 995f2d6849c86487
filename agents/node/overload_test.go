package node

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"math/big"
	"slices"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/clock"
	"github.com/sptn/sptn/agents/internal/keys"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/node/app"
)

// TestLatePublisherLeavesTheBlobProofsAlone (issue 16, the collapse far past the knee): under
// load the slot's proposer is alive but slow, and once the proposer timeout passed every other
// member started publishing its blob block, each computing the sidecar's cell proofs (0.6 s of
// CPU a blob idle, 1.5 s under the bench's load) for a propose whose slot was over before they
// were done (Rollup__WrongSlot at the estimate, seconds after the slot). That CPU was taken from
// the next proposer's seal, whose block missed its slot in turn: in the bench's logs three
// members proved every missed block again. Now a member starts a publish whose sidecar it has
// not begun only if the cell proofs, at its measured cost, fit before the slot ends.
func TestLatePublisherLeavesTheBlobProofsAlone(t *testing.T) {
	f := newSealedBlockWith(t, true)
	b, err := f.a.BlockByNumber(1)
	require.NoError(t, err)
	require.True(t, b.Blobs)
	require.Len(t, b.BlobProofs, 1)
	votes := extensionVotes(t, f, b)
	r := &Rollup{GenesisTime: tGenesis, SlotDuration: tSlot, EpochDuration: 1000}
	r.Params.ProposerTimeout = tSlot / 2
	start := time.Unix(int64(r.SlotStart(sealedSlot)), 0)
	member := (f.proposer + 1) % 4 // not the slot's proposer: it publishes after the timeout
	driverAt := func(now time.Time, tx sender) *driver {
		clk, err := clock.New(tGenesis, tSlot*time.Second, 1000, clock.WithNow(func() time.Time { return now }))
		require.NoError(t, err)
		d := newDriver(&driver{app: f.a, rollup: r, clk: clk, txm: tx, domain: f.domain, signer: keys.NewKeySigner(f.ks[member]),
			log: slog.New(slog.DiscardHandler), blobVersion: types.BlobSidecarVersion1,
			votes: func(int64) []abci.ExtendedVoteInfo { return votes }}, nil)
		d.l1, d.haveL1 = L1Tips{Head: &types.Header{Number: big.NewInt(50), Time: r.SlotStart(sealedSlot) + r.Params.ProposerTimeout},
			Assured: Tip{Hash: sealedParent, Slot: sealedSlot - 1}}, true
		return d
	}

	// 0.8 s left in the slot: one blob's cell proofs (0.6 s before this node measured its own)
	// and the publish lead do not fit.
	tx := &captureSender{}
	d := driverAt(start.Add(tSlot*time.Second-800*time.Millisecond), tx)
	d.tryPublish(context.Background())
	d.pubs.Wait()
	require.Nil(t, tx.last.Data, "no propose that could not land in the slot")
	require.Empty(t, d.blobWork, "no cell proofs started for it")

	// Right after the timeout, half the slot left: it publishes (the decision, without the KZG
	// work itself).
	require.True(t, driverAt(start.Add(time.Duration(r.Params.ProposerTimeout)*time.Second), tx).sidecarInTime(b, sealedSlot))
	// Under load this node measured 1.5 s a blob: 1.5 s left is not enough any more.
	d = driverAt(start.Add(tSlot*time.Second-1500*time.Millisecond), tx)
	require.True(t, d.sidecarInTime(b, sealedSlot), "0.6 s a blob fits 1.5 s")
	d.budget.sidecarBuilt(2, 3*time.Second)
	require.False(t, d.sidecarInTime(b, sealedSlot), "1.5 s a blob does not")
	// While this node proves a sidecar (its own next block's), what remains of it comes first
	// (review r73): right after the timeout (2 s left), one blob (0.6 s) fits alone, not behind
	// two blobs just started (1.2 s).
	d = driverAt(start.Add(time.Duration(r.Params.ProposerTimeout)*time.Second), tx)
	running := d.keep(common.Hash{9}, &blobWork{blobs: make([]kzg4844.Blob, 2), done: make(chan struct{}), started: true}, false)
	require.False(t, d.sidecarInTime(b, sealedSlot), "not behind its own")
	close(running.done)
	require.True(t, d.sidecarInTime(b, sealedSlot), "once that one is built")
	// Each running sidecar is weighed at what its own blobs cost (review r75): measured at
	// 0.3 s a blob, this block's one blob at the median (0.3 s), two running blobs spread
	// (0.39 s each). With 1.3 s left, 0.78 + 0.3 + the publish lead do not fit; at the
	// block's own cost (0.6 + 0.3 + 0.3) they would.
	d = driverAt(start.Add(tSlot*time.Second-1300*time.Millisecond), tx)
	for range 9 {
		d.budget.sidecarBuilt(1, 300*time.Millisecond)
	}
	require.True(t, d.sidecarInTime(b, sealedSlot))
	d.keep(common.Hash{8}, &blobWork{blobs: make([]kzg4844.Blob, 2), done: make(chan struct{}), started: true}, false)
	require.False(t, d.sidecarInTime(b, sealedSlot), "behind two blobs weighed as a seal of two weighs them")
	// A sidecar this node began already (its own seal's) costs nothing more to wait for.
	d.keep(txsKey(b.Txs), &blobWork{proofs: b.BlobProofs, done: make(chan struct{}), started: true}, false)
	require.True(t, d.sidecarInTime(b, sealedSlot))
}

// extensionVotes are the vote extensions of the commit that sealed f's block b: every member's
// attestation of it.
func extensionVotes(t *testing.T, f *sealedBlock, b *app.Block) []abci.ExtendedVoteInfo {
	t.Helper()
	digest := f.domain.AttestationDigest(b.Header)
	var votes []abci.ExtendedVoteInfo
	for i := range 4 {
		sig, err := protocol.SignDigest(f.ks[i], digest)
		require.NoError(t, err)
		votes = append(votes, abci.ExtendedVoteInfo{Validator: abci.Validator{Address: cometAddr(i)},
			BlockIdFlag: cmtproto.BlockIDFlagCommit, VoteExtension: append(b.Hash.Bytes(), sig[:]...)})
	}
	return votes
}

// TestSealBudgetBelievesALoadedCPUAtOnce (issue 16): the first blocks of an overload were sized
// from the idle machine's KZG costs: the median of nine samples took five slow ones to move, and
// in the bench's probe the proposers sealed two-blob blocks whose sidecars took 3.4 s, block
// after block, each missing its slot. This node's own CPU work is now believed at its latest
// sample when that is higher: one slow sidecar shrinks the next seal, one fast one lets it grow.
func TestSealBudgetBelievesALoadedCPUAtOnce(t *testing.T) {
	maxBlob, calldata := protocol.BlobCapacity(protocol.MaxBlobsPerTx), AutoBlobThreshold
	blobs := func(b *sealBudget) int {
		return protocol.BlobsFor(b.limit(2500*time.Millisecond, maxBlob, calldata, true))
	}
	b := newSealBudget()
	seal := func(cell time.Duration) { sealMeasured(b, 1, 100*time.Millisecond, cell) }
	for range 9 {
		seal(300 * time.Millisecond)
	}
	// 0.1 s + 0.3 s a blob, times the KZG spread (1.3): four blobs fit the 2.25 s left (2.08 s).
	require.Equal(t, 4, blobs(b))
	seal(1500 * time.Millisecond) // the load arrives: 1.5 s a blob
	require.Equal(t, 1, blobs(b), "the next seal takes one blob, not four")
	seal(300 * time.Millisecond)
	require.Equal(t, 4, blobs(b), "and grows back as soon as the machine is fast again")
}

// TestProposerWarmsTheCellProofsBeforeItsFirstBlobBlock (issue 16): the cell-proof context
// (about 2 s of CPU) loaded when a node sealed its first blob block, inside the sidecar's work,
// which the publish waits for. In the bench's probe every member's first blob block came with the
// load and was published seconds late: each missed its slot and took the next block, built on
// it, with it. Now a node loads the context in the background as soon as it seals as a
// proposer, any block, when it may seal blobs with version-1 sidecars; a node with calldata
// DA never loads it.
func TestProposerWarmsTheCellProofsBeforeItsFirstBlobBlock(t *testing.T) {
	warmed := make(chan struct{}, 8)
	prev := warmCellProofs
	warmCellProofs = func() { warmed <- struct{}{} }
	t.Cleanup(func() { warmCellProofs = prev })
	seal := func(da string, version byte) {
		f := newChainFixture(t) // an empty pool: an empty seal, no blob
		at := time.Unix(tGenesis+5*tSlot-1, 0)
		d, bc := driverOnClock(t, f, &at, 1500*time.Millisecond, da)
		d.blobVersion = version
		d.follow(context.Background(), L1Tips{Assured: Tip{Number: 4, Hash: [32]byte{4}, Slot: 3},
			Head: &types.Header{Number: big.NewInt(1), Time: tGenesis + 4*tSlot}})
		require.NoError(t, d.trySeal(context.Background()))
		require.NotEmpty(t, bc.raw, "a seal was sent")
		d.lastTry = time.Time{}
		require.NoError(t, d.trySeal(context.Background())) // sent again: no second load
	}
	seal(DAAuto, types.BlobSidecarVersion1)
	select {
	case <-warmed:
	case <-time.After(5 * time.Second):
		t.Fatal("the proposer did not load the cell-proof context")
	}
	seal(DACalldata, types.BlobSidecarVersion1)
	seal(DABlobs, types.BlobSidecarVersion0)
	time.Sleep(50 * time.Millisecond) // a goroutine started by mistake would have run by now
	require.Empty(t, warmed, "loaded once, and only where blobs with cell proofs may be sealed")
}

// sealTenTxs has a proposer seal a pool of ten transactions (a blob's worth for the chain
// fixture's 1,000-byte calldata blocks, under node.da auto) for slot 10, 29 s before the slot and
// within a 30 s seal lead, so that the budget lets a blob in whatever the commit costs: only the
// measured costs decide. Its budget has nine seals' measures, each of one blob whose proofs took
// 1 s and cell proofs 1 s; before runs just before the seal. It returns the seal sent and the
// pool's reads.
func sealTenTxs(t *testing.T, before func(d *driver)) (sent *app.Seal, built [][]common.Hash, d *driver) {
	f := newChainFixture(t)
	var raws [][]byte
	for i := range 10 {
		raws = append(raws, app.UserTx{MaxFeePerDaGas: big.NewInt(1), MaxFeePerL2Gas: big.NewInt(1),
			Payload: bytes.Repeat([]byte{byte(i)}, 100)}.Encode())
	}
	f.finalize(raws...)
	at := time.Unix(tGenesis+10*tSlot-29, 0)
	d, bc := driverOnClock(t, f, &at, 30*time.Second, DAAuto)
	d.blobVersion = types.BlobSidecarVersion0
	d.pool = func(da, l2 *big.Int, maxBytes int, skip map[common.Hash]bool) ([]common.Hash, error) {
		txs, err := f.a.PoolExcept(da, l2, maxBytes, skip)
		built = append(built, txs)
		return txs, err
	}
	for i := range 9 {
		d.budget.sealSent(uint64(i+1), 0, 0, at)
		d.budget.proved(1, time.Second)
		d.budget.sidecarBuilt(1, time.Second)
	}
	before(d)
	d.follow(context.Background(), L1Tips{Assured: Tip{Number: 4, Hash: common.Hash{4}, Slot: 3},
		Head: &types.Header{Number: big.NewInt(1), Time: tGenesis + 4*tSlot}})
	require.NoError(t, d.trySeal(context.Background()))
	require.NotEmpty(t, bc.raw, "a seal was sent")
	sent = new(app.Seal)
	require.NoError(t, json.Unmarshal(bc.raw[1:], sent))
	require.Equal(t, uint64(10), sent.Slot)
	return sent, built, d
}

// TestASealBehindAnotherSidecarCountsItsWait (issue 16): startSidecar starts a seal's sidecar only
// when none runs, so a proposer of two slots in a row, sealing the second while the first block's
// cell proofs run, starts the second sidecar only after them. The budget sized that seal as if its
// sidecar began at once: in the bench's runs a third of the misses were such second blocks (five
// blobs sealed behind five, published 26-53 ms after the slot's last L1 block was due). What
// remains of each running sidecar is now a wait before the seal's own (at least a blob's worth
// while it runs, however overdue); a calldata block (node.da auto) has no sidecar and does not
// wait.
func TestASealBehindAnotherSidecarCountsItsWait(t *testing.T) {
	b := newSealBudget()
	for i := range 9 {
		b.sealSent(uint64(i+1), 0, 0, time.Unix(tGenesis, 0))
		b.committed(uint64(i+1), time.Unix(tGenesis, 0).Add(100*time.Millisecond))
		b.proved(1, 60*time.Millisecond)
		b.sidecarBuilt(1, 300*time.Millisecond)
	}
	maxBlob := protocol.BlobCapacity(protocol.MaxBlobsPerTx)
	avail := budgetMargin + time.Second
	blobs := func(running ...sidecarRun) int {
		n := b.limitAt(avail, maxBlob, AutoBlobThreshold, true, running)
		if n <= AutoBlobThreshold {
			return 0
		}
		return protocol.BlobsFor(n)
	}
	ms := func(n int) time.Duration { return time.Duration(n) * time.Millisecond }
	require.Equal(t, 2, blobs(), "0.47 s a blob with the KZG spread: two fit the second left")
	require.Equal(t, 1, blobs(sidecarRun{blobs: 2, elapsed: ms(100)}), "behind 0.5 s of another sidecar, one")
	require.Equal(t, 0, blobs(sidecarRun{blobs: 4, elapsed: ms(200)}), "behind a second, none")
	require.Equal(t, 1, blobs(sidecarRun{blobs: 1, elapsed: 5 * time.Second}), "an overdue one still costs a blob")
	require.Equal(t, 0, blobs(sidecarRun{blobs: 2, elapsed: ms(100)}, sidecarRun{blobs: 1}), "two add up")
	require.NotZero(t, b.limitAt(avail, maxBlob, AutoBlobThreshold, true, []sidecarRun{{blobs: 99}}),
		"a calldata block does not wait")
	// What remains of a running sidecar is weighed with the spread too, as what remains of its
	// spread estimate (2 x 0.39 s - 0.2 s = 0.58 s), not as a spread remainder (0.52 s): with
	// 1.5 s left, two blobs (0.94 s) fit behind the second but not the first.
	require.Equal(t, 1, protocol.BlobsFor(b.limitAt(budgetMargin+1500*time.Millisecond, maxBlob, AutoBlobThreshold, true,
		[]sidecarRun{{blobs: 2, elapsed: ms(200)}})), "behind 0.58 s, one")

	// The driver's view of its sidecars.
	d := newDriver(&driver{log: slog.New(slog.DiscardHandler), blobVersion: types.BlobSidecarVersion1}, nil)
	work := func(blobs int, started bool, at time.Time) *blobWork {
		return &blobWork{blobs: make([]kzg4844.Blob, blobs), started: started, startedAt: at, done: make(chan struct{})}
	}
	d.blobWork[common.Hash{1}] = work(3, true, time.Now().Add(-ms(100)))
	d.blobWork[common.Hash{2}] = work(6, false, time.Time{}) // not started
	d.blobWork[common.Hash{3}] = work(4, true, time.Time{})  // its context still loading
	d.blobWork[common.Hash{4}] = work(5, true, time.Now())   // built
	close(d.blobWork[common.Hash{4}].done)
	running := d.sidecars()
	require.Len(t, running, 2)
	slices.SortFunc(running, func(x, y sidecarRun) int { return x.blobs - y.blobs })
	require.Equal(t, 3, running[0].blobs)
	require.InDelta(t, 0.1, running[0].elapsed.Seconds(), 0.05)
	require.Equal(t, sidecarRun{blobs: 4}, running[1], "loading: no time run yet")
	// Admission's capacity is the chain's, not this proposer's passing state: it counts no wait.
	d.rollup, d.set, d.budget = &Rollup{SlotDuration: 2}, Settings{SealLead: 1500 * time.Millisecond, DA: DAAuto}, b
	withWait := d.capacity(maxBlob, 120_000)
	clear(d.blobWork)
	require.Equal(t, d.capacity(maxBlob, 120_000), withWait)
	require.NotZero(t, withWait)
	d.blobVersion = types.BlobSidecarVersion0
	require.Empty(t, d.sidecars(), "version 0: built at once, nothing runs")
}

// TestASidecarBesideAnotherIsNoSample (review r72): a sidecar may start while another runs
// (another member's block published after its proposer's timeout, when it fits behind this
// node's own; the blocks of a restart). Two sidecars proven at once share the cores and both
// run slower: a byzantine proposer withholding its publishes could thus inflate every member's
// cell cost, and shrink their seals. Only a sidecar proven alone is now a sample.
func TestASidecarBesideAnotherIsNoSample(t *testing.T) {
	release := make(chan struct{})
	prevWarm, prevCells := warmCellProofs, localCellProofs
	warmCellProofs = func() {}
	localCellProofs = func(*kzg4844.Blob) ([]kzg4844.Proof, error) {
		<-release
		return make([]kzg4844.Proof, kzg4844.CellProofsPerBlob), nil
	}
	t.Cleanup(func() { warmCellProofs, localCellProofs = prevWarm, prevCells })
	d := newDriver(&driver{log: slog.New(slog.DiscardHandler), blobVersion: types.BlobSidecarVersion1}, nil)
	work := func(k byte) *blobWork {
		return d.keep(common.Hash{k}, &blobWork{blobs: make([]kzg4844.Blob, 1), proofs: make([]protocol.BlobProof, 1),
			done: make(chan struct{})}, true)
	}
	samples := func() int {
		d.budget.mu.Lock()
		defer d.budget.mu.Unlock()
		return len(d.budget.cellPerBlob.v)
	}
	built := func(ws ...*blobWork) {
		for _, w := range ws {
			select {
			case <-w.done:
				require.NoError(t, w.err)
			case <-time.After(10 * time.Second):
				t.Fatal("the sidecar was not built")
			}
		}
	}

	own := work(1)
	other := work(2) // another member's block, its publish started while this node's sidecar runs
	close(release)
	built(own, other)
	require.Zero(t, samples(), "neither the one running first nor the one started beside it")
	d.mu.RLock()
	require.True(t, own.aloneAtStart && !own.alone && !other.aloneAtStart && !other.alone, "for judge too (lateSidecar)")
	require.False(t, own.doneAt.IsZero())
	d.mu.RUnlock()

	release = make(chan struct{})
	alone := work(3)
	close(release)
	built(alone)
	require.Equal(t, 1, samples(), "a sidecar proven alone is a sample")
	d.mu.RLock()
	require.True(t, alone.alone && alone.took > 0, "and what judge weighs it by")
	d.mu.RUnlock()

	// A proposer of two slots in a row: the second seal's sidecar is queued behind the first's,
	// and stays queued when the publish asks for it (workFor), so each is proven alone and each
	// is a sample.
	release = make(chan struct{})
	first, second := []common.Hash{{4}}, []common.Hash{{5}}
	for i, txs := range [][]common.Hash{first, second} {
		d.keep(txsKey(txs), &blobWork{blobs: make([]kzg4844.Blob, 1), proofs: make([]protocol.BlobProof, 1),
			done: make(chan struct{})}, false)
		d.startSidecar(txs, uint64(7+i))
	}
	w2, err := d.workFor(&app.Block{Txs: second})
	require.NoError(t, err)
	d.mu.RLock()
	require.False(t, w2.started, "the publish does not start it beside the first")
	d.mu.RUnlock()
	close(release)
	built(w2)
	require.Equal(t, 3, samples(), "both proven alone, one after the other")
}

// TestAPublishWaitsForAQueuedSidecarNoLongerThanItsSlot (review r74): a publish asks for its
// block's sidecar while that one is queued behind another (workFor leaves it to startQueued),
// and startQueued drops it unbuilt once its slot is over. Before L1's block times are known
// (sendBy gives no deadline) the publish waited for it until the node stopped; it now gives up
// at the slot's end.
func TestAPublishWaitsForAQueuedSidecarNoLongerThanItsSlot(t *testing.T) {
	const slot = 9
	r := &Rollup{GenesisTime: tGenesis, SlotDuration: tSlot, EpochDuration: 1000}
	end := time.Unix(int64(r.SlotStart(slot+1)), 0)
	clk, err := clock.New(tGenesis, tSlot*time.Second, 1000, clock.WithNow(func() time.Time { return end.Add(-300 * time.Millisecond) }))
	require.NoError(t, err)
	d := newDriver(&driver{log: slog.New(slog.DiscardHandler), blobVersion: types.BlobSidecarVersion1, clk: clk, rollup: r}, nil)
	d.keep(common.Hash{1}, &blobWork{done: make(chan struct{}), started: true}, false) // proving, never built
	txs := []common.Hash{{2}}
	d.keep(txsKey(txs), &blobWork{done: make(chan struct{})}, false)
	d.startSidecar(txs, slot)
	require.Equal(t, txsKey(txs), d.queued)
	done := make(chan error, 1)
	asked := time.Now()
	go func() {
		_, err := d.sidecar(context.Background(), &app.Block{Header: protocol.Header{Slot: slot}, Txs: txs}, time.Time{})
		done <- err
	}()
	select {
	case err := <-done:
		require.ErrorIs(t, err, errSidecarLate)
		require.GreaterOrEqual(t, time.Since(asked), 250*time.Millisecond, "it waited until the slot's end")
	case <-time.After(10 * time.Second):
		t.Fatal("the publish still waited 10 s after its slot's end")
	}
}

// TestALateSidecarIsItsKZGWorksMiss (reviews r75-r77): judge tells a miss of this node's own
// block as its KZG work's (lateSidecar) by that block's sidecar, started for its seal of the
// slot: its cell proofs, proven alone, ran over the estimate the seal was sized with, and that
// overrun is what put them past the slot's publish deadline (built after it, in time at their
// estimate; or still proving, alone, though started in time for their estimate). Not a sidecar
// built in time, within its estimate, or too late to make it even at its estimate (it started
// late), one that shared the cores, one of another seal of the slot, one not started, a block
// without blobs, nor version-0 sidecars.
func TestALateSidecarIsItsKZGWorksMiss(t *testing.T) {
	const slot = 9
	r := &Rollup{GenesisTime: tGenesis, SlotDuration: tSlot, EpochDuration: 1000}
	deadline := time.Unix(int64(r.SlotStart(slot)), 0).Add(tSlot*time.Second/2 - publishLead)
	clk, err := clock.New(tGenesis, tSlot*time.Second, 1000, clock.WithNow(func() time.Time { return deadline.Add(500 * time.Millisecond) }))
	require.NoError(t, err)
	d := newDriver(&driver{log: slog.New(slog.DiscardHandler), blobVersion: types.BlobSidecarVersion1, clk: clk, rollup: r}, nil)
	require.Equal(t, deadline, d.publishDeadline(slot))
	// Another sidecar runs (started here without its goroutine): the seals' are queued, and the
	// test plays their proofs itself.
	d.keep(common.Hash{9}, &blobWork{done: make(chan struct{}), started: true}, false)
	first, again := []common.Hash{{1}}, []common.Hash{{2}}
	w1 := d.keep(txsKey(first), &blobWork{blobs: make([]kzg4844.Blob, 1), done: make(chan struct{})}, false)
	d.startSidecar(first, slot)
	require.Equal(t, time.Duration(priorCellPerBlob*float64(time.Second)), w1.estimate,
		"the estimate the seal was sized with: one blob at the median (here the prior), not spread")
	missed := watched{slot: slot, key: txsKey(first)}
	require.False(t, d.lateSidecar(missed), "queued, not started: it waited")
	set := func(f func()) {
		d.mu.Lock()
		defer d.mu.Unlock()
		f()
	}
	// Still proving half a second after the deadline, having started 1.3 s before it.
	set(func() { w1.started, w1.estimate, w1.aloneAtStart, w1.gen = true, time.Second, true, d.sidecarStarts })
	require.False(t, d.lateSidecar(missed), "started, the cell-proof context still loading: it waited")
	set(func() { w1.startedAt = time.Now().Add(-1800 * time.Millisecond) })
	require.True(t, d.lateSidecar(missed), "still proving, alone: 1 s of estimate had 1.3 s")
	set(func() { w1.estimate = 1500 * time.Millisecond })
	require.False(t, d.lateSidecar(missed), "1.5 s of estimate had 1.3 s: it started too late, it did not run over")
	set(func() { w1.estimate, w1.aloneAtStart = time.Second, false })
	require.False(t, d.lateSidecar(missed), "not alone when it started")
	set(func() { w1.aloneAtStart = true; d.sidecarStarts++ })
	require.False(t, d.lateSidecar(missed), "another started beside it")
	require.False(t, d.lateSidecar(watched{slot: slot}), "a block without blobs")
	require.False(t, d.lateSidecar(watched{slot: slot + 1, key: txsKey(first)}), "not its seal of that slot")

	// Built: 1.5 s of proofs for an estimate of 1 s, 1 ms after the deadline.
	close(w1.done)
	w1.alone, w1.took, w1.doneAt = true, 1500*time.Millisecond, deadline.Add(time.Millisecond)
	require.True(t, d.lateSidecar(missed), "alone, over its estimate, and in time had it taken that")
	w1.doneAt = deadline.Add(600 * time.Millisecond)
	require.False(t, d.lateSidecar(missed), "late by more than it ran over: it started late")
	w1.took, w1.doneAt = 900*time.Millisecond, deadline.Add(time.Millisecond)
	require.False(t, d.lateSidecar(missed), "within its estimate")
	w1.took, w1.doneAt = 1500*time.Millisecond, deadline.Add(-time.Millisecond)
	require.False(t, d.lateSidecar(missed), "built in time")
	w1.doneAt, w1.alone = deadline.Add(time.Millisecond), false
	require.False(t, d.lateSidecar(missed), "beside another: not its own cost")
	w1.alone = true
	d.keep(txsKey(again), &blobWork{done: make(chan struct{})}, false)
	d.startSidecar(again, slot) // the seal built again on a new tip
	require.Zero(t, w1.slot, "the earlier seal's sidecar is not the slot's any more")
	require.False(t, d.lateSidecar(missed), "a block of the earlier seal: not judged by it")
	require.True(t, d.sidecarInTime(&app.Block{Blobs: true, Txs: again, BlobProofs: make([]protocol.BlobProof, 6)}, slot+1),
		"its own queued sidecar is not refused: startQueued starts it")

	// Version-0 sidecars are built at once from the seal's proofs: no work of their own.
	d.blobVersion = types.BlobSidecarVersion0
	w1.slot = slot
	require.False(t, d.lateSidecar(missed))
}

// TestTheOldestBlobWorkGoesFirst (review r76): a node keeps the KZG work of its last few blob
// blocks. It dropped any finished one in the map's random order, and could drop the work of
// its block still to be published, whose sidecar prepareBlobs then proved again beside the next
// one. The oldest goes first; one queued or being proven never goes.
func TestTheOldestBlobWorkGoesFirst(t *testing.T) {
	d := newDriver(&driver{log: slog.New(slog.DiscardHandler), blobVersion: types.BlobSidecarVersion1}, nil)
	finished := func() *blobWork {
		w := &blobWork{done: make(chan struct{}), started: true}
		close(w.done)
		return w
	}
	d.keep(common.Hash{1}, &blobWork{done: make(chan struct{}), started: true}, false) // being proven
	for i := 2; i <= 20; i++ {
		d.keep(common.Hash{byte(i)}, finished(), false)
		d.mu.RLock()
		require.Len(t, d.blobWork, min(blobWorkKept, i))
		require.Contains(t, d.blobWork, common.Hash{1}, "the one being proven stays")
		for j := max(2, i-blobWorkKept+2); j <= i; j++ {
			require.Contains(t, d.blobWork, common.Hash{byte(j)}, "the latest stay")
		}
		d.mu.RUnlock()
	}
}

// TestAQueuedSidecarStartsWhenTheRunningOneIsBuilt: a seal sent while another sidecar is being
// proven has its own queued, not started beside it (the earlier block's slot comes first), and it
// starts as soon as that one is built. Review r47: it used to wait until its seal committed, well
// after the budget's estimate. Only the latest seal sent is queued, and a queued one is not
// dropped from the kept work.
func TestAQueuedSidecarStartsWhenTheRunningOneIsBuilt(t *testing.T) {
	release := make(chan struct{})
	prev := warmCellProofs
	warmCellProofs = func() { <-release } // holds the first sidecar until released
	t.Cleanup(func() { warmCellProofs = prev })
	now := time.Unix(tGenesis+5*tSlot, 0) // slot 5
	clk, err := clock.New(tGenesis, tSlot*time.Second, 1000, clock.WithNow(func() time.Time { return now }))
	require.NoError(t, err)
	d := newDriver(&driver{log: slog.New(slog.DiscardHandler), blobVersion: types.BlobSidecarVersion1, clk: clk,
		rollup: &Rollup{GenesisTime: tGenesis, SlotDuration: tSlot, EpochDuration: 1000}}, nil)
	first, a, b, late := []common.Hash{{1}}, []common.Hash{{2}}, []common.Hash{{3}}, []common.Hash{{4}}
	for _, txs := range [][]common.Hash{first, a, b, late} {
		d.keep(txsKey(txs), &blobWork{done: make(chan struct{})}, false)
	}
	get := func(txs []common.Hash) *blobWork {
		d.mu.RLock()
		defer d.mu.RUnlock()
		return d.blobWork[txsKey(txs)]
	}
	wa, wb := get(a), get(b)
	d.startSidecar(first, 5)
	require.True(t, get(first).started)
	d.startSidecar(a, 6)
	d.startSidecar(b, 6) // a seal built again on a new tip
	require.False(t, wa.started)
	require.False(t, wb.started, "queued behind the running one")
	require.Equal(t, txsKey(b), d.queued)
	for i := range 2 * blobWorkKept {
		d.keep(common.Hash{byte(10 + i)}, &blobWork{done: make(chan struct{})}, false)
	}
	require.Same(t, wb, get(b), "the queued one is kept")
	close(release) // the first sidecar is built
	require.Eventually(t, func() bool {
		d.mu.RLock()
		defer d.mu.RUnlock()
		return wb.started
	}, 10*time.Second, time.Millisecond, "then the queued one starts")
	select {
	case <-wb.done:
	case <-time.After(10 * time.Second):
		t.Fatal("the queued sidecar was not built")
	}
	require.NoError(t, wb.err)
	require.False(t, wa.started, "a superseded seal's never does")

	// A queued sidecar whose slot is over by the time the running one is built is dropped.
	hold := make(chan struct{})
	warmCellProofs = func() { <-hold }
	third := []common.Hash{{5}}
	wt := d.keep(txsKey(third), &blobWork{done: make(chan struct{})}, false)
	d.startSidecar(third, 6)
	wl := d.keep(txsKey(late), &blobWork{done: make(chan struct{})}, false)
	d.startSidecar(late, 5) // slot 5, whose end comes before the running one is built
	require.Equal(t, txsKey(late), d.queued)
	now = now.Add(tSlot * time.Second)
	close(hold)
	<-wt.done
	require.Eventually(t, func() bool {
		d.mu.RLock()
		defer d.mu.RUnlock()
		return d.queued == common.Hash{}
	}, 10*time.Second, time.Millisecond)
	require.False(t, wl.started, "its block can no longer land")

	// Once the driver's loop has ended, a queued sidecar never starts.
	hold = make(chan struct{})
	fourth, fifth := []common.Hash{{6}}, []common.Hash{{7}}
	w4 := d.keep(txsKey(fourth), &blobWork{done: make(chan struct{})}, false)
	d.startSidecar(fourth, 9)
	w5 := d.keep(txsKey(fifth), &blobWork{done: make(chan struct{})}, false)
	d.startSidecar(fifth, 9)
	require.Equal(t, txsKey(fifth), d.queued)
	d.stopSidecars()
	close(hold)
	<-w4.done
	d.startQueued()
	d.mu.RLock()
	defer d.mu.RUnlock()
	require.False(t, w5.started, "the driver is gone")
}

// TestTheSealWaitsForTheSidecarRunning: the wiring of the above. The same pool that a blob seal
// carries whole alone becomes a calldata seal while this node proves a sidecar that will take
// minutes at the measured cost.
func TestTheSealWaitsForTheSidecarRunning(t *testing.T) {
	sent, built, d := sealTenTxs(t, func(*driver) {})
	require.Len(t, built[0], 10)
	require.True(t, sent.Blobs, "alone: the whole pool in a blob")
	require.True(t, d.blobWork[txsKey(sent.Txs)].started, "its sidecar started as it was sent")
	sent, built, _ = sealTenTxs(t, func(d *driver) {
		d.blobVersion = types.BlobSidecarVersion1 // cell proofs, which run in the background
		d.blobWork[common.Hash{1}] = &blobWork{blobs: make([]kzg4844.Blob, 99), started: true, startedAt: time.Now(), done: make(chan struct{})}
	})
	require.Less(t, len(built[0]), 10, "the pool read for a calldata block")
	require.False(t, sent.Blobs, "a calldata block: no sidecar to wait for")
	require.NotEmpty(t, sent.Txs)
}

// TestAPublishStopsWaitingForItsSidecarAtTheSendsDeadline (issue 16, review r62): the proposer's
// publish waited for its block's sidecar for as long as the cell proofs took. A KZG worker
// starved of CPU may answer only at its watchdog's limit, a minute on: the publish waited that
// long for a propose that could no longer land in its slot. Now it waits until the last moment
// the propose can still be sent for its slot, then gives up (counted as too late) and leaves the
// sidecar's work running for a later seal of the same transactions.
func TestAPublishStopsWaitingForItsSidecarAtTheSendsDeadline(t *testing.T) {
	f := newSealedBlockWith(t, true)
	b, err := f.a.BlockByNumber(1)
	require.NoError(t, err)
	require.True(t, b.Blobs)
	votes := extensionVotes(t, f, b)
	ctx := context.Background()
	d, tx, r := newPublisher(f, f.proposer)
	d.blobVersion = types.BlobSidecarVersion1
	d.votes = func(int64) []abci.ExtendedVoteInfo { return votes }
	// L1 makes a block every 2 s, each seen 50 ms after it was made; it made the slot's first
	// block (start) just now, so the slot's last (start+2) is due in 2.05 s and the propose must
	// be with the transaction manager 250 ms before.
	start := r.SlotStart(sealedSlot)
	base := time.Now()
	var last *types.Header
	for at := start - 20; at <= start; at += 2 {
		last = followSeen(ctx, d, last, at, base.Add(time.Duration(int64(at)-int64(start))*time.Second+50*time.Millisecond))
	}
	due, ok := d.dueBy(last, sealedSlot)
	require.True(t, ok)
	deadline := due.Add(-sendMargin(d.l1Interval()))

	// The block's sidecar is being proven by a worker that will not answer in this slot.
	w := d.keep(txsKey(b.Txs), &blobWork{proofs: b.BlobProofs, done: make(chan struct{}), started: true}, false)
	ended := make(chan struct{})
	go func() {
		defer close(ended)
		d.tryPublish(ctx)
		d.pubs.Wait()
	}()
	select {
	case <-ended:
	case <-time.After(time.Until(deadline) + 10*time.Second):
		close(w.done) // let the publish end
		t.Fatal("the publish still waited for its sidecar 10 s after the propose's deadline")
	}
	require.False(t, time.Now().Before(deadline), "it waited until the deadline")
	require.Nil(t, tx.last.Data, "no propose sent without its sidecar")
	require.Equal(t, 1.0, testutil.ToFloat64(d.events.WithLabelValues("propose_failed")), "the publish started and gave up")
	require.Equal(t, 1.0, testutil.ToFloat64(d.events.WithLabelValues("propose_too_late")))
	d.mu.RLock()
	kept := d.blobWork[txsKey(b.Txs)] == w && w.proving()
	d.mu.RUnlock()
	require.True(t, kept, "the sidecar's work goes on")
}
