package app

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"strings"
	"sync"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/cometbft/cometbft/crypto/ed25519"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sptn/sptn/agents/internal/keys"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/internal/store"
)

// Errors of executing transactions and reading state.
var (
	// ErrNotFound is a block, transaction or committee the pending chain does not hold.
	ErrNotFound = errors.New("not found")
	// ErrBadSeal is a seal the chain refuses; the wrapped text says why.
	ErrBadSeal = errors.New("seal refused")
	// ErrBadAttestations is an attestation set the chain refuses.
	ErrBadAttestations = errors.New("attestations refused")
	// ErrBadCommittee is a committee record the chain refuses.
	ErrBadCommittee = errors.New("committee refused")
	// ErrBusy is a new user transaction refused because the mempool is near capacity: the rest
	// is kept for the seals that turn queued transactions into blocks.
	ErrBusy = errors.New("mempool near capacity, retry later")
)

// CommitteeSource reads final committees from L1. Committee returns ErrNotFound while the
// epoch's committee can still change.
type CommitteeSource interface {
	Committee(ctx context.Context, epoch uint64) (*Committee, error)
}

// AnchorSource confirms against L1 that a seal's anchor is L1's assured tip (the proven tip when
// the next propose prunes), so that a committee re-anchors only on a block L1 holds, and reads
// the hashes of L1's blocks, to check where L1's chain leaves the pending chain.
type AnchorSource interface {
	CheckAnchor(ctx context.Context, a Anchor) error
	BlockHash(ctx context.Context, number uint64) (common.Hash, error)
}

// ErrBadAnchor is a seal's anchor that L1 does not confirm.
var ErrBadAnchor = errors.New("anchor refused")

// Config of the application. Every node of a network must use the same values for the fields
// that execution reads (Domain, times, limits); the rest are local.
type Config struct {
	Domain        protocol.Domain
	GenesisTime   uint64 // L1 timestamp of slot 0
	SlotDuration  uint64 // seconds
	EpochDuration uint64 // slots
	MaxPayload    int    // bytes of one user transaction's payload
	MaxBlockTxs   int    // user transactions in one L2 block
	MaxBlockBytes int    // transaction data of one L2 block (what goes to L1)

	// MinFeePerDaGas and MinFeePerL2Gas are this node's floor for user transactions when the
	// next proposer's prices are not known yet (CheckTx only).
	MinFeePerDaGas *big.Int
	MinFeePerL2Gas *big.Int
	// Signer is the attester key; nil for a node that never attests.
	Signer keys.Signer
	// L1 answers committees for PrepareProposal and ProcessProposal; nil refuses every
	// committee record.
	L1 CommitteeSource
	// Anchors confirms re-anchoring seals in PrepareProposal/ProcessProposal; nil refuses every
	// seal that carries an anchor.
	Anchors AnchorSource
	// Now is this node's estimate of L1 time. Only the non-deterministic steps read it:
	// CheckTx (the next proposer's prices) and PrepareProposal/ProcessProposal (a seal must be
	// for a slot near the current one). Execution never reads a clock.
	Now func() time.Time
	// Busy reports a mempool near capacity; new user transactions are then refused so that a
	// seal always finds room. Nil is never busy.
	Busy func() bool
	// MaxQueued bounds the pool: new user transactions are refused (ErrBusy) while it holds
	// this many, so that overload turns into refusals, not unbounded latency. 0 is no bound.
	MaxQueued int
	// OnCommit is called after every Commit with the new committed state.
	OnCommit func(Meta)
	Log      *slog.Logger
}

// App is the pending chain's ABCI++ application.
type App struct {
	abci.BaseApplication
	cfg Config
	kv  store.KV

	mu     sync.RWMutex
	meta   Meta // committed
	vals   map[string]common.Address
	block  *view // the finalized, uncommitted block's writes
	bmeta  Meta
	voted  map[string]sealed // CometBFT block hash -> what it seals, for blocks this node executed
	voteAt []string

	blobHashes blobHashCache // ProcessProposal and FinalizeBlock commit to the same blobs
	prices     pricesCache   // the next proposer's prices, for CheckTx
}

// pricesCache is nextPrices' answer for one slot and committed height.
type pricesCache struct {
	mu     sync.Mutex
	set    bool
	slot   uint64
	height int64
	prices [2]*big.Int
	ok     bool
}

// blobHashCache remembers the checked blob proofs of recent blocks' data: a pure function, asked
// by PrepareProposal, ProcessProposal, ExtendVote and FinalizeBlock for the same seal.
type blobHashCache struct {
	mu    sync.Mutex
	byKey map[common.Hash]common.Hash // keccak256(data, commitments, proofs) -> txsHash
	order []common.Hash
}

// blobHashCacheSize is how many blocks' commitments are kept (rounds of one height, a few).
const blobHashCacheSize = 8

