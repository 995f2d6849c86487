package app

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// This file is the mempool's door: what CheckTx admits. Everything here is cheap and bounded,
// stateless checks first; what can never execute is refused on admission and evicted on
// recheck (after every commit), so that the mempool, which CometBFT gossips and proposers
// draw from, holds nothing that costs the proposal steps work in vain. It may read this node's
// clock and its local load policy; it never reads L1.

// CheckTx admits:
//   - user transactions CheckUserTx accepts, unless this node sheds load (new ones only);
//   - seals of the slot's proposer, signed, on the chain's tip, for a slot near the current one
//     (checkSeal);
//   - registrations that execute on the committed state (both keys' signatures, a committee
//     member, the next nonce).
//
// Attestation sets and committee records come only from PrepareProposal.
func (a *App) CheckTx(_ context.Context, req *abci.RequestCheckTx) (*abci.ResponseCheckTx, error) {
	recheck := req.Type == abci.CheckTxType_Recheck
	var err error
	kind := "other"
	switch {
	case len(req.Tx) == 0:
		err = ErrMalformed
	case req.Tx[0] == KindUser:
		kind = "user"
		if !recheck && a.Busy() {
			a.shed("busy", 1)
			return &abci.ResponseCheckTx{Code: 1, Log: ErrBusy.Error()}, nil
		}
		err = a.CheckUserTx(req.Tx)
		if err != nil {
			switch {
			case recheck:
				a.shed("evicted", 1)
			default:
				a.shed(admissionReason(err), 1)
			}
		}
	case req.Tx[0] == KindSeal:
		kind = "seal"
		var s *Seal
		if s, err = a.checkSeal(req.Tx); err == nil && !a.mempoolSeals.admit(s.Proposer, s.Slot, crypto.Keccak256Hash(req.Tx)) {
			err = sealErr("more than %d seals of slot %d by %s in the mempool", maxSealsInMempool, s.Slot, s.Proposer)
		}
	case req.Tx[0] == KindRegister:
		kind = "registration"
		err = a.checkRegistration(req.Tx)
	default:
		err = fmt.Errorf("%w 0x%02x for the mempool", ErrUnknownKind, req.Tx[0])
	}
	if err != nil {
		if kind != "user" && a.cfg.Metrics != nil {
			a.cfg.Metrics.Refused(kind)
		}
		return &abci.ResponseCheckTx{Code: 1, Log: err.Error()}, nil
	}
	return &abci.ResponseCheckTx{Code: abci.CodeTypeOK}, nil
}

// admissionReason names a refused new user transaction for the shed-load metric.
func admissionReason(err error) string {
	switch {
	case errors.Is(err, ErrBelowFloor):
		return "below_floor"
	case errors.Is(err, ErrUnderpriced):
		return "underpriced"
	default:
		return "invalid"
	}
}

// Busy reports whether new user transactions are refused for load: the mempool near capacity,
// or the pool at this node's MaxQueued.
func (a *App) Busy() bool {
	if a.cfg.MaxQueued > 0 && a.Meta().Queued >= a.cfg.MaxQueued {
		return true
	}
	return a.cfg.Busy != nil && a.cfg.Busy()
}

