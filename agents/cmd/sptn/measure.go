package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/sptn/sptn/agents/devnet"
	"github.com/sptn/sptn/agents/internal/version"
)

func newDevnetMeasureCmd(g *globalFlags) *cobra.Command {
	var (
		root, profileName, l1, kvBin string
		port                         int
		duration, startup, kvWindow  time.Duration
		spec                         devnet.LoadSpec
	)
	cmd := &cobra.Command{
		Use:   "measure",
		Short: "start a devnet profile and measure it: start-up to the first pending, assured and proven blocks, then a window of at least 20 slots from the first pending block: pending interval, blocks per chain, propose gas, node CPU and memory, each with its spread",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkLoadSpec(spec); err != nil {
				return usageError{err} // before the profile: nothing starts with a bad load
			}
			log, profile, err := g.devnetProfile(&root, profileName, l1)
			if err != nil {
				return err
			}
			if duration < 0 {
				return usageError{fmt.Errorf("--duration %s: want 0 (20 slots) or more", duration)}
			}
			if startup <= 0 {
				return usageError{fmt.Errorf("--startup-timeout %s: want a positive duration", startup)}
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
			down := false
			if n != nil {
				defer func() {
					if !down {
						n.Down()
					}
				}()
			}
			if err != nil {
				return err
			}
			slot := time.Duration(profile.SlotSeconds()) * time.Second
			m, err := n.Measure(cmd.Context(), duration, slot, startup, time.Now(), started, spec)
			if err != nil {
				return err
			}
			m.Profile, m.Committee, m.L1 = profile.Name, profile.CommitteeSize, n.L1Client()
			m.Commit, m.CPU = version.Commit, cpuModel()
			m.L1BlockSeconds, m.SealLead = profile.L1BlockTime().Seconds(), profile.NodeSealLead().String()
			m.TimeoutCommit, m.TimeoutPropose = profile.NodeTimeoutCommit().String(), profile.NodeTimeoutPropose().String()
			if kvBin != "" {
				n.Down() // the kvstore gets the machine to itself, as SPTN had it
				down = true
				kv, err := devnet.MeasureKVStore(cmd.Context(), kvBin, dataDir+"-kvstore", profile.CommitteeSize,
					profile.NodeTimeoutCommit(), profile.NodeTimeoutPropose(), kvWindow, startup)
				if err != nil {
					return fmt.Errorf("kvstore: %w", err)
				}
				m.CompareKVStore(kv)
			}
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
	f.DurationVar(&duration, "duration", 2*time.Minute, "the window, from the first pending block; at least 20 slots (0 is exactly that)")
	f.StringVar(&kvBin, "kvstore", "", "also measure CometBFT's kvstore (this kvnode binary, `make build` puts it in bin/) with as many validators, after the devnet is down")
	f.DurationVar(&kvWindow, "kvstore-window", time.Minute, "how long to follow the kvstore network (longer while it has committed fewer than 20 heights, up to 5 times this)")
	f.DurationVar(&startup, "startup-timeout", 5*time.Minute, "how long after ready the first pending block may take before the measurement fails")
	f.IntVar(&spec.TPS, "load-tps", 0, "offer this many transactions a second over the window (sptn load's generator, spread over every node's chain API; 0 is no load) and report what the chains took")
	f.IntVar(&spec.Batch, "load-batch", 50, "transactions per request of the load: 1 posts to /v1/txs, more (up to 1000) to /v1/txs/batch")
	f.IntVar(&spec.Size, "load-size", 200, "payload bytes per transaction of the load")
	return cmd
}

// checkLoadSpec names the first bad --load-* flag. The bounds are sptn load's (load.Config.Check),
// whose messages name its own flags.
func checkLoadSpec(s devnet.LoadSpec) error {
	switch {
	case s.TPS < 0 || s.TPS > 100_000:
		return fmt.Errorf("--load-tps %d: want 0 (no load) to 100000", s.TPS)
	case s.Batch < 1 || s.Batch > 1000:
		return fmt.Errorf("--load-batch %d: want 1 to 1000", s.Batch)
	case s.Size < 1 || s.Size > 1<<20:
		return fmt.Errorf("--load-size %d: want 1 to 1048576 bytes", s.Size)
	}
	return nil
}

// cpuModel is the machine's CPU model from /proc/cpuinfo ("" when it cannot be read), so that a
// measurement names the machine it ran on.
func cpuModel() string {
	raw, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}
