// Package kzgworker proves KZG work of the node's blob blocks in a child process: the cell proofs
// of EIP-7594 sidecars (Cells) and the commitments and blob proofs of a seal (Seals).
//
// A blob's cell proofs cost about a quarter to half a second of CPU, its commitment and blob proof
// about a tenth, and the libraries that compute them (go-eth-kzg through go-ethereum's kzg4844,
// and go-kzg-4844) split each multi-scalar multiplication into goroutines, twice as many as the
// machine has CPUs, each chunk a goroutine of its own. In the node's own process those goroutines
// held every P of the Go scheduler while a blob was proven, and the node's consensus, P2P and API
// goroutines waited behind them: on the project's 2-core machine under load, the chain API's
// refusals took 54-141 ms at p99 at the client while its handlers took at most 2.5 ms
// (docs/performance.md, refusals-c11, kzg-process and kzg-seals). In a process of its own the
// same work is one more process for the kernel to share the cores with, and the node's Ps stay
// free for the node.
//
// The worker is the node's own binary (/proc/self/exe, so an upgrade that replaces the file on
// disk does not change it) run as `sptn kzg-worker`: it serves net/rpc (gob) on its standard
// input and output until its input ends, and gets SIGKILL when the node dies. Worker is the
// node's side. Every failure of the worker (it cannot start, it exits, it answers an error,
// something of the wrong size or a seal's proof that does not check, it does not answer within
// a timeout in which it neither ran nor waited to run, or within MaxTimeouts however busy)
// is logged and counted, the worker is killed, and that blob is proven in the node's own process,
// so no seal or sidecar is lost to the worker; a new worker is started for a later blob after a
// back-off.
package kzgworker

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net/rpc"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"golang.org/x/sys/unix"

	"github.com/sptn/sptn/agents/internal/proctree"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/internal/spawn"
)

// Command is the sptn subcommand that runs Serve on its standard input and output.
const Command = "kzg-worker"

// Work is what a worker process proves: each kind has its own process, so that each can run at
// its own priority.
type Work int

const (
	// Cells are the 128 cell proofs of a blob of an EIP-7594 sidecar: what a publish to an Osaka
	// L1 needs, off the seal's critical path (a node runs their worker below its priority,
	// node.kzg-nice). Its context takes about 2 s of CPU to load.
	Cells Work = iota
	// Seals are a blob's commitment and EIP-4844 blob proof: what a proposer's seal carries, on
	// its critical path (the worker runs at the node's priority). Its context takes about 65 ms.
	Seals
)

func (k Work) String() string {
	if k == Seals {
		return "seals"
	}
	return "cells"
}

// blobProofLen is a blob's commitment and blob proof, one after the other.
const blobProofLen = len(kzg4844.Commitment{}) + len(kzg4844.Proof{})

// proofsLen is the size of one blob's cell proofs: 128 compressed G1 points of 48 bytes.
const proofsLen = kzg4844.CellProofsPerBlob * len(kzg4844.Proof{})

// Prover is the worker's net/rpc service: it proves its Work, and refuses the other.
type Prover struct{ Work Work }

// CellProofs sets reply to the cell proofs of blob (131,072 bytes), the 128 proofs one after the
// other.
func (p Prover) CellProofs(blob []byte, reply *[]byte) error {
	if p.Work != Cells {
		return fmt.Errorf("this worker proves %s, not cells", p.Work)
	}
	return answer(blob, reply, cellProofs)
}

// BlobProof sets reply to blob's commitment and blob proof (protocol.ProveBlob), 96 bytes.
func (p Prover) BlobProof(blob []byte, reply *[]byte) error {
	if p.Work != Seals {
		return fmt.Errorf("this worker proves %s, not seals", p.Work)
	}
	return answer(blob, reply, blobProof)
}

