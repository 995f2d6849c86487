package node

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
	dto "github.com/prometheus/client_model/go"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/keys"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/internal/store"
	"github.com/sptn/sptn/agents/internal/txmgr"
	"github.com/sptn/sptn/agents/node/app"
)

const (
	tGenesis = 1000
	tSlot    = 4
)

// chainFixture is an application with a one-member committee, so that its key proposes every
// slot, driven through FinalizeBlock and Commit: a fake for the driver's unit tests.
type chainFixture struct {
	t      *testing.T
	a      *app.App
	key    *ecdsa.PrivateKey
	domain protocol.Domain
	height int64
	// price is what the fixture's proposer names in its seals (wei per DA and L2 gas); 0 is 1.
	price int64
}

func newChainFixture(t *testing.T) *chainFixture { return newChainFixtureAt(t, nil) }

// newChainFixtureAt is a chainFixture whose application reads the clock now (nil: time.Now).
func newChainFixtureAt(t *testing.T, now func() time.Time) *chainFixture {
	return newChainFixtureWith(t, now, nil)
}

// newChainFixtureWith is a chainFixture whose application reads the clock now and checks
// anchors against anchors (nil: none).
func newChainFixtureWith(t *testing.T, now func() time.Time, anchors app.AnchorSource) *chainFixture {
	return newChainFixtureOn(t, app.Config{Now: now, Anchors: anchors}, store.OpenMemory())
}

// newChainFixtureOn is a chainFixture whose application runs with cfg (its domain and timing
// are the fixture's) on kv.
func newChainFixtureOn(t *testing.T, cfg app.Config, kv store.KV) *chainFixture {
	return newChainFixtureParams(t, cfg, kv, nil)
}

// newChainFixtureParams is newChainFixtureOn with the genesis params edited by edit (nil: none).
func newChainFixtureParams(t *testing.T, cfg app.Config, kv store.KV, edit func(*app.Params)) *chainFixture {
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	f := &chainFixture{t: t, key: key, domain: protocol.Domain{ChainID: big.NewInt(1), Rollup: common.Address{9}}}
	cfg.Domain, cfg.GenesisTime, cfg.SlotDuration, cfg.EpochDuration = f.domain, tGenesis, tSlot, 1000
	f.a, err = app.New(cfg, kv)
	require.NoError(t, err)
	p := app.DefaultParams()
	p.MaxPayload, p.MaxBlockTxs, p.MaxCalldataBlockBytes = 100, 10, 1000
	if edit != nil {
		edit(&p)
	}
	state, err := json.Marshal(app.GenesisState{Params: &p})
	require.NoError(t, err)
	_, err = f.a.InitChain(context.Background(), &abci.RequestInitChain{AppStateBytes: state})
	require.NoError(t, err)
	c, err := app.EncodeJSON(app.KindCommittee, app.Committee{Epoch: 0, Members: []common.Address{crypto.PubkeyToAddress(key.PublicKey)}})
	require.NoError(t, err)
	f.finalize(c)
	return f
}

func (f *chainFixture) finalize(txs ...[]byte) {
	f.height++
	res, err := f.a.FinalizeBlock(context.Background(), &abci.RequestFinalizeBlock{Txs: txs, Height: f.height})
	require.NoError(f.t, err)
	for _, r := range res.TxResults {
		require.Zero(f.t, r.Code, r.Log)
	}
	_, err = f.a.Commit(context.Background(), &abci.RequestCommit{})
	require.NoError(f.t, err)
}

// seal seals slot on parent and returns the new block's hash.
func (f *chainFixture) seal(slot, number uint64, parent common.Hash) common.Hash {
	return f.sealAnchored(slot, number, parent, nil)
}

// sealAnchored seals slot on parent with anchor, on the committed tip, as the driver does.
func (f *chainFixture) sealAnchored(slot, number uint64, parent common.Hash, anchor *app.Anchor) common.Hash {
	f.finalize(f.sealRaw(slot, number, parent, anchor))
	return f.a.Meta().TipHash
}

// sealRaw is the signed seal of slot on parent with anchor, on the committed tip.
func (f *chainFixture) sealRaw(slot, number uint64, parent common.Hash, anchor *app.Anchor) []byte {
	me := crypto.PubkeyToAddress(f.key.PublicKey)
	price := big.NewInt(max(f.price, 1))
	s := app.Seal{Slot: slot, Number: number, Parent: parent, FeePerDaGas: (*hexutil.Big)(price),
		FeePerL2Gas: (*hexutil.Big)(price), Coinbase: me, Proposer: me, Tip: f.a.Meta().TipHash, Anchor: anchor}
	if anchor == nil {
		s.Anchor = firstAnchor(f.a, number, parent)
	}
	sig, err := protocol.SignDigest(f.key, s.Digest(f.domain))
	require.NoError(f.t, err)
	s.Signature = sig[:]
	raw, err := app.EncodeJSON(app.KindSeal, s)
	require.NoError(f.t, err)
	return raw
}

// firstAnchor is the anchor the driver names on the chain's first seal (its parent, L1's
// assured tip), which execution requires (review r17j C); nil once the chain started.
func firstAnchor(a *app.App, number uint64, parent common.Hash) *app.Anchor {
	if a.Meta().Started {
		return nil
	}
	return &app.Anchor{Number: number - 1, Hash: parent}
}

func l1At(slot uint64, assured Tip) L1Tips {
	return L1Tips{Assured: assured, Head: &types.Header{Number: big.NewInt(1), Time: tGenesis + slot*tSlot + 1}}
}

func TestChooseParent(t *testing.T) {
	f := newChainFixture(t)
	d := &driver{app: f.a, rollup: &Rollup{GenesisTime: tGenesis, SlotDuration: tSlot, EpochDuration: 1000}}
	anchor := Tip{Number: 4, Hash: common.Hash{4}, Slot: 1}

	// An empty pending chain starts on L1's assured tip, which the validators check.
	parent, number, a, err := d.chooseParent(context.Background(), l1At(2, anchor), f.a.Meta())
	require.NoError(t, err)
	require.Equal(t, anchor.Hash, parent)
	require.Equal(t, uint64(5), number)
	require.Equal(t, &app.Anchor{Number: 4, Hash: anchor.Hash, Slot: 1}, a)

	b5 := f.seal(3, 5, anchor.Hash)
	b6 := f.seal(4, 6, b5)
	for _, tc := range []struct {
		name       string
		l1         L1Tips
		wantParent common.Hash
		wantNumber uint64
		wantAnchor bool
	}{
		{"tip assured", l1At(4, Tip{Number: 6, Hash: b6, Slot: 4}), b6, 7, false},
		{"tip still publishable in its slot", l1At(4, Tip{Number: 5, Hash: b5, Slot: 3}), b6, 7, false},
		{"tip missed its slot: build on L1's tip", l1At(5, Tip{Number: 5, Hash: b5, Slot: 3}), b5, 6, false},
		{"nothing assured since the anchor", l1At(5, anchor), anchor.Hash, 5, false},
		{"L1 holds a block we never had: re-anchor on it", l1At(5, Tip{Number: 5, Hash: common.Hash{0xee}, Slot: 5}), common.Hash{0xee}, 6, true},
		{"a prune truncates to a proven tip we never had", l1At(5, Tip{Number: 3, Hash: common.Hash{0xdd}, Slot: 0}), common.Hash{0xdd}, 4, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			parent, number, a, err := d.chooseParent(context.Background(), tc.l1, f.a.Meta())
			require.NoError(t, err)
			require.Equal(t, tc.wantParent, parent)
			require.Equal(t, tc.wantNumber, number)
			if !tc.wantAnchor {
				require.Nil(t, a)
				return
			}
			require.Equal(t, &app.Anchor{Number: tc.l1.Assured.Number, Hash: tc.l1.Assured.Hash, Slot: tc.l1.Assured.Slot}, a)
		})
	}

	// Sealing on b5 orphans b6 on every node's pending chain.
	b6b := f.seal(6, 6, b5)
	require.NotEqual(t, b6, b6b)
	old, err := f.a.BlockByHash(b6)
	require.NoError(t, err)
	require.True(t, old.Orphaned)
	cur, err := f.a.BlockByNumber(6)
	require.NoError(t, err)
	require.Equal(t, b6b, cur.Hash)
}

