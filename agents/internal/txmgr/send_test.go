package txmgr

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"
)

// revertInit deploys a contract whose code is PUSH1 0 PUSH1 0 REVERT.
var revertInit = common.FromHex("0x6005600c60003960056000f360006000fd")

func TestSendConcurrentOwnsNonces(t *testing.T) {
	t.Parallel()
	e := setup(t, testConfig())
	e.a.MineEvery(100 * time.Millisecond)
	ctx := ctxT(t)
	const n = 8
	var wg sync.WaitGroup
	receipts := make([]*types.Receipt, n)
	errs := make([]error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			receipts[i], errs[i] = e.m.Send(ctx, candidate(fmt.Sprintf("c-%d", i)))
		}()
	}
	wg.Wait()
	for i := range n {
		require.NoError(t, errs[i], "send %d", i)
		require.Equal(t, types.ReceiptStatusSuccessful, receipts[i].Status)
	}
	require.Equal(t, uint64(n), e.nonce(t, "latest"))
	sent := sentFrom(t, e.c, e.m.From())
	require.Len(t, sent, n)
	for nonce := range uint64(n) {
		require.Len(t, sent[nonce], 1, "nonce %d used once", nonce)
	}
	require.Equal(t, n, e.ev.get(EventSent))
	require.Equal(t, n, e.ev.get(EventConfirmed))
}

func TestSendIdempotentAndRevertsUseNoNonce(t *testing.T) {
	t.Parallel()
	e := setup(t, testConfig())
	e.a.MineEvery(100 * time.Millisecond)
	ctx := ctxT(t)

	r1, err := e.m.Send(ctx, candidate("same"))
	require.NoError(t, err)
	r2, err := e.m.Send(ctx, candidate("same"))
	require.NoError(t, err)
	require.Equal(t, r1.TxHash, r2.TxHash, "a second Send with the same ID returns the first receipt")
	require.Equal(t, uint64(1), e.nonce(t, "latest"))

	deploy, err := e.m.Send(ctx, TxCandidate{ID: "deploy", Data: revertInit})
	require.NoError(t, err)
	require.NotEqual(t, common.Address{}, deploy.ContractAddress)
	before := e.nonce(t, "latest")

	_, err = e.m.Send(ctx, TxCandidate{To: &deploy.ContractAddress})
	require.ErrorContains(t, err, "estimate gas", "a revert caught by the estimate returns at once")
	require.Equal(t, before, e.nonce(t, "pending"), "a failed estimate uses no nonce")

	r, err := e.m.Send(ctx, TxCandidate{To: &deploy.ContractAddress, GasLimit: 50_000})
	require.ErrorIs(t, err, ErrReverted)
	require.NotNil(t, r)
	require.Equal(t, types.ReceiptStatusFailed, r.Status)
	require.Equal(t, before+1, e.nonce(t, "latest"))
}

// TestFeeSpikeBumpsStuckTx: a tx priced for a 1 gwei base fee is stuck when the base fee jumps
// to 100 gwei; after BumpAfterBlocks it is re-signed with higher fees and mined in the spike.
func TestFeeSpikeBumpsStuckTx(t *testing.T) {
	t.Parallel()
	e := setup(t, testConfig())
	e.a.SetAutomine(false)
	ctx := ctxT(t)
	res := sendAsync(ctx, e.m, candidate("spike"))
	var first common.Hash
	eventually(t, "the tx in the pool", func() bool {
		h, ok := e.m.flightHash(0)
		first = h
		return ok && e.nonce(t, "pending") == 1
	})
	var tx struct{ MaxFeePerGas *hexutil.Big }
	e.a.Call(&tx, "eth_getTransactionByHash", first)
	spike := new(big.Int).Mul(big.NewInt(100), big.NewInt(params.GWei))
	require.Less(t, tx.MaxFeePerGas.ToInt().Cmp(spike), 0, "the first version is priced below the spike")

	e.a.Call(nil, "anvil_setNextBlockBaseFeePerGas", hexutil.EncodeBig(spike))
	e.a.Mine(1)
	// The base fee falls 12.5% per empty block: at 250 ms a block it stays above the first
	// version's fee cap for about 7 s, ample time for the manager to bump.
	stop := e.a.MineEvery(250 * time.Millisecond)
	defer stop()
	got := <-res
	require.NoError(t, got.err)
	require.NotEqual(t, first, got.r.TxHash, "a bumped version was mined, not the first")
	require.GreaterOrEqual(t, e.ev.get(EventBumped), 1)

	blk, err := e.c.HeaderByNumber(ctx, got.r.BlockNumber)
	require.NoError(t, err)
	require.Greater(t, blk.BaseFee.Cmp(tx.MaxFeePerGas.ToInt()), 0, "mined while the base fee was above what the first version could pay")
	require.Equal(t, uint64(1), e.nonce(t, "latest"))
	require.Len(t, sentFrom(t, e.c, e.m.From())[0], 1)
}

