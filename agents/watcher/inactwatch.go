package watcher

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
)

// maxInactivityAge is the Slasher's MAX_INACTIVITY_AGE_EPOCHS: a range whose last epoch is more
// than this before the current one is refused (Slasher__EpochRangeTooOld), whoever files it.
const maxInactivityAge = 8

// Bounds on what one inactivity window costs the watcher. Anyone may file any number of
// proposals on a window (a bond per member named each time): the watcher reads them all from the
// logs but votes for at most maxVotesPerWindow of those it accepts (its own first, then by id;
// one passing is enough to slash), reads at most maxVoteReadsPerTick proposal states per tick
// over all windows (the rest wait for the next tick), remembers at most maxProposalsPerWindow
// proposals per window, and reads at most maxLogChunksPerTick block ranges of
// watcher.log-range blocks per window per tick.
const (
	maxVotesPerWindow     = 8
	maxVoteReadsPerTick   = 16
	maxProposalsPerWindow = 256
	maxLogChunksPerTick   = 8
)

// Filed is a proposal as its ProposalFiled log shows it.
type Filed struct {
	ID uint64
	ProposalInfo
}

// inactWatch is an inactivity window this watcher judged: the proposals on its key are read from
// the Slasher's ProposalFiled logs from block Start on, until no filing on it can be accepted any
// more (closed) and every one of them is voted on or put aside; the watch is then dropped.
// Evidence and Start are persisted (watcher/inactivity/<key>), so a restart goes on watching.
type inactWatch struct {
	Evidence Evidence `json:"evidence"`
	Start    uint64   `json:"start"`

	next   uint64 // next block to read; a restart reads from Start again
	closed bool   // read up to a block past the age bound: no proposal can be added
	found  map[uint64]Filed
	full   bool // maxProposalsPerWindow reached (logged once)
}

func watchKey(key common.Hash) []byte { return []byte("watcher/inactivity/" + key.Hex()) }

// addWatch starts watching inactivity evidence ev (persisted). Proposals on it are read from
// watcher.lookback-blocks before the current head: one filed in the blocks between the window's
// end and the moment the node decided its last slot (a decoy filed first) is found too.
func (d *Driver) addWatch(ev Evidence) error {
	key := ev.Key()
	if _, ok := d.watches[key]; ok {
		return nil
	}
	start := d.cfg.StartBlock
	if lb := d.cfg.Settings.LookbackBlocks; d.headNum > start+lb {
		start = d.headNum - lb
	}
	w := &inactWatch{Evidence: ev, Start: start}
	raw, err := json.Marshal(w)
	if err != nil {
		return fmt.Errorf("encode inactivity watch: %w", err)
	}
	if err := d.kv.Put(watchKey(key), raw); err != nil {
		return fmt.Errorf("persist inactivity watch: %w", err)
	}
	w.next, w.found = start, map[uint64]Filed{}
	d.watches[key] = w
	return nil
}

