package chaos

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/sptn/sptn/agents/chainapi"
	"github.com/sptn/sptn/agents/devnet"
	"github.com/sptn/sptn/agents/devnet/observe"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/bindings/rollup"
)

// Limits of the checker.
const (
	// accountGapLimit and accountStuckLimit bound how long an agent's L1 account may have a nonce
	// gap (a reorg removed a mined transaction; the agent revives it) or its next transaction
	// waiting in L1's pool (a fee spike, which the transaction manager bumps over).
	accountGapLimit   = 60 * time.Second
	accountStuckLimit = 90 * time.Second
	// livenessLimit is how long the pending chain may stand still with a quorum up and connected.
	livenessLimit = 30 * time.Second
	// txGrace is how long after its acceptance a transaction may be unknown to every node (in a
	// mempool, not yet in a block) before it counts as lost.
	txGrace = 60 * time.Second
)

var (
	emptyEvidenceHash  = cmttypes.EvidenceList{}.Hash()
	errNoNodeAnswers   = errors.New("no healthy node answers")
	maxBlocksPerPoll   = 50
	maxHeightsPerPoll  = int64(200)
	nodePollInterval   = time.Second
	l1PollInterval     = 500 * time.Millisecond
	stakePollInterval  = 5 * time.Second
	poolPollInterval   = 2 * time.Second
	statusPollInterval = 60 * time.Second
)

// checker reads the network all along and feeds the invariants.
type checker struct {
	r      *run
	domain protocol.Domain
	keys   map[string]observe.ValidatorKey // node -> its CometBFT validator key
	comets map[string]*rpchttp.HTTP

	// per node: the last pending number fetched and CometBFT height read
	pendingSeen map[string]uint64
	heightSeen  map[string]int64
	evidenceAt  map[int64]bool // heights whose evidence was read
	// byzNodes are, per node that ran the byzantine build (under mu), the times its byzantine
	// process ran: double-sign evidence against its validator key for a vote of that time is no
	// violation.
	byzNodes map[string][]timeWindow

	agree agreement
	l1    l1Chains
	sign  signing
	slash slashing
	accts accounts
	live  liveness

	l1Head       common.Hash
	l1Scanned    uint64
	l1ViewBlock  uint64
	lastStake    time.Time
	lastPool     time.Time
	lastStatus   time.Time
	lastPending  tip
	lastL1       l1View
	mu           sync.Mutex // txs (shared with the load), sign (with both pollers), slash, byzNodes, lastPending, lastL1
	txs          txBook
	finalCounted bool
}

// init reads what the checker needs before the run: the rollup's domain and every node's
// validator key.
func (c *checker) init(ctx context.Context, r *run) error {
	c.r = r
	d, err := observe.Domain(r.net)
	if err != nil {
		return err
	}
	c.domain = d
	c.keys, c.comets = map[string]observe.ValidatorKey{}, map[string]*rpchttp.HTTP{}
	c.pendingSeen, c.heightSeen, c.evidenceAt = map[string]uint64{}, map[string]int64{}, map[int64]bool{}
	for _, a := range r.nodes {
		k, _, err := observe.ValidatorOf(a)
		if err != nil {
			return fmt.Errorf("chaos: %s's validator key: %w", a.Name, err)
		}
		c.keys[a.Name] = k
		if c.comets[a.Name], err = observe.Comet(a); err != nil {
			return err
		}
	}
	c.accts = accounts{gapLimit: accountGapLimit, stuckLimit: accountStuckLimit}
	c.live = liveness{need: r.quorum(), settle: 2 * r.topo.Slot, limit: livenessLimit}
	head, err := r.net.Dial(ctx)
	if err != nil {
		return err
	}
	defer head.Close()
	n, err := head.BlockNumber(ctx)
	if err != nil {
		return err
	}
	// Attestations are read from the deployment on: every signature the run can meet.
	c.l1Scanned = r.net.Deployments.Block - 1
	c.l1ViewBlock = n
	return nil
}

