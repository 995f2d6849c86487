// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {ChainTips, IRollup} from "../../contracts/interfaces/IRollup.sol";
import {Errors} from "../../contracts/libraries/Errors.sol";
import {Header} from "../../contracts/libraries/HeaderLib.sol";
import {RollupBase} from "./helpers/RollupBase.sol";

/// @notice The blob path: proposeWithBlobs and proposeBasedWithBlobs commit header.txsHash to
///         keccak256 of the transaction's blob versioned hashes; every other rule is propose's.
contract RollupBlobsTest is RollupBase {
    function setUp() public override {
        super.setUp();
        _warpToSlot(1);
    }

    /// @dev `n` distinct versioned hashes (version byte 0x01, as KZG's are).
    function _blobHashes(uint256 n) internal pure returns (bytes32[] memory hashes) {
        hashes = new bytes32[](n);
        for (uint256 i = 0; i < n; ++i) {
            hashes[i] =
                bytes32((uint256(0x01) << 248) | (uint256(keccak256(abi.encode("blob", i))) >> 8));
        }
    }

    function _commit(bytes32[] memory hashes) internal pure returns (bytes32) {
        return _blobsCommitment(hashes);
    }

    function test_proposeWithBlobs_oneBlob_succeeds() public {
        bytes32[] memory hashes = _blobHashes(1);
        vm.blobhashes(hashes);
        Header memory h = _nextHeader();
        h.txsHash = _commit(hashes);
        bytes32 hh = rollup.headerHash(h);
        vm.expectEmit(address(rollup));
        emit IRollup.BlockProposed(1, 1, hh, false);
        rollup.proposeWithBlobs(h, _attest(h, _quorumIndices(h.slot)));
        ChainTips memory t = _tips();
        assertEq(t.assuredNumber, 1);
        assertEq(t.assuredHash, hh);
        assertEq(t.assuredSlot, 1);
    }

    function test_proposeWithBlobs_sixBlobs_succeeds() public {
        bytes32[] memory hashes = _blobHashes(6);
        vm.blobhashes(hashes);
        Header memory h = _nextHeader();
        h.txsHash = _commit(hashes);
        rollup.proposeWithBlobs(h, _attest(h, _quorumIndices(h.slot)));
        assertEq(_tips().assuredNumber, 1);

        // The chain goes on with calldata blocks after a blob block.
        _warpToSlot(2);
        _proposeNext();
        assertEq(_tips().assuredNumber, 2);
    }

    function test_proposeWithBlobs_noBlobs_reverts() public {
        Header memory h = _nextHeader();
        bytes memory att = _attest(h, _quorumIndices(h.slot));
        vm.expectRevert(abi.encodeWithSelector(Errors.Rollup__NoBlobs.selector));
        rollup.proposeWithBlobs(h, att);
    }

    function test_proposeWithBlobs_blobHashMismatch_reverts() public {
        bytes32[] memory hashes = _blobHashes(2);
        vm.blobhashes(hashes);
        Header memory h = _nextHeader();
        // Committing to the first blob only: a second blob in the transaction is not allowed.
        bytes32[] memory first = new bytes32[](1);
        first[0] = hashes[0];
        h.txsHash = _commit(first);
        bytes memory att = _attest(h, _quorumIndices(h.slot));
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Rollup__BlobHashMismatch.selector, _commit(hashes), h.txsHash
            )
        );
        rollup.proposeWithBlobs(h, att);
    }

    function test_proposeWithBlobs_calldataCommitment_reverts() public {
        bytes32[] memory hashes = _blobHashes(1);
        vm.blobhashes(hashes);
        Header memory h = _nextHeader(); // txsHash of empty calldata
        bytes memory att = _attest(h, _quorumIndices(h.slot));
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Rollup__BlobHashMismatch.selector, _commit(hashes), h.txsHash
            )
        );
        rollup.proposeWithBlobs(h, att);
    }

    function test_propose_blobCommitmentAsCalldata_reverts() public {
        // A header that commits to blobs cannot be proposed with calldata instead.
        bytes32[] memory hashes = _blobHashes(1);
        Header memory h = _nextHeader();
        h.txsHash = _commit(hashes);
        bytes memory att = _attest(h, _quorumIndices(h.slot));
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Rollup__TxsHashMismatch.selector, _calldataCommitment(""), h.txsHash
            )
        );
        rollup.propose(h, "", att);
    }

    /// @notice Finding 1 of issue 14 (High): a front-runner copies an honest proposeWithBlobs'
    ///         header and attestations into a cheap calldata propose whose txs are the packed
    ///         versioned hashes. The header must commit to exactly one DA, so this must revert and
    ///         leave the slot to the honest blob transaction.
    function test_propose_blobBlockCopiedAsCalldata_reverts() public {
        bytes32[] memory hashes = _blobHashes(2);
        Header memory h = _nextHeader();
        h.txsHash = _commit(hashes);
        bytes memory att = _attest(h, _quorumIndices(h.slot));

        // The front-runner's copy, sent first, carries no blobs.
        vm.expectPartialRevert(Errors.Rollup__TxsHashMismatch.selector);
        rollup.propose(h, abi.encodePacked(hashes), att);
        assertEq(_tips().assuredNumber, 0, "the copy did not assure the block");

        // The honest blob transaction still lands.
        vm.blobhashes(hashes);
        rollup.proposeWithBlobs(h, att);
        assertEq(_tips().assuredHash, rollup.headerHash(h));
    }

    /// @notice The same copy through the based fallback: a blob header with its proof cannot be
    ///         proposed with the versioned hashes as calldata either.
    function test_proposeBased_blobBlockCopiedAsCalldata_reverts() public {
        _proposeRange(1, 2);
        _warpToEpoch(1);
        _prove(0);
        _warpToSlot(2 + _params().fallbackSlots);
        bytes32[] memory hashes = _blobHashes(1);
        Header memory h = _basedHeader();
        h.txsHash = _commit(hashes);
        bytes memory proof = _basedProof(h);
        vm.expectPartialRevert(Errors.Rollup__TxsHashMismatch.selector);
        rollup.proposeBased(h, abi.encodePacked(hashes), proof);
    }

    /// @notice Conversely, a calldata header cannot be proposed as a blob block whatever blobs
    ///         the transaction carries: 32-byte calldata equal to one versioned hash included.
    function testFuzz_proposeWithBlobs_calldataHeaderAsBlobs_reverts(bytes32 vh) public {
        bytes32[] memory hashes = new bytes32[](1);
        hashes[0] = vh == bytes32(0) ? bytes32(uint256(1)) : vh;
        Header memory h = _nextHeader();
        h.txsHash = _calldataCommitment(abi.encodePacked(hashes));
        bytes memory att = _attest(h, _quorumIndices(h.slot));
        vm.blobhashes(hashes);
        vm.expectPartialRevert(Errors.Rollup__BlobHashMismatch.selector);
        rollup.proposeWithBlobs(h, att);
    }

    function test_proposeWithBlobs_wrongSlot_reverts() public {
        bytes32[] memory hashes = _blobHashes(1);
        vm.blobhashes(hashes);
        Header memory h = _nextHeader();
        h.slot = 2;
        h.txsHash = _commit(hashes);
        bytes memory att = _attest(h, _quorumIndices(rollup.getCurrentSlot()));
        vm.expectRevert(abi.encodeWithSelector(Errors.Rollup__WrongSlot.selector, 1, 2));
        rollup.proposeWithBlobs(h, att);
    }

    function test_proposeWithBlobs_belowQuorum_reverts() public {
        bytes32[] memory hashes = _blobHashes(1);
        vm.blobhashes(hashes);
        Header memory h = _nextHeader();
        h.txsHash = _commit(hashes);
        uint256[] memory one = new uint256[](1);
        one[0] = _quorumIndices(h.slot)[0];
        bytes memory att = _attest(h, one);
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Rollup__InsufficientAttestations.selector, 1, 3)
        );
        rollup.proposeWithBlobs(h, att);
    }

    function test_proposeBasedWithBlobs_afterTimeout_succeeds() public {
        _proposeRange(1, 2);
        uint256 slot = 2 + _params().fallbackSlots;
        _warpToSlot(slot);
        bytes32[] memory hashes = _blobHashes(3);
        vm.blobhashes(hashes);
        Header memory h = _basedHeader();
        h.txsHash = _commit(hashes);
        vm.expectEmit(address(rollup));
        emit IRollup.BlockProposed(1, slot, rollup.headerHash(h), true);
        rollup.proposeBasedWithBlobs(h, _basedProof(h));
        ChainTips memory t = _tips();
        assertEq(t.assuredNumber, 1);
        assertEq(t.provenNumber, 1);
    }

    function test_proposeBasedWithBlobs_noBlobs_reverts() public {
        _proposeRange(1, 2);
        _warpToSlot(2 + _params().fallbackSlots);
        Header memory h = _basedHeader();
        bytes memory proof = _basedProof(h);
        vm.expectRevert(abi.encodeWithSelector(Errors.Rollup__NoBlobs.selector));
        rollup.proposeBasedWithBlobs(h, proof);
    }

    function test_proposeBasedWithBlobs_blobHashMismatch_reverts() public {
        _proposeRange(1, 2);
        _warpToSlot(2 + _params().fallbackSlots);
        bytes32[] memory hashes = _blobHashes(1);
        vm.blobhashes(hashes);
        Header memory h = _basedHeader();
        bytes memory proof = _basedProof(h);
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Rollup__BlobHashMismatch.selector, _commit(hashes), h.txsHash
            )
        );
        rollup.proposeBasedWithBlobs(h, proof);
    }

    function _basedHeader() internal view returns (Header memory h) {
        ChainTips memory t = _tips();
        h = _nextHeader();
        h.number = uint64(t.provenNumber + 1);
        h.parentHash = t.provenHash;
    }
}
