package txmgr

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sptn/sptn/agents/internal/store"
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
	if _, err := m.backend.TransactionReceipt(ctx, r.TxHash); err == nil {
		return fmt.Errorf("%w: %s still has its receipt", ErrNotRevivable, id)
	} else if !errors.Is(err, ethereum.NotFound) {
		return fmt.Errorf("read receipt: %w", err)
	}
	chainNonce, err := m.backend.NonceAt(ctx, m.From(), nil)
	if err != nil {
		return fmt.Errorf("read nonce: %w", err)
	}
	if chainNonce > r.Nonce {
		return fmt.Errorf("%w (nonce %d, reorged away and used again)", ErrReplaced, r.Nonce)
	}
	head, err := m.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	var sc *types.BlobTxSidecar
	if r.isBlob() {
		if sc, err = r.sidecar(); err != nil {
			return err
		}
	}
	// The confirmed version stays ours: a node that puts reorged transactions back in its pool
	// (geth does) may mine it instead of the new one, and its receipt is as good. If the node
	// holds it, the new version is priced to replace it there.
	var prev *types.Transaction
	if tx, _, err := m.backend.TransactionByHash(ctx, r.TxHash); err == nil {
		prev = tx
	} else if !errors.Is(err, ethereum.NotFound) {
		return fmt.Errorf("look up the reorged tx: %w", err)
	}
	fs, err := m.fees(ctx, head, sc != nil, prev)
	if err != nil {
		return err
	}

	m.mu.Lock()
	if m.byID[id] != nil { // a concurrent Revive got here first
		m.mu.Unlock()
		return nil
	}
	old := r.TxHash
	r.Prior = append(r.Prior, old)
	r.State, r.Done, r.TxHash, r.Block = statePending, time.Time{}, common.Hash{}, 0
	tx, err := m.sign(ctx, &r, fs, sc)
	if err != nil {
		m.mu.Unlock()
		return err
	}
	r.Txs = []hexutil.Bytes{encodeTx(tx)}
	if err := m.kv.Put(m.ks.tx(r.Nonce), marshal(&r)); err != nil {
		m.mu.Unlock()
		return fmt.Errorf("persist revived tx: %w", err)
	}
	f := &flight{rec: &r, txs: []*types.Transaction{tx}, sidecar: sc, sentBlock: head.Number.Uint64()}
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
	m.byID[id] = f
	m.mu.Unlock()

	m.metrics.RecordTxEvent(EventReorged)
	m.log.Warn("reviving a confirmed tx that a deep reorg removed", "nonce", r.Nonce, "id", id, "old_tx", old, "tx", tx.Hash(),
		"held_for_a_slot", held)
	if !held {
		m.broadcast(ctx, tx)
	}
	return nil
}
