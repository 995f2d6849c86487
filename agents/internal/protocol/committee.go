package protocol

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

var (
	committeeDomain = crypto.Keccak256Hash([]byte("sptn.rollup.committee"))
	proposerDomain  = crypto.Keccak256Hash([]byte("sptn.rollup.proposer"))
)

// Quorum is the number of distinct attestations a committee of k needs: floor(2k/3) + 1.
func Quorum(k int) int { return k*2/3 + 1 }

func hashMod(domain common.Hash, seed common.Hash, i uint64, mod uint64) uint64 {
	h := crypto.Keccak256(domain[:], seed[:], u64(i))
	return new(big.Int).Mod(new(big.Int).SetBytes(h), new(big.Int).SetUint64(mod)).Uint64()
}

// SampleIndices returns the first k positions of the random permutation of [0, n) that the seed
// picks (CommitteeLib.sampleIndices): a partial Fisher-Yates shuffle. k is capped at n.
func SampleIndices(seed common.Hash, n, k int) []int {
	if k > n {
		k = n
	}
	out := make([]int, k)
	// perm holds the positions that a swap moved; absent positions hold themselves.
	perm := make(map[int]int, 2*k)
	at := func(p int) int {
		if v, ok := perm[p]; ok {
			return v
		}
		return p
	}
	for i := 0; i < k; i++ {
		j := i + int(hashMod(committeeDomain, seed, uint64(i), uint64(n-i)))
		vi, vj := at(i), at(j)
		out[i] = vj
		perm[j] = vi
	}
	return out
}

// Committee picks the committee from the active set as it stood at the epoch's sample time.
func Committee(seed common.Hash, set []common.Address, size int) []common.Address {
	idx := SampleIndices(seed, len(set), size)
	out := make([]common.Address, len(idx))
	for i, p := range idx {
		out[i] = set[p]
	}
	return out
}

// ProposerIndex is the committee index of the proposer of slot (CommitteeLib.proposerIndex).
func ProposerIndex(seed common.Hash, slot uint64, k int) int {
	return int(hashMod(proposerDomain, seed, slot, uint64(k)))
}
