package balance

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
)

// WarnEvery is how often the warning is repeated while the balance stays low.
const WarnEvery = 5 * time.Minute

// Source reads balances; *l1.Client implements it.
type Source interface {
	BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error)
}

// Metrics is what the monitor records; *metrics.Registry implements it.
type Metrics interface {
	SetBalance(account common.Address, wei *big.Int, low bool)
	SetBalanceFloor(wei *big.Int)
}

// Monitor watches one address's balance. It is safe for concurrent use.
type Monitor struct {
	src      Source
	addr     common.Address
	min      *big.Int
	interval time.Duration
	metrics  Metrics
	log      *slog.Logger

	mu       sync.Mutex
	low      bool
	lastWarn time.Time
	last     *big.Int
}

// New makes a monitor that warns when addr holds less than minWei.
func New(src Source, addr common.Address, minWei *big.Int, interval time.Duration, m Metrics, log *slog.Logger) *Monitor {
	m.SetBalanceFloor(minWei)
	return &Monitor{src: src, addr: addr, min: minWei, interval: interval, metrics: m, log: log.With("address", addr)}
}

// EthToWei converts an ether amount from config to wei.
func EthToWei(eth float64) *big.Int {
	w, _ := new(big.Float).Mul(big.NewFloat(eth), big.NewFloat(params.Ether)).Int(nil)
	return w
}

// Check reads the balance once, records it and logs a change of state.
func (m *Monitor) Check(ctx context.Context) (*big.Int, bool, error) {
	bal, err := m.src.BalanceAt(ctx, m.addr, nil)
	if err != nil {
		return nil, false, fmt.Errorf("read balance: %w", err)
	}
	low := bal.Cmp(m.min) < 0
	m.metrics.SetBalance(m.addr, bal, low)
	m.mu.Lock()
	defer m.mu.Unlock()
	now := time.Now()
	switch {
	case low && (!m.low || now.Sub(m.lastWarn) >= WarnEvery):
		m.log.Warn("publisher balance low: top it up", "balance_wei", bal, "min_wei", m.min)
		m.lastWarn = now
	case !low && m.low:
		m.log.Info("publisher balance topped up", "balance_wei", bal, "min_wei", m.min)
	}
	m.low, m.last = low, bal
	return bal, low, nil
}

// Low reports whether the last read balance was below the floor.
func (m *Monitor) Low() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.low
}

// Run checks every interval until ctx ends.
func (m *Monitor) Run(ctx context.Context) {
	t := time.NewTicker(m.interval)
	defer t.Stop()
	for {
		if _, _, err := m.Check(ctx); err != nil && ctx.Err() == nil {
			m.log.Warn("balance check failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
