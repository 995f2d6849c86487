package prover

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sptn/sptn/agents/internal/agent"
	"github.com/sptn/sptn/agents/internal/metrics"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/internal/testbreak"
	"github.com/sptn/sptn/agents/internal/txmgr"
	"github.com/sptn/sptn/bindings/rollup"
	"github.com/sptn/sptn/bindings/sptnerrors"
)

// Errors of the driver.
var (
	// ErrGaveUp is an epoch whose proof was tried max-attempts times without landing.
	ErrGaveUp = errors.New("prover: proof attempts exhausted")
	// ErrNotSynced is the readiness failure before the first successful tick, or after a failed one.
	ErrNotSynced = errors.New("prover: not synced with L1")
)

// Proof outcomes, the label values of sptn_prover_proofs_total.
const (
	OutcomeProven        = "proven"         // our proof landed
	OutcomeAlreadyProven = "already_proven" // another prover's proof landed first
	OutcomeReverted      = "reverted"       // our proof was mined and reverted (lost a race in one block)
	OutcomeReorged       = "reorged"        // our proof was removed by an L1 reorg; resubmitted
	OutcomeWindowMissed  = "window_missed"  // the epoch's proof window closed before a proof landed
)

// Sender sends transactions; *txmgr.Manager implements it.
type Sender interface {
	Send(ctx context.Context, c txmgr.TxCandidate) (*types.Receipt, error)
	// Revive puts a confirmed transaction that a deep reorg removed back in flight.
	Revive(ctx context.Context, id string) error
}

// Metrics is what the driver records; NewMetrics implements it over the agent's registry.
type Metrics interface {
	SetTip(chain string, block uint64)
	RecordProof(outcome string)
	ObserveProofLatency(seconds float64)
	SetWindowRemaining(seconds float64)
}

// DriverConfig configures a Driver.
type DriverConfig struct {
	Rollup       common.Address
	ChainID      *big.Int
	StartBlock   uint64
	LogRange     uint64
	Rescan       uint64
	PollInterval time.Duration
	MaxAttempts  int
	// StuckAfter is how long a tick may run before Ready fails (prover.stuck-after); 0: never.
	StuckAfter time.Duration
}

// Status is what the driver saw at its last tick.
type Status struct {
	// Head is the L1 block of the last successful tick.
	Head uint64
	// Assured and Proven are the rollup's tips at Head.
	Assured, Proven uint64
	// ProvenEpochs counts the epochs this prover's proofs proved.
	ProvenEpochs int
	// Outcomes counts proof outcomes by Outcome* name.
	Outcomes map[string]int
	// Err is the last tick's error (nil if it succeeded).
	Err error
}

// Driver proves the assured chain epoch by epoch.
type Driver struct {
	cfg     DriverConfig
	chain   Chain
	sender  Sender
	metrics Metrics
	log     *slog.Logger
	abi     *rollup.Rollup
	domain  protocol.Domain
	index   *index

	genesis, slotDur, epochDur uint64

	// byz misbehaves instead of proving honestly: set only in a build with the byzantine tag
	// (byzantine.go) when SPTN_BYZANTINE names a mode.
	byz byzantineProver

	mu      sync.Mutex
	status  Status
	missed  map[uint64]bool // epochs already reported as window_missed
	skipped map[string]bool // proof IDs already reported as already_proven
	tick    agent.TickState
}

// NewDriver reads the rollup's timing and returns a driver. Call Run to start it.
func NewDriver(ctx context.Context, cfg DriverConfig, chain Chain, sender Sender, m Metrics, log *slog.Logger) (*Driver, error) {
	d := &Driver{
		cfg: cfg, chain: chain, sender: sender, metrics: m, log: log, abi: rollup.NewRollup(),
		domain: protocol.Domain{ChainID: cfg.ChainID, Rollup: cfg.Rollup},
		index:  newIndex(chain, cfg.Rollup, cfg.StartBlock, cfg.LogRange, cfg.Rescan),
		status: Status{Outcomes: map[string]int{}, Err: ErrNotSynced}, missed: map[uint64]bool{},
		skipped: map[string]bool{},
	}
	for _, v := range []struct {
		dst    *uint64
		data   []byte
		unpack func([]byte) (*big.Int, error)
	}{
		{&d.genesis, d.abi.PackGENESISTIME(), d.abi.UnpackGENESISTIME},
		{&d.slotDur, d.abi.PackSLOTDURATION(), d.abi.UnpackSLOTDURATION},
		{&d.epochDur, d.abi.PackEPOCHDURATION(), d.abi.UnpackEPOCHDURATION},
	} {
		raw, err := d.call(ctx, v.data, nil)
		if err != nil {
			return nil, fmt.Errorf("read rollup timing: %w", err)
		}
		n, err := v.unpack(raw)
		if err != nil {
			return nil, fmt.Errorf("read rollup timing: %w", err)
		}
		*v.dst = n.Uint64()
	}
	if d.slotDur == 0 || d.epochDur == 0 {
		return nil, fmt.Errorf("rollup %s reports slot duration %d and epoch duration %d", cfg.Rollup, d.slotDur, d.epochDur)
	}
	if newByzantine != nil {
		d.byz = newByzantine(log)
	}
	return d, nil
}

