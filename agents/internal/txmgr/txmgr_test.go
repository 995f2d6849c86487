package txmgr

import (
	"context"
	"io"
	"log/slog"
	"math/big"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/anviltest"
	"github.com/sptn/sptn/agents/internal/keys"
	"github.com/sptn/sptn/agents/internal/l1"
	"github.com/sptn/sptn/agents/internal/metrics"
	"github.com/sptn/sptn/agents/internal/store"
)

// Interfaces are declared where used; the real implementations must satisfy them.
var (
	_ Backend = (*l1.Client)(nil)
	_ Metrics = (*metrics.Registry)(nil)
)

// wait is the generous bound on anything a test waits for (a busy 2-core machine).
const wait = 60 * time.Second

var sink = common.HexToAddress("0x000000000000000000000000000000000000dEaD")

func testConfig() Config {
	return Config{
		ChainID: big.NewInt(anviltest.ChainID), MaxFeeCap: big.NewInt(1000 * params.GWei),
		MinTipCap: big.NewInt(params.GWei), MaxTipCap: big.NewInt(100 * params.GWei), GasMargin: 1.2,
		BumpAfterBlocks: 2, Confirmations: 2, PollInterval: 50 * time.Millisecond, DoneRetention: time.Hour,
		MaxBlobFeeCap: big.NewInt(100 * params.GWei), BlobSidecarVersion: types.BlobSidecarVersion1,
	}
}

func logger() *slog.Logger {
	if os.Getenv("SPTN_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

func dial(t testing.TB, url string) *l1.Client {
	t.Helper()
	c, err := l1.Dial(context.Background(), l1.Options{
		URLs: []string{url}, ChainID: anviltest.ChainID, RequestTimeout: 2 * time.Second, Retries: 2,
		RetryWaitMin: 50 * time.Millisecond, RetryWaitMax: 200 * time.Millisecond,
	})
	require.NoError(t, err)
	t.Cleanup(c.Close)
	return c
}

type env struct {
	a  *anviltest.Anvil
	c  *l1.Client
	kv store.KV
	ev *counts
	m  *Manager
}

func setup(t *testing.T, cfg Config, anvilArgs ...string) *env {
	t.Helper()
	return setupVia(t, cfg, func(b Backend) Backend { return b }, anvilArgs...)
}

// setupVia is setup with the manager reaching anvil through wrap's backend.
func setupVia(t *testing.T, cfg Config, wrap func(Backend) Backend, anvilArgs ...string) *env {
	t.Helper()
	a := anviltest.Start(t, anvilArgs...)
	e := &env{a: a, c: dial(t, a.URL), kv: store.OpenMemory(), ev: &counts{events: map[string]int{}}}
	t.Cleanup(func() { _ = e.kv.Close() })
	e.m = e.start(t, cfg, wrap(e.c))
	return e
}

func (e *env) start(t testing.TB, cfg Config, b Backend) *Manager {
	t.Helper()
	m := New(cfg, b, keys.NewKeySigner(anviltest.DevKey(t, 0)), e.kv, e.ev, logger())
	require.NoError(t, m.Start(context.Background()))
	t.Cleanup(func() { _ = m.Stop(context.Background()) })
	return m
}

// counts records the manager's events for assertions.
type counts struct {
	metrics.Noop
	mu     sync.Mutex
	events map[string]int
}

func (c *counts) RecordTxEvent(e string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.events[e]++
}

func (c *counts) get(e string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.events[e]
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	t.Cleanup(cancel)
	return ctx
}

// eventually polls cond until it holds or wait passes.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(wait)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func (e *env) nonce(t *testing.T, tag string) uint64 {
	var n hexutil.Uint64
	e.a.Call(&n, "eth_getTransactionCount", e.m.From(), tag)
	return uint64(n)
}

// flightHash is the hash of the latest version of the transaction in flight at nonce.
func (m *Manager) flightHash(nonce uint64) (common.Hash, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	f := m.inflight[nonce]
	if f == nil {
		return common.Hash{}, false
	}
	return f.latest().Hash(), true
}

type sendResult struct {
	r   *types.Receipt
	err error
}

func sendAsync(ctx context.Context, m *Manager, c TxCandidate) <-chan sendResult {
	ch := make(chan sendResult, 1)
	go func() {
		r, err := m.Send(ctx, c)
		ch <- sendResult{r, err}
	}()
	return ch
}

func candidate(id string) TxCandidate {
	return TxCandidate{ID: id, To: &sink, Data: []byte(id), Value: big.NewInt(1)}
}

// sentFrom returns the transactions from "from" in blocks 1..head, by nonce.
func sentFrom(t *testing.T, c *l1.Client, from common.Address) map[uint64][]*types.Transaction {
	t.Helper()
	head, err := c.BlockNumber(context.Background())
	require.NoError(t, err)
	out := map[uint64][]*types.Transaction{}
	signer := types.LatestSignerForChainID(big.NewInt(anviltest.ChainID))
	for n := uint64(1); n <= head; n++ {
		var blk struct {
			Transactions []*types.Transaction `json:"transactions"`
		}
		require.NoError(t, c.RPC().CallContext(context.Background(), &blk, "eth_getBlockByNumber", hexutil.EncodeUint64(n), true))
		for _, tx := range blk.Transactions {
			if f, err := types.Sender(signer, tx); err == nil && f == from {
				out[tx.Nonce()] = append(out[tx.Nonce()], tx)
			}
		}
	}
	return out
}
