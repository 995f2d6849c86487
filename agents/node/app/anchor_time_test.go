package app

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// l1History is L1 as it went, block by block: the rollup's assured tip (the proven tip when a
// propose there prunes) and the header hashes it holds after each L1 block. A member's view of
// it (l1Seen) reaches up to its own head: a member whose L1 RPC lags sees an older tip.
type l1History struct {
	tips   map[uint64]Anchor                 // L1 block -> the tip there
	hashes map[uint64]map[uint64]common.Hash // L1 block -> rollup block number -> header hash
}

// l1Hash is the hash of L1 block n on the chain every member follows (testL1Block is its block
// 100).
func l1Hash(n uint64) common.Hash { return crypto.Keccak256Hash([]byte(fmt.Sprintf("L1 block %d", n))) }

// set makes tip the rollup's tip, holding hashes, from L1 block from to L1 block to.
func (h *l1History) set(from, to uint64, tip Anchor, hashes map[uint64]common.Hash) {
	for n := from; n <= to; n++ {
		h.tips[n], h.hashes[n] = tip, hashes
	}
}

// l1Seen is a member's L1 view: the history up to its head.
type l1Seen struct {
	h    *l1History
	head uint64
	// now is the test's clock, the time of the head's L1 block: these tests are about the L1
	// block a seal names, not about how far a view's head has come in slots.
	now *time.Time
}

func (v *l1Seen) L1Head(context.Context) (L1Block, uint64, error) {
	return L1Block{Number: v.head, Hash: l1Hash(v.head)}, uint64(v.now.Unix()), nil
}

func sameTip(a, b Anchor) bool { return a.Number == b.Number && a.Hash == b.Hash && a.Slot == b.Slot }

func (v *l1Seen) CheckAnchor(_ context.Context, a Anchor) error {
	if t := v.h.tips[v.head]; !sameTip(t, a) {
		return fmt.Errorf("%w: L1 has assured %d %s", ErrNotFound, t.Number, t.Hash)
	}
	return nil
}

func (v *l1Seen) CheckAnchorAt(_ context.Context, a Anchor, at L1Block) error {
	if at.Number > v.head {
		return fmt.Errorf("%w: %d, L1's head is %d", ErrL1BlockUnseen, at.Number, v.head)
	}
	if at.Hash != l1Hash(at.Number) {
		return fmt.Errorf("L1 block %d is %s, not %s", at.Number, l1Hash(at.Number), at.Hash)
	}
	if t := v.h.tips[at.Number]; !sameTip(t, a) {
		return fmt.Errorf("%w: at L1 block %d L1 had assured %d %s", ErrNotFound, at.Number, t.Number, t.Hash)
	}
	return nil
}

func (v *l1Seen) BlockHash(_ context.Context, n uint64) (common.Hash, error) {
	h, ok := v.h.hashes[v.head][n]
	if !ok {
		return common.Hash{}, ErrNotFound
	}
	return h, nil
}

// timedX is anchoredOnX with an L1 history: L1's tip was block 3 up to L1 block 99, and x from
// L1 block 100 (testL1Block, the block the chain's re-anchoring on x named). The slot-10
// proposer is byz; the other members each get an L1 view (all at head 105 to start with).
type timedX struct {
	*anchoredOnX
	h     *l1History
	seen  []*l1Seen
	byz   int
	lower Anchor // L1's tip before x: the chain's own block 3
}

