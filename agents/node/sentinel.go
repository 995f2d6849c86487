package node

import (
	"bytes"
	"context"
	"errors"
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/sptn/sptn/agents/chainapi"
	"github.com/sptn/sptn/agents/node/app"
)

// This file is the sentinel: every committee member's record, read from the pending chain as it
// commits. For each slot it decides, the slot's proposer proposed (a block of that slot was
// sealed) or missed (the chain went on to a later slot without one), and each member of the
// slot's committee attested (its signature is in the block's attestation record, or its valid
// attestation reached this node in the vote extensions of the commit that sealed the block: the
// record is the quorum the next height's CometBFT proposer chose, and a byzantine one may leave
// out whom it likes) or missed (neither). A slot is decided once a block of it or of a later
// slot is sealed and that block's attestations are settled: they reach the pending chain with
// the next height, so a block is settled once a later height committed. A block whose next
// height carried no attestation record (the publisher then takes them from CometBFT's commit)
// judges no attester. Slots after the tip, while the chain does not move, are not decided: the
// pending-chain alerts cover a stalled chain.
//
// Each attestation duty carries both results: Result (the record or this node's vote extensions:
// what the metrics and alerts count, fair to a member a byzantine proposer left out) and OnChain
// (the record alone: the same on every honest node, what an inactivity proposal's record holds;
// a watcher counts a slot missed only when both say so).
//
// The record is this node's view, kept in memory and rebuilt at start from the last
// sentinelBackfill blocks. A block the chain orphans after it was decided (a seal that re-anchored
// on L1 replaced it) is taken back from the record, with the slots before it that it decided
// missed, and the blocks that replaced it decide them again: the record is the canonical chain's
// (the metrics, counters, keep them). An orphaning deeper than the last sentinelBackfill
// decisions starts the record again from the chain's last blocks, as a restart does. The slots up
// to a re-anchoring block's anchor are L1's blocks, not judged. A slot may hold several blocks;
// each is decided, with its own attestations.

// Bounds of the sentinel: members tracked (past it the one idle longest is forgotten), duties
// kept per member, blocks walked back from the tip per commit (and at start).
const (
	sentinelMaxMembers = 2 * app.MaxCommitteeSize
	sentinelRecent     = 64
	sentinelBackfill   = 64
)

// chainReader is what the sentinel reads of the pending chain; *app.App is one.
type chainReader interface {
	Meta() app.Meta
	BlockByNumber(n uint64) (*app.Block, error)
	Committee(epoch uint64) (*app.Committee, error)
}

// memberRecord is one member's record.
type memberRecord struct {
	sum    chainapi.ValidatorSummary
	recent []chainapi.Duty // oldest first, at most sentinelRecent
	// inARow counts the attestations missed since the last one made.
	inARow int
}

// decision is what deciding one block recorded: the missed proposals of the slots before it, its
// proposal and its attestations; before and beforeNum are the slot and the block number decided
// last before it.
type decision struct {
	hash              common.Hash
	number            uint64
	before, beforeNum uint64
	duties            []memberDuty
}

type memberDuty struct {
	member common.Address
	duty   chainapi.Duty
}

// sentinel keeps every committee member's record (GET /v1/validators, the sptn_validator_*
// metrics).
type sentinel struct {
	chain    chainReader
	epochDur uint64
	// countFrom is the committed height when this process started: blocks of lower heights were
	// settled, and counted in the metrics, before it; rebuilt into the record, they are not
	// counted again (Prometheus adds a restarted counter's value to what it had).
	countFrom int64

	// seen are the valid attestations of a block in the vote extensions this node received with
	// the commit of the height that sealed it (nil: none known). The record's attestations are
	// the quorum the next height's CometBFT proposer chose, and a byzantine one leaves out whom it
	// likes; what reached this node attested too.
	seen func(b *app.Block) []app.Attestation

	mu         sync.Mutex
	started    bool
	firstSlot  uint64
	decided    uint64 // the last slot decided
	decidedNum uint64 // the number of the last block decided
	// history is what the last sentinelBackfill blocks decided, oldest first: retract takes
	// back those the chain orphans.
	history    []decision
	epoch      uint64 // the epoch of the last block decided
	members    map[common.Address]*memberRecord
	committees map[uint64]*app.Committee

	wake         chan struct{}
	proposals    *prometheus.CounterVec
	attestations *prometheus.CounterVec
	inARow       *prometheus.GaugeVec
	lastSlot     prometheus.Gauge
}

