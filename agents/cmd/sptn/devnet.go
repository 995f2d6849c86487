package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/sptn/sptn/agents/devnet"
)

func newDevnetCmd(g *globalFlags) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "devnet",
		Short: "run a whole SPTN network on this machine (anvil or geth as L1)",
	}
	cmd.AddCommand(newDevnetUpCmd(g), newDevnetScenarioCmd(g), newDevnetChaosCmd(g), newDevnetMeasureCmd(g), newDevnetExportCmd(), newDevnetWireCmd())
	return cmd
}

func newDevnetUpCmd(g *globalFlags) *cobra.Command {
	var (
		root, dataDir, profileName, l1 string
		port                           int
		chainID                        uint64
	)
	cmd := &cobra.Command{
		Use:   "up",
		Short: "start L1 (anvil or geth), deploy and fund the suite, add the sequencers, then watch the chains; Ctrl-C stops everything",
		Long: "up runs a devnet profile (configs/devnet/<name>.yaml): anvil as L1, the contract suite deployed by\n" +
			"the forge scripts, the top-level governance funding the deployment by a vote, the proof-of-governance\n" +
			"owner adding the profile's sequencers (each with its own keystore), then L1 time moved to the rollup's\n" +
			"genesis. It prints the chains' tips every slot until Ctrl-C, which stops every process it started.\n" +
			"With --l1 geth (or a profile's l1.client: geth), L1 is go-ethereum's geth --dev: its clock runs in real\n" +
			"time, so the governance story and the genesis are waited for; the Slasher acts from the deployment\n" +
			"(DeployRollup's SLASHER_AT_ONCE: docs/devnet.md).",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			log, profile, err := g.devnetProfile(&root, profileName, l1)
			if err != nil {
				return err
			}
			if dataDir == "" {
				dataDir = filepath.Join(root, ".devnet", profile.Name)
			}
			// Absolute: geth runs in a directory of its own and reads its password file under
			// this one (a relative --data-dir stopped `make bench-miss` on geth).
			if dataDir, err = filepath.Abs(dataDir); err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			cfg := profile.Config(root, dataDir, port, out, log)
			cfg.ChainID = chainID
			if err := cfg.Check(); err != nil {
				return usageError{err}
			}
			ctx := cmd.Context()
			bin, err := os.Executable()
			if err != nil {
				return fmt.Errorf("find the sptn binary: %w", err)
			}
			fmt.Fprintf(out, "==> devnet profile %q: %s\n", profile.Name, profile.Description)
			n, err := devnet.Start(ctx, cfg, profile, bin)
			if n != nil {
				defer func() {
					fmt.Fprintln(out, "==> stopping")
					n.Down()
					fmt.Fprintln(out, "==> stopped")
				}()
			}
			if err != nil {
				return err
			}
			printSummary(out, n, dataDir)
			if len(profile.Faults) > 0 {
				fmt.Fprintf(out, "==> %d faults scheduled by the profile (printed as they are injected)\n", len(profile.Faults))
				go n.InjectFaults(ctx, profile.Faults, out)
			}
			return watchTips(ctx, out, n, profile)
		},
	}
	f := cmd.Flags()
	f.StringVar(&root, "root", "", "repository root (default: the nearest parent with foundry.toml)")
	f.StringVar(&profileName, "profile", "default", "devnet profile: a name in configs/devnet/ or a path to a .yaml file")
	f.StringVar(&dataDir, "data-dir", "", "where logs, keystores and the deployments file go (default <root>/.devnet/<profile>)")
	f.IntVar(&port, "l1-port", 8545, "L1's RPC port on 127.0.0.1")
	addL1Flag(f, &l1)
	f.Uint64Var(&chainID, "chain-id", 31337, "L1 chain id")
	return cmd
}

func printSummary(out io.Writer, n *devnet.Network, dataDir string) {
	fmt.Fprintf(out, "\nSPTN devnet is up\n  L1 RPC       %s (chain id %d)\n  deployments  %s\n",
		n.RPC, n.Deployments.ChainID, n.DeploymentsFile())
	for _, name := range n.Deployments.Names() {
		fmt.Fprintf(out, "  %-18s %s\n", name, n.Deployments.Contracts[name].Hex())
	}
	for _, a := range n.Agents() {
		if a.API != "" {
			fmt.Fprintf(out, "  %-18s status page %s/  chain API %s/v1/tips\n", a.Name, a.API, a.API)
		}
	}
	fmt.Fprintf(out, "  logs         %s\nPress Ctrl-C to stop.\n\n", dataDir)
}

// watchTips prints the tips every slot until the context ends or anvil dies.
func watchTips(ctx context.Context, out io.Writer, n *devnet.Network, p devnet.Profile) error {
	tick := time.NewTicker(time.Duration(p.SlotSeconds()) * time.Second)
	defer tick.Stop()
	var (
		last        devnet.L1Tips
		lastPending string
	)
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-n.AnvilExited():
			return fmt.Errorf("%s (L1) exited unexpectedly (see its log in the data directory)", n.L1Client())
		case <-tick.C:
		}
		rctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		t, err := n.ReadL1Tips(rctx)
		cancel()
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			fmt.Fprintf(out, "  (tips unavailable: %v)\n", err)
			continue
		}
		pending := pendingTip(ctx, n)
		if t != last || pending != lastPending {
			fmt.Fprintf(out, "  slot %-6d epoch %-4d | pending %-6s assured %-6d proven %-6d finalized %-6d | L1 block %d (finalized %d)\n",
				t.Slot, t.Epoch, pending, t.Assured, t.Proven, t.Finalized, t.L1Block, t.L1Finalized)
			last, lastPending = t, pending
		}
	}
}

// pendingTip is the pending chain's tip as the first running node reports it ("-" if none does).
func pendingTip(ctx context.Context, n *devnet.Network) string {
	if t, err := n.PendingTip(ctx); err == nil {
		return strconv.FormatUint(t, 10)
	}
	return "-"
}

// devnetProfile is the start of every devnet command: the logger, the repository root (found
// from the working directory when *root is empty) and the named profile from configs/devnet.
func (g *globalFlags) devnetProfile(root *string, name, l1 string) (*slog.Logger, devnet.Profile, error) {
	log, err := g.logger()
	if err != nil {
		return nil, devnet.Profile{}, err
	}
	if *root == "" {
		if *root, err = devnet.FindRoot(); err != nil {
			return nil, devnet.Profile{}, usageError{err}
		}
	}
	// Absolute: anvil, forge and the agents run in directories of their own.
	if *root, err = filepath.Abs(*root); err != nil {
		return nil, devnet.Profile{}, err
	}
	p, err := devnet.LoadProfile(filepath.Join(*root, "configs", "devnet"), name)
	if err != nil {
		return nil, devnet.Profile{}, usageError{err}
	}
	if p, err = withL1(p, l1); err != nil {
		return nil, devnet.Profile{}, err
	}
	return log, p, nil
}

// withL1 is the profile with its l1.client replaced by the --l1 flag's value, if one was given.
func withL1(p devnet.Profile, l1 string) (devnet.Profile, error) {
	if l1 == "" {
		return p, nil
	}
	p.L1.Client = l1
	if err := p.L1.Check(); err != nil {
		return p, usageError{fmt.Errorf("--l1: %w", err)}
	}
	return p, nil
}

// addL1Flag adds --l1, which overrides the profile's l1.client.
func addL1Flag(f *pflag.FlagSet, l1 *string) {
	f.StringVar(l1, "l1", "", "L1 client, overriding the profile's l1.client: anvil, or geth (geth --dev built by `make deps-geth`; its clock runs in real time)")
}