// answer sets reply to prove's answer for the blob in raw.
func answer(raw []byte, reply *[]byte, prove func(*kzg4844.Blob) ([]byte, error)) error {
	var b kzg4844.Blob
	if len(raw) != len(b) {
		return fmt.Errorf("a blob is %d bytes, got %d", len(b), len(raw))
	}
	copy(b[:], raw)
	out, err := prove(&b)
	if err != nil {
		return err
	}
	*reply = out
	return nil
}

// cellProofs are blob's 128 cell proofs, one after the other: a CellProofs answer.
func cellProofs(blob *kzg4844.Blob) ([]byte, error) {
	ps, err := kzg4844.ComputeCellProofs(blob)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, proofsLen)
	for _, p := range ps {
		out = append(out, p[:]...)
	}
	return out, nil
}

// blobProof is blob's commitment and blob proof, one after the other: a BlobProof answer.
func blobProof(blob *kzg4844.Blob) ([]byte, error) {
	p, err := protocol.ProveBlob(blob)
	if err != nil {
		return nil, err
	}
	return append(p.Commitment[:len(p.Commitment):len(p.Commitment)], p.Proof[:]...), nil
}

// Warm loads the context of its Work (once) so that the first blob does not wait for it.
func (p Prover) Warm(_ int, _ *int) error {
	return warmHere(p.Work)
}

// warmHere loads the context of work in this process, once.
func warmHere(work Work) error {
	if work == Seals {
		return protocol.LoadKZG()
	}
	warmCells()
	return nil
}

// warmCells loads go-ethereum's cell-proof context in this process, once: kzg4844 builds the
// whole EIP-7594 context on its first use of any kind.
var warmCells = sync.OnceFunc(func() {
	var b kzg4844.Blob
	_, _ = kzg4844.BlobToCommitment(&b)
})

// Serve answers the node's requests read from r on w until r ends: the worker's side, what
// `sptn kzg-worker` runs. Nothing else may write to w. The worker does not stop on SIGINT or
// SIGTERM (sptn's main catches them, and Serve does not watch them): a Ctrl-C reaches the whole
// process group, and the node ends its worker itself as it stops.
//
// It proves work. nice steps (nice(1)'s sense) is how far below the priority it started at (its
// parent's, when it started it) the worker runs, 0 for the same; a failure to lower it is
// reported on standard error and the worker serves anyway.
func Serve(r io.Reader, w io.Writer, work Work, nice int) error {
	if nice > 0 {
		if err := lowerPriority(nice); err != nil {
			fmt.Fprintf(os.Stderr, "sptn %s: lower its CPU priority by %d: %v (some or all of its threads run at the node's)\n", Command, nice, err)
		}
	}
	srv := rpc.NewServer()
	if err := srv.RegisterName("Prover", Prover{Work: work}); err != nil {
		return err
	}
	srv.ServeConn(pipe{r, w})
	return nil
}

// lowerPriority sets every thread of this process to the calling thread's nice value plus steps,
// at most 19 (raising it takes no privilege). Linux keeps a nice value per thread, and a thread
// takes its creator's: once every thread is set, the runtime's later threads are too. It passes
// over the threads until it finds none left to set, for those started while it ran.
func lowerPriority(steps int) error {
	raw, err := unix.Getpriority(unix.PRIO_PROCESS, 0)
	if err != nil {
		return err
	}
	want := min(niceOf(raw)+steps, 19)
	for range 10 {
		tids, err := proctree.Threads(os.Getpid())
		if err != nil {
			return err
		}
		set := 0
		for _, tid := range tids {
			raw, err := unix.Getpriority(unix.PRIO_PROCESS, tid)
			if errors.Is(err, unix.ESRCH) {
				continue // the thread ended
			}
			if err != nil {
				return err
			}
			if niceOf(raw) >= want {
				continue // set, or already lower (raising it back would take a privilege)
			}
			if err := unix.Setpriority(unix.PRIO_PROCESS, tid, want); err != nil && !errors.Is(err, unix.ESRCH) {
				return err
			}
			set++
		}
		if set == 0 {
			return nil
		}
	}
	return errors.New("threads kept starting at another priority")
}

