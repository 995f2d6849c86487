package app

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/cometbft/cometbft/crypto/ed25519"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/internal/store"
)

// The tests of issue #15's findings: each is an attack by a byzantine committee member, a peer
// or an RPC client, written to fail on the code before the fix.

// highS turns a valid (r, s, v) signature into its malleable twin, which recovers to the same
// signer and which L1 refuses.
func highS(sig []byte) []byte {
	s := new(big.Int).SetBytes(sig[32:64])
	s.Sub(crypto.S256().Params().N, s)
	out := append([]byte(nil), sig...)
	s.FillBytes(out[32:64])
	out[64] = 27 + 28 - out[64]
	return out
}

// fakeMetrics counts what the application sheds and refuses.
type fakeMetrics struct {
	mu      sync.Mutex
	shed    map[string]int
	refused map[string]int
}

func newFakeMetrics() *fakeMetrics {
	return &fakeMetrics{shed: map[string]int{}, refused: map[string]int{}}
}

func (f *fakeMetrics) Shed(reason string, n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.shed[reason] += n
}

func (f *fakeMetrics) Refused(kind string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.refused[kind]++
}

func (f *fakeMetrics) get(reason string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.shed[reason]
}

// decide runs a block that a byzantine CometBFT proposer built (no PrepareProposal): every app
// processes, finalizes and commits txs. It returns app 0's results.
func (nt *net) decide(txs ...[]byte) []*abci.ExecTxResult {
	t := nt.t
	ctx := context.Background()
	nt.height++
	hash := crypto.Keccak256([]byte{byte(nt.height), 'b'})
	var res []*abci.ExecTxResult
	var appHash []byte
	for i, a := range nt.apps {
		pp, err := a.ProcessProposal(ctx, &abci.RequestProcessProposal{Txs: txs, Height: nt.height, Time: nt.now, Hash: hash})
		require.NoError(t, err)
		require.Equal(t, abci.ResponseProcessProposal_ACCEPT, pp.Status, "app %d", i)
		fb, err := a.FinalizeBlock(ctx, &abci.RequestFinalizeBlock{Txs: txs, Height: nt.height, Time: nt.now, Hash: hash})
		require.NoError(t, err)
		if i == 0 {
			res, appHash = fb.TxResults, fb.AppHash
		}
		require.Equal(t, appHash, fb.AppHash, "app %d diverged", i)
		_, err = a.Commit(ctx, &abci.RequestCommit{})
		require.NoError(t, err)
	}
	return res
}

// refused asserts that every app refuses a block that a byzantine CometBFT proposer built with
// txs, and returns app 0's execution error of each tx on its committed state.
func (nt *net) refused(txs ...[]byte) []error {
	t := nt.t
	for i, a := range nt.apps {
		pp, err := a.ProcessProposal(context.Background(), &abci.RequestProcessProposal{Txs: txs, Height: nt.height + 1, Time: nt.now})
		require.NoError(t, err)
		require.Equal(t, abci.ResponseProcessProposal_REJECT, pp.Status, "app %d", i)
	}
	var errs []error
	for _, tx := range txs {
		v, m := nt.apps[0].scratch()
		_, err := nt.apps[0].execTx(v, &m, tx, time.Time{}, nt.height+1)
		errs = append(errs, err)
	}
	return errs
}

// TestHighSVoteExtensionIsRefusedAndLeftOut (finding 1): a committee member signs its
// attestation with the malleable high-s twin of a valid signature. Before the fix every check
// accepted it (it recovers to the member), the publisher sent it, and L1 reverted every propose
// it was in. Now VerifyVoteExtension refuses the extension, and a set gathered from a commit
// that holds it (the proposer's own, or the block store's) leaves it out and is still a quorum.
func TestHighSVoteExtensionIsRefusedAndLeftOut(t *testing.T) {
	nt := newNet(t, 4)
	anchor := crypto.Keccak256Hash([]byte("assured tip"))
	nt.round(slotTime(3))
	nt.round(slotTime(4), nt.seal(4, 1, anchor, nil))
	b, err := nt.apps[0].BlockByNumber(1)
	require.NoError(t, err)
	// Member 2 of the committee attests with the high-s form.
	const byz = 2
	bad := append(b.Hash.Bytes(), highS(nt.exts[byz][32:])...)
	vv, err := nt.apps[0].VerifyVoteExtension(context.Background(), &abci.RequestVerifyVoteExtension{
		Hash: crypto.Keccak256([]byte{byte(nt.height)}), ValidatorAddress: nt.cometAd[byz], Height: nt.height, VoteExtension: bad})
	require.NoError(t, err)
	require.Equal(t, abci.ResponseVerifyVoteExtension_REJECT, vv.Status, "a high-s attestation is refused")

	var votes []abci.ExtendedVoteInfo
	for i, ext := range nt.exts {
		if i == byz {
			ext = bad
		}
		votes = append(votes, abci.ExtendedVoteInfo{Validator: abci.Validator{Address: nt.cometAd[i]},
			BlockIdFlag: cmtproto.BlockIDFlagCommit, VoteExtension: ext})
	}
	atts, err := nt.apps[1].AttestationsOf(b, votes)
	require.NoError(t, err)
	require.Len(t, atts, 3, "three valid attestations, the high-s one left out")
	byzIdx := nt.l1[0].IndexOf(nt.keys[byz].Address())
	digest := nt.domain.AttestationDigest(b.Header)
	for _, at := range atts {
		require.NotEqual(t, byzIdx, at.Index)
		sig, err := sig65(at.Signature)
		require.NoError(t, err)
		require.NoError(t, protocol.CheckAttestation(digest, nt.l1[0].Members, protocol.Attestation{Index: at.Index, Signature: sig}))
	}
	// The next proposer gathers the same from its commit; the set executes on every node.
	nt.exts[byz] = bad
	txs, res := nt.round(slotTime(4).Add(time.Second))
	require.Len(t, txs, 1)
	require.Equal(t, KindAttestation, txs[0][0])
	require.Zero(t, res[0].Code, res[0].Log)
	b, err = nt.apps[3].BlockByNumber(1)
	require.NoError(t, err)
	require.Len(t, b.Attestations, 3)
	// A proposer that puts the high-s attestation in the set anyway has its block refused.
	set := AttestationSet{Number: b.Header.Number, Hash: b.Hash}
	for i := range 4 {
		idx := nt.l1[0].IndexOf(nt.keys[i].Address())
		sig := nt.lastExtOf(i, b.Hash)[32:]
		if i == byz {
			sig = highS(sig)
		}
		set.Attestations = append(set.Attestations, Attestation{Index: idx, Signature: sig})
	}
	forged, err := EncodeJSON(KindAttestation, set)
	require.NoError(t, err)
	v, m := nt.apps[0].scratch()
	b.Attestations = nil
	v.putJSON([]byte(prefixBlock+b.Hash.Hex()), b)
	_, err = nt.apps[0].execTx(v, &m, forged, time.Time{}, b.Height+1)
	require.ErrorIs(t, err, ErrBadAttestations)
	require.ErrorContains(t, err, "malleable")
}