// run polls the nodes and L1 until ctx ends.
func (c *checker) run(ctx context.Context) {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		for ctx.Err() == nil {
			c.pollNodes(ctx)
			sleep(ctx, nodePollInterval)
		}
	}()
	go func() {
		defer wg.Done()
		l1, err := c.r.net.Dial(ctx)
		if err != nil {
			c.r.logf("checker: dial L1: %v", err)
			return
		}
		defer l1.Close()
		raw, err := rpc.DialContext(ctx, c.r.net.RPC)
		if err != nil {
			c.r.logf("checker: dial L1: %v", err)
			return
		}
		defer raw.Close()
		for ctx.Err() == nil {
			c.pollL1(ctx, l1, raw)
			sleep(ctx, l1PollInterval)
		}
	}()
	for ctx.Err() == nil {
		sleep(ctx, statusPollInterval)
		if ctx.Err() == nil {
			c.checkTxs(ctx, false)
			c.status()
		}
	}
	wg.Wait()
}

// status prints a line of where the run stands.
func (c *checker) status() {
	r := c.r
	r.mu.Lock()
	faults, viol := 0, len(r.violations)
	for _, rec := range r.records {
		if rec.injected {
			faults++
		}
	}
	r.mu.Unlock()
	c.mu.Lock()
	acc, t, p := len(c.txs.accepted), c.lastL1, c.lastPending
	c.mu.Unlock()
	r.logf("status: pending %d, assured %d, proven %d, finalized %d (L1 block %d); %d faults injected, %d violations, %d txs accepted",
		p.Number, t.Assured.Number, t.Proven.Number, t.Finalized.Number, t.L1Block, faults, viol, acc)
}

// ---- nodes ----------------------------------------------------------------------------------

// pollNodes reads each running node's pending blocks and CometBFT blocks, then the liveness.
func (c *checker) pollNodes(ctx context.Context) {
	r := c.r
	var best tip
	healthy := 0
	for _, a := range r.nodes {
		if !a.Running() {
			continue
		}
		t, err := a.Tips(ctx)
		if err != nil {
			continue
		}
		if r.healthy(a) {
			healthy++
			if t.Pending.Number > best.Number || best.Hash == (common.Hash{}) {
				best = tip{t.Pending.Number, t.Pending.Hash}
			}
		}
		c.pendingBlocks(ctx, a, t.Pending.Number)
		c.cometBlocks(ctx, a)
	}
	if best.Hash != (common.Hash{}) {
		c.mu.Lock()
		c.lastPending = best
		c.mu.Unlock()
		r.violate(InvLiveness, c.live.observe(time.Now(), healthy, best))
		r.checked(InvLiveness, 1)
	}
}

// pendingBlocks fetches node a's pending blocks it has not been asked for, up to the one below its
// tip (a block's attestations reach the chain with the next height), and feeds agreement and the
// attestations they carry.
func (c *checker) pendingBlocks(ctx context.Context, a *devnet.Agent, tipNumber uint64) {
	if seen := c.pendingSeen[a.Name]; seen >= tipNumber && tipNumber > 0 {
		// Its chain went back (orphaned blocks, re-anchoring): read the new blocks from its tip on.
		c.pendingSeen[a.Name] = tipNumber - 1
	}
	from := c.pendingSeen[a.Name] + 1
	for n, k := from, 0; n < tipNumber && k < maxBlocksPerPoll; n, k = n+1, k+1 {
		b, err := observe.FetchBlock(ctx, a.API, n)
		if errors.Is(err, observe.ErrNotFound) {
			c.pendingSeen[a.Name] = n // a number the chain re-anchored past: L1 holds it
			continue
		}
		if err != nil {
			return
		}
		c.pendingSeen[a.Name] = n
		c.r.violate(InvAgreement, c.agree.pendingBlock(a.Name, b))
		c.r.checked(InvAgreement, 1)
		h := b.Header.Protocol()
		digest, header := c.domain.AttestationDigest(h), protocol.HeaderHash(h)
		for _, att := range b.Attestations {
			var sig [65]byte
			copy(sig[:], att.Signature)
			signer, err := protocol.RecoverSigner(digest, sig)
			if err != nil {
				continue
			}
			c.r.violate(InvSigning, c.signed(observe.Signed{Attester: signer, Slot: h.Slot, Header: header,
				Where: fmt.Sprintf("pending block %d on %s", n, a.Name)}))
			c.r.checked(InvSigning, 1)
		}
	}
}

