package scenario

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/sptn/sptn/agents/devnet"
	"github.com/sptn/sptn/agents/devnet/observe"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/watcher"
	"github.com/sptn/sptn/bindings/rollup"
	"github.com/sptn/sptn/bindings/slasher"
	"github.com/sptn/sptn/bindings/sptnerrors"
)

// The byzantine prover scenarios run a prover from the byzantine build (agents/prover/byzantine.go,
// -tags byzantine) with SPTN_BYZANTINE set, and judge every proof transaction L1 mined meanwhile
// against the chain L1 held when it ran: what the rollup had to answer it (judgeProof), and what
// it did answer (its status, and the custom error read with debug_traceTransaction).

// verifierBindsNothing weakens the testnet verifier's binding check: it still checks that a
// proof's headers form one parent-linked chain, but not that the chain is the statement the rollup
// asks about (chain, rollup, epoch, range, header hashes). byzantine-wrong-proof exists to catch it.
var verifierBindsNothing = &Mutation{
	Name: "verifier-binds-no-statement",
	File: "contracts/rollup/HashChainVerifier.sol",
	Old:  "return expected == publicInputsHash;",
	New:  "return expected != bytes32(0) || publicInputsHash != bytes32(0);",
}

// proofWindowAnEpochLate keeps a proof window open one epoch past its end: submitProof accepts a
// late proof (prune, which reads ChainLib.prunable, is not touched). byzantine-late-prover exists
// to catch it.
var proofWindowAnEpochLate = &Mutation{
	Name: "proof-window-open-an-epoch-late",
	File: "contracts/rollup/libraries/EpochProofLib.sol",
	Old:  "if (currentEpoch >= deadline) revert Errors.Rollup__ProofWindowClosed(epoch, deadline);",
	New:  "if (currentEpoch > deadline) revert Errors.Rollup__ProofWindowClosed(epoch, deadline);",
}

// byzantineProverEnv is the environment of a byzantine prover: its mode, a short poll so that it
// acts at the first L1 block it can, and a priority fee above the honest agents' (1 gwei) so that
// its transactions come first in their block.
func byzantineProverEnv(mode string) []string {
	return []string{"SPTN_BYZANTINE=" + mode, "SPTN_PROVER_POLL_INTERVAL=250ms", "SPTN_TXMGR_MIN_TIP_CAP_GWEI=10"}
}

// Names of the rollup's errors a proof is refused with (sptnerrors types, without the prefix).
const (
	errInvalidProof     = "RollupInvalidProof"
	errHeaderMismatch   = "RollupProofHeaderMismatch"
	errNothingToProve   = "RollupNothingToProve"
	errRangeMismatch    = "RollupProofRangeMismatch"
	errProofWindowClose = "RollupProofWindowClosed"
	errEpochMismatch    = "RollupProofEpochMismatch"
	errProofIncomplete  = "RollupProofIncomplete"
)

// errorName is a decoded custom error's name (RollupInvalidProof for Rollup__InvalidProof).
func errorName(v any) string {
	if v == nil {
		return ""
	}
	return strings.TrimPrefix(fmt.Sprintf("%T", v), "*sptnerrors.ErrorsLib")
}

// proofTx is a submitProof transaction to the rollup as L1 mined it.
type proofTx struct {
	Hash        common.Hash
	From        common.Address
	Block, Time uint64
	Index       uint
	Call        *protocol.ProofCall
	OK          bool
	// Revert is the custom error a reverted one carried (nil if none decoded; RevertRaw then
	// says what the trace returned).
	Revert    any
	RevertRaw string
}

func (t proofTx) String() string {
	out := fmt.Sprintf("tx %s from %s (L1 block %d, index %d): submitProof(epoch %d, blocks %d..%d)",
		t.Hash, t.From, t.Block, t.Index, t.Call.Epoch, t.Call.Headers[0].Number, t.Call.Headers[len(t.Call.Headers)-1].Number)
	switch {
	case t.OK:
		return out + " landed"
	case t.Revert != nil:
		return out + fmt.Sprintf(" reverted with %s%+v", errorName(t.Revert), reflect.Indirect(reflect.ValueOf(t.Revert)).Interface())
	}
	return out + " reverted (" + t.RevertRaw + ")"
}

// proofEnd is the last block of its epoch a successful proof call proved.
func proofEnd(c *protocol.ProofCall, epochSlots uint64) uint64 {
	end := c.Headers[0].Number
	for _, h := range c.Headers {
		if h.Slot/epochSlots != c.Epoch {
			break
		}
		end = h.Number
	}
	return end
}

// proofScan reads the submitProof transactions of L1 blocks, block by block.
type proofScan struct {
	l1     *ethclient.Client
	rc     *rpc.Client
	rollup common.Address
	signer types.Signer
	next   uint64
	errs   *sptnerrors.ErrorsLib
	// The rollup's clock: its genesis (L1 time), slot length (s), epoch length (slots) and proof
	// window (epochs).
	genesis, slotSecs, epochSlots, window uint64
}

