// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Test} from "forge-std/Test.sol";

import {Deploy} from "../../script/Deploy.s.sol";

/// @notice Runs the deploy script in the EVM of the test: the bootstrap leaves the deployer with
///         no power at all, and the parameters come from the environment.
contract DeployTest is Test {
    string internal constant FILE = "deployments/.forge-deploy-test.json";

    function setUp() public {
        // Not forge's default timestamp of 1: the timelock reads a ready time of 1 as "done".
        vm.warp(1_700_000_000);
        vm.setEnv("DEPLOYMENTS_FILE", FILE);
        vm.setEnv("TLG_VOTING_PERIOD", "30");
        vm.setEnv("STAKING_EXIT_DELAY", "60");
    }

    function test_run_deployerKeepsNoPower_succeeds() public {
        Deploy script = new Deploy();
        Deploy.Deployment memory d = script.run();
        address deployer = address(this); // run()'s msg.sender
        vm.removeFile(FILE);

        // Environment and defaults.
        assertEq(d.tlg.votingPeriod(), 30);
        assertEq(d.tlg.votingDelay(), 1 days);
        assertEq(d.staking.exitDelay(), 60);
        assertEq(d.timelock.getMinDelay(), 2 days);
        assertEq(d.token.balanceOf(deployer), 1_000_000_000e18);
        assertEq(d.token.delegates(deployer), deployer);

        // The deployer can neither mint nor schedule nor administer the timelock.
        vm.startPrank(deployer);
        vm.expectRevert(
            abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, deployer)
        );
        d.token.mint(deployer, 1);
        bytes32 proposer = d.timelock.PROPOSER_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, deployer, proposer
            )
        );
        d.timelock.schedule(address(d.token), 0, "", 0, 0, 2 days);
        bytes32 admin = d.timelock.DEFAULT_ADMIN_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, deployer, admin
            )
        );
        d.timelock.grantRole(proposer, deployer);
        vm.expectRevert(
            abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, deployer)
        );
        d.registry.setCanonical(1);
        vm.stopPrank();
        // The deployer is the PoG admin by default (SPTN_ADMIN).
        assertEq(d.sptnGovernance.owner(), deployer);
    }
}
