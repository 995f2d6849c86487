package protocol

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

func TestQuorum(t *testing.T) {
	t.Parallel()
	for k, want := range map[int]int{1: 1, 3: 3, 4: 3, 16: 11, 48: 33} {
		require.Equal(t, want, Quorum(k), "k=%d", k)
	}
}

func TestSampleIndicesIsAPermutationPrefix(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ n, k int }{{0, 4}, {1, 1}, {3, 10}, {10, 4}, {100, 48}, {300, 48}} {
		seed := crypto.Keccak256Hash(big.NewInt(int64(tc.n*1000 + tc.k)).Bytes())
		idx := SampleIndices(seed, tc.n, tc.k)
		want := min(tc.n, tc.k)
		require.Len(t, idx, want)
		seen := map[int]bool{}
		for _, i := range idx {
			require.True(t, i >= 0 && i < tc.n, "index %d out of [0,%d)", i, tc.n)
			require.False(t, seen[i], "duplicate index %d", i)
			seen[i] = true
		}
	}
}

// chiSquare returns the chi-square statistic of counts against a uniform expectation.
func chiSquare(counts []int, total int) float64 {
	exp := float64(total) / float64(len(counts))
	var x float64
	for _, c := range counts {
		d := float64(c) - exp
		x += d * d / exp
	}
	return x
}

// TestProposerSelectionIsUniform draws the proposer of 48,000 (seed, slot) pairs for a committee
// of 48. Under uniformity the statistic follows chi-square with 47 degrees of freedom, whose
// 99.9th percentile is 82.72. The seeds are fixed, so the test is deterministic: it fails only if
// the selection is biased (for example a modulo of a truncated hash).
func TestProposerSelectionIsUniform(t *testing.T) {
	t.Parallel()
	const k, seeds, slots = 48, 1500, 32
	counts := make([]int, k)
	for s := 0; s < seeds; s++ {
		seed := crypto.Keccak256Hash([]byte("uniformity"), big.NewInt(int64(s)).Bytes())
		for slot := uint64(0); slot < slots; slot++ {
			counts[ProposerIndex(seed, uint64(s)*slots+slot, k)]++
		}
	}
	x := chiSquare(counts, seeds*slots)
	require.Less(t, x, 82.72, "proposer selection is not uniform: chi-square %.1f, counts %v", x, counts)
}

// TestCommitteeMembershipIsUniform samples 4,000 committees of 16 from 64 sequencers: every
// sequencer should sit in a quarter of them. Chi-square with 63 degrees of freedom; 99.9th
// percentile 103.4.
func TestCommitteeMembershipIsUniform(t *testing.T) {
	t.Parallel()
	const n, k, draws = 64, 16, 4000
	counts := make([]int, n)
	for d := 0; d < draws; d++ {
		seed := crypto.Keccak256Hash([]byte("membership"), big.NewInt(int64(d)).Bytes())
		for _, i := range SampleIndices(seed, n, k) {
			counts[i]++
		}
	}
	x := chiSquare(counts, draws*k)
	require.Less(t, x, 103.4, "committee membership is not uniform: chi-square %.1f", x)
}

func TestEncodeAttestations(t *testing.T) {
	t.Parallel()
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	digest := crypto.Keccak256Hash([]byte("header"))
	sig, err := SignDigest(key, digest)
	require.NoError(t, err)
	signer, err := RecoverSigner(digest, sig)
	require.NoError(t, err)
	require.Equal(t, crypto.PubkeyToAddress(key.PublicKey), signer)

	enc, err := EncodeAttestations([]Attestation{{Index: 7, Signature: sig}, {Index: 2, Signature: sig}})
	require.NoError(t, err)
	require.Len(t, enc, 2*AttestationSize)
	require.Equal(t, byte(2), enc[0], "sorted by committee index")
	require.Equal(t, byte(7), enc[AttestationSize])

	_, err = EncodeAttestations([]Attestation{{Index: 2, Signature: sig}, {Index: 2, Signature: sig}})
	require.ErrorIs(t, err, ErrDuplicateIndex)
	bad := sig
	bad[64] = 1
	_, err = EncodeAttestations([]Attestation{{Index: 1, Signature: bad}})
	require.ErrorIs(t, err, ErrBadSignature)
	_, err = RecoverSigner(digest, bad)
	require.ErrorIs(t, err, ErrBadSignature)
}

func TestDomainSeparatesChainsAndRollups(t *testing.T) {
	t.Parallel()
	h := Header{Number: 1, Slot: 2, Coinbase: common.HexToAddress("0x01")}
	a := Domain{ChainID: big.NewInt(1), Rollup: common.HexToAddress("0xaa")}
	b := Domain{ChainID: big.NewInt(2), Rollup: common.HexToAddress("0xaa")}
	c := Domain{ChainID: big.NewInt(1), Rollup: common.HexToAddress("0xbb")}
	require.NotEqual(t, a.AttestationDigest(h), b.AttestationDigest(h))
	require.NotEqual(t, a.AttestationDigest(h), c.AttestationDigest(h))
	h2 := h
	h2.Slot = 3
	require.NotEqual(t, HeaderHash(h), HeaderHash(h2))
}
