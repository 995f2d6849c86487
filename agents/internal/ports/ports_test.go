package ports

import (
	"fmt"
	"net"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestFreeIsBelowTheEphemeralRangeAndSkipsHeldPorts(t *testing.T) {
	seen := map[int]bool{}
	ps, err := FreeN(50)
	require.NoError(t, err)
	for _, p := range ps {
		require.GreaterOrEqual(t, p, Low)
		require.Less(t, p, Low+Span)
		require.Less(t, p, 32768, "a port of the kernel's ephemeral range")
		require.False(t, seen[p], "port %d handed out twice", p)
		seen[p] = true
	}
	// A port someone holds is skipped.
	held := (int(next.Load())+1)%Span + Low
	ln, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", held))
	if err != nil {
		t.Skipf("port %d is taken already: %v", held, err)
	}
	defer ln.Close()
	p, err := Free()
	require.NoError(t, err)
	require.NotEqual(t, held, p)
}
