// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Test} from "forge-std/Test.sol";

import {ChainTips, IRollup} from "../../contracts/interfaces/IRollup.sol";
import {RollupHandler} from "./handlers/RollupHandler.sol";
import {RollupHostileHandler} from "./handlers/RollupHostileHandler.sol";

/// @notice The safety claims of docs/rollup.md, each an invariant over the chain RollupHandler
///         drives, checked against the handler's own model of the rules.
abstract contract RollupInvariantsBase is Test {
    RollupHandler internal handler;

    function _rollup() internal view returns (IRollup) {
        return IRollup(handler.target());
    }

    /// @dev The valid moves, weighted so that every run of 50 calls makes each of them.
    function _targetValidMoves() internal {
        bytes4[] memory selectors = new bytes4[](14);
        selectors[0] = RollupHandler.warp.selector;
        selectors[1] = RollupHandler.propose.selector;
        selectors[2] = RollupHandler.propose.selector;
        selectors[3] = RollupHandler.prove.selector;
        selectors[4] = RollupHandler.prove.selector;
        selectors[5] = RollupHandler.prove.selector;
        selectors[6] = RollupHandler.prune.selector;
        selectors[7] = RollupHandler.prune.selector;
        selectors[8] = RollupHandler.prune.selector;
        selectors[9] = RollupHandler.based.selector;
        selectors[10] = RollupHandler.based.selector;
        selectors[11] = RollupHandler.based.selector;
        selectors[12] = RollupHandler.churn.selector;
        selectors[13] = RollupHandler.claim.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
        targetContract(address(handler));
    }

    /// @dev One campaign checks every claim after every call (a campaign per claim would only
    ///      repeat the same runs six times).
    function _checkAll() internal view {
        _tipsFollowTheRules();
        _provenIsPrefixOfAssured();
        _prunedEpochMeansMissedProofWindow();
        _committeeNeverChangesOnceFinal();
        _rewardsConserved();
        _viewsFollowTheRules();
    }

    /// @custom:invariant The tips are exactly what the rules make of the moves made: the proven
    ///                   tip never goes back, the assured tip shrinks only to the proven tip, and
    ///                   only when its oldest unproven epoch's window closed.
    function _tipsFollowTheRules() internal view {
        ChainTips memory t = _rollup().getTips();
        assertEq(t.assuredNumber, handler.mAssured(), "assured number");
        assertEq(t.assuredSlot, handler.mAssuredSlot(), "assured slot");
        assertEq(t.assuredHash, handler.ghostHash(handler.mAssured()), "assured hash");
        assertEq(t.provenNumber, handler.mProven(), "proven number");
        assertEq(t.provenSlot, handler.mProvenSlot(), "proven slot");
        assertEq(t.provenHash, handler.ghostHash(handler.mProven()), "proven hash");
    }

    /// @custom:invariant The proven chain is a prefix of the assured chain, and every unproven
    ///                   assured block links to its parent and is stored as proposed.
    function _provenIsPrefixOfAssured() internal view {
        ChainTips memory t = _rollup().getTips();
        assertLe(t.provenNumber, t.assuredNumber);
        assertLe(t.provenSlot, t.assuredSlot);
        assertEq(_rollup().getBlockHash(t.provenNumber), t.provenHash);
        for (uint256 n = t.provenNumber + 1; n <= t.assuredNumber; ++n) {
            assertEq(handler.ghostHeader(n).parentHash, handler.ghostHash(n - 1));
            assertEq(_rollup().getBlockHash(n), handler.ghostHash(n));
        }
    }

    /// @custom:invariant A pruned epoch means only that its proof window closed without a proof
    ///                   (docs/slashing.md's PRUNED_EPOCH evidence): no epoch is marked pruned
    ///                   but those the rules pruned, and each was pruned after its window.
    function _prunedEpochMeansMissedProofWindow() internal view {
        (uint256 window,) = handler.params();
        for (uint256 i = 0; i < handler.prunedEpochCount(); ++i) {
            uint256 e = handler.prunedEpochs(i);
            assertTrue(_rollup().isEpochPruned(e), "a pruned epoch is recorded");
            assertGe(handler.prunedIn(e), e + 1 + window, "pruned before its window closed");
        }
        for (uint256 e = 0; e <= handler.epochNow(); ++e) {
            assertEq(_rollup().isEpochPruned(e), handler.mPruned(e), "pruned by no rule");
        }
    }

    /// @custom:invariant An epoch's committee never changes once final, whoever joins or leaves.
    function _committeeNeverChangesOnceFinal() internal view {
        for (uint256 e = 0; e < handler.committeesSeen(); ++e) {
            assertEq(
                keccak256(abi.encode(_rollup().getEpochCommittee(e))),
                handler.committeeHash(e),
                "a final committee changed"
            );
        }
    }

    /// @custom:invariant An empty reward pool never blocks the chain (every move above succeeds
    ///                   with a pool that is empty or partly funded) and rewards are never lost:
    ///                   what is owed plus what was paid is what was credited.
    function _rewardsConserved() internal view {
        assertEq(
            _rollup().rewardsOwed(handler.coinbaseAddress()) + handler.paid(), handler.credited()
        );
    }

    /// @custom:invariant The rollup's views of pruning and the fallback say what the rules say.
    function _viewsFollowTheRules() internal view {
        assertEq(_rollup().canPrune(), handler.pruneDue(), "canPrune");
        assertEq(_rollup().fallbackActiveFrom(), handler.fallbackFrom(), "fallbackActiveFrom");
    }
}

