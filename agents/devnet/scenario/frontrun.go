package scenario

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/sptn/sptn/agents/devnet"
	"github.com/sptn/sptn/agents/devnet/observe"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/load"
	"github.com/sptn/sptn/bindings/azt"
	"github.com/sptn/sptn/bindings/rollup"
	"github.com/sptn/sptn/bindings/sptnerrors"
)

// The front-runner scenarios put an L1 actor outside the committee next to the devnet: it reads
// L1's public pool (txpool_content) and, for every rollup transaction it sees, sends its copy from
// its own funded account with a higher priority fee, so that L1 orders the copy first. The rollup
// binds what a copy could steal: a block's rewards go to the coinbase of a header the committee
// signed (credited when the block is proven, whoever proves it), and a header commits to the one
// DA mode it was signed with (docs/rollup.md). So every copy is refused with a named custom error,
// or lands and pays the honest party: the front-runner is never credited a reward.

// Kinds of copies the front-runner sends.
const (
	// copyPropose is a calldata propose (or proposeBased) sent again unchanged.
	copyPropose = "propose"
	// copyProof is a submitProof sent again unchanged.
	copyProof = "proof"
	// copyBlobPropose is a blob propose sent again unchanged, with the blobs, commitments and
	// proofs read from L1's pool.
	copyBlobPropose = "blob-propose"
	// copyBlobData is a blob propose sent as a calldata propose of the same header and
	// attestations, carrying the block's data read from the blobs in L1's pool.
	copyBlobData = "blob-as-calldata"
	// copyBlobHashes is a blob propose sent as a calldata propose whose txs are the packed
	// versioned hashes (issue 14, finding 1).
	copyBlobHashes = "blob-hashes-as-calldata"
)

// frontRunMode is what a front-runner copies.
type frontRunMode int

const (
	// stealRewards copies every propose and every proof unchanged.
	stealRewards frontRunMode = iota
	// blobToCalldata copies every blob propose into calldata proposes of the same block, then
	// unchanged.
	blobToCalldata
)

// rewardToSender credits a proof's rewards to whoever sends it instead of the proven blocks'
// coinbases: a front-runner copying the proof takes them. byzantine-frontrun exists to catch it.
var rewardToSender = &Mutation{
	Name: "proof-rewards-to-sender",
	File: "contracts/rollup/libraries/EpochProofLib.sol",
	Old:  "RewardLib.credit(headers[i].coinbase, reward);",
	New:  "RewardLib.credit(msg.sender, reward);",
}

// calldataForAnyHeader drops the rollup's check that a calldata propose's txs are what its header
// commits to: a blob block copied into calldata is assured without its blobs on L1.
// byzantine-frontrun-blob exists to catch it.
var calldataForAnyHeader = &Mutation{
	Name: "calldata-propose-unchecked",
	File: "contracts/rollup/libraries/ChainLib.sol",
	Old:  "revert Errors.Rollup__TxsHashMismatch(txsHash, header.txsHash);",
	New:  "// mutation: a calldata propose is taken whatever its header commits to",
}

// pooledTx is a transaction in L1's pool as txpool_content serves it; anvil includes a blob
// transaction's blobs, geth serves no blob transaction there.
type pooledTx struct {
	Hash                 common.Hash     `json:"hash"`
	From                 common.Address  `json:"from"`
	To                   *common.Address `json:"to"`
	Gas                  hexutil.Uint64  `json:"gas"`
	GasPrice             *hexutil.Big    `json:"gasPrice"`
	MaxFeePerGas         *hexutil.Big    `json:"maxFeePerGas"`
	MaxPriorityFeePerGas *hexutil.Big    `json:"maxPriorityFeePerGas"`
	Input                hexutil.Bytes   `json:"input"`
	MaxFeePerBlobGas     *hexutil.Big    `json:"maxFeePerBlobGas"`
	BlobVersionedHashes  []common.Hash   `json:"blobVersionedHashes"`
	Blobs                []hexutil.Bytes `json:"blobs"`
	Commitments          []hexutil.Bytes `json:"commitments"`
	// CellProofs are a version 1 sidecar's proofs (EIP-7594), Proofs a version 0 one's.
	CellProofs []hexutil.Bytes `json:"cellProofs"`
	Proofs     []hexutil.Bytes `json:"proofs"`
}

