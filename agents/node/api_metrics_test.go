package node

import (
	"context"
	"fmt"
	"net/http"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/stretchr/testify/require"
)

// requestCounts reads sptn_node_api_request_duration_seconds: the answers timed, by route and code.
func requestCounts(t *testing.T, h *prometheus.HistogramVec) map[[2]string]uint64 {
	t.Helper()
	reg := prometheus.NewRegistry()
	require.NoError(t, reg.Register(h))
	mfs, err := reg.Gather()
	require.NoError(t, err)
	out := map[[2]string]uint64{}
	for _, mf := range mfs {
		for _, m := range mf.GetMetric() {
			var route, code string
			for _, l := range m.GetLabel() {
				switch l.GetName() {
				case "route":
					route = l.GetValue()
				case "code":
					code = l.GetValue()
				}
			}
			out[[2]string{route, code}] = m.GetHistogram().GetSampleCount()
		}
	}
	return out
}

// TestAPITimesItsAnswersByRouteAndCode: an operator (and the overload bench) can tell how long
// the API's handlers take, refusals apart from answers, by route pattern (not by path, whose
// hashes and numbers would make a series per request); the event stream is not timed. Whatever
// a client sends (any path, method or Host), the series stay the routes' patterns and the codes
// their handlers answer.
func TestAPITimesItsAnswersByRouteAndCode(t *testing.T) {
	x := newAPIFixture(t, testLimits)
	var busy atomic.Bool
	x.a.busy = busy.Load
	busy.Store(true)
	for range 3 {
		res, _ := x.do(t, http.MethodPost, "/v1/txs/batch", "application/json", nil, `{"txs":[`+okTx+`]}`)
		require.Equal(t, http.StatusServiceUnavailable, res.StatusCode)
	}
	busy.Store(false)
	res, _ := x.do(t, http.MethodPost, "/v1/txs/batch", "application/json", nil, `{"txs":[`+okTx+`]}`)
	require.Equal(t, http.StatusOK, res.StatusCode)
	for _, path := range []string{"/v1/blocks/5", "/v1/blocks/6"} {
		res, _ = x.do(t, http.MethodGet, path, "", nil, "")
		require.Equal(t, http.StatusOK, res.StatusCode, path)
	}
	res, _ = x.do(t, http.MethodGet, "/v1/blocks/99999", "", nil, "")
	require.Equal(t, http.StatusNotFound, res.StatusCode)
	// What an attacker picks: paths and methods no route has, HEAD, a Host the API refuses.
	for i := range 3 {
		res, _ = x.do(t, http.MethodGet, fmt.Sprintf("/x/%d-%d", i, time.Now().UnixNano()), "", nil, "")
		require.Equal(t, http.StatusNotFound, res.StatusCode)
	}
	res, _ = x.do(t, http.MethodHead, "/v1/tips", "", nil, "")
	require.Equal(t, http.StatusOK, res.StatusCode)
	res, _ = x.do(t, http.MethodPut, "/v1/txs", "application/json", nil, `{}`)
	require.Equal(t, http.StatusMethodNotAllowed, res.StatusCode)
	res, _ = x.do(t, http.MethodGet, "/v1/tips", "", http.Header{"Host": {"evil.example"}}, "")
	require.Equal(t, http.StatusMisdirectedRequest, res.StatusCode)
	// A stream opened and closed.
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, x.url+"/v1/events", nil)
	require.NoError(t, err)
	res, err = http.DefaultClient.Do(req)
	require.NoError(t, err)
	require.Equal(t, http.StatusOK, res.StatusCode)
	cancel()
	res.Body.Close()

	require.Eventually(t, func() bool { // the stream's handler returns once it sees the close
		x.a.mu.Lock()
		defer x.a.mu.Unlock()
		return x.a.streams == 0
	}, 5*time.Second, 10*time.Millisecond)
	require.Equal(t, map[[2]string]uint64{
		{"POST /v1/txs/batch", "503"}:  3,
		{"POST /v1/txs/batch", "200"}:  1,
		{"GET /v1/blocks/{id}", "200"}: 2,
		{"GET /v1/blocks/{id}", "404"}: 1,
		{"GET /", "404"}:               3,
		{"GET /v1/tips", "200"}:        1,
	}, requestCounts(t, x.a.requests))
}
