package txmgr

import (
	"context"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"
)

// TestReviveAfterDeepReorg: a confirmed tx is reorged away after Send returned. Send with its ID
// reports ErrReceiptGone; Revive re-signs it at its own nonce, so the next intent does not sit
// behind a gap, and a Send with the same ID then returns the new receipt.
func TestReviveAfterDeepReorg(t *testing.T) {
	t.Parallel()
	e := setup(t, testConfig())
	ctx := ctxT(t)
	first := e.sendThenReorgAway(t, candidate("deep"))
	_, err := e.m.Send(ctx, candidate("deep"))
	require.ErrorIs(t, err, ErrReceiptGone)

	require.ErrorIs(t, e.m.Revive(ctx, "unknown"), ErrNotRevivable)
	require.NoError(t, e.m.Revive(ctx, "deep"))
	e.a.MineEvery(100 * time.Millisecond)
	again, err := e.m.Send(ctx, candidate("deep"))
	require.NoError(t, err)
	require.NotEqual(t, first.BlockHash, again.BlockHash)
	_, err = e.m.Send(ctx, candidate("after"))
	require.NoError(t, err, "no gap: the next intent lands")
	require.Equal(t, uint64(2), e.nonce(t, "latest"))
	require.ErrorIs(t, e.m.Revive(context.Background(), "after"), ErrNotRevivable, "a tx with its receipt is not revived")
}

// sendThenReorgAway sends c with blocks mined every 100 ms, stops mining and reorgs L1 to below
// the block that confirmed it; it returns the receipt the reorg removed.
func (e *env) sendThenReorgAway(t *testing.T, c TxCandidate) *types.Receipt {
	t.Helper()
	stop := e.a.MineEvery(100 * time.Millisecond)
	ctx := ctxT(t)
	r, err := e.m.Send(ctx, c)
	require.NoError(t, err)
	stop()
	head, err := e.c.BlockNumber(ctx)
	require.NoError(t, err)
	e.a.Call(nil, "anvil_reorg", head-r.BlockNumber.Uint64()+1, []any{})
	require.Zero(t, e.nonce(t, "latest"), "the reorg removed the tx")
	return r
}

// TestReviveKeepsMaxInFlight: with txmgr.max-in-flight 1, a deep reorg removes two confirmed
// transactions. Both are revived at once (the manager takes their nonces back, so no gap can
// open whatever the caller does next), but only the lower one goes to the node's pool; the
// other follows once the first is confirmed (it went at once: two in the pool).
func TestReviveKeepsMaxInFlight(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.MaxInFlight = 1
	e := setup(t, cfg)
	ctx := ctxT(t)
	stop := e.a.MineEvery(100 * time.Millisecond)
	first, err := e.m.Send(ctx, candidate("a"))
	require.NoError(t, err)
	_, err = e.m.Send(ctx, candidate("b"))
	require.NoError(t, err)
	stop()
	e.a.SetAutomine(false)
	head, err := e.c.BlockNumber(ctx)
	require.NoError(t, err)
	e.a.Call(nil, "anvil_reorg", head-first.BlockNumber.Uint64()+1, []any{})
	require.Zero(t, e.nonce(t, "latest"), "the reorg removed both")

	require.NoError(t, e.m.Revive(ctx, "a"))
	require.NoError(t, e.m.Revive(ctx, "b"))
	require.Equal(t, 2, e.m.InFlight(), "both are the manager's again")
	ha, ok := e.m.flightHash(0)
	require.True(t, ok)
	hb, ok := e.m.flightHash(1)
	require.True(t, ok)
	inPool := func(h common.Hash) bool {
		var tx map[string]any
		e.a.Call(&tx, "eth_getTransactionByHash", h)
		return tx != nil
	}
	time.Sleep(5 * cfg.PollInterval) // the loop's ticks would rebroadcast it
	require.True(t, inPool(ha))
	require.False(t, inPool(hb), "the second waits for a slot")

	e.a.MineEvery(100 * time.Millisecond)
	_, err = e.m.Send(ctx, candidate("b"))
	require.NoError(t, err, "it follows once the first is confirmed")
	require.Equal(t, uint64(2), e.nonce(t, "latest"))
}

// reverter is an address whose code reverts every call: a transaction to it is mined with
// status 0 (a propose of a past slot, say).
var reverter = common.HexToAddress("0x00000000000000000000000000000000000BAd00")