func (c *blobHashCache) txsHash(data []byte, proofs []protocol.BlobProof) (common.Hash, error) {
	kh := crypto.NewKeccakState()
	kh.Write(data)
	for _, p := range proofs {
		kh.Write(p.Commitment[:])
		kh.Write(p.Proof[:])
	}
	var key common.Hash
	_, _ = kh.Read(key[:])
	c.mu.Lock()
	h, ok := c.byKey[key]
	c.mu.Unlock()
	if ok {
		return h, nil
	}
	h, err := protocol.VerifyBlobProofs(data, proofs)
	if err != nil {
		return common.Hash{}, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.byKey == nil {
		c.byKey = map[common.Hash]common.Hash{}
	}
	if _, ok := c.byKey[key]; !ok {
		c.byKey[key] = h
		c.order = append(c.order, key)
		if len(c.order) > blobHashCacheSize {
			delete(c.byKey, c.order[0])
			c.order = c.order[1:]
		}
	}
	return h, nil
}

var _ abci.Application = (*App)(nil)

// New opens the application on kv, loading the committed state.
func New(cfg Config, kv store.KV) (*App, error) {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.SlotDuration == 0 || cfg.EpochDuration == 0 {
		return nil, errors.New("app: slot and epoch durations must be set")
	}
	a := &App{cfg: cfg, kv: kv, vals: map[string]common.Address{}, voted: map[string]sealed{}}
	if _, err := newView(kv).getJSON(keyMeta, &a.meta); err != nil {
		return nil, fmt.Errorf("app: load meta: %w", err)
	}
	err := kv.Each([]byte(prefixVal), func(k, v []byte) error {
		a.vals[string(k[len(prefixVal):])] = common.BytesToAddress(v)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("app: load validators: %w", err)
	}
	return a, nil
}

// SlotAt is the slot of an L1 timestamp (0 before genesis).
func (a *App) SlotAt(t time.Time) uint64 {
	ts := uint64(max(t.Unix(), 0))
	if ts < a.cfg.GenesisTime {
		return 0
	}
	return (ts - a.cfg.GenesisTime) / a.cfg.SlotDuration
}

// EpochOf is the epoch of a slot.
func (a *App) EpochOf(slot uint64) uint64 { return slot / a.cfg.EpochDuration }

// ---- reads of the committed state ------------------------------------------------------------

// Meta is the committed state's summary.
func (a *App) Meta() Meta {
	a.mu.RLock()
	defer a.mu.RUnlock()
	return a.meta
}

// BlockByNumber is the canonical pending block number n.
func (a *App) BlockByNumber(n uint64) (*Block, error) {
	v := newView(a.kv)
	h, ok, err := v.canonical(n)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("block %d: %w", n, ErrNotFound)
	}
	return a.BlockByHash(h)
}

// BlockByHash is a pending block by its header hash, canonical or orphaned.
func (a *App) BlockByHash(h common.Hash) (*Block, error) {
	b, err := newView(a.kv).block(h)
	if err != nil {
		return nil, err
	}
	if b == nil {
		return nil, fmt.Errorf("block %s: %w", h, ErrNotFound)
	}
	return b, nil
}

// Tx is what the chain knows of a user transaction.
func (a *App) Tx(h common.Hash) (*TxRecord, error) {
	r, err := newView(a.kv).txRecord(h)
	if err != nil {
		return nil, err
	}
	if r == nil {
		return nil, fmt.Errorf("transaction %s: %w", h, ErrNotFound)
	}
	return r, nil
}

// Committee is the recorded committee of epoch.
func (a *App) Committee(epoch uint64) (*Committee, error) {
	c, err := newView(a.kv).committee(epoch)
	if err != nil {
		return nil, err
	}
	if c == nil {
		return nil, fmt.Errorf("committee of epoch %d: %w", epoch, ErrNotFound)
	}
	return c, nil
}

// Registered is the CometBFT key registered for an attester, if any.
func (a *App) Registered(attester common.Address) ([]byte, bool) {
	pk, err := a.kv.Get([]byte(prefixPub + attester.Hex()))
	return pk, err == nil
}

// TxsSize is the size of EncodeTxsData of these transactions: what a block of them puts on L1.
func (a *App) TxsSize(hashes []common.Hash) (int, error) {
	v := newView(a.kv)
	size := 0
	for _, h := range hashes {
		r, err := v.txRecord(h)
		if err != nil {
			return 0, err
		}
		if r == nil {
			return 0, fmt.Errorf("transaction %s: %w", h, ErrNotFound)
		}
		size += 4 + len(r.Raw)
	}
	return size, nil
}

// TxsData returns the raw transactions of a block, in block order.
func (a *App) TxsData(b *Block) ([][]byte, error) {
	v := newView(a.kv)
	out := make([][]byte, 0, len(b.Txs))
	for _, h := range b.Txs {
		r, err := v.txRecord(h)
		if err != nil {
			return nil, err
		}
		if r == nil {
			return nil, fmt.Errorf("transaction %s of block %d: %w", h, b.Header.Number, ErrNotFound)
		}
		out = append(out, r.Raw)
	}
	return out, nil
}

// Pool returns queued transactions, oldest first, that pay at least the given prices, within
// the block limits: what a proposer seals.
func (a *App) Pool(feePerDaGas, feePerL2Gas *big.Int) ([]common.Hash, error) {
	var out []common.Hash
	size := 0
	stop := errors.New("full")
	v := newView(a.kv)
	err := a.kv.Each(prefixPool, func(k, _ []byte) error {
		h := common.BytesToHash(k[len(prefixPool)+8:])
		r, err := v.txRecord(h)
		if err != nil || r == nil {
			return err
		}
		tx, err := DecodeUserTx(r.Raw, a.cfg.MaxPayload)
		if err != nil || tx.MaxFeePerDaGas.Cmp(feePerDaGas) < 0 || tx.MaxFeePerL2Gas.Cmp(feePerL2Gas) < 0 {
			return nil //nolint:nilerr // a transaction this proposer does not take stays queued
		}
		if len(out) >= a.cfg.MaxBlockTxs || size+4+len(r.Raw) > a.cfg.MaxBlockBytes {
			return stop
		}
		size += 4 + len(r.Raw)
		out = append(out, h)
		return nil
	})
	if err != nil && !errors.Is(err, stop) {
		return nil, fmt.Errorf("read pool: %w", err)
	}
	return out, nil
}

// Busy reports whether new user transactions are refused for load: the mempool near capacity,
// or the pool at MaxQueued.
func (a *App) Busy() bool {
	if a.cfg.MaxQueued > 0 && a.Meta().Queued >= a.cfg.MaxQueued {
		return true
	}
	return a.cfg.Busy != nil && a.cfg.Busy()
}

// CheckUserTx is CheckTx's verdict on a user transaction: well formed, not known, and paying
// at least the next slot's proposer's named prices (or this node's floor while they are unknown).
func (a *App) CheckUserTx(raw []byte) error {
	tx, err := DecodeUserTx(raw, a.cfg.MaxPayload)
	if err != nil {
		return err
	}
	r, err := newView(a.kv).txRecord(TxHash(raw))
	if err != nil {
		return err
	}
	if r != nil {
		return ErrKnown
	}
	da, l2 := a.cfg.MinFeePerDaGas, a.cfg.MinFeePerL2Gas
	if p, ok := a.nextPrices(); ok {
		da, l2 = p[0], p[1]
	}
	if (da != nil && tx.MaxFeePerDaGas.Cmp(da) < 0) || (l2 != nil && tx.MaxFeePerL2Gas.Cmp(l2) < 0) {
		return fmt.Errorf("%w: pays %s/%s wei per DA/L2 gas, the proposer asks %s/%s", ErrUnderpriced,
			tx.MaxFeePerDaGas, tx.MaxFeePerL2Gas, da, l2)
	}
	return nil
}

// nextPrices are the named prices of the next slot's proposer, if it has sealed before. CheckTx
// asks for every transaction, new and rechecked: the answer is kept for the slot and height.
func (a *App) nextPrices() ([2]*big.Int, bool) {
	slot := a.SlotAt(a.cfg.Now()) + 1
	height := a.Meta().Height
	a.prices.mu.Lock()
	defer a.prices.mu.Unlock()
	if c := &a.prices; c.set && c.slot == slot && c.height == height {
		return c.prices, c.ok
	}
	p, ok := a.readNextPrices(slot)
	a.prices.set, a.prices.slot, a.prices.height, a.prices.prices, a.prices.ok = true, slot, height, p, ok
	return p, ok
}

func (a *App) readNextPrices(slot uint64) ([2]*big.Int, bool) {
	c, err := newView(a.kv).committee(a.EpochOf(slot))
	if err != nil || c == nil {
		return [2]*big.Int{}, false
	}
	p, ok := c.Proposer(slot)
	if !ok {
		return [2]*big.Int{}, false
	}
	var pr Prices
	if ok, err := newView(a.kv).getJSON([]byte(prefixPrice+p.Hex()), &pr); err != nil || !ok {
		return [2]*big.Int{}, false
	}
	da, ok1 := new(big.Int).SetString(pr.FeePerDaGas, 10)
	l2, ok2 := new(big.Int).SetString(pr.FeePerL2Gas, 10)
	return [2]*big.Int{da, l2}, ok1 && ok2
}

// ---- execution -------------------------------------------------------------------------------

// exec applies one transaction to v and m. It returns the block a seal produced. An error
// leaves v and m as they were. now is the L1 time for the proposal steps' freshness check of
// seals, and zero in the deterministic steps.
func (a *App) exec(v *view, m *Meta, raw []byte, t time.Time, height int64) (*Block, error) {
	if len(raw) == 0 {
		return nil, ErrMalformed
	}
	switch raw[0] {
	case KindUser:
		return nil, a.execUser(v, m, raw)
	case KindSeal:
		return a.execSeal(v, m, raw, t, height)
	case KindAttestation:
		return nil, a.execAttestations(v, raw)
	case KindCommittee:
		return nil, a.execCommittee(v, m, raw)
	case KindRegister:
		return nil, a.execRegister(v, raw)
	default:
		return nil, fmt.Errorf("%w 0x%02x", ErrUnknownKind, raw[0])
	}
}

func (a *App) execUser(v *view, m *Meta, raw []byte) error {
	if _, err := DecodeUserTx(raw, a.cfg.MaxPayload); err != nil {
		return err
	}
	h := TxHash(raw)
	r, err := v.txRecord(h)
	if err != nil {
		return err
	}
	if r != nil {
		return ErrKnown
	}
	m.Seq++
	m.Queued++
	v.putTx(h, &TxRecord{Raw: raw, Seq: m.Seq, State: TxQueued})
	v.set(poolKey(m.Seq, h), []byte{})
	return nil
}

func sealErr(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrBadSeal, fmt.Sprintf(format, args...))
}

