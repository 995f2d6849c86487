// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {IRollup, RollupParams} from "../../interfaces/IRollup.sol";
import {IVerifier} from "../../interfaces/IVerifier.sol";
import {Errors} from "../../libraries/Errors.sol";
import {Header, HeaderLib} from "../../libraries/HeaderLib.sol";

/// @notice The chain tips in one word. `firstUnprovenSlot` is the slot of block provenNumber + 1
///         while there is one; it dates the oldest unproven epoch for pruning.
struct Tips {
    uint48 assuredNumber;
    uint48 assuredSlot;
    uint48 provenNumber;
    uint48 provenSlot;
    uint48 firstUnprovenSlot;
}

/// @title ChainLib
/// @notice The assured and proven chains, which propose, proofs, pruning and the fallback share:
///         the tips, the block-hash ring buffer, the pruned epochs, and the governance-set
///         parameters and verifier. Storage is namespaced (ERC-7201 `sptn.rollup.chain`).
/// @dev The pruning rule lives here, once: the chain is prunable exactly when its oldest
///      unproven epoch's proof window has closed. `prune`, `propose` and the based fallback all
///      ask `prunable`, so a pruned epoch always means "its proof window closed without a proof"
///      (docs/slashing.md's PRUNED_EPOCH evidence).
library ChainLib {
    /// @notice The longest proof window governance may set, which bounds the ring buffer.
    uint256 internal constant MAX_PROOF_WINDOW_EPOCHS = 8;

    /// @custom:storage-location erc7201:sptn.rollup.chain
    struct Storage {
        /// The Tips struct packed in one word (see loadTips): one SLOAD and one SSTORE a propose.
        uint256 tips;
        mapping(uint256 ringIndex => bytes32 headerHash) blockHashes;
        /// Epochs whose proof window passed with blocks of theirs unproven (slashing evidence).
        mapping(uint256 epoch => bool) prunedEpochs;
        RollupParams params;
        IVerifier verifier;
    }

    /// @dev keccak256(abi.encode(uint256(keccak256("sptn.rollup.chain")) - 1)) & ~bytes32(0xff)
    bytes32 private constant STORAGE_SLOT =
        0x5f99c3399c2fd25795fa597a2f7d30f2c83de6b5465dc4b1128e88a091f51b00;

    function getStorage() internal pure returns (Storage storage s) {
        assembly ("memory-safe") {
            s.slot := STORAGE_SLOT
        }
    }

    /// @notice The chain tips, from their one storage word (48 bits a field, in declaration order
    ///         from the low bits).
    /// @dev Solidity copies a packed storage struct field by field (an SLOAD, and on write an
    ///      SLOAD and SSTORE, per field); this reads and writes the word once.
    function loadTips() internal view returns (Tips memory t) {
        uint256 w = getStorage().tips;
        uint256 m = type(uint48).max;
        assembly ("memory-safe") {
            mstore(t, and(w, m))
            mstore(add(t, 0x20), and(shr(48, w), m))
            mstore(add(t, 0x40), and(shr(96, w), m))
            mstore(add(t, 0x60), and(shr(144, w), m))
            mstore(add(t, 0x80), and(shr(192, w), m))
        }
    }

    /// @notice Writes the chain tips in one SSTORE. Every field is a uint48 (SafeCast on the way
    ///         in), so no field spills into the next.
    function storeTips(Tips memory t) internal {
        getStorage().tips = uint256(t.assuredNumber) | (uint256(t.assuredSlot) << 48)
            | (uint256(t.provenNumber) << 96) | (uint256(t.provenSlot) << 144)
            | (uint256(t.firstUnprovenSlot) << 192);
    }

    /// @notice Words of the block-hash ring: enough for every block that can be unproven (a proof
    ///         window of at most MAX_PROOF_WINDOW_EPOCHS, the epoch itself and the current one).
    function ringSize(uint256 epochDuration) internal pure returns (uint256) {
        return (MAX_PROOF_WINDOW_EPOCHS + 2) * epochDuration + 1;
    }

    /// @notice The header hash stored for block `number` (the caller checks it is on the chain).
    function blockHash(uint256 number, uint256 ring) internal view returns (bytes32) {
        return getStorage().blockHashes[number % ring];
    }

    /// @dev Writes a block hash into the ring, refusing to overwrite the proven tip or anything
    ///      after it.
    function storeBlockHash(uint256 number, bytes32 hh, uint256 provenNumber, uint256 ring)
        internal
    {
        // Position number % ring last held block number - ring: it must lie below the proven tip.
        // Pruning keeps unproven blocks far fewer than the ring holds, so this is a guard.
        if (number >= provenNumber + ring) {
            revert Errors.Rollup__TooManyUnprovenBlocks(number, provenNumber);
        }
        getStorage().blockHashes[number % ring] = hh;
    }

    /// @notice Checks that `header` extends block `parentNumber` and that its txsHash is
    ///         `txsHash` (the DA commitment the entry point computed, see ProposeLib); returns the
    ///         header's hash.
    function checkExtends(
        Header calldata header,
        bytes32 txsHash,
        bool blobs,
        uint256 parentNumber,
        uint256 ring
    ) internal view returns (bytes32) {
        if (header.number != parentNumber + 1) {
            revert Errors.Rollup__WrongBlockNumber(parentNumber + 1, header.number);
        }
        bytes32 parent = getStorage().blockHashes[parentNumber % ring];
        if (header.parentHash != parent) {
            revert Errors.Rollup__WrongParent(parent, header.parentHash);
        }
        if (header.txsHash != txsHash) {
            if (blobs) revert Errors.Rollup__BlobHashMismatch(txsHash, header.txsHash);
            revert Errors.Rollup__TxsHashMismatch(txsHash, header.txsHash);
        }
        return HeaderLib.hash(header);
    }

    /// @notice The first epoch in which the chain may be pruned: the one after the oldest
    ///         unproven epoch's proof window. type(uint256).max while everything is proven.
    function prunableFromEpoch(Tips memory t, uint256 epochDuration, uint256 proofWindowEpochs)
        internal
        pure
        returns (uint256)
    {
        if (t.assuredNumber == t.provenNumber) return type(uint256).max;
        return t.firstUnprovenSlot / epochDuration + 1 + proofWindowEpochs;
    }

    /// @notice Whether the oldest unproven epoch's proof window has closed by `currentEpoch`.
    function prunable(Tips memory t, uint256 currentEpoch, uint256 epochDuration)
        internal
        view
        returns (bool)
    {
        return t.assuredNumber != t.provenNumber
            && currentEpoch
                >= prunableFromEpoch(t, epochDuration, getStorage().params.proofWindowEpochs);
    }

    /// @notice Truncates the assured chain in `t` to the proven tip (the caller stores `t`) and
    ///         records the oldest unproven epoch as pruned. Callers check `prunable` first.
    function prune(Tips memory t, uint256 epochDuration) internal {
        uint256 epoch = t.firstUnprovenSlot / epochDuration;
        getStorage().prunedEpochs[epoch] = true;
        emit IRollup.ChainPruned(
            epoch, uint256(t.provenNumber) + 1, t.assuredNumber, t.provenNumber
        );
        t.assuredNumber = t.provenNumber;
        t.assuredSlot = t.provenSlot;
        t.firstUnprovenSlot = 0;
    }

    /// @notice The hash of the statement a proof of blocks [start, end] of `epoch` proves.
    function publicInputs(
        uint256 epoch,
        uint256 start,
        uint256 end,
        bytes32 previousHeaderHash,
        bytes memory packedHeaderHashes
    ) internal view returns (bytes32) {
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

    /// @notice Asks the verifier; reverts with the statement's hash when it says no.
    function verify(bytes32 pi, bytes calldata proof) internal view {
        if (!getStorage().verifier.verify(pi, proof)) revert Errors.Rollup__InvalidProof(pi);
    }

    /// @notice Checks parameters for `setParams` and the constructor.
    function checkParams(RollupParams memory p, uint256 slotDuration) internal pure {
        if (p.proposerTimeout >= slotDuration) {
            revert Errors.Rollup__InvalidParam("proposerTimeout", p.proposerTimeout);
        }
        if (p.fallbackSlots == 0) revert Errors.Rollup__InvalidParam("fallbackSlots", 0);
        if (p.proofWindowEpochs == 0 || p.proofWindowEpochs > MAX_PROOF_WINDOW_EPOCHS) {
            revert Errors.Rollup__InvalidParam("proofWindowEpochs", p.proofWindowEpochs);
        }
    }
}
