// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Header} from "../libraries/HeaderLib.sol";
import {IRollup} from "./IRollup.sol";
import {IStaking} from "./IStaking.sol";

/// @notice What a slash proposal rests on.
/// @param PRUNED_EPOCH `abi.encode(uint256 epoch)`: the epoch's blocks were assured and pruned
///        unproven (`IRollup.isEpochPruned`); the validators must sit in its committee.
/// @param EQUIVOCATION `abi.encode(Equivocation)`: the one validator signed two different headers
///        for the same slot.
/// @param INACTIVITY `abi.encode(Inactivity)`: the validators missed their duties over a range of
///        epochs that is over. The contract checks the binding facts (the range is over and at most
///        `MAX_INACTIVITY_EPOCHS` long, it ended at most `MAX_INACTIVITY_AGE_EPOCHS` ago, every
///        validator sat in a committee of it); the share of slots missed is in the per-slot record
///        whose hash the evidence carries, which voters check off chain against their own node
///        (docs/slashing.md, "Inactivity"). Unlike the other kinds, any number of proposals may
///        name a validator on one range (a decoy blocks nothing); execution slashes each
///        validator once per epoch (`inactivitySlashed`).
enum EvidenceKind {
    PRUNED_EPOCH,
    EQUIVOCATION,
    INACTIVITY
}

/// @notice Where a proposal is. Only Executed is stored; the others follow from the clock and the
///         tally, so time-based transitions (Pending -> Active -> Defeated / Succeeded -> Expired)
///         happen without a transaction and without an event.
enum ProposalState {
    Pending,
    Active,
    Defeated,
    Succeeded,
    Executed,
    Expired
}

/// @notice Two attestations by `attester` over different headers of the same slot.
/// @param attester The committee member that signed both.
/// @param header1 The first header.
/// @param signature1 65 bytes (r, s, v) over `IRollup.attestationDigest(header1)`.
/// @param header2 The second header (same slot, different hash).
/// @param signature2 65 bytes (r, s, v) over `IRollup.attestationDigest(header2)`.
struct Equivocation {
    address attester;
    Header header1;
    bytes signature1;
    Header header2;
    bytes signature2;
}

/// @notice Validators that missed their duties over epochs `firstEpoch` to `lastEpoch` inclusive.
/// @param firstEpoch The first epoch of the range.
/// @param lastEpoch The last epoch of the range (over when filed).
/// @param record keccak256 of the filer's per-slot record of the named validators over the range
///        (docs/slashing.md, "Inactivity"); not part of the evidence key, so one range is one piece
///        of evidence whatever record a filer attaches.
struct Inactivity {
    uint256 firstEpoch;
    uint256 lastEpoch;
    bytes32 record;
}

/// @notice Governance-set parameters. A proposal keeps the values in force when it was filed.
/// @param votingDelay Seconds between filing and the start of the vote.
/// @param votingPeriod Seconds the vote stays open.
/// @param executionWindow Seconds after the vote during which a passed proposal may be executed.
/// @param quorumBps Votes cast (for + against) needed, in basis points of the AZT supply.
/// @param majorityBps For votes needed, in basis points of the votes cast.
/// @param equivocationSlashBps The share of stake `slashEquivocation` takes, in basis points.
/// @param proposalSlashBps The share of stake every passed proposal takes from each validator it
///        names, in basis points; every proposal also kicks. A filer chooses whom to name, never
///        how much: a proposal that could carry less than this could burn the evidence.
/// @param filingBond AZT a filer deposits; returned if the proposal passes, forfeited if not.
///        Never 0: it is what each renewal of a lock by refiling costs a griefer. An INACTIVITY
///        proposal deposits it once per validator it names.
struct SlasherParams {
    uint32 votingDelay;
    uint32 votingPeriod;
    uint32 executionWindow;
    uint16 quorumBps;
    uint16 majorityBps;
    uint16 equivocationSlashBps;
    uint16 proposalSlashBps;
    uint256 filingBond;
}

