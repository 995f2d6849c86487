package scenario

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/devnet"
	"github.com/sptn/sptn/agents/devnet/devnettest"
)

// startDevnet starts a devnet of the named profile for the test.
func startDevnet(ctx context.Context, t *testing.T, profileName string) (*devnet.Network, devnet.Profile) {
	t.Helper()
	return devnettest.Start(ctx, t, profileName)
}

// runOnOneDevnet runs the named scenarios in order on one devnet and requires each to pass and
// every agent to be running at the end.
func runOnOneDevnet(ctx context.Context, t *testing.T, n *devnet.Network, profile devnet.Profile, names ...string) {
	t.Helper()
	env := NewEnv(n, profile, devnettest.Writer{T: t})
	require.NoError(t, env.WarmUp(ctx))
	all := All()
	for _, name := range names {
		v := Run(ctx, all[name], env)
		require.True(t, v.Pass, "%s", v)
	}
	for _, a := range n.Agents() {
		require.True(t, a.Running(), "%s stopped during the scenarios (log %s)", a.Name, a.Log)
	}
}

// TestShortScenarios runs `make test`'s short set on one real devnet: anvil, the contracts, four
// `sptn node` processes (CometBFT), a prover and a watcher. `make scenarios` runs every scenario.
// A real Prometheus server scrapes the devnet meanwhile with the shipped rules; after the
// scenarios, checkMonitoring tests the rules and the dashboard against it and injects a fault.
func TestShortScenarios(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a whole devnet")
	}
	t.Parallel() // its own devnet on its own L1 port block, beside the multihost one
	ctx, cancel := context.WithTimeout(context.Background(), 12*time.Minute)
	defer cancel()
	n, profile := startDevnet(ctx, t, "default")
	prom := startMonitoring(ctx, t, n)
	runOnOneDevnet(ctx, t, n, profile, Short...)
	checkMonitoring(ctx, t, n, prom)
}

// TestMultihostPartition runs the multihost profile (each node in its own network namespace,
// 25 ms between hosts) and cuts one host off from its peers: the majority carries the chains and
// the cut node catches up once healed.
func TestMultihostPartition(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a whole devnet")
	}
	if err := devnet.FabricSupported(); err != nil {
		t.Skipf("no network namespaces here: %v", err)
	}
	t.Parallel() // its hosts are network namespaces of their own
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	n, profile := startDevnet(ctx, t, "multihost")
	require.NotNil(t, n.Fabric())
	runOnOneDevnet(ctx, t, n, profile, "partition-minority")
}
