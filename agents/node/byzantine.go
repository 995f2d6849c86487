//go:build byzantine

package node

// A byzantine committee member, for the integration tests only: this file is compiled only with
// the byzantine build tag (agents/node's TestFourNodesAgainstAByzantineMember builds such a
// binary for one of its nodes); no release build contains it. SPTN_BYZANTINE names what the
// member does, comma-separated:
//   - high-s: its attestations (vote extensions) carry the malleable high-s twin of a valid
//     signature, which L1 refuses;
//   - junk: as CometBFT proposer it adds to its proposals zero-fee transactions, an unsigned
//     seal with 200 replaced blocks, a seal signed by itself for a slot it does not propose,
//     and a registration of its attester with another validator's key (a squat).

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"slices"
	"strings"
	"sync/atomic"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/node/app"
)

func init() {
	modes := strings.Split(os.Getenv("SPTN_BYZANTINE"), ",")
	if len(modes) == 0 || modes[0] == "" {
		return
	}
	wrapApp = func(a *app.App, s *Service) abci.Application {
		s.log.Warn("BYZANTINE build: this node misbehaves on purpose", "modes", modes)
		return &byzantineApp{App: a, s: s, highS: slices.Contains(modes, "high-s"), junk: slices.Contains(modes, "junk")}
	}
}

type byzantineApp struct {
	*app.App
	s           *Service
	highS, junk bool
	proposals   atomic.Int64
}

// ExtendVote attests as an honest member would, then turns the signature into its high-s twin.
func (b *byzantineApp) ExtendVote(ctx context.Context, req *abci.RequestExtendVote) (*abci.ResponseExtendVote, error) {
	res, err := b.App.ExtendVote(ctx, req)
	if err != nil || !b.highS || len(res.VoteExtension) != 32+65 {
		return res, err
	}
	ext := append([]byte(nil), res.VoteExtension...)
	sig := ext[32:]
	s := new(big.Int).Sub(crypto.S256().Params().N, new(big.Int).SetBytes(sig[32:64]))
	s.FillBytes(sig[32:64])
	sig[64] = 27 + 28 - sig[64]
	return &abci.ResponseExtendVote{VoteExtension: ext}, nil
}

// PrepareProposal proposes what an honest node would, plus junk.
func (b *byzantineApp) PrepareProposal(ctx context.Context, req *abci.RequestPrepareProposal) (*abci.ResponsePrepareProposal, error) {
	res, err := b.App.PrepareProposal(ctx, req)
	if err != nil || !b.junk {
		return res, err
	}
	n := b.proposals.Add(1)
	for i := range 200 {
		tx := app.UserTx{MaxFeePerDaGas: new(big.Int), MaxFeePerL2Gas: new(big.Int), Payload: fmt.Appendf(nil, "free %d %d", n, i)}
		res.Txs = append(res.Txs, tx.Encode())
	}
	// Every other proposal also carries junk that makes the honest members refuse it.
	if n%2 == 0 {
		if junk, err := b.junkTxs(ctx); err == nil {
			res.Txs = append(res.Txs, junk[n/2%int64(len(junk))])
		} else {
			b.s.log.Warn("BYZANTINE: build junk", "err", err)
		}
	}
	return res, nil
}

// junkTxs are an unsigned seal carrying 200 replaced blocks, a seal this member signed for a
// slot it does not propose, and a registration squatting another validator's key.
func (b *byzantineApp) junkTxs(ctx context.Context) ([][]byte, error) {
	me := b.s.rt.Signer.Address()
	m := b.Meta()
	slot := b.SlotAt(b.s.clk.Now()) + 1
	if c, err := b.Committee(b.EpochOf(slot)); err == nil {
		for p, _ := c.Proposer(slot); p == me; p, _ = c.Proposer(slot) {
			slot++
		}
	}
	var replaced []app.Replaced
	parent := crypto.Keccak256Hash([]byte("junk"))
	for i := range 200 {
		h := protocol.Header{Number: uint64(1000 + i), Slot: uint64(i), ParentHash: parent, TxsHash: protocol.EmptyTxsHash,
			FeePerDaGas: big.NewInt(1), FeePerL2Gas: big.NewInt(1)}
		replaced = append(replaced, app.Replaced{Header: h})
		parent = protocol.HeaderHash(h)
	}
	one := (*hexutil.Big)(big.NewInt(1))
	unsigned := app.Seal{Slot: slot, Number: 1200, Parent: parent, FeePerDaGas: one, FeePerL2Gas: one, Tip: m.TipHash,
		Proposer: me, Signature: make([]byte, 65),
		Anchor: &app.Anchor{Number: 1199, Hash: parent, Slot: 1, Fork: 1000, Replaced: replaced}}
	misSigned := app.Seal{Slot: slot, Number: m.TipNumber + 1, Parent: m.TipHash, FeePerDaGas: one, FeePerL2Gas: one,
		Tip: m.TipHash, Proposer: me}
	sig, err := b.s.rt.Signer.SignDigest(ctx, misSigned.Digest(b.s.domain()))
	if err != nil {
		return nil, err
	}
	misSigned.Signature = sig
	// The squat: this attester with the validator key of a genesis validator that is not this
	// node, signed by this attester and (it has no other) by this node's own validator key.
	vals := b.s.live.Load().GenesisDoc().Validators
	victim := vals[0].PubKey.Bytes()
	if string(victim) == string(b.s.valPub) {
		victim = vals[1].PubKey.Bytes()
	}
	reg := app.Registration{Attester: me, PubKey: victim, Nonce: 1}
	d := reg.Digest(b.s.domain())
	if reg.Signature, err = b.s.rt.Signer.SignDigest(ctx, d); err != nil {
		return nil, err
	}
	if reg.KeySignature, err = b.s.valSign(d[:]); err != nil {
		return nil, err
	}
	var out [][]byte
	for _, tx := range []struct {
		kind byte
		v    any
	}{{app.KindSeal, unsigned}, {app.KindSeal, misSigned}, {app.KindRegister, reg}} {
		raw, err := app.EncodeJSON(tx.kind, tx.v)
		if err != nil {
			return nil, err
		}
		out = append(out, raw)
	}
	return out, nil
}