// VerifySeal checks a seal's signature and author against the committee of its slot.
func (a *App) verifySeal(v *view, s *Seal) (*Committee, error) {
	sig, err := sig65(s.Signature)
	if err != nil {
		return nil, sealErr("signature: %v", err)
	}
	signer, err := protocol.RecoverSigner(s.Digest(a.cfg.Domain), sig)
	if err != nil || signer != s.Proposer {
		return nil, sealErr("not signed by %s", s.Proposer)
	}
	c, err := v.committee(a.EpochOf(s.Slot))
	if err != nil {
		return nil, err
	}
	if c == nil {
		return nil, sealErr("no committee recorded for epoch %d", a.EpochOf(s.Slot))
	}
	if p, ok := c.Proposer(s.Slot); !ok || p != s.Proposer {
		return nil, sealErr("%s is not the proposer of slot %d (%s is)", s.Proposer, s.Slot, p)
	}
	return c, nil
}

func (a *App) execSeal(v *view, m *Meta, raw []byte, t time.Time, height int64) (*Block, error) {
	var s Seal
	if err := decodeJSON(raw, &s); err != nil {
		return nil, err
	}
	if s.FeePerDaGas == nil || s.FeePerL2Gas == nil {
		return nil, sealErr("fees missing")
	}
	if _, err := a.verifySeal(v, &s); err != nil {
		return nil, err
	}
	if !t.IsZero() {
		if cur := a.SlotAt(t); s.Slot+1 < cur || s.Slot > cur+2 {
			return nil, sealErr("slot %d is not near the current slot %d", s.Slot, cur)
		}
	}
	if m.SealHeight == height {
		return nil, sealErr("a second seal at height %d", height)
	}
	if m.Started && s.Slot <= m.TipSlot {
		return nil, sealErr("slot %d is not after the tip's slot %d", s.Slot, m.TipSlot)
	}
	if s.Tip != m.TipHash {
		return nil, sealErr("sealed on tip %s, the pending tip is %s", s.Tip, m.TipHash)
	}
	if s.Number == 0 {
		return nil, sealErr("number 0")
	}
	if a := s.Anchor; a != nil && (a.Number != s.Number-1 || a.Hash != s.Parent || a.Slot >= s.Slot) {
		return nil, sealErr("anchor %d %s (slot %d) is not the parent of block %d of slot %d", a.Number, a.Hash, a.Slot, s.Number, s.Slot)
	}
	if a := s.Anchor; a != nil && (a.ForkAt() > a.Number || (m.Started && a.ForkAt() <= m.AnchorNumber)) {
		return nil, sealErr("anchor fork %d is not in (%d, %d]", a.ForkAt(), m.AnchorNumber, a.Number)
	}
	// The first block orphaned: the parent's successor, or the block at the anchor's number when
	// the seal re-anchors the chain on an L1 block it never had.
	from := s.Number
	var reanchored *Anchor
	switch {
	case !m.Started:
		m.Started, m.AnchorNumber, m.AnchorHash = true, s.Number-1, s.Parent
		if s.Anchor != nil {
			m.AnchorSlot = s.Anchor.Slot
		}
	case s.Number-1 == m.AnchorNumber && s.Parent == m.AnchorHash:
	default:
		h, ok, err := v.canonical(s.Number - 1)
		if err != nil {
			return nil, err
		}
		if ok && h == s.Parent && s.Number-1 >= m.AnchorNumber {
			break
		}
		if s.Anchor == nil {
			return nil, sealErr("parent %d %s is not on the pending chain", s.Number-1, s.Parent)
		}
		a := *s.Anchor
		m.AnchorNumber, m.AnchorHash, m.AnchorSlot = a.Number, a.Hash, a.Slot
		from, reanchored = a.ForkAt(), &a
	}
	// The transactions of L1's blocks the seal re-anchors past, which the chain records as
	// included there.
	var replaced map[common.Hash]bool
	if reanchored != nil {
		var err error
		if replaced, err = checkReplaced(reanchored); err != nil {
			return nil, err
		}
	}
	// The transactions: queued, distinct, paying the named prices, within the limits.
	if len(s.Txs) > a.cfg.MaxBlockTxs {
		return nil, sealErr("%d transactions, limit %d", len(s.Txs), a.cfg.MaxBlockTxs)
	}
	recs := make([]*TxRecord, len(s.Txs))
	raws := make([][]byte, len(s.Txs))
	seen := make(map[common.Hash]bool, len(s.Txs))
	size := 0
	for i, h := range s.Txs {
		r, err := v.txRecord(h)
		if err != nil {
			return nil, err
		}
		if r == nil || r.State != TxQueued || seen[h] {
			return nil, sealErr("transaction %s is not queued", h)
		}
		if replaced[h] {
			return nil, sealErr("transaction %s is in an L1 block the seal re-anchors past", h)
		}
		seen[h] = true
		tx, err := DecodeUserTx(r.Raw, a.cfg.MaxPayload)
		if err != nil {
			return nil, sealErr("transaction %s: %v", h, err)
		}
		if tx.MaxFeePerDaGas.Cmp(s.FeePerDaGas.ToInt()) < 0 || tx.MaxFeePerL2Gas.Cmp(s.FeePerL2Gas.ToInt()) < 0 {
			return nil, sealErr("transaction %s pays less than the named prices", h)
		}
		size += 4 + len(r.Raw)
		recs[i], raws[i] = r, r.Raw
	}
	if size > a.cfg.MaxBlockBytes {
		return nil, sealErr("%d bytes of transaction data, limit %d", size, a.cfg.MaxBlockBytes)
	}
	if s.Blobs && size > protocol.BlobCapacity(protocol.MaxBlobsPerTx) {
		return nil, sealErr("%d bytes of transaction data, more than %d blobs hold", size, protocol.MaxBlobsPerTx)
	}
	txsHash := protocol.CalldataTxsHash(EncodeTxsData(raws))
	switch {
	case s.Blobs:
		h, err := a.blobHashes.txsHash(EncodeTxsData(raws), s.BlobProofs)
		if err != nil {
			return nil, sealErr("blobs: %v", err)
		}
		txsHash = h
	case len(s.BlobProofs) > 0:
		return nil, sealErr("blob proofs on a calldata seal")
	}
	// Blocks from `from` on leave the canonical chain; their transactions return to the pool.
	for n := from; n <= m.TipNumber; n++ {
		back, err := a.orphan(v, n)
		if err != nil {
			return nil, err
		}
		m.Queued += back
	}
	if reanchored != nil {
		if err := a.includeReplaced(v, m, reanchored); err != nil {
			return nil, err
		}
	}
	hdr := protocol.Header{
		Number: s.Number, Slot: s.Slot, ParentHash: s.Parent,
		TxsHash:     txsHash,
		FeePerDaGas: s.FeePerDaGas.ToInt(), FeePerL2Gas: s.FeePerL2Gas.ToInt(), Coinbase: s.Coinbase,
	}
	b := &Block{Header: hdr, Hash: protocol.HeaderHash(hdr), Height: height, Proposer: s.Proposer, Txs: s.Txs,
		Blobs: s.Blobs, BlobProofs: s.BlobProofs, Reanchored: reanchored}
	m.Queued -= len(s.Txs)
	for i, h := range s.Txs {
		r := recs[i]
		v.del(poolKey(r.Seq, h))
		r.State, r.Number, r.Block = TxPending, s.Number, b.Hash
		v.putTx(h, r)
	}
	v.putJSON([]byte(prefixBlock+b.Hash.Hex()), b)
	v.set(u64key(prefixNumber, s.Number), b.Hash[:])
	v.putJSON([]byte(prefixPrice+s.Proposer.Hex()), Prices{
		FeePerDaGas: s.FeePerDaGas.ToInt().String(), FeePerL2Gas: s.FeePerL2Gas.ToInt().String()})
	m.TipNumber, m.TipHash, m.TipSlot, m.SealHeight = s.Number, b.Hash, s.Slot, height
	m.Epoch, m.HaveEpoch = a.EpochOf(s.Slot), true
	return b, nil
}

