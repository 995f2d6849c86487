// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {SuiteFixture} from "../utils/SuiteFixture.sol";
import {TokenHandler} from "./TokenHandler.sol";

contract TokenInvariants is SuiteFixture {
    TokenHandler internal handler;

    function setUp() public override {
        super.setUp();
        address[] memory others = new address[](7);
        others[0] = deployer;
        others[1] = holder;
        others[2] = admin;
        others[3] = address(tlg);
        others[4] = address(sptnGovernance);
        others[5] = address(registry);
        others[6] = makeAddr("stranger");
        handler = new TokenHandler(tlg, holder, others);
        targetContract(address(handler));
    }

    /// @custom:invariant Only the TLG mints: the supply is the genesis plus what passed proposals
    ///                   minted, and no direct mint by anyone else ever succeeded.
    function invariant_onlyTheTlgMints() public view {
        assertFalse(handler.ghostForeignMint());
        assertEq(token.totalSupply(), GENESIS + handler.ghostMintedByProposals());
    }

    /// @custom:invariant The timelock stays AZT's owner, with no pending owner.
    function invariant_timelockOwnsToken() public view {
        assertFalse(handler.ghostForeignOwnership());
        assertEq(token.owner(), address(timelock));
        assertEq(token.pendingOwner(), address(0));
    }
}
