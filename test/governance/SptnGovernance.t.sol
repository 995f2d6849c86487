// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

import {SptnGovernance} from "../../contracts/governance/SptnGovernance.sol";
import {IRewardPool} from "../../contracts/interfaces/IRewardPool.sol";
import {ISptnGovernance} from "../../contracts/interfaces/ISptnGovernance.sol";
import {IStaking} from "../../contracts/interfaces/IStaking.sol";
import {Errors} from "../../contracts/libraries/Errors.sol";
import {RollupStub} from "../utils/RollupStub.sol";
import {SlasherStub} from "../utils/SlasherStub.sol";
import {SuiteFixture} from "../utils/SuiteFixture.sol";

contract SptnGovernanceTest is SuiteFixture {
    address internal attester = makeAddr("attester");
    address internal withdrawer = makeAddr("withdrawer");
    address internal stranger = makeAddr("stranger");

    bool internal slasherNamed;

    /// @dev The attester opens its own stake with AZT from the holder, once governance (whoever
    ///      owns SptnGovernance) named a slasher, a stub stating no minimum exit delay: nobody
    ///      stakes before.
    function _stake(uint256 amount) internal {
        if (!slasherNamed) {
            slasherNamed = true;
            address stub = address(new SlasherStub(0));
            vm.prank(sptnGovernance.owner());
            sptnGovernance.setInitialSlasher(stub);
        }
        vm.prank(holder);
        assertTrue(token.transfer(attester, amount));
        vm.startPrank(attester);
        token.approve(address(staking), amount);
        staking.stake(attester, withdrawer, amount);
        vm.stopPrank();
    }

    function test_constructor_wiring_succeeds() public view {
        assertEq(sptnGovernance.owner(), admin);
        assertEq(address(sptnGovernance.staking()), address(staking));
        assertEq(address(sptnGovernance.rewardPool()), address(rewardPool));
        assertEq(sptnGovernance.rollup(), address(0));
        assertEq(staking.owner(), address(sptnGovernance));
        assertEq(rewardPool.owner(), address(sptnGovernance));
    }

    function test_constructor_zeroStaking_reverts() public {
        vm.expectRevert(Errors.SptnGovernance__ZeroAddress.selector);
        new SptnGovernance(admin, IStaking(address(0)), rewardPool);
    }

    function test_constructor_zeroRewardPool_reverts() public {
        vm.expectRevert(Errors.SptnGovernance__ZeroAddress.selector);
        new SptnGovernance(admin, staking, IRewardPool(address(0)));
    }

    function test_addSequencer_staked_succeeds() public {
        _stake(MIN_STAKE);
        vm.expectEmit(address(staking));
        emit IStaking.AttesterActivated(attester, 0);
        vm.prank(admin);
        sptnGovernance.addSequencer(attester);
        assertTrue(staking.isActive(attester));
    }

    function test_addSequencer_belowMinimum_reverts() public {
        _stake(MIN_STAKE - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Staking__InsufficientStake.selector, attester, MIN_STAKE - 1, MIN_STAKE
            )
        );
        vm.prank(admin);
        sptnGovernance.addSequencer(attester);
    }

    function test_addSequencer_notStaked_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(Errors.Staking__NoStake.selector, attester));
        vm.prank(admin);
        sptnGovernance.addSequencer(attester);
    }

    function test_addSequencer_notOwner_reverts() public {
        _stake(MIN_STAKE);
        vm.expectRevert(
            abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger)
        );
        vm.prank(stranger);
        sptnGovernance.addSequencer(attester);
    }

    function test_removeSequencer_active_succeeds() public {
        _stake(MIN_STAKE);
        vm.startPrank(admin);
        sptnGovernance.addSequencer(attester);
        vm.expectEmit(address(staking));
        emit IStaking.AttesterDeactivated(attester);
        sptnGovernance.removeSequencer(attester);
        vm.stopPrank();
        assertFalse(staking.isActive(attester));
        assertEq(staking.getStake(attester).amount, MIN_STAKE);
    }

    function test_removeSequencer_notActive_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(Errors.Staking__NotActive.selector, attester));
        vm.prank(admin);
        sptnGovernance.removeSequencer(attester);
    }

    function test_setters_forwardToStakingAndPool_succeeds() public {
        address slasher = address(new SlasherStub(1 days));
        address rollup = makeAddr("rollup");
        vm.startPrank(admin);
        sptnGovernance.setMinimumStake(7e18);
        sptnGovernance.setExitDelay(3 days);
        // The exit delay was just lowered from EXIT_DELAY: that stays the notice (stakers react
        // within it), then the new delay to leave.
        vm.expectEmit(address(staking));
        emit IStaking.SlasherQueued(slasher, block.timestamp + EXIT_DELAY + 3 days);
        sptnGovernance.queueSlasher(slasher);
        vm.expectEmit(address(rewardPool));
        emit IRewardPool.RollupSet(address(0), rollup);
        sptnGovernance.setRollup(rollup);
        vm.stopPrank();
        assertEq(staking.minimumStake(), 7e18);
        assertEq(staking.exitDelay(), 3 days);
        assertEq(staking.slasher(), address(0), "a slasher takes over only after its delay");
        assertEq(sptnGovernance.requiredExitDelay(), 1 days);
        vm.warp(block.timestamp + EXIT_DELAY + 3 days);
        staking.activateSlasher();
        assertEq(staking.slasher(), slasher);
        assertEq(rewardPool.rollup(), rollup);
        assertEq(sptnGovernance.rollup(), rollup);
    }

    function test_setInitialSlasher_forwardsToStaking_succeeds() public {
        address slasher = address(new SlasherStub(1 days));
        vm.expectEmit(address(staking));
        emit IStaking.SlasherSet(slasher);
        vm.prank(admin);
        sptnGovernance.setInitialSlasher(slasher);
        assertEq(staking.slasher(), slasher, "the first slasher acts at once");
        assertEq(sptnGovernance.requiredExitDelay(), 1 days);
    }

    function test_setInitialSlasher_afterQueueSlasher_reverts() public {
        address queued = address(new SlasherStub(1 days));
        vm.prank(admin);
        sptnGovernance.queueSlasher(queued);
        address slasher = address(new SlasherStub(1 days));
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Staking__SlasherAlreadyNamed.selector, queued)
        );
        vm.prank(admin);
        sptnGovernance.setInitialSlasher(slasher);
    }

    function test_setInitialSlasher_notOwner_reverts() public {
        address slasher = address(new SlasherStub(1 days));
        vm.expectRevert(
            abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger)
        );
        vm.prank(stranger);
        sptnGovernance.setInitialSlasher(slasher);
    }

    function test_setMinimumStake_zero_reverts() public {
        vm.expectRevert(Errors.Staking__ZeroAmount.selector);
        vm.prank(admin);
        sptnGovernance.setMinimumStake(0);
    }

    function test_setRollup_zero_reverts() public {
        vm.expectRevert(Errors.RewardPool__ZeroAddress.selector);
        vm.prank(admin);
        sptnGovernance.setRollup(address(0));
    }

    function test_configureRollup_callsRollup_succeeds() public {
        RollupStub rollup = new RollupStub(address(sptnGovernance));
        vm.startPrank(admin);
        sptnGovernance.setRollup(address(rollup));
        bytes memory data = abi.encodeCall(RollupStub.setReward, (5e18));
        vm.expectEmit(address(sptnGovernance));
        emit ISptnGovernance.RollupConfigured(address(rollup), RollupStub.setReward.selector);
        bytes memory result = sptnGovernance.configureRollup(data);
        vm.stopPrank();
        assertEq(rollup.reward(), 5e18);
        assertEq(abi.decode(result, (uint256)), 0);
    }

    function test_configureRollup_rollupReverts_bubbles_reverts() public {
        RollupStub rollup = new RollupStub(stranger); // does not know this governance
        vm.startPrank(admin);
        sptnGovernance.setRollup(address(rollup));
        vm.expectRevert(
            abi.encodeWithSelector(
                RollupStub.RollupStub__Unauthorized.selector, address(sptnGovernance)
            )
        );
        sptnGovernance.configureRollup(abi.encodeCall(RollupStub.setReward, (1)));
        vm.stopPrank();
    }

    function test_configureRollup_noRollup_reverts() public {
        vm.expectRevert(Errors.SptnGovernance__NoRollup.selector);
        vm.prank(admin);
        sptnGovernance.configureRollup(hex"12345678");
    }

    function test_configureRollup_notOwner_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger)
        );
        vm.prank(stranger);
        sptnGovernance.configureRollup(hex"12345678");
    }

    function test_renounceOwnership_owner_reverts() public {
        vm.expectRevert(Errors.SptnGovernance__RenounceDisabled.selector);
        vm.prank(admin);
        sptnGovernance.renounceOwnership();
    }

    /// @notice The seed's "possible MainNet governance": the admin hands the deployment to the
    ///         TLG in two steps, and from then on only a token-holder vote adds sequencers.
    function test_handOverToTimelock_twoSteps_succeeds() public {
        vm.prank(admin);
        sptnGovernance.transferOwnership(address(timelock));
        assertEq(sptnGovernance.owner(), admin, "first step changes nothing yet");
        assertEq(sptnGovernance.pendingOwner(), address(timelock));

        passCall(
            address(sptnGovernance),
            abi.encodeCall(sptnGovernance.acceptOwnership, ()),
            "accept SptnGovernance"
        );
        assertEq(sptnGovernance.owner(), address(timelock));

        _stake(MIN_STAKE);
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, admin));
        vm.prank(admin);
        sptnGovernance.addSequencer(attester);

        passCall(
            address(sptnGovernance),
            abi.encodeCall(sptnGovernance.addSequencer, (attester)),
            "add a sequencer"
        );
        assertTrue(staking.isActive(attester));
    }
}
