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
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/sptn/sptn/agents/chainapi"
	"github.com/sptn/sptn/agents/devnet"
	"github.com/sptn/sptn/agents/internal/keys"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/bindings/rollup"
	"github.com/sptn/sptn/bindings/slasher"
	"github.com/sptn/sptn/bindings/staking"
)

func list() []Scenario {
	return []Scenario{
		{Name: "happy-path", Restores: true, Run: happyPath,
			Description: "blocks move through all four chains: pending, assured, proven, finalized"},
		{Name: "proposer-down", Restores: true, Run: proposerDown,
			Description: "the proposer of an upcoming slot is stopped: later slots carry on, no pending gap of 30 s"},
		{Name: "third-down", Restores: true, Run: thirdDown,
			Description: "a third of the committee (rounded down) is stopped: the chains stay live"},
		{Name: "node-crash-restart", Restores: true, Run: crashRestart,
			Description: "a node killed with SIGKILL restarts, catches up and the chain goes on"},
		{Name: "l1-fee-spike", Restores: true, Run: feeSpike,
			Description: "L1's base fee jumps to 200 gwei for several blocks: blocks are still assured"},
		{Name: "l1-reorg", Restores: true, Run: l1Reorg,
			Description: "an L1 reorg drops the last blocks: the assured chain is restored and goes on"},
		{Name: "missed-l1-block", Restores: true, Run: missedL1Block,
			Description: "L1 misses a block inside a slot, three times: the chains carry on"},
		{Name: "proof-at-window-end", Restores: true, Run: proofAtWindowEnd,
			Description: "a proof lands in the last L1 block of its epoch's window: it is accepted and nothing is pruned"},
		{Name: "reorg-removes-proof", Restores: true, Run: reorgRemovesProof,
			Description: "an L1 reorg removes an epoch's proof: the proven chain goes back, then the prover proves it again"},
		{Name: "sync-after-reorg", Restores: true, Run: syncAfterReorg,
			Description: "a node's chain data is wiped, L1 reorgs, and the node syncs from scratch: it follows L1 after the reorg and votes again"},
		{Name: "partition-minority", Restores: true, Run: partitionMinority, Netns: true,
			Description: "one host is cut off from its peers (not from L1): the others carry the chains; healed, it catches up"},
		{Name: "partition-halves", Restores: true, Run: partitionHalves, Netns: true,
			Description: "the hosts split in two halves without a quorum: the pending chain stops; healed, it goes on"},
		{Name: "equivocation", Restores: false, Run: equivocation,
			Description: "a committee member signs two headers for one slot: the watcher slashes it without a vote"},
		{Name: "over-third-down", Restores: false, Run: overThirdDown,
			Description: "more than a third of the committee is stopped: the pending chain halts and L1 opens the based fallback, where anyone proposes with a proof; when the nodes return the pending chain re-anchors on that block and is assured again"},
		{Name: "prover-down-slash", Restores: false, Run: proverDownSlash,
			Description: "the prover is down: the epoch is pruned, the watcher files, token holders vote, the committee is slashed and kicked"},
	}
}

