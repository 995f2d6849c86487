package node

import (
	"bufio"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/chainapi/apischema"
)

// TestAPIConnectionsAreBounded: a client that opens connections and keeps them busy (anyone who
// reaches the port; here event streams) gets node.api-max-connections-per-client of them; the
// next is answered 429 at once, with Retry-After and the API's error, and closed. Past
// node.api-max-connections in all, every client is answered 503 the same way. A connection
// closed gives its place back. An answer over a limit is an answer, not a reset, also for a
// write whose body the node never reads.
func TestAPIConnectionsAreBounded(t *testing.T) {
	lim := testLimits
	lim.MaxConnections, lim.MaxConnectionsPerClient = 4, 2 // as many as event streams
	x := newAPIFixture(t, lim)
	addr := strings.TrimPrefix(x.url, "http://")
	// stream opens an event stream from ip and holds it: a connection in use.
	stream := func(ip string) net.Conn {
		c, err := dialFrom(ip).Dial("tcp", addr)
		require.NoError(t, err)
		t.Cleanup(func() { c.Close() })
		_, err = io.WriteString(c, "GET /v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
		require.NoError(t, err)
		res, err := http.ReadResponse(bufio.NewReader(c), nil)
		require.NoError(t, err)
		require.Equal(t, http.StatusOK, res.StatusCode)
		return c
	}
	// refused asks from ip over a fresh connection, with a body or without, and returns the code
	// of an answer that is a refusal for load in the API's form, given at once.
	refused := func(ip string, post bool) int {
		start := time.Now()
		var res *http.Response
		var err error
		if post {
			res, err = clientFrom(ip).Post(x.url+"/v1/txs/batch", "application/json",
				strings.NewReader(`{"txs":[`+strings.Repeat(`{"raw":"0x00"},`, 5000)+`{"raw":"0x00"}]}`))
		} else {
			res, err = clientFrom(ip).Get(x.url + "/v1/tips")
		}
		require.NoError(t, err, "an answer, not a reset")
		defer res.Body.Close()
		body, err := io.ReadAll(res.Body)
		require.NoError(t, err)
		require.NotEmpty(t, res.Header.Get("Retry-After"), "%d %s", res.StatusCode, body)
		require.NoError(t, apischema.Validate(apischema.Error, body), "%s", body)
		require.Contains(t, string(body), ErrOverloaded.Error())
		require.Less(t, time.Since(start), 2*time.Second, "answered at once")
		return res.StatusCode
	}

	s1 := stream("127.0.0.1")
	stream("127.0.0.1")
	require.Equal(t, http.StatusTooManyRequests, refused("127.0.0.1", false), "the client's third connection")
	require.Equal(t, http.StatusTooManyRequests, refused("127.0.0.1", true), "the client's third connection, a write")
	stream("127.0.0.2")
	stream("127.0.0.2")
	require.Equal(t, http.StatusServiceUnavailable, refused("127.0.0.3", false), "a fifth connection in all")
	require.Equal(t, http.StatusServiceUnavailable, refused("127.0.0.3", true), "a fifth connection in all, a write")
	require.Equal(t, 4.0, testutil.ToFloat64(x.a.conns.gauge))
	require.Equal(t, 2.0, testutil.ToFloat64(x.a.conns.refused.WithLabelValues("client")))
	require.Equal(t, 2.0, testutil.ToFloat64(x.a.conns.refused.WithLabelValues("total")))

	// A closed connection frees its place, in all and for its client.
	require.NoError(t, s1.Close())
	require.Eventually(t, func() bool { return testutil.ToFloat64(x.a.conns.gauge) == 3 }, 5*time.Second, 10*time.Millisecond)
	stream("127.0.0.3")
	require.Equal(t, http.StatusServiceUnavailable, refused("127.0.0.1", false), "full again")
	require.Zero(t, testutil.ToFloat64(x.a.conns.evicted), "no connection was idle")
}

// TestAPIIdleConnectionsMakeRoom: keep-alive connections that wait between requests do not hold
// the API's places. A client at its limit with idle connections is served on a new one, and its
// connection idle longest is closed for it; at the limit in all, a new client is served the same
// way, in the place of another client's idle connection.
func TestAPIIdleConnectionsMakeRoom(t *testing.T) {
	lim := testLimits
	lim.IdleTimeout = time.Minute // idle connections stay open unless made room for
	lim.MaxConnections, lim.MaxConnectionsPerClient = 3, 2
	x := newAPIFixture(t, lim)
	addr := strings.TrimPrefix(x.url, "http://")
	idling := func() int {
		x.a.conns.mu.Lock()
		defer x.a.conns.mu.Unlock()
		return len(x.a.conns.idle)
	}
	// idle opens a connection from ip, is served on it once and keeps it (keep-alive), idle: it
	// returns once the server counts it idle (it does so after the answer is sent).
	idle := func(ip string) (net.Conn, *bufio.Reader) {
		before := idling()
		c, err := dialFrom(ip).Dial("tcp", addr)
		require.NoError(t, err)
		t.Cleanup(func() { c.Close() })
		_, err = io.WriteString(c, "GET /v1/tips HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
		require.NoError(t, err)
		r := bufio.NewReader(c)
		res, err := http.ReadResponse(r, nil)
		require.NoError(t, err)
		_, err = io.ReadAll(res.Body)
		require.NoError(t, err)
		require.Equal(t, http.StatusOK, res.StatusCode)
		require.Eventually(t, func() bool { return idling() == before+1 }, 5*time.Second, time.Millisecond)
		return c, r
	}
	// closed reports whether the node closed c: a read ends, with no bytes.
	closed := func(c net.Conn, r *bufio.Reader) bool {
		require.NoError(t, c.SetReadDeadline(time.Now().Add(5*time.Second)))
		_, err := r.ReadByte()
		return errors.Is(err, io.EOF) || errors.Is(err, syscall.ECONNRESET)
	}
	get := func(ip string) int {
		res, err := clientFrom(ip).Get(x.url + "/v1/tips")
		require.NoError(t, err)
		defer res.Body.Close()
		_, _ = io.ReadAll(res.Body)
		return res.StatusCode
	}

	a1, r1 := idle("127.0.0.1")
	a2, r2 := idle("127.0.0.1")
	require.Equal(t, http.StatusOK, get("127.0.0.1"), "the client's third connection, served")
	require.True(t, closed(a1, r1), "in the place of the client's connection idle longest")
	require.Eventually(t, func() bool { return idling() == 2 }, 5*time.Second, time.Millisecond, "a2 and get's connection")

	b1, rb1 := idle("127.0.0.2")
	require.Equal(t, 3.0, testutil.ToFloat64(x.a.conns.gauge), "full")
	require.Equal(t, http.StatusOK, get("127.0.0.3"), "a new client, served")
	require.True(t, closed(a2, r2), "in the place of the connection idle longest, of another client")
	require.NoError(t, b1.SetReadDeadline(time.Now().Add(200*time.Millisecond)))
	_, err := rb1.ReadByte()
	require.ErrorIs(t, err, os.ErrDeadlineExceeded, "the others stay open")
	require.Equal(t, 2.0, testutil.ToFloat64(x.a.conns.evicted))
	require.Zero(t, testutil.ToFloat64(x.a.conns.refused.WithLabelValues("total")))
	require.Zero(t, testutil.ToFloat64(x.a.conns.refused.WithLabelValues("client")))
}

func dialFrom(ip string) *net.Dialer {
	return &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}}
}

func clientFrom(ip string) *http.Client {
	return &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{DialContext: dialFrom(ip).DialContext}}
}
