package node

import (
	"sync"
	"time"

	cmtcons "github.com/cometbft/cometbft/consensus"
	cmtnode "github.com/cometbft/cometbft/node"
	"github.com/cometbft/cometbft/p2p"
	cmttypes "github.com/cometbft/cometbft/types"
)

// A restarted node is not always in sync when CometBFT's block sync ends. Block sync syncs up
// to the heights its peers reported (when they connected, then every 10 s), so it ends a few
// heights short of the network, and the node catches up the rest through consensus gossip; at
// voting power 1 a member of a committee of four skipped block sync altogether (see
// app.ValidatorPower). A proposer in that state sealed its slot on the pending tip it had: on the
// anvil scenario set at 7bff7af, node-3, restarted at the end of proposer-down, found L1's
// assured tip to be a block its chain did not hold yet, sent a re-anchoring seal, and a new one
// each time its tip moved; the last committed 5.4 s after the first was sent, after its slot,
// so the block was not assured, and the next slot's block, built on it, was orphaned with it.

// behindHeights is how many heights most peers must have committed past this node's block store
// before it counts itself behind: a peer one height on is the ordinary state just after a
// commit, whose block reaches this node in the next gossip round.
const behindHeights = 2

// behindPeers reports whether most of the peers whose consensus height is known (more than
// half, and at least one) have committed behindHeights or more heights past stored, the last
// height in this node's block store. heights are what the peers' consensus reactors last
// announced, each the height the peer works on, one past its last commit (0: not heard yet, not
// counted).
func behindPeers(stored int64, heights []int64) bool {
	known, ahead := 0, 0
	for _, h := range heights {
		if h <= 0 {
			continue
		}
		known++
		if h-1 >= stored+behindHeights {
			ahead++
		}
	}
	return known > 0 && 2*ahead > known
}

// peerHeights are the consensus heights sw's peers last announced (0 for one not heard yet).
func peerHeights(sw *p2p.Switch) []int64 {
	peers := sw.Peers().List()
	out := make([]int64, 0, len(peers))
	for _, p := range peers {
		if ps, ok := p.Get(cmttypes.PeerStateKey).(*cmtcons.PeerState); ok {
			out = append(out, ps.GetHeight())
		}
	}
	return out
}

// syncGate is whether a node's CometBFT is in sync: out of block sync and, for window (two
// slots) from when it first finds itself out of block sync (the driver asks every 200 ms), not
// behind most of its peers (behindPeers).
//
// Peer heights are unauthenticated: a peer's round-step messages say what it likes, and a
// height it claims stays until it disconnects. A few made-up peers announcing a far height
// could otherwise keep every member from sealing for as long as they stay connected, so the
// peers' word counts only in the window after block sync, where the catching up it detects
// happens. There, what such peers can do is hold a restarted node off its own slots for the
// window (two slots), once: CometBFT never goes back from consensus to block sync. On a chain
// made at power 1 a restarted member of four skips block sync and may still be catching up past
// the window (app.ValidatorPower).
type syncGate struct {
	// waitSync reports CometBFT in block sync; stored its block store's height; heights its
	// peers' consensus heights (cometSyncGate wires them to a node).
	waitSync func() bool
	stored   func() int64
	heights  func() []int64
	window   time.Duration
	now      func() time.Time

	mu   sync.Mutex
	left time.Time // when block sync was first seen over; zero before
}

// catchUpSlots is the window after block sync in which peers' heights count, in slots.
const catchUpSlots = 2

func cometSyncGate(n *cmtnode.Node, slot time.Duration) *syncGate {
	return &syncGate{
		waitSync: n.ConsensusReactor().WaitSync,
		stored:   n.BlockStore().Height,
		heights:  func() []int64 { return peerHeights(n.Switch()) },
		window:   catchUpSlots * slot,
		now:      time.Now,
	}
}

// synced reports the node in sync.
func (g *syncGate) synced() bool {
	if g.waitSync() {
		return false
	}
	now := g.now()
	g.mu.Lock()
	if g.left.IsZero() {
		g.left = now
	}
	inWindow := now.Sub(g.left) < g.window
	g.mu.Unlock()
	return !inWindow || !behindPeers(g.stored(), g.heights())
}
