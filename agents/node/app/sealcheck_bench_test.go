package app

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/internal/store"
)

// BenchmarkExecutesOnTip is what the driver's check of its own seal (App.ExecutesOnTip) costs in
// the proposer's slot: a seal as full as the default genesis params allow, in calldata
// (120,000 bytes) and in six blobs (4,000 transactions). A blob seal's proofs are checked once
// and kept (blobHashCache), so each iteration after the first pays only execution, as the
// proposal steps that follow on this node do; "blobs-first" pays the proofs every time.
func BenchmarkExecutesOnTip(b *testing.B) {
	for _, tc := range []struct {
		name    string
		blobs   bool
		payload int
		cached  bool
	}{
		{"calldata", false, 120, true},
		{"blobs", true, 160, true},
		{"blobs-first", true, 160, false},
	} {
		b.Run(tc.name, func(b *testing.B) {
			a, raw := fullSeal(b, tc.blobs, tc.payload)
			b.ResetTimer()
			for range b.N {
				if !tc.cached {
					a.exec.blobs = &blobHashCache{}
				}
				if err := a.ExecutesOnTip(raw); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// fullSeal is an application with one committee member and a pool as large as a seal takes, and
// that member's seal of it.
func fullSeal(b *testing.B, blobs bool, payload int) (*App, []byte) {
	key, err := crypto.GenerateKey()
	if err != nil {
		b.Fatal(err)
	}
	me := crypto.PubkeyToAddress(key.PublicKey)
	d := protocol.Domain{ChainID: big.NewInt(1), Rollup: common.Address{9}}
	a, err := New(Config{Domain: d, GenesisTime: 1000, SlotDuration: 4, EpochDuration: 1000}, store.OpenMemory())
	if err != nil {
		b.Fatal(err)
	}
	p := DefaultParams()
	state, err := json.Marshal(GenesisState{Params: &p})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	if _, err := a.InitChain(ctx, &abci.RequestInitChain{AppStateBytes: state}); err != nil {
		b.Fatal(err)
	}
	height := int64(0)
	finalize := func(txs ...[]byte) {
		height++
		res, err := a.FinalizeBlock(ctx, &abci.RequestFinalizeBlock{Txs: txs, Height: height})
		if err != nil {
			b.Fatal(err)
		}
		for _, r := range res.TxResults {
			if r.Code != 0 {
				b.Fatal(r.Log)
			}
		}
		if _, err := a.Commit(ctx, &abci.RequestCommit{}); err != nil {
			b.Fatal(err)
		}
	}
	c, err := EncodeJSON(KindCommittee, Committee{Epoch: 0, Members: []common.Address{me}})
	if err != nil {
		b.Fatal(err)
	}
	finalize(c)
	var users [][]byte
	for i := range p.MaxBlockTxs {
		pl := make([]byte, payload)
		copy(pl, fmt.Sprintf("transaction %d", i))
		users = append(users, UserTx{MaxFeePerDaGas: big.NewInt(1), MaxFeePerL2Gas: big.NewInt(1), Payload: pl}.Encode())
	}
	finalize(users...)
	txs, err := a.Pool(big.NewInt(1), big.NewInt(1), p.MaxBlockBytes(blobs))
	if err != nil {
		b.Fatal(err)
	}
	one := (*hexutil.Big)(big.NewInt(1))
	s := Seal{Slot: 3, Number: 5, Parent: common.Hash{4}, FeePerDaGas: one, FeePerL2Gas: one, Coinbase: me, Proposer: me,
		Txs: txs, Blobs: blobs}
	size := 0
	if blobs {
		raws, err := a.TxsData(&Block{Txs: txs})
		if err != nil {
			b.Fatal(err)
		}
		data := EncodeTxsData(raws)
		size = len(data)
		if _, s.BlobProofs, err = protocol.ProveBlobData(data); err != nil {
			b.Fatal(err)
		}
	}
	sig, err := protocol.SignDigest(key, s.Digest(d))
	if err != nil {
		b.Fatal(err)
	}
	s.Signature = sig[:]
	raw, err := EncodeJSON(KindSeal, s)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("seal of %d transactions, %d bytes of data, blobs %t (%d), %d bytes encoded", len(txs), size, blobs, len(s.BlobProofs), len(raw))
	return a, raw
}
