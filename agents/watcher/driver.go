package watcher

import (
	"cmp"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sptn/sptn/agents/chainapi"
	"github.com/sptn/sptn/agents/internal/agent"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/internal/store"
	"github.com/sptn/sptn/agents/internal/testbreak"
	"github.com/sptn/sptn/agents/internal/txmgr"
	"github.com/sptn/sptn/bindings/rollup"
	"github.com/sptn/sptn/bindings/sptnerrors"
)

// Actions the watcher takes, the label values of sptn_watcher_actions_total.
const (
	ActionFile  = "file"  // a slash proposal filed
	ActionSlash = "slash" // an equivocation slashed without a vote
	ActionVote  = "vote"  // a vote cast
)

// Results of an action.
const (
	ResultDone    = "done"     // this watcher's transaction did it
	ResultByOther = "by_other" // the Slasher shows it done already (another watcher, or this one before a restart)
	ResultSkipped = "skipped"  // not votable (no voting power at the snapshot, or the vote closed)
)

// Metrics is what the driver records; NewMetrics implements it over the agent's registry.
type Metrics interface {
	RecordEvidence(kind string)
	RecordAction(action, result string)
	RecordFeeViolation(fee string)
	SetPending(n int)
}

// DriverConfig configures a Driver.
type DriverConfig struct {
	Rollup       common.Address
	StartBlock   uint64
	LogRange     uint64
	PollInterval time.Duration
	Settings     Settings
	// Genesis and SlotDuration are the rollup's; with HorizonSlots they bound what the
	// equivocation detector remembers: signatures of slots more than HorizonSlots before the
	// current one are forgotten (their signers can have left the stake by then). 0 keeps all.
	Genesis, SlotDuration, HorizonSlots uint64
	// StuckAfter is how long a tick may run before Ready fails (watcher.stuck-after); 0: never.
	StuckAfter time.Duration
	// EpochDuration is the rollup's, in slots (the inactivity windows are whole epochs).
	EpochDuration uint64
}

// Record is what the store holds for one action on one evidence key (or one vote).
type Record struct {
	Action   string      `json:"action"`
	Result   string      `json:"result"`
	Key      common.Hash `json:"key"`
	Evidence string      `json:"evidence"`
	Proposal uint64      `json:"proposal,omitempty"`
	At       time.Time   `json:"at"`
}

// Status is what the driver has seen and done.
type Status struct {
	Head     uint64
	Detected map[string]int // by evidence kind: pruned_epoch, equivocation
	Actions  map[string]int // by "<action>/<result>"
	Fees     int            // fee-policy violations reported
	Pending  int            // evidence not acted on yet
	Err      error
}

// Deps are what a Driver works with.
type Deps struct {
	Chain Chain
	Filer Filer
	Store store.KV
	// Me is the address the filer sends from.
	Me      common.Address
	Sources []HeaderSource
	// Sender sends the prune transactions (watcher.prune); nil when pruning is off.
	Sender Sender
	// Node is the node whose validator records inactivity proposals are filed from; nil: none.
	Node NodeRecords
	// Own are the watcher's own validators (watcher.own-validators, Me included by NewDriver):
	// never named in an inactivity proposal.
	Own     []common.Address
	Metrics Metrics
	Log     *slog.Logger
}

// Driver detects faults and acts on them.
type Driver struct {
	cfg     DriverConfig
	chain   Chain
	filer   Filer
	kv      store.KV
	me      common.Address
	sources []HeaderSource
	sender  Sender
	metrics Metrics
	log     *slog.Logger
	abi     *rollup.Rollup
	node    NodeRecords
	inact   *inactivityTracker

	det      *Detector
	next     uint64 // next L1 block to scan for ChainPruned
	pending  map[common.Hash]Evidence
	verified map[common.Hash]Evidence // every evidence found this run, for voting
	voteDone map[common.Hash]bool     // evidence keys whose proposal's vote is recorded
	// watches are the inactivity windows whose proposals are read from the Slasher's logs
	// (inactwatch.go), persisted and loaded once per run (watchesLoaded).
	watches       map[common.Hash]*inactWatch
	watchesLoaded bool
	// watchFrom is the window key watchInactivity starts at (round robin of the read budget).
	watchFrom common.Hash
	// headNum and headTime are the L1 head's at the current tick.
	headNum, headTime uint64
	// clockSlot is the rollup's current slot at the last tick (clockOK: known).
	clockSlot uint64
	clockOK   bool
	// now is the wall clock of the inactivity bond budget (time.Now; tests move it).
	now func() time.Time
	// budgetLogged are the windows whose wait for the bond budget was logged.
	budgetLogged map[common.Hash]bool
	// held are the proposals accepted read this tick, by id.
	held map[uint64]heldProposal
	// reads are the proposal reads of this tick (state, content, filing transaction), at most
	// maxVoteReadsPerTick.
	reads   int
	feeSeen map[common.Hash]bool
	maxDa   *big.Int
	maxL2   *big.Int
	// confNum and confTime are the confirmed L1 block's at the current tick
	// (watcher.log-confirmations below the head; confTime 0: not read).
	confNum, confTime uint64

	mu     sync.Mutex
	status Status
	tick   agent.TickState
}