// TestAProposerAwaitsItsParentsFateWhereL1TellsIt: on an L1 that guarantees a second between its
// blocks, slot 4's last L1 block is the one at its last second. The proposer of slot 5, at its
// lead, finds the tip b6 (slot 4, on L1's assured tip b5) not assured yet: sealed on b6, its
// block could not land if b6 missed, and slot 5 would be lost with slot 4. It waits, and seals
// on b6 once L1 assures it, or on b5 (orphaning b6) once slot 4 is over for L1: at that last
// block, or, if it is missing, at an L1 block of slot 5, waiting at most an L1 interval and a
// second into slot 5 and a second before it would give the slot up; then it seals as
// chooseParent says. It never waits for a tip that is not on L1's assured tip, where a lead
// leaves the tip no time to be assured before it, or without a spacing (nor once it distrusts
// the chain's), where slot 4 is over only at an L1 block of slot 5.
func TestAProposerAwaitsItsParentsFateWhereL1TellsIt(t *testing.T) {
	for _, sp := range []uint64{0, 1} {
		f := newChainFixtureParams(t, app.Config{}, store.OpenMemory(), func(p *app.Params) { p.L1BlockSpacing = sp })
		d := newDriver(&driver{app: f.a, rollup: &Rollup{GenesisTime: tGenesis, SlotDuration: tSlot, EpochDuration: 1000},
			set: Settings{SealLead: 1300 * time.Millisecond}, log: slog.New(slog.DiscardHandler)}, nil)
		d.l1IntervalSeen.Store(1) // L1 makes a block a second
		anchor := Tip{Number: 4, Hash: common.Hash{4}, Slot: 1}
		b5 := f.seal(3, 5, anchor.Hash)
		b6 := f.seal(4, 6, b5)
		m := f.a.Meta()
		start := func(slot uint64) uint64 { return tGenesis + slot*tSlot }
		at := func(head uint64, assured Tip) L1Tips {
			return L1Tips{Assured: assured, Head: &types.Header{Number: big.NewInt(1), Time: head}}
		}
		onB5, onB6 := Tip{Number: 5, Hash: b5, Slot: 3}, Tip{Number: 6, Hash: b6, Slot: 4}
		clock := func(sec uint64, ms int) time.Time {
			return time.Unix(int64(sec), 0).Add(time.Duration(ms) * time.Millisecond)
		}
		lead := clock(start(5), -1300)

		for _, c := range []struct {
			name   string
			l1     L1Tips
			now    time.Time
			wait   bool
			parent common.Hash
		}{
			{"b6 not assured, slot 4 may still land it", at(start(4)+2, onB5), lead, sp > 0, b6},
			{"b6 assured", at(start(4)+2, onB6), lead, false, b6},
			{"slot 4's last L1 block without b6", at(start(4)+3, onB5), lead, false, map[bool]common.Hash{false: b6, true: b5}[sp > 0]},
			{"an L1 block of slot 5 without b6", at(start(5), onB5), lead, false, b5},
			{"slot 4's last L1 block missing, into slot 5", at(start(4)+2, onB5), clock(start(5), 900), sp > 0, b6},
			{"a second before the next slot's lead", at(start(4)+2, onB5), clock(start(5), 1700), false, b6},
			{"the tip is not on L1's assured tip", at(start(4)+2, anchor), lead, false, anchor.Hash},
		} {
			require.Equal(t, c.wait, d.awaitTipsFate(c.l1, m, 5, c.now), "spacing %d, %s: wait", sp, c.name)
			if c.wait {
				continue
			}
			parent, _, _, err := d.chooseParent(context.Background(), c.l1, m)
			require.NoError(t, err)
			require.Equal(t, c.parent, parent, "spacing %d, %s: parent", sp, c.name)
		}
		if sp > 0 {
			// How long a seal was held back, from the first pass that held it to the one that
			// built it, by what it was built on.
			for _, c := range []struct {
				on     string
				l1     L1Tips
				parent common.Hash
			}{{"tip", at(start(4)+2, onB6), b6}, {"l1", at(start(4)+3, onB5), b5}} {
				require.True(t, d.waitForTipsFate(at(start(4)+2, onB5), m, 5, lead))
				require.True(t, d.waitForTipsFate(at(start(4)+2, onB5), m, 5, lead.Add(400*time.Millisecond)), "a later pass keeps the start")
				then := lead.Add(700 * time.Millisecond)
				require.False(t, d.waitForTipsFate(c.l1, m, 5, then))
				parent, _, _, err := d.chooseParent(context.Background(), c.l1, m)
				require.NoError(t, err)
				require.Equal(t, c.parent, parent)
				d.waited(5, parent, m, then)
				d.waited(5, parent, m, then.Add(time.Second)) // a retry of the same seal: measured once
				var got dto.Metric
				require.NoError(t, d.parentWait.WithLabelValues(c.on).(prometheus.Histogram).Write(&got))
				require.Equal(t, uint64(1), got.GetHistogram().GetSampleCount(), "on %s", c.on)
				require.InDelta(t, 0.7, got.GetHistogram().GetSampleSum(), 1e-9, "on %s", c.on)
			}
			d.waited(5, b6, m, lead.Add(3*time.Second)) // a seal built without a wait
			d.waited(5, b5, m, lead.Add(3*time.Second))
			for _, on := range []string{"tip", "l1"} {
				var got dto.Metric
				require.NoError(t, d.parentWait.WithLabelValues(on).(prometheus.Histogram).Write(&got))
				require.Equal(t, uint64(1), got.GetHistogram().GetSampleCount(), "on %s: a seal that did not wait is not measured", on)
			}
		}
		d.set.SealLead = 2100 * time.Millisecond // slot 4's first L1 block + an L1 block + a second is past the lead
		require.False(t, d.awaitTipsFate(at(start(4)+2, onB5), m, 5, clock(start(5), -2100)), "spacing %d: a lead too long to wait at", sp)
		d.set.SealLead = 1300 * time.Millisecond
		for iv, why := range map[uint64]string{0: "no measure of L1's interval yet", 2: "2 s L1 blocks: S's block may land 2 s into S"} {
			d.l1IntervalSeen.Store(iv)
			require.False(t, d.awaitTipsFate(at(start(4)+2, onB5), m, 5, lead), "spacing %d: %s", sp, why)
		}
		d.l1IntervalSeen.Store(1)
		f.a.DistrustL1Spacing()
		require.False(t, d.awaitTipsFate(at(start(4)+2, onB5), m, 5, lead), "spacing %d, distrusted", sp)
	}
}

// TestASealHeldForItsParentsFateIsMeasured: trySeal holds slot 5's seal back while slot 4's
// block may still land on L1, and records how long it held it, from the first pass that held it,
// by what the seal was then built on: block 6 once L1 assures it (tip), L1's assured block 5 once
// slot 4's last L1 block came without block 6 (l1), or nothing when the node moved on to slot 6
// still holding it (none, measured to slot 6's lead, where it moved on). A pass that chose the
// parent but failed to build leaves the measure to the pass that built (rebuilt).
func TestASealHeldForItsParentsFateIsMeasured(t *testing.T) {
	ctx := context.Background()
	lead := time.Unix(tGenesis+5*tSlot, 0).Add(-1300 * time.Millisecond) // slot 5's lead
	for _, c := range []struct {
		name, on string
		then     time.Time
		assured  uint64
		head     uint64 // L1 head's time
		took     float64
	}{
		{"tip", "tip", lead.Add(600 * time.Millisecond), 6, tGenesis + 4*tSlot + 2, 0.6},
		{"l1", "l1", lead.Add(600 * time.Millisecond), 5, tGenesis + 4*tSlot + 3, 0.6},
		{"none", "none", lead.Add(6 * time.Second), 5, tGenesis + 4*tSlot + 2, 4}, // into slot 6: to its lead
		{"rebuilt", "tip", lead.Add(600 * time.Millisecond), 6, tGenesis + 4*tSlot + 2, 0.9},
	} {
		f := newChainFixtureParams(t, app.Config{}, store.OpenMemory(), func(p *app.Params) { p.L1BlockSpacing = 1 })
		b5 := f.seal(3, 5, common.Hash{4})
		b6 := f.seal(4, 6, b5)
		tips := map[uint64]Tip{5: {Number: 5, Hash: b5, Slot: 3}, 6: {Number: 6, Hash: b6, Slot: 4}}
		now := lead
		d, bc := driverOnClock(t, f, &now, 1300*time.Millisecond, DACalldata)
		var logs bytes.Buffer
		d.log = slog.New(slog.NewTextHandler(&logs, nil))
		d.l1IntervalSeen.Store(1)
		d.follow(ctx, L1Tips{Assured: tips[5], Head: &types.Header{Number: big.NewInt(7), Time: tGenesis + 4*tSlot + 2}})
		require.NoError(t, d.trySeal(ctx))
		require.Empty(t, bc.raw, "%s: held back: slot 4's block may still land", c.name)

		now = c.then
		d.follow(ctx, L1Tips{Assured: tips[c.assured], Head: &types.Header{Number: big.NewInt(8), Time: c.head}})
		d.l1IntervalSeen.Store(1)
		if c.name == "rebuilt" {
			d.pool = func(*big.Int, *big.Int, int, map[common.Hash]bool) ([]common.Hash, error) {
				return nil, errors.New("the pool's read failed")
			}
			require.Error(t, d.trySeal(ctx))
			require.Empty(t, bc.raw)
			d.pool, now = nil, now.Add(300*time.Millisecond)
			d.follow(ctx, L1Tips{Assured: tips[c.assured], Head: &types.Header{Number: big.NewInt(9), Time: c.head + 1}})
			d.l1IntervalSeen.Store(1)
		}
		require.NoError(t, d.trySeal(ctx))
		if c.on != "none" {
			require.NotEmpty(t, bc.raw, "%s: sealed", c.name)
			var s app.Seal
			require.NoError(t, json.Unmarshal(bc.raw[1:], &s))
			require.Equal(t, [2]any{uint64(5), tips[c.assured].Hash}, [2]any{s.Slot, s.Parent}, c.name)
		}
		for _, on := range []string{"tip", "l1", "none"} {
			var got dto.Metric
			require.NoError(t, d.parentWait.WithLabelValues(on).(prometheus.Histogram).Write(&got))
			if on != c.on {
				require.Zero(t, got.GetHistogram().GetSampleCount(), "%s: nothing on %s", c.name, on)
				continue
			}
			require.Equal(t, uint64(1), got.GetHistogram().GetSampleCount(), c.name)
			require.InDelta(t, c.took, got.GetHistogram().GetSampleSum(), 1e-9, c.name)
		}
		// The line tools/missbench reads.
		require.Contains(t, logs.String(), fmt.Sprintf("msg=%q slot=5 on=%s held_s=", MsgSealHeld, c.on), c.name)
	}
}

