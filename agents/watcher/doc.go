// Package watcher is `sptn watcher`: it follows L1, detects faults, and turns them into slashing
// actions on the deployment's Slasher, each exactly once.
//
// Faults it detects:
//   - an epoch pruned unproven (Rollup ChainPruned logs, confirmed with isEpochPruned): it files
//     a proposal to slash and kick the epoch's committee, which token holders vote on;
//   - equivocation: one attester's signatures over two different headers of one slot, read
//     from HeaderSources (L1Source reads every propose transaction to the rollup, reverted ones
//     included; the pending chain's API is another source once the node serves it): it slashes
//     the attester without a vote (Slasher.slashEquivocation) and, if configured, also files a
//     voted proposal;
//   - a proposer whose named fee prices exceed the watcher's policy: reported in logs and
//     metrics only, since the Slasher has no evidence kind for it.
//
// Exactly once: what was done for each evidence key (the Slasher's canonical key) is persisted
// in the store, so a restart never acts twice; before sending, the Slasher is asked whether a
// proposal already exists for the key (proposalsFor; for an inactivity window, its own proposal
// in the ProposalFiled logs, since there every watcher files its own) or the equivocation was
// already slashed, so several watchers do not either; and each transaction's txmgr idempotency key is
// derived from the evidence key, so a watcher killed between sending and recording waits for
// the transaction it already sent. A race that two watchers' estimates cannot see (both in one
// block) ends in a revert (Slasher__EvidenceInUse, Slasher__EquivocationAlreadySlashed) that is
// recorded as done by another watcher.
//
// With watcher.vote set, the watcher also votes, from its key, for proposals on evidence it has
// verified itself. See docs/watcher.md.
package watcher
