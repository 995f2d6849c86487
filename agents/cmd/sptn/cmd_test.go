package main

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cometbft/cometbft/privval"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/devnet"
	"github.com/sptn/sptn/agents/internal/store"
	"github.com/sptn/sptn/agents/node/protect"
)

// run executes the command tree in-process and returns stdout and the error.
func run(t *testing.T, args ...string) (string, error) {
	t.Helper()
	cmd := newRootCmd()
	var out bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&out)
	cmd.SetArgs(args)
	err := cmd.Execute()
	return out.String(), err
}

func exitCode(err error) int {
	var ec exitCoder
	if errors.As(err, &ec) {
		return ec.ExitCode()
	}
	if err != nil {
		return 1
	}
	return 0
}

func TestKeysNewListImport(t *testing.T) {
	dir := t.TempDir()
	ks := filepath.Join(dir, "keystore")
	pw := filepath.Join(dir, "pw")
	require.NoError(t, os.WriteFile(pw, []byte("secret\n"), 0o600))

	out, err := run(t, "keys", "new", "--keystore", ks, "--password-file", pw, "--light-kdf")
	require.NoError(t, err)
	created := strings.Fields(out)[0]
	require.True(t, strings.HasPrefix(created, "0x") && len(created) == 42, out)

	keyFile := filepath.Join(dir, "key.hex")
	require.NoError(t, os.WriteFile(keyFile, []byte("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"), 0o600))
	t.Setenv("TEST_KS_PW", "secret")
	out, err = run(t, "keys", "import", "--keystore", ks, "--password-env", "TEST_KS_PW", "--key-file", keyFile, "--light-kdf")
	require.NoError(t, err)
	require.Contains(t, out, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")

	out, err = run(t, "keys", "list", "--keystore", ks)
	require.NoError(t, err)
	require.Contains(t, out, created)
	require.Contains(t, out, "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")
	require.Len(t, strings.Split(strings.TrimSpace(out), "\n"), 2)

	_, err = run(t, "keys", "new", "--keystore", ks, "--password-env", "TEST_KS_PW_UNSET")
	require.ErrorContains(t, err, "empty password")
	require.Equal(t, 2, exitCode(err))
	_, err = run(t, "keys", "import", "--keystore", ks, "--password-file", pw)
	require.ErrorContains(t, err, "--key-file is required")
	require.Equal(t, 2, exitCode(err))
}

func TestConfigPrintRedactsAndChecks(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "d.json"),
		[]byte(`{"chainId":31337,"contracts":{"AZT":"0x5FbDB2315678afecb367f032d93F642f64180aa3"}}`), 0o600))
	require.NoError(t, os.Mkdir(filepath.Join(dir, "ks"), 0o700))
	file := filepath.Join(dir, "c.yaml")
	body := "l1:\n  rpc-urls: [\"https://eth.example/v2/MYAPIKEY\"]\n" +
		"deployments: " + dir + "/d.json\nkeys:\n  keystore: " + dir + "/ks\n" +
		"node:\n  api-token: tok123\n"
	require.NoError(t, os.WriteFile(file, []byte(body), 0o600))

	t.Setenv("SPTN_TXMGR_CONFIRMATIONS", "7")
	out, err := run(t, "config", "print", "--config", file, "--data-dir", dir+"/data")
	require.NoError(t, err, out)
	require.Contains(t, out, "https://eth.example/<redacted>")
	require.NotContains(t, out, "MYAPIKEY")
	require.NotContains(t, out, "tok123")
	require.Contains(t, out, "api-token: <redacted>")
	require.Contains(t, out, "confirmations: 7", "env is applied")
	require.Contains(t, out, "data-dir: "+dir+"/data", "flags are applied")
	require.Contains(t, out, "request-timeout: 10s", "durations print as written")

	t.Setenv("SPTN_TXMGR_CONFIRMATIONS", "0")
	out, err = run(t, "config", "print", "--config", file)
	require.Equal(t, 2, exitCode(err))
	require.ErrorContains(t, err, "config key txmgr.confirmations (env SPTN_TXMGR_CONFIRMATIONS) = 0: want 1 to 128")
	require.Contains(t, out, "confirmations: 0", "the config is printed before the check fails")
}

func TestNodeRefusesBadConfig(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--node.p2p-addr", "127.0.0.1:26656"}, "config key node.p2p-addr"},
		{[]string{"--node.peers", "nobody@127.0.0.1:1"}, "config key node.peers"},
		{[]string{"--node.api-addr", "no-port"}, "config key node.api-addr"},
	} {
		t.Run(tc.want, func(t *testing.T) {
			_, err := run(t, append([]string{"node", "--data-dir", dir}, tc.args...)...)
			require.Error(t, err)
			require.Equal(t, 2, exitCode(err))
			require.Contains(t, err.Error(), tc.want)
		})
	}
	t.Setenv("SPTN_NODE_SEAL_LEAD", "-1s")
	_, err := run(t, "node", "--data-dir", dir)
	require.Equal(t, 2, exitCode(err))
	require.Contains(t, err.Error(), "config key node.seal-lead (env SPTN_NODE_SEAL_LEAD) = -1s")
}

