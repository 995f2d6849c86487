// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {IRollup} from "../interfaces/IRollup.sol";
import {
    Equivocation,
    EvidenceKind,
    ISlasher,
    Inactivity,
    Proposal,
    ProposalState,
    SlasherParams
} from "../interfaces/ISlasher.sol";
import {IStaking} from "../interfaces/IStaking.sol";
import {Errors} from "../libraries/Errors.sol";
import {HeaderLib} from "../libraries/HeaderLib.sol";

/// @title Slasher
/// @notice Token-holder votes that slash and kick a deployment's sequencers on evidence checked on
///         chain, and vote-less slashing of equivocation. See ISlasher and docs/slashing.md.
///         Against decoys (docs/threat-model.md): the consequence is governance's, not the
///         filer's; evidence is accounted per (evidence, validator), and INACTIVITY evidence,
///         which any number of proposals may name a member on, expires and slashes each epoch
///         once; named stakes are locked.
/// @dev The owner is the deployment's SptnGovernance (reached through its `configureSlasher`),
///      and this contract must be Staking's slasher. Only `executed` and `bondSettled` are stored
///      states; everything else is derived from the clock and the tally in `state`.
contract Slasher is ISlasher, Ownable2Step, ReentrancyGuard {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    /// @notice The most validators one proposal may name: the rollup's largest committee.
    uint256 public constant MAX_VALIDATORS = 256;
    /// @notice The longest epoch range INACTIVITY evidence may cover (bounds the committee reads).
    uint256 public constant MAX_INACTIVITY_EPOCHS = 32;
    /// @notice How many epochs INACTIVITY evidence may end before the current one. An honest
    ///         watcher files as soon as its window is over (the current epoch is lastEpoch + 1);
    ///         the other 7 epochs (~90 minutes at 32 slots of 24 s) are slack for a congested L1,
    ///         a restarted watcher or a node catching up. Beyond it the range is refused, whoever
    ///         was named on it before: a member can be named, and its stake locked, only until
    ///         MAX_INACTIVITY_EPOCHS + this epochs after its last seat, plus one vote cycle
    ///         (docs/slashing.md, "Inactivity").
    uint256 public constant MAX_INACTIVITY_AGE_EPOCHS = 8;
    /// @notice The longest voting delay, voting period or execution window governance may set.
    uint256 public constant MAX_PERIOD = 30 days;
    /// @dev Basis points in one.
    uint256 private constant BPS = 10_000;

    IRollup private immutable ROLLUP;
    IStaking private immutable STAKING;
    IERC20 private immutable TOKEN;
    address private immutable REWARD_POOL;

    SlasherParams private _params;
    /// @inheritdoc ISlasher
    uint256 public proposalCount;
    mapping(uint256 id => Proposal) private _proposals;
    mapping(uint256 id => mapping(address voter => bool)) private _voted;
    mapping(bytes32 key => mapping(address validator => uint256 id)) private _proposalFor;
    mapping(address attester => mapping(uint256 slot => bool)) private _equivocationSlashed;
    /// @dev The epoch range of each INACTIVITY proposal, read at execution.
    mapping(uint256 id => InactivityRange) private _inactivityRange;
    /// @dev The epochs each validator was slashed on for inactivity, a bit per epoch: bit
    ///      `epoch % 256` of word `epoch / 256`. A range (at most 32 epochs) spans 1 or 2 words.
    mapping(address validator => mapping(uint256 word => uint256 bits)) private _inactivitySlashed;

    /// @dev An INACTIVITY proposal's epochs, in one slot (epochs are far below 2^128).
    struct InactivityRange {
        uint128 first;
        uint128 last;
    }

    /// @dev An epoch range's bits: `m0` in word `w0` and, if it crosses a word boundary, `m1` in
    ///      word `w0 + 1` (at most MAX_INACTIVITY_EPOCHS = 32 epochs: never more than two words).
    struct BitRange {
        uint256 w0;
        uint256 m0;
        uint256 m1;
    }

    /// @param rollup_ The rollup whose evidence is checked.
    /// @param staking_ The Staking to slash through (its token must be ERC20Votes: AZT); slashed
    ///        stake and forfeited bonds go to its reward pool.
    /// @param owner_ The deployment's SptnGovernance.
    /// @param params_ The initial parameters; Staking's exit delay must cover them already.
    constructor(IRollup rollup_, IStaking staking_, address owner_, SlasherParams memory params_)
        Ownable(owner_)
    {
        if (address(rollup_) == address(0) || address(staking_) == address(0)) {
            revert Errors.Slasher__ZeroAddress();
        }
        ROLLUP = rollup_;
        STAKING = staking_;
        TOKEN = staking_.token();
        REWARD_POOL = staking_.rewardPool();
        _setParams(params_);
    }

    // ---- proposals ------------------------------------------------------------------------------

    /// @inheritdoc ISlasher
    function file(address[] calldata validators, EvidenceKind kind, bytes calldata evidence)
        external
        nonReentrant
        returns (uint256 id)
    {
        uint256 n = validators.length;
        if (n == 0) revert Errors.Slasher__NoValidators();
        if (n > MAX_VALIDATORS) revert Errors.Slasher__TooManyValidators(n, MAX_VALIDATORS);
        for (uint256 i = 1; i < n; ++i) {
            if (validators[i] <= validators[i - 1]) revert Errors.Slasher__ValidatorsNotSorted(i);
        }

        bytes32 key = _verifyEvidence(validators, kind, evidence);
        id = ++proposalCount;
        if (kind == EvidenceKind.INACTIVITY) {
            // Any number of proposals may name a validator on one range (the age bound ends
            // them): a decoy filed first blocks no honest filing, and execution slashes each
            // epoch once (`_slashInactive`).
            Inactivity memory a = abi.decode(evidence, (Inactivity));
            _inactivityRange[id] =
                InactivityRange(a.firstEpoch.toUint128(), a.lastEpoch.toUint128());
        } else {
            // One live or executed proposal per (evidence, validator): a proposal naming some
            // members never blocks one naming the others, and each carries the full consequence.
            mapping(address => uint256) storage named = _proposalFor[key];
            for (uint256 i = 0; i < n; ++i) {
                address v = validators[i];
                uint256 previous = named[v];
                if (previous != 0) {
                    ProposalState s = state(previous);
                    if (s != ProposalState.Defeated && s != ProposalState.Expired) {
                        revert Errors.Slasher__EvidenceInUse(key, v, previous);
                    }
                }
                named[v] = id;
            }
        }
        (uint256 bond, uint256 executeBy) = _store(id, validators, kind, key);
        // Nobody named can withdraw before the proposal can no longer be executed.
        STAKING.lock(validators, executeBy);
        if (bond > 0) TOKEN.safeTransferFrom(msg.sender, address(this), bond);
    }

    /// @inheritdoc ISlasher
    function castVote(uint256 id, bool support) external {
        ProposalState s = state(id);
        if (s != ProposalState.Active) revert Errors.Slasher__UnexpectedState(id, uint8(s));
        if (_voted[id][msg.sender]) revert Errors.Slasher__AlreadyVoted(id, msg.sender);
        Proposal storage p = _proposals[id];
        uint256 weight = IVotes(address(TOKEN)).getPastVotes(msg.sender, p.snapshot);
        if (weight == 0) revert Errors.Slasher__NoVotingPower(id, msg.sender);
        _voted[id][msg.sender] = true;
        if (support) p.forVotes += weight;
        else p.againstVotes += weight;
        emit VoteCast(id, msg.sender, support, weight);
    }

    /// @inheritdoc ISlasher
    function execute(uint256 id) external nonReentrant {
        ProposalState s = state(id);
        if (s != ProposalState.Succeeded) revert Errors.Slasher__UnexpectedState(id, uint8(s));
        Proposal storage p = _proposals[id];
        p.executed = true;
        p.bondSettled = true;
        uint256 slashed = p.kind == EvidenceKind.INACTIVITY
            ? _slashInactive(id, p.validators, p.slashBps, p.kick)
            : _slashAll(id, p.validators, p.slashBps, p.kick);
        emit ProposalExecuted(id, slashed);
        uint256 bond = p.bond;
        address proposer = p.proposer;
        emit BondReturned(id, proposer, bond);
        if (bond > 0) TOKEN.safeTransfer(proposer, bond);
    }

    /// @inheritdoc ISlasher
    function settleBond(uint256 id) external nonReentrant {
        ProposalState s = state(id);
        Proposal storage p = _proposals[id];
        if (p.bondSettled) revert Errors.Slasher__BondSettled(id);
        uint256 bond = p.bond;
        address to;
        if (s == ProposalState.Defeated) {
            to = REWARD_POOL;
            p.bondSettled = true;
            emit BondForfeited(id, to, bond);
        } else if (s == ProposalState.Expired) {
            to = p.proposer;
            p.bondSettled = true;
            emit BondReturned(id, to, bond);
        } else {
            revert Errors.Slasher__UnexpectedState(id, uint8(s));
        }
        if (bond > 0) TOKEN.safeTransfer(to, bond);
    }

    // ---- equivocation ---------------------------------------------------------------------------

    /// @inheritdoc ISlasher
    function slashEquivocation(Equivocation calldata e)
        external
        nonReentrant
        returns (uint256 amount)
    {
        Equivocation memory m = e;
        uint256 slot = _verifyEquivocation(m);
        address attester = m.attester;
        if (_equivocationSlashed[attester][slot]) {
            revert Errors.Slasher__EquivocationAlreadySlashed(attester, slot);
        }
        IStaking.StakeInfo memory st = STAKING.getStake(attester);
        amount = st.amount * _params.equivocationSlashBps / BPS;
        bool kicked = st.status == IStaking.Status.ACTIVE;
        if (st.status == IStaking.Status.NONE || (amount == 0 && !kicked)) {
            revert Errors.Slasher__NothingToSlash(attester);
        }
        _equivocationSlashed[attester][slot] = true;
        STAKING.slash(attester, amount, true);
        emit EquivocationSlashed(attester, slot, msg.sender, amount, kicked);
    }

    // ---- governance -----------------------------------------------------------------------------

    /// @inheritdoc ISlasher
    function setParams(SlasherParams calldata params) external onlyOwner {
        _setParams(params);
    }

    /// @notice Disabled: an ownerless slasher could never change its thresholds again.
    function renounceOwnership() public view override onlyOwner {
        revert Errors.Slasher__RenounceDisabled();
    }

    // ---- views ----------------------------------------------------------------------------------

    /// @inheritdoc ISlasher
    function state(uint256 id) public view returns (ProposalState) {
        Proposal storage p = _proposals[id];
        uint256 voteStart = p.voteStart;
        if (voteStart == 0) revert Errors.Slasher__UnknownProposal(id);
        if (p.executed) return ProposalState.Executed;
        if (block.timestamp < voteStart) return ProposalState.Pending;
        if (block.timestamp <= p.voteEnd) return ProposalState.Active;
        if (!passes(p.forVotes, p.againstVotes, p.supply, p.quorumBps, p.majorityBps)) {
            return ProposalState.Defeated;
        }
        if (block.timestamp <= p.executeBy) return ProposalState.Succeeded;
        return ProposalState.Expired;
    }

    /// @inheritdoc ISlasher
    function passes(
        uint256 forVotes,
        uint256 againstVotes,
        uint256 supply,
        uint256 quorumBps,
        uint256 majorityBps
    ) public pure returns (bool) {
        uint256 cast = forVotes + againstVotes;
        return cast * BPS >= quorumBps * supply && forVotes * BPS >= majorityBps * cast;
    }

    /// @inheritdoc ISlasher
    function evidenceKey(EvidenceKind kind, bytes calldata evidence) public pure returns (bytes32) {
        if (kind == EvidenceKind.PRUNED_EPOCH) {
            return keccak256(abi.encode(kind, abi.decode(evidence, (uint256))));
        }
        if (kind == EvidenceKind.INACTIVITY) {
            Inactivity memory a = abi.decode(evidence, (Inactivity));
            return _inactivityKey(a.firstEpoch, a.lastEpoch);
        }
        Equivocation memory e = abi.decode(evidence, (Equivocation));
        return _equivocationKey(e.attester, e.header1.slot);
    }

    /// @inheritdoc ISlasher
    function proposalFor(bytes32 key, address validator) external view returns (uint256) {
        return _proposalFor[key][validator];
    }

    /// @inheritdoc ISlasher
    function proposalsFor(bytes32 key, address[] calldata validators)
        external
        view
        returns (uint256[] memory ids)
    {
        mapping(address => uint256) storage named = _proposalFor[key];
        ids = new uint256[](validators.length);
        for (uint256 i = 0; i < validators.length; ++i) {
            ids[i] = named[validators[i]];
        }
    }

    /// @inheritdoc ISlasher
    function getProposal(uint256 id) external view returns (Proposal memory) {
        return _proposals[id];
    }

    /// @inheritdoc ISlasher
    function hasVoted(uint256 id, address voter) external view returns (bool) {
        return _voted[id][voter];
    }

    /// @inheritdoc ISlasher
    function equivocationSlashed(address attester, uint256 slot) external view returns (bool) {
        return _equivocationSlashed[attester][slot];
    }

    /// @inheritdoc ISlasher
    function inactivitySlashed(address validator, uint256 epoch) external view returns (bool) {
        return _inactivitySlashed[validator][epoch >> 8] & (uint256(1) << (epoch & 0xff)) != 0;
    }

    /// @inheritdoc ISlasher
    function minimumExitDelay() public view returns (uint256) {
        return _minimumExitDelay(_params);
    }

    /// @inheritdoc ISlasher
    function getParams() external view returns (SlasherParams memory) {
        return _params;
    }

    /// @inheritdoc ISlasher
    function rollup() external view returns (IRollup) {
        return ROLLUP;
    }

    /// @inheritdoc ISlasher
    function staking() external view returns (IStaking) {
        return STAKING;
    }

    /// @inheritdoc ISlasher
    function rewardPool() external view returns (address) {
        return REWARD_POOL;
    }

    // ---- internals ------------------------------------------------------------------------------

    /// @dev Writes proposal `id` with the parameters in force (its consequence included) and
    ///      returns its bond and last second of execution.
    function _store(uint256 id, address[] calldata validators, EvidenceKind kind, bytes32 key)
        private
        returns (uint256 bond, uint256 executeBy)
    {
        SlasherParams memory c = _params;
        // Vote weight is read one second before filing: a snapshot at the current timestamp is
        // not final (getPastVotes rejects it), and nothing bought in this block counts.
        uint256 snapshot = block.timestamp - 1;
        uint256 supply = IVotes(address(TOKEN)).getPastTotalSupply(snapshot);
        if (supply == 0) revert Errors.Slasher__NoSupply(snapshot);
        uint256 voteStart = block.timestamp + c.votingDelay;
        uint256 voteEnd = voteStart + c.votingPeriod;
        executeBy = voteEnd + c.executionWindow;
        bond = c.filingBond;
        // Inactivity is the voters' judgement, not the contract's, and any committee member of a
        // recent range can be named: one bond per validator, so that locking a stake by a baseless
        // filing costs a bond per stake locked.
        if (kind == EvidenceKind.INACTIVITY) bond *= validators.length;

        Proposal storage p = _proposals[id];
        p.proposer = msg.sender;
        p.snapshot = snapshot.toUint48();
        p.voteStart = voteStart.toUint48();
        p.voteEnd = voteEnd.toUint48();
        p.executeBy = executeBy.toUint48();
        p.slashBps = c.proposalSlashBps;
        p.kick = true;
        p.quorumBps = c.quorumBps;
        p.majorityBps = c.majorityBps;
        p.kind = kind;
        p.evidenceKey = key;
        p.bond = bond;
        p.supply = supply;
        p.validators = validators;
        _emitFiled(id, p);
    }

    /// @dev Emits ProposalFiled from storage (kept apart from `_store` for the stack's sake).
    function _emitFiled(uint256 id, Proposal storage p) private {
        emit ProposalFiled(
            id,
            p.proposer,
            p.evidenceKey,
            p.kind,
            p.validators,
            p.slashBps,
            p.kick,
            p.voteStart,
            p.voteEnd,
            p.bond
        );
    }

    /// @dev Checks `evidence` against the rollup and `validators`; returns its canonical key.
    function _verifyEvidence(
        address[] calldata validators,
        EvidenceKind kind,
        bytes calldata evidence
    ) private view returns (bytes32) {
        if (kind == EvidenceKind.PRUNED_EPOCH) {
            uint256 epoch = abi.decode(evidence, (uint256));
            if (!ROLLUP.isEpochPruned(epoch)) revert Errors.Slasher__EpochNotPruned(epoch);
            address[] memory committee = ROLLUP.getEpochCommittee(epoch);
            for (uint256 i = 0; i < validators.length; ++i) {
                _requireMember(committee, epoch, validators[i]);
            }
            return keccak256(abi.encode(kind, epoch));
        }
        if (kind == EvidenceKind.INACTIVITY) {
            return _verifyInactivity(validators, abi.decode(evidence, (Inactivity)));
        }
        Equivocation memory e = abi.decode(evidence, (Equivocation));
        if (validators.length != 1 || validators[0] != e.attester) {
            revert Errors.Slasher__ValidatorsMismatch(e.attester);
        }
        return _equivocationKey(e.attester, _verifyEquivocation(e));
    }

    /// @dev Checks the binding facts of an inactivity claim: a range of 1 to MAX_INACTIVITY_EPOCHS
    ///      epochs, all over and ended at most MAX_INACTIVITY_AGE_EPOCHS before the current epoch,
    ///      a record, and every validator in the committee of one of its epochs (so that it had
    ///      duties there); returns the key, which leaves the record out.
    function _verifyInactivity(address[] calldata validators, Inactivity memory a)
        private
        view
        returns (bytes32)
    {
        uint256 first = a.firstEpoch;
        uint256 last = a.lastEpoch;
        if (first > last || last - first >= MAX_INACTIVITY_EPOCHS) {
            revert Errors.Slasher__InvalidEpochRange(first, last, MAX_INACTIVITY_EPOCHS);
        }
        uint256 current = ROLLUP.getCurrentEpoch();
        if (last >= current) revert Errors.Slasher__EpochRangeNotOver(last, current);
        if (current - last > MAX_INACTIVITY_AGE_EPOCHS) {
            revert Errors.Slasher__EpochRangeTooOld(last, current, MAX_INACTIVITY_AGE_EPOCHS);
        }
        if (a.record == bytes32(0)) revert Errors.Slasher__NoRecord();
        uint256 n = validators.length;
        bool[] memory seen = new bool[](n);
        uint256 left = n;
        for (uint256 epoch = first; epoch <= last && left > 0; ++epoch) {
            address[] memory committee = ROLLUP.getEpochCommittee(epoch);
            for (uint256 i = 0; i < n; ++i) {
                if (seen[i]) continue;
                for (uint256 j = 0; j < committee.length; ++j) {
                    if (committee[j] == validators[i]) {
                        seen[i] = true;
                        --left;
                        break;
                    }
                }
            }
        }
        if (left > 0) {
            for (uint256 i = 0; i < n; ++i) {
                if (!seen[i]) {
                    revert Errors.Slasher__NotInCommitteeOfRange(first, last, validators[i]);
                }
            }
        }
        return _inactivityKey(first, last);
    }

    /// @dev Verifies an equivocation (two different headers of one slot, both signed by the
    ///      attester in this rollup's domain, the attester in that slot's committee); returns the
    ///      slot.
    function _verifyEquivocation(Equivocation memory e) private view returns (uint256 slot) {
        slot = e.header1.slot;
        if (e.header2.slot != slot) revert Errors.Slasher__SlotMismatch(slot, e.header2.slot);
        bytes32 h1 = HeaderLib.hashMemory(e.header1);
        if (h1 == HeaderLib.hashMemory(e.header2)) revert Errors.Slasher__SameHeader(h1);
        _requireSigner(ROLLUP.attestationDigest(e.header1), e.signature1, e.attester);
        _requireSigner(ROLLUP.attestationDigest(e.header2), e.signature2, e.attester);
        uint256 epoch = slot / ROLLUP.EPOCH_DURATION();
        _requireMember(ROLLUP.getEpochCommittee(epoch), epoch, e.attester);
    }

    /// @dev Reverts unless `signature` (r, s, v; low s) over `digest` recovers to `expected`.
    function _requireSigner(bytes32 digest, bytes memory signature, address expected) private pure {
        if (signature.length != 65) {
            revert Errors.Slasher__InvalidSignatureLength(signature.length);
        }
        bytes32 r;
        bytes32 s;
        uint8 v;
        assembly ("memory-safe") {
            r := mload(add(signature, 0x20))
            s := mload(add(signature, 0x40))
            v := byte(0, mload(add(signature, 0x60)))
        }
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, v, r, s);
        if (err == ECDSA.RecoverError.InvalidSignatureS) {
            revert Errors.Slasher__SignatureMalleable(s);
        }
        if (err != ECDSA.RecoverError.NoError) revert Errors.Slasher__InvalidSignature();
        if (signer != expected) revert Errors.Slasher__SignerMismatch(expected, signer);
    }

    function _requireMember(address[] memory committee, uint256 epoch, address attester)
        private
        pure
    {
        for (uint256 j = 0; j < committee.length; ++j) {
            if (committee[j] == attester) return;
        }
        revert Errors.Slasher__NotInCommittee(epoch, attester);
    }

    /// @dev Slashes each validator `slashBps` of its current stake (and kicks it); skips those
    ///      with nothing to take or kick, so that one withdrawn validator cannot block the rest.
    ///      The conditions mirror Staking.slash's reverts (no stake; nothing taken, no kick).
    function _slashAll(uint256 id, address[] storage validators, uint256 slashBps, bool kick)
        private
        returns (uint256 slashed)
    {
        uint256 n = validators.length;
        for (uint256 i = 0; i < n; ++i) {
            slashed += _slashOne(id, validators[i], slashBps, kick);
        }
    }

    /// @dev Slashes `v` `slashBps` of its stake (and kicks it) unless there is nothing to take or
    ///      kick; returns the amount taken.
    function _slashOne(uint256 id, address v, uint256 slashBps, bool kick)
        private
        returns (uint256 amount)
    {
        IStaking.StakeInfo memory st = STAKING.getStake(v);
        amount = st.amount * slashBps / BPS;
        bool kickable = kick && st.status == IStaking.Status.ACTIVE;
        if (st.status == IStaking.Status.NONE || (amount == 0 && !kickable)) {
            emit SlashSkipped(id, v);
            return 0;
        }
        STAKING.slash(v, amount, kick);
    }

    /// @dev `_slashAll` for an INACTIVITY proposal: skips each validator already slashed for
    ///      inactivity on any epoch of this range (overlapping ranges, or several proposals on one
    ///      range, are slashed once for the same missed slots, in whatever order they execute),
    ///      and marks the range's epochs slashed for the others before slashing them (CEI). Marked
    ///      only here, after a vote passed, so a decoy cannot.
    function _slashInactive(uint256 id, address[] storage validators, uint256 slashBps, bool kick)
        private
        returns (uint256 slashed)
    {
        BitRange memory r = _bitRange(_inactivityRange[id]);
        uint256 n = validators.length;
        for (uint256 i = 0; i < n; ++i) {
            address v = validators[i];
            if (!_markInactive(_inactivitySlashed[v], r)) {
                emit SlashSkipped(id, v);
                continue;
            }
            slashed += _slashOne(id, v, slashBps, kick);
        }
    }

    function _bitRange(InactivityRange memory range) private pure returns (BitRange memory r) {
        uint256 first = range.first;
        uint256 last = range.last;
        r.w0 = first >> 8;
        uint256 lo = first & 0xff;
        uint256 hi = last & 0xff;
        if (last >> 8 == r.w0) {
            r.m0 = ((uint256(1) << (hi - lo + 1)) - 1) << lo;
        } else {
            r.m0 = type(uint256).max << lo;
            r.m1 = (uint256(1) << (hi + 1)) - 1; // hi < 31 here
        }
    }

    /// @dev Marks range `r` in a validator's `bits` and returns true, or returns false and marks
    ///      nothing if any epoch of it is marked already.
    function _markInactive(mapping(uint256 => uint256) storage bits, BitRange memory r)
        private
        returns (bool)
    {
        uint256 b0 = bits[r.w0];
        uint256 b1 = r.m1 == 0 ? 0 : bits[r.w0 + 1];
        if (b0 & r.m0 != 0 || b1 & r.m1 != 0) return false;
        bits[r.w0] = b0 | r.m0;
        if (r.m1 != 0) bits[r.w0 + 1] = b1 | r.m1;
        return true;
    }

    function _setParams(SlasherParams memory p) private {
        if (p.votingDelay > MAX_PERIOD) {
            revert Errors.Slasher__InvalidParam("votingDelay", p.votingDelay);
        }
        if (p.votingPeriod == 0 || p.votingPeriod > MAX_PERIOD) {
            revert Errors.Slasher__InvalidParam("votingPeriod", p.votingPeriod);
        }
        if (p.executionWindow == 0 || p.executionWindow > MAX_PERIOD) {
            revert Errors.Slasher__InvalidParam("executionWindow", p.executionWindow);
        }
        if (p.quorumBps == 0 || p.quorumBps > BPS) {
            revert Errors.Slasher__InvalidParam("quorumBps", p.quorumBps);
        }
        // More than half: a slash needs more weight for it than against it.
        if (p.majorityBps <= BPS / 2 || p.majorityBps > BPS) {
            revert Errors.Slasher__InvalidParam("majorityBps", p.majorityBps);
        }
        if (p.equivocationSlashBps > BPS) {
            revert Errors.Slasher__InvalidParam("equivocationSlashBps", p.equivocationSlashBps);
        }
        if (p.proposalSlashBps > BPS) {
            revert Errors.Slasher__InvalidParam("proposalSlashBps", p.proposalSlashBps);
        }
        // A filing locks the named stakes until its executeBy, and a defeated proposal may be
        // filed again: without a bond (forfeited on defeat) a griefer renews the lock for free.
        if (p.filingBond == 0) revert Errors.Slasher__InvalidParam("filingBond", 0);
        uint256 minimum = _minimumExitDelay(p);
        uint256 exitDelay = STAKING.exitDelay();
        if (exitDelay < minimum) revert Errors.Slasher__ExitDelayTooShort(exitDelay, minimum);
        _params = p;
        emit ParamsSet(p);
    }

    /// @dev A member of epoch E's committee can start its exit no earlier than the start of epoch
    ///      E - LAG (the set is sampled just before). Evidence over E can be filed until the later
    ///      of: E is prunable from the start of epoch E + 1 + proofWindow (PRUNED_EPOCH), and an
    ///      INACTIVITY range over E ends by E + MAX_INACTIVITY_EPOCHS - 1 and may be filed until
    ///      the start of E + MAX_INACTIVITY_EPOCHS + MAX_INACTIVITY_AGE_EPOCHS (review r18f L1:
    ///      with short votes the pruned-epoch timeline alone let a member leave before its
    ///      inactivity range could be filed). A proposal filed then runs votingDelay +
    ///      votingPeriod, and the execution window is the slack for filing and executing it.
    function _minimumExitDelay(SlasherParams memory p) private view returns (uint256) {
        uint256 epochSeconds = ROLLUP.EPOCH_DURATION() * ROLLUP.SLOT_DURATION();
        uint256 pruned = 1 + ROLLUP.getParams().proofWindowEpochs;
        uint256 inactive = MAX_INACTIVITY_EPOCHS + MAX_INACTIVITY_AGE_EPOCHS;
        uint256 epochs = ROLLUP.LAG_EPOCHS() + (pruned > inactive ? pruned : inactive);
        return epochs * epochSeconds + p.votingDelay + p.votingPeriod + p.executionWindow;
    }

    function _inactivityKey(uint256 firstEpoch, uint256 lastEpoch) private pure returns (bytes32) {
        return keccak256(abi.encode(EvidenceKind.INACTIVITY, firstEpoch, lastEpoch));
    }

    function _equivocationKey(address attester, uint256 slot) private pure returns (bytes32) {
        return keccak256(abi.encode(EvidenceKind.EQUIVOCATION, attester, slot));
    }
}
