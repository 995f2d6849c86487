// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {RollupParams} from "../../contracts/interfaces/IRollup.sol";
import {
    EvidenceKind,
    ISlasher,
    Inactivity,
    Proposal,
    ProposalState,
    SlasherParams
} from "../../contracts/interfaces/ISlasher.sol";
import {Errors} from "../../contracts/libraries/Errors.sol";
import {SlasherBase} from "./SlasherBase.sol";

/// @notice INACTIVITY evidence (Slasher.tree, "given INACTIVITY evidence"): the contract checks
///         the binding facts (a range of 1 to 32 epochs that is over, a record hash, every named
///         validator in a committee of the range); the share missed is the voters' to check.
contract SlasherInactivityTest is SlasherBase {
    uint256 internal constant FIRST = 2;
    uint256 internal constant LAST = 3;
    bytes32 internal constant RECORD = keccak256("per-slot record");

    modifier givenRangeOver() {
        _warpToEpoch(LAST + 1);
        _;
    }

    function _evidence(uint256 first, uint256 last, bytes32 record)
        internal
        pure
        returns (bytes memory)
    {
        return abi.encode(Inactivity({firstEpoch: first, lastEpoch: last, record: record}));
    }

    function _file(address who, address[] memory validators, bytes memory evidence)
        internal
        returns (uint256 id)
    {
        vm.prank(who);
        id = slasher.file(validators, EvidenceKind.INACTIVITY, evidence);
    }

    function _key(uint256 first, uint256 last) internal pure returns (bytes32) {
        return keccak256(abi.encode(EvidenceKind.INACTIVITY, first, last));
    }

    function _griefer() internal returns (address griefer) {
        griefer = makeAddr("griefer");
        token.mint(griefer, 100e18);
        vm.prank(griefer);
        token.approve(address(slasher), type(uint256).max);
    }

    function test_file_inactivity_succeeds() public givenRangeOver {
        address[] memory c = _sortedCommittee(FIRST);
        uint256 id = _file(filer, c, _evidence(FIRST, LAST, RECORD));
        Proposal memory p = slasher.getProposal(id);
        assertEq(uint8(p.kind), uint8(EvidenceKind.INACTIVITY));
        assertEq(p.evidenceKey, _key(FIRST, LAST));
        assertEq(p.validators, c);
        assertEq(p.slashBps, PROPOSAL_BPS);
        assertTrue(p.kick);
        assertEq(uint8(slasher.state(id)), uint8(ProposalState.Pending));
        for (uint256 i = 0; i < c.length; ++i) {
            // Not recorded per validator: several proposals may name it on one range.
            assertEq(slasher.proposalFor(_key(FIRST, LAST), c[i]), 0);
            assertEq(staking.getStake(c[i]).lockedUntil, p.executeBy);
        }
        assertEq(
            slasher.evidenceKey(EvidenceKind.INACTIVITY, _evidence(FIRST, LAST, RECORD)),
            p.evidenceKey
        );
    }

    /// @notice A validator sitting in one committee of the range only had duties there: it may
    ///         be named over the whole range (how much it missed is the record's).
    function test_file_inactivityMemberOfOneEpochOnly_succeeds() public givenRangeOver {
        address outsider = _memberOfSecondOnly(FIRST, LAST);
        uint256 id = _file(filer, _one(outsider), _evidence(FIRST, LAST, RECORD));
        assertEq(slasher.getProposal(id).validators[0], outsider);
    }

    /// @notice A member of `b`'s committee outside `a`'s (the fixture's seeds give one).
    function _memberOfSecondOnly(uint256 a, uint256 b) internal view returns (address) {
        address[] memory ca = rollup.getEpochCommittee(a);
        address[] memory cb = rollup.getEpochCommittee(b);
        for (uint256 i = 0; i < cb.length; ++i) {
            bool inA;
            for (uint256 j = 0; j < ca.length; ++j) {
                if (ca[j] == cb[i]) inA = true;
            }
            if (!inA) return cb[i];
        }
        revert("the committees of the range are equal: pick other epochs");
    }

    function test_file_inactivityNotInCommittee_reverts() public {
        _warpToEpoch(FIRST + 1);
        address outsider = _nonMember(FIRST);
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Slasher__NotInCommitteeOfRange.selector, FIRST, FIRST, outsider
            )
        );
        _file(filer, _one(outsider), _evidence(FIRST, FIRST, RECORD));
    }

    /// @notice One outsider among members refuses the whole filing, naming the outsider.
    function test_file_inactivityOutsiderAmongMembers_reverts() public {
        _warpToEpoch(FIRST + 1);
        address outsider = _nonMember(FIRST);
        address[] memory c = _sortedCommittee(FIRST);
        address[] memory v = new address[](c.length + 1);
        uint256 k;
        bool placed;
        for (uint256 i = 0; i < c.length; ++i) {
            if (!placed && outsider < c[i]) {
                v[k++] = outsider;
                placed = true;
            }
            v[k++] = c[i];
        }
        if (!placed) v[k] = outsider;
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Slasher__NotInCommitteeOfRange.selector, FIRST, FIRST, outsider
            )
        );
        _file(filer, v, _evidence(FIRST, FIRST, RECORD));
    }

    function test_file_inactivityRangeNotOver_reverts() public {
        _warpToEpoch(LAST);
        address[] memory c = _sortedCommittee(FIRST);
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Slasher__EpochRangeNotOver.selector, LAST, LAST)
        );
        _file(filer, c, _evidence(FIRST, LAST, RECORD));
        // A range ending in the future (whose committees are not even final) is refused alike.
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Slasher__EpochRangeNotOver.selector, LAST + 5, LAST)
        );
        _file(filer, c, _evidence(FIRST, LAST + 5, RECORD));
    }

    /// @notice Review r18c M1: without an age bound any member of any past committee could be
    ///         named long after (at epoch 2000, over epochs 1-2, then 0-2, ...: each shifted range
    ///         is new evidence), renewing the lock on its stake for ever at one bond a round, on a
    ///         record no node keeps any more. A range ending more than MAX_INACTIVITY_AGE_EPOCHS
    ///         before the current epoch is refused, whoever files and whatever it names.
    function test_file_inactivityAncientRange_reverts() public {
        uint256 maxAge = slasher.MAX_INACTIVITY_AGE_EPOCHS();
        _warpToEpoch(2000);
        address[] memory c = _sortedCommittee(2);
        address griefer = _griefer();
        for (uint256 first = 2; first > 0; --first) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    Errors.Slasher__EpochRangeTooOld.selector, uint256(2), uint256(2000), maxAge
                )
            );
            _file(griefer, _one(c[0]), _evidence(first - 1, 2, RECORD));
        }
        assertEq(staking.getStake(c[0]).lockedUntil, 0, "never locked");
        assertEq(slasher.proposalCount(), 0);
    }

    /// @notice The bound, exactly: the last epoch MAX_INACTIVITY_AGE_EPOCHS before the current
    ///         one is accepted, one more is refused; an honest watcher files at age 1.
    function test_file_inactivityRangeAtAgeBound_succeeds() public {
        uint256 maxAge = slasher.MAX_INACTIVITY_AGE_EPOCHS();
        _warpToEpoch(LAST + 1);
        address[] memory c = _sortedCommittee(FIRST);
        _file(filer, _one(c[0]), _evidence(FIRST, LAST, RECORD));
        _warpToEpoch(LAST + maxAge);
        uint256 late = _file(filer, _one(c[1]), _evidence(FIRST, LAST, RECORD));
        assertEq(slasher.getProposal(late).validators[0], c[1]);
        // The last second of the bound's last epoch still fits.
        vm.warp(block.timestamp + EPOCH * SLOT - 1);
        _file(filer, _one(c[2]), _evidence(FIRST, LAST, RECORD));
    }

    function test_file_inactivityRangeOnePastAgeBound_reverts() public {
        uint256 maxAge = slasher.MAX_INACTIVITY_AGE_EPOCHS();
        _warpToEpoch(LAST + maxAge + 1);
        address[] memory c = _sortedCommittee(FIRST);
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Slasher__EpochRangeTooOld.selector, LAST, LAST + maxAge + 1, maxAge
            )
        );
        _file(filer, _one(c[0]), _evidence(FIRST, LAST, RECORD));
        assertEq(staking.getStake(c[0]).lockedUntil, 0, "not locked");
    }

    function test_file_inactivityEmptyRange_reverts() public givenRangeOver {
        address[] memory c = _sortedCommittee(FIRST);
        uint256 max = slasher.MAX_INACTIVITY_EPOCHS();
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Slasher__InvalidEpochRange.selector, LAST, FIRST, max)
        );
        _file(filer, c, _evidence(LAST, FIRST, RECORD));
    }

    function test_file_inactivityRangeTooLong_reverts() public {
        uint256 max = slasher.MAX_INACTIVITY_EPOCHS();
        _warpToEpoch(FIRST + max + 1);
        address[] memory c = _sortedCommittee(FIRST);
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Slasher__InvalidEpochRange.selector, FIRST, FIRST + max, max
            )
        );
        _file(filer, c, _evidence(FIRST, FIRST + max, RECORD));
        // A range of exactly the maximum is accepted.
        _file(filer, c, _evidence(FIRST, FIRST + max - 1, RECORD));
        // A range whose end would overflow the length computation is refused, not wrapped.
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Slasher__InvalidEpochRange.selector, FIRST, type(uint256).max, max
            )
        );
        _file(filer, c, _evidence(FIRST, type(uint256).max, RECORD));
    }

    function test_file_inactivityNoRecord_reverts() public givenRangeOver {
        address[] memory c = _sortedCommittee(FIRST);
        vm.expectRevert(Errors.Slasher__NoRecord.selector);
        _file(filer, c, _evidence(FIRST, LAST, bytes32(0)));
    }

    function test_file_inactivityNoValidators_reverts() public givenRangeOver {
        vm.expectRevert(Errors.Slasher__NoValidators.selector);
        _file(filer, new address[](0), _evidence(FIRST, LAST, RECORD));
    }

    function test_file_inactivityDuplicateValidator_reverts() public givenRangeOver {
        address[] memory c = _sortedCommittee(FIRST);
        address[] memory v = new address[](2);
        v[0] = c[0];
        v[1] = c[0];
        vm.expectRevert(abi.encodeWithSelector(Errors.Slasher__ValidatorsNotSorted.selector, 1));
        _file(filer, v, _evidence(FIRST, LAST, RECORD));
    }

    /// @notice The record is not part of the key, and any number of proposals may name one member
    ///         on a range: the same range filed again with another record, on the same members,
    ///         while the first lives, is a second proposal (voters judge each record).
    function test_file_inactivityRefiledWithOtherRecord_succeeds() public givenRangeOver {
        address[] memory c = _sortedCommittee(FIRST);
        uint256 id = _file(filer, c, _evidence(FIRST, LAST, RECORD));
        uint256 again = _file(filer, c, _evidence(FIRST, LAST, keccak256("another record")));
        assertEq(again, id + 1);
        assertEq(slasher.getProposal(again).evidenceKey, slasher.getProposal(id).evidenceKey);
        assertEq(uint8(slasher.state(id)), uint8(ProposalState.Pending));
    }

    /// @notice Any committee member of any past range can be named on inactivity, which only the
    ///         voters judge: the bond is one per named validator, so that a baseless filing that
    ///         locks n stakes costs n bonds, all forfeited on defeat.
    function test_file_inactivityBondPerValidator_succeeds() public givenRangeOver {
        address[] memory c = _sortedCommittee(FIRST);
        uint256 before = token.balanceOf(filer);
        uint256 id = _file(filer, c, _evidence(FIRST, LAST, RECORD));
        assertEq(slasher.getProposal(id).bond, BOND * c.length);
        assertEq(token.balanceOf(filer), before - BOND * c.length);
        _warpToVoteStart(id);
        _vote(id, alice, false);
        _warpPastVote(id);
        uint256 poolBefore = token.balanceOf(address(pool));
        slasher.settleBond(id);
        assertEq(token.balanceOf(address(pool)), poolBefore + BOND * c.length, "all forfeited");
    }

    /// @notice An executed inactivity proposal slashes and kicks, and marks the range's epochs.
    function test_execute_inactivity_succeeds() public givenRangeOver {
        address[] memory c = _sortedCommittee(FIRST);
        uint256 id = _file(filer, _one(c[1]), _evidence(FIRST, LAST, RECORD));
        _pass(id);
        slasher.execute(id);
        assertEq(staking.getStake(c[1]).amount, 0);
        assertFalse(staking.isActive(c[1]));
        assertFalse(slasher.inactivitySlashed(c[1], FIRST - 1));
        assertTrue(slasher.inactivitySlashed(c[1], FIRST));
        assertTrue(slasher.inactivitySlashed(c[1], LAST));
        assertFalse(slasher.inactivitySlashed(c[1], LAST + 1));
        assertFalse(slasher.inactivitySlashed(c[0], FIRST), "only the named");
    }

    /// @notice Review r18c L2: overlapping ranges are different keys, so [2,3] and then [2,4]
    ///         (or [3,4], or [2,3] twice) could each pass and slash the same missed slots again. A
    ///         validator slashed on any epoch of a range is skipped by its execution, in
    ///         whatever order they execute.
    function test_execute_inactivityOverlappingRange_skipsSlashedValidator() public {
        _setProposalBps(5000);
        _warpToEpoch(6);
        address[] memory c = _sortedCommittee(2);
        uint256 a = _file(filer, _one(c[0]), _evidence(2, 4, RECORD));
        uint256 b = _file(filer, _one(c[0]), _evidence(2, 3, RECORD));
        uint256 d = _file(filer, _one(c[0]), _evidence(3, 4, RECORD));
        uint256 e = _file(filer, _one(c[0]), _evidence(2, 4, keccak256("same range")));
        uint256 before = staking.getStake(c[0]).amount;
        _passBoth(a, e);
        slasher.execute(a);
        assertEq(staking.getStake(c[0]).amount, before / 2, "slashed once");
        uint256[3] memory later = [b, d, e];
        for (uint256 i = 0; i < 3; ++i) {
            vm.expectEmit(address(slasher));
            emit ISlasher.SlashSkipped(later[i], c[0]);
            slasher.execute(later[i]);
        }
        assertEq(staking.getStake(c[0]).amount, before / 2, "not slashed again for epochs 2-4");
        assertFalse(slasher.inactivitySlashed(c[0], 5), "a skipped validator marks nothing");
    }

    /// @notice A range starting after the slashed one is new inactivity and slashes again.
    function test_execute_inactivityLaterRange_succeeds() public {
        _setProposalBps(5000);
        _warpToEpoch(6);
        address v = _memberOfBoth(2, 4);
        uint256 a = _file(filer, _one(v), _evidence(2, 3, RECORD));
        uint256 b = _file(filer, _one(v), _evidence(4, 5, RECORD));
        uint256 before = staking.getStake(v).amount;
        _passBoth(a, b);
        slasher.execute(a);
        slasher.execute(b);
        assertEq(staking.getStake(v).amount, before / 4, "epochs 2-3, then 4-5");
        assertTrue(slasher.inactivitySlashed(v, 5));
    }

    /// @notice Review r18d N1: the guilty member front-ran the honest filing with a decoy on the
    ///         same range naming itself and an honest member (which no honest watcher votes for).
    ///         With one live proposal per (range, validator) the honest filing was refused until
    ///         the decoy was defeated, two days later and far past the age bound. Now it is filed,
    ///         passes and slashes the guilty member while the decoy lives; the decoy is voted down.
    function test_file_inactivityDecoyFrontRun_doesNotBlockHonestFiling() public givenRangeOver {
        address[] memory c = _sortedCommittee(FIRST);
        address guilty = c[0];
        address[] memory both = new address[](2);
        (both[0], both[1]) = (c[0], c[1]);
        uint256 decoy = _file(_griefer(), both, _evidence(FIRST, LAST, keccak256("bogus")));
        uint256 honest = _file(filer, _one(guilty), _evidence(FIRST, LAST, RECORD));
        _warpToVoteStart(decoy);
        _vote(decoy, alice, false);
        _vote(honest, alice, true);
        _warpPastVote(honest);
        slasher.execute(honest);
        assertEq(staking.getStake(guilty).amount, 0, "the guilty member is slashed");
        assertFalse(staking.isActive(guilty));
        assertEq(uint8(slasher.state(decoy)), uint8(ProposalState.Defeated));
        assertTrue(staking.isActive(c[1]), "the honest member named by the decoy keeps its seat");
    }

    /// @notice Review r18d N2: a range past its age bound was accepted again on a validator named
    ///         on it in time, so a griefer renewed an honest member's lock for ever, one bond per
    ///         vote. Past the bound INACTIVITY evidence is refused, whoever was named before.
    function test_file_inactivityRefiledPastAgeBoundAfterDefeat_reverts() public givenRangeOver {
        address[] memory c = _sortedCommittee(FIRST);
        address griefer = _griefer();
        uint256 first = _file(griefer, _one(c[0]), _evidence(FIRST, LAST, keccak256("bogus")));
        uint256 lockedUntil = slasher.getProposal(first).executeBy;
        _warpToVoteStart(first);
        _vote(first, alice, false);
        _warpPastVote(first);
        uint256 current = rollup.getCurrentEpoch();
        uint256 maxAge = slasher.MAX_INACTIVITY_AGE_EPOCHS();
        assertGt(current - LAST, maxAge, "past the bound");
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Slasher__EpochRangeTooOld.selector, LAST, current, maxAge)
        );
        _file(griefer, _one(c[0]), _evidence(FIRST, LAST, keccak256("bogus")));
        assertEq(staking.getStake(c[0]).lockedUntil, lockedUntil, "the lock is not renewed");
    }

    /// @notice Review r18d N3: the overlap check compared with the last range executed only, so an
    ///         earlier range executed after a later one was skipped. Disjoint ranges both slash,
    ///         in either order.
    function test_execute_inactivityDisjointRangesInReverseOrder_slashesBoth() public {
        _setProposalBps(5000);
        _warpToEpoch(6);
        address v = _memberOfBoth(2, 4);
        uint256 a = _file(filer, _one(v), _evidence(2, 3, RECORD));
        uint256 b = _file(filer, _one(v), _evidence(4, 5, RECORD));
        uint256 before = staking.getStake(v).amount;
        _passBoth(a, b);
        slasher.execute(b);
        slasher.execute(a);
        assertEq(staking.getStake(v).amount, before / 4, "epochs 4-5, then 2-3");
    }

    /// @notice Ranges crossing a word of the bitmap (epoch 256): [250,257] marks both words;
    ///         [256,259] overlaps it in the second word and is skipped; [258,259] is disjoint.
    function test_execute_inactivityRangeAcrossBitmapWords_succeeds() public {
        _setProposalBps(5000);
        _warpToEpoch(260);
        address v = _memberOfBoth(250, 258);
        uint256 a = _file(filer, _one(v), _evidence(250, 257, RECORD));
        uint256 b = _file(filer, _one(v), _evidence(256, 259, RECORD));
        uint256 d = _file(filer, _one(v), _evidence(258, 259, RECORD));
        uint256 before = staking.getStake(v).amount;
        _passBoth(a, d);
        slasher.execute(a);
        assertTrue(slasher.inactivitySlashed(v, 255) && slasher.inactivitySlashed(v, 257));
        assertFalse(slasher.inactivitySlashed(v, 249) || slasher.inactivitySlashed(v, 258));
        slasher.execute(b);
        assertEq(staking.getStake(v).amount, before / 2, "256-257 already slashed");
        slasher.execute(d);
        assertEq(staking.getStake(v).amount, before / 4, "258-259 are new");
    }

    /// @notice Two ranges on one member, executed in either order, around the bitmap's word
    ///         boundary at epoch 256: the second slashes again exactly when they are disjoint.
    function testFuzz_execute_inactivityTwoRanges_slashTwiceOnlyIfDisjoint(
        uint256 end1,
        uint256 len1,
        uint256 end2,
        uint256 len2,
        bool reverse
    ) public {
        uint256 current = 262;
        end1 = bound(end1, current - 8, current - 1);
        end2 = bound(end2, current - 8, current - 1);
        uint256 first1 = end1 + 1 - bound(len1, 1, 32);
        uint256 first2 = end2 + 1 - bound(len2, 1, 32);
        _setProposalBps(5000);
        _warpToEpoch(current);
        address v = _memberOfBoth(end1, end2);
        uint256 a = _file(filer, _one(v), _evidence(first1, end1, RECORD));
        uint256 b = _file(filer, _one(v), _evidence(first2, end2, RECORD));
        uint256 before = staking.getStake(v).amount;
        _passBoth(a, b);
        (uint256 x, uint256 y) = reverse ? (b, a) : (a, b);
        slasher.execute(x);
        slasher.execute(y);
        bool disjoint = end1 < first2 || end2 < first1;
        assertEq(staking.getStake(v).amount, disjoint ? before / 4 : before / 2);
    }

    /// @dev Drives the proposals a to b, filed in one block, to Succeeded.
    function _passBoth(uint256 a, uint256 b) internal {
        _warpToVoteStart(a);
        for (uint256 id = a; id <= b; ++id) {
            _vote(id, alice, true);
        }
        _warpPastVote(b);
    }

    /// @dev A member of the committees of both epochs (committees of 4 out of 6 overlap).
    function _memberOfBoth(uint256 e1, uint256 e2) internal view returns (address) {
        address[] memory c1 = rollup.getEpochCommittee(e1);
        address[] memory c2 = rollup.getEpochCommittee(e2);
        for (uint256 i = 0; i < c1.length; ++i) {
            for (uint256 j = 0; j < c2.length; ++j) {
                if (c1[i] == c2[j]) return c1[i];
            }
        }
        revert("no common member");
    }

    // ---- no escape by exiting -------------------------------------------------------------------

    /// @dev The runaway's last seat: it starts its exit the first second after this epoch's
    ///      committee was sampled (the start of SEAT - LAG), so it sits in no later committee.
    uint256 internal constant SEAT = 4;

    /// @dev Vote timings governance may set (the Slasher's own bounds), with Staking's exit delay
    ///      lowered to the Slasher's minimum for them.
    function _setVoteTimings(uint256 delay, uint256 period, uint256 window) internal {
        SlasherParams memory p = _slasherParams();
        p.votingDelay = uint32(delay);
        p.votingPeriod = uint32(period);
        p.executionWindow = uint32(window);
        vm.prank(slasherOwner);
        slasher.setParams(p);
        staking.setExitDelay(slasher.minimumExitDelay());
    }

    /// @dev A member of SEAT's committee that starts its exit the first second it can; returns
    ///      it and when its exit delay ends.
    function _runaway() internal returns (address runaway, uint256 exitableAt) {
        // Read the committee once it is final (a view), then go back to the start of SEAT - LAG.
        _warpToEpoch(SEAT - LAG + 1);
        runaway = _sortedCommittee(SEAT)[0];
        _warpToEpoch(SEAT - LAG);
        vm.prank(runaway);
        staking.initiateExit(runaway);
        exitableAt = staking.getStake(runaway).exitableAt;
    }

    /// @dev The first second of `epoch`.
    function _epochStart(uint256 epoch) internal pure returns (uint256) {
        return _slotStart(epoch * EPOCH);
    }

    /// @notice Review r18f L1: the minimum exit delay covered the pruned-epoch timeline only
    ///         ((LAG + 1 + proof window) epochs and one vote). Under short votes, which governance
    ///         may set, a member could exit right after its last committee was sampled and
    ///         withdraw before a range over its seat could even be filed. The exit delay now
    ///         covers the last second such a range may be filed (MAX_INACTIVITY_EPOCHS +
    ///         MAX_INACTIVITY_AGE_EPOCHS epochs after the seat) and a vote after it.
    function test_withdraw_runawayBeforeLastInactivityFiling_reverts() public {
        _setVoteTimings(1, 60, 60);
        (address runaway, uint256 exitableAt) = _runaway();
        uint256 last = SEAT + slasher.MAX_INACTIVITY_EPOCHS() - 1;
        uint256 lastFiling = _epochStart(last + slasher.MAX_INACTIVITY_AGE_EPOCHS() + 1) - 1;
        // The runaway withdraws the first second it may, unless that is after the last filing.
        uint256 t = exitableAt < lastFiling ? exitableAt : lastFiling;
        vm.warp(t);
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Staking__ExitDelayNotPassed.selector, runaway, t, exitableAt
            )
        );
        vm.prank(runaway);
        staking.withdraw(runaway, runaway);

        vm.warp(lastFiling);
        uint256 id = _file(filer, _one(runaway), _evidence(SEAT, last, RECORD));
        _pass(id);
        assertLt(block.timestamp, exitableAt, "the vote is over before the exit delay");
        slasher.execute(id);
        assertEq(staking.getStake(runaway).amount, 0);
        vm.warp(exitableAt);
        vm.prank(runaway);
        staking.withdraw(runaway, runaway);
        assertEq(token.balanceOf(runaway), 0, "nothing left to take");
    }

    /// @notice Review r18f L8, the lock bound as a property. A member of SEAT's committee exits
    ///         right after it was sampled (its last seat is SEAT) and is named by three filings,
    ///         each on any range over its seat at any second the age bound allows it, under any
    ///         vote timings and proof window governance may set, with the exit delay at the
    ///         Slasher's minimum:
    ///         (a) each filing comes before the member may withdraw, and locks it until that
    ///             proposal's executeBy: every honest filing in time can be executed on it;
    ///         (b) it is locked no longer than the documented bound: the start of epoch SEAT +
    ///             MAX_INACTIVITY_EPOCHS + MAX_INACTIVITY_AGE_EPOCHS plus one vote cycle
    ///             (voting delay, voting period, execution window), and is free after it.
    function testFuzz_withdraw_namedMemberLockBound_holds(
        uint256 delay,
        uint256 period,
        uint256 window,
        uint256 proofWindow,
        uint256[3] memory lasts,
        uint256[3] memory firsts,
        uint256[3] memory ats
    ) public {
        RollupParams memory rp = _params();
        rp.proofWindowEpochs = uint64(bound(proofWindow, 1, rollup.MAX_PROOF_WINDOW_EPOCHS()));
        vm.prank(governance);
        rollup.setParams(rp);
        delay = bound(delay, 0, 3 days);
        period = bound(period, 1, 3 days);
        window = bound(window, 1, 3 days);
        _setVoteTimings(delay, period, window);
        (address runaway, uint256 exitableAt) = _runaway();
        uint256 lockedUntil = _fileAll(runaway, exitableAt, _filings(lasts, firsts, ats));
        uint256 bound_ = _epochStart(
            SEAT + slasher.MAX_INACTIVITY_EPOCHS() + slasher.MAX_INACTIVITY_AGE_EPOCHS()
        ) + delay + period + window;
        assertLt(lockedUntil, bound_, "(b) locked past the bound");
        // Free at the later of its exit delay and its lock, not a second earlier.
        uint256 free = exitableAt > lockedUntil ? exitableAt : lockedUntil + 1;
        vm.warp(free - 1);
        vm.expectRevert();
        vm.prank(runaway);
        staking.withdraw(runaway, runaway);
        vm.warp(free);
        vm.prank(runaway);
        staking.withdraw(runaway, runaway);
        assertEq(token.balanceOf(runaway), MIN_STAKE);
    }

    /// @dev An INACTIVITY range over SEAT and the second it is filed at.
    struct Filing {
        uint256 first;
        uint256 last;
        uint256 at;
    }

    /// @dev Three filings from fuzzed values: each range 1 to MAX_INACTIVITY_EPOCHS epochs over
    ///      SEAT, each filed at a second its age bound allows, in increasing order of time.
    function _filings(uint256[3] memory lasts, uint256[3] memory firsts, uint256[3] memory ats)
        internal
        view
        returns (Filing[3] memory f)
    {
        uint256 span = slasher.MAX_INACTIVITY_EPOCHS();
        uint256 age = slasher.MAX_INACTIVITY_AGE_EPOCHS();
        for (uint256 i = 0; i < 3; ++i) {
            uint256 last = bound(lasts[i], SEAT, SEAT + span - 1);
            uint256 lo = last + 1 > span ? last + 1 - span : 0;
            f[i] = Filing({
                first: bound(firsts[i], lo, SEAT),
                last: last,
                at: bound(ats[i], _epochStart(last + 1), _epochStart(last + age + 1) - 1)
            });
        }
        for (uint256 i = 0; i < 3; ++i) {
            for (uint256 j = i + 1; j < 3; ++j) {
                if (f[j].at < f[i].at) (f[i], f[j]) = (f[j], f[i]);
            }
        }
    }

    /// @dev Files `f` in order naming `runaway` (the first by the filer, the others by a
    ///      griefer), checks (a) on each, and returns the runaway's lock.
    function _fileAll(address runaway, uint256 exitableAt, Filing[3] memory f)
        internal
        returns (uint256 lockedUntil)
    {
        address griefer = _griefer();
        uint256 latest;
        for (uint256 i = 0; i < 3; ++i) {
            vm.warp(f[i].at);
            assertLt(block.timestamp, exitableAt, "(a) withdrawable before a filing in time");
            uint256 id = _file(
                i == 0 ? filer : griefer, _one(runaway), _evidence(f[i].first, f[i].last, RECORD)
            );
            uint256 executeBy = slasher.getProposal(id).executeBy;
            lockedUntil = staking.getStake(runaway).lockedUntil;
            assertGe(lockedUntil, executeBy, "(a) not locked to the proposal's executeBy");
            if (executeBy > latest) latest = executeBy;
        }
        assertEq(lockedUntil, latest);
    }

    /// @notice Overlapping ranges are different evidence: the key is the exact range.
    function test_evidenceKey_inactivity_isTheRange() public view {
        bytes32 a = slasher.evidenceKey(EvidenceKind.INACTIVITY, _evidence(FIRST, LAST, RECORD));
        bytes32 b = slasher.evidenceKey(
            EvidenceKind.INACTIVITY, _evidence(FIRST, LAST, bytes32(uint256(1)))
        );
        bytes32 c = slasher.evidenceKey(EvidenceKind.INACTIVITY, _evidence(FIRST, LAST + 1, RECORD));
        assertEq(a, b);
        assertEq(a, _key(FIRST, LAST));
        assertTrue(a != c);
        assertTrue(a != slasher.evidenceKey(EvidenceKind.PRUNED_EPOCH, abi.encode(FIRST)));
    }
}
