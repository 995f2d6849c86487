// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {EvidenceKind, Inactivity} from "../../contracts/interfaces/ISlasher.sol";
import {SlasherBase} from "./SlasherBase.sol";

/// @notice Gas of the Slasher's calls on the real rollup (committee of 4), written to
///         snapshots/Slasher.json by forge (`forge test --match-path test/slashing/SlasherGas.t.sol`)
///         and checked into the repository so that a change shows up in review.
contract SlasherGasTest is SlasherBase {
    uint256 internal constant E = 2;

    function setUp() public override {
        super.setUp();
        _pruneEpoch(E);
    }

    /// @dev Each measured call starts with the contracts' storage cold, as in its own
    ///      transaction.
    function _cold() internal {
        vm.cool(address(slasher));
        vm.cool(address(staking));
        vm.cool(address(token));
        vm.cool(address(rollup));
        vm.cool(address(pool));
    }

    function test_file_gas_succeeds() public {
        address[] memory c = _sortedCommittee(E);
        _cold();
        vm.prank(filer);
        slasher.file(c, EvidenceKind.PRUNED_EPOCH, abi.encode(E));
        vm.snapshotGasLastCall("Slasher", "file_prunedEpoch_4validators");
    }

    /// @dev Inactivity over two epochs: two committee reads, the record not read on chain.
    function test_file_inactivity_gas_succeeds() public {
        _warpToEpoch(E + 3);
        address[] memory c = _sortedCommittee(E + 1);
        bytes memory evidence =
            abi.encode(Inactivity({firstEpoch: E + 1, lastEpoch: E + 2, record: keccak256("r")}));
        _cold();
        vm.prank(filer);
        slasher.file(c, EvidenceKind.INACTIVITY, evidence);
        vm.snapshotGasLastCall("Slasher", "file_inactivity_4validators_2epochs");
    }

    /// @dev Execution of a passed INACTIVITY proposal naming 4 over two epochs: the per-validator
    ///      overlap check and record, then the slash and kick of each.
    function test_execute_inactivity_gas_succeeds() public {
        _warpToEpoch(E + 3);
        address[] memory c = _sortedCommittee(E + 1);
        bytes memory evidence =
            abi.encode(Inactivity({firstEpoch: E + 1, lastEpoch: E + 2, record: keccak256("r")}));
        vm.prank(filer);
        uint256 id = slasher.file(c, EvidenceKind.INACTIVITY, evidence);
        _pass(id);
        _cold();
        slasher.execute(id);
        vm.snapshotGasLastCall("Slasher", "execute_inactivity_4validators_2epochs");
    }

    function test_castVote_gas_succeeds() public {
        uint256 id = _filePruned(E);
        _warpToVoteStart(id);
        _vote(id, bob, false);
        _cold();
        _vote(id, alice, true);
        vm.snapshotGasLastCall("Slasher", "castVote");
    }

    function test_execute_gas_succeeds() public {
        uint256 id = _filePruned(E);
        _pass(id);
        _cold();
        slasher.execute(id);
        vm.snapshotGasLastCall("Slasher", "execute_4validators_slashAndKick");
    }

    function test_settleBond_gas_succeeds() public {
        uint256 id = _filePruned(E);
        _warpPastVote(id);
        _cold();
        slasher.settleBond(id);
        vm.snapshotGasLastCall("Slasher", "settleBond_forfeit");
    }

    function test_slashEquivocation_gas_succeeds() public {
        address member = rollup.getEpochCommittee(E)[0];
        _cold();
        slasher.slashEquivocation(_equivocation(member, E * EPOCH));
        vm.snapshotGasLastCall("Slasher", "slashEquivocation");
    }
}
