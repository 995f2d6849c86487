package app

import (
	"context"
	"encoding/json"
	"math/big"
	"strings"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/cometbft/cometbft/crypto/ed25519"
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

// l1BlockSpacing is bounded, and a genesis that leaves it 0 encodes as one made before it
// existed: a node joining a chain made by an earlier version replays its genesis to the same
// app hash.
func TestParamsL1BlockSpacing(t *testing.T) {
	p := DefaultParams()
	raw, err := json.Marshal(p)
	require.NoError(t, err)
	require.NotContains(t, string(raw), "l1BlockSpacing", "a spacing of 0 is not stored")
	p.L1BlockSpacing = MaxL1BlockSpacing
	require.NoError(t, p.Check())
	raw, err = json.Marshal(p)
	require.NoError(t, err)
	require.Contains(t, string(raw), `"l1BlockSpacing":60`)
	p.L1BlockSpacing++
	require.ErrorIs(t, p.Check(), ErrBadParams)
	require.ErrorContains(t, p.Check(), "l1BlockSpacing = 61")
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
// a chain started with maxPayload above one blob (up to 1 MiB, valid before f3b5149) must not
// stop at the first restart after an upgrade, while a new genesis may not set it.
func TestStoredParamsOfAnEarlierVersionStillOpen(t *testing.T) {
	kv := store.OpenMemory()
	p := DefaultParams()
	p.MaxPayload = storedMaxPayloadLimit
	require.ErrorIs(t, p.Check(), ErrBadParams, "a new genesis may not set it")
	a, err := openWithStoredParams(t, kv, p)
	require.NoError(t, err)
	require.Equal(t, storedMaxPayloadLimit, a.Params().MaxPayload)

	p.MaxPayload = storedMaxPayloadLimit + 1
	_, err = openWithStoredParams(t, kv, p)
	require.ErrorIs(t, err, ErrBadParams, "what no version took is still refused")
}

// A node that joins a chain replays its genesis through InitChain: a genesis an earlier version
// made (maxPayload above one blob) must replay, as restarted nodes keep running on it (review
// r37 F3); one no version took is still refused.
func TestInitChainReplaysAGenesisAnEarlierVersionTook(t *testing.T) {
	initChain := func(p Params) error {
		state, err := json.Marshal(GenesisState{Params: &p})
		require.NoError(t, err)
		a, err := New(bareConfig(), store.OpenMemory())
		require.NoError(t, err)
		_, err = a.InitChain(context.Background(), &abci.RequestInitChain{AppStateBytes: state})
		return err
	}
	p := DefaultParams()
	p.MaxPayload = storedMaxPayloadLimit
	require.NoError(t, initChain(p))
	p.MaxPayload++
	require.ErrorIs(t, initChain(p), ErrBadParams)
}

// On such a chain admission refuses a transaction no block can carry: it would sit in the pool
// until it expired, taking room and paying nothing (review r37 F4).
func TestAdmissionRefusesATransactionNoBlockCarries(t *testing.T) {
	p := DefaultParams()
	p.MaxPayload = storedMaxPayloadLimit
	a, err := openWithStoredParams(t, store.OpenMemory(), p)
	require.NoError(t, err)
	most := max(p.MaxBlobBlockBytes, p.MaxCalldataBlockBytes)
	tx := func(payload int) []byte {
		return UserTx{MaxFeePerDaGas: big.NewInt(5), MaxFeePerL2Gas: big.NewInt(5), Payload: make([]byte, payload)}.Encode()
	}
	fits := tx(most - 4 - userHeader)
	require.Len(t, fits, most-4)
	require.NoError(t, a.CheckUserTx(fits))
	err = a.CheckUserTx(tx(most - 4 - userHeader + 1))
	require.ErrorIs(t, err, ErrOversized)
	require.ErrorContains(t, err, "the largest block carries")
}

// bareConfig is an application's config with a test domain and timing and nothing else.
func bareConfig() Config {
	return Config{Domain: protocol.Domain{ChainID: big.NewInt(1), Rollup: common.Address{9}}, GenesisTime: 1000, SlotDuration: 4, EpochDuration: 1000}
}

// openWithStoredParams writes p into kv as the params its chain stored, and opens an application
// on kv (bareConfig), as a restarted node does.
func openWithStoredParams(t *testing.T, kv store.KV, p Params) (*App, error) {
	t.Helper()
	v := newView(kv)
	v.putJSON(keyParams, p)
	require.NoError(t, kv.Write(v.batch()))
	return New(bareConfig(), kv)
}

// One member, one vote: a genesis whose validators' powers differ (or are out of 1 to 255) is
// refused; equal powers at 1 (a chain made before ValidatorPower) or at ValidatorPower are taken.
func TestInitChainWantsEqualValidatorPowers(t *testing.T) {
	initChain := func(powers ...int64) error {
		var vals []abci.ValidatorUpdate
		for i, p := range powers {
			vals = append(vals, abci.UpdateValidator(ed25519.GenPrivKeyFromSecret([]byte{byte(i)}).PubKey().Bytes(), p, ""))
		}
		state, err := json.Marshal(GenesisState{})
		require.NoError(t, err)
		a, err := New(bareConfig(), store.OpenMemory())
		require.NoError(t, err)
		_, err = a.InitChain(context.Background(), &abci.RequestInitChain{AppStateBytes: state, Validators: vals})
		return err
	}
	require.NoError(t, initChain(1, 1, 1, 1))
	require.NoError(t, initChain(ValidatorPower, ValidatorPower, ValidatorPower, ValidatorPower))
	require.ErrorContains(t, initChain(ValidatorPower, ValidatorPower, 1, ValidatorPower), "must be equal")
	require.ErrorContains(t, initChain(256, 256), "1 to 255")
}
