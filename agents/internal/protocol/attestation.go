package protocol

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// AttestationSize is the encoded size of one attestation: uint8 index, r, s, uint8 v.
const AttestationSize = 66

// Errors of attestation handling.
var (
	// ErrBadSignature is a signature that is not 65 bytes with v in {27, 28}.
	ErrBadSignature = errors.New("attestation signature is not 65 bytes with v 27 or 28")
	// ErrDuplicateIndex is two attestations from one committee member.
	ErrDuplicateIndex = errors.New("two attestations from one committee member")
)

// Attestation is one committee member's signature over a header's attestation digest.
type Attestation struct {
	// Index is the signer's position in the epoch's committee.
	Index int
	// Signature is (r, s, v) with v in {27, 28}, as ecrecover and the rollup expect.
	Signature [65]byte
}

// SignDigest signs an EIP-712 digest with key and returns (r, s, v) with v in {27, 28}. go-ethereum
// produces low-s signatures, which the rollup requires.
func SignDigest(key *ecdsa.PrivateKey, digest common.Hash) ([65]byte, error) {
	var out [65]byte
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return out, fmt.Errorf("sign digest: %w", err)
	}
	copy(out[:], sig)
	out[64] += 27
	return out, nil
}

// RecoverSigner returns the address that produced sig over digest.
func RecoverSigner(digest common.Hash, sig [65]byte) (common.Address, error) {
	if sig[64] != 27 && sig[64] != 28 {
		return common.Address{}, ErrBadSignature
	}
	raw := sig
	raw[64] -= 27
	pub, err := crypto.SigToPub(digest[:], raw[:])
	if err != nil {
		return common.Address{}, fmt.Errorf("recover signer: %w", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// EncodeAttestations packs attestations in increasing committee index, the order the rollup
// demands, and refuses two from one member.
func EncodeAttestations(atts []Attestation) ([]byte, error) {
	sorted := append([]Attestation(nil), atts...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Index < sorted[j].Index })
	out := make([]byte, 0, len(sorted)*AttestationSize)
	for i, a := range sorted {
		if a.Index < 0 || a.Index > 255 {
			return nil, fmt.Errorf("attestation index %d outside a committee", a.Index)
		}
		if i > 0 && sorted[i-1].Index == a.Index {
			return nil, fmt.Errorf("%w: index %d", ErrDuplicateIndex, a.Index)
		}
		if a.Signature[64] != 27 && a.Signature[64] != 28 {
			return nil, fmt.Errorf("%w: index %d", ErrBadSignature, a.Index)
		}
		out = append(out, byte(a.Index))
		out = append(out, a.Signature[:]...)
	}
	return out, nil
}
