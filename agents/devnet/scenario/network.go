package scenario

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/sptn/sptn/agents/internal/store"
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
		return failf("the pending chain moved from %d to %d without a quorum", st.Node.Pending.Number, after.Node.Pending.Number)
	}
	e.Logf("heal the partition")
	if err := f.Heal(); err != nil {
		return err
	}
	if _, err := e.WaitFor(ctx, "healed: pending and assured move by 3 again", e.slots(12), func(s State) bool {
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

// syncAfterReorg stops a node, throws away its chain data (CometBFT's blocks, state and WAL, and
// the application's replicated state), keeping what an operator restoring a validator keeps: its
// identity (node key, validator key, genesis), its last-sign state and the node's own records
// (the attestations it signed, app/local/, and its transaction manager's, txmgr/). It reorgs L1
// under the network and restarts the node: it must block-sync the pending chain from its peers,
// follow L1 as it is after the reorg (its assured tip is L1's, by hash), vote and attest again,
// and have signed nothing twice (noDoubleSign, which also reads every attestation of its
// attester on L1).
func syncAfterReorg(ctx context.Context, e *Env) error {
	vi := len(e.Nodes) - 1
	victim := e.Nodes[vi]
	w, err := e.watchSigning(ctx, vi)
	if err != nil {
		return err
	}
	e.Logf("stop %s", victim.Name)
	if err := victim.Stop(10 * time.Second); err != nil {
		return err
	}
	dataDir := filepath.Join(victim.DataDir, "data")
	kept, records, err := wipeChainData(dataDir)
	if err != nil {
		return err
	}
	e.Logf("wiped %s, kept only %v and %d records of the node's own (app/local/, txmgr/)", dataDir, kept, records)
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
	_, restartAt, err := e.networkHeight(ctx)
	if err != nil {
		return err
	}
	restartTip, err := e.Observe(ctx)
	if err != nil {
		return err
	}
	e.Logf("restart %s from an empty chain (network at height %d)", victim.Name, restartAt)
	if err := victim.Start(); err != nil {
		return err
	}
	if err := victim.Ready(ctx, 2*time.Minute); err != nil {
		return err
	}
	if err := e.caughtUp(ctx, victim, e.slots(40)); err != nil {
		return err
	}
	if _, err := e.WaitFor(ctx, "assured passes where it stood before the reorg", e.slots(12), func(s State) bool {
		return s.L1.Assured > before.L1.Assured
	}); err != nil {
		return err
	}
	if err := e.sameAssured(ctx, victim, e.slots(2)); err != nil {
		return err
	}
	if err := e.votesAgain(ctx, w, restartAt, e.slots(10)); err != nil {
		return err
	}
	if err := e.attestsAgain(ctx, w, restartTip.Node.Pending.Number, e.slots(20)); err != nil {
		return err
	}
	return e.noDoubleSign(ctx, w)
}

// localPrefixes are the store's records that are the node's own, not the replicated chain: what
// it signed (the application's app/local/) and what its transaction manager sent (txmgr/).
var localPrefixes = []string{"app/local/", "txmgr/"}

// wipeChainData deletes a node's data directory except its identity files and its own records
// in the store, and returns what it kept (files, relative paths, and the number of records).
func wipeChainData(dataDir string) ([]string, int, error) {
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
			return nil, 0, fmt.Errorf("keep %s: %w", p, err)
		}
		saved[p] = raw
	}
	storeDir := filepath.Join(dataDir, "node", "store")
	records := map[string][]byte{}
	kv, err := store.Open(storeDir)
	if err != nil {
		return nil, 0, err
	}
	for _, prefix := range localPrefixes {
		if err := kv.Each([]byte(prefix), func(k, v []byte) error {
			records[string(k)] = v
			return nil
		}); err != nil {
			kv.Close()
			return nil, 0, err
		}
	}
	if err := kv.Close(); err != nil {
		return nil, 0, err
	}
	if err := os.RemoveAll(dataDir); err != nil {
		return nil, 0, err
	}
	var rel []string
	for _, p := range keep {
		if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
			return nil, 0, err
		}
		if err := os.WriteFile(p, saved[p], 0o600); err != nil {
			return nil, 0, err
		}
		r, _ := filepath.Rel(dataDir, p)
		rel = append(rel, r)
	}
	kv, err = store.Open(storeDir)
	if err != nil {
		return nil, 0, err
	}
	defer kv.Close()
	var b store.Batch
	for k, v := range records {
		b.Put([]byte(k), v)
	}
	if err := kv.Write(&b); err != nil {
		return nil, 0, err
	}
	return rel, len(records), nil
}
