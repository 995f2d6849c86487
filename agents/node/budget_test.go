package node

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	ctypes "github.com/cometbft/cometbft/rpc/core/types"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	dto "github.com/prometheus/client_model/go"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/keys"
	"github.com/sptn/sptn/agents/internal/kzgworker"
	"github.com/sptn/sptn/agents/internal/metrics"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/node/app"
)

// TestSealBudget (issue 16): a seal carries only what can be proven, committed and published
// before its slot's deadline, from the costs this node measured: with the costs of this machine
// class and 2.5 s (seal lead 1.5 s and half a 2 s slot; sealAvail, less the publish lead, is
// what a seal has in the driver) a seal takes two blobs, not the
// six the chain allows (which took about 4 s of KZG on two cores and missed the slot); slower
// proofs or less time give fewer blobs, then a calldata-sized block, then an empty one; blocks
// that miss their slot halve the blobs allowed and runs of blocks that make it win them back one
// at a time.
func TestSealBudget(t *testing.T) {
	maxBlob, calldata := protocol.BlobCapacity(protocol.MaxBlobsPerTx), AutoBlobThreshold
	blobsOf := func(bytes int) int {
		if bytes <= calldata {
			return 0
		}
		return protocol.BlobsFor(bytes)
	}
	b := newSealBudget()
	// Priors (not spread): 0.25 s a blob at seal, 0.6 s a blob of cell proofs: 1.7 s for 2 blobs,
	// within the 2.25 s left after the margin; 3 blobs take 2.55 s.
	require.Equal(t, 2, blobsOf(b.limit(2500*time.Millisecond, maxBlob, calldata, true)))
	require.Equal(t, protocol.MaxBlobsPerTx, blobsOf(b.limit(10*time.Second, maxBlob, calldata, true)), "time for all six")
	require.Equal(t, 1, blobsOf(b.limit(1400*time.Millisecond, maxBlob, calldata, true)))
	require.Equal(t, calldata, b.limit(time.Second, maxBlob, calldata, true), "no blob fits: a calldata-sized block")
	require.Zero(t, b.limit(500*time.Millisecond, maxBlob, calldata, true), "nothing fits: an empty block")
	require.Equal(t, calldata, b.limit(2500*time.Millisecond, calldata, calldata, false), "calldata DA weighs no blobs")

	// Measured: this node's cell proofs are fast (a version-0 sidecar costs nothing more) and its
	// seal proofs slow.
	for range 20 {
		b.sidecarBuilt(3, 0)
		b.proved(2, 600*time.Millisecond) // 0.3 s a blob
	}
	// 3 x 0.3 s x 1.3 (the KZG spread) + the commit (0.7 s + 1,867 x 50 us) = 1.96 s fits 2.25 s;
	// 4 blobs take 2.38 s.
	require.Equal(t, 3, blobsOf(b.limit(2500*time.Millisecond, maxBlob, calldata, true)))
	for range 20 {
		b.proved(2, 2*time.Second) // 1 s a blob: a loaded machine
	}
	require.Equal(t, 1, blobsOf(b.limit(2500*time.Millisecond, maxBlob, calldata, true)))

	// The commit time grows with the transactions: measured from seals sent and committed.
	c := newSealBudget()
	for range 20 {
		c.sidecarBuilt(1, 0)
		c.proved(1, 10*time.Millisecond)
		now := time.Now()
		c.sealSent(7, 10, 10*204, now)
		c.committed(7, now.Add(300*time.Millisecond)) // small block: the base
		c.sealSent(8, 2000, 2000*204, now)
		first, ok := c.committed(8, now.Add(2300*time.Millisecond)) // 1 ms a transaction more
		require.True(t, ok)
		require.Equal(t, now, first) // where sptn_seal_quorum_seconds starts
	}
	// 2.25 s - 0.3 s base leaves 1,950 transactions: 3 blobs (1,867), not 4 (2,490).
	require.Equal(t, 3, blobsOf(c.limit(2500*time.Millisecond, maxBlob, calldata, true)))
	_, ok := c.committed(8, time.Now()) // no seal of slot 8 in flight: ignored
	require.False(t, ok)
	require.Equal(t, 3, blobsOf(c.limit(2500*time.Millisecond, maxBlob, calldata, true)))

	// Feedback: a missed slot halves the cap, a run of blocks in time adds one back. Others'
	// misses (counted once corroborated) stop at one blob; this node's own miss at one blob
	// whose sidecar was late takes it to none, and from none only its own blocks in time bring
	// one back (reviews r73, r74).
	const own, others, late = true, false, true
	c.outcome(false, others, false)
	require.Equal(t, 3, blobsOf(c.limit(10*time.Second, maxBlob, calldata, true)))
	c.outcome(false, others, false)
	require.Equal(t, 1, blobsOf(c.limit(10*time.Second, maxBlob, calldata, true)))
	c.outcome(false, others, false)
	require.Equal(t, 1, blobsOf(c.limit(10*time.Second, maxBlob, calldata, true)), "others' misses leave one blob")
	c.outcome(false, own, false)
	require.Equal(t, 1, blobsOf(c.limit(10*time.Second, maxBlob, calldata, true)), "so does its own, when not its sidecar")
	c.outcome(false, own, late)
	require.Equal(t, calldata, c.limit(10*time.Second, maxBlob, calldata, true),
		"its own one blob that misses too: calldata-sized seals, which need no KZG work")
	c.outcome(false, others, false)
	require.Equal(t, calldata, c.limit(10*time.Second, maxBlob, calldata, true), "a miss never raises the cap")
	for range 2 * increaseAfter {
		c.outcome(true, others, false)
	}
	require.Equal(t, calldata, c.limit(10*time.Second, maxBlob, calldata, true),
		"others' blocks in time say nothing of whether its one blob fits")
	c.outcome(true, own, false)
	c.outcome(false, others, false) // corroborated: does not restart its own run
	for range increaseAfter - 2 {
		c.outcome(true, own, false)
	}
	require.Equal(t, calldata, c.limit(10*time.Second, maxBlob, calldata, true), "one more only after a run in time")
	c.outcome(true, own, false)
	require.Equal(t, 1, blobsOf(c.limit(10*time.Second, maxBlob, calldata, true)), "then one blob again")
	for range increaseAfter {
		c.outcome(true, others, false)
	}
	require.Equal(t, 2, blobsOf(c.limit(10*time.Second, maxBlob, calldata, true)), "from one, anyone's blocks in time count")
	require.Equal(t, 2*protocol.BlobCapacity(1)/204, c.perSlot(10*time.Second, maxBlob, calldata, true),
		"capacity per slot in transactions, for admission")
	c.maxBlobs = 0
	require.Equal(t, protocol.BlobCapacity(1)/204, c.perSlot(10*time.Second, maxBlob, calldata, true),
		"a node whose own seals are calldata-sized still admits a blob's worth a slot (review r74)")
}

