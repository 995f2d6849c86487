// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";

import {IRewardPool} from "../interfaces/IRewardPool.sol";
import {ChainTips, IRollup, RollupParams} from "../interfaces/IRollup.sol";
import {IStaking} from "../interfaces/IStaking.sol";
import {IVerifier} from "../interfaces/IVerifier.sol";
import {AttestationLib} from "../libraries/AttestationLib.sol";
import {CodeStore} from "../libraries/CodeStore.sol";
import {CommitteeLib} from "../libraries/CommitteeLib.sol";
import {Errors} from "../libraries/Errors.sol";
import {Header, HeaderLib} from "../libraries/HeaderLib.sol";

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
/// @dev Storage is kept small on the hot path: the tips live in one word, block hashes in a ring
///      buffer whose words are reused once their blocks are proven, and each epoch's committee is
///      written once (as contract code, see CodeStore) and read by every propose of the epoch.
contract Rollup is IRollup, EIP712, Ownable2Step {
    using Checkpoints for Checkpoints.Trace224;

    /// @notice The largest committee: attestations address members by a one-byte index.
    uint256 public constant MAX_COMMITTEE_SIZE = 256;
    /// @notice The longest proof window governance may set, which bounds the ring buffer.
    uint256 public constant MAX_PROOF_WINDOW_EPOCHS = 8;
    /// @dev Bytes of one attestation: uint8 index, bytes32 r, bytes32 s, uint8 v.
    uint256 private constant ATTESTATION_SIZE = AttestationLib.SIZE;

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

    /// @dev The chain tips in one word. `firstUnprovenSlot` is the slot of block provenNumber + 1
    ///      while there is one; it dates the oldest unproven epoch for pruning.
    struct Tips {
        uint48 assuredNumber;
        uint48 assuredSlot;
        uint48 provenNumber;
        uint48 provenSlot;
        uint48 firstUnprovenSlot;
    }

    /// @dev An epoch's stored committee: `committeeStore` holds the members' addresses (20 bytes
    ///      each, in committee-index order) followed by one proposer index byte per slot.
    struct EpochData {
        address committeeStore;
        uint16 committeeSize;
        bool setUp;
    }

    Tips private _tips;
    mapping(uint256 ringIndex => bytes32 headerHash) private _blockHashes;
    mapping(uint256 epoch => EpochData) private _epochs;
    /// @dev prevrandao checkpointed by epoch, written at the first setup of each epoch.
    Checkpoints.Trace224 private _randao;
    /// @dev Committee size by the first epoch it applies to.
    Checkpoints.Trace224 private _committeeSizes;
    RollupParams private _params;
    IVerifier private _verifier;
    mapping(address account => uint256) private _rewardsOwed;
    /// @dev Epochs whose proof window passed with blocks of theirs unproven (slashing evidence).
    mapping(uint256 epoch => bool) private _prunedEpochs;

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
        _checkParams(cfg.params, cfg.slotDuration);

        GENESIS_TIME = cfg.genesisTime;
        SLOT_DURATION = cfg.slotDuration;
        EPOCH_DURATION = cfg.epochDuration;
        LAG_EPOCHS = cfg.lagEpochs;
        RING_SIZE = (MAX_PROOF_WINDOW_EPOCHS + 2) * cfg.epochDuration + 1;
        STAKING = cfg.staking;
        REWARD_POOL = cfg.rewardPool;
        _verifier = cfg.verifier;
        _params = cfg.params;

        bytes32 genesisHash = keccak256(abi.encode("sptn.rollup.genesis", block.chainid, this));
        GENESIS_HASH = genesisHash;
        _blockHashes[0] = genesisHash;
        _randao.push(0, _randaoValue());
        _committeeSizes.push(0, SafeCast.toUint224(cfg.committeeSize));
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
        if (timestamp < GENESIS_TIME) revert Errors.Rollup__BeforeGenesis(timestamp, GENESIS_TIME);
        return (timestamp - GENESIS_TIME) / SLOT_DURATION;
    }

    /// @inheritdoc IRollup
    function getEpochAt(uint256 timestamp) external view override returns (uint256) {
        return getSlotAt(timestamp) / EPOCH_DURATION;
    }

    // ============================================================================================
    // Committees
    // ============================================================================================

    /// @inheritdoc IRollup
    function getCommitteeSizeFor(uint256 epoch) public view override returns (uint256) {
        return _committeeSizes.upperLookup(_toKey(epoch));
    }

    /// @inheritdoc IRollup
    /// @dev The set is read at the last second before epoch (epoch - LAG) starts, before that
    ///      epoch's randomness is checkpointed, so nobody can pick the set knowing the seed.
    function getSampleTimestamp(uint256 epoch) public view override returns (uint256) {
        if (epoch < LAG_EPOCHS) return GENESIS_TIME - 1;
        return GENESIS_TIME + (epoch - LAG_EPOCHS) * EPOCH_DURATION * SLOT_DURATION - 1;
    }

    /// @inheritdoc IRollup
    function getEpochSeed(uint256 epoch) public view override returns (bytes32) {
        _requireFinal(epoch);
        return _seed(epoch);
    }

    /// @inheritdoc IRollup
    function getEpochCommittee(uint256 epoch) external view override returns (address[] memory) {
        _requireFinal(epoch);
        EpochData memory ed = _epochs[epoch];
        if (ed.setUp) {
            (address[] memory members,) = _readCommittee(ed, 0);
            return members;
        }
        return _sampleCommittee(epoch);
    }

    /// @inheritdoc IRollup
    function getProposerAt(uint256 slot)
        external
        view
        override
        returns (uint256 index, address proposer)
    {
        uint256 epoch = slot / EPOCH_DURATION;
        _requireFinal(epoch);
        EpochData memory ed = _epochs[epoch];
        if (ed.setUp) {
            if (ed.committeeSize == 0) revert Errors.Rollup__EmptyCommittee(epoch);
            address[] memory members;
            (members, index) = _readCommittee(ed, slot);
            return (index, members[index]);
        }
        address[] memory committee = _sampleCommittee(epoch);
        if (committee.length == 0) revert Errors.Rollup__EmptyCommittee(epoch);
        index = CommitteeLib.proposerIndex(_seed(epoch), slot, committee.length);
        return (index, committee[index]);
    }

    /// @inheritdoc IRollup
    function setupEpoch() external override {
        _setupEpoch(getCurrentEpoch());
    }

    // ============================================================================================
    // Chains
    // ============================================================================================

    /// @inheritdoc IRollup
    function getTips() external view override returns (ChainTips memory tips) {
        Tips memory t = _tips;
        tips.assuredNumber = t.assuredNumber;
        tips.assuredHash = _blockHashes[t.assuredNumber % RING_SIZE];
        tips.assuredSlot = t.assuredSlot;
        tips.provenNumber = t.provenNumber;
        tips.provenHash = _blockHashes[t.provenNumber % RING_SIZE];
        tips.provenSlot = t.provenSlot;
    }

    /// @inheritdoc IRollup
    function getBlockHash(uint256 number) external view override returns (bytes32) {
        uint256 assured = _tips.assuredNumber;
        if (number > assured || assured - number >= RING_SIZE) {
            revert Errors.Rollup__BlockNotAvailable(number);
        }
        return _blockHashes[number % RING_SIZE];
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
        return _publicInputs(
            epoch, startNumber, endNumber, previousHeaderHash, abi.encodePacked(headerHashes)
        );
    }

    /// @inheritdoc IRollup
    function canPrune() external view override returns (bool) {
        return _prunable(_tips, getCurrentEpoch());
    }

    /// @inheritdoc IRollup
    function isEpochPruned(uint256 epoch) external view override returns (bool) {
        return _prunedEpochs[epoch];
    }

    /// @inheritdoc IRollup
    function propose(Header calldata header, bytes calldata txs, bytes calldata attestations)
        external
        override
    {
        _propose(header, keccak256(txs), false, attestations);
    }

    /// @inheritdoc IRollup
    function proposeWithBlobs(Header calldata header, bytes calldata attestations)
        external
        override
    {
        _propose(header, _blobsHash(), true, attestations);
    }

    /// @inheritdoc IRollup
    function submitProof(uint256 epoch, Header[] calldata headers, bytes calldata proof)
        external
        override
    {
        Tips memory t = _tips;
        uint256 currentEpoch = getCurrentEpoch();
        if (t.assuredNumber == t.provenNumber) revert Errors.Rollup__NothingToProve();
        if (epoch >= currentEpoch) revert Errors.Rollup__EpochNotComplete(epoch, currentEpoch);
        uint256 deadline = epoch + 1 + _params.proofWindowEpochs;
        if (currentEpoch >= deadline) revert Errors.Rollup__ProofWindowClosed(epoch, deadline);
        if (headers.length == 0) revert Errors.Rollup__ProofEmpty(epoch);

        uint256 start = uint256(t.provenNumber) + 1;
        if (headers[0].number != start) {
            revert Errors.Rollup__ProofRangeMismatch(start, headers[0].number);
        }
        (bytes memory hashes, uint256 count, bool hasNext) =
            _collectEpoch(epoch, headers, start, t.assuredNumber);
        uint256 end = start + count - 1;
        if (!hasNext && end != t.assuredNumber) {
            revert Errors.Rollup__ProofIncomplete(end, t.assuredNumber);
        }

        bytes32 pi = _publicInputs(
            epoch, start, end, _blockHashes[uint256(t.provenNumber) % RING_SIZE], hashes
        );
        if (!_verifier.verify(pi, proof)) revert Errors.Rollup__InvalidProof(pi);

        t.provenNumber = SafeCast.toUint48(end);
        t.provenSlot = SafeCast.toUint48(headers[count - 1].slot);
        t.firstUnprovenSlot = hasNext ? SafeCast.toUint48(headers[count].slot) : 0;
        _tips = t;
        emit EpochProven(epoch, start, end, _blockHashes[end % RING_SIZE], msg.sender);
    }

    /// @inheritdoc IRollup
    function prune() external override {
        Tips memory t = _tips;
        uint256 currentEpoch = getCurrentEpoch();
        if (!_prunable(t, currentEpoch)) {
            uint256 from = t.assuredNumber == t.provenNumber
                ? type(uint256).max
                : t.firstUnprovenSlot / EPOCH_DURATION + 1 + _params.proofWindowEpochs;
            revert Errors.Rollup__NotPrunable(currentEpoch, from);
        }
        _prune(t);
        _tips = t;
    }

    /// @inheritdoc IRollup
    function proposeBased(Header calldata header, bytes calldata txs, bytes calldata proof)
        external
        override
    {
        _proposeBased(header, keccak256(txs), false, proof);
    }

    /// @inheritdoc IRollup
    function proposeBasedWithBlobs(Header calldata header, bytes calldata proof) external override {
        _proposeBased(header, _blobsHash(), true, proof);
    }

    // ============================================================================================
    // Rewards
    // ============================================================================================

    /// @inheritdoc IRollup
    function rewardsOwed(address account) external view override returns (uint256) {
        return _rewardsOwed[account];
    }

    /// @inheritdoc IRollup
    /// @dev An empty pool never blocks the chain: rewards are credited here as blocks are assured
    ///      and proven, and paid only when claimed; what the pool cannot pay stays owed.
    function claimRewards() external override returns (uint256 paid) {
        uint256 owed = _rewardsOwed[msg.sender];
        if (owed == 0) revert Errors.Rollup__NoRewards(msg.sender);
        _rewardsOwed[msg.sender] = 0;
        paid = REWARD_POOL.pay(msg.sender, owed);
        uint256 left = owed - paid;
        if (left != 0) _rewardsOwed[msg.sender] = left;
        emit RewardsClaimed(msg.sender, paid, left);
    }

    // ============================================================================================
    // Governance
    // ============================================================================================

    /// @inheritdoc IRollup
    function verifier() external view override returns (IVerifier) {
        return _verifier;
    }

    /// @inheritdoc IRollup
    function getParams() external view override returns (RollupParams memory) {
        return _params;
    }

    /// @inheritdoc IRollup
    function setVerifier(IVerifier newVerifier) external override onlyOwner {
        if (address(newVerifier) == address(0)) revert Errors.Rollup__InvalidParam("verifier", 0);
        emit VerifierUpdated(address(_verifier), address(newVerifier));
        _verifier = newVerifier;
    }

    /// @inheritdoc IRollup
    function setParams(RollupParams calldata params) external override onlyOwner {
        _checkParams(params, SLOT_DURATION);
        _params = params;
        emit ParamsUpdated(params);
    }

    /// @inheritdoc IRollup
    function setCommitteeSize(uint256 size) external override onlyOwner {
        _checkCommitteeSize(size);
        // Committees of epochs before current + LAG are already readable and must not change.
        uint256 fromEpoch = block.timestamp < GENESIS_TIME ? 0 : getCurrentEpoch() + LAG_EPOCHS;
        _committeeSizes.push(_toKey(fromEpoch), SafeCast.toUint224(size));
        emit CommitteeSizeUpdated(size, fromEpoch);
    }

    // ============================================================================================
    // Internals
    // ============================================================================================

    /// @dev The committee path of `propose` and `proposeWithBlobs`: `txsHash` is what the block's
    ///      data hashes to (keccak256 of calldata, or of the blobs' versioned hashes).
    function _propose(
        Header calldata header,
        bytes32 txsHash,
        bool blobs,
        bytes calldata attestations
    ) private {
        uint256 slot = getCurrentSlot();
        uint256 epoch = slot / EPOCH_DURATION;
        Tips memory t = _tips;
        // A prune needs the oldest unproven epoch to be at least 2 epochs old (proof windows are at
        // least one epoch), so the common case skips reading the parameters.
        if (
            t.assuredNumber != t.provenNumber && epoch >= t.firstUnprovenSlot / EPOCH_DURATION + 2
                && _prunable(t, epoch)
        ) _prune(t);

        if (header.slot != slot) revert Errors.Rollup__WrongSlot(slot, header.slot);
        if (slot <= t.assuredSlot) revert Errors.Rollup__SlotNotAfterTip(slot, t.assuredSlot);
        bytes32 hh = _checkExtends(header, txsHash, blobs, t.assuredNumber);

        EpochData memory ed = _epochs[epoch];
        if (!ed.setUp) ed = _setupEpoch(epoch);
        if (ed.committeeSize == 0) revert Errors.Rollup__EmptyCommittee(epoch);
        _verifyAttestations(ed, slot, _hashTypedDataV4(hh), attestations);

        _storeBlockHash(header.number, hh, t.provenNumber);
        if (t.assuredNumber == t.provenNumber) t.firstUnprovenSlot = SafeCast.toUint48(slot);
        t.assuredNumber = SafeCast.toUint48(header.number);
        t.assuredSlot = SafeCast.toUint48(slot);
        _tips = t;

        // The assured reward is credited when the block's epoch is proven (see submitProof).
        emit BlockProposed(header.number, slot, hh, false);
    }

    /// @dev The based-fallback path of `proposeBased` and `proposeBasedWithBlobs`.
    function _proposeBased(
        Header calldata header,
        bytes32 txsHash,
        bool blobs,
        bytes calldata proof
    ) private {
        uint256 slot = getCurrentSlot();
        Tips memory t = _tips;
        {
            uint256 activeFrom = uint256(t.assuredSlot) + _params.fallbackSlots;
            if (slot < activeFrom) revert Errors.Rollup__FallbackNotActive(slot, activeFrom);
        }
        if (header.slot != slot) revert Errors.Rollup__WrongSlot(slot, header.slot);
        if (t.assuredNumber != t.provenNumber) _prune(t);

        bytes32 hh = _checkExtends(header, txsHash, blobs, t.provenNumber);
        {
            uint256 epoch = slot / EPOCH_DURATION;
            if (!_epochs[epoch].setUp) _setupEpoch(epoch);
            bytes32 pi = _publicInputs(
                epoch, header.number, header.number, header.parentHash, abi.encodePacked(hh)
            );
            if (!_verifier.verify(pi, proof)) revert Errors.Rollup__InvalidProof(pi);
        }

        _storeBlockHash(header.number, hh, t.provenNumber);
        t.assuredNumber = SafeCast.toUint48(header.number);
        t.assuredSlot = SafeCast.toUint48(slot);
        t.provenNumber = SafeCast.toUint48(header.number);
        t.provenSlot = SafeCast.toUint48(slot);
        t.firstUnprovenSlot = 0;
        _tips = t;

        uint256 reward = uint256(_params.assuredReward) + _params.provenReward;
        if (reward != 0) _rewardsOwed[header.coinbase] += reward;
        emit BlockProposed(header.number, slot, hh, true);
    }

    /// @dev keccak256 of the versioned hashes of this transaction's blobs, in blob order: what a
    ///      blob-carried block's header.txsHash commits to. Reverts when the transaction has none.
    function _blobsHash() private view returns (bytes32 h) {
        uint256 n;
        // Packs blobhash(0), blobhash(1), ... at the free memory pointer until one is zero (no blob
        // at that index). The memory is scratch: the free pointer is not moved, nothing follows.
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            for {} 1 { n := add(n, 1) } {
                let vh := blobhash(n)
                if iszero(vh) { break }
                mstore(add(ptr, mul(n, 32)), vh)
            }
            h := keccak256(ptr, mul(n, 32))
        }
        if (n == 0) revert Errors.Rollup__NoBlobs();
    }

    /// @dev Checks that `header` extends block `parentNumber` and that its txsHash is `txsHash`
    ///      (computed from calldata, or from blobs when `blobs`); returns the header's hash.
    function _checkExtends(
        Header calldata header,
        bytes32 txsHash,
        bool blobs,
        uint256 parentNumber
    ) private view returns (bytes32) {
        if (header.number != parentNumber + 1) {
            revert Errors.Rollup__WrongBlockNumber(parentNumber + 1, header.number);
        }
        bytes32 parent = _blockHashes[parentNumber % RING_SIZE];
        if (header.parentHash != parent) {
            revert Errors.Rollup__WrongParent(parent, header.parentHash);
        }
        if (header.txsHash != txsHash) {
            if (blobs) revert Errors.Rollup__BlobHashMismatch(txsHash, header.txsHash);
            revert Errors.Rollup__TxsHashMismatch(txsHash, header.txsHash);
        }
        return HeaderLib.hash(header);
    }

    /// @dev Checks the headers of a proof against the stored chain and credits proven rewards.
    ///      Returns the epoch's packed header hashes, how many blocks it has, and whether the last
    ///      header is the first block after the epoch.
    function _collectEpoch(
        uint256 epoch,
        Header[] calldata headers,
        uint256 start,
        uint256 assuredNumber
    ) private returns (bytes memory hashes, uint256 count, bool hasNext) {
        // Both rewards of a block are credited once it is proven: a block pruned unproven earns
        // nothing, since its committee failed (and is slashable for it).
        uint256 reward = uint256(_params.assuredReward) + _params.provenReward;
        for (uint256 i = 0; i < headers.length; ++i) {
            Header calldata h = headers[i];
            uint256 number = start + i;
            if (h.number != number || number > assuredNumber) {
                revert Errors.Rollup__ProofRangeMismatch(number, h.number);
            }
            bytes32 hh = HeaderLib.hash(h);
            bytes32 stored = _blockHashes[number % RING_SIZE];
            if (hh != stored) revert Errors.Rollup__ProofHeaderMismatch(number, stored, hh);
            uint256 blockEpoch = h.slot / EPOCH_DURATION;
            if (blockEpoch != epoch) {
                // Only the last header may lie outside the epoch: the first block after it, which
                // shows where the epoch ends.
                if (i == 0 || i != headers.length - 1 || blockEpoch < epoch) {
                    revert Errors.Rollup__ProofEpochMismatch(epoch, number, blockEpoch);
                }
                return (hashes, count, true);
            }
            hashes = abi.encodePacked(hashes, hh);
            ++count;
            if (reward != 0) _rewardsOwed[h.coinbase] += reward;
        }
    }

    /// @dev Writes a block hash into the ring, refusing to overwrite the proven tip or anything after.
    function _storeBlockHash(uint256 number, bytes32 hh, uint256 provenNumber) private {
        // Position number % RING_SIZE last held block number - RING_SIZE: it must lie below the
        // proven tip. Pruning keeps unproven blocks far fewer than RING_SIZE, so this is a guard.
        if (number >= provenNumber + RING_SIZE) {
            revert Errors.Rollup__TooManyUnprovenBlocks(number, provenNumber);
        }
        _blockHashes[number % RING_SIZE] = hh;
    }

    function _verifyAttestations(
        EpochData memory ed,
        uint256 slot,
        bytes32 digest,
        bytes calldata attestations
    ) private view {
        uint256 k = ed.committeeSize;
        uint256 len = attestations.length;
        if (len % ATTESTATION_SIZE != 0) revert Errors.Rollup__AttestationsMalformed(len);
        uint256 count = len / ATTESTATION_SIZE;
        uint256 need = CommitteeLib.quorum(k);
        if (count < need) revert Errors.Rollup__InsufficientAttestations(count, need);

        // The committee's addresses, then one proposer index byte per slot of the epoch.
        bytes memory store = CodeStore.read(ed.committeeStore, 0, k * 20 + EPOCH_DURATION);
        uint256 proposerIndex = uint8(store[k * 20 + slot % EPOCH_DURATION]);
        bool proposerSigned = AttestationLib.verify(attestations, store, k, digest, proposerIndex);
        if (
            !proposerSigned
                && block.timestamp < GENESIS_TIME + slot * SLOT_DURATION + _params.proposerTimeout
        ) {
            revert Errors.Rollup__ProposerAttestationMissing(slot, _memberAt(store, proposerIndex));
        }
    }

    function _memberAt(bytes memory store, uint256 index) private pure returns (address member) {
        assembly ("memory-safe") {
            member := shr(96, mload(add(add(store, 0x20), mul(index, 20))))
        }
    }

    /// @dev Samples, stores and returns `epoch`'s committee (the current epoch), and checkpoints
    ///      the randomness that epoch (epoch + LAG)'s committee will use. Idempotent.
    function _setupEpoch(uint256 epoch) private returns (EpochData memory ed) {
        ed = _epochs[epoch];
        if (ed.setUp) return ed;
        (bool exists, uint32 latest,) = _randao.latestCheckpoint();
        if (!exists || latest < epoch) _randao.push(_toKey(epoch), _randaoValue());

        address[] memory committee = _sampleCommittee(epoch);
        uint256 k = committee.length;
        bytes32 s = _seed(epoch);
        ed.setUp = true;
        ed.committeeSize = SafeCast.toUint16(k);
        if (k != 0) {
            bytes memory data = new bytes(k * 20 + EPOCH_DURATION);
            for (uint256 i = 0; i < k; ++i) {
                address m = committee[i];
                assembly ("memory-safe") {
                    mstore(add(add(data, 0x20), mul(i, 20)), shl(96, m))
                }
            }
            uint256 firstSlot = epoch * EPOCH_DURATION;
            for (uint256 i = 0; i < EPOCH_DURATION; ++i) {
                data[k * 20 + i] = bytes1(uint8(CommitteeLib.proposerIndex(s, firstSlot + i, k)));
            }
            ed.committeeStore = CodeStore.write(data);
        }
        _epochs[epoch] = ed;
        emit EpochSetUp(epoch, s, k, ed.committeeStore);
    }

    function _readCommittee(EpochData memory ed, uint256 slot)
        private
        view
        returns (address[] memory members, uint256 proposerIndex)
    {
        uint256 k = ed.committeeSize;
        members = new address[](k);
        if (k == 0) return (members, 0);
        bytes memory store = CodeStore.read(ed.committeeStore, 0, k * 20 + EPOCH_DURATION);
        for (uint256 i = 0; i < k; ++i) {
            members[i] = _memberAt(store, i);
        }
        proposerIndex = uint8(store[k * 20 + slot % EPOCH_DURATION]);
    }

    function _sampleCommittee(uint256 epoch) private view returns (address[] memory committee) {
        uint256 ts = getSampleTimestamp(epoch);
        uint256 n = STAKING.getActiveSetSizeAt(ts);
        uint256 k = getCommitteeSizeFor(epoch);
        if (n < k) k = n;
        uint256[] memory indices = CommitteeLib.sampleIndices(_seed(epoch), n, k);
        committee = new address[](k);
        for (uint256 i = 0; i < k; ++i) {
            committee[i] = STAKING.getActiveAttesterAt(indices[i], ts);
        }
    }

    function _seed(uint256 epoch) private view returns (bytes32) {
        uint256 key = epoch < LAG_EPOCHS ? 0 : epoch - LAG_EPOCHS;
        return CommitteeLib.seed(epoch, _randao.upperLookup(_toKey(key)));
    }

    /// @dev An epoch's committee is final once the randomness it uses can no longer be written:
    ///      from the start of epoch (epoch - LAG + 1).
    function _requireFinal(uint256 epoch) private view {
        uint256 current = getCurrentEpoch();
        if (epoch >= current + LAG_EPOCHS) revert Errors.Rollup__CommitteeNotFinal(epoch, current);
    }

    function _prunable(Tips memory t, uint256 currentEpoch) private view returns (bool) {
        return t.assuredNumber != t.provenNumber
            && currentEpoch >= t.firstUnprovenSlot / EPOCH_DURATION + 1 + _params.proofWindowEpochs;
    }

    /// @dev Truncates the assured chain in `t` (the caller stores it) and says so.
    function _prune(Tips memory t) private {
        uint256 epoch = t.firstUnprovenSlot / EPOCH_DURATION;
        _prunedEpochs[epoch] = true;
        emit ChainPruned(epoch, uint256(t.provenNumber) + 1, t.assuredNumber, t.provenNumber);
        t.assuredNumber = t.provenNumber;
        t.assuredSlot = t.provenSlot;
        t.firstUnprovenSlot = 0;
    }

    function _publicInputs(
        uint256 epoch,
        uint256 start,
        uint256 end,
        bytes32 previousHeaderHash,
        bytes memory packedHeaderHashes
    ) private view returns (bytes32) {
        return keccak256(
            abi.encode(
                block.chainid,
                address(this),
                epoch,
                start,
                end,
                previousHeaderHash,
                keccak256(packedHeaderHashes)
            )
        );
    }

    function _checkParams(RollupParams memory p, uint256 slotDuration) private pure {
        if (p.proposerTimeout >= slotDuration) {
            revert Errors.Rollup__InvalidParam("proposerTimeout", p.proposerTimeout);
        }
        if (p.fallbackSlots == 0) revert Errors.Rollup__InvalidParam("fallbackSlots", 0);
        if (p.proofWindowEpochs == 0 || p.proofWindowEpochs > MAX_PROOF_WINDOW_EPOCHS) {
            revert Errors.Rollup__InvalidParam("proofWindowEpochs", p.proofWindowEpochs);
        }
    }

    function _checkCommitteeSize(uint256 size) private pure {
        if (size == 0 || size > MAX_COMMITTEE_SIZE) {
            revert Errors.Rollup__InvalidParam("committeeSize", size);
        }
    }

    /// @dev The 224 low bits of prevrandao, which is what a Trace224 checkpoint holds.
    function _randaoValue() private view returns (uint224) {
        // forge-lint: disable-next-line(unsafe-typecast)
        return uint224(block.prevrandao); // truncation intended: 224 bits of randomness suffice
    }

    function _toKey(uint256 epoch) private pure returns (uint32) {
        // Epoch numbers stay far below 2^32 for any realistic slot duration (a second-long slot
        // would take over 4,000 years of 32-slot epochs); SafeCast makes that a checked fact.
        return SafeCast.toUint32(epoch);
    }
}
