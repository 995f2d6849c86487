// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";
import {Time} from "@openzeppelin/contracts/utils/types/Time.sol";

import {IRegistry} from "../interfaces/IRegistry.sol";
import {Errors} from "../libraries/Errors.sol";

/// @title Registry
/// @notice Versioned SPTN deployments and the canonical one. Owned by the top-level governance's
///         timelock: only a passed proposal registers a deployment or changes the canonical one.
/// @dev The canonical version's history is a timestamp-keyed checkpoint trace, so "which version
///      was canonical at t" is one binary search.
contract Registry is IRegistry, Ownable2Step {
    using Checkpoints for Checkpoints.Trace208;
    using SafeCast for uint256;

    mapping(uint256 version => Deployment) private _deployments;
    uint256 private _versionCount;
    Checkpoints.Trace208 private _canonical;

    /// @param initialOwner The top-level governance's timelock.
    constructor(address initialOwner) Ownable(initialOwner) {}

    /// @inheritdoc IRegistry
    function register(Deployment calldata d) external onlyOwner returns (uint256 version) {
        if (d.name == bytes32(0)) revert Errors.Registry__EmptyName();
        if (d.staking == address(0)) revert Errors.Registry__ZeroAddress("staking");
        if (d.governance == address(0)) revert Errors.Registry__ZeroAddress("governance");
        if (d.rewardPool == address(0)) revert Errors.Registry__ZeroAddress("rewardPool");
        version = ++_versionCount;
        Deployment storage stored = _deployments[version];
        stored.name = d.name;
        stored.rollup = d.rollup;
        stored.staking = d.staking;
        stored.governance = d.governance;
        stored.rewardPool = d.rewardPool;
        stored.registeredAt = Time.timestamp();
        emit DeploymentRegistered(version, d.name, d.rollup, d.staking, d.governance, d.rewardPool);
    }

    /// @inheritdoc IRegistry
    function setCanonical(uint256 version) external onlyOwner {
        if (version == 0 || version > _versionCount) {
            revert Errors.Registry__UnknownVersion(version);
        }
        uint256 previous = _canonical.latest();
        if (version == previous) revert Errors.Registry__AlreadyCanonical(version);
        _canonical.push(Time.timestamp(), version.toUint208());
        emit CanonicalSet(version, previous, _deployments[version].rollup);
    }

    /// @notice Disabled: an ownerless registry could never name a new canonical deployment.
    function renounceOwnership() public view override onlyOwner {
        revert Errors.Registry__RenounceDisabled();
    }

    /// @inheritdoc IRegistry
    function versionCount() external view returns (uint256) {
        return _versionCount;
    }

    /// @inheritdoc IRegistry
    function getDeployment(uint256 version) external view returns (Deployment memory) {
        if (version == 0 || version > _versionCount) {
            revert Errors.Registry__UnknownVersion(version);
        }
        return _deployments[version];
    }

    /// @inheritdoc IRegistry
    function canonical() external view returns (uint256) {
        return _canonical.latest();
    }

    /// @inheritdoc IRegistry
    function canonicalDeployment() external view returns (Deployment memory) {
        return _deployments[_canonicalVersion()];
    }

    /// @inheritdoc IRegistry
    function canonicalRollup() external view returns (address) {
        return _deployments[_canonicalVersion()].rollup;
    }

    /// @inheritdoc IRegistry
    function canonicalAt(uint256 timestamp) external view returns (uint256) {
        // casting to 'uint48' is safe because larger values are clamped first
        // forge-lint: disable-next-line(unsafe-typecast)
        uint48 key = timestamp > type(uint48).max ? type(uint48).max : uint48(timestamp);
        return _canonical.upperLookupRecent(key);
    }

    /// @inheritdoc IRegistry
    function canonicalChanges() external view returns (uint256) {
        return _canonical.length();
    }

    /// @inheritdoc IRegistry
    function canonicalChange(uint256 n) external view returns (uint256 timestamp, uint256 version) {
        uint256 count = _canonical.length();
        if (n >= count) revert Errors.Registry__NoSuchChange(n, count);
        // casting to 'uint32' is safe because n < count, and a trace holds < 2**32 checkpoints
        // forge-lint: disable-next-line(unsafe-typecast)
        Checkpoints.Checkpoint208 memory c = _canonical.at(uint32(n));
        return (c._key, c._value);
    }

    function _canonicalVersion() private view returns (uint256 version) {
        version = _canonical.latest();
        if (version == 0) revert Errors.Registry__NoCanonical();
    }
}