// epochAt is the rollup's epoch at L1 time ts.
func (s *proofScan) epochAt(ts uint64) uint64 { return (ts - s.genesis) / s.slotSecs / s.epochSlots }

// deadline is the epoch at whose start epoch's proof window closes.
func (s *proofScan) deadline(epoch uint64) uint64 { return epoch + 1 + s.window }

// closes is the L1 time at which epoch's proof window closes.
func (s *proofScan) closes(epoch uint64) uint64 {
	return s.genesis + s.deadline(epoch)*s.epochSlots*s.slotSecs
}

func (e *Env) newProofScan(ctx context.Context, from uint64) (*proofScan, func(), error) {
	var genesis uint64
	l1, err := e.Net.Dial(ctx)
	if err != nil {
		return nil, nil, err
	}
	rc, err := e.rpc(ctx)
	if err != nil {
		l1.Close()
		return nil, nil, err
	}
	addr, err := e.Net.Deployments.Address("Rollup")
	if err == nil {
		genesis, err = e.Net.RollupGenesis(ctx)
	}
	if err != nil {
		l1.Close()
		rc.Close()
		return nil, nil, err
	}
	s := &proofScan{l1: l1, rc: rc, rollup: addr, next: from, errs: sptnerrors.NewErrorsLib(),
		signer:  types.LatestSignerForChainID(new(big.Int).SetUint64(e.Net.Deployments.ChainID)),
		genesis: genesis, slotSecs: uint64(e.Profile.SlotSeconds()), epochSlots: uint64(e.Profile.EpochSlots),
		window: uint64(e.Profile.ProofWindowEpochs)}
	return s, func() { l1.Close(); rc.Close() }, nil
}

// upTo returns the submitProof transactions of the blocks not scanned yet up to L1's head.
func (s *proofScan) upTo(ctx context.Context) ([]proofTx, error) {
	head, err := s.l1.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	var out []proofTx
	for ; s.next <= head; s.next++ {
		b, err := s.l1.BlockByNumber(ctx, new(big.Int).SetUint64(s.next))
		if err != nil {
			return nil, err
		}
		for i, tx := range b.Transactions() {
			if tx.To() == nil || *tx.To() != s.rollup {
				continue
			}
			call, err := protocol.DecodeProofCall(tx.Data())
			if err != nil || len(call.Headers) == 0 {
				continue
			}
			from, err := types.Sender(s.signer, tx)
			if err != nil {
				return nil, err
			}
			rcpt, err := s.l1.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				return nil, err
			}
			p := proofTx{Hash: tx.Hash(), From: from, Block: s.next, Time: b.Time(), Index: uint(i), Call: call,
				OK: rcpt.Status == types.ReceiptStatusSuccessful}
			if !p.OK {
				var trace struct {
					Output hexutil.Bytes `json:"output"`
					Error  string        `json:"error"`
				}
				if err := s.rc.CallContext(ctx, &trace, "debug_traceTransaction", tx.Hash(), map[string]any{"tracer": "callTracer"}); err != nil {
					return nil, fmt.Errorf("trace reverted tx %s: %w", tx.Hash(), err)
				}
				if v, uerr := s.errs.UnpackError(trace.Output); uerr == nil {
					p.Revert = v
				} else {
					p.RevertRaw = fmt.Sprintf("%s %x", trace.Error, []byte(trace.Output))
				}
			}
			out = append(out, p)
		}
	}
	return out, nil
}

// tipsAt reads the rollup's tips as of the end of L1 block n.
func (s *proofScan) tipsAt(ctx context.Context, n uint64) (rollup.ChainTips, error) {
	r := rollup.NewRollup()
	raw, err := s.l1.CallContract(ctx, ethereum.CallMsg{To: &s.rollup, Data: r.PackGetTips()}, new(big.Int).SetUint64(n))
	if err != nil {
		return rollup.ChainTips{}, fmt.Errorf("tips at L1 block %d: %w", n, err)
	}
	return r.UnpackGetTips(raw)
}

// chainBefore is the rollup's tips at the end of the L1 block before t's, the assured tip just
// before t ran, and the hashes the rollup held then: those at the end of the block before, moved
// by the blocks proposed and the prunes earlier in t's block (a propose mined ahead of a proof in
// one L1 block changes its answer).
func (s *proofScan) chainBefore(ctx context.Context, t proofTx) (rollup.ChainTips, uint64, func(uint64) (common.Hash, error), error) {
	tips, err := s.tipsAt(ctx, t.Block-1)
	if err != nil {
		return tips, 0, nil, err
	}
	b := new(big.Int).SetUint64(t.Block)
	logs, err := s.l1.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{s.rollup}, FromBlock: b, ToBlock: b,
		Topics: [][]common.Hash{{protocol.BlockProposedID, protocol.ChainPrunedID}}})
	if err != nil {
		return tips, 0, nil, fmt.Errorf("read the rollup's logs of L1 block %d: %w", t.Block, err)
	}
	assured, proposed, err := replayAssured(tips.AssuredNumber.Uint64(), logs, t.Index)
	if err != nil {
		return tips, 0, nil, err
	}
	return tips, assured, func(n uint64) (common.Hash, error) {
		if h, ok := proposed[n]; ok {
			return h, nil
		}
		return s.storedAt(ctx, t.Block-1, n)
	}, nil
}

