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
	started := "level=INFO msg=\"CometBFT started\"\n"
	require.NoError(t, refusedOutsideTheCrashWindow(started+"a\n"+started+refusal(77)+refusal(77)))
	require.NoError(t, refusedOutsideTheCrashWindow(started+started+"nothing refused\n"))
	require.ErrorContains(t, refusedOutsideTheCrashWindow(started+refusal(70)+started), "before the last restart")
	require.ErrorContains(t, refusedOutsideTheCrashWindow(started+started+refusal(77)+refusal(78)), "more than the crash's height")
}
