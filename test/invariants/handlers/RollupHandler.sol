// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {ChainTips} from "../../../contracts/interfaces/IRollup.sol";
import {Header} from "../../../contracts/libraries/HeaderLib.sol";
import {RollupBase} from "../../rollup/helpers/RollupBase.sol";

/// @notice Drives a rollup through random sequences of time passing, proposes, proofs, prunes and
///         based-fallback blocks, keeping ghost copies of every header it got onto the chain.
contract RollupHandler is RollupBase {
    uint256 public lastProven;
    bool public provenWentBack;
    bool public assuredShrankWrongly;
    uint256 public proposes;
    uint256 public proofs;
    uint256 public prunes;
    uint256 public basedBlocks;

    function init() external {
        setUp();
        _warpToSlot(1);
    }

    function warp(uint256 slots) external {
        vm.warp(block.timestamp + bound(slots, 1, 3 * EPOCH) * SLOT);
    }

    function propose() external {
        ChainTips memory before = _tips();
        if (rollup.getCurrentSlot() <= before.assuredSlot) return;
        bool pruneDue = rollup.canPrune();
        Header memory h = _nextHeader();
        if (pruneDue) {
            h.number = uint64(before.provenNumber + 1);
            h.parentHash = before.provenHash;
        }
        _propose(h);
        ++proposes;
        _check(before);
    }

    function prove() external {
        ChainTips memory before = _tips();
        if (before.assuredNumber == before.provenNumber) return;
        uint256 epoch = headerOf[before.provenNumber + 1].slot / EPOCH;
        uint256 current = rollup.getCurrentEpoch();
        if (epoch >= current || current >= epoch + 1 + _params().proofWindowEpochs) return;
        _prove(epoch);
        ++proofs;
        _check(before);
    }

    function prune() external {
        if (!rollup.canPrune()) return;
        ChainTips memory before = _tips();
        rollup.prune();
        ++prunes;
        _check(before);
    }

    function based() external {
        ChainTips memory before = _tips();
        uint256 slot = rollup.getCurrentSlot();
        if (slot < before.assuredSlot + _params().fallbackSlots) return;
        Header memory h = _nextHeader();
        h.number = uint64(before.provenNumber + 1);
        h.parentHash = before.provenHash;
        rollup.proposeBased(h, "", _basedProof(h));
        headerOf[h.number] = h;
        ++basedBlocks;
        _check(before);
    }

    /// @dev The tips move only by the rules: proven never goes back; assured shrinks only to the
    ///      proven tip (a prune).
    function _check(ChainTips memory before) internal {
        ChainTips memory t = _tips();
        if (t.provenNumber < lastProven) provenWentBack = true;
        lastProven = t.provenNumber;
        if (t.assuredNumber < before.assuredNumber && t.assuredNumber > t.provenNumber + 1) {
            assuredShrankWrongly = true;
        }
    }

    function target() external view returns (address) {
        return address(rollup);
    }

    function ghostHash(uint256 number) external view returns (bytes32) {
        return number == 0 ? rollup.GENESIS_HASH() : rollup.headerHash(headerOf[number]);
    }

    function ghostParent(uint256 number) external view returns (bytes32) {
        return headerOf[number].parentHash;
    }
}