// TestSealBudgetWithEveryBlockInBlobs (review r73): with node.da blobs every block carries a blob,
// however small, so the budget's way out (a calldata-sized seal, no KZG work) is not one: its
// own misses stop at one blob, and a calldata-sized seal is weighed as a one-blob block.
func TestSealBudgetWithEveryBlockInBlobs(t *testing.T) {
	maxBlob, calldata := protocol.BlobCapacity(protocol.MaxBlobsPerTx), 120_000 // MaxCalldataBlockBytes
	b := newDriver(&driver{log: slog.New(slog.DiscardHandler), set: Settings{DA: DABlobs}}, nil).budget
	require.True(t, b.everyBlob)
	for range 4 {
		b.outcome(false, true, true)
	}
	require.Equal(t, 1, b.maxBlobs, "its own misses stop at one blob")
	// Priors: the commit of a calldata-sized seal takes 0.7 s + 588 x 50 us = 0.73 s, and with a
	// blob's proofs before it (0.25 s) 0.98 s. With 0.9 s left after the margin, no blob fits, and
	// a calldata-sized block (still a blob) does not either: an empty one.
	require.Zero(t, b.limit(budgetMargin+900*time.Millisecond, maxBlob, calldata, true))
	require.Equal(t, calldata, newSealBudget().limit(budgetMargin+900*time.Millisecond, maxBlob, calldata, true),
		"where it is calldata, it fits")
	b.outcome(true, false, false) // a run in time brings the blobs back as before
	for range increaseAfter {
		b.outcome(true, false, false)
	}
	require.Equal(t, 2, b.maxBlobs)
}

// sealMeasured records a seal of blobs blobs on b whose proofs took proofs and sidecar cells.
func sealMeasured(b *sealBudget, blobs int, proofs, cells time.Duration) {
	b.sealSent(b.seals+1, 0, 0, time.Unix(tGenesis, 0))
	b.proved(blobs, proofs)
	b.sidecarBuilt(blobs, cells)
}

// sealAvail is the time a seal made at the usual moment has before its publish deadline: the
// seal lead (1.5 s) and half a 2 s slot, less the publish lead (driver.capacity).
const sealAvail = 1500*time.Millisecond + time.Second - publishLead

// TestASealLeavesRoomForItsKZGsSpread (issue 16): a seal of two blobs or more is sized so that
// its KZG work may run 30% over its estimate. At 3,000/s offered the proposers measured about
// 0.1 s a blob of seal proofs and 0.3-0.37 s of cell proofs; four blobs fit the 1.95 s a seal
// has at those estimates (1.88 s), and both misses of the run were four-blob seals whose
// sidecars ran over. With the spread it takes three.
func TestASealLeavesRoomForItsKZGsSpread(t *testing.T) {
	maxBlob, calldata := protocol.BlobCapacity(protocol.MaxBlobsPerTx), AutoBlobThreshold
	blobs := func(spread float64) int {
		b := newSealBudget()
		b.spread = spread
		for range 9 {
			sealMeasured(b, 4, 400*time.Millisecond, 1480*time.Millisecond)
		}
		return protocol.BlobsFor(b.limit(sealAvail, maxBlob, calldata, true))
	}
	require.Equal(t, 4, blobs(1), "at the estimates: four")
	require.Equal(t, 3, blobs(kzgSpread), "with room for the spread: three")
}

