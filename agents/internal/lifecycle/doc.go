// Package lifecycle starts an agent from initX steps and stops it in reverse, modelled on
// op-service's cliapp lifecycle and op-proposer's service: each init step brings one thing up
// and pushes its stop function on a Stack; a failed step stops what was already up, in
// reverse; Run waits for SIGINT or SIGTERM (or the context) and stops everything within a
// bounded time, returning ErrStopTimeout if a stop step overruns. A second signal during the
// stop cancels the stop context so the steps give up at once.
package lifecycle
