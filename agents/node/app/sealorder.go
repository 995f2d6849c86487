package app

import (
	"context"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// sealsToTry are the seals of the mempool PrepareProposal tries, in order (review r17j D):
// lowest slot first, at most maxSealsTried of each proposer, and only fresh ones of a shape the
// chain takes. CheckTx admits only a slot's proposer's signed seals, but a byzantine member
// proposing a nearby slot can sign any number that pass it and that the proposal steps refuse
// (a transaction that is not queued, an anchor L1 does not confirm). Tried in mempool order with
// one budget, maxSealsTried of them kept the current slot's honest seal out of the block; now one
// signer's junk uses up its own budget only, and a later slot's junk comes after the current
// slot's seal. Decoding stops at the prepare budget (ctx): what the mempool hands over is
// bounded by the block's bytes, and a seal's shape is checked without state.
func (a *App) sealsToTry(ctx context.Context, txs [][]byte, now time.Time) [][]byte {
	type candidate struct {
		tx   []byte
		slot uint64
		by   common.Address
	}
	var cands []candidate
	p := a.Params()
	for _, tx := range txs {
		if ctx.Err() != nil {
			break
		}
		if len(tx) == 0 || tx[0] != KindSeal {
			continue
		}
		s, err := decodeSeal(tx, p)
		if err != nil || a.fresh(s.Slot, now) != nil {
			continue // proposeSeal refuses it first thing
		}
		cands = append(cands, candidate{tx: tx, slot: s.Slot, by: s.Proposer})
	}
	// A seal of a slot that has passed comes after the current and later slots' (review r17k
	// F1): its block can no longer land on L1 (the rollup takes a block only in its slot).
	cur := a.SlotAt(now)
	key := func(slot uint64) uint64 {
		if slot < cur {
			return ^uint64(0) - (cur - slot)
		}
		return slot
	}
	slices.SortStableFunc(cands, func(x, y candidate) int {
		switch kx, ky := key(x.slot), key(y.slot); {
		case kx < ky:
			return -1
		case kx > ky:
			return 1
		}
		return 0
	})
	tried := map[common.Address]int{}
	var out [][]byte
	for _, c := range cands {
		if tried[c.by] >= maxSealsTried {
			continue
		}
		tried[c.by]++
		out = append(out, c.tx)
	}
	return out
}