func newSentinel(chain chainReader, epochDur uint64, reg prometheus.Registerer) *sentinel {
	s := &sentinel{
		chain: chain, epochDur: max(epochDur, 1), countFrom: chain.Meta().Height, members: map[common.Address]*memberRecord{},
		committees: map[uint64]*app.Committee{}, wake: make(chan struct{}, 1),
		proposals: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "sptn", Name: "validator_proposals_total",
			Help: "slots each committee member was to propose, by result (proposed, missed), as this node's pending chain recorded them"},
			[]string{"validator", "result"}),
		attestations: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "sptn", Name: "validator_attestations_total",
			Help: "blocks each committee member was to attest, by result (attested, missed), from the pending chain's attestation records"},
			[]string{"validator", "result"}),
		inARow: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: "sptn", Name: "validator_attestations_missed_in_a_row",
			Help: "attestations each committee member missed since its last one on the pending chain"}, []string{"validator"}),
		lastSlot: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "sptn", Name: "validator_record_slot",
			Help: "the last slot the validators' record decided"}),
	}
	if reg != nil {
		reg.MustRegister(s.proposals, s.attestations, s.inARow, s.lastSlot)
	}
	return s
}

// notify wakes the sentinel after a commit; it never blocks the commit.
func (s *sentinel) notify() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// run decides slots after every commit until ctx ends.
func (s *sentinel) run(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-s.wake:
			s.observe(s.chain.Meta())
		}
	}
}

