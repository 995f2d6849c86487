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
    /// @notice The owner called the slasher with a function whose selector is `selector`.
    event SlasherConfigured(address indexed slasher, bytes4 indexed selector);

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
    /// @dev Staking reverts with `Staking__ExitDelayBelowSlasherMinimum` below the current or
    ///      queued slasher's `minimumExitDelay`, so that committee members stay slashable until a
    ///      slash of their epochs can have been voted and executed, and with
    ///      `Staking__SlasherChangePending` if it would lengthen the delay while a slasher change
    ///      is queued.
    function setExitDelay(uint256 exitDelay) external;

    /// @notice Names the first slasher at once (`Staking.setInitialSlasher`): only before the
    ///         slasher was ever named, which is before anyone can stake.
    function setInitialSlasher(address slasher) external;

    /// @notice Queues the address allowed to slash (a slashing module such as Slasher, which
    ///         must answer `minimumExitDelay()`; zero: nobody). It takes over only when anyone
    ///         calls `Staking.activateSlasher()` after the delay `Staking.queueSlasher` sets (two
    ///         exit delays, or more while exits are pending), so that stakers can leave first.
    function queueSlasher(address slasher) external;

    /// @notice Sets the rollup that pays rewards from the reward pool.
    function setRollup(address rollup) external;

    /// @notice Calls the rollup with `data` (a governance-only setter: rewards, timing for future
    ///         epochs) and returns its result; a revert of the rollup is passed through.
    /// @dev Reverts with `SptnGovernance__ExitDelayTooShort` if the change (a proof window longer
    ///      than the inactivity filing deadline, which the rollup's bound of 8 epochs does not
    ///      allow today) raises the slasher's `minimumExitDelay` above the exit delay.
    function configureRollup(bytes calldata data) external returns (bytes memory result);

    /// @notice Calls the slasher (Staking's slasher, which this contract owns) with `data`, e.g.
    ///         `setParams`, and returns its result; a revert of the slasher is passed through.
    /// @dev Reverts with `SptnGovernance__NoSlasher` without a slasher, and with
    ///      `SptnGovernance__ExitDelayTooShort` if the change outgrows the exit delay.
    function configureSlasher(bytes calldata data) external returns (bytes memory result);

    /// @notice The exit delay the current and the queued slasher need (the larger
    ///         `minimumExitDelay`), 0 without a slasher.
    function requiredExitDelay() external view returns (uint256);
}
