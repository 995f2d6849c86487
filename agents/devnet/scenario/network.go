package scenario

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/sptn/sptn/agents/node"
)

// errNeedsFabric is the error of a network scenario run on a loopback devnet.
var errNeedsFabric = errors.New("this scenario cuts links between hosts: it needs a profile with network.mode netns (for example --profile multihost)")

// partitionMinority cuts the last node off from the others (it still reaches L1) and checks that
// the majority carries both chains, then heals the cut and checks the node catches up.
func partitionMinority(ctx context.Context, e *Env) error {
	f := e.Net.Fabric()
	if f == nil {
		return errNeedsFabric
	}
	last := len(e.Nodes) - 1
	if (len(e.Nodes)-1)*3 <= 2*len(e.Nodes) {
		return errors.New("the committee is too small to lose a member and keep a quorum")
	}
	var rest []int
	for i := 0; i < last; i++ {
		rest = append(rest, i)
	}
	e.Logf("partition: hosts %v | host %d (%s cut off from its peers, not from L1)", rest, last, e.Nodes[last].Name)
	if err := f.Partition(rest, []int{last}); err != nil {
		return err
	}
	defer func() { _ = f.Heal() }()
	st, err := e.Observe(ctx)
	if err != nil {
		return err
	}
	if _, err := e.WaitFor(ctx, "the majority side moves pending and assured by 3", e.slots(16), func(s State) bool {
		return s.Node.Pending.Number >= st.Node.Pending.Number+3 && s.L1.Assured >= st.L1.Assured+3
	}); err != nil {
		return err
	}
	cut, err := e.Nodes[last].Tips(ctx)
	if err != nil {
		return fmt.Errorf("%s: %w", e.Nodes[last].Name, err)
	}
	other, err := e.otherTips(ctx, e.Nodes[last])
	if err != nil {
		return err
	}
	e.Logf("%s, cut off, is at pending %d; the majority at %d", e.Nodes[last].Name, cut.Pending.Number, other.Pending.Number)
	if cut.Pending.Number >= other.Pending.Number {
		return fmt.Errorf("%s kept up with the majority although cut off: the partition did not cut", e.Nodes[last].Name)
	}
	e.Logf("heal the partition")
	if err := f.Heal(); err != nil {
		return err
	}
	return e.caughtUp(ctx, e.Nodes[last], e.slots(30))
}

// partitionHalves cuts the committee in two halves, neither with a quorum: the pending chain must
// stop, and go on once the halves reach each other again.
func partitionHalves(ctx context.Context, e *Env) error {
	f := e.Net.Fabric()
	if f == nil {
		return errNeedsFabric
	}
	half := len(e.Nodes) / 2
	var a, b []int
	for i := range e.Nodes {
		if i < half {
			a = append(a, i)
		} else {
			b = append(b, i)
		}
	}
	if len(b)*3 > 2*len(e.Nodes) {
		return errors.New("the larger half still holds a quorum: use an even committee")
	}
	e.Logf("partition: hosts %v | hosts %v (neither side holds 2/3 of the committee)", a, b)
	if err := f.Partition(a, b); err != nil {
		return err
	}
	defer func() { _ = f.Heal() }()
	// A block already agreed on may still commit; after that nothing may.
	time.Sleep(e.slots(2))
	st, err := e.Observe(ctx)
	if err != nil {
		return err
	}
	time.Sleep(e.slots(4))
	after, err := e.Observe(ctx)
	if err != nil {
		return err
	}
	e.Logf("during the partition: pending %d -> %d over 4 slots", st.Node.Pending.Number, after.Node.Pending.Number)
	if after.Node.Pending.Number > st.Node.Pending.Number {
		return fmt.Errorf("the pending chain moved from %d to %d without a quorum", st.Node.Pending.Number, after.Node.Pending.Number)
	}
	e.Logf("heal the partition")
	if err := f.Heal(); err != nil {
		return err
	}
	if _, err := e.WaitFor(ctx, "healed: pending and assured move by 3 again", e.slots(30), func(s State) bool {
		return s.Node.Pending.Number >= after.Node.Pending.Number+3 && s.L1.Assured >= after.L1.Assured+3
	}); err != nil {
		return err
	}
	for _, n := range e.Nodes {
		if err := e.caughtUp(ctx, n, e.slots(30)); err != nil {
			return err
		}
	}
	return nil
}

