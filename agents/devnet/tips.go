package devnet

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/sptn/sptn/bindings/rollup"
)

// L1Tips are the chains that L1 alone knows: assured, proven, and finalized (the proven tip in
// the state of L1's finalized block), with the current slot and epoch.
type L1Tips struct {
	Slot, Epoch                uint64
	Assured, Proven, Finalized uint64
	// AssuredHash and ProvenHash are the header hashes of the assured and proven tips.
	AssuredHash, ProvenHash common.Hash
	L1Block, L1Finalized    uint64
}

// ReadL1Tips reads the tips from the rollup.
func (n *Network) ReadL1Tips(ctx context.Context) (L1Tips, error) {
	var t L1Tips
	addr, err := n.Deployments.Address("Rollup")
	if err != nil {
		return t, err
	}
	c, err := n.Dial(ctx)
	if err != nil {
		return t, err
	}
	defer c.Close()
	r := rollup.NewRollup()
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return t, fmt.Errorf("read head: %w", err)
	}
	t.L1Block = head.Number.Uint64()
	tips, err := callAt(ctx, c, addr, r.PackGetTips(), r.UnpackGetTips, nil)
	if err != nil {
		return t, fmt.Errorf("read tips: %w", err)
	}
	t.Assured, t.Proven = tips.AssuredNumber.Uint64(), tips.ProvenNumber.Uint64()
	t.AssuredHash, t.ProvenHash = tips.AssuredHash, tips.ProvenHash
	if slot, err := callAt(ctx, c, addr, r.PackGetCurrentSlot(), r.UnpackGetCurrentSlot, nil); err == nil {
		t.Slot = slot.Uint64()
		if e, err := callAt(ctx, c, addr, r.PackGetCurrentEpoch(), r.UnpackGetCurrentEpoch, nil); err == nil {
			t.Epoch = e.Uint64()
		}
	}
	fin, err := c.HeaderByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber)))
	if err == nil {
		t.L1Finalized = fin.Number.Uint64()
		if ft, err := callAt(ctx, c, addr, r.PackGetTips(), r.UnpackGetTips, fin.Number); err == nil {
			t.Finalized = ft.ProvenNumber.Uint64()
		}
	}
	return t, nil
}

func callAt[T any](ctx context.Context, c interface {
	CallContract(context.Context, ethereum.CallMsg, *big.Int) ([]byte, error)
}, to [20]byte, data []byte, unpack func([]byte) (T, error), block *big.Int) (T, error) {
	var zero T
	raw, err := c.CallContract(ctx, callMsg(to, data), block)
	if err != nil {
		return zero, err
	}
	return unpack(raw)
}

// RollupView calls a view of the devnet's rollup at the latest block and decodes the answer:
// data is the packed call and unpack its binding's decoder (rollup.NewRollup().PackX/UnpackX).
func RollupView[T any](ctx context.Context, n *Network, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	addr, err := n.Deployments.Address("Rollup")
	if err != nil {
		return zero, err
	}
	c, err := n.Dial(ctx)
	if err != nil {
		return zero, err
	}
	defer c.Close()
	return callAt(ctx, c, addr, data, unpack, nil)
}
