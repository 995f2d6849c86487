package scenario

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"time"

	cmtjson "github.com/cometbft/cometbft/libs/json"
	"github.com/cometbft/cometbft/privval"
	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sptn/sptn/agents/devnet"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/node"
	"github.com/sptn/sptn/bindings/rollup"
	"github.com/sptn/sptn/bindings/slasher"
)

// This file reads the state the verdicts decide on: CometBFT blocks and commits over each node's
// RPC, a validator's key and last-sign state from its home, propose transactions and events on L1.

// rpcTimeout bounds one read.
const rpcTimeout = 5 * time.Second

// cometOf dials a node's CometBFT RPC.
func cometOf(a *devnet.Agent) (*rpchttp.HTTP, error) {
	c, err := rpchttp.New(a.CometRPC, "/websocket")
	if err != nil {
		return nil, fmt.Errorf("%s: CometBFT RPC: %w", a.Name, err)
	}
	return c, nil
}

// cometStatus reads a node's chain id and latest height.
func cometStatus(ctx context.Context, a *devnet.Agent) (string, int64, error) {
	c, err := cometOf(a)
	if err != nil {
		return "", 0, err
	}
	rctx, cancel := context.WithTimeout(ctx, rpcTimeout)
	defer cancel()
	st, err := c.Status(rctx)
	if err != nil {
		return "", 0, fmt.Errorf("%s: CometBFT status: %w", a.Name, err)
	}
	return st.NodeInfo.Network, st.SyncInfo.LatestBlockHeight, nil
}

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
		id, h, err := cometStatus(ctx, a)
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

// validatorOf reads node a's CometBFT validator key and its last-sign state from its home (the
// state is what the validator persisted before each signature left).
func validatorOf(a *devnet.Agent) (validatorKey, privval.FilePVLastSignState, error) {
	home := node.CometHome(filepath.Join(a.DataDir, "data"))
	var (
		k  privval.FilePVKey
		st privval.FilePVLastSignState
	)
	raw, err := os.ReadFile(filepath.Join(home, "config", "priv_validator_key.json"))
	if err != nil {
		return validatorKey{}, st, err
	}
	if err := cmtjson.Unmarshal(raw, &k); err != nil {
		return validatorKey{}, st, fmt.Errorf("%s: validator key: %w", a.Name, err)
	}
	raw, err = os.ReadFile(filepath.Join(home, "data", "priv_validator_state.json"))
	if err != nil {
		return validatorKey{}, st, err
	}
	if err := cmtjson.Unmarshal(raw, &st); err != nil {
		return validatorKey{}, st, fmt.Errorf("%s: last-sign state: %w", a.Name, err)
	}
	return validatorKey{Address: k.PubKey.Address(), PubKey: k.PubKey}, st, nil
}

// votesOf reads the commits of heights from to to that every running node holds (each node's own
// commit of its latest height included) and returns key's precommits in them.
func (e *Env) votesOf(ctx context.Context, chainID string, key validatorKey, from, to int64) ([]signedVote, error) {
	var out []signedVote
	for _, a := range e.Nodes {
		if !a.Running() {
			continue
		}
		c, err := cometOf(a)
		if err != nil {
			return nil, err
		}
		_, top, err := cometStatus(ctx, a)
		if err != nil {
			return nil, err
		}
		var commits []*cmttypes.Commit
		for h := max(from, 1); h <= min(to, top); h++ {
			rctx, cancel := context.WithTimeout(ctx, rpcTimeout)
			rc, err := c.Commit(rctx, &h)
			cancel()
			if err != nil {
				return nil, fmt.Errorf("%s: commit of height %d: %w", a.Name, h, err)
			}
			commits = append(commits, rc.Commit)
		}
		votes, err := precommitsOf(chainID, key, a.Name, commits)
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
		c, err := cometOf(a)
		if err != nil {
			return nil, err
		}
		var out []*cmttypes.Block
		for h := max(from, 1); h <= to; h++ {
			rctx, cancel := context.WithTimeout(ctx, rpcTimeout)
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

// domain is the rollup's EIP-712 domain.
func (e *Env) domain() (protocol.Domain, error) {
	addr, err := e.Net.Deployments.Address("Rollup")
	if err != nil {
		return protocol.Domain{}, err
	}
	return protocol.Domain{ChainID: new(big.Int).SetUint64(e.Net.Deployments.ChainID), Rollup: addr}, nil
}

// l1AttestationsOf reads every L1 block since the deployment and returns attester's
// attestations in the propose transactions they hold, mined successfully or not.
func (e *Env) l1AttestationsOf(ctx context.Context, attester common.Address) ([]l1Attestation, error) {
	d, err := e.domain()
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
	var out []l1Attestation
	for n := e.Net.Deployments.Block; n <= head; n++ {
		b, err := c.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return nil, fmt.Errorf("L1 block %d: %w", n, err)
		}
		out = append(out, attestationsIn(d, attester, n, b.Transactions())...)
	}
	return out, nil
}

var equivocationSlashedID = slasher.NewSlasher().GetABI().Events["EquivocationSlashed"].ID

// equivocationSlashes reads the Slasher's EquivocationSlashed events against attester.
func (e *Env) equivocationSlashes(ctx context.Context, attester common.Address) ([]*slasher.SlasherEquivocationSlashed, error) {
	addr, err := e.Net.Deployments.Address("Slasher")
	if err != nil {
		return nil, err
	}
	c, err := e.Net.Dial(ctx)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{addr},
		FromBlock: new(big.Int).SetUint64(e.Net.Deployments.Block),
		Topics:    [][]common.Hash{{equivocationSlashedID}, {common.BytesToHash(attester.Bytes())}}})
	if err != nil {
		return nil, fmt.Errorf("read EquivocationSlashed logs: %w", err)
	}
	sl := slasher.NewSlasher()
	var out []*slasher.SlasherEquivocationSlashed
	for i := range logs {
		ev, err := sl.UnpackEquivocationSlashedEvent(&logs[i])
		if err != nil {
			return nil, err
		}
		out = append(out, ev)
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