// syncAfterReorg stops a node, throws away its chain data (keeping only its identity: node key,
// validator key and the validator's last-signed state, as an operator restoring a validator
// would), reorgs L1 under the network, and restarts the node: it must sync the pending chain from
// its peers, follow L1 as it is after the reorg, and vote again.
func syncAfterReorg(ctx context.Context, e *Env) error {
	victim := e.Nodes[len(e.Nodes)-1]
	e.Logf("stop %s", victim.Name)
	if err := victim.Stop(10 * time.Second); err != nil {
		return err
	}
	dataDir := filepath.Join(victim.DataDir, "data")
	kept, err := wipeNodeData(dataDir)
	if err != nil {
		return err
	}
	e.Logf("wiped %s, kept only %v", dataDir, kept)
	st, err := e.Observe(ctx)
	if err != nil {
		return err
	}
	if _, err := e.WaitFor(ctx, "pending and assured move by 3 without it", e.slots(16), func(s State) bool {
		return s.Node.Pending.Number >= st.Node.Pending.Number+3 && s.L1.Assured >= st.L1.Assured+3
	}); err != nil {
		return err
	}
	before, err := e.reorgL1(ctx, 4)
	if err != nil {
		return err
	}
	e.Logf("restart %s from an empty chain", victim.Name)
	if err := victim.Start(); err != nil {
		return err
	}
	if err := victim.Ready(ctx, 2*time.Minute); err != nil {
		return err
	}
	if err := e.caughtUp(ctx, victim, e.slots(40)); err != nil {
		return err
	}
	if _, err := e.WaitFor(ctx, "assured passes where it stood before the reorg", e.slots(20), func(s State) bool {
		return s.L1.Assured > before.L1.Assured+1
	}); err != nil {
		return err
	}
	// The synced node's view of L1 and of the pending chain must be the network's.
	mine, err := victim.Tips(ctx)
	if err != nil {
		return err
	}
	l1, err := e.Net.ReadL1Tips(ctx)
	if err != nil {
		return err
	}
	e.Logf("%s after sync: pending %d, assured %d; L1 assured %d", victim.Name, mine.Pending.Number, mine.Assured.Number, l1.Assured)
	if mine.Assured.Number+2 < l1.Assured || mine.Assured.Number > l1.Assured {
		return fmt.Errorf("%s reports assured %d, L1 has %d", victim.Name, mine.Assured.Number, l1.Assured)
	}
	log, err := os.ReadFile(victim.Log)
	if err != nil {
		return err
	}
	return noConsensusFault(e, victim, log)
}

// wipeNodeData deletes a node's data directory except its identity files and returns what it
// kept (relative paths).
func wipeNodeData(dataDir string) ([]string, error) {
	home := node.CometHome(dataDir)
	keep := []string{
		filepath.Join(home, "config", "node_key.json"),
		filepath.Join(home, "config", "priv_validator_key.json"),
		filepath.Join(home, "config", "genesis.json"),
		filepath.Join(home, "data", "priv_validator_state.json"),
	}
	saved := map[string][]byte{}
	for _, p := range keep {
		raw, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("keep %s: %w", p, err)
		}
		saved[p] = raw
	}
	if err := os.RemoveAll(dataDir); err != nil {
		return nil, err
	}
	var rel []string
	for _, p := range keep {
		if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
			return nil, err
		}
		if err := os.WriteFile(p, saved[p], 0o600); err != nil {
			return nil, err
		}
		r, _ := filepath.Rel(dataDir, p)
		rel = append(rel, r)
	}
	return rel, nil
}
