package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/sptn/sptn/agents/devnet"
	"github.com/sptn/sptn/agents/devnet/scenario"
)

// netnsProfile is the profile the scenarios that need hosts run on when the one given is loopback.
const netnsProfile = "multihost"

// errScenariosFailed is returned (exit code 1) when a scenario's verdict is FAIL.
var errScenariosFailed = errors.New("scenarios failed")

func newDevnetScenarioCmd(g *globalFlags) *cobra.Command {
	var (
		root, profileName, brokenBin, l1 string
		byzantineBin                     string
		port                             int
		negative, negativeOnly           bool
		parallel                         int
	)
	cmd := &cobra.Command{
		Use:   "scenario NAME[,NAME...] | short | all",
		Short: "run fault scenarios on fresh devnets, each ending with a PASS or FAIL verdict and its evidence",
		Long: "Scenarios: " + strings.Join(scenario.Names(), ", ") + ".\n" +
			"`short` runs " + strings.Join(scenario.Short, ", ") + " one after another on one devnet (what make test runs;\n" +
			"on geth: " + strings.Join(scenario.ShortGeth, ", ") + ");\n" +
			"`all` runs every scenario, restoring ones chained on one devnet (what make scenarios runs).\n" +
			"--negative also runs each scenario against a deliberately broken build (--broken-bin, built with\n" +
			"-tags sptn_broken, with the scenario's guard switched off, or contracts with its mutation): that run\n" +
			"passes only if the scenario FAILs on a verdict.\n" +
			"With --l1 geth, scenarios that need an anvil cheat (base fee, clock, pausing blocks) are skipped with the reason.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			log, profile, err := g.devnetProfile(&root, profileName, l1)
			if err != nil {
				return err
			}
			var (
				groups  []scenario.Group
				skipped []scenario.Scenario
			)
			out := cmd.OutOrStdout()
			switch args[0] {
			case "short":
				all := scenario.All()
				var gr scenario.Group
				short := scenario.Short
				if profile.Geth() {
					short = scenario.ShortGeth
				}
				for _, n := range short {
					gr.Scenarios = append(gr.Scenarios, all[n])
				}
				groups = []scenario.Group{gr}
				if negative {
					return usageError{errors.New("--negative runs with `all` or named scenarios, not `short`")}
				}
			default:
				names := strings.Split(args[0], ",")
				if args[0] == "all" {
					names = scenario.Names()
				}
				if profile.Geth() {
					names, skipped = scenario.ForGeth(names)
					for _, sk := range skipped {
						fmt.Fprintf(out, "==> SKIP %s on geth: it needs %s\n", sk.Name, sk.AnvilOnly)
					}
					if len(names) == 0 {
						return usageError{errors.New("none of these scenarios runs on geth (each needs an anvil cheat)")}
					}
				}
				netns := devnet.FabricSupported() == nil || profile.Network.Mode == devnet.ModeNetns
				if groups, err = scenario.Plan(names, negative || negativeOnly, netns); err != nil {
					return usageError{fmt.Errorf("%w: want one of %s, short or all", err, strings.Join(scenario.Names(), ", "))}
				}
				if negativeOnly {
					groups = slices.DeleteFunc(groups, func(g scenario.Group) bool { return !g.Negative })
					negative = true
				}
			}
			if (negative || negativeOnly) && brokenBin == "" {
				return usageError{errors.New("--negative needs --broken-bin: a build with -tags sptn_broken (make scenarios builds bin/sptn-broken)")}
			}
			if need := scenario.NeedByzantine(groups); len(need) > 0 && byzantineBin == "" {
				return usageError{fmt.Errorf("%s run one node from a byzantine build: pass --byzantine-bin, sptn built with -tags byzantine (make sptn-byzantine builds bin/sptn-byzantine)",
					strings.Join(need, ", "))}
			}
			if byzantineBin != "" {
				if byzantineBin, err = filepath.Abs(byzantineBin); err != nil {
					return err
				}
				if _, err := os.Stat(byzantineBin); err != nil {
					return usageError{fmt.Errorf("--byzantine-bin: %w", err)}
				}
			}
			bin, err := os.Executable()
			if err != nil {
				return err
			}
			if brokenBin != "" {
				if brokenBin, err = filepath.Abs(brokenBin); err != nil {
					return err
				}
			}
			if parallel < 1 || parallel > 8 {
				return usageError{fmt.Errorf("--parallel %d: want 1 to 8 devnets at once", parallel)}
			}
			// Each group's profile: a scenario that cuts links between hosts runs on hosts.
			profiles := make([]devnet.Profile, len(groups))
			for i, group := range groups {
				profiles[i] = profile
				if group.Netns && profile.Network.Mode != devnet.ModeNetns {
					p, err := devnet.LoadProfile(filepath.Join(root, "configs", "devnet"), netnsProfile)
					if err != nil {
						return usageError{err}
					}
					if profiles[i], err = withL1(p, profile.L1.Client); err != nil {
						return err
					}
				}
			}
			ctx := cmd.Context()
			results := make([][]scenario.Verdict, len(groups))
			began := time.Now()
			var (
				wg   sync.WaitGroup
				mu   sync.Mutex // out, when groups run side by side
				busy = make(chan struct{}, parallel)
			)
		launch:
			for i, group := range groups {
				select {
				case busy <- struct{}{}:
				case <-ctx.Done():
					break launch
				}
				p := profiles[i]
				kind := "scenario"
				if group.Negative {
					kind = "negative"
				}
				// Devnets side by side each take their own L1 port (and so their own block of
				// agent ports and their own hosts' subnet): the group's index past --l1-port.
				l1Port := port
				if parallel > 1 {
					l1Port = port + i
				}
				w := out // one at a time: progress as it happens
				var buf bytes.Buffer
				mu.Lock()
				if p.Name != profile.Name {
					fmt.Fprintf(out, "==> %s need hosts: they run on profile %q\n", strings.Join(group.Names(), ", "), p.Name)
				}
				if parallel > 1 {
					w = &buf // side by side: each group's account is printed whole when it ends
					fmt.Fprintf(out, "==> %s group %d (%s) started on L1 port %d\n", kind, i, strings.Join(group.Names(), ", "), l1Port)
				}
				mu.Unlock()
				cfg := p.Config(root, filepath.Join(root, ".devnet", fmt.Sprintf("%s-%d-%s", kind, i, group.Scenarios[0].Name)), l1Port, io.Discard, log)
				wg.Add(1)
				go func() {
					defer wg.Done()
					defer func() { <-busy }()
					t0 := time.Now()
					results[i] = runGroup(ctx, w, cfg, p, bin, brokenBin, byzantineBin, group)
					fmt.Fprintf(w, "==> %s group %d (%s) took %.0fs\n", kind, i, strings.Join(group.Names(), ", "), time.Since(t0).Seconds())
					if w == &buf {
						mu.Lock()
						out.Write(buf.Bytes())
						mu.Unlock()
					}
				}()
			}
			wg.Wait()
			var verdicts []scenario.Verdict
			for _, vs := range results {
				verdicts = append(verdicts, vs...)
			}
			fmt.Fprintln(out, "\nverdicts:")
			failed := 0
			for _, v := range verdicts {
				fmt.Fprint(out, v.String())
				if !v.Pass {
					failed++
				}
			}
			for _, sk := range skipped {
				fmt.Fprintf(out, "SKIP %s (on geth: needs %s)\n", sk.Name, sk.AnvilOnly)
			}
			fmt.Fprintf(out, "%d passed, %d failed, %d skipped, in %.0fs\n", len(verdicts)-failed, failed, len(skipped), time.Since(began).Seconds())
			if failed > 0 {
				return errScenariosFailed
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&root, "root", "", "repository root (default: the nearest parent with foundry.toml)")
	f.StringVar(&profileName, "profile", "default", "devnet profile the scenarios run on")
	f.IntVar(&port, "l1-port", 8545, "L1's RPC port on 127.0.0.1")
	addL1Flag(f, &l1)
	f.BoolVar(&negative, "negative", false, "also run each scenario against a broken build, where it must FAIL")
	f.StringVar(&brokenBin, "broken-bin", "", "sptn built with -tags sptn_broken, for --negative")
	f.BoolVar(&negativeOnly, "negative-only", false, "run only the negative runs (with --broken-bin)")
	f.StringVar(&byzantineBin, "byzantine-bin", "", "sptn built with -tags byzantine, for the scenarios where one node is byzantine")
	f.IntVar(&parallel, "parallel", 1, "devnets to run side by side (1 to 8); each takes its own L1 port from --l1-port up, and its account prints whole when it ends")
	return cmd
}

// runGroup starts a fresh devnet and runs the scenarios of group on it, in order. A devnet that
// does not start or warm up fails every scenario of the group.
func runGroup(ctx context.Context, out io.Writer, cfg devnet.Config, p devnet.Profile, bin, brokenBin, byzantineBin string, group scenario.Group) []scenario.Verdict {
	fail := func(err error) []scenario.Verdict {
		var vs []scenario.Verdict
		for _, s := range group.Scenarios {
			name := s.Name
			if group.Negative {
				name = "negative " + name
			}
			vs = append(vs, scenario.Verdict{Name: name, Err: fmt.Errorf("devnet: %w", err)})
		}
		return vs
	}
	if err := os.RemoveAll(cfg.DataDir); err != nil {
		return fail(err)
	}
	if err := os.MkdirAll(cfg.DataDir, 0o755); err != nil {
		return fail(err)
	}
	cfg, agentBin, err := scenario.GroupConfig(group, cfg, bin, brokenBin)
	if err != nil {
		return fail(err)
	}
	what := "devnet"
	if group.Negative {
		what = "negative devnet (agents " + agentBin + ")"
		if group.Mutation != nil {
			what += ", contracts with mutation " + group.Mutation.Name
		}
	}
	fmt.Fprintf(out, "==> %s for %s (data %s)\n", what, strings.Join(group.Names(), ", "), cfg.DataDir)
	n, err := devnet.Start(ctx, cfg, p, agentBin)
	if n != nil {
		defer n.Down()
	}
	if err != nil {
		return fail(fmt.Errorf("start: %w", err))
	}
	env := scenario.NewEnv(n, p, out)
	env.ByzantineBin = byzantineBin
	if err := env.WarmUp(ctx); err != nil {
		return fail(fmt.Errorf("warm up: %w", err))
	}
	var vs []scenario.Verdict
	for _, s := range group.Scenarios {
		var v scenario.Verdict
		if group.Negative {
			fmt.Fprintf(out, "==> negative run of %s\n", s.Name)
			v = scenario.RunNegative(ctx, s, env, filepath.Join(cfg.DataDir, scenario.BreakFile))
		} else {
			fmt.Fprintf(out, "==> scenario %s\n", s.Name)
			v = scenario.Run(ctx, s, env)
		}
		vs = append(vs, v)
		if ctx.Err() != nil {
			break
		}
	}
	return vs
}
