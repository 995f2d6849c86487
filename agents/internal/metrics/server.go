package metrics

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// ReadyCheck is one readiness check: nil means ready.
type ReadyCheck func(ctx context.Context) error

// DefaultCheckTimeout bounds each readiness check.
const DefaultCheckTimeout = 5 * time.Second

// Server serves /metrics, /livez and /readyz.
type Server struct {
	addr         string
	reg          *Registry
	log          *slog.Logger
	CheckTimeout time.Duration
	// Pprof also serves net/http/pprof's profiles under /debug/pprof/ (metrics.pprof). Off by
	// default: profiles expose internals and cost CPU while taken.
	Pprof bool

	mu     sync.Mutex
	checks map[string]ReadyCheck
	srv    *http.Server
	ln     net.Listener
	done   chan struct{}
}

// NewServer makes a server for reg on addr (host:port; port 0 picks a free one).
func NewServer(addr string, reg *Registry, log *slog.Logger) *Server {
	return &Server{addr: addr, reg: reg, log: log, CheckTimeout: DefaultCheckTimeout, checks: map[string]ReadyCheck{}}
}

// AddReadyCheck registers a readiness check under name (replacing one of the same name).
func (s *Server) AddReadyCheck(name string, check ReadyCheck) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.checks[name] = check
}

// Handler is the server's HTTP handler (for tests and for embedding in another mux).
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(s.reg.Prometheus(), promhttp.HandlerOpts{Registry: s.reg.Prometheus()}))
	mux.HandleFunc("GET /livez", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("GET /readyz", s.readyz)
	if s.Pprof {
		mux.HandleFunc("GET /debug/pprof/", pprof.Index)
		mux.HandleFunc("GET /debug/pprof/cmdline", pprof.Cmdline)
		mux.HandleFunc("GET /debug/pprof/profile", pprof.Profile)
		mux.HandleFunc("GET /debug/pprof/symbol", pprof.Symbol)
		mux.HandleFunc("GET /debug/pprof/trace", pprof.Trace)
	}
	return mux
}

func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	names := make([]string, 0, len(s.checks))
	checks := make(map[string]ReadyCheck, len(s.checks))
	for n, c := range s.checks {
		names = append(names, n)
		checks[n] = c
	}
	s.mu.Unlock()
	sort.Strings(names)

	results := make([]error, len(names))
	var wg sync.WaitGroup
	for i, n := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx, cancel := context.WithTimeout(r.Context(), s.CheckTimeout)
			defer cancel()
			results[i] = checks[n](ctx)
		}()
	}
	wg.Wait()

	var b strings.Builder
	ready := true
	for i, n := range names {
		if results[i] != nil {
			ready = false
			fmt.Fprintf(&b, "FAIL %s: %v\n", n, results[i])
		} else {
			fmt.Fprintf(&b, "ok   %s\n", n)
		}
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	if !ready {
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	fmt.Fprint(w, b.String())
}

// Start listens and serves in the background.
func (s *Server) Start(_ context.Context) error {
	ln, err := net.Listen("tcp", s.addr)
	if err != nil {
		return fmt.Errorf("listen metrics on %s: %w", s.addr, err)
	}
	s.ln = ln
	s.srv = &http.Server{Handler: s.Handler(), ReadHeaderTimeout: 10 * time.Second}
	s.done = make(chan struct{})
	go func() {
		defer close(s.done)
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("metrics server stopped", "err", err)
		}
	}()
	s.log.Info("serving metrics and health", "addr", ln.Addr().String())
	return nil
}

// Addr is the address the server listens on, after Start.
func (s *Server) Addr() string {
	if s.ln == nil {
		return s.addr
	}
	return s.ln.Addr().String()
}

// Stop shuts the server down, waiting for requests in progress until ctx ends.
func (s *Server) Stop(ctx context.Context) error {
	if s.srv == nil {
		return nil
	}
	err := s.srv.Shutdown(ctx)
	<-s.done
	if err != nil {
		return fmt.Errorf("stop metrics server: %w", err)
	}
	return nil
}
