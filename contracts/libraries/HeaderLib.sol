// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

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
    function hash(Header calldata h) internal pure returns (bytes32) {
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
