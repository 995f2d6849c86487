// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {Test} from "forge-std/Test.sol";

import {Registry} from "../../contracts/governance/Registry.sol";
import {SptnGovernance} from "../../contracts/governance/SptnGovernance.sol";
import {TopLevelGovernance} from "../../contracts/governance/TopLevelGovernance.sol";
import {RewardPool} from "../../contracts/incentives/RewardPool.sol";
import {Staking} from "../../contracts/staking/Staking.sol";
import {AZT} from "../../contracts/token/AZT.sol";
import {SlasherStub} from "./SlasherStub.sol";

/// @notice The whole suite wired as script/Deploy.s.sol wires it: the timelock owns AZT and the
///         Registry, the TLG is the timelock's only proposer and canceller, anyone executes,
///         SptnGovernance (owned by `admin`) owns Staking and RewardPool. `holder` has the genesis
///         supply, delegated to itself. Helpers drive a proposal through the TLG.
abstract contract SuiteFixture is Test {
    uint48 internal constant VOTING_DELAY = 1 days;
    uint32 internal constant VOTING_PERIOD = 7 days;
    uint256 internal constant THRESHOLD = 100_000e18;
    uint256 internal constant QUORUM_PERCENT = 4;
    uint256 internal constant TIMELOCK_DELAY = 2 days;
    uint256 internal constant GENESIS = 1_000_000_000e18;
    uint256 internal constant MIN_STAKE = 100_000e18;
    uint256 internal constant EXIT_DELAY = 7 days;

    address internal deployer = makeAddr("deployer");
    address internal holder = makeAddr("holder");
    address internal admin = makeAddr("admin");

    AZT internal token;
    TimelockController internal timelock;
    TopLevelGovernance internal tlg;
    Registry internal registry;
    Staking internal staking;
    RewardPool internal rewardPool;
    SptnGovernance internal sptnGovernance;

    function setUp() public virtual {
        vm.warp(1_700_000_000);
        vm.startPrank(deployer);
        token = new AZT(deployer);
        token.mint(holder, GENESIS);
        address[] memory none = new address[](0);
        address[] memory anyone = new address[](1);
        timelock = new TimelockController(TIMELOCK_DELAY, none, anyone, address(0));
        tlg = new TopLevelGovernance(
            token, timelock, VOTING_DELAY, VOTING_PERIOD, THRESHOLD, QUORUM_PERCENT
        );
        registry = new Registry(address(timelock));
        rewardPool = new RewardPool(token, deployer);
        staking = new Staking(token, address(rewardPool), deployer, MIN_STAKE, EXIT_DELAY);
        sptnGovernance = new SptnGovernance(admin, staking, rewardPool);
        staking.transferOwnership(address(sptnGovernance));
        rewardPool.transferOwnership(address(sptnGovernance));
        token.transferOwnership(address(timelock));
        vm.stopPrank();
        // The timelock administers itself: grant the TLG its roles as a self-call.
        vm.startPrank(address(timelock));
        timelock.grantRole(timelock.PROPOSER_ROLE(), address(tlg));
        timelock.grantRole(timelock.CANCELLER_ROLE(), address(tlg));
        token.acceptOwnership();
        vm.stopPrank();
        vm.prank(holder);
        token.delegate(holder);
        vm.warp(block.timestamp + 1);
    }

    /// @notice Proposes, votes for (as `holder`), queues and executes a proposal through the TLG.
    function passProposal(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        string memory description
    ) internal returns (uint256 id) {
        vm.prank(holder);
        id = tlg.propose(targets, values, calldatas, description);
        vm.warp(block.timestamp + VOTING_DELAY + 1);
        vm.prank(holder);
        tlg.castVote(id, 1);
        vm.warp(block.timestamp + VOTING_PERIOD);
        assertEq(uint8(tlg.state(id)), uint8(IGovernor.ProposalState.Succeeded));
        bytes32 descriptionHash = keccak256(bytes(description));
        tlg.queue(targets, values, calldatas, descriptionHash);
        vm.warp(block.timestamp + TIMELOCK_DELAY);
        tlg.execute(targets, values, calldatas, descriptionHash);
        assertEq(uint8(tlg.state(id)), uint8(IGovernor.ProposalState.Executed));
    }

    /// @notice Passes a proposal of a single call.
    function passCall(address target, bytes memory data, string memory description)
        internal
        returns (uint256)
    {
        address[] memory targets = new address[](1);
        uint256[] memory values = new uint256[](1);
        bytes[] memory calldatas = new bytes[](1);
        targets[0] = target;
        calldatas[0] = data;
        return passProposal(targets, values, calldatas, description);
    }

    /// @dev Names a slasher (a stub stating no minimum exit delay) as DeployRollup does before
    ///      anyone stakes: nobody may stake before a slasher is named.
    function nameSlasher() internal returns (address stub) {
        stub = address(new SlasherStub(0));
        vm.prank(admin);
        sptnGovernance.setInitialSlasher(stub);
    }
}
