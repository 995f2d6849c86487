package txmgr

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/big"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/params"
	"github.com/holiman/uint256"

	"github.com/sptn/sptn/agents/internal/config"
	"github.com/sptn/sptn/agents/internal/keys"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/internal/store"
	"github.com/sptn/sptn/agents/internal/testbreak"
)

var (
	// ErrReplaced is returned when the transaction's nonce was used by a transaction that is
	// not one of ours (another user of the same key).
	ErrReplaced = errors.New("txmgr: nonce used by a transaction the manager did not send")
	// ErrReverted is returned, with the receipt, when the transaction was mined but reverted.
	ErrReverted = errors.New("txmgr: transaction reverted")
	// ErrStopped is returned to callers still waiting when the manager stops; their
	// transactions stay persisted and are resumed by the next Start.
	ErrStopped = errors.New("txmgr: manager stopped")
	// ErrNotStarted is returned by Send before Start.
	ErrNotStarted = errors.New("txmgr: manager not started")
	// ErrReceiptGone is returned for a done idempotency key whose receipt the node no longer has.
	ErrReceiptGone = errors.New("txmgr: receipt of a confirmed transaction is no longer available")
)

// Tx events recorded in metrics.
const (
	EventSent        = "sent"
	EventBumped      = "bumped"
	EventRebroadcast = "rebroadcast"
	EventReorged     = "reorged"
	EventReplaced    = "replaced"
	EventConfirmed   = "confirmed"
	EventFeeCapped   = "fee_capped"
	// EventSidecarsProven is a blob sidecar proven in this process: a Send given none, or one rebuilt
	// from a record's data at a restart or a revival. Cell proofs cost about 0.3-1.5 s of CPU a
	// blob, taken from whatever else the process does; a caller that proves its sidecars ahead
	// (the node, in its KZG worker) sees here how often that was not enough.
	EventSidecarsProven = "sidecars_proven"
)

