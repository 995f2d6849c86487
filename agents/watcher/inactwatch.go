package watcher

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sptn/sptn/agents/internal/store"
)

// maxInactivityAge is the Slasher's MAX_INACTIVITY_AGE_EPOCHS: a range whose last epoch is more
// than this before the current one is refused (Slasher__EpochRangeTooOld), whoever files it.
const maxInactivityAge = 8

// Bounds on what one inactivity window costs the watcher. Anyone may file any number of
// proposals on a window (a bond per member named each time). The watcher reads them all from the
// logs, forgets at once (recorded skipped) those it does not accept (notJudged), and keeps and
// votes for its own and, for each member it judged inactive, the votesPerMember accepted
// proposals with the lowest ids naming that member (review r18f F1, F2): watchers that judged
// alike vote for the same proposals, so a flood naming one member (a sacrificial colluder
// included) crowds out no proposal naming another, and the votes per window are at most
// 1 + votesPerMember × the members judged inactive. It reads at most maxVoteReadsPerTick
// proposals (their state and content) per tick over all windows (the rest wait for the next
// tick), and at most maxLogChunksPerTick block ranges of watcher.log-range blocks per window per
// tick. A proposal passes only with the quorum of the committee's weight voting for it, so the
// watchers converging on the same few proposals is what makes one pass.
const (
	votesPerMember      = 3
	maxVoteReadsPerTick = 16
	maxLogChunksPerTick = 8
)

// Filed is a proposal as its ProposalFiled log shows it.
type Filed struct {
	ID uint64
	// TxHash is the transaction the log is in: its calldata holds the proposal's evidence.
	TxHash common.Hash
	// Block is the L1 block the log is in.
	Block uint64
	ProposalInfo
	// differs is set once its filing is read (checkFiling) when its record is not the one this
	// watcher gives of the members it names, or cannot be read: voted for all the same if this
	// watcher judged every member it names inactive, never backed, and ranked after those whose
	// record is (review r18h F1).
	differs bool
}

// inactWatch is an inactivity window this watcher judged: the proposals on its key are read from
// the Slasher's ProposalFiled logs from block Start on, until no filing on it can be accepted any
// more (closed) and every one of them is voted on or put aside; the watch is then dropped.
// Evidence and Start are persisted (watcher/inactivity/<key>), so a restart goes on watching.
type inactWatch struct {
	Evidence Evidence `json:"evidence"`
	Start    uint64   `json:"start"`

	next   uint64 // next block to read (only confirmed blocks are read); a restart reads from Start again
	closed bool   // read up to a confirmed block past the age bound: no proposal can be added
	// scanErrs counts the reads of the logs that failed in a row: past scanFailuresBeforeFiling
	// (or near the age bound) the watcher files its own proposal without them.
	scanErrs int
	// found are the proposals kept: this watcher's own, and the accepted ones among the
	// votesPerMember lowest ids naming some member (see votesPerMember).
	found map[uint64]Filed
	// checked are the verdicts on the filing transactions read (checkFiling), by proposal id:
	// each filing is fetched once.
	checked map[uint64]checkedFiling
	// readFails counts the failed reads of a filing transaction, by proposal id: past
	// filingReadsBeforeUnreadable the filing is judged unreadable (not backed).
	readFails map[uint64]int
}

// filingReadsBeforeUnreadable is how many reads of a filing transaction may fail (one a tick)
// before it is judged unreadable: a transaction the L1 client cannot read (a hostile RPC, a type
// it does not decode) must not stop the scan of its window at its log every tick.
const filingReadsBeforeUnreadable = 3

// checkedFiling is the verdict on the transaction tx of a proposal: why it is not accepted ("":
// it is).
type checkedFiling struct {
	tx  common.Hash
	why string
}

// errReadBudget stops a window's scan when the tick's reads are spent (maxVoteReadsPerTick): the
// rest of the logs are read again at the next tick.
var errReadBudget = errors.New("watcher: reads of this tick spent")

// errNotConfirmed holds a vote until the block a reorg moved its proposal's filing to is
// confirmed (watcher.log-confirmations).
var errNotConfirmed = errors.New("watcher: the filing's block is not confirmed yet")

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
	w.next, w.found, w.checked = start, map[uint64]Filed{}, map[uint64]checkedFiling{}
	d.watches[key] = w
	return nil
}

