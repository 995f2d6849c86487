package chaos

import (
	"context"
	"io"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func newTestRun() *run {
	return &run{out: io.Discard, topo: loopback, start: time.Now(), counts: map[string]int{},
		faulted: map[string]*Record{}, busy: map[string]bool{}}
}

// TestClaimKeepsTheCommitteeBound: with one node out (a committee of 4 loses at most one), a
// second node fault waits until the first is released; a prover fault does not.
func TestClaimKeepsTheCommitteeBound(t *testing.T) {
	t.Parallel()
	r := newTestRun()
	ctx := context.Background()
	first := &Record{Fault: Fault{ID: 1, Kind: KindKill, Agent: "node-1"}}
	require.True(t, r.claim(ctx, first))
	require.True(t, r.claim(ctx, &Record{Fault: Fault{ID: 2, Kind: KindKill, Agent: "prover-0"}}))

	second := &Record{Fault: Fault{ID: 3, Kind: KindPartition, Hosts: []int{2}}}
	done := make(chan bool)
	go func() { done <- r.claim(ctx, second) }()
	select {
	case <-done:
		t.Fatal("a second node was taken out while one was still out")
	case <-time.After(500 * time.Millisecond):
	}
	r.release(first)
	require.True(t, <-done)
	require.Equal(t, second, r.faulted["node-2"])
	require.NotContains(t, r.faulted, "node-1")
}

// TestEndActiveFreesOnlyItsOwnSlot: an L1 fault frees the L1 slot at its end, so the next may
// start while its recovery is measured; releasing it later must not free the next one's slot.
func TestEndActiveFreesOnlyItsOwnSlot(t *testing.T) {
	t.Parallel()
	r := newTestRun()
	ctx := context.Background()
	a := &Record{Fault: Fault{ID: 1, Kind: KindL1Reorg, Depth: 2}}
	b := &Record{Fault: Fault{ID: 2, Kind: KindL1FeeSpike, Gwei: 100, Blocks: 2}}
	require.True(t, r.claim(ctx, a))
	r.endActive(a)
	require.True(t, r.claim(ctx, b))
	r.release(a) // a's recovery is over
	require.Equal(t, b, r.l1Active, "b still holds the L1 slot")
}
