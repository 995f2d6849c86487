package clock

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/anviltest"
	"github.com/sptn/sptn/agents/internal/l1"
)

type fakeNow struct{ t time.Time }

func (f *fakeNow) now() time.Time          { return f.t }
func (f *fakeNow) advance(d time.Duration) { f.t = f.t.Add(d) }
func at(sec int64) time.Time               { return time.Unix(sec, 0) }
func newClock(t *testing.T, f *fakeNow) *Clock {
	c, err := New(1000, 24*time.Second, 32, WithNow(f.now), WithWindow(time.Minute))
	require.NoError(t, err)
	return c
}

func TestNewRefusesBadParameters(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		slot  time.Duration
		epoch uint64
		err   error
	}{
		{"sub-second slot", 500 * time.Millisecond, 32, ErrSlotDuration},
		{"fractional slot", 1500 * time.Millisecond, 32, ErrSlotDuration},
		{"zero epoch", 12 * time.Second, 0, ErrSlotsPerEpoch},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(0, tc.slot, tc.epoch)
			require.ErrorIs(t, err, tc.err)
		})
	}
}

func TestSlotsAndEpochs(t *testing.T) {
	t.Parallel()
	c := newClock(t, &fakeNow{t: at(0)})
	tests := []struct {
		ts    uint64
		slot  Slot
		ok    bool
		epoch Epoch
	}{
		{999, 0, false, 0},
		{1000, 0, true, 0},
		{1023, 0, true, 0},
		{1024, 1, true, 0},
		{1000 + 24*32 - 1, 31, true, 0},
		{1000 + 24*32, 32, true, 1},
		{1000 + 24*65, 65, true, 2},
	}
	for _, tc := range tests {
		s, ok := c.SlotAt(tc.ts)
		require.Equal(t, tc.ok, ok, "ts %d", tc.ts)
		require.Equal(t, tc.slot, s, "ts %d", tc.ts)
		require.Equal(t, tc.epoch, c.EpochOf(s), "ts %d", tc.ts)
	}
	require.Equal(t, at(1000+24*5), c.SlotStart(5))
	require.Equal(t, Slot(64), c.FirstSlot(2))
}

// TestOffsetTracksL1TimeDespiteDriftAndMissedBlocks: the local clock is 7 s behind L1; blocks
// arrive 1-3 s after their timestamps and some are missed; the estimate is the tightest bound.
func TestOffsetTracksL1TimeDespiteDriftAndMissedBlocks(t *testing.T) {
	t.Parallel()
	f := &fakeNow{t: at(2000 - 7)} // local = L1 - 7 s
	c := newClock(t, f)
	require.Equal(t, time.Duration(0), c.Offset(), "no observation: trust the local clock")

	// block at L1 2000 arrives 2 s later (local 1995): bound 5 s
	f.t = at(2000 + 2 - 7)
	c.Observe(2000)
	require.Equal(t, 5*time.Second, c.Offset())
	// block at 2012 arrives 1 s later: bound 6 s, the tighter one wins
	f.t = at(2012 + 1 - 7)
	c.Observe(2012)
	require.Equal(t, 6*time.Second, c.Offset())
	// blocks at 2024 and 2036 are missed; the one at 2048 arrives 3 s late: bound 4 s, ignored
	f.t = at(2048 + 3 - 7)
	c.Observe(2048)
	require.Equal(t, 6*time.Second, c.Offset(), "a late block does not lower the estimate")
	s, ok := c.Current()
	require.True(t, ok)
	want, _ := c.SlotAt(uint64(f.t.Add(6 * time.Second).Unix()))
	require.Equal(t, want, s)

	// the local clock is corrected forward by 10 s (now 3 s ahead of L1); after the window
	// the old bounds expire and the estimate follows
	f.advance(10 * time.Second)
	f.advance(2 * time.Minute)
	l1Now := f.t.Add(-3 * time.Second).Unix()
	f.advance(time.Second) // arrives 1 s late
	c.Observe(uint64(l1Now))
	require.Equal(t, -4*time.Second, c.Offset())
}

