// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {EvidenceKind, Proposal, ProposalState} from "../../../contracts/interfaces/ISlasher.sol";
import {IStaking} from "../../../contracts/interfaces/IStaking.sol";
import {SlasherBase} from "../../slashing/SlasherBase.sol";

/// @notice Drives a real Slasher (over the real Rollup, Staking and AZT) with random filings,
///         votes, executions, bond settlements, equivocation slashes, exits, withdrawals, top-ups
///         and time, and keeps ghost books of what went in and out.
contract SlasherHandler is SlasherBase {
    uint256[3] internal prunedEpochs = [uint256(2), 5, 8];
    address[] internal voters;

    uint256 public files;
    uint256 public votes;
    uint256 public executes;
    uint256 public ghostBondsPosted;
    uint256 public ghostBondsReturned;
    uint256 public ghostBondsForfeited;
    uint256 public ghostSlashedToPool;
    uint256 public ghostWithdrawn;
    mapping(address attester => uint256) public ghostStaked;
    mapping(uint256 id => uint256) public ghostExecutions;

    function init() external {
        setUp();
        for (uint256 i = 0; i < 3; ++i) {
            _pruneEpoch(prunedEpochs[i]);
        }
        token.mint(filer, 1000e18);
        voters.push(alice);
        voters.push(bob);
        voters.push(carol);
        for (uint256 i = 0; i < attesters.length; ++i) {
            ghostStaked[attesters[i]] = MIN_STAKE;
        }
    }

    function target() external view returns (address) {
        return address(slasher);
    }

    function attesterCount() external view returns (uint256) {
        return attesters.length;
    }

    function attesterAt(uint256 i) external view returns (address) {
        return attesters[i];
    }

    // ---- actions --------------------------------------------------------------------------------

    function file(uint256 epochSeed, uint256 bps, bool kick, uint256 mask) external {
        uint256 epoch = prunedEpochs[epochSeed % 3];
        address[] memory committee = _sortedCommittee(epoch);
        mask = bound(mask, 1, (1 << committee.length) - 1);
        address[] memory chosen = new address[](committee.length);
        uint256 n;
        for (uint256 i = 0; i < committee.length; ++i) {
            if (mask & (1 << i) != 0) chosen[n++] = committee[i];
        }
        assembly ("memory-safe") {
            mstore(chosen, n)
        }
        bps = bound(bps, 0, 10_000);
        if (bps == 0) kick = true;
        _file(chosen, bps, kick, EvidenceKind.PRUNED_EPOCH, abi.encode(epoch));
    }

    function fileEquivocation(uint256 memberSeed, uint256 slotSeed, uint256 bps) external {
        uint256 epoch = prunedEpochs[slotSeed % 3];
        address[] memory committee = rollup.getEpochCommittee(epoch);
        address member = committee[memberSeed % committee.length];
        uint256 slot = epoch * EPOCH + slotSeed % EPOCH;
        bytes memory evidence = abi.encode(_equivocation(member, slot));
        _file(_one(member), bound(bps, 1, 10_000), true, EvidenceKind.EQUIVOCATION, evidence);
    }

    function _file(
        address[] memory validators,
        uint256 bps,
        bool kick,
        EvidenceKind kind,
        bytes memory evidence
    ) internal {
        uint256 bond = slasher.getParams().filingBond;
        vm.prank(filer);
        try slasher.file(validators, bps, kick, kind, evidence) {
            ++files;
            ghostBondsPosted += bond;
        } catch {}
    }

    function vote(uint256 voterSeed, uint256 idSeed, bool support) external {
        uint256 count = slasher.proposalCount();
        if (count == 0) return;
        uint256 id = idSeed % count + 1;
        vm.prank(voters[voterSeed % voters.length]);
        try slasher.castVote(id, support) {
            ++votes;
        } catch {}
    }

    /// @dev Whole hours: the vote's phases last hours to days, and seconds would rarely move a
    ///      proposal on.
    function warp(uint256 hours_) external {
        vm.warp(block.timestamp + bound(hours_, 1, 30) * 1 hours);
    }

    function execute(uint256 idSeed) external {
        uint256 count = slasher.proposalCount();
        if (count == 0) return;
        uint256 id = idSeed % count + 1;
        uint256 poolBefore = token.balanceOf(address(pool));
        uint256 bond = slasher.getProposal(id).bond;
        try slasher.execute(id) {
            ++executes;
            ++ghostExecutions[id];
            ghostBondsReturned += bond;
            ghostSlashedToPool += token.balanceOf(address(pool)) - poolBefore;
        } catch {}
    }

    /// @dev A determined majority: moves proposal `idSeed` to its vote, has alice and bob (500 of
    ///      about 1300+ AZT) vote for it, closes the vote and executes. Without this, random walks
    ///      rarely carry a proposal through its whole life.
    function driveToExecution(uint256 idSeed) external {
        uint256 count = slasher.proposalCount();
        if (count == 0) return;
        uint256 id = idSeed % count + 1;
        Proposal memory p = slasher.getProposal(id);
        if (block.timestamp < p.voteStart) vm.warp(p.voteStart);
        if (block.timestamp > p.voteEnd) return;
        for (uint256 i = 0; i < 2; ++i) {
            vm.prank(voters[i]);
            try slasher.castVote(id, true) {
                ++votes;
            } catch {}
        }
        vm.warp(uint256(p.voteEnd) + 1);
        this.execute(idSeed);
    }

    function settleBond(uint256 idSeed) external {
        uint256 count = slasher.proposalCount();
        if (count == 0) return;
        uint256 id = idSeed % count + 1;
        bool defeated;
        try slasher.state(id) returns (ProposalState s) {
            defeated = s == ProposalState.Defeated;
        } catch {
            return;
        }
        uint256 bond = slasher.getProposal(id).bond;
        try slasher.settleBond(id) {
            if (defeated) ghostBondsForfeited += bond;
            else ghostBondsReturned += bond;
        } catch {}
    }

    function slashEquivocation(uint256 memberSeed, uint256 slotSeed) external {
        uint256 epoch = prunedEpochs[slotSeed % 3];
        address[] memory committee = rollup.getEpochCommittee(epoch);
        address member = committee[memberSeed % committee.length];
        uint256 poolBefore = token.balanceOf(address(pool));
        try slasher.slashEquivocation(_equivocation(member, epoch * EPOCH + slotSeed % EPOCH)) {
            ghostSlashedToPool += token.balanceOf(address(pool)) - poolBefore;
        } catch {}
    }

    function exit(uint256 attesterSeed) external {
        address a = attesters[attesterSeed % attesters.length];
        vm.prank(a);
        try staking.initiateExit(a) {} catch {}
    }

    function withdraw(uint256 attesterSeed) external {
        address a = attesters[attesterSeed % attesters.length];
        uint256 amount = staking.getStake(a).amount;
        vm.prank(a);
        try staking.withdraw(a, a) {
            ghostWithdrawn += amount;
        } catch {}
    }

    function topUp(uint256 attesterSeed, uint256 amount) external {
        address a = attesters[attesterSeed % attesters.length];
        if (staking.getStake(a).status == IStaking.Status.EXITING) return;
        if (staking.getStake(a).status == IStaking.Status.NONE) return;
        amount = bound(amount, 1, 1000e18);
        token.mint(address(this), amount);
        token.approve(address(staking), amount);
        staking.stake(a, a, amount);
        ghostStaked[a] += amount;
    }

    // ---- views for the invariants ---------------------------------------------------------------

    function proposal(uint256 id) external view returns (Proposal memory) {
        return slasher.getProposal(id);
    }
}