// Backend is the L1 the manager drives; *l1.Client implements it.
type Backend interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	NonceAt(ctx context.Context, account common.Address, block *big.Int) (uint64, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	BlobBaseFee(ctx context.Context) (*big.Int, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
}

// Metrics is what the manager records; *metrics.Registry implements it.
type Metrics interface {
	// SetTxs records how many of the account's transactions in flight are in a state.
	SetTxs(account common.Address, state string, n int)
	RecordTxEvent(event string)
	SetFee(kind string, wei *big.Int)
	// SetOldestPending records how long the account's oldest transaction in flight that no block
	// holds has waited since it was first sent (0 when none waits): the age a stuck one alerts on.
	SetOldestPending(account common.Address, seconds float64)
}

// Config configures a Manager. Fees are in wei.
type Config struct {
	ChainID         *big.Int
	MaxFeeCap       *big.Int
	MinTipCap       *big.Int
	MaxTipCap       *big.Int
	GasMargin       float64
	BumpAfterBlocks uint64
	Confirmations   uint64
	PollInterval    time.Duration
	DoneRetention   time.Duration
	MaxInFlight     int // Send waits while this many are unconfirmed; 0 means no limit
	// MaxBlobFeeCap bounds the max fee per blob gas of blob transactions.
	MaxBlobFeeCap *big.Int
	// BlobSidecarVersion is the sidecar form blob transactions are sent with:
	// types.BlobSidecarVersion1 (cell proofs, Osaka's EIP-7594) or types.BlobSidecarVersion0
	// (one proof per blob, Cancun and Prague).
	BlobSidecarVersion byte
}

// ConfigFrom maps the shared config onto Config.
func ConfigFrom(c config.TxMgr, chainID *big.Int) Config {
	return Config{
		ChainID: chainID, MaxFeeCap: gwei(c.MaxFeeCapGwei), MinTipCap: gwei(c.MinTipCapGwei),
		MaxTipCap: gwei(c.MaxTipCapGwei), GasMargin: c.GasMargin, BumpAfterBlocks: c.BumpAfterBlocks,
		Confirmations: c.Confirmations, PollInterval: c.PollInterval, DoneRetention: c.DoneRetention,
		MaxInFlight: c.MaxInFlight, MaxBlobFeeCap: gwei(c.MaxBlobFeeCapGwei),
		BlobSidecarVersion: BlobSidecarVersion(c.BlobProofs),
	}
}

// BlobSidecarVersion maps the txmgr.blob-proofs key ("cell" or "blob") to a sidecar version.
func BlobSidecarVersion(proofs string) byte {
	if proofs == "blob" {
		return types.BlobSidecarVersion0
	}
	return types.BlobSidecarVersion1
}

func gwei(g float64) *big.Int {
	w, _ := new(big.Float).Mul(big.NewFloat(g), big.NewFloat(params.GWei)).Int(nil)
	return w
}

// TxCandidate is a transaction to send.
type TxCandidate struct {
	// ID is an idempotency key: a second Send with the same ID never sends a second
	// transaction. Empty means none.
	ID       string
	To       *common.Address // nil creates a contract
	Data     []byte
	Value    *big.Int // nil is zero
	GasLimit uint64   // 0: estimate, times the gas margin
	// BlobData, when not nil, makes an EIP-4844 blob transaction whose blobs carry these bytes
	// (protocol.EncodeBlobs: at most protocol.MaxBlobsPerTx blobs). To must be set.
	BlobData []byte
	// BlobSidecar optionally brings the blobs of BlobData already proven
	// (protocol.BlobSidecar(BlobData, the configured version)), so that Send need not compute
	// the proofs; its blobs must be BlobData's encoding and its version the configured one.
	BlobSidecar *types.BlobTxSidecar
	// NotAfter, when not zero, is the last moment (local clock) the transaction may be handed to
	// L1: a call bound to a time window, such as a propose that must land in its slot's L1 blocks,
	// is worth nothing after it and reverts with its gas paid. Send checks it once more after it
	// signed, just before it takes the nonce, after the estimate, the blob proofs and a remote
	// signer, which can take seconds on a busy machine, and returns ErrTooLate past it with no
	// nonce used. Once sent and until NotAfter (on the monotonic clock, so a stepped wall clock
	// does not stretch it; a restarted manager no longer knows it), the lowest nonce not mined is
	// bumped at every new head instead of every BumpAfterBlocks while it would not have fit in the
	// head block: against a sudden tip war the propose must outbid the others while its slot's
	// few L1 blocks last, and a lower nonce must land first. Past NotAfter the usual pace
	// again: the nonce must still be filled, but speed is worth nothing any more. The deadline
	// is not enforced after the nonce is taken: a transaction whose broadcast failed, or that
	// waits in the pool underpriced, is still rebroadcast and bumped, and lands late
	// (docs/node.md).
	NotAfter time.Time
}

// ErrTooLate is a candidate whose NotAfter passed before Send took a nonce for it.
var ErrTooLate = errors.New("txmgr: the candidate's send deadline passed")

// ErrSidecarMismatch is a candidate whose BlobSidecar does not carry its BlobData.
var ErrSidecarMismatch = errors.New("txmgr: the blob sidecar does not carry the candidate's blob data")

// ErrBlobCreate is a blob candidate without a To address: blob transactions cannot create.
var ErrBlobCreate = errors.New("txmgr: a blob transaction needs a To address")

// fees are what a version is signed with; blobCap is nil for transactions without blobs.
type fees struct {
	tip, cap, blobCap *big.Int
}

type result struct {
	receipt *types.Receipt
	err     error
}

// flight is a transaction in flight.
type flight struct {
	rec       *record
	txs       []*types.Transaction
	sidecar   *types.BlobTxSidecar // a blob transaction's blobs, attached to every version
	mined     *types.Receipt       // receipt last seen, nil while not mined
	sentBlock uint64               // head when the latest version was broadcast
	goneAt    uint64               // head at which our nonce was first seen used with no receipt of ours
	gone      bool                 // goneAt is set; cleared when a receipt or a free nonce is seen
	// held is a transaction outside the MaxInFlight lowest nonces in flight (a revived one below
	// others): it is not broadcast, rebroadcast or bumped until it is among them. Set by tick
	// under mu, read by the loop.
	held bool
	// notAfter is the candidate's send deadline (TxCandidate.NotAfter, with its monotonic clock
	// reading; zero: none). Not persisted: a restarted manager bumps at the usual pace.
	notAfter time.Time
	// unseen: no check has looked at it since Send, which read its head before the estimate and
	// the blob proofs; the first check restarts its bump timer at the head it sees.
	unseen bool
	// urgent: bump at every new head (set by tick, markUrgent: the lowest nonce not mined while
	// a deadline at it or above is ahead and it would not have fit in the head block).
	urgent  bool
	waiters []chan result
}

func (f *flight) latest() *types.Transaction { return f.txs[len(f.txs)-1] }

// hashes are the transactions whose receipt is this nonce's outcome: the versions, newest first,
// then those a deep reorg removed before a revival.
func (f *flight) hashes() []common.Hash {
	out := make([]common.Hash, 0, len(f.txs)+len(f.rec.Prior))
	for i := len(f.txs) - 1; i >= 0; i-- {
		out = append(out, f.txs[i].Hash())
	}
	return append(out, f.rec.Prior...)
}

// Manager sends transactions for one key. It is safe for concurrent use.
type Manager struct {
	cfg     Config
	backend Backend
	signer  keys.Signer
	kv      store.KV
	ks      keyspace
	metrics Metrics
	log     *slog.Logger
	// oldest is the age of the oldest unmined transaction in flight at the last tick (ns).
	oldest atomic.Int64

	mu       sync.Mutex
	started  bool
	stopping bool // Stop was called
	next     uint64
	// confirmedTop is one past the highest nonce the manager confirmed (0: none): L1's nonce
	// below it means a reorg removed confirmed transactions (closeGaps).
	confirmedTop uint64
	inflight     map[uint64]*flight
	byID         map[string]*flight
	reviving     map[uint64]chan struct{} // nonces a revive is putting back in flight; closed when it ends
	freed        chan struct{}            // closed and replaced whenever a flight finishes

	cancel context.CancelFunc
	done   chan struct{}
}

// New makes a manager for signer's key. Call Start before Send.
func New(cfg Config, backend Backend, signer keys.Signer, kv store.KV, m Metrics, log *slog.Logger) *Manager {
	return &Manager{
		cfg: cfg, backend: backend, signer: signer, kv: kv, ks: newKeyspace(signer.Address()),
		metrics: m, log: log.With("from", signer.Address()),
		inflight: map[uint64]*flight{}, byID: map[string]*flight{}, reviving: map[uint64]chan struct{}{}, freed: make(chan struct{}),
	}
}

// OldestUnmined is how long the oldest transaction in flight that no block holds had waited at
// the last check (0 when none): one that waits long holds every later nonce of the account.
func (m *Manager) OldestUnmined() time.Duration { return time.Duration(m.oldest.Load()) }

// InFlight is the number of transactions sent and not yet confirmed or failed.
func (m *Manager) InFlight() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.inflight)
}

