package load

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// fakeChain is a test double of a node's chain API: it seals what it received every tick into a
// block, assures blocks two behind and proves them four behind, and refuses payloads over 100
// bytes as the node does. Unit tests only: the real node is exercised against real CometBFT.
type fakeChain struct {
	mu      sync.Mutex
	pool    []common.Hash
	blocks  [][]common.Hash // blocks[n-1]
	built   []int           // built[n-1]: how many times block n was built (its hash)
	changed chan struct{}
	// rebuildEvery: every so many ticks the tip block is built again at its number, with the
	// pool added, as a node's pending chain replaces a block that missed its L1 slot.
	rebuildEvery int
}

func newFakeChain(t *testing.T, tick time.Duration) *httptest.Server {
	return newRebuildingChain(t, tick, 0)
}

func newRebuildingChain(t *testing.T, tick time.Duration, rebuildEvery int) *httptest.Server {
	f := &fakeChain{changed: make(chan struct{}, 1), rebuildEvery: rebuildEvery}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/txs", func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			Payload hexutil.Bytes `json:"payload"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, `{"error":"malformed transaction: json"}`, http.StatusBadRequest)
			return
		}
		if len(req.Payload) > 100 {
			w.WriteHeader(http.StatusBadRequest)
			fmt.Fprintf(w, `{"error":"transaction payload too large: %d bytes, limit 100"}`, len(req.Payload))
			return
		}
		h := crypto.Keccak256Hash(req.Payload)
		f.mu.Lock()
		f.pool = append(f.pool, h)
		f.mu.Unlock()
		w.WriteHeader(http.StatusAccepted)
		fmt.Fprintf(w, `{"hash":"%s","status":"submitted"}`, h.Hex())
	})
	mux.HandleFunc("POST /v1/txs/batch", func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			Txs []struct {
				Payload hexutil.Bytes `json:"payload"`
			} `json:"txs"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, `{"error":"malformed transaction: json"}`, http.StatusBadRequest)
			return
		}
		var results []map[string]any
		f.mu.Lock()
		for _, tx := range req.Txs {
			if len(tx.Payload) > 100 {
				results = append(results, map[string]any{"code": 400,
					"error": fmt.Sprintf("transaction payload too large: %d bytes, limit 100", len(tx.Payload))})
				continue
			}
			h := crypto.Keccak256Hash(tx.Payload)
			f.pool = append(f.pool, h)
			results = append(results, map[string]any{"hash": h, "status": "submitted", "code": 202})
		}
		f.mu.Unlock()
		_ = json.NewEncoder(w).Encode(map[string]any{"results": results})
	})
	mux.HandleFunc("GET /v1/blocks/{n}", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.PathValue("n"))
		f.mu.Lock()
		defer f.mu.Unlock()
		if n < 1 || n > len(f.blocks) {
			http.NotFound(w, r)
			return
		}
		_ = json.NewEncoder(w).Encode(map[string]any{"txs": f.blocks[n-1]})
	})
	mux.HandleFunc("GET /v1/events", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		fl := w.(http.Flusher)
		for {
			f.mu.Lock()
			n := len(f.blocks)
			var hash common.Hash
			if n > 0 {
				hash = crypto.Keccak256Hash([]byte(fmt.Sprintf("%d/%d", n, f.built[n-1])))
			}
			f.mu.Unlock()
			fmt.Fprintf(w, "event: tips\ndata: {\"pending\":{\"number\":%d,\"hash\":\"%s\"},\"assured\":{\"number\":%d},\"proven\":{\"number\":%d}}\n\n",
				n, hash.Hex(), max(n-2, 0), max(n-4, 0))
			fl.Flush()
			select {
			case <-r.Context().Done():
				return
			case <-f.changed:
			}
		}
	})
	srv := httptest.NewServer(mux)
	stop := make(chan struct{})
	go func() {
		tk := time.NewTicker(tick)
		defer tk.Stop()
		for i := 1; ; i++ {
			select {
			case <-stop:
				return
			case <-tk.C:
			}
			f.mu.Lock()
			if n := len(f.blocks); f.rebuildEvery > 0 && i%f.rebuildEvery == 0 && n > 2 {
				f.blocks[n-1] = append(append([]common.Hash(nil), f.blocks[n-1]...), f.pool...)
				f.built[n-1]++
			} else {
				f.blocks = append(f.blocks, f.pool)
				f.built = append(f.built, 1)
			}
			f.pool = nil
			f.mu.Unlock()
			select {
			case f.changed <- struct{}{}:
			default:
			}
		}
	}()
	t.Cleanup(func() { close(stop); srv.Close() })
	return srv
}

func TestRunFollowsTransactionsThroughTheChains(t *testing.T) {
	t.Parallel()
	srv := newFakeChain(t, 20*time.Millisecond)
	rep, err := Run(context.Background(), Config{
		APIs: []string{srv.URL}, TPS: 200, Duration: 500 * time.Millisecond, Size: 64,
		MaxFee: big.NewInt(1), Wait: 10 * time.Second, Workers: 8, Seed: 1,
	}, nil)
	require.NoError(t, err)
	require.Equal(t, 100, rep.Submitted)
	require.Equal(t, 100, rep.Accepted)
	require.Empty(t, rep.Rejected)
	require.Equal(t, 100, rep.Pending.Reached)
	require.Equal(t, 100, rep.Assured.Reached)
	require.Equal(t, 100, rep.Proven.Reached)
	require.LessOrEqual(t, rep.Pending.P50Ms, rep.Assured.P50Ms)
	require.LessOrEqual(t, rep.Assured.P50Ms, rep.Proven.P50Ms)
	require.Positive(t, rep.PendingTPS)
	require.LessOrEqual(t, rep.PendingTPS, rep.AchievedTPS)
	require.Positive(t, rep.BlocksWithTxs)
	require.Contains(t, rep.Table(), "proven")
}

// TestRunRereadsRebuiltBlocks: when the chain builds its tip block again at the same number
// (another hash: a block that missed its L1 slot, rebuilt with the pool), the generator reads it
// again, so that the transactions only the rebuilt block carries are counted as pending too.
func TestRunRereadsRebuiltBlocks(t *testing.T) {
	t.Parallel()
	srv := newRebuildingChain(t, 20*time.Millisecond, 3)
	rep, err := Run(context.Background(), Config{
		APIs: []string{srv.URL}, TPS: 200, Duration: 500 * time.Millisecond, Size: 64,
		MaxFee: big.NewInt(1), Wait: 10 * time.Second, Workers: 8, Batch: 5, Seed: 4,
	}, nil)
	require.NoError(t, err)
	require.Equal(t, 100, rep.Accepted)
	require.Equal(t, 100, rep.Pending.Reached, "every transaction is in a pending block, rebuilt ones too")
	require.Equal(t, 100, rep.Assured.Reached)
}

// TestRunTellsPoolsFromChain: a chain that takes every transaction into its pool but seals no
// block while the submission lasts has an achieved rate and nothing into pending.
func TestRunTellsPoolsFromChain(t *testing.T) {
	t.Parallel()
	srv := newFakeChain(t, time.Hour)
	rep, err := Run(context.Background(), Config{
		APIs: []string{srv.URL}, TPS: 100, Duration: 300 * time.Millisecond, Size: 64,
		MaxFee: big.NewInt(1), Workers: 4, Batch: 10, Seed: 3,
	}, nil)
	require.NoError(t, err)
	require.Equal(t, 30, rep.Accepted)
	require.Positive(t, rep.AchievedTPS)
	require.Zero(t, rep.PendingTPS)
	require.Zero(t, rep.BlocksWithTxs)
	require.Zero(t, rep.Pending.Reached)
}

// TestRunInBatches: with Batch set, transactions go in /v1/txs/batch requests, each counted and
// followed on its own; a short last batch carries the remainder.
func TestRunInBatches(t *testing.T) {
	t.Parallel()
	srv := newFakeChain(t, 20*time.Millisecond)
	rep, err := Run(context.Background(), Config{
		APIs: []string{srv.URL}, TPS: 230, Duration: 500 * time.Millisecond, Size: 64,
		MaxFee: big.NewInt(1), Wait: 10 * time.Second, Workers: 2, Batch: 50, Seed: 1,
	}, nil)
	require.NoError(t, err)
	require.Equal(t, 115, rep.Submitted)
	require.Equal(t, 115, rep.Accepted)
	require.Equal(t, 115, rep.Proven.Reached)

	rep, err = Run(context.Background(), Config{
		APIs: []string{srv.URL}, TPS: 100, Duration: 200 * time.Millisecond, Size: 200,
		MaxFee: big.NewInt(1), Workers: 1, Batch: 7, Seed: 2,
	}, nil)
	require.NoError(t, err)
	require.Equal(t, map[string]int{"400 transaction payload too large": 20}, rep.Rejected)
}

func TestRunCountsRefusalsByKind(t *testing.T) {
	t.Parallel()
	srv := newFakeChain(t, 20*time.Millisecond)
	rep, err := Run(context.Background(), Config{
		APIs: []string{srv.URL}, TPS: 100, Duration: 200 * time.Millisecond, Size: 200,
		MaxFee: big.NewInt(1), Wait: 0, Workers: 4, Seed: 2,
	}, nil)
	require.NoError(t, err)
	require.Equal(t, 20, rep.Submitted)
	require.Equal(t, 0, rep.Accepted)
	require.Equal(t, map[string]int{"400 transaction payload too large": 20}, rep.Rejected)
}

func TestConfigCheck(t *testing.T) {
	t.Parallel()
	good := Config{APIs: []string{"http://127.0.0.1:8080"}, TPS: 10, Duration: time.Second, Size: 200,
		MaxFee: big.NewInt(1), Workers: 4}
	require.NoError(t, good.Check())
	tests := []struct {
		mutate func(*Config)
		want   string
	}{
		{func(c *Config) { c.APIs = nil }, "--api: at least one"},
		{func(c *Config) { c.APIs = []string{"127.0.0.1:8080"} }, "want an http:// or https:// URL"},
		{func(c *Config) { c.TPS = 0 }, "--tps 0: want 1 to 100000"},
		{func(c *Config) { c.Batch = 1001 }, "--batch 1001: want 1 to 1000"},
		{func(c *Config) { c.Duration = 0 }, "--duration 0s"},
		{func(c *Config) { c.Size = 0 }, "--size 0"},
		{func(c *Config) { c.MaxFee = big.NewInt(-1) }, "--max-fee"},
		{func(c *Config) { c.Workers = 0 }, "--workers 0"},
	}
	for _, tc := range tests {
		c := good
		tc.mutate(&c)
		err := c.Check()
		require.Error(t, err)
		require.True(t, strings.Contains(err.Error(), tc.want), "%v does not say %q", err, tc.want)
	}
}
