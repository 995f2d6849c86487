// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {CommonBase} from "forge-std/Base.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";

import {IStaking} from "../../contracts/interfaces/IStaking.sol";
import {Staking} from "../../contracts/staking/Staking.sol";
import {AZT} from "../../contracts/token/AZT.sol";

/// @title StakingHandler
/// @notice Drives Staking with a fixed cast: eight attesters, three withdrawers/funders, the
///         governance (this handler owns Staking) and a slasher. Callers of exit and withdraw are
///         drawn from everyone, so that unauthorised attempts happen; any that succeeds is recorded.
contract StakingHandler is CommonBase, StdCheats, StdUtils {
    uint256 internal constant MIN_STAKE = 100e18;
    uint256 internal constant EXIT_DELAY = 1 days;

    AZT public immutable token;
    Staking public immutable staking;
    address public immutable slasher = address(0x5145);

    address[] public attesters;
    address[] public actors;

    // ---- ghosts ----
    uint256 public ghostStaked;
    uint256 public ghostWithdrawn;
    uint256 public ghostSlashed;
    /// @notice Set if anyone but a stake's withdrawer exited or withdrew it.
    bool public ghostForeignMove;
    /// @notice Snapshots of the active set, each taken when time moved past its timestamp.
    uint256[] public snapshotTimes;
    mapping(uint256 => address[]) internal _snapshotSets;
    mapping(bytes32 => uint256) public calls;

    constructor() {
        token = new AZT(address(this));
        staking = new Staking(token, address(this), MIN_STAKE, EXIT_DELAY);
        staking.setSlasher(slasher);
        for (uint256 i = 0; i < 8; ++i) {
            // forge-lint: disable-next-line(unsafe-typecast)
            attesters.push(address(uint160(0xA770 + i)));
        }
        for (uint256 i = 0; i < 3; ++i) {
            // forge-lint: disable-next-line(unsafe-typecast)
            address a = address(uint160(0xF00D + i));
            actors.push(a);
            token.mint(a, type(uint96).max);
            vm.prank(a);
            token.approve(address(staking), type(uint256).max);
        }
    }

    // ---- actions ----

    function stake(uint256 attesterSeed, uint256 funderSeed, uint256 amount) public {
        (address attester,) = _find(attesterSeed, IStaking.Status.NONE);
        address funder = actors[funderSeed % actors.length];
        IStaking.StakeInfo memory s = staking.getStake(attester);
        if (s.status == IStaking.Status.EXITING) return;
        address withdrawer = s.status == IStaking.Status.NONE ? funder : s.withdrawer;
        amount = bound(amount, 1, 3 * MIN_STAKE);
        vm.prank(funder);
        staking.stake(attester, withdrawer, amount);
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
            ghostWithdrawn += s.amount;
            ++calls["withdraw"];
        } catch {}
    }

    function slash(uint256 attesterSeed, uint256 amount, bool kick) external {
        address attester = attesters[attesterSeed % attesters.length];
        IStaking.StakeInfo memory s = staking.getStake(attester);
        if (s.status == IStaking.Status.NONE) return;
        amount = bound(amount, 0, 2 * s.amount);
        if ((amount == 0 || s.amount == 0) && !(kick && s.status == IStaking.Status.ACTIVE)) {
            return;
        }
        vm.prank(slasher);
        staking.slash(attester, amount, kick);
        ghostSlashed += amount < s.amount ? amount : s.amount;
        ++calls["slash"];
    }

    function warp(uint256 seconds_) external {
        _warp(bound(seconds_, 1, 3 days));
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
        uint256 i = seed % (actors.length + attesters.length + 1);
        if (i < actors.length) return actors[i];
        if (i < actors.length + attesters.length) return attesters[i - actors.length];
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
