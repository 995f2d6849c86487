package node

import (
	"fmt"
	"io"
	"log/slog"
	"sync"
	"testing"
	"time"

	cmtcfg "github.com/cometbft/cometbft/config"
	"github.com/cometbft/cometbft/p2p"
	"github.com/cometbft/cometbft/p2p/conn"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/stretchr/testify/require"
)

// guardedPair is two real CometBFT switches connected to each other, the first with a peer guard
// checking every `every` that takes a dead peer out after deadAfter, and the reactors more.
func guardedPair(t *testing.T, every, deadAfter time.Duration, more ...p2p.Reactor) (*peerGuard, prometheus.Counter, []*p2p.Switch) {
	t.Helper()
	closed := prometheus.NewCounter(prometheus.CounterOpts{Name: "closed"})
	guard := newPeerGuard(every, deadAfter, slog.New(slog.NewTextHandler(io.Discard, nil)), closed)
	sws := p2p.MakeConnectedSwitches(cmtcfg.DefaultP2PConfig(), 2, func(i int, sw *p2p.Switch) *p2p.Switch {
		if i == 0 {
			sw.AddReactor(peerGuardName, guard)
			for j, r := range more {
				sw.AddReactor(fmt.Sprintf("MORE%d", j), r)
			}
		}
		return sw
	}, p2p.Connect2Switches)
	t.Cleanup(func() {
		for _, sw := range sws {
			_ = sw.Stop()
		}
	})
	return guard, closed, sws
}

// sameID is another Peer object under a registered peer's ID whose stopping touches nothing of
// it: what CometBFT's switch stops "for error" when a second connection to a registered peer, a
// duplicate it refused, fails first.
type sameID struct{ p2p.Peer }

func (sameID) Stop() error        { return nil }
func (sameID) CloseConn() error   { return nil }
func (sameID) IsRunning() bool    { return true }
func (sameID) IsPersistent() bool { return false }

// stoppedSameID is a stopped Peer object under a registered peer's ID: what the switch adds to its
// set when the refused duplicate failed, and took the registered one out, before it was added.
type stoppedSameID struct{ sameID }

func (stoppedSameID) IsRunning() bool { return false }

// TestPeerGuardClosesALostConnection simulates CometBFT v0.38's lost peer on two real switches
// over a real connection: stopping another Peer object under a registered peer's ID removes the
// registered one from the set (PeerSet.Remove goes by ID) while its connection runs on. The other
// switch still holds it as its peer, so it would refuse every new connection as a duplicate. The
// guard must close the lost connection, so that the other switch drops it too.
func TestPeerGuardClosesALostConnection(t *testing.T) {
	_, closed, sws := guardedPair(t, 500*time.Millisecond, 10*time.Second)
	require.Equal(t, 1, sws[0].Peers().Size())
	require.Equal(t, 1, sws[1].Peers().Size())
	registered := sws[0].Peers().List()[0]

	sws[0].StopPeerForError(sameID{registered}, "the refused duplicate failed")
	require.Equal(t, 0, sws[0].Peers().Size(), "the switch removed the registered peer by its ID")
	require.True(t, registered.IsRunning(), "its connection runs on")

	require.Eventually(t, func() bool { return sws[1].Peers().Size() == 0 }, 10*time.Second, 50*time.Millisecond,
		"the other switch must lose the connection the guard closed")
	require.False(t, registered.IsRunning())
	require.Equal(t, 1.0, testutil.ToFloat64(closed))
}

// TestPeerGuardLeavesRegisteredPeers: healthy connections, coming and going and checked many
// times, are never closed.
func TestPeerGuardLeavesRegisteredPeers(t *testing.T) {
	guard, closed, sws := guardedPair(t, 10*time.Millisecond, 10*time.Second)
	for range 5 { // churn: the peer goes and comes back, each time while being checked
		time.Sleep(60 * time.Millisecond)
		sws[0].StopPeerForError(sws[0].Peers().List()[0], "gone")
		require.Eventually(t, func() bool { return sws[1].Peers().Size() == 0 }, 5*time.Second, 10*time.Millisecond)
		p2p.Connect2Switches(sws, 0, 1)
	}
	time.Sleep(300 * time.Millisecond) // about 30 checks
	require.Equal(t, 1, sws[0].Peers().Size())
	require.Equal(t, 1, sws[1].Peers().Size())
	require.Zero(t, testutil.ToFloat64(closed))
	guard.mu.Lock()
	require.Len(t, guard.peers, 1, "the guard follows the registered peer, and forgot the ones gone")
	guard.mu.Unlock()
}