// replayAssured moves the assured tip assured by the rollup's BlockProposed and ChainPruned logs
// of one L1 block mined before transaction index before, and returns it with the hashes of the
// blocks proposed there (those a prune removed again are forgotten).
func replayAssured(assured uint64, logs []types.Log, before uint) (uint64, map[uint64]common.Hash, error) {
	r := rollup.NewRollup()
	proposed := map[uint64]common.Hash{}
	for i := range logs {
		l := &logs[i]
		if l.TxIndex >= before || len(l.Topics) == 0 {
			continue
		}
		switch l.Topics[0] {
		case protocol.BlockProposedID:
			ev, err := r.UnpackBlockProposedEvent(l)
			if err != nil {
				return 0, nil, err
			}
			assured = ev.Number.Uint64()
			proposed[assured] = ev.HeaderHash
		case protocol.ChainPrunedID:
			ev, err := r.UnpackChainPrunedEvent(l)
			if err != nil {
				return 0, nil, err
			}
			assured = ev.NewAssuredNumber.Uint64()
			for n := range proposed {
				if n > assured {
					delete(proposed, n)
				}
			}
		}
	}
	return assured, proposed, nil
}

// storedAt reads the hash the rollup held for L2 block number as of the end of L1 block n.
func (s *proofScan) storedAt(ctx context.Context, n, number uint64) (common.Hash, error) {
	r := rollup.NewRollup()
	raw, err := s.l1.CallContract(ctx, ethereum.CallMsg{To: &s.rollup, Data: r.PackGetBlockHash(new(big.Int).SetUint64(number))},
		new(big.Int).SetUint64(n))
	if err != nil {
		return common.Hash{}, fmt.Errorf("block hash of %d at L1 block %d: %w", number, n, err)
	}
	return r.UnpackGetBlockHash(raw)
}

// proofExpectation is what the rollup must answer a proof: accept it (Honest), or refuse it with
// one of Want (the first is the precise one; Args, when set, are its values).
type proofExpectation struct {
	Honest bool
	Want   []string
	Why    string
	PI     common.Hash // the statement, for RollupInvalidProof
	// Mismatch: for RollupProofHeaderMismatch, the block, the hash stored and the hash given.
	Mismatch struct {
		Number       uint64
		Stored, Hash common.Hash
	}
	// Incomplete: for RollupProofIncomplete, the last block the proof covers and the assured tip.
	Incomplete struct{ Last, Assured uint64 }
	// Outside: for RollupProofEpochMismatch, the block outside the epoch and its epoch.
	Outside struct{ Number, Epoch uint64 }
}

