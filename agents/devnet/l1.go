package devnet

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/sptn/sptn/agents/internal/gethdev"
)

// ErrL1PortTaken is wrapped by Start's refusal of an L1 port another process holds (checked
// before anvil starts, and by anvil exiting at once after).
var ErrL1PortTaken = errors.New("is taken")

// ErrAnvilOnly is wrapped by every L1 action that only anvil's cheats can do (moving the clock,
// setting the next base fee, replacing blocks): on geth the action is skipped, or done by geth's
// own means where it has one, and the error names the cheat and why geth lacks it.
var ErrAnvilOnly = errors.New("anvil-only")

// anvilOnly is the error of a cheat that geth has no means for.
func anvilOnly(cheat, why string) error {
	return fmt.Errorf("%w: %s (%s); skipped on geth", ErrAnvilOnly, cheat, why)
}

// Geth says the devnet's L1 is geth.
func (c *Config) Geth() bool { return c.L1Client == L1Geth }

// Geth says the devnet's L1 is geth.
func (n *Network) Geth() bool { return n.cfg.Geth() }

// L1Client is anvil or geth.
func (n *Network) L1Client() string {
	if n.cfg.Geth() {
		return L1Geth
	}
	return L1Anvil
}

// GethBinary is where `make deps-geth` installs geth (.tools/geth-<version>/geth under root).
func GethBinary(root string) (string, error) { return gethdev.Binary(root) }

// startGeth starts `geth --dev` on the devnet's L1 port with the devnet's chain id, a block every
// L1BlockTime (--dev.period) and anvil's first dev account as its unlocked, genesis-funded
// developer account, so that the forge scripts run with `--unlocked --sender` as on anvil.
func (n *Network) startGeth(ctx context.Context, host string) error {
	cfg := n.cfg
	bin, err := gethdev.Binary(cfg.Root)
	if err != nil {
		return fmt.Errorf("devnet: geth: %w", err)
	}
	if _, err := os.Stat(bin); err != nil {
		return fmt.Errorf("devnet: geth not found at %s: run `make deps-geth` (builds it from the go-ethereum version go.mod pins)", bin)
	}
	log, err := n.logFile("geth.log")
	if err != nil {
		return err
	}
	dir := filepath.Join(cfg.DataDir, "geth")
	if err := gethdev.Prepare(ctx, bin, dir, cfg.ChainID, DevKey(), nil, log); err != nil {
		return fmt.Errorf("devnet: %w (see %s)", err, log.Name())
	}
	fmt.Fprintf(cfg.Out, "==> starting geth --dev (L1, %s) on %s, block period %s\n", bin, n.RPC, cfg.L1BlockTime)
	n.anvil, err = startProc("geth", log, dir, nil, bin, gethdev.Args(dir, host, cfg.L1Port, int(cfg.L1BlockTime/time.Second))...)
	if err != nil {
		return err
	}
	if err := waitRPC(ctx, n.RPC, cfg.ChainID, n.anvil, 60*time.Second); err != nil {
		return fmt.Errorf("devnet: geth: %w (see %s)", err, log.Name())
	}
	// Whatever answered must be ours: a geth that lost its port exits.
	select {
	case <-n.anvil.Exited():
		return fmt.Errorf("devnet: geth exited after start: l1-port %d is taken? (see %s)", cfg.L1Port, log.Name())
	case <-time.After(300 * time.Millisecond):
	}
	return nil
}