// checkReplaced checks the L1 blocks a re-anchoring seal carries: in number order between the
// fork and the anchor, linked by their parent hashes where consecutive, the anchor's own header
// hashing to the anchor, and each one's transactions matching its txsHash. It returns the
// transactions' hashes. That L1 holds these headers is checked against L1 before the vote
// (checkAnchor).
func checkReplaced(an *Anchor) (map[common.Hash]bool, error) {
	out := map[common.Hash]bool{}
	var prev uint64
	var prevHash common.Hash
	for i, rb := range an.Replaced {
		n, hh := rb.Header.Number, protocol.HeaderHash(rb.Header)
		if n < an.ForkAt() || n > an.Number || (i > 0 && n <= prev) {
			return nil, sealErr("replaced block %d is not in order within the fork %d and the anchor %d", n, an.ForkAt(), an.Number)
		}
		if n == an.Number && hh != an.Hash {
			return nil, sealErr("replaced block %d is not the anchor %s", n, an.Hash)
		}
		if i > 0 && n == prev+1 && rb.Header.ParentHash != prevHash {
			return nil, sealErr("replaced block %d does not follow block %d", n, prev)
		}
		raws := make([][]byte, len(rb.Txs))
		for j, tx := range rb.Txs {
			raws[j] = tx
			out[TxHash(tx)] = true
		}
		if protocol.CalldataTxsHash(EncodeTxsData(raws)) != rb.Header.TxsHash {
			return nil, sealErr("replaced block %d: its transactions do not hash to its txsHash", n)
		}
		prev, prevHash = n, hh
	}
	return out, nil
}

// includeReplaced records the user transactions of the L1 blocks a seal re-anchors past as
// included there: a queued one leaves the pool (an orphaned block's included, it is not
// queued again), one the chain never had is recorded.
func (a *App) includeReplaced(v *view, m *Meta, an *Anchor) error {
	for _, rb := range an.Replaced {
		bh := protocol.HeaderHash(rb.Header)
		for _, raw := range rb.Txs {
			if _, err := DecodeUserTx(raw, a.cfg.MaxPayload); err != nil {
				continue // not a transaction of this chain's form: L1's business only
			}
			h := TxHash(raw)
			r, err := v.txRecord(h)
			if err != nil {
				return err
			}
			switch {
			case r == nil:
				m.Seq++
				r = &TxRecord{Raw: raw, Seq: m.Seq}
			case r.State == TxQueued:
				v.del(poolKey(r.Seq, h))
				m.Queued--
			default:
				continue // in a block L1 holds already, or dropped
			}
			r.State, r.Number, r.Block = TxPending, rb.Header.Number, bh
			v.putTx(h, r)
		}
	}
	return nil
}

// orphan takes canonical block n off the chain and returns its transactions to the pool if they
// are still valid under the chain's limits (else they are dropped with the reason); it returns
// how many went back.
func (a *App) orphan(v *view, n uint64) (int, error) {
	h, ok, err := v.canonical(n)
	if err != nil || !ok {
		return 0, err
	}
	b, err := v.block(h)
	if err != nil || b == nil {
		return 0, err
	}
	b.Orphaned = true
	v.putJSON([]byte(prefixBlock+h.Hex()), b)
	v.del(u64key(prefixNumber, n))
	back := 0
	for _, th := range b.Txs {
		r, err := v.txRecord(th)
		if err != nil || r == nil {
			return 0, err
		}
		r.Number, r.Block = 0, common.Hash{}
		if _, err := DecodeUserTx(r.Raw, a.cfg.MaxPayload); err != nil {
			r.State, r.Reason = TxDropped, fmt.Sprintf("block %d was orphaned and the transaction is no longer valid: %v", n, err)
			v.putTx(th, r)
			continue
		}
		r.State = TxQueued
		v.putTx(th, r)
		v.set(poolKey(r.Seq, th), []byte{})
		back++
	}
	return back, nil
}

func (a *App) execAttestations(v *view, raw []byte) error {
	var s AttestationSet
	if err := decodeJSON(raw, &s); err != nil {
		return err
	}
	b, err := v.block(s.Hash)
	if err != nil {
		return err
	}
	if b == nil || b.Orphaned || b.Header.Number != s.Number {
		return fmt.Errorf("%w: block %d %s is not on the pending chain", ErrBadAttestations, s.Number, s.Hash)
	}
	if len(b.Attestations) > 0 {
		return fmt.Errorf("%w: block %d is attested already", ErrBadAttestations, s.Number)
	}
	c, err := v.committee(a.EpochOf(b.Header.Slot))
	if err != nil {
		return err
	}
	if c == nil {
		return fmt.Errorf("%w: no committee for block %d", ErrBadAttestations, s.Number)
	}
	if err := a.verifyAttestations(c, b.Hash, s.Attestations); err != nil {
		return err
	}
	b.Attestations = s.Attestations
	v.putJSON([]byte(prefixBlock+b.Hash.Hex()), b)
	return nil
}

