package app

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/cometbft/cometbft/crypto/ed25519"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/internal/store"
	"github.com/sptn/sptn/agents/node/protect"
)

// keySigner is a keys.Signer over an in-memory key: a fake for unit tests.
type keySigner struct{ k *ecdsa.PrivateKey }

func (s keySigner) Address() common.Address { return crypto.PubkeyToAddress(s.k.PublicKey) }
func (s keySigner) SignTx(context.Context, *types.Transaction, *big.Int) (*types.Transaction, error) {
	panic("unused")
}
func (s keySigner) SignDigest(_ context.Context, d [32]byte) ([]byte, error) {
	sig, err := protocol.SignDigest(s.k, d)
	return sig[:], err
}

// fakeL1 answers committees from a map.
type fakeL1 map[uint64]*Committee

func (f fakeL1) Committee(_ context.Context, e uint64) (*Committee, error) {
	if c, ok := f[e]; ok {
		return c, nil
	}
	return nil, ErrNotFound
}

// fakeAnchors confirms the anchors in ok, as L1's assured tip would, and answers L1's block
// hashes from hashes.
type fakeAnchors struct {
	ok     map[anchorID]bool
	hashes map[uint64]common.Hash
	// now is the time of the fake's L1 head: the test's clock (a member's L1 view is current),
	// unless viewsAt points it elsewhere.
	now *time.Time
}

// anchorID is what L1's tips say of an anchor.
type anchorID struct {
	number uint64
	hash   common.Hash
	slot   uint64
}

func (f fakeAnchors) confirm(a Anchor) { f.ok[anchorID{a.Number, a.Hash, a.Slot}] = true }

func (f fakeAnchors) CheckAnchor(_ context.Context, a Anchor) error {
	if !f.ok[anchorID{a.Number, a.Hash, a.Slot}] {
		return ErrNotFound
	}
	return nil
}

// CheckAnchorAt: the fake's L1 holds every block the tests name, at which its tips are as now.
func (f fakeAnchors) CheckAnchorAt(ctx context.Context, a Anchor, _ L1Block) error {
	return f.CheckAnchor(ctx, a)
}

// L1Head: the fake's L1 head is of the test's clock.
func (f fakeAnchors) L1Head(context.Context) (L1Block, uint64, error) {
	if f.now == nil {
		return L1Block{}, 0, errors.New("the fake L1 has no clock")
	}
	return L1Block{Number: uint64(f.now.Unix()), Hash: common.Hash{1}}, uint64(f.now.Unix()), nil
}

func (f fakeAnchors) BlockHash(_ context.Context, n uint64) (common.Hash, error) {
	h, ok := f.hashes[n]
	if !ok {
		return common.Hash{}, ErrNotFound
	}
	return h, nil
}

const (
	genesis = 1_000_000
	slotDur = 4
	perEp   = 8
)

type net struct {
	t       *testing.T
	keys    []keySigner
	cometAd [][]byte // fake CometBFT validator addresses
	apps    []*App
	l1      fakeL1
	anchors fakeAnchors
	domain  protocol.Domain
	exts    [][]byte
	now     time.Time
	height  int64
	genesis []byte // the app_state
	// firstL1Tip is the anchor firstAnchor had L1 confirm for the chain's first seal, which
	// round stops confirming once the chain started (L1's assured tip moves on).
	firstL1Tip *anchorID
	// unprocessed apps skip ProcessProposal, as a validator that precommits a block on the
	// others' prevotes does.
	unprocessed map[int]bool
	// unnamed leaves out the L1 block resign otherwise names in an anchor that has none.
	unnamed bool
}

// testL1Block is the L1 block the tests' anchors are named at unless they name one.
var testL1Block = L1Block{Number: 100, Hash: crypto.Keccak256Hash([]byte("L1 block 100"))}

func slotTime(slot uint64) time.Time { return time.Unix(int64(genesis+slot*slotDur), 0) }

// newNet makes n applications, each on its own store, with a committee of all n for epochs 0-1.
func newNet(t *testing.T, n int) *net {
	t.Helper()
	nt := &net{t: t, now: slotTime(3), l1: fakeL1{}, anchors: fakeAnchors{ok: map[anchorID]bool{}, hashes: map[uint64]common.Hash{}}, domain: protocol.Domain{ChainID: big.NewInt(31337), Rollup: common.HexToAddress("0xabc")}}
	nt.anchors.now = &nt.now
	var members []common.Address
	var gs GenesisState
	for i := 0; i < n; i++ {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte{byte(i), 'k'}))
		require.NoError(t, err)
		nt.keys = append(nt.keys, keySigner{k})
		members = append(members, nt.keys[i].Address())
		ad := crypto.Keccak256([]byte{byte(i), 'c'})[:20]
		nt.cometAd = append(nt.cometAd, ad)
		gs.Validators = append(gs.Validators, GenesisValidator{Attester: members[i], Address: hex.EncodeToString(ad)})
	}
	for e := uint64(0); e < 2; e++ {
		nt.l1[e] = &Committee{Epoch: e, Seed: crypto.Keccak256Hash([]byte{byte(e)}), Members: members}
	}
	gs.Params = testParams()
	state, err := json.Marshal(gs)
	require.NoError(t, err)
	nt.genesis = state
	for i := 0; i < n; i++ {
		a := nt.open(i, store.OpenMemory())
		_, err := a.InitChain(context.Background(), &abci.RequestInitChain{AppStateBytes: state})
		require.NoError(t, err)
		nt.apps = append(nt.apps, a)
	}
	return nt
}

// testParams are the chain's params in the unit tests: small limits.
func testParams() *Params {
	p := DefaultParams()
	p.MaxPayload, p.MaxBlockTxs, p.MaxCalldataBlockBytes = 512, 100, 10_000
	return &p
}

// execTx executes raw as the proposal steps do at L1 time t (a seal's slot must be near it), or
// as FinalizeBlock does when t is zero, at height.
func (a *App) execTx(v *view, m *Meta, raw []byte, t time.Time, height int64) (*Block, error) {
	if !t.IsZero() && len(raw) > 0 && raw[0] == KindSeal {
		if s, err := decodeSeal(raw, a.Params()); err == nil {
			if err := a.fresh(s.Slot, t); err != nil {
				return nil, err
			}
		}
	}
	return a.exec.apply(v, m, raw, newBlockCtx(height))
}

// sealThree seals blocks 1-3 on parent (L1's block 0) in slots 4-6, each at its slot's start
// and followed a second later by a height without a seal (its attestations); it returns their
// hashes by number, with parent at 0.
func (nt *net) sealThree(parent common.Hash) [4]common.Hash {
	b := [4]common.Hash{parent}
	for n := uint64(1); n <= 3; n++ {
		slot := 3 + n
		nt.round(slotTime(slot), nt.seal(slot, n, b[n-1], nil))
		b[n] = nt.apps[0].Meta().TipHash
		nt.round(slotTime(slot).Add(time.Second))
	}
	return b
}

// checkAnchorOf is checkAnchor of an encoded seal, with the first block its execution orphans;
// as in proposeSeal, only a seal that executes is checked against L1.
func (a *App) checkAnchorOf(ctx context.Context, raw []byte) error {
	s, err := decodeSeal(raw, a.Params())
	if err != nil {
		return err
	}
	v, m := a.scratch()
	bc, mm := newBlockCtx(m.Height+1), m
	if _, err := a.exec.execSeal(v.child(), &mm, s, bc); err != nil {
		return err
	}
	return a.checkAnchor(ctx, v, &m, s, bc.sealFrom)
}

func (nt *net) open(i int, kv store.KV) *App {
	a, err := New(Config{
		Domain: nt.domain, GenesisTime: genesis, SlotDuration: slotDur, EpochDuration: perEp,
		MinFeePerDaGas: big.NewInt(1), MinFeePerL2Gas: big.NewInt(1),
		Signer: nt.keys[i], L1: nt.l1, Anchors: nt.anchors, Now: func() time.Time { return nt.now },
	}, kv)
	require.NoError(nt.t, err)
	return a
}

// round runs one height through every app as CometBFT would: app 0 prepares from txs, all
// process, all extend and verify each other's votes, all finalize and commit. It returns the
// block's txs and execution results of app 0.
func (nt *net) round(at time.Time, txs ...[]byte) ([][]byte, []*abci.ExecTxResult) {
	t := nt.t
	ctx := context.Background()
	nt.now = at
	nt.height++
	var votes []abci.ExtendedVoteInfo
	for i := range nt.apps {
		votes = append(votes, abci.ExtendedVoteInfo{
			Validator: abci.Validator{Address: nt.cometAd[i], Power: ValidatorPower}, BlockIdFlag: cmtproto.BlockIDFlagCommit,
			VoteExtension: nt.lastExt(i),
		})
	}
	prep, err := nt.apps[0].PrepareProposal(ctx, &abci.RequestPrepareProposal{
		MaxTxBytes: 1 << 20, Txs: txs, Height: nt.height, Time: at,
		LocalLastCommit: abci.ExtendedCommitInfo{Votes: votes},
	})
	require.NoError(t, err)
	hash := crypto.Keccak256([]byte{byte(nt.height)})
	nt.exts = nt.exts[:0]
	for i, a := range nt.apps {
		if !nt.unprocessed[i] {
			pp, err := a.ProcessProposal(ctx, &abci.RequestProcessProposal{Txs: prep.Txs, Height: nt.height, Time: at, Hash: hash})
			require.NoError(t, err)
			require.Equal(t, abci.ResponseProcessProposal_ACCEPT, pp.Status, "app %d", i)
		}
		ev, err := a.ExtendVote(ctx, &abci.RequestExtendVote{Txs: prep.Txs, Height: nt.height, Time: at, Hash: hash})
		require.NoError(t, err)
		nt.exts = append(nt.exts, ev.VoteExtension)
	}
	for _, a := range nt.apps {
		for j, ext := range nt.exts {
			vv, err := a.VerifyVoteExtension(ctx, &abci.RequestVerifyVoteExtension{
				Hash: hash, ValidatorAddress: nt.cometAd[j], Height: nt.height, VoteExtension: ext})
			require.NoError(t, err)
			require.Equal(t, abci.ResponseVerifyVoteExtension_ACCEPT, vv.Status)
		}
	}
	var res []*abci.ExecTxResult
	var appHash []byte
	for i, a := range nt.apps {
		fb, err := a.FinalizeBlock(ctx, &abci.RequestFinalizeBlock{Txs: prep.Txs, Height: nt.height, Time: at, Hash: hash})
		require.NoError(t, err)
		if i == 0 {
			res, appHash = fb.TxResults, fb.AppHash
		}
		require.Equal(t, appHash, fb.AppHash, "app %d diverged", i)
		_, err = a.Commit(ctx, &abci.RequestCommit{})
		require.NoError(t, err)
	}
	if nt.firstL1Tip != nil && nt.apps[0].Meta().Started {
		delete(nt.anchors.ok, *nt.firstL1Tip)
		nt.firstL1Tip = nil
	}
	return prep.Txs, res
}

