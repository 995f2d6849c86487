// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

/// @title IRegistry
/// @notice Versioned SPTN deployments and the canonical one that agents follow. Only the top-level
///         governance (its timelock, the owner) changes it. Agents read it at start, so a new rollup
///         version reaches them without a hard fork.
interface IRegistry {
    /// @notice One deployment: a suite of contracts for one SPTN. Registered versions never change;
    ///         a new rollup comes as a new version.
    /// @param name A short human name, e.g. "sptn-testnet-1".
    /// @param rollup The rollup (zero until a version that has one).
    /// @param staking The deployment's Staking.
    /// @param governance The deployment's SptnGovernance (proof of governance).
    /// @param rewardPool The deployment's RewardPool.
    /// @param registeredAt The timestamp of registration.
    struct Deployment {
        bytes32 name;
        address rollup;
        address staking;
        address governance;
        address rewardPool;
        uint48 registeredAt;
    }

    /// @notice `version` was registered.
    event DeploymentRegistered(
        uint256 indexed version,
        bytes32 indexed name,
        address rollup,
        address staking,
        address governance,
        address rewardPool
    );
    /// @notice `version` became canonical, replacing `previousVersion` (0 if none).
    event CanonicalSet(uint256 indexed version, uint256 indexed previousVersion, address rollup);

    /// @notice Registers a deployment as the next version (versions start at 1). Only the owner.
    /// @dev The `registeredAt` field of `deployment` is ignored and set to the block timestamp.
    function register(Deployment calldata deployment) external returns (uint256 version);

    /// @notice Makes `version` canonical. Only the owner.
    function setCanonical(uint256 version) external;

    /// @notice The number of registered versions (the latest version number).
    function versionCount() external view returns (uint256);

    /// @notice The deployment registered as `version`.
    function getDeployment(uint256 version) external view returns (Deployment memory);

    /// @notice The canonical version (0 if none yet).
    function canonical() external view returns (uint256);

    /// @notice The canonical deployment; reverts with `Registry__NoCanonical` if none.
    function canonicalDeployment() external view returns (Deployment memory);

    /// @notice The canonical deployment's rollup; reverts with `Registry__NoCanonical` if none.
    function canonicalRollup() external view returns (address);

    /// @notice The version that was canonical at `timestamp` (0 if none).
    function canonicalAt(uint256 timestamp) external view returns (uint256);

    /// @notice How many times the canonical version changed.
    function canonicalChanges() external view returns (uint256);

    /// @notice The `n`-th change of the canonical version (0-based): when and to which version.
    /// @dev Reverts with `Registry__NoSuchChange` if `n >= canonicalChanges()`.
    function canonicalChange(uint256 n) external view returns (uint256 timestamp, uint256 version);
}
