// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

import {ChainTips, IRollup, RollupParams} from "../../contracts/interfaces/IRollup.sol";
import {IVerifier} from "../../contracts/interfaces/IVerifier.sol";
import {Errors} from "../../contracts/libraries/Errors.sol";
import {Header} from "../../contracts/libraries/HeaderLib.sol";
import {HashChainVerifier} from "../../contracts/rollup/HashChainVerifier.sol";
import {RollupBase} from "./helpers/RollupBase.sol";

contract RollupProofTest is RollupBase {
    function setUp() public override {
        super.setUp();
        // Three blocks in epoch 0 (slots 1, 2, 5) and one in epoch 1 (slot 9).
        _proposeRange(1, 2);
        _warpToSlot(5);
        _proposeNext();
        _warpToSlot(EPOCH + 1);
        _proposeNext();
    }

    function test_submitProof_epochWithNextBlock_succeeds() public {
        ChainTips memory before = _tips();
        (Header[] memory headers, bytes memory proof) = _proofInputs(0);
        assertEq(headers.length, 4, "three blocks and the next");
        vm.expectEmit(address(rollup));
        emit IRollup.EpochProven(0, 1, 3, rollup.getBlockHash(3), address(this));
        rollup.submitProof(0, headers, proof);
        ChainTips memory t = _tips();
        assertEq(t.provenNumber, 3);
        assertEq(t.provenHash, rollup.getBlockHash(3));
        assertEq(t.provenSlot, 5);
        assertEq(t.assuredNumber, before.assuredNumber);
        assertEq(rollup.rewardsOwed(coinbase), 3 * (ASSURED_REWARD + PROVEN_REWARD));
    }

    function test_submitProof_lastEpoch_succeeds() public {
        _prove(0);
        _warpToEpoch(2);
        _prove(1);
        assertEq(_tips().provenNumber, 4);
    }

    function test_submitProof_lastSecondOfWindow_succeeds() public {
        vm.warp(_slotStart((2) * EPOCH) - 1);
        _prove(0);
        assertEq(_tips().provenNumber, 3);
    }

    function test_submitProof_afterWindow_reverts() public {
        _warpToEpoch(2);
        (Header[] memory headers, bytes memory proof) = _proofInputs(0);
        vm.expectRevert(abi.encodeWithSelector(Errors.Rollup__ProofWindowClosed.selector, 0, 2));
        rollup.submitProof(0, headers, proof);
    }

    function test_submitProof_epochNotComplete_reverts() public {
        _prove(0);
        (Header[] memory headers, bytes memory proof) = _proofInputs(1);
        vm.expectRevert(abi.encodeWithSelector(Errors.Rollup__EpochNotComplete.selector, 1, 1));
        rollup.submitProof(1, headers, proof);
    }

    function test_submitProof_rangeCrossingEpoch_reverts() public {
        (Header[] memory headers, bytes memory proof) = _proofInputs(0);
        _warpToEpoch(2);
        // Claim epoch 1 for blocks of epoch 0 (and the first of epoch 1).
        vm.expectRevert(abi.encodeWithSelector(Errors.Rollup__ProofEpochMismatch.selector, 1, 1, 0));
        rollup.submitProof(1, headers, proof);
    }

    function test_submitProof_shorterRange_reverts() public {
        (Header[] memory headers, bytes memory proof) = _proofInputs(0);
        // Drop the last block of the epoch and the next-block witness: the proof stops short.
        Header[] memory shorter = new Header[](2);
        shorter[0] = headers[0];
        shorter[1] = headers[1];
        vm.expectRevert(abi.encodeWithSelector(Errors.Rollup__ProofIncomplete.selector, 2, 4));
        rollup.submitProof(0, shorter, proof);
    }

    function test_submitProof_shorterProofAfterLonger_reverts() public {
        _prove(0);
        (Header[] memory headers, bytes memory proof) = _proofInputs(0);
        // The proven tip moved: a second proof of the epoch (or of any prefix) no longer fits.
        vm.expectRevert();
        rollup.submitProof(0, headers, proof);
        assertEq(_tips().provenNumber, 3);
    }

    function test_submitProof_wrongStart_reverts() public {
        (Header[] memory headers, bytes memory proof) = _proofInputs(0);
        Header[] memory skipFirst = new Header[](3);
        for (uint256 i = 0; i < 3; ++i) {
            skipFirst[i] = headers[i + 1];
        }
        vm.expectRevert(abi.encodeWithSelector(Errors.Rollup__ProofRangeMismatch.selector, 1, 2));
        rollup.submitProof(0, skipFirst, proof);
    }

    function test_submitProof_alteredHeader_reverts() public {
        (Header[] memory headers, bytes memory proof) = _proofInputs(0);
        bytes32 stored = rollup.getBlockHash(2);
        headers[1].stateRoot = keccak256("forged");
        bytes32 given = rollup.headerHash(headers[1]);
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Rollup__ProofHeaderMismatch.selector, 2, stored, given)
        );
        rollup.submitProof(0, headers, proof);
    }

    function test_submitProof_invalidProof_reverts() public {
        (Header[] memory headers, bytes memory proof) = _proofInputs(0);
        // A proof about another rollup does not prove this one's statement.
        (uint256 chainId,, uint256 epoch, bytes32 prev, Header[] memory ph) =
            abi.decode(proof, (uint256, address, uint256, bytes32, Header[]));
        bytes memory wrong = abi.encode(chainId, address(0xBEEF), epoch, prev, ph);
        vm.expectPartialRevert(Errors.Rollup__InvalidProof.selector);
        rollup.submitProof(0, headers, wrong);
    }

    function test_submitProof_nothingToProve_reverts() public {
        _prove(0);
        _warpToEpoch(2);
        _prove(1);
        Header[] memory none = new Header[](0);
        vm.expectRevert(Errors.Rollup__NothingToProve.selector);
        rollup.submitProof(1, none, "");
    }

    function test_verifier_statement_saysNotAValidityProof() public view {
        assertTrue(bytes(verifier.statement()).length > 0);
        assertEq(
            keccak256(bytes(_prefix(verifier.statement(), 42))),
            keccak256("HashChainVerifier (testnet, NOT a validit")
        );
    }

    function _prefix(string memory s, uint256 n) internal pure returns (string memory) {
        bytes memory b = bytes(s);
        bytes memory out = new bytes(n - 1);
        for (uint256 i = 0; i < n - 1; ++i) {
            out[i] = b[i];
        }
        return string(out);
    }
}

