// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Test} from "forge-std/Test.sol";

import {CommitteeLib} from "../../contracts/libraries/CommitteeLib.sol";
import {Errors} from "../../contracts/libraries/Errors.sol";
import {Header} from "../../contracts/libraries/HeaderLib.sol";
import {RollupBase} from "./helpers/RollupBase.sol";

contract CommitteeLibFuzzTest is Test {
    function testFuzz_sampleIndices_isDistinctAndInRange(bytes32 seed, uint256 n, uint256 k)
        public
        pure
    {
        n = bound(n, 0, 300);
        k = bound(k, 0, n < 64 ? n : 64);
        uint256[] memory idx = CommitteeLib.sampleIndices(seed, n, k);
        assertEq(idx.length, k);
        for (uint256 i = 0; i < k; ++i) {
            assertLt(idx[i], n);
            for (uint256 j = 0; j < i; ++j) {
                assertTrue(idx[i] != idx[j], "duplicate index");
            }
        }
    }

    function testFuzz_sampleIndices_fullDrawIsPermutation(bytes32 seed, uint256 n) public pure {
        n = bound(n, 1, 64);
        uint256[] memory idx = CommitteeLib.sampleIndices(seed, n, n);
        uint256 seen;
        for (uint256 i = 0; i < n; ++i) {
            seen |= 1 << idx[i];
        }
        assertEq(seen, n == 256 ? type(uint256).max : (1 << n) - 1);
    }

    /// @notice The O(k)-memory sampler draws exactly the committee of a partial Fisher-Yates
    ///         shuffle over a full n-word array (the rollup's sampler before issue 14, and what
    ///         agents/internal/protocol computes), so committees did not change.
    function testFuzz_sampleIndices_matchesFullArrayShuffle(bytes32 seed, uint256 n, uint256 k)
        public
        pure
    {
        n = bound(n, 1, 5000);
        k = bound(k, 0, n < 256 ? n : 256);
        uint256[] memory got = CommitteeLib.sampleIndices(seed, n, k);
        uint256[] memory want = _fullArrayShuffle(seed, n, k);
        assertEq(keccak256(abi.encode(got)), keccak256(abi.encode(want)));
    }

    /// @notice The same at the sizes of the gas test: 48 of 60,000 and 256 of 60,000.
    function test_sampleIndices_largeSet_matchesFullArrayShuffle() public pure {
        for (uint256 k = 48; k <= 256; k += 208) {
            bytes32 seed = keccak256(abi.encode("large", k));
            assertEq(
                keccak256(abi.encode(CommitteeLib.sampleIndices(seed, 60_000, k))),
                keccak256(abi.encode(_fullArrayShuffle(seed, 60_000, k)))
            );
        }
    }

    /// @dev The reference: step i swaps positions i and j = i + H(domain, seed, i) mod (n - i) of
    ///      an n-word array that starts as the identity.
    function _fullArrayShuffle(bytes32 seed, uint256 n, uint256 k)
        internal
        pure
        returns (uint256[] memory out)
    {
        uint256[] memory perm = new uint256[](n);
        for (uint256 i = 0; i < n; ++i) {
            perm[i] = i;
        }
        out = new uint256[](k);
        for (uint256 i = 0; i < k; ++i) {
            uint256 j = i + uint256(keccak256(abi.encode(CommitteeLib.COMMITTEE_DOMAIN, seed, i)))
                % (n - i);
            (perm[i], perm[j]) = (perm[j], perm[i]);
            out[i] = perm[i];
        }
    }

    function test_quorum_isTwoThirdsPlusOne() public pure {
        assertEq(CommitteeLib.quorum(1), 1);
        assertEq(CommitteeLib.quorum(3), 3);
        assertEq(CommitteeLib.quorum(4), 3);
        assertEq(CommitteeLib.quorum(16), 11);
        assertEq(CommitteeLib.quorum(48), 33);
    }
}

contract RollupAttestationFuzzTest is RollupBase {
    uint256 internal constant K = 10;

    function setUp() public override {
        super.setUp();
        rollup = _deploy(K);
        pool.setRollup(address(rollup));
        _addAttesters(14);
    }

    /// @notice Any subset of signers: accepted exactly when it reaches quorum and, before the
    ///         timeout, includes the proposer.
    function testFuzz_propose_signerSubsets(uint256 mask, bool afterTimeout) public {
        mask = bound(mask, 0, (1 << K) - 1);
        _warpToSlot(1);
        if (afterTimeout) vm.warp(block.timestamp + _params().proposerTimeout);
        Header memory h = _nextHeader();
        (uint256 p,) = rollup.getProposerAt(1);
        uint256 count;
        for (uint256 i = 0; i < K; ++i) {
            if (mask & (1 << i) != 0) ++count;
        }
        uint256[] memory indices = new uint256[](count);
        uint256 n;
        for (uint256 i = 0; i < K; ++i) {
            if (mask & (1 << i) != 0) indices[n++] = i;
        }
        bytes memory att = _attest(h, indices);
        uint256 need = K * 2 / 3 + 1;
        if (count < need) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    Errors.Rollup__InsufficientAttestations.selector, count, need
                )
            );
        } else if (!afterTimeout && mask & (1 << p) == 0) {
            vm.expectPartialRevert(Errors.Rollup__ProposerAttestationMissing.selector);
        }
        rollup.propose(h, "", att);
        if (count >= need && (afterTimeout || mask & (1 << p) != 0)) {
            assertEq(_tips().assuredNumber, 1);
        }
    }

    /// @notice Flipping any bit of any signature, or signing another header, never passes.
    function testFuzz_propose_corruptedSignature_reverts(uint256 which, uint256 bit) public {
        _warpToSlot(1);
        Header memory h = _nextHeader();
        bytes memory att = _attest(h, _allIndices(K));
        uint256 pos = bound(which, 0, K - 1) * 66 + 1 + bound(bit, 0, 64 * 8 - 1) / 8;
        att[pos] = bytes1(uint8(att[pos]) ^ uint8(1 << (bit % 8)));
        vm.expectRevert();
        rollup.propose(h, "", att);
    }

    function testFuzz_propose_signaturesOverOtherHeader_revert(bytes32 stateRoot) public {
        _warpToSlot(1);
        Header memory h = _nextHeader();
        Header memory signed = _nextHeader();
        vm.assume(stateRoot != h.stateRoot);
        signed.stateRoot = stateRoot;
        bytes memory att = _attest(signed, _allIndices(K));
        vm.expectPartialRevert(Errors.Rollup__AttesterMismatch.selector);
        rollup.propose(h, "", att);
    }
}
