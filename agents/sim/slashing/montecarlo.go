package slashing

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"sync"
	"sync/atomic"
)

// ChunkRuns is the number of simulated votes drawn from one random stream. The result of MonteCarlo
// depends on it (it fixes which stream simulates which vote), so changing it changes the numbers
// reproduced from a seed.
const ChunkRuns = 4096

// z95 is the standard normal quantile for a two-sided 95% interval.
const z95 = 1.959963984540054

// MCConfig configures MonteCarlo.
type MCConfig struct {
	Runs    int64  // simulated votes; positive
	Seed    uint64 // the result depends only on Seed and Runs
	Workers int    // goroutines; 0 means GOMAXPROCS; does not change the result
}

// MCResult is a Monte Carlo estimate with its Wilson score 95% interval.
type MCResult struct {
	Runs     int64
	Slashed  int64   // simulated votes that passed
	PSlash   float64 // Slashed / Runs
	CI95Low  float64
	CI95High float64
}

// MonteCarlo simulates cfg.Runs votes, drawing every holder's category independently, and counts
// those that pass. Runs are cut into chunks of ChunkRuns; chunk k draws from a ChaCha8 stream keyed
// by (cfg.Seed, k), and workers take chunks in any order, so the count depends only on the seed and
// the number of runs. It stops early with ctx's error when ctx is done.
func MonteCarlo(ctx context.Context, p Params, cfg MCConfig) (MCResult, error) {
	if err := p.Check(); err != nil {
		return MCResult{}, err
	}
	if cfg.Runs <= 0 {
		return MCResult{}, fmt.Errorf("%w: --runs %d: must be positive", ErrInvalidParam, cfg.Runs)
	}
	if cfg.Workers < 0 {
		return MCResult{}, fmt.Errorf("%w: --workers %d: must not be negative", ErrInvalidParam, cfg.Workers)
	}
	workers := cfg.Workers
	if workers == 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	chunks := (cfg.Runs + ChunkRuns - 1) / ChunkRuns
	workers = int(min(int64(workers), chunks))

	s := newSampler(p)
	var (
		next    atomic.Int64
		slashed atomic.Int64
		wg      sync.WaitGroup
	)
	for range workers {
		wg.Go(func() {
			for ctx.Err() == nil {
				k := next.Add(1) - 1
				if k >= chunks {
					return
				}
				runs := min(int64(ChunkRuns), cfg.Runs-k*ChunkRuns)
				slashed.Add(s.chunk(streamFor(cfg.Seed, uint64(k)), runs))
			}
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return MCResult{}, fmt.Errorf("monte carlo: %w", err)
	}
	r := MCResult{Runs: cfg.Runs, Slashed: slashed.Load()}
	r.PSlash = float64(r.Slashed) / float64(r.Runs)
	r.CI95Low, r.CI95High = Wilson(r.Slashed, r.Runs, z95)
	return r, nil
}

// Wilson is the Wilson score interval for k successes in n trials at normal quantile z. It stays
// inside [0, 1] and is not degenerate at k = 0 or k = n, unlike the normal approximation.
func Wilson(k, n int64, z float64) (lo, hi float64) {
	nf := float64(n)
	ph := float64(k) / nf
	z2 := z * z
	den := 1 + z2/nf
	center := (ph + z2/(2*nf)) / den
	half := z / den * math.Sqrt(ph*(1-ph)/nf+z2/(4*nf*nf))
	return max(0, center-half), min(1, center+half)
}

// streamFor is the random stream of chunk k: ChaCha8 keyed by the seed and the chunk index, so that
// streams of different chunks or seeds are independent.
func streamFor(seed, k uint64) *rand.ChaCha8 {
	var key [32]byte
	copy(key[:], "sptn/sim/slashing")
	binary.LittleEndian.PutUint64(key[16:], seed)
	binary.LittleEndian.PutUint64(key[24:], k)
	return rand.NewChaCha8(key)
}

// sampler draws one holder's category from one 53-bit uniform u: a non-member voting yes when
// u < tYes, a non-member voting no when u < tNo, a member when u < tMember, and an abstaining
// non-member otherwise. Thresholds are the cumulative probabilities in units of 2^-53, so
// probabilities 0 and 1 are exact.
type sampler struct {
	holders int
	tYes    uint64
	tNo     uint64
	tMember uint64
	members Members
	rule    Rule
}

func newSampler(p Params) *sampler {
	pY, pN, pM, _ := p.categories()
	const one = 1 << 53
	t := func(c float64) uint64 { return uint64(math.Round(min(c, 1) * one)) }
	return &sampler{
		holders: p.Holders,
		tYes:    t(pY),
		tNo:     t(pY + pN),
		tMember: t(pY + pN + pM),
		members: p.Members,
		rule:    NewRule(p.Holders, p.Quorum, p.Majority),
	}
}

// chunk simulates runs votes from src and returns how many passed.
func (s *sampler) chunk(src *rand.ChaCha8, runs int64) int64 {
	var passed int64
	for range runs {
		yes, votes, members := 0, 0, 0
		for range s.holders {
			switch u := src.Uint64() >> 11; {
			case u < s.tYes:
				yes++
				votes++
			case u < s.tNo:
				votes++
			case u < s.tMember:
				members++
			}
		}
		if s.rule.PassesWith(s.members, yes, votes, members) {
			passed++
		}
	}
	return passed
}
