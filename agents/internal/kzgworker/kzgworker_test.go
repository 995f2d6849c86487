package kzgworker

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/rpc"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/stretchr/testify/require"
	"golang.org/x/sys/unix"

	"github.com/sptn/sptn/agents/internal/proctree"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/internal/spawn"
)

// The test binary is its own worker: with SPTN_KZGWORKER_MODE set, it serves as that says (a real
// worker, or a broken or hostile one) instead of running the tests.
const modeEnv = "SPTN_KZGWORKER_MODE"

// workerBin is the binary the tests' workers run: this test binary, or under -race the same
// tests built without it. The race detector makes the library's context load and proofs five to
// ten times slower (the package took 93 s under -race with its workers built so, 31 s without),
// and what is under test here is the node's side, which runs in this process, with the detector;
// the worker's side is a single net/rpc connection served by the library. The nodes of the
// integration tests run their workers from a binary built without it too.
var workerBin = "/proc/self/exe"

func TestMain(m *testing.M) {
	if mode := os.Getenv(modeEnv); mode != "" {
		os.Exit(serveAs(mode))
	}
	cleanup := func() {}
	if raceOn {
		if bin, dir, err := buildWithoutRace(); err != nil {
			fmt.Fprintf(os.Stderr, "kzgworker tests: the workers run this -race binary (building one without -race failed: %v)\n", err)
		} else {
			workerBin, cleanup = bin, func() { _ = os.RemoveAll(dir) }
		}
	}
	code := m.Run()
	cleanup()
	os.Exit(code)
}

// buildWithoutRace builds this package's tests without -race into a temporary directory.
func buildWithoutRace() (bin, dir string, err error) {
	dir, err = os.MkdirTemp("", "kzgworker-test")
	if err != nil {
		return "", "", err
	}
	bin = filepath.Join(dir, "kzgworker.test")
	cmd := exec.Command("go", "test", "-c", "-o", bin, ".")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		_ = os.RemoveAll(dir)
		return "", "", err
	}
	return bin, dir, nil
}

// serveAs runs the worker mode names: "serve" (the real one), "short" (answers 100 bytes),
// "wrong" (a seal's blob proof of 96 bytes that proves nothing),
// "refuse" (answers an error), "hang" (never answers), "deaf" (never reads its input), "exit"
// (exits at once), or "node" (a node whose worker hangs: see TestAWorkerDiesWithItsNode).
func serveAs(mode string) int {
	var svc any
	switch mode {
	case "serve":
		nice, work := 0, Cells
		if i := slices.Index(os.Args, "--"+NiceFlag); i > 0 && i+1 < len(os.Args) {
			nice, _ = strconv.Atoi(os.Args[i+1])
		}
		if i := slices.Index(os.Args, "--"+WorkFlag); i > 0 && i+1 < len(os.Args) {
			work, _ = ParseWork(os.Args[i+1])
		}
		if err := Serve(os.Stdin, os.Stdout, work, nice); err != nil {
			return 1
		}
		return 0
	case "short":
		svc = shortProver{}
	case "wrong":
		svc = wrongProver{}
	case "refuse":
		svc = refusingProver{}
	case "hang":
		svc = hungProver{}
	case "slow":
		svc = slowProver{}
	case "spin":
		svc = spinningProver{}
	case "deaf":
		_ = forever()
		return 1
	case "node":
		return hangingNode()
	default:
		return 4
	}
	srv := rpc.NewServer()
	if err := srv.RegisterName("Prover", svc); err != nil {
		return 1
	}
	srv.ServeConn(pipe{os.Stdin, os.Stdout})
	return 0
}

type shortProver struct{}

func (shortProver) CellProofs(_ []byte, reply *[]byte) error { *reply = make([]byte, 100); return nil }
func (shortProver) BlobProof(_ []byte, reply *[]byte) error  { *reply = make([]byte, 100); return nil }
func (shortProver) Warm(_ int, _ *int) error                 { return nil }

// wrongProver answers a well-formed commitment and proof that prove no blob but the zero one:
// two points at infinity.
type wrongProver struct{}

