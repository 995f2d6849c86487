package protocol

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sptn/sptn/agents/internal/testbreak"
)

// AttestationSize is the encoded size of one attestation: uint8 index, r, s, uint8 v.
const AttestationSize = 66

// Errors of attestation handling.
var (
	// ErrBadSignature is a signature that is not 65 bytes with v in {27, 28}.
	ErrBadSignature = errors.New("attestation signature is not 65 bytes with v 27 or 28")
	// ErrDuplicateIndex is two attestations from one committee member.
	ErrDuplicateIndex = errors.New("two attestations from one committee member")
	// ErrMalleableSignature is a signature whose s lies in the upper half of the curve order:
	// the malleable twin of a valid signature, which L1 refuses (Rollup__SignatureMalleable,
	// Slasher__SignatureMalleable).
	ErrMalleableSignature = errors.New("signature s in the upper half of the curve order (malleable)")
	// ErrAttestation is an attestation L1 would refuse: index outside the committee, or a
	// signature that does not recover to the member at its index.
	ErrAttestation = errors.New("attestation refused")
	// ErrNoQuorum is fewer valid attestations than the committee's quorum.
	ErrNoQuorum = errors.New("fewer valid attestations than a quorum")
)

// secp256k1halfN is secp256k1n / 2 (AttestationLib.HALF_N): the largest s L1 accepts.
var secp256k1halfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

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

// RecoverSigner returns the address that produced sig over digest, with the checks of L1's
// ecrecover as the contracts use it (AttestationLib, OpenZeppelin's ECDSA): v in {27, 28}, r and
// s in [1, n), and s at most n/2, so that a signature's malleable twin is refused. It is the one
// place the agents recover a signer: every signature that enters the pending chain (seals, vote
// extensions, attestation sets, registrations) goes through it.
func RecoverSigner(digest common.Hash, sig [65]byte) (common.Address, error) {
	if sig[64] != 27 && sig[64] != 28 {
		return common.Address{}, ErrBadSignature
	}
	r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	lowS := !testbreak.On("low-s") // a broken build's negative run only (docs/devnet.md)
	if lowS && s.Cmp(secp256k1halfN) > 0 {
		return common.Address{}, fmt.Errorf("%w: s %#x", ErrMalleableSignature, s)
	}
	if !crypto.ValidateSignatureValues(sig[64]-27, r, s, lowS) {
		return common.Address{}, fmt.Errorf("%w: r or s out of range", ErrBadSignature)
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

// CheckAttestation checks one attestation exactly as AttestationLib.verify checks each entry:
// the index lies in the committee, and the signature (v in {27, 28}, low s) recovers to the
// member at that index. The order of a set (strictly increasing indices) is EncodeAttestations'.
func CheckAttestation(digest common.Hash, members []common.Address, a Attestation) error {
	if a.Index < 0 || a.Index >= len(members) {
		return fmt.Errorf("%w: index %d outside a committee of %d", ErrAttestation, a.Index, len(members))
	}
	signer, err := RecoverSigner(digest, a.Signature)
	if err != nil {
		return fmt.Errorf("%w: index %d: %w", ErrAttestation, a.Index, err)
	}
	if signer != members[a.Index] {
		return fmt.Errorf("%w: index %d signed by %s, not the member %s", ErrAttestation, a.Index, signer, members[a.Index])
	}
	return nil
}

// ChooseQuorum picks what a propose carries: exactly a quorum of attestations that each pass
// CheckAttestation, in strictly increasing index, so that no attestation L1 would refuse (a
// member's malleable or mis-signed one) reverts the whole propose. The proposer's own is taken
// first when it is valid (L1 requires it until the proposer timeout has passed), then the lowest
// indices. It refuses with ErrNoQuorum when fewer than a quorum are valid.
func ChooseQuorum(digest common.Hash, members []common.Address, atts []Attestation, proposerIndex int) ([]Attestation, error) {
	valid := map[int]Attestation{}
	for _, a := range atts {
		if _, ok := valid[a.Index]; ok {
			continue
		}
		if CheckAttestation(digest, members, a) == nil {
			valid[a.Index] = a
		}
	}
	q := Quorum(len(members))
	if len(valid) < q {
		return nil, fmt.Errorf("%w: %d valid, quorum %d of %d", ErrNoQuorum, len(valid), q, len(members))
	}
	chosen := make([]Attestation, 0, q)
	if a, ok := valid[proposerIndex]; ok {
		chosen = append(chosen, a)
	}
	for i := 0; i < len(members) && len(chosen) < q; i++ {
		if a, ok := valid[i]; ok && i != proposerIndex {
			chosen = append(chosen, a)
		}
	}
	sort.Slice(chosen, func(i, j int) bool { return chosen[i].Index < chosen[j].Index })
	return chosen, nil
}