// ErrNotSynced is the readiness failure before the first successful tick, or after a failed one.
var ErrNotSynced = errors.New("watcher: not synced with L1")

// NewDriver makes a driver.
func NewDriver(cfg DriverConfig, deps Deps) *Driver {
	maxDa, _ := parseWei(cfg.Settings.MaxFeePerDaGas)
	maxL2, _ := parseWei(cfg.Settings.MaxFeePerL2Gas)
	var inact *inactivityTracker
	if deps.Node != nil && cfg.EpochDuration > 0 {
		inact = newInactivityTracker(cfg.Settings.InactivityPolicy(append([]common.Address{deps.Me}, deps.Own...)),
			cfg.EpochDuration)
		inact.log = deps.Log
	}
	return &Driver{
		cfg: cfg, chain: deps.Chain, filer: deps.Filer, kv: deps.Store, me: deps.Me, sources: deps.Sources,
		sender: deps.Sender, metrics: deps.Metrics, log: deps.Log, node: deps.Node, inact: inact,
		abi: rollup.NewRollup(), det: NewDetector(), next: cfg.StartBlock,
		pending: map[common.Hash]Evidence{}, verified: map[common.Hash]Evidence{}, feeSeen: map[common.Hash]bool{},
		voteDone: map[common.Hash]bool{}, watches: map[common.Hash]*inactWatch{},
		maxDa: maxDa, maxL2: maxL2, now: time.Now, budgetLogged: map[common.Hash]bool{}, held: map[uint64]heldProposal{},
		status: Status{Detected: map[string]int{}, Actions: map[string]int{}, Err: ErrNotSynced},
	}
}

// Status returns a copy of the driver's status.
func (d *Driver) Status() Status {
	d.mu.Lock()
	defer d.mu.Unlock()
	s := d.status
	s.Detected, s.Actions = map[string]int{}, map[string]int{}
	for k, v := range d.status.Detected {
		s.Detected[k] = v
	}
	for k, v := range d.status.Actions {
		s.Actions[k] = v
	}
	return s
}

// Ready is the `synced` readiness check: the last tick succeeded, and the one in progress has
// not run past watcher.stuck-after.
func (d *Driver) Ready(context.Context) error {
	if err := d.tick.Stuck(d.cfg.StuckAfter); err != nil {
		return err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.status.Err
}

// Run ticks every poll interval until ctx ends. A failed tick is logged and retried at the next.
func (d *Driver) Run(ctx context.Context) {
	agent.Tick(ctx, d.cfg.PollInterval, d.log, "watcher", d.Tick)
}

// Tick reads what is new on L1 and in the header sources, then acts on the evidence found.
func (d *Driver) Tick(ctx context.Context) (err error) {
	d.tick.Begin()
	defer d.tick.End()
	defer func() {
		d.mu.Lock()
		d.status.Err = err
		d.status.Pending = len(d.pending)
		d.mu.Unlock()
		d.metrics.SetPending(len(d.pending))
	}()
	head, err := d.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("read L1 head: %w", err)
	}
	d.mu.Lock()
	d.status.Head = head.Number.Uint64()
	d.mu.Unlock()
	d.headNum, d.headTime = head.Number.Uint64(), head.Time
	d.confNum, d.confTime = d.headNum, d.headTime
	d.reads = 0
	clear(d.held)
	// The rollup's current slot by the later of the L1 head's time and this machine's clock: the
	// head lags by a block or more when L1 misses one, and a node's last slot may be that far
	// ahead of it without lying.
	if now := max(head.Time, uint64(max(0, time.Now().Unix()))); d.cfg.SlotDuration > 0 && now >= d.cfg.Genesis {
		d.clockSlot, d.clockOK = (now-d.cfg.Genesis)/d.cfg.SlotDuration, true
	}
	if c := d.cfg; c.HorizonSlots > 0 && c.SlotDuration > 0 && head.Time > c.Genesis {
		if slot := (head.Time - c.Genesis) / c.SlotDuration; slot > c.HorizonSlots {
			d.det.Forget(slot - c.HorizonSlots)
		}
	}
	var errs []error
	if d.cfg.Settings.Prune && d.sender != nil {
		if err := d.prune(ctx); err != nil {
			errs = append(errs, err) // not fatal to the tick: detection goes on
		}
	}
	if err := d.scanPruned(ctx, head.Number.Uint64()); err != nil {
		return err
	}
	for _, src := range d.sources {
		shs, err := src.Poll(ctx)
		if r, ok := src.(Resumable); ok {
			if perr := d.kv.Put(cursorKey(src.Name()), encodeUint(r.Next())); perr != nil {
				return fmt.Errorf("persist %s scan position: %w", src.Name(), perr)
			}
		}
		for _, sh := range shs {
			d.checkFees(sh)
			for _, ev := range d.det.Add(sh) {
				d.log.Warn("equivocation found", "attester", ev.Equivocation.Attester, "slot", sh.Header.Slot,
					"source", src.Name(), "origin", sh.Origin)
				d.found(ev)
			}
		}
		if err != nil {
			return fmt.Errorf("poll %s headers: %w", src.Name(), err)
		}
	}
	if d.inact != nil {
		if err := d.loadWatches(); err != nil {
			return err
		}
		if err := d.readConfirmed(ctx); err != nil {
			errs = append(errs, err) // the windows are read up to it all the same, and not closed
		}
		if err := d.readRecords(ctx); err != nil {
			errs = append(errs, err) // not fatal to the tick: the other evidence goes on
		}
	}
	for key, ev := range d.pending {
		if err := d.act(ctx, ev); errors.Is(err, errBondBudget) {
			continue // filed once bonds of the last 24 hours age out (or skipped past the age bound)
		} else if errors.Is(err, ErrNotYet) {
			d.log.Debug("the window is judged, L1 has not ended it yet: filing at a later tick", "evidence", ev.String())
			continue
		} else if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", ev, err))
			continue
		}
		delete(d.pending, key)
	}
	if d.cfg.Settings.Vote == VoteFor {
		if err := d.vote(ctx); err != nil {
			errs = append(errs, err)
		}
	}
	if err := d.executePassed(ctx); err != nil {
		errs = append(errs, err)
	}
	if len(d.watches) > 0 {
		if err := d.watchInactivity(ctx); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// readConfirmed reads the confirmed L1 block: watcher.log-confirmations below the head, the
// last block the Slasher's ProposalFiled logs are read up to.
func (d *Driver) readConfirmed(ctx context.Context) error {
	c := d.cfg.Settings.LogConfirmations
	if c == 0 {
		return nil
	}
	d.confNum, d.confTime = d.headNum-min(d.headNum, c), 0
	h, err := d.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(d.confNum))
	if err != nil {
		return fmt.Errorf("read L1 block %d: %w", d.confNum, err)
	}
	d.confTime = h.Time
	return nil
}

