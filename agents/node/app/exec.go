package app

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/cometbft/cometbft/crypto/ed25519"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/internal/testbreak"
)

// executor is the pending chain's state machine: what execution decides. It is pure: it reads
// the state it is given and the chain's rules (the rollup's EIP-712 domain and epoch length, read
// from L1's immutables; the genesis params), and nothing else: no clock, no L1, no node config.
// Every node therefore executes a block identically, and the app hash (a hash over each block's
// state writes) shows it when one does not.
type executor struct {
	domain   protocol.Domain
	epochDur uint64
	params   Params
	// blobs remembers checked blob proofs: a pure function of the data, asked by
	// PrepareProposal, ProcessProposal, ExtendVote and FinalizeBlock for the same seal.
	blobs *blobHashCache
	// executed counts the transactions executed (exec calls), for the tests of how often a
	// height's block is executed.
	executed atomic.Int64
}

// blockCtx is what execution knows of the block it executes: its height, and what the block took
// so far (the per-block bounds).
type blockCtx struct {
	height        int64
	committees    int
	attestations  int
	registrations int
	// users counts the user transactions the block asked to execute (MaxUserTxsPerBlock).
	users int
	// refused counts the user transactions execution refused, by reason, and expired the
	// transactions the height dropped for age: shed load, reported in metrics at Commit.
	refused map[string]int
	expired int
	// sealFrom is the first block number the seal execSeal last executed on this context orphans
	// (execution's own answer, for the proposal steps' checks against L1: confirmPastOrphans,
	// checkSkipsNoOpenSlot); orphaning none, it is above the tip's number before the seal. Valid
	// only right after a successful execSeal: proposeSeal reads it there.
	sealFrom uint64
	// processing is set for ProcessProposal's checks (another member's proposal), unset for
	// PrepareProposal's (this node's own): checkSkipsNoOpenSlot judges others' early seals
	// with a floor of half a slot on L1's interval, its own with that as a ceiling
	// (skipInterval).
	processing bool
}

func newBlockCtx(height int64) *blockCtx { return &blockCtx{height: height, refused: map[string]int{}} }

func (e *executor) epochOf(slot uint64) uint64 { return slot / e.epochDur }

// apply executes one transaction on v and m, atomically: on an error neither changes. It returns
// the block a seal produced.
func (e *executor) apply(v *view, m *Meta, raw []byte, bc *blockCtx) (*Block, error) {
	c := v.child()
	mm := *m
	b, err := e.exec(c, &mm, raw, bc)
	if err != nil {
		if reason := shedReason(err); reason != "" && raw[0] == KindUser {
			bc.refused[reason]++
		}
		return nil, err
	}
	v.merge(c)
	*m = mm
	switch raw[0] {
	case KindCommittee:
		bc.committees++
	case KindAttestation:
		bc.attestations++
	case KindRegister:
		bc.registrations++
	}
	return b, nil
}

// shedReason names why execution refused a user transaction when that is shed load (the fee
// floor, a full pool), for the shed-load metric; "" otherwise.
func shedReason(err error) string {
	switch {
	case errors.Is(err, ErrBelowFloor):
		return "below_floor"
	case errors.Is(err, ErrPoolFull):
		return "pool_full"
	default:
		return ""
	}
}

func (e *executor) exec(v *view, m *Meta, raw []byte, bc *blockCtx) (*Block, error) {
	e.executed.Add(1)
	if len(raw) == 0 {
		return nil, ErrMalformed
	}
	switch raw[0] {
	case KindUser:
		return nil, e.execUser(v, m, raw, bc)
	case KindSeal:
		s, err := decodeSeal(raw, e.params)
		if err != nil {
			return nil, err
		}
		return e.execSeal(v, m, s, bc)
	case KindAttestation:
		return nil, e.execAttestations(v, raw, bc)
	case KindCommittee:
		return nil, e.execCommittee(v, m, raw, bc)
	case KindRegister:
		return nil, e.execRegister(v, m, raw, bc)
	default:
		return nil, fmt.Errorf("%w 0x%02x", ErrUnknownKind, raw[0])
	}
}

// ---- user transactions and the pool ----------------------------------------------------------

func (e *executor) execUser(v *view, m *Meta, raw []byte, bc *blockCtx) error {
	if bc.users++; bc.users > MaxUserTxsPerBlock {
		return fmt.Errorf("%w: more than %d user transactions in one block", ErrMalformed, MaxUserTxsPerBlock)
	}
	tx, err := DecodeUserTx(raw, e.params.MaxPayload)
	if err != nil {
		return err
	}
	if err := e.paysFloor(tx); err != nil {
		return err
	}
	h := TxHash(raw)
	r, err := v.txRecord(h)
	if err != nil {
		return err
	}
	if r != nil {
		return ErrKnown
	}
	if err := e.poolRoom(m); err != nil {
		return err
	}
	m.Seq++
	r = &TxRecord{Raw: raw, Seq: m.Seq, State: TxQueued}
	e.enqueue(v, m, h, r, bc.height)
	return nil
}

