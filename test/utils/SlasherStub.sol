// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

/// @notice Stands in for a slashing module in tests that prank it: it states a minimum exit delay
///         (Staking accepts no slasher that does not) and nothing else.
contract SlasherStub {
    uint256 public minimumExitDelay;

    constructor(uint256 minimumExitDelay_) {
        minimumExitDelay = minimumExitDelay_;
    }

    function setMinimumExitDelay(uint256 minimumExitDelay_) external {
        minimumExitDelay = minimumExitDelay_;
    }
}
