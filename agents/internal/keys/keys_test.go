package keys

import (
	"context"
	"encoding/hex"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/anviltest"
)

func TestReadPassword(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "pw")
	require.NoError(t, os.WriteFile(good, []byte("hunter2\n"), 0o600))
	empty := filepath.Join(dir, "empty")
	require.NoError(t, os.WriteFile(empty, []byte("\n"), 0o600))
	t.Setenv("SPTN_TEST_PW", "from-env")
	t.Setenv("SPTN_TEST_PW_EMPTY", "")

	tests := []struct {
		name, file, env, want string
		err                   error
	}{
		{name: "file wins and drops the newline", file: good, env: "SPTN_TEST_PW", want: "hunter2"},
		{name: "env", env: "SPTN_TEST_PW", want: "from-env"},
		{name: "empty file", file: empty, err: ErrEmptyPassword},
		{name: "empty env", env: "SPTN_TEST_PW_EMPTY", err: ErrEmptyPassword},
		{name: "unset env", env: "SPTN_TEST_PW_UNSET", err: ErrEmptyPassword},
		{name: "no source", err: ErrNoPassword},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ReadPassword(tc.file, tc.env)
			if tc.err != nil {
				require.ErrorIs(t, err, tc.err)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.want, got)
		})
	}
	_, err := ReadPassword(filepath.Join(dir, "absent"), "")
	require.ErrorIs(t, err, os.ErrNotExist)
}

func TestNewListImportOpen(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "keystore")
	a, err := New(dir, "pw", LightScrypt)
	require.NoError(t, err)

	keyFile := filepath.Join(t.TempDir(), "key.hex")
	require.NoError(t, os.WriteFile(keyFile, []byte("0x"+anviltest.DevKeys[0]+"\n"), 0o600))
	b, err := Import(dir, keyFile, "pw", LightScrypt)
	require.NoError(t, err)
	require.Equal(t, common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"), b.Address)
	_, err = Import(dir, keyFile, "pw", LightScrypt)
	require.ErrorContains(t, err, "already in keystore")

	require.NoError(t, os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("not a key"), 0o600))
	list, err := List(dir)
	require.NoError(t, err)
	require.Len(t, list, 2, "non-keystore files are skipped")
	require.ElementsMatch(t, []common.Address{a.Address, b.Address}, []common.Address{list[0].Address, list[1].Address})

	s, err := Open(dir, b.Address, "pw")
	require.NoError(t, err)
	require.Equal(t, b.Address, s.Address())

	_, err = Open(dir, b.Address, "wrong")
	require.ErrorIs(t, err, ErrWrongPassword)
	_, err = Open(dir, common.Address{}, "pw")
	require.ErrorIs(t, err, ErrAmbiguousKey)
	_, err = Open(dir, common.HexToAddress("0x01"), "pw")
	require.ErrorIs(t, err, ErrKeyNotFound)

	bad := filepath.Join(t.TempDir(), "bad.hex")
	require.NoError(t, os.WriteFile(bad, []byte("zz"), 0o600))
	_, err = Import(dir, bad, "pw", LightScrypt)
	require.ErrorContains(t, err, "not a hex secp256k1 private key")
}

// TestSignDigestMatchesCastAndEcrecover checks the 65-byte signature against cast (which no one
// on this project wrote) byte for byte, and that ecrecover semantics (v in {27,28}) hold.
func TestSignDigestMatchesCastAndEcrecover(t *testing.T) {
	t.Parallel()
	s := NewKeySigner(anviltest.DevKey(t, 1))
	digest := crypto.Keccak256Hash([]byte("sptn attestation"))
	sig, err := s.SignDigest(context.Background(), digest)
	require.NoError(t, err)
	require.Len(t, sig, 65)
	require.Contains(t, []byte{27, 28}, sig[64])

	rec := append([]byte(nil), sig...)
	rec[64] -= 27
	pub, err := crypto.SigToPub(digest[:], rec)
	require.NoError(t, err)
	require.Equal(t, s.Address(), crypto.PubkeyToAddress(*pub))

	cast := filepath.Join(anviltest.RepoRoot(t), "node_modules", "@foundry-rs", "cast-linux-amd64", "bin", "cast")
	out, err := exec.Command(cast, "wallet", "sign", "--no-hash", "--private-key", "0x"+anviltest.DevKeys[1], digest.Hex()).CombinedOutput()
	require.NoError(t, err, "%s", out)
	require.Equal(t, strings.TrimSpace(string(out)), "0x"+hex.EncodeToString(sig))
}

