package chaos

import (
	"fmt"
	"maps"
	"math"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sptn/sptn/agents/chainapi"
	"github.com/sptn/sptn/agents/devnet/observe"
)

// The invariants. Each is a pure type that the readers (check.go) feed with what they read; a
// method returns what it found wrong, one sentence per violation, and nothing when all holds.
const (
	// InvAgreement: no two nodes commit different blocks at one height (CometBFT's block, and the
	// pending block sealed at that height).
	InvAgreement = "agreement"
	// InvL1Chains: L1's assured and proven chains only extend, or shrink by a prune (ChainPruned)
	// or an L1 reorg the nemesis reported.
	InvL1Chains = "l1-chains"
	// InvProvenPrefix: the proven chain is a prefix of the assured chain.
	InvProvenPrefix = "proven-prefix"
	// InvFinalized: the finalized chain never goes back and its blocks never change.
	InvFinalized = "finalized"
	// InvSigning: no key signs two headers for one slot (attestations on L1 and in pending
	// blocks), and no block holds CometBFT double-sign evidence.
	InvSigning = "no-double-sign"
	// InvSlashing: no member's stake shrinks and none leaves the active set.
	InvSlashing = "no-slash"
	// InvTxs: every transaction the API accepted ends included, dropped with a reason, or queued;
	// none is included twice.
	InvTxs = "txs"
	// InvAccounts: no agent's L1 account has a nonce gap, or a transaction waiting in L1's pool,
	// for longer than the limits.
	InvAccounts = "l1-accounts"
	// InvLiveness: while at least a quorum of the committee has been up and connected for two
	// slots, the pending chain moves at least every 30 s.
	InvLiveness = "liveness"
	// InvRecovery: every faulted agent is back (ready; a node caught up) within the bound after
	// its fault ended.
	InvRecovery = "recovery"
)

// Invariants lists every invariant in report order.
var Invariants = []string{InvAgreement, InvL1Chains, InvProvenPrefix, InvFinalized, InvSigning, InvSlashing,
	InvTxs, InvAccounts, InvLiveness, InvRecovery}

// ---- agreement ------------------------------------------------------------------------------

// seen is what one node reported first for a key.
type seen struct {
	hash string
	node string
}

// agreement remembers, per CometBFT height, the block the first node reported, and per height and
// number the pending block sealed there.
type agreement struct {
	comet   map[int64]seen
	pending map[[2]uint64]seen
}

// cometBlock records node's CometBFT block hash at height.
func (a *agreement) cometBlock(node string, height int64, hash string) string {
	if a.comet == nil {
		a.comet = map[int64]seen{}
	}
	f, ok := a.comet[height]
	if !ok {
		a.comet[height] = seen{hash, node}
		return ""
	}
	if f.hash != hash {
		return fmt.Sprintf("CometBFT height %d: %s committed block %s, %s committed block %s", height, f.node, f.hash, node, hash)
	}
	return ""
}

// pendingBlock records a pending block a node holds.
func (a *agreement) pendingBlock(node string, b *chainapi.Block) string {
	if a.pending == nil {
		a.pending = map[[2]uint64]seen{}
	}
	k := [2]uint64{uint64(b.Height), b.Header.Number}
	f, ok := a.pending[k]
	if !ok {
		a.pending[k] = seen{b.Hash.Hex(), node}
		return ""
	}
	if f.hash != b.Hash.Hex() {
		return fmt.Sprintf("pending block %d sealed at height %d: %s holds %s, %s holds %s", b.Header.Number, b.Height, f.node, f.hash, node, b.Hash)
	}
	return ""
}

// ---- L1's chains ----------------------------------------------------------------------------

// tip is a chain's tip by number and hash.
type tip struct {
	Number uint64
	Hash   common.Hash
}

func (t tip) String() string { return fmt.Sprintf("%d (%s)", t.Number, t.Hash) }

// l1View is L1's chains as one L1 block holds them, with the hashes L1 holds now at the numbers
// the previous view's tips had, and what may excuse a tip going back.
type l1View struct {
	L1Block uint64
	Assured tip
	Proven  tip
	// ProvenOnAssured is getBlockHash(Proven.Number) in the same state: nil when L1 keeps it no
	// more (beyond the rollup's ring).
	ProvenOnAssured *common.Hash
	// PrevAssuredNow and PrevProvenNow are what L1 holds now at the numbers of the previous view's
	// tips: nil when it holds nothing there (the chain is shorter now).
	PrevAssuredNow, PrevProvenNow *common.Hash
	// Finalized is the proven tip in the state of L1's finalized block, and PrevFinalizedNow what
	// that state holds at the previous finalized tip's number.
	Finalized        tip
	PrevFinalizedNow *common.Hash
	// Excuses are the L1 reorgs the nemesis made and the ChainPruned events since the previous view.
	Excuses []string
}

