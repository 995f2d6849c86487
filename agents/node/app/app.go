package app

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/lru"

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
	// ErrBadAnchor is a seal's anchor, or the parent of a seal without one that orphans blocks,
	// that L1 does not confirm as its assured tip.
	ErrBadAnchor = errors.New("anchor refused")
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
	// CheckAnchor confirms a is the tip at L1's latest block.
	CheckAnchor(ctx context.Context, a Anchor) error
	// CheckAnchorAt confirms that L1 block at is canonical in this node's view and that a is the
	// tip there: an error wrapping ErrL1BlockUnseen when this node's L1 view does not reach it.
	CheckAnchorAt(ctx context.Context, a Anchor, at L1Block) error
	BlockHash(ctx context.Context, number uint64) (common.Hash, error)
}

// ErrL1BlockUnseen is an L1 block above this node's L1 head: its view lags the proposer's.
var ErrL1BlockUnseen = errors.New("L1 block not seen yet")

// Metrics receives what the application sheds and refuses; the node counts it in Prometheus.
// Nil counts nothing.
type Metrics interface {
	// Shed counts user transactions refused or dropped: reason busy or underpriced (mempool
	// admission), below_floor or pool_full (admission or execution), expired (dropped from the
	// pool for age), evicted (dropped from the mempool on recheck).
	Shed(reason string, n int)
	// Refused counts other transactions the mempool refused, by kind (seal, registration,
	// other): junk a peer or an RPC client sends.
	Refused(kind string)
}

// Config of the application. What execution reads comes from L1 (Domain, times) and from the
// genesis params (InitChain); everything here else is this node's own: mempool admission, its
// L1 view, its clock and its signing key.
type Config struct {
	Domain        protocol.Domain
	GenesisTime   uint64 // L1 timestamp of slot 0
	SlotDuration  uint64 // seconds
	EpochDuration uint64 // slots

	// MinFeePerDaGas and MinFeePerL2Gas are this node's admission floor for user transactions
	// while the next proposer's prices are not known yet (CheckTx only; never below the chain's
	// floor).
	MinFeePerDaGas *big.Int
	MinFeePerL2Gas *big.Int
	// Signer is the attester key; nil for a node that never attests.
	Signer keys.Signer
	// Protect claims every attestation before Signer signs it (slashing protection); nil is
	// the local record in the application's own store (app/local/).
	Protect Protector
	// L1 answers committees for PrepareProposal and ProcessProposal; nil refuses every
	// committee record.
	L1 CommitteeSource
	// Anchors confirms re-anchoring seals in PrepareProposal/ProcessProposal; nil refuses every
	// seal that carries an anchor.
	Anchors AnchorSource
	// L1Interval is L1's block interval as this node has seen it, in seconds; 0 (or nil) while
	// unknown. An L1 block whose time plus it reaches the next slot is its slot's last by this
	// estimate (the driver's landsAfterSlot, by which it stops publishing a slot's block): a
	// seal may then skip that slot if nobody took it (slotOverAt). Nothing that orphans a block
	// rests on it.
	L1Interval func() uint64
	// Now is this node's estimate of L1 time. Only the non-deterministic steps read it:
	// CheckTx (the next proposer's prices, a seal's slot) and PrepareProposal/ProcessProposal
	// (a seal must be for a slot near the current one). Execution never reads a clock.
	Now func() time.Time
	// Busy reports a mempool near capacity; new user transactions are then refused so that a
	// seal always finds room. Nil is never busy.
	Busy func() bool
	// MaxQueued bounds the pool for admission: new user transactions are refused (ErrBusy)
	// while it holds this many, so that overload turns into refusals, not unbounded latency.
	// 0 is no bound (the chain's own Params.MaxQueued still holds).
	MaxQueued int
	// PrepareBudget is how long PrepareProposal may spend on the mempool's transactions (and its
	// L1 reads): past it the proposal goes out with what it has, so that mempool content never
	// holds a proposal past CometBFT's timeout_propose. 0 is 1 s.
	PrepareBudget time.Duration
	// OnCommit is called after every Commit with the new committed state.
	OnCommit func(Meta)
	Metrics  Metrics
	Log      *slog.Logger
}

