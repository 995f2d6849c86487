package txmgr

import (
	"context"
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