// TestALateAttestationSetIsRefused: a byzantine CometBFT proposer holds a block's attestations
// back (its height carries none) and puts them in a later height. Refused: every node decided at
// the height after the seal that the block has no record, and a record arriving later would make
// the validators' records (onChain) differ between the nodes that read the chain before it and
// after it. The same set at the height after the seal executes.
func TestALateAttestationSetIsRefused(t *testing.T) {
	nt := newNet(t, 4)
	anchor := crypto.Keccak256Hash([]byte("assured tip"))
	nt.round(slotTime(3))
	nt.round(slotTime(4), nt.seal(4, 1, anchor, nil))
	b, err := nt.apps[0].BlockByNumber(1)
	require.NoError(t, err)
	require.Empty(t, b.Attestations)
	set := AttestationSet{Number: b.Header.Number, Hash: b.Hash}
	for i := range 4 {
		set.Attestations = append(set.Attestations, Attestation{Index: nt.l1[0].IndexOf(nt.keys[i].Address()), Signature: nt.lastExtOf(i, b.Hash)[32:]})
	}
	tx, err := EncodeJSON(KindAttestation, set)
	require.NoError(t, err)
	v, m := nt.apps[0].scratch()
	_, err = nt.apps[0].execTx(v, &m, tx, time.Time{}, b.Height+2)
	require.ErrorIs(t, err, ErrBadAttestations)
	require.ErrorContains(t, err, "come at height")
	v, m = nt.apps[0].scratch()
	_, err = nt.apps[0].execTx(v, &m, tx, time.Time{}, b.Height+1)
	require.NoError(t, err, "the same set at the height after the seal")
}

// countingAnchors is an L1 view that counts its reads and takes delay for each, as a slow L1.
type countingAnchors struct {
	fakeAnchors
	reads atomic.Int64
	delay time.Duration
}

func (c *countingAnchors) CheckAnchor(ctx context.Context, a Anchor) error {
	c.reads.Add(1)
	time.Sleep(c.delay)
	return c.fakeAnchors.CheckAnchor(ctx, a)
}

func (c *countingAnchors) CheckAnchorAt(ctx context.Context, a Anchor, at L1Block) error {
	c.reads.Add(1)
	time.Sleep(c.delay)
	return c.fakeAnchors.CheckAnchorAt(ctx, a, at)
}

func (c *countingAnchors) BlockHash(ctx context.Context, n uint64) (common.Hash, error) {
	c.reads.Add(1)
	time.Sleep(c.delay)
	return c.fakeAnchors.BlockHash(ctx, n)
}

// junkReplaced is a re-anchoring seal's list of n replaced blocks, consistent in itself
// (linked, hashing to their txsHash), which only L1 can refute.
func junkReplaced(n int, number uint64) (*Anchor, []Replaced) {
	var out []Replaced
	parent := crypto.Keccak256Hash([]byte("junk"))
	for i := range n {
		h := protocol.Header{Number: number - uint64(n) + uint64(i) + 1, Slot: uint64(i), ParentHash: parent,
			TxsHash: protocol.EmptyTxsHash, FeePerDaGas: big.NewInt(1), FeePerL2Gas: big.NewInt(1)}
		out = append(out, Replaced{Header: h})
		parent = protocol.HeaderHash(h)
	}
	return &Anchor{Number: number, Hash: parent, Slot: 2, Fork: number - uint64(n) + 1, At: &testL1Block, Replaced: out}, out
}