// fakeSender records the IDs the driver revives; notRevivable answers ErrNotRevivable for them.
type fakeSender struct {
	revived      []string
	notRevivable map[string]bool
}

func (f *fakeSender) Send(context.Context, txmgr.TxCandidate) (*types.Receipt, error) {
	return nil, fmt.Errorf("not in this test")
}

func (f *fakeSender) Revive(_ context.Context, id string) error {
	if f.notRevivable[id] {
		return txmgr.ErrNotRevivable
	}
	f.revived = append(f.revived, id)
	return nil
}

// TestReviveProposesAnL1ReorgRemoved: when L1's assured tip goes back, the node's confirmed
// proposes above it are revived in block order (their nonces would otherwise be a gap every
// later propose waits behind), once each; those at or below the new tip are not.
func TestReviveProposesAnL1ReorgRemoved(t *testing.T) {
	tx := &fakeSender{notRevivable: map[string]bool{"propose/5/c": true}}
	d := newDriver(&driver{txm: tx, log: slog.New(slog.DiscardHandler)}, nil)
	ctx := context.Background()
	at := func(assured uint64) L1Tips { return l1At(10, Tip{Number: assured}) }

	d.follow(ctx, at(1))
	d.confirmed("propose/2/a", 2)
	d.follow(ctx, at(2))
	d.confirmed("propose/3/b", 3)
	d.confirmed("propose/5/c", 5) // still has its receipt
	d.follow(ctx, at(5))
	require.Empty(t, tx.revived, "nothing revived while the assured tip advances")

	d.follow(ctx, at(2)) // a reorg drops blocks 3 to 5
	require.Equal(t, []string{"propose/3/b"}, tx.revived)

	d.follow(ctx, at(3))
	d.follow(ctx, at(1)) // and a deeper one
	require.Equal(t, []string{"propose/3/b", "propose/2/a"}, tx.revived, "each propose is revived once")
}

func TestHubKeepsTheLatest(t *testing.T) {
	h := newHub()
	c, unsub := h.subscribe()
	defer unsub()
	for i := uint64(1); i <= 40; i++ {
		h.publish(Tips{Pending: Tip{Number: i}})
	}
	h.publish(Tips{Pending: Tip{Number: 40}}) // unchanged: not sent again
	var last Tips
	for {
		select {
		case last = <-c:
			continue
		case <-time.After(50 * time.Millisecond):
		}
		break
	}
	require.Equal(t, uint64(40), last.Pending.Number, "a slow subscriber still ends on the latest state")
	require.Equal(t, uint64(40), h.last.Pending.Number)
}

// TestChooseParentReanchorsOnABasedBlock: the pending chain holds blocks 5 to 7 when L1's assured tip
// becomes a based-fallback block 6 on the proven block 5. The driver seals on it with it as the
// anchor; executed, the seal orphans 6 and 7 and the next seal builds on the new block once L1
// assures it.
func TestChooseParentReanchorsOnABasedBlock(t *testing.T) {
	f := newChainFixture(t)
	d := &driver{app: f.a, rollup: &Rollup{GenesisTime: tGenesis, SlotDuration: tSlot, EpochDuration: 1000}}
	start := common.Hash{4}
	b5 := f.seal(3, 5, start)
	b6 := f.seal(4, 6, b5)
	b7 := f.seal(5, 7, b6)

	based := Tip{Number: 6, Hash: common.Hash{0xba}, Slot: 12}
	parent, number, anchor, err := d.chooseParent(context.Background(), l1At(13, based), f.a.Meta())
	require.NoError(t, err)
	require.Equal(t, based.Hash, parent)
	require.Equal(t, uint64(7), number)
	require.NotNil(t, anchor)
	nb := f.sealAnchored(14, number, parent, anchor)

	m := f.a.Meta()
	require.Equal(t, nb, m.TipHash)
	require.Equal(t, based.Number, m.AnchorNumber)
	require.Equal(t, based.Hash, m.AnchorHash)
	for _, h := range []common.Hash{b6, b7} {
		b, err := f.a.BlockByHash(h)
		require.NoError(t, err)
		require.True(t, b.Orphaned)
	}
	b, err := f.a.BlockByNumber(5)
	require.NoError(t, err)
	require.Equal(t, b5, b.Hash, "the proven block stays")

	// While the new block can still be assured in its slot, the next seal extends it; once L1
	// assured it, too. No anchor either way.
	for _, l1 := range []L1Tips{l1At(14, based), l1At(15, Tip{Number: 7, Hash: nb, Slot: 14})} {
		parent, number, anchor, err = d.chooseParent(context.Background(), l1, f.a.Meta())
		require.NoError(t, err)
		require.Equal(t, nb, parent)
		require.Equal(t, uint64(8), number)
		require.Nil(t, anchor)
	}
	// It missed its slot: the next seal goes back to the based block, now the chain's anchor.
	parent, number, anchor, err = d.chooseParent(context.Background(), l1At(15, based), f.a.Meta())
	require.NoError(t, err)
	require.Equal(t, based.Hash, parent)
	require.Equal(t, uint64(7), number)
	require.Nil(t, anchor, "the based block is the chain's anchor already")
}

// TestChooseParentNamesTheForkOfSeveralBasedBlocks: L1 holds block 5 of the pending chain and
// then based blocks 6' and 7'. The seal re-anchors on 7' and names fork 6, so that the pending
// chain's 6 and 7 are orphaned and 5 is kept; L1's block hashes are read down to where the chains
// agree.
func TestChooseParentNamesTheForkOfSeveralBasedBlocks(t *testing.T) {
	f := newChainFixture(t)
	start := common.Hash{4}
	b5 := f.seal(3, 5, start)
	b6 := f.seal(4, 6, b5)
	f.seal(5, 7, b6)
	// 6' carries a transaction in calldata; 7' went to L1 with blobs.
	utx := app.UserTx{MaxFeePerDaGas: big.NewInt(1), MaxFeePerL2Gas: big.NewInt(1), Payload: []byte("on L1")}.Encode()
	data6 := app.EncodeTxsData([][]byte{utx})
	h6 := protocol.Header{Number: 6, Slot: 11, ParentHash: b5, TxsHash: protocol.CalldataTxsHash(data6),
		FeePerDaGas: big.NewInt(1), FeePerL2Gas: big.NewInt(1)}
	h7 := protocol.Header{Number: 7, Slot: 12, ParentHash: protocol.HeaderHash(h6), TxsHash: common.Hash{0xb1},
		FeePerDaGas: big.NewInt(1), FeePerL2Gas: big.NewInt(1)}
	l1 := map[uint64]common.Hash{4: start, 5: b5, 6: protocol.HeaderHash(h6), 7: protocol.HeaderHash(h7)}
	var reads []uint64
	var asked map[uint64]common.Hash
	d := &driver{app: f.a, rollup: &Rollup{GenesisTime: tGenesis, SlotDuration: tSlot, EpochDuration: 1000},
		log: slog.New(slog.DiscardHandler),
		blockHash: func(_ context.Context, n uint64) (common.Hash, error) {
			reads = append(reads, n)
			return l1[n], nil
		},
		proposeCalls: func(_ context.Context, want map[uint64]common.Hash) (map[uint64]*protocol.ProposeCall, error) {
			asked = want
			return map[uint64]*protocol.ProposeCall{6: {Header: h6, Txs: data6, Based: true}, 7: {Header: h7, Blobs: true, Based: true}}, nil
		}}
	based := Tip{Number: 7, Hash: l1[7], Slot: 12}
	parent, number, anchor, err := d.chooseParent(context.Background(), l1At(13, based), f.a.Meta())
	require.NoError(t, err)
	require.Equal(t, based.Hash, parent)
	require.Equal(t, uint64(8), number)
	require.Equal(t, &app.Anchor{Number: 7, Hash: based.Hash, Slot: 12, Fork: 6,
		Replaced: []app.Replaced{{Header: h6, Txs: []hexutil.Bytes{utx}}}}, anchor, "the blob block 7' is left out")
	require.Equal(t, []uint64{6, 5}, reads)
	require.Equal(t, map[uint64]common.Hash{6: l1[6], 7: l1[7]}, asked)

	f.sealAnchored(14, number, parent, anchor)
	m := f.a.Meta()
	require.Equal(t, uint64(8), m.TipNumber)
	require.Equal(t, uint64(7), m.AnchorNumber)
	b, err := f.a.BlockByNumber(5)
	require.NoError(t, err)
	require.Equal(t, b5, b.Hash, "L1 holds block 5")
	_, err = f.a.BlockByNumber(6)
	require.ErrorIs(t, err, app.ErrNotFound, "6 is L1's based block now")
	rec, err := f.a.Tx(app.TxHash(utx))
	require.NoError(t, err)
	require.Equal(t, app.TxPending, rec.State, "recorded as included in 6'")
	require.Equal(t, uint64(6), rec.Number)

	d.blockHash = func(context.Context, uint64) (common.Hash, error) { return common.Hash{}, errors.New("L1 down") }
	_, _, _, err = d.chooseParent(context.Background(), l1At(15, Tip{Number: 9, Hash: common.Hash{0x99}, Slot: 14}), f.a.Meta())
	require.ErrorContains(t, err, "L1 down", "no seal on a fork it could not find")
}

