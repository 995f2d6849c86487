package slashing

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestParseAxis(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want []float64
		err  string
	}{
		{in: "0:0.3:0.1", want: []float64{0, 0.1, 0.2, 0.3}},
		{in: "0.05:0.06:0.01", want: []float64{0.05, 0.06}},
		{in: "0.2:0.2:0.1", want: []float64{0.2}},
		{in: "0.1, 0.037,1", want: []float64{0.1, 0.037, 1}},
		{in: "0.5", want: []float64{0.5}},
		{in: "0:1:0", err: "want from <= to and a positive step"},
		{in: "1:0:0.1", err: "want from <= to and a positive step"},
		{in: "0:1:0.0001", err: "more than 1000 values"},
		{in: "a:1:0.1", err: "want from:to:step or a comma-separated list"},
		{in: "0.1,,0.2", err: "want from:to:step or a comma-separated list"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			t.Parallel()
			got, err := ParseAxis("--turnouts", tc.in)
			if tc.err != "" {
				require.ErrorIs(t, err, ErrInvalidParam)
				require.ErrorContains(t, err, `--turnouts "`+tc.in+`": `+tc.err)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.want, got)
		})
	}
}

func TestPercent(t *testing.T) {
	t.Parallel()
	for in, want := range map[float64]string{
		0: "0%", 1: "100%", 0.037: "3.7%", 0.9959162: "99.59%", 0.15: "15%", 0.99996: ">99.99%",
		0.00001: "<0.01%", 0.5: "50%",
	} {
		require.Equal(t, want, Percent(in), "%v", in)
	}
}

// TestSweepMatchesExact: every grid point is Exact at that turnout and stake, and the stake
// realises the share.
func TestSweepMatchesExact(t *testing.T) {
	t.Parallel()
	base := Default()
	base.Holders = 120
	turnouts, shares := []float64{0.1, 0.2, 0.5}, []float64{0.037, 0.3}
	g, err := Sweep(context.Background(), base, turnouts, shares, 3)
	require.NoError(t, err)
	require.Len(t, g.Points, len(shares))
	for i, s := range shares {
		require.Len(t, g.Points[i], len(turnouts))
		for j, tu := range turnouts {
			pt := g.Points[i][j]
			p := base
			p.Turnout, p.Stake = tu, pt.Stake
			require.InDelta(t, s, p.CommitteeShare(), 1e-15)
			want, err := Exact(p)
			require.NoError(t, err)
			require.Equal(t, want.PSlash, pt.PSlash)
			require.Equal(t, want.PEscape, pt.PEscape)
			require.InDelta(t, s*base.Float*want.PSlash, pt.EffectiveBond, 1e-6)
		}
	}
	var csv, md, svg bytes.Buffer
	require.NoError(t, g.WriteCSV(&csv))
	require.NoError(t, g.WriteMarkdown(&md))
	require.NoError(t, g.WriteSVG(&svg))
	require.Len(t, strings.Split(strings.TrimSpace(csv.String()), "\n"), 1+len(turnouts)*len(shares))
	require.Len(t, strings.Split(strings.TrimSpace(md.String()), "\n"), 2+2+len(turnouts))
	require.Equal(t, len(shares), strings.Count(svg.String(), "<polyline"))
}

func TestSweepRejects(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name             string
		turnouts, shares []float64
		want             string
	}{
		{"no turnouts", nil, []float64{0.1}, "--turnouts: empty"},
		{"no shares", []float64{0.1}, nil, "--shares: empty"},
		{"zero share", []float64{0.1}, []float64{0}, "--shares 0: a committee share must be in (0, 1]"},
		{"turnout above 1", []float64{1.2}, []float64{0.1}, "--turnouts 1.2: a probability must be in [0, 1]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			_, err := Sweep(context.Background(), Default(), tc.turnouts, tc.shares, 1)
			require.ErrorIs(t, err, ErrInvalidParam)
			require.ErrorContains(t, err, tc.want)
		})
	}
}

func TestNiceTicks(t *testing.T) {
	t.Parallel()
	require.Equal(t, []float64{0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6}, niceTicks(0, 0.6))
	require.Equal(t, []float64{0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1}, niceTicks(0, 1))
	require.Equal(t, []float64{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, niceTicks(0, 9))
	require.Equal(t, []float64{0, 2, 4, 6, 8, 10, 12, 14}, niceTicks(0, 15))
	require.Equal(t, []float64{0.1, 0.11, 0.12, 0.13, 0.14, 0.15, 0.16, 0.17, 0.18, 0.19, 0.2}, niceTicks(0.1, 0.2))
}
