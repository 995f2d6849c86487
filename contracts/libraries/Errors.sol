// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

/// @title Errors
/// @notice Every custom error of the SPTN contracts, in one library so that agents decode reverts
///         from a single ABI. Names follow `Contract__Reason(values that caused it)`. One section per
///         contract.
library Errors {
    // ---- Rollup -------------------------------------------------------------------------------
    error Rollup__BeforeGenesis(uint256 timestamp, uint256 genesisTime);
    error Rollup__WrongSlot(uint256 expected, uint256 got);
    error Rollup__SlotNotAfterTip(uint256 slot, uint256 tipSlot);
    error Rollup__WrongBlockNumber(uint256 expected, uint256 got);
    error Rollup__WrongParent(bytes32 expected, bytes32 got);
    error Rollup__TxsHashMismatch(bytes32 expected, bytes32 got);
    error Rollup__EmptyCommittee(uint256 epoch);
    error Rollup__CommitteeNotFinal(uint256 epoch, uint256 currentEpoch);
    error Rollup__AttestationsMalformed(uint256 length);
    error Rollup__AttestationIndexOutOfRange(uint256 index, uint256 committeeSize);
    error Rollup__DuplicateOrUnsortedAttestation(uint256 previousIndex, uint256 index);
    error Rollup__SignatureMalleable(uint256 index, bytes32 s);
    error Rollup__InvalidSignature(uint256 index);
    error Rollup__AttesterMismatch(uint256 index, address expected, address recovered);
    error Rollup__InsufficientAttestations(uint256 have, uint256 need);
    error Rollup__ProposerAttestationMissing(uint256 slot, address proposer);
    error Rollup__TooManyUnprovenBlocks(uint256 number, uint256 provenNumber);
    error Rollup__NothingToProve();
    error Rollup__EpochNotComplete(uint256 epoch, uint256 currentEpoch);
    error Rollup__ProofWindowClosed(uint256 epoch, uint256 deadlineEpoch);
    error Rollup__ProofRangeMismatch(uint256 expectedStart, uint256 start);
    error Rollup__ProofHeaderMismatch(uint256 number, bytes32 stored, bytes32 given);
    error Rollup__ProofEpochMismatch(uint256 epoch, uint256 blockNumber, uint256 blockEpoch);
    error Rollup__ProofEmpty(uint256 epoch);
    error Rollup__ProofIncomplete(uint256 lastNumber, uint256 assuredNumber);
    error Rollup__InvalidProof(bytes32 publicInputsHash);
    error Rollup__NotPrunable(uint256 epoch, uint256 prunableFromEpoch);
    error Rollup__FallbackNotActive(uint256 slot, uint256 activeFromSlot);
    error Rollup__NoRewards(address account);
    error Rollup__InvalidParam(string name, uint256 value);
    error Rollup__BlockNotAvailable(uint256 number);

    // ---- CodeStore ----------------------------------------------------------------------------
    error CodeStore__DeployFailed(uint256 length);
}
