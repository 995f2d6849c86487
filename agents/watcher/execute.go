package watcher

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sptn/sptn/agents/internal/store"
	"github.com/sptn/sptn/agents/internal/txmgr"
)

// This file executes the proposals the watcher voted for once their vote passed. Nothing else
// does: an expired proposal returns its filer's bond, so a guilty member that files on itself
// with the honest record (which honest watchers back instead of filing) and never executes it
// would let it expire and escape the slash (review r18l M4). Each proposal voted for (done, or
// by_other: this key voted before) is kept under watcher/execute/<id> until it ends, and checked
// at most every executeRecheck and once its vote ended (untilVoteEnds), at most
// executeChecksPerTick a tick.

// ActionExecute is a passed proposal executed (sptn_watcher_actions_total).
const ActionExecute = "execute"

const (
	executePrefix        = "watcher/execute/"
	executeRecheck       = 5 * time.Minute
	executeRetry         = time.Minute
	executeChecksPerTick = 4
)

func executeKey(id uint64) []byte {
	return binary.BigEndian.AppendUint64([]byte(executePrefix), id)
}

// ExecuteTxID is the txmgr idempotency key of executing proposal id.
func ExecuteTxID(id uint64) string { return "slash/execute/" + strconv.FormatUint(id, 10) }

// keepForExecution keeps proposal id, which this watcher voted for, until its vote ends; it is
// checked at the next tick.
func (d *Driver) keepForExecution(id uint64) error { return d.checkExecutionAt(id, 0) }

// checkExecutionAt has kept proposal id checked again from unix time at on.
func (d *Driver) checkExecutionAt(id uint64, at int64) error {
	if err := d.kv.Put(executeKey(id), binary.BigEndian.AppendUint64(nil, uint64(max(at, 0)))); err != nil {
		return fmt.Errorf("keep proposal %d for execution: %w", id, err)
	}
	return nil
}

// executePassed executes the kept proposals whose vote passed, and forgets those that ended.
func (d *Driver) executePassed(ctx context.Context) error {
	now := d.now()
	type kept struct {
		id   uint64
		next int64
	}
	var due []kept
	err := d.kv.Each([]byte(executePrefix), func(k, v []byte) error {
		if len(k) != len(executePrefix)+8 || len(v) != 8 {
			return nil // not ours
		}
		next := int64(binary.BigEndian.Uint64(v))
		if len(due) < executeChecksPerTick && next <= now.Unix() {
			due = append(due, kept{binary.BigEndian.Uint64(k[len(executePrefix):]), next})
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("read the proposals kept for execution: %w", err)
	}
	var errs []error
	later := func(id uint64, after time.Duration) {
		if err := d.checkExecutionAt(id, now.Add(after).Unix()); err != nil {
			errs = append(errs, err)
		}
	}
	for _, e := range due {
		st, _, err := d.filer.State(ctx, e.id)
		if err != nil {
			// Checked again after executeRetry, so that a few failing reads do not hold the
			// later ids back (they are taken in id order; review r19 L3).
			errs = append(errs, err)
			later(e.id, executeRetry)
			continue
		}
		switch st {
		case StateSucceeded:
			key := common.BigToHash(new(big.Int).SetUint64(e.id))
			txID, err := d.txID(ActionExecute, key, ExecuteTxID(e.id))
			if err != nil {
				errs = append(errs, err)
				later(e.id, executeRetry)
				continue
			}
			switch err := d.filer.Execute(ctx, txID, e.id); {
			case err == nil:
				d.metrics.RecordAction(ActionExecute, ResultDone)
				d.log.Info("executed a proposal this watcher voted for", "proposal", e.id)
			case errors.Is(err, ErrNotVotable): // executed by another since the read
				d.metrics.RecordAction(ActionExecute, ResultByOther)
			case errors.Is(err, txmgr.ErrReverted):
				// Mined and reverted (usually another executed it first in the same block): the
				// next try, after executeRetry, reads the state first and sends under a new key.
				errs = append(errs, d.reverted(ActionExecute, key, err))
				later(e.id, executeRetry)
				continue
			default:
				errs = append(errs, fmt.Errorf("execute proposal %d: %w", e.id, err))
				later(e.id, executeRetry)
				continue
			}
		case StateExecuted, StateDefeated, StateExpired:
		default: // the vote is on: checked again later
			after, err := d.untilVoteEnds(ctx, e.id, now)
			if err != nil {
				errs = append(errs, err)
			}
			later(e.id, after)
			continue
		}
		if err := d.kv.Delete(executeKey(e.id)); err != nil && !errors.Is(err, store.ErrNotFound) {
			errs = append(errs, fmt.Errorf("forget proposal %d: %w", e.id, err))
		}
	}
	return errors.Join(errs...)
}

// untilVoteEnds is how long after now a kept proposal whose vote is on is checked again:
// executeRecheck, or until its vote ended if that is sooner, counted in L1's time (the head's,
// which may run ahead of this clock, as on an anvil devnet). The Slasher takes any execution
// window from 1 s, and one shorter than executeRecheck (the devnet's 60 s, 10 s on the geth
// profiles) passed between two checks: the proposal expired unexecuted (review r22 M1). A
// failed read is tried again after executeRetry.
func (d *Driver) untilVoteEnds(ctx context.Context, id uint64, now time.Time) (time.Duration, error) {
	p, err := d.filer.Proposal(ctx, id)
	if err != nil {
		return executeRetry, err
	}
	if p.VoteEnd == 0 {
		return executeRecheck, nil
	}
	l1Now := now.Unix()
	if d.headTime > 0 {
		l1Now = int64(d.headTime)
	}
	left := time.Duration(max(int64(p.VoteEnd)+1-l1Now, 0)) * time.Second
	return min(left, executeRecheck), nil
}