func happyPath(ctx context.Context, e *Env) error {
	start, err := e.Observe(ctx)
	if err != nil {
		return err
	}
	e.Logf("start: %s", start)
	_, err = e.WaitFor(ctx, "pending and assured advance by 4 blocks", e.slots(20), func(s State) bool {
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
		return fmt.Errorf("the pending chain stood still for %.0fs (limit 30s)", gap.Seconds())
	}
	if after.L1.Slot <= target || after.Node.Pending.Slot <= target {
		return fmt.Errorf("no pending block after the stopped proposer's slot %d (pending slot %d)", target, after.Node.Pending.Slot)
	}
	if after.L1.Assured <= st.L1.Assured {
		return fmt.Errorf("the assured chain did not move (%d)", after.L1.Assured)
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

func crashRestart(ctx context.Context, e *Env) error {
	victim := e.Nodes[1]
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
	if err := victim.Start(); err != nil {
		return err
	}
	if err := victim.Ready(ctx, 2*time.Minute); err != nil {
		return err
	}
	e.Logf("%s restarted and ready", victim.Name)
	if err := e.caughtUp(ctx, victim, e.slots(30)); err != nil {
		return err
	}
	log, err := os.ReadFile(victim.Log)
	if err != nil {
		return err
	}
	return noConsensusFault(e, victim, log)
}

// noConsensusFault fails if a node's log mentions a double sign or a consensus failure.
func noConsensusFault(e *Env, victim *devnet.Agent, log []byte) error {
	for _, bad := range []string{"double sign", "conflicting votes", "CONSENSUS FAILURE"} {
		if strings.Contains(strings.ToLower(string(log)), strings.ToLower(bad)) {
			return fmt.Errorf("%s's log mentions %q", victim.Name, bad)
		}
	}
	e.Logf("%s's log shows no double sign or consensus failure", victim.Name)
	return nil
}

func (e *Env) rpc(ctx context.Context) (*rpc.Client, error) { return rpc.DialContext(ctx, e.Net.RPC) }

func feeSpike(ctx context.Context, e *Env) error {
	c, err := e.rpc(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	st, err := e.Observe(ctx)
	if err != nil {
		return err
	}
	spike := hexutil.EncodeBig(big.NewInt(200e9))
	e.Logf("base fee set to 200 gwei for the next 10 L1 blocks")
	for i := 0; i < 10; i++ {
		if err := c.CallContext(ctx, nil, "anvil_setNextBlockBaseFeePerGas", spike); err != nil {
			return err
		}
		time.Sleep(time.Duration(e.Profile.L1BlockTimeSeconds) * time.Second)
	}
	_, err = e.WaitFor(ctx, "assured advances by 3 through the spike", e.slots(16), func(s State) bool {
		return s.L1.Assured >= st.L1.Assured+3
	})
	return err
}

// reorgL1 drops L1's last depth blocks and their transactions (anvil_reorg) and returns the
// state just before.
func (e *Env) reorgL1(ctx context.Context, depth int) (State, error) {
	c, err := e.rpc(ctx)
	if err != nil {
		return State{}, err
	}
	defer c.Close()
	before, err := e.Observe(ctx)
	if err != nil {
		return before, err
	}
	e.Logf("before: %s; reorg the last %d L1 blocks (their transactions dropped)", before, depth)
	if err := c.CallContext(ctx, nil, "anvil_reorg", depth, []any{}); err != nil {
		return before, fmt.Errorf("anvil_reorg: %w", err)
	}
	return before, nil
}

func l1Reorg(ctx context.Context, e *Env) error {
	before, err := e.reorgL1(ctx, 3)
	if err != nil {
		return err
	}
	after, err := e.Observe(ctx)
	if err != nil {
		return err
	}
	e.Logf("right after: %s", after)
	_, err = e.WaitFor(ctx, "assured passes where it stood before the reorg", e.slots(20), func(s State) bool {
		return s.L1.Assured > before.L1.Assured+1
	})
	return err
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

func (e *Env) stakeOf(ctx context.Context, attester common.Address) (staking.IStakingStakeInfo, bool, error) {
	var info staking.IStakingStakeInfo
	addr, err := e.Net.Deployments.Address("Staking")
	if err != nil {
		return info, false, err
	}
	c, err := e.Net.Dial(ctx)
	if err != nil {
		return info, false, err
	}
	defer c.Close()
	st := staking.NewStaking()
	raw, err := c.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: st.PackGetStake(attester)}, nil)
	if err != nil {
		return info, false, err
	}
	if info, err = st.UnpackGetStake(raw); err != nil {
		return info, false, err
	}
	raw, err = c.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: st.PackIsActive(attester)}, nil)
	if err != nil {
		return info, false, err
	}
	active, err := st.UnpackIsActive(raw)
	return info, active, err
}

// equivocation: sequencer 0 signs a second header for the slot of an assured block and the
// second one is sent to L1, where the propose reverts but stays in the chain's history.
func equivocation(ctx context.Context, e *Env) error {
	st, err := e.WaitFor(ctx, "an assured block exists", e.slots(20), func(s State) bool { return s.L1.Assured > 0 })
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
	// The assured tip's header, from a node's API (the block it sealed and L1 accepted), and a
	// member of its committee to equivocate.
	blk, err := fetchBlock(ctx, e.Nodes[0].API, st.L1.Assured)
	if err != nil {
		return err
	}
	h := blk.Header.Protocol()
	committee, err := e.committeeOf(ctx, h.Slot)
	if err != nil {
		return err
	}
	victim := -1
	for i, s := range e.Net.Sequencers {
		if contains(committee, s.Attester) {
			victim = i
			break
		}
	}
	if victim < 0 {
		return fmt.Errorf("no devnet sequencer sits in the committee of slot %d", h.Slot)
	}
	signer, err := e.sequencerSigner(victim)
	if err != nil {
		return err
	}
	attester := e.Net.Sequencers[victim].Attester
	before, _, err := e.stakeOf(ctx, attester)
	if err != nil {
		return err
	}
	forged := h
	forged.StateRoot = crypto.Keccak256Hash([]byte("a second header for the same slot"))
	domain := protocol.Domain{ChainID: new(big.Int).SetUint64(e.Net.Deployments.ChainID), Rollup: rollupAddr}
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
	r := rollup.NewRollup()
	rcpt, err := devnet.Send(ctx, c, devnet.DevKey(), rollupAddr, r.PackPropose(forged, nil, enc), 500_000)
	if err != nil {
		return err
	}
	e.Logf("sequencer-%d (%s) signed a second header for slot %d; its propose was mined in L1 block %d with status %d (reverted, as expected)",
		victim, attester, h.Slot, rcpt.BlockNumber, rcpt.Status)
	deadline := time.Now().Add(2 * time.Minute)
	for {
		info, active, err := e.stakeOf(ctx, attester)
		if err == nil && info.Amount.Cmp(before.Amount) < 0 {
			e.Logf("slashed without a vote: stake %s -> %s AZT (wei), active %v", before.Amount, info.Amount, active)
			if active {
				return errors.New("the equivocating sequencer is still active")
			}
			return nil
		}
		if time.Now().After(deadline) {
			return errors.New("the watcher did not slash the equivocation within 2 minutes")
		}
		time.Sleep(time.Second)
	}
}

func (e *Env) committeeOf(ctx context.Context, slot uint64) ([]common.Address, error) {
	r := rollup.NewRollup()
	epoch := slot / uint64(e.Profile.EpochSlots)
	return devnet.RollupView(ctx, e.Net, r.PackGetEpochCommittee(new(big.Int).SetUint64(epoch)), r.UnpackGetEpochCommittee)
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
		return fmt.Errorf("the pending chain moved from %d to %d with %d of %d nodes down", halted.Node.Pending.Number, pending, down, len(e.Nodes))
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
		return fmt.Errorf("proposeBased reverted (tx %s)", rcpt.TxHash)
	}
	_, err = e.WaitFor(ctx, "anyone's based block is assured and proven at once", e.slots(4), func(s State) bool {
		return s.L1.Assured == h.Number && s.L1.Proven == h.Number
	})
	if err != nil {
		return err
	}
	based := protocol.HeaderHash(h)
	for i := 0; i < down; i++ {
		a := e.Nodes[len(e.Nodes)-1-i]
		if err := a.Start(); err != nil {
			return err
		}
		e.Logf("%s started again", a.Name)
	}
	_, err = e.WaitFor(ctx, "the pending chain resumes on the based block and two blocks on it are assured",
		e.slots(40), func(s State) bool { return s.L1.Assured >= h.Number+2 })
	if err != nil {
		return err
	}
	for _, a := range e.Nodes {
		b, err := fetchBlock(ctx, a.API, h.Number+1)
		if err != nil {
			return fmt.Errorf("%s: %w", a.Name, err)
		}
		if b.Header.ParentHash != based {
			return fmt.Errorf("%s: pending block %d has parent %s, not the based block %s", a.Name, h.Number+1,
				common.Hash(b.Header.ParentHash), based)
		}
	}
	e.Logf("every node's pending block %d is the based block's child %s", h.Number+1, based)
	// The first block on it re-anchored the chain (it may have missed its own slot, and a later
	// seal replaced it on the same parent): a node's log says which seal did.
	for _, a := range e.Nodes {
		log, err := os.ReadFile(a.Log)
		if err != nil {
			return err
		}
		for _, line := range strings.Split(string(log), "\n") {
			if strings.Contains(line, "sealing on it to re-anchor") && strings.Contains(line, based.Hex()) {
				e.Logf("%s re-anchored: %s", a.Name, line)
				return nil
			}
		}
	}
	return fmt.Errorf("no node logged a seal re-anchoring on the based block %s", based)
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
// the vote it is executed: the committee is slashed and kicked.
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
	count := func() uint64 {
		raw, err := c.CallContract(ctx, ethereum.CallMsg{To: &slasherAddr, Data: sl.PackProposalCount()}, nil)
		if err != nil {
			return 0
		}
		v, err := sl.UnpackProposalCount(raw)
		if err != nil {
			return 0
		}
		return v.Uint64()
	}
	before := count()
	deadline := time.Now().Add(e.epochs(4) + time.Minute)
	for count() == before {
		if time.Now().After(deadline) {
			return errors.New("no slash proposal was filed after the proof window passed")
		}
		time.Sleep(time.Second)
	}
	id := new(big.Int).SetUint64(before + 1)
	st, _ := e.Observe(ctx)
	e.Logf("the watcher filed slash proposal %d (%s)", id, st)
	// The committee of every epoch is the whole devnet set here.
	var stakesBefore []*big.Int
	for _, s := range e.Net.Sequencers {
		info, _, err := e.stakeOf(ctx, s.Attester)
		if err != nil {
			return err
		}
		stakesBefore = append(stakesBefore, info.Amount)
	}
	state := func() uint8 {
		raw, err := c.CallContract(ctx, ethereum.CallMsg{To: &slasherAddr, Data: sl.PackState(id)}, nil)
		if err != nil {
			return 255
		}
		v, _ := sl.UnpackState(raw)
		return v
	}
	for state() == 0 { // Pending: the voting delay
		time.Sleep(500 * time.Millisecond)
	}
	rcpt, err := devnet.Send(ctx, c, devnet.DevKey(), slasherAddr, sl.PackCastVote(id, true), 500_000)
	if err != nil {
		return err
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("the token holder's vote reverted (tx %s)", rcpt.TxHash)
	}
	e.Logf("the genesis token holder voted for proposal %d", id)
	deadline = time.Now().Add(2 * time.Minute)
	for state() != 3 { // Succeeded
		if s := state(); s == 2 || s == 5 || s == 4 {
			if s == 4 {
				break // a watcher executed it already
			}
			return fmt.Errorf("proposal %d ended in state %d", id, s)
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("proposal %d did not succeed (state %d)", id, state())
		}
		time.Sleep(time.Second)
	}
	if state() == 3 {
		rcpt, err = devnet.Send(ctx, c, devnet.DevKey(), slasherAddr, sl.PackExecute(id), 2_000_000)
		if err != nil {
			return err
		}
		if rcpt.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("execute reverted (tx %s)", rcpt.TxHash)
		}
		e.Logf("proposal %d executed in L1 block %d", id, rcpt.BlockNumber)
	}
	slashed := 0
	for i, s := range e.Net.Sequencers {
		info, active, err := e.stakeOf(ctx, s.Attester)
		if err != nil {
			return err
		}
		if info.Amount.Cmp(stakesBefore[i]) < 0 && !active {
			slashed++
		}
		e.Logf("sequencer-%d: stake %s -> %s, active %v", i, stakesBefore[i], info.Amount, active)
	}
	if slashed == 0 {
		return errors.New("no committee member was slashed and kicked")
	}
	return nil
}

// blockJSON is a node's block answer (GET /v1/blocks/{n}).
type blockJSON = chainapi.Block
