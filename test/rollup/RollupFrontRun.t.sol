// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Errors} from "../../contracts/libraries/Errors.sol";
import {Header} from "../../contracts/libraries/HeaderLib.sol";
import {RollupBase} from "./helpers/RollupBase.sol";

/// @notice A front-runner copies a rollup transaction from L1's public pool and sends it first from
///         its own account (the byzantine-frontrun scenario does it on a devnet). Rewards are bound
///         to the coinbase of the header the committee signed, never to a transaction's sender, so a
///         copy that lands first only publishes the honest party's block or proof for it.
contract RollupFrontRunTest is RollupBase {
    address internal thief = makeAddr("thief");
    address internal prover = makeAddr("prover");
    address internal publisher = makeAddr("publisher");

    function setUp() public override {
        super.setUp();
        _warpToSlot(1);
    }

    /// @notice The honest publisher's propose, copied unchanged and sent first by the thief: the
    ///         block is the signed one (the honest coinbase's), the honest transaction reverts, and
    ///         when the epoch is proven the coinbase is credited, the thief nothing.
    function test_propose_copiedByFrontRunner_rewardsStayWithCoinbase() public {
        Header memory h = _nextHeader();
        bytes memory att = _attest(h, _quorumIndices(h.slot));

        vm.prank(thief);
        rollup.propose(h, "", att);
        headerOf[h.number] = h;
        assertEq(_tips().assuredHash, rollup.headerHash(h), "the copy assured the signed header");

        vm.prank(publisher);
        vm.expectRevert(abi.encodeWithSelector(Errors.Rollup__SlotNotAfterTip.selector, 1, 1));
        rollup.propose(h, "", att);

        _warpToEpoch(1);
        vm.prank(prover);
        _prove(0);
        assertEq(rollup.rewardsOwed(coinbase), ASSURED_REWARD + PROVEN_REWARD);
        assertEq(rollup.rewardsOwed(thief), 0, "the front-runner earned nothing");
        assertEq(rollup.rewardsOwed(publisher), 0);
    }

    /// @notice The honest prover's proof, copied unchanged and sent first by the thief: the blocks'
    ///         coinbases are credited exactly as if the prover had landed it, the thief nothing, and
    ///         the honest proof reverts with Rollup__NothingToProve.
    function test_submitProof_copiedByFrontRunner_creditsCoinbasesNotSender() public {
        _proposeRange(1, 2);
        _warpToEpoch(1);
        (Header[] memory headers, bytes memory proof) = _proofInputs(0);

        vm.prank(thief);
        rollup.submitProof(0, headers, proof);
        assertEq(rollup.rewardsOwed(coinbase), 2 * (ASSURED_REWARD + PROVEN_REWARD));
        assertEq(rollup.rewardsOwed(thief), 0, "the front-runner earned nothing");

        vm.prank(prover);
        vm.expectRevert(Errors.Rollup__NothingToProve.selector);
        rollup.submitProof(0, headers, proof);
        vm.prank(thief);
        vm.expectRevert(abi.encodeWithSelector(Errors.Rollup__NoRewards.selector, thief));
        rollup.claimRewards();
    }

    /// @notice A based block copied by the thief: the header's coinbase is credited at once.
    function test_proposeBased_copiedByFrontRunner_creditsCoinbaseNotSender() public {
        _warpToSlot(_params().fallbackSlots);
        Header memory h = _nextHeader();
        bytes memory proof = _basedProof(h);

        vm.prank(thief);
        rollup.proposeBased(h, "", proof);
        assertEq(rollup.rewardsOwed(coinbase), ASSURED_REWARD + PROVEN_REWARD);
        assertEq(rollup.rewardsOwed(thief), 0, "the front-runner earned nothing");
    }
}
