package node

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/txmgr"
)

// fakeAccount is one publisher account's transaction manager: it records what it sent and
// knows the IDs it sent, as a real one does.
type fakeAccount struct {
	mu     sync.Mutex
	sent   []string
	oldest time.Duration
	low    atomic.Bool
}

func (f *fakeAccount) Send(_ context.Context, c txmgr.TxCandidate) (*types.Receipt, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.sent = append(f.sent, c.ID)
	return &types.Receipt{Status: 1}, nil
}

func (f *fakeAccount) Revive(_ context.Context, id string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, s := range f.sent {
		if s == id {
			return nil
		}
	}
	return fmt.Errorf("%w: %s is unknown", txmgr.ErrNotRevivable, id)
}

func (f *fakeAccount) OldestUnmined() time.Duration {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.oldest
}

func (f *fakeAccount) setOldest(d time.Duration) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.oldest = d
}

func (f *fakeAccount) ids() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.sent...)
}

// TestPublishersMoveOffALowOrStuckAccount: proposes go from the first account while it is
// healthy; when it is low (below balance.min-eth) or stuck (a transaction unmined for
// node.publisher-stuck-after) they go from the next healthy one, and back once it recovers; a
// propose already sent stays with its account while that one is healthy; with every account low,
// the first that is not stuck still sends; Revive reaches the account that sent the ID.
func TestPublishersMoveOffALowOrStuckAccount(t *testing.T) {
	a, b, c := &fakeAccount{}, &fakeAccount{}, &fakeAccount{}
	var list []*publisher
	for i, f := range []*fakeAccount{a, b, c} {
		list = append(list, &publisher{addr: common.Address{byte(i + 1)}, txs: f, low: f.low.Load})
	}
	p := newPublishers(list, time.Minute, slog.New(slog.DiscardHandler), nil)
	send := func(id string) {
		t.Helper()
		_, err := p.Send(context.Background(), txmgr.TxCandidate{ID: id})
		require.NoError(t, err)
	}
	send("p1")
	require.Equal(t, []string{"p1"}, a.ids())

	a.low.Store(true)
	send("p2")
	require.Equal(t, []string{"p2"}, b.ids(), "a is low: b sends")

	b.setOldest(2 * time.Minute)
	send("p3")
	require.Equal(t, []string{"p3"}, c.ids(), "a is low, b is stuck: c sends")

	a.low.Store(false)
	send("p4")
	require.Equal(t, []string{"p1", "p4"}, a.ids(), "a is topped up: back to the first")
	send("p3")
	require.Equal(t, []string{"p3", "p3"}, c.ids(), "p3 stays with c, which sent it and is healthy")

	a.low.Store(true)
	c.low.Store(true)
	send("p5")
	require.Equal(t, []string{"p1", "p4", "p5"}, a.ids(), "all low or stuck: the first one not stuck")
	a.setOldest(time.Hour)
	c.setOldest(time.Hour)
	send("p6")
	require.Equal(t, []string{"p1", "p4", "p5", "p6"}, a.ids(), "all stuck: the first")
	require.Equal(t, 5.0, testutil.ToFloat64(p.switches), "a→b, b→c, c→a, a→c (p3 again), c→a")

	require.NoError(t, p.Revive(context.Background(), "p2"), "b sent p2")
	require.NoError(t, p.Revive(context.Background(), "p3"))
	require.ErrorIs(t, p.Revive(context.Background(), "never"), txmgr.ErrNotRevivable)
}
