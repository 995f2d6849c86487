// Package plotpng draws the benchmarks' curves (gonum/plot) into PNG files: the node's load curve
// (agents/node's bench, docs/performance-curve.png) and the committee-size sweep
// (tools/sweepplot, docs/performance-sweep.png). No agent binary imports it.
package plotpng

import (
	"errors"
	"image/color"
	"os"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// Line adds to p a line through pts with a mark at each point, in colour c (dashed if asked),
// named name in the legend.
func Line(p *plot.Plot, name string, pts plotter.XYs, c color.Color, dashed bool) error {
	l, s, err := plotter.NewLinePoints(pts)
	if err != nil {
		return err
	}
	l.Color, s.Color = c, c
	if dashed {
		l.Dashes = []vg.Length{vg.Points(4), vg.Points(3)}
	}
	p.Add(l, s)
	p.Legend.Add(name, l, s)
	return nil
}

// WriteStacked draws plots one above the other on a 900-point square and writes it to out as a
// PNG.
func WriteStacked(out string, plots ...*plot.Plot) error {
	img := vgimg.New(vg.Points(900), vg.Points(900))
	dc := draw.New(img)
	tiles := draw.Tiles{Rows: len(plots), Cols: 1, PadTop: vg.Points(10), PadBottom: vg.Points(10), PadLeft: vg.Points(10), PadRight: vg.Points(10), PadY: vg.Points(20)}
	rows := make([][]*plot.Plot, len(plots))
	for i, p := range plots {
		rows[i] = []*plot.Plot{p}
	}
	canvases := plot.Align(rows, tiles, dc)
	for i, p := range plots {
		p.Draw(canvases[i][0])
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	_, err = vgimg.PngCanvas{Canvas: img}.WriteTo(f)
	return errors.Join(err, f.Close())
}