// TestUnsignedSealsCostNoL1Reads (finding 2): anyone can send seals to a node's mempool
// (CometBFT RPC, or gossip). Before the fix CheckTx only decoded them, and PrepareProposal read
// L1 once per replaced block of each one before checking its signature: an unsigned seal with 500
// replaced blocks cost 502 L1 reads, and three with a slow L1 held the proposal past
// timeout_propose. Now CheckTx refuses an unsigned or mis-signed seal, one over the chain's
// bounds, and one for a slot long past; PrepareProposal executes a seal (signature first) before
// any L1 read; and a flood of junk in a proposal costs no L1 read and stays within its budget.
func TestUnsignedSealsCostNoL1Reads(t *testing.T) {
	nt := newNet(t, 4)
	slow := &countingAnchors{fakeAnchors: nt.anchors, delay: 10 * time.Millisecond}
	for _, a := range nt.apps {
		a.cfg.Anchors = slow
	}
	nt.round(slotTime(3))
	a := nt.apps[0]
	check := func(tx []byte) *abci.ResponseCheckTx {
		res, err := a.CheckTx(context.Background(), &abci.RequestCheckTx{Tx: tx})
		require.NoError(t, err)
		return res
	}
	p, _ := nt.l1[0].Proposer(4)
	// 200 blocks below the anchor: a fork within the chain's bound, so that the seal is well
	// formed and only its signature refuses it (a fork below 0 would be refused for its shape).
	anchor, _ := junkReplaced(200, 209)
	// The attacker copies L1's real blocks, which are public: its anchor is L1's assured tip and
	// L1 holds every block it names.
	nt.anchors.confirm(*anchor)
	for _, r := range anchor.Replaced {
		nt.anchors.hashes[r.Header.Number] = protocol.HeaderHash(r.Header)
	}
	unsigned, err := EncodeJSON(KindSeal, Seal{Slot: 4, Number: anchor.Number + 1, Parent: anchor.Hash, FeePerDaGas: (*hexutil.Big)(big.NewInt(1)),
		FeePerL2Gas: (*hexutil.Big)(big.NewInt(1)), Proposer: p, Anchor: anchor, Signature: make([]byte, 65)})
	require.NoError(t, err)
	var s Seal
	require.NoError(t, json.Unmarshal(unsigned[1:], &s))
	s.Proposer = nt.keys[0].Address()
	if s.Proposer == p {
		s.Proposer = nt.keys[1].Address()
	}
	misSigned := nt.resign(s) // signed by a member that does not propose slot 4
	s.Proposer = p
	s.Signature = highS(nt.resignSig(s))
	highSigned, err := EncodeJSON(KindSeal, s)
	require.NoError(t, err)

	for name, c := range map[string]struct {
		tx   []byte
		want string // the check that refuses it: each is refused for its signature, not its shape
	}{
		"unsigned":   {unsigned, "signature"},
		"mis-signed": {misSigned, "is not the proposer of slot 4"},
		"high-s":     {highSigned, "malleable"},
	} {
		res := check(c.tx)
		require.NotZero(t, res.Code, "%s: CheckTx refuses it", name)
		require.Contains(t, res.Log, ErrBadSeal.Error(), name)
		require.Contains(t, res.Log, c.want, name)
	}

	// The proposal steps, handed the junk directly (a mempool of another version, a byzantine
	// CometBFT proposer), execute before reading L1: no read (the read counter is the check; a
	// wall-clock bound here flaked on a loaded machine).
	junk := [][]byte{unsigned, misSigned, highSigned, unsigned, misSigned}
	prep, err := a.PrepareProposal(context.Background(), &abci.RequestPrepareProposal{MaxTxBytes: 16 << 20, Txs: junk,
		Height: nt.height + 1, Time: slotTime(4)})
	require.NoError(t, err)
	require.Empty(t, prep.Txs)
	require.Zero(t, slow.reads.Load(), "no L1 read for seals that do not execute")
	for _, tx := range junk[:3] {
		pp, err := a.ProcessProposal(context.Background(), &abci.RequestProcessProposal{Txs: [][]byte{tx}, Height: nt.height + 1, Time: slotTime(4)})
		require.NoError(t, err)
		require.Equal(t, abci.ResponseProcessProposal_REJECT, pp.Status)
	}
	require.Zero(t, slow.reads.Load(), "ProcessProposal neither")

	// Every list a seal carries is bounded by the chain's rules, even when the proposer signed it.
	tooMany := make([]common.Hash, testParams().MaxBlockTxs+1)
	for i := range tooMany {
		tooMany[i] = common.Hash{byte(i), byte(i >> 8), 1}
	}
	long, _ := junkReplaced(MaxReplacedBlocks+1, 300)
	longer, _ := junkReplaced(MaxReplacedHeaders+1, 1000)
	for i := range longer.Replaced {
		longer.Replaced[i].Bare = true
	}
	for name, sealTx := range map[string][]byte{
		"tx hashes":       nt.sealWith(4, 1, anchor.Hash, tooMany, common.Hash{}, nil, false),
		"replaced blocks": nt.sealWith(4, 301, long.Hash, nil, common.Hash{}, long, false),
		"bare replaced":   nt.sealWith(4, 1001, longer.Hash, nil, common.Hash{}, longer, false),
		"blob proofs": func() []byte {
			var bs Seal
			require.NoError(t, json.Unmarshal(nt.sealDA(4, 1, anchor.Hash, nil, true)[1:], &bs))
			bs.BlobProofs = make([]protocol.BlobProof, protocol.MaxBlobsPerTx+1)
			return nt.resign(bs)
		}(),
	} {
		res := check(sealTx)
		require.NotZero(t, res.Code, name)
		require.Contains(t, res.Log, "limit", name)
		v, m := a.scratch()
		_, err := a.execTx(v, &m, sealTx, time.Time{}, 99)
		require.ErrorContains(t, err, "limit", "%s: execution has the same bound", name)
	}
	huge := append([]byte{KindSeal}, make([]byte, MaxSealBytes)...)
	require.Contains(t, check(huge).Log, "limit")

	// A validly signed seal of the slot's proposer is admitted, and evicted on recheck once the
	// chain has passed its slot.
	good := nt.seal(4, 1, anchor.Hash, nil)
	require.Zero(t, check(good).Code, check(good).Log)
	require.Zero(t, slow.reads.Load())
	nt.round(slotTime(5), nt.seal(5, 1, anchor.Hash, nil)) // the first seal's anchor: L1 reads
	reads := slow.reads.Load()
	res, err := a.CheckTx(context.Background(), &abci.RequestCheckTx{Tx: good, Type: abci.CheckTxType_Recheck})
	require.NoError(t, err)
	require.NotZero(t, res.Code, "a seal the chain has passed is evicted")
	require.Equal(t, reads, slow.reads.Load(), "CheckTx reads no L1")

	// PrepareProposal never holds the proposal past its budget, whatever the mempool holds: with
	// the budget spent (its context done) it executes none of the flood. (A wall-clock bound here
	// flaked on a loaded machine.)
	flood := make([][]byte, 0, 20_000)
	for i := range 20_000 {
		flood = append(flood, userTx(string(rune(i))+"flood", 5))
	}
	spent, cancel := context.WithCancel(context.Background())
	cancel()
	prep, err = a.PrepareProposal(spent, &abci.RequestPrepareProposal{MaxTxBytes: 64 << 20, Txs: flood,
		Height: nt.height + 1, Time: slotTime(5)})
	require.NoError(t, err)
	require.Empty(t, prep.Txs, "nothing executes past the budget")
}

