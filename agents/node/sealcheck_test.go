package node

import (
	"context"
	"encoding/json"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/clock"
	"github.com/sptn/sptn/agents/internal/keys"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/node/app"
)

// sealDriver is a driver of the chain fixture's proposer, 1 s before slot 5 starts (within its
// 1.5 s seal lead), with L1's assured tip at tip.
func sealDriver(t *testing.T, f *chainFixture, tip Tip) (*driver, *lastTx) {
	return sealDriverAt(t, f, 5, tip)
}

// driverOnClock is a driver that seals as f's key with lead and da, its clock reading *now, and
// the seals it broadcasts.
func driverOnClock(t *testing.T, f *chainFixture, now *time.Time, lead time.Duration, da string) (*driver, *lastTx) {
	t.Helper()
	clk, err := clock.New(tGenesis, tSlot*time.Second, 1000, clock.WithNow(func() time.Time { return *now }))
	require.NoError(t, err)
	bc := &lastTx{}
	d := newDriver(&driver{app: f.a, rollup: &Rollup{GenesisTime: tGenesis, SlotDuration: tSlot, EpochDuration: 1000},
		clk: clk, bc: bc, signer: keys.NewKeySigner(f.key), domain: f.domain, log: slog.New(slog.DiscardHandler), hub: newHub(),
		set: Settings{SealLead: lead, DA: da, FeePerDaGas: 1, FeePerL2Gas: 1}}, nil)
	return d, bc
}

// sealDriverAt is sealDriver before slot starts.
func sealDriverAt(t *testing.T, f *chainFixture, slot uint64, tip Tip) (*driver, *lastTx) {
	t.Helper()
	at := time.Unix(int64(tGenesis+slot*tSlot-1), 0)
	d, bc := driverOnClock(t, f, &at, 1500*time.Millisecond, DACalldata)
	d.budget.sealSent(99, 0, 0, at)
	d.budget.committed(99, at.Add(100*time.Millisecond)) // fast commits: the budget takes the whole pool
	d.follow(context.Background(), L1Tips{Assured: tip, Head: &types.Header{Number: big.NewInt(1), Time: tGenesis + (slot-1)*tSlot}})
	return d, bc
}

// TestSealExecutionRefusesIsSentEmpty (review r17e M1): a seal of this node that execution
// refuses is left out of every proposal, and the driver used to send the same one again all
// slot: the pending chain stood still until the slot ended, with a Debug line as the only sign.
// Here the pool hands the driver a transaction that is not queued (any gap between what the pool
// offers and what execution accepts: h17c's replaced transactions were one). The driver executes
// its seal before sending it, counts and logs the refusal, and sends the same seal without
// transactions, signed again, which executes.
func TestSealExecutionRefusesIsSentEmpty(t *testing.T) {
	f := newChainFixture(t)
	user := func(name string) []byte {
		return app.UserTx{MaxFeePerDaGas: big.NewInt(1), MaxFeePerL2Gas: big.NewInt(1), Payload: []byte(name)}.Encode()
	}
	sealed, queued := user("sealed already"), user("queued")
	f.finalize(sealed, queued)
	start := common.Hash{4}
	b5 := f.sealTxs(3, 5, start, []common.Hash{app.TxHash(sealed)})

	d, bc := sealDriver(t, f, Tip{Number: 5, Hash: b5, Slot: 3})
	d.pool = func(da, l2 *big.Int, maxBytes int, skip map[common.Hash]bool) ([]common.Hash, error) {
		txs, err := f.a.PoolExcept(da, l2, maxBytes, skip)
		return append(txs, app.TxHash(sealed)), err
	}
	require.NoError(t, d.trySeal(context.Background()))
	require.NotEmpty(t, bc.raw, "a seal was sent")
	var s app.Seal
	require.NoError(t, json.Unmarshal(bc.raw[1:], &s))
	require.Equal(t, uint64(5), s.Slot)
	require.Equal(t, b5, s.Parent)
	require.Empty(t, s.Txs, "the seal without its transactions")
	require.Equal(t, 1.0, testutil.ToFloat64(d.sealRefused.WithLabelValues(refusedTransactions)))
	require.Equal(t, 0.0, testutil.ToFloat64(d.sealRefused.WithLabelValues(refusedSeal)))

	f.finalize(bc.raw) // executes (FinalizeBlock requires every result to be OK)
	m := f.a.Meta()
	require.Equal(t, uint64(6), m.TipNumber)
	rec, err := f.a.Tx(app.TxHash(queued))
	require.NoError(t, err)
	require.Equal(t, app.TxQueued, rec.State, "left for the next seal")

	// Without the gap, the next slot's seal carries the pool.
	d.pool = nil
	d.lastSeal = nil
	bc.raw = nil
	d.sealedFor = 0
	d.clk, err = clock.New(tGenesis, tSlot*time.Second, 1000, clock.WithNow(func() time.Time { return time.Unix(tGenesis+6*tSlot-1, 0) }))
	require.NoError(t, err)
	d.follow(context.Background(), L1Tips{Assured: Tip{Number: 6, Hash: m.TipHash, Slot: 5},
		Head: &types.Header{Number: big.NewInt(2), Time: tGenesis + 5*tSlot}})
	require.NoError(t, d.trySeal(context.Background()))
	require.NoError(t, json.Unmarshal(bc.raw[1:], &s))
	require.Equal(t, []common.Hash{app.TxHash(queued)}, s.Txs)
	require.Equal(t, 1.0, testutil.ToFloat64(d.sealRefused.WithLabelValues(refusedTransactions)), "nothing refused")
}

