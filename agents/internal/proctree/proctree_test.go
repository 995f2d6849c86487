package proctree

import (
	"os"
	"os/exec"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"golang.org/x/sys/unix"
)

// The test binary is its own child: with SPTN_PROCTREE_SPIN set it uses half a second of CPU
// (its own, however busy the machine) and then waits to be killed.
func TestMain(m *testing.M) {
	if os.Getenv("SPTN_PROCTREE_SPIN") != "" {
		for {
			var ru syscall.Rusage
			_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
			if time.Duration(ru.Utime.Nano()+ru.Stime.Nano()) >= 500*time.Millisecond {
				break
			}
		}
		os.Stdout.WriteString("spun\n")
		time.Sleep(time.Hour) // not select{}: the runtime ends a process whose goroutines all block
		os.Exit(1)
	}
	os.Exit(m.Run())
}

// A child's CPU time counts in its parent's usage while it runs and after it has been waited
// for; its memory counts while it runs.
func TestAChildCountsInItsParent(t *testing.T) {
	self, err := readStat(os.Getpid())
	require.NoError(t, err)
	before, err := Read(os.Getpid())
	require.NoError(t, err)
	require.GreaterOrEqual(t, before.CPU, self.usage().CPU)

	child := exec.Command("/proc/self/exe")
	child.Env = append(os.Environ(), "SPTN_PROCTREE_SPIN=1")
	out, err := child.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, child.Start())
	t.Cleanup(func() { _ = child.Process.Kill(); _ = child.Wait() })
	buf := make([]byte, 5)
	_, err = out.Read(buf)
	require.NoError(t, err)
	require.Equal(t, "spun\n", string(buf))

	cs, err := readStat(child.Process.Pid)
	require.NoError(t, err)
	require.Equal(t, os.Getpid(), cs.ppid)
	mine, err := readStat(os.Getpid()) // before Read: this process's own time only grows
	require.NoError(t, err)
	running, err := Read(os.Getpid())
	require.NoError(t, err)
	require.GreaterOrEqual(t, running.CPU, mine.usage().CPU+cs.usage().CPU, "the child's CPU is in it")
	require.GreaterOrEqual(t, running.CPU-before.CPU, 400*time.Millisecond, "about half a second spun")
	require.Greater(t, running.RSSKiB, mine.usage().RSSKiB, "the child's memory is in it")
	own, err := Own(os.Getpid())
	require.NoError(t, err)
	require.Less(t, own, running.CPU-cs.usage().CPU+time.Second/10, "Own leaves the child out")
	kids, err := Children(os.Getpid())
	require.NoError(t, err)
	require.Contains(t, kids, child.Process.Pid)
	require.True(t, Running(child.Process.Pid))

	require.NoError(t, child.Process.Kill())
	_ = child.Wait()
	after, err := Read(os.Getpid())
	require.NoError(t, err)
	require.GreaterOrEqual(t, after.CPU, running.CPU, "a child waited for still counts")
	require.False(t, Running(child.Process.Pid), "reaped")
}

// Own counts this process's own CPU time as it is used.
func TestOwnSeesThisProcessWork(t *testing.T) {
	t.Parallel()
	before, err := Own(os.Getpid())
	require.NoError(t, err)
	x := 0
	for i := 0; i < 300_000_000; i++ { // some CPU for the counter to see
		x += i ^ (x >> 3)
	}
	after, err := Own(os.Getpid())
	require.NoError(t, err)
	require.Greater(t, after, before, "x=%d", x)
}

func TestAMissingProcessIsAnErrorAndNotRunning(t *testing.T) {
	_, err := Read(1 << 30)
	require.Error(t, err)
	_, err = Own(1 << 30)
	require.Error(t, err)
	require.False(t, Running(1<<30))
}

func TestNicesAreEachThreadsOwn(t *testing.T) {
	// A thread of its own, set 3 steps below the rest: Nices must see it apart from the others.
	done, got := make(chan struct{}), make(chan int, 1)
	go func() {
		runtime.LockOSThread() // never unlocked: the thread ends with the goroutine
		tid := unix.Gettid()
		raw, err := unix.Getpriority(unix.PRIO_PROCESS, tid)
		if err == nil {
			err = unix.Setpriority(unix.PRIO_PROCESS, tid, 20-raw+3) // getpriority(2) answers 20-nice
		}
		if err != nil {
			got <- -100
			return
		}
		got <- 20 - raw + 3
		<-done
	}()
	defer close(done)
	want := <-got
	require.NotEqual(t, -100, want)
	if want > 19 {
		t.Skip("this process runs at nice 17 or more: no room for a thread 3 below it")
	}
	nices, err := Nices(os.Getpid())
	require.NoError(t, err)
	require.Greater(t, len(nices), 1, "a Go process has several threads")
	require.Contains(t, nices, want, "the thread set apart")
	require.Contains(t, nices, want-3, "the others")
	_, err = Nices(1 << 30)
	require.Error(t, err)
}

// Demand grows by the time a thread works, whether it runs or waits for a core: on a busy
// machine as on an idle one.
func TestDemandCountsWork(t *testing.T) {
	before, err := Demand(os.Getpid())
	require.NoError(t, err)
	for start := time.Now(); time.Since(start) < 200*time.Millisecond; {
	}
	after, err := Demand(os.Getpid())
	require.NoError(t, err)
	require.GreaterOrEqual(t, after-before, 150*time.Millisecond)
	_, err = Demand(1 << 30)
	require.Error(t, err)
}
