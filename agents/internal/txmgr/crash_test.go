package txmgr

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/anviltest"
	"github.com/sptn/sptn/agents/internal/keys"
	"github.com/sptn/sptn/agents/internal/spawn"
	"github.com/sptn/sptn/agents/internal/store"
	"github.com/sptn/sptn/agents/internal/store/storetest"
)

// The kill -9 test: a child process (this test binary running TestCrashChild) drives a manager
// over an on-disk store and SIGKILLs itself at a point the parent chose; the parent then opens
// the store as the next process would and checks what the manager resumes, round after round
// on one store and one chain.

// Kill points of the child.
const (
	pointPersisted   = "persisted"   // the store acknowledged a newly signed tx: persisted, not broadcast
	pointBroadcast   = "broadcast"   // a version is on its way to the node, which does not have it yet
	pointBroadcasted = "broadcasted" // the node took a version; Send has not returned
	pointMined       = "mined"       // a receipt was read: mined, not yet confirmed
	pointConfirmed   = "confirmed"   // the store acknowledged a tx's outcome
	pointRandom      = "random"      // a random time after start, between two store writes
)

var crashPoints = []string{pointPersisted, pointBroadcast, pointBroadcasted, pointMined, pointConfirmed, pointRandom}

const (
	crashRounds  = 24 // children killed, four at each point
	crashIntents = 4  // new intents each child sends
)

// crashPlan is where one child dies: at the K-th occurrence of Point, or after Delay for
// pointRandom.
type crashPlan struct {
	Point string
	K     int
	Delay time.Duration
}

func (p crashPlan) String() string {
	if p.Point == pointRandom {
		return fmt.Sprintf("%s after %s", p.Point, p.Delay)
	}
	return fmt.Sprintf("%s #%d", p.Point, p.K)
}

func crashIntent(round, j int) string { return fmt.Sprintf("r%d-i%d", round, j) }

// killer kills the child at its planned point. mu is held across every store write and its
// report, so that a kill never falls between a write the store acknowledged and its report:
// the parent knows exactly what was persisted.
type killer struct {
	mu   sync.Mutex
	plan crashPlan
	seen int
}

// hitLocked counts an occurrence of point and kills the process at the planned one; the caller
// holds mu.
func (k *killer) hitLocked(point string) {
	if k.plan.Point != point {
		return
	}
	if k.seen++; k.seen == k.plan.K {
		k.dieLocked()
	}
}

func (k *killer) hit(point string) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.hitLocked(point)
}

func (k *killer) die() {
	k.mu.Lock()
	k.dieLocked()
}

func (k *killer) dieLocked() {
	fmt.Println("kill")
	_ = syscall.Kill(os.Getpid(), syscall.SIGKILL)
	select {}
}

// reportingKV reports on stdout every tx record whose state a write changed: "persisted N" for
// a new pending record, "finished N" for an outcome.
type reportingKV struct {
	store.KV
	k     *killer
	ks    keyspace
	state map[uint64]string
}

func (r *reportingKV) Put(key, value []byte) error {
	r.k.mu.Lock()
	defer r.k.mu.Unlock()
	if err := r.KV.Put(key, value); err != nil {
		return err
	}
	return r.reportLocked(true)
}

func (r *reportingKV) Delete(key []byte) error {
	r.k.mu.Lock()
	defer r.k.mu.Unlock()
	if err := r.KV.Delete(key); err != nil {
		return err
	}
	return r.reportLocked(true)
}

func (r *reportingKV) Write(b *store.Batch) error {
	r.k.mu.Lock()
	defer r.k.mu.Unlock()
	if err := r.KV.Write(b); err != nil {
		return err
	}
	return r.reportLocked(true)
}

