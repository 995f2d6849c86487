package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/sptn/sptn/agents/chainapi"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/node/app"
	"github.com/sptn/sptn/bindings/rollup"
)

// ErrNotFinal is a committee that L1 does not fix yet (the rollup reverts while it can change).
var ErrNotFinal = errors.New("committee not final on L1")

// l1Reader is what the node reads L1 with; *l1.Client implements it.
type l1Reader interface {
	CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error)
	CallContractAtHash(ctx context.Context, msg ethereum.CallMsg, block common.Hash) ([]byte, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
}

// Rollup reads the rollup contract: constants, committees (cached once final), tips.
type Rollup struct {
	c    l1Reader
	addr common.Address
	abi  *rollup.Rollup

	GenesisTime, SlotDuration, EpochDuration uint64
	// RingSize is how many block hashes below its assured tip the rollup keeps (RING_SIZE);
	// 0 when unknown.
	RingSize uint64
	Params   rollup.RollupParams

	mu         sync.Mutex
	committees map[uint64]*app.Committee
	// last is the tips read at the head with hash lastHead: L1 state changes only with a new
	// block, so a poll that finds the same head reuses them instead of four more calls.
	last     L1Tips
	lastHead common.Hash
}

func call[T any](ctx context.Context, r *Rollup, data []byte, block *big.Int, unpack func([]byte) (T, error)) (T, error) {
	return callIn(ctx, r, data, func(ctx context.Context, msg ethereum.CallMsg) ([]byte, error) {
		return r.c.CallContract(ctx, msg, block)
	}, unpack)
}

// callAtHash is call in the state of the L1 block with hash block.
func callAtHash[T any](ctx context.Context, r *Rollup, data []byte, block common.Hash, unpack func([]byte) (T, error)) (T, error) {
	return callIn(ctx, r, data, func(ctx context.Context, msg ethereum.CallMsg) ([]byte, error) {
		return r.c.CallContractAtHash(ctx, msg, block)
	}, unpack)
}

func callIn[T any](ctx context.Context, r *Rollup, data []byte, do func(context.Context, ethereum.CallMsg) ([]byte, error), unpack func([]byte) (T, error)) (T, error) {
	var zero T
	cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	raw, err := do(cctx, ethereum.CallMsg{To: &r.addr, Data: data})
	if err != nil {
		return zero, err
	}
	v, err := unpack(raw)
	if err != nil {
		return zero, fmt.Errorf("decode rollup answer: %w", err)
	}
	return v, nil
}

// NewRollup reads the rollup's constants and parameters.
func NewRollup(ctx context.Context, c l1Reader, addr common.Address) (*Rollup, error) {
	r := &Rollup{c: c, addr: addr, abi: rollup.NewRollup(), committees: map[uint64]*app.Committee{}}
	for _, f := range []struct {
		pack   []byte
		unpack func([]byte) (*big.Int, error)
		out    *uint64
	}{
		{r.abi.PackGENESISTIME(), r.abi.UnpackGENESISTIME, &r.GenesisTime},
		{r.abi.PackSLOTDURATION(), r.abi.UnpackSLOTDURATION, &r.SlotDuration},
		{r.abi.PackEPOCHDURATION(), r.abi.UnpackEPOCHDURATION, &r.EpochDuration},
		{r.abi.PackRINGSIZE(), r.abi.UnpackRINGSIZE, &r.RingSize},
	} {
		v, err := call(ctx, r, f.pack, nil, f.unpack)
		if err != nil {
			return nil, fmt.Errorf("read rollup constants: %w", err)
		}
		*f.out = v.Uint64()
	}
	p, err := call(ctx, r, r.abi.PackGetParams(), nil, r.abi.UnpackGetParams)
	if err != nil {
		return nil, fmt.Errorf("read rollup params: %w", err)
	}
	r.Params = p
	return r, nil
}

