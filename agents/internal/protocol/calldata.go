package protocol

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sptn/sptn/bindings/rollup"
)

// Errors of calldata decoding.
var (
	// ErrNotAProposal is calldata that is none of Rollup.propose, proposeWithBlobs, proposeBased
	// and proposeBasedWithBlobs.
	ErrNotAProposal = errors.New("calldata is not a rollup propose or proposeBased call")
	// ErrMalformedAttestations is an attestations argument whose length is not a multiple of
	// AttestationSize.
	ErrMalformedAttestations = errors.New("attestations are not a whole number of 66-byte entries")
)

// ProposeCall is the decoded calldata of a Rollup.propose, proposeWithBlobs, proposeBased or
// proposeBasedWithBlobs transaction. Headers are not in the rollup's events: agents that need
// them (the prover, the watcher) read them from the calldata of the transactions named by
// BlockProposed logs, or from the L1 blocks.
type ProposeCall struct {
	Header Header
	// Txs is the block's transaction data (nil for the blob variants, whose data is in the
	// transaction's blobs: header.txsHash is BlobsTxsHash of their versioned hashes).
	Txs []byte
	// Blobs is true for proposeWithBlobs and proposeBasedWithBlobs.
	Blobs bool
	// Attestations are the committee's signatures (nil for the based variants).
	Attestations []Attestation
	// Based is true for proposeBased(WithBlobs), whose last argument is a proof, not attestations.
	Based bool
	// Proof is the based variants' proof (nil otherwise).
	Proof []byte
}

var rollupABI = func() abi.ABI { return rollup.NewRollup().GetABI() }()

// proposeMethods are the rollup methods that append a block, by name: whether the data is in
// blobs (no txs argument) and whether the call is the based fallback.
var proposeMethods = map[string]struct{ blobs, based bool }{
	"propose":               {false, false},
	"proposeWithBlobs":      {true, false},
	"proposeBased":          {false, true},
	"proposeBasedWithBlobs": {true, true},
}

// BlockProposedID is the topic of the rollup's BlockProposed(number, slot, headerHash, based)
// log; Topics[1] is the number, [2] the slot, [3] the header hash.
var BlockProposedID = rollupABI.Events["BlockProposed"].ID

// ChainPrunedID is the topic of the rollup's ChainPruned(epoch, firstRemoved, lastRemoved,
// newAssuredNumber) log.
var ChainPrunedID = rollupABI.Events["ChainPruned"].ID

// TxReader reads a transaction by its hash; ethclient and *l1.Client implement it.
type TxReader interface {
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
}

// ProposedCall reads the propose call behind a BlockProposed log from its transaction's
// calldata. ok is false for a removed log, and for a transaction that is not a direct propose
// call of the logged header (a proposal made through another contract, a multisig, a batcher)
// or whose data does not commit to it in the call's DA mode (CheckDA): not an error of the
// reader's.
func ProposedCall(ctx context.Context, c TxReader, l types.Log) (call *ProposeCall, ok bool, err error) {
	if l.Removed || len(l.Topics) < 4 {
		return nil, false, nil
	}
	tx, _, err := c.TransactionByHash(ctx, l.TxHash)
	if err != nil {
		return nil, false, fmt.Errorf("read propose tx %s: %w", l.TxHash, err)
	}
	call, err = DecodeProposeCall(tx.Data())
	if err != nil || HeaderHash(call.Header) != l.Topics[3] {
		return nil, false, nil //nolint:nilerr // not a direct propose call of this header
	}
	// The rollup checked the same: a call whose data does not commit to its header in its own
	// DA mode did not make this log.
	if call.CheckDA(tx.BlobHashes()) != nil {
		return nil, false, nil
	}
	return call, true, nil
}

// DecodeProposeCall decodes the calldata of any of the rollup's propose methods.
func DecodeProposeCall(data []byte) (*ProposeCall, error) {
	if len(data) < 4 {
		return nil, ErrNotAProposal
	}
	m, err := rollupABI.MethodById(data[:4])
	if err != nil {
		return nil, ErrNotAProposal
	}
	kind, ok := proposeMethods[m.Name]
	if !ok {
		return nil, ErrNotAProposal
	}
	args, err := m.Inputs.Unpack(data[4:])
	if err != nil {
		return nil, fmt.Errorf("decode %s calldata: %w", m.Name, err)
	}
	want := 3
	if kind.blobs {
		want = 2
	}
	if len(args) != want {
		return nil, fmt.Errorf("decode %s calldata: %d arguments, want %d", m.Name, len(args), want)
	}
	h, ok := abi.ConvertType(args[0], new(rollup.Header)).(*rollup.Header)
	if !ok {
		return nil, fmt.Errorf("decode %s calldata: header has type %T", m.Name, args[0])
	}
	out := &ProposeCall{Header: *h, Blobs: kind.blobs, Based: kind.based}
	if !kind.blobs {
		if out.Txs, ok = args[1].([]byte); !ok {
			return nil, fmt.Errorf("decode %s calldata: txs has type %T", m.Name, args[1])
		}
	}
	last, ok := args[len(args)-1].([]byte)
	if !ok {
		return nil, fmt.Errorf("decode %s calldata: last argument has type %T", m.Name, args[len(args)-1])
	}
	if kind.based {
		out.Proof = last
		return out, nil
	}
	out.Attestations, err = DecodeAttestations(last)
	if err != nil {
		return nil, err
	}
	return out, nil
}

// DecodeAttestations unpacks the rollup's packed attestations: 66-byte entries of (uint8 index,
// r, s, uint8 v). It does not check order or signatures; the rollup does.
func DecodeAttestations(packed []byte) ([]Attestation, error) {
	if len(packed)%AttestationSize != 0 {
		return nil, fmt.Errorf("%w: %d bytes", ErrMalformedAttestations, len(packed))
	}
	out := make([]Attestation, 0, len(packed)/AttestationSize)
	for o := 0; o < len(packed); o += AttestationSize {
		a := Attestation{Index: int(packed[o])}
		copy(a.Signature[:], packed[o+1:o+AttestationSize])
		out = append(out, a)
	}
	return out, nil
}
