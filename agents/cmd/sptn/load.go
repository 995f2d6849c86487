package main

import (
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/sptn/sptn/agents/load"
)

func newLoadCmd() *cobra.Command {
	var (
		apis   string
		maxFee string
		asJSON bool
		cfg    load.Config
	)
	cmd := &cobra.Command{
		Use:   "load",
		Short: "submit transactions at a rate and report throughput and latency to pending, assured and proven",
		Example: "  sptn load --api http://127.0.0.1:8080 --tps 100 --duration 30s --size 200\n" +
			"  sptn load --api http://127.0.0.1:8080,http://127.0.0.1:8081 --tps 1000 --duration 1m --json",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			for _, a := range strings.Split(apis, ",") {
				if a = strings.TrimSpace(a); a != "" {
					cfg.APIs = append(cfg.APIs, strings.TrimRight(a, "/"))
				}
			}
			fee, ok := new(big.Int).SetString(maxFee, 0)
			if !ok {
				return usageError{fmt.Errorf("--max-fee %q: want a number of wei", maxFee)}
			}
			cfg.MaxFee = fee
			if err := cfg.Check(); err != nil {
				return usageError{err}
			}
			rep, err := load.Run(cmd.Context(), cfg, nil)
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(rep)
			}
			fmt.Fprint(cmd.OutOrStdout(), rep.Table())
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&apis, "api", "http://127.0.0.1:8080", "comma-separated node chain API URLs")
	f.IntVar(&cfg.TPS, "tps", 100, "transactions per second to submit")
	f.DurationVar(&cfg.Duration, "duration", 30*time.Second, "how long to submit")
	f.IntVar(&cfg.Size, "size", 200, "payload bytes per transaction")
	f.StringVar(&maxFee, "max-fee", "1000000000", "max fee per DA gas and per L2 gas each transaction offers (wei)")
	f.DurationVar(&cfg.Wait, "wait", 2*time.Minute, "how long to follow the chains after the last submission")
	f.IntVar(&cfg.Workers, "workers", 32, "concurrent submitters (each holds a connection to a node: a node refuses more than its node.api-max-connections-per-client, 64 by default, from one address)")
	f.IntVar(&cfg.Batch, "batch", 1, "transactions per request: 1 posts to /v1/txs, more (up to 1000) to /v1/txs/batch")
	f.Uint64Var(&cfg.Seed, "seed", 1, "payload seed")
	f.BoolVar(&asJSON, "json", false, "print the report as JSON")
	return cmd
}