// TestSealExecutionRefusesEvenEmptyIsNotSent: a seal refused for what it is built on (here a
// re-anchoring whose replaced block's transactions, as this node read them from L1, do not hash
// to the block's txsHash) is refused without transactions too: nothing is sent, the refusal is
// counted once, and the driver does not build it again on the same base.
func TestSealExecutionRefusesEvenEmptyIsNotSent(t *testing.T) {
	f := newChainFixture(t)
	start := common.Hash{4}
	f.seal(3, 5, start)
	q := app.UserTx{MaxFeePerDaGas: big.NewInt(1), MaxFeePerL2Gas: big.NewInt(1), Payload: []byte("queued")}.Encode()
	f.finalize(q)
	// L1 holds a based block 5' on 4 that the pending chain never had; its propose's calldata
	// does not match its header (as this node decoded it).
	h5 := protocol.Header{Number: 5, Slot: 4, ParentHash: start, TxsHash: common.Hash{0xba, 0xd},
		FeePerDaGas: big.NewInt(1), FeePerL2Gas: big.NewInt(1)}
	based := Tip{Number: 5, Hash: protocol.HeaderHash(h5), Slot: 4}
	d, bc := sealDriver(t, f, based)
	d.blockHash = func(_ context.Context, n uint64) (common.Hash, error) {
		return map[uint64]common.Hash{4: start, 5: based.Hash}[n], nil
	}
	d.proposeCalls = func(context.Context, map[uint64]common.Hash) (map[uint64]*protocol.ProposeCall, error) {
		return map[uint64]*protocol.ProposeCall{5: {Header: h5, Txs: app.EncodeTxsData([][]byte{q})}}, nil
	}
	require.NoError(t, d.trySeal(context.Background()))
	require.Zero(t, len(bc.raw), "nothing sent")
	require.Equal(t, 1.0, testutil.ToFloat64(d.sealRefused.WithLabelValues(refusedSeal)))
	require.Equal(t, 0.0, testutil.ToFloat64(d.sealRefused.WithLabelValues(refusedTransactions)))

	d.lastTry = time.Time{} // the next try, a second later
	require.NoError(t, d.trySeal(context.Background()))
	require.Zero(t, len(bc.raw))
	require.Equal(t, 1.0, testutil.ToFloat64(d.sealRefused.WithLabelValues(refusedSeal)), "not built again on the same base")
}

// sealTxs seals slot on parent with txs, on the committed tip, and returns the new block's hash.
func (f *chainFixture) sealTxs(slot, number uint64, parent common.Hash, txs []common.Hash) common.Hash {
	me := crypto.PubkeyToAddress(f.key.PublicKey)
	one := (*hexutil.Big)(big.NewInt(1))
	s := app.Seal{Slot: slot, Number: number, Parent: parent, FeePerDaGas: one, FeePerL2Gas: one,
		Coinbase: me, Proposer: me, Tip: f.a.Meta().TipHash, Txs: txs, Anchor: firstAnchor(f.a, number, parent)}
	sig, err := protocol.SignDigest(f.key, s.Digest(f.domain))
	require.NoError(f.t, err)
	s.Signature = sig[:]
	raw, err := app.EncodeJSON(app.KindSeal, s)
	require.NoError(f.t, err)
	f.finalize(raw)
	return f.a.Meta().TipHash
}
