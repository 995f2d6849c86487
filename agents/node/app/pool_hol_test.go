package app

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/internal/store"
)

// A queued transaction too big for the seal being built, even alone, stays queued and does not
// stop the pool's read: before, the read stopped at it, and one transaction bigger than what the
// budget let a seal carry (one blob on a loaded machine, calldata when no blob fits) kept every
// transaction behind it out of every seal until it expired (review r35).
func TestPoolSkipsATransactionTooBigForTheSeal(t *testing.T) {
	nt := newNet(t, 4)
	big1 := userTx(strings.Repeat("x", 400), 5)
	u1, u2 := userTx("one", 5), userTx("two", 5)
	nt.round(slotTime(3), big1)
	nt.round(slotTime(3), u1, u2)
	pool, err := nt.apps[0].Pool(big.NewInt(1), big.NewInt(1), 300)
	require.NoError(t, err)
	require.Equal(t, []common.Hash{TxHash(u1), TxHash(u2)}, pool)
	pool, err = nt.apps[0].Pool(big.NewInt(1), big.NewInt(1), 10_000)
	require.NoError(t, err)
	require.Equal(t, []common.Hash{TxHash(big1), TxHash(u1), TxHash(u2)}, pool, "a seal it fits takes it first")
	pool, err = nt.apps[0].Pool(big.NewInt(1), big.NewInt(1), 4+userHeader)
	require.NoError(t, err)
	require.Empty(t, pool, "a limit no transaction fits reads nothing")
}

// A genesis whose transactions may be bigger than a blob is refused: a seal's budget may allow
// one blob and no more.
func TestParamsRefuseAPayloadBiggerThanABlob(t *testing.T) {
	p := DefaultParams()
	p.MaxPayload = maxPayloadLimit
	require.NoError(t, p.Check())
	p.MaxPayload++
	require.ErrorIs(t, p.Check(), ErrBadParams)
	require.ErrorContains(t, p.Check(), "maxPayload")
}

// A genesis whose largest transaction fits no block is refused: with blobs off (a block limit of
// 0 for them) the calldata block must take it.
func TestParamsRefuseAPayloadThatFitsNoBlock(t *testing.T) {
	p := DefaultParams()
	p.MaxBlobBlockBytes = 0
	p.MaxPayload = p.MaxCalldataBlockBytes - userHeader - 4
	require.NoError(t, p.Check())
	p.MaxPayload++
	require.ErrorIs(t, p.Check(), ErrBadParams)
	require.ErrorContains(t, p.Check(), "maxPayload = ")
}

// A node restarts on the params its chain stored, under the bounds its genesis was taken with:
// a chain started with maxPayload above one blob (up to 1 MiB, valid before 1ef607c) must not
// stop at the first restart after an upgrade, while a new genesis may not set it.
func TestStoredParamsOfAnEarlierVersionStillOpen(t *testing.T) {
	kv := store.OpenMemory()
	p := DefaultParams()
	p.MaxPayload = storedMaxPayloadLimit
	require.ErrorIs(t, p.Check(), ErrBadParams, "a new genesis may not set it")
	v := newView(kv)
	v.putJSON(keyParams, p)
	require.NoError(t, kv.Write(v.batch()))
	cfg := Config{Domain: protocol.Domain{ChainID: big.NewInt(1), Rollup: common.Address{9}}, GenesisTime: 1000, SlotDuration: 4, EpochDuration: 1000}
	a, err := New(cfg, kv)
	require.NoError(t, err)
	require.Equal(t, storedMaxPayloadLimit, a.Params().MaxPayload)

	p.MaxPayload = storedMaxPayloadLimit + 1
	v = newView(kv)
	v.putJSON(keyParams, p)
	require.NoError(t, kv.Write(v.batch()))
	_, err = New(cfg, kv)
	require.ErrorIs(t, err, ErrBadParams, "what no version took is still refused")
}
