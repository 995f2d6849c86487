package node

import (
	"fmt"

	"github.com/cometbft/cometbft/crypto"
	"github.com/cometbft/cometbft/crypto/ed25519"
)

func pubKey(b []byte) (crypto.PubKey, error) {
	if len(b) != ed25519.PubKeySize {
		return nil, fmt.Errorf("validator public key is %d bytes, want %d (ed25519)", len(b), ed25519.PubKeySize)
	}
	return ed25519.PubKey(b), nil
}
