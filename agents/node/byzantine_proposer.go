//go:build byzantine

package node

// The byzantine proposer (issue 17), for the devnet's byzantine scenarios only: compiled only
// with the byzantine build tag, like byzantine.go. SPTN_BYZANTINE modes:
//   - double-seal: when it proposes a slot, the member signs a second seal for it on the same tip
//     (other transactions, the coinbase DoubleSealCoinbase) and sends it straight to the CometBFT
//     RPC of every other peer SPTN_BYZANTINE_PEERS lists, before its own seal leaves its mempool,
//     so that those members hold the second one first and the others the first; once one of them
//     is committed, it signs a third seal of the same slot on top of it (coinbase OnTopCoinbase)
//     and sends it to every peer: a second block for one slot. Its slashing protection is
//     bypassed for all of them.
//   - overprice: its seals name OverpriceFactor times the chain's fee ceiling per DA and per L2
//     gas (taking only transactions that offer that much), and it sends each one straight to
//     every peer too, as its own mempool refuses it.
// Its own mempool admits its own seals unchecked, so that it also gossips them. What the peers
// answered is counted in sptn_byzantine_seals_sent_total{kind,outcome} (kind twin, on-top or
// overprice; outcome admitted or refused), which the scenarios read.
//
// This file's init runs after byzantine.go's (the go command presents a package's files sorted by
// name) and wraps the application that one chose.

import (
	"context"
	"encoding/json"
	"math/big"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/sptn/sptn/agents/node/app"
)

// The coinbases that mark the byzantine proposer's extra seals, so that a scenario can tell
// which of its seals a block came from.
var (
	DoubleSealCoinbase = common.HexToAddress("0x00000000000000000000000000000000d0b1e5ea")
	OnTopCoinbase      = common.HexToAddress("0x000000000000000000000000000000000d0b1e70")
)

// OverpriceFactor is how many times the chain's fee ceiling the overpricing proposer names.
const OverpriceFactor = 10

func init() {
	modes := strings.Split(os.Getenv("SPTN_BYZANTINE"), ",")
	double, over := slices.Contains(modes, "double-seal"), slices.Contains(modes, "overprice")
	if !double && !over {
		return
	}
	if over {
		sealPrices = func(_, _ *big.Int, p app.Params) (*big.Int, *big.Int) {
			f := big.NewInt(OverpriceFactor)
			return new(big.Int).Mul(p.MaxFeePerDaGas, f), new(big.Int).Mul(p.MaxFeePerL2Gas, f)
		}
	}
	var peers []string
	for _, p := range strings.Split(os.Getenv("SPTN_BYZANTINE_PEERS"), ",") {
		if p = strings.TrimSpace(p); p != "" {
			peers = append(peers, p)
		}
	}
	inner := wrapApp
	wrapApp = func(a *app.App, s *Service) abci.Application {
		s.log.Warn("BYZANTINE build: this node's seals misbehave on purpose", "double_seal", double, "overprice", over, "peers", peers)
		sent := prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "sptn", Name: "byzantine_seals_sent_total",
			Help: "the byzantine proposer's extra or overpriced seals sent to peers, by what the peer's CheckTx answered"}, []string{"kind", "outcome"})
		s.rt.Metrics.Prometheus().MustRegister(sent)
		return &byzantineProposer{Application: inner(a, s), app: a, s: s, double: double, over: over, peers: peers,
			sent: sent, twinned: map[uint64]bool{}, onTop: map[uint64]bool{}}
	}
}

type byzantineProposer struct {
	abci.Application
	app          *app.App
	s            *Service
	double, over bool
	peers        []string
	sent         *prometheus.CounterVec

	mu      sync.Mutex
	twinned map[uint64]bool // slots a second seal was sent for
	onTop   map[uint64]bool // slots a seal on top of the committed block was sent for
}

