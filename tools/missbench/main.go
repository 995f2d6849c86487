// Command missbench measures what a block that misses L1 costs the slots after it. It runs a
// devnet with the broken build (bin/sptn-broken devnet up), switches off every node's
// publishing (the build's "publish" guard, through SPTN_TEST_BREAK_FILE, which the nodes
// re-read every 200 ms) from half a second before each chosen slot to just before the slot
// after it, so that the chosen slot's block misses L1, and then counts from the nodes'
// logs how many of the slots after a missed one carried an assured block
// (docs/performance.md, "A miss costs one slot"):
//
//	make sptn-broken && go run ./tools/missbench -profile geth -out .devnet/miss-geth
//
// The devnet runs for -seconds from its start; slots -first, -first+every, ... are made to miss.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math"
	"math/big"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/sptn/sptn/agents/node"
	"github.com/sptn/sptn/bindings/rollup"
)

func main() {
	root := flag.String("root", ".", "repository root (bin/sptn-broken, configs/devnet)")
	profile := flag.String("profile", "geth", "devnet profile: a name in configs/devnet/ or a path")
	l1 := flag.String("l1", "", "the devnet's --l1 (anvil or geth; empty: the profile's)")
	out := flag.String("out", "", "directory to create for the devnet's data and logs (required)")
	seconds := flag.Int("seconds", 330, "how long the devnet runs")
	first := flag.Uint64("first", 20, "the first slot made to miss")
	every := flag.Uint64("every", 6, "slots between two made to miss")
	port := flag.Int("l1-port", 8545, "L1's RPC port")
	flag.Parse()
	if *out == "" || *every < 4 || *first < 2 {
		fmt.Fprintln(os.Stderr, "missbench: -out is required, -every must be at least 4 and -first at least 2")
		os.Exit(2)
	}
	// Both absolute: the devnet resolves its tools' paths from the root, and the nodes, each run
	// in a directory of its own, read the break file under out (SPTN_TEST_BREAK_FILE).
	abs, err := filepath.Abs(*root)
	var dir string
	if err == nil {
		dir, err = filepath.Abs(*out)
	}
	if err == nil {
		err = run(abs, *profile, *l1, dir, time.Duration(*seconds)*time.Second, *first, *every, *port)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "missbench:", err)
		os.Exit(1)
	}
}