func (wrongProver) BlobProof(_ []byte, reply *[]byte) error {
	inf := append([]byte{0xc0}, make([]byte, 47)...)
	*reply = append(inf, inf...)
	return nil
}
func (wrongProver) Warm(_ int, _ *int) error { return nil }

// forever blocks for an hour: a worker that hangs. Not select{}: a process all of whose
// goroutines block forever is ended by the runtime ("all goroutines are asleep"), which is not a
// hang.
func forever() error {
	time.Sleep(time.Hour)
	return errors.New("slept an hour")
}

type refusingProver struct{}

func (refusingProver) CellProofs(_ []byte, _ *[]byte) error { return errors.New("no") }
func (refusingProver) Warm(_ int, _ *int) error             { return nil }

type hungProver struct{}

func (hungProver) CellProofs(_ []byte, _ *[]byte) error {
	fmt.Fprintln(os.Stderr, "in call") // for TestAWorkerDiesWithItsNode, through the node's stderr
	return forever()
}
func (hungProver) Warm(_ int, _ *int) error { return forever() }

// slowProver uses 1.2 s of CPU before it answers slowAnswer (not proofs: the watchdog is under
// test, and the library's context would take the worker longer than that to load under -race);
// spinningProver uses CPU forever.
type (
	slowProver     struct{}
	spinningProver struct{}
)

func (slowProver) CellProofs(_ []byte, reply *[]byte) error {
	spin(1200 * time.Millisecond)
	*reply = slowAnswer()
	return nil
}
func (slowProver) Warm(_ int, _ *int) error { return nil }
func (spinningProver) CellProofs(_ []byte, _ *[]byte) error {
	spin(time.Hour)
	return errors.New("spun an hour")
}
func (spinningProver) Warm(_ int, _ *int) error { return nil }

func slowAnswer() []byte { return bytes.Repeat([]byte{0xc0}, proofsLen) }

func spin(d time.Duration) {
	for start := time.Now(); time.Since(start) < d; {
	}
}