// loadWatches reads the persisted watches (once per run): their evidence is verified again for
// votes, and filed again if no filing was recorded before the restart.
func (d *Driver) loadWatches() error {
	if d.watchesLoaded {
		return nil
	}
	err := d.kv.Each([]byte("watcher/inactivity/"), func(_, value []byte) error {
		var w inactWatch
		if err := json.Unmarshal(value, &w); err != nil {
			return fmt.Errorf("decode inactivity watch: %w", err)
		}
		key := w.Evidence.Key()
		w.next, w.found = w.Start, map[uint64]Filed{}
		d.watches[key] = &w
		d.verified[key] = w.Evidence
		r, err := d.done(ActionFile, key)
		if err != nil {
			return err
		}
		if r == nil {
			d.pending[key] = w.Evidence
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("read inactivity watches: %w", err)
	}
	d.watchesLoaded = true
	return nil
}

// headEpoch is the rollup's epoch at the L1 head's timestamp (the Slasher's clock).
func (d *Driver) headEpoch() (uint64, bool) {
	c := d.cfg
	if c.SlotDuration == 0 || c.EpochDuration == 0 || d.headTime < c.Genesis {
		return 0, false
	}
	return (d.headTime - c.Genesis) / c.SlotDuration / c.EpochDuration, true
}

// pastAge reports whether the Slasher refuses every filing on ev from the L1 head on.
func (d *Driver) pastAge(ev Evidence) bool {
	e, ok := d.headEpoch()
	return ok && e > ev.LastEpoch+maxInactivityAge
}

// scan reads the ProposalFiled logs on w's key up to the L1 head, at most maxLogChunksPerTick
// ranges per call, until the window is closed: read up to a head past its age bound.
func (d *Driver) scan(ctx context.Context, key common.Hash, w *inactWatch) error {
	if w.closed {
		return nil // every block a filing on the key can be in was read
	}
	step := max(d.cfg.LogRange, 1)
	for chunks := 0; w.next <= d.headNum && chunks < maxLogChunksPerTick; chunks++ {
		to := min(d.headNum, w.next+step-1)
		fs, err := d.filer.Filed(ctx, key, w.next, to)
		if err != nil {
			return fmt.Errorf("read proposals on %s: %w", w.Evidence, err)
		}
		for _, f := range fs {
			d.note(w, f)
		}
		w.next = to + 1
	}
	if w.next > d.headNum && d.pastAge(w.Evidence) {
		w.closed = true
	}
	return nil
}

// note remembers proposal f on w's key, up to maxProposalsPerWindow.
func (d *Driver) note(w *inactWatch, f Filed) {
	if _, ok := w.found[f.ID]; ok || f.Key != w.Evidence.Key() {
		return
	}
	if len(w.found) >= maxProposalsPerWindow {
		if !w.full {
			w.full = true
			d.log.Warn("more proposals on an inactivity window than the watcher keeps; ignoring the later ones",
				"evidence", w.Evidence.String(), "max", maxProposalsPerWindow)
		}
		return
	}
	w.found[f.ID] = f
}

// fileInactivity files this watcher's own proposal on inactivity evidence ev, whatever others
// filed on the window (any number of proposals may name a member on it, so a decoy blocks
// nothing), unless it recorded a filing already, or the logs show one from its own key that is
// still live or executed (its filing just before a crash that lost the record).
func (d *Driver) fileInactivity(ctx context.Context, ev Evidence) error {
	key := ev.Key()
	if r, err := d.done(ActionFile, key); err != nil || r != nil {
		return err
	}
	if d.pastAge(ev) {
		d.log.Warn("not filing: the window is past the Slasher's age bound", "evidence", ev.String())
		return d.remember(ev, ActionFile, ResultSkipped, key, 0)
	}
	w := d.watches[key]
	if w == nil {
		if err := d.addWatch(ev); err != nil {
			return err
		}
		w = d.watches[key]
	}
	if err := d.scan(ctx, key, w); err != nil {
		return err
	}
	for _, id := range sortedIDs(w.found) {
		if w.found[id].Proposer != d.me {
			continue
		}
		st, _, err := d.filer.State(ctx, id)
		if err != nil {
			return err
		}
		if st != StateDefeated && st != StateExpired {
			return d.remember(ev, ActionFile, ResultDone, key, id)
		}
	}
	named := ev.Validators
	if m := d.maxNamed(); m > 0 && len(named) > m {
		d.log.Warn("more inactive members than watcher.inactivity-max-named: naming the first by address",
			"evidence", ev.String(), "inactive", len(named), "named", m, "left_out", named[m:])
		named = named[:m]
	}
	sub := ev
	sub.Validators = named
	txID, err := d.txID(ActionFile, key, FileTxID(key, named))
	if err != nil {
		return err
	}
	id, err := d.filer.File(ctx, txID, sub)
	if errors.Is(err, ErrTooOld) {
		d.log.Warn("the Slasher refuses the range as too old; not filing", "evidence", ev.String(), "err", err)
		return d.remember(ev, ActionFile, ResultSkipped, key, 0)
	}
	if err != nil {
		return d.reverted(ActionFile, key, err)
	}
	d.note(w, Filed{ID: id, ProposalInfo: ProposalInfo{Proposer: d.me, Kind: KindInactivity, Key: key, Validators: named}})
	return d.remember(ev, ActionFile, ResultDone, key, id)
}

// watchInactivity reads the proposals on every watched window, votes (watcher.vote: for) for
// those notJudged accepts, and drops a window once no proposal can be added to it and each one
// found is voted on or put aside: the calls per tick do not grow with uptime.
func (d *Driver) watchInactivity(ctx context.Context) error {
	var errs []error
	reads := 0
	for _, key := range sortedKeys(d.watches) {
		w := d.watches[key]
		if err := d.scan(ctx, key, w); err != nil {
			errs = append(errs, err)
			continue
		}
		settled := true
		if d.cfg.Settings.Vote == VoteFor {
			var err error
			if settled, err = d.voteWindow(ctx, w, &reads); err != nil {
				errs = append(errs, err)
			}
		}
		if _, filing := d.pending[key]; !w.closed || !settled || filing {
			continue
		}
		if err := d.kv.Delete(watchKey(key)); err != nil {
			errs = append(errs, fmt.Errorf("drop inactivity watch: %w", err))
			continue
		}
		delete(d.watches, key)
		delete(d.verified, key)
		d.log.Info("inactivity window settled: no proposal can be added, each one found was voted on or put aside",
			"evidence", w.Evidence.String(), "proposals", len(w.found))
	}
	return errors.Join(errs...)
}

// voteWindow votes for the proposals on w's window that notJudged accepts: this watcher's own
// first, then by id, at most maxVotesPerWindow; the others are recorded as skipped. It reports
// whether every proposal found has its vote recorded.
func (d *Driver) voteWindow(ctx context.Context, w *inactWatch, reads *int) (bool, error) {
	ev := w.Evidence
	ids := sortedIDs(w.found)
	if r, err := d.done(ActionFile, ev.Key()); err != nil {
		return false, err
	} else if r != nil && r.Result == ResultDone && r.Proposal != 0 {
		if _, ok := w.found[r.Proposal]; ok {
			ids = append([]uint64{r.Proposal}, without(ids, r.Proposal)...)
		}
	}
	settled, accepted := true, 0
	var errs []error
	for _, id := range ids {
		vkey := common.BigToHash(new(big.Int).SetUint64(id))
		r, err := d.done(ActionVote, vkey)
		if err != nil {
			return false, err
		}
		why := d.notJudged(ev, w.found[id].ProposalInfo)
		if why == "" {
			accepted++
			if accepted > maxVotesPerWindow {
				why = fmt.Sprintf("more than %d proposals on the window this watcher would vote for", maxVotesPerWindow)
			}
		}
		if r != nil {
			continue
		}
		if why != "" {
			d.log.Warn("not voting for an inactivity proposal on this watcher's window", "proposal", id, "why", why,
				"evidence", ev.String())
			if err := d.remember(ev, ActionVote, ResultSkipped, vkey, id); err != nil {
				return false, err
			}
			continue
		}
		if *reads >= maxVoteReadsPerTick {
			settled = false
			continue
		}
		*reads++
		recorded, err := d.castFor(ctx, ev, id)
		if err != nil {
			errs = append(errs, err)
		}
		if !recorded {
			settled = false
		}
	}
	return settled, errors.Join(errs...)
}

func sortedIDs(m map[uint64]Filed) []uint64 {
	out := make([]uint64, 0, len(m))
	for id := range m {
		out = append(out, id)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

func sortedKeys(m map[common.Hash]*inactWatch) []common.Hash {
	out := make([]common.Hash, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Cmp(out[j]) < 0 })
	return out
}

func without(ids []uint64, id uint64) []uint64 {
	out := make([]uint64, 0, len(ids))
	for _, x := range ids {
		if x != id {
			out = append(out, x)
		}
	}
	return out
}
