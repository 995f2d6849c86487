package lifecycle

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"
)

// ErrStopTimeout is returned by Run when stopping took longer than the stop timeout.
var ErrStopTimeout = errors.New("lifecycle: stop did not finish within the stop timeout")

// StopFunc stops one thing; it should return when ctx ends even if not done.
type StopFunc func(ctx context.Context) error

type step struct {
	name string
	stop StopFunc
}

// Stack holds the stop functions of what has been started, in start order.
type Stack struct {
	log *slog.Logger

	mu      sync.Mutex
	steps   []step
	stopped bool

	bg     context.Context
	cancel context.CancelFunc
}

// NewStack makes an empty stack.
func NewStack(log *slog.Logger) *Stack {
	bg, cancel := context.WithCancel(context.Background())
	return &Stack{log: log, bg: bg, cancel: cancel}
}

// Push records the stop function of something that has just started.
func (s *Stack) Push(name string, stop StopFunc) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.steps = append(s.steps, step{name: name, stop: stop})
}

// Go runs fn in a goroutine with a context that the stack cancels at fn's place in the stop
// order, then waits for fn to return.
func (s *Stack) Go(name string, fn func(ctx context.Context)) {
	ctx, cancel := context.WithCancel(s.bg)
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn(ctx)
	}()
	s.Push(name, func(stopCtx context.Context) error {
		cancel()
		select {
		case <-done:
			return nil
		case <-stopCtx.Done():
			return fmt.Errorf("wait for %s: %w", name, stopCtx.Err())
		}
	})
}

// Stop runs the stop functions in reverse start order and joins their errors. It runs once;
// later calls return nil.
func (s *Stack) Stop(ctx context.Context) error {
	s.mu.Lock()
	if s.stopped {
		s.mu.Unlock()
		return nil
	}
	s.stopped = true
	steps := s.steps
	s.mu.Unlock()
	var errs []error
	for i := len(steps) - 1; i >= 0; i-- {
		st := steps[i]
		if err := st.stop(ctx); err != nil {
			s.log.Error("stop failed", "step", st.name, "err", err)
			errs = append(errs, fmt.Errorf("stop %s: %w", st.name, err))
			continue
		}
		s.log.Debug("stopped", "step", st.name)
	}
	s.cancel()
	return errors.Join(errs...)
}

// InitFunc brings one thing up and pushes its stop function on the stack.
type InitFunc func(ctx context.Context, s *Stack) error

// Start runs the init steps in order. If one fails, what was started is stopped in reverse
// (bounded by stopTimeout) and the step's error is returned.
func Start(ctx context.Context, s *Stack, stopTimeout time.Duration, steps ...InitFunc) error {
	for _, init := range steps {
		if err := init(ctx, s); err != nil {
			sctx, cancel := context.WithTimeout(context.Background(), stopTimeout)
			defer cancel()
			if serr := s.Stop(sctx); serr != nil {
				return errors.Join(err, serr)
			}
			return err
		}
	}
	return nil
}

// Run starts the steps, waits for SIGINT, SIGTERM or the end of ctx, and stops everything in
// reverse within stopTimeout.
func Run(ctx context.Context, log *slog.Logger, stopTimeout time.Duration, steps ...InitFunc) error {
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM)
	defer signal.Stop(sigs)

	runCtx, cancelRun := context.WithCancel(ctx)
	defer cancelRun()
	s := NewStack(log)
	if err := Start(runCtx, s, stopTimeout, steps...); err != nil {
		return err
	}
	log.Info("started")
	select {
	case sig := <-sigs:
		log.Info("stopping", "signal", sig.String(), "timeout", stopTimeout)
	case <-ctx.Done():
		log.Info("stopping", "reason", context.Cause(ctx), "timeout", stopTimeout)
	}
	cancelRun()

	stopCtx, cancelStop := context.WithTimeout(context.Background(), stopTimeout)
	defer cancelStop()
	done := make(chan error, 1)
	go func() { done <- s.Stop(stopCtx) }()
	for {
		select {
		case err := <-done:
			if err != nil {
				return err
			}
			log.Info("stopped")
			return nil
		case sig := <-sigs:
			log.Warn("second signal: abandoning the graceful stop", "signal", sig.String())
			cancelStop()
		case <-stopCtx.Done():
			select {
			case err := <-done: // the steps honoured the deadline
				return errors.Join(ErrStopTimeout, err)
			case <-time.After(time.Second):
				return ErrStopTimeout // a step ignores its context: give up on it
			}
		}
	}
}
