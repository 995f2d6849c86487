// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";

import {IRewardPool} from "../interfaces/IRewardPool.sol";
import {ChainTips, IRollup, RollupParams} from "../interfaces/IRollup.sol";
import {IStaking} from "../interfaces/IStaking.sol";
import {IVerifier} from "../interfaces/IVerifier.sol";
import {Errors} from "../libraries/Errors.sol";
import {Header, HeaderLib} from "../libraries/HeaderLib.sol";
import {ChainLib, Tips} from "./libraries/ChainLib.sol";
import {EpochProofLib} from "./libraries/EpochProofLib.sol";
import {ProposeLib} from "./libraries/ProposeLib.sol";
import {RewardLib} from "./libraries/RewardLib.sol";
import {Immutables, TimeLib} from "./libraries/TimeLib.sol";
import {ValidatorSelectionLib} from "./libraries/ValidatorSelectionLib.sol";

/// @notice Immutable timing and wiring of a rollup, fixed at deployment. A change of timing is a new
///         rollup version in the Registry, which agents follow without a hard fork.
struct RollupConfig {
    uint256 genesisTime;
    uint256 slotDuration;
    uint256 epochDuration;
    uint256 lagEpochs;
    uint256 committeeSize;
    IStaking staking;
    IRewardPool rewardPool;
    IVerifier verifier;
    address owner;
    RollupParams params;
}

