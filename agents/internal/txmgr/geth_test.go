//go:build geth

package txmgr

import (
	"context"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

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

// TestGethLateBlobProposeTakesNoNonce: a slot-bound blob candidate whose deadline passes while it
// is estimated (a busy machine, a slow endpoint) is refused before it takes a nonce, so nothing
// reaches geth's blob pool that would land after its slot and revert with its gas paid, and no
// nonce is left stuck behind it; the next candidate takes that nonce and geth mines it.
func TestGethLateBlobProposeTakesNoNonce(t *testing.T) {
	t.Parallel()
	g := gethtest.Start(t, 1) // a block every second, as the geth profile's L1
	c := dial(t, g.URL)
	e := &env{c: c, kv: store.OpenMemory(), ev: &counts{events: map[string]int{}}}
	t.Cleanup(func() { _ = e.kv.Close() })
	estimates := new(atomic.Int64)
	e.m = e.start(t, testConfig(), slowEstimate{Backend: c, delay: 3 * time.Second, calls: estimates})
	ctx := ctxT(t)
	pending := func() uint64 {
		n, err := c.PendingNonceAt(ctx, e.m.From())
		require.NoError(t, err)
		return n
	}

	late := blobCandidate("late-propose", blobData(1000))
	late.NotAfter = time.Now().Add(time.Second) // passes during the 3 s estimate, even on a loaded -race run
	_, err := e.m.Send(ctx, late)
	require.ErrorIs(t, err, ErrTooLate, "the deadline passed during the estimate")
	require.Equal(t, int64(1), estimates.Load(), "refused after the estimate, before the nonce")
	require.Zero(t, pending(), "geth's pool holds nothing from the refused candidate")
	require.Zero(t, e.m.InFlight())

	next := blobCandidate("next-propose", blobData(1000))
	next.NotAfter = time.Now().Add(time.Minute)
	r, err := e.m.Send(ctx, next)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	require.Equal(t, uint8(types.BlobTxType), r.Type)
	tx, _, err := c.TransactionByHash(ctx, r.TxHash)
	require.NoError(t, err)
	require.Zero(t, tx.Nonce(), "the next candidate took the nonce the late one did not")
}
