package scenario

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sptn/sptn/agents/devnet"
	"github.com/sptn/sptn/agents/devnet/observe"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/node/app"
	"github.com/sptn/sptn/bindings/sptnerrors"
)

// The byzantine scenarios restart one node of four (under a third) from the byzantine build
// (agents/node/byzantine.go, -tags byzantine) with SPTN_BYZANTINE set, check what the honest
// three let through, and put the honest build back.

// byzantineNode is the node the byzantine scenarios turn: the last one.
func (e *Env) byzantineNode() int { return len(e.Nodes) - 1 }

// negative reports whether this is a negative run (a guard is being broken).
func (e *Env) negative() bool { return e.armGuard != "" }

// restartAs restarts agent a from bin (the honest build when bin is empty) with env added, and
// waits until it is ready.
func (e *Env) restartAs(ctx context.Context, a *devnet.Agent, bin string, env ...string) error {
	// Set the build first: if Stop fails, the next Start (a restore, chaos) still runs bin.
	a.RunAs(bin, env...)
	if err := a.Stop(10 * time.Second); err != nil {
		return err
	}
	if err := a.Start(); err != nil {
		return err
	}
	if err := a.Ready(ctx, 2*time.Minute); err != nil {
		return err
	}
	if bin == "" {
		e.Logf("%s restarted from the honest build", a.Name)
	} else {
		e.Logf("%s restarted from the byzantine build %s (%s)", a.Name, bin, strings.Join(env, " "))
	}
	return nil
}

// runNodeAs restarts node i from bin (the honest build when bin is empty) with env added, and
// waits until it is ready and caught up.
func (e *Env) runNodeAs(ctx context.Context, i int, bin string, env ...string) error {
	if err := e.restartAs(ctx, e.Nodes[i], bin, env...); err != nil {
		return err
	}
	return e.caughtUp(ctx, e.Nodes[i], e.slots(30))
}

// turnByzantine restarts node i from the byzantine build with SPTN_BYZANTINE=mode (and env). The returned
// restore puts the honest build back (in a positive run; a negative run's devnet is thrown away)
// and keeps err, the scenario's outcome, when there is one.
func (e *Env) turnByzantine(ctx context.Context, i int, mode string, env ...string) (restore func(err *error), err error) {
	if e.ByzantineBin == "" {
		return nil, errors.New("a byzantine scenario needs --byzantine-bin: sptn built with -tags byzantine (make sptn-byzantine)")
	}
	restore = func(err *error) {
		// A later restart is honest, even when the stop below fails: the negative devnet ends
		// here, and a positive group's next scenario restarts this node.
		e.Nodes[i].RunAs("")
		if e.negative() || ctx.Err() != nil {
			return
		}
		if rerr := e.runNodeAs(ctx, i, ""); rerr != nil {
			if *err == nil {
				*err = fmt.Errorf("restore the honest build on %s: %w", e.Nodes[i].Name, rerr)
			} else {
				e.Logf("restore the honest build on %s: %v", e.Nodes[i].Name, rerr)
			}
		}
	}
	if err := e.runNodeAs(ctx, i, e.ByzantineBin, append([]string{"SPTN_BYZANTINE=" + mode}, env...)...); err != nil {
		restore(&err)
		return nil, err
	}
	return restore, nil
}

// byzantineRun is a byzantine scenario under way: the last node runs the byzantine build (and a
// negative run's guard is armed), with what the scenario's verdicts compare against.
type byzantineRun struct {
	i   int            // the byzantine node
	byz common.Address // its attester
	// before is every honest member's stake before the byzantine build started.
	before map[common.Address]*big.Int
	// start is the network once the byzantine build is ready; scan reads node-0's CometBFT
	// blocks from then on.
	start State
	scan  *cometScan
	// restore puts the honest build back (turnByzantine); the scenario defers it.
	restore func(err *error)
}

