package main

import (
	"context"
	"log/slog"

	"github.com/spf13/cobra"

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
		RunE: runAgent(watcher.Keys, func(ctx context.Context, cfg *watcher.Config, log *slog.Logger) error {
			return watcher.New(cfg, log).Run(ctx)
		}),
	}
	config.AddFlags(cmd.Flags())
	return cmd
}