func newTimedX(t *testing.T) *timedX {
	f := &timedX{anchoredOnX: newAnchoredOnX(t), h: &l1History{tips: map[uint64]Anchor{}, hashes: map[uint64]map[uint64]common.Hash{}}}
	nt := f.nt
	start := nt.anchors.hashes[0]
	f.lower = Anchor{Number: 3, Hash: f.b[3], Slot: 6}
	f.h.set(80, 99, f.lower, map[uint64]common.Hash{0: start, 1: f.b[1], 2: f.b[2], 3: f.b[3]})
	f.h.set(100, 200, Anchor{Number: 4, Hash: f.x, Slot: 7}, map[uint64]common.Hash{0: start, 1: f.b[1], 2: f.b[2], 3: f.b[3], 4: f.x})
	for i, a := range nt.apps {
		require.Equal(t, testL1Block.Number, a.Meta().AnchorL1, "app %d: the anchor x was named at L1 block 100", i)
		s := &l1Seen{h: f.h, head: 105, now: &nt.now}
		f.seen = append(f.seen, s)
		a.cfg.Anchors = s
	}
	p, _ := nt.l1[1].Proposer(10)
	for i, k := range nt.keys {
		if k.Address() == p {
			f.byz = i
		}
	}
	nt.now = slotTime(10)
	return f
}

// honest are the members other than the byzantine proposer.
func (f *timedX) honest() []int {
	var out []int
	for i := range f.nt.apps {
		if i != f.byz {
			out = append(out, i)
		}
	}
	return out
}

// commits runs raw as a CometBFT height whose proposer is the byzantine member: the block is
// committed when more than two thirds of the voting power prevote for it, that is the byzantine
// member and every honest one whose ProcessProposal accepts it but one at most. It returns how
// many honest members accepted it and, when it was committed, the seal's execution result.
func (f *timedX) commits(t *testing.T, raw []byte) (int, *abci.ExecTxResult) {
	nt := f.nt
	nt.height++
	hash := crypto.Keccak256(raw, []byte{byte(nt.height)})
	accepted := 0
	for _, i := range f.honest() {
		pp, err := nt.apps[i].ProcessProposal(context.Background(), &abci.RequestProcessProposal{
			Txs: [][]byte{raw}, Height: nt.height, Time: nt.now, Hash: hash})
		require.NoError(t, err)
		if pp.Status == abci.ResponseProcessProposal_ACCEPT {
			accepted++
		}
	}
	if 3*(1+accepted) <= 2*len(nt.apps) {
		nt.height--
		return accepted, nil
	}
	var res *abci.ExecTxResult
	for i, a := range nt.apps {
		fb, err := a.FinalizeBlock(context.Background(), &abci.RequestFinalizeBlock{Txs: [][]byte{raw}, Height: nt.height, Time: nt.now, Hash: hash})
		require.NoError(t, err)
		if i == 0 {
			res = fb.TxResults[0]
		}
		_, err = a.Commit(context.Background(), &abci.RequestCommit{})
		require.NoError(t, err)
	}
	return accepted, res
}

