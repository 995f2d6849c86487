package node

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/sptn/sptn/agents/chainapi"
)

// connLimiter bounds the chain API's open connections, in all and per client IP address
// (node.api-max-connections, node.api-max-connections-per-client). Each connection is bounded
// in time by the server's timeouts; without a bound in number, anyone who reaches the port could
// open sockets (a goroutine and buffers each) up to the process's file limit, which CometBFT's
// peers and the store share. A connection over a limit is answered at once, before its request
// is read: 429 when its address holds its share, 503 when the API holds all it may, both with
// Retry-After, and closed. Before refusing, it closes the connection idle longest (a keep-alive
// one between requests) of that client or of any client: a place held by a connection that
// does nothing goes to one that asks, and a client that wants to keep others out must keep its
// connections busy, each request bounded by the server's timeouts.
type connLimiter struct {
	net.Listener
	max, perClient int

	mu   sync.Mutex
	open int
	by   map[string]int
	// idle are the open connections between requests (http.StateIdle), with when they became so.
	idle map[*limitedConn]time.Time

	// drains bounds the refused connections being answered (refuse); past it they are closed at
	// once.
	drains chan struct{}

	gauge   prometheus.Gauge
	refused *prometheus.CounterVec
	evicted prometheus.Counter
}

// refusedDrains is how many refused connections are answered at once, drainFor how long each
// is held at most, and maxRefusedRead how much of its request is read.
const (
	refusedDrains  = 64
	drainFor       = time.Second
	maxRefusedRead = 1 << 20
)

func newConnLimiter(ln net.Listener, max, perClient int) *connLimiter {
	return &connLimiter{Listener: ln, max: max, perClient: perClient, by: map[string]int{}, idle: map[*limitedConn]time.Time{},
		drains: make(chan struct{}, refusedDrains),
		gauge: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "sptn", Name: "node_api_connections",
			Help: "open connections to the chain API"}),
		refused: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "sptn", Name: "node_api_connections_refused_total",
			Help: "connections to the chain API refused at a limit: total (node.api-max-connections) or client (node.api-max-connections-per-client)"},
			[]string{"limit"}),
		evicted: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "sptn", Name: "node_api_connections_evicted_total",
			Help: "idle keep-alive connections to the chain API closed to make room for a new one at a limit"}),
	}
}

// collectors are the limiter's metrics, for the node's registry.
func (l *connLimiter) collectors() []prometheus.Collector {
	return []prometheus.Collector{l.gauge, l.refused, l.evicted}
}

// Accept returns the next connection within the limits, answering those over them itself.
func (l *connLimiter) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		client := hostOf(c.RemoteAddr().String())
		if code, err := l.admit(client); err != nil {
			l.refuse(c, code, err)
			continue
		}
		l.gauge.Inc()
		lc := &limitedConn{Conn: c, client: client}
		lc.release = func() { l.release(lc) }
		return lc, nil
	}
}

// admit takes a place for a connection of client, closing the longest idle connection (the
// client's own first) when a limit is reached; without one to close it returns the refusal.
func (l *connLimiter) admit(client string) (int, error) {
	for {
		l.mu.Lock()
		var victim *limitedConn
		switch {
		case l.by[client] >= l.perClient:
			if victim = l.idlest(client); victim == nil {
				n := l.by[client]
				l.mu.Unlock()
				l.refused.WithLabelValues("client").Inc()
				return http.StatusTooManyRequests, fmt.Errorf("%w: %d connections open from %s (node.api-max-connections-per-client)",
					ErrOverloaded, n, client)
			}
		case l.open >= l.max:
			if victim = l.idlest(""); victim == nil {
				n := l.open
				l.mu.Unlock()
				l.refused.WithLabelValues("total").Inc()
				return http.StatusServiceUnavailable, fmt.Errorf("%w: %d connections open (node.api-max-connections)", ErrOverloaded, n)
			}
		default:
			l.open++
			l.by[client]++
			l.mu.Unlock()
			return 0, nil
		}
		delete(l.idle, victim) // taken: no other accept closes it for its own place
		l.mu.Unlock()
		l.evicted.Inc()
		_ = victim.Close() // gives its place back (release)
	}
}

// idlest is the connection idle longest, of client ("": of any); l.mu is held.
func (l *connLimiter) idlest(client string) *limitedConn {
	var (
		best  *limitedConn
		since time.Time
	)
	for c, t := range l.idle {
		if (client == "" || c.client == client) && (best == nil || t.Before(since)) {
			best, since = c, t
		}
	}
	return best
}

// state follows the server's connections between requests (http.Server.ConnState).
func (l *connLimiter) state(c net.Conn, st http.ConnState) {
	lc, ok := c.(*limitedConn)
	if !ok {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if st == http.StateIdle {
		l.idle[lc] = time.Now()
	} else {
		delete(l.idle, lc)
	}
}

func (l *connLimiter) release(c *limitedConn) {
	l.mu.Lock()
	l.open--
	if l.by[c.client]--; l.by[c.client] <= 0 {
		delete(l.by, c.client)
	}
	delete(l.idle, c)
	l.mu.Unlock()
	l.gauge.Dec()
}

// refuse answers c with code and err as the API answers a refusal for load, and closes it. The
// answer follows the request's header, as HTTP clients expect (one sent before it is taken for
// a stale connection's), and the body is read off for a moment before the close (a close with
// unread bytes resets the connection, and the client may lose the answer). That is done by one
// of at most refusedDrains goroutines, each for at most drainFor; when all are busy, c is closed
// at once: the client sees its connection closed and tries again.
func (l *connLimiter) refuse(c net.Conn, code int, err error) {
	select {
	case l.drains <- struct{}{}:
	default:
		_ = c.Close()
		return
	}
	body, _ := json.Marshal(chainapi.Error{Error: err.Error()})
	body = append(body, '\n')
	msg := fmt.Sprintf("HTTP/1.1 %d %s\r\nContent-Type: application/json\r\nRetry-After: 1\r\nConnection: close\r\nContent-Length: %s\r\n\r\n%s",
		code, http.StatusText(code), strconv.Itoa(len(body)), body)
	go func() {
		defer func() { <-l.drains }()
		defer c.Close()
		_ = c.SetDeadline(time.Now().Add(drainFor))
		r := bufio.NewReader(io.LimitReader(c, maxRefusedRead))
		if _, err := http.ReadRequest(r); err != nil {
			return // not HTTP, or not in time: nothing to answer
		}
		if _, err := io.WriteString(c, msg); err != nil {
			return
		}
		if tc, ok := c.(interface{ CloseWrite() error }); ok {
			_ = tc.CloseWrite()
		}
		_, _ = io.Copy(io.Discard, r)
	}()
}

// limitedConn gives its place back to the limiter when closed, once.
type limitedConn struct {
	net.Conn
	client  string
	once    sync.Once
	release func()
}

func (c *limitedConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(c.release)
	return err
}