// reportLocked compares the records with what was reported and reports the changes (report
// false only loads the state, at start).
func (r *reportingKV) reportLocked(report bool) error {
	return r.KV.Each(r.ks.txPrefix(), func(_, v []byte) error {
		var rec record
		if err := json.Unmarshal(v, &rec); err != nil {
			return err
		}
		if r.state[rec.Nonce] == rec.State {
			return nil
		}
		r.state[rec.Nonce] = rec.State
		if !report {
			return nil
		}
		if rec.State == statePending {
			fmt.Printf("persisted %d\n", rec.Nonce)
			r.k.hitLocked(pointPersisted)
		} else {
			fmt.Printf("finished %d\n", rec.Nonce)
			r.k.hitLocked(pointConfirmed)
		}
		return nil
	})
}

// crashBackend passes calls to the node and kills the child around them.
type crashBackend struct {
	Backend
	k *killer
}

func (b *crashBackend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	b.k.hit(pointBroadcast)
	err := b.Backend.SendTransaction(ctx, tx)
	b.k.hit(pointBroadcasted)
	return err
}

func (b *crashBackend) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	r, err := b.Backend.TransactionReceipt(ctx, h)
	if err == nil {
		b.k.hit(pointMined)
	}
	return r, err
}

// TestCrashChild is the sender that TestKill9AtRandomPointsInSend runs in a subprocess and that
// kills itself at its plan's point. It does nothing in a normal test run.
func TestCrashChild(t *testing.T) {
	url, dir := os.Getenv("SPTN_TXMGR_CRASH_URL"), os.Getenv("SPTN_TXMGR_CRASH_DIR")
	if url == "" {
		t.Skip("run by TestKill9AtRandomPointsInSend")
	}
	round, err := strconv.Atoi(os.Getenv("SPTN_TXMGR_CRASH_ROUND"))
	require.NoError(t, err)
	plan := crashPlan{Point: os.Getenv("SPTN_TXMGR_CRASH_POINT")}
	plan.K, _ = strconv.Atoi(os.Getenv("SPTN_TXMGR_CRASH_K"))
	plan.Delay, _ = time.ParseDuration(os.Getenv("SPTN_TXMGR_CRASH_DELAY"))

	disk, err := store.Open(dir)
	require.NoError(t, err)
	signer := keys.NewKeySigner(anviltest.DevKey(t, 0))
	k := &killer{plan: plan}
	kv := &reportingKV{KV: disk, k: k, ks: newKeyspace(signer.Address()), state: map[uint64]string{}}
	require.NoError(t, kv.reportLocked(false))
	m := New(testConfig(), &crashBackend{Backend: dial(t, url), k: k}, signer, kv, &counts{events: map[string]int{}}, logger())
	if plan.Point == pointRandom {
		time.AfterFunc(plan.Delay, k.die)
	}
	require.NoError(t, m.Start(context.Background()))
	rng := rand.New(rand.NewPCG(uint64(round), 7))
	var wg sync.WaitGroup
	for j := range crashIntents {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _ = m.Send(context.Background(), candidate(crashIntent(round, j)))
		}()
		time.Sleep(time.Duration(rng.IntN(150)) * time.Millisecond)
	}
	wg.Wait()
	time.Sleep(2 * time.Second) // a random kill comes before this ends
	fmt.Println("survived")
}

// runCrashChild runs one child to its kill and returns its report lines.
func runCrashChild(t *testing.T, url, dir string, round int, p crashPlan) []string {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), "SPTN_TXMGR_CRASH_URL="+url, "SPTN_TXMGR_CRASH_DIR="+dir,
		"SPTN_TXMGR_CRASH_ROUND="+strconv.Itoa(round), "SPTN_TXMGR_CRASH_POINT="+p.Point,
		"SPTN_TXMGR_CRASH_K="+strconv.Itoa(p.K), "SPTN_TXMGR_CRASH_DELAY="+p.Delay.String())
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	require.NoError(t, spawn.Start(cmd))
	timer := time.AfterFunc(wait, func() { _ = cmd.Process.Kill() })
	err := cmd.Wait()
	timer.Stop()
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	var ee *exec.ExitError
	require.True(t, errors.As(err, &ee), "round %d (%s): the child ended without being killed: %v\n%s%s", round, p, err, &out, &errOut)
	ws, ok := ee.Sys().(syscall.WaitStatus)
	require.True(t, ok && ws.Signaled() && ws.Signal() == syscall.SIGKILL && slices.Contains(lines, "kill"),
		"round %d (%s): the child was not killed at its point: %v\n%s%s", round, p, err, &out, &errOut)
	return lines
}