// l1Chains follows L1's tips view by view.
type l1Chains struct {
	last     *l1View
	final    tip
	finalBy  map[uint64]common.Hash
	hasFinal bool
}

// prev is the previous view (nil before the first).
func (c *l1Chains) prev() *l1View { return c.last }

// observe checks v against the previous view and returns the violations of each invariant.
func (c *l1Chains) observe(v l1View) (chains, prefix, final []string) {
	// proven-prefix, within the view.
	switch {
	case v.Proven.Number > v.Assured.Number:
		prefix = append(prefix, fmt.Sprintf("L1 block %d: proven tip %s is above the assured tip %s", v.L1Block, v.Proven, v.Assured))
	case v.Proven.Number == v.Assured.Number && v.Proven.Hash != v.Assured.Hash:
		prefix = append(prefix, fmt.Sprintf("L1 block %d: proven tip %s and assured tip %s are different blocks of one number", v.L1Block, v.Proven, v.Assured))
	case v.Proven.Number < v.Assured.Number && v.ProvenOnAssured != nil && *v.ProvenOnAssured != v.Proven.Hash:
		prefix = append(prefix, fmt.Sprintf("L1 block %d: proven tip %s is not on the assured chain, which holds %s at that number",
			v.L1Block, v.Proven, *v.ProvenOnAssured))
	}
	// l1-chains, against the previous view.
	if p := c.last; p != nil {
		excused := len(v.Excuses) > 0
		gone := func(name string, was tip, now tip, heldNow *common.Hash) {
			switch {
			case now.Number < was.Number:
				if !excused {
					chains = append(chains, fmt.Sprintf("L1's %s tip went back from %s to %s (L1 block %d to %d) with no reorg or prune seen",
						name, was, now, p.L1Block, v.L1Block))
				}
			case was.Number > 0 && (heldNow == nil || *heldNow != was.Hash):
				if !excused {
					held := "nothing"
					if heldNow != nil {
						held = heldNow.Hex()
					}
					chains = append(chains, fmt.Sprintf("L1's %s block %d changed from %s to %s (L1 block %d to %d) with no reorg or prune seen",
						name, was.Number, was.Hash, held, p.L1Block, v.L1Block))
				}
			}
		}
		gone("assured", p.Assured, v.Assured, v.PrevAssuredNow)
		gone("proven", p.Proven, v.Proven, v.PrevProvenNow)
	}
	// finalized: never back, never another block at a number once finalized.
	if c.finalBy == nil {
		c.finalBy = map[uint64]common.Hash{}
	}
	if c.hasFinal {
		switch {
		case v.Finalized.Number < c.final.Number:
			final = append(final, fmt.Sprintf("the finalized tip went back from %s to %s (L1 block %d)", c.final, v.Finalized, v.L1Block))
		case c.final.Number > 0 && v.PrevFinalizedNow != nil && *v.PrevFinalizedNow != c.final.Hash:
			final = append(final, fmt.Sprintf("finalized block %d changed from %s to %s (L1 block %d)", c.final.Number, c.final.Hash, *v.PrevFinalizedNow, v.L1Block))
		}
	}
	if h, ok := c.finalBy[v.Finalized.Number]; ok && h != v.Finalized.Hash {
		final = append(final, fmt.Sprintf("finalized block %d was %s and is now %s (L1 block %d)", v.Finalized.Number, h, v.Finalized.Hash, v.L1Block))
	} else if !ok {
		c.finalBy[v.Finalized.Number] = v.Finalized.Hash
	}
	if !c.hasFinal || v.Finalized.Number >= c.final.Number {
		c.final, c.hasFinal = v.Finalized, true
	}
	vv := v
	c.last = &vv
	return chains, prefix, final
}

// ---- signing --------------------------------------------------------------------------------

