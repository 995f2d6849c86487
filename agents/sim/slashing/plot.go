package slashing

import (
	"fmt"
	"html"
	"io"
	"math"
	"strings"
)

// palette is Tableau 10, distinguishable for most colour-vision deficiencies in its first entries.
var palette = []string{"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
	"#ff9da7", "#9c755f", "#bab0ac"}

// WriteSVG draws p(slash) against turnout, one line per committee share, with a dashed line at the
// quorum (as a turnout) and a dotted line at p = 99%. It is plain SVG 1.1 with no scripts or
// external resources.
func (g *Grid) WriteSVG(w io.Writer) error {
	const (
		width, height                = 960, 600
		left, right, top, bottom     = 80, 200, 80, 70
		plotW, plotH                 = width - left - right, height - top - bottom
		axisFont, labelFont, titleSz = 13, 14, 18
	)
	x0, x1 := g.Turnouts[0], g.Turnouts[0]
	for _, t := range g.Turnouts {
		x0, x1 = math.Min(x0, t), math.Max(x1, t)
	}
	if x1 == x0 {
		x0, x1 = x0-0.05, x1+0.05
	}
	sx := func(t float64) float64 { return left + (t-x0)/(x1-x0)*plotW }
	sy := func(p float64) float64 { return top + (1-p)*plotH }

	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="DejaVu Sans, Helvetica, Arial, sans-serif">`+"\n",
		width, height, width, height)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="white"/>`+"\n", width, height)
	p := g.Base
	fmt.Fprintf(&b, `<text x="%d" y="32" font-size="%d" font-weight="bold">Probability that the slashing vote passes, by turnout and committee share</text>`+"\n", left, titleSz)
	fmt.Fprintf(&b, `<text x="%d" y="56" font-size="%d" fill="#444">exact; %d holders, %s of voters vote yes, quorum %s of holders, majority %s of votes cast; committee members: %s</text>`+"\n",
		left, axisFont, p.Holders, Percent(p.Yes), Percent(p.Quorum), Percent(p.Majority), p.Members)

	// Grid lines and tick labels.
	for i := 0; i <= 10; i++ {
		v := float64(i) / 10
		y := sy(v)
		fmt.Fprintf(&b, `<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#e5e5e5"/>`+"\n", left, y, left+plotW, y)
		fmt.Fprintf(&b, `<text x="%d" y="%.1f" font-size="%d" text-anchor="end" dominant-baseline="middle">%d%%</text>`+"\n", left-8, y, axisFont, i*10)
	}
	for _, t := range niceTicks(x0, x1) {
		x := sx(t)
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#e5e5e5"/>`+"\n", x, top, x, top+plotH)
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" font-size="%d" text-anchor="middle">%s</text>`+"\n", x, top+plotH+20, axisFont, Percent(t))
	}
	fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="%d" fill="none" stroke="#333"/>`+"\n", left, top, plotW, plotH)
	fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="%d" text-anchor="middle">turnout (share of non-member holders who vote)</text>`+"\n",
		left+plotW/2, height-22, labelFont)
	fmt.Fprintf(&b, `<text transform="translate(24 %d) rotate(-90)" font-size="%d" text-anchor="middle">p(slash)</text>`+"\n",
		top+plotH/2, labelFont)

	// Reference lines: p = 99%, and the quorum as a turnout when it lies on the axis.
	fmt.Fprintf(&b, `<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#777" stroke-dasharray="2 3"/>`+"\n", left, sy(0.99), left+plotW, sy(0.99))
	fmt.Fprintf(&b, `<text x="%d" y="%.1f" font-size="%d" fill="#555" text-anchor="end">99%%</text>`+"\n", left+plotW-4, sy(0.99)+14, axisFont-2)
	if q := p.Quorum; q >= x0 && q <= x1 {
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#777" stroke-dasharray="6 4"/>`+"\n", sx(q), top, sx(q), top+plotH)
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" font-size="%d" fill="#555">turnout = quorum</text>`+"\n", sx(q)+4, top+plotH-8, axisFont-2)
	}

	// One line per share, with its legend entry.
	fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="%d" font-weight="bold">committee share</text>`+"\n", left+plotW+20, top+10, labelFont)
	for i, s := range g.Shares {
		c := palette[i%len(palette)]
		pts := make([]string, len(g.Points[i]))
		for j, pt := range g.Points[i] {
			pts[j] = fmt.Sprintf("%.1f,%.1f", sx(pt.Turnout), sy(pt.PSlash))
		}
		fmt.Fprintf(&b, `<polyline fill="none" stroke="%s" stroke-width="2.2" points="%s"/>`+"\n", c, strings.Join(pts, " "))
		ly := top + 36 + i*24
		fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="%s" stroke-width="3"/>`+"\n", left+plotW+20, ly, left+plotW+48, ly, c)
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="%d" dominant-baseline="middle">%s</text>`+"\n",
			left+plotW+56, ly, axisFont, html.EscapeString(Percent(s)))
	}
	b.WriteString("</svg>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// niceTicks returns round tick values (steps of 1, 2 or 5 times a power of ten, at most eleven
// ticks) covering [lo, hi].
func niceTicks(lo, hi float64) []float64 {
	span := hi - lo
	step := math.Pow(10, math.Floor(math.Log10(span)))
	for _, m := range []float64{1, 2, 5, 10} {
		if span/(step*m/10) <= 10 {
			step = step * m / 10
			break
		}
	}
	var ticks []float64
	for k := int(math.Ceil(lo/step - 1e-9)); float64(k)*step <= hi+1e-9; k++ {
		ticks = append(ticks, math.Round(float64(k)*step*1e12)/1e12) // 3 × 0.1 is 0.3
	}
	return ticks
}
