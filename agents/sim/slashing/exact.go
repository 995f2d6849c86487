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

// Exact computes the probability that the vote passes by summing, over every count of yes votes y
// and no votes m (committee members and non-member no voters together), the trinomial probability
//
//	holders! / (y! m! (holders-y-m)!) × pYes^y × pNo^m × pAbstain^(holders-y-m)
//
// of the outcomes that pass (and, separately, of those that fail). Terms are computed in log space
// from a table of log-factorials; the sum has (holders+1)(holders+2)/2 terms, about half a million
// for 1000 holders.
func Exact(p Params) (ExactResult, error) {
	if err := p.Check(); err != nil {
		return ExactResult{}, err
	}
	n := p.Holders
	rule := NewRule(n, p.Quorum, p.Majority)
	pY, pN, pA := p.categories()
	lf := logFactorials(n)
	lY, lN, lA := logProb(pY), logProb(pN), logProb(pA)

	var pass, fail float64
	for y := 0; y <= n; y++ {
		if pY == 0 && y > 0 {
			break
		}
		for m := 0; m <= n-y; m++ {
			if pN == 0 && m > 0 {
				break
			}
			a := n - y - m
			if pA == 0 && a > 0 {
				continue
			}
			lt := lf[n] - lf[y] - lf[m] - lf[a] + times(y, lY) + times(m, lN) + times(a, lA)
			if rule.Passes(y, y+m) {
				pass += math.Exp(lt)
			} else {
				fail += math.Exp(lt)
			}
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

// logProb is ln(p), with ln(0) = -Inf; callers skip the terms where a zero probability has a
// positive exponent.
func logProb(p float64) float64 {
	if p <= 0 {
		return math.Inf(-1)
	}
	return math.Log(p)
}

// times is k × l with 0 × -Inf = 0 (a zero probability raised to the power zero is 1).
func times(k int, l float64) float64 {
	if k == 0 {
		return 0
	}
	return float64(k) * l
}