// niceOf is the nice value getpriority(2) answers raw for (it answers 20-nice, so that it is
// never negative).
func niceOf(raw int) int { return 20 - raw }

// pipe is a child's standard output and input (or its parent's ends of them) as one connection.
type pipe struct {
	io.Reader
	io.Writer
}

func (p pipe) Close() error {
	var errs []error
	for _, s := range []any{p.Reader, p.Writer} {
		if c, ok := s.(io.Closer); ok {
			errs = append(errs, c.Close())
		}
	}
	return errors.Join(errs...)
}

// Defaults of a Worker.
const (
	// DefaultTimeout is how long a request may wait on the worker, its blob's upload included,
	// while the worker asks nothing of the cores, before it is taken for hung: about ten times
	// what a blob's proofs take on a loaded 2-core machine with several blobs in flight. A worker
	// that is slow, not hung, must not be killed for it: its blobs would then be proven in the
	// node, the CPU the worker exists to keep away from it. So a worker that ran or waited to run
	// over a timeout (at a lower priority, node.kzg-nice, it may get little of the cores) is given
	// another, up to MaxTimeouts.
	DefaultTimeout = 30 * time.Second
	// MaxTimeouts is how many timeouts a request may take in all, however busy the worker: a
	// sidecar later than that is long past its slot.
	MaxTimeouts = 2
	// SealsTimeout is DefaultTimeout for a Seals worker's proofs: a blob's commitment and proof
	// take about a tenth of a second, and a seal waits for them. A worker that is busy, not hung,
	// gets MaxTimeouts: killed, its blobs would be proven again in the node.
	SealsTimeout = 2 * time.Second
	// SealsWarmTimeout is the timeout of a Seals worker's start and context load (about 65 ms of
	// CPU), which no seal waits for: until it ends, the node proves its seals itself.
	SealsWarmTimeout = 10 * time.Second
	// DefaultBackoff is how long after a failure the node proves in process before it starts a
	// worker again.
	DefaultBackoff = 10 * time.Second
)

// ErrClosed is a request made after Close: the node is stopping.
var ErrClosed = errors.New("the KZG worker is closed")

// Worker is the node's side: it starts the worker process when first needed and sends it blobs.
type Worker struct {
	work    Work
	argv    []string
	env     []string
	log     *slog.Logger
	timeout time.Duration
	// warmTimeout is the timeout of its start and context load: timeout, or SealsWarmTimeout
	// for Seals, which no seal waits for.
	warmTimeout time.Duration
	backoff     time.Duration
	nice        int // the steps below this process's priority the worker is to run at

	// niceBelow is how many steps below this process's priority the running worker's
	// highest-priority thread runs, read once it loaded its context; niceUnknown before.
	niceBelow atomic.Int64

	mu     sync.Mutex
	proc   *proc
	downAt time.Time // the last failure's time; zero when none
	closed bool

	starts, failures, proven, inProcess atomic.Uint64
}

// proc is one worker process and its client.
type proc struct {
	cmd    *exec.Cmd
	client *rpc.Client
	exited chan struct{} // closed once the process has been waited for
	// warmed is set once the worker has loaded its context (warmOnce).
	warmed   atomic.Bool
	warmOnce sync.Once
}

// New returns a worker for work that runs this process's own binary as `sptn kzg-worker`
// (command). It gets this process's GOMAXPROCS: the kernel, not the Go scheduler, shares the cores between the
// two, and a sidecar proven on fewer threads is later on a busy machine (with one P less, 2
// cores: fewer blobs carried, docs/performance.md, kzg-process). Its environment is that alone:
// nothing of the node's (a keystore password in it, say) goes to it.
//
// It runs nice steps below the node's CPU priority (`sptn kzg-worker --work W --nice N`; 0 for
// the same):
// when the cores are short, the kernel then runs the node's consensus and API threads before the
// worker's proofs, which have until the slot's L1 deadline (on two cores under 3,000/s offered,
// nice 10 took the refusals' p99 at the client from a median of 89.5 ms to 64.6 ms in eleven
// alternating pairs, at the same rate and with no more missed slots: docs/performance.md,
// kzg-nice).
func New(log *slog.Logger, work Work, nice int) *Worker {
	argv := []string{"/proc/self/exe", Command, "--" + WorkFlag, work.String()}
	if nice > 0 {
		argv = append(argv, "--"+NiceFlag, strconv.Itoa(nice))
	}
	w := newWorker(work, argv, log)
	w.nice = nice
	if work == Seals {
		w.timeout, w.warmTimeout = SealsTimeout, SealsWarmTimeout
	}
	return w
}

