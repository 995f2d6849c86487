package node

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/config"
)

// TestDASettings: node.da picks where blocks' data goes and the default block size limit, and
// bad values are refused at start naming the key.
func TestDASettings(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		da        string
		maxBytes  int
		wantBytes int
		blobsAt   map[int]bool // block data size -> sealed in blobs
		wantErr   string
	}{
		{da: DACalldata, wantBytes: 120_000, blobsAt: map[int]bool{0: false, 100_000: false}},
		{da: DABlobs, wantBytes: 6*4096*31 - 4, blobsAt: map[int]bool{0: true, 100: true}},
		{da: DAAuto, wantBytes: 6*4096*31 - 4, blobsAt: map[int]bool{0: false, AutoBlobThreshold: false, AutoBlobThreshold + 1: true}},
		{da: DACalldata, maxBytes: 400_000, wantBytes: 400_000},
		{da: DAAuto, maxBytes: 800_000, wantBytes: 800_000,
			wantErr: "config key node.max-block-bytes (env SPTN_NODE_MAX_BLOCK_BYTES) = 800000: want at most 761852 bytes (6 blobs) with node.da auto"},
		{da: "blob", wantErr: "config key node.da (env SPTN_NODE_DA) = \"blob\": want calldata, blobs or auto"},
	} {
		t.Run(tc.da, func(t *testing.T) {
			t.Parallel()
			c := Config{Node: Settings{DA: tc.da, MaxBlockBytes: tc.maxBytes}}
			err := c.Check() // the rest of the config is empty and fails too: look for our keys
			if tc.wantErr != "" {
				require.ErrorContains(t, err, tc.wantErr)
				return
			}
			require.NotContains(t, err.Error(), "node.da")
			require.NotContains(t, err.Error(), "node.max-block-bytes")
			require.Equal(t, tc.wantBytes, c.Node.BlockBytes())
			for size, want := range tc.blobsAt {
				require.Equal(t, want, c.Node.SealBlobs(size), "size %d", size)
			}
		})
	}
}

// TestAPILimitKeys: the chain API's limits have defaults that pass the checks, come from the
// environment like every key, and bad values are refused at start naming the key.
func TestAPILimitKeys(t *testing.T) {
	var c Config
	require.NoError(t, config.LoadFile("", &c, Keys...))
	err := c.Check()
	if err != nil {
		require.NotContains(t, err.Error(), "node.api-", "the defaults pass")
	}
	lim := limitsOf(&c.Node)
	require.Equal(t, apiLimits{ReadTimeout: 30 * time.Second, WriteTimeout: 30 * time.Second, IdleTimeout: 2 * time.Minute,
		MaxStreams: 256, MaxStreamsPerClient: 16, BodyMemory: 64 << 20, Hosts: []string{}}, lim)

	t.Setenv("SPTN_NODE_API_HOSTS", "node.example,api.example")
	t.Setenv("SPTN_NODE_API_MAX_STREAMS", "8")
	require.NoError(t, config.LoadFile("", &c, Keys...))
	require.Equal(t, []string{"node.example", "api.example"}, c.Node.APIHosts)
	require.Equal(t, 8, c.Node.APIMaxStreams)

	for _, tc := range []struct {
		set  func(*Settings)
		want string
	}{
		{func(s *Settings) { s.APIReadTimeout = 0 }, "config key node.api-read-timeout (env SPTN_NODE_API_READ_TIMEOUT) = 0s: want 1s to 10m"},
		{func(s *Settings) { s.APIWriteTimeout = time.Hour }, "node.api-write-timeout (env SPTN_NODE_API_WRITE_TIMEOUT) = 1h0m0s: want 1s to 10m"},
		{func(s *Settings) { s.APIIdleTimeout = 0 }, "node.api-idle-timeout"},
		{func(s *Settings) { s.APIMaxStreams = 0 }, "node.api-max-streams (env SPTN_NODE_API_MAX_STREAMS) = 0: want 1 to 100000"},
		{func(s *Settings) { s.APIMaxStreamsPerClient = 300 }, "node.api-max-streams-per-client (env SPTN_NODE_API_MAX_STREAMS_PER_CLIENT) = 300: want 1 to node.api-max-streams"},
		{func(s *Settings) { s.APIBodyMemory = 1 << 20 }, "node.api-body-memory (env SPTN_NODE_API_BODY_MEMORY) = 1048576: want 16777216 (one full batch)"},
		{func(s *Settings) { s.APIHosts = []string{"http://node.example"} }, "node.api-hosts"},
		{func(s *Settings) { s.APIHosts = []string{"node.example:8080"} }, "node.api-hosts"},
	} {
		bad := c
		tc.set(&bad.Node)
		require.ErrorContains(t, bad.Check(), tc.want)
	}
}
