package devnet

import (
	"context"
	"errors"
	"io"
	"net"
	"sync"
	"time"
)

// Wire relays every TCP connection accepted on ln to the address to, holding each chunk of bytes
// for delay before passing it on, in both directions: a link with that one-way latency. Bytes
// keep their order and the link stays pipelined (a chunk waits for its own delay only, not for the
// chunks before it to be acknowledged), so throughput is not bounded by the delay.
//
// The devnet runs a wire inside each host's network namespace in front of its node's P2P port:
// the kernels this runs on may lack the netem qdisc, and a relay on the receiving host delays
// exactly the traffic between hosts. It returns when ctx ends or ln fails.
func Wire(ctx context.Context, ln net.Listener, to string, delay time.Duration) error {
	var wg sync.WaitGroup
	defer wg.Wait()
	go func() {
		<-ctx.Done()
		ln.Close()
	}()
	for {
		in, err := ln.Accept()
		if err != nil {
			if ctx.Err() != nil || errors.Is(err, net.ErrClosed) {
				return nil
			}
			return err
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer in.Close()
			var d net.Dialer
			out, err := d.DialContext(ctx, "tcp", to)
			if err != nil {
				return
			}
			defer out.Close()
			done := make(chan struct{}, 2)
			go func() { delayCopy(out, in, delay); done <- struct{}{} }()
			go func() { delayCopy(in, out, delay); done <- struct{}{} }()
			select {
			case <-done: // one side closed: close both, which ends the other copy
			case <-ctx.Done():
			}
		}()
	}
}

// chunk is bytes read at a time, due for writing delay later.
type chunk struct {
	b   []byte
	due time.Time
}

// delayCopy copies src to dst, each read chunk written delay after it was read. It returns when
// either side fails or src ends; a full queue (1,024 chunks in flight) holds the reader back.
func delayCopy(dst io.Writer, src io.Reader, delay time.Duration) {
	q := make(chan chunk, 1024)
	go func() {
		defer close(q)
		for {
			buf := make([]byte, 32<<10)
			n, err := src.Read(buf)
			if n > 0 {
				q <- chunk{b: buf[:n], due: time.Now().Add(delay)}
			}
			if err != nil {
				return
			}
		}
	}()
	for c := range q {
		if wait := time.Until(c.due); wait > 0 {
			time.Sleep(wait)
		}
		if _, err := dst.Write(c.b); err != nil {
			// Drain so the reader is not blocked on a full queue; it ends when src is closed.
			go func() {
				for range q {
				}
			}()
			return
		}
	}
	if cw, ok := dst.(interface{ CloseWrite() error }); ok {
		_ = cw.CloseWrite()
	}
}