// sidecar rebuilds the pooled blob transaction's sidecar, or returns nil when the pool did not
// serve it whole.
func (tx pooledTx) sidecar() *types.BlobTxSidecar {
	version, proofs := types.BlobSidecarVersion1, tx.CellProofs
	if len(proofs) == 0 {
		version, proofs = types.BlobSidecarVersion0, tx.Proofs
	}
	if len(tx.Blobs) == 0 || len(tx.Commitments) != len(tx.Blobs) || len(proofs) == 0 {
		return nil
	}
	sc := &types.BlobTxSidecar{Version: version}
	for _, b := range tx.Blobs {
		var blob kzg4844.Blob
		if len(b) != len(blob) {
			return nil
		}
		copy(blob[:], b)
		sc.Blobs = append(sc.Blobs, blob)
	}
	for _, c := range tx.Commitments {
		var commit kzg4844.Commitment
		if len(c) != len(commit) {
			return nil
		}
		copy(commit[:], c)
		sc.Commitments = append(sc.Commitments, commit)
	}
	for _, p := range proofs {
		var proof kzg4844.Proof
		if len(p) != len(proof) {
			return nil
		}
		copy(proof[:], p)
		sc.Proofs = append(sc.Proofs, proof)
	}
	return sc
}

// fees are the honest transaction's tip and fee cap.
func (tx pooledTx) fees() (tip, feeCap *big.Int) {
	switch {
	case tx.MaxFeePerGas != nil && tx.MaxPriorityFeePerGas != nil:
		return tx.MaxPriorityFeePerGas.ToInt(), tx.MaxFeePerGas.ToInt()
	case tx.GasPrice != nil:
		return tx.GasPrice.ToInt(), tx.GasPrice.ToInt()
	}
	return new(big.Int), new(big.Int)
}

// plannedCopy is one copy the front-runner sends of an honest transaction.
type plannedCopy struct {
	kind string
	data []byte
	gas  uint64
	// header is a propose's header (nil for a proof).
	header *protocol.Header
	epoch  uint64
	// sidecar and blobHashes make the copy a blob transaction; blobFeeCap is its blob fee cap.
	sidecar    *types.BlobTxSidecar
	blobHashes []common.Hash
	blobFeeCap *big.Int
}

var rollupMethods = rollup.NewRollup().GetABI()

// copiesOf returns the copies of tx the front-runner sends in mode: unchanged proposes and proofs
// to steal their rewards, or the calldata proposes of a blob propose's block and then the blob
// propose unchanged (in this order: the front-runner's nonces order its own copies, so the
// calldata ones execute before any blob propose of the block lands). A transaction that is none
// of those gets none.
func copiesOf(tx pooledTx, mode frontRunMode) ([]plannedCopy, error) {
	if len(tx.Input) < 4 {
		return nil, nil
	}
	m, err := rollupMethods.MethodById(tx.Input[:4])
	if err != nil {
		return nil, nil //nolint:nilerr // not a rollup method: nothing to copy
	}
	switch {
	case m.Name == "submitProof" && mode == stealRewards:
		args, err := m.Inputs.Unpack(tx.Input[4:])
		if err != nil || len(args) != 3 {
			return nil, fmt.Errorf("decode submitProof %s: %v", tx.Hash, err)
		}
		epoch, ok := args[0].(*big.Int)
		if !ok {
			return nil, fmt.Errorf("decode submitProof %s: epoch has type %T", tx.Hash, args[0])
		}
		return []plannedCopy{{kind: copyProof, data: tx.Input, gas: uint64(tx.Gas), epoch: epoch.Uint64()}}, nil
	case m.Name == "propose" || m.Name == "proposeBased" || m.Name == "proposeWithBlobs":
	default:
		return nil, nil
	}
	call, err := protocol.DecodeProposeCall(tx.Input)
	if err != nil {
		return nil, fmt.Errorf("decode %s %s: %w", m.Name, tx.Hash, err)
	}
	h := call.Header
	if !call.Blobs {
		if mode != stealRewards {
			return nil, nil
		}
		return []plannedCopy{{kind: copyPropose, data: tx.Input, gas: uint64(tx.Gas), header: &h}}, nil
	}
	unchanged := func() []plannedCopy {
		sc := tx.sidecar()
		if sc == nil {
			return nil // geth's pool serves no blob transaction; another pool may leave out the sidecar
		}
		feeCap := big.NewInt(2)
		if tx.MaxFeePerBlobGas != nil && tx.MaxFeePerBlobGas.ToInt().Sign() > 0 {
			feeCap.Mul(tx.MaxFeePerBlobGas.ToInt(), big.NewInt(2))
		}
		return []plannedCopy{{kind: copyBlobPropose, data: tx.Input, gas: uint64(tx.Gas), header: &h,
			sidecar: sc, blobHashes: tx.BlobVersionedHashes, blobFeeCap: feeCap}}
	}
	if mode != blobToCalldata {
		return unchanged(), nil
	}
	// The attestations exactly as the honest transaction carries them (its last argument).
	args, err := m.Inputs.Unpack(tx.Input[4:])
	if err != nil || len(args) != 2 {
		return nil, fmt.Errorf("decode proposeWithBlobs %s: %v", tx.Hash, err)
	}
	atts, ok := args[1].([]byte)
	if !ok {
		return nil, fmt.Errorf("decode proposeWithBlobs %s: attestations have type %T", tx.Hash, args[1])
	}
	r := rollup.NewRollup()
	var out []plannedCopy
	if len(tx.Blobs) > 0 {
		data, err := blobData(tx.Blobs)
		if err != nil {
			return nil, fmt.Errorf("blob propose %s: %w", tx.Hash, err)
		}
		out = append(out, plannedCopy{kind: copyBlobData, data: r.PackPropose(h, data, atts),
			gas: calldataGas(uint64(tx.Gas), len(data)), header: &h})
	}
	var hashes []byte
	for _, vh := range tx.BlobVersionedHashes {
		hashes = append(hashes, vh[:]...)
	}
	out = append(out, plannedCopy{kind: copyBlobHashes, data: r.PackPropose(h, hashes, atts),
		gas: calldataGas(uint64(tx.Gas), len(hashes)), header: &h})
	return append(out, unchanged()...), nil
}

