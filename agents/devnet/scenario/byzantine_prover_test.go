package scenario

import (
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/bindings/rollup"
	"github.com/sptn/sptn/bindings/sptnerrors"
)

// proofFixture is an epoch (2, of 8-slot epochs) of three blocks 5..7 after proven block 4, then
// block 8 of epoch 3, as L1 stored them.
type proofFixture struct {
	d        protocol.Domain
	previous common.Hash
	all      []protocol.Header
	stored   map[uint64]common.Hash
}

func newProofFixture() proofFixture {
	f := proofFixture{d: protocol.Domain{ChainID: big.NewInt(31337), Rollup: common.HexToAddress("0x1234")},
		previous: common.Hash{4}, stored: map[uint64]common.Hash{}}
	parent := f.previous
	for i, slot := range []uint64{16, 17, 19, 24} {
		h := protocol.Header{Number: 5 + uint64(i), Slot: slot, ParentHash: parent, TxsHash: protocol.EmptyTxsHash,
			StateRoot: crypto.Keccak256Hash([]byte{byte(i)}), FeePerDaGas: big.NewInt(1), FeePerL2Gas: big.NewInt(1)}
		f.all = append(f.all, h)
		parent = protocol.HeaderHash(h)
		f.stored[h.Number] = parent
	}
	return f
}

func (f proofFixture) lookup(n uint64) (common.Hash, error) { return f.stored[n], nil }

func (f proofFixture) pi() common.Hash {
	return protocol.PublicInputsHash(f.d, 2, 5, 7, f.previous, []common.Hash{f.stored[5], f.stored[6], f.stored[7]})
}

func (f proofFixture) call(t *testing.T, epoch uint64, headers, proven []protocol.Header) *protocol.ProofCall {
	t.Helper()
	proof, err := protocol.HashChainProof(f.d, epoch, f.previous, proven)
	require.NoError(t, err)
	return &protocol.ProofCall{Epoch: 2, Headers: headers, Proof: proof}
}

// withRoot is headers with header at's state root changed and the later ones relinked.
func withRoot(previous common.Hash, headers []protocol.Header, at int) []protocol.Header {
	out := append([]protocol.Header(nil), headers...)
	out[at].StateRoot = common.Hash{0xba, 0xd}
	parent := previous
	for i := range out {
		out[i].ParentHash = parent
		parent = protocol.HeaderHash(out[i])
	}
	return out
}

