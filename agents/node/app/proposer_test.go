package app

import (
	"context"
	"encoding/json"
	"math/big"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// The byzantine proposer (issue 17): one that names prices above the chain's fee ceiling, and one
// that signs two different seals for its slot.

// refusedEverywhere checks that every step an honest member takes refuses seal raw, saying want:
// CheckTx (it is never gossiped), execution, ProcessProposal (a block carrying it is refused) and
// PrepareProposal (an honest CometBFT proposer leaves it out).
func refusedEverywhere(t *testing.T, nt *net, raw []byte, slot uint64, want string) {
	t.Helper()
	a := nt.apps[0]
	ctx := context.Background()
	nt.now = slotTime(slot)
	res, err := a.CheckTx(ctx, &abci.RequestCheckTx{Tx: raw})
	require.NoError(t, err)
	require.NotZero(t, res.Code, "CheckTx admitted it")
	require.Contains(t, res.Log, want)
	v, m := a.scratch()
	_, err = a.execTx(v, &m, raw, slotTime(slot), nt.height+1)
	require.ErrorIs(t, err, ErrBadSeal)
	require.ErrorContains(t, err, want)
	pp, err := a.ProcessProposal(ctx, &abci.RequestProcessProposal{Txs: [][]byte{raw}, Height: nt.height + 1, Time: slotTime(slot)})
	require.NoError(t, err)
	require.Equal(t, abci.ResponseProcessProposal_REJECT, pp.Status, "a block carrying it is refused")
	prep, err := a.PrepareProposal(ctx, &abci.RequestPrepareProposal{MaxTxBytes: 1 << 20, Txs: [][]byte{raw}, Height: nt.height + 1, Time: slotTime(slot)})
	require.NoError(t, err)
	for _, tx := range prep.Txs {
		require.NotEqual(t, raw, tx, "PrepareProposal proposed it")
	}
}

// TestAProposerCannotOverprice: the genesis fee ceiling bounds the prices a proposer names. A
// seal naming more than the ceiling (per DA gas or per L2 gas) is refused by every honest step,
// even when every transaction in it offers to pay that much, so the users who offered it are never
// charged it: their transactions stay queued for a proposer within the ceiling. A seal at the
// ceiling executes.
func TestAProposerCannotOverprice(t *testing.T) {
	nt := newNet(t, 4)
	ceiling := DefaultFeeCeiling
	rich := UserTx{MaxFeePerDaGas: new(big.Int).Lsh(big.NewInt(1), 100), MaxFeePerL2Gas: new(big.Int).Lsh(big.NewInt(1), 100), Payload: []byte("careless")}.Encode()
	nt.round(slotTime(3), rich)
	anchor := crypto.Keccak256Hash([]byte("assured tip"))
	over := new(big.Int).Add(ceiling, big.NewInt(1))
	seal := func(da, l2 *big.Int) []byte {
		var s Seal
		require.NoError(t, json.Unmarshal(nt.seal(4, 1, anchor, []common.Hash{TxHash(rich)})[1:], &s))
		s.FeePerDaGas, s.FeePerL2Gas = (*hexutil.Big)(da), (*hexutil.Big)(l2)
		return nt.resign(s)
	}
	for name, raw := range map[string][]byte{
		"over per DA gas":   seal(over, big.NewInt(1)),
		"over per L2 gas":   seal(big.NewInt(1), over),
		"far over on both":  seal(new(big.Int).Lsh(big.NewInt(1), 100), new(big.Int).Lsh(big.NewInt(1), 100)),
		"over on both by 1": seal(over, over),
	} {
		t.Run(name, func(t *testing.T) {
			refusedEverywhere(t, nt, raw, 4, "above the chain's ceiling")
		})
	}
	rec, err := nt.apps[0].Tx(TxHash(rich))
	require.NoError(t, err)
	require.Equal(t, TxQueued, rec.State, "the transaction that offered the overprice is still queued")

	_, res := nt.round(slotTime(4), seal(ceiling, ceiling))
	require.Zero(t, res[0].Code, "a seal at the ceiling executes: %s", res[0].Log)
	b, err := nt.apps[1].BlockByNumber(1)
	require.NoError(t, err)
	require.Zero(t, b.Header.FeePerDaGas.Cmp(ceiling))
}

// TestGenesisFeeCeiling: the ceiling is a genesis param, at least the floor; a genesis whose params
// name none (written before the ceiling existed) takes the default, the same on every node.
func TestGenesisFeeCeiling(t *testing.T) {
	p := DefaultParams()
	p.MaxFeePerDaGas = big.NewInt(0)
	require.ErrorContains(t, p.Check(), "maxFeePerDaGas")
	p = DefaultParams()
	p.MaxFeePerL2Gas = new(big.Int).Lsh(big.NewInt(1), 128)
	require.ErrorContains(t, p.Check(), "maxFeePerL2Gas")

	nt := newNet(t, 1)
	var gs map[string]any
	require.NoError(t, json.Unmarshal(nt.genesis, &gs))
	delete(gs["params"].(map[string]any), "maxFeePerDaGas")
	delete(gs["params"].(map[string]any), "maxFeePerL2Gas")
	old, err := json.Marshal(gs)
	require.NoError(t, err)
	require.NotContains(t, string(old), "maxFeePerDaGas")
	a := nt.open(0, nt.apps[0].kv)
	_, err = a.InitChain(context.Background(), &abci.RequestInitChain{AppStateBytes: old})
	require.NoError(t, err)
	require.Zero(t, a.Params().MaxFeePerDaGas.Cmp(DefaultFeeCeiling))
	require.Zero(t, a.Params().MaxFeePerL2Gas.Cmp(DefaultFeeCeiling))
}

// TestTwoSealsForOneSlot: the proposer of slot 4 signs two different seals on the same tip (other
// transactions, another coinbase) and, once one is committed, a third on top of it for the same
// slot. Both first seals enter the mempools (different members may hold either first); the chain
// executes the one its CometBFT proposer takes, refuses the other on the tip it names, and refuses
// the third because its slot is not after the tip's: one pending block for the slot on every node.
func TestTwoSealsForOneSlot(t *testing.T) {
	nt := newNet(t, 4)
	anchor := crypto.Keccak256Hash([]byte("assured tip"))
	u1, u2 := userTx("one", 5), userTx("two", 5)
	nt.round(slotTime(3), u1, u2)
	first := nt.seal(4, 1, anchor, []common.Hash{TxHash(u1), TxHash(u2)})
	var s Seal
	require.NoError(t, json.Unmarshal(first[1:], &s))
	twin := s
	twin.Txs, twin.Coinbase = []common.Hash{TxHash(u2)}, common.HexToAddress("0xd0d0")
	second := nt.resign(twin)
	require.NotEqual(t, first, second)
	ctx := context.Background()
	nt.now = slotTime(4)
	for _, raw := range [][]byte{second, first} {
		res, err := nt.apps[0].CheckTx(ctx, &abci.RequestCheckTx{Tx: raw})
		require.NoError(t, err)
		require.Zero(t, res.Code, "before either executes, both are valid seals: %s", res.Log)
	}

	// This height's CometBFT proposer saw the twin first: the block takes one seal, the twin.
	txs, res := nt.round(slotTime(4), second, first)
	seals := 0
	for i, tx := range txs {
		if tx[0] == KindSeal {
			seals++
			require.Equal(t, second, tx)
			require.Zero(t, res[i].Code, res[i].Log)
		}
	}
	require.Equal(t, 1, seals, "one seal per height")
	for _, a := range nt.apps {
		m := a.Meta()
		require.Equal(t, uint64(4), m.TipSlot)
		require.Equal(t, uint64(1), m.TipNumber)
		b, err := a.BlockByNumber(1)
		require.NoError(t, err)
		require.Equal(t, common.HexToAddress("0xd0d0"), b.Header.Coinbase)
	}
	tip := nt.apps[0].Meta().TipHash

	// The other seal is for the slot the chain has now (and names a tip the chain has left).
	refusedEverywhere(t, nt, first, 4, "slot 4 is not after the tip's slot 4")
	// A third seal of slot 4, on top of the committed one: a second block for the slot.
	onTop := s
	onTop.Number, onTop.Parent, onTop.Tip, onTop.Txs, onTop.Anchor = 2, tip, tip, []common.Hash{TxHash(u1)}, nil
	refusedEverywhere(t, nt, nt.resign(onTop), 4, "slot 4 is not after the tip's slot 4")
	for _, a := range nt.apps {
		require.Equal(t, uint64(1), a.Meta().TipNumber, "one pending block for slot 4")
	}
}