// observe decides the slots that the committed state m settles. First it takes back what it
// decided from blocks the chain has since orphaned (a seal re-anchored on L1 and replaced them),
// so that the record is the canonical chain's.
func (s *sentinel) observe(m app.Meta) {
	if !m.Started {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.retract()
	// The canonical blocks after the last one decided, newest first, within the walk's bound.
	var blocks []*app.Block
	for n := m.TipNumber; n > 0 && len(blocks) < sentinelBackfill; n-- {
		b, err := s.chain.BlockByNumber(n)
		if err != nil || b.Orphaned || (s.started && !s.after(b)) {
			break
		}
		blocks = append(blocks, b)
	}
	slices.Reverse(blocks)
	if s.started && len(blocks) == sentinelBackfill && len(blocks) > 0 && blocks[0].Header.Slot > 0 {
		// The walk stopped at its bound above the last decided block (the record fell far behind
		// the chain): the slots between are not judged, rather than judged missed.
		s.decided = max(s.decided, blocks[0].Header.Slot-1)
	}
	for _, b := range blocks {
		if b.Height >= m.Height {
			break // its attestations reach the chain with the next height
		}
		if !s.started {
			s.started, s.firstSlot, s.decided = true, b.Header.Slot, b.Header.Slot-1
		}
		s.decide(b)
	}
}

// after is whether b comes after the last block decided: a later slot, or a later block of the
// same slot (a slot may hold several blocks, each with its own attestations).
func (s *sentinel) after(b *app.Block) bool {
	return b.Header.Slot > s.decided || (b.Header.Slot == s.decided && b.Header.Number > s.decidedNum)
}

// retract takes back the decisions of the blocks the chain orphaned since, newest first: a
// decision is the canonical chain's while the block of its number is still the one decided (a
// seal orphans every block from some number up, so the first canonical one ends the search).
// Each member's counts and latest duties lose what the orphaned block recorded, including the
// slots before it that it decided missed: the block that replaced it decides them again. The
// metrics, which are counters, keep them.
func (s *sentinel) retract() {
	for len(s.history) > 0 {
		d := s.history[len(s.history)-1]
		b, err := s.chain.BlockByNumber(d.number)
		if err == nil && !b.Orphaned && b.Hash == d.hash {
			return
		}
		if err != nil && !errors.Is(err, app.ErrNotFound) {
			return // read again next time
		}
		s.history = s.history[:len(s.history)-1]
		for i := len(d.duties) - 1; i >= 0; i-- {
			s.unrecord(d.duties[i].member, d.duties[i].duty)
		}
		s.decided, s.decidedNum = d.before, d.beforeNum
		s.lastSlot.Set(float64(s.decided))
		if len(s.history) == 0 {
			// The chain orphaned every decision kept (a prune deeper than the history, review
			// r17l F4): what was decided before them may be orphaned too. The record starts
			// again, as a restarted node's does, from the last sentinelBackfill blocks; the
			// metrics do not count those blocks again.
			s.forgetAll()
		}
	}
}

// forgetAll drops the record (and the members' missed-in-a-row gauges) for the next observe to
// rebuild from the chain's last blocks; the counters stay, and count only the heights after now.
func (s *sentinel) forgetAll() {
	for a := range s.members {
		s.inARow.DeleteLabelValues(strings.ToLower(a.Hex()))
	}
	s.members = map[common.Address]*memberRecord{}
	s.started, s.firstSlot, s.decided, s.decidedNum, s.epoch = false, 0, 0, 0, 0
	s.countFrom = s.chain.Meta().Height
}

// decide records the slots from the last decided one up to b's: the proposers of the slots
// without a block missed; b's proposer proposed; b's committee attested or missed.
func (s *sentinel) decide(b *app.Block) {
	counted := b.Height >= s.countFrom
	d := decision{hash: b.Hash, number: b.Header.Number, before: s.decided, beforeNum: s.decidedNum}
	if a := b.Reanchored; a != nil && a.Slot > s.decided && a.Slot < b.Header.Slot {
		// b re-anchored the chain on L1's block a (based blocks, or the chain's own orphaned
		// block that L1 assured after all): the slots up to a's are L1's, whose proposers the
		// pending chain does not know. None is judged missed (review r17l F4b).
		s.decided = a.Slot
	}
	record := func(member common.Address, duty chainapi.Duty) {
		s.record(member, duty, counted)
		d.duties = append(d.duties, memberDuty{member, duty})
	}
	for slot := s.decided + 1; slot < b.Header.Slot; slot++ {
		if c := s.committee(slot); c != nil {
			if p, ok := c.Proposer(slot); ok {
				record(p, chainapi.Duty{Slot: slot, Duty: chainapi.DutyProposal, Result: chainapi.ResultMissed})
			}
		}
	}
	slot, n := b.Header.Slot, b.Header.Number
	if e := slot / s.epochDur; e != s.epoch {
		s.epoch = e
		s.leftCommittee(s.committee(slot))
	}
	record(b.Proposer, chainapi.Duty{Slot: slot, Duty: chainapi.DutyProposal, Result: chainapi.ResultProposed, Block: &n})
	if c := s.committee(slot); c != nil && len(b.Attestations) > 0 {
		onChain := make(map[int]bool, len(b.Attestations))
		for _, at := range b.Attestations {
			onChain[at.Index] = true
		}
		signed := maps.Clone(onChain)
		if s.seen != nil {
			for _, at := range s.seen(b) {
				signed[at.Index] = true
			}
		}
		for i, member := range c.Members {
			record(member, chainapi.Duty{Slot: slot, Duty: chainapi.DutyAttestation, Result: attested(signed[i]),
				OnChain: attested(onChain[i]), Block: &n})
		}
	}
	s.decided, s.decidedNum = slot, n
	s.lastSlot.Set(float64(slot))
	if len(s.history) >= sentinelBackfill {
		s.history = slices.Delete(s.history, 0, len(s.history)-sentinelBackfill+1)
	}
	s.history = append(s.history, d)
}

func attested(yes bool) string {
	if yes {
		return chainapi.ResultAttested
	}
	return chainapi.ResultMissed
}

// committee is the committee of slot's epoch, nil when the chain has none recorded.
func (s *sentinel) committee(slot uint64) *app.Committee {
	e := slot / s.epochDur
	if c, ok := s.committees[e]; ok {
		return c
	}
	c, err := s.chain.Committee(e)
	if err != nil {
		if !errors.Is(err, app.ErrNotFound) {
			return nil // read again next time
		}
		c = nil
	}
	if len(s.committees) >= 8 {
		clear(s.committees)
	}
	s.committees[e] = c
	return c
}

// record adds one duty to member's record, and counts it in the metrics if counted.
func (s *sentinel) record(member common.Address, d chainapi.Duty, counted bool) {
	r, ok := s.members[member]
	if !ok {
		if len(s.members) >= sentinelMaxMembers {
			s.forgetIdlest()
		}
		r = &memberRecord{sum: chainapi.ValidatorSummary{Address: member, FirstSlot: d.Slot}}
		s.members[member] = r
		// Every series of the member exists from its first duty (at 0), so that a rate or an
		// increase counts the first miss too.
		label := strings.ToLower(member.Hex())
		s.proposals.WithLabelValues(label, chainapi.ResultProposed)
		s.proposals.WithLabelValues(label, chainapi.ResultMissed)
		s.attestations.WithLabelValues(label, chainapi.ResultAttested)
		s.attestations.WithLabelValues(label, chainapi.ResultMissed)
		s.inARow.WithLabelValues(label)
	}
	r.sum.LastSlot = max(r.sum.LastSlot, d.Slot)
	label := strings.ToLower(member.Hex())
	switch d.Duty {
	case chainapi.DutyProposal:
		if d.Result == chainapi.ResultProposed {
			r.sum.Proposed++
		} else {
			r.sum.MissedProposals++
		}
		if counted {
			s.proposals.WithLabelValues(label, d.Result).Inc()
		}
	case chainapi.DutyAttestation:
		if d.Result == chainapi.ResultAttested {
			r.sum.Attested++
			r.inARow = 0
		} else {
			r.sum.MissedAttestations++
			r.inARow++
		}
		if counted {
			s.attestations.WithLabelValues(label, d.Result).Inc()
		}
		s.inARow.WithLabelValues(label).Set(float64(r.inARow))
	}
	if len(r.recent) >= sentinelRecent {
		r.recent = slices.Delete(r.recent, 0, len(r.recent)-sentinelRecent+1)
	}
	r.recent = append(r.recent, d)
}

// unrecord takes one duty recorded by record off member's record (not off the metrics: counters
// only go up). A member left with no duty is forgotten.
func (s *sentinel) unrecord(member common.Address, d chainapi.Duty) {
	r, ok := s.members[member]
	if !ok {
		return // forgotten since (forgetIdlest)
	}
	n := &r.sum.MissedAttestations
	switch {
	case d.Duty == chainapi.DutyProposal && d.Result == chainapi.ResultProposed:
		n = &r.sum.Proposed
	case d.Duty == chainapi.DutyProposal:
		n = &r.sum.MissedProposals
	case d.Result == chainapi.ResultAttested:
		n = &r.sum.Attested
	}
	if *n > 0 { // a member forgotten and recorded again since has fewer
		*n--
	}
	for i := len(r.recent) - 1; i >= 0; i-- {
		if sameDuty(r.recent[i], d) {
			r.recent = slices.Delete(r.recent, i, i+1)
			break
		}
	}
	label := strings.ToLower(member.Hex())
	if r.sum.Proposed+r.sum.MissedProposals+r.sum.Attested+r.sum.MissedAttestations == 0 {
		delete(s.members, member)
		s.inARow.DeleteLabelValues(label)
		return
	}
	if len(r.recent) > 0 {
		r.sum.LastSlot = r.recent[len(r.recent)-1].Slot
	}
	if d.Duty == chainapi.DutyAttestation {
		// Missed in a row again from the duties kept (review r17l F3): the orphaned block's
		// attestation may have ended a run of misses, or added to one.
		r.inARow = 0
		for i := len(r.recent) - 1; i >= 0; i-- {
			if x := r.recent[i]; x.Duty == chainapi.DutyAttestation {
				if x.Result != chainapi.ResultMissed {
					break
				}
				r.inARow++
			}
		}
		s.inARow.WithLabelValues(label).Set(float64(r.inARow))
	}
}

func sameDuty(a, b chainapi.Duty) bool {
	return a.Slot == b.Slot && a.Duty == b.Duty && a.Result == b.Result && (a.Block == nil) == (b.Block == nil) &&
		(a.Block == nil || *a.Block == *b.Block)
}

// leftCommittee clears the missed-in-a-row count of the members not in c, the new epoch's
// committee: they have no attestation to miss, and a count left standing would keep an alert on a
// member that left.
func (s *sentinel) leftCommittee(c *app.Committee) {
	if c == nil {
		return
	}
	for a, r := range s.members {
		if c.IndexOf(a) < 0 && r.inARow > 0 {
			r.inARow = 0
			s.inARow.WithLabelValues(strings.ToLower(a.Hex())).Set(0)
		}
	}
}

// forgetIdlest drops the record (and the metrics) of the member whose last duty is oldest.
func (s *sentinel) forgetIdlest() {
	var idlest *memberRecord
	for _, r := range s.members {
		if idlest == nil || r.sum.LastSlot < idlest.sum.LastSlot {
			idlest = r
		}
	}
	if idlest == nil {
		return
	}
	delete(s.members, idlest.sum.Address)
	label := strings.ToLower(idlest.sum.Address.Hex())
	s.proposals.DeletePartialMatch(prometheus.Labels{"validator": label})
	s.attestations.DeletePartialMatch(prometheus.Labels{"validator": label})
	s.inARow.DeleteLabelValues(label)
}

// validators is every member's summary, by address.
func (s *sentinel) validators() chainapi.Validators {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := chainapi.Validators{Validators: make([]chainapi.ValidatorSummary, 0, len(s.members))}
	if s.started {
		out.FirstSlot, out.LastSlot = s.firstSlot, s.decided
	}
	for _, r := range s.members {
		out.Validators = append(out.Validators, r.sum)
	}
	slices.SortFunc(out.Validators, func(a, b chainapi.ValidatorSummary) int { return bytes.Compare(a.Address[:], b.Address[:]) })
	return out
}

// validator is one member's record with its latest duties, newest first.
func (s *sentinel) validator(member common.Address) (chainapi.Validator, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r, ok := s.members[member]
	if !ok {
		return chainapi.Validator{}, false
	}
	out := chainapi.Validator{ValidatorSummary: r.sum, Recent: slices.Clone(r.recent)}
	slices.Reverse(out.Recent)
	return out, true
}
