package scenario

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/sptn/sptn/agents/devnet"
	"github.com/sptn/sptn/agents/internal/testbreak"
)

// A scenario's negative run shows that it catches the bug it names: the scenario runs against a
// deliberately broken build (agents built with -tags sptn_broken with the scenario's guard switched
// off, or contracts with the scenario's mutation) and must end in a verdict FAIL. A negative run
// that passes, or fails for another reason than a verdict (the devnet did not start, an RPC did
// not answer), is a failure of the scenario: it could not catch its bug.

// BreakFile is the name, in a devnet's data directory, of the switch file its broken agents read
// (testbreak.EnvFile): a negative run writes its guard there for the scenario's duration.
const BreakFile = "test-break"

// Mutation is a deliberate bug in the contracts a negative run deploys: in File (relative to the
// repository root) Old, which must occur exactly once, becomes New.
type Mutation struct {
	Name, File, Old, New string
}

// windowEndsEarly closes a proof window one second early: a proof in the window's last second is
// refused. proof-at-window-end exists to catch it.
var windowEndsEarly = &Mutation{
	Name: "proof-window-ends-a-second-early",
	File: "contracts/rollup/libraries/EpochProofLib.sol",
	Old:  "if (currentEpoch >= deadline) revert Errors.Rollup__ProofWindowClosed(epoch, deadline);",
	New: "if (TimeLib.slotAt(im, block.timestamp + 1) / im.epochDuration >= deadline) " +
		"revert Errors.Rollup__ProofWindowClosed(epoch, deadline);",
}

// Apply writes a copy of the repository at root, with the mutation applied, into dir and returns
// dir: the contracts, scripts and foundry configuration are copied (with forge's cache and
// artifacts, so that only what the mutation touches compiles again) and node_modules is linked.
// A mutation whose Old text is not found exactly once is an error: the guard moved and the
// mutation must follow it.
func (m *Mutation) Apply(root, dir string) (string, error) {
	src := filepath.Join(root, m.File)
	raw, err := os.ReadFile(src)
	if err != nil {
		return "", fmt.Errorf("mutation %s: %w", m.Name, err)
	}
	if n := strings.Count(string(raw), m.Old); n != 1 {
		return "", fmt.Errorf("mutation %s: %q occurs %d times in %s, want once: the guard moved; update the mutation", m.Name, m.Old, n, m.File)
	}
	for _, d := range []string{"contracts", "script", "tools", "cache", "out"} {
		if err := copyTree(filepath.Join(root, d), filepath.Join(dir, d)); err != nil {
			return "", fmt.Errorf("mutation %s: copy %s: %w", m.Name, d, err)
		}
	}
	for _, f := range []string{"foundry.toml", "package.json"} {
		if err := copyFile(filepath.Join(root, f), filepath.Join(dir, f)); err != nil {
			return "", fmt.Errorf("mutation %s: %w", m.Name, err)
		}
	}
	if err := os.Symlink(filepath.Join(root, "node_modules"), filepath.Join(dir, "node_modules")); err != nil {
		return "", fmt.Errorf("mutation %s: %w", m.Name, err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "deployments"), 0o755); err != nil {
		return "", err
	}
	mutated := strings.Replace(string(raw), m.Old, m.New, 1)
	if err := os.WriteFile(filepath.Join(dir, m.File), []byte(mutated), 0o644); err != nil {
		return "", err
	}
	return dir, nil
}

func copyTree(from, to string) error {
	if _, err := os.Stat(from); os.IsNotExist(err) {
		return nil // no forge cache yet: everything compiles
	}
	return filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		dst := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		return copyFile(p, dst)
	})
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	st, err := in.Stat()
	if err != nil {
		return err
	}
	out, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, st.Mode().Perm())
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// Group is scenarios that run one after another on one fresh devnet.
type Group struct {
	Scenarios []Scenario
	// Netns: the group cuts links between hosts and runs on a netns profile.
	Netns bool
	// Negative: each scenario runs against its broken guard (or mutation) and must FAIL.
	Negative bool
	// Mutation: the devnet deploys contracts with this mutation (a negative group).
	Mutation *Mutation
}

// Names lists the group's scenarios.
func (g Group) Names() []string {
	var out []string
	for _, s := range g.Scenarios {
		out = append(out, s.Name)
	}
	return out
}

