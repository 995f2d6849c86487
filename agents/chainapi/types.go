// Package chainapi holds the answers and requests of the node's chain API (docs/api.md) as Go
// types: the node serves them, and the clients of the API (the load generator, the devnet's
// scenarios, tests) decode them. Their JSON form is specified by docs/api/api.schema.json, which
// the tests check real answers and the documentation's examples against (package apischema).
//
// Numbers are JSON numbers; hashes, addresses and byte strings are 0x-hex; fees are 0x-hex
// quantities (wei).
package chainapi

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/sptn/sptn/agents/internal/protocol"
)

// Block statuses, the `status` of a block: how far L1 holds this very block (by hash).
const (
	StatusPending   = "pending"
	StatusAssured   = "assured"
	StatusProven    = "proven"
	StatusFinalized = "finalized"
	StatusOrphaned  = "orphaned"
)

// Transaction statuses beyond a block's: queued in the pool, or dropped for good.
const (
	StatusQueued  = "queued"
	StatusDropped = "dropped"
)

// Tip is the head of one chain.
type Tip struct {
	Number uint64      `json:"number"`
	Hash   common.Hash `json:"hash"`
	Slot   uint64      `json:"slot"`
}

// Tips are the four chains' heads: GET /v1/tips and the `tips` events of GET /v1/events.
type Tips struct {
	Pending   Tip    `json:"pending"`
	Assured   Tip    `json:"assured"`
	Proven    Tip    `json:"proven"`
	Finalized Tip    `json:"finalized"`
	L1Head    uint64 `json:"l1Head"`
	Slot      uint64 `json:"slot"`
}

// Header is an L2 block header: the struct Rollup.propose takes, in the API's JSON form.
type Header struct {
	Number      uint64         `json:"number"`
	Slot        uint64         `json:"slot"`
	ParentHash  common.Hash    `json:"parentHash"`
	TxsHash     common.Hash    `json:"txsHash"`
	StateRoot   common.Hash    `json:"stateRoot"`
	InboxHash   common.Hash    `json:"inboxHash"`
	FeePerDaGas *hexutil.Big   `json:"feePerDaGas"`
	FeePerL2Gas *hexutil.Big   `json:"feePerL2Gas"`
	Coinbase    common.Address `json:"coinbase"`
}

// HeaderOf is h in the API's form.
func HeaderOf(h protocol.Header) Header {
	return Header{
		Number: h.Number, Slot: h.Slot, ParentHash: h.ParentHash, TxsHash: h.TxsHash, StateRoot: h.StateRoot,
		InboxHash: h.InboxHash, FeePerDaGas: bigOrZero(h.FeePerDaGas), FeePerL2Gas: bigOrZero(h.FeePerL2Gas),
		Coinbase: h.Coinbase,
	}
}

// Protocol is the header as the contracts and package protocol know it.
func (h Header) Protocol() protocol.Header {
	return protocol.Header{
		Number: h.Number, Slot: h.Slot, ParentHash: h.ParentHash, TxsHash: h.TxsHash, StateRoot: h.StateRoot,
		InboxHash: h.InboxHash, FeePerDaGas: h.FeePerDaGas.ToInt(), FeePerL2Gas: h.FeePerL2Gas.ToInt(),
		Coinbase: h.Coinbase,
	}
}

func bigOrZero(v *big.Int) *hexutil.Big {
	if v == nil {
		return (*hexutil.Big)(new(big.Int))
	}
	return (*hexutil.Big)(new(big.Int).Set(v))
}

// Attestation is one committee member's EIP-712 signature over a block's header.
type Attestation struct {
	// Index is the member's position in the epoch's committee.
	Index int `json:"index"`
	// Signature is r ‖ s ‖ v (65 bytes, v in {27, 28}).
	Signature hexutil.Bytes `json:"signature"`
}

// BlobProof is one blob's KZG commitment and blob proof.
type BlobProof struct {
	Commitment hexutil.Bytes `json:"commitment"`
	Proof      hexutil.Bytes `json:"proof"`
}

// Anchor names an L1 block by number, hash and slot.
type Anchor struct {
	Number uint64      `json:"number"`
	Hash   common.Hash `json:"hash"`
	Slot   uint64      `json:"slot"`
}

// Block is a pending block: GET /v1/blocks/{number|hash|latest}.
type Block struct {
	Header Header      `json:"header"`
	Hash   common.Hash `json:"hash"`
	// Height is the CometBFT height that sealed the block.
	Height       int64          `json:"height"`
	Proposer     common.Address `json:"proposer"`
	Txs          []common.Hash  `json:"txs"`
	Attestations []Attestation  `json:"attestations"`
	// Blobs is a block whose data goes to L1 in EIP-4844 blobs, with each blob's proofs.
	Blobs      bool        `json:"blobs,omitempty"`
	BlobProofs []BlobProof `json:"blobProofs,omitempty"`
	// Orphaned is a block that left the pending chain (it missed its L1 slot and was replaced,
	// or a re-anchoring left it off).
	Orphaned bool `json:"orphaned,omitempty"`
	// Reanchored is the L1 block this block's parent is, when the pending chain never had it.
	Reanchored *Anchor `json:"reanchored,omitempty"`
	// Status is one of the Status* constants.
	Status string `json:"status"`
}

