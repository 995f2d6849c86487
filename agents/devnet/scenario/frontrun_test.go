package scenario

import (
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/bindings/rollup"
)

func frontRunHeader() protocol.Header {
	return protocol.Header{Number: 7, Slot: 9, TxsHash: common.HexToHash("0x11"), FeePerDaGas: big.NewInt(1),
		FeePerL2Gas: big.NewInt(1), Coinbase: common.HexToAddress("0xc0")}
}

// TestCopiesOf: in reward mode the front-runner copies calldata proposes and proofs unchanged; in
// blob mode it turns a blob propose into two calldata proposes of the same header and attestations
// (the block's data read from the blobs, and the packed versioned hashes); nothing else is copied.
func TestCopiesOf(t *testing.T) {
	t.Parallel()
	r := rollup.NewRollup()
	h := frontRunHeader()
	atts := make([]byte, 2*protocol.AttestationSize)
	atts[protocol.AttestationSize] = 1
	rollupAddr := common.HexToAddress("0x1234")
	tx := func(data []byte) pooledTx {
		return pooledTx{Hash: common.HexToHash("0xaa"), To: &rollupAddr, Gas: 300_000, Input: data}
	}

	calldata := tx(r.PackPropose(h, []byte("txs"), atts))
	got, err := copiesOf(calldata, stealRewards)
	require.NoError(t, err)
	require.Len(t, got, 1)
	require.Equal(t, copyPropose, got[0].kind)
	require.Equal(t, []byte(calldata.Input), got[0].data, "an unchanged copy")
	require.Equal(t, uint64(300_000), got[0].gas)
	require.Equal(t, h.Number, got[0].header.Number)
	got, err = copiesOf(calldata, blobToCalldata)
	require.NoError(t, err)
	require.Empty(t, got, "blob mode copies blob proposes only")

	proof := tx(r.PackSubmitProof(big.NewInt(3), []rollup.Header{h}, []byte{1, 2}))
	got, err = copiesOf(proof, stealRewards)
	require.NoError(t, err)
	require.Len(t, got, 1)
	require.Equal(t, copyProof, got[0].kind)
	require.Equal(t, uint64(3), got[0].epoch)
	require.Equal(t, []byte(proof.Input), got[0].data)

	data := []byte("the block's transactions")
	sc, err := protocol.BlobSidecar(data, types.BlobSidecarVersion0)
	require.NoError(t, err)
	hashes := sc.BlobHashes()
	blob := tx(r.PackProposeWithBlobs(h, atts))
	blob.BlobVersionedHashes = hashes
	blob.MaxFeePerBlobGas = (*hexutil.Big)(big.NewInt(5))
	for i := range sc.Blobs {
		blob.Blobs = append(blob.Blobs, hexutil.Bytes(sc.Blobs[i][:]))
		blob.Commitments = append(blob.Commitments, hexutil.Bytes(sc.Commitments[i][:]))
		blob.Proofs = append(blob.Proofs, hexutil.Bytes(sc.Proofs[i][:]))
	}
	got, err = copiesOf(blob, stealRewards)
	require.NoError(t, err)
	require.Len(t, got, 1, "reward mode copies a blob propose unchanged, blobs and all")
	require.Equal(t, copyBlobPropose, got[0].kind)
	require.Equal(t, []byte(blob.Input), got[0].data)
	require.Equal(t, sc, got[0].sidecar, "the sidecar rebuilt from the pool")
	require.Equal(t, hashes, got[0].blobHashes)
	require.Equal(t, big.NewInt(10), got[0].blobFeeCap)
	got, err = copiesOf(blob, blobToCalldata)
	require.NoError(t, err)
	require.Len(t, got, 3)
	require.Equal(t, []string{copyBlobData, copyBlobHashes, copyBlobPropose}, []string{got[0].kind, got[1].kind, got[2].kind},
		"the calldata copies come first in the front-runner's nonce order")
	wantTxs := map[string][]byte{copyBlobData: data, copyBlobHashes: hashes[0][:]}
	for _, c := range got[:2] {
		call, err := protocol.DecodeProposeCall(c.data)
		require.NoError(t, err, c.kind)
		require.False(t, call.Blobs, "%s is a calldata propose", c.kind)
		require.Equal(t, protocol.HeaderHash(h), protocol.HeaderHash(call.Header), "%s keeps the signed header", c.kind)
		require.Equal(t, wantTxs[c.kind], call.Txs, c.kind)
		args, err := rollupMethods.Methods["propose"].Inputs.Unpack(c.data[4:])
		require.NoError(t, err)
		require.Equal(t, atts, args[2], "%s keeps the attestations byte for byte", c.kind)
		require.Greater(t, c.gas, uint64(300_000), "%s pays for its calldata", c.kind)
	}

	// Without the sidecar in the pool, only the versioned-hash copy.
	blob.Blobs, blob.Commitments, blob.Proofs = nil, nil, nil
	got, err = copiesOf(blob, blobToCalldata)
	require.NoError(t, err)
	require.Len(t, got, 1)
	require.Equal(t, copyBlobHashes, got[0].kind)

	for _, other := range [][]byte{nil, {1, 2, 3}, r.PackPrune(), r.PackClaimRewards()} {
		got, err := copiesOf(tx(other), stealRewards)
		require.NoError(t, err)
		require.Empty(t, got, "%x", other)
	}
}

