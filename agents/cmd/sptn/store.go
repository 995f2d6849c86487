package main

import (
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"

	"github.com/spf13/cobra"

	"github.com/sptn/sptn/agents/internal/store"
)

func newStoreCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "store",
		Short: "inspect or recover an agent's store (<data-dir>/<agent>/store) when it refuses to start on a corrupted one",
	}
	cmd.AddCommand(newStoreCheckCmd(), newStoreRecoverCmd())
	return cmd
}

func printReport(w io.Writer, r store.Report) {
	fmt.Fprintf(w, "%d records\n", r.Keys)
	for _, p := range slices.Sorted(maps.Keys(r.Prefixes)) {
		fmt.Fprintf(w, "  %-48s %d\n", p, r.Prefixes[p])
	}
}

func newStoreCheckCmd() *cobra.Command {
	var dir string
	cmd := &cobra.Command{
		Use:   "check",
		Short: "read every record of a store (read-only) and report them by prefix, or its corruption",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if dir == "" {
				return usageError{errors.New("--dir is required (an agent's store is <data-dir>/<agent>/store)")}
			}
			r, err := store.Check(dir)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "store %s is sound: ", dir)
			printReport(cmd.OutOrStdout(), r)
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "", "the store directory, <data-dir>/<agent>/store (the agent must be stopped)")
	return cmd
}

func newStoreRecoverCmd() *cobra.Command {
	var dir string
	cmd := &cobra.Command{
		Use:   "recover",
		Short: "copy a corrupted store aside, then rebuild it from what its tables hold (records in lost files are gone)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if dir == "" {
				return usageError{errors.New("--dir is required (an agent's store is <data-dir>/<agent>/store)")}
			}
			backup, r, err := store.Recover(dir)
			if backup != "" {
				fmt.Fprintf(cmd.OutOrStdout(), "the store as it was is copied to %s\n", backup)
			}
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "store %s rebuilt: ", dir)
			printReport(cmd.OutOrStdout(), r)
			fmt.Fprintln(cmd.OutOrStdout(), "Records in lost files are gone. For a node, app/local holds what it signed: if it "+
				"may have signed slots whose records are lost, keep it from attesting until those slots are past "+
				"(docs/runtime.md, store).")
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "", "the store directory, <data-dir>/<agent>/store (the agent must be stopped)")
	return cmd
}
