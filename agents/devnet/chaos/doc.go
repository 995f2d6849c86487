// Package chaos runs a seeded chaos soak on a devnet (`sptn devnet chaos`): a nemesis injects
// faults drawn from a seed (kill -9 and restart, stop and start, L1 reorgs, fee spikes, missed L1
// blocks, partitions between hosts), never more than a third of the committee faulted at once,
// while a checker reads the nodes' chain APIs, CometBFT's RPC and L1 all along and reports every
// violation of the network's invariants with its time, the seed and the faults before it. Light
// load runs throughout and every transaction the API accepted is accounted for at the end.
//
// The same seed, duration, fault count and profile give the same schedule (NewPlan is pure). The
// invariants are pure types fed by the readers (check.go), each with a unit test that feeds it the
// violation it must catch; the readers share package observe with the scenarios.
package chaos
