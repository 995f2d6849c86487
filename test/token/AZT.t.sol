// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
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

    /// @dev alice's EIP-2612 permit for `spender` over `value`, signed with her key.
    function _permit(uint256 key, address spender, uint256 value, uint256 deadline)
        internal
        view
        returns (uint8 v, bytes32 r, bytes32 s)
    {
        address holder = vm.addr(key);
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256(
                    "Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"
                ),
                holder,
                spender,
                value,
                token.nonces(holder),
                deadline
            )
        );
        bytes32 digest =
            keccak256(abi.encodePacked("\x19\x01", token.DOMAIN_SEPARATOR(), structHash));
        return vm.sign(key, digest);
    }

    /// @notice A permit a front-runner copies from the mempool is used once: the copy spends the
    ///         nonce and the holder's own transaction finds it gone, never a second allowance.
    function test_permit_replay_reverts() public {
        (address holder, uint256 key) = makeAddrAndKey("holder");
        address spender = makeAddr("spender");
        (uint8 v, bytes32 r, bytes32 s) = _permit(key, spender, 5e18, block.timestamp);
        token.permit(holder, spender, 5e18, block.timestamp, v, r, s);
        assertEq(token.allowance(holder, spender), 5e18);
        // The nonce moved on: the signature recovers to some other address.
        vm.expectPartialRevert(ERC20Permit.ERC2612InvalidSigner.selector);
        token.permit(holder, spender, 5e18, block.timestamp, v, r, s);
        assertEq(token.nonces(holder), 1);
    }

    /// @notice A delegation signature moves votes once; a replay is refused by its nonce.
    function test_delegateBySig_replay_reverts() public {
        (address holder, uint256 key) = makeAddrAndKey("holder");
        vm.prank(owner);
        token.mint(holder, 7e18);
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("Delegation(address delegatee,uint256 nonce,uint256 expiry)"),
                alice,
                uint256(0),
                block.timestamp
            )
        );
        bytes32 digest =
            keccak256(abi.encodePacked("\x19\x01", token.DOMAIN_SEPARATOR(), structHash));
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        token.delegateBySig(alice, 0, block.timestamp, v, r, s);
        assertEq(token.getVotes(alice), 7e18);
        vm.expectRevert(abi.encodeWithSelector(Nonces.InvalidAccountNonce.selector, holder, 1));
        token.delegateBySig(alice, 0, block.timestamp, v, r, s);
    }
}
