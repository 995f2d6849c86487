package prover_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/agent"
	"github.com/sptn/sptn/agents/internal/lifecycle"
	"github.com/sptn/sptn/agents/internal/rolluptest"
	"github.com/sptn/sptn/agents/prover"
	"github.com/sptn/sptn/bindings/rollup"
)

// net is the devnet all tests of this package share; each test starts with net.Reset.
var net *rolluptest.Net

func TestMain(m *testing.M) {
	rolluptest.Main(m, "prover", func(n *rolluptest.Net) { net = n })
}

// startProver starts a prover service with its own funded key and stops it at the test's end.
func startProver(t *testing.T, section string) (*prover.Service, common.Address) {
	t.Helper()
	var cfg prover.Config
	key := net.AgentConfig(t, "prover:\n  poll-interval: 100ms\n"+section, &cfg, prover.Keys...)
	addr := crypto.PubkeyToAddress(key.PublicKey)
	require.NoError(t, cfg.Check())
	s := prover.New(&cfg, rolluptest.Logger(t).With("prover", addr.Hex()[:8]))
	st := lifecycle.NewStack(rolluptest.Logger(t))
	require.NoError(t, lifecycle.Start(rolluptest.Ctx(t), st, 10*time.Second, s.Steps()...))
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		require.NoError(t, st.Stop(ctx))
	})
	return s, addr
}

// provenEvents returns the EpochProven events of the rollup, by epoch.
func provenEvents(t *testing.T) map[uint64][]*rollup.RollupEpochProven {
	t.Helper()
	abi := rollup.NewRollup()
	logs, err := net.Client.FilterLogs(rolluptest.Ctx(t), ethereum.FilterQuery{
		FromBlock: big.NewInt(0), Addresses: []common.Address{net.Rollup},
		Topics: [][]common.Hash{{abi.GetABI().Events["EpochProven"].ID}},
	})
	require.NoError(t, err)
	out := map[uint64][]*rollup.RollupEpochProven{}
	for i := range logs {
		ev, err := abi.UnpackEpochProvenEvent(&logs[i])
		require.NoError(t, err)
		out[ev.Epoch.Uint64()] = append(out[ev.Epoch.Uint64()], ev)
	}
	return out
}

func waitProven(t *testing.T, number uint64) {
	t.Helper()
	rolluptest.Eventually(t, fmt.Sprintf("block %d proven", number), func() bool {
		return net.Tips(t).ProvenNumber.Uint64() >= number
	})
}

// TestProvesEveryEpochOfAShortRun: blocks in three of four epochs (one epoch's proof carries the
// first block of the next epoch, one epoch has no blocks); the prover proves each epoch once it
// is complete, within its window, and nothing else.
func TestProvesEveryEpochOfAShortRun(t *testing.T) {
	net.Reset(t)
	s, addr := startProver(t, "")
	a := net.CurrentEpoch(t) + 1
	e := net.EpochDur

	// Epoch a: two blocks. The first block of a+1 is proposed before a's proof lands, so a's
	// proof names it as the block after the epoch.
	net.Propose(t, a*e+1)
	lastA := net.Propose(t, a*e+3)
	net.Propose(t, (a+1)*e)
	waitProven(t, lastA.Number)
	require.Equal(t, lastA.Number, net.Tips(t).ProvenNumber.Uint64(), "a's proof stops at a's last block")

	// Epoch a+1: one more block; a+2 has none; a+3 one block.
	lastB := net.Propose(t, (a+1)*e+5)
	net.WarpToEpoch(t, a+2)
	waitProven(t, lastB.Number)
	lastD := net.Propose(t, (a+3)*e+2)
	net.WarpToEpoch(t, a+4)
	waitProven(t, lastD.Number)

	ev := provenEvents(t)
	for _, epoch := range []uint64{a, a + 1, a + 3} {
		require.Len(t, ev[epoch], 1, "epoch %d proven once", epoch)
		require.Equal(t, addr, ev[epoch][0].Prover, "epoch %d proven by our prover", epoch)
	}
	require.Empty(t, ev[a+2], "an epoch without blocks needs no proof")
	require.Equal(t, lastA.Number, ev[a][0].EndNumber.Uint64())
	require.Equal(t, lastD.Number, ev[a+3][0].EndNumber.Uint64())
	rolluptest.Eventually(t, "the prover's status to count three epochs", func() bool {
		return s.Driver.Status().ProvenEpochs == 3
	})
	require.Zero(t, s.Driver.Status().Outcomes[prover.OutcomeWindowMissed])

	got := gather(t, s)
	require.Equal(t, 3.0, got["sptn_prover_epochs_proven_total"])
	require.Equal(t, 3.0, got["sptn_prover_proof_latency_seconds_count"], "one latency per proof")
	rolluptest.Eventually(t, "the window gauge at 0 with nothing unproven", func() bool {
		return gather(t, s)["sptn_prover_window_remaining_seconds"] == 0
	})
}

