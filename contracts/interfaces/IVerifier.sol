// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

/// @title IVerifier
/// @notice The proof verifier the rollup calls for every epoch proof and every based-fallback block.
///         The rollup computes `publicInputsHash` itself from what it holds on chain, so a verifier
///         only has to decide whether `proof` proves that statement. A validity (zk) verifier drops in
///         behind this interface through governance (`Rollup.setVerifier`) without a new rollup.
interface IVerifier {
    /// @notice Whether `proof` proves the statement committed to by `publicInputsHash`.
    /// @dev Must not revert on a wrong proof: return false, and the rollup reverts with its own error.
    function verify(bytes32 publicInputsHash, bytes calldata proof) external view returns (bool);

    /// @notice A short, human-readable description of what the verifier checks.
    function statement() external pure returns (string memory);
}
