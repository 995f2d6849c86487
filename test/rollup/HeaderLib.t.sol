// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Test} from "forge-std/Test.sol";

import {Errors} from "../../contracts/libraries/Errors.sol";
import {Header, HeaderLib} from "../../contracts/libraries/HeaderLib.sol";

contract HeaderLibHarness {
    function hash(Header calldata h) external pure returns (bytes32) {
        return HeaderLib.hash(h);
    }
}

/// @notice HeaderLib.hash (calldata, in assembly) is the EIP-712 struct hash that
///         HeaderLib.hashMemory (abi.encode) computes, and refuses words that fit no field.
contract HeaderLibTest is Test {
    HeaderLibHarness internal harness = new HeaderLibHarness();

    function testFuzz_hash_matchesAbiEncode(Header memory h) public view {
        assertEq(harness.hash(h), HeaderLib.hashMemory(h));
        assertEq(
            harness.hash(h),
            keccak256(
                abi.encode(
                    HeaderLib.HEADER_TYPEHASH,
                    h.number,
                    h.slot,
                    h.parentHash,
                    h.txsHash,
                    h.stateRoot,
                    h.inboxHash,
                    h.feePerDaGas,
                    h.feePerL2Gas,
                    h.coinbase
                )
            )
        );
    }

    /// @notice A word with bits above its field's width (word 0-1: uint64, 6-7: uint128, 8:
    ///         address) is the encoding of no header and is refused.
    function testFuzz_hash_dirtyField_reverts(Header memory h, uint256 which, uint256 high)
        public
        view
    {
        uint256[5] memory words = [uint256(0), 1, 6, 7, 8];
        uint256[5] memory widths = [uint256(64), 64, 128, 128, 160];
        uint256 i = bound(which, 0, 4);
        high = bound(high, 1, (type(uint256).max >> widths[i]));
        bytes memory data = abi.encodeCall(HeaderLibHarness.hash, (h));
        uint256 at = 4 + 32 * words[i];
        uint256 word;
        assembly {
            word := mload(add(add(data, 0x20), at))
        }
        word |= high << widths[i];
        assembly {
            mstore(add(add(data, 0x20), at), word)
        }
        (bool ok, bytes memory ret) = address(harness).staticcall(data);
        assertFalse(ok);
        assertEq(ret, abi.encodeWithSelector(Errors.HeaderLib__FieldOutOfRange.selector));
    }
}