// From is the address the manager sends from.
func (m *Manager) From() common.Address { return m.signer.Address() }

// Start loads what is persisted, reconciles it with the chain and starts the driving loop.
func (m *Manager) Start(ctx context.Context) error {
	if m.cancel != nil {
		return errors.New("txmgr: Start called twice")
	}
	var maxNonce int64 = -1
	err := m.kv.Each(m.ks.txPrefix(), func(_, v []byte) error {
		var r record
		if err := json.Unmarshal(v, &r); err != nil {
			return fmt.Errorf("decode tx record: %w", err)
		}
		maxNonce = max(maxNonce, int64(r.Nonce))
		if r.State == stateDone {
			m.confirmedTop = max(m.confirmedTop, r.Nonce+1)
		}
		if r.State != statePending {
			return nil
		}
		var sc *types.BlobTxSidecar
		if r.isBlob() {
			var err error
			if sc, err = r.sidecar(); err != nil {
				return err
			}
			m.metrics.RecordTxEvent(EventSidecarsProven)
		}
		txs, err := r.decodeTxs(sc)
		if err != nil {
			return err
		}
		if len(txs) == 0 {
			return fmt.Errorf("tx record %d is pending with no signed tx", r.Nonce)
		}
		f := &flight{rec: &r, txs: txs, sidecar: sc}
		m.inflight[r.Nonce] = f
		if r.ID != "" {
			m.byID[r.ID] = f
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("load tx records: %w", err)
	}
	if err := m.prune(time.Now()); err != nil {
		return err
	}
	pending, err := m.backend.PendingNonceAt(ctx, m.From())
	if err != nil {
		return fmt.Errorf("read pending nonce: %w", err)
	}
	head, err := m.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	m.mu.Lock()
	m.next = max(pending, uint64(maxNonce+1))
	for _, f := range m.inflight {
		f.sentBlock = head.Number.Uint64()
	}
	m.started, m.stopping = true, false
	n := len(m.inflight)
	m.mu.Unlock()
	m.log.Info("transaction manager started", "next_nonce", m.next, "chain_pending_nonce", pending, "resumed", n)

	m.tick(ctx) // reconcile now: rebroadcast what is not mined, track what is
	lctx, cancel := context.WithCancel(context.Background())
	m.cancel, m.done = cancel, make(chan struct{})
	go m.loop(lctx)
	return nil
}

// Stop stops the loop. Callers still waiting get ErrStopped; their transactions stay persisted.
func (m *Manager) Stop(ctx context.Context) error {
	if m.cancel == nil {
		return nil
	}
	m.mu.Lock()
	m.stopping = true // no revival puts a transaction in flight from here: no loop would drive it
	m.mu.Unlock()
	m.cancel()
	select {
	case <-m.done:
	case <-ctx.Done():
		return fmt.Errorf("stop txmgr: %w", ctx.Err())
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.started = false
	close(m.freed) // wake Sends waiting for a slot: they see started == false
	m.freed = make(chan struct{})
	for _, f := range m.inflight {
		for _, w := range f.waiters {
			w <- result{err: ErrStopped}
		}
		f.waiters = nil
	}
	return nil
}

// Send sends the candidate and waits until it is Confirmations deep. If ctx ends first, Send
// returns ctx's error but the transaction stays in flight: retry with the same ID to wait again.
// A mined transaction that reverted returns its receipt and ErrReverted.
func (m *Manager) Send(ctx context.Context, c TxCandidate) (*types.Receipt, error) {
	if c.ID != "" {
		if ch, rcpt, done, err := m.attach(ctx, c.ID); done {
			return rcpt, err
		} else if ch != nil {
			return m.wait(ctx, ch)
		}
	}
	if err := c.late(); err != nil {
		return nil, err
	}
	m.mu.Lock()
	err := m.waitSlotLocked(ctx) // before pricing, so that fees are fresh when the slot comes
	started := m.started
	m.mu.Unlock()
	if err != nil {
		return nil, err
	}
	if !started {
		return nil, ErrNotStarted
	}
	value := c.Value
	if value == nil {
		value = new(big.Int)
	}
	// A blob transaction: the blobs and their commitments (whose versioned hashes the estimate
	// needs) now, the costly proofs only once the estimate passed.
	var (
		blobs   []kzg4844.Blob
		commits []kzg4844.Commitment
		hashes  []common.Hash
	)
	if c.BlobData != nil {
		if c.To == nil {
			return nil, ErrBlobCreate
		}
		var err error
		if blobs, err = protocol.EncodeBlobs(c.BlobData); err != nil {
			return nil, fmt.Errorf("encode blobs: %w", err)
		}
		if c.BlobSidecar != nil {
			if err := checkSidecar(c.BlobSidecar, blobs, m.cfg.BlobSidecarVersion); err != nil {
				return nil, err
			}
			hashes = c.BlobSidecar.BlobHashes()
		} else if commits, hashes, err = protocol.BlobCommitments(blobs); err != nil {
			return nil, err
		}
	}
	head, err := m.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read head: %w", err)
	}
	fs, err := m.fees(ctx, head, blobs != nil, nil)
	if err != nil {
		return nil, err
	}
	gas := c.GasLimit
	if gas == 0 {
		msg := ethereum.CallMsg{From: m.From(), To: c.To, Data: c.Data, Value: value}
		if blobs != nil { // the call reads blobhash(i): estimate it with the blobs' hashes
			msg.BlobHashes, msg.BlobGasFeeCap = hashes, fs.blobCap
		}
		est, err := m.backend.EstimateGas(ctx, msg)
		if err != nil {
			return nil, fmt.Errorf("estimate gas: %w", err)
		}
		gas = uint64(math.Ceil(float64(est) * m.cfg.GasMargin))
	}
	sc := c.BlobSidecar
	if blobs != nil && sc == nil {
		if err := c.late(); err != nil { // the estimate took the time: no proofs for a refusal
			return nil, err
		}
		if sc, err = protocol.ProveBlobs(blobs, commits, m.cfg.BlobSidecarVersion, nil); err != nil {
			return nil, fmt.Errorf("build blob sidecar: %w", err)
		}
		m.metrics.RecordTxEvent(EventSidecarsProven)
	}
	// Another user of the key may have used nonces; never reuse one the node already has.
	pending, err := m.backend.PendingNonceAt(ctx, m.From())
	if err != nil {
		return nil, fmt.Errorf("read pending nonce: %w", err)
	}

	m.mu.Lock()
	if err := m.waitSlotLocked(ctx); err != nil { // again: others may have taken the slot
		m.mu.Unlock()
		return nil, err
	}
	if !m.started {
		m.mu.Unlock()
		return nil, ErrNotStarted
	}
	if c.ID != "" { // a concurrent Send with this ID may have got here first
		if f := m.byID[c.ID]; f != nil {
			ch := make(chan result, 1)
			f.waiters = append(f.waiters, ch)
			m.mu.Unlock()
			return m.wait(ctx, ch)
		}
		if _, err := m.kv.Get(m.ks.id(c.ID)); !errors.Is(err, store.ErrNotFound) {
			m.mu.Unlock() // ... and even finished: answer from the store
			if _, rcpt, _, err := m.attach(ctx, c.ID); rcpt != nil || err != nil {
				return rcpt, err
			}
			return nil, fmt.Errorf("read idempotency key %q: record vanished", c.ID)
		}
	}
	m.next = max(m.next, pending)
	nonce := m.next
	rec := &record{Nonce: nonce, ID: c.ID, To: c.To, Data: c.Data, Value: (*hexutil.Big)(value), Gas: gas,
		State: statePending, Created: time.Now().UTC()}
	if sc != nil {
		rec.BlobData, rec.BlobVersion = c.BlobData, sc.Version
	}
	tx, err := m.sign(ctx, rec, fs, sc)
	if err != nil {
		m.mu.Unlock()
		return nil, err
	}
	if err := c.late(); err != nil { // the last moment nothing is spent: the nonce is taken below
		m.mu.Unlock()
		return nil, err
	}
	rec.Txs = []hexutil.Bytes{encodeTx(tx)}
	var b store.Batch
	b.Put(m.ks.tx(nonce), marshal(rec))
	if c.ID != "" {
		b.Put(m.ks.id(c.ID), encodeNonce(nonce))
	}
	if err := m.kv.Write(&b); err != nil { // nothing broadcast: the nonce stays free
		m.mu.Unlock()
		return nil, fmt.Errorf("persist tx: %w", err)
	}
	m.next++
	ch := make(chan result, 1)
	f := &flight{rec: rec, txs: []*types.Transaction{tx}, sidecar: sc, sentBlock: head.Number.Uint64(), waiters: []chan result{ch},
		notAfter: c.NotAfter, unseen: true}
	m.inflight[nonce] = f
	if c.ID != "" {
		m.byID[c.ID] = f
	}
	m.mu.Unlock()

	m.metrics.RecordTxEvent(EventSent)
	m.recordFees(fs)
	m.log.Debug("sending tx", "nonce", nonce, "id", c.ID, "tx", tx.Hash(), "gas", gas, "tip", fs.tip, "fee_cap", fs.cap,
		"blobs", len(tx.BlobHashes()), "blob_fee_cap", fs.blobCap)
	m.broadcast(ctx, tx) // a failure here is retried by the loop
	return m.wait(ctx, ch)
}

// late is ErrTooLate once c's NotAfter has passed.
func (c *TxCandidate) late() error {
	if !c.NotAfter.IsZero() && time.Now().After(c.NotAfter) {
		return fmt.Errorf("%w: %s ago (%s)", ErrTooLate, time.Since(c.NotAfter).Round(time.Millisecond), c.NotAfter.Format(time.RFC3339Nano))
	}
	return nil
}

// checkSidecar checks that a caller's sidecar carries blobs in the configured version (its
// commitments and proofs are the caller's word: L1 refuses a transaction whose are wrong).
func checkSidecar(sc *types.BlobTxSidecar, blobs []kzg4844.Blob, version byte) error {
	if sc.Version != version || len(sc.Blobs) != len(blobs) || len(sc.Commitments) != len(blobs) {
		return fmt.Errorf("%w: version %d with %d blobs, want version %d with %d", ErrSidecarMismatch,
			sc.Version, len(sc.Blobs), version, len(blobs))
	}
	for i := range blobs {
		if sc.Blobs[i] != blobs[i] {
			return fmt.Errorf("%w: blob %d differs", ErrSidecarMismatch, i)
		}
	}
	return nil
}

// waitSlotLocked waits, with m.mu held on entry and on return, until fewer than MaxInFlight
// transactions are in flight or the manager stops. No nonce is taken while the pipeline is full.
func (m *Manager) waitSlotLocked(ctx context.Context) error {
	for m.started && m.cfg.MaxInFlight > 0 && len(m.inflight) >= m.cfg.MaxInFlight {
		freed := m.freed
		m.mu.Unlock()
		select {
		case <-freed:
		case <-ctx.Done():
			m.mu.Lock()
			return fmt.Errorf("wait for an in-flight slot: %w", ctx.Err())
		}
		m.mu.Lock()
	}
	return nil
}

// attach handles a candidate whose ID is known: in flight (a channel to wait on) or finished
// (done=true with the outcome).
func (m *Manager) attach(ctx context.Context, id string) (chan result, *types.Receipt, bool, error) {
	m.mu.Lock()
	if !m.started {
		m.mu.Unlock()
		return nil, nil, true, ErrNotStarted
	}
	if f := m.byID[id]; f != nil {
		ch := make(chan result, 1)
		f.waiters = append(f.waiters, ch)
		m.mu.Unlock()
		return ch, nil, false, nil
	}
	m.mu.Unlock()
	raw, err := m.kv.Get(m.ks.id(id))
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil, false, nil
	}
	if err != nil {
		return nil, nil, true, fmt.Errorf("read idempotency key: %w", err)
	}
	nonce, err := decodeNonce(raw)
	if err != nil {
		return nil, nil, true, err
	}
	v, err := m.kv.Get(m.ks.tx(nonce))
	if err != nil {
		return nil, nil, true, fmt.Errorf("read tx record %d: %w", nonce, err)
	}
	var r record
	if err := json.Unmarshal(v, &r); err != nil {
		return nil, nil, true, fmt.Errorf("decode tx record %d: %w", nonce, err)
	}
	if r.State == stateFailed {
		return nil, nil, true, fmt.Errorf("%w (nonce %d)", ErrReplaced, r.Nonce)
	}
	rcpt, err := m.backend.TransactionReceipt(ctx, r.TxHash)
	if errors.Is(err, ethereum.NotFound) {
		return nil, nil, true, fmt.Errorf("%w: %s", ErrReceiptGone, r.TxHash)
	}
	if err != nil {
		return nil, nil, true, fmt.Errorf("read receipt: %w", err)
	}
	return nil, rcpt, true, outcome(rcpt)
}

func outcome(r *types.Receipt) error {
	if r.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("%w: %s in block %d", ErrReverted, r.TxHash, r.BlockNumber)
	}
	return nil
}