// TestOneSlowSidecarDoesNotStrandTheSeals (issue 16, review r71): a seal of one blob weighs
// the medians of this node's KZG costs, neither spread nor the latest sample. Weighed like a
// bigger seal (the latest sample, spread), one sidecar at 1.5 s a blob (what the bench's load
// gives) put one blob at 0.13 s + 1.95 s, over the 1.95 s a seal has, and the node sealed
// calldata-sized blocks, which measure no KZG work to undo it, for its next 16 seals, with
// admission at its floor of 200; with the latest taken as it is, one sample over 1.85 s did the
// same at any median. A machine whose proofs take 1 s a blob, every time, still seals one blob:
// the other choice is a block forty times smaller.
func TestOneSlowSidecarDoesNotStrandTheSeals(t *testing.T) {
	maxBlob, calldata := protocol.BlobCapacity(protocol.MaxBlobsPerTx), AutoBlobThreshold
	blobsOf := func(b *sealBudget) int { // 0: a calldata-sized block
		if n := b.limit(sealAvail, maxBlob, calldata, true); n > calldata {
			return protocol.BlobsFor(n)
		}
		return 0
	}
	afterOne := func(median, latest time.Duration) int {
		b := newSealBudget()
		for range 8 {
			sealMeasured(b, 1, 100*time.Millisecond, median)
		}
		sealMeasured(b, 1, 100*time.Millisecond, latest)
		return blobsOf(b)
	}
	require.Equal(t, 1, afterOne(300*time.Millisecond, 1500*time.Millisecond), "one blob after one slow sidecar")
	require.Equal(t, 1, afterOne(1500*time.Millisecond, 1950*time.Millisecond), "one blob after one slower still, at a loaded median")
	// Two blobs weigh the latest, spread: after one at 0.8 s a blob, 0.26 s + 2.08 s.
	require.Equal(t, 1, afterOne(300*time.Millisecond, 800*time.Millisecond), "the latest, spread, for two blobs")
	require.Equal(t, 3, afterOne(300*time.Millisecond, 300*time.Millisecond), "three at the median, spread (0.39 s + 1.17 s)")

	slow := newSealBudget()
	for range 9 {
		slow.sealSent(slow.seals+1, 0, 0, time.Unix(tGenesis, 0))
		slow.proved(1, time.Second)
	}
	require.Equal(t, 1, blobsOf(slow), "one blob at 1 s a blob of proofs")
}

// TestAdmissionFollowsTheMeasuredCapacity (issue 16): the backlog at which new user
// transactions are refused is admissionSlots slots of what this node can seal: about 1,240
// with the priors (two blobs a slot), and half as many once its proofs are measured slow, so
// that what is admitted reaches the pending chain in the next seal.
func TestAdmissionFollowsTheMeasuredCapacity(t *testing.T) {
	f := newChainFixture(t)
	d := newDriver(&driver{app: f.a, rollup: &Rollup{GenesisTime: tGenesis, SlotDuration: 2, EpochDuration: 1000},
		set: Settings{SealLead: 1500 * time.Millisecond, DA: DAAuto}}, nil)
	perBlob := protocol.BlobCapacity(1) / priorTxBytes
	full := admissionSlots * 2 * float64(perBlob)
	require.InDelta(t, full, d.queueBound(), 2)
	require.False(t, d.overloaded(int(0.9*full)))
	require.True(t, d.overloaded(int(full)+2))
	for range 20 {
		d.budget.proved(2, 2*time.Second) // 1 s a blob: one blob a slot fits (1.73 s of 1.95 s, at the median)
	}
	require.InDelta(t, full/2, d.queueBound(), 2)
	require.True(t, d.overloaded(int(0.9*full)), "half the capacity: half the backlog")
	require.False(t, d.overloaded(int(0.4*full)))
}

// lastTx keeps the last transaction broadcast.
type lastTx struct{ raw []byte }

func (l *lastTx) BroadcastTxSync(_ context.Context, tx cmttypes.Tx) (*ctypes.ResultBroadcastTx, error) {
	l.raw = tx
	return &ctypes.ResultBroadcastTx{}, nil
}

// TestSealCarriesOnlyWhatItsBudgetAllows (issue 16): the proposer seals the pool's transactions
// only as far as its budget says the block can still be committed and published before the
// slot's deadline; the rest stays queued. Here, with commits measured at 3 s and 2.75 s left, it
// seals an empty block (which still moves the pending chain); with fast commits, all of them.
func TestSealCarriesOnlyWhatItsBudgetAllows(t *testing.T) {
	seal := func(t *testing.T, commit time.Duration) (*app.Seal, int) {
		f := newChainFixture(t)
		var raws [][]byte
		for i := range 8 {
			raws = append(raws, app.UserTx{MaxFeePerDaGas: big.NewInt(1), MaxFeePerL2Gas: big.NewInt(1),
				Payload: []byte(fmt.Sprintf("transaction %d", i))}.Encode())
		}
		f.finalize(raws...)
		require.Equal(t, 8, f.a.Meta().Queued)
		d, bc, at := sealingDriver(t, f, DACalldata)
		d.budget.sealSent(99, 0, 0, at)
		d.budget.committed(99, at.Add(commit)) // the measured commit time of a small block
		d.follow(context.Background(), L1Tips{Assured: Tip{Number: 4, Hash: common.Hash{4}, Slot: 3},
			Head: &types.Header{Number: big.NewInt(1), Time: tGenesis + 4*tSlot}})
		require.NoError(t, d.trySeal(context.Background()))
		require.NotEmpty(t, bc.raw, "a seal was sent")
		require.Equal(t, app.KindSeal, bc.raw[0])
		var s app.Seal
		require.NoError(t, json.Unmarshal(bc.raw[1:], &s))
		require.Equal(t, uint64(5), s.Slot)
		var m dto.Metric
		require.NoError(t, d.buildTime.Write(&m))
		require.Equal(t, uint64(1), m.GetHistogram().GetSampleCount(), "the seal's build is observed")
		return &s, f.a.Meta().Queued
	}
	s, _ := seal(t, 3*time.Second)
	require.Empty(t, s.Txs, "nothing can be committed before the deadline: an empty block")
	s, _ = seal(t, 100*time.Millisecond)
	require.Len(t, s.Txs, 8, "time enough: the whole pool")
}

