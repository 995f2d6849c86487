package scenario

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"net/http"
	"strings"
	"time"

	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/sptn/sptn/agents/chainapi"
	"github.com/sptn/sptn/agents/devnet"
	"github.com/sptn/sptn/agents/devnet/observe"
	"github.com/sptn/sptn/agents/node/app"
)

// The byzantine proposer's scenarios (issue 17): node-3 runs the byzantine build
// (agents/node/byzantine_proposer.go) and, when it proposes a slot, signs two different seals for
// it and then a third on top of the committed one (byzantine-double-seal), or names prices above
// the chain's fee ceiling (byzantine-overprice). The silent proposer is proposer-down.

// byzantineSlots is how many of node-3's slots each scenario follows: each is one chance to
// commit a second block for a slot, or an overpriced one, which a negative run needs but once.
// (Node-3 proposes about one slot in four: two take 30 to 70 s on the default profile. The
// schedule is sampled, and the geth set at 75402ba gave node-3 one slot of 32: the waits allow
// byzantineWait slots, in which fewer than two turns are a chance of under one in a million.)
const byzantineSlots = 2

// byzantineWait is how many slots the byzantine proposer scenarios wait for node-3's turns.
const byzantineWait = 60

// The coinbases the byzantine build marks its extra seals with (agents/node/byzantine_proposer.go,
// which only the byzantine build compiles).
var (
	doubleSealCoinbase = common.HexToAddress("0x00000000000000000000000000000000d0b1e5ea")
	onTopCoinbase      = common.HexToAddress("0x000000000000000000000000000000000d0b1e70")
)

// honestPeers is SPTN_BYZANTINE_PEERS for node i: every other node's CometBFT RPC.
func (e *Env) honestPeers(i int) string {
	var out []string
	for j, a := range e.Nodes {
		if j != i {
			out = append(out, a.CometRPC)
		}
	}
	return "SPTN_BYZANTINE_PEERS=" + strings.Join(out, ",")
}

