// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Script, console2} from "forge-std/Script.sol";

/// @title Clock
/// @notice Moves a local anvil's clock forward and mines a block at the new time, so that the
///         TLG flow's waits (voting delay, voting period, timelock delay, exit delay) take no real
///         time on a devnet. Anvil only: a real chain has no such RPC. No broadcast needed:
///           forge script script/Clock.s.sol:Clock --sig "advance(uint256)" <seconds> --rpc-url $RPC
contract Clock is Script {
    function advance(uint256 seconds_) external {
        vm.rpc("evm_increaseTime", string.concat("[", vm.toString(seconds_), "]"));
        vm.rpc("anvil_mine", "[1]");
        console2.log("advanced the chain's clock by", seconds_, "seconds");
    }
}
