package l1

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/anviltest"
	"github.com/sptn/sptn/agents/internal/config"
	"github.com/sptn/sptn/agents/internal/metrics"
)

func opts(m Metrics, urls ...string) Options {
	return Options{
		URLs: urls, ChainID: anviltest.ChainID, RequestTimeout: time.Second, Retries: 2,
		RetryWaitMin: 20 * time.Millisecond, RetryWaitMax: 100 * time.Millisecond, Metrics: m,
	}
}

func deadURL(t *testing.T) string {
	return "http://127.0.0.1:" + strconv.Itoa(anviltest.FreePort(t))
}

type countingMetrics struct {
	metrics.Noop
	rpcErrors map[string]int
	l1Errors  map[string]int
}

func newCounting() *countingMetrics {
	return &countingMetrics{rpcErrors: map[string]int{}, l1Errors: map[string]int{}}
}

func (m *countingMetrics) RecordRPCError(e string) { m.rpcErrors[e]++ }
func (m *countingMetrics) RecordL1Error(op string) { m.l1Errors[op]++ }

// Interfaces are declared where used; the shared registry must satisfy them.
var _ Metrics = (*metrics.Registry)(nil)

func TestDialFailsOverToSecondEndpoint(t *testing.T) {
	t.Parallel()
	a := anviltest.Start(t)
	dead := deadURL(t)
	m := newCounting()
	c, err := Dial(context.Background(), opts(m, dead, a.URL))
	require.NoError(t, err)
	defer c.Close()
	require.Equal(t, a.URL[len("http://"):], c.Endpoint(), "starts on the first endpoint that answered")
	require.Equal(t, big.NewInt(anviltest.ChainID), c.ChainID())
	_, err = c.BlockNumber(context.Background())
	require.NoError(t, err)
	require.NoError(t, c.Ready(context.Background()))
}

func TestDialRefusesWrongChainAndNoEndpoint(t *testing.T) {
	t.Parallel()
	a := anviltest.Start(t)
	o := opts(nil, deadURL(t), a.URL)
	o.ChainID = 1
	_, err := Dial(context.Background(), o)
	require.ErrorIs(t, err, ErrChainIDMismatch)
	require.ErrorContains(t, err, fmt.Sprintf("has chain id %d, want 1 (l1.chain-id)", anviltest.ChainID))

	_, err = Dial(context.Background(), opts(nil, deadURL(t), deadURL(t)))
	require.ErrorIs(t, err, ErrNoEndpoint)

	_, err = Dial(context.Background(), opts(nil, "ws://127.0.0.1:1"))
	require.ErrorContains(t, err, "want an http(s) URL")
}

// TestRPCDownAndBack stops anvil (dumping its state), sees calls and readiness fail, starts it
// again on the same port from the dump and sees the client recover without a restart.
func TestRPCDownAndBack(t *testing.T) {
	t.Parallel()
	state := t.TempDir() + "/state.json"
	a := anviltest.Start(t, "--state", state)
	a.Mine(5)
	m := newCounting()
	c, err := Dial(context.Background(), opts(m, a.URL))
	require.NoError(t, err)
	defer c.Close()
	before, err := c.BlockNumber(context.Background())
	require.NoError(t, err)
	require.Equal(t, uint64(5), before)

	a.Stop()
	_, err = c.BlockNumber(context.Background())
	require.Error(t, err)
	require.Error(t, c.Ready(context.Background()))
	require.GreaterOrEqual(t, m.rpcErrors[a.URL[len("http://"):]], 3, "each attempt (1 + 2 retries) is counted")
	require.Positive(t, m.l1Errors["block_number"])

	a.Restart()
	after, err := c.BlockNumber(context.Background())
	require.NoError(t, err)
	require.GreaterOrEqual(t, after, before, "state survives the restart")
	require.NoError(t, c.Ready(context.Background()))
}

// TestFailoverMidway: the first endpoint dies after start; calls move to the second.
func TestFailoverMidway(t *testing.T) {
	t.Parallel()
	a, b := anviltest.Start(t), anviltest.Start(t)
	c, err := Dial(context.Background(), opts(nil, a.URL, b.URL))
	require.NoError(t, err)
	defer c.Close()
	require.Equal(t, a.URL[len("http://"):], c.Endpoint())
	a.Stop()
	_, err = c.BlockNumber(context.Background())
	require.NoError(t, err, "a retry goes to the next endpoint")
	require.Equal(t, b.URL[len("http://"):], c.Endpoint())
}

func TestReadyStaleHead(t *testing.T) {
	t.Parallel()
	old := time.Now().Add(-time.Hour).Unix()
	a := anviltest.Start(t, "--timestamp", strconv.FormatInt(old, 10))
	o := opts(nil, a.URL)
	o.MaxHeadAge = time.Minute
	c, err := Dial(context.Background(), o)
	require.NoError(t, err)
	defer c.Close()
	require.ErrorIs(t, c.Ready(context.Background()), ErrStaleHead)
	a.Call(nil, "evm_setNextBlockTimestamp", time.Now().Unix())
	a.Mine(1)
	require.NoError(t, c.Ready(context.Background()))
}

func TestJitterBackoffBounds(t *testing.T) {
	t.Parallel()
	minW, maxW := 100*time.Millisecond, time.Second
	for attempt := range 8 {
		t.Run(strconv.Itoa(attempt), func(t *testing.T) {
			ceil := min(minW<<attempt, maxW)
			for range 200 {
				d := jitterBackoff(minW, maxW, attempt, nil)
				require.GreaterOrEqual(t, d, minW)
				require.LessOrEqual(t, d, ceil)
			}
		})
	}
	resp := &http.Response{StatusCode: http.StatusTooManyRequests, Header: http.Header{"Retry-After": []string{"3600"}}}
	require.Equal(t, maxW, jitterBackoff(minW, maxW, 0, resp), "Retry-After is honoured up to the max wait")
}

