package prover

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/config"
)

func TestSettingsCheck(t *testing.T) {
	t.Parallel()
	good := Settings{PollInterval: 2 * time.Second, LogRange: 2000, Rescan: 64, MaxAttempts: 8, StuckAfter: 5 * time.Minute}
	for _, tc := range []struct {
		name   string
		mutate func(*Settings)
		want   string
	}{
		{"defaults", func(*Settings) {}, ""},
		{"poll too fast", func(s *Settings) { s.PollInterval = time.Millisecond },
			"config key prover.poll-interval (env SPTN_PROVER_POLL_INTERVAL) = 1ms: want a duration between 10ms and 10m"},
		{"zero log range", func(s *Settings) { s.LogRange = 0 },
			"config key prover.log-range (env SPTN_PROVER_LOG_RANGE) = 0: want 1 to 1000000 blocks"},
		{"huge rescan", func(s *Settings) { s.Rescan = 20_000 },
			"config key prover.rescan (env SPTN_PROVER_RESCAN) = 20000: want 0 to 10000 blocks"},
		{"no attempts", func(s *Settings) { s.MaxAttempts = 0 },
			"config key prover.max-attempts (env SPTN_PROVER_MAX_ATTEMPTS) = 0: want 1 to 100"},
		{"never stuck", func(s *Settings) { s.StuckAfter = 0 },
			"config key prover.stuck-after (env SPTN_PROVER_STUCK_AFTER) = 0s: want 1s to 24h"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			s := good
			tc.mutate(&s)
			var c config.Checker
			s.CheckInto(&c)
			err := c.Err()
			if tc.want == "" {
				require.NoError(t, err)
				return
			}
			require.EqualError(t, err, tc.want)
			require.True(t, errors.Is(err, config.ErrInvalid))
		})
	}
}

func TestKeysHaveDefaultsThatPass(t *testing.T) {
	t.Parallel()
	defaults := map[string]any{}
	for _, k := range Keys {
		defaults[k.Name] = k.Default
	}
	s := Settings{
		PollInterval: defaults["prover.poll-interval"].(time.Duration),
		StartBlock:   defaults["prover.start-block"].(uint64),
		LogRange:     defaults["prover.log-range"].(uint64),
		Rescan:       defaults["prover.rescan"].(uint64),
		MaxAttempts:  defaults["prover.max-attempts"].(int),
		StuckAfter:   defaults["prover.stuck-after"].(time.Duration),
	}
	var c config.Checker
	s.CheckInto(&c)
	require.NoError(t, c.Err())
}

func TestProofIDNamesEpochEndAndAttempt(t *testing.T) {
	t.Parallel()
	h := [32]byte{0xab}
	require.Equal(t, "proof/7/0xab00000000000000000000000000000000000000000000000000000000000000", ProofID(7, h, 0))
	require.Equal(t, "proof/7/0xab00000000000000000000000000000000000000000000000000000000000000/2", ProofID(7, h, 2))
}
