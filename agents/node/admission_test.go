package node

import (
	"bufio"
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/node/app"
)

// TestAPIShedsLoadBeforeReadingTheBody (issue 16): while the node refuses new user transactions
// for load, a submission is answered 503 with Retry-After as soon as its headers are read: the
// body is neither waited for nor decoded (before, a batch was read and decoded whole, then
// refused entry by entry with 200, which under overload cost the CPU the chain needed). Once the
// load is gone, the same request is read and served.
func TestAPIShedsLoadBeforeReadingTheBody(t *testing.T) {
	x := newAPIFixture(t, testLimits)
	var busy atomic.Bool
	x.a.busy = busy.Load
	busy.Store(true)
	addr := strings.TrimPrefix(x.url, "http://")
	for _, path := range []string{"/v1/txs", "/v1/txs/batch"} {
		conn, err := net.Dial("tcp", addr)
		require.NoError(t, err)
		// Headers only: a body of 1 MiB is announced and never sent.
		_, err = fmt.Fprintf(conn, "POST %s HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n{",
			path, addr, 1<<20)
		require.NoError(t, err)
		require.NoError(t, conn.SetReadDeadline(time.Now().Add(20*time.Second)))
		start := time.Now()
		res, err := http.ReadResponse(bufio.NewReader(conn), nil)
		require.NoError(t, err, "%s: answered without its body", path)
		waited := time.Since(start)
		res.Body.Close()
		conn.Close()
		require.Equal(t, http.StatusServiceUnavailable, res.StatusCode, path)
		require.NotEmpty(t, res.Header.Get("Retry-After"), path)
		// The read timeout is 1 s (testLimits): an answer that waited for the body comes after it.
		require.Less(t, waited, testLimits.ReadTimeout/2, "%s: refused at once, not after the body", path)
	}
	res, body := x.do(t, http.MethodPost, "/v1/txs/batch", "application/json", nil, `{"txs":[`+okTx+`]}`)
	require.Equal(t, http.StatusServiceUnavailable, res.StatusCode)
	require.Contains(t, body, app.ErrBusy.Error())

	busy.Store(false)
	res, body = x.do(t, http.MethodPost, "/v1/txs/batch", "application/json", nil, `{"txs":[`+okTx+`]}`)
	require.Equal(t, http.StatusOK, res.StatusCode, body)
	require.Contains(t, body, `"code":202`)
}
