// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

import {ChainTips, IRollup, RollupParams} from "../../contracts/interfaces/IRollup.sol";
import {IVerifier} from "../../contracts/interfaces/IVerifier.sol";
import {Errors} from "../../contracts/libraries/Errors.sol";
import {Header} from "../../contracts/libraries/HeaderLib.sol";
import {HashChainVerifier} from "../../contracts/rollup/HashChainVerifier.sol";
import {Rollup, RollupConfig} from "../../contracts/rollup/Rollup.sol";
import {RollupBase} from "./helpers/RollupBase.sol";

contract RollupTimeTest is RollupBase {
    function test_getSlotAt_beforeGenesis_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Rollup__BeforeGenesis.selector, GENESIS - 1, GENESIS)
        );
        rollup.getSlotAt(GENESIS - 1);
    }

    function test_getSlotAt_firstAndLastSecondOfSlot() public view {
        assertEq(rollup.getSlotAt(GENESIS), 0);
        assertEq(rollup.getSlotAt(GENESIS + SLOT - 1), 0);
        assertEq(rollup.getSlotAt(GENESIS + SLOT), 1);
        assertEq(rollup.getEpochAt(GENESIS + EPOCH * SLOT - 1), 0);
        assertEq(rollup.getEpochAt(GENESIS + EPOCH * SLOT), 1);
    }

    function testFuzz_getSlotAt_matchesArithmetic(uint256 ts) public view {
        ts = bound(ts, GENESIS, GENESIS + 1e12);
        assertEq(rollup.getSlotAt(ts), (ts - GENESIS) / SLOT);
        assertEq(rollup.getEpochAt(ts), (ts - GENESIS) / SLOT / EPOCH);
    }

    function test_getCurrentSlot_followsBlockTimestamp() public {
        _warpToSlot(17);
        assertEq(rollup.getCurrentSlot(), 17);
        assertEq(rollup.getCurrentEpoch(), 17 / EPOCH);
    }

    function test_getSampleTimestamp_isBeforeTheLagEpoch() public {
        _warpToEpoch(3);
        rollup.setupEpoch();
        _warpToEpoch(4);
        // The bootstrap epochs 0..LAG use the deployment's randomness and read the set at genesis.
        assertEq(rollup.getSampleTimestamp(0), GENESIS - 1);
        assertEq(rollup.getSampleTimestamp(LAG - 1), GENESIS - 1);
        assertEq(rollup.getSampleTimestamp(LAG), GENESIS - 1);
        // Epoch 3 + LAG uses epoch 3's randomness: the set is read before epoch 3 started.
        assertEq(rollup.getSampleTimestamp(LAG + 3), GENESIS + 3 * EPOCH * SLOT - 1);
    }

    function test_getSampleTimestamp_notFinal_reverts() public {
        _warpToEpoch(1);
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Rollup__CommitteeNotFinal.selector, 1 + LAG, 1)
        );
        rollup.getSampleTimestamp(1 + LAG);
    }
}

contract RollupConstructorTest is RollupBase {
    function test_constructor_zeroLag_reverts() public {
        RollupConfig memory c = _config(4);
        c.lagEpochs = 0;
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Rollup__InvalidParam.selector, "lagEpochs", 0)
        );
        new Rollup(c);
    }

    function test_constructor_committeeTooLarge_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Rollup__InvalidParam.selector, "committeeSize", 257)
        );
        _deploy(257);
    }

    function test_constructor_timeoutNotInsideSlot_reverts() public {
        RollupConfig memory c = _config(4);
        c.params.proposerTimeout = uint64(SLOT);
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Rollup__InvalidParam.selector, "proposerTimeout", SLOT)
        );
        new Rollup(c);
    }

    function test_constructor_genesisTipIsGenesisHash() public view {
        ChainTips memory t = _tips();
        assertEq(t.assuredNumber, 0);
        assertEq(t.provenNumber, 0);
        assertEq(t.assuredHash, rollup.GENESIS_HASH());
        assertEq(t.provenHash, rollup.GENESIS_HASH());
    }
}