// cometBlocks reads node a's CometBFT blocks above the last height read (metas, 20 a call), feeds
// agreement, and reads the evidence of any block whose header commits to some.
func (c *checker) cometBlocks(ctx context.Context, a *devnet.Agent) {
	cl := c.comets[a.Name]
	rctx, cancel := context.WithTimeout(ctx, observe.RPCTimeout)
	st, err := cl.Status(rctx)
	cancel()
	if err != nil {
		return
	}
	top := st.SyncInfo.LatestBlockHeight
	from := c.heightSeen[a.Name] + 1
	if from < st.SyncInfo.EarliestBlockHeight {
		from = st.SyncInfo.EarliestBlockHeight
	}
	top = min(top, from+maxHeightsPerPoll-1)
	for lo := from; lo <= top; lo += 20 {
		hi := min(lo+19, top)
		rctx, cancel := context.WithTimeout(ctx, observe.RPCTimeout)
		res, err := cl.BlockchainInfo(rctx, lo, hi)
		cancel()
		if err != nil {
			return
		}
		for _, m := range res.BlockMetas {
			c.r.violate(InvAgreement, c.agree.cometBlock(a.Name, m.Header.Height, m.BlockID.Hash.String()))
			c.r.checked(InvAgreement, 1)
			if !bytes.Equal(m.Header.EvidenceHash, emptyEvidenceHash) && !c.evidenceAt[m.Header.Height] {
				c.evidence(ctx, cl, m.Header.Height)
			}
		}
		c.heightSeen[a.Name] = hi
	}
}

// evidence reads the block at height and reports double-sign evidence against any validator.
func (c *checker) evidence(ctx context.Context, cl *rpchttp.HTTP, height int64) {
	rctx, cancel := context.WithTimeout(ctx, observe.RPCTimeout)
	res, err := cl.Block(rctx, &height)
	cancel()
	if err != nil {
		return
	}
	c.evidenceAt[height] = true
	for node, k := range c.keys {
		c.mu.Lock()
		lines := c.sign.evidence(observe.EvidenceAgainst([]*cmttypes.Block{res.Block}, k.Address))
		byz := len(lines) > 0 && byzantineVotes(c.byzNodes[node], res.Block, k.Address, c.r.topo.Slot)
		if byz {
			c.slash.guilty(c.r.agents[node].Account)
		}
		c.mu.Unlock()
		for _, line := range lines {
			if byz {
				c.r.logf("checker: %s ran the byzantine build then, not a violation: its validator key: %s", node, line)
				continue
			}
			c.r.violate(InvSigning, fmt.Sprintf("%s's validator key: %s", node, line))
		}
		c.r.checked(InvSigning, 1)
	}
}

// timeWindow is a span of time (to is zero while it is open).
type timeWindow struct{ from, to time.Time }

// byzantineVotes says every piece of evidence against addr in b is for votes cast while a
// window of ws was open (within a slot of it).
func byzantineVotes(ws []timeWindow, b *cmttypes.Block, addr cmttypes.Address, slot time.Duration) bool {
	in := func(at time.Time) bool {
		for _, w := range ws {
			if !at.Before(w.from.Add(-slot)) && (w.to.IsZero() || !at.After(w.to.Add(slot))) {
				return true
			}
		}
		return false
	}
	found := false
	for _, ev := range b.Evidence.Evidence {
		switch e := ev.(type) {
		case *cmttypes.DuplicateVoteEvidence:
			if e.VoteA != nil && bytes.Equal(e.VoteA.ValidatorAddress, addr) {
				if found = true; !in(e.Timestamp) {
					return false
				}
			}
		case *cmttypes.LightClientAttackEvidence:
			for _, v := range e.ByzantineValidators {
				if bytes.Equal(v.Address, addr) {
					if found = true; !in(e.Timestamp) {
						return false
					}
				}
			}
		}
	}
	return found
}

