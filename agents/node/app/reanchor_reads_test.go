package app

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/protocol"
)

// rpcAnchors is an L1 view whose every read takes delay, and fails once its context is done,
// as the node's Rollup (an RPC call) does.
type rpcAnchors struct {
	fakeAnchors
	delay time.Duration
}

func (c *rpcAnchors) wait(ctx context.Context) error {
	select {
	case <-time.After(c.delay):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (c *rpcAnchors) CheckAnchor(ctx context.Context, a Anchor) error {
	if err := c.wait(ctx); err != nil {
		return err
	}
	return c.fakeAnchors.CheckAnchor(ctx, a)
}

func (c *rpcAnchors) CheckAnchorAt(ctx context.Context, a Anchor, at L1Block) error {
	if err := c.wait(ctx); err != nil {
		return err
	}
	return c.fakeAnchors.CheckAnchorAt(ctx, a, at)
}

func (c *rpcAnchors) L1Head(ctx context.Context) (L1Block, uint64, error) {
	if err := c.wait(ctx); err != nil {
		return L1Block{}, 0, err
	}
	return c.fakeAnchors.L1Head(ctx)
}

func (c *rpcAnchors) BlockHash(ctx context.Context, n uint64) (common.Hash, error) {
	if err := c.wait(ctx); err != nil {
		return common.Hash{}, err
	}
	return c.fakeAnchors.BlockHash(ctx, n)
}

// TestHonestReanchoringPastAlternatingBlobBlocksIsNotTimedOut (review r19 F3; the reads are made
// 16 at a time now): during a based
// fallback anyone proposes L1's blocks. An attacker proposes the run alternating calldata and
// blob blocks. The honest driver (replacedBlocks) carries each calldata block with its
// transactions and leaves each blob block out (above L1's ring it goes bare only within
// linkMargin of a run below the ring), so every carried entry but the anchor lacks its
// successor: members read L1 once per entry, one after another, all within l1ReadTimeout (4 s)
// for the whole seal. 100 such entries at 50 ms a read (a remote RPC endpoint) take 5 s: every
// member, the proposer's PrepareProposal included, refuses the honest re-anchoring seal, slot
// after slot, and the chain cannot leave the based fallback. The chain's bound lets 256 such
// reads through (MaxReplacedBlocks unlinked), the budget covers about 2 s / latency of them.
func TestHonestReanchoringPastAlternatingBlobBlocksIsNotTimedOut(t *testing.T) {
	nt := newNet(t, 4)
	start := crypto.Keccak256Hash([]byte("assured tip"))
	nt.round(slotTime(3))
	b := nt.sealThree(start)
	hs := b[1:]
	tip := nt.apps[0].Meta().TipHash
	const fork, k = 2, 100
	last := uint64(fork + 2*k)
	var carried []Replaced
	parent := hs[0]
	nt.anchors.hashes[1] = hs[0]
	for n := uint64(fork); n <= last; n++ {
		h := protocol.Header{Number: n, Slot: 12, ParentHash: parent, TxsHash: protocol.EmptyTxsHash,
			FeePerDaGas: big.NewInt(1), FeePerL2Gas: big.NewInt(1), Coinbase: common.Address{0xb}}
		if (n-fork)%2 == 1 {
			h.TxsHash = crypto.Keccak256Hash([]byte{byte(n)}) // a blob block: left out
		} else {
			carried = append(carried, Replaced{Header: h, Txs: nil})
		}
		parent = protocol.HeaderHash(h)
		nt.anchors.hashes[n] = parent // within L1's ring (32-slot epochs: 321 blocks)
	}
	an := Anchor{Number: last, Hash: parent, Slot: 12, Fork: fork, Replaced: carried}
	nt.anchors.confirm(an)
	nt.now = slotTime(13)
	raw := nt.sealWith(13, last+1, an.Hash, nil, tip, &an, false)
	v, m := nt.apps[1].scratch()
	_, err := nt.apps[1].execTx(v, &m, raw, time.Time{}, 99)
	require.NoError(t, err, "the honest seal executes")
	require.NoError(t, nt.apps[1].checkAnchorOf(context.Background(), raw), "on a fast L1 view it is accepted")

	nt.apps[1].cfg.Anchors = &rpcAnchors{fakeAnchors: nt.anchors, delay: 50 * time.Millisecond}
	began := time.Now()
	err = nt.apps[1].checkAnchorOf(context.Background(), raw)
	require.NoError(t, err, "an honest re-anchoring seal (%d entries without their successor) is refused after %s on an L1 of 50 ms a read",
		k, time.Since(began).Round(time.Millisecond))
}
