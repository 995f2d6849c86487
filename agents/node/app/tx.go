package app

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/internal/testbreak"
)

// Kinds of pending-chain transactions: the first byte of every transaction.
const (
	KindUser        byte = 0x01
	KindSeal        byte = 0x02
	KindAttestation byte = 0x03
	KindCommittee   byte = 0x04
	KindRegister    byte = 0x05
)

// userHeader is the fixed part of a user transaction: kind, max fee per DA gas (16 bytes) and
// max fee per L2 gas (16 bytes), both big-endian wei.
const userHeader = 1 + 16 + 16

// Errors of decoding and checking transactions.
var (
	// ErrMalformed is a transaction that does not decode.
	ErrMalformed = errors.New("malformed transaction")
	// ErrOversized is a user transaction whose payload exceeds the limit.
	ErrOversized = errors.New("transaction payload too large")
	// ErrEmptyPayload is a user transaction without payload.
	ErrEmptyPayload = errors.New("transaction payload is empty")
	// ErrUnderpriced is a user transaction whose max fees are below the proposer's prices.
	ErrUnderpriced = errors.New("transaction max fees below the proposer's prices")
	// ErrBelowFloor is a user transaction whose max fees are below the chain's fee floor
	// (Params): it can never execute.
	ErrBelowFloor = errors.New("transaction max fees below the chain's fee floor")
	// ErrPoolFull is a user transaction refused at execution because the pool holds
	// Params.MaxQueued transactions.
	ErrPoolFull = errors.New("the pool is full")
	// ErrKnown is a user transaction the chain already holds.
	ErrKnown = errors.New("transaction already known")
	// ErrUnknownKind is a transaction whose first byte names no kind.
	ErrUnknownKind = errors.New("unknown transaction kind")
)

// UserTx is an L2 transaction: an opaque payload and the most it pays per unit of DA and L2 gas.
type UserTx struct {
	MaxFeePerDaGas *big.Int
	MaxFeePerL2Gas *big.Int
	Payload        []byte
}

// Encode returns the wire form of tx.
func (tx UserTx) Encode() []byte {
	out := make([]byte, userHeader, userHeader+len(tx.Payload))
	out[0] = KindUser
	fill := func(dst []byte, v *big.Int) {
		if v != nil {
			v.FillBytes(dst)
		}
	}
	fill(out[1:17], tx.MaxFeePerDaGas)
	fill(out[17:33], tx.MaxFeePerL2Gas)
	return append(out, tx.Payload...)
}

// DecodeUserTx parses a user transaction and checks its payload size against maxPayload.
func DecodeUserTx(raw []byte, maxPayload int) (UserTx, error) {
	if len(raw) < userHeader || raw[0] != KindUser {
		return UserTx{}, fmt.Errorf("%w: a user transaction is 0x01, two 16-byte fees and a payload", ErrMalformed)
	}
	tx := UserTx{
		MaxFeePerDaGas: new(big.Int).SetBytes(raw[1:17]),
		MaxFeePerL2Gas: new(big.Int).SetBytes(raw[17:33]),
		Payload:        raw[userHeader:],
	}
	switch {
	case len(tx.Payload) == 0:
		return UserTx{}, ErrEmptyPayload
	case len(tx.Payload) > maxPayload:
		return UserTx{}, fmt.Errorf("%w: %d bytes, limit %d", ErrOversized, len(tx.Payload), maxPayload)
	}
	return tx, nil
}

// TxHash is the hash that names a transaction: keccak256 of its wire form.
func TxHash(raw []byte) common.Hash { return crypto.Keccak256Hash(raw) }

// EncodeTxsData is the transaction data of an L2 block as published to L1: each transaction's
// length as 4 big-endian bytes followed by the transaction. The header's txsHash is its keccak256.
func EncodeTxsData(txs [][]byte) []byte {
	n := 0
	for _, tx := range txs {
		n += 4 + len(tx)
	}
	out := make([]byte, 0, n)
	for _, tx := range txs {
		out = binary.BigEndian.AppendUint32(out, uint32(len(tx)))
		out = append(out, tx...)
	}
	return out
}

