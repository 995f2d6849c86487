// Package prover is `sptn prover`: it follows the assured chain on L1, rebuilds each completed,
// unproven epoch's headers from the calldata of the propose transactions that BlockProposed logs
// name, builds the epoch's proof for the rollup's verifier (today the testnet HashChainVerifier,
// see protocol.HashChainProof) and submits it within the proof window through the transaction
// manager.
//
// The service is the shared agent runtime (agent.Runtime) plus one step that starts the Driver.
// The Driver is a polling loop; each tick reads the L1 head and the rollup's tips at that head,
// indexes new BlockProposed logs, and proves the oldest unproven epoch once it is complete.
//
// Several provers may race for one epoch. A prover checks the tips before it builds a proof, the
// transaction manager's gas estimate refuses a proof that another prover landed first
// (Rollup__NothingToProve or Rollup__ProofRangeMismatch, reported as "already proven"), and a
// proof mined after another one landed in the same block reverts and is reported the same way.
// A proof removed by an L1 reorg deeper than txmgr.confirmations shows up as tips that went back
// (the receipt of the proof's idempotency key is gone); the proof is then resubmitted under the
// next attempt's key. See docs/prover.md.
package prover
