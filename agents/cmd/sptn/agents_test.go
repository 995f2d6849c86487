package main

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestAgentCommandsRefuseBadConfig: prover, watcher and gov check their config before doing
// anything and exit 2, naming the key, its variable, the value and what was expected.
func TestAgentCommandsRefuseBadConfig(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name string
		args []string
		want []string
	}{
		{"prover poll interval", []string{"prover", "--keys.keystore", dir, "--data-dir", dir},
			[]string{"config key prover.poll-interval (env SPTN_PROVER_POLL_INTERVAL) = 1ms: want a duration between 10ms and 10m"}},
		{"watcher vote", []string{"watcher", "--keys.keystore", dir, "--data-dir", dir},
			[]string{`config key watcher.vote (env SPTN_WATCHER_VOTE) = "against": want off or for`}},
		{"gov proposal id", []string{"gov", "execute", "0"}, []string{`proposal id "0": want a positive integer`}},
		{"gov support", []string{"gov", "vote", "1", "--support", "maybe"}, []string{`--support "maybe": want for or against`}},
		{"gov authorize-stake withdrawer", []string{"gov", "authorize-stake", "--withdrawer", "nobody"},
			[]string{`--withdrawer "nobody": want an address`}},
		{"gov authorize-stake validity", []string{"gov", "authorize-stake", "--withdrawer", "0x00000000000000000000000000000000000000aa",
			"--valid-for", "1s"}, []string{"--valid-for 1s: want between 1m and 720h"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("SPTN_PROVER_POLL_INTERVAL", "1ms")
			t.Setenv("SPTN_WATCHER_VOTE", "against")
			_, err := run(t, tc.args...)
			require.Error(t, err)
			require.Equal(t, 2, exitCode(err))
			for _, w := range tc.want {
				require.Contains(t, err.Error(), w)
			}
		})
	}
}
