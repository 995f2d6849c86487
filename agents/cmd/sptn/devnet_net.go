package main

import (
	"fmt"
	"net"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/sptn/sptn/agents/devnet"
	"github.com/sptn/sptn/agents/internal/keys"
)

// newDevnetWireCmd is the relay the devnet runs inside each fabric host in front of its node's
// P2P port, to add the profile's latency (see devnet.Wire). Hidden: the devnet starts it.
func newDevnetWireCmd() *cobra.Command {
	var (
		listen, to string
		delay      time.Duration
	)
	cmd := &cobra.Command{
		Use:    "wire",
		Short:  "relay TCP connections from --listen to --to with a one-way --delay in each direction",
		Hidden: true,
		Args:   cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if delay < 0 || delay > time.Minute {
				return usageError{fmt.Errorf("--delay %s: want 0 to 1m", delay)}
			}
			ln, err := net.Listen("tcp", listen)
			if err != nil {
				return usageError{fmt.Errorf("--listen %s: %w", listen, err)}
			}
			return devnet.Wire(cmd.Context(), ln, to, delay)
		},
	}
	f := cmd.Flags()
	f.StringVar(&listen, "listen", "", "host:port to accept connections on")
	f.StringVar(&to, "to", "", "host:port to relay them to")
	f.DurationVar(&delay, "delay", 0, "one-way delay added in each direction")
	_ = cmd.MarkFlagRequired("listen")
	_ = cmd.MarkFlagRequired("to")
	return cmd
}

func newDevnetExportCmd() *cobra.Command {
	var (
		x       devnet.Export
		hosts   string
		light   bool
		spacing uint64
	)
	cmd := &cobra.Command{
		Use:   "export",
		Short: "write one config directory per machine for running the nodes on separate machines against a real L1",
		Long: "export writes, for each --hosts entry, a directory with a new attester keystore (and its password file),\n" +
			"a CometBFT home sharing one genesis, the deployments file and sptn.yaml with every peer, plus\n" +
			"attesters.txt and README.md naming the governance steps (fund, stake, add) to take on L1 before the\n" +
			"nodes start. The suite must already be deployed on that L1 (docs/governance.md). See docs/devnet.md.",
		Example: "  sptn devnet export --hosts 10.0.0.1:26656,10.0.0.2:26656,10.0.0.3:26656,10.0.0.4:26656 \\\n" +
			"    --l1-rpc https://sepolia.example/rpc --chain-id 11155111 --deployments deployments/11155111.json --out net/",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			for _, h := range strings.Split(hosts, ",") {
				if h = strings.TrimSpace(h); h != "" {
					x.Hosts = append(x.Hosts, h)
				}
			}
			if cmd.Flags().Changed("l1-block-spacing") {
				x.L1BlockSpacing = &spacing
			}
			x.Scrypt = keys.StandardScrypt
			if light {
				x.Scrypt = keys.LightScrypt
			}
			if err := x.Check(); err != nil {
				return usageError{err}
			}
			nodes, err := devnet.ExportNodes(x)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			for i, n := range nodes {
				fmt.Fprintf(out, "node-%d  %-22s  attester %s  %s\n", i, n.Host, n.Attester.Hex(), n.Dir)
			}
			fmt.Fprintf(out, "wrote %d node directories; next steps in %s/README.md\n", len(nodes), x.Out)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&hosts, "hosts", "", "comma-separated public P2P addresses host:port, one node each")
	f.StringSliceVar(&x.L1RPCs, "l1-rpc", nil, "L1 JSON-RPC URL(s) the nodes use (repeat or comma-separate for failover)")
	f.Uint64Var(&x.ChainID, "chain-id", 0, "L1 chain id (must match the deployments file)")
	f.StringVar(&x.Deployments, "deployments", "", "deployments file of the suite on that L1")
	f.StringVar(&x.Out, "out", "", "directory to create (must not exist)")
	f.StringVar(&x.ChainName, "chain-name", "sptn", "CometBFT chain id of the pending chain")
	f.BoolVar(&light, "light-scrypt", false, "cheap keystore encryption (tests only)")
	f.Uint64Var(&spacing, "l1-block-spacing", 0, "least seconds between two L1 blocks that L1's consensus guarantees, for the genesis (app params l1BlockSpacing); unset: 12 on Ethereum's mainnet, Sepolia, Holesky and Hoodi by --chain-id, else 0")
	for _, name := range []string{"hosts", "l1-rpc", "chain-id", "deployments", "out"} {
		_ = cmd.MarkFlagRequired(name)
	}
	return cmd
}
