package rolluptest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/devnet"
	"github.com/sptn/sptn/bindings/azt"
	"github.com/sptn/sptn/bindings/slasher"
	"github.com/sptn/sptn/bindings/sptngovernance"
)

// SlasherParams are the devnet slasher's parameters: no voting delay, an hour to vote and an
// hour to execute (tests warp through them), 15% quorum, 60% majority, 10% for an equivocation,
// a 10 AZT filing bond.
var SlasherParams = slasher.SlasherParams{
	VotingDelay: 0, VotingPeriod: 3600, ExecutionWindow: 3600, QuorumBps: 1500, MajorityBps: 6000,
	EquivocationSlashBps: 1000, FilingBond: new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18)),
}

// deploySlasher deploys a Slasher from forge's artifact (out/), owned by the deployment's
// SptnGovernance, makes it Staking's slasher through SptnGovernance (the dev account is its
// owner), and adds it to the deployments file as "Slasher". The devnet's scripts do not deploy
// one yet.
func (n *Net) deploySlasher(ctx context.Context, root string) error {
	raw, err := os.ReadFile(filepath.Join(root, "out", "Slasher.sol", "Slasher.json"))
	if err != nil {
		return fmt.Errorf("read Slasher artifact (run `make contracts`): %w", err)
	}
	var art struct {
		Bytecode struct {
			Object string `json:"object"`
		} `json:"bytecode"`
	}
	if err := json.Unmarshal(raw, &art); err != nil {
		return fmt.Errorf("parse Slasher artifact: %w", err)
	}
	code, err := hexutil.Decode(art.Bytecode.Object)
	if err != nil {
		return fmt.Errorf("decode Slasher bytecode: %w", err)
	}
	d := n.Devnet.Deployments
	staking, _ := d.Address("Staking")
	pool, _ := d.Address("RewardPool")
	gov, err := d.Address("SptnGovernance")
	if err != nil {
		return err
	}
	data := append(code, slasher.NewSlasher().PackConstructor(n.Rollup, staking, pool, gov, SlasherParams)...)
	r, err := n.sendCtx(ctx, nil, data, 8_000_000)
	if err != nil {
		return fmt.Errorf("deploy Slasher: %w", err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return errors.New("deploy Slasher reverted")
	}
	n.Slasher = r.ContractAddress
	r, err = n.sendCtx(ctx, &gov, sptngovernance.NewSptnGovernance().PackSetSlasher(n.Slasher), 500_000)
	if err != nil {
		return fmt.Errorf("set slasher: %w", err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return errors.New("SptnGovernance.setSlasher reverted")
	}
	d.Contracts["Slasher"] = n.Slasher
	out, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(n.dir, "deployments.json"), out, 0o600)
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
