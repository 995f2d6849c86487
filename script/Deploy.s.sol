// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Script, console2} from "forge-std/Script.sol";

import {AZT} from "../contracts/token/AZT.sol";

/// @title Deploy
/// @notice Deploys the SPTN contract suite and writes the deployments file that the agents read.
/// @dev Run against any RPC; on the devnet anvil's unlocked first account is the sender:
///      forge script script/Deploy.s.sol:Deploy --rpc-url http://127.0.0.1:8545 --broadcast \
///        --unlocked --sender 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266
///      The output path comes from DEPLOYMENTS_FILE (default deployments/<chainid>.json).
contract Deploy is Script {
    struct Deployment {
        AZT token;
    }

    function run() external returns (Deployment memory d) {
        address deployer = msg.sender;
        vm.startBroadcast(deployer);
        d.token = deployAZT(deployer);
        vm.stopBroadcast();
        checkPostConditions(d, deployer);
        writeDeployments(d, deployer);
    }

    function deployAZT(address owner) public returns (AZT token) {
        token = new AZT(owner);
        console2.log("AZT", address(token));
    }

    function checkPostConditions(Deployment memory d, address deployer) internal view {
        require(d.token.owner() == deployer, "Deploy: AZT owner");
    }

    function writeDeployments(Deployment memory d, address deployer) internal {
        string memory path = vm.envOr(
            "DEPLOYMENTS_FILE", string.concat("deployments/", vm.toString(block.chainid), ".json")
        );
        string memory c = "contracts";
        string memory contracts = vm.serializeAddress(c, "AZT", address(d.token));
        string memory root = "root";
        vm.serializeUint(root, "chainId", block.chainid);
        vm.serializeUint(root, "block", block.number);
        vm.serializeAddress(root, "deployer", deployer);
        string memory json = vm.serializeString(root, "contracts", contracts);
        vm.writeJson(json, path);
        console2.log("deployments written to", path);
    }
}
