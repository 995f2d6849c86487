package app

import (
	"context"
	"fmt"
	"sync"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"

	"github.com/sptn/sptn/agents/internal/protocol"
)

// This file is the proposal steps: the only ones that read L1 (committees, a seal's anchor) and
// the clock (a seal's slot must be near the current one). Each executes a transaction first and
// reads L1 only for what executed: one seal and at most MaxCommitteesPerBlock committees a
// block, so a peer's junk costs no L1 read. Their verdicts may differ between nodes (each has
// its own L1 view and clock); what they accept executes identically everywhere.

// maxSealsTried is how many seals of one proposer PrepareProposal tries before it gives up on
// that proposer's seals for this height (sealsToTry): CheckTx admits only the slot's proposer's
// signed seals, so more than a few are stale ones the next recheck evicts, or junk.
const maxSealsTried = 8

// l1ReadTimeout bounds one L1 read of a proposal step. A read that times out refuses an
// honest proposal and costs the network a round, while a slow answer costs only this member's
// prevote time: 4 s, since 2 s refused a new epoch's committee at a third of 48 members
// reading L1 together on two cores (sweep at c6f5055). It stays under the 5 s of one call.
const l1ReadTimeout = 4 * time.Second

// PrepareProposal builds the block: the committees L1 has fixed that the chain lacks, the
// attestations of the block sealed at the previous height from the vote extensions, a seal (the
// first of the mempool, lowest slot first and at most maxSealsTried of each proposer, that
// executes, is fresh and whose anchor L1 confirms: sealsToTry), registrations,
// then the user transactions that execute, until the block or this node's PrepareBudget is full.
func (a *App) PrepareProposal(ctx context.Context, req *abci.RequestPrepareProposal) (*abci.ResponsePrepareProposal, error) {
	ctx, cancel := context.WithTimeout(ctx, a.cfg.PrepareBudget)
	defer cancel()
	v, m := a.scratch()
	bc := newBlockCtx(req.Height)
	now := a.cfg.Now()
	var out [][]byte
	size := int64(0)
	fits := func(tx []byte) bool { return size+int64(len(tx)) <= req.MaxTxBytes }
	take := func(tx []byte) {
		out = append(out, tx)
		size += int64(len(tx))
	}
	add := func(tx []byte) {
		if fits(tx) {
			if _, err := a.exec.apply(v, &m, tx, bc); err == nil {
				take(tx)
			}
		}
	}
	if a.cfg.L1 != nil {
		cur := a.EpochOf(a.SlotAt(now))
		for _, e := range []uint64{cur, cur + 1} {
			if c, _ := v.committee(e); c != nil || ctx.Err() != nil {
				continue
			}
			cctx, cancel := context.WithTimeout(ctx, 500*time.Millisecond)
			c, err := a.cfg.L1.Committee(cctx, e)
			cancel()
			if err != nil {
				continue
			}
			if tx, err := EncodeJSON(KindCommittee, c); err == nil {
				add(tx)
			}
		}
	}
	if tx := a.attestationsTx(v, &m, req); tx != nil {
		add(tx)
	}
	for _, tx := range a.sealsToTry(ctx, req.Txs, now) {
		if ctx.Err() != nil {
			break
		}
		if !fits(tx) {
			continue
		}
		c, mm, _, err := a.proposeSeal(ctx, v, m, tx, now, bc)
		if err != nil {
			a.sealLeftOut(tx, req.Height, err)
			continue
		}
		v.merge(c)
		m = mm
		take(tx)
		break
	}
	for _, tx := range req.Txs {
		if ctx.Err() != nil || bc.registrations >= MaxRegistrationsPerBlock {
			break
		}
		if len(tx) > 0 && tx[0] == KindRegister {
			add(tx)
		}
	}
	for _, tx := range req.Txs {
		if ctx.Err() != nil {
			a.cfg.Log.Warn("proposal closed at the prepare budget", "height", req.Height, "txs", len(out), "budget", a.cfg.PrepareBudget)
			break
		}
		if bc.users >= MaxUserTxsPerBlock {
			break
		}
		if len(tx) > 0 && tx[0] == KindUser {
			add(tx)
		}
	}
	return &abci.ResponsePrepareProposal{Txs: out}, nil
}