// byzantineStart is the start every byzantine proposer and attester scenario shares: it reads the
// honest members' stakes, restarts the last node from the byzantine build with SPTN_BYZANTINE=mode
// (and env), arms the guard of a negative run, and starts observing. The caller defers
// r.restore(&err); when byzantineStart fails, it has restored the honest build already.
func (e *Env) byzantineStart(ctx context.Context, mode string, env ...string) (*byzantineRun, error) {
	i := e.byzantineNode()
	r := &byzantineRun{i: i, byz: e.Net.Sequencers[i].Attester}
	var err error
	if r.before, err = e.stakes(ctx, i); err != nil {
		return nil, err
	}
	if r.restore, err = e.turnByzantine(ctx, i, mode, env...); err != nil {
		return nil, err
	}
	err = e.arm()
	if err == nil {
		r.start, err = e.Observe(ctx)
	}
	if err == nil {
		r.scan, err = e.newCometScan(ctx, e.Nodes[0])
	}
	if err != nil {
		r.restore(&err)
		return nil, err
	}
	return r, nil
}

// l1Head is L1's latest block number: where a scenario's scan of L1 blocks starts or ends.
func (e *Env) l1Head(ctx context.Context) (uint64, error) {
	c, err := e.Net.Dial(ctx)
	if err != nil {
		return 0, err
	}
	defer c.Close()
	return c.BlockNumber(ctx)
}

// stakes reads the stake of every sequencer but skip.
func (e *Env) stakes(ctx context.Context, skip int) (map[common.Address]*big.Int, error) {
	out := map[common.Address]*big.Int{}
	for j, s := range e.Net.Sequencers {
		if j == skip {
			continue
		}
		info, active, err := observe.StakeOf(ctx, e.Net, s.Attester)
		if err != nil {
			return nil, err
		}
		if !active {
			return nil, fmt.Errorf("sequencer-%d (%s) is not active before the scenario", j, s.Attester)
		}
		out[s.Attester] = info.Amount
	}
	return out, nil
}

// honestNotSlashed fails when an honest sequencer's stake fell or it left the active set.
func (e *Env) honestNotSlashed(ctx context.Context, before map[common.Address]*big.Int) error {
	for a, amount := range before {
		info, active, err := observe.StakeOf(ctx, e.Net, a)
		if err != nil {
			return err
		}
		if info.Amount.Cmp(amount) != 0 || !active {
			return failf("honest member %s was slashed: stake %s -> %s, active %v", a, amount, info.Amount, active)
		}
	}
	e.Logf("no honest member was slashed: the stakes of all %d are unchanged and active", len(before))
	return nil
}

// highSBlocks is how many attestation sets (one per sealed block) byzantine-high-s sees executed:
// each is a chance for the byzantine member's attestation to be taken, which a negative run needs
// but once.
const highSBlocks = 6

// junkProposals is how many of the byzantine member's CometBFT proposals byzantine-junk sees
// committed: every other one it proposes carries junk, cycling through the unsigned seal, the
// foreign seal and the squat, so between four committed ones it proposed each kind at least once.
const junkProposals = 4

