// Command gasbench measures the gas of whole rollup transactions (the receipt's gasUsed on anvil:
// intrinsic cost and calldata included) for committees of several sizes, and writes the table into
// docs/performance.md between the gas markers. `make bench` runs it.
//
// For each committee size it deploys the suite on a fresh anvil (automine, time set by warps),
// adds that many sequencers, then proposes a block in every slot of enough 32-slot epochs to wrap
// the rollup's block-hash ring (so steady-state numbers reuse storage, as a long-running chain
// does), proving each epoch in the next; quorum and all-signature proposes alternate. Finally it
// stops proving and prunes.
package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/sptn/sptn/agents/devnet"
	"github.com/sptn/sptn/agents/internal/keys"
	"github.com/sptn/sptn/agents/internal/ports"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/bindings/rollup"
)

const (
	beginMarker = "<!-- gasbench:begin -->"
	endMarker   = "<!-- gasbench:end -->"
)

func main() {
	out := flag.String("out", "docs/performance.md", "file whose gas section is rewritten ('-' for stdout)")
	sizes := flag.String("committees", "4,16,48", "committee sizes to measure")
	flag.Parse()
	if err := run(*out, *sizes); err != nil {
		fmt.Fprintf(os.Stderr, "gasbench: %v\n", err)
		os.Exit(1)
	}
}

type result struct {
	committee int
	quorum    int
	gas       map[string][]uint64
}

func run(out, sizes string) error {
	root, err := devnet.FindRoot()
	if err != nil {
		return err
	}
	var results []result
	for _, s := range strings.Split(sizes, ",") {
		var k int
		if _, err := fmt.Sscanf(strings.TrimSpace(s), "%d", &k); err != nil || k < 1 || k > 256 {
			return fmt.Errorf("-committees: %q is not a committee size in [1, 256]", s)
		}
		fmt.Fprintf(os.Stderr, "gasbench: committee %d ...\n", k)
		r, err := measure(root, k)
		if err != nil {
			return fmt.Errorf("committee %d: %w", k, err)
		}
		results = append(results, r)
	}
	table := render(results)
	if out == "-" {
		fmt.Print(table)
		return nil
	}
	return splice(out, table)
}

func measure(root string, k int) (result, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	dir, err := os.MkdirTemp("", "gasbench")
	if err != nil {
		return result{}, err
	}
	defer os.RemoveAll(dir)
	port, err := ports.Free()
	if err != nil {
		return result{}, err
	}
	n, err := devnet.Up(ctx, devnet.Config{
		Root: root, DataDir: dir, L1Port: port, L1BlockTime: time.Second, ChainID: 31337,
		RollupEnv: []string{
			"ROLLUP_GENESIS_DELAY=3600", fmt.Sprintf("ROLLUP_COMMITTEE_SIZE=%d", k),
			"ROLLUP_EPOCH_DURATION=32", "ROLLUP_SLOT_DURATION=24", "ROLLUP_FALLBACK_SLOTS=1000",
			"ROLLUP_PROPOSER_TIMEOUT=12",
		},
		// Production timing (24 s slots, 32-slot epochs) needs an exit delay past the Slasher's bound.
		DeployEnv: []string{"STAKING_EXIT_DELAY=1000000"},
		Out:       io.Discard, Log: slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
	if err != nil {
		return result{}, err
	}
	defer n.Down()
	b, err := newBench(ctx, n, k)
	if err != nil {
		return result{}, err
	}
	defer b.close()
	return b.run()
}

type bench struct {
	ctx      context.Context
	n        *devnet.Network
	c        *ethclient.Client
	raw      *rpc.Client
	r        *rollup.Rollup
	addr     common.Address
	domain   protocol.Domain
	keys     map[common.Address]*ecdsa.PrivateKey
	genesis  uint64
	slotDur  uint64
	epochDur uint64
	ring     uint64
	headers  map[uint64]protocol.Header
	res      result
}

func newBench(ctx context.Context, n *devnet.Network, k int) (*bench, error) {
	c, err := n.Dial(ctx)
	if err != nil {
		return nil, err
	}
	raw, err := rpc.DialContext(ctx, n.RPC)
	if err != nil {
		return nil, err
	}
	// Mine each transaction at once; time moves only by warps.
	if err := raw.CallContext(ctx, nil, "evm_setIntervalMining", 0); err != nil {
		return nil, fmt.Errorf("interval mining off: %w", err)
	}
	if err := raw.CallContext(ctx, nil, "evm_setAutomine", true); err != nil {
		return nil, fmt.Errorf("automine: %w", err)
	}
	addr, err := n.Deployments.Address("Rollup")
	if err != nil {
		return nil, err
	}
	b := &bench{
		ctx: ctx, n: n, c: c, raw: raw, r: rollup.NewRollup(), addr: addr,
		domain:  protocol.Domain{ChainID: big.NewInt(31337), Rollup: addr},
		keys:    map[common.Address]*ecdsa.PrivateKey{},
		headers: map[uint64]protocol.Header{},
		res:     result{committee: k, quorum: protocol.Quorum(k), gas: map[string][]uint64{}},
	}
	var attesters []devnet.StakeSigner
	for i := 0; i < k; i++ {
		key, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("gasbench-%d", i))))
		if err != nil {
			return nil, err
		}
		a := crypto.PubkeyToAddress(key.PublicKey)
		b.keys[a] = key
		attesters = append(attesters, keys.NewKeySigner(key))
	}
	if err := n.AddSequencers(ctx, attesters); err != nil {
		return nil, err
	}
	if b.genesis, err = b.u64(b.r.PackGENESISTIME(), b.r.UnpackGENESISTIME); err != nil {
		return nil, err
	}
	if b.slotDur, err = b.u64(b.r.PackSLOTDURATION(), b.r.UnpackSLOTDURATION); err != nil {
		return nil, err
	}
	if b.epochDur, err = b.u64(b.r.PackEPOCHDURATION(), b.r.UnpackEPOCHDURATION); err != nil {
		return nil, err
	}
	if b.ring, err = b.u64(b.r.PackRINGSIZE(), b.r.UnpackRINGSIZE); err != nil {
		return nil, err
	}
	return b, nil
}

