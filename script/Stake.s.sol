// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {console2} from "forge-std/Script.sol";

import {SptnScript} from "./SptnScript.sol";

/// @title Stake
/// @notice Stake, exit and withdraw on the deployment in the deployments file:
///           --sig "stake(address,address,uint256)" <attester> <withdrawer> <wei>
///               broadcast as the funder (approves and stakes its own AZT)
///           --sig "exit(address)" <attester>                 broadcast as the withdrawer
///           --sig "withdraw(address,address)" <attester> <to> broadcast as the withdrawer
contract Stake is SptnScript {
    function stake(address attester, address withdrawer, uint256 amount) external {
        Suite memory s = loadSuite();
        vm.startBroadcast();
        s.token.approve(address(s.staking), amount);
        s.staking.stake(attester, withdrawer, amount);
        vm.stopBroadcast();
        console2.log("staked for", attester);
    }

    function exit(address attester) external {
        vm.broadcast();
        loadSuite().staking.initiateExit(attester);
        console2.log("exit started for", attester);
    }

    function withdraw(address attester, address recipient) external {
        vm.broadcast();
        loadSuite().staking.withdraw(attester, recipient);
        console2.log("withdrawn for", attester);
    }
}