// TestDroppedTxIsRebroadcast: the node forgets the tx (anvil_dropTransaction); the manager
// notices and broadcasts the same signed tx again.
func TestDroppedTxIsRebroadcast(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.BumpAfterBlocks = 100 // no bump: the same signed tx must land
	e := setup(t, cfg)
	e.a.SetAutomine(false)
	ctx := ctxT(t)
	res := sendAsync(ctx, e.m, candidate("drop"))
	var h common.Hash
	eventually(t, "the tx in the pool", func() bool {
		var ok bool
		h, ok = e.m.flightHash(0)
		return ok && e.nonce(t, "pending") == 1
	})
	e.a.Call(nil, "anvil_dropTransaction", h)
	e.a.MineEvery(100 * time.Millisecond)
	got := <-res
	require.NoError(t, got.err)
	require.Equal(t, h, got.r.TxHash, "the dropped tx itself was rebroadcast")
	require.GreaterOrEqual(t, e.ev.get(EventRebroadcast), 1)
	require.Equal(t, uint64(1), e.nonce(t, "latest"))
}

// TestReorgRemovesReceipt: the block holding the tx is reorged away (anvil_reorg); the
// manager notices the receipt is gone, rebroadcasts, and returns the receipt of the block that
// is canonical at the end.
func TestReorgRemovesReceipt(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.Confirmations = 3
	e := setup(t, cfg)
	ctx := ctxT(t)
	res := sendAsync(ctx, e.m, candidate("reorg"))
	var minedIn common.Hash
	eventually(t, "the manager to see the receipt", func() bool {
		e.m.mu.Lock()
		defer e.m.mu.Unlock()
		f := e.m.inflight[0]
		if f != nil && f.mined != nil {
			minedIn = f.mined.BlockHash
			return true
		}
		return false
	})
	e.a.Call(nil, "anvil_reorg", 1, []any{})
	e.a.MineEvery(100 * time.Millisecond)
	got := <-res
	require.NoError(t, got.err)
	require.NotEqual(t, minedIn, got.r.BlockHash)
	canon, err := e.c.HeaderByNumber(ctx, got.r.BlockNumber)
	require.NoError(t, err)
	require.Equal(t, canon.Hash(), got.r.BlockHash, "the returned receipt is in the canonical chain")
	require.Equal(t, 1, e.ev.get(EventReorged))
	require.Equal(t, uint64(1), e.nonce(t, "latest"))
	require.Len(t, sentFrom(t, e.c, e.m.From())[0], 1)
}

// TestRPCDownAndBack: the L1 node restarts (from its dumped state) while a tx is in flight; the
// manager rides out the errors and the tx lands once.
func TestRPCDownAndBack(t *testing.T) {
	t.Parallel()
	state := t.TempDir() + "/state.json"
	cfg := testConfig()
	cfg.BumpAfterBlocks = 100
	e := setup(t, cfg, "--state", state)
	e.a.SetAutomine(false)
	ctx := ctxT(t)
	res := sendAsync(ctx, e.m, candidate("down"))
	eventually(t, "the tx in the pool", func() bool { return e.nonce(t, "pending") == 1 })
	e.a.Stop()
	_, err := e.c.BlockNumber(context.Background())
	require.Error(t, err, "L1 is down")
	e.a.Restart()
	e.a.SetAutomine(false)
	e.a.MineEvery(100 * time.Millisecond)
	got := <-res
	require.NoError(t, got.err)
	require.Equal(t, uint64(1), e.nonce(t, "latest"))
	require.Len(t, sentFrom(t, e.c, e.m.From())[0], 1)
}