// blobData decodes a pooled blob transaction's blobs into the block data they carry.
func blobData(raw []hexutil.Bytes) ([]byte, error) {
	blobs := make([]kzg4844.Blob, len(raw))
	for i, b := range raw {
		if len(b) != len(blobs[i]) {
			return nil, fmt.Errorf("blob %d has %d bytes, want %d", i, len(b), len(blobs[i]))
		}
		copy(blobs[i][:], b)
	}
	return protocol.DecodeBlobs(blobs)
}

// calldataGas is the gas limit of a calldata copy of a blob propose whose estimate was gas: the
// data costs at most EIP-7623's floor of 40 gas a byte more (and 16 of execution), with room.
func calldataGas(gas uint64, dataBytes int) uint64 {
	return gas + uint64(dataBytes)*64 + 100_000
}

// outbid prices a copy to be ordered before the honest transaction in the same block: twice its
// tip and a gwei more, under a fee cap that covers it at twice the base fee.
func outbid(tip, feeCap, baseFee *big.Int) (newTip, newCap *big.Int) {
	newTip = new(big.Int).Add(new(big.Int).Mul(tip, big.NewInt(2)), big.NewInt(1e9))
	newCap = new(big.Int).Mul(baseFee, big.NewInt(2))
	if feeCap.Cmp(newCap) > 0 {
		newCap = new(big.Int).Set(feeCap)
	}
	newCap.Add(newCap, newTip)
	return newTip, newCap
}

var errorsABI = sptnerrors.NewErrorsLib().GetABI()

// revertName names the custom error of contracts/libraries/Errors.sol that revert data carries,
// or returns "" for data that is none of them.
func revertName(data []byte) string {
	if len(data) < 4 {
		return ""
	}
	for name, e := range errorsABI.Errors {
		if bytes.Equal(e.ID[:4], data[:4]) {
			return name
		}
	}
	return ""
}

// frontCopy is a copy sent and what became of it.
type frontCopy struct {
	plannedCopy
	of      common.Hash // the honest transaction
	ofFrom  common.Address
	hash    common.Hash
	settled bool
	landed  bool
	// refusal is the named custom error of a refused copy ("" while unsettled or landed; the
	// raw revert when it names none).
	refusal string
	block   uint64
}

