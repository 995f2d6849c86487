package chaos

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/sptn/sptn/agents/devnet"
	"github.com/sptn/sptn/agents/internal/protocol"
)

// Fault kinds.
const (
	// KindKill is kill -9 of an agent's process group, restarted with the same data after Hold.
	KindKill = "kill"
	// KindStop is SIGTERM (SIGKILL after 10 s), started again after Hold.
	KindStop = "stop"
	// KindL1Reorg drops L1's last Depth blocks and their transactions.
	KindL1Reorg = "l1-reorg"
	// KindL1FeeSpike gives Blocks L1 blocks in a row a base fee of Gwei (anvil only).
	KindL1FeeSpike = "l1-fee-spike"
	// KindL1Missed has L1 produce no block for Blocks block times (anvil only).
	KindL1Missed = "l1-missed-block"
	// KindPartition cuts Hosts off from the other hosts (not from L1); healed after Hold.
	KindPartition = "partition"
	// KindByzantine restarts a node from the byzantine build (Config.ByzantineBin) with
	// SPTN_BYZANTINE=Mode for Hold, then from the honest build again. Its member counts as
	// faulted (out of the committee's honest two thirds) while it lasts, and as byzantine, not
	// honest, at the slots its byzantine process may have signed for (signing.byz).
	KindByzantine = "byzantine"
)

// Kinds lists every fault kind in report order.
var Kinds = []string{KindKill, KindStop, KindL1Reorg, KindL1FeeSpike, KindL1Missed, KindPartition, KindByzantine}

// ByzantineModes are the SPTN_BYZANTINE modes a byzantine fault draws from
// (agents/node/byzantine.go and byzantine_proposer.go; each is also a scenario with a verdict):
// an attester signing high-s; a CometBFT proposer adding zero-fee transactions, unsigned and
// mis-signed seals and a registration squatting another's key; a slot proposer sealing two blocks
// for its slot and a third on top; one naming ten times the chain's fee ceiling; and two at once.
var ByzantineModes = []string{"high-s", "junk", "double-seal", "overprice", "high-s,junk"}

// Topology is what a plan may act on: the devnet's agents, its committee, whether it has hosts to
// partition and anvil's cheats, and its timing.
type Topology struct {
	Nodes, Provers, Watchers int
	Committee                int
	Hosts                    bool // network.mode netns: partitions between hosts
	Anvil                    bool // anvil's cheats: fee spikes, paused mining
	// Byzantine: a byzantine build is at hand (Config.ByzantineBin), so rounds carry a
	// byzantine fault. Without it the plan is the one it always was for the seed.
	Byzantine     bool
	Slot, L1Block time.Duration
}

// TopologyOf is the topology of a devnet of profile p.
func TopologyOf(p devnet.Profile) Topology {
	return Topology{
		Nodes: p.Sequencers, Provers: p.Provers, Watchers: p.Watchers, Committee: p.CommitteeSize,
		Hosts: p.Network.Mode == devnet.ModeNetns, Anvil: !p.Geth(),
		Slot: time.Duration(p.SlotSeconds()) * time.Second, L1Block: time.Duration(p.L1BlockTimeSeconds) * time.Second,
	}
}

// MaxFaulted is how many nodes may be down, restarting or cut off at once: as many as the
// committee can lose and still hold a quorum (floor(2n/3)+1), that is fewer than a third.
func (t Topology) MaxFaulted() int {
	c := min(t.Committee, t.Nodes)
	return c - protocol.Quorum(c)
}

// agents are the topology's agent names, nodes first.
func (t Topology) agents() []string {
	var out []string
	for kind, n := range map[string]int{"node": t.Nodes, "prover": t.Provers, "watcher": t.Watchers} {
		for i := 0; i < n; i++ {
			out = append(out, fmt.Sprintf("%s-%d", kind, i))
		}
	}
	sort.Slice(out, func(i, j int) bool { return agentOrder(out[i]) < agentOrder(out[j]) })
	return out
}