// verifyAttestations checks that atts are a quorum of distinct committee members' signatures over
// the block's attestation digest, as the rollup will check them.
func (a *App) verifyAttestations(c *Committee, headerHash common.Hash, atts []Attestation) error {
	digest := attestationDigest(a.cfg.Domain, headerHash)
	seen := map[int]bool{}
	for _, at := range atts {
		if at.Index < 0 || at.Index >= len(c.Members) || seen[at.Index] {
			return fmt.Errorf("%w: index %d", ErrBadAttestations, at.Index)
		}
		seen[at.Index] = true
		sig, err := sig65(at.Signature)
		if err != nil {
			return fmt.Errorf("%w: index %d: %v", ErrBadAttestations, at.Index, err)
		}
		signer, err := protocol.RecoverSigner(digest, sig)
		if err != nil || signer != c.Members[at.Index] {
			return fmt.Errorf("%w: index %d is not signed by %s", ErrBadAttestations, at.Index, c.Members[at.Index])
		}
	}
	if q := protocol.Quorum(len(c.Members)); len(atts) < q {
		return fmt.Errorf("%w: %d attestations, quorum %d", ErrBadAttestations, len(atts), q)
	}
	return nil
}

func (a *App) execCommittee(v *view, m *Meta, raw []byte) error {
	var c Committee
	if err := decodeJSON(raw, &c); err != nil {
		return err
	}
	if len(c.Members) > 255 {
		return fmt.Errorf("%w: %d members", ErrBadCommittee, len(c.Members))
	}
	old, err := v.committee(c.Epoch)
	if err != nil {
		return err
	}
	if old != nil {
		return fmt.Errorf("%w: epoch %d is recorded already", ErrBadCommittee, c.Epoch)
	}
	v.putJSON(u64key(prefixComm, c.Epoch), c)
	if !m.HaveEpoch {
		m.Epoch, m.HaveEpoch = c.Epoch, true
	}
	return nil
}

// ErrBadRegistration is a registration the chain refuses.
var ErrBadRegistration = errors.New("registration refused")

func (a *App) execRegister(v *view, raw []byte) error {
	var r Registration
	if err := decodeJSON(raw, &r); err != nil {
		return err
	}
	if len(r.PubKey) != ed25519.PubKeySize {
		return fmt.Errorf("%w: public key of %d bytes, want %d", ErrBadRegistration, len(r.PubKey), ed25519.PubKeySize)
	}
	sig, err := sig65(r.Signature)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrBadRegistration, err)
	}
	if signer, err := protocol.RecoverSigner(r.Digest(a.cfg.Domain), sig); err != nil || signer != r.Attester {
		return fmt.Errorf("%w: not signed by %s", ErrBadRegistration, r.Attester)
	}
	if old, err := v.get([]byte(prefixPub + r.Attester.Hex())); err == nil {
		if bytes.Equal(old, r.PubKey) {
			return fmt.Errorf("%w: %s is registered already", ErrBadRegistration, r.Attester)
		}
		return fmt.Errorf("%w: %s is registered with another key", ErrBadRegistration, r.Attester)
	} else if !errors.Is(err, errNotFound) {
		return err
	}
	addr := strings.ToUpper(hex.EncodeToString(ed25519.PubKey(r.PubKey).Address()))
	if _, err := v.get([]byte(prefixVal + addr)); err == nil {
		return fmt.Errorf("%w: the key is registered to another attester", ErrBadRegistration)
	} else if !errors.Is(err, errNotFound) {
		return err
	}
	v.set([]byte(prefixVal+addr), r.Attester[:])
	v.set([]byte(prefixPub+r.Attester.Hex()), r.PubKey)
	return nil
}

// validatorUpdates brings the validator set to the registered members of the committees of
// the current epoch and the next (when recorded), and returns the changes. CometBFT applies
// them two heights later, so the next committee joins as soon as it is known (during the epoch
// before) and the previous one leaves at the first seal of the new epoch. A set with no
// registered member is left alone: CometBFT refuses an empty set.
func (a *App) validatorUpdates(v *view, m *Meta) ([]abci.ValidatorUpdate, error) {
	if !m.HaveEpoch {
		return nil, nil
	}
	want := map[string]bool{}
	for _, e := range []uint64{m.Epoch, m.Epoch + 1} {
		c, err := v.committee(e)
		if err != nil {
			return nil, err
		}
		if c == nil {
			continue
		}
		for _, member := range c.Members {
			pk, err := v.get([]byte(prefixPub + member.Hex()))
			if errors.Is(err, errNotFound) {
				continue // not registered: cannot join CometBFT, attests nothing
			}
			if err != nil {
				return nil, err
			}
			want[hex.EncodeToString(pk)] = true
		}
	}
	if len(want) == 0 {
		return nil, nil
	}
	have := map[string]bool{}
	if err := a.eachSet(v, func(pk string) { have[pk] = true }); err != nil {
		return nil, err
	}
	var out []abci.ValidatorUpdate
	for pk := range have {
		if !want[pk] {
			raw, _ := hex.DecodeString(pk)
			out = append(out, abci.UpdateValidator(raw, 0, ""))
			v.del([]byte(prefixSet + pk))
		}
	}
	for pk := range want {
		if !have[pk] {
			raw, _ := hex.DecodeString(pk)
			out = append(out, abci.UpdateValidator(raw, 1, ""))
			v.set([]byte(prefixSet+pk), []byte{1})
		}
	}
	// Map order is random; CometBFT needs the same updates on every node, in any order, but
	// the response hash covers them: sort.
	sort.Slice(out, func(i, j int) bool {
		return bytes.Compare(out[i].PubKey.GetEd25519(), out[j].PubKey.GetEd25519()) < 0
	})
	return out, nil
}

// eachSet calls fn with every public key (hex) in the validator set, overlay included.
func (a *App) eachSet(v *view, fn func(pk string)) error {
	seen := map[string]bool{}
	for k, val := range v.w {
		if strings.HasPrefix(k, prefixSet) {
			seen[k] = true
			if val != nil {
				fn(k[len(prefixSet):])
			}
		}
	}
	return a.kv.Each([]byte(prefixSet), func(k, _ []byte) error {
		if !seen[string(k)] {
			fn(string(k[len(prefixSet):]))
		}
		return nil
	})
}

// ---- ABCI ------------------------------------------------------------------------------------

// Info reports the committed height and app hash, from which CometBFT replays.
func (a *App) Info(context.Context, *abci.RequestInfo) (*abci.ResponseInfo, error) {
	m := a.Meta()
	res := &abci.ResponseInfo{Data: "sptn-pending", Version: "1", LastBlockHeight: m.Height}
	if m.Height > 0 {
		res.LastBlockAppHash = m.AppHash[:]
	}
	return res, nil
}

// GenesisValidator maps a CometBFT validator to its attester address in the genesis app_state.
type GenesisValidator struct {
	Attester common.Address `json:"attester"`
	// Address is the CometBFT validator address (hex).
	Address string `json:"address"`
}

// GenesisState is the app_state of genesis.json.
type GenesisState struct {
	Validators []GenesisValidator `json:"validators"`
}

