package devnet

import (
	"math/bits"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestShippedProfilesLoad(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(repoRoot(t), "configs", "devnet")
	for name, committee := range map[string]int{"default": 4, "committee8": 8, "committee16": 16, "committee32": 32, "committee48": 48, "stress": 16, "multihost": 4, "faults": 4, "onedown": 4, "geth": 4} {
		p, err := LoadProfile(dir, name)
		require.NoError(t, err, name)
		require.Equal(t, name, p.Name)
		require.Equal(t, committee, p.CommitteeSize)
	}
}

func TestLoadProfileErrors(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	write := func(name, body string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name+".yaml"), []byte(body), 0o600))
	}
	write("zero-committee", "name: x\ncommittee_size: 0\n")
	write("unknown-key", "name: x\ncommitee_size: 4\n")
	write("partial", "name: partial\nsequencers: 7\n")
	write("bad-mode", "name: x\nnetwork:\n  mode: docker\n")
	write("latency-on-loopback", "name: x\nnetwork:\n  latency_ms: 20\n")
	write("negative-latency", "name: x\nnetwork:\n  mode: netns\n  latency_ms: -1\n")
	write("fault-action", "name: x\nfaults:\n  - {at_slot: 3, action: explode}\n")
	write("fault-agent", "name: x\nfaults:\n  - {at_slot: 3, action: stop, agents: [node-4]}\n")
	write("fault-agent-name", "name: x\nfaults:\n  - {at_slot: 3, action: kill, agents: [node3]}\n")
	write("fault-no-agents", "name: x\nfaults:\n  - {at_slot: 3, action: start}\n")
	write("fault-partition-loopback", "name: x\nfaults:\n  - {at_slot: 3, action: partition, groups: [[0], [1]]}\n")
	write("fault-partition-host", "name: x\nnetwork: {mode: netns}\nfaults:\n  - {at_slot: 3, action: partition, groups: [[0], [9]]}\n")
	write("bad-l1", "name: x\nl1:\n  client: reth\n")
	write("fault-reorg-depth", "name: x\nfaults:\n  - {at_slot: 3, action: l1-reorg}\n")
	write("seal-lead-slot", "name: x\nnode_env: [SPTN_NODE_SEAL_LEAD=4s]\n")
	// The nodes take the last of duplicate entries (os/exec), and parse the value as it is.
	write("seal-lead-last", "name: x\nnode_env: [SPTN_NODE_SEAL_LEAD=1s, SPTN_NODE_SEAL_LEAD=20s]\n")
	write("seal-lead-unit", "name: x\nnode_env: [SPTN_NODE_SEAL_LEAD=12]\n")
	write("seal-lead-space", "name: x\nnode_env: ['SPTN_NODE_SEAL_LEAD= 1s']\n")
	write("seal-lead-negative", "name: x\nnode_env: [SPTN_NODE_SEAL_LEAD=-1s]\n")
	write("timeout-commit-bad", "name: x\nnode_env: ['SPTN_NODE_TIMEOUT_COMMIT=1 s']\n")
	write("timeout-commit-range", "name: x\nnode_env: [SPTN_NODE_TIMEOUT_COMMIT=1m]\n")
	tests := []struct{ name, want string }{
		{"fault-action", `faults[0]: action "explode": want one of stop, kill, start, partition, heal, l1-reorg, l1-base-fee`},
		{"fault-agent", `faults[0] (stop at slot 3): agents: "node-4": the profile runs 4 nodes`},
		{"fault-agent-name", `"node3" is not an agent name`},
		{"fault-no-agents", "agents: name at least one agent"},
		{"fault-partition-loopback", "a partition needs network.mode netns"},
		{"fault-partition-host", "groups: no host 9 (hosts are 0 to 3)"},
		{"fault-reorg-depth", "depth = 0: want 1 to 64 L1 blocks"},
		{"bad-l1", `l1.client = "reth": want anvil or geth`},
		{"bad-mode", `network.mode = "docker": want loopback or netns`},
		{"latency-on-loopback", "network.latency_ms and network.bandwidth_mbit need network.mode netns"},
		{"negative-latency", "network.latency_ms = -1: want 0 to 5000"},
		{"zero-committee", "committee_size = 0: want 1 to 256"},
		{"seal-lead-slot", "SPTN_NODE_SEAL_LEAD = 4s (from node_env): want less than the slot (4s)"},
		{"seal-lead-last", "SPTN_NODE_SEAL_LEAD = 20s (from node_env): want less than the slot (4s)"},
		{"timeout-commit-range", "SPTN_NODE_TIMEOUT_COMMIT = 1m0s (from node_env): want 10ms to 30s"},
		{"seal-lead-unit", `SPTN_NODE_SEAL_LEAD = "12" (from node_env): not a duration`},
		{"seal-lead-space", `SPTN_NODE_SEAL_LEAD = " 1s" (from node_env): not a duration`},
		{"seal-lead-negative", "SPTN_NODE_SEAL_LEAD = -1s (from node_env): want 0 to 1m"},
		{"timeout-commit-bad", `SPTN_NODE_TIMEOUT_COMMIT = "1 s" (from node_env): not a duration`},
		{"unknown-key", "field commitee_size not found"},
		{"missing", "no such file"},
	}
	for _, tc := range tests {
		_, err := LoadProfile(dir, tc.name)
		require.ErrorContains(t, err, tc.want, tc.name)
	}
	p, err := LoadProfile(dir, "partial")
	require.NoError(t, err)
	require.Equal(t, 7, p.Sequencers)
	require.Equal(t, DefaultProfile().CommitteeSize, p.CommitteeSize, "unset fields keep the defaults")
	require.False(t, p.Geth(), "anvil is the default L1")
}

