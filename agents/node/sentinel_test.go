package node

import (
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/chainapi"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/node/app"
)

// fakeChain is a pending chain as the sentinel reads it: canonical blocks by number, committees
// by epoch, and the committed height.
type fakeChain struct {
	height     int64
	tip        uint64
	blocks     map[uint64]*app.Block
	committees map[uint64]*app.Committee
}

func newFakeChain() *fakeChain {
	return &fakeChain{blocks: map[uint64]*app.Block{}, committees: map[uint64]*app.Committee{}}
}

func (c *fakeChain) Meta() app.Meta {
	return app.Meta{Started: c.tip > 0, Height: c.height, TipNumber: c.tip}
}

func (c *fakeChain) BlockByNumber(n uint64) (*app.Block, error) {
	if b, ok := c.blocks[n]; ok {
		return b, nil
	}
	return nil, fmt.Errorf("block %d: %w", n, app.ErrNotFound)
}

func (c *fakeChain) Committee(e uint64) (*app.Committee, error) {
	if m, ok := c.committees[e]; ok {
		return m, nil
	}
	return nil, fmt.Errorf("committee %d: %w", e, app.ErrNotFound)
}

// seal puts block n of slot at the next height, sealed by the slot's proposer, with the
// attestations of the members at indexes (none: no attestation record), and commits it.
func (c *fakeChain) seal(n, slot uint64, attesters ...int) *app.Block {
	c.height++
	com := c.committees[slot/testEpoch]
	p, _ := com.Proposer(slot)
	b := &app.Block{Header: protocol.Header{Number: n, Slot: slot}, Height: c.height, Proposer: p,
		Hash: common.Hash{byte(n >> 8), byte(n), byte(slot >> 8), byte(slot), byte(c.height)}}
	for _, i := range attesters {
		b.Attestations = append(b.Attestations, app.Attestation{Index: i})
	}
	c.blocks[n], c.tip = b, n
	return b
}

const testEpoch = 8

func members(n int, tag byte) []common.Address {
	out := make([]common.Address, n)
	for i := range out {
		out[i] = common.Address{tag, byte(i + 1)}
	}
	return out
}

func count(t *testing.T, s *sentinel, vec string, member common.Address, result string) float64 {
	t.Helper()
	v := s.attestations
	if vec == "proposals" {
		v = s.proposals
	}
	return testutil.ToFloat64(v.WithLabelValues(fmtLabel(member), result))
}

func fmtLabel(a common.Address) string { return fmt.Sprintf("%#x", a[:]) }