// Status returns a copy of what the driver saw at its last tick.
func (d *Driver) Status() Status {
	d.mu.Lock()
	defer d.mu.Unlock()
	s := d.status
	s.Outcomes = make(map[string]int, len(d.status.Outcomes))
	for k, v := range d.status.Outcomes {
		s.Outcomes[k] = v
	}
	return s
}

// Ready is the `synced` readiness check: the last tick succeeded, and the one in progress has
// not run past prover.stuck-after.
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
	agent.Tick(ctx, d.cfg.PollInterval, d.log, "prover", d.Tick)
}

// Tick reads the L1 head and the tips, indexes new proposals, and proves the oldest unproven
// epoch if it is complete and its window is open.
func (d *Driver) Tick(ctx context.Context) (err error) {
	d.tick.Begin()
	defer d.tick.End()
	defer func() {
		d.mu.Lock()
		d.status.Err = err
		d.mu.Unlock()
	}()
	head, err := d.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("read L1 head: %w", err)
	}
	if d.byz != nil {
		if err := d.byz.head(ctx, d, head); err != nil {
			return err
		}
	}
	tips, window, err := d.readTips(ctx, head.Number)
	if err != nil {
		return err
	}
	assured, proven := tips.AssuredNumber.Uint64(), tips.ProvenNumber.Uint64()
	if err := d.index.scan(ctx, head.Number.Uint64(), proven); err != nil {
		return err
	}
	d.metrics.SetTip(metrics.ChainAssured, assured)
	d.metrics.SetTip(metrics.ChainProven, proven)
	d.mu.Lock()
	d.status.Head, d.status.Assured, d.status.Proven = head.Number.Uint64(), assured, proven
	d.mu.Unlock()
	d.index.forget(proven)
	if assured == proven {
		d.metrics.SetWindowRemaining(0)
		return nil
	}

	chain, err := d.index.chainTo(assured, proven, tips.AssuredHash, tips.ProvenHash)
	if errors.Is(err, ErrHeaderNotIndexed) {
		if d.index.fromStart {
			// Every block was scanned and the header is in no direct propose call: it was
			// proposed through another contract, whose calldata the prover cannot read.
			return fmt.Errorf("%w (not in the calldata of any propose since block %d: proposed through a contract?)",
				err, d.cfg.StartBlock)
		}
		// A deep reorg replaced blocks the index had scanned: scan everything again.
		d.log.Warn("assured chain not fully indexed; rescanning from the start block", "err", err)
		d.index.reset()
		return err
	}
	if err != nil {
		return err
	}
	epoch := chain[0].Slot / d.epochDur
	deadline := epoch + 1 + window // the first epoch in which the proof is refused
	deadlineTime := d.genesis + deadline*d.epochDur*d.slotDur
	d.metrics.SetWindowRemaining(max(0, float64(deadlineTime)-float64(head.Time)))

	current := d.epochAt(head.Time)
	if epoch >= current {
		return nil // not complete yet
	}
	var headers []protocol.Header
	for _, h := range chain {
		headers = append(headers, h)
		if h.Slot/d.epochDur != epoch {
			break // the first block after the epoch shows where the epoch ends
		}
	}
	epochHeaders := headers
	if last := headers[len(headers)-1]; last.Slot/d.epochDur != epoch {
		epochHeaders = headers[:len(headers)-1]
	}
	if d.byz != nil {
		return d.byz.prove(ctx, d, epochToProve{Epoch: epoch, Deadline: deadline, Open: current < deadline,
			Previous: common.Hash(tips.ProvenHash), EpochHeaders: epochHeaders, All: headers})
	}
	if current >= deadline {
		d.windowMissed(epoch, proven+1)
		return nil
	}
	return d.prove(ctx, epoch, common.Hash(tips.ProvenHash), epochHeaders, headers)
}

