//go:build sptn_broken

package node

import (
	"crypto/sha256"
	"fmt"
	"log/slog"
	"sync"

	"github.com/cometbft/cometbft/consensus"
	"github.com/cometbft/cometbft/p2p"
	"github.com/cometbft/cometbft/privval"
	cmtcons "github.com/cometbft/cometbft/proto/tendermint/consensus"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	cmttypes "github.com/cometbft/cometbft/types"

	"github.com/sptn/sptn/agents/internal/testbreak"
)

// maxDoubleSigns bounds how many pairs of conflicting prevotes a broken validator sends.
const maxDoubleSigns = 5

// validatorSigner, in a deliberately broken build, wraps the validator key of a node that
// restarts (its last-sign state is past height 0): while the guard double-sign is broken it
// signs, on each prevote, two conflicting prevotes (one for nil, one for a block) with the bare
// key (bypassing the last-sign state) at the height its peers work on, and gossips them, as a
// validator that lost its state and runs twice would. Its peers turn the two prevotes into
// CometBFT double-sign evidence.
func validatorSigner(pv *privval.FilePV, sw func() *p2p.Switch, log *slog.Logger) cmttypes.PrivValidator {
	return &doubleSigner{FilePV: pv, restarted: pv.LastSignState.Height > 0, sw: sw, log: log, done: map[int64]bool{}}
}

type doubleSigner struct {
	*privval.FilePV
	restarted bool
	sw        func() *p2p.Switch
	log       *slog.Logger

	mu   sync.Mutex
	done map[int64]bool
}

func (d *doubleSigner) SignVote(chainID string, vote *cmtproto.Vote) error {
	if err := d.FilePV.SignVote(chainID, vote); err != nil {
		return err
	}
	if !d.restarted || vote.Type != cmtproto.PrevoteType || !testbreak.On("double-sign") {
		return nil
	}
	sw := d.sw()
	if sw == nil {
		return nil
	}
	// The height the peers work on: a prevote for a height they have left, or not reached yet,
	// is dropped and makes no evidence. A restarted node that lags its peers by a step signs
	// its own prevotes after they have moved on (three of four make a quorum without it), and
	// conflicting prevotes beside its own made no evidence: the negative run passed in CI at
	// 91fcd63 (and at 7bff7af, when it spent them catching up through consensus).
	h, round := vote.Height, vote.Round
	if ph := maxPeerHeight(sw); ph > h {
		h, round = ph, 0
	}
	d.mu.Lock()
	if d.done[h] || len(d.done) >= maxDoubleSigns {
		d.mu.Unlock()
		return nil
	}
	d.done[h] = true
	d.mu.Unlock()
	block := vote.BlockID
	if len(block.Hash) == 0 {
		made := sha256.Sum256([]byte(fmt.Sprintf("sptn broken double-sign %d", h)))
		block = cmtproto.BlockID{Hash: made[:], PartSetHeader: cmtproto.PartSetHeader{Total: 1, Hash: made[:]}}
	}
	for _, id := range []cmtproto.BlockID{{}, block} {
		v := cmtproto.Vote{Type: cmtproto.PrevoteType, Height: h, Round: round, BlockID: id, Timestamp: vote.Timestamp,
			ValidatorAddress: vote.ValidatorAddress, ValidatorIndex: vote.ValidatorIndex}
		sig, err := d.FilePV.Key.PrivKey.Sign(cmttypes.VoteSignBytes(chainID, &v))
		if err != nil {
			return nil //nolint:nilerr // the broken path only: the real vote stands
		}
		v.Signature = sig
		go sw.Broadcast(p2p.Envelope{ChannelID: consensus.VoteChannel, Message: &cmtcons.Vote{Vote: &v}})
	}
	d.log.Warn("BROKEN BUILD (guard double-sign): signed two conflicting prevotes", "height", h, "round", round, "own_height", vote.Height)
	return nil
}

// maxPeerHeight is the highest consensus height sw's peers announced (0 if none).
func maxPeerHeight(sw *p2p.Switch) int64 {
	var top int64
	for _, ph := range peerHeights(sw) {
		top = max(top, ph)
	}
	return top
}