// NewCommand is New with the worker run as argv, the whole command (New's is
// `/proc/self/exe kzg-worker --work W [--nice N]`; argv's must serve work), at the node's
// priority: for a worker built apart, or for tests.
func NewCommand(log *slog.Logger, work Work, argv ...string) *Worker {
	w := New(log, work, 0)
	w.argv = slices.Clone(argv)
	return w
}

// WorkFlag is the worker command's flag that names its Work ("seals" or "cells"): what it
// serves, and what ps shows of it.
const WorkFlag = "work"

// ParseWork is the Work a WorkFlag value names.
func ParseWork(s string) (Work, error) {
	for _, k := range []Work{Cells, Seals} {
		if s == k.String() {
			return k, nil
		}
	}
	return 0, fmt.Errorf("--%s %q: want cells or seals", WorkFlag, s)
}

// NiceFlag is the worker command's flag that sets how far below its parent's priority it runs.
const NiceFlag = "nice"

func newWorker(work Work, argv []string, log *slog.Logger) *Worker {
	w := &Worker{work: work, argv: argv, env: []string{"GOMAXPROCS=" + strconv.Itoa(runtime.GOMAXPROCS(0))},
		log: log, timeout: DefaultTimeout, backoff: DefaultBackoff}
	w.niceBelow.Store(niceUnknown)
	return w
}

// niceUnknown is NiceBelow's value while no worker has loaded its context.
const niceUnknown = math.MinInt64

// NiceBelow is how many steps (nice values) below this process's CPU priority the running
// worker's highest-priority thread runs, read once the worker loaded its context; false before,
// and while no worker runs. It is what node.kzg-nice achieved: less than asked where the worker
// could not lower its priority (a seccomp profile) or met nice's floor of 19.
func (w *Worker) NiceBelow() (int, bool) {
	n := w.niceBelow.Load()
	return int(n), n != niceUnknown
}

// readNice reads how far below this process's priority p's threads run (NiceBelow), and says so
// in the log: at warn level when that is less than it could be (the worker was asked for more,
// and nice's floor of 19 was not what stopped it: setpriority was denied).
func (w *Worker) readNice(p *proc) {
	pid := p.cmd.Process.Pid
	nices, err := proctree.Nices(pid)
	if err != nil {
		w.log.Warn("read the KZG worker's CPU priority", "pid", pid, "err", err)
		return
	}
	raw, err := unix.Getpriority(unix.PRIO_PROCESS, 0)
	if err != nil {
		w.log.Warn("read the node's CPU priority", "err", err)
		return
	}
	node := niceOf(raw)
	below := slices.Min(nices) - node
	w.mu.Lock()
	if w.proc == p { // not failed or closed meanwhile
		w.niceBelow.Store(int64(below))
	}
	w.mu.Unlock()
	if could := min(w.nice, 19-node); below < could {
		w.log.Warn("KZG worker runs less far below the node's CPU priority than asked (setpriority denied?)", "pid", pid,
			"nice_below_node", below, "asked", w.nice, "node_nice", node)
		return
	}
	w.log.Info("KZG worker ready", "pid", pid, "nice_below_node", below, "asked", w.nice, "node_nice", node)
}

