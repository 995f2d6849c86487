package main

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/sptn/sptn/agents/gov"
	"github.com/sptn/sptn/agents/internal/agent"
	"github.com/sptn/sptn/agents/internal/config"
	"github.com/sptn/sptn/agents/internal/deployments"
	"github.com/sptn/sptn/agents/internal/keys"
	"github.com/sptn/sptn/agents/internal/l1"
	"github.com/sptn/sptn/agents/internal/lifecycle"
	"github.com/sptn/sptn/agents/internal/metrics"
)

func newGovCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "gov",
		Short: "slashing votes for token holders (list, vote, execute) and an attester's stake authorisation",
	}
	cmd.AddCommand(newGovListCmd(), newGovVoteCmd(), newGovExecuteCmd(), newGovAuthorizeStakeCmd())
	return cmd
}

// loadGovConfig loads and checks the shared config (the token holder's key, L1, deployments).
func loadGovConfig(cmd *cobra.Command) (*config.Base, error) {
	var cfg config.Base
	if _, err := config.Load(cmd.Flags(), &cfg); err != nil {
		return nil, usageError{err}
	}
	if err := cfg.Check(); err != nil {
		return nil, usageError{err}
	}
	return &cfg, nil
}

func slasherAddress(cfg *config.Base) (*deployments.File, error) {
	d, err := deployments.Load(cfg.Deployments)
	if err != nil {
		return nil, err
	}
	if _, err := d.Address("Slasher"); err != nil {
		return nil, fmt.Errorf("%w (deployments file %s)", err, cfg.Deployments)
	}
	return d, nil
}

func newGovListCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "list",
		Short: "list the Slasher's proposals with state and tally",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := loadGovConfig(cmd)
			if err != nil {
				return err
			}
			log, err := agent.NewLogger(cfg.Log, os.Stderr)
			if err != nil {
				return usageError{err}
			}
			d, err := slasherAddress(cfg)
			if err != nil {
				return err
			}
			c, err := l1.Dial(cmd.Context(), l1.OptionsFrom(cfg.L1, metrics.Noop{}, log))
			if err != nil {
				return err
			}
			defer c.Close()
			ps, err := gov.New(c, d.Contracts["Slasher"]).List(cmd.Context())
			if err != nil {
				return err
			}
			return gov.Print(cmd.OutOrStdout(), ps)
		},
	}
	config.AddFlags(cmd.Flags())
	return cmd
}

// withSender runs fn with the token holder's transaction manager (the agent runtime without
// its metrics server), then stops it.
func withSender(cmd *cobra.Command, fn func(ctx context.Context, c *gov.Client, rt *agent.Runtime) error) error {
	cfg, err := loadGovConfig(cmd)
	if err != nil {
		return err
	}
	cfg.Metrics.Addr = ""
	log, err := agent.NewLogger(cfg.Log, os.Stderr)
	if err != nil {
		return usageError{err}
	}
	d, err := slasherAddress(cfg)
	if err != nil {
		return err
	}
	rt := agent.New("gov", cfg, log)
	st := lifecycle.NewStack(log)
	if err := lifecycle.Start(cmd.Context(), st, cfg.ShutdownTimeout, rt.Steps()...); err != nil {
		return err
	}
	defer func() {
		ctx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
		defer cancel()
		_ = st.Stop(ctx)
	}()
	return fn(cmd.Context(), gov.New(rt.L1, d.Contracts["Slasher"]), rt)
}

func proposalArg(s string) (uint64, error) {
	id, err := strconv.ParseUint(s, 10, 64)
	if err != nil || id == 0 {
		return 0, usageError{fmt.Errorf("proposal id %q: want a positive integer", s)}
	}
	return id, nil
}

func newGovVoteCmd() *cobra.Command {
	var support string
	cmd := &cobra.Command{
		Use:   "vote <proposal-id>",
		Short: "vote on an active proposal with the key's AZT vote weight at the proposal's snapshot",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := proposalArg(args[0])
			if err != nil {
				return err
			}
			if support != "for" && support != "against" {
				return usageError{fmt.Errorf("--support %q: want for or against", support)}
			}
			return withSender(cmd, func(ctx context.Context, c *gov.Client, rt *agent.Runtime) error {
				r, err := c.Vote(ctx, rt.TxMgr, id, support == "for")
				if err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "voted %s on proposal %d in tx %s (L1 block %s)\n", support, id, r.TxHash, r.BlockNumber)
				return nil
			})
		},
	}
	cmd.Flags().StringVar(&support, "support", "for", "for or against")
	config.AddFlags(cmd.Flags())
	return cmd
}

func newGovExecuteCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "execute <proposal-id>",
		Short: "execute a succeeded proposal: slash (and kick) its validators",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := proposalArg(args[0])
			if err != nil {
				return err
			}
			return withSender(cmd, func(ctx context.Context, c *gov.Client, rt *agent.Runtime) error {
				r, err := c.Execute(ctx, rt.TxMgr, id)
				if err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "executed proposal %d in tx %s (L1 block %s)\n", id, r.TxHash, r.BlockNumber)
				return nil
			})
		},
	}
	config.AddFlags(cmd.Flags())
	return cmd
}

func newGovAuthorizeStakeCmd() *cobra.Command {
	var withdrawer string
	var validFor time.Duration
	cmd := &cobra.Command{
		Use:   "authorize-stake --withdrawer ADDRESS",
		Short: "sign, with the attester key of the config's keystore, the authorisation that lets a funder open its stake",
		Long: "Only an attester may open its own stake, because the stake's withdrawer alone can exit and withdraw it.\n" +
			"This signs the EIP-712 StakeAuthorization(attester, withdrawer, nonce, deadline) in the deployment's Staking\n" +
			"domain with the key in keys.keystore and prints it with the forge command a funder runs\n" +
			"(script/Stake.s.sol stakeWithAuthorization; docs/governance.md). Nothing is sent.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !common.IsHexAddress(withdrawer) {
				return usageError{fmt.Errorf("--withdrawer %q: want an address", withdrawer)}
			}
			if validFor < time.Minute || validFor > 30*24*time.Hour {
				return usageError{fmt.Errorf("--valid-for %s: want between 1m and 720h", validFor)}
			}
			cfg, err := loadGovConfig(cmd)
			if err != nil {
				return err
			}
			log, err := agent.NewLogger(cfg.Log, os.Stderr)
			if err != nil {
				return usageError{err}
			}
			pw, err := keys.ReadPassword(cfg.Keys.PasswordFile, cfg.Keys.PasswordEnv)
			if err != nil {
				return fmt.Errorf("read keystore password: %w", err)
			}
			var addr common.Address
			if cfg.Keys.Address != "" {
				addr = common.HexToAddress(cfg.Keys.Address)
			}
			signer, err := keys.Open(cfg.Keys.Keystore, addr, pw)
			if err != nil {
				return err
			}
			d, err := deployments.Load(cfg.Deployments)
			if err != nil {
				return err
			}
			stakingAddr, err := d.Address("Staking")
			if err != nil {
				return fmt.Errorf("%w (deployments file %s)", err, cfg.Deployments)
			}
			c, err := l1.Dial(cmd.Context(), l1.OptionsFrom(cfg.L1, metrics.Noop{}, log))
			if err != nil {
				return err
			}
			defer c.Close()
			a, err := gov.AuthorizeStake(cmd.Context(), c, c.ChainID(), stakingAddr, signer,
				common.HexToAddress(withdrawer), validFor)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "attester    %s\nwithdrawer  %s\nstaking     %s (chain %s)\nnonce       %s\ndeadline    %s (%s)\nsignature   %s\n",
				a.Attester, a.Withdrawer, a.Staking, a.ChainID, a.Nonce, a.Deadline,
				time.Unix(a.Deadline.Int64(), 0).UTC().Format(time.RFC3339), a.Signature)
			fmt.Fprintf(out, "\nThe funder (any account holding the AZT) opens the stake with:\n"+
				"  forge script script/Stake.s.sol:Stake --sig \"stakeWithAuthorization(address,address,uint256,uint256,bytes)\" \\\n"+
				"    %s %s <amount in wei> %s %s --rpc-url <L1> --broadcast <funder's key flags>\n",
				a.Attester, a.Withdrawer, a.Deadline, a.Signature)
			return nil
		},
	}
	cmd.Flags().StringVar(&withdrawer, "withdrawer", "", "the address that alone may exit and withdraw the stake")
	cmd.Flags().DurationVar(&validFor, "valid-for", 24*time.Hour, "how long (L1 time) the authorisation may be used")
	config.AddFlags(cmd.Flags())
	return cmd
}
