package scenario

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"
	"time"

	cmttypes "github.com/cometbft/cometbft/types"

	"github.com/sptn/sptn/agents/devnet"
	"github.com/sptn/sptn/agents/devnet/observe"
)

// Scenario is one named fault scenario.
type Scenario struct {
	Name        string
	Description string
	// Restores says the scenario leaves the network as it found it (every agent running), so a
	// short run may chain it after others on one devnet.
	Restores bool
	// Netns says the scenario cuts links between hosts, so it runs on a profile with network.mode
	// netns (the multihost profile unless the one given is such).
	Netns bool
	// Guard is what the scenario's negative run breaks to show that the scenario catches the bug:
	// a testbreak guard switched off in agents built with -tags sptn_broken, or, when Mutation is
	// set, a mutation of the contracts the devnet deploys.
	Guard    string
	Mutation *Mutation
	// Arms: the scenario breaks its guard itself (Env.arm) at the fault it tests, so that its
	// negative run fails on that fault's verdict rather than earlier; otherwise the guard is
	// broken from the scenario's start.
	Arms bool
	// AnvilOnly names the anvil cheat the scenario cannot do without, and why geth has no means
	// for it: on geth the scenario is skipped with this reason printed. Empty: it runs on both.
	AnvilOnly string
	// Byzantine: the scenario runs one node from the byzantine build (Env.ByzantineBin, sptn
	// built with -tags byzantine: agents/node/byzantine.go).
	Byzantine bool
	Run       func(ctx context.Context, e *Env) error
}

// NeedByzantine names the scenarios among groups that run a byzantine build.
func NeedByzantine(groups []Group) []string {
	var out []string
	for _, g := range groups {
		for _, s := range g.Scenarios {
			if s.Byzantine && !slices.Contains(out, s.Name) {
				out = append(out, s.Name)
			}
		}
	}
	return out
}

// Verdict is a scenario's outcome.
type Verdict struct {
	Name     string
	Pass     bool
	Err      error
	Evidence []string
	Took     time.Duration
}

func (v Verdict) String() string {
	var b strings.Builder
	status := "PASS"
	if !v.Pass {
		status = "FAIL"
	}
	fmt.Fprintf(&b, "%s %s (%.0fs)\n", status, v.Name, v.Took.Seconds())
	for _, l := range v.Evidence {
		fmt.Fprintf(&b, "    %s\n", l)
	}
	if v.Err != nil {
		fmt.Fprintf(&b, "    reason: %v\n", v.Err)
	}
	return b.String()
}

// All returns the scenarios by name.
func All() map[string]Scenario {
	m := map[string]Scenario{}
	for _, s := range list() {
		m[s.Name] = s
	}
	return m
}

// Names lists the scenario names in order.
func Names() []string {
	var names []string
	for _, s := range list() {
		names = append(names, s.Name)
	}
	return names
}

// Short is the set `make test` runs, in order, on one devnet.
var Short = []string{"happy-path", "third-down", "node-crash-restart"}

// ShortGeth is the set `make test-geth` runs on geth (profile geth, blobs), in order, on one devnet.
var ShortGeth = []string{"l1-fee-spike", "happy-path", "node-crash-restart"}

// ForGeth splits names into the scenarios that run on geth and those that need an anvil cheat.
func ForGeth(names []string) (runs []string, skipped []Scenario) {
	all := All()
	for _, n := range names {
		if s, ok := all[n]; ok && s.AnvilOnly != "" {
			skipped = append(skipped, s)
			continue
		}
		runs = append(runs, n)
	}
	return runs, skipped
}

// Env is what a scenario acts on.
type Env struct {
	Net      *devnet.Network
	Profile  devnet.Profile
	Nodes    []*devnet.Agent
	Provers  []*devnet.Agent
	Watchers []*devnet.Agent
	// ByzantineBin is sptn built with -tags byzantine, for the Byzantine scenarios.
	ByzantineBin string
	out          io.Writer
	start        time.Time
	evidence     []string
	// armGuard and breakFile are set during a negative run: arm writes the guard to the file.
	armGuard, breakFile string
}

// arm breaks the negative run's guard now (a no-op in a positive run): a scenario marked Arms
// calls it at the fault its verdict is about.
func (e *Env) arm() error {
	if e.armGuard == "" {
		return nil
	}
	if err := os.WriteFile(e.breakFile, []byte(e.armGuard+"\n"), 0o644); err != nil {
		return err
	}
	e.Logf("guard %s broken from here on", e.armGuard)
	time.Sleep(time.Second) // the agents read the switch file every 200 ms
	return nil
}

// NewEnv sorts the network's agents by kind.
func NewEnv(n *devnet.Network, p devnet.Profile, out io.Writer) *Env {
	e := &Env{Net: n, Profile: p, out: out, start: time.Now()}
	for _, a := range n.Agents() {
		switch a.Kind {
		case "node":
			e.Nodes = append(e.Nodes, a)
		case "prover":
			e.Provers = append(e.Provers, a)
		case "watcher":
			e.Watchers = append(e.Watchers, a)
		}
	}
	return e
}

