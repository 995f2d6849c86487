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

	// A transaction accepted by a node killed right after its 202 is no longer lost (the node
	// keeps what it acknowledged in its store): the checker fails on any loss again.
	requireClean(t, rep, KindKill, KindStop, KindL1Reorg, KindL1FeeSpike, KindL1Missed)
}