// Plan groups scenarios for as few devnets as their needs allow: restoring scenarios chain on one
// devnet; a scenario that does not restore ends a group (on loopback, or on hosts after the
// scenarios that cut links between hosts, when netns is available) or gets a devnet of its own.
// With negative, every scenario's negative run follows, each on a fresh devnet of its own (a
// mutation's deploys the mutated contracts): a broken build leaves debris a restart does not clear
// (a double-signing guard switched off makes every validator that was ever restarted sign twice,
// and CometBFT's evidence of it outlives the run), so negative runs never share a network.
func Plan(names []string, negative, netns bool) ([]Group, error) {
	all := All()
	var list []Scenario
	for _, n := range names {
		s, ok := all[n]
		if !ok {
			return nil, fmt.Errorf("unknown scenario %q", n)
		}
		list = append(list, s)
	}
	groups := planGroups(list, netns)
	if negative {
		for _, s := range list {
			if s.Guard == "" && s.Mutation == nil {
				return nil, fmt.Errorf("scenario %s names no guard or mutation for its negative run", s.Name)
			}
			if s.Guard != "" && !testbreak.Known(s.Guard) {
				return nil, fmt.Errorf("scenario %s: unknown guard %q", s.Name, s.Guard)
			}
		}
		for _, s := range list {
			g := Group{Scenarios: []Scenario{s}, Negative: true, Netns: s.Netns}
			if s.Mutation != nil {
				g.Mutation = s.Mutation
			}
			groups = append(groups, g)
		}
	}
	return groups, nil
}

func planGroups(list []Scenario, netnsOK bool) []Group {
	var restoring, ends, hosts []Scenario
	for _, s := range list {
		switch {
		case s.Netns:
			hosts = append(hosts, s)
		case s.Restores:
			restoring = append(restoring, s)
		default:
			ends = append(ends, s)
		}
	}
	next := func() []Scenario {
		if len(ends) == 0 {
			return nil
		}
		e := ends[0]
		ends = ends[1:]
		return []Scenario{e}
	}
	var out []Group
	if len(restoring) > 0 {
		out = append(out, Group{Scenarios: append(restoring, next()...)})
	}
	if len(hosts) > 0 {
		g := Group{Scenarios: hosts, Netns: true}
		if netnsOK {
			g.Scenarios = append(g.Scenarios, next()...)
		}
		out = append(out, g)
	}
	for _, e := range ends {
		out = append(out, Group{Scenarios: []Scenario{e}})
	}
	return out
}

// RunNegative runs s against its broken guard on e's devnet (whose agents are a broken build
// reading breakFile; for a mutation the devnet's contracts carry it) and returns the verdict of
// the negative run: PASS when the scenario ended in a verdict FAIL. Before the run the network must
// be healthy (two blocks assured within 12 slots), so that a failure is the guard's doing, not the
// debris of an earlier run.
func RunNegative(ctx context.Context, s Scenario, e *Env, breakFile string) Verdict {
	e.evidence = nil
	e.start = time.Now()
	name := "negative " + s.Name
	what := "mutation " + mutationName(s.Mutation)
	if s.Guard != "" {
		what = fmt.Sprintf("guard %s broken (%s)", s.Guard, testbreak.Guards[s.Guard])
	}
	e.Logf("negative run of %s: %s", s.Name, what)
	if err := e.healthy(ctx); err != nil {
		return Verdict{Name: name, Err: fmt.Errorf("the network was not healthy before the negative run: %w", err), Evidence: e.evidence, Took: time.Since(e.start)}
	}
	e.armGuard, e.breakFile = s.Guard, breakFile
	var err error
	if !s.Arms {
		err = e.arm()
	}
	if err == nil {
		err = s.Run(ctx, e)
	}
	e.armGuard = ""
	if rerr := os.WriteFile(breakFile, nil, 0o644); rerr != nil && err == nil {
		err = rerr
	}
	e.Logf("the scenario ended: %v", err)
	if s.Restores && ctx.Err() == nil {
		if rerr := e.restartAll(ctx); rerr != nil {
			e.Logf("restore after the negative run: %v", rerr)
		}
	}
	v := Verdict{Name: name, Evidence: e.evidence, Took: time.Since(e.start)}
	v.Pass, v.Err = negativeOutcome(s.Name, what, negativeWants[s.Name], err)
	if v.Pass {
		e.Logf("%s FAILED as it must against the broken build: %v", s.Name, err)
	}
	return v
}

