package protocol

import (
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

// The KZG costs of one blob, for docs/performance.md: `go test -run '^$' -bench KZG -cpu 1
// ./agents/internal/protocol/` (Go, go-eth-kzg), and with `-tags ckzg` and SPTN_KZG=c the C
// library (c-kzg-4844) that go-ethereum binds under that tag.
func BenchmarkKZG(b *testing.B) {
	backend := "go-eth-kzg"
	if os.Getenv("SPTN_KZG") == "c" {
		if err := kzg4844.UseCKZG(true); err != nil {
			b.Fatal(err)
		}
		backend = "c-kzg-4844"
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
