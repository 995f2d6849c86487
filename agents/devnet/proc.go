package devnet

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"syscall"
	"time"

	"github.com/sptn/sptn/agents/internal/spawn"
)

// proc is a child process that is stopped together with its whole process group.
type proc struct {
	name string
	cmd  *exec.Cmd
	done chan struct{}
	err  error
}

// startProc starts bin with args, writing its output to log. The child gets its own process group
// (so a stop reaches its children too) and SIGKILL if sptn itself dies: it is started from
// package spawn's thread, which lives as long as sptn (Linux sends Pdeathsig when the starting
// thread ends).
func startProc(name string, log io.Writer, dir string, env []string, bin string, args ...string) (*proc, error) {
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Stdout = log
	cmd.Stderr = log
	cmd.Env = append(os.Environ(), env...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := spawn.Start(cmd); err != nil {
		return nil, fmt.Errorf("start %s: %w", name, err)
	}
	p := &proc{name: name, cmd: cmd, done: make(chan struct{})}
	go func() {
		p.err = cmd.Wait()
		close(p.done)
	}()
	return p, nil
}

// Exited is closed when the process has exited.
func (p *proc) Exited() <-chan struct{} { return p.done }

// Err is the process's exit error, valid once Exited is closed.
func (p *proc) Err() error { return p.err }

// stop sends SIGTERM to the process group, waits up to grace, then sends SIGKILL.
func (p *proc) stop(grace time.Duration) error {
	select {
	case <-p.done:
		return nil
	default:
	}
	pgid := -p.cmd.Process.Pid
	_ = syscall.Kill(pgid, syscall.SIGTERM)
	select {
	case <-p.done:
		return nil
	case <-time.After(grace):
	}
	_ = syscall.Kill(pgid, syscall.SIGKILL)
	select {
	case <-p.done:
		return nil
	case <-time.After(5 * time.Second):
		return fmt.Errorf("%s (pid %d) did not exit after SIGKILL", p.name, p.cmd.Process.Pid)
	}
}

// kill sends SIGKILL to the process group at once (a crash, for scenarios) and waits for it.
func (p *proc) kill() error {
	select {
	case <-p.done:
		return nil
	default:
	}
	_ = syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
	select {
	case <-p.done:
		return nil
	case <-time.After(5 * time.Second):
		return fmt.Errorf("%s (pid %d) did not exit after SIGKILL", p.name, p.cmd.Process.Pid)
	}
}

// runToCompletion runs bin to the end, with its output in log, and fails with the tail of the
// output when it exits non-zero.
func runToCompletion(ctx context.Context, name string, log io.Writer, dir string, env []string, bin string, args ...string) error {
	p, err := startProc(name, log, dir, env, bin, args...)
	if err != nil {
		return err
	}
	select {
	case <-p.Exited():
	case <-ctx.Done():
		_ = p.stop(2 * time.Second)
		return ctx.Err()
	}
	if err := p.Err(); err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return fmt.Errorf("%s exited with code %d", name, ee.ExitCode())
		}
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}
