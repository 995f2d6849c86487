// Package balance watches the ETH balance of an agent's publisher key: below the floor it warns
// in the log (on the way down, then every WarnEvery while it stays low) and sets
// sptn_balance_low{account} (sptn_balance_floor_eth is the floor, balance.min-eth); a top-up is
// picked up at the next read, without a restart.
package balance