// agentOrder sorts node-<i> before prover-<i> before watcher-<i>, by index.
func agentOrder(name string) string {
	kind, idx, _ := strings.Cut(name, "-")
	rank := map[string]string{"node": "0", "prover": "1", "watcher": "2"}[kind]
	return fmt.Sprintf("%s%06s", rank, idx)
}

// bag is one round of kinds: each kind as often as its weight. Rounds are shuffled from the seed,
// so a short run meets every kind and a long one meets them in these proportions.
func (t Topology) bag() []string {
	out := []string{KindKill, KindKill, KindKill, KindKill, KindStop, KindL1Reorg, KindL1Reorg}
	if t.Anvil {
		out = append(out, KindL1FeeSpike, KindL1Missed)
	}
	if t.Hosts && t.MaxFaulted() > 0 {
		out = append(out, KindPartition, KindPartition)
	}
	if t.Byzantine && t.MaxFaulted() > 0 {
		out = append(out, KindByzantine)
	}
	return out
}

// Fault is one planned fault.
type Fault struct {
	ID   int           `json:"id"`
	At   time.Duration `json:"-"`
	Kind string        `json:"kind"`
	// Agent is the target of kill, stop and byzantine (a node).
	Agent string `json:"agent,omitempty"`
	// Mode is a byzantine fault's SPTN_BYZANTINE (ByzantineModes).
	Mode string `json:"mode,omitempty"`
	// Hosts are the node (host) indexes a partition cuts off from the others.
	Hosts []int `json:"hosts,omitempty"`
	// Hold is how long a kill, stop or partition lasts before the restart or heal, and a
	// byzantine node runs the byzantine build.
	Hold time.Duration `json:"-"`
	// Depth is an L1 reorg's depth in blocks.
	Depth int `json:"depth,omitempty"`
	// Gwei is a fee spike's base fee; Blocks its length, or a missed-block fault's.
	Gwei   uint64 `json:"gwei,omitempty"`
	Blocks int    `json:"blocks,omitempty"`
}

// Nodes are the node names the fault takes out of the committee while it lasts.
func (f Fault) Nodes() []string {
	switch f.Kind {
	case KindKill, KindStop, KindByzantine:
		if strings.HasPrefix(f.Agent, "node-") {
			return []string{f.Agent}
		}
	case KindPartition:
		var out []string
		for _, h := range f.Hosts {
			out = append(out, fmt.Sprintf("node-%d", h))
		}
		return out
	}
	return nil
}

// L1 says the fault acts on L1.
func (f Fault) L1() bool {
	return f.Kind == KindL1Reorg || f.Kind == KindL1FeeSpike || f.Kind == KindL1Missed
}

// Target is the class of what the fault hits, for the recovery table: "kill node", "stop
// prover", "l1-reorg", "partition".
func (f Fault) Target() string {
	if f.Agent != "" {
		kind, _, _ := strings.Cut(f.Agent, "-")
		return f.Kind + " " + kind
	}
	return f.Kind
}

func (f Fault) String() string {
	switch f.Kind {
	case KindKill:
		return fmt.Sprintf("kill -9 %s, restart after %s", f.Agent, f.Hold)
	case KindStop:
		return fmt.Sprintf("stop %s, start after %s", f.Agent, f.Hold)
	case KindL1Reorg:
		return fmt.Sprintf("L1 reorg of %d blocks", f.Depth)
	case KindL1FeeSpike:
		return fmt.Sprintf("L1 base fee %d gwei for %d blocks", f.Gwei, f.Blocks)
	case KindL1Missed:
		return fmt.Sprintf("L1 misses %d blocks", f.Blocks)
	case KindPartition:
		return fmt.Sprintf("cut hosts %v off from the others, heal after %s", f.Hosts, f.Hold)
	case KindByzantine:
		return fmt.Sprintf("%s byzantine (%s) for %s, then honest again", f.Agent, f.Mode, f.Hold)
	}
	return f.Kind
}

