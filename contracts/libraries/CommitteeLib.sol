// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

/// @title CommitteeLib
/// @notice Committee sampling and proposer selection. Agents reimplement exactly this (see
///         agents/internal/committee) and check themselves against the rollup's views.
/// @dev The committee is the first k entries of a uniformly random permutation of the active set's
///      indices [0, n), drawn by a partial Fisher-Yates shuffle: step i swaps position i with a
///      position j uniform in [i, n), j = i + H(COMMITTEE_DOMAIN, seed, i) mod (n - i). Every
///      k-permutation is equally likely (up to the negligible modulo bias of a 256-bit hash), so the
///      committee is a true permutation sample and has no duplicates. The proposer of a slot is
///      committee[H(PROPOSER_DOMAIN, seed, slot) mod k].
library CommitteeLib {
    bytes32 internal constant SEED_DOMAIN = keccak256("sptn.rollup.seed");
    bytes32 internal constant COMMITTEE_DOMAIN = keccak256("sptn.rollup.committee");
    bytes32 internal constant PROPOSER_DOMAIN = keccak256("sptn.rollup.proposer");

    /// @notice The sampling seed of `epoch` from the checkpointed randomness `randao`.
    function seed(uint256 epoch, uint256 randao) internal pure returns (bytes32) {
        return keccak256(abi.encode(SEED_DOMAIN, epoch, randao));
    }

    /// @notice The first `k` positions of a uniformly random permutation of [0, n).
    /// @dev Memory grows with n (one word per member): about 5,000 gas of memory at n = 1,000.
    function sampleIndices(bytes32 s, uint256 n, uint256 k)
        internal
        pure
        returns (uint256[] memory out)
    {
        out = new uint256[](k);
        if (k == 0) return out;
        // perm[p] holds (value at position p) + 1, or 0 where position p still holds p.
        uint256[] memory perm = new uint256[](n);
        for (uint256 i = 0; i < k; ++i) {
            uint256 j = i + uint256(keccak256(abi.encode(COMMITTEE_DOMAIN, s, i))) % (n - i);
            uint256 vi = perm[i] == 0 ? i : perm[i] - 1;
            uint256 vj = perm[j] == 0 ? j : perm[j] - 1;
            out[i] = vj;
            perm[j] = vi + 1;
        }
    }

    /// @notice The committee index of the proposer of `slot`.
    function proposerIndex(bytes32 s, uint256 slot, uint256 k) internal pure returns (uint256) {
        return uint256(keccak256(abi.encode(PROPOSER_DOMAIN, s, slot))) % k;
    }

    /// @notice The number of distinct attestations a committee of `k` needs: floor(2k/3) + 1.
    function quorum(uint256 k) internal pure returns (uint256) {
        return k * 2 / 3 + 1;
    }
}
