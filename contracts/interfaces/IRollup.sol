// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Header} from "../libraries/HeaderLib.sol";
import {IVerifier} from "./IVerifier.sol";

/// @notice The tips of the assured and proven chains. The pending chain lives in the committee's
///         CometBFT network; the finalized chain is the proven chain up to L1's finalized block.
struct ChainTips {
    uint256 assuredNumber;
    bytes32 assuredHash;
    uint256 assuredSlot;
    uint256 provenNumber;
    bytes32 provenHash;
    uint256 provenSlot;
}

/// @notice Parameters that governance may change.
struct RollupParams {
    // Seconds into its slot after which any committee member may publish without the proposer.
    uint64 proposerTimeout;
    // Slots without an assured block after which anyone may propose on the proven tip (based
    // fallback).
    uint64 fallbackSlots;
    // Epochs after an epoch's end during which its proof is accepted.
    uint64 proofWindowEpochs;
    // Rewards of a block's coinbase for the block being assured and for it being proven. Both are
    // credited when the block's epoch is proven; a block pruned unproven earns neither.
    uint128 assuredReward;
    uint128 provenReward;
}

/// @title IRollup
/// @notice The L1 rollup contract of one SPTN deployment: slots and epochs, committee sampling, the
///         assured chain (blocks with the committee's attestations), the proven chain (epoch proofs),
///         pruning, the based fallback, and proposer rewards.
interface IRollup {
    // ---- events (past tense, emitted right after the state change) ----------------------------
    event EpochSetUp(
        uint256 indexed epoch, bytes32 seed, uint256 committeeSize, address committeeStore
    );
    /// @notice A block joined the assured chain (`based`: through the fallback, proven at once).
    event BlockProposed(
        uint256 indexed number, uint256 indexed slot, bytes32 indexed headerHash, bool based
    );
    event EpochProven(
        uint256 indexed epoch,
        uint256 startNumber,
        uint256 endNumber,
        bytes32 endHeaderHash,
        address indexed prover
    );
    event ChainPruned(
        uint256 indexed epoch, uint256 firstRemoved, uint256 lastRemoved, uint256 newAssuredNumber
    );
    /// @notice `amount` was credited to `coinbase`: both rewards of one block, when the block was
    ///         proven (by `submitProof`, or at once for a based block).
    event RewardsCredited(address indexed coinbase, uint256 amount);
    event RewardsClaimed(address indexed account, uint256 paid, uint256 stillOwed);
    event VerifierUpdated(address indexed previous, address indexed current);
    event ParamsUpdated(RollupParams params);
    event CommitteeSizeUpdated(uint256 size, uint256 fromEpoch);

    // ---- time ---------------------------------------------------------------------------------
    /// @notice The L1 timestamp at which slot 0 starts.
    function GENESIS_TIME() external view returns (uint256);
    /// @notice Seconds per slot.
    function SLOT_DURATION() external view returns (uint256);
    /// @notice Slots per epoch.
    function EPOCH_DURATION() external view returns (uint256);
    /// @notice Epochs between the snapshot of the set and randomness and the epoch they choose.
    function LAG_EPOCHS() external view returns (uint256);
    /// @notice The slot of the latest L1 block.
    function getCurrentSlot() external view returns (uint256);
    /// @notice The epoch of the latest L1 block.
    function getCurrentEpoch() external view returns (uint256);
    /// @notice The slot that contains `timestamp`; reverts before genesis.
    function getSlotAt(uint256 timestamp) external view returns (uint256);
    /// @notice The epoch that contains `timestamp`; reverts before genesis.
    function getEpochAt(uint256 timestamp) external view returns (uint256);

    // ---- committees ---------------------------------------------------------------------------
    /// @notice The committee size that applies to `epoch`.
    function getCommitteeSizeFor(uint256 epoch) external view returns (uint256);
    /// @notice The timestamp at which the active set is read for `epoch`'s committee: the last
    ///         second before the epoch whose setup checkpointed the randomness `epoch` uses
    ///         started (normally epoch - LAG; an earlier one when that epoch was never set up),
    ///         or genesis - 1 for the deployment's randomness (the bootstrap epochs 0..LAG). So
    ///         the set is always fixed before the randomness that samples it is written. Reverts
    ///         with `Rollup__CommitteeNotFinal` while it can still change.
    function getSampleTimestamp(uint256 epoch) external view returns (uint256);
    /// @notice The sampling seed of `epoch`. Reverts while it can still change.
    function getEpochSeed(uint256 epoch) external view returns (bytes32);
    /// @notice The committee of `epoch`, in committee-index order. Reverts with
    ///         `Rollup__CommitteeNotFinal` while it can still change (before epoch - LAG + 1).
    function getEpochCommittee(uint256 epoch) external view returns (address[] memory);
    /// @notice The committee index of the proposer of `slot`, and its address.
    function getProposerAt(uint256 slot) external view returns (uint256 index, address proposer);
    /// @notice Stores the current epoch's committee and checkpoints the randomness; idempotent.
    ///         `propose` does this itself; anyone may do it earlier to keep it out of a propose.
    ///         The first call of an epoch fixes the randomness of epoch + LAG to this L1 block's
    ///         prevrandao, so its caller picks the block (docs/rollup.md bounds that bias).
    function setupEpoch() external;

