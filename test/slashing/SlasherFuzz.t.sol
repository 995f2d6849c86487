// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

import {EvidenceKind, ProposalState, SlasherParams} from "../../contracts/interfaces/ISlasher.sol";
import {SlasherBase} from "./SlasherBase.sol";

/// @notice Fuzz tests of the pass rule, vote weight snapshots and the slashed share.
contract SlasherFuzzTest is SlasherBase {
    uint256 internal constant E = 2;
    /// @dev ERC20Votes caps the supply at 2^208 - 1.
    uint256 internal constant MAX_SUPPLY = type(uint208).max;

    /// @notice The simulator's rule (docs/slashing.md) in its own words: votes cast reach
    ///         ceil(quorum x supply) and yes votes reach ceil(majority x votes cast).
    function _reference(uint256 yes, uint256 no, uint256 supply, uint256 q, uint256 m)
        internal
        pure
        returns (bool)
    {
        uint256 cast = yes + no;
        return cast >= Math.ceilDiv(q * supply, 10_000) && yes >= Math.ceilDiv(m * cast, 10_000);
    }

    function testFuzz_passes_matchesReference(
        uint256 supply,
        uint256 yes,
        uint256 no,
        uint256 q,
        uint256 m
    ) public view {
        supply = bound(supply, 1, MAX_SUPPLY);
        yes = bound(yes, 0, supply);
        no = bound(no, 0, supply - yes);
        q = bound(q, 1, 10_000);
        m = bound(m, 5001, 10_000);
        assertEq(slasher.passes(yes, no, supply, q, m), _reference(yes, no, supply, q, m));
    }

    /// @notice Small electorates hit the thresholds' edges: equal-weight holders as in the
    ///         simulator, one vote per holder.
    function testFuzz_passes_equalHoldersEdges(uint256 holders, uint256 yes, uint256 no, uint256 q)
        public
        view
    {
        holders = bound(holders, 1, 2000);
        yes = bound(yes, 0, holders);
        no = bound(no, 0, holders - yes);
        q = bound(q, 1, 10_000);
        bool expected = (yes + no) * 10_000 >= q * holders && yes * 10 >= 6 * (yes + no);
        assertEq(slasher.passes(yes * 1e18, no * 1e18, holders * 1e18, q, 6000), expected);
    }

    /// @notice Over real votes on a real proposal: the state after the vote is Succeeded
    ///         exactly when the reference rule passes under the thresholds in force at filing.
    function testFuzz_state_afterVote_matchesReference(
        uint256 wa,
        uint256 wb,
        uint256 wc,
        uint8 supportMask,
        uint8 voteMask,
        uint16 q,
        uint16 m
    ) public {
        q = uint16(bound(q, 1, 10_000));
        m = uint16(bound(m, 5001, 10_000));
        SlasherParams memory p = _slasherParams();
        p.quorumBps = q;
        p.majorityBps = m;
        vm.prank(slasherOwner);
        slasher.setParams(p);
        address[3] memory voters = [makeAddr("v0"), makeAddr("v1"), makeAddr("v2")];
        uint256[3] memory w = [bound(wa, 1, 1e27), bound(wb, 1, 1e27), bound(wc, 1, 1e27)];
        for (uint256 i = 0; i < 3; ++i) {
            _giveVotes(voters[i], w[i]);
        }
        _pruneEpoch(E);
        uint256 id = _filePruned(E);
        _warpToVoteStart(id);
        uint256 yes;
        uint256 no;
        for (uint256 i = 0; i < 3; ++i) {
            if (voteMask & (1 << i) == 0) continue;
            bool support = supportMask & (1 << i) != 0;
            _vote(id, voters[i], support);
            if (support) yes += w[i];
            else no += w[i];
        }
        _warpPastVote(id);
        uint256 supply = token.totalSupply();
        assertEq(slasher.getProposal(id).supply, supply);
        ProposalState expected =
            _reference(yes, no, supply, q, m) ? ProposalState.Succeeded : ProposalState.Defeated;
        assertEq(uint8(slasher.state(id)), uint8(expected));
    }

    /// @notice Whatever moves after filing (transfers, new delegations, mints), a voter's weight
    ///         is its delegated balance one second before filing.
    function testFuzz_castVote_weightIsSnapshot(uint256 moved, uint256 minted) public {
        moved = bound(moved, 0, 300e18);
        minted = bound(minted, 0, 1e30);
        _pruneEpoch(E);
        uint256 id = _filePruned(E);
        vm.prank(alice);
        assertTrue(token.transfer(bob, moved));
        token.mint(alice, minted);
        _warpToVoteStart(id);
        _vote(id, alice, true);
        _vote(id, bob, false);
        assertEq(slasher.getProposal(id).forVotes, 300e18);
        assertEq(slasher.getProposal(id).againstVotes, 200e18);
    }

    /// @notice Execution takes `stake * bps / 10_000` of each validator's stake at execution and
    ///         sends exactly that to the reward pool.
    function testFuzz_execute_slashesShareOfStake(uint256 bps, uint256 topUp) public {
        bps = bound(bps, 1, 10_000);
        topUp = bound(topUp, 0, 1e24);
        _pruneEpoch(E);
        _setProposalBps(uint16(bps));
        address[] memory c = _sortedCommittee(E);
        vm.prank(filer);
        uint256 id = slasher.file(c, EvidenceKind.PRUNED_EPOCH, abi.encode(E));
        token.mint(address(this), topUp);
        token.approve(address(staking), topUp);
        if (topUp > 0) staking.stake(c[0], c[0], topUp);
        _pass(id);
        uint256 poolBefore = token.balanceOf(address(pool));
        slasher.execute(id);
        uint256 total;
        for (uint256 i = 0; i < c.length; ++i) {
            uint256 before = MIN_STAKE + (i == 0 ? topUp : 0);
            uint256 expected = before * bps / 10_000;
            assertEq(staking.getStake(c[i]).amount, before - expected);
            total += expected;
        }
        assertEq(token.balanceOf(address(pool)) - poolBefore, total);
    }
}