// TestConcurrentSameIDSendsOnce: callers racing with one idempotency key share one tx.
func TestConcurrentSameIDSendsOnce(t *testing.T) {
	t.Parallel()
	e := setup(t, testConfig())
	e.a.MineEvery(100 * time.Millisecond)
	ctx := ctxT(t)
	const callers = 6
	hashes := make([]common.Hash, callers)
	var wg sync.WaitGroup
	for i := range callers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, err := e.m.Send(ctx, candidate("dup"))
			if err == nil {
				hashes[i] = r.TxHash
			}
		}()
	}
	wg.Wait()
	for i := 1; i < callers; i++ {
		require.Equal(t, hashes[0], hashes[i], "caller %d", i)
	}
	require.NotEqual(t, common.Hash{}, hashes[0])
	require.Equal(t, uint64(1), e.nonce(t, "latest"))
	require.Equal(t, 1, e.ev.get(EventSent))
}

// TestMaxInFlightHoldsBackNonces: with two slots, four senders put only two txs in the pool
// until blocks confirm them; then all four land.
func TestMaxInFlightHoldsBackNonces(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.MaxInFlight = 2
	cfg.BumpAfterBlocks = 100
	e := setup(t, cfg)
	e.a.SetAutomine(false)
	ctx := ctxT(t)
	var results []<-chan sendResult
	for i := range 4 {
		results = append(results, sendAsync(ctx, e.m, candidate(fmt.Sprintf("slot-%d", i))))
	}
	eventually(t, "two txs in the pool", func() bool { return e.nonce(t, "pending") == 2 })
	time.Sleep(300 * time.Millisecond) // give the other two every chance to (wrongly) get in
	require.Equal(t, uint64(2), e.nonce(t, "pending"), "no nonce is taken while the pipeline is full")
	require.Equal(t, 2, e.m.InFlight())

	e.a.MineEvery(100 * time.Millisecond)
	for _, r := range results {
		got := <-r
		require.NoError(t, got.err)
	}
	require.Equal(t, uint64(4), e.nonce(t, "latest"))
}

// slowEstimate is a backend whose gas estimate takes delay: a starved machine, or an L1
// endpoint that is slow to answer.
type slowEstimate struct {
	Backend
	delay time.Duration
	calls *atomic.Int64
}

func (b slowEstimate) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	b.calls.Add(1)
	time.Sleep(b.delay)
	return b.Backend.EstimateGas(ctx, msg)
}

// TestSendRefusedPastNotAfter: a slot-bound candidate whose deadline passes while Send estimates
// is not signed, takes no nonce and reaches no pool (it would land after its window and revert
// with its gas paid); its ID stays free, and a candidate with no deadline goes out as before.
func TestSendRefusedPastNotAfter(t *testing.T) {
	t.Parallel()
	estimates := new(atomic.Int64)
	e := setupVia(t, testConfig(), func(b Backend) Backend { return slowEstimate{Backend: b, delay: time.Second, calls: estimates} })
	m := e.m
	e.a.MineEvery(100 * time.Millisecond)
	ctx := ctxT(t)

	past := candidate("expired")
	past.NotAfter = time.Now().Add(-time.Millisecond)
	_, err := m.Send(ctx, past)
	require.ErrorIs(t, err, ErrTooLate, "already past: refused before any work")
	require.Zero(t, estimates.Load())

	during := candidate("slow")
	during.NotAfter = time.Now().Add(250 * time.Millisecond)
	_, err = m.Send(ctx, during)
	require.ErrorIs(t, err, ErrTooLate, "the deadline passed during the estimate")
	require.Equal(t, int64(1), estimates.Load(), "refused after the estimate, at the check before the nonce")
	require.Equal(t, uint64(0), e.nonce(t, "pending"), "no nonce taken, nothing in the pool")
	require.Equal(t, 0, e.ev.get(EventSent))
	require.Equal(t, 0, m.InFlight())

	// A blob candidate without its sidecar: the blob proofs (seconds of CPU) are not made for a
	// candidate whose deadline passed during the estimate.
	blob := blobCandidate("slow-blob", blobData(1000))
	blob.NotAfter = time.Now().Add(250 * time.Millisecond)
	_, err = m.Send(ctx, blob)
	require.ErrorIs(t, err, ErrTooLate)
	require.Equal(t, int64(2), estimates.Load())
	require.Zero(t, e.ev.get(EventSidecarsProven), "no blob proofs for a refusal")
	require.Equal(t, uint64(0), e.nonce(t, "pending"))

	during.NotAfter = time.Now().Add(time.Minute) // in time: the same ID is free to go
	r, err := m.Send(ctx, during)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	require.Equal(t, uint64(1), e.nonce(t, "latest"))
}
