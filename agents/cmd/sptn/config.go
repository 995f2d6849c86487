package main

import (
	"fmt"

	"github.com/spf13/cobra"
	"go.yaml.in/yaml/v3"

	"github.com/sptn/sptn/agents/internal/config"
)

func newConfigCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "inspect agent configuration",
	}
	cmd.AddCommand(newConfigPrintCmd())
	return cmd
}

func newConfigPrintCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "print",
		Short: "print the effective config (defaults, file, SPTN_* env, flags) with secrets redacted",
		Long: "Print the effective configuration as YAML with secrets redacted (URL paths, queries and\n" +
			"user info; values of keys ending in password, secret, private-key, token or api-key),\n" +
			"then check the shared keys: exit code 2 names every bad key.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			v, err := config.Settings(cmd.Flags())
			if err != nil {
				return usageError{err}
			}
			enc := yaml.NewEncoder(cmd.OutOrStdout())
			enc.SetIndent(2)
			if err := enc.Encode(config.Effective(v)); err != nil {
				return fmt.Errorf("print config: %w", err)
			}
			if err := enc.Close(); err != nil {
				return fmt.Errorf("print config: %w", err)
			}
			var b config.Base
			if err := v.Unmarshal(&b); err != nil {
				return usageError{fmt.Errorf("%w: %v", config.ErrDecode, err)}
			}
			if err := b.Check(); err != nil {
				return usageError{err}
			}
			return nil
		},
	}
	config.AddFlags(cmd.Flags())
	return cmd
}
