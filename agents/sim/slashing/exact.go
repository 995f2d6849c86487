package slashing

import (
	"fmt"
	"math"
)

// ExactResult is the exact probability of a slash, and of its complement summed separately so that
// small escape probabilities (1e-12, say) keep their precision instead of vanishing in 1 - PSlash.
type ExactResult struct {
	PSlash  float64 // probability that the vote passes
	PEscape float64 // probability that it fails; PSlash + PEscape = 1 up to rounding
}

// Exact computes the probability that the vote passes, in O(holders²) time and O(holders) memory.
//
// Each holder is a non-member voting yes (probability pY), a non-member voting no (pN), or one of
// the rest: a member or an abstaining non-member (pR = pM + pA). The sum runs over a, the size of
// the rest, and y, the yes votes; the non-member no votes are then holders - a - y and the
// non-member votes cast are holders - a. The trinomial probability of (y, holders-a-y, a) is
//
//	holders! / (y! (holders-a-y)! a!) × pY^y × pN^(holders-a-y) × pR^a
//
// and, given a, the number of members k among the rest is Binomial(a, pM/pR). For each (a, y) the
// members counts for which Rule.PassesWith passes form an interval of k (more members add to
// participation and to the no votes, which helps the quorum and hurts the majority), found by
// scanning with two pointers; the interval's binomial probability weighs the term. Terms are
// computed in log space from a table of log-factorials.
func Exact(p Params) (ExactResult, error) {
	if err := p.Check(); err != nil {
		return ExactResult{}, err
	}
	n := p.Holders
	rule := NewRule(n, p.Quorum, p.Majority)
	pY, pN, pM, pA := p.categories()
	pR := pM + pA
	r := 0.0 // probability that one of the rest is a member
	if pR > 0 {
		r = pM / pR
	}
	lf := logFactorials(n)
	lY, lN, lR := logProb(pY), logProb(pN), logProb(pR)
	lr, l1r := logProb(r), logProb(1-r)

	cdf := make([]float64, n+2) // cdf[k+1] = P(K <= k); cdf[0] = 0
	sf := make([]float64, n+1)  // sf[k] = P(K > k)
	var pass, fail float64
	for a := 0; a <= n; a++ {
		la := lf[n] - lf[a] + times(a, lR)
		if math.IsInf(la, -1) {
			continue // pR = 0 and a > 0: impossible
		}
		// The distribution of the members among the rest.
		for k := 0; k <= a; k++ {
			cdf[k+1] = cdf[k] + math.Exp(lf[a]-lf[k]-lf[a-k]+times(k, lr)+times(a-k, l1r))
		}
		sf[a] = 0
		for k := a - 1; k >= 0; k-- {
			sf[k] = sf[k+1] + (cdf[k+2] - cdf[k+1])
		}
		// y from the most yes votes down: the passing interval [lo, hi] of members only shrinks.
		v := n - a // non-member votes cast
		passes := func(y, k int) bool { return rule.PassesWith(p.Members, y, v, k) }
		lo, hi := 0, a
		for lo <= hi && !passes(v, lo) {
			lo++
		}
		for hi >= lo && !passes(v, hi) {
			hi--
		}
		for y := v; y >= 0; y-- {
			for lo <= hi && !passes(y, lo) {
				lo++
			}
			for hi >= lo && !passes(y, hi) {
				hi--
			}
			t := math.Exp(la - lf[y] - lf[v-y] + times(y, lY) + times(v-y, lN))
			if t == 0 {
				continue
			}
			if lo > hi {
				fail += t
				continue
			}
			pass += t * (cdf[hi+1] - cdf[lo])
			fail += t * (cdf[lo] + sf[hi])
		}
	}
	if s := pass + fail; !(math.Abs(s-1) <= 1e-9) {
		panic(fmt.Sprintf("slashing: exact probabilities sum to %v, not 1", s)) // a broken invariant
	}
	// Normalising removes the rounding of the log-factorials (a few 1e-12 for 1000 holders) and keeps
	// both probabilities within [0, 1].
	s := pass + fail
	return ExactResult{PSlash: pass / s, PEscape: fail / s}, nil
}

// logFactorials returns ln(k!) for k = 0..n.
func logFactorials(n int) []float64 {
	lf := make([]float64, n+1)
	for k := 2; k <= n; k++ {
		lf[k] = lf[k-1] + math.Log(float64(k))
	}
	return lf
}

// logProb is ln(p), with ln(0) = -Inf.
func logProb(p float64) float64 {
	if p <= 0 {
		return math.Inf(-1)
	}
	return math.Log(p)
}

// times is k × l with 0 × -Inf = 0 (a zero probability raised to the power zero is 1), so that a
// term with a zero probability and a positive exponent is exp(-Inf) = 0.
func times(k int, l float64) float64 {
	if k == 0 {
		return 0
	}
	return float64(k) * l
}
