package app

import (
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// maxSealsInMempool is how many seals of one proposer's slot CheckTx admits to this node's
// mempool (review r17k F2): the honest driver sends one seal at a time per base, a few in a
// slot; a byzantine proposer of a near slot could otherwise sign thousands, fill CometBFT's
// mempool (which then refuses every new transaction before CheckTx, the slot's honest seal
// included) and keep it full while they stay fresh and on the tip.
const maxSealsInMempool = maxSealsTried

// sealCounts counts the seals this node's mempool holds by proposer and slot: node-local, not
// state. Commit clears it; CometBFT's recheck of the mempool after each commit counts again
// what stays, evicting what is over the bound.
type sealCounts struct {
	mu sync.Mutex
	n  map[sealCountKey]int
}

type sealCountKey struct {
	by   common.Address
	slot uint64
}

// admit counts one more seal of by's slot, reporting false (and counting nothing) at the bound.
func (c *sealCounts) admit(by common.Address, slot uint64) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.n == nil {
		c.n = map[sealCountKey]int{}
	}
	k := sealCountKey{by, slot}
	if c.n[k] >= maxSealsInMempool {
		return false
	}
	c.n[k]++
	return true
}

func (c *sealCounts) reset() {
	c.mu.Lock()
	c.n = nil
	c.mu.Unlock()
}
