package observe

import (
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/cometbft/cometbft/crypto/ed25519"
	"github.com/cometbft/cometbft/crypto/tmhash"
	cmtjson "github.com/cometbft/cometbft/libs/json"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	ctypes "github.com/cometbft/cometbft/rpc/core/types"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/bindings/rollup"
)

const testChainID = "sptn-devnet"

// testValidator is a CometBFT validator with a real ed25519 key that signs votes.
type testValidator struct {
	pv  cmttypes.MockPV
	key ValidatorKey
}

func newTestValidator(t *testing.T) testValidator {
	t.Helper()
	priv := ed25519.GenPrivKey()
	return testValidator{
		pv:  cmttypes.NewMockPVWithParams(priv, false, false),
		key: ValidatorKey{Address: priv.PubKey().Address(), PubKey: priv.PubKey()},
	}
}

func blockID(seed string) cmttypes.BlockID {
	return cmttypes.BlockID{Hash: tmhash.Sum([]byte(seed)), PartSetHeader: cmttypes.PartSetHeader{Total: 1, Hash: tmhash.Sum([]byte(seed + "/parts"))}}
}

// vote signs a vote of v's key.
func (v testValidator) vote(t *testing.T, typ cmtproto.SignedMsgType, height int64, round int32, id cmttypes.BlockID) *cmttypes.Vote {
	t.Helper()
	vote := &cmttypes.Vote{Type: typ, Height: height, Round: round, BlockID: id, Timestamp: time.Unix(1_700_000_000, 0).UTC(),
		ValidatorAddress: v.key.Address, ValidatorIndex: 0}
	p := vote.ToProto()
	require.NoError(t, v.pv.SignVote(testChainID, p))
	vote.Signature = p.Signature
	return vote
}

// commitWith is a commit of block committed at height and round in which v's precommit is
// vote (for committed: COMMIT; for nil: NIL), as one node's commit would hold it.
func commitWith(committed cmttypes.BlockID, vote *cmttypes.Vote) *cmttypes.Commit {
	flag := cmttypes.BlockIDFlagCommit
	if vote.BlockID.IsZero() {
		flag = cmttypes.BlockIDFlagNil
	}
	return &cmttypes.Commit{Height: vote.Height, Round: vote.Round, BlockID: committed, Signatures: []cmttypes.CommitSig{{
		BlockIDFlag: flag, ValidatorAddress: vote.ValidatorAddress, Timestamp: vote.Timestamp, Signature: vote.Signature,
	}}}
}

// TestConflictingVotesCatchADoubleSign: two nodes' commits of one height hold the key's precommit
// for the block and its precommit for nil in the same round: a double sign. The same precommit in
// both, or precommits of different rounds, are not.
func TestConflictingVotesCatchADoubleSign(t *testing.T) {
	t.Parallel()
	v := newTestValidator(t)
	b := blockID("block 7")
	forBlock := v.vote(t, cmtproto.PrecommitType, 7, 0, b)
	forNil := v.vote(t, cmtproto.PrecommitType, 7, 0, cmttypes.BlockID{})

	seen0, err := Precommits(testChainID, v.key, "node-0", []*cmttypes.Commit{commitWith(b, forBlock)})
	require.NoError(t, err)
	seen2, err := Precommits(testChainID, v.key, "node-2", []*cmttypes.Commit{commitWith(b, forNil)})
	require.NoError(t, err)
	got := ConflictingVotes(append(seen0, seen2...))
	require.Len(t, got, 1)
	require.Contains(t, got[0], "height 7 round 0")

	again, err := Precommits(testChainID, v.key, "node-3", []*cmttypes.Commit{commitWith(b, forBlock)})
	require.NoError(t, err)
	require.Empty(t, ConflictingVotes(append(seen0, again...)), "the same precommit seen twice is no double sign")
	nextRound := v.vote(t, cmtproto.PrecommitType, 7, 1, cmttypes.BlockID{})
	later, err := Precommits(testChainID, v.key, "node-1", []*cmttypes.Commit{commitWith(b, nextRound)})
	require.NoError(t, err)
	require.Empty(t, ConflictingVotes(append(seen0, later...)), "votes of two rounds do not conflict")
}

// TestPrecommitsOfRefusesAForgedSignature: a commit carrying a signature of the key that the key
// did not make is an error, not a vote.
func TestPrecommitsOfRefusesAForgedSignature(t *testing.T) {
	t.Parallel()
	v, other := newTestValidator(t), newTestValidator(t)
	b := blockID("block 3")
	forged := other.vote(t, cmtproto.PrecommitType, 3, 0, b)
	forged.ValidatorAddress = v.key.Address
	_, err := Precommits(testChainID, v.key, "node-1", []*cmttypes.Commit{commitWith(b, forged)})
	require.ErrorContains(t, err, "does not verify")
}

