// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

/// @title CommitteeLib
/// @notice Committee sampling and proposer selection. Agents reimplement exactly this (see
///         agents/internal/protocol/committee.go) and check themselves against the rollup's views.
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
    /// @dev Memory is O(k), whatever n: for a set larger than 4k the shuffle's array is virtual
    ///      (for a smaller one a real n-word array is cheaper and no larger). Only the positions a swap
    ///      moved differ from their index, and a step writes one (position j gets the value that
    ///      was at i; position i is never read again, as later steps read positions above i), so
    ///      at most k positions ever differ. They live in an open-addressing table of at least 4k
    ///      words (load at most 1/4, linear probing), each word `(position + 1) << 128 | value`;
    ///      an empty word marks the end of a probe. The committee is exactly that of a shuffle of
    ///      a full n-word array (tested against one in test/rollup/RollupFuzz.t.sol), so agents
    ///      that shuffle a full array compute the same committee.
    function sampleIndices(bytes32 s, uint256 n, uint256 k)
        internal
        pure
        returns (uint256[] memory out)
    {
        out = new uint256[](k);
        if (k == 0) return out;
        uint256 size = 4;
        while (size < 4 * k) {
            size <<= 1;
        }
        if (n <= size) return _sampleFromArray(s, n, out);
        uint256[] memory table = new uint256[](size);
        uint256 mask = size - 1;
        for (uint256 i = 0; i < k; ++i) {
            uint256 j = i + uint256(keccak256(abi.encode(COMMITTEE_DOMAIN, s, i))) % (n - i);
            uint256 vi = _get(table, mask, i);
            out[i] = _get(table, mask, j);
            _set(table, mask, j, vi);
        }
    }

    /// @dev The same shuffle over a real n-word array, for sets no larger than the table would be
    ///      (cheaper there: no probing). `out` holds k slots.
    function _sampleFromArray(bytes32 s, uint256 n, uint256[] memory out)
        private
        pure
        returns (uint256[] memory)
    {
        // perm[p] holds (value at position p) + 1, or 0 where position p still holds p.
        uint256[] memory perm = new uint256[](n);
        for (uint256 i = 0; i < out.length; ++i) {
            uint256 j = i + uint256(keccak256(abi.encode(COMMITTEE_DOMAIN, s, i))) % (n - i);
            uint256 vi = perm[i] == 0 ? i : perm[i] - 1;
            uint256 vj = perm[j] == 0 ? j : perm[j] - 1;
            out[i] = vj;
            perm[j] = vi + 1;
        }
        return out;
    }

    /// @dev The value at `position` of the virtual array: the table's, or the position itself.
    function _get(uint256[] memory table, uint256 mask, uint256 position)
        private
        pure
        returns (uint256 value)
    {
        uint256 key = position + 1;
        // Positions are below n, far below 2^128, so keys and values fit their halves; the probe
        // ends at an empty word, as the table is never more than a quarter full.
        unchecked {
            for (uint256 b = position & mask;; b = (b + 1) & mask) {
                uint256 w = table[b];
                if (w == 0) return position;
                // forge-lint: disable-next-line(unsafe-typecast)
                if (w >> 128 == key) return uint128(w); // the low half is the value
            }
        }
    }

    /// @dev Sets the value at `position` of the virtual array.
    function _set(uint256[] memory table, uint256 mask, uint256 position, uint256 value)
        private
        pure
    {
        uint256 key = position + 1;
        unchecked {
            for (uint256 b = position & mask;; b = (b + 1) & mask) {
                uint256 w = table[b];
                if (w == 0 || w >> 128 == key) {
                    table[b] = (key << 128) | value;
                    return;
                }
            }
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