func TestSignTxRecoversSender(t *testing.T) {
	t.Parallel()
	s := NewKeySigner(anviltest.DevKey(t, 2))
	chainID := big.NewInt(anviltest.ChainID)
	to := common.HexToAddress("0x1234")
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: 7, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(2), Gas: 21000, To: &to})
	signed, err := s.SignTx(context.Background(), tx, chainID)
	require.NoError(t, err)
	from, err := types.Sender(types.LatestSignerForChainID(chainID), signed)
	require.NoError(t, err)
	require.Equal(t, s.Address(), from)
}

// TestPasswordFileReadableByOthersIsRefused: like ssh with a private key, a password file that
// the group or others may read or write is refused, naming the file, its mode and the fix.
func TestPasswordFileReadableByOthersIsRefused(t *testing.T) {
	dir := t.TempDir()
	for _, mode := range []os.FileMode{0o644, 0o640, 0o604, 0o660, 0o606} {
		f := filepath.Join(dir, "pw"+mode.String())
		require.NoError(t, os.WriteFile(f, []byte("hunter2\n"), 0o600))
		require.NoError(t, os.Chmod(f, mode))
		_, err := ReadPassword(f, "")
		require.ErrorIs(t, err, ErrPasswordFileMode, "mode %s", mode)
		require.ErrorContains(t, err, "chmod 600 "+f)
	}
	for _, mode := range []os.FileMode{0o600, 0o400} {
		f := filepath.Join(dir, "ok"+mode.String())
		require.NoError(t, os.WriteFile(f, []byte("hunter2\n"), 0o600))
		require.NoError(t, os.Chmod(f, mode))
		pw, err := ReadPassword(f, "")
		require.NoError(t, err, "mode %s", mode)
		require.Equal(t, "hunter2", pw)
	}
}

// TestOpenChecksTheDecryptedAddress: a keystore file whose "address" field names one address
// but whose ciphertext holds another key (edited, or copied over) is refused: the agent would
// sign as an address it was not told to use.
func TestOpenChecksTheDecryptedAddress(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "keystore")
	e, err := New(dir, "pw", LightScrypt)
	require.NoError(t, err)
	claimed := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	raw, err := os.ReadFile(e.Path)
	require.NoError(t, err)
	forged := strings.Replace(string(raw), strings.ToLower(e.Address.Hex()[2:]), strings.ToLower(claimed.Hex()[2:]), 1)
	require.NotEqual(t, string(raw), forged)
	require.NoError(t, os.WriteFile(e.Path, []byte(forged), 0o600))

	_, err = Open(dir, claimed, "pw")
	require.ErrorIs(t, err, ErrAddressMismatch)
	require.ErrorContains(t, err, e.Address.Hex())
}

// TestNewKeystoreFileIsSynced: a new keystore file is synced to disk before it is renamed into
// place, and its directory after, so that a crash right after `sptn keys new` printed the
// address cannot lose the key (or leave an empty file under its name).
func TestNewKeystoreFileIsSynced(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "keystore")
	var synced []string
	prev := fsync
	fsync = func(f *os.File) error {
		st, err := f.Stat()
		require.NoError(t, err)
		kind := "file"
		if st.IsDir() {
			kind = "dir"
		}
		synced = append(synced, kind+" "+f.Name())
		return prev(f)
	}
	t.Cleanup(func() { fsync = prev })
	e, err := New(dir, "pw", LightScrypt)
	require.NoError(t, err)
	require.Equal(t, []string{"file " + e.Path + ".tmp", "dir " + dir}, synced)
}