// judgeProof says what the rollup must answer each kind of proof the byzantine prover sends.
func TestJudgeProof(t *testing.T) {
	t.Parallel()
	f := newProofFixture()
	epochHeaders := f.all[:3]

	x, err := judgeProof(f.d, f.call(t, 2, f.all, epochHeaders), 8, 4, 8, f.lookup)
	require.NoError(t, err)
	require.True(t, x.Honest, "the honest proof: %s", x.Why)

	for name, c := range map[string]*protocol.ProofCall{
		"another state root": f.call(t, 2, f.all, withRoot(f.previous, epochHeaders, 0)),
		"another epoch":      f.call(t, 3, f.all, epochHeaders),
		"another block set":  f.call(t, 2, f.all, epochHeaders[:2]),
	} {
		x, err := judgeProof(f.d, c, 8, 4, 8, f.lookup)
		require.NoError(t, err)
		require.False(t, x.Honest, name)
		require.Equal(t, []string{errInvalidProof}, x.Want, name)
		require.Equal(t, f.pi(), x.PI, "%s: the statement is the one L1 holds", name)
	}

	altered := withRoot(f.previous, epochHeaders, 2)
	x, err = judgeProof(f.d, f.call(t, 2, append(altered, f.all[3]), altered), 8, 4, 8, f.lookup)
	require.NoError(t, err)
	require.Equal(t, []string{errHeaderMismatch}, x.Want)
	require.Equal(t, uint64(7), x.Mismatch.Number)
	require.Equal(t, f.stored[7], x.Mismatch.Stored)
	require.Equal(t, protocol.HeaderHash(altered[2]), x.Mismatch.Hash)

	x, err = judgeProof(f.d, f.call(t, 2, f.all, withRoot(f.previous, epochHeaders, 0)), 8, 7, 8, f.lookup)
	require.NoError(t, err)
	require.ElementsMatch(t, []string{errRangeMismatch, errNothingToProve}, x.Want, "already proven: refused for that first")

	x, err = judgeProof(f.d, f.call(t, 2, f.all, epochHeaders), 8, 4, 7, f.lookup)
	require.NoError(t, err)
	require.Equal(t, []string{errRangeMismatch}, x.Want, "a header past the assured tip")

	// Without the block after the epoch, a proof is complete only if the epoch ends the assured
	// chain: once the chain grew (block 8 assured after the proof was built) the rollup refuses
	// it as incomplete, before it asks the verifier.
	x, err = judgeProof(f.d, f.call(t, 2, epochHeaders, epochHeaders), 8, 4, 7, f.lookup)
	require.NoError(t, err)
	require.True(t, x.Honest, "the epoch ends the assured chain: %s", x.Why)
	for name, c := range map[string]*protocol.ProofCall{
		"the honest proof":   f.call(t, 2, epochHeaders, epochHeaders),
		"another state root": f.call(t, 2, epochHeaders, withRoot(f.previous, epochHeaders, 0)),
	} {
		x, err = judgeProof(f.d, c, 8, 4, 8, f.lookup)
		require.NoError(t, err)
		require.Equal(t, []string{errProofIncomplete}, x.Want, name)
		require.Equal(t, uint64(7), x.Incomplete.Last, name)
		require.Equal(t, uint64(8), x.Incomplete.Assured, name)
		require.NoError(t, x.answered(proofTx{Call: c, Revert: &sptnerrors.ErrorsLibRollupProofIncomplete{LastNumber: big.NewInt(7), AssuredNumber: big.NewInt(8)}}), name)
		require.True(t, IsVerdict(x.answered(proofTx{Call: c, Revert: &sptnerrors.ErrorsLibRollupProofIncomplete{LastNumber: big.NewInt(7), AssuredNumber: big.NewInt(9)}})), name)
		require.True(t, IsVerdict(x.answered(proofTx{Call: c, OK: true})), "%s: it cannot land", name)
	}

	// A prune earlier in the proof's L1 block left nothing assured above the proven tip: the
	// rollup says so before it reads a header (review r37 F5).
	x, err = judgeProof(f.d, f.call(t, 2, f.all, epochHeaders), 8, 4, 4, f.lookup)
	require.NoError(t, err)
	require.Equal(t, []string{errNothingToProve}, x.Want)

	// Claimed as epoch 3, its first header (of epoch 2) lies outside it.
	c := &protocol.ProofCall{Epoch: 3, Headers: f.all, Proof: f.call(t, 3, f.all, epochHeaders).Proof}
	x, err = judgeProof(f.d, c, 8, 4, 8, f.lookup)
	require.NoError(t, err)
	require.Equal(t, []string{errEpochMismatch}, x.Want)
	right := &sptnerrors.ErrorsLibRollupProofEpochMismatch{Epoch: big.NewInt(3), BlockNumber: big.NewInt(5), BlockEpoch: big.NewInt(2)}
	require.NoError(t, x.answered(proofTx{Call: c, Revert: right}))
	wrong := *right
	wrong.BlockNumber = big.NewInt(6)
	require.True(t, IsVerdict(x.answered(proofTx{Call: c, Revert: &wrong})))
}