// App is the pending chain's ABCI++ application. Its parts, by file:
//   - checktx.go: what the mempool admits (CheckTx): cheap checks, stateless first, and this
//     node's load policy;
//   - exec.go: what execution decides (the executor): pure, no clock, no L1, no node config;
//   - proposal.go: PrepareProposal and ProcessProposal, which execute first and then read L1
//     (committees, anchors), bounded;
//   - vote.go: attestations in vote extensions, and this node's persisted signing state;
//   - abci.go: InitChain (the genesis params), FinalizeBlock, Commit and the app hash.
type App struct {
	// mempoolSeals counts the seals CheckTx admitted, by proposer and slot (sealCounts).
	mempoolSeals sealCounts
	abci.BaseApplication
	cfg  Config
	kv   store.KV
	exec *executor

	mu    sync.RWMutex
	meta  Meta // committed
	vals  map[string]common.Address
	block *view // the finalized, uncommitted block's writes
	bmeta Meta
	bctx  *blockCtx
	voted map[string]sealed // CometBFT block hash -> what it seals, for blocks this node executed

	voteAt []string
	// processed are the blocks ProcessProposal executed at the height being decided, by
	// CometBFT block hash: FinalizeBlock takes one instead of executing it again.
	processed map[string]*processed
	prot      Protector
	prices    pricesCache // the next proposer's prices, for CheckTx
	backlog   backlogCache
	// queued keeps what the pool's readers need of queued transactions (queuedTx), by hash;
	// sized from the chain's MaxQueued (queuedCacheSize) once its params are known.
	queued atomic.Pointer[lru.Cache[common.Hash, queuedTx]]
	// blocks keeps decoded blocks for BlockByHash.
	blocks *lru.Cache[common.Hash, decodedBlock]
	// backlogScanning, if set, is called as Backlog starts reading the pool (tests).
	backlogScanning func()
	// spacingDistrusted is set once this node found its L1 breaking the chain's l1BlockSpacing
	// (DistrustL1Spacing): its proposal steps then judge as if L1 guaranteed none.
	spacingDistrusted atomic.Bool
}

// DistrustL1Spacing makes this node's proposal steps judge slots as if L1 guaranteed no spacing
// between its blocks (Params.L1BlockSpacing 0), from now until it restarts: its L1 broke the
// chain's (driver.follow) or is a development client that can (node start). The param is a
// consensus rule no node can change alone; refusing by the stricter rule only delays seals this
// node votes for (the others, with their own L1 views, decide as before), while taking a seal
// by a spacing its L1 does not keep could orphan a block L1 still takes.
func (a *App) DistrustL1Spacing() { a.spacingDistrusted.Store(true) }

// L1Spacing is the L1 block spacing the proposal steps judge by: the chain's
// Params.L1BlockSpacing, or 0 once this node distrusts it (DistrustL1Spacing).
func (a *App) L1Spacing() uint64 {
	if a.spacingDistrusted.Load() {
		return 0
	}
	return a.Params().L1BlockSpacing
}