// sealingDriver is a driver of f's proposer at 1 s before slot 5 (within its 1.5 s seal lead),
// its blocks' data in da; the seals it sends go to bc.
func sealingDriver(t *testing.T, f *chainFixture, da string) (d *driver, bc *lastTx, at time.Time) {
	t.Helper()
	at = time.Unix(tGenesis+5*tSlot-1, 0)
	d, bc = driverOnClock(t, f, &at, 1500*time.Millisecond, da)
	return d, bc, at
}

// TestEveryBlocksFateFeedsTheBudget: the driver follows every committed block (whoever sealed
// it) until L1 assures it or its slot ends; a block missing its slot halves the blobs allowed on
// this node, blocks assured in time count toward one more. Several blocks await their verdict at once (a
// block commits before the previous one's slot is over).
func TestEveryBlocksFateFeedsTheBudget(t *testing.T) {
	f := newChainFixture(t)
	d := newDriver(&driver{app: f.a, rollup: &Rollup{GenesisTime: tGenesis, SlotDuration: tSlot, EpochDuration: 1000},
		log: slog.New(slog.DiscardHandler)}, nil)
	at := func(slot uint64, assured Tip) L1Tips {
		return L1Tips{Assured: assured, Head: &types.Header{Number: big.NewInt(int64(slot)), Time: tGenesis + slot*tSlot + 1}}
	}
	d.watchSealed(5, 10, common.Address{}, common.Hash{10}, common.Hash{9}, common.Hash{})
	d.watchSealed(6, 11, common.Address{}, common.Hash{11}, common.Hash{10}, common.Hash{})
	d.judge(at(5, Tip{Number: 9, Hash: common.Hash{9}, Slot: 4}))
	require.Len(t, d.awaiting, 2, "slot 5 is not over: no verdict yet")
	require.Equal(t, protocol.MaxBlobsPerTx, d.budget.maxBlobs)
	d.judge(at(6, Tip{Number: 9, Hash: common.Hash{9}, Slot: 4})) // slot 5 over, block 10 not assured
	require.Len(t, d.awaiting, 1)
	require.Equal(t, protocol.MaxBlobsPerTx/2, d.budget.maxBlobs, "a missed slot halves the blobs")
	d.judge(at(6, Tip{Number: 11, Hash: common.Hash{11}, Slot: 6})) // block 11 assured in its slot
	require.Empty(t, d.awaiting)
	require.Equal(t, 1, d.budget.inTime, "one in time counts toward one blob more")
}

// TestAMissedBlocksChildIsNotAnotherMiss (issue 16): the block sealed on a block that then
// missed its slot (sealed a slot ahead, before that one's fate was known) cannot land either,
// whatever its size; its miss is not counted again. Before, one block too big for its slot
// halved the blobs twice (and, two proposers having missed, on every node): admission's bound
// fell to a quarter of the capacity and stayed closed while the returned transactions drained
// at a quarter of the pace (h16b's diagnosis runs: every node at one blob, 3,000 transactions
// returned, admission closed for five slots). Now the bound falls once, and a backlog the next
// seal carries is admitted.
func TestAMissedBlocksChildIsNotAnotherMiss(t *testing.T) {
	f := newChainFixture(t)
	me := crypto.PubkeyToAddress(f.key.PublicKey)
	d := newDriver(&driver{app: f.a, rollup: &Rollup{GenesisTime: tGenesis, SlotDuration: 2, EpochDuration: 1000},
		signer: keys.NewKeySigner(f.key), log: slog.New(slog.DiscardHandler),
		set: Settings{SealLead: 1500 * time.Millisecond, DA: DAAuto}}, nil)
	at := func(slot uint64, assured Tip) L1Tips {
		return L1Tips{Assured: assured, Head: &types.Header{Number: big.NewInt(int64(slot)), Time: tGenesis + slot*2 + 1}}
	}
	perBlob := protocol.BlobCapacity(1) / priorTxBytes
	d.budget.maxBlobs = 4 // after a run of blocks in time; the costs (priors) allow two blobs a slot
	require.InDelta(t, admissionSlots*2*float64(perBlob), d.queueBound(), 2)

	l1 := Tip{Number: 9, Hash: common.Hash{9}, Slot: 4}
	d.watchSealed(5, 10, me, common.Hash{10}, l1.Hash, common.Hash{})         // too big: misses slot 5
	d.watchSealed(6, 11, me, common.Hash{11}, common.Hash{10}, common.Hash{}) // sealed on it before slot 5 ended
	d.judge(at(6, l1))
	require.Equal(t, 2, d.budget.maxBlobs, "the miss halves the blobs")
	d.judge(at(7, l1))
	require.Empty(t, d.awaiting)
	require.Equal(t, 2, d.budget.maxBlobs, "its child's miss is not another: still two blobs")
	require.InDelta(t, admissionSlots*2*float64(perBlob), d.queueBound(), 2, "admission's bound: still two blobs a slot")
	require.False(t, d.overloaded(2*perBlob-10), "a backlog the next seal carries is admitted")

	// The re-sealed block 10 (slot 7, on L1's tip) misses as well: that is a miss of its own.
	d.watchSealed(7, 10, me, common.Hash{0x10}, l1.Hash, common.Hash{})
	d.judge(at(8, l1))
	require.Equal(t, 1, d.budget.maxBlobs)
	// A block that another block of its number beat to L1 missed on its own too.
	d.budget.maxBlobs = 4
	d.watchSealed(8, 10, me, common.Hash{0x20}, l1.Hash, common.Hash{})
	d.judge(at(9, Tip{Number: 10, Hash: common.Hash{0xee}, Slot: 8}))
	require.Equal(t, 2, d.budget.maxBlobs)
}

