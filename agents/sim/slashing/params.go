package slashing

import (
	"errors"
	"fmt"
	"math"
)

// MaxHolders bounds Params.Holders: the exact computation is quadratic in the number of holders
// (10^8 terms, about two seconds, at the bound).
const MaxHolders = 10_000

var (
	// ErrInvalidParam is returned (wrapped, naming the flag and its value) for a parameter outside
	// its domain.
	ErrInvalidParam = errors.New("invalid parameter")
)

// Members is how the committee's members vote.
type Members int

const (
	// MembersNo: every member votes no, as in the seed's model (the default). Their votes count in
	// participation and in the majority's denominator.
	MembersNo Members = iota
	// MembersAbstain: no member votes, so they neither help reach the quorum nor dilute the yes share.
	MembersAbstain
	// MembersAdaptive: members watch the public tally and respond at the end of the vote, casting
	// as many no votes as defeats it if any number does. The vote then passes only if it passes both
	// with every member abstaining (the quorum without them) and with every member voting no (the
	// majority against all of them): the worst case for the slash.
	MembersAdaptive
)

var membersNames = []string{"no", "abstain", "adaptive"}

// String is the flag value: "no", "abstain" or "adaptive".
func (m Members) String() string {
	if m < 0 || int(m) >= len(membersNames) {
		return fmt.Sprintf("Members(%d)", int(m))
	}
	return membersNames[m]
}

// ParseMembers parses a --members value.
func ParseMembers(s string) (Members, error) {
	for i, n := range membersNames {
		if s == n {
			return Members(i), nil
		}
	}
	return 0, fmt.Errorf("%w: --members %q: want no, abstain or adaptive", ErrInvalidParam, s)
}

// Params is one scenario: the committee under a slashing vote and the electorate voting on it. The
// field comments name the sptn flags.
type Params struct {
	Committee int     // --committee: committee members, each staking Stake
	Stake     float64 // --stake: stake per member, in the float's unit (tokens or dollars)
	Float     float64 // --float: the token float, same unit as Stake
	Holders   int     // --holders: equal holders of the float
	Turnout   float64 // --turnout: probability that a non-member holder votes
	Yes       float64 // --yes: probability that a non-member voter votes yes
	Quorum    float64 // --quorum: votes cast needed, as a share of holders
	Majority  float64 // --majority: yes votes needed, as a share of votes cast
	Members   Members // --members: how members vote; the zero value is the seed's "no"
}

// Default is the seed's example ("Quantifiable Guarantees"): a 37-member committee staking $1M each,
// a $1B float held by 1000 holders, 15% turnout, 90% of voters for, a 15% quorum and a 60% majority.
func Default() Params {
	return Params{
		Committee: 37, Stake: 1_000_000, Float: 1_000_000_000, Holders: 1000,
		Turnout: 0.15, Yes: 0.9, Quorum: 0.15, Majority: 0.6,
	}
}

// CommitteeShare is q = Committee × Stake / Float, the probability that a holder is a member.
func (p Params) CommitteeShare() float64 {
	return float64(p.Committee) * p.Stake / p.Float
}

// Bond is what the committee has at stake: Committee × Stake.
func (p Params) Bond() float64 { return float64(p.Committee) * p.Stake }