// TestSentinelRecordsEveryDuty: each member's proposals and attestations are recorded as the
// chain's blocks settle: a block is judged only once a later height committed (its attestation
// record reaches the chain then), a slot without a block is its proposer's miss once a later
// slot has one, a member whose signature is not in the record missed, and a block with no
// attestation record judges no attester. The API's answers and the metrics say the same.
func TestSentinelRecordsEveryDuty(t *testing.T) {
	c := newFakeChain()
	com := &app.Committee{Epoch: 1, Members: members(4, 0xa0)}
	c.committees[1] = com
	reg := prometheus.NewRegistry()
	s := newSentinel(c, testEpoch, reg)

	c.seal(1, 8, 0, 1, 2, 3)
	s.observe(c.Meta())
	require.Empty(t, s.validators().Validators, "block 1 is not settled: its attestations come with the next height")

	c.height++ // the height that carries block 1's attestations
	s.observe(c.Meta())
	v := s.validators()
	require.Equal(t, uint64(8), v.FirstSlot)
	require.Equal(t, uint64(8), v.LastSlot)
	require.Len(t, v.Validators, 4)

	c.seal(2, 9, 0, 1, 2) // member 3 missed
	c.seal(3, 11)         // slot 10 had no block; block 3 has no attestation record
	c.seal(4, 12, 1, 2, 3)
	c.height++
	s.observe(c.Meta())
	require.Equal(t, uint64(12), s.validators().LastSlot)

	p10, _ := com.Proposer(10)
	want := map[common.Address]chainapi.ValidatorSummary{}
	for _, m := range com.Members {
		want[m] = chainapi.ValidatorSummary{Address: m, FirstSlot: 8, LastSlot: 12}
	}
	add := func(a common.Address, f func(*chainapi.ValidatorSummary)) {
		w := want[a]
		f(&w)
		want[a] = w
	}
	for _, slot := range []uint64{8, 9, 11, 12} {
		p, _ := com.Proposer(slot)
		add(p, func(w *chainapi.ValidatorSummary) { w.Proposed++ })
	}
	add(p10, func(w *chainapi.ValidatorSummary) { w.MissedProposals++ })
	for i, m := range com.Members {
		add(m, func(w *chainapi.ValidatorSummary) {
			w.Attested = map[int]uint64{0: 2, 1: 3, 2: 3, 3: 2}[i]
			w.MissedAttestations = map[int]uint64{0: 1, 3: 1}[i]
		})
	}
	for _, got := range s.validators().Validators {
		require.Equal(t, want[got.Address], got, "member %s", got.Address)
		require.Equal(t, float64(got.Attested), count(t, s, "attestations", got.Address, chainapi.ResultAttested))
		require.Equal(t, float64(got.MissedAttestations), count(t, s, "attestations", got.Address, chainapi.ResultMissed))
		require.Equal(t, float64(got.Proposed), count(t, s, "proposals", got.Address, chainapi.ResultProposed))
		require.Equal(t, float64(got.MissedProposals), count(t, s, "proposals", got.Address, chainapi.ResultMissed))
	}
	require.Equal(t, 12.0, testutil.ToFloat64(s.lastSlot))
	for i, want := range []float64{1, 0, 0, 0} { // member 0 missed block 4; member 3 attested it after missing block 2
		require.Equal(t, want, testutil.ToFloat64(s.inARow.WithLabelValues(fmtLabel(com.Members[i]))), "member %d", i)
	}

	// Member 3's duties, newest first: slot 12 attested, slot 11 nothing to attest, slot 9
	// missed, slot 8 attested; its proposals where it was the proposer.
	d, ok := s.validator(com.Members[3])
	require.True(t, ok)
	var atts []string
	for _, x := range d.Recent {
		if x.Duty == chainapi.DutyAttestation {
			atts = append(atts, fmt.Sprintf("%d:%s:%d", x.Slot, x.Result, *x.Block))
		}
	}
	require.Equal(t, []string{"12:attested:4", "9:missed:2", "8:attested:1"}, atts)
	d, ok = s.validator(p10)
	require.True(t, ok)
	var missed []uint64
	for _, x := range d.Recent {
		if x.Duty == chainapi.DutyProposal && x.Result == chainapi.ResultMissed {
			require.Nil(t, x.Block, "a missed proposal has no block")
			missed = append(missed, x.Slot)
		}
	}
	require.Equal(t, []uint64{10}, missed)
	_, ok = s.validator(common.Address{0xff})
	require.False(t, ok)

	// Nothing is counted twice: observing the same state again changes nothing.
	before := s.validators()
	s.observe(c.Meta())
	require.Equal(t, before, s.validators())

	c.seal(5, 13, 1, 2)
	c.height++
	s.observe(c.Meta())
	require.Equal(t, 2.0, testutil.ToFloat64(s.inARow.WithLabelValues(fmtLabel(com.Members[0]))), "two in a row")
	require.Equal(t, 1.0, testutil.ToFloat64(s.inARow.WithLabelValues(fmtLabel(com.Members[3]))))

	// The next epoch's committee leaves member 0 out: its count no longer stands.
	c.committees[2] = &app.Committee{Epoch: 2, Members: com.Members[1:]}
	c.seal(6, 2*testEpoch, 0, 1, 2)
	c.height++
	s.observe(c.Meta())
	require.Zero(t, testutil.ToFloat64(s.inARow.WithLabelValues(fmtLabel(com.Members[0]))), "member 0 left the committee")
	require.Zero(t, testutil.ToFloat64(s.inARow.WithLabelValues(fmtLabel(com.Members[3]))), "member 3 attested block 6")
}