// judgeProof is what the rollup must answer call, run on a chain whose proven tip is proven and
// whose stored hashes stored gives, in a window that is open (the late scenario judges windows
// itself), in the order EpochProofLib checks: refused with Rollup__NothingToProve when nothing
// is assured above the proven tip; as already proven when its range starts at
// or below the proven tip; refused with Rollup__ProofHeaderMismatch when a header is not the one
// stored; with Rollup__ProofEpochMismatch when a header other than the last (the first block after
// the epoch) lies outside the epoch; with Rollup__ProofIncomplete when it shows no block after the
// epoch and the assured chain goes on past its last block (the chain grew since the proof was
// built: a race any prover can lose); with Rollup__InvalidProof when the proof does not prove the
// statement (protocol.VerifyHashChain, the testnet verifier's check); accepted otherwise.
func judgeProof(d protocol.Domain, call *protocol.ProofCall, epochSlots, proven, assured uint64, stored func(uint64) (common.Hash, error)) (proofExpectation, error) {
	var x proofExpectation
	if assured <= proven {
		// _requireProvable's first check, before any header is read (a prune earlier in the
		// proof's own L1 block leaves nothing to prove; review r37 F5).
		x.Want = []string{errNothingToProve}
		x.Why = fmt.Sprintf("the assured tip %d is the proven tip %d: nothing to prove", assured, proven)
		return x, nil
	}
	if call.Headers[0].Number <= proven {
		x.Want = []string{errRangeMismatch, errNothingToProve}
		x.Why = fmt.Sprintf("its range starts at %d, at or below the proven tip %d", call.Headers[0].Number, proven)
		return x, nil
	}
	var hashes []common.Hash
	for i, h := range call.Headers {
		if n := call.Headers[0].Number + uint64(i); h.Number != n || n > assured {
			x.Want = []string{errRangeMismatch}
			x.Why = fmt.Sprintf("its header %d is block %d, want %d of an assured chain ending at %d", i, h.Number, n, assured)
			return x, nil
		}
		want, err := stored(h.Number)
		if err != nil {
			return x, err
		}
		if got := protocol.HeaderHash(h); got != want {
			x.Want = []string{errHeaderMismatch}
			x.Why = fmt.Sprintf("its header %d hashes to %s, L1 stored %s", h.Number, got, want)
			x.Mismatch.Number, x.Mismatch.Stored, x.Mismatch.Hash = h.Number, want, got
			return x, nil
		}
		if be := h.Slot / epochSlots; be != call.Epoch {
			if i == 0 || i != len(call.Headers)-1 || be < call.Epoch {
				x.Want = []string{errEpochMismatch}
				x.Why = fmt.Sprintf("its header %d (block %d) is of epoch %d, not %d, and not the one block after it", i, h.Number, be, call.Epoch)
				x.Outside.Number, x.Outside.Epoch = h.Number, be
				return x, nil
			}
			break
		}
		hashes = append(hashes, want)
	}
	start := call.Headers[0].Number
	last := start + uint64(len(hashes)) - 1
	if len(hashes) == len(call.Headers) && last != assured {
		x.Want = []string{errProofIncomplete}
		x.Why = fmt.Sprintf("it shows no block after epoch %d and ends at block %d, while L1 assured up to %d", call.Epoch, last, assured)
		x.Incomplete.Last, x.Incomplete.Assured = last, assured
		return x, nil
	}
	x.PI = protocol.PublicInputsHash(d, call.Epoch, start, last, call.Headers[0].ParentHash, hashes)
	if !protocol.VerifyHashChain(x.PI, call.Proof) {
		x.Want = []string{errInvalidProof}
		x.Why = fmt.Sprintf("its proof does not prove the statement %s (epoch %d, blocks %d..%d as L1 stored them)",
			x.PI, call.Epoch, start, last)
		return x, nil
	}
	x.Honest = true
	x.Why = "its proof proves the statement L1 holds"
	return x, nil
}

// answered fails unless t is what x says the rollup must have answered it, with its values.
func (x proofExpectation) answered(t proofTx) error {
	if x.Honest {
		return nil // it may still revert, having lost a race in its block: liveness is judged apart
	}
	if t.OK {
		return failf("L1 accepted a wrong proof: %s; it had to refuse it with %s: %s", t, strings.Join(x.Want, " or "), x.Why)
	}
	got := errorName(t.Revert)
	if !slices.Contains(x.Want, got) {
		return failf("%s; it had to be refused with %s: %s", t, strings.Join(x.Want, " or "), x.Why)
	}
	switch v := t.Revert.(type) {
	case *sptnerrors.ErrorsLibRollupInvalidProof:
		if common.Hash(v.PublicInputsHash) != x.PI {
			return failf("%s; the statement it was refused for is not the one L1 holds, %s", t, x.PI)
		}
	case *sptnerrors.ErrorsLibRollupProofHeaderMismatch:
		if v.Number.Uint64() != x.Mismatch.Number || common.Hash(v.Stored) != x.Mismatch.Stored || common.Hash(v.Given) != x.Mismatch.Hash {
			return failf("%s; want the mismatch of block %d (stored %s, given %s)", t, x.Mismatch.Number, x.Mismatch.Stored, x.Mismatch.Hash)
		}
	case *sptnerrors.ErrorsLibRollupProofEpochMismatch:
		if v.Epoch.Uint64() != t.Call.Epoch || v.BlockNumber.Uint64() != x.Outside.Number || v.BlockEpoch.Uint64() != x.Outside.Epoch {
			return failf("%s; want block %d of epoch %d named outside epoch %d", t, x.Outside.Number, x.Outside.Epoch, t.Call.Epoch)
		}
	case *sptnerrors.ErrorsLibRollupProofIncomplete:
		if v.LastNumber.Uint64() != x.Incomplete.Last || v.AssuredNumber.Uint64() != x.Incomplete.Assured {
			return failf("%s; want it incomplete at block %d of an assured chain ending at %d", t, x.Incomplete.Last, x.Incomplete.Assured)
		}
	}
	return nil
}

// provenBefore is the proven tip just before t ran: the tip at the end of the block before, moved
// by the proofs that landed earlier in t's block.
func provenBefore(atBlockStart uint64, t proofTx, block []proofTx, epochSlots uint64) uint64 {
	p := atBlockStart
	for _, o := range block {
		if o.Block == t.Block && o.Index < t.Index && o.OK {
			p = max(p, proofEnd(o.Call, epochSlots))
		}
	}
	return p
}

