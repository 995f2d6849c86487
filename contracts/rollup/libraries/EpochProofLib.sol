// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {IRollup, RollupParams} from "../../interfaces/IRollup.sol";
import {Errors} from "../../libraries/Errors.sol";
import {Header, HeaderLib} from "../../libraries/HeaderLib.sol";
import {ChainLib, Tips} from "./ChainLib.sol";
import {RewardLib} from "./RewardLib.sol";
import {Immutables, TimeLib} from "./TimeLib.sol";

/// @title EpochProofLib
/// @notice Epoch proofs and pruning: a proof extends the proven chain by exactly one completed
///         epoch, within its proof window; once the window of the oldest unproven epoch has
///         closed, anyone truncates the assured chain to the proven tip.
library EpochProofLib {
    /// @notice Proves every block of `epoch` from the proven tip + 1 on, crediting each block's
    ///         coinbase both its rewards.
    /// @param headers The epoch's headers, then the first block after the epoch if the assured
    ///        chain has one (which shows where the epoch ends).
    function submitProof(
        Immutables memory im,
        uint256 epoch,
        Header[] calldata headers,
        bytes calldata proof
    ) internal {
        Tips memory t = _requireProvable(im, epoch);
        (bytes memory hashes, uint256 count, bool hasNext) = _collectEpoch(im, epoch, headers, t);
        uint256 end = uint256(t.provenNumber) + count;
        if (!hasNext && end != t.assuredNumber) {
            revert Errors.Rollup__ProofIncomplete(end, t.assuredNumber);
        }
        _verifyProof(im.ringSize, epoch, t.provenNumber, end, hashes, proof);
        _credit(headers, count);

        t.provenNumber = SafeCast.toUint48(end);
        t.provenSlot = SafeCast.toUint48(headers[count - 1].slot);
        t.firstUnprovenSlot = hasNext ? SafeCast.toUint48(headers[count].slot) : 0;
        ChainLib.storeTips(t);
        bytes32 endHash = ChainLib.blockHash(end, im.ringSize);
        emit IRollup.EpochProven(epoch, end + 1 - count, end, endHash, msg.sender);
    }

    /// @notice Truncates the assured chain to the proven tip; reverts unless the oldest unproven
    ///         epoch's proof window has closed.
    function prune(Immutables memory im, uint256 currentEpoch) internal {
        ChainLib.Storage storage cs = ChainLib.getStorage();
        Tips memory t = ChainLib.loadTips();
        if (!ChainLib.prunable(t, currentEpoch, im.epochDuration)) {
            revert Errors.Rollup__NotPrunable(
                currentEpoch,
                ChainLib.prunableFromEpoch(t, im.epochDuration, cs.params.proofWindowEpochs)
            );
        }
        ChainLib.prune(t, im.epochDuration);
        ChainLib.storeTips(t);
    }

    /// @dev The stored tips, after checking that `epoch` may be proven now: something is
    ///      unproven, the epoch is over and its window still open.
    function _requireProvable(Immutables memory im, uint256 epoch)
        private
        view
        returns (Tips memory t)
    {
        ChainLib.Storage storage cs = ChainLib.getStorage();
        t = ChainLib.loadTips();
        uint256 currentEpoch = TimeLib.slotAt(im, block.timestamp) / im.epochDuration;
        if (t.assuredNumber == t.provenNumber) revert Errors.Rollup__NothingToProve();
        if (epoch >= currentEpoch) revert Errors.Rollup__EpochNotComplete(epoch, currentEpoch);
        uint256 deadline = epoch + 1 + cs.params.proofWindowEpochs;
        if (currentEpoch >= deadline) revert Errors.Rollup__ProofWindowClosed(epoch, deadline);
    }

    /// @dev Asks the verifier about blocks (provenNumber, end] of `epoch`.
    function _verifyProof(
        uint256 ring,
        uint256 epoch,
        uint256 provenNumber,
        uint256 end,
        bytes memory hashes,
        bytes calldata proof
    ) private view {
        bytes32 previous = ChainLib.blockHash(provenNumber, ring);
        ChainLib.verify(
            ChainLib.publicInputs(epoch, provenNumber + 1, end, previous, hashes), proof
        );
    }

    /// @dev Credits both rewards of each of the first `count` headers to its coinbase: a block
    ///      pruned unproven earns nothing, since its committee failed (and is slashable for it).
    function _credit(Header[] calldata headers, uint256 count) private {
        RollupParams storage p = ChainLib.getStorage().params;
        uint256 reward = uint256(p.assuredReward) + p.provenReward;
        for (uint256 i = 0; i < count; ++i) {
            RewardLib.credit(headers[i].coinbase, reward);
        }
    }

    /// @dev Checks the headers of a proof against the stored chain from the proven tip + 1 on.
    ///      Returns the epoch's packed header hashes, how many blocks it has, and whether the
    ///      last header is the first block after the epoch.
    function _collectEpoch(
        Immutables memory im,
        uint256 epoch,
        Header[] calldata headers,
        Tips memory t
    ) private view returns (bytes memory hashes, uint256 count, bool hasNext) {
        if (headers.length == 0) revert Errors.Rollup__ProofEmpty(epoch);
        uint256 start = uint256(t.provenNumber) + 1;
        if (headers[0].number != start) {
            revert Errors.Rollup__ProofRangeMismatch(start, headers[0].number);
        }
        for (uint256 i = 0; i < headers.length; ++i) {
            Header calldata h = headers[i];
            uint256 number = start + i;
            if (h.number != number || number > t.assuredNumber) {
                revert Errors.Rollup__ProofRangeMismatch(number, h.number);
            }
            bytes32 hh = HeaderLib.hash(h);
            bytes32 stored = ChainLib.blockHash(number, im.ringSize);
            if (hh != stored) revert Errors.Rollup__ProofHeaderMismatch(number, stored, hh);
            uint256 blockEpoch = h.slot / im.epochDuration;
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
        }
    }
}
