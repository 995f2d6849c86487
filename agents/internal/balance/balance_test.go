package balance

import (
	"bytes"
	"context"
	"log/slog"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/anviltest"
	"github.com/sptn/sptn/agents/internal/l1"
	"github.com/sptn/sptn/agents/internal/metrics"
)

var (
	_ Source  = (*l1.Client)(nil)
	_ Metrics = (*metrics.Registry)(nil)
)

type recorder struct {
	mu    sync.Mutex
	low   bool
	bal   *big.Int
	floor *big.Int
}

func (r *recorder) SetBalanceFloor(wei *big.Int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.floor = wei
}

func (r *recorder) SetBalance(_ common.Address, wei *big.Int, low bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.bal, r.low = wei, low
}

func (r *recorder) get() (*big.Int, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.bal, r.low
}

type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuf) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuf) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestLowBalanceWarnsAndTopUpIsPickedUp runs the monitor's loop against anvil, drains the
// key with anvil_setBalance, then tops it up, without restarting the monitor.
func TestLowBalanceWarnsAndTopUpIsPickedUp(t *testing.T) {
	t.Parallel()
	a := anviltest.Start(t)
	c, err := l1.Dial(context.Background(), l1.Options{URLs: []string{a.URL}, ChainID: anviltest.ChainID,
		RequestTimeout: 2 * time.Second, RetryWaitMin: 10 * time.Millisecond, RetryWaitMax: 100 * time.Millisecond})
	require.NoError(t, err)
	defer c.Close()
	addr := common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	rec := &recorder{}
	var logs syncBuf
	m := New(c, addr, EthToWei(0.5), 20*time.Millisecond, rec, slog.New(slog.NewTextHandler(&logs, nil)))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { m.Run(ctx); close(done) }()
	defer func() { cancel(); <-done }()

	waitFor := func(what string, cond func() bool) {
		t.Helper()
		deadline := time.Now().Add(60 * time.Second)
		for !cond() {
			require.True(t, time.Now().Before(deadline), "timed out waiting for %s", what)
			time.Sleep(10 * time.Millisecond)
		}
	}
	rec.mu.Lock()
	require.Equal(t, EthToWei(0.5), rec.floor, "the floor is exported for the alert")
	rec.mu.Unlock()
	waitFor("a first read", func() bool { b, _ := rec.get(); return b != nil })
	_, low := rec.get()
	require.False(t, low, "anvil's dev account starts rich")

	a.Call(nil, "anvil_setBalance", addr, hexutil.EncodeBig(big.NewInt(params.Ether/10)))
	waitFor("the low balance", func() bool { _, low := rec.get(); return low })
	require.True(t, m.Low())
	require.Contains(t, logs.String(), "publisher balance low")
	require.Contains(t, logs.String(), "balance_wei=100000000000000000")

	a.Call(nil, "anvil_setBalance", addr, hexutil.EncodeBig(new(big.Int).Mul(big.NewInt(params.Ether), big.NewInt(3))))
	waitFor("the top-up", func() bool { _, low := rec.get(); return !low })
	require.Contains(t, logs.String(), "publisher balance topped up")
}

func TestEthToWei(t *testing.T) {
	t.Parallel()
	require.Equal(t, big.NewInt(5e17), EthToWei(0.5))
	require.Equal(t, new(big.Int).Mul(big.NewInt(params.Ether), big.NewInt(2)), EthToWei(2))
}
