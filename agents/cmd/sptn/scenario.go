package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

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
		root, profileName string
		port              int
	)
	cmd := &cobra.Command{
		Use:   "scenario NAME[,NAME...] | short | all",
		Short: "run fault scenarios on a fresh devnet, each ending with a PASS or FAIL verdict and its evidence",
		Long: "Scenarios: " + strings.Join(scenario.Names(), ", ") + ".\n" +
			"`short` runs " + strings.Join(scenario.Short, ", ") + " one after another on one devnet (what make test runs);\n" +
			"`all` runs every scenario, each on its own fresh devnet (what make scenarios runs).",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			log, profile, err := g.devnetProfile(&root, profileName)
			if err != nil {
				return err
			}
			all := scenario.All()
			var groups [][]scenario.Scenario
			switch args[0] {
			case "short":
				var g []scenario.Scenario
				for _, n := range scenario.Short {
					g = append(g, all[n])
				}
				groups = append(groups, g)
			case "all":
				for _, n := range scenario.Names() {
					groups = append(groups, []scenario.Scenario{all[n]})
				}
			default:
				for _, n := range strings.Split(args[0], ",") {
					s, ok := all[n]
					if !ok {
						return usageError{fmt.Errorf("unknown scenario %q: want one of %s, short or all", n, strings.Join(scenario.Names(), ", "))}
					}
					groups = append(groups, []scenario.Scenario{s})
				}
			}
			bin, err := os.Executable()
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			var verdicts []scenario.Verdict
			for i, group := range groups {
				p := profile
				if group[0].Netns && p.Network.Mode != devnet.ModeNetns {
					// A scenario that cuts links between hosts runs on hosts.
					if p, err = devnet.LoadProfile(filepath.Join(root, "configs", "devnet"), netnsProfile); err != nil {
						return usageError{err}
					}
					fmt.Fprintf(out, "==> %s needs hosts: it runs on profile %q\n", group[0].Name, p.Name)
				}
				cfg := p.Config(root, filepath.Join(root, ".devnet", fmt.Sprintf("scenario-%d-%s", i, group[0].Name)), port, io.Discard, log)
				vs, err := runGroup(cmd.Context(), out, cfg, p, bin, group)
				verdicts = append(verdicts, vs...)
				if err != nil {
					return err
				}
			}
			fmt.Fprintln(out, "\nverdicts:")
			failed := 0
			for _, v := range verdicts {
				fmt.Fprint(out, v.String())
				if !v.Pass {
					failed++
				}
			}
			fmt.Fprintf(out, "%d passed, %d failed\n", len(verdicts)-failed, failed)
			if failed > 0 {
				return errScenariosFailed
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&root, "root", "", "repository root (default: the nearest parent with foundry.toml)")
	f.StringVar(&profileName, "profile", "default", "devnet profile the scenarios run on")
	f.IntVar(&port, "l1-port", 8545, "anvil's RPC port on 127.0.0.1")
	return cmd
}

// runGroup starts a fresh devnet and runs the scenarios of group on it, in order.
func runGroup(ctx context.Context, out io.Writer, cfg devnet.Config, p devnet.Profile, bin string, group []scenario.Scenario) ([]scenario.Verdict, error) {
	if err := os.RemoveAll(cfg.DataDir); err != nil {
		return nil, err
	}
	fmt.Fprintf(out, "==> devnet for %s (data %s)\n", group[0].Name, cfg.DataDir)
	n, err := devnet.Start(ctx, cfg, p, bin)
	if n != nil {
		defer n.Down()
	}
	if err != nil {
		return nil, fmt.Errorf("start devnet: %w", err)
	}
	env := scenario.NewEnv(n, p, out)
	if err := env.WarmUp(ctx); err != nil {
		return nil, err
	}
	var vs []scenario.Verdict
	for _, s := range group {
		fmt.Fprintf(out, "==> scenario %s\n", s.Name)
		v := scenario.Run(ctx, s, env)
		vs = append(vs, v)
		if ctx.Err() != nil {
			break
		}
	}
	return vs, nil
}