// TestObserveHeadFollowsL1TimeBack: after a reorg that steps L1 time back (anvil_reorg keeps
// every later block that far behind), the estimate follows L1, not the bounds of the dropped
// blocks; a lagging backend's older head moves nothing.
func TestObserveHeadFollowsL1TimeBack(t *testing.T) {
	t.Parallel()
	f := &fakeNow{t: at(2000)} // local = L1
	c := newClock(t, f)
	c.ObserveHead(30, 2000)
	f.advance(2 * time.Second)
	c.ObserveHead(31, 2002)
	require.Equal(t, time.Duration(0), c.Offset())

	f.advance(2 * time.Second)
	c.ObserveHead(29, 1998) // a lagging backend: a late block, no bound lowered
	require.Equal(t, time.Duration(0), c.Offset())

	// The last blocks are reorged away: the head at height 31 now carries 1996, and L1 runs
	// 8 s behind the local clock from then on.
	c.ObserveHead(31, 1996)
	require.Equal(t, -8*time.Second, c.Offset(), "the estimate restarts from the reorged head")
	f.advance(2 * time.Second)
	c.ObserveHead(32, 1998)
	require.Equal(t, -8*time.Second, c.Offset())
	s, ok := c.Current()
	require.True(t, ok)
	want, _ := c.SlotAt(1998)
	require.Equal(t, want, s, "the current slot is L1's, not the one before the reorg")
}

func TestTickerFiresOnSlotBoundaries(t *testing.T) {
	t.Parallel()
	c, err := New(uint64(time.Now().Unix()-100), time.Second, 4)
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	ticks := c.Ticker(ctx)
	var got []Tick
	for len(got) < 3 {
		tk, ok := <-ticks
		require.True(t, ok, "ticker closed early")
		require.False(t, c.Now().Before(c.SlotStart(tk.Slot)), "a tick never comes before its slot starts")
		got = append(got, tk)
	}
	for i := 1; i < len(got); i++ {
		require.Greater(t, got[i].Slot, got[i-1].Slot)
		require.Equal(t, uint64(got[i].Slot-got[i-1].Slot-1), got[i].Missed)
	}
	for _, tk := range got {
		require.Equal(t, c.EpochOf(tk.Slot), tk.Epoch)
		require.Equal(t, uint64(tk.Slot)%4 == 0, tk.FirstOfEpoch)
	}
	cancel()
	for range ticks { // drain until the ticker closes
	}
}

// TestFollowLearnsL1TimeFromAnvil: an L1 whose clock runs an hour ahead of ours (anvil with
// its next block timestamp set) moves the estimate by that hour.
func TestFollowLearnsL1TimeFromAnvil(t *testing.T) {
	t.Parallel()
	a := anviltest.Start(t)
	ahead := time.Now().Add(time.Hour).Unix()
	a.Call(nil, "evm_setNextBlockTimestamp", ahead)
	a.Mine(1)
	c, err := New(uint64(time.Now().Unix()), 12*time.Second, 32)
	require.NoError(t, err)
	src, err := l1.Dial(context.Background(), l1.Options{URLs: []string{a.URL}, ChainID: anviltest.ChainID,
		RequestTimeout: 2 * time.Second, RetryWaitMin: 10 * time.Millisecond, RetryWaitMax: 100 * time.Millisecond})
	require.NoError(t, err)
	defer src.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { c.Follow(ctx, src, 20*time.Millisecond, slog.New(slog.DiscardHandler)); close(done) }()
	defer func() { cancel(); <-done }()

	deadline := time.Now().Add(60 * time.Second)
	for c.Offset() < 50*time.Minute {
		require.True(t, time.Now().Before(deadline), "the clock never observed the L1 head")
		time.Sleep(10 * time.Millisecond)
	}
	require.LessOrEqual(t, c.Offset(), time.Hour+time.Second, "a bound never exceeds what the block proves")
	s, ok := c.Current()
	require.True(t, ok)
	require.GreaterOrEqual(t, s, Slot(3600/12-1), "the current slot follows L1 time, an hour past genesis")
}