contract RollupCommitteeTest is RollupBase {
    function test_getEpochCommittee_sizeAndDistinctActiveMembers() public {
        _warpToSlot(0);
        address[] memory c = rollup.getEpochCommittee(0);
        assertEq(c.length, 4);
        for (uint256 i = 0; i < c.length; ++i) {
            assertTrue(staking.isActive(c[i]));
            for (uint256 j = 0; j < i; ++j) {
                assertTrue(c[i] != c[j], "duplicate member");
            }
        }
    }

    function test_getEpochCommittee_setSmallerThanSize_takesWholeSet() public {
        Rollup big = _deploy(10);
        _warpToSlot(0);
        assertEq(big.getEpochCommittee(0).length, 6);
    }

    function test_getEpochCommittee_notFinal_reverts() public {
        _warpToSlot(0);
        rollup.getEpochCommittee(LAG - 1);
        vm.expectRevert(abi.encodeWithSelector(Errors.Rollup__CommitteeNotFinal.selector, LAG, 0));
        rollup.getEpochCommittee(LAG);
    }

    function test_getEpochCommittee_joinOrLeaveAfterSnapshot_doesNotChangeIt() public {
        _warpToEpoch(3);
        address[] memory before = rollup.getEpochCommittee(4);
        // Epoch 4 samples the set at the end of epoch 1: changes in epoch 3 do not reach it.
        _deactivate(before[0]);
        _addAttesters(5);
        address[] memory afterChange = rollup.getEpochCommittee(4);
        assertEq(keccak256(abi.encode(before)), keccak256(abi.encode(afterChange)));
        // ... but they reach the epochs whose snapshot is still ahead.
        _warpToEpoch(5);
        rollup.setupEpoch();
        _warpToEpoch(6);
        assertEq(staking.getActiveSetSizeAt(rollup.getSampleTimestamp(5 + LAG)), 10);
    }

    /// @notice Finding 4 of issue 14 (Low): epochs 2 and 3 are never set up, so epoch 5 falls back
    ///         to the randomness checkpointed in epoch 1. The set it is drawn from must be fixed
    ///         before that randomness was known: a staker who leaves, or sequencers added, in
    ///         epoch 2 (knowing the randomness) must not change epoch 5's committee.
    function test_getEpochCommittee_epochNeverSetUp_setFixedBeforeItsRandomness() public {
        _warpToEpoch(1);
        vm.prevrandao(bytes32(uint256(0xbeef)));
        rollup.setupEpoch();
        uint256 randomnessKnownAt = block.timestamp;
        uint256 snap = vm.snapshotState();
        _warpToEpoch(4);
        address[] memory untouched = rollup.getEpochCommittee(5);
        vm.revertToState(snap);

        _warpToEpoch(2);
        _deactivate(attesters[0]);
        _addAttesters(3);
        _warpToEpoch(4);
        assertLt(
            rollup.getSampleTimestamp(5), randomnessKnownAt, "set read after the seed was known"
        );
        assertEq(
            keccak256(abi.encode(rollup.getEpochCommittee(5))), keccak256(abi.encode(untouched))
        );
    }

    function test_setupEpoch_storesTheSampledCommittee() public {
        _warpToSlot(3);
        address[] memory sampled = rollup.getEpochCommittee(0);
        (uint256 pIndex, address p) = rollup.getProposerAt(3);
        vm.expectEmit(true, false, false, false, address(rollup));
        emit IRollup.EpochSetUp(0, bytes32(0), 0, address(0));
        rollup.setupEpoch();
        assertEq(keccak256(abi.encode(rollup.getEpochCommittee(0))), keccak256(abi.encode(sampled)));
        (uint256 pIndex2, address p2) = rollup.getProposerAt(3);
        assertEq(pIndex2, pIndex);
        assertEq(p2, p);
        assertEq(p, sampled[pIndex]);
    }

    function test_setupEpoch_twice_isIdempotent() public {
        _warpToSlot(0);
        rollup.setupEpoch();
        vm.recordLogs();
        rollup.setupEpoch();
        assertEq(vm.getRecordedLogs().length, 0);
    }

    function test_propose_emptySet_reverts() public {
        for (uint256 i = 0; i < attesters.length; ++i) {
            _deactivate(attesters[i]);
        }
        _warpToSlot(1);
        assertEq(rollup.getEpochCommittee(0).length, 0);
        Header memory h = _nextHeader();
        vm.expectRevert(abi.encodeWithSelector(Errors.Rollup__EmptyCommittee.selector, 0));
        rollup.propose(h, "", "");
    }

    function test_committee_allMembersExited_stillAttestsItsEpoch() public {
        _warpToSlot(2);
        address[] memory c = rollup.getEpochCommittee(0);
        for (uint256 i = 0; i < c.length; ++i) {
            _deactivate(c[i]);
        }
        _warpToSlot(3);
        _proposeNext();
        assertEq(_tips().assuredNumber, 1);
    }

    function test_setCommitteeSize_appliesFromFirstUnreadableEpoch() public {
        _warpToEpoch(1);
        vm.expectEmit(address(rollup));
        emit IRollup.CommitteeSizeUpdated(5, 1 + LAG);
        vm.prank(governance);
        rollup.setCommitteeSize(5);
        assertEq(rollup.getCommitteeSizeFor(LAG), 4);
        assertEq(rollup.getCommitteeSizeFor(1 + LAG), 5);
        assertEq(rollup.getEpochCommittee(LAG).length, 4);
        _warpToEpoch(2);
        assertEq(rollup.getEpochCommittee(1 + LAG).length, 5);
    }
}

