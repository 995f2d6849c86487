package node

import (
	"context"
	"log/slog"
	"math/big"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/keys"
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
	c, err := a.Committee(0)
	require.NoError(t, err)
	next, ok := c.Proposer(sealedSlot + 1)
	require.True(t, ok)
	s := app.Seal{Slot: sealedSlot + 1, Number: 2, Parent: b1.Hash, Tip: b1.Hash,
		FeePerDaGas: (*hexutil.Big)(big.NewInt(1)), FeePerL2Gas: (*hexutil.Big)(big.NewInt(1)), Proposer: next}
	sig, err := protocol.SignDigest(ks[c.IndexOf(next)], s.Digest(domain))
	require.NoError(t, err)
	s.Signature = sig[:]
	raw, err := app.EncodeJSON(app.KindSeal, s)
	require.NoError(t, err)
	f.finalize(3, raw)
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
	r := &Rollup{GenesisTime: tGenesis, SlotDuration: tSlot, EpochDuration: 1000}
	d := newDriver(&driver{app: a, rollup: r, txm: tx, domain: domain, signer: keys.NewKeySigner(ks[f.proposer]),
		log: slog.New(slog.DiscardHandler), votes: func(h int64) []abci.ExtendedVoteInfo {
			require.Equal(t, b1.Height, h)
			return votes
		}}, nil)
	// L1's head is slot S's first block; L1 has assured block 1's parent.
	d.l1, d.haveL1 = L1Tips{Head: &types.Header{Number: big.NewInt(50), Time: r.SlotStart(sealedSlot)},
		Assured: Tip{Hash: sealedParent, Slot: sealedSlot - 1}}, true
	d.tryPublish(context.Background())
	d.pubs.Wait()
	require.NotNil(t, tx.last.Data, "slot S's proposer published")
	call, err := protocol.DecodeProposeCall(tx.last.Data)
	require.NoError(t, err)
	require.Equal(t, b1.Header.Number, call.Header.Number, "its own block, the tip's parent")
	require.Equal(t, uint64(sealedSlot), call.Header.Slot)

	// A block of a slot L1 has not reached is not published early, nor one whose slot is over.
	for _, slot := range []uint64{sealedSlot - 1, sealedSlot + 2} {
		require.Nil(t, d.slotBlock(a.Meta().TipHash, slot), "slot %d", slot)
	}
	require.Equal(t, uint64(2), d.slotBlock(a.Meta().TipHash, sealedSlot+1).Header.Number)
}
