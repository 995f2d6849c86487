// Package node is `sptn node`: a sequencer node that runs a CometBFT validator in process with
// the pending chain's ABCI++ application (package app), seals the L2 block of each slot it is the
// designated proposer of, publishes attested pending blocks to the L1 rollup through the
// runtime's transaction manager, and serves the chain API. See docs/node.md.
package node
