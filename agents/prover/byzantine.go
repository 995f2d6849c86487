//go:build byzantine

package prover

// A byzantine prover, for the byzantine scenarios only: this file is compiled only with the
// byzantine build tag (make sptn-byzantine); no release build contains it. SPTN_BYZANTINE names
// what the prover does (the node's modes, agents/node/byzantine.go, are ignored here):
//   - wrong-proof: for each completed epoch it never proves honestly; instead it sends, at once
//     and without a gas estimate (so that L1 itself must refuse them), proofs of wrong statements
//     (wrongProofs): a chain of headers with another state root, the right headers claimed as
//     another epoch, a proof of another block set, and headers that are not the ones L1 assured;
//   - late: it builds each epoch's honest proof but holds it while the proof window is open, and
//     sends it (again without an estimate) at the first tick after the window closed.
// Run it with a high txmgr.min-tip-cap-gwei so that its transactions come first in their block.

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"slices"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/internal/txmgr"
)

// byzantineGas is the gas limit of a byzantine proof: fixed, so that no estimate stops it before L1.
const byzantineGas = 3_000_000

func init() {
	modes := strings.Split(os.Getenv("SPTN_BYZANTINE"), ",")
	wrong, late := slices.Contains(modes, "wrong-proof"), slices.Contains(modes, "late")
	if !wrong && !late {
		return
	}
	newByzantine = func(log *slog.Logger) byzantineProver {
		log.Warn("BYZANTINE build: this prover misbehaves on purpose", "modes", modes)
		return &byzantine{wrong: wrong, late: late, held: map[uint64]heldProof{}, sent: map[string]bool{}, log: log}
	}
}

type byzantine struct {
	wrong, late bool
	log         *slog.Logger
	mu          sync.Mutex
	held        map[uint64]heldProof // late: the honest proof of an epoch, by epoch
	sent        map[string]bool      // wrong-proof: the epochs (ProofID) whose wrong proofs were sent
}

type heldProof struct {
	deadline uint64 // the first epoch in which the rollup refuses it
	end      common.Hash
	data     []byte
}

// head sends every held proof whose window has closed by head (late).
func (b *byzantine) head(ctx context.Context, d *Driver, head *types.Header) error {
	if !b.late {
		return nil
	}
	current := d.epochAt(head.Time)
	b.mu.Lock()
	var due []uint64
	for epoch, h := range b.held {
		if current >= h.deadline {
			due = append(due, epoch)
		}
	}
	b.mu.Unlock()
	slices.Sort(due)
	for _, epoch := range due {
		b.mu.Lock()
		h := b.held[epoch]
		delete(b.held, epoch)
		b.mu.Unlock()
		rcpt, err := d.sender.Send(ctx, txmgr.TxCandidate{ID: "byzantine/late/" + ProofID(epoch, h.end, 0),
			To: &d.cfg.Rollup, Data: h.data, GasLimit: byzantineGas})
		b.log.Warn("BYZANTINE: sent the proof of an epoch after its window closed", "epoch", epoch,
			"deadline_epoch", h.deadline, "l1_epoch", current, "tx", txHash(rcpt), "err", err)
		if err != nil && !errors.Is(err, txmgr.ErrReverted) {
			return fmt.Errorf("send late proof of epoch %d: %w", epoch, err)
		}
	}
	return nil
}