// CheckUserTx is CheckTx's verdict on a user transaction: well formed, paying the chain's fee
// floor, not known, and paying at least the next slot's proposer's named prices (or this node's
// floor while they are unknown).
func (a *App) CheckUserTx(raw []byte) error {
	p := a.Params()
	tx, err := DecodeUserTx(raw, p.MaxPayload)
	if err != nil {
		return err
	}
	// A transaction no block can carry (a chain an earlier version started with maxPayload above
	// what its blocks take, checkStored) would sit in the pool until it expires, free: admission
	// refuses it (review r37 F4). Execution's rules are the chain's and stay as they were.
	if most := p.largestBlockBytes(); 4+len(raw) > most {
		return fmt.Errorf("%w: %d bytes with its length, the largest block carries %d", ErrOversized, 4+len(raw), most)
	}
	if !p.PaysFloor(tx) {
		return fmt.Errorf("%w: pays %s/%s wei per DA/L2 gas, the floor is %s/%s", ErrBelowFloor,
			tx.MaxFeePerDaGas, tx.MaxFeePerL2Gas, p.MinFeePerDaGas, p.MinFeePerL2Gas)
	}
	r, err := newView(a.kv).txRecord(TxHash(raw))
	if err != nil {
		return err
	}
	if r != nil {
		return ErrKnown
	}
	da, l2 := a.cfg.MinFeePerDaGas, a.cfg.MinFeePerL2Gas
	if pr, ok := a.nextPrices(); ok {
		da, l2 = pr[0], pr[1]
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

// fresh reports whether a seal of slot may still be proposed at L1 time now: within one slot
// behind and two ahead of the current one.
func (a *App) fresh(slot uint64, now time.Time) error {
	if cur := a.SlotAt(now); slot+1 < cur || slot > cur+2 {
		return sealErr("slot %d is not near the current slot %d", slot, cur)
	}
	return nil
}

// checkSeal is a seal's admission, cheapest first: its size and shape (no state), its slot by
// this node's clock, the tip it names (the committed meta), its signature, then the committee
// (a state read) naming its signer the slot's proposer. On recheck the same checks evict a seal
// the chain has passed. Nothing here reads L1: an anchor is checked by the proposal steps, after
// the seal executed.
func (a *App) checkSeal(raw []byte) (*Seal, error) {
	s, err := decodeSeal(raw, a.Params())
	if err != nil {
		return nil, err
	}
	if !canonical(raw, s) {
		return nil, sealErr("not in its canonical encoding (the JSON EncodeJSON writes)")
	}
	if err := a.fresh(s.Slot, a.cfg.Now()); err != nil {
		return nil, err
	}
	m := a.Meta()
	if err := checkSealOnTip(&m, s, MaxOrphaned(a.exec.epochDur)); err != nil {
		return nil, err
	}
	if s.Anchor != nil && s.Anchor.At == nil {
		return nil, sealErr("anchor %d %s names no L1 block at which it is L1's assured tip", s.Anchor.Number, s.Anchor.Hash)
	}
	// The replaced blocks' transactions are not signed (the seal's digest signs their headers),
	// so anyone could rewrite them into distinct copies of the proposer's seal that fill its
	// count (review r17l F1): only transactions that hash to their header's txsHash are admitted,
	// as execution requires.
	if s.Anchor != nil && len(s.Anchor.Replaced) > 0 {
		if _, err := checkReplaced(s.Anchor); err != nil {
			return nil, err
		}
	}
	if _, err := a.exec.verifySeal(newView(a.kv), s); err != nil {
		return nil, err
	}
	return s, nil
}

// checkRegistration admits a registration in its canonical encoding (EncodeJSON's) that
// executes on the committed state. JSON has many encodings of one registration, each a distinct
// transaction to CometBFT's mempool: admitting only one keeps anyone who copies a pending
// registration from filling the mempool with it.
func (a *App) checkRegistration(raw []byte) error {
	var r Registration
	if err := decodeJSON(raw, &r); err != nil {
		return err
	}
	if !canonical(raw, r) {
		return regErr("not in its canonical encoding (the JSON EncodeJSON writes)")
	}
	v, m := a.scratch()
	_, err := a.exec.exec(v, &m, raw, newBlockCtx(m.Height+1))
	return err
}

// ExecutesOnTip executes a seal, as the next height would, on a scratch view of the committed
// state, and reports execution's refusal: the proposer's own check before it broadcasts a seal,
// so that a gap between what it sealed (the pool) and what execution accepts sends an empty
// seal rather than one every member leaves out. Its anchor is not checked against L1, nor its
// slot against the clock. It writes nothing.
func (a *App) ExecutesOnTip(raw []byte) error {
	if len(raw) == 0 || raw[0] != KindSeal {
		return sealErr("not a seal")
	}
	v, m := a.scratch()
	_, err := a.exec.exec(v, &m, raw, newBlockCtx(m.Height+1))
	return err
}

// canonical reports whether raw, a JSON transaction that decoded to v, is v's one encoding
// (EncodeJSON's). JSON has many encodings of one value (spaces, key order, escapes), each a
// distinct transaction to CometBFT's mempool, which dedups by the bytes: admitting only the
// canonical one keeps anyone who copies a pending seal or registration (both are gossiped) from
// filling the mempool with copies that all pass the other checks. Execution does not ask: what
// it accepts does not depend on the encoding.
func canonical(raw []byte, v any) bool {
	canon, err := EncodeJSON(raw[0], v)
	return err == nil && bytes.Equal(canon, raw)
}
