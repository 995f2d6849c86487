package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/clock"
	"github.com/sptn/sptn/agents/internal/keys"
	"github.com/sptn/sptn/agents/internal/metrics"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/internal/txmgr"
	"github.com/sptn/sptn/agents/node/app"
	"github.com/sptn/sptn/bindings/rollup"
)

// fixedL1 is an L1 whose head stays at one block and whose rollup has one assured tip.
type fixedL1 struct {
	head    *types.Header
	assured Tip
}

func (l *fixedL1) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	if n != nil && n.Int64() == int64(rpc.FinalizedBlockNumber) {
		return &types.Header{Number: big.NewInt(1)}, nil
	}
	return l.head, nil
}

func (l *fixedL1) CallContract(_ context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	parsed := rollup.NewRollup().GetABI()
	m, err := parsed.MethodById(msg.Data)
	if err != nil {
		return nil, err
	}
	switch {
	case m.Name == "getTips" && block != nil && block.Cmp(l.head.Number) == 0:
		n, s := new(big.Int).SetUint64(l.assured.Number), new(big.Int).SetUint64(l.assured.Slot)
		return m.Outputs.Pack(rollup.ChainTips{AssuredNumber: n, AssuredHash: l.assured.Hash, AssuredSlot: s,
			ProvenNumber: n, ProvenHash: l.assured.Hash, ProvenSlot: s})
	case m.Name == "canPrune":
		return m.Outputs.Pack(false)
	}
	return nil, errors.New("not on this L1")
}

func (l *fixedL1) CallContractAtHash(ctx context.Context, msg ethereum.CallMsg, block common.Hash) ([]byte, error) {
	if block != l.head.Hash() {
		return nil, errors.New("not on this L1")
	}
	return l.CallContract(ctx, msg, l.head.Number)
}

func (*fixedL1) FilterLogs(context.Context, ethereum.FilterQuery) ([]types.Log, error) {
	return nil, nil
}

func (*fixedL1) TransactionByHash(context.Context, common.Hash) (*types.Transaction, bool, error) {
	return nil, false, ethereum.NotFound
}

// slowSender is a Send that waits for its context to end and then takes a while to return, as a
// transaction manager finishing a write does.
type slowSender struct {
	entered  chan struct{}
	returned atomic.Bool
}

func (s *slowSender) Send(ctx context.Context, _ txmgr.TxCandidate) (*types.Receipt, error) {
	close(s.entered)
	<-ctx.Done()
	time.Sleep(300 * time.Millisecond)
	s.returned.Store(true)
	return nil, ctx.Err()
}

func (*slowSender) Revive(context.Context, string) error { return nil }

// TestPublishesEndWithTheDriver: the driver publishes its attested block in a goroutine of its
// own; when the node stops, the driver's step returns only once that publish has returned, so
// that nothing of the driver still runs when the steps after it (the transaction manager, the
// store) stop. The publish outlived it.
func TestPublishesEndWithTheDriver(t *testing.T) {
	f := newChainFixture(t)
	anchor := Tip{Number: 4, Hash: common.Hash{4}, Slot: 2}
	b5 := f.seal(3, 5, anchor.Hash)
	blk, err := f.a.BlockByHash(b5)
	require.NoError(t, err)
	sig, err := protocol.SignDigest(f.key, f.domain.AttestationDigest(blk.Header))
	require.NoError(t, err)
	att, err := app.EncodeJSON(app.KindAttestation, app.AttestationSet{Number: 5, Hash: b5,
		Attestations: []app.Attestation{{Index: 0, Signature: sig[:]}}})
	require.NoError(t, err)
	f.finalize(att)

	head := &types.Header{Number: big.NewInt(50), Time: tGenesis + 3*tSlot + 1} // in slot 3, block 5's
	clk, err := clock.New(tGenesis, tSlot*time.Second, 1000)
	require.NoError(t, err)
	clk.ObserveHead(head.Number.Uint64(), head.Time)
	tx := &slowSender{entered: make(chan struct{})}
	d := newDriver(&driver{app: f.a, rollup: &Rollup{c: &fixedL1{head: head, assured: anchor}, abi: rollup.NewRollup(),
		GenesisTime: tGenesis, SlotDuration: tSlot, EpochDuration: 1000, committees: map[uint64]*app.Committee{}},
		clk: clk, bc: &acceptAll{}, txm: tx, signer: keys.NewKeySigner(f.key), domain: f.domain,
		set: Settings{Publish: true, L1PollInterval: 50 * time.Millisecond}, log: slog.New(slog.DiscardHandler),
		tipsM: metrics.Noop{}, hub: newHub()}, nil)
	require.Equal(t, crypto.PubkeyToAddress(f.key.PublicKey), d.signer.Address())

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { d.run(ctx); close(done) }()
	select {
	case <-tx.entered:
	case <-time.After(10 * time.Second):
		t.Fatal("the driver never published block 5")
	}
	cancel()
	<-done
	require.True(t, tx.returned.Load(), "the driver returned while its publish was still in Send")
}

