package app

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/node/protect"
)

// This file is the attestations: this node signs the header a block seals in its vote extension
// (ExtendVote), after slashing protection recorded what it signs for the slot (by default its
// local signing state, under app/local/: never replicated, never in the app hash); it checks the others' extensions
// (VerifyVoteExtension) and gathers them (collect), each signature checked as L1 checks it, so
// that a member's malleable or mis-signed attestation is left out instead of sinking a set.

// sealed is what a CometBFT block seals, as ProcessProposal found it: the header's hash and
// slot, or nothing (ok false); member is this node's attester in the slot's committee.
type sealed struct {
	hash   common.Hash
	slot   uint64
	ok     bool
	member bool
}

// remember records what an accepted block seals (b nil: no seal) after executing it on v, so that
// ExtendVote need not execute it again and VerifyVoteExtension knows the header to expect; it
// returns the record.
func (a *App) remember(blockHash []byte, v *view, b *Block) sealed {
	var s sealed
	if b != nil {
		s = sealed{hash: b.Hash, slot: b.Header.Slot, ok: true}
		if c, err := v.committee(a.EpochOf(b.Header.Slot)); err == nil && c != nil && a.cfg.Signer != nil {
			s.member = c.IndexOf(a.cfg.Signer.Address()) >= 0
		}
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	k := string(blockHash)
	if _, ok := a.voted[k]; !ok {
		a.voteAt = append(a.voteAt, k)
	}
	a.voted[k] = s
	for len(a.voteAt) > 64 {
		delete(a.voted, a.voteAt[0])
		a.voteAt = a.voteAt[1:]
	}
	return s
}

// extensionSize is a vote extension's size: the header hash and a 65-byte signature.
const extensionSize = 32 + 65

// ExtendVote signs the attestation of the header the block seals, if this node is in the
// committee of its slot. It never signs two different headers for one slot: what it signs is
// claimed from slashing protection (Config.Protect: the local record, synced, or a database
// shared by every copy of this key) before the signature leaves.
func (a *App) ExtendVote(ctx context.Context, req *abci.RequestExtendVote) (*abci.ResponseExtendVote, error) {
	empty := &abci.ResponseExtendVote{}
	if a.cfg.Signer == nil {
		return empty, nil
	}
	a.mu.RLock()
	s, known := a.voted[string(req.Hash)]
	a.mu.RUnlock()
	if !known {
		// Not processed here (a block precommitted on others' prevotes): execute it.
		v, m := a.scratch()
		bc := newBlockCtx(req.Height)
		var b *Block
		for _, tx := range req.Txs {
			if got, err := a.exec.apply(v, &m, tx, bc); err == nil && got != nil {
				b = got
			}
		}
		s = a.remember(req.Hash, v, b)
	}
	if !s.ok || !s.member {
		return empty, nil
	}
	digest := attestationDigest(a.cfg.Domain, s.hash)
	err := a.prot.Claim(ctx, protect.Signing{Attester: a.cfg.Signer.Address(), Duty: protect.DutyAttestation, Slot: s.slot, Digest: digest})
	switch {
	case errors.Is(err, protect.ErrRefused) || errors.Is(err, protect.ErrUnavailable):
		// Logged and counted by the guard: a second header for the slot, or a record that
		// could not be made (a database out of reach). No attestation rather than a slashable one.
		return empty, nil
	case err != nil:
		return nil, fmt.Errorf("app: persist attestation: %w", err)
	}
	sig, err := a.cfg.Signer.SignDigest(ctx, digest)
	if err != nil {
		return nil, fmt.Errorf("app: sign attestation: %w", err)
	}
	return &abci.ResponseExtendVote{VoteExtension: append(s.hash.Bytes(), sig...)}, nil
}

// VerifyVoteExtension accepts an empty extension (a validator outside the committee, or one
// that refused to sign twice) and an attestation that recovers, as L1 recovers it (low s), to
// the validator's attester over the header this node computed for the block, when it has
// computed one. A member whose extension is refused has its precommit refused with it.
func (a *App) VerifyVoteExtension(_ context.Context, req *abci.RequestVerifyVoteExtension) (*abci.ResponseVerifyVoteExtension, error) {
	accept := &abci.ResponseVerifyVoteExtension{Status: abci.ResponseVerifyVoteExtension_ACCEPT}
	reject := &abci.ResponseVerifyVoteExtension{Status: abci.ResponseVerifyVoteExtension_REJECT}
	ext := req.VoteExtension
	if len(ext) == 0 {
		return accept, nil
	}
	if len(ext) != extensionSize {
		return reject, nil
	}
	attester, ok := a.validators()[strings.ToUpper(hex.EncodeToString(req.ValidatorAddress))]
	a.mu.RLock()
	want, known := a.voted[string(req.Hash)]
	a.mu.RUnlock()
	hh := common.BytesToHash(ext[:32])
	if !ok || (known && (!want.ok || want.hash != hh)) {
		return reject, nil
	}
	sig, _ := sig65(ext[32:])
	signer, err := protocol.RecoverSigner(attestationDigest(a.cfg.Domain, hh), sig)
	if err != nil || signer != attester {
		a.cfg.Log.Debug("vote extension refused", "validator", hex.EncodeToString(req.ValidatorAddress), "height", req.Height, "err", err)
		return reject, nil
	}
	return accept, nil
}

// collect gathers the attestations of block b from the vote extensions of the height that
// sealed it: one per committee member whose extension attests b's header with a signature L1
// accepts (protocol.CheckAttestation); the others are left out.
func (a *App) collect(c *Committee, b *Block, votes []abci.ExtendedVoteInfo) AttestationSet {
	vals := a.validators()
	digest := attestationDigest(a.cfg.Domain, b.Hash)
	set := AttestationSet{Number: b.Header.Number, Hash: b.Hash}
	seen := map[int]bool{}
	for _, vote := range votes {
		if vote.BlockIdFlag != cmtproto.BlockIDFlagCommit || len(vote.VoteExtension) != extensionSize {
			continue
		}
		hh, sig := common.BytesToHash(vote.VoteExtension[:32]), vote.VoteExtension[32:]
		attester, ok := vals[strings.ToUpper(hex.EncodeToString(vote.Validator.Address))]
		idx := c.IndexOf(attester)
		if !ok || hh != b.Hash || idx < 0 || seen[idx] {
			continue
		}
		s, _ := sig65(sig)
		if err := protocol.CheckAttestation(digest, c.Members, protocol.Attestation{Index: idx, Signature: s}); err != nil {
			a.cfg.Log.Warn("an attestation L1 would refuse is left out", "block", b.Header.Number, "member", attester, "err", err)
			continue
		}
		seen[idx] = true
		set.Attestations = append(set.Attestations, Attestation{Index: idx, Signature: hexutil.Bytes(sig)})
	}
	return set
}

// AttestationsOf returns the valid attestations of committed block b, at least a quorum, from the
// vote extensions of the commit of the height that sealed it (CometBFT's extended commit): its
// publisher need not wait for the next height to put them on the pending chain.
func (a *App) AttestationsOf(b *Block, votes []abci.ExtendedVoteInfo) ([]Attestation, error) {
	c, err := a.Committee(a.EpochOf(b.Header.Slot))
	if err != nil {
		return nil, err
	}
	set := a.collect(c, b, votes)
	if err := verifyAttestations(a.cfg.Domain, c, b.Hash, set.Attestations); err != nil {
		return nil, err
	}
	return set.Attestations, nil
}

// Protector claims a signature before the attester key makes it (*protect.Guard).
type Protector interface {
	Claim(ctx context.Context, s protect.Signing) error
}

// Protection is the slashing protection the application claims attestations from; the driver
// claims seals and registrations from the same.
func (a *App) Protection() Protector { return a.prot }

// localProtection is the default: the local record in the application's store. It still reads
// the records of earlier versions (app/local/signed/: the header hash attested for a slot).
func (a *App) localProtection() Protector {
	var owner common.Address
	if a.cfg.Signer != nil {
		owner = a.cfg.Signer.Address()
	}
	return protect.NewGuard(protect.NewLocal(a.kv, owner, LegacyAttestation(a.cfg.Domain)), 0, a.cfg.Log, nil)
}

// LegacyAttestation turns the header hash of an attestation record of an earlier version
// (app/local/signed/) into the digest signed in domain d.
func LegacyAttestation(d protocol.Domain) func(common.Hash) common.Hash {
	return func(h common.Hash) common.Hash { return attestationDigest(d, h) }
}
