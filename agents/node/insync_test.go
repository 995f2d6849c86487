package node

import (
	"testing"
	"time"
)

// TestBehindPeers: a node counts itself behind only when most of the peers it has heard from
// have committed behindHeights or more past its block store; one peer (or a minority) claiming
// heights far ahead does not hold it off its slot, and peers not heard from yet count for nothing.
func TestBehindPeers(t *testing.T) {
	for _, c := range []struct {
		name    string
		stored  int64
		heights []int64
		behind  bool
	}{
		{"no peers", 100, nil, false},
		{"no peer heard yet", 100, []int64{0, 0, 0}, false},
		{"in step: peers work on the next height", 100, []int64{101, 101, 101}, false},
		{"one height on: the ordinary state after a commit", 100, []int64{102, 102, 101}, false},
		{"every peer two heights on", 100, []int64{103, 103, 103}, true},
		{"restarted a dozen heights back", 100, []int64{112, 113, 112}, true},
		{"one peer claims a far height", 100, []int64{1_000_000, 101, 101}, false},
		{"half the peers claim far heights", 100, []int64{1_000_000, 1_000_000, 101, 101}, false},
		{"most peers ahead, one lagging too", 100, []int64{110, 110, 95}, true},
		{"the only peer heard is ahead", 100, []int64{0, 0, 110}, true},
	} {
		if got := behindPeers(c.stored, c.heights); got != c.behind {
			t.Errorf("%s: behindPeers(%d, %v) = %t, want %t", c.name, c.stored, c.heights, got, c.behind)
		}
	}
}

// TestSyncGateTrustsPeersOnlyJustAfterBlockSync: out of block sync, a node behind most of its
// peers is not in sync for the window after it left block sync; past the window peers' heights
// (unauthenticated) no longer count, so made-up peers announcing a far height cannot keep a
// member from sealing for good. In block sync it is never in sync.
func TestSyncGateTrustsPeersOnlyJustAfterBlockSync(t *testing.T) {
	now := time.Unix(1_000, 0)
	inBlockSync := true
	far := []int64{1 << 60, 1 << 60, 1 << 60, 1 << 60, 101, 101, 101} // four liars, three honest
	g := &syncGate{waitSync: func() bool { return inBlockSync }, stored: func() int64 { return 100 },
		heights: func() []int64 { return far }, window: 8 * time.Second, now: func() time.Time { return now }}
	if g.synced() {
		t.Fatal("in sync while in block sync")
	}
	now = now.Add(time.Minute) // block sync lasted a minute: the window starts when it ends
	inBlockSync = false
	if g.synced() {
		t.Fatal("in sync right after block sync with most peers far ahead")
	}
	now = now.Add(7 * time.Second)
	if g.synced() {
		t.Fatal("in sync within the window with most peers far ahead")
	}
	now = now.Add(time.Second)
	if !g.synced() {
		t.Fatal("peers' word still counts past the window")
	}
	far = []int64{101, 101, 101}
	now = time.Unix(1_000, 0)
	g = &syncGate{waitSync: func() bool { return false }, stored: func() int64 { return 100 },
		heights: func() []int64 { return far }, window: 8 * time.Second, now: func() time.Time { return now }}
	if !g.synced() {
		t.Fatal("not in sync with every peer on the next height")
	}
}