// Stats are a worker's counts.
type Stats struct {
	Starts    uint64 // worker processes started
	Failures  uint64 // worker processes that failed: did not start, exited, answered wrong or not in time
	Proven    uint64 // blobs the worker proved
	InProcess uint64 // blobs proven in this process: the worker had failed, was down, or (Seals) had not loaded its context yet
}

// Stats returns the worker's counts so far.
func (w *Worker) Stats() Stats {
	return Stats{Starts: w.starts.Load(), Failures: w.failures.Load(), Proven: w.proven.Load(), InProcess: w.inProcess.Load()}
}

// Failures is Stats().Failures, and 0 for a nil Worker (no worker: everything is proven in this
// process), so that a caller can tell whether a worker failed during its work by reading it
// before and after.
func (w *Worker) Failures() uint64 {
	if w == nil {
		return 0
	}
	return w.failures.Load()
}

// Warm starts the worker, if it is not running, and has it load its context; it returns once
// the context is loaded or the worker failed, at once when it was loaded before. After a failure
// it does not wait: the node has had its own context since (fail), and proves here until the new
// worker has loaded its.
func (w *Worker) Warm() {
	p := w.running()
	if p == nil || p.warmed.Load() {
		return
	}
	if w.failures.Load() > 0 {
		go w.warm(p)
		return
	}
	w.warm(p)
}

// warm has p load its context, once however many ask at the same time.
func (w *Worker) warm(p *proc) {
	p.warmOnce.Do(func() {
		var ok int
		timeout := w.timeout // the tests' own, where they set one
		if w.warmTimeout > 0 {
			timeout = max(timeout, w.warmTimeout)
		}
		if err := w.call(p, "Prover.Warm", 0, &ok, timeout); err != nil {
			w.fail(p, "load the KZG context", err)
			return
		}
		w.readNice(p)
		p.warmed.Store(true)
	})
}

// CellProofs returns blob's 128 cell proofs, from the worker, or computed in this process when
// the worker fails, is down, or (after a failure) has not loaded its context yet (prove). After
// Close it returns ErrClosed. The worker is a Cells one.
func (w *Worker) CellProofs(blob *kzg4844.Blob) ([]kzg4844.Proof, error) {
	raw, err := w.prove(blob, "Prover.CellProofs", proofsLen, cellProofs, nil)
	if err != nil {
		return nil, err
	}
	ps := make([]kzg4844.Proof, kzg4844.CellProofsPerBlob)
	for i := range ps {
		copy(ps[i][:], raw[i*len(ps[i]):])
	}
	return ps, nil
}

// BlobProof returns blob's commitment and blob proof (protocol.ProveBlob), as CellProofs returns
// cell proofs. The worker is a Seals one. Its answer is checked (protocol.CheckBlobProof, a few
// milliseconds, what every member checks of the seal): one that does not check is a broken
// worker's, and the blob is proven here.
func (w *Worker) BlobProof(blob *kzg4844.Blob) (protocol.BlobProof, error) {
	raw, err := w.prove(blob, "Prover.BlobProof", blobProofLen, blobProof,
		func(raw []byte) error { return protocol.CheckBlobProof(blob, blobProofOf(raw)) })
	if err != nil {
		return protocol.BlobProof{}, err
	}
	return blobProofOf(raw), nil
}

// blobProofOf is the commitment and proof in raw, blobProofLen bytes.
func blobProofOf(raw []byte) protocol.BlobProof {
	var p protocol.BlobProof
	copy(p.Commitment[:], raw)
	copy(p.Proof[:], raw[len(p.Commitment):])
	return p
}