// hangingNode starts a worker that hangs in a request and prints its pid, then waits to be
// killed: only the worker's parent-death signal can end that worker.
func hangingNode() int {
	w := newWorker(Cells, []string{workerBin}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	w.env = append(w.env, modeEnv+"=hang")
	go func() { _, _ = w.CellProofs(new(kzg4844.Blob)) }()
	for {
		w.mu.Lock()
		p := w.proc
		w.mu.Unlock()
		if p != nil {
			fmt.Println(p.cmd.Process.Pid)
			_ = forever()
			return 1
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// testWorker is a worker running this test binary in mode; the returned setter changes the mode
// of the processes started after it. Its timeout is long: a worker loads its context slowly on
// a busy machine (more so where it runs with -race), and only the timeout tests want one.
func testWorker(t *testing.T, mode string) (*Worker, func(string)) {
	t.Helper()
	return testWorkerFor(t, Cells, mode)
}

// testWorkerFor is testWorker for work.
func testWorkerFor(t *testing.T, work Work, mode string) (*Worker, func(string)) {
	t.Helper()
	w := newWorker(work, []string{workerBin, "--" + WorkFlag, work.String()}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	w.timeout = 5 * time.Minute
	base := w.env
	set := func(m string) {
		w.mu.Lock()
		defer w.mu.Unlock()
		w.env = append(base[:len(base):len(base)], modeEnv+"="+m)
	}
	set(mode)
	t.Cleanup(func() { _ = w.Close() })
	return w, set
}

// blob is a blob of random field elements (each 32-byte element's first byte zero: canonical).
func blob(seed uint64) *kzg4844.Blob {
	r := rand.New(rand.NewPCG(seed, seed))
	var b kzg4844.Blob
	for i := range b {
		if i%32 != 0 {
			b[i] = byte(r.Uint32())
		}
	}
	return &b
}

var (
	libOnce  sync.Once
	libBlob  *kzg4844.Blob
	libProof []kzg4844.Proof
)

// library is the library's own proofs of blob(1), computed once in this process.
func library(t *testing.T) (*kzg4844.Blob, []kzg4844.Proof) {
	t.Helper()
	libOnce.Do(func() {
		libBlob = blob(1)
		ps, err := kzg4844.ComputeCellProofs(libBlob)
		if err != nil {
			panic(err)
		}
		libProof = ps
	})
	return libBlob, libProof
}

// exited waits until p has exited and reports whether it did within 5 s.
func exited(p *proc) bool {
	select {
	case <-p.exited:
		return true
	case <-time.After(5 * time.Second):
		return false
	}
}

func TestTheWorkerProvesWhatTheLibraryProves(t *testing.T) {
	b, want := library(t)
	w, _ := testWorker(t, "serve")
	w.Warm()
	w.mu.Lock()
	require.NotNil(t, w.proc, "Warm started the worker")
	w.mu.Unlock()
	requireProves(t, w, b, want)
	require.Equal(t, Stats{Starts: 1, Proven: 1}, w.Stats(), "one worker started, nothing failed, nothing proven here")

	// A second blob goes to the same process.
	got, err := w.CellProofs(blob(2))
	require.NoError(t, err)
	require.NoError(t, kzg4844.VerifyCellProofs([]kzg4844.Blob{*blob(2)}, []kzg4844.Commitment{commit(t, blob(2))}, got))
	require.Equal(t, Stats{Starts: 1, Proven: 2}, w.Stats())
}

// A seal's worker gives a blob's commitment and blob proof, the library's own (in this process:
// protocol.ProveBlob), and proves its blobs where the node asks: a worker that answers wrong is
// not believed, the blob proven here instead.
func TestTheSealWorkerProvesWhatTheLibraryProves(t *testing.T) {
	b := blob(1)
	want, err := protocol.ProveBlob(b)
	require.NoError(t, err)
	require.Equal(t, commit(t, b), want.Commitment, "the commitment go-ethereum's library makes")
	w, _ := testWorkerFor(t, Seals, "serve")
	w.Warm()
	require.NotNil(t, current(w), "Warm started the worker")
	got, err := w.BlobProof(b)
	require.NoError(t, err)
	require.Equal(t, want, got)
	require.Equal(t, Stats{Starts: 1, Proven: 1}, w.Stats(), "proven in the worker")
	got, err = w.BlobProof(blob(2))
	require.NoError(t, err)
	require.NoError(t, kzg4844.VerifyBlobProof(blob(2), got.Commitment, got.Proof))
	require.Equal(t, commit(t, blob(2)), got.Commitment)
	require.Equal(t, Stats{Starts: 1, Proven: 2}, w.Stats(), "the same process")

	// A worker that answers wrong fails, once, however many blobs of a seal it was asked for at
	// the same time, and every one of them is proven here.
	data := make([]byte, protocol.BlobCapacity(3))
	for i := range data {
		data[i] = byte(i * 7)
	}
	_, wantAll, err := protocol.ProveBlobData(data)
	require.NoError(t, err)
	for _, mode := range []string{"short", "wrong"} { // 100 bytes; 96 that do not prove the blob
		bad, _ := testWorkerFor(t, Seals, mode)
		bad.Warm()
		p := current(bad)
		require.NotNil(t, p)
		_, gotAll, err := protocol.ProveBlobDataWith(data, bad.BlobProof)
		require.NoError(t, err)
		require.Equal(t, wantAll, gotAll, "proven here (%s)", mode)
		require.Equal(t, Stats{Starts: 1, Failures: 1, InProcess: 3}, bad.Stats(), mode)
		require.True(t, exited(p), "the worker that answered wrong (%s) is killed", mode)
	}
	sealer := New(slog.New(slog.NewTextHandler(io.Discard, nil)), Seals, 0)
	require.Equal(t, []time.Duration{SealsTimeout, SealsWarmTimeout}, []time.Duration{sealer.timeout, sealer.warmTimeout},
		"a seal waits seconds for its worker, not DefaultTimeout; its start, which no seal waits for, longer")
}

// A seals worker started for the node's first seal does not hold that seal: its blobs are proven
// here while the worker loads its context, and the next seal's go to it. The seal's blobs are
// the only thing a worker of the other kind refuses to prove.
func TestAColdSealWorkerDoesNotHoldTheSeal(t *testing.T) {
	b := blob(1)
	want, err := protocol.ProveBlob(b)
	require.NoError(t, err)
	w, _ := testWorkerFor(t, Seals, "serve")
	got, err := w.BlobProof(b)
	require.NoError(t, err)
	require.Equal(t, want, got)
	require.Equal(t, Stats{Starts: 1, InProcess: 1}, w.Stats(), "proven here, the worker started")
	require.Eventually(t, func() bool { p := current(w); return p != nil && p.warmed.Load() }, time.Minute, 10*time.Millisecond,
		"the worker loads its context meanwhile")
	got, err = w.BlobProof(b)
	require.NoError(t, err)
	require.Equal(t, want, got)
	require.Equal(t, Stats{Starts: 1, Proven: 1, InProcess: 1}, w.Stats(), "the next one in the worker")

	var reply []byte
	require.ErrorContains(t, Prover{Work: Cells}.BlobProof(b[:], &reply), "proves cells, not seals")
	require.ErrorContains(t, Prover{Work: Seals}.CellProofs(b[:], &reply), "proves seals, not cells")
}

// The worker runs node.kzg-nice steps below its node's CPU priority, every thread of it (Linux
// keeps one per thread), and at the node's own without the flag.
func TestTheWorkerRunsBelowItsNode(t *testing.T) {
	raw, err := unix.Getpriority(unix.PRIO_PROCESS, 0)
	require.NoError(t, err)
	base := niceOf(raw)
	for _, steps := range []int{0, 7} {
		w, _ := testWorker(t, "serve")
		if steps > 0 {
			w.argv = append(w.argv, "--"+NiceFlag, strconv.Itoa(steps))
			// A blob proven first: the threads the library's goroutines start later take the
			// priority too.
			_, err := w.CellProofs(blob(1))
			require.NoError(t, err)
			require.Equal(t, Stats{Starts: 1, Proven: 1}, w.Stats(), "proven in the worker")
		} else {
			require.NotNil(t, w.running())
			time.Sleep(200 * time.Millisecond)
		}
		nices, err := proctree.Nices(current(w).cmd.Process.Pid)
		require.NoError(t, err)
		for _, n := range nices {
			require.Equal(t, min(base+steps, 19), n, "nice of every worker thread with --%s %d: %v", NiceFlag, steps, nices)
		}
		_, known := w.NiceBelow()
		require.False(t, known, "not read before the worker loaded its context")
		w.Warm()
		below, known := w.NiceBelow()
		require.True(t, known)
		require.Equal(t, min(base+steps, 19)-base, below, "what the node reports (log, sptn_node_kzg_worker_nice_below_node)")
		require.NoError(t, w.Close())
		_, known = w.NiceBelow()
		require.False(t, known, "no worker: nothing to report")
	}
}

// requireProves asks w for b's proofs and requires want, wherever w proved them.
func requireProves(t *testing.T, w *Worker, b *kzg4844.Blob, want []kzg4844.Proof) {
	t.Helper()
	got, err := w.CellProofs(b)
	require.NoError(t, err)
	require.Equal(t, want, got)
}

func commit(t *testing.T, b *kzg4844.Blob) kzg4844.Commitment {
	c, err := kzg4844.BlobToCommitment(b)
	require.NoError(t, err)
	return c
}

func current(w *Worker) *proc {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.proc
}

// A blob the library refuses is refused in this process too: the caller's error, and the worker
// is not blamed, killed or replaced.
func TestABadBlobIsTheCallersErrorNotTheWorkers(t *testing.T) {
	w, _ := testWorker(t, "serve")
	var bad kzg4844.Blob
	for i := range bad {
		bad[i] = 0xff // no field element is canonical
	}
	_, err := w.CellProofs(&bad)
	require.Error(t, err)
	require.Equal(t, Stats{Starts: 1, InProcess: 1}, w.Stats(), "checked here, not blamed")
	require.NotNil(t, current(w), "the worker still runs")
	b, want := library(t)
	requireProves(t, w, b, want)
	require.Equal(t, Stats{Starts: 1, Proven: 1, InProcess: 1}, w.Stats())
}

// A worker that refuses a blob this process proves is broken (a valid blob is all a node sends):
// the blob is proven here and the worker killed.
func TestAWorkerThatRefusesAGoodBlobIsBlamed(t *testing.T) {
	b, want := library(t)
	w, _ := testWorker(t, "refuse")
	requireProves(t, w, b, want)
	require.Equal(t, Stats{Starts: 1, Failures: 1, InProcess: 1}, w.Stats())
	require.Nil(t, current(w), "the worker is dropped")
}

// A worker killed while it proves loses nothing: that blob is proven here, and a later one goes
// to a new worker once the back-off is over.
func TestAKilledWorkerLosesNoSidecar(t *testing.T) {
	b, want := library(t)
	w, set := testWorker(t, "hang")
	w.backoff = 0
	done := make(chan []kzg4844.Proof, 1)
	go func() {
		ps, err := w.CellProofs(b)
		if err != nil {
			ps = nil
		}
		done <- ps
	}()
	var p *proc
	require.Eventually(t, func() bool { p = current(w); return p != nil }, 5*time.Second, 5*time.Millisecond)
	set("serve") // the next worker is a real one
	require.NoError(t, p.cmd.Process.Kill())
	select {
	case got := <-done:
		require.Equal(t, want, got)
	case <-time.After(30 * time.Second):
		t.Fatal("the request did not end when its worker was killed")
	}
	require.Equal(t, Stats{Starts: 1, Failures: 1, InProcess: 1}, w.Stats(), "one start, one failure, one blob proven here")

	// The next blob starts a new worker, but is proven here while the worker loads its context:
	// the node has its own loaded since the failure.
	requireProves(t, w, b, want)
	require.Equal(t, Stats{Starts: 2, Failures: 1, InProcess: 2}, w.Stats(), "a new worker, not waited for")
	p = current(w)
	require.NotNil(t, p)
	require.Eventually(t, p.warmed.Load, time.Minute, 10*time.Millisecond, "the new worker loads its context")
	requireProves(t, w, b, want)
	require.Equal(t, Stats{Starts: 2, Failures: 1, Proven: 1, InProcess: 2}, w.Stats(), "the new worker proves the blob after")
}

// A worker that answers something other than 128 proofs is not believed: the blob is proven
// here and the worker is killed.
func TestAWorkerThatAnswersWrongIsNotBelieved(t *testing.T) {
	b, want := library(t)
	w, _ := testWorker(t, "short")
	p := w.running()
	require.NotNil(t, p)
	requireProves(t, w, b, want)
	require.Equal(t, Stats{Starts: 1, Failures: 1, InProcess: 1}, w.Stats())
	require.Nil(t, current(w), "the worker is dropped")
	require.True(t, exited(p), "and killed")
}

// A worker that does not answer, or does not even read the blob, within the timeout is killed
// and the blob proven here.
func TestAHungWorkerIsKilledAfterTheTimeout(t *testing.T) {
	for _, mode := range []string{"hang", "deaf"} {
		t.Run(mode, func(t *testing.T) {
			b, want := library(t)
			w, _ := testWorker(t, mode)
			w.timeout = 300 * time.Millisecond
			p := w.running()
			require.NotNil(t, p)
			requireProves(t, w, b, want)
			require.Equal(t, Stats{Starts: 1, Failures: 1, InProcess: 1}, w.Stats())
			require.True(t, exited(p), "the hung worker is killed")

			// Killed at the first timeout in which it asked nothing of the cores, not at the
			// last: a request made once the worker has started, with a timeout whose hundredth
			// (30 ms) the blob's upload and the runtime's own threads stay well under.
			w, _ = testWorker(t, mode)
			w.timeout = 3 * time.Second
			p = w.running()
			require.NotNil(t, p)
			time.Sleep(500 * time.Millisecond)
			var raw []byte
			require.ErrorContains(t, w.call(p, "Prover.CellProofs", b[:], &raw, w.timeout), "in which it ran or waited to run for")
			require.True(t, exited(p))
		})
	}
}

// A worker that uses CPU is slow, not hung (at node.kzg-nice it may get little of the cores): it
// is given one timeout after another while it works, up to MaxTimeouts in all.
func TestABusyWorkerIsNotTakenForHung(t *testing.T) {
	b, want := library(t)
	w, _ := testWorker(t, "slow")
	w.timeout = time.Second
	w.Warm() // started and answering: the worker's start is not in the request's time
	got, err := w.CellProofs(b)
	require.NoError(t, err)
	require.Equal(t, slowAnswer(), bytes.Join(func() (out [][]byte) {
		for i := range got {
			out = append(out, got[i][:])
		}
		return out
	}(), nil), "the worker's answer, not proofs computed here")
	require.Equal(t, Stats{Starts: 1, Proven: 1}, w.Stats(), "1.2 timeouts of work, not killed")

	w, _ = testWorker(t, "spin")
	w.timeout = time.Second
	p := w.running()
	require.NotNil(t, p)
	start := time.Now()
	requireProves(t, w, b, want)
	require.GreaterOrEqual(t, time.Since(start), MaxTimeouts*time.Second, "killed after MaxTimeouts, not before")
	require.Equal(t, Stats{Starts: 1, Failures: 1, InProcess: 1}, w.Stats())
	require.True(t, exited(p), "the worker that never answers is killed")
}

// A worker that cannot start is not tried again for the back-off: every blob in between is
// proven here, without a start each time.
func TestAWorkerThatCannotStartIsBackedOff(t *testing.T) {
	b, want := library(t)
	w := newWorker(Cells, []string{filepath.Join(t.TempDir(), "no-such-binary")}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	w.backoff = time.Hour // however slow the proofs here
	for range 2 {
		requireProves(t, w, b, want)
	}
	require.Equal(t, Stats{Failures: 1, InProcess: 2}, w.Stats(), "one failed start, then the back-off")

	// A worker that exits at once is a failure too, seen at the next request.
	w, _ = testWorker(t, "exit")
	p := w.running()
	require.NotNil(t, p)
	require.True(t, exited(p))
	requireProves(t, w, b, want)
	require.Equal(t, Stats{Starts: 1, Failures: 1, InProcess: 1}, w.Stats())
}

// Close ends the worker through its input: it exits on its own, with status 0, and nothing
// starts it again; a request after it is refused.
func TestCloseEndsTheWorker(t *testing.T) {
	b, want := library(t)
	w, _ := testWorker(t, "serve")
	requireProves(t, w, b, want) // the worker is up and serving
	p := current(w)
	require.NotNil(t, p)
	require.NoError(t, w.Close())
	require.True(t, exited(p))
	require.True(t, p.cmd.ProcessState.Success(), "it exited on its own: %v", p.cmd.ProcessState)
	_, err := w.CellProofs(b)
	require.ErrorIs(t, err, ErrClosed)
	require.Equal(t, Stats{Starts: 1, Proven: 1}, w.Stats(), "no start after Close")
}

// A worker whose node is killed outright dies with it, even in the middle of a request that
// never ends (which keeps its net/rpc server from returning when its input closes): the
// parent-death signal.
func TestAWorkerDiesWithItsNode(t *testing.T) {
	node := exec.Command("/proc/self/exe")
	node.Env = append(os.Environ(), modeEnv+"=node")
	node.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL} // gone with this test too
	out, err := node.StdoutPipe()
	require.NoError(t, err)
	errs, err := node.StderrPipe() // the worker's too
	require.NoError(t, err)
	require.NoError(t, spawn.Start(node))
	t.Cleanup(func() { _ = node.Process.Kill(); _ = node.Wait() })
	pidLine, inCall := readLine(t, out), readLine(t, errs)
	pid, err := strconv.Atoi(strings.TrimSpace(pidLine))
	require.NoError(t, err)
	require.Equal(t, "in call\n", inCall, "the worker hangs in a request")
	require.True(t, proctree.Running(pid), "the worker runs")

	require.NoError(t, node.Process.Kill())
	require.Eventually(t, func() bool { return !proctree.Running(pid) }, 10*time.Second, 10*time.Millisecond, "the worker died with its node")
}

// readLine reads a line of r within a minute.
func readLine(t *testing.T, r io.Reader) string {
	t.Helper()
	got := make(chan string, 1)
	go func() {
		l, _ := bufio.NewReader(r).ReadString('\n')
		got <- l
	}()
	select {
	case l := <-got:
		return l
	case <-time.After(time.Minute):
		t.Fatal("no line within a minute")
		return ""
	}
}