// TestAdmissionCountsTheBlocksThatCannotLand (issue 16): the transactions of pending blocks
// that can no longer reach L1 (a block whose slot is over without L1 assuring it, and the block
// sealed on it) go back to the pool when the next seal re-anchors: admission counts them from
// the moment the slot is over. Before, it counted only the pool: right after a miss it admitted
// its whole bound (then a slot and a half) more, and once the missed blocks' transactions were
// back (h16b's runs: 998 queued became 3,936) it stayed closed for five slots while they
// drained.
func TestAdmissionCountsTheBlocksThatCannotLand(t *testing.T) {
	f := newChainFixture(t)
	d := newDriver(&driver{app: f.a, rollup: &Rollup{GenesisTime: tGenesis, SlotDuration: tSlot, EpochDuration: 1000},
		log: slog.New(slog.DiscardHandler), set: Settings{SealLead: 1500 * time.Millisecond, DA: DACalldata}}, nil)
	bound := d.queueBound()
	perBlock := f.a.Params().MaxBlockTxs
	var raws [][]byte
	var hashes []common.Hash
	for i := range bound - 5 + 2*perBlock {
		raw := app.UserTx{MaxFeePerDaGas: big.NewInt(1), MaxFeePerL2Gas: big.NewInt(1), Payload: []byte(fmt.Sprintf("tx %d", i))}.Encode()
		raws, hashes = append(raws, raw), append(hashes, app.TxHash(raw))
	}
	f.finalize(raws...)
	anchor := Tip{Number: 4, Hash: common.Hash{4}, Slot: 1}
	b5 := f.sealTxs(5, 5, anchor.Hash, hashes[:perBlock])
	f.sealTxs(6, 6, b5, hashes[perBlock:2*perBlock]) // sealed on block 5 before its slot ended
	require.Equal(t, bound-5, f.a.Meta().Queued)
	_, err := f.a.Backlog(bound)
	require.NoError(t, err)

	d.weighDoomed(L1Tips{Assured: anchor, Head: &types.Header{Number: big.NewInt(1), Time: tGenesis + 5*tSlot + 1}})
	require.False(t, d.busyWith(0), "slot 5 is not over: its block may still land")
	d.weighDoomed(L1Tips{Assured: anchor, Head: &types.Header{Number: big.NewInt(2), Time: tGenesis + 6*tSlot + 1}})
	require.True(t, d.busyWith(0), "blocks 5 and 6 cannot land: their transactions are the next seals' to carry again")
	d.weighDoomed(L1Tips{Assured: Tip{Number: 5, Hash: b5, Slot: 5}, Head: &types.Header{Number: big.NewInt(2), Time: tGenesis + 6*tSlot + 1}})
	require.False(t, d.busyWith(0), "block 5 landed: block 6 may too")
}

// TestSealBudgetOutlastsSlowCommits (review r16): commits that a minority of heights delays (a
// stopped validator's CometBFT turn costs timeout_propose, and a byzantine one may withhold its
// proposal or leave the seal out on purpose) do not move the seal budget, and a stall that did
// move it does not hold it down for good. Before, one delayed commit in three pulled the
// averages up until no blob fitted, and then the seals carried fewer than the transactions that
// measure the cost per transaction, so that cost was never measured again: every later seal
// stayed calldata-sized, the pool filled to the admission bound, and the API refused everyone.
func TestSealBudgetOutlastsSlowCommits(t *testing.T) {
	maxBlob, calldata := protocol.BlobCapacity(protocol.MaxBlobsPerTx), AutoBlobThreshold
	avail := 2500 * time.Millisecond
	slot := uint64(100)
	start := time.Unix(tGenesis, 0)
	commit := func(b *sealBudget, txs int, took time.Duration) {
		slot++
		b.sealSent(slot, txs, txs*priorTxBytes, start)
		b.committed(slot, start.Add(took))
	}
	honest := newSealBudget()
	for range 12 {
		commit(honest, 10, 500*time.Millisecond)
		commit(honest, 1200, 800*time.Millisecond)
	}
	want := honest.limit(avail, maxBlob, calldata, true)
	require.Greater(t, want, calldata, "honest commits: blobs fit")

	// A third of the commits wait 3 s more (timeout_propose).
	b := newSealBudget()
	for range 4 {
		commit(b, 10, 500*time.Millisecond)
		commit(b, 1200, 800*time.Millisecond)
		commit(b, 1200, 3800*time.Millisecond)
		commit(b, 10, 500*time.Millisecond)
		commit(b, 1200, 800*time.Millisecond)
		commit(b, 10, 3500*time.Millisecond)
	}
	require.Equal(t, want, b.limit(avail, maxBlob, calldata, true), "a third of the commits delayed does not shrink the seals")

	// A stall delays every commit for a while: the seals shrink, then grow back once commits are
	// fast again, though the small seals measure no cost per transaction.
	for range 8 {
		commit(b, 1200, 6*time.Second) // two rounds of timeout_propose
	}
	require.LessOrEqual(t, b.limit(avail, maxBlob, calldata, true), calldata, "a stall shrinks the seals")
	for i := range 40 {
		n := b.limit(avail, maxBlob, calldata, true) / priorTxBytes
		if n*priorTxBytes > calldata {
			t.Logf("blobs again after %d fast seals", i)
			return
		}
		commit(b, n, 500*time.Millisecond)
	}
	t.Fatalf("after 40 fast seals the seals are still at most calldata-sized (%d bytes)", b.limit(avail, maxBlob, calldata, true))
}