contract RollupPruneTest is RollupBase {
    function setUp() public override {
        super.setUp();
        _proposeRange(1, 2);
        _warpToSlot(EPOCH + 2);
        _proposeNext();
    }

    function test_prune_tooEarly_reverts() public {
        vm.warp(_slotStart(2 * EPOCH) - 1);
        assertFalse(rollup.canPrune());
        vm.expectRevert(abi.encodeWithSelector(Errors.Rollup__NotPrunable.selector, 1, 2));
        rollup.prune();
    }

    function test_prune_afterWindow_truncatesToProvenTip() public {
        _warpToEpoch(2);
        assertTrue(rollup.canPrune());
        vm.expectEmit(address(rollup));
        emit IRollup.ChainPruned(0, 1, 3, 0);
        assertFalse(rollup.isEpochPruned(0));
        rollup.prune();
        assertTrue(rollup.isEpochPruned(0));
        assertFalse(rollup.isEpochPruned(1), "epoch 1's window was still open");
        ChainTips memory t = _tips();
        assertEq(t.assuredNumber, 0);
        assertEq(t.assuredHash, rollup.GENESIS_HASH());
        vm.expectRevert(abi.encodeWithSelector(Errors.Rollup__BlockNotAvailable.selector, 1));
        rollup.getBlockHash(1);
    }

    function test_prune_afterPartialProof_keepsProvenEpoch() public {
        _warpToEpoch(1);
        _prove(0);
        _warpToEpoch(3);
        vm.expectEmit(address(rollup));
        emit IRollup.ChainPruned(1, 3, 3, 2);
        rollup.prune();
        assertEq(_tips().assuredNumber, 2);
        assertEq(_tips().provenNumber, 2);
    }

    function test_propose_whenPruneDue_prunesFirst() public {
        _warpToSlot(2 * EPOCH + 1);
        Header memory h = _nextHeader();
        assertEq(h.number, 4, "header built on the unpruned tip");
        // A block built on the proven tip is what the committee must propose now.
        h.number = 1;
        h.parentHash = rollup.GENESIS_HASH();
        bytes memory att = _attest(h, _quorumIndices(h.slot));
        vm.expectEmit(address(rollup));
        emit IRollup.ChainPruned(0, 1, 3, 0);
        rollup.propose(h, "", att);
        assertEq(_tips().assuredNumber, 1);
        assertEq(_tips().assuredHash, rollup.headerHash(h));
    }

    function test_prune_nothingUnproven_reverts() public {
        _warpToEpoch(1);
        _prove(0);
        _warpToEpoch(2);
        _prove(1);
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Rollup__NotPrunable.selector, 2, type(uint256).max)
        );
        rollup.prune();
    }
}

