package node

import (
	"context"
	"io"
	"log/slog"
	"testing"

	"github.com/cometbft/cometbft/mempool"
	ctypes "github.com/cometbft/cometbft/rpc/core/types"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/store"
	"github.com/sptn/sptn/agents/node/app"
)

// scriptedMempool answers each transaction (by its first payload byte) as scripted, and counts
// what it was given.
type scriptedMempool struct {
	answer map[byte]func() (*ctypes.ResultBroadcastTx, error)
	got    map[byte]int
}

func (m *scriptedMempool) BroadcastTxSync(_ context.Context, tx cmttypes.Tx) (*ctypes.ResultBroadcastTx, error) {
	m.got[tx[1]]++
	return m.answer[tx[1]]()
}

// TestJournalSweep: at start every kept transaction the chain does not hold goes to the mempool
// again; one the chain holds is forgotten; one refused for good is recorded as dropped with the
// mempool's reason (GET /v1/txs answers it); one refused for load, or one the mempool already
// holds, stays kept; a later sweep leaves alone the young ones.
func TestJournalSweep(t *testing.T) {
	kv := store.OpenMemory()
	t.Cleanup(func() { _ = kv.Close() })
	raw := func(b byte) []byte { return []byte{app.KindUser, b} }
	h := func(b byte) common.Hash { return app.TxHash(raw(b)) }
	ok := func() (*ctypes.ResultBroadcastTx, error) { return &ctypes.ResultBroadcastTx{}, nil }
	mp := &scriptedMempool{got: map[byte]int{}, answer: map[byte]func() (*ctypes.ResultBroadcastTx, error){
		1: ok,
		2: ok, // held by the chain: never submitted
		3: func() (*ctypes.ResultBroadcastTx, error) {
			return &ctypes.ResultBroadcastTx{Code: 1, Log: "underpriced: pays 1"}, nil
		},
		4: func() (*ctypes.ResultBroadcastTx, error) {
			return &ctypes.ResultBroadcastTx{Code: 1, Log: app.ErrBusy.Error()}, nil
		},
		5: func() (*ctypes.ResultBroadcastTx, error) { return nil, mempool.ErrTxInCache },
	}}
	j := &journal{kv: kv, bc: mp, log: slog.New(slog.NewTextHandler(io.Discard, nil)),
		known: func(x common.Hash) bool { return x == h(2) }}
	require.NoError(t, j.keep([]kept{{h(1), raw(1)}, {h(2), raw(2)}, {h(3), raw(3)}, {h(5), raw(5)}}))

	j.sweep(context.Background(), 0)
	require.Equal(t, 1, mp.got[1])
	require.Zero(t, mp.got[2], "the chain holds it")
	_, err := kv.Get(acceptedKey(h(2)))
	require.ErrorIs(t, err, store.ErrNotFound, "forgotten once the chain holds it")
	reason, dropped := j.refusal(h(3))
	require.True(t, dropped)
	require.Contains(t, reason, "underpriced: pays 1")
	_, err = kv.Get(acceptedKey(h(3)))
	require.ErrorIs(t, err, store.ErrNotFound)
	for _, b := range []byte{1, 5} {
		_, err := kv.Get(acceptedKey(h(b)))
		require.NoError(t, err, "tx %d stays kept until the chain holds it", b)
	}
	_, dropped = j.refusal(h(1))
	require.False(t, dropped)

	j.sweep(context.Background(), resubmitAfter)
	require.Equal(t, 1, mp.got[1], "young ones wait for resubmitAfter")

	require.NoError(t, j.keep([]kept{{h(4), raw(4)}}))
	j.sweep(context.Background(), 0)
	require.Equal(t, 1, mp.got[4])
	_, err = kv.Get(acceptedKey(h(4)))
	require.NoError(t, err, "refused for load: kept for the next sweep")
	_, dropped = j.refusal(h(4))
	require.False(t, dropped)
}
