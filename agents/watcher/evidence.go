package watcher

import (
	"bytes"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/bindings/slasher"
)

// Evidence kinds, as the Slasher's EvidenceKind enum numbers them.
const (
	KindPrunedEpoch  uint8 = 0
	KindEquivocation uint8 = 1
	KindInactivity   uint8 = 2
)

// Evidence is one fault the watcher can act on.
type Evidence struct {
	Kind uint8
	// Epoch is the pruned epoch (KindPrunedEpoch).
	Epoch uint64
	// Equivocation is the attester's two signed headers (KindEquivocation).
	Equivocation *slasher.Equivocation
	// FirstEpoch, LastEpoch and Record are the range and the hash of the per-slot record
	// (KindInactivity); RecordText is the record itself, which the hash is keccak256 of.
	FirstEpoch, LastEpoch uint64
	Record                common.Hash
	RecordText            string
	// RecordHead is the record's header line and Lines each inactive member's lines of it
	// (KindInactivity): the record of a proposal naming any of them is rebuilt from these
	// (recordFor) to check another filer's record.
	RecordHead string
	Lines      map[common.Address]string
	// Inactive are every member the watcher judged inactive in the range (KindInactivity),
	// before the policy's filters: the only members a proposal it votes for may name.
	Inactive []common.Address
	// Validators are the attesters a proposal names, in increasing address order.
	Validators []common.Address
}

var slasherABI = slasher.NewSlasher().GetABI()

// Key is the Slasher's canonical key of the evidence (Slasher.evidenceKey): the same fault gives
// the same key however it is encoded, which is what filing is made idempotent on.
func (e Evidence) Key() common.Hash {
	if e.Kind == KindPrunedEpoch {
		return crypto.Keccak256Hash(word(big.NewInt(int64(KindPrunedEpoch))), word(new(big.Int).SetUint64(e.Epoch)))
	}
	if e.Kind == KindInactivity {
		return InactivityKey(e.FirstEpoch, e.LastEpoch)
	}
	return EquivocationKey(e.Equivocation.Attester, e.Equivocation.Header1.Slot)
}

// EquivocationKey is keccak256(abi.encode(EQUIVOCATION, attester, slot)).
func EquivocationKey(attester common.Address, slot uint64) common.Hash {
	return crypto.Keccak256Hash(word(big.NewInt(int64(KindEquivocation))), common.LeftPadBytes(attester[:], 32),
		word(new(big.Int).SetUint64(slot)))
}

// InactivityKey is keccak256(abi.encode(INACTIVITY, firstEpoch, lastEpoch)): the record is not
// part of it.
func InactivityKey(firstEpoch, lastEpoch uint64) common.Hash {
	return crypto.Keccak256Hash(word(big.NewInt(int64(KindInactivity))), word(new(big.Int).SetUint64(firstEpoch)),
		word(new(big.Int).SetUint64(lastEpoch)))
}

// Encode is the evidence as Slasher.file takes it: abi.encode(uint256 epoch),
// abi.encode(Equivocation) or abi.encode(Inactivity).
func (e Evidence) Encode() ([]byte, error) {
	if e.Kind == KindPrunedEpoch {
		return word(new(big.Int).SetUint64(e.Epoch)), nil
	}
	if e.Kind == KindInactivity {
		// A static struct is encoded in place: its three words.
		out := append(word(new(big.Int).SetUint64(e.FirstEpoch)), word(new(big.Int).SetUint64(e.LastEpoch))...)
		return append(out, e.Record[:]...), nil
	}
	out, err := slasherABI.Methods["slashEquivocation"].Inputs.Pack(*e.Equivocation)
	if err != nil {
		return nil, fmt.Errorf("encode equivocation: %w", err)
	}
	return out, nil
}

// recordFor is the record this watcher gives of its window (KindInactivity) for the members vs,
// in the order given (a proposal names them in increasing address order), and its keccak256:
// the same text its own filing on vs carries. ok is false if vs names a member it has no lines
// of. Evidence persisted before the lines were kept gives only the record of its own Validators.
func (e Evidence) recordFor(vs []common.Address) (text string, hash common.Hash, ok bool) {
	if e.Lines == nil {
		if slices.Equal(vs, e.Validators) {
			return e.RecordText, e.Record, true
		}
		return "", common.Hash{}, false
	}
	var b strings.Builder
	b.WriteString(e.RecordHead)
	for _, v := range vs {
		l, ok := e.Lines[v]
		if !ok {
			return "", common.Hash{}, false
		}
		b.WriteString(l)
	}
	text = b.String()
	return text, crypto.Keccak256Hash([]byte(text)), true
}

// String names the evidence for logs.
func (e Evidence) String() string {
	if e.Kind == KindPrunedEpoch {
		return fmt.Sprintf("pruned epoch %d", e.Epoch)
	}
	if e.Kind == KindInactivity {
		return fmt.Sprintf("inactivity in epochs %d-%d (record %s)", e.FirstEpoch, e.LastEpoch, e.Record.Hex())
	}
	return fmt.Sprintf("equivocation by %s in slot %d", e.Equivocation.Attester, e.Equivocation.Header1.Slot)
}

func word(v *big.Int) []byte { return common.LeftPadBytes(v.Bytes(), 32) }

// sortAddresses returns a sorted copy, as proposals must name validators.
func sortAddresses(in []common.Address) []common.Address {
	out := append([]common.Address(nil), in...)
	sort.Slice(out, func(i, j int) bool { return bytes.Compare(out[i][:], out[j][:]) < 0 })
	return out
}

// toSlasherHeader converts a rollup header into the slasher binding's identical struct.
func toSlasherHeader(h protocol.Header) slasher.Header {
	return slasher.Header{Number: h.Number, Slot: h.Slot, ParentHash: h.ParentHash, TxsHash: h.TxsHash,
		StateRoot: h.StateRoot, InboxHash: h.InboxHash, FeePerDaGas: h.FeePerDaGas, FeePerL2Gas: h.FeePerL2Gas,
		Coinbase: h.Coinbase}
}
