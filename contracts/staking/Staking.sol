// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";
import {Time} from "@openzeppelin/contracts/utils/types/Time.sol";

import {IRewardPool} from "../interfaces/IRewardPool.sol";
import {ISlasher} from "../interfaces/ISlasher.sol";
import {IStaking} from "../interfaces/IStaking.sol";
import {Errors} from "../libraries/Errors.sol";

/// @title Staking
/// @notice Holds the AZT staked behind sequencers and the snapshotted active set.
/// @dev The owner is the deployment's SptnGovernance. The active set is an array whose every
///      position has its own checkpoint trace of occupants (an address in a Trace208 value) plus
///      one trace of the size, all keyed by timestamp. A removal moves the last member into the
///      hole, so reading position i at time t is one binary search over position i's trace.
///      The vacated last position is not cleared: the size trace makes it unreadable.
///      Hostile callers (docs/threat-model.md): nobody but the attester opens its stake (so nobody
///      squats an attester address under its own withdrawer); the slasher can only send stake to
///      the reward pool fixed at deployment; a new slasher takes over only after every staker
///      could leave (nobody stakes before governance named the slasher, which it may do at once
///      only the first time); a stake named in a live slash proposal cannot be withdrawn before it ends.
contract Staking is IStaking, Ownable, ReentrancyGuard, EIP712, Nonces {
    using Checkpoints for Checkpoints.Trace208;
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    /// @notice The longest exit delay governance may set: one year.
    uint256 public constant MAX_EXIT_DELAY = 365 days;
    /// @notice The longest a stake can be locked ahead of now: a slash proposal's longest life
    ///         (voting delay, voting period and execution window of at most 30 days each).
    uint256 public constant MAX_LOCK = 90 days;
    /// @notice The EIP-712 type an attester signs to let a funder open its stake.
    bytes32 public constant STAKE_AUTHORIZATION_TYPEHASH = keccak256(
        "StakeAuthorization(address attester,address withdrawer,uint256 nonce,uint256 deadline)"
    );

    IERC20 private immutable TOKEN;
    address private immutable REWARD_POOL;

    /// @inheritdoc IStaking
    address public slasher;
    /// @dev Whether governance named the slasher (setInitialSlasher, or queueSlasher, zero
    ///      included): nobody stakes before, so nobody stakes not knowing who may slash it, and
    ///      the slasher set at once by setInitialSlasher can take no stake by surprise. Packed
    ///      into `slasher`'s storage slot (declared right after it), so it costs no slot of its
    ///      own; stake reads only this flag of that slot.
    bool private _slasherNamed;
    /// @dev The queued slasher, when it may be activated (0: nothing queued) and the latest
    ///      exitableAt ever given, packed in one slot.
    address private _pendingSlasher;
    uint48 private _slasherActivatesAt;
    uint48 private _latestExitableAt;
    /// @dev After the exit delay was lowered, the longest delay stakers were promised until then
    ///      (the notice of a slasher change) and when that promise ends, packed in one slot.
    uint48 private _noticeFloor;
    uint48 private _noticeFloorUntil;
    /// @inheritdoc IStaking
    uint256 public minimumStake;
    /// @inheritdoc IStaking
    uint256 public exitDelay;

    mapping(address attester => StakeInfo) private _stakes;
    /// @dev Position in the active set plus one (0: not active).
    mapping(address attester => uint256) private _positionPlusOne;
    mapping(uint256 position => Checkpoints.Trace208) private _members;
    Checkpoints.Trace208 private _size;

    modifier onlyWithdrawer(address attester) {
        address withdrawer = _stakes[attester].withdrawer;
        if (withdrawer == address(0)) revert Errors.Staking__NoStake(attester);
        if (msg.sender != withdrawer) {
            revert Errors.Staking__NotWithdrawer(attester, msg.sender, withdrawer);
        }
        _;
    }

    /// @param token_ The staked token (AZT).
    /// @param rewardPool_ Where slashed stake goes: the deployment's RewardPool (paying `token_`).
    /// @param initialOwner The deployer, who hands the contract to SptnGovernance once it exists.
    /// @param minimumStake_ The minimum stake to join the active set (non-zero).
    /// @param exitDelay_ The delay between exit and withdrawal, in seconds.
    constructor(
        IERC20 token_,
        address rewardPool_,
        address initialOwner,
        uint256 minimumStake_,
        uint256 exitDelay_
    ) Ownable(initialOwner) EIP712("SPTN Staking", "1") {
        if (address(token_) == address(0) || rewardPool_ == address(0)) {
            revert Errors.Staking__ZeroAddress();
        }
        address poolToken = address(IRewardPool(rewardPool_).token());
        if (poolToken != address(token_)) {
            revert Errors.Staking__TokenMismatch(poolToken, address(token_));
        }
        TOKEN = token_;
        REWARD_POOL = rewardPool_;
        _setMinimumStake(minimumStake_);
        _setExitDelay(exitDelay_);
    }

    // ---- sequencers ----------------------------------------------------------------------------

    /// @inheritdoc IStaking
    function stake(address attester, address withdrawer, uint256 amount) external nonReentrant {
        _checkArgs(attester, withdrawer, amount);
        if (_stakes[attester].status == Status.NONE && msg.sender != attester) {
            revert Errors.Staking__NotAuthorizedByAttester(attester, msg.sender);
        }
        _stake(attester, withdrawer, amount);
    }

    /// @inheritdoc IStaking
    function stakeWithAuthorization(
        address attester,
        address withdrawer,
        uint256 amount,
        uint256 deadline,
        bytes calldata signature
    ) external nonReentrant {
        _checkArgs(attester, withdrawer, amount);
        // An authorisation lives minutes to days: a proposer's timestamp leeway does not matter.
        // forge-lint: disable-next-line(block-timestamp)
        if (block.timestamp > deadline) {
            revert Errors.Staking__AuthorizationExpired(deadline, block.timestamp);
        }
        bytes32 digest = stakeAuthorizationDigest(attester, withdrawer, nonces(attester), deadline);
        if (!SignatureChecker.isValidSignatureNowCalldata(attester, digest, signature)) {
            revert Errors.Staking__InvalidAuthorization(attester);
        }
        _useNonce(attester);
        _stake(attester, withdrawer, amount);
    }

    /// @inheritdoc IStaking
    function initiateExit(address attester) external onlyWithdrawer(attester) {
        StakeInfo storage s = _stakes[attester];
        if (s.status == Status.EXITING) revert Errors.Staking__Exiting(attester);
        if (s.status == Status.ACTIVE) _removeFromSet(attester);
        uint48 exitableAt = (block.timestamp + exitDelay).toUint48();
        s.status = Status.EXITING;
        s.exitableAt = exitableAt;
        if (exitableAt > _latestExitableAt) _latestExitableAt = exitableAt;
        emit ExitInitiated(attester, msg.sender, exitableAt);
    }

    /// @inheritdoc IStaking
    function withdraw(address attester, address recipient)
        external
        nonReentrant
        onlyWithdrawer(attester)
    {
        if (recipient == address(0)) revert Errors.Staking__ZeroAddress();
        StakeInfo memory s = _stakes[attester];
        if (s.status != Status.EXITING) revert Errors.Staking__NotExiting(attester);
        // The exit delay is days long: a proposer's few seconds of timestamp leeway do not matter.
        // forge-lint: disable-next-line(block-timestamp)
        if (block.timestamp < s.exitableAt) {
            revert Errors.Staking__ExitDelayNotPassed(attester, block.timestamp, s.exitableAt);
        }
        // forge-lint: disable-next-line(block-timestamp)
        if (block.timestamp <= s.lockedUntil) {
            revert Errors.Staking__Locked(attester, s.lockedUntil);
        }
        delete _stakes[attester];
        emit Withdrawn(attester, recipient, s.amount);
        if (s.amount > 0) TOKEN.safeTransfer(recipient, s.amount);
    }

    // ---- slasher -------------------------------------------------------------------------------

    /// @inheritdoc IStaking
    function slash(address attester, uint256 amount, bool kick) external nonReentrant {
        if (msg.sender != slasher) revert Errors.Staking__NotSlasher(msg.sender, slasher);
        StakeInfo storage s = _stakes[attester];
        Status status = s.status;
        if (status == Status.NONE) revert Errors.Staking__NoStake(attester);
        uint256 held = s.amount;
        uint256 taken = amount < held ? amount : held;
        // Cannot underflow: taken <= held.
        uint256 left;
        unchecked {
            left = held - taken;
        }
        // An active attester below the minimum stake would sit in committees with less at stake
        // than governance asked for: it leaves the set with its slash, kick or not.
        bool kicked = status == Status.ACTIVE && (kick || left < minimumStake);
        if (taken == 0 && !kicked) revert Errors.Staking__EmptySlash(attester);
        if (kicked) {
            _removeFromSet(attester);
            s.status = Status.STAKED;
        }
        s.amount = left;
        emit Slashed(attester, taken, kicked);
        if (taken > 0) TOKEN.safeTransfer(REWARD_POOL, taken);
    }

    /// @inheritdoc IStaking
    function lock(address[] calldata attesters, uint256 until) external {
        if (msg.sender != slasher) revert Errors.Staking__NotSlasher(msg.sender, slasher);
        uint256 max = block.timestamp + MAX_LOCK;
        if (until > max) revert Errors.Staking__LockTooLong(until, max);
        // casting to 'uint40' is safe because until <= now + 90 days, far below 2**40 seconds
        // forge-lint: disable-next-line(unsafe-typecast)
        uint40 until40 = uint40(until);
        uint256 n = attesters.length;
        for (uint256 i = 0; i < n; ++i) {
            address a = attesters[i];
            StakeInfo storage s = _stakes[a];
            if (s.status == Status.NONE || s.lockedUntil >= until40) continue;
            s.lockedUntil = until40;
            emit StakeLocked(a, until);
        }
    }

    // ---- governance ----------------------------------------------------------------------------

    /// @inheritdoc IStaking
    function activate(address attester) external onlyOwner {
        StakeInfo storage s = _stakes[attester];
        if (s.status == Status.NONE) revert Errors.Staking__NoStake(attester);
        if (s.status == Status.ACTIVE) revert Errors.Staking__AlreadyActive(attester);
        if (s.status == Status.EXITING) revert Errors.Staking__Exiting(attester);
        if (s.amount < minimumStake) {
            revert Errors.Staking__InsufficientStake(attester, s.amount, minimumStake);
        }
        s.status = Status.ACTIVE;
        uint48 now_ = Time.timestamp();
        uint256 position = _size.latest();
        _members[position].push(now_, uint160(attester));
        _size.push(now_, (position + 1).toUint208());
        _positionPlusOne[attester] = position + 1;
        emit AttesterActivated(attester, position);
    }

    /// @inheritdoc IStaking
    function deactivate(address attester) external onlyOwner {
        StakeInfo storage s = _stakes[attester];
        if (s.status != Status.ACTIVE) revert Errors.Staking__NotActive(attester);
        _removeFromSet(attester);
        s.status = Status.STAKED;
    }

    /// @inheritdoc IStaking
    function setMinimumStake(uint256 minimumStake_) external onlyOwner {
        _setMinimumStake(minimumStake_);
    }

    /// @inheritdoc IStaking
    function setExitDelay(uint256 exitDelay_) external onlyOwner {
        uint256 activatesAt = _slasherActivatesAt;
        if (activatesAt != 0 && exitDelay_ > exitDelay) {
            revert Errors.Staking__SlasherChangePending(activatesAt);
        }
        _setExitDelay(exitDelay_);
        _requireCovers(slasher, exitDelay_);
        if (activatesAt != 0) _requireCovers(_pendingSlasher, exitDelay_);
    }

    /// @inheritdoc IStaking
    function queueSlasher(address slasher_) external onlyOwner {
        _requireCovers(slasher_, exitDelay);
        uint256 activatesAt = slasherChangeActivatesAt();
        _slasherNamed = true;
        _pendingSlasher = slasher_;
        _slasherActivatesAt = activatesAt.toUint48();
        emit SlasherQueued(slasher_, activatesAt);
    }

    /// @inheritdoc IStaking
    function setInitialSlasher(address slasher_) external onlyOwner {
        // Nobody stakes before the slasher is named, so nobody is owed the notice of a change.
        if (_slasherNamed) {
            revert Errors.Staking__SlasherAlreadyNamed(_slasherActivatesAt != 0
                    ? _pendingSlasher
                    : slasher);
        }
        if (slasher_ == address(0)) revert Errors.Staking__ZeroAddress();
        _requireCovers(slasher_, exitDelay);
        slasher = slasher_;
        _slasherNamed = true;
        emit SlasherSet(slasher_);
    }

    /// @inheritdoc IStaking
    function activateSlasher() external {
        uint256 activatesAt = _slasherActivatesAt;
        if (activatesAt == 0) revert Errors.Staking__NoPendingSlasher();
        // forge-lint: disable-next-line(block-timestamp)
        if (block.timestamp < activatesAt) {
            revert Errors.Staking__SlasherNotDue(block.timestamp, activatesAt);
        }
        address next = _pendingSlasher;
        _requireCovers(next, exitDelay);
        slasher = next;
        _pendingSlasher = address(0);
        _slasherActivatesAt = 0;
        emit SlasherSet(next);
    }

    /// @notice Disabled: an ownerless Staking could never change its active set again.
    function renounceOwnership() public view override onlyOwner {
        revert Errors.Staking__RenounceDisabled();
    }

    // ---- views ---------------------------------------------------------------------------------

    /// @inheritdoc IStaking
    function token() external view returns (IERC20) {
        return TOKEN;
    }

    /// @inheritdoc IStaking
    function slasherNamed() external view returns (bool) {
        return _slasherNamed;
    }

    /// @inheritdoc IStaking
    function pendingSlasher() external view returns (address pending, uint256 activatesAt) {
        return (_pendingSlasher, _slasherActivatesAt);
    }

    /// @inheritdoc IStaking
    function slasherChangeActivatesAt() public view returns (uint256) {
        uint256 delay = exitDelay;
        // The notice: the exit delay, or a longer one it was lowered from, for as long as that
        // one lasts (an owner cannot shorten the notice by lowering the exit delay first).
        uint256 notice = delay;
        // forge-lint: disable-next-line(block-timestamp)
        if (block.timestamp < _noticeFloorUntil && _noticeFloor > notice) notice = _noticeFloor;
        // Everyone exiting now, or within the notice from now, is out before the change.
        uint256 reactBy = block.timestamp + notice;
        uint256 latest = _latestExitableAt;
        return (reactBy > latest ? reactBy : latest) + delay;
    }

    /// @inheritdoc IStaking
    function latestExitableAt() external view returns (uint256) {
        return _latestExitableAt;
    }

    /// @inheritdoc IStaking
    function rewardPool() external view returns (address) {
        return REWARD_POOL;
    }

    /// @inheritdoc IStaking
    function nonces(address attester) public view override(IStaking, Nonces) returns (uint256) {
        return super.nonces(attester);
    }

    /// @inheritdoc IStaking
    function stakeAuthorizationDigest(
        address attester,
        address withdrawer,
        uint256 nonce,
        uint256 deadline
    ) public view returns (bytes32) {
        return _hashTypedDataV4(
            keccak256(
                abi.encode(STAKE_AUTHORIZATION_TYPEHASH, attester, withdrawer, nonce, deadline)
            )
        );
    }

    /// @inheritdoc IStaking
    function getStake(address attester) external view returns (StakeInfo memory) {
        return _stakes[attester];
    }

    /// @inheritdoc IStaking
    function isActive(address attester) external view returns (bool) {
        return _stakes[attester].status == Status.ACTIVE;
    }

    /// @inheritdoc IStaking
    function getActiveSetSize() external view returns (uint256) {
        return _size.latest();
    }

    /// @inheritdoc IStaking
    function getActiveSetSizeAt(uint256 timestamp) external view returns (uint256) {
        return _size.upperLookupRecent(_key(timestamp));
    }

    /// @inheritdoc IStaking
    function getActiveAttesterAt(uint256 index, uint256 timestamp) external view returns (address) {
        uint48 key = _key(timestamp);
        uint256 size = _size.upperLookupRecent(key);
        if (index >= size) revert Errors.Staking__IndexOutOfBounds(index, size);
        return address(uint160(_members[index].upperLookupRecent(key)));
    }

    /// @inheritdoc IStaking
    function getActiveAttesters() external view returns (address[] memory attesters) {
        uint256 size = _size.latest();
        attesters = new address[](size);
        for (uint256 i = 0; i < size; ++i) {
            attesters[i] = address(uint160(_members[i].latest()));
        }
    }

    /// @inheritdoc IStaking
    function getActiveAttestersAt(uint256 timestamp)
        external
        view
        returns (address[] memory attesters)
    {
        uint48 key = _key(timestamp);
        uint256 size = _size.upperLookupRecent(key);
        attesters = new address[](size);
        for (uint256 i = 0; i < size; ++i) {
            attesters[i] = address(uint160(_members[i].upperLookupRecent(key)));
        }
    }

    // ---- internals -----------------------------------------------------------------------------

    function _checkArgs(address attester, address withdrawer, uint256 amount) private view {
        if (!_slasherNamed) revert Errors.Staking__SlasherNotNamed();
        if (attester == address(0) || withdrawer == address(0)) {
            revert Errors.Staking__ZeroAddress();
        }
        if (amount == 0) revert Errors.Staking__ZeroAmount();
    }

    /// @dev Opens or tops up a stake; the caller has checked the arguments and that the attester
    ///      authorised it.
    function _stake(address attester, address withdrawer, uint256 amount) private {
        StakeInfo storage s = _stakes[attester];
        if (s.status == Status.NONE) {
            s.withdrawer = withdrawer;
            s.status = Status.STAKED;
        } else if (s.status == Status.EXITING) {
            revert Errors.Staking__Exiting(attester);
        } else if (s.withdrawer != withdrawer) {
            revert Errors.Staking__WithdrawerMismatch(attester, s.withdrawer, withdrawer);
        }
        s.amount += amount;
        emit Staked(attester, withdrawer, msg.sender, amount);
        TOKEN.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @dev Reverts unless `slasher_` is zero (nobody slashes) or a contract whose
    ///      `minimumExitDelay()` is at most `delay`: a slasher must state how long stakes must
    ///      stay to be slashable, and the exit delay must honour it.
    function _requireCovers(address slasher_, uint256 delay) private view {
        if (slasher_ == address(0)) return;
        (bool ok, bytes memory ret) =
            slasher_.staticcall(abi.encodeCall(ISlasher.minimumExitDelay, ()));
        if (!ok || ret.length != 32) revert Errors.Staking__SlasherStatesNoExitDelay(slasher_);
        uint256 minimum = abi.decode(ret, (uint256));
        if (delay < minimum) revert Errors.Staking__ExitDelayBelowSlasherMinimum(delay, minimum);
    }

    /// @dev Removes an active attester: the last member moves into its position.
    function _removeFromSet(address attester) private {
        uint48 now_ = Time.timestamp();
        uint256 position = _positionPlusOne[attester] - 1;
        uint256 last = _size.latest() - 1;
        if (position != last) {
            address moved = address(uint160(_members[last].latest()));
            _members[position].push(now_, uint160(moved));
            _positionPlusOne[moved] = position + 1;
        }
        _size.push(now_, last.toUint208());
        delete _positionPlusOne[attester];
        emit AttesterDeactivated(attester);
    }

    function _setMinimumStake(uint256 minimumStake_) private {
        if (minimumStake_ == 0) revert Errors.Staking__ZeroAmount();
        minimumStake = minimumStake_;
        emit MinimumStakeSet(minimumStake_);
    }

    function _setExitDelay(uint256 exitDelay_) private {
        if (exitDelay_ > MAX_EXIT_DELAY) {
            revert Errors.Staking__ExitDelayTooLong(exitDelay_, MAX_EXIT_DELAY);
        }
        uint256 previous = exitDelay;
        if (exitDelay_ < previous) {
            // Stakers who joined under the longer delay keep it as the notice of a slasher change
            // for that long: the floor is the longest such delay, held until the latest end.
            uint256 floor = _noticeFloor;
            uint256 until = _noticeFloorUntil;
            // forge-lint: disable-next-line(block-timestamp)
            if (block.timestamp >= until) floor = 0;
            uint256 end = block.timestamp + previous;
            _noticeFloor = (previous > floor ? previous : floor).toUint48();
            _noticeFloorUntil = (end > until ? end : until).toUint48();
        }
        exitDelay = exitDelay_;
        emit ExitDelaySet(exitDelay_);
    }

    /// @dev Timestamps beyond uint48 lie past every checkpoint: clamp them to read the latest.
    function _key(uint256 timestamp) private pure returns (uint48) {
        // casting to 'uint48' is safe because larger values are clamped first
        // forge-lint: disable-next-line(unsafe-typecast)
        return timestamp > type(uint48).max ? type(uint48).max : uint48(timestamp);
    }
}