// TestSweepProfilesTiming pins the committee-size sweep's profiles (make bench-devnet,
// docs/performance.md): the slot, L1 block, seal lead and CometBFT timeouts each size was
// measured with. committee48's slot is four L1 blocks of 6 s: 48 CometBFT validators on two
// cores take about 4.4 s a height, and a seal sent 18 s ahead has the lead and three of the
// slot's four L1 blocks, about eight heights, to be committed, attested and proposed; a failed
// round or two still fit.
func TestSweepProfilesTiming(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(repoRoot(t), "configs", "devnet")
	for _, tc := range []struct {
		name                  string
		slot, l1Block         int
		lead, commit, propose time.Duration
	}{
		{"default", 4, 2, 1500 * time.Millisecond, 250 * time.Millisecond, time.Second},
		{"committee8", 4, 2, 1500 * time.Millisecond, 250 * time.Millisecond, time.Second},
		{"committee16", 4, 2, 1500 * time.Millisecond, 250 * time.Millisecond, time.Second},
		{"committee32", 8, 4, 5 * time.Second, 500 * time.Millisecond, 3 * time.Second},
		{"committee48", 24, 6, 18 * time.Second, time.Second, 3 * time.Second},
	} {
		p, err := LoadProfile(dir, tc.name)
		require.NoError(t, err, tc.name)
		require.Equal(t, tc.slot, p.SlotSeconds(), tc.name)
		require.Equal(t, tc.l1Block, p.L1BlockTimeSeconds, tc.name)
		require.Equal(t, tc.lead, p.NodeSealLead(), tc.name)
		require.Equal(t, tc.commit, p.NodeTimeoutCommit(), tc.name)
		require.Equal(t, tc.propose, p.NodeTimeoutPropose(), tc.name)
		require.Less(t, p.NodeSealLead(), time.Duration(p.SlotSeconds())*time.Second, tc.name)
		require.GreaterOrEqual(t, p.FallbackSlots, (1+p.ProofWindowEpochs)*p.EpochSlots, tc.name)
	}
}

// TestGethTimingCoversTheSlasher checks the deploy parameters a geth profile gets: the exit delay is
// exactly the Slasher's minimum for the profile's timing (every second of it is waited for in real
// time) with the shorter slash votes, and the genesis follows the Slasher's activation closely.
func TestGethTimingCoversTheSlasher(t *testing.T) {
	t.Parallel()
	p, err := LoadProfile(filepath.Join(repoRoot(t), "configs", "devnet"), "geth")
	require.NoError(t, err)
	require.True(t, p.Geth())
	epoch := p.SlotSeconds() * p.EpochSlots
	// Slasher._minimumExitDelay: (LAG 2 + max(1 + proof window, 32 + 8)) epochs + voting delay +
	// period + window.
	require.Equal(t, 42, SlasherExitEpochs(p.ProofWindowEpochs))
	require.Contains(t, p.DeployEnv(), "STAKING_EXIT_DELAY="+itoa(42*epoch+1+10+10))
	env := p.RollupEnv()
	require.Contains(t, env, "SLASHER_VOTING_PERIOD=10")
	require.Contains(t, env, "SLASHER_EXECUTION_WINDOW=10")
	// Nobody has staked when DeployRollup runs: the Slasher acts at once (no two exit delays
	// in real time), and the genesis leaves the story its time.
	require.Contains(t, env, "SLASHER_AT_ONCE=true")
	require.Contains(t, env, "ROLLUP_GENESIS_DELAY="+itoa(gethStorySeconds+2*p.SlotSeconds()))
	// The same profile on anvil keeps the devnet's long votes and warps.
	p.L1.Client = L1Anvil
	require.Contains(t, p.RollupEnv(), "ROLLUP_GENESIS_DELAY=3600")
	require.NotContains(t, p.RollupEnv(), "SLASHER_AT_ONCE=true")
	require.Contains(t, p.DeployEnv(), "STAKING_EXIT_DELAY="+itoa(2*(42*epoch+1+30+60)))
}

// TestPeersOfConnectsEveryNodeWithinLogHops checks the devnet's peer graph: a full mesh up to
// fullMesh nodes; beyond it, each node dials about log2(n) others and every node reaches every
// other within log2(n)+1 hops over the (undirected) connections.
func TestPeersOfConnectsEveryNodeWithinLogHops(t *testing.T) {
	for _, n := range []int{1, 4, 16, 17, 48, 100} {
		adj := make([]map[int]bool, n)
		for i := range adj {
			adj[i] = map[int]bool{}
		}
		for i := 0; i < n; i++ {
			peers := peersOf(i, n)
			if n <= fullMesh {
				require.Len(t, peers, n-1, "n=%d: full mesh", n)
			} else {
				require.LessOrEqual(t, len(peers), bits.Len(uint(n)), "n=%d: node %d dials %d", n, i, len(peers))
			}
			for _, j := range peers {
				require.NotEqual(t, i, j, "n=%d: node %d dials itself", n, i)
				adj[i][j], adj[j][i] = true, true
			}
		}
		// Breadth-first from node 0: every node within log2(n)+1 hops.
		dist := map[int]int{0: 0}
		queue := []int{0}
		for len(queue) > 0 {
			u := queue[0]
			queue = queue[1:]
			for v := range adj[u] {
				if _, seen := dist[v]; !seen {
					dist[v] = dist[u] + 1
					queue = append(queue, v)
				}
			}
		}
		require.Len(t, dist, n, "n=%d: every node is reachable", n)
		for v, d := range dist {
			require.LessOrEqual(t, d, bits.Len(uint(n)), "n=%d: node %d is %d hops away", n, v, d)
		}
	}
}