func run(root, profile, l1, out string, window time.Duration, first, every uint64, port int) error {
	if _, err := os.Stat(out); err == nil {
		return fmt.Errorf("%s exists: missbench writes a new directory", out)
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	brk := filepath.Join(out, "break")
	if err := os.WriteFile(brk, nil, 0o644); err != nil {
		return err
	}
	logf, err := os.Create(filepath.Join(out, "devnet.out"))
	if err != nil {
		return err
	}
	defer logf.Close()
	args := []string{"devnet", "up", "--root", root, "--profile", profile, "--data-dir", filepath.Join(out, "devnet"), "--l1-port", strconv.Itoa(port)}
	if l1 != "" {
		args = append(args, "--l1", l1)
	}
	cmd := exec.Command(filepath.Join(root, "bin", "sptn-broken"), args...)
	cmd.Env = append(os.Environ(), "SPTN_TEST_BREAK_FILE="+brk)
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		return err
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	sig, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ctx, cancel := context.WithTimeout(sig, window)
	defer cancel()
	var missed []uint64
	injectErr := make(chan error, 1)
	go func() { injectErr <- inject(ctx, out, brk, port, first, every, &missed) }()
	select {
	case err := <-done:
		return fmt.Errorf("the devnet stopped before its window: %v (%s)", err, logf.Name())
	case <-ctx.Done():
	}
	_ = cmd.Process.Signal(syscall.SIGINT)
	select {
	case <-done:
	case <-time.After(time.Minute):
		_ = cmd.Process.Kill()
		<-done
	}
	if err := <-injectErr; err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	if sig.Err() != nil {
		return errors.New("interrupted")
	}
	rev, _ := exec.Command("git", "-C", root, "rev-parse", "--short", "HEAD").Output()
	bin := filepath.Join(root, "bin", "sptn-broken")
	built, _ := exec.Command(bin, "version").Output()                    // the commit it was built at, which HEAD may have left
	version, _, _ := strings.Cut(strings.TrimSpace(string(built)), "\n") // the broken build adds a warning line
	fmt.Printf("missbench: %s (%s), tree at %s, profile %s\n", bin, version, strings.TrimSpace(string(rev)), profile)
	return report(filepath.Join(out, "devnet"), logf.Name(), missed)
}

// inject reads the rollup's timing once it is deployed, then breaks publishing around each
// chosen slot, appending the slots it broke to missed (read after ctx ends).
func inject(ctx context.Context, out, brk string, port int, first, every uint64, missed *[]uint64) error {
	dep := filepath.Join(out, "devnet", "deployments.json")
	var addr common.Address
	for {
		var d struct {
			Contracts map[string]common.Address `json:"contracts"`
		}
		if raw, err := os.ReadFile(dep); err == nil && json.Unmarshal(raw, &d) == nil && d.Contracts["Rollup"] != (common.Address{}) {
			addr = d.Contracts["Rollup"]
			break
		}
		if err := sleep(ctx, time.Second); err != nil {
			return err
		}
	}
	c, err := ethclient.DialContext(ctx, fmt.Sprintf("http://127.0.0.1:%d", port))
	if err != nil {
		return err
	}
	defer c.Close()
	abi := rollup.NewRollup()
	// Read once the rollup is deployed (the deployments file may come first): both non-zero.
	read := func(data []byte, unpack func([]byte) (*big.Int, error)) uint64 {
		raw, err := c.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: data}, nil)
		if err != nil {
			return 0
		}
		v, err := unpack(raw)
		if err != nil || !v.IsUint64() {
			return 0
		}
		return v.Uint64()
	}
	var genesis, slotDur uint64
	for genesis == 0 || slotDur == 0 {
		if err := sleep(ctx, time.Second); err != nil {
			return err
		}
		genesis, slotDur = read(abi.PackGENESISTIME(), abi.UnpackGENESISTIME), read(abi.PackSLOTDURATION(), abi.UnpackSLOTDURATION)
	}
	// L1's time may run ahead of the wall clock (the devnet warps anvil's, also after the
	// rollup is deployed): before each slot made to miss, how far is read as the most its latest
	// block's time was ahead of the clock over 3 s of polls (a block read later than it was made
	// says less), rounded up to a second (a block's time is its clock second).
	aheadOf := func() (time.Duration, error) {
		ahead := time.Duration(-1 << 62)
		for end := time.Now().Add(3 * time.Second); time.Now().Before(end); {
			if h, err := c.HeaderByNumber(ctx, nil); err == nil {
				ahead = max(ahead, time.Unix(int64(h.Time), 0).Sub(time.Now()))
			}
			if err := sleep(ctx, 100*time.Millisecond); err != nil {
				return 0, err
			}
		}
		if ahead == time.Duration(-1<<62) {
			return 0, errors.New("no L1 head read in 3 s")
		}
		return time.Duration(math.Ceil(ahead.Seconds())) * time.Second, nil
	}
	fmt.Fprintf(os.Stderr, "missbench: rollup genesis %d, %d s slots\n", genesis, slotDur)
	var ahead time.Duration
	start := func(slot uint64) time.Time {
		return time.Unix(int64(genesis+slot*slotDur), 0).Add(-ahead)
	}
	for n := first; ; {
		var err error
		if ahead, err = aheadOf(); err != nil {
			return err
		}
		// From half a second before slot n (its block publishes once L1's head is of n) to just
		// before n+1: the slot before keeps its late proposes.
		on, off := start(n).Add(-500*time.Millisecond), start(n+1).Add(-300*time.Millisecond)
		switch wait := time.Until(on); {
		case wait < 0:
			n += every
			continue
		case wait > 5*time.Second:
			// Measured again nearer the time: the devnet may still warp L1's clock (anvil).
			if err := sleep(ctx, min(wait-4*time.Second, 10*time.Second)); err != nil {
				return err
			}
			continue
		}
		if err := sleep(ctx, time.Until(on)); err != nil {
			return err
		}
		if err := writeBreak(brk, "publish\n"); err != nil {
			return err
		}
		err = sleep(ctx, time.Until(off))
		if werr := writeBreak(brk, ""); werr != nil {
			return werr
		}
		if err != nil {
			return err
		}
		*missed = append(*missed, n)
		fmt.Fprintf(os.Stderr, "missbench: slot %d: publishing switched off from %s to %s (L1 time %s ahead)\n", n, on.Format("15:04:05.000"), off.Format("15:04:05.000"), ahead)
		n += every
	}
}

// writeBreak replaces the break file whole (a rename), so that no node reads it half written.
func writeBreak(path, guards string) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, []byte(guards), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(max(d, 0))
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

var (
	assuredRE = regexp.MustCompile(`msg="block assured" .* slot=(\d+)`)
	// heldRE is a seal held back for its parent's fate (agents/node MsgSealHeld).
	heldRE   = regexp.MustCompile(`(?m)^.*msg="` + regexp.QuoteMeta(node.MsgSealHeld) + `".*$`)
	heldOnRE = regexp.MustCompile(`\bon=(\w+)`)
	heldSRE  = regexp.MustCompile(`\bheld_s=(\S+)`)
	slotRE   = regexp.MustCompile(`\bslot=(\d+)`)
	statusRE = regexp.MustCompile(`(?m)^\s*slot (\d+)\s`)
)

