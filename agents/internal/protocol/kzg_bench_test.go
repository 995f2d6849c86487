package protocol

import (
	"testing"

	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

// The KZG costs of one blob, for docs/performance.md: `go test -run '^$' -bench KZG
// ./agents/internal/protocol/` (Go, go-eth-kzg) and the same with `-tags ckzg` (C, c-kzg-4844;
// BenchmarkKZG then switches to it).
func BenchmarkKZG(b *testing.B) {
	backend, err := LoadKZG()
	if err != nil {
		b.Fatal(err)
	}
	b.Log("backend", backend)
	blobs, err := EncodeBlobs(patterned(BlobCapacity(1)))
	if err != nil {
		b.Fatal(err)
	}
	blob := &blobs[0]
	c, err := kzg4844.BlobToCommitment(blob)
	if err != nil {
		b.Fatal(err)
	}
	p, err := kzg4844.ComputeBlobProof(blob, c)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("commitment", func(b *testing.B) {
		for b.Loop() {
			_, _ = kzg4844.BlobToCommitment(blob)
		}
	})
	b.Run("blob-proof", func(b *testing.B) {
		for b.Loop() {
			_, _ = kzg4844.ComputeBlobProof(blob, c)
		}
	})
	b.Run("verify-blob-proof", func(b *testing.B) {
		for b.Loop() {
			_ = kzg4844.VerifyBlobProof(blob, c, p)
		}
	})
	b.Run("cell-proofs", func(b *testing.B) {
		for b.Loop() {
			_, _ = kzg4844.ComputeCellProofs(blob)
		}
	})
}
