// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title IRewardPool (the subset the rollup uses)
interface IRewardPool {
    event RewardPaid(address indexed to, uint256 paid, uint256 shortfall);

    function token() external view returns (IERC20);
    function rollup() external view returns (address);
    function setRollup(address rollup) external;
    function pay(address to, uint256 amount) external returns (uint256 paid);
}