// TestKill9AtRandomPointsInSend kills a sender with SIGKILL crashRounds times, at every point of
// Send and of the loop (between persisting and broadcasting included) and at random times, on
// one store and one chain. After each kill the next process's manager must resume exactly the
// transactions the store acknowledged as persisted and not confirmed (counted, by nonce); every
// other persisted one must be confirmed with its receipt on chain; driven on, the chain's nonce
// must be the highest persisted nonce plus one (no gap, no stuck nonce). At the end every intent
// is retried with its ID: each lands exactly once, at contiguous nonces.
func TestKill9AtRandomPointsInSend(t *testing.T) {
	t.Parallel()
	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv("SPTN_TXMGR_CRASH_SEED"); s != "" {
		var err error
		seed, err = strconv.ParseUint(s, 10, 64)
		require.NoError(t, err)
	}
	t.Logf("seed %d (SPTN_TXMGR_CRASH_SEED=%d replays these kill points)", seed, seed)
	rng := rand.New(rand.NewPCG(seed, 1))
	a := anviltest.Start(t)
	a.SetAutomine(false)
	a.MineEvery(250 * time.Millisecond)
	dir := t.TempDir()
	c := dial(t, a.URL)
	signer := keys.NewKeySigner(anviltest.DevKey(t, 0))
	ks := newKeyspace(signer.Address())
	ctx := context.Background()

	state := map[uint64]string{} // every tx record the children reported, by nonce
	resumed := 0
	for round := range crashRounds {
		p := crashPlan{Point: crashPoints[round%len(crashPoints)]}
		switch p.Point {
		case pointRandom:
			p.Delay = time.Duration(rng.IntN(1500)) * time.Millisecond
		case pointMined, pointConfirmed:
			p.K = 1 + rng.IntN(2)
		default:
			p.K = 1 + rng.IntN(crashIntents)
		}
		finished := map[uint64]bool{}
		for _, l := range runCrashChild(t, a.URL, dir, round, p) {
			var n uint64
			if _, err := fmt.Sscanf(l, "persisted %d", &n); err == nil {
				state[n] = statePending
			} else if _, err := fmt.Sscanf(l, "finished %d", &n); err == nil {
				state[n], finished[n] = stateDone, true
			}
		}
		var pending []uint64
		for n, st := range state {
			if st == statePending {
				pending = append(pending, n)
			}
		}
		if p.Point == pointPersisted {
			require.NotEmpty(t, pending, "round %d (%s): killed right after persisting, nothing is unconfirmed", round, p)
		}

		// The next process: a manager over the same store that confirms nothing, so that what
		// it loaded stays in flight to be counted.
		kv, err := store.Open(dir)
		require.NoError(t, err, "round %d: the store opens after kill -9", round)
		cfg := testConfig()
		cfg.Confirmations = 1 << 40
		check := New(cfg, c, signer, kv, &counts{events: map[string]int{}}, logger())
		require.NoError(t, check.Start(ctx))
		require.Equal(t, len(pending), check.InFlight(),
			"round %d (%s): the manager resumes exactly the persisted, unconfirmed txs (nonces %v)", round, p, pending)
		for _, n := range pending {
			_, ok := check.flightHash(n)
			require.True(t, ok, "round %d (%s): persisted nonce %d is not resumed", round, p, n)
		}
		require.NoError(t, check.Stop(ctx))
		resumed += len(pending)
		for n := range finished {
			raw, err := kv.Get(ks.tx(n))
			require.NoError(t, err)
			var rec record
			require.NoError(t, json.Unmarshal(raw, &rec))
			require.Equal(t, stateDone, rec.State, "round %d: nonce %d", round, n)
			_, err = c.TransactionReceipt(ctx, rec.TxHash)
			require.NoError(t, err, "round %d: the confirmed tx of nonce %d is on chain", round, n)
		}

		// Every other round the next process runs on (so that the next child starts with txs to
		// resume, and may die resuming them); this one drives them to confirmation.
		if round%2 == 1 || round == crashRounds-1 {
			m := New(testConfig(), c, signer, kv, &counts{events: map[string]int{}}, logger())
			require.NoError(t, m.Start(ctx))
			eventually(t, "the resumed txs confirmed", func() bool { return m.InFlight() == 0 })
			require.NoError(t, m.Stop(ctx))
			next := uint64(0)
			for n := range state {
				state[n] = stateDone
				next = max(next, n+1)
			}
			mined, err := c.NonceAt(ctx, signer.Address(), nil)
			require.NoError(t, err)
			require.Equal(t, next, mined, "round %d: the chain holds every persisted nonce and no other", round)
			pn, err := c.PendingNonceAt(ctx, signer.Address())
			require.NoError(t, err)
			require.Equal(t, next, pn, "round %d: no tx stuck behind a gap", round)
		}
		require.NoError(t, kv.Close())
	}
	require.GreaterOrEqual(t, resumed, crashRounds/len(crashPoints), "at least the kills right after persisting left txs to resume")
	t.Logf("%d kills, %d txs resumed, %d persisted", crashRounds, resumed, len(state))

	// The callers retry every intent with its ID.
	kv, err := store.Open(dir)
	require.NoError(t, err)
	defer kv.Close()
	e := &env{a: a, c: c, kv: kv, ev: &counts{events: map[string]int{}}}
	m := e.start(t, testConfig(), c)
	total := crashRounds * crashIntents
	receipts := make([]*types.Receipt, total)
	errs := make([]error, total)
	var wg sync.WaitGroup
	for i := range total {
		wg.Add(1)
		go func() {
			defer wg.Done()
			receipts[i], errs[i] = m.Send(ctxT(t), candidate(crashIntent(i/crashIntents, i%crashIntents)))
		}()
	}
	wg.Wait()
	for i := range total {
		require.NoError(t, errs[i], "intent %s", crashIntent(i/crashIntents, i%crashIntents))
	}
	final, err := c.NonceAt(ctx, signer.Address(), nil)
	require.NoError(t, err)
	require.Equal(t, uint64(total), final, "every intent took exactly one nonce")
	sent := sentFrom(t, c, signer.Address())
	seen := map[string]uint64{}
	for nonce := range uint64(total) {
		require.Len(t, sent[nonce], 1, "nonce %d: no gap, one tx", nonce)
		id := string(sent[nonce][0].Data())
		_, dup := seen[id]
		require.False(t, dup, "%s landed twice", id)
		seen[id] = nonce
	}
	for i := range total {
		id := crashIntent(i/crashIntents, i%crashIntents)
		require.Contains(t, seen, id)
		require.Equal(t, sent[seen[id]][0].Hash(), receipts[i].TxHash, "the receipt returned for %s is its own tx", id)
	}
}

