package clock

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sptn/sptn/agents/internal/testbreak"
)

var (
	// ErrSlotDuration is returned for a slot duration that is not a whole number of seconds ≥ 1s.
	ErrSlotDuration = errors.New("clock: slot duration must be a whole number of seconds, at least 1s")
	// ErrSlotsPerEpoch is returned for zero slots per epoch.
	ErrSlotsPerEpoch = errors.New("clock: slots per epoch must be at least 1")
)

// Slot is an SPTN slot number.
type Slot uint64

// Epoch is an SPTN epoch number.
type Epoch uint64

// DefaultWindow is how long an observation of L1 time counts towards the offset.
const DefaultWindow = 10 * time.Minute

type observation struct {
	local  time.Time
	offset time.Duration
}

// Clock maps L1 time to slots and epochs. It is safe for concurrent use.
type Clock struct {
	genesis  int64 // unix seconds
	slot     time.Duration
	perEpoch uint64
	now      func() time.Time
	window   time.Duration

	mu     sync.Mutex
	obs    []observation
	offset time.Duration
	// head and headTime are the number and timestamp of the newest L1 head ObserveHead saw.
	head, headTime uint64
	// countFrom and countTime are where a deliberately broken build (testbreak guard
	// clock-blocks) starts counting L1 blocks instead of reading their timestamps.
	countFrom, countTime uint64
}

// countBlocks is the bug the guard clock-blocks puts in: L1 time taken as the blocks counted
// since the guard broke, each worth half a slot (a devnet slot's two blocks), as if L1 never
// missed a block. Only a build tagged sptn_broken reaches it.
func (c *Clock) countBlocks(number, l1Timestamp uint64) uint64 {
	if c.countFrom == 0 || number < c.countFrom {
		c.countFrom, c.countTime = number, l1Timestamp
	}
	return c.countTime + (number-c.countFrom)*uint64(c.slot/time.Second)/2
}

// Option adjusts a Clock.
type Option func(*Clock)

// WithNow replaces the local clock (tests).
func WithNow(now func() time.Time) Option { return func(c *Clock) { c.now = now } }

// WithWindow sets how long an observation counts.
func WithWindow(d time.Duration) Option { return func(c *Clock) { c.window = d } }

// New makes a clock for a genesis timestamp (unix seconds, as on L1).
func New(genesis uint64, slotDuration time.Duration, slotsPerEpoch uint64, opts ...Option) (*Clock, error) {
	if slotDuration < time.Second || slotDuration%time.Second != 0 {
		return nil, fmt.Errorf("%w: got %s", ErrSlotDuration, slotDuration)
	}
	if slotsPerEpoch == 0 {
		return nil, ErrSlotsPerEpoch
	}
	c := &Clock{genesis: int64(genesis), slot: slotDuration, perEpoch: slotsPerEpoch, now: time.Now, window: DefaultWindow}
	for _, o := range opts {
		o(c)
	}
	return c, nil
}

// Observe records an L1 block timestamp seen now.
func (c *Clock) Observe(l1Timestamp uint64) {
	local := c.now()
	c.mu.Lock()
	defer c.mu.Unlock()
	c.add(local, l1Timestamp)
}

func (c *Clock) add(local time.Time, l1Timestamp uint64) {
	o := time.Unix(int64(l1Timestamp), 0).Sub(local)
	c.obs = append(c.obs, observation{local: local, offset: o})
	c.recompute(local)
}

// ObserveHead records the L1 head (number and timestamp) seen now. A head at the height of
// the newest one seen or above but with an earlier timestamp means that L1 reorganised onto
// blocks with earlier times: anvil_reorg does this and keeps every later block that far behind.
// The bounds learnt from the blocks L1 dropped, and from blocks before them on a chain whose
// time stepped back, no longer hold, so the estimate restarts from this head. A lower head
// with an earlier timestamp is a lagging RPC backend: an ordinary late observation. On
// Ethereum, where timestamps follow slots, a restart needs a reorg onto a head in an earlier
// slot, and costs at most an estimate one block late until the next block is seen.
func (c *Clock) ObserveHead(number, l1Timestamp uint64) {
	local := c.now()
	c.mu.Lock()
	defer c.mu.Unlock()
	if testbreak.On("clock-blocks") {
		l1Timestamp = c.countBlocks(number, l1Timestamp)
		c.obs = c.obs[:0] // the count is the estimate, whatever was seen before
	} else {
		c.countFrom = 0
	}
	if number >= c.head {
		if l1Timestamp < c.headTime {
			c.obs = c.obs[:0]
		}
		c.head, c.headTime = number, l1Timestamp
	}
	c.add(local, l1Timestamp)
}