// waitL1Time waits, in real time, until L1's head carries a timestamp of at least ts: geth's
// clock is the wall clock, so what anvil does by warping is waited for.
func (n *Network) waitL1Time(ctx context.Context, ts uint64, why string) error {
	c, err := n.Dial(ctx)
	if err != nil {
		return fmt.Errorf("dial L1: %w", err)
	}
	defer c.Close()
	announced := false
	for {
		head, err := c.HeaderByNumber(ctx, nil)
		if err != nil {
			return fmt.Errorf("head: %w", err)
		}
		if head.Time >= ts {
			return nil
		}
		if !announced && ts-head.Time > 5 {
			fmt.Fprintf(n.cfg.Out, "    (geth: waiting %d s of real L1 time for %s; geth's clock cannot be warped)\n", ts-head.Time, why)
			announced = true
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
}

// ReorgL1 drops L1's last depth blocks. On anvil (anvil_reorg) the dropped blocks are replaced
// at once by as many empty ones, so the head keeps its number; on geth (debug_setHead) the head
// is rewound by depth blocks and the chain grows again from there at the next block period. In
// both, the dropped blocks' transactions are gone from the chain (anvil drops them; geth puts
// them back into its pool, so they may be mined again).
func (n *Network) ReorgL1(ctx context.Context, depth int) error {
	c, err := rpc.DialContext(ctx, n.RPC)
	if err != nil {
		return fmt.Errorf("dial L1: %w", err)
	}
	defer c.Close()
	if !n.Geth() {
		if err := c.CallContext(ctx, nil, "anvil_reorg", depth, []any{}); err != nil {
			return fmt.Errorf("anvil_reorg: %w", err)
		}
		return nil
	}
	var head hexutil.Uint64
	if err := c.CallContext(ctx, &head, "eth_blockNumber"); err != nil {
		return fmt.Errorf("head: %w", err)
	}
	if uint64(head) <= uint64(depth) {
		return fmt.Errorf("L1 has %d blocks: no reorg of %d", head, depth)
	}
	if err := c.CallContext(ctx, nil, "debug_setHead", hexutil.Uint64(uint64(head)-uint64(depth))); err != nil {
		return fmt.Errorf("debug_setHead: %w", err)
	}
	return nil
}

// ReorgL1Real is an L1 reorg as a real L1 has it, where ReorgL1 follows anvil: the last depth
// blocks are replaced, and
//   - the new blocks carry the dropped blocks' transactions again, each in the block of its old
//     number, as a real L1 does when its nodes put a dropped branch's transactions back into their
//     pools: a transaction is undone by a reorg only if another takes its nonce (blob
//     transactions, whose sidecars the chain does not keep, are left out and dropped);
//   - L1's clock does not go back: anvil_reorg gives the new blocks the time of the block they
//     fork from and keeps every later block that far behind (a 6-block reorg of 2 s blocks left L1
//     12 s behind for good), so the next block is given the time that followed the old head.
//
// On geth, whose debug_setHead already puts the transactions back into its pool and whose blocks
// carry the wall clock's time, it is ReorgL1.
func (n *Network) ReorgL1Real(ctx context.Context, depth int) error {
	if n.Geth() {
		return n.ReorgL1(ctx, depth)
	}
	c, err := rpc.DialContext(ctx, n.RPC)
	if err != nil {
		return fmt.Errorf("dial L1: %w", err)
	}
	defer c.Close()
	var head hexutil.Uint64
	if err := c.CallContext(ctx, &head, "eth_blockNumber"); err != nil {
		return fmt.Errorf("head: %w", err)
	}
	if uint64(head) < uint64(depth) {
		return fmt.Errorf("L1 has %d blocks: no reorg of %d", head, depth)
	}
	first := uint64(head) - uint64(depth) + 1
	var pairs []any
	for b := first; b <= uint64(head); b++ {
		var blk struct {
			Transactions []struct {
				Hash common.Hash    `json:"hash"`
				Type hexutil.Uint64 `json:"type"`
			} `json:"transactions"`
		}
		if err := c.CallContext(ctx, &blk, "eth_getBlockByNumber", hexutil.Uint64(b), true); err != nil {
			return fmt.Errorf("L1 block %d: %w", b, err)
		}
		for _, tx := range blk.Transactions {
			if tx.Type == 3 {
				continue
			}
			var raw hexutil.Bytes
			if err := c.CallContext(ctx, &raw, "eth_getRawTransactionByHash", tx.Hash); err != nil {
				return fmt.Errorf("tx %s: %w", tx.Hash, err)
			}
			pairs = append(pairs, []any{raw, b - first})
		}
	}
	if pairs == nil {
		pairs = []any{}
	}
	var old struct {
		Timestamp hexutil.Uint64 `json:"timestamp"`
	}
	if err := c.CallContext(ctx, &old, "eth_getBlockByNumber", "latest", false); err != nil {
		return fmt.Errorf("head: %w", err)
	}
	// Interval mining pauses meanwhile, so that no block comes between the reorg and the time.
	bt := int(n.cfg.L1BlockTime / time.Second)
	if err := c.CallContext(ctx, nil, "evm_setIntervalMining", 0); err != nil {
		return fmt.Errorf("pause mining: %w", err)
	}
	defer func() { _ = c.CallContext(context.WithoutCancel(ctx), nil, "evm_setIntervalMining", bt) }()
	if err := c.CallContext(ctx, nil, "anvil_reorg", depth, pairs); err != nil {
		return fmt.Errorf("anvil_reorg: %w", err)
	}
	if err := c.CallContext(ctx, nil, "evm_setNextBlockTimestamp", uint64(old.Timestamp)+uint64(bt)); err != nil {
		return fmt.Errorf("evm_setNextBlockTimestamp: %w", err)
	}
	return nil
}

// SetNextBaseFee makes L1's next block carry this base fee (anvil_setNextBlockBaseFeePerGas).
// geth has no such means: its base fee follows demand (EIP-1559) and nothing else.
func (n *Network) SetNextBaseFee(ctx context.Context, wei *big.Int) error {
	if n.Geth() {
		return anvilOnly("anvil_setNextBlockBaseFeePerGas", "geth's base fee follows only the gas its blocks use")
	}
	c, err := rpc.DialContext(ctx, n.RPC)
	if err != nil {
		return fmt.Errorf("dial L1: %w", err)
	}
	defer c.Close()
	return c.CallContext(ctx, nil, "anvil_setNextBlockBaseFeePerGas", hexutil.EncodeBig(wei))
}

// SkipL1Blocks makes L1 produce no block for `blocks` block times (anvil's evm_setIntervalMining
// paused, then resumed at the profile's interval), as an L1 whose proposers missed their slots.
// geth --dev seals a block every period and cannot pause.
func (n *Network) SkipL1Blocks(ctx context.Context, blocks int) error {
	if n.Geth() {
		return anvilOnly("evm_setIntervalMining", "geth --dev seals a block every period and cannot pause")
	}
	c, err := rpc.DialContext(ctx, n.RPC)
	if err != nil {
		return fmt.Errorf("dial L1: %w", err)
	}
	defer c.Close()
	bt := int(n.cfg.L1BlockTime / time.Second)
	if err := c.CallContext(ctx, nil, "evm_setIntervalMining", 0); err != nil {
		return fmt.Errorf("pause mining: %w", err)
	}
	select {
	case <-ctx.Done():
	case <-time.After(time.Duration(blocks) * n.cfg.L1BlockTime):
	}
	// Resume even when ctx ended: an L1 left paused stops the whole devnet.
	if err := c.CallContext(context.WithoutCancel(ctx), nil, "evm_setIntervalMining", bt); err != nil {
		return fmt.Errorf("resume mining: %w", err)
	}
	return ctx.Err()
}

// Fund sends each address amount ETH from the dev account (see fund): a scenario's own L1 actor.
func (n *Network) Fund(ctx context.Context, addrs []common.Address, amount *big.Int) error {
	return n.fund(ctx, addrs, amount)
}

// fund sends each address amount ETH from the dev account: anvil_setBalance on anvil, a transfer
// on geth (whose only genesis-funded account is the dev account).
func (n *Network) fund(ctx context.Context, addrs []common.Address, amount *big.Int) error {
	if len(addrs) == 0 {
		return nil
	}
	if !n.Geth() {
		c, err := rpc.DialContext(ctx, n.RPC)
		if err != nil {
			return fmt.Errorf("dial L1: %w", err)
		}
		defer c.Close()
		for _, a := range addrs {
			if err := c.CallContext(ctx, nil, "anvil_setBalance", a, hexutil.EncodeBig(amount)); err != nil {
				return fmt.Errorf("fund %s: %w", a, err)
			}
		}
		return nil
	}
	c, err := n.Dial(ctx)
	if err != nil {
		return fmt.Errorf("dial L1: %w", err)
	}
	defer c.Close()
	calls := make([]call, len(addrs))
	for i, a := range addrs {
		calls[i] = call{to: a, value: amount}
	}
	hashes, err := sendCalls(ctx, c, DevKey(), calls, 21_000)
	if err != nil {
		return fmt.Errorf("fund: %w", err)
	}
	for i, h := range hashes {
		if _, err := WaitReceipt(ctx, c, h); err != nil {
			return fmt.Errorf("fund %s: %w", addrs[i], err)
		}
	}
	return nil
}