// paysFloor refuses a user transaction whose max fees are below the chain's fee floor.
func (e *executor) paysFloor(tx UserTx) error {
	if !e.params.PaysFloor(tx) {
		return fmt.Errorf("%w: pays %s/%s wei per DA/L2 gas, the floor is %s/%s", ErrBelowFloor,
			tx.MaxFeePerDaGas, tx.MaxFeePerL2Gas, e.params.MinFeePerDaGas, e.params.MinFeePerL2Gas)
	}
	return nil
}

// poolRoom refuses one more transaction in a pool that holds the chain's bound.
func (e *executor) poolRoom(m *Meta) error {
	if m.Queued >= e.params.MaxQueued {
		return fmt.Errorf("%w: %d queued", ErrPoolFull, m.Queued)
	}
	return nil
}

// requeue returns a transaction taken back from a block to the pool (with a fresh expiry) only if
// execution would admit it as a new one: it decodes under the chain's limits, pays the fee floor,
// and the pool has room. Otherwise it is dropped, with why it left its block and what refused it.
// It was admitted once only if it came from a pending block: one recorded from an L1 block the
// chain never had (a based block) may be anything its proposer put there; and the pool may have
// filled since, so an orphaning never grows the pool past its bound.
func (e *executor) requeue(v *view, m *Meta, h common.Hash, r *TxRecord, why string, height int64) {
	r.Number, r.Block = 0, common.Hash{}
	err := func() error {
		tx, err := DecodeUserTx(r.Raw, e.params.MaxPayload)
		if err != nil {
			return err
		}
		if err := e.paysFloor(tx); err != nil {
			return err
		}
		return e.poolRoom(m)
	}()
	if err != nil {
		r.State, r.Reason = TxDropped, fmt.Sprintf("%s and the transaction is not admitted again: %v", why, err)
		v.putTx(h, r)
		return
	}
	e.enqueue(v, m, h, r, height)
}

// enqueue puts a transaction in the pool, to expire Params.TxTTLHeights after height.
func (e *executor) enqueue(v *view, m *Meta, h common.Hash, r *TxRecord, height int64) {
	at := uint64(height) + e.params.TxTTLHeights
	r.State = TxQueued
	v.putTx(h, r)
	v.set(poolKey(r.Seq, h), binary.BigEndian.AppendUint64(nil, at))
	v.set(expireKey(at, r.Seq, h), []byte{})
	m.Queued++
}

// dequeue takes a transaction out of the pool (its record is the caller's to update).
func (e *executor) dequeue(v *view, m *Meta, h common.Hash, seq uint64) error {
	k := poolKey(seq, h)
	at, err := v.get(k)
	if err != nil {
		return fmt.Errorf("pool entry of %s: %w", h, err)
	}
	v.del(k)
	if len(at) == 8 {
		v.del(expireKey(binary.BigEndian.Uint64(at), seq, h))
	}
	m.Queued--
	return nil
}

// expire drops the queued transactions whose time is up at this height (at most
// MaxExpiredPerBlock; the rest at the next heights), recording why.
func (e *executor) expire(v *view, m *Meta, bc *blockCtx) error {
	type entry struct {
		key      []byte
		seq      uint64
		h        common.Hash
		deadline uint64
	}
	var due []entry
	stop := errors.New("done")
	err := v.Each(prefixExpire, func(k, _ []byte) error {
		rest := k[len(prefixExpire):]
		if len(rest) != 8+8+32 {
			return fmt.Errorf("expiry key %x", k)
		}
		at := binary.BigEndian.Uint64(rest)
		if at > uint64(bc.height) || len(due) >= MaxExpiredPerBlock {
			return stop
		}
		due = append(due, entry{key: k, seq: binary.BigEndian.Uint64(rest[8:]), h: common.BytesToHash(rest[16:]), deadline: at})
		return nil
	})
	if err != nil && !errors.Is(err, stop) {
		return fmt.Errorf("read expiries: %w", err)
	}
	for _, d := range due {
		v.del(d.key)
		r, err := v.txRecord(d.h)
		if err != nil {
			return err
		}
		if r == nil || r.State != TxQueued || r.Seq != d.seq {
			continue // left the pool another way
		}
		v.del(poolKey(d.seq, d.h))
		m.Queued--
		r.State = TxDropped
		r.Reason = fmt.Sprintf("expired at height %d: queued for %d heights (txTTLHeights) without a proposer sealing it; "+
			"it may pay less than the proposers' prices", bc.height, e.params.TxTTLHeights)
		v.putTx(d.h, r)
		bc.expired++
	}
	return nil
}

// ---- seals -----------------------------------------------------------------------------------

// verifySeal checks a seal's signature and author against the committee of its slot.
func (e *executor) verifySeal(v *view, s *Seal) (*Committee, error) {
	sig, err := sig65(s.Signature)
	if err != nil {
		return nil, sealErr("signature: %v", err)
	}
	signer, err := protocol.RecoverSigner(s.Digest(e.domain), sig)
	if err != nil {
		return nil, sealErr("signature: %v", err)
	}
	if signer != s.Proposer {
		return nil, sealErr("not signed by %s", s.Proposer)
	}
	c, err := v.committee(e.epochOf(s.Slot))
	if err != nil {
		return nil, err
	}
	if c == nil {
		return nil, sealErr("no committee recorded for epoch %d", e.epochOf(s.Slot))
	}
	if p, ok := c.Proposer(s.Slot); !ok || p != s.Proposer {
		return nil, sealErr("%s is not the proposer of slot %d (%s is)", s.Proposer, s.Slot, p)
	}
	return c, nil
}

