package watcher

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sptn/sptn/agents/chainapi"
)

// Refusals of the inactivity check.
var (
	// ErrNodeUnhealthy is a node with fewer peers than watcher.inactivity-min-peers, or one
	// catching up: its record says nothing about the members, so nothing is filed from it.
	ErrNodeUnhealthy = errors.New("watcher: the node has too few peers or is not synced; no inactivity proposal is filed")
	// ErrNodeUnknown is the state before the node's record was read once.
	ErrNodeUnknown = errors.New("watcher: the node's record was not read yet")
)

// recentDuties is how many duties /v1/validators/{address} lists (newest first): a full list
// whose oldest duty is newer than the last slot read may have dropped some.
const recentDuties = 64

// maxNodeBody bounds what the watcher reads of the node's summary (GET /v1/validators), and
// maxMemberBody of one member's record (64 recent duties are a few KiB).
const (
	maxNodeBody   = 4 << 20
	maxMemberBody = 64 << 10
)

// maxStaleMembers bounds the member records read per tick: twice the largest committee
// (Rollup.MAX_COMMITTEE_SIZE). A summary listing more members with new duties is unhealthy.
const maxStaleMembers = 512

// nodeReadBudget bounds the time one tick spends reading the node when
// watcher.inactivity-read-budget is not set (tests); nodeRequestTimeout bounds each request.
const (
	nodeReadBudget     = 10 * time.Second
	nodeRequestTimeout = 5 * time.Second
)

// NodeRecords is the node's record of every committee member (its chain API); NodeClient
// implements it.
type NodeRecords interface {
	Validators(ctx context.Context) (chainapi.Validators, error)
	Validator(ctx context.Context, addr common.Address) (chainapi.Validator, error)
}

// NodeClient reads GET /v1/validators and /v1/validators/{address} of a node.
type NodeClient struct {
	base string
	hc   *http.Client
}

// NewNodeClient reads the node whose chain API is at base (http or https), each request
// bounded by timeout.
func NewNodeClient(base string, timeout time.Duration) *NodeClient {
	return &NodeClient{base: strings.TrimRight(base, "/"), hc: &http.Client{Timeout: timeout}}
}

// Validators implements NodeRecords.
func (c *NodeClient) Validators(ctx context.Context) (chainapi.Validators, error) {
	var v chainapi.Validators
	return v, c.get(ctx, "/v1/validators", maxNodeBody, &v)
}

// Validator implements NodeRecords.
func (c *NodeClient) Validator(ctx context.Context, addr common.Address) (chainapi.Validator, error) {
	var v chainapi.Validator
	return v, c.get(ctx, "/v1/validators/"+addr.Hex(), maxMemberBody, &v)
}

func (c *NodeClient) get(ctx context.Context, path string, limit int, out any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+path, nil)
	if err != nil {
		return fmt.Errorf("read node %s: %w", path, err)
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return fmt.Errorf("read node %s: %w", path, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, int64(limit)+1))
	if err != nil {
		return fmt.Errorf("read node %s: %w", path, err)
	}
	if len(body) > limit {
		return fmt.Errorf("read node %s: answer longer than %d bytes", path, limit)
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("read node %s: %s: %.200q", path, resp.Status, body)
	}
	if err := json.Unmarshal(body, out); err != nil {
		return fmt.Errorf("read node %s: %w", path, err)
	}
	return nil
}

// CheckNodeURL accepts an http or https URL with a host and no query or fragment.
func CheckNodeURL(raw string) bool {
	u, err := url.Parse(raw)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" && u.RawQuery == "" &&
		u.Fragment == "" && u.User == nil
}

// SafeNodeURL accepts a node URL the watcher may trust over the network: https, or http to a
// loopback address (localhost or a loopback IP).
func SafeNodeURL(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	if u.Scheme == "https" {
		return true
	}
	h := u.Hostname()
	if strings.EqualFold(h, "localhost") {
		return true
	}
	ip := net.ParseIP(h)
	return ip != nil && ip.IsLoopback()
}

// InactivityPolicy decides whom an inactivity proposal names.
type InactivityPolicy struct {
	// Share: a member is inactive when it missed more than this share of its slots.
	Share float64
	// Epochs is the window N: windows are epochs [kN, kN+N-1].
	Epochs uint64
	// FileAll names every inactive member; otherwise only those in Always.
	FileAll bool
	// MinPeers is the fewest CometBFT peers the node must have for its record to count.
	MinPeers int
	// MaxNamed is the most members one proposal names (0: no cap).
	MaxNamed int
	// Always are named when inactive even if FileAll is off; Never and Own never are.
	Always, Never, Own map[common.Address]bool
}

