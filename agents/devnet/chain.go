package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/bindings/azt"
	"github.com/sptn/sptn/bindings/sptngovernance"
	"github.com/sptn/sptn/bindings/staking"
)

// anvilDevKeyHex is the private key of AnvilDevAccount, printed by anvil at every start. It is
// public knowledge and funds only the local devnet; no other key is ever used this way.
const anvilDevKeyHex = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"

// DevKey returns anvil's first dev account key: the devnet's deployer, genesis AZT holder and
// SPTN admin.
func DevKey() *ecdsa.PrivateKey {
	k, err := crypto.HexToECDSA(anvilDevKeyHex)
	if err != nil {
		panic(err) // a constant: a broken invariant
	}
	return k
}

// Dial connects to the devnet's L1.
func (n *Network) Dial(ctx context.Context) (*ethclient.Client, error) {
	return ethclient.DialContext(ctx, n.RPC)
}

// StakeSigner is an attester's key: it signs the EIP-712 authorisation that lets the admin open
// the attester's stake. *keys.KeystoreSigner implements it.
type StakeSigner interface {
	Address() common.Address
	SignDigest(ctx context.Context, digest [32]byte) ([]byte, error)
}

// AddSequencers plays the proof-of-governance story for each attester: the attester signs an
// authorisation of its stake (itself as withdrawer: only the attester may choose who can exit
// it), the admin funds the minimum stake with it (Staking.stakeWithAuthorization) and
// SptnGovernance adds the attester to the active set.
func (n *Network) AddSequencers(ctx context.Context, attesters []StakeSigner) error {
	c, err := n.Dial(ctx)
	if err != nil {
		return fmt.Errorf("dial L1: %w", err)
	}
	defer c.Close()
	stakingAddr, err := n.Deployments.Address("Staking")
	if err != nil {
		return err
	}
	govAddr, err := n.Deployments.Address("SptnGovernance")
	if err != nil {
		return err
	}
	tokenAddr, err := n.Deployments.Address("AZT")
	if err != nil {
		return err
	}
	st := staking.NewStaking()
	raw, err := c.CallContract(ctx, callMsg(stakingAddr, st.PackMinimumStake()), nil)
	if err != nil {
		return fmt.Errorf("read minimum stake: %w", err)
	}
	minimum, err := st.UnpackMinimumStake(raw)
	if err != nil {
		return fmt.Errorf("read minimum stake: %w", err)
	}
	chainID, err := c.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("chain id: %w", err)
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("head: %w", err)
	}
	deadline := new(big.Int).SetUint64(head.Time + 3600)
	total := new(big.Int).Mul(minimum, big.NewInt(int64(len(attesters))))
	calls := []call{{to: tokenAddr, data: azt.NewAZT().PackApprove(stakingAddr, total)}}
	gov := sptngovernance.NewSptnGovernance()
	for _, s := range attesters {
		a := s.Address()
		raw, err := c.CallContract(ctx, callMsg(stakingAddr, st.PackNonces(a)), nil)
		if err != nil {
			return fmt.Errorf("read nonce of %s: %w", a, err)
		}
		nonce, err := st.UnpackNonces(raw)
		if err != nil {
			return fmt.Errorf("read nonce of %s: %w", a, err)
		}
		auth := protocol.StakeAuthorization{ChainID: chainID, Staking: stakingAddr, Attester: a, Withdrawer: a,
			Nonce: nonce, Deadline: deadline}
		sig, err := s.SignDigest(ctx, auth.Digest())
		if err != nil {
			return fmt.Errorf("authorise the stake of %s: %w", a, err)
		}
		calls = append(calls,
			call{to: stakingAddr, data: st.PackStakeWithAuthorization(a, a, minimum, deadline, sig)},
			call{to: govAddr, data: gov.PackAddSequencer(a)},
		)
	}
	return sendAll(ctx, c, DevKey(), calls)
}

// ActivateSlasher activates the slasher DeployRollup queued: it moves L1 time to the moment
// Staking allows (two exit delays after the queueing; on geth it would wait for it in real time,
// which is why geth profiles deploy with SLASHER_AT_ONCE) and calls Staking.activateSlasher. The
// rollup's genesis lies after that moment (DeployRollup's default), so no epoch passes
// unslashable. Without a queued change it does nothing.
func (n *Network) ActivateSlasher(ctx context.Context) error {
	c, err := n.Dial(ctx)
	if err != nil {
		return fmt.Errorf("dial L1: %w", err)
	}
	defer c.Close()
	stakingAddr, err := n.Deployments.Address("Staking")
	if err != nil {
		return err
	}
	st := staking.NewStaking()
	pending, err := callAt(ctx, c, stakingAddr, st.PackPendingSlasher(), st.UnpackPendingSlasher, nil)
	if err != nil {
		return fmt.Errorf("read pending slasher: %w", err)
	}
	if pending.ActivatesAt.Sign() == 0 {
		return nil
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("head: %w", err)
	}
	if at := pending.ActivatesAt.Uint64(); at > head.Time {
		if err := n.WarpTo(ctx, at); err != nil {
			return err
		}
	}
	return sendAll(ctx, c, DevKey(), []call{{to: stakingAddr, data: st.PackActivateSlasher()}})
}