// TestStaleL1ViewsCannotLowerTheAnchor (review r17f M1): the chain is anchored on x, which L1
// assured at L1 block 100 and still holds. Two of the three honest members' L1 RPCs lag: their
// views end at L1 block 99, where L1's tip was still block 3. The byzantine slot-10 proposer
// seals on block 3 with an anchor that lowers the chain's anchor to it, which would orphan z and
// queue u again although L1 holds x with u. Before the fix, the anchor was checked only against
// each member's latest L1 block: both stale members accepted, with the byzantine member that is
// more than two thirds, and every member executed the seal. Now the seal names the L1 block at
// which its anchor is L1's tip: every name the byzantine proposer can give fails one check or
// another.
//   - none: refused by every member, and by execution;
//   - an L1 block before 100 (where 3 was the tip): the stale members accept it, but execution
//     refuses it, since the chain's anchor x was named at L1 block 100;
//   - L1 block 100 or later: the stale members do not see it, the fresh one sees x there;
//   - a made-up hash at L1 block 99: not canonical.
func TestStaleL1ViewsCannotLowerTheAnchor(t *testing.T) {
	f := newTimedX(t)
	nt := f.nt
	hon := f.honest()
	f.seen[hon[0]].head, f.seen[hon[1]].head = 99, 99 // stale: L1's tip there is block 3
	tip := nt.apps[0].Meta().TipHash
	lowerAt := func(at *L1Block) []byte {
		an := f.lower
		an.At = at
		nt.unnamed = at == nil
		defer func() { nt.unnamed = false }()
		return nt.sealWith(10, 4, f.b[3], nil, tip, &an, false)
	}
	for _, c := range []struct {
		name     string
		at       *L1Block
		accepted int    // honest members that accept it
		refusal  string // execution's refusal of a name the stale views confirm
	}{
		{"no L1 block", nil, 0, ""},
		{"L1 block 95, before x", &L1Block{Number: 95, Hash: l1Hash(95)}, 0, "before L1 block 100 of the chain's last anchor"},
		{"L1 block 99, just before x", &L1Block{Number: 99, Hash: l1Hash(99)}, 0, "before L1 block 100 of the chain's last anchor"},
		{"L1 block 100, where x is the tip", &L1Block{Number: 100, Hash: l1Hash(100)}, 0, ""},
		{"L1 block 103", &L1Block{Number: 103, Hash: l1Hash(103)}, 0, ""},
		{"a made-up L1 block 99", &L1Block{Number: 99, Hash: common.Hash{0x99}}, 0, ""},
	} {
		raw := lowerAt(c.at)
		if c.refusal != "" {
			// The stale members' L1 views would confirm it; execution, which they run first,
			// refuses it, and would refuse it in a committed block too.
			for _, i := range hon[:2] {
				s, err := decodeSeal(raw, nt.apps[i].Params())
				require.NoError(t, err)
				require.NoError(t, f.seen[i].CheckAnchorAt(context.Background(), *s.Anchor, *s.Anchor.At), c.name)
				require.NoError(t, f.seen[i].CheckAnchor(context.Background(), *s.Anchor), c.name)
			}
			v, m := nt.apps[hon[0]].scratch()
			_, err := nt.apps[hon[0]].execTx(v, &m, raw, time.Time{}, 99)
			require.ErrorContains(t, err, c.refusal, c.name)
		}
		accepted, res := f.commits(t, raw)
		require.Equal(t, c.accepted, accepted, "%s: honest members that accept it", c.name)
		require.Nil(t, res, "%s: not committed", c.name)
		for i, a := range nt.apps {
			m := a.Meta()
			require.Equal(t, f.x, m.AnchorHash, "%s: app %d: the anchor is still x, which L1 holds", c.name, i)
			require.Equal(t, f.z, m.TipHash, "%s: app %d: z is not orphaned", c.name, i)
			r, err := a.Tx(TxHash(f.u))
			require.NoError(t, err)
			require.Equal(t, TxPending, r.State, "%s: app %d: u stays in L1's x", c.name, i)
		}
	}
}

// lowerBy is the honest seal of slot 10 lowering the anchor to L1's tip, block 3, named at L1
// block at.
func (f *timedX) lowerBy(at uint64) []byte {
	an := f.lower
	an.At = &L1Block{Number: at, Hash: l1Hash(at)}
	return f.nt.sealWith(10, 4, f.b[3], nil, f.nt.apps[0].Meta().TipHash, &an, false)
}

// loseX is L1 losing x at L1 block 110 (a prune to the proven block 3, or a reorg that dropped
// x's propose): its tip is block 3 again from there.
func (f *timedX) loseX() {
	f.h.set(110, 200, f.lower, f.h.hashes[99])
}