func TestNodeInitAndGenesis(t *testing.T) {
	dir := t.TempDir()
	out, err := run(t, "node", "init", "--data-dir", dir+"/n0")
	require.NoError(t, err)
	require.Contains(t, out, `"nodeId"`)
	_, err = run(t, "node", "genesis", "--out", dir+"/genesis.json", "--validator", "0x00000000000000000000000000000000000000aa="+dir+"/n0")
	require.NoError(t, err)
	raw, err := os.ReadFile(dir + "/genesis.json")
	require.NoError(t, err)
	require.Contains(t, string(raw), `"vote_extensions_enable_height": "1"`)
	require.Contains(t, string(raw), `"attester": "0x00000000000000000000000000000000000000aa"`)
	_, err = run(t, "node", "genesis", "--validator", "not-an-address="+dir)
	require.Equal(t, 2, exitCode(err))
}

// TestStoreCheckAndRecover: `sptn store check` reports a sound store's records and a corrupted
// store's corruption (an agent refuses to start on one); `sptn store recover` copies it aside and
// rebuilds it, after which it checks sound.
func TestStoreCheckAndRecover(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "store")
	s, err := store.Open(dir)
	require.NoError(t, err)
	require.NoError(t, s.Put([]byte("app/local/signed/7"), []byte("x")))
	require.NoError(t, s.Close())
	out, err := run(t, "store", "check", "--dir", dir)
	require.NoError(t, err)
	require.Contains(t, out, "1 records")
	require.Contains(t, out, "app/local")

	manifests, err := filepath.Glob(filepath.Join(dir, "MANIFEST-*"))
	require.NoError(t, err)
	for _, m := range manifests {
		require.NoError(t, os.WriteFile(m, bytes.Repeat([]byte{0xde, 0xad}, 512), 0o600))
	}
	_, err = store.Open(dir)
	require.ErrorIs(t, err, store.ErrCorrupt)
	_, err = run(t, "store", "check", "--dir", dir)
	require.ErrorIs(t, err, store.ErrCorrupt)
	out, err = run(t, "store", "recover", "--dir", dir)
	require.NoError(t, err)
	require.Contains(t, out, "copied to "+dir+".corrupt-")
	require.Contains(t, out, "1 records")
	_, err = run(t, "store", "check", "--dir", dir)
	require.NoError(t, err)

	_, err = run(t, "store", "check")
	require.Equal(t, 2, exitCode(err))
}

// TestNodeSlashingProtectionExportImport: the history of a node's local record goes to a file
// and into another node's (new) data directory, which then refuses the slots it covers; a file
// of another deployment is refused, and so is a malformed database URL, naming the key.
func TestNodeSlashingProtectionExportImport(t *testing.T) {
	dir := t.TempDir()
	deploy := func(name, rollup string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(`{"chainId":31337,"contracts":{"Rollup":"`+rollup+`"}}`), 0o600))
		return p
	}
	d1 := deploy("d1.json", "0x5FbDB2315678afecb367f032d93F642f64180aa3")
	d2 := deploy("d2.json", "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512")
	ks := filepath.Join(dir, "ks")
	pw := filepath.Join(dir, "pw")
	require.NoError(t, os.WriteFile(pw, []byte("pw\n"), 0o600))
	_, err := run(t, "keys", "new", "--keystore", ks, "--password-file", pw, "--light-kdf")
	require.NoError(t, err)
	attester := common.HexToAddress("0x00000000000000000000000000000000000a11ce")

	// The old machine's record.
	old := filepath.Join(dir, "old")
	require.NoError(t, os.MkdirAll(filepath.Join(old, "node"), 0o700))
	kv, err := store.Open(filepath.Join(old, "node", "store"))
	require.NoError(t, err)
	l := protect.NewLocal(kv, attester, nil)
	for slot := uint64(1); slot <= 3; slot++ {
		require.NoError(t, l.Claim(context.Background(), protect.Signing{Attester: attester, Duty: protect.DutyAttestation, Slot: slot,
			Digest: common.BigToHash(new(big.Int).SetUint64(slot))}))
	}
	require.NoError(t, kv.Close())

	keyArgs := []string{"--keys.keystore", ks, "--keys.password-file", pw}
	file := filepath.Join(dir, "history.json")
	out, err := run(t, append([]string{"node", "slashing-protection", "export", "--data-dir", old, "--deployments", d1, "--out", file}, keyArgs...)...)
	require.NoError(t, err, out)
	require.Contains(t, out, "exported 3 records of 1 attesters from the local backend")

	_, err = run(t, append([]string{"node", "slashing-protection", "import", "--data-dir", filepath.Join(dir, "other"), "--deployments", d2, "--file", file}, keyArgs...)...)
	require.ErrorContains(t, err, "another deployment's")

	fresh := filepath.Join(dir, "new")
	out, err = run(t, append([]string{"node", "slashing-protection", "import", "--data-dir", fresh, "--deployments", d1, "--file", file}, keyArgs...)...)
	require.NoError(t, err, out)
	require.Contains(t, out, "imported 3 records of 1 attesters")
	kv, err = store.Open(filepath.Join(fresh, "node", "store"))
	require.NoError(t, err)
	defer kv.Close()
	l = protect.NewLocal(kv, attester, nil)
	err = l.Claim(context.Background(), protect.Signing{Attester: attester, Duty: protect.DutyAttestation, Slot: 3, Digest: common.BigToHash(big.NewInt(3))})
	require.ErrorIs(t, err, protect.ErrBelowMark)
	require.NoError(t, l.Claim(context.Background(), protect.Signing{Attester: attester, Duty: protect.DutyAttestation, Slot: 4}))

	t.Setenv("SPTN_NODE_SLASHING_PROTECTION_DATABASE_URL", "postgres://sptn:secret@db/sptn")
	_, err = run(t, append([]string{"node", "slashing-protection", "export", "--data-dir", old, "--deployments", d1, "--out", file}, keyArgs...)...)
	require.Equal(t, 2, exitCode(err))
	require.ErrorContains(t, err, "config key node.slashing-protection.database-url")
	require.NotContains(t, err.Error(), "secret")
}

