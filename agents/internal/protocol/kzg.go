package protocol

import (
	"fmt"
	"sync"

	gokzg4844 "github.com/crate-crypto/go-kzg-4844"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

// Two KZG contexts, loaded on first use, each once per process:
//
//   - EIP-4844's (commitments, blob proofs and their checks: what every committee member needs for
//     every blob block) comes from crate-crypto's go-kzg-4844, the library go-ethereum used for
//     4844 before EIP-7594. It parses the trusted setup in about 65 ms of CPU.
//   - EIP-7594's cell proofs (the sidecar an Osaka L1's mempool wants) come from go-ethereum's
//     kzg4844, whose context also precomputes FK20 tables: about 2 s of CPU. Only a node that
//     publishes a blob propose to such an L1 needs it.
//
// go-ethereum's kzg4844 builds the whole 7594 context for any call, so a 48-node devnet on two
// cores spent a minute of start-up on tables that most members never used (issue 20). Both
// libraries implement the same specification with the same trusted setup; TestKZGBackendsAgree
// checks that they give the same commitments and proofs and accept each other's proofs.
var (
	kzg4844Once sync.Once
	kzg4844Ctx  *gokzg4844.Context
	kzg4844Err  error

	cellOnce sync.Once
)

// kzg4844Context is the EIP-4844 context, loaded on first use.
func kzg4844Context() (*gokzg4844.Context, error) {
	kzg4844Once.Do(func() {
		kzg4844Ctx, kzg4844Err = gokzg4844.NewContext4096Secure()
		if kzg4844Err != nil {
			kzg4844Err = fmt.Errorf("load the EIP-4844 KZG trusted setup: %w", kzg4844Err)
		}
	})
	return kzg4844Ctx, kzg4844Err
}

// LoadKZG loads the EIP-4844 context now (tens of milliseconds), so that the first blob block a
// node checks does not pay for it inside a CometBFT round.
func LoadKZG() error {
	_, err := kzg4844Context()
	return err
}

// WarmCellProofs loads go-ethereum's EIP-7594 context (about 2 s of CPU) if it is not loaded yet.
// A proposer calls it in the background when it seals a blob block, so that the cell proofs of
// the propose it is about to publish do not wait for the load.
func WarmCellProofs() {
	cellOnce.Do(func() {
		var b kzg4844.Blob
		_, _ = kzg4844.BlobToCommitment(&b)
	})
}

// blobCommitment is blob's KZG commitment.
func blobCommitment(blob *kzg4844.Blob) (kzg4844.Commitment, error) {
	ctx, err := kzg4844Context()
	if err != nil {
		return kzg4844.Commitment{}, err
	}
	c, err := ctx.BlobToKZGCommitment((*gokzg4844.Blob)(blob), 0)
	return kzg4844.Commitment(c), err
}

// blobProof is EIP-4844's blob proof of blob against its commitment c.
func blobProof(blob *kzg4844.Blob, c kzg4844.Commitment) (kzg4844.Proof, error) {
	ctx, err := kzg4844Context()
	if err != nil {
		return kzg4844.Proof{}, err
	}
	p, err := ctx.ComputeBlobKZGProof((*gokzg4844.Blob)(blob), gokzg4844.KZGCommitment(c), 0)
	return kzg4844.Proof(p), err
}

// verifyBlobProof checks EIP-4844's blob proof p of blob against the commitment c.
func verifyBlobProof(blob *kzg4844.Blob, c kzg4844.Commitment, p kzg4844.Proof) error {
	ctx, err := kzg4844Context()
	if err != nil {
		return err
	}
	return ctx.VerifyBlobKZGProof((*gokzg4844.Blob)(blob), gokzg4844.KZGCommitment(c), gokzg4844.KZGProof(p))
}
