// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";

import {IRollup} from "../../contracts/interfaces/IRollup.sol";
import {
    EvidenceKind,
    ISlasher,
    Proposal,
    ProposalState,
    SlasherParams
} from "../../contracts/interfaces/ISlasher.sol";
import {IStaking} from "../../contracts/interfaces/IStaking.sol";
import {Errors} from "../../contracts/libraries/Errors.sol";
import {Slasher} from "../../contracts/slashing/Slasher.sol";
import {SlasherBase} from "./SlasherBase.sol";

/// @notice Unit tests of Slasher's proposals, following Slasher.tree.
contract SlasherTest is SlasherBase {
    uint256 internal constant E = 2;

    // ---- tree modifiers -------------------------------------------------------------------------

    modifier givenPrunedEpoch() {
        _pruneEpoch(E);
        _;
    }

    modifier givenFiled() {
        _pruneEpoch(E);
        _filePruned(E);
        _;
    }

    // ---- constructor and parameters -------------------------------------------------------------

    function test_constructor_wiring_succeeds() public view {
        assertEq(address(slasher.rollup()), address(rollup));
        assertEq(address(slasher.staking()), address(staking));
        assertEq(slasher.rewardPool(), address(pool));
        assertEq(staking.rewardPool(), address(pool));
        assertEq(slasher.owner(), slasherOwner);
        assertEq(abi.encode(slasher.getParams()), abi.encode(_slasherParams()));
        assertEq(slasher.proposalCount(), 0);
    }

    function test_constructor_zeroAddress_reverts() public {
        vm.expectRevert(Errors.Slasher__ZeroAddress.selector);
        new Slasher(IRollup(address(0)), staking, slasherOwner, _slasherParams());
        vm.expectRevert(Errors.Slasher__ZeroAddress.selector);
        new Slasher(rollup, IStaking(address(0)), slasherOwner, _slasherParams());
    }

    function test_constructor_exitDelayTooShort_reverts() public {
        SlasherParams memory p = _slasherParams();
        p.votingPeriod = 30 days;
        uint256 minimum = 42 * EPOCH * SLOT + VOTING_DELAY + 30 days + EXECUTION_WINDOW;
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Slasher__ExitDelayTooShort.selector, 30 days, minimum)
        );
        new Slasher(rollup, staking, slasherOwner, p);
    }

    function test_minimumExitDelay_formula_succeeds() public view {
        // (LAG 2 + max(1 + proof window 1, 32 + 8 epochs an INACTIVITY range over the seat may
        // still be filed)) epochs of 8 x 12 s, plus delay, period and window.
        uint256 expected = 42 * EPOCH * SLOT + VOTING_DELAY + VOTING_PERIOD + EXECUTION_WINDOW;
        assertEq(slasher.minimumExitDelay(), expected);
    }

    function test_setParams_owner_succeeds() public {
        SlasherParams memory p = _slasherParams();
        p.quorumBps = 1000;
        p.majorityBps = 7500;
        p.filingBond = 1e18;
        vm.expectEmit(address(slasher));
        emit ISlasher.ParamsSet(p);
        vm.prank(slasherOwner);
        slasher.setParams(p);
        assertEq(abi.encode(slasher.getParams()), abi.encode(p));
    }

    function test_setParams_notOwner_reverts() public {
        SlasherParams memory p = _slasherParams();
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, alice));
        vm.prank(alice);
        slasher.setParams(p);
    }

    function _expectInvalid(SlasherParams memory p, string memory name, uint256 value) internal {
        vm.expectRevert(abi.encodeWithSelector(Errors.Slasher__InvalidParam.selector, name, value));
        vm.prank(slasherOwner);
        slasher.setParams(p);
    }

    function test_setParams_outOfRange_reverts() public {
        SlasherParams memory p = _slasherParams();
        p.votingDelay = 30 days + 1;
        _expectInvalid(p, "votingDelay", 30 days + 1);
        p = _slasherParams();
        p.votingPeriod = 0;
        _expectInvalid(p, "votingPeriod", 0);
        p.votingPeriod = 30 days + 1;
        _expectInvalid(p, "votingPeriod", 30 days + 1);
        p = _slasherParams();
        p.executionWindow = 0;
        _expectInvalid(p, "executionWindow", 0);
        p = _slasherParams();
        p.quorumBps = 0;
        _expectInvalid(p, "quorumBps", 0);
        p.quorumBps = 10_001;
        _expectInvalid(p, "quorumBps", 10_001);
        p = _slasherParams();
        p.majorityBps = 5000;
        _expectInvalid(p, "majorityBps", 5000);
        p.majorityBps = 10_001;
        _expectInvalid(p, "majorityBps", 10_001);
        p = _slasherParams();
        p.equivocationSlashBps = 10_001;
        _expectInvalid(p, "equivocationSlashBps", 10_001);
        p = _slasherParams();
        p.proposalSlashBps = 10_001;
        _expectInvalid(p, "proposalSlashBps", 10_001);
    }

    function test_setParams_exitDelayTooShort_reverts() public {
        SlasherParams memory p = _slasherParams();
        p.votingPeriod = 30 days;
        uint256 minimum = 42 * EPOCH * SLOT + VOTING_DELAY + 30 days + EXECUTION_WINDOW;
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Slasher__ExitDelayTooShort.selector, 30 days, minimum)
        );
        vm.prank(slasherOwner);
        slasher.setParams(p);
    }

    function test_renounceOwnership_owner_reverts() public {
        vm.expectRevert(Errors.Slasher__RenounceDisabled.selector);
        vm.prank(slasherOwner);
        slasher.renounceOwnership();
    }

    // ---- file -----------------------------------------------------------------------------------

    function test_file_prunedEpoch_succeeds() public givenPrunedEpoch {
        _setProposalBps(5000);
        address[] memory committee = _sortedCommittee(E);
        bytes32 key = keccak256(abi.encode(EvidenceKind.PRUNED_EPOCH, E));
        uint256 voteStart = block.timestamp + VOTING_DELAY;
        uint256 executeBy = voteStart + VOTING_PERIOD + EXECUTION_WINDOW;
        vm.expectEmit(address(slasher));
        emit ISlasher.ProposalFiled(
            1,
            filer,
            key,
            EvidenceKind.PRUNED_EPOCH,
            committee,
            5000,
            true,
            voteStart,
            voteStart + VOTING_PERIOD,
            BOND
        );
        for (uint256 i = 0; i < committee.length; ++i) {
            vm.expectEmit(address(staking));
            emit IStaking.StakeLocked(committee[i], executeBy);
        }
        vm.prank(filer);
        uint256 id = slasher.file(committee, EvidenceKind.PRUNED_EPOCH, abi.encode(E));

        assertEq(id, 1);
        Proposal memory p = slasher.getProposal(id);
        assertEq(p.proposer, filer);
        assertEq(p.snapshot, block.timestamp - 1);
        assertEq(p.executeBy, executeBy);
        assertEq(p.slashBps, 5000);
        assertTrue(p.kick);
        assertEq(p.supply, 1300e18);
        assertEq(p.validators, committee);
        assertEq(p.evidenceKey, key);
        assertEq(slasher.evidenceKey(EvidenceKind.PRUNED_EPOCH, abi.encode(E)), key);
        uint256[] memory ids = slasher.proposalsFor(key, committee);
        for (uint256 i = 0; i < committee.length; ++i) {
            assertEq(slasher.proposalFor(key, committee[i]), id);
            assertEq(ids[i], id);
            assertEq(staking.getStake(committee[i]).lockedUntil, executeBy);
        }
        assertEq(slasher.proposalFor(key, _nonMember(E)), 0);
        assertEq(token.balanceOf(address(slasher)), BOND);
        assertEq(token.balanceOf(filer), 100e18 - BOND);
        assertEq(uint8(slasher.state(id)), uint8(ProposalState.Pending));
    }

    function test_file_subsetOfCommittee_succeeds() public givenPrunedEpoch {
        address[] memory one = _one(rollup.getEpochCommittee(E)[0]);
        vm.prank(filer);
        uint256 id = slasher.file(one, EvidenceKind.PRUNED_EPOCH, abi.encode(E));
        assertEq(slasher.getProposal(id).validators, one);
    }

    function test_file_noValidators_reverts() public givenPrunedEpoch {
        vm.expectRevert(Errors.Slasher__NoValidators.selector);
        vm.prank(filer);
        slasher.file(new address[](0), EvidenceKind.PRUNED_EPOCH, abi.encode(E));
    }

    function test_file_tooManyValidators_reverts() public givenPrunedEpoch {
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Slasher__TooManyValidators.selector, 257, 256)
        );
        vm.prank(filer);
        slasher.file(new address[](257), EvidenceKind.PRUNED_EPOCH, abi.encode(E));
    }

    function test_file_unsortedValidators_reverts() public givenPrunedEpoch {
        address[] memory c = _sortedCommittee(E);
        (c[0], c[1]) = (c[1], c[0]);
        vm.expectRevert(abi.encodeWithSelector(Errors.Slasher__ValidatorsNotSorted.selector, 1));
        vm.prank(filer);
        slasher.file(c, EvidenceKind.PRUNED_EPOCH, abi.encode(E));
    }

    function test_file_duplicateValidator_reverts() public givenPrunedEpoch {
        address[] memory c = _sortedCommittee(E);
        c[2] = c[1];
        vm.expectRevert(abi.encodeWithSelector(Errors.Slasher__ValidatorsNotSorted.selector, 2));
        vm.prank(filer);
        slasher.file(c, EvidenceKind.PRUNED_EPOCH, abi.encode(E));
    }

    /// @notice The consequence is governance's: with `proposalSlashBps` 0 a proposal only kicks.
    function test_file_kickOnlyByParams_succeeds() public givenPrunedEpoch {
        _setProposalBps(0);
        address[] memory c = _sortedCommittee(E);
        vm.prank(filer);
        uint256 id = slasher.file(c, EvidenceKind.PRUNED_EPOCH, abi.encode(E));
        _pass(id);
        slasher.execute(id);
        for (uint256 i = 0; i < c.length; ++i) {
            assertFalse(staking.isActive(c[i]));
            assertEq(staking.getStake(c[i]).amount, MIN_STAKE);
        }
    }

    function test_file_epochNotPruned_reverts() public {
        // Epoch 2 has a block that was proven in time: not pruned.
        _warpToEpoch(E);
        _proposeNext();
        _warpToEpoch(E + 1);
        _prove(E);
        _warpToEpoch(E + 3);
        address[] memory c = _sortedCommittee(E);
        vm.expectRevert(abi.encodeWithSelector(Errors.Slasher__EpochNotPruned.selector, E));
        vm.prank(filer);
        slasher.file(c, EvidenceKind.PRUNED_EPOCH, abi.encode(E));
    }

    function test_file_notInCommittee_reverts() public givenPrunedEpoch {
        address outsider = _nonMember(E);
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Slasher__NotInCommittee.selector, E, outsider)
        );
        vm.prank(filer);
        slasher.file(_one(outsider), EvidenceKind.PRUNED_EPOCH, abi.encode(E));
    }

    function test_file_evidenceLive_reverts() public givenFiled {
        bytes32 key = keccak256(abi.encode(EvidenceKind.PRUNED_EPOCH, E));
        address[] memory one = _one(rollup.getEpochCommittee(E)[0]);
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Slasher__EvidenceInUse.selector, key, one[0], 1)
        );
        vm.prank(filer);
        slasher.file(one, EvidenceKind.PRUNED_EPOCH, abi.encode(E));
    }

    function test_file_evidenceExecuted_reverts() public givenFiled {
        _pass(1);
        slasher.execute(1);
        bytes32 key = keccak256(abi.encode(EvidenceKind.PRUNED_EPOCH, E));
        address[] memory c = _sortedCommittee(E);
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Slasher__EvidenceInUse.selector, key, c[0], 1)
        );
        vm.prank(filer);
        slasher.file(c, EvidenceKind.PRUNED_EPOCH, abi.encode(E));
    }

    function test_file_evidenceOfDefeated_succeeds() public givenFiled {
        _warpPastVote(1);
        assertEq(uint8(slasher.state(1)), uint8(ProposalState.Defeated));
        uint256 id = _filePruned(E);
        assertEq(id, 2);
        bytes32 key = keccak256(abi.encode(EvidenceKind.PRUNED_EPOCH, E));
        assertEq(slasher.proposalFor(key, _sortedCommittee(E)[0]), 2);
    }

    function test_file_evidenceOfExpired_succeeds() public givenFiled {
        _pass(1);
        vm.warp(uint256(slasher.getProposal(1).executeBy) + 1);
        assertEq(uint8(slasher.state(1)), uint8(ProposalState.Expired));
        assertEq(_filePruned(E), 2);
    }

    function test_file_bondNotApproved_reverts() public givenPrunedEpoch {
        address[] memory c = _sortedCommittee(E);
        vm.expectRevert(
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientAllowance.selector, address(slasher), 0, BOND
            )
        );
        vm.prank(bob);
        slasher.file(c, EvidenceKind.PRUNED_EPOCH, abi.encode(E));
    }

    /// @notice Review of issue 14: with a zero bond, a griefer kept any member of a pruned
    ///         epoch's committee from withdrawing for ever, for free: each filing locks the named
    ///         stakes until its executeBy, and a defeated proposal may be filed again at once.
    ///         A bond is now required, so every renewal of the lock forfeits one.
    function test_file_refiledAfterEachDefeat_lockRenewalCostsABond() public givenPrunedEpoch {
        SlasherParams memory p = _slasherParams();
        p.filingBond = 0;
        _expectInvalid(p, "filingBond", 0);
        address[] memory c = _sortedCommittee(E);
        address griefer = _griefer();
        vm.prank(griefer);
        uint256 first = slasher.file(_one(c[0]), EvidenceKind.PRUNED_EPOCH, abi.encode(E));
        vm.warp(slasher.getProposal(first).voteEnd + 1);
        assertEq(uint8(slasher.state(first)), uint8(ProposalState.Defeated));
        vm.prank(griefer);
        uint256 second = slasher.file(_one(c[0]), EvidenceKind.PRUNED_EPOCH, abi.encode(E));
        assertGt(staking.getStake(c[0]).lockedUntil, slasher.getProposal(first).executeBy);
        slasher.settleBond(first);
        assertEq(token.balanceOf(griefer), 100e18 - 2 * BOND, "each renewal cost a bond");
        assertEq(slasher.getProposal(second).bond, BOND);
    }

    function test_file_paramsFixedAtFiling_succeeds() public givenFiled {
        SlasherParams memory p = _slasherParams();
        p.quorumBps = 9000;
        vm.prank(slasherOwner);
        slasher.setParams(p);
        // Alice's 300 of 1300 still meets the 15% quorum the proposal was filed under.
        _pass(1);
        assertEq(slasher.getProposal(1).quorumBps, QUORUM_BPS);
        assertEq(uint8(slasher.state(1)), uint8(ProposalState.Succeeded));
    }

    function test_file_zeroVotingDelay_succeeds() public givenPrunedEpoch {
        SlasherParams memory p = _slasherParams();
        p.votingDelay = 0;
        vm.prank(slasherOwner);
        slasher.setParams(p);
        uint256 id = _filePruned(E);
        assertEq(uint8(slasher.state(id)), uint8(ProposalState.Active));
        // Voting in the filing block is safe: weight is read a second before it.
        _vote(id, alice, true);
        assertEq(slasher.getProposal(id).forVotes, 300e18);
    }

    // ---- castVote -------------------------------------------------------------------------------

    function test_castVote_active_succeeds() public givenFiled {
        _warpToVoteStart(1);
        vm.expectEmit(address(slasher));
        emit ISlasher.VoteCast(1, alice, true, 300e18);
        _vote(1, alice, true);
        _vote(1, bob, false);
        Proposal memory p = slasher.getProposal(1);
        assertEq(p.forVotes, 300e18);
        assertEq(p.againstVotes, 200e18);
        assertTrue(slasher.hasVoted(1, alice));
        assertFalse(slasher.hasVoted(1, carol));
    }

    function test_castVote_lastSecond_succeeds() public givenFiled {
        vm.warp(slasher.getProposal(1).voteEnd);
        _vote(1, carol, true);
        assertEq(slasher.getProposal(1).forVotes, 100e18);
    }

    function test_castVote_pending_reverts() public givenFiled {
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Slasher__UnexpectedState.selector, 1, uint8(ProposalState.Pending)
            )
        );
        _vote(1, alice, true);
    }

    function test_castVote_afterVote_reverts() public givenFiled {
        _warpPastVote(1);
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Slasher__UnexpectedState.selector, 1, uint8(ProposalState.Defeated)
            )
        );
        _vote(1, alice, true);
    }

    function test_castVote_twice_reverts() public givenFiled {
        _warpToVoteStart(1);
        _vote(1, alice, true);
        vm.expectRevert(abi.encodeWithSelector(Errors.Slasher__AlreadyVoted.selector, 1, alice));
        _vote(1, alice, false);
    }

    function test_castVote_noWeight_reverts() public givenFiled {
        _warpToVoteStart(1);
        // The filer holds AZT but never delegated: no vote weight.
        vm.expectRevert(abi.encodeWithSelector(Errors.Slasher__NoVotingPower.selector, 1, filer));
        _vote(1, filer, true);
    }

    function test_castVote_unknownProposal_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(Errors.Slasher__UnknownProposal.selector, 7));
        _vote(7, alice, true);
    }

    function test_castVote_tokensMovedAfterFiling_succeeds() public givenFiled {
        // After filing alice hands all her AZT to dave, who delegates: neither gains weight.
        address dave = makeAddr("dave");
        vm.prank(alice);
        assertTrue(token.transfer(dave, 300e18));
        vm.prank(dave);
        token.delegate(dave);
        _warpToVoteStart(1);
        vm.expectRevert(abi.encodeWithSelector(Errors.Slasher__NoVotingPower.selector, 1, dave));
        _vote(1, dave, true);
        _vote(1, alice, true);
        assertEq(slasher.getProposal(1).forVotes, 300e18);
    }

    function test_castVote_tokensBoughtInFilingBlock_reverts() public givenPrunedEpoch {
        address dave = makeAddr("dave");
        _giveVotes(dave, 1000e18);
        uint256 id = _filePruned(E);
        assertEq(slasher.getProposal(id).supply, 1300e18);
        _warpToVoteStart(id);
        vm.expectRevert(abi.encodeWithSelector(Errors.Slasher__NoVotingPower.selector, id, dave));
        _vote(id, dave, true);
    }

    // ---- state ----------------------------------------------------------------------------------

    function test_state_unknown_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(Errors.Slasher__UnknownProposal.selector, 1));
        slasher.state(1);
    }

    function test_state_lifecycle_succeeds() public givenFiled {
        Proposal memory p = slasher.getProposal(1);
        assertEq(uint8(slasher.state(1)), uint8(ProposalState.Pending));
        vm.warp(uint256(p.voteStart) - 1);
        assertEq(uint8(slasher.state(1)), uint8(ProposalState.Pending));
        vm.warp(p.voteStart);
        assertEq(uint8(slasher.state(1)), uint8(ProposalState.Active));
        _vote(1, alice, true);
        vm.warp(p.voteEnd);
        assertEq(uint8(slasher.state(1)), uint8(ProposalState.Active));
        vm.warp(uint256(p.voteEnd) + 1);
        assertEq(uint8(slasher.state(1)), uint8(ProposalState.Succeeded));
        vm.warp(p.executeBy);
        assertEq(uint8(slasher.state(1)), uint8(ProposalState.Succeeded));
        vm.warp(uint256(p.executeBy) + 1);
        assertEq(uint8(slasher.state(1)), uint8(ProposalState.Expired));
    }

    function test_state_belowQuorum_succeeds() public givenFiled {
        // 100 + 0 of 1300 is 7.7% < 15%: defeated though every vote is for.
        _warpToVoteStart(1);
        _vote(1, carol, true);
        _warpPastVote(1);
        assertEq(uint8(slasher.state(1)), uint8(ProposalState.Defeated));
    }

    function test_state_exactlyMajority_succeeds() public givenFiled {
        // 300 for, 200 against: exactly 60% of the votes cast passes.
        _warpToVoteStart(1);
        _vote(1, alice, true);
        _vote(1, bob, false);
        vm.warp(uint256(slasher.getProposal(1).voteEnd) + 1);
        assertEq(uint8(slasher.state(1)), uint8(ProposalState.Succeeded));
    }

    function test_state_majorityMissed_succeeds() public givenFiled {
        _warpToVoteStart(1);
        _vote(1, alice, true);
        _vote(1, bob, false);
        _vote(1, carol, false);
        _warpPastVote(1);
        assertEq(uint8(slasher.state(1)), uint8(ProposalState.Defeated));
    }

    function test_state_againstVotesCountForQuorum_succeeds() public givenFiled {
        // Carol for (100) alone misses the 195 quorum; bob's 200 against lifts participation to
        // 300 but leaves the yes share at 33%: still defeated, as the simulator's rule says.
        _warpToVoteStart(1);
        _vote(1, carol, true);
        _vote(1, bob, false);
        _warpPastVote(1);
        assertEq(uint8(slasher.state(1)), uint8(ProposalState.Defeated));
        assertFalse(slasher.passes(100e18, 200e18, 1300e18, QUORUM_BPS, MAJORITY_BPS));
        assertTrue(slasher.passes(300e18, 200e18, 1300e18, QUORUM_BPS, MAJORITY_BPS));
    }

    // ---- execute --------------------------------------------------------------------------------

    function test_execute_succeeded_succeeds() public givenFiled {
        address[] memory c = _sortedCommittee(E);
        _pass(1);
        uint256 poolBefore = token.balanceOf(address(pool));
        for (uint256 i = 0; i < c.length; ++i) {
            vm.expectEmit(address(staking));
            emit IStaking.Slashed(c[i], MIN_STAKE, true);
        }
        vm.expectEmit(address(slasher));
        emit ISlasher.ProposalExecuted(1, c.length * MIN_STAKE);
        vm.expectEmit(address(slasher));
        emit ISlasher.BondReturned(1, filer, BOND);
        slasher.execute(1);

        assertEq(uint8(slasher.state(1)), uint8(ProposalState.Executed));
        for (uint256 i = 0; i < c.length; ++i) {
            assertEq(staking.getStake(c[i]).amount, 0);
            assertFalse(staking.isActive(c[i]));
        }
        assertEq(staking.getActiveSetSize(), 2);
        assertEq(token.balanceOf(address(pool)) - poolBefore, c.length * MIN_STAKE);
        assertEq(token.balanceOf(filer), 100e18);
        assertEq(token.balanceOf(address(slasher)), 0);
        assertTrue(slasher.getProposal(1).bondSettled);
    }

    function test_execute_partialShareOfStakeAtExecution_succeeds() public givenPrunedEpoch {
        _setProposalBps(2500);
        address v = rollup.getEpochCommittee(E)[0];
        vm.prank(filer);
        uint256 id = slasher.file(_one(v), EvidenceKind.PRUNED_EPOCH, abi.encode(E));
        // A top-up after filing is slashed too: the share applies to the stake at execution.
        token.mint(address(this), 100e18);
        token.approve(address(staking), 100e18);
        staking.stake(v, v, 100e18);
        _pass(id);
        slasher.execute(id);
        assertEq(staking.getStake(v).amount, 150e18);
        assertFalse(staking.isActive(v)); // every proposal kicks
    }

    function test_execute_twice_reverts() public givenFiled {
        _pass(1);
        slasher.execute(1);
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Slasher__UnexpectedState.selector, 1, uint8(ProposalState.Executed)
            )
        );
        slasher.execute(1);
    }

    function test_execute_active_reverts() public givenFiled {
        _warpToVoteStart(1);
        _vote(1, alice, true);
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Slasher__UnexpectedState.selector, 1, uint8(ProposalState.Active)
            )
        );
        slasher.execute(1);
    }

    function test_execute_defeated_reverts() public givenFiled {
        _warpPastVote(1);
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Slasher__UnexpectedState.selector, 1, uint8(ProposalState.Defeated)
            )
        );
        slasher.execute(1);
    }

    function test_execute_expired_reverts() public givenFiled {
        _pass(1);
        vm.warp(uint256(slasher.getProposal(1).executeBy) + 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Slasher__UnexpectedState.selector, 1, uint8(ProposalState.Expired)
            )
        );
        slasher.execute(1);
    }

    function test_execute_withdrawnValidator_succeeds() public givenPrunedEpoch {
        address[] memory c = _sortedCommittee(E);
        // c[0] exits and withdraws before anyone files (a named stake is locked: see
        // test_withdraw_namedInLiveProposal_reverts). The exit delay is shortened to reach the
        // withdrawn case; the slasher's own minimum is lowered to allow it.
        SlasherParams memory p = _slasherParams();
        p.votingPeriod = 1;
        p.executionWindow = 1;
        vm.prank(slasherOwner);
        slasher.setParams(p);
        staking.setExitDelay(slasher.minimumExitDelay());
        vm.prank(c[0]);
        staking.initiateExit(c[0]);
        vm.warp(block.timestamp + staking.exitDelay());
        vm.prank(c[0]);
        staking.withdraw(c[0], c[0]);
        uint256 id = _filePruned(E);
        _warpToVoteStart(id);
        _vote(id, alice, true);
        _warpPastVote(id);
        vm.expectEmit(address(slasher));
        emit ISlasher.SlashSkipped(id, c[0]);
        slasher.execute(id);
        assertEq(token.balanceOf(c[0]), MIN_STAKE);
        for (uint256 i = 1; i < c.length; ++i) {
            assertEq(staking.getStake(c[i]).amount, 0);
        }
        assertEq(uint8(slasher.state(id)), uint8(ProposalState.Executed));
    }

    function test_execute_exitingValidator_succeeds() public givenPrunedEpoch {
        address[] memory c = _sortedCommittee(E);
        uint256 id = _filePruned(E);
        vm.prank(c[1]);
        staking.initiateExit(c[1]);
        _pass(id);
        slasher.execute(id);
        IStaking.StakeInfo memory st = staking.getStake(c[1]);
        assertEq(uint8(st.status), uint8(IStaking.Status.EXITING));
        assertEq(st.amount, 0);
    }

    function test_execute_alreadyKickedValidator_succeeds() public givenPrunedEpoch {
        address[] memory c = _sortedCommittee(E);
        // c[2] was kicked (10% slashed) for an equivocation before the vote ends.
        slasher.slashEquivocation(_equivocation(c[2], E * EPOCH));
        assertFalse(staking.isActive(c[2]));
        uint256 id = _filePruned(E);
        _pass(id);
        slasher.execute(id);
        assertEq(staking.getStake(c[2]).amount, 0);
        assertEq(uint8(staking.getStake(c[2]).status), uint8(IStaking.Status.STAKED));
    }

    function test_execute_fullySlashedInactiveValidator_succeeds() public givenPrunedEpoch {
        address[] memory c = _sortedCommittee(E);
        uint256 id = _filePruned(E);
        bytes memory evidence = _equivEvidence(c[3]);
        vm.prank(filer);
        uint256 other = slasher.file(_one(c[3]), EvidenceKind.EQUIVOCATION, evidence);
        _pass(other);
        slasher.execute(other);
        vm.warp(slasher.getProposal(id).voteStart);
        _vote(id, bob, true);
        _warpPastVote(id);
        vm.expectEmit(address(slasher));
        emit ISlasher.SlashSkipped(id, c[3]);
        slasher.execute(id);
    }

    function _equivEvidence(address a) internal view returns (bytes memory) {
        return abi.encode(_equivocation(a, E * EPOCH + 1));
    }

    // ---- settleBond -----------------------------------------------------------------------------

    function test_settleBond_defeated_succeeds() public givenFiled {
        _warpPastVote(1);
        uint256 poolBefore = token.balanceOf(address(pool));
        vm.expectEmit(address(slasher));
        emit ISlasher.BondForfeited(1, address(pool), BOND);
        vm.prank(carol);
        slasher.settleBond(1);
        assertEq(token.balanceOf(address(pool)) - poolBefore, BOND);
        assertEq(token.balanceOf(address(slasher)), 0);
    }

    function test_settleBond_expired_succeeds() public givenFiled {
        _pass(1);
        vm.warp(uint256(slasher.getProposal(1).executeBy) + 1);
        vm.expectEmit(address(slasher));
        emit ISlasher.BondReturned(1, filer, BOND);
        slasher.settleBond(1);
        assertEq(token.balanceOf(filer), 100e18);
    }

    function test_settleBond_active_reverts() public givenFiled {
        _warpToVoteStart(1);
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Slasher__UnexpectedState.selector, 1, uint8(ProposalState.Active)
            )
        );
        slasher.settleBond(1);
    }

    function test_settleBond_succeeded_reverts() public givenFiled {
        _pass(1);
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Slasher__UnexpectedState.selector, 1, uint8(ProposalState.Succeeded)
            )
        );
        slasher.settleBond(1);
    }

    function test_settleBond_executed_reverts() public givenFiled {
        _pass(1);
        slasher.execute(1);
        vm.expectRevert(abi.encodeWithSelector(Errors.Slasher__BondSettled.selector, 1));
        slasher.settleBond(1);
    }

    function test_settleBond_unknownProposal_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(Errors.Slasher__UnknownProposal.selector, 1));
        slasher.settleBond(1);
    }

    function test_settleBond_twice_reverts() public givenFiled {
        _warpPastVote(1);
        slasher.settleBond(1);
        vm.expectRevert(abi.encodeWithSelector(Errors.Slasher__BondSettled.selector, 1));
        slasher.settleBond(1);
    }

    // ---- decoys (finding 3 of issue 14) ---------------------------------------------------------

    /// @dev A griefing token holder who files first on the same evidence.
    function _griefer() internal returns (address griefer) {
        griefer = makeAddr("griefer");
        token.mint(griefer, 100e18);
        vm.prank(griefer);
        token.approve(address(slasher), type(uint256).max);
    }

    /// @dev `c` without its first member.
    function _rest(address[] memory c) internal pure returns (address[] memory r) {
        r = new address[](c.length - 1);
        for (uint256 i = 1; i < c.length; ++i) {
            r[i - 1] = c[i];
        }
    }

    /// @notice Finding 3 of issue 14: a decoy naming one member (then with a 1 bps slash and no
    ///         kick) on the same evidence blocked the real proposal until the decoy's vote ended.
    ///         Evidence is now accounted per (evidence, validator): the others can be named at
    ///         once, and the decoy itself carries the full consequence.
    function test_file_decoyOnSameEvidence_doesNotBlockRealProposal() public givenPrunedEpoch {
        address[] memory c = _sortedCommittee(E);
        address griefer = _griefer();
        vm.prank(griefer);
        uint256 decoy = slasher.file(_one(c[0]), EvidenceKind.PRUNED_EPOCH, abi.encode(E));
        vm.prank(filer);
        uint256 real = slasher.file(_rest(c), EvidenceKind.PRUNED_EPOCH, abi.encode(E));
        assertEq(slasher.getProposal(decoy).slashBps, PROPOSAL_BPS);
        assertTrue(slasher.getProposal(decoy).kick);
        assertEq(uint8(slasher.state(real)), uint8(ProposalState.Pending));
        // Naming the decoyed member again is refused only for that member.
        bytes32 key = keccak256(abi.encode(EvidenceKind.PRUNED_EPOCH, E));
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Slasher__EvidenceInUse.selector, key, c[0], decoy)
        );
        vm.prank(filer);
        slasher.file(c, EvidenceKind.PRUNED_EPOCH, abi.encode(E));
    }

    /// @notice Finding 3 of issue 14: a decoy that passed and was executed burned the evidence
    ///         (its 1 bps slash was all the decoyed member ever paid). Now every proposal carries
    ///         the full consequence, so executing the decoy is executing the real slash.
    function test_execute_decoyCannotBurnEvidence() public givenPrunedEpoch {
        address[] memory c = _sortedCommittee(E);
        address griefer = _griefer();
        vm.prank(griefer);
        uint256 decoy = slasher.file(_one(c[0]), EvidenceKind.PRUNED_EPOCH, abi.encode(E));
        _pass(decoy);
        slasher.execute(decoy);
        assertEq(staking.getStake(c[0]).amount, 0, "decoyed member kept its stake");
        assertFalse(staking.isActive(c[0]));
        // The rest of the committee is still slashable on the same evidence.
        vm.prank(filer);
        uint256 real = slasher.file(_rest(c), EvidenceKind.PRUNED_EPOCH, abi.encode(E));
        _pass(real);
        slasher.execute(real);
        for (uint256 i = 0; i < c.length; ++i) {
            assertEq(staking.getStake(c[i]).amount, 0);
        }
    }

    /// @notice Finding 3 of issue 14: while a decoy held the evidence, a named member could let
    ///         its exit delay run out and withdraw before the real proposal resolved. A stake
    ///         named in a live proposal is now locked until the proposal's executeBy.
    function test_withdraw_namedInLiveProposal_reverts() public {
        staking.setExitDelay(slasher.minimumExitDelay());
        _warpToEpoch(E - LAG + 1);
        address runaway = _sortedCommittee(E)[0];
        _warpToEpoch(E - LAG);
        vm.prank(runaway);
        staking.initiateExit(runaway);
        uint256 exitableAt = staking.getStake(runaway).exitableAt;
        _pruneEpoch(E);
        // The proposal is filed one second before the exit delay ends (a decoy used to keep the
        // evidence busy until then).
        vm.warp(exitableAt - 1);
        uint256 id = _filePruned(E);
        uint256 executeBy = slasher.getProposal(id).executeBy;
        vm.warp(exitableAt);
        vm.expectRevert(abi.encodeWithSelector(Errors.Staking__Locked.selector, runaway, executeBy));
        vm.prank(runaway);
        staking.withdraw(runaway, runaway);
        _pass(id);
        slasher.execute(id);
        assertEq(staking.getStake(runaway).amount, 0);
    }

    /// @notice A defeated proposal frees its (evidence, validator) pairs, and its lock ends by
    ///         itself at its executeBy: a griefer cannot hold an implicated stake for longer than
    ///         one proposal's life without paying another bond.
    function test_withdraw_afterDefeatedProposalLock_succeeds() public givenPrunedEpoch {
        address[] memory c = _sortedCommittee(E);
        address griefer = _griefer();
        vm.prank(griefer);
        uint256 decoy = slasher.file(_one(c[0]), EvidenceKind.PRUNED_EPOCH, abi.encode(E));
        staking.setExitDelay(slasher.minimumExitDelay());
        vm.prank(c[0]);
        staking.initiateExit(c[0]);
        uint256 exitableAt = staking.getStake(c[0]).exitableAt;
        Proposal memory p = slasher.getProposal(decoy);
        assertGt(exitableAt, p.executeBy);
        vm.warp(exitableAt);
        assertEq(uint8(slasher.state(decoy)), uint8(ProposalState.Defeated));
        vm.prank(c[0]);
        staking.withdraw(c[0], c[0]);
        assertEq(token.balanceOf(c[0]), MIN_STAKE);
        slasher.settleBond(decoy);
        assertEq(token.balanceOf(griefer), 100e18 - BOND);
    }

    // ---- no escape by exiting -------------------------------------------------------------------

    /// @notice With the exit delay at exactly the slasher's minimum, a member of epoch E's
    ///         committee that starts its exit at the earliest moment it could (the first second
    ///         after its committee was sampled, the start of epoch E - LAG) is still in Staking
    ///         when a proposal filed the moment E is pruned passes and is executed.
    function test_execute_memberExitedRightAfterSampling_succeeds() public {
        staking.setExitDelay(slasher.minimumExitDelay());
        // Read the committee once it is final (a view), then go back to the start of E - LAG: the
        // first second at which a sampled member can leave the set.
        _warpToEpoch(E - LAG + 1);
        address runaway = _sortedCommittee(E)[0];
        _warpToEpoch(E - LAG);
        vm.prank(runaway);
        staking.initiateExit(runaway);
        uint256 exitableAt = staking.getStake(runaway).exitableAt;

        _pruneEpoch(E); // leaves us at the first second E is prunable
        uint256 id = _filePruned(E);
        _pass(id);
        assertLt(block.timestamp, exitableAt);
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Staking__ExitDelayNotPassed.selector, runaway, block.timestamp, exitableAt
            )
        );
        vm.prank(runaway);
        staking.withdraw(runaway, runaway);

        slasher.execute(id);
        assertEq(staking.getStake(runaway).amount, 0);
        // The slack left is the execution window, less the second the vote took to close, plus
        // the 38 epochs by which the inactivity filing deadline (E + 40) follows E's pruning
        // (E + 2): the exit delay covers the later of the two.
        assertEq(exitableAt - block.timestamp, EXECUTION_WINDOW - 1 + 38 * EPOCH * SLOT);
    }

    /// @notice A member that leaves after its epoch ends is slashed as well.
    function test_execute_memberExitedAfterItsEpoch_succeeds() public {
        _warpToEpoch(E);
        address[] memory c = _sortedCommittee(E);
        _proposeNext();
        _warpToEpoch(E + 1);
        vm.prank(c[3]);
        staking.initiateExit(c[3]);
        _warpToEpoch(E + 2);
        rollup.prune();
        uint256 id = _filePruned(E);
        _pass(id);
        slasher.execute(id);
        assertEq(staking.getStake(c[3]).amount, 0);
        assertEq(uint8(staking.getStake(c[3]).status), uint8(IStaking.Status.EXITING));
    }
}
