// Package proctree reads what a process and its children use, from Linux's /proc: a node's CPU
// time and memory are its own and its KZG workers' (node.kzg-process), so that measurements of
// the node count the work it moved to a child process.
package proctree

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"syscall"
	"time"
)

// Usage is what a process and its children use.
type Usage struct {
	// CPU is the user and system CPU time of the process, of its running children, and of the
	// children it has waited for.
	CPU time.Duration
	// RSSKiB is the resident memory of the process and its running children, in KiB: the sum of
	// each one's, so pages they share (the same binary's code) count once in each.
	RSSKiB int
}

// clockTick is USER_HZ, the unit of /proc's CPU times: 100 on every Linux platform Go supports.
const clockTick = 10 * time.Millisecond

// Demand is what the threads of process pid have asked of the cores: the CPU time they had plus
// the time they waited, runnable, for a CPU (the first two fields of
// /proc/PID/task/TID/schedstat, in nanoseconds). A process that works grows it whether or not it
// gets the cores; one that sleeps (blocked in a read, say) does not. Threads that ended are no
// longer counted, so it can fall; and a kernel without schedstat accounting reads 0.
func Demand(pid int) (time.Duration, error) {
	var sum time.Duration
	err := eachThread(pid, "schedstat", func(_ int, raw []byte) error {
		f := bytes.Fields(raw)
		if len(f) < 2 {
			return fmt.Errorf("pid %d: malformed schedstat %q", pid, raw)
		}
		for _, x := range f[:2] {
			ns, err := strconv.ParseInt(string(x), 10, 64)
			if err != nil {
				return fmt.Errorf("pid %d: malformed schedstat %q", pid, raw)
			}
			sum += time.Duration(ns)
		}
		return nil
	})
	return sum, err
}

// Nices returns the nice value of each thread of process pid (Linux keeps one per thread).
func Nices(pid int) ([]int, error) {
	var out []int
	err := eachThread(pid, "stat", func(_ int, raw []byte) error {
		st, err := parseStat(raw, pid)
		if err != nil {
			return err
		}
		out = append(out, int(st.nice))
		return nil
	})
	if err == nil && len(out) == 0 {
		err = fmt.Errorf("pid %d: no threads", pid)
	}
	return out, err
}

// Threads are the thread ids of process pid (/proc/PID/task).
func Threads(pid int) ([]int, error) {
	ents, err := os.ReadDir(fmt.Sprintf("/proc/%d/task", pid))
	if err != nil {
		return nil, err
	}
	var out []int
	for _, e := range ents {
		if tid, err := strconv.Atoi(e.Name()); err == nil {
			out = append(out, tid)
		}
	}
	return out, nil
}

// eachThread calls f with each thread of process pid and its file /proc/PID/task/TID/name,
// skipping the threads that end meanwhile.
func eachThread(pid int, name string, f func(tid int, raw []byte) error) error {
	tids, err := Threads(pid)
	if err != nil {
		return err
	}
	for _, tid := range tids {
		raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/task/%d/%s", pid, tid, name))
		if errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ESRCH) {
			continue // the thread ended
		}
		if err != nil {
			return err
		}
		if err := f(tid, raw); err != nil {
			return err
		}
	}
	return nil
}

// Read returns the usage of process pid with its children's. A child reaped while Read looks
// moves its CPU time into the parent's: Read reads the parent again after the children and
// starts over when that moved, so that no child's time is counted twice or not at all.
func Read(pid int) (Usage, error) {
	for {
		st, err := readStat(pid)
		if err != nil {
			return Usage{}, err
		}
		u := st.usage()
		err = eachChild(pid, func(_ int, cs stat) {
			cu := cs.usage()
			u.CPU += cu.CPU
			u.RSSKiB += cu.RSSKiB
		})
		if err != nil {
			return Usage{}, err
		}
		again, err := readStat(pid)
		if err != nil {
			return Usage{}, err
		}
		if again.cutime == st.cutime && again.cstime == st.cstime {
			return u, nil
		}
	}
}

// Own is the user and system CPU time of process pid alone: none of its children's.
func Own(pid int) (time.Duration, error) {
	st, err := readStat(pid)
	if err != nil {
		return 0, err
	}
	return time.Duration(st.utime+st.stime) * clockTick, nil
}

// Children are the pids of process pid's children, running or not yet reaped.
func Children(pid int) ([]int, error) {
	var out []int
	err := eachChild(pid, func(child int, _ stat) { out = append(out, child) })
	return out, err
}

// Running reports whether process pid runs: it exists and is not a zombie waiting to be reaped.
func Running(pid int) bool {
	st, err := readStat(pid)
	return err == nil && st.state != 'Z'
}

// eachChild calls f with each child of process pid and its stat.
func eachChild(pid int, f func(child int, st stat)) error {
	dirs, err := os.ReadDir("/proc")
	if err != nil {
		return err
	}
	for _, d := range dirs {
		child, err := strconv.Atoi(d.Name())
		if err != nil || child == pid {
			continue
		}
		cs, err := readStat(child)
		if err != nil || cs.ppid != pid {
			continue // gone meanwhile, or not a child
		}
		f(child, cs)
	}
	return nil
}

// stat is what this package takes from /proc/PID/stat.
type stat struct {
	state                        byte
	ppid                         int
	utime, stime, cutime, cstime int64 // clock ticks
	nice                         int64 // -20 (first) to 19 (last)
	rssPages                     int64
}

func (s stat) usage() Usage {
	return Usage{CPU: time.Duration(s.utime+s.stime+s.cutime+s.cstime) * clockTick,
		RSSKiB: int(s.rssPages * int64(os.Getpagesize()) / 1024)}
}

// readStat parses /proc/PID/stat (proc(5)): the command name (field 2) may hold spaces and
// parentheses, so the fields are counted from after its last closing parenthesis, where field 3
// (state) is the first.
func readStat(pid int) (stat, error) {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return stat{}, err
	}
	return parseStat(raw, pid)
}

// parseStat parses the content of a stat file of process pid (its own or one of its threads').
func parseStat(raw []byte, pid int) (stat, error) {
	i := bytes.LastIndexByte(raw, ')')
	if i < 0 {
		return stat{}, fmt.Errorf("pid %d: malformed stat", pid)
	}
	f := bytes.Fields(raw[i+1:])
	if len(f) == 0 || len(f[0]) != 1 {
		return stat{}, fmt.Errorf("pid %d: stat has no state", pid)
	}
	field := func(n int) (int64, error) { // n is proc(5)'s 1-based field number
		if n-3 >= len(f) {
			return 0, fmt.Errorf("pid %d: stat has no field %d", pid, n)
		}
		return strconv.ParseInt(string(f[n-3]), 10, 64)
	}
	var s stat
	var ppid int64
	for _, x := range []struct {
		n   int
		dst *int64
	}{{4, &ppid}, {14, &s.utime}, {15, &s.stime}, {16, &s.cutime}, {17, &s.cstime}, {19, &s.nice}, {24, &s.rssPages}} {
		var err error
		if *x.dst, err = field(x.n); err != nil {
			return stat{}, err
		}
	}
	s.ppid, s.state = int(ppid), f[0][0]
	return s, nil
}
