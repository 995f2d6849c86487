package node

import (
	"bufio"
	"bytes"
	"container/list"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/sptn/sptn/agents/chainapi"
)

// connLimiter bounds the chain API's open connections, in all and per client
// (node.api-max-connections, node.api-max-connections-per-client; a client is an IPv4 address or
// an IPv6 /64, clientKey). Each connection is bounded in time by the server's timeouts; without a
// bound in number, anyone who reaches the port could open sockets (a goroutine and buffers each)
// up to the process's file limit, which CometBFT's peers and the store share.
//
// A connection that does nothing does not keep its place: at a limit, the connection that has
// waited longest, at least evictAfter, for a request (a keep-alive one between requests, or a new
// one that sent none) is closed for the new one, the client's own first at its share. One closed
// so is never served a request it was reading meanwhile (the handler is aborted, handlers): a
// close for room never follows a request the node took. Without one to
// close, the new connection is answered after its request header (an answer sent before it is
// taken by HTTP clients for a stale connection's): 429 at the client's share, 503 at the total,
// with Retry-After, and closed. To keep others out a client must keep its connections busy, each
// request bounded by the read timeout, from enough addresses to hold the total.
type connLimiter struct {
	net.Listener
	max, perClient int
	// evictAfter is how long a connection must have waited for a request before it may be closed
	// for a new one.
	evictAfter time.Duration

	mu      sync.Mutex
	open    int
	clients map[string]*clientConns
	// waiting are the connections waiting for a request, longest first (their clients' lists
	// hold the same, per client).
	waiting list.List

	// answering bounds the refused connections being answered (refuse); past it they are closed
	// at once.
	answering chan struct{}

	gauge   prometheus.Gauge
	refused *prometheus.CounterVec
	dropped prometheus.Counter
	evicted prometheus.Counter
}

// clientConns are one client's open connections: how many, and those waiting for a request.
type clientConns struct {
	n       int
	waiting list.List
}

// The bounds of answering refused connections: how many at once, how long one may take to send
// its request header and how long its body is then read off, and how much of each is read.
const (
	refusedAnswers   = 64
	refusedHeaderFor = 500 * time.Millisecond
	refusedBodyFor   = 500 * time.Millisecond
	refusedHeader    = 64<<10 + 4<<10 // the server's MaxHeaderBytes and the request line
	refusedBody      = 1 << 20
)

func newConnLimiter(ln net.Listener, max, perClient int) *connLimiter {
	return &connLimiter{Listener: ln, max: max, perClient: perClient, evictAfter: time.Second, clients: map[string]*clientConns{},
		answering: make(chan struct{}, refusedAnswers),
		gauge: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "sptn", Name: "node_api_connections",
			Help: "open connections to the chain API"}),
		refused: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "sptn", Name: "node_api_connections_refused_total",
			Help: "connections to the chain API refused at a limit: total (node.api-max-connections) or client (node.api-max-connections-per-client)"},
			[]string{"limit"}),
		dropped: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "sptn", Name: "node_api_connections_dropped_total",
			Help: "refused connections to the chain API closed without an answer: no request header in time, or too many being answered"}),
		evicted: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "sptn", Name: "node_api_connections_evicted_total",
			Help: "connections to the chain API waiting for a request, closed to make room for a new one at a limit"}),
	}
}

// collectors are the limiter's metrics, for the node's registry.
func (l *connLimiter) collectors() []prometheus.Collector {
	return []prometheus.Collector{l.gauge, l.refused, l.dropped, l.evicted}
}

// Accept returns the next connection within the limits, answering those over them itself.
func (l *connLimiter) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		lc := &limitedConn{Conn: c, l: l}
		if a := c.RemoteAddr(); a != nil {
			lc.client = clientKey(a.String())
		}
		if limit, code, err := l.admit(lc); err != nil {
			l.refused.WithLabelValues(limit).Inc()
			l.refuse(c, code, err)
			continue
		}
		l.gauge.Inc()
		return lc, nil
	}
}