// InitChain records the validator-to-attester map of the genesis app_state.
func (a *App) InitChain(_ context.Context, req *abci.RequestInitChain) (*abci.ResponseInitChain, error) {
	var gs GenesisState
	if len(req.AppStateBytes) > 0 {
		if err := json.Unmarshal(req.AppStateBytes, &gs); err != nil {
			return nil, fmt.Errorf("app: genesis app_state: %w", err)
		}
	}
	b := new(store.Batch)
	a.mu.Lock()
	defer a.mu.Unlock()
	pubs := map[string][]byte{} // CometBFT address -> public key
	for _, vu := range req.Validators {
		pk := vu.PubKey.GetEd25519()
		if len(pk) != ed25519.PubKeySize {
			return nil, fmt.Errorf("app: genesis validator key is not ed25519")
		}
		pubs[strings.ToUpper(hex.EncodeToString(ed25519.PubKey(pk).Address()))] = pk
		b.Put([]byte(prefixSet+hex.EncodeToString(pk)), []byte{1})
	}
	for _, gv := range gs.Validators {
		addr, err := hex.DecodeString(strings.TrimPrefix(gv.Address, "0x"))
		if err != nil || len(addr) != 20 {
			return nil, fmt.Errorf("app: genesis validator address %q is not 20 bytes of hex", gv.Address)
		}
		key := strings.ToUpper(hex.EncodeToString(addr))
		a.vals[key] = gv.Attester
		b.Put([]byte(prefixVal+key), gv.Attester[:])
		if pk, ok := pubs[key]; ok {
			b.Put([]byte(prefixPub+gv.Attester.Hex()), pk)
		}
	}
	if err := a.kv.Write(b); err != nil {
		return nil, fmt.Errorf("app: store genesis: %w", err)
	}
	return &abci.ResponseInitChain{}, nil
}

// CheckTx admits user transactions that CheckUserTx accepts, and the other kinds if they decode;
// their real check is at execution.
func (a *App) CheckTx(_ context.Context, req *abci.RequestCheckTx) (*abci.ResponseCheckTx, error) {
	if len(req.Tx) == 0 {
		return &abci.ResponseCheckTx{Code: 1, Log: ErrMalformed.Error()}, nil
	}
	var err error
	switch req.Tx[0] {
	case KindUser:
		if req.Type == abci.CheckTxType_New && a.Busy() {
			err = ErrBusy
			break
		}
		err = a.CheckUserTx(req.Tx)
	case KindSeal:
		var s Seal
		err = decodeJSON(req.Tx, &s)
		if err == nil && req.Type == abci.CheckTxType_Recheck {
			// After a commit: a seal of a slot the chain has passed, or built on a tip the chain
			// no longer has, can never execute; drop it from the mempool.
			m := a.Meta()
			switch {
			case m.Started && s.Slot <= m.TipSlot:
				err = sealErr("slot %d is not after the tip's slot %d", s.Slot, m.TipSlot)
			case s.Tip != m.TipHash:
				err = sealErr("sealed on tip %s, the pending tip is %s", s.Tip, m.TipHash)
			}
		}
	case KindRegister:
		err = a.execRegister(newView(a.kv), req.Tx)
	default:
		// Attestations and committees come only from PrepareProposal.
		err = fmt.Errorf("%w 0x%02x for the mempool", ErrUnknownKind, req.Tx[0])
	}
	if err != nil {
		return &abci.ResponseCheckTx{Code: 1, Log: err.Error()}, nil
	}
	return &abci.ResponseCheckTx{Code: abci.CodeTypeOK}, nil
}

func (a *App) scratch() (*view, Meta) { return newView(a.kv), a.Meta() }

// PrepareProposal builds the block: the committees L1 has fixed that the chain lacks, the
// attestations of the block sealed at the previous height from the vote extensions, then the
// mempool's transactions that execute, at most one seal among them.
func (a *App) PrepareProposal(ctx context.Context, req *abci.RequestPrepareProposal) (*abci.ResponsePrepareProposal, error) {
	v, m := a.scratch()
	now := a.cfg.Now()
	var out [][]byte
	size := int64(0)
	add := func(tx []byte) {
		if size+int64(len(tx)) > req.MaxTxBytes {
			return
		}
		if err := a.checkAnchor(ctx, tx); err != nil {
			a.cfg.Log.Warn("seal left out of the proposal", "height", req.Height, "err", err)
			return
		}
		if _, err := a.exec(v, &m, tx, now, req.Height); err != nil {
			return
		}
		out = append(out, tx)
		size += int64(len(tx))
	}
	if a.cfg.L1 != nil {
		cur := a.EpochOf(a.SlotAt(now))
		for _, e := range []uint64{cur, cur + 1} {
			if c, _ := v.committee(e); c != nil {
				continue
			}
			cctx, cancel := context.WithTimeout(ctx, 500*time.Millisecond)
			c, err := a.cfg.L1.Committee(cctx, e)
			cancel()
			if err != nil {
				continue
			}
			if tx, err := EncodeJSON(KindCommittee, c); err == nil {
				add(tx)
			}
		}
	}
	if tx := a.attestationsTx(v, &m, req); tx != nil {
		add(tx)
	}
	for _, tx := range req.Txs {
		if len(tx) > 0 && (tx[0] == KindUser || tx[0] == KindSeal || tx[0] == KindRegister) {
			add(tx)
		}
	}
	return &abci.ResponsePrepareProposal{Txs: out}, nil
}

// attestationsTx collects the attestations of the block sealed at the previous height from the
// previous height's vote extensions.
func (a *App) attestationsTx(v *view, m *Meta, req *abci.RequestPrepareProposal) []byte {
	if m.SealHeight == 0 || m.SealHeight != req.Height-1 {
		return nil
	}
	b, err := v.block(m.TipHash)
	if err != nil || b == nil || len(b.Attestations) > 0 {
		return nil
	}
	c, err := v.committee(a.EpochOf(b.Header.Slot))
	if err != nil || c == nil {
		return nil
	}
	set := a.collect(c, b, req.LocalLastCommit.Votes)
	tx, err := EncodeJSON(KindAttestation, set)
	if err != nil {
		return nil
	}
	return tx
}

// collect gathers the attestations of block b from the vote extensions of the height that
// sealed it: one per committee member whose extension attests b's header.
func (a *App) collect(c *Committee, b *Block, votes []abci.ExtendedVoteInfo) AttestationSet {
	a.mu.RLock()
	vals := a.vals
	a.mu.RUnlock()
	set := AttestationSet{Number: b.Header.Number, Hash: b.Hash}
	seen := map[int]bool{}
	for _, vote := range votes {
		if vote.BlockIdFlag != cmtproto.BlockIDFlagCommit || len(vote.VoteExtension) != extensionSize {
			continue
		}
		hh, sig := common.BytesToHash(vote.VoteExtension[:32]), vote.VoteExtension[32:]
		attester, ok := vals[strings.ToUpper(hex.EncodeToString(vote.Validator.Address))]
		idx := c.IndexOf(attester)
		if !ok || hh != b.Hash || idx < 0 || seen[idx] {
			continue
		}
		seen[idx] = true
		set.Attestations = append(set.Attestations, Attestation{Index: idx, Signature: hexutil.Bytes(sig)})
	}
	return set
}

