// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {IRewardPool} from "./IRewardPool.sol";
import {IStaking} from "./IStaking.sol";

/// @title ISptnGovernance
/// @notice A deployment's proof of governance: one owner account (first an admin, later the
///         top-level governance's timelock, handed over in two steps) adds and removes staked
///         sequencers and sets the deployment's parameters. Every change is made, and its event
///         emitted, by the contract whose state it changes (Staking, RewardPool, the rollup).
interface ISptnGovernance {
    /// @notice The owner called the rollup with a function whose selector is `selector`.
    event RollupConfigured(address indexed rollup, bytes4 indexed selector);

    /// @notice The deployment's Staking.
    function staking() external view returns (IStaking);

    /// @notice The deployment's RewardPool.
    function rewardPool() external view returns (IRewardPool);

    /// @notice The deployment's rollup (the reward pool's payer; zero until set).
    function rollup() external view returns (address);

    /// @notice Adds a staked sequencer to the active set.
    /// @dev Reverts with `Staking__InsufficientStake` if its stake is below the minimum.
    function addSequencer(address attester) external;

    /// @notice Removes a sequencer from the active set; its stake stays until its withdrawer exits.
    function removeSequencer(address attester) external;

    /// @notice Sets the minimum stake to join the active set.
    function setMinimumStake(uint256 minimumStake) external;

    /// @notice Sets the exit delay for exits started afterwards, in seconds.
    function setExitDelay(uint256 exitDelay) external;

    /// @notice Sets the address allowed to slash (the slashing module).
    function setSlasher(address slasher) external;

    /// @notice Sets the rollup that pays rewards from the reward pool.
    function setRollup(address rollup) external;

    /// @notice Calls the rollup with `data` (a governance-only setter: rewards, timing for future
    ///         epochs) and returns its result; a revert of the rollup is passed through.
    function configureRollup(bytes calldata data) external returns (bytes memory result);
}
