// Package testbreak switches off named guards in builds tagged sptn_broken, so that each devnet
// scenario can be shown to FAIL against the bug it exists to catch (its negative run, docs/devnet.md).
//
// In every other build On is a constant false that the compiler removes: the shipped binary has no
// switch to flip. A broken build reads the guards to switch off from SPTN_TEST_BREAK (a comma
// list) and from the file SPTN_TEST_BREAK_FILE names (re-read every 200 ms, so that a scenario
// runner can break a guard on a running devnet and mend it again).
package testbreak

// The environment a broken build reads.
const (
	EnvGuards = "SPTN_TEST_BREAK"
	EnvFile   = "SPTN_TEST_BREAK_FILE"
)

// Guards are the guards a broken build can switch off, with what breaking each one does.
var Guards = map[string]string{
	"publish":            "nodes never publish an attested block to L1",
	"skip-slot":          "a proposer seals a slot only on a pending tip of the slot just before (it waits for a missing proposer forever)",
	"quorum-all":         "nodes publish a block only with every committee member's attestation, not a quorum's",
	"double-sign":        "a restarted validator signs two conflicting prevotes (for nil and for a block) at its peers' height on each prevote and gossips them, ignoring its last-sign state",
	"fee-bump":           "the transaction manager never bumps the fees of a transaction stuck under a rising base fee",
	"follow-l1":          "nodes keep building on their pending tip when L1's assured tip is elsewhere (never re-anchor)",
	"clock-blocks":       "a node takes L1 time for the L1 blocks it counted (two a slot), as if L1 never missed a block",
	"reprove":            "a confirmed proof an L1 reorg removed is never sent again: the tx manager fills its nonce with a no-op and the prover takes the proof for landed",
	"slash-equivocation": "the watcher ignores two headers of one slot signed by one attester",
	"whole-committee":    "the watcher's pruned-epoch proposal names only the first committee member",
	"low-s":              "agents recover a signer from a high-s (malleable) signature too: a member's high-s attestation is accepted as a vote extension, collected and sent to L1",
	"squat":              "nodes take a validator-key registration without its proof of possession, even of a key bound to another attester",
	"one-seal-per-slot":  "nodes take a second seal of the pending tip's slot on top of the tip (a second block for one slot)",
	"fee-ceiling":        "nodes take a seal whose named prices are above the genesis fee ceiling (maxFeePerDaGas, maxFeePerL2Gas)",
}

// Known reports whether guard is a guard a broken build can switch off.
func Known(guard string) bool {
	_, ok := Guards[guard]
	return ok
}