// byzantineWrongProof: a second prover, from the byzantine build with SPTN_BYZANTINE=wrong-proof,
// races the honest one: as soon as an epoch is complete it sends, ahead of the honest proof, proofs
// of wrong statements (another state root, another epoch, another block set, headers L1 never
// assured). Every proof transaction mined meanwhile is judged (judgeProof): each wrong one is
// refused with its named error and values, every proof that landed proves the statement L1 holds;
// an epoch whose wrong proofs ran while it was open is proven in its window by the honest prover;
// no honest member is slashed.
func byzantineWrongProof(ctx context.Context, e *Env) (err error) {
	if e.ByzantineBin == "" {
		return errors.New("a byzantine scenario needs --byzantine-bin: sptn built with -tags byzantine (make sptn-byzantine)")
	}
	honest := map[common.Address]string{}
	for _, p := range e.Provers {
		if p.Running() {
			honest[p.Account] = p.Name
		}
	}
	if len(honest) == 0 {
		return errors.New("byzantine-wrong-proof needs an honest prover running")
	}
	before, err := e.stakes(ctx, -1)
	if err != nil {
		return err
	}
	domain, err := observe.Domain(e.Net)
	if err != nil {
		return err
	}
	from, err := e.l1Head(ctx)
	if err != nil {
		return err
	}
	byz, err := e.Net.AddProver(ctx, e.ByzantineBin, byzantineProverEnv("wrong-proof")...)
	if err != nil {
		return err
	}
	defer func() {
		if rerr := e.Net.RemoveAgent(byz, 10*time.Second); rerr != nil && err == nil {
			err = rerr
		} else if rerr == nil {
			e.Logf("%s stopped and removed", byz.Name)
		}
	}()
	if err := byz.Ready(ctx, 2*time.Minute); err != nil {
		return err
	}
	start, err := e.Observe(ctx) // the chains must move with it running
	if err != nil {
		return err
	}
	e.Logf("%s (%s) started from the byzantine build with %s, racing the honest %v", byz.Name, byz.Account,
		strings.Join(byzantineProverEnv("wrong-proof"), " "), honestNames(honest))
	scan, done, err := e.newProofScan(ctx, from+1)
	if err != nil {
		return err
	}
	defer done()
	epochSlots := scan.epochSlots
	type race struct {
		invalid, mismatch, incomplete, late int
		provenBy                            string
	}
	races := map[uint64]*race{}
	raceOf := func(epoch uint64) *race {
		if races[epoch] == nil {
			races[epoch] = &race{}
		}
		return races[epoch]
	}
	judged, landed := 0, 0
	var won uint64
	var found bool
	if err := e.until(ctx, "an epoch is proven by the honest prover after the byzantine prover's wrong proofs of it were refused while it was open",
		e.epochs(3)+30*time.Second, func() (bool, error) {
			txs, err := scan.upTo(ctx)
			if err != nil {
				return false, err
			}
			for _, t := range txs {
				tips, assured, stored, err := scan.chainBefore(ctx, t)
				if err != nil {
					return false, err
				}
				x, err := judgeProof(domain, t.Call, epochSlots, provenBefore(tips.ProvenNumber.Uint64(), t, txs, epochSlots),
					assured, stored)
				if err != nil {
					return false, err
				}
				if err := x.answered(t); err != nil {
					return false, err
				}
				judged++
				r := raceOf(t.Call.Epoch)
				if t.OK {
					landed++
					name, ok := honest[t.From]
					if !ok {
						name = t.From.Hex()
						if t.From == byz.Account {
							name = byz.Name + " (byzantine)"
						}
					}
					closes := scan.closes(t.Call.Epoch)
					if t.Time >= closes {
						return false, failf("%s after its epoch's window closed (L1 time %d >= %d)", t, t.Time, closes)
					}
					r.provenBy = name
					e.Logf("%s: proof of epoch %d by %s landed in its window; it proves the statement L1 holds", t.Hash, t.Call.Epoch, name)
					continue
				}
				if t.From != byz.Account {
					continue
				}
				switch errorName(t.Revert) {
				case errInvalidProof:
					r.invalid++
				case errHeaderMismatch:
					r.mismatch++
				case errProofIncomplete:
					r.incomplete++
				default:
					r.late++
				}
				e.Logf("%s: a wrong proof of epoch %d from %s refused with %s (%s)", t.Hash, t.Call.Epoch, byz.Name, errorName(t.Revert), x.Why)
			}
			for epoch, r := range races {
				if r.invalid > 0 && r.mismatch > 0 && r.provenBy != "" {
					won, found = epoch, true
				}
			}
			return found, nil
		}); err != nil {
		return err
	}
	r := races[won]
	if _, ok := honestByName(honest, r.provenBy); !ok {
		return failf("epoch %d was proven by %s, not by an honest prover", won, r.provenBy)
	}
	e.Logf("epoch %d: %d wrong proofs refused by the verifier (Rollup__InvalidProof), %d by the rollup's header check (Rollup__ProofHeaderMismatch), %d as incomplete (Rollup__ProofIncomplete: the chain grew before they landed), %d after the honest proof; proven in its window by %s",
		won, r.invalid, r.mismatch, r.incomplete, r.late, r.provenBy)
	e.Logf("%d proof transactions mined since L1 block %d judged against the chain L1 held: every refusal named and with its values, %d landed, each proving the statement L1 holds",
		judged, from+1, landed)
	// The race can be over within a slot (the honest proof lands in the first L1 block after the
	// epoch ends), so the chains are given a few slots with the byzantine prover still running.
	var end State
	if err := e.until(ctx, fmt.Sprintf("the pending and assured chains move past %d and %d with the byzantine prover running",
		start.Node.Pending.Number, start.L1.Assured), e.slots(6), func() (bool, error) {
		st, err := e.Observe(ctx)
		if err != nil {
			return false, err
		}
		end = st
		return end.Node.Pending.Number > start.Node.Pending.Number && end.L1.Assured > start.L1.Assured, nil
	}); err != nil {
		return err
	}
	e.Logf("the chains moved while the byzantine prover ran: from %s to %s", start, end)
	return e.honestNotSlashed(ctx, before)
}

