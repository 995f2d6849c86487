package app

import (
	"context"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// TestFirstSealMustBeAnchoredOnL1 (review r17j C): the chain's first seal sets the chain's
// anchor to its parent, and nothing checked that parent against L1 when the seal named no
// anchor (checkAnchor: no anchor; checkReseal: the chain had not started). A byzantine proposer
// of the first slot started the chain on a parent and number L1 never had, every member accepted
// it, and every honest re-anchoring on L1's block after it was refused (checkFork: no block
// before fork 0): the chain halted for good (failed before the fix). Now execution and CheckTx
// refuse a first seal without an anchor, so the proposal steps confirm the anchor, and with it
// the parent, as L1's assured tip; a first seal anchored on a block L1 does not hold is refused
// too, and the honest first seal (anchored on L1's tip, as the driver builds it) starts the chain.
func TestFirstSealMustBeAnchoredOnL1(t *testing.T) {
	nt := newNet(t, 4)
	start := crypto.Keccak256Hash([]byte("L1 block 0"))
	onL1 := Anchor{Number: 0, Hash: start, Slot: 0}
	nt.anchors.confirm(onL1) // L1's assured tip
	nt.anchors.hashes[0] = start
	nt.round(slotTime(3))
	nt.now = slotTime(4)
	bogus := crypto.Keccak256Hash([]byte("no such L1 block"))

	unanchored := nt.sealWith(4, 1000, bogus, nil, common.Hash{}, nil, false)
	nt.requireAll(t, abci.ResponseProcessProposal_REJECT, unanchored, "starts the chain on a parent L1 does not hold")
	require.ErrorIs(t, nt.apps[0].ExecutesOnTip(unanchored), ErrBadSeal, "execution takes a first seal without an anchor")
	r, err := nt.apps[0].CheckTx(context.Background(), &abci.RequestCheckTx{Tx: unanchored})
	require.NoError(t, err)
	require.NotZero(t, r.Code, "CheckTx admits a first seal without an anchor")
	require.Contains(t, r.Log, "first seal")
	// Even on L1's tip, the first seal names it: execution cannot tell.
	require.ErrorIs(t, nt.apps[0].ExecutesOnTip(nt.sealWith(4, 1, start, nil, common.Hash{}, nil, false)), ErrBadSeal)

	notOnL1 := nt.sealWith(4, 1000, bogus, nil, common.Hash{}, &Anchor{Number: 999, Hash: bogus, Slot: 0}, false)
	nt.requireAll(t, abci.ResponseProcessProposal_REJECT, notOnL1, "starts the chain on an anchor L1 does not hold")

	honest := nt.sealWith(4, 1, start, nil, common.Hash{}, &onL1, false)
	nt.requireAll(t, abci.ResponseProcessProposal_ACCEPT, honest, "refuses the first seal on L1's assured tip")
	txs, res := nt.round(slotTime(4), honest)
	require.Len(t, txs, 1)
	require.Zero(t, res[0].Code, res[0].Log)
	m := nt.apps[3].Meta()
	require.True(t, m.Started)
	require.Equal(t, uint64(0), m.AnchorNumber)
	require.Equal(t, start, m.AnchorHash)
	require.Equal(t, uint64(1), m.TipNumber)
}