/// @notice A slash proposal as stored.
/// @param proposer Who filed it and posted the bond.
/// @param snapshot The timestamp votes and supply are read at: filing time - 1.
/// @param voteStart First second of the vote.
/// @param voteEnd Last second of the vote.
/// @param executeBy Last second at which a passed proposal may be executed.
/// @param slashBps Share of each validator's stake (at execution) to slash, in basis points: the
///        `proposalSlashBps` in force at filing.
/// @param kick Whether execution also removes the validators from the active set (always true).
/// @param quorumBps The quorum in force at filing.
/// @param majorityBps The majority in force at filing.
/// @param executed Whether it was executed.
/// @param bondSettled Whether its bond was returned or forfeited.
/// @param kind The evidence kind.
/// @param evidenceKey The canonical key of the evidence (for PRUNED_EPOCH and EQUIVOCATION, one
///        live proposal per key and validator).
/// @param bond The bond posted.
/// @param supply The AZT supply at `snapshot`.
/// @param forVotes Vote weight in favour.
/// @param againstVotes Vote weight against.
/// @param validators The attesters to slash, strictly increasing.
struct Proposal {
    address proposer;
    uint48 snapshot;
    uint48 voteStart;
    uint48 voteEnd;
    uint48 executeBy;
    uint16 slashBps;
    bool kick;
    uint16 quorumBps;
    uint16 majorityBps;
    bool executed;
    bool bondSettled;
    EvidenceKind kind;
    bytes32 evidenceKey;
    uint256 bond;
    uint256 supply;
    uint256 forVotes;
    uint256 againstVotes;
    address[] validators;
}

/// @title ISlasher
/// @notice Slashing of one SPTN deployment. Anyone files a proposal to slash and kick named
///         validators, backed by evidence the contract checks on chain; the share slashed is the
///         governance-set `proposalSlashBps`, never the filer's choice. Each (evidence,
///         validator) pair has at most one live or executed proposal (INACTIVITY: any number,
///         bounded in time by the age bound, each epoch slashed once), so a proposal naming some
///         members never blocks one naming the others, and every named stake is locked in
///         Staking until the proposal can no longer be executed. AZT holders vote with their
///         weight at filing time; a passed proposal is executed through Staking. Equivocation,
///         which is objective, is also slashed at once without a vote by a fixed, smaller share.
///         Slashed stake and forfeited bonds go to the deployment's reward pool.
///         See docs/slashing.md, "Contracts".
interface ISlasher {
    /// @notice `proposer` filed proposal `id` against `validators` on evidence `evidenceKey`.
    event ProposalFiled(
        uint256 indexed id,
        address indexed proposer,
        bytes32 indexed evidenceKey,
        EvidenceKind kind,
        address[] validators,
        uint256 slashBps,
        bool kick,
        uint256 voteStart,
        uint256 voteEnd,
        uint256 bond
    );
    /// @notice `voter` voted on proposal `id` with `weight`, in favour if `support`.
    event VoteCast(uint256 indexed id, address indexed voter, bool support, uint256 weight);
    /// @notice Proposal `id` was executed; Staking sent `slashed` AZT in total to the reward pool.
    event ProposalExecuted(uint256 indexed id, uint256 slashed);
    /// @notice Execution of proposal `id` skipped `attester`: nothing was left to slash or kick.
    event SlashSkipped(uint256 indexed id, address indexed attester);
    /// @notice The bond of proposal `id` went back to its proposer.
    event BondReturned(uint256 indexed id, address indexed proposer, uint256 amount);
    /// @notice The bond of proposal `id` went to the reward pool.
    event BondForfeited(uint256 indexed id, address indexed rewardPool, uint256 amount);
    /// @notice `attester` was slashed `amount` (and kicked if `kicked`) for equivocating in `slot`,
    ///         reported by `reporter`.
    event EquivocationSlashed(
        address indexed attester,
        uint256 indexed slot,
        address indexed reporter,
        uint256 amount,
        bool kicked
    );
    /// @notice Governance set the parameters.
    event ParamsSet(SlasherParams params);

    /// @notice Files a proposal to slash `proposalSlashBps` of each validator's stake and kick it.
    ///         Checks `evidence` on chain, refuses a validator that already has a live (Pending,
    ///         Active, Succeeded) or executed proposal on the same evidence (not for INACTIVITY,
    ///         whose evidence expires instead: `MAX_INACTIVITY_AGE_EPOCHS`), locks every named
    ///         stake in Staking until the proposal's `executeBy`, pulls the filing bond from the
    ///         caller (for INACTIVITY, one per named validator), and snapshots vote weight at
    ///         `block.timestamp - 1`.
    /// @param validators Attester addresses, strictly increasing, 1 to 256 of them. For
    ///        PRUNED_EPOCH all must sit in the epoch's committee (any subset of it); for
    ///        EQUIVOCATION exactly the equivocating attester; for INACTIVITY each must sit in the
    ///        committee of at least one epoch of the range.
    /// @param kind The evidence kind.
    /// @param evidence The evidence, encoded as `kind` says.
    /// @return id The new proposal's id (ids start at 1).
    function file(address[] calldata validators, EvidenceKind kind, bytes calldata evidence)
        external
        returns (uint256 id);

    /// @notice Votes on an active proposal with the caller's AZT vote weight at its snapshot.
    ///         Each address votes once; weight zero reverts.
    function castVote(uint256 id, bool support) external;

