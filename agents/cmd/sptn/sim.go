package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/sptn/sptn/agents/sim/slashing"
)

func newSimCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "sim",
		Short: "simulators (slashing vote outcomes)",
		Args:  noArgs,
	}
	cmd.AddCommand(newSimSlashingCmd())
	return cmd
}

// noArgs is cobra.NoArgs as a usage error (exit code 2).
func noArgs(cmd *cobra.Command, args []string) error {
	if err := cobra.NoArgs(cmd, args); err != nil {
		return usageError{err}
	}
	return nil
}

// addModelFlags registers the model's flags on f, with the seed's example as defaults. The sweep
// varies turnout and stake itself, so it leaves those two out.
func addModelFlags(f *pflag.FlagSet, p *slashing.Params, withTurnoutAndStake bool) {
	d := slashing.Default()
	f.Var((*membersFlag)(&p.Members), "members",
		"how committee members vote: no (the seed's model), abstain, or adaptive (respond to the tally; worst case)")
	f.IntVar(&p.Committee, "committee", d.Committee, "committee members under the vote (each votes no)")
	f.Float64Var(&p.Float, "float", d.Float, "the token float, in the unit of --stake")
	f.IntVar(&p.Holders, "holders", d.Holders, "equal holders of the float")
	f.Float64Var(&p.Yes, "yes", d.Yes, "probability that a non-member voter votes yes")
	f.Float64Var(&p.Quorum, "quorum", d.Quorum, "votes cast needed, as a share of holders")
	f.Float64Var(&p.Majority, "majority", d.Majority, "yes votes needed, as a share of votes cast")
	if withTurnoutAndStake {
		f.Float64Var(&p.Stake, "stake", d.Stake, "stake per committee member")
		f.Float64Var(&p.Turnout, "turnout", d.Turnout, "probability that a non-member holder votes")
	}
}

// membersFlag is slashing.Members as a pflag.Value.
type membersFlag slashing.Members

func (m *membersFlag) String() string { return slashing.Members(*m).String() }
func (m *membersFlag) Type() string   { return "no|abstain|adaptive" }
func (m *membersFlag) Set(s string) error {
	v, err := slashing.ParseMembers(s)
	if err != nil {
		return errors.New("want no, abstain or adaptive") // pflag names the flag and the value
	}
	*m = membersFlag(v)
	return nil
}

// slashingReport is the --json output of `sptn sim slashing`: the inputs echoed under their flag
// names, then the results.
type slashingReport struct {
	Committee int     `json:"committee"`
	Stake     float64 `json:"stake"`
	Float     float64 `json:"float"`
	Holders   int     `json:"holders"`
	Turnout   float64 `json:"turnout"`
	Yes       float64 `json:"yes"`
	Quorum    float64 `json:"quorum"`
	Majority  float64 `json:"majority"`
	Members   string  `json:"members"`
	Runs      int64   `json:"runs"`
	Seed      uint64  `json:"seed"`

	CommitteeShare float64 `json:"committee_share"`
	Bond           float64 `json:"bond"`
	MinVotes       int     `json:"min_votes"`

	PSlashExact     float64 `json:"p_slash_exact"`
	PEscapeExact    float64 `json:"p_escape_exact"`
	PSlash          float64 `json:"p_slash"`
	Slashed         int64   `json:"slashed_runs"`
	CI95Low         float64 `json:"ci95_low"`
	CI95High        float64 `json:"ci95_high"`
	EffectiveBond   float64 `json:"effective_bond"`
	EffectiveBondMC float64 `json:"effective_bond_mc"`
}