// captureSender keeps the last candidate the driver sends.
type captureSender struct{ last txmgr.TxCandidate }

func (c *captureSender) Send(_ context.Context, tc txmgr.TxCandidate) (*types.Receipt, error) {
	c.last = tc
	return &types.Receipt{Status: types.ReceiptStatusSuccessful}, nil
}

func (c *captureSender) Revive(context.Context, string) error { return nil }

// sealedBlock is an application with four members (validators in genesis, with CometBFT
// addresses cometAddr(i)) whose pending block 1 is sealed by the proposer of slot 5: the start of
// the publisher's tests.
type sealedBlock struct {
	domain   protocol.Domain
	ks       []*ecdsa.PrivateKey
	members  []common.Address
	proposer int
	a        *app.App
	finalize func(h int64, tx []byte)
}

// sealedSlot and sealedParent are block 1's slot and parent (L1's assured tip) in newSealedBlock.
const sealedSlot = 5

var sealedParent = common.Hash{1}

func cometAddr(i int) []byte { return common.LeftPadBytes([]byte{byte(i + 1)}, 20) }

func newSealedBlock(t *testing.T) *sealedBlock { return newSealedBlockWith(t, false) }

// newSealedBlockWith is newSealedBlock, block 1 sealed for blobs (with no transactions: one
// blob) when blobs is set.
func newSealedBlockWith(t *testing.T, blobs bool) *sealedBlock {
	t.Helper()
	f := &sealedBlock{domain: protocol.Domain{ChainID: big.NewInt(1), Rollup: common.Address{9}}}
	var gs app.GenesisState
	for i := range 4 {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte{byte(i), 'p'}))
		require.NoError(t, err)
		f.ks, f.members = append(f.ks, k), append(f.members, crypto.PubkeyToAddress(k.PublicKey))
		gs.Validators = append(gs.Validators, app.GenesisValidator{Attester: f.members[i], Address: common.Bytes2Hex(cometAddr(i))})
	}
	a, err := app.New(app.Config{Domain: f.domain, GenesisTime: tGenesis, SlotDuration: tSlot, EpochDuration: 1000}, store.OpenMemory())
	require.NoError(t, err)
	f.a = a
	state, err := json.Marshal(gs)
	require.NoError(t, err)
	ctx := context.Background()
	_, err = a.InitChain(ctx, &abci.RequestInitChain{AppStateBytes: state})
	require.NoError(t, err)
	c := app.Committee{Epoch: 0, Seed: common.Hash{7}, Members: f.members}
	f.proposer = protocol.ProposerIndex(c.Seed, sealedSlot, 4)
	ctxTx, err := app.EncodeJSON(app.KindCommittee, c)
	require.NoError(t, err)
	s := app.Seal{Slot: sealedSlot, Number: 1, Parent: sealedParent, FeePerDaGas: (*hexutil.Big)(big.NewInt(1)),
		FeePerL2Gas: (*hexutil.Big)(big.NewInt(1)), Proposer: f.members[f.proposer], Anchor: firstAnchor(a, 1, sealedParent)}
	if blobs {
		_, proofs, err := protocol.ProveBlobData(app.EncodeTxsData(nil))
		require.NoError(t, err)
		s.Blobs, s.BlobProofs = true, proofs
	}
	sig, err := protocol.SignDigest(f.ks[f.proposer], s.Digest(f.domain))
	require.NoError(t, err)
	s.Signature = sig[:]
	sealTx, err := app.EncodeJSON(app.KindSeal, s)
	require.NoError(t, err)
	f.finalize = func(h int64, tx []byte) {
		res, err := a.FinalizeBlock(ctx, &abci.RequestFinalizeBlock{Txs: [][]byte{tx}, Height: h})
		require.NoError(t, err)
		require.Zero(t, res.TxResults[0].Code, res.TxResults[0].Log)
		_, err = a.Commit(ctx, &abci.RequestCommit{})
		require.NoError(t, err)
	}
	f.finalize(1, ctxTx)
	f.finalize(2, sealTx)
	return f
}

// proposerAtItsSlot is the driver of block 1's proposer (with txm and votes, the extended
// commits it reads) as slot sealedSlot begins: L1's head is the slot's first block, L1 has
// assured block 1's parent, and the rollup's proposer timeout is 2 s.
func (f *sealedBlock) proposerAtItsSlot(txm sender, votes func(int64) []abci.ExtendedVoteInfo) *driver {
	r := &Rollup{GenesisTime: tGenesis, SlotDuration: tSlot, EpochDuration: 1000}
	r.Params.ProposerTimeout = 2
	d := newDriver(&driver{app: f.a, rollup: r, txm: txm, domain: f.domain, signer: keys.NewKeySigner(f.ks[f.proposer]),
		log: slog.New(slog.DiscardHandler), votes: votes}, nil)
	d.l1, d.haveL1 = L1Tips{Head: &types.Header{Number: big.NewInt(50), Time: r.SlotStart(sealedSlot)},
		Assured: Tip{Hash: sealedParent, Slot: sealedSlot - 1}}, true
	return d
}

// TestPublishCarriesExactlyAQuorumL1Accepts (issue #15, finding 1): a block's attestations hold
// one member's high-s (malleable) signature. Before the fix the publisher sent every attestation
// it had, and L1 reverted the propose (Rollup__SignatureMalleable) in every retry, so the block
// missed its slot. Now the propose carries exactly a quorum, each attestation as L1 checks it,
// the slot's proposer's among them, in increasing index.
func TestPublishCarriesExactlyAQuorumL1Accepts(t *testing.T) {
	f := newSealedBlock(t)
	domain, ks, members, proposer, a := f.domain, f.ks, f.members, f.proposer, f.a
	ctx := context.Background()
	b, err := a.BlockByNumber(1)
	require.NoError(t, err)
	digest := domain.AttestationDigest(b.Header)
	byz := (proposer + 1) % 4
	for i := range 4 {
		sig, err := protocol.SignDigest(ks[i], digest)
		require.NoError(t, err)
		if i == byz { // the malleable twin: same signer, s in the upper half
			sv := new(big.Int).Sub(crypto.S256().Params().N, new(big.Int).SetBytes(sig[32:64]))
			sv.FillBytes(sig[32:64])
			sig[64] = 27 + 28 - sig[64]
		}
		b.Attestations = append(b.Attestations, app.Attestation{Index: i, Signature: sig[:]})
	}
	tx := &captureSender{}
	d := newDriver(&driver{app: a, rollup: &Rollup{GenesisTime: tGenesis, SlotDuration: tSlot, EpochDuration: 1000},
		txm: tx, domain: domain, log: slog.New(slog.DiscardHandler)}, nil)
	require.NoError(t, d.publish(ctx, "propose/1", b, true))
	call, err := protocol.DecodeProposeCall(tx.last.Data)
	require.NoError(t, err)
	require.Len(t, call.Attestations, protocol.Quorum(4), "exactly a quorum")
	var idx []int
	for _, at := range call.Attestations {
		require.NoError(t, protocol.CheckAttestation(digest, members, at), "index %d: as L1 checks it", at.Index)
		idx = append(idx, at.Index)
	}
	require.NotContains(t, idx, byz, "the high-s attestation is left out")
	require.Contains(t, idx, proposer, "the slot's proposer's is in")
	require.IsIncreasing(t, idx)
}

