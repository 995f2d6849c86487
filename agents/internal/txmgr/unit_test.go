package txmgr

import (
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/anviltest"
	"github.com/sptn/sptn/agents/internal/keys"
	"github.com/sptn/sptn/agents/internal/metrics"
	"github.com/sptn/sptn/agents/internal/store"
)

// tipOnly is a Backend fake that answers SuggestGasTipCap and BlobBaseFee only.
type tipOnly struct {
	Backend
	tip      *big.Int
	blobBase *big.Int
}

func (b tipOnly) SuggestGasTipCap(context.Context) (*big.Int, error) { return b.tip, nil }

func (b tipOnly) BlobBaseFee(context.Context) (*big.Int, error) { return b.blobBase, nil }

// prevTx is a version being replaced, with these fees (blobCap nil: not a blob transaction).
func prevTx(tip, feeCap, blobCap *big.Int) *types.Transaction {
	if blobCap == nil {
		return types.NewTx(&types.DynamicFeeTx{GasTipCap: tip, GasFeeCap: feeCap})
	}
	return types.NewTx(&types.BlobTx{GasTipCap: uint256.MustFromBig(tip), GasFeeCap: uint256.MustFromBig(feeCap),
		BlobFeeCap: uint256.MustFromBig(blobCap)})
}

func gw(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.GWei)) }

func TestFees(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name             string
		suggested, base  *big.Int
		prevTip, prevCap *big.Int
		wantTip, wantCap *big.Int
	}{
		{"fresh: 2 x base + tip", gw(2), gw(10), nil, nil, gw(2), gw(22)},
		{"tip raised to the floor", big.NewInt(1), gw(10), nil, nil, gw(1), gw(21)},
		{"tip lowered to the ceiling", gw(500), gw(10), nil, nil, gw(100), gw(120)},
		{"fee cap held at the max", gw(2), gw(600), nil, nil, gw(2), gw(1000)},
		{"bump: both at least +10% +1 wei", gw(2), gw(10), gw(2), gw(22),
			new(big.Int).Add(gw(22).Div(gw(22), big.NewInt(10)), big.NewInt(1)), new(big.Int).Add(big.NewInt(24_200_000_000), big.NewInt(1))},
		{"bump: base fee spike dominates", gw(2), gw(100), gw(2), gw(22),
			big.NewInt(2_200_000_001), new(big.Int).Add(gw(200), big.NewInt(2_200_000_001))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := testConfig()
			m := New(cfg, tipOnly{tip: tc.suggested}, keys.NewKeySigner(anviltest.DevKey(t, 0)), store.OpenMemory(), metrics.Noop{}, logger())
			var prev *types.Transaction
			if tc.prevTip != nil {
				prev = prevTx(tc.prevTip, tc.prevCap, nil)
			}
			fs, err := m.fees(context.Background(), &types.Header{BaseFee: tc.base}, false, prev)
			require.NoError(t, err)
			require.Nil(t, fs.blobCap, "no blob fee cap without blobs")
			tip, feeCap := fs.tip, fs.cap
			require.Equal(t, tc.wantTip.String(), tip.String(), "tip")
			require.Equal(t, tc.wantCap.String(), feeCap.String(), "fee cap")
			if tc.prevTip != nil {
				require.GreaterOrEqual(t, tip.Cmp(bumped(tc.prevTip)), 0)
				require.GreaterOrEqual(t, feeCap.Cmp(bumped(tc.prevCap)), 0)
			}
		})
	}
}

