package scenario

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/sptn/sptn/agents/devnet"
	"github.com/sptn/sptn/agents/devnet/observe"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/bindings/rollup"
)

// missedL1Block stops L1 block production for one block time inside a slot, so that slot has one
// L1 block instead of two, three times: the chains carry on. The evidence lists, slot by slot, the
// L1 blocks each slot got and whether its block was assured (BlockProposed on L1).
func missedL1Block(ctx context.Context, e *Env) error {
	l1, err := e.Net.Dial(ctx)
	if err != nil {
		return err
	}
	defer l1.Close()
	st, err := e.Observe(ctx)
	if err != nil {
		return err
	}
	bt := e.Profile.L1BlockTimeSeconds
	for i := 0; i < 3; i++ {
		if err := e.Net.SkipL1Blocks(ctx, 1); err != nil {
			return err
		}
		e.Logf("L1 skipped a block (no block for %d s)", 2*bt)
		time.Sleep(e.slots(2))
	}
	end, err := e.WaitFor(ctx, "pending and assured advance by 3 despite the missed L1 blocks", e.slots(16), func(s State) bool {
		return s.Node.Pending.Number >= st.Node.Pending.Number+3 && s.L1.Assured >= st.L1.Assured+3
	})
	if err != nil {
		return err
	}
	return e.slotReport(ctx, l1, st.L1.L1Block, end.L1.L1Block)
}

// slotReport logs, for the slots of L1 blocks from to to, how many L1 blocks each slot got and
// which slots' blocks were assured.
func (e *Env) slotReport(ctx context.Context, l1 *ethclient.Client, from, to uint64) error {
	genesis, err := e.Net.RollupGenesis(ctx)
	if err != nil {
		return err
	}
	slotSecs := uint64(e.Profile.SlotSeconds())
	blocks := map[uint64]int{}
	var first, last uint64
	for n := from; n <= to; n++ {
		h, err := l1.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return err
		}
		slot := (h.Time - genesis) / slotSecs
		if n == from {
			first = slot
		}
		last = slot
		blocks[slot]++
	}
	rollupAddr, err := e.Net.Deployments.Address("Rollup")
	if err != nil {
		return err
	}
	logs, err := l1.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{rollupAddr}, Topics: [][]common.Hash{{protocol.BlockProposedID}}})
	if err != nil {
		return err
	}
	assured := map[uint64]bool{}
	for _, l := range logs {
		if len(l.Topics) > 2 {
			assured[new(big.Int).SetBytes(l.Topics[2][:]).Uint64()] = true
		}
	}
	var line []string
	for s := first; s <= last; s++ {
		mark := "-"
		if assured[s] {
			mark = "assured"
		}
		line = append(line, fmt.Sprintf("%d:%dL1/%s", s, blocks[s], mark))
	}
	e.Logf("slot by slot (slot:L1 blocks/assured): %s", strings.Join(line, " "))
	return nil
}

