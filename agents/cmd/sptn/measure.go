package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/sptn/sptn/agents/devnet"
)

func newDevnetMeasureCmd(g *globalFlags) *cobra.Command {
	var (
		root, profileName, l1 string
		port                  int
		duration              time.Duration
	)
	cmd := &cobra.Command{
		Use:   "measure",
		Short: "start a devnet profile and measure it: time to the first pending, assured and proven blocks, pending interval, propose gas, node memory",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			log, profile, err := g.devnetProfile(&root, profileName, l1)
			if err != nil {
				return err
			}
			if duration <= 0 {
				return usageError{fmt.Errorf("--duration %s: want a positive duration", duration)}
			}
			bin, err := os.Executable()
			if err != nil {
				return err
			}
			dataDir := filepath.Join(root, ".devnet", "measure-"+profile.Name)
			if profile.Geth() {
				dataDir += "-geth"
			}
			if err := os.RemoveAll(dataDir); err != nil {
				return err
			}
			cfg := profile.Config(root, dataDir, port, io.Discard, log)
			started := time.Now()
			n, err := devnet.Start(cmd.Context(), cfg, profile, bin)
			if n != nil {
				defer n.Down()
			}
			if err != nil {
				return err
			}
			m, err := n.Measure(cmd.Context(), duration, time.Now(), started)
			if err != nil {
				return err
			}
			m.Profile, m.Committee, m.L1 = profile.Name, profile.CommitteeSize, n.L1Client()
			enc := json.NewEncoder(cmd.OutOrStdout())
			enc.SetIndent("", "  ")
			return enc.Encode(m)
		},
	}
	f := cmd.Flags()
	f.StringVar(&root, "root", "", "repository root (default: the nearest parent with foundry.toml)")
	f.StringVar(&profileName, "profile", "default", "devnet profile to measure")
	f.IntVar(&port, "l1-port", 8545, "L1's RPC port on 127.0.0.1")
	addL1Flag(f, &l1)
	f.DurationVar(&duration, "duration", 2*time.Minute, "how long to follow the network once every agent is ready")
	return cmd
}
