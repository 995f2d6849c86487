package observe

import (
	"bytes"
	"fmt"
	"strings"

	cmtcrypto "github.com/cometbft/cometbft/crypto"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sptn/sptn/agents/internal/protocol"
)

// The functions below decide on state (CometBFT commits and evidence, L1 transactions): each is
// pure over what the readers of this package return, so that a unit test can feed it the failure
// it must catch.

// ValidatorKey is a CometBFT validator's identity.
type ValidatorKey struct {
	Address cmttypes.Address
	PubKey  cmtcrypto.PubKey
}

// Vote is one vote of a key seen in a commit: its precommit at Height and Round for BlockID (zero
// for nil), in the commit that From (a node's name) holds.
type Vote struct {
	Height  int64
	Round   int32
	BlockID cmttypes.BlockID
	From    string
}

func (v Vote) String() string {
	id := "nil"
	if !v.BlockID.IsZero() {
		id = v.BlockID.Hash.String()
	}
	return fmt.Sprintf("precommit at height %d round %d for %s (in %s's commit)", v.Height, v.Round, id, v.From)
}

// Precommits returns key's precommits in commits (those node from holds), each signature checked
// against the key: a signature of the key that does not verify is an error, since nobody else can
// sign as the key and a commit must not carry one.
func Precommits(chainID string, key ValidatorKey, from string, commits []*cmttypes.Commit) ([]Vote, error) {
	var out []Vote
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
			out = append(out, Vote{Height: c.Height, Round: c.Round, BlockID: s.BlockID(c.BlockID), From: from})
		}
	}
	return out, nil
}

// ConflictingVotes lists every height and round at which votes of one key name two different
// blocks (a block and nil included): a double sign, whichever node's commit showed each.
func ConflictingVotes(votes []Vote) []string {
	type hr struct {
		h int64
		r int32
	}
	first := map[hr]Vote{}
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

// EvidenceAgainst lists the double-sign evidence against addr committed in blocks.
func EvidenceAgainst(blocks []*cmttypes.Block, addr cmttypes.Address) []string {
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

// L1Attestation is one attestation found in a propose transaction on L1, mined successfully or
// not (a signature is evidence wherever it appears): Attester signed Header of Slot.
type L1Attestation struct {
	Attester common.Address
	Slot     uint64
	Header   common.Hash
	Tx       common.Hash
	Block    uint64
}

// Attestations returns every attestation in the propose calls among txs (mined in L1 block
// `block`) whose signature over the header's EIP-712 digest recovers: each with the address it
// recovers to, whatever its committee index says.
func Attestations(domain protocol.Domain, block uint64, txs []*types.Transaction) []L1Attestation {
	var out []L1Attestation
	for _, tx := range txs {
		if tx.To() == nil || *tx.To() != domain.Rollup {
			continue
		}
		call, err := protocol.DecodeProposeCall(tx.Data())
		if err != nil {
			continue // not a propose
		}
		digest := domain.AttestationDigest(call.Header)
		header := protocol.HeaderHash(call.Header)
		seen := map[common.Address]bool{}
		for _, a := range call.Attestations {
			signer, err := protocol.RecoverSigner(digest, a.Signature)
			if err != nil || seen[signer] {
				continue
			}
			seen[signer] = true
			out = append(out, L1Attestation{Attester: signer, Slot: call.Header.Slot, Header: header, Tx: tx.Hash(), Block: block})
		}
	}
	return out
}

// AttestationsOf is Attestations of one attester.
func AttestationsOf(domain protocol.Domain, attester common.Address, block uint64, txs []*types.Transaction) []L1Attestation {
	var out []L1Attestation
	for _, a := range Attestations(domain, block, txs) {
		if a.Attester == attester {
			out = append(out, a)
		}
	}
	return out
}

// Signed is one header an attester signed for a slot, and where it was seen (an L1 transaction,
// a node's pending block).
type Signed struct {
	Attester common.Address
	Slot     uint64
	Header   common.Hash
	Where    string
}

// SlotIndex remembers the first header each attester was seen signing for each slot, so that a
// second, different one is found as it comes (an equivocation); the same header seen again is
// not one.
type SlotIndex struct {
	first map[attesterSlot]Signed
}

type attesterSlot struct {
	attester common.Address
	slot     uint64
}

// Add records s and returns the equivocation it completes, if any.
func (x *SlotIndex) Add(s Signed) (string, bool) {
	if x.first == nil {
		x.first = map[attesterSlot]Signed{}
	}
	k := attesterSlot{s.Attester, s.Slot}
	f, ok := x.first[k]
	if !ok {
		x.first[k] = s
		return "", false
	}
	if f.Header == s.Header {
		return "", false
	}
	return fmt.Sprintf("%s signed two headers for slot %d: header %s (%s) and header %s (%s)",
		s.Attester, s.Slot, f.Header, f.Where, s.Header, s.Where), true
}

// Equivocations lists every attester and slot for which atts hold two different headers: the
// attester equivocated (the same header published twice is not).
func Equivocations(atts []L1Attestation) []string {
	var (
		x   SlotIndex
		out []string
	)
	for _, a := range atts {
		if msg, ok := x.Add(Signed{Attester: a.Attester, Slot: a.Slot, Header: a.Header,
			Where: fmt.Sprintf("tx %s, L1 block %d", a.Tx, a.Block)}); ok {
			out = append(out, msg)
		}
	}
	return out
}
