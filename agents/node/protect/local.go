package protect

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sptn/sptn/agents/internal/store"
)

// Keys of the local backend, under the node's own signing state app/local/ (never replicated,
// never in the app hash, kept when a data directory is wiped for a resync).
var (
	prefixRecord = []byte("app/local/protect/r/") // + attester + duty code + 8-byte slot -> digest
	prefixMark   = []byte("app/local/protect/m/") // + attester + duty code -> 8-byte slot
	// prefixLegacy is the attestation record of earlier versions: + 8-byte slot -> the header
	// hash attested. It is still read (through Local.Legacy), never written.
	prefixLegacy = []byte("app/local/signed/")
)

// Local keeps the records in the node's own store, each synced to disk before Claim returns:
// the default, for a key run by one copy of the node.
type Local struct {
	kv store.KV
	// Legacy turns an attested header hash of an earlier version's record into the digest
	// signed; nil ignores those records. Owner is their attester (the node's key).
	legacy func(common.Hash) common.Hash
	owner  common.Address
	mu     sync.Mutex
}

// NewLocal is the local backend over kv. legacy, if not nil, reads the attestation records of
// earlier versions (app/local/signed/), which were owner's.
func NewLocal(kv store.KV, owner common.Address, legacy func(headerHash common.Hash) common.Hash) *Local {
	return &Local{kv: kv, owner: owner, legacy: legacy}
}

func recordKey(a common.Address, d Duty, slot uint64) []byte {
	k := append(append(append([]byte(nil), prefixRecord...), a[:]...), d.code())
	return binary.BigEndian.AppendUint64(k, slot)
}

func markKey(a common.Address, d Duty) []byte {
	return append(append(append([]byte(nil), prefixMark...), a[:]...), d.code())
}

// Name implements Backend.
func (l *Local) Name() string { return "local" }

// Close implements Backend; the store is the node's and stays open.
func (l *Local) Close() error { return nil }

// Claim implements Backend. Seals and registrations are always this copy's (there is one): a new
// digest for their slot replaces the record.
func (l *Local) Claim(_ context.Context, s Signing) error {
	if err := s.check(); err != nil {
		return err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if mark, ok, err := l.mark(s.Attester, s.Duty); err != nil {
		return err
	} else if ok && s.Slot <= mark {
		return fmt.Errorf("%w: %s slot %d, mark %d", ErrBelowMark, s.Duty, s.Slot, mark)
	}
	key := recordKey(s.Attester, s.Duty, s.Slot)
	prev, err := l.kv.Get(key)
	switch {
	case err == nil && bytes.Equal(prev, s.Digest[:]):
		return nil
	case err == nil && !s.Duty.heldPerCopy():
		return fmt.Errorf("%w: %s slot %d signed %s", ErrConflict, s.Duty, s.Slot, common.BytesToHash(prev))
	case err != nil && !errors.Is(err, store.ErrNotFound):
		return fmt.Errorf("slashing protection: read record: %w", err)
	}
	if s.Duty == DutyAttestation && l.legacy != nil && s.Attester == l.owner {
		old, err := l.kv.Get(binary.BigEndian.AppendUint64(append([]byte(nil), prefixLegacy...), s.Slot))
		switch {
		case err == nil && l.legacy(common.BytesToHash(old)) != s.Digest:
			return fmt.Errorf("%w: attestation slot %d signed header %s (earlier record)", ErrConflict, s.Slot, common.BytesToHash(old))
		case err != nil && !errors.Is(err, store.ErrNotFound):
			return fmt.Errorf("slashing protection: read record: %w", err)
		}
	}
	if err := l.kv.Put(key, s.Digest[:]); err != nil {
		return fmt.Errorf("slashing protection: persist record: %w", err)
	}
	return nil
}

func (l *Local) mark(a common.Address, d Duty) (uint64, bool, error) {
	v, err := l.kv.Get(markKey(a, d))
	switch {
	case errors.Is(err, store.ErrNotFound):
		return 0, false, nil
	case err != nil:
		return 0, false, fmt.Errorf("slashing protection: read mark: %w", err)
	case len(v) != 8:
		return 0, false, fmt.Errorf("slashing protection: mark of %s %s is %d bytes", a, d, len(v))
	}
	return binary.BigEndian.Uint64(v), true, nil
}

// Export implements Backend.
func (l *Local) Export(_ context.Context) (*History, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	var b historyBuilder
	if l.legacy != nil {
		err := l.kv.Each(prefixLegacy, func(k, v []byte) error {
			if len(k) != len(prefixLegacy)+8 || len(v) != 32 {
				return nil
			}
			slot := binary.BigEndian.Uint64(k[len(prefixLegacy):])
			// A record of this version for the slot wins (below).
			if _, err := l.kv.Get(recordKey(l.owner, DutyAttestation, slot)); err == nil {
				return nil
			}
			kh := b.key(l.owner)
			kh.Signed = append(kh.Signed, Record{Duty: DutyAttestation, Slot: slot, Digest: l.legacy(common.BytesToHash(v))})
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	err := l.kv.Each(prefixRecord, func(k, v []byte) error {
		rest := k[len(prefixRecord):]
		if len(rest) != 20+1+8 || len(v) != 32 {
			return fmt.Errorf("slashing protection: malformed record %x", k)
		}
		d, ok := dutyOf(rest[20])
		if !ok {
			return fmt.Errorf("slashing protection: record %x of an unknown duty", k)
		}
		kh := b.key(common.BytesToAddress(rest[:20]))
		kh.Signed = append(kh.Signed, Record{Duty: d, Slot: binary.BigEndian.Uint64(rest[21:]), Digest: common.BytesToHash(v)})
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = l.kv.Each(prefixMark, func(k, v []byte) error {
		rest := k[len(prefixMark):]
		d, ok := Duty(""), len(rest) == 21 && len(v) == 8
		if ok {
			d, ok = dutyOf(rest[20])
		}
		if !ok {
			return fmt.Errorf("slashing protection: malformed mark %x", k)
		}
		kh := b.key(common.BytesToAddress(rest[:20]))
		kh.HighWater = append(kh.HighWater, Mark{Duty: d, Slot: binary.BigEndian.Uint64(v)})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return b.history(), nil
}

// Import implements Backend: one atomic, synced batch.
func (l *Local) Import(_ context.Context, h *History) error {
	if err := h.Check(); err != nil {
		return err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	var batch store.Batch
	for i := range h.Data {
		k := &h.Data[i]
		for _, r := range k.Signed {
			key := recordKey(k.Attester, r.Duty, r.Slot)
			if _, err := l.kv.Get(key); errors.Is(err, store.ErrNotFound) {
				batch.Put(key, r.Digest[:])
			} else if err != nil {
				return fmt.Errorf("slashing protection: read record: %w", err)
			}
		}
		for d, slot := range k.marks() {
			cur, ok, err := l.mark(k.Attester, d)
			if err != nil {
				return err
			}
			if !ok || slot > cur {
				batch.Put(markKey(k.Attester, d), binary.BigEndian.AppendUint64(nil, slot))
			}
		}
	}
	if err := l.kv.Write(&batch); err != nil {
		return fmt.Errorf("slashing protection: persist import: %w", err)
	}
	return nil
}
