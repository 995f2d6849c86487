// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Header, HeaderLib} from "../../../contracts/libraries/HeaderLib.sol";
import {RollupBase} from "../../rollup/helpers/RollupBase.sol";

/// @notice Drives a rollup through random sequences of valid moves only: time passing, proposes
///         (calldata and blob data), epoch proofs, prunes, based-fallback blocks, stakers joining
///         and leaving, reward claims on an unfunded or partly funded pool. Every move is valid
///         by the rules of docs/rollup.md, so a revert is a bug (the suites run with
///         fail_on_revert). Alongside, the handler keeps its own model of the chain, computed from
///         the rules and its own moves, never from the rollup's answers: the invariants compare
///         the two.
/// @dev A move that needs a precondition makes it first (prove proposes a block and waits for
///      its epoch to end; prune waits for the window to close; based waits for the fallback), so
///      every call of prove, prune and based does what it says, and afterInvariant can require
///      that each happened in every run.
contract RollupHandler is RollupBase {
    // ---- the model --------------------------------------------------------------------------
    uint256 public mAssured;
    uint256 public mAssuredSlot;
    uint256 public mProven;
    uint256 public mProvenSlot;
    /// @dev The slot of block mProven + 1 while mAssured > mProven.
    uint256 public mFirstUnprovenSlot;
    /// @notice Epochs the model pruned, and the epoch in which each was pruned.
    uint256[] public prunedEpochs;
    mapping(uint256 epoch => uint256) public prunedIn;
    mapping(uint256 epoch => bool) public mPruned;
    /// @notice keccak256 of each epoch's committee when it first became final.
    mapping(uint256 epoch => bytes32) public committeeHash;
    uint256 public committeesSeen;
    uint256 public credited;
    uint256 public paid;

    // ---- counters (afterInvariant requires the interesting ones) ------------------------------
    uint256 public proposes;
    uint256 public blobProposes;
    uint256 public proofs;
    uint256 public prunes;
    uint256 public basedBlocks;
    uint256 public churns;
    uint256 public claims;

    function init() external {
        setUp();
        _warpToSlot(1);
        _recordCommittees();
    }

    // ============================================================================================
    // Moves
    // ============================================================================================

    function warp(uint256 slots) external {
        vm.warp(block.timestamp + bound(slots, 1, 3 * EPOCH) * SLOT);
        _recordCommittees();
    }

    function propose(uint256 seed) external {
        _propose(seed);
        _recordCommittees();
    }

    /// @notice Proves the oldest unproven epoch (proposing a block first if nothing is unproven,
    ///         pruning first if its window closed, waiting for the epoch to end).
    function prove(uint256 seed) external {
        if (mAssured == mProven) {
            _propose(seed);
        } else if (epochNow() >= _pruneFromEpoch()) {
            rollup.prune();
            _modelPrune();
            _propose(seed);
        }
        uint256 epoch = mFirstUnprovenSlot / EPOCH;
        if (epochNow() <= epoch) _warpToSlot((epoch + 1) * EPOCH);
        (Header[] memory headers, bytes memory proof, uint256 count) = proofInputs(epoch);
        rollup.submitProof(epoch, headers, proof);
        mProven += count;
        mProvenSlot = headers[count - 1].slot;
        mFirstUnprovenSlot = headers.length > count ? headers[count].slot : 0;
        credited += count * (ASSURED_REWARD + PROVEN_REWARD);
        ++proofs;
        _recordCommittees();
    }

    /// @notice Prunes once the oldest unproven epoch's window has closed (proposing first if
    ///         nothing is unproven, and waiting for the window).
    function prune(uint256 seed) external {
        if (mAssured == mProven) _propose(seed);
        uint256 from = _pruneFromEpoch();
        if (epochNow() < from) _warpToSlot(from * EPOCH);
        rollup.prune();
        _modelPrune();
        _recordCommittees();
    }

    /// @notice A based-fallback block, as soon as the fallback opens.
    function based(uint256 seed) external {
        uint256 from = fallbackFrom();
        if (slotNow() < from) _warpToSlot(from);
        uint256 slot = slotNow();
        if (mAssured != mProven) _modelPrune(); // due, by the fallback's rule
        Header memory h = _header(mProven + 1, slot, ghostHash(mProven));
        bytes memory proof;
        if (seed % 2 == 0) {
            h.txsHash = _calldataCommitment(abi.encode(seed));
            proof = _basedProof(h);
            rollup.proposeBased(h, abi.encode(seed), proof);
        } else {
            bytes32[] memory vhs = _versionedHashes(seed);
            h.txsHash = _blobsCommitment(vhs);
            proof = _basedProof(h);
            vm.blobhashes(vhs);
            rollup.proposeBasedWithBlobs(h, proof);
        }
        headerOf[h.number] = h;
        mAssured = mProven = h.number;
        mAssuredSlot = mProvenSlot = slot;
        mFirstUnprovenSlot = 0;
        credited += ASSURED_REWARD + PROVEN_REWARD;
        ++basedBlocks;
        _recordCommittees();
    }

    /// @notice A sequencer joins, or (while more than a committee remain) one leaves.
    function churn(uint256 seed) external {
        uint256 active = staking.getActiveSetSize();
        if (seed % 2 == 0 && active > 4) {
            address[] memory set = staking.getActiveAttesters();
            _deactivate(set[seed % set.length]);
        } else {
            _addAttesters(1);
        }
        ++churns;
        _recordCommittees();
    }

    /// @notice The coinbase claims from a pool holding part of what it is owed, or nothing.
    function claim(uint256 seed) external {
        uint256 owed = rollup.rewardsOwed(coinbase);
        if (owed == 0) return; // claiming nothing is refused (Rollup__NoRewards)
        if (seed % 3 != 0) token.mint(address(pool), seed % (owed + 1));
        vm.prank(coinbase);
        paid += rollup.claimRewards();
        ++claims;
    }

    // ============================================================================================
    // The model's rules (docs/rollup.md), and views the hostile handler uses
    // ============================================================================================

    function slotNow() public view returns (uint256) {
        return (block.timestamp - GENESIS) / SLOT;
    }

    function epochNow() public view returns (uint256) {
        return slotNow() / EPOCH;
    }

    /// @notice Whether a propose now must prune first (the oldest unproven epoch's window closed).
    function pruneDue() public view returns (bool) {
        return mAssured != mProven && epochNow() >= _pruneFromEpoch();
    }

    /// @notice The first epoch in which the chain may be pruned (max while all is proven).
    function pruneFromEpoch() public view returns (uint256) {
        return mAssured == mProven ? type(uint256).max : _pruneFromEpoch();
    }

    /// @notice The first slot of the based fallback: fallbackSlots after the assured tip, and not
    ///         before the oldest unproven epoch's window has closed.
    function fallbackFrom() public view returns (uint256 from) {
        from = mAssuredSlot + _params().fallbackSlots;
        if (mAssured != mProven && _pruneFromEpoch() * EPOCH > from) {
            from = _pruneFromEpoch() * EPOCH;
        }
    }

    function ghostHash(uint256 number) public view returns (bytes32) {
        return number == 0 ? rollup.GENESIS_HASH() : HeaderLib.hashMemory(headerOf[number]);
    }

    function ghostHeader(uint256 number) external view returns (Header memory) {
        return headerOf[number];
    }

    function prunedEpochCount() external view returns (uint256) {
        return prunedEpochs.length;
    }

    /// @notice The header the rules expect in the current slot: on the assured tip, or on the
    ///         proven tip when a prune is due.
    function nextHeader() external view returns (Header memory) {
        uint256 parent = pruneDue() ? mProven : mAssured;
        return _header(parent + 1, slotNow(), ghostHash(parent));
    }

    /// @notice The header a based block would have now.
    function nextBasedHeader() external view returns (Header memory) {
        return _header(mProven + 1, slotNow(), ghostHash(mProven));
    }

    /// @notice submitProof's inputs for `epoch` from the model: the epoch's headers from the
    ///         proven tip + 1, the next block if there is one, the testnet proof and the count.
    function proofInputs(uint256 epoch)
        public
        view
        returns (Header[] memory withNext, bytes memory proof, uint256 count)
    {
        uint256 start = mProven + 1;
        uint256 end = start;
        while (end <= mAssured && headerOf[end].slot / EPOCH == epoch) {
            ++end;
        }
        count = end - start;
        bool hasNext = end <= mAssured;
        withNext = new Header[](count + (hasNext ? 1 : 0));
        Header[] memory epochHeaders = new Header[](count);
        for (uint256 i = 0; i < withNext.length; ++i) {
            withNext[i] = headerOf[start + i];
            if (i < count) epochHeaders[i] = headerOf[start + i];
        }
        proof = abi.encode(block.chainid, address(rollup), epoch, ghostHash(mProven), epochHeaders);
    }

    function attest(Header memory h, uint256[] memory indices)
        external
        view
        returns (bytes memory)
    {
        return _attest(h, indices);
    }

    function quorumIndices(uint256 slot) external view returns (uint256[] memory) {
        return _quorumIndices(slot);
    }

    function keyOfMember(address member) external view returns (uint256) {
        return keyOf[member];
    }

    function calldataCommitment(bytes memory txs) external pure returns (bytes32) {
        return _calldataCommitment(txs);
    }

    function blobsCommitment(bytes32[] memory vhs) external pure returns (bytes32) {
        return _blobsCommitment(vhs);
    }

    function coinbaseAddress() external view returns (address) {
        return coinbase;
    }

    function target() external view returns (address) {
        return address(rollup);
    }

    function params() external pure returns (uint256 proofWindowEpochs, uint256 fallbackSlots) {
        return (_params().proofWindowEpochs, _params().fallbackSlots);
    }

    // ============================================================================================
    // Internals
    // ============================================================================================

    function _propose(uint256 seed) internal {
        if (slotNow() <= mAssuredSlot) _warpToSlot(mAssuredSlot + 1);
        uint256 slot = slotNow();
        if (pruneDue()) _modelPrune();
        Header memory h = _header(mAssured + 1, slot, ghostHash(mAssured));
        uint256 mode = seed % 3;
        if (mode == 2) {
            bytes32[] memory vhs = _versionedHashes(seed);
            h.txsHash = _blobsCommitment(vhs);
            bytes memory att = _attest(h, _quorumIndices(slot));
            vm.blobhashes(vhs);
            rollup.proposeWithBlobs(h, att);
            ++blobProposes;
        } else {
            bytes memory txs = mode == 0 ? bytes("") : abi.encode("txs", seed);
            h.txsHash = _calldataCommitment(txs);
            rollup.propose(h, txs, _attest(h, _quorumIndices(slot)));
        }
        headerOf[h.number] = h;
        if (mAssured == mProven) mFirstUnprovenSlot = slot;
        mAssured = h.number;
        mAssuredSlot = slot;
        ++proposes;
    }

    function _header(uint256 number, uint256 slot, bytes32 parent)
        internal
        view
        returns (Header memory h)
    {
        h = Header({
            number: uint64(number),
            slot: uint64(slot),
            parentHash: parent,
            txsHash: _calldataCommitment(""),
            stateRoot: keccak256(abi.encode("state", number, slot)),
            inboxHash: bytes32(0),
            feePerDaGas: 7,
            feePerL2Gas: 3,
            coinbase: coinbase
        });
    }

    function _versionedHashes(uint256 seed) internal pure returns (bytes32[] memory vhs) {
        vhs = new bytes32[](1 + seed % 3);
        for (uint256 i = 0; i < vhs.length; ++i) {
            vhs[i] =
                bytes32((uint256(0x01) << 248) | (uint256(keccak256(abi.encode(seed, i))) >> 8));
        }
    }

    function _pruneFromEpoch() internal view returns (uint256) {
        return mFirstUnprovenSlot / EPOCH + 1 + _params().proofWindowEpochs;
    }

    function _modelPrune() internal {
        uint256 epoch = mFirstUnprovenSlot / EPOCH;
        if (!mPruned[epoch]) prunedEpochs.push(epoch);
        mPruned[epoch] = true;
        prunedIn[epoch] = epochNow();
        mAssured = mProven;
        mAssuredSlot = mProvenSlot;
        mFirstUnprovenSlot = 0;
        ++prunes;
    }

    /// @dev Records the committee of every epoch that became final since the last move.
    function _recordCommittees() internal {
        uint256 finalBelow = epochNow() + LAG;
        for (uint256 e = committeesSeen; e < finalBelow; ++e) {
            committeeHash[e] = keccak256(abi.encode(rollup.getEpochCommittee(e)));
        }
        if (finalBelow > committeesSeen) committeesSeen = finalBelow;
    }
}
