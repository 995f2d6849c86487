package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/syndtr/goleveldb/leveldb"
	lerrors "github.com/syndtr/goleveldb/leveldb/errors"
	"github.com/syndtr/goleveldb/leveldb/filter"
	"github.com/syndtr/goleveldb/leveldb/opt"
	"github.com/syndtr/goleveldb/leveldb/storage"
	"github.com/syndtr/goleveldb/leveldb/util"
)

var (
	// ErrNotFound is returned by Get when the key is absent.
	ErrNotFound = errors.New("store: key not found")
	// ErrClosed is returned by every method after Close.
	ErrClosed = errors.New("store: closed")
	// ErrCorrupt is a store goleveldb finds corrupted.
	ErrCorrupt = errors.New("store: corrupted")
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
// A corrupted store is refused too (ErrCorrupt), and left as it is: recovering it can lose
// records, among them a node's record of what it signed (its guard against signing twice), so
// that is the operator's decision (`sptn store check` and `sptn store recover`).
func Open(dir string) (*LevelDB, error) {
	db, err := leveldb.OpenFile(dir, options())
	if lerrors.IsCorrupted(err) {
		return nil, corrupted(dir, err)
	}
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	return &LevelDB{db: db}, nil
}

// options are the store's goleveldb options. A node looks up every transaction it is sent (is it
// known?), and under load most are not: without a filter each such miss searched every table
// that could hold the key, the largest cost of the node's own code in a profile at 600 tx/s
// (issue 16). A bloom filter of 10 bits a key answers most misses from memory (about 1% false
// positives), as go-ethereum's stores do; tables written before it have no filter and are
// read as before. The block cache and write buffer are twice goleveldb's defaults.
func options() *opt.Options {
	return &opt.Options{
		Filter:             filter.NewBloomFilter(10),
		BlockCacheCapacity: 16 * opt.MiB,
		WriteBuffer:        8 * opt.MiB,
	}
}

func corrupted(dir string, err error) error {
	return fmt.Errorf("%w: %s: %v. The agent does not start on it: recovering a store can lose records, a node's "+
		"record of the slots it signed among them, and a node that lost it could sign twice and be slashed. "+
		"Inspect it with `sptn store check --dir %s`; `sptn store recover --dir %s` keeps a copy and rebuilds it from "+
		"what its tables hold (docs/runtime.md, store)", ErrCorrupt, dir, err, dir, dir)
}

// Report is what Check and Recover found in a store.
type Report struct {
	Keys int
	// Prefixes counts keys by their first two path segments ("app/local", "txmgr/0x…").
	Prefixes map[string]int
}

// Check opens the store in dir read-only as Open would, reads every record (each block's
// checksum is verified), and reports them by prefix; a corrupted store is ErrCorrupt. It
// changes nothing.
func Check(dir string) (Report, error) {
	if _, err := os.Stat(dir); err != nil {
		return Report{}, fmt.Errorf("check store: %w", err)
	}
	db, err := leveldb.OpenFile(dir, &opt.Options{ReadOnly: true, ErrorIfMissing: true})
	if lerrors.IsCorrupted(err) {
		return Report{}, corrupted(dir, err)
	}
	if err != nil {
		return Report{}, fmt.Errorf("open store %s: %w", dir, err)
	}
	defer db.Close()
	return report(dir, db)
}

func report(dir string, db *leveldb.DB) (Report, error) {
	r := Report{Prefixes: map[string]int{}}
	it := db.NewIterator(nil, nil) // every block's checksum is verified (goleveldb's default)
	defer it.Release()
	for it.Next() {
		r.Keys++
		parts := strings.SplitN(string(it.Key()), "/", 3)
		r.Prefixes[strings.Join(parts[:min(2, len(parts))], "/")]++
	}
	if err := it.Error(); err != nil {
		if lerrors.IsCorrupted(err) {
			return r, corrupted(dir, err)
		}
		return r, fmt.Errorf("read store %s: %w", dir, err)
	}
	return r, nil
}

// Recover copies the store in dir to dir.corrupt-<time> (every file, as it is), then rebuilds
// it from what its tables hold (goleveldb's RecoverFile) and reports what it holds now. Records
// in a lost table or journal are gone: a node must not sign again for slots it may have signed.
func Recover(dir string) (backup string, r Report, err error) {
	backup = fmt.Sprintf("%s.corrupt-%s", strings.TrimRight(dir, "/"), time.Now().UTC().Format("20060102T150405Z"))
	if err := copyDir(dir, backup); err != nil {
		return "", r, fmt.Errorf("copy store %s to %s: %w", dir, backup, err)
	}
	db, err := leveldb.RecoverFile(dir, nil)
	if err != nil {
		return backup, r, fmt.Errorf("recover store %s: %w", dir, err)
	}
	defer db.Close()
	r, err = report(dir, db)
	return backup, r, err
}

func copyDir(from, to string) error {
	entries, err := os.ReadDir(from)
	if err != nil {
		return err
	}
	if err := os.Mkdir(to, 0o700); err != nil {
		return err
	}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		b, err := os.ReadFile(filepath.Join(from, e.Name()))
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(to, e.Name()), b, 0o600); err != nil {
			return err
		}
	}
	return nil
}

// OpenStorage opens a store on a goleveldb storage: for tests that model the disk itself (a
// power cut that loses what was never synced, storetest.PowerCut).
func OpenStorage(stor storage.Storage) (*LevelDB, error) {
	db, err := leveldb.Open(stor, options())
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
