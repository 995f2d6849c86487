// Package store is the agents' embedded key-value store: goleveldb (the store go-ethereum and
// CometBFT already use) behind a small interface, so that what an agent has committed to (for
// example the transaction manager's signed, in-flight transactions) survives a crash or kill -9.
//
// Every write is synced to disk before it returns: a caller that has been told "written" may
// act on it (broadcast a transaction, say) knowing the record outlives the process.
package store