// report prints, from the nodes' "block assured" lines, which of the slots made to miss did,
// and how many of the two slots after each carried an assured block.
func report(dir, status string, missed []uint64) error {
	logs, err := filepath.Glob(filepath.Join(dir, "node-*.log"))
	if err != nil || len(logs) == 0 {
		return fmt.Errorf("no node logs in %s", dir)
	}
	assured := map[uint64]bool{}
	var hi uint64
	raws := map[string][]byte{} // each node's log, read once for both summaries
	for _, f := range logs {
		raw, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		raws[f] = raw
		for _, m := range assuredRE.FindAllSubmatch(raw, -1) {
			s, _ := strconv.ParseUint(string(m[1]), 10, 64)
			assured[s], hi = true, max(hi, s)
		}
	}
	// The last slot the devnet reached (its status lines), not the last one assured: a run of
	// misses after a slot made to miss must count.
	if raw, err := os.ReadFile(status); err == nil {
		for _, m := range statusRE.FindAllSubmatch(raw, -1) {
			s, _ := strconv.ParseUint(string(m[1]), 10, 64)
			hi = max(hi, s)
		}
	}
	var made, real, next, after, before int
	for _, n := range missed {
		if n+3 > hi {
			continue // the slots after it were not over when the devnet stopped
		}
		made++
		if assured[n] {
			continue // it landed before the break (its propose was already out)
		}
		real++
		if assured[n-1] {
			before++
		}
		if assured[n+1] {
			next++
		}
		if assured[n+2] {
			after++
		}
	}
	from, count := uint64(15), 0
	hi-- // the last slot may not be over
	for s := from; s <= hi; s++ {
		if assured[s] {
			count++
		}
	}
	fmt.Printf("missbench %s: %d slots made to miss, %d missed; the slot before: %d of %d assured; the slot after: %d of %d; the one after that: %d of %d; slots %d-%d with an assured block: %d of %d\n",
		dir, made, real, before, real, next, real, after, real, from, hi, count, hi-from+1)
	held, err := heldSummary(raws)
	if err != nil {
		return err
	}
	fmt.Printf("missbench %s: seals held back for their parent's fate: %s\n", dir, held)
	switch {
	case made == 0:
		return errors.New("no slot was made to miss in time to judge it: the devnet started too slowly for -seconds, or -first is too late")
	case real == 0:
		return fmt.Errorf("none of the %d slots made to miss missed: the break did not reach the nodes (is bin/sptn-broken built, and its break file read?), or every propose landed before its window", made)
	}
	return nil
}

// heldSummary counts the seals the nodes' logs (by file name) show held back for their parent's
// fate, by what each was then built on, with the median and longest hold and the slots held. A
// hold line without its on, held_s or slot is an error: the node's line and this reader disagree.
func heldSummary(logs map[string][]byte) (string, error) {
	held := map[string][]float64{}
	slots := map[string][]uint64{}
	for f, raw := range logs {
		for _, line := range heldRE.FindAll(raw, -1) {
			on, s, slot := heldOnRE.FindSubmatch(line), heldSRE.FindSubmatch(line), slotRE.FindSubmatch(line)
			if on == nil || s == nil || slot == nil {
				return "", fmt.Errorf("%s: a hold without on, held_s or slot: %s", f, line)
			}
			v, err := strconv.ParseFloat(string(s[1]), 64)
			n, err2 := strconv.ParseUint(string(slot[1]), 10, 64)
			if err != nil || err2 != nil {
				return "", fmt.Errorf("%s: %s", f, line)
			}
			held[string(on[1])] = append(held[string(on[1])], v)
			slots[string(on[1])] = append(slots[string(on[1])], n)
		}
	}
	if len(held) == 0 {
		return "none", nil
	}
	var parts []string
	for _, on := range []string{"tip", "l1", "none"} {
		v := held[on]
		if len(v) == 0 {
			continue
		}
		slices.Sort(v)
		slices.Sort(slots[on])
		median := v[len(v)/2]
		if len(v)%2 == 0 {
			median = (v[len(v)/2-1] + v[len(v)/2]) / 2
		}
		parts = append(parts, fmt.Sprintf("%d on %s (median %.2f s, longest %.2f s; slots %v)", len(v), on, median, v[len(v)-1], slots[on]))
	}
	return strings.Join(parts, ", "), nil
}