// AttestationsOf returns a quorum of attestations of committed block b from the vote extensions
// of the commit of the height that sealed it (CometBFT's extended commit), each checked: its
// publisher need not wait for the next height to put them on the pending chain.
func (a *App) AttestationsOf(b *Block, votes []abci.ExtendedVoteInfo) ([]Attestation, error) {
	c, err := a.Committee(a.EpochOf(b.Header.Slot))
	if err != nil {
		return nil, err
	}
	set := a.collect(c, b, votes)
	if err := a.verifyAttestations(c, b.Hash, set.Attestations); err != nil {
		return nil, err
	}
	return set.Attestations, nil
}

// ProcessProposal accepts a block whose seal, attestations and committees all execute, and whose
// committees match what this node reads from L1. User transactions that do not execute are
// skipped by FinalizeBlock and do not make the block invalid.
func (a *App) ProcessProposal(ctx context.Context, req *abci.RequestProcessProposal) (*abci.ResponseProcessProposal, error) {
	reject := &abci.ResponseProcessProposal{Status: abci.ResponseProcessProposal_REJECT}
	v, m := a.scratch()
	now := a.cfg.Now()
	var sealed *Block
	for _, tx := range req.Txs {
		b, err := a.exec(v, &m, tx, now, req.Height)
		if err == nil && b != nil {
			sealed = b
		}
		if len(tx) == 0 || tx[0] == KindUser {
			continue
		}
		if err != nil {
			a.cfg.Log.Warn("proposal refused", "height", req.Height, "err", err)
			return reject, nil
		}
		if tx[0] == KindCommittee {
			if err := a.matchL1(ctx, tx); err != nil {
				a.cfg.Log.Warn("proposal refused", "height", req.Height, "err", err)
				return reject, nil
			}
		}
		if err := a.checkAnchor(ctx, tx); err != nil {
			a.cfg.Log.Warn("proposal refused", "height", req.Height, "err", err)
			return reject, nil
		}
	}
	a.remember(req.Hash, v, sealed)
	return &abci.ResponseProcessProposal{Status: abci.ResponseProcessProposal_ACCEPT}, nil
}

// checkAnchor confirms the anchor of a seal against this node's L1 view (nothing to check for
// other transactions and seals without one). Only the proposal steps call it: execution never
// reads L1.
func (a *App) checkAnchor(ctx context.Context, tx []byte) error {
	if len(tx) == 0 || tx[0] != KindSeal {
		return nil
	}
	var s Seal
	if err := decodeJSON(tx, &s); err != nil || s.Anchor == nil {
		return nil //nolint:nilerr // execution refuses a malformed seal
	}
	if a.cfg.Anchors == nil {
		return fmt.Errorf("%w: no L1 to check anchor %d %s against", ErrBadAnchor, s.Anchor.Number, s.Anchor.Hash)
	}
	cctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	if err := a.cfg.Anchors.CheckAnchor(cctx, *s.Anchor); err != nil {
		return fmt.Errorf("%w: block %d %s of slot %d: %v", ErrBadAnchor, s.Anchor.Number, s.Anchor.Hash, s.Anchor.Slot, err)
	}
	if err := a.checkFork(cctx, s.Anchor); err != nil {
		return fmt.Errorf("%w: block %d %s: %v", ErrBadAnchor, s.Anchor.Number, s.Anchor.Hash, err)
	}
	for _, rb := range s.Anchor.Replaced {
		l1, err := a.cfg.Anchors.BlockHash(cctx, rb.Header.Number)
		if err != nil {
			return fmt.Errorf("%w: read L1's block %d: %v", ErrBadAnchor, rb.Header.Number, err)
		}
		if hh := protocol.HeaderHash(rb.Header); hh != l1 {
			return fmt.Errorf("%w: replaced block %d is %s, L1 holds %s", ErrBadAnchor, rb.Header.Number, hh, l1)
		}
	}
	return nil
}

// checkFork confirms that L1's chain leaves the committed pending chain exactly at the anchor's
// fork: L1 holds the pending chain's block (or anchor) before it, and not the pending chain's
// block at it. Orphaning from a lower number would drop blocks L1 holds; from a higher one
// would keep blocks L1 replaced.
func (a *App) checkFork(ctx context.Context, an *Anchor) error {
	m := a.Meta()
	fork := an.ForkAt()
	if !m.Started || fork <= m.AnchorNumber {
		return nil // the first seal has nothing to orphan; execution refuses a fork below the anchor
	}
	v := newView(a.kv)
	pendingAt := func(n uint64) (common.Hash, bool, error) {
		if n == m.AnchorNumber {
			return m.AnchorHash, true, nil
		}
		return v.canonical(n)
	}
	prev, ok, err := pendingAt(fork - 1)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("the pending chain has no block %d before fork %d", fork-1, fork)
	}
	l1Prev, err := a.cfg.Anchors.BlockHash(ctx, fork-1)
	if err != nil {
		return fmt.Errorf("read L1's block %d: %w", fork-1, err)
	}
	if l1Prev != prev {
		return fmt.Errorf("L1's block %d is %s, the pending chain's %s: the chains part below fork %d", fork-1, l1Prev, prev, fork)
	}
	if fork == an.Number {
		return nil
	}
	at, ok, err := pendingAt(fork)
	if err != nil || !ok {
		return err
	}
	l1At, err := a.cfg.Anchors.BlockHash(ctx, fork)
	if err != nil {
		return fmt.Errorf("read L1's block %d: %w", fork, err)
	}
	if l1At == at {
		return fmt.Errorf("L1 holds the pending chain's block %d %s: the chains part above fork %d", fork, at, fork)
	}
	return nil
}

func (a *App) matchL1(ctx context.Context, tx []byte) error {
	var c Committee
	if err := decodeJSON(tx, &c); err != nil {
		return err
	}
	if a.cfg.L1 == nil {
		return fmt.Errorf("%w: no L1 to check epoch %d against", ErrBadCommittee, c.Epoch)
	}
	cctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	want, err := a.cfg.L1.Committee(cctx, c.Epoch)
	if err != nil {
		return fmt.Errorf("%w: read epoch %d from L1: %v", ErrBadCommittee, c.Epoch, err)
	}
	if want.Seed != c.Seed || len(want.Members) != len(c.Members) {
		return fmt.Errorf("%w: epoch %d differs from L1", ErrBadCommittee, c.Epoch)
	}
	for i := range want.Members {
		if want.Members[i] != c.Members[i] {
			return fmt.Errorf("%w: epoch %d member %d differs from L1", ErrBadCommittee, c.Epoch, i)
		}
	}
	return nil
}

// sealed is what a CometBFT block seals, as ProcessProposal found it: the header's hash and
// slot, or nothing (ok false); member is this node's attester in the slot's committee.
type sealed struct {
	hash   common.Hash
	slot   uint64
	ok     bool
	member bool
}