// signed feeds one signature to no-double-sign (both pollers find signatures).
func (c *checker) signed(x observe.Signed) string {
	c.mu.Lock()
	msg := c.sign.signed(x)
	excused := c.sign.excused
	c.sign.excused = nil
	if len(excused) > 0 {
		c.slash.guilty(x.Attester) // what it is slashed for it did as a byzantine member
	}
	c.mu.Unlock()
	for _, e := range excused {
		c.r.logf("checker: a member that ran the byzantine build, not a violation: %s", e)
	}
	return msg
}

// byzantine marks node as running the byzantine build from slot on (the slot its byzantine
// process starts in): its member is not honest for no-double-sign at the slots and times the
// byzantine process runs (until honestAgain). Once an equivocation or evidence of it is excused,
// no-slash excuses its slashes for the rest of the run (a slash lands on L1 long after what
// earned it).
func (c *checker) byzantine(node string, slot uint64) {
	attester := c.r.agents[node].Account // a node's attester (devnet.StartNodes)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.byzNodes == nil {
		c.byzNodes = map[string][]timeWindow{}
	}
	c.byzNodes[node] = append(c.byzNodes[node], timeWindow{from: time.Now()})
	c.sign.byzantine(attester, slot)
}

// honestAgain marks node's byzantine process as stopped in slot: from then on it runs the honest
// build, and its equivocations are violations again (but at the slots its byzantine process may
// have signed for).
func (c *checker) honestAgain(node string, slot uint64) {
	attester := c.r.agents[node].Account
	c.mu.Lock()
	defer c.mu.Unlock()
	if ws := c.byzNodes[node]; len(ws) > 0 && ws[len(ws)-1].to.IsZero() {
		ws[len(ws)-1].to = time.Now()
	}
	c.sign.honestAgain(attester, slot)
}

// ---- L1 -------------------------------------------------------------------------------------

// pollL1 reads a view of L1's chains at each new head (or after a reorg), the attestations of
// every new L1 block, and now and then the members' stakes and the agents' accounts.
func (c *checker) pollL1(ctx context.Context, l1 *ethclient.Client, raw *rpc.Client) {
	r := c.r
	head, err := l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return
	}
	r.mu.Lock()
	pendingExcuse := len(r.excuses) > 0
	r.mu.Unlock()
	if head.Hash() != c.l1Head || pendingExcuse {
		if err := c.view(ctx, l1); err == nil {
			c.l1Head = head.Hash()
		}
	}
	c.scanAttestations(ctx, l1, head.Number.Uint64())
	if time.Since(c.lastStake) > stakePollInterval {
		c.stakes(ctx)
		c.lastStake = time.Now()
	}
	if time.Since(c.lastPool) > poolPollInterval {
		c.pool(ctx, l1, raw)
		c.lastPool = time.Now()
	}
}

