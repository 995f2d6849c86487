package apischema_test

import (
	"encoding/json"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/chainapi"
	"github.com/sptn/sptn/agents/chainapi/apischema"
	"github.com/sptn/sptn/agents/internal/protocol"
)

// TestDocsExamplesAreAnswers: every JSON example of docs/api.md is an answer as the schema
// defines it, and every answer the schema defines has an example there.
func TestDocsExamplesAreAnswers(t *testing.T) {
	t.Parallel()
	ex, err := apischema.Examples()
	require.NoError(t, err)
	seen := map[string]bool{}
	for _, e := range ex {
		require.NoError(t, apischema.Validate(e.Answer, e.JSON), "%s:%d", apischema.DocPath, e.Line)
		seen[e.Answer] = true
	}
	for _, a := range apischema.Answers {
		require.True(t, seen[a], "%s has no example of the %s answer (mark one with <!-- schema: %s -->)", apischema.DocPath, a, a)
	}
}

// TestGoTypesAreAnswers: the Go types the node answers with marshal to what the schema defines.
func TestGoTypesAreAnswers(t *testing.T) {
	t.Parallel()
	h := common.HexToHash("0x77a1c1f0d2cbbd4f5fe0cf0f40d8cc73c3c1e1bd2d46b1b2a5c15d1b1c5e2f10")
	header := chainapi.HeaderOf(protocol.Header{Number: 17, Slot: 18, ParentHash: common.Hash{1}, TxsHash: protocol.EmptyTxsHash,
		FeePerDaGas: big.NewInt(16), FeePerL2Gas: big.NewInt(0), Coinbase: common.Address{0xaa}})
	sig := make([]byte, 65)
	sig[64] = 27
	block := uint64(4)
	for _, c := range []struct {
		answer string
		v      any
	}{
		{apischema.Tips, chainapi.Tips{Pending: chainapi.Tip{Number: 3, Hash: h, Slot: 9}}},
		{apischema.Block, chainapi.Block{Header: header, Hash: h, Height: 40, Txs: []common.Hash{}, Status: chainapi.StatusPending,
			Attestations: []chainapi.Attestation{{Index: 2, Signature: sig}}}},
		{apischema.Block, chainapi.Block{Header: header, Hash: h, Height: 40, Txs: []common.Hash{h}, Status: chainapi.StatusOrphaned,
			Attestations: []chainapi.Attestation{}, Orphaned: true, Blobs: true,
			BlobProofs: []chainapi.BlobProof{{Commitment: make([]byte, 48), Proof: make([]byte, 48)}},
			Reanchored: &chainapi.Anchor{Number: 16, Hash: h, Slot: 17}}},
		{apischema.Tx, chainapi.Tx{Hash: h, Status: chainapi.StatusAssured, Number: 17, Block: &h}},
		{apischema.Tx, chainapi.Tx{Hash: h, Status: chainapi.StatusQueued}},
		{apischema.Tx, chainapi.Tx{Hash: h, Status: chainapi.StatusDropped, Reason: "refused"}},
		{apischema.Slot, chainapi.Slot{Slot: 57, Epoch: 7, Committee: []common.Address{{1}}, ProposerIndex: 0, SlotDuration: 4}},
		{apischema.Submitted, chainapi.Submitted{Hash: h, Status: "submitted"}},
		{apischema.Batch, chainapi.Batch{Results: []chainapi.BatchResult{{Hash: &h, Status: "submitted", Code: 202}, {Code: 400, Error: "malformed"}}}},
		{apischema.Error, chainapi.Error{Error: "block 9: not found"}},
		{apischema.Validators, chainapi.Validators{Validators: []chainapi.ValidatorSummary{}}},
		{apischema.Validators, chainapi.Validators{FirstSlot: 3, LastSlot: 9, Validators: []chainapi.ValidatorSummary{
			{Address: common.Address{1}, Proposed: 1, MissedProposals: 2, Attested: 3, MissedAttestations: 4, FirstSlot: 3, LastSlot: 9}}}},
		{apischema.Validator, chainapi.Validator{ValidatorSummary: chainapi.ValidatorSummary{Address: common.Address{1}, Proposed: 1},
			Recent: []chainapi.Duty{{Slot: 9, Duty: chainapi.DutyAttestation, Result: chainapi.ResultMissed, OnChain: chainapi.ResultMissed, Block: &block},
				{Slot: 8, Duty: chainapi.DutyProposal, Result: chainapi.ResultMissed}}}},
	} {
		raw, err := json.Marshal(c.v)
		require.NoError(t, err)
		require.NoError(t, apischema.Validate(c.answer, raw))
	}
}

// TestSchemaRefusesGosDefaultEncoding: the block answer the API gave before it had its own types
// (the binding's header in Go's default encoding: capitalised keys, hashes as arrays of numbers)
// is not a block answer, nor are answers with a field missing or one too many.
func TestSchemaRefusesGosDefaultEncoding(t *testing.T) {
	t.Parallel()
	raw, err := json.Marshal(struct {
		Header protocol.Header `json:"header"`
		Hash   common.Hash     `json:"hash"`
		Status string          `json:"status"`
	}{Header: protocol.Header{Number: 17, Slot: 18, FeePerDaGas: big.NewInt(1), FeePerL2Gas: big.NewInt(1)}, Status: "pending"})
	require.NoError(t, err)
	require.Contains(t, string(raw), `"Number":17`)
	require.Error(t, apischema.Validate(apischema.Block, raw))

	require.Error(t, apischema.Validate(apischema.Tips, []byte(`{"pending":{"number":1,"hash":"0x00","slot":1}}`)))
	require.Error(t, apischema.Validate(apischema.Submitted, []byte(`{"hash":"`+common.Hash{}.Hex()+`","status":"submitted","extra":1}`)))
	require.Error(t, apischema.Validate(apischema.Tx, []byte(`{"hash":"`+common.Hash{}.Hex()+`","status":"assured"}`)),
		"an assured transaction names its block")
	require.Error(t, apischema.Validate(apischema.Error, []byte(`{"error":""}`)))
	require.Error(t, apischema.Validate(apischema.Block, []byte(`not json`)))
}