// TestEvidenceAgainstFindsRealDuplicateVoteEvidence: CometBFT's own evidence of two conflicting
// prevotes, in a block as the RPC serves it (JSON), names the key.
func TestEvidenceAgainstFindsRealDuplicateVoteEvidence(t *testing.T) {
	t.Parallel()
	v, other := newTestValidator(t), newTestValidator(t)
	a := v.vote(t, cmtproto.PrevoteType, 12, 0, blockID("block 12"))
	b := v.vote(t, cmtproto.PrevoteType, 12, 0, cmttypes.BlockID{})
	vals := cmttypes.NewValidatorSet([]*cmttypes.Validator{cmttypes.NewValidator(v.key.PubKey, 1), cmttypes.NewValidator(other.key.PubKey, 1)})
	a.ValidatorIndex, b.ValidatorIndex = indexIn(vals, v.key.Address), indexIn(vals, v.key.Address)
	ev, err := cmttypes.NewDuplicateVoteEvidence(a, b, time.Unix(1_700_000_000, 0), vals)
	require.NoError(t, err)
	require.NoError(t, ev.ValidateBasic())

	blk := cmttypes.MakeBlock(14, nil, &cmttypes.Commit{}, []cmttypes.Evidence{ev})
	raw, err := cmtjson.Marshal(&ctypes.ResultBlock{Block: blk})
	require.NoError(t, err)
	var served ctypes.ResultBlock
	require.NoError(t, cmtjson.Unmarshal(raw, &served))

	got := EvidenceAgainst([]*cmttypes.Block{served.Block}, v.key.Address)
	require.Len(t, got, 1)
	require.Contains(t, got[0], "block 14 holds duplicate-vote evidence")
	require.Empty(t, EvidenceAgainst([]*cmttypes.Block{served.Block}, other.key.Address))
	require.Empty(t, EvidenceAgainst([]*cmttypes.Block{cmttypes.MakeBlock(15, nil, &cmttypes.Commit{}, nil)}, v.key.Address))
}

func indexIn(vals *cmttypes.ValidatorSet, addr cmttypes.Address) int32 {
	i, _ := vals.GetByAddress(addr)
	return i
}

// attestedPropose is a propose transaction to rollup carrying h with key's attestation.
func attestedPropose(t *testing.T, d protocol.Domain, h protocol.Header, keys ...*ecdsa.PrivateKey) *types.Transaction {
	t.Helper()
	var atts []protocol.Attestation
	for i, k := range keys {
		digest := d.AttestationDigest(h)
		sig, err := crypto.Sign(digest[:], k)
		require.NoError(t, err)
		sig[64] += 27
		var s [65]byte
		copy(s[:], sig)
		atts = append(atts, protocol.Attestation{Index: i, Signature: s})
	}
	enc, err := protocol.EncodeAttestations(atts)
	require.NoError(t, err)
	to := d.Rollup
	return types.NewTx(&types.DynamicFeeTx{To: &to, Data: rollup.NewRollup().PackPropose(h, nil, enc), Gas: 1})
}

// TestEquivocationsFindASecondAttestationOnL1: the attester's signatures over two headers of one
// slot, in two propose transactions on L1, are an equivocation; the same header proposed twice,
// another key's signature and a transaction to another contract are not.
func TestEquivocationsFindASecondAttestationOnL1(t *testing.T) {
	t.Parallel()
	key, other := mustKey(t), mustKey(t)
	attester := crypto.PubkeyToAddress(key.PublicKey)
	d := protocol.Domain{ChainID: big.NewInt(31337), Rollup: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}
	h := protocol.Header{Number: 4, Slot: 21, ParentHash: common.HexToHash("0x01"), TxsHash: protocol.EmptyTxsHash,
		FeePerDaGas: big.NewInt(1), FeePerL2Gas: big.NewInt(1)}
	second := h
	second.StateRoot = crypto.Keccak256Hash([]byte("a second header for slot 21"))

	first := AttestationsOf(d, attester, 100, []*types.Transaction{attestedPropose(t, d, h, other, key)})
	require.Len(t, first, 1)
	require.Equal(t, uint64(21), first[0].Slot)
	republished := AttestationsOf(d, attester, 101, []*types.Transaction{attestedPropose(t, d, h, key)})
	require.Empty(t, Equivocations(append(first, republished...)), "the same header twice is no equivocation")

	forged := AttestationsOf(d, attester, 102, []*types.Transaction{attestedPropose(t, d, second, key)})
	got := Equivocations(append(first, forged...))
	require.Len(t, got, 1)
	require.Contains(t, got[0], "slot 21")

	require.Empty(t, AttestationsOf(d, attester, 103, []*types.Transaction{attestedPropose(t, d, second, other)}), "another key's attestation")
	elsewhere := protocol.Domain{ChainID: d.ChainID, Rollup: common.HexToAddress("0x01")}
	require.Empty(t, AttestationsOf(d, attester, 104, []*types.Transaction{attestedPropose(t, elsewhere, second, key)}),
		"a transaction to another contract")
}

func mustKey(t *testing.T) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	require.NoError(t, err)
	return k
}
