package slashing

import (
	"math"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestParamsCheck(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		modify func(*Params)
		want   string // "" means valid
	}{
		{"seed example", func(*Params) {}, ""},
		{"probabilities at their bounds", func(p *Params) { p.Turnout, p.Yes, p.Quorum, p.Majority = 0, 1, 0, 1 }, ""},
		{"committee equals holders", func(p *Params) { p.Committee, p.Holders, p.Stake, p.Float = 3, 3, 1, 3 }, ""},
		{"turnout above 1", func(p *Params) { p.Turnout = 1.5 }, "--turnout 1.5: a probability or share must be in [0, 1]"},
		{"yes negative", func(p *Params) { p.Yes = -0.1 }, "--yes -0.1: a probability or share must be in [0, 1]"},
		{"quorum NaN", func(p *Params) { p.Quorum = math.NaN() }, "--quorum NaN: a probability or share must be in [0, 1]"},
		{"majority above 1", func(p *Params) { p.Majority = 1.01 }, "--majority 1.01: a probability or share must be in [0, 1]"},
		{"unknown members strategy", func(p *Params) { p.Members = 3 }, "--members Members(3): want no, abstain or adaptive"},
		{"zero holders", func(p *Params) { p.Holders = 0 }, "--holders 0: must be positive"},
		{"negative holders", func(p *Params) { p.Holders = -5 }, "--holders -5: must be positive"},
		{"too many holders", func(p *Params) { p.Holders = MaxHolders + 1 }, "--holders 10001: at most 10000"},
		{"zero committee", func(p *Params) { p.Committee = 0 }, "--committee 0: must be positive"},
		{"committee larger than holders", func(p *Params) { p.Committee = 1001 }, "--committee 1001: larger than --holders 1000"},
		{"zero stake", func(p *Params) { p.Stake = 0 }, "--stake 0: must be positive and finite"},
		{"negative stake", func(p *Params) { p.Stake = -1 }, "--stake -1: must be positive and finite"},
		{"infinite stake", func(p *Params) { p.Stake = math.Inf(1) }, "--stake +Inf: must be positive and finite"},
		{"zero float", func(p *Params) { p.Float = 0 }, "--float 0: must be positive and finite"},
		{"negative float", func(p *Params) { p.Float = -1e9 }, "--float -1e+09: must be positive and finite"},
		{"committee share above 1", func(p *Params) { p.Stake = 3e7 },
			"--committee 37 × --stake 3e+07 = 1.11e+09 exceeds --float 1e+09 (committee share 1.11 > 1)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p := Default()
			tc.modify(&p)
			err := p.Check()
			if tc.want == "" {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, ErrInvalidParam)
			require.ErrorContains(t, err, tc.want)
		})
	}
}

func TestCategoriesFollowTheModel(t *testing.T) {
	t.Parallel()
	yes, no, member, abstain := Default().categories()
	// The seed's numbers: q = 0.037; yes .15 × .9 × .963, no .15 × .1 × .963 + .037 (members
	// included), abstain .85 × .963.
	require.InDelta(t, 0.130005, yes, 1e-12)
	require.InDelta(t, 0.051445, no+member, 1e-12)
	require.InDelta(t, 0.037, member, 1e-15)
	require.InDelta(t, 0.81855, abstain, 1e-12)
	require.InDelta(t, 1, yes+no+member+abstain, 1e-15)
	require.InDelta(t, 0.037, Default().CommitteeShare(), 1e-15)
	require.Equal(t, 37e6, Default().Bond())
}

// TestRuleThresholds pins the integer thresholds to the decimal meaning of the flags, including
// products that binary floating point puts a hair above an integer.
func TestRuleThresholds(t *testing.T) {
	t.Parallel()
	tests := []struct {
		holders            int
		quorum, majority   float64
		votes              int
		wantVotes, wantYes int
	}{
		{1000, 0.15, 0.6, 150, 150, 90},
		{1000, 0.1, 0.6, 5, 100, 3},
		{1000, 0.15, 0.7, 10, 150, 7},
		{1000, 0.15, 0.3, 10, 150, 3},
		{1000, 0.151, 0.6, 7, 151, 5}, // 151 and ceil(4.2)
		{3, 0.1 * 3, 0.5, 3, 1, 2},    // 0.30000000000000004 × 3 is not above 1 vote
		{10, 0, 0, 0, 0, 0},
		{10, 1, 1, 10, 10, 10},
	}
	for _, tc := range tests {
		t.Run("", func(t *testing.T) {
			t.Parallel()
			r := NewRule(tc.holders, tc.quorum, tc.majority)
			require.Equal(t, tc.wantVotes, r.MinVotes())
			require.Equal(t, tc.wantYes, r.MinYes(tc.votes))
		})
	}
}

func TestRulePasses(t *testing.T) {
	t.Parallel()
	r := NewRule(1000, 0.15, 0.6)
	tests := []struct {
		name       string
		yes, votes int
		want       bool
	}{
		{"quorum and majority exactly met", 90, 150, true},
		{"one vote short of the quorum", 149, 149, false},
		{"one yes short of the majority", 89, 150, false},
		{"unanimous", 1000, 1000, true},
		{"nobody votes", 0, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			require.Equal(t, tc.want, r.Passes(tc.yes, tc.votes))
		})
	}
}

func TestParseMembers(t *testing.T) {
	t.Parallel()
	for _, m := range []Members{MembersNo, MembersAbstain, MembersAdaptive} {
		got, err := ParseMembers(m.String())
		require.NoError(t, err)
		require.Equal(t, m, got)
	}
	_, err := ParseMembers("yes")
	require.ErrorIs(t, err, ErrInvalidParam)
	require.ErrorContains(t, err, `--members "yes": want no, abstain or adaptive`)
}

func TestPassesWith(t *testing.T) {
	t.Parallel()
	r := NewRule(100, 0.15, 0.6) // 15 votes; 60% yes
	tests := []struct {
		name                      string
		yes, nonMember, members   int
		wantNo, wantAbst, wantAdp bool
	}{
		{"members make the quorum", 12, 13, 2, true, false, false},
		{"members break the majority", 12, 16, 5, false, true, false},
		{"passes whatever members do", 20, 20, 3, true, true, true},
		{"fails whatever members do", 5, 10, 0, false, false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			require.Equal(t, tc.wantNo, r.PassesWith(MembersNo, tc.yes, tc.nonMember, tc.members))
			require.Equal(t, tc.wantAbst, r.PassesWith(MembersAbstain, tc.yes, tc.nonMember, tc.members))
			require.Equal(t, tc.wantAdp, r.PassesWith(MembersAdaptive, tc.yes, tc.nonMember, tc.members))
		})
	}
}
