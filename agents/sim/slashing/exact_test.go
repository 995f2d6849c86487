package slashing

import (
	"math/big"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"
)

// bruteForce enumerates all 4^holders assignments of holders to the model's four categories
// (member, non-member yes, non-member no, non-member abstaining), weighs each by the product of
// its holders' probabilities from the model's decision tree, and applies the rule with exact
// rational thresholds parsed from the decimal quorum and majority. Members vote as p.Members says;
// for MembersAdaptive the vote passes only if it passes for every number of members voting no. It
// shares no code with Exact.
func bruteForce(t *testing.T, p Params, quorum, majority string) float64 {
	t.Helper()
	qr, ok := new(big.Rat).SetString(quorum)
	require.True(t, ok)
	mr, ok := new(big.Rat).SetString(majority)
	require.True(t, ok)
	q := float64(p.Committee) * p.Stake / p.Float
	probs := [4]float64{
		q,                                 // member, votes no
		(1 - q) * p.Turnout * p.Yes,       // votes yes
		(1 - q) * p.Turnout * (1 - p.Yes), // votes no
		(1 - q) * (1 - p.Turnout),         // abstains
	}
	n := p.Holders
	total := 1
	for range n {
		total *= 4
	}
	var pass float64
	for code := range total {
		weight, yes, nonMember, members := 1.0, 0, 0, 0
		for c, i := code, 0; i < n; c, i = c/4, i+1 {
			cat := c % 4
			weight *= probs[cat]
			switch cat {
			case 0:
				members++
			case 1:
				yes++
				nonMember++
			case 2:
				nonMember++
			}
		}
		// votes >= quorum × n and yes >= majority × votes, in exact rationals.
		passes := func(votes int) bool {
			quorate := big.NewRat(int64(votes), 1).Cmp(new(big.Rat).Mul(qr, big.NewRat(int64(n), 1))) >= 0
			majority := big.NewRat(int64(yes), 1).Cmp(new(big.Rat).Mul(mr, big.NewRat(int64(votes), 1))) >= 0
			return quorate && majority
		}
		var ok bool
		switch p.Members {
		case MembersNo:
			ok = passes(nonMember + members)
		case MembersAbstain:
			ok = passes(nonMember)
		case MembersAdaptive:
			ok = true
			for k := 0; k <= members; k++ {
				ok = ok && passes(nonMember+k)
			}
		}
		if ok {
			pass += weight
		}
	}
	return pass
}

func TestExactMatchesBruteForce(t *testing.T) {
	t.Parallel()
	type tc struct {
		committee        int
		stake, float     float64
		turnout, yes     float64
		quorum, majority string
	}
	cases := []tc{
		{1, 1, 4, 0.5, 0.5, "0.5", "0.5"},
		{1, 1, 10, 0.15, 0.9, "0.15", "0.6"},
		{1, 3, 10, 0.7, 0.8, "0.25", "0.75"},
		{1, 1, 1, 0.5, 0.5, "0.5", "0.5"}, // every holder is a member
		{1, 1, 5, 1, 1, "1", "1"},
		{1, 1, 5, 0, 0.9, "0", "0"},     // nobody but members vote; quorum 0 passes an empty vote
		{1, 2, 7, 0.9, 0, "0.3", "0.1"}, // nobody votes yes
		{1, 1, 3, 0.6, 0.6, "0.34", "0.67"},
		{1, 2, 5, 0.8, 0.7, "0.5", "0.6"},
		{1, 1, 2, 0.9, 0.9, "0.75", "0.5"},
	}
	for _, holders := range []int{1, 2, 3, 4} {
		for i, c := range cases {
			for _, members := range []Members{MembersNo, MembersAbstain, MembersAdaptive} {
				t.Run(strconv.Itoa(holders)+"/"+strconv.Itoa(i)+"/"+members.String(), func(t *testing.T) {
					t.Parallel()
					qf, err := strconv.ParseFloat(c.quorum, 64)
					require.NoError(t, err)
					mf, err := strconv.ParseFloat(c.majority, 64)
					require.NoError(t, err)
					p := Params{Committee: c.committee, Stake: c.stake, Float: c.float, Holders: holders,
						Turnout: c.turnout, Yes: c.yes, Quorum: qf, Majority: mf, Members: members}
					got, err := Exact(p)
					require.NoError(t, err)
					want := bruteForce(t, p, c.quorum, c.majority)
					require.InDelta(t, want, got.PSlash, 1e-12)
					require.InDelta(t, 1-want, got.PEscape, 1e-12)
				})
			}
		}
	}
}