// TestOneProposersMissesDoNotShrinkEveryonesSeals (review r16): a block that another member
// sealed and then did not publish (a byzantine member withholding its own blocks, or only one
// whose publisher ran out of ether) says nothing of what this node can publish in a slot.
// Before, each such miss halved every node's blobs, and one member of four missing every one
// of its slots held all the others at one blob a slot. Misses count when this node's own block
// missed, or when more than a third of the committee's proposers missed recently (at least one
// honest one then did: the network is slow).
func TestOneProposersMissesDoNotShrinkEveryonesSeals(t *testing.T) {
	f := newChainFixture(t)
	me := crypto.PubkeyToAddress(f.key.PublicKey)
	bad, x, y := common.Address{0xba}, common.Address{2}, common.Address{3}
	members := []common.Address{bad, me, x, y}
	c, err := app.EncodeJSON(app.KindCommittee, app.Committee{Epoch: 1, Members: members})
	require.NoError(t, err)
	f.finalize(c)
	d := newDriver(&driver{app: f.a, rollup: &Rollup{GenesisTime: tGenesis, SlotDuration: tSlot, EpochDuration: 1000},
		signer: keys.NewKeySigner(f.key), log: slog.New(slog.DiscardHandler), blobVersion: types.BlobSidecarVersion1}, nil)
	assured := Tip{Number: 10, Slot: 999}
	// slot's block, by proposer, published in time or not; a block after a missed one re-anchors
	// on L1's assured tip and takes the missed one's number.
	step := func(slot uint64, proposer common.Address, published bool, key ...common.Hash) {
		h := common.Hash{byte(slot >> 8), byte(slot)}
		d.watchSealed(slot, assured.Number+1, proposer, h, assured.Hash, append(key, common.Hash{})[0])
		if published {
			assured = Tip{Number: assured.Number + 1, Hash: h, Slot: slot}
		}
		d.judge(L1Tips{Assured: assured, Head: &types.Header{Number: big.NewInt(int64(slot)), Time: tGenesis + (slot+1)*tSlot + 1}})
	}
	slot := uint64(1000)
	for range 10 {
		for _, p := range members {
			step(slot, p, p != bad)
			slot++
		}
	}
	require.Equal(t, protocol.MaxBlobsPerTx, d.budget.maxBlobs, "one member's misses alone shrink nobody's seals")

	step(slot, x, false) // a second proposer misses: more than a third of four
	require.Equal(t, protocol.MaxBlobsPerTx/2, d.budget.maxBlobs, "misses of two of four proposers halve the blobs")
	step(slot+1, me, false)
	require.Equal(t, protocol.MaxBlobsPerTx/4, d.budget.maxBlobs, "this node's own miss halves them")

	// At one blob (reviews r74, r75): its own miss that was not its KZG work (a calldata block, a
	// commit held up, a send that failed) leaves one blob, and so does one whose sidecar was late
	// beside another's (a fallback publish); one whose sidecar, proven alone, was built after the
	// slot's publish deadline goes to none.
	sidecar := func(slot uint64, alone bool) common.Hash {
		w := &blobWork{slot: slot, started: true, startedAt: time.Now(), done: make(chan struct{}), alone: alone,
			estimate: time.Second, took: 1500 * time.Millisecond, doneAt: d.publishDeadline(slot).Add(100 * time.Millisecond)}
		close(w.done)
		key := common.Hash{byte(slot >> 8), byte(slot), 0xb}
		d.blobWork[key] = w
		return key
	}
	step(slot+2, me, false)
	require.Equal(t, 1, d.budget.maxBlobs, "not its sidecar: one blob still")
	step(slot+3, me, false, sidecar(slot+3, false))
	require.Equal(t, 1, d.budget.maxBlobs, "late beside another: one blob still")
	step(slot+4, me, false, sidecar(slot+4, true))
	require.Zero(t, d.budget.maxBlobs, "its sidecar late at one blob: none")
	slot += 5
	for range 3 * increaseAfter {
		step(slot, x, true)
		slot++
	}
	step(slot, y, false)
	step(slot+1, x, false) // corroborated
	require.Zero(t, d.budget.maxBlobs, "neither others' blocks in time nor their misses move it")
	slot += 2
	for range increaseAfter {
		step(slot, me, true)
		slot++
	}
	require.Equal(t, 1, d.budget.maxBlobs, "a run of its own blocks in time brings one back")
}

