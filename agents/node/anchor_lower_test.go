package node

import (
	"context"
	"encoding/json"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/node/app"
)

// TestDriverLowersTheAnchorWhenL1GoesBelowIt (review r17e M2): the pending chain is anchored on
// x, an orphaned block 5 that L1 assured after all (h17c), carrying transaction a; block 6 z
// follows. Then L1's assured tip goes back below x: to the block before it (a prune to the
// proven tip, or an L1 reorg that dropped x's propose), or to another block 5' on the pending
// chain's block 4 (a reorg). Before, every seal was refused for ever: the driver built on L1's
// tip, below the chain's anchor, which execution refused. Now it anchors the seal on L1's tip,
// which lowers the chain's anchor when executed; a, which the chain recorded in x, is queued
// again.
func TestDriverLowersTheAnchorWhenL1GoesBelowIt(t *testing.T) {
	user := func(name string) []byte {
		return app.UserTx{MaxFeePerDaGas: big.NewInt(1), MaxFeePerL2Gas: big.NewInt(1), Payload: []byte(name)}.Encode()
	}
	for _, tc := range []struct {
		name string
		// canonical4 starts the chain on L1's block 2 with pending blocks 3 and 4; else on L1's
		// block 4.
		canonical4 bool
		reorg      bool // L1's tip is 5' on block 4, else block 4
	}{
		{"back to the chain's first anchor 4", false, false},
		{"back to the chain's own block 4", true, false},
		{"a reorg to 5' on block 4", true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newChainFixture(t)
			l1 := map[uint64]common.Hash{}
			parent := common.Hash{4}
			if tc.canonical4 {
				l1[2] = common.Hash{2}
				l1[3] = f.sealTxs(1, 3, l1[2], nil)
				parent = f.sealTxs(2, 4, l1[3], nil)
			}
			l1[4] = parent
			a := user("a")
			f.finalize(a)
			x := f.sealTxs(3, 5, parent, []common.Hash{app.TxHash(a)})
			f.sealTxs(4, 5, parent, nil) // x missed its slot: orphaned
			xb, err := f.a.BlockByHash(x)
			require.NoError(t, err)
			z := f.sealAnchored(6, 6, x, &app.Anchor{Number: 5, Hash: x, Slot: 3,
				Replaced: []app.Replaced{{Header: xb.Header, Txs: []hexutil.Bytes{a}}}})
			m := f.a.Meta()
			require.Equal(t, uint64(5), m.AnchorNumber)
			rec, err := f.a.Tx(app.TxHash(a))
			require.NoError(t, err)
			require.Equal(t, app.TxPending, rec.State, "a is in L1's x")

			tip := Tip{Number: 4, Hash: parent, Slot: 2}
			if tc.reorg {
				h5 := protocol.Header{Number: 5, Slot: 5, ParentHash: parent, TxsHash: protocol.CalldataTxsHash(app.EncodeTxsData(nil)),
					FeePerDaGas: big.NewInt(1), FeePerL2Gas: big.NewInt(1)}
				tip = Tip{Number: 5, Hash: protocol.HeaderHash(h5), Slot: 5}
				l1[5] = tip.Hash
			}
			d, bc := sealDriverAt(t, f, 7, tip)
			d.blockHash = func(_ context.Context, n uint64) (common.Hash, error) { return l1[n], nil }
			require.NoError(t, d.trySeal(context.Background()))
			require.Zero(t, testutil.ToFloat64(d.sealRefused.WithLabelValues(refusedSeal)), "execution takes the seal")
			require.NotEmpty(t, bc.raw, "a seal was sent")
			var s app.Seal
			require.NoError(t, json.Unmarshal(bc.raw[1:], &s))
			require.NotNil(t, s.Anchor, "anchored on L1's tip")
			require.Equal(t, tip.Hash, s.Anchor.Hash)
			require.Zero(t, s.Anchor.Fork)
			require.NotNil(t, s.Anchor.At, "named at an L1 block (here L1's head: no anchorAt)")

			f.finalize(bc.raw)
			m = f.a.Meta()
			require.Equal(t, tip.Number+1, m.TipNumber)
			require.Equal(t, tip.Number, m.AnchorNumber, "the anchor went down to L1's tip")
			require.Equal(t, tip.Hash, m.AnchorHash)
			zb, err := f.a.BlockByHash(z)
			require.NoError(t, err)
			require.True(t, zb.Orphaned)
			rec, err = f.a.Tx(app.TxHash(a))
			require.NoError(t, err)
			require.Equal(t, app.TxQueued, rec.State, "a went with x: queued again")
			if tc.canonical4 {
				b4, err := f.a.BlockByNumber(4)
				require.NoError(t, err)
				require.Equal(t, parent, b4.Hash, "L1 holds block 4: kept")
			}
		})
	}
}
