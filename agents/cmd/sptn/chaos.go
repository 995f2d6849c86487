package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/sptn/sptn/agents/devnet"
	"github.com/sptn/sptn/agents/devnet/chaos"
	"github.com/sptn/sptn/agents/devnet/scenario"
	"github.com/sptn/sptn/agents/internal/version"
)

// errChaosViolations is returned (exit code 1) when a chaos run found a violation.
var errChaosViolations = errors.New("the chaos run found violations")

func newDevnetChaosCmd(g *globalFlags) *cobra.Command {
	var (
		root, profileName, l1, jsonOut string
		port                           int
		planOnly                       bool
		cfg                            chaos.Config
	)
	cmd := &cobra.Command{
		Use:   "chaos",
		Short: "a seeded chaos soak: a nemesis injects faults drawn from the seed while a checker reads the network and reports every violation",
		Long: "chaos starts a fresh devnet of the profile, lets it warm up (two blocks assured), then runs a nemesis whose\n" +
			"faults are drawn from --seed (kill -9 and restart of any node, prover or watcher; stop and start; L1 reorgs of\n" +
			"1 to 6 blocks; L1 fee spikes and missed L1 blocks on anvil; partitions and heals on a profile with hosts;\n" +
			"with --byzantine-bin, a node run from the byzantine build for a while: high-s, junk, double-seal, overprice),\n" +
			"never more than a third of the committee out at once. A checker reads the nodes' chain APIs, CometBFT's RPC\n" +
			"and L1 all along and reports each violation with its time, the seed and the faults before it; light load\n" +
			"runs throughout. The same seed, duration, fault count and profile give the same schedule (--plan prints it).\n" +
			"It ends with a report (a table, and JSON in --json) and exits 1 if anything was violated. See docs/devnet.md.",
		Example: "  sptn devnet chaos --profile default --seed 17 --duration 3m --faults 9\n" +
			"  sptn devnet chaos --profile multihost --seed 1 --duration 75m --faults 240 --json soak.json\n" +
			"  sptn devnet chaos --profile default --seed 17 --duration 3m --plan",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			log, profile, err := g.devnetProfile(&root, profileName, l1)
			if err != nil {
				return err
			}
			if cfg.Faults == 0 {
				cfg.Faults = chaos.DefaultFaults(cfg.Duration)
			}
			out := cmd.OutOrStdout()
			cfg.Out = out
			if cfg.ByzantineBin != "" {
				// The agents run in their data directories: a relative path would not reach it.
				if cfg.ByzantineBin, err = filepath.Abs(cfg.ByzantineBin); err != nil {
					return usageError{fmt.Errorf("--byzantine-bin: %w", err)}
				}
			}
			if err := cfg.Check(); err != nil {
				return usageError{err}
			}
			plan, err := chaos.NewPlan(cfg.Seed, cfg.Duration, cfg.Faults, cfg.Topology(profile))
			if err != nil {
				return usageError{err}
			}
			if planOnly {
				printPlan(out, plan)
				return nil
			}
			dataDir := filepath.Join(root, ".devnet", fmt.Sprintf("chaos-%s-%d", profile.Name, cfg.Seed))
			if err := os.RemoveAll(dataDir); err != nil {
				return err
			}
			if jsonOut == "" {
				jsonOut = filepath.Join(dataDir, "chaos-report.json")
			}
			bin, err := os.Executable()
			if err != nil {
				return fmt.Errorf("find the sptn binary: %w", err)
			}
			ctx := cmd.Context()
			dcfg := profile.Config(root, dataDir, port, io.Discard, log)
			if err := dcfg.Check(); err != nil {
				return usageError{err}
			}
			fmt.Fprintf(out, "==> chaos on a fresh devnet of profile %q (data %s)\n", profile.Name, dataDir)
			began := time.Now()
			n, err := devnet.Start(ctx, dcfg, profile, bin)
			if n != nil {
				defer n.Down()
			}
			if err != nil {
				return fmt.Errorf("devnet: %w", err)
			}
			if err := scenario.NewEnv(n, profile, out).WarmUp(ctx); err != nil {
				return fmt.Errorf("devnet: warm up: %w", err)
			}
			fmt.Fprintf(out, "==> devnet up and producing after %.0fs\n", time.Since(began).Seconds())
			rep, err := chaos.Run(ctx, n, profile, cfg)
			if rep == nil {
				return err
			}
			rep.Build = version.String()
			fmt.Fprintf(out, "\n%s", rep.Table())
			raw, jerr := json.MarshalIndent(rep, "", "  ")
			if jerr == nil {
				jerr = os.WriteFile(jsonOut, raw, 0o644)
			}
			if jerr != nil {
				return fmt.Errorf("write the report: %w", jerr)
			}
			fmt.Fprintf(out, "report: %s (whole run %.0fs)\n", jsonOut, time.Since(began).Seconds())
			if err != nil {
				return err
			}
			if !rep.Pass() {
				return errChaosViolations
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&root, "root", "", "repository root (default: the nearest parent with foundry.toml)")
	f.StringVar(&profileName, "profile", "default", "devnet profile: a name in configs/devnet/ or a path to a .yaml file")
	f.IntVar(&port, "l1-port", 8545, "L1's RPC port on 127.0.0.1")
	addL1Flag(f, &l1)
	f.Uint64Var(&cfg.Seed, "seed", 1, "seed of the fault schedule (and the load's payloads)")
	f.DurationVar(&cfg.Duration, "duration", 10*time.Minute, "the window in which faults start")
	f.IntVar(&cfg.Faults, "faults", 0, "how many faults (default: one per 20 s of --duration)")
	f.IntVar(&cfg.TPS, "tps", 2, "light load: transactions per second, spread over the healthy nodes (0: none)")
	f.DurationVar(&cfg.Settle, "settle", 90*time.Second, "how long the checker goes on after the last fault before the transactions are accounted for")
	f.StringVar(&jsonOut, "json", "", "where to write the JSON report (default <root>/.devnet/chaos-<profile>-<seed>/chaos-report.json)")
	f.BoolVar(&cfg.RealReorgs, "real-reorgs", false, "L1 reorgs as a real L1 has them: the new blocks carry the dropped transactions and L1's clock does not go back (anvil_reorg drops them and sets the clock back)")
	f.StringVar(&cfg.ByzantineBin, "byzantine-bin", "", "sptn built with -tags byzantine (make sptn-byzantine): the plan then runs nodes from it now and then (the byzantine fault kind)")
	f.BoolVar(&planOnly, "plan", false, "print the fault schedule of the seed and exit (no devnet)")
	return cmd
}

// printPlan prints a plan, one fault a line.
func printPlan(w io.Writer, p chaos.Plan) {
	fmt.Fprintf(w, "seed %d: %d faults over %s\n", p.Seed, len(p.Faults), p.Duration)
	for _, f := range p.Faults {
		fmt.Fprintf(w, "  #%-4d +%7.1fs  %s\n", f.ID, f.At.Seconds(), f)
	}
	counts := p.Counts()
	fmt.Fprint(w, "by kind:")
	for _, k := range chaos.Kinds {
		if counts[k] > 0 {
			fmt.Fprintf(w, " %s %d", k, counts[k])
		}
	}
	fmt.Fprintln(w)
}
