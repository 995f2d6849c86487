package node

import (
	cmtcons "github.com/cometbft/cometbft/consensus"
	cmtnode "github.com/cometbft/cometbft/node"
	cmttypes "github.com/cometbft/cometbft/types"
)

// A restarted node is not in sync when CometBFT's block sync ends. Block sync hands over to
// consensus as soon as one peer is connected whose height it has not heard yet
// (blocksync.BlockPool.IsCaughtUp: "maxPeerHeight == 0"), so a node a few dozen heights behind
// often catches up through consensus gossip, a height at a time, for several seconds after it
// says it is synced. A proposer in that state sealed its slot on the pending tip it had: L1's
// assured tip was a block its chain did not hold yet, so it sent a re-anchoring seal, and a new
// one each time its tip moved. On the anvil scenario set at 7bff7af (node-3 restarted at the
// end of proposer-down) the last of them committed 5.4 s after the first was sent, after its
// slot, so the block was not assured and the next slot's block, built on it, was orphaned too.

// behindHeights is how many heights most peers must have committed past this node's block store
// before it counts itself behind: a peer one height on is the ordinary state just after a
// commit, whose block reaches this node in the next gossip round.
const behindHeights = 2

// behindPeers reports whether most of the peers whose consensus height is known (more than
// half, and at least one) work on a height at least behindHeights past the one after stored,
// the last height in this node's block store. heights are what the peers' consensus reactors
// last announced (0: not heard yet, not counted).
//
// A peer announces its height in its own round-step messages and can lie. Counting a majority
// of the peers rather than the highest keeps one byzantine peer from holding a proposer off its
// slot; what many lying peers can still do is cost this node its own slots, never the others'
// (each slot has one proposer), and CometBFT's block sync already trusts the same announcements.
func behindPeers(stored int64, heights []int64) bool {
	known, ahead := 0, 0
	for _, h := range heights {
		if h <= 0 {
			continue
		}
		known++
		// A peer working on height h has committed h-1.
		if h-1 >= stored+behindHeights {
			ahead++
		}
	}
	return known > 0 && 2*ahead > known
}

// cometSynced reports a node's CometBFT out of block sync and not behind most of its peers
// (behindPeers).
func cometSynced(n *cmtnode.Node) bool {
	if n.ConsensusReactor().WaitSync() {
		return false
	}
	peers := n.Switch().Peers().List()
	heights := make([]int64, 0, len(peers))
	for _, p := range peers {
		if ps, ok := p.Get(cmttypes.PeerStateKey).(*cmtcons.PeerState); ok {
			heights = append(heights, ps.GetHeight())
		}
	}
	return !behindPeers(n.BlockStore().Height(), heights)
}
