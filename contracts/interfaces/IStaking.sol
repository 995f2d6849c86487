// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

/// @title IStaking (the subset the rollup reads)
/// @notice Sequencers keyed by attester address; a snapshotted active set. "At timestamp t" means the
///         set as it stood after every change made in blocks with timestamp <= t.
interface IStaking {
    function stake(address attester, address withdrawer, uint256 amount) external;
    function getActiveSetSize() external view returns (uint256);
    function getActiveSetSizeAt(uint256 timestamp) external view returns (uint256);
    function getActiveAttesterAt(uint256 index, uint256 timestamp) external view returns (address);
    function getActiveAttesters() external view returns (address[] memory);
    function getActiveAttestersAt(uint256 timestamp) external view returns (address[] memory);
    function isActive(address attester) external view returns (bool);
    function slash(address attester, uint256 amount, bool kick) external;
    function slasher() external view returns (address);
}
