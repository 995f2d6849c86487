package main

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/sptn/sptn/agents/devnet"
)

func newDevnetCmd(g *globalFlags) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "devnet",
		Short: "run a whole SPTN network on this machine (anvil as L1)",
	}
	cmd.AddCommand(newDevnetUpCmd(g))
	return cmd
}

func newDevnetUpCmd(g *globalFlags) *cobra.Command {
	var (
		root, dataDir string
		port          int
		blockTime     time.Duration
		chainID       uint64
	)
	cmd := &cobra.Command{
		Use:   "up",
		Short: "start anvil, deploy the contracts, print their addresses; Ctrl-C stops everything",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			log, err := g.logger()
			if err != nil {
				return err
			}
			if root == "" {
				if root, err = findRoot(); err != nil {
					return usageError{err}
				}
			}
			if dataDir == "" {
				dataDir = filepath.Join(root, ".devnet")
			}
			cfg := devnet.Config{
				Root: root, DataDir: dataDir, L1Port: port, L1BlockTime: blockTime, ChainID: chainID,
				Out: cmd.OutOrStdout(), Log: log,
			}
			if err := cfg.Check(); err != nil {
				return usageError{err}
			}
			ctx := cmd.Context()
			n, err := devnet.Up(ctx, cfg)
			if err != nil {
				return err
			}
			defer func() {
				fmt.Fprintln(cmd.OutOrStdout(), "==> stopping")
				n.Down()
				fmt.Fprintln(cmd.OutOrStdout(), "==> stopped")
			}()
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "\nSPTN devnet is up\n  L1 RPC       %s (chain id %d)\n  deployments  %s\n",
				n.RPC, n.Deployments.ChainID, filepath.Join(dataDir, "deployments.json"))
			for _, name := range n.Deployments.Names() {
				fmt.Fprintf(out, "  %-12s %s\n", name, n.Deployments.Contracts[name].Hex())
			}
			fmt.Fprintf(out, "  logs         %s\nPress Ctrl-C to stop.\n", dataDir)
			select {
			case <-ctx.Done():
				return nil
			case <-n.AnvilExited():
				return fmt.Errorf("anvil exited unexpectedly (see %s)", filepath.Join(dataDir, "anvil.log"))
			}
		},
	}
	f := cmd.Flags()
	f.StringVar(&root, "root", "", "repository root (default: the nearest parent with foundry.toml)")
	f.StringVar(&dataDir, "data-dir", "", "where logs and the deployments file go (default <root>/.devnet)")
	f.IntVar(&port, "l1-port", 8545, "anvil's RPC port on 127.0.0.1")
	f.DurationVar(&blockTime, "l1-block-time", time.Second, "L1 block interval (whole seconds)")
	f.Uint64Var(&chainID, "chain-id", 31337, "L1 chain id")
	return cmd
}

// findRoot walks up from the working directory to the directory that holds foundry.toml.
func findRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "foundry.toml")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no foundry.toml above the working directory: run inside the repository or pass --root")
		}
		dir = parent
	}
}
