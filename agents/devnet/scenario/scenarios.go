package scenario

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/sptn/sptn/agents/devnet"
	"github.com/sptn/sptn/agents/devnet/observe"
	"github.com/sptn/sptn/agents/internal/keys"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/watcher"
	"github.com/sptn/sptn/bindings/rollup"
	"github.com/sptn/sptn/bindings/slasher"
)

func list() []Scenario {
	return []Scenario{
		{Name: "happy-path", Restores: true, Run: happyPath, Guard: "publish",
			Description: "blocks move through all four chains: pending, assured, proven, finalized"},
		{Name: "sync-after-reorg", Restores: true, Run: syncAfterReorg, Guard: "follow-l1", Arms: true,
			Description: "a node's chain data is wiped, L1 reorgs, and the node syncs from scratch: it follows L1 after the reorg and votes again"},
		{Name: "proposer-down", Restores: true, Run: proposerDown, Guard: "skip-slot",
			Description: "the proposer of an upcoming slot is stopped: later slots carry on, no pending gap of 30 s"},
		{Name: "third-down", Restores: true, Run: thirdDown, Guard: "quorum-all",
			Description: "a third of the committee (rounded down) is stopped: the chains stay live"},
		{Name: "node-crash-restart", Restores: true, Run: crashRestart, Guard: "double-sign",
			Description: "a node killed with SIGKILL restarts, catches up and the chain goes on"},
		{Name: "l1-fee-spike", Restores: true, Run: feeSpike, Guard: "fee-bump",
			Description: "L1's fees spike (anvil: the base fee jumps to 200 gwei for several blocks; geth, whose base fee nobody sets: a spammer fills 24 blocks at a 20 gwei tip, and proposes must be bumped past it): blocks are still assured"},
		{Name: "l1-reorg", Restores: true, Run: l1Reorg, Guard: "follow-l1", Arms: true,
			Description: "an L1 reorg drops the last blocks: the assured chain is restored and goes on"},
		{Name: "missed-l1-block", Restores: true, Run: missedL1Block, Guard: "clock-blocks",
			AnvilOnly:   "evm_setIntervalMining: geth --dev seals a block every period and cannot pause",
			Description: "L1 misses a block inside a slot, three times: the chains carry on"},
		{Name: "proof-at-window-end", Restores: true, Run: proofAtWindowEnd, Mutation: windowEndsEarly,
			AnvilOnly:   "evm_setNextBlockTimestamp: geth's blocks carry the wall clock's time",
			Description: "a proof lands in the last L1 block of its epoch's window: it is accepted and nothing is pruned"},
		{Name: "reorg-removes-proof", Restores: true, Run: reorgRemovesProof, Guard: "reprove",
			Description: "an L1 reorg removes an epoch's proof: the proven chain goes back, then the prover proves it again"},
		{Name: "byzantine-frontrun", Restores: true, Run: byzantineFrontRun, Mutation: rewardToSender,
			Description: "an L1 front-runner copies every propose and proof in L1's pool from its own account at a higher fee: each copy is refused with a named error or lands paying the honest coinbases, it is never credited a reward, the chains move and no honest member is slashed"},
		{Name: "byzantine-frontrun-blob", Restores: true, Run: byzantineFrontRunBlob, Mutation: calldataForAnyHeader,
			AnvilOnly:   "txpool_content: geth serves no blob transaction through it (its blob pool's Content is empty), so no front-runner sees a blob propose there",
			Description: "blocks go to L1 in blobs and an L1 front-runner copies every blob propose into calldata proposes of the same block, then unchanged, at a higher fee: every calldata copy is refused, each block is assured with its blobs, the chains move and no honest member is slashed"},
		{Name: "byzantine-high-s", Restores: true, Byzantine: true, Run: byzantineHighS, Guard: "low-s", Arms: true,
			Description: "one member of four runs the byzantine build and attests high-s: the honest members refuse its attestations, no propose reverts on them, the chains move and no honest member is slashed"},
		{Name: "byzantine-junk", Restores: true, Byzantine: true, Run: byzantineJunk, Guard: "squat", Arms: true,
			Description: "one member of four runs the byzantine build and proposes junk (zero-fee transactions, unsigned and foreign seals, a registration squatting another's validator key): none of it executes, the chains move and no honest member is slashed"},
		{Name: "byzantine-double-seal", Restores: true, Byzantine: true, Run: byzantineDoubleSeal, Guard: "one-seal-per-slot", Arms: true,
			Description: "one member of four runs the byzantine build and, as a slot's proposer, signs two different seals for it (sent so that members hold different ones first), then a third on top of the one committed: one pending block per slot on every honest node, the chains move, no honest member is slashed"},
		{Name: "byzantine-overprice", Restores: true, Byzantine: true, Run: byzantineOverprice, Guard: "fee-ceiling", Arms: true,
			Description: "one member of four runs the byzantine build and names prices above the chain's fee ceiling: the honest members refuse its seals, users offering any price are charged within the ceiling, the chains move, no honest member is slashed"},
		{Name: "byzantine-wrong-proof", Restores: true, Byzantine: true, Run: byzantineWrongProof, Mutation: verifierBindsNothing,
			Description: "a second prover runs the byzantine build and races the honest one with proofs of wrong statements (another state root, epoch or block set, headers L1 never assured): L1 refuses each with its named error, only proofs of the statement L1 holds land, the honest prover proves the epoch in its window and no honest member is slashed"},
		{Name: "byzantine-late-prover", Restores: true, Byzantine: true, Run: byzantineLateProver, Mutation: proofWindowAnEpochLate,
			Description: "the only prover runs the byzantine build and holds its proof until the window closed: L1 refuses it with Rollup__ProofWindowClosed, nothing is proven out of its window, the epoch is pruned (the assured tip goes back only by that), the nodes re-anchor and go on, and the watcher files against the epoch"},
		{Name: "partition-minority", Restores: true, Run: partitionMinority, Netns: true, Guard: "quorum-all",
			Description: "one host is cut off from its peers (not from L1): the others carry the chains; healed, it catches up"},
		{Name: "partition-halves", Restores: true, Run: partitionHalves, Netns: true, Guard: "skip-slot",
			Description: "the hosts split in two halves without a quorum: the pending chain stops; healed, it goes on"},
		{Name: "equivocation", Restores: false, Run: equivocation, Guard: "slash-equivocation",
			Description: "a committee member signs two headers for one slot: the watcher slashes it without a vote"},
		{Name: "over-third-down", Restores: false, Run: overThirdDown, Guard: "follow-l1", Arms: true,
			Description: "more than a third of the committee is stopped: the pending chain halts and L1 opens the based fallback, where anyone proposes with a proof; when the nodes return the pending chain re-anchors on that block and is assured again"},
		{Name: "prover-down-slash", Restores: false, Run: proverDownSlash, Guard: "whole-committee",
			Description: "the prover is down: the epoch is pruned, the watcher files, token holders vote, the committee is slashed and kicked"},
	}
}