// replayAssured moves the assured tip by the proposes and prunes mined before a transaction in
// its own block, and ignores those mined after it.
func TestReplayAssuredFollowsTheBlockUpToTheTransaction(t *testing.T) {
	t.Parallel()
	r := rollup.NewRollup()
	proposed := func(index uint, number uint64, hash common.Hash) types.Log {
		ev := r.GetABI().Events["BlockProposed"]
		data, err := ev.Inputs.NonIndexed().Pack(false)
		require.NoError(t, err)
		return types.Log{TxIndex: index, Data: data, Topics: []common.Hash{ev.ID,
			common.BigToHash(new(big.Int).SetUint64(number)), common.BigToHash(big.NewInt(99)), hash}}
	}
	pruned := func(index uint, newTip uint64) types.Log {
		ev := r.GetABI().Events["ChainPruned"]
		data, err := ev.Inputs.NonIndexed().Pack(big.NewInt(int64(newTip)+1), big.NewInt(int64(newTip)+3), new(big.Int).SetUint64(newTip))
		require.NoError(t, err)
		return types.Log{TxIndex: index, Data: data, Topics: []common.Hash{ev.ID, common.BigToHash(big.NewInt(2))}}
	}
	logs := []types.Log{proposed(0, 8, common.Hash{8}), proposed(2, 9, common.Hash{9}), pruned(3, 6), proposed(4, 7, common.Hash{7})}

	assured, hashes, err := replayAssured(7, logs, 0)
	require.NoError(t, err)
	require.Equal(t, uint64(7), assured, "nothing before index 0")
	require.Empty(t, hashes)

	assured, hashes, err = replayAssured(7, logs, 1)
	require.NoError(t, err)
	require.Equal(t, uint64(8), assured, "the propose at index 0")
	require.Equal(t, map[uint64]common.Hash{8: {8}}, hashes)

	assured, hashes, err = replayAssured(7, logs, 3)
	require.NoError(t, err)
	require.Equal(t, uint64(9), assured)
	require.Len(t, hashes, 2)

	assured, hashes, err = replayAssured(7, logs, 4)
	require.NoError(t, err)
	require.Equal(t, uint64(6), assured, "the prune at index 3")
	require.Empty(t, hashes, "the pruned blocks' hashes are forgotten")

	assured, hashes, err = replayAssured(7, logs, 5)
	require.NoError(t, err)
	require.Equal(t, uint64(7), assured)
	require.Equal(t, map[uint64]common.Hash{7: {7}}, hashes, "a block proposed again after the prune")
}

// answered fails on a wrong proof that landed, on a refusal with another error, and on a refusal
// whose values are not the ones L1 had to name.
func TestAnsweredCatchesAWrongProofThatLanded(t *testing.T) {
	t.Parallel()
	f := newProofFixture()
	c := f.call(t, 2, f.all, withRoot(f.previous, f.all[:3], 0))
	x, err := judgeProof(f.d, c, 8, 4, 8, f.lookup)
	require.NoError(t, err)

	require.NoError(t, x.answered(proofTx{Call: c, Revert: &sptnerrors.ErrorsLibRollupInvalidProof{PublicInputsHash: f.pi()}}))
	for name, bad := range map[string]proofTx{
		"landed":            {Call: c, OK: true},
		"another error":     {Call: c, Revert: &sptnerrors.ErrorsLibRollupNothingToProve{}},
		"another statement": {Call: c, Revert: &sptnerrors.ErrorsLibRollupInvalidProof{PublicInputsHash: common.Hash{1}}},
		"no error decoded":  {Call: c, RevertRaw: "out of gas"},
	} {
		err := x.answered(bad)
		require.Error(t, err, name)
		require.True(t, IsVerdict(err), "%s: a verdict", name)
	}
	require.ErrorContains(t, x.answered(proofTx{Call: c, OK: true}), "L1 accepted a wrong proof")

	altered := withRoot(f.previous, f.all[:3], 2)
	hc := f.call(t, 2, append(altered, f.all[3]), altered)
	hx, err := judgeProof(f.d, hc, 8, 4, 8, f.lookup)
	require.NoError(t, err)
	right := &sptnerrors.ErrorsLibRollupProofHeaderMismatch{Number: big.NewInt(7), Stored: f.stored[7], Given: protocol.HeaderHash(altered[2])}
	require.NoError(t, hx.answered(proofTx{Call: hc, Revert: right}))
	wrong := *right
	wrong.Number = big.NewInt(6)
	require.True(t, IsVerdict(hx.answered(proofTx{Call: hc, Revert: &wrong})))
}

