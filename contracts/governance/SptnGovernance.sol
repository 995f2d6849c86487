// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {Address} from "@openzeppelin/contracts/utils/Address.sol";

import {IRewardPool} from "../interfaces/IRewardPool.sol";
import {ISlasher} from "../interfaces/ISlasher.sol";
import {ISptnGovernance} from "../interfaces/ISptnGovernance.sol";
import {IStaking} from "../interfaces/IStaking.sol";
import {Errors} from "../libraries/Errors.sol";

/// @title SptnGovernance
/// @notice A deployment's proof of governance. Its single owner, first an admin and later the
///         top-level governance's timelock (handed over with Ownable2Step), adds and removes staked
///         sequencers and sets the deployment's parameters.
/// @dev Owns the deployment's Staking and RewardPool; has no state of its own besides its owner.
contract SptnGovernance is ISptnGovernance, Ownable2Step {
    IStaking private immutable STAKING;
    IRewardPool private immutable REWARD_POOL;

    /// @param admin The first owner (for the testnet, an account of the operator).
    /// @param staking_ The deployment's Staking, to be owned by this contract.
    /// @param rewardPool_ The deployment's RewardPool, to be owned by this contract.
    constructor(address admin, IStaking staking_, IRewardPool rewardPool_) Ownable(admin) {
        if (address(staking_) == address(0) || address(rewardPool_) == address(0)) {
            revert Errors.SptnGovernance__ZeroAddress();
        }
        STAKING = staking_;
        REWARD_POOL = rewardPool_;
    }

    /// @inheritdoc ISptnGovernance
    function staking() external view returns (IStaking) {
        return STAKING;
    }

    /// @inheritdoc ISptnGovernance
    function rewardPool() external view returns (IRewardPool) {
        return REWARD_POOL;
    }

    /// @inheritdoc ISptnGovernance
    function rollup() public view returns (address) {
        return REWARD_POOL.rollup();
    }

    /// @inheritdoc ISptnGovernance
    function addSequencer(address attester) external onlyOwner {
        STAKING.activate(attester);
    }

    /// @inheritdoc ISptnGovernance
    function removeSequencer(address attester) external onlyOwner {
        STAKING.deactivate(attester);
    }

    /// @inheritdoc ISptnGovernance
    function setMinimumStake(uint256 minimumStake) external onlyOwner {
        STAKING.setMinimumStake(minimumStake);
    }

    /// @inheritdoc ISptnGovernance
    function setExitDelay(uint256 exitDelay) external onlyOwner {
        // Staking checks the delay against the current and the queued slasher.
        STAKING.setExitDelay(exitDelay);
    }

    /// @inheritdoc ISptnGovernance
    function queueSlasher(address slasher) external onlyOwner {
        // Staking refuses an account that states no minimum exit delay, and delays the change.
        STAKING.queueSlasher(slasher);
    }

    /// @inheritdoc ISptnGovernance
    function setInitialSlasher(address slasher) external onlyOwner {
        // Staking allows it only before the slasher was named (before any stake), and checks the
        // slasher's exit delay.
        STAKING.setInitialSlasher(slasher);
    }

    /// @inheritdoc ISptnGovernance
    function setRollup(address rollup_) external onlyOwner {
        REWARD_POOL.setRollup(rollup_);
    }

    /// @inheritdoc ISptnGovernance
    function configureRollup(bytes calldata data) external onlyOwner returns (bytes memory) {
        address target = rollup();
        if (target == address(0)) revert Errors.SptnGovernance__NoRollup();
        // casting to 'bytes4' is safe because it keeps the selector, the first four bytes
        // forge-lint: disable-next-line(unsafe-typecast)
        emit RollupConfigured(target, bytes4(data));
        bytes memory result = Address.functionCall(target, data);
        // A proof window longer than the inactivity filing deadline would lengthen the slasher's
        // minimum exit delay (none the rollup allows today; checked all the same).
        _requireExitDelayCoversSlasher();
        return result;
    }

    /// @inheritdoc ISptnGovernance
    function configureSlasher(bytes calldata data) external onlyOwner returns (bytes memory) {
        address target = STAKING.slasher();
        if (target == address(0)) revert Errors.SptnGovernance__NoSlasher();
        // casting to 'bytes4' is safe because it keeps the selector, the first four bytes
        // forge-lint: disable-next-line(unsafe-typecast)
        emit SlasherConfigured(target, bytes4(data));
        bytes memory result = Address.functionCall(target, data);
        _requireExitDelayCoversSlasher();
        return result;
    }

    /// @inheritdoc ISptnGovernance
    /// @dev The larger of the current and the queued slasher's `minimumExitDelay` (0 for none;
    ///      Staking accepts no slasher that does not answer it).
    function requiredExitDelay() public view returns (uint256) {
        (address pending, uint256 activatesAt) = STAKING.pendingSlasher();
        uint256 current = _minimumExitDelayOf(STAKING.slasher());
        if (activatesAt == 0) return current;
        uint256 queued = _minimumExitDelayOf(pending);
        return queued > current ? queued : current;
    }

    function _minimumExitDelayOf(address slasher) private view returns (uint256) {
        if (slasher == address(0)) return 0;
        (bool ok, bytes memory ret) =
            slasher.staticcall(abi.encodeCall(ISlasher.minimumExitDelay, ()));
        if (!ok || ret.length != 32) return 0;
        return abi.decode(ret, (uint256));
    }

    /// @dev Keeps the invariant that makes committee members unable to escape a slash: a stake
    ///      that starts to exit stays in Staking until every slash of its epochs can have run.
    function _requireExitDelayCoversSlasher() private view {
        uint256 minimum = requiredExitDelay();
        uint256 exitDelay = STAKING.exitDelay();
        if (exitDelay < minimum) {
            revert Errors.SptnGovernance__ExitDelayTooShort(exitDelay, minimum);
        }
    }

    /// @notice Disabled: an ownerless deployment could never change its sequencers again.
    function renounceOwnership() public view override onlyOwner {
        revert Errors.SptnGovernance__RenounceDisabled();
    }
}
