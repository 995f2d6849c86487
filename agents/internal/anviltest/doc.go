// Package anviltest starts a real anvil (the pinned binary under node_modules) for integration
// tests: on a free 127.0.0.1 port, stopped in t.Cleanup, with helpers for the anvil_* and evm_*
// methods the tests use to mine, reorg, drop transactions, spike fees and take the RPC down.
//
// It is for tests only; nothing outside _test.go files imports it.
package anviltest