// gather reads the prover's metrics: counters summed over labels, histograms' sample counts
// as <name>_count, gauges without labels.
func gather(t *testing.T, s *prover.Service) map[string]float64 {
	t.Helper()
	families, err := s.Runtime().Metrics.Prometheus().Gather()
	require.NoError(t, err)
	got := map[string]float64{}
	for _, f := range families {
		for _, m := range f.GetMetric() {
			switch {
			case m.GetCounter() != nil:
				got[f.GetName()] += m.GetCounter().GetValue()
			case m.GetHistogram() != nil:
				got[f.GetName()+"_count"] = float64(m.GetHistogram().GetSampleCount())
			case m.GetGauge() != nil:
				got[f.GetName()] = m.GetGauge().GetValue()
			}
		}
	}
	return got
}

// TestTwoProversRaceForOneEpoch: two provers see the same complete epoch. One proof lands; the
// other prover either sends nothing (its estimate reverts with Rollup__ProofRangeMismatch or
// NothingToProve) or, if both were mined in one block, its revert is reported as such and it
// sends no further attempt.
func TestTwoProversRaceForOneEpoch(t *testing.T) {
	net.Reset(t)
	a := net.CurrentEpoch(t) + 1
	net.Propose(t, a*net.EpochDur+2)
	last := net.Propose(t, a*net.EpochDur+4)

	p1, addr1 := startProver(t, "")
	p2, addr2 := startProver(t, "")
	rolluptest.Eventually(t, "the window gauge to show the open window", func() bool {
		// Epoch a is not over yet: its window ends 2 epochs after its start.
		left := gather(t, p1)["sptn_prover_window_remaining_seconds"]
		return left > float64(net.EpochDur*net.SlotDur) && left <= float64(2*net.EpochDur*net.SlotDur)
	})
	net.WarpToEpoch(t, a+1)
	waitProven(t, last.Number)
	for _, p := range []*prover.Service{p1, p2} {
		rolluptest.Eventually(t, "both provers to see the proof", func() bool {
			st := p.Driver.Status()
			return st.Proven >= last.Number && st.Err == nil
		})
	}

	ev := provenEvents(t)[a]
	require.Len(t, ev, 1, "one proof of the epoch landed")
	winner, loser, loserAddr := p1, p2, addr2
	if ev[0].Prover == addr2 {
		winner, loser, loserAddr = p2, p1, addr1
	}
	require.Equal(t, 1, winner.Driver.Status().ProvenEpochs)
	ls := loser.Driver.Status()
	require.Zero(t, ls.ProvenEpochs)
	sent, err := net.Client.NonceAt(rolluptest.Ctx(t), loserAddr, nil)
	require.NoError(t, err)
	require.LessOrEqual(t, sent, uint64(1), "the loser sent at most the one proof that raced")
	if sent == 1 {
		require.Equal(t, 1, ls.Outcomes[prover.OutcomeReverted], "the raced proof reverted and was reported")
		require.Equal(t, 1, ls.Outcomes[prover.OutcomeAlreadyProven], "the next attempt was refused by the estimate")
	}
	t.Logf("loser sent %d transactions; outcomes %v", sent, ls.Outcomes)
}

