// Package l1 is the agents' L1 client: go-ethereum's ethclient over an HTTP transport built from
// go-retryablehttp (per-attempt timeouts, exponential backoff with full jitter) and a failover
// layer that moves to the next RPC endpoint when one fails. Dial checks the chain id of every
// reachable endpoint and refuses a mismatch; every method bounds its call with a timeout even
// when the caller's context has none; Ready is the /readyz check (reachable, right chain id,
// head fresh).
//
// Failover is sticky: after a failure the client stays on the next endpoint until that one
// fails in turn (it does not fail back to the first when it recovers), so that it never flaps
// between endpoints whose views of the head differ. Endpoints unreachable at Dial are not
// chain-id checked then; Ready checks the chain id of whichever endpoint is in use, so a
// wrong one fails /readyz.
//
// Client implements bind.ContractBackend (except log subscriptions, which need a websocket),
// so generated bindings can use it directly.
package l1
