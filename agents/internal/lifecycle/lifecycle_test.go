package lifecycle

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/spawn"
)

func quiet() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

type journal struct {
	mu  sync.Mutex
	out []string
}

func (j *journal) add(s string) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.out = append(j.out, s)
}

func (j *journal) get() []string {
	j.mu.Lock()
	defer j.mu.Unlock()
	return append([]string(nil), j.out...)
}

func initStep(j *journal, name string, fail bool) InitFunc {
	return func(_ context.Context, s *Stack) error {
		if fail {
			j.add("fail " + name)
			return fmt.Errorf("init %s: boom", name)
		}
		j.add("start " + name)
		s.Push(name, func(context.Context) error { j.add("stop " + name); return nil })
		return nil
	}
}

func TestStartStopsInReverse(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		fail  int // index of the failing step, -1 for none
		want  []string
		isErr bool
	}{
		{"all start, stop in reverse", -1,
			[]string{"start a", "start b", "start c", "stop c", "stop b", "stop a"}, false},
		{"third fails, the first two stop in reverse", 2,
			[]string{"start a", "start b", "fail c", "stop b", "stop a"}, true},
		{"first fails, nothing to stop", 0, []string{"fail a"}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			j := &journal{}
			var steps []InitFunc
			for i, n := range []string{"a", "b", "c"} {
				steps = append(steps, initStep(j, n, i == tc.fail))
			}
			s := NewStack(quiet())
			err := Start(context.Background(), s, time.Second, steps...)
			if tc.isErr {
				require.ErrorContains(t, err, "boom")
			} else {
				require.NoError(t, err)
				require.NoError(t, s.Stop(context.Background()))
				require.NoError(t, s.Stop(context.Background()), "a second Stop does nothing")
			}
			require.Equal(t, tc.want, j.get())
		})
	}
}

func TestStackGoIsCancelledInOrderAndStopErrorsJoin(t *testing.T) {
	t.Parallel()
	j := &journal{}
	s := NewStack(quiet())
	s.Push("store", func(context.Context) error { j.add("stop store"); return errors.New("flush failed") })
	s.Go("loop", func(ctx context.Context) { <-ctx.Done(); j.add("loop saw cancel") })
	s.Push("server", func(context.Context) error { j.add("stop server"); return nil })
	err := s.Stop(context.Background())
	require.ErrorContains(t, err, "stop store: flush failed")
	require.Equal(t, []string{"stop server", "loop saw cancel", "stop store"}, j.get())
}

func TestRunStopsWhenContextEnds(t *testing.T) {
	t.Parallel()
	j := &journal{}
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- Run(ctx, quiet(), 5*time.Second, initStep(j, "a", false), initStep(j, "b", false)) }()
	require.Eventually(t, func() bool { return len(j.get()) == 2 }, 30*time.Second, 10*time.Millisecond)
	cancel()
	require.NoError(t, <-errc)
	require.Equal(t, []string{"start a", "start b", "stop b", "stop a"}, j.get())
}

// TestSignalChild is the process TestSIGTERM* signal; it does nothing in a normal run.
func TestSignalChild(t *testing.T) {
	mode := os.Getenv("SPTN_LIFECYCLE_CHILD")
	if mode == "" {
		t.Skip("run by TestSIGTERMStopsInReverse and TestSIGTERMStopIsBounded")
	}
	say := func(s string) { fmt.Println(s) }
	steps := []InitFunc{
		func(_ context.Context, s *Stack) error {
			s.Push("a", func(context.Context) error { say("stop a"); return nil })
			return nil
		},
		func(_ context.Context, s *Stack) error {
			s.Push("b", func(context.Context) error {
				say("stop b")
				if mode == "hang" {
					select {} // a stop that ignores its context
				}
				return nil
			})
			say("ready")
			return nil
		},
	}
	err := Run(context.Background(), quiet(), time.Second, steps...)
	say(fmt.Sprintf("run returned: %v", err))
	if err != nil {
		os.Exit(3)
	}
	os.Exit(0)
}

func runChild(t *testing.T, mode string) (lines []string, code int) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestSignalChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), "SPTN_LIFECYCLE_CHILD="+mode)
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, spawn.Start(cmd))
	t.Cleanup(func() { _ = cmd.Process.Kill() })
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		lines = append(lines, sc.Text())
		if sc.Text() == "ready" {
			require.NoError(t, cmd.Process.Signal(syscall.SIGTERM))
		}
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(60 * time.Second):
		t.Fatal("the child did not exit after SIGTERM")
	}
	return lines, cmd.ProcessState.ExitCode()
}

func TestSIGTERMStopsInReverse(t *testing.T) {
	t.Parallel()
	lines, code := runChild(t, "ok")
	require.Equal(t, 0, code, "%s", strings.Join(lines, "\n"))
	require.Equal(t, []string{"ready", "stop b", "stop a", "run returned: <nil>"}, lines)
}

// TestSIGTERMStopIsBounded: a stop step that hangs does not keep the process alive.
func TestSIGTERMStopIsBounded(t *testing.T) {
	t.Parallel()
	lines, code := runChild(t, "hang")
	require.Equal(t, 3, code, "%s", strings.Join(lines, "\n"))
	require.Equal(t, "run returned: "+ErrStopTimeout.Error(), lines[len(lines)-1])
}
