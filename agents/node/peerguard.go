package node

import (
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/cometbft/cometbft/p2p"
	"github.com/cometbft/cometbft/p2p/conn"
	"github.com/prometheus/client_golang/prometheus"
)

// peerGuardName is the peer guard's name among the switch's reactors.
const peerGuardName = "SPTNPEERGUARD"

// errLostPeer is the reason the peer guard gives CometBFT for the connection it closes.
var errLostPeer = errors.New("connection running but no longer in the switch's peer set (CometBFT v0.38 removes peers by ID)")

// peerGuard is a reactor without channels that closes a connection CometBFT's switch has lost
// track of, so that the two nodes can connect again.
//
// CometBFT v0.38's PeerSet.Remove removes whatever peer holds the ID it is given, not the peer it
// is given. When two nodes dial each other at once (both restart: each dials its persistent
// peers), a node can start a second connection to a peer it has just registered, refuse it as a
// duplicate and, if the other side closes it first, stop it "for error": that removes the
// registered connection from the peer set while the connection keeps running. The other node
// still holds that connection as its peer, so it refuses every new one as a duplicate; this node
// dials again, gets EOF, and again, without end (CI, 2026-12-05: two validators, the chain halted
// for good). Ping and pong go on over the lost connection, so nothing else ends it.
//
// The guard sees every peer the switch registers (AddPeer comes after the switch adds it to its
// set; RemovePeer before the switch takes it out) and checks each second that each one it holds
// is still the one registered under its ID. A running peer that is not, at two checks in a row, is
// lost: with no other peer under its ID it is stopped through the switch (its connection closed,
// every reactor told, a persistent peer dialled again); with another one there it is stopped on
// its own, since the switch would remove that other one by the shared ID.
type peerGuard struct {
	p2p.BaseReactor
	every  time.Duration
	log    *slog.Logger
	closed prometheus.Counter

	mu    sync.Mutex
	peers map[p2p.Peer]int // registered peers: how many checks in a row found them out of the set
	quit  chan struct{}
	done  chan struct{}
}

func newPeerGuard(every time.Duration, log *slog.Logger, closed prometheus.Counter) *peerGuard {
	g := &peerGuard{every: every, log: log, closed: closed, peers: map[p2p.Peer]int{}}
	g.BaseReactor = *p2p.NewBaseReactor(peerGuardName, g)
	return g
}

// GetChannels: the guard sends and receives nothing.
func (g *peerGuard) GetChannels() []*conn.ChannelDescriptor { return nil }

func (g *peerGuard) AddPeer(p p2p.Peer) {
	g.mu.Lock()
	g.peers[p] = 0
	g.mu.Unlock()
}

func (g *peerGuard) RemovePeer(p p2p.Peer, _ any) {
	g.mu.Lock()
	delete(g.peers, p)
	g.mu.Unlock()
}

func (g *peerGuard) OnStart() error {
	g.quit, g.done = make(chan struct{}), make(chan struct{})
	go g.run()
	return nil
}

func (g *peerGuard) OnStop() {
	close(g.quit)
	<-g.done
}

func (g *peerGuard) run() {
	defer close(g.done)
	t := time.NewTicker(g.every)
	defer t.Stop()
	for {
		select {
		case <-g.quit:
			return
		case <-t.C:
			g.check()
		}
	}
}

// check stops the peers found lost at two checks in a row.
func (g *peerGuard) check() {
	sw := g.Switch
	if sw == nil {
		return
	}
	var lost []p2p.Peer
	g.mu.Lock()
	for p, n := range g.peers {
		switch {
		case !p.IsRunning():
			delete(g.peers, p) // stopped without the switch telling the reactors: nothing to close
		case sw.Peers().Get(p.ID()) == p:
			g.peers[p] = 0
		case n+1 < 2:
			g.peers[p] = n + 1
		default:
			lost = append(lost, p)
			delete(g.peers, p)
		}
	}
	g.mu.Unlock()
	for _, p := range lost {
		other := sw.Peers().Get(p.ID())
		g.log.Warn("closing a CometBFT peer connection the switch lost track of", "peer", p.ID(),
			"addr", p.RemoteAddr().String(), "outbound", p.IsOutbound(), "other_registered", other != nil)
		g.closed.Inc()
		if other == nil {
			sw.StopPeerForError(p, errLostPeer)
			continue
		}
		// MConnection.Stop closes the connection without reporting an error, so the switch
		// removes nothing by the shared ID.
		if err := p.Stop(); err != nil {
			g.log.Warn("stop the lost peer", "peer", p.ID(), "err", err)
		}
	}
}