// Check returns an error wrapping ErrInvalidParam that names the first bad flag and its value.
func (p Params) Check() error {
	for _, pr := range []struct {
		flag string
		v    float64
	}{{"--turnout", p.Turnout}, {"--yes", p.Yes}, {"--quorum", p.Quorum}, {"--majority", p.Majority}} {
		if !(pr.v >= 0 && pr.v <= 1) { // also rejects NaN
			return fmt.Errorf("%w: %s %v: a probability or share must be in [0, 1]", ErrInvalidParam, pr.flag, pr.v)
		}
	}
	switch {
	case p.Members < MembersNo || p.Members > MembersAdaptive:
		return fmt.Errorf("%w: --members %v: want no, abstain or adaptive", ErrInvalidParam, p.Members)
	case p.Holders <= 0:
		return fmt.Errorf("%w: --holders %d: must be positive", ErrInvalidParam, p.Holders)
	case p.Holders > MaxHolders:
		return fmt.Errorf("%w: --holders %d: at most %d (the exact computation is quadratic in holders)",
			ErrInvalidParam, p.Holders, MaxHolders)
	case p.Committee <= 0:
		return fmt.Errorf("%w: --committee %d: must be positive", ErrInvalidParam, p.Committee)
	case p.Committee > p.Holders:
		return fmt.Errorf("%w: --committee %d: larger than --holders %d", ErrInvalidParam, p.Committee, p.Holders)
	case !(p.Stake > 0) || math.IsInf(p.Stake, 0):
		return fmt.Errorf("%w: --stake %v: must be positive and finite", ErrInvalidParam, p.Stake)
	case !(p.Float > 0) || math.IsInf(p.Float, 0):
		return fmt.Errorf("%w: --float %v: must be positive and finite", ErrInvalidParam, p.Float)
	}
	if q := p.CommitteeShare(); q > 1 {
		return fmt.Errorf("%w: --committee %d × --stake %v = %v exceeds --float %v (committee share %v > 1)",
			ErrInvalidParam, p.Committee, p.Stake, p.Bond(), p.Float, q)
	}
	return nil
}

// categories returns the per-holder probabilities of the model's four categories: a non-member
// voting yes, a non-member voting no, a member, and a non-member abstaining. They sum to 1 up to
// rounding.
func (p Params) categories() (yes, no, member, abstain float64) {
	q := p.CommitteeShare()
	return (1 - q) * p.Turnout * p.Yes, (1 - q) * p.Turnout * (1 - p.Yes), q, (1 - q) * (1 - p.Turnout)
}

// Rule decides whether a vote passes. Build it with NewRule.
type Rule struct {
	minVotes int   // votes cast needed
	minYes   []int // minYes[v]: yes votes needed when v votes are cast
}

// NewRule is the rule for holders voters with the given quorum (share of holders) and majority
// (share of votes cast): a vote passes when votes cast >= ceil(quorum × holders) and yes votes >=
// ceil(majority × votes cast), both ceilings taken with a relative tolerance of 1e-9.
func NewRule(holders int, quorum, majority float64) Rule {
	r := Rule{minVotes: ceilTol(quorum * float64(holders)), minYes: make([]int, holders+1)}
	for v := range r.minYes {
		r.minYes[v] = ceilTol(majority * float64(v))
	}
	return r
}

// MinVotes is the number of votes cast that reaches the quorum.
func (r Rule) MinVotes() int { return r.minVotes }

// MinYes is the number of yes votes that reaches the majority when votes are cast; votes must be
// between 0 and the number of holders.
func (r Rule) MinYes(votes int) int { return r.minYes[votes] }

// Passes reports whether a vote with the given yes votes and votes cast (yes + no) passes.
func (r Rule) Passes(yes, votes int) bool {
	return votes >= r.minVotes && yes >= r.minYes[votes]
}

// PassesWith reports whether the vote passes when non-members cast yes yes votes and nonMember
// votes in all (yes + no), and there are members committee members voting as m says.
func (r Rule) PassesWith(m Members, yes, nonMember, members int) bool {
	switch m {
	case MembersAbstain:
		return r.Passes(yes, nonMember)
	case MembersAdaptive:
		return r.Passes(yes, nonMember) && r.Passes(yes, nonMember+members)
	default:
		return r.Passes(yes, nonMember+members)
	}
}

// ceilTol is the smallest integer at or above x, treating x within a relative 1e-9 above an integer
// as that integer (0.15 × 1000 evaluates to 150.00000000000003 in float64 for some inputs; the
// designer meant 150).
func ceilTol(x float64) int {
	return int(math.Ceil(x - 1e-9*math.Max(1, math.Abs(x))))
}
