package main

import (
	"bytes"
	"log/slog"
	"testing"

	"github.com/sptn/sptn/agents/node"
)

// TestHeldSummaryReadsTheNodesLines: the summary reads the lines a node's text logger writes
// for a held seal (agents/node MsgSealHeld, with slot, on and held_s, in any order), by what
// each was built on; a hold line it cannot read is an error, never "none".
func TestHeldSummaryReadsTheNodesLines(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(slog.NewTextHandler(&buf, nil)).With("part", "driver")
	for _, h := range []struct {
		slot int
		on   string
		held float64
	}{{21, "tip", 0.6}, {22, "tip", 1.2}, {23, "tip", 0.3}, {24, "l1", 1.9}, {25, "tip", 1.0}} {
		log.Info(node.MsgSealHeld, "slot", h.slot, "on", h.on, "held_s", h.held)
	}
	log.Info(node.MsgSealHeld, "held_s", 1.5, "on", "none", "slot", 26) // keys in another order
	log.Info("block assured", "slot", 21)
	want := "4 on tip (median 0.80 s, longest 1.20 s; slots [21 22 23 25]), 1 on l1 (median 1.90 s, longest 1.90 s; slots [24]), 1 on none (median 1.50 s, longest 1.50 s; slots [26])"
	if got, err := heldSummary(map[string][]byte{"node-0.log": buf.Bytes()}); err != nil || got != want {
		t.Fatalf("heldSummary = %q, %v, want %q", got, err, want)
	}
	if got, err := heldSummary(nil); err != nil || got != "none" {
		t.Fatalf("no logs: %q, %v", got, err)
	}
	// A hold line this reader cannot read is an error, not "none".
	log.Info(node.MsgSealHeld, "slot", 25, "parent", "tip", "seconds", 1)
	if _, err := heldSummary(map[string][]byte{"node-0.log": buf.Bytes()}); err == nil {
		t.Fatal("a hold line without on and held_s was read")
	}
}
