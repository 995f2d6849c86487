package chaos

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/sptn/sptn/agents/devnet"
)

// Bounds of the nemesis at run time.
const (
	// waitLimit is how long a fault waits past its planned time for its targets (agents still
	// under an earlier fault, the committee's bound, another partition or L1 fault) before it is
	// skipped.
	waitLimit = 5 * time.Minute
	// recoveryBound is how long a fault's agents may take to be back after it ended: past it,
	// InvRecovery is violated (and the nemesis lets them go, so the run goes on).
	recoveryBound = 3 * time.Minute
	// stopGrace is the SIGTERM grace of a stop.
	stopGrace = 10 * time.Second
)

// nemesis injects the plan's faults at their times, each in its own goroutine, and returns when
// all have ended and recovered (or ctx ended).
func (r *run) nemesis(ctx context.Context) {
	var wg sync.WaitGroup
	for _, f := range r.plan.Faults {
		rec := &Record{Fault: f, PlannedS: f.At.Seconds(), HoldS: f.Hold.Seconds()}
		r.mu.Lock()
		r.records = append(r.records, rec)
		r.mu.Unlock()
		sleep(ctx, time.Until(r.start.Add(f.At)))
		if ctx.Err() != nil {
			rec.Skipped = "the run ended"
			continue
		}
		if !r.claim(ctx, rec) {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			r.apply(ctx, rec)
		}()
	}
	wg.Wait()
}

// claim waits until the fault may start (its agents free, the committee's bound kept, no other
// partition or L1 fault active) and takes what it needs; false if it was skipped.
func (r *run) claim(ctx context.Context, rec *Record) bool {
	f := rec.Fault
	deadline := time.Now().Add(waitLimit)
	for {
		r.mu.Lock()
		ok := true
		switch {
		case f.Agent != "" && r.busy[f.Agent]:
			ok = false
		case len(r.faulted)+len(f.Nodes()) > r.topo.MaxFaulted() && len(f.Nodes()) > 0:
			ok = false
		case f.Kind == KindPartition && r.partition != nil, f.L1() && r.l1Active != nil:
			ok = false
		}
		for _, n := range f.Nodes() {
			if r.busy[n] {
				ok = false
			}
		}
		if ok {
			if f.Agent != "" {
				r.busy[f.Agent] = true
			}
			for _, n := range f.Nodes() {
				r.busy[n] = true
				r.faulted[n] = rec
			}
			if f.Kind == KindPartition {
				r.partition = rec
			}
			if f.L1() {
				r.l1Active = rec
			}
			rec.AtS, rec.injected = r.sinceS(), true
			r.mu.Unlock()
			return true
		}
		r.mu.Unlock()
		if time.Now().After(deadline) || ctx.Err() != nil {
			rec.Skipped = fmt.Sprintf("its targets were still under earlier faults %s after its time", waitLimit)
			r.logf("fault #%d (%s) SKIPPED: %s", f.ID, f, rec.Skipped)
			return false
		}
		sleep(ctx, 200*time.Millisecond)
	}
}

// endActive frees the partition or L1 slot the fault held once its active phase is over, so that
// the next may start while this one's recovery is measured.
func (r *run) endActive(rec *Record) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.partition == rec {
		r.partition = nil
	}
	if r.l1Active == rec {
		r.l1Active = nil
	}
}

// release frees what the fault held.
func (r *run) release(rec *Record) {
	r.endActive(rec)
	r.mu.Lock()
	defer r.mu.Unlock()
	if rec.Agent != "" {
		delete(r.busy, rec.Agent)
	}
	for _, n := range rec.Nodes() {
		delete(r.busy, n)
		if r.faulted[n] == rec {
			delete(r.faulted, n)
		}
	}
}

// apply injects one fault, ends it after its hold, and waits for recovery.
func (r *run) apply(ctx context.Context, rec *Record) {
	f := rec.Fault
	delay := ""
	if d := rec.AtS - rec.PlannedS; d > 1 {
		delay = fmt.Sprintf(" (%.0fs after its planned time: its targets were busy)", d)
	}
	if f.Kind == KindL1Reorg && r.cfg.RealReorgs {
		delay = " (as a real L1: its transactions kept, its clock not set back)" + delay
	}
	r.logf("fault #%d: %s%s", f.ID, f, delay)
	var err error
	switch f.Kind {
	case KindKill, KindStop:
		err = r.agentFault(ctx, rec)
	case KindByzantine:
		err = r.byzantineFault(ctx, rec)
	case KindPartition:
		err = r.partitionFault(ctx, rec)
	case KindL1Reorg, KindL1FeeSpike, KindL1Missed:
		err = r.l1Fault(ctx, rec)
	default:
		err = fmt.Errorf("unknown kind %q", f.Kind)
	}
	if err != nil && ctx.Err() == nil {
		rec.Error = err.Error()
		r.logf("fault #%d FAILED: %v", f.ID, err)
	}
	r.release(rec)
}

// ended marks the fault's end.
func (r *run) ended(rec *Record, what string) time.Time {
	rec.EndedS = r.sinceS()
	r.logf("fault #%d ended: %s", rec.ID, what)
	return time.Now()
}

