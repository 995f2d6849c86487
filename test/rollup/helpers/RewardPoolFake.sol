// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {IRewardPool} from "../../../contracts/interfaces/IRewardPool.sol";

/// @notice A test fake of the reward pool: pays what it holds, never reverts when empty.
contract RewardPoolFake is IRewardPool {
    IERC20 public immutable override token;
    address public override rollup;

    constructor(IERC20 token_) {
        token = token_;
    }

    function setRollup(address rollup_) external override {
        rollup = rollup_;
    }

    function pay(address to, uint256 amount) external override returns (uint256 paid) {
        require(msg.sender == rollup, "only rollup");
        uint256 balance = token.balanceOf(address(this));
        paid = amount < balance ? amount : balance;
        if (paid != 0) token.transfer(to, paid);
        emit RewardPaid(to, paid, amount - paid);
    }
}