func (m *Manager) wait(ctx context.Context, ch chan result) (*types.Receipt, error) {
	select {
	case r := <-ch:
		return r.receipt, r.err
	case <-ctx.Done():
		return nil, fmt.Errorf("wait for tx: %w", ctx.Err())
	}
}

// fees returns the fees to sign with, a blob fee cap too when blobs is set; with prev set (the
// version being replaced), each is bumped by at least the replacement minimum (replaceBump).
// The configured caps win over a bump: bump checks whether the result still replaces prev.
func (m *Manager) fees(ctx context.Context, head *types.Header, blobs bool, prev *types.Transaction) (fees, error) {
	tip, err := m.backend.SuggestGasTipCap(ctx)
	if err != nil {
		return fees{}, fmt.Errorf("suggest tip: %w", err)
	}
	tip = clamp(tip, m.cfg.MinTipCap, m.cfg.MaxTipCap)
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	m.metrics.SetFee("base_fee", base)
	if prev != nil {
		// At least the replacement minimum, but never above the configured cap: a version that
		// cannot replace prev within the caps is not sent (bump checks replaces).
		tip = bigMin(bigMax(tip, replaceBump(prev, prev.GasTipCap())), m.cfg.MaxTipCap)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip)
	if prev != nil {
		feeCap = bigMax(feeCap, replaceBump(prev, prev.GasFeeCap()))
	}
	if feeCap.Cmp(m.cfg.MaxFeeCap) > 0 {
		feeCap = new(big.Int).Set(m.cfg.MaxFeeCap)
	}
	if tip.Cmp(feeCap) > 0 {
		tip = new(big.Int).Set(feeCap)
	}
	out := fees{tip: tip, cap: feeCap}
	if !blobs {
		return out, nil
	}
	blobBase, err := m.backend.BlobBaseFee(ctx)
	if err != nil {
		return fees{}, fmt.Errorf("read blob base fee: %w", err)
	}
	m.metrics.SetFee("blob_base_fee", blobBase)
	// Twice the blob base fee rides out several full blocks of blob fee increases (12.5% each
	// at most), as twice the base fee does for execution gas; at least 1 wei.
	blobCap := bigMax(new(big.Int).Mul(blobBase, big.NewInt(2)), big.NewInt(1))
	if prev != nil && prev.BlobGasFeeCap() != nil {
		blobCap = bigMax(blobCap, replaceBump(prev, prev.BlobGasFeeCap()))
	}
	if blobCap.Cmp(m.cfg.MaxBlobFeeCap) > 0 {
		blobCap = new(big.Int).Set(m.cfg.MaxBlobFeeCap)
	}
	out.blobCap = blobCap
	return out, nil
}