// Committee implements app.CommitteeSource: the committee and seed of epoch, once final.
func (r *Rollup) Committee(ctx context.Context, epoch uint64) (*app.Committee, error) {
	r.mu.Lock()
	c, ok := r.committees[epoch]
	r.mu.Unlock()
	if ok {
		return c, nil
	}
	e := new(big.Int).SetUint64(epoch)
	members, err := call(ctx, r, r.abi.PackGetEpochCommittee(e), nil, r.abi.UnpackGetEpochCommittee)
	if err != nil {
		return nil, fmt.Errorf("%w: epoch %d: %v", ErrNotFinal, epoch, err)
	}
	seed, err := call(ctx, r, r.abi.PackGetEpochSeed(e), nil, r.abi.UnpackGetEpochSeed)
	if err != nil {
		return nil, fmt.Errorf("%w: epoch %d seed: %v", ErrNotFinal, epoch, err)
	}
	c = &app.Committee{Epoch: epoch, Seed: seed, Members: members}
	r.mu.Lock()
	r.committees[epoch] = c
	for k := range r.committees {
		if k+4 < epoch {
			delete(r.committees, k)
		}
	}
	r.mu.Unlock()
	return c, nil
}

// Tip is the head of one chain, as the API reports it.
type Tip = chainapi.Tip

// L1Tips are the chains L1 holds: assured and proven at the latest block, and finalized (the
// proven tip as of L1's finalized block).
type L1Tips struct {
	Assured, Proven, Finalized Tip
	Head                       *types.Header
	// Prunable: the assured blocks above the proven tip will be truncated by the next propose;
	// Assured then reports the proven tip.
	Prunable bool
}

// Tips reads the L1 chains: the head, and the rollup's tips as of the head and as of L1's
// finalized block. The tips are read again only when the head is a new block.
func (r *Rollup) Tips(ctx context.Context) (out L1Tips, err error) {
	cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	head, err := r.c.HeaderByNumber(cctx, nil)
	cancel()
	if err != nil {
		return out, fmt.Errorf("read L1 head: %w", err)
	}
	out.Head = head
	r.mu.Lock()
	if r.lastHead == head.Hash() {
		out = r.last
		r.mu.Unlock()
		return out, nil
	}
	r.mu.Unlock()
	defer func() {
		if err == nil {
			r.mu.Lock()
			r.last, r.lastHead = out, head.Hash()
			r.mu.Unlock()
		}
	}()
	t, err := call(ctx, r, r.abi.PackGetTips(), head.Number, r.abi.UnpackGetTips)
	if err != nil {
		return out, fmt.Errorf("read tips: %w", err)
	}
	out.Assured = Tip{Number: t.AssuredNumber.Uint64(), Hash: t.AssuredHash, Slot: t.AssuredSlot.Uint64()}
	out.Proven = Tip{Number: t.ProvenNumber.Uint64(), Hash: t.ProvenHash, Slot: t.ProvenSlot.Uint64()}
	// A propose prunes first when the proof window of the oldest unproven epoch has passed: the
	// chain a new block extends is then the proven one.
	prune, err := call(ctx, r, r.abi.PackCanPrune(), head.Number, r.abi.UnpackCanPrune)
	if err != nil {
		return out, fmt.Errorf("read canPrune: %w", err)
	}
	out.Prunable = prune
	if prune {
		out.Assured = out.Proven
	}
	cctx, cancel = context.WithTimeout(ctx, 5*time.Second)
	fin, err := r.c.HeaderByNumber(cctx, big.NewInt(int64(rpc.FinalizedBlockNumber)))
	cancel()
	if err != nil {
		return out, fmt.Errorf("read L1 finalized block: %w", err)
	}
	ft, err := call(ctx, r, r.abi.PackGetTips(), fin.Number, r.abi.UnpackGetTips)
	if err != nil {
		// The rollup may not exist yet at the finalized block: nothing is finalized.
		return out, nil //nolint:nilerr // a young deployment, not a failure
	}
	out.Finalized = Tip{Number: ft.ProvenNumber.Uint64(), Hash: ft.ProvenHash, Slot: ft.ProvenSlot.Uint64()}
	return out, nil
}

// SlotAt is the slot of an L1 timestamp (0 before genesis).
func (r *Rollup) SlotAt(ts uint64) uint64 {
	if ts < r.GenesisTime {
		return 0
	}
	return (ts - r.GenesisTime) / r.SlotDuration
}

// SlotStart is the L1 timestamp at which slot starts.
func (r *Rollup) SlotStart(slot uint64) uint64 { return r.GenesisTime + slot*r.SlotDuration }