    // ---- chains -------------------------------------------------------------------------------
    /// @notice The tips of the assured and proven chains, in one call.
    function getTips() external view returns (ChainTips memory);
    /// @notice The header hash of assured block `number` (reverts if it is not on the chain).
    function getBlockHash(uint256 number) external view returns (bytes32);
    /// @notice The EIP-712 struct hash of a header (what blocks link by).
    function headerHash(Header calldata header) external pure returns (bytes32);
    /// @notice The EIP-712 digest of a header in this rollup's domain: what attesters sign.
    function attestationDigest(Header calldata header) external view returns (bytes32);
    /// @notice The hash of the public inputs a proof of blocks [start, end] of `epoch` must prove.
    function proofPublicInputsHash(
        uint256 epoch,
        uint256 startNumber,
        uint256 endNumber,
        bytes32 previousHeaderHash,
        bytes32[] calldata headerHashes
    ) external view returns (bytes32);

    /// @notice Whether `epoch` was the oldest unproven epoch when the chain was pruned: its blocks
    ///         were assured and never proven within the window. Evidence for slashing its committee.
    ///         (Any blocks of later epochs pruned with it are not marked: their windows were open.)
    function isEpochPruned(uint256 epoch) external view returns (bool);

    /// @notice The first slot at which `proposeBased` accepts a block as the chain now stands:
    ///         `fallbackSlots` after the assured tip's slot, and not before the oldest unproven
    ///         epoch's proof window has closed (the fallback never truncates a provable epoch).
    function fallbackActiveFrom() external view returns (uint256 slot);

    /// @notice Appends a block to the assured chain.
    /// @param header The block header; its slot must be the current slot.
    /// @param txs The block's transaction data; header.txsHash must equal
    ///        keccak256(CALLDATA_TAG ++ txs) with CALLDATA_TAG = keccak256("sptn.rollup.da.calldata")
    ///        (domain-separated from the blob commitment, so a header commits to one DA).
    /// @param attestations Packed entries of 66 bytes, (uint8 committeeIndex, bytes32 r, bytes32 s,
    ///        uint8 v), in strictly increasing committee index, signing `attestationDigest(header)`.
    ///        At least floor(2k/3)+1 are needed, and until `proposerTimeout` seconds into the slot
    ///        one of them must be the slot's proposer's.
    function propose(Header calldata header, bytes calldata txs, bytes calldata attestations)
        external;

    /// @notice `propose` for a block whose transaction data travels in this transaction's EIP-4844
    ///         blobs: header.txsHash must equal keccak256(BLOBS_TAG ++ blobhash(0) ++ ... ++
    ///         blobhash(n-1)) over all n >= 1 blobs of the transaction, with BLOBS_TAG =
    ///         keccak256("sptn.rollup.da.blobs"). Every other rule is propose's.
    function proposeWithBlobs(Header calldata header, bytes calldata attestations) external;

    /// @notice Proves every block of `epoch`, extending the proven chain.
    /// @param headers The epoch's blocks from the proven tip + 1 on, followed by the first block after
    ///        the epoch if the assured chain has one.
    /// @param proof The proof the verifier checks against `proofPublicInputsHash`.
    function submitProof(uint256 epoch, Header[] calldata headers, bytes calldata proof) external;

    /// @notice Truncates the assured chain to the proven tip once the oldest unproven epoch's proof
    ///         window has passed. Anyone may call it; `propose` does it first when it is due.
    function prune() external;

    /// @notice The based fallback: from `fallbackActiveFrom()` on (no block assured for
    ///         `fallbackSlots` slots, and no unproven block still provable), anyone proposes on the
    ///         proven tip with the block's proof; unproven blocks are pruned first.
    function proposeBased(Header calldata header, bytes calldata txs, bytes calldata proof) external;

    /// @notice `proposeBased` for a block whose data travels in blobs, committed to as in
    ///         `proposeWithBlobs`.
    function proposeBasedWithBlobs(Header calldata header, bytes calldata proof) external;

    /// @notice Whether `prune` would truncate the chain now.
    function canPrune() external view returns (bool);

    // ---- rewards ------------------------------------------------------------------------------
    /// @notice Rewards credited to `account` and not yet paid.
    function rewardsOwed(address account) external view returns (uint256);
    /// @notice Pays the caller's owed rewards from the reward pool (as much as the pool holds).
    function claimRewards() external returns (uint256 paid);

    // ---- governance ---------------------------------------------------------------------------
    function verifier() external view returns (IVerifier);
    function getParams() external view returns (RollupParams memory);
    function setVerifier(IVerifier newVerifier) external;
    function setParams(RollupParams calldata params) external;
    /// @notice Changes the committee size from the first epoch whose committee is not yet readable.
    function setCommitteeSize(uint256 size) external;
}
