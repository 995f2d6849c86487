package scenario

import (
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/testbreak"
	"github.com/sptn/sptn/bindings/slasher"
)

// TestEveryScenarioHasANegativeRun: each scenario names a known guard or a mutation, so that
// make scenarios can show it FAIL against the bug it exists for.
func TestEveryScenarioHasANegativeRun(t *testing.T) {
	t.Parallel()
	for _, s := range All() {
		require.True(t, (s.Guard != "") != (s.Mutation != nil), "%s: a guard or a mutation, not both", s.Name)
		if s.Guard != "" {
			require.True(t, testbreak.Known(s.Guard), "%s: guard %q", s.Name, s.Guard)
		}
	}
}

// TestPlanRunsEveryScenarioOnceEachWay: make scenarios' plan runs every scenario once and every
// negative run once, non-restoring scenarios only at a group's end, each negative run on a devnet
// of its own (the mutation's deploying the mutated contracts), and scenarios that cut links on hosts.
func TestPlanRunsEveryScenarioOnceEachWay(t *testing.T) {
	t.Parallel()
	for _, netns := range []bool{true, false} {
		groups, err := Plan(Names(), true, netns)
		require.NoError(t, err)
		runs := map[string]int{}
		for _, g := range groups {
			for i, s := range g.Scenarios {
				key := s.Name
				if g.Negative {
					key = "negative " + s.Name
				}
				runs[key]++
				if !s.Restores {
					require.Equal(t, len(g.Scenarios)-1, i, "%s does not restore: it ends its group %v", s.Name, g.Names())
				}
				if s.Netns {
					require.True(t, g.Netns, "%s runs on hosts", s.Name)
				}
				if g.Negative {
					require.Len(t, g.Scenarios, 1, "a negative run has a devnet of its own: %v", g.Names())
					require.Equal(t, s.Mutation, g.Mutation, "%s's negative run deploys its mutation, if it has one", s.Name)
				}
			}
		}
		for _, n := range Names() {
			require.Equal(t, 1, runs[n], "%s runs once", n)
			require.Equal(t, 1, runs["negative "+n], "%s's negative run runs once", n)
		}
		if netns {
			require.LessOrEqual(t, len(groups), 3+len(Names()), "three devnets for the scenarios, one for each negative run")
		}
	}
	_, err := Plan([]string{"no-such-scenario"}, false, true)
	require.Error(t, err)
}

// TestMutationApplies: the mutation changes the guard it names in a copy of the repository and
// nothing else, and refuses a guard it cannot find (it moved).
func TestMutationApplies(t *testing.T) {
	t.Parallel()
	root, err := filepath.Abs(filepath.Join("..", "..", ".."))
	require.NoError(t, err)
	dir, err := windowEndsEarly.Apply(root, t.TempDir())
	require.NoError(t, err)
	orig, err := os.ReadFile(filepath.Join(root, windowEndsEarly.File))
	require.NoError(t, err)
	got, err := os.ReadFile(filepath.Join(dir, windowEndsEarly.File))
	require.NoError(t, err)
	require.Equal(t, strings.Replace(string(orig), windowEndsEarly.Old, windowEndsEarly.New, 1), string(got))
	require.NotEqual(t, string(orig), string(got))
	_, err = os.Stat(filepath.Join(dir, "node_modules", "@foundry-rs"))
	require.NoError(t, err, "the toolchain is linked")

	moved := *windowEndsEarly
	moved.Old = "a line that is not in the rollup"
	_, err = moved.Apply(root, t.TempDir())
	require.ErrorContains(t, err, "the guard moved")
}

// TestProposalNamesCommittee: a pruned-epoch proposal must name the epoch's whole committee.
func TestProposalNamesCommittee(t *testing.T) {
	t.Parallel()
	committee := []common.Address{common.HexToAddress("0x03"), common.HexToAddress("0x01"), common.HexToAddress("0x02")}
	require.NoError(t, proposalNamesCommittee(slasher.Proposal{Validators: sortedAddresses(committee)}, committee))
	for _, names := range [][]common.Address{committee[:1], {common.HexToAddress("0x01"), common.HexToAddress("0x02"), common.HexToAddress("0x04")}} {
		require.True(t, IsVerdict(proposalNamesCommittee(slasher.Proposal{Validators: sortedAddresses(names)}, committee)), "%v", names)
	}
}

// TestCommitteeSlashedCatchesOneMemberSlashed: the proposal slashes and kicks the whole
// committee; one member slashed, or a member slashed but still active, is a verdict.
func TestCommitteeSlashedCatchesOneMemberSlashed(t *testing.T) {
	t.Parallel()
	a, b, c := common.HexToAddress("0x0a"), common.HexToAddress("0x0b"), common.HexToAddress("0x0c")
	committee := []common.Address{a, b, c}
	stake := big.NewInt(1000)
	before := map[common.Address]*big.Int{a: stake, b: stake, c: stake}
	all := map[common.Address]*big.Int{a: big.NewInt(0), b: big.NewInt(0), c: big.NewInt(0)}
	out := map[common.Address]bool{}
	require.Empty(t, committeeSlashed(committee, before, all, out, 10_000, true))

	oneSlashed := map[common.Address]*big.Int{a: big.NewInt(0), b: stake, c: stake}
	require.Len(t, committeeSlashed(committee, before, oneSlashed, map[common.Address]bool{b: true, c: true}, 10_000, true), 4)
	require.Len(t, committeeSlashed(committee, before, all, map[common.Address]bool{c: true}, 10_000, true), 1, "slashed but not kicked")
	half := map[common.Address]*big.Int{a: big.NewInt(500), b: big.NewInt(500), c: big.NewInt(500)}
	require.Empty(t, committeeSlashed(committee, before, half, out, 5_000, true))
	require.Len(t, committeeSlashed(committee, before, half, out, 10_000, true), 3)
}