// replaceBump is the least fee a replacement of prev must offer in place of v: 10% more (plus a
// wei) for ordinary transactions, double for blob transactions (geth's blob pool asks 100% on
// every fee of a blob replacement).
func replaceBump(prev *types.Transaction, v *big.Int) *big.Int {
	if prev.Type() == types.BlobTxType {
		return new(big.Int).Add(new(big.Int).Mul(v, big.NewInt(2)), big.NewInt(1))
	}
	return bumped(v)
}

// replaces reports whether fs is enough to replace prev.
func replaces(prev *types.Transaction, fs fees) bool {
	if fs.tip.Cmp(replaceBump(prev, prev.GasTipCap())) < 0 || fs.cap.Cmp(replaceBump(prev, prev.GasFeeCap())) < 0 {
		return false
	}
	return prev.Type() != types.BlobTxType || fs.blobCap.Cmp(replaceBump(prev, prev.BlobGasFeeCap())) >= 0
}

func (m *Manager) recordFees(fs fees) {
	m.metrics.SetFee("tip_cap", fs.tip)
	m.metrics.SetFee("fee_cap", fs.cap)
	if fs.blobCap != nil {
		m.metrics.SetFee("blob_fee_cap", fs.blobCap)
	}
}

// bumped is v + 10% + 1 wei: strictly above geth's replacement minimum.
func bumped(v *big.Int) *big.Int {
	b := new(big.Int).Mul(v, big.NewInt(110))
	b.Div(b, big.NewInt(100))
	return b.Add(b, big.NewInt(1))
}