// TestAnchorLowersAtALaterL1Block: when L1 does lose x (from L1 block 110), the honest proposer
// names an L1 block at or after that, a couple of blocks below its own head (112): a member
// whose view lags it by those blocks still accepts, one that lags further refuses until it
// catches up (a round lost, not the chain), and every member executes the lowering. The chain's
// anchor is then named at L1 block 110: x cannot come back with a name from before.
func TestAnchorLowersAtALaterL1Block(t *testing.T) {
	f := newTimedX(t)
	nt := f.nt
	f.loseX()
	hon := f.honest()
	f.seen[hon[0]].head, f.seen[hon[1]].head, f.seen[hon[2]].head = 112, 110, 108
	raw := f.lowerBy(110)
	accepted, res := f.commits(t, raw)
	require.Equal(t, 2, accepted, "the member at L1 block 108 does not see block 110 yet; the others accept")
	require.NotNil(t, res, "committed")
	require.Zero(t, res.Code, res.Log)
	for i, a := range nt.apps {
		m := a.Meta()
		require.Equal(t, uint64(3), m.AnchorNumber, "app %d: the anchor went down to L1's tip", i)
		require.Equal(t, uint64(110), m.AnchorL1, "app %d: named at L1 block 110", i)
		r, err := a.Tx(TxHash(f.u))
		require.NoError(t, err)
		require.Equal(t, TxQueued, r.State, "app %d: u went with x", i)
	}
	// x again, named at L1 block 100 (where it was the tip): before the anchor's L1 block.
	v, m := nt.apps[1].scratch()
	an := Anchor{Number: 4, Hash: f.x, Slot: 7, At: &testL1Block}
	_, err := nt.apps[1].execTx(v, &m, nt.sealWith(11, 5, f.x, nil, m.TipHash, &an, false), time.Time{}, 99)
	require.ErrorContains(t, err, "before L1 block 110 of the chain's last anchor")
}

// TestAnchorWaitsForLaggingMembers: the honest proposer's view is ahead: it names L1 block 110,
// where L1 lost x, while two honest members still stand at L1 block 109 and refuse (they do not
// see it, and their tip is x). Nothing is committed; once their views reach 110 the same seal is
// accepted by all.
func TestAnchorWaitsForLaggingMembers(t *testing.T) {
	f := newTimedX(t)
	f.loseX()
	hon := f.honest()
	f.seen[hon[0]].head, f.seen[hon[1]].head, f.seen[hon[2]].head = 109, 109, 111
	raw := f.lowerBy(110)
	accepted, res := f.commits(t, raw)
	require.Equal(t, 1, accepted)
	require.Nil(t, res, "not committed while two of three honest members lag")
	v, m := f.nt.apps[hon[0]].scratch()
	base := m
	require.NoError(t, f.nt.apps[hon[0]].ExecutesOnTip(raw), "it executes: only L1 is missing")
	s, err := decodeSeal(raw, f.nt.apps[hon[0]].Params())
	require.NoError(t, err)
	_, _, _, err = f.nt.apps[hon[0]].proposeSeal(context.Background(), v, base, raw, f.nt.now, newBlockCtx(f.nt.height+1))
	require.ErrorIs(t, err, ErrL1BlockUnseen, "refused because its L1 view lags")
	require.Equal(t, uint64(110), s.Anchor.At.Number)

	f.seen[hon[0]].head, f.seen[hon[1]].head = 110, 111
	accepted, res = f.commits(t, raw)
	require.Equal(t, 3, accepted)
	require.NotNil(t, res)
	require.Zero(t, res.Code, res.Log)
	require.Equal(t, uint64(3), f.nt.apps[hon[2]].Meta().AnchorNumber)
}

// TestAnchorNamedBeforeTheTipMovedIsRefused: a seal that names an L1 block where its anchor was
// the tip, but L1 has assured more since, would orphan what L1 assured: the anchor must be
// L1's tip at the member's latest block too. Here the chain re-anchored on x at L1 block 100,
// then L1 assured z at L1 block 104; a seal on x naming L1 block 101 would orphan z.
func TestAnchorNamedBeforeTheTipMovedIsRefused(t *testing.T) {
	f := newTimedX(t)
	nt := f.nt
	held := map[uint64]common.Hash{}
	for k, v := range f.h.hashes[100] {
		held[k] = v
	}
	held[5] = f.z
	f.h.set(104, 200, Anchor{Number: 5, Hash: f.z, Slot: 9}, held)
	onX := Anchor{Number: 4, Hash: f.x, Slot: 7, At: &L1Block{Number: 101, Hash: l1Hash(101)}}
	raw := nt.sealWith(10, 5, f.x, nil, f.z, &onX, false)
	v, m := nt.apps[1].scratch()
	_, err := nt.apps[1].execTx(v, &m, raw, time.Time{}, 99)
	require.NoError(t, err, "execution takes it: a seal on the chain's anchor")
	accepted, res := f.commits(t, raw)
	require.Zero(t, accepted, "L1's tip is z now")
	require.Nil(t, res)
}