// lastExtOf is a vote extension of app i, validly signed, attesting header hh.
func (nt *net) lastExtOf(i int, hh common.Hash) []byte {
	sig, err := nt.keys[i].SignDigest(context.Background(), attestationDigest(nt.domain, hh))
	require.NoError(nt.t, err)
	return append(hh.Bytes(), sig...)
}

func (nt *net) lastExt(i int) []byte {
	if i < len(nt.exts) {
		return nt.exts[i]
	}
	return nil
}

// seal is the proposer of slot sealing on the pending tip app 0 has committed, as a driver does:
// the chain's first seal is anchored on its parent, which L1 confirms as its assured tip.
func (nt *net) seal(slot, number uint64, parent common.Hash, txs []common.Hash) []byte {
	return nt.sealDA(slot, number, parent, txs, false)
}

// sealDA is seal with the block's data in blobs when blobs is set.
func (nt *net) sealDA(slot, number uint64, parent common.Hash, txs []common.Hash, blobs bool) []byte {
	return nt.sealWith(slot, number, parent, txs, nt.apps[0].Meta().TipHash, nt.firstAnchor(number, parent), blobs)
}

// firstAnchor is the anchor the driver names on the chain's first seal (its parent, L1's
// assured tip of slot 0, which L1 confirms), nil once the chain started.
func (nt *net) firstAnchor(number uint64, parent common.Hash) *Anchor {
	if nt.apps[0].Meta().Started {
		return nil
	}
	an := Anchor{Number: number - 1, Hash: parent, Slot: 0}
	if id := (anchorID{an.Number, an.Hash, an.Slot}); !nt.anchors.ok[id] {
		nt.anchors.ok[id], nt.firstL1Tip = true, &id
	}
	return &an
}

func (nt *net) sealWith(slot, number uint64, parent common.Hash, txs []common.Hash, tip common.Hash, anchor *Anchor, blobs bool) []byte {
	c, ok := nt.l1[slot/perEp]
	if !ok {
		c = nt.l1[0]
	}
	p, _ := c.Proposer(slot)
	s := Seal{Slot: slot, Number: number, Parent: parent, FeePerDaGas: (*hexutil.Big)(big.NewInt(2)),
		FeePerL2Gas: (*hexutil.Big)(big.NewInt(3)), Coinbase: p, Proposer: p, Txs: txs, Tip: tip, Anchor: anchor, Blobs: blobs}
	if blobs {
		raws, err := nt.apps[0].TxsData(&Block{Txs: txs})
		require.NoError(nt.t, err)
		_, s.BlobProofs, err = protocol.ProveBlobData(EncodeTxsData(raws))
		require.NoError(nt.t, err)
	}
	return nt.resign(s)
}

func userTx(payload string, fee int64) []byte {
	return UserTx{MaxFeePerDaGas: big.NewInt(fee), MaxFeePerL2Gas: big.NewInt(fee), Payload: []byte(payload)}.Encode()
}

func TestSealAttestAndReplayAcrossNodes(t *testing.T) {
	nt := newNet(t, 4)
	anchor := crypto.Keccak256Hash([]byte("assured tip"))
	u1, u2 := userTx("one", 5), userTx("two", 5)
	_, res := nt.round(slotTime(3), u1, u2)
	require.Len(t, res, 4, "two committees recorded from L1, then the two user txs")
	for _, r := range res {
		require.Zero(t, r.Code, r.Log)
	}
	rec, err := nt.apps[1].Tx(TxHash(u1))
	require.NoError(t, err)
	require.Equal(t, TxQueued, rec.State)
	require.Equal(t, 2, nt.apps[1].Meta().Queued)

	_, res = nt.round(slotTime(4), nt.seal(4, 7, anchor, []common.Hash{TxHash(u1), TxHash(u2)}))
	require.Zero(t, res[0].Code, res[0].Log)
	m := nt.apps[2].Meta()
	require.Equal(t, uint64(7), m.TipNumber)
	require.Zero(t, m.Queued)
	b, err := nt.apps[2].BlockByNumber(7)
	require.NoError(t, err)
	require.Equal(t, anchor, common.Hash(b.Header.ParentHash))
	require.Equal(t, protocol.CalldataTxsHash(EncodeTxsData([][]byte{u1, u2})), common.Hash(b.Header.TxsHash))
	require.Empty(t, b.Attestations, "attestations come with the next height")

	txs, res := nt.round(slotTime(4).Add(time.Second))
	require.Len(t, txs, 1)
	require.Equal(t, KindAttestation, txs[0][0])
	require.Zero(t, res[0].Code, res[0].Log)
	b, err = nt.apps[3].BlockByNumber(7)
	require.NoError(t, err)
	require.Len(t, b.Attestations, 4)
	digest := nt.domain.AttestationDigest(b.Header)
	c := nt.l1[0]
	for _, at := range b.Attestations {
		sig, err := sig65(at.Signature)
		require.NoError(t, err)
		signer, err := protocol.RecoverSigner(digest, sig)
		require.NoError(t, err)
		require.Equal(t, c.Members[at.Index], signer)
	}
	rec, err = nt.apps[0].Tx(TxHash(u2))
	require.NoError(t, err)
	require.Equal(t, TxPending, rec.State)
	require.Equal(t, b.Hash, rec.Block)

	// A second block on the first, then a reorg onto the anchor returns its txs to the pool.
	u3 := userTx("three", 5)
	nt.round(slotTime(5), u3)
	nt.round(slotTime(5), nt.seal(5, 8, b.Hash, []common.Hash{TxHash(u3)}))
	require.Equal(t, uint64(8), nt.apps[0].Meta().TipNumber)
	nt.anchors.confirm(Anchor{Number: 6, Hash: anchor}) // L1's assured tip: blocks 7 and 8 missed their slots
	nt.round(slotTime(6), nt.seal(6, 7, anchor, nil))
	m = nt.apps[1].Meta()
	require.Equal(t, uint64(7), m.TipNumber)
	require.Equal(t, 3, m.Queued, "the orphaned blocks' transactions are queued again")
	for _, u := range [][]byte{u1, u2, u3} {
		rec, err := nt.apps[1].Tx(TxHash(u))
		require.NoError(t, err)
		require.Equal(t, TxQueued, rec.State, "an orphaned block's txs return to the pool")
	}
	old, err := nt.apps[1].BlockByHash(b.Hash)
	require.NoError(t, err)
	require.True(t, old.Orphaned)
	pool, err := nt.apps[1].Pool(big.NewInt(2), big.NewInt(3), 10_000)
	require.NoError(t, err)
	require.Equal(t, []common.Hash{TxHash(u1), TxHash(u2), TxHash(u3)}, pool, "oldest first")
}

// TestBlobSeal: a seal that puts its block's data in blobs gives every node a header whose
// txsHash commits to the blobs' versioned hashes (what Rollup.proposeWithBlobs checks), and the
// choice is signed: flipping it on a calldata seal breaks the proposer's signature.
func TestBlobSeal(t *testing.T) {
	nt := newNet(t, 4)
	anchor := crypto.Keccak256Hash([]byte("assured tip"))
	u1, u2 := userTx("one", 5), userTx("two", 5)
	nt.round(slotTime(3), u1, u2)

	calldata := nt.seal(4, 7, anchor, []common.Hash{TxHash(u1), TxHash(u2)})
	var s Seal
	require.NoError(t, json.Unmarshal(calldata[1:], &s))
	s.Blobs = true
	flipped, err := EncodeJSON(KindSeal, s)
	require.NoError(t, err)
	v, m := nt.apps[0].scratch()
	_, err = nt.apps[0].execTx(v, &m, flipped, slotTime(4), 9)
	require.ErrorIs(t, err, ErrBadSeal, "the DA choice is part of what the proposer signs")

	_, res := nt.round(slotTime(4), nt.sealDA(4, 7, anchor, []common.Hash{TxHash(u1), TxHash(u2)}, true))
	require.Zero(t, res[0].Code, res[0].Log)
	want, err := protocol.DataTxsHash(EncodeTxsData([][]byte{u1, u2}))
	require.NoError(t, err)
	for i, a := range nt.apps {
		b, err := a.BlockByNumber(7)
		require.NoError(t, err)
		require.True(t, b.Blobs, "app %d", i)
		require.Equal(t, want, common.Hash(b.Header.TxsHash), "app %d", i)
	}
}

