package app

import (
	"context"
	"math/big"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/protocol"
)

// TestReanchorForkInAnEarlierReanchoringsGapCannotOrphanL1Blocks (review r19 F1): checkFork
// checks that L1 does not hold the pending chain's block at the fork only when the pending
// chain has a hash there (pendingHash). The numbers an earlier re-anchoring replaced, from its
// fork to below its anchor, have none. A byzantine proposer re-anchoring later names that old
// fork again, carrying L1's headers from it up to the new anchor (all bare, linked by parent
// hash, so members read nothing from L1 for them): L1 holds the pending chain's block before
// it, there is "nothing" at it, so checkFork passes, and execution orphans every canonical
// block from the old fork on, blocks 4 and 5 here, which L1 holds and assured, and queues
// block 5's transaction again (a second inclusion). The honest fork is 6.
func TestReanchorForkInAnEarlierReanchoringsGapCannotOrphanL1Blocks(t *testing.T) {
	nt := newNet(t, 4)
	start := crypto.Keccak256Hash([]byte("assured tip"))
	u := userTx("in block 5", 5)
	nt.round(slotTime(3), u)
	b := nt.sealThree(start)
	hs := b[1:]
	hdr := func(n, slot uint64, parent common.Hash) protocol.Header {
		return protocol.Header{Number: n, Slot: slot, ParentHash: parent, TxsHash: protocol.EmptyTxsHash,
			FeePerDaGas: big.NewInt(1), FeePerL2Gas: big.NewInt(1), Coinbase: common.Address{0xb}}
	}
	// The first re-anchoring: L1 holds block 1, then based blocks 2' and 3'.
	h2 := hdr(2, 10, hs[0])
	h3 := hdr(3, 11, protocol.HeaderHash(h2))
	b3x := protocol.HeaderHash(h3)
	nt.anchors.hashes[0], nt.anchors.hashes[1], nt.anchors.hashes[2], nt.anchors.hashes[3] = start, hs[0], protocol.HeaderHash(h2), b3x
	first := Anchor{Number: 3, Hash: b3x, Slot: 11, Fork: 2}
	nt.anchors.confirm(first)
	_, res := nt.round(slotTime(13), nt.sealWith(13, 4, b3x, nil, nt.apps[0].Meta().TipHash, &first, false))
	require.Zero(t, res[0].Code, res[0].Log)
	r4 := nt.apps[0].Meta().TipHash
	nt.round(slotTime(13).Add(time.Second))
	_, res = nt.round(slotTime(14), nt.seal(14, 5, r4, []common.Hash{TxHash(u)}))
	require.Zero(t, res[0].Code, res[0].Log)
	b5 := nt.apps[0].Meta().TipHash
	nt.round(slotTime(14).Add(time.Second))
	// L1 assures 4 and 5, then a based block 6' follows (the committee missed slot 15's publish).
	blk4, err := nt.apps[0].BlockByHash(r4)
	require.NoError(t, err)
	blk5, err := nt.apps[0].BlockByHash(b5)
	require.NoError(t, err)
	require.Equal(t, r4, protocol.HeaderHash(blk4.Header))
	require.Equal(t, b5, protocol.HeaderHash(blk5.Header))
	h6 := hdr(6, 14, b5)
	b6x := protocol.HeaderHash(h6)
	nt.anchors.hashes[4], nt.anchors.hashes[5], nt.anchors.hashes[6] = r4, b5, b6x
	clear(nt.anchors.ok)
	tip := nt.apps[0].Meta().TipHash
	nt.now = slotTime(15)

	honest := Anchor{Number: 6, Hash: b6x, Slot: 14}
	nt.anchors.confirm(honest)
	require.NoError(t, nt.apps[1].checkAnchorOf(context.Background(),
		nt.sealWith(15, 7, b6x, nil, tip, &honest, false)), "the honest re-anchoring, fork 6")

	byz := Anchor{Number: 6, Hash: b6x, Slot: 14, Fork: 2, Replaced: []Replaced{
		{Header: h2, Bare: true}, {Header: h3, Bare: true}, {Header: blk4.Header, Bare: true},
		{Header: blk5.Header, Bare: true}, {Header: h6, Bare: true}}}
	raw := nt.sealWith(15, 7, b6x, nil, tip, &byz, false)
	err = nt.apps[1].checkAnchorOf(context.Background(), raw)
	if err != nil {
		return // refused, as it must be
	}
	_, res = nt.round(slotTime(15), raw)
	require.Zero(t, res[0].Code, res[0].Log)
	var orphaned []uint64
	for _, h := range []common.Hash{r4, b5} {
		b, err := nt.apps[2].BlockByHash(h)
		require.NoError(t, err)
		if b.Orphaned {
			orphaned = append(orphaned, b.Header.Number)
		}
	}
	rec, err := nt.apps[2].Tx(TxHash(u))
	require.NoError(t, err)
	t.Fatalf("a re-anchoring naming fork 2 (in the first re-anchoring's gap) was accepted by every member: "+
		"blocks %v, which L1 holds, are orphaned, and block 5's transaction is %v again", orphaned, rec.State)
	_ = abci.ResponseProcessProposal_ACCEPT
}
