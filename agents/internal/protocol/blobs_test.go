package protocol

import (
	"bytes"
	"crypto/sha256"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/stretchr/testify/require"
)

func patterned(n int) []byte {
	out := make([]byte, n)
	for i := range out {
		out[i] = byte(i*7 + i/251 + 1)
	}
	return out
}

func TestEncodeBlobs_RoundTrip(t *testing.T) {
	t.Parallel()
	for _, size := range []int{0, 1, 27, 31, 32, 100_000, BlobCapacity(1), BlobCapacity(1) + 1,
		400_000, BlobCapacity(MaxBlobsPerTx)} {
		data := patterned(size)
		blobs, err := EncodeBlobs(data)
		require.NoError(t, err, "size %d", size)
		require.Len(t, blobs, BlobsFor(size), "size %d", size)
		for i := range blobs {
			for fe := 0; fe < len(blobs[i])/32; fe++ {
				require.Zero(t, blobs[i][fe*32], "size %d blob %d element %d: top byte", size, i, fe)
			}
		}
		got, err := DecodeBlobs(blobs)
		require.NoError(t, err, "size %d", size)
		require.True(t, bytes.Equal(data, got), "size %d: round trip changed the data", size)
	}
}

func TestBlobsFor_Bounds(t *testing.T) {
	t.Parallel()
	require.Equal(t, 1, BlobsFor(0))
	require.Equal(t, 1, BlobsFor(BlobCapacity(1)))
	require.Equal(t, 2, BlobsFor(BlobCapacity(1)+1))
	require.Equal(t, 6, BlobsFor(BlobCapacity(6)))
	require.Equal(t, 4096*31-4, BlobCapacity(1))
	// ~400 KB of transactions (2,000 of 200 bytes with their 4-byte prefixes) fit in 4 blobs.
	require.Equal(t, 4, BlobsFor(2000*204))
}

func TestEncodeBlobs_TooLarge(t *testing.T) {
	t.Parallel()
	_, err := EncodeBlobs(make([]byte, BlobCapacity(MaxBlobsPerTx)+1))
	require.ErrorIs(t, err, ErrBlobsTooMany)
}

func TestDecodeBlobs_RefusesNonCanonical(t *testing.T) {
	t.Parallel()
	good, err := EncodeBlobs(patterned(1000))
	require.NoError(t, err)

	_, err = DecodeBlobs(nil)
	require.ErrorIs(t, err, ErrBlobsMalformed, "no blobs")
	_, err = DecodeBlobs(make([]kzg4844.Blob, MaxBlobsPerTx+1))
	require.ErrorIs(t, err, ErrBlobsMalformed, "too many blobs")

	topByte := good
	topByte[0][32*5] = 1
	_, err = DecodeBlobs(topByte)
	require.ErrorIs(t, err, ErrBlobsMalformed, "non-zero top byte")

	good, _ = EncodeBlobs(patterned(1000))
	trailing := good
	trailing[0][32*100+5] = 1 // element 100 is past 1,004 bytes of prefix and data
	_, err = DecodeBlobs(trailing)
	require.ErrorIs(t, err, ErrBlobsMalformed, "bytes after the data")

	long, _ := EncodeBlobs(patterned(10))
	long[0][1], long[0][2] = 0x7f, 0xff // length far beyond one blob
	_, err = DecodeBlobs(long)
	require.ErrorIs(t, err, ErrBlobsMalformed, "length beyond the blobs")

	extra, _ := EncodeBlobs(patterned(10))
	_, err = DecodeBlobs(append(extra, kzg4844.Blob{}))
	require.ErrorIs(t, err, ErrBlobsMalformed, "a blob more than the length needs")
}

func TestBlobSidecar_MatchesTxsHash(t *testing.T) {
	t.Parallel()
	data := patterned(BlobCapacity(1) + 10) // two blobs
	want, err := DataTxsHash(data)
	require.NoError(t, err)
	sc, err := BlobSidecar(data, types.BlobSidecarVersion0)
	require.NoError(t, err)
	require.Len(t, sc.Blobs, 2)
	require.Len(t, sc.Proofs, 2)
	require.Equal(t, want, BlobsTxsHash(sc.BlobHashes()))
	for i := range sc.Blobs {
		require.NoError(t, kzg4844.VerifyBlobProof(&sc.Blobs[i], sc.Commitments[i], sc.Proofs[i]))
		require.Equal(t, sc.BlobHashes()[i], common.Hash(kzg4844.CalcBlobHashV1(sha256.New(), &sc.Commitments[i])))
	}
	got, err := DecodeBlobs(sc.Blobs)
	require.NoError(t, err)
	require.Equal(t, data, got)

	// The commitment is keccak256 of the blob tag and the hashes, as the rollup computes it.
	h := sc.BlobHashes()
	require.Equal(t, crypto.Keccak256Hash(BlobsTag[:], h[0][:], h[1][:]), want)

	_, err = BlobSidecar(data, 7)
	require.Error(t, err)
}

// TestBlobProofs_CheckWithoutCommitting: a proposer's commitments and blob proofs give the same
// txsHash as committing to the data, make a valid version-0 sidecar, and are refused for other
// data, in another number, or altered.
func TestBlobProofs_CheckWithoutCommitting(t *testing.T) {
	t.Parallel()
	data := patterned(BlobCapacity(2) + 1) // three blobs
	blobs, proofs, err := ProveBlobData(data)
	require.NoError(t, err)
	require.Len(t, proofs, 3)
	want, err := DataTxsHash(data)
	require.NoError(t, err)
	got, err := VerifyBlobProofs(data, proofs)
	require.NoError(t, err)
	require.Equal(t, want, got)

	sc := BlobProofSidecar(blobs, proofs)
	require.Equal(t, want, BlobsTxsHash(sc.BlobHashes()))
	for i := range sc.Blobs {
		require.NoError(t, kzg4844.VerifyBlobProof(&sc.Blobs[i], sc.Commitments[i], sc.Proofs[i]))
	}

	other := bytes.Clone(data)
	other[len(other)-1] ^= 1
	_, err = VerifyBlobProofs(other, proofs)
	require.ErrorIs(t, err, ErrBlobProof, "the proofs of other data")
	_, err = VerifyBlobProofs(data, proofs[:2])
	require.ErrorIs(t, err, ErrBlobProof, "a proof missing")
	swapped := []BlobProof{proofs[1], proofs[0], proofs[2]}
	_, err = VerifyBlobProofs(data, swapped)
	require.ErrorIs(t, err, ErrBlobProof, "proofs out of order")
	bad := bytes.Clone(proofs[2].Proof[:])
	bad[5] ^= 1
	tampered := append([]BlobProof(nil), proofs...)
	copy(tampered[2].Proof[:], bad)
	_, err = VerifyBlobProofs(data, tampered)
	require.ErrorIs(t, err, ErrBlobProof, "an altered proof")
	_, err = VerifyBlobProofs(patterned(BlobCapacity(6)+1), proofs)
	require.ErrorIs(t, err, ErrBlobsTooMany)
}