// BlockHashAt is the header hash the rollup holds for block number as of L1 block at (nil:
// latest); an error (Rollup__BlockNotAvailable) for a number above the assured tip or recycled
// from the rollup's ring.
func (r *Rollup) BlockHashAt(ctx context.Context, number uint64, at *big.Int) (common.Hash, error) {
	h, err := call(ctx, r, r.abi.PackGetBlockHash(new(big.Int).SetUint64(number)), at, r.abi.UnpackGetBlockHash)
	if err != nil {
		return common.Hash{}, fmt.Errorf("read block hash %d: %w", number, err)
	}
	return h, nil
}

// BlockHash implements app.AnchorSource: the header hash the rollup holds for block number
// at the latest L1 block; an error for a number above L1's assured tip or recycled from the
// rollup's ring.
func (r *Rollup) BlockHash(ctx context.Context, number uint64) (common.Hash, error) {
	return r.BlockHashAt(ctx, number, nil)
}

// Bounds of ProposeCalls' scan: L1 blocks per log query (what public endpoints allow), and
// queries, newest first (about 28 hours of 12 s blocks).
const (
	logRange   = 2000
	logQueries = 4
)

// ProposeCalls finds the propose transactions that carried the given blocks (number -> header
// hash) in the rollup's BlockProposed logs of recent L1 blocks, newest first, and decodes them.
// Blocks not found (proposed long ago, or through another contract) are missing from the answer.
func (r *Rollup) ProposeCalls(ctx context.Context, want map[uint64]common.Hash) (map[uint64]*protocol.ProposeCall, error) {
	out := map[uint64]*protocol.ProposeCall{}
	if len(want) == 0 {
		return out, nil
	}
	var numbers, hashes []common.Hash
	for n, h := range want {
		numbers = append(numbers, common.BigToHash(new(big.Int).SetUint64(n)))
		hashes = append(hashes, h)
	}
	head, err := r.c.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read L1 head: %w", err)
	}
	to := head.Number.Uint64()
	for q := 0; q < logQueries && len(out) < len(want); q++ {
		from := to - min(to, logRange-1)
		logs, err := r.c.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to), Addresses: []common.Address{r.addr},
			Topics: [][]common.Hash{{protocol.BlockProposedID}, numbers, nil, hashes},
		})
		if err != nil {
			return nil, fmt.Errorf("read BlockProposed logs %d-%d: %w", from, to, err)
		}
		for _, l := range logs {
			if len(l.Topics) < 4 {
				continue
			}
			n := new(big.Int).SetBytes(l.Topics[1][:]).Uint64()
			if want[n] != l.Topics[3] || out[n] != nil {
				continue
			}
			call, ok, err := protocol.ProposedCall(ctx, r.c, l)
			if err != nil {
				return nil, err
			}
			if ok {
				out[n] = call
			}
		}
		if from == 0 {
			break
		}
		to = from - 1
	}
	return out, nil
}

// ErrNotL1Tip is an anchor that is not L1's assured tip (nor the proven tip when the next
// propose prunes).
var ErrNotL1Tip = errors.New("not L1's assured tip")

// CheckAnchor implements app.AnchorSource: the anchor is L1's assured tip at the latest block,
// or its proven tip when the next propose prunes (the chain a new block then extends).
func (r *Rollup) CheckAnchor(ctx context.Context, a app.Anchor) error {
	// Both reads at one block, so that a prune or propose in between cannot mix two states.
	head, err := r.c.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("read L1 head: %w", err)
	}
	return r.tipIs(ctx, a, head.Hash())
}

var _ app.L1HeadReader = (*Rollup)(nil)

// L1Head implements app.L1HeadReader: the latest L1 block and its time.
func (r *Rollup) L1Head(ctx context.Context) (app.L1Block, uint64, error) {
	head, err := r.c.HeaderByNumber(ctx, nil)
	if err != nil {
		return app.L1Block{}, 0, fmt.Errorf("read L1 head: %w", err)
	}
	return app.L1Block{Number: head.Number.Uint64(), Hash: head.Hash()}, head.Time, nil
}

// ErrL1NotCanonical is an L1 block that is not on the chain this node's L1 follows.
var ErrL1NotCanonical = errors.New("not on L1's canonical chain")

