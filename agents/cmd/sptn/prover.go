package main

import (
	"context"
	"log/slog"

	"github.com/spf13/cobra"

	"github.com/sptn/sptn/agents/internal/config"
	"github.com/sptn/sptn/agents/prover"
)

func newProverCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "prover",
		Short: "prove assured epochs and submit the proofs to L1 (see docs/prover.md)",
		Long: "Follow the assured chain on L1, rebuild each completed unproven epoch's headers from the\n" +
			"propose calldata, and submit its proof within the proof window through the transaction\n" +
			"manager. Config: the shared keys (docs/config.md) and the prover section (docs/prover.md).",
		Args: cobra.NoArgs,
		RunE: runAgent(prover.Keys, func(ctx context.Context, cfg *prover.Config, log *slog.Logger) error {
			return prover.New(cfg, log).Run(ctx)
		}),
	}
	config.AddFlags(cmd.Flags())
	return cmd
}
