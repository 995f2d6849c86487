// Package balance watches the ETH balance of an agent's publisher key: below the floor it warns
// in the log (on the way down, then every WarnEvery while it stays low) and sets
// sptn_balance_low; a top-up is picked up at the next read, without a restart.
package balance
