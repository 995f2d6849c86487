package devnet

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"sort"
	"strings"
	"time"
)

// Fault is one fault a profile injects while `sptn devnet up` runs, at the start of an L2 slot.
type Fault struct {
	// AtSlot is the slot at whose start the fault is applied (counted from the rollup's genesis).
	AtSlot uint64 `yaml:"at_slot"`
	// Action is what happens: stop, kill or start agents; partition or heal the hosts (netns);
	// reorg L1 by depth blocks (anvil_reorg; debug_setHead on geth); set L1's next base fee
	// (anvil only: skipped on geth, with the reason printed).
	Action string `yaml:"action"`
	// Agents are agent names (node-0, prover-0, watcher-0) for stop, kill and start.
	Agents []string `yaml:"agents"`
	// Groups are the host indexes of each side of a partition.
	Groups [][]int `yaml:"groups"`
	// Depth is how many L1 blocks an l1-reorg drops.
	Depth int `yaml:"depth"`
	// Gwei is the base fee l1-base-fee sets for L1's next block.
	Gwei uint64 `yaml:"gwei"`
}

// Fault actions.
const (
	FaultStop      = "stop"
	FaultKill      = "kill"
	FaultStart     = "start"
	FaultPartition = "partition"
	FaultHeal      = "heal"
	FaultL1Reorg   = "l1-reorg"
	FaultL1BaseFee = "l1-base-fee"
)

// checkFaults names the first bad fault of a profile.
func (p Profile) checkFaults() error {
	for i, f := range p.Faults {
		at := fmt.Sprintf("faults[%d] (%s at slot %d)", i, f.Action, f.AtSlot)
		switch f.Action {
		case FaultStop, FaultKill, FaultStart:
			if len(f.Agents) == 0 {
				return fmt.Errorf("%s: agents: name at least one agent (node-0, prover-0, watcher-0)", at)
			}
			for _, a := range f.Agents {
				if err := p.knownAgent(a); err != nil {
					return fmt.Errorf("%s: agents: %w", at, err)
				}
			}
		case FaultPartition:
			if p.Network.Mode != ModeNetns {
				return fmt.Errorf("%s: a partition needs network.mode netns", at)
			}
			if len(f.Groups) < 2 {
				return fmt.Errorf("%s: groups: want at least two groups of host indexes", at)
			}
			for _, g := range f.Groups {
				for _, h := range g {
					if h < 0 || h >= p.Sequencers {
						return fmt.Errorf("%s: groups: no host %d (hosts are 0 to %d)", at, h, p.Sequencers-1)
					}
				}
			}
		case FaultHeal:
			if p.Network.Mode != ModeNetns {
				return fmt.Errorf("%s: heal needs network.mode netns", at)
			}
		case FaultL1Reorg:
			if f.Depth < 1 || f.Depth > 64 {
				return fmt.Errorf("%s: depth = %d: want 1 to 64 L1 blocks", at, f.Depth)
			}
		case FaultL1BaseFee:
			if f.Gwei < 1 || f.Gwei > 100_000 {
				return fmt.Errorf("%s: gwei = %d: want 1 to 100000", at, f.Gwei)
			}
		default:
			return fmt.Errorf("faults[%d]: action %q: want one of %s", i, f.Action,
				strings.Join([]string{FaultStop, FaultKill, FaultStart, FaultPartition, FaultHeal, FaultL1Reorg, FaultL1BaseFee}, ", "))
		}
	}
	return nil
}

// knownAgent checks that the profile starts an agent of that name.
func (p Profile) knownAgent(name string) error {
	kinds := map[string]int{"node": p.Sequencers, "prover": p.Provers, "watcher": p.Watchers}
	kind, idx, ok := strings.Cut(name, "-")
	count, known := kinds[kind]
	var i int
	if _, err := fmt.Sscanf(idx, "%d", &i); !ok || !known || err != nil || fmt.Sprint(i) != idx {
		return fmt.Errorf("%q is not an agent name (node-<i>, prover-<i>, watcher-<i>)", name)
	}
	if i >= count {
		return fmt.Errorf("%q: the profile runs %d %ss", name, count, kind)
	}
	return nil
}

// InjectFaults applies the profile's faults in slot order as L1 reaches their slots, printing
// each to out, until all are applied or ctx ends. A fault that fails is printed and the next
// ones still run: a modelling run goes on.
func (n *Network) InjectFaults(ctx context.Context, faults []Fault, out io.Writer) {
	plan := append([]Fault(nil), faults...)
	sort.SliceStable(plan, func(i, j int) bool { return plan[i].AtSlot < plan[j].AtSlot })
	for len(plan) > 0 {
		t, err := n.ReadL1Tips(ctx)
		if err == nil {
			for len(plan) > 0 && plan[0].AtSlot <= t.Slot {
				f := plan[0]
				plan = plan[1:]
				if err := n.applyFault(ctx, f); errors.Is(err, ErrAnvilOnly) {
					fmt.Fprintf(out, "  fault at slot %d: %s SKIPPED: %v\n", f.AtSlot, describe(f), err)
				} else if err != nil {
					fmt.Fprintf(out, "  fault at slot %d: %s FAILED: %v\n", f.AtSlot, describe(f), err)
				} else {
					fmt.Fprintf(out, "  fault at slot %d: %s\n", f.AtSlot, describe(f))
				}
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(250 * time.Millisecond):
		}
	}
}

func describe(f Fault) string {
	switch f.Action {
	case FaultStop, FaultKill, FaultStart:
		return f.Action + " " + strings.Join(f.Agents, ", ")
	case FaultPartition:
		return fmt.Sprintf("partition hosts %v", f.Groups)
	case FaultL1Reorg:
		return fmt.Sprintf("L1 reorg of %d blocks", f.Depth)
	case FaultL1BaseFee:
		return fmt.Sprintf("L1 base fee %d gwei", f.Gwei)
	}
	return f.Action
}

func (n *Network) agentNamed(name string) (*Agent, error) {
	for _, a := range n.agents {
		if a.Name == name {
			return a, nil
		}
	}
	return nil, fmt.Errorf("no agent %s", name)
}

func (n *Network) applyFault(ctx context.Context, f Fault) error {
	switch f.Action {
	case FaultStop, FaultKill, FaultStart:
		var errs []error
		for _, name := range f.Agents {
			a, err := n.agentNamed(name)
			if err == nil {
				switch f.Action {
				case FaultStop:
					err = a.Stop(10 * time.Second)
				case FaultKill:
					err = a.Kill()
				default:
					if !a.Running() {
						err = a.Start()
					}
				}
			}
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", name, err))
			}
		}
		return errors.Join(errs...)
	case FaultPartition, FaultHeal:
		if n.fabric == nil {
			return errors.New("the devnet runs on loopback: no hosts to partition")
		}
		if f.Action == FaultHeal {
			return n.fabric.Heal()
		}
		return n.fabric.Partition(f.Groups...)
	case FaultL1Reorg:
		return n.ReorgL1(ctx, f.Depth)
	case FaultL1BaseFee:
		return n.SetNextBaseFee(ctx, new(big.Int).Mul(new(big.Int).SetUint64(f.Gwei), big.NewInt(1e9)))
	}
	return fmt.Errorf("unknown action %q", f.Action)
}