// TestRecoveryAfterAnL1Reorg: blocks 1 and 2 (slots 4 and 5) are attested, then an L1 reorg
// removes them from L1 and steps L1 time back into slot 4. A seal of slot 5 on L1's assured tip
// is refused (the tip holds slot 5, whose header the committee signed); the seal of slot 6 on
// L1's assured tip (the anchor) is committed on every node, orphans blocks 1 and 2 and is
// attested by the whole committee, and the chain goes on from it.
func TestRecoveryAfterAnL1Reorg(t *testing.T) {
	nt := newNet(t, 4)
	anchor := crypto.Keccak256Hash([]byte("assured tip"))
	nt.round(slotTime(3))
	nt.round(slotTime(4), nt.seal(4, 1, anchor, nil))
	b1 := nt.apps[0].Meta().TipHash
	nt.round(slotTime(4).Add(time.Second))
	nt.round(slotTime(5), nt.seal(5, 2, b1, nil))
	b2 := nt.apps[0].Meta().TipHash
	nt.round(slotTime(5).Add(time.Second))

	// L1 is back in slot 4: the tip's slot cannot be sealed again.
	txs, _ := nt.round(slotTime(4).Add(2*time.Second), nt.seal(5, 1, anchor, nil))
	require.Empty(t, txs, "a seal of the tip's slot is left out of the block")
	for i, a := range nt.apps {
		require.Equal(t, b2, a.Meta().TipHash, "app %d", i)
	}

	nt.anchors.confirm(Anchor{Number: 0, Hash: anchor}) // L1's assured tip after the reorg
	// In slot 6: a seal skipping slot 5 waits for its own slot (review r17l F5, r19 F2).
	_, res := nt.round(slotTime(6), nt.seal(6, 1, anchor, nil))
	require.Len(t, res, 1)
	require.Zero(t, res[0].Code, res[0].Log)
	nb := nt.apps[0].Meta().TipHash
	for i, a := range nt.apps {
		m := a.Meta()
		require.Equal(t, uint64(1), m.TipNumber, "app %d", i)
		require.Equal(t, nb, m.TipHash, "app %d", i)
		for _, h := range []common.Hash{b1, b2} {
			b, err := a.BlockByHash(h)
			require.NoError(t, err)
			require.True(t, b.Orphaned, "app %d: block %d", i, b.Header.Number)
		}
		_, err := a.BlockByNumber(2)
		require.ErrorIs(t, err, ErrNotFound, "app %d: block 2 left the canonical chain", i)
	}
	txs, res = nt.round(slotTime(6))
	require.Len(t, txs, 1)
	require.Equal(t, KindAttestation, txs[0][0])
	require.Zero(t, res[0].Code, res[0].Log)
	b, err := nt.apps[3].BlockByHash(nb)
	require.NoError(t, err)
	require.Len(t, b.Attestations, 4, "every member attests the new block of slot 6")

	_, res = nt.round(slotTime(7), nt.seal(7, 2, nb, nil))
	require.Zero(t, res[0].Code, res[0].Log)
	require.Equal(t, uint64(2), nt.apps[1].Meta().TipNumber)
}

func TestSealsRefused(t *testing.T) {
	nt := newNet(t, 4)
	nt.round(slotTime(3), userTx("cheap", 1))
	a := nt.apps[0]
	anchor := common.HexToHash("0x01")
	good := nt.seal(4, 1, anchor, nil)
	var s Seal
	require.NoError(t, json.Unmarshal(good[1:], &s))
	wrongProposer := s
	wrongProposer.Proposer = nt.keys[0].Address()
	if p, _ := nt.l1[0].Proposer(4); p == wrongProposer.Proposer {
		wrongProposer.Proposer = nt.keys[1].Address()
	}
	badSig, err := EncodeJSON(KindSeal, wrongProposer)
	require.NoError(t, err)
	for name, tc := range map[string]struct {
		tx []byte
		at time.Time
	}{
		"wrong proposer":     {badSig, slotTime(4)},
		"slot long past":     {good, slotTime(9)},
		"slot in the future": {good, slotTime(1)},
		"no committee":       {nt.seal(20, 1, anchor, nil), slotTime(20)},
		"unknown tx":         {nt.seal(4, 1, anchor, []common.Hash{{1}}), slotTime(4)},
		"underpriced tx":     {nt.seal(4, 1, anchor, []common.Hash{TxHash(userTx("cheap", 1))}), slotTime(4)},
	} {
		t.Run(name, func(t *testing.T) {
			v, m := a.scratch()
			_, err := a.execTx(v, &m, tc.tx, tc.at, 9)
			require.ErrorIs(t, err, ErrBadSeal)
		})
	}
	// A block carrying a bad seal is refused by ProcessProposal.
	pp, err := a.ProcessProposal(context.Background(), &abci.RequestProcessProposal{Txs: [][]byte{badSig}, Height: 2, Time: slotTime(4)})
	require.NoError(t, err)
	require.Equal(t, abci.ResponseProcessProposal_REJECT, pp.Status)
	// So is a committee that L1 does not confirm.
	forged, err := EncodeJSON(KindCommittee, Committee{Epoch: 5, Members: []common.Address{{7}}})
	require.NoError(t, err)
	pp, err = a.ProcessProposal(context.Background(), &abci.RequestProcessProposal{Txs: [][]byte{forged}, Height: 2, Time: slotTime(4)})
	require.NoError(t, err)
	require.Equal(t, abci.ResponseProcessProposal_REJECT, pp.Status)
}

func TestCheckTx(t *testing.T) {
	nt := newNet(t, 4)
	nt.round(slotTime(3), userTx("known", 5))
	a := nt.apps[0]
	for _, tc := range []struct {
		name string
		tx   []byte
		want string
	}{
		{"ok", userTx("fresh", 5), ""},
		{"empty", nil, "malformed"},
		{"short", []byte{KindUser, 1, 2}, "malformed"},
		{"no payload", userTx("", 5), "payload is empty"},
		{"oversized", userTx(string(make([]byte, 513)), 5), "too large"},
		{"below the chain's floor", userTx("cheap", 0), "below the chain's fee floor"},
		{"known", userTx("known", 5), "already known"},
		{"attestations from outside", append([]byte{KindAttestation}, "{}"...), "unknown transaction kind"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := a.CheckTx(context.Background(), &abci.RequestCheckTx{Tx: tc.tx})
			require.NoError(t, err)
			if tc.want == "" {
				require.Zero(t, res.Code, res.Log)
				return
			}
			require.NotZero(t, res.Code)
			require.Contains(t, res.Log, tc.want)
		})
	}
	// A mempool near capacity refuses new user transactions (room for seals) but keeps the ones
	// it holds on recheck.
	a.cfg.Busy = func() bool { return true }
	res, err := a.CheckTx(context.Background(), &abci.RequestCheckTx{Tx: userTx("fresh", 5)})
	require.NoError(t, err)
	require.Contains(t, res.Log, ErrBusy.Error())
	res, err = a.CheckTx(context.Background(), &abci.RequestCheckTx{Tx: userTx("fresh", 5), Type: abci.CheckTxType_Recheck})
	require.NoError(t, err)
	require.Zero(t, res.Code, res.Log)
	res, err = a.CheckTx(context.Background(), &abci.RequestCheckTx{Tx: nt.seal(4, 1, common.Hash{}, nil)})
	require.NoError(t, err)
	require.Zero(t, res.Code, "a seal is never refused for load: %s", res.Log)
	a.cfg.Busy = nil
	a.cfg.MaxQueued = 1 // one transaction ("known") is queued
	res, err = a.CheckTx(context.Background(), &abci.RequestCheckTx{Tx: userTx("fresh", 5)})
	require.NoError(t, err)
	require.Contains(t, res.Log, ErrBusy.Error(), "a full pool refuses new transactions")
	a.cfg.MaxQueued = 0

	// Once the next slot's proposer has named its prices, they are the bar.
	nt.round(slotTime(4), nt.seal(4, 1, common.Hash{}, nil))
	nt.now = slotTime(3)
	res, err = a.CheckTx(context.Background(), &abci.RequestCheckTx{Tx: userTx("two", 2)})
	require.NoError(t, err)
	require.NotZero(t, res.Code, "slot 4's proposer asks 2/3; 2/2 is short")
	require.Contains(t, res.Log, "asks 2/3")
}