contract RollupFallbackTest is RollupBase {
    function setUp() public override {
        super.setUp();
        _proposeRange(1, 2);
    }

    function test_proposeBased_beforeTimeout_reverts() public {
        uint256 activeFrom = 2 + _params().fallbackSlots;
        _warpToSlot(activeFrom - 1);
        Header memory h = _basedHeader();
        bytes memory proof = _basedProof(h);
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Rollup__FallbackNotActive.selector, activeFrom - 1, activeFrom
            )
        );
        rollup.proposeBased(h, "", proof);
    }

    function test_proposeBased_afterTimeout_truncatesAndProves() public {
        uint256 slot = 2 + _params().fallbackSlots;
        _warpToSlot(slot);
        Header memory h = _basedHeader();
        vm.expectEmit(address(rollup));
        emit IRollup.ChainPruned(0, 1, 2, 0);
        vm.expectEmit(address(rollup));
        emit IRollup.BlockProposed(1, slot, rollup.headerHash(h), true);
        rollup.proposeBased(h, "", _basedProof(h));
        ChainTips memory t = _tips();
        assertEq(t.assuredNumber, 1);
        assertEq(t.provenNumber, 1);
        assertEq(t.provenHash, rollup.headerHash(h));
        // The committee carries on from the based block.
        _warpToSlot(slot + 1);
        _proposeNext();
        assertEq(_tips().assuredNumber, 2);
    }

    /// @notice Finding 2 of issue 14 (Medium): with a proof window of 3 epochs and a fallback of
    ///         16 slots (both allowed), the fallback opens while epoch 0's window is still open.
    ///         It must not truncate epoch 0 nor mark it pruned (slashing evidence against an
    ///         honest committee): it waits until the blocks are proven or their window closed.
    function test_proposeBased_proofWindowOpen_doesNotPrune() public {
        RollupParams memory p = _params();
        p.proofWindowEpochs = 3;
        vm.prank(governance);
        rollup.setParams(p);
        uint256 slot = 2 + p.fallbackSlots; // epoch 2: epoch 0's window closes at epoch 4
        _warpToSlot(slot);
        Header memory h = _basedHeader();
        bytes memory proof = _basedProof(h);
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Rollup__FallbackNotActive.selector, slot, 4 * EPOCH)
        );
        rollup.proposeBased(h, "", proof);
        assertFalse(rollup.isEpochPruned(0), "an epoch whose window is open is not pruned");
        // Epoch 0 is still provable, and once proven the fallback opens (16 slots have passed).
        _prove(0);
        Header memory h2 = _basedHeader();
        rollup.proposeBased(h2, "", _basedProof(h2));
        assertEq(_tips().provenNumber, 3);
        assertFalse(rollup.isEpochPruned(0));
    }

    /// @notice Once the oldest unproven epoch's window has closed, the fallback truncates it and
    ///         marks it pruned, exactly as prune() would.
    function test_proposeBased_proofWindowClosed_prunesFirst() public {
        RollupParams memory p = _params();
        p.proofWindowEpochs = 3;
        vm.prank(governance);
        rollup.setParams(p);
        _warpToEpoch(4);
        assertTrue(rollup.canPrune());
        Header memory h = _basedHeader();
        vm.expectEmit(address(rollup));
        emit IRollup.ChainPruned(0, 1, 2, 0);
        rollup.proposeBased(h, "", _basedProof(h));
        assertTrue(rollup.isEpochPruned(0));
        assertEq(_tips().provenNumber, 1);
    }

    /// @notice Issue 14, "Smaller": a committee that keeps assuring blocks nobody proves. The
    ///         fallback does nothing about it (it opens on silence, and the committee is not
    ///         silent); the proven chain stalls until the oldest epoch's window closes, then the
    ///         first propose prunes it (with the later blocks built on it), marks it as evidence,
    ///         credits nothing, and the chain goes on from the proven tip.
    function test_unprovableBlocks_stallUntilPrune_thenChainResumes() public {
        // setUp assured slots 1 and 2; the committee goes on through epochs 0 and 1, unproven.
        _proposeRange(3, 2 * EPOCH - 3);
        assertEq(_tips().assuredNumber, 2 * EPOCH - 1);
        Header memory b = _basedHeader();
        bytes memory proof = _basedProof(b);
        uint256 lastSlot = 2 * EPOCH - 1;
        vm.expectRevert(
            abi.encodeWithSelector(
                Errors.Rollup__FallbackNotActive.selector,
                lastSlot,
                lastSlot + _params().fallbackSlots
            )
        );
        rollup.proposeBased(b, "", proof);
        assertEq(_tips().provenNumber, 0, "the proven chain stalls");

        _warpToEpoch(2);
        Header memory h = _nextHeader();
        h.number = 1;
        h.parentHash = rollup.GENESIS_HASH();
        bytes memory att = _attest(h, _quorumIndices(h.slot));
        vm.expectEmit(address(rollup));
        emit IRollup.ChainPruned(0, 1, 2 * EPOCH - 1, 0);
        rollup.propose(h, "", att);
        headerOf[1] = h;
        assertTrue(rollup.isEpochPruned(0), "evidence against epoch 0's committee");
        assertFalse(rollup.isEpochPruned(1), "epoch 1's window was still open");
        assertEq(rollup.rewardsOwed(coinbase), 0, "unproven blocks earn nothing");
        assertEq(_tips().assuredNumber, 1);

        // The chain goes on and is proven again.
        _warpToEpoch(3);
        _prove(2);
        assertEq(_tips().provenNumber, 1);
    }

    function test_proposeBased_badProof_reverts() public {
        _warpToSlot(2 + _params().fallbackSlots);
        Header memory h = _basedHeader();
        Header memory other = _basedHeader();
        other.stateRoot = keccak256("other");
        bytes memory proof = _basedProof(other);
        vm.expectPartialRevert(Errors.Rollup__InvalidProof.selector);
        rollup.proposeBased(h, "", proof);
    }

    function test_proposeBased_notOnProvenTip_reverts() public {
        _warpToSlot(2 + _params().fallbackSlots);
        Header memory h = _basedHeader();
        h.number = 3;
        bytes memory proof = _basedProof(h);
        vm.expectRevert(abi.encodeWithSelector(Errors.Rollup__WrongBlockNumber.selector, 1, 3));
        rollup.proposeBased(h, "", proof);
    }

    function _basedHeader() internal view returns (Header memory h) {
        ChainTips memory t = _tips();
        h = _nextHeader();
        h.number = uint64(t.provenNumber + 1);
        h.parentHash = t.provenHash;
    }
}