// maxSlotsAhead is how far past the L1 clock's current slot an honest node's record may reach:
// the pending chain admits a seal up to two slots ahead (app's freshness bound, by each member's
// clock) and decides it at the next height, and a member's clock may be a slot ahead of the
// watcher's. A bound of one let a member sealing two slots ahead, once a window, blind every
// watcher (review r18l H1).
const maxSlotsAhead = 3

// readRecords reads the node's validator records and turns every window of
// watcher.inactivity-epochs epochs that the record holds completely into evidence against the
// members the policy names.
func (d *Driver) readRecords(ctx context.Context) error {
	d.inact.limit = 0
	if d.clockOK {
		d.inact.limit = d.clockSlot + maxSlotsAhead
	}
	ctx, cancel := context.WithTimeout(ctx, cmp.Or(d.cfg.Settings.InactivityReadBudget, nodeReadBudget))
	defer cancel()
	v, err := d.node.Validators(ctx)
	if err != nil {
		// Nothing was read, so nothing is missing: the next reading goes on from the last one
		// (observe restarts the coverage where duties passed unread). Marking the node unknown
		// here restarted it on every failed request: one timeout a window, which anyone loading
		// a public chain API can cause, kept every window from being judged (review r18l M3).
		// Before the first reading, the node stays unknown.
		return fmt.Errorf("read the node's validator records: %w", err)
	}
	var details []chainapi.Validator
	if v.Synced && v.Peers >= d.inact.policy.MinPeers && d.inact.health == nil && d.inact.ahead(v) == "" {
		for _, a := range d.inact.stale(v) {
			m, err := d.node.Validator(ctx, a)
			if err != nil {
				return fmt.Errorf("read the node's record of %s: %w", a, err)
			}
			details = append(details, m)
		}
	}
	before := d.inact.health
	if why := d.inact.observe(v, details); why != "" {
		if d.inact.health != nil {
			if before == nil || errors.Is(before, ErrNodeUnknown) {
				d.log.Warn("not judging inactivity while the node's reading is unusable (too few peers, not synced, or ahead of L1)",
					"why", why, "peers", v.Peers, "synced", v.Synced, "min_peers", d.inact.policy.MinPeers,
					"last_slot", v.LastSlot)
			}
		} else {
			d.log.Info("inactivity record starts", "from_slot", d.inact.coveredFrom, "why", why)
		}
	}
	for _, ev := range d.inact.windows() {
		if len(ev.Validators) == 0 {
			if d.cfg.Settings.Vote != VoteFor {
				continue
			}
			d.log.Info("members missed more than watcher.inactivity-share of their slots; filing against none of them "+
				"(watcher.file-inactivity, watcher.inactivity-always), voting on the proposals naming them",
				"evidence", ev.String(), "inactive", ev.Inactive)
			if err := d.addWatch(ev); err != nil {
				return err
			}
			continue
		}
		d.log.Warn("members missed more than watcher.inactivity-share of their slots", "evidence", ev.String(),
			"validators", ev.Validators, "record", ev.RecordText)
		if err := d.addWatch(ev); err != nil {
			return err
		}
		d.found(ev)
	}
	return nil
}