// TestSentinelAfterAReanchoring: blocks the chain orphans after they were decided keep their
// record; the blocks that replace them (later slots, the same numbers) are decided once each.
func TestSentinelAfterAReanchoring(t *testing.T) {
	c := newFakeChain()
	com := &app.Committee{Epoch: 1, Members: members(4, 0xb0)}
	c.committees[1] = com
	s := newSentinel(c, testEpoch, prometheus.NewRegistry())
	c.seal(1, 8, 0, 1, 2)
	c.seal(2, 9, 0, 1, 2)
	c.seal(3, 11, 0, 1)
	c.height++
	s.observe(c.Meta())
	require.Equal(t, uint64(11), s.validators().LastSlot)
	p9, _ := com.Proposer(9)
	// Blocks 2 and 3 are orphaned: a block 2 of slot 13 replaces them, then block 3 of slot 14.
	c.blocks[2].Orphaned, c.blocks[3].Orphaned = true, true
	c.seal(2, 13, 0, 1, 2, 3)
	c.seal(3, 14, 0, 1, 2, 3)
	c.height++
	s.observe(c.Meta())
	v := s.validators()
	require.Equal(t, uint64(14), v.LastSlot)
	var proposed, missed, attested, missedAtt uint64
	for _, m := range v.Validators {
		proposed += m.Proposed
		missed += m.MissedProposals
		attested += m.Attested
		missedAtt += m.MissedAttestations
	}
	// The record is the canonical chain's: blocks 1 (slot 8), 2 (13) and 3 (14).
	require.Equal(t, uint64(3), proposed, "slots 8, 13, 14")
	require.Equal(t, uint64(4), missed, "slots 9 to 12: the orphaned blocks' slots are missed")
	require.Equal(t, uint64(3+4+4), attested)
	require.Equal(t, uint64(1), missedAtt, "member 3 missed block 1")
	one, ok := s.validator(p9)
	require.True(t, ok)
	for _, d := range one.Recent {
		if d.Slot == 9 && d.Duty == chainapi.DutyProposal {
			require.Equal(t, chainapi.ResultMissed, d.Result, "slot 9's proposal: its block was orphaned")
		}
		if d.Block != nil {
			require.NotEqual(t, uint64(9), d.Slot, "no duty of the orphaned block of slot 9 is left")
		}
	}
	// The metrics are counters: they keep what was decided before the orphaning.
	var counted float64
	for _, m := range com.Members {
		counted += count(t, s, "proposals", m, chainapi.ResultProposed)
	}
	require.Equal(t, float64(5), counted, "slots 8, 9, 11, 13, 14")

	// A restarted node, which never saw the orphaned blocks, keeps the same record.
	fresh := newSentinel(c, testEpoch, nil)
	fresh.observe(c.Meta())
	require.Equal(t, v, fresh.validators())
}

// TestSentinelDecidesEveryBlockOfASlot: a slot may hold several blocks; each is decided, with its
// attestations, also when a later commit settles the second (the first was decided alone).
func TestSentinelDecidesEveryBlockOfASlot(t *testing.T) {
	c := newFakeChain()
	c.committees[1] = &app.Committee{Epoch: 1, Members: members(4, 0xc0)}
	s := newSentinel(c, testEpoch, nil)
	c.seal(1, 8, 0, 1, 2, 3)
	c.seal(2, 8, 0, 1, 2, 3)
	s.observe(c.Meta()) // block 1 is settled, block 2 is not yet
	c.seal(3, 9, 0, 1, 2, 3)
	s.observe(c.Meta()) // block 2 is settled now
	c.height++
	s.observe(c.Meta())
	var attested, proposed uint64
	for _, m := range s.validators().Validators {
		attested += m.Attested
		proposed += m.Proposed
	}
	require.Equal(t, uint64(3*4), attested, "every member attested blocks 1, 2 and 3")
	require.Equal(t, uint64(3), proposed, "one proposal per block")
}

