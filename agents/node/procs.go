package node

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
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
// offered, 4 Ps took the chain API's refusals from a median p99 of 65-78.5 ms to 21-31 ms; the rate
// into the pending chain may be lower by some percent (three alternating pairs favoured 2 Ps:
// docs/performance.md, kzg-process). It is not measured on one CPU, where the collector's
// dedicated worker at 4 Ps would take up to half the core.
const minProcs = 4

// procsFor is the GOMAXPROCS a node sets: the runtime's choice (current), raised to minProcs only
// when the operator did not choose one (env is not a positive integer, which the runtime also
// ignores), the process may run on 2 or 3 CPUs and the runtime chose all of them, and no CPU quota
// below the CPUs applies, or may apply, to the process (limited: cpuQuota). Ps beyond a quota keep
// the cores busy more of the time, and the kernel throttles the whole cgroup (the node and its
// KZG worker) for the rest of each period once the quota is spent: far worse tails than those the
// raise removes.
func procsFor(env string, current, cpus int, limited bool) int {
	if n, err := strconv.Atoi(strings.TrimSpace(env)); err == nil && n > 0 {
		return current
	}
	if limited || cpus < 2 || current != cpus || current >= minProcs {
		return current
	}
	return minProcs
}

// raiseProcs applies procsFor to this process and logs what it did and why. Calling
// runtime.GOMAXPROCS stops the runtime from following later changes of the CPUs or of a quota (a
// resized container, CPUs added, a CPUQuota= set): restart the node after one.
func raiseProcs(log *slog.Logger) {
	cur, cpus := runtime.GOMAXPROCS(0), runtime.NumCPU()
	limited, why := cpuQuota(os.ReadFile, cpus)
	n := procsFor(os.Getenv("GOMAXPROCS"), cur, cpus, limited)
	if n == cur {
		if limited && cur < minProcs && cpus >= 2 {
			log.Info("GOMAXPROCS left as the runtime chose: a CPU quota applies or cannot be ruled out (set GOMAXPROCS to choose)",
				"gomaxprocs", cur, "cpus", cpus, "why", why)
		}
		return
	}
	runtime.GOMAXPROCS(n)
	log.Info("GOMAXPROCS raised above the CPUs to shorten the waits of ready goroutines behind bursts of CPU; set GOMAXPROCS to choose",
		"from", cur, "to", n, "cpus", cpus)
}

// cgroupRoot is where the node looks for the cgroup file systems: systemd's and Docker's place.
const cgroupRoot = "/sys/fs/cgroup"

// cpuQuota reports whether a CPU quota below cpus applies, or may apply, to this process, and
// why, reading through read: a cpu.max (cgroup v2) or cpu.cfs_quota_us and cpu.cfs_period_us (v1)
// in its cgroup or any above it, under cgroupRoot. Go's own default reads only the process's own
// cgroup and rounds a quota up to 2 CPUs, so on a 2-CPU machine it cannot tell a quota from none.
//
// It errs towards a quota (no raise; the operator can set GOMAXPROCS): a file it cannot read for
// any reason but its absence, content it cannot parse, a path that leaves its hierarchy, and a
// process at the root of a cgroup v2 hierarchy, which is what a container in a cgroup namespace
// sees (its limits, if any, are above what it can read). A v1 root is taken as the host's: Docker
// gives containers a private cgroup namespace only on v2.
func cpuQuota(read func(string) ([]byte, error), cpus int) (bool, string) {
	raw, err := read("/proc/self/cgroup")
	if err != nil {
		return !errors.Is(err, fs.ErrNotExist), "read /proc/self/cgroup: " + err.Error()
	}
	var v1, v2 string // the cpu hierarchy's path
	sawV1 := false
	sc := bufio.NewScanner(strings.NewReader(string(raw)))
	for sc.Scan() {
		f := strings.SplitN(sc.Text(), ":", 3) // hierarchy-ID:controllers:path
		switch {
		case len(f) != 3:
		case f[0] == "0" && f[1] == "":
			v2 = f[2]
		case hasController(f[1], "cpu"):
			v1, sawV1 = f[2], true
		}
	}
	var dirs []string
	var files func(dir string) (limit float64, none bool, err error)
	switch {
	case sawV1:
		if strings.Contains(v1, "..") {
			return true, "the cpu cgroup's path leaves its hierarchy: " + v1
		}
		for _, root := range []string{cgroupRoot + "/cpu,cpuacct", cgroupRoot + "/cpu"} {
			if _, err := read(root + "/cpu.cfs_quota_us"); err == nil {
				dirs = walk(root, v1)
				break
			}
		}
		if dirs == nil {
			return true, "no cgroup v1 cpu hierarchy under " + cgroupRoot
		}
		files = func(dir string) (float64, bool, error) {
			q, err := readInt(read, dir+"/cpu.cfs_quota_us")
			if err != nil || q < 0 {
				return 0, true, err
			}
			p, err := readInt(read, dir+"/cpu.cfs_period_us")
			if err != nil || p <= 0 {
				return 0, false, fmt.Errorf("%s/cpu.cfs_period_us: %v", dir, err)
			}
			return float64(q) / float64(p), false, nil
		}
	case v2 != "":
		if strings.Contains(v2, "..") {
			return true, "the cgroup's path leaves its hierarchy: " + v2
		}
		if path.Clean("/"+v2) == "/" {
			if _, err := read(cgroupRoot + "/cgroup.controllers"); err == nil {
				return true, "at the root of a cgroup v2 hierarchy (a cgroup namespace): a limit above it cannot be read"
			}
		}
		dirs = walk(cgroupRoot, v2)
		files = func(dir string) (float64, bool, error) {
			v, err := read(dir + "/cpu.max")
			if err != nil {
				return 0, true, err
			}
			q := strings.Fields(string(v))
			if len(q) != 2 {
				return 0, false, fmt.Errorf("%s/cpu.max: %q", dir, v)
			}
			if q[0] == "max" {
				return 0, true, nil
			}
			a, err1 := strconv.ParseInt(q[0], 10, 64)
			b, err2 := strconv.ParseInt(q[1], 10, 64)
			if err1 != nil || err2 != nil || b <= 0 {
				return 0, false, fmt.Errorf("%s/cpu.max: %q", dir, v)
			}
			return float64(a) / float64(b), false, nil
		}
	default:
		return false, "no cpu cgroup"
	}
	for _, dir := range dirs {
		limit, none, err := files(dir)
		switch {
		case err != nil && !errors.Is(err, fs.ErrNotExist):
			return true, err.Error()
		case !none && err == nil && limit < float64(cpus):
			return true, fmt.Sprintf("%s: a quota of %.2f CPUs", dir, limit)
		}
	}
	return false, "no quota below the CPUs"
}

// walk is dir's cgroup path p under root and every directory above it up to root.
func walk(root, p string) []string {
	var out []string
	for p = path.Clean("/" + p); ; p = path.Dir(p) {
		out = append(out, path.Join(root, p))
		if p == "/" {
			return out
		}
	}
}

// readInt reads a file holding one integer.
func readInt(read func(string) ([]byte, error), name string) (int64, error) {
	v, err := read(name)
	if err != nil {
		return 0, err
	}
	n, err := strconv.ParseInt(strings.TrimSpace(string(v)), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%s: %q", name, v)
	}
	return n, nil
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
