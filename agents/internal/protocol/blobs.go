package protocol

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/params"
)

// The blob codec carries an L2 block's transaction data (EncodeTxsData's bytes) in EIP-4844
// blobs. The data, prefixed by its length as 4 big-endian bytes, is cut into 31-byte chunks;
// each chunk is the low 31 bytes of one 32-byte field element whose top byte is zero, so that
// every element is below the BLS modulus. Elements run blob by blob; what follows the data is
// zero. A block's header.txsHash is then BlobsTxsHash of the blobs' versioned hashes, which is
// what Rollup.proposeWithBlobs computes from blobhash(i) (see da.go).
const (
	// MaxBlobsPerTx is the most blobs one propose carries (EIP-7594's per-transaction limit).
	MaxBlobsPerTx = 6
	// BlobUsableBytes are the data bytes one blob holds: 31 per field element.
	BlobUsableBytes = params.BlobTxFieldElementsPerBlob * 31
	// blobLengthPrefix is the size of the data length at the start of the first blob.
	blobLengthPrefix = 4
)

// Errors of the blob codec.
var (
	// ErrBlobsTooMany is data that does not fit MaxBlobsPerTx blobs, or more blobs than that.
	ErrBlobsTooMany = errors.New("blob data exceeds the blobs allowed in one transaction")
	// ErrBlobsMalformed is blob content that no EncodeBlobs call produces.
	ErrBlobsMalformed = errors.New("blobs are not an encoding of transaction data")
)

// BlobCapacity is the most data bytes that n blobs carry.
func BlobCapacity(n int) int { return n*BlobUsableBytes - blobLengthPrefix }

// BlobsFor is how many blobs data of size bytes needs (at least one).
func BlobsFor(size int) int {
	return max(1, (size+blobLengthPrefix+BlobUsableBytes-1)/BlobUsableBytes)
}

// EncodeBlobs puts data into the fewest blobs that hold it, at most MaxBlobsPerTx.
func EncodeBlobs(data []byte) ([]kzg4844.Blob, error) {
	n := BlobsFor(len(data))
	if n > MaxBlobsPerTx {
		return nil, fmt.Errorf("%w: %d bytes need %d blobs, limit %d", ErrBlobsTooMany, len(data), n, MaxBlobsPerTx)
	}
	stream := make([]byte, 0, blobLengthPrefix+len(data))
	stream = binary.BigEndian.AppendUint32(stream, uint32(len(data)))
	stream = append(stream, data...)
	blobs := make([]kzg4844.Blob, n)
	for i := range blobs {
		chunk := stream[min(len(stream), i*BlobUsableBytes):min(len(stream), (i+1)*BlobUsableBytes)]
		for fe := 0; fe*31 < len(chunk); fe++ {
			copy(blobs[i][fe*32+1:fe*32+32], chunk[fe*31:])
		}
	}
	return blobs, nil
}

// DecodeBlobs recovers the data EncodeBlobs put into blobs. It refuses anything EncodeBlobs would
// not produce: a non-zero top byte, a length beyond the blobs, more blobs than the length needs,
// or non-zero bytes after the data.
func DecodeBlobs(blobs []kzg4844.Blob) ([]byte, error) {
	if len(blobs) == 0 || len(blobs) > MaxBlobsPerTx {
		return nil, fmt.Errorf("%w: %d blobs, want 1 to %d", ErrBlobsMalformed, len(blobs), MaxBlobsPerTx)
	}
	stream := make([]byte, 0, len(blobs)*BlobUsableBytes)
	for i := range blobs {
		for fe := 0; fe < params.BlobTxFieldElementsPerBlob; fe++ {
			if blobs[i][fe*32] != 0 {
				return nil, fmt.Errorf("%w: blob %d element %d has a non-zero top byte", ErrBlobsMalformed, i, fe)
			}
			stream = append(stream, blobs[i][fe*32+1:fe*32+32]...)
		}
	}
	size := int(binary.BigEndian.Uint32(stream))
	if size > BlobCapacity(len(blobs)) || BlobsFor(size) != len(blobs) {
		return nil, fmt.Errorf("%w: length %d in %d blobs", ErrBlobsMalformed, size, len(blobs))
	}
	end := blobLengthPrefix + size
	for _, b := range stream[end:] {
		if b != 0 {
			return nil, fmt.Errorf("%w: non-zero bytes after the data", ErrBlobsMalformed)
		}
	}
	return stream[blobLengthPrefix:end:end], nil
}

