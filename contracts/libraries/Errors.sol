// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

/// @title Errors
/// @notice Every custom error of the SPTN contracts, one section per contract, named
///         `Contract__Reason(values)`. One library gives the Go agents one ABI to decode reverts from.
/// @dev Keep one section per contract, in alphabetical order, so that parallel changes merge cleanly.
library Errors {
    // ---- CodeStore ----------------------------------------------------------------------------
    error CodeStore__DeployFailed(uint256 length);

    // ---- HeaderLib ----------------------------------------------------------------------------
    /// @notice A header's calldata word does not fit its field (a uint64, uint128 or address with
    ///         high bits set): it is the encoding of no header.
    error HeaderLib__FieldOutOfRange();

    // ---- Registry ------------------------------------------------------------------------------
    /// @notice A deployment field that must name a contract is the zero address.
    error Registry__ZeroAddress(bytes32 field);
    /// @notice A deployment was registered without a name.
    error Registry__EmptyName();
    /// @notice No deployment is registered under `version`.
    error Registry__UnknownVersion(uint256 version);
    /// @notice `version` is already the canonical deployment.
    error Registry__AlreadyCanonical(uint256 version);
    /// @notice No deployment has been made canonical (yet, or as of the queried timestamp).
    error Registry__NoCanonical();
    /// @notice Renouncing ownership would freeze the registry; hand it over instead.
    error Registry__RenounceDisabled();
    /// @notice There is no `n`-th change of the canonical version: only `count` so far.
    error Registry__NoSuchChange(uint256 n, uint256 count);

    // ---- RewardPool ----------------------------------------------------------------------------
    /// @notice The caller of `pay` is not the rollup.
    error RewardPool__NotRollup(address caller, address rollup);
    /// @notice An address argument is the zero address.
    error RewardPool__ZeroAddress();
    /// @notice `rollup` is already the pool's rollup.
    error RewardPool__SameRollup(address rollup);
    /// @notice Renouncing ownership would freeze the pool; hand it over instead.
    error RewardPool__RenounceDisabled();

    // ---- Rollup -------------------------------------------------------------------------------
    error Rollup__BeforeGenesis(uint256 timestamp, uint256 genesisTime);
    error Rollup__WrongSlot(uint256 expected, uint256 got);
    error Rollup__SlotNotAfterTip(uint256 slot, uint256 tipSlot);
    error Rollup__WrongBlockNumber(uint256 expected, uint256 got);
    error Rollup__WrongParent(bytes32 expected, bytes32 got);
    error Rollup__TxsHashMismatch(bytes32 expected, bytes32 got);
    /// @dev A blob propose in a transaction that carries no blobs.
    error Rollup__NoBlobs();
    /// @dev `expected` is keccak256 of the transaction's blob versioned hashes.
    error Rollup__BlobHashMismatch(bytes32 expected, bytes32 got);
    error Rollup__EmptyCommittee(uint256 epoch);
    error Rollup__CommitteeNotFinal(uint256 epoch, uint256 currentEpoch);
    error Rollup__AttestationsMalformed(uint256 length);
    error Rollup__AttestationIndexOutOfRange(uint256 index, uint256 committeeSize);
    error Rollup__DuplicateOrUnsortedAttestation(uint256 previousIndex, uint256 index);
    error Rollup__SignatureMalleable(uint256 index, bytes32 s);
    error Rollup__InvalidSignature(uint256 index);
    error Rollup__AttesterMismatch(uint256 index, address expected, address recovered);
    error Rollup__InsufficientAttestations(uint256 have, uint256 need);
    error Rollup__ProposerAttestationMissing(uint256 slot, address proposer);
    error Rollup__TooManyUnprovenBlocks(uint256 number, uint256 provenNumber);
    error Rollup__NothingToProve();
    error Rollup__EpochNotComplete(uint256 epoch, uint256 currentEpoch);
    error Rollup__ProofWindowClosed(uint256 epoch, uint256 deadlineEpoch);
    error Rollup__ProofRangeMismatch(uint256 expectedStart, uint256 start);
    error Rollup__ProofHeaderMismatch(uint256 number, bytes32 stored, bytes32 given);
    error Rollup__ProofEpochMismatch(uint256 epoch, uint256 blockNumber, uint256 blockEpoch);
    error Rollup__ProofEmpty(uint256 epoch);
    error Rollup__ProofIncomplete(uint256 lastNumber, uint256 assuredNumber);
    error Rollup__InvalidProof(bytes32 publicInputsHash);
    error Rollup__NotPrunable(uint256 epoch, uint256 prunableFromEpoch);
    error Rollup__FallbackNotActive(uint256 slot, uint256 activeFromSlot);
    error Rollup__NoRewards(address account);
    error Rollup__InvalidParam(string name, uint256 value);
    error Rollup__BlockNotAvailable(uint256 number);
    /// @notice Renouncing ownership would freeze the rollup's parameters and verifier for good.
    error Rollup__RenounceDisabled();

    // ---- Slasher -------------------------------------------------------------------------------
    /// @notice An address argument is the zero address.
    error Slasher__ZeroAddress();
    /// @notice A parameter is out of its range.
    error Slasher__InvalidParam(string name, uint256 value);
    /// @notice The parameters would need an exit delay of `minimum` seconds; Staking has `exitDelay`.
    error Slasher__ExitDelayTooShort(uint256 exitDelay, uint256 minimum);
    /// @notice A proposal names no validators.
    error Slasher__NoValidators();
    /// @notice A proposal names `count` validators, more than `max`.
    error Slasher__TooManyValidators(uint256 count, uint256 max);
    /// @notice The validator at `index` is not above the one before it (unsorted or duplicate).
    error Slasher__ValidatorsNotSorted(uint256 index);
    /// @notice The AZT supply at the snapshot `timepoint` is zero: nobody could vote.
    error Slasher__NoSupply(uint256 timepoint);
    /// @notice Proposal `id` on the same evidence `key` names `validator` and is live or executed.
    error Slasher__EvidenceInUse(bytes32 key, address validator, uint256 id);
    /// @notice `epoch` was not pruned: its blocks were proven or are still in their window.
    error Slasher__EpochNotPruned(uint256 epoch);
    /// @notice `attester` did not sit in `epoch`'s committee.
    error Slasher__NotInCommittee(uint256 epoch, address attester);
    /// @notice INACTIVITY evidence whose range is empty (first after last) or longer than `max`.
    error Slasher__InvalidEpochRange(uint256 firstEpoch, uint256 lastEpoch, uint256 max);
    /// @notice INACTIVITY evidence over a range whose last epoch is not over yet.
    error Slasher__EpochRangeNotOver(uint256 lastEpoch, uint256 currentEpoch);
    /// @notice INACTIVITY evidence whose last epoch is more than `maxAge` epochs before the current
    ///         one: too old to be checked against a node's record or to lock a stake with.
    error Slasher__EpochRangeTooOld(uint256 lastEpoch, uint256 currentEpoch, uint256 maxAge);
    /// @notice INACTIVITY evidence without a record hash.
    error Slasher__NoRecord();
    /// @notice `attester` sat in no committee of epochs `firstEpoch` to `lastEpoch`.
    error Slasher__NotInCommitteeOfRange(uint256 firstEpoch, uint256 lastEpoch, address attester);
    /// @notice An equivocation proposal must name exactly its attester.
    error Slasher__ValidatorsMismatch(address attester);
    /// @notice The two headers are for different slots.
    error Slasher__SlotMismatch(uint256 slot1, uint256 slot2);
    /// @notice The two headers are the same header (EIP-712 hash `headerHash`).
    error Slasher__SameHeader(bytes32 headerHash);
    /// @notice A signature is not 65 bytes long.
    error Slasher__InvalidSignatureLength(uint256 length);
    /// @notice A signature's s is in the upper half of the curve order (malleable).
    error Slasher__SignatureMalleable(bytes32 s);
    /// @notice A signature does not recover to an address.
    error Slasher__InvalidSignature();
    /// @notice A signature recovers to `recovered`, not to the attester `expected`.
    error Slasher__SignerMismatch(address expected, address recovered);
    /// @notice `attester` was already slashed for equivocating in `slot`.
    error Slasher__EquivocationAlreadySlashed(address attester, uint256 slot);
    /// @notice `attester` has no stake left to slash and is not active.
    error Slasher__NothingToSlash(address attester);
    /// @notice No proposal has id `id`.
    error Slasher__UnknownProposal(uint256 id);
    /// @notice Proposal `id` is in state `state` (a `ProposalState`), which does not allow this.
    error Slasher__UnexpectedState(uint256 id, uint8 state);
    /// @notice `voter` already voted on proposal `id`.
    error Slasher__AlreadyVoted(uint256 id, address voter);
    /// @notice `voter` had no vote weight at proposal `id`'s snapshot.
    error Slasher__NoVotingPower(uint256 id, address voter);
    /// @notice The bond of proposal `id` was already settled.
    error Slasher__BondSettled(uint256 id);
    /// @notice Renouncing ownership would freeze the parameters; hand it over instead.
    error Slasher__RenounceDisabled();

    // ---- SptnGovernance ------------------------------------------------------------------------
    /// @notice `configureRollup` was called before the deployment has a rollup.
    error SptnGovernance__NoRollup();
    /// @notice A constructor argument is the zero address.
    error SptnGovernance__ZeroAddress();
    /// @notice Renouncing ownership would leave the deployment without proof-of-governance.
    error SptnGovernance__RenounceDisabled();
    /// @notice `configureSlasher` was called before the deployment has a slasher.
    error SptnGovernance__NoSlasher();
    /// @notice Staking's exit delay `exitDelay` is below the slasher's `minimum`: a committee
    ///         member could withdraw before a slash of its epoch could be executed.
    error SptnGovernance__ExitDelayTooShort(uint256 exitDelay, uint256 minimum);

    // ---- Staking -------------------------------------------------------------------------------
    /// @notice An amount argument is zero.
    error Staking__ZeroAmount();
    /// @notice An address argument is the zero address.
    error Staking__ZeroAddress();
    /// @notice A top-up names a withdrawer other than the stake's.
    error Staking__WithdrawerMismatch(address attester, address withdrawer, address given);
    /// @notice `attester` has no stake.
    error Staking__NoStake(address attester);
    /// @notice `attester` is exiting: it cannot be topped up, activated or exited again.
    error Staking__Exiting(address attester);
    /// @notice `attester` is already in the active set.
    error Staking__AlreadyActive(address attester);
    /// @notice `attester` is not in the active set.
    error Staking__NotActive(address attester);
    /// @notice `attester` has not started to exit.
    error Staking__NotExiting(address attester);
    /// @notice `attester`'s stake is below the minimum needed to join the active set.
    error Staking__InsufficientStake(address attester, uint256 stake, uint256 minimum);
    /// @notice The caller is not the withdrawer of `attester`'s stake.
    error Staking__NotWithdrawer(address attester, address caller, address withdrawer);
    /// @notice The caller is not the slasher.
    error Staking__NotSlasher(address caller, address slasher);
    /// @notice The exit delay has not passed: withdrawal opens at `exitableAt`.
    error Staking__ExitDelayNotPassed(address attester, uint256 now_, uint256 exitableAt);
    /// @notice `index` is not below the active set's size `size` at the queried timestamp.
    error Staking__IndexOutOfBounds(uint256 index, uint256 size);
    /// @notice A slash that would neither take stake nor kick.
    error Staking__EmptySlash(address attester);
    /// @notice The exit delay exceeds the ceiling `max`.
    error Staking__ExitDelayTooLong(uint256 exitDelay, uint256 max);
    /// @notice Renouncing ownership would freeze the active set; hand it over instead.
    error Staking__RenounceDisabled();
    /// @notice The first stake of `attester` was sent by `caller` without the attester's
    ///         authorisation (only the attester, or a holder of its signed authorisation, may
    ///         open its stake).
    error Staking__NotAuthorizedByAttester(address attester, address caller);
    /// @notice The attester's stake authorisation expired at `deadline`.
    error Staking__AuthorizationExpired(uint256 deadline, uint256 now_);
    /// @notice The signature is not `attester`'s authorisation of this stake (wrong signer,
    ///         withdrawer, nonce, deadline, chain or Staking contract).
    error Staking__InvalidAuthorization(address attester);
    /// @notice `attester` is named in a live slash proposal: it cannot withdraw before
    ///         `lockedUntil`.
    error Staking__Locked(address attester, uint256 lockedUntil);
    /// @notice A lock until `until` lies beyond the longest lock, `max`.
    error Staking__LockTooLong(uint256 until, uint256 max);
    /// @notice `slasher` does not answer `minimumExitDelay()`: it states no constraint on the
    ///         exit delay, so it cannot be trusted with stake.
    error Staking__SlasherStatesNoExitDelay(address slasher);
    /// @notice The exit delay `exitDelay` is below the slasher's `minimumExitDelay` `minimum`.
    error Staking__ExitDelayBelowSlasherMinimum(uint256 exitDelay, uint256 minimum);
    /// @notice No slasher change is queued.
    error Staking__NoPendingSlasher();
    /// @notice The queued slasher activates only at `activatesAt`.
    error Staking__SlasherNotDue(uint256 now_, uint256 activatesAt);
    /// @notice The exit delay cannot be lengthened while a slasher change is queued (it would keep
    ///         stakers from leaving before the change activates at `activatesAt`).
    error Staking__SlasherChangePending(uint256 activatesAt);
    /// @notice The reward pool pays `poolToken`, not the staked token `token`.
    error Staking__TokenMismatch(address poolToken, address token);
    /// @notice The slasher may be set at once only before it is first named; `slasher` (set or
    ///         queued) is named already: queue a change, which gives stakers notice.
    error Staking__SlasherAlreadyNamed(address slasher);
    /// @notice Nobody stakes before governance named the slasher (setInitialSlasher or
    ///         queueSlasher): a staker must know who may slash it.
    error Staking__SlasherNotNamed();
}
