package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/sptn/sptn/agents/internal/config"
	"github.com/sptn/sptn/agents/internal/keys"
)

type keysFlags struct {
	keystore     string
	passwordFile string
	passwordEnv  string
	lightKDF     bool
}

func envOr(key, def string) string {
	if v, ok := os.LookupEnv(config.EnvName(key)); ok {
		return v
	}
	return def
}

func (k *keysFlags) register(cmd *cobra.Command, password bool) {
	f := cmd.Flags()
	f.StringVar(&k.keystore, "keystore", envOr("keys.keystore", "keystore"), "keystore directory; env "+config.EnvName("keys.keystore"))
	if password {
		f.StringVar(&k.passwordFile, "password-file", envOr("keys.password-file", ""), "file holding the password (wins over --password-env); env "+config.EnvName("keys.password-file"))
		f.StringVar(&k.passwordEnv, "password-env", envOr("keys.password-env", "SPTN_KEYSTORE_PASSWORD"), "environment variable holding the password; env "+config.EnvName("keys.password-env"))
		f.BoolVar(&k.lightKDF, "light-kdf", false, "cheap scrypt parameters: for devnets and tests only")
	}
}

func (k *keysFlags) password() (string, error) {
	pw, err := keys.ReadPassword(k.passwordFile, k.passwordEnv)
	if errors.Is(err, keys.ErrNoPassword) || errors.Is(err, keys.ErrEmptyPassword) {
		return "", usageError{fmt.Errorf("%w (--password-file or --password-env)", err)}
	}
	return pw, err
}

func (k *keysFlags) cost() int {
	if k.lightKDF {
		return keys.LightScrypt
	}
	return keys.StandardScrypt
}

func newKeysCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "keys",
		Short: "manage keystore keys (new, list, import)",
	}
	cmd.AddCommand(newKeysNewCmd(), newKeysListCmd(), newKeysImportCmd())
	return cmd
}

func newKeysNewCmd() *cobra.Command {
	k := &keysFlags{}
	cmd := &cobra.Command{
		Use:   "new",
		Short: "create a random key in the keystore and print its address",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			pw, err := k.password()
			if err != nil {
				return err
			}
			e, err := keys.New(k.keystore, pw, k.cost())
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s %s\n", e.Address.Hex(), e.Path)
			return nil
		},
	}
	k.register(cmd, true)
	return cmd
}

func newKeysListCmd() *cobra.Command {
	k := &keysFlags{}
	cmd := &cobra.Command{
		Use:   "list",
		Short: "list the keystore's addresses and files",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			list, err := keys.List(k.keystore)
			if err != nil {
				return err
			}
			for _, e := range list {
				fmt.Fprintf(cmd.OutOrStdout(), "%s %s\n", e.Address.Hex(), e.Path)
			}
			return nil
		},
	}
	k.register(cmd, false)
	return cmd
}

func newKeysImportCmd() *cobra.Command {
	k := &keysFlags{}
	var keyFile string
	cmd := &cobra.Command{
		Use:   "import --key-file FILE",
		Short: "encrypt a hex private key read from a file into the keystore",
		Long: "Encrypt a hex private key into the keystore. The key is read from a file (never from the\n" +
			"command line, where it would land in the shell history and the process list).",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if keyFile == "" {
				return usageError{errors.New("--key-file is required")}
			}
			pw, err := k.password()
			if err != nil {
				return err
			}
			e, err := keys.Import(k.keystore, keyFile, pw, k.cost())
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s %s\n", e.Address.Hex(), e.Path)
			return nil
		},
	}
	k.register(cmd, true)
	cmd.Flags().StringVar(&keyFile, "key-file", "", "file holding the hex private key (0x optional)")
	return cmd
}