// TestNoSecondAttestationForASlot: a node asked to attest two different headers for one slot
// (two rounds, two seals) signs only the first, and remembers it across a restart.
func TestNoSecondAttestationForASlot(t *testing.T) {
	nt := newNet(t, 4)
	nt.round(slotTime(3))
	dir := t.TempDir()
	kv, err := store.Open(dir)
	require.NoError(t, err)
	a := nt.apps[0]
	a.kv = kv // a fresh store for this node's signing record; state is re-read from it below
	a.prot = a.localProtection()
	_, err = a.InitChain(context.Background(), &abci.RequestInitChain{})
	require.NoError(t, err)
	// Copy the committee into the fresh store.
	for e, c := range nt.l1 {
		v := newView(kv)
		v.putJSON(u64key(prefixComm, e), c)
		require.NoError(t, kv.Write(v.batch()))
	}
	ctx := context.Background()
	one := nt.seal(4, 1, common.HexToHash("0xaa"), nil)
	two := nt.seal(4, 1, common.HexToHash("0xbb"), nil)
	ev, err := a.ExtendVote(ctx, &abci.RequestExtendVote{Txs: [][]byte{one}, Height: 5, Time: slotTime(4), Hash: []byte{1}})
	require.NoError(t, err)
	require.Len(t, ev.VoteExtension, extensionSize)
	ev, err = a.ExtendVote(ctx, &abci.RequestExtendVote{Txs: [][]byte{two}, Height: 5, Time: slotTime(4), Hash: []byte{2}})
	require.NoError(t, err)
	require.Empty(t, ev.VoteExtension, "a second header for slot 4 is not signed")
	require.NoError(t, kv.Close())

	kv, err = store.Open(dir)
	require.NoError(t, err)
	defer kv.Close()
	b := nt.open(0, kv)
	ev, err = b.ExtendVote(ctx, &abci.RequestExtendVote{Txs: [][]byte{two}, Height: 5, Time: slotTime(4), Hash: []byte{3}})
	require.NoError(t, err)
	require.Empty(t, ev.VoteExtension, "not after a restart either")
	ev, err = b.ExtendVote(ctx, &abci.RequestExtendVote{Txs: [][]byte{one}, Height: 5, Time: slotTime(4), Hash: []byte{4}})
	require.NoError(t, err)
	require.Len(t, ev.VoteExtension, extensionSize, "the same header again is fine")
}

// TestExtendVoteSlashingProtection: the attestation record of an earlier version (the header
// hash under app/local/signed/) still refuses a second header for its slot; a protection that
// refuses or cannot answer (a database out of reach) gives no attestation, and the node goes on.
func TestExtendVoteSlashingProtection(t *testing.T) {
	nt := newNet(t, 4)
	nt.round(slotTime(3))
	ctx := context.Background()
	one := nt.seal(4, 1, common.HexToHash("0xaa"), nil)
	two := nt.seal(4, 1, common.HexToHash("0xbb"), nil)
	fresh := func(p Protector) *App {
		kv := store.OpenMemory()
		t.Cleanup(func() { kv.Close() })
		a := nt.open(0, kv)
		if p != nil {
			a.prot = p
		}
		_, err := a.InitChain(ctx, &abci.RequestInitChain{AppStateBytes: nt.genesis})
		require.NoError(t, err)
		for e, c := range nt.l1 {
			v := newView(kv)
			v.putJSON(u64key(prefixComm, e), c)
			require.NoError(t, kv.Write(v.batch()))
		}
		return a
	}
	a := fresh(nil)
	ev, err := a.ExtendVote(ctx, &abci.RequestExtendVote{Txs: [][]byte{one}, Height: 5, Time: slotTime(4), Hash: []byte{1}})
	require.NoError(t, err)
	require.Len(t, ev.VoteExtension, extensionSize)
	headerOne := ev.VoteExtension[:32]

	old := fresh(nil)
	require.NoError(t, old.kv.Put(u64key("app/local/signed/", 4), headerOne))
	ev, err = old.ExtendVote(ctx, &abci.RequestExtendVote{Txs: [][]byte{two}, Height: 5, Time: slotTime(4), Hash: []byte{2}})
	require.NoError(t, err)
	require.Empty(t, ev.VoteExtension, "an earlier version's record of slot 4 refuses another header")
	ev, err = old.ExtendVote(ctx, &abci.RequestExtendVote{Txs: [][]byte{one}, Height: 5, Time: slotTime(4), Hash: []byte{3}})
	require.NoError(t, err)
	require.Len(t, ev.VoteExtension, extensionSize, "and allows the header it recorded")

	for _, refuse := range []error{protect.ErrUnavailable, protect.ErrConflict, protect.ErrBelowMark} {
		b := fresh(stubProtector{refuse})
		ev, err = b.ExtendVote(ctx, &abci.RequestExtendVote{Txs: [][]byte{one}, Height: 5, Time: slotTime(4), Hash: []byte{4}})
		require.NoError(t, err)
		require.Empty(t, ev.VoteExtension, "%v: no attestation", refuse)
	}
	broken := errors.New("disk full")
	b := fresh(stubProtector{broken})
	_, err = b.ExtendVote(ctx, &abci.RequestExtendVote{Txs: [][]byte{one}, Height: 5, Time: slotTime(4), Hash: []byte{5}})
	require.ErrorIs(t, err, broken, "a local record that cannot be written stops the node, as before")
}

type stubProtector struct{ err error }

func (s stubProtector) Claim(context.Context, protect.Signing) error { return s.err }

// TestRestartResumesFromCommittedState: Info reports the committed height and app hash; a
// finalized but uncommitted block is forgotten, so CometBFT replays it.
func TestRestartResumesFromCommittedState(t *testing.T) {
	nt := newNet(t, 1)
	dir := t.TempDir()
	kv, err := store.Open(dir)
	require.NoError(t, err)
	nt.apps[0] = nt.open(0, kv)
	_, err = nt.apps[0].InitChain(context.Background(), &abci.RequestInitChain{AppStateBytes: nt.genesis})
	require.NoError(t, err)
	nt.round(slotTime(3), userTx("a", 5))
	info, err := nt.apps[0].Info(context.Background(), &abci.RequestInfo{})
	require.NoError(t, err)
	require.Equal(t, int64(1), info.LastBlockHeight)
	_, err = nt.apps[0].FinalizeBlock(context.Background(), &abci.RequestFinalizeBlock{Txs: [][]byte{userTx("b", 5)}, Height: 2, Time: slotTime(3)})
	require.NoError(t, err)
	require.NoError(t, kv.Close()) // crash before Commit

	kv, err = store.Open(dir)
	require.NoError(t, err)
	defer kv.Close()
	again := nt.open(0, kv)
	info2, err := again.Info(context.Background(), &abci.RequestInfo{})
	require.NoError(t, err)
	require.Equal(t, info.LastBlockHeight, info2.LastBlockHeight)
	require.Equal(t, info.LastBlockAppHash, info2.LastBlockAppHash)
	_, err = again.Tx(TxHash(userTx("b", 5)))
	require.ErrorIs(t, err, ErrNotFound)
	_, err = again.Tx(TxHash(userTx("a", 5)))
	require.NoError(t, err)
}

// TestValidatorSetFollowsCommittees: the genesis set is four validators; a fifth registers its
// key; the updates returned by FinalizeBlock bring the set to the registered members of the
// current and next committees, at the genesis validators' power (a chain made at power 1 keeps
// joining members at 1, a new one at ValidatorPower), and drop the rest at the first seal of
// the next epoch.
func TestValidatorSetFollowsCommittees(t *testing.T) {
	for _, power := range []int64{1, ValidatorPower} {
		t.Run(fmt.Sprintf("genesis power %d", power), func(t *testing.T) { validatorSetFollowsCommittees(t, power) })
	}
}

func validatorSetFollowsCommittees(t *testing.T, genesisPower int64) {
	nt := newNet(t, 5)
	ctx := context.Background()
	pubs := make([][]byte, 5)
	privs := make([]ed25519.PrivKey, 5)
	var gs GenesisState
	var genesis []abci.ValidatorUpdate
	for i := range pubs {
		privs[i] = ed25519.GenPrivKeyFromSecret([]byte{byte(i), 'p'})
		pubs[i] = privs[i].PubKey().Bytes()
		gs.Validators = append(gs.Validators, GenesisValidator{Attester: nt.keys[i].Address(),
			Address: hex.EncodeToString(ed25519.PubKey(pubs[i]).Address())})
		if i < 4 {
			genesis = append(genesis, abci.UpdateValidator(pubs[i], genesisPower, ""))
		}
	}
	state, err := json.Marshal(GenesisState{Validators: gs.Validators[:4]})
	require.NoError(t, err)
	a := nt.open(0, store.OpenMemory())
	_, err = a.InitChain(ctx, &abci.RequestInitChain{AppStateBytes: state, Validators: genesis})
	require.NoError(t, err)
	m := func(i ...int) []common.Address {
		var out []common.Address
		for _, j := range i {
			out = append(out, nt.keys[j].Address())
		}
		return out
	}
	nt.l1[0] = &Committee{Epoch: 0, Seed: common.Hash{1}, Members: m(0, 1, 4)}
	nt.l1[1] = &Committee{Epoch: 1, Seed: common.Hash{2}, Members: m(1, 2, 4)}
	height := int64(0)
	finalize := func(txs ...[]byte) []abci.ValidatorUpdate {
		height++
		fb, err := a.FinalizeBlock(ctx, &abci.RequestFinalizeBlock{Txs: txs, Height: height})
		require.NoError(t, err)
		for _, r := range fb.TxResults {
			require.Zero(t, r.Code, r.Log)
		}
		_, err = a.Commit(ctx, &abci.RequestCommit{})
		require.NoError(t, err)
		return fb.ValidatorUpdates
	}
	power := func(ups []abci.ValidatorUpdate) map[int]int64 {
		out := map[int]int64{}
		for _, u := range ups {
			for i, p := range pubs {
				if bytes.Equal(u.PubKey.GetEd25519(), p) {
					out[i] = u.Power
				}
			}
		}
		return out
	}
	c0, err := EncodeJSON(KindCommittee, nt.l1[0])
	require.NoError(t, err)
	c1, err := EncodeJSON(KindCommittee, nt.l1[1])
	require.NoError(t, err)
	// Epochs 0 and 1 recorded: 3 leaves (in neither); 4 is not registered yet.
	require.Equal(t, map[int]int64{3: 0}, power(finalize(c0, c1)))

	reg := nt.registration(4, privs[4], 1)
	rtx, err := EncodeJSON(KindRegister, reg)
	require.NoError(t, err)
	require.Equal(t, map[int]int64{4: genesisPower}, power(finalize(rtx)), "the registered member joins at the genesis power")
	forged := reg
	forged.Attester = nt.keys[3].Address()
	ftx, err := EncodeJSON(KindRegister, forged)
	require.NoError(t, err)
	v, mm := a.scratch()
	_, err = a.execTx(v, &mm, ftx, time.Time{}, 99)
	require.ErrorIs(t, err, ErrBadRegistration, "a registration not signed by its attester")

	// The first seal of epoch 1 drops 0, who sits only in epoch 0's committee.
	p, _ := nt.l1[1].Proposer(perEp)
	var k keySigner
	for _, kk := range nt.keys {
		if kk.Address() == p {
			k = kk
		}
	}
	s := Seal{Slot: perEp, Number: 1, FeePerDaGas: (*hexutil.Big)(big.NewInt(1)), FeePerL2Gas: (*hexutil.Big)(big.NewInt(1)), Proposer: p,
		Anchor: &Anchor{}}
	sg, err := k.SignDigest(ctx, s.Digest(nt.domain))
	require.NoError(t, err)
	s.Signature = sg
	stx, err := EncodeJSON(KindSeal, s)
	require.NoError(t, err)
	require.Equal(t, map[int]int64{0: 0}, power(finalize(stx)))
	require.Empty(t, finalize(), "no change without a trigger")
}