// MemberStats is one member's slots with a duty in a window and those it missed all of.
type MemberStats struct {
	Slots, Missed uint64
}

// Inactive reports whether s is more than share missed.
func (s MemberStats) Inactive(share float64) bool {
	return s.Slots > 0 && float64(s.Missed) > share*float64(s.Slots)
}

// Targets are the members a proposal names, in increasing address order: inactive, not the
// watcher's own, not in Never, and in Always unless FileAll.
func (p InactivityPolicy) Targets(stats map[common.Address]MemberStats) []common.Address {
	var out []common.Address
	for a, s := range stats {
		if !s.Inactive(p.Share) || p.Own[a] || p.Never[a] || (!p.FileAll && !p.Always[a]) {
			continue
		}
		out = append(out, a)
	}
	return sortAddresses(out)
}

// slotDuty is what became of a member's duties in one slot ("" when it had none of that kind):
// its attestation by the node's view (the chain's attestation record, or seen by the node before
// it committed) and by the chain's record alone (onChain: the same on every honest node).
type slotDuty struct {
	proposal, attestation, onChain string
}

// missed reports whether the member did none of its duties in the slot, by both views of its
// attestation: a slot the node saw attested counts for the member even when the chain's record
// left it out, and one the record holds counts whatever the node says.
func (d slotDuty) missed() bool {
	return d.proposal != chainapi.ResultProposed && d.attestation != chainapi.ResultAttested &&
		d.onChain != chainapi.ResultAttested
}

// inactivityTracker keeps the per-slot record of every member from the node's answers, and
// which slots it holds completely: from coveredFrom to lastSlot, read while the node was
// healthy, without a gap.
type inactivityTracker struct {
	policy   InactivityPolicy
	epochDur uint64

	started     bool
	coveredFrom uint64
	lastSlot    uint64
	// seen is each member's summary at the last reading: one that changed without a newer duty
	// lost duties the node took back (an orphaned block), and is read again (stale).
	seen       map[common.Address]chainapi.ValidatorSummary
	nextWindow uint64
	duties     map[common.Address]map[uint64]slotDuty
	health     error
	// limit is the latest slot a reading may name: the L1 clock's current slot + 3 (0: no clock).
	limit uint64
	log   *slog.Logger
}

func newInactivityTracker(p InactivityPolicy, epochDur uint64) *inactivityTracker {
	return &inactivityTracker{policy: p, epochDur: epochDur, duties: map[common.Address]map[uint64]slotDuty{},
		health: ErrNodeUnknown, log: slog.New(slog.DiscardHandler)}
}

// healthy is nil when the node's last answer came from a node with enough peers, synced.
func (t *inactivityTracker) healthy() error {
	if t == nil {
		return ErrNodeUnknown
	}
	return t.health
}

// windowLen is the length of a window in slots (at most 32 epochs of a uint32 of slots: no
// overflow).
func (t *inactivityTracker) windowLen() uint64 { return max(1, t.policy.Epochs*t.epochDur) }

// windowSlots are the first and last slots of window k; ok is false when the window ends past
// 2^64-1 (it never completes).
func (t *inactivityTracker) windowSlots(k uint64) (from, to uint64, ok bool) {
	n := t.windowLen()
	if k >= math.MaxUint64/n {
		return 0, 0, false
	}
	return k * n, (k+1)*n - 1, true
}

// restart drops the coverage: the record is complete again only from the slot after last.
// Windows that start before that are never judged.
func (t *inactivityTracker) restart(last uint64) {
	t.started = true
	t.lastSlot = last
	t.coveredFrom = last + 1
	if last == math.MaxUint64 {
		t.coveredFrom = last
	}
	n := t.windowLen()
	t.nextWindow = t.coveredFrom / n
	if t.coveredFrom%n != 0 {
		t.nextWindow++
	}
	t.duties = map[common.Address]map[uint64]slotDuty{}
}

// rereadSlots is how many of the last slots read each reading reads again.
const rereadSlots = 8

// ahead says why a reading is not believable ("" when it is): a last slot beyond the L1 clock,
// or more members with new duties than a committee has.
func (t *inactivityTracker) ahead(v chainapi.Validators) string {
	if t.limit > 0 && v.LastSlot > t.limit {
		return fmt.Sprintf("the node reports slot %d, beyond the L1 clock's %d", v.LastSlot, t.limit-1)
	}
	if n := len(t.stale(v)); n > maxStaleMembers {
		return fmt.Sprintf("the node lists %d members with new duties, more than %d", n, maxStaleMembers)
	}
	return ""
}

