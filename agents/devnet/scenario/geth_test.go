//go:build geth

package scenario

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/bindings/rollup"
)

// The geth set needs a geth binary (make deps-geth builds it from the pinned go-ethereum module:
// about ten CPU-minutes on an empty Go build cache, a link of half a minute on a warm one) and runs
// a devnet in real time. It carries the build tag geth: `make test` runs it after the other
// integration tests (`make test-geth`), on a machine left to it.

// TestGethShortScenarios runs the geth set on one devnet whose L1 is go-ethereum's own
// geth --dev (profile geth: real time, no cheats, blob data): the happy path through all four
// chains, and a node killed with SIGKILL that restarts and catches up. Every block assured on the
// way was proposed in a blob transaction that geth's pool took (cell proofs under Osaka).
func TestGethShortScenarios(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a whole devnet")
	}
	t.Parallel() // its own devnet on its own L1 port block, beside the anvil ones
	// Real time throughout: the story and the genesis about 2 minutes (the Slasher acts at once,
	// SLASHER_AT_ONCE), then the two scenarios.
	ctx, cancel := context.WithTimeout(context.Background(), 12*time.Minute)
	defer cancel()
	n, profile := startDevnet(ctx, t, "geth")
	require.True(t, n.Geth())
	runOnOneDevnet(ctx, t, n, profile, ShortGeth...)

	c, err := n.Dial(ctx)
	require.NoError(t, err)
	defer c.Close()
	rollupAddr, err := n.Deployments.Address("Rollup")
	require.NoError(t, err)
	head, err := c.BlockNumber(ctx)
	require.NoError(t, err)
	methods := rollup.NewRollup().GetABI().Methods
	proposeSel, proposeBlobsSel := [4]byte(methods["propose"].ID), [4]byte(methods["proposeWithBlobs"].ID)
	var blobProposes, otherProposes int
	for i := uint64(1); i <= head; i++ {
		b, err := c.BlockByNumber(ctx, new(big.Int).SetUint64(i))
		require.NoError(t, err)
		for _, tx := range b.Transactions() {
			if tx.To() == nil || *tx.To() != rollupAddr || len(tx.Data()) < 4 {
				continue
			}
			sel := [4]byte(tx.Data()[:4])
			if sel != proposeSel && sel != proposeBlobsSel {
				continue
			}
			if sel == proposeBlobsSel && tx.Type() == types.BlobTxType && len(tx.BlobHashes()) > 0 {
				blobProposes++
			} else {
				otherProposes++
			}
		}
	}
	t.Logf("geth mined %d blob proposes and %d others in %d blocks", blobProposes, otherProposes, head)
	require.Positive(t, blobProposes, "no propose on geth carried blobs")
	require.Zero(t, otherProposes, "a node with node.da=blobs proposed without blobs")
}
