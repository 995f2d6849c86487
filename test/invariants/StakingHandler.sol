// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";

import {RewardPool} from "../../contracts/incentives/RewardPool.sol";
import {IStaking} from "../../contracts/interfaces/IStaking.sol";
import {Staking} from "../../contracts/staking/Staking.sol";
import {AZT} from "../../contracts/token/AZT.sol";
import {SlasherStub} from "../utils/SlasherStub.sol";

/// @title StakingHandler
/// @notice Drives Staking with a fixed cast: eight attesters with keys (each opens its stake by
///         signing an authorisation a funder submits), three funders/withdrawers, the slasher
///         (a stub this handler pranks), and the hostile actors of docs/threat-model.md:
///         - a squatting staker, who tries to open stakes for attesters under its own
///           withdrawer, directly, with another key's signature or with a replayed one;
///         - a compromised owner (the handler owns Staking), who queues a thief as slasher and
///           changes the exit delay to trap stakers;
///         - the thief, who tries to slash before and after its activation.
///         Callers of exit and withdraw are drawn from everyone, so that unauthorised attempts
///         happen; any that succeeds is recorded in a ghost flag the invariants check.
contract StakingHandler is CommonBase, StdCheats, StdUtils {
    uint256 internal constant MIN_STAKE = 100e18;
    uint256 internal constant EXIT_DELAY = 1 days;

    AZT public immutable token;
    RewardPool public immutable pool;
    Staking public immutable staking;
    address public immutable slasher;
    address public immutable thief;
    address public immutable squatter = address(0x5A7);

    address[] public attesters;
    address[] public actors;
    mapping(address => uint256) internal keyOf;

    // ---- ghosts ----
    uint256 public ghostStaked;
    uint256 public ghostWithdrawn;
    uint256 public ghostSlashed;
    /// @notice Set if anyone but a stake's withdrawer exited or withdrew it.
    bool public ghostForeignMove;
    /// @notice Set if the squatter opened a stake for an attester that did not authorise it.
    bool public ghostSquatted;
    /// @notice The withdrawer each attester chose when it authorised its current stake.
    mapping(address attester => address) public ghostChosenWithdrawer;
    /// @notice Set if a stake was withdrawn while its lock was on.
    bool public ghostLockedWithdrawn;
    /// @notice Set if the thief took stake before its queued change was activated.
    bool public ghostEarlyTheft;
    /// @notice Set if a slasher change activated while a stake whose exit started within one
    ///         exit delay of the queueing could not yet be withdrawn.
    bool public ghostTrapped;
    /// @dev The compromised owner made the thief the slasher at once (setInitialSlasher after a
    ///      slasher was named: anyone staked under it could be slashed without notice).
    bool public ghostThiefAtOnce;
    /// @dev Every exit delay the owner replaced, and when.
    uint256[] private _replacedDelays;
    uint256[] private _replacedAt;
    uint256 public ghostQueuedAt;
    uint256 public ghostQueuedDelay;
    mapping(address attester => uint256) public ghostExitStartedAt;
    /// @notice Snapshots of the active set, each taken when time moved past its timestamp.
    uint256[] public snapshotTimes;
    mapping(uint256 => address[]) internal _snapshotSets;
    mapping(bytes32 => uint256) public calls;

    constructor() {
        token = new AZT(address(this));
        pool = new RewardPool(token, address(this));
        staking = new Staking(token, address(pool), address(this), MIN_STAKE, EXIT_DELAY);
        slasher = address(new SlasherStub(0));
        thief = address(new SlasherStub(0));
        staking.queueSlasher(slasher);
        (, uint256 activatesAt) = staking.pendingSlasher();
        vm.warp(activatesAt);
        staking.activateSlasher();
        for (uint256 i = 0; i < 8; ++i) {
            uint256 key = 0xA770 + i;
            address a = vm.addr(key);
            keyOf[a] = key;
            attesters.push(a);
        }
        for (uint256 i = 0; i < 3; ++i) {
            // forge-lint: disable-next-line(unsafe-typecast)
            address a = address(uint160(0xF00D + i));
            actors.push(a);
            token.mint(a, type(uint96).max);
            vm.prank(a);
            token.approve(address(staking), type(uint256).max);
        }
        token.mint(squatter, type(uint96).max);
        vm.prank(squatter);
        token.approve(address(staking), type(uint256).max);
    }

    // ---- honest actions ----

    /// @dev A funder opens a stake with the attester's authorisation (naming a withdrawer of the
    ///      attester's choosing), or tops up an existing one.
    function stake(uint256 attesterSeed, uint256 funderSeed, uint256 amount) public {
        (address attester,) = _find(attesterSeed, IStaking.Status.NONE);
        address funder = actors[funderSeed % actors.length];
        IStaking.StakeInfo memory s = staking.getStake(attester);
        if (s.status == IStaking.Status.EXITING) return;
        amount = bound(amount, 1, 3 * MIN_STAKE);
        if (s.status == IStaking.Status.NONE) {
            address chosen = actors[(funderSeed / 3) % actors.length];
            bytes memory auth = _sign(attester, attester, chosen, block.timestamp);
            vm.prank(funder);
            staking.stakeWithAuthorization(attester, chosen, amount, block.timestamp, auth);
            ghostChosenWithdrawer[attester] = chosen;
        } else {
            vm.prank(funder);
            staking.stake(attester, s.withdrawer, amount);
        }
        ghostStaked += amount;
        ++calls["stake"];
    }

    /// @dev A sequencer joining in one go, so that sets grow past a handful of members.
    function stakeAndActivate(uint256 attesterSeed, uint256 funderSeed) external {
        stake(attesterSeed, funderSeed, MIN_STAKE);
        activate(attesterSeed);
    }

    function activate(uint256 attesterSeed) public {
        uint256 n = attesters.length;
        for (uint256 k = 0; k < n; ++k) {
            address attester = attesters[(attesterSeed % n + k) % n];
            IStaking.StakeInfo memory s = staking.getStake(attester);
            if (s.status == IStaking.Status.STAKED && s.amount >= MIN_STAKE) {
                staking.activate(attester);
                ++calls["activate"];
                return;
            }
        }
    }

    function deactivate(uint256 attesterSeed) external {
        (address attester, bool found) = _find(attesterSeed, IStaking.Status.ACTIVE);
        if (!found) return;
        staking.deactivate(attester);
        ++calls["deactivate"];
    }

    function initiateExit(uint256 attesterSeed, uint256 callerSeed) external {
        address attester = attesters[attesterSeed % attesters.length];
        IStaking.StakeInfo memory s = staking.getStake(attester);
        address caller = _caller(callerSeed, s.withdrawer);
        vm.prank(caller);
        try staking.initiateExit(attester) {
            if (caller != s.withdrawer) ghostForeignMove = true;
            ghostExitStartedAt[attester] = block.timestamp;
            ++calls["initiateExit"];
        } catch {}
    }

    function withdraw(uint256 attesterSeed, uint256 callerSeed, uint256 wait) external {
        (address attester,) = _find(attesterSeed, IStaking.Status.EXITING);
        _warp(bound(wait, 0, 2 * EXIT_DELAY));
        IStaking.StakeInfo memory s = staking.getStake(attester);
        address caller = _caller(callerSeed, s.withdrawer);
        vm.prank(caller);
        try staking.withdraw(attester, caller) {
            if (caller != s.withdrawer) ghostForeignMove = true;
            if (block.timestamp <= s.lockedUntil) ghostLockedWithdrawn = true;
            ghostWithdrawn += s.amount;
            delete ghostChosenWithdrawer[attester];
            ++calls["withdraw"];
        } catch {}
    }

    /// @dev The active slasher slashes (with or without a kick).
    function slash(uint256 attesterSeed, uint256 amount, bool kick) external {
        address attester = attesters[attesterSeed % attesters.length];
        IStaking.StakeInfo memory s = staking.getStake(attester);
        address current = staking.slasher();
        if (s.status == IStaking.Status.NONE || current == address(0)) return;
        amount = bound(amount, 0, 2 * s.amount);
        vm.prank(current);
        try staking.slash(attester, amount, kick) {
            ghostSlashed += amount < s.amount ? amount : s.amount;
            ++calls["slash"];
        } catch {}
    }

    /// @dev The slasher locks a few stakes (as filing a proposal does) for up to 90 days.
    function lock(uint256 attesterSeed, uint256 duration) external {
        address current = staking.slasher();
        if (current == address(0)) return;
        address[] memory named = new address[](2);
        named[0] = attesters[attesterSeed % attesters.length];
        named[1] = attesters[(attesterSeed / 8) % attesters.length];
        vm.prank(current);
        try staking.lock(named, block.timestamp + bound(duration, 0, 90 days)) {
            ++calls["lock"];
        } catch {}
    }

    function warp(uint256 seconds_) external {
        _warp(bound(seconds_, 1, 3 days));
    }

    // ---- hostile actions ----

    /// @dev The squatter tries to open a stake for an attester without stake, under its own
    ///      withdrawer: directly, with its own signature, or with one the attester gave before
    ///      (for another withdrawer, or already used).
    function squat(uint256 attesterSeed, uint256 how) external {
        (address attester, bool found) = _find(attesterSeed, IStaking.Status.NONE);
        if (!found) return;
        vm.startPrank(squatter);
        bool ok;
        if (how % 3 == 0) {
            try staking.stake(attester, squatter, MIN_STAKE) {
                ok = true;
            } catch {}
        } else {
            bytes memory auth = how % 3 == 1
                ? _sign(squatter, attester, squatter, block.timestamp)
                : _sign(attester, attester, actors[0], block.timestamp);
            try staking.stakeWithAuthorization(
                attester, squatter, MIN_STAKE, block.timestamp, auth
            ) {
                ok = true;
            } catch {}
        }
        vm.stopPrank();
        if (ok) ghostSquatted = true;
        ++calls["squat"];
    }

    /// @dev The compromised owner queues the thief (or, to cancel, the honest slasher).
    function ownerQueuesSlasher(bool theThief) external {
        address next = theThief ? thief : slasher;
        try staking.queueSlasher(next) {
            ghostQueuedAt = block.timestamp;
            // The notice stakers were promised: the exit delay, or any earlier one whose span
            // since it was replaced has not run out (lowering the delay first must not shorten
            // it).
            uint256 notice = staking.exitDelay();
            for (uint256 i = 0; i < _replacedDelays.length; ++i) {
                uint256 d = _replacedDelays[i];
                if (_replacedAt[i] + d > block.timestamp && d > notice) notice = d;
            }
            ghostQueuedDelay = notice;
            ++calls["queueSlasher"];
        } catch {}
    }

    /// @dev The compromised owner tries the shortcut that names a first slasher at once.
    function ownerSetsInitialSlasher() external {
        try staking.setInitialSlasher(thief) {
            ghostThiefAtOnce = true;
        } catch {}
        ++calls["setInitialSlasher"];
    }

    /// @dev The compromised owner changes the exit delay (within what Staking accepts).
    function ownerSetsExitDelay(uint256 delay) external {
        uint256 previous = staking.exitDelay();
        try staking.setExitDelay(bound(delay, 0, 3 days)) {
            _replacedDelays.push(previous);
            _replacedAt.push(block.timestamp);
            ++calls["setExitDelay"];
        } catch {}
    }

    /// @dev A staker who reacts to a queued change as late as its notice allows (and before
    ///      the change activates): it must still be out in time.
    function stakerReactsLate(uint256 attesterSeed) external {
        (, uint256 activatesAt) = staking.pendingSlasher();
        if (activatesAt == 0) return;
        (address attester, bool found) = _find(attesterSeed, IStaking.Status.ACTIVE);
        if (!found) return;
        uint256 at = ghostQueuedAt + ghostQueuedDelay;
        if (at >= activatesAt) at = activatesAt - 1;
        if (at < block.timestamp) return;
        _warp(at - block.timestamp);
        vm.prank(staking.getStake(attester).withdrawer);
        staking.initiateExit(attester);
        ghostExitStartedAt[attester] = block.timestamp;
        ++calls["stakerReactsLate"];
    }

    /// @dev Anyone activates a queued change; stakers who reacted in time must be out by then.
    function activateSlasher() external {
        (, uint256 activatesAt) = staking.pendingSlasher();
        if (activatesAt == 0) return;
        _warp(activatesAt > block.timestamp ? activatesAt - block.timestamp : 0);
        try staking.activateSlasher() {
            uint256 reactBy = ghostQueuedAt + ghostQueuedDelay;
            for (uint256 i = 0; i < attesters.length; ++i) {
                address a = attesters[i];
                IStaking.StakeInfo memory s = staking.getStake(a);
                if (s.status != IStaking.Status.EXITING) continue;
                if (ghostExitStartedAt[a] > reactBy) continue;
                if (s.exitableAt > block.timestamp) ghostTrapped = true;
            }
            ++calls["activateSlasher"];
        } catch {}
    }

    /// @dev The thief tries to slash whoever it can.
    function thiefSlashes(uint256 attesterSeed) external {
        address attester = attesters[attesterSeed % attesters.length];
        uint256 amount = staking.getStake(attester).amount;
        bool active = staking.slasher() == thief;
        vm.prank(thief);
        try staking.slash(attester, amount, true) {
            if (!active) ghostEarlyTheft = true;
            ghostSlashed += amount;
            ++calls["thiefSlash"];
        } catch {}
    }

    // ---- views for the invariants ----

    function attesterCount() external view returns (uint256) {
        return attesters.length;
    }

    function snapshotCount() external view returns (uint256) {
        return snapshotTimes.length;
    }

    function snapshotSet(uint256 i) external view returns (address[] memory) {
        return _snapshotSets[i];
    }

    // ---- internals ----

    /// @dev `signer`'s authorisation of a stake of `attester` under `withdrawer`.
    function _sign(address signer, address attester, address withdrawer, uint256 deadline)
        internal
        view
        returns (bytes memory)
    {
        bytes32 digest = staking.stakeAuthorizationDigest(
            attester, withdrawer, staking.nonces(attester), deadline
        );
        uint256 key = keyOf[signer] != 0 ? keyOf[signer] : 0x5A7;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        return abi.encodePacked(r, s, v);
    }

    /// @dev The stake's withdrawer three times in four, anyone else otherwise.
    function _caller(uint256 seed, address withdrawer) internal view returns (address) {
        if (seed % 4 != 0 && withdrawer != address(0)) return withdrawer;
        return _anyone(seed / 4);
    }

    /// @dev The first attester from `seed` on with `status`, if any.
    function _find(uint256 seed, IStaking.Status status)
        internal
        view
        returns (address attester, bool found)
    {
        uint256 n = attesters.length;
        for (uint256 k = 0; k < n; ++k) {
            attester = attesters[(seed % n + k) % n];
            if (staking.getStake(attester).status == status) return (attester, true);
        }
        return (attesters[seed % n], false);
    }

    function _anyone(uint256 seed) internal view returns (address) {
        uint256 i = seed % (actors.length + attesters.length + 2);
        if (i < actors.length) return actors[i];
        if (i < actors.length + attesters.length) return attesters[i - actors.length];
        if (i == actors.length + attesters.length) return squatter;
        return address(this);
    }

    /// @dev Records the set as of the current timestamp before time moves past it.
    function _warp(uint256 by) internal {
        if (by == 0) return;
        if (snapshotTimes.length < 64) {
            _snapshotSets[snapshotTimes.length] = staking.getActiveAttesters();
            snapshotTimes.push(block.timestamp);
        }
        vm.warp(block.timestamp + by);
    }
}
