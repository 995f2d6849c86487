// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Errors} from "./Errors.sol";

/// @title AttestationLib
/// @notice Verifies a committee's attestations: packed entries of 66 bytes
///         `(uint8 index, bytes32 r, bytes32 s, uint8 v)` in strictly increasing committee index.
/// @dev This is the rollup's hottest loop (33 signatures for a 48-member committee), so it reads
///      calldata and calls the ecrecover precompile in assembly instead of going through
///      OpenZeppelin's ECDSA.tryRecover. The checks are the same as OpenZeppelin's: s in the lower
///      half of the curve order (no malleable twin), and a signature that recovers nothing is
///      invalid; v outside {27, 28} and r or s out of range make the precompile return nothing. The
///      equivalence is tested against OpenZeppelin in test/rollup/AttestationLib.t.sol.
library AttestationLib {
    /// @dev secp256k1n / 2.
    uint256 internal constant HALF_N =
        0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;
    uint256 internal constant SIZE = 66;

    uint256 private constant OK = 0;
    uint256 private constant OUT_OF_RANGE = 1;
    uint256 private constant UNSORTED = 2;
    uint256 private constant MALLEABLE = 3;
    uint256 private constant INVALID = 4;
    uint256 private constant MISMATCH = 5;

    /// @notice Checks every attestation against the committee held in `members` (20 bytes per
    ///         member, from the epoch's code store) and returns whether `proposerIndex` signed.
    /// @param k The committee size.
    function verify(
        bytes calldata attestations,
        bytes memory members,
        uint256 k,
        bytes32 digest,
        uint256 proposerIndex
    ) internal view returns (bool proposerSigned) {
        uint256 failure;
        uint256 a;
        uint256 b;
        uint256 c;
        assembly ("memory-safe") {
            let input := mload(0x40) // 128 bytes of free memory for the precompile's input
            mstore(input, digest)
            let base := add(members, 0x20)
            let next := 0 // the smallest index the next attestation may have
            let end := add(attestations.offset, attestations.length)
            for { let o := attestations.offset } lt(o, end) { o := add(o, SIZE) } {
                let index := byte(0, calldataload(o))
                if iszero(lt(index, k)) {
                    failure := OUT_OF_RANGE
                    a := index
                    break
                }
                if lt(index, next) {
                    failure := UNSORTED
                    a := sub(next, 1)
                    b := index
                    break
                }
                next := add(index, 1)
                let s := calldataload(add(o, 33))
                if gt(s, HALF_N) {
                    failure := MALLEABLE
                    a := index
                    b := s
                    break
                }
                mstore(add(input, 0x20), byte(0, calldataload(add(o, 65))))
                mstore(add(input, 0x40), calldataload(add(o, 1)))
                mstore(add(input, 0x60), s)
                mstore(0x00, 0)
                // The precompile returns nothing for an invalid signature, leaving 0 at 0x00.
                pop(staticcall(gas(), 1, input, 0x80, 0x00, 0x20))
                let signer := mload(0x00)
                if iszero(signer) {
                    failure := INVALID
                    a := index
                    break
                }
                let member := shr(96, mload(add(base, mul(index, 20))))
                if iszero(eq(signer, member)) {
                    failure := MISMATCH
                    a := index
                    b := member
                    c := signer
                    break
                }
                if eq(index, proposerIndex) { proposerSigned := 1 }
            }
        }
        if (failure == OK) return proposerSigned;
        if (failure == OUT_OF_RANGE) revert Errors.Rollup__AttestationIndexOutOfRange(a, k);
        if (failure == UNSORTED) revert Errors.Rollup__DuplicateOrUnsortedAttestation(a, b);
        if (failure == MALLEABLE) revert Errors.Rollup__SignatureMalleable(a, bytes32(b));
        if (failure == INVALID) revert Errors.Rollup__InvalidSignature(a);
        // casting to 'uint160' is safe because b and c hold addresses loaded as words
        // forge-lint: disable-next-line(unsafe-typecast)
        revert Errors.Rollup__AttesterMismatch(a, address(uint160(b)), address(uint160(c)));
    }
}
