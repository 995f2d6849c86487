package protocol

import (
	"encoding/hex"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/stretchr/testify/require"
)

// blsModulusMinusOne is the largest canonical field element (big-endian), r-1 of BLS12-381.
const blsModulusMinusOne = "73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000000"

// TestKZGBackendsAgree: the EIP-4844 context the agents use (go-kzg-4844) and go-ethereum's
// kzg4844 give the same commitments and blob proofs, accept each other's proofs, and refuse the
// same wrong ones. If they ever disagreed, a member would refuse an honest blob block or L1
// would refuse a sidecar the proposer believed valid.
func TestKZGBackendsAgree(t *testing.T) {
	t.Parallel()
	maxElem, err := hex.DecodeString(blsModulusMinusOne)
	require.NoError(t, err)
	rng := rand.New(rand.NewPCG(20, 4844))
	blobs := make([]kzg4844.Blob, 4)
	for i := range blobs[1:3] {
		b := &blobs[i+1]
		for fe := 0; fe < len(b)/32; fe++ {
			for j := 1; j < 32; j++ { // a zero top byte keeps the element below the modulus
				b[fe*32+j] = byte(rng.Uint32())
			}
		}
	}
	for fe := 0; fe < len(blobs[3])/32; fe += 3 { // the largest canonical element, and zeros
		copy(blobs[3][fe*32:], maxElem)
	}
	// blobs[0] is all zero: the commitment is the point at infinity.

	commits := make([]kzg4844.Commitment, len(blobs))
	proofs := make([]kzg4844.Proof, len(blobs))
	for i := range blobs {
		c, err := blobCommitment(&blobs[i])
		require.NoError(t, err, "blob %d", i)
		want, err := kzg4844.BlobToCommitment(&blobs[i])
		require.NoError(t, err, "blob %d", i)
		require.Equal(t, want, c, "blob %d: commitments differ", i)

		p, err := blobProof(&blobs[i], c)
		require.NoError(t, err, "blob %d", i)
		wantP, err := kzg4844.ComputeBlobProof(&blobs[i], c)
		require.NoError(t, err, "blob %d", i)
		require.Equal(t, wantP, p, "blob %d: blob proofs differ", i)

		require.NoError(t, verifyBlobProof(&blobs[i], c, wantP), "blob %d", i)
		require.NoError(t, kzg4844.VerifyBlobProof(&blobs[i], c, p), "blob %d", i)
		commits[i], proofs[i] = c, p
	}

	// Wrong proofs and commitments: both refuse.
	for i := range blobs {
		j := (i + 1) % len(blobs)
		require.Error(t, verifyBlobProof(&blobs[i], commits[i], proofs[j]), "blob %d with blob %d's proof", i, j)
		require.Error(t, kzg4844.VerifyBlobProof(&blobs[i], commits[i], proofs[j]), "blob %d with blob %d's proof", i, j)
		require.Error(t, verifyBlobProof(&blobs[i], commits[j], proofs[i]), "blob %d with blob %d's commitment", i, j)
		require.Error(t, kzg4844.VerifyBlobProof(&blobs[i], commits[j], proofs[i]), "blob %d with blob %d's commitment", i, j)
	}
	var notAPoint kzg4844.Proof
	copy(notAPoint[:], proofs[1][:])
	notAPoint[47] ^= 1
	require.Error(t, verifyBlobProof(&blobs[1], commits[1], notAPoint))
	require.Error(t, kzg4844.VerifyBlobProof(&blobs[1], commits[1], notAPoint))

	// A blob with an element at the modulus is not a blob: both refuse to commit to it.
	bad := blobs[3]
	copy(bad[32:64], maxElem)
	bad[63]++ // r-1+1 = r
	_, err = blobCommitment(&bad)
	require.Error(t, err)
	_, err = kzg4844.BlobToCommitment(&bad)
	require.Error(t, err)
}
