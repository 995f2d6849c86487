package main

import (
	"fmt"
	"log/slog"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sptn/sptn/agents/internal/kzgworker"
	"github.com/sptn/sptn/agents/internal/testbreak"
	"github.com/sptn/sptn/agents/internal/version"
	"github.com/sptn/sptn/agents/node"
)

// usageError is a bad flag or argument: exit code 2.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }
func (e usageError) ExitCode() int { return 2 }

type globalFlags struct {
	logLevel  string
	logFormat string
}

func newRootCmd() *cobra.Command {
	g := &globalFlags{}
	root := &cobra.Command{
		Use:           "sptn",
		Short:         "SPTN: a decentralised L2 sequencer/prover network whose truth lives on L1",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.PersistentFlags().StringVar(&g.logLevel, "log-level", "info", "log level: debug, info, warn, error")
	root.PersistentFlags().StringVar(&g.logFormat, "log-format", "text", "log format: text or json")

	root.AddCommand(
		newVersionCmd(),
		newDevnetCmd(g),
		newNodeCmd(),
		newProverCmd(),
		newWatcherCmd(),
		newGovCmd(),
		newSimCmd(),
		newKeysCmd(),
		newStoreCmd(),
		newConfigCmd(),
		newLoadCmd(),
		newKZGWorkerCmd(),
	)
	return root
}

// newKZGWorkerCmd is a node's KZG worker (node.kzg-process): it proves blob commitments and proofs
// or cell proofs for the node that started it, over its standard input and output, until its
// input ends. Not for people.
func newKZGWorkerCmd() *cobra.Command {
	var (
		nice int
		work string
	)
	cmd := &cobra.Command{
		Use:    kzgworker.Command,
		Short:  "prove blob KZG proofs for the node that started this process (internal)",
		Args:   cobra.NoArgs,
		Hidden: true,
		RunE: func(cmd *cobra.Command, _ []string) error {
			k, err := kzgworker.ParseWork(work)
			if err != nil {
				return usageError{err}
			}
			return kzgworker.Serve(cmd.InOrStdin(), cmd.OutOrStdout(), k, nice)
		},
	}
	cmd.Flags().IntVar(&nice, kzgworker.NiceFlag, 0, "run this many steps below the parent's CPU priority (node.kzg-nice)")
	cmd.Flags().StringVar(&work, kzgworker.WorkFlag, "", "what it proves (required): seals (commitments and blob proofs) or cells (cell proofs)")
	return cmd
}

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "print the version",
		Args:  cobra.NoArgs,
		Run: func(cmd *cobra.Command, _ []string) {
			fmt.Fprintln(cmd.OutOrStdout(), version.String())
			if testbreak.Enabled {
				fmt.Fprintln(cmd.OutOrStdout(), "a deliberately broken test build (-tags sptn_broken): never run it for real")
			}
			if node.Byzantine {
				fmt.Fprintln(cmd.OutOrStdout(), "a deliberately byzantine test build (-tags byzantine): never run it for real")
			}
		},
	}
}

// notYet is a subcommand whose implementation has not landed; it says which issue brings it.
func notYet(name, short string, issue int) *cobra.Command {
	return &cobra.Command{
		Use:                name,
		Short:              short + " (not yet implemented)",
		DisableFlagParsing: true,
		RunE: func(*cobra.Command, []string) error {
			return fmt.Errorf("%s is not implemented yet (tracked in issue #%d)", name, issue)
		},
	}
}

func (g *globalFlags) logger() (*slog.Logger, error) {
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(g.logLevel)); err != nil {
		return nil, usageError{fmt.Errorf("--log-level %q: want debug, info, warn or error", g.logLevel)}
	}
	opts := &slog.HandlerOptions{Level: lvl}
	switch strings.ToLower(g.logFormat) {
	case "text":
		return slog.New(slog.NewTextHandler(os.Stderr, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(os.Stderr, opts)), nil
	default:
		return nil, usageError{fmt.Errorf("--log-format %q: want text or json", g.logFormat)}
	}
}