// prune calls Rollup.prune when the oldest unproven epoch's window has passed: the evidence
// (isEpochPruned) exists only once someone prunes, which otherwise waits for the next propose.
// The idempotency key names the chain state pruned, so several watchers and restarts send at
// most one prune each, and the estimate of a late one fails with Rollup__NotPrunable.
func (d *Driver) prune(ctx context.Context) error {
	raw, err := d.chain.CallContract(ctx, ethereum.CallMsg{To: &d.cfg.Rollup, Data: d.abi.PackCanPrune()}, nil)
	if err != nil {
		return fmt.Errorf("read canPrune: %w", err)
	}
	can, err := d.abi.UnpackCanPrune(raw)
	if err != nil || !can {
		return err
	}
	raw, err = d.chain.CallContract(ctx, ethereum.CallMsg{To: &d.cfg.Rollup, Data: d.abi.PackGetTips()}, nil)
	if err != nil {
		return fmt.Errorf("read tips: %w", err)
	}
	tips, err := d.abi.UnpackGetTips(raw)
	if err != nil {
		return fmt.Errorf("read tips: %w", err)
	}
	id := fmt.Sprintf("prune/%s/%s", tips.ProvenNumber, common.Hash(tips.AssuredHash).Hex())
	_, err = d.sender.Send(ctx, txmgr.TxCandidate{ID: id, To: &d.cfg.Rollup, Data: d.abi.PackPrune()})
	if v, ok := protocol.DecodeRevert(err); ok {
		if _, late := v.(*sptnerrors.ErrorsLibRollupNotPrunable); late {
			return nil // someone pruned first
		}
	}
	if err != nil && !errors.Is(err, txmgr.ErrReverted) {
		return fmt.Errorf("prune: %w", err)
	}
	if err == nil {
		d.log.Info("pruned the assured chain: an epoch's proof window passed unproven", "proven", tips.ProvenNumber,
			"assured", tips.AssuredNumber)
	}
	return nil
}

// Resumable is a HeaderSource whose scan position the driver persists, so that a restart
// resumes near it (see watcher.lookback-blocks) instead of at the start block.
type Resumable interface {
	Next() uint64
}

func cursorKey(source string) []byte { return []byte("watcher/cursor/" + source) }

func encodeUint(v uint64) []byte { return binary.BigEndian.AppendUint64(nil, v) }

// ResumeFrom returns where a source should start: start, or the persisted position minus
// lookback if that is later.
func ResumeFrom(kv store.KV, source string, start, lookback uint64) (uint64, error) {
	raw, err := kv.Get(cursorKey(source))
	if errors.Is(err, store.ErrNotFound) {
		return start, nil
	}
	if err != nil {
		return 0, fmt.Errorf("read %s scan position: %w", source, err)
	}
	if len(raw) != 8 {
		return 0, fmt.Errorf("read %s scan position: %d bytes, want 8", source, len(raw))
	}
	saved := binary.BigEndian.Uint64(raw)
	if saved > start+lookback {
		return saved - lookback, nil
	}
	return start, nil
}

// scanPruned reads ChainPruned logs up to head and turns each epoch the rollup marks as pruned
// unproven into evidence against its committee.
func (d *Driver) scanPruned(ctx context.Context, head uint64) error {
	for d.next <= head {
		to := min(head, d.next+d.cfg.LogRange-1)
		logs, err := d.chain.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(d.next), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{d.cfg.Rollup}, Topics: [][]common.Hash{{protocol.ChainPrunedID}},
		})
		if err != nil {
			return fmt.Errorf("read ChainPruned logs %d-%d: %w", d.next, to, err)
		}
		for i := range logs {
			ev, err := d.abi.UnpackChainPrunedEvent(&logs[i])
			if err != nil {
				return fmt.Errorf("decode ChainPruned: %w", err)
			}
			if err := d.prunedEpoch(ctx, ev.Epoch); err != nil {
				return err
			}
		}
		d.next = to + 1
	}
	return nil
}