func happyPath(ctx context.Context, e *Env) error {
	start, err := e.Observe(ctx)
	if err != nil {
		return err
	}
	e.Logf("start: %s", start)
	_, err = e.WaitFor(ctx, "pending and assured advance by 4 blocks", e.slots(10), func(s State) bool {
		return s.Node.Pending.Number >= start.Node.Pending.Number+4 && s.L1.Assured >= start.L1.Assured+4
	})
	if err != nil {
		return err
	}
	_, err = e.WaitFor(ctx, "an epoch proven and finalized", e.epochs(4)+time.Minute, func(s State) bool {
		return s.L1.Proven > start.L1.Proven && s.L1.Finalized > start.L1.Finalized
	})
	return err
}

// proposerIndexOf returns the node whose sequencer proposes slot.
func (e *Env) proposerNode(ctx context.Context, slot uint64) (int, error) {
	r := rollup.NewRollup()
	p, err := devnet.RollupView(ctx, e.Net, r.PackGetProposerAt(new(big.Int).SetUint64(slot)), r.UnpackGetProposerAt)
	if err != nil {
		return 0, fmt.Errorf("proposer of slot %d: %w", slot, err)
	}
	for i, s := range e.Net.Sequencers {
		if s.Attester == p.Proposer {
			return i, nil
		}
	}
	return 0, fmt.Errorf("proposer %s of slot %d is no devnet sequencer", p.Proposer, slot)
}

func proposerDown(ctx context.Context, e *Env) error {
	st, err := e.Observe(ctx)
	if err != nil {
		return err
	}
	target := st.L1.Slot + 3
	i, err := e.proposerNode(ctx, target)
	if err != nil {
		return err
	}
	e.Logf("node-%d proposes slot %d: stopping it", i, target)
	if err := e.Nodes[i].Stop(10 * time.Second); err != nil {
		return err
	}
	gap, pending, err := e.pendingGaps(ctx, e.slots(10))
	if err != nil {
		return err
	}
	e.Logf("over 10 slots with node-%d down the pending tip reached %d; longest time without a new pending block %.1fs", i, pending, gap.Seconds())
	after, err := e.Observe(ctx)
	if err != nil {
		return err
	}
	e.Logf("now: %s", after)
	if gap >= 30*time.Second {
		return failf("the pending chain stood still for %.0fs (limit 30s)", gap.Seconds())
	}
	if after.L1.Slot <= target || after.Node.Pending.Slot <= target {
		return failf("no pending block after the stopped proposer's slot %d (pending slot %d)", target, after.Node.Pending.Slot)
	}
	if after.L1.Assured <= st.L1.Assured {
		return failf("the assured chain did not move (%d)", after.L1.Assured)
	}
	return e.restartAll(ctx)
}

func thirdDown(ctx context.Context, e *Env) error {
	down := (len(e.Nodes) - 1) / 3
	if down == 0 {
		return errors.New("the committee is too small to lose a member and keep a quorum")
	}
	for i := 0; i < down; i++ {
		e.Logf("stopping node-%d", len(e.Nodes)-1-i)
		if err := e.Nodes[len(e.Nodes)-1-i].Stop(10 * time.Second); err != nil {
			return err
		}
	}
	st, err := e.Observe(ctx)
	if err != nil {
		return err
	}
	_, err = e.WaitFor(ctx, fmt.Sprintf("with %d of %d nodes down, pending and assured advance by 3", down, len(e.Nodes)),
		e.slots(16), func(s State) bool {
			return s.Node.Pending.Number >= st.Node.Pending.Number+3 && s.L1.Assured >= st.L1.Assured+3
		})
	if err != nil {
		return err
	}
	return e.restartAll(ctx)
}

// crashRestart SIGKILLs a node, lets the chain move three blocks without it, restarts it and
// decides on state that it lost nothing and signed nothing twice: the last-sign state it left on
// disk covers every precommit of its key in the network's commits, it votes again after the
// restart, and noDoubleSign holds.
func crashRestart(ctx context.Context, e *Env) error {
	victim := e.Nodes[1]
	w, err := e.watchSigning(ctx, 1)
	if err != nil {
		return err
	}
	e.Logf("kill -9 %s", victim.Name)
	if err := victim.Kill(); err != nil {
		return err
	}
	st, err := e.Observe(ctx)
	if err != nil {
		return err
	}
	if _, err := e.WaitFor(ctx, "pending advances by 3 while it is down", e.slots(16), func(s State) bool {
		return s.Node.Pending.Number >= st.Node.Pending.Number+3
	}); err != nil {
		return err
	}
	if err := e.privvalOnDisk(ctx, w); err != nil {
		return err
	}
	_, restartAt, err := e.networkHeight(ctx)
	if err != nil {
		return err
	}
	if err := victim.Start(); err != nil {
		return err
	}
	if err := victim.Ready(ctx, 2*time.Minute); err != nil {
		return err
	}
	e.Logf("%s restarted and ready (network at height %d)", victim.Name, restartAt)
	if err := e.caughtUp(ctx, victim, e.slots(30)); err != nil {
		return err
	}
	if err := e.votesAgain(ctx, w, restartAt, e.slots(10)); err != nil {
		return err
	}
	return e.noDoubleSign(ctx, w)
}

