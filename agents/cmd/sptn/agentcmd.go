package main

import (
	"context"
	"log/slog"

	"github.com/spf13/cobra"

	"github.com/sptn/sptn/agents/internal/agent"
	"github.com/sptn/sptn/agents/internal/config"
)

// agentConfig is what every agent's config does: it embeds config.Base and checks itself.
type agentConfig[C any] interface {
	*C
	Check() error
	Logging() config.Log
}

// runAgent is the RunE of an agent command: load the config (file, environment, flags) with the
// agent's keys, refuse it with exit code 2 naming every bad key, build the logger, then run.
func runAgent[C any, P agentConfig[C]](keys []config.Key, run func(context.Context, P, *slog.Logger) error) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, _ []string) error {
		cfg := P(new(C))
		if _, err := config.Load(cmd.Flags(), cfg, keys...); err != nil {
			return usageError{err}
		}
		if err := cfg.Check(); err != nil {
			return usageError{err}
		}
		log, err := agent.NewLogger(cfg.Logging(), cmd.ErrOrStderr())
		if err != nil {
			return usageError{err}
		}
		return run(cmd.Context(), cfg, log)
	}
}
