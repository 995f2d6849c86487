package protocol

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sptn/sptn/bindings/rollup"
)

// Header is an L2 block header, the same struct the rollup contract takes.
type Header = rollup.Header

var (
	// HeaderTypeHash is the EIP-712 type hash of Header (HeaderLib.HEADER_TYPEHASH).
	HeaderTypeHash = crypto.Keccak256Hash([]byte("Header(uint64 number,uint64 slot,bytes32 parentHash," +
		"bytes32 txsHash,bytes32 stateRoot,bytes32 inboxHash,uint128 feePerDaGas,uint128 feePerL2Gas,address coinbase)"))
	domainTypeHash = crypto.Keccak256Hash([]byte(
		"EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	domainName    = crypto.Keccak256Hash([]byte("SPTN Rollup"))
	domainVersion = crypto.Keccak256Hash([]byte("1"))
	// EmptyTxsHash is the txsHash of a calldata block with no transaction data.
	EmptyTxsHash = CalldataTxsHash(nil)
)

// word left-pads b into a 32-byte ABI word.
func word(b []byte) []byte { return common.LeftPadBytes(b, 32) }

func u64(v uint64) []byte { return word(new(big.Int).SetUint64(v).Bytes()) }

func bigWord(v *big.Int) []byte {
	if v == nil {
		return make([]byte, 32)
	}
	return word(v.Bytes())
}

// HeaderHash is the EIP-712 struct hash of h: what blocks link by (HeaderLib.hash).
func HeaderHash(h Header) common.Hash {
	return crypto.Keccak256Hash(
		HeaderTypeHash[:],
		u64(h.Number),
		u64(h.Slot),
		h.ParentHash[:],
		h.TxsHash[:],
		h.StateRoot[:],
		h.InboxHash[:],
		bigWord(h.FeePerDaGas),
		bigWord(h.FeePerL2Gas),
		word(h.Coinbase[:]),
	)
}

// Domain is the EIP-712 domain of one rollup: attestations signed in it are valid on that
// rollup on that chain only.
type Domain struct {
	ChainID *big.Int
	Rollup  common.Address
}

// Separator is the EIP-712 domain separator.
func (d Domain) Separator() common.Hash {
	return crypto.Keccak256Hash(domainTypeHash[:], domainName[:], domainVersion[:],
		bigWord(d.ChainID), word(d.Rollup[:]))
}

// AttestationDigest is what committee members sign for h (Rollup.attestationDigest).
func (d Domain) AttestationDigest(h Header) common.Hash {
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, d.Separator().Bytes(), HeaderHash(h).Bytes())
}