// loadWatches reads the persisted watches (once per run): their evidence is verified again for
// votes, and filed again if no filing was recorded before the restart.
func (d *Driver) loadWatches() error {
	if d.watchesLoaded {
		return nil
	}
	var bad [][]byte
	err := d.kv.Each([]byte("watcher/inactivity/"), func(k, value []byte) error {
		var w inactWatch
		if err := json.Unmarshal(value, &w); err != nil {
			// One entry this version cannot read stops no other window (review r18f L5).
			d.log.Error("dropping an inactivity watch that does not decode", "key", string(k), "err", err)
			bad = append(bad, slices.Clone(k))
			return nil
		}
		key := w.Evidence.Key()
		w.next, w.found, w.checked = w.Start, map[uint64]Filed{}, map[uint64]checkedFiling{}
		d.watches[key] = &w
		d.verified[key] = w.Evidence
		r, err := d.done(ActionFile, key)
		if err != nil {
			return err
		}
		if r == nil && len(w.Evidence.Validators) > 0 {
			d.pending[key] = w.Evidence
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("read inactivity watches: %w", err)
	}
	for _, k := range bad {
		if err := d.kv.Delete(k); err != nil {
			return fmt.Errorf("drop inactivity watch: %w", err)
		}
	}
	d.watchesLoaded = true
	return nil
}

// epochAt is the rollup's epoch at L1 time ts (the Slasher's clock is its block's timestamp).
func (d *Driver) epochAt(ts uint64) (uint64, bool) {
	c := d.cfg
	if c.SlotDuration == 0 || c.EpochDuration == 0 || ts < c.Genesis {
		return 0, false
	}
	return (ts - c.Genesis) / c.SlotDuration / c.EpochDuration, true
}

// pastAge reports whether the Slasher refuses every filing on ev from the L1 head on.
func (d *Driver) pastAge(ev Evidence) bool {
	e, ok := d.epochAt(d.headTime)
	return ok && e > ev.LastEpoch+maxInactivityAge
}

// nearAge reports whether the L1 head is in one of the last two epochs a filing on ev is taken.
func (d *Driver) nearAge(ev Evidence) bool {
	e, ok := d.epochAt(d.headTime)
	return ok && e+1 >= ev.LastEpoch+maxInactivityAge
}

// scanFailuresBeforeFiling is how many reads of a window's logs in a row may fail before the
// watcher files its own proposal without them (it would back another's it cannot see now): a
// persistent error must not hold the filing until the age bound.
const scanFailuresBeforeFiling = 5

// scan reads the ProposalFiled logs on w's key up to the confirmed L1 block (watcher.
// log-confirmations below the head), at most maxLogChunksPerTick ranges per call, until the
// window is closed: read up to a confirmed block past its age bound. Each block is read once, so
// only once an L1 reorg is not expected to replace it (review r18h F2b): a log read from the
// unconfirmed head and then reorged away was never read again.
func (d *Driver) scan(ctx context.Context, key common.Hash, w *inactWatch) error {
	if w.closed {
		return nil // every block a filing on the key can be in was read
	}
	step := max(d.cfg.LogRange, 1)
	for chunks := 0; w.next <= d.confNum && chunks < maxLogChunksPerTick; chunks++ {
		to := min(d.confNum, w.next+step-1)
		fs, err := d.filer.Filed(ctx, key, w.next, to)
		if err != nil {
			w.scanErrs++
			return fmt.Errorf("read proposals on %s: %w", w.Evidence, err)
		}
		for _, f := range fs {
			if err := d.note(ctx, w, f); errors.Is(err, errReadBudget) {
				return nil // this range is read again at the next tick (the verdicts are kept)
			} else if err != nil {
				w.scanErrs++ // every failed read counts (review r18i B), not only Filed's
				return err
			}
		}
		w.next = to + 1
	}
	w.scanErrs = 0
	if e, ok := d.epochAt(d.confTime); ok && w.next > d.confNum && e > w.Evidence.LastEpoch+maxInactivityAge {
		w.closed = true
	}
	return nil
}

// note keeps proposal f on w's key if it is this watcher's own, or one that names only members
// it judged inactive (notJudged) and ranks among the votesPerMember first naming one of them,
// ranked by (record this watcher's or not, members named, id): those whose record, read from
// the filing's calldata (checkFiling), is the one this watcher gives first, so honest watchers
// converge on the same proposals whatever else is filed (reviews r18g M1, r18h F1). Any other is
// put aside (recorded skipped) and forgotten. A proposal that f pushes out of every member's
// first is forgotten too. A kept id whose log now shows another transaction or proposal (an L1
// reorg replaced the filing, review r18h F2a) is judged again, and a filing of this watcher's
// that rested on it (it backed that proposal) is reopened.
func (d *Driver) note(ctx context.Context, w *inactWatch, f Filed) error {
	if f.Key != w.Evidence.Key() {
		return nil
	}
	if g, ok := w.found[f.ID]; ok {
		switch {
		case g.TxHash == f.TxHash && sameProposal(g.ProposalInfo, f.ProposalInfo):
			return nil
		case g.TxHash == (common.Hash{}) && g.Proposer == d.me && f.Proposer == d.me:
			g.TxHash, g.Block = f.TxHash, f.Block // its own filing as File returned it: now its log
			w.found[f.ID] = g
			return nil
		}
		d.log.Warn("the filing behind a kept inactivity proposal id changed (an L1 reorg): judging it again", "proposal", f.ID,
			"was", g.TxHash, "now", f.TxHash, "evidence", w.Evidence.String())
		delete(w.found, f.ID)
		if err := d.reopen(w.Evidence, f.ID); err != nil {
			return err
		}
	}
	if f.Proposer == d.me {
		w.found[f.ID] = f
		return nil
	}
	if why := d.notJudged(w.Evidence, f.ProposalInfo); why != "" {
		return d.putAside(w.Evidence, f.ID, why)
	}
	f.differs = false // ranked as the best it can be until its filing is read
	if !firstForSome(w.found, f) {
		return d.putAside(w.Evidence, f.ID, fmt.Sprintf(
			"each member it names is named by %d accepted proposals ranked before it", votesPerMember))
	}
	why, err := d.checkFiling(ctx, w, f)
	if err != nil {
		return err
	}
	if why != "" {
		f.differs = true
		if !firstForSome(w.found, f) {
			return d.putAside(w.Evidence, f.ID, fmt.Sprintf(
				"%s; and each member it names is named by %d proposals ranked before it", why, votesPerMember))
		}
		d.log.Info("an inactivity proposal's record is not this watcher's, but it judged every member it names inactive: "+
			"voting for it, not backing it (its own filing stands)", "proposal", f.ID, "why", why, "evidence", w.Evidence.String())
	}
	w.found[f.ID] = f
	for _, id := range rankedIDs(w.found) { // each is judged against those ranked before it
		if g := w.found[id]; id != f.ID && g.Proposer != d.me && !firstForSome(w.found, g) {
			d.log.Info("an inactivity proposal no longer ranks among the first naming its members; not voting for it",
				"proposal", id, "evidence", w.Evidence.String())
			delete(w.found, id)
		}
	}
	return nil
}

// checkFiling reads the transaction of proposal f (once per proposal: the verdict is kept) and
// says why this watcher does not back it ("" when it does): the record of an INACTIVITY
// proposal is only in the calldata of its file(...) call (the Slasher neither stores nor emits
// it), and voters who check it vote against a record they cannot reproduce (review r18g H1), so
// this watcher files nothing in reliance on it. It backs only a direct call of the Slasher's
// file whose validators, kind and range are the log's and whose record is the one this watcher
// gives for those members (recordFor, the text its own filing on them carries). The read counts
// against the tick's budget.
func (d *Driver) checkFiling(ctx context.Context, w *inactWatch, f Filed) (string, error) {
	if c, ok := w.checked[f.ID]; ok && c.tx == f.TxHash {
		return c.why, nil
	}
	if d.reads >= maxVoteReadsPerTick {
		return "", errReadBudget
	}
	d.reads++
	call, err := d.filer.Filing(ctx, f.TxHash)
	why := ""
	switch {
	case errors.Is(err, ErrNotAFiling):
		why = err.Error()
	case err != nil:
		// Not read: tried again at the next tick, filingReadsBeforeUnreadable times at most; then
		// not backed (differs) rather than an error that would stop the window's scan, filing and
		// votes at this log for good (review r18i B).
		if w.readFails == nil {
			w.readFails = map[uint64]int{}
		}
		if w.readFails[f.ID]++; w.readFails[f.ID] < filingReadsBeforeUnreadable {
			return "", err
		}
		why = fmt.Sprintf("its transaction %s cannot be read (%d tries): %v", f.TxHash, w.readFails[f.ID], err)
	default:
		why = d.judgeCall(w.Evidence, f, call)
	}
	w.checked[f.ID] = checkedFiling{tx: f.TxHash, why: why}
	return why, nil
}

// judgeCall says why the file(...) call of proposal f is not one this watcher accepts ("": it is).
func (d *Driver) judgeCall(ev Evidence, f Filed, call FileCall) string {
	if call.Kind != KindInactivity || !slices.Equal(call.Validators, f.Validators) {
		return fmt.Sprintf("its transaction %s files kind %d naming %v, not the logged proposal", f.TxHash, call.Kind,
			call.Validators)
	}
	_, record, ok := ev.recordFor(call.Validators)
	if !ok {
		return "this watcher has no record of every member it names"
	}
	want := ev
	want.Record = record
	enc, err := want.Encode()
	if err != nil || !bytes.Equal(call.Evidence, enc) {
		return fmt.Sprintf("its record (transaction %s) is not the one this watcher gives of epochs %d-%d for the members it names (%s)",
			f.TxHash, ev.FirstEpoch, ev.LastEpoch, record.Hex())
	}
	return ""
}

// firstForSome reports whether fewer than votesPerMember proposals in found ranked before f (by
// members named, then id) name one of the members f names.
func firstForSome(found map[uint64]Filed, f Filed) bool {
	for _, v := range f.Validators {
		before := 0
		for id, g := range found {
			if id != f.ID && rankedBefore(g, f) && slices.Contains(g.Validators, v) {
				before++
			}
		}
		if before < votesPerMember {
			return true
		}
	}
	return false
}

// rankedBefore orders proposals: those whose record is this watcher's first, then by the number
// of members they name, then by id.
func rankedBefore(a, b Filed) bool {
	if a.differs != b.differs {
		return b.differs
	}
	if len(a.Validators) != len(b.Validators) {
		return len(a.Validators) < len(b.Validators)
	}
	return a.ID < b.ID
}

// rankedIDs are found's ids in rankedBefore order.
func rankedIDs(m map[uint64]Filed) []uint64 {
	out := sortedIDs(m)
	sort.SliceStable(out, func(i, j int) bool { return rankedBefore(m[out[i]], m[out[j]]) })
	return out
}

// putAside records that this watcher (watcher.vote: for) does not vote for proposal id on ev's
// window, and why, unless its vote is recorded already.
func (d *Driver) putAside(ev Evidence, id uint64, why string) error {
	if d.cfg.Settings.Vote != VoteFor {
		return nil
	}
	vkey := common.BigToHash(new(big.Int).SetUint64(id))
	if r, err := d.done(ActionVote, vkey); err != nil || r != nil {
		return err
	}
	d.log.Warn("not voting for an inactivity proposal on this watcher's window", "proposal", id, "why", why,
		"evidence", ev.String())
	return d.remember(ev, ActionVote, ResultSkipped, vkey, id)
}

// reopen drops this watcher's record of its filing on ev's window, done or backing others, and
// files again (fileInactivity: its own, or backing another it accepts, for the members no live
// proposal names now) unless the window is past the age bound: an L1 reorg gave proposal id to
// another filing (review r18h F2). Any id: the record names one proposal, but the window's
// members may have been covered by several, the watcher's own among them (review r18i). Filing
// again costs a scan of the window's logs, and files nothing where every member is still named.
func (d *Driver) reopen(ev Evidence, id uint64) error {
	delete(d.held, id) // read this tick before the reorg showed
	key := ev.Key()
	r, err := d.done(ActionFile, key)
	if err != nil || r == nil || (r.Result != ResultByOther && r.Result != ResultDone) || len(ev.Validators) == 0 {
		return err
	}
	if d.pastAge(ev) {
		d.log.Warn("a proposal this watcher counted on is another filing now, and the window is past the age bound: nothing to file",
			"proposal", id, "evidence", ev.String())
		return nil
	}
	if err := d.kv.Delete(recordKey(ActionFile, key)); err != nil {
		return fmt.Errorf("reopen the filing: %w", err)
	}
	d.pending[key] = ev
	d.log.Warn("a proposal this watcher counted on is another filing now (an L1 reorg): filing again where needed", "proposal", id,
		"evidence", ev.String())
	return nil
}

// fileInactivity files this watcher's own proposals on inactivity evidence ev, whatever others
// filed on the window (any number of proposals may name a member on it, so a decoy blocks
// nothing), until every member it files against is named by a live proposal of its own (found in
// the logs: also its filing just before a crash that lost the record) or of another that it
// accepts (unnamed). A proposal names at most watcher.inactivity-max-named members and the bonds
// the budget leaves (bondBudget), in this watcher's own order (nameOrder); the rest wait for
// further proposals, in this tick or once bonds come back, and the window's filing is recorded
// done only when none is left (review r18i A). If the logs cannot be read
// scanFailuresBeforeFiling times in a row, or the age bound is near, it files without them.
func (d *Driver) fileInactivity(ctx context.Context, ev Evidence) error {
	key := ev.Key()
	if len(ev.Validators) == 0 {
		return nil // a window it only votes on (no member its policy files against)
	}
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
		if w.scanErrs < scanFailuresBeforeFiling && !d.nearAge(ev) {
			return err
		}
		d.log.Warn("filing without the proposals on the window: their logs cannot be read", "evidence", ev.String(),
			"failures", w.scanErrs, "err", err)
	}
	// Each proposal names at least one member no live proposal named before it: at most one per
	// member (a bound all the same, should the chain answer otherwise).
	for range len(ev.Validators) + 1 {
		own, other, left, err := d.unnamed(ctx, ev, w)
		if err != nil {
			return err
		}
		if len(left) == 0 {
			if own != 0 {
				return d.remember(ev, ActionFile, ResultDone, key, own)
			}
			d.log.Info("live proposals this watcher accepts name every member it would name: voting for them, not filing",
				"evidence", ev.String(), "proposal", other)
			return d.remember(ev, ActionFile, ResultByOther, key, other)
		}
		named, err := d.bondBudget(ctx, ev, d.nameOrder(key, left))
		if err != nil {
			return err
		}
		if len(named) < len(left) {
			d.log.Warn("naming some of the window's unnamed inactive members now, the rest in further proposals",
				"evidence", ev.String(), "unnamed", len(left), "named", len(named))
		}
		if err := d.fileChunk(ctx, ev, w, named); err != nil {
			return err
		}
		if r, err := d.done(ActionFile, key); err != nil || r != nil {
			return err // refused as too old: recorded skipped
		}
	}
	return fmt.Errorf("filing on %s: members still unnamed after %d proposals", ev, len(ev.Validators)+1)
}

// fileChunk files this watcher's proposal on ev's window naming named (in any order: it names
// them by address) with the record of exactly those members (recordFor: the one every other
// watcher rebuilds to check it, checkFiling), and keeps it (note) and its bond spend's id.
func (d *Driver) fileChunk(ctx context.Context, ev Evidence, w *inactWatch, named []common.Address) error {
	key := ev.Key()
	named = sortAddresses(named)
	sub := ev
	sub.Validators = named
	if text, record, ok := ev.recordFor(named); ok && record != ev.Record {
		sub.RecordText, sub.Record = text, record
		d.log.Info("the record of the members named", "evidence", sub.String(), "record", text)
	}
	txID, err := d.txID(ActionFile, key, FileTxID(key, named))
	if err != nil {
		return err
	}
	id, err := d.filer.File(ctx, txID, sub)
	if errors.Is(err, ErrTooOld) {
		d.log.Warn("the Slasher refuses the range as too old; not filing", "evidence", ev.String(), "err", err)
		if err := d.kv.Delete(bondKey(key, named)); err != nil {
			return fmt.Errorf("free the bond budget: %w", err)
		}
		return d.remember(ev, ActionFile, ResultSkipped, key, 0)
	}
	if errors.Is(err, ErrNotYet) {
		return err // the bond spend stays, and is this filing's when it is sent again
	}
	if err != nil {
		return d.reverted(ActionFile, key, err)
	}
	if err := d.note(ctx, w, Filed{ID: id, ProposalInfo: ProposalInfo{Proposer: d.me, Kind: KindInactivity, Key: key,
		Validators: named}}); err != nil {
		return err
	}
	return d.spent(key, named, id)
}

// unnamed returns the members of ev.Validators that no proposal names yet among those this
// watcher counts: its own (found in the logs, or just filed; in any state) and the live ones of
// others it accepts (accepted, below), with the first of its own and of the others' ids (0: none). The window's
// filing is done once none is left (review r18i A: one filing naming the first
// inactivity-max-named members, recorded done, left the rest unfiled for good).
func (d *Driver) unnamed(ctx context.Context, ev Evidence, w *inactWatch) (own, other uint64, left []common.Address, err error) {
	covered := map[common.Address]bool{}
	for _, id := range sortedIDs(w.found) {
		f := w.found[id]
		if f.Proposer != d.me {
			continue
		}
		// Whatever its state: a defeated one is not filed again (the vote was the decision), and
		// the same members would be the same transaction (FileTxID), its receipt the same id.
		if own == 0 {
			own = id
		}
		for _, v := range f.Validators {
			covered[v] = true
		}
	}
	for _, id := range rankedIDs(w.found) {
		f := w.found[id]
		if f.Proposer == d.me || !containsAny(ev.Validators, f.Validators, covered) {
			continue
		}
		ok, err := d.accepted(ctx, ev, w, f)
		if err != nil {
			return 0, 0, nil, err
		}
		if !ok {
			continue
		}
		if other == 0 {
			other = id
		}
		for _, v := range f.Validators {
			covered[v] = true
		}
	}
	for _, v := range ev.Validators {
		if !covered[v] {
			left = append(left, v)
		}
	}
	return own, other, left, nil
}

// containsAny reports whether vs names a member of set not in covered.
func containsAny(set, vs []common.Address, covered map[common.Address]bool) bool {
	for _, v := range vs {
		if !covered[v] && slices.Contains(set, v) {
			return true
		}
	}
	return false
}

// heldProposal is what accepted read of a proposal in this tick: closed (defeated or expired),
// else its content.
type heldProposal struct {
	closed bool
	p      ProposalInfo
}

// accepted reports whether proposal f kept on w's window, not this watcher's own, is one it
// counts as naming its members: not defeated or expired, held by the chain as its log showed it,
// its filing accepted by checkFiling (the record this watcher gives) and every member it names
// judged inactive (notJudged). Filing beside it would cost a bond per member and split the
// honest votes (review r18f F4): the watcher votes for it instead.
func (d *Driver) accepted(ctx context.Context, ev Evidence, w *inactWatch, f Filed) (bool, error) {
	// Kept only once checked (note): the verdict is read from the cache, no call.
	why, err := d.checkFiling(ctx, w, f)
	if err != nil && !errors.Is(err, errReadBudget) {
		return false, err
	}
	if err != nil || why != "" {
		return false, nil
	}
	// Read once a tick: fileInactivity asks again after each proposal it files (review r18i: the
	// reads were outside every bound, twice per candidate per proposal filed).
	h, ok := d.held[f.ID]
	if !ok {
		st, _, err := d.filer.State(ctx, f.ID)
		if err != nil {
			return false, err
		}
		h.closed = st == StateDefeated || st == StateExpired
		if !h.closed {
			if h.p, err = d.filer.Proposal(ctx, f.ID); err != nil {
				return false, err
			}
		}
		d.held[f.ID] = h
	}
	if h.closed {
		return false, nil
	}
	return sameProposal(h.p, f.ProposalInfo) && d.notJudged(ev, h.p) == "", nil
}

// nameOrder is vs in the order this watcher names them when it cannot name all at once
// (watcher.inactivity-max-named, the bond budget): by keccak256(watcher, window, member), an
// order no one but this watcher's key picks (review r18i A: "the first by address" let a guilty
// member with a high address hide behind inactive members with lower ones at every watcher
// alike). Different watchers name different members first, so together they name more of them
// sooner.
func (d *Driver) nameOrder(window common.Hash, vs []common.Address) []common.Address {
	out := slices.Clone(vs)
	rank := make(map[common.Address]common.Hash, len(out))
	for _, v := range out {
		rank[v] = crypto.Keccak256Hash(d.me[:], window[:], v[:])
	}
	sort.Slice(out, func(i, j int) bool { return rank[out[i]].Cmp(rank[out[j]]) < 0 })
	return out
}

// errBondBudget keeps a window's filing pending: watcher.inactivity-bonds-per-day is spent.
var errBondBudget = errors.New("watcher: the inactivity bond budget of the last 24 hours is spent")

// bondSpend is one of this watcher's inactivity filings in the bond budget: when, the members
// named (a bond each), and its proposal once filed (0: being filed).
type bondSpend struct {
	At       time.Time        `json:"at"`
	Bonds    int              `json:"bonds"`
	Members  []common.Address `json:"members,omitempty"`
	Proposal uint64           `json:"proposal,omitempty"`
}

const bondPrefix = "watcher/inactivity-bonds/"

// bondKey is the spend of the filing on window naming members (sorted).
func bondKey(window common.Hash, members []common.Address) []byte {
	buf := make([]byte, 0, common.AddressLength*len(members))
	for _, v := range members {
		buf = append(buf, v[:]...)
	}
	return []byte(bondPrefix + window.Hex() + "/" + crypto.Keccak256Hash(buf).Hex())
}

// bondBudget picks the members of order (the window's unnamed members, in nameOrder) the next
// filing on ev's window names: at most watcher.inactivity-max-named, and at most the bonds
// watcher.inactivity-bonds-per-day leaves at risk over the last 24 hours (review r18d L-c: a
// hostile node marking a third of a committee inactive costs at most this much a day). It
// records the spend before the filing is sent (kill -9 cannot lose it): a spend recorded but not
// filed yet (a crash, a failed send) is sent again as it was (the same transaction, FileTxID).
// A spend whose proposal executed is released at once (its bond came back: review r18i A, real
// inactivity earlier in the day must not blind the watcher to a later window); one defeated or
// expired (its bond lost or at stake) and one still live count until they are a day old. With
// no bond left it returns errBondBudget: the window stays pending until bonds are released or
// age out, or its age bound passes.
func (d *Driver) bondBudget(ctx context.Context, ev Evidence, order []common.Address) ([]common.Address, error) {
	key, now := ev.Key(), d.now()
	type entry struct {
		k []byte
		s bondSpend
	}
	var live []entry
	var b store.Batch
	err := d.kv.Each([]byte(bondPrefix), func(k, v []byte) error {
		var s bondSpend
		if err := json.Unmarshal(v, &s); err != nil || !now.Before(s.At.Add(24*time.Hour)) {
			b.Delete(slices.Clone(k))
			return nil
		}
		live = append(live, entry{slices.Clone(k), s})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read the inactivity bond budget: %w", err)
	}
	spent := 0
	var retry []common.Address
	for _, e := range live {
		if e.s.Proposal != 0 {
			st, _, err := d.filer.State(ctx, e.s.Proposal)
			if err != nil {
				return nil, err
			}
			if st == StateExecuted {
				b.Delete(e.k) // passed: the bond is back
				continue
			}
		} else if strings.HasPrefix(string(e.k), bondPrefix+key.Hex()+"/") && len(e.s.Members) > 0 &&
			containsAll(order, e.s.Members) && retry == nil {
			retry = e.s.Members
		}
		spent += e.s.Bonds
	}
	if err := d.kv.Write(&b); err != nil {
		return nil, fmt.Errorf("update the inactivity bond budget: %w", err)
	}
	if retry != nil {
		return retry, nil // recorded before a send that did not return: the same transaction again
	}
	named := order
	if m := d.maxNamed(); m > 0 && len(named) > m {
		named = named[:m]
	}
	limit := d.cfg.Settings.InactivityBondsPerDay
	if limit > 0 {
		left := max(0, limit-spent)
		if left == 0 {
			if !d.budgetLogged[key] {
				d.budgetLogged[key] = true
				d.log.Warn("not filing yet: watcher.inactivity-bonds-per-day is at risk over the last 24 hours",
					"evidence", ev.String(), "at_risk", spent, "budget", limit, "unnamed", len(order))
			}
			return nil, errBondBudget
		}
		named = named[:min(len(named), left)]
	}
	named = sortAddresses(named)
	raw, err := json.Marshal(bondSpend{At: now.UTC(), Bonds: len(named), Members: named})
	if err != nil {
		return nil, fmt.Errorf("encode the inactivity bond spend: %w", err)
	}
	if err := d.kv.Put(bondKey(key, named), raw); err != nil {
		return nil, fmt.Errorf("record the inactivity bond spend: %w", err)
	}
	return named, nil
}

// spent records proposal id as the filing of the spend on window naming members.
func (d *Driver) spent(window common.Hash, members []common.Address, id uint64) error {
	k := bondKey(window, members)
	raw, err := d.kv.Get(k)
	if errors.Is(err, store.ErrNotFound) {
		return nil // no budget recorded (or it aged out)
	}
	if err != nil {
		return fmt.Errorf("read the inactivity bond spend: %w", err)
	}
	var s bondSpend
	if err := json.Unmarshal(raw, &s); err != nil {
		return fmt.Errorf("decode the inactivity bond spend: %w", err)
	}
	s.Proposal = id
	if raw, err = json.Marshal(s); err != nil {
		return fmt.Errorf("encode the inactivity bond spend: %w", err)
	}
	if err := d.kv.Put(k, raw); err != nil {
		return fmt.Errorf("record the inactivity bond spend: %w", err)
	}
	return nil
}

// relog reads the log of proposal want again just before this watcher votes for it, and notes
// every log of its block again (note judges a changed one again, and one not seen before): an
// L1 reorg deeper than watcher.log-confirmations may have replaced its filing under the same id
// (review r18h F2a), or mined it in another block (its receipt says which: that block is read
// the same way once confirmed). It returns the proposal as kept now, nil if it no longer is (put aside,
// or ranked out).
func (d *Driver) relog(ctx context.Context, ev Evidence, want Filed) (*Filed, error) {
	w := d.watches[ev.Key()]
	if w == nil {
		return &want, nil
	}
	fs, err := d.filer.Filed(ctx, ev.Key(), want.Block, want.Block)
	if err != nil {
		return nil, fmt.Errorf("read the log of proposal %d again: %w", want.ID, err)
	}
	there := false
	for _, f := range fs {
		there = there || f.ID == want.ID
		if err := d.note(ctx, w, f); err != nil {
			return nil, err
		}
	}
	if !there {
		// A reorg may have mined the same transaction in another block (review r18i C: the
		// proposal was put aside for good though the chain holds it unchanged): its receipt
		// says where, and that block's logs are noted once it is confirmed.
		moved, err := d.filer.FilingBlock(ctx, want.TxHash)
		if err != nil {
			return nil, err
		}
		if moved != 0 && moved == want.Block {
			// Nothing moved: the log read was wrong (an RPC backend lagging behind another).
			// Read again at the next tick rather than put an honest filing aside for good
			// (review r18l L1).
			return nil, fmt.Errorf("proposal %d: its receipt names L1 block %d, whose logs came back without it: read again later",
				want.ID, moved)
		}
		if moved != 0 && moved != want.Block {
			if moved > d.confNum {
				return nil, errNotConfirmed
			}
			if fs, err = d.filer.Filed(ctx, ev.Key(), moved, moved); err != nil {
				return nil, fmt.Errorf("read the log of proposal %d in L1 block %d: %w", want.ID, moved, err)
			}
			for _, f := range fs {
				there = there || f.ID == want.ID
				if err := d.note(ctx, w, f); err != nil {
					return nil, err
				}
			}
			if g, ok := w.found[want.ID]; there && ok && g.TxHash == want.TxHash {
				g.Block = moved
				w.found[want.ID] = g
				d.log.Info("an L1 reorg moved the filing of an inactivity proposal to another block", "proposal", want.ID,
					"was", want.Block, "now", moved, "evidence", ev.String())
			}
		}
	}
	if !there {
		delete(w.found, want.ID)
		if err := d.reopen(ev, want.ID); err != nil {
			return nil, err
		}
		return nil, d.putAside(ev, want.ID, fmt.Sprintf("its log is gone from L1 block %d (an L1 reorg)", want.Block))
	}
	cur, ok := w.found[want.ID]
	if !ok {
		return nil, nil
	}
	return &cur, nil
}

// sameProposal reports whether the chain's proposal p is the one a log showed as f: a reorg may
// have given its id to another filing (review r18f F3), whose transaction was not checked.
func sameProposal(p, f ProposalInfo) bool {
	return p.Proposer == f.Proposer && p.Kind == f.Kind && p.Key == f.Key && slices.Equal(p.Validators, f.Validators)
}

func containsAll(set, sub []common.Address) bool {
	for _, a := range sub {
		if !slices.Contains(set, a) {
			return false
		}
	}
	return true
}

// watchInactivity reads the proposals on every watched window, votes (watcher.vote: for) for
// those notJudged accepts, and drops a window once no proposal can be added to it and each one
// found is voted on or put aside: the calls per tick do not grow with uptime.
//
// The tick's reads (maxVoteReadsPerTick) are shared over the windows in key order from
// d.watchFrom (review r18f L4: in plain key order, windows whose proposals cost reads every tick,
// pending votes, starved the ones after them). When the budget runs out in a window, the next
// tick starts at that window if it was not first (it gets the whole budget), else at the one
// after it: the start moves on every tick the budget runs out, so every window is served in full
// or comes first within as many ticks as there are windows.
func (d *Driver) watchInactivity(ctx context.Context) error {
	var errs []error
	order := rotated(sortedKeys(d.watches), d.watchFrom)
	ranOut := d.reads >= maxVoteReadsPerTick // spent before any window: the start stays
	for i, key := range order {
		before := d.reads
		if err := d.watchWindow(ctx, key); err != nil {
			errs = append(errs, err)
		}
		if !ranOut && before < maxVoteReadsPerTick && d.reads >= maxVoteReadsPerTick {
			ranOut, d.watchFrom = true, key
			if i == 0 {
				d.watchFrom = order[(i+1)%len(order)]
			}
		}
	}
	return errors.Join(errs...)
}

// watchWindow reads the proposals on window key, votes, and drops the window once settled.
func (d *Driver) watchWindow(ctx context.Context, key common.Hash) error {
	w := d.watches[key]
	var errs []error
	if err := d.scan(ctx, key, w); err != nil {
		// The proposals found so far are voted on all the same (review r18i B: an unreadable
		// log stopped every vote on the window, this watcher's own included); the window is not
		// closed, so it is not dropped.
		errs = append(errs, err)
	}
	settled := true
	if d.cfg.Settings.Vote == VoteFor {
		var err error
		if settled, err = d.voteWindow(ctx, w); err != nil {
			errs = append(errs, err)
		}
	}
	if _, filing := d.pending[key]; !w.closed || !settled || filing {
		return errors.Join(errs...)
	}
	if err := d.kv.Delete(watchKey(key)); err != nil {
		return errors.Join(append(errs, fmt.Errorf("drop inactivity watch: %w", err))...)
	}
	delete(d.watches, key)
	delete(d.verified, key)
	votes, err := d.dropWindowVotes(key)
	if err != nil {
		errs = append(errs, err) // the records stay; nothing reads them
	}
	d.log.Info("inactivity window settled: no proposal can be added, each one found was voted on or put aside",
		"evidence", w.Evidence.String(), "proposals", len(w.found), "vote_records_dropped", votes)
	return errors.Join(errs...)
}

// voteWindow votes for the proposals kept on w's window (see note): this watcher's own first,
// then by id (castFor reads each again from the chain just before the vote). It reports whether
// every proposal kept has its vote recorded.
func (d *Driver) voteWindow(ctx context.Context, w *inactWatch) (bool, error) {
	ev := w.Evidence
	var own, others []uint64
	for _, id := range sortedIDs(w.found) {
		if w.found[id].Proposer == d.me {
			own = append(own, id)
		} else {
			others = append(others, id)
		}
	}
	settled := true
	var errs []error
	for _, id := range append(own, others...) {
		vkey := common.BigToHash(new(big.Int).SetUint64(id))
		r, err := d.done(ActionVote, vkey)
		if err != nil {
			return false, err
		}
		if r != nil {
			continue
		}
		if d.reads >= maxVoteReadsPerTick {
			settled = false
			continue
		}
		f, ok := w.found[id]
		if !ok {
			continue // dropped while an earlier vote read its block again (relog)
		}
		d.reads++
		recorded, err := d.castFor(ctx, ev, id, &f)
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

// rotated is keys (sorted) from the first at or after from on, then the ones before it.
func rotated(keys []common.Hash, from common.Hash) []common.Hash {
	i := sort.Search(len(keys), func(i int) bool { return keys[i].Cmp(from) >= 0 })
	return append(keys[i:len(keys):len(keys)], keys[:i]...)
}

func sortedKeys(m map[common.Hash]*inactWatch) []common.Hash {
	out := make([]common.Hash, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Cmp(out[j]) < 0 })
	return out
}