// stale lists the members whose record has duties newer than the last slot read, or changed
// since the last reading without them: the node took duties back (review r20 M1: a member of
// the orphaned block's committee that is not in the next one has no newer duty).
func (t *inactivityTracker) stale(v chainapi.Validators) []common.Address {
	var out []common.Address
	for _, m := range v.Validators {
		if prev, ok := t.seen[m.Address]; m.LastSlot > t.lastSlot || (ok && prev != m) {
			out = append(out, m.Address)
		}
	}
	return out
}

// observe takes one reading of the node: its summary (with its health) and the records of the
// members with new duties. It returns why coverage restarted, if it did ("" otherwise).
func (t *inactivityTracker) observe(v chainapi.Validators, details []chainapi.Validator) string {
	if why := t.ahead(v); why != "" {
		// A hostile or broken node: nothing of it is held, and the next believable reading
		// starts coverage afresh.
		t.health = fmt.Errorf("%w: %s", ErrNodeUnhealthy, why)
		t.restart(t.lastSlot)
		return why
	}
	if !v.Synced || v.Peers < t.policy.MinPeers {
		t.health = fmt.Errorf("%w (peers %d, synced %t)", ErrNodeUnhealthy, v.Peers, v.Synced)
		t.restart(v.LastSlot)
		return "node unhealthy"
	}
	// The slots decided while the node was unhealthy, or before the first reading, are not
	// held: coverage starts after this reading.
	wasHealthy := t.health == nil
	t.health = nil
	if !wasHealthy {
		t.restart(v.LastSlot)
		return "first healthy reading"
	}
	if v.LastSlot < t.lastSlot {
		if t.lastSlot-v.LastSlot > t.windowLen() || v.LastSlot < t.coveredFrom {
			t.restart(v.LastSlot)
			return "the node's record went back more than a window (restarted node?)"
		}
		// The node took back decisions of blocks the chain orphaned (a re-seal replaced a block
		// that missed its L1 slot; review r18l M1): the slots after its new last one are decided
		// again, and read again. Restarting the coverage here would let any proposer that
		// withholds its L1 propose once a window blind every watcher.
		for _, slots := range t.duties {
			for slot := range slots {
				if slot > v.LastSlot {
					delete(slots, slot)
				}
			}
		}
		t.lastSlot = v.LastSlot
	}
	if v.LastSlot-t.lastSlot > t.windowLen() {
		t.restart(v.LastSlot)
		return "the node's record jumped ahead more than one window"
	}
	prev := t.lastSlot
	for _, m := range details {
		if n := len(m.Recent); n >= recentDuties && m.Recent[n-1].Slot > prev {
			t.restart(v.LastSlot)
			return "duties of " + m.Address.Hex() + " passed between two readings"
		}
	}
	// The last rereadSlots slots read are read again: the node takes back the duties of a block
	// the chain orphans (a re-seal after a block missed L1, usually the next slot), and a watcher
	// that kept what it read before would hold another record of the window than one that read
	// after (review r18l M1, second face).
	lo := max(t.coveredFrom, prev+1-min(prev+1, rereadSlots))
	for _, m := range details {
		from := lo
		if n := len(m.Recent); n >= recentDuties {
			from = max(from, m.Recent[n-1].Slot+1) // the oldest slot listed may be cut
		}
		for slot := range t.duties[m.Address] {
			if slot >= from && slot <= v.LastSlot {
				delete(t.duties[m.Address], slot)
			}
		}
		for _, d := range m.Recent {
			if d.Slot < from || d.Slot > v.LastSlot {
				continue
			}
			slots := t.duties[m.Address]
			if slots == nil {
				slots = map[uint64]slotDuty{}
				t.duties[m.Address] = slots
			}
			sd := slots[d.Slot]
			switch d.Duty {
			case chainapi.DutyProposal:
				sd.proposal = d.Result
			case chainapi.DutyAttestation:
				// A node of an older version serves no onChain: its view stands for both.
				sd.attestation, sd.onChain = d.Result, cmp.Or(d.OnChain, d.Result)
			default:
				continue
			}
			slots[d.Slot] = sd
		}
	}
	// A member the node no longer lists keeps what this watcher read of it: the node forgets the
	// member idle longest past its cap (510), which is no taking back (review r21 M1: deleting
	// its slots read again left only its older misses, and the watcher filed against an active
	// member). Left: a member all of whose duties were taken back keeps them here.
	listed := make(map[common.Address]chainapi.ValidatorSummary, len(v.Validators))
	for _, m := range v.Validators {
		listed[m.Address] = m
	}
	t.seen = listed
	t.lastSlot = v.LastSlot
	return ""
}

