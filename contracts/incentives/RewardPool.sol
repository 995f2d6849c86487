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
///      A rollup replaced by `setRollup` keeps paying for RETIRED_ROLLUP_WINDOW, so that what it
///      owes its proposers is not stranded (docs/governance.md, "Switching rollups").
contract RewardPool is IRewardPool, Ownable {
    using SafeERC20 for IERC20;

    /// @notice How long a replaced rollup may still pay what it owes.
    uint256 public constant RETIRED_ROLLUP_WINDOW = 30 days;

    IERC20 private immutable TOKEN;

    /// @inheritdoc IRewardPool
    address public rollup;
    /// @inheritdoc IRewardPool
    mapping(address rollup => uint256 timestamp) public retiredPaysUntil;

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
        if (previous != address(0)) {
            uint256 until = block.timestamp + RETIRED_ROLLUP_WINDOW;
            retiredPaysUntil[previous] = until;
            emit RollupRetired(previous, until);
        }
    }

    /// @inheritdoc IRewardPool
    function pay(address to, uint256 amount) external returns (uint256 paid) {
        // A retired rollup pays until its window ends; the window is 30 days of wall time.
        // forge-lint: disable-next-line(block-timestamp)
        if (msg.sender != rollup && block.timestamp > retiredPaysUntil[msg.sender]) {
            revert Errors.RewardPool__NotRollup(msg.sender, rollup);
        }
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