// Plan is a seeded schedule of faults: offsets from the start of the run.
type Plan struct {
	Seed     uint64
	Duration time.Duration
	Faults   []Fault
}

// Occupancy the planner assumes after a fault's hold, for the agents to be back (a node caught up
// again) before another fault may take them: the nemesis also waits at run time for what is
// actually faulted, so these only spread the schedule.
const (
	nodeRecovery  = 20 * time.Second
	agentRecovery = 10 * time.Second
)

// ErrPlan is a plan that cannot be made.
var ErrPlan = errors.New("chaos: no plan")

// NewPlan draws count faults over d from seed: kinds in shuffled rounds (Topology.bag), times
// spread evenly with jitter, targets among the agents free at that time, holds, depths and fees.
// It never plans more than MaxFaulted nodes out at once (a fault's nodes count from its start to
// its hold plus nodeRecovery), one partition at a time, one L1 fault at a time and one fault per
// agent at a time; a fault whose targets are all taken moves later. The same arguments always
// give the same plan.
func NewPlan(seed uint64, d time.Duration, count int, t Topology) (Plan, error) {
	p := Plan{Seed: seed, Duration: d}
	if count < 1 {
		return p, fmt.Errorf("%w: --faults %d: want at least 1", ErrPlan, count)
	}
	spacing := d / time.Duration(count)
	if spacing < t.L1Block {
		return p, fmt.Errorf("%w: %d faults in %s is more than one per L1 block (%s)", ErrPlan, count, d, t.L1Block)
	}
	if t.Slot <= 0 || t.L1Block <= 0 {
		return p, fmt.Errorf("%w: the topology has no slot or L1 block time", ErrPlan)
	}
	rng := rand.New(rand.NewPCG(seed, 0x6368616f73)) // "chaos"
	var (
		bag       []string
		busy      = map[string]time.Duration{} // agent -> free from
		l1Free    time.Duration
		partFree  time.Duration
		maxFaults = t.MaxFaulted()
		agents    = t.agents()
	)
	// nodesOut counts the nodes busy at time at.
	nodesOut := func(at time.Duration) int {
		n := 0
		for name, until := range busy {
			if strings.HasPrefix(name, "node-") && until > at {
				n++
			}
		}
		return n
	}
	// freeAt is the earliest time from at on when want more nodes may go out.
	freeAt := func(at time.Duration, want int) time.Duration {
		for nodesOut(at)+want > maxFaults {
			next := never
			for name, until := range busy {
				if strings.HasPrefix(name, "node-") && until > at && until < next {
					next = until
				}
			}
			at = next
		}
		return at
	}
	for i := 0; i < count; i++ {
		if len(bag) == 0 {
			bag = t.bag()
			rng.Shuffle(len(bag), func(a, b int) { bag[a], bag[b] = bag[b], bag[a] })
		}
		kind := bag[0]
		bag = bag[1:]
		at := spacing*time.Duration(i) + jitter(rng, spacing/2)
		f := Fault{Kind: kind}
		switch kind {
		case KindKill, KindStop, KindByzantine:
			byz := kind == KindByzantine
			if byz {
				// Long enough for the committee to pick it as a slot's proposer now and then:
				// 3 to 7 slots.
				f.Hold = 3*t.Slot + jitter(rng, 4*t.Slot)
				f.Mode = ByzantineModes[rng.IntN(len(ByzantineModes))]
			} else {
				f.Hold = t.Slot + jitter(rng, 3*t.Slot)
			}
			for {
				var free []string
				for _, a := range agents {
					if busy[a] > at {
						continue
					}
					if strings.HasPrefix(a, "node-") && nodesOut(at) >= maxFaults {
						continue
					}
					if byz && !strings.HasPrefix(a, "node-") {
						continue
					}
					free = append(free, a)
				}
				if len(free) > 0 {
					f.Agent = free[rng.IntN(len(free))]
					break
				}
				if at = earliest(busy, at); at == never {
					return p, fmt.Errorf("%w: no agent may be faulted (a committee of %d can lose none)", ErrPlan, t.Committee)
				}
			}
			rec := agentRecovery
			if strings.HasPrefix(f.Agent, "node-") {
				rec = nodeRecovery
			}
			if byz {
				rec += agentRecovery // two restarts: into the byzantine build and out of it
			}
			busy[f.Agent] = at + f.Hold + rec
		case KindPartition:
			f.Hold = 2*t.Slot + jitter(rng, 4*t.Slot)
			at = max(at, partFree)
			for {
				at = freeAt(at, 1)
				var free []int
				for h := 0; h < t.Nodes; h++ {
					if busy[fmt.Sprintf("node-%d", h)] <= at {
						free = append(free, h)
					}
				}
				if len(free) > 0 {
					room := min(maxFaults-nodesOut(at), len(free))
					k := 1 + rng.IntN(room)
					rng.Shuffle(len(free), func(a, b int) { free[a], free[b] = free[b], free[a] })
					f.Hosts = slices.Sorted(slices.Values(free[:k]))
					break
				}
				if at = earliest(busy, at); at == never {
					return p, fmt.Errorf("%w: no host may be cut off", ErrPlan)
				}
			}
			for _, h := range f.Hosts {
				busy[fmt.Sprintf("node-%d", h)] = at + f.Hold + nodeRecovery
			}
			partFree = at + f.Hold + t.Slot
		case KindL1Reorg:
			f.Depth = 1 + rng.IntN(6)
			at = max(at, l1Free)
			l1Free = at + t.Slot
		case KindL1FeeSpike:
			f.Gwei = 50 + 10*uint64(rng.IntN(21)) // 50 to 250 gwei: under the agents' 500 gwei fee cap
			f.Blocks = 2 + rng.IntN(7)
			at = max(at, l1Free)
			l1Free = at + time.Duration(f.Blocks)*t.L1Block + t.Slot
		case KindL1Missed:
			f.Blocks = 1 + rng.IntN(2)
			at = max(at, l1Free)
			l1Free = at + time.Duration(f.Blocks)*t.L1Block + t.Slot
		}
		f.At = at.Round(100 * time.Millisecond)
		f.Hold = f.Hold.Round(100 * time.Millisecond)
		p.Faults = append(p.Faults, f)
	}
	sort.SliceStable(p.Faults, func(i, j int) bool { return p.Faults[i].At < p.Faults[j].At })
	for i := range p.Faults {
		p.Faults[i].ID = i + 1
	}
	if last := p.Faults[len(p.Faults)-1].At; last > d {
		return p, fmt.Errorf("%w: %d faults do not fit in %s with at most %d nodes out at once (the last would start at %s): ask fewer or a longer duration",
			ErrPlan, count, d, maxFaults, last.Round(time.Second))
	}
	return p, nil
}

// jitter is a random duration in [0, d), in steps of 100 ms.
func jitter(rng *rand.Rand, d time.Duration) time.Duration {
	steps := int(d / (100 * time.Millisecond))
	if steps <= 0 {
		return 0
	}
	return time.Duration(rng.IntN(steps)) * 100 * time.Millisecond
}

// never is a time no plan reaches.
const never = time.Duration(1<<62 - 1)

// earliest is the first time after at when an agent busy at at becomes free (never if none is
// busy then).
func earliest(busy map[string]time.Duration, at time.Duration) time.Duration {
	next := never
	for _, until := range busy {
		if until > at && until < next {
			next = until
		}
	}
	return next
}

// Counts are the plan's faults by kind.
func (p Plan) Counts() map[string]int {
	out := map[string]int{}
	for _, f := range p.Faults {
		out[f.Kind]++
	}
	return out
}