// BlobCommitments computes the KZG commitments of blobs and their versioned hashes.
func BlobCommitments(blobs []kzg4844.Blob) ([]kzg4844.Commitment, []common.Hash, error) {
	commits := make([]kzg4844.Commitment, len(blobs))
	hashes := make([]common.Hash, len(blobs))
	for i := range blobs {
		c, err := blobCommitment(&blobs[i])
		if err != nil {
			return nil, nil, fmt.Errorf("commit to blob %d: %w", i, err)
		}
		commits[i] = c
		hashes[i] = kzg4844.CalcBlobHashV1(sha256.New(), &c)
	}
	return commits, hashes, nil
}

// BlobProof is one blob's KZG commitment and the proof that it commits to the blob
// (EIP-4844's blob proof: an opening at a point derived from both). A proposer computes them
// once; everyone else checks them with VerifyBlobProofs, about 25 times cheaper than committing.
type BlobProof struct {
	Commitment kzg4844.Commitment `json:"commitment"`
	Proof      kzg4844.Proof      `json:"proof"`
}

// ErrBlobProof is a blob commitment or proof that does not check against the data.
var ErrBlobProof = errors.New("blob KZG proof does not check")

// BlobProver computes a blob's commitment and blob proof: ProveBlob, or the same in another
// process (agents/internal/kzgworker).
type BlobProver func(*kzg4844.Blob) (BlobProof, error)

// ProveBlob computes blob's KZG commitment and its blob proof against it, in this process.
func ProveBlob(blob *kzg4844.Blob) (BlobProof, error) {
	c, err := blobCommitment(blob)
	if err != nil {
		return BlobProof{}, fmt.Errorf("commit: %w", err)
	}
	p, err := blobProof(blob, c)
	if err != nil {
		return BlobProof{}, fmt.Errorf("prove: %w", err)
	}
	return BlobProof{Commitment: c, Proof: p}, nil
}

// CheckBlobProof checks that p is a commitment to blob and a blob proof of it: what
// VerifyBlobProofs checks of each blob, about a fortieth of ProveBlob's cost.
func CheckBlobProof(blob *kzg4844.Blob, p BlobProof) error {
	if err := verifyBlobProof(blob, p.Commitment, p.Proof); err != nil {
		return fmt.Errorf("%w: %v", ErrBlobProof, err)
	}
	return nil
}

// ProveBlobData encodes data into blobs and computes every blob's commitment and blob proof in
// this process, the blobs in parallel: ProveBlobDataWith(data, nil).
func ProveBlobData(data []byte) ([]kzg4844.Blob, []BlobProof, error) {
	return ProveBlobDataWith(data, nil)
}