// TestFees_Blobs: a blob transaction's blob fee cap is twice the blob base fee, and a blob
// replacement doubles every fee (geth's blob pool asks a 100% bump of tip, fee cap and blob fee
// cap), within the configured caps.
func TestFees_Blobs(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name                      string
		blobBase                  *big.Int
		prev                      *types.Transaction
		wantTip, wantCap, wantBlb *big.Int
	}{
		{"fresh: 2 x blob base fee", big.NewInt(5), nil, gw(2), gw(22), big.NewInt(10)},
		{"fresh: at least 1 wei", big.NewInt(0), nil, gw(2), gw(22), big.NewInt(1)},
		{"fresh: held at the max", gw(80), nil, gw(2), gw(22), gw(100)},
		{"bump: all three doubled + 1 wei", big.NewInt(5), prevTx(gw(2), gw(22), big.NewInt(10)),
			new(big.Int).Add(gw(4), big.NewInt(1)), new(big.Int).Add(gw(44), big.NewInt(1)), big.NewInt(21)},
		{"bump: a blob fee spike dominates", big.NewInt(1000), prevTx(gw(2), gw(22), big.NewInt(10)),
			new(big.Int).Add(gw(4), big.NewInt(1)), new(big.Int).Add(gw(44), big.NewInt(1)), big.NewInt(2000)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := New(testConfig(), tipOnly{tip: gw(2), blobBase: tc.blobBase}, keys.NewKeySigner(anviltest.DevKey(t, 0)),
				store.OpenMemory(), metrics.Noop{}, logger())
			fs, err := m.fees(context.Background(), &types.Header{BaseFee: gw(10)}, true, tc.prev)
			require.NoError(t, err)
			require.Equal(t, tc.wantTip.String(), fs.tip.String(), "tip")
			require.Equal(t, tc.wantCap.String(), fs.cap.String(), "fee cap")
			require.Equal(t, tc.wantBlb.String(), fs.blobCap.String(), "blob fee cap")
			if tc.prev != nil {
				require.True(t, replaces(tc.prev, fs), "the bumped fees replace the previous version")
			}
		})
	}
	// At the caps a blob transaction cannot be replaced: bump reports it rather than send a
	// version the pool refuses.
	prev := prevTx(gw(2), gw(22), gw(60))
	require.False(t, replaces(prev, fees{tip: gw(5), cap: gw(45), blobCap: gw(100)}))
}

func TestPruneForgetsOldFinishedRecords(t *testing.T) {
	t.Parallel()
	kv := store.OpenMemory()
	defer kv.Close()
	cfg := testConfig()
	m := New(cfg, nil, keys.NewKeySigner(anviltest.DevKey(t, 0)), kv, metrics.Noop{}, logger())
	now := time.Now()
	old, fresh := now.Add(-2*cfg.DoneRetention), now.Add(-cfg.DoneRetention/2)
	recs := []record{
		{Nonce: 0, ID: "old-done", State: stateDone, Done: old},
		{Nonce: 1, ID: "old-failed", State: stateFailed, Done: old},
		{Nonce: 2, ID: "fresh-done", State: stateDone, Done: fresh},
		{Nonce: 3, ID: "pending", State: statePending},
		{Nonce: 4, ID: "old-last", State: stateDone, Done: old},
	}
	for i := range recs {
		var b store.Batch
		b.Put(m.ks.tx(recs[i].Nonce), marshal(&recs[i]))
		b.Put(m.ks.id(recs[i].ID), encodeNonce(recs[i].Nonce))
		require.NoError(t, kv.Write(&b))
	}
	require.NoError(t, m.prune(now))
	for _, r := range recs {
		_, errTx := kv.Get(m.ks.tx(r.Nonce))
		_, errID := kv.Get(m.ks.id(r.ID))
		gone := r.ID == "old-done" || r.ID == "old-failed"
		if gone {
			require.ErrorIs(t, errTx, store.ErrNotFound, r.ID)
			require.ErrorIs(t, errID, store.ErrNotFound, r.ID)
		} else {
			require.NoError(t, errTx, r.ID)
			require.NoError(t, errID, r.ID)
		}
	}
}

// noReceipts is a Backend fake for which no transaction has a receipt.
type noReceipts struct{ Backend }

func (noReceipts) TransactionReceipt(context.Context, common.Hash) (*types.Receipt, error) {
	return nil, ethereum.NotFound
}

