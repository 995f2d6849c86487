package devnet

import (
	"bytes"
	"context"
	"crypto/rand"
	"io"
	"net"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// serve accepts connections on ln until it is closed (at the test's end) and hands each to
// handle, which owns it.
func serve(t *testing.T, ln net.Listener, handle func(net.Conn)) {
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go handle(c)
		}
	}()
}

// echoServer answers every connection with what it reads.
func echoServer(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	serve(t, ln, func(c net.Conn) { defer c.Close(); _, _ = io.Copy(c, c) })
	return ln.Addr().String()
}

func startWire(t *testing.T, to string, delay time.Duration) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Wire(ctx, ln, to, delay) }()
	t.Cleanup(func() {
		cancel()
		require.NoError(t, <-done)
	})
	return ln.Addr().String()
}

// TestWireDelaysBothWaysAndKeepsTheBytes checks that a round trip through the wire takes at
// least two one-way delays, and that a megabyte comes back whole and in order.
func TestWireDelaysBothWaysAndKeepsTheBytes(t *testing.T) {
	const delay = 150 * time.Millisecond
	addr := startWire(t, echoServer(t), delay)
	c, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	defer c.Close()

	start := time.Now()
	_, err = c.Write([]byte("ping"))
	require.NoError(t, err)
	got := make([]byte, 4)
	_, err = io.ReadFull(c, got)
	require.NoError(t, err)
	require.Equal(t, "ping", string(got))
	require.GreaterOrEqual(t, time.Since(start), 2*delay, "a round trip must pay the delay each way")

	payload := make([]byte, 1<<20)
	_, err = rand.Read(payload)
	require.NoError(t, err)
	go func() { _, _ = c.Write(payload) }()
	back := make([]byte, len(payload))
	_, err = io.ReadFull(c, back)
	require.NoError(t, err)
	require.True(t, bytes.Equal(payload, back), "the megabyte came back changed or out of order")
}

// TestWireClosesWhenTheTargetIsDown checks that a connection to a host whose service is down
// ends at once instead of hanging.
func TestWireClosesWhenTheTargetIsDown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	dead := ln.Addr().String()
	ln.Close()
	c, err := net.Dial("tcp", startWire(t, dead, 10*time.Millisecond))
	require.NoError(t, err)
	defer c.Close()
	require.NoError(t, c.SetReadDeadline(time.Now().Add(10*time.Second)))
	_, err = c.Read(make([]byte, 1))
	require.ErrorIs(t, err, io.EOF)
}
