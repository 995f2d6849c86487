package chaos

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/sptn/sptn/agents/devnet"
	"github.com/sptn/sptn/agents/internal/protocol"
)

// Config of a chaos run.
type Config struct {
	// Seed draws the schedule; Duration is the window faults start in; Faults how many.
	Seed     uint64
	Duration time.Duration
	Faults   int
	// TPS is the light load submitted all along (0: none).
	TPS int
	// Settle is how long the checker goes on after the last fault recovered, before the
	// transactions are accounted for.
	Settle time.Duration
	// RealReorgs makes L1 reorgs as a real L1 has them (devnet.Network.ReorgL1Real): the new
	// blocks carry the dropped transactions and L1's clock does not go back; otherwise anvil drops
	// the transactions and sets the clock back to the fork.
	RealReorgs bool
	// ByzantineBin is sptn built with -tags byzantine (make sptn-byzantine): with it, the plan
	// carries byzantine faults (KindByzantine), which run a node from it for a while.
	ByzantineBin string
	// Out receives the run's account as it happens.
	Out io.Writer
}

// Check names the first bad field.
func (c Config) Check() error {
	switch {
	case c.Duration < 30*time.Second:
		return fmt.Errorf("--duration %s: want at least 30s", c.Duration)
	case c.Faults < 1:
		return fmt.Errorf("--faults %d: want at least 1", c.Faults)
	case c.TPS < 0 || c.TPS > 100:
		return fmt.Errorf("--tps %d: want 0 to 100 (light load)", c.TPS)
	case c.Settle < 0:
		return fmt.Errorf("--settle %s: want zero or more", c.Settle)
	}
	if c.ByzantineBin != "" {
		st, err := os.Stat(c.ByzantineBin)
		switch {
		case err != nil:
			return fmt.Errorf("--byzantine-bin %s: %w (make sptn-byzantine builds it)", c.ByzantineBin, err)
		case st.IsDir() || st.Mode()&0o111 == 0:
			return fmt.Errorf("--byzantine-bin %s: not an executable file", c.ByzantineBin)
		}
	}
	return nil
}

// Topology is the topology a run of profile p with this config plans on.
func (c Config) Topology(p devnet.Profile) Topology {
	t := TopologyOf(p)
	t.Byzantine = c.ByzantineBin != ""
	return t
}

// DefaultFaults is one fault per 20 s of the window.
func DefaultFaults(d time.Duration) int { return max(1, int(d/(20*time.Second))) }

// Violation is one invariant found false.
type Violation struct {
	Invariant string  `json:"invariant"`
	AtS       float64 `json:"at_s"`
	Seed      uint64  `json:"seed"`
	Detail    string  `json:"detail"`
	// Cause names what explains the violation when the faults before it do (CauseKilledAfterAccept).
	Cause string `json:"cause,omitempty"`
	// History is every fault injected before the violation, oldest first.
	History []string `json:"history"`
}

// Record is what became of one planned fault.
type Record struct {
	Fault
	PlannedS float64 `json:"planned_s"`
	HoldS    float64 `json:"hold_s,omitempty"`
	// AtS is when it was injected (later than planned when its targets were still faulted), EndedS
	// when its agents were restarted or healed, or L1 was left alone again.
	AtS    float64 `json:"at_s,omitempty"`
	EndedS float64 `json:"ended_s,omitempty"`
	// RecoveryS is how long after the end its agents were back (ready; a node caught up) or L1's
	// assured chain passed where it stood before and at the end of the fault; nil if never.
	RecoveryS *float64 `json:"recovery_s,omitempty"`
	Skipped   string   `json:"skipped,omitempty"`
	Error     string   `json:"error,omitempty"`
	injected  bool
}

func (r *Record) line() string {
	return fmt.Sprintf("#%d +%.1fs %s", r.ID, r.AtS, r.Fault)
}

// run is one chaos run: the nemesis, the checker and the load share it.
type run struct {
	cfg   Config
	net   *devnet.Network
	prof  devnet.Profile
	topo  Topology
	plan  Plan
	start time.Time

	outMu sync.Mutex
	out   io.Writer

	agents map[string]*devnet.Agent
	nodes  []*devnet.Agent

	mu         sync.Mutex
	counts     map[string]int
	violations []Violation
	records    []*Record
	faulted    map[string]*Record // node -> the fault that holds it (down, restarting, cut off)
	busy       map[string]bool    // agent -> under a fault
	// partition and l1Active are the partition and the L1 fault in their active phase (from the
	// injection to the heal or the end): one of each at a time. Recovery is measured after.
	partition *Record
	l1Active  *Record
	excuses   []string
	// l1Lock is held by the checker while it reads one view of L1 and by the nemesis (for writing)
	// while it reorgs L1, so that a view is wholly before or after a reorg.
	l1Lock sync.RWMutex

	chk checker
	ld  loadState
}