// byzantineHighS: node-3 attests with the high-s twin of each signature, which L1 refuses. The
// honest members refuse its vote extensions: no attestation set that a CometBFT block executed
// (onto a pending block, orphaned later or not) holds an attestation L1 would refuse, and none of
// node-3's; no propose reverts with Rollup__SignatureMalleable; assured advances by 3; no honest
// member is slashed.
func byzantineHighS(ctx context.Context, e *Env) (err error) {
	domain, err := observe.Domain(e.Net)
	if err != nil {
		return err
	}
	// From before the byzantine build starts: the L1 blocks checked for malleable reverts cover
	// every propose of the run.
	fromL1, err := e.l1Head(ctx)
	if err != nil {
		return err
	}
	r, err := e.byzantineStart(ctx, "high-s")
	if err != nil {
		return err
	}
	defer r.restore(&err)
	i, byz, start, scan := r.i, r.byz, r.start, r.scan
	committees := map[uint64][]common.Address{}
	sets, byzAttested, byzSat := 0, 0, 0
	honestAttested := map[common.Address]bool{}
	// checkSet checks an attestation set a CometBFT block executed at height h.
	checkSet := func(h int64, tx []byte) error {
		var set app.AttestationSet
		if err := json.Unmarshal(tx[1:], &set); err != nil {
			return fmt.Errorf("height %d: attestation set: %w", h, err)
		}
		b, err := observe.FetchBlockByHash(ctx, e.Nodes[0].API, set.Hash)
		if err != nil {
			return err
		}
		hd := b.Header.Protocol()
		epoch := hd.Slot / uint64(e.Profile.EpochSlots)
		members, ok := committees[epoch]
		if !ok {
			if members, err = e.committeeOf(ctx, hd.Slot); err != nil {
				return err
			}
			committees[epoch] = members
		}
		if slices.Contains(members, byz) {
			byzSat++ // the set could have taken the byzantine member's attestation
		}
		digest := domain.AttestationDigest(hd)
		for _, a := range set.Attestations {
			var sig [65]byte
			copy(sig[:], a.Signature)
			if err := protocol.CheckAttestation(digest, members, protocol.Attestation{Index: a.Index, Signature: sig}); err != nil {
				return failf("CometBFT height %d put on pending block %d (%s, orphaned %v) an attestation L1 refuses, committee index %d: %v",
					h, set.Number, set.Hash, b.Orphaned, a.Index, err)
			}
			if members[a.Index] == byz {
				byzAttested++
			} else {
				honestAttested[members[a.Index]] = true
			}
		}
		sets++
		return nil
	}
	var last State
	if err := e.until(ctx, fmt.Sprintf("%d blocks attested and assured advances by 3 with one member attesting high-s", highSBlocks), e.slots(24), func() (bool, error) {
		_, top, err := observe.CometStatus(ctx, e.Nodes[0])
		if err != nil {
			return false, err
		}
		if err := scan.upTo(ctx, top, nil, func(h int64, tx []byte, ok bool) error {
			if tx[0] != app.KindAttestation || !ok {
				return nil
			}
			return checkSet(h, tx)
		}); err != nil {
			return false, err
		}
		st, err := e.Observe(ctx)
		if err != nil {
			return false, err
		}
		last = st
		return sets >= highSBlocks && st.L1.Assured >= start.L1.Assured+3, nil
	}); err != nil {
		return err
	}
	e.Logf("%d blocks attested and assured advanced by 3 with %s attesting high-s: %s", sets, e.Nodes[i].Name, last)
	e.Logf("CometBFT heights %d..%d executed %d attestation sets: every attestation passes L1's checks; %d honest members attested, %s none",
		scan.from, scan.next-1, sets, len(honestAttested), e.Nodes[i].Name)
	if byzAttested > 0 {
		return failf("%s's attestations are in %d of the sets: its high-s vote extensions were not seen (is it the byzantine build?)", e.Nodes[i].Name, byzAttested)
	}
	if byzSat == 0 {
		return failf("%s (%s) sat in the committee of none of the %d attestation sets checked: nothing tested its high-s attestations", e.Nodes[i].Name, byz, sets)
	}
	e.Logf("%s sat in the committee of %d of the %d sets", e.Nodes[i].Name, byzSat, sets)
	toL1, err := e.l1Head(ctx)
	if err != nil {
		return err
	}
	if err := e.noMalleableRevert(ctx, domain.Rollup, fromL1+1, toL1); err != nil {
		return err
	}
	return e.honestNotSlashed(ctx, r.before)
}

// cometScan reads one node's CometBFT blocks with their results, height by height.
type cometScan struct {
	comet      *rpchttp.HTTP
	from, next int64
}

// newCometScan starts a scan at the height after a's latest.
func (e *Env) newCometScan(ctx context.Context, a *devnet.Agent) (*cometScan, error) {
	comet, err := observe.Comet(a)
	if err != nil {
		return nil, err
	}
	_, h, err := observe.CometStatus(ctx, a)
	if err != nil {
		return nil, err
	}
	return &cometScan{comet: comet, from: h + 1, next: h + 1}, nil
}

// upTo hands every block below top not scanned yet to onBlock (when set), and each of its
// transactions to onTx with whether it executed (result code 0).
func (c *cometScan) upTo(ctx context.Context, top int64, onBlock func(h int64, b *cmttypes.Block) error,
	onTx func(h int64, tx []byte, ok bool) error) error {
	for ; c.next < top; c.next++ {
		h := c.next
		rctx, cancel := context.WithTimeout(ctx, observe.RPCTimeout)
		blk, err := c.comet.Block(rctx, &h)
		if err != nil {
			cancel()
			return err
		}
		res, err := c.comet.BlockResults(rctx, &h)
		cancel()
		if err != nil {
			return err
		}
		if onBlock != nil {
			if err := onBlock(h, blk.Block); err != nil {
				return err
			}
		}
		for k, tx := range blk.Block.Txs {
			if len(tx) == 0 || k >= len(res.TxsResults) {
				continue
			}
			if err := onTx(h, tx, res.TxsResults[k].Code == 0); err != nil {
				return err
			}
		}
	}
	return nil
}

