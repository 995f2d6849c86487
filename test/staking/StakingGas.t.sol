// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {console2} from "forge-std/Test.sol";

import {StakingBase} from "./Staking.t.sol";

/// @notice What committee sampling pays to read the snapshotted active set: 48 members (the
///         production committee size), then 480 changes spread over time, then reads at the
///         timestamp before the churn. Bounds are loose ceilings (not timings), so the test fails
///         only if a read stops being a binary search over one position's history.
contract StakingGasTest is StakingBase {
    uint256 internal constant MEMBERS = 48;

    function test_gas_snapshotReads_areLogarithmic_succeeds() public {
        for (uint256 i = 0; i < MEMBERS; ++i) {
            _stakeAndActivate(_attester(i));
        }
        uint256 snapshot = block.timestamp;
        // Churn: every step removes a member from the middle and adds a fresh one.
        for (uint256 k = 0; k < 480; ++k) {
            vm.warp(block.timestamp + 12);
            address[] memory set = staking.getActiveAttesters();
            vm.prank(governance);
            staking.deactivate(set[(k * 7) % set.length]);
            _stakeAndActivate(_attester(MEMBERS + k));
        }

        uint256 before = gasleft();
        address member = staking.getActiveAttesterAt(17, snapshot);
        uint256 oneRead = before - gasleft();
        assertEq(member, _attester(17));

        before = gasleft();
        address[] memory committee = staking.getActiveAttestersAt(snapshot);
        uint256 wholeSet = before - gasleft();
        assertEq(committee.length, MEMBERS);

        before = gasleft();
        staking.getActiveAttesters();
        uint256 wholeSetNow = before - gasleft();

        console2.log("getActiveAttesterAt(i, past), gas:", oneRead);
        console2.log("getActiveAttestersAt(past), 48 members, gas:", wholeSet);
        console2.log("getActiveAttesters(), 48 members, gas:", wholeSetNow);
        assertLt(oneRead, 20_000);
        assertLt(wholeSet, MEMBERS * 10_000);
    }
}
