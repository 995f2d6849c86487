package protocol

import (
	"errors"
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

// ErrNotAProofCall is calldata that is not a call of the rollup's submitProof.
var ErrNotAProofCall = errors.New("protocol: not a submitProof call")

// ProofCall is a decoded submitProof(epoch, headers, proof) call.
type ProofCall struct {
	Epoch   uint64
	Headers []Header
	Proof   []byte
}

// DecodeProofCall decodes the calldata of the rollup's submitProof.
func DecodeProofCall(data []byte) (*ProofCall, error) {
	m, ok := rollupABI.Methods["submitProof"]
	if len(data) < 4 || !ok || string(data[:4]) != string(m.ID) {
		return nil, ErrNotAProofCall
	}
	args, err := m.Inputs.Unpack(data[4:])
	if err != nil {
		return nil, fmt.Errorf("decode submitProof calldata: %w", err)
	}
	if len(args) != 3 {
		return nil, fmt.Errorf("decode submitProof calldata: %d arguments, want 3", len(args))
	}
	epoch, ok := args[0].(*big.Int)
	if !ok || !epoch.IsUint64() {
		return nil, fmt.Errorf("decode submitProof calldata: epoch %v", args[0])
	}
	headers, ok := abi.ConvertType(args[1], new([]rollup.Header)).(*[]rollup.Header)
	if !ok {
		return nil, fmt.Errorf("decode submitProof calldata: headers have type %T", args[1])
	}
	proof, ok := args[2].([]byte)
	if !ok {
		return nil, fmt.Errorf("decode submitProof calldata: proof has type %T", args[2])
	}
	return &ProofCall{Epoch: epoch.Uint64(), Headers: *headers, Proof: proof}, nil
}

// VerifyHashChain is the testnet HashChainVerifier's verify in Go: whether proof (HashChainProof's
// encoding) proves the statement pi (PublicInputsHash): its headers form one parent-linked chain
// of consecutive numbers and increasing slots from its previous header hash, and its chain id,
// rollup, epoch, range and header hashes are the statement's.
func VerifyHashChain(pi common.Hash, proof []byte) bool {
	args, err := hashChainProofArgs.Unpack(proof)
	if err != nil || len(args) != 5 {
		return false
	}
	chainID, ok1 := args[0].(*big.Int)
	rollupAddr, ok2 := args[1].(common.Address)
	epoch, ok3 := args[2].(*big.Int)
	previous, ok4 := args[3].([32]byte)
	headers, ok5 := abi.ConvertType(args[4], new([]rollup.Header)).(*[]rollup.Header)
	if !ok1 || !ok2 || !ok3 || !ok4 || !ok5 || len(*headers) == 0 || !epoch.IsUint64() {
		return false
	}
	hs := *headers
	hashes := make([]common.Hash, len(hs))
	parent := common.Hash(previous)
	for i, h := range hs {
		if h.ParentHash != parent {
			return false
		}
		if i > 0 && (h.Number != hs[i-1].Number+1 || h.Slot <= hs[i-1].Slot) {
			return false
		}
		parent = HeaderHash(h)
		hashes[i] = parent
	}
	d := Domain{ChainID: chainID, Rollup: rollupAddr}
	return PublicInputsHash(d, epoch.Uint64(), hs[0].Number, hs[len(hs)-1].Number, previous, hashes) == pi
}