// signing indexes every header each attester signed per slot, wherever it was seen, and the
// double-sign evidence already reported.
type signing struct {
	slots    observe.SlotIndex
	reported map[string]bool
	// byz are, per attester that ran the byzantine build (KindByzantine), the slots its
	// byzantine process may have signed for: an equivocation at one of them is no violation (kept
	// in excused, for the log). At any other slot the member runs the honest build and its
	// equivocation is one, as anyone's: marking a member byzantine for the rest of the run would
	// leave no honest member to check once the nemesis has run each node from that build.
	byz     map[common.Address][]slotWindow
	excused []string
}

// slotWindow is a span of slots, both ends included (to is math.MaxUint64 while it is open).
type slotWindow struct{ from, to uint64 }

// byzSlotMargin is how far past the slot its byzantine process stopped in a member's
// equivocations are still excused: the junk mode signs a seal for a slot ahead of the current one
// (past its own proposer slots), which the honest build, started again, may sign too.
const byzSlotMargin = 4

// byzantine opens a window for attester from the slot before slot on (the double-seal mode
// signs on top of the block committed in the previous slot): its byzantine process starts.
func (s *signing) byzantine(attester common.Address, slot uint64) {
	if s.byz == nil {
		s.byz = map[common.Address][]slotWindow{}
	}
	s.byz[attester] = append(s.byz[attester], slotWindow{from: max(slot, 1) - 1, to: math.MaxUint64})
}

// honestAgain closes attester's open window byzSlotMargin slots past slot: its byzantine process
// stopped in slot.
func (s *signing) honestAgain(attester common.Address, slot uint64) {
	ws := s.byz[attester]
	if n := len(ws); n > 0 && ws[n-1].to == math.MaxUint64 {
		ws[n-1].to = max(slot+byzSlotMargin, ws[n-1].from)
	}
}

// byzantineAt says attester's byzantine process may have signed for slot.
func (s *signing) byzantineAt(attester common.Address, slot uint64) bool {
	for _, w := range s.byz[attester] {
		if slot >= w.from && slot <= w.to {
			return true
		}
	}
	return false
}

// signed records one signature and returns the equivocation it completes, unless its attester's
// byzantine process may have signed for its slot.
func (s *signing) signed(x observe.Signed) string {
	msg, _ := s.slots.Add(x)
	if msg != "" && s.byzantineAt(x.Attester, x.Slot) {
		s.excused = append(s.excused, msg)
		return ""
	}
	return msg
}

// evidence returns each line of double-sign evidence not reported before.
func (s *signing) evidence(lines []string) []string {
	if s.reported == nil {
		s.reported = map[string]bool{}
	}
	var out []string
	for _, l := range lines {
		if !s.reported[l] {
			s.reported[l] = true
			out = append(out, l)
		}
	}
	return out
}

// ---- slashing -------------------------------------------------------------------------------

// slashing remembers every member's stake.
type slashing struct {
	stake map[common.Address]*big.Int
	out   map[common.Address]bool
	// byz are the attesters whose byzantine process did something slashable (an equivocation
	// or double-sign evidence that no-double-sign excused): their slashes are kept in excused.
	// Running the byzantine build is not enough: none of its modes is slashable but by
	// equivocating, and a member run from it once is checked as any other when it is not.
	byz     map[common.Address]bool
	excused []string
}

// guilty marks attester's slashes as earned by its byzantine process from now on.
func (s *slashing) guilty(attester common.Address) {
	if s.byz == nil {
		s.byz = map[common.Address]bool{}
	}
	s.byz[attester] = true
}

// observe records a member's stake and active state: less stake than before, or leaving the
// active set, is a slash (nobody exits during a chaos run), and a violation unless the member ran
// the byzantine build.
func (s *slashing) observe(who string, attester common.Address, amount *big.Int, active bool) string {
	msg := s.change(who, attester, amount, active)
	if msg != "" && s.byz[attester] {
		s.excused = append(s.excused, msg)
		return ""
	}
	return msg
}

// change is observe's finding, whoever the member.
func (s *slashing) change(who string, attester common.Address, amount *big.Int, active bool) string {
	if s.stake == nil {
		s.stake, s.out = map[common.Address]*big.Int{}, map[common.Address]bool{}
	}
	var msg []string
	if was, ok := s.stake[attester]; ok && amount.Cmp(was) < 0 {
		msg = append(msg, fmt.Sprintf("%s's stake (attester %s) fell from %s to %s", who, attester, was, amount))
	}
	if !active && !s.out[attester] {
		s.out[attester] = true
		msg = append(msg, fmt.Sprintf("%s (attester %s) left the active set", who, attester))
	}
	s.stake[attester] = amount
	return strings.Join(msg, "; ")
}