func (e *Env) rpc(ctx context.Context) (*rpc.Client, error) { return rpc.DialContext(ctx, e.Net.RPC) }

// feeSpike waits for a propose to sit in L1's pool, priced for the base fee of the moment, and
// makes the next block's base fee 200 gwei, for 10 blocks. The propose can only be included while
// the spike lasts if the transaction manager bumps it: its nonce must be used by the end of the
// spike (read on L1), and blocks must still be assured.
func feeSpike(ctx context.Context, e *Env) error {
	if e.Net.Geth() {
		return feeSpikeGeth(ctx, e)
	}
	c, err := e.rpc(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	l1, err := e.Net.Dial(ctx)
	if err != nil {
		return err
	}
	defer l1.Close()
	st, err := e.Observe(ctx)
	if err != nil {
		return err
	}
	spike := big.NewInt(200e9)
	waiting, spiked, err := e.spikeOverAPropose(ctx, c, l1, spike)
	if err != nil {
		return err
	}
	e.Logf("a propose from %s at nonce %d (fee cap %s wei) was in the pool when L1 block %d came with base fee %s wei",
		waiting.From, waiting.Nonce, waiting.MaxFeePerGas.ToInt(), spiked, spike)
	bt := time.Duration(e.Profile.L1BlockTimeSeconds) * time.Second
	for i := 1; i < 10; i++ {
		time.Sleep(bt)
		if err := c.CallContext(ctx, nil, "anvil_setNextBlockBaseFeePerGas", hexutil.EncodeBig(spike)); err != nil {
			return err
		}
	}
	time.Sleep(bt)
	head, err := l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	used, err := l1.NonceAt(ctx, waiting.From, nil)
	if err != nil {
		return err
	}
	e.Logf("after the spike: L1 block %d, base fee %s wei; %s's nonce is %d", head.Number, head.BaseFee, waiting.From, used)
	if used <= uint64(waiting.Nonce) {
		return failf("the propose priced before the spike (nonce %d of %s, fee cap %s wei) was not included while the base fee stood at 200 gwei: it was not bumped",
			waiting.Nonce, waiting.From, waiting.MaxFeePerGas.ToInt())
	}
	_, err = e.WaitFor(ctx, "assured advances by 3 through the spike", e.slots(16), func(s State) bool {
		return s.L1.Assured >= st.L1.Assured+3
	})
	return err
}

// spikeOverAPropose watches L1's pool for a propose and, as soon as one is there, makes the next
// block's base fee spike; it tries again if the propose was mined in the block before the spike.
// It returns the propose and the first block with the spiked base fee.
func (e *Env) spikeOverAPropose(ctx context.Context, c *rpc.Client, l1 *ethclient.Client, spike *big.Int) (observe.PooledTx, uint64, error) {
	rollupAddr, err := e.Net.Deployments.Address("Rollup")
	if err != nil {
		return observe.PooledTx{}, 0, err
	}
	calm, err := l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return observe.PooledTx{}, 0, err
	}
	for attempt := 0; attempt < 5; attempt++ {
		var waiting observe.PooledTx
		deadline := time.Now().Add(e.slots(3))
		for waiting.MaxFeePerGas == nil {
			if time.Now().After(deadline) {
				return observe.PooledTx{}, 0, errors.New("no propose came into L1's pool within 3 slots")
			}
			txs, err := observe.Pool(ctx, c)
			if err != nil {
				return observe.PooledTx{}, 0, err
			}
			for _, tx := range txs {
				if !tx.Queued && tx.MaxFeePerGas != nil && tx.To != nil && *tx.To == rollupAddr && tx.MaxFeePerGas.ToInt().Cmp(spike) < 0 {
					waiting = tx
				}
			}
			time.Sleep(50 * time.Millisecond)
		}
		before, err := l1.BlockNumber(ctx)
		if err != nil {
			return observe.PooledTx{}, 0, err
		}
		if err := c.CallContext(ctx, nil, "anvil_setNextBlockBaseFeePerGas", hexutil.EncodeBig(spike)); err != nil {
			return observe.PooledTx{}, 0, err
		}
		// The first block with the spiked base fee, and whether the propose was mined before it.
		var first uint64
		for n := before + 1; first == 0; {
			h, err := l1.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
			if errors.Is(err, ethereum.NotFound) {
				time.Sleep(100 * time.Millisecond)
				continue
			}
			if err != nil {
				return observe.PooledTx{}, 0, err
			}
			if h.BaseFee != nil && h.BaseFee.Cmp(spike) >= 0 {
				first = n
			}
			n++
		}
		mined, err := l1.NonceAt(ctx, waiting.From, new(big.Int).SetUint64(first-1))
		if err != nil {
			return observe.PooledTx{}, 0, err
		}
		if mined <= uint64(waiting.Nonce) {
			return waiting, first, nil
		}
		e.Logf("the propose at nonce %d of %s was mined before the spike; waiting for another", waiting.Nonce, waiting.From)
		if err := c.CallContext(ctx, nil, "anvil_setNextBlockBaseFeePerGas", hexutil.EncodeBig(calm.BaseFee)); err != nil {
			return observe.PooledTx{}, 0, err
		}
		time.Sleep(2 * time.Duration(e.Profile.L1BlockTimeSeconds) * time.Second)
	}
	return observe.PooledTx{}, 0, errors.New("five proposes were mined before the spike reached them")
}

