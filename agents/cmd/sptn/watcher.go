package main

import (
	"os"

	"github.com/spf13/cobra"

	"github.com/sptn/sptn/agents/internal/agent"
	"github.com/sptn/sptn/agents/internal/config"
	"github.com/sptn/sptn/agents/watcher"
)

func newWatcherCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "watcher",
		Short: "watch L1 for faults and file slash proposals (see docs/watcher.md)",
		Long: "Follow L1, detect epochs pruned unproven, equivocating attesters and proposers whose fees\n" +
			"exceed the policy, and act on the deployment's Slasher exactly once per evidence: file\n" +
			"proposals, slash equivocations without a vote, and optionally vote for them. Config: the\n" +
			"shared keys (docs/config.md) and the watcher section (docs/watcher.md).",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var cfg watcher.Config
			if _, err := config.Load(cmd.Flags(), &cfg, watcher.Keys...); err != nil {
				return usageError{err}
			}
			if err := cfg.Check(); err != nil {
				return usageError{err}
			}
			log, err := agent.NewLogger(cfg.Log, os.Stderr)
			if err != nil {
				return usageError{err}
			}
			return watcher.New(&cfg, log).Run(cmd.Context())
		},
	}
	config.AddFlags(cmd.Flags())
	return cmd
}