// resignSig is the signature of s by its proposer.
func (nt *net) resignSig(s Seal) []byte {
	var out Seal
	require.NoError(nt.t, json.Unmarshal(nt.resign(s)[1:], &out))
	return out.Signature
}

// TestRegistrationCannotSquatAValidatorKey (finding 3): before the fix a registration was signed
// by its attester only, so anyone could copy a victim's 0x05 registration under another attester
// and take the victim's validator key for good; and any address could register, growing the
// validator map without bound. Now both keys sign the registration (proof of possession), only a
// member of the current or next committee registers, a rotation needs the next nonce (an old
// registration cannot be replayed), and the map is bounded.
func TestRegistrationCannotSquatAValidatorKey(t *testing.T) {
	nt := newNet(t, 6)
	ctx := context.Background()
	// Committees of epochs 0 and 1 hold apps 0-4; app 5 is staked on L1 but in neither.
	members := []common.Address{}
	for i := range 5 {
		members = append(members, nt.keys[i].Address())
	}
	for e := uint64(0); e < 2; e++ {
		nt.l1[e] = &Committee{Epoch: e, Seed: crypto.Keccak256Hash([]byte{byte(e)}), Members: members}
	}
	nt.apps = nt.apps[:4] // four apps run the chain; 4 and 5 only sign
	nt.round(slotTime(3))
	a := nt.apps[0]
	regTx := func(r Registration) []byte {
		raw, err := EncodeJSON(KindRegister, r)
		require.NoError(t, err)
		return raw
	}
	victimKey := ed25519.GenPrivKeyFromSecret([]byte("victim"))
	squatterKey := ed25519.GenPrivKeyFromSecret([]byte("squatter"))
	victim := nt.registration(4, victimKey, 1)

	// The squatter (member 3) copies the victim's key under its own attester: it signs with its
	// attester key, but cannot sign with the victim's validator key.
	copied := Registration{Attester: nt.keys[3].Address(), PubKey: victim.PubKey, Nonce: 1}
	copied.Signature, _ = nt.keys[3].SignDigest(ctx, copied.Digest(nt.domain))
	copied.KeySignature = victim.KeySignature // signed another statement
	withOwn := copied
	withOwn.KeySignature, _ = squatterKey.Sign(func() []byte { d := copied.Digest(nt.domain); return d[:] }())
	for name, r := range map[string]Registration{"the victim's key signature": copied, "its own key's signature": withOwn} {
		res, err := a.CheckTx(ctx, &abci.RequestCheckTx{Tx: regTx(r)})
		require.NoError(t, err)
		require.NotZero(t, res.Code, name)
		require.Contains(t, res.Log, "proof of possession", name)
	}
	// A byzantine CometBFT proposer that includes the squat anyway: execution refuses it, and
	// with it the block.
	require.ErrorContains(t, nt.refused(regTx(copied))[0], "proof of possession")
	_, ok := a.Registered(nt.keys[3].Address())
	require.False(t, ok, "the squatter holds no key")

	// The victim registers its own key.
	_, res := nt.round(slotTime(3).Add(time.Second), regTx(victim))
	require.Zero(t, res[0].Code, res[0].Log)
	pk, ok := a.Registered(nt.keys[4].Address())
	require.True(t, ok)
	require.Equal(t, []byte(victimKey.PubKey().Bytes()), pk)

	// A staked sequencer outside both committees (app 5), and 200 addresses L1 never heard of,
	// cannot grow the validator map.
	before := a.Meta().Registered
	outsider := nt.registration(5, ed25519.GenPrivKeyFromSecret([]byte("outsider")), 1)
	var flood [][]byte
	for i := range 200 {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte{byte(i), byte(i >> 8), 'f'}))
		require.NoError(t, err)
		vk := ed25519.GenPrivKeyFromSecret([]byte{byte(i), byte(i >> 8), 'f'})
		r := Registration{Attester: crypto.PubkeyToAddress(k.PublicKey), PubKey: vk.PubKey().Bytes(), Nonce: 1}
		d := r.Digest(nt.domain)
		sig, err := protocol.SignDigest(k, d)
		require.NoError(t, err)
		r.Signature = sig[:]
		r.KeySignature, err = vk.Sign(d[:])
		require.NoError(t, err)
		flood = append(flood, regTx(r))
	}
	res0, err := a.CheckTx(ctx, &abci.RequestCheckTx{Tx: regTx(outsider)})
	require.NoError(t, err)
	require.Contains(t, res0.Log, "is not in the committee")
	for _, err := range nt.refused(append([][]byte{regTx(outsider)}, flood...)...) {
		require.ErrorIs(t, err, ErrBadRegistration)
	}
	_, res = nt.round(slotTime(3).Add(2*time.Second), append([][]byte{regTx(outsider)}, flood...)...)
	require.Empty(t, res, "the proposer takes none of them")
	require.Equal(t, before, a.Meta().Registered, "no outsider registered")

	// Replays and rotations: the victim's registration again is refused (its nonce is used); a
	// rotation to a new key needs nonce 2 and a later epoch; the old registration cannot take the
	// key back.
	require.ErrorContains(t, nt.refused(regTx(victim))[0], "nonce 1, want 2")
	rotated := ed25519.GenPrivKeyFromSecret([]byte("victim rotated"))
	rot := nt.registration(4, rotated, 2)
	require.ErrorContains(t, nt.refused(regTx(rot))[0], "one rotation an epoch")
	nt.round(slotTime(perEp), nt.seal(perEp, 1, common.Hash{1}, nil)) // epoch 1
	_, res = nt.round(slotTime(perEp).Add(time.Second), regTx(rot))
	require.Zero(t, res[0].Code, res[0].Log)
	pk, _ = a.Registered(nt.keys[4].Address())
	require.Equal(t, []byte(rotated.PubKey().Bytes()), pk)
	require.NotContains(t, a.validators(), cometAddr(victimKey.PubKey().Bytes()), "the old key maps to nobody")
	require.ErrorContains(t, nt.refused(regTx(victim))[0], "nonce 1, want 3", "the old registration does not take the key back")
	pk, _ = a.Registered(nt.keys[4].Address())
	require.Equal(t, []byte(rotated.PubKey().Bytes()), pk)
}