// epochToProve is the oldest unproven epoch once it is complete, as a tick found it.
type epochToProve struct {
	Epoch uint64
	// Deadline is the first epoch in which the rollup refuses its proof; Open: L1's head is
	// before it.
	Deadline uint64
	Open     bool
	// Previous is the proven tip's hash; EpochHeaders the epoch's headers and All those followed
	// by the first block after the epoch, if the assured chain has one (submitProof's headers).
	Previous     common.Hash
	EpochHeaders []protocol.Header
	All          []protocol.Header
}

// byzantineProver is a prover that misbehaves on purpose, for the byzantine scenarios only.
// newByzantine is nil in every build but one with the byzantine tag (byzantine.go), so a release
// prover always proves honestly.
type byzantineProver interface {
	// head is called at every tick with L1's head, before the tips are read.
	head(ctx context.Context, d *Driver, head *types.Header) error
	// prove is called instead of the honest proof, for the oldest unproven epoch once complete.
	prove(ctx context.Context, d *Driver, e epochToProve) error
}

var newByzantine func(log *slog.Logger) byzantineProver

func (d *Driver) readTips(ctx context.Context, at *big.Int) (rollup.ChainTips, uint64, error) {
	raw, err := d.call(ctx, d.abi.PackGetTips(), at)
	if err != nil {
		return rollup.ChainTips{}, 0, fmt.Errorf("read tips: %w", err)
	}
	tips, err := d.abi.UnpackGetTips(raw)
	if err != nil {
		return rollup.ChainTips{}, 0, fmt.Errorf("read tips: %w", err)
	}
	raw, err = d.call(ctx, d.abi.PackGetParams(), at)
	if err != nil {
		return rollup.ChainTips{}, 0, fmt.Errorf("read rollup params: %w", err)
	}
	params, err := d.abi.UnpackGetParams(raw)
	if err != nil {
		return rollup.ChainTips{}, 0, fmt.Errorf("read rollup params: %w", err)
	}
	return tips, params.ProofWindowEpochs, nil
}

func (d *Driver) call(ctx context.Context, data []byte, at *big.Int) ([]byte, error) {
	return d.chain.CallContract(ctx, ethereum.CallMsg{To: &d.cfg.Rollup, Data: data}, at)
}

func (d *Driver) epochAt(ts uint64) uint64 {
	if ts < d.genesis {
		return 0
	}
	return (ts - d.genesis) / d.slotDur / d.epochDur
}

// epochEnd is the L1 time at which epoch ends (the next one starts).
func (d *Driver) epochEnd(epoch uint64) uint64 {
	return d.genesis + (epoch+1)*d.epochDur*d.slotDur
}

func (d *Driver) windowMissed(epoch, first uint64) {
	d.mu.Lock()
	seen := d.missed[epoch]
	d.missed[epoch] = true
	d.mu.Unlock()
	if seen {
		return
	}
	d.log.Error("proof window closed before the epoch was proven; its blocks will be pruned",
		"epoch", epoch, "first_block", first)
	d.record(OutcomeWindowMissed)
}

// firstSkip reports whether id has not been reported as already proven before.
func (d *Driver) firstSkip(id string) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.skipped[id] {
		return false
	}
	d.skipped[id] = true
	return true
}

func (d *Driver) record(outcome string) {
	d.metrics.RecordProof(outcome)
	d.mu.Lock()
	d.status.Outcomes[outcome]++
	if outcome == OutcomeProven {
		d.status.ProvenEpochs++
	}
	d.mu.Unlock()
}

// ProofID is the idempotency key of a proof transaction: one per epoch, end block and attempt.
// A restarted prover computes the same key and waits for the transaction it already sent.
func ProofID(epoch uint64, end common.Hash, attempt int) string {
	if attempt == 0 {
		return fmt.Sprintf("proof/%d/%s", epoch, end.Hex())
	}
	return fmt.Sprintf("proof/%d/%s/%d", epoch, end.Hex(), attempt)
}

