//go:build chaos

package chaos

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/devnet/devnettest"
	"github.com/sptn/sptn/agents/devnet/scenario"
)

// TestChaosShort is a short seeded chaos run on a real devnet (anvil, the contracts, four
// `sptn node` processes with CometBFT, a prover and a watcher): seed 17 draws nine faults over
// 150 s, one of each kind the default profile allows and more kills, with light load
// throughout. Its L1 reorgs are a real L1's (RealReorgs; docs/devnet.md says what anvil's own
// find). It passes when the checker found no violation, every planned fault was injected
// and its agents came back, every invariant was checked, and every accepted transaction is
// accounted for. `make chaos` runs it; `make soak` runs the long one (not a Go test).
func TestChaosShort(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	n, p := devnettest.Start(ctx, t, "default")
	out := devnettest.Writer{T: t}
	require.NoError(t, scenario.NewEnv(n, p, out).WarmUp(ctx))
	rep, err := Run(ctx, n, p, Config{Seed: 17, Duration: 150 * time.Second, Faults: 9, TPS: 2, Settle: 45 * time.Second,
		RealReorgs: true, Out: out})
	require.NoError(t, err)
	t.Log("\n" + rep.Table())

	// One violation is known and outside agents/devnet: a node answers 202 once CometBFT's
	// in-memory mempool holds a transaction, so a kill -9 in the moment after (before CometBFT
	// gossiped it) loses it (docs/devnet.md, "What the soak found"). The run reports it as a
	// violation of txs with its cause; this test fails on any other, and on such a loss that the
	// faults do not explain.
	known := 0
	for _, v := range rep.Violations {
		if v.Invariant == InvTxs && v.Cause == CauseKilledAfterAccept {
			t.Logf("known violation (agents/node: the mempool is not durable): %s", v.Detail)
			known++
			continue
		}
		require.Failf(t, "violation", "seed %d: %s at +%.1fs: %s", rep.Seed, v.Invariant, v.AtS, v.Detail)
	}
	for _, rec := range rep.Schedule {
		require.Empty(t, rec.Skipped, "fault #%d (%s)", rec.ID, rec.Fault)
		require.Empty(t, rec.Error, "fault #%d (%s)", rec.ID, rec.Fault)
		require.NotNil(t, rec.RecoveryS, "fault #%d (%s) never recovered", rec.ID, rec.Fault)
	}
	for _, k := range []string{KindKill, KindStop, KindL1Reorg, KindL1FeeSpike, KindL1Missed} {
		require.Positive(t, rep.Faults[k].Injected, "no %s injected", k)
	}
	for _, ic := range rep.Invariants {
		require.Positive(t, ic.Checks, "%s was never checked", ic.Invariant)
	}
	require.Positive(t, rep.Txs.Accepted)
	require.Equal(t, known, rep.Txs.Lost, "every lost transaction explained by its node's kill")
	require.Zero(t, rep.Txs.Status["unchecked"])
	require.Equal(t, rep.Txs.Accepted, sum(rep.Txs.Status), "every accepted transaction accounted for")
}

func sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}
