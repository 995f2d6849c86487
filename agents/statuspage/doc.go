// Package statuspage serves the node's status page from embedded assets: the four chains' tips
// as they move, the current slot, epoch, committee and proposer, recent blocks with their
// attestation counts, and alerts (missed slots, a prune, a slash proposal). The page is static;
// it reads the node's chain API (/v1/tips, /v1/slot, /v1/blocks, /v1/events) from the same origin.
package statuspage
