// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";

import {IRollup} from "../../interfaces/IRollup.sol";
import {CodeStore} from "../../libraries/CodeStore.sol";
import {CommitteeLib} from "../../libraries/CommitteeLib.sol";
import {Errors} from "../../libraries/Errors.sol";
import {Immutables, TimeLib} from "./TimeLib.sol";

/// @notice An epoch's stored committee: `committeeStore` holds the members' addresses (20 bytes
///         each, in committee-index order) followed by one proposer index byte per slot.
struct EpochData {
    address committeeStore;
    uint16 committeeSize;
    bool setUp;
}

/// @title ValidatorSelectionLib
/// @notice Committee selection: the randomness checkpoints, the committee size schedule, the
///         sampling of an epoch's committee and its storage. Storage is namespaced (ERC-7201
///         `sptn.rollup.validator-selection`).
/// @dev The one rule of this library: a committee's member set is read at a time before the
///      randomness that samples it was written. Randomness is checkpointed by the first setup of
///      each epoch e (key e, written during e), and by the constructor (key 0, the deployment
///      block's). Epoch N uses the latest checkpoint with key <= N - LAG, whichever epoch c wrote
///      it, and reads the set at the last second before epoch c started; for the deployment's
///      checkpoint (the bootstrap epochs 0..LAG, or later epochs if nothing was ever set up), at
///      genesis - 1 (see docs/rollup.md for the bootstrap and its bound). Both are final from the
///      start of epoch N - LAG + 1: no checkpoint with a key <= N - LAG can be written after that.
library ValidatorSelectionLib {
    using Checkpoints for Checkpoints.Trace224;

    /// @custom:storage-location erc7201:sptn.rollup.validator-selection
    struct Storage {
        /// prevrandao by the epoch whose first setup wrote it (0: the deployment's).
        Checkpoints.Trace224 randao;
        /// Committee size by the first epoch it applies to.
        Checkpoints.Trace224 committeeSizes;
        mapping(uint256 epoch => EpochData) epochs;
    }

    /// @dev keccak256(abi.encode(uint256(keccak256("sptn.rollup.validator-selection")) - 1))
    ///      & ~bytes32(0xff)
    bytes32 private constant STORAGE_SLOT =
        0xa7358e4365188fe0e79b6ad7d7a7f8b1c9f60e43ec11707073073674adfc2200;

    function getStorage() internal pure returns (Storage storage s) {
        assembly ("memory-safe") {
            s.slot := STORAGE_SLOT
        }
    }

    /// @notice Checkpoints the deployment's randomness (the bootstrap epochs' seed) and the first
    ///         committee size.
    function initialize(uint256 committeeSize) internal {
        Storage storage s = getStorage();
        s.randao.push(0, _randaoValue());
        s.committeeSizes.push(0, SafeCast.toUint224(committeeSize));
    }

    // ---- committee size ------------------------------------------------------------------------

    function committeeSizeFor(uint256 epoch) internal view returns (uint256) {
        return getStorage().committeeSizes.upperLookup(_toKey(epoch));
    }

    function setCommitteeSize(uint256 size, uint256 fromEpoch) internal {
        getStorage().committeeSizes.push(_toKey(fromEpoch), SafeCast.toUint224(size));
    }

    // ---- seeds and sample times ----------------------------------------------------------------

    /// @notice The seed of `epoch` and the timestamp at which its set is read. Final once epoch
    ///         epoch - LAG + 1 has started (the Rollup's views check that).
    function seedAndSampleTime(Immutables memory im, uint256 epoch)
        internal
        view
        returns (bytes32 seed, uint256 sampleTime)
    {
        uint256 key = epoch < im.lagEpochs ? 0 : epoch - im.lagEpochs;
        (uint256 writtenIn, uint256 randao) = _randomnessAt(key);
        seed = CommitteeLib.seed(epoch, randao);
        // Randomness written during epoch c is unknown before c starts; the deployment's is known
        // from deployment on, and the bootstrap committees read the set at genesis - 1.
        sampleTime = writtenIn == 0 ? im.genesisTime - 1 : TimeLib.epochStart(im, writtenIn) - 1;
    }

    // ---- committees ----------------------------------------------------------------------------

    function epochData(uint256 epoch) internal view returns (EpochData memory) {
        return getStorage().epochs[epoch];
    }

    /// @notice Samples `epoch`'s committee from the active set at its sample time, in O(k) memory.
    function sampleCommittee(Immutables memory im, uint256 epoch)
        internal
        view
        returns (address[] memory committee, bytes32 seed)
    {
        uint256 ts;
        (seed, ts) = seedAndSampleTime(im, epoch);
        uint256 n = im.staking.getActiveSetSizeAt(ts);
        uint256 k = committeeSizeFor(epoch);
        if (n < k) k = n;
        uint256[] memory indices = CommitteeLib.sampleIndices(seed, n, k);
        committee = new address[](k);
        for (uint256 i = 0; i < k; ++i) {
            committee[i] = im.staking.getActiveAttesterAt(indices[i], ts);
        }
    }

    /// @notice Samples, stores and returns `epoch`'s committee (the current epoch), and
    ///         checkpoints the randomness that epoch (epoch + LAG)'s committee will use.
    ///         Idempotent.
    /// @dev The randomness is this L1 block's prevrandao: whoever makes the first setup of an
    ///      epoch picks the block (docs/rollup.md bounds the bias this gives).
    function setupEpoch(Immutables memory im, uint256 epoch)
        internal
        returns (EpochData memory ed)
    {
        Storage storage s = getStorage();
        ed = s.epochs[epoch];
        if (ed.setUp) return ed;
        (bool exists, uint32 latest,) = s.randao.latestCheckpoint();
        if (!exists || latest < epoch) s.randao.push(_toKey(epoch), _randaoValue());

        (address[] memory committee, bytes32 seed) = sampleCommittee(im, epoch);
        uint256 k = committee.length;
        ed.setUp = true;
        ed.committeeSize = SafeCast.toUint16(k);
        if (k != 0) {
            uint256 slots = im.epochDuration;
            bytes memory data = new bytes(k * 20 + slots);
            for (uint256 i = 0; i < k; ++i) {
                address m = committee[i];
                assembly ("memory-safe") {
                    mstore(add(add(data, 0x20), mul(i, 20)), shl(96, m))
                }
            }
            uint256 firstSlot = epoch * slots;
            for (uint256 i = 0; i < slots; ++i) {
                data[k * 20 + i] = bytes1(uint8(CommitteeLib.proposerIndex(seed, firstSlot + i, k)));
            }
            ed.committeeStore = CodeStore.write(data);
        }
        s.epochs[epoch] = ed;
        emit IRollup.EpochSetUp(epoch, seed, k, ed.committeeStore);
    }

    /// @notice The stored committee record of `ed`: the members' addresses, then one proposer
    ///         index byte per slot of the epoch.
    function readStore(EpochData memory ed, uint256 epochDuration)
        internal
        view
        returns (bytes memory)
    {
        return CodeStore.read(ed.committeeStore, 0, uint256(ed.committeeSize) * 20 + epochDuration);
    }

    /// @notice The member at `index` of a committee record.
    function memberAt(bytes memory store, uint256 index) internal pure returns (address member) {
        assembly ("memory-safe") {
            member := shr(96, mload(add(add(store, 0x20), mul(index, 20))))
        }
    }

    /// @notice The committee index of `slot`'s proposer, from a committee record of k members.
    function proposerIndexIn(bytes memory store, uint256 k, uint256 slot, uint256 epochDuration)
        internal
        pure
        returns (uint256)
    {
        return uint8(store[k * 20 + slot % epochDuration]);
    }

    /// @notice `epoch`'s committee, stored or sampled (callers check it is final).
    function committeeOf(Immutables memory im, uint256 epoch)
        internal
        view
        returns (address[] memory members)
    {
        EpochData memory ed = getStorage().epochs[epoch];
        if (!ed.setUp) {
            (members,) = sampleCommittee(im, epoch);
            return members;
        }
        uint256 k = ed.committeeSize;
        members = new address[](k);
        if (k == 0) return members;
        bytes memory store = readStore(ed, im.epochDuration);
        for (uint256 i = 0; i < k; ++i) {
            members[i] = memberAt(store, i);
        }
    }

    /// @notice The committee index and address of `slot`'s proposer (callers check it
    ///         is final); reverts for an empty committee.
    function proposerOf(Immutables memory im, uint256 slot)
        internal
        view
        returns (uint256 index, address proposer)
    {
        uint256 epoch = slot / im.epochDuration;
        EpochData memory ed = getStorage().epochs[epoch];
        if (ed.setUp) {
            if (ed.committeeSize == 0) revert Errors.Rollup__EmptyCommittee(epoch);
            bytes memory store = readStore(ed, im.epochDuration);
            index = proposerIndexIn(store, ed.committeeSize, slot, im.epochDuration);
            return (index, memberAt(store, index));
        }
        (address[] memory committee, bytes32 seed) = sampleCommittee(im, epoch);
        if (committee.length == 0) revert Errors.Rollup__EmptyCommittee(epoch);
        index = CommitteeLib.proposerIndex(seed, slot, committee.length);
        return (index, committee[index]);
    }

    // ---- internals -----------------------------------------------------------------------------

    /// @dev The latest randomness checkpoint with key <= `key`: the epoch that wrote it and its
    ///      value. The deployment's checkpoint (key 0) always exists.
    function _randomnessAt(uint256 key) private view returns (uint256 writtenIn, uint256 value) {
        Checkpoints.Trace224 storage r = getStorage().randao;
        uint256 hi = r.length() - 1;
        Checkpoints.Checkpoint224 memory c = r.at(SafeCast.toUint32(hi));
        // The common case: the latest checkpoint (the lag epoch's own, or an older one).
        if (c._key <= key) return (c._key, c._value);
        // Binary search for the last position whose key is <= key, between lo (key 0 <= key)
        // and hi (key > key).
        uint256 lo = 0;
        while (hi - lo > 1) {
            uint256 mid = (lo + hi) / 2;
            if (r.at(SafeCast.toUint32(mid))._key <= key) lo = mid;
            else hi = mid;
        }
        c = r.at(SafeCast.toUint32(lo));
        return (c._key, c._value);
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
