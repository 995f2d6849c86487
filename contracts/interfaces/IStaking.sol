// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title IStaking
/// @notice Stakes of AZT behind sequencers and the active set that committees are sampled from.
///         A sequencer is known by its attester address (its signing key). A stake names a
///         withdrawer, which alone can exit and withdraw it. The deployment's governance (the owner)
///         moves staked sequencers in and out of the active set; the slasher slashes.
/// @dev Snapshots: "at timestamp t" means the set as it stood after every change made in blocks
///      whose timestamp is at most t. Values at t >= block.timestamp are not final: later
///      transactions of the current block may still change them.
interface IStaking {
    /// @notice Where a stake is in its life.
    /// @param NONE No stake (never staked, or withdrawn).
    /// @param STAKED Staked but not in the active set.
    /// @param ACTIVE In the active set.
    /// @param EXITING Exit started; withdrawable once `exitableAt` has passed.
    enum Status {
        NONE,
        STAKED,
        ACTIVE,
        EXITING
    }

    /// @notice A sequencer's stake.
    /// @param withdrawer The only address that can exit and withdraw the stake.
    /// @param status Where the stake is in its life.
    /// @param exitableAt When an exiting stake may be withdrawn (0 unless exiting).
    /// @param amount The AZT held for the attester.
    struct StakeInfo {
        address withdrawer;
        Status status;
        uint48 exitableAt;
        uint256 amount;
    }

    /// @notice `funder` added `amount` AZT to `attester`'s stake, withdrawable by `withdrawer`.
    event Staked(
        address indexed attester, address indexed withdrawer, address indexed funder, uint256 amount
    );
    /// @notice `attester` joined the active set at position `index`.
    event AttesterActivated(address indexed attester, uint256 index);
    /// @notice `attester` left the active set (removed, exited or kicked).
    event AttesterDeactivated(address indexed attester);
    /// @notice `attester`'s withdrawer started its exit; it may withdraw from `exitableAt`.
    event ExitInitiated(address indexed attester, address indexed withdrawer, uint256 exitableAt);
    /// @notice `attester`'s stake of `amount` was paid out to `recipient`.
    event Withdrawn(address indexed attester, address indexed recipient, uint256 amount);
    /// @notice The slasher took `amount` of `attester`'s stake; `kicked` if it also left the set.
    event Slashed(address indexed attester, uint256 amount, bool kicked);
    /// @notice The minimum stake to join the active set changed.
    event MinimumStakeSet(uint256 minimumStake);
    /// @notice The delay between exit and withdrawal changed (for exits started afterwards).
    event ExitDelaySet(uint256 exitDelay);
    /// @notice The slasher changed.
    event SlasherSet(address indexed slasher);

    /// @notice Adds `amount` AZT (pulled from the caller) to `attester`'s stake. Anyone may fund a
    ///         stake. A new stake is not active: governance activates it. A top-up must name the
    ///         stake's withdrawer and cannot go to an exiting stake.
    function stake(address attester, address withdrawer, uint256 amount) external;

    /// @notice Starts `attester`'s exit: it leaves the active set at once and may be withdrawn
    ///         after the exit delay. Only the stake's withdrawer may call this.
    function initiateExit(address attester) external;

    /// @notice Pays an exited stake to `recipient` and deletes it. Only the stake's withdrawer,
    ///         and only once the exit delay has passed.
    function withdraw(address attester, address recipient) external;

    /// @notice Takes up to `amount` of `attester`'s stake (all of it if the stake is smaller) and
    ///         sends it to the slasher; with `kick`, also removes an active `attester` from the
    ///         active set, leaving the rest of its stake STAKED (governance may re-add it, its
    ///         withdrawer may exit). Works on staked, active and exiting (not yet withdrawn)
    ///         stakes; an exiting stake keeps its exit time. Only the slasher.
    /// @dev Reverts with `Staking__EmptySlash` if it would neither take stake nor kick.
    function slash(address attester, uint256 amount, bool kick) external;

    /// @notice Puts a staked sequencer into the active set. Only governance (the owner).
    /// @dev Reverts with `Staking__InsufficientStake` if the stake is below the minimum.
    function activate(address attester) external;

    /// @notice Removes a sequencer from the active set; its stake stays. Only governance.
    function deactivate(address attester) external;

    /// @notice Sets the minimum stake needed to join the active set. Only governance.
    function setMinimumStake(uint256 minimumStake) external;

    /// @notice Sets the exit delay for exits started afterwards. Only governance.
    function setExitDelay(uint256 exitDelay) external;

    /// @notice Sets the address allowed to slash (zero: nobody). Only governance.
    function setSlasher(address slasher) external;

    /// @notice The staked token (AZT).
    function token() external view returns (IERC20);

    /// @notice The address allowed to slash.
    function slasher() external view returns (address);

    /// @notice The minimum stake needed to join the active set.
    function minimumStake() external view returns (uint256);

    /// @notice The delay between an exit and the earliest withdrawal, in seconds.
    function exitDelay() external view returns (uint256);

    /// @notice `attester`'s stake (all zero if none).
    function getStake(address attester) external view returns (StakeInfo memory);

    /// @notice Whether `attester` is in the active set now.
    function isActive(address attester) external view returns (bool);

    /// @notice The number of active sequencers now.
    function getActiveSetSize() external view returns (uint256);

    /// @notice The number of active sequencers at `timestamp`.
    function getActiveSetSizeAt(uint256 timestamp) external view returns (uint256);

    /// @notice The active sequencer at position `index` at `timestamp`.
    /// @dev One binary search over that position's history. Reverts with
    ///      `Staking__IndexOutOfBounds` if `index` is not below the set's size at `timestamp`.
    function getActiveAttesterAt(uint256 index, uint256 timestamp) external view returns (address);

    /// @notice The active set now, in position order.
    function getActiveAttesters() external view returns (address[] memory);

    /// @notice The active set at `timestamp`, in position order.
    function getActiveAttestersAt(uint256 timestamp) external view returns (address[] memory);
}