// reorgL1 drops L1's last depth blocks (anvil_reorg; debug_setHead on geth) right after a
// propose landed, so that the reorg removes assured blocks, and returns the state just before.
// A reorg that took no assured block back is a harness error: the fault did not happen.
func (e *Env) reorgL1(ctx context.Context, depth int) (State, error) {
	c, err := e.rpc(ctx)
	if err != nil {
		return State{}, err
	}
	defer c.Close()
	start, err := e.Observe(ctx)
	if err != nil {
		return start, err
	}
	before, err := e.WaitFor(ctx, "a propose lands", e.slots(6), func(s State) bool { return s.L1.Assured > start.L1.Assured })
	if err != nil {
		return before, setupErr(err)
	}
	// A negative run breaks its guard only now: broken before, one slot missed for any reason
	// (a stopped member's) strands the broken build on an orphaned tip, no propose lands and
	// the run ends on this setup step instead of on the verdict it exists for. The blocks L1
	// made meanwhile (arming waits for the agents to read the switch) deepen the reorg, so that
	// it still takes the propose seen landing.
	if err := e.arm(); err != nil {
		return before, err
	}
	if e.armGuard != "" {
		if now, err := e.Observe(ctx); err == nil && now.L1.L1Block > before.L1.L1Block {
			depth += int(now.L1.L1Block - before.L1.L1Block)
		}
	}
	e.Logf("before: %s; reorg the last %d L1 blocks (their transactions dropped)", before, depth)
	if err := e.Net.ReorgL1(ctx, depth); err != nil {
		return before, err
	}
	back, err := e.rollupTips(ctx)
	if err != nil {
		return before, err
	}
	e.Logf("right after the reorg L1's assured tip is %d (it was %d)", back.AssuredNumber, before.L1.Assured)
	if back.AssuredNumber.Uint64() >= before.L1.Assured {
		// The fault did not happen: a harness error, not a verdict on the network.
		return before, fmt.Errorf("the reorg did not take the assured tip back (%s, was %d): it tested nothing", back.AssuredNumber, before.L1.Assured)
	}
	return before, nil
}

// l1Reorg reorgs L1 right after a propose landed: the assured tip must go back (the reorg took
// assured blocks with it), pass where it stood, and the new assured tip must be a block of every
// node's pending chain, by hash.
func l1Reorg(ctx context.Context, e *Env) error {
	before, err := e.reorgL1(ctx, 3)
	if err != nil {
		return err
	}
	if _, err := e.WaitFor(ctx, "assured passes where it stood before the reorg", e.slots(12), func(s State) bool {
		return s.L1.Assured > before.L1.Assured
	}); err != nil {
		return err
	}
	return e.assuredOnPendingChain(ctx)
}

// assuredOnPendingChain checks that L1's assured tip is a block of every running node's pending
// chain: the block each node holds at that number has L1's hash and is not orphaned.
func (e *Env) assuredOnPendingChain(ctx context.Context) error {
	tips, err := e.rollupTips(ctx)
	if err != nil {
		return err
	}
	n, want := tips.AssuredNumber.Uint64(), common.Hash(tips.AssuredHash)
	for _, a := range e.Nodes {
		if !a.Running() {
			continue
		}
		b, err := observe.FetchBlock(ctx, a.API, n)
		if err != nil {
			return failf("%s holds no pending block %d, L1's assured tip %s: %v", a.Name, n, want, err)
		}
		if b.Hash != want || b.Orphaned {
			return failf("%s's pending block %d is %s (orphaned %v), L1 assured %s", a.Name, n, b.Hash, b.Orphaned, want)
		}
	}
	e.Logf("L1's assured tip %d (%s) is every node's pending block %d", n, want, n)
	return nil
}

// sequencerSigner opens a devnet sequencer's keystore.
func (e *Env) sequencerSigner(i int) (*keys.KeystoreSigner, error) {
	s := e.Net.Sequencers[i]
	pw, err := os.ReadFile(s.PasswordFile)
	if err != nil {
		return nil, err
	}
	return keys.Open(s.KeystoreDir, s.Attester, string(pw))
}

