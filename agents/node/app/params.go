package app

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sptn/sptn/agents/internal/protocol"
)

// Params are the pending chain's consensus rules that a network chooses: they decide what
// execution accepts, so every node takes them from the same place, the genesis app_state
// (`sptn node genesis`, the devnet, `sptn devnet export`), never from its own config. A node
// whose params differ executes differently and the app hash (a hash over each block's state
// writes) shows it: CometBFT stops that node at the next height.
type Params struct {
	// MaxPayload is the largest payload of one user transaction (bytes).
	MaxPayload int `json:"maxPayload"`
	// MaxBlockTxs is the most user transactions one L2 block takes.
	MaxBlockTxs int `json:"maxBlockTxs"`
	// MaxCalldataBlockBytes is the most transaction data (EncodeTxsData) of a block whose data
	// goes to L1 as calldata: 120,000 keeps a propose within geth's 128 KB transaction limit.
	MaxCalldataBlockBytes int `json:"maxCalldataBlockBytes"`
	// MaxBlobBlockBytes is the most transaction data of a block whose data goes in blobs; at
	// most the 6 blobs of one transaction hold (761,852 bytes).
	MaxBlobBlockBytes int `json:"maxBlobBlockBytes"`
	// MinFeePerDaGas and MinFeePerL2Gas are the fee floor: execution refuses a user transaction
	// whose max fees are below it, so it never enters the pool.
	MinFeePerDaGas *big.Int `json:"minFeePerDaGas"`
	MinFeePerL2Gas *big.Int `json:"minFeePerL2Gas"`
	// MaxFeePerDaGas and MaxFeePerL2Gas are the fee ceiling: execution (and CheckTx) refuses a
	// seal whose named prices are above it, so no proposer can price a block beyond what the
	// chain allows (a byzantine proposer overpricing; docs/node.md, "Fees and the pool"). A
	// genesis whose params name none takes DefaultFeeCeiling.
	MaxFeePerDaGas *big.Int `json:"maxFeePerDaGas"`
	MaxFeePerL2Gas *big.Int `json:"maxFeePerL2Gas"`
	// MaxQueued bounds the pool: execution refuses a user transaction while the pool holds this
	// many (each node's mempool admission, node.max-queued, is usually far lower).
	MaxQueued int `json:"maxQueued"`
	// TxTTLHeights is how many CometBFT heights a transaction stays queued: one no proposer has
	// sealed by then is dropped, with the reason, when that height executes.
	TxTTLHeights uint64 `json:"txTTLHeights"`
	// L1BlockSpacing is the least time, in seconds, between two L1 blocks that L1's own
	// consensus guarantees: 1 on geth --dev (a header's time must be after its parent's, in
	// whole seconds, and a single sealer makes no siblings), 12 on Ethereum's beacon chains (a
	// block's time is its beacon slot's), 0 where L1 guarantees none (anvil can mine two blocks
	// in one second) or makes sibling blocks at one height routinely (several sealers). The
	// proposal steps take an L1 block of slot S that is within this of the next slot as S's
	// last: with it in a member's L1 view, a block of S that is not on L1 can no longer land,
	// and a seal may orphan it then rather than at the next slot's first L1 block (docs/node.md,
	// "When a slot is over for L1"). Too large a value lets a seal orphan a block L1 can still
	// take. It is not stored when 0 (omitempty), so a genesis made before it hashes the same.
	L1BlockSpacing uint64 `json:"l1BlockSpacing,omitempty"`
}