func (d *Driver) prunedEpoch(ctx context.Context, epoch *big.Int) error {
	raw, err := d.chain.CallContract(ctx, ethereum.CallMsg{To: &d.cfg.Rollup, Data: d.abi.PackIsEpochPruned(epoch)}, nil)
	if err != nil {
		return fmt.Errorf("read isEpochPruned(%s): %w", epoch, err)
	}
	pruned, err := d.abi.UnpackIsEpochPruned(raw)
	if err != nil {
		return fmt.Errorf("read isEpochPruned(%s): %w", epoch, err)
	}
	if !pruned {
		return nil // the log of a block an L1 reorg removed
	}
	raw, err = d.chain.CallContract(ctx, ethereum.CallMsg{To: &d.cfg.Rollup, Data: d.abi.PackGetEpochCommittee(epoch)}, nil)
	if err != nil {
		return fmt.Errorf("read committee of epoch %s: %w", epoch, err)
	}
	committee, err := d.abi.UnpackGetEpochCommittee(raw)
	if err != nil {
		return fmt.Errorf("read committee of epoch %s: %w", epoch, err)
	}
	if len(committee) == 0 {
		return nil
	}
	ev := Evidence{Kind: KindPrunedEpoch, Epoch: epoch.Uint64(), Validators: sortAddresses(committee)}
	if testbreak.On("whole-committee") {
		ev.Validators = ev.Validators[:1]
	}
	d.log.Warn("epoch pruned unproven", "epoch", epoch, "committee", len(committee))
	d.found(ev)
	return nil
}

func kindName(k uint8) string {
	switch k {
	case KindPrunedEpoch:
		return "pruned_epoch"
	case KindInactivity:
		return "inactivity"
	}
	return "equivocation"
}

func (d *Driver) found(ev Evidence) {
	key := ev.Key()
	if _, ok := d.verified[key]; ok {
		return
	}
	d.verified[key] = ev
	d.pending[key] = ev
	d.metrics.RecordEvidence(kindName(ev.Kind))
	d.mu.Lock()
	d.status.Detected[kindName(ev.Kind)]++
	d.mu.Unlock()
}

// checkFees reports a header whose named prices exceed the policy (once per header).
func (d *Driver) checkFees(sh SignedHeader) {
	h := sh.Header
	hash := protocol.HeaderHash(h)
	if d.feeSeen[hash] {
		return
	}
	for _, c := range []struct {
		name       string
		got, limit *big.Int
	}{{"da", h.FeePerDaGas, d.maxDa}, {"l2", h.FeePerL2Gas, d.maxL2}} {
		if c.limit == nil || c.limit.Sign() == 0 || c.got == nil || c.got.Cmp(c.limit) <= 0 {
			continue
		}
		d.feeSeen[hash] = true
		d.log.Warn("proposer's fee above the watcher's policy (reported, not filed: the Slasher has no evidence kind for it)",
			"fee", c.name, "named", c.got, "policy", c.limit, "slot", h.Slot, "coinbase", h.Coinbase, "origin", sh.Origin)
		d.metrics.RecordFeeViolation(c.name)
		d.mu.Lock()
		d.status.Fees++
		d.mu.Unlock()
	}
}

// act takes the configured actions on one piece of evidence, each at most once.
func (d *Driver) act(ctx context.Context, ev Evidence) error {
	s := d.cfg.Settings
	switch ev.Kind {
	case KindPrunedEpoch:
		if !s.FilePruned {
			d.log.Info("not filing (watcher.file-pruned is false)", "evidence", ev.String())
			return nil
		}
		return d.file(ctx, ev)
	case KindEquivocation:
		if s.SlashEquivocation {
			if err := d.slash(ctx, ev); err != nil {
				return err
			}
		}
		if s.FileEquivocation {
			return d.file(ctx, ev)
		}
		return nil
	case KindInactivity:
		// Checked again at filing: the node may have lost its peers since the record was read.
		// (Past the age bound fileInactivity only records that nothing will be filed.)
		if err := d.inact.healthy(); err != nil && !d.pastAge(ev) {
			return err
		}
		return d.fileInactivity(ctx, ev)
	}
	return fmt.Errorf("unknown evidence kind %d", ev.Kind)
}

func recordKey(action string, key common.Hash) []byte {
	return []byte("watcher/done/" + action + "/" + key.Hex())
}

// done returns the stored record of action on key, if any.
func (d *Driver) done(action string, key common.Hash) (*Record, error) {
	raw, err := d.kv.Get(recordKey(action, key))
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read %s record: %w", action, err)
	}
	var r Record
	if err := json.Unmarshal(raw, &r); err != nil {
		return nil, fmt.Errorf("decode %s record: %w", action, err)
	}
	return &r, nil
}

// remember records action on key (a vote: on proposal id key). A vote on a proposal of an
// inactivity window is also indexed under the window (windowVoteKey), so that its record is
// dropped with the window (dropWindowVotes, review r18f L6: a flood of proposals would otherwise
// leave one record each for ever).
func (d *Driver) remember(ev Evidence, action, result string, key common.Hash, proposal uint64) error {
	r := Record{Action: action, Result: result, Key: key, Evidence: ev.String(), Proposal: proposal, At: time.Now().UTC()}
	raw, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("encode record: %w", err)
	}
	var b store.Batch
	b.Put(recordKey(action, key), raw)
	if action == ActionVote && ev.Kind == KindInactivity {
		b.Put(windowVoteKey(ev.Key(), key), nil)
	}
	if err := d.kv.Write(&b); err != nil {
		return fmt.Errorf("persist %s record: %w", action, err)
	}
	d.metrics.RecordAction(action, result)
	d.mu.Lock()
	d.status.Actions[action+"/"+result]++
	d.mu.Unlock()
	d.log.Info("slashing action recorded", "action", action, "result", result, "evidence", ev.String(),
		"key", key, "proposal", proposal)
	return nil
}