// sptn node signer refuses bad flags at start, naming each, never repeating a database
// password, and refuses a validator key file that others may read.
func TestNodeSignerRefusesBadFlags(t *testing.T) {
	_, err := run(t, "node", "signer")
	require.Equal(t, 2, exitCode(err))
	for _, f := range []string{"--key-file", "--chain-id", "--node", "--database-url"} {
		require.ErrorContains(t, err, "flag "+f)
	}
	dir := t.TempDir()
	key, state := filepath.Join(dir, "priv_validator_key.json"), filepath.Join(dir, "priv_validator_state.json")
	privval.GenFilePV(key, state).Save()
	ok := []string{"node", "signer", "--key-file", key, "--chain-id", "c", "--node", "unix://" + filepath.Join(dir, "pv.sock"),
		"--database-url", "postgres://sptn@127.0.0.1:1/sptn?connect_timeout=1"}
	with := func(flag, value string) []string {
		args := append([]string(nil), ok...)
		for i := range args {
			if args[i] == flag {
				args[i+1] = value
			}
		}
		return args
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{with("--node", "tcp://10.0.0.5:26659"), "loopback"},
		{with("--database-url", "postgres://sptn@db.internal/sptn"), "does not verify the server"},
		{with("--database-url", "postgres://sptn:p%zzsecret@db/sptn"), "flag --database-url"},
	} {
		_, err := run(t, c.args...)
		require.Equal(t, 2, exitCode(err), c.args)
		require.ErrorContains(t, err, c.want)
		require.NotContains(t, err.Error(), "secret")
	}
	require.NoError(t, os.Chmod(key, 0o644))
	_, err = run(t, ok...)
	require.ErrorContains(t, err, "chmod 600")
}

// TestScenarioAsksForTheByzantineBuild: a byzantine scenario without --byzantine-bin, or with one
// that does not exist, is refused before any devnet starts, naming the flag.
func TestScenarioAsksForTheByzantineBuild(t *testing.T) {
	root, err := filepath.Abs("../../..")
	require.NoError(t, err)
	_, err = run(t, "devnet", "scenario", "happy-path,byzantine-junk", "--root", root)
	require.ErrorContains(t, err, "byzantine-junk run one node from a byzantine build: pass --byzantine-bin")
	require.Equal(t, 2, exitCode(err))
	_, err = run(t, "devnet", "scenario", "byzantine-high-s", "--root", root, "--byzantine-bin", filepath.Join(t.TempDir(), "none"))
	require.ErrorContains(t, err, "--byzantine-bin")
	require.Equal(t, 2, exitCode(err))
}

// TestMeasureRefusesBadLoadFlags: a bad --load-* value is refused before any devnet starts,
// naming the flag, and the defaults (no load, 50 a request, 200 bytes) pass.
func TestMeasureRefusesBadLoadFlags(t *testing.T) {
	for _, c := range []struct {
		flag, value, want string
	}{
		{"--load-tps", "-1", "--load-tps -1: want 0 (no load) to 100000"},
		{"--load-tps", "100001", "--load-tps 100001"},
		{"--load-batch", "0", "--load-batch 0: want 1 to 1000"},
		{"--load-batch", "1001", "--load-batch 1001"},
		{"--load-size", "0", "--load-size 0: want 1 to 1048576 bytes"},
		{"--load-size", "1048577", "--load-size 1048577"},
	} {
		_, err := run(t, "devnet", "measure", "--root", t.TempDir(), c.flag, c.value)
		require.Equal(t, 2, exitCode(err), c.flag)
		require.ErrorContains(t, err, c.want)
	}
	require.NoError(t, checkLoadSpec(devnet.LoadSpec{TPS: 0, Batch: 50, Size: 200}))
	require.NoError(t, checkLoadSpec(devnet.LoadSpec{TPS: 1000, Batch: 1, Size: 1}))
}
