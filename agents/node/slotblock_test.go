package node

import (
	"context"
	"math/big"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/node/app"
)

// TestProposerPublishesItsBlockAfterTheNextSlotsSealCame (issue 16, the load curve's 2x window):
// the proposer of slot S+1 seals ahead of its slot, on S's block, and under load its seal was
// committed 80 ms into slot S, before S's proposer's driver saw S's first L1 block (146 ms in).
// The publisher took only the pending tip, now S+1's block: S's block was never published, S+1's
// could not land without it, and the chain missed slots in a row with blocks sealed in every one.
// The proposer of S now publishes its block, the tip's parent.
func TestProposerPublishesItsBlockAfterTheNextSlotsSealCame(t *testing.T) {
	f := newSealedBlock(t)
	a, ks, domain := f.a, f.ks, f.domain
	b1, err := a.BlockByNumber(1)
	require.NoError(t, err)
	sealNext(t, f, 3)
	require.Equal(t, uint64(2), a.Meta().TipNumber, "slot S+1's block is the tip")

	digest := domain.AttestationDigest(b1.Header)
	var votes []abci.ExtendedVoteInfo
	for i := range 4 {
		sig, err := protocol.SignDigest(ks[i], digest)
		require.NoError(t, err)
		votes = append(votes, abci.ExtendedVoteInfo{Validator: abci.Validator{Address: cometAddr(i)},
			BlockIdFlag: cmtproto.BlockIDFlagCommit, VoteExtension: append(b1.Hash.Bytes(), sig[:]...)})
	}
	tx := &captureSender{}
	d := f.proposerAtItsSlot(tx, func(h int64) []abci.ExtendedVoteInfo {
		require.Equal(t, b1.Height, h)
		return votes
	})
	d.tryPublish(context.Background())
	d.pubs.Wait()
	require.NotNil(t, tx.last.Data, "slot S's proposer published")
	call, err := protocol.DecodeProposeCall(tx.last.Data)
	require.NoError(t, err)
	require.Equal(t, b1.Header.Number, call.Header.Number, "its own block, the tip's parent")
	require.Equal(t, uint64(sealedSlot), call.Header.Slot)

	// slotBlock finds the block of each slot the chain holds, and none for a slot it holds no
	// block of (above the tip; below the first block, whose parent only L1 holds).
	require.Equal(t, uint64(2), d.slotBlock(a.Meta().TipHash, sealedSlot+1).Header.Number)
	for _, slot := range []uint64{sealedSlot - 1, sealedSlot + 2} {
		require.Nil(t, d.slotBlock(a.Meta().TipHash, slot), "slot %d", slot)
	}
}

// sealNext seals, at height h, a calldata block of the slot after the tip's on the tip, by that
// slot's proposer.
func sealNext(t *testing.T, f *sealedBlock, h int64) {
	t.Helper()
	m := f.a.Meta()
	c, err := f.a.Committee(0)
	require.NoError(t, err)
	p, ok := c.Proposer(m.TipSlot + 1)
	require.True(t, ok)
	s := app.Seal{Slot: m.TipSlot + 1, Number: m.TipNumber + 1, Parent: m.TipHash, Tip: m.TipHash,
		FeePerDaGas: (*hexutil.Big)(big.NewInt(1)), FeePerL2Gas: (*hexutil.Big)(big.NewInt(1)), Proposer: p}
	sig, err := protocol.SignDigest(f.ks[c.IndexOf(p)], s.Digest(f.domain))
	require.NoError(t, err)
	s.Signature = sig[:]
	raw, err := app.EncodeJSON(app.KindSeal, s)
	require.NoError(t, err)
	f.finalize(h, raw)
}

// TestProposerPreparesItsSidecarBelowTheTip (review of 584b5f2): the sidecar of this node's blob
// block of the current slot is started even when two later seals are on it (the chain takes a
// seal up to two slots ahead), as the publish will need it.
func TestProposerPreparesItsSidecarBelowTheTip(t *testing.T) {
	f := newSealedBlockWith(t, true)
	b1, err := f.a.BlockByNumber(1)
	require.NoError(t, err)
	sealNext(t, f, 3)
	sealNext(t, f, 4)
	require.Equal(t, uint64(3), f.a.Meta().TipNumber)
	d := f.proposerAtItsSlot(nil, nil)
	d.prepareBlobs()
	d.mu.Lock()
	w := d.blobWork[txsKey(b1.Txs)]
	d.mu.Unlock()
	require.NotNil(t, w, "its block's sidecar is kept")
	require.True(t, w.started, "and started")
	<-w.done
}
