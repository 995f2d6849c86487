package app

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/cometbft/cometbft/crypto/ed25519"
	"github.com/ethereum/go-ethereum/common"
)

// Info reports the committed height and app hash, from which CometBFT replays.
func (a *App) Info(context.Context, *abci.RequestInfo) (*abci.ResponseInfo, error) {
	m := a.Meta()
	res := &abci.ResponseInfo{Data: "sptn-pending", Version: "2", LastBlockHeight: m.Height}
	if m.Height > 0 {
		res.LastBlockAppHash = m.AppHash[:]
	}
	return res, nil
}

// InitChain takes the genesis app_state: the chain's params (DefaultParams when it names none)
// and the validator-to-attester map. Its app hash commits to both, so a node started from a
// genesis with other params is stopped by CometBFT at the first block.
func (a *App) InitChain(_ context.Context, req *abci.RequestInitChain) (*abci.ResponseInitChain, error) {
	var gs GenesisState
	if len(req.AppStateBytes) > 0 {
		if err := json.Unmarshal(req.AppStateBytes, &gs); err != nil {
			return nil, fmt.Errorf("app: genesis app_state: %w", err)
		}
	}
	p := DefaultParams()
	if gs.Params != nil {
		p = gs.Params.withDefaults()
	}
	// A genesis is made under Check's bounds (WriteGenesis); one replayed here may come from an
	// earlier version, whose chain restarted nodes keep running on (checkStored): a node that
	// joins it replays the same genesis (review r37 F3).
	if err := p.checkStored(); err != nil {
		return nil, fmt.Errorf("app: genesis app_state: %w", err)
	}
	v := newView(a.kv)
	var m Meta
	v.putJSON(keyParams, p)
	pubs := map[string][]byte{} // CometBFT address -> public key
	for _, vu := range req.Validators {
		pk := vu.PubKey.GetEd25519()
		if len(pk) != ed25519.PubKeySize {
			return nil, fmt.Errorf("app: genesis validator key is not ed25519")
		}
		// One member, one vote: every validator has the genesis validators' power, which the
		// chain keeps (each validator's set entry) and gives the members who join later.
		if vu.Power != req.Validators[0].Power || vu.Power < 1 || vu.Power > 255 {
			return nil, fmt.Errorf("app: genesis validator powers must be equal and 1 to 255 (ValidatorPower, %d, for a new chain): %d and %d",
				ValidatorPower, req.Validators[0].Power, vu.Power)
		}
		pubs[cometAddr(pk)] = pk
		v.set([]byte(prefixSet+hex.EncodeToString(pk)), []byte{byte(vu.Power)})
	}
	vals := map[string]common.Address{}
	attesters := map[common.Address]bool{}
	for _, gv := range gs.Validators {
		addr, err := hex.DecodeString(strings.TrimPrefix(gv.Address, "0x"))
		if err != nil || len(addr) != 20 {
			return nil, fmt.Errorf("app: genesis validator address %q is not 20 bytes of hex", gv.Address)
		}
		if attesters[gv.Attester] {
			return nil, fmt.Errorf("app: genesis maps attester %s twice", gv.Attester)
		}
		attesters[gv.Attester] = true
		key := strings.ToUpper(hex.EncodeToString(addr))
		vals[key] = gv.Attester
		v.set([]byte(prefixVal+key), gv.Attester[:])
		if pk, ok := pubs[key]; ok {
			v.set([]byte(prefixPub+gv.Attester.Hex()), pk)
			m.Registered++
		}
	}
	if len(attesters) > MaxRegistered {
		return nil, fmt.Errorf("app: genesis maps %d attesters, limit %d", len(attesters), MaxRegistered)
	}
	m.AppHash = appHash(common.Hash{}, 0, v, m, nil)
	v.putJSON(keyMeta, m)
	if err := a.kv.Write(v.batch()); err != nil {
		return nil, fmt.Errorf("app: store genesis: %w", err)
	}
	a.mu.Lock()
	a.exec.params, a.meta, a.vals = p, m, vals
	a.mu.Unlock()
	a.sizeQueued(p)
	return &abci.ResponseInitChain{AppHash: m.AppHash[:]}, nil
}

