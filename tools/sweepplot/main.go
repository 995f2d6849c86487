// Command sweepplot draws the committee-size sweep (docs/performance.md) from `sptn devnet
// measure` JSON files: the intervals against committee size (SPTN's pending interval and slot,
// its nodes' CometBFT height interval, kvstore's height interval, seal to quorum), each median
// with its p10-p90 bar, and each node's CPU and memory. Several runs of one size are drawn as
// several points.
//
//	go run ./tools/sweepplot -out docs/performance-sweep.png .devnet/bench-devnet-*.json
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"image/color"
	"os"
	"sort"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"

	"github.com/sptn/sptn/agents/devnet"
	"github.com/sptn/sptn/internal/plotpng"
)

func main() {
	out := flag.String("out", "docs/performance-sweep.png", "PNG to write")
	title := flag.String("title", "", "a line under the plots' titles (default: the measurements' commit and CPU)")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: sweepplot -out FILE.png MEASURE.json...")
		os.Exit(2)
	}
	var ms []devnet.Measurement
	for _, f := range flag.Args() {
		raw, err := os.ReadFile(f)
		if err != nil {
			fail(err)
		}
		var m devnet.Measurement
		if err := json.Unmarshal(raw, &m); err != nil {
			fail(fmt.Errorf("%s: %w", f, err))
		}
		ms = append(ms, m)
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Committee < ms[j].Committee })
	if *title == "" {
		// What the plot shows is what the JSONs measured, not the tree it is drawn from.
		commits, cpus := map[string]bool{}, map[string]bool{}
		for _, m := range ms {
			commits[m.Commit], cpus[m.CPU] = true, true
		}
		if len(commits) != 1 || len(cpus) != 1 {
			fail(fmt.Errorf("the measurements come from %d commits and %d CPUs: name them with -title", len(commits), len(cpus)))
		}
		*title = fmt.Sprintf("commit %s, %s", ms[0].Commit, ms[0].CPU)
	}
	if err := draw2(*out, *title, ms); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "sweepplot:", err)
	os.Exit(1)
}

// series is one curve: a spread per measurement (none where its n is 0).
type series struct {
	name   string
	of     func(devnet.Measurement) (devnet.Spread, bool)
	c      color.Color
	dashed bool
}

func draw2(out, title string, ms []devnet.Measurement) error {
	blue, red, grey := color.RGBA{B: 200, A: 255}, color.RGBA{R: 200, A: 255}, color.RGBA{R: 120, G: 120, B: 120, A: 255}
	green := color.RGBA{G: 140, A: 255}
	add := func(p *plot.Plot, s series) error {
		var pts plotter.XYs
		var errs plotter.YErrors
		for _, m := range ms {
			sp, ok := s.of(m)
			if !ok || sp.N == 0 {
				continue
			}
			pts = append(pts, plotter.XY{X: float64(m.Committee), Y: sp.P50})
			errs = append(errs, struct{ Low, High float64 }{sp.P50 - sp.P10, sp.P90 - sp.P50})
		}
		if len(pts) == 0 {
			return nil
		}
		bars, err := plotter.NewYErrorBars(struct {
			plotter.XYer
			plotter.YErrorer
		}{pts, errs})
		if err != nil {
			return err
		}
		bars.Color = s.c
		if err := plotpng.Line(p, s.name, pts, s.c, s.dashed); err != nil {
			return err
		}
		p.Add(bars)
		return nil
	}
	has := func(s devnet.Spread) (devnet.Spread, bool) { return s, s.N > 0 }
	iv := plot.New()
	iv.Title.Text = "Committee-size sweep: intervals (median, p10-p90 bars)"
	if title != "" {
		iv.Title.Text += "\n" + title
	}
	iv.X.Label.Text, iv.Y.Label.Text = "committee size (CometBFT validators)", "seconds"
	iv.Legend.Top, iv.Legend.Left = true, true
	iv.Y.Min = 0
	for _, s := range []series{
		{"SPTN pending interval", func(m devnet.Measurement) (devnet.Spread, bool) { return has(m.PendingInterval) }, blue, false},
		{"slot (profile)", func(m devnet.Measurement) (devnet.Spread, bool) {
			return devnet.Spread{N: 1, P10: m.SlotSeconds, P50: m.SlotSeconds, P90: m.SlotSeconds}, true
		}, grey, true},
		{"SPTN seal to quorum", func(m devnet.Measurement) (devnet.Spread, bool) { return has(m.SealToQuorum) }, green, false},
		{"SPTN CometBFT height", func(m devnet.Measurement) (devnet.Spread, bool) { return has(m.CometInterval) }, blue, true},
		{"kvstore height", func(m devnet.Measurement) (devnet.Spread, bool) {
			if m.KVStore == nil {
				return devnet.Spread{}, false
			}
			return has(m.KVStore.HeightInterval)
		}, red, false},
	} {
		if err := add(iv, s); err != nil {
			return err
		}
	}
	cost := plot.New()
	cost.Title.Text = "Per node: CPU (% of a core) and memory (MiB), median and p10-p90"
	cost.X.Label.Text, cost.Y.Label.Text = "committee size", "% of a core / MiB"
	cost.Legend.Top, cost.Legend.Left = true, true
	cost.Y.Min = 0
	for _, s := range []series{
		{"node CPU %", func(m devnet.Measurement) (devnet.Spread, bool) { return has(m.NodeCPU) }, blue, false},
		{"node RSS MiB", func(m devnet.Measurement) (devnet.Spread, bool) { return has(m.NodeRSSMiB) }, red, false},
	} {
		if err := add(cost, s); err != nil {
			return err
		}
	}
	return plotpng.WriteStacked(out, iv, cost)
}
