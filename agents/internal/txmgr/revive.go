package txmgr

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/sptn/sptn/agents/internal/store"
	"github.com/sptn/sptn/agents/internal/testbreak"
)

// ErrNotRevivable is returned by Revive for an ID that is unknown, still in flight elsewhere
// than the done state, or whose receipt is still there.
var ErrNotRevivable = errors.New("txmgr: no confirmed transaction with a vanished receipt under this ID")

// Revive puts back in flight the transaction of a confirmed ID whose receipt the node no longer
// has: an L1 reorg deeper than Confirmations removed it after Send had returned (Send then
// reports ErrReceiptGone). The transaction is re-signed at its own nonce with current fees,
// persisted, broadcast and driven like any other, so no nonce gap opens behind it; a following
// Send with the same ID waits for it. If the nonce has since been used by another transaction,
// Revive fails with ErrReplaced and the caller should send under a new ID.
func (m *Manager) Revive(ctx context.Context, id string) error {
	if id == "" {
		return fmt.Errorf("%w: empty ID", ErrNotRevivable)
	}
	m.mu.Lock()
	if !m.started {
		m.mu.Unlock()
		return ErrNotStarted
	}
	if m.byID[id] != nil {
		m.mu.Unlock()
		return nil // already in flight
	}
	m.mu.Unlock()

	raw, err := m.kv.Get(m.ks.id(id))
	if errors.Is(err, store.ErrNotFound) {
		return fmt.Errorf("%w: %s is unknown", ErrNotRevivable, id)
	}
	if err != nil {
		return fmt.Errorf("read idempotency key: %w", err)
	}
	nonce, err := decodeNonce(raw)
	if err != nil {
		return err
	}
	v, err := m.kv.Get(m.ks.tx(nonce))
	if err != nil {
		return fmt.Errorf("read tx record %d: %w", nonce, err)
	}
	var r record
	if err := json.Unmarshal(v, &r); err != nil {
		return fmt.Errorf("decode tx record %d: %w", nonce, err)
	}
	if r.State != stateDone || r.ID != id {
		return fmt.Errorf("%w: %s is %s at nonce %d", ErrNotRevivable, id, r.State, nonce)
	}
	if gone, err := m.receiptsGone(ctx, &r); err != nil {
		return err
	} else if !gone {
		return fmt.Errorf("%w: %s still has its receipt", ErrNotRevivable, id)
	}
	chainNonce, err := m.backend.NonceAt(ctx, m.From(), nil)
	if err != nil {
		return fmt.Errorf("read nonce: %w", err)
	}
	if chainNonce > r.Nonce {
		return fmt.Errorf("%w (nonce %d, reorged away and used again)", ErrReplaced, r.Nonce)
	}
	if _, err := m.revive(ctx, &r, "a deep reorg removed it; revived by its caller", true); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if f := m.inflight[r.Nonce]; f != nil && f.rec.ID != id { // its nonce went to another transaction meanwhile
		return fmt.Errorf("%w (nonce %d is in flight with another transaction)", ErrReplaced, r.Nonce)
	}
	return nil // in flight, or confirmed already: Send with the ID answers
}

// receiptsGone reports whether the node has no receipt for any confirmed version of r.
func (m *Manager) receiptsGone(ctx context.Context, r *record) (bool, error) {
	for _, h := range append([]common.Hash{r.TxHash}, r.Prior...) {
		if _, err := m.backend.TransactionReceipt(ctx, h); err == nil {
			return false, nil
		} else if !errors.Is(err, ethereum.NotFound) {
			return false, fmt.Errorf("read receipt: %w", err)
		}
	}
	return true, nil
}

