// Package app is the ABCI++ application of the pending chain: the deterministic state machine
// that CometBFT replicates across the epoch's committee.
//
// The pending chain holds four kinds of transactions: L2 user transactions (an opaque payload
// with fee fields), which wait in a pool; a seal, with which the slot's designated proposer turns
// pool transactions into the L2 block of its slot; the committee of an epoch as L1 fixed it; and
// the attestations of a sealed block, collected from the CometBFT vote extensions of the height
// that sealed it. Every node therefore stores, deterministically, each pending block with the
// EIP-712 signatures the rollup contract needs to assure it.
//
// State lives in the agent runtime's store under the "app/" prefix; a block's writes are
// collected in memory by FinalizeBlock and written in one synced batch by Commit, so Info always
// reports a height whose state is complete and CometBFT's handshake replays the rest.
package app