// prove holds the honest proof (late) or sends the wrong ones (wrong-proof).
func (b *byzantine) prove(ctx context.Context, d *Driver, e epochToProve) error {
	if !e.Open {
		d.windowMissed(e.Epoch, e.EpochHeaders[0].Number)
		return nil
	}
	end := protocol.HeaderHash(e.EpochHeaders[len(e.EpochHeaders)-1])
	if b.late {
		proof, err := protocol.HashChainProof(d.domain, e.Epoch, e.Previous, e.EpochHeaders)
		if err != nil {
			return err
		}
		data, err := d.abi.TryPackSubmitProof(new(big.Int).SetUint64(e.Epoch), e.All, proof)
		if err != nil {
			return err
		}
		b.mu.Lock()
		if _, ok := b.held[e.Epoch]; !ok {
			b.log.Warn("BYZANTINE: holding the proof of an epoch until its window closes", "epoch", e.Epoch, "deadline_epoch", e.Deadline)
		}
		b.held[e.Epoch] = heldProof{deadline: e.Deadline, end: end, data: data} // the latest: the chain may have grown
		b.mu.Unlock()
		return nil
	}
	// One set while the assured chain shows no block after the epoch and one more once it does:
	// a set sent without that block is refused as incomplete if the chain grew before it landed.
	round := 0
	if len(e.All) > len(e.EpochHeaders) {
		round = 1
	}
	id := ProofID(e.Epoch, end, round)
	b.mu.Lock()
	sent := b.sent[id]
	b.mu.Unlock()
	if sent {
		return nil // until the honest prover's proof lands
	}
	wrong, err := wrongProofs(d.domain, e)
	if err != nil {
		return err
	}
	b.mu.Lock()
	b.sent[id] = true
	b.mu.Unlock()
	// All at once, each under a key of its own (a restarted prover finds them taken and sends
	// none again); the honest prover's proof proves the epoch in the end.
	var wg sync.WaitGroup
	for _, w := range wrong {
		data, err := d.abi.TryPackSubmitProof(new(big.Int).SetUint64(e.Epoch), w.Headers, w.Proof)
		if err != nil {
			return err
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			rcpt, err := d.sender.Send(ctx, txmgr.TxCandidate{ID: fmt.Sprintf("byzantine/%s/%s", w.Kind, id),
				To: &d.cfg.Rollup, Data: data, GasLimit: byzantineGas})
			b.log.Warn("BYZANTINE: sent a wrong proof", "kind", w.Kind, "epoch", e.Epoch, "tx", txHash(rcpt), "err", err)
		}()
	}
	wg.Wait()
	return nil
}

// wrongProof is a submitProof call for a statement other than the one L1 holds.
type wrongProof struct {
	Kind    string
	Headers []protocol.Header // submitProof's headers
	Proof   []byte
}

// wrongProofs are the wrong proofs of e: the verifier must refuse the first three
// (Rollup__InvalidProof), the rollup the fourth (Rollup__ProofHeaderMismatch).
//   - state-root: a parent-linked chain of the epoch's headers with another state root in the
//     first, from the right previous header (the proof of an execution L1 never assured);
//   - epoch: the right headers, claimed as the next epoch;
//   - block-set: a proof of another set of blocks (the epoch without its last block, or, for an
//     epoch of one block, with the first block after it);
//   - header: submitProof's headers (and the proof) carry the epoch's last header with another
//     state root: not a header L1 assured.
func wrongProofs(d protocol.Domain, e epochToProve) ([]wrongProof, error) {
	forgedRoot := crypto.Keccak256Hash([]byte("byzantine prover: a state root L1 never assured"))
	var out []wrongProof
	add := func(kind string, headers []protocol.Header, epoch uint64, proven []protocol.Header) error {
		proof, err := protocol.HashChainProof(d, epoch, e.Previous, proven)
		if err != nil {
			return err
		}
		out = append(out, wrongProof{Kind: kind, Headers: headers, Proof: proof})
		return nil
	}
	forged := relink(e.Previous, e.EpochHeaders, 0, forgedRoot)
	if err := add("state-root", e.All, e.Epoch, forged); err != nil {
		return nil, err
	}
	if err := add("epoch", e.All, e.Epoch+1, e.EpochHeaders); err != nil {
		return nil, err
	}
	switch {
	case len(e.EpochHeaders) > 1:
		if err := add("block-set", e.All, e.Epoch, e.EpochHeaders[:len(e.EpochHeaders)-1]); err != nil {
			return nil, err
		}
	case len(e.All) > len(e.EpochHeaders):
		if err := add("block-set", e.All, e.Epoch, e.All); err != nil {
			return nil, err
		}
	}
	last := len(e.EpochHeaders) - 1
	altered := relink(e.Previous, e.EpochHeaders, last, forgedRoot)
	headers := append(slices.Clone(altered), e.All[len(e.EpochHeaders):]...)
	if err := add("header", headers, e.Epoch, altered); err != nil {
		return nil, err
	}
	return out, nil
}

// relink returns a copy of headers whose header at index at has stateRoot root, each later
// header's parent hash following it: a parent-linked chain from previous.
func relink(previous common.Hash, headers []protocol.Header, at int, root common.Hash) []protocol.Header {
	out := slices.Clone(headers)
	out[at].StateRoot = root
	parent := previous
	for i := range out {
		out[i].ParentHash = parent
		parent = protocol.HeaderHash(out[i])
	}
	return out
}