// revive puts the confirmed record r back in flight at its nonce: re-signed with current fees,
// persisted, then broadcast. It reports false if the nonce is in flight already, or is being
// revived by another call: with wait, it waits for that one and reports false once it put the
// nonce in flight (and tries itself if it failed); without, it returns false at once.
//
// One revival of a nonce at a time: the loop's closeGaps and a caller's Revive can meet here,
// and each would prove a blob transaction's sidecar again (seconds of CPU) for one of them to
// find the other in flight. Revive waits, so that its nil means in flight; the loop does not,
// so that its tick (receipts, bumps, confirmations) never stands behind a caller's proofs, and
// looks again at the next tick.
func (m *Manager) revive(ctx context.Context, r *record, why string, wait bool) (bool, error) {
	id := r.ID
	var mine chan struct{}
	for mine == nil {
		m.mu.Lock()
		switch {
		case !m.started || m.stopping:
			m.mu.Unlock()
			return false, ErrStopped
		case m.inflight[r.Nonce] != nil || (id != "" && m.byID[id] != nil):
			m.mu.Unlock()
			return false, nil
		}
		first := m.reviving[r.Nonce]
		if first == nil {
			mine = make(chan struct{})
			m.reviving[r.Nonce] = mine
			m.mu.Unlock()
			break
		}
		m.mu.Unlock()
		if !wait {
			return false, nil
		}
		select {
		case <-first:
		case <-ctx.Done():
			return false, ctx.Err()
		}
	}
	released := false // under mu
	release := func() {
		if !released {
			released = true
			delete(m.reviving, r.Nonce)
			close(mine)
		}
	}
	defer func() {
		m.mu.Lock()
		release()
		m.mu.Unlock()
	}()
	head, err := m.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("read head: %w", err)
	}
	var sc *types.BlobTxSidecar
	if r.isBlob() {
		if sc, err = r.sidecar(); err != nil {
			return false, err
		}
		m.metrics.RecordTxEvent(EventSidecarsProven)
	}
	// The confirmed version stays ours: a node that puts reorged transactions back in its pool
	// (geth does) may mine it instead of the new one, and its receipt is as good. If the node
	// holds it, the new version is priced to replace it there.
	var prev *types.Transaction
	if tx, _, err := m.backend.TransactionByHash(ctx, r.TxHash); err == nil {
		prev = tx
	} else if !errors.Is(err, ethereum.NotFound) {
		return false, fmt.Errorf("look up the reorged tx: %w", err)
	}
	fs, err := m.fees(ctx, head, sc != nil, prev)
	if err != nil {
		return false, err
	}

	m.mu.Lock()
	if m.stopping {
		m.mu.Unlock()
		return false, ErrStopped
	}
	if m.inflight[r.Nonce] != nil || (id != "" && m.byID[id] != nil) { // a concurrent revival got here first
		m.mu.Unlock()
		return false, nil
	}
	old := r.TxHash
	if old != (common.Hash{}) {
		r.Prior = append(r.Prior, old)
	}
	r.State, r.Done, r.TxHash, r.Block = statePending, time.Time{}, common.Hash{}, 0
	tx, err := m.sign(ctx, r, fs, sc)
	if err != nil {
		m.mu.Unlock()
		return false, err
	}
	r.Txs = []hexutil.Bytes{encodeTx(tx)}
	if err := m.kv.Put(m.ks.tx(r.Nonce), marshal(r)); err != nil {
		m.mu.Unlock()
		return false, fmt.Errorf("persist revived tx: %w", err)
	}
	f := &flight{rec: r, txs: []*types.Transaction{tx}, sidecar: sc, sentBlock: head.Number.Uint64(), unseen: true}
	// Like Send, it keeps to max-in-flight in what goes to the node: with MaxInFlight lower
	// nonces in flight, it waits (held) until the loop finds it among them. It never waits here:
	// the nonce is the manager's from now on, so no gap opens whatever the caller does next.
	ahead := 0
	for n := range m.inflight {
		if n < r.Nonce {
			ahead++
		}
	}
	held := m.cfg.MaxInFlight > 0 && ahead >= m.cfg.MaxInFlight
	f.held = held // the loop's tick owns it from here (under mu)
	m.inflight[r.Nonce] = f
	if id != "" {
		m.byID[id] = f
	}
	release() // in flight: a revival waiting for this one can return
	m.mu.Unlock()

	m.metrics.RecordTxEvent(EventReorged)
	m.log.Warn("reviving a confirmed tx that an L1 reorg removed", "why", why, "nonce", r.Nonce, "id", id, "old_tx", old,
		"tx", tx.Hash(), "held_for_a_slot", held)
	if !held {
		m.broadcast(ctx, tx)
	}
	return true, nil
}

// maxGapFills bounds the nonces one tick puts back in flight; the rest follow at the next ticks.
const maxGapFills = 64

// closeGaps runs when L1's nonce at the head, chainNonce, is below top, one past the highest
// nonce the manager confirmed: an L1 reorg deeper than Confirmations removed confirmed
// transactions, whatever their status, and a node that drops a reorged block's transactions
// (anvil_reorg, or a node restarted with an empty pool) will never mine them again. Every
// later nonce would wait behind that gap for ever, so each such nonce not in flight goes back
// in flight: its confirmed transaction re-signed, or, when its record is gone (pruned) or the
// nonce had gone to a transaction that is not ours, a zero-value transfer to self. A nonce
// whose receipt the node still serves (a view that lags) is left for the next tick.
func (m *Manager) closeGaps(ctx context.Context, chainNonce, top uint64) {
	for n := chainNonce; n < top && n < chainNonce+maxGapFills; n++ {
		if ctx.Err() != nil {
			return
		}
		m.mu.Lock()
		busy := m.inflight[n] != nil
		m.mu.Unlock()
		if busy {
			continue
		}
		var r record
		v, err := m.kv.Get(m.ks.tx(n))
		switch {
		case errors.Is(err, store.ErrNotFound):
			r = m.filler(n)
		case err != nil:
			m.log.Warn("read tx record", "nonce", n, "err", err)
			return
		default:
			if err := json.Unmarshal(v, &r); err != nil {
				m.log.Warn("decode tx record", "nonce", n, "err", err)
				return
			}
		}
		why := "L1's nonce fell below a nonce the manager had confirmed"
		switch r.State {
		case stateDone:
			gone, err := m.receiptsGone(ctx, &r)
			if err != nil {
				m.log.Warn("check a confirmed tx", "nonce", n, "err", err)
				return
			}
			if !gone {
				continue
			}
			if testbreak.On("reprove") { // the broken build fills the nonce and drops the payload
				r, why = m.filler(n), why+"; broken build: its payload is dropped"
			}
		case stateFailed: // the transaction that took the nonce is not ours to send again
			r, why = m.filler(n), why+"; its transaction was not ours, so a filler takes the nonce"
		}
		if _, err := m.revive(ctx, &r, why, false); err != nil {
			m.log.Warn("put a reorged nonce back in flight", "nonce", n, "err", err)
			return
		}
	}
}

// filler is a record for nonce n that moves nothing: a zero-value transfer to self.
func (m *Manager) filler(n uint64) record {
	self := m.From()
	return record{Nonce: n, To: &self, Value: (*hexutil.Big)(new(big.Int)), Gas: params.TxGas, State: stateDone,
		Created: time.Now().UTC()}
}