// negativeWants are, by scenario, the verdicts its negative run must fail on: the text of the
// check that sees the bug the broken guard or mutation lets through (any one of them). A verdict
// on another check, above all a timeout of an earlier step while the network struggled on a
// broken build, does not show that the scenario catches its bug. A scenario without an entry
// takes any verdict. Each text is a literal of the scenario's source (TestNegativeWantsAreVerdicts).
var negativeWants = map[string][]string{
	"happy-path":              {"pending and assured advance by 4 blocks"},
	"sync-after-reorg":        {"assured passes where it stood before the reorg"},
	"proposer-down":           {"the pending chain stood still for"},
	"node-crash-restart":      {"double-signed"},
	"l1-fee-spike":            {"it was not bumped"},
	"l1-reorg":                {"assured passes where it stood before the reorg"},
	"missed-l1-block":         {"pending and assured advance by 3 despite the missed L1 blocks"},
	"proof-at-window-end":     {"the proof in the window's last second reverted"},
	"reorg-removes-proof":     {"the proof is restored"},
	"byzantine-high-s":        {"an attestation L1 refuses"},
	"byzantine-junk":          {"a squat was accepted", "a squat moved a key"},
	"partition-minority":      {"the majority side moves pending and assured by 3"},
	"partition-halves":        {"healed: pending and assured move by 3 again"},
	"equivocation":            {"the watcher slashes the equivocation without a vote"},
	"over-third-down":         {"the pending chain resumes on the based block"},
	"prover-down-slash":       {"the committee has"},
	"byzantine-wrong-proof":   {"L1 accepted a wrong proof"},
	"byzantine-late-prover":   {"L1 accepted a late proof", "the late proof had to be refused with"},
	"byzantine-double-seal":   {"two pending blocks for one slot"},
	"byzantine-overprice":     {"an overpriced block was committed", "seal above the chain's fee ceiling"},
	"byzantine-frontrun":      {"stolen reward"},
	"byzantine-frontrun-blob": {"wrong DA"},
}

// negativeOutcome judges a negative run by the error its scenario ended with: it passes only
// when the scenario failed on a verdict, and, when want names verdicts, on one of them.
func negativeOutcome(scenario, what string, want []string, err error) (bool, error) {
	switch {
	case err == nil:
		return false, fmt.Errorf("%s PASSED against a broken build (%s): it cannot catch the bug it names", scenario, what)
	case !IsVerdict(err):
		return false, fmt.Errorf("%s failed against the broken build, but not on a verdict (a harness error), so it did not show it catches the bug: %w", scenario, err)
	case len(want) > 0 && !slices.ContainsFunc(want, func(w string) bool { return strings.Contains(err.Error(), w) }):
		return false, fmt.Errorf("%s failed against the broken build (%s), but not on the verdict that sees its bug (%q), so it did not show it catches the bug: %w",
			scenario, what, strings.Join(want, `" or "`), err)
	}
	return true, nil
}

func mutationName(m *Mutation) string {
	if m == nil {
		return "none"
	}
	return m.Name
}

// healthy waits until two more blocks are assured on L1.
func (e *Env) healthy(ctx context.Context) error {
	st, err := e.Observe(ctx)
	if err != nil {
		return err
	}
	_, err = e.WaitFor(ctx, "two more blocks assured", e.slots(12), func(s State) bool { return s.L1.Assured >= st.L1.Assured+2 })
	return err
}

// GroupConfig adapts a devnet config to a group: a negative group's agents run brokenBin and
// read the switch file in the data directory; a mutation group deploys from a mutated copy of
// the repository (made under the data directory). It returns the binary the agents run.
func GroupConfig(g Group, cfg devnet.Config, bin, brokenBin string) (devnet.Config, string, error) {
	if !g.Negative {
		return cfg, bin, nil
	}
	if brokenBin == "" {
		return cfg, "", fmt.Errorf("negative runs need a build with -tags sptn_broken (--broken-bin)")
	}
	cfg.AgentEnv = append(cfg.AgentEnv, testbreak.EnvFile+"="+filepath.Join(cfg.DataDir, BreakFile))
	if g.Mutation != nil {
		root, err := g.Mutation.Apply(cfg.Root, filepath.Join(cfg.DataDir, "mutated-"+g.Mutation.Name))
		if err != nil {
			return cfg, "", err
		}
		cfg.Root = root
	}
	return cfg, brokenBin, nil
}
