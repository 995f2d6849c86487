// Package signer is the remote signer of a CometBFT validator key: a cmttypes.PrivValidator whose
// last-sign state (CometBFT's FilePV rules) lives in the slashing-protection database, so that
// any number of signers, each serving any number of copies of the node over CometBFT's
// remote-signer protocol (priv_validator_laddr), sign at most one message per (height, round,
// step). Run serves it to the nodes (`sptn node signer`); docs/operators.md has the design.
package signer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/cometbft/cometbft/crypto"
	"github.com/cometbft/cometbft/libs/protoio"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/cosmos/gogoproto/proto"

	"github.com/sptn/sptn/agents/node/protect"
)

// CometBFT FilePV's steps.
const (
	stepPropose   int8 = 1
	stepPrevote   int8 = 2
	stepPrecommit int8 = 3
)

// state is where the last-sign state lives (*protect.Postgres).
type state interface {
	SignValidator(ctx context.Context, pubkey []byte, at protect.HRS, signBytes []byte, d protect.Decide) ([]byte, *protect.LastSign, error)
}

// PrivValidator signs with a key held in memory and the last-sign state in the database.
type PrivValidator struct {
	key     crypto.PrivKey
	st      state
	timeout time.Duration
}

var _ cmttypes.PrivValidator = (*PrivValidator)(nil)

// New is a PrivValidator over key with its state in st; timeout bounds each database
// transaction (0: 2 s).
func New(key crypto.PrivKey, st state, timeout time.Duration) *PrivValidator {
	if timeout <= 0 {
		timeout = 2 * time.Second
	}
	return &PrivValidator{key: key, st: st, timeout: timeout}
}

// GetPubKey implements cmttypes.PrivValidator.
func (pv *PrivValidator) GetPubKey() (crypto.PubKey, error) { return pv.key.PubKey(), nil }

func (pv *PrivValidator) pub() []byte { return pv.key.PubKey().Bytes() }

// SignVote implements cmttypes.PrivValidator as CometBFT's FilePV does: the vote extension of a
// non-nil precommit is signed afresh every time (extensions are not deterministic), the vote
// itself once per (height, round, step), its signature answered again for the same vote or one
// that differs only in the timestamp (then with the first timestamp).
func (pv *PrivValidator) SignVote(chainID string, vote *cmtproto.Vote) error {
	var step int8
	switch vote.Type {
	case cmtproto.PrevoteType:
		step = stepPrevote
	case cmtproto.PrecommitType:
		step = stepPrecommit
	default:
		return fmt.Errorf("signer: unknown vote type %v", vote.Type)
	}
	var extSig []byte
	if vote.Type == cmtproto.PrecommitType && !cmttypes.ProtoBlockIDIsNil(&vote.BlockID) {
		var err error
		if extSig, err = pv.key.Sign(cmttypes.VoteExtensionSignBytes(chainID, vote)); err != nil {
			return err
		}
	} else if len(vote.Extension) > 0 {
		return errors.New("signer: unexpected vote extension: extensions are only allowed in non-nil precommits")
	}
	signBytes := cmttypes.VoteSignBytes(chainID, vote)
	ctx, cancel := context.WithTimeout(context.Background(), pv.timeout)
	defer cancel()
	sig, last, err := pv.st.SignValidator(ctx, pv.pub(), protect.HRS{Height: vote.Height, Round: vote.Round, Step: step}, signBytes,
		protect.Decide{Reuse: sameVote, Sign: pv.key.Sign})
	if err != nil {
		return err
	}
	if !bytes.Equal(last.SignBytes, signBytes) {
		var v cmtproto.CanonicalVote
		if err := protoio.UnmarshalDelimited(last.SignBytes, &v); err != nil {
			return fmt.Errorf("signer: stored vote: %w", err)
		}
		vote.Timestamp = v.Timestamp
	}
	vote.Signature = sig
	vote.ExtensionSignature = extSig
	return nil
}

// SignProposal implements cmttypes.PrivValidator, once per (height, round). Unlike a vote, a
// proposal that differs only in its timestamp is refused, not answered with the stored
// signature: CometBFT's consensus takes back only a proposal's signature, not its timestamp, so
// another copy's signature over another timestamp would go out invalid.
func (pv *PrivValidator) SignProposal(chainID string, p *cmtproto.Proposal) error {
	signBytes := cmttypes.ProposalSignBytes(chainID, p)
	ctx, cancel := context.WithTimeout(context.Background(), pv.timeout)
	defer cancel()
	sig, _, err := pv.st.SignValidator(ctx, pv.pub(), protect.HRS{Height: p.Height, Round: p.Round, Step: stepPropose}, signBytes,
		protect.Decide{Reuse: bytes.Equal, Sign: pv.key.Sign})
	if err != nil {
		return err
	}
	p.Signature = sig
	return nil
}

// sameVote reports two canonical votes' sign bytes equal but for the timestamp.
func sameVote(last, next []byte) bool {
	if bytes.Equal(last, next) {
		return true
	}
	var a, b cmtproto.CanonicalVote
	if protoio.UnmarshalDelimited(last, &a) != nil || protoio.UnmarshalDelimited(next, &b) != nil {
		return false
	}
	a.Timestamp, b.Timestamp = time.Time{}, time.Time{}
	return proto.Equal(&a, &b)
}