// frontRunner is the L1 actor: its own key, funded, and what it sent.
type frontRunner struct {
	key     *ecdsa.PrivateKey
	addr    common.Address
	rollup  common.Address
	chainID *big.Int
	mode    frontRunMode
	l1      *ethclient.Client
	rc      *rpc.Client

	mu     sync.Mutex
	seen   map[common.Hash]bool
	copies []*frontCopy
	nonce  uint64
	// sendErrs counts copies L1 did not take (a pool refusal), by reason.
	sendErrs map[string]int
}

// newFrontRunner makes a fresh key, funds it with 100 ETH and connects it to L1.
func (e *Env) newFrontRunner(ctx context.Context, mode frontRunMode) (*frontRunner, error) {
	key, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	f := &frontRunner{key: key, addr: crypto.PubkeyToAddress(key.PublicKey), mode: mode,
		seen: map[common.Hash]bool{}, sendErrs: map[string]int{}}
	if f.rollup, err = e.Net.Deployments.Address("Rollup"); err != nil {
		return nil, err
	}
	if err := e.Net.Fund(ctx, []common.Address{f.addr}, new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))); err != nil {
		return nil, err
	}
	if f.l1, err = e.Net.Dial(ctx); err != nil {
		return nil, err
	}
	if f.rc, err = e.rpc(ctx); err != nil {
		f.l1.Close()
		return nil, err
	}
	if f.chainID, err = f.l1.ChainID(ctx); err != nil {
		f.close()
		return nil, err
	}
	if f.nonce, err = f.l1.PendingNonceAt(ctx, f.addr); err != nil {
		f.close()
		return nil, err
	}
	return f, nil
}

func (f *frontRunner) close() {
	f.l1.Close()
	f.rc.Close()
}

// watch reads L1's pool every 50 ms until ctx ends and copies each rollup transaction it has not
// seen. Copies L1 refuses at the door are counted; a pool read that fails is tried again.
func (f *frontRunner) watch(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(50 * time.Millisecond):
		}
		var content struct {
			Pending map[string]map[string]pooledTx `json:"pending"`
		}
		rctx, cancel := context.WithTimeout(ctx, observe.RPCTimeout)
		err := f.rc.CallContext(rctx, &content, "txpool_content")
		cancel()
		if err != nil {
			continue
		}
		for _, byNonce := range content.Pending {
			for _, tx := range byNonce {
				if tx.To == nil || *tx.To != f.rollup || tx.From == f.addr || f.seen[tx.Hash] {
					continue
				}
				f.seen[tx.Hash] = true
				f.copyTx(ctx, tx)
			}
		}
	}
}

// copyTx sends the copies of one honest transaction.
func (f *frontRunner) copyTx(ctx context.Context, tx pooledTx) {
	planned, err := copiesOf(tx, f.mode)
	if err != nil {
		f.count("decode: " + err.Error())
		return
	}
	if len(planned) == 0 {
		return
	}
	head, err := f.l1.HeaderByNumber(ctx, nil)
	if err != nil {
		f.count("head: " + err.Error())
		return
	}
	tip, feeCap := tx.fees()
	tip, feeCap = outbid(tip, feeCap, head.BaseFee)
	signer := types.LatestSignerForChainID(f.chainID)
	for _, p := range planned {
		to := f.rollup
		var inner types.TxData = &types.DynamicFeeTx{
			ChainID: f.chainID, Nonce: f.nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: p.gas, To: &to, Data: p.data,
		}
		if p.sidecar != nil {
			inner = &types.BlobTx{
				ChainID: uint256.MustFromBig(f.chainID), Nonce: f.nonce, GasTipCap: uint256.MustFromBig(tip),
				GasFeeCap: uint256.MustFromBig(feeCap), Gas: p.gas, To: to, Data: p.data,
				BlobFeeCap: uint256.MustFromBig(p.blobFeeCap), BlobHashes: p.blobHashes, Sidecar: p.sidecar,
			}
		}
		signed, err := types.SignNewTx(f.key, signer, inner)
		if err != nil {
			f.count("sign: " + err.Error())
			return
		}
		if err := f.l1.SendTransaction(ctx, signed); err != nil {
			f.count("send: " + err.Error())
			if n, nerr := f.l1.PendingNonceAt(ctx, f.addr); nerr == nil {
				f.nonce = n
			}
			continue
		}
		f.nonce++
		f.mu.Lock()
		f.copies = append(f.copies, &frontCopy{plannedCopy: p, of: tx.Hash, ofFrom: tx.From, hash: signed.Hash()})
		f.mu.Unlock()
	}
}

