// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Test} from "forge-std/Test.sol";

import {IStaking} from "../../contracts/interfaces/IStaking.sol";
import {Staking} from "../../contracts/staking/Staking.sol";
import {StakingHandler} from "./StakingHandler.sol";

contract StakingInvariants is Test {
    StakingHandler internal handler;
    Staking internal staking;

    function setUp() public {
        vm.warp(1_700_000_000);
        handler = new StakingHandler();
        staking = handler.staking();
        targetContract(address(handler));
        bytes4[] memory selectors = new bytes4[](8);
        selectors[0] = StakingHandler.stake.selector;
        selectors[1] = StakingHandler.activate.selector;
        selectors[2] = StakingHandler.deactivate.selector;
        selectors[3] = StakingHandler.initiateExit.selector;
        selectors[4] = StakingHandler.withdraw.selector;
        selectors[5] = StakingHandler.slash.selector;
        selectors[6] = StakingHandler.warp.selector;
        selectors[7] = StakingHandler.stakeAndActivate.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    /// @custom:invariant Staking's AZT balance equals the sum of all stakes (active, inactive and
    ///                   exiting, i.e. pending withdrawals), and what came in minus what left.
    function invariant_balanceEqualsStakesPlusPendingWithdrawals() public view {
        uint256 sum;
        for (uint256 i = 0; i < handler.attesterCount(); ++i) {
            sum += staking.getStake(handler.attesters(i)).amount;
        }
        uint256 balance = handler.token().balanceOf(address(staking));
        assertEq(balance, sum);
        assertEq(balance, handler.ghostStaked() - handler.ghostWithdrawn() - handler.ghostSlashed());
    }

    /// @custom:invariant The active set holds exactly the ACTIVE attesters, each once: a removed,
    ///                   kicked, exiting or withdrawn attester is never in it.
    function invariant_activeSetIsExactlyTheActiveStakes() public view {
        address[] memory set = staking.getActiveAttesters();
        assertEq(set.length, staking.getActiveSetSize());
        uint256 active;
        for (uint256 i = 0; i < handler.attesterCount(); ++i) {
            address a = handler.attesters(i);
            bool isActive = staking.getStake(a).status == IStaking.Status.ACTIVE;
            assertEq(staking.isActive(a), isActive);
            uint256 seen;
            for (uint256 j = 0; j < set.length; ++j) {
                if (set[j] == a) ++seen;
            }
            assertEq(seen, isActive ? 1 : 0);
            if (isActive) ++active;
        }
        assertEq(active, set.length);
    }

    /// @custom:invariant No one but a stake's withdrawer ever exited or withdrew it (the slasher
    ///                   takes stake by design; its takings are in the balance invariant).
    function invariant_onlyTheWithdrawerMovesAStake() public view {
        assertFalse(handler.ghostForeignMove());
    }

    /// @custom:invariant A snapshot of the active set never changes once time has moved past it.
    function invariant_pastSnapshotsNeverChange() public view {
        uint256 n = handler.snapshotCount();
        for (uint256 i = 0; i < n; ++i) {
            uint256 t = handler.snapshotTimes(i);
            address[] memory want = handler.snapshotSet(i);
            address[] memory got = staking.getActiveAttestersAt(t);
            assertEq(got.length, want.length);
            for (uint256 j = 0; j < got.length; ++j) {
                assertEq(got[j], want[j]);
            }
        }
    }
}