// DecodeTxsData splits transaction data in EncodeTxsData's form into its transactions.
func DecodeTxsData(data []byte) ([][]byte, error) {
	var out [][]byte
	for len(data) > 0 {
		if len(data) < 4 {
			return nil, fmt.Errorf("%w: %d bytes left where a 4-byte length goes", ErrMalformed, len(data))
		}
		n := binary.BigEndian.Uint32(data)
		if uint64(n) > uint64(len(data)-4) {
			return nil, fmt.Errorf("%w: a transaction of %d bytes in %d", ErrMalformed, n, len(data)-4)
		}
		out = append(out, data[4:4+n])
		data = data[4+n:]
	}
	return out, nil
}

// Seal is the slot's proposer closing the L2 block of its slot: the pool transactions it
// includes, its named fee prices and coinbase, signed with its attester key.
type Seal struct {
	Slot        uint64         `json:"slot"`
	Number      uint64         `json:"number"`
	Parent      common.Hash    `json:"parent"`
	FeePerDaGas *hexutil.Big   `json:"feePerDaGas"`
	FeePerL2Gas *hexutil.Big   `json:"feePerL2Gas"`
	Coinbase    common.Address `json:"coinbase"`
	Proposer    common.Address `json:"proposer"`
	Txs         []common.Hash  `json:"txs"`
	// Tip is the pending tip the proposer sealed on (zero before the first block). The seal is
	// refused if the chain's tip is another one when it executes: a proposer whose view lagged
	// (a restarted node replaying, a previous slot's seal committed late) must not orphan blocks
	// it never saw, one of which L1 may already have assured.
	Tip common.Hash `json:"tip"`
	// Anchor, when the parent is a block the pending chain never had (a based-fallback block,
	// or the proven tip a prune truncates to), is that block as L1 holds it: the seal re-anchors
	// the chain on it. Every validator checks it against its own L1 view before voting.
	Anchor *Anchor `json:"anchor,omitempty"`
	// Blobs carries the block's data in EIP-4844 blobs: the header's txsHash then commits to the
	// blobs' versioned hashes (protocol.DataTxsHash) and the block goes to L1 with
	// Rollup.proposeWithBlobs. The proposer chooses (node.da).
	Blobs bool `json:"blobs,omitempty"`
	// BlobProofs are a blob seal's KZG commitment and blob proof for each blob of its data, in
	// blob order: every member checks them against the data (a few ms a blob) instead of
	// committing to the blobs itself (about 50 ms a blob), and the header's txsHash is made from
	// their versioned hashes. The proposer's L1 sidecar reuses them.
	BlobProofs []protocol.BlobProof `json:"blobProofs,omitempty"`
	Signature  hexutil.Bytes        `json:"signature"`
}

// Anchor is an L1 block the pending chain continues from: L1's assured tip (the proven tip when
// the next propose prunes).
type Anchor struct {
	Number uint64      `json:"number"`
	Hash   common.Hash `json:"hash"`
	Slot   uint64      `json:"slot"`
	// Fork is the first number at which L1's chain leaves the pending chain, when that is below
	// Number: several based-fallback blocks in a row, of which the anchor is the last. The
	// pending chain's blocks from Fork on are orphaned. Zero is Number.
	Fork uint64 `json:"fork,omitempty"`
	// At is the L1 block (number and hash) at which this anchor is L1's assured tip (its proven
	// tip when a propose there prunes): every member checks, before it votes, that the block is
	// canonical in its own L1 view and that the anchor is the tip there (and at its latest
	// block), and execution refuses an anchor named at an L1 block below the one of the last
	// anchor the chain took (Meta.AnchorL1), so an anchor moves only forward in L1 time: a
	// member whose L1 view is stale cannot be shown a tip L1 has since left behind (review r17f
	// M1). The proposer names a block a few confirmations deep (the driver's anchorDepth) so
	// that members whose view lags its own still see it. Signed.
	At *L1Block `json:"at,omitempty"`
	// Replaced are L1's blocks from Fork to Number whose transactions went to L1 as calldata,
	// with those transactions (a based block's proposer may include any), in number order:
	// executing the seal records them as included there instead of queueing them again.
	// Blocks whose data went in blobs (an execution-layer node does not serve blobs), or beyond
	// what a seal carries (MaxReplacedBlocks, MaxReplacedBytes), are bare entries, or not among
	// them: their transactions, if the pending chain had them, are queued again. Below L1's ring
	// of block hashes, the entries run without a gap from the fork up into the ring: members
	// find L1's hashes there in them (checkAnchor), vouched for by the ring's (review r17k F3).
	Replaced []Replaced `json:"replaced,omitempty"`
}

