package ports

import (
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestFreeIsBelowTheEphemeralRangeAndSkipsHeldPorts(t *testing.T) {
	ephemeralLow := 32768 // Linux's default
	if raw, err := os.ReadFile("/proc/sys/net/ipv4/ip_local_port_range"); err == nil {
		f := strings.Fields(string(raw))
		ephemeralLow, err = strconv.Atoi(f[0])
		require.NoError(t, err)
	}
	require.LessOrEqual(t, Low+Span, ephemeralLow, "this machine's ephemeral range overlaps the ports' range")
	seen := map[int]bool{}
	ps, err := FreeN(50)
	require.NoError(t, err)
	for _, p := range ps {
		require.GreaterOrEqual(t, p, Low)
		require.Less(t, p, Low+Span)
		require.Less(t, p, ephemeralLow, "a port of the kernel's ephemeral range")
		require.False(t, seen[p], "port %d handed out twice", p)
		seen[p] = true
	}
	// A port someone holds is skipped.
	held := (int(tests.next.Load())+1)%Span + Low
	ln, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", held))
	if err != nil {
		t.Skipf("port %d is taken already: %v", held, err)
	}
	defer ln.Close()
	p, err := Free()
	require.NoError(t, err)
	require.NotEqual(t, held, p)
}
