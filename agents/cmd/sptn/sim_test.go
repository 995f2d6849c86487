package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestSimSlashingBadFlags(t *testing.T) {
	t.Parallel()
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--turnout", "1.5"}, "--turnout 1.5: a probability or share must be in [0, 1]"},
		{[]string{"--yes", "-0.2"}, "--yes -0.2: a probability or share must be in [0, 1]"},
		{[]string{"--quorum", "2"}, "--quorum 2: a probability or share must be in [0, 1]"},
		{[]string{"--majority", "1.1"}, "--majority 1.1: a probability or share must be in [0, 1]"},
		{[]string{"--committee", "1001"}, "--committee 1001: larger than --holders 1000"},
		{[]string{"--committee", "0"}, "--committee 0: must be positive"},
		{[]string{"--stake", "30000000"}, "exceeds --float 1e+09 (committee share 1.11 > 1)"},
		{[]string{"--stake", "0"}, "--stake 0: must be positive and finite"},
		{[]string{"--float", "-1"}, "--float -1: must be positive and finite"},
		{[]string{"--holders", "0"}, "--holders 0: must be positive"},
		{[]string{"--runs", "0"}, "--runs 0: must be positive"},
		{[]string{"--runs", "-5"}, "--runs -5: must be positive"},
		{[]string{"--workers", "-1"}, "--workers -1: must not be negative"},
		{[]string{"--turnout", "lots"}, `invalid argument "lots" for "--turnout"`},
		{[]string{"--seed", "-1"}, `invalid argument "-1" for "--seed"`},
		{[]string{"--bogus"}, "unknown flag: --bogus"},
		{[]string{"--members", "maybe"}, `invalid argument "maybe" for "--members" flag: want no, abstain or adaptive`},
		{[]string{"extra"}, `unknown command "extra" for "sptn sim slashing"`},
		{[]string{"sweep", "--turnouts", "0:1:0"}, `--turnouts "0:1:0": want from <= to and a positive step`},
		{[]string{"sweep", "--turnouts", "0.1,x"}, `--turnouts "0.1,x": want from:to:step or a comma-separated list`},
		{[]string{"sweep", "--shares", "0.1,1.5"}, "--shares 1.5: a committee share must be in (0, 1]"},
		{[]string{"sweep", "--turnouts", "-0.1,0.2"}, "--turnouts -0.1: a probability must be in [0, 1]"},
		{[]string{"sweep", "--quorum", "7"}, "--quorum 7: a probability or share must be in [0, 1]"},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			t.Parallel()
			_, err := run(t, append([]string{"sim", "slashing"}, tc.args...)...)
			require.ErrorContains(t, err, tc.want)
			require.Equal(t, 2, exitCode(err))
		})
	}
}

// TestSimSlashingJSON parses the --json output and checks it echoes the inputs and carries results
// consistent with each other, for the seed's example.
func TestSimSlashingJSON(t *testing.T) {
	t.Parallel()
	out, err := run(t, "sim", "slashing", "--json", "--runs", "20000", "--seed", "7")
	require.NoError(t, err)
	var r map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &r))
	for key, want := range map[string]float64{
		"committee": 37, "stake": 1e6, "float": 1e9, "holders": 1000, "turnout": 0.15, "yes": 0.9,
		"quorum": 0.15, "majority": 0.6, "runs": 20000, "seed": 7, "committee_share": 0.037,
		"bond": 37e6, "min_votes": 150,
	} {
		require.InDelta(t, want, r[key], 1e-12, key)
	}
	require.Equal(t, "no", r["members"])
	pExact, p := r["p_slash_exact"].(float64), r["p_slash"].(float64)
	lo, hi := r["ci95_low"].(float64), r["ci95_high"].(float64)
	require.InDelta(t, 0.996, pExact, 0.0005)
	require.InDelta(t, 1, pExact+r["p_escape_exact"].(float64), 1e-10)
	require.True(t, lo <= pExact && pExact <= hi, "exact %v outside [%v, %v]", pExact, lo, hi)
	require.True(t, lo <= p && p <= hi)
	require.Equal(t, p, r["slashed_runs"].(float64)/20000)
	require.InDelta(t, 37e6*pExact, r["effective_bond"], 1e-6)
	require.InDelta(t, 37e6*p, r["effective_bond_mc"], 1e-6)
}

// TestSimSlashingMembers: --members is echoed and changes the answer as the model says (the
// seed's 99.6% becomes 32% when the committee abstains).
func TestSimSlashingMembers(t *testing.T) {
	t.Parallel()
	out, err := run(t, "sim", "slashing", "--json", "--runs", "1000", "--members", "abstain")
	require.NoError(t, err)
	var r slashingReport
	require.NoError(t, json.Unmarshal([]byte(out), &r))
	require.Equal(t, "abstain", r.Members)
	require.InDelta(t, 0.3218, r.PSlashExact, 0.0001)
}

func TestSimSlashingTable(t *testing.T) {
	t.Parallel()
	out, err := run(t, "sim", "slashing", "--runs", "1000")
	require.NoError(t, err)
	require.Contains(t, out, "37 members x 1,000,000 stake = 37,000,000 bond, 3.7% of a 1,000,000,000 float")
	require.Contains(t, out, "passes when votes cast >= 150")
	require.Regexp(t, `exact\s+0\.99591\d`, out)
	require.Contains(t, out, "36,848,900")
}

func TestSimSlashingSweepWritesFiles(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "sweep")
	out, err := run(t, "sim", "slashing", "sweep", "--out", dir, "--holders", "100", "--committee", "4",
		"--turnouts", "0:0.3:0.1", "--shares", "0.04,0.2")
	require.NoError(t, err)
	for _, name := range []string{"p_slash.csv", "p_slash.md", "p_slash.svg"} {
		require.Contains(t, out, filepath.Join(dir, name))
	}
	csv, err := os.ReadFile(filepath.Join(dir, "p_slash.csv"))
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSpace(string(csv)), "\n")
	require.Len(t, lines, 1+4*2)
	require.Equal(t, "turnout,committee_share,stake,p_slash,p_escape,effective_bond", lines[0])
	require.True(t, strings.HasPrefix(lines[1], "0,0.04,1e+07,0,1,0"), lines[1]) // nobody but members vote
	md, err := os.ReadFile(filepath.Join(dir, "p_slash.md"))
	require.NoError(t, err)
	require.Contains(t, string(md), "| turnout | share 4% | share 20% |")
	svg, err := os.ReadFile(filepath.Join(dir, "p_slash.svg"))
	require.NoError(t, err)
	require.True(t, strings.HasPrefix(string(svg), "<svg "))
	require.Equal(t, 2, strings.Count(string(svg), "<polyline"))
}

func TestSimWithoutSubcommandIsHelp(t *testing.T) {
	t.Parallel()
	out, err := run(t, "sim")
	require.NoError(t, err)
	require.Contains(t, out, "slashing")
}
