// Package slashing quantifies the seed's "quantifiable guarantee": the probability that a token-holder
// vote to slash and kick a misbehaving committee passes, and so the bond the committee effectively
// posts.
//
// # Model
//
// There are Holders equal holders of the float. Each holder independently is a committee member with
// probability q = Committee × Stake / Float (the committee's share of the float), and committee
// members vote against the proposal. Every other holder votes with probability Turnout, and a voter
// votes yes with probability Yes. Each holder therefore falls into exactly one of four categories:
//
//	member (votes no)        q
//	non-member, votes yes    (1-q) × Turnout × Yes
//	non-member, votes no     (1-q) × Turnout × (1-Yes)
//	non-member, abstains     (1-q) × (1-Turnout)
//
// # Rule
//
// Committee members cast votes: they count towards participation and in the majority's denominator.
// With V = members + yes voters + non-member no voters (the votes cast) and Y the yes votes, the
// proposal passes when
//
//	V >= Quorum × Holders  and  Y >= Majority × V
//
// Both thresholds are evaluated as the smallest integers at or above the products, with a relative
// tolerance of 1e-9 so that decimal inputs such as 0.15 × 1000 give exactly 150 whatever the binary
// rounding of 0.15 (see [Rule]). With Quorum = 0 a vote in which nobody votes passes (0 >= 0 and
// 0 >= 0); that is the literal rule and the simulator keeps it.
//
// Beyond the seed, [Params.Members] can make the committee abstain instead ([MembersAbstain]), or
// respond to the public tally at the end of the vote ([MembersAdaptive], the worst case for the
// slash). Members' no votes help the quorum, so at the seed's example abstaining takes p(slash) from
// 99.6% to 32%: a committee that knows the rule does not vote no when the quorum binds.
//
// Exact and Monte Carlo computations both apply the same [Rule.PassesWith]. [Exact] sums, over the
// trinomial of (non-member yes votes, non-member no votes, the rest), the binomial probability of
// the members' counts among the rest for which the vote passes (the tests check it against
// brute-force enumeration of the four categories for 1 to 4 holders). [MonteCarlo] samples every holder of
// every simulated vote, in fixed-size chunks of runs whose random streams depend only on the seed
// and the chunk's index, so its result depends only on the seed and the number of runs, not on the
// number of workers.
package slashing