// cutOnBroadcast cuts the power under the store as the first tx goes to the node: the tx was
// persisted and never left the machine.
type cutOnBroadcast struct {
	Backend
	disk *storetest.PowerCut
	once sync.Once
}

func (b *cutOnBroadcast) SendTransaction(context.Context, *types.Transaction) error {
	b.once.Do(b.disk.Cut)
	return errors.New("the machine lost power")
}

// TestPowerCutBetweenPersistAndBroadcast: a power cut right after Send persisted a tx (the
// store's disk keeps only what was synced) loses nothing: the next manager resumes that tx and
// the retried intent gets it. A store that acknowledged the record without syncing it would
// lose the record here, and the intent would be sent again at a new signature.
func TestPowerCutBetweenPersistAndBroadcast(t *testing.T) {
	t.Parallel()
	a := anviltest.Start(t)
	c := dial(t, a.URL)
	disk := storetest.NewPowerCut()
	kv, err := store.OpenStorage(disk.Storage())
	require.NoError(t, err)
	e := &env{a: a, c: c, kv: kv, ev: &counts{events: map[string]int{}}}
	m1 := e.start(t, testConfig(), &cutOnBroadcast{Backend: c, disk: disk})
	short, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()
	_, err = m1.Send(short, candidate("x"))
	require.Error(t, err)
	signed, ok := m1.flightHash(0)
	require.True(t, ok)
	require.NoError(t, m1.Stop(context.Background()))

	e.kv, err = store.OpenStorage(disk.Storage()) // the next boot
	require.NoError(t, err)
	t.Cleanup(func() { _ = e.kv.Close() })
	m2 := e.start(t, testConfig(), c)
	require.Equal(t, 1, m2.InFlight(), "the tx persisted before the power cut is resumed")
	a.MineEvery(100 * time.Millisecond)
	r, err := m2.Send(ctxT(t), candidate("x"))
	require.NoError(t, err)
	require.Equal(t, signed, r.TxHash, "the retried intent is the persisted tx")
}

