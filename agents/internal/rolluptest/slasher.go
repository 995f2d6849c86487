package rolluptest

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/devnet"
	"github.com/sptn/sptn/bindings/azt"
	"github.com/sptn/sptn/bindings/slasher"
)

// SlasherParams are the test devnet's slasher parameters (script/DeployRollup.s.sol's
// SLASHER_* variables): no voting delay, an hour to vote and an hour to execute (tests warp
// through them), 15% quorum, 60% majority, 10% for an equivocation, 100% for a passed
// proposal, a 10 AZT filing bond.
var SlasherParams = slasher.SlasherParams{
	VotingDelay: 0, VotingPeriod: 3600, ExecutionWindow: 3600, QuorumBps: 1500, MajorityBps: 6000,
	EquivocationSlashBps: 1000, ProposalSlashBps: 10_000, FilingBond: new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)),
}

func slasherEnv() []string {
	p := SlasherParams
	return []string{
		fmt.Sprintf("SLASHER_VOTING_DELAY=%d", p.VotingDelay), fmt.Sprintf("SLASHER_VOTING_PERIOD=%d", p.VotingPeriod),
		fmt.Sprintf("SLASHER_EXECUTION_WINDOW=%d", p.ExecutionWindow), fmt.Sprintf("SLASHER_QUORUM_BPS=%d", p.QuorumBps),
		fmt.Sprintf("SLASHER_MAJORITY_BPS=%d", p.MajorityBps), fmt.Sprintf("SLASHER_EQUIVOCATION_BPS=%d", p.EquivocationSlashBps),
		fmt.Sprintf("SLASHER_PROPOSAL_BPS=%d", p.ProposalSlashBps),
		"SLASHER_FILING_BOND=" + p.FilingBond.String(),
	}
}

// sendCtx signs a transaction from the dev account (to nil creates a contract), sends it and
// waits for its receipt.
func (n *Net) sendCtx(ctx context.Context, to *common.Address, data []byte, gas uint64) (*types.Receipt, error) {
	k := devnet.DevKey()
	from := crypto.PubkeyToAddress(k.PublicKey)
	nonce, err := n.Client.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, err
	}
	head, err := n.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	tx, err := types.SignNewTx(k, types.LatestSignerForChainID(big.NewInt(31337)), &types.DynamicFeeTx{
		ChainID: big.NewInt(31337), Nonce: nonce, GasTipCap: big.NewInt(1e9),
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(3)), big.NewInt(1e9)),
		Gas:       gas, To: to, Data: data,
	})
	if err != nil {
		return nil, err
	}
	if err := n.Client.SendTransaction(ctx, tx); err != nil {
		return nil, err
	}
	for {
		r, err := n.Client.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			return r, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// GiveAZT transfers amount AZT from the dev account (the genesis holder) to addr.
func (n *Net) GiveAZT(t testing.TB, addr common.Address, amount *big.Int) {
	t.Helper()
	token, err := n.Devnet.Deployments.Address("AZT")
	require.NoError(t, err)
	r := n.Send(t, devnet.DevKey(), token, azt.NewAZT().PackTransfer(addr, amount), 200_000)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status, "AZT transfer")
}

// delegateDev makes the dev account's AZT count as its own votes (done once in Up).
func (n *Net) delegateDev(ctx context.Context) error {
	token, err := n.Devnet.Deployments.Address("AZT")
	if err != nil {
		return err
	}
	dev := crypto.PubkeyToAddress(devnet.DevKey().PublicKey)
	r, err := n.sendCtx(ctx, &token, azt.NewAZT().PackDelegate(dev), 300_000)
	if err != nil {
		return fmt.Errorf("delegate: %w", err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return errors.New("AZT.delegate reverted")
	}
	return nil
}
