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

// peerGuard is a reactor without channels that repairs CometBFT's peer set where the switch has
// lost track of a connection, so that the two nodes can connect again.
//
// CometBFT v0.38's PeerSet.Remove removes whatever peer holds the ID it is given, not the peer it
// is given. When two nodes dial each other at once (both restart: each dials its persistent
// peers), a node can register one connection, start a second one to the same peer and refuse it
// as a duplicate; if that second one fails before the switch stops it (the other side closed it,
// or the switch's own cleanup did), it is stopped "for error", and that removes the registered
// connection from the set by their shared ID:
//   - lost: the registered connection keeps running outside the set. The other node still holds
//     it as its peer and refuses every new one as a duplicate; this node dials again, fails, and
//     again, without end. Gossip goes on over it, but nothing this node broadcasts reaches the
//     peer (CI, 2026-12-05: two validators, the chain halted for good).
//   - dead: if the removal comes before the switch adds the second connection, the second one is
//     added already stopped, stays in the set, and this node neither dials the peer nor accepts it.
//
// The guard follows the peers the switch registers (AddPeer comes after the switch adds one to
// its set, RemovePeer before it takes one out) and checks each second, acting at two checks in a
// row: a stopped peer in the set is taken out (StopPeerGracefully; a persistent one is dialled
// again); then a running peer that is not the one registered under its ID, with none other there,
// is stopped through the switch (its connection closed, every reactor told, a persistent peer
// dialled again). With another connection under its ID, it is left alone until that one goes: the
// switch would take that one out in stopping it.
type peerGuard struct {
	p2p.BaseReactor
	every  time.Duration
	log    *slog.Logger
	closed prometheus.Counter

	mu    sync.Mutex
	peers map[p2p.Peer]int // registered peers: how many checks in a row found them out of the set
	dead  map[p2p.Peer]int // stopped peers in the set: how many checks in a row found them there
	quit  chan struct{}
	done  chan struct{}
}

func newPeerGuard(every time.Duration, log *slog.Logger, closed prometheus.Counter) *peerGuard {
	g := &peerGuard{every: every, log: log, closed: closed, peers: map[p2p.Peer]int{}, dead: map[p2p.Peer]int{}}
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

// strikes is how many checks in a row must find a peer lost or dead before the guard acts.
const strikes = 2

// check stops the peers found lost, and takes out of the switch's set the ones found dead, at
// strikes checks in a row: the dead first, so that a lost peer whose ID a dead one held is then
// alone under it.
func (g *peerGuard) check() {
	sw := g.Switch
	if sw == nil {
		return
	}
	var dead, lost []p2p.Peer
	g.mu.Lock()
	seen := map[p2p.Peer]bool{}
	for _, q := range sw.Peers().List() {
		if q.IsRunning() {
			continue
		}
		seen[q] = true
		if g.dead[q]++; g.dead[q] >= strikes {
			dead = append(dead, q)
			delete(g.dead, q)
		}
	}
	for q := range g.dead {
		if !seen[q] {
			delete(g.dead, q)
		}
	}
	for p, n := range g.peers {
		switch {
		case !p.IsRunning():
			delete(g.peers, p) // stopped: the dead peers above, or on its way out of the switch
		case sw.Peers().Get(p.ID()) == p:
			g.peers[p] = 0
		case n+1 < strikes:
			g.peers[p] = n + 1
		default:
			lost = append(lost, p)
		}
	}
	g.mu.Unlock()
	for _, q := range dead {
		g.log.Warn("taking a stopped CometBFT peer out of the switch's set", "peer", q.ID(),
			"addr", q.RemoteAddr().String(), "outbound", q.IsOutbound())
		g.closed.Inc()
		sw.StopPeerGracefully(q)
		addr := q.SocketAddr()
		if !q.IsOutbound() {
			if a, err := q.NodeInfo().NetAddress(); err == nil {
				addr = a
			}
		}
		if addr != nil && sw.IsPeerPersistent(addr) {
			go func() {
				if err := sw.DialPeerWithAddress(addr); err != nil {
					g.log.Info("dial the persistent peer again", "peer", q.ID(), "err", err)
				}
			}()
		}
	}
	for _, p := range lost {
		if other := sw.Peers().Get(p.ID()); other != nil {
			// Another connection holds its ID, and the switch would take that one out of its set
			// in stopping this one (it removes by ID): leave it until the other one goes. It only
			// repeats the other one's gossip.
			continue
		}
		g.mu.Lock()
		delete(g.peers, p)
		g.mu.Unlock()
		g.log.Warn("closing a CometBFT peer connection the switch lost track of", "peer", p.ID(),
			"addr", p.RemoteAddr().String(), "outbound", p.IsOutbound())
		g.closed.Inc()
		sw.StopPeerForError(p, errLostPeer)
	}
}