// CheckAnchorAt implements app.AnchorSource: L1 block at is on the chain this node's L1
// follows, and a is the tip in its state (the assured tip, or the proven tip when a propose
// there prunes). A block above this node's L1 head is app.ErrL1BlockUnseen.
func (r *Rollup) CheckAnchorAt(ctx context.Context, a app.Anchor, at app.L1Block) error {
	hdr, err := r.c.HeaderByNumber(ctx, new(big.Int).SetUint64(at.Number))
	if errors.Is(err, ethereum.NotFound) {
		return fmt.Errorf("%w: %d", app.ErrL1BlockUnseen, at.Number)
	}
	if err != nil {
		return fmt.Errorf("read L1 block %d: %w", at.Number, err)
	}
	if hdr.Hash() != at.Hash {
		return fmt.Errorf("%w: L1 block %d is %s here", ErrL1NotCanonical, at.Number, hdr.Hash())
	}
	return r.tipIs(ctx, a, at.Hash)
}

// tipIs checks that a is the rollup's tip in the state of the L1 block with hash block: its
// assured tip, or its proven tip when a propose there prunes. Every read is of that one state,
// so that a prune or propose in between cannot mix two.
func (r *Rollup) tipIs(ctx context.Context, a app.Anchor, block common.Hash) error {
	t, err := callAtHash(ctx, r, r.abi.PackGetTips(), block, r.abi.UnpackGetTips)
	if err != nil {
		return fmt.Errorf("read tips: %w", err)
	}
	if a.Number == t.AssuredNumber.Uint64() && a.Hash == t.AssuredHash && a.Slot == t.AssuredSlot.Uint64() {
		return nil
	}
	if a.Number == t.ProvenNumber.Uint64() && a.Hash == t.ProvenHash && a.Slot == t.ProvenSlot.Uint64() {
		prune, err := callAtHash(ctx, r, r.abi.PackCanPrune(), block, r.abi.UnpackCanPrune)
		if err != nil {
			return fmt.Errorf("read canPrune: %w", err)
		}
		if prune {
			return nil
		}
	}
	return fmt.Errorf("%w: L1 has assured %d %s (slot %s)", ErrNotL1Tip, t.AssuredNumber, common.Hash(t.AssuredHash), t.AssuredSlot)
}

// AnchorBlock names the L1 block at which a is L1's tip (app.Anchor.At), for a seal: prev when
// it is still on the chain this node's L1 follows (the name the seal already sent on a carried,
// so that a resent seal is the same), else the deepest of the blocks head-depth..head at which a
// is the tip, and not below floor (the L1 block of the chain's last anchor, below which execution
// refuses a name: review r17k F4, a deeper block there would hold the seal back a block). Each member checks the name against its own L1 view, and one that does not see
// the block yet refuses the seal: depth blocks of lag behind this node's L1 are accepted. A
// deeper name costs nothing but liveness right after a became the tip, when only the blocks
// since then name it.
func (r *Rollup) AnchorBlock(ctx context.Context, a app.Anchor, head *types.Header, depth, floor uint64, prev *app.L1Block) (app.L1Block, error) {
	if prev != nil && prev.Number >= floor {
		hdr, err := r.c.HeaderByNumber(ctx, new(big.Int).SetUint64(prev.Number))
		if err == nil && hdr.Hash() == prev.Hash {
			return *prev, nil
		}
	}
	n := head.Number.Uint64()
	from := max(n-min(n, depth), floor)
	for b := from; b < n; b++ {
		hdr, err := r.c.HeaderByNumber(ctx, new(big.Int).SetUint64(b))
		if err != nil {
			return app.L1Block{}, fmt.Errorf("read L1 block %d: %w", b, err)
		}
		if r.tipIs(ctx, a, hdr.Hash()) == nil {
			return app.L1Block{Number: b, Hash: hdr.Hash()}, nil
		}
	}
	if err := r.tipIs(ctx, a, head.Hash()); err != nil {
		return app.L1Block{}, fmt.Errorf("anchor %d %s at L1 block %d: %w", a.Number, a.Hash, n, err)
	}
	return app.L1Block{Number: n, Hash: head.Hash()}, nil
}
