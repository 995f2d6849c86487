// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {IRewardPool} from "../../interfaces/IRewardPool.sol";
import {IRollup} from "../../interfaces/IRollup.sol";
import {Errors} from "../../libraries/Errors.sol";

/// @title RewardLib
/// @notice Proposer rewards: credited to a block's coinbase when the block is proven (both the
///         assured and the proven reward, at once: a block pruned unproven earns nothing), paid
///         from the RewardPool when claimed. Storage is namespaced (ERC-7201
///         `sptn.rollup.rewards`).
/// @dev An empty pool never blocks the chain: crediting touches only this storage, never the
///      pool; a claim pays what the pool holds and keeps the rest owed.
library RewardLib {
    /// @custom:storage-location erc7201:sptn.rollup.rewards
    struct Storage {
        mapping(address account => uint256) owed;
    }

    /// @dev keccak256(abi.encode(uint256(keccak256("sptn.rollup.rewards")) - 1)) & ~bytes32(0xff)
    bytes32 private constant STORAGE_SLOT =
        0xd61569b8aa3da1a86781355da31ec6a873c2271bf13d3d0aa899378a57257a00;

    function getStorage() internal pure returns (Storage storage s) {
        assembly ("memory-safe") {
            s.slot := STORAGE_SLOT
        }
    }

    /// @notice Credits `amount` to `coinbase` (nothing happens for 0) and says so.
    function credit(address coinbase, uint256 amount) internal {
        if (amount == 0) return;
        getStorage().owed[coinbase] += amount;
        emit IRollup.RewardsCredited(coinbase, amount);
    }

    /// @notice Rewards credited to `account` and not yet paid.
    function owed(address account) internal view returns (uint256) {
        return getStorage().owed[account];
    }

    /// @notice Pays `account` its owed rewards from `pool`, as much as the pool holds.
    function claim(IRewardPool pool, address account) internal returns (uint256 paid) {
        Storage storage s = getStorage();
        uint256 due = s.owed[account];
        if (due == 0) revert Errors.Rollup__NoRewards(account);
        s.owed[account] = 0;
        paid = pool.pay(account, due);
        uint256 left = due - paid;
        if (left != 0) s.owed[account] = left;
        emit IRollup.RewardsClaimed(account, paid, left);
    }
}
