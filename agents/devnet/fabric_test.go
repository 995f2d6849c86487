package devnet

import (
	"net"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"golang.org/x/sys/unix"
)

// inNS runs fn on an OS thread inside network namespace ns: the sockets fn creates belong to it.
func inNS(t *testing.T, ns string, fn func()) {
	t.Helper()
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	self, err := os.Open("/proc/thread-self/ns/net")
	require.NoError(t, err)
	defer self.Close()
	target, err := os.Open(filepath.Join("/var/run/netns", ns))
	require.NoError(t, err)
	defer target.Close()
	require.NoError(t, unix.Setns(int(target.Fd()), unix.CLONE_NEWNET))
	defer func() { require.NoError(t, unix.Setns(int(self.Fd()), unix.CLONE_NEWNET)) }()
	fn()
}

// listenIn opens a TCP listener inside host h that accepts (and closes) every connection.
func listenIn(t *testing.T, ns, addr string) {
	t.Helper()
	var ln net.Listener
	inNS(t, ns, func() {
		var err error
		ln, err = net.Listen("tcp", addr)
		require.NoError(t, err)
	})
	serve(t, ln, func(c net.Conn) { c.Close() })
}

// reaches says whether a TCP connection from namespace ns to addr opens within a second.
func reaches(t *testing.T, ns, addr string) bool {
	t.Helper()
	var err error
	inNS(t, ns, func() {
		var c net.Conn
		c, err = net.DialTimeout("tcp", addr, time.Second)
		if err == nil {
			c.Close()
		}
	})
	return err == nil
}

// TestFabricPartitionsAndHeals builds a real fabric of three hosts and checks what crosses it:
// every host reaches the others and the gateway; a partition stops exactly the links between its
// groups, both ways, and leaves L1 reachable; a heal restores them; Close leaves nothing.
func TestFabricPartitionsAndHeals(t *testing.T) {
	if err := FabricSupported(); err != nil {
		t.Skipf("no fabric here: %v", err)
	}
	f, err := NewFabric(7, 3, 50)
	require.NoError(t, err)
	closed := false
	defer func() {
		if !closed {
			f.Close()
		}
	}()
	for _, h := range f.Hosts {
		listenIn(t, h.NS, h.IP+":9000")
	}
	gw, err := net.Listen("tcp", f.Gateway+":9001")
	require.NoError(t, err, "the gateway address is on this namespace's bridge")
	serve(t, gw, func(c net.Conn) { c.Close() })
	link := func(a, b int) bool { return reaches(t, f.Hosts[a].NS, f.Hosts[b].IP+":9000") }
	for a := range f.Hosts {
		require.True(t, reaches(t, f.Hosts[a].NS, f.Gateway+":9001"), "host %d reaches L1's address", a)
		for b := range f.Hosts {
			if a != b {
				require.True(t, link(a, b), "host %d reaches host %d", a, b)
			}
		}
	}

	require.NoError(t, f.Partition([]int{0, 1}, []int{2}))
	require.True(t, link(0, 1))
	require.True(t, link(1, 0))
	for _, a := range []int{0, 1} {
		require.False(t, link(a, 2), "host %d must not reach host 2 across the partition", a)
		require.False(t, link(2, a), "host 2 must not reach host %d across the partition", a)
	}
	require.True(t, f.Cut(0, 2) && f.Cut(2, 1) && !f.Cut(0, 1))
	require.True(t, reaches(t, f.Hosts[2].NS, f.Gateway+":9001"), "a partition between hosts leaves L1 reachable")
	require.Error(t, f.Partition([]int{0}, []int{0}), "a host in two groups")
	require.Error(t, f.Partition([]int{0}, []int{5}), "no such host")

	require.NoError(t, f.Heal())
	require.True(t, link(0, 2))
	require.True(t, link(2, 1))

	f.Close()
	closed = true
	for _, h := range f.Hosts {
		_, err := os.Stat(filepath.Join("/var/run/netns", h.NS))
		require.True(t, os.IsNotExist(err), "namespace %s is left after Close", h.NS)
	}
	_, err = net.InterfaceByName(f.Bridge)
	require.Error(t, err, "bridge %s is left after Close", f.Bridge)
}