// L1Block names an L1 block: its number and hash.
type L1Block struct {
	Number uint64      `json:"number"`
	Hash   common.Hash `json:"hash"`
}

// Replaced is an L1 block that a re-anchoring seal brings to the pending chain's knowledge: its
// header and the transactions of its calldata, or, Bare, its header alone (its transactions are
// not carried: the chain records none of them as included).
type Replaced struct {
	Header protocol.Header `json:"header"`
	Txs    []hexutil.Bytes `json:"txs"`
	Bare   bool            `json:"bare,omitempty"`
}

// ReplacedTxs are the hashes of the transactions the replaced blocks carry: the chain records
// them as included there, so a seal that re-anchors must not seal any of them itself (execution
// refuses it). Nil without replaced blocks.
func (a *Anchor) ReplacedTxs() map[common.Hash]bool {
	if a == nil || len(a.Replaced) == 0 {
		return nil
	}
	out := map[common.Hash]bool{}
	for _, rb := range a.Replaced {
		for _, tx := range rb.Txs {
			out[TxHash(tx)] = true
		}
	}
	return out
}

// ForkAt is the first number the anchor replaces on the pending chain.
func (a *Anchor) ForkAt() uint64 {
	if a.Fork == 0 {
		return a.Number
	}
	return a.Fork
}

var (
	sealTag = crypto.Keccak256Hash([]byte("SPTN seal v2"))
	// blobsTag and the hash of the blobs' commitments and proofs end the signed bytes of a blob
	// seal; calldata seals sign what they always did.
	blobsTag = crypto.Keccak256Hash([]byte("SPTN seal blobs v2"))
	// forkTag and the fork's number follow in the signed bytes of a seal whose anchor has one.
	forkTag = crypto.Keccak256Hash([]byte("SPTN seal fork"))
	// replacedTag and the hash of the replaced blocks' header hashes follow in the signed bytes
	// of a seal whose anchor carries any.
	replacedTag = crypto.Keccak256Hash([]byte("SPTN seal replaced"))
	// bareTag and the hash of the bare entries' indices follow, when there are any: stripping an
	// entry's transactions, or carrying them for a bare one, changes what execution records.
	bareTag = crypto.Keccak256Hash([]byte("SPTN seal replaced bare"))
	// atTag and the L1 block's number and hash follow in the signed bytes of a seal whose anchor
	// names the L1 block at which it is L1's tip.
	atTag = crypto.Keccak256Hash([]byte("SPTN seal anchor at"))
)

// Digest is what the proposer signs: the seal's fields in the rollup's EIP-712 domain, so that a
// seal replays on no other chain or deployment.
func (s *Seal) Digest(d protocol.Domain) common.Hash {
	hashes := make([]byte, 0, 32*len(s.Txs))
	for _, h := range s.Txs {
		hashes = append(hashes, h[:]...)
	}
	w := func(v uint64) []byte { return common.LeftPadBytes(new(big.Int).SetUint64(v).Bytes(), 32) }
	b := func(v *hexutil.Big) []byte {
		if v == nil {
			return make([]byte, 32)
		}
		return common.LeftPadBytes(v.ToInt().Bytes(), 32)
	}
	// The anchor's number and hash are the seal's number - 1 and parent; its slot is signed here.
	anchored, anchorSlot := uint64(0), uint64(0)
	if s.Anchor != nil {
		anchored, anchorSlot = 1, s.Anchor.Slot
	}
	sep := d.Separator()
	parts := [][]byte{sealTag[:], sep[:], w(s.Slot), w(s.Number), s.Parent[:], b(s.FeePerDaGas),
		b(s.FeePerL2Gas), common.LeftPadBytes(s.Coinbase[:], 32), common.LeftPadBytes(s.Proposer[:], 32),
		crypto.Keccak256(hashes), s.Tip[:], w(anchored), w(anchorSlot)}
	if s.Anchor != nil && s.Anchor.Fork != 0 {
		parts = append(parts, forkTag[:], w(s.Anchor.Fork))
	}
	if s.Anchor != nil && s.Anchor.At != nil {
		parts = append(parts, atTag[:], w(s.Anchor.At.Number), s.Anchor.At.Hash[:])
	}
	if s.Anchor != nil && len(s.Anchor.Replaced) > 0 {
		// The headers are signed; execution checks each one's txsHash against its transactions.
		hh := make([]byte, 0, 32*len(s.Anchor.Replaced))
		for _, r := range s.Anchor.Replaced {
			h := protocol.HeaderHash(r.Header)
			hh = append(hh, h[:]...)
		}
		parts = append(parts, replacedTag[:], crypto.Keccak256(hh))
		var bare []byte
		for i, r := range s.Anchor.Replaced {
			if r.Bare {
				bare = append(bare, w(uint64(i))...)
			}
		}
		if len(bare) > 0 {
			parts = append(parts, bareTag[:], crypto.Keccak256(bare))
		}
	}
	if s.Blobs {
		kzg := make([]byte, 0, len(s.BlobProofs)*2*48)
		for _, p := range s.BlobProofs {
			kzg = append(append(kzg, p.Commitment[:]...), p.Proof[:]...)
		}
		parts = append(parts, blobsTag[:], crypto.Keccak256(kzg))
	}
	return crypto.Keccak256Hash(parts...)
}

