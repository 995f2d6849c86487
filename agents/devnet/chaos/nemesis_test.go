package chaos

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/devnet"
	"github.com/sptn/sptn/agents/devnet/observe"
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

// TestTheCheckerExcusesOnlyWhatTheByzantineProcessDid: through the checker, as the nemesis drives
// it. node-1 ran the byzantine build over slots 40 to 50: its equivocation at slot 45 is logged,
// not a violation, and its slash from then on is excused; node-2 ran it too but did nothing
// slashable, so its slash is a violation, as is node-1's equivocation at slot 100, when it ran the
// honest build again. Before, each member run once from the byzantine build was excused for the
// rest of the run: no member was left to check once the nemesis had run each node from it.
func TestTheCheckerExcusesOnlyWhatTheByzantineProcessDid(t *testing.T) {
	t.Parallel()
	r := newTestRun()
	one, two := common.HexToAddress("0x01"), common.HexToAddress("0x02")
	r.agents = map[string]*devnet.Agent{"node-1": {Name: "node-1", Account: one}, "node-2": {Name: "node-2", Account: two}}
	c := &r.chk
	c.r = r
	equivocate := func(a common.Address, slot uint64) string {
		c.signed(observe.Signed{Attester: a, Slot: slot, Header: h(fmt.Sprint("a", slot)), Where: "a"})
		return c.signed(observe.Signed{Attester: a, Slot: slot, Header: h(fmt.Sprint("b", slot)), Where: "b"})
	}
	for _, n := range []string{"node-1", "node-2"} {
		c.byzantine(n, 40)
		c.honestAgain(n, 50)
	}
	require.Empty(t, equivocate(one, 45))
	require.Contains(t, equivocate(one, 100), "signed two headers for slot 100")

	require.Empty(t, c.slash.observe("node-1", one, big.NewInt(1000), true))
	require.Empty(t, c.slash.observe("node-1", one, big.NewInt(900), true), "its byzantine process equivocated")
	require.Empty(t, c.slash.observe("node-2", two, big.NewInt(1000), true))
	require.Contains(t, c.slash.observe("node-2", two, big.NewInt(900), true), "fell from 1000 to 900",
		"it ran the byzantine build but did nothing slashable")
}