// TestReplacedOnlyAtALaterHead: a used nonce with no receipt of ours is a replacement only once
// it is still so at a later head; a node may report the nonce before it serves the receipt.
func TestReplacedOnlyAtALaterHead(t *testing.T) {
	t.Parallel()
	kv := store.OpenMemory()
	defer kv.Close()
	m := New(testConfig(), noReceipts{}, keys.NewKeySigner(anviltest.DevKey(t, 0)), kv, metrics.Noop{}, logger())
	rec := &record{Nonce: 7, ID: "x", State: statePending}
	f := &flight{rec: rec, txs: []*types.Transaction{prevTx(gw(1), gw(2), nil)}}
	done := make(chan result, 1)
	f.waiters = append(f.waiters, done)
	m.freed = make(chan struct{})
	m.inflight = map[uint64]*flight{7: f}
	m.byID = map[string]*flight{"x": f}
	head := func(n int64) *types.Header { return &types.Header{Number: big.NewInt(n), BaseFee: gw(1)} }

	for range 3 { // however often it is looked at, the same head is not enough
		require.NoError(t, m.check(t.Context(), f, head(10), 8))
		require.Empty(t, done)
	}
	require.NoError(t, m.check(t.Context(), f, head(11), 8))
	r := <-done
	require.ErrorIs(t, r.err, ErrReplaced)
}

// TestFeeBumpNeverExceedsMaxTipCap: a bump raises the tip by the replacement minimum only up to
// txmgr.max-tip-cap-gwei (it went past it: 95 gwei bumped to 104.5 with a 100 gwei cap); a version
// that cannot replace the previous one within the caps is not sent (bump reports fee_capped).
func TestFeeBumpNeverExceedsMaxTipCap(t *testing.T) {
	t.Parallel()
	cfg := testConfig() // max tip 100 gwei, max fee cap 1000 gwei
	for _, prev := range []*types.Transaction{
		prevTx(gw(95), gw(300), nil),           // +10% would be 104.5 gwei
		prevTx(gw(60), gw(300), big.NewInt(1)), // a blob replacement doubles: 120 gwei
	} {
		m := New(cfg, tipOnly{tip: gw(2), blobBase: big.NewInt(1)}, keys.NewKeySigner(anviltest.DevKey(t, 0)),
			store.OpenMemory(), metrics.Noop{}, logger())
		fs, err := m.fees(context.Background(), &types.Header{BaseFee: gw(10)}, prev.Type() == types.BlobTxType, prev)
		require.NoError(t, err)
		require.LessOrEqual(t, fs.tip.Cmp(cfg.MaxTipCap), 0, "tip %s above the max tip cap %s", fs.tip, cfg.MaxTipCap)
		require.False(t, replaces(prev, fs), "at the cap the tip cannot rise by the replacement minimum")
	}
}

// usedNonce is a Backend fake at head 10 whose account nonce is 8 and which has no receipts.
type usedNonce struct{ noReceipts }

func (usedNonce) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	return &types.Header{Number: big.NewInt(10), BaseFee: gw(1)}, nil
}

func (usedNonce) NonceAt(context.Context, common.Address, *big.Int) (uint64, error) { return 8, nil }

// lags records SetOldestPending.
type lags struct {
	metrics.Noop
	mu  sync.Mutex
	got map[common.Address]float64
}

func (l *lags) SetOldestPending(account common.Address, s float64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.got[account] = s
}

// TestTickReportsTheOldestUnminedTransaction: each tick records how long the oldest transaction
// in flight that no block holds has waited since it was first sent (what the stuck-transaction
// alert reads), and 0 once nothing is in flight.
func TestTickReportsTheOldestUnminedTransaction(t *testing.T) {
	t.Parallel()
	kv := store.OpenMemory()
	defer kv.Close()
	l := &lags{got: map[common.Address]float64{}}
	m := New(testConfig(), usedNonce{}, keys.NewKeySigner(anviltest.DevKey(t, 0)), kv, l, logger())
	old := &flight{rec: &record{Nonce: 7, ID: "old", State: statePending, Created: time.Now().Add(-90 * time.Second)},
		txs: []*types.Transaction{prevTx(gw(1), gw(2), nil)}}
	young := &flight{rec: &record{Nonce: 6, ID: "young", State: statePending, Created: time.Now().Add(-5 * time.Second)},
		txs: []*types.Transaction{prevTx(gw(1), gw(2), nil)}}
	m.freed = make(chan struct{})
	m.inflight = map[uint64]*flight{7: old, 6: young}
	m.byID = map[string]*flight{"old": old, "young": young}
	m.tick(t.Context())
	l.mu.Lock()
	got := l.got[m.From()]
	l.mu.Unlock()
	require.InDelta(t, 90, got, 5, "the oldest unmined transaction's age")
	require.InDelta(t, 90*time.Second, m.OldestUnmined(), float64(5*time.Second))

	m.mu.Lock()
	m.inflight, m.byID = map[uint64]*flight{}, map[string]*flight{}
	m.mu.Unlock()
	m.tick(t.Context())
	require.Zero(t, l.got[m.From()])
	require.Zero(t, m.OldestUnmined())
}

