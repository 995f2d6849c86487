package store

import (
	"errors"
	"fmt"
	"sync"

	"github.com/syndtr/goleveldb/leveldb"
	lerrors "github.com/syndtr/goleveldb/leveldb/errors"
	"github.com/syndtr/goleveldb/leveldb/opt"
	"github.com/syndtr/goleveldb/leveldb/storage"
	"github.com/syndtr/goleveldb/leveldb/util"
)

var (
	// ErrNotFound is returned by Get when the key is absent.
	ErrNotFound = errors.New("store: key not found")
	// ErrClosed is returned by every method after Close.
	ErrClosed = errors.New("store: closed")
)

// KV is the key-value store the agents persist state in.
type KV interface {
	// Get returns the value of key, or ErrNotFound.
	Get(key []byte) ([]byte, error)
	// Put writes key=value, synced to disk before it returns.
	Put(key, value []byte) error
	// Delete removes key; deleting an absent key is not an error.
	Delete(key []byte) error
	// Write applies a batch atomically, synced to disk before it returns.
	Write(b *Batch) error
	// Each calls fn for every key with the prefix, in key order, until fn returns an error.
	Each(prefix []byte, fn func(key, value []byte) error) error
	// Close releases the store.
	Close() error
}

// Batch is a set of puts and deletes applied atomically by KV.Write.
type Batch struct{ b leveldb.Batch }

// Put adds key=value to the batch.
func (b *Batch) Put(key, value []byte) { b.b.Put(key, value) }

// Delete adds a delete of key to the batch.
func (b *Batch) Delete(key []byte) { b.b.Delete(key) }

// Len is the number of operations in the batch.
func (b *Batch) Len() int { return b.b.Len() }

// LevelDB is a KV on goleveldb.
type LevelDB struct {
	mu     sync.RWMutex
	db     *leveldb.DB
	closed bool
}

// Open opens (creating if needed) the goleveldb store in dir. A store that another process holds
// open is refused (goleveldb's file lock), so two agents cannot share one data dir by mistake.
func Open(dir string) (*LevelDB, error) {
	db, err := leveldb.OpenFile(dir, &opt.Options{})
	if lerrors.IsCorrupted(err) {
		db, err = leveldb.RecoverFile(dir, nil)
	}
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	return &LevelDB{db: db}, nil
}

// OpenStorage opens a store on a goleveldb storage: for tests that model the disk itself (a
// power cut that loses what was never synced, storetest.PowerCut).
func OpenStorage(stor storage.Storage) (*LevelDB, error) {
	db, err := leveldb.Open(stor, &opt.Options{})
	if err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	return &LevelDB{db: db}, nil
}

// OpenMemory opens a store that lives in memory only, for unit tests.
func OpenMemory() *LevelDB {
	db, err := leveldb.Open(storage.NewMemStorage(), nil)
	if err != nil {
		panic(fmt.Sprintf("store: open memory store: %v", err)) // cannot fail for a fresh memory storage
	}
	return &LevelDB{db: db}
}

var syncWrite = &opt.WriteOptions{Sync: true}

// Get implements KV.
func (s *LevelDB) Get(key []byte) ([]byte, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return nil, ErrClosed
	}
	v, err := s.db.Get(key, nil)
	if errors.Is(err, leveldb.ErrNotFound) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("get %x: %w", key, err)
	}
	return v, nil
}

// Put implements KV.
func (s *LevelDB) Put(key, value []byte) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return ErrClosed
	}
	if err := s.db.Put(key, value, syncWrite); err != nil {
		return fmt.Errorf("put %x: %w", key, err)
	}
	return nil
}

// Delete implements KV.
func (s *LevelDB) Delete(key []byte) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return ErrClosed
	}
	if err := s.db.Delete(key, syncWrite); err != nil {
		return fmt.Errorf("delete %x: %w", key, err)
	}
	return nil
}

// Write implements KV.
func (s *LevelDB) Write(b *Batch) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return ErrClosed
	}
	if err := s.db.Write(&b.b, syncWrite); err != nil {
		return fmt.Errorf("write batch: %w", err)
	}
	return nil
}

// Each implements KV. Keys and values passed to fn are copies that fn may keep.
func (s *LevelDB) Each(prefix []byte, fn func(key, value []byte) error) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return ErrClosed
	}
	it := s.db.NewIterator(util.BytesPrefix(prefix), nil)
	defer it.Release()
	for it.Next() {
		k := append([]byte(nil), it.Key()...)
		v := append([]byte(nil), it.Value()...)
		if err := fn(k, v); err != nil {
			return err
		}
	}
	if err := it.Error(); err != nil {
		return fmt.Errorf("iterate %x: %w", prefix, err)
	}
	return nil
}

// Close implements KV. Closing twice is not an error.
func (s *LevelDB) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close store: %w", err)
	}
	return nil
}
