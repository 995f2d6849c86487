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
        slasher = new Slasher(rollup, staking, address(pool), address(gov), _slasherParams());
        vm.prank(admin);
        gov.setSlasher(address(slasher));
        minimum = slasher.minimumExitDelay();
    }

    function test_setSlasher_wiring_succeeds() public view {
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
                Errors.SptnGovernance__ExitDelayTooShort.selector, minimum - 1, minimum
            )
        );
        vm.prank(admin);
        gov.setExitDelay(minimum - 1);
    }

    function test_setSlasher_exitDelayTooShort_reverts() public {
        vm.startPrank(admin);
        gov.setSlasher(address(0));
        gov.setExitDelay(minimum - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.SptnGovernance__ExitDelayTooShort.selector, minimum - 1, minimum
            )
        );
        gov.setSlasher(address(slasher));
        vm.stopPrank();
    }

    function test_setSlasher_accountWithoutMinimum_succeeds() public {
        // An EOA (or a multisig) standing in as slasher states no minimum.
        address emergency = makeAddr("emergency");
        vm.startPrank(admin);
        gov.setSlasher(emergency);
        gov.setExitDelay(0);
        vm.stopPrank();
        assertEq(gov.requiredExitDelay(), 0);
        assertEq(staking.exitDelay(), 0);
    }

    function test_configureRollup_longerProofWindowThanExitDelay_reverts() public {
        vm.prank(admin);
        gov.setExitDelay(minimum);
        RollupParams memory p = rollup.getParams();
        p.proofWindowEpochs += 1;
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.SptnGovernance__ExitDelayTooShort.selector, minimum, minimum + EPOCH * SLOT
            )
        );
        vm.prank(admin);
        gov.configureRollup(abi.encodeCall(Rollup.setParams, (p)));
    }

    function test_configureRollup_longerProofWindowWithinExitDelay_succeeds() public {
        RollupParams memory p = rollup.getParams();
        p.proofWindowEpochs += 1;
        vm.prank(admin);
        gov.configureRollup(abi.encodeCall(Rollup.setParams, (p)));
        assertEq(slasher.minimumExitDelay(), minimum + EPOCH * SLOT);
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
        vm.prank(admin);
        gov.setSlasher(address(0));
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
