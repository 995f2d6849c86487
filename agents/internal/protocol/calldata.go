package protocol

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/sptn/sptn/bindings/rollup"
)

// Errors of calldata decoding.
var (
	// ErrNotAProposal is calldata that is neither Rollup.propose nor Rollup.proposeBased.
	ErrNotAProposal = errors.New("calldata is not a rollup propose or proposeBased call")
	// ErrMalformedAttestations is an attestations argument whose length is not a multiple of
	// AttestationSize.
	ErrMalformedAttestations = errors.New("attestations are not a whole number of 66-byte entries")
)

// ProposeCall is the decoded calldata of a Rollup.propose or Rollup.proposeBased transaction.
// Headers are not in the rollup's events: agents that need them (the prover, the watcher) read
// them from the calldata of the transactions named by BlockProposed logs, or from the L1 blocks.
type ProposeCall struct {
	Header Header
	Txs    []byte
	// Attestations are the committee's signatures (propose only; nil for proposeBased).
	Attestations []Attestation
	// Based is true for proposeBased, whose third argument is a proof, not attestations.
	Based bool
	// Proof is proposeBased's proof (nil for propose).
	Proof []byte
}

var rollupABI = func() abi.ABI { return rollup.NewRollup().GetABI() }()

// DecodeProposeCall decodes the calldata of a propose or proposeBased call.
func DecodeProposeCall(data []byte) (*ProposeCall, error) {
	if len(data) < 4 {
		return nil, ErrNotAProposal
	}
	m, err := rollupABI.MethodById(data[:4])
	if err != nil || (m.Name != "propose" && m.Name != "proposeBased") {
		return nil, ErrNotAProposal
	}
	args, err := m.Inputs.Unpack(data[4:])
	if err != nil {
		return nil, fmt.Errorf("decode %s calldata: %w", m.Name, err)
	}
	if len(args) != 3 {
		return nil, fmt.Errorf("decode %s calldata: %d arguments, want 3", m.Name, len(args))
	}
	h, ok := abi.ConvertType(args[0], new(rollup.Header)).(*rollup.Header)
	if !ok {
		return nil, fmt.Errorf("decode %s calldata: header has type %T", m.Name, args[0])
	}
	txs, ok1 := args[1].([]byte)
	third, ok2 := args[2].([]byte)
	if !ok1 || !ok2 {
		return nil, fmt.Errorf("decode %s calldata: bytes arguments have types %T, %T", m.Name, args[1], args[2])
	}
	out := &ProposeCall{Header: *h, Txs: txs}
	if m.Name == "proposeBased" {
		out.Based, out.Proof = true, third
		return out, nil
	}
	out.Attestations, err = DecodeAttestations(third)
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
