package txmgr

import (
	"context"
	"encoding/json"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/anviltest"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/internal/store"
)

// blobData is n bytes that need two blobs when n > one blob's capacity.
func blobData(n int) []byte {
	out := make([]byte, n)
	for i := range out {
		out[i] = byte(i*13 + 5)
	}
	return out
}

func blobCandidate(id string, data []byte) TxCandidate {
	return TxCandidate{ID: id, To: &sink, Data: []byte(id), BlobData: data}
}

// storedRecord reads the persisted record of nonce.
func storedRecord(t *testing.T, kv store.KV, m *Manager, nonce uint64) record {
	t.Helper()
	raw, err := kv.Get(m.ks.tx(nonce))
	require.NoError(t, err)
	var r record
	require.NoError(t, json.Unmarshal(raw, &r))
	return r
}

// TestSendBlob: a blob transaction lands on anvil (Osaka by default in anvil 1.7.1, which takes
// cell proofs; the Prague form with one proof per blob on --hardfork prague), carries the blobs
// whose versioned hashes protocol.DataTxsHash commits to, and its record holds the data
// rather than the blobs.
func TestSendBlob(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name    string
		version byte
		args    []string
	}{
		{"osaka cell proofs", types.BlobSidecarVersion1, nil},
		{"prague blob proofs", types.BlobSidecarVersion0, []string{"--hardfork", "prague"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			cfg := testConfig()
			cfg.BlobSidecarVersion = tc.version
			e := setup(t, cfg, tc.args...)
			e.a.MineEvery(100 * time.Millisecond)
			ctx := ctxT(t)
			data := blobData(protocol.BlobCapacity(1) + 1000)
			r, err := e.m.Send(ctx, blobCandidate("blob", data))
			require.NoError(t, err)
			require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
			require.Equal(t, uint64(2*params.BlobTxBlobGasPerBlob), r.BlobGasUsed)

			tx, _, err := e.c.TransactionByHash(ctx, r.TxHash)
			require.NoError(t, err)
			require.Equal(t, uint8(types.BlobTxType), tx.Type())
			want, err := protocol.DataTxsHash(data)
			require.NoError(t, err)
			require.Equal(t, want, protocol.BlobsTxsHash(tx.BlobHashes()))

			rec := storedRecord(t, e.kv, e.m, 0)
			require.Equal(t, hexutil.Bytes(data), rec.BlobData, "the record keeps the data to rebuild the blobs")
			require.Equal(t, tc.version, rec.BlobVersion)
			require.Equal(t, 1, e.ev.get(EventSidecarsProven), "proven in this process: the candidate brought no sidecar")
		})
	}
}

// TestBlobFeeSpikeBumpsAllFees: a blob transaction stuck under a base fee spike is replaced by a
// version that doubles its tip, fee cap and blob fee cap (what geth's blob pool requires), and
// the replacement lands.
func TestBlobFeeSpikeBumpsAllFees(t *testing.T) {
	t.Parallel()
	e := setup(t, testConfig())
	e.a.SetAutomine(false)
	ctx := ctxT(t)
	res := sendAsync(ctx, e.m, blobCandidate("spike", blobData(1000)))
	var first common.Hash
	eventually(t, "the blob tx in the pool", func() bool {
		h, ok := e.m.flightHash(0)
		first = h
		return ok && e.nonce(t, "pending") == 1
	})
	firstTx, _, err := e.c.TransactionByHash(ctx, first)
	require.NoError(t, err)
	spike := new(big.Int).Mul(big.NewInt(100), big.NewInt(params.GWei))
	require.Less(t, firstTx.GasFeeCap().Cmp(spike), 0, "the first version is priced below the spike")

	e.a.Call(nil, "anvil_setNextBlockBaseFeePerGas", hexutil.EncodeBig(spike))
	e.a.Mine(1)
	stop := e.a.MineEvery(250 * time.Millisecond)
	defer stop()
	got := <-res
	require.NoError(t, got.err)
	require.NotEqual(t, first, got.r.TxHash, "a bumped version was mined, not the first")
	require.GreaterOrEqual(t, e.ev.get(EventBumped), 1)

	mined, _, err := e.c.TransactionByHash(ctx, got.r.TxHash)
	require.NoError(t, err)
	require.Equal(t, uint8(types.BlobTxType), mined.Type())
	require.Equal(t, firstTx.BlobHashes(), mined.BlobHashes(), "the same blobs")
	require.GreaterOrEqual(t, mined.GasTipCap().Cmp(new(big.Int).Mul(firstTx.GasTipCap(), big.NewInt(2))), 0, "tip at least doubled")
	require.GreaterOrEqual(t, mined.GasFeeCap().Cmp(new(big.Int).Mul(firstTx.GasFeeCap(), big.NewInt(2))), 0, "fee cap at least doubled")
	require.GreaterOrEqual(t, mined.BlobGasFeeCap().Cmp(new(big.Int).Mul(firstTx.BlobGasFeeCap(), big.NewInt(2))), 0, "blob fee cap at least doubled")
	require.Equal(t, uint64(1), e.nonce(t, "latest"))

	rec := storedRecord(t, e.kv, e.m, 0)
	require.Equal(t, stateDone, rec.State)
}

