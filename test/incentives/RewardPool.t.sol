// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Test} from "forge-std/Test.sol";

import {RewardPool} from "../../contracts/incentives/RewardPool.sol";
import {IRewardPool} from "../../contracts/interfaces/IRewardPool.sol";
import {Errors} from "../../contracts/libraries/Errors.sol";
import {AZT} from "../../contracts/token/AZT.sol";

contract RewardPoolTest is Test {
    AZT internal token;
    RewardPool internal pool;
    address internal governance = makeAddr("governance");
    address internal rollup = makeAddr("rollup");
    address internal proposer = makeAddr("proposer");
    address internal stranger = makeAddr("stranger");

    function setUp() public {
        token = new AZT(address(this));
        pool = new RewardPool(token, governance);
        vm.prank(governance);
        pool.setRollup(rollup);
    }

    function test_constructor_succeeds() public view {
        assertEq(address(pool.token()), address(token));
        assertEq(pool.owner(), governance);
        assertEq(pool.rollup(), rollup);
    }

    function test_constructor_zeroToken_reverts() public {
        vm.expectRevert(Errors.RewardPool__ZeroAddress.selector);
        new RewardPool(IERC20(address(0)), governance);
    }

    function test_setRollup_succeeds() public {
        address next = makeAddr("rollup2");
        vm.expectEmit(address(pool));
        emit IRewardPool.RollupSet(rollup, next);
        vm.prank(governance);
        pool.setRollup(next);
        assertEq(pool.rollup(), next);
    }

    /// @notice Finding 8 of issue 14: switching the rollup stranded what the old one still owed
    ///         its proposers (its claims reverted with RewardPool__NotRollup). The replaced
    ///         rollup now keeps paying for RETIRED_ROLLUP_WINDOW.
    function test_setRollup_oldRollupStillPaysWhatItOwes() public {
        address next = makeAddr("rollup2");
        token.mint(address(pool), 10e18);
        uint256 until = block.timestamp + pool.RETIRED_ROLLUP_WINDOW();
        vm.expectEmit(address(pool));
        emit IRewardPool.RollupRetired(rollup, until);
        vm.prank(governance);
        pool.setRollup(next);
        assertEq(pool.retiredPaysUntil(rollup), until);
        vm.warp(until);
        vm.prank(rollup);
        pool.pay(stranger, 3e18);
        assertEq(token.balanceOf(stranger), 3e18);
        vm.prank(next);
        pool.pay(stranger, 1e18);
        assertEq(token.balanceOf(stranger), 4e18);
    }

    function test_pay_retiredRollupAfterItsWindow_reverts() public {
        address next = makeAddr("rollup2");
        vm.prank(governance);
        pool.setRollup(next);
        vm.warp(block.timestamp + pool.RETIRED_ROLLUP_WINDOW() + 1);
        vm.expectRevert(abi.encodeWithSelector(Errors.RewardPool__NotRollup.selector, rollup, next));
        vm.prank(rollup);
        pool.pay(stranger, 1);
    }

    /// @notice A rollup made current again pays without a deadline.
    function test_setRollup_backToRetired_paysAgain_succeeds() public {
        address next = makeAddr("rollup2");
        vm.startPrank(governance);
        pool.setRollup(next);
        pool.setRollup(rollup);
        vm.stopPrank();
        vm.warp(block.timestamp + 365 days);
        vm.prank(rollup);
        pool.pay(stranger, 0);
        vm.expectRevert(abi.encodeWithSelector(Errors.RewardPool__NotRollup.selector, next, rollup));
        vm.prank(next);
        pool.pay(stranger, 0);
    }

    function test_setRollup_zero_reverts() public {
        vm.expectRevert(Errors.RewardPool__ZeroAddress.selector);
        vm.prank(governance);
        pool.setRollup(address(0));
    }

    function test_setRollup_same_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(Errors.RewardPool__SameRollup.selector, rollup));
        vm.prank(governance);
        pool.setRollup(rollup);
    }

    function test_setRollup_notOwner_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger)
        );
        vm.prank(stranger);
        pool.setRollup(stranger);
    }

    function test_pay_funded_succeeds() public {
        token.mint(address(pool), 10e18);
        vm.expectEmit(address(pool));
        emit IRewardPool.RewardPaid(proposer, 3e18, 0);
        vm.prank(rollup);
        assertEq(pool.pay(proposer, 3e18), 3e18);
        assertEq(token.balanceOf(proposer), 3e18);
        assertEq(token.balanceOf(address(pool)), 7e18);
    }

    function test_pay_short_paysBalance_succeeds() public {
        token.mint(address(pool), 2e18);
        vm.expectEmit(address(pool));
        emit IRewardPool.RewardPaid(proposer, 2e18, 3e18);
        vm.prank(rollup);
        assertEq(pool.pay(proposer, 5e18), 2e18);
        assertEq(token.balanceOf(proposer), 2e18);
    }

    function test_pay_empty_paysZero_succeeds() public {
        vm.expectEmit(address(pool));
        emit IRewardPool.RewardPaid(proposer, 0, 5e18);
        vm.prank(rollup);
        assertEq(pool.pay(proposer, 5e18), 0);
    }

    function test_pay_notRollup_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(Errors.RewardPool__NotRollup.selector, governance, rollup)
        );
        vm.prank(governance);
        pool.pay(proposer, 1);
    }

    function test_pay_zeroRecipient_reverts() public {
        vm.expectRevert(Errors.RewardPool__ZeroAddress.selector);
        vm.prank(rollup);
        pool.pay(address(0), 1);
    }

    function test_pay_noRollupSet_reverts() public {
        RewardPool fresh = new RewardPool(token, governance);
        vm.expectRevert(
            abi.encodeWithSelector(Errors.RewardPool__NotRollup.selector, rollup, address(0))
        );
        vm.prank(rollup);
        fresh.pay(proposer, 1);
    }

    function test_renounceOwnership_owner_reverts() public {
        vm.expectRevert(Errors.RewardPool__RenounceDisabled.selector);
        vm.prank(governance);
        pool.renounceOwnership();
    }

    /// @notice The pool never reverts for want of funds and pays exactly min(balance, amount).
    function testFuzz_pay_paysMinOfBalanceAndAmount(uint256 balance, uint256 amount) public {
        balance = bound(balance, 0, type(uint128).max);
        amount = bound(amount, 0, type(uint256).max);
        token.mint(address(pool), balance);
        vm.prank(rollup);
        uint256 paid = pool.pay(proposer, amount);
        uint256 want = amount < balance ? amount : balance;
        assertEq(paid, want);
        assertEq(token.balanceOf(proposer), want);
        assertEq(token.balanceOf(address(pool)), balance - want);
    }
}
