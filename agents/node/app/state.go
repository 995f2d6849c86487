package app

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/internal/store"
)

// Keys of the application's state, all under "app/". "app/local/" holds what this node signed,
// which is not replicated state and is never part of the app hash.
var (
	keyMeta      = []byte("app/meta")
	keyParams    = []byte("app/params")  // the genesis params (Params), written by InitChain
	prefixBlock  = "app/block/"          // + hash -> Block
	prefixNumber = "app/number/"         // + 8-byte number -> canonical hash
	prefixTx     = "app/tx/"             // + hash -> TxRecord
	prefixPool   = []byte("app/pool/")   // + 8-byte seq + hash -> 8-byte expiry height
	prefixExpire = []byte("app/expire/") // + 8-byte expiry height + 8-byte seq + hash -> empty
	prefixComm   = "app/committee/"      // + 8-byte epoch -> Committee
	prefixVal    = "app/validator/"      // + CometBFT address -> attester
	prefixPrice  = "app/price/"          // + proposer -> named prices
	prefixPub    = "app/pubkey/"         // + attester -> CometBFT ed25519 public key
	prefixReg    = "app/registration/"   // + attester -> regRecord of its last registration
	prefixSet    = "app/set/"            // + hex public key -> power: the CometBFT validator set as the app set it
	prefixLocal  = "app/local/"          // this node's own signing state (package protect): never replicated, never hashed
)

// Meta is the application's summary of its committed state.
type Meta struct {
	Height  int64       `json:"height"`
	AppHash common.Hash `json:"appHash"`
	// Tip is the pending tip: the last sealed block on the canonical pending chain.
	TipNumber uint64      `json:"tipNumber"`
	TipHash   common.Hash `json:"tipHash"`
	TipSlot   uint64      `json:"tipSlot"`
	// Anchor is the L1 block the chain continues from that it does not hold itself: the parent
	// of the first pending block, then of the first block after each re-anchoring (a seal
	// carrying an Anchor).
	AnchorNumber uint64      `json:"anchorNumber"`
	AnchorHash   common.Hash `json:"anchorHash"`
	AnchorSlot   uint64      `json:"anchorSlot,omitempty"`
	// AnchorL1 is the L1 block number named (Anchor.At) by the last seal that carried an anchor
	// naming one: a seal whose anchor names an earlier L1 block, or none, is refused, so the
	// anchor moves only forward in L1 time. Zero (a chain whose anchors named no L1 block, from
	// before this rule) takes any.
	AnchorL1 uint64 `json:"anchorL1,omitempty"`
	Started  bool   `json:"started"`
	// SealHeight is the CometBFT height of the last seal.
	SealHeight int64  `json:"sealHeight"`
	Seq        uint64 `json:"seq"`
	// Queued is the number of user transactions in the pool.
	Queued int `json:"queued"`
	// Epoch is the current epoch as the chain knows it: the first committee recorded, then the
	// epoch of the latest seal. The validator set follows the committees of Epoch and Epoch+1.
	Epoch     uint64 `json:"epoch"`
	HaveEpoch bool   `json:"haveEpoch"`
	// Registered is the number of attesters mapped to a CometBFT validator key (MaxRegistered).
	Registered int `json:"registered"`
}

// Block is a sealed L2 block on the pending chain.
type Block struct {
	Header   protocol.Header `json:"header"`
	Hash     common.Hash     `json:"hash"`
	Height   int64           `json:"height"`
	Proposer common.Address  `json:"proposer"`
	Txs      []common.Hash   `json:"txs"`
	// Blobs is a block whose data goes to L1 in blobs (Seal.Blobs).
	Blobs bool `json:"blobs,omitempty"`
	// BlobProofs are a blob block's commitments and blob proofs (Seal.BlobProofs): whoever
	// publishes it builds the L1 sidecar from them without committing again.
	BlobProofs   []protocol.BlobProof `json:"blobProofs,omitempty"`
	Attestations []Attestation        `json:"attestations,omitempty"`
	Orphaned     bool                 `json:"orphaned,omitempty"`
	// Reanchored is the L1 block this block's seal re-anchored the chain on (its parent, which
	// the pending chain never had); the blocks it orphaned were at and above that number.
	Reanchored *Anchor `json:"reanchored,omitempty"`
}

// Tx states.
const (
	TxQueued  = "queued"  // in the pool
	TxPending = "pending" // in a sealed block on the pending chain
	TxDropped = "dropped" // left the chain for good; Reason says why
)

// TxRecord is what the chain knows of a user transaction.
type TxRecord struct {
	Raw    []byte      `json:"raw"`
	Seq    uint64      `json:"seq"`
	State  string      `json:"state"`
	Number uint64      `json:"number,omitempty"`
	Block  common.Hash `json:"block,omitempty"`
	Reason string      `json:"reason,omitempty"`
}

