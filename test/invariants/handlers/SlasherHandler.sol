// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {
    EvidenceKind,
    Inactivity,
    Proposal,
    ProposalState
} from "../../../contracts/interfaces/ISlasher.sol";
import {IStaking} from "../../../contracts/interfaces/IStaking.sol";
import {SlasherBase} from "../../slashing/SlasherBase.sol";

/// @notice Drives a real Slasher (over the real Rollup, Staking and AZT) with random filings,
///         votes, executions, bond settlements, equivocation slashes, exits, withdrawals, top-ups
///         and time, and keeps ghost books of what went in and out. The cast includes the hostile
///         actors of docs/threat-model.md: a griefing token holder who files decoys naming any
///         subset of a committee and votes against, and committee members who try to escape by
///         exiting and withdrawing while they are named. An honest watcher files on whoever is
///         still free; its filing must never be refused.
contract SlasherHandler is SlasherBase {
    uint256[3] internal prunedEpochs = [uint256(2), 5, 8];
    address[] internal voters;
    address public griefer = makeAddr("griefer");

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
    /// @notice Set if the honest watcher's filing on members still free was refused.
    bool public ghostHonestRefused;
    /// @notice Set if a member named in a live proposal withdrew.
    bool public ghostEscaped;
    /// @notice Set if an execution took from a named stake other than its share at execution.
    bool public ghostWrongConsequence;
    uint256 public decoys;
    /// @dev The epoch range of each INACTIVITY evidence key filed on.
    mapping(bytes32 key => uint256) internal inactivityFirst;
    mapping(bytes32 key => uint256) internal inactivityLast;

    function init() external {
        setUp();
        for (uint256 i = 0; i < 3; ++i) {
            _pruneEpoch(prunedEpochs[i]);
        }
        token.mint(filer, 1000e18);
        // The griefer has votes too (snapshotted later than set-up, so it votes on everything).
        _giveVotes(griefer, 150e18);
        vm.prank(griefer);
        token.approve(address(slasher), type(uint256).max);
        token.mint(griefer, 1000e18);
        // A determined majority for driveToExecution whatever the griefer votes and however
        // the supply grows with the watcher's bond money.
        _giveVotes(alice, 3000e18);
        vm.warp(block.timestamp + 1);
        voters.push(alice);
        voters.push(bob);
        voters.push(carol);
        voters.push(griefer);
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

    /// @dev The griefer files a decoy on a pruned epoch naming any subset of its committee.
    function fileDecoy(uint256 epochSeed, uint256 mask) external {
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
        if (_file(griefer, chosen, EvidenceKind.PRUNED_EPOCH, abi.encode(epoch))) ++decoys;
    }

    /// @dev The honest watcher files on every member of a pruned epoch's committee that has no
    ///      live or executed proposal on it. Such a filing is never refused.
    function fileRest(uint256 epochSeed) external {
        uint256 epoch = prunedEpochs[epochSeed % 3];
        address[] memory committee = _sortedCommittee(epoch);
        bytes32 key = slasher.evidenceKey(EvidenceKind.PRUNED_EPOCH, abi.encode(epoch));
        address[] memory free = new address[](committee.length);
        uint256 n;
        for (uint256 i = 0; i < committee.length; ++i) {
            uint256 id = slasher.proposalFor(key, committee[i]);
            if (id != 0) {
                ProposalState st = slasher.state(id);
                if (st != ProposalState.Defeated && st != ProposalState.Expired) continue;
            }
            free[n++] = committee[i];
        }
        if (n == 0) return;
        assembly ("memory-safe") {
            mstore(free, n)
        }
        if (token.balanceOf(filer) < BOND) token.mint(filer, 100 * BOND);
        if (!_file(filer, free, EvidenceKind.PRUNED_EPOCH, abi.encode(epoch))) {
            ghostHonestRefused = true;
        }
    }

    function fileEquivocation(uint256 memberSeed, uint256 slotSeed) external {
        uint256 epoch = prunedEpochs[slotSeed % 3];
        address[] memory committee = rollup.getEpochCommittee(epoch);
        address member = committee[memberSeed % committee.length];
        uint256 slot = epoch * EPOCH + slotSeed % EPOCH;
        bytes memory evidence = abi.encode(_equivocation(member, slot));
        _file(
            memberSeed % 2 == 0 ? filer : griefer, _one(member), EvidenceKind.EQUIVOCATION, evidence
        );
    }

    /// @dev The filer or the griefer files inactivity over one or two recent epochs (within
    ///      MAX_INACTIVITY_AGE_EPOCHS, or the range is refused) naming one member, with any
    ///      record: any number of proposals may name a member on a range, and execution slashes
    ///      each epoch of it once.
    function fileInactivity(uint256 memberSeed, uint256 epochSeed, uint256 record) external {
        uint256 last = rollup.getCurrentEpoch() - 1 - epochSeed % 3;
        uint256 first = last - (epochSeed / 3) % 2;
        address[] memory committee = rollup.getEpochCommittee(first);
        address member = committee[memberSeed % committee.length];
        bytes memory evidence = abi.encode(
            Inactivity({
                firstEpoch: first,
                lastEpoch: last,
                record: bytes32(bound(record, 1, type(uint256).max))
            })
        );
        bytes32 key = slasher.evidenceKey(EvidenceKind.INACTIVITY, evidence);
        (inactivityFirst[key], inactivityLast[key]) = (first, last);
        // The griefer spends what it holds (minting to it would add to its votes).
        if (memberSeed % 2 == 0 && token.balanceOf(filer) < BOND) token.mint(filer, 100 * BOND);
        _file(
            memberSeed % 2 == 0 ? filer : griefer, _one(member), EvidenceKind.INACTIVITY, evidence
        );
    }

    function _file(
        address who,
        address[] memory validators,
        EvidenceKind kind,
        bytes memory evidence
    ) internal returns (bool ok) {
        uint256 bond = slasher.getParams().filingBond;
        vm.prank(who);
        try slasher.file(validators, kind, evidence) {
            ++files;
            ghostBondsPosted += bond;
            ok = true;
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
        Proposal memory p = slasher.getProposal(id);
        uint256[] memory before = new uint256[](p.validators.length);
        bool[] memory skip = new bool[](p.validators.length);
        for (uint256 i = 0; i < before.length; ++i) {
            before[i] = staking.getStake(p.validators[i]).amount;
            skip[i] = _inactivitySlashedOn(p, p.validators[i]);
        }
        try slasher.execute(id) {
            ++executes;
            ++ghostExecutions[id];
            ghostBondsReturned += p.bond;
            ghostSlashedToPool += token.balanceOf(address(pool)) - poolBefore;
            for (uint256 i = 0; i < before.length; ++i) {
                uint256 left = staking.getStake(p.validators[i]).amount;
                if (skip[i]) {
                    // Slashed for inactivity on an epoch of this range already: skipped whole.
                    if (left != before[i]) ghostWrongConsequence = true;
                    continue;
                }
                if (left != before[i] - before[i] * p.slashBps / 10_000) {
                    ghostWrongConsequence = true;
                }
                if (staking.isActive(p.validators[i])) ghostWrongConsequence = true;
                if (p.kind == EvidenceKind.INACTIVITY && !_inactivitySlashedOn(p, p.validators[i]))
                {
                    ghostWrongConsequence = true; // the range's epochs must be marked
                }
            }
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

    /// @dev A member tries to leave with its stake, named or not; a named member that gets out
    ///      while any proposal naming it can still be executed has escaped.
    function withdraw(uint256 attesterSeed) external {
        address a = attesters[attesterSeed % attesters.length];
        uint256 amount = staking.getStake(a).amount;
        vm.prank(a);
        try staking.withdraw(a, a) {
            ghostWithdrawn += amount;
            if (_namedInLiveProposal(a)) ghostEscaped = true;
        } catch {}
    }

    /// @dev A committee member on the run: exits, then waits out its exit delay and tries to
    ///      withdraw (so that escapes are attempted at the first possible second).
    function escape(uint256 attesterSeed) external {
        address a = attesters[attesterSeed % attesters.length];
        IStaking.StakeInfo memory st = staking.getStake(a);
        if (st.status == IStaking.Status.NONE) return;
        if (st.status != IStaking.Status.EXITING) {
            vm.prank(a);
            staking.initiateExit(a);
            st = staking.getStake(a);
        }
        if (block.timestamp < st.exitableAt) vm.warp(st.exitableAt);
        this.withdraw(attesterSeed);
    }

    /// @dev Whether `v` is marked slashed for inactivity on any epoch of INACTIVITY proposal `p`'s
    ///      range (read back from the evidence filed: the range is not in the Proposal).
    function _inactivitySlashedOn(Proposal memory p, address v) internal view returns (bool) {
        if (p.kind != EvidenceKind.INACTIVITY) return false;
        (uint256 first, uint256 last) =
            (inactivityFirst[p.evidenceKey], inactivityLast[p.evidenceKey]);
        for (uint256 e = first; e <= last; ++e) {
            if (slasher.inactivitySlashed(v, e)) return true;
        }
        return false;
    }

    function _namedInLiveProposal(address a) internal view returns (bool) {
        for (uint256 id = 1; id <= slasher.proposalCount(); ++id) {
            ProposalState st = slasher.state(id);
            if (
                st != ProposalState.Pending && st != ProposalState.Active
                    && st != ProposalState.Succeeded
            ) continue;
            address[] memory v = slasher.getProposal(id).validators;
            for (uint256 i = 0; i < v.length; ++i) {
                if (v[i] == a) return true;
            }
        }
        return false;
    }

    function topUp(uint256 attesterSeed, uint256 amount) external {
        address a = attesters[attesterSeed % attesters.length];
        if (staking.getStake(a).status == IStaking.Status.EXITING) return;
        if (staking.getStake(a).status == IStaking.Status.NONE) return;
        amount = bound(amount, 1, 1000e18);
        token.mint(address(this), amount);
        token.approve(address(staking), amount);
        staking.stake(a, a, amount); // a top-up: anyone may fund an existing stake
        ghostStaked[a] += amount;
    }

    // ---- views for the invariants ---------------------------------------------------------------

    function prunedEpoch(uint256 i) external view returns (uint256) {
        return prunedEpochs[i];
    }

    function proposal(uint256 id) external view returns (Proposal memory) {
        return slasher.getProposal(id);
    }
}
