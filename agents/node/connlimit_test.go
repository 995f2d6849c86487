package node

import (
	"bufio"
	"errors"
	"fmt"
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

// TestAPIWaitingConnectionsMakeRoom: connections that wait for a request (keep-alive ones
// between requests, new ones that sent none) do not hold the API's places once they have waited
// evictAfter. A client at its share is served on a new connection in the place of its own that
// waited longest; at the total, a new client is served in the place of the connection that
// waited longest, whoever's. Connections that waited less are not closed: the new one is refused.
func TestAPIWaitingConnectionsMakeRoom(t *testing.T) {
	lim := testLimits
	lim.IdleTimeout = time.Minute // idle connections stay open unless made room for
	lim.MaxConnections, lim.MaxConnectionsPerClient = 3, 2
	x := newAPIFixture(t, lim)
	l := x.a.conns
	evictAfter := func(d time.Duration) {
		l.mu.Lock()
		defer l.mu.Unlock()
		l.evictAfter = d
	}
	waiting := func() int {
		l.mu.Lock()
		defer l.mu.Unlock()
		return l.waiting.Len()
	}
	addr := strings.TrimPrefix(x.url, "http://")
	dial := func(ip string) (net.Conn, *bufio.Reader) {
		c, err := dialFrom(ip).Dial("tcp", addr)
		require.NoError(t, err)
		t.Cleanup(func() { c.Close() })
		return c, bufio.NewReader(c)
	}
	// idle opens a connection from ip, is served on it once and keeps it (keep-alive): it returns
	// once the server counts it waiting again (it does so after the answer is sent).
	idle := func(ip string) (net.Conn, *bufio.Reader) {
		before := waiting()
		c, r := dial(ip)
		_, err := io.WriteString(c, "GET /v1/tips HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
		require.NoError(t, err)
		res, err := http.ReadResponse(r, nil)
		require.NoError(t, err)
		_, err = io.ReadAll(res.Body)
		require.NoError(t, err)
		require.Equal(t, http.StatusOK, res.StatusCode)
		require.Eventually(t, func() bool { return waiting() == before+1 }, 5*time.Second, time.Millisecond)
		return c, r
	}
	// open reports whether c is still open: a read waits rather than ends.
	open := func(c net.Conn, r *bufio.Reader) bool {
		require.NoError(t, c.SetReadDeadline(time.Now().Add(200*time.Millisecond)))
		_, err := r.ReadByte()
		return errors.Is(err, os.ErrDeadlineExceeded)
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

	evictAfter(time.Hour)
	s0, rs0 := dial("127.0.0.2") // sends nothing
	require.Eventually(t, func() bool { return waiting() == 1 }, 5*time.Second, time.Millisecond)
	a1, r1 := idle("127.0.0.1")
	a2, r2 := idle("127.0.0.1")
	require.Equal(t, http.StatusTooManyRequests, get("127.0.0.1"), "none waited long enough to be closed")

	evictAfter(0)
	require.Equal(t, http.StatusOK, get("127.0.0.1"), "the client's third connection, served")
	require.True(t, closed(a1, r1), "in the place of the client's own connection waiting longest")
	require.True(t, open(s0, rs0), "not another client's, though it waited longer")
	require.Eventually(t, func() bool { return waiting() == 3 }, 5*time.Second, time.Millisecond, "s0, a2 and get's connection")

	require.Equal(t, http.StatusOK, get("127.0.0.3"), "a new client at the total, served")
	require.True(t, closed(s0, rs0), "in the place of the connection waiting longest: one that never sent a request")
	require.True(t, open(a2, r2))
	require.Equal(t, 2.0, testutil.ToFloat64(l.evicted))
	require.Equal(t, 1.0, testutil.ToFloat64(l.refused.WithLabelValues("client")))
	require.Zero(t, testutil.ToFloat64(l.refused.WithLabelValues("total")))
}

// TestAPIRequestOnAClosedForRoomConnectionIsNotServed: a request that a connection finishes
// reading as it is taken to make room (admit) is not served, so that its client, which sees the
// connection closed and no answer, can tell that its transaction was not taken and send it again.
func TestAPIRequestOnAClosedForRoomConnectionIsNotServed(t *testing.T) {
	x := newAPIFixture(t, testLimits)
	l := x.a.conns
	c, err := dialFrom("127.0.0.1").Dial("tcp", strings.TrimPrefix(x.url, "http://"))
	require.NoError(t, err)
	defer c.Close()
	// The connection as the server holds it, marked as admit marks the one it takes.
	var lc *limitedConn
	require.Eventually(t, func() bool {
		l.mu.Lock()
		defer l.mu.Unlock()
		if e := l.waiting.Front(); e != nil {
			lc = e.Value.(*limitedConn)
		}
		return lc != nil
	}, 5*time.Second, time.Millisecond)
	lc.evicted.Store(true)
	bc := x.d.bc.(*acceptAll)
	_, err = io.WriteString(c, fmt.Sprintf("POST /v1/txs HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s",
		len(okTx), okTx))
	require.NoError(t, err)
	require.NoError(t, c.SetReadDeadline(time.Now().Add(5*time.Second)))
	b, err := io.ReadAll(c)
	require.True(t, err == nil || errors.Is(err, syscall.ECONNRESET), "%v", err)
	require.Empty(t, b, "no answer")
	require.Zero(t, bc.n.Load(), "the transaction was not taken")
}

// TestClientKey: a client is an IPv4 address (IPv4-mapped IPv6 too) or an IPv6 /64.
func TestClientKey(t *testing.T) {
	require.Equal(t, "192.0.2.7", clientKey("192.0.2.7:5000"))
	require.Equal(t, "192.0.2.7", clientKey("[::ffff:192.0.2.7]:5000"))
	require.Equal(t, "2001:db8:1:2::/64", clientKey("[2001:db8:1:2:aaaa:bbbb:cccc:dddd]:5000"))
	require.Equal(t, clientKey("[2001:db8:1:2::1]:1"), clientKey("[2001:db8:1:2:ffff::9]:2"))
	require.NotEqual(t, clientKey("[2001:db8:1:2::1]:1"), clientKey("[2001:db8:1:3::1]:1"))
	require.Equal(t, "@", clientKey("@"))
}

func dialFrom(ip string) *net.Dialer {
	return &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}}
}

func clientFrom(ip string) *http.Client {
	return &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{DialContext: dialFrom(ip).DialContext}}
}