func newSimSlashingCmd() *cobra.Command {
	var (
		p       slashing.Params
		mc      slashing.MCConfig
		asJSON  bool
		workers int
	)
	cmd := &cobra.Command{
		Use:   "slashing",
		Short: "p(slash) of a token-holder vote to slash a committee, exact and by Monte Carlo",
		Long: `Computes the probability that a token-holder vote to slash and kick a committee passes, and
the committee's effective bond (committee x stake x p(slash)). Holders are members of the committee
with probability committee x stake / float and vote no; every other holder votes with probability
--turnout, and yes with probability --yes. The vote passes when votes cast >= quorum x holders and
yes votes >= majority x votes cast; the members' no votes count in both (--members abstain
or adaptive models a committee that does not vote no). The defaults are the seed's
example. See docs/slashing.md.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			mc.Workers = workers
			exact, err := slashing.Exact(p)
			if err != nil {
				return usageErrorIfInvalid(err)
			}
			est, err := slashing.MonteCarlo(cmd.Context(), p, mc)
			if err != nil {
				return usageErrorIfInvalid(err)
			}
			r := slashingReport{
				Committee: p.Committee, Stake: p.Stake, Float: p.Float, Holders: p.Holders,
				Turnout: p.Turnout, Yes: p.Yes, Quorum: p.Quorum, Majority: p.Majority,
				Members: p.Members.String(), Runs: mc.Runs, Seed: mc.Seed,
				CommitteeShare: p.CommitteeShare(), Bond: p.Bond(),
				MinVotes:    slashing.NewRule(p.Holders, p.Quorum, p.Majority).MinVotes(),
				PSlashExact: exact.PSlash, PEscapeExact: exact.PEscape,
				PSlash: est.PSlash, Slashed: est.Slashed, CI95Low: est.CI95Low, CI95High: est.CI95High,
				EffectiveBond: p.Bond() * exact.PSlash, EffectiveBondMC: p.Bond() * est.PSlash,
			}
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(r)
			}
			return writeSlashingTable(cmd.OutOrStdout(), r)
		},
	}
	f := cmd.Flags()
	addModelFlags(f, &p, true)
	f.Int64Var(&mc.Runs, "runs", 200_000, "Monte Carlo: simulated votes")
	f.Uint64Var(&mc.Seed, "seed", 1, "Monte Carlo: seed; the result depends only on --seed and --runs")
	f.IntVar(&workers, "workers", 0, "Monte Carlo: goroutines (0: GOMAXPROCS); does not change the result")
	f.BoolVar(&asJSON, "json", false, "print one JSON object instead of a table")
	cmd.AddCommand(newSimSlashingSweepCmd())
	return cmd
}

func usageErrorIfInvalid(err error) error {
	if errors.Is(err, slashing.ErrInvalidParam) {
		return usageError{err}
	}
	return err
}

func writeSlashingTable(w io.Writer, r slashingReport) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "committee\t%d members x %s stake = %s bond, %s of a %s float\n",
		r.Committee, num(r.Stake), num(r.Bond), slashing.Percent(r.CommitteeShare), num(r.Float))
	fmt.Fprintf(tw, "electorate\t%d holders; a holder is a member with p %v, else votes with p %v, yes with p %v\n",
		r.Holders, r.CommitteeShare, r.Turnout, r.Yes)
	fmt.Fprintf(tw, "members\t%s\n", membersText[r.Members])
	fmt.Fprintf(tw, "rule\tpasses when votes cast >= %d (quorum %v x %d) and yes >= %v x votes cast\n",
		r.MinVotes, r.Quorum, r.Holders, r.Majority)
	fmt.Fprintln(tw)
	fmt.Fprintln(tw, "\tp(slash)\t95% interval\teffective bond")
	fmt.Fprintf(tw, "exact\t%.6f\t(p escape %.3g)\t%s\n", r.PSlashExact, r.PEscapeExact, num(r.EffectiveBond))
	fmt.Fprintf(tw, "monte carlo\t%.6f\t[%.6f, %.6f]\t%s\t(%d of %d runs, seed %d)\n",
		r.PSlash, r.CI95Low, r.CI95High, num(r.EffectiveBondMC), r.Slashed, r.Runs, r.Seed)
	return tw.Flush()
}

var membersText = map[string]string{
	"no":       "vote no (the seed's model): they count in participation and in the majority's denominator",
	"abstain":  "abstain: the quorum must come from non-members alone",
	"adaptive": "respond to the tally: the vote passes only if it passes whether they all abstain or all vote no",
}

// num formats a non-negative amount with thousands separators, rounded to a whole unit.
func num(v float64) string {
	s := strconv.FormatFloat(v, 'f', 0, 64)
	if len(s) > 15 || strings.ContainsAny(s, "e-") {
		return strconv.FormatFloat(v, 'g', 6, 64)
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

func newSimSlashingSweepCmd() *cobra.Command {
	var (
		p                slashing.Params
		turnouts, shares string
		out              string
		workers          int
	)
	cmd := &cobra.Command{
		Use:   "sweep",
		Short: "exact p(slash) over a grid of turnouts and committee shares: CSV, markdown and SVG",
		Long: `Computes p(slash) exactly over turnouts x committee shares (the stake of a point is
share x float / committee; the other flags are as for 'sptn sim slashing') and writes
p_slash.csv, p_slash.md and p_slash.svg into --out. Axes are from:to:step or comma-separated lists.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			tu, err := slashing.ParseAxis("--turnouts", turnouts)
			if err != nil {
				return usageError{err}
			}
			sh, err := slashing.ParseAxis("--shares", shares)
			if err != nil {
				return usageError{err}
			}
			g, err := slashing.Sweep(cmd.Context(), p, tu, sh, workers)
			if err != nil {
				return usageErrorIfInvalid(err)
			}
			if err := os.MkdirAll(out, 0o755); err != nil {
				return fmt.Errorf("sweep: %w", err)
			}
			for _, f := range []struct {
				name  string
				write func(io.Writer) error
			}{{"p_slash.csv", g.WriteCSV}, {"p_slash.md", g.WriteMarkdown}, {"p_slash.svg", g.WriteSVG}} {
				path := filepath.Join(out, f.name)
				if err := writeFile(path, f.write); err != nil {
					return fmt.Errorf("sweep: %w", err)
				}
				fmt.Fprintln(cmd.OutOrStdout(), "wrote", path)
			}
			return nil
		},
	}
	f := cmd.Flags()
	addModelFlags(f, &p, false)
	f.StringVar(&turnouts, "turnouts", "0:0.6:0.01", "turnouts: from:to:step or a comma-separated list")
	f.StringVar(&shares, "shares", "0.01,0.02,0.037,0.05,0.074,0.1,0.15,0.2",
		"committee shares (committee x stake / float): from:to:step or a comma-separated list")
	f.StringVar(&out, "out", "docs/slashing", "directory for p_slash.csv, p_slash.md and p_slash.svg")
	f.IntVar(&workers, "workers", 0, "goroutines (0: GOMAXPROCS)")
	return cmd
}

func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
