package protocol

import (
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

// KZG backends: go-ethereum's pure-Go one (go-eth-kzg) is always there; the C library
// (c-kzg-4844) only in a binary built with cgo and the ckzg build tag (`make build` does when
// cgo works), where it takes about a third of the CPU per blob (docs/performance.md).
const (
	KZGGo = "go-eth-kzg"
	KZGC  = "c-kzg-4844"
)

// LoadKZG picks the fastest KZG backend built into this binary and loads its trusted setup (a
// few seconds of CPU, better spent at start than inside the first blob block's consensus round).
// It returns the backend's name.
func LoadKZG() (string, error) {
	backend := KZGGo
	if kzg4844.UseCKZG(true) == nil {
		backend = KZGC
	} else if err := kzg4844.UseCKZG(false); err != nil {
		return "", err
	}
	// UseCKZG loads the setup; one commitment makes sure it is usable.
	var blob kzg4844.Blob
	if _, err := kzg4844.BlobToCommitment(&blob); err != nil {
		return "", err
	}
	return backend, nil
}
