// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

import {IRewardPool} from "../interfaces/IRewardPool.sol";
import {Errors} from "../libraries/Errors.sol";

/// @title RewardPool
/// @notice A deployment's purse of AZT. The top-level governance funds it (mints or transfers AZT
///         to it); the rollup pays proposer rewards from it.
/// @dev The owner is the deployment's SptnGovernance. Deposits are plain transfers, so the pool's
///      balance is its token balance and the token's Transfer events are its funding history.
contract RewardPool is IRewardPool, Ownable {
    using SafeERC20 for IERC20;

    IERC20 private immutable TOKEN;

    /// @inheritdoc IRewardPool
    address public rollup;

    /// @param token_ The token paid out (AZT).
    /// @param initialOwner The deployer, who hands the pool to SptnGovernance once it exists.
    constructor(IERC20 token_, address initialOwner) Ownable(initialOwner) {
        if (address(token_) == address(0)) revert Errors.RewardPool__ZeroAddress();
        TOKEN = token_;
    }

    /// @inheritdoc IRewardPool
    function token() external view returns (IERC20) {
        return TOKEN;
    }

    /// @inheritdoc IRewardPool
    function setRollup(address rollup_) external onlyOwner {
        if (rollup_ == address(0)) revert Errors.RewardPool__ZeroAddress();
        address previous = rollup;
        if (rollup_ == previous) revert Errors.RewardPool__SameRollup(rollup_);
        rollup = rollup_;
        emit RollupSet(previous, rollup_);
    }

    /// @inheritdoc IRewardPool
    function pay(address to, uint256 amount) external returns (uint256 paid) {
        if (msg.sender != rollup) revert Errors.RewardPool__NotRollup(msg.sender, rollup);
        if (to == address(0)) revert Errors.RewardPool__ZeroAddress();
        uint256 balance = TOKEN.balanceOf(address(this));
        paid = amount < balance ? amount : balance;
        // Cannot underflow: paid <= amount.
        unchecked {
            emit RewardPaid(to, paid, amount - paid);
        }
        if (paid > 0) TOKEN.safeTransfer(to, paid);
    }

    /// @notice Disabled: an ownerless pool could never change its rollup again.
    function renounceOwnership() public view override onlyOwner {
        revert Errors.RewardPool__RenounceDisabled();
    }
}