// backlogCache is Backlog's answer for one slot, committed height and limit.
type backlogCache struct {
	mu  sync.Mutex
	set bool
	// scanning is set while one caller reads the pool; done is closed when that read ends.
	scanning     bool
	done         chan struct{}
	slot         uint64
	height       int64
	limit, count int
	err          error // of the last read, kept with the last count
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

var _ abci.Application = (*App)(nil)

// New opens the application on kv, loading the committed state (and the genesis params, once
// InitChain has stored them).
func New(cfg Config, kv store.KV) (*App, error) {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.PrepareBudget <= 0 {
		cfg.PrepareBudget = time.Second
	}
	if cfg.SlotDuration == 0 || cfg.EpochDuration == 0 {
		return nil, errors.New("app: slot and epoch durations must be set")
	}
	a := &App{cfg: cfg, kv: kv, vals: map[string]common.Address{}, voted: map[string]sealed{},
		blocks: lru.NewCache[common.Hash, decodedBlock](blockCacheSize),
		exec:   &executor{domain: cfg.Domain, epochDur: cfg.EpochDuration, blobs: &blobHashCache{}}}
	v := newView(kv)
	if _, err := v.getJSON(keyMeta, &a.meta); err != nil {
		return nil, fmt.Errorf("app: load meta: %w", err)
	}
	var p Params
	ok, err := v.getJSON(keyParams, &p)
	if err != nil {
		return nil, fmt.Errorf("app: load params: %w", err)
	}
	if ok {
		p = p.withDefaults()
		if err := p.checkStored(); err != nil {
			return nil, fmt.Errorf("app: stored params: %w", err)
		}
		a.exec.params = p
	}
	a.sizeQueued(a.exec.params)
	a.prot = cfg.Protect
	if a.prot == nil {
		a.prot = a.localProtection()
	}
	err = kv.Each([]byte(prefixVal), func(k, v []byte) error {
		a.vals[string(k[len(prefixVal):])] = common.BytesToAddress(v)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("app: load validators: %w", err)
	}
	return a, nil
}

// Params are the chain's consensus params (from the genesis app_state).
func (a *App) Params() Params { return a.exec.params }

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

func (a *App) scratch() (*view, Meta) { return newView(a.kv), a.Meta() }

// validators is the CometBFT address -> attester map. Commit replaces it rather than writing
// it, so a reader may keep it without the lock.
func (a *App) validators() map[string]common.Address {
	a.mu.RLock()
	defer a.mu.RUnlock()
	return a.vals
}

func (a *App) shed(reason string, n int) {
	if a.cfg.Metrics != nil && n > 0 {
		a.cfg.Metrics.Shed(reason, n)
	}
}

// ---- reads of the committed state ------------------------------------------------------------

// Meta is the committed state's summary.
func (a *App) Meta() Meta {
	a.mu.RLock()
	defer a.mu.RUnlock()
	return a.meta
}

// BlockByNumber is the canonical pending block number n.
func (a *App) BlockByNumber(n uint64) (*Block, error) { return a.blockByNumber(n, true) }

// CanonicalHash is the hash of the canonical pending block number n, without reading the block
// (false when there is none).
func (a *App) CanonicalHash(n uint64) (common.Hash, bool, error) { return newView(a.kv).canonical(n) }

// ReadBlockByNumber is BlockByNumber for readers outside the node's own work (ReadBlockByHash).
func (a *App) ReadBlockByNumber(n uint64) (*Block, error) { return a.blockByNumber(n, false) }

func (a *App) blockByNumber(n uint64, keep bool) (*Block, error) {
	h, ok, err := a.CanonicalHash(n)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("block %d: %w", n, ErrNotFound)
	}
	return a.blockByHash(h, keep)
}

// PendingHash is the hash of the committed pending chain's block at number n, as far as the
// chain knows it without L1 (a canonical block's, the anchor's, or the parent named by the block
// after it); false when it keeps none there.
func (a *App) PendingHash(n uint64) (common.Hash, bool, error) {
	m := a.Meta()
	return pendingHash(newView(a.kv), &m, n)
}

// BlockByHash is a pending block by its header hash, canonical or orphaned.
//
// The decoded blocks are kept with the bytes they were decoded from (App.blocks): the driver, the
// sentinel and the API read the same few blocks many times a slot, and decoding their JSON (a
// block of thousands of transactions holds as many hashes in hex) was about 6% of a node's CPU
// under overload. A kept block is used only while the stored bytes are the same (a block's
// attestations and orphaning are written to it later), and each caller gets its own copy.
func (a *App) BlockByHash(h common.Hash) (*Block, error) { return a.blockByHash(h, true) }

// ReadBlockByHash is BlockByHash for readers outside the node's own work (the chain API): it
// uses a kept block but keeps none it decodes, so that a user reading many blocks cannot evict
// the few the driver reads every slot (review r44).
func (a *App) ReadBlockByHash(h common.Hash) (*Block, error) { return a.blockByHash(h, false) }

func (a *App) blockByHash(h common.Hash, keep bool) (*Block, error) {
	raw, err := a.kv.Get([]byte(prefixBlock + h.Hex()))
	if errors.Is(err, errNotFound) {
		return nil, fmt.Errorf("block %s: %w", h, ErrNotFound)
	}
	if err != nil {
		return nil, err
	}
	get := a.blocks.Get
	if !keep {
		get = a.blocks.Peek // nor does it move a kept block up the eviction order (review r45)
	}
	if c, ok := get(h); ok && bytes.Equal(c.raw, raw) {
		return c.block.clone(), nil
	}
	var b Block
	if err := json.Unmarshal(raw, &b); err != nil {
		return nil, fmt.Errorf("decode block %s: %w", h, err)
	}
	if keep {
		a.blocks.Add(h, decodedBlock{raw: raw, block: b.clone()})
	}
	return &b, nil
}

// decodedBlock is a stored block's bytes and what they decode to (App.blocks).
type decodedBlock struct {
	raw   []byte
	block *Block
}

// blockCacheSize bounds App.blocks: the blocks of a few slots. A block is a few hundred KB
// stored (about 1 MB for the largest seal with replaced blocks and a full committee's
// attestations), kept with its decoded copy: tens of MB at the very worst.
const blockCacheSize = 32

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

// RegistrationNonce is the nonce of an attester's last registration (0 for none, or for a
// genesis validator): its next registration carries one more.
func (a *App) RegistrationNonce(attester common.Address) (uint64, error) {
	var r regRecord
	if _, err := newView(a.kv).getJSON([]byte(prefixReg+attester.Hex()), &r); err != nil {
		return 0, err
	}
	return r.Nonce, nil
}

// MayRegister reports whether an attester is in a recorded committee of the chain's current or
// next epoch: only then does the chain take its registration.
func (a *App) MayRegister(attester common.Address) (bool, error) {
	m := a.Meta()
	return a.exec.inCommittees(newView(a.kv), &m, attester)
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

// sealExpiryMargin is how many heights before its expiry a queued transaction is no longer
// offered to a proposer: a seal takes a few heights to execute, and one naming a transaction that
// expired meanwhile is refused.
const sealExpiryMargin = 20

// Pool returns queued transactions, oldest first, that pay at least the given prices, within the
// chain's MaxBlockTxs and maxBytes of transaction data (the chain's limit for the DA the
// proposer uses, Params.MaxBlockBytes): what a proposer seals.
func (a *App) Pool(feePerDaGas, feePerL2Gas *big.Int, maxBytes int) ([]common.Hash, error) {
	return a.PoolExcept(feePerDaGas, feePerL2Gas, maxBytes, nil)
}

// PoolExcept is Pool without the transactions in skip: a re-anchoring seal leaves out those of
// the L1 blocks it replaces (Anchor.ReplacedTxs), which may be queued (an orphaned block that
// L1 assured after all) and which execution refuses in its transactions.
func (a *App) PoolExcept(feePerDaGas, feePerL2Gas *big.Int, maxBytes int, skip map[common.Hash]bool) ([]common.Hash, error) {
	if maxBytes < 4+userHeader+1 {
		return nil, nil // no transaction fits: nothing to read
	}
	var out []common.Hash
	size, tooBig := 0, 0
	stop := errors.New("full")
	v := newView(a.kv)
	p := a.Params()
	da, l2 := priceBarOf(feePerDaGas), priceBarOf(feePerL2Gas)
	soon := uint64(a.Meta().Height) + sealExpiryMargin
	err := a.kv.Each(prefixPool, func(k, at []byte) error {
		h := common.BytesToHash(k[len(prefixPool)+8:])
		if len(at) == 8 && binary.BigEndian.Uint64(at) <= soon {
			return nil // about to expire
		}
		if skip[h] {
			return nil
		}
		q, ok, err := a.queuedTx(v, h, p.MaxPayload)
		if err != nil || !ok {
			return err
		}
		if !q.pays(da, l2) {
			return nil // a transaction this proposer does not take stays queued
		}
		if 4+int(q.size) > maxBytes {
			// Cannot fit this seal even alone: it stays queued for a bigger one. Skipped ones are
			// bounded as Backlog's read is: a pool of them (any user can send transactions above a
			// small seal's limit) must not make each seal walk the whole pool (review r36).
			if tooBig++; tooBig >= backlogScan {
				return stop
			}
			return nil
		}
		if len(out) >= p.MaxBlockTxs || size+4+int(q.size) > maxBytes {
			return stop
		}
		size += 4 + int(q.size)
		out = append(out, h)
		return nil
	})
	if err != nil && !errors.Is(err, stop) {
		return nil, fmt.Errorf("read pool: %w", err)
	}
	return out, nil
}

// queuedTx is what the pool's readers (PoolExcept for a seal, Backlog for admission on every
// height) need of a queued transaction: its fee caps and its size. They read thousands of pool
// entries a height, and reading each one's record was the largest cost of a node under
// overload after the KZG work and consensus (about 6% of its CPU at 3,000/s offered). A hash
// names the transaction's bytes, so what is kept for it can never be stale; it is this node's
// memory, never state.
type queuedTx struct {
	// feePerDaGas and feePerL2Gas are the transaction's caps, 16 bytes big-endian as its wire
	// form holds them.
	feePerDaGas, feePerL2Gas [16]byte
	size                     int32 // of the wire form
	// valid is false for a transaction that does not decode under the chain's params, which no
	// proposer takes.
	valid bool
}

// queuedCacheSize is App.queued's bound for a chain's MaxQueued: twice the pool's bound, so that
// a full pool read in order (every seal's PoolExcept walks past what it does not take) never
// evicts what the next read needs (review of ad92ea3: a pool larger than the cache missed on
// every entry), within [4 x backlogScan, 2^17]. An entry takes about 150 bytes: 20 MB at most.
func queuedCacheSize(maxQueued int) int {
	return min(max(2*maxQueued, 4*backlogScan), 1<<17)
}

// sizeQueued makes App.queued for params p (New, InitChain: before anything is queued).
func (a *App) sizeQueued(p Params) {
	a.queued.Store(lru.NewCache[common.Hash, queuedTx](queuedCacheSize(p.MaxQueued)))
}

// priceBar is a price as the pool's readers compare fee caps with it: nil or zero asks nothing,
// one above 2^128-1 (more than any fee cap holds) admits nothing.
type priceBar struct {
	min       [16]byte
	any, none bool
}

func priceBarOf(p *big.Int) priceBar {
	switch {
	case p == nil || p.Sign() <= 0:
		return priceBar{any: true}
	case p.BitLen() > 128:
		return priceBar{none: true}
	}
	var b priceBar
	p.FillBytes(b.min[:])
	return b
}

func (b priceBar) admits(fee [16]byte) bool {
	return b.any || (!b.none && bytes.Compare(fee[:], b.min[:]) >= 0)
}

// pays reports whether q pays at least both prices.
func (q queuedTx) pays(feePerDaGas, feePerL2Gas priceBar) bool {
	return q.valid && feePerDaGas.admits(q.feePerDaGas) && feePerL2Gas.admits(q.feePerL2Gas)
}

// queuedTx is what the pool's readers need of transaction h, read from v's record once and kept
// (App.queued); false when v holds no record of it.
func (a *App) queuedTx(v *view, h common.Hash, maxPayload int) (queuedTx, bool, error) {
	cache := a.queued.Load()
	if q, ok := cache.Get(h); ok {
		return q, true, nil
	}
	r, err := v.txRecord(h)
	if err != nil || r == nil {
		return queuedTx{}, false, err
	}
	q := queuedTx{size: int32(min(len(r.Raw), math.MaxInt32))}
	if tx, err := DecodeUserTx(r.Raw, maxPayload); err == nil {
		q.valid = true
		tx.MaxFeePerDaGas.FillBytes(q.feePerDaGas[:]) // 16 bytes on the wire: it fits
		tx.MaxFeePerL2Gas.FillBytes(q.feePerL2Gas[:])
	}
	cache.Add(h, q)
	return q, true, nil
}

// backlogScan bounds the pool entries Backlog reads: past it the answer is short, which leaves
// admission open (the mempool's bound and MaxQueued still hold), never closes it.
const backlogScan = 8192

// Backlog is how many queued transactions the next slot's proposer would seal: those paying its
// named prices (this node's admission floor while they are unknown, as CheckTx), not about to
// expire, counted up to limit. Admission weighs it rather than the whole pool: proposers name
// their own prices, and transactions that only a proposer far away or one that never seals
// takes must not close admission to everyone. Kept for the slot and committed height (the pool
// changes only at Commit); it reads at most backlogScan entries.
//
// One read of the pool at a time: a caller that finds one under way waits for its answer.
// Admission asks LastBacklog, which never waits.
func (a *App) Backlog(limit int) (int, error) {
	c := &a.backlog
	for {
		slot, height, fresh, n, err := a.lastBacklog(limit)
		if fresh {
			return n, err
		}
		c.mu.Lock()
		if c.scanning {
			done := c.done
			c.mu.Unlock()
			<-done
			continue
		}
		c.scanning, c.done = true, make(chan struct{})
		c.mu.Unlock()
		return a.readBacklog(limit, slot, height)
	}
}

// LastBacklog is Backlog's last answer, and never waits for the pool: when the pool or the next
// slot changed since (or limit did), it starts a read of the pool in the background, one at a
// time, and answers the last count meanwhile (0 before the first read: admission then rests on
// the mempool's bound and MaxQueued). Every submission and CheckTx asks (issue 16: refusals
// within 50 ms): before, the first of them after each new height or slot read the pool itself,
// up to the admission bound, thousands of entries, tens of milliseconds on a loaded machine and
// over 100 ms at the bench's p99, before it was refused; and CheckTx did so holding CometBFT's
// connection to the application. Commit starts the read for the new height at once.
func (a *App) LastBacklog(limit int) (int, error) {
	slot, height, fresh, n, err := a.lastBacklog(limit)
	if fresh {
		return n, err
	}
	c := &a.backlog
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.scanning {
		c.scanning, c.done = true, make(chan struct{})
		go func() { _, _ = a.readBacklog(limit, slot, height) }()
	}
	return c.count, c.err
}

// lastBacklog is the kept answer, and whether it is the one for limit, the next slot and the
// committed height (fresh).
func (a *App) lastBacklog(limit int) (slot uint64, height int64, fresh bool, n int, err error) {
	slot = a.SlotAt(a.cfg.Now()) + 1
	height = a.Meta().Height
	c := &a.backlog
	c.mu.Lock()
	defer c.mu.Unlock()
	fresh = c.set && c.slot == slot && c.height == height && c.limit == limit
	return slot, height, fresh, c.count, c.err
}

// readBacklog reads the pool for Backlog (the caller set scanning) and keeps the answer.
func (a *App) readBacklog(limit int, slot uint64, height int64) (int, error) {
	n, err := a.scanBacklog(limit, height)
	c := &a.backlog
	c.mu.Lock()
	defer c.mu.Unlock()
	c.scanning = false
	close(c.done)
	if err != nil {
		c.err = err
		return 0, err
	}
	c.set, c.slot, c.height, c.limit, c.count, c.err = true, slot, height, limit, n, nil
	return n, nil
}

// refreshBacklog starts the read of the pool for the committed height in the background, with
// the last limit asked, so that admission weighs the new pool from the first submission on.
func (a *App) refreshBacklog() {
	c := &a.backlog
	c.mu.Lock()
	limit, asked := c.limit, c.set
	c.mu.Unlock()
	if asked {
		_, _ = a.LastBacklog(limit)
	}
}

// scanBacklog counts the queued transactions the next slot's proposer takes, up to limit
// (Backlog).
func (a *App) scanBacklog(limit int, height int64) (int, error) {
	if a.backlogScanning != nil {
		a.backlogScanning()
	}
	da, l2 := priceBarOf(a.cfg.MinFeePerDaGas), priceBarOf(a.cfg.MinFeePerL2Gas)
	if pr, ok := a.nextPrices(); ok {
		da, l2 = priceBarOf(pr[0]), priceBarOf(pr[1])
	}
	n, read := 0, 0
	stop := errors.New("enough")
	v := newView(a.kv)
	p := a.Params()
	soon := uint64(height) + sealExpiryMargin
	err := a.kv.Each(prefixPool, func(k, at []byte) error {
		if n >= limit || read >= backlogScan {
			return stop
		}
		read++
		if len(at) == 8 && binary.BigEndian.Uint64(at) <= soon {
			return nil
		}
		q, ok, err := a.queuedTx(v, common.BytesToHash(k[len(prefixPool)+8:]), p.MaxPayload)
		if err != nil || !ok {
			return err
		}
		if !q.pays(da, l2) {
			return nil // not for the next proposer
		}
		n++
		return nil
	})
	if err != nil && !errors.Is(err, stop) {
		return 0, fmt.Errorf("read pool: %w", err)
	}
	return n, nil
}