func (b *bench) close() {
	b.c.Close()
	b.raw.Close()
}

func (b *bench) u64(data []byte, unpack func([]byte) (*big.Int, error)) (uint64, error) {
	raw, err := b.c.CallContract(b.ctx, ethereum.CallMsg{To: &b.addr, Data: data}, nil)
	if err != nil {
		return 0, err
	}
	v, err := unpack(raw)
	if err != nil {
		return 0, err
	}
	return v.Uint64(), nil
}

// warpToSlot mines an empty block at the start of slot, so that views and the next transaction
// (a second or so later, well inside the 24-second slot) see that slot.
func (b *bench) warpToSlot(slot uint64) error {
	return b.n.WarpTo(b.ctx, b.genesis+slot*b.slotDur)
}

func (b *bench) run() (result, error) {
	lastNumber := uint64(0)
	parent := common.Hash{}
	raw, err := b.c.CallContract(b.ctx, ethereum.CallMsg{To: &b.addr, Data: b.r.PackGetTips()}, nil)
	if err != nil {
		return result{}, err
	}
	tips, err := b.r.UnpackGetTips(raw)
	if err != nil {
		return result{}, err
	}
	parent = tips.AssuredHash
	provenHash := tips.ProvenHash
	epochs := (b.ring+b.epochDur-1)/b.epochDur + 2
	for epoch := uint64(0); epoch < epochs; epoch++ {
		first := epoch * b.epochDur
		for slot := first; slot < first+b.epochDur; slot++ {
			if slot == first {
				// The epoch's first slot: prove the previous epoch and set this one up, so that
				// its proposes measure the steady state.
				if epoch > 0 {
					gas, err := b.prove(epoch-1, slot, provenHash)
					if err != nil {
						return result{}, fmt.Errorf("prove epoch %d: %w", epoch-1, err)
					}
					b.res.add("submitProof (31-block epoch)", gas)
					provenHash = protocol.HeaderHash(b.headers[lastNumber])
					gas, err = b.send(b.r.PackSetupEpoch())
					if err != nil {
						return result{}, fmt.Errorf("setupEpoch: %w", err)
					}
					b.res.add("setupEpoch (once per epoch; samples and stores the committee)", gas)
				}
				continue // slot 0 is the genesis block's; other first slots hold the above
			}
			all := slot%2 == 0
			h := protocol.Header{
				Number: lastNumber + 1, Slot: slot, ParentHash: parent, TxsHash: protocol.EmptyTxsHash,
				StateRoot:   crypto.Keccak256Hash([]byte(fmt.Sprint("state", slot))),
				FeePerDaGas: big.NewInt(1_000), FeePerL2Gas: big.NewInt(2_000),
				Coinbase: common.BigToAddress(big.NewInt(0xc0ffee)),
			}
			// In the steady state, every other quorum propose (slots 4n+1) goes through
			// proposeWithBlobs instead, with 1 blob (8n+1) or 6 blobs (8n+5) of data.
			var sidecar *types.BlobTxSidecar
			if h.Number > b.ring && slot%4 == 1 {
				blobs := 1
				if slot%8 == 5 {
					blobs = protocol.MaxBlobsPerTx
				}
				if sidecar, err = protocol.BlobSidecar(make([]byte, protocol.BlobCapacity(blobs)), types.BlobSidecarVersion1); err != nil {
					return result{}, err
				}
				h.TxsHash = protocol.BlobsTxsHash(sidecar.BlobHashes())
			}
			gas, err := b.propose(h, slot, all, sidecar)
			if err != nil {
				return result{}, fmt.Errorf("propose block %d in slot %d: %w", h.Number, slot, err)
			}
			b.headers[h.Number] = h
			lastNumber, parent = h.Number, protocol.HeaderHash(h)
			kind := "quorum"
			if all {
				kind = "all"
			}
			switch {
			case sidecar != nil:
				b.res.add(fmt.Sprintf("proposeWithBlobs, quorum signatures, %d blob(s) (execution gas; blob gas is 131072 per blob)", len(sidecar.Blobs)), gas)
			case epoch == 0 && slot == 1:
				b.res.add("propose, first of epoch 0 (includes setupEpoch), "+kind, gas)
			case h.Number > b.ring:
				b.res.add("propose, "+kind+" signatures", gas)
			default:
				b.res.add("propose, "+kind+" signatures, first use of a ring slot", gas)
			}
		}
	}
	// Stop proving: once the window of the oldest unproven epoch has passed, prune.
	prunable := epochs*b.epochDur + 2*b.epochDur
	if err := b.warpToSlot(prunable); err != nil {
		return result{}, err
	}
	gas, err := b.send(b.r.PackPrune())
	if err != nil {
		return result{}, fmt.Errorf("prune: %w", err)
	}
	b.res.add("prune", gas)
	return b.res, nil
}