func (f *frontRunner) count(reason string) {
	f.mu.Lock()
	f.sendErrs[reason]++
	f.mu.Unlock()
}

// settle reads the receipt of every unsettled copy: a reverted one is traced for its custom error
// (debug_traceTransaction's call tracer, which anvil and geth both serve).
func (f *frontRunner) settle(ctx context.Context) error {
	f.mu.Lock()
	var open []*frontCopy
	for _, c := range f.copies {
		if !c.settled {
			open = append(open, c)
		}
	}
	f.mu.Unlock()
	for _, c := range open {
		r, err := f.l1.TransactionReceipt(ctx, c.hash)
		if errors.Is(err, ethereum.NotFound) {
			continue
		}
		if err != nil {
			return fmt.Errorf("receipt of copy %s: %w", c.hash, err)
		}
		refusal := ""
		if r.Status != types.ReceiptStatusSuccessful {
			var trace struct {
				Output hexutil.Bytes `json:"output"`
				Error  string        `json:"error"`
			}
			if err := f.rc.CallContext(ctx, &trace, "debug_traceTransaction", c.hash, map[string]any{"tracer": "callTracer"}); err != nil {
				return fmt.Errorf("trace reverted copy %s: %w", c.hash, err)
			}
			if refusal = revertName(trace.Output); refusal == "" {
				refusal = fmt.Sprintf("unnamed revert (%s %x)", trace.Error, trace.Output)
			}
		}
		f.mu.Lock()
		c.settled, c.landed, c.refusal, c.block = true, r.Status == types.ReceiptStatusSuccessful, refusal, r.BlockNumber.Uint64()
		f.mu.Unlock()
	}
	return nil
}

// frontTally counts the copies by kind and outcome.
type frontTally struct {
	sent, settled map[string]int
	// refused counts settled refusals by kind and error name; landed settled copies by kind.
	refused map[string]map[string]int
	landed  map[string]int
}

func (f *frontRunner) tally() frontTally {
	f.mu.Lock()
	defer f.mu.Unlock()
	return tallyCopies(f.copies)
}

func tallyCopies(copies []*frontCopy) frontTally {
	t := frontTally{sent: map[string]int{}, settled: map[string]int{}, refused: map[string]map[string]int{}, landed: map[string]int{}}
	for _, c := range copies {
		t.sent[c.kind]++
		if !c.settled {
			continue
		}
		t.settled[c.kind]++
		if c.landed {
			t.landed[c.kind]++
			continue
		}
		if t.refused[c.kind] == nil {
			t.refused[c.kind] = map[string]int{}
		}
		t.refused[c.kind][c.refusal]++
	}
	return t
}