// TestReanchorOnABlockTheChainNeverHad: blocks 1 to 3 are pending (1 and 2 attested), then L1
// assures a block 2 the pending chain never had (a based-fallback block on the proven tip 1).
// A seal on it without an anchor is refused; with an anchor that L1 does not confirm, the
// proposal is refused; with the anchor L1 confirms, every node re-anchors on it identically:
// blocks 2 and 3 are orphaned, their transactions queued again, the new block is attested and
// the chain goes on from it.
func TestReanchorOnABlockTheChainNeverHad(t *testing.T) {
	nt := newNet(t, 4)
	start := crypto.Keccak256Hash([]byte("assured tip"))
	u := userTx("in block 3", 5)
	nt.round(slotTime(3), u)
	nt.round(slotTime(4), nt.seal(4, 1, start, nil))
	b1 := nt.apps[0].Meta().TipHash
	nt.round(slotTime(4).Add(time.Second))
	nt.round(slotTime(5), nt.seal(5, 2, b1, nil))
	b2 := nt.apps[0].Meta().TipHash
	nt.round(slotTime(5).Add(time.Second))
	nt.round(slotTime(6), nt.seal(6, 3, b2, []common.Hash{TxHash(u)}))
	b3 := nt.apps[0].Meta().TipHash
	nt.round(slotTime(6).Add(time.Second))

	based := Anchor{Number: 2, Hash: crypto.Keccak256Hash([]byte("based block")), Slot: 12}
	tip := nt.apps[0].Meta().TipHash
	v, m := nt.apps[0].scratch()
	_, err := nt.apps[0].execTx(v, &m, nt.sealWith(13, 3, based.Hash, nil, tip, nil, false), time.Time{}, 99)
	require.ErrorIs(t, err, ErrBadSeal, "without an anchor the parent is unknown")
	wrong := based
	wrong.Number = 1
	v, m = nt.apps[0].scratch()
	_, err = nt.apps[0].execTx(v, &m, nt.sealWith(13, 3, based.Hash, nil, tip, &wrong, false), time.Time{}, 99)
	require.ErrorIs(t, err, ErrBadSeal, "the anchor must be the parent")

	anchored := nt.sealWith(13, 3, based.Hash, nil, tip, &based, false)
	pp, err := nt.apps[1].ProcessProposal(context.Background(), &abci.RequestProcessProposal{
		Txs: [][]byte{anchored}, Height: nt.height + 1, Time: slotTime(13)})
	require.NoError(t, err)
	require.Equal(t, abci.ResponseProcessProposal_REJECT, pp.Status, "an anchor L1 does not confirm is refused")
	txs, _ := nt.round(slotTime(13))
	require.Empty(t, txs)
	require.Equal(t, b3, nt.apps[0].Meta().TipHash)

	nt.anchors.confirm(based)
	nt.anchors.hashes[1] = b1 // L1 holds block 1: the chains part at 2
	txs, res := nt.round(slotTime(13), anchored)
	require.Len(t, txs, 1, "the proposer takes the seal once L1 confirms its anchor")
	require.Zero(t, res[0].Code, res[0].Log)
	nb := nt.apps[0].Meta().TipHash
	for i, a := range nt.apps {
		m := a.Meta()
		require.Equal(t, uint64(3), m.TipNumber, "app %d", i)
		require.Equal(t, nb, m.TipHash, "app %d", i)
		require.Equal(t, based.Number, m.AnchorNumber, "app %d", i)
		require.Equal(t, based.Hash, m.AnchorHash, "app %d", i)
		require.Equal(t, 1, m.Queued, "app %d: block 3's transaction is queued again", i)
		for _, h := range []common.Hash{b2, b3} {
			b, err := a.BlockByHash(h)
			require.NoError(t, err)
			require.True(t, b.Orphaned, "app %d: block %d", i, b.Header.Number)
		}
		_, err := a.BlockByNumber(2)
		require.ErrorIs(t, err, ErrNotFound, "app %d: number 2 is L1's block now", i)
		b1b, err := a.BlockByNumber(1)
		require.NoError(t, err)
		require.Equal(t, b1, b1b.Hash, "app %d: below the anchor the chain is kept", i)
		rec, err := a.Tx(TxHash(u))
		require.NoError(t, err)
		require.Equal(t, TxQueued, rec.State)
		b, err := a.BlockByHash(nb)
		require.NoError(t, err)
		require.Equal(t, based.Hash, common.Hash(b.Header.ParentHash))
		want := based
		want.At = &testL1Block
		require.Equal(t, &want, b.Reanchored, "the anchor, with the L1 block it was named at")
		require.Equal(t, testL1Block.Number, m.AnchorL1, "app %d", i)
	}
	txs, res = nt.round(slotTime(13).Add(time.Second))
	require.Len(t, txs, 1)
	require.Zero(t, res[0].Code, res[0].Log)
	b, err := nt.apps[2].BlockByHash(nb)
	require.NoError(t, err)
	require.Len(t, b.Attestations, 4, "the committee attests the block on the anchor")

	// The chain goes on from it, with the orphaned transaction.
	_, res = nt.round(slotTime(14), nt.seal(14, 4, nb, []common.Hash{TxHash(u)}))
	require.Zero(t, res[0].Code, res[0].Log)
	require.Equal(t, uint64(4), nt.apps[3].Meta().TipNumber)
	rec, err := nt.apps[3].Tx(TxHash(u))
	require.NoError(t, err)
	require.Equal(t, TxPending, rec.State)
}

// TestStaleSealCannotOrphanAnAssuredBlock reproduces the divergence of issue #7 (B): the
// proposer of slot 6 seals while its committed view still ends at block 1 (it restarted and is
// replaying, or slot 5's seal was committed late). Meanwhile block 2 of slot 5 is committed,
// attested, and can be assured on L1 in slot 5. Before the fix, the stale seal (number 2 on
// block 1) executed and orphaned block 2: L1's assured tip was then a block the pending chain
// no longer had. The seal names the tip it was built on, so it is refused (and dropped from
// the mempool on recheck); the proposer's next seal, on its caught-up view, extends block 2.
func TestStaleSealCannotOrphanAnAssuredBlock(t *testing.T) {
	nt := newNet(t, 4)
	start := crypto.Keccak256Hash([]byte("assured tip"))
	nt.round(slotTime(3))
	nt.round(slotTime(4), nt.seal(4, 1, start, nil))
	b1 := nt.apps[0].Meta().TipHash
	nt.round(slotTime(4).Add(time.Second))

	seal5 := nt.seal(5, 2, b1, nil)
	stale := nt.seal(6, 2, b1, nil) // slot 6's proposer, on its view that ends at block 1
	nt.round(slotTime(5), seal5)
	b2 := nt.apps[0].Meta().TipHash
	nt.round(slotTime(5).Add(time.Second))
	b, err := nt.apps[0].BlockByHash(b2)
	require.NoError(t, err)
	require.Len(t, b.Attestations, 4, "block 2 is attested: its proposer can publish it in slot 5")

	res, err := nt.apps[1].CheckTx(context.Background(), &abci.RequestCheckTx{Tx: stale, Type: abci.CheckTxType_Recheck})
	require.NoError(t, err)
	require.NotZero(t, res.Code, "a recheck drops the stale seal from the mempool")
	require.Contains(t, res.Log, "sealed on tip")
	txs, _ := nt.round(slotTime(5).Add(2*time.Second), stale)
	require.Empty(t, txs, "the stale seal is left out of the proposal")
	v, m := nt.apps[2].scratch()
	_, err = nt.apps[2].execTx(v, &m, stale, time.Time{}, 99)
	require.ErrorIs(t, err, ErrBadSeal, "and refused by execution")
	for i, a := range nt.apps {
		require.Equal(t, b2, a.Meta().TipHash, "app %d: block 2 stays the pending tip", i)
	}

	_, res2 := nt.round(slotTime(5).Add(3*time.Second), nt.seal(6, 3, b2, nil))
	require.Zero(t, res2[0].Code, res2[0].Log)
	require.Equal(t, uint64(3), nt.apps[1].Meta().TipNumber)
}

