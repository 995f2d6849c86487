package app

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/protocol"
)

// A transaction taken back from a block goes to the pool only as a new one would (review r17f
// L2): it pays the fee floor and the pool has room; else it is dropped with the reason.

// TestOrphanedTxsBeyondThePoolBoundAreDropped: block 1 carries a and b; c is queued after it; the
// pool's bound is 2. Orphaning block 1 returns a (the pool then holds 2) and drops b, saying why;
// before, both went back and the pool held 3, beyond the bound execution refuses new ones at.
func TestOrphanedTxsBeyondThePoolBoundAreDropped(t *testing.T) {
	nt := newNet(t, 4)
	start := crypto.Keccak256Hash([]byte("assured tip"))
	a, b, c := userTx("a", 5), userTx("b", 5), userTx("c", 5)
	nt.round(slotTime(3), a, b)
	nt.round(slotTime(4), nt.seal(4, 1, start, []common.Hash{TxHash(a), TxHash(b)}))
	nt.round(slotTime(4).Add(time.Second), c)
	for _, ap := range nt.apps {
		require.Equal(t, 1, ap.Meta().Queued)
		ap.exec.params.MaxQueued = 2 // a chain whose pool holds two, on every node alike
	}
	nt.anchors.confirm(Anchor{Number: 0, Hash: start}) // L1's assured tip: block 1 missed its slot
	_, res := nt.round(slotTime(6), nt.seal(6, 1, start, nil))
	require.Zero(t, res[0].Code, res[0].Log)
	for i, ap := range nt.apps {
		require.Equal(t, 2, ap.Meta().Queued, "app %d: the pool stays within its bound", i)
		for _, raw := range [][]byte{a, c} {
			r, err := ap.Tx(TxHash(raw))
			require.NoError(t, err)
			require.Equal(t, TxQueued, r.State, "app %d", i)
		}
		r, err := ap.Tx(TxHash(b))
		require.NoError(t, err)
		require.Equal(t, TxDropped, r.State, "app %d: no room for b", i)
		require.Contains(t, r.Reason, "block 1 was orphaned")
		require.Contains(t, r.Reason, ErrPoolFull.Error())
		require.Zero(t, r.Number)
	}
	pool, err := nt.apps[0].Pool(big.NewInt(0), big.NewInt(0), 10_000)
	require.NoError(t, err)
	require.ElementsMatch(t, []common.Hash{TxHash(a), TxHash(c)}, pool)
}

// TestTxsOfALostBasedBlockPayTheFloorToBeQueued: a based block y at number 4, which the pending
// chain never had, carries cheap (below the fee floor: a based proposer may put anything in its
// block) and paid. The chain re-anchors on y and records both as included there. Then L1 loses y
// and a seal lowers the anchor to block 3: paid is queued, cheap is dropped for the floor. Before,
// cheap was queued too, and offered to every proposer, although execution refuses it as a new
// transaction.
func TestTxsOfALostBasedBlockPayTheFloorToBeQueued(t *testing.T) {
	nt := newNet(t, 4)
	start := crypto.Keccak256Hash([]byte("L1 block 0"))
	b := nt.sealThree(start)
	cheap, paid := userTx("below the floor", 0), userTx("pays", 5)
	yHdr := protocol.Header{Number: 4, Slot: 7, ParentHash: b[3], TxsHash: protocol.CalldataTxsHash(EncodeTxsData([][]byte{cheap, paid})),
		FeePerDaGas: big.NewInt(1), FeePerL2Gas: big.NewInt(1), Coinbase: common.Address{0xb}}
	y := protocol.HeaderHash(yHdr)
	nt.anchors.hashes[0], nt.anchors.hashes[1], nt.anchors.hashes[2], nt.anchors.hashes[3], nt.anchors.hashes[4] = start, b[1], b[2], b[3], y
	onY := Anchor{Number: 4, Hash: y, Slot: 7, Replaced: []Replaced{{Header: yHdr, Txs: []hexutil.Bytes{cheap, paid}}}}
	nt.anchors.confirm(onY)
	nt.now = slotTime(9)
	_, res := nt.round(slotTime(9), nt.sealWith(9, 5, y, nil, b[3], &onY, false))
	require.Zero(t, res[0].Code, res[0].Log)
	z := nt.apps[0].Meta().TipHash
	nt.round(slotTime(9).Add(time.Second))
	for i, ap := range nt.apps {
		require.Equal(t, y, ap.Meta().AnchorHash, "app %d", i)
		for _, raw := range [][]byte{cheap, paid} {
			r, err := ap.Tx(TxHash(raw))
			require.NoError(t, err)
			require.Equal(t, TxPending, r.State, "app %d: in L1's y", i)
		}
	}

	// L1 loses y (a prune back to block 3, or a reorg); the next seal anchors on L1's tip.
	delete(nt.anchors.ok, anchorID{4, y, 7})
	delete(nt.anchors.hashes, 4)
	l1Tip := Anchor{Number: 3, Hash: b[3], Slot: 6}
	nt.anchors.confirm(l1Tip)
	nt.now = slotTime(10)
	_, res = nt.round(slotTime(10), nt.sealWith(10, 4, b[3], nil, z, &l1Tip, false))
	require.Zero(t, res[0].Code, res[0].Log)
	for i, ap := range nt.apps {
		m := ap.Meta()
		require.Equal(t, uint64(3), m.AnchorNumber, "app %d: the anchor went down to L1's tip", i)
		require.Equal(t, 1, m.Queued, "app %d: only paid is queued", i)
		r, err := ap.Tx(TxHash(paid))
		require.NoError(t, err)
		require.Equal(t, TxQueued, r.State, "app %d", i)
		r, err = ap.Tx(TxHash(cheap))
		require.NoError(t, err)
		require.Equal(t, TxDropped, r.State, "app %d: below the floor, as a new one would be", i)
		require.Contains(t, r.Reason, "L1 no longer holds block 4")
		require.Contains(t, r.Reason, ErrBelowFloor.Error())
		pool, err := ap.Pool(big.NewInt(0), big.NewInt(0), 10_000)
		require.NoError(t, err)
		require.Equal(t, []common.Hash{TxHash(paid)}, pool, "app %d", i)
	}
}
