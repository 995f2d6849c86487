package protocol

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

var (
	// StakeAuthorizationTypeHash is the EIP-712 type hash of an attester's authorisation of a
	// stake (Staking.STAKE_AUTHORIZATION_TYPEHASH).
	StakeAuthorizationTypeHash = crypto.Keccak256Hash([]byte(
		"StakeAuthorization(address attester,address withdrawer,uint256 nonce,uint256 deadline)"))
	stakingDomainName = crypto.Keccak256Hash([]byte("SPTN Staking"))
)

// StakeAuthorization is an attester's consent to a stake opened for it under Withdrawer: only
// the attester may choose who can exit and withdraw its stake (Staking.stakeWithAuthorization).
type StakeAuthorization struct {
	ChainID    *big.Int
	Staking    common.Address
	Attester   common.Address
	Withdrawer common.Address
	// Nonce is Staking.nonces(attester) when the authorisation is used; it is used up.
	Nonce *big.Int
	// Deadline is the last L1 timestamp at which it may be used.
	Deadline *big.Int
}

// Digest is what the attester signs (Staking.stakeAuthorizationDigest): the EIP-712 digest in
// the Staking contract's domain ("SPTN Staking", "1", chain id, Staking's address), so that it
// is valid for that contract on that chain only.
func (a StakeAuthorization) Digest() common.Hash {
	separator := crypto.Keccak256Hash(domainTypeHash[:], stakingDomainName[:], domainVersion[:],
		bigWord(a.ChainID), word(a.Staking[:]))
	structHash := crypto.Keccak256Hash(StakeAuthorizationTypeHash[:], word(a.Attester[:]), word(a.Withdrawer[:]),
		bigWord(a.Nonce), bigWord(a.Deadline))
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, separator[:], structHash[:])
}
