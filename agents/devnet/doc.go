// Package devnet runs an SPTN network on one machine: anvil as L1, the contract suite deployed by
// the forge scripts, and (as later parts land) the nodes, a prover and a watcher, each in its own
// process. Every child is started in its own process group with a parent-death signal, so that
// Ctrl-C, SIGTERM or even `kill -9` of sptn leaves no process behind.
package devnet
