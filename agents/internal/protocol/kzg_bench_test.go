package protocol

import (
	"os"
	"testing"

	goethkzg "github.com/crate-crypto/go-eth-kzg"
	gokzg4844 "github.com/crate-crypto/go-kzg-4844"
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

// The one-time loads of the two KZG contexts (kzg.go): `go test -run '^$' -bench KZGLoad -cpu 1
// ./agents/internal/protocol/`. The EIP-4844 one is what every node loads at start; the EIP-7594
// one (with its FK20 tables) only a node that proves cells for an Osaka sidecar.
func BenchmarkKZGLoad(b *testing.B) {
	b.Run("eip4844-go-kzg-4844", func(b *testing.B) {
		for b.Loop() {
			if _, err := gokzg4844.NewContext4096Secure(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("eip7594-go-eth-kzg", func(b *testing.B) {
		for b.Loop() {
			if _, err := goethkzg.NewContext4096Secure(); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkKZG4844 is BenchmarkKZG's EIP-4844 work through the context the agents use.
func BenchmarkKZG4844(b *testing.B) {
	blobs, err := EncodeBlobs(patterned(BlobCapacity(1)))
	if err != nil {
		b.Fatal(err)
	}
	blob := &blobs[0]
	c, err := blobCommitment(blob)
	if err != nil {
		b.Fatal(err)
	}
	p, err := blobProof(blob, c)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("commitment", func(b *testing.B) {
		for b.Loop() {
			_, _ = blobCommitment(blob)
		}
	})
	b.Run("blob-proof", func(b *testing.B) {
		for b.Loop() {
			_, _ = blobProof(blob, c)
		}
	})
	b.Run("verify-blob-proof", func(b *testing.B) {
		for b.Loop() {
			_ = verifyBlobProof(blob, c, p)
		}
	})
}
