// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {Script} from "forge-std/Script.sol";

import {Registry} from "../contracts/governance/Registry.sol";
import {SptnGovernance} from "../contracts/governance/SptnGovernance.sol";
import {TopLevelGovernance} from "../contracts/governance/TopLevelGovernance.sol";
import {RewardPool} from "../contracts/incentives/RewardPool.sol";
import {Staking} from "../contracts/staking/Staking.sol";
import {AZT} from "../contracts/token/AZT.sol";

/// @title SptnScript
/// @notice Base of the operator scripts: reads the contract addresses from the deployments file
///         that script/Deploy.s.sol wrote (DEPLOYMENTS_FILE, default deployments/<chainid>.json).
abstract contract SptnScript is Script {
    struct Suite {
        AZT token;
        TimelockController timelock;
        TopLevelGovernance tlg;
        Registry registry;
        Staking staking;
        RewardPool rewardPool;
        SptnGovernance sptnGovernance;
    }

    function deploymentsFile() internal view returns (string memory) {
        return vm.envOr(
            "DEPLOYMENTS_FILE", string.concat("deployments/", vm.toString(block.chainid), ".json")
        );
    }

    function loadSuite() internal view returns (Suite memory s) {
        string memory json = vm.readFile(deploymentsFile());
        s.token = AZT(vm.parseJsonAddress(json, ".contracts.AZT"));
        s.timelock = TimelockController(payable(vm.parseJsonAddress(json, ".contracts.Timelock")));
        s.tlg =
            TopLevelGovernance(payable(vm.parseJsonAddress(json, ".contracts.TopLevelGovernance")));
        s.registry = Registry(vm.parseJsonAddress(json, ".contracts.Registry"));
        s.staking = Staking(vm.parseJsonAddress(json, ".contracts.Staking"));
        s.rewardPool = RewardPool(vm.parseJsonAddress(json, ".contracts.RewardPool"));
        s.sptnGovernance = SptnGovernance(vm.parseJsonAddress(json, ".contracts.SptnGovernance"));
    }
}