// TestSentinelIsBounded: a restarted node records at most the last sentinelBackfill blocks;
// each member keeps its latest sentinelRecent duties; past sentinelMaxMembers members the one
// idle longest is forgotten, metrics included.
func TestSentinelIsBounded(t *testing.T) {
	c := newFakeChain()
	// Every epoch has its own committee of 4 (epochs of 8 slots), one block per slot.
	const slots = 8 * 300
	for e := uint64(1); e <= slots/testEpoch+1; e++ {
		c.committees[e] = &app.Committee{Epoch: e, Members: []common.Address{{0xc0, byte(e), byte(e >> 8), 1},
			{0xc0, byte(e), byte(e >> 8), 2}, {0xc0, byte(e), byte(e >> 8), 3}, {0xc0, 0, 0, 4}}}
	}
	for n := uint64(1); n <= 100; n++ {
		c.seal(n, testEpoch+n, 0, 1, 2, 3)
	}
	c.height++
	s := newSentinel(c, testEpoch, prometheus.NewRegistry())
	s.observe(c.Meta())
	v := s.validators()
	require.Equal(t, uint64(testEpoch+100-sentinelBackfill+1), v.FirstSlot, "only the last %d blocks at start", sentinelBackfill)
	require.Equal(t, uint64(testEpoch+100), v.LastSlot)

	for n := uint64(101); n < slots; n++ {
		c.seal(n, testEpoch+n, 0, 1, 2, 3)
		c.height++
		if n < 1000 || n > 1100 {
			s.observe(c.Meta()) // the record falls 100 blocks behind at 1000
		}
	}
	var missed uint64
	for _, m := range s.validators().Validators {
		missed += m.MissedProposals
	}
	require.Zero(t, missed, "the slots the record skipped are not judged missed")
	require.Len(t, s.members, sentinelMaxMembers)
	always := common.Address{0xc0, 0, 0, 4}
	d, ok := s.validator(always)
	require.True(t, ok, "the member of every committee is never the idlest")
	require.Len(t, d.Recent, sentinelRecent)
	require.Equal(t, uint64(testEpoch+slots-1), d.Recent[0].Slot, "newest first")
	_, ok = s.validator(c.committees[1].Members[0])
	require.False(t, ok, "the first epoch's members are forgotten")
	require.Equal(t, 2*sentinelMaxMembers, testutil.CollectAndCount(s.attestations),
		"two series (attested, missed) per member kept, none of the forgotten")
	require.Equal(t, sentinelMaxMembers, testutil.CollectAndCount(s.inARow))
}

// TestSentinelRestartCountsNoDutyTwice (review r16): the record a restarted node rebuilds from
// the blocks committed before it started (the API's) does not count again in the metrics: the
// process before counted them, and Prometheus adds a restarted counter's value to what it had.
// Before, each restart counted the last sentinelBackfill blocks' misses twice, and two missed
// proposals of a member before a restart raised ValidatorMissingProposals (3 in an hour).
func TestSentinelRestartCountsNoDutyTwice(t *testing.T) {
	c := newFakeChain()
	com := &app.Committee{Epoch: 1, Members: members(4, 0xd0)}
	c.committees[1] = com
	before := newSentinel(c, testEpoch, prometheus.NewRegistry())
	c.seal(1, 8, 0, 1, 2)
	c.seal(2, 11, 0, 1, 2) // slots 9 and 10 missed
	c.height++
	before.observe(c.Meta())
	missed := func(s *sentinel) (record, metric float64) {
		for _, m := range com.Members {
			v, _ := s.validator(m)
			record += float64(v.MissedProposals + v.MissedAttestations)
			metric += count(t, s, "proposals", m, chainapi.ResultMissed) + count(t, s, "attestations", m, chainapi.ResultMissed)
		}
		return record, metric
	}
	record, metric := missed(before)
	require.Equal(t, float64(2+2), record, "slots 9 and 10, member 3 twice")
	require.Equal(t, record, metric)

	after := newSentinel(c, testEpoch, prometheus.NewRegistry()) // the node restarted
	after.observe(c.Meta())
	record, metric = missed(after)
	require.Equal(t, float64(4), record, "the API's record is rebuilt")
	require.Zero(t, metric, "the metrics do not count it again")

	c.seal(3, 13, 0, 1, 2) // slot 12 missed, after the restart
	c.height++
	after.observe(c.Meta())
	record, metric = missed(after)
	require.Equal(t, float64(4+2), record)
	require.Equal(t, float64(2), metric, "what this process decides is counted: slot 12, member 3")
}