// Fixed bounds of the consensus rules: every list a peer can send is bounded, so that what
// CheckTx and the proposal steps spend on one transaction is bounded too. They are part of the
// protocol (a change is a new chain), not settings.
const (
	// MaxSealBytes bounds a seal's encoding (CometBFT's default mempool max_tx_bytes).
	MaxSealBytes = 1 << 20
	// MaxReplacedBlocks bounds the L1 blocks a re-anchoring seal carries with their
	// transactions (Anchor.Replaced entries that are not bare); with the rollup's ring, how many
	// pending blocks a seal orphans (MaxOrphaned).
	MaxReplacedBlocks = 256
	// MaxReplacedHeaders bounds all the L1 blocks a re-anchoring seal carries, bare ones (a
	// header without its transactions) included. How far below the anchor a fork may lie is
	// bounded by it only through L1: members read L1's hashes in its ring (RingSize) and find
	// those below it in the seal's headers, linked from the fork up into the ring, so a based
	// run of up to RingSize-1+MaxReplacedHeaders blocks can be re-anchored past (review r17k
	// F3: the fork was held within 255 blocks of the anchor, and a longer based run halted the
	// chain for good). A bare entry's JSON is under 900 bytes, so 512 of them fit in half a
	// seal (MaxSealBytes), the driver's budget for the replaced blocks (ReplacedJSONBudget).
	MaxReplacedHeaders = 512
	// ReplacedJSONBudget is what the driver lets a seal's replaced blocks take in its JSON
	// form: it carries no more transactions beyond it, so that the seal's own (MaxBlockTxs
	// hashes) fit too.
	ReplacedJSONBudget = MaxSealBytes / 2
	// MaxProofWindowEpochs is the rollup's MAX_PROOF_WINDOW_EPOCHS: the longest proof window
	// L1 allows (proofWindowEpochs), which sizes its ring of block hashes (RingSize).
	MaxProofWindowEpochs = 8
	// MaxReplacedBytes bounds the transaction data of those blocks, so that a seal carrying
	// them stays within MaxSealBytes in its JSON form.
	MaxReplacedBytes = 256 << 10
	// MaxCommitteesPerBlock is how many committee records one CometBFT block takes: the
	// current and the next epoch's.
	MaxCommitteesPerBlock = 2
	// MaxRegistrationsPerBlock is how many registrations one CometBFT block takes.
	MaxRegistrationsPerBlock = 16
	// MaxUserTxsPerBlock is how many user transactions one CometBFT block takes: ProcessProposal
	// refuses a block with more before executing any, execution refuses those beyond it, and
	// PrepareProposal stops there. A CometBFT block may be 21 MB and a user transaction 34
	// bytes: without it one byzantine proposer's block cost every node seconds to execute.
	// CometBFT's mempool holds 5,000 transactions by default, so an honest block never has more.
	MaxUserTxsPerBlock = 10_000
	// MaxRegistered bounds the attester-to-validator-key map (genesis validators included): a
	// registration of a new attester beyond it is refused.
	MaxRegistered = 10_000
	// MaxExpiredPerBlock is how many queued transactions one height drops for age; more wait for
	// the next height.
	MaxExpiredPerBlock = 10_000
	// MaxCommitteeSize is the largest committee the rollup samples (uint8 attestation indices).
	MaxCommitteeSize = 255
	// ValidatorPower is the CometBFT voting power WriteGenesis gives every validator of a new
	// chain; members who join later get the genesis validators' power (InitChain refuses
	// unequal ones), so that the committee votes one member one vote on a chain made with 1 as
	// on one made with 3. It is 3, not 1, for CometBFT's block sync: a
	// restarted validator skips it and catches up through consensus gossip, a height at a time,
	// when its power is at least a third of the total by integer division
	// (blocksync.Reactor.localNodeBlocksTheChain: power >= total/3). At power 1 that held for
	// every member of a committee of 4 or 5 (1 >= 4/3), so on the default devnet a restarted
	// validator crawled behind the network for seconds, not voting, while the scenarios counted
	// it caught up. With power 3 it holds only where it is true, in a set of at most three.
	ValidatorPower = 3
	// MaxL1BlockSpacing bounds Params.L1BlockSpacing: a minute, five of Ethereum's slots.
	MaxL1BlockSpacing = 60
)

// RingSize is the rollup's RING_SIZE for an epoch of epochDur slots (ChainLib.ringSize): L1
// keeps fewer than this many blocks above its proven tip (a propose past it reverts), so a prune
// back to the proven tip drops at most RingSize-1 assured blocks.
func RingSize(epochDur uint64) uint64 { return (MaxProofWindowEpochs+2)*epochDur + 1 }

// MaxOrphaned is how many pending blocks a seal may orphan (exclusive), above its parent or,
// re-anchoring, from its fork: what L1 can drop above its proven tip (RingSize), when a prover
// outage ends in a prune, and MaxReplacedBlocks more for the pending blocks above L1's assured
// tip and an L1 reorg below its proven tip. It depends only on the rollup's epoch length, an L1 immutable, so every node
// bounds seals identically (review r17j B: a fixed 256 halted the chain after a prover outage
// under legal rollup settings, e.g. 256-slot epochs).
func MaxOrphaned(epochDur uint64) uint64 { return RingSize(epochDur) + MaxReplacedBlocks }