// TestOrphanedTxThatNoLongerDecodesIsDropped: a transaction of an orphaned block that the
// chain's limits no longer admit (here maxPayload lowered on every node) does not return to
// the pool: it is dropped with the reason, which the API's tx status reports.
func TestOrphanedTxThatNoLongerDecodesIsDropped(t *testing.T) {
	nt := newNet(t, 4)
	start := crypto.Keccak256Hash([]byte("assured tip"))
	large, small := userTx(string(make([]byte, 300)), 5), userTx("small", 5)
	nt.round(slotTime(3), large, small)
	nt.round(slotTime(4), nt.seal(4, 1, start, []common.Hash{TxHash(large), TxHash(small)}))
	nt.round(slotTime(4).Add(time.Second))
	for _, a := range nt.apps {
		a.exec.params.MaxPayload = 100 // a change of the chain's rules, on every node alike
	}
	nt.anchors.confirm(Anchor{Number: 0, Hash: start}) // L1's assured tip: block 1 missed its slot
	_, res := nt.round(slotTime(6), nt.seal(6, 1, start, nil))
	require.Zero(t, res[0].Code, res[0].Log)
	for i, a := range nt.apps {
		rec, err := a.Tx(TxHash(large))
		require.NoError(t, err)
		require.Equal(t, TxDropped, rec.State, "app %d", i)
		require.Contains(t, rec.Reason, "block 1 was orphaned")
		require.Contains(t, rec.Reason, "too large")
		rec, err = a.Tx(TxHash(small))
		require.NoError(t, err)
		require.Equal(t, TxQueued, rec.State, "app %d", i)
		require.Equal(t, 1, a.Meta().Queued, "app %d: only the valid one is queued", i)
	}
	pool, err := nt.apps[0].Pool(big.NewInt(0), big.NewInt(0), 10_000)
	require.NoError(t, err)
	require.Equal(t, []common.Hash{TxHash(small)}, pool)
}

// registration is attester i's registration of key k with nonce n, signed by both keys.
func (nt *net) registration(i int, k ed25519.PrivKey, n uint64) Registration {
	r := Registration{Attester: nt.keys[i].Address(), PubKey: k.PubKey().Bytes(), Nonce: n}
	d := r.Digest(nt.domain)
	sig, err := nt.keys[i].SignDigest(context.Background(), d)
	require.NoError(nt.t, err)
	r.Signature = sig
	r.KeySignature, err = k.Sign(d[:])
	require.NoError(nt.t, err)
	return r
}

// resign signs s again as its proposer (a key of nt) and encodes it.
func (nt *net) resign(s Seal) []byte {
	if s.Anchor != nil && s.Anchor.At == nil && !nt.unnamed {
		// The L1 block a driver names (Anchor.At): one the fake's L1 holds.
		an := *s.Anchor
		an.At = &testL1Block
		s.Anchor = &an
	}
	for _, k := range nt.keys {
		if k.Address() == s.Proposer {
			sig, err := k.SignDigest(context.Background(), s.Digest(nt.domain))
			require.NoError(nt.t, err)
			s.Signature = sig
		}
	}
	raw, err := EncodeJSON(KindSeal, s)
	require.NoError(nt.t, err)
	return raw
}

// TestBlobSealProofs: members check the proposer's KZG commitments and proofs instead of
// committing to the blobs; a blob seal without them, with those of other data, or with proofs
// on a calldata seal is refused even when the proposer signed it, and the proofs are signed.
func TestBlobSealProofs(t *testing.T) {
	nt := newNet(t, 4)
	anchor := crypto.Keccak256Hash([]byte("assured tip"))
	u1, u2 := userTx("one", 5), userTx("two", 5)
	nt.round(slotTime(3), u1, u2)
	txs := []common.Hash{TxHash(u1), TxHash(u2)}
	var good Seal
	require.NoError(t, json.Unmarshal(nt.sealDA(4, 7, anchor, txs, true)[1:], &good))
	require.Len(t, good.BlobProofs, 1)
	_, otherProofs, err := protocol.ProveBlobData(EncodeTxsData([][]byte{u2, u1}))
	require.NoError(t, err)

	execs := func(raw []byte) error {
		v, m := nt.apps[1].scratch()
		_, err := nt.apps[1].execTx(v, &m, raw, slotTime(4), 9)
		return err
	}
	for name, mutate := range map[string]func(*Seal){
		"no proofs":           func(s *Seal) { s.BlobProofs = nil },
		"other data's proofs": func(s *Seal) { s.BlobProofs = otherProofs },
		"a proof too many":    func(s *Seal) { s.BlobProofs = append(s.BlobProofs, s.BlobProofs[0]) },
		"proofs on calldata":  func(s *Seal) { s.Blobs = false },
	} {
		s := good
		s.BlobProofs = append([]protocol.BlobProof(nil), good.BlobProofs...)
		mutate(&s)
		require.ErrorIs(t, execs(nt.resign(s)), ErrBadSeal, name)
	}
	unsigned := good
	unsigned.BlobProofs = otherProofs
	raw, err := EncodeJSON(KindSeal, unsigned)
	require.NoError(t, err)
	err = execs(raw)
	require.ErrorIs(t, err, ErrBadSeal)
	require.ErrorContains(t, err, "not signed by", "the proofs are part of what the proposer signs")

	_, res := nt.round(slotTime(4), nt.resign(good))
	require.Zero(t, res[0].Code, res[0].Log)
	b, err := nt.apps[3].BlockByNumber(7)
	require.NoError(t, err)
	require.Equal(t, good.BlobProofs, b.BlobProofs, "the block keeps them for whoever publishes it")
}

// TestExtendVoteWithoutProcessProposal: a validator that did not process the block (it
// precommits on the others' prevotes) executes it in ExtendVote and attests the same header; one
// that processed a block without a seal refuses an attestation for it.
func TestExtendVoteWithoutProcessProposal(t *testing.T) {
	nt := newNet(t, 4)
	anchor := crypto.Keccak256Hash([]byte("assured tip"))
	nt.round(slotTime(3))
	nt.unprocessed = map[int]bool{2: true}
	nt.round(slotTime(4), nt.seal(4, 1, anchor, nil))
	tip := nt.apps[0].Meta().TipHash
	require.Len(t, nt.exts[2], extensionSize, "app 2 attests")
	require.Equal(t, tip, common.BytesToHash(nt.exts[2][:32]))
	nt.unprocessed = nil

	// A block that seals nothing: a non-empty extension for it is refused by those who know.
	nt.round(slotTime(4).Add(time.Second))
	hash := crypto.Keccak256([]byte{byte(nt.height)})
	vv, err := nt.apps[0].VerifyVoteExtension(context.Background(), &abci.RequestVerifyVoteExtension{
		Hash: hash, ValidatorAddress: nt.cometAd[1], Height: nt.height, VoteExtension: nt.lastExtOf(1, tip)})
	require.NoError(t, err)
	require.Equal(t, abci.ResponseVerifyVoteExtension_REJECT, vv.Status)
}

// TestAttestationsOfTheSealingCommit: the publisher takes a block's attestations from the
// extended commit of the height that sealed it, without waiting for the next height; fewer than
// a quorum, or extensions attesting another header, give none.
func TestAttestationsOfTheSealingCommit(t *testing.T) {
	nt := newNet(t, 4)
	anchor := crypto.Keccak256Hash([]byte("assured tip"))
	nt.round(slotTime(3))
	nt.round(slotTime(4), nt.seal(4, 1, anchor, nil))
	b, err := nt.apps[1].BlockByNumber(1)
	require.NoError(t, err)
	require.Empty(t, b.Attestations)
	votes := func(exts ...[]byte) []abci.ExtendedVoteInfo {
		var out []abci.ExtendedVoteInfo
		for i, ext := range exts {
			out = append(out, abci.ExtendedVoteInfo{Validator: abci.Validator{Address: nt.cometAd[i]},
				BlockIdFlag: cmtproto.BlockIDFlagCommit, VoteExtension: ext})
		}
		return out
	}
	atts, err := nt.apps[1].AttestationsOf(b, votes(nt.exts...))
	require.NoError(t, err)
	require.Len(t, atts, 4)
	digest := nt.domain.AttestationDigest(b.Header)
	for _, at := range atts {
		sig, err := sig65(at.Signature)
		require.NoError(t, err)
		signer, err := protocol.RecoverSigner(digest, sig)
		require.NoError(t, err)
		require.Equal(t, nt.l1[0].Members[at.Index], signer)
	}
	_, err = nt.apps[1].AttestationsOf(b, votes(nt.exts[:2]...))
	require.ErrorIs(t, err, ErrBadAttestations, "two of four are not a quorum")
	other := nt.lastExtOf(2, crypto.Keccak256Hash([]byte("another header")))
	_, err = nt.apps[1].AttestationsOf(b, votes(nt.exts[0], nt.exts[1], other))
	require.ErrorIs(t, err, ErrBadAttestations, "an extension for another header does not count")
}

// TestCheckTxFollowsTheNextProposersPrices: once the next slot's proposer has named its prices
// (in a committed seal), CheckTx holds new transactions to them instead of the node's floor;
// the answer kept for the slot is renewed when a height commits.
func TestCheckTxFollowsTheNextProposersPrices(t *testing.T) {
	nt := newNet(t, 4)
	anchor := crypto.Keccak256Hash([]byte("assured tip"))
	nt.round(slotTime(3))
	a := nt.apps[0]
	check := func(name string, fee int64) string {
		res, err := a.CheckTx(context.Background(), &abci.RequestCheckTx{Tx: userTx(name, fee)})
		require.NoError(t, err)
		return res.Log
	}
	nt.now = slotTime(4) // the next slot is 5
	require.Empty(t, check("at the floor", 1), "the proposer of slot 5 has named no prices: the floor (1)")

	nt.round(slotTime(5), nt.seal(5, 1, anchor, nil)) // names 2 per DA gas, 3 per L2 gas
	nt.now = slotTime(4)
	require.Contains(t, check("below", 2), "the proposer asks 2/3")
	require.Empty(t, check("pays", 3))
}