// recovered waits until back() holds, polling every half second, and records the recovery time
// from end; past recoveryBound it is a violation of InvRecovery and the wait stops.
func (r *run) recovered(ctx context.Context, rec *Record, end time.Time, back func() bool) {
	for {
		ok := back()
		r.checked(InvRecovery, 1)
		if ok {
			d := secs(time.Since(end))
			rec.RecoveryS = &d
			r.logf("fault #%d recovered %.1fs after it ended", rec.ID, d)
			return
		}
		if msg := recoveryLate(rec.Fault, false, time.Since(end), recoveryBound); msg != "" {
			r.violate(InvRecovery, msg)
			return
		}
		if ctx.Err() != nil {
			return
		}
		sleep(ctx, 500*time.Millisecond)
	}
}

// agentFault kills or stops an agent, restarts it after the hold, and waits until it is ready
// (a node: caught up with the others and out of block sync).
func (r *run) agentFault(ctx context.Context, rec *Record) error {
	a := r.agents[rec.Agent]
	var err error
	if rec.Kind == KindKill {
		err = a.Kill()
	} else {
		err = a.Stop(stopGrace)
	}
	if err != nil {
		return err
	}
	sleep(ctx, rec.Hold)
	if err := a.Start(); err != nil {
		return fmt.Errorf("restart %s: %w", a.Name, err)
	}
	r.restartedBack(ctx, rec, a, r.ended(rec, a.Name+" started again"))
	return nil
}

// byzantineFault restarts a node from the byzantine build with SPTN_BYZANTINE set to the fault's
// mode (and SPTN_BYZANTINE_PEERS, the other nodes' CometBFT RPC, for the modes that send seals
// to them), lets it misbehave for the hold, then restarts it from the honest build and waits until
// it is back. From the moment it starts misbehaving until it is stopped its member is byzantine
// for the checker (not honest: what it signs for those slots is no violation), and what it is
// slashed is no violation for the rest of the run.
func (r *run) byzantineFault(ctx context.Context, rec *Record) error {
	a := r.agents[rec.Agent]
	var peers []string
	for _, o := range r.nodes {
		if o != a {
			peers = append(peers, o.CometRPC)
		}
	}
	// Its byzantine process signs for no slot below this (0, every slot so far, if no node answers).
	from, _, _ := r.slotsNow(ctx)
	if err := a.Stop(stopGrace); err != nil {
		return err
	}
	r.chk.byzantine(rec.Agent, from)
	a.RunAs(r.cfg.ByzantineBin, "SPTN_BYZANTINE="+rec.Mode, "SPTN_BYZANTINE_PEERS="+strings.Join(peers, ","))
	err := a.Start()
	if err == nil {
		sleep(ctx, rec.Hold)
		err = a.Stop(stopGrace)
	}
	a.RunAs("") // every later start is honest, whatever happened above
	if err != nil && a.Running() {
		return fmt.Errorf("%s from the byzantine build: %w", a.Name, err) // its window stays open
	}
	// Nor above this (plus byzSlotMargin); if no node answers, its window stays open.
	if _, to, ok := r.slotsNow(ctx); ok {
		r.chk.honestAgain(rec.Agent, to)
	} else {
		r.logf("fault #%d: no node tells the slot: %s stays byzantine for no-double-sign for the rest of the run", rec.ID, a.Name)
	}
	if err := a.Start(); err != nil {
		return fmt.Errorf("restart %s from the honest build: %w", a.Name, err)
	}
	r.restartedBack(ctx, rec, a, r.ended(rec, a.Name+" runs the honest build again"))
	return nil
}

// slotsNow bounds the slots the running nodes are at: lo is the lowest of their L1 heads' slots
// and pending tips' slots, hi the highest; ok is false if no node answers.
func (r *run) slotsNow(ctx context.Context) (lo, hi uint64, ok bool) {
	lo = math.MaxUint64
	for _, a := range r.nodes {
		if !a.Running() {
			continue
		}
		rctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		t, err := a.Tips(rctx)
		cancel()
		if err != nil || t.Slot == 0 {
			continue
		}
		lo, hi, ok = min(lo, t.Slot, max(t.Pending.Slot, 1)), max(hi, t.Slot, t.Pending.Slot), true
	}
	if !ok {
		lo = 0
	}
	return lo, hi, ok
}

// restartedBack waits until agent a, started again at end, is back (recovered), starting it once
// more whenever it exited, as an operator's supervisor would.
func (r *run) restartedBack(ctx context.Context, rec *Record, a *devnet.Agent, end time.Time) {
	lastStart := time.Now()
	r.recovered(ctx, rec, end, func() bool {
		if !a.Running() && time.Since(lastStart) > 5*time.Second {
			lastStart = time.Now()
			// It exited again (its log says why): start it once more, as an operator's
			// supervisor would; the time this costs counts in its recovery.
			r.logf("fault #%d: %s exited after its restart; starting it again", rec.ID, a.Name)
			if err := a.Start(); err != nil {
				r.logf("fault #%d: restart %s: %v", rec.ID, a.Name, err)
			}
			return false
		}
		return r.back(ctx, a)
	})
}

