// Package observe reads the state that the devnet's verdicts decide on, and holds the pure
// functions that decide over it: CometBFT blocks, commits and evidence over each node's RPC, a
// validator's key and last-sign state from its home, the nodes' pending blocks over their chain
// API, propose transactions, attestations and slashing events on L1. The scenarios
// (agents/devnet/scenario) and the chaos checker (agents/devnet/chaos) both build on it; nothing
// here greps a log.
package observe