// Prices are a proposer's named fee prices (wei per unit of gas).
type Prices struct {
	FeePerDaGas string `json:"feePerDaGas"`
	FeePerL2Gas string `json:"feePerL2Gas"`
}

func u64key(prefix string, v uint64) []byte {
	return binary.BigEndian.AppendUint64([]byte(prefix), v)
}

func poolKey(seq uint64, h common.Hash) []byte {
	k := binary.BigEndian.AppendUint64(append([]byte(nil), prefixPool...), seq)
	return append(k, h[:]...)
}

func expireKey(at, seq uint64, h common.Hash) []byte {
	k := binary.BigEndian.AppendUint64(append([]byte(nil), prefixExpire...), at)
	k = binary.BigEndian.AppendUint64(k, seq)
	return append(k, h[:]...)
}

// reader is what a view reads through to: the committed store, or another view.
type reader interface {
	Get(key []byte) ([]byte, error)
	Each(prefix []byte, fn func(key, value []byte) error) error
}

// view is a write overlay on the committed store (or on another view): reads see the overlay
// first; nothing reaches what is below until it is merged (a child view) or written (batch).
type view struct {
	kv    reader
	w     map[string][]byte
	order []string
}

func newView(kv reader) *view { return &view{kv: kv, w: map[string][]byte{}} }

// child is an overlay on v: a transaction executes on one, which is merged into v only when it
// succeeds, so that a refused transaction leaves nothing behind.
func (v *view) child() *view { return newView(v) }

// merge applies a child's writes to v, in their order.
func (v *view) merge(c *view) {
	for _, k := range c.order {
		v.set([]byte(k), c.w[k])
	}
}

var errNotFound = store.ErrNotFound

func (v *view) get(k []byte) ([]byte, error) {
	if val, ok := v.w[string(k)]; ok {
		if val == nil {
			return nil, errNotFound
		}
		return val, nil
	}
	return v.kv.Get(k)
}

// Get makes a view a reader for its children.
func (v *view) Get(k []byte) ([]byte, error) { return v.get(k) }

// Each calls fn for every key with the prefix, in key order, overlay included (deleted keys
// skipped), until fn returns an error.
func (v *view) Each(prefix []byte, fn func(key, value []byte) error) error {
	var mine []string
	for k := range v.w {
		if strings.HasPrefix(k, string(prefix)) {
			mine = append(mine, k)
		}
	}
	sort.Strings(mine)
	i := 0
	// own emits the overlay's keys below limit (all of them when all is set).
	own := func(limit string, all bool) error {
		for ; i < len(mine) && (all || mine[i] < limit); i++ {
			if val := v.w[mine[i]]; val != nil {
				if err := fn([]byte(mine[i]), val); err != nil {
					return err
				}
			}
		}
		return nil
	}
	err := v.kv.Each(prefix, func(k, val []byte) error {
		ks := string(k)
		if err := own(ks, false); err != nil {
			return err
		}
		if i < len(mine) && mine[i] == ks {
			i++
			if ov := v.w[ks]; ov != nil {
				return fn(k, ov)
			}
			return nil
		}
		return fn(k, val)
	})
	if err != nil {
		return err
	}
	return own("", true)
}

func (v *view) set(k, val []byte) {
	if _, ok := v.w[string(k)]; !ok {
		v.order = append(v.order, string(k))
	}
	v.w[string(k)] = val
}

func (v *view) del(k []byte) { v.set(k, nil) }