/// @notice Valid moves only: every one must succeed (fail_on_revert), so a valid action the
///         rollup refuses fails the campaign.
/// forge-config: default.invariant.fail-on-revert = true
/// forge-config: default.invariant.depth = 50
/// forge-config: ci.invariant.fail-on-revert = true
contract RollupInvariants is RollupInvariantsBase {
    function setUp() public {
        handler = new RollupHandler();
        handler.init();
        _targetValidMoves();
    }

    /// @custom:invariant Every claim of RollupInvariantsBase holds after every valid move.
    function invariant_rollupSafety() public view {
        _checkAll();
    }

    /// @custom:invariant The campaign reaches every interesting state in every run: proposes
    ///                   of both DA modes, proofs, prunes and based blocks.
    function afterInvariant() public view {
        assertGt(handler.proposes(), 0, "no propose happened");
        assertGt(handler.blobProposes(), 0, "no blob propose happened");
        assertGt(handler.proofs(), 0, "no proof happened");
        assertGt(handler.prunes(), 0, "no prune happened");
        assertGt(handler.basedBlocks(), 0, "no based block happened");
    }
}

/// @notice The valid moves and the hostile actors together: every invalid move is refused with
///         its named revert, whatever state the valid moves made.
/// forge-config: default.invariant.fail-on-revert = true
/// forge-config: default.invariant.depth = 50
/// forge-config: ci.invariant.fail-on-revert = true
contract RollupHostileInvariants is RollupInvariantsBase {
    RollupHostileHandler internal hostile;

    function setUp() public {
        handler = new RollupHandler();
        handler.init();
        hostile = new RollupHostileHandler(handler);
        _targetValidMoves();
        // Weighted like a third of the moves, so that every run attacks.
        bytes4[] memory attacks = new bytes4[](6);
        for (uint256 i = 0; i < attacks.length; ++i) {
            attacks[i] = RollupHostileHandler.attack.selector;
        }
        targetSelector(FuzzSelector({addr: address(hostile), selectors: attacks}));
        targetContract(address(hostile));
    }

    /// @custom:invariant Every claim of RollupInvariantsBase holds after every move and attack.
    function invariant_rollupSafetyUnderAttack() public view {
        _checkAll();
    }

    /// @custom:invariant Every attack kind was tried in every run.
    function afterInvariant() public view {
        assertGt(hostile.attacks(), 0, "no attack happened");
        assertEq(hostile.kindsTried(), hostile.allKinds(), "an attack kind was never tried");
    }
}
