package chaos

import (
	"bytes"
	"fmt"
	"math/big"
	"testing"
	"time"

	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/chainapi"
	"github.com/sptn/sptn/agents/devnet/observe"
)

func h(s string) common.Hash { return common.BytesToHash([]byte(s)) }

func hp(s string) *common.Hash {
	x := h(s)
	return &x
}

// TestAgreementCatchesTwoBlocksAtOneHeight: two nodes reporting different CometBFT blocks, or
// different pending blocks sealed at one height, disagree; the same block reported twice, or
// blocks of other heights, do not.
func TestAgreementCatchesTwoBlocksAtOneHeight(t *testing.T) {
	t.Parallel()
	var a agreement
	require.Empty(t, a.cometBlock("node-0", 7, "AA"))
	require.Empty(t, a.cometBlock("node-1", 7, "AA"))
	require.Empty(t, a.cometBlock("node-1", 8, "BB"))
	got := a.cometBlock("node-2", 7, "CC")
	require.Contains(t, got, "CometBFT height 7: node-0 committed block AA, node-2 committed block CC")

	blk := func(hash string, height int64, number uint64) *chainapi.Block {
		return &chainapi.Block{Hash: h(hash), Height: height, Header: chainapi.Header{Number: number}}
	}
	require.Empty(t, a.pendingBlock("node-0", blk("b5", 40, 5)))
	require.Empty(t, a.pendingBlock("node-3", blk("b5", 40, 5)))
	require.Empty(t, a.pendingBlock("node-3", blk("b5'", 44, 5)), "a block that replaced an orphaned one, at another height")
	got = a.pendingBlock("node-1", blk("x5", 40, 5))
	require.Contains(t, got, "pending block 5 sealed at height 40: node-0 holds")
}

// TestL1ChainsCatchesATipGoingBackUnexcused: the assured tip going back, or another block at
// the previous tip's number, is a violation unless a reorg or prune came between; the proven tip
// likewise; extending is always fine.
func TestL1ChainsCatchesATipGoingBackUnexcused(t *testing.T) {
	t.Parallel()
	base := l1View{L1Block: 100, Assured: tip{10, h("a10")}, Proven: tip{8, h("a8")}, ProvenOnAssured: hp("a8"),
		Finalized: tip{4, h("a4")}}
	var c l1Chains
	chains, prefix, final := c.observe(base)
	require.Empty(t, append(append(chains, prefix...), final...))

	ext := base
	ext.L1Block, ext.Assured, ext.PrevAssuredNow, ext.PrevProvenNow = 101, tip{11, h("a11")}, hp("a10"), hp("a8")
	chains, _, _ = c.observe(ext)
	require.Empty(t, chains, "extending")

	back := ext
	back.L1Block, back.Assured, back.PrevAssuredNow, back.PrevProvenNow = 102, tip{9, h("a9")}, nil, hp("a8")
	chains, _, _ = c.observe(back)
	require.Len(t, chains, 1)
	require.Contains(t, chains[0], "assured tip went back from 11")

	// Another block at the tip's number (same height, other hash), unexcused.
	c = l1Chains{}
	c.observe(ext)
	swapped := ext
	swapped.L1Block, swapped.Assured, swapped.PrevAssuredNow, swapped.PrevProvenNow = 102, tip{11, h("b11")}, hp("b11"), hp("a8")
	chains, _, _ = c.observe(swapped)
	require.Len(t, chains, 1)
	require.Contains(t, chains[0], "assured block 11 changed")

	// The proven tip going back.
	c = l1Chains{}
	c.observe(ext)
	pb := ext
	pb.L1Block, pb.Proven, pb.ProvenOnAssured, pb.PrevAssuredNow, pb.PrevProvenNow = 103, tip{7, h("a7")}, hp("a7"), hp("a11"), hp("a8")
	chains, _, _ = c.observe(pb)
	require.Len(t, chains, 1)
	require.Contains(t, chains[0], "proven tip went back")

	// The same moves with a reorg or a prune reported are excused.
	for _, why := range []string{"L1 reorg of 3 blocks (fault #4)", "ChainPruned(epoch 2) in L1 block 102"} {
		c = l1Chains{}
		c.observe(ext)
		ok := back
		ok.Excuses = []string{why}
		chains, _, _ = c.observe(ok)
		require.Empty(t, chains, why)
	}
}