func (t frontTally) String() string {
	var kinds []string
	for k := range t.sent {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	var parts []string
	for _, k := range kinds {
		var errs []string
		for name, n := range t.refused[k] {
			errs = append(errs, fmt.Sprintf("%s %d", name, n))
		}
		sort.Strings(errs)
		parts = append(parts, fmt.Sprintf("%s: %d sent, %d landed first, refused {%s}, %d unsettled",
			k, t.sent[k], t.landed[k], strings.Join(errs, ", "), t.sent[k]-t.settled[k]))
	}
	if len(parts) == 0 {
		return "no copies"
	}
	return strings.Join(parts, "; ")
}

// checkCopies is the verdict on the settled copies: none may assure a blob block through
// calldata, and every refusal must be a named custom error of the rollup's. A copy of a calldata
// propose or a proof may land (it came first): the header and its coinbase are the honest ones,
// which checkCredits judges.
func checkCopies(copies []*frontCopy) error {
	for _, c := range copies {
		if !c.settled {
			continue
		}
		switch {
		case c.landed && (c.kind == copyBlobData || c.kind == copyBlobHashes):
			return failf("wrong DA: the front-runner's %s copy %s of blob propose %s (sent by %s) landed in L1 block %d: block %d, whose header commits to its blobs, was assured through calldata without them",
				c.kind, c.hash, c.of, c.ofFrom, c.block, c.header.Number)
		case !c.landed && strings.HasPrefix(c.refusal, "unnamed revert"):
			return failf("the front-runner's %s copy %s of %s was refused without a named custom error: %s", c.kind, c.hash, c.of, c.refusal)
		}
	}
	return nil
}

// creditLog is a RewardsCredited log of the rollup.
type creditLog struct {
	coinbase common.Address
	amount   *big.Int
	tx       common.Hash
}

// checkCredits is the verdict on rewards over an L1 range: the front-runner is never credited,
// and each proof credits exactly its proven blocks' coinbases (from the headers it carries), one
// reward apiece.
func checkCredits(thief common.Address, credits []creditLog, proofs map[common.Hash][]common.Address) error {
	byTx := map[common.Hash][]common.Address{}
	for _, c := range credits {
		if c.coinbase == thief {
			return failf("stolen reward: the front-runner %s was credited %s wei by transaction %s", thief, c.amount, c.tx)
		}
		byTx[c.tx] = append(byTx[c.tx], c.coinbase)
	}
	for tx, want := range proofs {
		got := byTx[tx]
		if !sameAddresses(got, want) {
			return failf("honest reward not paid: the proof in transaction %s credited %v, not the coinbases of the blocks it proved %v", tx, got, want)
		}
	}
	return nil
}

func sameAddresses(a, b []common.Address) bool {
	if len(a) != len(b) {
		return false
	}
	x, y := sortedAddresses(a), sortedAddresses(b)
	for i := range x {
		if x[i] != y[i] {
			return false
		}
	}
	return true
}

// rewardsSince reads the rollup's RewardsCredited logs in L1 blocks from..to, and for every
// EpochProven in them the coinbases of the blocks the proof covers (from its submitProof calldata,
// whoever sent it).
func (e *Env) rewardsSince(ctx context.Context, l1 *ethclient.Client, rollupAddr common.Address, from, to uint64) ([]creditLog, map[common.Hash][]common.Address, error) {
	r := rollup.NewRollup()
	abiR := r.GetABI()
	logs, err := l1.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to), Addresses: []common.Address{rollupAddr},
		Topics: [][]common.Hash{{abiR.Events["RewardsCredited"].ID, abiR.Events["EpochProven"].ID}},
	})
	if err != nil {
		return nil, nil, err
	}
	var credits []creditLog
	proofs := map[common.Hash][]common.Address{}
	for i := range logs {
		l := &logs[i]
		if l.Topics[0] == abiR.Events["RewardsCredited"].ID {
			ev, err := r.UnpackRewardsCreditedEvent(l)
			if err != nil {
				return nil, nil, err
			}
			credits = append(credits, creditLog{coinbase: ev.Coinbase, amount: ev.Amount, tx: l.TxHash})
			continue
		}
		ev, err := r.UnpackEpochProvenEvent(l)
		if err != nil {
			return nil, nil, err
		}
		tx, _, err := l1.TransactionByHash(ctx, l.TxHash)
		if err != nil {
			return nil, nil, err
		}
		headers, err := proofHeaders(tx.Data())
		if err != nil {
			return nil, nil, fmt.Errorf("proof %s: %w", l.TxHash, err)
		}
		count := ev.EndNumber.Uint64() + 1 - ev.StartNumber.Uint64()
		if uint64(len(headers)) < count {
			return nil, nil, fmt.Errorf("proof %s carries %d headers for %d blocks", l.TxHash, len(headers), count)
		}
		for _, h := range headers[:count] {
			proofs[l.TxHash] = append(proofs[l.TxHash], h.Coinbase)
		}
	}
	return credits, proofs, nil
}

// proofHeaders decodes the headers of a submitProof call.
func proofHeaders(data []byte) ([]protocol.Header, error) {
	if len(data) < 4 {
		return nil, errors.New("no calldata")
	}
	m, err := rollupMethods.MethodById(data[:4])
	if err != nil || m.Name != "submitProof" {
		return nil, fmt.Errorf("not a submitProof call: %v", err)
	}
	args, err := m.Inputs.Unpack(data[4:])
	if err != nil || len(args) != 3 {
		return nil, fmt.Errorf("decode submitProof: %v", err)
	}
	hs, ok := abi.ConvertType(args[1], new([]rollup.Header)).(*[]rollup.Header)
	if !ok {
		return nil, fmt.Errorf("decode submitProof: headers have type %T", args[1])
	}
	return *hs, nil
}

