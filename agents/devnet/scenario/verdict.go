package scenario

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	cmtcrypto "github.com/cometbft/cometbft/crypto"
	"github.com/cometbft/cometbft/privval"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sptn/sptn/agents/internal/protocol"
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

// validatorKey is a CometBFT validator's identity.
type validatorKey struct {
	Address cmttypes.Address
	PubKey  cmtcrypto.PubKey
}

// signedVote is one vote of a key seen in a commit: its precommit at Height and Round for
// BlockID (zero for nil), in the commit From (a node's name) holds.
type signedVote struct {
	Height  int64
	Round   int32
	BlockID cmttypes.BlockID
	From    string
}

func (v signedVote) String() string {
	id := "nil"
	if !v.BlockID.IsZero() {
		id = v.BlockID.Hash.String()
	}
	return fmt.Sprintf("precommit at height %d round %d for %s (in %s's commit)", v.Height, v.Round, id, v.From)
}

// precommitsOf returns key's precommits in commits (those node from holds), each signature
// checked against the key: a signature of the key that does not verify is an error, since
// nobody else can sign as the key and a commit must not carry one.
func precommitsOf(chainID string, key validatorKey, from string, commits []*cmttypes.Commit) ([]signedVote, error) {
	var out []signedVote
	for _, c := range commits {
		if c == nil {
			continue
		}
		for i, s := range c.Signatures {
			if s.BlockIDFlag == cmttypes.BlockIDFlagAbsent || !bytes.Equal(s.ValidatorAddress, key.Address) {
				continue
			}
			if !key.PubKey.VerifySignature(c.VoteSignBytes(chainID, int32(i)), s.Signature) {
				return out, fmt.Errorf("%s's commit of height %d carries a signature of %s that does not verify", from, c.Height, key.Address)
			}
			out = append(out, signedVote{Height: c.Height, Round: c.Round, BlockID: s.BlockID(c.BlockID), From: from})
		}
	}
	return out, nil
}

// conflictingVotes lists every height and round at which votes of one key name two different
// blocks (a block and nil included): a double sign, whichever node's commit showed each.
func conflictingVotes(votes []signedVote) []string {
	type hr struct {
		h int64
		r int32
	}
	first := map[hr]signedVote{}
	var out []string
	for _, v := range votes {
		k := hr{v.Height, v.Round}
		f, ok := first[k]
		if !ok {
			first[k] = v
			continue
		}
		if !f.BlockID.Equals(v.BlockID) {
			out = append(out, fmt.Sprintf("double sign: %s and %s", f, v))
			first[k] = v
		}
	}
	return out
}

// evidenceAgainst lists the double-sign evidence against addr committed in blocks.
func evidenceAgainst(blocks []*cmttypes.Block, addr cmttypes.Address) []string {
	var out []string
	for _, b := range blocks {
		if b == nil {
			continue
		}
		for _, ev := range b.Evidence.Evidence {
			switch e := ev.(type) {
			case *cmttypes.DuplicateVoteEvidence:
				if e.VoteA != nil && bytes.Equal(e.VoteA.ValidatorAddress, addr) {
					out = append(out, fmt.Sprintf("block %d holds duplicate-vote evidence against %s: %s",
						b.Height, addr, strings.ReplaceAll(e.String(), "\n", " ")))
				}
			case *cmttypes.LightClientAttackEvidence:
				for _, v := range e.ByzantineValidators {
					if bytes.Equal(v.Address, addr) {
						out = append(out, fmt.Sprintf("block %d holds light-client-attack evidence naming %s", b.Height, addr))
					}
				}
			}
		}
	}
	return out
}

// privvalStepPrecommit is privval's step number of a precommit (its last-sign state's Step).
const privvalStepPrecommit = 3

// privvalCovers fails if the validator's last-sign state is below a vote it cast: the state is
// what keeps a restarted validator from signing that height, round and step again, so it must be
// on disk before the signature leaves.
func privvalCovers(st privval.FilePVLastSignState, votes []signedVote) error {
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
func committedAbove(votes []signedVote, height int64) int {
	heights := map[int64]bool{}
	for _, v := range votes {
		if v.Height > height && !v.BlockID.IsZero() {
			heights[v.Height] = true
		}
	}
	return len(heights)
}

// l1Attestation is one attestation of an attester found in a propose transaction on L1, mined
// successfully or not (a signature is evidence wherever it appears).
type l1Attestation struct {
	Slot   uint64
	Header common.Hash
	Tx     common.Hash
	Block  uint64
}

// attestationsIn returns attester's attestations in the propose calls among txs (mined in L1
// block `block`): every attestation whose signature over the header's EIP-712 digest recovers
// to attester, whatever its committee index says.
func attestationsIn(domain protocol.Domain, attester common.Address, block uint64, txs []*types.Transaction) []l1Attestation {
	var out []l1Attestation
	for _, tx := range txs {
		if tx.To() == nil || *tx.To() != domain.Rollup {
			continue
		}
		call, err := protocol.DecodeProposeCall(tx.Data())
		if err != nil {
			continue // not a propose
		}
		digest := domain.AttestationDigest(call.Header)
		for _, a := range call.Attestations {
			if signer, err := protocol.RecoverSigner(digest, a.Signature); err == nil && signer == attester {
				out = append(out, l1Attestation{Slot: call.Header.Slot, Header: protocol.HeaderHash(call.Header), Tx: tx.Hash(), Block: block})
				break
			}
		}
	}
	return out
}

// equivocations lists every slot for which atts hold two different headers: the attester
// equivocated (the same header published twice is not).
func equivocations(atts []l1Attestation) []string {
	bySlot := map[uint64]l1Attestation{}
	var out []string
	for _, a := range atts {
		f, ok := bySlot[a.Slot]
		if !ok {
			bySlot[a.Slot] = a
			continue
		}
		if f.Header != a.Header {
			out = append(out, fmt.Sprintf("slot %d: header %s (tx %s, L1 block %d) and header %s (tx %s, L1 block %d)",
				a.Slot, f.Header, f.Tx, f.Block, a.Header, a.Tx, a.Block))
		}
	}
	return out
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