    /// @notice Executes a succeeded proposal: slashes each validator `slashBps` of its stake at
    ///         this moment (and kicks it), skipping, with `SlashSkipped`, validators with nothing
    ///         left to slash or kick; sends the slashed AZT to the reward pool and returns the
    ///         bond. Anyone may call it, once.
    function execute(uint256 id) external;

    /// @notice Settles the bond of a defeated proposal (forfeited to the reward pool) or of an
    ///         expired one (returned: it passed). Anyone may call it, once.
    function settleBond(uint256 id) external;

    /// @notice Verifies `e` and slashes its attester `equivocationSlashBps` of its stake and
    ///         kicks it, without a vote. Once per (attester, slot). Anyone may call it.
    /// @return amount The AZT slashed.
    function slashEquivocation(Equivocation calldata e) external returns (uint256 amount);

    /// @notice Sets the parameters. Only the owner (the deployment's SptnGovernance). Reverts if
    ///         the resulting `minimumExitDelay` exceeds Staking's exit delay.
    function setParams(SlasherParams calldata params) external;

    /// @notice The state of proposal `id`; reverts for an unknown id.
    function state(uint256 id) external view returns (ProposalState);

    /// @notice Proposal `id` as stored.
    function getProposal(uint256 id) external view returns (Proposal memory);

    /// @notice Whether `voter` voted on proposal `id`.
    function hasVoted(uint256 id, address voter) external view returns (bool);

    /// @notice Whether `for`/`against` votes pass against `supply` under the given thresholds:
    ///         `(for + against) * 10_000 >= quorumBps * supply` and
    ///         `for * 10_000 >= majorityBps * (for + against)` (docs/slashing.md's rule).
    function passes(
        uint256 forVotes,
        uint256 againstVotes,
        uint256 supply,
        uint256 quorumBps,
        uint256 majorityBps
    ) external pure returns (bool);

    /// @notice The canonical key of a piece of evidence: the same fault gives the same key
    ///         however it is encoded (headers in either order; for INACTIVITY the epoch range,
    ///         whatever the record).
    function evidenceKey(EvidenceKind kind, bytes calldata evidence) external pure returns (bytes32);

    /// @notice The proposal filed last on `key` that names `validator` (0 if none). PRUNED_EPOCH
    ///         and EQUIVOCATION only: INACTIVITY proposals are not recorded per validator (several
    ///         may be live on one range); find them by `ProposalFiled`, whose `evidenceKey` is
    ///         indexed.
    function proposalFor(bytes32 key, address validator) external view returns (uint256);

    /// @notice `proposalFor(key, v)` for each of `validators`.
    function proposalsFor(bytes32 key, address[] calldata validators)
        external
        view
        returns (uint256[] memory ids);

    /// @notice Whether `attester` was already slashed without a vote for equivocating in `slot`.
    function equivocationSlashed(address attester, uint256 slot) external view returns (bool);

    /// @notice Whether `validator` was slashed for inactivity on a range holding `epoch`. An
    ///         executed INACTIVITY proposal skips a validator slashed on any epoch of its range:
    ///         the same missed slots are slashed once, whatever the ranges and the order of
    ///         execution.
    function inactivitySlashed(address validator, uint256 epoch) external view returns (bool);

    /// @notice How many epochs INACTIVITY evidence may end before the current one.
    function MAX_INACTIVITY_AGE_EPOCHS() external view returns (uint256);

    /// @notice The shortest exit delay under which a committee member stays slashable by a
    ///         passed proposal: `(LAG_EPOCHS + max(1 + proofWindowEpochs,
    ///         MAX_INACTIVITY_EPOCHS + MAX_INACTIVITY_AGE_EPOCHS)) * epoch seconds + votingDelay +
    ///         votingPeriod + executionWindow` (the later of the pruned-epoch and the inactivity
    ///         filing deadlines, plus a vote). SptnGovernance keeps Staking's exit delay at or
    ///         above it.
    function minimumExitDelay() external view returns (uint256);

    /// @notice The longest epoch range INACTIVITY evidence may cover.
    function MAX_INACTIVITY_EPOCHS() external view returns (uint256);

    /// @notice The current parameters.
    function getParams() external view returns (SlasherParams memory);

    /// @notice The number of proposals filed (the last id).
    function proposalCount() external view returns (uint256);

    /// @notice The rollup whose evidence this slasher checks.
    function rollup() external view returns (IRollup);

    /// @notice The Staking it slashes through.
    function staking() external view returns (IStaking);

    /// @notice Where slashed stake and forfeited bonds go (Staking's reward pool).
    function rewardPool() external view returns (address);
}
