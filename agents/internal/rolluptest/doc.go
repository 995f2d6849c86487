// Package rolluptest is for tests only: one devnet (a real anvil with the whole suite deployed
// and sequencers added) shared by a package's tests, reset between them with evm_snapshot and
// evm_revert, and helpers that act as the committee: sign attestations with the sequencers' test
// keys and propose blocks, so that the prover and the watcher can be tested without the node.
package rolluptest
