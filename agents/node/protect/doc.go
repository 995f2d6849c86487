// Package protect is the node's slashing protection for its attester key: before the key signs a
// seal, an attestation or a registration, the signature must win a record keyed by (attester,
// duty, slot) holding the digest to be signed. The same digest may be signed again; another one
// for the same key is refused, and so is any slot at or below a high-water mark imported with a
// key's history (interchange.go).
//
// Two backends keep the records: Local, in the node's own store (the default: one copy of the
// node per key), and Postgres, a PostgreSQL database that every copy of a sequencer run for
// failover shares, so that only one copy signs for a slot. A copy that cannot reach the
// database does not sign (fail closed). Guard wraps either with a timeout, a metric and a log
// line for every refusal.
package protect