// committeeL1 answers the rollup's committee reads for epochs up to final and counts them.
type committeeL1 struct {
	fixedL1
	final uint64
	calls atomic.Int64
	hold  chan struct{} // when not nil, each committee read waits for it to close
}

func (l *committeeL1) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	parsed := rollup.NewRollup().GetABI()
	m, err := parsed.MethodById(msg.Data)
	if err != nil {
		return nil, err
	}
	if m.Name != "getEpochCommittee" && m.Name != "getEpochSeed" {
		return l.fixedL1.CallContract(ctx, msg, block)
	}
	l.calls.Add(1)
	if l.hold != nil {
		<-l.hold
	}
	args, err := m.Inputs.Unpack(msg.Data[4:])
	if err != nil {
		return nil, err
	}
	if e := args[0].(*big.Int).Uint64(); e > l.final {
		return nil, fmt.Errorf("execution reverted: epoch %d not final", e)
	}
	if m.Name == "getEpochSeed" {
		return m.Outputs.Pack([32]byte{7})
	}
	return m.Outputs.Pack([]common.Address{{1}, {2}})
}

// TestWarmCommitteesReadsOncePerHead: the driver reads the current and the next epoch's
// committees as L1 heads come, so that a committee record in ProcessProposal finds them cached
// rather than every member reading L1 inside consensus at once; a committee not final yet is
// read again at the next head only, not at every poll.
func TestWarmCommitteesReadsOncePerHead(t *testing.T) {
	l := &committeeL1{final: 0}
	r := &Rollup{c: l, abi: rollup.NewRollup(), GenesisTime: 1000, SlotDuration: 4, EpochDuration: 8,
		committees: map[uint64]*app.Committee{}}
	d := &driver{rollup: r}
	ctx := context.Background()
	head := func(n, at uint64) *types.Header { return &types.Header{Number: new(big.Int).SetUint64(n), Time: at} }
	warm := func(h *types.Header) {
		d.warmCommittees(ctx, h)
		d.pubs.Wait() // the read runs off the driver's loop
	}

	h := head(10, 1000+4*3) // epoch 0
	warm(h)
	require.Equal(t, int64(3), l.calls.Load(), "epoch 0 read whole (two calls), epoch 1 refused at the first")
	warm(h)
	require.Equal(t, int64(3), l.calls.Load(), "the same head: nothing read again")

	l.final = 1
	warm(head(11, 1000+4*4))
	require.Equal(t, int64(5), l.calls.Load(), "a new head: epoch 1, final now, read; epoch 0 cached")
	before := l.calls.Load()
	c, err := r.Committee(ctx, 1)
	require.NoError(t, err)
	require.Equal(t, []common.Address{{1}, {2}}, c.Members)
	require.Equal(t, before, l.calls.Load(), "consensus finds epoch 1 cached")

	// A slow L1: the read does not hold up the driver's loop, and one runs at a time.
	l.final, l.hold = 2, make(chan struct{})
	release := sync.OnceFunc(func() { close(l.hold) })
	t.Cleanup(release)
	done := make(chan struct{})
	go func() {
		d.warmCommittees(ctx, head(12, 1000+4*8)) // epoch 1: epoch 2 to read
		d.warmCommittees(ctx, head(13, 1000+4*9))
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
		release()
		t.Fatal("the driver's loop waited for L1's answer")
	}
	require.Eventually(t, func() bool { return l.calls.Load() == before+1 }, 5*time.Second, time.Millisecond)
	release()
	d.pubs.Wait()
	require.Equal(t, before+2, l.calls.Load(), "one read of epoch 2 (members, seed), none for the head seen meanwhile")
}
