// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {console2} from "forge-std/Test.sol";

import {SlasherStub} from "../utils/SlasherStub.sol";
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

    // ---- snapshots/Staking.json (forge writes them; checked in so that a change shows up) ------
    // Each measured call starts with Staking's and AZT's storage cold, as in its own transaction.

    function _cold() internal {
        vm.cool(address(staking));
        vm.cool(address(token));
    }

    function test_stake_gas_succeeds() public {
        token.mint(attester, MIN_STAKE);
        vm.startPrank(attester);
        token.approve(address(staking), MIN_STAKE);
        _cold();
        staking.stake(attester, withdrawer, MIN_STAKE);
        vm.snapshotGasLastCall("Staking", "stake_byAttester");
        vm.stopPrank();
    }

    function test_stakeWithAuthorization_gas_succeeds() public {
        bytes memory auth = _authorization(attester, withdrawer, block.timestamp);
        _cold();
        vm.prank(funder);
        staking.stakeWithAuthorization(attester, withdrawer, MIN_STAKE, block.timestamp, auth);
        vm.snapshotGasLastCall("Staking", "stakeWithAuthorization");
    }

    function test_lock_gas_succeeds() public {
        address[] memory named = new address[](4);
        for (uint256 i = 0; i < 4; ++i) {
            named[i] = _attester(i);
            _stakeAndActivate(named[i]);
        }
        _cold();
        vm.prank(slasher);
        staking.lock(named, block.timestamp + 3 days);
        vm.snapshotGasLastCall("Staking", "lock_4attesters");
    }

    function test_slash_gas_succeeds() public {
        _stakeAndActivate(attester);
        _cold();
        vm.prank(slasher);
        staking.slash(attester, MIN_STAKE, true);
        vm.snapshotGasLastCall("Staking", "slash_all_kick");
    }

    function test_withdraw_gas_succeeds() public {
        _stakeAndActivate(attester);
        _cold();
        vm.prank(withdrawer);
        staking.initiateExit(attester);
        vm.snapshotGasLastCall("Staking", "initiateExit_active");
        vm.warp(block.timestamp + EXIT_DELAY);
        _cold();
        vm.prank(withdrawer);
        staking.withdraw(attester, withdrawer);
        vm.snapshotGasLastCall("Staking", "withdraw");
    }

    function test_slasherChange_gas_succeeds() public {
        address next = address(new SlasherStub(0));
        _cold();
        vm.prank(governance);
        staking.queueSlasher(next);
        vm.snapshotGasLastCall("Staking", "queueSlasher");
        (, uint256 activatesAt) = staking.pendingSlasher();
        vm.warp(activatesAt);
        _cold();
        staking.activateSlasher();
        vm.snapshotGasLastCall("Staking", "activateSlasher");
    }
}
