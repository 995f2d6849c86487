package app

import (
	"encoding/json"
	"math/big"
	"reflect"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/protocol"
)

// TestBlockByHashFollowsTheStoredBlock (issue 16, capacity): BlockByHash keeps the blocks it
// decoded. A caller changing the block it got must not change what the next caller gets, and a
// block the chain writes again (its attestations, its orphaning) is read anew.
func TestBlockByHashFollowsTheStoredBlock(t *testing.T) {
	nt := newNet(t, 4)
	anchor := crypto.Keccak256Hash([]byte("assured tip"))
	u1, u2 := userTx("one", 5), userTx("two", 5)
	nt.round(slotTime(3), u1, u2)
	nt.round(slotTime(4), nt.seal(4, 7, anchor, []common.Hash{TxHash(u1), TxHash(u2)}))
	a := nt.apps[0]

	first, err := a.BlockByNumber(7)
	require.NoError(t, err)
	require.Empty(t, first.Attestations)
	var want Block // a copy that shares nothing with the cache, whatever clone does
	enc, err := json.Marshal(first)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(enc, &want))
	first.Txs[0] = common.Hash{}
	first.Header.FeePerDaGas.SetInt64(999)
	first.Attestations = append(first.Attestations, Attestation{Index: 9})
	again, err := a.BlockByHash(want.Hash)
	require.NoError(t, err)
	require.Equal(t, &want, again, "a caller's changes stay its own")
	again.Txs[0] = common.Hash{} // a block from the kept ones
	again.Header.FeePerL2Gas.SetInt64(999)
	third, err := a.BlockByHash(want.Hash)
	require.NoError(t, err)
	require.Equal(t, &want, third, "so are the changes to a block from the kept ones")

	nt.round(slotTime(4).Add(time.Second)) // the attestations
	attested, err := a.BlockByHash(want.Hash)
	require.NoError(t, err)
	require.Len(t, attested.Attestations, 4, "the block as stored now")
}

// TestBlockCloneSharesNothing: every field of a Block, at every depth, is set here (the test
// fails on a field it does not set, so a field added to Block is added here and to clone), and the
// clone is equal and shares no pointer or slice with the original.
func TestBlockCloneSharesNothing(t *testing.T) {
	h := protocol.Header{Number: 7, Slot: 9, ParentHash: [32]byte{1}, TxsHash: [32]byte{2},
		StateRoot: [32]byte{3}, InboxHash: [32]byte{4}, FeePerDaGas: big.NewInt(5),
		FeePerL2Gas: big.NewInt(6), Coinbase: common.Address{7}}
	b := &Block{
		Header: h, Hash: common.Hash{8}, Height: 10, Proposer: common.Address{11},
		Txs:          []common.Hash{{12}},
		Blobs:        true,
		BlobProofs:   []protocol.BlobProof{{Commitment: [48]byte{13}, Proof: [48]byte{14}}},
		Attestations: []Attestation{{Index: 1, Signature: hexutil.Bytes{15}}},
		Orphaned:     true,
		Reanchored: &Anchor{Number: 16, Hash: common.Hash{17}, Slot: 18, Fork: 19,
			At:       &L1Block{Number: 20, Hash: common.Hash{21}},
			Replaced: []Replaced{{Header: h, Txs: []hexutil.Bytes{{22}}, Bare: true}}},
	}
	c := b.clone()
	require.Equal(t, b, c)
	requireDisjoint(t, "Block", reflect.ValueOf(b), reflect.ValueOf(c), true)
}

// requireDisjoint fails on a field of x left unset (exported ones; checked when set is true) and
// on any pointer or slice x and y share.
func requireDisjoint(t *testing.T, path string, x, y reflect.Value, exported bool) {
	t.Helper()
	switch x.Kind() {
	case reflect.Pointer, reflect.Slice:
		if x.IsNil() || (x.Kind() == reflect.Slice && x.Len() == 0) {
			if exported {
				t.Fatalf("%s is not set", path)
			}
			return
		}
		require.NotEqual(t, x.Pointer(), y.Pointer(), "%s is shared", path)
		if x.Kind() == reflect.Pointer {
			requireDisjoint(t, path, x.Elem(), y.Elem(), exported)
			return
		}
		for i := range x.Len() {
			requireDisjoint(t, path+"[]", x.Index(i), y.Index(i), exported)
		}
	case reflect.Struct:
		for i := range x.NumField() {
			f := x.Type().Field(i)
			requireDisjoint(t, path+"."+f.Name, x.Field(i), y.Field(i), exported && f.IsExported())
		}
	case reflect.Map, reflect.Interface, reflect.Chan, reflect.Func, reflect.UnsafePointer:
		t.Fatalf("%s: a %s, which clone does not copy", path, x.Kind())
	default:
		if exported && x.IsZero() {
			t.Fatalf("%s is not set", path)
		}
	}
}

// TestTheAPIsReadsKeepNoBlocks (review r44): the chain API reads blocks for any user, who could
// walk thousands of them and evict the few the driver and the sentinel read every slot, which
// then paid the decode again. ReadBlockByHash and ReadBlockByNumber use a kept block but keep
// none they decode.
func TestTheAPIsReadsKeepNoBlocks(t *testing.T) {
	nt := newNet(t, 4)
	u1 := userTx("one", 5)
	nt.round(slotTime(3), u1)
	nt.round(slotTime(4), nt.seal(4, 7, crypto.Keccak256Hash([]byte("assured tip")), []common.Hash{TxHash(u1)}))
	a := nt.apps[0]
	h := a.Meta().TipHash
	a.blocks.Remove(h)

	b, err := a.ReadBlockByNumber(7)
	require.NoError(t, err)
	require.Equal(t, h, b.Hash)
	_, err = a.ReadBlockByHash(h)
	require.NoError(t, err)
	require.False(t, a.blocks.Contains(h), "the API's reads keep nothing")
	_, err = a.BlockByHash(h)
	require.NoError(t, err)
	require.True(t, a.blocks.Contains(h), "the node's own reads keep it")
	// A kept block the API reads does not move up the eviction order: a user reading old blocks
	// cannot keep them over the ones the driver reads every slot.
	other := common.Hash{1}
	a.blocks.Add(other, decodedBlock{})
	_, err = a.ReadBlockByHash(h)
	require.NoError(t, err)
	oldest := a.blocks.Keys()[0] // oldest first
	require.Equal(t, h, oldest, "still the oldest kept")
	a.blocks.Remove(other)
	kept, err := a.ReadBlockByHash(h)
	require.NoError(t, err)
	kept.Txs[0] = common.Hash{}
	again, err := a.ReadBlockByHash(h)
	require.NoError(t, err)
	require.Equal(t, TxHash(u1), again.Txs[0], "a kept block, read by the API, is a copy too")
}
