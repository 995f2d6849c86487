package node

import (
	"bufio"
	"log/slog"
	"os"
	"path"
	"runtime"
	"strconv"
	"strings"
)

// minProcs is the fewest Ps (GOMAXPROCS) a node runs with on a machine of 2 or 3 CPUs, unless
// the operator sets GOMAXPROCS or a CPU quota applies (procsFor).
//
// Some of the node's work comes in bursts of CPU on many goroutines at once: the KZG commitments
// and blob proofs of a seal (the library takes a goroutine per task, twice as many tasks as CPUs),
// the collector's marking. On two cores with two Ps those held both Ps, and a goroutine that
// became ready (an API request, a CometBFT message) waited for one until the runtime preempted a
// burst, every 10 ms. With more Ps than cores a ready goroutine more often finds a P free, and
// the kernel shares the cores between the threads. On the project's 2-core machine under 3,000/s
// offered, 4 Ps took the chain API's refusals from a median p99 of 65-78.5 ms to 21-31 ms, at the
// same rate into the pending chain (docs/performance.md, kzg-process). It is not measured on one
// CPU, where the collector's dedicated worker at 4 Ps would take up to half the core.
const minProcs = 4

// procsFor is the GOMAXPROCS a node sets: the runtime's choice (current), raised to minProcs only
// when the operator did not choose one (env is not a positive integer, which the runtime also
// ignores), the process may run on 2 or 3 CPUs and the runtime chose all of them, and no CPU quota
// applies to the process's cgroup or any above it (quota). Ps beyond a quota keep the cores busy
// more of the time, and the kernel throttles the whole cgroup (the node and its KZG worker) for
// the rest of each period once the quota is spent: far worse tails than those the raise removes.
func procsFor(env string, current, cpus int, quota bool) int {
	if n, err := strconv.Atoi(strings.TrimSpace(env)); err == nil && n > 0 {
		return current
	}
	if quota || cpus < 2 || current != cpus || current >= minProcs {
		return current
	}
	return minProcs
}

// raiseProcs applies procsFor to this process and logs a change. Calling runtime.GOMAXPROCS stops
// the runtime from following later changes of the CPUs (a resized container, CPUs added): restart
// the node after one.
func raiseProcs(log *slog.Logger) {
	cur, cpus := runtime.GOMAXPROCS(0), runtime.NumCPU()
	n := procsFor(os.Getenv("GOMAXPROCS"), cur, cpus, cpuQuota(os.ReadFile))
	if n == cur {
		return
	}
	runtime.GOMAXPROCS(n)
	log.Info("GOMAXPROCS raised above the CPUs to shorten the waits of ready goroutines behind bursts of CPU; set GOMAXPROCS to choose",
		"from", cur, "to", n, "cpus", cpus)
}

// cpuQuota reports whether a CPU quota applies to this process: a cpu.max other than "max" (cgroup
// v2) or a cpu.cfs_quota_us other than -1 (v1) in its cgroup or any cgroup above it, read through
// read. Go's own default reads only the process's own cgroup, and rounds a quota up to at least
// 2 CPUs, so on a 2-CPU machine it cannot tell a quota from none. What cannot be read is taken as
// no quota.
func cpuQuota(read func(string) ([]byte, error)) bool {
	raw, err := read("/proc/self/cgroup")
	if err != nil {
		return false
	}
	sc := bufio.NewScanner(strings.NewReader(string(raw)))
	for sc.Scan() {
		// hierarchy-ID:controllers:path
		f := strings.SplitN(sc.Text(), ":", 3)
		if len(f) != 3 {
			continue
		}
		var dirs []string
		file, none := "", ""
		switch {
		case f[0] == "0" && f[1] == "": // v2, the unified hierarchy
			dirs, file, none = []string{"/sys/fs/cgroup"}, "cpu.max", "max"
		case hasController(f[1], "cpu"): // v1
			dirs, file, none = []string{"/sys/fs/cgroup/cpu,cpuacct", "/sys/fs/cgroup/cpu"}, "cpu.cfs_quota_us", "-1"
		default:
			continue
		}
		for _, root := range dirs {
			for p := path.Clean("/" + f[2]); ; p = path.Dir(p) {
				if v, err := read(path.Join(root, p, file)); err == nil {
					if q := strings.Fields(string(v)); len(q) > 0 && q[0] != none {
						return true
					}
				}
				if p == "/" {
					break
				}
			}
		}
	}
	return false
}

// hasController reports whether a /proc/self/cgroup controller list holds name.
func hasController(list, name string) bool {
	for _, c := range strings.Split(list, ",") {
		if c == name {
			return true
		}
	}
	return false
}