// TestExactSeedExampleStrategies pins what the committee's voting does to the seed's example: the
// 99.6% rests on members voting no; abstaining (or responding to the tally) leaves the quorum to
// the non-members alone, whose expected 144.45 votes fall short of the 150 needed.
func TestExactSeedExampleStrategies(t *testing.T) {
	t.Parallel()
	p := Default()
	p.Members = MembersAbstain
	abstain := mustExact(t, p)
	require.InDelta(t, 0.3218, abstain, 0.0001) // an independent binomial-sum check gives 0.32180
	p.Members = MembersAdaptive
	adaptive := mustExact(t, p)
	require.LessOrEqual(t, adaptive, abstain)
	require.Less(t, adaptive, mustExact(t, Default()))
}

// TestExactSeedExample reproduces the seed's "Quantifiable Guarantees": p(slash) about 99.6%.
func TestExactSeedExample(t *testing.T) {
	t.Parallel()
	got, err := Exact(Default())
	require.NoError(t, err)
	require.InDelta(t, 0.996, got.PSlash, 0.0005)
	require.InDelta(t, 1, got.PSlash+got.PEscape, 1e-10)
	// The seed's bond: 37 × $1M × 0.996 is $36.85M, not the $36.996M it prints.
	require.InDelta(t, 36.85e6, Default().Bond()*got.PSlash, 0.02e6)
}

func TestExactEdges(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		modify func(*Params)
		want   float64
	}{
		{"nobody but members vote, quorum above the committee", func(p *Params) { p.Turnout = 0 }, 0},
		{"everyone votes yes and the committee is tiny", func(p *Params) {
			p.Turnout, p.Yes, p.Stake, p.Committee = 1, 1, 1, 1
		}, 1},
		{"majority 0 and quorum 0 always pass", func(p *Params) { p.Quorum, p.Majority = 0, 0 }, 1},
		{"the whole float is the committee", func(p *Params) { p.Stake = p.Float / float64(p.Committee) }, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p := Default()
			tc.modify(&p)
			got, err := Exact(p)
			require.NoError(t, err)
			require.InDelta(t, tc.want, got.PSlash, 1e-10)
		})
	}
}

// TestExactDirections checks the directions a designer relies on: more turnout, more yes voters, a
// lower quorum or a lower majority raise p(slash). The committee share does not act in one
// direction: its no votes count towards the quorum, so at the seed's 15% turnout halving it makes
// the quorum harder to reach, while doubling it makes the majority harder (docs/slashing.md
// discusses what this means).
func TestExactDirections(t *testing.T) {
	t.Parallel()
	base := Default()
	base.Holders = 300
	p0 := mustExact(t, base)
	tests := []struct {
		name   string
		modify func(*Params)
		higher bool
	}{
		{"turnout up", func(p *Params) { p.Turnout = 0.2 }, true},
		{"yes up", func(p *Params) { p.Yes = 0.95 }, true},
		{"quorum down", func(p *Params) { p.Quorum = 0.12 }, true},
		{"majority down", func(p *Params) { p.Majority = 0.55 }, true},
		{"stake halved, quorum binding", func(p *Params) { p.Stake = 5e5 }, false},
		{"stake doubled, majority binding", func(p *Params) { p.Stake = 2e6 }, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p := base
			tc.modify(&p)
			got := mustExact(t, p)
			if tc.higher {
				require.Greater(t, got, p0)
			} else {
				require.Less(t, got, p0)
			}
		})
	}
}

func mustExact(t *testing.T, p Params) float64 {
	t.Helper()
	r, err := Exact(p)
	require.NoError(t, err)
	return r.PSlash
}

func TestExactRejectsBadParams(t *testing.T) {
	t.Parallel()
	p := Default()
	p.Turnout = 2
	_, err := Exact(p)
	require.ErrorIs(t, err, ErrInvalidParam)
}
