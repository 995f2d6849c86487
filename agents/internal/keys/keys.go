package keys

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
)

var (
	// ErrNoPassword is returned when neither a password file nor a password variable is set.
	ErrNoPassword = errors.New("keys: no password source (set a password file or a password environment variable)")
	// ErrEmptyPassword is returned when the password source holds an empty password.
	ErrEmptyPassword = errors.New("keys: empty password")
	// ErrKeyNotFound is returned when the keystore has no key for the address asked for.
	ErrKeyNotFound = errors.New("keys: no keystore file for address")
	// ErrAmbiguousKey is returned when no address is given and the keystore holds several keys.
	ErrAmbiguousKey = errors.New("keys: keystore holds several keys; name the address")
	// ErrWrongPassword is returned when the password does not decrypt the keystore file.
	ErrWrongPassword = errors.New("keys: wrong password for keystore file")
	// ErrPasswordFileMode is returned for a password file the group or others may read or write.
	ErrPasswordFileMode = errors.New("keys: password file is accessible by group or others")
	// ErrAddressMismatch is returned when a keystore file decrypts to a key of another address
	// than the one the file names.
	ErrAddressMismatch = errors.New("keys: keystore file holds the key of another address")
)

// fsync syncs a file or directory to disk; keystore writes go through it (tests count calls).
var fsync = func(f *os.File) error { return f.Sync() }

// Signer signs for one Ethereum address. Implementations must be safe for concurrent use.
type Signer interface {
	// Address is the address the signer signs for.
	Address() common.Address
	// SignTx returns tx signed for chainID with the latest signer for that chain.
	SignTx(ctx context.Context, tx *types.Transaction, chainID *big.Int) (*types.Transaction, error)
	// SignDigest signs a 32-byte digest (an EIP-712 hash, say) and returns the 65-byte
	// signature r || s || v with v in {27, 28}, as Solidity's ecrecover expects.
	SignDigest(ctx context.Context, digest [32]byte) ([]byte, error)
}

// Scrypt cost parameters for new keystore files.
const (
	// StandardScrypt is go-ethereum's standard cost (about 1 s and 256 MB to unlock).
	StandardScrypt = iota
	// LightScrypt is go-ethereum's light cost, for devnets and tests only.
	LightScrypt
)

// ReadPassword reads the keystore password from file, or failing that from the environment
// variable envVar. A trailing newline in the file is dropped.
func ReadPassword(file, envVar string) (string, error) {
	switch {
	case file != "":
		st, err := os.Stat(file)
		if err != nil {
			return "", fmt.Errorf("read password file: %w", err)
		}
		if st.Mode().Perm()&0o077 != 0 {
			// What ssh does with a private key: a secret others can read is no secret.
			return "", fmt.Errorf("%w: %s has mode %04o; make it the owner's only: chmod 600 %s",
				ErrPasswordFileMode, file, st.Mode().Perm(), file)
		}
		raw, err := os.ReadFile(file)
		if err != nil {
			return "", fmt.Errorf("read password file: %w", err)
		}
		pw := strings.TrimRight(string(raw), "\r\n")
		if pw == "" {
			return "", fmt.Errorf("%w in file %s", ErrEmptyPassword, file)
		}
		return pw, nil
	case envVar != "":
		pw, ok := os.LookupEnv(envVar)
		if !ok || pw == "" {
			return "", fmt.Errorf("%w in environment variable %s", ErrEmptyPassword, envVar)
		}
		return pw, nil
	default:
		return "", ErrNoPassword
	}
}

// Entry is one keystore file.
type Entry struct {
	Address common.Address
	Path    string
}

// List returns the keystore files in dir, sorted by address. Files that are not keystore files
// are skipped.
func List(dir string) ([]Entry, error) {
	des, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read keystore dir: %w", err)
	}
	var out []Entry
	for _, de := range des {
		if de.IsDir() || strings.HasPrefix(de.Name(), ".") || strings.HasSuffix(de.Name(), ".tmp") {
			continue
		}
		p := filepath.Join(dir, de.Name())
		addr, ok := fileAddress(p)
		if !ok {
			continue
		}
		out = append(out, Entry{Address: addr, Path: p})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Address.Cmp(out[j].Address) < 0 })
	return out, nil
}

func fileAddress(path string) (common.Address, bool) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return common.Address{}, false
	}
	var k struct {
		Address string `json:"address"`
	}
	if err := json.Unmarshal(raw, &k); err != nil || !common.IsHexAddress(k.Address) {
		return common.Address{}, false
	}
	return common.HexToAddress(k.Address), true
}

// New creates a new random key in dir, encrypted with password, and returns its entry.
func New(dir, password string, cost int) (Entry, error) {
	key, err := crypto.GenerateKey()
	if err != nil {
		return Entry{}, fmt.Errorf("generate key: %w", err)
	}
	return store(dir, key, password, cost)
}

