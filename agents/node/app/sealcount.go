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

// sealCounts counts the distinct seals this node's mempool holds by proposer and slot:
// node-local, not state. Commit clears it; CometBFT's recheck of the mempool after each commit
// counts again what stays, evicting what is over the bound. It counts seals by their hash, not
// CheckTx calls: CometBFT asks again for bytes its mempool holds once they left its LRU cache,
// which any peer can force with junk, and after dropping a seal for a full mempool (review r17l
// F6). Keys are few (checkSeal admits only the slot's proposer, and fresh slots are four).
type sealCounts struct {
	mu sync.Mutex
	n  map[sealCountKey]map[common.Hash]struct{}
}

type sealCountKey struct {
	by   common.Address
	slot uint64
}

// admit counts seal h of by's slot, reporting false (and counting nothing) when it is new and
// the bound is reached.
func (c *sealCounts) admit(by common.Address, slot uint64, h common.Hash) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.n == nil {
		c.n = map[sealCountKey]map[common.Hash]struct{}{}
	}
	k := sealCountKey{by, slot}
	seals := c.n[k]
	if _, ok := seals[h]; ok {
		return true
	}
	if len(seals) >= maxSealsInMempool {
		return false
	}
	if seals == nil {
		seals = map[common.Hash]struct{}{}
		c.n[k] = seals
	}
	seals[h] = struct{}{}
	return true
}

func (c *sealCounts) reset() {
	c.mu.Lock()
	c.n = nil
	c.mu.Unlock()
}
