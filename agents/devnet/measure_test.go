package devnet

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/sptn/sptn/agents/node"

	"github.com/stretchr/testify/require"
)

func TestSpreadOf(t *testing.T) {
	t.Parallel()
	require.Equal(t, Spread{}, spreadOf(nil))
	xs := []float64{10, 1, 9, 2, 8, 3, 7, 4, 6, 5, 100}
	s := spreadOf(xs)
	require.Equal(t, Spread{N: 11, Min: 1, P10: 2, P50: 6, P90: 10, P99: 100, Max: 100, Mean: 155.0 / 11}, s)
	require.Equal(t, Spread{N: 1, Min: 4, P10: 4, P50: 4, P90: 4, P99: 4, Max: 4, Mean: 4}, spreadOf([]float64{4}))
	hundred := make([]float64, 101)
	for i := range hundred {
		hundred[i] = float64(100 - i)
	}
	require.Equal(t, 99.0, spreadOf(hundred).P99, "the 99th of 0..100 is 99, not the max")
}

// TestScanNodeLog reads the seal-to-quorum times a node logs ("seal attested", slog's text
// format), its unattested seals, proposes too late to send and reverted transactions, inside
// the window only, and says when a log could not be read whole.
func TestScanNodeLog(t *testing.T) {
	t.Parallel()
	log := `time=2026-12-03T18:22:03.308Z level=INFO msg=sealed part=driver slot=4 number=4 txs=5
time=2026-12-03T18:22:04.500Z level=INFO msg="seal committed" part=driver slot=4 number=4 commit_s=1.2
time=2026-12-03T18:22:05.100Z level=INFO msg="seal attested" part=driver slot=4 number=4 attestations=3 quorum_s=1.792
time=2026-12-03T18:22:06.000Z level=INFO msg="tx confirmed" agent=node from=0x01 nonce=0 tx=0x02 block=18 status=1
time=2026-12-03T18:22:07.000Z level=INFO msg="tx confirmed" agent=node from=0x01 nonce=1 tx=0x03 block=41 status=0
time=2026-12-03T18:22:08.000Z level=WARN msg="propose not sent: too late for its slot's last L1 block" part=driver number=6 slot=8 why="x"
time=2026-12-03T18:22:09.000Z level=INFO msg="seal attested" part=driver slot=5 number=5 attestations=3 quorum_s=6.5
time=2026-12-03T18:22:11.000Z level=WARN msg="seal not attested" part=driver block=0x01 since_first_s=9
time=2026-12-03T18:22:30.000Z level=INFO msg="seal attested" part=driver slot=9 number=9 attestations=3 quorum_s=12.25
time=2026-12-03T18:22:31.000Z level=INFO msg="tx confirmed" agent=node from=0x01 nonce=2 tx=0x04 block=50 status=0
garbage line
`
	from := time.Date(2026, 12, 3, 18, 22, 4, 0, time.UTC)
	to := time.Date(2026, 12, 3, 18, 22, 20, 0, time.UTC)
	l, err := scanNodeLog(strings.NewReader(log), from, to)
	require.NoError(t, err)
	require.Equal(t, []float64{1.792, 6.5}, l.quorum, "the commit line is not the quorum")
	require.Equal(t, 1, l.unattested)
	require.Equal(t, 1, l.tooLate)
	require.Equal(t, 1, l.reverted, "status=1 is not a revert; the one at :31 is outside")
	l, err = scanNodeLog(strings.NewReader(log), to, to.Add(time.Second))
	require.NoError(t, err)
	require.Equal(t, nodeLogs{}, l)

	long := strings.Repeat("x", 2<<20) + "\n" + log // a line over the scanner's 1 MiB
	_, err = scanNodeLog(strings.NewReader(long), from, to)
	require.Error(t, err, "a log read short is said, not taken as no seals")
}

// TestKVPeersFollowTheDevnetGraph checks that the kvstore ceiling is measured over the devnet's
// peer graph: beyond 16 validators each dials about log2(n) others, not all n-1.
func TestKVPeersFollowTheDevnetGraph(t *testing.T) {
	t.Parallel()
	for _, n := range []int{4, 16, 48} {
		vals := make([]node.GenesisValidator, n)
		for i := range vals {
			vals[i].NodeID = fmt.Sprintf("id%d", i)
		}
		for i := range vals {
			var want []string
			for _, j := range peersOf(i, n) {
				want = append(want, fmt.Sprintf("id%d@127.0.0.1:%d", j, 1000+j))
			}
			require.Equal(t, want, kvPeers(i, vals, func(j int) int { return 1000 + j }), "n=%d i=%d", n, i)
		}
	}
	require.Len(t, kvPeers(0, make([]node.GenesisValidator, 48), func(int) int { return 1 }), 6) // 1, 2, 4, 8, 16, 32
}