// noMalleableRevert reads every transaction to the rollup in L1 blocks from..to: none may have
// reverted with Rollup__SignatureMalleable (the revert's data is read with debug_traceTransaction's
// call tracer, which anvil and geth both serve).
func (e *Env) noMalleableRevert(ctx context.Context, rollupAddr common.Address, from, to uint64) error {
	l1, err := e.Net.Dial(ctx)
	if err != nil {
		return err
	}
	defer l1.Close()
	rc, err := e.rpc(ctx)
	if err != nil {
		return err
	}
	defer rc.Close()
	errs := sptnerrors.NewErrorsLib()
	proposes, reverted := 0, map[string]int{}
	for n := from; n <= to; n++ {
		b, err := l1.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return err
		}
		for _, tx := range b.Transactions() {
			if tx.To() == nil || *tx.To() != rollupAddr {
				continue
			}
			if _, err := protocol.DecodeProposeCall(tx.Data()); err == nil {
				proposes++
			}
			rcpt, err := l1.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				return err
			}
			if rcpt.Status == types.ReceiptStatusSuccessful {
				continue
			}
			var trace struct {
				Output hexutil.Bytes `json:"output"`
				Error  string        `json:"error"`
			}
			if err := rc.CallContext(ctx, &trace, "debug_traceTransaction", tx.Hash(), map[string]any{"tracer": "callTracer"}); err != nil {
				return fmt.Errorf("trace reverted tx %s: %w", tx.Hash(), err)
			}
			v, uerr := errs.UnpackError(trace.Output)
			if uerr != nil {
				reverted[fmt.Sprintf("%s %x", trace.Error, trace.Output)]++
				continue
			}
			if m, ok := v.(*sptnerrors.ErrorsLibRollupSignatureMalleable); ok {
				return failf("tx %s to the rollup in L1 block %d reverted with Rollup__SignatureMalleable(index %s): a high-s attestation reached L1", tx.Hash(), n, m.Index)
			}
			reverted[strings.TrimPrefix(fmt.Sprintf("%T", v), "*sptnerrors.ErrorsLib")]++
		}
	}
	e.Logf("L1 blocks %d..%d: %d proposes to the rollup, none reverted with Rollup__SignatureMalleable (other reverts: %v)", from, to, proposes, reverted)
	return nil
}