// back says agent a is back: ready, and for a node caught up with the healthy nodes.
func (r *run) back(ctx context.Context, a *devnet.Agent) bool {
	if !a.Running() {
		return false
	}
	rctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	if a.Ready(rctx, 0) != nil {
		return false
	}
	if a.Kind != "node" {
		return true
	}
	mine, err := a.Tips(ctx)
	if err != nil || mine.Pending.Number == 0 {
		return false
	}
	if catching, err := a.CatchingUp(ctx); err != nil || catching {
		return false
	}
	best := uint64(0)
	for _, o := range r.healthyNodes() {
		if o == a {
			continue
		}
		if t, err := o.Tips(ctx); err == nil {
			best = max(best, t.Pending.Number)
		}
	}
	return mine.Pending.Number+1 >= best
}

// partitionFault cuts the fault's hosts off from the others, heals after the hold, and waits
// until every cut node caught up.
func (r *run) partitionFault(ctx context.Context, rec *Record) error {
	fab := r.net.Fabric()
	if fab == nil {
		return errors.New("the devnet has no hosts")
	}
	cut := map[int]bool{}
	for _, h := range rec.Hosts {
		cut[h] = true
	}
	var rest []int
	for i := range r.nodes {
		if !cut[i] {
			rest = append(rest, i)
		}
	}
	if err := fab.Partition(rest, rec.Hosts); err != nil {
		return err
	}
	sleep(ctx, rec.Hold)
	if err := fab.Heal(); err != nil {
		return fmt.Errorf("heal: %w", err)
	}
	r.endActive(rec)
	end := r.ended(rec, "healed")
	r.recovered(ctx, rec, end, func() bool {
		for _, h := range rec.Hosts {
			if !r.back(ctx, r.nodes[h]) {
				return false
			}
		}
		return true
	})
	return nil
}

// l1Fault reorgs L1, spikes its base fee or pauses it, then waits until the assured chain is
// past where it stood before and at the end of the fault.
func (r *run) l1Fault(ctx context.Context, rec *Record) error {
	before, err := r.net.ReadL1Tips(ctx)
	if err != nil {
		return err
	}
	switch rec.Kind {
	case KindL1Reorg:
		if err := r.reorg(ctx, rec); err != nil {
			return err
		}
	case KindL1FeeSpike:
		if err := r.feeSpike(ctx, rec); err != nil {
			return err
		}
	case KindL1Missed:
		if err := r.net.SkipL1Blocks(ctx, rec.Blocks); err != nil {
			return err
		}
	}
	after, err := r.net.ReadL1Tips(ctx)
	if err != nil {
		return err
	}
	r.endActive(rec)
	end := r.ended(rec, fmt.Sprintf("assured %d -> %d", before.Assured, after.Assured))
	mark := max(before.Assured, after.Assured)
	r.recovered(ctx, rec, end, func() bool {
		t, err := r.net.ReadL1Tips(ctx)
		return err == nil && t.Assured > mark
	})
	return nil
}

// reorg drops L1's last Depth blocks, telling the checker first (under the L1 lock, so no view
// straddles it). On geth, whose `finalized` is a block number multiple of 32 that a rewind can
// pass, the depth is kept above L1's finalized block.
func (r *run) reorg(ctx context.Context, rec *Record) error {
	depth := rec.Depth
	if r.net.Geth() {
		c, err := r.net.Dial(ctx)
		if err != nil {
			return err
		}
		head, err1 := c.HeaderByNumber(ctx, nil)
		fin, err2 := c.HeaderByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber)))
		c.Close()
		if err := errors.Join(err1, err2); err != nil {
			return err
		}
		if room := int(head.Number.Uint64()-fin.Number.Uint64()) - 1; room < depth {
			if room < 1 {
				return fmt.Errorf("L1's finalized block is the head: no reorg below it")
			}
			depth = room
		}
	}
	r.l1Lock.Lock()
	defer r.l1Lock.Unlock()
	r.mu.Lock()
	r.excuses = append(r.excuses, fmt.Sprintf("L1 reorg of %d blocks (fault #%d)", depth, rec.ID))
	r.mu.Unlock()
	if r.cfg.RealReorgs {
		return r.net.ReorgL1Real(ctx, depth)
	}
	return r.net.ReorgL1(ctx, depth)
}

// feeSpike sets the base fee of the next Blocks L1 blocks.
func (r *run) feeSpike(ctx context.Context, rec *Record) error {
	wei := new(big.Int).Mul(new(big.Int).SetUint64(rec.Gwei), big.NewInt(1e9))
	c, err := r.net.Dial(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	for i := 0; i < rec.Blocks; i++ {
		head, err := c.BlockNumber(ctx)
		if err != nil {
			return err
		}
		if err := r.net.SetNextBaseFee(ctx, wei); err != nil {
			return err
		}
		for ctx.Err() == nil {
			n, err := c.BlockNumber(ctx)
			if err == nil && n > head {
				break
			}
			sleep(ctx, 200*time.Millisecond)
		}
	}
	return ctx.Err()
}