// rewardsOwed reads the rollup's rewardsOwed(account).
func (e *Env) rewardsOwed(ctx context.Context, account common.Address) (*big.Int, error) {
	r := rollup.NewRollup()
	return devnet.RollupView(ctx, e.Net, r.PackRewardsOwed(account), r.UnpackRewardsOwed)
}

// aztBalance reads AZT.balanceOf(account).
func (e *Env) aztBalance(ctx context.Context, l1 *ethclient.Client, account common.Address) (*big.Int, error) {
	token, err := e.Net.Deployments.Address("AZT")
	if err != nil {
		return nil, err
	}
	a := azt.NewAZT()
	out, err := l1.CallContract(ctx, ethereum.CallMsg{To: &token, Data: a.PackBalanceOf(account)}, nil)
	if err != nil {
		return nil, fmt.Errorf("AZT.balanceOf(%s): %w", account, err)
	}
	return a.UnpackBalanceOf(out)
}

// frontRunMinimum is how many honest transactions of the kind its scenario is about the
// front-runner must have copied, each copy settled, before the verdict.
const frontRunMinimum = 3

// byzantineFrontRun: an L1 front-runner copies every calldata propose and every proof it sees in
// L1's pool, unchanged, from its own account at twice the priority fee. Each copy lands first or
// is refused with a named custom error; the front-runner is never credited a reward; every proof
// credits exactly the coinbases of the blocks it proves; assured advances by 3 and an epoch is
// proven; no honest member is slashed.
func byzantineFrontRun(ctx context.Context, e *Env) error {
	return e.frontRun(ctx, stealRewards)
}

// byzantineFrontRunBlob: the nodes publish in blobs (the scenario sends a 4,000-byte transaction
// each slot, so that auto DA picks blobs) and an L1 front-runner copies every blob propose it sees
// into calldata proposes of the same header and attestations: one carrying the block's data read
// from the blobs, one the packed versioned hashes (issue 14, finding 1); then it sends the blob
// propose unchanged, blobs and all. Every calldata copy is refused (Rollup__TxsHashMismatch when it
// runs before any blob propose of the block), none assures a block; every copied block is assured
// by a blob transaction (the honest one's or the unchanged copy's, the same signed header); the
// front-runner is never credited; no honest member is slashed.
func byzantineFrontRunBlob(ctx context.Context, e *Env) error {
	return e.frontRun(ctx, blobToCalldata)
}

func (e *Env) frontRun(ctx context.Context, mode frontRunMode) (err error) {
	before, err := e.stakes(ctx, -1)
	if err != nil {
		return err
	}
	f, err := e.newFrontRunner(ctx, mode)
	if err != nil {
		return err
	}
	defer f.close()
	fromL1, err := f.l1.BlockNumber(ctx)
	if err != nil {
		return err
	}
	start, err := e.Observe(ctx)
	if err != nil {
		return err
	}
	e.Logf("front-runner %s funded with 100 ETH; watching L1's pool from L1 block %d: %s", f.addr, fromL1, start)
	wctx, stop := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer func() {
		stop()
		wg.Wait()
	}()
	wg.Add(1)
	go func() {
		defer wg.Done()
		f.watch(wctx)
	}()
	if mode == blobToCalldata {
		wg.Add(1)
		go func() {
			defer wg.Done()
			e.bigTxs(wctx)
		}()
	}
	// What the scenario must see: for rewards, a proof copied and three proposes (on geth the
	// nodes publish in blobs, which its txpool_content does not serve); for blobs, three blob
	// proposes copied with a copy run before the honest transaction, so that the DA check decided.
	enough := func(t frontTally, st State) bool {
		if st.L1.Assured < start.L1.Assured+3 {
			return false
		}
		if mode == stealRewards {
			proposes := t.settled[copyPropose] >= frontRunMinimum || e.Net.Geth()
			return proposes && t.settled[copyProof] >= 1 && st.L1.Proven > start.L1.Proven
		}
		return t.settled[copyBlobHashes] >= frontRunMinimum && t.refused[copyBlobHashes]["Rollup__TxsHashMismatch"]+
			t.refused[copyBlobData]["Rollup__TxsHashMismatch"] >= 1
	}
	what := "three proposes and a proof copied and settled, assured +3 and an epoch proven"
	timeout := e.epochs(2) + e.slots(8)
	if mode == blobToCalldata {
		what = "three blob proposes copied into calldata and settled, one copy run before the honest one, assured +3"
		timeout = e.slots(20)
	}
	var last State
	werr := e.until(ctx, what, timeout, func() (bool, error) {
		if err := f.settle(ctx); err != nil {
			return false, err
		}
		f.mu.Lock()
		verr := checkCopies(f.copies)
		f.mu.Unlock()
		if verr != nil {
			return false, verr
		}
		st, err := e.Observe(ctx)
		if err != nil {
			return false, err
		}
		last = st
		return enough(f.tally(), st), nil
	})
	stop()
	wg.Wait()
	e.Logf("front-runner %s: %s", f.addr, f.tally())
	if len(f.sendErrs) > 0 {
		e.Logf("copies L1 did not take: %v", f.sendErrs)
	}
	if werr != nil {
		return werr
	}
	e.Logf("%s: %s", what, last)
	toL1, err := f.l1.BlockNumber(ctx)
	if err != nil {
		return err
	}
	credits, proofs, err := e.rewardsSince(ctx, f.l1, f.rollup, fromL1+1, toL1)
	if err != nil {
		return err
	}
	if err := checkCredits(f.addr, credits, proofs); err != nil {
		return err
	}
	owed, err := e.rewardsOwed(ctx, f.addr)
	if err != nil {
		return err
	}
	if owed.Sign() != 0 {
		return failf("stolen reward: the rollup owes the front-runner %s %s wei", f.addr, owed)
	}
	held, err := e.aztBalance(ctx, f.l1, f.addr)
	if err != nil {
		return err
	}
	if held.Sign() != 0 {
		return failf("stolen reward: the front-runner %s holds %s AZT wei", f.addr, held)
	}
	e.Logf("L1 blocks %d..%d: %d rewards credited, %d proofs each credited its blocks' coinbases, none the front-runner (owed 0, AZT balance 0)",
		fromL1+1, toL1, len(credits), len(proofs))
	if mode == blobToCalldata {
		if err := e.blobsAssured(ctx, f, fromL1+1, toL1); err != nil {
			return err
		}
	}
	return e.honestNotSlashed(ctx, before)
}