// checkSealOnTip is what a seal needs of the chain's tip, read from the meta alone: the cheap
// checks, made before the signature is (CheckTx makes them too). maxOrphaned is
// MaxOrphaned of the rollup's epoch length.
func checkSealOnTip(m *Meta, s *Seal, maxOrphaned uint64) error {
	if err := checkFirstSealAnchored(m, s); err != nil {
		return err
	}
	if m.Started && s.Slot <= m.TipSlot && !(testbreak.On("one-seal-per-slot") && s.Slot == m.TipSlot) {
		return sealErr("slot %d is not after the tip's slot %d", s.Slot, m.TipSlot)
	}
	if s.Tip != m.TipHash {
		return sealErr("sealed on tip %s, the pending tip is %s", s.Tip, m.TipHash)
	}
	// An anchor moves only forward in L1 time (Anchor.At): one named at an L1 block before the
	// last anchor's cannot bring back a tip L1 has since left, whatever a stale L1 view says.
	if a := s.Anchor; a != nil && m.AnchorL1 > 0 {
		if a.At == nil {
			return sealErr("anchor %d %s names no L1 block; the chain's anchors are named at L1 blocks since %d", a.Number, a.Hash, m.AnchorL1)
		}
		if a.At.Number < m.AnchorL1 {
			return sealErr("anchor %d %s is named at L1 block %d, before L1 block %d of the chain's last anchor: an anchor moves only forward in L1 time",
				a.Number, a.Hash, a.At.Number, m.AnchorL1)
		}
	}
	// What a seal orphans above its parent is bounded like a re-anchoring's fork (Anchor's
	// checkShape), but by what L1 can drop above its proven tip (MaxOrphaned): an honest seal
	// orphans the block or two that missed their slots above L1's assured tip, or what a prune
	// back to the proven tip dropped; each orphaned block costs execution its transactions. A
	// re-anchoring seal's parent is its anchor: it also orphans from its fork to the anchor.
	if m.Started && s.Number <= m.TipNumber && m.TipNumber-(s.Number-1) >= maxOrphaned {
		return sealErr("block %d would orphan the %d pending blocks %d-%d: a seal orphans fewer than %d",
			s.Number, m.TipNumber-(s.Number-1), s.Number, m.TipNumber, maxOrphaned)
	}
	// A fork may lie any depth below the anchor (a based run longer than L1's ring: checkAnchor
	// finds L1's hashes below the ring in the seal's headers), but what it orphans, from the
	// fork to the tip, is bounded alike (review r17k F3).
	if a := s.Anchor; a != nil && m.Started && a.Fork != 0 && a.Fork <= m.TipNumber && m.TipNumber-a.Fork+1 >= maxOrphaned {
		return sealErr("anchor fork %d would orphan the %d pending blocks %d-%d: a seal orphans fewer than %d",
			a.Fork, m.TipNumber-a.Fork+1, a.Fork, m.TipNumber, maxOrphaned)
	}
	return nil
}

// checkFirstSealAnchored refuses a first seal of the chain that names no anchor (review r17j
// C). The first seal sets the chain's anchor to its parent, and execution cannot read L1: only
// with an anchor (the parent, as checkShape requires) do the proposal steps confirm that parent
// as L1's assured tip (checkAnchor). Without it, a byzantine proposer of the first slot could
// start the chain on a parent and number L1 never had, and no honest re-anchoring could follow
// (there is no block of the chain below such a fork). The driver always anchors its first seal
// (chooseParent), so this refuses only a seal no honest node builds.
func checkFirstSealAnchored(m *Meta, s *Seal) error {
	if !m.Started && s.Anchor == nil {
		return sealErr("the chain's first seal (block %d on %s) names no anchor: it must name its parent, L1's assured tip, as its anchor", s.Number, s.Parent)
	}
	return nil
}

// pendingHash is the hash of the pending chain's block at number n, as far as the chain knows it
// without L1: the anchor's, a canonical block's, or the parent named by the chain's block at n+1
// (a canonical block, or the anchor when the chain had it as a block of its own: an orphaned
// block L1 assured after all). Below that, the chain keeps no hashes.
func pendingHash(v *view, m *Meta, n uint64) (common.Hash, bool, error) {
	if m.Started && n == m.AnchorNumber {
		return m.AnchorHash, true, nil
	}
	if h, ok, err := v.canonical(n); err != nil || ok {
		return h, ok, err
	}
	next, ok, err := v.canonical(n + 1)
	if err != nil {
		return common.Hash{}, false, err
	}
	if !ok && m.Started && n+1 == m.AnchorNumber {
		next, ok = m.AnchorHash, true
	}
	if !ok {
		return common.Hash{}, false, nil
	}
	b, err := v.block(next)
	if err != nil || b == nil {
		return common.Hash{}, false, err
	}
	return b.Header.ParentHash, true, nil
}