// TestSentinelSeesAttestationsTheRecordLeftOut (review r16): the attestation record of a block
// is the quorum the next height's CometBFT proposer chose; a byzantine one leaves out an honest
// member whenever it builds the record, and the member's record then showed misses (with a
// committee of four, a quarter of its duties: ValidatorMissingAttestations fired on an honest
// validator). A member whose valid attestation reached this node in the vote extensions of the
// commit that sealed the block attested, whatever the record holds.
func TestSentinelSeesAttestationsTheRecordLeftOut(t *testing.T) {
	c := newFakeChain()
	com := &app.Committee{Epoch: 1, Members: members(4, 0xe0)}
	c.committees[1] = com
	s := newSentinel(c, testEpoch, prometheus.NewRegistry())
	// This node received the extensions of members 0, 1, 2 and 3 for block 1, of 0, 1 and 2 for
	// block 2 (member 3's precommit came too late).
	seen := map[uint64][]int{1: {0, 1, 2, 3}, 2: {0, 1, 2}}
	s.seen = func(b *app.Block) []app.Attestation {
		var out []app.Attestation
		for _, i := range seen[b.Header.Number] {
			out = append(out, app.Attestation{Index: i})
		}
		return out
	}
	c.seal(1, 8, 0, 1, 2) // the record leaves member 3 out
	c.seal(2, 9, 0, 1, 2)
	c.height++
	s.observe(c.Meta())
	v, ok := s.validator(com.Members[3])
	require.True(t, ok)
	require.Equal(t, uint64(1), v.Attested, "block 1: its attestation reached this node")
	require.Equal(t, uint64(1), v.MissedAttestations, "block 2: it reached neither the record nor this node")
	require.Equal(t, float64(1), count(t, s, "attestations", com.Members[3], chainapi.ResultAttested))

	// Review r18h F1: what reached this node depends on when (the slowest member's precommit
	// reaches some honest nodes before they commit and others after), so the record alone is
	// served beside it: what every honest node gives alike, and what an inactivity record holds.
	var got []string
	for _, d := range v.Recent {
		if d.Duty == chainapi.DutyAttestation {
			got = append(got, fmt.Sprintf("%d:%s:%s", d.Slot, d.Result, d.OnChain))
		}
	}
	require.Equal(t, []string{"9:missed:missed", "8:attested:missed"}, got, "block 1: attested here, missed by the record")
	v, _ = s.validator(com.Members[0])
	require.Equal(t, chainapi.ResultAttested, v.Recent[0].OnChain)
}

// sums adds up every member's summary, by member.
func sums(v chainapi.Validators) map[common.Address][4]uint64 {
	out := map[common.Address][4]uint64{}
	for _, m := range v.Validators {
		out[m.Address] = [4]uint64{m.Proposed, m.MissedProposals, m.Attested, m.MissedAttestations}
	}
	return out
}

// TestSentinelRetractsAnOrphaningDeeperThanItsHistory (review r17l F4): a seal may orphan up to
// MaxOrphaned-1 blocks (RingSize plus MaxReplacedBlocks: a prune back to L1's proven tip after a
// prover outage), far more than the sentinelBackfill decisions retract can take back. The
// decisions that left the history keep their orphaned blocks' proposals and attestations (and
// the slots after them are never judged missed), so the record is not the canonical chain's and
// differs from what a restarted node (or any node that did not live through the prune) serves.
func TestSentinelRetractsAnOrphaningDeeperThanItsHistory(t *testing.T) {
	c := newFakeChain()
	ms := members(4, 0xd8)
	for e := uint64(0); e <= 40; e++ {
		c.committees[e] = &app.Committee{Epoch: e, Members: ms}
	}
	s := newSentinel(c, testEpoch, prometheus.NewRegistry())
	for n := uint64(1); n <= 100; n++ {
		c.seal(n, testEpoch+n, 0, 1, 2, 3)
		c.height++
		s.observe(c.Meta())
	}
	// A prune to L1's proven block 9: blocks 10-100 are orphaned, block 10 of slot 200 replaces
	// them.
	for n := uint64(10); n <= 100; n++ {
		c.blocks[n].Orphaned = true
		delete(c.blocks, n)
	}
	c.seal(10, 200, 0, 1, 2, 3)
	c.height++
	s.observe(c.Meta())
	fresh := newSentinel(c, testEpoch, nil)
	fresh.observe(c.Meta())
	require.Equal(t, fresh.validators().LastSlot, s.validators().LastSlot)
	require.Equal(t, sums(fresh.validators()), sums(s.validators()),
		"the record after a prune of 91 blocks is not the canonical chain's (proposed, missed proposals, attested, missed attestations)")
}

