//go:build chaos

package devnet

import (
	"context"
	"io"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/anviltest"
)

// TestReorgL1Real: on anvil, ReorgL1 drops the last blocks' transactions (the sender's nonce
// goes back) and sets L1's clock back, while ReorgL1Real puts them into the new blocks (the nonce
// stays, the receipt is in a new block of the same number) and the block after the reorg comes
// one block time after the old head. It carries the build tag chaos with the chaos run that
// uses it (make chaos), outside make test.
func TestReorgL1Real(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cfg := Config{Root: repoRoot(t), DataDir: t.TempDir(), L1Port: anviltest.FreePort(t), L1BlockTime: time.Second, ChainID: 31337,
		Out: io.Discard, Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	n := &Network{cfg: cfg, RPC: "http://127.0.0.1:" + itoa(cfg.L1Port)}
	require.NoError(t, n.startAnvil(ctx, "127.0.0.1"))
	t.Cleanup(n.Down)
	c, err := n.Dial(ctx)
	require.NoError(t, err)
	defer c.Close()
	from := crypto.PubkeyToAddress(DevKey().PublicKey)
	sink := common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	waitBlock(ctx, t, c, 4) // deep enough to reorg

	for _, keep := range []bool{false, true} {
		rcpt, err := Send(ctx, c, DevKey(), sink, nil, 21_000)
		require.NoError(t, err)
		nonce, err := c.NonceAt(ctx, from, nil)
		require.NoError(t, err)
		head, err := c.HeaderByNumber(ctx, nil)
		require.NoError(t, err)
		depth := max(3, int(head.Number.Uint64()-rcpt.BlockNumber.Uint64())+1)
		if keep {
			require.NoError(t, n.ReorgL1Real(ctx, depth))
		} else {
			require.NoError(t, n.ReorgL1(ctx, depth))
		}
		after, err := c.NonceAt(ctx, from, nil)
		require.NoError(t, err)
		again, err := c.TransactionReceipt(ctx, rcpt.TxHash)
		if !keep {
			require.Equal(t, nonce-1, after, "ReorgL1 dropped the transaction")
			require.Error(t, err, "no receipt after the drop")
			next := waitBlock(ctx, t, c, head.Number.Uint64()+1)
			require.Less(t, next.Time, head.Time, "anvil_reorg set L1's clock back")
			continue
		}
		require.Equal(t, nonce, after, "ReorgL1Real kept the transaction")
		require.NoError(t, err)
		require.Equal(t, rcpt.BlockNumber, again.BlockNumber, "at its old place")
		require.NotEqual(t, rcpt.BlockHash, again.BlockHash, "in a new block")
		next := waitBlock(ctx, t, c, head.Number.Uint64()+1)
		require.Equal(t, head.Time+1, next.Time, "L1's clock went on from the old head")
	}
}

// waitBlock waits for L1 block n.
func waitBlock(ctx context.Context, t *testing.T, c *ethclient.Client, n uint64) *types.Header {
	t.Helper()
	for {
		h, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err == nil {
			return h
		}
		require.NoError(t, ctx.Err())
		time.Sleep(100 * time.Millisecond)
	}
}