func (e *executor) execSeal(v *view, m *Meta, s *Seal, bc *blockCtx) (*Block, error) {
	height := bc.height
	if m.SealHeight == height {
		return nil, sealErr("a second seal at height %d", height)
	}
	if err := checkSealOnTip(m, s, MaxOrphaned(e.epochDur)); err != nil {
		return nil, err
	}
	if _, err := e.verifySeal(v, s); err != nil {
		return nil, err
	}
	// The first block orphaned: the parent's successor, or the block at the anchor's number when
	// the seal re-anchors the chain on an L1 block it never had.
	from := s.Number
	var reanchored *Anchor
	switch {
	case !m.Started:
		m.Started, m.AnchorNumber, m.AnchorHash = true, s.Number-1, s.Parent
		if s.Anchor != nil {
			m.AnchorSlot = s.Anchor.Slot
		}
	case s.Number-1 == m.AnchorNumber && s.Parent == m.AnchorHash:
	default:
		h, ok, err := v.canonical(s.Number - 1)
		if err != nil {
			return nil, err
		}
		if ok && h == s.Parent && s.Number-1 >= m.AnchorNumber {
			break
		}
		if s.Anchor == nil {
			return nil, sealErr("parent %d %s is not on the pending chain", s.Number-1, s.Parent)
		}
		// A re-anchoring: on an L1 block the chain never had, or, when L1 went below the
		// chain's anchor (a prune to its proven tip, an L1 reorg), on one at or below it.
		// Execution cannot tell which blocks L1 holds: the proposal steps check that the
		// anchor is L1's tip and that L1's chain leaves this one exactly at the fork
		// (checkAnchor), before any member votes for it.
		a := *s.Anchor
		from = a.ForkAt()
		held, ok, err := pendingHash(v, m, a.Number)
		if err != nil {
			return nil, err
		}
		if ok && held == a.Hash {
			// The chain's own block (below its anchor): the chain continues from it and
			// orphans what follows; it replaces nothing.
			if a.Fork != 0 || len(a.Replaced) > 0 {
				return nil, sealErr("anchor %d %s is the pending chain's own block: it replaces nothing (fork %d, %d replaced blocks)",
					a.Number, a.Hash, a.Fork, len(a.Replaced))
			}
			from = a.Number + 1
		}
		m.AnchorNumber, m.AnchorHash, m.AnchorSlot = a.Number, a.Hash, a.Slot
		reanchored = &a
	}
	if s.Anchor != nil && s.Anchor.At != nil {
		m.AnchorL1 = s.Anchor.At.Number
	}
	// The transactions of L1's blocks the seal re-anchors past, which the chain records as
	// included there.
	var replaced map[common.Hash]bool
	if reanchored != nil {
		var err error
		if replaced, err = checkReplaced(reanchored); err != nil {
			return nil, err
		}
	}
	// The transactions: queued, distinct, paying the named prices, within the limits.
	recs := make([]*TxRecord, len(s.Txs))
	raws := make([][]byte, len(s.Txs))
	seen := make(map[common.Hash]bool, len(s.Txs))
	size, limit := 0, e.params.MaxBlockBytes(s.Blobs)
	for i, h := range s.Txs {
		r, err := v.txRecord(h)
		if err != nil {
			return nil, err
		}
		if r == nil || r.State != TxQueued || seen[h] {
			return nil, sealErr("transaction %s is not queued", h)
		}
		if replaced[h] {
			return nil, sealErr("transaction %s is in an L1 block the seal re-anchors past", h)
		}
		seen[h] = true
		tx, err := DecodeUserTx(r.Raw, e.params.MaxPayload)
		if err != nil {
			return nil, sealErr("transaction %s: %v", h, err)
		}
		if tx.MaxFeePerDaGas.Cmp(s.FeePerDaGas.ToInt()) < 0 || tx.MaxFeePerL2Gas.Cmp(s.FeePerL2Gas.ToInt()) < 0 {
			return nil, sealErr("transaction %s pays less than the named prices", h)
		}
		if size += 4 + len(r.Raw); size > limit {
			return nil, sealErr("more than %d bytes of transaction data (blobs %t)", limit, s.Blobs)
		}
		recs[i], raws[i] = r, r.Raw
	}
	var txsHash common.Hash
	if s.Blobs {
		h, err := e.blobs.txsHash(EncodeTxsData(raws), s.BlobProofs)
		if err != nil {
			return nil, sealErr("blobs: %v", err)
		}
		txsHash = h
	} else {
		txsHash = protocol.CalldataTxsHash(EncodeTxsData(raws))
	}
	// Blocks from `from` on leave the canonical chain; their transactions return to the pool.
	bc.sealFrom = from
	for n := from; n <= m.TipNumber; n++ {
		if err := e.orphan(v, m, n, from, height); err != nil {
			return nil, err
		}
	}
	if reanchored != nil {
		if err := e.includeReplaced(v, m, reanchored); err != nil {
			return nil, err
		}
	}
	hdr := protocol.Header{
		Number: s.Number, Slot: s.Slot, ParentHash: s.Parent,
		TxsHash:     txsHash,
		FeePerDaGas: s.FeePerDaGas.ToInt(), FeePerL2Gas: s.FeePerL2Gas.ToInt(), Coinbase: s.Coinbase,
	}
	b := &Block{Header: hdr, Hash: protocol.HeaderHash(hdr), Height: height, Proposer: s.Proposer, Txs: s.Txs,
		Blobs: s.Blobs, BlobProofs: s.BlobProofs, Reanchored: reanchored}
	for i, h := range s.Txs {
		r := recs[i]
		if err := e.dequeue(v, m, h, r.Seq); err != nil {
			return nil, err
		}
		r.State, r.Number, r.Block = TxPending, s.Number, b.Hash
		v.putTx(h, r)
	}
	v.putJSON([]byte(prefixBlock+b.Hash.Hex()), b)
	v.set(u64key(prefixNumber, s.Number), b.Hash[:])
	v.putJSON([]byte(prefixPrice+s.Proposer.Hex()), Prices{
		FeePerDaGas: s.FeePerDaGas.ToInt().String(), FeePerL2Gas: s.FeePerL2Gas.ToInt().String()})
	m.TipNumber, m.TipHash, m.TipSlot, m.SealHeight = s.Number, b.Hash, s.Slot, height
	m.Epoch, m.HaveEpoch = e.epochOf(s.Slot), true
	return b, nil
}