// Logf records a line of evidence (and prints it as it happens).
func (e *Env) Logf(format string, args ...any) {
	line := fmt.Sprintf("[%5.1fs] ", time.Since(e.start).Seconds()) + fmt.Sprintf(format, args...)
	e.evidence = append(e.evidence, line)
	if e.out != nil {
		fmt.Fprintln(e.out, "   ", line)
	}
}

// WarmUp waits until the network is producing: two blocks assured on L1. Scenarios start from a
// running chain, not from genesis.
func (e *Env) WarmUp(ctx context.Context) error {
	_, err := e.WaitFor(ctx, "the network is producing (two blocks assured)", e.slots(30), func(s State) bool {
		return s.L1.Assured >= 2
	})
	return err
}

// Run runs s and returns its verdict.
func Run(ctx context.Context, s Scenario, e *Env) Verdict {
	e.evidence = nil
	e.start = time.Now()
	e.Logf("scenario %s: %s", s.Name, s.Description)
	err := s.Run(ctx, e)
	if s.Restores && ctx.Err() == nil {
		// Put the network back for the next scenario on this devnet, whatever the verdict.
		if rerr := e.restartAll(ctx); rerr != nil && err == nil {
			err = fmt.Errorf("restore the network: %w", rerr)
		}
	}
	return Verdict{Name: s.Name, Pass: err == nil, Err: err, Evidence: e.evidence, Took: time.Since(e.start)}
}

// State is what a scenario observes: one live node's tips and L1's.
type State struct {
	Node devnet.NodeTips
	L1   devnet.L1Tips
}

func (s State) String() string {
	return fmt.Sprintf("slot %d: pending %d, assured %d, proven %d, finalized %d (L1 block %d)",
		s.L1.Slot, s.Node.Pending.Number, s.L1.Assured, s.L1.Proven, s.L1.Finalized, s.L1.L1Block)
}

// otherTips reads the tips of a running node other than not.
func (e *Env) otherTips(ctx context.Context, not *devnet.Agent) (devnet.NodeTips, error) {
	for _, a := range e.Nodes {
		if a == not || !a.Running() {
			continue
		}
		if t, err := a.Tips(ctx); err == nil {
			return t, nil
		}
	}
	return devnet.NodeTips{}, fmt.Errorf("no other running node answers")
}

// Observe reads the tips from the first running node and from L1.
func (e *Env) Observe(ctx context.Context) (State, error) {
	var st State
	l1, err := e.Net.ReadL1Tips(ctx)
	if err != nil {
		return st, err
	}
	st.L1 = l1
	for _, a := range e.Nodes {
		if !a.Running() {
			continue
		}
		if t, err := a.Tips(ctx); err == nil {
			st.Node = t
			return st, nil
		}
	}
	return st, fmt.Errorf("no running node answers")
}

