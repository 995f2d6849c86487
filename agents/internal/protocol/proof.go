package protocol

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sptn/sptn/bindings/rollup"
)

// PublicInputsHash is the statement a proof of blocks [start, end] of epoch must prove
// (Rollup._publicInputs).
func PublicInputsHash(d Domain, epoch, start, end uint64, previous common.Hash, hashes []common.Hash) common.Hash {
	packed := make([]byte, 0, 32*len(hashes))
	for _, h := range hashes {
		packed = append(packed, h[:]...)
	}
	return crypto.Keccak256Hash(
		bigWord(d.ChainID), word(d.Rollup[:]), u64(epoch), u64(start), u64(end), previous[:],
		crypto.Keccak256(packed),
	)
}

var hashChainProofArgs = func() abi.Arguments {
	headerType, err := abi.NewType("tuple[]", "", []abi.ArgumentMarshaling{
		{Name: "number", Type: "uint64"}, {Name: "slot", Type: "uint64"},
		{Name: "parentHash", Type: "bytes32"}, {Name: "txsHash", Type: "bytes32"},
		{Name: "stateRoot", Type: "bytes32"}, {Name: "inboxHash", Type: "bytes32"},
		{Name: "feePerDaGas", Type: "uint128"}, {Name: "feePerL2Gas", Type: "uint128"},
		{Name: "coinbase", Type: "address"},
	})
	if err != nil {
		panic(err) // a constant type: a broken invariant, not a runtime condition
	}
	mustType := func(s string) abi.Type {
		t, err := abi.NewType(s, "", nil)
		if err != nil {
			panic(err)
		}
		return t
	}
	return abi.Arguments{
		{Type: mustType("uint256")}, {Type: mustType("address")}, {Type: mustType("uint256")},
		{Type: mustType("bytes32")}, {Type: headerType},
	}
}()

// HashChainProof encodes the testnet HashChainVerifier's proof of an epoch's headers: the headers
// themselves, with the statement's chain id, rollup, epoch and previous header hash. It is not a
// validity proof (see contracts/rollup/HashChainVerifier.sol).
func HashChainProof(d Domain, epoch uint64, previous common.Hash, headers []Header) ([]byte, error) {
	out, err := hashChainProofArgs.Pack(d.ChainID, d.Rollup, new(big.Int).SetUint64(epoch), previous,
		[]rollup.Header(headers))
	if err != nil {
		return nil, fmt.Errorf("encode proof: %w", err)
	}
	return out, nil
}
