// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Equivocation, EvidenceKind, SlasherParams} from "../../contracts/interfaces/ISlasher.sol";
import {Header} from "../../contracts/libraries/HeaderLib.sol";
import {Slasher} from "../../contracts/slashing/Slasher.sol";
import {RollupBase} from "../rollup/helpers/RollupBase.sol";

/// @notice A Slasher over the real AZT, Staking, Rollup and HashChainVerifier of RollupBase (6
///         attesters, committees of 4, 8-slot epochs of 12 s, LAG 2, proof window 1 epoch),
///         three voters with delegated AZT and a filer, and helpers that prune an epoch, build
///         equivocations with real keys, and drive a proposal through its vote.
abstract contract SlasherBase is RollupBase {
    uint32 internal constant VOTING_DELAY = 1 hours;
    uint32 internal constant VOTING_PERIOD = 1 days;
    uint32 internal constant EXECUTION_WINDOW = 1 days;
    uint16 internal constant QUORUM_BPS = 1500;
    uint16 internal constant MAJORITY_BPS = 6000;
    uint16 internal constant EQUIVOCATION_BPS = 1000;
    uint16 internal constant PROPOSAL_BPS = 10_000;
    uint256 internal constant BOND = 10e18;

    Slasher internal slasher;
    address internal slasherOwner = makeAddr("slasherOwner");
    address internal filer = makeAddr("filer");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal carol = makeAddr("carol");

    function setUp() public virtual override {
        super.setUp();
        slasher = new Slasher(rollup, staking, slasherOwner, _slasherParams());
        _installSlasher(address(slasher));
        _giveVotes(alice, 300e18);
        _giveVotes(bob, 200e18);
        _giveVotes(carol, 100e18);
        token.mint(filer, 100e18);
        vm.prank(filer);
        token.approve(address(slasher), type(uint256).max);
        // Supply: 600 staked + 600 voters + 100 filer = 1300 AZT; the quorum is 195 AZT.
        vm.warp(block.timestamp + 1);
    }

    function _slasherParams() internal pure returns (SlasherParams memory) {
        return SlasherParams({
            votingDelay: VOTING_DELAY,
            votingPeriod: VOTING_PERIOD,
            executionWindow: EXECUTION_WINDOW,
            quorumBps: QUORUM_BPS,
            majorityBps: MAJORITY_BPS,
            equivocationSlashBps: EQUIVOCATION_BPS,
            proposalSlashBps: PROPOSAL_BPS,
            filingBond: BOND
        });
    }

    /// @notice Queues `next` as Staking's slasher (this test owns Staking) and activates it once
    ///         its delay (two 30-day exit delays) has passed, then brings the clock back: the
    ///         rollup's genesis is fixed a few minutes after set-up. Only the slasher address is
    ///         written in the meantime, so no timestamped state is left in the future.
    function _installSlasher(address next) internal {
        uint256 t = block.timestamp;
        staking.queueSlasher(next);
        (, uint256 activatesAt) = staking.pendingSlasher();
        vm.warp(activatesAt);
        staking.activateSlasher();
        vm.warp(t);
    }

    /// @notice Sets the share every proposal filed from now on slashes.
    function _setProposalBps(uint16 bps) internal {
        SlasherParams memory p = slasher.getParams();
        p.proposalSlashBps = bps;
        vm.prank(slasherOwner);
        slasher.setParams(p);
    }

    function _giveVotes(address who, uint256 amount) internal {
        token.mint(who, amount);
        vm.prank(who);
        token.delegate(who);
    }

    // ---- evidence -------------------------------------------------------------------------------

    /// @notice Proposes one block in `epoch`, lets its proof window pass and prunes it.
    function _pruneEpoch(uint256 epoch) internal {
        _warpToEpoch(epoch);
        _proposeNext();
        _warpToEpoch(epoch + 1 + _params().proofWindowEpochs);
        rollup.prune();
        assertTrue(rollup.isEpochPruned(epoch));
    }

    /// @notice `epoch`'s committee in increasing address order (how proposals name validators).
    function _sortedCommittee(uint256 epoch) internal view returns (address[] memory c) {
        c = rollup.getEpochCommittee(epoch);
        for (uint256 i = 1; i < c.length; ++i) {
            address x = c[i];
            uint256 j = i;
            while (j > 0 && c[j - 1] > x) {
                c[j] = c[j - 1];
                --j;
            }
            c[j] = x;
        }
    }

    /// @notice An active attester outside `epoch`'s committee.
    function _nonMember(uint256 epoch) internal view returns (address) {
        address[] memory c = rollup.getEpochCommittee(epoch);
        for (uint256 i = 0; i < attesters.length; ++i) {
            bool member;
            for (uint256 j = 0; j < c.length; ++j) {
                if (c[j] == attesters[i]) member = true;
            }
            if (!member) return attesters[i];
        }
        revert("no non-member");
    }

    function _one(address a) internal pure returns (address[] memory v) {
        v = new address[](1);
        v[0] = a;
    }

    /// @notice A header for `slot` whose content is told apart by `salt`.
    function _header(uint256 slot, uint256 salt) internal view returns (Header memory) {
        return Header({
            number: 1,
            slot: uint64(slot),
            parentHash: rollup.GENESIS_HASH(),
            txsHash: keccak256(abi.encode("txs", salt)),
            stateRoot: bytes32(0),
            inboxHash: bytes32(0),
            feePerDaGas: 1,
            feePerL2Gas: 1,
            coinbase: coinbase
        });
    }

    /// @notice `attester` signing two different headers for `slot` in this rollup's domain.
    function _equivocation(address attester, uint256 slot)
        internal
        view
        returns (Equivocation memory e)
    {
        e.attester = attester;
        e.header1 = _header(slot, 1);
        e.header2 = _header(slot, 2);
        e.signature1 = _sig(keyOf[attester], rollup.attestationDigest(e.header1));
        e.signature2 = _sig(keyOf[attester], rollup.attestationDigest(e.header2));
    }

    // ---- proposals ------------------------------------------------------------------------------

    /// @notice Files a slash-and-kick (PROPOSAL_BPS) of `epoch`'s whole committee as `filer`.
    function _filePruned(uint256 epoch) internal returns (uint256 id) {
        address[] memory committee = _sortedCommittee(epoch);
        vm.prank(filer);
        id = slasher.file(committee, EvidenceKind.PRUNED_EPOCH, abi.encode(epoch));
    }

    function _vote(uint256 id, address voter, bool support) internal {
        vm.prank(voter);
        slasher.castVote(id, support);
    }

    function _warpToVoteStart(uint256 id) internal {
        vm.warp(slasher.getProposal(id).voteStart);
    }

    function _warpPastVote(uint256 id) internal {
        vm.warp(uint256(slasher.getProposal(id).voteEnd) + 1);
    }

    /// @notice Drives `id` to Succeeded: alice (300 of 1300 AZT) votes for.
    function _pass(uint256 id) internal {
        _warpToVoteStart(id);
        _vote(id, alice, true);
        _warpPastVote(id);
    }
}