// ---- transactions ---------------------------------------------------------------------------

// accepted is a transaction a node's API accepted.
type accepted struct {
	API string
	At  time.Duration
}

// txBook accounts for every accepted transaction.
type txBook struct {
	accepted map[common.Hash]accepted
	order    []common.Hash
	status   map[common.Hash]string
	lost     map[common.Hash]bool
}

func (b *txBook) accept(h common.Hash, a accepted) {
	if b.accepted == nil {
		b.accepted, b.status, b.lost = map[common.Hash]accepted{}, map[common.Hash]string{}, map[common.Hash]bool{}
	}
	if _, ok := b.accepted[h]; !ok {
		b.order = append(b.order, h)
	}
	b.accepted[h] = a
}

// CauseKilledAfterAccept is the cause of a lost transaction whose node was killed or stopped
// within killWindow after its API accepted it, before the transaction reached another node or a
// block. CometBFT's mempool lives in memory, so only the node's accepted journal (agents/node,
// kept in its store before the 202) brings such a transaction back: a loss with this cause is a
// violation like any other, and points there.
const CauseKilledAfterAccept = "killed-after-accept"

// killWindow is how soon after accepting a transaction its node must go down for a loss to be
// put down to CauseKilledAfterAccept (CometBFT gossips a new transaction within milliseconds).
const killWindow = time.Second

// downAt is an agent going down (kill or stop) at a time of the run.
type downAt struct {
	Agent, Kind string
	At          time.Duration
}

// lostCause explains a lost transaction accepted by node at acc.At: its node went down within
// killWindow after; "" when nothing explains it.
func lostCause(node string, acc accepted, downs []downAt) string {
	for _, d := range downs {
		// The run's fault times are to a tenth of a second.
		if d.Agent == node && d.At+100*time.Millisecond >= acc.At && d.At-acc.At <= killWindow {
			return CauseKilledAfterAccept
		}
	}
	return ""
}

// tx records what the nodes know of an accepted transaction: st, or nil when every node asked
// answered 404. A transaction no node knows is lost; one dropped without a reason, or in a state
// the API does not define, is not accounted for. The second answer is the cause of a loss, if the
// faults explain it (lostCause, with the node that accepted it and the agents that went down).
func (b *txBook) tx(h common.Hash, st *chainapi.Tx, node string, downs []downAt) (string, string) {
	a := b.accepted[h]
	if st == nil {
		b.status[h] = "lost"
		if b.lost[h] {
			return "", ""
		}
		b.lost[h] = true
		msg := fmt.Sprintf("tx %s, accepted by %s (%s) at +%.1fs, is known to no node (lost)", h, node, a.API, a.At.Seconds())
		cause := lostCause(node, a, downs)
		if cause == CauseKilledAfterAccept {
			msg += fmt.Sprintf(": %s went down within %s after accepting it, before the transaction left its in-memory mempool, and its restart did not submit it again", node, killWindow)
		}
		return msg, cause
	}
	b.status[h] = st.Status
	if b.lost[h] {
		delete(b.lost, h) // it was only late
	}
	switch st.Status {
	case chainapi.StatusQueued, chainapi.StatusPending, chainapi.StatusAssured, chainapi.StatusProven, chainapi.StatusFinalized:
		return "", ""
	case chainapi.StatusDropped:
		if strings.TrimSpace(st.Reason) == "" {
			return fmt.Sprintf("tx %s, accepted by %s at +%.1fs, was dropped without a reason", h, node, a.At.Seconds()), ""
		}
		return "", ""
	}
	return fmt.Sprintf("tx %s, accepted by %s at +%.1fs, has status %q, which the API does not define", h, node, a.At.Seconds(), st.Status), ""
}

// twice returns every accepted transaction that the canonical pending chain (blocks by number)
// includes more than once.
func (b *txBook) twice(blocks map[uint64][]common.Hash) []string {
	first := map[common.Hash]uint64{}
	var out []string
	for _, n := range slices.Sorted(maps.Keys(blocks)) {
		for _, h := range blocks[n] {
			if f, ok := first[h]; ok {
				out = append(out, fmt.Sprintf("tx %s is included twice on the pending chain: in blocks %d and %d", h, f, n))
				continue
			}
			first[h] = n
		}
	}
	return out
}

