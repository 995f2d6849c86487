package store

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/store/storetest"
)

func TestLevelDBSurvivesReopen(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s, err := Open(dir)
	require.NoError(t, err)
	require.NoError(t, s.Put([]byte("tx/1"), []byte("a")))
	var b Batch
	b.Put([]byte("tx/2"), []byte("b"))
	b.Put([]byte("id/x"), []byte("2"))
	b.Delete([]byte("tx/1"))
	require.Equal(t, 3, b.Len())
	require.NoError(t, s.Write(&b))
	require.NoError(t, s.Close())
	require.NoError(t, s.Close(), "a second Close is not an error")
	_, err = s.Get([]byte("tx/2"))
	require.ErrorIs(t, err, ErrClosed)

	s, err = Open(dir)
	require.NoError(t, err)
	defer s.Close()
	_, err = s.Get([]byte("tx/1"))
	require.ErrorIs(t, err, ErrNotFound)
	v, err := s.Get([]byte("tx/2"))
	require.NoError(t, err)
	require.Equal(t, "b", string(v))
}

func TestLevelDBRefusesSecondOpener(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s, err := Open(dir)
	require.NoError(t, err)
	defer s.Close()
	_, err = Open(dir)
	require.Error(t, err, "two openers of one data dir must be refused")
}

func TestEachPrefixOrderAndStop(t *testing.T) {
	t.Parallel()
	s := OpenMemory()
	defer s.Close()
	for i := 3; i >= 1; i-- {
		require.NoError(t, s.Put(fmt.Appendf(nil, "tx/%d", i), fmt.Appendf(nil, "v%d", i)))
	}
	require.NoError(t, s.Put([]byte("ty/9"), []byte("other prefix")))

	var got []string
	require.NoError(t, s.Each([]byte("tx/"), func(k, v []byte) error {
		got = append(got, string(k)+"="+string(v))
		return nil
	}))
	require.Equal(t, []string{"tx/1=v1", "tx/2=v2", "tx/3=v3"}, got)

	stop := errors.New("stop")
	n := 0
	err := s.Each([]byte("tx/"), func(_, _ []byte) error { n++; return stop })
	require.ErrorIs(t, err, stop)
	require.Equal(t, 1, n)

	require.NoError(t, s.Delete([]byte("absent")), "deleting an absent key is not an error")
}

// corrupt writes records into a store in dir, closes it and overwrites its manifest (the file
// that says which tables hold the data) with garbage.
func corrupt(t *testing.T, dir string) {
	t.Helper()
	s, err := Open(dir)
	require.NoError(t, err)
	for i := range 100 {
		require.NoError(t, s.Put(fmt.Appendf(nil, "app/local/signed/%04d", i), []byte("slot")))
	}
	require.NoError(t, s.Close())
	manifests, err := filepath.Glob(filepath.Join(dir, "MANIFEST-*"))
	require.NoError(t, err)
	require.NotEmpty(t, manifests)
	for _, m := range manifests {
		require.NoError(t, os.WriteFile(m, bytes.Repeat([]byte{0xde, 0xad}, 512), 0o600))
	}
}

// TestCorruptStoreIsRefused: a store goleveldb finds corrupted is not opened (it was recovered
// silently, which can drop records such as the node's record of what it signed, its guard
// against signing twice): the error names the store and the operator's commands, and neither
// the store nor anything in it is changed.
func TestCorruptStoreIsRefused(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	corrupt(t, dir)
	before := dirState(t, dir)
	_, err := Open(dir)
	require.ErrorIs(t, err, ErrCorrupt)
	require.ErrorContains(t, err, dir)
	require.ErrorContains(t, err, "sptn store check --dir "+dir)
	require.ErrorContains(t, err, "sptn store recover --dir "+dir)
	require.Equal(t, before, dirState(t, dir), "the corrupted store is left as it is")
}

// TestCheckAndRecover: Check reports a sound store's records by prefix and a corrupted store's
// corruption; Recover keeps a copy of the corrupted store, rebuilds it from its tables, and the
// store opens again with the records its tables held.
func TestCheckAndRecover(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s, err := Open(dir)
	require.NoError(t, err)
	require.NoError(t, s.Put([]byte("app/local/signed/1"), []byte("x")))
	require.NoError(t, s.Put([]byte("txmgr/0xab/tx/1"), []byte("y")))
	require.NoError(t, s.Close())
	r, err := Check(dir)
	require.NoError(t, err)
	require.Equal(t, 2, r.Keys)
	require.Equal(t, map[string]int{"app/local": 1, "txmgr/0xab": 1}, r.Prefixes)

	bad := t.TempDir()
	corrupt(t, bad)
	_, err = Check(bad)
	require.ErrorIs(t, err, ErrCorrupt)
	backup, r, err := Recover(bad)
	require.NoError(t, err)
	require.DirExists(t, backup)
	require.Equal(t, 100, r.Keys, "the tables held every record")
	s, err = Open(bad)
	require.NoError(t, err)
	v, err := s.Get([]byte("app/local/signed/0042"))
	require.NoError(t, err)
	require.Equal(t, "slot", string(v))
	require.NoError(t, s.Close())
	_, err = Check(backup)
	require.ErrorIs(t, err, ErrCorrupt, "the copy is the store as it was")
}

// dirState is every data file of dir with its content hash (not goleveldb's own text log).
func dirState(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	for _, e := range entries {
		if e.Name() == "LOG" || e.Name() == "LOG.old" {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		require.NoError(t, err)
		out[e.Name()] = fmt.Sprintf("%x", sha256.Sum256(b))
	}
	return out
}

// TestAcknowledgedWritesSurviveAPowerCut: every Put, Write and Delete that returned is on the
// disk, not only in the page cache: a power cut right after it (storetest.PowerCut drops every
// byte that was not synced) loses none of them. A store that wrote without syncing (Sync: false)
// loses them all here; a kill -9 alone could not tell, since the kernel keeps the pages.
func TestAcknowledgedWritesSurviveAPowerCut(t *testing.T) {
	t.Parallel()
	disk := storetest.NewPowerCut()
	s, err := OpenStorage(disk.Storage())
	require.NoError(t, err)
	require.NoError(t, s.Put([]byte("tx/1"), []byte("a")))
	require.NoError(t, s.Put([]byte("tx/9"), []byte("z")))
	var b Batch
	b.Put([]byte("tx/2"), []byte("b"))
	b.Put([]byte("id/x"), []byte("2"))
	require.NoError(t, s.Write(&b))
	require.NoError(t, s.Delete([]byte("tx/9")))

	disk.Cut() // right after the last acknowledgement
	_ = s.Close()

	s, err = OpenStorage(disk.Storage())
	require.NoError(t, err)
	defer s.Close()
	for k, want := range map[string]string{"tx/1": "a", "tx/2": "b", "id/x": "2"} {
		v, err := s.Get([]byte(k))
		require.NoError(t, err, "%s was acknowledged before the power cut", k)
		require.Equal(t, want, string(v))
	}
	_, err = s.Get([]byte("tx/9"))
	require.ErrorIs(t, err, ErrNotFound, "an acknowledged delete survives the power cut too")
}
