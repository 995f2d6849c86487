package scenario

import (
	"context"
	"fmt"
	"math/big"

	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sptn/sptn/agents/devnet"
	"github.com/sptn/sptn/agents/devnet/observe"
	"github.com/sptn/sptn/bindings/rollup"
)

// This file reads the state the verdicts decide on: CometBFT blocks and commits over each node's
// RPC, a validator's key and last-sign state from its home, propose transactions and events on L1.

// networkHeight is the highest height a running node reports, with the chain id.
func (e *Env) networkHeight(ctx context.Context) (string, int64, error) {
	var (
		chainID string
		best    int64
		errs    []error
	)
	for _, a := range e.Nodes {
		if !a.Running() {
			continue
		}
		id, h, err := observe.CometStatus(ctx, a)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		chainID, best = id, max(best, h)
	}
	if chainID == "" {
		return "", 0, fmt.Errorf("no running node answers CometBFT status: %v", errs)
	}
	return chainID, best, nil
}

// allAtLeast reports whether every running node has committed height h (blocksFrom reads one of
// them).
func (e *Env) allAtLeast(ctx context.Context, h int64) (bool, error) {
	for _, a := range e.Nodes {
		if !a.Running() {
			continue
		}
		_, at, err := observe.CometStatus(ctx, a)
		if err != nil {
			return false, err
		}
		if at < h {
			return false, nil
		}
	}
	return true, nil
}

// validatorCount is the size of the CometBFT validator set, as the first running node that
// answers has it, or, if none does, the number of nodes.
func (e *Env) validatorCount(ctx context.Context) int {
	for _, a := range e.Nodes {
		if a.Running() {
			if vals, err := observe.Validators(ctx, a); err == nil && len(vals) > 0 {
				return len(vals)
			}
		}
	}
	return len(e.Nodes)
}

// votesOf reads the commits of heights from to to that every running node holds (each node's own
// commit of its latest height included) and returns key's precommits in them.
func (e *Env) votesOf(ctx context.Context, chainID string, key observe.ValidatorKey, from, to int64) ([]observe.Vote, error) {
	var out []observe.Vote
	for _, a := range e.Nodes {
		if !a.Running() {
			continue
		}
		c, err := observe.Comet(a)
		if err != nil {
			return nil, err
		}
		_, top, err := observe.CometStatus(ctx, a)
		if err != nil {
			return nil, err
		}
		var commits []*cmttypes.Commit
		for h := max(from, 1); h <= min(to, top); h++ {
			rctx, cancel := context.WithTimeout(ctx, observe.RPCTimeout)
			rc, err := c.Commit(rctx, &h)
			cancel()
			if err != nil {
				return nil, fmt.Errorf("%s: commit of height %d: %w", a.Name, h, err)
			}
			commits = append(commits, rc.Commit)
		}
		votes, err := observe.Precommits(chainID, key, a.Name, commits)
		if err != nil {
			return nil, failf("%v", err)
		}
		out = append(out, votes...)
	}
	return out, nil
}

// blocksFrom reads blocks from to to from the first running node.
func (e *Env) blocksFrom(ctx context.Context, from, to int64) ([]*cmttypes.Block, error) {
	for _, a := range e.Nodes {
		if !a.Running() {
			continue
		}
		c, err := observe.Comet(a)
		if err != nil {
			return nil, err
		}
		var out []*cmttypes.Block
		for h := max(from, 1); h <= to; h++ {
			rctx, cancel := context.WithTimeout(ctx, observe.RPCTimeout)
			rb, err := c.Block(rctx, &h)
			cancel()
			if err != nil {
				return nil, fmt.Errorf("%s: block %d: %w", a.Name, h, err)
			}
			out = append(out, rb.Block)
		}
		return out, nil
	}
	return nil, fmt.Errorf("no running node to read blocks from")
}

// l1AttestationsOf reads every L1 block since the deployment and returns attester's
// attestations in the propose transactions they hold, mined successfully or not.
func (e *Env) l1AttestationsOf(ctx context.Context, attester common.Address) ([]observe.L1Attestation, error) {
	d, err := observe.Domain(e.Net)
	if err != nil {
		return nil, err
	}
	c, err := e.Net.Dial(ctx)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	head, err := c.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	var out []observe.L1Attestation
	for n := e.Net.Deployments.Block; n <= head; n++ {
		b, err := c.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return nil, fmt.Errorf("L1 block %d: %w", n, err)
		}
		out = append(out, observe.AttestationsOf(d, attester, n, b.Transactions())...)
	}
	return out, nil
}

// l1Block reads the hash L1's rollup holds for block number n of the L2 chain.
func (e *Env) l1Block(ctx context.Context, n uint64) (common.Hash, error) {
	r := rollup.NewRollup()
	h, err := devnet.RollupView(ctx, e.Net, r.PackGetBlockHash(new(big.Int).SetUint64(n)), r.UnpackGetBlockHash)
	if err != nil {
		return common.Hash{}, fmt.Errorf("rollup block hash of %d: %w", n, err)
	}
	return h, nil
}

// attesterOf is sequencer i's attester address.
func (e *Env) attesterOf(i int) common.Address { return e.Net.Sequencers[i].Attester }

// devAddress is the dev account's address.
func devAddress() common.Address { return crypto.PubkeyToAddress(devnet.DevKey().PublicKey) }