// TestAdmissionCountsWhatTheNextProposerTakes (review r16): the backlog that closes admission is
// what the next slot's proposer would seal (the queued transactions paying its named prices),
// not the whole pool. Proposers name their own prices: before, transactions at the floor,
// admitted while a proposer naming the floor was next (a byzantine one that then never seals
// them, or only an honest cheap one whose turn is far), sat in the pool until they expired
// (1,200 heights) and held the API and CheckTx at 503 for everyone, whatever they paid: 200
// free transactions closed the chain to users for minutes.
func TestAdmissionCountsWhatTheNextProposerTakes(t *testing.T) {
	at := time.Unix(tGenesis+3*tSlot+1, 0) // slot 3: the next slot's proposer is the fixture's key
	f := newChainFixtureAt(t, func() time.Time { return at })
	f.price = 10
	f.seal(1, 1, common.Hash{})
	d := newDriver(&driver{app: f.a, rollup: &Rollup{GenesisTime: tGenesis, SlotDuration: tSlot, EpochDuration: 1000},
		set: Settings{SealLead: 1500 * time.Millisecond, DA: DACalldata}}, nil)
	bound := d.queueBound()
	txs := func(n int, price int64, tag string) [][]byte {
		var out [][]byte
		for i := range n {
			out = append(out, app.UserTx{MaxFeePerDaGas: big.NewInt(price), MaxFeePerL2Gas: big.NewInt(price),
				Payload: []byte(fmt.Sprintf("%s %d", tag, i))}.Encode())
		}
		return out
	}
	// Admission takes the last read of the pool (app.LastBacklog); read it for each new height.
	read := func() {
		_, err := f.a.Backlog(bound)
		require.NoError(t, err)
	}
	f.finalize(txs(bound, 1, "floor")...)
	require.Equal(t, bound, f.a.Meta().Queued)
	read()
	require.False(t, d.busyWith(0), "transactions the next proposer does not take do not close admission")
	require.ErrorIs(t, f.a.CheckUserTx(txs(1, 1, "another floor")[0]), app.ErrUnderpriced, "CheckTx still refuses them")

	f.finalize(txs(bound-1, 10, "priced")...)
	read()
	require.False(t, d.busyWith(0))
	require.True(t, d.busyWith(1), "what the next proposer takes, with the mempool, closes it at the bound")
}

// TestSealQuorumStartsAtTheSlotsFirstSeal: a proposer builds its seal again each time the
// pending tip moves before the seal is taken. sptn_seal_quorum_seconds counts from the slot's
// first seal sent, while the budget's commit cost is the last seal's, the one the block was
// built as. Before, the last send restarted both, and a rebuild's wait looked like a fast quorum.
func TestSealQuorumStartsAtTheSlotsFirstSeal(t *testing.T) {
	b := newSealBudget()
	t0 := time.Unix(1_000, 0)
	b.sealSent(5, 0, 0, t0)
	b.sealSent(5, 0, 0, t0.Add(2*time.Second)) // rebuilt on a new tip
	first, ok := b.committed(5, t0.Add(2500*time.Millisecond))
	require.True(t, ok)
	require.Equal(t, t0, first, "from the slot's first seal")
	require.InDelta(t, 0.5, b.commitBase.or(b.seals, priorCommitBase), 1e-9, "the commit cost is the last seal's")

	b.sealSent(6, 0, 0, t0.Add(10*time.Second))
	b.sealSent(7, 0, 0, t0.Add(11*time.Second)) // another slot: its own first send
	_, ok = b.committed(6, t0.Add(12*time.Second))
	require.False(t, ok, "slot 6's seal is no longer in flight")
	first, ok = b.committed(7, t0.Add(12*time.Second))
	require.True(t, ok)
	require.Equal(t, t0.Add(11*time.Second), first)
}

// A block sealed again at the pending tip's own number (the tip missed its slot and the next
// seal re-anchored below it) is a new block whose fate on L1 the budget must learn: onCommit
// watched a block only when the tip's number changed, so such a re-seal was never judged, and
// its miss never counted (review r35).
func TestAReSealAtTheTipsNumberIsWatched(t *testing.T) {
	f := newChainFixture(t)
	me := crypto.PubkeyToAddress(f.key.PublicKey)
	d := newDriver(&driver{app: f.a, rollup: &Rollup{GenesisTime: tGenesis, SlotDuration: tSlot, EpochDuration: 1000},
		signer: keys.NewKeySigner(f.key), log: slog.New(slog.DiscardHandler), hub: newHub(), tipsM: metrics.Noop{},
		set: Settings{SealLead: 1500 * time.Millisecond, DA: DAAuto}}, nil)
	b5 := f.seal(3, 5, common.Hash{4})
	d.onCommit(f.a.Meta())
	b6 := f.seal(4, 6, b5)
	d.onCommit(f.a.Meta())
	require.Len(t, d.awaiting, 2)
	require.Equal(t, b6, common.Hash(d.awaiting[1].hash))

	// Block 6 missed slot 4: the next seal goes back to block 5, L1's assured tip, as block 6.
	l1 := Tip{Number: 5, Hash: b5, Slot: 3}
	parent, number, anchor, err := d.chooseParent(context.Background(), l1At(6, l1), f.a.Meta())
	require.NoError(t, err)
	require.Equal(t, uint64(6), number)
	re := f.sealAnchored(6, number, parent, anchor)
	require.NotEqual(t, b6, re)
	d.onCommit(f.a.Meta())
	require.Len(t, d.awaiting, 3, "the re-seal is watched")
	w := d.awaiting[2]
	require.Equal(t, re, common.Hash(w.hash))
	require.Equal(t, uint64(6), w.slot)
	require.Equal(t, me, w.proposer)
}

