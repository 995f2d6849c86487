// Package spawn starts child processes from one thread that lives as long as the process.
//
// Linux sends a child its parent-death signal (syscall.SysProcAttr.Pdeathsig) when the thread
// that started it ends, not when the parent process does (go.dev/issue/27505). Go ends a thread
// when a goroutine returns while locked to it (runtime.LockOSThread without unlock), which our
// code or a library may do; any child that thread had started gets the signal then. With
// Pdeathsig SIGKILL, as the devnet and the test harnesses start anvil, nodes and provers, that is
// a process killed at random (it happened in the overload bench: docs/performance.md,
// refusals-c11). Start starts every child from a thread that never ends, so that Pdeathsig
// means what its users meant: the parent process died.
package spawn

import (
	"os/exec"
	"runtime"
	"sync"
)

var (
	once   sync.Once
	starts chan func()
)

// Start starts cmd (cmd.Start) from the spawning thread and returns its error. The caller
// waits for cmd as usual. The child inherits that thread's per-thread state (its nice value, CPU
// affinity, namespaces), which nothing changes, not the caller's.
func Start(cmd *exec.Cmd) error {
	once.Do(func() {
		starts = make(chan func())
		go func() {
			// Never unlocked, and the goroutine never returns: the thread lives as long as the
			// process.
			runtime.LockOSThread()
			for f := range starts {
				f()
			}
		}()
	})
	type result struct {
		err    error
		panicv any
	}
	done := make(chan result, 1)
	starts <- func() {
		defer func() {
			if v := recover(); v != nil { // the caller's panic, raised in the caller (a nil cmd)
				done <- result{panicv: v}
			}
		}()
		done <- result{err: cmd.Start()}
	}
	r := <-done
	if r.panicv != nil {
		panic(r.panicv)
	}
	return r.err
}