contract RollupProposeTest is RollupBase {
    function setUp() public override {
        super.setUp();
        _warpToSlot(1);
    }

    function test_propose_quorumWithProposer_succeeds() public {
        Header memory h = _nextHeader();
        bytes32 hh = rollup.headerHash(h);
        vm.expectEmit(address(rollup));
        emit IRollup.BlockProposed(1, 1, hh, false);
        _propose(h);
        ChainTips memory t = _tips();
        assertEq(t.assuredNumber, 1);
        assertEq(t.assuredHash, hh);
        assertEq(t.assuredSlot, 1);
        assertEq(t.provenNumber, 0);
        assertEq(rollup.getBlockHash(1), hh);
        assertEq(rollup.rewardsOwed(coinbase), 0, "rewards are credited when the block is proven");
    }

    function test_propose_allSignatures_succeeds() public {
        Header memory h = _nextHeader();
        rollup.propose(h, "", _attest(h, _allIndices(4)));
        assertEq(_tips().assuredNumber, 1);
    }

    function test_propose_withTxs_checksCommitment() public {
        Header memory h = _nextHeader();
        bytes memory txs = hex"deadbeef";
        h.txsHash = _calldataCommitment(txs);
        rollup.propose(h, txs, _attest(h, _quorumIndices(h.slot)));
        assertEq(_tips().assuredNumber, 1);

        _warpToSlot(2);
        Header memory h2 = _nextHeader();
        h2.txsHash = _calldataCommitment(txs);
        bytes memory att = _attest(h2, _quorumIndices(h2.slot));
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Rollup__TxsHashMismatch.selector, _calldataCommitment(hex"00"), h2.txsHash
            )
        );
        rollup.propose(h2, hex"00", att);
    }

    function test_propose_wrongSlot_reverts() public {
        Header memory h = _nextHeader();
        h.slot = 2;
        bytes memory att = _attestForSlot(h);
        vm.expectRevert(abi.encodeWithSelector(Errors.Rollup__WrongSlot.selector, 1, 2));
        rollup.propose(h, "", att);
    }

    function test_propose_secondBlockInSlot_reverts() public {
        _proposeNext();
        Header memory h = _nextHeader();
        bytes memory att = _attest(h, _quorumIndices(h.slot));
        vm.expectRevert(abi.encodeWithSelector(Errors.Rollup__SlotNotAfterTip.selector, 1, 1));
        rollup.propose(h, "", att);
    }

    function test_propose_wrongNumber_reverts() public {
        Header memory h = _nextHeader();
        h.number = 2;
        bytes memory att = _attest(h, _quorumIndices(h.slot));
        vm.expectRevert(abi.encodeWithSelector(Errors.Rollup__WrongBlockNumber.selector, 1, 2));
        rollup.propose(h, "", att);
    }

    function test_propose_wrongParent_reverts() public {
        Header memory h = _nextHeader();
        h.parentHash = keccak256("other");
        bytes memory att = _attest(h, _quorumIndices(h.slot));
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Rollup__WrongParent.selector, rollup.GENESIS_HASH(), h.parentHash
            )
        );
        rollup.propose(h, "", att);
    }

    function test_propose_belowQuorum_reverts() public {
        Header memory h = _nextHeader();
        uint256[] memory q = _quorumIndices(h.slot);
        uint256[] memory two = new uint256[](2);
        two[0] = q[0];
        two[1] = q[1];
        bytes memory att = _attest(h, two);
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Rollup__InsufficientAttestations.selector, 2, 3)
        );
        rollup.propose(h, "", att);
    }

    function test_propose_malformedAttestations_reverts() public {
        Header memory h = _nextHeader();
        bytes memory att = bytes.concat(_attest(h, _quorumIndices(h.slot)), hex"00");
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Rollup__AttestationsMalformed.selector, 3 * 66 + 1)
        );
        rollup.propose(h, "", att);
    }

    function test_propose_nonMemberSignature_reverts() public {
        Header memory h = _nextHeader();
        uint256[] memory q = _quorumIndices(h.slot);
        (address outsider, uint256 outsiderKey) = makeAddrAndKey("outsider");
        bytes32 digest = rollup.attestationDigest(h);
        bytes memory att = _attest(h, q);
        // Replace the last attestation's signature with the outsider's.
        bytes memory forged = _sig(outsiderKey, digest);
        for (uint256 i = 0; i < 65; ++i) {
            att[2 * 66 + 1 + i] = forged[i];
        }
        address member = rollup.getEpochCommittee(0)[q[2]];
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Rollup__AttesterMismatch.selector, q[2], member, outsider)
        );
        rollup.propose(h, "", att);
    }

    function test_propose_duplicateAttestation_reverts() public {
        Header memory h = _nextHeader();
        uint256[] memory q = _quorumIndices(h.slot);
        q[2] = q[1];
        bytes memory att = _attest(h, q);
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Rollup__DuplicateOrUnsortedAttestation.selector, q[1], q[1]
            )
        );
        rollup.propose(h, "", att);
    }

    function test_propose_unsortedAttestations_reverts() public {
        Header memory h = _nextHeader();
        uint256[] memory q = _quorumIndices(h.slot);
        (q[0], q[1]) = (q[1], q[0]);
        bytes memory att = _attest(h, q);
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Rollup__DuplicateOrUnsortedAttestation.selector, q[0], q[1]
            )
        );
        rollup.propose(h, "", att);
    }

    function test_propose_indexOutOfRange_reverts() public {
        Header memory h = _nextHeader();
        bytes memory att = _attest(h, _quorumIndices(h.slot));
        att[2 * 66] = bytes1(uint8(4));
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Rollup__AttestationIndexOutOfRange.selector, 4, 4)
        );
        rollup.propose(h, "", att);
    }

    function test_propose_highS_reverts() public {
        Header memory h = _nextHeader();
        uint256[] memory q = _quorumIndices(h.slot);
        bytes memory att = _attest(h, q);
        // The malleable twin of a valid signature: (r, n - s, v ^ 1) recovers the same address.
        uint256 o = 66 + 1;
        bytes32 s;
        assembly {
            s := mload(add(add(att, 0x20), add(o, 32)))
        }
        bytes32 highS = bytes32(2 * HALF_N + 1 - uint256(s));
        for (uint256 i = 0; i < 32; ++i) {
            att[o + 32 + i] = highS[i];
        }
        att[o + 64] = bytes1(uint8(att[o + 64]) == 27 ? 28 : 27);
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Rollup__SignatureMalleable.selector, q[1], highS)
        );
        rollup.propose(h, "", att);
    }

    function test_propose_badV_reverts() public {
        Header memory h = _nextHeader();
        uint256[] memory q = _quorumIndices(h.slot);
        bytes memory att = _attest(h, q);
        att[66 + 65] = bytes1(uint8(29));
        vm.expectRevert(abi.encodeWithSelector(Errors.Rollup__InvalidSignature.selector, q[1]));
        rollup.propose(h, "", att);
    }

    function test_propose_signatureForOtherChainId_reverts() public {
        Header memory h = _nextHeader();
        uint256[] memory q = _quorumIndices(h.slot);
        uint256 chainId = block.chainid;
        vm.chainId(chainId + 1);
        bytes memory att = _attest(h, q);
        vm.chainId(chainId);
        vm.expectPartialRevert(Errors.Rollup__AttesterMismatch.selector);
        rollup.propose(h, "", att);
    }

    function test_propose_signatureForOtherRollup_reverts() public {
        Rollup other = _deploy(4);
        Header memory h = _nextHeader();
        uint256[] memory q = _quorumIndices(h.slot);
        address[] memory committee = rollup.getEpochCommittee(0);
        bytes32 foreignDigest = other.attestationDigest(h);
        bytes memory att;
        for (uint256 i = 0; i < q.length; ++i) {
            att =
                bytes.concat(att, bytes1(uint8(q[i])), _sig(keyOf[committee[q[i]]], foreignDigest));
        }
        vm.expectPartialRevert(Errors.Rollup__AttesterMismatch.selector);
        rollup.propose(h, "", att);
    }

    function test_propose_withoutProposerBeforeTimeout_reverts() public {
        Header memory h = _nextHeader();
        bytes memory att = _attestWithoutProposer(h);
        (, address p) = rollup.getProposerAt(h.slot);
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Rollup__ProposerAttestationMissing.selector, 1, p)
        );
        rollup.propose(h, "", att);
    }

    function test_propose_withoutProposerAfterTimeout_succeeds() public {
        Header memory h = _nextHeader();
        bytes memory att = _attestWithoutProposer(h);
        vm.warp(_slotStart(1) + _params().proposerTimeout);
        rollup.propose(h, "", att);
        assertEq(_tips().assuredNumber, 1);
    }

    function test_propose_lastSecondOfSlot_succeeds() public {
        vm.warp(_slotStart(2) - 1);
        Header memory h = _nextHeader();
        assertEq(h.slot, 1);
        _propose(h);
        assertEq(_tips().assuredSlot, 1);
    }

    function test_propose_afterMissedSlotsAndSkippedEpoch_succeeds() public {
        _proposeNext();
        _warpToEpoch(1);
        _prove(0);
        // Nothing in the rest of epoch 1 nor in epoch 2.
        _warpToSlot(3 * EPOCH + 5);
        _proposeNext();
        assertEq(_tips().assuredNumber, 2);
        assertEq(_tips().assuredSlot, 3 * EPOCH + 5);
    }

    function _attestForSlot(Header memory h) internal view returns (bytes memory) {
        return _attest(h, _quorumIndices(rollup.getCurrentSlot()));
    }

    /// @notice A quorum of the committee without the slot's proposer (committee of 4, quorum 3).
    function _attestWithoutProposer(Header memory h) internal view returns (bytes memory) {
        (uint256 p,) = rollup.getProposerAt(h.slot);
        uint256[] memory q = new uint256[](3);
        uint256 n;
        for (uint256 i = 0; i < 4; ++i) {
            if (i != p) q[n++] = i;
        }
        return _attest(h, q);
    }
}