// KnownL1BlockSpacing is the L1BlockSpacing of an L1 known by its chain id: 12 s on Ethereum's
// mainnet and its public testnets (Sepolia, Holesky, Hoodi), whose blocks' times are their
// beacon slots'; 0 (no guarantee known) for any other.
func KnownL1BlockSpacing(chainID uint64) uint64 {
	switch chainID {
	case 1, 11155111, 17000, 560048:
		return 12
	}
	return 0
}

// DefaultFeeCeiling is the fee ceiling (wei per DA gas and per L2 gas) of a genesis that names
// none: 1,000 gwei, far above the devnet's 1 wei and L1's usual gas prices.
var DefaultFeeCeiling = big.NewInt(1_000_000_000_000)

// DefaultParams are the params of a genesis that names none.
func DefaultParams() Params {
	return Params{
		MaxPayload:            4096,
		MaxBlockTxs:           4000,
		MaxCalldataBlockBytes: 120_000,
		MaxBlobBlockBytes:     protocol.BlobCapacity(protocol.MaxBlobsPerTx),
		MinFeePerDaGas:        big.NewInt(1),
		MinFeePerL2Gas:        big.NewInt(1),
		MaxFeePerDaGas:        new(big.Int).Set(DefaultFeeCeiling),
		MaxFeePerL2Gas:        new(big.Int).Set(DefaultFeeCeiling),
		MaxQueued:             50_000,
		TxTTLHeights:          1200,
	}
}

// maxPayloadLimit is the largest payload whose transaction fits one blob: its header and the
// 4-byte length a block's data gives each transaction.
var maxPayloadLimit = protocol.BlobCapacity(1) - userHeader - 4

// storedMaxPayloadLimit is the largest maxPayload an earlier version took at genesis (1 MiB),
// for the params a running chain stored (checkStored).
const storedMaxPayloadLimit = 1 << 20

// ErrBadParams is a genesis whose params cannot run a chain.
var ErrBadParams = errors.New("genesis params refused")

// Check refuses params that cannot start a chain, naming the field.
func (p Params) Check() error {
	if err := p.check(maxPayloadLimit); err != nil {
		return err
	}
	// The largest transaction must fit the largest block the chain makes.
	if most := p.largestBlockBytes(); 4+userHeader+p.MaxPayload > most {
		return fmt.Errorf("%w: maxPayload = %d: want at most %d bytes, so that a transaction of that payload (with its header and length) fits a block of max(maxBlobBlockBytes, maxCalldataBlockBytes) = %d bytes",
			ErrBadParams, p.MaxPayload, max(0, most-userHeader-4), most)
	}
	return nil
}

// checkStored refuses stored params that cannot run a chain: Check's rules, but with the bounds
// earlier versions took at genesis, so that a node upgraded under a running chain restarts on
// it. A chain whose genesis set maxPayload above one blob (up to 1 MiB, valid until f3b5149)
// keeps it: its consensus rules cannot change at a restart, and a transaction too big for the
// seals stays queued until it expires (PoolExcept skips it).
func (p Params) checkStored() error { return p.check(storedMaxPayloadLimit) }