// pooled is a Backend fake for transactions that wait in the pool: no receipt, the pool knows
// them, the head is what the test set, and every version sent is recorded.
type pooled struct {
	Backend
	mu    sync.Mutex
	head  *types.Header
	first *types.Header // when set, the first head read (Send's), then head
	nonce uint64
	sent  []*types.Transaction
}

func (*pooled) TransactionReceipt(context.Context, common.Hash) (*types.Receipt, error) {
	return nil, ethereum.NotFound
}

func (*pooled) TransactionByHash(context.Context, common.Hash) (*types.Transaction, bool, error) {
	return &types.Transaction{}, true, nil
}

func (*pooled) SuggestGasTipCap(context.Context) (*big.Int, error) { return gw(1), nil }

func (b *pooled) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if h := b.first; h != nil {
		b.first = nil
		return h, nil
	}
	return b.head, nil
}

func (b *pooled) NonceAt(context.Context, common.Address, *big.Int) (uint64, error) {
	return b.nonce, nil
}

func (b *pooled) PendingNonceAt(context.Context, common.Address) (uint64, error) { return b.nonce, nil }

func (*pooled) BlobBaseFee(context.Context) (*big.Int, error) { return big.NewInt(1), nil }

func (b *pooled) SendTransaction(_ context.Context, tx *types.Transaction) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.sent = append(b.sent, tx)
	return nil
}

// TestDeadlineBoundTxBumpedEveryHead: while a send deadline (a propose bound to its slot's few
// L1 blocks) is ahead and the transaction would not have fit in the head block, the lowest nonce
// at or above the chain's is bumped at every new head, once per head however often the loop
// looks; otherwise every BumpAfterBlocks (2 here) heads as before. With a bump every third block, a propose priced
// before a sudden tip war outbid it only after its 4 s slot on geth (l1-fee-spike).
func TestDeadlineBoundTxBumpedEveryHead(t *testing.T) {
	t.Parallel()
	ahead, passed := time.Now().Add(time.Hour), time.Now().Add(-time.Second)
	type tx struct {
		notAfter time.Time
		unseen   bool
	}
	for _, tc := range []struct {
		name  string
		txs   []tx   // nonces 3, 4, ...
		chain uint64 // the account's nonce at the heads (3: none mined)
		room  bool   // the head blocks leave just room for the transaction
		heads []int64
		want  [][]int // versions of each nonce after each head
	}{
		{"deadline ahead, full blocks: every head", []tx{{notAfter: ahead}}, 3, false,
			[]int64{11, 12, 12, 13}, [][]int{{2, 3, 3, 4}}},
		{"deadline ahead, blocks with room for it: every BumpAfterBlocks", []tx{{notAfter: ahead}}, 3, true,
			[]int64{11, 12, 12, 13}, [][]int{{1, 2, 2, 2}}},
		{"deadline passed: every BumpAfterBlocks", []tx{{notAfter: passed}}, 3, false,
			[]int64{11, 12, 12, 13}, [][]int{{1, 2, 2, 2}}},
		{"no deadline: every BumpAfterBlocks", []tx{{}}, 3, false,
			[]int64{11, 12, 12, 13}, [][]int{{1, 2, 2, 2}}},
		{"a lower nonce is bumped for the deadline above it, which waits", []tx{{}, {notAfter: ahead}}, 3, false,
			[]int64{11, 12, 13}, [][]int{{2, 3, 4}, {1, 2, 2}}},
		{"a lower nonce used at the head (its receipt not yet read) does not hold the propose back", []tx{{}, {notAfter: ahead}}, 4, false,
			[]int64{11, 12, 13}, [][]int{{1, 1, 1}, {2, 3, 4}}},
		{"the timer starts at the first head seen after Send", []tx{{notAfter: ahead, unseen: true}}, 3, false,
			[]int64{12, 13}, [][]int{{1, 2}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			kv := store.OpenMemory()
			defer kv.Close()
			b := &pooled{nonce: tc.chain}
			m := New(testConfig(), b, keys.NewKeySigner(anviltest.DevKey(t, 0)), kv, metrics.Noop{}, logger())
			m.inflight = map[uint64]*flight{}
			to := common.HexToAddress("0x5")
			var flights []*flight
			for i, x := range tc.txs {
				rec := &record{Nonce: 3 + uint64(i), To: &to, Gas: 21_000, State: statePending}
				first, err := m.sign(t.Context(), rec, fees{tip: gw(1), cap: gw(3)}, nil)
				require.NoError(t, err)
				f := &flight{rec: rec, txs: []*types.Transaction{first}, sentBlock: 10, notAfter: x.notAfter, unseen: x.unseen}
				m.inflight[rec.Nonce] = f
				flights = append(flights, f)
			}
			used := uint64(30_000_000 - 20_999) // 21,000 gas would not fit
			if tc.room {
				used = 30_000_000 - 21_000
			}
			got := make([][]int, len(flights))
			for _, n := range tc.heads {
				b.mu.Lock()
				b.head = &types.Header{Number: big.NewInt(n), BaseFee: gw(1), GasLimit: 30_000_000, GasUsed: used}
				b.mu.Unlock()
				m.tick(t.Context())
				for i, f := range flights {
					got[i] = append(got[i], len(f.txs))
				}
			}
			require.Equal(t, tc.want, got, "versions of each nonce after heads %v", tc.heads)
			sent := 0
			for _, f := range flights {
				sent += len(f.txs) - 1
				for i := 1; i < len(f.txs); i++ {
					require.Equal(t, 1, f.txs[i].GasTipCap().Cmp(f.txs[i-1].GasTipCap()), "version %d outbids the one before", i)
				}
			}
			require.Len(t, b.sent, sent, "each bump broadcast once")
		})
	}
}