// TestOutbid: a copy's tip is above the honest one's and its fee cap covers it at twice the base fee.
func TestOutbid(t *testing.T) {
	t.Parallel()
	tip, feeCap := outbid(big.NewInt(1e9), big.NewInt(5e9), big.NewInt(1e9))
	require.Equal(t, big.NewInt(3e9), tip)
	require.Equal(t, big.NewInt(8e9), feeCap)
	tip, feeCap = outbid(big.NewInt(0), big.NewInt(1), big.NewInt(7e9))
	require.Equal(t, big.NewInt(1e9), tip)
	require.Equal(t, big.NewInt(15e9), feeCap)
}

// TestRevertName names the rollup's custom errors from revert data and nothing else.
func TestRevertName(t *testing.T) {
	t.Parallel()
	e := errorsABI.Errors["Rollup__TxsHashMismatch"]
	data := append(append([]byte{}, e.ID[:4]...), make([]byte, 64)...)
	require.Equal(t, "Rollup__TxsHashMismatch", revertName(data))
	require.Empty(t, revertName([]byte{0xde, 0xad, 0xbe, 0xef}))
	require.Empty(t, revertName(nil))
}

// TestCheckCopies: a blob block's calldata copy that landed is the wrong-DA verdict, a refusal
// without a named error is a verdict, and a landed unchanged copy or a named refusal is not.
func TestCheckCopies(t *testing.T) {
	t.Parallel()
	h := frontRunHeader()
	c := func(kind string, landed bool, refusal string) *frontCopy {
		return &frontCopy{plannedCopy: plannedCopy{kind: kind, header: &h}, settled: true, landed: landed, refusal: refusal}
	}
	require.NoError(t, checkCopies([]*frontCopy{
		c(copyPropose, true, ""), c(copyProof, false, "Rollup__NothingToProve"),
		c(copyBlobData, false, "Rollup__TxsHashMismatch"), {plannedCopy: plannedCopy{kind: copyBlobHashes}},
	}))
	for _, kind := range []string{copyBlobData, copyBlobHashes} {
		err := checkCopies([]*frontCopy{c(kind, true, "")})
		require.True(t, IsVerdict(err), kind)
		require.ErrorContains(t, err, "wrong DA")
	}
	err := checkCopies([]*frontCopy{c(copyProof, false, "unnamed revert (execution reverted )")})
	require.True(t, IsVerdict(err))
	require.ErrorContains(t, err, "without a named custom error")
}

// TestCheckCredits: the front-runner credited is the stolen-reward verdict; a proof that credits
// anyone but its blocks' coinbases is the honest-reward verdict.
func TestCheckCredits(t *testing.T) {
	t.Parallel()
	thief, a, b := common.HexToAddress("0x7f"), common.HexToAddress("0x0a"), common.HexToAddress("0x0b")
	proof := common.HexToHash("0x01")
	reward := big.NewInt(20)
	proofs := map[common.Hash][]common.Address{proof: {a, b, a}}
	credits := []creditLog{{a, reward, proof}, {a, reward, proof}, {b, reward, proof}}
	require.NoError(t, checkCredits(thief, credits, proofs))

	stolen := []creditLog{{thief, reward, proof}, {thief, reward, proof}, {thief, reward, proof}}
	err := checkCredits(thief, stolen, proofs)
	require.True(t, IsVerdict(err))
	require.ErrorContains(t, err, "stolen reward")

	prover := common.HexToAddress("0x99")
	toProver := []creditLog{{prover, reward, proof}, {prover, reward, proof}, {prover, reward, proof}}
	err = checkCredits(thief, toProver, proofs)
	require.True(t, IsVerdict(err))
	require.ErrorContains(t, err, "honest reward not paid")
	err = checkCredits(thief, credits[:2], proofs)
	require.True(t, IsVerdict(err), "a block left uncredited")
}

// TestFrontRunMutationsFindTheirGuard: each front-runner mutation's text occurs exactly once in
// the contract it breaks (Mutation.Apply refuses otherwise, so a moved guard shows here first).
func TestFrontRunMutationsFindTheirGuard(t *testing.T) {
	t.Parallel()
	root, err := filepath.Abs(filepath.Join("..", "..", ".."))
	require.NoError(t, err)
	for _, m := range []*Mutation{rewardToSender, calldataForAnyHeader} {
		raw, err := os.ReadFile(filepath.Join(root, m.File))
		require.NoError(t, err)
		require.Equal(t, 1, strings.Count(string(raw), m.Old), m.Name)
	}
}
