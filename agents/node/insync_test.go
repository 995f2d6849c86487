package node

import "testing"

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