// equivocation: sequencer 0 signs a second header for the slot of an assured block and the
// second one is sent to L1, where the propose reverts but stays in the chain's history.
func equivocation(ctx context.Context, e *Env) error {
	st, err := e.WaitFor(ctx, "an assured block exists", e.slots(20), func(s State) bool { return s.L1.Assured > 0 })
	if err != nil {
		return setupErr(err)
	}
	rollupAddr, err := e.Net.Deployments.Address("Rollup")
	if err != nil {
		return err
	}
	c, err := e.Net.Dial(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	// The assured tip's header, from a node's API (the block it sealed and L1 accepted), and a
	// member of its committee to equivocate.
	blk, err := observe.FetchBlock(ctx, e.Nodes[0].API, st.L1.Assured)
	if err != nil {
		return err
	}
	h := blk.Header.Protocol()
	committee, err := e.committeeOf(ctx, h.Slot)
	if err != nil {
		return err
	}
	// The victim is a member whose attestation of h is in the propose L1 accepted, where the
	// watcher reads it: the publisher sends a quorum, which need not hold every member.
	domain, err := observe.Domain(e.Net)
	if err != nil {
		return err
	}
	victim, err := e.attesterOnL1(ctx, c, domain, protocol.HeaderHash(h), committee)
	if err != nil {
		return err
	}
	signer, err := e.sequencerSigner(victim)
	if err != nil {
		return err
	}
	attester := e.Net.Sequencers[victim].Attester
	before, _, err := observe.StakeOf(ctx, e.Net, attester)
	if err != nil {
		return err
	}
	forged := h
	forged.StateRoot = crypto.Keccak256Hash([]byte("a second header for the same slot"))
	sig, err := signer.SignDigest(ctx, domain.AttestationDigest(forged))
	if err != nil {
		return err
	}
	idx := indexOf(committee, attester)
	var sig65 [65]byte
	copy(sig65[:], sig)
	enc, err := protocol.EncodeAttestations([]protocol.Attestation{{Index: idx, Signature: sig65}})
	if err != nil {
		return err
	}
	proposals, err := e.proposalCount(ctx)
	if err != nil {
		return err
	}
	r := rollup.NewRollup()
	rcpt, err := devnet.Send(ctx, c, devnet.DevKey(), rollupAddr, r.PackPropose(forged, nil, enc), 500_000)
	if err != nil {
		return err
	}
	e.Logf("sequencer-%d (%s) signed a second header for slot %d; its propose was mined in L1 block %d with status %d",
		victim, attester, h.Slot, rcpt.BlockNumber, rcpt.Status)
	if rcpt.Status != types.ReceiptStatusFailed {
		return failf("L1 accepted a second header for assured slot %d (tx %s)", h.Slot, rcpt.TxHash)
	}
	params, err := e.slasherParams(ctx)
	if err != nil {
		return err
	}
	want := new(big.Int).Div(new(big.Int).Mul(before.Amount, big.NewInt(int64(params.EquivocationSlashBps))), big.NewInt(10_000))
	var slash *slasher.SlasherEquivocationSlashed
	if err := e.until(ctx, "the watcher slashes the equivocation without a vote", e.slots(8), func() (bool, error) {
		evs, err := observe.EquivocationSlashes(ctx, e.Net, attester)
		if err != nil || len(evs) == 0 {
			return false, err
		}
		slash = evs[0]
		return true, nil
	}); err != nil {
		return err
	}
	info, active, err := observe.StakeOf(ctx, e.Net, attester)
	if err != nil {
		return err
	}
	e.Logf("EquivocationSlashed(attester %s, slot %s, reporter %s, amount %s, kicked %v); stake %s -> %s, active %v",
		slash.Attester, slash.Slot, slash.Reporter, slash.Amount, slash.Kicked, before.Amount, info.Amount, active)
	switch {
	case slash.Slot.Uint64() != h.Slot:
		return failf("the slash names slot %s, the equivocation was in slot %d", slash.Slot, h.Slot)
	case slash.Amount.Cmp(want) != 0 || new(big.Int).Sub(before.Amount, info.Amount).Cmp(want) != 0:
		return failf("slashed %s (stake %s -> %s), want %d bps of %s = %s", slash.Amount, before.Amount, info.Amount,
			params.EquivocationSlashBps, before.Amount, want)
	case !slash.Kicked || active:
		return failf("the equivocating sequencer is still active (kicked %v)", slash.Kicked)
	}
	if err := e.pause(ctx, e.slots(2)); err != nil { // the watcher acts within a poll of what it saw
		return err
	}
	// A proposal against a pruned epoch may be an earlier scenario's, filed late (CI of stop 41: a
	// failed byzantine-late-prover left its pruned epoch for the watcher to file while this ran);
	// any other kind fails the scenario.
	filed, err := e.proposalsSince(ctx, proposals)
	if err != nil {
		return err
	}
	for i, prop := range filed {
		id := proposals + 1 + uint64(i)
		if prop.Kind != watcher.KindPrunedEpoch {
			return failf("slash proposal %d of kind %d (evidence %x, validators %v) was filed during the scenario: an equivocation is slashed without a vote",
				id, prop.Kind, prop.EvidenceKey, prop.Validators)
		}
		e.Logf("slash proposal %d filed meanwhile is against a pruned epoch, not this equivocation (validators %v)", id, prop.Validators)
	}
	e.Logf("no slash proposal (vote) but against a pruned epoch was filed: the Slasher counts %d, %d before",
		proposals+uint64(len(filed)), proposals)
	return nil
}

// proposalsSince are the Slasher's proposals after the first n, in order (the first is n+1).
func (e *Env) proposalsSince(ctx context.Context, n uint64) ([]slasher.Proposal, error) {
	count, err := e.proposalCount(ctx)
	if err != nil {
		return nil, err
	}
	sl := slasher.NewSlasher()
	var out []slasher.Proposal
	for id := n + 1; id <= count; id++ {
		prop, err := slasherView(ctx, e, sl.PackGetProposal(new(big.Int).SetUint64(id)), sl.UnpackGetProposal)
		if err != nil {
			return nil, err
		}
		out = append(out, prop)
	}
	return out, nil
}

// pause waits d unless ctx ends first.
func (e *Env) pause(ctx context.Context, d time.Duration) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(d):
		return nil
	}
}

// proposalCount is the number of slash proposals filed on the Slasher.
func (e *Env) proposalCount(ctx context.Context) (uint64, error) {
	v, err := slasherView(ctx, e, slasher.NewSlasher().PackProposalCount(), slasher.NewSlasher().UnpackProposalCount)
	if err != nil {
		return 0, err
	}
	return v.Uint64(), nil
}

// slasherParams are the Slasher's parameters.
func (e *Env) slasherParams(ctx context.Context) (slasher.SlasherParams, error) {
	return slasherView(ctx, e, slasher.NewSlasher().PackGetParams(), slasher.NewSlasher().UnpackGetParams)
}

// slasherView calls a view of the devnet's Slasher.
func slasherView[T any](ctx context.Context, e *Env, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	addr, err := e.Net.Deployments.Address("Slasher")
	if err != nil {
		return zero, err
	}
	c, err := e.Net.Dial(ctx)
	if err != nil {
		return zero, err
	}
	defer c.Close()
	raw, err := c.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: data}, nil)
	if err != nil {
		return zero, err
	}
	return unpack(raw)
}

func (e *Env) committeeOf(ctx context.Context, slot uint64) ([]common.Address, error) {
	r := rollup.NewRollup()
	epoch := slot / uint64(e.Profile.EpochSlots)
	return devnet.RollupView(ctx, e.Net, r.PackGetEpochCommittee(new(big.Int).SetUint64(epoch)), r.UnpackGetEpochCommittee)
}

