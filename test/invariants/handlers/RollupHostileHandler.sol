// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Test} from "forge-std/Test.sol";

import {IRollup} from "../../../contracts/interfaces/IRollup.sol";
import {Errors} from "../../../contracts/libraries/Errors.sol";
import {Header} from "../../../contracts/libraries/HeaderLib.sol";
import {RollupHandler} from "./RollupHandler.sol";

/// @notice The hostile actors of docs/threat-model.md against the rollup that RollupHandler
///         drives: a front-runner, a byzantine committee member, anyone calling prune, proofs and
///         the fallback at the wrong time. Each call of `attack` tries every invalid move below
///         against the chain as it stands (making the move's preconditions first, by proposing
///         or letting time pass) and requires the revert the rules name, with the values the
///         model predicts. It then puts the chain back as it was (a state snapshot), so the valid
///         handler's model stays exact. An invalid move that succeeds, or fails for another
///         reason, makes the call revert, which fails the campaign (fail_on_revert).
contract RollupHostileHandler is Test {
    /// secp256k1n / 2.
    uint256 internal constant HALF_N =
        0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;
    uint256 internal constant ATTACK_KINDS = 12;

    RollupHandler internal immutable H;
    IRollup internal immutable ROLLUP;
    uint256 internal immutable EPOCH;
    uint256 internal immutable GENESIS;
    uint256 internal immutable SLOT;

    uint256 public attacks;
    /// @notice Bit i set once attack kind i was tried.
    uint256 public kindsTried;

    constructor(RollupHandler handler) {
        H = handler;
        ROLLUP = IRollup(handler.target());
        EPOCH = ROLLUP.EPOCH_DURATION();
        GENESIS = ROLLUP.GENESIS_TIME();
        SLOT = ROLLUP.SLOT_DURATION();
    }

    function allKinds() external pure returns (uint256) {
        return (1 << ATTACK_KINDS) - 1;
    }

    function attack(uint256 seed) external {
        uint256 snap = vm.snapshotState();
        uint256 tried = _proposeAttacks(seed);
        // A valid block now (undone with the rest below): a prune that was due is done, the
        // fallback is closed, and there is an epoch to prove.
        H.propose(seed);
        tried |= _timingAttacks();
        tried |= _proofAttacks(seed);
        vm.revertToState(snap);
        ++attacks;
        kindsTried |= tried;
    }

    // ---- a byzantine member, a front-runner: proposes ------------------------------------------

    function _proposeAttacks(uint256 seed) internal returns (uint256 tried) {
        if (H.slotNow() <= H.mAssuredSlot()) _warpToSlot(H.mAssuredSlot() + 1);
        Header memory good = H.nextHeader();
        uint256[] memory q = H.quorumIndices(good.slot);
        bytes memory att = H.attest(good, q);

        // 0. Wrong parent (a fork off the assured tip).
        {
            Header memory bad = _copy(good);
            bad.parentHash = keccak256(abi.encode("fork", seed));
            _expect(
                abi.encodeCall(IRollup.propose, (bad, "", H.attest(bad, q))),
                abi.encodeWithSelector(
                    Errors.Rollup__WrongParent.selector,
                    H.ghostHash(good.number - 1),
                    bad.parentHash
                ),
                "wrong parent"
            );
        }
        // 1. A malleable (high-s) twin of a valid signature.
        {
            bytes memory twin = bytes.concat(att);
            uint256 o = 66 + 1;
            bytes32 s;
            assembly {
                s := mload(add(add(twin, 0x20), add(o, 32)))
            }
            bytes32 highS = bytes32(2 * HALF_N + 1 - uint256(s));
            for (uint256 i = 0; i < 32; ++i) {
                twin[o + 32 + i] = highS[i];
            }
            twin[o + 64] = bytes1(uint8(twin[o + 64]) == 27 ? 28 : 27);
            _expect(
                abi.encodeCall(IRollup.propose, (good, "", twin)),
                abi.encodeWithSelector(Errors.Rollup__SignatureMalleable.selector, q[1], highS),
                "high s"
            );
        }
        // 2. One member's attestation twice, padding a quorum.
        {
            uint256[] memory dup = new uint256[](q.length);
            for (uint256 i = 0; i < q.length; ++i) {
                dup[i] = q[i];
            }
            dup[q.length - 1] = q[q.length - 2];
            _expect(
                abi.encodeCall(IRollup.propose, (good, "", H.attest(good, dup))),
                abi.encodeWithSelector(
                    Errors.Rollup__DuplicateOrUnsortedAttestation.selector,
                    q[q.length - 2],
                    q[q.length - 2]
                ),
                "duplicate attestation"
            );
        }
        // 3. A signature by someone outside the committee in a member's place.
        {
            (address outsider, uint256 key) =
                makeAddrAndKey(string.concat("outsider", vm.toString(seed)));
            (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, ROLLUP.attestationDigest(good));
            bytes memory forged = bytes.concat(att);
            bytes memory sig = abi.encodePacked(r, s, v);
            uint256 last = q.length - 1;
            for (uint256 i = 0; i < 65; ++i) {
                forged[last * 66 + 1 + i] = sig[i];
            }
            address member = ROLLUP.getEpochCommittee(good.slot / EPOCH)[q[last]];
            _expect(
                abi.encodeCall(IRollup.propose, (good, "", forged)),
                abi.encodeWithSelector(
                    Errors.Rollup__AttesterMismatch.selector, q[last], member, outsider
                ),
                "non-member signature"
            );
        }
        // 4. Fewer than a quorum.
        {
            uint256[] memory two = new uint256[](2);
            two[0] = q[0];
            two[1] = q[1];
            _expect(
                abi.encodeCall(IRollup.propose, (good, "", H.attest(good, two))),
                abi.encodeWithSelector(
                    Errors.Rollup__InsufficientAttestations.selector, 2, q.length
                ),
                "below quorum"
            );
        }
        // 5. A front-runner copies a blob block's header and attestations into calldata.
        {
            bytes32[] memory vhs = new bytes32[](2);
            vhs[0] = bytes32((uint256(1) << 248) | uint256(keccak256(abi.encode(seed))) >> 8);
            vhs[1] = bytes32((uint256(1) << 248) | uint256(keccak256(abi.encode(~seed))) >> 8);
            Header memory blob = _copy(good);
            blob.txsHash = H.blobsCommitment(vhs);
            bytes memory packed = abi.encodePacked(vhs);
            _expect(
                abi.encodeCall(IRollup.propose, (blob, packed, H.attest(blob, q))),
                abi.encodeWithSelector(
                    Errors.Rollup__TxsHashMismatch.selector,
                    H.calldataCommitment(packed),
                    blob.txsHash
                ),
                "blob block as calldata"
            );
        }
        tried = (1 << 6) - 1;
    }

    // ---- anyone: prune and the fallback too early ------------------------------------------------

    function _timingAttacks() internal returns (uint256 tried) {
        // 6. An early prune: the block just proposed is unproven and its window open.
        assertFalse(H.pruneDue());
        _expect(
            abi.encodeCall(IRollup.prune, ()),
            abi.encodeWithSelector(
                Errors.Rollup__NotPrunable.selector, H.epochNow(), H.pruneFromEpoch()
            ),
            "early prune"
        );
        // 7. The based fallback before it opens (a block was just assured).
        Header memory b = H.nextBasedHeader();
        _expect(
            abi.encodeCall(IRollup.proposeBased, (b, "", "")),
            abi.encodeWithSelector(
                Errors.Rollup__FallbackNotActive.selector, H.slotNow(), H.fallbackFrom()
            ),
            "early fallback"
        );
        tried = (1 << 6) | (1 << 7);
    }

    // ---- a prover: early, forged, altered and late proofs -----------------------------------------

    function _proofAttacks(uint256 seed) internal returns (uint256 tried) {
        uint256 epoch = H.mFirstUnprovenSlot() / EPOCH;
        (uint256 window,) = H.params();
        // 8. A proof of an epoch that is not over.
        {
            uint256 current = H.epochNow();
            (Header[] memory hs, bytes memory p,) = H.proofInputs(current);
            _expect(
                abi.encodeCall(IRollup.submitProof, (current, hs, p)),
                abi.encodeWithSelector(Errors.Rollup__EpochNotComplete.selector, current, current),
                "proof of an unfinished epoch"
            );
        }
        if (H.epochNow() <= epoch) _warpToSlot((epoch + 1) * EPOCH);
        (Header[] memory headers, bytes memory proof,) = H.proofInputs(epoch);
        // 9. A proof the verifier rejects (it proves another rollup's statement).
        {
            (uint256 chainId,, uint256 e, bytes32 prev, Header[] memory ph) =
                abi.decode(proof, (uint256, address, uint256, bytes32, Header[]));
            _expectSelector(
                abi.encodeCall(
                    IRollup.submitProof,
                    (epoch, headers, abi.encode(chainId, address(0xBEEF), e, prev, ph))
                ),
                Errors.Rollup__InvalidProof.selector,
                "forged proof"
            );
        }
        // 10. A header altered after it was assured.
        {
            Header[] memory altered = new Header[](headers.length);
            for (uint256 i = 0; i < headers.length; ++i) {
                altered[i] = headers[i];
            }
            altered[0].stateRoot = keccak256(abi.encode("forged state", seed));
            _expect(
                abi.encodeCall(IRollup.submitProof, (epoch, altered, proof)),
                abi.encodeWithSelector(
                    Errors.Rollup__ProofHeaderMismatch.selector,
                    altered[0].number,
                    H.ghostHash(altered[0].number),
                    ROLLUP.headerHash(altered[0])
                ),
                "altered header"
            );
        }
        // 11. The right proof, one second after the window closed.
        _warpToSlot((epoch + 1 + window) * EPOCH);
        _expect(
            abi.encodeCall(IRollup.submitProof, (epoch, headers, proof)),
            abi.encodeWithSelector(
                Errors.Rollup__ProofWindowClosed.selector, epoch, epoch + 1 + window
            ),
            "late proof"
        );
        tried = (1 << 8) | (1 << 9) | (1 << 10) | (1 << 11);
    }

    // ---- helpers -----------------------------------------------------------------------------

    /// @dev A copy (assigning a memory struct only aliases it).
    function _copy(Header memory h) internal pure returns (Header memory) {
        return abi.decode(abi.encode(h), (Header));
    }

    function _warpToSlot(uint256 slot) internal {
        vm.warp(GENESIS + slot * SLOT);
    }

    function _expect(bytes memory data, bytes memory err, string memory what) internal {
        (bool ok, bytes memory ret) = address(ROLLUP).call(data);
        assertFalse(ok, string.concat(what, ": the invalid move was accepted"));
        assertEq(ret, err, string.concat(what, ": not the named revert"));
    }

    function _expectSelector(bytes memory data, bytes4 selector, string memory what) internal {
        (bool ok, bytes memory ret) = address(ROLLUP).call(data);
        assertFalse(ok, string.concat(what, ": the invalid move was accepted"));
        assertEq(bytes4(ret), selector, string.concat(what, ": not the named revert"));
    }
}
