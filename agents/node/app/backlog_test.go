package app

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/store"
)

// TestBacklogAnswersWhileThePoolIsRead (issue 16: refusals within 50 ms): admission asks for the
// backlog on every submission and CheckTx, and under load the pool is read anew at every height.
// Before, every caller waited on the one reading the pool (tens of milliseconds with a pool
// thousands deep, on a loaded machine): the refusals' p99 was 80-100 ms; then the first caller
// after each height still read it itself. Now Commit starts the read of the new pool in the
// background, one read at a time, and admission (LastBacklog) takes the last answer meanwhile.
func TestBacklogAnswersWhileThePoolIsRead(t *testing.T) {
	nt := newNet(t, 1)
	a := nt.apps[0]
	nt.round(slotTime(3), userTx("one", 5), userTx("two", 5))
	n, err := a.Backlog(100)
	require.NoError(t, err)
	require.Equal(t, 2, n)

	// A new height: the pool changed, and Commit starts reading it; hold that read.
	reading, release := make(chan struct{}), make(chan struct{})
	var once sync.Once
	a.backlogScanning = func() {
		once.Do(func() {
			close(reading)
			<-release
		})
	}
	nt.round(slotTime(3), userTx("three", 5))
	<-reading
	done := make(chan int, 1)
	go func() {
		n, _ := a.LastBacklog(100)
		done <- n
	}()
	select {
	case n := <-done:
		require.Equal(t, 2, n, "the last answer, while the pool is being read")
	case <-time.After(5 * time.Second):
		t.Fatal("admission waited for the read of the pool")
	}
	waited := make(chan int, 1)
	go func() {
		n, _ := a.Backlog(100)
		waited <- n
	}()
	close(release)
	require.Equal(t, 3, <-waited, "Backlog waits for the read under way, and takes its answer")
	n, err = a.LastBacklog(100)
	require.NoError(t, err)
	require.Equal(t, 3, n, "kept for the height")
}

// TestPoolExceptReadsABoundedRunOfTooBigTransactions (review r36): any user can fill the pool
// with transactions bigger than a small seal's room; each seal made under load reads the pool,
// and must not walk all of it past them. PoolExcept gives up after backlogScan such transactions
// in a row (the rest stay queued for a bigger seal): behind exactly that many, a transaction that
// fits is not reached; with one of them skipped by the caller (not counted), it is.
func TestPoolExceptReadsABoundedRunOfTooBigTransactions(t *testing.T) {
	nt := newNet(t, 1)
	a := nt.apps[0]
	pad := strings.Repeat("x", 300)
	var first common.Hash
	for sent := 0; sent < backlogScan; {
		var txs [][]byte
		for ; sent < backlogScan && len(txs) < 2000; sent++ {
			txs = append(txs, userTx(fmt.Sprintf("big %05d %s", sent, pad), 5))
		}
		if sent == len(txs) {
			first = TxHash(txs[0])
		}
		nt.round(slotTime(3), txs...)
	}
	small := userTx("small", 5)
	nt.round(slotTime(3), small)
	require.Equal(t, backlogScan+1, a.Meta().Queued, "every transaction is queued")
	n, err := a.Backlog(backlogScan + 10)
	require.NoError(t, err)
	require.Equal(t, backlogScan, n, "the count reads backlogScan entries at most")
	room := 4 + len(small)
	got, err := a.PoolExcept(big.NewInt(5), big.NewInt(5), room, nil)
	require.NoError(t, err)
	require.Empty(t, got, "behind backlogScan transactions too big for the seal, the read stops")
	got, err = a.PoolExcept(big.NewInt(5), big.NewInt(5), room, map[common.Hash]bool{first: true})
	require.NoError(t, err)
	require.Equal(t, []common.Hash{TxHash(small)}, got, "one fewer too big to read: the small one is reached")
}

// txReads counts the reads of transaction records through a store, in all and by transaction.
type txReads struct {
	store.KV
	n    atomic.Int64
	mu   sync.Mutex
	byTx map[string]int
}

