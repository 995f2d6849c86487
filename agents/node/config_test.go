package node

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/node/app"
)

// TestDASettings: node.da picks where this node, as proposer, puts its blocks' data (auto also
// takes blobs when the data exceeds the chain's calldata limit), bad values are refused at start
// naming the key, and the block limits of earlier versions are refused: they are the chain's,
// in the genesis app_state.
func TestDASettings(t *testing.T) {
	t.Parallel()
	small := app.DefaultParams()
	small.MaxCalldataBlockBytes = 1000
	for _, tc := range []struct {
		name     string
		da       string
		maxBytes int
		params   app.Params
		blobsAt  map[int]bool // block data size -> sealed in blobs
		wantErr  string
	}{
		{name: "calldata", da: DACalldata, params: app.DefaultParams(), blobsAt: map[int]bool{0: false, 100_000: false}},
		{name: "blobs", da: DABlobs, params: app.DefaultParams(), blobsAt: map[int]bool{0: true, 100: true}},
		{name: "auto", da: DAAuto, params: app.DefaultParams(), blobsAt: map[int]bool{0: false, AutoBlobThreshold: false, AutoBlobThreshold + 1: true}},
		{name: "auto with a small calldata limit", da: DAAuto, params: small, blobsAt: map[int]bool{1000: false, 1001: true}},
		{name: "max-block-bytes set", da: DAAuto, maxBytes: 400_000,
			wantErr: "config key node.max-block-bytes (env SPTN_NODE_MAX_BLOCK_BYTES) = 400000: want unset: the chain's limits are consensus rules in the genesis app_state"},
		{name: "bad da", da: "blob", wantErr: "config key node.da (env SPTN_NODE_DA) = \"blob\": want calldata, blobs or auto"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			c := Config{Node: Settings{DA: tc.da, MaxBlockBytes: tc.maxBytes}}
			err := c.Check() // the rest of the config is empty and fails too: look for our keys
			if tc.wantErr != "" {
				require.ErrorContains(t, err, tc.wantErr)
				return
			}
			require.NotContains(t, err.Error(), "node.da")
			require.NotContains(t, err.Error(), "node.max-block-bytes")
			for size, want := range tc.blobsAt {
				require.Equal(t, want, c.Node.SealBlobs(size, tc.params), "size %d", size)
			}
		})
	}
}
