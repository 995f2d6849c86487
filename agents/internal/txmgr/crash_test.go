package txmgr

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/anviltest"
	"github.com/sptn/sptn/agents/internal/keys"
	"github.com/sptn/sptn/agents/internal/store"
)

const intents = 10

// TestCrashChild is the sender that TestKill9MidSendingNoGapNoDuplicate runs in a subprocess
// and kills. It does nothing in a normal test run.
func TestCrashChild(t *testing.T) {
	url, dir := os.Getenv("SPTN_TXMGR_CRASH_URL"), os.Getenv("SPTN_TXMGR_CRASH_DIR")
	if url == "" {
		t.Skip("run by TestKill9MidSendingNoGapNoDuplicate")
	}
	kv, err := store.Open(dir)
	require.NoError(t, err)
	m := New(testConfig(), dial(t, url), keys.NewKeySigner(anviltest.DevKey(t, 0)), kv, &counts{events: map[string]int{}}, logger())
	require.NoError(t, m.Start(context.Background()))
	var wg sync.WaitGroup
	for i := range intents {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _ = m.Send(context.Background(), candidate(fmt.Sprintf("intent-%d", i)))
		}()
		fmt.Printf("started intent-%d\n", i)
		time.Sleep(300 * time.Millisecond)
	}
	wg.Wait()
	fmt.Println("all sent")
	select {} // wait for the kill
}

// TestKill9MidSendingNoGapNoDuplicate SIGKILLs a sender in the middle of its intents, restarts
// the manager over the same store, has the caller retry every intent with the same IDs, and
// checks that the chain holds each intent exactly once at contiguous nonces.
func TestKill9MidSendingNoGapNoDuplicate(t *testing.T) {
	t.Parallel()
	a := anviltest.Start(t)
	a.SetAutomine(false)
	a.MineEvery(250 * time.Millisecond)
	dir := t.TempDir()

	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), "SPTN_TXMGR_CRASH_URL="+a.URL, "SPTN_TXMGR_CRASH_DIR="+dir)
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	t.Cleanup(func() { _ = cmd.Process.Kill() })

	c := dial(t, a.URL)
	from := keys.NewKeySigner(anviltest.DevKey(t, 0)).Address()
	started := 0
	sc := bufio.NewScanner(out)
	for sc.Scan() && started < intents/2 { // kill once half the intents are under way
		if strings.HasPrefix(sc.Text(), "started ") {
			started++
		}
	}
	deadline := time.Now().Add(wait)
	for {
		mined, err := c.NonceAt(context.Background(), from, nil)
		require.NoError(t, err)
		if mined >= 2 {
			break
		}
		require.True(t, time.Now().Before(deadline), "the child mined nothing")
		time.Sleep(20 * time.Millisecond)
	}
	require.NoError(t, cmd.Process.Signal(syscall.SIGKILL))
	err = cmd.Wait()
	var ee *exec.ExitError
	require.True(t, errors.As(err, &ee) && !ee.Success(), "the child was killed: %v", err)
	mined, err := c.NonceAt(context.Background(), from, nil)
	require.NoError(t, err)
	require.Less(t, mined, uint64(intents), "the kill came in the middle of sending")
	t.Logf("killed with %d of %d intents mined", mined, intents)

	kv, err := store.Open(dir)
	require.NoError(t, err, "the store opens after kill -9")
	defer kv.Close()
	e := &env{a: a, c: c, kv: kv, ev: &counts{events: map[string]int{}}}
	m := e.start(t, testConfig(), c)
	t.Logf("resumed %d persisted txs in flight", m.InFlight())

	ctx := ctxT(t)
	var wg sync.WaitGroup
	receipts := make([]*types.Receipt, intents)
	errs := make([]error, intents)
	for i := range intents {
		wg.Add(1)
		go func() {
			defer wg.Done()
			receipts[i], errs[i] = m.Send(ctx, candidate(fmt.Sprintf("intent-%d", i)))
		}()
	}
	wg.Wait()
	for i := range intents {
		require.NoError(t, errs[i], "intent-%d", i)
	}

	final, err := c.NonceAt(ctx, from, nil)
	require.NoError(t, err)
	require.Equal(t, uint64(intents), final, "every intent took exactly one nonce")
	sent := sentFrom(t, c, from)
	seen := map[string]uint64{}
	for nonce := range uint64(intents) {
		require.Len(t, sent[nonce], 1, "nonce %d: no gap, one tx", nonce)
		id := string(sent[nonce][0].Data())
		_, dup := seen[id]
		require.False(t, dup, "%s landed twice", id)
		seen[id] = nonce
	}
	for i := range intents {
		id := fmt.Sprintf("intent-%d", i)
		require.Contains(t, seen, id)
		require.Equal(t, sent[seen[id]][0].Hash(), receipts[i].TxHash, "the receipt returned for %s is its own tx", id)
	}
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