// requireSlasherActive fails unless the deployment's Slasher is Staking's slasher and no change
// is queued: what SLASHER_AT_ONCE leaves, which a geth devnet needs (it cannot warp past the
// two exit delays a queued slasher waits).
func (n *Network) requireSlasherActive(ctx context.Context) error {
	c, err := n.Dial(ctx)
	if err != nil {
		return fmt.Errorf("dial L1: %w", err)
	}
	defer c.Close()
	stakingAddr, err := n.Deployments.Address("Staking")
	if err != nil {
		return err
	}
	want, err := n.Deployments.Address("Slasher")
	if err != nil {
		return err
	}
	st := staking.NewStaking()
	got, err := callAt(ctx, c, stakingAddr, st.PackSlasher(), st.UnpackSlasher, nil)
	if err != nil {
		return fmt.Errorf("read Staking's slasher: %w", err)
	}
	pending, err := callAt(ctx, c, stakingAddr, st.PackPendingSlasher(), st.UnpackPendingSlasher, nil)
	if err != nil {
		return fmt.Errorf("read Staking's pending slasher: %w", err)
	}
	if got != want || pending.ActivatesAt.Sign() != 0 {
		return fmt.Errorf("devnet: Staking's slasher is %s (a change to %s queued for %s), not the deployment's Slasher %s "+
			"with nothing queued: on geth DeployRollup must run with SLASHER_AT_ONCE=true (Profile.RollupEnv), or the "+
			"Slasher waits two exit delays of real time", got, pending.Pending, pending.ActivatesAt, want)
	}
	return nil
}

// WarpTo makes the next L1 block carry timestamp ts and mines it (anvil's
// evm_setNextBlockTimestamp and evm_mine). geth's clock cannot be warped: there it waits in real
// time until L1's head is at ts or later.
func (n *Network) WarpTo(ctx context.Context, ts uint64) error {
	if n.Geth() {
		return n.waitL1Time(ctx, ts, "L1 time to reach "+strconv.FormatUint(ts, 10))
	}
	c, err := rpc.DialContext(ctx, n.RPC)
	if err != nil {
		return fmt.Errorf("dial L1: %w", err)
	}
	defer c.Close()
	if err := c.CallContext(ctx, nil, "evm_setNextBlockTimestamp", ts); err != nil {
		return fmt.Errorf("set next block timestamp: %w", err)
	}
	if err := c.CallContext(ctx, nil, "evm_mine"); err != nil {
		return fmt.Errorf("mine: %w", err)
	}
	return nil
}

// Send sends one call from key with a fixed gas limit, waits until it is mined and returns its
// receipt (which may be a revert: check Status). For devnet tooling and tests; agents use txmgr.
func Send(ctx context.Context, c *ethclient.Client, key *ecdsa.PrivateKey, to common.Address, data []byte, gas uint64) (*types.Receipt, error) {
	hashes, err := sendCalls(ctx, c, key, []call{{to: to, data: data}}, gas)
	if err != nil {
		return nil, err
	}
	return WaitReceipt(ctx, c, hashes[0])
}

// SendNoWait signs and sends one call from key with a fixed gas limit and returns its hash
// without waiting for it to be mined.
func SendNoWait(ctx context.Context, c *ethclient.Client, key *ecdsa.PrivateKey, to common.Address, data []byte, gas uint64) (common.Hash, error) {
	hashes, err := sendCalls(ctx, c, key, []call{{to: to, data: data}}, gas)
	if err != nil {
		return common.Hash{}, err
	}
	return hashes[0], nil
}

type call struct {
	to    common.Address
	data  []byte
	value *big.Int
}

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

// sendAll sends the calls in order from key with consecutive nonces and waits until all are
// mined, failing if any reverted. Gas is fixed generously so that a call that depends on an
// earlier one in the batch is not estimated against a state without it.
func sendAll(ctx context.Context, c *ethclient.Client, key *ecdsa.PrivateKey, calls []call) error {
	hashes, err := sendCalls(ctx, c, key, calls, 1_000_000)
	if err != nil {
		return err
	}
	for i, h := range hashes {
		r, err := WaitReceipt(ctx, c, h)
		if err != nil {
			return err
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("tx %d (%s) to %s reverted", i, h, calls[i].to)
		}
	}
	return nil
}

// sendCalls signs and sends calls with consecutive nonces from key and returns their hashes.
func sendCalls(ctx context.Context, c *ethclient.Client, key *ecdsa.PrivateKey, calls []call, gas uint64) ([]common.Hash, error) {
	from := crypto.PubkeyToAddress(key.PublicKey)
	chainID, err := c.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain id: %w", err)
	}
	nonce, err := c.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, fmt.Errorf("nonce: %w", err)
	}
	tip := big.NewInt(1e9)
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("head: %w", err)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(3)), tip)
	signer := types.LatestSignerForChainID(chainID)
	hashes := make([]common.Hash, 0, len(calls))
	for i, cl := range calls {
		to := cl.to
		tx, err := types.SignNewTx(key, signer, &types.DynamicFeeTx{
			ChainID: chainID, Nonce: nonce + uint64(i), GasTipCap: tip, GasFeeCap: feeCap,
			Gas: gas, To: &to, Data: cl.data, Value: cl.value,
		})
		if err != nil {
			return nil, fmt.Errorf("sign tx: %w", err)
		}
		if err := c.SendTransaction(ctx, tx); err != nil {
			return nil, fmt.Errorf("send tx %d: %w", i, err)
		}
		hashes = append(hashes, tx.Hash())
	}
	return hashes, nil
}

// WaitReceipt polls L1 for h's receipt until it is mined or ctx ends.
func WaitReceipt(ctx context.Context, c *ethclient.Client, h common.Hash) (*types.Receipt, error) {
	for {
		r, err := c.TransactionReceipt(ctx, h)
		if err == nil {
			return r, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			return nil, fmt.Errorf("receipt %s: %w", h, err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("receipt %s: %w", h, ctx.Err())
		case <-time.After(200 * time.Millisecond):
		}
	}
}
