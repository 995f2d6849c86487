// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {Test} from "forge-std/Test.sol";

import {AttestationLib} from "../../contracts/libraries/AttestationLib.sol";

/// @notice AttestationLib replaces OpenZeppelin's ECDSA.tryRecover on the hot path for gas; this
///         checks that it accepts and rejects exactly the same signatures.
contract AttestationLibTest is Test {
    struct Sig {
        uint8 v;
        bytes32 r;
        bytes32 s;
    }

    function verifyOne(bytes calldata att, address member, bytes32 digest)
        external
        view
        returns (bool)
    {
        return AttestationLib.verify(att, abi.encodePacked(member), 1, digest, 0);
    }

    function _libAccepts(Sig memory sig, address member, bytes32 digest)
        internal
        view
        returns (bool)
    {
        try this.verifyOne(abi.encodePacked(uint8(0), sig.r, sig.s, sig.v), member, digest) {
            return true;
        } catch {
            return false;
        }
    }

    function _ozAccepts(Sig memory sig, address member, bytes32 digest)
        internal
        pure
        returns (bool)
    {
        (address oz, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, sig.v, sig.r, sig.s);
        return err == ECDSA.RecoverError.NoError && oz == member;
    }

    function testFuzz_verify_agreesWithOpenZeppelin(
        uint256 key,
        bytes32 digest,
        bytes32 noise,
        uint8 vNoise,
        uint8 mode
    ) public view {
        key = bound(key, 1, 2 ** 255);
        address member = vm.addr(key);
        Sig memory sig;
        (sig.v, sig.r, sig.s) = vm.sign(key, digest);
        mode = uint8(bound(mode, 0, 4));
        if (mode == 1) sig.r = noise; // arbitrary r
        if (mode == 2) sig.s = noise; // arbitrary s, often high
        if (mode == 3) sig.v = vNoise; // arbitrary v
        if (mode == 4) sig.s = bytes32(uint256(AttestationLib.HALF_N) + 1); // just above the bound
        bool ozAccepts = _ozAccepts(sig, member, digest);
        assertEq(_libAccepts(sig, member, digest), ozAccepts);
        if (mode == 0) assertTrue(ozAccepts, "a genuine signature must pass");
    }
}