// CheckTx admits this member's own new seals unchecked (so its mempool gossips them), sending
// the second seal of a slot (double-seal) or the seal itself (overprice) to the peers first.
func (b *byzantineProposer) CheckTx(ctx context.Context, req *abci.RequestCheckTx) (*abci.ResponseCheckTx, error) {
	if req.Type != abci.CheckTxType_New || len(req.Tx) == 0 || req.Tx[0] != app.KindSeal {
		return b.Application.CheckTx(ctx, req)
	}
	var s app.Seal
	if err := json.Unmarshal(req.Tx[1:], &s); err != nil || s.Proposer != b.s.rt.Signer.Address() {
		return b.Application.CheckTx(ctx, req)
	}
	if b.over && s.FeePerDaGas != nil && b.app.Params().AboveCeiling(s.FeePerDaGas.ToInt(), s.FeePerL2Gas.ToInt()) {
		b.push(ctx, "overprice", req.Tx, b.peers)
	}
	if b.double && s.Coinbase != DoubleSealCoinbase && s.Coinbase != OnTopCoinbase && b.first(b.twinned, s.Slot) {
		twin := s
		twin.Coinbase = DoubleSealCoinbase
		twin.Txs = s.Txs[:len(s.Txs)/2]
		if raw, err := b.sign(ctx, twin); err == nil {
			// Every other peer gets the twin before this member's own seal is gossiped.
			var half []string
			for i, p := range b.peers {
				if i%2 == 0 {
					half = append(half, p)
				}
			}
			b.push(ctx, "twin", raw, half)
		} else {
			b.s.log.Warn("BYZANTINE: sign a second seal", "slot", s.Slot, "err", err)
		}
	}
	return &abci.ResponseCheckTx{}, nil
}

// Commit commits, then (double-seal) signs a seal on top of this member's block just committed,
// for the same slot, and sends it to every peer.
func (b *byzantineProposer) Commit(ctx context.Context, req *abci.RequestCommit) (*abci.ResponseCommit, error) {
	res, err := b.Application.Commit(ctx, req)
	if err != nil || !b.double {
		return res, err
	}
	m := b.app.Meta()
	// Only a block of the slot at hand: not the old blocks a restarted node commits as it syncs.
	if !m.Started || m.TipSlot+1 < b.app.SlotAt(b.s.clk.Now()) || !b.first(b.onTop, m.TipSlot) {
		return res, nil
	}
	tip, err := b.app.BlockByHash(m.TipHash)
	if err != nil || tip == nil || tip.Proposer != b.s.rt.Signer.Address() || tip.Header.Coinbase == OnTopCoinbase {
		return res, nil //nolint:nilerr // not this member's block: nothing to do
	}
	go func() {
		// The peers commit the same height a moment later: the seal on top names a tip they have.
		time.Sleep(500 * time.Millisecond)
		s := app.Seal{Slot: m.TipSlot, Number: m.TipNumber + 1, Parent: m.TipHash, Tip: m.TipHash,
			FeePerDaGas: (*hexutil.Big)(tip.Header.FeePerDaGas), FeePerL2Gas: (*hexutil.Big)(tip.Header.FeePerL2Gas),
			Coinbase: OnTopCoinbase, Proposer: b.s.rt.Signer.Address()}
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		raw, err := b.sign(sctx, s)
		if err != nil {
			b.s.log.Warn("BYZANTINE: sign a seal on top", "slot", s.Slot, "err", err)
			return
		}
		b.push(sctx, "on-top", raw, b.peers)
	}()
	return res, nil
}

// first reports whether slot is new in seen, and marks it.
func (b *byzantineProposer) first(seen map[uint64]bool, slot uint64) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if seen[slot] {
		return false
	}
	seen[slot] = true
	return true
}

// sign signs s with the attester key, past the slashing protection, and encodes it.
func (b *byzantineProposer) sign(ctx context.Context, s app.Seal) ([]byte, error) {
	sig, err := b.s.rt.Signer.SignDigest(ctx, s.Digest(b.s.domain()))
	if err != nil {
		return nil, err
	}
	s.Signature = sig
	return app.EncodeJSON(app.KindSeal, s)
}

// push sends raw to each peer's CometBFT RPC (broadcast_tx_sync) and counts the answers.
func (b *byzantineProposer) push(ctx context.Context, kind string, raw []byte, peers []string) {
	for _, p := range peers {
		c, err := rpchttp.New(p, "/websocket")
		if err != nil {
			b.s.log.Warn("BYZANTINE: peer RPC", "peer", p, "err", err)
			continue
		}
		pctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		res, err := c.BroadcastTxSync(pctx, raw)
		cancel()
		outcome := "admitted"
		switch {
		case err != nil:
			outcome = "refused"
			b.s.log.Warn("BYZANTINE: seal sent", "kind", kind, "peer", p, "err", err)
		case res.Code != 0:
			outcome = "refused"
			b.s.log.Warn("BYZANTINE: seal sent", "kind", kind, "peer", p, "refused", res.Log)
		default:
			b.s.log.Warn("BYZANTINE: seal sent", "kind", kind, "peer", p, "admitted", true)
		}
		b.sent.WithLabelValues(kind, outcome).Inc()
	}
}
