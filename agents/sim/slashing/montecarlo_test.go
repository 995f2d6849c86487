package slashing

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestMonteCarloWithinIntervalOfExact runs the Monte Carlo estimate on several parameter sets, each
// with a fixed seed, and requires the exact value inside its Wilson 95% interval. The sets cover a
// binding quorum, a binding majority, both, and probabilities near 0, 1/2 and 1.
func TestMonteCarloWithinIntervalOfExact(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		modify func(*Params)
		runs   int64
		seed   uint64
	}{
		{"seed example, fewer holders", func(p *Params) { p.Holders = 200 }, 20_000, 1},
		{"quorum binding", func(p *Params) { p.Holders = 100; p.Turnout = 0.13 }, 20_000, 2},
		{"majority binding", func(p *Params) { p.Holders = 150; p.Stake = 3e6; p.Turnout = 0.4 }, 20_000, 3},
		{"coin flip", func(p *Params) { p.Holders = 60; p.Yes = 0.7; p.Majority = 0.6 }, 20_000, 4},
		{"tiny electorate", func(p *Params) {
			p.Holders, p.Committee, p.Stake, p.Float = 5, 1, 1, 4
			p.Turnout, p.Yes, p.Quorum, p.Majority = 0.5, 0.8, 0.4, 0.5
		}, 20_000, 5},
		{"large committee share", func(p *Params) {
			p.Holders, p.Committee, p.Stake = 120, 40, 1e7
			p.Turnout, p.Yes = 0.9, 0.95
		}, 20_000, 6},
		{"members abstain", func(p *Params) { p.Holders = 200; p.Members = MembersAbstain }, 20_000, 7},
		{"members adaptive", func(p *Params) {
			p.Holders, p.Stake, p.Turnout, p.Members = 200, 2e6, 0.25, MembersAdaptive
		}, 20_000, 8},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p := Default()
			tc.modify(&p)
			exact, err := Exact(p)
			require.NoError(t, err)
			mc, err := MonteCarlo(context.Background(), p, MCConfig{Runs: tc.runs, Seed: tc.seed})
			require.NoError(t, err)
			require.Equal(t, tc.runs, mc.Runs)
			require.LessOrEqual(t, mc.CI95Low, exact.PSlash, "p_exact %v below [%v, %v]", exact.PSlash, mc.CI95Low, mc.CI95High)
			require.GreaterOrEqual(t, mc.CI95High, exact.PSlash, "p_exact %v above [%v, %v]", exact.PSlash, mc.CI95Low, mc.CI95High)
			t.Logf("exact %.6f  mc %.6f [%.6f, %.6f]", exact.PSlash, mc.PSlash, mc.CI95Low, mc.CI95High)
		})
	}
}

// TestMonteCarloCertainOutcomes: when the exact answer is 0 or 1, every simulated vote agrees.
func TestMonteCarloCertainOutcomes(t *testing.T) {
	t.Parallel()
	never := Default()
	never.Holders, never.Turnout = 100, 0 // only the committee votes: far below the quorum
	always := Default()
	always.Holders, always.Committee, always.Stake, always.Turnout, always.Yes = 100, 1, 1, 1, 1
	for _, tc := range []struct {
		name string
		p    Params
		want int64
	}{{"never", never, 0}, {"always", always, 5000}} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			mc, err := MonteCarlo(context.Background(), tc.p, MCConfig{Runs: 5000, Seed: 9})
			require.NoError(t, err)
			require.Equal(t, tc.want, mc.Slashed)
		})
	}
}

// TestMonteCarloDeterministic: the result depends on the seed and the runs, never on the workers.
func TestMonteCarloDeterministic(t *testing.T) {
	t.Parallel()
	p := Default()
	p.Holders, p.Turnout = 100, 0.14 // p(slash) near 1/2, where different streams rarely agree
	const runs = 3*ChunkRuns + 17    // a partial last chunk
	run := func(seed uint64, workers int) MCResult {
		r, err := MonteCarlo(context.Background(), p, MCConfig{Runs: runs, Seed: seed, Workers: workers})
		require.NoError(t, err)
		return r
	}
	want := run(1, 1)
	for _, w := range []int{0, 2, 3, 4, 16} {
		require.Equal(t, want, run(1, w), "workers=%d", w)
	}
	require.NotEqual(t, want.Slashed, run(2, 1).Slashed, "seeds 1 and 2 gave the same count")
}

func TestMonteCarloRejectsBadConfig(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		cfg  MCConfig
		p    Params
		want string
	}{
		{"zero runs", MCConfig{Runs: 0}, Default(), "--runs 0: must be positive"},
		{"negative runs", MCConfig{Runs: -3}, Default(), "--runs -3: must be positive"},
		{"negative workers", MCConfig{Runs: 1, Workers: -1}, Default(), "--workers -1: must not be negative"},
		{"bad params", MCConfig{Runs: 1}, Params{}, "--holders 0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			_, err := MonteCarlo(context.Background(), tc.p, tc.cfg)
			require.ErrorIs(t, err, ErrInvalidParam)
			require.ErrorContains(t, err, tc.want)
		})
	}
}

func TestMonteCarloStopsOnCancel(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := MonteCarlo(ctx, Default(), MCConfig{Runs: 1 << 40, Seed: 1})
	require.ErrorIs(t, err, context.Canceled)
}

func TestWilson(t *testing.T) {
	t.Parallel()
	tests := []struct {
		k, n   int64
		lo, hi float64
	}{
		// Reference values computed by hand from the closed form (Wilson 1927).
		{50, 100, 0.403832, 0.596168}, // symmetric about 1/2
		{0, 100, 0, 0.036993},         // upper bound z²/(n+z²)
		{100, 100, 0.963007, 1},       // mirror of k = 0
		{1, 10, 0.017876, 0.404150},
	}
	for _, tc := range tests {
		t.Run("", func(t *testing.T) {
			t.Parallel()
			lo, hi := Wilson(tc.k, tc.n, z95)
			require.InDelta(t, tc.lo, lo, 1e-6)
			require.InDelta(t, tc.hi, hi, 1e-6)
		})
	}
}