// TestSentinelReanchoringOnItsOwnOrphanedBlock (review r17l F4b): block x (4, slot 7) is decided,
// then orphaned by 4' (slot 8), then L1 assures x after all and the chain re-anchors on it: z
// (5, slot 9) on x, anchor 4 (TestAnchorLowersWhenL1LosesTheAnchor's newAnchoredOnX). x is the
// chain's anchor, not a canonical block, and retract takes 4' back to before x: z must not then
// decide slot 7 missed, charging x's proposer, whose block L1 holds. The slots up to a
// re-anchoring block's anchor are L1's and not judged; slot 8, whose block was orphaned, is a
// miss.
func TestSentinelReanchoringOnItsOwnOrphanedBlock(t *testing.T) {
	c := newFakeChain()
	com := &app.Committee{Epoch: 0, Members: members(4, 0xd9)}
	c.committees[0], c.committees[1] = com, &app.Committee{Epoch: 1, Members: com.Members}
	s := newSentinel(c, testEpoch, prometheus.NewRegistry())
	for n := uint64(1); n <= 3; n++ {
		c.seal(n, 3+n, 0, 1, 2, 3)
	}
	x := c.seal(4, 7, 0, 1, 2, 3)
	c.height++
	s.observe(c.Meta())
	x.Orphaned = true
	c.seal(4, 8, 0, 1, 2, 3) // 4' orphans x
	c.height++
	s.observe(c.Meta())
	c.blocks[4].Orphaned = true
	delete(c.blocks, 4) // re-anchored on x: 4 is the anchor, no canonical block
	z := c.seal(5, 9, 0, 1, 2, 3)
	z.Reanchored = &app.Anchor{Number: 4, Hash: x.Hash, Slot: 7}
	c.height++
	s.observe(c.Meta())
	px, _ := com.Proposer(7)
	p8, _ := com.Proposer(8)
	got, ok := s.validator(px)
	require.True(t, ok)
	for _, d := range got.Recent {
		require.False(t, d.Slot == 7 && d.Duty == chainapi.DutyProposal && d.Result == chainapi.ResultMissed,
			"slot 7's proposer is charged a missed proposal, but its block x is on L1 and the chain's anchor")
	}
	missed8 := false
	got, _ = s.validator(p8)
	for _, d := range got.Recent {
		missed8 = missed8 || (d.Slot == 8 && d.Duty == chainapi.DutyProposal && d.Result == chainapi.ResultMissed)
	}
	require.True(t, missed8, "slot 8's block was orphaned: a miss")
	require.Equal(t, uint64(9), s.validators().LastSlot)
}

// TestSentinelRetractRestoresMissedInARow (review r17l F3): retract takes an orphaned block's
// duties off the counts but not off inARow (sptn_validator_attestations_missed_in_a_row, what
// ValidatorMissingAttestations alerts on): a member that missed both the orphaned block and the
// block that replaced it is two in a row, though the canonical chain holds one miss; a member
// whose only duties were in the orphaned block is dropped from the record but its series stay
// (forgetIdlest deletes them), the gauge at its last value.
func TestSentinelRetractRestoresMissedInARow(t *testing.T) {
	c := newFakeChain()
	com := &app.Committee{Epoch: 1, Members: members(4, 0xda)}
	c.committees[1] = com
	s := newSentinel(c, testEpoch, prometheus.NewRegistry())
	c.seal(1, 8, 0, 1, 2, 3)
	c.seal(2, 9, 0, 1, 2) // member 3 missed
	c.height++
	s.observe(c.Meta())
	c.blocks[2].Orphaned = true
	c.seal(2, 10, 0, 1, 2) // the replacement; member 3 missed it too
	c.height++
	s.observe(c.Meta())
	v, _ := s.validator(com.Members[3])
	require.Equal(t, uint64(1), v.MissedAttestations, "the counts are the canonical chain's")
	require.Equal(t, 1.0, testutil.ToFloat64(s.inARow.WithLabelValues(fmtLabel(com.Members[3]))),
		"member 3 missed one attestation in a row on the canonical chain (block 2 of slot 10)")
}