func (r *result) add(name string, gas uint64) { r.gas[name] = append(r.gas[name], gas) }

func (b *bench) committee(epoch uint64) ([]common.Address, uint64, error) {
	raw, err := b.c.CallContract(b.ctx, ethereum.CallMsg{To: &b.addr, Data: b.r.PackGetEpochCommittee(new(big.Int).SetUint64(epoch))}, nil)
	if err != nil {
		return nil, 0, err
	}
	members, err := b.r.UnpackGetEpochCommittee(raw)
	return members, epoch, err
}

// propose proposes h in slot with a quorum or all signatures, with calldata, or with sidecar's
// blobs through proposeWithBlobs when it is set.
func (b *bench) propose(h protocol.Header, slot uint64, all bool, sidecar *types.BlobTxSidecar) (uint64, error) {
	if err := b.warpToSlot(slot); err != nil {
		return 0, err
	}
	members, _, err := b.committee(slot / b.epochDur)
	if err != nil {
		return 0, err
	}
	raw, err := b.c.CallContract(b.ctx, ethereum.CallMsg{To: &b.addr, Data: b.r.PackGetProposerAt(new(big.Int).SetUint64(slot))}, nil)
	if err != nil {
		return 0, err
	}
	p, err := b.r.UnpackGetProposerAt(raw)
	if err != nil {
		return 0, err
	}
	need := len(members)
	if !all {
		need = protocol.Quorum(len(members))
	}
	digest := b.domain.AttestationDigest(h)
	pi := int(p.Index.Int64())
	atts := []protocol.Attestation{}
	add := func(i int) error {
		sig, err := protocol.SignDigest(b.keys[members[i]], digest)
		if err != nil {
			return err
		}
		atts = append(atts, protocol.Attestation{Index: i, Signature: sig})
		return nil
	}
	if err := add(pi); err != nil {
		return 0, err
	}
	for i := 0; i < len(members) && len(atts) < need; i++ {
		if i != pi {
			if err := add(i); err != nil {
				return 0, err
			}
		}
	}
	enc, err := protocol.EncodeAttestations(atts)
	if err != nil {
		return 0, err
	}
	if sidecar != nil {
		return b.sendBlobs(b.r.PackProposeWithBlobs(h, enc), sidecar)
	}
	return b.send(b.r.PackPropose(h, nil, enc))
}