// noBroadcast is a backend whose broadcasts all fail: what a crash between persisting and
// broadcasting looks like from the chain's side.
type noBroadcast struct{ Backend }

func (noBroadcast) SendTransaction(context.Context, *types.Transaction) error {
	return errors.New("connection refused")
}

// TestRestartBroadcastsPersistedButUnsent: a tx persisted but never broadcast is sent by the
// next manager on Start, and the retried intent gets that very tx, with no gap after it.
func TestRestartBroadcastsPersistedButUnsent(t *testing.T) {
	t.Parallel()
	e := persistentEnv(t)

	m1 := e.start(t, testConfig(), noBroadcast{e.c})
	short, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()
	_, err := m1.Send(short, candidate("x"))
	require.ErrorIs(t, err, context.DeadlineExceeded)
	persisted, ok := m1.flightHash(0)
	require.True(t, ok)
	pending, err := e.c.PendingNonceAt(context.Background(), m1.From())
	require.NoError(t, err)
	require.Zero(t, pending, "nothing reached the node")
	require.NoError(t, m1.Stop(context.Background()))

	m2 := e.start(t, testConfig(), e.c)
	e.a.MineEvery(100 * time.Millisecond)
	ctx := ctxT(t)
	r, err := m2.Send(ctx, candidate("x"))
	require.NoError(t, err)
	require.Equal(t, persisted, r.TxHash, "the retried intent is the persisted tx")
	r, err = m2.Send(ctx, candidate("y"))
	require.NoError(t, err)
	tx, _, err := e.c.TransactionByHash(ctx, r.TxHash)
	require.NoError(t, err)
	require.Equal(t, uint64(1), tx.Nonce(), "the next intent takes the next nonce")
}

// TestStopReleasesWaiters: Stop wakes callers with ErrStopped and keeps their tx for the next Start.
func TestStopReleasesWaiters(t *testing.T) {
	t.Parallel()
	e := setup(t, testConfig())
	e.a.SetAutomine(false)
	res := sendAsync(ctxT(t), e.m, candidate("stop"))
	eventually(t, "the tx in flight", func() bool { _, ok := e.m.flightHash(0); return ok })
	require.NoError(t, e.m.Stop(context.Background()))
	require.ErrorIs(t, (<-res).err, ErrStopped)
	_, err := e.m.Send(context.Background(), candidate("after"))
	require.ErrorIs(t, err, ErrNotStarted)
}

// persistentEnv is an anvil and an on-disk store, without a manager: a test starts managers on it
// (e.start) one after the other, as restarts.
func persistentEnv(t *testing.T) *env {
	t.Helper()
	a := anviltest.Start(t)
	c := dial(t, a.URL)
	kv, err := store.Open(t.TempDir())
	require.NoError(t, err)
	t.Cleanup(func() { kv.Close() })
	return &env{a: a, c: c, kv: kv, ev: &counts{events: map[string]int{}}}
}