// checkReplaced checks the L1 blocks a re-anchoring seal carries: in number order between the
// fork and the anchor, linked by their parent hashes where consecutive, the anchor's own header
// hashing to the anchor, and each one's transactions, unless it is bare, matching its txsHash.
// It returns the transactions' hashes. That L1 holds these headers is checked against L1 before
// the vote (checkAnchor).
func checkReplaced(an *Anchor) (map[common.Hash]bool, error) {
	out := map[common.Hash]bool{}
	var prev uint64
	var prevHash common.Hash
	// unlinked counts the blocks that neither are the anchor nor have their successor next in
	// the list: checkAnchor reads L1 for each (its other reads are a few per seal).
	unlinked := 0
	for i, rb := range an.Replaced {
		n, hh := rb.Header.Number, protocol.HeaderHash(rb.Header)
		if n < an.ForkAt() || n > an.Number || (i > 0 && n <= prev) {
			return nil, sealErr("replaced block %d is not in order within the fork %d and the anchor %d", n, an.ForkAt(), an.Number)
		}
		if i > 0 && n != prev+1 {
			unlinked++
		}
		if n == an.Number && hh != an.Hash {
			return nil, sealErr("replaced block %d is not the anchor %s", n, an.Hash)
		}
		if i > 0 && n == prev+1 && rb.Header.ParentHash != prevHash {
			return nil, sealErr("replaced block %d does not follow block %d", n, prev)
		}
		prev, prevHash = n, hh
		if rb.Bare {
			continue // its transactions are not carried (checkShape: none are)
		}
		raws := make([][]byte, len(rb.Txs))
		for j, tx := range rb.Txs {
			raws[j] = tx
		}
		if protocol.CalldataTxsHash(EncodeTxsData(raws)) != rb.Header.TxsHash {
			return nil, sealErr("replaced block %d: its transactions do not hash to its txsHash", n)
		}
	}
	if len(an.Replaced) > 0 && prev != an.Number {
		unlinked++
	}
	if unlinked > MaxReplacedBlocks {
		return nil, sealErr("%d replaced blocks are not followed by their successor, limit %d", unlinked, MaxReplacedBlocks)
	}
	// The same set the driver leaves out of a re-anchoring seal's transactions.
	for h := range an.ReplacedTxs() {
		out[h] = true
	}
	return out, nil
}

// includeReplaced records the user transactions of the L1 blocks a seal re-anchors past as
// included there: a queued one leaves the pool (an orphaned block's included, it is not
// queued again), one the chain never had is recorded.
func (e *executor) includeReplaced(v *view, m *Meta, an *Anchor) error {
	for _, rb := range an.Replaced {
		bh := protocol.HeaderHash(rb.Header)
		for _, raw := range rb.Txs {
			if _, err := DecodeUserTx(raw, e.params.MaxPayload); err != nil {
				continue // not a transaction of this chain's form: L1's business only
			}
			h := TxHash(raw)
			r, err := v.txRecord(h)
			if err != nil {
				return err
			}
			switch {
			case r == nil:
				m.Seq++
				r = &TxRecord{Raw: raw, Seq: m.Seq}
			case r.State == TxQueued:
				if err := e.dequeue(v, m, h, r.Seq); err != nil {
					return err
				}
			default:
				continue // in a block L1 holds already, or dropped
			}
			r.State, r.Number, r.Block = TxPending, rb.Header.Number, bh
			v.putTx(h, r)
		}
	}
	return nil
}

// orphan takes canonical block n off the chain and returns its transactions to the pool (with a
// fresh expiry) if execution admits them again (requeue; else they are dropped with the reason).
// When n re-anchored the chain, the transactions it recorded as included in L1's
// blocks from number from on (which L1 no longer holds: a seal that lowers the anchor) are
// queued again too.
func (e *executor) orphan(v *view, m *Meta, n, from uint64, height int64) error {
	h, ok, err := v.canonical(n)
	if err != nil || !ok {
		return err
	}
	b, err := v.block(h)
	if err != nil || b == nil {
		return err
	}
	b.Orphaned = true
	v.putJSON([]byte(prefixBlock+h.Hex()), b)
	v.del(u64key(prefixNumber, n))
	for _, th := range b.Txs {
		r, err := v.txRecord(th)
		if err != nil || r == nil {
			return err
		}
		e.requeue(v, m, th, r, fmt.Sprintf("block %d was orphaned", n), height)
	}
	if b.Reanchored != nil {
		return e.excludeReplaced(v, m, b.Reanchored, from, height)
	}
	return nil
}

