package node

import (
	"bytes"
	"log/slog"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/stretchr/testify/require"
)

// TestSlowDriverLoopIsLoggedWithItsSteps: the driver's loop is sequential, so a step that stalls
// delays the seal after it (issue 16's diagnosis of seals made a second late under load). Every
// step's time is a metric, and an iteration of slowLoop or more is logged with each step's time.
func TestSlowDriverLoopIsLoggedWithItsSteps(t *testing.T) {
	var buf bytes.Buffer
	reg := prometheus.NewRegistry()
	d := newDriver(&driver{log: slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))}, reg)

	d.logSlowLoop([]time.Duration{100 * time.Millisecond, 0, 150 * time.Millisecond, 0})
	require.Empty(t, buf.String(), "250 ms is not slow")

	d.logSlowLoop([]time.Duration{10 * time.Millisecond, 0, 400 * time.Millisecond, 20 * time.Millisecond})
	line := buf.String()
	require.Contains(t, line, `msg="slow driver loop" total_s=0.43`)
	require.Contains(t, line, "refresh_s=0.01 register_s=0 seal_s=0.4 publish_s=0.02")

	n, err := testutil.GatherAndCount(reg, "sptn_driver_step_seconds")
	require.NoError(t, err)
	require.Equal(t, len(loopSteps), n, "a series for each step from the start")
}
