// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title IStaking
/// @notice Stakes of AZT behind sequencers and the active set that committees are sampled from.
///         A sequencer is known by its attester address (its signing key). A stake names a
///         withdrawer, which alone can exit and withdraw it; the attester itself chooses it (it
///         opens its stake, or signs an authorisation that a funder submits). The deployment's
///         governance (the owner) moves staked sequencers in and out of the active set; the
///         slasher slashes, into the reward pool, and locks the stakes named in live proposals.
///         A new slasher takes over only after a delay that lets every staker exit first.
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
    /// @param lockedUntil The stake cannot be withdrawn up to and including this second: it is
    ///        named in a slash proposal that can still be executed until then (0: never locked).
    /// @param amount The AZT held for the attester.
    struct StakeInfo {
        address withdrawer;
        Status status;
        uint48 exitableAt;
        uint40 lockedUntil;
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
    /// @notice The slasher took `amount` of `attester`'s stake into the reward pool; `kicked` if
    ///         it also left the set.
    event Slashed(address indexed attester, uint256 amount, bool kicked);
    /// @notice The slasher locked `attester`'s stake against withdrawal up to and including
    ///         `until` (it is named in a live slash proposal).
    event StakeLocked(address indexed attester, uint256 until);
    /// @notice The minimum stake to join the active set changed.
    event MinimumStakeSet(uint256 minimumStake);
    /// @notice The delay between exit and withdrawal changed (for exits started afterwards).
    event ExitDelaySet(uint256 exitDelay);
    /// @notice Governance queued `slasher` to become the slasher at `activatesAt` (anyone may
    ///         then call `activateSlasher`). It replaces any change queued before.
    event SlasherQueued(address indexed slasher, uint256 activatesAt);
    /// @notice The slasher changed (a queued change was activated, or the first was named at once).
    event SlasherSet(address indexed slasher);

    /// @notice Adds `amount` AZT (pulled from the caller) to `attester`'s stake. Only the attester
    ///         itself may open its stake (choose its withdrawer): a first stake sent by anyone else
    ///         reverts with `Staking__NotAuthorizedByAttester` (use `stakeWithAuthorization`).
    ///         Anyone may top up an existing stake. A new stake is not active: governance
    ///         activates it. A top-up must name the stake's withdrawer and cannot go to an exiting
    ///         stake. Nobody stakes before governance named the slasher
    ///         (`Staking__SlasherNotNamed`).
    function stake(address attester, address withdrawer, uint256 amount) external;

    /// @notice `stake` by a funder other than the attester, with the attester's EIP-712
    ///         authorisation `StakeAuthorization(attester, withdrawer, nonce, deadline)` in this
    ///         contract's domain ("SPTN Staking", "1", chain id, this address). The nonce is
    ///         `nonces(attester)` and is used up; `signature` is the attester's ECDSA signature
    ///         (65 bytes, low s) or, for a contract attester, an ERC-1271 one.
    /// @dev Reverts with `Staking__AuthorizationExpired` after `deadline` and with
    ///      `Staking__InvalidAuthorization` if the signature does not verify.
    function stakeWithAuthorization(
        address attester,
        address withdrawer,
        uint256 amount,
        uint256 deadline,
        bytes calldata signature
    ) external;

    /// @notice Starts `attester`'s exit: it leaves the active set at once and may be withdrawn
    ///         after the exit delay. Only the stake's withdrawer may call this.
    function initiateExit(address attester) external;

    /// @notice Pays an exited stake to `recipient` and deletes it. Only the stake's withdrawer,
    ///         only once the exit delay has passed, and only after its lock (`lockedUntil`).
    function withdraw(address attester, address recipient) external;

    /// @notice Takes up to `amount` of `attester`'s stake (all of it if the stake is smaller) and
    ///         sends it to the reward pool; with `kick`, also removes an active `attester` from
    ///         the active set, leaving the rest of its stake STAKED (governance may re-add it, its
    ///         withdrawer may exit). An active attester left below the minimum stake is removed
    ///         from the set even without `kick`. Works on staked, active and exiting (not yet
    ///         withdrawn) stakes; an exiting stake keeps its exit time. Only the slasher.
    /// @dev Reverts with `Staking__EmptySlash` if it would neither take stake nor kick.
    function slash(address attester, uint256 amount, bool kick) external;

    /// @notice Locks each of `attesters`' stakes against withdrawal up to and including `until`
    ///         (a lock only ever grows; it ends by itself). Attesters without a stake are skipped.
    ///         Only the slasher, for the validators of a proposal it filed.
    /// @dev Reverts with `Staking__LockTooLong` if `until` is more than `MAX_LOCK` ahead.
    function lock(address[] calldata attesters, uint256 until) external;

    /// @notice Puts a staked sequencer into the active set. Only governance (the owner).
    /// @dev Reverts with `Staking__InsufficientStake` if the stake is below the minimum.
    function activate(address attester) external;

    /// @notice Removes a sequencer from the active set; its stake stays. Only governance.
    function deactivate(address attester) external;

    /// @notice Sets the minimum stake needed to join the active set. Only governance.
    function setMinimumStake(uint256 minimumStake) external;

    /// @notice Sets the exit delay for exits started afterwards. Only governance. A lower delay
    ///         does not shorten the notice of a slasher change: the delay it replaces stays the
    ///         notice for as long as that delay (see `slasherChangeActivatesAt`).
    /// @dev Reverts with `Staking__ExitDelayBelowSlasherMinimum` if the delay is below the
    ///      current or queued slasher's `minimumExitDelay`, and with `Staking__SlasherChangePending`
    ///      if it would lengthen the delay while a slasher change is queued.
    function setExitDelay(uint256 exitDelay) external;

    /// @notice Queues `slasher` (zero: nobody may slash) to become the slasher at
    ///         `slasherChangeActivatesAt()`: every stake already exiting,
    ///         and every stake whose withdrawer starts its exit within the notice (the exit
    ///         delay, or a longer one it was lowered from less than that longer delay ago) of the
    ///         queueing, can be withdrawn before the new slasher can touch it. A non-zero slasher
    ///         must be a contract answering `minimumExitDelay()` with at most the exit delay.
    ///         Replaces any change queued before (queue the current slasher to cancel one).
    ///         Names the slasher: stakes may open from then on. Only governance.
    function queueSlasher(address slasher) external;

    /// @notice Names the first slasher at once, without the notice `queueSlasher` gives: allowed
    ///         only before the slasher was ever named (by this or `queueSlasher`). Nobody can
    ///         stake before that, so nobody is at stake to warn, and every staker finds it in
    ///         place. `slasher` must be a contract answering `minimumExitDelay()` with at most the
    ///         exit delay. Only governance; a deployment opts in at deploy time (DeployRollup's
    ///         SLASHER_AT_ONCE).
    /// @dev Reverts with `Staking__SlasherAlreadyNamed`,
    ///      `Staking__ZeroAddress`, `Staking__SlasherStatesNoExitDelay` or
    ///      `Staking__ExitDelayBelowSlasherMinimum`; emits `SlasherSet`.
    function setInitialSlasher(address slasher) external;

    /// @notice Makes the queued slasher the slasher once its time has come. Anyone may call it.
    /// @dev Reverts with `Staking__NoPendingSlasher` or `Staking__SlasherNotDue`, and re-checks
    ///      the slasher's `minimumExitDelay` against the exit delay.
    function activateSlasher() external;

    /// @notice The staked token (AZT).
    function token() external view returns (IERC20);

    /// @notice The address allowed to slash.
    function slasher() external view returns (address);

    /// @notice Whether governance named the slasher (setInitialSlasher or queueSlasher): stakes
    ///         open only from then on. A fresh Staking and one whose zero slasher was queued and
    ///         activated look alike through `slasher()` and `pendingSlasher()`; this tells them
    ///         apart.
    function slasherNamed() external view returns (bool);

    /// @notice The queued slasher change: the slasher and when it may be activated (0: none).
    function pendingSlasher() external view returns (address pending, uint256 activatesAt);

    /// @notice When a slasher queued now could be activated:
    ///         `max(now + notice, latestExitableAt) + exitDelay`, where the notice is the exit
    ///         delay or, until a lowered delay's old value has run out since the lowering, that
    ///         old value (an owner cannot shorten the notice by lowering the exit delay first).
    function slasherChangeActivatesAt() external view returns (uint256);

    /// @notice The latest `exitableAt` any exit was given so far (a slasher change waits past it).
    function latestExitableAt() external view returns (uint256);

    /// @notice Where slashed stake goes: the deployment's reward pool, fixed at deployment.
    function rewardPool() external view returns (address);

    /// @notice The next nonce of `attester`'s stake authorisations.
    function nonces(address attester) external view returns (uint256);

    /// @notice The EIP-712 digest an attester signs to authorise a stake under `withdrawer`.
    function stakeAuthorizationDigest(
        address attester,
        address withdrawer,
        uint256 nonce,
        uint256 deadline
    ) external view returns (bytes32);

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