// TestProvenPrefixCatchesAProvenTipOffTheAssuredChain.
func TestProvenPrefixCatchesAProvenTipOffTheAssuredChain(t *testing.T) {
	t.Parallel()
	for name, v := range map[string]l1View{
		"above":        {Assured: tip{5, h("a5")}, Proven: tip{6, h("a6")}},
		"same number":  {Assured: tip{5, h("a5")}, Proven: tip{5, h("b5")}},
		"another fork": {Assured: tip{9, h("a9")}, Proven: tip{5, h("b5")}, ProvenOnAssured: hp("a5")},
	} {
		var c l1Chains
		_, prefix, _ := c.observe(v)
		require.Len(t, prefix, 1, name)
	}
	var c l1Chains
	_, prefix, _ := c.observe(l1View{Assured: tip{9, h("a9")}, Proven: tip{5, h("a5")}, ProvenOnAssured: hp("a5")})
	require.Empty(t, prefix)
}

// TestFinalizedCatchesAChangeOrAStepBack: the finalized tip going back, or a finalized block
// replaced, is a violation even with a reorg reported.
func TestFinalizedCatchesAChangeOrAStepBack(t *testing.T) {
	t.Parallel()
	v := func(l1 uint64, f tip, prev *common.Hash) l1View {
		return l1View{L1Block: l1, Assured: tip{20, h("a20")}, Proven: tip{20, h("a20")}, Finalized: f, PrevFinalizedNow: prev,
			Excuses: []string{"L1 reorg of 6 blocks"}}
	}
	var c l1Chains
	_, _, final := c.observe(v(100, tip{8, h("a8")}, nil))
	require.Empty(t, final)
	_, _, final = c.observe(v(101, tip{16, h("a16")}, hp("a8")))
	require.Empty(t, final)
	_, _, final = c.observe(v(102, tip{8, h("a8")}, hp("a8")))
	require.Len(t, final, 1)
	require.Contains(t, final[0], "went back from 16")

	c = l1Chains{}
	c.observe(v(100, tip{16, h("a16")}, nil))
	_, _, final = c.observe(v(101, tip{24, h("a24")}, hp("x16")))
	require.Len(t, final, 1)
	require.Contains(t, final[0], "finalized block 16 changed")

	c = l1Chains{}
	c.observe(v(100, tip{16, h("a16")}, nil))
	_, _, final = c.observe(v(101, tip{16, h("x16")}, hp("a16")))
	require.Len(t, final, 1)
	require.Contains(t, final[0], "finalized block 16 was")
}

// TestSigningCatchesTwoHeadersForOneSlotAndEvidence: one attester's signatures over two headers
// of one slot, seen on L1 and in a pending block, are an equivocation; the same header seen twice
// is not; CometBFT evidence is reported once.
func TestSigningCatchesTwoHeadersForOneSlotAndEvidence(t *testing.T) {
	t.Parallel()
	var s signing
	att := common.HexToAddress("0x01")
	require.Empty(t, s.signed(observe.Signed{Attester: att, Slot: 30, Header: h("h30"), Where: "tx 0xaa, L1 block 90"}))
	require.Empty(t, s.signed(observe.Signed{Attester: att, Slot: 30, Header: h("h30"), Where: "pending block 12 (node-1)"}))
	require.Empty(t, s.signed(observe.Signed{Attester: common.HexToAddress("0x02"), Slot: 30, Header: h("other"), Where: "x"}))
	got := s.signed(observe.Signed{Attester: att, Slot: 30, Header: h("h30'"), Where: "pending block 13 (node-2)"})
	require.Contains(t, got, "signed two headers for slot 30")
	require.Contains(t, got, "pending block 13 (node-2)")

	ev := []string{"block 14 holds duplicate-vote evidence against ABCD: ..."}
	require.Equal(t, ev, s.evidence(ev))
	require.Empty(t, s.evidence(ev), "reported once")
}