// admit takes a place for c, closing the connection waiting longest for a request (the client's
// own first) when a limit is reached; without one to close it returns the limit and the refusal.
// A new connection waits for its request from now.
func (l *connLimiter) admit(c *limitedConn) (string, int, error) {
	for {
		l.mu.Lock()
		now := time.Now()
		cc := l.clients[c.client]
		var victim *limitedConn
		switch {
		case cc != nil && cc.n >= l.perClient:
			if victim = l.longest(&cc.waiting, now); victim == nil {
				n := cc.n
				l.mu.Unlock()
				return "client", http.StatusTooManyRequests, fmt.Errorf("%w: %d connections open from %s (node.api-max-connections-per-client)",
					ErrOverloaded, n, c.client)
			}
		case l.open >= l.max:
			if victim = l.longest(&l.waiting, now); victim == nil {
				n := l.open
				l.mu.Unlock()
				return "total", http.StatusServiceUnavailable, fmt.Errorf("%w: %d connections open (node.api-max-connections)", ErrOverloaded, n)
			}
		default:
			if cc == nil {
				cc = &clientConns{}
				l.clients[c.client] = cc
			}
			l.open++
			cc.n++
			l.waitLocked(c, now)
			l.mu.Unlock()
			return "", 0, nil
		}
		// Taken under the lock: no other accept closes it, and a request it finishes reading
		// from now on is aborted (handlers) rather than served on a connection being closed.
		l.busyLocked(victim)
		victim.evicted.Store(true)
		l.mu.Unlock()
		l.evicted.Inc()
		_ = victim.Close() // gives its place back (release)
	}
}

// longest is the connection at the front of waiting (of limitedConn.all or .own) when it has
// waited evictAfter or more; l.mu is held.
func (l *connLimiter) longest(waiting *list.List, now time.Time) *limitedConn {
	e := waiting.Front()
	if e == nil {
		return nil
	}
	c := e.Value.(*limitedConn)
	if now.Sub(c.since) < l.evictAfter {
		return nil
	}
	return c
}

// waitLocked puts c at the back of the waiting lists, from now; l.mu is held.
func (l *connLimiter) waitLocked(c *limitedConn, now time.Time) {
	l.busyLocked(c)
	cc := l.clients[c.client]
	if cc == nil || c.evicted.Load() || c.released {
		return
	}
	c.since = now
	c.all = l.waiting.PushBack(c)
	c.own = cc.waiting.PushBack(c)
}

// busyLocked takes c off the waiting lists; l.mu is held.
func (l *connLimiter) busyLocked(c *limitedConn) {
	if c.all != nil {
		l.waiting.Remove(c.all)
		c.all = nil
	}
	if c.own != nil {
		if cc := l.clients[c.client]; cc != nil {
			cc.waiting.Remove(c.own)
		}
		c.own = nil
	}
}

// state follows the server's connections (http.Server.ConnState): one between requests waits
// for the next from now, one reading or serving a request is busy.
func (l *connLimiter) state(c net.Conn, st http.ConnState) {
	lc, ok := c.(*limitedConn)
	if !ok {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	switch st {
	case http.StateNew: // waiting since admit
	case http.StateIdle:
		l.waitLocked(lc, time.Now())
	default:
		l.busyLocked(lc)
	}
}

func (l *connLimiter) release(c *limitedConn) {
	l.mu.Lock()
	l.busyLocked(c)
	c.released = true
	l.open--
	if cc := l.clients[c.client]; cc != nil {
		if cc.n--; cc.n <= 0 {
			delete(l.clients, c.client)
		}
	}
	l.mu.Unlock()
	l.gauge.Dec()
}

// connKey is the request context's key of the connection a request came on (http.Server's
// ConnContext).
type connKey struct{}

// handlers wraps next so that a request read on a connection closed to make room is aborted,
// never served: the request was read as the connection was taken (admit), and its client sees
// the connection closed, not an answer, so it must be able to tell that nothing was done. The
// server's ConnContext records each request's connection.
func (l *connLimiter) handlers(srv *http.Server) {
	next := srv.Handler
	srv.ConnContext = func(ctx context.Context, c net.Conn) context.Context { return context.WithValue(ctx, connKey{}, c) }
	srv.ConnState = l.state
	srv.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if c, ok := r.Context().Value(connKey{}).(*limitedConn); ok && c.evicted.Load() {
			panic(http.ErrAbortHandler) // the server closes the connection and logs nothing
		}
		next.ServeHTTP(w, r)
	})
}

