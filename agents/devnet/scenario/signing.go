package scenario

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sptn/sptn/agents/devnet"
	"github.com/sptn/sptn/agents/devnet/observe"
	"github.com/sptn/sptn/agents/internal/protocol"
)

// signWatch is a node whose signatures a scenario watches across a fault: its CometBFT validator
// key and attester, the first height checked and its stake before.
type signWatch struct {
	node     *devnet.Agent
	key      observe.ValidatorKey
	attester common.Address
	chainID  string
	from     int64
	stake    *big.Int
}

// watchSigning starts watching node i's signatures from a few heights before now.
func (e *Env) watchSigning(ctx context.Context, i int) (*signWatch, error) {
	key, _, err := observe.ValidatorOf(e.Nodes[i])
	if err != nil {
		return nil, err
	}
	chainID, h, err := e.networkHeight(ctx)
	if err != nil {
		return nil, err
	}
	attester := e.attesterOf(i)
	info, _, err := observe.StakeOf(ctx, e.Net, attester)
	if err != nil {
		return nil, err
	}
	return &signWatch{node: e.Nodes[i], key: key, attester: attester, chainID: chainID, from: max(1, h-10), stake: info.Amount}, nil
}

// privvalOnDisk checks the last-sign state a stopped or killed node left on disk against every
// precommit of its key that the running nodes' commits hold: the state must cover them all, or
// the node could sign one of them again when it restarts.
func (e *Env) privvalOnDisk(ctx context.Context, w *signWatch) error {
	_, st, err := observe.ValidatorOf(w.node)
	if err != nil {
		return err
	}
	_, top, err := e.networkHeight(ctx)
	if err != nil {
		return err
	}
	votes, err := e.votesOf(ctx, w.chainID, w.key, w.from, top)
	if err != nil {
		return err
	}
	if err := privvalCovers(st, votes); err != nil {
		return err
	}
	last := int64(0)
	for _, v := range votes {
		last = max(last, v.Height)
	}
	e.Logf("%s's last-sign state on disk is height %d round %d step %d; the network's commits hold its precommits up to height %d",
		w.node.Name, st.Height, st.Round, st.Step, last)
	return nil
}

// votesAgain waits until the node's precommits for committed blocks are in the commits of three
// heights above since: it takes part in consensus again.
func (e *Env) votesAgain(ctx context.Context, w *signWatch, since int64, timeout time.Duration) error {
	var n int
	err := e.until(ctx, fmt.Sprintf("%s's validator signs three commits above height %d", w.node.Name, since), timeout, func() (bool, error) {
		_, top, err := e.networkHeight(ctx)
		if err != nil {
			return false, err
		}
		votes, err := e.votesOf(ctx, w.chainID, w.key, since+1, top)
		if err != nil {
			return false, err
		}
		n = committedAbove(votes, since)
		return n >= 3, nil
	})
	if err != nil {
		return err
	}
	e.Logf("%s votes again: its precommits are in %d commits above height %d", w.node.Name, n, since)
	return nil
}

// attestsAgain waits until a pending block above number carries an attestation by the node's
// attester (its signature over the block's header recovers to it).
func (e *Env) attestsAgain(ctx context.Context, w *signWatch, number uint64, timeout time.Duration) error {
	d, err := observe.Domain(e.Net)
	if err != nil {
		return err
	}
	next := number + 1
	return e.until(ctx, fmt.Sprintf("a pending block above %d carries %s's attestation", number, w.node.Name), timeout, func() (bool, error) {
		for ; ; next++ {
			b, err := observe.FetchBlock(ctx, e.Nodes[0].API, next)
			if err != nil || len(b.Attestations) == 0 {
				return false, nil //nolint:nilerr // not sealed, or not attested yet: look again
			}
			digest := d.AttestationDigest(b.Header.Protocol())
			for _, a := range b.Attestations {
				var sig [65]byte
				copy(sig[:], a.Signature)
				if signer, err := protocol.RecoverSigner(digest, sig); err == nil && signer == w.attester {
					e.Logf("%s attests again: pending block %d carries its attestation", w.node.Name, next)
					return true, nil
				}
			}
		}
	})
}

