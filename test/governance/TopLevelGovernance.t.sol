// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";

import {IRegistry} from "../../contracts/interfaces/IRegistry.sol";
import {SuiteFixture} from "../utils/SuiteFixture.sol";

contract TopLevelGovernanceTest is SuiteFixture {
    address internal stranger = makeAddr("stranger");

    function test_constructor_settings_succeeds() public view {
        assertEq(tlg.name(), "SPTN Top-Level Governance");
        assertEq(address(tlg.token()), address(token));
        assertEq(tlg.timelock(), address(timelock));
        assertEq(tlg.votingDelay(), VOTING_DELAY);
        assertEq(tlg.votingPeriod(), VOTING_PERIOD);
        assertEq(tlg.proposalThreshold(), THRESHOLD);
        assertEq(tlg.quorumNumerator(), QUORUM_PERCENT);
        assertEq(tlg.CLOCK_MODE(), "mode=timestamp");
        assertEq(tlg.clock(), block.timestamp);
        assertEq(tlg.quorum(block.timestamp - 1), GENESIS * QUORUM_PERCENT / 100);
    }

    function test_mint_throughProposal_succeeds() public {
        passCall(address(token), abi.encodeCall(token.mint, (stranger, 5e18)), "mint");
        assertEq(token.balanceOf(stranger), 5e18);
        assertEq(token.totalSupply(), GENESIS + 5e18);
    }

    function test_mint_byTlgDirectly_reverts() public {
        // The governor is not the minter: its timelock is.
        vm.expectRevert(
            abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, address(tlg))
        );
        vm.prank(address(tlg));
        token.mint(stranger, 1);
    }

    function test_fundDeployment_mintsAndRegisters_succeeds() public {
        address[] memory targets = new address[](3);
        uint256[] memory values = new uint256[](3);
        bytes[] memory calldatas = new bytes[](3);
        targets[0] = address(token);
        calldatas[0] = abi.encodeCall(token.mint, (address(rewardPool), 1_000_000e18));
        targets[1] = address(registry);
        calldatas[1] = abi.encodeCall(
            registry.register,
            (IRegistry.Deployment({
                    name: "sptn-testnet",
                    rollup: address(0),
                    staking: address(staking),
                    governance: address(sptnGovernance),
                    rewardPool: address(rewardPool),
                    registeredAt: 0
                }))
        );
        targets[2] = address(registry);
        calldatas[2] = abi.encodeCall(registry.setCanonical, (1));
        passProposal(targets, values, calldatas, "fund sptn-testnet");
        assertEq(token.balanceOf(address(rewardPool)), 1_000_000e18);
        assertEq(registry.canonical(), 1);
        assertEq(registry.canonicalDeployment().staking, address(staking));
    }

    function test_settings_throughProposal_succeeds() public {
        address[] memory targets = new address[](4);
        uint256[] memory values = new uint256[](4);
        bytes[] memory calldatas = new bytes[](4);
        for (uint256 i = 0; i < 4; ++i) {
            targets[i] = address(tlg);
        }
        calldatas[0] = abi.encodeCall(tlg.setVotingDelay, (2 days));
        calldatas[1] = abi.encodeCall(tlg.setVotingPeriod, (3 days));
        calldatas[2] = abi.encodeCall(tlg.setProposalThreshold, (1e18));
        calldatas[3] = abi.encodeCall(tlg.updateQuorumNumerator, (15));
        passProposal(targets, values, calldatas, "settings");
        assertEq(tlg.votingDelay(), 2 days);
        assertEq(tlg.votingPeriod(), 3 days);
        assertEq(tlg.proposalThreshold(), 1e18);
        assertEq(tlg.quorumNumerator(), 15);
    }

    function test_setVotingDelay_direct_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorOnlyExecutor.selector, holder));
        vm.prank(holder);
        tlg.setVotingDelay(1);
    }

    function test_setVotingPeriod_direct_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorOnlyExecutor.selector, holder));
        vm.prank(holder);
        tlg.setVotingPeriod(1);
    }

    function test_setProposalThreshold_direct_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorOnlyExecutor.selector, holder));
        vm.prank(holder);
        tlg.setProposalThreshold(0);
    }

    function test_updateQuorumNumerator_direct_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorOnlyExecutor.selector, holder));
        vm.prank(holder);
        tlg.updateQuorumNumerator(1);
    }

    function test_propose_belowThreshold_reverts() public {
        vm.prank(holder);
        assertTrue(token.transfer(stranger, THRESHOLD - 1));
        vm.prank(stranger);
        token.delegate(stranger);
        vm.warp(block.timestamp + 1);
        address[] memory targets = new address[](1);
        targets[0] = address(token);
        bytes[] memory calldatas = new bytes[](1);
        calldatas[0] = abi.encodeCall(token.mint, (stranger, 1));
        vm.expectRevert(
            abi.encodeWithSelector(
                IGovernor.GovernorInsufficientProposerVotes.selector,
                stranger,
                THRESHOLD - 1,
                THRESHOLD
            )
        );
        vm.prank(stranger);
        tlg.propose(targets, new uint256[](1), calldatas, "mint to me");
    }

    function test_vote_withoutQuorum_defeated_succeeds() public {
        // A holder of 1% of the supply cannot reach the 4% quorum alone.
        uint256 share = GENESIS / 100;
        vm.prank(holder);
        assertTrue(token.transfer(stranger, share));
        vm.prank(stranger);
        token.delegate(stranger);
        vm.warp(block.timestamp + 1);
        address[] memory targets = new address[](1);
        targets[0] = address(token);
        bytes[] memory calldatas = new bytes[](1);
        calldatas[0] = abi.encodeCall(token.mint, (stranger, 1));
        vm.prank(stranger);
        uint256 id = tlg.propose(targets, new uint256[](1), calldatas, "mint to me");
        vm.warp(block.timestamp + VOTING_DELAY + 1);
        vm.prank(stranger);
        tlg.castVote(id, 1);
        vm.warp(block.timestamp + VOTING_PERIOD);
        assertEq(uint8(tlg.state(id)), uint8(IGovernor.ProposalState.Defeated));
    }

    function test_timelock_schedule_byStranger_reverts() public {
        bytes32 role = timelock.PROPOSER_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, role
            )
        );
        vm.prank(stranger);
        timelock.schedule(address(token), 0, "", bytes32(0), bytes32(0), TIMELOCK_DELAY);
    }
}