contract RollupRewardsTest is RollupBase {
    /// @notice Two blocks of epoch 0, proven in epoch 1: both rewards of each are owed.
    function _earn() internal {
        _proposeRange(1, 2);
        _warpToEpoch(1);
        _prove(0);
    }

    /// @notice Issue 14, "Smaller": RewardsCredited is emitted for every credit, when the epoch is
    ///         proven (both rewards of each block at once).
    function test_submitProof_emitsRewardsCredited() public {
        _proposeRange(1, 2);
        _warpToEpoch(1);
        uint256 each = ASSURED_REWARD + PROVEN_REWARD;
        vm.expectEmit(address(rollup));
        emit IRollup.RewardsCredited(coinbase, each);
        vm.expectEmit(address(rollup));
        emit IRollup.RewardsCredited(coinbase, each);
        _prove(0);
        assertEq(rollup.rewardsOwed(coinbase), 2 * each);
    }

    function test_proposeBased_emitsRewardsCredited() public {
        _warpToSlot(_params().fallbackSlots);
        Header memory h = _nextHeader();
        vm.expectEmit(address(rollup));
        emit IRollup.RewardsCredited(coinbase, ASSURED_REWARD + PROVEN_REWARD);
        rollup.proposeBased(h, "", _basedProof(h));
    }

    function test_claimRewards_poolFunded_paysAll() public {
        token.mint(address(pool), 100e18);
        _earn();
        uint256 paid = _claim();
        assertEq(paid, 2 * (ASSURED_REWARD + PROVEN_REWARD));
        assertEq(token.balanceOf(coinbase), paid);
        assertEq(rollup.rewardsOwed(coinbase), 0);
    }

    function test_claimRewards_emptyPool_keepsOwedAndChainMoves() public {
        _earn();
        _warpToSlot(EPOCH + 1);
        _proposeNext();
        assertEq(_tips().assuredNumber, 3, "an empty pool does not block the chain");
        uint256 owed = 2 * (ASSURED_REWARD + PROVEN_REWARD);
        vm.expectEmit(address(rollup));
        emit IRollup.RewardsClaimed(coinbase, 0, owed);
        uint256 paid = _claim();
        assertEq(paid, 0);
        assertEq(rollup.rewardsOwed(coinbase), owed);
    }

    function test_claimRewards_partialPool_paysWhatItHas() public {
        token.mint(address(pool), ASSURED_REWARD / 2);
        _earn();
        assertEq(_claim(), ASSURED_REWARD / 2);
        assertEq(
            rollup.rewardsOwed(coinbase), 2 * (ASSURED_REWARD + PROVEN_REWARD) - ASSURED_REWARD / 2
        );
    }

    function test_rewards_prunedBlocks_earnNothing() public {
        _proposeRange(1, 2);
        _warpToEpoch(2);
        rollup.prune();
        assertEq(rollup.rewardsOwed(coinbase), 0);
    }

    function test_rewards_basedBlock_earnsBothAtOnce() public {
        _warpToSlot(_params().fallbackSlots);
        Header memory h = _nextHeader();
        rollup.proposeBased(h, "", _basedProof(h));
        assertEq(rollup.rewardsOwed(coinbase), ASSURED_REWARD + PROVEN_REWARD);
    }

    function test_claimRewards_nothingOwed_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(Errors.Rollup__NoRewards.selector, coinbase));
        _claim();
    }

    function _claim() internal returns (uint256) {
        vm.prank(coinbase);
        return rollup.claimRewards();
    }
}

