package app

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
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
