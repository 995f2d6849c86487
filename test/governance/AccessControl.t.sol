// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {Panic} from "@openzeppelin/contracts/utils/Panic.sol";

import {IRegistry} from "../../contracts/interfaces/IRegistry.sol";
import {Errors} from "../../contracts/libraries/Errors.sol";
import {RollupStub} from "../utils/RollupStub.sol";
import {SlasherStub} from "../utils/SlasherStub.sol";
import {SuiteFixture} from "../utils/SuiteFixture.sol";

/// @title AccessControlMatrixTest
/// @notice Every privileged function of the suite, called by every role. Exactly the role that
///         may call it succeeds; every other role reverts with the guard's own error naming the
///         caller. The TLG's self-settings succeed for nobody directly (only through a proposal,
///         see TopLevelGovernance.t.sol).
contract AccessControlMatrixTest is SuiteFixture {
    enum Guard {
        OWNABLE,
        SLASHER,
        WITHDRAWER,
        ROLLUP,
        GOVERNOR,
        TIMELOCK_SELF,
        TIMELOCK_ROLE
    }

    struct Case {
        string name;
        address target;
        bytes data;
        address allowed;
        Guard guard;
        bytes32 role; // TIMELOCK_ROLE: the role needed; WITHDRAWER: the attester (as bytes32)
    }

    address internal slasher;
    address internal withdrawer = makeAddr("withdrawer");
    address internal rollup;
    address internal stranger = makeAddr("stranger");
    address internal active = makeAddr("active");
    address internal staked = makeAddr("staked");
    address internal exited = makeAddr("exited");

    address[] internal roles;

    function setUp() public override {
        super.setUp();
        rollup = address(new RollupStub(address(sptnGovernance)));
        slasher = address(new SlasherStub(0));
        vm.startPrank(holder);
        assertTrue(token.transfer(address(rewardPool), 10e18));
        assertTrue(token.transfer(active, MIN_STAKE));
        assertTrue(token.transfer(staked, MIN_STAKE));
        assertTrue(token.transfer(exited, MIN_STAKE));
        vm.stopPrank();
        // The slasher is named before anyone stakes; each attester opens its own stake (only it
        // may choose its withdrawer).
        vm.prank(admin);
        sptnGovernance.queueSlasher(slasher);
        address[3] memory own = [active, staked, exited];
        for (uint256 k = 0; k < 3; ++k) {
            vm.startPrank(own[k]);
            token.approve(address(staking), MIN_STAKE);
            staking.stake(own[k], withdrawer, MIN_STAKE);
            vm.stopPrank();
        }
        vm.startPrank(admin);
        sptnGovernance.addSequencer(active);
        sptnGovernance.setRollup(rollup);
        vm.stopPrank();
        (, uint256 activatesAt) = staking.pendingSlasher();
        vm.warp(activatesAt);
        staking.activateSlasher();
        vm.prank(withdrawer);
        staking.initiateExit(exited);
        vm.warp(block.timestamp + EXIT_DELAY);
        vm.prank(address(timelock));
        registry.register(_deployment());

        roles = [
            deployer,
            holder,
            admin,
            address(timelock),
            address(tlg),
            address(sptnGovernance),
            slasher,
            withdrawer,
            rollup,
            stranger
        ];
    }

    function _deployment() internal view returns (IRegistry.Deployment memory) {
        return IRegistry.Deployment({
            name: "matrix",
            rollup: address(0),
            staking: address(staking),
            governance: address(sptnGovernance),
            rewardPool: address(rewardPool),
            registeredAt: 0
        });
    }

    function _cases() internal view returns (Case[] memory c) {
        address tl = address(timelock);
        address gov = address(sptnGovernance);
        c = new Case[](36);
        uint256 i;
        // AZT: the timelock mints and owns.
        c[i++] = Case(
            "AZT.mint",
            address(token),
            abi.encodeCall(token.mint, (stranger, 1)),
            tl,
            Guard.OWNABLE,
            0
        );
        c[i++] = Case(
            "AZT.transferOwnership",
            address(token),
            abi.encodeCall(token.transferOwnership, (stranger)),
            tl,
            Guard.OWNABLE,
            0
        );
        // Registry: the timelock.
        c[i++] = Case(
            "Registry.register",
            address(registry),
            abi.encodeCall(registry.register, (_deployment())),
            tl,
            Guard.OWNABLE,
            0
        );
        c[i++] = Case(
            "Registry.setCanonical",
            address(registry),
            abi.encodeCall(registry.setCanonical, (1)),
            tl,
            Guard.OWNABLE,
            0
        );
        c[i++] = Case(
            "Registry.transferOwnership",
            address(registry),
            abi.encodeCall(registry.transferOwnership, (stranger)),
            tl,
            Guard.OWNABLE,
            0
        );
        // Staking: SptnGovernance governs, the slasher slashes, the withdrawer exits.
        c[i++] = Case(
            "Staking.activate",
            address(staking),
            abi.encodeCall(staking.activate, (staked)),
            gov,
            Guard.OWNABLE,
            0
        );
        c[i++] = Case(
            "Staking.deactivate",
            address(staking),
            abi.encodeCall(staking.deactivate, (active)),
            gov,
            Guard.OWNABLE,
            0
        );
        c[i++] = Case(
            "Staking.setMinimumStake",
            address(staking),
            abi.encodeCall(staking.setMinimumStake, (1)),
            gov,
            Guard.OWNABLE,
            0
        );
        c[i++] = Case(
            "Staking.setExitDelay",
            address(staking),
            abi.encodeCall(staking.setExitDelay, (1)),
            gov,
            Guard.OWNABLE,
            0
        );
        c[i++] = Case(
            "Staking.queueSlasher",
            address(staking),
            abi.encodeCall(staking.queueSlasher, (slasher)),
            gov,
            Guard.OWNABLE,
            0
        );
        c[i++] = Case(
            "Staking.transferOwnership",
            address(staking),
            abi.encodeCall(staking.transferOwnership, (stranger)),
            gov,
            Guard.OWNABLE,
            0
        );
        c[i++] = Case(
            "Staking.slash",
            address(staking),
            abi.encodeCall(staking.slash, (active, 1, true)),
            slasher,
            Guard.SLASHER,
            0
        );
        c[i++] = Case(
            "Staking.lock",
            address(staking),
            abi.encodeCall(staking.lock, (_one(active), block.timestamp + 1 days)),
            slasher,
            Guard.SLASHER,
            0
        );
        c[i++] = Case(
            "Staking.initiateExit",
            address(staking),
            abi.encodeCall(staking.initiateExit, (active)),
            withdrawer,
            Guard.WITHDRAWER,
            bytes32(uint256(uint160(active)))
        );
        c[i++] = Case(
            "Staking.withdraw",
            address(staking),
            abi.encodeCall(staking.withdraw, (exited, withdrawer)),
            withdrawer,
            Guard.WITHDRAWER,
            bytes32(uint256(uint160(exited)))
        );
        // RewardPool: SptnGovernance sets the rollup, the rollup pays.
        c[i++] = Case(
            "RewardPool.setRollup",
            address(rewardPool),
            abi.encodeCall(rewardPool.setRollup, (stranger)),
            gov,
            Guard.OWNABLE,
            0
        );
        c[i++] = Case(
            "RewardPool.transferOwnership",
            address(rewardPool),
            abi.encodeCall(rewardPool.transferOwnership, (stranger)),
            gov,
            Guard.OWNABLE,
            0
        );
        c[i++] = Case(
            "RewardPool.pay",
            address(rewardPool),
            abi.encodeCall(rewardPool.pay, (stranger, 1)),
            rollup,
            Guard.ROLLUP,
            0
        );
        // SptnGovernance: its admin.
        c[i++] = Case(
            "SptnGovernance.addSequencer",
            gov,
            abi.encodeCall(sptnGovernance.addSequencer, (staked)),
            admin,
            Guard.OWNABLE,
            0
        );
        c[i++] = Case(
            "SptnGovernance.removeSequencer",
            gov,
            abi.encodeCall(sptnGovernance.removeSequencer, (active)),
            admin,
            Guard.OWNABLE,
            0
        );
        c[i++] = Case(
            "SptnGovernance.setMinimumStake",
            gov,
            abi.encodeCall(sptnGovernance.setMinimumStake, (1)),
            admin,
            Guard.OWNABLE,
            0
        );
        c[i++] = Case(
            "SptnGovernance.setExitDelay",
            gov,
            abi.encodeCall(sptnGovernance.setExitDelay, (1)),
            admin,
            Guard.OWNABLE,
            0
        );
        c[i++] = Case(
            "SptnGovernance.queueSlasher",
            gov,
            abi.encodeCall(sptnGovernance.queueSlasher, (slasher)),
            admin,
            Guard.OWNABLE,
            0
        );
        c[i++] = Case(
            "SptnGovernance.setRollup",
            gov,
            abi.encodeCall(sptnGovernance.setRollup, (stranger)),
            admin,
            Guard.OWNABLE,
            0
        );
        c[i++] = Case(
            "SptnGovernance.configureRollup",
            gov,
            abi.encodeCall(
                sptnGovernance.configureRollup, (abi.encodeCall(RollupStub.setReward, (1)))
            ),
            admin,
            Guard.OWNABLE,
            0
        );
        c[i++] = Case(
            "SptnGovernance.transferOwnership",
            gov,
            abi.encodeCall(sptnGovernance.transferOwnership, (stranger)),
            admin,
            Guard.OWNABLE,
            0
        );
        // TLG: settings only through its own proposals (nobody directly).
        c[i++] = Case(
            "TLG.setVotingDelay",
            address(tlg),
            abi.encodeCall(tlg.setVotingDelay, (1)),
            address(0),
            Guard.GOVERNOR,
            0
        );
        c[i++] = Case(
            "TLG.setVotingPeriod",
            address(tlg),
            abi.encodeCall(tlg.setVotingPeriod, (1)),
            address(0),
            Guard.GOVERNOR,
            0
        );
        c[i++] = Case(
            "TLG.setProposalThreshold",
            address(tlg),
            abi.encodeCall(tlg.setProposalThreshold, (0)),
            address(0),
            Guard.GOVERNOR,
            0
        );
        c[i++] = Case(
            "TLG.updateQuorumNumerator",
            address(tlg),
            abi.encodeCall(tlg.updateQuorumNumerator, (10)),
            address(0),
            Guard.GOVERNOR,
            0
        );
        c[i++] = Case(
            "TLG.updateTimelock",
            address(tlg),
            abi.encodeCall(tlg.updateTimelock, (TimelockController(payable(stranger)))),
            address(0),
            Guard.GOVERNOR,
            0
        );
        c[i++] = Case(
            "TLG.relay",
            address(tlg),
            abi.encodeCall(tlg.relay, (address(token), 0, "")),
            address(0),
            Guard.GOVERNOR,
            0
        );
        // Timelock: the TLG proposes and cancels, only the timelock administers itself.
        c[i++] = Case(
            "Timelock.schedule",
            tl,
            abi.encodeCall(timelock.schedule, (address(token), 0, "", 0, 0, TIMELOCK_DELAY)),
            address(tlg),
            Guard.TIMELOCK_ROLE,
            timelock.PROPOSER_ROLE()
        );
        c[i++] = Case(
            "Timelock.updateDelay",
            tl,
            abi.encodeCall(timelock.updateDelay, (1)),
            tl,
            Guard.TIMELOCK_SELF,
            0
        );
        c[i++] = Case(
            "Timelock.grantRole",
            tl,
            abi.encodeCall(timelock.grantRole, (timelock.PROPOSER_ROLE(), stranger)),
            tl,
            Guard.TIMELOCK_ROLE,
            timelock.DEFAULT_ADMIN_ROLE()
        );
        c[i++] = Case(
            "Timelock.revokeRole",
            tl,
            abi.encodeCall(timelock.revokeRole, (timelock.PROPOSER_ROLE(), address(tlg))),
            tl,
            Guard.TIMELOCK_ROLE,
            timelock.DEFAULT_ADMIN_ROLE()
        );
        assertEq(i, c.length);
    }

    function _one(address a) internal pure returns (address[] memory v) {
        v = new address[](1);
        v[0] = a;
    }

    function _denial(Case memory c, address caller) internal view returns (bytes memory) {
        if (c.guard == Guard.OWNABLE) {
            return abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, caller);
        }
        if (c.guard == Guard.SLASHER) {
            return abi.encodeWithSelector(Errors.Staking__NotSlasher.selector, caller, slasher);
        }
        if (c.guard == Guard.WITHDRAWER) {
            address attester = address(uint160(uint256(c.role)));
            return abi.encodeWithSelector(
                Errors.Staking__NotWithdrawer.selector, attester, caller, withdrawer
            );
        }
        if (c.guard == Guard.ROLLUP) {
            return abi.encodeWithSelector(Errors.RewardPool__NotRollup.selector, caller, rollup);
        }
        if (c.guard == Guard.GOVERNOR) {
            // The timelock is the executor, but outside a proposal's execution nothing is queued:
            // popping the empty governance-call queue panics.
            if (caller == address(timelock)) {
                return abi.encodeWithSignature("Panic(uint256)", Panic.EMPTY_ARRAY_POP);
            }
            return abi.encodeWithSelector(IGovernor.GovernorOnlyExecutor.selector, caller);
        }
        if (c.guard == Guard.TIMELOCK_SELF) {
            return
                abi.encodeWithSelector(
                    TimelockController.TimelockUnauthorizedCaller.selector, caller
                );
        }
        return abi.encodeWithSelector(
            IAccessControl.AccessControlUnauthorizedAccount.selector, caller, c.role
        );
    }

    function test_accessControlMatrix_onlyTheRoleSucceeds() public {
        Case[] memory cases = _cases();
        uint256 allowedCalls;
        for (uint256 i = 0; i < cases.length; ++i) {
            Case memory c = cases[i];
            for (uint256 r = 0; r < roles.length; ++r) {
                address caller = roles[r];
                uint256 snapshot = vm.snapshotState();
                vm.prank(caller);
                (bool ok, bytes memory ret) = c.target.call(c.data);
                if (caller == c.allowed) {
                    assertTrue(ok, string.concat(c.name, ": the allowed role reverted"));
                    ++allowedCalls;
                } else {
                    assertFalse(ok, string.concat(c.name, ": a denied role succeeded"));
                    assertEq(ret, _denial(c, caller), string.concat(c.name, ": wrong denial"));
                }
                vm.revertToState(snapshot);
            }
        }
        // Every case but the six TLG settings has exactly one allowed role among `roles`.
        assertEq(allowedCalls, cases.length - 6);
    }
}