func (p Params) check(payloadLimit int) error {
	bad := func(field string, v any, want string) error {
		return fmt.Errorf("%w: %s = %v: want %s", ErrBadParams, field, v, want)
	}
	switch {
	case p.MaxPayload < 1 || p.MaxPayload > payloadLimit:
		// A transaction must fit one blob: a seal's budget may allow no more (a loaded machine,
		// agents/node/budget.go), and one up to 1 MiB, above six blobs, fitted no block at all
		// (review r35).
		return bad("maxPayload", p.MaxPayload, fmt.Sprintf("1 to %d bytes (one blob, less the transaction's header and length)", payloadLimit))
	case p.MaxBlockTxs < 0 || p.MaxBlockTxs > 100_000:
		return bad("maxBlockTxs", p.MaxBlockTxs, "0 to 100000")
	case p.MaxCalldataBlockBytes < 0 || p.MaxCalldataBlockBytes > 4<<20:
		return bad("maxCalldataBlockBytes", p.MaxCalldataBlockBytes, "0 to 4194304 bytes")
	case p.MaxBlobBlockBytes < 0 || p.MaxBlobBlockBytes > protocol.BlobCapacity(protocol.MaxBlobsPerTx):
		return bad("maxBlobBlockBytes", p.MaxBlobBlockBytes, fmt.Sprintf("0 to %d bytes (6 blobs)", protocol.BlobCapacity(protocol.MaxBlobsPerTx)))
	case p.MinFeePerDaGas == nil || p.MinFeePerDaGas.Sign() < 0 || p.MinFeePerDaGas.BitLen() > 128:
		return bad("minFeePerDaGas", p.MinFeePerDaGas, "a uint128 of wei")
	case p.MinFeePerL2Gas == nil || p.MinFeePerL2Gas.Sign() < 0 || p.MinFeePerL2Gas.BitLen() > 128:
		return bad("minFeePerL2Gas", p.MinFeePerL2Gas, "a uint128 of wei")
	case p.MaxFeePerDaGas == nil || p.MaxFeePerDaGas.Cmp(p.MinFeePerDaGas) < 0 || p.MaxFeePerDaGas.BitLen() > 128:
		return bad("maxFeePerDaGas", p.MaxFeePerDaGas, "a uint128 of wei, at least minFeePerDaGas")
	case p.MaxFeePerL2Gas == nil || p.MaxFeePerL2Gas.Cmp(p.MinFeePerL2Gas) < 0 || p.MaxFeePerL2Gas.BitLen() > 128:
		return bad("maxFeePerL2Gas", p.MaxFeePerL2Gas, "a uint128 of wei, at least minFeePerL2Gas")
	case p.MaxQueued < 1:
		return bad("maxQueued", p.MaxQueued, "1 or more")
	case p.TxTTLHeights < 1:
		return bad("txTTLHeights", p.TxTTLHeights, "1 or more")
	case p.L1BlockSpacing > MaxL1BlockSpacing:
		return bad("l1BlockSpacing", p.L1BlockSpacing, fmt.Sprintf("0 to %d seconds (what L1's consensus guarantees between two blocks: 1 on geth --dev, 12 on Ethereum's beacon chains, 0 for anvil)", MaxL1BlockSpacing))
	}
	return nil
}

// largestBlockBytes is the most transaction data any block of the chain carries, in blobs or as
// calldata: a transaction (with its 4-byte length) above it fits no block.
func (p Params) largestBlockBytes() int { return max(p.MaxBlobBlockBytes, p.MaxCalldataBlockBytes) }

// MaxBlockBytes is the most transaction data of a block whose data goes to L1 in blobs or as
// calldata.
func (p Params) MaxBlockBytes(blobs bool) int {
	if blobs {
		return p.MaxBlobBlockBytes
	}
	return p.MaxCalldataBlockBytes
}

// withDefaults fills what an older genesis's params do not name: the fee ceiling.
func (p Params) withDefaults() Params {
	if p.MaxFeePerDaGas == nil {
		p.MaxFeePerDaGas = new(big.Int).Set(DefaultFeeCeiling)
	}
	if p.MaxFeePerL2Gas == nil {
		p.MaxFeePerL2Gas = new(big.Int).Set(DefaultFeeCeiling)
	}
	return p
}

// AboveCeiling reports whether prices a proposer names are above the chain's fee ceiling.
func (p Params) AboveCeiling(feePerDaGas, feePerL2Gas *big.Int) bool {
	return feePerDaGas.Cmp(p.MaxFeePerDaGas) > 0 || feePerL2Gas.Cmp(p.MaxFeePerL2Gas) > 0
}

// PaysFloor reports whether a user transaction's max fees reach the fee floor.
func (p Params) PaysFloor(tx UserTx) bool {
	return tx.MaxFeePerDaGas.Cmp(p.MinFeePerDaGas) >= 0 && tx.MaxFeePerL2Gas.Cmp(p.MinFeePerL2Gas) >= 0
}

// GenesisValidator maps a CometBFT validator to its attester address in the genesis app_state.
type GenesisValidator struct {
	Attester common.Address `json:"attester"`
	// Address is the CometBFT validator address (hex).
	Address string `json:"address"`
}

// GenesisState is the app_state of genesis.json: the genesis validators' attesters and the
// chain's params (DefaultParams when absent).
type GenesisState struct {
	Validators []GenesisValidator `json:"validators"`
	Params     *Params            `json:"params,omitempty"`
}
