// Package pagetest drives the status page in headless Chromium (Debian's chromium, installed by
// `make deps-browser`) and reads what each of its panels shows, for the page's own test and for
// the node's test against a live network.
package pagetest

import (
	"context"
	"encoding/json"
	"fmt"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"
)

// Open starts headless Chromium on the page at url and returns a context to drive it, ended in
// t.Cleanup.
func Open(t *testing.T, url string) context.Context {
	t.Helper()
	bin, err := exec.LookPath("chromium")
	require.NoError(t, err, "chromium is not installed: run `make deps-browser` (it installs Debian's chromium)")
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("no-first-run", true),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelCtx(); cancelAlloc() })
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(url)))
	return ctx
}

// Panels is what the page shows, panel by panel, as text.
type Panels struct {
	Conn      string            // the connection state in the header
	Slot      string            // header: slot, epoch, L1 block
	Epoch     string            //
	L1Head    string            //
	Tips      map[string]string // Chains: pending, assured, proven, finalized
	Proposer  string            // Committee: the slot's proposer
	Committee [][]string        // Committee: one row per member (index, address, role)
	Blocks    [][]string        // Recent blocks: number, slot, txs, attestations, status
	// Validators: the record's slots, the node's peers and sync state, then one row per member
	// (address, proposed, missed proposals, attested, missed attestations).
	ValidatorsInfo string
	Validators     [][]string
	Alerts         string // Alerts: the panel's text
}

const readPanels = `(() => {
  const t = (id) => document.getElementById(id).textContent;
  const rows = (id) => [...document.getElementById(id).querySelectorAll("tr")]
    .map((r) => [...r.querySelectorAll("td")].map((c) => c.textContent));
  return JSON.stringify({
    conn: t("conn"), slot: t("slot"), epoch: t("epoch"), l1Head: t("l1head"),
    tips: {pending: t("tip-pending"), assured: t("tip-assured"), proven: t("tip-proven"), finalized: t("tip-finalized")},
    proposer: t("proposer"), committee: rows("committee"), blocks: rows("blocks"), alerts: t("alerts"),
    validatorsInfo: t("validators-info"), validators: rows("validators"),
  });
})()`

// Read reads the panels.
func Read(ctx context.Context) (Panels, error) {
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[string](readPanels))
	if err != nil {
		return Panels{}, err
	}
	var p struct {
		Conn, Slot, Epoch, L1Head, Proposer, Alerts, ValidatorsInfo string
		Tips                                                        map[string]string
		Committee, Blocks, Validators                               [][]string
	}
	if err := json.Unmarshal([]byte(raw), &p); err != nil {
		return Panels{}, err
	}
	return Panels{Conn: p.Conn, Slot: p.Slot, Epoch: p.Epoch, L1Head: p.L1Head, Tips: p.Tips, Proposer: p.Proposer,
		Committee: p.Committee, Blocks: p.Blocks, Alerts: p.Alerts, ValidatorsInfo: p.ValidatorsInfo,
		Validators: p.Validators}, nil
}

// Number is a panel's number; ok false when it shows none ("-", empty).
func Number(s string) (uint64, bool) {
	n, err := strconv.ParseUint(s, 10, 64)
	return n, err == nil
}

// Filled reports what is missing for every panel to show data: the page connected to the event
// stream; slot, epoch, L1 block and the four tips are numbers; the committee has members and the
// slot a proposer; the recent blocks table has rows whose numbers count down from the pending
// tip (or near it) with a status each; the validators panel has the record's slots and a row
// of counts per member; the alerts panel shows "none" or alerts.
func (p Panels) Filled() error {
	if p.Conn != "live" {
		return fmt.Errorf("connection shows %q, want live", p.Conn)
	}
	for name, v := range map[string]string{"slot": p.Slot, "epoch": p.Epoch, "L1 block": p.L1Head,
		"pending": p.Tips["pending"], "assured": p.Tips["assured"], "proven": p.Tips["proven"], "finalized": p.Tips["finalized"]} {
		if _, ok := Number(v); !ok {
			return fmt.Errorf("%s shows %q", name, v)
		}
	}
	if len(p.Committee) == 0 || p.Proposer == "" || p.Proposer == "-" {
		return fmt.Errorf("committee panel: %d members, proposer %q", len(p.Committee), p.Proposer)
	}
	if len(p.Blocks) == 0 {
		return fmt.Errorf("recent blocks panel is empty")
	}
	for _, r := range p.Blocks {
		if len(r) != 5 {
			return fmt.Errorf("recent blocks row %v: want 5 cells", r)
		}
		for i, c := range r[:4] {
			if _, ok := Number(c); !ok {
				return fmt.Errorf("recent blocks row %v: cell %d is %q", r, i, c)
			}
		}
		switch r[4] {
		case "pending", "assured", "proven", "finalized", "orphaned":
		default:
			return fmt.Errorf("recent blocks row %v: status %q", r, r[4])
		}
	}
	if !strings.HasPrefix(p.ValidatorsInfo, "slots ") || len(p.Validators) == 0 {
		return fmt.Errorf("validators panel: %q, %d rows", p.ValidatorsInfo, len(p.Validators))
	}
	for _, r := range p.Validators {
		if len(r) != 5 {
			return fmt.Errorf("validators row %v: want 5 cells", r)
		}
		for i, c := range r[1:] {
			if _, ok := Number(c); !ok {
				return fmt.Errorf("validators row %v: cell %d is %q", r, i+1, c)
			}
		}
	}
	if p.Alerts == "" {
		return fmt.Errorf("alerts panel is empty (it shows none or alerts)")
	}
	return nil
}

// WaitFilled waits until every panel shows data (Filled) and returns what they show.
func WaitFilled(t *testing.T, ctx context.Context, within time.Duration) Panels {
	t.Helper()
	var p Panels
	var err error
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		if p, err = Read(ctx); err == nil {
			if err = p.Filled(); err == nil {
				return p
			}
		}
		time.Sleep(250 * time.Millisecond)
	}
	t.Fatalf("the status page's panels are not all filled within %s: %v (last: %+v)", within, err, p)
	return p
}