// ---- L1 accounts ----------------------------------------------------------------------------

// accounts follows each agent account's nonces on L1 and in L1's pool.
type accounts struct {
	gapLimit, stuckLimit time.Duration
	gapSince             map[common.Address]time.Time
	head                 map[common.Address]waiting
	reported             map[string]bool
}

type waiting struct {
	nonce uint64
	since time.Time
}

// observe takes an account's mined nonce (its next one) and the nonces it has in L1's pool. A
// gap (a pooled nonce above a missing one) that lasts gapLimit, or the next nonce waiting in the
// pool for stuckLimit, is a violation, reported once each.
func (a *accounts) observe(now time.Time, who string, addr common.Address, mined uint64, pool []uint64) []string {
	if a.gapSince == nil {
		a.gapSince, a.head, a.reported = map[common.Address]time.Time{}, map[common.Address]waiting{}, map[string]bool{}
	}
	var out []string
	have := map[uint64]bool{}
	var top uint64
	for _, n := range pool {
		have[n] = true
		top = max(top, n)
	}
	gap := uint64(0)
	missing := false
	for n := mined; len(pool) > 0 && n <= top; n++ {
		if !have[n] {
			gap, missing = n, true
			break
		}
	}
	if missing {
		since, ok := a.gapSince[addr]
		if !ok {
			a.gapSince[addr] = now
		} else if key := fmt.Sprintf("gap %s %d", addr, gap); now.Sub(since) > a.gapLimit && !a.reported[key] {
			a.reported[key] = true
			out = append(out, fmt.Sprintf("%s's L1 account %s has had a nonce gap for %.0fs: nonce %d is missing below pooled nonce %d (mined up to %d)",
				who, addr, now.Sub(since).Seconds(), gap, top, mined))
		}
	} else {
		delete(a.gapSince, addr)
	}
	if have[mined] {
		w, ok := a.head[addr]
		if !ok || w.nonce != mined {
			a.head[addr] = waiting{mined, now}
		} else if key := fmt.Sprintf("stuck %s %d", addr, mined); now.Sub(w.since) > a.stuckLimit && !a.reported[key] {
			a.reported[key] = true
			out = append(out, fmt.Sprintf("%s's L1 transaction at nonce %d (account %s) has waited in L1's pool for %.0fs",
				who, mined, addr, now.Sub(w.since).Seconds()))
		}
	} else {
		delete(a.head, addr)
	}
	return out
}

// ---- liveness -------------------------------------------------------------------------------

// liveness watches the pending tip while enough of the committee is up and connected.
type liveness struct {
	need          int           // nodes that must be healthy: the committee's quorum
	settle, limit time.Duration // two slots; 30 s
	healthySince  time.Time
	lastMove      time.Time
	last          common.Hash
	lastNumber    uint64
	reported      bool
}

// observe takes the time, how many nodes are up and connected (running, not cut off, not
// catching up) and the pending tip. While at least `need` have been healthy for `settle`, the
// tip must change within `limit`: a stall is reported once, when it passes the limit.
func (l *liveness) observe(now time.Time, healthy int, pending tip) string {
	if pending.Hash != l.last {
		l.last, l.lastNumber, l.lastMove, l.reported = pending.Hash, pending.Number, now, false
	}
	if healthy < l.need {
		l.healthySince = time.Time{}
		return ""
	}
	if l.healthySince.IsZero() {
		l.healthySince = now
	}
	from := l.lastMove
	if s := l.healthySince.Add(l.settle); s.After(from) {
		from = s
	}
	if now.Sub(from) > l.limit && !l.reported {
		l.reported = true
		return fmt.Sprintf("the pending chain stood at block %d for %.0fs while %d nodes (a quorum is %d) were up and connected",
			l.lastNumber, now.Sub(l.lastMove).Seconds(), healthy, l.need)
	}
	return ""
}

// ---- recovery -------------------------------------------------------------------------------

// recoveryLate is the violation of a fault whose agents were not back within bound after it
// ended ("" while there is time left, or once they are back).
func recoveryLate(f Fault, back bool, sinceEnd, bound time.Duration) string {
	if back || sinceEnd <= bound {
		return ""
	}
	return fmt.Sprintf("fault #%d (%s): not recovered %.0fs after it ended (bound %.0fs)", f.ID, f, sinceEnd.Seconds(), bound.Seconds())
}
