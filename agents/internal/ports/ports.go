// Package ports picks free TCP ports on the loopback for the processes that tests and the
// benchmarking commands start.
//
// A port from listening on port 0 comes from the kernel's ephemeral range (32768-60999 by
// default), the range outgoing connections take their source ports from: between the pick and
// the child's bind, any connection on the machine may take it. A devnet's L1 port was lost so in
// a make test run, and a restarted node's metrics port before (agents/node's tests pick their own
// range for that reason). Free picks from below that range instead, and below the node tests'
// range (15000-19999) and the devnets' port blocks (20000 and up, agents/devnet/portblock.go),
// from a random start per process, and checks that the port binds. It does not stop another
// process that picks in the same range from taking a port between the pick and the bind (test
// packages run two at a time), nor check the machine's ephemeral range, which an operator may
// have lowered into this one (the ports test checks it on the machine it runs on).
package ports

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"sync"
	"sync/atomic"
	"syscall"
)

// Low and Span: Free's ports are Low to Low+Span-1.
const (
	Low  = 10000
	Span = 5000
)

// ErrNoneFree is Free's error when no port of its range binds.
var ErrNoneFree = errors.New("no free port in the range")

// Range hands out ports from Low to Low+Span-1 in turn, from a random start (set at the first
// call), checking that each binds. A test package whose processes must not take the ports of
// the packages tested beside it picks from a range of its own (agents/node's tests: 15000-19999).
type Range struct {
	Low, Span int
	once      sync.Once
	next      atomic.Int64
}

var tests = &Range{Low: Low, Span: Span}

// Free returns a port of 127.0.0.1 that nothing listens on now, from Low to Low+Span-1. Ports
// are handed out in turn from a random start, so that one process does not get the same port
// twice while its children start.
func Free() (int, error) { return tests.Free() }

// FreeN returns n different ports as Free does.
func FreeN(n int) ([]int, error) { return tests.FreeN(n) }

// Free returns a port of r that nothing listens on now.
func (r *Range) Free() (int, error) {
	r.once.Do(func() { r.next.Store(rand.Int64N(int64(r.Span))) })
	for range r.Span {
		p := r.Low + int(r.next.Add(1)%int64(r.Span))
		ln, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", p))
		if errors.Is(err, syscall.EADDRINUSE) {
			continue
		}
		if err != nil {
			return 0, fmt.Errorf("ports: %w", err) // out of files, not permitted: not a taken port
		}
		_ = ln.Close()
		return p, nil
	}
	return 0, fmt.Errorf("%w %d-%d", ErrNoneFree, r.Low, r.Low+r.Span-1)
}

// FreeN returns n different ports of r.
func (r *Range) FreeN(n int) ([]int, error) {
	out := make([]int, 0, n)
	seen := map[int]bool{}
	for tries := 0; len(out) < n; tries++ {
		if tries >= r.Span {
			return nil, fmt.Errorf("%w %d-%d", ErrNoneFree, r.Low, r.Low+r.Span-1)
		}
		p, err := r.Free()
		if err != nil {
			return nil, err
		}
		if !seen[p] { // the turn came round again
			seen[p] = true
			out = append(out, p)
		}
	}
	return out, nil
}
