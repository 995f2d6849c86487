package prover

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sptn/sptn/agents/internal/protocol"
)

// ErrHeaderNotIndexed is a block of the assured chain whose header the index has not seen: its
// BlockProposed log lies beyond the scanned range, or in a block that a deep L1 reorg replaced.
var ErrHeaderNotIndexed = errors.New("header of an assured block not indexed")

// Chain is the L1 the prover reads; *l1.Client implements it.
type Chain interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
	CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error)
}

// index maps header hashes to the headers that the rollup's propose and proposeBased calls
// carried. It is content addressed: which headers form the assured chain is the contract's
// word (getTips and the parent links), so proposals that were pruned or reorged away are
// harmless entries, dropped once they fall below the proven tip.
type index struct {
	chain    Chain
	rollup   common.Address
	start    uint64 // first L1 block to scan
	logRange uint64
	rescan   uint64

	next    uint64 // next L1 block to scan
	headers map[common.Hash]protocol.Header
	// fromStart is whether the last scan covered every block from the start block.
	fromStart bool
}

func newIndex(c Chain, rollupAddr common.Address, start, logRange, rescan uint64) *index {
	return &index{chain: c, rollup: rollupAddr, start: start, logRange: logRange, rescan: rescan, next: start,
		headers: map[common.Hash]protocol.Header{}}
}

// scan indexes the BlockProposed logs of L1 blocks [next - rescan, head], skipping blocks at
// or below the proven number, which no proof will need.
func (x *index) scan(ctx context.Context, head, proven uint64) error {
	from := x.start
	if x.next > x.start+x.rescan {
		from = x.next - x.rescan
	}
	x.fromStart = from == x.start
	for from <= head {
		to := min(head, from+x.logRange-1)
		logs, err := x.chain.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{x.rollup}, Topics: [][]common.Hash{{protocol.BlockProposedID}},
		})
		if err != nil {
			return fmt.Errorf("read BlockProposed logs %d-%d: %w", from, to, err)
		}
		for _, l := range logs {
			if len(l.Topics) < 4 || new(big.Int).SetBytes(l.Topics[1][:]).Cmp(new(big.Int).SetUint64(proven)) <= 0 {
				continue
			}
			if err := x.add(ctx, l); err != nil {
				return err
			}
		}
		x.next = to + 1
		from = to + 1
	}
	return nil
}

// add reads the header of one BlockProposed log from its transaction's calldata.
func (x *index) add(ctx context.Context, l types.Log) error {
	if l.Removed || len(l.Topics) < 4 {
		return nil
	}
	hash := l.Topics[3]
	if _, ok := x.headers[hash]; ok {
		return nil
	}
	// A proposal made through another contract is not a direct propose call: not an error of
	// ours; the walk reports the missing header.
	call, ok, err := protocol.ProposedCall(ctx, x.chain, l)
	if err != nil || !ok {
		return err
	}
	x.headers[hash] = call.Header
	return nil
}

// reset forgets the scan position, so that the next scan starts again at the start block.
func (x *index) reset() { x.next = x.start }

// chainTo returns the headers from the proven tip (exclusive) to the assured tip (inclusive),
// oldest first, following parent links down from the assured tip's hash.
func (x *index) chainTo(assured, proven uint64, assuredHash, provenHash common.Hash) ([]protocol.Header, error) {
	if assured <= proven {
		return nil, nil
	}
	out := make([]protocol.Header, assured-proven)
	h := assuredHash
	for i := len(out) - 1; i >= 0; i-- {
		hdr, ok := x.headers[h]
		if !ok {
			return nil, fmt.Errorf("%w: block %d (%s)", ErrHeaderNotIndexed, proven+uint64(i)+1, h)
		}
		if want := proven + uint64(i) + 1; hdr.Number != want {
			return nil, fmt.Errorf("%w: header %s has number %d, want %d", ErrHeaderNotIndexed, h, hdr.Number, want)
		}
		out[i] = hdr
		h = hdr.ParentHash
	}
	if h != provenHash {
		return nil, fmt.Errorf("%w: block %d's parent %s is not the proven tip %s", ErrHeaderNotIndexed, proven+1, h, provenHash)
	}
	return out, nil
}

// forget drops headers at or below block number n.
func (x *index) forget(n uint64) {
	for h, hdr := range x.headers {
		if hdr.Number <= n {
			delete(x.headers, h)
		}
	}
}
