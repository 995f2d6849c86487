package devnet

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/anviltest"
)

// buildSptn builds the sptn binary into a temporary directory.
func buildSptn(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "sptn")
	build := exec.Command("go", "build", "-o", bin, "./agents/cmd/sptn")
	build.Dir = repoRoot(t)
	out, err := build.CombinedOutput()
	require.NoError(t, err, "build sptn: %s", out)
	return bin
}

// proc1 is one line of /proc: a process, its parent and its command line.
type proc1 struct {
	pid, ppid int
	state     byte
	cmd       string
}

// readProcs reads every process of the machine from /proc.
func readProcs(t *testing.T) map[int]proc1 {
	t.Helper()
	ents, err := os.ReadDir("/proc")
	require.NoError(t, err)
	out := map[int]proc1{}
	for _, e := range ents {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		raw, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue // exited meanwhile
		}
		// pid (comm) state ppid ...: comm may hold spaces and parentheses; it ends at the last ')'.
		s := string(raw)
		rest := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
		if len(rest) < 2 {
			continue
		}
		ppid, _ := strconv.Atoi(rest[1])
		cmd, _ := os.ReadFile(filepath.Join("/proc", e.Name(), "cmdline"))
		out[pid] = proc1{pid: pid, ppid: ppid, state: rest[0][0], cmd: strings.TrimSpace(strings.ReplaceAll(string(cmd), "\x00", " "))}
	}
	return out
}

// descendants are the processes below root, by pid.
func descendants(procs map[int]proc1, root int) map[int]proc1 {
	children := map[int][]int{}
	for _, p := range procs {
		children[p.ppid] = append(children[p.ppid], p.pid)
	}
	out := map[int]proc1{}
	queue := []int{root}
	for len(queue) > 0 {
		pid := queue[0]
		queue = queue[1:]
		for _, c := range children[pid] {
			out[c] = procs[c]
			queue = append(queue, c)
		}
	}
	return out
}

// alive reports whether pid still runs (a zombie waiting for its reaper has exited).
func alive(pid int) bool {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return false
	}
	s := string(raw)
	rest := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	return len(rest) > 0 && rest[0] != "Z" && rest[0] != "X"
}

// TestKill9OfUpLeavesNoProcess runs `sptn devnet up` (anvil, a node, a prover, a watcher, each
// its own process) and kills sptn with SIGKILL, which it cannot catch: every process it started
// must die with it (each child has a parent-death signal), leaving nothing on the machine.
func TestKill9OfUpLeavesNoProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a devnet")
	}
	bin := buildSptn(t)
	dir := t.TempDir()
	profile := filepath.Join(dir, "tiny.yaml")
	require.NoError(t, os.WriteFile(profile, []byte("name: tiny\ndescription: one of everything\n"+
		"sequencers: 1\ncommittee_size: 1\nprovers: 1\nwatchers: 1\n"), 0o600))
	port := anviltest.FreePort(t)
	cmd := exec.Command(bin, "devnet", "up", "--root", repoRoot(t), "--profile", profile,
		"--data-dir", filepath.Join(dir, "data"), "--l1-port", strconv.Itoa(port))
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	cmd.Stderr = cmd.Stdout
	require.NoError(t, cmd.Start())
	killed := false
	t.Cleanup(func() {
		if !killed {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
		}
	})

	up := make(chan error, 1)
	var (
		mu    sync.Mutex
		lines []string
	)
	output := func() string {
		mu.Lock()
		defer mu.Unlock()
		return strings.Join(lines, "\n")
	}
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			mu.Lock()
			lines = append(lines, sc.Text())
			mu.Unlock()
			if strings.Contains(sc.Text(), "Press Ctrl-C to stop.") {
				up <- nil
				break
			}
		}
		up <- fmt.Errorf("sptn devnet up ended before the devnet was up: %v", sc.Err())
		for sc.Scan() { // keep the pipe drained
		}
	}()
	select {
	case err := <-up:
		require.NoError(t, err, "%s", output())
	case <-time.After(4 * time.Minute):
		t.Fatalf("the devnet was not up within 4 minutes:\n%s", output())
	}

	below := descendants(readProcs(t), cmd.Process.Pid)
	kinds := map[string]int{}
	for _, p := range below {
		for _, k := range []string{"anvil", " node", " prover", " watcher"} {
			if strings.Contains(p.cmd, k) && !strings.Contains(p.cmd, "devnet up") {
				kinds[strings.TrimSpace(k)]++
			}
		}
	}
	require.Equal(t, map[string]int{"anvil": 1, "node": 1, "prover": 1, "watcher": 1}, kinds,
		"sptn devnet up runs anvil and one of each agent: %v", below)

	require.NoError(t, cmd.Process.Signal(syscall.SIGKILL))
	killed = true
	_ = cmd.Wait()
	deadline := time.Now().Add(10 * time.Second)
	for {
		var left []string
		for pid, p := range below {
			if alive(pid) {
				left = append(left, fmt.Sprintf("%d %s", pid, p.cmd))
			}
		}
		if len(left) == 0 {
			break
		}
		if time.Now().After(deadline) {
			for pid := range below {
				_ = syscall.Kill(pid, syscall.SIGKILL)
			}
			t.Fatalf("10 s after kill -9 of sptn devnet up, its processes still run:\n%s", strings.Join(left, "\n"))
		}
		time.Sleep(100 * time.Millisecond)
	}
}
