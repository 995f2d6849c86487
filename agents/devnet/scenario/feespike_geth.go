package scenario

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/sptn/sptn/agents/devnet"
	"github.com/sptn/sptn/bindings/rollup"
)

// A fee spike on geth, whose base fee nobody can set: a tip war. A spammer fills every L1 block
// for spikeBlocks blocks with transactions that burn all their gas at a tip of spikeTip, sent
// all at once so that each is older in geth's pool than any propose's replacement (geth orders
// equal tips by arrival). A propose priced before the spike, or at geth's own suggestion during
// it (at most the spammer's tip: geth's oracle samples the tips blocks paid), waits behind them;
// only a transaction manager that bumps its fees past the spammer's tip gets a propose into a
// spiked block. The spammer is not the dev account: geth's oracle ignores the coinbase's own
// transactions.
const (
	spikeBlocks = 24
	// MaxTipCap (txmgr.max-tip-cap-gwei, 100 gwei by default) leaves room for twice this plus one.
	spikeTip = 20_000_000_000
	// The block gas limit at most, per transaction (EIP-7825, Osaka).
	maxTxGas = 1 << 24
)

// burnerInit deploys a contract whose code is JUMPDEST PUSH1 0 JUMP: a call loops until its gas
// runs out, so a spam transaction uses exactly the gas it names.
var burnerInit = common.FromHex("0x635B6000566000526004601CF3")

// feeSpikeGeth runs the tip war. Verdicts: a propose lands inside the spike paying a tip above the
// spammer's (the manager bumped it under geth's blob replacement rules: fresh fees follow geth's
// suggestion, which samples the blocks' lowest tips, the spammer's), and assured advances by 3
// through and after the spike. Logged, not judged: how many bumped proposes were still in their
// slot, and how far the assured chain moved inside the spike.
func feeSpikeGeth(ctx context.Context, e *Env) error {
	l1, err := e.Net.Dial(ctx)
	if err != nil {
		return err
	}
	defer l1.Close()
	rollupAddr, err := e.Net.Deployments.Address("Rollup")
	if err != nil {
		return err
	}
	st, err := e.Observe(ctx)
	if err != nil {
		return err
	}
	key, burner, err := e.spammer(ctx, l1)
	if err != nil {
		return fmt.Errorf("setting up the spammer: %w", err)
	}
	head, err := l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	perBlock := int((head.GasLimit + maxTxGas - 1) / maxTxGas)
	gas := head.GasLimit / uint64(perBlock)
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := l1.PendingNonceAt(ctx, from)
	if err != nil {
		return err
	}
	chainID, err := l1.ChainID(ctx)
	if err != nil {
		return err
	}
	signer := types.LatestSignerForChainID(chainID)
	tip := big.NewInt(spikeTip)
	// The fee cap rides out the base fee's rise over the spike (12.5% a full block) many times.
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(1000)))
	feeCap.Add(feeCap, big.NewInt(1e9))
	spam := make([]*types.Transaction, 0, spikeBlocks*perBlock)
	for i := 0; i < spikeBlocks*perBlock; i++ {
		tx, err := types.SignNewTx(key, signer, &types.DynamicFeeTx{
			ChainID: chainID, Nonce: nonce + uint64(i), GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: &burner,
		})
		if err != nil {
			return err
		}
		spam = append(spam, tx)
	}
	e.Logf("spike: %d transactions of %d gas (block gas limit %d) at a %s wei tip from %s, %d a block for %d blocks",
		len(spam), gas, head.GasLimit, tip, from, perBlock, spikeBlocks)
	for _, tx := range spam {
		if err := l1.SendTransaction(ctx, tx); err != nil {
			return fmt.Errorf("setting up the fault: send spam: %w", err)
		}
	}
	// The spike ends when the spammer's last transaction is mined.
	wctx, cancel := context.WithTimeout(ctx, time.Duration(3*spikeBlocks*e.Profile.L1BlockTimeSeconds)*time.Second)
	lastRcpt, err := devnet.WaitReceipt(wctx, l1, spam[len(spam)-1].Hash())
	cancel()
	if err != nil {
		if ctx.Err() == nil && errors.Is(err, context.DeadlineExceeded) {
			return setupErr(failf("the spammer's last transaction was not mined within %d L1 blocks' time", 3*spikeBlocks))
		}
		return err
	}
	lastBlock := lastRcpt.BlockNumber.Uint64()
	first, err := firstSpamBlock(ctx, l1, spam[0].Hash())
	if err != nil {
		return err
	}
	w, err := readSpike(ctx, l1, signer, first, lastBlock, from, rollupAddr)
	if err != nil {
		return err
	}
	e.Logf("spike over L1 blocks %d-%d: %d with spam; base fee %s -> %s wei; %d proposes landed in it, tips %v wei",
		first, lastBlock, w.withSpam, w.baseFirst, w.baseLast, len(w.proposeTips), w.proposeTips)
	if w.withSpam < int(lastBlock-first+1) {
		return setupErr(failf("only %d of the spike's %d blocks held spam: the spike was not continuous", w.withSpam, lastBlock-first+1))
	}
	outbid, accepted := 0, 0
	for i, t := range w.proposeTips {
		if t.Cmp(tip) > 0 {
			outbid++
			if w.proposeOK[i] {
				accepted++
			}
		}
	}
	// A propose at the spammer's tip can land too (geth's miner may take a blob transaction
	// before a plain one of the same tip), but only a bumped one pays more: fresh fees follow
	// geth's suggestion, which samples the lowest tips of each block, the spammer's.
	// A bumped propose may still come too late for its slot and revert (it is bumped at every
	// full head before its deadline, each bump doubling a blob transaction's fees, but its first
	// price may be far below the spammer's): that it outbid the spammer at all is the bump; its
	// slot is the next finding (logged, not a verdict).
	e.Logf("%d of the %d proposes in the spike paid more than the spammer's tip; %d of those were accepted, the others came after their slot",
		outbid, len(w.proposeTips), accepted)
	if outbid == 0 {
		return failf("no propose outbid the spammer's %s wei tip in the %d blocks of the spike (%d landed, at or below it): it was not bumped",
			tip, lastBlock-first+1, len(w.proposeTips))
	}
	// How far the assured chain moved inside the spike, from L1's state at its first and last
	// block (logged: a 4 s slot can pass before a propose outbids).
	r := rollup.NewRollup()
	var assured [2]uint64
	for i, n := range []uint64{first - 1, lastBlock} {
		raw, err := l1.CallContract(ctx, ethereum.CallMsg{To: &rollupAddr, Data: r.PackGetTips()}, new(big.Int).SetUint64(n))
		if err != nil {
			return err
		}
		tips, err := r.UnpackGetTips(raw)
		if err != nil {
			return err
		}
		assured[i] = tips.AssuredNumber.Uint64()
	}
	e.Logf("L1's assured tip went from %d to %d during the spike", assured[0], assured[1])
	_, err = e.WaitFor(ctx, "assured advances by 3 through the spike", e.slots(16), func(s State) bool {
		return s.L1.Assured >= st.L1.Assured+3
	})
	return err
}

