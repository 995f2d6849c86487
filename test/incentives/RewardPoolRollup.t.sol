// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Rollup} from "../../contracts/rollup/Rollup.sol";
import {RollupBase} from "../rollup/helpers/RollupBase.sol";

/// @notice The reward pool with the real rollup on both sides of a switch: what the old rollup
///         owes its proposers stays claimable from it after governance points the pool at a new
///         one (finding 8 of issue 14, docs/governance.md "Switching rollups").
contract RewardPoolRollupTest is RollupBase {
    function test_claimRewards_afterRollupSwitch_paysWhatTheOldRollupOwes() public {
        token.mint(address(pool), 100e18);
        // Two blocks of epoch 0, proven in epoch 1: both rewards of each are owed.
        _proposeRange(1, 2);
        _warpToEpoch(1);
        _prove(0);
        uint256 owed = rollup.rewardsOwed(coinbase);
        assertEq(owed, 2 * (ASSURED_REWARD + PROVEN_REWARD));

        Rollup next = _deploy(4);
        pool.setRollup(address(next));

        vm.prank(coinbase);
        uint256 paid = rollup.claimRewards();
        assertEq(paid, owed);
        assertEq(token.balanceOf(coinbase), owed);
        assertEq(rollup.rewardsOwed(coinbase), 0);
    }
}