// TestReanchorAfterSeveralBasedBlocks: L1 holds block 1 of the pending chain, then based blocks
// 2' and 3' (the committee was down for two fallback windows). The seal re-anchoring on 3' names
// the fork, 2: blocks 2 and 3 of the pending chain are orphaned and block 1 kept. A fork that is
// too high (keeping block 2, which L1 replaced) or too low (orphaning block 1, which L1 holds) is
// refused, and the fork is part of what the proposer signs.
func TestReanchorAfterSeveralBasedBlocks(t *testing.T) {
	nt := newNet(t, 4)
	start := crypto.Keccak256Hash([]byte("assured tip"))
	nt.round(slotTime(3))
	b := nt.sealThree(start)
	hs := b[1:]
	b2x, b3x := crypto.Keccak256Hash([]byte("based 2")), crypto.Keccak256Hash([]byte("based 3"))
	nt.anchors.hashes[0], nt.anchors.hashes[1], nt.anchors.hashes[2], nt.anchors.hashes[3] = start, hs[0], b2x, b3x
	tip := nt.apps[0].Meta().TipHash
	nt.now = slotTime(13)
	sealFork := func(fork uint64) []byte {
		an := Anchor{Number: 3, Hash: b3x, Slot: 12, Fork: fork}
		nt.anchors.confirm(an)
		return nt.sealWith(13, 4, b3x, nil, tip, &an, false)
	}
	for fork, why := range map[uint64]string{
		0: "below fork 3", 3: "below fork 3", // keeping block 2, which L1 replaced
		1: "above fork 1", // orphaning block 1, which L1 holds
	} {
		err := nt.apps[1].checkAnchorOf(context.Background(), sealFork(fork))
		require.ErrorIs(t, err, ErrBadAnchor, "fork %d", fork)
		require.ErrorContains(t, err, why, "fork %d", fork)
	}
	pp, err := nt.apps[1].ProcessProposal(context.Background(), &abci.RequestProcessProposal{
		Txs: [][]byte{sealFork(2)}, Height: nt.height + 1, Time: slotTime(13)})
	require.NoError(t, err)
	require.Equal(t, abci.ResponseProcessProposal_ACCEPT, pp.Status)

	an := Anchor{Number: 3, Hash: b3x, Slot: 12, Fork: 2}
	raw := nt.sealWith(13, 4, b3x, nil, tip, &an, false)
	var s Seal
	require.NoError(t, json.Unmarshal(raw[1:], &s))
	s.Anchor.Fork = 1
	forged, err := EncodeJSON(KindSeal, s)
	require.NoError(t, err)
	v, m := nt.apps[0].scratch()
	_, err = nt.apps[0].execTx(v, &m, forged, time.Time{}, 99)
	require.ErrorContains(t, err, "not signed by", "the fork is signed")
	s.Anchor.Fork = 0
	forged, err = EncodeJSON(KindSeal, s)
	require.NoError(t, err)
	v, m = nt.apps[0].scratch()
	_, err = nt.apps[0].execTx(v, &m, forged, time.Time{}, 99)
	require.ErrorContains(t, err, "not signed by", "a fork cannot be dropped either")
	for _, bad := range []uint64{4, 9} {
		bad := Anchor{Number: 3, Hash: b3x, Slot: 12, Fork: bad}
		v, m = nt.apps[0].scratch()
		_, err = nt.apps[0].execTx(v, &m, nt.sealWith(13, 4, b3x, nil, tip, &bad, false), time.Time{}, 99)
		require.ErrorIs(t, err, ErrBadSeal, "fork %d above the anchor", bad.Fork)
	}

	_, res := nt.round(slotTime(13), raw)
	require.Zero(t, res[0].Code, res[0].Log)
	for i, a := range nt.apps {
		m := a.Meta()
		require.Equal(t, uint64(4), m.TipNumber, "app %d", i)
		require.Equal(t, uint64(3), m.AnchorNumber, "app %d", i)
		b1, err := a.BlockByNumber(1)
		require.NoError(t, err)
		require.Equal(t, hs[0], b1.Hash, "app %d: L1 holds block 1", i)
		for n, h := range map[uint64]common.Hash{2: hs[1], 3: hs[2]} {
			_, err := a.BlockByNumber(n)
			require.ErrorIs(t, err, ErrNotFound, "app %d: number %d is L1's based block", i, n)
			b, err := a.BlockByHash(h)
			require.NoError(t, err)
			require.True(t, b.Orphaned, "app %d: block %d", i, n)
		}
	}
}

// TestFirstSealOnTheGenesisAnchor: a chain's first seal carries L1's assured tip as its anchor,
// which on a new rollup is block 0; it executes (a bench caught a fork check refusing number 0).
func TestFirstSealOnTheGenesisAnchor(t *testing.T) {
	nt := newNet(t, 4)
	genesisHash := crypto.Keccak256Hash([]byte("genesis header"))
	an := Anchor{Number: 0, Hash: genesisHash, Slot: 0}
	nt.anchors.confirm(an)
	nt.round(slotTime(3))
	txs, res := nt.round(slotTime(4), nt.sealWith(4, 1, genesisHash, nil, common.Hash{}, &an, false))
	require.Len(t, txs, 1, "the proposer takes the first seal")
	require.Zero(t, res[0].Code, res[0].Log)
	m := nt.apps[2].Meta()
	require.True(t, m.Started)
	require.Equal(t, uint64(1), m.TipNumber)
	require.Equal(t, genesisHash, m.AnchorHash)
}

// TestReanchorRecordsTheReplacedBlocksTransactions: based blocks 2' and 3' replaced pending
// blocks 2 and 3; 2' carried block 2's transaction and one the chain never had, 3' carried a
// transaction still queued. The re-anchoring seal brings their headers and transactions: those
// are recorded as included in 2' and 3' (not queued again), block 3's transaction, which no L1
// block carried, is queued again. A seal taking a replaced block's transaction, a replaced block
// whose transactions do not match its txsHash, or one L1 does not hold is refused, and the
// replaced blocks are signed.
func TestReanchorRecordsTheReplacedBlocksTransactions(t *testing.T) {
	nt := newNet(t, 4)
	start := crypto.Keccak256Hash([]byte("assured tip"))
	u2, u3, u4, fresh := userTx("in block 2", 5), userTx("in block 3", 5), userTx("queued", 5), userTx("only on L1", 5)
	nt.round(slotTime(3), u2, u3)
	var hs []common.Hash
	parent := start
	for n, txs := range [][]common.Hash{nil, {TxHash(u2)}, {TxHash(u3)}} {
		slot := uint64(4 + n)
		nt.round(slotTime(slot), nt.seal(slot, uint64(n+1), parent, txs))
		parent = nt.apps[0].Meta().TipHash
		hs = append(hs, parent)
		nt.round(slotTime(slot).Add(time.Second))
	}
	nt.round(slotTime(6).Add(2*time.Second), u4)

	txsHash := func(raws ...[]byte) common.Hash { return protocol.CalldataTxsHash(EncodeTxsData(raws)) }
	hdr := func(n, slot uint64, parent common.Hash, th common.Hash) protocol.Header {
		return protocol.Header{Number: n, Slot: slot, ParentHash: parent, TxsHash: th,
			FeePerDaGas: big.NewInt(1), FeePerL2Gas: big.NewInt(1), Coinbase: common.Address{0xb}}
	}
	h2 := hdr(2, 10, hs[0], txsHash(u2, fresh))
	h3 := hdr(3, 11, protocol.HeaderHash(h2), txsHash(u4))
	nt.anchors.hashes[1], nt.anchors.hashes[2], nt.anchors.hashes[3] = hs[0], protocol.HeaderHash(h2), protocol.HeaderHash(h3)
	replaced := []Replaced{{Header: h2, Txs: []hexutil.Bytes{u2, fresh}}, {Header: h3, Txs: []hexutil.Bytes{u4}}}
	an := Anchor{Number: 3, Hash: protocol.HeaderHash(h3), Slot: 11, Fork: 2, Replaced: replaced}
	nt.anchors.confirm(an)
	tip := nt.apps[0].Meta().TipHash
	nt.now = slotTime(13)
	sealOn := func(a Anchor, txs ...common.Hash) []byte { return nt.sealWith(13, 4, a.Hash, txs, tip, &a, false) }
	execs := func(raw []byte) error {
		v, m := nt.apps[1].scratch()
		_, err := nt.apps[1].execTx(v, &m, raw, time.Time{}, 99)
		return err
	}
	require.ErrorContains(t, execs(sealOn(an, TxHash(u4))), "re-anchors past", "u4 is in block 3'")
	bad := an
	bad.Replaced = []Replaced{{Header: h2, Txs: []hexutil.Bytes{u2}}, replaced[1]}
	require.ErrorContains(t, execs(sealOn(bad)), "do not hash to its txsHash")
	bad.Replaced = []Replaced{replaced[1], replaced[0]}
	require.ErrorContains(t, execs(sealOn(bad)), "not in order")
	other := hdr(2, 9, hs[0], txsHash(u2, fresh)) // consistent in itself, not what L1 holds
	bad.Replaced = []Replaced{{Header: other, Txs: replaced[0].Txs}}
	require.ErrorContains(t, nt.apps[1].checkAnchorOf(context.Background(), sealOn(bad)), "L1 holds")
	var s Seal
	require.NoError(t, json.Unmarshal(sealOn(an)[1:], &s))
	s.Anchor.Replaced = s.Anchor.Replaced[:1]
	forged, err := EncodeJSON(KindSeal, s)
	require.NoError(t, err)
	require.ErrorContains(t, execs(forged), "not signed by", "the replaced blocks are signed")

	_, res := nt.round(slotTime(13), sealOn(an))
	require.Zero(t, res[0].Code, res[0].Log)
	for i, a := range nt.apps {
		m := a.Meta()
		require.Equal(t, uint64(4), m.TipNumber, "app %d", i)
		require.Equal(t, 1, m.Queued, "app %d: only block 3's transaction is queued again", i)
		for raw, want := range map[string]struct {
			number uint64
			block  common.Hash
		}{string(u2): {2, protocol.HeaderHash(h2)}, string(fresh): {2, protocol.HeaderHash(h2)}, string(u4): {3, protocol.HeaderHash(h3)}} {
			r, err := a.Tx(TxHash([]byte(raw)))
			require.NoError(t, err)
			require.Equal(t, TxPending, r.State, "app %d", i)
			require.Equal(t, want.number, r.Number, "app %d", i)
			require.Equal(t, want.block, r.Block, "app %d", i)
		}
		r, err := a.Tx(TxHash(u3))
		require.NoError(t, err)
		require.Equal(t, TxQueued, r.State, "app %d: no L1 block carried it", i)
		pool, err := a.Pool(big.NewInt(2), big.NewInt(3), 10_000)
		require.NoError(t, err)
		require.Equal(t, []common.Hash{TxHash(u3)}, pool, "app %d", i)
	}
}