// noDoubleSign decides, on state, that the watched node signed nothing twice: among the
// precommits of its validator key in every running node's commits since the watch began, no
// height and round names two blocks; no block holds double-sign evidence against the key; its
// last-sign state on disk covers every one of those precommits; on L1 its attester's attestations
// (in every propose transaction since the deployment, mined or reverted) name one header per
// slot, no EquivocationSlashed names it, and its stake is as before.
func (e *Env) noDoubleSign(ctx context.Context, w *signWatch) error {
	_, top, err := e.networkHeight(ctx)
	if err != nil {
		return err
	}
	votes, err := e.votesOf(ctx, w.chainID, w.key, w.from, top)
	if err != nil {
		return err
	}
	if c := observe.ConflictingVotes(votes); len(c) > 0 {
		return failf("%s's validator key signed twice: %s", w.node.Name, strings.Join(c, "; "))
	}
	// Evidence of two conflicting votes at height h can be in block h+1 at the earliest: a
	// validator that received both while at h turns them into evidence as it commits h
	// (CometBFT's evidence pool, on its Update), and puts it in the next block it proposes.
	// Gossip to a validator that did not see them waits while that peer is not past h, then
	// ten seconds (the reactor's broadcast interval), so it is not counted on: a double-signer
	// sends its votes to every peer of the devnet's full mesh, each peer at h makes the
	// evidence, and with equal powers every validator proposes once in as many heights as there
	// are validators. So the evidence is read through that many heights past top, and one more
	// for a double-sign at top+1, the height in progress at the read. (The broken build signs
	// twice on each prevote after its restart, and votesAgain waited for three of its commits,
	// so its first double-signs are heights before top.) Read at top alone, the blocks could not
	// yet hold the evidence of the last heights watched: the node-crash-restart negative run
	// passed in CI at bd435dd, its double-signs at heights 47-50 read at 49.
	vals := e.validatorCount(ctx)
	end := top + int64(vals) + 1
	if err := e.until(ctx, fmt.Sprintf("every running node commits height %d, for evidence of the votes up to %d", end, top),
		e.slots(4)+time.Duration(vals)*time.Second, func() (bool, error) { return e.allAtLeast(ctx, end) }); err != nil {
		return err
	}
	blocks, err := e.blocksFrom(ctx, w.from, end)
	if err != nil {
		return err
	}
	if ev := observe.EvidenceAgainst(blocks, w.key.Address); len(ev) > 0 {
		return failf("%s's validator key double-signed: %s", w.node.Name, strings.Join(ev, "; "))
	}
	if err := e.privvalOnDisk(ctx, w); err != nil {
		return err
	}
	atts, err := e.l1AttestationsOf(ctx, w.attester)
	if err != nil {
		return err
	}
	if eq := observe.Equivocations(atts); len(eq) > 0 {
		return failf("%s's attester %s signed two headers for one slot on L1: %s", w.node.Name, w.attester, strings.Join(eq, "; "))
	}
	slashes, err := observe.EquivocationSlashes(ctx, e.Net, w.attester)
	if err != nil {
		return err
	}
	if len(slashes) > 0 {
		return failf("L1 slashed %s's attester %s for equivocation in slot %s", w.node.Name, w.attester, slashes[0].Slot)
	}
	info, active, err := observe.StakeOf(ctx, e.Net, w.attester)
	if err != nil {
		return err
	}
	if info.Amount.Cmp(w.stake) != 0 || !active {
		return failf("%s's attester %s: stake %s -> %s, active %v", w.node.Name, w.attester, w.stake, info.Amount, active)
	}
	e.Logf("%s signed nothing twice: %d precommits of its key in heights %d-%d of every node's commits, one block each; "+
		"no evidence against it in the %d blocks through height %d; on L1 %d attestations of %s, one header per slot, no EquivocationSlashed; stake %s, active",
		w.node.Name, len(votes), w.from, top, len(blocks), end, len(atts), w.attester, info.Amount)
	return nil
}

// sameAssured waits until a node's assured tip is L1's, by number and hash (the node reads L1
// every poll interval, so it may be one reading behind for a moment).
func (e *Env) sameAssured(ctx context.Context, a *devnet.Agent, timeout time.Duration) error {
	var last error
	err := e.until(ctx, fmt.Sprintf("%s's assured tip is L1's", a.Name), timeout, func() (bool, error) {
		l1, err := e.rollupTips(ctx)
		if err != nil {
			return false, err
		}
		mine, err := a.Tips(ctx)
		if err != nil {
			return false, err
		}
		last = sameTip(a.Name, tipRef{mine.Assured.Number, mine.Assured.Hash}, tipRef{l1.AssuredNumber.Uint64(), l1.AssuredHash})
		if last == nil {
			e.Logf("%s's assured tip is L1's: %d (%s)", a.Name, mine.Assured.Number, mine.Assured.Hash)
		}
		return last == nil, nil
	})
	if err != nil && last != nil {
		return last
	}
	return err
}
