// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Equivocation, EvidenceKind, ISlasher} from "../../contracts/interfaces/ISlasher.sol";
import {IStaking} from "../../contracts/interfaces/IStaking.sol";
import {Errors} from "../../contracts/libraries/Errors.sol";
import {HeaderLib} from "../../contracts/libraries/HeaderLib.sol";
import {Rollup} from "../../contracts/rollup/Rollup.sol";
import {SlasherBase} from "./SlasherBase.sol";

/// @notice Equivocation evidence: verified with real keys against the rollup's EIP-712 domain,
///         slashed at once without a vote, or through a voted proposal.
contract SlasherEquivocationTest is SlasherBase {
    uint256 internal constant E = 2;
    uint256 internal slot;
    address internal member;

    function setUp() public override {
        super.setUp();
        _warpToEpoch(E);
        slot = E * EPOCH + 3;
        member = rollup.getEpochCommittee(E)[1];
    }

    function _split(bytes memory sig) internal pure returns (bytes32 r, bytes32 s, uint8 v) {
        assembly ("memory-safe") {
            r := mload(add(sig, 0x20))
            s := mload(add(sig, 0x40))
            v := byte(0, mload(add(sig, 0x60)))
        }
    }

    /// @notice The address `sig` recovers to over `digest` (what a mismatch reports).
    function _recover(bytes32 digest, bytes memory sig) internal pure returns (address) {
        (bytes32 r, bytes32 s, uint8 v) = _split(sig);
        return ecrecover(digest, v, r, s);
    }

    function _expectSignerMismatch(Equivocation memory e, bytes memory badSig) internal {
        address recovered = _recover(rollup.attestationDigest(e.header2), badSig);
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Slasher__SignerMismatch.selector, member, recovered)
        );
    }

    // ---- slashEquivocation ----------------------------------------------------------------------

    function test_slashEquivocation_valid_succeeds() public {
        Equivocation memory e = _equivocation(member, slot);
        uint256 poolBefore = token.balanceOf(address(pool));
        uint256 expected = MIN_STAKE * EQUIVOCATION_BPS / 10_000;
        vm.expectEmit(address(staking));
        emit IStaking.Slashed(member, expected, true);
        vm.expectEmit(address(slasher));
        emit ISlasher.EquivocationSlashed(member, slot, bob, expected, true);
        vm.prank(bob);
        uint256 amount = slasher.slashEquivocation(e);
        assertEq(amount, expected);
        assertEq(staking.getStake(member).amount, MIN_STAKE - expected);
        assertFalse(staking.isActive(member));
        assertTrue(slasher.equivocationSlashed(member, slot));
        assertEq(token.balanceOf(address(pool)) - poolBefore, expected);
    }

    function test_slashEquivocation_twice_reverts() public {
        slasher.slashEquivocation(_equivocation(member, slot));
        Equivocation memory e = _equivocation(member, slot);
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Slasher__EquivocationAlreadySlashed.selector, member, slot
            )
        );
        slasher.slashEquivocation(e);
    }

    function test_slashEquivocation_swappedHeaders_reverts() public {
        slasher.slashEquivocation(_equivocation(member, slot));
        Equivocation memory e = _equivocation(member, slot);
        (e.header1, e.header2) = (e.header2, e.header1);
        (e.signature1, e.signature2) = (e.signature2, e.signature1);
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Slasher__EquivocationAlreadySlashed.selector, member, slot
            )
        );
        slasher.slashEquivocation(e);
    }

    function test_slashEquivocation_otherSlot_succeeds() public {
        slasher.slashEquivocation(_equivocation(member, slot));
        uint256 amount = slasher.slashEquivocation(_equivocation(member, slot + 1));
        // The second slash takes the share of what the first left; the attester is no longer
        // active, so it is not kicked again.
        assertEq(amount, (MIN_STAKE - MIN_STAKE / 10) / 10);
    }

    function test_slashEquivocation_slotMismatch_reverts() public {
        Equivocation memory e = _equivocation(member, slot);
        e.header2 = _header(slot + 1, 2);
        e.signature2 = _sig(keyOf[member], rollup.attestationDigest(e.header2));
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Slasher__SlotMismatch.selector, slot, slot + 1)
        );
        slasher.slashEquivocation(e);
    }

    function test_slashEquivocation_sameHeader_reverts() public {
        Equivocation memory e = _equivocation(member, slot);
        e.header2 = e.header1;
        e.signature2 = e.signature1;
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Slasher__SameHeader.selector, HeaderLib.hashMemory(e.header1)
            )
        );
        slasher.slashEquivocation(e);
    }

    function test_slashEquivocation_forgedSignature_reverts() public {
        // Signed by another attester's key.
        Equivocation memory e = _equivocation(member, slot);
        address forger = rollup.getEpochCommittee(E)[0];
        bytes memory forged = _sig(keyOf[forger], rollup.attestationDigest(e.header2));
        e.signature2 = forged;
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Slasher__SignerMismatch.selector, member, forger)
        );
        slasher.slashEquivocation(e);
    }

    function test_slashEquivocation_swappedSignatures_reverts() public {
        // Each signature beside the other header: they recover to unrelated addresses.
        Equivocation memory e = _equivocation(member, slot);
        (e.signature1, e.signature2) = (e.signature2, e.signature1);
        address recovered = _recover(rollup.attestationDigest(e.header1), e.signature1);
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Slasher__SignerMismatch.selector, member, recovered)
        );
        slasher.slashEquivocation(e);
    }

    function test_slashEquivocation_otherChainId_reverts() public {
        Equivocation memory e = _equivocation(member, slot);
        uint256 chainId = block.chainid;
        vm.chainId(chainId + 1);
        bytes memory crossChain = _sig(keyOf[member], rollup.attestationDigest(e.header2));
        vm.chainId(chainId);
        e.signature2 = crossChain;
        _expectSignerMismatch(e, crossChain);
        slasher.slashEquivocation(e);
    }

    function test_slashEquivocation_otherRollup_reverts() public {
        Equivocation memory e = _equivocation(member, slot);
        Rollup other = _deploy(4);
        bytes memory crossRollup = _sig(keyOf[member], other.attestationDigest(e.header2));
        e.signature2 = crossRollup;
        _expectSignerMismatch(e, crossRollup);
        slasher.slashEquivocation(e);
    }

    function test_slashEquivocation_rawHeaderHashSigned_reverts() public {
        // A signature over the bare struct hash (no EIP-712 domain) is not an attestation.
        Equivocation memory e = _equivocation(member, slot);
        bytes memory bare = _sig(keyOf[member], HeaderLib.hashMemory(e.header2));
        e.signature2 = bare;
        _expectSignerMismatch(e, bare);
        slasher.slashEquivocation(e);
    }

    function test_slashEquivocation_highS_reverts() public {
        Equivocation memory e = _equivocation(member, slot);
        (bytes32 r, bytes32 s, uint8 v) = _split(e.signature2);
        bytes32 highS = bytes32(2 * HALF_N + 1 - uint256(s));
        e.signature2 = abi.encodePacked(r, highS, v == 27 ? uint8(28) : uint8(27));
        // The malleated signature is valid for the same key: only the low-s rule rejects it.
        assertEq(
            ecrecover(rollup.attestationDigest(e.header2), v == 27 ? 28 : 27, r, highS), member
        );
        vm.expectRevert(abi.encodeWithSelector(Errors.Slasher__SignatureMalleable.selector, highS));
        slasher.slashEquivocation(e);
    }

    function test_slashEquivocation_shortSignature_reverts() public {
        Equivocation memory e = _equivocation(member, slot);
        e.signature1 = bytes.concat(bytes32(0), bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(Errors.Slasher__InvalidSignatureLength.selector, 64));
        slasher.slashEquivocation(e);
    }

    function test_slashEquivocation_unrecoverableSignature_reverts() public {
        Equivocation memory e = _equivocation(member, slot);
        e.signature1 = abi.encodePacked(bytes32(0), bytes32(uint256(1)), uint8(27));
        vm.expectRevert(Errors.Slasher__InvalidSignature.selector);
        slasher.slashEquivocation(e);
    }

    function test_slashEquivocation_notInCommittee_reverts() public {
        address outsider = _nonMember(E);
        Equivocation memory e = _equivocation(outsider, slot);
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Slasher__NotInCommittee.selector, E, outsider)
        );
        slasher.slashEquivocation(e);
    }

    function test_slashEquivocation_committeeNotFinal_reverts() public {
        uint256 future = (E + LAG) * EPOCH;
        Equivocation memory e = _equivocation(member, future);
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Rollup__CommitteeNotFinal.selector, E + LAG, E)
        );
        slasher.slashEquivocation(e);
    }

    function test_slashEquivocation_exiting_succeeds() public {
        vm.prank(member);
        staking.initiateExit(member);
        uint256 amount = slasher.slashEquivocation(_equivocation(member, slot));
        assertEq(amount, MIN_STAKE / 10);
        assertEq(uint8(staking.getStake(member).status), uint8(IStaking.Status.EXITING));
    }

    function test_slashEquivocation_withdrawn_reverts() public {
        vm.startPrank(member);
        staking.initiateExit(member);
        vm.warp(staking.getStake(member).exitableAt);
        staking.withdraw(member, member);
        vm.stopPrank();
        Equivocation memory e = _equivocation(member, slot);
        vm.expectRevert(abi.encodeWithSelector(Errors.Slasher__NothingToSlash.selector, member));
        slasher.slashEquivocation(e);
    }

    // ---- equivocation as proposal evidence ------------------------------------------------------

    function test_file_equivocation_succeeds() public {
        Equivocation memory e = _equivocation(member, slot);
        vm.prank(filer);
        uint256 id = slasher.file(_one(member), EvidenceKind.EQUIVOCATION, abi.encode(e));
        bytes32 key = keccak256(abi.encode(EvidenceKind.EQUIVOCATION, member, slot));
        assertEq(slasher.getProposal(id).evidenceKey, key);
        assertEq(slasher.evidenceKey(EvidenceKind.EQUIVOCATION, abi.encode(e)), key);
        _pass(id);
        slasher.execute(id);
        assertEq(staking.getStake(member).amount, 0);
    }

    function test_file_equivocationSwappedWhileLive_reverts() public {
        Equivocation memory e = _equivocation(member, slot);
        vm.prank(filer);
        slasher.file(_one(member), EvidenceKind.EQUIVOCATION, abi.encode(e));
        (e.header1, e.header2) = (e.header2, e.header1);
        (e.signature1, e.signature2) = (e.signature2, e.signature1);
        bytes32 key = keccak256(abi.encode(EvidenceKind.EQUIVOCATION, member, slot));
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Slasher__EvidenceInUse.selector, key, member, 1)
        );
        vm.prank(filer);
        slasher.file(_one(member), EvidenceKind.EQUIVOCATION, abi.encode(e));
    }

    function test_file_equivocationOtherValidator_reverts() public {
        Equivocation memory e = _equivocation(member, slot);
        address other = rollup.getEpochCommittee(E)[0];
        vm.expectRevert(abi.encodeWithSelector(Errors.Slasher__ValidatorsMismatch.selector, member));
        vm.prank(filer);
        slasher.file(_one(other), EvidenceKind.EQUIVOCATION, abi.encode(e));
    }

    function test_file_equivocationForged_reverts() public {
        Equivocation memory e = _equivocation(member, slot);
        address forger = rollup.getEpochCommittee(E)[0];
        e.signature2 = _sig(keyOf[forger], rollup.attestationDigest(e.header2));
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Slasher__SignerMismatch.selector, member, forger)
        );
        vm.prank(filer);
        slasher.file(_one(member), EvidenceKind.EQUIVOCATION, abi.encode(e));
    }
}
