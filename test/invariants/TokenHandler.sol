// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";

import {TopLevelGovernance} from "../../contracts/governance/TopLevelGovernance.sol";
import {AZT} from "../../contracts/token/AZT.sol";

/// @title TokenHandler
/// @notice Tries to mint AZT and to take its ownership from every account, and mints through
///         full TLG proposals (propose, vote, queue, execute). Records any mint or ownership
///         change that did not come from a passed proposal.
contract TokenHandler is CommonBase, StdCheats, StdUtils {
    AZT public immutable token;
    TopLevelGovernance public immutable tlg;
    TimelockController public immutable timelock;
    address public immutable holder;
    address[] public others;

    uint256 public ghostMintedByProposals;
    bool public ghostForeignMint;
    bool public ghostForeignOwnership;
    uint256 public proposals;

    constructor(TopLevelGovernance tlg_, address holder_, address[] memory others_) {
        tlg = tlg_;
        token = AZT(address(tlg_.token()));
        timelock = TimelockController(payable(tlg_.timelock()));
        holder = holder_;
        others = others_;
    }

    function mintAsAnyone(uint256 callerSeed, address to, uint256 amount) external {
        address caller = others[callerSeed % others.length];
        amount = bound(amount, 1, 1e30);
        if (to == address(0)) to = caller;
        vm.prank(caller);
        try token.mint(to, amount) {
            ghostForeignMint = true;
        } catch {}
    }

    function takeOwnershipAsAnyone(uint256 callerSeed) external {
        address caller = others[callerSeed % others.length];
        vm.startPrank(caller);
        try token.transferOwnership(caller) {
            ghostForeignOwnership = true;
        } catch {}
        try token.acceptOwnership() {
            ghostForeignOwnership = true;
        } catch {}
        vm.stopPrank();
    }

    function transfer(uint256 toSeed, uint256 amount) external {
        address to = others[toSeed % others.length];
        amount = bound(amount, 0, token.balanceOf(holder) / 100);
        vm.prank(holder);
        require(token.transfer(to, amount), "transfer failed");
    }

    function mintThroughProposal(uint256 amount, address to) external {
        amount = bound(amount, 1, 1e24); // small beside the genesis: the holder keeps quorum
        if (to == address(0)) to = holder;
        address[] memory targets = new address[](1);
        uint256[] memory values = new uint256[](1);
        bytes[] memory calldatas = new bytes[](1);
        targets[0] = address(token);
        calldatas[0] = abi.encodeCall(token.mint, (to, amount));
        string memory description = string.concat("mint #", vm.toString(proposals++));
        bytes32 descriptionHash = keccak256(bytes(description));
        vm.prank(holder);
        uint256 id = tlg.propose(targets, values, calldatas, description);
        vm.warp(block.timestamp + tlg.votingDelay() + 1);
        vm.prank(holder);
        tlg.castVote(id, 1);
        vm.warp(block.timestamp + tlg.votingPeriod());
        tlg.queue(targets, values, calldatas, descriptionHash);
        vm.warp(block.timestamp + timelock.getMinDelay());
        tlg.execute(targets, values, calldatas, descriptionHash);
        ghostMintedByProposals += amount;
    }
}