// sealLeftOut logs a seal PrepareProposal leaves out: at Warn when this node signed it (its
// own driver checks that execution takes what it sends, so that is a fault of this node's, or
// its L1 view and the anchor's), else at Debug (a peer's, stale or junk).
func (a *App) sealLeftOut(tx []byte, height int64, err error) {
	if a.cfg.Signer != nil {
		if s, derr := decodeSeal(tx, a.Params()); derr == nil && s.Proposer == a.cfg.Signer.Address() {
			a.cfg.Log.Warn("this node's seal left out of the proposal", "height", height, "slot", s.Slot, "number", s.Number, "err", err)
			return
		}
	}
	a.cfg.Log.Debug("seal left out of the proposal", "height", height, "err", err)
}

// proposeSeal checks a seal for a proposal, in cost order: its shape, its slot against this
// node's clock, its execution on a child of v (signature, proposer, tip, transactions, blobs),
// that it orphans no block still in its slot (checkStillInSlot, the clock) and skips no slot
// still open (checkSkipsNoOpenSlot, the clock and this node's L1 head), and only then its
// anchor, or the parent of a seal that orphans blocks, against L1. It returns
// the child holding the seal's writes, the meta after it and the block it seals.
func (a *App) proposeSeal(ctx context.Context, v *view, m Meta, tx []byte, now time.Time, bc *blockCtx) (*view, Meta, *Block, error) {
	s, err := decodeSeal(tx, a.Params())
	if err != nil {
		return nil, m, nil, err
	}
	if err := a.fresh(s.Slot, now); err != nil {
		return nil, m, nil, err
	}
	base := m
	c := v.child()
	b, err := a.exec.execSeal(c, &m, s, bc)
	if err != nil {
		return nil, m, nil, err
	}
	if err := a.checkStillInSlot(v, &base, s, now); err != nil {
		return nil, m, nil, err
	}
	if err := a.checkSkipsNoOpenSlot(ctx, v, &base, s, bc, now); err != nil {
		return nil, m, nil, err
	}
	if err := a.checkAnchor(ctx, v, &base, s, bc.sealFrom); err != nil {
		return nil, m, nil, err
	}
	if err := a.checkReseal(ctx, v, &base, s); err != nil {
		return nil, m, nil, err
	}
	return c, m, b, nil
}

// checkReseal confirms against this node's L1 view the parent of a seal (one that executed)
// without an anchor that orphans pending blocks (its number is at most the tip's, m being the
// meta before it): the parent must be L1's assured tip, or its proven tip while the next
// propose prunes (with the parent's number, hash and slot, at an L1 head past the first orphaned
// block's slot: confirmPastOrphans), as the honest driver builds after a missed slot
// (chooseParent). Execution takes any canonical parent at or above
// the anchor and cannot read L1: without this, a slot's proposer could seal on an older block
// and orphan blocks L1 has assured (review r17f H1). A seal on the tip, or with an anchor
// (checkAnchor), has nothing to check here.
func (a *App) checkReseal(ctx context.Context, v *view, m *Meta, s *Seal) error {
	if s.Anchor != nil || !orphans(m, s.Number) {
		return nil
	}
	parent := Anchor{Number: s.Number - 1, Hash: s.Parent, Slot: m.AnchorSlot}
	if s.Number-1 != m.AnchorNumber || s.Parent != m.AnchorHash {
		pb, err := v.block(s.Parent)
		if err != nil {
			return err
		}
		if pb == nil {
			return fmt.Errorf("%w: parent %d %s of a seal orphaning blocks %d-%d is not a block of the chain", ErrBadAnchor, s.Number-1, s.Parent, s.Number, m.TipNumber)
		}
		parent.Slot = pb.Header.Slot
	}
	if a.cfg.Anchors == nil {
		return fmt.Errorf("%w: no L1 to check parent %d %s of a seal orphaning blocks %d-%d against", ErrBadAnchor, parent.Number, parent.Hash, s.Number, m.TipNumber)
	}
	cctx, cancel := context.WithTimeout(ctx, l1ReadTimeout)
	defer cancel()
	return a.confirmPastOrphans(cctx, v, m, s.Number, "parent", parent)
}

// attestationsTx collects the attestations of the block sealed at the previous height from the
// previous height's vote extensions.
func (a *App) attestationsTx(v *view, m *Meta, req *abci.RequestPrepareProposal) []byte {
	if m.SealHeight == 0 || m.SealHeight != req.Height-1 {
		return nil
	}
	b, err := v.block(m.TipHash)
	if err != nil || b == nil || len(b.Attestations) > 0 {
		return nil
	}
	c, err := v.committee(a.EpochOf(b.Header.Slot))
	if err != nil || c == nil {
		return nil
	}
	set := a.collect(c, b, req.LocalLastCommit.Votes)
	tx, err := EncodeJSON(KindAttestation, set)
	if err != nil {
		return nil
	}
	return tx
}