// WaitFor polls until cond holds or timeout passes; it logs the state it ended on.
func (e *Env) WaitFor(ctx context.Context, what string, timeout time.Duration, cond func(State) bool) (State, error) {
	deadline := time.Now().Add(timeout)
	var last State
	for {
		st, err := e.Observe(ctx)
		if err == nil {
			last = st
			if cond(st) {
				e.Logf("%s: %s", what, st)
				return st, nil
			}
		}
		if time.Now().After(deadline) {
			e.Logf("timed out waiting for %s after %s: %s", what, timeout, last)
			e.diagnose(ctx)
			return last, failf("%s: not reached within %s (last seen: %s)", what, timeout, last)
		}
		select {
		case <-ctx.Done():
			return last, ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
}

// until polls cond every half second until it holds, fails or timeout passes (a verdict: what
// was awaited did not happen).
func (e *Env) until(ctx context.Context, what string, timeout time.Duration, cond func() (bool, error)) error {
	deadline := time.Now().Add(timeout)
	var lastErr error
	for {
		ok, err := cond()
		if err == nil && ok {
			return nil
		}
		if IsVerdict(err) {
			return err
		}
		lastErr = err
		if time.Now().After(deadline) {
			e.diagnose(ctx)
			if lastErr != nil {
				return failf("%s: not within %s (last error: %v)", what, timeout, lastErr)
			}
			return failf("%s: not within %s", what, timeout)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
}

// slots is a duration of n slots. A scenario's deadlines are a few times what the step takes on
// a busy 2-core machine (the evidence prints how long each took): generous enough not to flake,
// tight enough that a negative run fails in a minute or two rather than five.
func (e *Env) slots(n int) time.Duration {
	return time.Duration(n*e.Profile.SlotSeconds()) * time.Second
}

// epochs is a duration of n epochs.
func (e *Env) epochs(n int) time.Duration { return e.slots(n * e.Profile.EpochSlots) }

// pendingGaps follows the pending tip for d and returns the longest time it stood still.
func (e *Env) pendingGaps(ctx context.Context, d time.Duration) (time.Duration, uint64, error) {
	end := time.Now().Add(d)
	var (
		lastN      uint64
		lastChange = time.Now()
		longest    time.Duration
	)
	for time.Now().Before(end) {
		st, err := e.Observe(ctx)
		if err == nil {
			if st.Node.Pending.Number != lastN {
				if gap := time.Since(lastChange); lastN != 0 && gap > longest {
					longest = gap
				}
				lastN, lastChange = st.Node.Pending.Number, time.Now()
			}
		}
		select {
		case <-ctx.Done():
			return longest, lastN, ctx.Err()
		case <-time.After(250 * time.Millisecond):
		}
	}
	if gap := time.Since(lastChange); gap > longest {
		longest = gap
	}
	return longest, lastN, nil
}

// restartAll starts every stopped agent again and waits until each is ready.
func (e *Env) restartAll(ctx context.Context) error {
	for _, a := range e.Net.Agents() {
		if a.Running() {
			continue
		}
		if err := a.Start(); err != nil {
			return err
		}
		if err := a.Ready(ctx, 2*time.Minute); err != nil {
			return err
		}
		e.Logf("%s restarted and ready", a.Name)
		if a.Kind == "node" {
			if err := e.caughtUp(ctx, a, e.slots(30)); err != nil {
				return err
			}
		}
	}
	return nil
}

// caughtUp waits until node's pending tip is within one block of the network's and, when it is
// a validator, until its precommits are in three commits above the network's height when this
// was called: it votes again before the next fault. A node out of block sync may still be
// catching up through consensus gossip, a height at a time (block sync ends short of the
// network, and at voting power 1 a member of four skipped it: app.ValidatorPower), and a fault
// that needs its vote (third-down after a restart) must not start before it votes; "not
// catching up" and a near pending tip do not show that.
func (e *Env) caughtUp(ctx context.Context, node *devnet.Agent, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	var (
		w              *signWatch
		since          int64
		validator, set bool
	)
	for {
		if !set {
			// Read again until it answers: the network's RPC may be busy with the restart.
			w, since, validator, set = e.voteWatch(ctx, node)
		}
		mine, err1 := node.Tips(ctx)
		other, err2 := e.otherTips(ctx, node)
		catchingUp, err3 := node.CatchingUp(ctx)
		if set && err1 == nil && err2 == nil && err3 == nil && !catchingUp &&
			mine.Pending.Number+1 >= other.Pending.Number && mine.Pending.Number > 0 {
			if validator {
				if err := e.votesAgain(ctx, w, since, max(time.Until(deadline), e.slots(6))); err != nil {
					return err
				}
			} else {
				time.Sleep(e.slots(2)) // a full node, or a key not on disk: two slots of consensus
			}
			e.Logf("%s caught up and in consensus: its pending tip %d, another node's %d", node.Name, mine.Pending.Number, other.Pending.Number)
			return nil
		}
		if time.Now().After(deadline) {
			e.diagnose(ctx)
			return failf("%s did not catch up within %s (its pending tip %d, another node's %d)",
				node.Name, timeout, mine.Pending.Number, other.Pending.Number)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
}

// voteWatch is what votesAgain needs to watch node's precommits from the network's height now,
// and whether node's validator key is in the network's validator set as the other nodes hold
// it (a full node never votes). A node whose key is not on disk (a remote signer) is taken as
// one whose votes cannot be told apart: validator false. ok is false when the network did not
// answer; the caller asks again.
func (e *Env) voteWatch(ctx context.Context, node *devnet.Agent) (w *signWatch, since int64, validator, ok bool) {
	key, _, err := observe.ValidatorOf(node)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, 0, false, true
	}
	if err != nil {
		return nil, 0, false, false
	}
	chainID, since, err := e.networkHeight(ctx)
	if err != nil {
		return nil, 0, false, false
	}
	in, err := e.inValidatorSet(ctx, key, node)
	if err != nil {
		return nil, 0, false, false
	}
	return &signWatch{node: node, key: key, chainID: chainID}, since, in, true
}

// inValidatorSet reports whether key is in the validator set of the latest height of a running
// node's CometBFT other than not (a node just restarted holds an old set).
func (e *Env) inValidatorSet(ctx context.Context, key observe.ValidatorKey, not *devnet.Agent) (bool, error) {
	var errs []error
	for _, a := range e.Nodes {
		if a == not || !a.Running() {
			continue
		}
		vals, err := observe.Validators(ctx, a)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		return slices.ContainsFunc(vals, func(v *cmttypes.Validator) bool { return bytes.Equal(v.Address, key.Address) }), nil
	}
	return false, fmt.Errorf("no running node answers CometBFT validators: %v", errs)
}