// refuse answers c with code and err as the API answers a refusal for load, and closes it. The
// answer follows the request's header, as HTTP clients expect, and the body is then read off for
// a moment before the close (a close with unread bytes resets the connection, and the client may
// lose the answer). That is done by one of at most refusedAnswers goroutines, each bounded in time
// and bytes; when all are busy, or no request header comes in time, c is closed without an answer
// (counted as dropped).
func (l *connLimiter) refuse(c net.Conn, code int, err error) {
	select {
	case l.answering <- struct{}{}:
	default:
		l.dropped.Inc()
		_ = c.Close()
		return
	}
	body, _ := json.Marshal(chainapi.Error{Error: err.Error()})
	body = append(body, '\n')
	go func() {
		defer func() { <-l.answering }()
		defer c.Close()
		_ = c.SetDeadline(time.Now().Add(refusedHeaderFor))
		lim := &io.LimitedReader{R: c, N: refusedHeader}
		r := bufio.NewReader(lim)
		req, err := http.ReadRequest(r)
		if err != nil {
			l.dropped.Inc() // not HTTP, too big or not in time: nothing to answer
			return
		}
		// The answer writeRetry gives, written by net/http (which leaves out the body for HEAD).
		res := &http.Response{StatusCode: code, ProtoMajor: 1, ProtoMinor: 1, Request: req, Close: true,
			Header: http.Header{"Content-Type": {"application/json"}, "Retry-After": {"1"},
				"Date": {time.Now().UTC().Format(http.TimeFormat)}},
			ContentLength: int64(len(body)), Body: io.NopCloser(bytes.NewReader(body))}
		_ = c.SetDeadline(time.Now().Add(refusedBodyFor))
		if err := res.Write(c); err != nil {
			return
		}
		if cw, ok := c.(interface{ CloseWrite() error }); ok {
			_ = cw.CloseWrite()
		}
		lim.N = refusedBody
		_, _ = io.Copy(io.Discard, r)
	}()
}

// clientKey names the client of a remote address for the per-client limits: its IPv4 address,
// or the /64 of its IPv6 address (one host's share of addresses); the address itself when it is
// not an IP address.
func clientKey(addr string) string {
	h := hostOf(addr)
	ip := net.ParseIP(h)
	switch {
	case ip == nil:
		return h
	case ip.To4() != nil:
		return ip.String()
	default:
		return ip.Mask(net.CIDRMask(64, 128)).String() + "/64"
	}
}

// limitedConn is a connection the limiter admitted. It gives its place back when closed, once.
type limitedConn struct {
	net.Conn
	l      *connLimiter
	client string
	once   sync.Once
	// evicted: closed to make room for another (admit); a request read on it is not served.
	evicted atomic.Bool

	// Under l.mu: since when it waits for a request, its places in the waiting lists (nil when
	// busy), and whether its place was given back.
	since    time.Time
	all, own *list.Element
	released bool
}

func (c *limitedConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(func() { c.l.release(c) })
	return err
}

// CloseWrite half-closes the connection, as the server does before closing one whose request it
// did not read whole (so that the client reads the answer rather than a reset).
func (c *limitedConn) CloseWrite() error {
	if cw, ok := c.Conn.(interface{ CloseWrite() error }); ok {
		return cw.CloseWrite()
	}
	return errors.ErrUnsupported
}