// AttestationSet is the attestations of one sealed block, gathered from the vote extensions of
// the height that sealed it.
type AttestationSet struct {
	Number       uint64        `json:"number"`
	Hash         common.Hash   `json:"hash"`
	Attestations []Attestation `json:"attestations"`
}

// Attestation is one committee member's signature over a block's attestation digest.
type Attestation struct {
	Index     int           `json:"index"`
	Signature hexutil.Bytes `json:"signature"`
}

// Committee is the committee of an epoch as the rollup contract sampled it.
type Committee struct {
	Epoch   uint64           `json:"epoch"`
	Seed    common.Hash      `json:"seed"`
	Members []common.Address `json:"members"`
}

// Proposer is the member that proposes slot.
func (c *Committee) Proposer(slot uint64) (common.Address, bool) {
	if len(c.Members) == 0 {
		return common.Address{}, false
	}
	return c.Members[protocol.ProposerIndex(c.Seed, slot, len(c.Members))], true
}

// IndexOf is a member's committee index, or -1.
func (c *Committee) IndexOf(a common.Address) int {
	for i, m := range c.Members {
		if m == a {
			return i
		}
	}
	return -1
}

// EncodeJSON returns kind followed by the JSON of v.
func EncodeJSON(kind byte, v any) ([]byte, error) {
	raw, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("encode transaction: %w", err)
	}
	return append([]byte{kind}, raw...), nil
}

func decodeJSON(raw []byte, v any) error {
	if err := json.Unmarshal(raw[1:], v); err != nil {
		return fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	return nil
}

// attestationDigest is the EIP-712 digest of a header given its struct hash.
func attestationDigest(d protocol.Domain, headerHash common.Hash) common.Hash {
	sep := d.Separator()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], headerHash[:])
}

func sig65(b []byte) ([65]byte, error) {
	var out [65]byte
	if len(b) != 65 {
		return out, protocol.ErrBadSignature
	}
	copy(out[:], b)
	return out, nil
}

// Registration maps an attester to the CometBFT validator key its node runs, so that the
// application can make the CometBFT validator set follow the L1 committee. L1 knows the attester
// only; the pending chain learns the key from this transaction. Both keys sign the same
// statement (proof of possession): the attester's ECDSA key, and the ed25519 validator key, so
// that nobody can claim a key that is not theirs. Nonce counts the attester's registrations (1
// for the first, one more for each rotation to a new key), so an old registration cannot be
// replayed to take a rotated key back.
type Registration struct {
	Attester     common.Address `json:"attester"`
	PubKey       hexutil.Bytes  `json:"pubKey"` // ed25519, 32 bytes
	Nonce        uint64         `json:"nonce"`
	Signature    hexutil.Bytes  `json:"signature"`    // the attester's, over Digest
	KeySignature hexutil.Bytes  `json:"keySignature"` // the ed25519 key's, over Digest
}

var registerTag = crypto.Keccak256Hash([]byte("SPTN register v2"))

// Digest is what both keys sign: the attester, the key and the nonce in the rollup's EIP-712
// domain (chain id and rollup address), so a registration replays on no other chain or
// deployment.
func (r *Registration) Digest(d protocol.Domain) common.Hash {
	sep := d.Separator()
	return crypto.Keccak256Hash(registerTag[:], sep[:], common.LeftPadBytes(r.Attester[:], 32), r.PubKey,
		common.LeftPadBytes(new(big.Int).SetUint64(r.Nonce).Bytes(), 32))
}