// Import encrypts the hex private key in keyFile (one line, 0x optional) into dir.
func Import(dir, keyFile, password string, cost int) (Entry, error) {
	raw, err := os.ReadFile(keyFile)
	if err != nil {
		return Entry{}, fmt.Errorf("read key file: %w", err)
	}
	key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(string(raw)), "0x"))
	if err != nil {
		return Entry{}, fmt.Errorf("parse key file %s: not a hex secp256k1 private key", keyFile)
	}
	return store(dir, key, password, cost)
}

func store(dir string, key *ecdsa.PrivateKey, password string, cost int) (Entry, error) {
	if password == "" {
		return Entry{}, ErrEmptyPassword
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	existing, err := List(dir)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return Entry{}, err
	}
	for _, e := range existing {
		if e.Address == addr {
			return Entry{}, fmt.Errorf("store key: %s already in keystore at %s", addr, e.Path)
		}
	}
	id, err := uuid.NewRandom()
	if err != nil {
		return Entry{}, fmt.Errorf("generate key id: %w", err)
	}
	n, p := keystore.StandardScryptN, keystore.StandardScryptP
	if cost == LightScrypt {
		n, p = keystore.LightScryptN, keystore.LightScryptP
	}
	blob, err := keystore.EncryptKey(&keystore.Key{Id: id, Address: addr, PrivateKey: key}, password, n, p)
	if err != nil {
		return Entry{}, fmt.Errorf("encrypt key: %w", err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return Entry{}, fmt.Errorf("create keystore dir: %w", err)
	}
	path := filepath.Join(dir, keyFileName(addr))
	if err := writeSynced(path, blob); err != nil {
		return Entry{}, fmt.Errorf("write keystore file: %w", err)
	}
	return Entry{Address: addr, Path: path}, nil
}

// writeSynced writes data to path (mode 0600) so that a crash at any point leaves either no file
// or the whole one: a temporary file synced to disk, renamed into place, then the directory
// synced so that the rename itself is on disk.
func writeSynced(path string, data []byte) error {
	tmp := path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := fsync(f); err != nil {
		f.Close()
		return fmt.Errorf("sync %s: %w", tmp, err)
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	d, err := os.Open(filepath.Dir(path))
	if err != nil {
		return err
	}
	defer d.Close()
	if err := fsync(d); err != nil {
		return fmt.Errorf("sync %s: %w", filepath.Dir(path), err)
	}
	return nil
}

func keyFileName(addr common.Address) string {
	return "UTC--" + strings.ToLower(addr.Hex()[2:]) + ".json"
}

// KeystoreSigner is a Signer with a key decrypted from a keystore file and held in memory.
type KeystoreSigner struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

// Open decrypts the key for addr in dir. With the zero address it opens the only key in dir
// and fails with ErrAmbiguousKey if there are several.
func Open(dir string, addr common.Address, password string) (*KeystoreSigner, error) {
	entries, err := List(dir)
	if err != nil {
		return nil, err
	}
	var pick *Entry
	for i := range entries {
		if addr == (common.Address{}) || entries[i].Address == addr {
			if pick != nil {
				return nil, fmt.Errorf("%w: %s", ErrAmbiguousKey, dir)
			}
			pick = &entries[i]
		}
	}
	if pick == nil {
		return nil, fmt.Errorf("%w: %s in %s", ErrKeyNotFound, addr, dir)
	}
	blob, err := os.ReadFile(pick.Path)
	if err != nil {
		return nil, fmt.Errorf("read keystore file: %w", err)
	}
	k, err := keystore.DecryptKey(blob, password)
	if errors.Is(err, keystore.ErrDecrypt) {
		return nil, fmt.Errorf("%w: %s", ErrWrongPassword, pick.Path)
	}
	if err != nil {
		return nil, fmt.Errorf("decrypt keystore file %s: %w", pick.Path, err)
	}
	if got := crypto.PubkeyToAddress(k.PrivateKey.PublicKey); got != pick.Address {
		return nil, fmt.Errorf("%w: %s names %s but decrypts to the key of %s", ErrAddressMismatch, pick.Path, pick.Address, got)
	}
	return NewKeySigner(k.PrivateKey), nil
}

// NewKeySigner is a Signer over a key already in memory (tests, devnets).
func NewKeySigner(key *ecdsa.PrivateKey) *KeystoreSigner {
	return &KeystoreSigner{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
}

// Address implements Signer.
func (s *KeystoreSigner) Address() common.Address { return s.addr }

// SignTx implements Signer.
func (s *KeystoreSigner) SignTx(_ context.Context, tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(chainID), s.key)
	if err != nil {
		return nil, fmt.Errorf("sign tx: %w", err)
	}
	return signed, nil
}

// SignDigest implements Signer.
func (s *KeystoreSigner) SignDigest(_ context.Context, digest [32]byte) ([]byte, error) {
	sig, err := crypto.Sign(digest[:], s.key)
	if err != nil {
		return nil, fmt.Errorf("sign digest: %w", err)
	}
	sig[64] += 27
	return sig, nil
}
