// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {console2} from "forge-std/Script.sol";

import {IRegistry} from "../contracts/interfaces/IRegistry.sol";
import {SptnScript} from "./SptnScript.sol";

/// @title FundDeployment
/// @notice The top-level governance's funding flow for the deployment in the deployments file: a
///         proposal that mints FUND_AMOUNT AZT into its reward pool, registers it in the Registry
///         under DEPLOYMENT_NAME and makes it canonical. One step per call, each a broadcast:
///           --sig "propose()"   any holder with the proposal threshold of votes
///           --sig "vote(uint8)" 0 against, 1 for, 2 abstain (after the voting delay)
///           --sig "queue()"     after the vote succeeded (voting period over)
///           --sig "execute()"   after the timelock delay
///           --sig "status()"    prints the proposal's id and state (no broadcast needed)
///         Every step rebuilds the same proposal from the same environment (FUND_AMOUNT,
///         DEPLOYMENT_NAME, DEPLOYMENT_ROLLUP) and the version it will register, REGISTRY_VERSION
///         (default: the Registry's version count plus one), so run them with the same
///         environment and do not register another deployment in between. After execution, set
///         REGISTRY_VERSION to the registered version to see the proposal's status.
contract FundDeployment is SptnScript {
    struct Proposal {
        address[] targets;
        uint256[] values;
        bytes[] calldatas;
        string description;
    }

    function proposal() public view returns (Proposal memory p) {
        Suite memory s = loadSuite();
        uint256 amount = vm.envOr("FUND_AMOUNT", uint256(1_000_000e18));
        string memory name = vm.envOr("DEPLOYMENT_NAME", string("sptn-devnet"));
        address rollup = vm.envOr("DEPLOYMENT_ROLLUP", address(0));
        require(bytes(name).length <= 32, "FundDeployment: DEPLOYMENT_NAME longer than 32 bytes");
        uint256 version = vm.envOr("REGISTRY_VERSION", s.registry.versionCount() + 1);
        IRegistry.Deployment memory d = IRegistry.Deployment({
            // casting to 'bytes32' is safe because the name is at most 32 bytes (checked above)
            // forge-lint: disable-next-line(unsafe-typecast)
            name: bytes32(bytes(name)),
            rollup: rollup,
            staking: address(s.staking),
            governance: address(s.sptnGovernance),
            rewardPool: address(s.rewardPool),
            registeredAt: 0
        });
        p.targets = new address[](3);
        p.values = new uint256[](3);
        p.calldatas = new bytes[](3);
        p.targets[0] = address(s.token);
        p.calldatas[0] = abi.encodeCall(s.token.mint, (address(s.rewardPool), amount));
        p.targets[1] = address(s.registry);
        p.calldatas[1] = abi.encodeCall(s.registry.register, (d));
        p.targets[2] = address(s.registry);
        p.calldatas[2] = abi.encodeCall(s.registry.setCanonical, (version));
        p.description = string.concat(
            "Fund SPTN deployment ",
            name,
            ": mint ",
            vm.toString(amount),
            " AZT (wei) into its reward pool and register it as canonical version ",
            vm.toString(version)
        );
    }

    function proposalId() public view returns (uint256) {
        Proposal memory p = proposal();
        return loadSuite().tlg
            .getProposalId(p.targets, p.values, p.calldatas, keccak256(bytes(p.description)));
    }

    function propose() external returns (uint256 id) {
        Proposal memory p = proposal();
        vm.broadcast();
        id = loadSuite().tlg.propose(p.targets, p.values, p.calldatas, p.description);
        console2.log("proposed", id);
    }

    function vote(uint8 support) external {
        uint256 id = proposalId();
        vm.broadcast();
        loadSuite().tlg.castVote(id, support);
        console2.log("voted on", id);
    }

    function queue() external {
        Proposal memory p = proposal();
        vm.broadcast();
        loadSuite().tlg.queue(p.targets, p.values, p.calldatas, keccak256(bytes(p.description)));
        console2.log("queued", proposalId());
    }

    function execute() external {
        Proposal memory p = proposal();
        uint256 id = proposalId();
        vm.broadcast();
        loadSuite().tlg.execute(p.targets, p.values, p.calldatas, keccak256(bytes(p.description)));
        console2.log("executed", id);
    }

    function status() external view returns (uint256 id, IGovernor.ProposalState state) {
        id = proposalId();
        state = loadSuite().tlg.state(id);
        console2.log("proposal", id);
        console2.log(
            "state (0 Pending 1 Active 2 Canceled 3 Defeated 4 Succeeded 5 Queued 6 Expired 7 Executed)",
            uint8(state)
        );
    }
}