contract RollupGovernanceTest is RollupBase {
    function test_setParams_byOwner_succeeds() public {
        RollupParams memory p = _params();
        p.fallbackSlots = 3;
        vm.prank(governance);
        rollup.setParams(p);
        assertEq(rollup.getParams().fallbackSlots, 3);
    }

    function test_setParams_invalid_reverts() public {
        RollupParams memory p = _params();
        p.proofWindowEpochs = 9;
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Rollup__InvalidParam.selector, "proofWindowEpochs", 9)
        );
        vm.prank(governance);
        rollup.setParams(p);
        p = _params();
        p.fallbackSlots = 0;
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Rollup__InvalidParam.selector, "fallbackSlots", 0)
        );
        vm.prank(governance);
        rollup.setParams(p);
    }

    function test_setVerifier_byOwner_succeeds() public {
        HashChainVerifier v = new HashChainVerifier();
        vm.expectEmit(address(rollup));
        emit IRollup.VerifierUpdated(address(verifier), address(v));
        vm.prank(governance);
        rollup.setVerifier(IVerifier(address(v)));
        assertEq(address(rollup.verifier()), address(v));
    }

    /// @notice Issue 14, "Smaller": an ownerless rollup could never change its verifier or
    ///         parameters again (nor replace a faulty verifier), so renouncing is refused.
    function test_renounceOwnership_owner_reverts() public {
        vm.expectRevert(Errors.Rollup__RenounceDisabled.selector);
        vm.prank(governance);
        rollup.renounceOwnership();
        assertEq(rollup.owner(), governance);
    }

    function test_setCommitteeSize_zero_reverts() public {
        vm.expectRevert(
            abi.encodeWithSelector(Errors.Rollup__InvalidParam.selector, "committeeSize", 0)
        );
        vm.prank(governance);
        rollup.setCommitteeSize(0);
    }

    function test_governanceSetters_byOther_revert() public {
        address stranger = makeAddr("stranger");
        bytes[] memory calls = new bytes[](3);
        calls[0] = abi.encodeCall(IRollup.setParams, (_params()));
        calls[1] = abi.encodeCall(IRollup.setVerifier, (IVerifier(address(verifier))));
        calls[2] = abi.encodeCall(IRollup.setCommitteeSize, (5));
        for (uint256 i = 0; i < calls.length; ++i) {
            vm.prank(stranger);
            (bool ok, bytes memory ret) = address(rollup).call(calls[i]);
            assertFalse(ok);
            assertEq(
                keccak256(ret),
                keccak256(
                    abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, stranger)
                )
            );
        }
    }
}