// prove returns the worker's answer of size bytes to method for blob, or here's for blob, computed
// in this process, when the worker fails, is down, or has not loaded its context yet after a
// failure or, for Seals, at all. check, when not nil, checks the worker's answer: one it refuses is a failure of
// the worker.
func (w *Worker) prove(blob *kzg4844.Blob, method string, size int, here func(*kzg4844.Blob) ([]byte, error), check func([]byte) error) ([]byte, error) {
	p := w.running()
	// A worker that has not loaded its context yet after a failure, or a seals worker that has
	// not at all (it is started just before the node's first seal: a seal does not wait for its
	// start), loads it in the background while this blob is proven here.
	if p != nil && !p.warmed.Load() && (w.failures.Load() > 0 || w.work == Seals) {
		go w.warm(p)
		p = nil
	}
	if p == nil {
		if w.isClosed() {
			return nil, ErrClosed
		}
		w.inProcess.Add(1)
		return here(blob)
	}
	var raw []byte
	err := w.call(p, method, blob[:], &raw, w.timeout)
	if err == nil && len(raw) != size {
		err = fmt.Errorf("the worker answered %d bytes, not %d", len(raw), size)
	}
	if err == nil && check != nil {
		if cerr := check(raw); cerr != nil {
			err = fmt.Errorf("the worker's answer does not check: %w", cerr)
		}
	}
	if err == nil {
		w.proven.Add(1)
		return raw, nil
	}
	if w.isClosed() {
		return nil, ErrClosed
	}
	// Proven here, whatever went wrong. An error the worker answered may be the blob's (the
	// library refuses it): then it is refused here too and the worker is not blamed. Anything
	// else is a broken worker (the node's own blobs are always valid), taken out of use before
	// the blob is proven here, so that no other blob goes to it meanwhile.
	refused := errors.As(err, new(rpc.ServerError))
	if !refused {
		w.fail(p, method, err)
	}
	w.inProcess.Add(1)
	raw, herr := here(blob)
	if refused && herr == nil {
		w.fail(p, method, err)
	}
	return raw, herr
}

// call makes one request of p and kills p if the request, its upload included, has not ended
// within a timeout in which p neither ran nor waited to run (watch), or within MaxTimeouts: a
// worker that does not read its input would otherwise hold the request, and every one after it,
// forever.
func (w *Worker) call(p *proc, method string, args, reply any, timeout time.Duration) error {
	stop, killed := make(chan struct{}), make(chan error, 1)
	go func() { killed <- w.watch(p, stop, timeout) }()
	err := p.client.Call(method, args, reply)
	close(stop)
	if why := <-killed; why != nil { // p is dead, whatever Call returned
		return why
	}
	return err
}

// watch kills p, and says why, when a timeout passes in which p asked the cores for less than a
// hundredth of it, or when MaxTimeouts have passed; it returns nil once stop is closed. What p
// asked is the larger of its demand (proctree.Demand: the CPU it had and the time it waited for
// one, runnable; an idle or blocked Go process asks far less, a working one at any priority far
// more) and its CPU time (proctree.Own, which keeps the time of threads that ended, and serves
// where the kernel keeps no schedstat).
func (w *Worker) watch(p *proc, stop <-chan struct{}, timeout time.Duration) error {
	pid := p.cmd.Process.Pid
	asked := func() (demand, cpu time.Duration, err error) {
		demand, _ = proctree.Demand(pid) // 0 where unreadable: the CPU time then decides
		cpu, err = proctree.Own(pid)
		return demand, cpu, err
	}
	lastDemand, lastCPU, err := asked()
	for i := 1; ; i++ {
		select {
		case <-stop:
			return nil
		case <-time.After(timeout):
		}
		var why error
		demand, cpu, nerr := asked()
		used := max(demand-lastDemand, cpu-lastCPU, 0)
		switch {
		case err != nil || nerr != nil:
			why = fmt.Errorf("no answer within %s (its use of the cores unreadable: %w)", timeout, errors.Join(err, nerr))
		case used < timeout/100:
			why = fmt.Errorf("no answer within %s, in which it ran or waited to run for %s", timeout, used)
		case i >= MaxTimeouts:
			why = fmt.Errorf("no answer within %d timeouts of %s", i, timeout)
		}
		if why == nil {
			lastDemand, lastCPU = demand, cpu
			continue
		}
		select {
		case <-stop: // answered meanwhile: the answer stands (unless it comes between here and the kill)
			return nil
		default:
		}
		_ = p.cmd.Process.Kill()
		return why
	}
}