// recompute drops expired observations and takes the largest lower bound left.
func (c *Clock) recompute(local time.Time) {
	keep := c.obs[:0]
	for _, o := range c.obs {
		if local.Sub(o.local) <= c.window {
			keep = append(keep, o)
		}
	}
	c.obs = keep
	if len(c.obs) == 0 {
		return // keep the last estimate rather than fall back to the raw local clock
	}
	best := c.obs[0].offset
	for _, o := range c.obs[1:] {
		best = max(best, o.offset)
	}
	c.offset = best
}

// Offset is the current estimate of L1 time minus local time.
func (c *Clock) Offset() time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.offset
}

// Now is the estimated L1 time.
func (c *Clock) Now() time.Time { return c.now().Add(c.Offset()) }

// SlotAt is the slot holding L1 timestamp ts; false before genesis.
func (c *Clock) SlotAt(ts uint64) (Slot, bool) {
	if int64(ts) < c.genesis {
		return 0, false
	}
	return Slot(uint64(int64(ts)-c.genesis) / uint64(c.slot/time.Second)), true
}

// Current is the slot at the estimated L1 time; false before genesis.
func (c *Clock) Current() (Slot, bool) {
	return c.SlotAt(uint64(max(c.Now().Unix(), 0)))
}

// SlotStart is the L1 time slot s starts.
func (c *Clock) SlotStart(s Slot) time.Time {
	return time.Unix(c.genesis, 0).Add(time.Duration(s) * c.slot)
}

// SlotDuration is the length of a slot.
func (c *Clock) SlotDuration() time.Duration { return c.slot }

// EpochOf is the epoch holding slot s.
func (c *Clock) EpochOf(s Slot) Epoch { return Epoch(uint64(s) / c.perEpoch) }

// FirstSlot is the first slot of epoch e.
func (c *Clock) FirstSlot(e Epoch) Slot { return Slot(uint64(e) * c.perEpoch) }

// Tick is one slot boundary.
type Tick struct {
	Slot         Slot
	Epoch        Epoch
	FirstOfEpoch bool
	Missed       uint64 // slots skipped since the previous tick
}

// Ticker sends a Tick at every slot boundary of the estimated L1 time until ctx ends. The
// first tick is the next boundary. A slow receiver, or a process that was suspended, sees the
// slots it missed counted in Missed rather than a burst of old ticks.
func (c *Clock) Ticker(ctx context.Context) <-chan Tick {
	ch := make(chan Tick)
	go func() {
		defer close(ch)
		last, started := c.Current()
		haveLast := started
		for {
			cur, ok := c.Current()
			next := Slot(0)
			if ok {
				next = cur + 1
			}
			wait := c.SlotStart(next).Sub(c.Now())
			timer := time.NewTimer(max(wait, 0))
			select {
			case <-ctx.Done():
				timer.Stop()
				return
			case <-timer.C:
			}
			cur, ok = c.Current()
			if !ok || (haveLast && cur <= last) {
				continue // the estimate moved back (a correction): wait for the real boundary
			}
			t := Tick{Slot: cur, Epoch: c.EpochOf(cur), FirstOfEpoch: uint64(cur)%c.perEpoch == 0}
			if haveLast && cur > last+1 {
				t.Missed = uint64(cur - last - 1)
			}
			select {
			case ch <- t:
			case <-ctx.Done():
				return
			}
			last, haveLast = cur, true
		}
	}()
	return ch
}

// HeadSource gives the latest L1 header; *l1.Client implements it.
type HeadSource interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Follow observes the latest L1 header every interval until ctx ends. Errors are logged and
// the clock keeps its last estimate.
func (c *Clock) Follow(ctx context.Context, src HeadSource, interval time.Duration, log *slog.Logger) {
	t := time.NewTicker(interval)
	defer t.Stop()
	var lastTS uint64
	for {
		h, err := src.HeaderByNumber(ctx, nil)
		switch {
		case err != nil:
			if ctx.Err() == nil {
				log.Warn("clock: read L1 head", "err", err)
			}
		case h.Time != lastTS: // a new block: a fresh observation
			lastTS = h.Time
			c.ObserveHead(h.Number.Uint64(), h.Time)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
