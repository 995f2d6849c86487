package slashing

import (
	"context"
	"testing"
)

// BenchmarkMonteCarlo simulates 10,000 votes of the seed's example (1000 holders each) per
// iteration, on GOMAXPROCS workers.
func BenchmarkMonteCarlo(b *testing.B) {
	p := Default()
	for i := 0; b.Loop(); i++ {
		if _, err := MonteCarlo(context.Background(), p, MCConfig{Runs: 10_000, Seed: uint64(i)}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExact computes the seed's example exactly (1000 holders, about 500,000 terms).
func BenchmarkExact(b *testing.B) {
	p := Default()
	for b.Loop() {
		if _, err := Exact(p); err != nil {
			b.Fatal(err)
		}
	}
}