func TestProvenBeforeCountsEarlierProofsInTheBlock(t *testing.T) {
	t.Parallel()
	f := newProofFixture()
	c := f.call(t, 2, f.all, f.all[:3])
	honest := proofTx{Block: 10, Index: 0, Call: c, OK: true}
	late := proofTx{Block: 10, Index: 1, Call: c}
	require.Equal(t, uint64(7), provenBefore(4, late, []proofTx{honest, late}, 8))
	require.Equal(t, uint64(4), provenBefore(4, honest, []proofTx{honest, late}, 8))
	require.Equal(t, uint64(4), provenBefore(4, late, []proofTx{{Block: 10, Index: 0, Call: c}, late}, 8), "a reverted proof moves nothing")
}

func TestLateProofExpectation(t *testing.T) {
	t.Parallel()
	f := newProofFixture()
	tx := proofTx{Block: 20, Index: 1, Call: f.call(t, 2, f.all, f.all[:3])}
	// Something assured above the proven tip: the window's check comes before the range's and
	// the headers', so a late proof is refused as late even when a prune removed its epoch's
	// blocks and a later epoch assured others at the same heights (CI of stop 41, on geth: the
	// prune of epoch 17 did not make epoch 19's late proof anything but late).
	want, why := lateProofExpectation(tx, 4, false)
	require.Equal(t, []string{errProofWindowClose}, want)
	require.Contains(t, why, "epoch 2's window closed at the start of epoch 4")
	// Nothing assured above the proven tip just before it (right after a prune): EpochProofLib's
	// first check.
	want, _ = lateProofExpectation(tx, 4, true)
	require.Equal(t, []string{errNothingToProve}, want, "the assured tip at the proven tip")
}

func TestAssuredHistory(t *testing.T) {
	t.Parallel()
	tips := func(assured, proven int64) rollup.ChainTips {
		return rollup.ChainTips{AssuredNumber: big.NewInt(assured), ProvenNumber: big.NewInt(proven)}
	}
	prune := []prunedLog{{RollupChainPruned: &rollup.RollupChainPruned{Epoch: big.NewInt(2), FirstRemoved: big.NewInt(5),
		LastRemoved: big.NewInt(9), NewAssuredNumber: big.NewInt(4)}, Block: 102}}
	require.NoError(t, assuredHistory([]rollup.ChainTips{tips(8, 4), tips(9, 4), tips(5, 4), tips(6, 4)}, 100, prune),
		"a propose that pruned first: 9 -> 5")
	err := assuredHistory([]rollup.ChainTips{tips(8, 4), tips(9, 4), tips(9, 4), tips(5, 4)}, 100, prune)
	require.True(t, IsVerdict(err), "a drop in a block without its prune: %v", err)
	err = assuredHistory([]rollup.ChainTips{tips(8, 4), tips(9, 4), tips(3, 3)}, 100, prune)
	require.True(t, IsVerdict(err), "the proven tip went back")
	err = assuredHistory([]rollup.ChainTips{tips(8, 4), tips(10, 4), tips(5, 4)}, 100, prune)
	require.True(t, IsVerdict(err), "a drop from a tip the prune did not remove")
}

// The byzantine prover scenarios' mutations each change one line that is in the contracts.
func TestByzantineProverMutationsFindTheirLine(t *testing.T) {
	t.Parallel()
	root, err := filepath.Abs(filepath.Join("..", "..", ".."))
	require.NoError(t, err)
	for _, m := range []*Mutation{verifierBindsNothing, proofWindowAnEpochLate} {
		raw, err := os.ReadFile(filepath.Join(root, m.File))
		require.NoError(t, err)
		require.Equal(t, 1, strings.Count(string(raw), m.Old), m.Name)
		require.NotEqual(t, m.Old, m.New, m.Name)
	}
	require.Equal(t, verifierBindsNothing, All()["byzantine-wrong-proof"].Mutation)
	require.Equal(t, proofWindowAnEpochLate, All()["byzantine-late-prover"].Mutation)
}
