package app

import (
	"sync"
	"testing"
	"time"

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