// byzantineJunk: node-3, as CometBFT proposer, adds zero-fee transactions, an unsigned seal with
// 200 replaced blocks, a seal for a slot it does not propose and a registration squatting another
// validator's key. Pending and assured advance by 3; no CometBFT block executes a registration of
// a key another attester holds, the validator set stays the genesis keys, every seal a CometBFT
// block executed is its slot's proposer's, the junk proposals did reach blocks (zero-fee
// transactions), and no honest member is slashed.
func byzantineJunk(ctx context.Context, e *Env) (err error) {
	i := e.byzantineNode()
	owner := map[string]int{} // validator public key -> node
	for j, a := range e.Nodes {
		k, _, err := observe.ValidatorOf(a)
		if err != nil {
			return err
		}
		owner[string(k.PubKey.Bytes())] = j
	}
	validatorSet := func() (map[string]int64, error) {
		vals, err := observe.Validators(ctx, e.Nodes[0])
		if err != nil {
			return nil, err
		}
		set := map[string]int64{}
		for _, v := range vals {
			set[string(v.PubKey.Bytes())] = v.VotingPower
		}
		return set, nil
	}
	genesisSet, err := validatorSet()
	if err != nil {
		return err
	}
	if len(genesisSet) != len(owner) {
		return fmt.Errorf("the validator set has %d keys before the scenario, the devnet %d nodes", len(genesisSet), len(owner))
	}
	byzKey, _, err := observe.ValidatorOf(e.Nodes[i])
	if err != nil {
		return err
	}
	r, err := e.byzantineStart(ctx, "junk")
	if err != nil {
		return err
	}
	defer r.restore(&err)
	start, scan := r.start, r.scan
	seals, free, byzBlocks := 0, 0, 0
	proposers := map[uint64]common.Address{}
	onBlock := func(_ int64, b *cmttypes.Block) error {
		if b.ProposerAddress.String() == byzKey.Address.String() {
			byzBlocks++
		}
		return nil
	}
	onTx := func(h int64, tx []byte, ok bool) error {
		switch tx[0] {
		case app.KindRegister:
			var r app.Registration
			if err := json.Unmarshal(tx[1:], &r); err != nil || !ok {
				return nil
			}
			if j, held := owner[string(r.PubKey)]; held && e.Net.Sequencers[j].Attester != r.Attester {
				return failf("CometBFT height %d executed a registration of %s with %s's validator key: a squat was accepted (a validator key must stay bound to its own attester)",
					h, r.Attester, e.Nodes[j].Name)
			}
		case app.KindSeal:
			var s app.Seal
			if err := json.Unmarshal(tx[1:], &s); err != nil || !ok {
				return nil
			}
			p, known := proposers[s.Slot]
			if !known {
				j, err := e.proposerNode(ctx, s.Slot)
				if err != nil {
					return err
				}
				p = e.Net.Sequencers[j].Attester
				proposers[s.Slot] = p
			}
			if s.Proposer != p {
				return failf("CometBFT height %d executed a seal of slot %d (number %d) by %s, not the slot's proposer %s: a junk seal was committed",
					h, s.Slot, s.Number, s.Proposer, p)
			}
			seals++
		case app.KindUser:
			if u, err := app.DecodeUserTx(tx, 1<<20); err == nil && u.MaxFeePerDaGas.Sign() == 0 {
				if ok {
					return failf("CometBFT height %d executed a zero-fee transaction (%s): the chain's fee floor let it into the pool",
						h, app.TxHash(tx))
				}
				free++
			}
		}
		return nil
	}
	checkSet := func() error {
		set, err := validatorSet()
		if err != nil {
			return err
		}
		for k, p := range genesisSet {
			if set[k] != p {
				return failf("the validator set changed: %s's key has power %d, was %d (a squat moved a key)", e.Nodes[owner[k]].Name, set[k], p)
			}
		}
		if len(set) != len(genesisSet) {
			return failf("the validator set has %d keys, the genesis %d", len(set), len(genesisSet))
		}
		return nil
	}
	var last State
	if err := e.until(ctx, fmt.Sprintf("pending and assured advance by 3 and %d of the byzantine member's proposals are committed", junkProposals), e.slots(24), func() (bool, error) {
		_, top, err := observe.CometStatus(ctx, e.Nodes[0])
		if err != nil {
			return false, err
		}
		if err := scan.upTo(ctx, top, onBlock, onTx); err != nil {
			return false, err
		}
		if err := checkSet(); err != nil {
			return false, err
		}
		st, err := e.Observe(ctx)
		if err != nil {
			return false, err
		}
		last = st
		return byzBlocks >= junkProposals && st.Node.Pending.Number >= start.Node.Pending.Number+3 && st.L1.Assured >= start.L1.Assured+3, nil
	}); err != nil {
		return err
	}
	e.Logf("pending and assured advanced by 3 and %d of %s's proposals were committed: %s", byzBlocks, e.Nodes[i].Name, last)
	e.Logf("CometBFT heights %d..%d: %d seals executed, each by its slot's proposer; no registration took another's key; the validator set is the %d genesis keys",
		scan.from, scan.next-1, seals, len(genesisSet))
	if free < byzBlocks {
		return failf("%d zero-fee transactions in the %d committed proposals of %s in heights %d..%d: its junk was not seen (is it the byzantine build?)",
			free, byzBlocks, e.Nodes[i].Name, scan.from, scan.next-1)
	}
	e.Logf("%d zero-fee transactions from %s's proposals reached CometBFT blocks", free, e.Nodes[i].Name)
	return e.honestNotSlashed(ctx, r.before)
}