// excludeReplaced queues again (requeue: if execution admits them, else they are dropped with the
// reason) the transactions that includeReplaced recorded as included in the replaced blocks of an
// from number from on: L1 no longer holds those blocks.
func (e *executor) excludeReplaced(v *view, m *Meta, an *Anchor, from uint64, height int64) error {
	for _, rb := range an.Replaced {
		if rb.Header.Number < from {
			continue
		}
		bh := protocol.HeaderHash(rb.Header)
		for _, raw := range rb.Txs {
			if _, err := DecodeUserTx(raw, e.params.MaxPayload); err != nil {
				continue
			}
			h := TxHash(raw)
			r, err := v.txRecord(h)
			if err != nil {
				return err
			}
			if r == nil || r.State != TxPending || r.Block != bh {
				continue
			}
			e.requeue(v, m, h, r, fmt.Sprintf("L1 no longer holds block %d", rb.Header.Number), height)
		}
	}
	return nil
}

// ---- attestations, committees, registrations -------------------------------------------------

func (e *executor) execAttestations(v *view, raw []byte, bc *blockCtx) error {
	if bc.attestations > 0 {
		return fmt.Errorf("%w: a second attestation set in one block", ErrBadAttestations)
	}
	var s AttestationSet
	if err := decodeJSON(raw, &s); err != nil {
		return err
	}
	if len(s.Attestations) > MaxCommitteeSize {
		return fmt.Errorf("%w: %d attestations", ErrBadAttestations, len(s.Attestations))
	}
	b, err := v.block(s.Hash)
	if err != nil {
		return err
	}
	if b == nil || b.Orphaned || b.Header.Number != s.Number {
		return fmt.Errorf("%w: block %d %s is not on the pending chain", ErrBadAttestations, s.Number, s.Hash)
	}
	if len(b.Attestations) > 0 {
		return fmt.Errorf("%w: block %d is attested already", ErrBadAttestations, s.Number)
	}
	// The set comes with the height after the one that sealed the block, from that height's
	// commit, as attestationsTx builds it. A later one would give the block a record after nodes
	// decided it had none: what each node's validators' record holds (onChain, which inactivity
	// records are made of) would depend on when it read the chain.
	if b.Height != bc.height-1 {
		return fmt.Errorf("%w: block %d was sealed at height %d: its attestations come at height %d, not %d",
			ErrBadAttestations, s.Number, b.Height, b.Height+1, bc.height)
	}
	c, err := v.committee(e.epochOf(b.Header.Slot))
	if err != nil {
		return err
	}
	if c == nil {
		return fmt.Errorf("%w: no committee for block %d", ErrBadAttestations, s.Number)
	}
	if err := verifyAttestations(e.domain, c, b.Hash, s.Attestations); err != nil {
		return err
	}
	b.Attestations = s.Attestations
	v.putJSON([]byte(prefixBlock+b.Hash.Hex()), b)
	return nil
}

// verifyAttestations checks that atts are a quorum of distinct committee members' signatures over
// the block's attestation digest, each as the rollup checks it (protocol.CheckAttestation).
func verifyAttestations(d protocol.Domain, c *Committee, headerHash common.Hash, atts []Attestation) error {
	digest := attestationDigest(d, headerHash)
	seen := map[int]bool{}
	for _, at := range atts {
		if seen[at.Index] {
			return fmt.Errorf("%w: index %d twice", ErrBadAttestations, at.Index)
		}
		seen[at.Index] = true
		sig, err := sig65(at.Signature)
		if err != nil {
			return fmt.Errorf("%w: index %d: %v", ErrBadAttestations, at.Index, err)
		}
		if err := protocol.CheckAttestation(digest, c.Members, protocol.Attestation{Index: at.Index, Signature: sig}); err != nil {
			return fmt.Errorf("%w: %v", ErrBadAttestations, err)
		}
	}
	if q := protocol.Quorum(len(c.Members)); len(atts) < q {
		return fmt.Errorf("%w: %d attestations, quorum %d", ErrBadAttestations, len(atts), q)
	}
	return nil
}

func (e *executor) execCommittee(v *view, m *Meta, raw []byte, bc *blockCtx) error {
	if bc.committees >= MaxCommitteesPerBlock {
		return fmt.Errorf("%w: more than %d committees in one block", ErrBadCommittee, MaxCommitteesPerBlock)
	}
	var c Committee
	if err := decodeJSON(raw, &c); err != nil {
		return err
	}
	if len(c.Members) == 0 || len(c.Members) > MaxCommitteeSize {
		return fmt.Errorf("%w: %d members", ErrBadCommittee, len(c.Members))
	}
	old, err := v.committee(c.Epoch)
	if err != nil {
		return err
	}
	if old != nil {
		return fmt.Errorf("%w: epoch %d is recorded already", ErrBadCommittee, c.Epoch)
	}
	v.putJSON(u64key(prefixComm, c.Epoch), c)
	if !m.HaveEpoch {
		m.Epoch, m.HaveEpoch = c.Epoch, true
	}
	return nil
}