// windowVoteKey indexes the vote record of proposal vkey under the inactivity window key.
func windowVoteKey(window, vkey common.Hash) []byte {
	return []byte("watcher/inactivity-vote/" + window.Hex() + "/" + vkey.Hex())
}

// dropWindowVotes deletes the vote records (and retry counters) of every proposal on inactivity
// window key, once the window is dropped: no proposal on it is read again this run, and a restart
// that judges the window again reads each one's vote from the chain (hasVoted).
func (d *Driver) dropWindowVotes(window common.Hash) (int, error) {
	prefix := []byte("watcher/inactivity-vote/" + window.Hex() + "/")
	var b store.Batch
	err := d.kv.Each(prefix, func(k, _ []byte) error {
		vkey := common.HexToHash(string(k[len(prefix):]))
		b.Delete(recordKey(ActionVote, vkey))
		b.Delete(attemptKey(ActionVote, vkey))
		b.Delete(slices.Clone(k))
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("read the votes of inactivity window %s: %w", window, err)
	}
	n := b.Len() / 3
	if err := d.kv.Write(&b); err != nil {
		return 0, fmt.Errorf("drop the votes of inactivity window %s: %w", window, err)
	}
	return n, nil
}

func attemptKey(action string, key common.Hash) []byte {
	return []byte("watcher/attempt/" + action + "/" + key.Hex())
}

// txID is the txmgr idempotency key of the next attempt at action on key: base for the first,
// base/retry/<n> after n attempts whose transaction was mined and reverted. The txmgr answers a
// reverted ID with its reverted receipt again, so a retry needs a new one.
func (d *Driver) txID(action string, key common.Hash, base string) (string, error) {
	raw, err := d.kv.Get(attemptKey(action, key))
	if errors.Is(err, store.ErrNotFound) {
		return base, nil
	}
	if err != nil {
		return "", fmt.Errorf("read %s attempt: %w", action, err)
	}
	if len(raw) != 8 {
		return "", fmt.Errorf("read %s attempt: %d bytes, want 8", action, len(raw))
	}
	return fmt.Sprintf("%s/retry/%d", base, binary.BigEndian.Uint64(raw)), nil
}

// reverted moves action on key to its next attempt when err is a mined and reverted
// transaction (the next tick reads the Slasher again before it sends anything), and returns err.
func (d *Driver) reverted(action string, key common.Hash, err error) error {
	if !errors.Is(err, txmgr.ErrReverted) {
		return err
	}
	if perr := d.nextAttempt(action, key); perr != nil {
		return errors.Join(err, perr)
	}
	d.log.Warn("slashing action mined and reverted; it is tried again under a new transaction ID", "action", action,
		"key", key, "err", err)
	return err
}

// nextAttempt moves action on key to its next transaction ID.
func (d *Driver) nextAttempt(action string, key common.Hash) error {
	n := uint64(0)
	if raw, err := d.kv.Get(attemptKey(action, key)); err == nil && len(raw) == 8 {
		n = binary.BigEndian.Uint64(raw)
	}
	if err := d.kv.Put(attemptKey(action, key), encodeUint(n+1)); err != nil {
		return fmt.Errorf("persist %s attempt: %w", action, err)
	}
	return nil
}

// FileTxID is the txmgr idempotency key of the filing on an evidence key naming validators:
// a restart that finds the same members free sends the same transaction, and a filing on
// fewer members (others were named meanwhile) is a new one.
func FileTxID(key common.Hash, validators []common.Address) string {
	buf := make([]byte, 0, common.AddressLength*len(validators))
	for _, v := range validators {
		buf = append(buf, v[:]...)
	}
	return "slash/file/" + key.Hex() + "/" + crypto.Keccak256Hash(buf).Hex()
}

// fileAttempts bounds how often one tick re-reads the Slasher and files again after another
// filer named some of the same members first.
const fileAttempts = 3

// SlashTxID is the txmgr idempotency key of the vote-less equivocation slash on an evidence key.
func SlashTxID(key common.Hash) string { return "slash/equivocation/" + key.Hex() }

// VoteTxID is the txmgr idempotency key of the vote on a proposal.
func VoteTxID(id uint64) string { return fmt.Sprintf("slash/vote/%d", id) }

// file files a proposal on ev (a pruned epoch or an equivocation) naming every validator that no
// live or decided proposal on the evidence names yet, unless this watcher recorded a filing on
// it. The Slasher accounts this evidence per (evidence, validator) and fixes the consequence, so a
// proposal someone else filed on some members (a decoy included) carries the full slash for them
// and the watcher files on the rest. Inactivity evidence is fileInactivity's.
func (d *Driver) file(ctx context.Context, ev Evidence) error {
	key := ev.Key()
	if r, err := d.done(ActionFile, key); err != nil || r != nil {
		return err
	}
	for attempt := 1; ; attempt++ {
		ids, err := d.filer.Proposals(ctx, key, ev.Validators)
		if err != nil {
			return err
		}
		var free []common.Address
		named := map[uint64]bool{}
		for i, v := range ev.Validators {
			if ids[i] == 0 {
				free = append(free, v)
			} else {
				named[ids[i]] = true
			}
		}
		if len(free) == 0 {
			// Every member is named (by this watcher's own filing before a restart, or by
			// others): nothing is left to file.
			return d.rememberNamed(ctx, ev, key, named)
		}
		if len(named) > 0 {
			d.log.Info("some members are named by other proposals already; filing on the rest", "evidence", ev.String(),
				"named", len(ev.Validators)-len(free), "free", len(free))
		}
		sub := ev
		sub.Validators = free
		txID, err := d.txID(ActionFile, key, FileTxID(key, free))
		if err != nil {
			return err
		}
		id, err := d.filer.File(ctx, txID, sub)
		if errors.Is(err, ErrDoneByOther) && attempt < fileAttempts {
			continue // someone named some of them in between: read again
		}
		if err != nil {
			return d.reverted(ActionFile, key, err)
		}
		return d.remember(ev, ActionFile, ResultDone, key, id)
	}
}

// maxNamed is watcher.inactivity-max-named (0: no cap).
func (d *Driver) maxNamed() int {
	if d.inact == nil {
		return 0
	}
	return d.inact.policy.MaxNamed
}

// rememberNamed records a filing found done: by this watcher if it filed any of the proposals.
func (d *Driver) rememberNamed(ctx context.Context, ev Evidence, key common.Hash, named map[uint64]bool) error {
	result, first := ResultByOther, uint64(0)
	for id := range named {
		if first == 0 || id < first {
			first = id
		}
		p, err := d.filer.Proposal(ctx, id)
		if err != nil {
			return err
		}
		if p.Proposer == d.me {
			result = ResultDone
		}
	}
	return d.remember(ev, ActionFile, result, key, first)
}

// slash slashes an equivocation without a vote unless it was slashed already.
func (d *Driver) slash(ctx context.Context, ev Evidence) error {
	key := ev.Key()
	if r, err := d.done(ActionSlash, key); err != nil || r != nil {
		return err
	}
	e := ev.Equivocation
	already, err := d.filer.EquivocationSlashed(ctx, e.Attester, e.Header1.Slot)
	if err != nil {
		return err
	}
	if already {
		return d.remember(ev, ActionSlash, ResultByOther, key, 0)
	}
	txID, err := d.txID(ActionSlash, key, SlashTxID(key))
	if err != nil {
		return err
	}
	err = d.filer.SlashEquivocation(ctx, txID, e)
	if errors.Is(err, ErrDoneByOther) {
		return d.remember(ev, ActionSlash, ResultByOther, key, 0)
	}
	if err != nil {
		return d.reverted(ActionSlash, key, err)
	}
	return d.remember(ev, ActionSlash, ResultDone, key, 0)
}

// vote votes for every active proposal on a pruned epoch or an equivocation this watcher
// verified, once each: every proposal naming one of the evidence's validators (several may, each
// naming some of them). Inactivity windows are watchInactivity's.
func (d *Driver) vote(ctx context.Context) error {
	var errs []error
	for key, ev := range d.verified {
		if d.voteDone[key] || ev.Kind == KindInactivity {
			continue
		}
		ids, err := d.filer.Proposals(ctx, key, ev.Validators)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		seen := map[uint64]bool{}
		settled := true // every validator named by a proposal whose vote this watcher recorded
		for _, id := range ids {
			if id == 0 {
				settled = false
				continue
			}
			if seen[id] {
				continue
			}
			seen[id] = true
			recorded, err := d.voteOn(ctx, ev, id)
			if err != nil {
				errs = append(errs, err)
			}
			if !recorded {
				settled = false
			}
		}
		// A key is put aside once every proposal on it is decided for good (executed, defeated
		// or expired): its votes are recorded and the watcher does not file it again.
		if settled && d.allEnded(ctx, seen) {
			d.voteDone[key] = true
		}
	}
	return errors.Join(errs...)
}

// voteOn votes for proposal id once; it reports whether the vote on id is recorded.
func (d *Driver) voteOn(ctx context.Context, ev Evidence, id uint64) (bool, error) {
	vkey := common.BigToHash(new(big.Int).SetUint64(id))
	if r, err := d.done(ActionVote, vkey); err != nil || r != nil {
		return r != nil, err
	}
	return d.castFor(ctx, ev, id, nil)
}

// castFor votes for proposal id, whose vote is not recorded yet, if it is active (recorded
// by_other if this key voted already, skipped if the vote is over; an inactivity proposal is
// read again first and recorded skipped if it is no longer the one its log showed as want, whose
// filing transaction was checked, or notJudged rejects it now); it reports whether the vote on id
// is recorded now.
func (d *Driver) castFor(ctx context.Context, ev Evidence, id uint64, want *Filed) (bool, error) {
	vkey := common.BigToHash(new(big.Int).SetUint64(id))
	state, voted, err := d.filer.State(ctx, id)
	if err != nil {
		return false, err
	}
	switch {
	case voted:
		if err = d.keepForExecution(id); err == nil {
			err = d.remember(ev, ActionVote, ResultByOther, vkey, id)
		}
	case state == StatePending:
		return false, nil // voting has not started
	case state != StateActive:
		err = d.remember(ev, ActionVote, ResultSkipped, vkey, id)
	default:
		if ev.Kind == KindInactivity {
			if want != nil && want.Proposer != d.me {
				cur, err := d.relog(ctx, ev, *want)
				if errors.Is(err, errReadBudget) || errors.Is(err, errNotConfirmed) {
					return false, nil
				}
				if err != nil {
					return false, err
				}
				if cur == nil { // put aside now, or no longer ranked among those it votes for
					r, err := d.done(ActionVote, vkey)
					return r != nil, err
				}
				want = cur
			}
			// Judged on what the chain holds now, not on the proposal's log: a reorg may
			// have given its id to another filing (review r18f F3).
			p, err := d.filer.Proposal(ctx, id)
			if err != nil {
				return false, err
			}
			if want == nil || !sameProposal(p, want.ProposalInfo) {
				if err := d.reopen(ev, id); err != nil {
					return false, err
				}
				return true, d.putAside(ev, id, "the chain holds another filing under this id now than the one whose transaction was checked")
			}
			if why := d.notJudged(ev, p); why != "" {
				return true, d.putAside(ev, id, "as the chain holds it now: "+why)
			}
		}
		var txID string
		if txID, err = d.txID(ActionVote, vkey, VoteTxID(id)); err != nil {
			break
		}
		err = d.filer.Vote(ctx, txID, id)
		switch {
		case errors.Is(err, ErrDoneByOther):
			err = d.remember(ev, ActionVote, ResultByOther, vkey, id)
		case errors.Is(err, ErrNotVotable):
			d.log.Warn("cannot vote", "proposal", id, "err", err)
			err = d.remember(ev, ActionVote, ResultSkipped, vkey, id)
		case err == nil:
			if err = d.keepForExecution(id); err == nil {
				err = d.remember(ev, ActionVote, ResultDone, vkey, id)
			}
		default:
			err = d.reverted(ActionVote, vkey, err)
		}
	}
	return err == nil, err
}

// notJudged says why this watcher does not vote for inactivity proposal p ("" when it does):
// the guilt of the members an inactivity proposal names is only the voters' judgement (the
// Slasher checks committee membership, not the record), so the watcher votes for a proposal only
// if it is an INACTIVITY proposal on exactly ev's range and every member it names is one the
// watcher judged inactive in that range, none of them its own validator or in
// watcher.inactivity-never.
func (d *Driver) notJudged(ev Evidence, p ProposalInfo) string {
	if p.Kind != KindInactivity {
		return fmt.Sprintf("evidence kind %d, not INACTIVITY", p.Kind)
	}
	if p.Key != ev.Key() {
		return fmt.Sprintf("evidence key %s is not epochs %d-%d", p.Key, ev.FirstEpoch, ev.LastEpoch)
	}
	if len(p.Validators) == 0 {
		return "names no validator"
	}
	judged := map[common.Address]bool{}
	for _, a := range ev.Inactive {
		judged[a] = true
	}
	var pol InactivityPolicy
	if d.inact != nil {
		pol = d.inact.policy
	}
	for _, v := range p.Validators {
		switch {
		case pol.Own[v]:
			return fmt.Sprintf("names %s, this operator's own validator", v)
		case pol.Never[v]:
			return fmt.Sprintf("names %s, in watcher.inactivity-never", v)
		case !judged[v]:
			return fmt.Sprintf("names %s, whom this watcher's node did not see inactive in epochs %d-%d", v,
				ev.FirstEpoch, ev.LastEpoch)
		}
	}
	return ""
}

// allEnded reports whether every proposal in ids is executed, defeated or expired (best effort:
// false on error).
func (d *Driver) allEnded(ctx context.Context, ids map[uint64]bool) bool {
	for id := range ids {
		st, _, err := d.filer.State(ctx, id)
		if err != nil || (st != StateExecuted && st != StateDefeated && st != StateExpired) {
			return false
		}
	}
	return true
}