/// @title Rollup
/// @notice The L1 contract of one SPTN deployment. See IRollup and docs/rollup.md.
/// @dev The contract is the external surface: it keeps the immutables and the governance
///      setters, and each rule lives once in a library over its own namespaced storage
///      (contracts/rollup/libraries): TimeLib (slots and epochs), ValidatorSelectionLib
///      (randomness, committees), ProposeLib (the committee path, the based fallback and the DA
///      commitment), EpochProofLib (proofs and pruning), ChainLib (the tips, the block-hash ring,
///      the pruning rule, parameters and verifier) and RewardLib. Storage is kept small on the
///      hot path: the tips live in one word, block hashes in a ring buffer whose words are reused
///      once their blocks are proven, and each epoch's committee is written once (as contract
///      code, see CodeStore) and read by every propose of the epoch.
contract Rollup is IRollup, EIP712, Ownable2Step {
    /// @notice The largest committee: attestations address members by a one-byte index.
    uint256 public constant MAX_COMMITTEE_SIZE = 256;
    /// @notice The longest proof window governance may set, which bounds the ring buffer.
    uint256 public constant MAX_PROOF_WINDOW_EPOCHS = ChainLib.MAX_PROOF_WINDOW_EPOCHS;

    uint256 public immutable override GENESIS_TIME;
    uint256 public immutable override SLOT_DURATION;
    uint256 public immutable override EPOCH_DURATION;
    uint256 public immutable override LAG_EPOCHS;
    /// @notice Slots of the block-hash ring buffer: enough for every block that can be unproven.
    uint256 public immutable RING_SIZE;
    /// @notice The hash that block 1 names as its parent.
    bytes32 public immutable GENESIS_HASH;
    IStaking public immutable STAKING;
    IRewardPool public immutable REWARD_POOL;

    constructor(RollupConfig memory cfg) EIP712("SPTN Rollup", "1") Ownable(cfg.owner) {
        if (cfg.genesisTime == 0) revert Errors.Rollup__InvalidParam("genesisTime", 0);
        if (cfg.slotDuration == 0) revert Errors.Rollup__InvalidParam("slotDuration", 0);
        if (cfg.epochDuration == 0 || cfg.epochDuration > 256) {
            revert Errors.Rollup__InvalidParam("epochDuration", cfg.epochDuration);
        }
        // A lag of 0 would let the L1 proposer of an epoch's first block bias its own committee.
        if (cfg.lagEpochs == 0) revert Errors.Rollup__InvalidParam("lagEpochs", 0);
        if (address(cfg.staking) == address(0)) revert Errors.Rollup__InvalidParam("staking", 0);
        if (address(cfg.rewardPool) == address(0)) {
            revert Errors.Rollup__InvalidParam("rewardPool", 0);
        }
        if (address(cfg.verifier) == address(0)) revert Errors.Rollup__InvalidParam("verifier", 0);
        _checkCommitteeSize(cfg.committeeSize);
        ChainLib.checkParams(cfg.params, cfg.slotDuration);

        GENESIS_TIME = cfg.genesisTime;
        SLOT_DURATION = cfg.slotDuration;
        EPOCH_DURATION = cfg.epochDuration;
        LAG_EPOCHS = cfg.lagEpochs;
        RING_SIZE = ChainLib.ringSize(cfg.epochDuration);
        STAKING = cfg.staking;
        REWARD_POOL = cfg.rewardPool;

        bytes32 genesisHash = keccak256(abi.encode("sptn.rollup.genesis", block.chainid, this));
        GENESIS_HASH = genesisHash;
        ChainLib.Storage storage cs = ChainLib.getStorage();
        cs.blockHashes[0] = genesisHash;
        cs.params = cfg.params;
        cs.verifier = cfg.verifier;
        ValidatorSelectionLib.initialize(cfg.committeeSize);
    }

    // ============================================================================================
    // Time
    // ============================================================================================

    /// @inheritdoc IRollup
    function getCurrentSlot() public view override returns (uint256) {
        return getSlotAt(block.timestamp);
    }

    /// @inheritdoc IRollup
    function getCurrentEpoch() public view override returns (uint256) {
        return getCurrentSlot() / EPOCH_DURATION;
    }

    /// @inheritdoc IRollup
    function getSlotAt(uint256 timestamp) public view override returns (uint256) {
        return TimeLib.slotAt(_immutables(), timestamp);
    }

    /// @inheritdoc IRollup
    function getEpochAt(uint256 timestamp) external view override returns (uint256) {
        return getSlotAt(timestamp) / EPOCH_DURATION;
    }

    // ============================================================================================
    // Committees
    // ============================================================================================

    /// @inheritdoc IRollup
    function getCommitteeSizeFor(uint256 epoch) external view override returns (uint256) {
        return ValidatorSelectionLib.committeeSizeFor(epoch);
    }

    /// @inheritdoc IRollup
    function getSampleTimestamp(uint256 epoch) external view override returns (uint256 ts) {
        (, ts) = ValidatorSelectionLib.seedAndSampleTime(_finalEpoch(epoch), epoch);
    }

    /// @inheritdoc IRollup
    function getEpochSeed(uint256 epoch) external view override returns (bytes32 seed) {
        (seed,) = ValidatorSelectionLib.seedAndSampleTime(_finalEpoch(epoch), epoch);
    }

    /// @inheritdoc IRollup
    function getEpochCommittee(uint256 epoch) external view override returns (address[] memory) {
        return ValidatorSelectionLib.committeeOf(_finalEpoch(epoch), epoch);
    }

    /// @inheritdoc IRollup
    function getProposerAt(uint256 slot)
        external
        view
        override
        returns (uint256 index, address proposer)
    {
        return ValidatorSelectionLib.proposerOf(_finalEpoch(slot / EPOCH_DURATION), slot);
    }

    /// @inheritdoc IRollup
    function setupEpoch() external override {
        Immutables memory im = _immutables();
        ValidatorSelectionLib.setupEpoch(im, TimeLib.slotAt(im, block.timestamp) / EPOCH_DURATION);
    }

    // ============================================================================================
    // Chains
    // ============================================================================================

    /// @inheritdoc IRollup
    function getTips() external view override returns (ChainTips memory tips) {
        Tips memory t = ChainLib.loadTips();
        tips.assuredNumber = t.assuredNumber;
        tips.assuredHash = ChainLib.blockHash(t.assuredNumber, RING_SIZE);
        tips.assuredSlot = t.assuredSlot;
        tips.provenNumber = t.provenNumber;
        tips.provenHash = ChainLib.blockHash(t.provenNumber, RING_SIZE);
        tips.provenSlot = t.provenSlot;
    }

    /// @inheritdoc IRollup
    function getBlockHash(uint256 number) external view override returns (bytes32) {
        uint256 assured = ChainLib.loadTips().assuredNumber;
        if (number > assured || assured - number >= RING_SIZE) {
            revert Errors.Rollup__BlockNotAvailable(number);
        }
        return ChainLib.blockHash(number, RING_SIZE);
    }

    /// @inheritdoc IRollup
    function headerHash(Header calldata header) external pure override returns (bytes32) {
        return HeaderLib.hash(header);
    }

    /// @inheritdoc IRollup
    function attestationDigest(Header calldata header) external view override returns (bytes32) {
        return _hashTypedDataV4(HeaderLib.hash(header));
    }

    /// @inheritdoc IRollup
    function proofPublicInputsHash(
        uint256 epoch,
        uint256 startNumber,
        uint256 endNumber,
        bytes32 previousHeaderHash,
        bytes32[] calldata headerHashes
    ) external view override returns (bytes32) {
        return ChainLib.publicInputs(
            epoch, startNumber, endNumber, previousHeaderHash, abi.encodePacked(headerHashes)
        );
    }

    /// @inheritdoc IRollup
    function canPrune() external view override returns (bool) {
        return ChainLib.prunable(ChainLib.loadTips(), getCurrentEpoch(), EPOCH_DURATION);
    }

    /// @inheritdoc IRollup
    function isEpochPruned(uint256 epoch) external view override returns (bool) {
        return ChainLib.getStorage().prunedEpochs[epoch];
    }

    /// @inheritdoc IRollup
    function fallbackActiveFrom() external view override returns (uint256) {
        return ProposeLib.fallbackActiveFrom(ChainLib.loadTips(), EPOCH_DURATION);
    }

    /// @inheritdoc IRollup
    function propose(Header calldata header, bytes calldata txs, bytes calldata attestations)
        external
        override
    {
        ProposeLib.propose(
            _immutables(),
            _domainSeparatorV4(),
            header,
            ProposeLib.calldataTxsHash(txs),
            false,
            attestations
        );
    }

    /// @inheritdoc IRollup
    function proposeWithBlobs(Header calldata header, bytes calldata attestations)
        external
        override
    {
        ProposeLib.propose(
            _immutables(),
            _domainSeparatorV4(),
            header,
            ProposeLib.blobsTxsHash(),
            true,
            attestations
        );
    }

    /// @inheritdoc IRollup
    function submitProof(uint256 epoch, Header[] calldata headers, bytes calldata proof)
        external
        override
    {
        EpochProofLib.submitProof(_immutables(), epoch, headers, proof);
    }

    /// @inheritdoc IRollup
    function prune() external override {
        EpochProofLib.prune(_immutables(), getCurrentEpoch());
    }

    /// @inheritdoc IRollup
    function proposeBased(Header calldata header, bytes calldata txs, bytes calldata proof)
        external
        override
    {
        ProposeLib.proposeBased(
            _immutables(), header, ProposeLib.calldataTxsHash(txs), false, proof
        );
    }

    /// @inheritdoc IRollup
    function proposeBasedWithBlobs(Header calldata header, bytes calldata proof) external override {
        ProposeLib.proposeBased(_immutables(), header, ProposeLib.blobsTxsHash(), true, proof);
    }

    // ============================================================================================
    // Rewards
    // ============================================================================================

    /// @inheritdoc IRollup
    function rewardsOwed(address account) external view override returns (uint256) {
        return RewardLib.owed(account);
    }

    /// @inheritdoc IRollup
    function claimRewards() external override returns (uint256 paid) {
        return RewardLib.claim(REWARD_POOL, msg.sender);
    }

    // ============================================================================================
    // Governance
    // ============================================================================================

    /// @inheritdoc IRollup
    function verifier() external view override returns (IVerifier) {
        return ChainLib.getStorage().verifier;
    }

    /// @inheritdoc IRollup
    function getParams() external view override returns (RollupParams memory) {
        return ChainLib.getStorage().params;
    }

    /// @inheritdoc IRollup
    function setVerifier(IVerifier newVerifier) external override onlyOwner {
        if (address(newVerifier) == address(0)) revert Errors.Rollup__InvalidParam("verifier", 0);
        ChainLib.Storage storage cs = ChainLib.getStorage();
        emit VerifierUpdated(address(cs.verifier), address(newVerifier));
        cs.verifier = newVerifier;
    }

    /// @inheritdoc IRollup
    function setParams(RollupParams calldata params) external override onlyOwner {
        ChainLib.checkParams(params, SLOT_DURATION);
        ChainLib.getStorage().params = params;
        emit ParamsUpdated(params);
    }

    /// @inheritdoc IRollup
    function setCommitteeSize(uint256 size) external override onlyOwner {
        _checkCommitteeSize(size);
        // Committees of epochs before current + LAG are already readable and must not change.
        uint256 fromEpoch = block.timestamp < GENESIS_TIME ? 0 : getCurrentEpoch() + LAG_EPOCHS;
        ValidatorSelectionLib.setCommitteeSize(size, fromEpoch);
        emit CommitteeSizeUpdated(size, fromEpoch);
    }

    /// @notice Disabled: an ownerless rollup could never change its parameters or replace a
    ///         faulty verifier again. Hand ownership over (two steps) instead.
    function renounceOwnership() public view override onlyOwner {
        revert Errors.Rollup__RenounceDisabled();
    }

    // ============================================================================================
    // Internals
    // ============================================================================================

    /// @dev The immutables, for the libraries (which cannot read them themselves).
    function _immutables() private view returns (Immutables memory im) {
        (uint256 g, uint256 sd, uint256 ed, uint256 lag, uint256 ring, IStaking st) =
            (GENESIS_TIME, SLOT_DURATION, EPOCH_DURATION, LAG_EPOCHS, RING_SIZE, STAKING);
        // Written straight into `im` (propose pays this on every call): a struct literal would
        // allocate and fill a second copy.
        assembly ("memory-safe") {
            mstore(im, g)
            mstore(add(im, 0x20), sd)
            mstore(add(im, 0x40), ed)
            mstore(add(im, 0x60), lag)
            mstore(add(im, 0x80), ring)
            mstore(add(im, 0xa0), st)
        }
    }

    /// @dev The immutables, after checking that `epoch`'s committee is final (it can no longer
    ///      change: from the start of epoch epoch - LAG + 1).
    function _finalEpoch(uint256 epoch) private view returns (Immutables memory) {
        uint256 current = getCurrentEpoch();
        if (epoch >= current + LAG_EPOCHS) revert Errors.Rollup__CommitteeNotFinal(epoch, current);
        return _immutables();
    }

    function _checkCommitteeSize(uint256 size) private pure {
        if (size == 0 || size > MAX_COMMITTEE_SIZE) {
            revert Errors.Rollup__InvalidParam("committeeSize", size);
        }
    }
}