// blobsAssured checks that every blob block the front-runner copied and that L1 assured was
// assured by a transaction carrying blobs.
func (e *Env) blobsAssured(ctx context.Context, f *frontRunner, from, to uint64) error {
	r := rollup.NewRollup()
	logs, err := f.l1.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to), Addresses: []common.Address{f.rollup},
		Topics: [][]common.Hash{{protocol.BlockProposedID}},
	})
	if err != nil {
		return err
	}
	byHeader := map[common.Hash]common.Hash{}
	for i := range logs {
		ev, err := r.UnpackBlockProposedEvent(&logs[i])
		if err != nil {
			return err
		}
		byHeader[ev.HeaderHash] = logs[i].TxHash
	}
	f.mu.Lock()
	copied := map[common.Hash]uint64{}
	for _, c := range f.copies {
		copied[protocol.HeaderHash(*c.header)] = c.header.Number
	}
	f.mu.Unlock()
	assured := 0
	for hh, number := range copied {
		txh, ok := byHeader[hh]
		if !ok {
			continue
		}
		tx, _, err := f.l1.TransactionByHash(ctx, txh)
		if err != nil {
			return err
		}
		if len(tx.BlobHashes()) == 0 {
			return failf("wrong DA: blob block %d (header %s) was assured by transaction %s, which carries no blobs", number, hh, txh)
		}
		assured++
	}
	if assured == 0 {
		return failf("none of the %d blob blocks the front-runner copied was assured on L1", len(copied))
	}
	e.Logf("%d of the %d copied blob blocks were assured on L1, each by a transaction carrying its blobs", assured, len(copied))
	return nil
}

// bigTxs sends a user transaction of 4,000 bytes to a node every slot until ctx ends, so that
// blocks carry more data than auto DA puts in calldata (node.AutoBlobThreshold, 3,277 bytes).
func (e *Env) bigTxs(ctx context.Context) {
	client := &http.Client{Timeout: observe.RPCTimeout}
	for i := 0; ; i++ {
		payload := make([]byte, 4000)
		if _, err := rand.Read(payload); err != nil {
			return
		}
		a := e.Nodes[i%len(e.Nodes)]
		if a.Running() {
			load.Submit(ctx, client, a.API, big.NewInt(1e9), payload)
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(e.slots(1) / 2):
		}
	}
}
