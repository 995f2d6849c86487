package node

import (
	"testing"

	"github.com/stretchr/testify/require"
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
