// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Test} from "forge-std/Test.sol";

import {Registry} from "../../contracts/governance/Registry.sol";
import {IRegistry} from "../../contracts/interfaces/IRegistry.sol";
import {Errors} from "../../contracts/libraries/Errors.sol";

contract RegistryTest is Test {
    bytes32 internal constant FIELD_STAKING = "staking";
    bytes32 internal constant FIELD_GOVERNANCE = "governance";
    bytes32 internal constant FIELD_REWARDPOOL = "rewardPool";

    Registry internal registry;
    address internal owner = makeAddr("timelock");
    address internal stranger = makeAddr("stranger");

    function setUp() public {
        vm.warp(1_700_000_000);
        registry = new Registry(owner);
    }

    function _deployment(uint160 seed, address rollup)
        internal
        pure
        returns (IRegistry.Deployment memory)
    {
        return IRegistry.Deployment({
            name: bytes32(uint256(seed)),
            rollup: rollup,
            staking: address(seed + 1),
            governance: address(seed + 2),
            rewardPool: address(seed + 3),
            registeredAt: 0
        });
    }

    function _register(IRegistry.Deployment memory d) internal returns (uint256 version) {
        vm.prank(owner);
        version = registry.register(d);
    }

    function _setCanonical(uint256 version) internal {
        vm.prank(owner);
        registry.setCanonical(version);
    }

    // ---- register ----------------------------------------------------------------------------

    function test_register_firstAndNext_succeeds() public {
        IRegistry.Deployment memory d = _deployment(0x100, address(0));
        vm.expectEmit(address(registry));
        emit IRegistry.DeploymentRegistered(
            1, d.name, address(0), d.staking, d.governance, d.rewardPool
        );
        assertEq(_register(d), 1);
        assertEq(_register(_deployment(0x200, address(0xBEEF))), 2);
        assertEq(registry.versionCount(), 2);
        IRegistry.Deployment memory got = registry.getDeployment(1);
        assertEq(got.name, d.name);
        assertEq(got.rollup, address(0));
        assertEq(got.staking, d.staking);
        assertEq(got.governance, d.governance);
        assertEq(got.rewardPool, d.rewardPool);
        assertEq(got.registeredAt, block.timestamp);
        assertEq(registry.getDeployment(2).rollup, address(0xBEEF));
        // Registering does not make a version canonical.
        assertEq(registry.canonical(), 0);
    }

    function test_register_ignoresGivenTimestamp_succeeds() public {
        IRegistry.Deployment memory d = _deployment(0x100, address(0));
        d.registeredAt = 42;
        _register(d);
        assertEq(registry.getDeployment(1).registeredAt, block.timestamp);
    }

    function test_register_emptyName_reverts() public {
        IRegistry.Deployment memory d = _deployment(0x100, address(0));
        d.name = bytes32(0);
        vm.expectRevert(Errors.Registry__EmptyName.selector);
        _register(d);
    }

    function test_register_zeroStaking_reverts() public {
        IRegistry.Deployment memory d = _deployment(0x100, address(0));
        d.staking = address(0);
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Registry__ZeroAddress.selector, FIELD_STAKING)
        );
        _register(d);
    }

    function test_register_zeroGovernance_reverts() public {
        IRegistry.Deployment memory d = _deployment(0x100, address(0));
        d.governance = address(0);
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Registry__ZeroAddress.selector, FIELD_GOVERNANCE)
        );
        _register(d);
    }

    function test_register_zeroRewardPool_reverts() public {
        IRegistry.Deployment memory d = _deployment(0x100, address(0));
        d.rewardPool = address(0);
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Registry__ZeroAddress.selector, FIELD_REWARDPOOL)
        );
        _register(d);
    }

    function test_register_notOwner_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger)
        );
        vm.prank(stranger);
        registry.register(_deployment(0x100, address(0)));
    }

    // ---- setCanonical and history ------------------------------------------------------------

    function test_setCanonical_recordsHistory_succeeds() public {
        _register(_deployment(0x100, address(0)));
        _register(_deployment(0x200, address(0xBEEF)));
        uint256 t1 = block.timestamp;
        vm.expectEmit(address(registry));
        emit IRegistry.CanonicalSet(1, 0, address(0));
        _setCanonical(1);
        vm.warp(t1 + 100);
        vm.expectEmit(address(registry));
        emit IRegistry.CanonicalSet(2, 1, address(0xBEEF));
        _setCanonical(2);

        assertEq(registry.canonical(), 2);
        assertEq(registry.canonicalRollup(), address(0xBEEF));
        assertEq(registry.canonicalDeployment().staking, address(0x201));
        assertEq(registry.canonicalAt(t1 - 1), 0);
        assertEq(registry.canonicalAt(t1), 1);
        assertEq(registry.canonicalAt(t1 + 99), 1);
        assertEq(registry.canonicalAt(t1 + 100), 2);
        assertEq(registry.canonicalAt(type(uint256).max), 2);
        assertEq(registry.canonicalChanges(), 2);
        (uint256 at, uint256 version) = registry.canonicalChange(0);
        assertEq(at, t1);
        assertEq(version, 1);
        (at, version) = registry.canonicalChange(1);
        assertEq(at, t1 + 100);
        assertEq(version, 2);
    }

    function test_setCanonical_rollback_succeeds() public {
        _register(_deployment(0x100, address(0xA)));
        _register(_deployment(0x200, address(0xB)));
        _setCanonical(2);
        vm.warp(block.timestamp + 1);
        _setCanonical(1);
        assertEq(registry.canonicalRollup(), address(0xA));
    }

    function test_setCanonical_unknownVersion_reverts() public {
        _register(_deployment(0x100, address(0)));
        vm.expectRevert(abi.encodeWithSelector(Errors.Registry__UnknownVersion.selector, 2));
        _setCanonical(2);
        vm.expectRevert(abi.encodeWithSelector(Errors.Registry__UnknownVersion.selector, 0));
        _setCanonical(0);
    }

    function test_setCanonical_alreadyCanonical_reverts() public {
        _register(_deployment(0x100, address(0)));
        _setCanonical(1);
        vm.expectRevert(abi.encodeWithSelector(Errors.Registry__AlreadyCanonical.selector, 1));
        _setCanonical(1);
    }

    function test_setCanonical_notOwner_reverts() public {
        _register(_deployment(0x100, address(0)));
        vm.expectRevert(
            abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger)
        );
        vm.prank(stranger);
        registry.setCanonical(1);
    }

    // ---- views -------------------------------------------------------------------------------

    function test_canonicalChange_beyondHistory_reverts() public {
        _register(_deployment(0x100, address(0)));
        _setCanonical(1);
        vm.expectRevert(abi.encodeWithSelector(Errors.Registry__NoSuchChange.selector, 1, 1));
        registry.canonicalChange(1);
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Registry__NoSuchChange.selector, type(uint256).max, 1)
        );
        registry.canonicalChange(type(uint256).max);
    }

    function test_getDeployment_unknownVersion_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(Errors.Registry__UnknownVersion.selector, 1));
        registry.getDeployment(1);
    }

    function test_canonicalDeployment_none_reverts() public {
        vm.expectRevert(Errors.Registry__NoCanonical.selector);
        registry.canonicalDeployment();
    }

    function test_canonicalRollup_none_reverts() public {
        _register(_deployment(0x100, address(0)));
        vm.expectRevert(Errors.Registry__NoCanonical.selector);
        registry.canonicalRollup();
    }

    // ---- ownership ---------------------------------------------------------------------------

    function test_renounceOwnership_owner_reverts() public {
        vm.expectRevert(Errors.Registry__RenounceDisabled.selector);
        vm.prank(owner);
        registry.renounceOwnership();
    }

    function test_transferOwnership_twoStep_succeeds() public {
        vm.prank(owner);
        registry.transferOwnership(stranger);
        assertEq(registry.owner(), owner);
        vm.prank(stranger);
        registry.acceptOwnership();
        assertEq(registry.owner(), stranger);
    }

    function testFuzz_canonicalAt_matchesLastChangeAtOrBefore(uint8 changes, uint256 query) public {
        uint256 n = bound(changes, 1, 20);
        for (uint160 i = 1; i <= n; ++i) {
            _register(_deployment(i << 8, address(0)));
        }
        uint256 start = block.timestamp;
        for (uint256 i = 1; i <= n; ++i) {
            vm.warp(start + i * 10);
            _setCanonical(i);
        }
        query = bound(query, start, start + n * 10 + 50);
        uint256 want = query < start + 10 ? 0 : (query - start) / 10;
        if (want > n) want = n;
        assertEq(registry.canonicalAt(query), want);
    }
}
