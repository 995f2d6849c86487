// Package scenario runs named fault scenarios against a whole devnet (anvil, the contracts, a
// node per sequencer, provers and watchers, each its own process) and ends each with a pass or
// fail verdict and the evidence: the tips and events it observed, with times. `sptn devnet
// scenario NAME` runs one; `make scenarios` runs them all; `make test` runs a short set.
package scenario