// ProcessProposal accepts a block whose seal, attestations, committees and registrations all
// execute, whose seal is fresh and whose anchor and committees match what this node reads from
// L1 (read after they executed). User transactions that do not execute are skipped by
// FinalizeBlock and do not make the block invalid.
func (a *App) ProcessProposal(ctx context.Context, req *abci.RequestProcessProposal) (*abci.ResponseProcessProposal, error) {
	reject := &abci.ResponseProcessProposal{Status: abci.ResponseProcessProposal_REJECT}
	users := 0
	for _, tx := range req.Txs {
		if len(tx) > 0 && tx[0] == KindUser {
			users++
		}
	}
	if users > MaxUserTxsPerBlock {
		a.cfg.Log.Warn("proposal refused", "height", req.Height, "user_txs", users, "limit", MaxUserTxsPerBlock)
		return reject, nil
	}
	v, m := a.scratch()
	base := m
	bc := newBlockCtx(req.Height)
	bc.processing = true
	now := a.cfg.Now()
	var sealed *Block
	results := make([]*abci.ExecTxResult, len(req.Txs))
	for i, tx := range req.Txs {
		if len(tx) > 0 && tx[0] == KindSeal {
			c, mm, b, err := a.proposeSeal(ctx, v, m, tx, now, bc)
			if err != nil {
				a.cfg.Log.Warn("proposal refused", "height", req.Height, "err", err)
				return reject, nil
			}
			v.merge(c)
			m, sealed = mm, b
			results[i] = execResult(b, nil)
			continue
		}
		b, err := a.exec.apply(v, &m, tx, bc)
		results[i] = execResult(b, err)
		if len(tx) > 0 && tx[0] == KindUser {
			continue
		}
		if err != nil {
			a.cfg.Log.Warn("proposal refused", "height", req.Height, "err", err)
			return reject, nil
		}
		if tx[0] == KindCommittee {
			if err := a.matchL1(ctx, tx); err != nil {
				a.cfg.Log.Warn("proposal refused", "height", req.Height, "err", err)
				return reject, nil
			}
		}
	}
	a.remember(req.Hash, v, sealed)
	a.keepProcessed(req.Hash, &processed{height: req.Height, base: base.AppHash, txs: req.Txs, v: v, m: m, bc: bc, results: results})
	return &abci.ResponseProcessProposal{Status: abci.ResponseProcessProposal_ACCEPT}, nil
}

