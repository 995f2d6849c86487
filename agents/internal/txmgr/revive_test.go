package txmgr

import (
	"context"
	"testing"
	"time"

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
