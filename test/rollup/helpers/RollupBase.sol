// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Test} from "forge-std/Test.sol";

import {RewardPool} from "../../../contracts/incentives/RewardPool.sol";
import {IRewardPool} from "../../../contracts/interfaces/IRewardPool.sol";
import {ChainTips, RollupParams} from "../../../contracts/interfaces/IRollup.sol";
import {IStaking} from "../../../contracts/interfaces/IStaking.sol";
import {IVerifier} from "../../../contracts/interfaces/IVerifier.sol";
import {Header} from "../../../contracts/libraries/HeaderLib.sol";
import {HashChainVerifier} from "../../../contracts/rollup/HashChainVerifier.sol";
import {Rollup, RollupConfig} from "../../../contracts/rollup/Rollup.sol";
import {Staking} from "../../../contracts/staking/Staking.sol";
import {AZT} from "../../../contracts/token/AZT.sol";
import {SlasherStub} from "../../utils/SlasherStub.sol";

/// @notice Shared set-up of the rollup tests: a rollup over the real Staking and RewardPool, real
///         ECDSA keys for the attesters, and helpers that build headers, attestations and proofs.
abstract contract RollupBase is Test {
    uint256 internal constant T0 = 1_700_000_000;
    uint256 internal constant GENESIS = T0 + 1000;
    uint256 internal constant SLOT = 12;
    uint256 internal constant EPOCH = 8;
    uint256 internal constant LAG = 2;
    uint256 internal constant ASSURED_REWARD = 1e18;
    uint256 internal constant PROVEN_REWARD = 2e18;
    // secp256k1n / 2: signatures with s above it are malleable.
    uint256 internal constant HALF_N =
        0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;

    Rollup internal rollup;
    uint256 internal constant MIN_STAKE = 100e18;
    Staking internal staking;
    RewardPool internal pool;
    HashChainVerifier internal verifier;
    AZT internal token;
    address internal governance = makeAddr("governance");
    address internal coinbase = makeAddr("coinbase");

    address[] internal attesters;
    mapping(address => uint256) internal keyOf;
    mapping(uint256 number => Header) internal headerOf;

    function setUp() public virtual {
        vm.warp(T0);
        token = new AZT(address(this));
        pool = new RewardPool(token, address(this));
        staking = new Staking(token, address(pool), address(this), MIN_STAKE, 30 days);
        // Nobody stakes before a slasher is named (SlasherBase queues the real one later).
        staking.setInitialSlasher(address(new SlasherStub(0)));
        verifier = new HashChainVerifier();
        rollup = _deploy(4);
        pool.setRollup(address(rollup));
        _addAttesters(6);
    }

    function _params() internal pure returns (RollupParams memory) {
        return RollupParams({
            proposerTimeout: 6,
            fallbackSlots: 16,
            proofWindowEpochs: 1,
            assuredReward: uint128(ASSURED_REWARD),
            provenReward: uint128(PROVEN_REWARD)
        });
    }

    function _config(uint256 committeeSize) internal view returns (RollupConfig memory) {
        return RollupConfig({
            genesisTime: GENESIS,
            slotDuration: SLOT,
            epochDuration: EPOCH,
            lagEpochs: LAG,
            committeeSize: committeeSize,
            staking: IStaking(address(staking)),
            rewardPool: IRewardPool(address(pool)),
            verifier: IVerifier(address(verifier)),
            owner: governance,
            params: _params()
        });
    }

    function _deploy(uint256 committeeSize) internal returns (Rollup) {
        return new Rollup(_config(committeeSize));
    }

    function _addAttesters(uint256 n) internal {
        uint256 first = attesters.length;
        for (uint256 i = first; i < first + n; ++i) {
            (address a, uint256 key) = makeAddrAndKey(string.concat("attester-", vm.toString(i)));
            attesters.push(a);
            keyOf[a] = key;
            _activate(a);
        }
    }

    /// @notice `a` stakes the minimum for itself (withdrawer `a`: only the attester may open its
    ///         stake) and governance adds it to the active set.
    function _activate(address a) internal {
        token.mint(a, MIN_STAKE);
        vm.startPrank(a);
        token.approve(address(staking), MIN_STAKE);
        staking.stake(a, a, MIN_STAKE);
        vm.stopPrank();
        staking.activate(a);
    }

    /// @notice Removes `a` from the active set, as governance does.
    function _deactivate(address a) internal {
        staking.deactivate(a);
    }

    // ---- time -----------------------------------------------------------------------------------

    function _slotStart(uint256 slot) internal pure returns (uint256) {
        return GENESIS + slot * SLOT;
    }

    function _warpToSlot(uint256 slot) internal {
        vm.warp(_slotStart(slot));
    }

    function _warpToEpoch(uint256 epoch) internal {
        _warpToSlot(epoch * EPOCH);
    }

    // ---- headers and attestations ---------------------------------------------------------------

    function _tips() internal view returns (ChainTips memory) {
        return rollup.getTips();
    }

    /// @notice A header for the current slot on top of the assured tip.
    function _nextHeader() internal view returns (Header memory h) {
        ChainTips memory t = _tips();
        h = Header({
            number: uint64(t.assuredNumber + 1),
            slot: uint64(rollup.getCurrentSlot()),
            parentHash: t.assuredHash,
            txsHash: _calldataCommitment(""),
            stateRoot: keccak256(abi.encode("state", t.assuredNumber + 1)),
            inboxHash: bytes32(0),
            feePerDaGas: 7,
            feePerL2Gas: 3,
            coinbase: coinbase
        });
    }

    /// @notice header.txsHash of a block whose data travels as `txs` in the propose calldata:
    ///         keccak256(CALLDATA_TAG ‖ txs), written out here as docs/rollup.md states it.
    function _calldataCommitment(bytes memory txs) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(keccak256("sptn.rollup.da.calldata"), txs));
    }

    /// @notice header.txsHash of a block whose data travels in blobs with these versioned hashes:
    ///         keccak256(BLOBS_TAG ‖ versionedHashes).
    function _blobsCommitment(bytes32[] memory versionedHashes) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(keccak256("sptn.rollup.da.blobs"), versionedHashes));
    }

    function _sig(uint256 key, bytes32 digest) internal pure returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, digest);
        return abi.encodePacked(r, s, v);
    }

    /// @notice Attestations of the committee members at `indices` (ascending) over `h`.
    function _attest(Header memory h, uint256[] memory indices)
        internal
        view
        returns (bytes memory out)
    {
        address[] memory committee = rollup.getEpochCommittee(h.slot / EPOCH);
        bytes32 digest = rollup.attestationDigest(h);
        for (uint256 i = 0; i < indices.length; ++i) {
            out = bytes.concat(
                out, bytes1(uint8(indices[i])), _sig(keyOf[committee[indices[i]]], digest)
            );
        }
    }

    /// @notice The smallest quorum of committee indices that includes the slot's proposer.
    function _quorumIndices(uint256 slot) internal view returns (uint256[] memory indices) {
        uint256 k = rollup.getEpochCommittee(slot / EPOCH).length;
        (uint256 p,) = rollup.getProposerAt(slot);
        uint256 need = k * 2 / 3 + 1;
        indices = new uint256[](need);
        indices[0] = p;
        uint256 n = 1;
        for (uint256 i = 0; i < k && n < need; ++i) {
            if (i != p) indices[n++] = i;
        }
        _sort(indices);
    }

    function _sort(uint256[] memory a) internal pure {
        for (uint256 i = 1; i < a.length; ++i) {
            uint256 x = a[i];
            uint256 j = i;
            while (j > 0 && a[j - 1] > x) {
                a[j] = a[j - 1];
                --j;
            }
            a[j] = x;
        }
    }

    function _allIndices(uint256 k) internal pure returns (uint256[] memory indices) {
        indices = new uint256[](k);
        for (uint256 i = 0; i < k; ++i) {
            indices[i] = i;
        }
    }

    /// @notice Proposes `h` with a quorum that includes the proposer and records it.
    function _propose(Header memory h) internal {
        rollup.propose(h, "", _attest(h, _quorumIndices(h.slot)));
        headerOf[h.number] = h;
    }

    /// @notice Proposes a block in the current slot.
    function _proposeNext() internal returns (Header memory h) {
        h = _nextHeader();
        _propose(h);
    }

    /// @notice Proposes one block in each of `count` consecutive slots starting at `slot`.
    function _proposeRange(uint256 slot, uint256 count) internal {
        for (uint256 i = 0; i < count; ++i) {
            _warpToSlot(slot + i);
            _proposeNext();
        }
    }

    // ---- proofs ---------------------------------------------------------------------------------

    /// @notice The headers to pass to submitProof for `epoch`, and the testnet proof of them.
    function _proofInputs(uint256 epoch)
        internal
        view
        returns (Header[] memory withNext, bytes memory proof)
    {
        ChainTips memory t = _tips();
        uint256 start = t.provenNumber + 1;
        uint256 end = start;
        while (end <= t.assuredNumber && headerOf[end].slot / EPOCH == epoch) {
            ++end;
        }
        // [start, end) are the epoch's blocks; `end` is the next block if there is one.
        uint256 count = end - start;
        bool hasNext = end <= t.assuredNumber;
        withNext = new Header[](count + (hasNext ? 1 : 0));
        Header[] memory epochHeaders = new Header[](count);
        for (uint256 i = 0; i < withNext.length; ++i) {
            withNext[i] = headerOf[start + i];
            if (i < count) epochHeaders[i] = headerOf[start + i];
        }
        proof = abi.encode(block.chainid, address(rollup), epoch, t.provenHash, epochHeaders);
    }

    function _prove(uint256 epoch) internal {
        (Header[] memory headers, bytes memory proof) = _proofInputs(epoch);
        rollup.submitProof(epoch, headers, proof);
    }

    function _basedProof(Header memory h) internal view returns (bytes memory) {
        Header[] memory one = new Header[](1);
        one[0] = h;
        return abi.encode(block.chainid, address(rollup), h.slot / EPOCH, h.parentHash, one);
    }
}
