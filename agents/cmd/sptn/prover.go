package main

import (
	"os"

	"github.com/spf13/cobra"

	"github.com/sptn/sptn/agents/internal/agent"
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
		RunE: func(cmd *cobra.Command, _ []string) error {
			var cfg prover.Config
			if _, err := config.Load(cmd.Flags(), &cfg, prover.Keys...); err != nil {
				return usageError{err}
			}
			if err := cfg.Check(); err != nil {
				return usageError{err}
			}
			log, err := agent.NewLogger(cfg.Log, os.Stderr)
			if err != nil {
				return usageError{err}
			}
			return prover.New(&cfg, log).Run(cmd.Context())
		},
	}
	config.AddFlags(cmd.Flags())
	return cmd
}
