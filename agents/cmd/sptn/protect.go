package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/sptn/sptn/agents/internal/config"
	"github.com/sptn/sptn/agents/node"
	"github.com/sptn/sptn/agents/node/protect"
)

func newNodeProtectionCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "slashing-protection",
		Short: "export or import the attester key's slashing-protection history (one JSON file, after EIP-3076)",
		Long: "Export or import what the node's attester key signed (seals, attestations, registrations, by slot),\n" +
			"from and to the backend the node's config names: node.slashing-protection.database-url, or the\n" +
			"node's own store (<data-dir>/node/store: stop the node first). A node that imported a history\n" +
			"refuses to sign any slot at or below its highest imported slot, per duty. See docs/operators.md.",
	}
	cmd.AddCommand(newProtectionExportCmd(), newProtectionImportCmd())
	return cmd
}

// loadNodeConfig loads and checks the node's config as `sptn node` does.
func loadNodeConfig(cmd *cobra.Command) (*node.Config, error) {
	var cfg node.Config
	if _, err := config.Load(cmd.Flags(), &cfg, node.Keys...); err != nil {
		return nil, usageError{err}
	}
	if err := cfg.Check(); err != nil {
		return nil, usageError{err}
	}
	return &cfg, nil
}

func newProtectionExportCmd() *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "write the slashing-protection history to a JSON file",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if out == "" {
				return usageError{errors.New("--out is required")}
			}
			cfg, err := loadNodeConfig(cmd)
			if err != nil {
				return err
			}
			b, sep, done, err := node.SlashingProtection(cmd.Context(), cfg)
			if err != nil {
				return err
			}
			defer done() //nolint:errcheck // read only
			h, err := b.Export(cmd.Context())
			if err != nil {
				return err
			}
			// Written aside and renamed: a file named --out is always whole.
			tmp, err := os.CreateTemp(filepath.Dir(out), ".sptn-export-*")
			if err != nil {
				return err
			}
			defer os.Remove(tmp.Name())
			if err := protect.WriteInterchange(tmp, h, sep); err != nil {
				tmp.Close()
				return err
			}
			if err := tmp.Sync(); err != nil {
				tmp.Close()
				return err
			}
			if err := tmp.Close(); err != nil {
				return err
			}
			if err := os.Rename(tmp.Name(), out); err != nil {
				return err
			}
			n := 0
			for _, k := range h.Data {
				n += len(k.Signed)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "exported %d records of %d attesters from the %s backend to %s\n", n, len(h.Data), b.Name(), out)
			return nil
		},
	}
	addNodeFlags(cmd.Flags())
	cmd.Flags().StringVar(&out, "out", "", "the JSON file to write")
	return cmd
}

func newProtectionImportCmd() *cobra.Command {
	var in string
	cmd := &cobra.Command{
		Use:   "import",
		Short: "merge a slashing-protection history from a JSON file; the node then refuses slots at or below it",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if in == "" {
				return usageError{errors.New("--file is required")}
			}
			cfg, err := loadNodeConfig(cmd)
			if err != nil {
				return err
			}
			f, err := os.Open(in)
			if err != nil {
				return err
			}
			defer f.Close()
			b, sep, done, err := node.SlashingProtection(cmd.Context(), cfg)
			if err != nil {
				return err
			}
			defer done() //nolint:errcheck // the import committed or failed already
			h, err := protect.ReadInterchange(f, sep)
			if err != nil {
				return fmt.Errorf("%s: %w", in, err)
			}
			if err := b.Import(cmd.Context(), h); err != nil {
				return err
			}
			n := 0
			for _, k := range h.Data {
				n += len(k.Signed)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "imported %d records of %d attesters from %s into the %s backend\n", n, len(h.Data), in, b.Name())
			return nil
		},
	}
	addNodeFlags(cmd.Flags())
	cmd.Flags().StringVar(&in, "file", "", "the JSON file to read (written by export)")
	return cmd
}
