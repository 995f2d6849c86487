// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Errors} from "./Errors.sol";

/// @notice An L2 block header. Blocks link by `parentHash`, the EIP-712 struct hash of the parent.
/// @param number L2 block number, the parent's plus one.
/// @param slot The L2 slot the block was proposed in.
/// @param parentHash `HeaderLib.hash` of the parent header (the genesis hash for block 1).
/// @param txsHash keccak256 of the block's transaction data as published in the propose calldata.
/// @param stateRoot The L2 state (archive) root after the block. Not checked on L1: no execution
///        environment is in scope, so only proofs can give it meaning.
/// @param inboxHash Commitment to the forced-inclusion inbox messages the block consumed (reserved
///        for forced inclusion; the rollup records it, a later version enforces it).
/// @param feePerDaGas The proposer's own price per unit of DA gas.
/// @param feePerL2Gas The proposer's own price per unit of L2 gas.
/// @param coinbase Who receives the block's rewards.
struct Header {
    uint64 number;
    uint64 slot;
    bytes32 parentHash;
    bytes32 txsHash;
    bytes32 stateRoot;
    bytes32 inboxHash;
    uint128 feePerDaGas;
    uint128 feePerL2Gas;
    address coinbase;
}

/// @title HeaderLib
/// @notice Hashing of L2 block headers. The header hash is the EIP-712 struct hash of `Header`, so the
///         same value links blocks and, wrapped in the rollup's EIP-712 domain (name "SPTN Rollup",
///         version "1", chain id, rollup address), is what committee members sign.
library HeaderLib {
    bytes32 internal constant HEADER_TYPEHASH = keccak256(
        "Header(uint64 number,uint64 slot,bytes32 parentHash,bytes32 txsHash,bytes32 stateRoot,"
        "bytes32 inboxHash,uint128 feePerDaGas,uint128 feePerL2Gas,address coinbase)"
    );

    /// @notice The EIP-712 struct hash of `h`.
    /// @dev Hashes the header's nine calldata words in place (every field is static, so the
    ///      struct is those words): on the propose path this is about 1,000 gas cheaper than
    ///      abi.encode, which copies and cleans each field. A word whose value does not fit its
    ///      field would hash to no EIP-712 encoding, so it is refused, as abi decoding refuses it:
    ///      the hash is exactly `hashMemory`'s for every header accepted (fuzzed in
    ///      test/rollup/HeaderLib.t.sol).
    function hash(Header calldata h) internal pure returns (bytes32 r) {
        bytes32 typeHash = HEADER_TYPEHASH;
        uint256 bad;
        assembly ("memory-safe") {
            // number and slot are uint64, the fees uint128, the coinbase an address.
            bad := or(
                or(shr(64, calldataload(h)), shr(64, calldataload(add(h, 0x20)))),
                or(
                    or(shr(128, calldataload(add(h, 0xc0))), shr(128, calldataload(add(h, 0xe0)))),
                    shr(160, calldataload(add(h, 0x100)))
                )
            )
            let ptr := mload(0x40)
            mstore(ptr, typeHash)
            calldatacopy(add(ptr, 0x20), h, 0x120)
            r := keccak256(ptr, 0x140)
        }
        if (bad != 0) revert Errors.HeaderLib__FieldOutOfRange();
    }

    /// @notice The same hash of a header held in memory.
    function hashMemory(Header memory h) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(
                HEADER_TYPEHASH,
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
        );
    }
}