// attesterOnL1 returns the devnet sequencer (a member of committee) whose attestation of the header
// hash is in a propose transaction among the last 64 L1 blocks.
func (e *Env) attesterOnL1(ctx context.Context, c *ethclient.Client, domain protocol.Domain, header common.Hash, committee []common.Address) (int, error) {
	head, err := c.BlockNumber(ctx)
	if err != nil {
		return -1, err
	}
	for n := head; n > 0 && n+64 > head; n-- {
		b, err := c.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return -1, err
		}
		for i, s := range e.Net.Sequencers {
			if !contains(committee, s.Attester) {
				continue
			}
			for _, a := range observe.AttestationsOf(domain, s.Attester, n, b.Transactions()) {
				if a.Header == header {
					return i, nil
				}
			}
		}
	}
	return -1, fmt.Errorf("no devnet sequencer's attestation of header %s in the last 64 L1 blocks", header)
}

func contains(list []common.Address, a common.Address) bool { return indexOf(list, a) >= 0 }

func indexOf(list []common.Address, a common.Address) int {
	for i, x := range list {
		if x == a {
			return i
		}
	}
	return -1
}

// overThirdDown stops two of four nodes: the pending chain halts; once fallbackSlots pass
// without an assured block, anyone proposes on the proven tip with a proof (here, the dev
// account, through the testnet verifier). Then the nodes return: the pending chain re-anchors
// on the based block (which it never had), every node's next block is its child, and new
// blocks are assured on L1 on top of it.
func overThirdDown(ctx context.Context, e *Env) error {
	down := len(e.Nodes) - protocol.Quorum(len(e.Nodes)) + 1
	for i := 0; i < down; i++ {
		e.Logf("stopping node-%d", len(e.Nodes)-1-i)
		if err := e.Nodes[len(e.Nodes)-1-i].Stop(10 * time.Second); err != nil {
			return err
		}
	}
	halted, err := e.Observe(ctx)
	if err != nil {
		return err
	}
	gap, pending, err := e.pendingGaps(ctx, e.slots(6))
	if err != nil {
		return err
	}
	if pending > halted.Node.Pending.Number+1 {
		return failf("the pending chain moved from %d to %d with %d of %d nodes down", halted.Node.Pending.Number, pending, down, len(e.Nodes))
	}
	e.Logf("with %d of %d nodes down the pending chain halted at %d (still for %.0fs)", down, len(e.Nodes), pending, gap.Seconds())
	// The fallback opens fallbackSlots after the assured tip, and not before the unproven blocks'
	// proof window has closed (Rollup.fallbackActiveFrom); a profile whose fallback_slots is at
	// least (1 + proof_window_epochs) epochs, as every shipped one, never waits for the latter.
	wait := max(e.Profile.FallbackSlots, (1+e.Profile.ProofWindowEpochs)*e.Profile.EpochSlots)
	st, err := e.WaitFor(ctx, "the based fallback opens", e.slots(wait+6), func(s State) bool {
		return s.L1.Slot >= fallbackActiveFrom(ctx, e)
	})
	if err != nil {
		return err
	}
	rollupAddr, err := e.Net.Deployments.Address("Rollup")
	if err != nil {
		return err
	}
	c, err := e.Net.Dial(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	r := rollup.NewRollup()
	tips, err := e.rollupTips(ctx)
	if err != nil {
		return err
	}
	domain := protocol.Domain{ChainID: new(big.Int).SetUint64(e.Net.Deployments.ChainID), Rollup: rollupAddr}
	slot := st.L1.Slot + 1
	h := protocol.Header{
		Number: tips.ProvenNumber.Uint64() + 1, Slot: slot, ParentHash: tips.ProvenHash,
		TxsHash: protocol.EmptyTxsHash, FeePerDaGas: big.NewInt(1), FeePerL2Gas: big.NewInt(1),
		Coinbase: crypto.PubkeyToAddress(devnet.DevKey().PublicKey),
	}
	proof, err := protocol.HashChainProof(domain, slot/uint64(e.Profile.EpochSlots), tips.ProvenHash, []protocol.Header{h})
	if err != nil {
		return err
	}
	genesis, err := e.Net.RollupGenesis(ctx)
	if err != nil {
		return err
	}
	if err := e.Net.WarpTo(ctx, genesis+slot*uint64(e.Profile.SlotSeconds())); err != nil {
		return err
	}
	rcpt, err := devnet.Send(ctx, c, devnet.DevKey(), rollupAddr, r.PackProposeBased(h, nil, proof), 1_000_000)
	if err != nil {
		return err
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return failf("proposeBased reverted (tx %s)", rcpt.TxHash)
	}
	_, err = e.WaitFor(ctx, "anyone's based block is assured and proven at once", e.slots(4), func(s State) bool {
		return s.L1.Assured == h.Number && s.L1.Proven == h.Number
	})
	if err != nil {
		return err
	}
	based := protocol.HeaderHash(h)
	if err := e.arm(); err != nil {
		return err
	}
	for i := 0; i < down; i++ {
		a := e.Nodes[len(e.Nodes)-1-i]
		if err := a.Start(); err != nil {
			return err
		}
		e.Logf("%s started again", a.Name)
	}
	_, err = e.WaitFor(ctx, "the pending chain resumes on the based block and two blocks on it are assured",
		e.slots(16), func(s State) bool { return s.L1.Assured >= h.Number+2 })
	if err != nil {
		return err
	}
	for _, a := range e.Nodes {
		b, err := observe.FetchBlock(ctx, a.API, h.Number+1)
		if err != nil {
			return fmt.Errorf("%s: %w", a.Name, err)
		}
		if b.Header.ParentHash != based {
			return failf("%s: pending block %d has parent %s, not the based block %s", a.Name, h.Number+1,
				common.Hash(b.Header.ParentHash), based)
		}
	}
	e.Logf("every node's pending block %d is the based block's child %s", h.Number+1, based)
	// The pending chain re-anchored on the based block, and L1 assured what it built there: the
	// hashes L1 holds for the two blocks after the based block are the nodes' pending blocks.
	for n := h.Number + 1; n <= h.Number+2; n++ {
		onL1, err := e.l1Block(ctx, n)
		if err != nil {
			return err
		}
		for _, a := range e.Nodes {
			b, err := observe.FetchBlock(ctx, a.API, n)
			if err != nil {
				return failf("%s holds no pending block %d: %v", a.Name, n, err)
			}
			if b.Hash != onL1 || b.Orphaned {
				return failf("%s's pending block %d is %s (orphaned %v); L1 assured %s", a.Name, n, b.Hash, b.Orphaned, onL1)
			}
		}
		e.Logf("L1's block %d is %s, every node's pending block %d", n, onL1, n)
	}
	return nil
}

// rollupTips reads Rollup.getTips at L1's latest block.
func (e *Env) rollupTips(ctx context.Context) (rollup.ChainTips, error) {
	r := rollup.NewRollup()
	return devnet.RollupView(ctx, e.Net, r.PackGetTips(), r.UnpackGetTips)
}

// fallbackActiveFrom is the first slot at which the rollup accepts a based block (far in the
// future if it cannot be read, so that a condition on it stays false).
func fallbackActiveFrom(ctx context.Context, e *Env) uint64 {
	r := rollup.NewRollup()
	from, err := devnet.RollupView(ctx, e.Net, r.PackFallbackActiveFrom(), r.UnpackFallbackActiveFrom)
	if err != nil {
		return 1 << 62
	}
	return from.Uint64()
}

// proverDownSlash stops every prover: the oldest unproven epoch's window closes, the watcher
// prunes and files a proposal against its committee, the token holder votes for it, and after
// the vote it is executed. It decides on L1's state: the epoch is pruned, the proposal's evidence
// names that epoch and its validators are that epoch's whole committee, and every member of it is
// slashed the proposal's share and kicked (docs/slashing.md).
func proverDownSlash(ctx context.Context, e *Env) error {
	for _, p := range e.Provers {
		e.Logf("stopping %s", p.Name)
		if err := p.Stop(10 * time.Second); err != nil {
			return err
		}
	}
	slasherAddr, err := e.Net.Deployments.Address("Slasher")
	if err != nil {
		return err
	}
	c, err := e.Net.Dial(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	sl := slasher.NewSlasher()
	before, err := e.proposalCount(ctx)
	if err != nil {
		return err
	}
	stakes := map[common.Address]*big.Int{}
	for _, s := range e.Net.Sequencers {
		info, _, err := observe.StakeOf(ctx, e.Net, s.Attester)
		if err != nil {
			return err
		}
		stakes[s.Attester] = info.Amount
	}
	if err := e.until(ctx, "the watcher files a slash proposal after the proof window passed", e.epochs(4)+time.Minute, func() (bool, error) {
		n, err := e.proposalCount(ctx)
		return n > before, err
	}); err != nil {
		return err
	}
	id := new(big.Int).SetUint64(before + 1)
	p, err := slasherView(ctx, e, sl.PackGetProposal(id), sl.UnpackGetProposal)
	if err != nil {
		return err
	}
	st, _ := e.Observe(ctx)
	e.Logf("the watcher filed slash proposal %d: kind %d, %d validators, %d bps, kick %v (%s)", id, p.Kind, len(p.Validators), p.SlashBps, p.Kick, st)
	epoch, err := e.prunedEpochNamed(ctx, p)
	if err != nil {
		return err
	}
	committee, err := devnet.RollupView(ctx, e.Net, rollup.NewRollup().PackGetEpochCommittee(new(big.Int).SetUint64(epoch)),
		rollup.NewRollup().UnpackGetEpochCommittee)
	if err != nil {
		return err
	}
	if err := proposalNamesCommittee(p, committee); err != nil {
		return err
	}
	e.Logf("epoch %d is pruned; the proposal's evidence names it and its validators are the epoch's whole committee of %d", epoch, len(committee))

	state := func() (uint8, error) { return slasherView(ctx, e, sl.PackState(id), sl.UnpackState) }
	if err := e.tokenHolderVotes(ctx, id.Uint64(), true); err != nil {
		return err
	}
	var final uint8
	if err := e.until(ctx, fmt.Sprintf("proposal %d succeeds", id), 2*time.Minute, func() (bool, error) {
		s, err := state()
		if err != nil {
			return false, err
		}
		if s == proposalDefeated || s == proposalExpired {
			return false, failf("proposal %d ended in state %d", id, s)
		}
		final = s
		return s == proposalSucceeded || s == proposalExecuted, nil // or executed by a watcher already
	}); err != nil {
		return err
	}
	if final == proposalSucceeded {
		rcpt, err := devnet.Send(ctx, c, devnet.DevKey(), slasherAddr, sl.PackExecute(id), 2_000_000)
		if err != nil {
			return err
		}
		if rcpt.Status != types.ReceiptStatusSuccessful {
			return failf("execute reverted (tx %s)", rcpt.TxHash)
		}
		e.Logf("proposal %d executed in L1 block %d", id, rcpt.BlockNumber)
	}
	after := map[common.Address]*big.Int{}
	active := map[common.Address]bool{}
	for _, a := range committee {
		info, act, err := observe.StakeOf(ctx, e.Net, a)
		if err != nil {
			return err
		}
		after[a], active[a] = info.Amount, act
		e.Logf("%s: stake %s -> %s, active %v", a, stakes[a], info.Amount, act)
	}
	if bad := committeeSlashed(committee, stakes, after, active, p.SlashBps, p.Kick); len(bad) > 0 {
		return failf("the committee of epoch %d was not slashed and kicked as the proposal says: %s", epoch, strings.Join(bad, "; "))
	}
	e.Logf("every member of epoch %d's committee lost %d bps of its stake and left the active set", epoch, p.SlashBps)
	return nil
}

// Slasher proposal states (ISlasher.ProposalState).
const (
	proposalPending uint8 = iota
	proposalActive
	proposalDefeated
	proposalSucceeded
	proposalExecuted
	proposalExpired
)

// tokenHolderVotes has the genesis token holder (who holds the votes of the devnet's supply) vote
// on proposal id once its vote opens.
func (e *Env) tokenHolderVotes(ctx context.Context, id uint64, support bool) error {
	sl := slasher.NewSlasher()
	bid := new(big.Int).SetUint64(id)
	if err := e.until(ctx, fmt.Sprintf("the vote on proposal %d opens", id), time.Minute, func() (bool, error) {
		s, err := slasherView(ctx, e, sl.PackState(bid), sl.UnpackState)
		return s != proposalPending, err
	}); err != nil {
		return err
	}
	addr, err := e.Net.Deployments.Address("Slasher")
	if err != nil {
		return err
	}
	c, err := e.Net.Dial(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	rcpt, err := devnet.Send(ctx, c, devnet.DevKey(), addr, sl.PackCastVote(bid, support), 500_000)
	if err != nil {
		return err
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("the token holder's vote on proposal %d reverted (tx %s)", id, rcpt.TxHash)
	}
	how := "for"
	if !support {
		how = "against"
	}
	e.Logf("the genesis token holder voted %s proposal %d in L1 block %d", how, id, rcpt.BlockNumber)
	return nil
}

// proposalEnds waits until proposal id's vote is over and fails unless it ended in state want.
func (e *Env) proposalEnds(ctx context.Context, id uint64, want uint8) error {
	sl := slasher.NewSlasher()
	params, err := e.slasherParams(ctx)
	if err != nil {
		return err
	}
	names := []string{"Pending", "Active", "Defeated", "Succeeded", "Executed", "Expired"}
	name := func(s uint8) string {
		if int(s) < len(names) {
			return names[s]
		}
		return fmt.Sprintf("state %d", s)
	}
	bid := new(big.Int).SetUint64(id)
	var got uint8
	wait := time.Duration(params.VotingDelay+params.VotingPeriod)*time.Second + time.Minute
	if err := e.until(ctx, fmt.Sprintf("the vote on proposal %d ends", id), wait, func() (bool, error) {
		s, err := slasherView(ctx, e, sl.PackState(bid), sl.UnpackState)
		got = s
		return s != proposalPending && s != proposalActive, err
	}); err != nil {
		return err
	}
	if got != want {
		return failf("proposal %d ended %s, not %s", id, name(got), name(want))
	}
	p, err := slasherView(ctx, e, sl.PackGetProposal(bid), sl.UnpackGetProposal)
	if err != nil {
		return err
	}
	e.Logf("proposal %d ended %s (for %s, against %s, of a supply of %s)", id, name(got), p.ForVotes, p.AgainstVotes, p.Supply)
	return nil
}

// prunedEpochNamed returns the epoch a pruned-epoch proposal's evidence names, after checking
// that the rollup pruned it and that the proposal's evidence key is that epoch's.
func (e *Env) prunedEpochNamed(ctx context.Context, p slasher.Proposal) (uint64, error) {
	if p.Kind != 0 {
		return 0, failf("the proposal's evidence is of kind %d, not a pruned epoch", p.Kind)
	}
	r := rollup.NewRollup()
	tips, err := e.rollupTips(ctx)
	if err != nil {
		return 0, err
	}
	// The pruned epoch is at or below the current one: find the one whose key the proposal names.
	cur, err := devnet.RollupView(ctx, e.Net, r.PackGetCurrentEpoch(), r.UnpackGetCurrentEpoch)
	if err != nil {
		return 0, err
	}
	for epoch := uint64(0); epoch <= cur.Uint64(); epoch++ {
		key, err := slasherView(ctx, e, slasher.NewSlasher().PackEvidenceKey(0, prunedEvidence(epoch)), slasher.NewSlasher().UnpackEvidenceKey)
		if err != nil {
			return 0, err
		}
		if key != p.EvidenceKey {
			continue
		}
		pruned, err := devnet.RollupView(ctx, e.Net, r.PackIsEpochPruned(new(big.Int).SetUint64(epoch)), r.UnpackIsEpochPruned)
		if err != nil {
			return 0, err
		}
		if !pruned {
			return 0, failf("the proposal names epoch %d, which the rollup did not prune", epoch)
		}
		e.Logf("the rollup pruned epoch %d (assured tip now %s, proven %s)", epoch, tips.AssuredNumber, tips.ProvenNumber)
		return epoch, nil
	}
	return 0, failf("the proposal's evidence key %x names no epoch up to %s", p.EvidenceKey, cur)
}

// prunedEvidence is the Slasher's evidence of a pruned epoch: abi.encode(uint256 epoch).
func prunedEvidence(epoch uint64) []byte {
	return common.LeftPadBytes(new(big.Int).SetUint64(epoch).Bytes(), 32)
}

// proposalNamesCommittee fails unless the proposal's validators are exactly the committee, in the
// Slasher's increasing order.
func proposalNamesCommittee(p slasher.Proposal, committee []common.Address) error {
	want := sortedAddresses(committee)
	if len(p.Validators) != len(want) {
		return failf("the proposal names %d validators %v, the committee has %d %v", len(p.Validators), p.Validators, len(want), want)
	}
	for i := range want {
		if p.Validators[i] != want[i] {
			return failf("the proposal names %v, the committee is %v", p.Validators, want)
		}
	}
	return nil
}

// committeeSlashed lists every committee member that the executed proposal did not slash by
// slashBps of its stake before, or (with kick) did not remove from the active set.
func committeeSlashed(committee []common.Address, before, after map[common.Address]*big.Int, active map[common.Address]bool,
	slashBps uint16, kick bool) []string {
	var bad []string
	for _, a := range committee {
		b, ok := before[a]
		if !ok || after[a] == nil {
			bad = append(bad, fmt.Sprintf("%s: no stake read", a))
			continue
		}
		cut := new(big.Int).Div(new(big.Int).Mul(b, big.NewInt(int64(slashBps))), big.NewInt(10_000))
		if got := new(big.Int).Sub(b, after[a]); got.Cmp(cut) != 0 {
			bad = append(bad, fmt.Sprintf("%s lost %s of %s, want %s", a, got, b, cut))
		}
		if kick && active[a] {
			bad = append(bad, fmt.Sprintf("%s is still active", a))
		}
	}
	return bad
}