/// @title AccessControlInitialSlasherTest
/// @notice `setInitialSlasher`, which the matrix above cannot hold (its set-up names the slasher
///         before anyone stakes, and a named slasher makes the call revert for every caller):
///         on a suite whose slasher is not named yet, every role but the owner is refused with
///         Ownable's error naming it, on SptnGovernance and on Staking alike, and the owner
///         names it.
contract AccessControlInitialSlasherTest is SuiteFixture {
    function test_setInitialSlasher_onlyTheOwnerSucceeds() public {
        address slasher = address(new SlasherStub(0));
        address stranger = makeAddr("stranger");
        address[6] memory roles =
            [deployer, holder, admin, address(timelock), address(sptnGovernance), stranger];
        for (uint256 r = 0; r < roles.length; ++r) {
            address caller = roles[r];
            if (caller != admin) {
                vm.prank(caller);
                vm.expectRevert(
                    abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, caller)
                );
                sptnGovernance.setInitialSlasher(slasher);
            }
            if (caller != address(sptnGovernance)) {
                vm.prank(caller);
                vm.expectRevert(
                    abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, caller)
                );
                staking.setInitialSlasher(slasher);
            }
        }
        assertEq(staking.slasher(), address(0), "refused calls named nobody");
        vm.prank(admin);
        sptnGovernance.setInitialSlasher(slasher);
        assertEq(staking.slasher(), slasher, "the owner names it");
    }
}
