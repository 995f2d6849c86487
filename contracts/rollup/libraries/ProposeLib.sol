// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {IRollup, RollupParams} from "../../interfaces/IRollup.sol";
import {AttestationLib} from "../../libraries/AttestationLib.sol";
import {CommitteeLib} from "../../libraries/CommitteeLib.sol";
import {Errors} from "../../libraries/Errors.sol";
import {Header} from "../../libraries/HeaderLib.sol";
import {ChainLib, Tips} from "./ChainLib.sol";
import {RewardLib} from "./RewardLib.sol";
import {Immutables, TimeLib} from "./TimeLib.sol";
import {EpochData, ValidatorSelectionLib} from "./ValidatorSelectionLib.sol";

/// @title ProposeLib
/// @notice How blocks join the assured chain: the committee path (`propose`, `proposeWithBlobs`)
///         and the based fallback (`proposeBased`, `proposeBasedWithBlobs`), and the data
///         commitment every header's txsHash is checked against.
/// @dev A header commits to exactly one data-availability mode. The commitment is domain
///      separated: `keccak256(CALLDATA_TAG ‖ txs)` for data in the calldata, and
///      `keccak256(BLOBS_TAG ‖ blobhash(0) ‖ … ‖ blobhash(n-1))` for data in blobs. The two
///      preimages differ in their first 32 bytes, so no calldata reproduces a blob commitment
///      (nor the reverse) short of a keccak256 collision, and the DA mode the committee signed is
///      the one the block is published with.
library ProposeLib {
    /// @notice The first word of a calldata block's commitment preimage:
    ///         keccak256("sptn.rollup.da.calldata") (checked in test/rollup/RollupBlobs.t.sol).
    bytes32 internal constant CALLDATA_TAG =
        0x5ef2a613f03b2f9720544ae3b51db480bcba935c32da8037e6a5ca390899100f;
    /// @notice The first word of a blob block's commitment preimage:
    ///         keccak256("sptn.rollup.da.blobs").
    bytes32 internal constant BLOBS_TAG =
        0xa92eb284989ba3851dd590626837863945843f5b3c6db3a16d3e5663d2f01246;

    /// @notice header.txsHash of a block whose data is `txs`, carried in the calldata.
    function calldataTxsHash(bytes calldata txs) internal pure returns (bytes32 h) {
        // The tag then the data at the free memory pointer, hashed. The memory is scratch: the
        // free pointer is not moved, nothing follows.
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            mstore(ptr, CALLDATA_TAG)
            calldatacopy(add(ptr, 0x20), txs.offset, txs.length)
            h := keccak256(ptr, add(txs.length, 0x20))
        }
    }

    /// @notice header.txsHash of a block whose data travels in this transaction's blobs, over
    ///         every blob of the transaction in order. Reverts when it has none.
    function blobsTxsHash() internal view returns (bytes32 h) {
        uint256 n;
        // The tag, then blobhash(0), blobhash(1), ... at the free memory pointer until one is zero
        // (no blob at that index). The memory is scratch, as above.
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            mstore(ptr, BLOBS_TAG)
            for {} 1 { n := add(n, 1) } {
                let vh := blobhash(n)
                if iszero(vh) { break }
                mstore(add(ptr, mul(add(n, 1), 32)), vh)
            }
            h := keccak256(ptr, mul(add(n, 1), 32))
        }
        if (n == 0) revert Errors.Rollup__NoBlobs();
    }

    /// @notice The committee path: appends `header` to the assured chain with the committee's
    ///         attestations. `txsHash` is the commitment of the data as this transaction carries
    ///         it (`calldataTxsHash` or `blobsTxsHash`).
    function propose(
        Immutables memory im,
        bytes32 domainSeparator,
        Header calldata header,
        bytes32 txsHash,
        bool blobs,
        bytes calldata attestations
    ) internal {
        uint256 slot = TimeLib.slotAt(im, block.timestamp);
        Tips memory t = _tipsAfterDuePrune(im, slot / im.epochDuration);
        if (header.slot != slot) revert Errors.Rollup__WrongSlot(slot, header.slot);
        if (slot <= t.assuredSlot) revert Errors.Rollup__SlotNotAfterTip(slot, t.assuredSlot);
        bytes32 hh = ChainLib.checkExtends(header, txsHash, blobs, t.assuredNumber, im.ringSize);
        _verifyAttestations(
            im, slot, MessageHashUtils.toTypedDataHash(domainSeparator, hh), attestations
        );

        ChainLib.storeBlockHash(header.number, hh, t.provenNumber, im.ringSize);
        if (t.assuredNumber == t.provenNumber) t.firstUnprovenSlot = SafeCast.toUint48(slot);
        t.assuredNumber = SafeCast.toUint48(header.number);
        t.assuredSlot = SafeCast.toUint48(slot);
        ChainLib.storeTips(t);

        // Rewards are credited when the block's epoch is proven (EpochProofLib).
        emit IRollup.BlockProposed(header.number, slot, hh, false);
    }

    /// @dev The stored tips, pruned in memory when the oldest unproven epoch's window has closed
    ///      by `epoch` (the caller stores them).
    function _tipsAfterDuePrune(Immutables memory im, uint256 epoch) private returns (Tips memory) {
        Tips memory t = ChainLib.loadTips();
        // A prune needs the oldest unproven epoch to be at least 2 epochs old (proof windows are
        // at least one epoch), so the common case skips reading the parameters.
        if (
            t.assuredNumber != t.provenNumber && epoch >= t.firstUnprovenSlot / im.epochDuration + 2
                && ChainLib.prunable(t, epoch, im.epochDuration)
        ) ChainLib.prune(t, im.epochDuration);
        return t;
    }

    /// @notice The first slot at which the based fallback accepts a block, as the chain stands:
    ///         `fallbackSlots` after the assured tip's slot, and not before the oldest unproven
    ///         epoch is prunable (its proof window closed), so that the fallback never truncates
    ///         an epoch that can still be proven.
    function fallbackActiveFrom(Tips memory t, uint256 epochDuration)
        internal
        view
        returns (uint256 activeFrom)
    {
        RollupParams storage p = ChainLib.getStorage().params;
        activeFrom = uint256(t.assuredSlot) + p.fallbackSlots;
        uint256 pruneFrom = ChainLib.prunableFromEpoch(t, epochDuration, p.proofWindowEpochs);
        if (pruneFrom != type(uint256).max && pruneFrom * epochDuration > activeFrom) {
            activeFrom = pruneFrom * epochDuration;
        }
    }

    /// @notice The based fallback: when no block has been assured for `fallbackSlots` slots and
    ///         no unproven block can still be proven, anyone appends a block on the proven tip
    ///         with its proof; the unproven blocks (if any) are pruned first.
    function proposeBased(
        Immutables memory im,
        Header calldata header,
        bytes32 txsHash,
        bool blobs,
        bytes calldata proof
    ) internal {
        ChainLib.Storage storage cs = ChainLib.getStorage();
        uint256 slot = TimeLib.slotAt(im, block.timestamp);
        Tips memory t = ChainLib.loadTips();
        {
            uint256 activeFrom = fallbackActiveFrom(t, im.epochDuration);
            if (slot < activeFrom) revert Errors.Rollup__FallbackNotActive(slot, activeFrom);
        }
        if (header.slot != slot) revert Errors.Rollup__WrongSlot(slot, header.slot);
        // Due by the check above: the oldest unproven epoch's window has closed.
        if (t.assuredNumber != t.provenNumber) ChainLib.prune(t, im.epochDuration);

        bytes32 hh = ChainLib.checkExtends(header, txsHash, blobs, t.provenNumber, im.ringSize);
        {
            uint256 epoch = slot / im.epochDuration;
            if (!ValidatorSelectionLib.epochData(epoch).setUp) {
                ValidatorSelectionLib.setupEpoch(im, epoch);
            }
            ChainLib.verify(
                ChainLib.publicInputs(
                    epoch, header.number, header.number, header.parentHash, abi.encodePacked(hh)
                ),
                proof
            );
        }

        ChainLib.storeBlockHash(header.number, hh, t.provenNumber, im.ringSize);
        t.assuredNumber = SafeCast.toUint48(header.number);
        t.assuredSlot = SafeCast.toUint48(slot);
        t.provenNumber = SafeCast.toUint48(header.number);
        t.provenSlot = SafeCast.toUint48(slot);
        t.firstUnprovenSlot = 0;
        ChainLib.storeTips(t);

        RollupParams storage p = cs.params;
        RewardLib.credit(header.coinbase, uint256(p.assuredReward) + p.provenReward);
        emit IRollup.BlockProposed(header.number, slot, hh, true);
    }

    /// @dev Checks the attestations against the epoch's stored committee (setting the epoch up
    ///      first if nobody did): a quorum of valid, sorted, low-s signatures by members, and
    ///      until the proposer timeout the proposer's.
    function _verifyAttestations(
        Immutables memory im,
        uint256 slot,
        bytes32 digest,
        bytes calldata attestations
    ) private {
        EpochData memory ed = _committeeOf(im, slot / im.epochDuration);
        uint256 k = ed.committeeSize;
        {
            uint256 len = attestations.length;
            if (len % AttestationLib.SIZE != 0) revert Errors.Rollup__AttestationsMalformed(len);
            uint256 count = len / AttestationLib.SIZE;
            uint256 need = CommitteeLib.quorum(k);
            if (count < need) revert Errors.Rollup__InsufficientAttestations(count, need);
        }
        bytes memory store = ValidatorSelectionLib.readStore(ed, im.epochDuration);
        uint256 proposerIndex =
            ValidatorSelectionLib.proposerIndexIn(store, k, slot, im.epochDuration);
        if (
            !AttestationLib.verify(attestations, store, k, digest, proposerIndex)
                && block.timestamp
                    < TimeLib.slotStart(im, slot) + ChainLib.getStorage().params.proposerTimeout
        ) {
            revert Errors.Rollup__ProposerAttestationMissing(
                slot, ValidatorSelectionLib.memberAt(store, proposerIndex)
            );
        }
    }

    /// @dev `epoch`'s stored committee, setting the epoch up first if nobody did; reverts when
    ///      it is empty.
    function _committeeOf(Immutables memory im, uint256 epoch) private returns (EpochData memory) {
        EpochData memory ed = ValidatorSelectionLib.epochData(epoch);
        if (!ed.setUp) ed = ValidatorSelectionLib.setupEpoch(im, epoch);
        if (ed.committeeSize == 0) revert Errors.Rollup__EmptyCommittee(epoch);
        return ed;
    }
}
