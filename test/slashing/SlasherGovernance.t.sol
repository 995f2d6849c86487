// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

import {SptnGovernance} from "../../contracts/governance/SptnGovernance.sol";
import {RollupParams} from "../../contracts/interfaces/IRollup.sol";
import {ISlasher, SlasherParams} from "../../contracts/interfaces/ISlasher.sol";
import {ISptnGovernance} from "../../contracts/interfaces/ISptnGovernance.sol";
import {Errors} from "../../contracts/libraries/Errors.sol";
import {Rollup} from "../../contracts/rollup/Rollup.sol";
import {Slasher} from "../../contracts/slashing/Slasher.sol";
import {SlasherBase} from "./SlasherBase.sol";

/// @notice The Slasher wired as script/DeployRollup.s.sol wires it: SptnGovernance owns Staking,
///         the Rollup and the Slasher, makes the Slasher Staking's slasher, and keeps Staking's
///         exit delay at or above the Slasher's `minimumExitDelay` whatever changes.
contract SlasherGovernanceTest is SlasherBase {
    SptnGovernance internal gov;
    address internal admin = makeAddr("admin");
    uint256 internal minimum;

    function setUp() public override {
        super.setUp();
        gov = new SptnGovernance(admin, staking, pool);
        staking.transferOwnership(address(gov));
        pool.transferOwnership(address(gov)); // RollupBase already pointed the pool at the rollup
        // The rollup and the slasher move to SptnGovernance, which accepts through configure*.
        vm.prank(governance);
        rollup.transferOwnership(address(gov));
        vm.prank(admin);
        gov.configureRollup(abi.encodeCall(Ownable2StepLike.acceptOwnership, ()));
        slasher = new Slasher(rollup, staking, address(gov), _slasherParams());
        _queueAndActivate(address(slasher));
        minimum = slasher.minimumExitDelay();
    }

    /// @dev The admin queues `next` through SptnGovernance; anyone activates it after the delay,
    ///      then the clock comes back (see SlasherBase._installSlasher).
    function _queueAndActivate(address next) internal {
        uint256 t = block.timestamp;
        vm.prank(admin);
        gov.queueSlasher(next);
        (, uint256 activatesAt) = staking.pendingSlasher();
        vm.warp(activatesAt);
        staking.activateSlasher();
        vm.warp(t);
    }

    function test_queueSlasher_wiring_succeeds() public view {
        assertEq(staking.slasher(), address(slasher));
        assertEq(slasher.owner(), address(gov));
        assertEq(rollup.owner(), address(gov));
        assertEq(gov.requiredExitDelay(), minimum);
    }

    function test_setExitDelay_atMinimum_succeeds() public {
        vm.prank(admin);
        gov.setExitDelay(minimum);
        assertEq(staking.exitDelay(), minimum);
    }

    function test_setExitDelay_belowMinimum_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Staking__ExitDelayBelowSlasherMinimum.selector, minimum - 1, minimum
            )
        );
        vm.prank(admin);
        gov.setExitDelay(minimum - 1);
    }

    function test_queueSlasher_exitDelayTooShort_reverts() public {
        _queueAndActivate(address(0));
        vm.prank(admin);
        gov.setExitDelay(minimum - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Staking__ExitDelayBelowSlasherMinimum.selector, minimum - 1, minimum
            )
        );
        vm.prank(admin);
        gov.queueSlasher(address(slasher));
    }

    /// @notice Finding 6 of issue 14: the SptnGovernance owner could make an EOA the slasher
    ///         (`requiredExitDelay()` was 0 for it) and take every stake at once.
    function test_queueSlasher_eoa_reverts() public {
        address eoa = makeAddr("eoa");
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Staking__SlasherStatesNoExitDelay.selector, eoa)
        );
        vm.prank(admin);
        gov.queueSlasher(eoa);
    }

    /// @notice A queued slasher's minimum binds the exit delay as the current one's does.
    function test_requiredExitDelay_coversQueuedSlasher_succeeds() public {
        SlasherParams memory p = _slasherParams();
        p.votingPeriod += 1 days;
        Slasher next = new Slasher(rollup, staking, address(gov), p);
        vm.prank(admin);
        gov.queueSlasher(address(next));
        assertEq(gov.requiredExitDelay(), minimum + 1 days);
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Staking__ExitDelayBelowSlasherMinimum.selector, minimum, minimum + 1 days
            )
        );
        vm.prank(admin);
        gov.setExitDelay(minimum);
    }

    /// @notice The longest proof window the rollup allows (8 epochs) keeps the minimum: evidence
    ///         over an epoch may be filed longest as INACTIVITY (32 + 8 epochs after it), not as
    ///         PRUNED_EPOCH (1 + proof window), so the exit delay at the minimum still covers it.
    function test_configureRollup_longestProofWindow_keepsMinimum() public {
        vm.prank(admin);
        gov.setExitDelay(minimum);
        RollupParams memory p = rollup.getParams();
        p.proofWindowEpochs = uint64(rollup.MAX_PROOF_WINDOW_EPOCHS());
        vm.prank(admin);
        gov.configureRollup(abi.encodeCall(Rollup.setParams, (p)));
        assertEq(rollup.getParams().proofWindowEpochs, p.proofWindowEpochs);
        assertEq(slasher.minimumExitDelay(), minimum);
    }

    function test_configureSlasher_setParams_succeeds() public {
        SlasherParams memory p = _slasherParams();
        p.quorumBps = 1200;
        vm.expectEmit(address(gov));
        emit ISptnGovernance.SlasherConfigured(address(slasher), ISlasher.setParams.selector);
        vm.expectEmit(address(slasher));
        emit ISlasher.ParamsSet(p);
        vm.prank(admin);
        gov.configureSlasher(abi.encodeCall(ISlasher.setParams, (p)));
        assertEq(slasher.getParams().quorumBps, 1200);
    }

    function test_configureSlasher_longerVoteThanExitDelay_reverts() public {
        vm.prank(admin);
        gov.setExitDelay(minimum);
        SlasherParams memory p = _slasherParams();
        p.votingPeriod += 1;
        // The slasher itself refuses; SptnGovernance passes its revert through.
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Slasher__ExitDelayTooShort.selector, minimum, minimum + 1)
        );
        vm.prank(admin);
        gov.configureSlasher(abi.encodeCall(ISlasher.setParams, (p)));
    }

    function test_configureSlasher_noSlasher_reverts() public {
        _queueAndActivate(address(0));
        vm.expectRevert(Errors.SptnGovernance__NoSlasher.selector);
        vm.prank(admin);
        gov.configureSlasher(abi.encodeCall(ISlasher.setParams, (_slasherParams())));
    }

    function test_configureSlasher_notOwner_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, alice));
        vm.prank(alice);
        gov.configureSlasher(abi.encodeCall(ISlasher.setParams, (_slasherParams())));
    }
}

/// @dev The one Ownable2Step function the test calls through configureRollup.
interface Ownable2StepLike {
    function acceptOwnership() external;
}
