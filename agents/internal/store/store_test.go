package store

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"
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
