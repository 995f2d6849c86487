package node

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/store"
	"github.com/sptn/sptn/agents/node/app"
)

// heldPool is a store whose reads of the transaction pool, once held, wait until released: a
// pool read that takes long (thousands of entries on a loaded machine). reads counts them.
type heldPool struct {
	store.KV
	held     atomic.Bool
	reads    atomic.Int64
	reading  chan struct{} // closed when a held read starts
	once     sync.Once
	released chan struct{}
}

func newHeldPool() *heldPool {
	return &heldPool{KV: store.OpenMemory(), reading: make(chan struct{}), released: make(chan struct{})}
}

func (s *heldPool) Each(prefix []byte, fn func(key, value []byte) error) error {
	if bytes.HasPrefix(prefix, []byte("app/pool/")) {
		s.reads.Add(1)
		if s.held.Load() {
			s.once.Do(func() { close(s.reading) })
			<-s.released
		}
	}
	return s.KV.Each(prefix, fn)
}

// TestRefusalWaitsForNoPoolRead (issue 16: refusals within 50 ms): a submission refused for load
// is answered while the pool is being read, and however many come, one read of the pool at a
// time serves them all. Before, the first submission (or CheckTx) after each new height or slot
// read the pool itself for the admission backlog (up to the bound, thousands of entries: tens of
// milliseconds on a loaded machine, and over 100 ms at the bench's p99) before it was refused.
func TestRefusalWaitsForNoPoolRead(t *testing.T) {
	kv := newHeldPool()
	var d *driver
	f := newChainFixtureOn(t, app.Config{Busy: func() bool { return d.busyWith(0) }}, kv)
	d = newDriver(&driver{app: f.a, rollup: &Rollup{GenesisTime: tGenesis, SlotDuration: tSlot, EpochDuration: 1000},
		bc: &acceptAll{}, hub: newHub(), log: slog.New(slog.DiscardHandler),
		set: Settings{SealLead: 1500 * time.Millisecond, DA: DACalldata}}, nil)
	bound := d.queueBound()
	txs := func(n int, tag string) [][]byte {
		var out [][]byte
		for i := range n {
			out = append(out, app.UserTx{MaxFeePerDaGas: big.NewInt(1), MaxFeePerL2Gas: big.NewInt(1),
				Payload: []byte(fmt.Sprintf("%s %d", tag, i))}.Encode())
		}
		return out
	}
	f.finalize(txs(bound, "queued")...)
	n, err := f.a.Backlog(bound)
	require.NoError(t, err)
	require.Equal(t, bound, n)
	require.True(t, f.a.Busy(), "a backlog at the bound: new user transactions are refused")

	a := newAPI(d, f.a.Busy, testLimits, slog.New(slog.DiscardHandler))
	srv := httptest.NewUnstartedServer(a.srv.Handler)
	srv.Config = a.srv
	srv.Start()
	t.Cleanup(srv.Close)

	// A new height: the pool changed, and its next read is held (until the end, whatever fails).
	kv.held.Store(true)
	var release sync.Once
	t.Cleanup(func() { release.Do(func() { close(kv.released) }) })
	f.finalize(txs(1, "one more")...)
	answered := make(chan *http.Response, 1)
	go func() {
		res, err := http.Post(srv.URL+"/v1/txs/batch", "application/json", strings.NewReader(`{"txs":[`+okTx+`]}`))
		if err == nil {
			res.Body.Close()
		}
		answered <- res
	}()
	select {
	case res := <-answered:
		require.NotNil(t, res)
		require.Equal(t, http.StatusServiceUnavailable, res.StatusCode)
		require.NotEmpty(t, res.Header.Get("Retry-After"))
	case <-time.After(10 * time.Second):
		t.Fatal("the refusal waited for the pool read")
	}
	select {
	case <-kv.reading: // the pool is being read, held, meanwhile
	case <-time.After(10 * time.Second):
		t.Fatal("nothing reads the pool for the new height")
	}
	// CheckTx refuses at once too, and a flood of refusals starts no other read of the pool.
	for i := range 50 {
		res, err := f.a.CheckTx(context.Background(), &abci.RequestCheckTx{Tx: txs(1, fmt.Sprintf("flood %d", i))[0]})
		require.NoError(t, err)
		require.Equal(t, app.ErrBusy.Error(), res.Log)
		res2, err := http.Post(srv.URL+"/v1/txs", "application/json", strings.NewReader(okTx))
		require.NoError(t, err)
		res2.Body.Close()
		require.Equal(t, http.StatusServiceUnavailable, res2.StatusCode)
	}
	require.Equal(t, int64(1), kv.reads.Load()-1, "one read of the pool for the new height, whatever the refusals")
}