// view reads L1's chains at one block (under the L1 lock: no reorg in between) and feeds them to
// l1-chains, proven-prefix and finalized.
func (c *checker) view(ctx context.Context, l1 *ethclient.Client) error {
	r := c.r
	r.l1Lock.RLock()
	defer r.l1Lock.RUnlock()
	addr := c.domain.Rollup
	ro := rollup.NewRollup()
	head, err := l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	at := head.Number
	tips, err := call(ctx, l1, addr, ro.PackGetTips(), ro.UnpackGetTips, at)
	if err != nil {
		return err
	}
	hashAt := func(n uint64, block *big.Int) *common.Hash {
		h, err := call(ctx, l1, addr, ro.PackGetBlockHash(new(big.Int).SetUint64(n)), ro.UnpackGetBlockHash, block)
		if err != nil {
			return nil
		}
		x := common.Hash(h)
		return &x
	}
	v := l1View{L1Block: at.Uint64(),
		Assured: tip{tips.AssuredNumber.Uint64(), tips.AssuredHash},
		Proven:  tip{tips.ProvenNumber.Uint64(), tips.ProvenHash}}
	if v.Proven.Number < v.Assured.Number {
		v.ProvenOnAssured = hashAt(v.Proven.Number, at)
	}
	if p := c.l1.prev(); p != nil {
		v.PrevAssuredNow = hashAt(p.Assured.Number, at)
		v.PrevProvenNow = hashAt(p.Proven.Number, at)
	}
	fin, err := l1.HeaderByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber)))
	if err != nil {
		return err
	}
	ft, err := call(ctx, l1, addr, ro.PackGetTips(), ro.UnpackGetTips, fin.Number)
	if err != nil {
		return err
	}
	v.Finalized = tip{ft.ProvenNumber.Uint64(), ft.ProvenHash}
	if c.l1.hasFinal && c.l1.final.Number > 0 {
		v.PrevFinalizedNow = hashAt(c.l1.final.Number, fin.Number)
	}
	// Excuses: the reorgs the nemesis made, and the prunes since the last view.
	r.mu.Lock()
	v.Excuses, r.excuses = r.excuses, nil
	r.mu.Unlock()
	from := c.l1ViewBlock + 1
	if from > v.L1Block {
		from = v.L1Block
	}
	logs, err := l1.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{addr}, Topics: [][]common.Hash{{protocol.ChainPrunedID}},
		FromBlock: new(big.Int).SetUint64(from), ToBlock: at})
	if err != nil {
		r.mu.Lock()
		r.excuses = append(v.Excuses, r.excuses...) // keep them for the next view
		r.mu.Unlock()
		return err
	}
	for _, l := range logs {
		v.Excuses = append(v.Excuses, fmt.Sprintf("ChainPruned in L1 block %d", l.BlockNumber))
	}
	c.l1ViewBlock = v.L1Block
	c.mu.Lock()
	c.lastL1 = v
	c.mu.Unlock()
	chains, prefix, final := c.l1.observe(v)
	for _, m := range chains {
		r.violate(InvL1Chains, m)
	}
	for _, m := range prefix {
		r.violate(InvProvenPrefix, m)
	}
	for _, m := range final {
		r.violate(InvFinalized, m)
	}
	r.checked(InvL1Chains, 1)
	r.checked(InvProvenPrefix, 1)
	r.checked(InvFinalized, 1)
	for _, e := range v.Excuses {
		r.logf("checker: L1's chains may go back here: %s", e)
	}
	return nil
}

// call calls a view of the rollup at block and decodes the answer.
func call[T any](ctx context.Context, l1 *ethclient.Client, to common.Address, data []byte, unpack func([]byte) (T, error), block *big.Int) (T, error) {
	var zero T
	rctx, cancel := context.WithTimeout(ctx, observe.RPCTimeout)
	defer cancel()
	raw, err := l1.CallContract(rctx, ethereum.CallMsg{To: &to, Data: data}, block)
	if err != nil {
		return zero, err
	}
	return unpack(raw)
}

// scanAttestations reads the L1 blocks not scanned yet (after a rewind, from the new head) and
// feeds every attestation in their propose transactions to no-double-sign.
func (c *checker) scanAttestations(ctx context.Context, l1 *ethclient.Client, head uint64) {
	if head < c.l1Scanned {
		c.l1Scanned = head - 1 // geth's debug_setHead rewound the chain: its new blocks reuse numbers
	}
	for n := c.l1Scanned + 1; n <= head && ctx.Err() == nil; n++ {
		rctx, cancel := context.WithTimeout(ctx, observe.RPCTimeout)
		b, err := l1.BlockByNumber(rctx, new(big.Int).SetUint64(n))
		cancel()
		if err != nil {
			return
		}
		for _, a := range observe.Attestations(c.domain, n, b.Transactions()) {
			c.r.violate(InvSigning, c.signed(observe.Signed{Attester: a.Attester, Slot: a.Slot, Header: a.Header,
				Where: fmt.Sprintf("tx %s in L1 block %d", a.Tx, a.Block)}))
			c.r.checked(InvSigning, 1)
		}
		c.l1Scanned = n
	}
}

// stakes reads every sequencer's stake and active state.
func (c *checker) stakes(ctx context.Context) {
	for i, s := range c.r.net.Sequencers {
		info, active, err := observe.StakeOf(ctx, c.r.net, s.Attester)
		if err != nil {
			return
		}
		c.mu.Lock()
		msg := c.slash.observe(fmt.Sprintf("node-%d", i), s.Attester, info.Amount, active)
		excused := c.slash.excused
		c.slash.excused = nil
		c.mu.Unlock()
		for _, e := range excused {
			c.r.logf("checker: a member that ran the byzantine build, not a violation: %s", e)
		}
		c.r.violate(InvSlashing, msg)
		c.r.checked(InvSlashing, 1)
	}
}

