package scenario

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"sort"

	"github.com/cometbft/cometbft/privval"
	"github.com/ethereum/go-ethereum/common"

	"github.com/sptn/sptn/agents/devnet/observe"
)

// The verdicts below decide on state the network left behind (CometBFT blocks, commits and
// evidence, a validator's last-sign state, L1 transactions and events), never on log lines. Each is
// a pure function over what observe.go reads, so that its unit test can feed it the failure it
// must catch.

// verdictError is a scenario's claim found false, as opposed to a harness error (an RPC that did
// not answer, a devnet that did not start): a negative run must end in one.
type verdictError struct{ msg string }

func (e *verdictError) Error() string { return e.msg }

// failf is a verdict: the scenario's claim does not hold.
func failf(format string, args ...any) error { return &verdictError{fmt.Sprintf(format, args...)} }

// setupErr turns a failed wait of a scenario's setup (the fault could not be put in place) into a
// harness error: it says nothing about the claim, and a negative run must not count it.
func setupErr(err error) error {
	if IsVerdict(err) {
		return fmt.Errorf("setting up the fault: %s", err.Error())
	}
	return err
}

// IsVerdict reports whether err is a scenario's claim found false.
func IsVerdict(err error) bool {
	var v *verdictError
	return errors.As(err, &v)
}

// privvalStepPrecommit is privval's step number of a precommit (its last-sign state's Step).
const privvalStepPrecommit = 3

// privvalCovers fails if the validator's last-sign state is below a vote it cast: the state is
// what keeps a restarted validator from signing that height, round and step again, so it must be
// on disk before the signature leaves.
func privvalCovers(st privval.FilePVLastSignState, votes []observe.Vote) error {
	for _, v := range votes {
		behind := st.Height < v.Height ||
			(st.Height == v.Height && st.Round < v.Round) ||
			(st.Height == v.Height && st.Round == v.Round && st.Step < privvalStepPrecommit)
		if behind {
			return failf("the last-sign state on disk (height %d, round %d, step %d) is below the key's %s: "+
				"a restart could sign it again", st.Height, st.Round, st.Step, v)
		}
	}
	return nil
}

// committedAbove counts the key's precommits for the committed block above height: a validator
// that votes again after a restart shows up in the commits after it.
func committedAbove(votes []observe.Vote, height int64) int {
	heights := map[int64]bool{}
	for _, v := range votes {
		if v.Height > height && !v.BlockID.IsZero() {
			heights[v.Height] = true
		}
	}
	return len(heights)
}

// tipRef is a chain tip by number and hash.
type tipRef struct {
	Number uint64
	Hash   common.Hash
}

func (t tipRef) String() string { return fmt.Sprintf("%d (%s)", t.Number, t.Hash) }

// sameTip fails unless a node's tip is L1's, by hash: the same number on another fork is not
// the same chain.
func sameTip(who string, node, l1 tipRef) error {
	if node.Hash != l1.Hash || node.Number != l1.Number {
		return failf("%s's assured tip is %s, L1's is %s", who, node, l1)
	}
	return nil
}

// sortedAddresses returns a copy of list in increasing order (the Slasher's order of validators).
func sortedAddresses(list []common.Address) []common.Address {
	out := slices.Clone(list)
	sort.Slice(out, func(i, j int) bool { return bytes.Compare(out[i][:], out[j][:]) < 0 })
	return out
}
