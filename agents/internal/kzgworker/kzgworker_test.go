package kzgworker

import (
	"io"
	"log/slog"
	"math/rand/v2"
	"net/rpc"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/stretchr/testify/require"
)

// The test binary is its own worker: with SPTN_KZGWORKER_MODE set, it serves as that says (a real
// worker, or a broken or hostile one) instead of running the tests.
const modeEnv = "SPTN_KZGWORKER_MODE"

func TestMain(m *testing.M) {
	if mode := os.Getenv(modeEnv); mode != "" {
		os.Exit(serveAs(mode))
	}
	os.Exit(m.Run())
}

// serveAs runs the worker mode names: "serve" (the real one), "short" (answers 100 bytes),
// "hang" (never answers) or "exit" (exits at once).
func serveAs(mode string) int {
	var svc any
	switch mode {
	case "serve":
		if err := Serve(os.Stdin, os.Stdout); err != nil {
			return 1
		}
		return 0
	case "short":
		svc = shortProver{}
	case "hang":
		svc = hungProver{}
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
func (shortProver) Warm(_ int, _ *int) error                 { return nil }

type hungProver struct{}

func (hungProver) CellProofs(_ []byte, _ *[]byte) error { select {} }
func (hungProver) Warm(_ int, _ *int) error             { select {} }

// testWorker is a worker running this test binary in mode; the returned setter changes the mode
// of the processes started after it.
func testWorker(t *testing.T, mode string) (*Worker, func(string)) {
	t.Helper()
	exe, err := os.Executable()
	require.NoError(t, err)
	w := New([]string{exe}, slog.New(slog.NewTextHandler(io.Discard, nil)))
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

// exited waits until w's last process has exited and reports whether it did within 5 s.
func exited(p *proc) bool {
	select {
	case <-p.exited:
		return true
	case <-time.After(5 * time.Second):
		return false
	}
}

func stats(w *Worker) [3]uint64 {
	s, f, i := w.Stats()
	return [3]uint64{s, f, i}
}

func TestTheWorkerProvesWhatTheLibraryProves(t *testing.T) {
	b, want := library(t)
	w, _ := testWorker(t, "serve")
	w.Warm()
	w.mu.Lock()
	require.NotNil(t, w.proc, "Warm started the worker")
	w.mu.Unlock()
	got, err := w.CellProofs(b)
	require.NoError(t, err)
	require.Equal(t, want, got)
	require.Equal(t, [3]uint64{1, 0, 0}, stats(w), "one worker started, nothing failed, nothing proven here")

	// A second blob goes to the same process.
	got, err = w.CellProofs(blob(2))
	require.NoError(t, err)
	require.NoError(t, kzg4844.VerifyCellProofs([]kzg4844.Blob{*blob(2)}, []kzg4844.Commitment{commit(t, blob(2))}, got))
	require.Equal(t, [3]uint64{1, 0, 0}, stats(w))
}

func commit(t *testing.T, b *kzg4844.Blob) kzg4844.Commitment {
	c, err := kzg4844.BlobToCommitment(b)
	require.NoError(t, err)
	return c
}

// A blob the library refuses is the caller's error; the worker is not blamed, killed or
// replaced.
func TestABadBlobIsTheCallersErrorNotTheWorkers(t *testing.T) {
	w, _ := testWorker(t, "serve")
	var bad kzg4844.Blob
	for i := range bad {
		bad[i] = 0xff // no field element is canonical
	}
	_, err := w.CellProofs(&bad)
	require.Error(t, err)
	require.Equal(t, [3]uint64{1, 0, 0}, stats(w))
	w.mu.Lock()
	p := w.proc
	w.mu.Unlock()
	require.NotNil(t, p, "the worker still runs")
	b, want := library(t)
	got, err := w.CellProofs(b)
	require.NoError(t, err)
	require.Equal(t, want, got)
	require.Equal(t, [3]uint64{1, 0, 0}, stats(w))
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
	require.Eventually(t, func() bool {
		w.mu.Lock()
		defer w.mu.Unlock()
		p = w.proc
		return p != nil
	}, 5*time.Second, 5*time.Millisecond)
	set("serve") // the next worker is a real one
	require.NoError(t, p.cmd.Process.Kill())
	select {
	case got := <-done:
		require.Equal(t, want, got)
	case <-time.After(30 * time.Second):
		t.Fatal("the request did not end when its worker was killed")
	}
	require.Equal(t, [3]uint64{1, 1, 1}, stats(w), "one start, one failure, one blob proven here")

	got, err := w.CellProofs(b)
	require.NoError(t, err)
	require.Equal(t, want, got)
	require.Equal(t, [3]uint64{2, 1, 1}, stats(w), "a new worker proved the next blob")
}

// A worker that answers something other than 128 proofs is not believed: the blob is proven
// here and the worker is killed.
func TestAWorkerThatAnswersWrongIsNotBelieved(t *testing.T) {
	b, want := library(t)
	w, _ := testWorker(t, "short")
	got, err := w.CellProofs(b)
	require.NoError(t, err)
	require.Equal(t, want, got)
	require.Equal(t, [3]uint64{1, 1, 1}, stats(w))
	w.mu.Lock()
	require.Nil(t, w.proc, "the worker is dropped")
	w.mu.Unlock()
}

// A worker that does not answer within the timeout is killed and the blob proven here.
func TestAHungWorkerIsKilledAfterTheTimeout(t *testing.T) {
	b, want := library(t)
	w, _ := testWorker(t, "hang")
	w.timeout = 300 * time.Millisecond
	p := w.running()
	require.NotNil(t, p)
	got, err := w.CellProofs(b)
	require.NoError(t, err)
	require.Equal(t, want, got)
	require.Equal(t, [3]uint64{1, 1, 1}, stats(w))
	require.True(t, exited(p), "the hung worker is killed")
}

// A worker that cannot start is not tried again for the back-off: every blob in between is
// proven here, without a start each time.
func TestAWorkerThatCannotStartIsBackedOff(t *testing.T) {
	b, want := library(t)
	w := New([]string{filepath.Join(t.TempDir(), "no-such-binary")}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	for range 2 {
		got, err := w.CellProofs(b)
		require.NoError(t, err)
		require.Equal(t, want, got)
	}
	require.Equal(t, [3]uint64{0, 1, 2}, stats(w), "one failed start, then the back-off")

	// A worker that exits at once is a failure too, seen at the next request.
	w, _ = testWorker(t, "exit")
	p := w.running()
	require.NotNil(t, p)
	require.True(t, exited(p))
	got, err := w.CellProofs(b)
	require.NoError(t, err)
	require.Equal(t, want, got)
	require.Equal(t, [3]uint64{1, 1, 1}, stats(w))
}

// Close ends the worker through its input: it exits on its own, with status 0, and nothing
// starts it again.
func TestCloseEndsTheWorker(t *testing.T) {
	b, want := library(t)
	w, _ := testWorker(t, "serve")
	got, err := w.CellProofs(b) // the worker is up and serving
	require.NoError(t, err)
	require.Equal(t, want, got)
	w.mu.Lock()
	p := w.proc
	w.mu.Unlock()
	require.NotNil(t, p)
	require.NoError(t, w.Close())
	require.True(t, exited(p))
	require.True(t, p.cmd.ProcessState.Success(), "it exited on its own: %v", p.cmd.ProcessState)
	got, err = w.CellProofs(b)
	require.NoError(t, err)
	require.Equal(t, want, got)
	require.Equal(t, [3]uint64{1, 0, 1}, stats(w), "no start after Close")
}