// checkAnchor confirms the anchor of a seal (one that executed) against this node's L1 view;
// nothing to check for a seal without one. Its reads are bounded: L1's tips, at most two block
// hashes around the fork, and one per replaced block that is not linked by its successor's
// parent hash to a block L1 holds (normally none: the replaced blocks run from the fork to the
// anchor, or into L1's ring; execution takes at most MaxReplacedBlocks+1 such). Only the
// proposal steps call it: execution never reads L1.
func (a *App) checkAnchor(ctx context.Context, v *view, m *Meta, s *Seal, from uint64) error {
	an := s.Anchor
	if an == nil {
		return nil
	}
	if a.cfg.Anchors == nil {
		return fmt.Errorf("%w: no L1 to check anchor %d %s against", ErrBadAnchor, an.Number, an.Hash)
	}
	// The L1 block the anchor names: canonical here, with the anchor L1's tip there. Execution
	// holds the anchor to L1 blocks at or after the last anchor's (Meta.AnchorL1), so that this
	// node's L1 view, should it be stale, cannot take an anchor L1 has since left behind.
	if an.At == nil {
		return fmt.Errorf("%w: block %d %s of slot %d names no L1 block at which it is L1's assured tip", ErrBadAnchor, an.Number, an.Hash, an.Slot)
	}
	// The replaced blocks in order within the fork and the anchor, before any read, as CheckTx
	// admits them: execution checks them only for a seal that re-anchors, and an anchored seal
	// that does not (the first one, one on the chain's anchor or own block) could otherwise make
	// every member read L1 for up to MaxReplacedHeaders of them, copies of one header included
	// (review r22 L1), not the MaxReplacedBlocks the reads below are budgeted for.
	if len(an.Replaced) > 0 {
		if _, err := checkReplaced(an); err != nil {
			return err
		}
	}
	cctx, cancel := context.WithTimeout(ctx, l1ReadTimeout)
	defer cancel()
	if err := a.cfg.Anchors.CheckAnchorAt(cctx, *an, *an.At); err != nil {
		return fmt.Errorf("%w: block %d %s of slot %d at L1 block %d %s: %w", ErrBadAnchor, an.Number, an.Hash, an.Slot, an.At.Number, an.At.Hash, err)
	}
	// And L1's tip still: a seal naming an older L1 block must not orphan what L1 assured since.
	// One whose execution orphans pending blocks (from number from on; for a re-anchoring, from
	// its fork) is confirmed at an L1 head past the first one's slot, as checkReseal confirms a
	// parent (review r38 F1).
	if orphans(m, from) {
		if err := a.confirmPastOrphans(cctx, v, m, from, "anchor", *an); err != nil {
			return err
		}
	} else if err := a.cfg.Anchors.CheckAnchor(cctx, *an); err != nil {
		return fmt.Errorf("%w: block %d %s of slot %d: %v", ErrBadAnchor, an.Number, an.Hash, an.Slot, err)
	}
	// heldParent[n] is the hash L1 holds at number n, known from the header at n+1 that L1 holds;
	// held[n] the hash of a replaced block L1 holds.
	heldParent, held := map[uint64]common.Hash{}, map[uint64]common.Hash{}
	// Which entries L1 must be read for depends on the seal alone (an entry is linked to the one
	// after it by its parent hash), so those reads are made side by side first: one after another
	// they could outlast l1ReadTimeout on a remote L1 and refuse an honest seal every slot
	// (review r19 F3: up to MaxReplacedBlocks of them).
	hashes, unlinked := replacedLinks(an)
	numbers := make([]uint64, len(unlinked))
	for j, i := range unlinked {
		numbers[j] = an.Replaced[i].Header.Number
	}
	read, err := a.readL1Hashes(cctx, numbers)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrBadAnchor, err)
	}
	for _, i := range unlinked {
		n, hh := an.Replaced[i].Header.Number, hashes[i]
		if l1 := read[n]; hh != l1 {
			return fmt.Errorf("%w: replaced block %d is %s, L1 holds %s", ErrBadAnchor, n, hh, l1)
		}
	}
	for i := len(an.Replaced) - 1; i >= 0; i-- {
		hdr := an.Replaced[i].Header
		held[hdr.Number] = hashes[i]
		if hdr.Number > 0 {
			heldParent[hdr.Number-1] = hdr.ParentHash
		}
	}
	// Where L1's chain leaves the pending chain: L1's hashes around the fork are those of the
	// replaced blocks L1 holds (just confirmed) where they reach it, which they must below L1's
	// ring (review r17k F3), else read from L1.
	l1Hash := func(ctx context.Context, n uint64) (common.Hash, error) {
		if h, ok := held[n]; ok {
			return h, nil
		}
		if h, ok := heldParent[n]; ok {
			return h, nil
		}
		return a.cfg.Anchors.BlockHash(ctx, n)
	}
	if err := a.checkFork(cctx, an, l1Hash); err != nil {
		return fmt.Errorf("%w: block %d %s: %v", ErrBadAnchor, an.Number, an.Hash, err)
	}
	return nil
}

// replacedLinks hashes the replaced blocks and lists, last first, the indexes of those that
// neither are the anchor nor are the parent their successor in the list names: checkAnchor
// reads L1's hash for each (the others are L1's by the links to the anchor).
func replacedLinks(an *Anchor) (hashes []common.Hash, unlinked []int) {
	hashes = make([]common.Hash, len(an.Replaced))
	parentOf := map[uint64]common.Hash{}
	for i := len(an.Replaced) - 1; i >= 0; i-- {
		hdr := an.Replaced[i].Header
		hh := protocol.HeaderHash(hdr)
		hashes[i] = hh
		if p, ok := parentOf[hdr.Number]; !(hdr.Number == an.Number && hh == an.Hash) && !(ok && p == hh) {
			unlinked = append(unlinked, i)
		}
		if hdr.Number > 0 {
			parentOf[hdr.Number-1] = hdr.ParentHash
		}
	}
	return hashes, unlinked
}

// l1ReadsAtOnce bounds the L1 reads checkAnchor makes side by side.
const l1ReadsAtOnce = 16

// readL1Hashes reads L1's block hashes at numbers, l1ReadsAtOnce at a time.
func (a *App) readL1Hashes(ctx context.Context, numbers []uint64) (map[uint64]common.Hash, error) {
	out := make(map[uint64]common.Hash, len(numbers))
	if len(numbers) == 0 {
		return out, nil
	}
	var (
		mu    sync.Mutex
		first error
		wg    sync.WaitGroup
		slots = make(chan struct{}, l1ReadsAtOnce)
	)
	for _, n := range numbers {
		wg.Add(1)
		slots <- struct{}{}
		go func() {
			defer func() { <-slots; wg.Done() }()
			h, err := a.cfg.Anchors.BlockHash(ctx, n)
			mu.Lock()
			defer mu.Unlock()
			if err != nil && first == nil {
				first = fmt.Errorf("read L1's block %d: %w", n, err)
			}
			out[n] = h
		}()
	}
	wg.Wait()
	return out, first
}

