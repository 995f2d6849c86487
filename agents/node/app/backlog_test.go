package app

import (
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
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