// TestConsensusLimitsFromGenesisAndTheAppHashSeesDivergence (finding 4): before the fix the
// block limits came from each node's config, and the app hash chained transaction hashes only: a
// node configured with another max-block-txs refused a seal the others executed, with the same
// app hash, and its pending chain silently lacked the block. Now the limits are the genesis
// params; nodes that differ only in local policy reach the same app hash; and the app hash
// commits to the state, so a node whose execution differs (here its params) gets another app
// hash at once, which CometBFT's next header check refuses.
func TestConsensusLimitsFromGenesisAndTheAppHashSeesDivergence(t *testing.T) {
	nt := newNet(t, 4)
	// Local policy differs: admission floors, pool bound, mempool load, prepare budget.
	nt.apps[1].cfg.MinFeePerDaGas, nt.apps[1].cfg.MinFeePerL2Gas = big.NewInt(4), big.NewInt(4)
	nt.apps[2].cfg.MaxQueued = 1
	nt.apps[3].cfg.Busy = func() bool { return true }
	nt.apps[3].cfg.PrepareBudget = time.Millisecond
	anchor := crypto.Keccak256Hash([]byte("assured tip"))
	u1, u2 := userTx("one", 5), userTx("two", 5)
	nt.round(slotTime(3), u1, u2) // round asserts that every app reaches the same app hash
	nt.round(slotTime(4), nt.seal(4, 1, anchor, []common.Hash{TxHash(u1), TxHash(u2)}))
	for i, a := range nt.apps {
		require.Equal(t, uint64(1), a.Meta().TipNumber, "app %d", i)
	}

	// A node whose params differ from the genesis (a build or a file that disagrees).
	odd := nt.open(0, store.OpenMemory())
	var gs GenesisState
	require.NoError(t, json.Unmarshal(nt.genesis, &gs))
	gs.Params.MaxBlockTxs = 1
	state, err := json.Marshal(gs)
	require.NoError(t, err)
	oddInit, err := odd.InitChain(context.Background(), &abci.RequestInitChain{AppStateBytes: state})
	require.NoError(t, err)
	fresh := nt.open(0, store.OpenMemory())
	genesisInit, err := fresh.InitChain(context.Background(), &abci.RequestInitChain{AppStateBytes: nt.genesis})
	require.NoError(t, err)
	require.NotEqual(t, genesisInit.AppHash, oddInit.AppHash, "the genesis app hash commits to the params")
	// Even with the same genesis app hash, executing differently gives another app hash.
	same := nt.open(0, store.OpenMemory())
	_, err = same.InitChain(context.Background(), &abci.RequestInitChain{AppStateBytes: nt.genesis})
	require.NoError(t, err)
	same.exec.params.MaxBlockTxs = 1
	ctx := context.Background()
	var hashes [2][]byte
	var results [2][]*abci.ExecTxResult
	seal := nt.sealWith(4, 1, anchor, []common.Hash{TxHash(u1), TxHash(u2)}, common.Hash{}, &Anchor{Number: 0, Hash: anchor}, false)
	for i, a := range []*App{fresh, same} {
		for h, txs := range [][][]byte{{nt.committeeTx(0), nt.committeeTx(1), u1, u2}, {seal}} {
			fb, err := a.FinalizeBlock(ctx, &abci.RequestFinalizeBlock{Txs: txs, Height: int64(h + 1)})
			require.NoError(t, err)
			_, err = a.Commit(ctx, &abci.RequestCommit{})
			require.NoError(t, err)
			hashes[i], results[i] = fb.AppHash, fb.TxResults
		}
	}
	require.Zero(t, results[0][0].Code, results[0][0].Log)
	require.NotZero(t, results[1][0].Code, "the odd node refuses the seal")
	require.NotEqual(t, hashes[0], hashes[1], "and its app hash says so")
}

// committeeTx is the committee record of epoch e as L1 holds it.
func (nt *net) committeeTx(e uint64) []byte {
	raw, err := EncodeJSON(KindCommittee, nt.l1[e])
	require.NoError(nt.t, err)
	return raw
}

// TestValidatorMapRace (finding 5): collect (PrepareProposal's attestations, the publisher's
// AttestationsOf) read the validator map after releasing the lock while Commit wrote it, a fatal
// concurrent map read and write under load. Run with -race: it must report nothing.
func TestValidatorMapRace(t *testing.T) {
	const n = 40
	nt := newNet(t, n)
	nt.apps = nt.apps[:1]
	a := nt.apps[0]
	nt.round(slotTime(3))
	nt.round(slotTime(4), nt.seal(4, 1, common.Hash{1}, nil))
	b, err := a.BlockByNumber(1)
	require.NoError(t, err)
	var votes []abci.ExtendedVoteInfo
	for i := range n {
		votes = append(votes, abci.ExtendedVoteInfo{Validator: abci.Validator{Address: nt.cometAd[i]},
			BlockIdFlag: cmtproto.BlockIDFlagCommit, VoteExtension: nt.lastExtOf(i, b.Hash)})
	}
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-stop:
				return
			default:
			}
			_, _ = a.AttestationsOf(b, votes)
			_, _ = a.VerifyVoteExtension(context.Background(), &abci.RequestVerifyVoteExtension{
				ValidatorAddress: nt.cometAd[1], VoteExtension: votes[1].VoteExtension})
		}
	}()
	// Every member registers (a new CometBFT key each): each Commit changes the map.
	for i := range n {
		reg, err := EncodeJSON(KindRegister, nt.registration(i, ed25519.GenPrivKeyFromSecret([]byte{byte(i), 'r'}), 1))
		require.NoError(t, err)
		_, res := nt.round(slotTime(4).Add(time.Second), reg)
		require.Zero(t, res[0].Code, res[0].Log)
	}
	close(stop)
	<-done
	require.Len(t, a.validators(), 2*n, "genesis addresses and registered keys")
}

