//go:build linux

package spawn

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"golang.org/x/sys/unix"
)

// The main goroutine keeps the main thread, which Go never ends (a goroutine that returns
// locked to it wedges it instead): the tests' goroutines run on other threads, which do end.
func init() { runtime.LockOSThread() }

// startFromEndingThread starts a child (sleep 30, Pdeathsig SIGKILL) with start, from a goroutine
// that then returns locked to its thread, waits until that thread has ended, and returns the
// child's exit (nil while it still runs a second later).
func startFromEndingThread(t *testing.T, start func(*exec.Cmd) error) error {
	t.Helper()
	cmd := exec.Command("sleep", "30")
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	type started struct {
		tid int
		err error
	}
	ch := make(chan started)
	go func() {
		runtime.LockOSThread() // never unlocked: the thread ends with this goroutine
		ch <- started{unix.Gettid(), start(cmd)}
	}()
	s := <-ch
	require.NoError(t, s.err)
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() { _ = cmd.Process.Kill() })
	task := filepath.Join("/proc/self/task", strconv.Itoa(s.tid))
	require.Eventually(t, func() bool { _, err := os.Stat(task); return os.IsNotExist(err) },
		5*time.Second, 10*time.Millisecond, "the asking thread did not end")
	select {
	case err := <-exited:
		return err
	case <-time.After(time.Second):
		return nil
	}
}

// TestAChildOutlivesTheThreadThatAskedForIt: a child started through Start by a goroutine that
// then ends locked to its thread (which ends the thread) lives on; started by the same goroutine
// itself, the kernel kills it with the thread (the reason for the package).
func TestAChildOutlivesTheThreadThatAskedForIt(t *testing.T) {
	require.NoError(t, startFromEndingThread(t, Start), "started through Start, the child died with the asking thread")

	err := startFromEndingThread(t, (*exec.Cmd).Start)
	var exit *exec.ExitError
	require.ErrorAs(t, err, &exit, "started from the ending thread itself, the child lived on: Pdeathsig no longer follows the thread?")
	require.Equal(t, syscall.SIGKILL, exit.Sys().(syscall.WaitStatus).Signal())
}

func TestStartReturnsTheStartsErrorAndRaisesItsPanic(t *testing.T) {
	err := Start(exec.Command("/nonexistent/sptn-spawn-test"))
	require.ErrorContains(t, err, "no such file")
	require.Panics(t, func() { _ = Start(nil) })
	require.NoError(t, startFromEndingThread(t, Start), "a later start after a panic")
}
