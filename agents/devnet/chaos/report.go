package chaos

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"time"
)

// Report is the outcome of a chaos run.
type Report struct {
	Seed      uint64  `json:"seed"`
	Profile   string  `json:"profile"`
	L1        string  `json:"l1"`
	Build     string  `json:"build,omitempty"`
	DurationS float64 `json:"duration_s"`
	TookS     float64 `json:"took_s"`
	Nodes     int     `json:"nodes"`
	MaxOut    int     `json:"max_nodes_out_at_once"`
	// RealReorgs: the L1 reorgs kept their transactions and L1's clock (devnet.ReorgL1Real).
	RealReorgs bool `json:"real_reorgs"`
	// Faults counts the faults by kind: planned, injected, skipped and failed.
	Faults     map[string]*FaultCount `json:"faults"`
	Schedule   []*Record              `json:"schedule"`
	Invariants []InvariantCount       `json:"invariants"`
	Violations []Violation            `json:"violations"`
	Txs        TxCount                `json:"txs"`
	// Recovery is the time from each fault's end until its agents were back (or L1's assured
	// chain moved past it), by fault and target ("kill node", "l1-reorg").
	Recovery []RecoveryStat `json:"recovery"`
}

// FaultCount is one kind's faults.
type FaultCount struct {
	Planned  int `json:"planned"`
	Injected int `json:"injected"`
	Skipped  int `json:"skipped"`
	Failed   int `json:"failed"`
}

// InvariantCount is how often an invariant was checked and found false.
type InvariantCount struct {
	Invariant  string `json:"invariant"`
	Checks     int    `json:"checks"`
	Violations int    `json:"violations"`
}

// TxCount accounts for the load's transactions: what was submitted and refused, and the last
// status of every accepted one.
type TxCount struct {
	Submitted int            `json:"submitted"`
	Accepted  int            `json:"accepted"`
	Refused   map[string]int `json:"refused"`
	Status    map[string]int `json:"status"`
	Lost      int            `json:"lost"`
}

// RecoveryStat is the recovery times of one class of fault.
type RecoveryStat struct {
	Fault   string  `json:"fault"`
	Count   int     `json:"count"`
	MedianS float64 `json:"median_s"`
	WorstS  float64 `json:"worst_s"`
	NotBack int     `json:"not_back"`
}

// report assembles the report.
func (r *run) report() *Report {
	r.mu.Lock()
	defer r.mu.Unlock()
	rep := &Report{Seed: r.cfg.Seed, Profile: r.prof.Name, L1: r.net.L1Client(), DurationS: r.cfg.Duration.Seconds(),
		TookS: secs(time.Since(r.start)), Nodes: len(r.nodes), MaxOut: r.topo.MaxFaulted(), RealReorgs: r.cfg.RealReorgs,
		Faults: map[string]*FaultCount{}, Schedule: r.records, Violations: r.violations}
	if rep.Violations == nil {
		rep.Violations = []Violation{}
	}
	for _, k := range Kinds {
		rep.Faults[k] = &FaultCount{}
	}
	recov := map[string][]float64{}
	notBack := map[string]int{}
	for _, rec := range r.records {
		fc := rep.Faults[rec.Kind]
		fc.Planned++
		switch {
		case rec.Skipped != "":
			fc.Skipped++
			continue
		case rec.Error != "":
			fc.Failed++
		}
		if rec.injected {
			fc.Injected++
		}
		if rec.Error != "" {
			continue
		}
		if rec.RecoveryS != nil {
			recov[rec.Target()] = append(recov[rec.Target()], *rec.RecoveryS)
		} else if rec.injected {
			notBack[rec.Target()]++
		}
	}
	for _, inv := range Invariants {
		ic := InvariantCount{Invariant: inv, Checks: r.counts[inv]}
		for _, v := range r.violations {
			if v.Invariant == inv {
				ic.Violations++
			}
		}
		rep.Invariants = append(rep.Invariants, ic)
	}
	var targets []string
	for t := range recov {
		targets = append(targets, t)
	}
	for t := range notBack {
		if _, ok := recov[t]; !ok {
			targets = append(targets, t)
		}
	}
	sort.Strings(targets)
	for _, t := range targets {
		v := recov[t]
		slices.Sort(v)
		st := RecoveryStat{Fault: t, Count: len(v), NotBack: notBack[t]}
		if len(v) > 0 {
			st.MedianS, st.WorstS = median(v), v[len(v)-1]
		}
		rep.Recovery = append(rep.Recovery, st)
	}
	r.ld.mu.Lock()
	rep.Txs = TxCount{Submitted: r.ld.submitted, Refused: map[string]int{}, Status: map[string]int{}}
	for k, v := range r.ld.refused {
		rep.Txs.Refused[k] = v
	}
	r.ld.mu.Unlock()
	r.chk.mu.Lock()
	rep.Txs.Accepted = len(r.chk.txs.accepted)
	for _, h := range r.chk.txs.order {
		st := r.chk.txs.status[h]
		if st == "" {
			st = "unchecked"
		}
		rep.Txs.Status[st]++
	}
	rep.Txs.Lost = len(r.chk.txs.lost)
	r.chk.mu.Unlock()
	return rep
}

