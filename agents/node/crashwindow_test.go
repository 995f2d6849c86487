package node_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestRefusalsOnlyInTheCrashWindow checks TestFourNodes' check of the restarted node's log.
func TestRefusalsOnlyInTheCrashWindow(t *testing.T) {
	refusal := func(h int) string {
		return fmt.Sprintf("E[x] failed signing vote module=consensus height=%d round=0 err=\"error signing vote: conflicting data\"\n", h)
	}
	refused := func(h int) string {
		return fmt.Sprintf("level=WARN msg=\"proposal refused\" part=app height=%d err=\"seal refused: slot 41 is not near the current slot 43\"\n", h)
	}
	started := "level=INFO msg=\"CometBFT started\"\n"
	require.NoError(t, refusedOutsideTheCrashWindow(started+"a\n"+started+refused(77)+refusal(77)+refusal(77)))
	require.NoError(t, refusedOutsideTheCrashWindow(started+started+"nothing refused\n"))
	require.ErrorContains(t, refusedOutsideTheCrashWindow(started+refused(70)+refusal(70)+started), "before the last restart")
	require.ErrorContains(t, refusedOutsideTheCrashWindow(started+started+refused(77)+refusal(77)+refused(78)+refusal(78)), "more than the crash's height")
	require.ErrorContains(t, refusedOutsideTheCrashWindow(started+started+refused(77)+refusal(500)), "did not refuse")
	require.ErrorContains(t, refusedOutsideTheCrashWindow(started+refused(500)+started+refusal(500)), "did not refuse", "a refusal of its proposal before the restart does not count")
	require.ErrorContains(t, refusedOutsideTheCrashWindow(started+started+"E[x] failed signing vote last_height=3 err=\"conflicting data\"\n"), "without its height")
}
