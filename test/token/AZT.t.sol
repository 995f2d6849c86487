// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Test} from "forge-std/Test.sol";

import {AZT} from "../../contracts/token/AZT.sol";

contract AZTTest is Test {
    AZT internal token;
    address internal owner = makeAddr("owner");
    address internal alice = makeAddr("alice");

    function setUp() public {
        token = new AZT(owner);
    }

    function test_mint_byOwner_succeeds() public {
        vm.prank(owner);
        token.mint(alice, 100e18);
        assertEq(token.balanceOf(alice), 100e18);
        assertEq(token.totalSupply(), 100e18);
    }

    function test_mint_byOther_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, alice));
        vm.prank(alice);
        token.mint(alice, 1);
    }

    function test_clock_isTimestamp() public {
        vm.warp(1_234_567);
        assertEq(token.clock(), 1_234_567);
        assertEq(token.CLOCK_MODE(), "mode=timestamp");
    }

    function testFuzz_delegate_votesFollowBalance(uint256 amount) public {
        amount = bound(amount, 1, type(uint208).max);
        vm.prank(owner);
        token.mint(alice, amount);
        vm.prank(alice);
        token.delegate(alice);
        assertEq(token.getVotes(alice), amount);
    }
}
