package txmgr

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestReviveAfterDeepReorg: a confirmed tx is reorged away after Send returned. Send with its ID
// reports ErrReceiptGone; Revive re-signs it at its own nonce, so the next intent does not sit
// behind a gap, and a Send with the same ID then returns the new receipt.
func TestReviveAfterDeepReorg(t *testing.T) {
	t.Parallel()
	e := setup(t, testConfig())
	stop := e.a.MineEvery(100 * time.Millisecond)
	ctx := ctxT(t)
	first, err := e.m.Send(ctx, candidate("deep"))
	require.NoError(t, err)

	stop()
	head, err := e.c.BlockNumber(ctx)
	require.NoError(t, err)
	e.a.Call(nil, "anvil_reorg", head-first.BlockNumber.Uint64()+1, []any{})
	require.Zero(t, e.nonce(t, "latest"), "the reorg removed the tx")
	_, err = e.m.Send(ctx, candidate("deep"))
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
