package store

import (
	"errors"
	"fmt"
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