// proofAtWindowEnd stops the provers, then proves the oldest unproven epoch itself in an L1 block
// whose timestamp is the last second of its proof window. It decides on L1's state: the proof's
// block is that second (the window's last epoch, one second before it closes), the proof is
// accepted, and nothing is pruned: once the window has closed the epoch is not pruned and the
// assured chain still holds the block it held before the proof, by hash.
func proofAtWindowEnd(ctx context.Context, e *Env) error {
	for _, p := range e.Provers {
		if err := p.Stop(10 * time.Second); err != nil {
			return err
		}
	}
	e.Logf("provers stopped")
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
	// A proof a prover sent just before it stopped may still be in L1's pool: let two L1 blocks
	// take it before choosing the oldest unproven epoch (CI's run at afc013a chose epoch 8, which
	// such a proof then proved, and sent a proof of nothing, which reverted).
	stopped, err := c.BlockNumber(ctx)
	if err != nil {
		return err
	}
	if err := e.until(ctx, "two L1 blocks after the provers stopped", 10*time.Duration(e.Profile.L1BlockTimeSeconds)*time.Second, func() (bool, error) {
		n, err := c.BlockNumber(ctx)
		return n >= stopped+2, err
	}); err != nil {
		return setupErr(err)
	}
	tips, err := e.rollupTips(ctx)
	if err != nil {
		return err
	}
	first, err := observe.FetchBlock(ctx, e.Nodes[0].API, tips.ProvenNumber.Uint64()+1)
	if err != nil {
		return fmt.Errorf("first unproven block: %w", err)
	}
	epochSlots := uint64(e.Profile.EpochSlots)
	epoch := first.Header.Slot / epochSlots
	closes := (epoch + 1 + uint64(e.Profile.ProofWindowEpochs)) * epochSlots // first slot of the closed window
	genesis, err := e.Net.RollupGenesis(ctx)
	if err != nil {
		return err
	}
	slotSecs := uint64(e.Profile.SlotSeconds())
	windowEnd := genesis + closes*slotSecs
	e.Logf("oldest unproven epoch %d (block %d); its window closes at slot %d (L1 time %d)", epoch, first.Header.Number, closes, windowEnd)
	// Wait for real time to come close, then pin the next L1 block to the window's last second.
	if err := e.until(ctx, "L1 time comes within three blocks of the window's end", e.epochs(3), func() (bool, error) {
		head, err := c.HeaderByNumber(ctx, nil)
		if err != nil {
			return false, err
		}
		if head.Time >= windowEnd-1 {
			return false, fmt.Errorf("L1 reached the window's end (%d) before the proof could be placed", head.Time)
		}
		return head.Time+uint64(3*e.Profile.L1BlockTimeSeconds) >= windowEnd, nil
	}); err != nil {
		return setupErr(err)
	}
	tips, err = e.rollupTips(ctx)
	if err != nil {
		return err
	}
	var headers, epochHeaders []protocol.Header
	for n := tips.ProvenNumber.Uint64() + 1; n <= tips.AssuredNumber.Uint64(); n++ {
		b, err := observe.FetchBlock(ctx, e.Nodes[0].API, n)
		if err != nil {
			return err
		}
		headers = append(headers, b.Header.Protocol())
		if b.Header.Slot/epochSlots != epoch {
			break // the first block after the epoch closes the list
		}
		epochHeaders = append(epochHeaders, b.Header.Protocol())
	}
	if len(epochHeaders) == 0 { // proven meanwhile: nothing of the epoch is left to prove
		return setupErr(fmt.Errorf("epoch %d was proven while the scenario waited (proven tip %d): a prover was still at work", epoch, tips.ProvenNumber))
	}
	domain := protocol.Domain{ChainID: new(big.Int).SetUint64(e.Net.Deployments.ChainID), Rollup: rollupAddr}
	proof, err := protocol.HashChainProof(domain, epoch, tips.ProvenHash, epochHeaders)
	if err != nil {
		return err
	}
	rcpt, err := e.sendInBlockAt(ctx, windowEnd-1, rollupAddr, r.PackSubmitProof(new(big.Int).SetUint64(epoch), headers, proof))
	if err != nil {
		return err
	}
	blk, err := c.HeaderByNumber(ctx, rcpt.BlockNumber)
	if err != nil {
		return err
	}
	e.Logf("proof of epoch %d (%d blocks) mined in L1 block %d at time %d; status %d", epoch, len(epochHeaders), rcpt.BlockNumber, blk.Time, rcpt.Status)
	inEpoch := (blk.Time - genesis) / slotSecs / epochSlots
	if blk.Time != windowEnd-1 || inEpoch != epoch+uint64(e.Profile.ProofWindowEpochs) {
		return fmt.Errorf("the proof's L1 block has time %d (epoch %d), not the window's last second %d (epoch %d)",
			blk.Time, inEpoch, windowEnd-1, epoch+uint64(e.Profile.ProofWindowEpochs))
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return failf("the proof in the window's last second reverted (tx %s)", rcpt.TxHash)
	}
	after, err := e.rollupTips(ctx)
	if err != nil {
		return err
	}
	if after.ProvenNumber.Uint64() < epochHeaders[len(epochHeaders)-1].Number {
		return failf("the proven tip is %s after the proof, not the epoch's last block %d", after.ProvenNumber, epochHeaders[len(epochHeaders)-1].Number)
	}
	e.Logf("proven tip %s -> %s", tips.ProvenNumber, after.ProvenNumber)
	// Let the window close (the watchers prune what is due), then nothing may have been pruned.
	if err := e.until(ctx, "L1 passes the window's end by a slot", e.slots(4), func() (bool, error) {
		head, err := c.HeaderByNumber(ctx, nil)
		return err == nil && head.Time >= windowEnd+slotSecs, err
	}); err != nil {
		return err
	}
	pruned, err := devnet.RollupView(ctx, e.Net, r.PackIsEpochPruned(new(big.Int).SetUint64(epoch)), r.UnpackIsEpochPruned)
	if err != nil {
		return err
	}
	kept, err := e.l1Block(ctx, tips.AssuredNumber.Uint64())
	if err != nil {
		return err
	}
	now, err := e.rollupTips(ctx)
	if err != nil {
		return err
	}
	if pruned || kept != tips.AssuredHash || now.AssuredNumber.Cmp(tips.AssuredNumber) < 0 {
		return failf("epoch %d pruned %v; L1's block %s is %s (was %s); assured tip %s (was %s)", epoch, pruned,
			tips.AssuredNumber, kept, common.Hash(tips.AssuredHash), now.AssuredNumber, tips.AssuredNumber)
	}
	e.Logf("after the window closed: epoch %d not pruned; L1 still holds block %s as %s; assured tip %s",
		epoch, tips.AssuredNumber, kept, now.AssuredNumber)
	return nil
}