// FinalizeBlock executes the decided block on a fresh overlay of the committed state, drops the
// transactions whose time in the pool is up, and computes the validator updates and the app
// hash.
//
// A block this node's ProcessProposal executed on the same committed state is not executed
// again: its writes and results are taken as they are (one execution per height instead of
// two, issue 16). Execution is pure, so they are what executing again would give.
func (a *App) FinalizeBlock(_ context.Context, req *abci.RequestFinalizeBlock) (*abci.ResponseFinalizeBlock, error) {
	var (
		v       *view
		m       Meta
		bc      *blockCtx
		results []*abci.ExecTxResult
	)
	if p := a.takeProcessed(req.Hash, req.Height, req.Txs); p != nil {
		v, m, bc, results = p.v, p.m, p.bc, p.results
	} else {
		v, m = a.scratch()
		bc = newBlockCtx(req.Height)
		results = make([]*abci.ExecTxResult, len(req.Txs))
		for i, tx := range req.Txs {
			results[i] = execResult(a.exec.apply(v, &m, tx, bc))
		}
	}
	if err := a.exec.expire(v, &m, bc); err != nil {
		return nil, fmt.Errorf("app: expire at height %d: %w", req.Height, err)
	}
	updates, err := a.exec.validatorUpdates(v, &m)
	if err != nil {
		return nil, fmt.Errorf("app: validator updates at height %d: %w", req.Height, err)
	}
	hash := appHash(m.AppHash, req.Height, v, m, updates)
	m.Height, m.AppHash = req.Height, hash
	v.putJSON(keyMeta, m)
	a.mu.Lock()
	a.block, a.bmeta, a.bctx = v, m, bc
	a.mu.Unlock()
	if len(updates) > 0 {
		a.cfg.Log.Info("validator set follows the committee", "height", req.Height, "epoch", m.Epoch, "updates", len(updates))
	}
	if bc.expired > 0 {
		a.cfg.Log.Info("queued transactions expired", "height", req.Height, "expired", bc.expired)
	}
	return &abci.ResponseFinalizeBlock{TxResults: results, AppHash: hash[:], ValidatorUpdates: updates}, nil
}

// execResult is a transaction's result in FinalizeBlock's answer.
func execResult(b *Block, err error) *abci.ExecTxResult {
	switch {
	case err != nil:
		return &abci.ExecTxResult{Code: 1, Log: err.Error()}
	case b != nil:
		return &abci.ExecTxResult{Code: abci.CodeTypeOK, Log: "sealed block " + b.Hash.Hex()}
	default:
		return &abci.ExecTxResult{Code: abci.CodeTypeOK}
	}
}

// processed is a block ProcessProposal accepted: the writes and results of executing its
// transactions txs on the committed state whose app hash is base, at height.
type processed struct {
	height  int64
	base    common.Hash
	txs     [][]byte
	v       *view
	m       Meta
	bc      *blockCtx
	results []*abci.ExecTxResult
}

// processedKept is how many processed blocks of one height are kept (rounds).
const processedKept = 4

// keepProcessed keeps p for FinalizeBlock under the CometBFT block hash.
func (a *App) keepProcessed(hash []byte, p *processed) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.processed == nil {
		a.processed = map[string]*processed{}
	}
	for k, o := range a.processed {
		if o.height != p.height || len(a.processed) >= processedKept {
			delete(a.processed, k)
		}
	}
	a.processed[string(hash)] = p
}

// takeProcessed returns the processed block of this hash and height if it was executed on the
// state committed now and holds exactly txs, and forgets every processed block. CometBFT's block
// hash commits to the transactions already; comparing them (a memory compare, no hashing) keeps
// the binding inside the application whatever calls it.
func (a *App) takeProcessed(hash []byte, height int64, txs [][]byte) *processed {
	a.mu.Lock()
	defer a.mu.Unlock()
	p := a.processed[string(hash)]
	clear(a.processed)
	if p == nil || len(hash) == 0 || p.height != height || p.base != a.meta.AppHash || a.meta.Height != height-1 ||
		len(p.results) != len(txs) || !slices.EqualFunc(p.txs, txs, bytes.Equal) {
		return nil
	}
	return p
}

// Commit writes the finalized block's state in one synced batch.
func (a *App) Commit(context.Context, *abci.RequestCommit) (*abci.ResponseCommit, error) {
	a.mu.Lock()
	v, m, bc := a.block, a.bmeta, a.bctx
	a.block, a.bctx = nil, nil
	a.mu.Unlock()
	a.mempoolSeals.reset() // the recheck after this commit counts the mempool's seals again
	if v == nil {
		return &abci.ResponseCommit{}, nil
	}
	if err := a.kv.Write(v.batch()); err != nil {
		return nil, fmt.Errorf("app: commit height %d: %w", m.Height, err)
	}
	// The validator map is replaced, not written: readers (collect, the API) may hold the old
	// one without the lock.
	var vals map[string]common.Address
	for _, k := range v.order {
		if !strings.HasPrefix(k, prefixVal) {
			continue
		}
		if vals == nil {
			vals = maps.Clone(a.validators())
		}
		if val := v.w[k]; val != nil {
			vals[k[len(prefixVal):]] = common.BytesToAddress(val)
		} else {
			delete(vals, k[len(prefixVal):])
		}
	}
	a.mu.Lock()
	a.meta = m
	if vals != nil {
		a.vals = vals
	}
	a.mu.Unlock()
	if bc != nil {
		a.shed("expired", bc.expired)
		for reason, n := range bc.refused {
			a.shed(reason, n)
		}
	}
	a.refreshBacklog() // admission weighs the new pool from the first submission on
	if a.cfg.OnCommit != nil {
		a.cfg.OnCommit(m)
	}
	return &abci.ResponseCommit{}, nil
}
