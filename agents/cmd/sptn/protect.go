package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	cmtjson "github.com/cometbft/cometbft/libs/json"
	"github.com/cometbft/cometbft/privval"
	"github.com/spf13/cobra"

	"github.com/sptn/sptn/agents/internal/agent"
	"github.com/sptn/sptn/agents/internal/config"
	"github.com/sptn/sptn/agents/internal/keys"
	"github.com/sptn/sptn/agents/node"
	"github.com/sptn/sptn/agents/node/protect"
	"github.com/sptn/sptn/agents/node/signer"
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

func newNodeSignerCmd() *cobra.Command {
	var (
		keyFile, stateFile, chainID, dbURL, dbPasswordFile, logLevel string
		nodes                                                        []string
		timeout                                                      time.Duration
	)
	cmd := &cobra.Command{
		Use:   "signer",
		Short: "sign CometBFT votes for nodes that run with node.priv-validator-laddr, one vote per step, state in the database",
		Long: "Serve a CometBFT validator key (priv_validator_key.json) to one or more copies of a node over\n" +
			"CometBFT's remote-signer protocol: the signer dials each --node (the node's node.priv-validator-laddr).\n" +
			"Its last-sign state (CometBFT FilePV's rules) lives in the slashing-protection database, so any number\n" +
			"of signers of the key sign at most one vote per height, round and step. --state-file seeds that state\n" +
			"from the key's priv_validator_state.json when it moves from a node to the signer. See docs/operators.md.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var bad []error
			want := func(ok bool, flag string, value any, msg string) {
				if !ok {
					bad = append(bad, fmt.Errorf("flag --%s = %v: want %s", flag, value, msg))
				}
			}
			want(keyFile != "", "key-file", keyFile, "the validator's priv_validator_key.json")
			want(chainID != "", "chain-id", chainID, "the CometBFT chain id (genesis.json's chain_id)")
			want(len(nodes) > 0, "node", nodes, "at least one node address")
			for _, n := range nodes {
				err := signer.CheckAddr(n)
				want(err == nil, "node", n, fmt.Sprint(err))
			}
			err := protect.CheckURL(dbURL)
			want(err == nil, "database-url", config.Redact(dbURL), fmt.Sprintf("a postgres:// URL without a password: %v", err))
			want(timeout >= 100*time.Millisecond && timeout <= 30*time.Second, "timeout", timeout, "100ms to 30s")
			if len(bad) > 0 {
				return usageError{errors.Join(bad...)}
			}
			log, err := agent.NewLogger(config.Log{Level: logLevel, Format: "text"}, cmd.ErrOrStderr())
			if err != nil {
				return usageError{err}
			}
			var pw string
			if dbPasswordFile != "" {
				if pw, err = keys.ReadPassword(dbPasswordFile, ""); err != nil {
					return usageError{fmt.Errorf("flag --database-password-file: %w", err)}
				}
			}
			key, err := readValidatorKey(keyFile)
			if err != nil {
				return err
			}
			host, _ := os.Hostname()
			db, err := protect.OpenPostgres(cmd.Context(), protect.PostgresConfig{URL: dbURL, Password: pw,
				Holder: fmt.Sprintf("signer %s/%d", host, os.Getpid()), IdleTimeout: timeout})
			if err != nil {
				return fmt.Errorf("slashing-protection database %s: %w", config.Redact(dbURL), err)
			}
			defer db.Close()
			if stateFile != "" {
				if err := seedState(cmd.Context(), db, key.PubKey.Bytes(), stateFile); err != nil {
					return err
				}
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			log.Info("remote signer started", "validator", key.Address.String(), "chain_id", chainID, "nodes", nodes)
			return signer.Run(ctx, signer.New(key.PrivKey, db, timeout), chainID, nodes, log)
		},
	}
	f := cmd.Flags()
	f.StringVar(&keyFile, "key-file", "", "the validator key, CometBFT's priv_validator_key.json")
	f.StringVar(&stateFile, "state-file", "", "a priv_validator_state.json whose state seeds the database's (when the key moves from a node)")
	f.StringVar(&chainID, "chain-id", "", "the CometBFT chain id")
	f.StringSliceVar(&nodes, "node", nil, "a node's node.priv-validator-laddr to dial (tcp://host:port or unix:///path); repeat for every copy")
	f.StringVar(&dbURL, "database-url", os.Getenv("SPTN_NODE_SLASHING_PROTECTION_DATABASE_URL"),
		"the slashing-protection database (postgres://…, no password); env SPTN_NODE_SLASHING_PROTECTION_DATABASE_URL")
	f.StringVar(&dbPasswordFile, "database-password-file", os.Getenv("SPTN_NODE_SLASHING_PROTECTION_DATABASE_PASSWORD_FILE"),
		"file holding the database password; env SPTN_NODE_SLASHING_PROTECTION_DATABASE_PASSWORD_FILE")
	f.DurationVar(&timeout, "timeout", 2*time.Second, "most time one signature's database transaction may take")
	f.StringVar(&logLevel, "log-level", "info", "debug, info, warn or error")
	return cmd
}

// readValidatorKey reads a CometBFT priv_validator_key.json (the key in the clear), refusing
// one the group or others may read, as ssh does a private key.
func readValidatorKey(file string) (*privval.FilePVKey, error) {
	st, err := os.Stat(file)
	if err != nil {
		return nil, fmt.Errorf("read validator key: %w", err)
	}
	if st.Mode().Perm()&0o077 != 0 {
		return nil, usageError{fmt.Errorf("flag --key-file = %s: mode %04o lets others read the validator key; make it the owner's only: chmod 600 %s",
			file, st.Mode().Perm(), file)}
	}
	raw, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("read validator key: %w", err)
	}
	var k privval.FilePVKey
	if err := cmtjson.Unmarshal(raw, &k); err != nil {
		return nil, fmt.Errorf("validator key %s: %w", file, err)
	}
	if k.PrivKey == nil || k.PubKey == nil || !k.PrivKey.PubKey().Equals(k.PubKey) {
		return nil, fmt.Errorf("validator key %s: no private key, or one that does not match its public key", file)
	}
	return &k, nil
}

// seedState raises the database's last-sign state of the key to a priv_validator_state.json's.
func seedState(ctx context.Context, db *protect.Postgres, pub []byte, file string) error {
	raw, err := os.ReadFile(file)
	if err != nil {
		return fmt.Errorf("read validator state: %w", err)
	}
	var st privval.FilePVLastSignState
	if err := cmtjson.Unmarshal(raw, &st); err != nil {
		return fmt.Errorf("validator state %s: %w", file, err)
	}
	return db.SeedValidatorState(ctx, pub, protect.LastSign{HRS: protect.HRS{Height: st.Height, Round: st.Round, Step: st.Step},
		SignBytes: st.SignBytes, Signature: st.Signature})
}
