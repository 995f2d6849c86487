// Package storetest models the disk under the agents' store for tests: PowerCut is a goleveldb
// storage that, like a machine losing power, keeps only what was synced.
package storetest

import (
	"bytes"
	"errors"
	"io"
	"os"
	"sync"

	"github.com/syndtr/goleveldb/leveldb/storage"
)

// ErrPowerCut is what every file operation of a storage returns once its power was cut: the
// process that used it is gone.
var ErrPowerCut = errors.New("storetest: the power was cut")

// file is one file of the disk: what the running system sees (cache, the page cache) and what
// stable storage holds (disk). A write reaches the cache; Sync copies the cache to the disk.
type file struct {
	cache, disk []byte
	open        bool
}

// PowerCut is a goleveldb storage.Storage in memory whose files keep written bytes in a page
// cache until Sync: Cut drops every byte not synced, as a power failure does (a kill -9 does
// not: the kernel still holds the pages). Creating, renaming and removing files and setting the
// meta file are durable at once, as on a journaling filesystem that orders metadata. A store
// that acknowledges a write without syncing it loses the write at Cut.
type PowerCut struct {
	mu     sync.Mutex
	files  map[storage.FileDesc]*file
	meta   storage.FileDesc
	gen    int // bumped by Cut: handles of an older generation are dead
	locked bool
	syncs  int
}

// NewPowerCut returns an empty disk.
func NewPowerCut() *PowerCut {
	return &PowerCut{files: map[storage.FileDesc]*file{}}
}

// Syncs is the number of Sync calls that reached the disk so far.
func (p *PowerCut) Syncs() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.syncs
}

// Cut cuts the power: every file falls back to its synced bytes, every open handle and the
// storage's lock die with the process that held them. Storage returns the disk for the next
// boot.
func (p *PowerCut) Cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.gen++
	p.locked = false
	for _, f := range p.files {
		f.cache = append([]byte(nil), f.disk...)
		f.open = false
	}
}

// Storage is a goleveldb storage on the disk for one boot: it dies at the next Cut.
func (p *PowerCut) Storage() storage.Storage {
	p.mu.Lock()
	defer p.mu.Unlock()
	return &boot{p: p, gen: p.gen}
}

// boot is the storage one process sees between power cuts.
type boot struct {
	p   *PowerCut
	gen int
}

// live locks the disk and fails if the power was cut since this boot.
func (b *boot) live() error {
	b.p.mu.Lock()
	if b.p.gen != b.gen {
		b.p.mu.Unlock()
		return ErrPowerCut
	}
	return nil
}

type unlocker struct{ b *boot }

func (u unlocker) Unlock() {
	if u.b.live() != nil {
		return
	}
	defer u.b.p.mu.Unlock()
	u.b.p.locked = false
}

func (b *boot) Lock() (storage.Locker, error) {
	if err := b.live(); err != nil {
		return nil, err
	}
	defer b.p.mu.Unlock()
	if b.p.locked {
		return nil, storage.ErrLocked
	}
	b.p.locked = true
	return unlocker{b}, nil
}

func (b *boot) Log(string) {}

func (b *boot) SetMeta(fd storage.FileDesc) error {
	if !storage.FileDescOk(fd) {
		return storage.ErrInvalidFile
	}
	if err := b.live(); err != nil {
		return err
	}
	defer b.p.mu.Unlock()
	b.p.meta = fd
	return nil
}

func (b *boot) GetMeta() (storage.FileDesc, error) {
	if err := b.live(); err != nil {
		return storage.FileDesc{}, err
	}
	defer b.p.mu.Unlock()
	if _, ok := b.p.files[b.p.meta]; !ok || b.p.meta.Zero() {
		return storage.FileDesc{}, os.ErrNotExist
	}
	return b.p.meta, nil
}

func (b *boot) List(ft storage.FileType) ([]storage.FileDesc, error) {
	if err := b.live(); err != nil {
		return nil, err
	}
	defer b.p.mu.Unlock()
	var out []storage.FileDesc
	for fd := range b.p.files {
		if fd.Type&ft != 0 {
			out = append(out, fd)
		}
	}
	return out, nil
}

func (b *boot) Open(fd storage.FileDesc) (storage.Reader, error) {
	if !storage.FileDescOk(fd) {
		return nil, storage.ErrInvalidFile
	}
	if err := b.live(); err != nil {
		return nil, err
	}
	defer b.p.mu.Unlock()
	f, ok := b.p.files[fd]
	if !ok {
		return nil, os.ErrNotExist
	}
	return &reader{Reader: bytes.NewReader(append([]byte(nil), f.cache...))}, nil
}

func (b *boot) Create(fd storage.FileDesc) (storage.Writer, error) {
	if !storage.FileDescOk(fd) {
		return nil, storage.ErrInvalidFile
	}
	if err := b.live(); err != nil {
		return nil, err
	}
	defer b.p.mu.Unlock()
	f, ok := b.p.files[fd]
	if ok && f.open {
		return nil, errors.New("storetest: file is open")
	}
	// Truncation is metadata: durable at once, like the file's creation.
	f = &file{open: true}
	b.p.files[fd] = f
	return &writer{b: b, f: f}, nil
}

func (b *boot) Remove(fd storage.FileDesc) error {
	if !storage.FileDescOk(fd) {
		return storage.ErrInvalidFile
	}
	if err := b.live(); err != nil {
		return err
	}
	defer b.p.mu.Unlock()
	if _, ok := b.p.files[fd]; !ok {
		return os.ErrNotExist
	}
	delete(b.p.files, fd)
	return nil
}

func (b *boot) Rename(oldfd, newfd storage.FileDesc) error {
	if !storage.FileDescOk(oldfd) || !storage.FileDescOk(newfd) {
		return storage.ErrInvalidFile
	}
	if err := b.live(); err != nil {
		return err
	}
	defer b.p.mu.Unlock()
	if oldfd == newfd {
		return nil
	}
	f, ok := b.p.files[oldfd]
	if !ok {
		return os.ErrNotExist
	}
	delete(b.p.files, oldfd)
	b.p.files[newfd] = f
	return nil
}

func (b *boot) Close() error { return nil }

type reader struct{ *bytes.Reader }

func (*reader) Close() error { return nil }

// writer appends to a file's cache; Sync makes the cache the disk's copy.
type writer struct {
	b      *boot
	f      *file
	closed bool
}

func (w *writer) Write(p []byte) (int, error) {
	if err := w.b.live(); err != nil {
		return 0, err
	}
	defer w.b.p.mu.Unlock()
	if w.closed {
		return 0, io.ErrClosedPipe
	}
	w.f.cache = append(w.f.cache, p...)
	return len(p), nil
}

func (w *writer) Sync() error {
	if err := w.b.live(); err != nil {
		return err
	}
	defer w.b.p.mu.Unlock()
	w.f.disk = append(w.f.disk[:0], w.f.cache...)
	w.b.p.syncs++
	return nil
}

// Close closes the handle; like close(2) it does not sync.
func (w *writer) Close() error {
	if err := w.b.live(); err != nil {
		return err
	}
	defer w.b.p.mu.Unlock()
	w.closed = true
	w.f.open = false
	return nil
}