// TestAByzantineMembersEquivocationAndSlashAreNoViolation: a member that ran the byzantine build
// is not honest: its two headers for a slot and its slash are kept for the log, not violations;
// an honest member's still are.
func TestAByzantineMembersEquivocationAndSlashAreNoViolation(t *testing.T) {
	t.Parallel()
	byz, honest := common.HexToAddress("0x0b"), common.HexToAddress("0x0a")
	var s signing
	s.byzantine(byz, 31)
	require.Empty(t, s.signed(observe.Signed{Attester: byz, Slot: 30, Header: h("h30"), Where: "a"}))
	require.Empty(t, s.signed(observe.Signed{Attester: byz, Slot: 30, Header: h("h30'"), Where: "b"}))
	require.Len(t, s.excused, 1)
	require.Contains(t, s.excused[0], "signed two headers for slot 30")
	require.Empty(t, s.signed(observe.Signed{Attester: honest, Slot: 30, Header: h("h30"), Where: "a"}))
	require.Contains(t, s.signed(observe.Signed{Attester: honest, Slot: 30, Header: h("h30'"), Where: "b"}), "signed two headers for slot 30")

	sl := slashing{byz: map[common.Address]bool{byz: true}}
	require.Empty(t, sl.observe("node-3", byz, big.NewInt(1000), true))
	require.Empty(t, sl.observe("node-3", byz, big.NewInt(900), false))
	require.Len(t, sl.excused, 1)
	require.Contains(t, sl.excused[0], "fell from 1000 to 900")
	require.Contains(t, sl.excused[0], "left the active set")
	require.Empty(t, sl.observe("node-1", honest, big.NewInt(1000), true))
	require.Contains(t, sl.observe("node-1", honest, big.NewInt(900), true), "fell from 1000 to 900")
}

// TestAByzantineMembersExcuseEndsWithItsByzantineProcess: a member's equivocations are excused
// only at the slots its byzantine process may have signed for (from the slot before it started to
// byzSlotMargin past the one it stopped in); before and after, it runs the honest build and is
// checked as any member. Marking it byzantine for the rest of the run left the soak (seed 1, four
// nodes) without a single honest member to check after 19 of its 51 minutes.
func TestAByzantineMembersExcuseEndsWithItsByzantineProcess(t *testing.T) {
	t.Parallel()
	byz := common.HexToAddress("0x0b")
	var s signing
	equivocate := func(slot uint64) string {
		s.signed(observe.Signed{Attester: byz, Slot: slot, Header: h(fmt.Sprint("a", slot)), Where: "a"})
		return s.signed(observe.Signed{Attester: byz, Slot: slot, Header: h(fmt.Sprint("b", slot)), Where: "b"})
	}
	s.byzantine(byz, 40)
	require.Empty(t, equivocate(39), "the previous slot: double-seal signs on top of its block")
	require.Empty(t, equivocate(60), "open while the byzantine process runs")
	s.honestAgain(byz, 50)
	require.Empty(t, equivocate(50+byzSlotMargin), "a junk seal signed ahead")
	require.Contains(t, equivocate(38), "signed two headers for slot 38", "before: honest")
	require.Contains(t, equivocate(50+byzSlotMargin+1), "signed two headers", "after: honest again")
	require.Contains(t, equivocate(1000), "signed two headers", "after: honest again")
	s.byzantine(byz, 2000)
	require.Empty(t, equivocate(2001), "a second byzantine fault of the member")
	require.Contains(t, equivocate(1500), "signed two headers", "between its two byzantine faults")
}

