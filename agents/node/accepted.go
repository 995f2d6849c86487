package node

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/cometbft/cometbft/mempool"
	"github.com/ethereum/go-ethereum/common"

	"github.com/sptn/sptn/agents/internal/store"
	"github.com/sptn/sptn/agents/node/app"
)

// The accepted journal's keys in the node's store: an acknowledged transaction the chain does
// not hold yet (the time it was accepted, 8 bytes of Unix milliseconds, then its bytes), and
// the reason a later submission of one was refused for good.
const (
	prefixAccepted = "node/accepted/"
	prefixRefused  = "node/refused/"
)

// Journal sweeps: how often kept transactions the chain now holds are forgotten, and how long
// one may wait unheld before it is submitted to the mempool again (CometBFT's mempool may have
// evicted it, or the node that held it died).
const (
	journalSweepEvery = 10 * time.Second
	resubmitAfter     = time.Minute
)

// journal keeps every user transaction the chain API acknowledged (202) in the node's store,
// synced, before the answer goes out, until the chain records it (queued in the pool, then
// sealed or dropped with a reason). CometBFT's mempool lives in memory: without the journal a
// node killed (kill -9, a power cut) before its mempool had gossiped a transaction or put it in
// a block would lose what it had acknowledged. At start the journal submits again every kept
// transaction the chain does not hold. The chain records a transaction once (a copy in a later
// CometBFT block is refused as known), so submitting one twice never includes it twice.
type journal struct {
	kv    store.KV
	known func(common.Hash) bool // the chain holds a record of the transaction
	bc    broadcaster
	log   *slog.Logger
}

type kept struct {
	h   common.Hash
	raw []byte
}

func acceptedKey(h common.Hash) []byte { return append([]byte(prefixAccepted), h.Bytes()...) }
func refusedKey(h common.Hash) []byte  { return append([]byte(prefixRefused), h.Bytes()...) }

// keep persists txs (synced) in one write.
func (j *journal) keep(txs []kept) error {
	if len(txs) == 0 {
		return nil
	}
	at := binary.BigEndian.AppendUint64(nil, uint64(time.Now().UnixMilli()))
	var b store.Batch
	for _, t := range txs {
		b.Put(acceptedKey(t.h), append(append([]byte(nil), at...), t.raw...))
	}
	if err := j.kv.Write(&b); err != nil {
		return fmt.Errorf("persist accepted transactions: %w", err)
	}
	return nil
}

// refusal is why a kept transaction was refused when it was submitted again, if it was.
func (j *journal) refusal(h common.Hash) (string, bool) {
	v, err := j.kv.Get(refusedKey(h))
	if err != nil {
		return "", false
	}
	return string(v), true
}

// run submits the kept transactions again at start, then sweeps every journalSweepEvery.
func (j *journal) run(ctx context.Context) {
	j.sweep(ctx, 0)
	t := time.NewTicker(journalSweepEvery)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			j.sweep(ctx, resubmitAfter)
		}
	}
}

// sweep forgets the kept transactions the chain holds and submits again those that have waited
// at least olderThan. One refused for good (no longer valid, or priced below what the proposers
// ask) is recorded as dropped with the mempool's reason; one refused for load waits for the
// next sweep.
func (j *journal) sweep(ctx context.Context, olderThan time.Duration) {
	type entry struct {
		kept
		at time.Time
	}
	var all []entry
	err := j.kv.Each([]byte(prefixAccepted), func(k, v []byte) error {
		if len(k) != len(prefixAccepted)+32 || len(v) < 8 {
			return fmt.Errorf("accepted journal entry %x", k)
		}
		all = append(all, entry{kept{common.BytesToHash(k[len(prefixAccepted):]), v[8:]},
			time.UnixMilli(int64(binary.BigEndian.Uint64(v[:8])))})
		return nil
	})
	if err != nil {
		j.log.Warn("read the accepted journal", "err", err)
		return
	}
	var b store.Batch
	resubmitted := 0
	defer func() {
		if b.Len() > 0 {
			if err := j.kv.Write(&b); err != nil {
				j.log.Warn("update the accepted journal", "err", err)
			}
		}
		if resubmitted > 0 {
			j.log.Info("accepted transactions submitted again", "n", resubmitted, "kept", len(all))
		}
	}()
	stopped := false // the mempool refused for load: submit no more in this sweep
	for _, e := range all {
		if ctx.Err() != nil {
			return
		}
		if j.known(e.h) {
			b.Delete(acceptedKey(e.h))
			continue
		}
		if stopped || time.Since(e.at) < olderThan {
			continue
		}
		cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		res, err := j.bc.BroadcastTxSync(cctx, e.raw)
		cancel()
		switch {
		case errors.Is(err, mempool.ErrTxInCache):
			continue // the mempool holds it
		case err != nil:
			j.log.Debug("submit an accepted transaction again; next sweep", "tx", e.h, "err", err)
			stopped = true // mempool full or stopping
		case res.Code == 0:
			resubmitted++
		case res.Log == app.ErrBusy.Error():
			stopped = true
		case strings.Contains(res.Log, app.ErrKnown.Error()):
			b.Delete(acceptedKey(e.h)) // the chain recorded it meanwhile
		default:
			j.log.Warn("an accepted transaction submitted again was refused: dropped", "tx", e.h, "reason", res.Log)
			b.Put(refusedKey(e.h), []byte("refused when submitted again after the node restarted: "+res.Log))
			b.Delete(acceptedKey(e.h))
		}
	}
}