// TestZeroFeeTransactionsDoNotFillThePool (finding 6): before the fix execution never looked at
// fees and the pool never let go: a byzantine CometBFT proposer filled every node's pool with
// zero-fee transactions that no proposer takes, and the API answered 503 to everyone. Now
// execution refuses transactions below the genesis fee floor and beyond the pool's bound, and
// transactions no proposer seals expire after txTTLHeights with the reason; what is shed is
// counted.
func TestZeroFeeTransactionsDoNotFillThePool(t *testing.T) {
	nt := newNet(t, 4)
	metrics := newFakeMetrics()
	nt.apps[0].cfg.Metrics = metrics
	nt.round(slotTime(3))
	var zero [][]byte
	for i := range 100 {
		zero = append(zero, userTx(string(rune(i))+"free", 0))
	}
	res := nt.decide(zero...) // the byzantine proposer's block: CheckTx never saw them
	for _, r := range res {
		require.NotZero(t, r.Code)
		require.Contains(t, r.Log, "fee floor")
	}
	for i, a := range nt.apps {
		require.Zero(t, a.Meta().Queued, "app %d: nothing queued", i)
		_, err := a.Tx(TxHash(zero[0]))
		require.ErrorIs(t, err, ErrNotFound)
	}
	require.Equal(t, 100, metrics.get("below_floor"))

	// Transactions at the floor that no proposer takes (they name 2/3) expire, deterministically.
	ttl := nt.apps[0].Params().TxTTLHeights
	cheap := userTx("at the floor", 1)
	nt.decide(cheap)
	queuedAt := nt.height
	require.Equal(t, 1, nt.apps[1].Meta().Queued)
	for nt.height < queuedAt+int64(ttl)-1 {
		nt.decide()
	}
	require.Equal(t, 1, nt.apps[2].Meta().Queued, "still queued one height before its expiry")
	nt.decide()
	for i, a := range nt.apps {
		require.Zero(t, a.Meta().Queued, "app %d", i)
		r, err := a.Tx(TxHash(cheap))
		require.NoError(t, err)
		require.Equal(t, TxDropped, r.State, "app %d", i)
		require.Contains(t, r.Reason, "expired")
	}
	require.Equal(t, 1, metrics.get("expired"))

	// The pool is bounded by the genesis params, whatever each node's admission does.
	for _, a := range nt.apps {
		a.exec.params.MaxQueued = 3
	}
	res = nt.decide(userTx("a", 5), userTx("b", 5), userTx("c", 5), userTx("d", 5))
	require.Zero(t, res[2].Code)
	require.Contains(t, res[3].Log, ErrPoolFull.Error())
	require.Equal(t, 1, metrics.get("pool_full"))
	require.Equal(t, 3, nt.apps[3].Meta().Queued)
}

// TestCopiesOfARegistrationDoNotFloodTheMempool (review of issue #15): a registration is JSON,
// and JSON has many encodings of one value (spaces, key order, hex case), each a distinct
// transaction to CometBFT's mempool. Anyone who reads a member's registration while it is
// pending (it is gossiped) could put thousands of copies in every mempool: each passed CheckTx
// (it executes on the committed state), filled the mempool (whose load guard then refused users'
// transactions), and cost PrepareProposal two signature checks each, with no budget, holding the
// proposal past timeout_propose. Now CheckTx admits only the canonical encoding of a
// registration, and PrepareProposal keeps to its budget over registrations too.
func TestCopiesOfARegistrationDoNotFloodTheMempool(t *testing.T) {
	nt := newNet(t, 4)
	nt.round(slotTime(3))
	a := nt.apps[0]
	ctx := context.Background()
	reg, err := EncodeJSON(KindRegister, nt.registration(1, ed25519.GenPrivKeyFromSecret([]byte("rotated")), 1))
	require.NoError(t, err)
	res, err := a.CheckTx(ctx, &abci.RequestCheckTx{Tx: reg})
	require.NoError(t, err)
	require.Zero(t, res.Code, res.Log)
	// Copies: the same registration with up to 7 spaces before each of its 5 fields, the octal
	// digits of i+1 (the values hold no comma).
	fields := bytes.Split(reg[2:], []byte{','})
	require.Len(t, fields, 5)
	copyOf := func(i int) []byte {
		out := []byte{KindRegister, '{'}
		for j, f := range fields {
			if j > 0 {
				out = append(out, ',')
			}
			out = append(out, bytes.Repeat([]byte{' '}, (i+1)>>(3*j)&7)...)
			out = append(out, f...)
		}
		return out
	}
	var dec Registration
	require.NoError(t, json.Unmarshal(copyOf(3)[1:], &dec), "a copy decodes to the same registration")
	res, err = a.CheckTx(ctx, &abci.RequestCheckTx{Tx: copyOf(3)})
	require.NoError(t, err)
	require.NotZero(t, res.Code, "CheckTx refuses a copy in another encoding")
	require.Contains(t, res.Log, "canonical")

	// A proposal handed thousands of copies (a mempool of another version, a byzantine peer's
	// block) keeps to its budget.
	a.cfg.PrepareBudget = 100 * time.Millisecond
	flood := [][]byte{reg}
	for i := range 30_000 {
		flood = append(flood, copyOf(i))
	}
	prep, err := a.PrepareProposal(ctx, &abci.RequestPrepareProposal{MaxTxBytes: 64 << 20, Txs: flood,
		Height: nt.height + 1, Time: slotTime(3)})
	require.NoError(t, err)
	require.Equal(t, [][]byte{reg}, prep.Txs, "the registration, once")
	// The loop over registrations stops at the budget: with the budget already spent (the
	// context done) it executes none of them. (A wall-clock bound here flaked on a loaded machine.)
	spent, cancel := context.WithCancel(ctx)
	cancel()
	prep, err = a.PrepareProposal(spent, &abci.RequestPrepareProposal{MaxTxBytes: 64 << 20, Txs: flood,
		Height: nt.height + 1, Time: slotTime(3)})
	require.NoError(t, err)
	require.Empty(t, prep.Txs, "nothing executes past the budget")

	// Seals the same: the slot's proposer's seal is admitted, a copy in another encoding is not.
	nt.round(slotTime(3).Add(time.Second), userTx("x", 5))
	seal := nt.seal(4, 1, common.Hash{1}, []common.Hash{TxHash(userTx("x", 5))})
	res, err = a.CheckTx(ctx, &abci.RequestCheckTx{Tx: seal})
	require.NoError(t, err)
	require.Zero(t, res.Code, res.Log)
	sealCopy := append([]byte{KindSeal, '{', ' '}, seal[2:]...)
	res, err = a.CheckTx(ctx, &abci.RequestCheckTx{Tx: sealCopy})
	require.NoError(t, err)
	require.NotZero(t, res.Code)
	require.Contains(t, res.Log, "canonical")
	// Every seal a proposer makes (EncodeJSON) is canonical: blob proofs, anchors, forks, replaced
	// blocks with their transactions, big fees.
	anchor, _ := junkReplaced(3, 20)
	anchor.Replaced[1].Txs = []hexutil.Bytes{userTx("in a based block", 7), {KindUser}}
	var wide Seal
	require.NoError(t, json.Unmarshal(nt.sealWith(4, 21, anchor.Hash, nil, common.Hash{}, anchor, false)[1:], &wide))
	wide.FeePerDaGas = (*hexutil.Big)(new(big.Int).Lsh(common.Big1, 127))
	wideParams := a.Params() // a chain whose fee ceiling is the uint128 maximum
	wideParams.MaxFeePerDaGas = new(big.Int).Sub(new(big.Int).Lsh(common.Big1, 128), common.Big1)
	for name, raw := range map[string][]byte{
		"calldata": seal,
		"blobs":    nt.sealDA(4, 1, common.Hash{1}, []common.Hash{TxHash(userTx("x", 5))}, true),
		"anchored": nt.sealWith(4, 21, anchor.Hash, nil, common.Hash{}, anchor, false),
		"big fees": nt.resign(wide),
	} {
		s, err := decodeSeal(raw, wideParams)
		require.NoError(t, err, name)
		require.True(t, canonical(raw, s), name)
	}
}