// TestNoNonceGapAfterReorgDropsMinedTx (chaos soak, seed 1): a confirmed transaction, reverted
// or not, is removed by an L1 reorg deeper than Confirmations that drops it from the pool too
// (anvil_reorg; a node restarted with an empty pool). Nobody calls Revive: the manager itself
// sees L1's nonce fall below a nonce it had confirmed and puts that transaction back in
// flight, so the next Send lands instead of waiting behind a gap for ever. The same holds for
// a manager that was down during the reorg and starts from its store (kill -9).
func TestNoNonceGapAfterReorgDropsMinedTx(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	e := setup(t, cfg)
	ctx := ctxT(t)
	e.a.Call(nil, "anvil_setCode", reverter, "0x60006000fd") // PUSH1 0 PUSH1 0 REVERT
	stop := e.a.MineEvery(100 * time.Millisecond)
	reverted, err := e.m.Send(ctx, TxCandidate{To: &reverter, GasLimit: 60_000}) // no ID: nobody could revive it
	require.ErrorIs(t, err, ErrReverted)
	require.Equal(t, types.ReceiptStatusFailed, reverted.Status)
	_, err = e.m.Send(ctx, candidate("ok"))
	require.NoError(t, err)
	stop()
	head, err := e.c.BlockNumber(ctx)
	require.NoError(t, err)
	e.a.Call(nil, "anvil_reorg", head-reverted.BlockNumber.Uint64()+1, []any{})
	require.Zero(t, e.nonce(t, "latest"), "the reorg removed both, and they are in no pool")

	stop = e.a.MineEvery(100 * time.Millisecond)
	sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	_, err = e.m.Send(sctx, candidate("next"))
	require.NoError(t, err, "no nonce gap: the manager re-sent what the reorg removed")
	require.Equal(t, uint64(3), e.nonce(t, "latest"))
	got := sentFrom(t, e.c, e.m.From())
	require.Len(t, got[0], 1)
	require.Equal(t, reverter, *got[0][0].To(), "nonce 0 is the reverted call again, not a filler")

	// Down during the reorg: a manager that starts from the same store (after a kill -9, say)
	// closes the gap too.
	require.NoError(t, e.m.Stop(ctx))
	stop()
	first, err := e.c.TransactionReceipt(ctx, got[0][0].Hash())
	require.NoError(t, err)
	head, err = e.c.BlockNumber(ctx)
	require.NoError(t, err)
	e.a.Call(nil, "anvil_reorg", head-first.BlockNumber.Uint64()+1, []any{})
	require.Zero(t, e.nonce(t, "latest"))
	m := e.start(t, cfg, e.c)
	e.a.MineEvery(100 * time.Millisecond)
	sctx, cancel = context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	_, err = m.Send(sctx, candidate("last"))
	require.NoError(t, err, "no nonce gap after a restart either")
	require.Equal(t, uint64(4), e.nonce(t, "latest"))
}

// nonceReads counts the manager's reads of the account's nonce: at least one each poll once a
// transaction was confirmed.
type nonceReads struct {
	Backend
	n *atomic.Int64
}

func (b nonceReads) NonceAt(ctx context.Context, account common.Address, number *big.Int) (uint64, error) {
	b.n.Add(1)
	return b.Backend.NonceAt(ctx, account, number)
}

// TestReviveWaitsForARevivalUnderWay (review r64, r65): a caller's Revive and the manager's own
// revival of a reorged nonce can meet, and each would prove a blob transaction's sidecar for one
// of them to find the other in flight. The second waits for the first when it is a caller's
// Revive, whose nil must mean in flight, and tries itself if the first ends without a flight;
// the manager's poll does not wait (its receipts, bumps and confirmations would stand behind a
// caller's proofs) and leaves the nonce to the revival under way. A Revive still waiting when the
// manager stops gets ErrStopped, and puts nothing in flight.
func TestReviveWaitsForARevivalUnderWay(t *testing.T) {
	t.Parallel()
	polls := new(atomic.Int64)
	e := setupVia(t, testConfig(), func(b Backend) Backend { return nonceReads{Backend: b, n: polls} })
	ctx := ctxT(t)
	underWay := func() chan struct{} { // another revival of nonce 0 is under way
		c := make(chan struct{})
		e.m.mu.Lock()
		e.m.reviving[0] = c
		e.m.mu.Unlock()
		return c
	}
	ends := func(c chan struct{}) { // ... and ends without putting it in flight
		e.m.mu.Lock()
		delete(e.m.reviving, 0)
		close(c)
		e.m.mu.Unlock()
	}
	first := underWay()
	e.sendThenReorgAway(t, candidate("a"))
	res := make(chan error, 1)
	go func() { res <- e.m.Revive(ctx, "a") }()
	// The manager sees the gap at nonce 0 at every poll, and goes on polling.
	seen := polls.Load()
	require.Eventually(t, func() bool { return polls.Load() >= seen+5 }, 30*time.Second, 10*time.Millisecond,
		"the poll goes on while a caller's revival is under way")
	require.Zero(t, e.m.InFlight(), "the poll leaves the nonce to the revival under way")
	select {
	case err := <-res:
		t.Fatalf("Revive returned %v while the revival under way ran", err)
	default:
	}
	ends(first)
	require.NoError(t, <-res, "the waiting Revive revived it itself")
	require.Equal(t, 1, e.m.InFlight())

	// Stopped while it waits: ErrStopped, nothing put in flight by it.
	e2 := persistentEnv(t)
	e2.m = e2.start(t, testConfig(), e2.c)
	e = e2
	second := underWay()
	e.sendThenReorgAway(t, candidate("b"))
	go func() { res <- e.m.Revive(ctx, "b") }()
	require.Never(t, func() bool { return len(res) > 0 }, 300*time.Millisecond, 10*time.Millisecond, "it waits")
	require.NoError(t, e.m.Stop(ctx))
	ends(second)
	require.ErrorIs(t, <-res, ErrStopped)
	require.Zero(t, e.m.InFlight())
}