// TestPeerGuardTakesADeadPeerOutOfTheSet: the lost peer's sibling. The refused duplicate took the
// registered connection out of the set and was added itself, already stopped: the switch neither
// dials that peer nor accepts it, and the lost connection is not alone under its ID. The guard
// must take the stopped one out, then close the lost one.
func TestPeerGuardTakesADeadPeerOutOfTheSet(t *testing.T) {
	guard, closed, sws := guardedPair(t, 100*time.Millisecond, time.Second)
	registered := sws[0].Peers().List()[0]
	sws[0].StopPeerForError(sameID{registered}, "the refused duplicate failed")
	// The switch adds the refused duplicate after it was stopped and tells the reactors.
	dup := stoppedSameID{sameID{registered}}
	p2p.AddPeerToSwitchPeerSet(sws[0], dup)
	guard.AddPeer(dup)
	require.Equal(t, 1, sws[0].Peers().Size())
	require.False(t, sws[0].Peers().List()[0].IsRunning(), "a stopped peer holds the ID")

	require.Eventually(t, func() bool { return sws[0].Peers().Size() == 0 && sws[1].Peers().Size() == 0 },
		10*time.Second, 50*time.Millisecond, "the stopped peer must leave the set and the lost connection close")
	require.False(t, registered.IsRunning())
	require.Equal(t, 2.0, testutil.ToFloat64(closed))
}

// outboundView is a registered connection seen as outbound: what it does is the connection's.
type outboundView struct{ p2p.Peer }

func (outboundView) IsOutbound() bool { return true }

// TestPeerGuardClosesALostInboundConnectionBesideAnother: a lost inbound connection is closed on
// its own even while another one is registered under its ID, which stays registered (stopping it
// through the switch would take that one out by the shared ID).
func TestPeerGuardClosesALostInboundConnectionBesideAnother(t *testing.T) {
	_, closed, sws := guardedPair(t, 50*time.Millisecond, 10*time.Second)
	registered := sws[0].Peers().List()[0]
	require.False(t, registered.IsOutbound())
	sws[0].StopPeerForError(sameID{registered}, "the refused duplicate failed")
	other := sameID{registered}
	p2p.AddPeerToSwitchPeerSet(sws[0], other)

	require.Eventually(t, func() bool { return sws[1].Peers().Size() == 0 }, 10*time.Second, 50*time.Millisecond,
		"the lost connection closed")
	require.False(t, registered.IsRunning())
	require.Equal(t, other, sws[0].Peers().Get(registered.ID()), "the other one is still registered")
	require.Equal(t, 1.0, testutil.ToFloat64(closed))
}

// TestPeerGuardWaitsOnALostOutboundConnectionBesideAnother: a lost outbound connection must be
// stopped through the switch (which frees its address in the transport), and that would take the
// connection registered under its ID out of the set: the guard leaves it alone meanwhile.
func TestPeerGuardWaitsOnALostOutboundConnectionBesideAnother(t *testing.T) {
	guard, closed, sws := guardedPair(t, 50*time.Millisecond, 10*time.Second)
	registered := sws[0].Peers().List()[0]
	guard.AddPeer(outboundView{registered}) // added, then lost: another holds its ID

	time.Sleep(500 * time.Millisecond) // about 10 checks
	require.Equal(t, registered, sws[0].Peers().Get(registered.ID()), "the registered one stays")
	require.True(t, registered.IsRunning())
	require.Equal(t, 1, sws[1].Peers().Size())
	require.Zero(t, testutil.ToFloat64(closed))
}

// removals records the peers the switch told its reactors it removed.
type removals struct {
	p2p.BaseReactor
	mu   sync.Mutex
	seen []p2p.Peer
}

func newRemovals() *removals {
	r := &removals{}
	r.BaseReactor = *p2p.NewBaseReactor("removals", r)
	return r
}

func (r *removals) GetChannels() []*conn.ChannelDescriptor { return nil }

func (r *removals) RemovePeer(p p2p.Peer, _ any) {
	r.mu.Lock()
	r.seen = append(r.seen, p)
	r.mu.Unlock()
}

func (r *removals) saw(p p2p.Peer) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, q := range r.seen {
		if q == p {
			return true
		}
	}
	return false
}

// TestPeerGuardStopsALostOutboundConnectionThroughTheSwitch: a lost outbound connection alone
// under its ID is stopped through the switch (which frees its address in the transport, tells
// every reactor and dials a persistent peer again), not on its own.
func TestPeerGuardStopsALostOutboundConnectionThroughTheSwitch(t *testing.T) {
	rec := newRemovals()
	guard, closed, sws := guardedPair(t, 50*time.Millisecond, 10*time.Second, rec)
	registered := sws[0].Peers().List()[0]
	lost := outboundView{registered}
	guard.RemovePeer(registered, nil) // the guard follows it as the outbound connection it is here
	guard.AddPeer(lost)
	sws[0].StopPeerForError(sameID{registered}, "the refused duplicate failed")

	require.Eventually(t, func() bool { return sws[1].Peers().Size() == 0 }, 10*time.Second, 50*time.Millisecond,
		"the lost connection closed")
	require.True(t, rec.saw(lost), "stopped through the switch: the reactors were told")
	require.Equal(t, 1.0, testutil.ToFloat64(closed))
}
