// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Test} from "forge-std/Test.sol";

import {ChainTips} from "../../contracts/interfaces/IRollup.sol";
import {Rollup} from "../../contracts/rollup/Rollup.sol";
import {RollupHandler} from "./handlers/RollupHandler.sol";

contract RollupInvariants is Test {
    RollupHandler internal handler;

    function setUp() public {
        handler = new RollupHandler();
        handler.init();
        bytes4[] memory selectors = new bytes4[](6);
        selectors[0] = RollupHandler.warp.selector;
        selectors[1] = RollupHandler.propose.selector;
        selectors[2] = RollupHandler.propose.selector;
        selectors[3] = RollupHandler.prove.selector;
        selectors[4] = RollupHandler.prune.selector;
        selectors[5] = RollupHandler.based.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
        targetContract(address(handler));
    }

    function _rollup() internal view returns (Rollup) {
        return Rollup(handler.target());
    }

    /// @custom:invariant The proven chain is a prefix of the assured chain.
    function invariant_provenIsPrefixOfAssured() public view {
        ChainTips memory t = _rollup().getTips();
        assertLe(t.provenNumber, t.assuredNumber);
        assertLe(t.provenSlot, t.assuredSlot);
        assertEq(t.provenHash, handler.ghostHash(t.provenNumber));
        assertEq(t.assuredHash, handler.ghostHash(t.assuredNumber));
    }

    /// @custom:invariant Every unproven assured block links to its parent and is stored as proposed.
    function invariant_assuredChainIsLinked() public view {
        ChainTips memory t = _rollup().getTips();
        for (uint256 n = t.provenNumber + 1; n <= t.assuredNumber; ++n) {
            assertEq(handler.ghostParent(n), handler.ghostHash(n - 1));
            assertEq(_rollup().getBlockHash(n), handler.ghostHash(n));
        }
    }

    /// @custom:invariant The campaign exercises every path (a guard against a handler that only
    ///                   ever returns early, which would make the other invariants vacuous).
    function afterInvariant() public view {
        assertGt(handler.proposes(), 0, "no propose happened");
    }

    /// @custom:invariant Tips move only by the rules: the proven tip never goes back, and the
    ///                   assured tip shrinks only to the proven tip.
    function invariant_tipsMoveOnlyByTheRules() public view {
        assertFalse(handler.provenWentBack());
        assertFalse(handler.assuredShrankWrongly());
    }
}