// remember records what an accepted block seals (b nil: no seal) after executing it on v, so that
// ExtendVote need not execute it again and VerifyVoteExtension knows the header to expect; it
// returns the record.
func (a *App) remember(blockHash []byte, v *view, b *Block) sealed {
	var s sealed
	if b != nil {
		s = sealed{hash: b.Hash, slot: b.Header.Slot, ok: true}
		if c, err := v.committee(a.EpochOf(b.Header.Slot)); err == nil && c != nil && a.cfg.Signer != nil {
			s.member = c.IndexOf(a.cfg.Signer.Address()) >= 0
		}
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	k := string(blockHash)
	if _, ok := a.voted[k]; !ok {
		a.voteAt = append(a.voteAt, k)
	}
	a.voted[k] = s
	for len(a.voteAt) > 64 {
		delete(a.voted, a.voteAt[0])
		a.voteAt = a.voteAt[1:]
	}
	return s
}

// extensionSize is a vote extension's size: the header hash and a 65-byte signature.
const extensionSize = 32 + 65

// ExtendVote signs the attestation of the header the block seals, if this node is in the
// committee of its slot. It never signs two different headers for one slot: what it signs is
// persisted, synced, before the signature leaves.
func (a *App) ExtendVote(ctx context.Context, req *abci.RequestExtendVote) (*abci.ResponseExtendVote, error) {
	empty := &abci.ResponseExtendVote{}
	if a.cfg.Signer == nil {
		return empty, nil
	}
	a.mu.RLock()
	s, known := a.voted[string(req.Hash)]
	a.mu.RUnlock()
	if !known {
		// Not processed here (a block precommitted on others' prevotes): execute it.
		v, m := a.scratch()
		var b *Block
		for _, tx := range req.Txs {
			if got, err := a.exec(v, &m, tx, time.Time{}, req.Height); err == nil && got != nil {
				b = got
			}
		}
		s = a.remember(req.Hash, v, b)
	}
	if !s.ok || !s.member {
		return empty, nil
	}
	key := u64key(prefixSigned, s.slot)
	prev, err := a.kv.Get(key)
	switch {
	case err == nil && !bytes.Equal(prev, s.hash[:]):
		a.cfg.Log.Warn("not attesting a second header for a slot", "slot", s.slot,
			"signed", common.BytesToHash(prev), "asked", s.hash)
		return empty, nil
	case err != nil && !errors.Is(err, store.ErrNotFound):
		return nil, fmt.Errorf("app: read signed slots: %w", err)
	case err != nil:
		if err := a.kv.Put(key, s.hash[:]); err != nil {
			return nil, fmt.Errorf("app: persist attestation: %w", err)
		}
	}
	sig, err := a.cfg.Signer.SignDigest(ctx, attestationDigest(a.cfg.Domain, s.hash))
	if err != nil {
		return nil, fmt.Errorf("app: sign attestation: %w", err)
	}
	return &abci.ResponseExtendVote{VoteExtension: append(s.hash.Bytes(), sig...)}, nil
}

// VerifyVoteExtension accepts an empty extension (a validator outside the committee, or one
// that refused to sign twice) and an attestation that recovers to the validator's attester over
// the header this node computed for the block, when it has computed one.
func (a *App) VerifyVoteExtension(_ context.Context, req *abci.RequestVerifyVoteExtension) (*abci.ResponseVerifyVoteExtension, error) {
	accept := &abci.ResponseVerifyVoteExtension{Status: abci.ResponseVerifyVoteExtension_ACCEPT}
	reject := &abci.ResponseVerifyVoteExtension{Status: abci.ResponseVerifyVoteExtension_REJECT}
	ext := req.VoteExtension
	if len(ext) == 0 {
		return accept, nil
	}
	if len(ext) != extensionSize {
		return reject, nil
	}
	a.mu.RLock()
	attester, ok := a.vals[strings.ToUpper(hex.EncodeToString(req.ValidatorAddress))]
	want, known := a.voted[string(req.Hash)]
	a.mu.RUnlock()
	hh := common.BytesToHash(ext[:32])
	if !ok || (known && (!want.ok || want.hash != hh)) {
		return reject, nil
	}
	sig, _ := sig65(ext[32:])
	signer, err := protocol.RecoverSigner(attestationDigest(a.cfg.Domain, hh), sig)
	if err != nil || signer != attester {
		return reject, nil
	}
	return accept, nil
}

// FinalizeBlock executes the decided block on a fresh overlay of the committed state.
func (a *App) FinalizeBlock(_ context.Context, req *abci.RequestFinalizeBlock) (*abci.ResponseFinalizeBlock, error) {
	v, m := a.scratch()
	results := make([]*abci.ExecTxResult, len(req.Txs))
	h := crypto.NewKeccakState()
	h.Write(m.AppHash[:])
	h.Write(binary.BigEndian.AppendUint64(nil, uint64(req.Height)))
	for i, tx := range req.Txs {
		th := TxHash(tx)
		h.Write(th[:])
		b, err := a.exec(v, &m, tx, time.Time{}, req.Height)
		switch {
		case err != nil:
			results[i] = &abci.ExecTxResult{Code: 1, Log: err.Error()}
		case b != nil:
			results[i] = &abci.ExecTxResult{Code: abci.CodeTypeOK, Log: "sealed block " + b.Hash.Hex()}
		default:
			results[i] = &abci.ExecTxResult{Code: abci.CodeTypeOK}
		}
	}
	updates, err := a.validatorUpdates(v, &m)
	if err != nil {
		return nil, fmt.Errorf("app: validator updates at height %d: %w", req.Height, err)
	}
	for _, u := range updates {
		h.Write(u.PubKey.GetEd25519())
		h.Write(binary.BigEndian.AppendUint64(nil, uint64(u.Power)))
	}
	var appHash common.Hash
	_, _ = h.Read(appHash[:])
	m.Height, m.AppHash = req.Height, appHash
	v.putJSON(keyMeta, m)
	a.mu.Lock()
	a.block, a.bmeta = v, m
	a.mu.Unlock()
	if len(updates) > 0 {
		a.cfg.Log.Info("validator set follows the committee", "height", req.Height, "epoch", m.Epoch, "updates", len(updates))
	}
	return &abci.ResponseFinalizeBlock{TxResults: results, AppHash: appHash[:], ValidatorUpdates: updates}, nil
}

// Commit writes the finalized block's state in one synced batch.
func (a *App) Commit(context.Context, *abci.RequestCommit) (*abci.ResponseCommit, error) {
	a.mu.Lock()
	v, m := a.block, a.bmeta
	a.block = nil
	a.mu.Unlock()
	if v == nil {
		return &abci.ResponseCommit{}, nil
	}
	if err := a.kv.Write(v.batch()); err != nil {
		return nil, fmt.Errorf("app: commit height %d: %w", m.Height, err)
	}
	a.mu.Lock()
	a.meta = m
	for _, k := range v.order {
		if strings.HasPrefix(k, prefixVal) && v.w[k] != nil {
			a.vals[k[len(prefixVal):]] = common.BytesToAddress(v.w[k])
		}
	}
	a.mu.Unlock()
	if a.cfg.OnCommit != nil {
		a.cfg.OnCommit(m)
	}
	return &abci.ResponseCommit{}, nil
}
