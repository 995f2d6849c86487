// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Test} from "forge-std/Test.sol";

import {RewardPool} from "../../contracts/incentives/RewardPool.sol";
import {IStaking} from "../../contracts/interfaces/IStaking.sol";
import {Errors} from "../../contracts/libraries/Errors.sol";
import {Staking} from "../../contracts/staking/Staking.sol";
import {AZT} from "../../contracts/token/AZT.sol";
import {SlasherStub} from "../utils/SlasherStub.sol";

/// @notice Shared set-up: an AZT owned by the test, a reward pool, a Staking owned by
///         `governance` (an account standing in for SptnGovernance) whose slasher is a stub the
///         tests prank, activated through the slasher-change delay. Attesters have keys: a
///         funder opens their stakes with their EIP-712 authorisation.
abstract contract StakingBase is Test {
    uint256 internal constant MIN_STAKE = 100e18;
    uint256 internal constant EXIT_DELAY = 7 days;
    uint256 internal constant T0 = 1_700_000_000;

    AZT internal token;
    RewardPool internal pool;
    Staking internal staking;
    address internal governance = makeAddr("governance");
    address internal slasher;
    address internal funder = makeAddr("funder");
    address internal withdrawer = makeAddr("withdrawer");
    address internal attester;
    uint256 internal attesterKey;
    address internal stranger = makeAddr("stranger");
    mapping(address => uint256) internal keyOf;

    function setUp() public virtual {
        vm.warp(T0);
        token = new AZT(address(this));
        pool = new RewardPool(token, address(this));
        staking = new Staking(token, address(pool), governance, MIN_STAKE, EXIT_DELAY);
        slasher = address(new SlasherStub(0));
        _queueAndActivateSlasher(slasher);
        (attester, attesterKey) = makeAddrAndKey("attester");
        keyOf[attester] = attesterKey;
        token.mint(funder, 1_000_000e18);
        vm.prank(funder);
        token.approve(address(staking), type(uint256).max);
    }

    /// @dev Queues `next` as governance and activates it once its delay has passed.
    function _queueAndActivateSlasher(address next) internal {
        vm.prank(governance);
        staking.queueSlasher(next);
        (, uint256 activatesAt) = staking.pendingSlasher();
        vm.warp(activatesAt);
        staking.activateSlasher();
    }

    /// @dev `who`'s signature authorising a stake under `w` with its next nonce.
    function _authorization(address who, address w, uint256 deadline)
        internal
        view
        returns (bytes memory)
    {
        return _authorizationOn(staking, who, w, deadline);
    }

    /// @dev `who`'s signature authorising a stake under `w` on `s` with its next nonce there.
    function _authorizationOn(Staking s, address who, address w, uint256 deadline)
        internal
        view
        returns (bytes memory)
    {
        bytes32 digest = s.stakeAuthorizationDigest(who, w, s.nonces(who), deadline);
        (uint8 v, bytes32 r, bytes32 sig) = vm.sign(keyOf[who], digest);
        return abi.encodePacked(r, sig, v);
    }

    /// @dev The funder stakes `amount` for `who` under `withdrawer`: with `who`'s authorisation
    ///      for a new stake, as a plain top-up otherwise.
    function _stake(address who, uint256 amount) internal {
        if (staking.getStake(who).status == IStaking.Status.NONE) {
            bytes memory auth = _authorization(who, withdrawer, block.timestamp);
            vm.prank(funder);
            staking.stakeWithAuthorization(who, withdrawer, amount, block.timestamp, auth);
        } else {
            vm.prank(funder);
            staking.stake(who, withdrawer, amount);
        }
    }

    function _stakeAndActivate(address who) internal {
        _stake(who, MIN_STAKE);
        vm.prank(governance);
        staking.activate(who);
    }

    function _attester(uint256 i) internal returns (address a) {
        uint256 key = 0xA000 + i;
        a = vm.addr(key);
        keyOf[a] = key;
    }
}