// spammer funds a fresh key and deploys the gas burner from it.
func (e *Env) spammer(ctx context.Context, l1 *ethclient.Client) (*ecdsa.PrivateKey, common.Address, error) {
	key, err := crypto.GenerateKey()
	if err != nil {
		return nil, common.Address{}, err
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	eth := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	if err := e.Net.Fund(ctx, []common.Address{from}, new(big.Int).Mul(big.NewInt(10_000), eth)); err != nil {
		return nil, common.Address{}, err
	}
	chainID, err := l1.ChainID(ctx)
	if err != nil {
		return nil, common.Address{}, err
	}
	head, err := l1.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, common.Address{}, err
	}
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: 0, GasTipCap: big.NewInt(1e9), Gas: 100_000,
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(1e9)), Data: burnerInit,
	})
	if err != nil {
		return nil, common.Address{}, err
	}
	if err := l1.SendTransaction(ctx, tx); err != nil {
		return nil, common.Address{}, err
	}
	r, err := devnet.WaitReceipt(ctx, l1, tx.Hash())
	if err != nil {
		return nil, common.Address{}, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return nil, common.Address{}, errors.New("the gas burner's deployment failed")
	}
	return key, r.ContractAddress, nil
}

func firstSpamBlock(ctx context.Context, l1 *ethclient.Client, h common.Hash) (uint64, error) {
	r, err := l1.TransactionReceipt(ctx, h)
	if err != nil {
		return 0, fmt.Errorf("the spammer's first transaction: %w", err)
	}
	return r.BlockNumber.Uint64(), nil
}

// spikeView is what the blocks of a spike held. Every block from the spammer's first transaction
// to its last had spam waiting in geth's pool at the spammer's tip.
type spikeView struct {
	withSpam            int // blocks that mined spam
	baseFirst, baseLast *big.Int
	proposeTips         []*big.Int // the effective tip of each propose mined in the spike
	proposeOK           []bool     // whether it succeeded (a late one reverts, tip paid)
}

// readSpike reads blocks first..last: how many the spammer filled, and the proposes in them.
func readSpike(ctx context.Context, l1 *ethclient.Client, signer types.Signer, first, last uint64, spammer, rollupAddr common.Address) (spikeView, error) {
	methods := rollup.NewRollup().GetABI().Methods
	proposeSel, blobSel := [4]byte(methods["propose"].ID), [4]byte(methods["proposeWithBlobs"].ID)
	var w spikeView
	for n := first; n <= last; n++ {
		b, err := l1.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return w, err
		}
		if n == first {
			w.baseFirst = b.BaseFee()
		}
		w.baseLast = b.BaseFee()
		spam := false
		for _, tx := range b.Transactions() {
			sender, err := types.Sender(signer, tx)
			if err != nil {
				return w, err
			}
			if sender == spammer {
				spam = true
				continue
			}
			if tx.To() == nil || *tx.To() != rollupAddr || len(tx.Data()) < 4 {
				continue
			}
			if sel := [4]byte(tx.Data()[:4]); sel == proposeSel || sel == blobSel {
				tip, err := tx.EffectiveGasTip(b.BaseFee())
				if err != nil {
					return w, err
				}
				r, err := l1.TransactionReceipt(ctx, tx.Hash())
				if err != nil {
					return w, err
				}
				w.proposeTips = append(w.proposeTips, tip)
				w.proposeOK = append(w.proposeOK, r.Status == types.ReceiptStatusSuccessful)
			}
		}
		if spam {
			w.withSpam++
		}
	}
	return w, nil
}
