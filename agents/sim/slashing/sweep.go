package slashing

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"runtime"
	"strconv"
	"strings"
	"sync"
)

// Grid is the exact p(slash) over turnouts × committee shares, all other parameters as in Base.
// A share s is realised by the stake Base.Float × s / Base.Committee, so the effective bond at a
// point is s × Base.Float × p(slash).
type Grid struct {
	Base     Params
	Turnouts []float64
	Shares   []float64
	Points   [][]Point // Points[i][j] is at Shares[i], Turnouts[j]
}

// Point is one cell of a Grid.
type Point struct {
	Turnout       float64
	Share         float64
	Stake         float64
	PSlash        float64
	PEscape       float64
	EffectiveBond float64
}

// Sweep computes the Grid exactly on workers goroutines (0 means GOMAXPROCS); base.Turnout and
// base.Stake are ignored. It checks every point first, so an error names the bad turnout or share
// before any work is done.
func Sweep(ctx context.Context, base Params, turnouts, shares []float64, workers int) (*Grid, error) {
	if len(turnouts) == 0 {
		return nil, fmt.Errorf("%w: --turnouts: empty", ErrInvalidParam)
	}
	if len(shares) == 0 {
		return nil, fmt.Errorf("%w: --shares: empty", ErrInvalidParam)
	}
	g := &Grid{Base: base, Turnouts: turnouts, Shares: shares, Points: make([][]Point, len(shares))}
	var jobs []*Point
	for i, s := range shares {
		if !(s > 0 && s <= 1) {
			return nil, fmt.Errorf("%w: --shares %v: a committee share must be in (0, 1]", ErrInvalidParam, s)
		}
		g.Points[i] = make([]Point, len(turnouts))
		for j, t := range turnouts {
			if !(t >= 0 && t <= 1) {
				return nil, fmt.Errorf("%w: --turnouts %v: a probability must be in [0, 1]", ErrInvalidParam, t)
			}
			g.Points[i][j] = Point{Turnout: t, Share: s, Stake: base.Float * s / float64(base.Committee)}
			if err := g.params(g.Points[i][j]).Check(); err != nil {
				return nil, err
			}
			jobs = append(jobs, &g.Points[i][j])
		}
	}
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	work := make(chan *Point)
	var wg sync.WaitGroup
	for range min(workers, len(jobs)) {
		wg.Go(func() {
			for pt := range work {
				r, err := Exact(g.params(*pt))
				if err != nil {
					panic(err) // checked above: a broken invariant
				}
				pt.PSlash, pt.PEscape = r.PSlash, r.PEscape
				pt.EffectiveBond = float64(base.Committee) * pt.Stake * r.PSlash
			}
		})
	}
	for _, pt := range jobs {
		if ctx.Err() != nil {
			break
		}
		work <- pt
	}
	close(work)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("sweep: %w", err)
	}
	return g, nil
}

func (g *Grid) params(pt Point) Params {
	p := g.Base
	p.Turnout, p.Stake = pt.Turnout, pt.Stake
	return p
}

// WriteCSV writes one row per point: turnout, committee_share, stake, p_slash, p_escape,
// effective_bond, with full precision.
func (g *Grid) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"turnout", "committee_share", "stake", "p_slash", "p_escape", "effective_bond"})
	f := func(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
	for _, row := range g.Points {
		for _, pt := range row {
			_ = cw.Write([]string{f(pt.Turnout), f(pt.Share), f(pt.Stake), f(pt.PSlash), f(pt.PEscape), f(pt.EffectiveBond)})
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteMarkdown writes a table with one row per turnout and one column per committee share; each
// cell is p(slash) in percent.
func (g *Grid) WriteMarkdown(w io.Writer) error {
	var b strings.Builder
	p := g.Base
	fmt.Fprintf(&b, "p(slash), exact, for %d holders, yes %v, quorum %v, majority %v, committee of %d "+
		"(stake = share × float / committee), members %s.\n\n", p.Holders, p.Yes, p.Quorum, p.Majority, p.Committee, p.Members)
	b.WriteString("| turnout |")
	for _, s := range g.Shares {
		fmt.Fprintf(&b, " share %s |", Percent(s))
	}
	b.WriteString("\n|---:|")
	b.WriteString(strings.Repeat("---:|", len(g.Shares)))
	b.WriteString("\n")
	for j, t := range g.Turnouts {
		fmt.Fprintf(&b, "| %s |", Percent(t))
		for i := range g.Shares {
			fmt.Fprintf(&b, " %s |", Percent(g.Points[i][j].PSlash))
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Percent formats a probability for people: "99.59%", "0%", "100%", and for values within 0.005%
// of 0 or 1 the bound with the distance, "<0.01%" or ">99.99%", so that nothing short of certain
// prints as certain.
func Percent(v float64) string {
	switch {
	case v <= 0:
		return "0%"
	case v >= 1:
		return "100%"
	case v < 0.00005:
		return "<0.01%"
	case v > 0.99995:
		return ">99.99%"
	}
	s := strconv.FormatFloat(math.Round(v*10000)/100, 'f', 2, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	return s + "%"
}

// ParseAxis parses a sweep axis: "from:to:step" (inclusive of to, up to rounding) or a
// comma-separated list of values.
func ParseAxis(flag, s string) ([]float64, error) {
	bad := func(why string) error { return fmt.Errorf("%w: %s %q: %s", ErrInvalidParam, flag, s, why) }
	if parts := strings.Split(s, ":"); len(parts) == 3 {
		var v [3]float64
		for i, part := range parts {
			f, err := strconv.ParseFloat(strings.TrimSpace(part), 64)
			if err != nil {
				return nil, bad("want from:to:step or a comma-separated list of numbers")
			}
			v[i] = f
		}
		from, to, step := v[0], v[1], v[2]
		if !(step > 0) || to < from {
			return nil, bad("want from <= to and a positive step")
		}
		n := int(math.Floor((to-from)/step+1e-9)) + 1
		if n > 1000 {
			return nil, bad("more than 1000 values")
		}
		out := make([]float64, n)
		for i := range out {
			out[i] = math.Round((from+float64(i)*step)*1e12) / 1e12 // 0.1+0.2 prints as 0.3
		}
		return out, nil
	}
	var out []float64
	for part := range strings.SplitSeq(s, ",") {
		f, err := strconv.ParseFloat(strings.TrimSpace(part), 64)
		if err != nil {
			return nil, bad("want from:to:step or a comma-separated list of numbers")
		}
		out = append(out, f)
	}
	return out, nil
}