// sendInBlockAt sends one call from the dev account in an L1 block with timestamp ts: it stops
// interval mining, pins the next block's time, sends, mines that block itself and resumes, so that
// no block of the interval takes the pinned time before the call is in the pool.
func (e *Env) sendInBlockAt(ctx context.Context, ts uint64, to common.Address, data []byte) (*types.Receipt, error) {
	rc, err := e.rpc(ctx)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	c, err := e.Net.Dial(ctx)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	bt := e.Profile.L1BlockTimeSeconds
	if err := rc.CallContext(ctx, nil, "evm_setIntervalMining", 0); err != nil {
		return nil, fmt.Errorf("pause mining: %w", err)
	}
	defer func() { _ = rc.CallContext(context.WithoutCancel(ctx), nil, "evm_setIntervalMining", bt) }()
	if err := rc.CallContext(ctx, nil, "evm_setNextBlockTimestamp", ts); err != nil {
		return nil, err
	}
	hash, err := devnet.SendNoWait(ctx, c, devnet.DevKey(), to, data, 3_000_000)
	if err != nil {
		return nil, err
	}
	if err := rc.CallContext(ctx, nil, "evm_mine"); err != nil {
		return nil, fmt.Errorf("mine: %w", err)
	}
	return c.TransactionReceipt(ctx, hash)
}

// reorgRemovesProof waits for an epoch proof, then reorgs L1 back past the block that holds it:
// the proven tip goes back, and the prover proves the epoch again.
func reorgRemovesProof(ctx context.Context, e *Env) error {
	// The reorg must remove a proof the prover already took as landed (its transaction
	// confirmed): one still in flight is re-sent by the transaction manager as a matter of
	// course, and the reprove path this scenario is about is never reached. The provers count an
	// epoch proven only once their transaction is confirmed, so the scenario waits for a proof
	// counted after it started (on a chained devnet older proofs, and restarted provers, exist).
	proven := func() (float64, error) {
		n := 0.0
		for _, p := range e.Provers {
			v, err := scrapeCounter(ctx, p.Metrics, "sptn_prover_epochs_proven_total")
			if err != nil {
				return 0, err
			}
			n += v
		}
		return n, nil
	}
	var base float64
	if err := e.until(ctx, "the provers' metrics answer", e.slots(4), func() (bool, error) {
		n, err := proven()
		base = n
		return err == nil, err
	}); err != nil {
		return setupErr(err)
	}
	if err := e.until(ctx, "a prover's proof lands (its transaction confirmed)", e.epochs(3), func() (bool, error) {
		n, err := proven()
		return n > base, err
	}); err != nil {
		return setupErr(err)
	}
	st, err := e.Observe(ctx)
	if err != nil {
		return err
	}
	if st.L1.Proven == 0 {
		return setupErr(fmt.Errorf("a proof landed but L1's proven tip reads 0"))
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
	topic := crypto.Keccak256Hash([]byte("EpochProven(uint256,uint256,uint256,bytes32,address)"))
	logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{rollupAddr},
		Topics: [][]common.Hash{{topic}}, FromBlock: big.NewInt(0)})
	if err != nil || len(logs) == 0 {
		return fmt.Errorf("no EpochProven log found (%v)", err)
	}
	proofBlock := logs[len(logs)-1].BlockNumber
	e.Logf("the prover took the proof in block %d as landed (its transaction confirmed)", proofBlock)
	head, err := c.BlockNumber(ctx)
	if err != nil {
		return err
	}
	depth := head - proofBlock + 1
	if err := e.Net.ReorgL1(ctx, int(depth)); err != nil {
		return err
	}
	after, err := e.rollupTips(ctx)
	if err != nil {
		return err
	}
	e.Logf("reorged %d L1 blocks back past the proof in block %d: proven %d -> %s", depth, proofBlock, st.L1.Proven, after.ProvenNumber)
	if after.ProvenNumber.Uint64() >= st.L1.Proven {
		return fmt.Errorf("the reorg did not remove the proof (proven still %s)", after.ProvenNumber)
	}
	_, err = e.WaitFor(ctx, "the proof is restored (proven passes where it stood)", e.slots(10), func(s State) bool {
		return s.L1.Proven >= st.L1.Proven
	})
	return err
}

// scrapeCounter sums the counter name over its series in an agent's /metrics, read with
// Prometheus' own text parser.
func scrapeCounter(ctx context.Context, base, name string) (float64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/metrics", nil)
	if err != nil {
		return 0, err
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	parser := expfmt.NewTextParser(model.UTF8Validation)
	families, err := parser.TextToMetricFamilies(io.LimitReader(res.Body, 8<<20))
	if err != nil {
		return 0, fmt.Errorf("%s/metrics: %w", base, err)
	}
	f, ok := families[name]
	if !ok {
		return 0, fmt.Errorf("%s has no %s", base, name)
	}
	sum := 0.0
	for _, m := range f.GetMetric() {
		sum += m.GetCounter().GetValue()
	}
	return sum, nil
}
