// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title IRewardPool
/// @notice A deployment's purse of AZT, funded by the top-level governance and paid out by the
///         rollup as proposer rewards. Reward amounts are the rollup's business, not the pool's.
interface IRewardPool {
    /// @notice The rollup paid `paid` to `to`; `shortfall` is what the pool lacked.
    event RewardPaid(address indexed to, uint256 paid, uint256 shortfall);
    /// @notice The rollup allowed to pay changed.
    event RollupSet(address indexed previousRollup, address indexed rollup);
    /// @notice The replaced `rollup` may still pay what it owes up to and including `paysUntil`.
    event RollupRetired(address indexed rollup, uint256 paysUntil);

    /// @notice The token paid out (AZT).
    function token() external view returns (IERC20);

    /// @notice The only address allowed to call `pay`.
    function rollup() external view returns (address);

    /// @notice When a replaced rollup stops being able to pay (0: never replaced).
    function retiredPaysUntil(address rollup) external view returns (uint256);

    /// @notice Sets the rollup allowed to pay. The rollup it replaces keeps paying (what its
    ///         proposers claim) for `RETIRED_ROLLUP_WINDOW` (30 days). Only the owner (the
    ///         deployment's SptnGovernance).
    function setRollup(address rollup) external;

    /// @notice Pays `min(balance, amount)` to `to` and returns it. Only the rollup, or a replaced
    ///         rollup within its window. Never reverts because the pool is short: it pays what it
    ///         has and reports the shortfall.
    function pay(address to, uint256 amount) external returns (uint256 paid);
}