// TestByzantineVotesOnlyWithinTheWindow: CometBFT evidence against a node that ran the byzantine
// build is excused only for votes cast while its byzantine process ran (within a slot).
func TestByzantineVotesOnlyWithinTheWindow(t *testing.T) {
	t.Parallel()
	addr := cmttypes.Address(bytes.Repeat([]byte{7}, 20))
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	block := func(at time.Time) *cmttypes.Block {
		ev := &cmttypes.DuplicateVoteEvidence{VoteA: &cmttypes.Vote{ValidatorAddress: addr}, Timestamp: at}
		return &cmttypes.Block{Evidence: cmttypes.EvidenceData{Evidence: cmttypes.EvidenceList{ev}}}
	}
	ws := []timeWindow{{from: t0, to: t0.Add(time.Minute)}}
	slot := 4 * time.Second
	require.True(t, byzantineVotes(ws, block(t0.Add(30*time.Second)), addr, slot))
	require.True(t, byzantineVotes(ws, block(t0.Add(-3*time.Second)), addr, slot))
	require.False(t, byzantineVotes(ws, block(t0.Add(-time.Minute)), addr, slot), "before")
	require.False(t, byzantineVotes(ws, block(t0.Add(2*time.Minute)), addr, slot), "after")
	require.False(t, byzantineVotes(nil, block(t0), addr, slot), "never byzantine")
	require.True(t, byzantineVotes([]timeWindow{{from: t0}}, block(t0.Add(time.Hour)), addr, slot), "open")
	require.False(t, byzantineVotes(ws, block(t0), cmttypes.Address(bytes.Repeat([]byte{8}, 20)), slot), "no evidence against it")
}

// TestSlashingCatchesAStakeCutOrAKick.
func TestSlashingCatchesAStakeCutOrAKick(t *testing.T) {
	t.Parallel()
	var s slashing
	a := common.HexToAddress("0x0a")
	require.Empty(t, s.observe("node-1", a, big.NewInt(1000), true))
	require.Empty(t, s.observe("node-1", a, big.NewInt(1000), true))
	require.Contains(t, s.observe("node-1", a, big.NewInt(900), true), "fell from 1000 to 900")
	require.Contains(t, s.observe("node-1", a, big.NewInt(900), false), "left the active set")
	require.Empty(t, s.observe("node-1", a, big.NewInt(900), false), "reported once")
}

// TestTxBookCatchesALostTxAReasonlessDropAndADoubleInclusion: a transaction no node knows is
// lost (and put down to its node going down right after accepting it only when that is so); one
// dropped without a reason or in an undefined state is not accounted for; one in two canonical
// blocks is included twice.
func TestTxBookCatchesALostTxAReasonlessDropAndADoubleInclusion(t *testing.T) {
	t.Parallel()
	var b txBook
	for _, x := range []string{"t1", "t2", "t3", "t4", "t5"} {
		b.accept(h(x), accepted{API: "http://node-0", At: 10 * time.Second})
	}
	tx := func(x string, st *chainapi.Tx, downs ...downAt) (string, string) {
		return b.tx(h(x), st, "node-0", downs)
	}
	msg, _ := tx("t1", &chainapi.Tx{Status: chainapi.StatusAssured})
	require.Empty(t, msg)
	msg, _ = tx("t2", &chainapi.Tx{Status: chainapi.StatusQueued})
	require.Empty(t, msg)
	msg, _ = tx("t3", &chainapi.Tx{Status: chainapi.StatusDropped, Reason: "expired at height 90: no proposer took it"})
	require.Empty(t, msg)
	msg, _ = tx("t3", &chainapi.Tx{Status: chainapi.StatusDropped})
	require.Contains(t, msg, "dropped without a reason")
	msg, cause := tx("t4", nil, downAt{Agent: "node-1", Kind: KindKill, At: 10200 * time.Millisecond},
		downAt{Agent: "node-0", Kind: KindKill, At: 30 * time.Second})
	require.Contains(t, msg, "known to no node (lost)")
	require.Empty(t, cause, "no fault explains it: another node went down, or this one long after")
	msg, _ = tx("t4", nil)
	require.Empty(t, msg, "reported once")
	msg, cause = tx("t5", nil, downAt{Agent: "node-0", Kind: KindKill, At: 10200 * time.Millisecond})
	require.Contains(t, msg, "went down within 1s after accepting it")
	require.Equal(t, CauseKilledAfterAccept, cause)
	msg, _ = tx("t1", &chainapi.Tx{Status: "vanished"})
	require.Contains(t, msg, "does not define")

	require.Empty(t, b.twice(map[uint64][]common.Hash{5: {h("t1")}, 6: {h("t2")}}))
	got := b.twice(map[uint64][]common.Hash{5: {h("t1")}, 6: {h("t2")}, 9: {h("t1")}})
	require.Len(t, got, 1)
	require.Contains(t, got[0], "in blocks 5 and 9")
}