// sendBlobs sends data to the rollup in a blob transaction carrying sidecar and returns its gas.
func (b *bench) sendBlobs(data []byte, sidecar *types.BlobTxSidecar) (uint64, error) {
	key := devnet.DevKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	if _, err := b.c.CallContract(b.ctx, ethereum.CallMsg{From: from, To: &b.addr, Data: data, BlobHashes: sidecar.BlobHashes()}, nil); err != nil {
		return 0, fmt.Errorf("simulate: %w", err)
	}
	chainID, err := b.c.ChainID(b.ctx)
	if err != nil {
		return 0, err
	}
	nonce, err := b.c.PendingNonceAt(b.ctx, from)
	if err != nil {
		return 0, err
	}
	head, err := b.c.HeaderByNumber(b.ctx, nil)
	if err != nil {
		return 0, err
	}
	blobFee, err := b.c.BlobBaseFee(b.ctx)
	if err != nil {
		return 0, err
	}
	tip := big.NewInt(1e9)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.BlobTx{
		ChainID: uint256.MustFromBig(chainID), Nonce: nonce, GasTipCap: uint256.MustFromBig(tip),
		GasFeeCap: uint256.MustFromBig(new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(3)), tip)),
		Gas:       10_000_000, To: b.addr, Data: data, BlobFeeCap: uint256.MustFromBig(new(big.Int).Add(new(big.Int).Mul(blobFee, big.NewInt(2)), big.NewInt(1))),
		BlobHashes: sidecar.BlobHashes(), Sidecar: sidecar,
	})
	if err != nil {
		return 0, err
	}
	if err := b.c.SendTransaction(b.ctx, tx); err != nil {
		return 0, fmt.Errorf("send blob tx: %w", err)
	}
	for {
		r, err := b.c.TransactionReceipt(b.ctx, tx.Hash())
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				return 0, errors.New("reverted")
			}
			return r.GasUsed, nil
		}
		if !errors.Is(err, ethereum.NotFound) {
			return 0, err
		}
		select {
		case <-b.ctx.Done():
			return 0, b.ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
}

func (b *bench) prove(epoch, nowSlot uint64, previous common.Hash) (uint64, error) {
	if err := b.warpToSlot(nowSlot); err != nil {
		return 0, err
	}
	var epochHeaders []protocol.Header
	var numbers []uint64
	for num, h := range b.headers {
		if h.Slot/b.epochDur == epoch {
			numbers = append(numbers, num)
		}
	}
	sort.Slice(numbers, func(i, j int) bool { return numbers[i] < numbers[j] })
	for _, num := range numbers {
		epochHeaders = append(epochHeaders, b.headers[num])
	}
	proof, err := protocol.HashChainProof(b.domain, epoch, previous, epochHeaders)
	if err != nil {
		return 0, err
	}
	return b.send(b.r.PackSubmitProof(new(big.Int).SetUint64(epoch), epochHeaders, proof))
}

func (b *bench) send(data []byte) (uint64, error) {
	key := devnet.DevKey()
	// Simulate first: a revert then comes back with its reason instead of a bare failed receipt.
	from := crypto.PubkeyToAddress(key.PublicKey)
	if _, err := b.c.CallContract(b.ctx, ethereum.CallMsg{From: from, To: &b.addr, Data: data}, nil); err != nil {
		return 0, fmt.Errorf("simulate: %w", err)
	}
	r, err := devnet.Send(b.ctx, b.c, key, b.addr, data, 10_000_000)
	if err != nil {
		return 0, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return 0, errors.New("reverted")
	}
	return r.GasUsed, nil
}

func median(v []uint64) uint64 {
	s := append([]uint64(nil), v...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}

func render(results []result) string {
	var names []string
	seen := map[string]bool{}
	for _, r := range results {
		for name := range r.gas {
			if !seen[name] {
				seen[name] = true
				names = append(names, name)
			}
		}
	}
	sort.Strings(names)
	var sb strings.Builder
	sb.WriteString("| transaction (median gasUsed, whole transaction) |")
	for _, r := range results {
		fmt.Fprintf(&sb, " committee %d (quorum %d) |", r.committee, r.quorum)
	}
	sb.WriteString("\n|---|")
	for range results {
		sb.WriteString("---:|")
	}
	sb.WriteString("\n")
	for _, name := range names {
		fmt.Fprintf(&sb, "| %s |", name)
		for _, r := range results {
			if v, ok := r.gas[name]; ok {
				fmt.Fprintf(&sb, " %d (n=%d) |", median(v), len(v))
			} else {
				sb.WriteString(" - |")
			}
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func splice(path, table string) error {
	body, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	s := string(body)
	i, j := strings.Index(s, beginMarker), strings.Index(s, endMarker)
	if i < 0 || j < i {
		return fmt.Errorf("%s lacks the markers %s ... %s", path, beginMarker, endMarker)
	}
	s = s[:i+len(beginMarker)] + "\n" + table + s[j:]
	return os.WriteFile(path, []byte(s), 0o644)
}
