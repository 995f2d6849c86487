package node

import (
	"errors"
	"log/slog"
	"math/rand/v2"
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
// its set, RemovePeer before it takes one out) and checks each second. A stopped peer in the set,
// seen so for ten seconds, is taken out (StopPeerGracefully; a persistent one is dialled again).
// Then a running peer that is not the one registered under its ID, at two checks in a row, is
// closed (closeLost). Each repair is logged at Warn and counted.
type peerGuard struct {
	p2p.BaseReactor
	every     time.Duration
	deadAfter time.Duration // how long a peer must be seen dead before it is taken out
	log       *slog.Logger
	closed    prometheus.Counter

	mu    sync.Mutex
	peers map[p2p.Peer]*watch // peers the switch added and has not removed
	quit  chan struct{}
	done  chan struct{}
}

// watch is what the guard saw of a peer: how many checks in a row found it lost, and since when
// it has been seen dead.
type watch struct {
	lost      int
	deadSince time.Time
	waiting   bool // lost and outbound, with another connection under its ID: logged once
}

// newPeerGuard checks every `every`; a dead peer is taken out once seen dead for deadAfter.
func newPeerGuard(every, deadAfter time.Duration, log *slog.Logger, closed prometheus.Counter) *peerGuard {
	g := &peerGuard{every: every, deadAfter: deadAfter, log: log, closed: closed, peers: map[p2p.Peer]*watch{}}
	g.BaseReactor = *p2p.NewBaseReactor(peerGuardName, g)
	return g
}

// GetChannels: the guard sends and receives nothing.
func (g *peerGuard) GetChannels() []*conn.ChannelDescriptor { return nil }

func (g *peerGuard) AddPeer(p p2p.Peer) {
	g.mu.Lock()
	g.peers[p] = &watch{}
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

// OnStop closes the lost connections left: the switch stopped the peers of its set before its
// reactors, so a tracked peer still running is one.
func (g *peerGuard) OnStop() {
	close(g.quit)
	<-g.done
	g.mu.Lock()
	left := make([]p2p.Peer, 0, len(g.peers))
	for p := range g.peers {
		left = append(left, p)
	}
	g.mu.Unlock()
	for _, p := range left {
		if p.IsRunning() {
			_ = p.Stop()
		}
	}
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

// strikes is how many checks in a row must find a peer lost before the guard closes it.
const strikes = 2

// check takes out of the switch's set the peers seen dead for deadAfter, and closes the ones found
// lost at strikes checks in a row: the dead first, so that a lost peer whose ID a dead one held
// is then alone under it. A peer the switch removes the usual way is stopped while still in the
// set only until every reactor is told (RemovePeer takes it out of g.peers), far less than
// deadAfter.
func (g *peerGuard) check() {
	sw := g.Switch
	if sw == nil {
		return
	}
	now := time.Now()
	var dead, lost []p2p.Peer
	g.mu.Lock()
	for p, w := range g.peers {
		registered := sw.Peers().Get(p.ID()) == p
		running := p.IsRunning()
		if !registered || running {
			w.deadSince = time.Time{}
		}
		switch {
		case !running && !registered:
			delete(g.peers, p) // on its way out of the switch
		case running && registered:
			w.lost = 0
		case registered: // and stopped: added after it had stopped, the switch never removes it
			if w.deadSince.IsZero() {
				w.deadSince = now
			} else if now.Sub(w.deadSince) >= g.deadAfter {
				dead = append(dead, p)
				delete(g.peers, p)
			}
		case w.lost+1 < strikes:
			w.lost++
		default:
			lost = append(lost, p)
		}
	}
	g.mu.Unlock()
	for _, q := range dead {
		if sw.Peers().Get(q.ID()) != q || q.IsRunning() {
			continue
		}
		g.log.Warn("taking a stopped CometBFT peer out of the switch's set", "peer", q.ID(),
			"addr", q.RemoteAddr().String(), "outbound", q.IsOutbound())
		g.closed.Inc()
		sw.StopPeerGracefully(q)
		g.redial(q)
	}
	for _, p := range lost {
		g.closeLost(sw, p)
	}
}

// closeLost closes a running connection the switch's set no longer holds. Stopping the peer on
// its own closes the connection without reporting an error, so the switch removes nothing by
// the ID (a connection registered under it meanwhile stays). That is enough for an inbound one;
// an outbound one also holds the peer's listen address in the transport's connections, which
// only the switch's stop frees (else every later dial to it is refused as a duplicate), so it is
// stopped through the switch, once no other connection holds its ID.
//
// An inbound one stopped on its own leaves its remote address (an ephemeral port) in the
// transport's connections: harmless while the node allows several connections from one IP
// (CometConfig sets p2p.allow_duplicate_ip), which it must for this.
func (g *peerGuard) closeLost(sw *p2p.Switch, p p2p.Peer) {
	if p.IsOutbound() && sw.Peers().Get(p.ID()) != nil {
		g.mu.Lock()
		if w := g.peers[p]; w != nil && !w.waiting {
			w.waiting = true
			g.log.Info("a CometBFT peer connection the switch lost track of waits until the one registered under its ID goes",
				"peer", p.ID(), "addr", p.RemoteAddr().String())
		}
		g.mu.Unlock()
		return // checked again next time: it only repeats the other one's gossip meanwhile
	}
	g.mu.Lock()
	delete(g.peers, p)
	g.mu.Unlock()
	g.log.Warn("closing a CometBFT peer connection the switch lost track of", "peer", p.ID(),
		"addr", p.RemoteAddr().String(), "outbound", p.IsOutbound())
	g.closed.Inc()
	if p.IsOutbound() {
		sw.StopPeerForError(p, errLostPeer) // dials a persistent peer again
		return
	}
	if err := p.Stop(); err != nil {
		g.log.Warn("stop the lost peer", "peer", p.ID(), "err", err)
	}
	g.redial(p)
}

// redial dials a persistent peer again after the guard stopped it outside the switch's own
// error path (which would have), after a random wait of up to 3 s like the switch's: the other
// node dials at once on seeing the connection end, and two dials at once are what loses peers.
func (g *peerGuard) redial(p p2p.Peer) {
	sw := g.Switch
	addr := p.SocketAddr()
	if !p.IsOutbound() {
		if a, err := p.NodeInfo().NetAddress(); err == nil {
			addr = a
		}
	}
	if addr == nil || !sw.IsPeerPersistent(addr) {
		return
	}
	wait := rand.N(3 * time.Second)
	go func() {
		select {
		case <-g.quit:
			return
		case <-time.After(wait):
		}
		if !sw.IsRunning() || sw.IsDialingOrExistingAddress(addr) {
			return
		}
		if err := sw.DialPeerWithAddress(addr); err != nil {
			g.log.Info("dial the persistent peer again", "peer", p.ID(), "err", err)
		}
	}()
}
