package app

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestBacklogAnswersWhileThePoolIsRead (issue 16: refusals within 50 ms): admission asks for the
// backlog on every submission and CheckTx, and under load the pool is read anew at every height.
// Before, every caller waited on the one reading the pool (tens of milliseconds with a pool
// thousands deep, on a loaded machine): the refusals' p99 was 80-100 ms. Now one caller reads
// the pool and the others take the last answer meanwhile.
func TestBacklogAnswersWhileThePoolIsRead(t *testing.T) {
	nt := newNet(t, 1)
	a := nt.apps[0]
	nt.round(slotTime(3), userTx("one", 5), userTx("two", 5))
	n, err := a.Backlog(100)
	require.NoError(t, err)
	require.Equal(t, 2, n)

	// A new height: the pool changed, and the next call reads it; hold that read.
	nt.round(slotTime(3), userTx("three", 5))
	reading, release := make(chan struct{}), make(chan struct{})
	a.backlogScanning = func() {
		close(reading)
		<-release
	}
	got := make(chan int, 1)
	go func() {
		n, err := a.Backlog(100)
		require.NoError(t, err)
		got <- n
	}()
	<-reading
	a.backlogScanning = nil
	done := make(chan int, 1)
	go func() {
		n, _ := a.Backlog(100)
		done <- n
	}()
	select {
	case n := <-done:
		require.Equal(t, 2, n, "the last answer, while the pool is being read")
	case <-time.After(5 * time.Second):
		t.Fatal("a caller waited for another's read of the pool")
	}
	close(release)
	require.Equal(t, 3, <-got, "the reader's own answer is the new one")
	n, err = a.Backlog(100)
	require.NoError(t, err)
	require.Equal(t, 3, n, "kept for the height")
}