// TestSendKeepsTheDeadlineOnTheMonotonicClock: the flight Send makes carries the candidate's
// deadline with its monotonic reading (a stepped wall clock must not stretch the window of
// bumps at every head) and starts its bump timer at the first head a check sees, not at the
// head Send read before its estimate and proofs: here Send reads head 10 and the loop only ever
// sees a full head 12, where the transaction had no block to land in yet.
func TestSendKeepsTheDeadlineOnTheMonotonicClock(t *testing.T) {
	t.Parallel()
	kv := store.OpenMemory()
	defer kv.Close()
	b := &pooled{nonce: 0, head: &types.Header{Number: big.NewInt(12), BaseFee: gw(1), GasLimit: 30_000_000, GasUsed: 30_000_000}}
	m := New(testConfig(), b, keys.NewKeySigner(anviltest.DevKey(t, 0)), kv, metrics.Noop{}, logger())
	require.NoError(t, m.Start(t.Context()))
	defer func() { require.NoError(t, m.Stop(context.Background())) }()
	b.mu.Lock()
	b.first = &types.Header{Number: big.NewInt(10), BaseFee: gw(1), GasLimit: 30_000_000} // Send's (the loop reads none without flights)
	b.mu.Unlock()
	to := common.HexToAddress("0x5")
	deadline := time.Now().Add(time.Hour)
	ctx, cancel := context.WithTimeout(t.Context(), 300*time.Millisecond) // six polls
	defer cancel()
	_, err := m.Send(ctx, TxCandidate{To: &to, GasLimit: 21_000, NotAfter: deadline})
	require.ErrorIs(t, err, context.DeadlineExceeded, "nothing is mined: Send waits")
	m.mu.Lock()
	f := m.inflight[0]
	m.mu.Unlock()
	require.NotNil(t, f)
	require.True(t, f.notAfter.Equal(deadline))
	require.Contains(t, f.notAfter.String(), "m=+", "the deadline keeps its monotonic clock reading")
	b.mu.Lock()
	defer b.mu.Unlock()
	require.Len(t, b.sent, 1, "no bump at head 12: its timer started there")
}