// TestPublishTakesTheProposersAttestationFromTheCommit (review of issue #15): a byzantine
// CometBFT proposer of the height after a seal records, as the block's attestation set, a quorum
// that leaves out the slot's proposer (execution accepts any valid quorum). Before the fix the
// publisher then sent the chain's set alone, which the rollup reverts until its proposer timeout
// (Rollup__ProposerAttestationMissing): the slot's proposer could not publish its own block, and
// every block whose attestation height that member proposed waited for the timeout or missed its
// slot. Now the publisher adds the attestations of the commit that sealed the block, so the
// proposer's is in.
func TestPublishTakesTheProposersAttestationFromTheCommit(t *testing.T) {
	f := newSealedBlock(t)
	domain, ks, members, proposer, a, finalize := f.domain, f.ks, f.members, f.proposer, f.a, f.finalize
	ctx := context.Background()
	b, err := a.BlockByNumber(1)
	require.NoError(t, err)
	digest := domain.AttestationDigest(b.Header)
	// Every member attested in the commit of height 2; the byzantine proposer of height 3
	// records a quorum without the slot's proposer.
	var votes []abci.ExtendedVoteInfo
	set := app.AttestationSet{Number: 1, Hash: b.Hash}
	for i := range 4 {
		sig, err := protocol.SignDigest(ks[i], digest)
		require.NoError(t, err)
		votes = append(votes, abci.ExtendedVoteInfo{Validator: abci.Validator{Address: cometAddr(i)},
			BlockIdFlag: cmtproto.BlockIDFlagCommit, VoteExtension: append(b.Hash.Bytes(), sig[:]...)})
		if i != proposer {
			set.Attestations = append(set.Attestations, app.Attestation{Index: i, Signature: sig[:]})
		}
	}
	attTx, err := app.EncodeJSON(app.KindAttestation, set)
	require.NoError(t, err)
	finalize(3, attTx)
	b, err = a.BlockByNumber(1)
	require.NoError(t, err)
	require.Len(t, b.Attestations, 3, "the chain holds the byzantine proposer's set")

	// The slot's proposer publishes at the start of its slot, before the proposer timeout.
	tx := &captureSender{}
	d := f.proposerAtItsSlot(tx, func(h int64) []abci.ExtendedVoteInfo {
		require.Equal(t, b.Height, h)
		return votes
	})
	d.tryPublish(ctx)
	d.pubs.Wait()
	require.NotNil(t, tx.last.Data, "the proposer published")
	call, err := protocol.DecodeProposeCall(tx.last.Data)
	require.NoError(t, err)
	var idx []int
	for _, at := range call.Attestations {
		require.NoError(t, protocol.CheckAttestation(digest, members, at))
		idx = append(idx, at.Index)
	}
	require.Contains(t, idx, proposer, "the slot's proposer's attestation, which L1 requires before the timeout")
	require.Len(t, idx, protocol.Quorum(4))
}

// TestReanchorSealLeavesOutTheReplacedBlocksTransactions (the chaos soak's halt at 274, seed 1):
// the pending chain's block 5 (slot 3) carries transactions A; it misses its slot and a seal on
// block 4 orphans it, taking newer transactions only (A were pending when it was built), so A go
// back to the pool, oldest of all. Then L1 assures the orphaned block 5 after all (a late
// publish, or an L1 reorg). The proposer re-anchors on it, and its seal must not carry A: the
// seal brings them as the replaced block's, and the chain refuses a seal that also seals them
// itself. Before, the pool was sealed oldest first, A with it, every proposer's re-anchoring seal
// was refused, and the pending chain stood still until one sealed an empty block.
func TestReanchorSealLeavesOutTheReplacedBlocksTransactions(t *testing.T) {
	f := newChainFixture(t)
	me := crypto.PubkeyToAddress(f.key.PublicKey)
	sealTxs := func(slot, number uint64, parent common.Hash, txs []common.Hash) common.Hash {
		one := (*hexutil.Big)(big.NewInt(1))
		s := app.Seal{Slot: slot, Number: number, Parent: parent, FeePerDaGas: one, FeePerL2Gas: one,
			Coinbase: me, Proposer: me, Tip: f.a.Meta().TipHash, Txs: txs, Anchor: firstAnchor(f.a, number, parent)}
		sig, err := protocol.SignDigest(f.key, s.Digest(f.domain))
		require.NoError(t, err)
		s.Signature = sig[:]
		raw, err := app.EncodeJSON(app.KindSeal, s)
		require.NoError(t, err)
		f.finalize(raw)
		return f.a.Meta().TipHash
	}
	user := func(name string) []byte {
		return app.UserTx{MaxFeePerDaGas: big.NewInt(1), MaxFeePerL2Gas: big.NewInt(1), Payload: []byte(name)}.Encode()
	}
	a1, a2 := user("A1"), user("A2")
	f.finalize(a1, a2)
	start := common.Hash{4}
	x := sealTxs(3, 5, start, []common.Hash{app.TxHash(a1), app.TxHash(a2)})
	b1 := user("B1")
	f.finalize(b1)
	sealTxs(4, 5, start, []common.Hash{app.TxHash(b1)}) // orphans x: A are queued again
	b2 := user("B2")
	f.finalize(b2)
	for _, raw := range [][]byte{a1, a2} {
		rec, err := f.a.Tx(app.TxHash(raw))
		require.NoError(t, err)
		require.Equal(t, app.TxQueued, rec.State)
	}

	// L1 assures x: its propose carried A in calldata.
	xb, err := f.a.BlockByHash(x)
	require.NoError(t, err)
	data := app.EncodeTxsData([][]byte{a1, a2})
	require.Equal(t, protocol.CalldataTxsHash(data), common.Hash(xb.Header.TxsHash))
	l1 := map[uint64]common.Hash{4: start, 5: x}
	at := time.Unix(tGenesis+6*tSlot-1, 0) // 1 s before slot 6: within the 1.5 s seal lead
	d, bc := driverOnClock(t, f, &at, 1500*time.Millisecond, DACalldata)
	d.blockHash = func(_ context.Context, n uint64) (common.Hash, error) { return l1[n], nil }
	d.proposeCalls = func(_ context.Context, want map[uint64]common.Hash) (map[uint64]*protocol.ProposeCall, error) {
		require.Equal(t, map[uint64]common.Hash{5: x}, want)
		return map[uint64]*protocol.ProposeCall{5: {Header: xb.Header, Txs: data}}, nil
	}
	d.budget.sealSent(99, 0, 0, at)
	d.budget.committed(99, at.Add(100*time.Millisecond)) // fast commits: the budget takes the whole pool
	d.follow(context.Background(), L1Tips{Assured: Tip{Number: 5, Hash: x, Slot: 3},
		Head: &types.Header{Number: big.NewInt(1), Time: tGenesis + 5*tSlot}})
	require.NoError(t, d.trySeal(context.Background()))
	require.NotEmpty(t, bc.raw, "a seal was sent")
	var s app.Seal
	require.NoError(t, json.Unmarshal(bc.raw[1:], &s))
	require.NotNil(t, s.Anchor, "a re-anchoring seal")
	require.Equal(t, x, s.Anchor.Hash)
	require.Equal(t, x, s.Parent, "built on L1's block 5, by its hash")
	require.Equal(t, []common.Hash{app.TxHash(b2)}, s.Txs, "A go with the replaced block; the rest of the pool is sealed")

	f.finalize(bc.raw) // executes: refused before
	m := f.a.Meta()
	require.Equal(t, uint64(6), m.TipNumber)
	require.Equal(t, uint64(5), m.AnchorNumber)
	require.Equal(t, x, m.AnchorHash)
	for _, raw := range [][]byte{a1, a2} {
		rec, err := f.a.Tx(app.TxHash(raw))
		require.NoError(t, err)
		require.Equal(t, app.TxPending, rec.State, "included in L1's block 5")
		require.Equal(t, x, rec.Block)
	}
	rec, err := f.a.Tx(app.TxHash(b1))
	require.NoError(t, err)
	require.Equal(t, app.TxQueued, rec.State, "the orphaned block's transaction is queued again")
}

// l1TipAnchors is an L1 whose assured tip is *tip: it confirms that anchor only. Its head is
// an L1 block of *now when now is set (a current view), and unreadable otherwise.
type l1TipAnchors struct {
	tip *Tip
	now *time.Time
}

func (l l1TipAnchors) L1Head(context.Context) (app.L1Block, uint64, error) {
	if l.now == nil {
		return app.L1Block{}, 0, errors.New("not in this test")
	}
	return app.L1Block{Number: uint64(l.now.Unix()), Hash: common.Hash{1}}, uint64(l.now.Unix()), nil
}

func (l l1TipAnchors) CheckAnchor(_ context.Context, a app.Anchor) error {
	if a.Number == l.tip.Number && a.Hash == l.tip.Hash && a.Slot == l.tip.Slot {
		return nil
	}
	return ErrNotL1Tip
}

// CheckAnchorAt: this L1 has one state, its tip's, at every block.
func (l l1TipAnchors) CheckAnchorAt(ctx context.Context, a app.Anchor, _ app.L1Block) error {
	return l.CheckAnchor(ctx, a)
}

func (l l1TipAnchors) BlockHash(context.Context, uint64) (common.Hash, error) {
	return common.Hash{}, errors.New("not in this test")
}

