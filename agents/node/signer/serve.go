package signer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strings"
	"sync"
	"time"

	"github.com/cometbft/cometbft/crypto/ed25519"
	cmtlog "github.com/cometbft/cometbft/libs/log"
	"github.com/cometbft/cometbft/privval"
	cmttypes "github.com/cometbft/cometbft/types"
)

const (
	dialRetries = 20
	dialWait    = 250 * time.Millisecond
)

// CheckAddr refuses a node address the signer cannot or must not dial: it wants unix:///path or
// tcp://host:port on a loopback address (Loopback).
func CheckAddr(a string) error {
	switch {
	case strings.HasPrefix(a, "unix://") && len(a) > len("unix://"):
		return nil
	case strings.HasPrefix(a, "tcp://") && strings.Contains(strings.TrimPrefix(a, "tcp://"), ":"):
		if !Loopback(a) {
			return fmt.Errorf("node address %q: %s", a, LoopbackOnly)
		}
		return nil
	}
	return fmt.Errorf("node address %q: want tcp://host:port or unix:///path (the node's node.priv-validator-laddr)", a)
}

// LoopbackOnly says why a remote-signer address must be on this machine.
const LoopbackOnly = "want unix:///path or a loopback tcp address (127.0.0.1, [::1], localhost): CometBFT's remote-signer " +
	"connection authenticates neither side, so whoever reaches a network address first could sign in the signer's place " +
	"(or have the signer sign for it); reach another machine through a tunnel (ssh -L, WireGuard) that ends on loopback"

// Loopback reports a tcp://host:port address whose host is localhost or a loopback IP.
func Loopback(a string) bool {
	host, _, err := net.SplitHostPort(strings.TrimPrefix(a, "tcp://"))
	if err != nil {
		return false
	}
	ip := net.ParseIP(host)
	return host == "localhost" || (ip != nil && ip.IsLoopback())
}

func dialer(a string) privval.SocketDialer {
	var dial privval.SocketDialer
	if p, ok := strings.CutPrefix(a, "unix://"); ok {
		dial = privval.DialUnixFn(p)
	} else {
		// CometBFT's secret connection, with a key of its own: neither side authenticates the
		// other, which is why CheckAddr takes only loopback addresses.
		dial = privval.DialTCPFn(strings.TrimPrefix(a, "tcp://"), 3*time.Second, ed25519.GenPrivKey())
	}
	return func() (net.Conn, error) {
		c, err := dial()
		if err != nil {
			return nil, err
		}
		return redialConn{c}, nil
	}
}

// redialConn reports a connection the node closed (a node killed or restarted) as a read
// timeout: the one read error on which CometBFT's SignerDialerEndpoint drops the connection and
// dials again. On any other error (io.EOF) it would read the closed connection forever, and never
// reach the node when it comes back.
type redialConn struct{ net.Conn }

func (c redialConn) Read(b []byte) (int, error) {
	n, err := c.Conn.Read(b)
	var te interface{ Timeout() bool }
	if err != nil && !(errors.As(err, &te) && te.Timeout()) {
		return n, closedError{err}
	}
	return n, err
}

type closedError struct{ err error }

func (e closedError) Error() string { return "the node closed the connection: " + e.err.Error() }
func (e closedError) Timeout() bool { return true }
func (e closedError) Unwrap() error { return e.err }

// Run serves pv, for CometBFT chain chainID, to the node at each address (CometBFT's remote
// signer protocol: the signer dials the node's priv_validator_laddr) until ctx ends, dialling
// again whenever a node goes away.
func Run(ctx context.Context, pv cmttypes.PrivValidator, chainID string, addrs []string, log *slog.Logger) error {
	for _, a := range addrs {
		if err := CheckAddr(a); err != nil {
			return err
		}
	}
	var wg sync.WaitGroup
	for _, a := range addrs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			serve(ctx, pv, chainID, a, log.With("node", a))
		}()
	}
	wg.Wait()
	return nil
}

// serve keeps one SignerServer for address a: CometBFT's gives up after its dial retries
// (dialRetries × dialWait), so a server left unconnected longer is replaced by a new one.
func serve(ctx context.Context, pv cmttypes.PrivValidator, chainID, a string, log *slog.Logger) {
	logger := cmtlog.NewNopLogger()
	for ctx.Err() == nil {
		ep := privval.NewSignerDialerEndpoint(logger, dialer(a), privval.SignerDialerEndpointConnRetries(dialRetries),
			privval.SignerDialerEndpointRetryWaitInterval(dialWait))
		srv := privval.NewSignerServer(ep, chainID, pv)
		if err := srv.Start(); err != nil {
			log.Error("start the signer server", "err", err)
			return
		}
		var down time.Duration
		connected := false
		tick := time.NewTicker(dialWait)
		for ctx.Err() == nil && down <= dialRetries*dialWait+time.Second {
			select {
			case <-ctx.Done():
			case <-tick.C:
			}
			if ep.IsConnected() {
				if !connected {
					log.Info("signing for the node")
				}
				connected, down = true, 0
				continue
			}
			if connected {
				log.Warn("the node went away; dialling again")
			}
			connected = false
			down += dialWait
		}
		tick.Stop()
		_ = srv.Stop()
	}
}
