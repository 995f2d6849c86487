// Package statuspage serves the node's status page from embedded assets: the four chains' tips
// as they move, the current slot, epoch, committee and proposer, the recent blocks with their
// transactions, attestations and status, and alerts derived from the tips (slots without a
// block, the assured or proven chain going back). The page is static; it reads the node's chain
// API (/v1/slot, /v1/blocks, /v1/events; docs/api.md) from the same origin. Its test drives it
// in headless Chromium against a stand-in whose answers the API's schema checks; the node's
// TestChainAPIOnALiveNetwork drives it against a real network.
package statuspage