// ErrBadRegistration is a registration the chain refuses.
var ErrBadRegistration = errors.New("registration refused")

func regErr(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrBadRegistration, fmt.Sprintf(format, args...))
}

// checkRegistrationShape is what costs no state: sizes and the two signatures over the same
// statement (proof of possession of both keys).
func checkRegistrationShape(d protocol.Domain, r *Registration) error {
	if len(r.PubKey) != ed25519.PubKeySize {
		return regErr("public key of %d bytes, want %d", len(r.PubKey), ed25519.PubKeySize)
	}
	if r.Nonce == 0 {
		return regErr("nonce 0: the first registration is 1")
	}
	digest := r.Digest(d)
	if !testbreak.On("squat") && (len(r.KeySignature) != ed25519.SignatureSize || !ed25519.PubKey(r.PubKey).VerifySignature(digest[:], r.KeySignature)) {
		return regErr("not signed by the validator key %x (proof of possession)", []byte(r.PubKey))
	}
	sig, err := sig65(r.Signature)
	if err != nil {
		return regErr("attester signature: %v", err)
	}
	if signer, err := protocol.RecoverSigner(digest, sig); err != nil || signer != r.Attester {
		return regErr("not signed by the attester %s", r.Attester)
	}
	return nil
}

func cometAddr(pk []byte) string {
	return strings.ToUpper(hex.EncodeToString(ed25519.PubKey(pk).Address()))
}

// execRegister maps an attester to its validator key. Only a member of the current or the next
// recorded committee registers (the committees come from L1 through committee records, so this is
// deterministic), and only with both keys' signatures; a member rotates its key with the next
// nonce, at most once an epoch.
func (e *executor) execRegister(v *view, m *Meta, raw []byte, bc *blockCtx) error {
	if bc.registrations >= MaxRegistrationsPerBlock {
		return regErr("more than %d registrations in one block", MaxRegistrationsPerBlock)
	}
	var r Registration
	if err := decodeJSON(raw, &r); err != nil {
		return err
	}
	if err := checkRegistrationShape(e.domain, &r); err != nil {
		return err
	}
	member, err := e.inCommittees(v, m, r.Attester)
	if err != nil {
		return err
	}
	if !member {
		return regErr("%s is not in the committee of epoch %d or %d", r.Attester, m.Epoch, m.Epoch+1)
	}
	var prev regRecord
	regKey := []byte(prefixReg + r.Attester.Hex())
	hadReg, err := v.getJSON(regKey, &prev)
	if err != nil {
		return err
	}
	if r.Nonce != prev.Nonce+1 {
		return regErr("nonce %d, want %d", r.Nonce, prev.Nonce+1)
	}
	if hadReg && prev.Epoch == m.Epoch {
		return regErr("%s registered in epoch %d already: one rotation an epoch", r.Attester, m.Epoch)
	}
	addr := cometAddr(r.PubKey)
	if owner, err := v.get([]byte(prefixVal + addr)); err == nil {
		if common.BytesToAddress(owner) == r.Attester {
			return regErr("%s is registered with this key already", r.Attester)
		}
		if !testbreak.On("squat") {
			return regErr("the key is registered to another attester")
		}
	} else if !errors.Is(err, errNotFound) {
		return err
	}
	old, err := v.get([]byte(prefixPub + r.Attester.Hex()))
	switch {
	case err == nil:
		v.del([]byte(prefixVal + cometAddr(old))) // a rotation: the old key maps to nobody
	case errors.Is(err, errNotFound):
		if m.Registered >= MaxRegistered {
			return regErr("%d attesters registered, limit %d", m.Registered, MaxRegistered)
		}
		m.Registered++
	default:
		return err
	}
	v.set([]byte(prefixVal+addr), r.Attester[:])
	v.set([]byte(prefixPub+r.Attester.Hex()), r.PubKey)
	v.putJSON(regKey, regRecord{Nonce: r.Nonce, Epoch: m.Epoch})
	return nil
}

// inCommittees reports whether a is a member of the recorded committee of the chain's current
// epoch or the next one.
func (e *executor) inCommittees(v *view, m *Meta, a common.Address) (bool, error) {
	if !m.HaveEpoch {
		return false, nil
	}
	for _, ep := range []uint64{m.Epoch, m.Epoch + 1} {
		c, err := v.committee(ep)
		if err != nil {
			return false, err
		}
		if c != nil && c.IndexOf(a) >= 0 {
			return true, nil
		}
	}
	return false, nil
}

// ---- the validator set -----------------------------------------------------------------------