// regRecord is what the chain keeps of an attester's last registration.
type regRecord struct {
	Nonce uint64 `json:"nonce"`
	Epoch uint64 `json:"epoch"`
}

// decodeSeal decodes a seal and checks its shape against the chain's bounds: what costs no
// state and no signature, so that CheckTx and execution refuse an oversized or malformed seal
// before anything else.
func decodeSeal(raw []byte, p Params) (*Seal, error) {
	if len(raw) > MaxSealBytes {
		return nil, sealErr("%d bytes, limit %d", len(raw), MaxSealBytes)
	}
	var s Seal
	if err := decodeJSON(raw, &s); err != nil {
		return nil, err
	}
	if err := s.checkShape(p); err != nil {
		return nil, err
	}
	return &s, nil
}

// checkShape checks what a seal holds against the chain's bounds, without state.
func (s *Seal) checkShape(p Params) error {
	switch {
	case s.FeePerDaGas == nil || s.FeePerL2Gas == nil:
		return sealErr("fees missing")
	case s.FeePerDaGas.ToInt().Sign() < 0 || s.FeePerDaGas.ToInt().BitLen() > 128 ||
		s.FeePerL2Gas.ToInt().Sign() < 0 || s.FeePerL2Gas.ToInt().BitLen() > 128:
		return sealErr("fees are not uint128")
	case p.AboveCeiling(s.FeePerDaGas.ToInt(), s.FeePerL2Gas.ToInt()) && !testbreak.On("fee-ceiling"):
		return sealErr("names fees %s/%s wei per DA/L2 gas, above the chain's ceiling %s/%s (maxFeePerDaGas, maxFeePerL2Gas)",
			s.FeePerDaGas.ToInt(), s.FeePerL2Gas.ToInt(), p.MaxFeePerDaGas, p.MaxFeePerL2Gas)
	case s.Number == 0:
		return sealErr("number 0")
	case len(s.Signature) != 65:
		return sealErr("signature of %d bytes, want 65", len(s.Signature))
	case len(s.Txs) > p.MaxBlockTxs:
		return sealErr("%d transactions, limit %d", len(s.Txs), p.MaxBlockTxs)
	case !s.Blobs && len(s.BlobProofs) > 0:
		return sealErr("blob proofs on a calldata seal")
	case len(s.BlobProofs) > protocol.MaxBlobsPerTx:
		return sealErr("%d blob proofs, limit %d", len(s.BlobProofs), protocol.MaxBlobsPerTx)
	}
	a := s.Anchor
	if a == nil {
		return nil
	}
	switch {
	case len(a.Replaced) > MaxReplacedHeaders:
		return sealErr("%d replaced blocks, limit %d", len(a.Replaced), MaxReplacedHeaders)
	case a.Number != s.Number-1 || a.Hash != s.Parent || a.Slot >= s.Slot:
		return sealErr("anchor %d %s (slot %d) is not the parent of block %d of slot %d", a.Number, a.Hash, a.Slot, s.Number, s.Slot)
	case a.ForkAt() > a.Number:
		return sealErr("anchor fork %d is above the anchor %d", a.ForkAt(), a.Number)
	case a.At != nil && (a.At.Number == 0 || a.At.Hash == common.Hash{}):
		return sealErr("anchor names L1 block %d %s: no rollup holds a tip there", a.At.Number, a.At.Hash)
	}
	size, carried := 0, 0
	for _, r := range a.Replaced {
		if r.Bare {
			if len(r.Txs) > 0 {
				return sealErr("bare replaced block %d carries %d transactions", r.Header.Number, len(r.Txs))
			}
			continue
		}
		carried++
		for _, tx := range r.Txs {
			size += 4 + len(tx)
		}
	}
	if carried > MaxReplacedBlocks {
		return sealErr("%d replaced blocks with their transactions, limit %d", carried, MaxReplacedBlocks)
	}
	if size > MaxReplacedBytes {
		return sealErr("%d bytes of replaced blocks' transactions, limit %d", size, MaxReplacedBytes)
	}
	return nil
}

func sealErr(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrBadSeal, fmt.Sprintf(format, args...))
}
