package protect

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// ErrBadHistory is an interchange file or history that cannot be imported.
var ErrBadHistory = errors.New("slashing protection: bad history")

// FormatVersion is the interchange format this package writes and reads.
const FormatVersion = "sptn-1"

// History is every signing record of one or more attester keys: what a backend exports and
// imports, and the interchange file (interchange.go).
type History struct {
	Metadata Metadata     `json:"metadata"`
	Data     []KeyHistory `json:"data"`
}

// Metadata names the format and the EIP-712 domain the digests were signed in.
type Metadata struct {
	InterchangeFormatVersion string `json:"interchange_format_version"`
	// DomainSeparator is the rollup's EIP-712 domain separator (chain id and rollup address):
	// a history is imported only into a node of the same deployment.
	DomainSeparator common.Hash `json:"domain_separator"`
}

// KeyHistory is one attester key's records and high-water marks.
type KeyHistory struct {
	Attester common.Address `json:"attester"`
	Signed   []Record       `json:"signed"`
	// HighWater are the marks imported into the backend before (each duty's highest slot of an
	// earlier import): an export carries them on.
	HighWater []Mark `json:"high_water,omitempty"`
}

// Record is one signature made.
type Record struct {
	Duty   Duty        `json:"duty"`
	Slot   uint64      `json:"slot,string"`
	Digest common.Hash `json:"digest"`
}

// Mark is a duty's high-water mark: no slot at or below it is signed.
type Mark struct {
	Duty Duty   `json:"duty"`
	Slot uint64 `json:"slot,string"`
}

// marks are the high-water marks k sets: per duty, the highest slot of its records and marks.
func (k *KeyHistory) marks() map[Duty]uint64 {
	out := map[Duty]uint64{}
	up := func(d Duty, s uint64) {
		if cur, ok := out[d]; !ok || s > cur {
			out[d] = s
		}
	}
	for _, r := range k.Signed {
		up(r.Duty, r.Slot)
	}
	for _, m := range k.HighWater {
		up(m.Duty, m.Slot)
	}
	return out
}

// historyOf groups records and marks by attester, in the order first seen.
type historyBuilder struct {
	order []common.Address
	by    map[common.Address]*KeyHistory
}

func (b *historyBuilder) key(a common.Address) *KeyHistory {
	if b.by == nil {
		b.by = map[common.Address]*KeyHistory{}
	}
	k, ok := b.by[a]
	if !ok {
		k = &KeyHistory{Attester: a, Signed: []Record{}}
		b.by[a] = k
		b.order = append(b.order, a)
	}
	return k
}

func (b *historyBuilder) history() *History {
	h := &History{Metadata: Metadata{InterchangeFormatVersion: FormatVersion}, Data: []KeyHistory{}}
	for _, a := range b.order {
		h.Data = append(h.Data, *b.by[a])
	}
	return h
}

// Check refuses a history no backend can take: another format, an unknown duty, a slot beyond
// int64 (the database's range), a zero attester, an attester named twice (an export names each
// once; the backends merge each entry's marks on their own), two digests for one (duty, slot).
func (h *History) Check() error {
	if h == nil {
		return fmt.Errorf("%w: no history", ErrBadHistory)
	}
	if h.Metadata.InterchangeFormatVersion != FormatVersion {
		return fmt.Errorf("%w: interchange_format_version %q, want %q", ErrBadHistory, h.Metadata.InterchangeFormatVersion, FormatVersion)
	}
	type at struct {
		d    Duty
		slot uint64
	}
	seen := make(map[common.Address]bool, len(h.Data))
	for _, k := range h.Data {
		if k.Attester == (common.Address{}) {
			return fmt.Errorf("%w: an entry without attester", ErrBadHistory)
		}
		if seen[k.Attester] {
			return fmt.Errorf("%w: attester %s has two entries (merge them into one)", ErrBadHistory, k.Attester)
		}
		seen[k.Attester] = true
		signed := make(map[at]common.Hash, len(k.Signed))
		for _, r := range k.Signed {
			if err := (Signing{Attester: k.Attester, Duty: r.Duty, Slot: r.Slot}).check(); err != nil {
				return fmt.Errorf("%w: %s: %v", ErrBadHistory, k.Attester, err)
			}
			if d, ok := signed[at{r.Duty, r.Slot}]; ok && d != r.Digest {
				return fmt.Errorf("%w: %s: two digests for %s slot %d (%s and %s)", ErrBadHistory, k.Attester, r.Duty, r.Slot, d, r.Digest)
			}
			signed[at{r.Duty, r.Slot}] = r.Digest
		}
		for _, m := range k.HighWater {
			if err := (Signing{Attester: k.Attester, Duty: m.Duty, Slot: m.Slot}).check(); err != nil {
				return fmt.Errorf("%w: %s high_water: %v", ErrBadHistory, k.Attester, err)
			}
		}
	}
	return nil
}
