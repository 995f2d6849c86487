// Package app is the ABCI++ application of the pending chain: the deterministic state machine
// that CometBFT replicates across the epoch's committee.
//
// The pending chain holds five kinds of transactions: L2 user transactions (an opaque payload
// with fee fields), which wait in a pool; a seal, with which the slot's designated proposer turns
// pool transactions into the L2 block of its slot; the committee of an epoch as L1 fixed it; the
// attestations of a sealed block, collected from the CometBFT vote extensions of the height that
// sealed it; and a committee member's registration of its CometBFT validator key. Every node
// therefore stores, deterministically, each pending block with the EIP-712 signatures the rollup
// contract needs to assure it.
//
// The files follow what each part may depend on: checktx.go is the mempool's admission (cheap,
// stateless checks first, local policy); exec.go is execution, pure (no clock, no L1, no node
// config: the genesis params of params.go and the rollup's immutables only); proposal.go is
// PrepareProposal and ProcessProposal, which execute before they read L1, bounded; vote.go is
// the attestations and this node's persisted signing state; abci.go is InitChain, FinalizeBlock,
// Commit and the app hash.
//
// State lives in the agent runtime's store under the "app/" prefix; a block's writes are
// collected in memory by FinalizeBlock and written in one synced batch by Commit, so Info always
// reports a height whose state is complete and CometBFT's handshake replays the rest.
package app
