package agent

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"
)

// ErrTickStuck is the readiness failure of an agent whose current tick has run too long: it is
// waiting (in Send, for a transaction that does not confirm, say) and does nothing else meanwhile.
var ErrTickStuck = errors.New("agent: tick stuck")

// TickState tracks the tick in progress of a polling agent, for its readiness check. The zero
// value is ready to use.
type TickState struct {
	mu      sync.Mutex
	started time.Time // zero between ticks
}

// Begin records that a tick starts; End that it returned.
func (s *TickState) Begin() {
	s.mu.Lock()
	s.started = time.Now()
	s.mu.Unlock()
}

// End records that the tick in progress returned.
func (s *TickState) End() {
	s.mu.Lock()
	s.started = time.Time{}
	s.mu.Unlock()
}

// Stuck is ErrTickStuck when the tick in progress has run longer than after (0: never).
func (s *TickState) Stuck(after time.Duration) error {
	s.mu.Lock()
	started := s.started
	s.mu.Unlock()
	if after <= 0 || started.IsZero() {
		return nil
	}
	if d := time.Since(started); d > after {
		return fmt.Errorf("%w: the current tick has run for %s (more than %s); see the log for what it waits on",
			ErrTickStuck, d.Round(time.Second), after)
	}
	return nil
}

// Tick calls tick at once and then every interval until ctx ends: the main loop of a polling
// agent. A failed tick is logged ("<what> tick failed") and retried at the next interval; the
// tick itself records its error for readiness.
func Tick(ctx context.Context, every time.Duration, log *slog.Logger, what string, tick func(context.Context) error) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if err := tick(ctx); err != nil && ctx.Err() == nil {
			log.Warn(what+" tick failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