func clamp(v, lo, hi *big.Int) *big.Int {
	return bigMax(lo, bigMin(v, hi))
}

func bigMax(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return new(big.Int).Set(a)
	}
	return new(big.Int).Set(b)
}

func bigMin(a, b *big.Int) *big.Int {
	if a.Cmp(b) <= 0 {
		return new(big.Int).Set(a)
	}
	return new(big.Int).Set(b)
}

// sign signs a version of r's transaction; sc is the blob sidecar of a blob transaction.
func (m *Manager) sign(ctx context.Context, r *record, fs fees, sc *types.BlobTxSidecar) (*types.Transaction, error) {
	var tx *types.Transaction
	if sc == nil {
		tx = types.NewTx(&types.DynamicFeeTx{
			ChainID: m.cfg.ChainID, Nonce: r.Nonce, GasTipCap: fs.tip, GasFeeCap: fs.cap, Gas: r.Gas,
			To: r.To, Value: r.value(), Data: r.Data,
		})
	} else {
		if r.To == nil || fs.blobCap == nil {
			return nil, ErrBlobCreate
		}
		tx = types.NewTx(&types.BlobTx{
			ChainID: uint256.MustFromBig(m.cfg.ChainID), Nonce: r.Nonce, GasTipCap: uint256.MustFromBig(fs.tip),
			GasFeeCap: uint256.MustFromBig(fs.cap), Gas: r.Gas, To: *r.To, Value: uint256.MustFromBig(r.value()),
			Data: r.Data, BlobFeeCap: uint256.MustFromBig(fs.blobCap), BlobHashes: sc.BlobHashes(), Sidecar: sc,
		})
	}
	signed, err := m.signer.SignTx(ctx, tx, m.cfg.ChainID)
	if err != nil {
		return nil, fmt.Errorf("sign tx: %w", err)
	}
	return signed, nil
}

// broadcast sends tx; the node's verdicts that mean "it is or was there" are not errors.
func (m *Manager) broadcast(ctx context.Context, tx *types.Transaction) {
	err := m.backend.SendTransaction(ctx, tx)
	if err == nil {
		return
	}
	msg := strings.ToLower(err.Error())
	switch {
	case strings.Contains(msg, "already known"), strings.Contains(msg, "already imported"),
		strings.Contains(msg, "nonce too low"), strings.Contains(msg, "underpriced"):
		m.log.Debug("broadcast refused; the loop will sort it out", "nonce", tx.Nonce(), "tx", tx.Hash(), "err", err)
	default:
		m.log.Warn("broadcast failed; will retry", "nonce", tx.Nonce(), "tx", tx.Hash(), "err", err)
	}
}

// PruneInterval is how often the loop forgets finished records older than DoneRetention.
const PruneInterval = time.Hour

// prune deletes finished records (and their idempotency keys) older than DoneRetention. The
// highest-nonce record is kept whatever its age: it is the floor of the next nonce.
func (m *Manager) prune(now time.Time) error {
	var b store.Batch
	var last *record
	err := m.kv.Each(m.ks.txPrefix(), func(_, v []byte) error {
		var r record
		if err := json.Unmarshal(v, &r); err != nil {
			return fmt.Errorf("decode tx record: %w", err)
		}
		if last != nil && last.State != statePending && now.Sub(last.Done) > m.cfg.DoneRetention {
			b.Delete(m.ks.tx(last.Nonce))
			if last.ID != "" {
				b.Delete(m.ks.id(last.ID))
			}
		}
		last = &r
		return nil
	})
	if err != nil {
		return fmt.Errorf("scan tx records: %w", err)
	}
	if b.Len() == 0 {
		return nil
	}
	if err := m.kv.Write(&b); err != nil {
		return fmt.Errorf("prune tx records: %w", err)
	}
	return nil
}

func (m *Manager) loop(ctx context.Context) {
	defer close(m.done)
	t := time.NewTicker(m.cfg.PollInterval)
	defer t.Stop()
	p := time.NewTicker(PruneInterval)
	defer p.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			m.tick(ctx)
		case <-p.C:
			if err := m.prune(time.Now()); err != nil {
				m.log.Warn("prune tx records", "err", err)
			}
		}
	}
}