// ProveBlobDataWith is ProveBlobData with each blob's commitment and proof computed by prove (nil
// is ProveBlob, in this process), the blobs in parallel.
func ProveBlobDataWith(data []byte, prove BlobProver) ([]kzg4844.Blob, []BlobProof, error) {
	blobs, err := EncodeBlobs(data)
	if err != nil {
		return nil, nil, err
	}
	if prove == nil {
		prove = ProveBlob
	}
	out := make([]BlobProof, len(blobs))
	errs := make([]error, len(blobs))
	var wg sync.WaitGroup
	for i := range blobs {
		wg.Go(func() {
			p, err := prove(&blobs[i])
			if err != nil {
				errs[i] = fmt.Errorf("blob %d: %w", i, err)
				return
			}
			out[i] = p
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, nil, err
	}
	return blobs, out, nil
}

// VerifyBlobProofs checks that proofs are one commitment and blob proof per blob of data's
// encoding, and returns the txsHash they make (BlobsTxsHash of their versioned hashes): what
// DataTxsHash computes, without committing to the blobs.
func VerifyBlobProofs(data []byte, proofs []BlobProof) (common.Hash, error) {
	blobs, err := EncodeBlobs(data)
	if err != nil {
		return common.Hash{}, err
	}
	if len(proofs) != len(blobs) {
		return common.Hash{}, fmt.Errorf("%w: %d proofs for %d blobs", ErrBlobProof, len(proofs), len(blobs))
	}
	hashes := make([]common.Hash, len(blobs))
	for i := range blobs {
		if err := verifyBlobProof(&blobs[i], proofs[i].Commitment, proofs[i].Proof); err != nil {
			return common.Hash{}, fmt.Errorf("%w: blob %d: %v", ErrBlobProof, i, err)
		}
		hashes[i] = kzg4844.CalcBlobHashV1(sha256.New(), &proofs[i].Commitment)
	}
	return BlobsTxsHash(hashes), nil
}

// BlobProofSidecar is the version-0 sidecar (one proof per blob) of blobs with these proofs, at no
// further cost.
func BlobProofSidecar(blobs []kzg4844.Blob, proofs []BlobProof) *types.BlobTxSidecar {
	commits := make([]kzg4844.Commitment, len(proofs))
	ps := make([]kzg4844.Proof, len(proofs))
	for i, p := range proofs {
		commits[i], ps[i] = p.Commitment, p.Proof
	}
	return types.NewBlobTxSidecar(types.BlobSidecarVersion0, blobs, commits, ps)
}

// DataTxsHash is the txsHash of data carried in blobs: the hash of the versioned hashes of
// EncodeBlobs(data). Every committee member computes it for a blob block.
func DataTxsHash(data []byte) (common.Hash, error) {
	blobs, err := EncodeBlobs(data)
	if err != nil {
		return common.Hash{}, err
	}
	_, hashes, err := BlobCommitments(blobs)
	if err != nil {
		return common.Hash{}, err
	}
	return BlobsTxsHash(hashes), nil
}

// BlobSidecar builds the sidecar of a blob transaction carrying data. version is
// types.BlobSidecarVersion0 (one proof per blob, Cancun and Prague) or types.BlobSidecarVersion1
// (cell proofs, Osaka's EIP-7594).
func BlobSidecar(data []byte, version byte) (*types.BlobTxSidecar, error) {
	blobs, err := EncodeBlobs(data)
	if err != nil {
		return nil, err
	}
	commits, _, err := BlobCommitments(blobs)
	if err != nil {
		return nil, err
	}
	return ProveBlobs(blobs, commits, version, nil)
}

// CellProver computes a blob's 128 cell proofs (EIP-7594): kzg4844.ComputeCellProofs, or the same
// in another process (agents/internal/kzgworker).
type CellProver func(*kzg4844.Blob) ([]kzg4844.Proof, error)

// ProveBlobs computes the KZG proofs of blobs with their commitments and returns the sidecar.
// Proofs cost far more than commitments (cell proofs about 0.3 s a blob), so callers that may
// not send can stop after BlobCommitments.
//
// The blobs are proven in parallel (each blob's proofs are independent): on a machine with cores
// to spare the sidecar of a 4-blob block is ready in about the time of two blobs. cells computes
// the cell proofs of version 1; nil is kzg4844.ComputeCellProofs, in this process.
func ProveBlobs(blobs []kzg4844.Blob, commits []kzg4844.Commitment, version byte, cells CellProver) (*types.BlobTxSidecar, error) {
	if version != types.BlobSidecarVersion0 && version != types.BlobSidecarVersion1 {
		return nil, fmt.Errorf("blob sidecar version %d is not 0 or 1", version)
	}
	if cells == nil {
		cells = kzg4844.ComputeCellProofs
	}
	each := make([][]kzg4844.Proof, len(blobs))
	errs := make([]error, len(blobs))
	var wg sync.WaitGroup
	for i := range blobs {
		wg.Go(func() {
			if version == types.BlobSidecarVersion0 {
				p, err := blobProof(&blobs[i], commits[i])
				if err != nil {
					errs[i] = fmt.Errorf("prove blob %d: %w", i, err)
				}
				each[i] = []kzg4844.Proof{p}
				return
			}
			ps, err := cells(&blobs[i])
			if err != nil {
				errs[i] = fmt.Errorf("prove cells of blob %d: %w", i, err)
			}
			each[i] = ps
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	var proofs []kzg4844.Proof
	for _, ps := range each {
		proofs = append(proofs, ps...)
	}
	return types.NewBlobTxSidecar(version, blobs, commits, proofs), nil
}