// Run runs the chaos soak on a running, warmed-up devnet of profile p and returns its report.
// The network must have been started by devnet.Start (nodes, provers, watchers running).
func Run(ctx context.Context, n *devnet.Network, p devnet.Profile, cfg Config) (*Report, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	topo := cfg.Topology(p)
	if topo.Hosts && n.Fabric() == nil {
		return nil, errors.New("chaos: the profile has hosts but the devnet has no fabric")
	}
	plan, err := NewPlan(cfg.Seed, cfg.Duration, cfg.Faults, topo)
	if err != nil {
		return nil, err
	}
	out := cfg.Out
	if out == nil {
		out = io.Discard
	}
	r := &run{cfg: cfg, net: n, prof: p, topo: topo, plan: plan, out: out, agents: map[string]*devnet.Agent{},
		counts: map[string]int{}, faulted: map[string]*Record{}, busy: map[string]bool{}}
	for _, a := range n.Agents() {
		r.agents[a.Name] = a
		if a.Kind == "node" {
			r.nodes = append(r.nodes, a)
		}
	}
	for _, f := range plan.Faults {
		if f.Agent != "" && r.agents[f.Agent] == nil {
			return nil, fmt.Errorf("chaos: the plan names %s, which the devnet does not run", f.Agent)
		}
	}
	if err := r.chk.init(ctx, r); err != nil {
		return nil, err
	}
	r.start = time.Now()
	r.logf("chaos: seed %d, %d faults over %s on profile %s (%d nodes, at most %d out at once), load %d tx/s",
		cfg.Seed, len(plan.Faults), cfg.Duration, p.Name, len(r.nodes), topo.MaxFaulted(), cfg.TPS)

	chkCtx, stopChk := context.WithCancel(ctx)
	defer stopChk()
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); r.chk.run(chkCtx) }()
	loadCtx, stopLoad := context.WithCancel(ctx)
	defer stopLoad()
	go func() { defer wg.Done(); r.ld.run(loadCtx, r) }()

	r.nemesis(ctx) // returns when every fault ended and recovered (or ctx ended)
	if rest := time.Until(r.start.Add(cfg.Duration)); rest > 0 && ctx.Err() == nil {
		sleep(ctx, rest)
	}
	stopLoad()
	r.logf("every fault is over; the checker goes on for %s before the transactions are accounted for", cfg.Settle)
	sleep(ctx, cfg.Settle)
	if ctx.Err() == nil {
		r.chk.final(ctx)
	}
	stopChk()
	wg.Wait()
	return r.report(), ctx.Err()
}

// since is the time since the run started.
func (r *run) since() time.Duration { return time.Since(r.start) }

// sinceS is the time since the run started in seconds, to a tenth.
func (r *run) sinceS() float64 { return secs(r.since()) }

// secs is d in seconds, to a tenth.
func secs(d time.Duration) float64 { return d.Round(100 * time.Millisecond).Seconds() }

func (r *run) logf(format string, args ...any) {
	r.outMu.Lock()
	defer r.outMu.Unlock()
	fmt.Fprintf(r.out, "  [%+8.1fs] %s\n", r.since().Seconds(), fmt.Sprintf(format, args...))
}

// checked counts n checks of an invariant.
func (r *run) checked(inv string, n int) {
	r.mu.Lock()
	r.counts[inv] += n
	r.mu.Unlock()
}

// violate records a violation of inv (nothing for an empty detail) with the faults before it.
func (r *run) violate(inv, detail string) { r.violateWith(inv, detail, "") }

// violateWith is violate with the cause that explains the violation.
func (r *run) violateWith(inv, detail, cause string) {
	if detail == "" {
		return
	}
	r.mu.Lock()
	v := Violation{Invariant: inv, AtS: r.sinceS(), Seed: r.cfg.Seed, Detail: detail, Cause: cause}
	for _, rec := range r.records {
		if rec.injected {
			v.History = append(v.History, rec.line())
		}
	}
	r.violations = append(r.violations, v)
	r.mu.Unlock()
	r.logf("VIOLATION %s (seed %d): %s", inv, r.cfg.Seed, detail)
}

// downs are the kills and stops injected so far, with their times.
func (r *run) downs() []downAt {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []downAt
	for _, rec := range r.records {
		if rec.injected && rec.Agent != "" {
			out = append(out, downAt{Agent: rec.Agent, Kind: rec.Kind, At: time.Duration(rec.AtS * float64(time.Second))})
		}
	}
	return out
}

// nodeOfAPI names the node whose chain API is api.
func (r *run) nodeOfAPI(api string) string {
	for _, a := range r.nodes {
		if a.API == api {
			return a.Name
		}
	}
	return api
}

// healthy says node a is up and connected: running and held by no fault (not down, not
// restarting or catching up, not cut off).
func (r *run) healthy(a *devnet.Agent) bool {
	r.mu.Lock()
	_, out := r.faulted[a.Name]
	r.mu.Unlock()
	return !out && a.Running()
}

// healthyNodes are the nodes up and connected now.
func (r *run) healthyNodes() []*devnet.Agent {
	var out []*devnet.Agent
	for _, a := range r.nodes {
		if r.healthy(a) {
			out = append(out, a)
		}
	}
	return out
}

// quorum is how many of the committee must be healthy for the pending chain to move.
func (r *run) quorum() int { return protocol.Quorum(min(r.topo.Committee, len(r.nodes))) }

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) {
	select {
	case <-ctx.Done():
	case <-time.After(d):
	}
}