// validatorUpdates brings the validator set to the registered members of the committees of
// the current epoch and the next (when recorded), and returns the changes. CometBFT applies
// them two heights later, so the next committee joins as soon as it is known (during the epoch
// before) and the previous one leaves at the first seal of the new epoch. A set with no
// registered member is left alone: CometBFT refuses an empty set.
func (e *executor) validatorUpdates(v *view, m *Meta) ([]abci.ValidatorUpdate, error) {
	if !m.HaveEpoch {
		return nil, nil
	}
	want := map[string]bool{}
	for _, ep := range []uint64{m.Epoch, m.Epoch + 1} {
		c, err := v.committee(ep)
		if err != nil {
			return nil, err
		}
		if c == nil {
			continue
		}
		for _, member := range c.Members {
			pk, err := v.get([]byte(prefixPub + member.Hex()))
			if errors.Is(err, errNotFound) {
				continue // not registered: cannot join CometBFT, attests nothing
			}
			if err != nil {
				return nil, err
			}
			want[hex.EncodeToString(pk)] = true
		}
	}
	if len(want) == 0 {
		return nil, nil
	}
	have := map[string]bool{}
	power := int64(0) // the genesis validators', which every set entry holds
	err := v.Each([]byte(prefixSet), func(k, p []byte) error {
		have[string(k[len(prefixSet):])] = true
		if len(p) != 1 || p[0] == 0 || (power != 0 && int64(p[0]) != power) {
			return fmt.Errorf("app: validator set entry %x holds power %x", k[len(prefixSet):], p)
		}
		power = int64(p[0])
		return nil
	})
	if err != nil {
		return nil, err
	}
	if power == 0 {
		power = ValidatorPower // a genesis that gave CometBFT no validator (CometBFT's has them)
	}
	var out []abci.ValidatorUpdate
	for pk := range have {
		if !want[pk] {
			raw, _ := hex.DecodeString(pk)
			out = append(out, abci.UpdateValidator(raw, 0, ""))
			v.del([]byte(prefixSet + pk))
		}
	}
	for pk := range want {
		if !have[pk] {
			raw, _ := hex.DecodeString(pk)
			out = append(out, abci.UpdateValidator(raw, power, ""))
			v.set([]byte(prefixSet+pk), []byte{byte(power)})
		}
	}
	// Map order is random; CometBFT needs the same updates on every node, in any order, but
	// the response hash covers them: sort.
	sort.Slice(out, func(i, j int) bool {
		return bytes.Compare(out[i].PubKey.GetEd25519(), out[j].PubKey.GetEd25519()) < 0
	})
	return out, nil
}

// ---- the app hash ----------------------------------------------------------------------------

// appHash commits to the application state: keccak256 of the previous app hash, the height, a
// hash over the block's state writes (every key the block wrote, sorted, with its new value or
// its deletion; the meta with its height and app hash left out), and the validator updates. Two
// nodes that executed a block differently write different state and get different app hashes,
// which CometBFT's next header check catches. This node's signing state (app/local/) is not state.
func appHash(prev common.Hash, height int64, v *view, m Meta, updates []abci.ValidatorUpdate) common.Hash {
	h := crypto.NewKeccakState()
	h.Write(prev[:])
	h.Write(binary.BigEndian.AppendUint64(nil, uint64(height)))
	writeStateHash(h, v, m)
	for _, u := range updates {
		h.Write(u.PubKey.GetEd25519())
		h.Write(binary.BigEndian.AppendUint64(nil, uint64(u.Power)))
	}
	var out common.Hash
	_, _ = h.Read(out[:])
	return out
}

func writeStateHash(h crypto.KeccakState, v *view, m Meta) {
	keys := make([]string, 0, len(v.w))
	for k := range v.w {
		if k != string(keyMeta) && !strings.HasPrefix(k, prefixLocal) {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	lenPrefixed := func(b []byte) {
		h.Write(binary.BigEndian.AppendUint32(nil, uint32(len(b))))
		h.Write(b)
	}
	for _, k := range keys {
		lenPrefixed([]byte(k))
		if val := v.w[k]; val == nil {
			h.Write([]byte{0})
		} else {
			h.Write([]byte{1})
			lenPrefixed(val)
		}
	}
	m.Height, m.AppHash = 0, common.Hash{}
	raw, err := json.Marshal(m)
	if err != nil {
		panic(fmt.Sprintf("app: encode meta: %v", err)) // a plain struct always encodes
	}
	lenPrefixed(raw)
}

// blobHashCache remembers the checked blob proofs of recent blocks' data: a pure function, asked
// by PrepareProposal, ProcessProposal, ExtendVote and FinalizeBlock for the same seal.
type blobHashCache struct {
	mu    sync.Mutex
	byKey map[common.Hash]common.Hash // keccak256(data, commitments, proofs) -> txsHash
	order []common.Hash
}

// blobHashCacheSize is how many blocks' commitments are kept (rounds of one height, a few).
const blobHashCacheSize = 8

func (c *blobHashCache) txsHash(data []byte, proofs []protocol.BlobProof) (common.Hash, error) {
	kh := crypto.NewKeccakState()
	kh.Write(data)
	for _, p := range proofs {
		kh.Write(p.Commitment[:])
		kh.Write(p.Proof[:])
	}
	var key common.Hash
	_, _ = kh.Read(key[:])
	c.mu.Lock()
	h, ok := c.byKey[key]
	c.mu.Unlock()
	if ok {
		return h, nil
	}
	h, err := protocol.VerifyBlobProofs(data, proofs)
	if err != nil {
		return common.Hash{}, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.byKey == nil {
		c.byKey = map[common.Hash]common.Hash{}
	}
	if _, ok := c.byKey[key]; !ok {
		c.byKey[key] = h
		c.order = append(c.order, key)
		if len(c.order) > blobHashCacheSize {
			delete(c.byKey, c.order[0])
			c.order = c.order[1:]
		}
	}
	return h, nil
}
