//go:build sptn_broken

package node

import (
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

// maxDoubleSigns bounds how many conflicting prevotes a broken validator sends.
const maxDoubleSigns = 3

// validatorSigner, in a deliberately broken build, wraps the validator key of a node that
// restarts (its last-sign state is past height 0): while the guard double-sign is broken it
// signs, beside each prevote for a block, a conflicting prevote for nil at the same height and
// round with the bare key (bypassing the last-sign state) and gossips it to its peers, as a
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
	if !d.restarted || vote.Type != cmtproto.PrevoteType || len(vote.BlockID.Hash) == 0 || !testbreak.On("double-sign") {
		return nil
	}
	sw := d.sw()
	if sw == nil || peerPast(sw, vote.Height) {
		// Catching up through consensus after the restart: peers past this height drop a prevote
		// for it, so a second one would make no evidence and only use up maxDoubleSigns (the
		// anvil scenario set at 7bff7af spent all three at heights the network had left, and the
		// negative run passed).
		return nil
	}
	d.mu.Lock()
	if d.done[vote.Height] || len(d.done) >= maxDoubleSigns {
		d.mu.Unlock()
		return nil
	}
	d.done[vote.Height] = true
	d.mu.Unlock()
	second := cmtproto.Vote{Type: vote.Type, Height: vote.Height, Round: vote.Round, Timestamp: vote.Timestamp,
		ValidatorAddress: vote.ValidatorAddress, ValidatorIndex: vote.ValidatorIndex}
	sig, err := d.FilePV.Key.PrivKey.Sign(cmttypes.VoteSignBytes(chainID, &second))
	if err != nil {
		return nil //nolint:nilerr // the broken path only: the real vote stands
	}
	second.Signature = sig
	d.log.Warn("BROKEN BUILD (guard double-sign): signed a conflicting prevote for nil", "height", vote.Height, "round", vote.Round)
	go sw.Broadcast(p2p.Envelope{ChannelID: consensus.VoteChannel, Message: &cmtcons.Vote{Vote: &second}})
	return nil
}

// peerPast reports whether a peer's consensus works on a height past h.
func peerPast(sw *p2p.Switch, h int64) bool {
	for _, ph := range peerHeights(sw) {
		if ph > h {
			return true
		}
	}
	return false
}
