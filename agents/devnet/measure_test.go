package devnet

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestSpreadOf(t *testing.T) {
	t.Parallel()
	require.Equal(t, Spread{}, spreadOf(nil))
	xs := []float64{10, 1, 9, 2, 8, 3, 7, 4, 6, 5, 100}
	s := spreadOf(xs)
	require.Equal(t, Spread{N: 11, Min: 1, P10: 2, P50: 6, P90: 10, Max: 100, Mean: 155.0 / 11}, s)
	require.Equal(t, Spread{N: 1, Min: 4, P10: 4, P50: 4, P90: 4, Max: 4, Mean: 4}, spreadOf([]float64{4}))
}

func TestCPUSeconds(t *testing.T) {
	t.Parallel()
	before, err := cpuSeconds(os.Getpid())
	require.NoError(t, err)
	x := 0
	for i := 0; i < 300_000_000; i++ { // some CPU for the counter to see
		x += i ^ (x >> 3)
	}
	after, err := cpuSeconds(os.Getpid())
	require.NoError(t, err)
	require.Greater(t, after, before, "x=%d", x)
	_, err = cpuSeconds(1 << 30)
	require.Error(t, err)
}
