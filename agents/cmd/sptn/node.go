package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/sptn/sptn/agents/internal/config"
	"github.com/sptn/sptn/agents/node"
	"github.com/sptn/sptn/agents/node/app"
)

func addNodeFlags(fs *pflag.FlagSet) {
	config.AddFlags(fs)
	for _, k := range node.Keys {
		if !k.Flag {
			continue
		}
		help := k.Help + "; env " + k.Env()
		switch d := k.Default.(type) {
		case []string:
			fs.StringSlice(k.Name, d, help)
		case string:
			fs.String(k.Name, d, help)
		}
	}
}

func newNodeCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "node",
		Short: "run a sequencer node (CometBFT validator, attester, proposer, chain API)",
		Long: "Run a sequencer node: CometBFT in process with the pending chain's application, sealing the\n" +
			"slots this node proposes, attesting in vote extensions, publishing attested blocks to L1,\n" +
			"and serving the chain API. The CometBFT home (<data-dir>/node/cometbft) must exist: see\n" +
			"`sptn node init` and `sptn node genesis`. See docs/node.md and docs/api.md.",
		Args: cobra.NoArgs,
		RunE: runAgent(node.Keys, node.Run),
	}
	addNodeFlags(cmd.Flags())
	cmd.AddCommand(newNodeInitCmd(), newNodeGenesisCmd(), newNodeProtectionCmd(), newNodeSignerCmd())
	return cmd
}

func newNodeInitCmd() *cobra.Command {
	var dataDir string
	cmd := &cobra.Command{
		Use:   "init",
		Short: "create the node's CometBFT home (node key, validator key) and print its identity as JSON",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			id, err := node.InitHome(dataDir)
			if err != nil {
				return err
			}
			return json.NewEncoder(cmd.OutOrStdout()).Encode(id)
		},
	}
	cmd.Flags().StringVar(&dataDir, "data-dir", "data", "the node's data directory")
	return cmd
}

func newNodeGenesisCmd() *cobra.Command {
	var (
		out, chainID string
		vals         []string
		minDa, minL2 string
		maxDa, maxL2 string
	)
	p := app.DefaultParams()
	cmd := &cobra.Command{
		Use:   "genesis",
		Short: "write a CometBFT genesis.json for a devnet: validators, vote extensions from height 1, attester map",
		Long: "Write genesis.json with one validator per --validator ATTESTER=DATA_DIR (the node's data\n" +
			"directory, initialised with `sptn node init`), and the chain's params: the consensus rules\n" +
			"every node executes by (block limits, fee floor, pool bound and expiry). Copy the file to\n" +
			"every node's <data-dir>/node/cometbft/config/genesis.json.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var gv []node.GenesisValidator
			for _, v := range vals {
				attester, dir, ok := strings.Cut(v, "=")
				if !ok || !common.IsHexAddress(attester) {
					return usageError{fmt.Errorf("--validator %q: want ATTESTER_ADDRESS=DATA_DIR", v)}
				}
				id, err := node.InitHome(dir)
				if err != nil {
					return err
				}
				gv = append(gv, node.GenesisValidator{Identity: id, Attester: attester})
			}
			if len(gv) == 0 {
				return usageError{errors.New("--validator: at least one")}
			}
			var ok1, ok2 bool
			p.MinFeePerDaGas, ok1 = new(big.Int).SetString(minDa, 10)
			p.MinFeePerL2Gas, ok2 = new(big.Int).SetString(minL2, 10)
			if !ok1 || !ok2 {
				return usageError{fmt.Errorf("--min-fee-per-da-gas %q, --min-fee-per-l2-gas %q: want whole numbers of wei", minDa, minL2)}
			}
			p.MaxFeePerDaGas, ok1 = new(big.Int).SetString(maxDa, 10)
			p.MaxFeePerL2Gas, ok2 = new(big.Int).SetString(maxL2, 10)
			if !ok1 || !ok2 {
				return usageError{fmt.Errorf("--max-fee-per-da-gas %q, --max-fee-per-l2-gas %q: want whole numbers of wei", maxDa, maxL2)}
			}
			if err := p.Check(); err != nil {
				return usageError{err}
			}
			if err := node.WriteGenesis(out, chainID, gv, &p); err != nil {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), out)
			return nil
		},
	}
	cmd.Flags().StringVar(&out, "out", "genesis.json", "where to write the genesis")
	cmd.Flags().StringVar(&chainID, "chain-id", "sptn-devnet", "CometBFT chain id")
	cmd.Flags().StringSliceVar(&vals, "validator", nil, "ATTESTER=DATA_DIR, repeated")
	fl := cmd.Flags()
	fl.IntVar(&p.MaxPayload, "max-payload", p.MaxPayload, "params: largest user transaction payload (bytes)")
	fl.IntVar(&p.MaxBlockTxs, "max-block-txs", p.MaxBlockTxs, "params: most user transactions in one L2 block")
	fl.IntVar(&p.MaxCalldataBlockBytes, "max-calldata-block-bytes", p.MaxCalldataBlockBytes, "params: most transaction data of a block whose data goes to L1 as calldata")
	fl.IntVar(&p.MaxBlobBlockBytes, "max-blob-block-bytes", p.MaxBlobBlockBytes, "params: most transaction data of a block whose data goes to L1 in blobs (at most 6 blobs)")
	fl.StringVar(&minDa, "min-fee-per-da-gas", p.MinFeePerDaGas.String(), "params: fee floor per DA gas (wei); execution refuses user transactions below it")
	fl.StringVar(&minL2, "min-fee-per-l2-gas", p.MinFeePerL2Gas.String(), "params: fee floor per L2 gas (wei)")
	fl.StringVar(&maxDa, "max-fee-per-da-gas", p.MaxFeePerDaGas.String(), "params: fee ceiling per DA gas (wei); a seal naming more is refused")
	fl.StringVar(&maxL2, "max-fee-per-l2-gas", p.MaxFeePerL2Gas.String(), "params: fee ceiling per L2 gas (wei)")
	fl.IntVar(&p.MaxQueued, "max-queued", p.MaxQueued, "params: most transactions in the pool; execution refuses more")
	fl.Uint64Var(&p.TxTTLHeights, "tx-ttl-heights", p.TxTTLHeights, "params: CometBFT heights a transaction stays queued before it expires")
	fl.Uint64Var(&p.L1BlockSpacing, "l1-block-spacing", p.L1BlockSpacing, "params: least seconds between two L1 blocks that L1's consensus guarantees (1 on geth --dev, 12 on Ethereum's beacon chains, 0 for anvil, which guarantees none, or a chain of several sealers); seals orphan a block that missed L1 from its slot's last L1 block by it. Too large lets a block L1 can still take be orphaned")
	return cmd
}