func (v *view) getJSON(k []byte, out any) (bool, error) {
	raw, err := v.get(k)
	if errors.Is(err, errNotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if err := json.Unmarshal(raw, out); err != nil {
		return false, fmt.Errorf("decode %s: %w", k, err)
	}
	return true, nil
}

func (v *view) putJSON(k []byte, val any) {
	raw, err := json.Marshal(val)
	if err != nil {
		panic(fmt.Sprintf("app: encode %s: %v", k, err)) // our own types always encode
	}
	v.set(k, raw)
}

// batch returns the overlay as a store batch, in write order.
func (v *view) batch() *store.Batch {
	b := new(store.Batch)
	for _, k := range v.order {
		if val := v.w[k]; val == nil {
			b.Delete([]byte(k))
		} else {
			b.Put([]byte(k), val)
		}
	}
	return b
}

func (v *view) block(h common.Hash) (*Block, error) {
	var b Block
	ok, err := v.getJSON([]byte(prefixBlock+h.Hex()), &b)
	if err != nil || !ok {
		return nil, err
	}
	return &b, nil
}

// clone is a copy of b that shares no memory with it: BlockByHash hands out copies of the blocks
// it keeps.
func (b *Block) clone() *Block {
	c := *b
	c.Header = cloneHeader(b.Header)
	c.Txs = slices.Clone(b.Txs)
	c.BlobProofs = slices.Clone(b.BlobProofs)
	if b.Attestations != nil {
		c.Attestations = make([]Attestation, len(b.Attestations))
		for i, at := range b.Attestations {
			c.Attestations[i] = Attestation{Index: at.Index, Signature: bytes.Clone(at.Signature)}
		}
	}
	if b.Reanchored != nil {
		r := *b.Reanchored
		if r.At != nil {
			at := *r.At
			r.At = &at
		}
		if r.Replaced != nil {
			r.Replaced = make([]Replaced, len(b.Reanchored.Replaced))
			for i, rb := range b.Reanchored.Replaced {
				r.Replaced[i] = Replaced{Header: cloneHeader(rb.Header), Bare: rb.Bare}
				if rb.Txs != nil {
					r.Replaced[i].Txs = make([]hexutil.Bytes, len(rb.Txs))
					for j, tx := range rb.Txs {
						r.Replaced[i].Txs[j] = bytes.Clone(tx)
					}
				}
			}
		}
		c.Reanchored = &r
	}
	return &c
}

func cloneHeader(h protocol.Header) protocol.Header {
	if h.FeePerDaGas != nil {
		h.FeePerDaGas = new(big.Int).Set(h.FeePerDaGas)
	}
	if h.FeePerL2Gas != nil {
		h.FeePerL2Gas = new(big.Int).Set(h.FeePerL2Gas)
	}
	return h
}

func (v *view) canonical(n uint64) (common.Hash, bool, error) {
	raw, err := v.get(u64key(prefixNumber, n))
	if errors.Is(err, errNotFound) {
		return common.Hash{}, false, nil
	}
	if err != nil {
		return common.Hash{}, false, err
	}
	return common.BytesToHash(raw), true, nil
}

func (v *view) committee(epoch uint64) (*Committee, error) {
	var c Committee
	ok, err := v.getJSON(u64key(prefixComm, epoch), &c)
	if err != nil || !ok {
		return nil, err
	}
	return &c, nil
}

func (v *view) txRecord(h common.Hash) (*TxRecord, error) {
	raw, err := v.get([]byte(prefixTx + h.Hex()))
	if errors.Is(err, errNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	r, err := decodeTxRecord(raw)
	if err != nil {
		return nil, fmt.Errorf("decode transaction %s: %w", h, err)
	}
	return r, nil
}

func (v *view) putTx(h common.Hash, r *TxRecord) { v.set([]byte(prefixTx+h.Hex()), r.encode()) }

// A TxRecord is stored in a binary form, read thousands of times per height: txRecordV1, the
// state, the sequence number and block number (8 bytes each), the block hash, the reason's length
// (2 bytes) and the reason, then the raw transaction. Records written as JSON (which starts
// with '{') by earlier versions still read.
const txRecordV1 = 0x01

// txRecordFixed is the size of the binary form without reason and raw transaction.
const txRecordFixed = 1 + 1 + 8 + 8 + 32 + 2

var txStates = []string{TxQueued, TxPending, TxDropped} // binary state i+1

func (r *TxRecord) encode() []byte {
	state := byte(0)
	for i, st := range txStates {
		if r.State == st {
			state = byte(i + 1)
		}
	}
	if state == 0 {
		panic(fmt.Sprintf("app: transaction state %q", r.State)) // our own states always encode
	}
	reason := r.Reason
	if len(reason) > 1<<16-1 {
		reason = reason[:1<<16-1]
	}
	out := make([]byte, 0, txRecordFixed+len(reason)+len(r.Raw))
	out = append(out, txRecordV1, state)
	out = binary.BigEndian.AppendUint64(out, r.Seq)
	out = binary.BigEndian.AppendUint64(out, r.Number)
	out = append(out, r.Block[:]...)
	out = binary.BigEndian.AppendUint16(out, uint16(len(reason)))
	out = append(out, reason...)
	return append(out, r.Raw...)
}

func decodeTxRecord(b []byte) (*TxRecord, error) {
	var r TxRecord
	if len(b) > 0 && b[0] == '{' {
		if err := json.Unmarshal(b, &r); err != nil {
			return nil, err
		}
		return &r, nil
	}
	if len(b) < txRecordFixed || b[0] != txRecordV1 || b[1] == 0 || int(b[1]) > len(txStates) {
		return nil, errors.New("not a transaction record")
	}
	r.State = txStates[b[1]-1]
	r.Seq = binary.BigEndian.Uint64(b[2:10])
	r.Number = binary.BigEndian.Uint64(b[10:18])
	r.Block = common.BytesToHash(b[18:50])
	n := int(binary.BigEndian.Uint16(b[50:52]))
	if len(b) < txRecordFixed+n {
		return nil, errors.New("transaction record cut short")
	}
	r.Reason = string(b[txRecordFixed : txRecordFixed+n])
	r.Raw = b[txRecordFixed+n:]
	return &r, nil
}