func (c *txReads) Get(k []byte) ([]byte, error) {
	if bytes.HasPrefix(k, []byte(prefixTx)) {
		c.n.Add(1)
		c.mu.Lock()
		if c.byTx == nil {
			c.byTx = map[string]int{}
		}
		c.byTx[string(k[len(prefixTx):])]++
		c.mu.Unlock()
	}
	return c.KV.Get(k)
}

// of is how many times the record of h was read.
func (c *txReads) of(h common.Hash) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.byTx[h.Hex()]
}

// TestThePoolsReadersReadEachRecordOnce (issue 16, capacity): admission reads the pool anew at
// every height (Backlog, up to backlogScan entries) and every seal reads it again (PoolExcept).
// Reading each queued transaction's record every time was about 6% of a node's CPU under
// overload. What they need of it (fees, size) is kept by hash after the first read; the answers
// are the same.
func TestThePoolsReadersReadEachRecordOnce(t *testing.T) {
	nt := newNet(t, 1)
	a := nt.apps[0]
	reads := &txReads{KV: a.kv}
	a.kv = reads
	var txs [][]byte
	for i := range 40 {
		txs = append(txs, userTx(fmt.Sprintf("tx %02d", i), int64(1+i%4)))
	}
	nt.round(slotTime(3), txs...)
	before := reads.n.Load()
	n, err := a.Backlog(1000)
	require.NoError(t, err)
	require.Equal(t, 40, n)
	require.Equal(t, int64(40), reads.n.Load()-before, "the first read of the pool reads each record")

	// A new height (whose Commit starts a read of the pool in the background), admission's count
	// and a seal: none reads the record of a transaction read before.
	seen := map[common.Hash]int{}
	for _, tx := range txs {
		seen[TxHash(tx)] = reads.of(TxHash(tx))
	}
	nt.round(slotTime(3), userTx("one more", 1))
	n, err = a.Backlog(1000)
	require.NoError(t, err)
	require.Equal(t, 41, n)
	hashes, err := a.Pool(big.NewInt(3), big.NewInt(3), 10_000)
	require.NoError(t, err)
	require.Len(t, hashes, 20, "the transactions paying 3 or more of each")
	for h, was := range seen {
		require.Equal(t, was, reads.of(h), "transaction %s's record read again", h)
	}
	for _, h := range hashes {
		r, err := a.Tx(h)
		require.NoError(t, err)
		tx, err := DecodeUserTx(r.Raw, a.Params().MaxPayload)
		require.NoError(t, err)
		require.GreaterOrEqual(t, tx.MaxFeePerL2Gas.Int64(), int64(3))
	}
}

// TestAFullPoolStaysKept (review of ad92ea3): every seal reads the pool in order past what its
// proposer does not take. With the pool's reads kept in an LRU smaller than the pool, such a read
// evicted each entry just before the next read needed it, and every seal read every record again.
// The cache holds a full pool (the chain's MaxQueued) of transactions no proposer here takes.
func TestAFullPoolStaysKept(t *testing.T) {
	nt := newNet(t, 1)
	a := nt.apps[0]
	n := a.Params().MaxQueued
	v := newView(a.kv)
	for i := range n {
		raw := userTx(fmt.Sprintf("tx %06d", i), 1)
		h := TxHash(raw)
		v.set(poolKey(uint64(1_000_000+i), h), binary.BigEndian.AppendUint64(nil, 1<<40))
		v.putTx(h, &TxRecord{Raw: raw, State: TxQueued})
	}
	require.NoError(t, a.kv.Write(v.batch()))
	reads := &txReads{KV: a.kv}
	a.kv = reads
	for seal := range 3 {
		before := reads.n.Load()
		got, err := a.Pool(big.NewInt(2), big.NewInt(2), 100_000)
		require.NoError(t, err)
		require.Empty(t, got, "none pays 2")
		want := int64(n)
		if seal > 0 {
			want = 0
		}
		require.Equal(t, want, reads.n.Load()-before, "seal %d's record reads", seal)
	}
}
