// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Test} from "forge-std/Test.sol";

import {EvidenceKind, Proposal, ProposalState} from "../../contracts/interfaces/ISlasher.sol";
import {IStaking} from "../../contracts/interfaces/IStaking.sol";
import {Slasher} from "../../contracts/slashing/Slasher.sol";
import {AZT} from "../../contracts/token/AZT.sol";
import {SlasherHandler} from "./handlers/SlasherHandler.sol";

/// @notice Invariants of the Slasher over random proposal lives with hostile actors (see
///         SlasherHandler): a griefer filing decoys on any subset of a committee and voting
///         against, members trying to escape by exiting, an honest watcher filing the rest.
/// @dev Every handler call runs the real rollup and signs with real keys.
contract SlasherInvariants is Test {
    SlasherHandler internal handler;
    Slasher internal slasher;

    function setUp() public {
        handler = new SlasherHandler();
        handler.init();
        slasher = Slasher(handler.target());
        // Weights: votes, time and executions come often enough that most runs carry proposals
        // through their whole life; decoys and the watcher's filings race on the same evidence.
        bytes4[] memory selectors = new bytes4[](23);
        selectors[0] = SlasherHandler.fileDecoy.selector;
        selectors[1] = SlasherHandler.fileRest.selector;
        selectors[2] = SlasherHandler.fileEquivocation.selector;
        selectors[3] = SlasherHandler.vote.selector;
        selectors[4] = SlasherHandler.vote.selector;
        selectors[5] = SlasherHandler.vote.selector;
        selectors[6] = SlasherHandler.warp.selector;
        selectors[7] = SlasherHandler.warp.selector;
        selectors[8] = SlasherHandler.warp.selector;
        selectors[9] = SlasherHandler.execute.selector;
        selectors[10] = SlasherHandler.execute.selector;
        selectors[11] = SlasherHandler.settleBond.selector;
        selectors[12] = SlasherHandler.slashEquivocation.selector;
        selectors[13] = SlasherHandler.exit.selector;
        selectors[14] = SlasherHandler.withdraw.selector;
        selectors[15] = SlasherHandler.topUp.selector;
        selectors[16] = SlasherHandler.driveToExecution.selector;
        selectors[17] = SlasherHandler.fileDecoy.selector;
        selectors[18] = SlasherHandler.driveToExecution.selector;
        selectors[19] = SlasherHandler.fileRest.selector;
        selectors[20] = SlasherHandler.escape.selector;
        selectors[21] = SlasherHandler.fileDecoy.selector;
        selectors[22] = SlasherHandler.fileInactivity.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
        targetContract(address(handler));
    }

    function _token() internal view returns (AZT) {
        return AZT(address(slasher.staking().token()));
    }

    /// @custom:invariant A proposal is executed at most once, and is in state Executed exactly
    ///                   when it was executed.
    function invariant_executedAtMostOnce() public view {
        for (uint256 id = 1; id <= slasher.proposalCount(); ++id) {
            uint256 n = handler.ghostExecutions(id);
            assertLe(n, 1);
            assertEq(slasher.state(id) == ProposalState.Executed, n == 1);
        }
    }

    /// @custom:invariant Bonds are conserved: the slasher holds exactly the bonds not yet
    ///                   settled, and every bond posted was returned, forfeited or is still held.
    function invariant_bondsConserved() public view {
        uint256 held;
        for (uint256 id = 1; id <= slasher.proposalCount(); ++id) {
            Proposal memory p = slasher.getProposal(id);
            if (!p.bondSettled) held += p.bond;
        }
        uint256 balance = _token().balanceOf(address(slasher));
        assertEq(balance, held);
        assertEq(
            handler.ghostBondsPosted(),
            handler.ghostBondsReturned() + handler.ghostBondsForfeited() + balance
        );
    }

    /// @custom:invariant Stake is never taken but by a vote or an equivocation proof, and never
    ///                   more than was staked: every AZT staked is still staked, was withdrawn,
    ///                   or reached the reward pool through `execute` or `slashEquivocation`;
    ///                   Staking holds exactly the stakes it records.
    function invariant_slashedNeverExceedsStake() public view {
        uint256 staked;
        uint256 held;
        for (uint256 i = 0; i < handler.attesterCount(); ++i) {
            address a = handler.attesterAt(i);
            uint256 amount = slasher.staking().getStake(a).amount;
            assertLe(amount, handler.ghostStaked(a));
            staked += handler.ghostStaked(a);
            held += amount;
        }
        assertEq(_token().balanceOf(address(slasher.staking())), held);
        assertEq(staked, held + handler.ghostWithdrawn() + handler.ghostSlashedToPool());
    }

    /// @custom:invariant Votes never exceed the supply at the snapshot, and an executed proposal
    ///                   passed under the thresholds it was filed with and has its bond settled.
    function invariant_tallyWithinSupply() public view {
        for (uint256 id = 1; id <= slasher.proposalCount(); ++id) {
            Proposal memory p = slasher.getProposal(id);
            assertLe(p.forVotes + p.againstVotes, p.supply);
            if (p.executed) {
                assertTrue(p.bondSettled);
                assertTrue(
                    slasher.passes(p.forVotes, p.againstVotes, p.supply, p.quorumBps, p.majorityBps)
                );
            }
        }
    }

    /// @custom:invariant One live proposal per (evidence, validator): no two proposals on the
    ///                   same evidence that name the same validator are both pending, active,
    ///                   succeeded or executed. INACTIVITY evidence is exempt (any number may
    ///                   live; it expires instead, and each epoch is slashed once).
    function invariant_oneLiveProposalPerEvidenceAndValidator() public view {
        uint256 count = slasher.proposalCount();
        for (uint256 i = 1; i <= count; ++i) {
            if (!_blocks(i)) continue;
            Proposal memory a = slasher.getProposal(i);
            if (a.kind == EvidenceKind.INACTIVITY) continue;
            for (uint256 j = i + 1; j <= count; ++j) {
                Proposal memory b = slasher.getProposal(j);
                if (b.evidenceKey != a.evidenceKey || !_blocks(j)) continue;
                assertFalse(_overlap(a.validators, b.validators));
            }
        }
    }

    /// @custom:invariant Evidence is never lost to a decoy: every proposal carries the full
    ///                   consequence (the governance share and a kick), every execution took
    ///                   exactly that share of each named stake and left none active, and the
    ///                   honest watcher could always file on every member still free.
    function invariant_evidenceNeverLostToADecoy() public view {
        assertFalse(handler.ghostHonestRefused());
        assertFalse(handler.ghostWrongConsequence());
        uint256 share = slasher.getParams().proposalSlashBps;
        for (uint256 id = 1; id <= slasher.proposalCount(); ++id) {
            Proposal memory p = slasher.getProposal(id);
            assertEq(p.slashBps, share);
            assertTrue(p.kick);
        }
    }

    /// @custom:invariant A slash cannot be escaped by exiting: no member withdrew while a
    ///                   proposal naming it could still be executed, and every named stake is
    ///                   locked until the last executeBy of the live proposals naming it.
    function invariant_slashCannotBeEscapedByExiting() public view {
        assertFalse(handler.ghostEscaped());
        for (uint256 id = 1; id <= slasher.proposalCount(); ++id) {
            if (!_live(id)) continue;
            Proposal memory p = slasher.getProposal(id);
            for (uint256 i = 0; i < p.validators.length; ++i) {
                IStaking.StakeInfo memory st = slasher.staking().getStake(p.validators[i]);
                if (st.status == IStaking.Status.NONE) continue; // withdrawn before filing
                assertGe(st.lockedUntil, p.executeBy);
            }
        }
    }

    function _blocks(uint256 id) internal view returns (bool) {
        ProposalState s = slasher.state(id);
        return s != ProposalState.Defeated && s != ProposalState.Expired;
    }

    function _live(uint256 id) internal view returns (bool) {
        ProposalState s = slasher.state(id);
        return
            s == ProposalState.Pending || s == ProposalState.Active || s == ProposalState.Succeeded;
    }

    function _overlap(address[] memory a, address[] memory b) internal pure returns (bool) {
        for (uint256 i = 0; i < a.length; ++i) {
            for (uint256 j = 0; j < b.length; ++j) {
                if (a[i] == b[j]) return true;
            }
        }
        return false;
    }

    /// @custom:invariant The campaign files proposals and votes (a guard against a handler whose
    ///                   calls all revert, which would make the other invariants vacuous).
    function afterInvariant() public view {
        assertGt(handler.files(), 0, "no proposal filed");
    }
}
