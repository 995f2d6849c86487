// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";
import {Time} from "@openzeppelin/contracts/utils/types/Time.sol";

import {IStaking} from "../interfaces/IStaking.sol";
import {Errors} from "../libraries/Errors.sol";

/// @title Staking
/// @notice Holds the AZT staked behind sequencers and the snapshotted active set.
/// @dev The owner is the deployment's SptnGovernance. The active set is an array whose every
///      position has its own checkpoint trace of occupants (an address in a Trace208 value) plus
///      one trace of the size, all keyed by timestamp. A removal moves the last member into the
///      hole, so reading position i at time t is one binary search over position i's trace.
///      The vacated last position is not cleared: the size trace makes it unreadable.
contract Staking is IStaking, Ownable, ReentrancyGuard {
    using Checkpoints for Checkpoints.Trace208;
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    /// @notice The longest exit delay governance may set: one year.
    uint256 public constant MAX_EXIT_DELAY = 365 days;

    IERC20 private immutable TOKEN;

    /// @inheritdoc IStaking
    address public slasher;
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
    /// @param initialOwner The deployer, who hands the contract to SptnGovernance once it exists.
    /// @param minimumStake_ The minimum stake to join the active set (non-zero).
    /// @param exitDelay_ The delay between exit and withdrawal, in seconds.
    constructor(IERC20 token_, address initialOwner, uint256 minimumStake_, uint256 exitDelay_)
        Ownable(initialOwner)
    {
        if (address(token_) == address(0)) revert Errors.Staking__ZeroAddress();
        TOKEN = token_;
        _setMinimumStake(minimumStake_);
        _setExitDelay(exitDelay_);
    }

    // ---- sequencers ----------------------------------------------------------------------------

    /// @inheritdoc IStaking
    function stake(address attester, address withdrawer, uint256 amount) external nonReentrant {
        if (attester == address(0) || withdrawer == address(0)) {
            revert Errors.Staking__ZeroAddress();
        }
        if (amount == 0) revert Errors.Staking__ZeroAmount();
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

    /// @inheritdoc IStaking
    function initiateExit(address attester) external onlyWithdrawer(attester) {
        StakeInfo storage s = _stakes[attester];
        if (s.status == Status.EXITING) revert Errors.Staking__Exiting(attester);
        if (s.status == Status.ACTIVE) _removeFromSet(attester);
        uint48 exitableAt = (block.timestamp + exitDelay).toUint48();
        s.status = Status.EXITING;
        s.exitableAt = exitableAt;
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
        delete _stakes[attester];
        emit Withdrawn(attester, recipient, s.amount);
        if (s.amount > 0) TOKEN.safeTransfer(recipient, s.amount);
    }

    // ---- slasher -------------------------------------------------------------------------------

    /// @inheritdoc IStaking
    function slash(address attester, uint256 amount, bool kick) external nonReentrant {
        if (msg.sender != slasher) revert Errors.Staking__NotSlasher(msg.sender, slasher);
        StakeInfo storage s = _stakes[attester];
        if (s.status == Status.NONE) revert Errors.Staking__NoStake(attester);
        bool kicked = kick && s.status == Status.ACTIVE;
        uint256 taken = amount < s.amount ? amount : s.amount;
        if (taken == 0 && !kicked) revert Errors.Staking__EmptySlash(attester);
        if (kicked) {
            _removeFromSet(attester);
            s.status = Status.STAKED;
        }
        // Cannot underflow: taken <= s.amount.
        unchecked {
            s.amount -= taken;
        }
        emit Slashed(attester, taken, kicked);
        if (taken > 0) TOKEN.safeTransfer(msg.sender, taken);
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
        _setExitDelay(exitDelay_);
    }

    /// @inheritdoc IStaking
    function setSlasher(address slasher_) external onlyOwner {
        slasher = slasher_;
        emit SlasherSet(slasher_);
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