// TestChooseParentResealsAreConfirmed (review r17f H1): the seals chooseParent builds without an
// anchor below the pending tip (the tip missed its slot: on L1's assured tip; nothing assured
// since the anchor: on the anchor, whose slot the chain's first seal carried) are accepted by
// ProcessProposal, which now confirms such a seal's parent against L1; a seal on an older block
// is refused.
func TestChooseParentResealsAreConfirmed(t *testing.T) {
	now := time.Unix(tGenesis+6*tSlot, 0)
	var assured Tip
	f := newChainFixtureWith(t, func() time.Time { return now }, l1TipAnchors{&assured, &now})
	d := &driver{app: f.a, rollup: &Rollup{GenesisTime: tGenesis, SlotDuration: tSlot, EpochDuration: 1000}}
	anchor := Tip{Number: 4, Hash: common.Hash{4}, Slot: 1}
	assured = anchor
	parent, number, an, err := d.chooseParent(context.Background(), l1At(2, anchor), f.a.Meta())
	require.NoError(t, err)
	b5 := f.sealAnchored(3, 5, parent, an)
	require.Equal(t, uint64(5), number)
	b6 := f.seal(4, 6, b5)
	process := func(raw []byte) abci.ResponseProcessProposal_ProposalStatus {
		pp, err := f.a.ProcessProposal(context.Background(), &abci.RequestProcessProposal{
			Txs: [][]byte{raw}, Height: f.height + 1, Time: now, Hash: []byte{byte(f.height)}})
		require.NoError(t, err)
		return pp.Status
	}
	for _, tc := range []struct {
		name string
		l1   Tip
	}{
		{"tip missed its slot: on L1's tip", Tip{Number: 5, Hash: b5, Slot: 3}},
		{"nothing assured since the anchor: on it", anchor},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assured = tc.l1
			parent, number, an, err := d.chooseParent(context.Background(), l1At(5, tc.l1), f.a.Meta())
			require.NoError(t, err)
			require.Nil(t, an)
			require.LessOrEqual(t, number, f.a.Meta().TipNumber, "a seal that orphans the tip")
			require.Equal(t, abci.ResponseProcessProposal_ACCEPT, process(f.sealRaw(6, number, parent, nil)))
		})
	}
	assured = Tip{Number: 5, Hash: b5, Slot: 3}
	require.Equal(t, abci.ResponseProcessProposal_REJECT, process(f.sealRaw(6, 5, anchor.Hash, nil)),
		"a seal on the anchor, below L1's assured tip 5, would orphan it")
	require.Equal(t, b6, f.a.Meta().TipHash)
}

// ringAnchors is an L1 whose assured tip is tip (l1TipAnchors), which answers the hashes of the
// blocks in its ring only (ring of them, up to the tip), as the rollup's getBlockHash does.
type ringAnchors struct {
	l1TipAnchors
	hashes map[uint64]common.Hash
	ring   uint64
}

func (r ringAnchors) BlockHash(_ context.Context, n uint64) (common.Hash, error) {
	if n > r.tip.Number || r.tip.Number-n >= r.ring {
		return common.Hash{}, fmt.Errorf("Rollup__BlockNotAvailable(%d)", n)
	}
	return r.hashes[n], nil
}

// TestChooseParentFindsAForkBelowL1sRing (review r17k F3): pending blocks 5-7, then based blocks
// 6'-305' on L1, a run longer than L1's ring of block hashes (50 here) and than a fork was
// allowed to lie below its anchor (255). The driver reads L1's hashes down its ring, then
// below it the parent hashes of L1's headers, read with their propose transactions, and names
// fork 6; the seal carries those headers, from the fork up past the ring's lowest block, 6'
// with its transaction, the blob block 100' and those beyond what a seal carries bare. Members
// accept it (ProcessProposal, which reads L1's ring only) and the chain re-anchors. Before, the
// driver gave up 256 blocks below the anchor and the chain could never re-anchor.
func TestChooseParentFindsAForkBelowL1sRing(t *testing.T) {
	const last, ring = 305, 50
	now := time.Unix(tGenesis+(last+6)*tSlot, 0)
	assured := Tip{}
	l1 := map[uint64]common.Hash{}
	f := newChainFixtureWith(t, func() time.Time { return now }, ringAnchors{l1TipAnchors{&assured, &now}, l1, ring})
	start := common.Hash{4}
	assured = Tip{Number: 4, Hash: start, Slot: 1}
	b5 := f.sealAnchored(3, 5, start, &app.Anchor{Number: 4, Hash: start, Slot: 1})
	b6 := f.seal(4, 6, b5)
	f.seal(5, 7, b6)

	utx := app.UserTx{MaxFeePerDaGas: big.NewInt(1), MaxFeePerL2Gas: big.NewInt(1), Payload: []byte("on L1")}.Encode()
	calls := map[uint64]*protocol.ProposeCall{}
	parent := b5
	for n := uint64(6); n <= last; n++ {
		c := &protocol.ProposeCall{Header: protocol.Header{Number: n, Slot: n + 5, ParentHash: parent,
			TxsHash: protocol.EmptyTxsHash, FeePerDaGas: big.NewInt(1), FeePerL2Gas: big.NewInt(1)}, Based: true}
		switch n {
		case 6:
			c.Txs = app.EncodeTxsData([][]byte{utx})
			c.Header.TxsHash = protocol.CalldataTxsHash(c.Txs)
		case 100:
			c.Header.TxsHash, c.Blobs = common.Hash{0xb1}, true
		}
		calls[n], parent = c, protocol.HeaderHash(c.Header)
		l1[n] = parent
	}
	l1[5], l1[4] = b5, start
	assured = Tip{Number: last, Hash: l1[last], Slot: last + 5}
	d := &driver{app: f.a, rollup: &Rollup{GenesisTime: tGenesis, SlotDuration: tSlot, EpochDuration: 1000},
		log:       slog.New(slog.DiscardHandler),
		blockHash: ringAnchors{l1TipAnchors{&assured, &now}, l1, ring}.BlockHash,
		proposeCalls: func(_ context.Context, want map[uint64]common.Hash) (map[uint64]*protocol.ProposeCall, error) {
			out := map[uint64]*protocol.ProposeCall{}
			for n, h := range want {
				if c := calls[n]; c != nil && protocol.HeaderHash(c.Header) == h {
					out[n] = c
				}
			}
			return out, nil
		}}
	parentHash, number, an, err := d.chooseParent(context.Background(), l1At(last+6, assured), f.a.Meta())
	require.NoError(t, err)
	require.Equal(t, l1[last], parentHash)
	require.Equal(t, uint64(last+1), number)
	require.Equal(t, uint64(6), an.Fork)
	ringLow := uint64(last - ring + 1)
	require.GreaterOrEqual(t, len(an.Replaced), int(ringLow-6+1))
	carried := 0
	for i, r := range an.Replaced {
		require.Equal(t, uint64(6+i), r.Header.Number, "no gap from the fork up")
		if !r.Bare {
			carried++
		}
	}
	require.Equal(t, uint64(ringLow+linkMargin), an.Replaced[len(an.Replaced)-1].Header.Number)
	require.Equal(t, []hexutil.Bytes{utx}, an.Replaced[0].Txs)
	require.True(t, an.Replaced[100-6].Bare, "the blob block")
	require.Equal(t, app.MaxReplacedBlocks-1, carried, "the run below the ring ends in a block not followed by its successor")

	an.At = &app.L1Block{Number: 1, Hash: common.Hash{1}}
	raw := f.sealRaw(last+6, number, parentHash, an)
	pp, err := f.a.ProcessProposal(context.Background(), &abci.RequestProcessProposal{
		Txs: [][]byte{raw}, Height: f.height + 1, Time: now, Hash: []byte{byte(f.height)}})
	require.NoError(t, err)
	require.Equal(t, abci.ResponseProcessProposal_ACCEPT, pp.Status)
	f.finalize(raw)
	m := f.a.Meta()
	require.Equal(t, uint64(last+1), m.TipNumber)
	require.Equal(t, uint64(last), m.AnchorNumber)
	b, err := f.a.BlockByNumber(5)
	require.NoError(t, err)
	require.Equal(t, b5, b.Hash, "L1 holds block 5")
	rec, err := f.a.Tx(app.TxHash(utx))
	require.NoError(t, err)
	require.Equal(t, app.TxPending, rec.State, "recorded as included in 6'")
	require.Equal(t, uint64(6), rec.Number)
}