// prove submits the proof of epoch's headers (epochHeaders), passing the rollup all headers
// (the epoch's and, if there is one, the first block after it).
func (d *Driver) prove(ctx context.Context, epoch uint64, previous common.Hash, epochHeaders, all []protocol.Header) error {
	proof, err := protocol.HashChainProof(d.domain, epoch, previous, epochHeaders)
	if err != nil {
		return err
	}
	data, err := d.abi.TryPackSubmitProof(new(big.Int).SetUint64(epoch), all, proof)
	if err != nil {
		return fmt.Errorf("encode submitProof: %w", err)
	}
	end := epochHeaders[len(epochHeaders)-1]
	endHash := protocol.HeaderHash(end)
	log := d.log.With("epoch", epoch, "first", epochHeaders[0].Number, "last", end.Number)
	for attempt := 0; attempt < d.cfg.MaxAttempts; attempt++ {
		id := ProofID(epoch, endHash, attempt)
		rcpt, err := d.sender.Send(ctx, txmgr.TxCandidate{ID: id, To: &d.cfg.Rollup, Data: data})
		if errors.Is(err, txmgr.ErrReceiptGone) {
			// Sent under this key and confirmed, but an L1 reorg deeper than the confirmations
			// removed it since: the tips read at this tick say the epoch is unproven again.
			// Revive re-sends it at its own nonce (no nonce gap opens) and Send waits for it.
			if testbreak.On("reprove") {
				return nil
			}
			log.Warn("proof removed by an L1 reorg; resubmitting", "id", id)
			d.record(OutcomeReorged)
			if rerr := d.sender.Revive(ctx, id); rerr != nil {
				log.Warn("cannot revive the reorged proof; sending a new one", "id", id, "err", rerr)
				continue
			}
			rcpt, err = d.sender.Send(ctx, txmgr.TxCandidate{ID: id, To: &d.cfg.Rollup, Data: data})
		}
		switch {
		case err == nil:
			d.landed(ctx, log, epoch, rcpt)
			return nil
		case errors.Is(err, txmgr.ErrReceiptGone):
			continue
		case errors.Is(err, txmgr.ErrReverted):
			// Mined and reverted: another proof landed earlier in the same block, or this is
			// an earlier attempt's key. The next attempt's gas estimate tells which.
			log.Info("proof transaction reverted", "id", id, "tx", txHash(rcpt))
			d.record(OutcomeReverted)
		default:
			if reason, ok := alreadyProven(err); ok {
				// The estimate runs against the pending state: another prover's proof may be
				// in the pool, not yet mined. It is checked again at every tick until the tips
				// move, and reported once.
				if d.firstSkip(id) {
					log.Info("epoch already proven by another prover; not sending", "reason", reason)
					d.record(OutcomeAlreadyProven)
				}
				return nil
			}
			if v, ok := protocol.DecodeRevert(err); ok {
				switch v.(type) {
				case *sptnerrors.ErrorsLibRollupProofWindowClosed:
					d.windowMissed(epoch, epochHeaders[0].Number)
					return nil
				case *sptnerrors.ErrorsLibRollupProofIncomplete:
					// A block was assured after the tips were read (it may still be pending):
					// the next tick's proof names it as the block after the epoch.
					log.Debug("assured chain grew since the tips were read; proving at the next tick")
					return nil
				}
				return fmt.Errorf("submit proof of epoch %d: rollup refused it (%T %+v): %w", epoch, v, v, err)
			}
			return fmt.Errorf("submit proof of epoch %d: %w", epoch, err)
		}
	}
	return fmt.Errorf("%w: epoch %d after %d attempts", ErrGaveUp, epoch, d.cfg.MaxAttempts)
}

// alreadyProven reports whether err is the rollup refusing a proof because the proven tip has
// moved past its start: another prover's proof landed.
func alreadyProven(err error) (string, bool) {
	v, ok := protocol.DecodeRevert(err)
	if !ok {
		return "", false
	}
	switch v.(type) {
	case *sptnerrors.ErrorsLibRollupNothingToProve:
		return "Rollup__NothingToProve", true
	case *sptnerrors.ErrorsLibRollupProofRangeMismatch:
		return "Rollup__ProofRangeMismatch", true
	}
	return "", false
}

func txHash(r *types.Receipt) common.Hash {
	if r == nil {
		return common.Hash{}
	}
	return r.TxHash
}

// landed records a proof of ours that was confirmed, with its latency from the epoch's end. The
// latency is observed before the outcome is counted, so that a reader who sees the epoch counted
// proven (Status, the outcome counter) also finds its latency.
func (d *Driver) landed(ctx context.Context, log *slog.Logger, epoch uint64, rcpt *types.Receipt) {
	latency := -1.0
	if h, err := d.chain.HeaderByNumber(ctx, rcpt.BlockNumber); err == nil {
		latency = float64(h.Time) - float64(d.epochEnd(epoch))
		d.metrics.ObserveProofLatency(latency)
	}
	d.record(OutcomeProven)
	log.Info("epoch proven", "tx", rcpt.TxHash, "l1_block", rcpt.BlockNumber, "gas", rcpt.GasUsed,
		"latency_s", latency)
}
