package main

import (
	"bytes"
	"log/slog"
	"os"
	"path/filepath"
	"testing"

	"github.com/sptn/sptn/agents/node"
)

// TestHeldSummaryReadsTheNodesLines: the summary reads the lines a node's text logger writes
// for a held seal (agents/node MsgSealHeld, with on and held_s), by what each was built on.
func TestHeldSummaryReadsTheNodesLines(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(slog.NewTextHandler(&buf, nil)).With("part", "driver")
	for _, h := range []struct {
		on   string
		held float64
	}{{"tip", 0.61}, {"tip", 1.2}, {"tip", 0.3}, {"l1", 1.9}} {
		log.Info(node.MsgSealHeld, "slot", 21, "on", h.on, "held_s", h.held)
	}
	log.Info("block assured", "slot", 21)
	f := filepath.Join(t.TempDir(), "node-0.log")
	if err := os.WriteFile(f, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	want := "3 on tip (median 0.61 s, longest 1.20 s), 1 on l1 (median 1.90 s, longest 1.90 s)"
	if got := heldSummary([]string{f}); got != want {
		t.Fatalf("heldSummary = %q, want %q", got, want)
	}
	if got := heldSummary(nil); got != "none" {
		t.Fatalf("no logs: %q", got)
	}
}
