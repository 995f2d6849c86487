// Package load is the load generator behind `sptn load`: it submits opaque transactions of a given
// size at a given rate to one or more nodes' chain APIs, follows the chains' tips over the API's
// server-sent events, and reports the achieved throughput and the latency from submission to the
// pending, assured and proven chains.
package load