// TestNegativeOutcome: a negative run passes only when its scenario failed on a verdict, and on
// the one it names when it names any; a pass, a harness error, or another verdict (a timeout of
// an earlier step) fails it.
func TestNegativeOutcome(t *testing.T) {
	t.Parallel()
	ok, err := negativeOutcome("l1-reorg", "guard follow-l1", nil, failf("assured did not pass where it stood"))
	require.True(t, ok)
	require.NoError(t, err)
	ok, err = negativeOutcome("l1-reorg", "guard follow-l1", nil, nil)
	require.False(t, ok)
	require.ErrorContains(t, err, "PASSED against a broken build")
	ok, err = negativeOutcome("l1-reorg", "guard follow-l1", nil, errors.New("dial tcp: connection refused"))
	require.False(t, ok)
	require.ErrorContains(t, err, "not on a verdict")
	ok, _ = negativeOutcome("l1-reorg", "guard follow-l1", nil, fmt.Errorf("restore: %w", failf("x")))
	require.True(t, ok, "a wrapped verdict is a verdict")

	want := negativeWants["byzantine-junk"]
	ok, err = negativeOutcome("byzantine-junk", "guard squat", want,
		failf("CometBFT height 42 executed a registration of 0xEA8d with node-0's validator key: a squat was accepted (a validator key must stay bound to its own attester)"))
	require.True(t, ok)
	require.NoError(t, err)
	ok, _ = negativeOutcome("byzantine-junk", "guard squat", want, failf("the validator set changed: node-3's key has power 0, was 1 (a squat moved a key)"))
	require.True(t, ok, "either named verdict")
	ok, err = negativeOutcome("byzantine-junk", "guard squat", want,
		failf("pending and assured advance by 3 and 4 of the byzantine member's proposals are committed: not within 1m36s"))
	require.False(t, ok, "a timeout is not the verdict that sees a squat")
	require.ErrorContains(t, err, "not on the verdict that sees its bug")
	ok, _ = negativeOutcome("byzantine-high-s", "guard low-s", negativeWants["byzantine-high-s"],
		failf("6 blocks attested and assured advances by 3 with one member attesting high-s: not within 1m36s"))
	require.False(t, ok)
}

// TestNegativeWantsAreVerdicts: every scenario named in negativeWants exists, and each of its
// texts is a literal of this package's source, so that a reworded verdict cannot leave a negative
// run waiting for a text no check prints.
func TestNegativeWantsAreVerdicts(t *testing.T) {
	t.Parallel()
	var src strings.Builder
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") || f == "negative.go" {
			continue
		}
		raw, err := os.ReadFile(f)
		require.NoError(t, err)
		src.Write(raw)
	}
	all := All()
	for name, wants := range negativeWants {
		_, ok := all[name]
		require.True(t, ok, "negativeWants names %q, no scenario", name)
		require.NotEmpty(t, wants, name)
		for _, w := range wants {
			require.Contains(t, src.String(), w, "%s: no check prints %q", name, w)
		}
	}
	for _, name := range []string{"byzantine-high-s", "byzantine-junk"} {
		require.NotEmpty(t, negativeWants[name], name)
	}
}

// TestForGethSkipsOnlyAnvilCheats: on geth the scenarios that need an anvil cheat are skipped,
// each naming it, and every other scenario runs; ShortGeth needs none.
func TestForGethSkipsOnlyAnvilCheats(t *testing.T) {
	t.Parallel()
	runs, skipped := ForGeth(Names())
	var names []string
	for _, s := range skipped {
		names = append(names, s.Name)
		require.NotEmpty(t, s.AnvilOnly)
		require.Regexp(t, `^(anvil_|evm_|txpool_)\w+: `, s.AnvilOnly, "%s names the cheat (or the RPC) first", s.Name)
	}
	require.ElementsMatch(t, []string{"missed-l1-block", "proof-at-window-end", "byzantine-frontrun-blob"}, names)
	require.Len(t, runs, len(Names())-len(skipped))
	gethRuns, none := ForGeth(ShortGeth)
	require.Empty(t, none)
	require.Equal(t, ShortGeth, gethRuns)
}

// TestByzantineScenariosAskForTheBuild: a plan holding a byzantine scenario names it, so that the
// command refuses to run it without --byzantine-bin; a plan without one names none.
func TestByzantineScenariosAskForTheBuild(t *testing.T) {
	t.Parallel()
	groups, err := Plan(Names(), true, false)
	require.NoError(t, err)
	need := NeedByzantine(groups)
	require.Subset(t, need, []string{"byzantine-high-s", "byzantine-junk"})
	for _, n := range need {
		require.True(t, All()[n].Byzantine, "%s is not marked Byzantine", n)
	}
	groups, err = Plan([]string{"happy-path", "third-down"}, true, false)
	require.NoError(t, err)
	require.Empty(t, NeedByzantine(groups))
}
