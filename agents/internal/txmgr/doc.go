// Package txmgr is the transaction manager: one per key, safe for concurrent use, modelled on
// Optimism's op-service/txmgr. Send(ctx, TxCandidate) returns the receipt once the transaction
// sits Confirmations blocks deep.
//
// What it guarantees:
//   - It owns the nonce. Nonces are allocated, the transaction signed and the signed bytes
//     persisted in the store (synced) under one lock, and only then broadcast. A nonce is
//     handed out only for a persisted transaction, so a crash never leaves a gap, and a
//     persisted transaction is never forgotten, so the manager drives it to inclusion (or to
//     ErrReplaced) even if its caller has gone: an intent, once accepted, is committed.
//   - Idempotency: a candidate may carry an ID. A Send with an ID that is in flight waits for
//     that transaction; one that is done returns its receipt. A caller that retries after a
//     crash therefore never sends the same intent twice.
//   - EIP-1559 fees: tip = the node's suggestion clamped to [min tip, max tip], fee cap =
//     2 × base fee + tip, never above the max fee cap. Gas = eth_estimateGas × margin unless the
//     candidate sets it. A failed estimate (a revert) returns at once and uses no nonce.
//   - A transaction not mined within BumpAfterBlocks blocks is re-signed with tip and fee cap
//     both at least 10% (+1 wei) higher, the replacement minimum of geth's pool, and at least
//     what the current base fee needs; every version is persisted before it is broadcast,
//     and a receipt for any version counts. At the max fee cap it stops bumping and says so.
//   - A transaction the node no longer knows (dropped from the pool, or lost with a restarted
//     node) is rebroadcast; a receipt that a reorg removes puts the transaction back in flight
//     and it is rebroadcast; the receipt is returned only when the block at its height is
//     still the block that held it, Confirmations deep.
//   - A reorg deeper than that, which removes confirmed transactions (reverted or not), is
//     seen by L1's nonce falling below a nonce the manager confirmed: each such nonce goes back
//     in flight at once, its transaction re-signed (or, if it was not ours or its record is
//     pruned, a zero-value transfer to self), so no nonce gap ever holds later transactions,
//     even on a node that drops a reorged block's transactions. Revive does the same for one ID.
//   - Back-pressure: while MaxInFlight transactions are unconfirmed, Send waits before it
//     prices and before it takes a nonce.
//   - A nonce consumed by a transaction that is none of ours (another user of the same key)
//     fails the Send with ErrReplaced.
//   - On Start it reconciles by nonce: persisted transactions that are mined are tracked to
//     confirmation, the rest are rebroadcast, and the next nonce is the larger of the chain's
//     pending nonce and the highest persisted nonce plus one.
//
// Records of confirmed transactions are kept DoneRetention so idempotency keys keep working,
// then pruned at the next Start.
package txmgr
