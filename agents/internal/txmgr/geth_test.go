//go:build geth

package txmgr

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/anviltest"
	"github.com/sptn/sptn/agents/internal/gethtest"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/internal/store"
)

// TestGethBlobPoolReplacement meets geth's blob pool, which anvil does not model: a blob
// transaction the manager sent (cell proofs, Osaka) sits in geth's pool (no block is sealed during
// the test); a replacement that raises each fee by 10%, as for an ordinary transaction, is refused
// as underpriced (geth asks +100% on the tip, the fee cap and the blob fee cap of a blob
// transaction); the manager's own bump of it is taken into the pool in its place.
func TestGethBlobPoolReplacement(t *testing.T) {
	t.Parallel()
	g := gethtest.Start(t, 3600) // geth seals its first block at start, then none for an hour
	c := dial(t, g.URL)
	e := &env{c: c, kv: store.OpenMemory(), ev: &counts{events: map[string]int{}}}
	t.Cleanup(func() { _ = e.kv.Close() })
	cfg := testConfig()
	cfg.BumpAfterBlocks = 1000 // the test bumps; the manager's own loop must not
	e.m = e.start(t, cfg, c)
	ctx := ctxT(t)
	data := blobData(1000)
	_ = sendAsync(ctx, e.m, blobCandidate("geth-blob", data))

	var first common.Hash
	eventually(t, "the blob transaction in geth's pool", func() bool {
		h, ok := e.m.flightHash(0)
		if !ok {
			return false
		}
		first = h
		_, pending, err := c.TransactionByHash(ctx, h)
		return err == nil && pending
	})
	firstTx, _, err := c.TransactionByHash(ctx, first)
	require.NoError(t, err)
	require.Equal(t, uint8(types.BlobTxType), firstTx.Type())

	// +10% on every fee, the same blobs, the same nonce: geth refuses it.
	sc, err := protocol.BlobSidecar(data, types.BlobSidecarVersion1)
	require.NoError(t, err)
	require.Equal(t, firstTx.BlobHashes(), sc.BlobHashes(), "the sidecar rebuilt from the data is the one sent")
	ten, err := types.SignNewTx(anviltest.DevKey(t, 0), types.LatestSignerForChainID(big.NewInt(anviltest.ChainID)), &types.BlobTx{
		ChainID: u256(firstTx.ChainId()), Nonce: firstTx.Nonce(), Gas: firstTx.Gas(), To: *firstTx.To(), Data: firstTx.Data(),
		GasTipCap: u256(bumped(firstTx.GasTipCap())), GasFeeCap: u256(bumped(firstTx.GasFeeCap())),
		BlobFeeCap: u256(bumped(firstTx.BlobGasFeeCap())), BlobHashes: sc.BlobHashes(), Sidecar: sc,
	})
	require.NoError(t, err)
	err = c.SendTransaction(ctx, ten)
	require.ErrorContains(t, err, "replacement transaction underpriced", "geth took a blob replacement at +10%%")

	// The manager's bump (stopped first, so that the test alone drives the flight).
	require.NoError(t, e.m.Stop(context.Background()))
	f := e.m.inflight[0]
	require.NotNil(t, f)
	head, err := c.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	require.NoError(t, e.m.bump(ctx, f, head))
	second := f.latest()
	require.NotEqual(t, first, second.Hash())
	got, pending, err := c.TransactionByHash(ctx, second.Hash())
	require.NoError(t, err, "geth's pool does not hold the manager's replacement")
	require.True(t, pending)
	require.Equal(t, firstTx.BlobHashes(), got.BlobHashes(), "the same blobs")
	_, _, err = c.TransactionByHash(ctx, first)
	require.Error(t, err, "the replaced version is still in geth's pool")
}

func u256(v *big.Int) *uint256.Int { return uint256.MustFromBig(v) }