func honestNames(m map[common.Address]string) []string {
	var out []string
	for _, n := range m {
		out = append(out, n)
	}
	slices.Sort(out)
	return out
}

func honestByName(m map[common.Address]string, name string) (common.Address, bool) {
	for a, n := range m {
		if n == name {
			return a, true
		}
	}
	return common.Address{}, false
}

// prunedLog is a ChainPruned event with where L1 emitted it.
type prunedLog struct {
	*rollup.RollupChainPruned
	Block uint64
	Index uint
}

// prunes reads the rollup's ChainPruned events of L1 blocks from..to.
func (s *proofScan) prunes(ctx context.Context, from, to uint64) ([]prunedLog, error) {
	r := rollup.NewRollup()
	logs, err := s.l1.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{s.rollup},
		Topics:    [][]common.Hash{{protocol.ChainPrunedID}},
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to)})
	if err != nil {
		return nil, fmt.Errorf("read ChainPruned logs %d..%d: %w", from, to, err)
	}
	var out []prunedLog
	for i := range logs {
		ev, err := r.UnpackChainPrunedEvent(&logs[i])
		if err != nil {
			return nil, err
		}
		out = append(out, prunedLog{RollupChainPruned: ev, Block: logs[i].BlockNumber, Index: logs[i].TxIndex})
	}
	return out, nil
}

// lateProofExpectation is what the rollup must answer a proof of t's epoch mined at or after the
// epoch's deadline. EpochProofLib's _requireProvable checks, in this order, that something is left
// to prove, that the epoch is over and that its window is open, all before it looks at the proof's
// range or headers. So a late proof is refused with Rollup__NothingToProve when the assured tip was
// the proven tip just before t (nothingToProve: right after a prune, until the next propose) and
// with Rollup__ProofWindowClosed(epoch, deadline) otherwise, whether its epoch's blocks are still
// assured or a prune removed them and later epochs assured others at the same heights (a range or
// header mismatch would need an open window).
func lateProofExpectation(t proofTx, deadline uint64, nothingToProve bool) (want []string, why string) {
	if nothingToProve {
		return []string{errNothingToProve}, "the assured tip was the proven tip just before it: nothing to prove"
	}
	return []string{errProofWindowClose}, fmt.Sprintf("epoch %d's window closed at the start of epoch %d", t.Call.Epoch, deadline)
}

// assuredHistory fails unless, over L1 blocks from..to, the proven tip never went back and the
// assured tip went back only in a block that pruned, and no lower than that prune's new tip.
func assuredHistory(tips []rollup.ChainTips, from uint64, prunes []prunedLog) error {
	for i := 1; i < len(tips); i++ {
		b := from + uint64(i)
		prev, cur := tips[i-1], tips[i]
		if cur.ProvenNumber.Cmp(prev.ProvenNumber) < 0 {
			return failf("the proven tip went back from %s to %s in L1 block %d", prev.ProvenNumber, cur.ProvenNumber, b)
		}
		if cur.AssuredNumber.Cmp(prev.AssuredNumber) >= 0 {
			continue
		}
		explained := false
		for _, p := range prunes {
			if p.Block == b && cur.AssuredNumber.Cmp(p.NewAssuredNumber) >= 0 && p.LastRemoved.Cmp(prev.AssuredNumber) >= 0 {
				explained = true
			}
		}
		if !explained {
			return failf("the assured tip went back from %s to %s in L1 block %d without a prune that explains it", prev.AssuredNumber, cur.AssuredNumber, b)
		}
	}
	return nil
}