// Tx is what the chain knows of a user transaction: GET /v1/txs/{hash}.
type Tx struct {
	Hash   common.Hash `json:"hash"`
	Status string      `json:"status"`
	// Number and Block are the block that carries it, once one does.
	Number uint64       `json:"number,omitempty"`
	Block  *common.Hash `json:"block,omitempty"`
	// Reason is why it was dropped.
	Reason string `json:"reason,omitempty"`
}

// Slot is the current slot, its epoch's committee and its proposer: GET /v1/slot.
type Slot struct {
	Slot      uint64           `json:"slot"`
	Epoch     uint64           `json:"epoch"`
	Committee []common.Address `json:"committee"`
	Proposer  common.Address   `json:"proposer"`
	// ProposerIndex is the proposer's position in Committee; -1 while the committee is unknown.
	ProposerIndex int    `json:"proposerIndex"`
	SlotStart     uint64 `json:"slotStart"`
	SlotDuration  uint64 `json:"slotDuration"`
}

// SubmitRequest is one transaction to submit: its wire form, or its fields.
type SubmitRequest struct {
	Raw            hexutil.Bytes `json:"raw,omitempty"`
	MaxFeePerDaGas *hexutil.Big  `json:"maxFeePerDaGas,omitempty"`
	MaxFeePerL2Gas *hexutil.Big  `json:"maxFeePerL2Gas,omitempty"`
	Payload        hexutil.Bytes `json:"payload,omitempty"`
}

// BatchRequest is POST /v1/txs/batch's body.
type BatchRequest struct {
	Txs []SubmitRequest `json:"txs"`
}

// Submitted is POST /v1/txs's answer (202).
type Submitted struct {
	Hash   common.Hash `json:"hash"`
	Status string      `json:"status"`
}

// BatchResult is one transaction's outcome in a batch: Code is the HTTP status a single submit
// would have answered (202 submitted, 400 refused, 503 busy).
type BatchResult struct {
	Hash   *common.Hash `json:"hash,omitempty"`
	Status string       `json:"status,omitempty"`
	Code   int          `json:"code"`
	Error  string       `json:"error,omitempty"`
}

// Batch is POST /v1/txs/batch's answer (200).
type Batch struct {
	Results []BatchResult `json:"results"`
}

// Error is every refusal's body.
type Error struct {
	Error string `json:"error"`
}

// A committee member's duties and their results, in its record (GET /v1/validators/{address}).
const (
	DutyProposal    = "proposal"
	DutyAttestation = "attestation"

	ResultProposed = "proposed"
	ResultAttested = "attested"
	ResultMissed   = "missed"
)

// ValidatorSummary is one committee member's record over the slots the node recorded: how many
// of its duties it did and missed.
type ValidatorSummary struct {
	Address            common.Address `json:"address"`
	Proposed           uint64         `json:"proposed"`
	MissedProposals    uint64         `json:"missedProposals"`
	Attested           uint64         `json:"attested"`
	MissedAttestations uint64         `json:"missedAttestations"`
	// FirstSlot and LastSlot are the first and the last slot with a duty of this member recorded.
	FirstSlot uint64 `json:"firstSlot"`
	LastSlot  uint64 `json:"lastSlot"`
}

// Validators is every committee member the node keeps a record of: GET /v1/validators.
type Validators struct {
	// FirstSlot and LastSlot are the first and the last slot the node decided (0 and 0 before
	// the first).
	FirstSlot  uint64             `json:"firstSlot"`
	LastSlot   uint64             `json:"lastSlot"`
	Validators []ValidatorSummary `json:"validators"`
	// Peers and Synced are the node's CometBFT peers and whether it is out of block sync when it
	// answered: a record written by a node cut off from the network or catching up says nothing
	// about the members (the watcher files no inactivity proposal from it). 0 and false when the
	// node cannot tell.
	Peers  int  `json:"peers"`
	Synced bool `json:"synced"`
}

// Duty is one duty of a member in one slot and what became of it.
type Duty struct {
	Slot   uint64 `json:"slot"`
	Duty   string `json:"duty"`
	Result string `json:"result"`
	// OnChain is, for an attestation, its result by the pending chain's attestation record
	// alone (attested or missed): the same on every honest node, so what an inactivity record
	// holds. Result also counts an attestation that reached this node in the vote extensions of
	// the commit that sealed the block, which differs from node to node (the slowest member's
	// precommit reaches some before they commit and others after).
	OnChain string `json:"onChain,omitempty"`
	// Block is the number of the slot's block (none for a missed proposal).
	Block *uint64 `json:"block,omitempty"`
}

// Validator is one member's record with its latest duties, newest first:
// GET /v1/validators/{address}.
type Validator struct {
	ValidatorSummary
	Recent []Duty `json:"recent"`
}