// TestABlockOfTinyTransactionsIsRefused (review of issue #15): a CometBFT block may be 21 MB
// (CometBFT's default), and a user transaction 34 bytes. A byzantine CometBFT proposer's block
// of 600,000 of them, valid at the floor, cost every honest node 6.4 s in ProcessProposal and
// 6.8 s in FinalizeBlock, and it could send one every time it proposed: the pending chain
// missed slot after slot. Now a block takes at most MaxUserTxsPerBlock user transactions:
// ProcessProposal refuses one with more before executing any, execution refuses those beyond
// it, and PrepareProposal stops there.
func TestABlockOfTinyTransactionsIsRefused(t *testing.T) {
	nt := newNet(t, 4)
	nt.round(slotTime(3))
	tiny := func(i int) []byte {
		return UserTx{MaxFeePerDaGas: big.NewInt(1), MaxFeePerL2Gas: big.NewInt(1),
			Payload: []byte{byte(i), byte(i >> 8), byte(i >> 16)}}.Encode()
	}
	txs := make([][]byte, 0, MaxUserTxsPerBlock+1)
	for i := range MaxUserTxsPerBlock + 1 {
		txs = append(txs, tiny(i))
	}
	// Refused by the count, before executing any of them: each app says so in its log (a
	// wall-clock bound here flaked on a loaded machine; the log line is what shows the order).
	var logs []*bytes.Buffer
	for _, a := range nt.apps {
		b := new(bytes.Buffer)
		logs = append(logs, b)
		a.cfg.Log = slog.New(slog.NewTextHandler(b, nil))
	}
	nt.refused(txs...)
	for i, b := range logs {
		require.Contains(t, b.String(), fmt.Sprintf("msg=\"proposal refused\" height=%d user_txs=%d limit=%d",
			nt.height+1, MaxUserTxsPerBlock+1, MaxUserTxsPerBlock), "app %d refused by the count", i)
		nt.apps[i].cfg.Log = slog.New(slog.DiscardHandler)
	}
	// Execution refuses what is beyond the bound, the same on every node.
	v, m := nt.apps[0].scratch()
	bc := newBlockCtx(nt.height + 1)
	for i, tx := range txs {
		_, err := nt.apps[0].exec.apply(v, &m, tx, bc)
		if i < MaxUserTxsPerBlock {
			require.NoError(t, err, "tx %d", i)
		} else {
			require.ErrorContains(t, err, "user transactions in one block")
		}
	}
	// An honest proposer with more in its mempool proposes the bound, which every node accepts.
	// (Its time budget is the default 1 s; on a loaded machine 10,000 executions can take longer
	// and the proposal would close at the budget instead, which another test covers.)
	nt.apps[0].cfg.PrepareBudget = time.Minute
	prep, err := nt.apps[0].PrepareProposal(context.Background(), &abci.RequestPrepareProposal{MaxTxBytes: 64 << 20,
		Txs: txs, Height: nt.height + 1, Time: slotTime(3)})
	require.NoError(t, err)
	require.Len(t, prep.Txs, MaxUserTxsPerBlock)
	res := nt.decide(prep.Txs...)
	require.Len(t, res, MaxUserTxsPerBlock)
	require.Equal(t, MaxUserTxsPerBlock, nt.apps[3].Meta().Queued)
}

