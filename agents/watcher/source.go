package watcher

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/bindings/rollup"
)

// Chain is the L1 the watcher reads; *l1.Client implements it.
type Chain interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	BlockByNumber(ctx context.Context, number *big.Int) (*types.Block, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error)
}

// L1Source reads signed headers from every propose transaction sent to the rollup, mined
// successfully or not: a proposal that lost a race for its slot, or that the rollup refused,
// still carries the committee's signatures, and signatures are evidence wherever they appear.
// Blocks later replaced by a reorg were read all the same, for the same reason.
type L1Source struct {
	chain    Chain
	rollup   common.Address
	domain   protocol.Domain
	epochDur uint64
	maxStep  uint64

	next       uint64
	committees map[uint64][]common.Address
	abi        *rollup.Rollup
}

// NewL1Source reads L1 blocks from start on, at most maxStep blocks per Poll.
func NewL1Source(c Chain, domain protocol.Domain, epochDur, start, maxStep uint64) *L1Source {
	return &L1Source{chain: c, rollup: domain.Rollup, domain: domain, epochDur: epochDur, maxStep: maxStep,
		next: start, committees: map[uint64][]common.Address{}, abi: rollup.NewRollup()}
}

// Next is the first L1 block the next Poll reads (Resumable).
func (s *L1Source) Next() uint64 { return s.next }

// Name implements HeaderSource.
func (s *L1Source) Name() string { return "l1" }

// Poll implements HeaderSource: it reads the blocks after the last one read, up to the head.
func (s *L1Source) Poll(ctx context.Context) ([]SignedHeader, error) {
	head, err := s.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read L1 head: %w", err)
	}
	var out []SignedHeader
	last := min(head.Number.Uint64(), s.next+s.maxStep-1)
	for n := s.next; n <= last; n++ {
		b, err := s.chain.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return out, fmt.Errorf("read L1 block %d: %w", n, err)
		}
		for _, tx := range b.Transactions() {
			if tx.To() == nil || *tx.To() != s.rollup {
				continue
			}
			call, err := protocol.DecodeProposeCall(tx.Data())
			if err != nil || call.Based {
				continue // not a propose, or a malformed one: nothing signed to read
			}
			sh, err := s.signed(ctx, call)
			if err != nil {
				return out, err
			}
			if len(sh.Signatures) > 0 {
				sh.Origin = "l1 tx " + tx.Hash().Hex()
				out = append(out, sh)
			}
		}
		s.next = n + 1
	}
	return out, nil
}

// signed keeps the attestations that committee members really made over the header.
func (s *L1Source) signed(ctx context.Context, call *protocol.ProposeCall) (SignedHeader, error) {
	sh := SignedHeader{Header: call.Header, Signatures: map[common.Address][65]byte{}}
	committee, err := s.committee(ctx, call.Header.Slot/s.epochDur)
	if err != nil || len(committee) == 0 {
		return sh, err
	}
	digest := s.domain.AttestationDigest(call.Header)
	for _, a := range call.Attestations {
		if a.Index >= len(committee) {
			continue
		}
		signer, err := protocol.RecoverSigner(digest, a.Signature)
		if err != nil || signer != committee[a.Index] {
			continue
		}
		sh.Signatures[signer] = a.Signature
	}
	return sh, nil
}

// committee reads (and caches) an epoch's committee; nil while it is not final.
func (s *L1Source) committee(ctx context.Context, epoch uint64) ([]common.Address, error) {
	if c, ok := s.committees[epoch]; ok {
		return c, nil
	}
	raw, err := s.chain.CallContract(ctx, ethereum.CallMsg{To: &s.rollup,
		Data: s.abi.PackGetEpochCommittee(new(big.Int).SetUint64(epoch))}, nil)
	if err != nil {
		if _, ok := protocol.DecodeRevert(err); ok {
			return nil, nil // not final (a header for a future epoch): nobody can be slashed for it
		}
		return nil, fmt.Errorf("read committee of epoch %d: %w", epoch, err)
	}
	c, err := s.abi.UnpackGetEpochCommittee(raw)
	if err != nil {
		return nil, fmt.Errorf("read committee of epoch %d: %w", epoch, err)
	}
	s.committees[epoch] = c
	return c, nil
}
