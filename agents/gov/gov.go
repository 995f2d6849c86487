package gov

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/internal/txmgr"
	"github.com/sptn/sptn/bindings/slasher"
)

// Errors of the token holder's commands.
var (
	// ErrNotExecutable is an execution of a proposal that is not in the Succeeded state.
	ErrNotExecutable = errors.New("gov: proposal has not succeeded")
	// ErrNotActive is a vote on a proposal that is not in the Active state.
	ErrNotActive = errors.New("gov: proposal is not open for votes")
)

// States names the Slasher's ProposalState values.
var States = []string{"pending", "active", "defeated", "succeeded", "executed", "expired"}

// Kinds names the Slasher's EvidenceKind values.
var Kinds = []string{"pruned-epoch", "equivocation"}

// Caller reads contracts; *l1.Client and *ethclient.Client implement it.
type Caller interface {
	CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error)
}

// Sender sends transactions; *txmgr.Manager implements it.
type Sender interface {
	Send(ctx context.Context, c txmgr.TxCandidate) (*types.Receipt, error)
}

// Proposal is one slash proposal with its state.
type Proposal struct {
	ID    uint64
	State string
	slasher.Proposal
}

// Client talks to one Slasher.
type Client struct {
	c       Caller
	slasher common.Address
	abi     *slasher.Slasher
}

// New makes a client of the Slasher at addr.
func New(c Caller, addr common.Address) *Client {
	return &Client{c: c, slasher: addr, abi: slasher.NewSlasher()}
}

func (c *Client) call(ctx context.Context, data []byte) ([]byte, error) {
	return c.c.CallContract(ctx, ethereum.CallMsg{To: &c.slasher, Data: data}, nil)
}

// List returns every proposal, oldest first.
func (c *Client) List(ctx context.Context) ([]Proposal, error) {
	raw, err := c.call(ctx, c.abi.PackProposalCount())
	if err != nil {
		return nil, fmt.Errorf("read proposal count: %w", err)
	}
	n, err := c.abi.UnpackProposalCount(raw)
	if err != nil {
		return nil, fmt.Errorf("read proposal count: %w", err)
	}
	out := make([]Proposal, 0, n.Uint64())
	for id := uint64(1); id <= n.Uint64(); id++ {
		p, err := c.Get(ctx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

// Get returns proposal id.
func (c *Client) Get(ctx context.Context, id uint64) (Proposal, error) {
	bid := new(big.Int).SetUint64(id)
	raw, err := c.call(ctx, c.abi.PackGetProposal(bid))
	if err != nil {
		return Proposal{}, fmt.Errorf("read proposal %d: %w", id, err)
	}
	p, err := c.abi.UnpackGetProposal(raw)
	if err != nil {
		return Proposal{}, fmt.Errorf("read proposal %d: %w", id, err)
	}
	raw, err = c.call(ctx, c.abi.PackState(bid))
	if err != nil {
		if v, ok := protocol.DecodeRevert(err); ok {
			return Proposal{}, fmt.Errorf("proposal %d: %T", id, v)
		}
		return Proposal{}, fmt.Errorf("read state of proposal %d: %w", id, err)
	}
	st, err := c.abi.UnpackState(raw)
	if err != nil || int(st) >= len(States) {
		return Proposal{}, fmt.Errorf("read state of proposal %d: %v %w", id, st, err)
	}
	return Proposal{ID: id, State: States[st], Proposal: p}, nil
}

// Vote votes on proposal id from s's key. A repeated vote waits for (or returns) the first.
func (c *Client) Vote(ctx context.Context, s Sender, id uint64, support bool) (*types.Receipt, error) {
	p, err := c.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if p.State != "active" {
		return nil, fmt.Errorf("%w: proposal %d is %s", ErrNotActive, id, p.State)
	}
	return c.send(ctx, s, fmt.Sprintf("gov/vote/%s/%d", c.slasher.Hex(), id),
		c.abi.PackCastVote(new(big.Int).SetUint64(id), support))
}

// Execute executes proposal id, which must have succeeded.
func (c *Client) Execute(ctx context.Context, s Sender, id uint64) (*types.Receipt, error) {
	p, err := c.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if p.State != "succeeded" {
		return nil, fmt.Errorf("%w: proposal %d is %s", ErrNotExecutable, id, p.State)
	}
	return c.send(ctx, s, fmt.Sprintf("gov/execute/%s/%d", c.slasher.Hex(), id),
		c.abi.PackExecute(new(big.Int).SetUint64(id)))
}

func (c *Client) send(ctx context.Context, s Sender, id string, data []byte) (*types.Receipt, error) {
	r, err := s.Send(ctx, txmgr.TxCandidate{ID: id, To: &c.slasher, Data: data})
	if err != nil {
		if v, ok := protocol.DecodeRevert(err); ok {
			return nil, fmt.Errorf("the Slasher refused (%T %+v): %w", v, v, err)
		}
		return nil, err
	}
	return r, nil
}

// Print writes proposals as a table.
func Print(w io.Writer, ps []Proposal) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSTATE\tKIND\tVALIDATORS\tSLASH\tKICK\tFOR\tAGAINST\tVOTE ENDS\tEXECUTE BY")
	for _, p := range ps {
		kind := fmt.Sprint(p.Kind)
		if int(p.Kind) < len(Kinds) {
			kind = Kinds[p.Kind]
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%.2f%%\t%t\t%s\t%s\t%s\t%s\n", p.ID, p.State, kind, len(p.Validators),
			float64(p.SlashBps)/100, p.Kick, p.ForVotes, p.AgainstVotes, unix(p.VoteEnd), unix(p.ExecuteBy))
	}
	return tw.Flush()
}

func unix(v *big.Int) string {
	if v == nil {
		return "-"
	}
	return time.Unix(v.Int64(), 0).UTC().Format(time.RFC3339)
}
