package watcher

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/store"
)

// TestPassedProposalIsExecutedWithinAShortExecutionWindow (review r22 M1): the Slasher takes
// any execution window from 1 s (the devnet's is 60 s after a 30 s vote, the geth profiles' 10 s
// after 10 s), but the watcher read a kept proposal whose vote was on again only after
// executeRecheck (5 minutes): voted for at once, it was checked while the vote was on, then
// 5 minutes later, expired. No watcher executed it, and a guilty member that filed on itself
// with the honest record escaped the slash with its bond back (review r18l M4; failed before the
// fix). Now a proposal whose vote is on is checked again once its vote ended, by L1's time, if
// that is sooner.
func TestPassedProposalIsExecutedWithinAShortExecutionWindow(t *testing.T) {
	t.Parallel()
	for name, timing := range map[string][2]time.Duration{"devnet": {30 * time.Second, 60 * time.Second}, "geth profile": {10 * time.Second, 10 * time.Second}} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			period, window := timing[0], timing[1]
			f := newFakeFiler()
			d := newTestDriver(f, store.OpenMemory(), Settings{Vote: VoteFor, MaxFeePerDaGas: "0", MaxFeePerL2Gas: "0"})
			start := time.Unix(1_800_000_000, 0)
			now := start
			d.now = func() time.Time { return now }
			end := start.Add(period)
			f.name(InactivityKey(2, 3), 100, common.Address{0xbb}, down)
			f.props[100].VoteEnd = uint64(end.Unix())
			require.NoError(t, d.keepForExecution(100)) // voted for as the vote opened
			ctx := context.Background()
			for ; !now.After(end.Add(window + executeRecheck)); now = now.Add(2 * time.Second) { // watcher.poll-interval
				switch {
				case !now.After(end):
					f.states[100] = StateActive
				case !now.After(end.Add(window)):
					if f.states[100] != StateExecuted {
						f.states[100] = StateSucceeded
					}
				case f.states[100] != StateExecuted:
					f.states[100] = StateExpired
				}
				d.headTime = uint64(now.Unix())
				_ = d.executePassed(ctx)
			}
			require.Equal(t, []string{ExecuteTxID(100)}, f.executed, "executed within its %s window", window)
		})
	}
}