// TestASealWhoseWorkerFailedIsNoSample (review of the seals worker): a seal during which its KZG
// worker failed took the failure's time (up to the worker's timeout) and then the proofs here,
// which is no measure of what a seal's proofs cost: the budget would have shrunk this node's
// seals for its next sixteen. proveBlobs says it is no sample; its proofs are right.
func TestASealWhoseWorkerFailedIsNoSample(t *testing.T) {
	f := newChainFixture(t)
	raw := app.UserTx{MaxFeePerDaGas: big.NewInt(1), MaxFeePerL2Gas: big.NewInt(1), Payload: []byte("blob")}.Encode()
	f.finalize(raw)
	txs := []common.Hash{app.TxHash(raw)}
	_, want, err := protocol.ProveBlobData(app.EncodeTxsData([][]byte{raw}))
	require.NoError(t, err)

	for _, broken := range []bool{false, true} {
		d := newDriver(&driver{app: f.a, log: slog.New(slog.DiscardHandler)}, nil)
		if broken { // a worker that cannot start: it fails, and the blob is proven here
			d.sealKZG = brokenSealWorker(t)
		}
		proofs, took, sample, err := d.proveBlobs(txs)
		require.NoError(t, err)
		require.Equal(t, want, proofs)
		require.Positive(t, took, "the time it took, counted (sptn_seal_blob_proofs_seconds) and not taken for the build's")
		if !broken {
			require.True(t, sample, "proven here: a sample")
			continue
		}
		require.Equal(t, kzgworker.Stats{Failures: 1, InProcess: 1}, d.sealKZG.Stats())
		require.False(t, sample, "the worker failed meanwhile: no sample")
		_, took, sample, err = d.proveBlobs(txs)
		require.NoError(t, err)
		require.Equal(t, []any{time.Duration(0), false}, []any{took, sample}, "kept from the first build: nothing taken, no sample")
	}
}

// brokenSealWorker is a seals KZG worker whose binary does not exist: its first blob fails it,
// and is proven in this process.
func brokenSealWorker(t *testing.T) *kzgworker.Worker {
	return kzgworker.NewCommand(slog.New(slog.DiscardHandler), kzgworker.Seals, filepath.Join(t.TempDir(), "no-such-worker"))
}

// TestAFailedSealWorkerGivesTheBudgetNoSample is TestASealWhoseWorkerFailedIsNoSample through a
// whole seal: the seal is sent with its blobs proven in the node, the proofs' time is observed
// (sptn_seal_blob_proofs_seconds) and kept out of the build's, and the budget's KZG cost gets a
// sample only from a seal whose worker did not fail.
func TestAFailedSealWorkerGivesTheBudgetNoSample(t *testing.T) {
	for _, broken := range []bool{false, true} {
		f := newChainFixture(t)
		f.finalize(app.UserTx{MaxFeePerDaGas: big.NewInt(1), MaxFeePerL2Gas: big.NewInt(1), Payload: []byte("blob")}.Encode())
		d, bc, _ := sealingDriver(t, f, DABlobs)
		// The seal itself is what starts (and here fails) the worker: warmBlobs' start in the
		// background could fail it first, and the seal would rightly take its own time as a
		// sample.
		d.warmed.Store(true)
		if broken {
			d.sealKZG = brokenSealWorker(t)
		}
		d.follow(context.Background(), L1Tips{Assured: Tip{Number: 4, Hash: common.Hash{4}, Slot: 3},
			Head: &types.Header{Number: big.NewInt(1), Time: tGenesis + 4*tSlot}})
		require.NoError(t, d.trySeal(context.Background()))
		var s app.Seal
		require.NotEmpty(t, bc.raw, "a seal was sent")
		require.NoError(t, json.Unmarshal(bc.raw[1:], &s))
		require.True(t, s.Blobs)
		require.Len(t, s.BlobProofs, 1, "its blob proven, wherever")
		var prove, build dto.Metric
		require.NoError(t, d.proveTime.Write(&prove))
		require.NoError(t, d.buildTime.Write(&build))
		require.Equal(t, []uint64{1, 1}, []uint64{prove.GetHistogram().GetSampleCount(), build.GetHistogram().GetSampleCount()},
			"the proofs' time and the build's are observed apart")
		if broken {
			require.Equal(t, kzgworker.Stats{Failures: 1, InProcess: 1}, d.sealKZG.Stats())
			require.Empty(t, d.budget.kzgPerBlob.v, "no sample of a seal whose worker failed")
		} else {
			require.Len(t, d.budget.kzgPerBlob.v, 1, "a sample of the proofs' cost")
		}
	}
}