// TestRestartRebuildsBlobSidecar: a blob transaction persisted but never broadcast (a crash
// between the two) is sent by the next manager, which rebuilds its blobs from the stored data.
func TestRestartRebuildsBlobSidecar(t *testing.T) {
	t.Parallel()
	e := persistentEnv(t)
	data := blobData(5000)

	m1 := e.start(t, testConfig(), noBroadcast{e.c})
	// The send builds the blobs (KZG proofs: seconds, more under -race) and persists the
	// version; nothing is ever broadcast. It is cut off once the version is in flight.
	short, cancel := context.WithCancel(context.Background())
	res := sendAsync(short, m1, blobCandidate("crash", data))
	var h common.Hash
	require.Eventually(t, func() bool {
		var ok bool
		h, ok = m1.flightHash(0)
		return ok
	}, 2*time.Minute, 20*time.Millisecond, "the blob version is persisted")
	cancel()
	require.Error(t, (<-res).err, "nothing was broadcast")
	require.NoError(t, m1.Stop(context.Background()))
	rec := storedRecord(t, e.kv, m1, 0)
	require.Len(t, rec.Txs, 1)
	require.Less(t, len(rec.Txs[0]), 4096, "versions are stored without their blobs")

	m2 := e.start(t, testConfig(), e.c)
	e.a.MineEvery(100 * time.Millisecond)
	r, err := m2.Send(ctxT(t), blobCandidate("crash", data))
	require.NoError(t, err)
	require.Equal(t, h, r.TxHash, "the persisted version, with its rebuilt blobs, landed")
	require.Equal(t, uint64(params.BlobTxBlobGasPerBlob), r.BlobGasUsed)
	require.Equal(t, 2, e.ev.get(EventSidecarsProven), "proven by the first send, then again at the restart")
}

// TestReviveBlobAfterDeepReorg: a confirmed blob transaction removed by a deep reorg is revived
// with its blobs rebuilt from the record.
func TestReviveBlobAfterDeepReorg(t *testing.T) {
	t.Parallel()
	e := setup(t, testConfig())
	ctx := ctxT(t)
	data := blobData(3000)
	first := e.sendThenReorgAway(t, blobCandidate("deep", data))
	require.NoError(t, e.m.Revive(ctx, "deep"))
	e.m.mu.Lock()
	hashes := e.m.byID["deep"].hashes()
	e.m.mu.Unlock()
	require.Contains(t, hashes, first.TxHash, "the reorged version is still ours, should a node mine it")
	e.a.MineEvery(100 * time.Millisecond)
	again, err := e.m.Send(ctx, blobCandidate("deep", data))
	require.NoError(t, err)
	require.NotEqual(t, first.BlockHash, again.BlockHash)
	tx, _, err := e.c.TransactionByHash(ctx, again.TxHash)
	require.NoError(t, err)
	want, err := protocol.DataTxsHash(data)
	require.NoError(t, err)
	require.Equal(t, want, protocol.BlobsTxsHash(tx.BlobHashes()))
	require.Equal(t, 2, e.ev.get(EventSidecarsProven), "proven by the send, then again for the revival")
}

// TestBlobCandidateNeedsTo: blob transactions cannot create contracts.
func TestBlobCandidateNeedsTo(t *testing.T) {
	t.Parallel()
	e := setup(t, testConfig())
	_, err := e.m.Send(ctxT(t), TxCandidate{BlobData: []byte{1}})
	require.ErrorIs(t, err, ErrBlobCreate)
	_ = anviltest.ChainID
}

// TestSendBlobPrebuiltSidecar: a caller may bring the sidecar proven ahead of time; it must carry
// the candidate's data in the configured version.
func TestSendBlobPrebuiltSidecar(t *testing.T) {
	t.Parallel()
	e := setup(t, testConfig())
	e.a.MineEvery(100 * time.Millisecond)
	ctx := ctxT(t)
	data := blobData(2000)
	other, err := protocol.BlobSidecar(blobData(2001), types.BlobSidecarVersion1)
	require.NoError(t, err)
	c := blobCandidate("wrong", data)
	c.BlobSidecar = other
	_, err = e.m.Send(ctx, c)
	require.ErrorIs(t, err, ErrSidecarMismatch)
	v0, err := protocol.BlobSidecar(data, types.BlobSidecarVersion0)
	require.NoError(t, err)
	c.BlobSidecar = v0
	_, err = e.m.Send(ctx, c)
	require.ErrorIs(t, err, ErrSidecarMismatch, "not the configured version")

	sc, err := protocol.BlobSidecar(data, types.BlobSidecarVersion1)
	require.NoError(t, err)
	c = blobCandidate("prebuilt", data)
	c.BlobSidecar = sc
	r, err := e.m.Send(ctx, c)
	require.NoError(t, err)
	tx, _, err := e.c.TransactionByHash(ctx, r.TxHash)
	require.NoError(t, err)
	require.Equal(t, sc.BlobHashes(), tx.BlobHashes())
	require.Zero(t, e.ev.get(EventSidecarsProven), "no proofs made here for a sidecar brought along")
}