contract StakingTest is StakingBase {
    // ---- modifiers mirroring Staking.tree --------------------------------------------------------

    modifier givenStaked() {
        _stake(attester, MIN_STAKE);
        _;
    }

    modifier givenActive() {
        _stakeAndActivate(attester);
        _;
    }

    modifier givenExiting() {
        _stakeAndActivate(attester);
        vm.prank(withdrawer);
        staking.initiateExit(attester);
        _;
    }

    // ---- constructor -------------------------------------------------------------------------

    function test_constructor_setsParameters_succeeds() public view {
        assertEq(address(staking.token()), address(token));
        assertEq(staking.rewardPool(), address(pool));
        assertEq(staking.owner(), governance);
        assertEq(staking.minimumStake(), MIN_STAKE);
        assertEq(staking.exitDelay(), EXIT_DELAY);
        assertEq(staking.slasher(), slasher);
        assertEq(staking.getActiveSetSize(), 0);
    }

    function test_constructor_zeroToken_reverts() public {
        vm.expectRevert(Errors.Staking__ZeroAddress.selector);
        new Staking(IERC20(address(0)), address(pool), governance, MIN_STAKE, EXIT_DELAY);
    }

    function test_constructor_zeroRewardPool_reverts() public {
        vm.expectRevert(Errors.Staking__ZeroAddress.selector);
        new Staking(token, address(0), governance, MIN_STAKE, EXIT_DELAY);
    }

    function test_constructor_poolOfAnotherToken_reverts() public {
        AZT other = new AZT(address(this));
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Staking__TokenMismatch.selector, address(token), address(other)
            )
        );
        new Staking(other, address(pool), governance, MIN_STAKE, EXIT_DELAY);
    }

    function test_constructor_zeroMinimum_reverts() public {
        vm.expectRevert(Errors.Staking__ZeroAmount.selector);
        new Staking(token, address(pool), governance, 0, EXIT_DELAY);
    }

    function test_constructor_exitDelayTooLong_reverts() public {
        uint256 max = 365 days;
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Staking__ExitDelayTooLong.selector, max + 1, max)
        );
        new Staking(token, address(pool), governance, MIN_STAKE, max + 1);
    }

    // ---- stake -------------------------------------------------------------------------------

    function test_stake_newStake_succeeds() public {
        vm.expectEmit(address(staking));
        emit IStaking.Staked(attester, withdrawer, funder, 150e18);
        _stake(attester, 150e18);
        IStaking.StakeInfo memory s = staking.getStake(attester);
        assertEq(s.withdrawer, withdrawer);
        assertEq(uint8(s.status), uint8(IStaking.Status.STAKED));
        assertEq(s.amount, 150e18);
        assertEq(s.exitableAt, 0);
        assertFalse(staking.isActive(attester));
        assertEq(token.balanceOf(address(staking)), 150e18);
        assertEq(token.balanceOf(funder), 1_000_000e18 - 150e18);
    }

    function test_stake_zeroAttester_reverts() public {
        vm.expectRevert(Errors.Staking__ZeroAddress.selector);
        vm.prank(funder);
        staking.stake(address(0), withdrawer, MIN_STAKE);
    }

    function test_stake_zeroWithdrawer_reverts() public {
        vm.expectRevert(Errors.Staking__ZeroAddress.selector);
        vm.prank(funder);
        staking.stake(attester, address(0), MIN_STAKE);
    }

    function test_stake_zeroAmount_reverts() public {
        vm.expectRevert(Errors.Staking__ZeroAmount.selector);
        vm.prank(funder);
        staking.stake(attester, withdrawer, 0);
    }

    function test_stake_withoutAllowance_reverts() public {
        token.mint(attester, MIN_STAKE);
        vm.expectRevert(
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientAllowance.selector, address(staking), 0, MIN_STAKE
            )
        );
        vm.prank(attester);
        staking.stake(attester, withdrawer, MIN_STAKE);
    }

    /// @notice Finding 5 of issue 14: anyone could open a stake for another's attester address
    ///         under their own withdrawer, locking the operator out or owning its exit.
    function test_stake_squatAnotherAttester_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Staking__NotAuthorizedByAttester.selector, attester, funder
            )
        );
        vm.prank(funder);
        staking.stake(attester, funder, MIN_STAKE);
        assertEq(uint8(staking.getStake(attester).status), uint8(IStaking.Status.NONE));
    }

    function test_stake_byAttesterItself_succeeds() public {
        token.mint(attester, MIN_STAKE);
        vm.startPrank(attester);
        token.approve(address(staking), MIN_STAKE);
        vm.expectEmit(address(staking));
        emit IStaking.Staked(attester, withdrawer, attester, MIN_STAKE);
        staking.stake(attester, withdrawer, MIN_STAKE);
        vm.stopPrank();
        assertEq(staking.getStake(attester).withdrawer, withdrawer);
    }

    function test_stake_topUpByAnyone_succeeds() public givenStaked {
        token.mint(stranger, 1e18);
        vm.startPrank(stranger);
        token.approve(address(staking), 1e18);
        staking.stake(attester, withdrawer, 1e18);
        vm.stopPrank();
        assertEq(staking.getStake(attester).amount, MIN_STAKE + 1e18);
    }

    // ---- stakeWithAuthorization --------------------------------------------------------------

    function test_stakeWithAuthorization_succeeds() public {
        uint256 deadline = block.timestamp + 1 hours;
        bytes memory auth = _authorization(attester, withdrawer, deadline);
        vm.expectEmit(address(staking));
        emit IStaking.Staked(attester, withdrawer, funder, MIN_STAKE);
        vm.prank(funder);
        staking.stakeWithAuthorization(attester, withdrawer, MIN_STAKE, deadline, auth);
        assertEq(staking.getStake(attester).withdrawer, withdrawer);
        assertEq(staking.nonces(attester), 1);
    }

    function test_stakeWithAuthorization_expired_reverts() public {
        uint256 deadline = block.timestamp - 1;
        bytes memory auth = _authorization(attester, withdrawer, deadline);
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Staking__AuthorizationExpired.selector, deadline, block.timestamp
            )
        );
        vm.prank(funder);
        staking.stakeWithAuthorization(attester, withdrawer, MIN_STAKE, deadline, auth);
    }

    /// @notice A signature names its withdrawer: a front-runner cannot put its own in its place.
    function test_stakeWithAuthorization_otherWithdrawer_reverts() public {
        bytes memory auth = _authorization(attester, withdrawer, block.timestamp);
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Staking__InvalidAuthorization.selector, attester)
        );
        vm.prank(stranger);
        staking.stakeWithAuthorization(attester, stranger, MIN_STAKE, block.timestamp, auth);
    }

    function test_stakeWithAuthorization_otherSigner_reverts() public {
        address other = _attester(7);
        bytes memory auth = _authorization(other, withdrawer, block.timestamp);
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Staking__InvalidAuthorization.selector, attester)
        );
        vm.prank(funder);
        staking.stakeWithAuthorization(attester, withdrawer, MIN_STAKE, block.timestamp, auth);
    }

    /// @notice The nonce is used up: an authorisation opens one stake, not the next one after a
    ///         withdrawal.
    function test_stakeWithAuthorization_replay_reverts() public {
        bytes memory auth = _authorization(attester, withdrawer, block.timestamp + 30 days);
        vm.prank(funder);
        staking.stakeWithAuthorization(
            attester, withdrawer, MIN_STAKE, block.timestamp + 30 days, auth
        );
        vm.prank(withdrawer);
        staking.initiateExit(attester);
        vm.warp(block.timestamp + EXIT_DELAY);
        vm.prank(withdrawer);
        staking.withdraw(attester, withdrawer);
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Staking__InvalidAuthorization.selector, attester)
        );
        vm.prank(funder);
        staking.stakeWithAuthorization(
            attester, withdrawer, MIN_STAKE, block.timestamp + 23 days, auth
        );
    }

    /// @notice The digest binds the chain id and this Staking: a signature for another chain or
    ///         another deployment does not verify here.
    function test_stakeWithAuthorization_otherDomain_reverts() public {
        Staking other = new Staking(token, address(pool), governance, MIN_STAKE, EXIT_DELAY);
        bytes32 digest = other.stakeAuthorizationDigest(attester, withdrawer, 0, block.timestamp);
        (uint8 v, bytes32 r, bytes32 sig) = vm.sign(attesterKey, digest);
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Staking__InvalidAuthorization.selector, attester)
        );
        vm.prank(funder);
        staking.stakeWithAuthorization(
            attester, withdrawer, MIN_STAKE, block.timestamp, abi.encodePacked(r, sig, v)
        );
        uint256 chainId = block.chainid;
        vm.chainId(chainId + 1);
        bytes32 onOtherChain =
            staking.stakeAuthorizationDigest(attester, withdrawer, 0, block.timestamp);
        vm.chainId(chainId);
        assertTrue(
            onOtherChain
                != staking.stakeAuthorizationDigest(attester, withdrawer, 0, block.timestamp)
        );
    }

    function test_stakeAuthorizationDigest_isEip712_succeeds() public view {
        bytes32 domain = keccak256(
            abi.encode(
                keccak256(
                    "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
                ),
                keccak256("SPTN Staking"),
                keccak256("1"),
                block.chainid,
                address(staking)
            )
        );
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256(
                    "StakeAuthorization(address attester,address withdrawer,uint256 nonce,uint256 deadline)"
                ),
                attester,
                withdrawer,
                uint256(3),
                uint256(99)
            )
        );
        assertEq(
            staking.stakeAuthorizationDigest(attester, withdrawer, 3, 99),
            keccak256(abi.encodePacked("\x19\x01", domain, structHash))
        );
    }

    function test_stake_topUpActive_succeeds() public givenActive {
        _stake(attester, 5e18);
        IStaking.StakeInfo memory s = staking.getStake(attester);
        assertEq(s.amount, MIN_STAKE + 5e18);
        assertEq(uint8(s.status), uint8(IStaking.Status.ACTIVE));
    }

    function test_stake_topUpOtherWithdrawer_reverts() public givenStaked {
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Staking__WithdrawerMismatch.selector, attester, withdrawer, stranger
            )
        );
        vm.prank(funder);
        staking.stake(attester, stranger, 1e18);
    }

    function test_stake_exiting_reverts() public givenExiting {
        vm.expectRevert(abi.encodeWithSelector(Errors.Staking__Exiting.selector, attester));
        vm.prank(funder);
        staking.stake(attester, withdrawer, 1e18);
    }

    // ---- activate ----------------------------------------------------------------------------

    function test_activate_staked_succeeds() public givenStaked {
        vm.expectEmit(address(staking));
        emit IStaking.AttesterActivated(attester, 0);
        vm.prank(governance);
        staking.activate(attester);
        assertTrue(staking.isActive(attester));
        assertEq(staking.getActiveSetSize(), 1);
        assertEq(staking.getActiveAttesterAt(0, block.timestamp), attester);
        assertEq(uint8(staking.getStake(attester).status), uint8(IStaking.Status.ACTIVE));
    }

    function test_activate_notOwner_reverts() public givenStaked {
        vm.expectRevert(
            abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger)
        );
        vm.prank(stranger);
        staking.activate(attester);
    }

    function test_activate_noStake_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(Errors.Staking__NoStake.selector, attester));
        vm.prank(governance);
        staking.activate(attester);
    }

    function test_activate_active_reverts() public givenActive {
        vm.expectRevert(abi.encodeWithSelector(Errors.Staking__AlreadyActive.selector, attester));
        vm.prank(governance);
        staking.activate(attester);
    }

    function test_activate_exiting_reverts() public givenExiting {
        vm.expectRevert(abi.encodeWithSelector(Errors.Staking__Exiting.selector, attester));
        vm.prank(governance);
        staking.activate(attester);
    }

    function test_activate_belowMinimum_reverts() public {
        _stake(attester, MIN_STAKE - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Staking__InsufficientStake.selector, attester, MIN_STAKE - 1, MIN_STAKE
            )
        );
        vm.prank(governance);
        staking.activate(attester);
    }

    // ---- deactivate --------------------------------------------------------------------------

    function test_deactivate_lastMember_succeeds() public {
        _stakeAndActivate(_attester(0));
        _stakeAndActivate(_attester(1));
        vm.expectEmit(address(staking));
        emit IStaking.AttesterDeactivated(_attester(1));
        vm.prank(governance);
        staking.deactivate(_attester(1));
        address[] memory set = staking.getActiveAttesters();
        assertEq(set.length, 1);
        assertEq(set[0], _attester(0));
        assertEq(uint8(staking.getStake(_attester(1)).status), uint8(IStaking.Status.STAKED));
        assertEq(staking.getStake(_attester(1)).amount, MIN_STAKE);
    }

    function test_deactivate_middleMember_movesLast_succeeds() public {
        for (uint256 i = 0; i < 4; ++i) {
            _stakeAndActivate(_attester(i));
        }
        vm.prank(governance);
        staking.deactivate(_attester(1));
        address[] memory set = staking.getActiveAttesters();
        assertEq(set.length, 3);
        assertEq(set[0], _attester(0));
        assertEq(set[1], _attester(3));
        assertEq(set[2], _attester(2));
        // The moved member can itself be removed from its new position.
        vm.prank(governance);
        staking.deactivate(_attester(3));
        set = staking.getActiveAttesters();
        assertEq(set.length, 2);
        assertEq(set[0], _attester(0));
        assertEq(set[1], _attester(2));
    }

    function test_deactivate_notActive_reverts() public givenStaked {
        vm.expectRevert(abi.encodeWithSelector(Errors.Staking__NotActive.selector, attester));
        vm.prank(governance);
        staking.deactivate(attester);
    }

    function test_deactivate_notOwner_reverts() public givenActive {
        vm.expectRevert(
            abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger)
        );
        vm.prank(stranger);
        staking.deactivate(attester);
    }

    // ---- initiateExit ------------------------------------------------------------------------

    function test_initiateExit_active_leavesSetAtOnce_succeeds() public givenActive {
        vm.expectEmit(address(staking));
        emit IStaking.AttesterDeactivated(attester);
        vm.expectEmit(address(staking));
        emit IStaking.ExitInitiated(attester, withdrawer, block.timestamp + EXIT_DELAY);
        vm.prank(withdrawer);
        staking.initiateExit(attester);
        assertFalse(staking.isActive(attester));
        assertEq(staking.getActiveSetSize(), 0);
        IStaking.StakeInfo memory s = staking.getStake(attester);
        assertEq(uint8(s.status), uint8(IStaking.Status.EXITING));
        assertEq(s.exitableAt, block.timestamp + EXIT_DELAY);
        assertEq(s.amount, MIN_STAKE);
    }

    function test_initiateExit_staked_succeeds() public givenStaked {
        vm.prank(withdrawer);
        staking.initiateExit(attester);
        assertEq(uint8(staking.getStake(attester).status), uint8(IStaking.Status.EXITING));
    }

    function test_initiateExit_noStake_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(Errors.Staking__NoStake.selector, attester));
        vm.prank(withdrawer);
        staking.initiateExit(attester);
    }

    function test_initiateExit_notWithdrawer_reverts() public givenActive {
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Staking__NotWithdrawer.selector, attester, attester, withdrawer
            )
        );
        vm.prank(attester);
        staking.initiateExit(attester);
    }

    function test_initiateExit_exiting_reverts() public givenExiting {
        vm.expectRevert(abi.encodeWithSelector(Errors.Staking__Exiting.selector, attester));
        vm.prank(withdrawer);
        staking.initiateExit(attester);
    }

    // ---- withdraw ----------------------------------------------------------------------------

    function test_withdraw_afterDelay_succeeds() public givenExiting {
        vm.warp(block.timestamp + EXIT_DELAY);
        vm.expectEmit(address(staking));
        emit IStaking.Withdrawn(attester, stranger, MIN_STAKE);
        vm.prank(withdrawer);
        staking.withdraw(attester, stranger);
        assertEq(token.balanceOf(stranger), MIN_STAKE);
        assertEq(token.balanceOf(address(staking)), 0);
        IStaking.StakeInfo memory s = staking.getStake(attester);
        assertEq(uint8(s.status), uint8(IStaking.Status.NONE));
        assertEq(s.withdrawer, address(0));
        assertEq(s.amount, 0);
        // The attester may stake afresh, under another withdrawer of its choosing.
        bytes memory auth = _authorization(attester, stranger, block.timestamp);
        vm.prank(funder);
        staking.stakeWithAuthorization(attester, stranger, MIN_STAKE, block.timestamp, auth);
        assertEq(staking.getStake(attester).withdrawer, stranger);
    }

    function test_withdraw_beforeDelay_reverts() public givenExiting {
        uint256 exitableAt = block.timestamp + EXIT_DELAY;
        vm.warp(exitableAt - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Staking__ExitDelayNotPassed.selector, attester, exitableAt - 1, exitableAt
            )
        );
        vm.prank(withdrawer);
        staking.withdraw(attester, withdrawer);
    }

    function test_withdraw_notExiting_reverts() public givenActive {
        vm.expectRevert(abi.encodeWithSelector(Errors.Staking__NotExiting.selector, attester));
        vm.prank(withdrawer);
        staking.withdraw(attester, withdrawer);
    }

    function test_withdraw_noStake_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(Errors.Staking__NoStake.selector, attester));
        vm.prank(withdrawer);
        staking.withdraw(attester, withdrawer);
    }

    function test_withdraw_notWithdrawer_reverts() public givenExiting {
        vm.warp(block.timestamp + EXIT_DELAY);
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Staking__NotWithdrawer.selector, attester, funder, withdrawer
            )
        );
        vm.prank(funder);
        staking.withdraw(attester, funder);
    }

    function test_withdraw_zeroRecipient_reverts() public givenExiting {
        vm.warp(block.timestamp + EXIT_DELAY);
        vm.expectRevert(Errors.Staking__ZeroAddress.selector);
        vm.prank(withdrawer);
        staking.withdraw(attester, address(0));
    }

    function test_withdraw_fullySlashed_paysNothing_succeeds() public givenExiting {
        vm.prank(slasher);
        staking.slash(attester, MIN_STAKE, false);
        vm.warp(block.timestamp + EXIT_DELAY);
        vm.prank(withdrawer);
        staking.withdraw(attester, withdrawer);
        assertEq(token.balanceOf(withdrawer), 0);
        assertEq(uint8(staking.getStake(attester).status), uint8(IStaking.Status.NONE));
    }

    // ---- slash -------------------------------------------------------------------------------

    function test_slash_activeWithKick_succeeds() public givenActive {
        vm.expectEmit(address(staking));
        emit IStaking.AttesterDeactivated(attester);
        vm.expectEmit(address(staking));
        emit IStaking.Slashed(attester, 40e18, true);
        vm.prank(slasher);
        staking.slash(attester, 40e18, true);
        IStaking.StakeInfo memory s = staking.getStake(attester);
        assertEq(s.amount, MIN_STAKE - 40e18);
        assertEq(uint8(s.status), uint8(IStaking.Status.STAKED));
        assertFalse(staking.isActive(attester));
        assertEq(staking.getActiveSetSize(), 0);
        assertEq(token.balanceOf(address(pool)), 40e18);
        assertEq(token.balanceOf(slasher), 0);
    }

    function test_slash_activeWithoutKick_aboveMinimum_staysActive_succeeds() public givenActive {
        _stake(attester, 10e18);
        vm.prank(slasher);
        staking.slash(attester, 10e18, false);
        assertTrue(staking.isActive(attester));
        assertEq(staking.getStake(attester).amount, MIN_STAKE);
    }

    /// @notice Finding 8 of issue 14: a partial slash without a kick left an ACTIVE attester
    ///         below the minimum stake, sitting in committees with less at stake than governance
    ///         asked for. It now leaves the set with its slash.
    function test_slash_partialBelowMinimum_kicks() public givenActive {
        vm.expectEmit(address(staking));
        emit IStaking.Slashed(attester, MIN_STAKE / 2, true);
        vm.prank(slasher);
        staking.slash(attester, MIN_STAKE / 2, false);
        assertFalse(staking.isActive(attester), "an attester below the minimum stayed active");
        assertEq(uint8(staking.getStake(attester).status), uint8(IStaking.Status.STAKED));
        assertEq(staking.getStake(attester).amount, MIN_STAKE / 2);
    }

    function test_slash_moreThanStake_takesAll_succeeds() public givenActive {
        vm.expectEmit(address(staking));
        emit IStaking.Slashed(attester, MIN_STAKE, true);
        vm.prank(slasher);
        staking.slash(attester, type(uint256).max, false);
        assertEq(staking.getStake(attester).amount, 0);
        assertEq(token.balanceOf(address(pool)), MIN_STAKE);
    }

    function test_slash_exiting_keepsExit_succeeds() public givenExiting {
        uint48 exitableAt = staking.getStake(attester).exitableAt;
        vm.prank(slasher);
        staking.slash(attester, 10e18, true);
        IStaking.StakeInfo memory s = staking.getStake(attester);
        assertEq(uint8(s.status), uint8(IStaking.Status.EXITING));
        assertEq(s.exitableAt, exitableAt);
        assertEq(s.amount, MIN_STAKE - 10e18);
    }

    function test_slash_kickOnlyWithZeroAmount_succeeds() public givenActive {
        vm.prank(slasher);
        staking.slash(attester, 0, true);
        assertFalse(staking.isActive(attester));
        assertEq(staking.getStake(attester).amount, MIN_STAKE);
    }

    function test_slash_notSlasher_reverts() public givenActive {
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Staking__NotSlasher.selector, governance, slasher)
        );
        vm.prank(governance);
        staking.slash(attester, 1, true);
    }

    function test_slash_noSlasherSet_reverts() public givenActive {
        _queueAndActivateSlasher(address(0));
        // With no slasher, even the zero address cannot slash: no call comes from it.
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Staking__NotSlasher.selector, slasher, address(0))
        );
        vm.prank(slasher);
        staking.slash(attester, 1, true);
    }

    function test_slash_noStake_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(Errors.Staking__NoStake.selector, attester));
        vm.prank(slasher);
        staking.slash(attester, 1, false);
    }

    function test_slash_empty_reverts() public givenStaked {
        vm.expectRevert(abi.encodeWithSelector(Errors.Staking__EmptySlash.selector, attester));
        vm.prank(slasher);
        staking.slash(attester, 0, true); // not active: kick does nothing, nothing taken
    }

    // ---- parameters --------------------------------------------------------------------------

    function test_setMinimumStake_succeeds() public {
        vm.expectEmit(address(staking));
        emit IStaking.MinimumStakeSet(5e18);
        vm.prank(governance);
        staking.setMinimumStake(5e18);
        assertEq(staking.minimumStake(), 5e18);
    }

    function test_setMinimumStake_zero_reverts() public {
        vm.expectRevert(Errors.Staking__ZeroAmount.selector);
        vm.prank(governance);
        staking.setMinimumStake(0);
    }

    function test_setMinimumStake_notOwner_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger)
        );
        vm.prank(stranger);
        staking.setMinimumStake(1);
    }

    function test_setExitDelay_appliesToLaterExits_succeeds() public givenActive {
        vm.expectEmit(address(staking));
        emit IStaking.ExitDelaySet(1 hours);
        vm.prank(governance);
        staking.setExitDelay(1 hours);
        assertEq(staking.exitDelay(), 1 hours);
        vm.prank(withdrawer);
        staking.initiateExit(attester);
        assertEq(staking.getStake(attester).exitableAt, block.timestamp + 1 hours);
    }

    function test_setExitDelay_tooLong_reverts() public {
        uint256 max = staking.MAX_EXIT_DELAY();
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Staking__ExitDelayTooLong.selector, max + 1, max)
        );
        vm.prank(governance);
        staking.setExitDelay(max + 1);
    }

    function test_setExitDelay_notOwner_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger)
        );
        vm.prank(stranger);
        staking.setExitDelay(1);
    }

    function test_setExitDelay_belowSlasherMinimum_reverts() public {
        SlasherStub(slasher).setMinimumExitDelay(EXIT_DELAY);
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Staking__ExitDelayBelowSlasherMinimum.selector, EXIT_DELAY - 1, EXIT_DELAY
            )
        );
        vm.prank(governance);
        staking.setExitDelay(EXIT_DELAY - 1);
    }

    // ---- slasher changes ---------------------------------------------------------------------

    /// @dev A Staking as deployed: no slasher, nothing queued, nobody staked.
    function _freshStaking() internal returns (Staking fresh) {
        fresh = new Staking(token, address(pool), governance, MIN_STAKE, EXIT_DELAY);
        vm.prank(funder);
        token.approve(address(fresh), type(uint256).max);
    }

    function test_setInitialSlasher_beforeAnyStake_succeeds() public {
        Staking fresh = _freshStaking();
        address first = address(new SlasherStub(EXIT_DELAY));
        vm.expectEmit(address(fresh));
        emit IStaking.SlasherSet(first);
        vm.prank(governance);
        fresh.setInitialSlasher(first);
        assertEq(fresh.slasher(), first, "the slasher acts at once");
        (address pending, uint256 at) = fresh.pendingSlasher();
        assertEq(pending, address(0));
        assertEq(at, 0);
        // ... and it can slash the first stake opened under it.
        token.mint(attester, MIN_STAKE);
        vm.startPrank(attester);
        token.approve(address(fresh), MIN_STAKE);
        fresh.stake(attester, withdrawer, MIN_STAKE);
        vm.stopPrank();
        vm.prank(first);
        fresh.slash(attester, 1, false);
        assertEq(fresh.getStake(attester).amount, MIN_STAKE - 1);
    }

    /// @notice M1 of review r30: with stakes allowed before a slasher was named, an owner could
    ///         front-run the first stake with setInitialSlasher(thief) and slash it at once.
    ///         Nobody stakes before the slasher is named, and once named it changes only with
    ///         notice.
    function test_stake_beforeSlasherNamed_reverts() public {
        Staking fresh = _freshStaking();
        token.mint(attester, MIN_STAKE);
        vm.startPrank(attester);
        token.approve(address(fresh), MIN_STAKE);
        vm.expectRevert(Errors.Staking__SlasherNotNamed.selector);
        fresh.stake(attester, withdrawer, MIN_STAKE);
        vm.stopPrank();
        bytes memory auth = _authorizationOn(fresh, attester, withdrawer, block.timestamp);
        vm.expectRevert(Errors.Staking__SlasherNotNamed.selector);
        vm.prank(funder);
        fresh.stakeWithAuthorization(attester, withdrawer, MIN_STAKE, block.timestamp, auth);
    }

    /// @notice M1 of review r30, its second half: once every staker left, a Staking whose zero
    ///         slasher was queued and activated looks fresh (no slasher, nothing queued, no
    ///         token), yet its slasher was named: the shortcut stays closed (the first version
    ///         let the owner name a thief at once here, ahead of the next stake).
    function test_setInitialSlasher_afterEveryStakerLeft_reverts() public {
        Staking fresh = _freshStaking();
        vm.prank(governance);
        fresh.queueSlasher(address(0)); // names "nobody slashes": staking opens
        assertTrue(fresh.slasherNamed());
        (, uint256 activatesAt) = fresh.pendingSlasher();
        vm.warp(activatesAt);
        fresh.activateSlasher();
        token.mint(attester, MIN_STAKE);
        vm.startPrank(attester);
        token.approve(address(fresh), MIN_STAKE);
        fresh.stake(attester, attester, MIN_STAKE);
        fresh.initiateExit(attester);
        vm.warp(block.timestamp + EXIT_DELAY);
        fresh.withdraw(attester, attester);
        vm.stopPrank();
        assertEq(fresh.slasher(), address(0));
        (address pending, uint256 at) = fresh.pendingSlasher();
        assertEq(pending, address(0));
        assertEq(at, 0);
        assertEq(token.balanceOf(address(fresh)), 0);
        address thief = address(new SlasherStub(0));
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Staking__SlasherAlreadyNamed.selector, address(0))
        );
        vm.prank(governance);
        fresh.setInitialSlasher(thief);
    }

    /// @notice Queueing names the slasher too: stakes open at once, under the notice of the
    ///         queued change, and the shortcut is closed for good.
    function test_queueSlasher_opensStaking_succeeds() public {
        Staking fresh = _freshStaking();
        assertFalse(fresh.slasherNamed());
        address queued = address(new SlasherStub(0));
        vm.prank(governance);
        fresh.queueSlasher(queued);
        assertTrue(fresh.slasherNamed());
        token.mint(attester, MIN_STAKE);
        vm.startPrank(attester);
        token.approve(address(fresh), MIN_STAKE);
        fresh.stake(attester, withdrawer, MIN_STAKE);
        vm.stopPrank();
        assertEq(fresh.getStake(attester).amount, MIN_STAKE);
        assertEq(fresh.slasher(), address(0), "the queued slasher waits for its notice");
    }

    function test_setInitialSlasher_slasherSet_reverts() public {
        Staking fresh = _freshStaking();
        address first = address(new SlasherStub(0));
        vm.prank(governance);
        fresh.setInitialSlasher(first);
        address second = address(new SlasherStub(0));
        vm.expectRevert(abi.encodeWithSelector(Errors.Staking__SlasherAlreadyNamed.selector, first));
        vm.prank(governance);
        fresh.setInitialSlasher(second);
    }

    function test_setInitialSlasher_slasherQueued_reverts() public {
        Staking fresh = _freshStaking();
        address queued = address(new SlasherStub(0));
        vm.prank(governance);
        fresh.queueSlasher(queued);
        address first = address(new SlasherStub(0));
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Staking__SlasherAlreadyNamed.selector, queued)
        );
        vm.prank(governance);
        fresh.setInitialSlasher(first);
    }

    function test_setInitialSlasher_notOwner_reverts() public {
        Staking fresh = _freshStaking();
        address first = address(new SlasherStub(0));
        vm.expectRevert(
            abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger)
        );
        vm.prank(stranger);
        fresh.setInitialSlasher(first);
    }

    function test_setInitialSlasher_zero_reverts() public {
        Staking fresh = _freshStaking();
        vm.expectRevert(Errors.Staking__ZeroAddress.selector);
        vm.prank(governance);
        fresh.setInitialSlasher(address(0));
    }

    function test_setInitialSlasher_eoa_reverts() public {
        Staking fresh = _freshStaking();
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Staking__SlasherStatesNoExitDelay.selector, stranger)
        );
        vm.prank(governance);
        fresh.setInitialSlasher(stranger);
    }

    function test_setInitialSlasher_minimumAboveExitDelay_reverts() public {
        Staking fresh = _freshStaking();
        address first = address(new SlasherStub(EXIT_DELAY + 1));
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Staking__ExitDelayBelowSlasherMinimum.selector, EXIT_DELAY, EXIT_DELAY + 1
            )
        );
        vm.prank(governance);
        fresh.setInitialSlasher(first);
    }

    function test_queueSlasher_succeeds() public {
        address next = address(new SlasherStub(EXIT_DELAY));
        uint256 activatesAt = block.timestamp + 2 * EXIT_DELAY;
        vm.expectEmit(address(staking));
        emit IStaking.SlasherQueued(next, activatesAt);
        vm.prank(governance);
        staking.queueSlasher(next);
        (address pending, uint256 at) = staking.pendingSlasher();
        assertEq(pending, next);
        assertEq(at, activatesAt);
        assertEq(staking.slasher(), slasher, "the old slasher stays until activation");
    }

    /// @notice Finding 6 of issue 14: an account that states no minimum exit delay (an EOA)
    ///         could be made slasher; now a slasher must be a contract answering it.
    function test_queueSlasher_eoa_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Staking__SlasherStatesNoExitDelay.selector, stranger)
        );
        vm.prank(governance);
        staking.queueSlasher(stranger);
    }

    function test_queueSlasher_minimumAboveExitDelay_reverts() public {
        address next = address(new SlasherStub(EXIT_DELAY + 1));
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Staking__ExitDelayBelowSlasherMinimum.selector, EXIT_DELAY, EXIT_DELAY + 1
            )
        );
        vm.prank(governance);
        staking.queueSlasher(next);
    }

    function test_queueSlasher_notOwner_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger)
        );
        vm.prank(stranger);
        staking.queueSlasher(stranger);
    }

    /// @notice A change waits past the latest exit already given: stakers that were exiting
    ///         under a longer delay than today's still leave first.
    function test_queueSlasher_waitsForPendingExits_succeeds() public givenActive {
        vm.prank(withdrawer);
        staking.initiateExit(attester); // exitable at now + 7 days
        uint256 exitableAt = staking.getStake(attester).exitableAt;
        vm.prank(governance);
        staking.setExitDelay(1 days);
        address next = address(new SlasherStub(0));
        vm.prank(governance);
        staking.queueSlasher(next);
        (, uint256 activatesAt) = staking.pendingSlasher();
        assertEq(activatesAt, exitableAt + 1 days);
    }

    function test_activateSlasher_succeeds() public {
        address next = address(new SlasherStub(0));
        vm.prank(governance);
        staking.queueSlasher(next);
        (, uint256 activatesAt) = staking.pendingSlasher();
        vm.warp(activatesAt);
        vm.expectEmit(address(staking));
        emit IStaking.SlasherSet(next);
        vm.prank(stranger); // anyone
        staking.activateSlasher();
        assertEq(staking.slasher(), next);
        (address pending, uint256 at) = staking.pendingSlasher();
        assertEq(pending, address(0));
        assertEq(at, 0);
    }

    function test_activateSlasher_beforeItsTime_reverts() public {
        address next = address(new SlasherStub(0));
        vm.prank(governance);
        staking.queueSlasher(next);
        (, uint256 activatesAt) = staking.pendingSlasher();
        vm.warp(activatesAt - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Staking__SlasherNotDue.selector, activatesAt - 1, activatesAt
            )
        );
        staking.activateSlasher();
    }

    function test_activateSlasher_nothingQueued_reverts() public {
        vm.expectRevert(Errors.Staking__NoPendingSlasher.selector);
        staking.activateSlasher();
    }

    /// @notice The slasher re-states its minimum at activation; one that grew past the exit
    ///         delay in the meantime is refused.
    function test_activateSlasher_minimumGrewPastExitDelay_reverts() public {
        SlasherStub next = new SlasherStub(0);
        vm.prank(governance);
        staking.queueSlasher(address(next));
        next.setMinimumExitDelay(EXIT_DELAY + 1);
        (, uint256 activatesAt) = staking.pendingSlasher();
        vm.warp(activatesAt);
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Staking__ExitDelayBelowSlasherMinimum.selector, EXIT_DELAY, EXIT_DELAY + 1
            )
        );
        staking.activateSlasher();
    }

    /// @notice While a change is queued the exit delay cannot grow: stakers who start their exit
    ///         within one exit delay of the queueing must be out before the change.
    function test_setExitDelay_longerWhileSlasherQueued_reverts() public {
        address next = address(new SlasherStub(0));
        vm.prank(governance);
        staking.queueSlasher(next);
        (, uint256 activatesAt) = staking.pendingSlasher();
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Staking__SlasherChangePending.selector, activatesAt)
        );
        vm.prank(governance);
        staking.setExitDelay(EXIT_DELAY + 1);
        vm.prank(governance);
        staking.setExitDelay(EXIT_DELAY - 1); // shorter is fine: stakers leave sooner
    }

    /// @notice Finding 6 of issue 14: the owner could swap in a slasher of its own and take every
    ///         stake at once. Now the new slasher waits, every staker who exits within an exit
    ///         delay is gone before it can act, and slashed stake goes to the reward pool, not to
    ///         the slasher.
    function test_queueSlasher_ownerCannotTakeStakeAtOnce() public givenActive {
        address thief = address(new SlasherStub(0));
        vm.prank(governance);
        staking.queueSlasher(thief);
        vm.expectRevert(abi.encodeWithSelector(Errors.Staking__NotSlasher.selector, thief, slasher));
        vm.prank(thief);
        staking.slash(attester, MIN_STAKE, true);
        // The staker sees the queued change and leaves with everything, with time to spare.
        vm.warp(block.timestamp + EXIT_DELAY - 1);
        vm.prank(withdrawer);
        staking.initiateExit(attester);
        vm.warp(block.timestamp + EXIT_DELAY);
        vm.prank(withdrawer);
        staking.withdraw(attester, withdrawer);
        assertEq(token.balanceOf(withdrawer), MIN_STAKE);
        (, uint256 activatesAt) = staking.pendingSlasher();
        assertGe(activatesAt, block.timestamp);
        vm.warp(activatesAt);
        staking.activateSlasher();
        assertEq(token.balanceOf(thief), 0);
    }

    /// @notice Review of issue 14: the owner first lowered the exit delay (instantly, down to the
    ///         slasher's minimum), then queued a thief: the change waited only the new, short
    ///         delay, so a staker who had staked under a week's notice got an hour. A lowered exit
    ///         delay now keeps the old one as the notice of a slasher change for as long as the
    ///         old one lasts.
    function test_queueSlasher_afterLoweringExitDelay_keepsTheOldNotice() public givenActive {
        vm.startPrank(governance);
        staking.setExitDelay(1 hours);
        address thief = address(new SlasherStub(0));
        staking.queueSlasher(thief);
        vm.stopPrank();
        uint256 queuedAt = block.timestamp;
        (, uint256 activatesAt) = staking.pendingSlasher();
        assertEq(activatesAt, queuedAt + EXIT_DELAY + 1 hours, "notice of the old exit delay");
        // The staker reacts within the notice it staked under and leaves in time.
        vm.warp(queuedAt + EXIT_DELAY - 1);
        vm.prank(withdrawer);
        staking.initiateExit(attester);
        vm.warp(staking.getStake(attester).exitableAt);
        assertLt(block.timestamp, activatesAt);
        vm.prank(withdrawer);
        staking.withdraw(attester, withdrawer);
        assertEq(token.balanceOf(withdrawer), MIN_STAKE);
        // Once the old delay has run out since the lowering, the short delay is the notice.
        vm.warp(queuedAt + EXIT_DELAY + 1);
        assertEq(staking.slasherChangeActivatesAt(), block.timestamp + 2 hours);
    }

    // ---- lock --------------------------------------------------------------------------------

    function _single(address a) internal pure returns (address[] memory v) {
        v = new address[](1);
        v[0] = a;
    }

    function test_lock_blocksWithdrawalUntilItEnds_succeeds() public givenExiting {
        uint256 until = block.timestamp + EXIT_DELAY + 1 days;
        vm.expectEmit(address(staking));
        emit IStaking.StakeLocked(attester, until);
        vm.prank(slasher);
        staking.lock(_single(attester), until);
        assertEq(staking.getStake(attester).lockedUntil, until);
        vm.warp(until);
        vm.expectRevert(abi.encodeWithSelector(Errors.Staking__Locked.selector, attester, until));
        vm.prank(withdrawer);
        staking.withdraw(attester, withdrawer);
        vm.warp(until + 1);
        vm.prank(withdrawer);
        staking.withdraw(attester, withdrawer);
        assertEq(token.balanceOf(withdrawer), MIN_STAKE);
    }

    function test_lock_onlyGrows_succeeds() public givenStaked {
        vm.startPrank(slasher);
        staking.lock(_single(attester), block.timestamp + 10 days);
        staking.lock(_single(attester), block.timestamp + 1 days);
        vm.stopPrank();
        assertEq(staking.getStake(attester).lockedUntil, block.timestamp + 10 days);
    }

    function test_lock_skipsAttestersWithoutStake_succeeds() public {
        vm.prank(slasher);
        staking.lock(_single(attester), block.timestamp + 1 days);
        assertEq(staking.getStake(attester).lockedUntil, 0);
    }

    function test_lock_notSlasher_reverts() public givenStaked {
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Staking__NotSlasher.selector, stranger, slasher)
        );
        vm.prank(stranger);
        staking.lock(_single(attester), block.timestamp + 1 days);
    }

    function test_lock_tooLong_reverts() public givenStaked {
        uint256 max = block.timestamp + staking.MAX_LOCK();
        vm.expectRevert(abi.encodeWithSelector(Errors.Staking__LockTooLong.selector, max + 1, max));
        vm.prank(slasher);
        staking.lock(_single(attester), max + 1);
    }

    function test_renounceOwnership_owner_reverts() public {
        vm.expectRevert(Errors.Staking__RenounceDisabled.selector);
        vm.prank(governance);
        staking.renounceOwnership();
    }

    function test_renounceOwnership_notOwner_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger)
        );
        vm.prank(stranger);
        staking.renounceOwnership();
    }

    // ---- snapshots ---------------------------------------------------------------------------

    function test_snapshots_followChangesByTimestamp_succeeds() public {
        uint256 t0 = block.timestamp;
        _stakeAndActivate(_attester(0));
        _stakeAndActivate(_attester(1));
        _stakeAndActivate(_attester(2));
        vm.warp(t0 + 10);
        vm.prank(governance);
        staking.deactivate(_attester(0)); // _attester(2) moves to position 0
        vm.warp(t0 + 20);
        _stakeAndActivate(_attester(3));

        assertEq(staking.getActiveSetSizeAt(t0 - 1), 0);
        assertEq(staking.getActiveSetSizeAt(t0), 3);
        assertEq(staking.getActiveSetSizeAt(t0 + 9), 3);
        assertEq(staking.getActiveSetSizeAt(t0 + 10), 2);
        assertEq(staking.getActiveSetSizeAt(t0 + 20), 3);

        address[] memory at0 = staking.getActiveAttestersAt(t0 + 5);
        assertEq(at0.length, 3);
        assertEq(at0[0], _attester(0));
        assertEq(at0[1], _attester(1));
        assertEq(at0[2], _attester(2));

        assertEq(staking.getActiveAttesterAt(0, t0 + 10), _attester(2));
        assertEq(staking.getActiveAttesterAt(1, t0 + 10), _attester(1));
        assertEq(staking.getActiveAttesterAt(2, t0 + 20), _attester(3));
        assertEq(staking.getActiveAttesterAt(0, t0 + 9), _attester(0));

        address[] memory now_ = staking.getActiveAttesters();
        assertEq(now_.length, 3);
        assertEq(now_[0], _attester(2));
        assertEq(now_[1], _attester(1));
        assertEq(now_[2], _attester(3));
        // Timestamps beyond uint48 read the latest set.
        assertEq(staking.getActiveSetSizeAt(type(uint256).max), 3);
        assertEq(staking.getActiveAttesterAt(2, type(uint256).max), _attester(3));
    }

    function test_snapshots_sameBlockChanges_lastOneWins_succeeds() public {
        _stakeAndActivate(_attester(0));
        vm.prank(governance);
        staking.deactivate(_attester(0));
        _stakeAndActivate(_attester(1));
        assertEq(staking.getActiveSetSizeAt(block.timestamp), 1);
        assertEq(staking.getActiveAttesterAt(0, block.timestamp), _attester(1));
    }

    function test_getActiveAttesterAt_indexAtSize_reverts() public {
        _stakeAndActivate(_attester(0));
        uint256 t = block.timestamp;
        vm.warp(t + 1);
        vm.prank(governance);
        staking.deactivate(_attester(0));
        assertEq(staking.getActiveAttesterAt(0, t), _attester(0));
        vm.expectRevert(abi.encodeWithSelector(Errors.Staking__IndexOutOfBounds.selector, 0, 0));
        staking.getActiveAttesterAt(0, t + 1);
    }

    function test_getActiveAttesterAt_beforeAnyChange_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(Errors.Staking__IndexOutOfBounds.selector, 0, 0));
        staking.getActiveAttesterAt(0, block.timestamp);
    }

    // ---- fuzz --------------------------------------------------------------------------------

    /// @notice Any stake at or above the minimum activates; anything below does not.
    function testFuzz_activate_respectsMinimum(uint256 amount, uint256 minimum) public {
        minimum = bound(minimum, 1, 1_000_000e18);
        amount = bound(amount, 1, 1_000_000e18);
        vm.prank(governance);
        staking.setMinimumStake(minimum);
        _stake(attester, amount);
        if (amount < minimum) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    Errors.Staking__InsufficientStake.selector, attester, amount, minimum
                )
            );
        }
        vm.prank(governance);
        staking.activate(attester);
        assertEq(staking.isActive(attester), amount >= minimum);
    }

    /// @notice Slashing takes min(amount, stake), sends it to the reward pool and keeps the rest.
    function testFuzz_slash_takesAtMostStake(uint256 stakeAmount, uint256 slashAmount) public {
        stakeAmount = bound(stakeAmount, MIN_STAKE, 1_000_000e18);
        slashAmount = bound(slashAmount, 1, type(uint256).max);
        _stake(attester, stakeAmount);
        vm.prank(slasher);
        staking.slash(attester, slashAmount, false);
        uint256 taken = slashAmount < stakeAmount ? slashAmount : stakeAmount;
        assertEq(token.balanceOf(address(pool)), taken);
        assertEq(token.balanceOf(slasher), 0);
        assertEq(staking.getStake(attester).amount, stakeAmount - taken);
        assertEq(token.balanceOf(address(staking)), stakeAmount - taken);
    }

    /// @notice An active attester stays active after a slash without a kick exactly when what
    ///         is left is at least the minimum stake.
    function testFuzz_slash_withoutKick_activeIffAtMinimum(uint256 stakeAmount, uint256 slashAmount)
        public
    {
        stakeAmount = bound(stakeAmount, MIN_STAKE, 10 * MIN_STAKE);
        slashAmount = bound(slashAmount, 1, stakeAmount);
        _stake(attester, stakeAmount);
        vm.prank(governance);
        staking.activate(attester);
        vm.prank(slasher);
        staking.slash(attester, slashAmount, false);
        assertEq(staking.isActive(attester), stakeAmount - slashAmount >= MIN_STAKE);
    }

    /// @notice Withdrawal opens exactly exitDelay seconds after the exit, for any delay.
    function testFuzz_withdraw_opensAfterExitDelay(uint256 delay, uint256 wait) public {
        delay = bound(delay, 0, staking.MAX_EXIT_DELAY());
        wait = bound(wait, 0, 2 * staking.MAX_EXIT_DELAY());
        vm.prank(governance);
        staking.setExitDelay(delay);
        _stakeAndActivate(attester);
        uint256 start = block.timestamp;
        vm.prank(withdrawer);
        staking.initiateExit(attester);
        vm.warp(start + wait);
        if (wait < delay) {
            vm.expectRevert(
                abi.encodeWithSelector(
                    Errors.Staking__ExitDelayNotPassed.selector,
                    attester,
                    start + wait,
                    start + delay
                )
            );
        }
        vm.prank(withdrawer);
        staking.withdraw(attester, withdrawer);
        assertEq(token.balanceOf(withdrawer), wait < delay ? 0 : MIN_STAKE);
    }

    /// @notice After any sequence of removals, every past snapshot still reads as it was taken.
    function testFuzz_snapshots_pastSetsNeverChange(uint256 seed) public {
        uint256 n = 8;
        for (uint256 i = 0; i < n; ++i) {
            _stakeAndActivate(_attester(i));
        }
        address[][] memory taken = new address[][](n + 1);
        uint256[] memory times = new uint256[](n + 1);
        times[0] = block.timestamp;
        taken[0] = staking.getActiveAttesters();
        for (uint256 k = 1; k <= n; ++k) {
            vm.warp(block.timestamp + 1 + (seed % 5));
            address[] memory cur = staking.getActiveAttesters();
            address victim = cur[uint256(keccak256(abi.encode(seed, k))) % cur.length];
            vm.prank(governance);
            staking.deactivate(victim);
            assertFalse(staking.isActive(victim));
            times[k] = block.timestamp;
            taken[k] = staking.getActiveAttesters();
            assertEq(taken[k].length, n - k);
        }
        for (uint256 k = 0; k <= n; ++k) {
            address[] memory then = staking.getActiveAttestersAt(times[k]);
            assertEq(then.length, taken[k].length);
            for (uint256 j = 0; j < then.length; ++j) {
                assertEq(then[j], taken[k][j]);
                assertEq(staking.getActiveAttesterAt(j, times[k]), taken[k][j]);
            }
        }
    }
}