// fail records a failure of p (once for each process: downLocked) and kills it.
func (w *Worker) fail(p *proc, what string, err error) {
	w.mu.Lock()
	if w.proc == p && !w.closed {
		w.downLocked("KZG worker failed: proving in process for a while", "op", what, "err", err)
	}
	w.mu.Unlock()
	p.stop()
}

// downLocked takes the worker down after a failure, logged as msg with args: no process, the
// back-off from now, the failure counted, and its work's context loading in this process for
// the blobs proven here meanwhile. w.mu is held.
func (w *Worker) downLocked(msg string, args ...any) {
	w.proc, w.downAt = nil, time.Now()
	w.niceBelow.Store(niceUnknown)
	w.failures.Add(1)
	go func() { _ = warmHere(w.work) }()
	w.log.Warn(msg, append(args, "backoff", w.backoff)...)
}

func (w *Worker) isClosed() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.closed
}

// running returns the worker process, starting it unless the worker is down; nil when there is
// none.
func (w *Worker) running() *proc {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return nil
	}
	if w.proc != nil {
		select {
		case <-w.proc.exited:
			gone := w.proc
			gone.stop()
			w.downLocked("KZG worker exited: proving in process for a while", "status", gone.cmd.ProcessState.String())
		default:
			return w.proc
		}
	}
	if !w.downAt.IsZero() && time.Since(w.downAt) < w.backoff {
		return nil
	}
	p, err := start(w.argv, w.env)
	if err != nil {
		w.downLocked("KZG worker does not start: proving in process for a while", "cmd", w.argv, "err", err)
		return nil
	}
	w.starts.Add(1)
	w.proc = p
	return p
}

// start starts the worker process, which gets SIGKILL when this process dies. Its standard input
// and output are pipes of this process's own making (not exec's, which Wait would close under a
// reader): the worker sees its input end when the client closes, and the client sees its output
// end when the worker exits.
func start(argv []string, env []string) (*proc, error) {
	if len(argv) == 0 {
		return nil, errors.New("no worker command")
	}
	inR, inW, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	outR, outW, err := os.Pipe()
	if err != nil {
		_, _ = inR.Close(), inW.Close()
		return nil, err
	}
	cmd := exec.Command(argv[0], argv[1:]...)
	if argv[0] == "/proc/self/exe" {
		cmd.Args[0] = os.Args[0] // what ps and pgrep -f show: sptn kzg-worker
	}
	cmd.Env = env
	cmd.Stdin, cmd.Stdout, cmd.Stderr = inR, outW, os.Stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	err = spawn.Start(cmd)
	_, _ = inR.Close(), outW.Close() // the child's ends, which it holds now
	if err != nil {
		_, _ = inW.Close(), outR.Close()
		return nil, err
	}
	p := &proc{cmd: cmd, client: rpc.NewClient(pipe{outR, inW}), exited: make(chan struct{})}
	go func() {
		_ = cmd.Wait()
		close(p.exited)
	}()
	return p, nil
}

// stop kills p and closes its client, so that its pending requests fail. It does not wait for
// the process: one stuck in the kernel would hold the caller; the goroutine that waits for it
// reaps it when it ends.
func (p *proc) stop() {
	_ = p.cmd.Process.Kill()
	_ = p.client.Close()
}

// Close stops the worker process: it ends its input, and kills the worker if it has not exited
// within two seconds (a blob it is proving takes well under one). Requests after it, and those it
// cuts short, return ErrClosed.
func (w *Worker) Close() error {
	w.mu.Lock()
	p := w.proc
	w.proc, w.closed = nil, true
	w.niceBelow.Store(niceUnknown)
	w.mu.Unlock()
	if p == nil {
		return nil
	}
	_ = p.client.Close() // closes its standard input: the worker's ServeConn returns
	select {
	case <-p.exited:
	case <-time.After(2 * time.Second):
		p.stop()
	}
	return nil
}