// tick checks every transaction in flight, lowest nonce first.
func (m *Manager) tick(ctx context.Context) {
	m.mu.Lock()
	top := m.confirmedTop
	m.mu.Unlock()
	if top > 0 {
		// An L1 reorg may have removed confirmed transactions: their nonces go back in flight
		// before the others are looked at, so that none waits behind a gap.
		if chainNonce, err := m.backend.NonceAt(ctx, m.From(), nil); err != nil {
			m.log.Warn("read nonce", "err", err)
		} else if chainNonce < top {
			m.closeGaps(ctx, chainNonce, top)
		}
	}
	m.mu.Lock()
	flights := make([]*flight, 0, len(m.inflight))
	for _, f := range m.inflight {
		flights = append(flights, f)
	}
	sort.Slice(flights, func(i, j int) bool { return flights[i].rec.Nonce < flights[j].rec.Nonce })
	// Only the MaxInFlight lowest nonces go to the node: those are the ones it can mine next.
	for i, f := range flights {
		f.held = m.cfg.MaxInFlight > 0 && i >= m.cfg.MaxInFlight
	}
	m.mu.Unlock()
	if len(flights) == 0 {
		m.metrics.SetTxs(m.From(), statePending, 0)
		m.metrics.SetTxs(m.From(), "mined", 0)
		m.metrics.SetOldestPending(m.From(), 0)
		m.oldest.Store(0)
		return
	}
	head, err := m.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		m.log.Warn("read head", "err", err)
		return
	}
	chainNonce, err := m.backend.NonceAt(ctx, m.From(), nil)
	if err != nil {
		m.log.Warn("read nonce", "err", err)
		return
	}
	markUrgent(flights, head, chainNonce, time.Now())
	mined := 0
	var oldest time.Duration
	for _, f := range flights {
		if ctx.Err() != nil {
			return
		}
		if err := m.check(ctx, f, head, chainNonce); err != nil {
			m.log.Warn("check tx", "nonce", f.rec.Nonce, "err", err)
		}
		if f.mined != nil {
			mined++
		} else if !f.rec.Created.IsZero() {
			oldest = max(oldest, time.Since(f.rec.Created))
		}
	}
	m.metrics.SetOldestPending(m.From(), oldest.Seconds())
	m.oldest.Store(int64(oldest))
	m.mu.Lock()
	n := len(m.inflight)
	m.mu.Unlock()
	m.metrics.SetTxs(m.From(), "mined", min(mined, n))
	m.metrics.SetTxs(m.From(), statePending, max(n-mined, 0))
}

// markUrgent marks which of the flights (sorted by nonce) is bumped at every new head: the lowest
// one at or above the chain's nonce (lower ones are mined, or their nonce was used) and not held,
// since no higher nonce can land before it, while a send deadline at its nonce or above is ahead,
// and only when it would not have fit in the head block's gas: a transaction left out of a block
// with room for it was not outbid (it came after the block was built; the miner takes any tip
// there), and a bump for nothing pays a higher tip and, for a blob transaction, doubles every bid,
// using up the replacements its caps leave. chainNonce is the account's nonce at the head, read
// in the same tick, not the flights' receipts, which the checks after this one update.
func markUrgent(flights []*flight, head *types.Header, chainNonce uint64, now time.Time) {
	lowest := -1
	for i, f := range flights {
		f.urgent = false
		if lowest < 0 && f.rec.Nonce >= chainNonce && !f.held {
			lowest = i
		}
	}
	if lowest < 0 {
		return
	}
	ahead := false
	for _, f := range flights[lowest:] {
		ahead = ahead || (!f.notAfter.IsZero() && !now.After(f.notAfter))
	}
	f := flights[lowest]
	f.urgent = ahead && head.GasUsed+f.rec.Gas > head.GasLimit
}

// check moves one transaction on: confirm it, notice a reorg, a replacement or a drop, or bump it.
func (m *Manager) check(ctx context.Context, f *flight, head *types.Header, chainNonce uint64) error {
	var rcpt *types.Receipt
	for _, h := range f.hashes() {
		r, err := m.backend.TransactionReceipt(ctx, h)
		if err == nil {
			rcpt = r
			break
		}
		if !errors.Is(err, ethereum.NotFound) {
			return fmt.Errorf("read receipt: %w", err)
		}
	}
	headN := head.Number.Uint64()
	if rcpt != nil {
		f.gone = false
		if f.mined == nil || f.mined.BlockHash != rcpt.BlockHash {
			m.log.Debug("tx mined", "nonce", f.rec.Nonce, "tx", rcpt.TxHash, "block", rcpt.BlockNumber)
		}
		m.mu.Lock()
		f.mined = rcpt
		m.mu.Unlock()
		if headN+1 < rcpt.BlockNumber.Uint64()+m.cfg.Confirmations {
			return nil
		}
		h, err := m.backend.HeaderByNumber(ctx, rcpt.BlockNumber)
		if err != nil {
			return fmt.Errorf("read block %d: %w", rcpt.BlockNumber, err)
		}
		if h.Hash() != rcpt.BlockHash {
			return nil // a reorg is under way; look again next tick
		}
		return m.finish(f, rcpt, nil)
	}
	if f.mined != nil {
		m.log.Warn("reorg removed a receipt; rebroadcasting", "nonce", f.rec.Nonce, "tx", f.mined.TxHash, "block", f.mined.BlockNumber)
		m.metrics.RecordTxEvent(EventReorged)
		m.mu.Lock()
		f.mined = nil
		m.mu.Unlock()
		f.sentBlock = headN
		m.broadcast(ctx, f.latest())
		return nil
	}
	if chainNonce > f.rec.Nonce {
		// Our nonce is used but none of our versions has a receipt. A block may land between
		// the receipt queries and the nonce query, and a node may report the new nonce before
		// it serves the block's receipts: give up only if that is still so at a later head.
		if !f.gone {
			f.gone, f.goneAt = true, headN
			return nil
		}
		if headN <= f.goneAt {
			return nil
		}
		m.metrics.RecordTxEvent(EventReplaced)
		return m.finish(f, nil, fmt.Errorf("%w (nonce %d)", ErrReplaced, f.rec.Nonce))
	}
	f.gone = false
	if f.held {
		f.sentBlock = headN // its bump timer starts when it is sent
		return nil
	}
	if _, _, err := m.backend.TransactionByHash(ctx, f.latest().Hash()); errors.Is(err, ethereum.NotFound) {
		m.log.Info("tx unknown to the node (dropped); rebroadcasting", "nonce", f.rec.Nonce, "tx", f.latest().Hash())
		m.metrics.RecordTxEvent(EventRebroadcast)
		m.broadcast(ctx, f.latest())
	} else if err != nil {
		return fmt.Errorf("look up tx: %w", err)
	}
	if testbreak.On("fee-bump") {
		return nil
	}
	if f.unseen { // its bump timer starts at the first head seen after Send
		f.unseen = false
		f.sentBlock = max(f.sentBlock, headN)
	}
	// A fee cap below the base fee cannot be included: bump now rather than wait.
	if headN >= f.sentBlock+m.bumpAfter(f) || (head.BaseFee != nil && f.latest().GasFeeCap().Cmp(head.BaseFee) < 0) {
		return m.bump(ctx, f, head)
	}
	// Nor can a blob fee cap below the blob base fee.
	if f.sidecar != nil {
		blobBase, err := m.backend.BlobBaseFee(ctx)
		if err != nil {
			return fmt.Errorf("read blob base fee: %w", err)
		}
		if f.latest().BlobGasFeeCap().Cmp(blobBase) < 0 {
			return m.bump(ctx, f, head)
		}
	}
	return nil
}

