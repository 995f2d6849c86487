// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {console2} from "forge-std/Script.sol";

import {SptnScript} from "./SptnScript.sol";

/// @title Stake
/// @notice Stake, exit and withdraw on the deployment in the deployments file:
///           --sig "stake(address,address,uint256)" <attester> <withdrawer> <wei>
///               broadcast as the funder (approves and stakes its own AZT); a first stake must
///               be broadcast by the attester itself: anyone else uses stakeWithAuthorization
///           --sig "stakeWithAuthorization(address,address,uint256,uint256,bytes)"
///               <attester> <withdrawer> <wei> <deadline> <signature>
///               broadcast as the funder, with the attester's EIP-712 authorisation (from
///               `sptn gov authorize-stake`, or `cast wallet sign --no-hash` of the digest
///               that `digest(...)` prints)
///           --sig "digest(address,address,uint256)" <attester> <withdrawer> <deadline>
///               prints the digest the attester signs (with its next nonce); no broadcast
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

    function stakeWithAuthorization(
        address attester,
        address withdrawer,
        uint256 amount,
        uint256 deadline,
        bytes calldata signature
    ) external {
        Suite memory s = loadSuite();
        vm.startBroadcast();
        s.token.approve(address(s.staking), amount);
        s.staking.stakeWithAuthorization(attester, withdrawer, amount, deadline, signature);
        vm.stopBroadcast();
        console2.log("staked with the attester's authorisation for", attester);
    }

    function digest(address attester, address withdrawer, uint256 deadline)
        external
        view
        returns (bytes32 d)
    {
        Suite memory s = loadSuite();
        uint256 nonce = s.staking.nonces(attester);
        d = s.staking.stakeAuthorizationDigest(attester, withdrawer, nonce, deadline);
        console2.log("nonce", nonce);
        console2.logBytes32(d);
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