// TestReplacedTxsMutantsCannotCensorAReanchoringSeal (review r17l F1): a re-anchoring seal's
// Anchor.Replaced[i].Txs are not signed (Digest signs the replaced headers only; execution checks
// the transactions against each header's txsHash), and CheckTx does not check them. Any P2P peer
// that sees the slot proposer's honest re-anchoring seal rewrites those transactions into
// maxSealsInMempool distinct, canonically encoded, validly signed seals of the same (proposer,
// slot): CheckTx admits every one of them (the count's premise, "seals are signed by the
// proposer", does not hold for these bytes), and then refuses the honest seal on every node the
// copies reached first, for the rest of the slot (recheck keeps the copies: fresh and on the
// tip). The copies never execute (checkReplaced), so the slot gets no block, and the chain cannot
// re-anchor after a based fallback or an L1 prune while the attacker wins the gossip race.
func TestReplacedTxsMutantsCannotCensorAReanchoringSeal(t *testing.T) {
	nt, an := newXAssuredAfterAll(t)
	x := an.Hash
	nt.now = slotTime(9)
	honest := nt.sealWith(9, 5, x, nil, nt.apps[0].Meta().TipHash, &an, false)
	a := nt.apps[0]
	v, m := a.scratch()
	_, err := a.execTx(v, &m, honest, nt.now, nt.height+1)
	require.NoError(t, err, "the honest seal executes")

	// A peer rewrites the unsigned replaced transactions: same signature, new bytes.
	var s Seal
	require.NoError(t, decodeJSON(honest, &s))
	for i := range maxSealsInMempool {
		mut := s
		a2 := *s.Anchor
		a2.Replaced = []Replaced{{Header: an.Replaced[0].Header, Txs: []hexutil.Bytes{an.Replaced[0].Txs[0], {0xee, byte(i)}}}}
		mut.Anchor = &a2
		raw, err := EncodeJSON(KindSeal, mut)
		require.NoError(t, err)
		require.False(t, bytes.Equal(raw, honest))
		r, err := a.CheckTx(context.Background(), &abci.RequestCheckTx{Tx: raw})
		require.NoError(t, err)
		if r.Code != 0 {
			continue // refused: what a fix does
		}
		v, m := a.scratch()
		_, err = a.execTx(v, &m, raw, nt.now, nt.height+1)
		require.Error(t, err, "a copy never executes (its replaced transactions do not hash to the header)")
	}
	r, err := a.CheckTx(context.Background(), &abci.RequestCheckTx{Tx: honest})
	require.NoError(t, err)
	require.Zero(t, r.Code, "the slot proposer's honest seal was refused after a peer's rewritten copies of it: %s", r.Log)
}

// TestSealCountCountsDistinctSeals (review r17l F6): the seal count counts CheckTx calls, not
// seals in the mempool. CometBFT calls CheckTx again for bytes its mempool already holds once
// their entry left its LRU cache (cache_size 10,000: any peer evicts it with 10,000 junk
// transactions, each refused cheaply but pushed to the cache first), and for a seal it dropped
// after CheckTx because the mempool filled meanwhile (the entry is removed from the cache; the
// driver sends its seal again every second). Each such call counts one more seal of the
// (proposer, slot), though the mempool holds one: after 8 the proposer's next seal of the slot (a
// new base: a new anchor name, the tip it sealed on moved) is refused until the next commit.
func TestSealCountCountsDistinctSeals(t *testing.T) {
	nt, slot, b1 := newNetBeforeTwoProposers(t)
	a := nt.apps[0]
	first := nt.seal(slot+1, 2, b1, nil)
	for range maxSealsInMempool {
		r, err := a.CheckTx(context.Background(), &abci.RequestCheckTx{Tx: first})
		require.NoError(t, err)
		require.Zero(t, r.Code, r.Log)
	}
	p, _ := nt.l1[0].Proposer(slot + 1)
	next := Seal{Slot: slot + 1, Number: 2, Parent: b1, FeePerDaGas: (*hexutil.Big)(big.NewInt(2)),
		FeePerL2Gas: (*hexutil.Big)(big.NewInt(3)), Coinbase: common.Address{0xc0}, Proposer: p, Tip: b1}
	r, err := a.CheckTx(context.Background(), &abci.RequestCheckTx{Tx: nt.resign(next)})
	require.NoError(t, err)
	require.Zero(t, r.Code, "the proposer's second seal of the slot is refused after CheckTx saw its first one 8 times: %s", r.Log)
}

// newXAssuredAfterAll: blocks 1-3 on L1's block 0 are L1's; block x (number 4, slot 7, carrying
// a user transaction) missed its slot and was orphaned by 4' on block 3 (slot 8), the tip; then
// L1 assured x after all. It returns the anchor a re-anchoring seal on x names (L1 confirms it,
// and holds blocks 0-3 and x), without an L1 block.
func newXAssuredAfterAll(t *testing.T) (*net, Anchor) {
	nt := newNet(t, 4)
	u := userTx("in block x", 5)
	start := crypto.Keccak256Hash([]byte("L1 block 0"))
	nt.round(slotTime(3), u)
	b := nt.sealThree(start)
	nt.round(slotTime(7), nt.seal(7, 4, b[3], []common.Hash{TxHash(u)}))
	x := nt.apps[0].Meta().TipHash
	xb, err := nt.apps[0].BlockByHash(x)
	require.NoError(t, err)
	nt.round(slotTime(7).Add(time.Second))
	nt.anchors.confirm(Anchor{Number: 3, Hash: b[3], Slot: 6})
	nt.round(slotTime(8), nt.seal(8, 4, b[3], nil))
	nt.round(slotTime(8).Add(time.Second))
	delete(nt.anchors.ok, anchorID{3, b[3], 6})
	require.Equal(t, uint64(4), nt.apps[0].Meta().TipNumber)
	an := Anchor{Number: 4, Hash: x, Slot: 7, Replaced: []Replaced{{Header: xb.Header, Txs: []hexutil.Bytes{u}}}}
	nt.anchors.hashes[0], nt.anchors.hashes[1], nt.anchors.hashes[2], nt.anchors.hashes[3], nt.anchors.hashes[4] = start, b[1], b[2], b[3], x
	nt.anchors.confirm(an)
	return nt, an
}