// TestAccountsCatchesANonceGapAndAStuckTransaction: a gap or a waiting next nonce is fine for a
// while (a reorg, a fee spike) and a violation past its limit.
func TestAccountsCatchesANonceGapAndAStuckTransaction(t *testing.T) {
	t.Parallel()
	a := accounts{gapLimit: 30 * time.Second, stuckLimit: 60 * time.Second}
	addr := common.HexToAddress("0x0b")
	t0 := time.Unix(1000, 0)
	require.Empty(t, a.observe(t0, "node-0", addr, 10, []uint64{12, 13}))
	require.Empty(t, a.observe(t0.Add(20*time.Second), "node-0", addr, 10, []uint64{12, 13}), "within the limit")
	got := a.observe(t0.Add(31*time.Second), "node-0", addr, 10, []uint64{12, 13})
	require.Len(t, got, 1)
	require.Contains(t, got[0], "nonce 10 is missing below pooled nonce 13")
	require.Empty(t, a.observe(t0.Add(40*time.Second), "node-0", addr, 10, []uint64{12, 13}), "reported once")
	require.Empty(t, a.observe(t0.Add(41*time.Second), "node-0", addr, 14, nil), "closed")

	require.Empty(t, a.observe(t0, "prover-0", addr, 20, []uint64{20}))
	require.Empty(t, a.observe(t0.Add(50*time.Second), "prover-0", addr, 20, []uint64{20, 21}))
	got = a.observe(t0.Add(61*time.Second), "prover-0", addr, 20, []uint64{20, 21})
	require.Len(t, got, 1)
	require.Contains(t, got[0], "at nonce 20")
	require.Empty(t, a.observe(t0.Add(70*time.Second), "prover-0", addr, 21, []uint64{21}), "it moved: a new wait")
}

// TestLivenessCatchesAStallWithAQuorumUp: the pending tip standing still past the limit while a
// quorum has been healthy for the settle time is a violation; with fewer healthy nodes, or while
// the quorum is only settling, it is not.
func TestLivenessCatchesAStallWithAQuorumUp(t *testing.T) {
	t.Parallel()
	l := liveness{need: 3, settle: 8 * time.Second, limit: 30 * time.Second}
	t0 := time.Unix(0, 0)
	at := func(s int) time.Time { return t0.Add(time.Duration(s) * time.Second) }
	require.Empty(t, l.observe(at(0), 4, tip{5, h("p5")}))
	require.Empty(t, l.observe(at(20), 2, tip{5, h("p5")}), "no quorum")
	require.Empty(t, l.observe(at(50), 2, tip{5, h("p5")}), "still no quorum")
	require.Empty(t, l.observe(at(55), 3, tip{5, h("p5")}), "quorum back: settling")
	require.Empty(t, l.observe(at(90), 3, tip{5, h("p5")}), "within 30 s of the settle time (63 s)")
	got := l.observe(at(94), 3, tip{5, h("p5")})
	require.Contains(t, got, "stood at block 5")
	require.Empty(t, l.observe(at(95), 3, tip{5, h("p5")}), "reported once")
	require.Empty(t, l.observe(at(96), 3, tip{6, h("p6")}))
	require.Empty(t, l.observe(at(120), 3, tip{6, h("p6")}))
	require.Contains(t, l.observe(at(127), 4, tip{6, h("p6")}), "stood at block 6")
}

// TestRecoveryLateCatchesAnAgentNotBack.
func TestRecoveryLateCatchesAnAgentNotBack(t *testing.T) {
	t.Parallel()
	f := Fault{ID: 3, Kind: KindKill, Agent: "node-2", Hold: 4 * time.Second}
	require.Empty(t, recoveryLate(f, false, time.Minute, 3*time.Minute))
	require.Empty(t, recoveryLate(f, true, 5*time.Minute, 3*time.Minute))
	require.Contains(t, recoveryLate(f, false, 181*time.Second, 3*time.Minute), "fault #3 (kill -9 node-2")
}
