// Package gov is what a token holder needs to take part in slashing votes (`sptn gov`): list
// the Slasher's proposals with their state and tally, vote on one, and execute one that passed.
// Votes and executions go through the transaction manager under idempotency keys naming the
// Slasher and the proposal, so a repeated command never sends twice.
package gov
