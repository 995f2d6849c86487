package protocol

import (
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// highS turns a valid (r, s, v) signature into its malleable twin (r, n - s, v flipped): it
// recovers to the same signer, and L1 refuses it (Rollup__SignatureMalleable).
func highS(sig [65]byte) [65]byte {
	s := new(big.Int).SetBytes(sig[32:64])
	s.Sub(crypto.S256().Params().N, s)
	out := sig
	s.FillBytes(out[32:64])
	out[64] = 27 + 28 - out[64]
	return out
}

func testKeys(t *testing.T, n int) ([]*ecdsa.PrivateKey, []common.Address) {
	t.Helper()
	var ks []*ecdsa.PrivateKey
	var as []common.Address
	for i := 0; i < n; i++ {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte{byte(i), 'q'}))
		require.NoError(t, err)
		ks, as = append(ks, k), append(as, crypto.PubkeyToAddress(k.PublicKey))
	}
	return ks, as
}

// TestHighSSignatureIsRefused (issue #15, finding 1): a high-s twin of a valid signature recovers
// to the same signer, so a recover that accepts it lets a member's malleable attestation onto the
// pending chain, where L1 then reverts the whole propose. RecoverSigner, the one place every
// signature of the pending chain (seals, vote extensions, attestations, registrations) is
// recovered, refuses it.
func TestHighSSignatureIsRefused(t *testing.T) {
	t.Parallel()
	ks, as := testKeys(t, 1)
	digest := crypto.Keccak256Hash([]byte("a header"))
	sig, err := SignDigest(ks[0], digest)
	require.NoError(t, err)
	signer, err := RecoverSigner(digest, sig)
	require.NoError(t, err)
	require.Equal(t, as[0], signer)

	_, err = RecoverSigner(digest, highS(sig))
	require.ErrorIs(t, err, ErrMalleableSignature)
	// r or s zero or out of range, and v outside {27, 28}, are refused as ecrecover refuses them.
	for name, mutate := range map[string]func(*[65]byte){
		"r zero":    func(s *[65]byte) { clear(s[:32]) },
		"s zero":    func(s *[65]byte) { clear(s[32:64]) },
		"r too big": func(s *[65]byte) { crypto.S256().Params().N.FillBytes(s[:32]) },
		"v 29":      func(s *[65]byte) { s[64] = 29 },
		"v 0":       func(s *[65]byte) { s[64] = 0 },
	} {
		bad := sig
		mutate(&bad)
		_, err := RecoverSigner(digest, bad)
		require.Error(t, err, name)
	}
}

// TestChooseQuorumSurvivesABadSignature (issue #15, finding 1): the publisher sends exactly a
// quorum, each attestation checked as AttestationLib checks it (index in range, low s, v in
// {27, 28}, recovering to the member at that index), the slot's proposer first, indices strictly
// increasing; a high-s, a wrong-signer or a malformed attestation among them is left out rather
// than sinking the propose.
func TestChooseQuorumSurvivesABadSignature(t *testing.T) {
	t.Parallel()
	ks, members := testKeys(t, 7) // quorum 5
	digest := crypto.Keccak256Hash([]byte("a header"))
	sign := func(i int) [65]byte {
		s, err := SignDigest(ks[i], digest)
		require.NoError(t, err)
		return s
	}
	other, err := SignDigest(ks[0], crypto.Keccak256Hash([]byte("another header")))
	require.NoError(t, err)
	bad := []Attestation{
		{Index: 0, Signature: highS(sign(0))}, // malleable
		{Index: 1, Signature: sign(2)},        // signed by another member
		{Index: 2, Signature: other},          // over another digest
		{Index: 9, Signature: sign(4)},        // outside the committee
		{Index: 2, Signature: [65]byte{}},     // no signature
	}
	good := func(idx ...int) []Attestation {
		var out []Attestation
		for _, i := range idx {
			out = append(out, Attestation{Index: i, Signature: sign(i)})
		}
		return out
	}
	for _, tc := range []struct {
		name     string
		atts     []Attestation
		proposer int
		want     []int
	}{
		{"bad ones first", append(bad, good(6, 3, 3, 4, 5, 1)...), 5, []int{1, 3, 4, 5, 6}},
		{"bad ones last", append(good(6, 1, 5, 4, 3), bad...), 5, []int{1, 3, 4, 5, 6}},
		{"the proposer's beyond the lowest", good(0, 1, 2, 3, 4, 5, 6), 6, []int{0, 1, 2, 3, 6}},
		{"all valid, the proposer among the lowest", good(6, 5, 4, 3, 2, 1, 0), 2, []int{0, 1, 2, 3, 4}},
		{"the proposer did not attest", append(good(0, 2, 4, 5, 6), bad...), 1, []int{0, 2, 4, 5, 6}},
	} {
		got, err := ChooseQuorum(digest, members, tc.atts, tc.proposer)
		require.NoError(t, err, tc.name)
		require.Len(t, got, Quorum(7), "%s: exactly a quorum", tc.name)
		var idx []int
		for _, a := range got {
			require.NoError(t, CheckAttestation(digest, members, a), "%s: index %d", tc.name, a.Index)
			idx = append(idx, a.Index)
		}
		require.Equal(t, tc.want, idx, tc.name)
		_, err = EncodeAttestations(got)
		require.NoError(t, err, tc.name)
	}
	for _, a := range bad {
		require.Error(t, CheckAttestation(digest, members, a), "index %d", a.Index)
	}
	// Four valid of seven are not a quorum, whatever else is offered.
	_, err = ChooseQuorum(digest, members, append(bad, good(3, 4, 5, 6)...), 5)
	require.ErrorIs(t, err, ErrNoQuorum)
}