// TestSealQuorumIsTheBlocksAttestationsOnTheChain: sptn_seal_quorum_seconds is observed once
// this node's committed seal has a quorum of attestations: in the extended commit that committed
// it (what the publisher takes), else as the set the next height records (execution records a
// set only when it is a quorum). Not at the seal's commit without them. A seal with neither by
// the height after its own is counted as seal_unattested instead.
func TestSealQuorumIsTheBlocksAttestationsOnTheChain(t *testing.T) {
	f := newSealedBlock(t)
	b, err := f.a.BlockByNumber(1)
	require.NoError(t, err)
	reg := prometheus.NewRegistry()
	d := newDriver(&driver{app: f.a, log: slog.New(slog.DiscardHandler)}, reg)
	observed := func() (n uint64, sum, unattested float64) {
		fams, err := reg.Gather()
		require.NoError(t, err)
		for _, fam := range fams {
			switch fam.GetName() {
			case "sptn_seal_quorum_seconds":
				h := fam.GetMetric()[0].GetHistogram()
				n, sum = h.GetSampleCount(), h.GetSampleSum()
			case "sptn_node_events_total":
				for _, m := range fam.GetMetric() {
					if m.GetLabel()[0].GetValue() == "seal_unattested" {
						unattested = m.GetCounter().GetValue()
					}
				}
			}
		}
		return n, sum, unattested
	}
	sent := time.Now().Add(-3 * time.Second)
	wait := func(h common.Hash) { d.awaitQuorum.hash, d.awaitQuorum.since = h, sent }
	digest := f.domain.AttestationDigest(b.Header)
	var quorum []app.Attestation
	var votes []abci.ExtendedVoteInfo
	for i := range protocol.Quorum(4) {
		sig, err := protocol.SignDigest(f.ks[i], digest)
		require.NoError(t, err)
		quorum = append(quorum, app.Attestation{Index: i, Signature: sig[:]})
		votes = append(votes, abci.ExtendedVoteInfo{Validator: abci.Validator{Address: cometAddr(i)},
			BlockIdFlag: cmtproto.BlockIDFlagCommit, VoteExtension: append(b.Hash.Bytes(), sig[:]...)})
	}

	// At the seal's commit, with no extended commit to read: waited for.
	wait(b.Hash)
	d.attested(app.Meta{Height: b.Height})
	n, _, _ := observed()
	require.Zero(t, n, "committed, no quorum seen yet")
	require.Equal(t, b.Hash, d.awaitQuorum.hash, "still waited for")

	// The commit's own extended votes hold a quorum: observed at once.
	d.votes = func(h int64) []abci.ExtendedVoteInfo {
		require.Equal(t, b.Height, h)
		return votes
	}
	d.attested(app.Meta{Height: b.Height})
	n, sum, _ := observed()
	require.Equal(t, uint64(1), n, "the quorum of the seal's commit")
	require.GreaterOrEqual(t, sum, 3.0, "from the first seal sent")
	require.Zero(t, d.awaitQuorum.hash)
	d.attested(app.Meta{Height: b.Height})
	n, _, _ = observed()
	require.Equal(t, uint64(1), n, "once")
	d.votes = nil

	// No quorum in this node's commit: the set the next height records.
	wait(b.Hash)
	attTx, err := app.EncodeJSON(app.KindAttestation, app.AttestationSet{Number: 1, Hash: b.Hash, Attestations: quorum})
	require.NoError(t, err)
	f.finalize(b.Height+1, attTx)
	d.attested(f.a.Meta())
	n, _, unattested := observed()
	require.Equal(t, uint64(2), n, "the recorded quorum")
	require.Zero(t, unattested)

	// A block this node does not have, and one with no quorum by the height after its own.
	wait(common.Hash{0xee})
	d.attested(f.a.Meta())
	require.Zero(t, d.awaitQuorum.hash, "not waited for")
	g := newSealedBlock(t)
	gb, err := g.a.BlockByNumber(1)
	require.NoError(t, err)
	d.app = g.a
	wait(gb.Hash)
	d.attested(app.Meta{Height: gb.Height + 1})
	require.Equal(t, gb.Hash, d.awaitQuorum.hash, "the height after may still record one")
	d.attested(app.Meta{Height: gb.Height + 2})
	require.Zero(t, d.awaitQuorum.hash)
	n, _, unattested = observed()
	require.Equal(t, uint64(2), n)
	require.Equal(t, 2.0, unattested, "both counted, neither observed")
}

// TestPublishNotSentWhereItWouldLandAfterItsSlot (committee-48 sweep, 2026-12-03: five
// proposes mined one L1 block after their slot and reverted with Rollup__WrongSlot, their gas
// paid): while L1's head is its slot's last block, a propose sent would land in the next slot's
// first block at the earliest. The driver learns L1's block interval from the heads it follows
// (each against its parent) and sends only while a block of the slot is still to come.
// newAttestedBlock is newSealedBlock with all four attestations of block 1 on the pending chain.
func newAttestedBlock(t *testing.T) *sealedBlock {
	t.Helper()
	f := newSealedBlock(t)
	b, err := f.a.BlockByNumber(1)
	require.NoError(t, err)
	digest := f.domain.AttestationDigest(b.Header)
	set := app.AttestationSet{Number: 1, Hash: b.Hash}
	for i := range 4 {
		sig, err := protocol.SignDigest(f.ks[i], digest)
		require.NoError(t, err)
		set.Attestations = append(set.Attestations, app.Attestation{Index: i, Signature: sig[:]})
	}
	attTx, err := app.EncodeJSON(app.KindAttestation, set)
	require.NoError(t, err)
	f.finalize(3, attTx)
	return f
}

// publishedNow runs one tryPublish to its end and says whether it sent a propose.
func publishedNow(ctx context.Context, d *driver, tx *captureSender) bool {
	tx.last = txmgr.TxCandidate{}
	d.tryPublish(ctx)
	d.pubs.Wait()
	return tx.last.Data != nil
}

// newPublisher is a driver publishing f's block as member i, with the capturing sender it hands
// proposes to and the rollup view of 4 s slots it reads.
func newPublisher(f *sealedBlock, i int) (*driver, *captureSender, *Rollup) {
	tx := &captureSender{}
	r := &Rollup{GenesisTime: tGenesis, SlotDuration: tSlot, EpochDuration: 1000}
	d := newDriver(&driver{app: f.a, rollup: r, txm: tx, domain: f.domain, signer: keys.NewKeySigner(f.ks[i]),
		log: slog.New(slog.DiscardHandler)}, prometheus.NewRegistry())
	return d, tx, r
}

func TestPublishNotSentWhereItWouldLandAfterItsSlot(t *testing.T) {
	f := newAttestedBlock(t)
	ctx := context.Background()

	d, tx, r := newPublisher(f, f.proposer)
	start := r.SlotStart(sealedSlot) // the slot has two 2 s L1 blocks: start and start+2
	var last *types.Header
	next := func(at uint64) *types.Header { // L1's next block, at time at
		h := &types.Header{Number: big.NewInt(1), Time: at}
		if last != nil {
			h.Number, h.ParentHash = new(big.Int).Add(last.Number, big.NewInt(1)), last.Hash()
		}
		last = h
		return h
	}
	follow := func(h *types.Header) {
		d.follow(ctx, L1Tips{Head: h, Assured: Tip{Hash: sealedParent, Slot: sealedSlot - 1}})
	}
	publish := func() bool { return publishedNow(ctx, d, tx) }

	// A clock warped forward, a missed L1 slot, anvil's one-second-short gaps, and a head of
	// another chain (not a child of the last) do not move the interval from 2 s.
	follow(next(start - 200))
	follow(next(start - 100))
	for at := start - 98; at < start-40; at += 2 {
		follow(next(at))
	}
	follow(next(start - 37)) // 3 s: after it, a block 1 s short
	follow(next(start - 36))
	follow(next(start - 32)) // a missed slot
	follow(&types.Header{Number: big.NewInt(999), Time: start - 31})
	for at := start - 30; at <= start+2; at += 2 {
		follow(next(at))
	}
	require.Equal(t, uint64(2), d.l1Interval())
	require.Equal(t, start+2, last.Time)
	require.False(t, publish(), "the slot's last L1 block: the propose would land in the next slot")

	// The same slot at its first L1 block, on a longer chain (anvil_reorg keeps the new blocks
	// at the fork's time): a block of the slot is to come, and the heads seen on the chain L1
	// dropped do not say it is due already.
	follow(&types.Header{Number: new(big.Int).Add(last.Number, big.NewInt(1)), Time: start})
	require.Equal(t, uint64(2), d.l1Interval())
	require.True(t, publish(), "a block of the slot is still to come")
}

