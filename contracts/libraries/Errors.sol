// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

/// @title Errors
/// @notice Every custom error of the SPTN contracts, one section per contract, named
///         `Contract__Reason(values)`. One library gives the Go agents one ABI to decode reverts from.
/// @dev Keep one section per contract, in alphabetical order, so that parallel changes merge cleanly.
library Errors {
    // ---- Registry ------------------------------------------------------------------------------
    /// @notice A deployment field that must name a contract is the zero address.
    error Registry__ZeroAddress(bytes32 field);
    /// @notice A deployment was registered without a name.
    error Registry__EmptyName();
    /// @notice No deployment is registered under `version`.
    error Registry__UnknownVersion(uint256 version);
    /// @notice `version` is already the canonical deployment.
    error Registry__AlreadyCanonical(uint256 version);
    /// @notice No deployment has been made canonical (yet, or as of the queried timestamp).
    error Registry__NoCanonical();
    /// @notice Renouncing ownership would freeze the registry; hand it over instead.
    error Registry__RenounceDisabled();
    /// @notice There is no `n`-th change of the canonical version: only `count` so far.
    error Registry__NoSuchChange(uint256 n, uint256 count);

    // ---- RewardPool ----------------------------------------------------------------------------
    /// @notice The caller of `pay` is not the rollup.
    error RewardPool__NotRollup(address caller, address rollup);
    /// @notice An address argument is the zero address.
    error RewardPool__ZeroAddress();
    /// @notice `rollup` is already the pool's rollup.
    error RewardPool__SameRollup(address rollup);
    /// @notice Renouncing ownership would freeze the pool; hand it over instead.
    error RewardPool__RenounceDisabled();

    // ---- SptnGovernance ------------------------------------------------------------------------
    /// @notice `configureRollup` was called before the deployment has a rollup.
    error SptnGovernance__NoRollup();
    /// @notice A constructor argument is the zero address.
    error SptnGovernance__ZeroAddress();
    /// @notice Renouncing ownership would leave the deployment without proof-of-governance.
    error SptnGovernance__RenounceDisabled();

    // ---- Staking -------------------------------------------------------------------------------
    /// @notice An amount argument is zero.
    error Staking__ZeroAmount();
    /// @notice An address argument is the zero address.
    error Staking__ZeroAddress();
    /// @notice A top-up names a withdrawer other than the stake's.
    error Staking__WithdrawerMismatch(address attester, address withdrawer, address given);
    /// @notice `attester` has no stake.
    error Staking__NoStake(address attester);
    /// @notice `attester` is exiting: it cannot be topped up, activated or exited again.
    error Staking__Exiting(address attester);
    /// @notice `attester` is already in the active set.
    error Staking__AlreadyActive(address attester);
    /// @notice `attester` is not in the active set.
    error Staking__NotActive(address attester);
    /// @notice `attester` has not started to exit.
    error Staking__NotExiting(address attester);
    /// @notice `attester`'s stake is below the minimum needed to join the active set.
    error Staking__InsufficientStake(address attester, uint256 stake, uint256 minimum);
    /// @notice The caller is not the withdrawer of `attester`'s stake.
    error Staking__NotWithdrawer(address attester, address caller, address withdrawer);
    /// @notice The caller is not the slasher.
    error Staking__NotSlasher(address caller, address slasher);
    /// @notice The exit delay has not passed: withdrawal opens at `exitableAt`.
    error Staking__ExitDelayNotPassed(address attester, uint256 now_, uint256 exitableAt);
    /// @notice `index` is not below the active set's size `size` at the queried timestamp.
    error Staking__IndexOutOfBounds(uint256 index, uint256 size);
    /// @notice A slash that would neither take stake nor kick.
    error Staking__EmptySlash(address attester);
    /// @notice The exit delay exceeds the ceiling `max`.
    error Staking__ExitDelayTooLong(uint256 exitDelay, uint256 max);
    /// @notice Renouncing ownership would freeze the active set; hand it over instead.
    error Staking__RenounceDisabled();
}
