package chaos

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/devnet/devnettest"
	"github.com/sptn/sptn/agents/devnet/scenario"
)

// TestChaosSeeded is make test's short seeded chaos run (issue 17) on a real devnet (anvil, the
// contracts, four `sptn node` processes with CometBFT, a prover and a watcher): seed 7 draws six
// faults over 60 s, one of every kind the default profile has (a node stopped, kill -9 of
// another node and of the watcher, an L1 reorg, an L1 fee spike and a missed L1 block), with
// light load throughout. It passes when the checker found no violation, every fault was
// injected and recovered from, every invariant was checked, and every accepted transaction is
// accounted for (none lost: a node killed right after a 202 resubmits it from its store).
// `make chaos` runs the longer TestChaosShort, `make soak` the long soak.
func TestChaosSeeded(t *testing.T) {
	if testing.Short() {
		t.Skip("integration test: starts a devnet")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	n, p := devnettest.Start(ctx, t, "default")
	out := devnettest.Writer{T: t}
	require.NoError(t, scenario.NewEnv(n, p, out).WarmUp(ctx))
	rep, err := Run(ctx, n, p, Config{Seed: 7, Duration: 60 * time.Second, Faults: 6, TPS: 2, Settle: 30 * time.Second,
		RealReorgs: true, Out: out})
	require.NoError(t, err)
	t.Log("\n" + rep.Table())
	requireClean(t, rep, KindKill, KindStop, KindL1Reorg, KindL1FeeSpike, KindL1Missed)
}

// requireClean fails on any violation, on a planned fault not injected or never recovered from,
// on a kind of kinds never injected, on an invariant never checked, and on an accepted
// transaction lost or not accounted for.
func requireClean(t *testing.T, rep *Report, kinds ...string) {
	t.Helper()
	for _, v := range rep.Violations {
		require.Failf(t, "violation", "seed %d: %s at +%.1fs (cause %q): %s", rep.Seed, v.Invariant, v.AtS, v.Cause, v.Detail)
	}
	for _, rec := range rep.Schedule {
		require.Empty(t, rec.Skipped, "fault #%d (%s)", rec.ID, rec.Fault)
		require.Empty(t, rec.Error, "fault #%d (%s)", rec.ID, rec.Fault)
		require.NotNil(t, rec.RecoveryS, "fault #%d (%s) never recovered", rec.ID, rec.Fault)
	}
	for _, k := range kinds {
		require.Positive(t, rep.Faults[k].Injected, "no %s injected", k)
	}
	for _, ic := range rep.Invariants {
		require.Positive(t, ic.Checks, "%s was never checked", ic.Invariant)
	}
	require.Positive(t, rep.Txs.Accepted)
	require.Zero(t, rep.Txs.Lost, "accepted transactions lost")
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