// sealsSent reads the byzantine node's sptn_byzantine_seals_sent_total by kind and outcome.
func sealsSent(ctx context.Context, metrics string) (map[string]float64, error) {
	rctx, cancel := context.WithTimeout(ctx, observe.RPCTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(rctx, http.MethodGet, metrics+"/metrics", nil)
	if err != nil {
		return nil, err
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	parser := expfmt.NewTextParser(model.UTF8Validation)
	families, err := parser.TextToMetricFamilies(io.LimitReader(res.Body, 8<<20))
	if err != nil {
		return nil, fmt.Errorf("%s/metrics: %w", metrics, err)
	}
	out := map[string]float64{}
	f, ok := families["sptn_byzantine_seals_sent_total"]
	if !ok {
		return out, nil // nothing sent yet
	}
	for _, m := range f.GetMetric() {
		var kind, outcome string
		for _, l := range m.GetLabel() {
			switch l.GetName() {
			case "kind":
				kind = l.GetValue()
			case "outcome":
				outcome = l.GetValue()
			}
		}
		out[kind+"/"+outcome] += m.GetCounter().GetValue()
	}
	return out, nil
}

// chainParams reads the pending chain's genesis params from a node's CometBFT genesis.
func (e *Env) chainParams(ctx context.Context) (app.Params, error) {
	comet, err := observe.Comet(e.Nodes[0])
	if err != nil {
		return app.Params{}, err
	}
	rctx, cancel := context.WithTimeout(ctx, observe.RPCTimeout)
	defer cancel()
	g, err := comet.Genesis(rctx)
	if err != nil {
		return app.Params{}, err
	}
	var gs app.GenesisState
	if err := json.Unmarshal(g.Genesis.AppState, &gs); err != nil {
		return app.Params{}, fmt.Errorf("genesis app_state: %w", err)
	}
	if gs.Params == nil || gs.Params.MaxFeePerDaGas == nil || gs.Params.MaxFeePerL2Gas == nil {
		p := app.DefaultParams()
		return p, nil
	}
	return *gs.Params, nil
}

// sealWatch follows the seals the CometBFT blocks executed: their slots must strictly increase
// (one pending block per slot), and it keeps the byzantine member's by slot.
type sealWatch struct {
	e        *Env
	byz      common.Address
	lastSlot uint64
	seals    int
	// mine are the byzantine member's executed seals by slot.
	mine map[uint64]app.Seal
	// check, when set, is run on every executed seal.
	check func(h int64, s app.Seal) error
}

func (w *sealWatch) onTx(h int64, tx []byte, ok bool) error {
	if tx[0] != app.KindSeal || !ok {
		return nil
	}
	var s app.Seal
	if err := json.Unmarshal(tx[1:], &s); err != nil {
		return fmt.Errorf("height %d: seal: %w", h, err)
	}
	if w.seals > 0 && s.Slot <= w.lastSlot {
		return failf("CometBFT height %d executed a second seal of slot %d (block %d by %s, coinbase %s) after one of slot %d: two pending blocks for one slot",
			h, s.Slot, s.Number, s.Proposer, s.Coinbase, w.lastSlot)
	}
	if w.check != nil {
		if err := w.check(h, s); err != nil {
			return err
		}
	}
	w.lastSlot = s.Slot
	w.seals++
	if s.Proposer == w.byz {
		w.mine[s.Slot] = s
	}
	return nil
}

// sameChainsReads is how many times sameChains reads the honest nodes' chains at most, and
// sameChainsPause the time between reads: longer than one node commits a height after another.
const (
	sameChainsReads = 5
	sameChainsPause = time.Second
)

// sameChains fails when two honest nodes hold different blocks at one pending number from from up
// to the lowest honest pending tip, or when their chain there has two blocks of one slot. One read
// asks the nodes one after another, block by block, so it can catch one node before and another
// after the height that orphans a block (review r17f L5): its outcome counts only when the next
// read gives the same one (agreeingReads).
func (e *Env) sameChains(ctx context.Context, skip int, from uint64) error {
	var summary string
	err := agreeingReads(sameChainsReads, func() error { return e.pause(ctx, sameChainsPause) }, func() (err error) {
		summary, err = e.readSameChains(ctx, skip, from)
		return err
	})
	if err != nil {
		return err
	}
	e.Logf("%s", summary)
	return nil
}

// agreeingReads calls read until two reads in a row give the same outcome (both nil, or verdicts
// of the same text), at most tries times with pause before each after the first, and returns that
// outcome. A harness error ends it at once; outcomes that never repeat are a harness error, not a
// verdict: the state read kept changing.
func agreeingReads(tries int, pause func() error, read func() error) error {
	var last error
	var seen []string
	for i := range tries {
		if i > 0 {
			if err := pause(); err != nil {
				return err
			}
		}
		err := read()
		if err != nil && !IsVerdict(err) {
			return err
		}
		if i > 0 && sameOutcome(err, last) {
			return err
		}
		last = err
		seen = append(seen, outcomeText(err))
	}
	return fmt.Errorf("no two reads in a row agreed in %d: %s", tries, strings.Join(seen, " | "))
}

func sameOutcome(a, b error) bool { return outcomeText(a) == outcomeText(b) }

func outcomeText(err error) string {
	if err == nil {
		return "agree"
	}
	return err.Error()
}

func blockName(b *chainapi.Block) string {
	if b == nil {
		return "none"
	}
	return fmt.Sprintf("%s (slot %d)", b.Hash, b.Header.Slot)
}

// readSameChains is one read of sameChains: a verdict, or what it compared.
func (e *Env) readSameChains(ctx context.Context, skip int, from uint64) (string, error) {
	var honest []*devnet.Agent
	var names []string
	to := uint64(math.MaxUint64)
	for j, a := range e.Nodes {
		if j == skip {
			continue
		}
		t, err := a.Tips(ctx)
		if err != nil {
			return "", err
		}
		honest, names = append(honest, a), append(names, a.Name)
		to = min(to, t.Pending.Number)
	}
	var chains [][]*chainapi.Block
	for n := from; n <= to; n++ {
		at := make([]*chainapi.Block, len(honest)) // nil: none at n
		for k, a := range honest {
			b, err := observe.FetchBlock(ctx, a.API, n)
			if err != nil && !errors.Is(err, observe.ErrNotFound) {
				return "", err
			}
			at[k] = b
		}
		chains = append(chains, at)
	}
	compared, err := compareChains(from, names, chains)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("pending blocks %d..%d are the same on the %d honest nodes (%d compared), one per slot", from, from+uint64(len(chains))-1, len(honest), compared), nil
}

// compareChains is the verdict over what the honest nodes hold at numbers from, from+1, ...:
// chains[i][k] is node names[k]'s block at from+i (nil: none). Every node holds the same block at
// each number, or none does (a block L1 replaced at re-anchoring), and the blocks' slots increase.
// It returns how many numbers held a block.
func compareChains(from uint64, names []string, chains [][]*chainapi.Block) (int, error) {
	var prev *chainapi.Block
	compared := 0
	for i, at := range chains {
		n := from + uint64(i)
		first := at[0]
		for k, b := range at[1:] {
			switch {
			case first == nil && b == nil:
			case first == nil || b == nil:
				return compared, failf("pending block %d: %s holds %s, %s holds %s: one honest node has a block where another has none",
					n, names[0], blockName(first), names[k+1], blockName(b))
			case b.Hash != first.Hash:
				return compared, failf("pending block %d: %s holds %s, %s holds %s: two honest nodes committed different blocks",
					n, names[0], blockName(first), names[k+1], blockName(b))
			}
		}
		if first == nil {
			prev = nil
			continue
		}
		if prev != nil && first.Header.Slot <= prev.Header.Slot {
			return compared, failf("pending blocks %d and %d are of slots %d and %d: two blocks for one slot", n-1, n, prev.Header.Slot, first.Header.Slot)
		}
		prev = first
		compared++
	}
	return compared, nil
}

// byzantineDoubleSeal: node-3, when it proposes a slot, signs a second seal for it on the same tip
// (other transactions, a marked coinbase) and sends it straight to two of the honest members
// before its own seal is gossiped, so that they hold the second one first and the third member the
// first; once one of the two is committed it signs a third seal of the slot on top of it and sends
// it to all three. The honest members execute one seal per slot (CometBFT heights' seals in
// strictly increasing slots), hold the same pending blocks, refuse the third seal in CheckTx, keep
// the chains moving, and no honest member is slashed. A seal is not an attestation: nothing on L1
// shows the extra seals, and the Slasher has no evidence kind for them (docs/slashing.md), so the
// protocol refuses them and slashes nothing.
func byzantineDoubleSeal(ctx context.Context, e *Env) (err error) {
	r, err := e.byzantineStart(ctx, "double-seal", e.honestPeers(e.byzantineNode()))
	if err != nil {
		return err
	}
	defer r.restore(&err)
	i, byz, start, scan := r.i, r.byz, r.start, r.scan
	w := &sealWatch{e: e, byz: byz, mine: map[uint64]app.Seal{}}
	// A trickle of user transactions, so that the seals carry some and the two seals of a slot
	// differ in them.
	load, err := e.newUserLoad(0)
	if err != nil {
		return err
	}
	var (
		last State
		sent map[string]float64
	)
	if err := e.until(ctx, fmt.Sprintf("%d of %s's slots sealed and answered by a seal on top, pending and assured advance by 3", byzantineSlots, e.Nodes[i].Name), e.slots(byzantineWait), func() (bool, error) {
		st, err := e.proposerStep(ctx, r, load, w, &sent, func() []byte {
			return app.UserTx{MaxFeePerDaGas: big.NewInt(1), MaxFeePerL2Gas: big.NewInt(1),
				Payload: fmt.Appendf(nil, "user %d %d", time.Now().UnixNano(), len(load.sent))}.Encode()
		})
		if err != nil {
			return false, err
		}
		last = st
		// Checked after the chains (below): a broken build's mempool admitting the seal on top
		// is caught where it matters, when a CometBFT block executes it.
		onTop := (sent["on-top/refused"] + sent["on-top/admitted"]) / float64(len(e.Nodes)-1)
		return len(w.mine) >= byzantineSlots && onTop >= byzantineSlots && sent["twin/admitted"]+sent["twin/refused"] > 0 &&
			st.Node.Pending.Number >= start.Node.Pending.Number+3 && st.L1.Assured >= start.L1.Assured+3, nil
	}); err != nil {
		return err
	}
	e.Logf("%d of %s's slots sealed, pending and assured advanced by 3: %s", len(w.mine), e.Nodes[i].Name, last)
	if sent["on-top/admitted"] > 0 {
		return failf("an honest member's CheckTx admitted %s's seal on top of its own block for the same slot (%v): a second block for one slot was let into the mempool", e.Nodes[i].Name, sent)
	}
	won := map[string]int{}
	for slot, s := range w.mine {
		which := "its first seal"
		if s.Coinbase == doubleSealCoinbase {
			which = "its second seal"
		}
		won[which]++
		e.Logf("slot %d: CometBFT executed %s (block %d, %d transactions)", slot, which, s.Number, len(s.Txs))
	}
	e.Logf("CometBFT heights %d..%d executed %d seals, one per slot in increasing slots; of %s's slots, %v", scan.from, scan.next-1, w.seals, e.Nodes[i].Name, won)
	e.Logf("what the honest members' CheckTx answered %s's extra seals: %v (second seals admitted while valid; seals on top of its own block for the same slot all refused)", e.Nodes[i].Name, sent)
	if err := e.sameChains(ctx, i, start.Node.Pending.Number); err != nil {
		return err
	}
	if err := e.honestNotSlashed(ctx, r.before); err != nil {
		return err
	}
	info, active, err := observe.StakeOf(ctx, e.Net, byz)
	if err != nil {
		return err
	}
	e.Logf("%s's own stake is %s (active %v): its extra seals are refused, not slashed (a seal is no attestation: no evidence kind)", e.Nodes[i].Name, info.Amount, active)
	return nil
}

// proposerStep is one step of a byzantine proposer scenario's wait: it sends two user transactions
// (tx makes each), hands the CometBFT blocks committed since the last step to w, reads what the
// byzantine node's seals met into sent, and returns the network's state.
func (e *Env) proposerStep(ctx context.Context, r *byzantineRun, load *userLoad, w *sealWatch, sent *map[string]float64, tx func() []byte) (State, error) {
	for range 2 {
		if err := load.send(ctx, tx()); err != nil {
			return State{}, err
		}
	}
	_, top, err := observe.CometStatus(ctx, e.Nodes[0])
	if err != nil {
		return State{}, err
	}
	if err := r.scan.upTo(ctx, top, nil, w.onTx); err != nil {
		return State{}, err
	}
	if *sent, err = sealsSent(ctx, e.Nodes[r.i].Metrics); err != nil {
		return State{}, err
	}
	return e.Observe(ctx)
}

// userLoad sends user transactions to one node's CometBFT RPC and keeps their hashes.
type userLoad struct {
	comet *rpchttp.HTTP
	name  string
	sent  []common.Hash
}

func (e *Env) newUserLoad(node int) (*userLoad, error) {
	c, err := observe.Comet(e.Nodes[node])
	if err != nil {
		return nil, err
	}
	return &userLoad{comet: c, name: e.Nodes[node].Name}, nil
}

func (u *userLoad) send(ctx context.Context, raw []byte) error {
	rctx, cancel := context.WithTimeout(ctx, observe.RPCTimeout)
	defer cancel()
	res, err := u.comet.BroadcastTxSync(rctx, raw)
	if err != nil {
		return err
	}
	if res.Code != 0 {
		return fmt.Errorf("user transaction refused by %s: %s", u.name, res.Log)
	}
	u.sent = append(u.sent, app.TxHash(raw))
	return nil
}

// careless is a user transaction offering 2^100 wei per DA and L2 gas: a user who trusts the
// proposers' prices. A proposer may charge it only what the chain allows.
func careless(n int) []byte {
	huge := new(big.Int).Lsh(big.NewInt(1), 100)
	return app.UserTx{MaxFeePerDaGas: huge, MaxFeePerL2Gas: huge, Payload: fmt.Appendf(nil, "careless %d %d", time.Now().UnixNano(), n)}.Encode()
}

// byzantineOverprice: node-3's seals name ten times the chain's fee ceiling, taking the
// transactions that offer that much, which the scenario keeps sending (each offers 2^100 wei per
// gas); it sends each seal to the honest members' RPC and gossips it. The honest members refuse
// every one (CheckTx says why; no CometBFT block executes a seal above the ceiling), every careless
// transaction ends in a pending block whose prices are within the ceiling, the chains move and no
// honest member is slashed.
func byzantineOverprice(ctx context.Context, e *Env) (err error) {
	params, err := e.chainParams(ctx)
	if err != nil {
		return err
	}
	r, err := e.byzantineStart(ctx, "overprice", e.honestPeers(e.byzantineNode()))
	if err != nil {
		return err
	}
	defer r.restore(&err)
	i, byz, start, scan := r.i, r.byz, r.start, r.scan
	w := &sealWatch{e: e, byz: byz, mine: map[uint64]app.Seal{}, check: func(h int64, s app.Seal) error {
		if params.AboveCeiling(s.FeePerDaGas.ToInt(), s.FeePerL2Gas.ToInt()) {
			return failf("CometBFT height %d executed %s's seal of slot %d (block %d, %d transactions) naming %s/%s wei per DA/L2 gas, above the chain's ceiling %s/%s: an overpriced block was committed",
				h, s.Proposer, s.Slot, s.Number, len(s.Txs), s.FeePerDaGas.ToInt(), s.FeePerL2Gas.ToInt(), params.MaxFeePerDaGas, params.MaxFeePerL2Gas)
		}
		return nil
	}}
	load, err := e.newUserLoad(0)
	if err != nil {
		return err
	}
	var (
		last     State
		sent     map[string]float64
		byzSlots []uint64
		nextSlot = start.L1.Slot + 1
	)
	if err := e.until(ctx, fmt.Sprintf("%d of %s's slots passed, pending and assured advance by 3", byzantineSlots, e.Nodes[i].Name), e.slots(byzantineWait), func() (bool, error) {
		st, err := e.proposerStep(ctx, r, load, w, &sent, func() []byte { return careless(len(load.sent)) })
		if err != nil {
			return false, err
		}
		last = st
		// node-3's slots that have passed since the scan began (the slots before the current one).
		for ; nextSlot < st.L1.Slot; nextSlot++ {
			j, err := e.proposerNode(ctx, nextSlot)
			if err != nil {
				return false, err
			}
			if j == i {
				byzSlots = append(byzSlots, nextSlot)
			}
		}
		return len(byzSlots) >= byzantineSlots && sent["overprice/refused"]+sent["overprice/admitted"] > 0 &&
			st.Node.Pending.Number >= start.Node.Pending.Number+3 && st.L1.Assured >= start.L1.Assured+3, nil
	}); err != nil {
		return err
	}
	e.Logf("%s's slots %v passed, pending and assured advanced by 3: %s", e.Nodes[i].Name, byzSlots, last)
	if sent["overprice/admitted"] > 0 {
		return failf("an honest member's CheckTx admitted %s's seal above the chain's fee ceiling (%v)", e.Nodes[i].Name, sent)
	}
	e.Logf("the honest members' CheckTx refused every one of %s's overpriced seals it sent them: %v", e.Nodes[i].Name, sent)
	if len(w.mine) > 0 {
		return failf("CometBFT executed %d seals of %s in heights %d..%d although every one it sent was above the ceiling (is it the byzantine build?)", len(w.mine), e.Nodes[i].Name, scan.from, scan.next-1)
	}
	e.Logf("CometBFT heights %d..%d executed %d seals, none above the ceiling %s/%s and none of %s", scan.from, scan.next-1, w.seals, params.MaxFeePerDaGas, params.MaxFeePerL2Gas, e.Nodes[i].Name)
	// Every careless transaction ends in a block within the ceiling: it is charged no more.
	blocks := map[common.Hash]*chainapi.Block{}
	if err := e.until(ctx, fmt.Sprintf("the %d careless transactions in pending blocks", len(load.sent)), e.slots(12), func() (bool, error) {
		for _, h := range load.sent {
			tx, err := observe.FetchTx(ctx, e.Nodes[0].API, h)
			if err != nil {
				return false, err
			}
			if tx.Block == nil {
				if tx.Status == chainapi.StatusDropped {
					return false, failf("careless transaction %s was dropped: %s", h, tx.Reason)
				}
				return false, nil
			}
			b, ok := blocks[*tx.Block]
			if !ok {
				if b, err = observe.FetchBlockByHash(ctx, e.Nodes[0].API, *tx.Block); err != nil {
					return false, err
				}
				blocks[*tx.Block] = b
			}
			if params.AboveCeiling(b.Header.FeePerDaGas.ToInt(), b.Header.FeePerL2Gas.ToInt()) || b.Proposer == byz {
				return false, failf("careless transaction %s is in block %d by %s naming %s/%s wei per DA/L2 gas (ceiling %s/%s): it is charged the overprice",
					h, b.Header.Number, b.Proposer, b.Header.FeePerDaGas.ToInt(), b.Header.FeePerL2Gas.ToInt(), params.MaxFeePerDaGas, params.MaxFeePerL2Gas)
			}
		}
		return true, nil
	}); err != nil {
		return err
	}
	e.Logf("all %d careless transactions (offering 2^100 wei per gas) are in %d pending blocks of honest proposers, each within the ceiling", len(load.sent), len(blocks))
	return e.honestNotSlashed(ctx, r.before)
}