// windows judges every window the record now holds completely, once each, and returns the
// evidence of those with inactive members: Validators are those the policy names (none: the
// window is only voted on).
func (t *inactivityTracker) windows() []Evidence {
	var out []Evidence
	for {
		from, to, ok := t.windowSlots(t.nextWindow)
		if !ok || !t.started || to > t.lastSlot {
			break
		}
		k := t.nextWindow
		t.nextWindow++
		if from < t.coveredFrom {
			continue
		}
		stats := map[common.Address]MemberStats{}
		for a, slots := range t.duties {
			var s MemberStats
			for slot, d := range slots {
				if slot < from || slot > to {
					continue
				}
				s.Slots++
				if d.missed() {
					s.Missed++
				}
			}
			if s.Slots > 0 {
				stats[a] = s
			}
		}
		var inactive []common.Address
		for a, s := range stats {
			if s.Inactive(t.policy.Share) {
				inactive = append(inactive, a)
			}
		}
		if 3*len(inactive) > len(stats) {
			// More than a third of the committee missing is this node's own partition (or a
			// hostile node), not the members': nothing is filed or voted for on the window.
			t.log.Warn("not filing on a window where more than a third of the committee looks inactive: the node's view is suspect",
				"epochs", fmt.Sprintf("%d-%d", k*t.policy.Epochs, (k+1)*t.policy.Epochs-1), "inactive", len(inactive),
				"committee", len(stats))
			continue
		}
		// A window with inactive members the policy files against none of is still watched, to
		// vote on others' proposals naming them (review r18h F3: the honest weight behind a
		// proposal must not depend on the voters' filing lists).
		votable := false
		for _, a := range inactive {
			votable = votable || !t.policy.Own[a] && !t.policy.Never[a]
		}
		if named := t.policy.Targets(stats); len(named) > 0 || votable {
			text := t.recordText(k, named)
			// Every inactive member's lines are kept: the record of any proposal this watcher
			// may vote for (it names only inactive members) is rebuilt from them (recordFor).
			lines := make(map[common.Address]string, len(inactive))
			for _, a := range inactive {
				lines[a] = t.memberLines(k, a)
			}
			out = append(out, Evidence{Kind: KindInactivity, FirstEpoch: k * t.policy.Epochs,
				LastEpoch: (k+1)*t.policy.Epochs - 1, Record: crypto.Keccak256Hash([]byte(text)), RecordText: text,
				RecordHead: t.recordHead(k), Lines: lines, Validators: named, Inactive: sortAddresses(inactive)})
		}
	}
	// Slots before the next window are never judged again.
	from, _, ok := t.windowSlots(t.nextWindow)
	if !ok {
		from = math.MaxUint64
	}
	for a, slots := range t.duties {
		for slot := range slots {
			if slot < from {
				delete(slots, slot)
			}
		}
		if len(slots) == 0 {
			delete(t.duties, a)
		}
	}
	return out
}

// recordText is the per-slot record of window k for the named members (docs/operators.md,
// "Inactivity proposals"): a header line, then one line per member and slot with a duty, in
// address then slot order: "<address> <slot> <proposal> <attestation>", each result
// proposed/attested/missed or "-" for no such duty, the attestation by the chain's attestation
// record alone (onChain). Built only from what every honest node holds alike (the committed
// pending chain), it is the same at every honest watcher with the slots (review r18h F1): what
// reached one node before it committed never enters it, it only spares a slot from the
// judgement (missed). The evidence's record is its keccak256.
func (t *inactivityTracker) recordText(k uint64, named []common.Address) string {
	var b strings.Builder
	b.WriteString(t.recordHead(k))
	for _, a := range named {
		b.WriteString(t.memberLines(k, a))
	}
	return b.String()
}

// recordHead is the header line of window k's record.
func (t *inactivityTracker) recordHead(k uint64) string {
	from, to, _ := t.windowSlots(k)
	return fmt.Sprintf("sptn inactivity record v2 epochs %d-%d slots %d-%d\n", k*t.policy.Epochs,
		(k+1)*t.policy.Epochs-1, from, to)
}

// memberLines are member a's lines of window k's record.
func (t *inactivityTracker) memberLines(k uint64, a common.Address) string {
	from, to, _ := t.windowSlots(k)
	var b bytes.Buffer
	slots := t.duties[a]
	keys := make([]uint64, 0, len(slots))
	for s := range slots {
		if s >= from && s <= to {
			keys = append(keys, s)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, s := range keys {
		d := slots[s]
		fmt.Fprintf(&b, "%s %d %s %s\n", strings.ToLower(a.Hex()), s, dash(d.proposal), dash(d.onChain))
	}
	return b.String()
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