// byzantineLateProver: the only prover runs the byzantine build with SPTN_BYZANTINE=late: it
// holds each epoch's proof while the window is open and sends it at the first L1 block after the
// window closed, ahead of the prune. Every proof transaction mined meanwhile is judged: L1 refuses
// the late proof with Rollup__ProofWindowClosed(epoch, deadline) (or, once the epoch is pruned,
// as having nothing left to prove), and no proof lands after its window; the epoch is pruned; the
// assured tip goes back only by that prune and the proven tip never; the nodes re-anchor on the
// proven tip and L1 assures their new blocks; the watcher files a slash proposal naming the pruned
// epoch. The honest build is put back and proves an epoch again.
func byzantineLateProver(ctx context.Context, e *Env) (err error) {
	if e.ByzantineBin == "" {
		return errors.New("a byzantine scenario needs --byzantine-bin: sptn built with -tags byzantine (make sptn-byzantine)")
	}
	if len(e.Provers) != 1 {
		return fmt.Errorf("byzantine-late-prover turns the only prover late: the profile has %d provers", len(e.Provers))
	}
	p := e.Provers[0]
	before, err := e.stakes(ctx, -1)
	if err != nil {
		return err
	}
	proposals, err := e.proposalCount(ctx)
	if err != nil {
		return err
	}
	from, err := e.l1Head(ctx)
	if err != nil {
		return err
	}
	from++
	if err := e.restartAs(ctx, p, e.ByzantineBin, byzantineProverEnv("late")...); err != nil {
		return err
	}
	restored := false
	defer func() {
		if restored || ctx.Err() != nil {
			return
		}
		if rerr := e.restartAs(ctx, p, ""); rerr != nil {
			e.Logf("restore the honest build on %s: %v", p.Name, rerr)
		}
	}()
	scan, done, err := e.newProofScan(ctx, from)
	if err != nil {
		return err
	}
	defer done()
	window, epochAt := scan.window, scan.epochAt
	var (
		prunes []prunedLog
		late   = map[uint64]int{} // epoch -> late proofs refused with Rollup__ProofWindowClosed
		target *prunedLog
		judged int
		// history holds the rollup's tips at the end of every L1 block from from-1 on, read as
		// the scan passes each block: a node keeps the state of its recent blocks only (geth 128),
		// and the scenario outlasts that.
		history []rollup.ChainTips
	)
	readHistory := func() error {
		for b := from - 1 + uint64(len(history)); b < scan.next; b++ {
			t, err := scan.tipsAt(ctx, b)
			if err != nil {
				return err
			}
			history = append(history, t)
		}
		return nil
	}
	// Five epochs: a late proof can lose its race to the watcher's prune (on geth, whose blocks
	// come on the wall clock, the prune may land a block earlier); it is then refused with
	// Rollup__NothingToProve, and the next held epoch's proof, two epochs on, races again.
	judgedWrong := false // a verdict on a transaction, not the timeout
	judge := func(cond func() (bool, error)) func() (bool, error) {
		return func() (bool, error) {
			ok, err := cond()
			judgedWrong = judgedWrong || IsVerdict(err)
			return ok, err
		}
	}
	if err := e.until(ctx, "a late proof is refused, its epoch pruned, and the nodes' new blocks on the proven tip are assured",
		e.epochs(5)+time.Minute, judge(func() (bool, error) {
			txs, err := scan.upTo(ctx)
			if err != nil {
				return false, err
			}
			if err := readHistory(); err != nil {
				return false, err
			}
			if prunes, err = scan.prunes(ctx, from, scan.next-1); err != nil {
				return false, err
			}
			for _, t := range txs {
				judged++
				deadline := scan.deadline(t.Call.Epoch)
				if t.OK {
					if epochAt(t.Time) >= deadline {
						return false, failf("L1 accepted a late proof: %s at L1 epoch %d; epoch %d's window closed at the start of epoch %d",
							t, epochAt(t.Time), t.Call.Epoch, deadline)
					}
					e.Logf("%s: a proof within its window (sent before the prover turned late)", t)
					continue
				}
				if t.From != p.Account || epochAt(t.Time) < deadline {
					continue
				}
				tips, assured, _, err := scan.chainBefore(ctx, t)
				if err != nil {
					return false, err
				}
				// chainBefore replays the proposes and prunes ahead of t in its L1 block,
				// provenBefore the proofs.
				proven := provenBefore(tips.ProvenNumber.Uint64(), t, txs, scan.epochSlots)
				want, why := lateProofExpectation(t, deadline, assured == proven)
				got := errorName(t.Revert)
				if !slices.Contains(want, got) {
					return false, failf("%s; the late proof had to be refused with %s: %s", t, strings.Join(want, " or "), why)
				}
				if v, ok := t.Revert.(*sptnerrors.ErrorsLibRollupProofWindowClosed); ok {
					if v.Epoch.Uint64() != t.Call.Epoch || v.DeadlineEpoch.Uint64() != deadline {
						return false, failf("%s; want Rollup__ProofWindowClosed(%d, %d)", t, t.Call.Epoch, deadline)
					}
					late[t.Call.Epoch]++
				}
				e.Logf("%s: %s", t, why)
			}
			for i := range prunes {
				if late[prunes[i].Epoch.Uint64()] > 0 && target == nil {
					target = &prunes[i]
					e.Logf("ChainPruned(epoch %s, blocks %s..%s, new tip %s) in L1 block %d", target.Epoch, target.FirstRemoved,
						target.LastRemoved, target.NewAssuredNumber, target.Block)
				}
			}
			if target == nil {
				return false, nil
			}
			tips, err := e.rollupTips(ctx)
			return err == nil && tips.AssuredNumber.Uint64() >= target.NewAssuredNumber.Uint64()+2, err
		})); err != nil {
		if target == nil && len(prunes) > 0 && IsVerdict(err) && !judgedWrong {
			// Pruned, but no late proof reached L1 before the prune: nothing raced the window.
			return fmt.Errorf("epoch %s was pruned before the late proof reached L1 (no Rollup__ProofWindowClosed seen): the scenario tested nothing: %w", prunes[0].Epoch, err)
		}
		return err
	}
	epoch := target.Epoch.Uint64()
	e.Logf("%s's proof of epoch %d was refused %d times with Rollup__ProofWindowClosed(%d, %d); epoch %d was pruned and L1 assured two blocks on the proven tip %s",
		p.Name, epoch, late[epoch], epoch, epoch+1+window, epoch, target.NewAssuredNumber)
	r := rollup.NewRollup()
	pruned, err := devnet.RollupView(ctx, e.Net, r.PackIsEpochPruned(target.Epoch), r.UnpackIsEpochPruned)
	if err != nil {
		return err
	}
	if !pruned {
		return failf("isEpochPruned(%d) is false after ChainPruned named it", epoch)
	}
	to := scan.next - 1
	if err := readHistory(); err != nil {
		return err
	}
	if err := assuredHistory(history, from-1, prunes); err != nil {
		return err
	}
	e.Logf("L1 blocks %d..%d: %d proof transactions judged, none landed after its window; the proven tip never went back, the assured tip only by the %d prune(s)",
		from, to, judged, len(prunes))
	if err := e.assuredOnPendingChain(ctx); err != nil {
		return err
	}
	// The watcher files against every epoch pruned meanwhile: the target and, when a late proof
	// lost its race to the prune, the epoch before it.
	sl := slasher.NewSlasher()
	keys := map[[32]byte]uint64{} // evidence key -> pruned epoch
	for _, pr := range prunes {
		key, err := slasherView(ctx, e, sl.PackEvidenceKey(watcher.KindPrunedEpoch, prunedEvidence(pr.Epoch.Uint64())), sl.UnpackEvidenceKey)
		if err != nil {
			return err
		}
		keys[key] = pr.Epoch.Uint64()
	}
	filedFor := map[uint64]uint64{} // pruned epoch -> its proposal
	if err := e.until(ctx, "the watcher files a slash proposal against each pruned epoch", e.slots(8), func() (bool, error) {
		filed, err := e.proposalsSince(ctx, proposals)
		if err != nil {
			return false, err
		}
		for i, prop := range filed {
			if ep, ok := keys[prop.EvidenceKey]; ok && prop.Kind == watcher.KindPrunedEpoch {
				filedFor[ep] = proposals + 1 + uint64(i)
			}
		}
		return len(filedFor) == len(keys), nil
	}); err != nil {
		return err
	}
	filed := filedFor[epoch]
	e.Logf("the watcher filed slash proposal %d, whose evidence is pruned epoch %d (all it filed: %v, by epoch)", filed, epoch, filedFor)
	// The rule names the epoch's whole committee although only the prover was late (docs/devnet.md,
	// "The late prover and the committee"); the token holders judge. Here they vote each down, so
	// that no live proposal against honest members outlasts the scenario on a devnet the next
	// scenarios go on with.
	for _, id := range filedFor {
		if err := e.tokenHolderVotes(ctx, id, false); err != nil {
			return err
		}
	}
	restored = true
	if err := e.restartAs(ctx, p, ""); err != nil {
		return err
	}
	if _, err := e.WaitFor(ctx, "the honest prover proves an epoch after the prune", e.epochs(2)+30*time.Second, func(s State) bool {
		return s.L1.Proven > target.NewAssuredNumber.Uint64()
	}); err != nil {
		return err
	}
	for _, id := range filedFor {
		if err := e.proposalEnds(ctx, id, proposalDefeated); err != nil {
			return err
		}
	}
	return e.honestNotSlashed(ctx, before)
}