// median of sorted values.
func median(v []float64) float64 {
	n := len(v)
	if n%2 == 1 {
		return v[n/2]
	}
	return (v[n/2-1] + v[n/2]) / 2
}

// Pass says the run found no violation and injected what it planned.
func (rep *Report) Pass() bool { return len(rep.Violations) == 0 }

// Table renders the report for a person.
func (rep *Report) Table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "chaos: seed %d, profile %s (L1 %s, %d nodes, at most %d out at once), faults over %.0fs, took %.0fs\n",
		rep.Seed, rep.Profile, rep.L1, rep.Nodes, rep.MaxOut, rep.DurationS, rep.TookS)
	if rep.RealReorgs {
		fmt.Fprintln(&b, "L1 reorgs as a real L1 has them (--real-reorgs): transactions kept, clock not set back")
	}
	fmt.Fprintf(&b, "\n%-18s %8s %9s %8s %7s\n", "fault", "planned", "injected", "skipped", "failed")
	var tot FaultCount
	for _, k := range Kinds {
		fc := rep.Faults[k]
		if fc == nil || fc.Planned == 0 {
			continue
		}
		fmt.Fprintf(&b, "%-18s %8d %9d %8d %7d\n", k, fc.Planned, fc.Injected, fc.Skipped, fc.Failed)
		tot.Planned, tot.Injected, tot.Skipped, tot.Failed = tot.Planned+fc.Planned, tot.Injected+fc.Injected, tot.Skipped+fc.Skipped, tot.Failed+fc.Failed
	}
	fmt.Fprintf(&b, "%-18s %8d %9d %8d %7d\n", "all", tot.Planned, tot.Injected, tot.Skipped, tot.Failed)
	fmt.Fprintf(&b, "\n%-18s %10s %11s\n", "invariant", "checks", "violations")
	for _, ic := range rep.Invariants {
		fmt.Fprintf(&b, "%-18s %10d %11d\n", ic.Invariant, ic.Checks, ic.Violations)
	}
	fmt.Fprintf(&b, "\n%-18s %6s %9s %8s %9s\n", "recovery after", "count", "median s", "worst s", "not back")
	for _, s := range rep.Recovery {
		fmt.Fprintf(&b, "%-18s %6d %9.1f %8.1f %9d\n", s.Fault, s.Count, s.MedianS, s.WorstS, s.NotBack)
	}
	t := rep.Txs
	fmt.Fprintf(&b, "\ntransactions: %d submitted, %d accepted", t.Submitted, t.Accepted)
	if len(t.Refused) > 0 {
		fmt.Fprintf(&b, " (refused: %s)", joinCounts(t.Refused))
	}
	fmt.Fprintf(&b, "; accepted ones now: %s; lost %d\n", joinCounts(t.Status), t.Lost)
	fmt.Fprintf(&b, "\nviolations: %d\n", len(rep.Violations))
	for _, v := range rep.Violations {
		fmt.Fprintf(&b, "  +%.1fs %s (seed %d): %s\n", v.AtS, v.Invariant, v.Seed, v.Detail)
		if v.Cause != "" {
			fmt.Fprintf(&b, "      cause: %s\n", v.Cause)
		}
		from := max(0, len(v.History)-5)
		if from > 0 {
			fmt.Fprintf(&b, "      after %d earlier faults and:\n", from)
		}
		for _, h := range v.History[from:] {
			fmt.Fprintf(&b, "      %s\n", h)
		}
	}
	return b.String()
}

// joinCounts renders a map of counts in key order.
func joinCounts(m map[string]int) string {
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(m)) {
		parts = append(parts, fmt.Sprintf("%s %d", k, m[k]))
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, ", ")
}
