//go:build linux

package spawn

import (
	"os/exec"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// The main goroutine keeps the main thread, which Go never ends (a goroutine that returns
// locked to it wedges it instead): the tests' goroutines run on other threads, which do end.
func init() { runtime.LockOSThread() }

// TestAChildOutlivesTheThreadThatAskedForIt: a child started with Pdeathsig SIGKILL by a
// goroutine that then ends locked to its thread (which ends the thread) lives on.
func TestAChildOutlivesTheThreadThatAskedForIt(t *testing.T) {
	cmd := exec.Command("sleep", "30")
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	started := make(chan error)
	go func() {
		runtime.LockOSThread() // never unlocked: the thread ends with this goroutine
		started <- Start(cmd)
	}()
	require.NoError(t, <-started)
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case err := <-exited:
		t.Fatalf("the child died with the thread that asked for it: %v", err)
	case <-time.After(time.Second):
	}
	require.NoError(t, cmd.Process.Kill())
	<-exited
}

func TestStartReturnsTheStartsError(t *testing.T) {
	err := Start(exec.Command("/nonexistent/sptn-spawn-test"))
	require.ErrorContains(t, err, "no such file")
}