// checkFork confirms that L1's chain leaves the committed pending chain exactly at the anchor's
// fork: L1 holds the pending chain's block (or anchor) before it, and not the pending chain's
// block at it. Orphaning from a lower number would drop blocks L1 holds; from a higher one
// would keep blocks L1 replaced. This holds for a fork at or below the chain's anchor too (L1
// went below it): with checkAnchor's rule that the anchor is L1's tip, no seal lowers the anchor
// to where L1 does not stand, nor orphans a block L1 holds. An anchor that is the pending chain's
// own block (and names no fork nor replaced blocks, which execution refuses with it) replaces
// nothing: that L1 holds it as its tip says that L1 holds everything before it.
//
// l1Hash is the hash of L1's block at a number: read from L1's ring, or found in the seal's
// replaced blocks that L1 holds, for a fork below the ring.
func (a *App) checkFork(ctx context.Context, an *Anchor, l1Hash func(context.Context, uint64) (common.Hash, error)) error {
	m := a.Meta()
	if !m.Started {
		return nil // the first seal has nothing to orphan
	}
	v := newView(a.kv)
	pendingAt := func(n uint64) (common.Hash, bool, error) { return pendingHash(v, &m, n) }
	if h, ok, err := pendingAt(an.Number); err != nil {
		return err
	} else if ok && h == an.Hash && an.Fork == 0 && len(an.Replaced) == 0 {
		return nil
	}
	fork := an.ForkAt()
	if fork == 0 {
		return fmt.Errorf("the pending chain has no block before fork 0")
	}
	prev, ok, err := pendingAt(fork - 1)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("the pending chain has no block %d before fork %d", fork-1, fork)
	}
	l1Prev, err := l1Hash(ctx, fork-1)
	if err != nil {
		return fmt.Errorf("read L1's block %d: %w", fork-1, err)
	}
	if l1Prev != prev {
		return fmt.Errorf("L1's block %d is %s, the pending chain's %s: the chains part below fork %d", fork-1, l1Prev, prev, fork)
	}
	if fork == an.Number {
		return nil
	}
	// The first block at or above the fork the pending chain has a hash for: where an earlier
	// re-anchoring replaced blocks (its fork up to below its anchor) it has none, and a seal
	// naming a fork in that gap would otherwise orphan whatever follows, blocks L1 holds
	// included (review r19 F1). The chain keeps hashes up to its tip, or its anchor above it.
	top := min(an.Number, max(m.TipNumber, m.AnchorNumber))
	for n := fork; n <= top; n++ {
		at, ok, err := pendingAt(n)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		l1At, err := l1Hash(ctx, n)
		if err != nil {
			return fmt.Errorf("read L1's block %d: %w", n, err)
		}
		if l1At == at && n == fork {
			return fmt.Errorf("L1 holds the pending chain's block %d %s: the chains part above fork %d", n, at, fork)
		}
		if l1At == at {
			return fmt.Errorf("L1 holds the pending chain's block %d %s, above fork %d (the first block the chain has a hash for): the chains part above it", n, at, fork)
		}
		return nil
	}
	return nil
}

// matchL1 confirms a committee record (one that executed) against this node's L1 view.
func (a *App) matchL1(ctx context.Context, tx []byte) error {
	var c Committee
	if err := decodeJSON(tx, &c); err != nil {
		return err
	}
	if a.cfg.L1 == nil {
		return fmt.Errorf("%w: no L1 to check epoch %d against", ErrBadCommittee, c.Epoch)
	}
	cctx, cancel := context.WithTimeout(ctx, l1ReadTimeout)
	defer cancel()
	want, err := a.cfg.L1.Committee(cctx, c.Epoch)
	if err != nil {
		return fmt.Errorf("%w: read epoch %d from L1: %v", ErrBadCommittee, c.Epoch, err)
	}
	if want.Seed != c.Seed || len(want.Members) != len(c.Members) {
		return fmt.Errorf("%w: epoch %d differs from L1", ErrBadCommittee, c.Epoch)
	}
	for i := range want.Members {
		if want.Members[i] != c.Members[i] {
			return fmt.Errorf("%w: epoch %d member %d differs from L1", ErrBadCommittee, c.Epoch, i)
		}
	}
	return nil
}