// TestAnchorsNamedAtNoL1BlockOnAnOldChain: a chain from before anchors named L1 blocks (its
// meta has no AnchorL1) replays its anchored seals as it executed them: execution takes an
// anchor that names none while the chain's anchors never did. CheckTx and the proposal steps
// refuse one whatever the chain, so no new one is committed by honest members.
func TestAnchorsNamedAtNoL1BlockOnAnOldChain(t *testing.T) {
	nt := newNet(t, 4)
	nt.round(slotTime(3))
	start := crypto.Keccak256Hash([]byte("L1 block 0"))
	an := Anchor{Number: 0, Hash: start}
	nt.anchors.confirm(an)
	nt.unnamed = true
	raw := nt.sealWith(4, 1, start, nil, common.Hash{}, &an, false)
	nt.unnamed = false
	res, err := nt.apps[0].CheckTx(context.Background(), &abci.RequestCheckTx{Tx: raw})
	require.NoError(t, err)
	require.NotZero(t, res.Code)
	require.Contains(t, res.Log, "names no L1 block")
	prep, err := nt.apps[0].PrepareProposal(context.Background(), &abci.RequestPrepareProposal{
		MaxTxBytes: 1 << 20, Txs: [][]byte{raw}, Height: nt.height + 1, Time: slotTime(4)})
	require.NoError(t, err)
	require.Empty(t, prep.Txs, "left out of the proposal")
	// A committed block of the old chain replays.
	fb, err := nt.apps[0].FinalizeBlock(context.Background(), &abci.RequestFinalizeBlock{Txs: [][]byte{raw}, Height: nt.height + 1, Time: slotTime(4)})
	require.NoError(t, err)
	require.Zero(t, fb.TxResults[0].Code, fb.TxResults[0].Log)
	_, err = nt.apps[0].Commit(context.Background(), &abci.RequestCommit{})
	require.NoError(t, err)
	m := nt.apps[0].Meta()
	require.Equal(t, uint64(1), m.TipNumber)
	require.Zero(t, m.AnchorL1, "no L1 block named: no floor")
	// Old meta (no anchorL1) decodes to no floor.
	var old Meta
	require.NoError(t, json.Unmarshal([]byte(`{"height":5,"tipNumber":3,"anchorNumber":2,"started":true}`), &old))
	require.Zero(t, old.AnchorL1)
}

// TestAnchorFromALaggingProposerIsAccepted: the honest proposer's L1 RPC lags the others': its
// head is L1 block 113 and it names 111, where L1 had lost x already; members whose views are
// far ahead (120-130) still find that block canonical, the anchor L1's tip there and at their
// head, and accept it.
func TestAnchorFromALaggingProposerIsAccepted(t *testing.T) {
	f := newTimedX(t)
	f.loseX()
	hon := f.honest()
	f.seen[hon[0]].head, f.seen[hon[1]].head, f.seen[hon[2]].head = 120, 125, 130
	accepted, res := f.commits(t, f.lowerBy(111))
	require.Equal(t, 3, accepted)
	require.NotNil(t, res)
	require.Zero(t, res.Code, res.Log)
	for i, a := range f.nt.apps {
		require.Equal(t, uint64(111), a.Meta().AnchorL1, "app %d", i)
	}
}
