package gov

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/bindings/staking"
)

// ErrAlreadyStaked is an authorisation for an attester that has a stake: top-ups need none,
// and its withdrawer was chosen when the stake was opened.
var ErrAlreadyStaked = errors.New("gov: the attester already has a stake")

// Chain reads contracts and the head; *l1.Client implements it.
type Chain interface {
	Caller
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// DigestSigner is the attester's key; *keys.KeystoreSigner implements it.
type DigestSigner interface {
	Address() common.Address
	SignDigest(ctx context.Context, digest [32]byte) ([]byte, error)
}

// StakeAuthorization is a signed authorisation, ready for Staking.stakeWithAuthorization.
type StakeAuthorization struct {
	protocol.StakeAuthorization
	Signature hexutil.Bytes
}

// AuthorizeStake signs, with the attester's key, the EIP-712 authorisation that lets a funder
// open the attester's stake under withdrawer (only the attester may choose who can exit its
// stake). The digest is computed here, not read from L1, so that an RPC cannot make the key
// sign another withdrawer; the nonce is the Staking's next one for the attester and the
// deadline is validFor after the L1 head.
func AuthorizeStake(ctx context.Context, c Chain, chainID *big.Int, stakingAddr common.Address, signer DigestSigner,
	withdrawer common.Address, validFor time.Duration) (StakeAuthorization, error) {
	if withdrawer == (common.Address{}) {
		return StakeAuthorization{}, errors.New("gov: the withdrawer is the zero address")
	}
	st := staking.NewStaking()
	attester := signer.Address()
	read := func(data []byte) ([]byte, error) {
		return c.CallContract(ctx, ethereum.CallMsg{To: &stakingAddr, Data: data}, nil)
	}
	raw, err := read(st.PackGetStake(attester))
	if err != nil {
		return StakeAuthorization{}, fmt.Errorf("read the stake of %s: %w", attester, err)
	}
	info, err := st.UnpackGetStake(raw)
	if err != nil {
		return StakeAuthorization{}, fmt.Errorf("read the stake of %s: %w", attester, err)
	}
	if info.Status != 0 {
		return StakeAuthorization{}, fmt.Errorf("%w: %s (withdrawer %s)", ErrAlreadyStaked, attester, info.Withdrawer)
	}
	raw, err = read(st.PackNonces(attester))
	if err != nil {
		return StakeAuthorization{}, fmt.Errorf("read the nonce of %s: %w", attester, err)
	}
	nonce, err := st.UnpackNonces(raw)
	if err != nil {
		return StakeAuthorization{}, fmt.Errorf("read the nonce of %s: %w", attester, err)
	}
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return StakeAuthorization{}, fmt.Errorf("read the L1 head: %w", err)
	}
	a := StakeAuthorization{StakeAuthorization: protocol.StakeAuthorization{
		ChainID: chainID, Staking: stakingAddr, Attester: attester, Withdrawer: withdrawer, Nonce: nonce,
		Deadline: new(big.Int).SetUint64(head.Time + uint64(validFor/time.Second)),
	}}
	sig, err := signer.SignDigest(ctx, a.Digest())
	if err != nil {
		return StakeAuthorization{}, fmt.Errorf("sign the authorisation: %w", err)
	}
	a.Signature = sig
	return a, nil
}