// bumpAfter is how many heads f waits unmined before its next bump: one while it is urgent
// (markUrgent), BumpAfterBlocks otherwise.
func (m *Manager) bumpAfter(f *flight) uint64 {
	if f.urgent {
		return min(m.cfg.BumpAfterBlocks, 1)
	}
	return m.cfg.BumpAfterBlocks
}

// bump re-signs the transaction with higher fees, persists the new version, then broadcasts it.
func (m *Manager) bump(ctx context.Context, f *flight, head *types.Header) error {
	old := f.latest()
	fs, err := m.fees(ctx, head, f.sidecar != nil, old)
	if err != nil {
		return err
	}
	f.sentBlock = head.Number.Uint64()
	if !replaces(old, fs) {
		m.log.Warn("tx not mined but fees are at the configured caps; not bumping",
			"nonce", f.rec.Nonce, "fee_cap", old.GasFeeCap(), "base_fee", head.BaseFee, "max_fee_cap", m.cfg.MaxFeeCap,
			"blob_fee_cap", old.BlobGasFeeCap(), "max_blob_fee_cap", m.cfg.MaxBlobFeeCap)
		m.metrics.RecordTxEvent(EventFeeCapped)
		m.broadcast(ctx, old)
		return nil
	}
	tx, err := m.sign(ctx, f.rec, fs, f.sidecar)
	if err != nil {
		return err
	}
	raw := encodeTx(tx)
	m.mu.Lock()
	f.rec.Txs = append(f.rec.Txs, raw)
	err = m.kv.Put(m.ks.tx(f.rec.Nonce), marshal(f.rec))
	if err != nil {
		f.rec.Txs = f.rec.Txs[:len(f.rec.Txs)-1]
		m.mu.Unlock()
		return fmt.Errorf("persist bumped tx: %w", err)
	}
	f.txs = append(f.txs, tx)
	m.mu.Unlock()
	m.log.Info("bumped fees", "nonce", f.rec.Nonce, "tx", tx.Hash(), "replaces", old.Hash(), "tip", fs.tip, "fee_cap", fs.cap,
		"base_fee", head.BaseFee, "blob_fee_cap", fs.blobCap)
	m.metrics.RecordTxEvent(EventBumped)
	m.recordFees(fs)
	m.broadcast(ctx, tx)
	return nil
}

// finish records the outcome, forgets the transaction's body and wakes its waiters.
func (m *Manager) finish(f *flight, rcpt *types.Receipt, failure error) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	r := *f.rec
	r.Txs = nil
	r.Done = time.Now().UTC()
	if failure != nil {
		r.State, r.Err = stateFailed, failure.Error()
	} else {
		r.State, r.TxHash, r.Block = stateDone, rcpt.TxHash, rcpt.BlockNumber.Uint64()
		m.confirmedTop = max(m.confirmedTop, r.Nonce+1)
	}
	if err := m.kv.Put(m.ks.tx(r.Nonce), marshal(&r)); err != nil {
		return fmt.Errorf("persist tx outcome: %w", err)
	}
	delete(m.inflight, r.Nonce)
	if r.ID != "" {
		delete(m.byID, r.ID)
	}
	close(m.freed)
	m.freed = make(chan struct{})
	res := result{receipt: rcpt, err: failure}
	if failure == nil {
		m.metrics.RecordTxEvent(EventConfirmed)
		res.err = outcome(rcpt)
		m.log.Info("tx confirmed", "nonce", r.Nonce, "tx", rcpt.TxHash, "block", rcpt.BlockNumber, "status", rcpt.Status)
	} else {
		m.log.Error("tx failed", "nonce", r.Nonce, "err", failure)
	}
	for _, w := range f.waiters {
		w <- res
	}
	f.waiters = nil
	return nil
}
