// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Test} from "forge-std/Test.sol";

import {IStaking} from "../../contracts/interfaces/IStaking.sol";
import {Staking} from "../../contracts/staking/Staking.sol";
import {AZT} from "../../contracts/token/AZT.sol";
import {StakingHandler} from "./StakingHandler.sol";

/// @notice Staking's safety claims (docs/governance.md, docs/threat-model.md) over random
///         histories that include a squatting staker, a compromised owner and a thief slasher.
contract StakingInvariants is Test {
    StakingHandler internal handler;
    Staking internal staking;

    function setUp() public {
        vm.warp(1_700_000_000);
        handler = new StakingHandler();
        staking = handler.staking();
        targetContract(address(handler));
        bytes4[] memory selectors = new bytes4[](18);
        selectors[0] = StakingHandler.stake.selector;
        selectors[1] = StakingHandler.activate.selector;
        selectors[2] = StakingHandler.deactivate.selector;
        selectors[3] = StakingHandler.initiateExit.selector;
        selectors[4] = StakingHandler.withdraw.selector;
        selectors[5] = StakingHandler.slash.selector;
        selectors[6] = StakingHandler.warp.selector;
        selectors[7] = StakingHandler.stakeAndActivate.selector;
        selectors[8] = StakingHandler.lock.selector;
        selectors[9] = StakingHandler.squat.selector;
        selectors[10] = StakingHandler.ownerQueuesSlasher.selector;
        selectors[11] = StakingHandler.ownerSetsExitDelay.selector;
        selectors[12] = StakingHandler.activateSlasher.selector;
        selectors[13] = StakingHandler.thiefSlashes.selector;
        selectors[14] = StakingHandler.initiateExit.selector;
        selectors[15] = StakingHandler.stakeAndActivate.selector;
        selectors[16] = StakingHandler.stakerReactsLate.selector;
        selectors[17] = StakingHandler.ownerSetsInitialSlasher.selector;
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

    /// @custom:invariant Slashed stake only ever reaches the reward pool fixed at deployment:
    ///                   neither the slasher nor a thief the owner swapped in holds any of it.
    function invariant_slashedStakeOnlyReachesThePool() public view {
        AZT token = handler.token();
        assertEq(token.balanceOf(address(handler.pool())), handler.ghostSlashed());
        assertEq(token.balanceOf(handler.slasher()), 0);
        assertEq(token.balanceOf(handler.thief()), 0);
    }

    /// @custom:invariant Nobody squats an attester: every stake's withdrawer is the one its
    ///                   attester chose, and no stake was ever opened without its authorisation.
    function invariant_noSquatting() public view {
        assertFalse(handler.ghostSquatted());
        for (uint256 i = 0; i < handler.attesterCount(); ++i) {
            address a = handler.attesters(i);
            IStaking.StakeInfo memory s = staking.getStake(a);
            if (s.status == IStaking.Status.NONE) continue;
            assertEq(s.withdrawer, handler.ghostChosenWithdrawer(a));
        }
    }

    /// @custom:invariant A compromised owner cannot take stake at once: a queued slasher never
    ///                   slashes before its activation, and every stake whose exit started
    ///                   within one exit delay of the queueing is withdrawable when it activates.
    function invariant_slasherChangeLetsStakersLeave() public view {
        assertFalse(handler.ghostEarlyTheft());
        assertFalse(handler.ghostTrapped());
        assertFalse(handler.ghostThiefAtOnce());
    }

    /// @custom:invariant A stake is never withdrawn while locked (named in a live proposal).
    function invariant_lockedStakeNeverWithdrawn() public view {
        assertFalse(handler.ghostLockedWithdrawn());
    }

    /// @custom:invariant Every active attester holds at least the minimum stake: a slash that
    ///                   leaves less removes it from the set, kick or not.
    function invariant_activeAttestersHoldTheMinimum() public view {
        for (uint256 i = 0; i < handler.attesterCount(); ++i) {
            IStaking.StakeInfo memory s = staking.getStake(handler.attesters(i));
            if (s.status == IStaking.Status.ACTIVE) assertGe(s.amount, staking.minimumStake());
        }
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