// TestPublishDeadlineFromTheHeadsSeen: L1's head is the slot's first block, so the slot's last
// block is still to come, but it is due sooner than a propose could reach it: the poll that saw
// the head ran late (a starved machine), and the heads seen on time before it say when L1 makes
// its blocks. The proposer does not start a propose that would land in the next slot and revert,
// and says so once; one started in time carries the deadline to the transaction manager
// (NotAfter), which checks it again after the estimate and the blob proofs. A local clock
// stepped forward, or L1's clock warped, does not stop a proposer.
func TestPublishDeadlineFromTheHeadsSeen(t *testing.T) {
	f := newAttestedBlock(t)
	ctx := context.Background()
	d, tx, r := newPublisher(f, f.proposer)
	start := r.SlotStart(sealedSlot) // the slot has two 2 s L1 blocks: start and start+2
	var last *types.Header
	// follow has the driver see L1's next block, with timestamp at, at local time seen.
	follow := func(at uint64, seen time.Time) { last = followSeen(ctx, d, last, at, seen) }
	// made is when L1 made its block with timestamp at, if it made the slot's first at base.
	made := func(at uint64, base time.Time) time.Time {
		return base.Add(time.Duration(int64(at)-int64(start)) * time.Second)
	}
	publish := func() bool { return publishedNow(ctx, d, tx) }
	tooLate := func() float64 { return testutil.ToFloat64(d.events.WithLabelValues("propose_too_late")) }

	// L1 made the slot's first block 2.1 s ago. Before it: a head seen just before L1's clock was
	// warped an hour forward, then heads every 2 s, each seen 50 ms after L1 made it. The slot's
	// head itself is seen only now, 2.1 s late: the slot's last block was due 50 ms ago.
	base := time.Now().Add(-2100 * time.Millisecond)
	follow(start-3600, made(start-22, base))
	for at := start - 20; at < start; at += 2 {
		follow(at, made(at, base).Add(50*time.Millisecond))
	}
	follow(start, time.Now())
	require.Equal(t, uint64(2), d.l1Interval())
	due, ok := d.dueBy(last, sealedSlot)
	require.True(t, ok)
	require.WithinDuration(t, made(start+2, base).Add(50*time.Millisecond), due, time.Millisecond,
		"due by the heads seen on time, not by the late one nor the one before the warp")
	require.False(t, publish(), "the slot's last L1 block is due already: a propose would land in the next slot")
	require.False(t, publish())
	require.Equal(t, 1.0, tooLate(), "reported once a propose")

	// The same heads seen as they came (L1 made the slot's first block now): 2.05 s are left, and
	// the transaction manager must have the propose 250 ms before.
	base = time.Now()
	d.mu.Lock()
	for i := range d.l1Seen {
		d.l1Seen[i].at = made(d.l1Seen[i].time, base).Add(50 * time.Millisecond)
	}
	d.mu.Unlock()
	require.True(t, publish(), "the slot's last L1 block is 2 s away")
	require.WithinDuration(t, made(start+2, base).Add(50*time.Millisecond-250*time.Millisecond), tx.last.NotAfter, time.Millisecond,
		"the transaction manager is told the deadline")
	require.Equal(t, 1.0, tooLate())

	// Another member, past the proposer timeout (0 here), with the late heads: its fallback is
	// not sent either, and not counted (with two L1 blocks a slot every member's would be).
	other := (f.proposer + 1) % 4
	d2, tx2, _ := newPublisher(f, other)
	d2.follow(ctx, L1Tips{Head: last, Assured: Tip{Hash: sealedParent, Slot: sealedSlot - 1}})
	d.mu.RLock()
	d2.l1Seen, d2.l1Gaps = slices.Clone(d.l1Seen), slices.Clone(d.l1Gaps)
	d2.l1IntervalSeen.Store(d.l1Interval())
	d.mu.RUnlock()
	d2.mu.Lock()
	for i := range d2.l1Seen {
		d2.l1Seen[i].at = made(d2.l1Seen[i].time, time.Now().Add(-2100*time.Millisecond)).Add(50 * time.Millisecond)
	}
	d2.mu.Unlock()
	require.False(t, publishedNow(ctx, d2, tx2))
	require.Zero(t, testutil.ToFloat64(d2.events.WithLabelValues("propose_too_late")), "a fallback is not the proposer's lateness")

	require.Equal(t, 125*time.Millisecond, sendMargin(1))
	require.Equal(t, 250*time.Millisecond, sendMargin(2))
	require.Equal(t, 250*time.Millisecond, sendMargin(12))
}

// followSeen has d follow L1's block after last (the first: nil), with timestamp at, as first
// seen at local time seen, over the assured tip sealedParent; it returns that block.
func followSeen(ctx context.Context, d *driver, last *types.Header, at uint64, seen time.Time) *types.Header {
	h := &types.Header{Number: big.NewInt(1), Time: at}
	if last != nil {
		h.Number, h.ParentHash = new(big.Int).Add(last.Number, big.NewInt(1)), last.Hash()
	}
	d.follow(ctx, L1Tips{Head: h, Assured: Tip{Hash: sealedParent, Slot: sealedSlot - 1}})
	d.mu.Lock()
	d.l1Seen[len(d.l1Seen)-1].at = seen
	d.mu.Unlock()
	return h
}

// TestFollowFlagsAnL1BreakingTheChainsSpacing: a chain whose params say L1 makes its blocks at
// least a second apart (app.Params.L1BlockSpacing, geth's guarantee), run on an L1 that made two
// in one second (anvil can), lets seals orphan blocks L1 may still take. The driver says so, at
// ERROR, counts each such head once, and has its node judge by the stricter rule from then on.
func TestFollowFlagsAnL1BreakingTheChainsSpacing(t *testing.T) {
	ctx := context.Background()
	p := app.DefaultParams()
	p.L1BlockSpacing = 1
	state, err := json.Marshal(app.GenesisState{Params: &p})
	require.NoError(t, err)
	a, err := app.New(app.Config{GenesisTime: tGenesis, SlotDuration: tSlot, EpochDuration: 1000}, store.OpenMemory())
	require.NoError(t, err)
	_, err = a.InitChain(ctx, &abci.RequestInitChain{AppStateBytes: state})
	require.NoError(t, err)
	var logs bytes.Buffer
	d := newDriver(&driver{app: a, rollup: &Rollup{GenesisTime: tGenesis, SlotDuration: tSlot, EpochDuration: 1000},
		log: slog.New(slog.NewTextHandler(&logs, nil))}, prometheus.NewRegistry())
	h1 := &types.Header{Number: big.NewInt(1), Time: 5000}
	h2 := &types.Header{Number: big.NewInt(2), Time: 5001, ParentHash: h1.Hash()}
	h3 := &types.Header{Number: big.NewInt(3), Time: 5001, ParentHash: h2.Hash()} // the same second
	for _, h := range []*types.Header{h1, h2, h2} {
		d.follow(ctx, L1Tips{Head: h})
	}
	require.Equal(t, uint64(1), a.L1Spacing(), "blocks a second apart keep it")
	for _, h := range []*types.Header{h3, h3} {
		d.follow(ctx, L1Tips{Head: h})
	}
	require.Equal(t, 1.0, testutil.ToFloat64(d.events.WithLabelValues("l1_spacing_broken")), "h3 only, once")
	require.Zero(t, a.L1Spacing(), "this node judges as if L1 guaranteed no spacing")
	require.Contains(t, logs.String(), "level=ERROR")
	require.Contains(t, logs.String(), "l1_block_spacing=1")
}

// TestDevClient: the L1 clients that can mine two blocks with one time are named by their
// web3_clientVersion; geth and the consensus clients' execution layers are not.
func TestDevClient(t *testing.T) {
	for v, want := range map[string]bool{
		"anvil/v1.7.1": true,
		"Anvil/v0.2.0": true,
		"HardhatNetwork/2.22.0/@ethereumjs/vm/7.0.0": true,
		"Geth/v1.17.10-stable/linux-amd64/go1.26.8":  false,
		"reth/v1.9.0":        false,
		"Nethermind/v1.30.0": false,
		"":                   false,
	} {
		require.Equal(t, want, devClient(v), v)
	}
}

// TestFollowCountsEachHeadOnce: L1's interval is trusted after four parent-to-head gaps; a head
// an endpoint serves again, or a lagging backend's lower head between two polls of the same
// head, adds no sighting and no gap (a flapping endpoint would otherwise repeat one gap, a missed
// L1 slot's, until it is the interval); a reorg onto earlier times at the same height starts the
// sightings again. A propose confirmed meanwhile is not reported late.
func TestFollowCountsEachHeadOnce(t *testing.T) {
	ctx := context.Background()
	d := newDriver(&driver{rollup: &Rollup{GenesisTime: tGenesis, SlotDuration: tSlot, EpochDuration: 1000},
		log: slog.New(slog.DiscardHandler)}, prometheus.NewRegistry())
	var chain []*types.Header
	grow := func(gap uint64) *types.Header {
		h := &types.Header{Number: big.NewInt(int64(len(chain) + 1)), Time: 5000}
		if len(chain) > 0 {
			p := chain[len(chain)-1]
			h.ParentHash, h.Time = p.Hash(), p.Time+gap
		}
		chain = append(chain, h)
		return h
	}
	see := func(h *types.Header) { d.follow(ctx, L1Tips{Head: h}) }
	seen := func() int {
		d.mu.RLock()
		defer d.mu.RUnlock()
		return len(d.l1Seen)
	}

	see(grow(0))
	for range 3 {
		see(grow(2))
	}
	require.Zero(t, d.l1Interval(), "three gaps are not enough")
	see(grow(24)) // a missed L1 slot
	require.Equal(t, uint64(2), d.l1Interval(), "the lower quartile of four")
	d.mu.RLock()
	require.Equal(t, intervalOf(d.l1Gaps), d.l1Interval(), "the lock-free copy is the gaps' interval")
	d.mu.RUnlock()
	require.Equal(t, 5, seen())

	top, lower := chain[len(chain)-1], chain[len(chain)-2]
	for range 10 { // an endpoint flapping between a backend at the top and one a block behind
		see(lower)
		see(top)
	}
	require.Equal(t, 5, seen(), "no head seen twice")
	require.Equal(t, uint64(2), d.l1Interval(), "the missed slot's gap counted once")
	d.mu.RLock()
	require.Len(t, d.l1Gaps, 4)
	d.mu.RUnlock()

	// anvil_reorg: the same height, the fork's time.
	see(&types.Header{Number: top.Number, Time: lower.Time - 2, ParentHash: common.Hash{1}})
	require.Equal(t, 1, seen(), "sightings start again on the new chain")

	b := &app.Block{Header: protocol.Header{Number: 7, Slot: 9}}
	d.confirmed("propose/7", 7)
	d.tooLate("propose/7", b, true, "stale tips")
	require.Zero(t, testutil.ToFloat64(d.events.WithLabelValues("propose_too_late")), "it landed")
	d.tooLate("propose/8", b, true, "late")
	require.Equal(t, 1.0, testutil.ToFloat64(d.events.WithLabelValues("propose_too_late")))
}