// TestProofRemovedByReorgIsResubmitted: a confirmed proof is removed by an L1 reorg deeper than
// txmgr.confirmations; the prover sees the tips go back and proves the epoch again.
func TestProofRemovedByReorgIsResubmitted(t *testing.T) {
	net.Reset(t)
	s, addr := startProver(t, "")
	a := net.CurrentEpoch(t) + 1
	last := net.Propose(t, a*net.EpochDur+1)
	net.WarpToEpoch(t, a+1)
	waitProven(t, last.Number)
	ev := provenEvents(t)[a]
	require.Len(t, ev, 1)
	proofBlock := ev[0].Raw.BlockNumber
	rolluptest.Eventually(t, "the prover to record its proof", func() bool { return s.Driver.Status().ProvenEpochs == 1 })

	// Stop interval mining so that the depth is exact, reorg the proof's block away with empty
	// blocks, and mine again.
	require.NoError(t, net.RPC.CallContext(rolluptest.Ctx(t), nil, "evm_setIntervalMining", 0))
	head := net.Head(t).Number.Uint64()
	require.NoError(t, net.RPC.CallContext(rolluptest.Ctx(t), nil, "anvil_reorg", head-proofBlock+1, []any{}))
	require.NoError(t, net.RPC.CallContext(rolluptest.Ctx(t), nil, "evm_setIntervalMining", 1))
	require.Zero(t, net.Tips(t).ProvenNumber.Uint64(), "the reorg removed the proof")

	waitProven(t, last.Number)
	ev = provenEvents(t)[a]
	require.Len(t, ev, 1, "one proof on the canonical chain")
	require.Equal(t, addr, ev[0].Prover)
	require.NotEqual(t, proofBlock, ev[0].Raw.BlockNumber, "the proof was sent again")
	rolluptest.Eventually(t, "the prover to record the second proof", func() bool { return s.Driver.Status().ProvenEpochs == 2 })
	// The transaction manager puts the removed proof back in flight itself once L1's nonce falls
	// below it (txmgr closes nonce gaps); the prover's own revival (ErrReceiptGone, then Revive)
	// runs only when its tick asks for the proof first. Either way it is the same ID and nonce.
	require.LessOrEqual(t, s.Driver.Status().Outcomes[prover.OutcomeReorged], 1)
	sent, err := net.Client.NonceAt(rolluptest.Ctx(t), addr, nil)
	require.NoError(t, err)
	require.Equal(t, uint64(1), sent, "the proof was re-sent at its own nonce")
}

// TestReadyzFailsWhileATickIsStuckInSend: with L1 mining stopped, the prover's proof waits in
// Send; once the tick has run past prover.stuck-after the prover is not ready (it stayed ready:
// the last finished tick had succeeded), and it is ready again once mining resumes and the
// proof lands.
func TestReadyzFailsWhileATickIsStuckInSend(t *testing.T) {
	net.Reset(t)
	s, _ := startProver(t, "  stuck-after: 2s\n")
	ctx := rolluptest.Ctx(t)
	rolluptest.Eventually(t, "ready", func() bool { return s.Driver.Ready(ctx) == nil })
	a := net.CurrentEpoch(t) + 1
	last := net.Propose(t, a*net.EpochDur+1)
	net.WarpToEpoch(t, a+1)
	net.SetIntervalMining(t, 0)
	rolluptest.Eventually(t, "not ready while the proof waits in Send", func() bool {
		return errors.Is(s.Driver.Ready(ctx), agent.ErrTickStuck)
	})
	net.SetIntervalMining(t, 1)
	waitProven(t, last.Number)
	rolluptest.Eventually(t, "ready again", func() bool { return s.Driver.Ready(ctx) == nil })
}
