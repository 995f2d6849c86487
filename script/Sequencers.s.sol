// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {console2} from "forge-std/Script.sol";

import {SptnScript} from "./SptnScript.sol";

/// @title Sequencers
/// @notice The proof-of-governance owner's actions on the deployment in the deployments file.
///         Broadcast as the SptnGovernance owner:
///           --sig "add(address)" <attester>        put a staked sequencer into the active set
///           --sig "remove(address)" <attester>     take it out (its stake stays)
///           --sig "setMinimumStake(uint256)" <wei> minimum stake to join the active set
///           --sig "setExitDelay(uint256)" <s>      delay between exit and withdrawal
///           --sig "queueSlasher(address)" <addr>   queue the slashing module (takes over after
///                                                  two exit delays; a contract that answers
///                                                  minimumExitDelay(), or zero for none)
///           --sig "activateSlasher()"              activate the queued slasher once due (anyone)
///           --sig "setRollup(address)" <addr>      the rollup that pays from the reward pool
///           --sig "handOver(address)" <newOwner>   first step of handing SptnGovernance over
contract Sequencers is SptnScript {
    function add(address attester) external {
        vm.broadcast();
        loadSuite().sptnGovernance.addSequencer(attester);
        console2.log("added", attester);
    }

    function remove(address attester) external {
        vm.broadcast();
        loadSuite().sptnGovernance.removeSequencer(attester);
        console2.log("removed", attester);
    }

    function setMinimumStake(uint256 minimumStake) external {
        vm.broadcast();
        loadSuite().sptnGovernance.setMinimumStake(minimumStake);
    }

    function setExitDelay(uint256 exitDelay) external {
        vm.broadcast();
        loadSuite().sptnGovernance.setExitDelay(exitDelay);
    }

    function queueSlasher(address slasher) external {
        vm.broadcast();
        loadSuite().sptnGovernance.queueSlasher(slasher);
        (, uint256 activatesAt) = loadSuite().staking.pendingSlasher();
        console2.log("slasher queued; activatable at", activatesAt);
    }

    function activateSlasher() external {
        vm.broadcast();
        loadSuite().staking.activateSlasher();
        console2.log("slasher activated", loadSuite().staking.slasher());
    }

    function setRollup(address rollup) external {
        vm.broadcast();
        loadSuite().sptnGovernance.setRollup(rollup);
    }

    /// @notice Starts the two-step hand-over (e.g. to the TLG timelock, which then accepts through
    ///         a TLG proposal that calls `acceptOwnership()` on SptnGovernance).
    function handOver(address newOwner) external {
        vm.broadcast();
        loadSuite().sptnGovernance.transferOwnership(newOwner);
    }
}