// TestDecodeTxsData: the inverse of EncodeTxsData, refusing data cut short.
func TestDecodeTxsData(t *testing.T) {
	t.Parallel()
	raws := [][]byte{userTx("a", 1), {}, userTx("b", 2)}
	got, err := DecodeTxsData(EncodeTxsData(raws))
	require.NoError(t, err)
	require.Equal(t, raws, got)
	got, err = DecodeTxsData(nil)
	require.NoError(t, err)
	require.Empty(t, got)
	data := EncodeTxsData(raws)
	for _, cut := range [][]byte{data[:len(data)-1], data[:2], append(data, 0, 0, 0, 9)} {
		_, err := DecodeTxsData(cut)
		require.ErrorIs(t, err, ErrMalformed)
	}
}

// TestReanchorAfterALongBasedRunIsAccepted (review r17k F3): the committee failed after block 1
// reached L1; based blocks 2'-301' followed on L1, a run longer than L1's ring of block hashes
// (RingSize: the fake L1 answers only the hashes of the ring's blocks, 221-301) and than
// MaxReplacedBlocks. The first seal after it re-anchors on 301' with its fork at 2: it carries
// L1's headers from the fork up into the ring, 2' with its transactions, the others bare (their
// transactions not carried), so that every member finds where L1 leaves the pending chain from
// headers L1's ring vouches for, without reading L1 below it. The seal was refused (a fork at
// most 255 below the anchor), and no chain could ever re-anchor. A seal whose headers stop
// below the ring, or that names another fork, is refused; the bare marks are signed; a bare
// entry carries no transactions.
func TestReanchorAfterALongBasedRunIsAccepted(t *testing.T) {
	nt := newNet(t, 4)
	start := crypto.Keccak256Hash([]byte("assured tip"))
	u2, u3 := userTx("in block 2", 5), userTx("in block 3", 5)
	nt.round(slotTime(3), u2, u3)
	var hs []common.Hash
	parent := start
	for n, txs := range [][]common.Hash{nil, {TxHash(u2)}, {TxHash(u3)}} {
		slot := uint64(4 + n)
		nt.round(slotTime(slot), nt.seal(slot, uint64(n+1), parent, txs))
		parent = nt.apps[0].Meta().TipHash
		hs = append(hs, parent)
		nt.round(slotTime(slot).Add(time.Second))
	}
	tip := nt.apps[0].Meta().TipHash

	// L1's based blocks 2'-301' (the app checks no header's slot; the anchor's is before the seal's).
	const fork, last = 2, 301
	ring := RingSize(perEp)
	var based []Replaced
	parent = hs[0]
	for n := uint64(fork); n <= last; n++ {
		h := protocol.Header{Number: n, Slot: 12, ParentHash: parent, TxsHash: protocol.EmptyTxsHash,
			FeePerDaGas: big.NewInt(1), FeePerL2Gas: big.NewInt(1), Coinbase: common.Address{0xb}}
		r := Replaced{Header: h, Bare: true}
		switch n {
		case fork:
			r.Header.TxsHash, r.Txs, r.Bare = protocol.CalldataTxsHash(EncodeTxsData([][]byte{u2})), []hexutil.Bytes{u2}, false
		case 150:
			r.Header.TxsHash = protocol.CalldataTxsHash(EncodeTxsData([][]byte{userTx("in a blob", 5)}))
		}
		parent = protocol.HeaderHash(r.Header)
		based = append(based, r)
		if last-n < ring {
			nt.anchors.hashes[n] = parent // L1's ring: none below it
		}
	}
	an := Anchor{Number: last, Hash: parent, Slot: 12, Fork: fork, Replaced: based}
	nt.anchors.confirm(an)
	nt.now = slotTime(13)
	sealOn := func(a Anchor) []byte { return nt.sealWith(13, last+1, a.Hash, nil, tip, &a, false) }
	execs := func(raw []byte) error {
		v, m := nt.apps[1].scratch()
		_, err := nt.apps[1].execTx(v, &m, raw, time.Time{}, 99)
		return err
	}
	require.NoError(t, execs(sealOn(an)))
	require.NoError(t, nt.apps[1].checkAnchorOf(context.Background(), sealOn(an)))

	short := an
	short.Replaced = based[:200] // 2'-201': below the ring, vouched for by nothing L1 answers
	require.NoError(t, execs(sealOn(short)))
	err := nt.apps[1].checkAnchorOf(context.Background(), sealOn(short))
	require.ErrorIs(t, err, ErrBadAnchor)
	require.ErrorContains(t, err, "read L1's block 201")
	higher := an
	higher.Fork, higher.Replaced = fork+1, based[1:] // keeping block 2, which L1 replaced
	require.ErrorContains(t, nt.apps[1].checkAnchorOf(context.Background(), sealOn(higher)), "below fork 3")
	carrying := an
	carrying.Replaced = slices.Clone(based)
	carrying.Replaced[1].Txs = []hexutil.Bytes{u3}
	require.ErrorIs(t, execs(sealOn(carrying)), ErrBadSeal, "a bare entry carries no transactions")
	var s Seal
	require.NoError(t, json.Unmarshal(sealOn(an)[1:], &s))
	s.Anchor.Replaced[0].Bare, s.Anchor.Replaced[0].Txs = true, nil
	forged, err := EncodeJSON(KindSeal, s)
	require.NoError(t, err)
	require.ErrorContains(t, execs(forged), "not signed by", "the bare marks are signed")
	gappy := &Anchor{Number: 1000, Hash: common.Hash{1}, Fork: 1}
	for i := range MaxReplacedBlocks + 1 {
		gappy.Replaced = append(gappy.Replaced, Replaced{Header: protocol.Header{Number: uint64(1 + 2*i)}, Bare: true})
	}
	_, err = checkReplaced(gappy)
	require.ErrorContains(t, err, "not followed by their successor", "each costs members an L1 read")
	gappy.Replaced = gappy.Replaced[1:]
	_, err = checkReplaced(gappy)
	require.NoError(t, err)

	_, res := nt.round(slotTime(13), sealOn(an))
	require.Zero(t, res[0].Code, res[0].Log)
	for i, a := range nt.apps {
		m := a.Meta()
		require.Equal(t, uint64(last+1), m.TipNumber, "app %d", i)
		require.Equal(t, uint64(last), m.AnchorNumber, "app %d", i)
		b1, err := a.BlockByNumber(1)
		require.NoError(t, err)
		require.Equal(t, hs[0], b1.Hash, "app %d: L1 holds block 1", i)
		for _, h := range hs[1:] {
			b, err := a.BlockByHash(h)
			require.NoError(t, err)
			require.True(t, b.Orphaned, "app %d: block %d", i, b.Header.Number)
		}
		r, err := a.Tx(TxHash(u2))
		require.NoError(t, err)
		require.Equal(t, TxPending, r.State, "app %d", i)
		require.Equal(t, protocol.HeaderHash(based[0].Header), r.Block, "app %d: u2 is in 2'", i)
		r, err = a.Tx(TxHash(u3))
		require.NoError(t, err)
		require.Equal(t, TxQueued, r.State, "app %d: no carried L1 block has it", i)
	}
}

// TestSealOrphansBoundedFromItsFork (review r17k F3): a re-anchoring seal's fork may lie any
// depth below its anchor, but what it orphans from the fork to the tip is bounded like any
// seal's (MaxOrphaned).
func TestSealOrphansBoundedFromItsFork(t *testing.T) {
	t.Parallel()
	const maxOrphaned = 100
	m := &Meta{Started: true, TipNumber: 500, TipSlot: 10}
	for fork, ok := range map[uint64]bool{401: false, 402: true, 501: true} {
		s := &Seal{Number: 1001, Slot: 11, Parent: common.Hash{1},
			Anchor: &Anchor{Number: 1000, Hash: common.Hash{1}, Slot: 10, Fork: fork}}
		err := checkSealOnTip(m, s, maxOrphaned)
		if ok {
			require.NoError(t, err, "fork %d orphans %d blocks", fork, 500-min(fork, 501)+1)
		} else {
			require.ErrorContains(t, err, "a seal orphans fewer than 100", "fork %d", fork)
		}
	}
}