// flaky proxies to anvil but answers 503 to the next `fail` requests, or hangs when `hang`.
type flaky struct {
	mu      sync.Mutex
	fail    int
	failed  int
	hang    bool
	proxy   *httputil.ReverseProxy
	release chan struct{} // closed at cleanup: hanging handlers return
}

func (f *flaky) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	fail, hang := f.fail > 0, f.hang
	if fail {
		f.fail--
		f.failed++
	}
	f.mu.Unlock()
	switch {
	case hang:
		select {
		case <-r.Context().Done():
		case <-f.release:
		}
	case fail:
		http.Error(w, "overloaded", http.StatusServiceUnavailable)
	default:
		f.proxy.ServeHTTP(w, r)
	}
}

func newFlaky(t *testing.T, target string) (*flaky, string) {
	u, err := url.Parse(target)
	require.NoError(t, err)
	f := &flaky{proxy: httputil.NewSingleHostReverseProxy(u), release: make(chan struct{})}
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	t.Cleanup(func() { close(f.release) }) // runs first
	return f, srv.URL
}

// TestRetriesServerErrorsWithBackoff: two 503s in a row are retried and the call succeeds.
func TestRetriesServerErrorsWithBackoff(t *testing.T) {
	t.Parallel()
	a := anviltest.Start(t)
	f, u := newFlaky(t, a.URL)
	m := newCounting()
	c, err := Dial(context.Background(), opts(m, u))
	require.NoError(t, err)
	defer c.Close()
	f.mu.Lock()
	f.fail = 2
	f.mu.Unlock()
	_, err = c.BlockNumber(context.Background())
	require.NoError(t, err, "retries ride out two 503s")
	f.mu.Lock()
	require.Equal(t, 2, f.failed)
	f.mu.Unlock()
	require.Equal(t, 2, m.rpcErrors[u[len("http://"):]])
	require.Zero(t, m.l1Errors["block_number"], "the call itself succeeded")
}

// TestEveryCallIsBounded: an endpoint that never answers makes calls fail, not hang, even with
// a caller context that has no deadline.
func TestEveryCallIsBounded(t *testing.T) {
	t.Parallel()
	a := anviltest.Start(t)
	f, u := newFlaky(t, a.URL)
	o := opts(nil, u)
	o.RequestTimeout, o.Retries = 200*time.Millisecond, 1
	c, err := Dial(context.Background(), o)
	require.NoError(t, err)
	defer c.Close()
	f.mu.Lock()
	f.hang = true
	f.mu.Unlock()
	done := make(chan error, 1)
	go func() { _, err := c.BlockNumber(context.Background()); done <- err }()
	select {
	case err := <-done:
		require.Error(t, err)
	case <-time.After(60 * time.Second):
		t.Fatal("a call to a hanging endpoint never returned")
	}
}

// TestRPCURLSecretsNeverInErrorsOrLogs: RPC providers put API keys in the URL's path and query.
// Neither an error the client returns (go-ethereum's rpc client and net/http quote the whole
// URL) nor a log line it writes (failover, retries, unreachable endpoints) carries them.
func TestRPCURLSecretsNeverInErrorsOrLogs(t *testing.T) {
	t.Parallel()
	a := anviltest.Start(t)
	target, err := url.Parse(a.URL)
	require.NoError(t, err)
	var failing sync.Mutex
	down := false
	proxy := httputil.NewSingleHostReverseProxy(target)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		failing.Lock()
		d := down
		failing.Unlock()
		if d {
			// A connection cut mid-answer: net/http's error quotes the URL.
			conn, _, _ := w.(http.Hijacker).Hijack()
			conn.Close()
			return
		}
		r.URL.Path, r.URL.RawQuery = "/", ""
		proxy.ServeHTTP(w, r)
	}))
	defer srv.Close()
	const secret = "SECRETKEY123"
	keyed := srv.URL + "/v3/" + secret + "?apikey=" + secret
	deadKeyed := deadURL(t) + "/v3/" + secret + "?apikey=" + secret

	var logs syncBuffer
	o := opts(nil, deadKeyed, keyed)
	o.Log = slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	c, err := Dial(context.Background(), o)
	require.NoError(t, err)
	defer c.Close()
	_, err = c.BlockNumber(context.Background())
	require.NoError(t, err)

	failing.Lock()
	down = true
	failing.Unlock()
	var errs []error
	_, err = c.BlockNumber(context.Background())
	errs = append(errs, err)
	_, err = c.HeaderByNumber(context.Background(), nil)
	errs = append(errs, err)
	errs = append(errs, c.Ready(context.Background()))
	_, err = c.CallContract(context.Background(), ethereum.CallMsg{}, nil)
	errs = append(errs, err)
	errs = append(errs, c.SendTransaction(context.Background(), types.NewTx(&types.LegacyTx{})))
	for i, err := range errs {
		require.Error(t, err, "call %d", i)
		require.NotContains(t, err.Error(), secret, "call %d", i)
		require.NotContains(t, fmt.Sprintf("%+v", err), secret, "call %d", i)
	}
	_, err = Dial(context.Background(), opts(nil, deadKeyed))
	require.Error(t, err)
	require.NotContains(t, err.Error(), secret)
	require.NotEmpty(t, logs.String())
	require.NotContains(t, logs.String(), secret)
	require.Contains(t, logs.String(), config.Redacted, "the logs name the endpoint, redacted")
}

type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
