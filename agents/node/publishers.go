package node

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/sptn/sptn/agents/internal/txmgr"
)

// publisherTxs is one account's transaction manager (*txmgr.Manager).
type publisherTxs interface {
	sender
	OldestUnmined() time.Duration
}

// publisher is one L1 account the node sends its proposes from.
type publisher struct {
	addr common.Address
	txs  publisherTxs
	// low reports the account's balance below balance.min-eth (its balance monitor).
	low func() bool
}

// publishers sends each propose from the first of its accounts, in node.publishers' order, that
// is neither low (below balance.min-eth) nor stuck (a transaction unmined for
// node.publisher-stuck-after, which holds every later nonce of the account): an account that
// cannot pay or whose nonces are blocked does not cost the node its slots while another can
// publish. It is the driver's sender.
type publishers struct {
	list       []*publisher
	stuckAfter time.Duration
	log        *slog.Logger
	switches   prometheus.Counter

	mu     sync.Mutex
	last   *publisher
	sentBy map[string]*publisher // propose ID -> the account that sent it last
	order  []string
}

// maxSentBy bounds the IDs remembered for Revive (the driver revives at most maxRevivable).
const maxSentBy = 4 * maxRevivable

func newPublishers(list []*publisher, stuckAfter time.Duration, log *slog.Logger, reg prometheus.Registerer) *publishers {
	p := &publishers{list: list, stuckAfter: stuckAfter, log: log, sentBy: map[string]*publisher{},
		switches: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "sptn", Name: "publisher_switches_total",
			Help: "times the node moved its proposes to another publisher account (node.publishers), one low or stuck"})}
	if reg != nil {
		reg.MustRegister(p.switches)
	}
	return p
}

func (p *publishers) healthy(c *publisher) bool {
	return !c.low() && c.txs.OldestUnmined() < p.stuckAfter
}

// pick is the account to send the propose id from: the one that sent it, while it is healthy;
// else the first healthy one; else the first not stuck (a low account may still pay for one
// more); else the first.
func (p *publishers) pick(id string) *publisher {
	if c := p.sentBy[id]; c != nil && p.healthy(c) {
		return c
	}
	for _, c := range p.list {
		if p.healthy(c) {
			return c
		}
	}
	for _, c := range p.list {
		if c.txs.OldestUnmined() < p.stuckAfter {
			return c
		}
	}
	return p.list[0]
}

// Send sends c from the account pick chooses.
func (p *publishers) Send(ctx context.Context, c txmgr.TxCandidate) (*types.Receipt, error) {
	p.mu.Lock()
	pub := p.pick(c.ID)
	if p.last != nil && pub != p.last {
		p.switches.Inc()
		p.log.Warn("publishing from another account", "from", pub.addr, "instead_of", p.last.addr,
			"low", p.last.low(), "oldest_unmined", p.last.txs.OldestUnmined().Round(time.Second))
	}
	p.last = pub
	if _, ok := p.sentBy[c.ID]; !ok {
		p.order = append(p.order, c.ID)
		for len(p.order) > maxSentBy {
			delete(p.sentBy, p.order[0])
			p.order = p.order[1:]
		}
	}
	p.sentBy[c.ID] = pub
	p.mu.Unlock()
	return pub.txs.Send(ctx, c)
}

// Revive puts the propose id back in flight from the account that sent it (each account's
// manager keeps its own IDs: one that does not know id says so with txmgr.ErrNotRevivable).
func (p *publishers) Revive(ctx context.Context, id string) error {
	p.mu.Lock()
	first := p.sentBy[id]
	p.mu.Unlock()
	order := p.list
	if first != nil {
		order = append([]*publisher{first}, p.list...)
	}
	err := error(nil)
	for i, c := range order {
		if i > 0 && c == first {
			continue
		}
		e := c.txs.Revive(ctx, id)
		if e == nil {
			return nil
		}
		if err == nil || (errors.Is(err, txmgr.ErrNotRevivable) && !errors.Is(e, txmgr.ErrNotRevivable)) {
			err = e
		}
	}
	return err
}
