package devnet

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sptn/sptn/agents/internal/keys"
)

// Sequencer is one devnet sequencer's on-disk identity: its own directory, keystore and password
// file. On the devnet its attester key also publishes to L1 (it is funded with ETH); in production
// the publisher key is separate.
type Sequencer struct {
	Index        int
	Dir          string
	KeystoreDir  string
	PasswordFile string
	Attester     common.Address
}

// Signer opens the sequencer's attester key from its keystore file.
func (s Sequencer) Signer() (*keys.KeystoreSigner, error) {
	pw, err := os.ReadFile(s.PasswordFile)
	if err != nil {
		return nil, fmt.Errorf("sequencer %d: read password: %w", s.Index, err)
	}
	signer, err := keys.Open(s.KeystoreDir, s.Attester, string(pw))
	if err != nil {
		return nil, fmt.Errorf("sequencer %d: %w", s.Index, err)
	}
	return signer, nil
}

// sequencerETH is what each devnet sequencer's key is funded with, for L1 gas.
var sequencerETH = new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))

// CreateSequencers makes count sequencer identities under the data directory (reusing none: a
// devnet's chain is new each run), each a keystore file with a random password in a file beside
// it, and funds each key with ETH.
func (n *Network) CreateSequencers(ctx context.Context, count int) ([]Sequencer, error) {
	return n.createIdentities(ctx, "sequencer", 0, count)
}

// createIdentities makes count <kind>-<i> directories, i from first on, each with a funded
// keystore key.
func (n *Network) createIdentities(ctx context.Context, kind string, first, count int) ([]Sequencer, error) {
	out := make([]Sequencer, 0, count)
	for i := first; i < first+count; i++ {
		dir := filepath.Join(n.cfg.DataDir, fmt.Sprintf("%s-%d", kind, i))
		if err := os.RemoveAll(dir); err != nil {
			return nil, err
		}
		s := Sequencer{Index: i, Dir: dir, KeystoreDir: filepath.Join(dir, "keystore"),
			PasswordFile: filepath.Join(dir, "password")}
		pw := make([]byte, 16)
		if _, err := rand.Read(pw); err != nil {
			return nil, err
		}
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, err
		}
		if err := os.WriteFile(s.PasswordFile, []byte(hex.EncodeToString(pw)), 0o600); err != nil {
			return nil, err
		}
		e, err := keys.New(s.KeystoreDir, hex.EncodeToString(pw), keys.LightScrypt)
		if err != nil {
			return nil, fmt.Errorf("%s %d: %w", kind, i, err)
		}
		s.Attester = e.Address
		out = append(out, s)
	}
	addrs := make([]common.Address, len(out))
	for i, s := range out {
		addrs[i] = s.Attester
	}
	if err := n.fund(ctx, addrs, sequencerETH); err != nil {
		return nil, fmt.Errorf("fund the %ss: %w", kind, err)
	}
	return out, nil
}
