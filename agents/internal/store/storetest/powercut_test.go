package storetest

import (
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/opt"
)

// TestPowerCutKeepsOnlySyncedWrites shows the model can fail a store: goleveldb's write
// acknowledged without a sync is gone after the cut, the synced one is not.
func TestPowerCutKeepsOnlySyncedWrites(t *testing.T) {
	t.Parallel()
	disk := NewPowerCut()
	db, err := leveldb.Open(disk.Storage(), nil)
	require.NoError(t, err)
	require.NoError(t, db.Put([]byte("synced"), []byte("1"), &opt.WriteOptions{Sync: true}))
	require.NoError(t, db.Put([]byte("unsynced"), []byte("2"), &opt.WriteOptions{Sync: false}))
	v, err := db.Get([]byte("unsynced"), nil)
	require.NoError(t, err, "before the cut the process reads its own write")
	require.Equal(t, "2", string(v))

	disk.Cut()
	require.ErrorIs(t, db.Put([]byte("late"), []byte("3"), nil), ErrPowerCut, "the old process is dead")
	_ = db.Close()

	db, err = leveldb.Open(disk.Storage(), nil)
	require.NoError(t, err, "the store recovers after the cut")
	defer db.Close()
	v, err = db.Get([]byte("synced"), nil)
	require.NoError(t, err)
	require.Equal(t, "1", string(v))
	_, err = db.Get([]byte("unsynced"), nil)
	require.ErrorIs(t, err, leveldb.ErrNotFound, "a write never synced does not survive a power cut")
}

// TestPowerCutLockDiesWithTheProcess: the next boot can open the store the dead one held.
func TestPowerCutLockDiesWithTheProcess(t *testing.T) {
	t.Parallel()
	disk := NewPowerCut()
	s := disk.Storage()
	_, err := s.Lock()
	require.NoError(t, err)
	_, err = disk.Storage().Lock()
	require.Error(t, err, "one holder at a time")
	disk.Cut()
	_, err = disk.Storage().Lock()
	require.NoError(t, err)
}
