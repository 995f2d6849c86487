// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

/// @notice Stands in for the rollup: a setter only its governance may call.
contract RollupStub {
    error RollupStub__Unauthorized(address caller);

    address public immutable GOVERNANCE;
    uint256 public reward;

    constructor(address governance) {
        GOVERNANCE = governance;
    }

    function setReward(uint256 reward_) external returns (uint256 previous) {
        if (msg.sender != GOVERNANCE) revert RollupStub__Unauthorized(msg.sender);
        previous = reward;
        reward = reward_;
    }
}