// pool reads L1's pool and each agent account's mined nonce for l1-accounts.
func (c *checker) pool(ctx context.Context, l1 *ethclient.Client, raw *rpc.Client) {
	txs, err := observe.Pool(ctx, raw)
	if err != nil {
		return
	}
	byFrom := map[common.Address][]uint64{}
	for _, tx := range txs {
		byFrom[tx.From] = append(byFrom[tx.From], uint64(tx.Nonce))
	}
	now := time.Now()
	for _, a := range c.r.net.Agents() {
		if a.Account == (common.Address{}) {
			continue
		}
		rctx, cancel := context.WithTimeout(ctx, observe.RPCTimeout)
		mined, err := l1.NonceAt(rctx, a.Account, nil)
		cancel()
		if err != nil {
			return
		}
		for _, m := range c.accts.observe(now, a.Name, a.Account, mined, byFrom[a.Account]) {
			c.r.violate(InvAccounts, m)
		}
		c.r.checked(InvAccounts, 1)
	}
}

// ---- transactions ---------------------------------------------------------------------------

// accept records a transaction a node's API accepted.
func (c *checker) accept(h common.Hash, api string) {
	c.mu.Lock()
	c.txs.accept(h, accepted{API: api, At: c.r.since()})
	c.mu.Unlock()
}

// checkTxs asks the healthy nodes about every accepted transaction older than txGrace whose last
// status may still change (all of them when final), and feeds txs.
func (c *checker) checkTxs(ctx context.Context, final bool) {
	c.mu.Lock()
	var todo []common.Hash
	now := c.r.since()
	for _, h := range c.txs.order {
		st := c.txs.status[h]
		settled := st == chainapi.StatusFinalized || st == chainapi.StatusDropped
		if final || (now-c.txs.accepted[h].At > txGrace && !settled) {
			todo = append(todo, h)
		}
	}
	c.mu.Unlock()
	for _, h := range todo {
		st, err := c.txStatus(ctx, h)
		if errors.Is(err, errNoNodeAnswers) {
			return // nobody to ask now: another time
		}
		downs := c.r.downs()
		c.mu.Lock()
		msg, cause := c.txs.tx(h, st, c.r.nodeOfAPI(c.txs.accepted[h].API), downs)
		c.mu.Unlock()
		c.r.violateWith(InvTxs, msg, cause)
		c.r.checked(InvTxs, 1)
	}
}

// txStatus asks the healthy nodes about a transaction: the first answer, nil if every node that
// answered said 404.
func (c *checker) txStatus(ctx context.Context, h common.Hash) (*chainapi.Tx, error) {
	answered := false
	for _, a := range c.r.healthyNodes() {
		st, err := observe.FetchTx(ctx, a.API, h)
		if err == nil {
			return st, nil
		}
		if errors.Is(err, observe.ErrNotFound) {
			answered = true
		}
	}
	if !answered {
		return nil, errNoNodeAnswers
	}
	return nil, nil
}

// final accounts for every accepted transaction and reads the whole canonical pending chain for
// transactions included twice.
func (c *checker) final(ctx context.Context) {
	c.checkTxs(ctx, true)
	nodes := c.r.healthyNodes()
	if len(nodes) == 0 {
		c.r.logf("checker: no healthy node to read the pending chain from")
		return
	}
	a := nodes[0]
	t, err := a.Tips(ctx)
	if err != nil {
		return
	}
	blocks := map[uint64][]common.Hash{}
	for n := uint64(1); n <= t.Pending.Number && ctx.Err() == nil; n++ {
		b, err := observe.FetchBlock(ctx, a.API, n)
		if err != nil {
			continue
		}
		blocks[n] = b.Txs
	}
	c.mu.Lock()
	twice := c.txs.twice(blocks)
	c.finalCounted = true
	c.mu.Unlock()
	for _, m := range twice {
		c.r.violate(InvTxs, m)
	}
	c.r.checked(InvTxs, len(blocks))
	c.r.logf("checker: read %d blocks of %s's pending chain for transactions included twice", len(blocks), a.Name)
}
