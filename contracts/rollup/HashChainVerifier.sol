// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {IVerifier} from "../interfaces/IVerifier.sol";
import {Header, HeaderLib} from "../libraries/HeaderLib.sol";

/// @title HashChainVerifier - TESTNET STAND-IN, NOT A VALIDITY PROOF
/// @notice This verifier does not prove that any L2 state transition was executed correctly: SPTN
///         has no execution environment yet, so there is nothing to prove about execution. What it
///         does check is real and binding: the proof is the full list of headers of the range, and
///         it is accepted only if
///           - the headers hash (EIP-712 struct hash) to exactly the hashes the rollup committed to,
///           - they form one parent-linked chain starting at the previous (proven) header hash,
///           - their numbers are consecutive and their slots strictly increasing, and
///           - the chain id, rollup address, epoch and range equal those in the public inputs.
///         A prover therefore cannot claim any block range other than the one on L1. A zk verifier
///         replaces this contract through `Rollup.setVerifier` without changing the rollup.
/// @dev Proof encoding: abi.encode(uint256 chainId, address rollup, uint256 epoch,
///      bytes32 previousHeaderHash, Header[] headers).
contract HashChainVerifier is IVerifier {
    /// @inheritdoc IVerifier
    function verify(bytes32 publicInputsHash, bytes calldata proof)
        external
        pure
        override
        returns (bool)
    {
        (
            uint256 chainId,
            address rollup,
            uint256 epoch,
            bytes32 previousHeaderHash,
            Header[] memory headers
        ) = abi.decode(proof, (uint256, address, uint256, bytes32, Header[]));
        if (headers.length == 0) return false;

        bytes memory hashes = new bytes(32 * headers.length);
        bytes32 parent = previousHeaderHash;
        for (uint256 i = 0; i < headers.length; ++i) {
            Header memory h = headers[i];
            if (h.parentHash != parent) return false;
            if (i != 0) {
                if (h.number != headers[i - 1].number + 1) return false;
                if (h.slot <= headers[i - 1].slot) return false;
            }
            parent = HeaderLib.hashMemory(h);
            assembly ("memory-safe") {
                mstore(add(add(hashes, 0x20), mul(i, 0x20)), parent)
            }
        }
        bytes32 expected = keccak256(
            abi.encode(
                chainId,
                rollup,
                epoch,
                headers[0].number,
                headers[headers.length - 1].number,
                previousHeaderHash,
                keccak256(hashes)
            )
        );
        return expected == publicInputsHash;
    }

    /// @inheritdoc IVerifier
    function statement() external pure override returns (string memory) {
        return "HashChainVerifier (testnet, NOT a validity proof): the proof's headers hash to the "
            "committed header hashes and form one parent-linked chain from the previous proven header";
    }
}
