// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package sptnerrors

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// ErrorsLibMetaData contains all meta data concerning the ErrorsLib contract.
var ErrorsLibMetaData = bind.MetaData{
	ABI: "[{\"type\":\"error\",\"name\":\"CodeStore__DeployFailed\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"HeaderLib__FieldOutOfRange\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Registry__AlreadyCanonical\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Registry__EmptyName\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Registry__NoCanonical\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Registry__NoSuchChange\",\"inputs\":[{\"name\":\"n\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Registry__RenounceDisabled\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Registry__UnknownVersion\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Registry__ZeroAddress\",\"inputs\":[{\"name\":\"field\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"RewardPool__NotRollup\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"rollup\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"RewardPool__RenounceDisabled\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"RewardPool__SameRollup\",\"inputs\":[{\"name\":\"rollup\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"RewardPool__ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Rollup__AttestationIndexOutOfRange\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"committeeSize\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__AttestationsMalformed\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__AttesterMismatch\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"expected\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"recovered\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Rollup__BeforeGenesis\",\"inputs\":[{\"name\":\"timestamp\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"genesisTime\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__BlobHashMismatch\",\"inputs\":[{\"name\":\"expected\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"got\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"Rollup__BlockNotAvailable\",\"inputs\":[{\"name\":\"number\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__CommitteeNotFinal\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"currentEpoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__DuplicateOrUnsortedAttestation\",\"inputs\":[{\"name\":\"previousIndex\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__EmptyCommittee\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__EpochNotComplete\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"currentEpoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__FallbackNotActive\",\"inputs\":[{\"name\":\"slot\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"activeFromSlot\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__InsufficientAttestations\",\"inputs\":[{\"name\":\"have\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"need\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__InvalidParam\",\"inputs\":[{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__InvalidProof\",\"inputs\":[{\"name\":\"publicInputsHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"Rollup__InvalidSignature\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__NoBlobs\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Rollup__NoRewards\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Rollup__NotPrunable\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"prunableFromEpoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__NothingToProve\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Rollup__ProofEmpty\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__ProofEpochMismatch\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"blockNumber\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"blockEpoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__ProofHeaderMismatch\",\"inputs\":[{\"name\":\"number\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"stored\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"given\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"Rollup__ProofIncomplete\",\"inputs\":[{\"name\":\"lastNumber\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"assuredNumber\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__ProofRangeMismatch\",\"inputs\":[{\"name\":\"expectedStart\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"start\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__ProofWindowClosed\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadlineEpoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__ProposerAttestationMissing\",\"inputs\":[{\"name\":\"slot\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"proposer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Rollup__RenounceDisabled\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Rollup__SignatureMalleable\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"Rollup__SlotNotAfterTip\",\"inputs\":[{\"name\":\"slot\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"tipSlot\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__TooManyUnprovenBlocks\",\"inputs\":[{\"name\":\"number\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"provenNumber\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__TxsHashMismatch\",\"inputs\":[{\"name\":\"expected\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"got\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"Rollup__WrongBlockNumber\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"got\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__WrongParent\",\"inputs\":[{\"name\":\"expected\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"got\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"Rollup__WrongSlot\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"got\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Slasher__AlreadyVoted\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Slasher__BondSettled\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Slasher__EpochNotPruned\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Slasher__EpochRangeNotOver\",\"inputs\":[{\"name\":\"lastEpoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"currentEpoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Slasher__EpochRangeTooOld\",\"inputs\":[{\"name\":\"lastEpoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"currentEpoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxAge\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Slasher__EquivocationAlreadySlashed\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"slot\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Slasher__EvidenceInUse\",\"inputs\":[{\"name\":\"key\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"validator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Slasher__ExitDelayTooShort\",\"inputs\":[{\"name\":\"exitDelay\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minimum\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Slasher__InvalidEpochRange\",\"inputs\":[{\"name\":\"firstEpoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"lastEpoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Slasher__InvalidParam\",\"inputs\":[{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Slasher__InvalidSignature\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Slasher__InvalidSignatureLength\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Slasher__NoRecord\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Slasher__NoSupply\",\"inputs\":[{\"name\":\"timepoint\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Slasher__NoValidators\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Slasher__NoVotingPower\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Slasher__NotInCommittee\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Slasher__NotInCommitteeOfRange\",\"inputs\":[{\"name\":\"firstEpoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"lastEpoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Slasher__NothingToSlash\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Slasher__RenounceDisabled\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Slasher__SameHeader\",\"inputs\":[{\"name\":\"headerHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"Slasher__SignatureMalleable\",\"inputs\":[{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"Slasher__SignerMismatch\",\"inputs\":[{\"name\":\"expected\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"recovered\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Slasher__SlotMismatch\",\"inputs\":[{\"name\":\"slot1\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"slot2\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Slasher__TooManyValidators\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Slasher__UnexpectedState\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"state\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"Slasher__UnknownProposal\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Slasher__ValidatorsMismatch\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Slasher__ValidatorsNotSorted\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Slasher__ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SptnGovernance__ExitDelayTooShort\",\"inputs\":[{\"name\":\"exitDelay\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minimum\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SptnGovernance__NoRollup\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SptnGovernance__NoSlasher\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SptnGovernance__RenounceDisabled\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SptnGovernance__ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Staking__AlreadyActive\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__AuthorizationExpired\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"now_\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Staking__EmptySlash\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__ExitDelayBelowSlasherMinimum\",\"inputs\":[{\"name\":\"exitDelay\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minimum\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Staking__ExitDelayNotPassed\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"now_\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"exitableAt\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Staking__ExitDelayTooLong\",\"inputs\":[{\"name\":\"exitDelay\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Staking__Exiting\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__IndexOutOfBounds\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"size\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Staking__InsufficientStake\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"stake\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minimum\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Staking__InvalidAuthorization\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__LockTooLong\",\"inputs\":[{\"name\":\"until\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Staking__Locked\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"lockedUntil\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Staking__NoPendingSlasher\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Staking__NoStake\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__NotActive\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__NotAuthorizedByAttester\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__NotExiting\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__NotSlasher\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"slasher\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__NotWithdrawer\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"withdrawer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__RenounceDisabled\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Staking__SlasherAlreadyNamed\",\"inputs\":[{\"name\":\"slasher\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__SlasherChangePending\",\"inputs\":[{\"name\":\"activatesAt\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Staking__SlasherNotDue\",\"inputs\":[{\"name\":\"now_\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"activatesAt\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Staking__SlasherNotNamed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Staking__SlasherStatesNoExitDelay\",\"inputs\":[{\"name\":\"slasher\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__TokenMismatch\",\"inputs\":[{\"name\":\"poolToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__WithdrawerMismatch\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"withdrawer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"given\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Staking__ZeroAmount\",\"inputs\":[]}]",
	ID:  "ErrorsLib",
}

// ErrorsLib is an auto generated Go binding around an Ethereum contract.
type ErrorsLib struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ErrorsLib) GetABI() abi.ABI {
	return c.abi
}

// NewErrorsLib creates a new instance of ErrorsLib.
func NewErrorsLib() *ErrorsLib {
	parsed, err := ErrorsLibMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ErrorsLib{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ErrorsLib) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (errorsLib *ErrorsLib) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["CodeStore__DeployFailed"].ID.Bytes()[:4]) {
		return errorsLib.UnpackCodeStoreDeployFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["HeaderLib__FieldOutOfRange"].ID.Bytes()[:4]) {
		return errorsLib.UnpackHeaderLibFieldOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Registry__AlreadyCanonical"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRegistryAlreadyCanonicalError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Registry__EmptyName"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRegistryEmptyNameError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Registry__NoCanonical"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRegistryNoCanonicalError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Registry__NoSuchChange"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRegistryNoSuchChangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Registry__RenounceDisabled"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRegistryRenounceDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Registry__UnknownVersion"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRegistryUnknownVersionError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Registry__ZeroAddress"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRegistryZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["RewardPool__NotRollup"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRewardPoolNotRollupError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["RewardPool__RenounceDisabled"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRewardPoolRenounceDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["RewardPool__SameRollup"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRewardPoolSameRollupError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["RewardPool__ZeroAddress"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRewardPoolZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Rollup__AttestationIndexOutOfRange"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRollupAttestationIndexOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Rollup__AttestationsMalformed"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRollupAttestationsMalformedError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Rollup__AttesterMismatch"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRollupAttesterMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Rollup__BeforeGenesis"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRollupBeforeGenesisError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Rollup__BlobHashMismatch"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRollupBlobHashMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Rollup__BlockNotAvailable"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRollupBlockNotAvailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Rollup__CommitteeNotFinal"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRollupCommitteeNotFinalError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Rollup__DuplicateOrUnsortedAttestation"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRollupDuplicateOrUnsortedAttestationError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Rollup__EmptyCommittee"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRollupEmptyCommitteeError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Rollup__EpochNotComplete"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRollupEpochNotCompleteError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Rollup__FallbackNotActive"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRollupFallbackNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Rollup__InsufficientAttestations"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRollupInsufficientAttestationsError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Rollup__InvalidParam"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRollupInvalidParamError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Rollup__InvalidProof"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRollupInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Rollup__InvalidSignature"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRollupInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Rollup__NoBlobs"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRollupNoBlobsError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Rollup__NoRewards"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRollupNoRewardsError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Rollup__NotPrunable"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRollupNotPrunableError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Rollup__NothingToProve"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRollupNothingToProveError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Rollup__ProofEmpty"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRollupProofEmptyError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Rollup__ProofEpochMismatch"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRollupProofEpochMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Rollup__ProofHeaderMismatch"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRollupProofHeaderMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Rollup__ProofIncomplete"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRollupProofIncompleteError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Rollup__ProofRangeMismatch"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRollupProofRangeMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Rollup__ProofWindowClosed"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRollupProofWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Rollup__ProposerAttestationMissing"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRollupProposerAttestationMissingError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Rollup__RenounceDisabled"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRollupRenounceDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Rollup__SignatureMalleable"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRollupSignatureMalleableError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Rollup__SlotNotAfterTip"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRollupSlotNotAfterTipError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Rollup__TooManyUnprovenBlocks"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRollupTooManyUnprovenBlocksError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Rollup__TxsHashMismatch"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRollupTxsHashMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Rollup__WrongBlockNumber"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRollupWrongBlockNumberError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Rollup__WrongParent"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRollupWrongParentError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Rollup__WrongSlot"].ID.Bytes()[:4]) {
		return errorsLib.UnpackRollupWrongSlotError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Slasher__AlreadyVoted"].ID.Bytes()[:4]) {
		return errorsLib.UnpackSlasherAlreadyVotedError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Slasher__BondSettled"].ID.Bytes()[:4]) {
		return errorsLib.UnpackSlasherBondSettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Slasher__EpochNotPruned"].ID.Bytes()[:4]) {
		return errorsLib.UnpackSlasherEpochNotPrunedError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Slasher__EpochRangeNotOver"].ID.Bytes()[:4]) {
		return errorsLib.UnpackSlasherEpochRangeNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Slasher__EpochRangeTooOld"].ID.Bytes()[:4]) {
		return errorsLib.UnpackSlasherEpochRangeTooOldError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Slasher__EquivocationAlreadySlashed"].ID.Bytes()[:4]) {
		return errorsLib.UnpackSlasherEquivocationAlreadySlashedError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Slasher__EvidenceInUse"].ID.Bytes()[:4]) {
		return errorsLib.UnpackSlasherEvidenceInUseError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Slasher__ExitDelayTooShort"].ID.Bytes()[:4]) {
		return errorsLib.UnpackSlasherExitDelayTooShortError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Slasher__InvalidEpochRange"].ID.Bytes()[:4]) {
		return errorsLib.UnpackSlasherInvalidEpochRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Slasher__InvalidParam"].ID.Bytes()[:4]) {
		return errorsLib.UnpackSlasherInvalidParamError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Slasher__InvalidSignature"].ID.Bytes()[:4]) {
		return errorsLib.UnpackSlasherInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Slasher__InvalidSignatureLength"].ID.Bytes()[:4]) {
		return errorsLib.UnpackSlasherInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Slasher__NoRecord"].ID.Bytes()[:4]) {
		return errorsLib.UnpackSlasherNoRecordError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Slasher__NoSupply"].ID.Bytes()[:4]) {
		return errorsLib.UnpackSlasherNoSupplyError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Slasher__NoValidators"].ID.Bytes()[:4]) {
		return errorsLib.UnpackSlasherNoValidatorsError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Slasher__NoVotingPower"].ID.Bytes()[:4]) {
		return errorsLib.UnpackSlasherNoVotingPowerError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Slasher__NotInCommittee"].ID.Bytes()[:4]) {
		return errorsLib.UnpackSlasherNotInCommitteeError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Slasher__NotInCommitteeOfRange"].ID.Bytes()[:4]) {
		return errorsLib.UnpackSlasherNotInCommitteeOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Slasher__NothingToSlash"].ID.Bytes()[:4]) {
		return errorsLib.UnpackSlasherNothingToSlashError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Slasher__RenounceDisabled"].ID.Bytes()[:4]) {
		return errorsLib.UnpackSlasherRenounceDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Slasher__SameHeader"].ID.Bytes()[:4]) {
		return errorsLib.UnpackSlasherSameHeaderError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Slasher__SignatureMalleable"].ID.Bytes()[:4]) {
		return errorsLib.UnpackSlasherSignatureMalleableError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Slasher__SignerMismatch"].ID.Bytes()[:4]) {
		return errorsLib.UnpackSlasherSignerMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Slasher__SlotMismatch"].ID.Bytes()[:4]) {
		return errorsLib.UnpackSlasherSlotMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Slasher__TooManyValidators"].ID.Bytes()[:4]) {
		return errorsLib.UnpackSlasherTooManyValidatorsError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Slasher__UnexpectedState"].ID.Bytes()[:4]) {
		return errorsLib.UnpackSlasherUnexpectedStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Slasher__UnknownProposal"].ID.Bytes()[:4]) {
		return errorsLib.UnpackSlasherUnknownProposalError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Slasher__ValidatorsMismatch"].ID.Bytes()[:4]) {
		return errorsLib.UnpackSlasherValidatorsMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Slasher__ValidatorsNotSorted"].ID.Bytes()[:4]) {
		return errorsLib.UnpackSlasherValidatorsNotSortedError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Slasher__ZeroAddress"].ID.Bytes()[:4]) {
		return errorsLib.UnpackSlasherZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["SptnGovernance__ExitDelayTooShort"].ID.Bytes()[:4]) {
		return errorsLib.UnpackSptnGovernanceExitDelayTooShortError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["SptnGovernance__NoRollup"].ID.Bytes()[:4]) {
		return errorsLib.UnpackSptnGovernanceNoRollupError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["SptnGovernance__NoSlasher"].ID.Bytes()[:4]) {
		return errorsLib.UnpackSptnGovernanceNoSlasherError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["SptnGovernance__RenounceDisabled"].ID.Bytes()[:4]) {
		return errorsLib.UnpackSptnGovernanceRenounceDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["SptnGovernance__ZeroAddress"].ID.Bytes()[:4]) {
		return errorsLib.UnpackSptnGovernanceZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Staking__AlreadyActive"].ID.Bytes()[:4]) {
		return errorsLib.UnpackStakingAlreadyActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Staking__AuthorizationExpired"].ID.Bytes()[:4]) {
		return errorsLib.UnpackStakingAuthorizationExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Staking__EmptySlash"].ID.Bytes()[:4]) {
		return errorsLib.UnpackStakingEmptySlashError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Staking__ExitDelayBelowSlasherMinimum"].ID.Bytes()[:4]) {
		return errorsLib.UnpackStakingExitDelayBelowSlasherMinimumError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Staking__ExitDelayNotPassed"].ID.Bytes()[:4]) {
		return errorsLib.UnpackStakingExitDelayNotPassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Staking__ExitDelayTooLong"].ID.Bytes()[:4]) {
		return errorsLib.UnpackStakingExitDelayTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Staking__Exiting"].ID.Bytes()[:4]) {
		return errorsLib.UnpackStakingExitingError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Staking__IndexOutOfBounds"].ID.Bytes()[:4]) {
		return errorsLib.UnpackStakingIndexOutOfBoundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Staking__InsufficientStake"].ID.Bytes()[:4]) {
		return errorsLib.UnpackStakingInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Staking__InvalidAuthorization"].ID.Bytes()[:4]) {
		return errorsLib.UnpackStakingInvalidAuthorizationError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Staking__LockTooLong"].ID.Bytes()[:4]) {
		return errorsLib.UnpackStakingLockTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Staking__Locked"].ID.Bytes()[:4]) {
		return errorsLib.UnpackStakingLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Staking__NoPendingSlasher"].ID.Bytes()[:4]) {
		return errorsLib.UnpackStakingNoPendingSlasherError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Staking__NoStake"].ID.Bytes()[:4]) {
		return errorsLib.UnpackStakingNoStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Staking__NotActive"].ID.Bytes()[:4]) {
		return errorsLib.UnpackStakingNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Staking__NotAuthorizedByAttester"].ID.Bytes()[:4]) {
		return errorsLib.UnpackStakingNotAuthorizedByAttesterError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Staking__NotExiting"].ID.Bytes()[:4]) {
		return errorsLib.UnpackStakingNotExitingError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Staking__NotSlasher"].ID.Bytes()[:4]) {
		return errorsLib.UnpackStakingNotSlasherError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Staking__NotWithdrawer"].ID.Bytes()[:4]) {
		return errorsLib.UnpackStakingNotWithdrawerError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Staking__RenounceDisabled"].ID.Bytes()[:4]) {
		return errorsLib.UnpackStakingRenounceDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Staking__SlasherAlreadyNamed"].ID.Bytes()[:4]) {
		return errorsLib.UnpackStakingSlasherAlreadyNamedError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Staking__SlasherChangePending"].ID.Bytes()[:4]) {
		return errorsLib.UnpackStakingSlasherChangePendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Staking__SlasherNotDue"].ID.Bytes()[:4]) {
		return errorsLib.UnpackStakingSlasherNotDueError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Staking__SlasherNotNamed"].ID.Bytes()[:4]) {
		return errorsLib.UnpackStakingSlasherNotNamedError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Staking__SlasherStatesNoExitDelay"].ID.Bytes()[:4]) {
		return errorsLib.UnpackStakingSlasherStatesNoExitDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Staking__TokenMismatch"].ID.Bytes()[:4]) {
		return errorsLib.UnpackStakingTokenMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Staking__WithdrawerMismatch"].ID.Bytes()[:4]) {
		return errorsLib.UnpackStakingWithdrawerMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Staking__ZeroAddress"].ID.Bytes()[:4]) {
		return errorsLib.UnpackStakingZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], errorsLib.abi.Errors["Staking__ZeroAmount"].ID.Bytes()[:4]) {
		return errorsLib.UnpackStakingZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ErrorsLibCodeStoreDeployFailed represents a CodeStore__DeployFailed error raised by the ErrorsLib contract.
type ErrorsLibCodeStoreDeployFailed struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CodeStore__DeployFailed(uint256 length)
func ErrorsLibCodeStoreDeployFailedErrorID() common.Hash {
	return common.HexToHash("0xc09acc49ffaba421b0adec812a367e86fed9ff504c21023d42e59d9cac96fe2e")
}

// UnpackCodeStoreDeployFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CodeStore__DeployFailed(uint256 length)
func (errorsLib *ErrorsLib) UnpackCodeStoreDeployFailedError(raw []byte) (*ErrorsLibCodeStoreDeployFailed, error) {
	out := new(ErrorsLibCodeStoreDeployFailed)
	if err := errorsLib.abi.UnpackIntoInterface(out, "CodeStore__DeployFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibHeaderLibFieldOutOfRange represents a HeaderLib__FieldOutOfRange error raised by the ErrorsLib contract.
type ErrorsLibHeaderLibFieldOutOfRange struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HeaderLib__FieldOutOfRange()
func ErrorsLibHeaderLibFieldOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x8c308010aeeeab3a706d1608b28d742a36004684a72f8434608854b604985be3")
}

// UnpackHeaderLibFieldOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HeaderLib__FieldOutOfRange()
func (errorsLib *ErrorsLib) UnpackHeaderLibFieldOutOfRangeError(raw []byte) (*ErrorsLibHeaderLibFieldOutOfRange, error) {
	out := new(ErrorsLibHeaderLibFieldOutOfRange)
	if err := errorsLib.abi.UnpackIntoInterface(out, "HeaderLib__FieldOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRegistryAlreadyCanonical represents a Registry__AlreadyCanonical error raised by the ErrorsLib contract.
type ErrorsLibRegistryAlreadyCanonical struct {
	Version *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Registry__AlreadyCanonical(uint256 version)
func ErrorsLibRegistryAlreadyCanonicalErrorID() common.Hash {
	return common.HexToHash("0x4dbbbebf61582ac02429cbe0515ec3cb17d017fe33de9d848fa471f1db14af67")
}

// UnpackRegistryAlreadyCanonicalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Registry__AlreadyCanonical(uint256 version)
func (errorsLib *ErrorsLib) UnpackRegistryAlreadyCanonicalError(raw []byte) (*ErrorsLibRegistryAlreadyCanonical, error) {
	out := new(ErrorsLibRegistryAlreadyCanonical)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Registry__AlreadyCanonical", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRegistryEmptyName represents a Registry__EmptyName error raised by the ErrorsLib contract.
type ErrorsLibRegistryEmptyName struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Registry__EmptyName()
func ErrorsLibRegistryEmptyNameErrorID() common.Hash {
	return common.HexToHash("0x1e2ae8ab9e0f42a7451e164e8b9e8b5de9ecc0035feb7eb7f0f85bf83f52a389")
}

// UnpackRegistryEmptyNameError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Registry__EmptyName()
func (errorsLib *ErrorsLib) UnpackRegistryEmptyNameError(raw []byte) (*ErrorsLibRegistryEmptyName, error) {
	out := new(ErrorsLibRegistryEmptyName)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Registry__EmptyName", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRegistryNoCanonical represents a Registry__NoCanonical error raised by the ErrorsLib contract.
type ErrorsLibRegistryNoCanonical struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Registry__NoCanonical()
func ErrorsLibRegistryNoCanonicalErrorID() common.Hash {
	return common.HexToHash("0x9418bfc315dcd57e5a1f9c9bacf9b291ff15673b40d218e1d4316edd00a5729d")
}

// UnpackRegistryNoCanonicalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Registry__NoCanonical()
func (errorsLib *ErrorsLib) UnpackRegistryNoCanonicalError(raw []byte) (*ErrorsLibRegistryNoCanonical, error) {
	out := new(ErrorsLibRegistryNoCanonical)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Registry__NoCanonical", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRegistryNoSuchChange represents a Registry__NoSuchChange error raised by the ErrorsLib contract.
type ErrorsLibRegistryNoSuchChange struct {
	N     *big.Int
	Count *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Registry__NoSuchChange(uint256 n, uint256 count)
func ErrorsLibRegistryNoSuchChangeErrorID() common.Hash {
	return common.HexToHash("0x9e17ba9fd1e124714de7af817d641ed5383ac93c3119878c903694267cf043de")
}

// UnpackRegistryNoSuchChangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Registry__NoSuchChange(uint256 n, uint256 count)
func (errorsLib *ErrorsLib) UnpackRegistryNoSuchChangeError(raw []byte) (*ErrorsLibRegistryNoSuchChange, error) {
	out := new(ErrorsLibRegistryNoSuchChange)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Registry__NoSuchChange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRegistryRenounceDisabled represents a Registry__RenounceDisabled error raised by the ErrorsLib contract.
type ErrorsLibRegistryRenounceDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Registry__RenounceDisabled()
func ErrorsLibRegistryRenounceDisabledErrorID() common.Hash {
	return common.HexToHash("0x0c8d2df529c4b9e59b14c6fb66f263e92a1b001b8a0e6c8548b49dc2ae781625")
}

// UnpackRegistryRenounceDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Registry__RenounceDisabled()
func (errorsLib *ErrorsLib) UnpackRegistryRenounceDisabledError(raw []byte) (*ErrorsLibRegistryRenounceDisabled, error) {
	out := new(ErrorsLibRegistryRenounceDisabled)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Registry__RenounceDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRegistryUnknownVersion represents a Registry__UnknownVersion error raised by the ErrorsLib contract.
type ErrorsLibRegistryUnknownVersion struct {
	Version *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Registry__UnknownVersion(uint256 version)
func ErrorsLibRegistryUnknownVersionErrorID() common.Hash {
	return common.HexToHash("0xdbd3c444163e41bbb23ff2443bf5d5d6e8262e34dfbdb997e4a94c3846a6696f")
}

// UnpackRegistryUnknownVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Registry__UnknownVersion(uint256 version)
func (errorsLib *ErrorsLib) UnpackRegistryUnknownVersionError(raw []byte) (*ErrorsLibRegistryUnknownVersion, error) {
	out := new(ErrorsLibRegistryUnknownVersion)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Registry__UnknownVersion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRegistryZeroAddress represents a Registry__ZeroAddress error raised by the ErrorsLib contract.
type ErrorsLibRegistryZeroAddress struct {
	Field [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Registry__ZeroAddress(bytes32 field)
func ErrorsLibRegistryZeroAddressErrorID() common.Hash {
	return common.HexToHash("0x00fc87c5e1f622bfc67dd6e03a0978e2ebdb410ad2f36a20b97423d1c0475551")
}

// UnpackRegistryZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Registry__ZeroAddress(bytes32 field)
func (errorsLib *ErrorsLib) UnpackRegistryZeroAddressError(raw []byte) (*ErrorsLibRegistryZeroAddress, error) {
	out := new(ErrorsLibRegistryZeroAddress)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Registry__ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRewardPoolNotRollup represents a RewardPool__NotRollup error raised by the ErrorsLib contract.
type ErrorsLibRewardPoolNotRollup struct {
	Caller common.Address
	Rollup common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RewardPool__NotRollup(address caller, address rollup)
func ErrorsLibRewardPoolNotRollupErrorID() common.Hash {
	return common.HexToHash("0xcff47ba94cfe6739c2bb7bf07fc27904d643d8d739a70f7d974e28b3daa61dd2")
}

// UnpackRewardPoolNotRollupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RewardPool__NotRollup(address caller, address rollup)
func (errorsLib *ErrorsLib) UnpackRewardPoolNotRollupError(raw []byte) (*ErrorsLibRewardPoolNotRollup, error) {
	out := new(ErrorsLibRewardPoolNotRollup)
	if err := errorsLib.abi.UnpackIntoInterface(out, "RewardPool__NotRollup", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRewardPoolRenounceDisabled represents a RewardPool__RenounceDisabled error raised by the ErrorsLib contract.
type ErrorsLibRewardPoolRenounceDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RewardPool__RenounceDisabled()
func ErrorsLibRewardPoolRenounceDisabledErrorID() common.Hash {
	return common.HexToHash("0xa1d71f69988f08cc8dcf2a4259b01fc5f024c3a0fc7ac029d474049445d8a284")
}

// UnpackRewardPoolRenounceDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RewardPool__RenounceDisabled()
func (errorsLib *ErrorsLib) UnpackRewardPoolRenounceDisabledError(raw []byte) (*ErrorsLibRewardPoolRenounceDisabled, error) {
	out := new(ErrorsLibRewardPoolRenounceDisabled)
	if err := errorsLib.abi.UnpackIntoInterface(out, "RewardPool__RenounceDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRewardPoolSameRollup represents a RewardPool__SameRollup error raised by the ErrorsLib contract.
type ErrorsLibRewardPoolSameRollup struct {
	Rollup common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RewardPool__SameRollup(address rollup)
func ErrorsLibRewardPoolSameRollupErrorID() common.Hash {
	return common.HexToHash("0x45229b493218728756a6054a610bd36fe2fdebaa33d39485435a1324c1ab12f8")
}

// UnpackRewardPoolSameRollupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RewardPool__SameRollup(address rollup)
func (errorsLib *ErrorsLib) UnpackRewardPoolSameRollupError(raw []byte) (*ErrorsLibRewardPoolSameRollup, error) {
	out := new(ErrorsLibRewardPoolSameRollup)
	if err := errorsLib.abi.UnpackIntoInterface(out, "RewardPool__SameRollup", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRewardPoolZeroAddress represents a RewardPool__ZeroAddress error raised by the ErrorsLib contract.
type ErrorsLibRewardPoolZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RewardPool__ZeroAddress()
func ErrorsLibRewardPoolZeroAddressErrorID() common.Hash {
	return common.HexToHash("0x01f78b4b172d78f333fec4d5f838a90510ec7c2dc319d0772f099e0f24d3d7e1")
}

// UnpackRewardPoolZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RewardPool__ZeroAddress()
func (errorsLib *ErrorsLib) UnpackRewardPoolZeroAddressError(raw []byte) (*ErrorsLibRewardPoolZeroAddress, error) {
	out := new(ErrorsLibRewardPoolZeroAddress)
	if err := errorsLib.abi.UnpackIntoInterface(out, "RewardPool__ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRollupAttestationIndexOutOfRange represents a Rollup__AttestationIndexOutOfRange error raised by the ErrorsLib contract.
type ErrorsLibRollupAttestationIndexOutOfRange struct {
	Index         *big.Int
	CommitteeSize *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__AttestationIndexOutOfRange(uint256 index, uint256 committeeSize)
func ErrorsLibRollupAttestationIndexOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xfaddcd409de829ef806cd60573eed1364fb299b24259a31d8e395f3a471db921")
}

// UnpackRollupAttestationIndexOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__AttestationIndexOutOfRange(uint256 index, uint256 committeeSize)
func (errorsLib *ErrorsLib) UnpackRollupAttestationIndexOutOfRangeError(raw []byte) (*ErrorsLibRollupAttestationIndexOutOfRange, error) {
	out := new(ErrorsLibRollupAttestationIndexOutOfRange)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Rollup__AttestationIndexOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRollupAttestationsMalformed represents a Rollup__AttestationsMalformed error raised by the ErrorsLib contract.
type ErrorsLibRollupAttestationsMalformed struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__AttestationsMalformed(uint256 length)
func ErrorsLibRollupAttestationsMalformedErrorID() common.Hash {
	return common.HexToHash("0xb14023c88462186105de27adb9781f51d48b6c4ae3a01773eda70d8524399dcc")
}

// UnpackRollupAttestationsMalformedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__AttestationsMalformed(uint256 length)
func (errorsLib *ErrorsLib) UnpackRollupAttestationsMalformedError(raw []byte) (*ErrorsLibRollupAttestationsMalformed, error) {
	out := new(ErrorsLibRollupAttestationsMalformed)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Rollup__AttestationsMalformed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRollupAttesterMismatch represents a Rollup__AttesterMismatch error raised by the ErrorsLib contract.
type ErrorsLibRollupAttesterMismatch struct {
	Index     *big.Int
	Expected  common.Address
	Recovered common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__AttesterMismatch(uint256 index, address expected, address recovered)
func ErrorsLibRollupAttesterMismatchErrorID() common.Hash {
	return common.HexToHash("0x09baba9fb42b50871cb21212d08e1f47e434b2646c21b04227270d90823e367e")
}

// UnpackRollupAttesterMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__AttesterMismatch(uint256 index, address expected, address recovered)
func (errorsLib *ErrorsLib) UnpackRollupAttesterMismatchError(raw []byte) (*ErrorsLibRollupAttesterMismatch, error) {
	out := new(ErrorsLibRollupAttesterMismatch)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Rollup__AttesterMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRollupBeforeGenesis represents a Rollup__BeforeGenesis error raised by the ErrorsLib contract.
type ErrorsLibRollupBeforeGenesis struct {
	Timestamp   *big.Int
	GenesisTime *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__BeforeGenesis(uint256 timestamp, uint256 genesisTime)
func ErrorsLibRollupBeforeGenesisErrorID() common.Hash {
	return common.HexToHash("0x9098492db132f25f94eff720acf794e19cb3e726860d43cef534f648f03498d4")
}

// UnpackRollupBeforeGenesisError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__BeforeGenesis(uint256 timestamp, uint256 genesisTime)
func (errorsLib *ErrorsLib) UnpackRollupBeforeGenesisError(raw []byte) (*ErrorsLibRollupBeforeGenesis, error) {
	out := new(ErrorsLibRollupBeforeGenesis)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Rollup__BeforeGenesis", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRollupBlobHashMismatch represents a Rollup__BlobHashMismatch error raised by the ErrorsLib contract.
type ErrorsLibRollupBlobHashMismatch struct {
	Expected [32]byte
	Got      [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__BlobHashMismatch(bytes32 expected, bytes32 got)
func ErrorsLibRollupBlobHashMismatchErrorID() common.Hash {
	return common.HexToHash("0xd26f3ba5878d969e679d7d785c242780f390627e670f8953fbb27cd330cdcd5b")
}

// UnpackRollupBlobHashMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__BlobHashMismatch(bytes32 expected, bytes32 got)
func (errorsLib *ErrorsLib) UnpackRollupBlobHashMismatchError(raw []byte) (*ErrorsLibRollupBlobHashMismatch, error) {
	out := new(ErrorsLibRollupBlobHashMismatch)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Rollup__BlobHashMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRollupBlockNotAvailable represents a Rollup__BlockNotAvailable error raised by the ErrorsLib contract.
type ErrorsLibRollupBlockNotAvailable struct {
	Number *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__BlockNotAvailable(uint256 number)
func ErrorsLibRollupBlockNotAvailableErrorID() common.Hash {
	return common.HexToHash("0x43c3b58b1418fa91004ee81c0eef87db1583248d0c2c6487646c3abd07b3d8df")
}

// UnpackRollupBlockNotAvailableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__BlockNotAvailable(uint256 number)
func (errorsLib *ErrorsLib) UnpackRollupBlockNotAvailableError(raw []byte) (*ErrorsLibRollupBlockNotAvailable, error) {
	out := new(ErrorsLibRollupBlockNotAvailable)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Rollup__BlockNotAvailable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRollupCommitteeNotFinal represents a Rollup__CommitteeNotFinal error raised by the ErrorsLib contract.
type ErrorsLibRollupCommitteeNotFinal struct {
	Epoch        *big.Int
	CurrentEpoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__CommitteeNotFinal(uint256 epoch, uint256 currentEpoch)
func ErrorsLibRollupCommitteeNotFinalErrorID() common.Hash {
	return common.HexToHash("0x3e632a3ce5475c9e309655000ff9eeeb06678b98251267188a1d86c7b86983d0")
}

// UnpackRollupCommitteeNotFinalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__CommitteeNotFinal(uint256 epoch, uint256 currentEpoch)
func (errorsLib *ErrorsLib) UnpackRollupCommitteeNotFinalError(raw []byte) (*ErrorsLibRollupCommitteeNotFinal, error) {
	out := new(ErrorsLibRollupCommitteeNotFinal)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Rollup__CommitteeNotFinal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRollupDuplicateOrUnsortedAttestation represents a Rollup__DuplicateOrUnsortedAttestation error raised by the ErrorsLib contract.
type ErrorsLibRollupDuplicateOrUnsortedAttestation struct {
	PreviousIndex *big.Int
	Index         *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__DuplicateOrUnsortedAttestation(uint256 previousIndex, uint256 index)
func ErrorsLibRollupDuplicateOrUnsortedAttestationErrorID() common.Hash {
	return common.HexToHash("0x786cf760048b4b5be5670b7a599cbddd08df6fc63fba4170690e87524c1cf8e0")
}

// UnpackRollupDuplicateOrUnsortedAttestationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__DuplicateOrUnsortedAttestation(uint256 previousIndex, uint256 index)
func (errorsLib *ErrorsLib) UnpackRollupDuplicateOrUnsortedAttestationError(raw []byte) (*ErrorsLibRollupDuplicateOrUnsortedAttestation, error) {
	out := new(ErrorsLibRollupDuplicateOrUnsortedAttestation)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Rollup__DuplicateOrUnsortedAttestation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRollupEmptyCommittee represents a Rollup__EmptyCommittee error raised by the ErrorsLib contract.
type ErrorsLibRollupEmptyCommittee struct {
	Epoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__EmptyCommittee(uint256 epoch)
func ErrorsLibRollupEmptyCommitteeErrorID() common.Hash {
	return common.HexToHash("0xa3974f5e206a1ec8ae2c36a76efa749d165a128ed1b4635c12eb6331692437ca")
}

// UnpackRollupEmptyCommitteeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__EmptyCommittee(uint256 epoch)
func (errorsLib *ErrorsLib) UnpackRollupEmptyCommitteeError(raw []byte) (*ErrorsLibRollupEmptyCommittee, error) {
	out := new(ErrorsLibRollupEmptyCommittee)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Rollup__EmptyCommittee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRollupEpochNotComplete represents a Rollup__EpochNotComplete error raised by the ErrorsLib contract.
type ErrorsLibRollupEpochNotComplete struct {
	Epoch        *big.Int
	CurrentEpoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__EpochNotComplete(uint256 epoch, uint256 currentEpoch)
func ErrorsLibRollupEpochNotCompleteErrorID() common.Hash {
	return common.HexToHash("0x8df4a104a27d4996469b3d21b07261b1f4bb6c6565caa6b3542aa15a6d5c0fb9")
}

// UnpackRollupEpochNotCompleteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__EpochNotComplete(uint256 epoch, uint256 currentEpoch)
func (errorsLib *ErrorsLib) UnpackRollupEpochNotCompleteError(raw []byte) (*ErrorsLibRollupEpochNotComplete, error) {
	out := new(ErrorsLibRollupEpochNotComplete)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Rollup__EpochNotComplete", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRollupFallbackNotActive represents a Rollup__FallbackNotActive error raised by the ErrorsLib contract.
type ErrorsLibRollupFallbackNotActive struct {
	Slot           *big.Int
	ActiveFromSlot *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__FallbackNotActive(uint256 slot, uint256 activeFromSlot)
func ErrorsLibRollupFallbackNotActiveErrorID() common.Hash {
	return common.HexToHash("0x09570c6b1342b1e1a258b241710e14130445771bc8009245310aceccf57fd83e")
}

// UnpackRollupFallbackNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__FallbackNotActive(uint256 slot, uint256 activeFromSlot)
func (errorsLib *ErrorsLib) UnpackRollupFallbackNotActiveError(raw []byte) (*ErrorsLibRollupFallbackNotActive, error) {
	out := new(ErrorsLibRollupFallbackNotActive)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Rollup__FallbackNotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRollupInsufficientAttestations represents a Rollup__InsufficientAttestations error raised by the ErrorsLib contract.
type ErrorsLibRollupInsufficientAttestations struct {
	Have *big.Int
	Need *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__InsufficientAttestations(uint256 have, uint256 need)
func ErrorsLibRollupInsufficientAttestationsErrorID() common.Hash {
	return common.HexToHash("0x95915293acf0e2a3d67b472e0b44b96cbfeee0899134f2d2b73de713a245a80c")
}

// UnpackRollupInsufficientAttestationsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__InsufficientAttestations(uint256 have, uint256 need)
func (errorsLib *ErrorsLib) UnpackRollupInsufficientAttestationsError(raw []byte) (*ErrorsLibRollupInsufficientAttestations, error) {
	out := new(ErrorsLibRollupInsufficientAttestations)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Rollup__InsufficientAttestations", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRollupInvalidParam represents a Rollup__InvalidParam error raised by the ErrorsLib contract.
type ErrorsLibRollupInvalidParam struct {
	Name  string
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__InvalidParam(string name, uint256 value)
func ErrorsLibRollupInvalidParamErrorID() common.Hash {
	return common.HexToHash("0xeb28717b4b72dba1b2003e61281d856b3d5d9d475a1fd5640bd849be00300429")
}

// UnpackRollupInvalidParamError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__InvalidParam(string name, uint256 value)
func (errorsLib *ErrorsLib) UnpackRollupInvalidParamError(raw []byte) (*ErrorsLibRollupInvalidParam, error) {
	out := new(ErrorsLibRollupInvalidParam)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Rollup__InvalidParam", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRollupInvalidProof represents a Rollup__InvalidProof error raised by the ErrorsLib contract.
type ErrorsLibRollupInvalidProof struct {
	PublicInputsHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__InvalidProof(bytes32 publicInputsHash)
func ErrorsLibRollupInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x9eb75006141d405ff75830cb4cfaeaab7c510b17995567b5aa4a586c1102792d")
}

// UnpackRollupInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__InvalidProof(bytes32 publicInputsHash)
func (errorsLib *ErrorsLib) UnpackRollupInvalidProofError(raw []byte) (*ErrorsLibRollupInvalidProof, error) {
	out := new(ErrorsLibRollupInvalidProof)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Rollup__InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRollupInvalidSignature represents a Rollup__InvalidSignature error raised by the ErrorsLib contract.
type ErrorsLibRollupInvalidSignature struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__InvalidSignature(uint256 index)
func ErrorsLibRollupInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xa0cdfb9398fd9d39cdd085d2b8d9f5c59adf417248ffd05bdd7576f839b1d2c4")
}

// UnpackRollupInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__InvalidSignature(uint256 index)
func (errorsLib *ErrorsLib) UnpackRollupInvalidSignatureError(raw []byte) (*ErrorsLibRollupInvalidSignature, error) {
	out := new(ErrorsLibRollupInvalidSignature)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Rollup__InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRollupNoBlobs represents a Rollup__NoBlobs error raised by the ErrorsLib contract.
type ErrorsLibRollupNoBlobs struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__NoBlobs()
func ErrorsLibRollupNoBlobsErrorID() common.Hash {
	return common.HexToHash("0x9bd66a5ac9affd0a2ea5d06ce3be0381915a03176863d147c86c2f06e287f6fb")
}

// UnpackRollupNoBlobsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__NoBlobs()
func (errorsLib *ErrorsLib) UnpackRollupNoBlobsError(raw []byte) (*ErrorsLibRollupNoBlobs, error) {
	out := new(ErrorsLibRollupNoBlobs)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Rollup__NoBlobs", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRollupNoRewards represents a Rollup__NoRewards error raised by the ErrorsLib contract.
type ErrorsLibRollupNoRewards struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__NoRewards(address account)
func ErrorsLibRollupNoRewardsErrorID() common.Hash {
	return common.HexToHash("0xa40e51d908e7b3d7531f9ff8fa10c324b59dba7c1ec04aaeb662ba1a9599fed5")
}

// UnpackRollupNoRewardsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__NoRewards(address account)
func (errorsLib *ErrorsLib) UnpackRollupNoRewardsError(raw []byte) (*ErrorsLibRollupNoRewards, error) {
	out := new(ErrorsLibRollupNoRewards)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Rollup__NoRewards", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRollupNotPrunable represents a Rollup__NotPrunable error raised by the ErrorsLib contract.
type ErrorsLibRollupNotPrunable struct {
	Epoch             *big.Int
	PrunableFromEpoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__NotPrunable(uint256 epoch, uint256 prunableFromEpoch)
func ErrorsLibRollupNotPrunableErrorID() common.Hash {
	return common.HexToHash("0x96bc5a650ed47a0266a5c6c0f21b32ebea4c28ebb4bf6e8751bd3ff30ff1533e")
}

// UnpackRollupNotPrunableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__NotPrunable(uint256 epoch, uint256 prunableFromEpoch)
func (errorsLib *ErrorsLib) UnpackRollupNotPrunableError(raw []byte) (*ErrorsLibRollupNotPrunable, error) {
	out := new(ErrorsLibRollupNotPrunable)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Rollup__NotPrunable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRollupNothingToProve represents a Rollup__NothingToProve error raised by the ErrorsLib contract.
type ErrorsLibRollupNothingToProve struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__NothingToProve()
func ErrorsLibRollupNothingToProveErrorID() common.Hash {
	return common.HexToHash("0xedca58da785855ffcf0484d36e39a53afb7efc16fd42571fcb45f6fc61944621")
}

// UnpackRollupNothingToProveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__NothingToProve()
func (errorsLib *ErrorsLib) UnpackRollupNothingToProveError(raw []byte) (*ErrorsLibRollupNothingToProve, error) {
	out := new(ErrorsLibRollupNothingToProve)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Rollup__NothingToProve", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRollupProofEmpty represents a Rollup__ProofEmpty error raised by the ErrorsLib contract.
type ErrorsLibRollupProofEmpty struct {
	Epoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__ProofEmpty(uint256 epoch)
func ErrorsLibRollupProofEmptyErrorID() common.Hash {
	return common.HexToHash("0x65e334929c0d32cc4e834fc879116cd1e5f6a4a632d7b9aa04a8d2389c4ff62e")
}

// UnpackRollupProofEmptyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__ProofEmpty(uint256 epoch)
func (errorsLib *ErrorsLib) UnpackRollupProofEmptyError(raw []byte) (*ErrorsLibRollupProofEmpty, error) {
	out := new(ErrorsLibRollupProofEmpty)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Rollup__ProofEmpty", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRollupProofEpochMismatch represents a Rollup__ProofEpochMismatch error raised by the ErrorsLib contract.
type ErrorsLibRollupProofEpochMismatch struct {
	Epoch       *big.Int
	BlockNumber *big.Int
	BlockEpoch  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__ProofEpochMismatch(uint256 epoch, uint256 blockNumber, uint256 blockEpoch)
func ErrorsLibRollupProofEpochMismatchErrorID() common.Hash {
	return common.HexToHash("0xfb4edbbbd091098a1c9969281c8d423fc471c5bc8c0f1edc1ad2c8f7fb1c33a6")
}

// UnpackRollupProofEpochMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__ProofEpochMismatch(uint256 epoch, uint256 blockNumber, uint256 blockEpoch)
func (errorsLib *ErrorsLib) UnpackRollupProofEpochMismatchError(raw []byte) (*ErrorsLibRollupProofEpochMismatch, error) {
	out := new(ErrorsLibRollupProofEpochMismatch)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Rollup__ProofEpochMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRollupProofHeaderMismatch represents a Rollup__ProofHeaderMismatch error raised by the ErrorsLib contract.
type ErrorsLibRollupProofHeaderMismatch struct {
	Number *big.Int
	Stored [32]byte
	Given  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__ProofHeaderMismatch(uint256 number, bytes32 stored, bytes32 given)
func ErrorsLibRollupProofHeaderMismatchErrorID() common.Hash {
	return common.HexToHash("0x6898decefb978527b052e108abf3907c8fbe6b18ddc3ee6393ef00fea0644bde")
}

// UnpackRollupProofHeaderMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__ProofHeaderMismatch(uint256 number, bytes32 stored, bytes32 given)
func (errorsLib *ErrorsLib) UnpackRollupProofHeaderMismatchError(raw []byte) (*ErrorsLibRollupProofHeaderMismatch, error) {
	out := new(ErrorsLibRollupProofHeaderMismatch)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Rollup__ProofHeaderMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRollupProofIncomplete represents a Rollup__ProofIncomplete error raised by the ErrorsLib contract.
type ErrorsLibRollupProofIncomplete struct {
	LastNumber    *big.Int
	AssuredNumber *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__ProofIncomplete(uint256 lastNumber, uint256 assuredNumber)
func ErrorsLibRollupProofIncompleteErrorID() common.Hash {
	return common.HexToHash("0x4507c9e89c955685b7676017a668d318448b46d72579c67b3e5d65af6428ac02")
}

// UnpackRollupProofIncompleteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__ProofIncomplete(uint256 lastNumber, uint256 assuredNumber)
func (errorsLib *ErrorsLib) UnpackRollupProofIncompleteError(raw []byte) (*ErrorsLibRollupProofIncomplete, error) {
	out := new(ErrorsLibRollupProofIncomplete)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Rollup__ProofIncomplete", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRollupProofRangeMismatch represents a Rollup__ProofRangeMismatch error raised by the ErrorsLib contract.
type ErrorsLibRollupProofRangeMismatch struct {
	ExpectedStart *big.Int
	Start         *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__ProofRangeMismatch(uint256 expectedStart, uint256 start)
func ErrorsLibRollupProofRangeMismatchErrorID() common.Hash {
	return common.HexToHash("0x8816c4a5fa0201a9a95a34489d87f2428c11b40a5fe9bbe3e30accc7cf6e0678")
}

// UnpackRollupProofRangeMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__ProofRangeMismatch(uint256 expectedStart, uint256 start)
func (errorsLib *ErrorsLib) UnpackRollupProofRangeMismatchError(raw []byte) (*ErrorsLibRollupProofRangeMismatch, error) {
	out := new(ErrorsLibRollupProofRangeMismatch)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Rollup__ProofRangeMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRollupProofWindowClosed represents a Rollup__ProofWindowClosed error raised by the ErrorsLib contract.
type ErrorsLibRollupProofWindowClosed struct {
	Epoch         *big.Int
	DeadlineEpoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__ProofWindowClosed(uint256 epoch, uint256 deadlineEpoch)
func ErrorsLibRollupProofWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x4263b4014da1067cb08b9e7c96b64112d5c5a085bb22889fbd9057703362c582")
}

// UnpackRollupProofWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__ProofWindowClosed(uint256 epoch, uint256 deadlineEpoch)
func (errorsLib *ErrorsLib) UnpackRollupProofWindowClosedError(raw []byte) (*ErrorsLibRollupProofWindowClosed, error) {
	out := new(ErrorsLibRollupProofWindowClosed)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Rollup__ProofWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRollupProposerAttestationMissing represents a Rollup__ProposerAttestationMissing error raised by the ErrorsLib contract.
type ErrorsLibRollupProposerAttestationMissing struct {
	Slot     *big.Int
	Proposer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__ProposerAttestationMissing(uint256 slot, address proposer)
func ErrorsLibRollupProposerAttestationMissingErrorID() common.Hash {
	return common.HexToHash("0x9228e21cd885ca78182a2aed1ec44de51d3af718c82f48a4e2e182cad442b7b9")
}

// UnpackRollupProposerAttestationMissingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__ProposerAttestationMissing(uint256 slot, address proposer)
func (errorsLib *ErrorsLib) UnpackRollupProposerAttestationMissingError(raw []byte) (*ErrorsLibRollupProposerAttestationMissing, error) {
	out := new(ErrorsLibRollupProposerAttestationMissing)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Rollup__ProposerAttestationMissing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRollupRenounceDisabled represents a Rollup__RenounceDisabled error raised by the ErrorsLib contract.
type ErrorsLibRollupRenounceDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__RenounceDisabled()
func ErrorsLibRollupRenounceDisabledErrorID() common.Hash {
	return common.HexToHash("0x46d8c73aca09ead63da78501550acdc3eb1c45ead049f319cb461f8cdb4807a1")
}

// UnpackRollupRenounceDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__RenounceDisabled()
func (errorsLib *ErrorsLib) UnpackRollupRenounceDisabledError(raw []byte) (*ErrorsLibRollupRenounceDisabled, error) {
	out := new(ErrorsLibRollupRenounceDisabled)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Rollup__RenounceDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRollupSignatureMalleable represents a Rollup__SignatureMalleable error raised by the ErrorsLib contract.
type ErrorsLibRollupSignatureMalleable struct {
	Index *big.Int
	S     [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__SignatureMalleable(uint256 index, bytes32 s)
func ErrorsLibRollupSignatureMalleableErrorID() common.Hash {
	return common.HexToHash("0x65c2a4fbc9174f34038146242be9a9578a26cea2e0456cdbc95e70076fb1e21c")
}

// UnpackRollupSignatureMalleableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__SignatureMalleable(uint256 index, bytes32 s)
func (errorsLib *ErrorsLib) UnpackRollupSignatureMalleableError(raw []byte) (*ErrorsLibRollupSignatureMalleable, error) {
	out := new(ErrorsLibRollupSignatureMalleable)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Rollup__SignatureMalleable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRollupSlotNotAfterTip represents a Rollup__SlotNotAfterTip error raised by the ErrorsLib contract.
type ErrorsLibRollupSlotNotAfterTip struct {
	Slot    *big.Int
	TipSlot *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__SlotNotAfterTip(uint256 slot, uint256 tipSlot)
func ErrorsLibRollupSlotNotAfterTipErrorID() common.Hash {
	return common.HexToHash("0x62a4792bc0e0e0c8c1631dd1b7b94791903b3d1db3beec7215d74a23e93dd3ea")
}

// UnpackRollupSlotNotAfterTipError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__SlotNotAfterTip(uint256 slot, uint256 tipSlot)
func (errorsLib *ErrorsLib) UnpackRollupSlotNotAfterTipError(raw []byte) (*ErrorsLibRollupSlotNotAfterTip, error) {
	out := new(ErrorsLibRollupSlotNotAfterTip)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Rollup__SlotNotAfterTip", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRollupTooManyUnprovenBlocks represents a Rollup__TooManyUnprovenBlocks error raised by the ErrorsLib contract.
type ErrorsLibRollupTooManyUnprovenBlocks struct {
	Number       *big.Int
	ProvenNumber *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__TooManyUnprovenBlocks(uint256 number, uint256 provenNumber)
func ErrorsLibRollupTooManyUnprovenBlocksErrorID() common.Hash {
	return common.HexToHash("0xab4a92d771376870a35220f29e17212861136184bcfb4abee040081162403f66")
}

// UnpackRollupTooManyUnprovenBlocksError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__TooManyUnprovenBlocks(uint256 number, uint256 provenNumber)
func (errorsLib *ErrorsLib) UnpackRollupTooManyUnprovenBlocksError(raw []byte) (*ErrorsLibRollupTooManyUnprovenBlocks, error) {
	out := new(ErrorsLibRollupTooManyUnprovenBlocks)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Rollup__TooManyUnprovenBlocks", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRollupTxsHashMismatch represents a Rollup__TxsHashMismatch error raised by the ErrorsLib contract.
type ErrorsLibRollupTxsHashMismatch struct {
	Expected [32]byte
	Got      [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__TxsHashMismatch(bytes32 expected, bytes32 got)
func ErrorsLibRollupTxsHashMismatchErrorID() common.Hash {
	return common.HexToHash("0x28224903c6e17c9159182cd250836733db0d0e48361c1a655e94ae0023772a5b")
}

// UnpackRollupTxsHashMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__TxsHashMismatch(bytes32 expected, bytes32 got)
func (errorsLib *ErrorsLib) UnpackRollupTxsHashMismatchError(raw []byte) (*ErrorsLibRollupTxsHashMismatch, error) {
	out := new(ErrorsLibRollupTxsHashMismatch)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Rollup__TxsHashMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRollupWrongBlockNumber represents a Rollup__WrongBlockNumber error raised by the ErrorsLib contract.
type ErrorsLibRollupWrongBlockNumber struct {
	Expected *big.Int
	Got      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__WrongBlockNumber(uint256 expected, uint256 got)
func ErrorsLibRollupWrongBlockNumberErrorID() common.Hash {
	return common.HexToHash("0x99e8619f629f13a94dd832af03fcf9d95416f4449608130ea23b680182e64c6a")
}

// UnpackRollupWrongBlockNumberError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__WrongBlockNumber(uint256 expected, uint256 got)
func (errorsLib *ErrorsLib) UnpackRollupWrongBlockNumberError(raw []byte) (*ErrorsLibRollupWrongBlockNumber, error) {
	out := new(ErrorsLibRollupWrongBlockNumber)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Rollup__WrongBlockNumber", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRollupWrongParent represents a Rollup__WrongParent error raised by the ErrorsLib contract.
type ErrorsLibRollupWrongParent struct {
	Expected [32]byte
	Got      [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__WrongParent(bytes32 expected, bytes32 got)
func ErrorsLibRollupWrongParentErrorID() common.Hash {
	return common.HexToHash("0x1af59c548ee4e72837a27438e7bdd83908fd36ab5b94f5ee068649ecf15a6ad4")
}

// UnpackRollupWrongParentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__WrongParent(bytes32 expected, bytes32 got)
func (errorsLib *ErrorsLib) UnpackRollupWrongParentError(raw []byte) (*ErrorsLibRollupWrongParent, error) {
	out := new(ErrorsLibRollupWrongParent)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Rollup__WrongParent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibRollupWrongSlot represents a Rollup__WrongSlot error raised by the ErrorsLib contract.
type ErrorsLibRollupWrongSlot struct {
	Expected *big.Int
	Got      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__WrongSlot(uint256 expected, uint256 got)
func ErrorsLibRollupWrongSlotErrorID() common.Hash {
	return common.HexToHash("0x0cbcbe2b74a26d465ebd64f8063eaa7b916cff34a388ea5d64fa79580194e73a")
}

// UnpackRollupWrongSlotError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__WrongSlot(uint256 expected, uint256 got)
func (errorsLib *ErrorsLib) UnpackRollupWrongSlotError(raw []byte) (*ErrorsLibRollupWrongSlot, error) {
	out := new(ErrorsLibRollupWrongSlot)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Rollup__WrongSlot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibSlasherAlreadyVoted represents a Slasher__AlreadyVoted error raised by the ErrorsLib contract.
type ErrorsLibSlasherAlreadyVoted struct {
	Id    *big.Int
	Voter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__AlreadyVoted(uint256 id, address voter)
func ErrorsLibSlasherAlreadyVotedErrorID() common.Hash {
	return common.HexToHash("0xccaf471eae1b07cd17e1687bdfedc485da38c61a75808b75f7007b89cea678a2")
}

// UnpackSlasherAlreadyVotedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__AlreadyVoted(uint256 id, address voter)
func (errorsLib *ErrorsLib) UnpackSlasherAlreadyVotedError(raw []byte) (*ErrorsLibSlasherAlreadyVoted, error) {
	out := new(ErrorsLibSlasherAlreadyVoted)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Slasher__AlreadyVoted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibSlasherBondSettled represents a Slasher__BondSettled error raised by the ErrorsLib contract.
type ErrorsLibSlasherBondSettled struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__BondSettled(uint256 id)
func ErrorsLibSlasherBondSettledErrorID() common.Hash {
	return common.HexToHash("0xc804f900ea6f24613cbfedb88cb1d2cb5ae0576defd485d284c6b8b5d9b04316")
}

// UnpackSlasherBondSettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__BondSettled(uint256 id)
func (errorsLib *ErrorsLib) UnpackSlasherBondSettledError(raw []byte) (*ErrorsLibSlasherBondSettled, error) {
	out := new(ErrorsLibSlasherBondSettled)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Slasher__BondSettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibSlasherEpochNotPruned represents a Slasher__EpochNotPruned error raised by the ErrorsLib contract.
type ErrorsLibSlasherEpochNotPruned struct {
	Epoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__EpochNotPruned(uint256 epoch)
func ErrorsLibSlasherEpochNotPrunedErrorID() common.Hash {
	return common.HexToHash("0x3d6e24bfbc026c99fd4781ca3863a9cc172d565213b1391c1e25f4aa2cfaccc4")
}

// UnpackSlasherEpochNotPrunedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__EpochNotPruned(uint256 epoch)
func (errorsLib *ErrorsLib) UnpackSlasherEpochNotPrunedError(raw []byte) (*ErrorsLibSlasherEpochNotPruned, error) {
	out := new(ErrorsLibSlasherEpochNotPruned)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Slasher__EpochNotPruned", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibSlasherEpochRangeNotOver represents a Slasher__EpochRangeNotOver error raised by the ErrorsLib contract.
type ErrorsLibSlasherEpochRangeNotOver struct {
	LastEpoch    *big.Int
	CurrentEpoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__EpochRangeNotOver(uint256 lastEpoch, uint256 currentEpoch)
func ErrorsLibSlasherEpochRangeNotOverErrorID() common.Hash {
	return common.HexToHash("0x368a9c96905e115de8367a68833b2a78d2dfe1ccc9368d0d4e93d2ac7bc765fa")
}

// UnpackSlasherEpochRangeNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__EpochRangeNotOver(uint256 lastEpoch, uint256 currentEpoch)
func (errorsLib *ErrorsLib) UnpackSlasherEpochRangeNotOverError(raw []byte) (*ErrorsLibSlasherEpochRangeNotOver, error) {
	out := new(ErrorsLibSlasherEpochRangeNotOver)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Slasher__EpochRangeNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibSlasherEpochRangeTooOld represents a Slasher__EpochRangeTooOld error raised by the ErrorsLib contract.
type ErrorsLibSlasherEpochRangeTooOld struct {
	LastEpoch    *big.Int
	CurrentEpoch *big.Int
	MaxAge       *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__EpochRangeTooOld(uint256 lastEpoch, uint256 currentEpoch, uint256 maxAge)
func ErrorsLibSlasherEpochRangeTooOldErrorID() common.Hash {
	return common.HexToHash("0xa7043fde22b327665cf33a493206e43b36039878138807eaeac7dd58d980e29e")
}

// UnpackSlasherEpochRangeTooOldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__EpochRangeTooOld(uint256 lastEpoch, uint256 currentEpoch, uint256 maxAge)
func (errorsLib *ErrorsLib) UnpackSlasherEpochRangeTooOldError(raw []byte) (*ErrorsLibSlasherEpochRangeTooOld, error) {
	out := new(ErrorsLibSlasherEpochRangeTooOld)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Slasher__EpochRangeTooOld", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibSlasherEquivocationAlreadySlashed represents a Slasher__EquivocationAlreadySlashed error raised by the ErrorsLib contract.
type ErrorsLibSlasherEquivocationAlreadySlashed struct {
	Attester common.Address
	Slot     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__EquivocationAlreadySlashed(address attester, uint256 slot)
func ErrorsLibSlasherEquivocationAlreadySlashedErrorID() common.Hash {
	return common.HexToHash("0x72515d6ecbf07ed32e6f08267d9b875ae628da609a722641c4312b6e96922b88")
}

// UnpackSlasherEquivocationAlreadySlashedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__EquivocationAlreadySlashed(address attester, uint256 slot)
func (errorsLib *ErrorsLib) UnpackSlasherEquivocationAlreadySlashedError(raw []byte) (*ErrorsLibSlasherEquivocationAlreadySlashed, error) {
	out := new(ErrorsLibSlasherEquivocationAlreadySlashed)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Slasher__EquivocationAlreadySlashed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibSlasherEvidenceInUse represents a Slasher__EvidenceInUse error raised by the ErrorsLib contract.
type ErrorsLibSlasherEvidenceInUse struct {
	Key       [32]byte
	Validator common.Address
	Id        *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__EvidenceInUse(bytes32 key, address validator, uint256 id)
func ErrorsLibSlasherEvidenceInUseErrorID() common.Hash {
	return common.HexToHash("0x577dfa650bbcfa48e502c90bb855f21389a88123cb8b2c471c08e6cd2f02c16e")
}

// UnpackSlasherEvidenceInUseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__EvidenceInUse(bytes32 key, address validator, uint256 id)
func (errorsLib *ErrorsLib) UnpackSlasherEvidenceInUseError(raw []byte) (*ErrorsLibSlasherEvidenceInUse, error) {
	out := new(ErrorsLibSlasherEvidenceInUse)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Slasher__EvidenceInUse", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibSlasherExitDelayTooShort represents a Slasher__ExitDelayTooShort error raised by the ErrorsLib contract.
type ErrorsLibSlasherExitDelayTooShort struct {
	ExitDelay *big.Int
	Minimum   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__ExitDelayTooShort(uint256 exitDelay, uint256 minimum)
func ErrorsLibSlasherExitDelayTooShortErrorID() common.Hash {
	return common.HexToHash("0x77770c2f5647a607557519a5d15a1a694b8ca133c020de09fd032f1742ae6cce")
}

// UnpackSlasherExitDelayTooShortError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__ExitDelayTooShort(uint256 exitDelay, uint256 minimum)
func (errorsLib *ErrorsLib) UnpackSlasherExitDelayTooShortError(raw []byte) (*ErrorsLibSlasherExitDelayTooShort, error) {
	out := new(ErrorsLibSlasherExitDelayTooShort)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Slasher__ExitDelayTooShort", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibSlasherInvalidEpochRange represents a Slasher__InvalidEpochRange error raised by the ErrorsLib contract.
type ErrorsLibSlasherInvalidEpochRange struct {
	FirstEpoch *big.Int
	LastEpoch  *big.Int
	Max        *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__InvalidEpochRange(uint256 firstEpoch, uint256 lastEpoch, uint256 max)
func ErrorsLibSlasherInvalidEpochRangeErrorID() common.Hash {
	return common.HexToHash("0x05beeacd7221ae6c91f7e89349831afbb8fc3584daad6c94af180e30acf6de6d")
}

// UnpackSlasherInvalidEpochRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__InvalidEpochRange(uint256 firstEpoch, uint256 lastEpoch, uint256 max)
func (errorsLib *ErrorsLib) UnpackSlasherInvalidEpochRangeError(raw []byte) (*ErrorsLibSlasherInvalidEpochRange, error) {
	out := new(ErrorsLibSlasherInvalidEpochRange)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Slasher__InvalidEpochRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibSlasherInvalidParam represents a Slasher__InvalidParam error raised by the ErrorsLib contract.
type ErrorsLibSlasherInvalidParam struct {
	Name  string
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__InvalidParam(string name, uint256 value)
func ErrorsLibSlasherInvalidParamErrorID() common.Hash {
	return common.HexToHash("0xa9c7d8f06a07e364ba4d9f9873d3c065ba015644e8c66ff8063779183d155817")
}

// UnpackSlasherInvalidParamError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__InvalidParam(string name, uint256 value)
func (errorsLib *ErrorsLib) UnpackSlasherInvalidParamError(raw []byte) (*ErrorsLibSlasherInvalidParam, error) {
	out := new(ErrorsLibSlasherInvalidParam)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Slasher__InvalidParam", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibSlasherInvalidSignature represents a Slasher__InvalidSignature error raised by the ErrorsLib contract.
type ErrorsLibSlasherInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__InvalidSignature()
func ErrorsLibSlasherInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x15e11ea21c577de110aa3b0a1077053ed25e3b6f816552c64672d3ecbe03b47c")
}

// UnpackSlasherInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__InvalidSignature()
func (errorsLib *ErrorsLib) UnpackSlasherInvalidSignatureError(raw []byte) (*ErrorsLibSlasherInvalidSignature, error) {
	out := new(ErrorsLibSlasherInvalidSignature)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Slasher__InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibSlasherInvalidSignatureLength represents a Slasher__InvalidSignatureLength error raised by the ErrorsLib contract.
type ErrorsLibSlasherInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__InvalidSignatureLength(uint256 length)
func ErrorsLibSlasherInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0x53db421bda1b41c10a9a61f819eff0bc8e94b478fd83c8c112e89fea71d6f099")
}

// UnpackSlasherInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__InvalidSignatureLength(uint256 length)
func (errorsLib *ErrorsLib) UnpackSlasherInvalidSignatureLengthError(raw []byte) (*ErrorsLibSlasherInvalidSignatureLength, error) {
	out := new(ErrorsLibSlasherInvalidSignatureLength)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Slasher__InvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibSlasherNoRecord represents a Slasher__NoRecord error raised by the ErrorsLib contract.
type ErrorsLibSlasherNoRecord struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__NoRecord()
func ErrorsLibSlasherNoRecordErrorID() common.Hash {
	return common.HexToHash("0x944d97ccf367405ba912588be92fe94088dd8b2ecf9dc2a6846dace4551a7661")
}

// UnpackSlasherNoRecordError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__NoRecord()
func (errorsLib *ErrorsLib) UnpackSlasherNoRecordError(raw []byte) (*ErrorsLibSlasherNoRecord, error) {
	out := new(ErrorsLibSlasherNoRecord)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Slasher__NoRecord", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibSlasherNoSupply represents a Slasher__NoSupply error raised by the ErrorsLib contract.
type ErrorsLibSlasherNoSupply struct {
	Timepoint *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__NoSupply(uint256 timepoint)
func ErrorsLibSlasherNoSupplyErrorID() common.Hash {
	return common.HexToHash("0x88d1defc6bce98265579b07e1264e61dca5f3a3a32120a08887bbfda2f903099")
}

// UnpackSlasherNoSupplyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__NoSupply(uint256 timepoint)
func (errorsLib *ErrorsLib) UnpackSlasherNoSupplyError(raw []byte) (*ErrorsLibSlasherNoSupply, error) {
	out := new(ErrorsLibSlasherNoSupply)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Slasher__NoSupply", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibSlasherNoValidators represents a Slasher__NoValidators error raised by the ErrorsLib contract.
type ErrorsLibSlasherNoValidators struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__NoValidators()
func ErrorsLibSlasherNoValidatorsErrorID() common.Hash {
	return common.HexToHash("0xe438c1cdc37fd39b7f254b90ea4122bc188aaafe4c66ffb1a64808f3c34b6585")
}

// UnpackSlasherNoValidatorsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__NoValidators()
func (errorsLib *ErrorsLib) UnpackSlasherNoValidatorsError(raw []byte) (*ErrorsLibSlasherNoValidators, error) {
	out := new(ErrorsLibSlasherNoValidators)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Slasher__NoValidators", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibSlasherNoVotingPower represents a Slasher__NoVotingPower error raised by the ErrorsLib contract.
type ErrorsLibSlasherNoVotingPower struct {
	Id    *big.Int
	Voter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__NoVotingPower(uint256 id, address voter)
func ErrorsLibSlasherNoVotingPowerErrorID() common.Hash {
	return common.HexToHash("0x8b749274af89e210062efee64278928313ffc6739fd941a85d6b1de8e005008c")
}

// UnpackSlasherNoVotingPowerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__NoVotingPower(uint256 id, address voter)
func (errorsLib *ErrorsLib) UnpackSlasherNoVotingPowerError(raw []byte) (*ErrorsLibSlasherNoVotingPower, error) {
	out := new(ErrorsLibSlasherNoVotingPower)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Slasher__NoVotingPower", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibSlasherNotInCommittee represents a Slasher__NotInCommittee error raised by the ErrorsLib contract.
type ErrorsLibSlasherNotInCommittee struct {
	Epoch    *big.Int
	Attester common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__NotInCommittee(uint256 epoch, address attester)
func ErrorsLibSlasherNotInCommitteeErrorID() common.Hash {
	return common.HexToHash("0xfcc52e3154b1bc67829b405e5bc2a60bda6353e8392a3bb02e0ee66d4e32709d")
}

// UnpackSlasherNotInCommitteeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__NotInCommittee(uint256 epoch, address attester)
func (errorsLib *ErrorsLib) UnpackSlasherNotInCommitteeError(raw []byte) (*ErrorsLibSlasherNotInCommittee, error) {
	out := new(ErrorsLibSlasherNotInCommittee)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Slasher__NotInCommittee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibSlasherNotInCommitteeOfRange represents a Slasher__NotInCommitteeOfRange error raised by the ErrorsLib contract.
type ErrorsLibSlasherNotInCommitteeOfRange struct {
	FirstEpoch *big.Int
	LastEpoch  *big.Int
	Attester   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__NotInCommitteeOfRange(uint256 firstEpoch, uint256 lastEpoch, address attester)
func ErrorsLibSlasherNotInCommitteeOfRangeErrorID() common.Hash {
	return common.HexToHash("0x19c3d9cab536a48c13f089e2b56063ec69610b31e18c6a57c2462fecd762a37d")
}

// UnpackSlasherNotInCommitteeOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__NotInCommitteeOfRange(uint256 firstEpoch, uint256 lastEpoch, address attester)
func (errorsLib *ErrorsLib) UnpackSlasherNotInCommitteeOfRangeError(raw []byte) (*ErrorsLibSlasherNotInCommitteeOfRange, error) {
	out := new(ErrorsLibSlasherNotInCommitteeOfRange)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Slasher__NotInCommitteeOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibSlasherNothingToSlash represents a Slasher__NothingToSlash error raised by the ErrorsLib contract.
type ErrorsLibSlasherNothingToSlash struct {
	Attester common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__NothingToSlash(address attester)
func ErrorsLibSlasherNothingToSlashErrorID() common.Hash {
	return common.HexToHash("0x25905a3a4515865675b5f0bcd1c90004c506c91aa29e4c90356c578fde577ba1")
}

// UnpackSlasherNothingToSlashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__NothingToSlash(address attester)
func (errorsLib *ErrorsLib) UnpackSlasherNothingToSlashError(raw []byte) (*ErrorsLibSlasherNothingToSlash, error) {
	out := new(ErrorsLibSlasherNothingToSlash)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Slasher__NothingToSlash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibSlasherRenounceDisabled represents a Slasher__RenounceDisabled error raised by the ErrorsLib contract.
type ErrorsLibSlasherRenounceDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__RenounceDisabled()
func ErrorsLibSlasherRenounceDisabledErrorID() common.Hash {
	return common.HexToHash("0xf9032fda2b66d368dd60257509ca369ebab6cc3be91ec33591a27ddca766840e")
}

// UnpackSlasherRenounceDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__RenounceDisabled()
func (errorsLib *ErrorsLib) UnpackSlasherRenounceDisabledError(raw []byte) (*ErrorsLibSlasherRenounceDisabled, error) {
	out := new(ErrorsLibSlasherRenounceDisabled)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Slasher__RenounceDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibSlasherSameHeader represents a Slasher__SameHeader error raised by the ErrorsLib contract.
type ErrorsLibSlasherSameHeader struct {
	HeaderHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__SameHeader(bytes32 headerHash)
func ErrorsLibSlasherSameHeaderErrorID() common.Hash {
	return common.HexToHash("0x1525c0fe0d3cc9a9733b5f6602187fa9163fa3f9ef9444dd96c882176239c28f")
}

// UnpackSlasherSameHeaderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__SameHeader(bytes32 headerHash)
func (errorsLib *ErrorsLib) UnpackSlasherSameHeaderError(raw []byte) (*ErrorsLibSlasherSameHeader, error) {
	out := new(ErrorsLibSlasherSameHeader)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Slasher__SameHeader", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibSlasherSignatureMalleable represents a Slasher__SignatureMalleable error raised by the ErrorsLib contract.
type ErrorsLibSlasherSignatureMalleable struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__SignatureMalleable(bytes32 s)
func ErrorsLibSlasherSignatureMalleableErrorID() common.Hash {
	return common.HexToHash("0x5dd8c9ee52b9ab916273b2edabff6955905d8700a4478288c42236df814c90b5")
}

// UnpackSlasherSignatureMalleableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__SignatureMalleable(bytes32 s)
func (errorsLib *ErrorsLib) UnpackSlasherSignatureMalleableError(raw []byte) (*ErrorsLibSlasherSignatureMalleable, error) {
	out := new(ErrorsLibSlasherSignatureMalleable)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Slasher__SignatureMalleable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibSlasherSignerMismatch represents a Slasher__SignerMismatch error raised by the ErrorsLib contract.
type ErrorsLibSlasherSignerMismatch struct {
	Expected  common.Address
	Recovered common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__SignerMismatch(address expected, address recovered)
func ErrorsLibSlasherSignerMismatchErrorID() common.Hash {
	return common.HexToHash("0xd655a97d60205d9573b224a71a787d92ddc8cc8208c1af9421d3da3e7d0fe183")
}

// UnpackSlasherSignerMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__SignerMismatch(address expected, address recovered)
func (errorsLib *ErrorsLib) UnpackSlasherSignerMismatchError(raw []byte) (*ErrorsLibSlasherSignerMismatch, error) {
	out := new(ErrorsLibSlasherSignerMismatch)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Slasher__SignerMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibSlasherSlotMismatch represents a Slasher__SlotMismatch error raised by the ErrorsLib contract.
type ErrorsLibSlasherSlotMismatch struct {
	Slot1 *big.Int
	Slot2 *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__SlotMismatch(uint256 slot1, uint256 slot2)
func ErrorsLibSlasherSlotMismatchErrorID() common.Hash {
	return common.HexToHash("0x529eb0034457a0391c8e76f1632724632b238b67bf5c05f34c8743d1dfc1ae77")
}

// UnpackSlasherSlotMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__SlotMismatch(uint256 slot1, uint256 slot2)
func (errorsLib *ErrorsLib) UnpackSlasherSlotMismatchError(raw []byte) (*ErrorsLibSlasherSlotMismatch, error) {
	out := new(ErrorsLibSlasherSlotMismatch)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Slasher__SlotMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibSlasherTooManyValidators represents a Slasher__TooManyValidators error raised by the ErrorsLib contract.
type ErrorsLibSlasherTooManyValidators struct {
	Count *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__TooManyValidators(uint256 count, uint256 max)
func ErrorsLibSlasherTooManyValidatorsErrorID() common.Hash {
	return common.HexToHash("0xb490175e43fd0175f5a88b3d71ce361085f2ac4586a261a197400cc356490afb")
}

// UnpackSlasherTooManyValidatorsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__TooManyValidators(uint256 count, uint256 max)
func (errorsLib *ErrorsLib) UnpackSlasherTooManyValidatorsError(raw []byte) (*ErrorsLibSlasherTooManyValidators, error) {
	out := new(ErrorsLibSlasherTooManyValidators)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Slasher__TooManyValidators", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibSlasherUnexpectedState represents a Slasher__UnexpectedState error raised by the ErrorsLib contract.
type ErrorsLibSlasherUnexpectedState struct {
	Id    *big.Int
	State uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__UnexpectedState(uint256 id, uint8 state)
func ErrorsLibSlasherUnexpectedStateErrorID() common.Hash {
	return common.HexToHash("0xe2df768cb0241764917ce20bde275520f6a7bad6f69b74a8bf6ce047034eea3b")
}

// UnpackSlasherUnexpectedStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__UnexpectedState(uint256 id, uint8 state)
func (errorsLib *ErrorsLib) UnpackSlasherUnexpectedStateError(raw []byte) (*ErrorsLibSlasherUnexpectedState, error) {
	out := new(ErrorsLibSlasherUnexpectedState)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Slasher__UnexpectedState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibSlasherUnknownProposal represents a Slasher__UnknownProposal error raised by the ErrorsLib contract.
type ErrorsLibSlasherUnknownProposal struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__UnknownProposal(uint256 id)
func ErrorsLibSlasherUnknownProposalErrorID() common.Hash {
	return common.HexToHash("0x90deb4372e0c2a0b64074ee5dc6790a81d2398cf37eb77211e7fd3bf0ecbab06")
}

// UnpackSlasherUnknownProposalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__UnknownProposal(uint256 id)
func (errorsLib *ErrorsLib) UnpackSlasherUnknownProposalError(raw []byte) (*ErrorsLibSlasherUnknownProposal, error) {
	out := new(ErrorsLibSlasherUnknownProposal)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Slasher__UnknownProposal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibSlasherValidatorsMismatch represents a Slasher__ValidatorsMismatch error raised by the ErrorsLib contract.
type ErrorsLibSlasherValidatorsMismatch struct {
	Attester common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__ValidatorsMismatch(address attester)
func ErrorsLibSlasherValidatorsMismatchErrorID() common.Hash {
	return common.HexToHash("0x27d8db1fc6fffaeeddf1fce23320f2993511f0feb9240bf8e05972a9c0add8d3")
}

// UnpackSlasherValidatorsMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__ValidatorsMismatch(address attester)
func (errorsLib *ErrorsLib) UnpackSlasherValidatorsMismatchError(raw []byte) (*ErrorsLibSlasherValidatorsMismatch, error) {
	out := new(ErrorsLibSlasherValidatorsMismatch)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Slasher__ValidatorsMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibSlasherValidatorsNotSorted represents a Slasher__ValidatorsNotSorted error raised by the ErrorsLib contract.
type ErrorsLibSlasherValidatorsNotSorted struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__ValidatorsNotSorted(uint256 index)
func ErrorsLibSlasherValidatorsNotSortedErrorID() common.Hash {
	return common.HexToHash("0x3a24c6efc80075084bbfdd0376b2cd55ae8bb943e4d5dee66436ffcc46a92917")
}

// UnpackSlasherValidatorsNotSortedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__ValidatorsNotSorted(uint256 index)
func (errorsLib *ErrorsLib) UnpackSlasherValidatorsNotSortedError(raw []byte) (*ErrorsLibSlasherValidatorsNotSorted, error) {
	out := new(ErrorsLibSlasherValidatorsNotSorted)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Slasher__ValidatorsNotSorted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibSlasherZeroAddress represents a Slasher__ZeroAddress error raised by the ErrorsLib contract.
type ErrorsLibSlasherZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__ZeroAddress()
func ErrorsLibSlasherZeroAddressErrorID() common.Hash {
	return common.HexToHash("0x62e02bcb83b84cc6e436d811071c98e2d2e7f982546bf392b4b20ece32fe3514")
}

// UnpackSlasherZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__ZeroAddress()
func (errorsLib *ErrorsLib) UnpackSlasherZeroAddressError(raw []byte) (*ErrorsLibSlasherZeroAddress, error) {
	out := new(ErrorsLibSlasherZeroAddress)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Slasher__ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibSptnGovernanceExitDelayTooShort represents a SptnGovernance__ExitDelayTooShort error raised by the ErrorsLib contract.
type ErrorsLibSptnGovernanceExitDelayTooShort struct {
	ExitDelay *big.Int
	Minimum   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SptnGovernance__ExitDelayTooShort(uint256 exitDelay, uint256 minimum)
func ErrorsLibSptnGovernanceExitDelayTooShortErrorID() common.Hash {
	return common.HexToHash("0xa7ed9ecfa15ef2155789fe4730fdce3fd4e9823d41a01b0dd06dddfea6d44fb4")
}

// UnpackSptnGovernanceExitDelayTooShortError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SptnGovernance__ExitDelayTooShort(uint256 exitDelay, uint256 minimum)
func (errorsLib *ErrorsLib) UnpackSptnGovernanceExitDelayTooShortError(raw []byte) (*ErrorsLibSptnGovernanceExitDelayTooShort, error) {
	out := new(ErrorsLibSptnGovernanceExitDelayTooShort)
	if err := errorsLib.abi.UnpackIntoInterface(out, "SptnGovernance__ExitDelayTooShort", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibSptnGovernanceNoRollup represents a SptnGovernance__NoRollup error raised by the ErrorsLib contract.
type ErrorsLibSptnGovernanceNoRollup struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SptnGovernance__NoRollup()
func ErrorsLibSptnGovernanceNoRollupErrorID() common.Hash {
	return common.HexToHash("0x255ed2f5ac4118c8b8ebc0a9ad0fb8699fd1ed91e1c073d8da4e4def18d75ed1")
}

// UnpackSptnGovernanceNoRollupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SptnGovernance__NoRollup()
func (errorsLib *ErrorsLib) UnpackSptnGovernanceNoRollupError(raw []byte) (*ErrorsLibSptnGovernanceNoRollup, error) {
	out := new(ErrorsLibSptnGovernanceNoRollup)
	if err := errorsLib.abi.UnpackIntoInterface(out, "SptnGovernance__NoRollup", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibSptnGovernanceNoSlasher represents a SptnGovernance__NoSlasher error raised by the ErrorsLib contract.
type ErrorsLibSptnGovernanceNoSlasher struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SptnGovernance__NoSlasher()
func ErrorsLibSptnGovernanceNoSlasherErrorID() common.Hash {
	return common.HexToHash("0xeff99c11175a2f2f7ba854665f931da23ee23ca2d9d051ebc3c08062ec529b45")
}

// UnpackSptnGovernanceNoSlasherError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SptnGovernance__NoSlasher()
func (errorsLib *ErrorsLib) UnpackSptnGovernanceNoSlasherError(raw []byte) (*ErrorsLibSptnGovernanceNoSlasher, error) {
	out := new(ErrorsLibSptnGovernanceNoSlasher)
	if err := errorsLib.abi.UnpackIntoInterface(out, "SptnGovernance__NoSlasher", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibSptnGovernanceRenounceDisabled represents a SptnGovernance__RenounceDisabled error raised by the ErrorsLib contract.
type ErrorsLibSptnGovernanceRenounceDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SptnGovernance__RenounceDisabled()
func ErrorsLibSptnGovernanceRenounceDisabledErrorID() common.Hash {
	return common.HexToHash("0x4668fde04bba29ce04467f066fd1d63046edb13d8f8b159d7df569e1aef3dd6e")
}

// UnpackSptnGovernanceRenounceDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SptnGovernance__RenounceDisabled()
func (errorsLib *ErrorsLib) UnpackSptnGovernanceRenounceDisabledError(raw []byte) (*ErrorsLibSptnGovernanceRenounceDisabled, error) {
	out := new(ErrorsLibSptnGovernanceRenounceDisabled)
	if err := errorsLib.abi.UnpackIntoInterface(out, "SptnGovernance__RenounceDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibSptnGovernanceZeroAddress represents a SptnGovernance__ZeroAddress error raised by the ErrorsLib contract.
type ErrorsLibSptnGovernanceZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SptnGovernance__ZeroAddress()
func ErrorsLibSptnGovernanceZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xb6ad312e57c189afb4a5a4cf41205602555803b2ca5fef9c07efe5c93be92199")
}

// UnpackSptnGovernanceZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SptnGovernance__ZeroAddress()
func (errorsLib *ErrorsLib) UnpackSptnGovernanceZeroAddressError(raw []byte) (*ErrorsLibSptnGovernanceZeroAddress, error) {
	out := new(ErrorsLibSptnGovernanceZeroAddress)
	if err := errorsLib.abi.UnpackIntoInterface(out, "SptnGovernance__ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibStakingAlreadyActive represents a Staking__AlreadyActive error raised by the ErrorsLib contract.
type ErrorsLibStakingAlreadyActive struct {
	Attester common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__AlreadyActive(address attester)
func ErrorsLibStakingAlreadyActiveErrorID() common.Hash {
	return common.HexToHash("0x5e206fa4171bee8b459ad8715d221e3cfb72643f86a20dfdf5f91071628beffb")
}

// UnpackStakingAlreadyActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__AlreadyActive(address attester)
func (errorsLib *ErrorsLib) UnpackStakingAlreadyActiveError(raw []byte) (*ErrorsLibStakingAlreadyActive, error) {
	out := new(ErrorsLibStakingAlreadyActive)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Staking__AlreadyActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibStakingAuthorizationExpired represents a Staking__AuthorizationExpired error raised by the ErrorsLib contract.
type ErrorsLibStakingAuthorizationExpired struct {
	Deadline *big.Int
	Now      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__AuthorizationExpired(uint256 deadline, uint256 now_)
func ErrorsLibStakingAuthorizationExpiredErrorID() common.Hash {
	return common.HexToHash("0x37f8a6e2c0199a806ae6460db69428839e2a83ed2cebb596b751bbeadf76aefe")
}

// UnpackStakingAuthorizationExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__AuthorizationExpired(uint256 deadline, uint256 now_)
func (errorsLib *ErrorsLib) UnpackStakingAuthorizationExpiredError(raw []byte) (*ErrorsLibStakingAuthorizationExpired, error) {
	out := new(ErrorsLibStakingAuthorizationExpired)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Staking__AuthorizationExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibStakingEmptySlash represents a Staking__EmptySlash error raised by the ErrorsLib contract.
type ErrorsLibStakingEmptySlash struct {
	Attester common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__EmptySlash(address attester)
func ErrorsLibStakingEmptySlashErrorID() common.Hash {
	return common.HexToHash("0xe818d423909c1aca86240f0266e3fe6563c056b231ebf164dcad224f7799dedd")
}

// UnpackStakingEmptySlashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__EmptySlash(address attester)
func (errorsLib *ErrorsLib) UnpackStakingEmptySlashError(raw []byte) (*ErrorsLibStakingEmptySlash, error) {
	out := new(ErrorsLibStakingEmptySlash)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Staking__EmptySlash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibStakingExitDelayBelowSlasherMinimum represents a Staking__ExitDelayBelowSlasherMinimum error raised by the ErrorsLib contract.
type ErrorsLibStakingExitDelayBelowSlasherMinimum struct {
	ExitDelay *big.Int
	Minimum   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__ExitDelayBelowSlasherMinimum(uint256 exitDelay, uint256 minimum)
func ErrorsLibStakingExitDelayBelowSlasherMinimumErrorID() common.Hash {
	return common.HexToHash("0x1c2803684dff6394c34dcae619ec68503ddc5249f21a328a67bcded4b6d405f6")
}

// UnpackStakingExitDelayBelowSlasherMinimumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__ExitDelayBelowSlasherMinimum(uint256 exitDelay, uint256 minimum)
func (errorsLib *ErrorsLib) UnpackStakingExitDelayBelowSlasherMinimumError(raw []byte) (*ErrorsLibStakingExitDelayBelowSlasherMinimum, error) {
	out := new(ErrorsLibStakingExitDelayBelowSlasherMinimum)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Staking__ExitDelayBelowSlasherMinimum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibStakingExitDelayNotPassed represents a Staking__ExitDelayNotPassed error raised by the ErrorsLib contract.
type ErrorsLibStakingExitDelayNotPassed struct {
	Attester   common.Address
	Now        *big.Int
	ExitableAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__ExitDelayNotPassed(address attester, uint256 now_, uint256 exitableAt)
func ErrorsLibStakingExitDelayNotPassedErrorID() common.Hash {
	return common.HexToHash("0xadc760f9e110f678a7e9bb7881e668a797d1bcc11589376261ca671f7ef1b004")
}

// UnpackStakingExitDelayNotPassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__ExitDelayNotPassed(address attester, uint256 now_, uint256 exitableAt)
func (errorsLib *ErrorsLib) UnpackStakingExitDelayNotPassedError(raw []byte) (*ErrorsLibStakingExitDelayNotPassed, error) {
	out := new(ErrorsLibStakingExitDelayNotPassed)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Staking__ExitDelayNotPassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibStakingExitDelayTooLong represents a Staking__ExitDelayTooLong error raised by the ErrorsLib contract.
type ErrorsLibStakingExitDelayTooLong struct {
	ExitDelay *big.Int
	Max       *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__ExitDelayTooLong(uint256 exitDelay, uint256 max)
func ErrorsLibStakingExitDelayTooLongErrorID() common.Hash {
	return common.HexToHash("0x64b43e284ddd75b9d9434613e7ccda0aca9102bbeb811fda62a93bfe1577c8b5")
}

// UnpackStakingExitDelayTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__ExitDelayTooLong(uint256 exitDelay, uint256 max)
func (errorsLib *ErrorsLib) UnpackStakingExitDelayTooLongError(raw []byte) (*ErrorsLibStakingExitDelayTooLong, error) {
	out := new(ErrorsLibStakingExitDelayTooLong)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Staking__ExitDelayTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibStakingExiting represents a Staking__Exiting error raised by the ErrorsLib contract.
type ErrorsLibStakingExiting struct {
	Attester common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__Exiting(address attester)
func ErrorsLibStakingExitingErrorID() common.Hash {
	return common.HexToHash("0x438ff1a7d99801a62f2171cb7cda121c83fd000a4a515e50f4895d274275f4d7")
}

// UnpackStakingExitingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__Exiting(address attester)
func (errorsLib *ErrorsLib) UnpackStakingExitingError(raw []byte) (*ErrorsLibStakingExiting, error) {
	out := new(ErrorsLibStakingExiting)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Staking__Exiting", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibStakingIndexOutOfBounds represents a Staking__IndexOutOfBounds error raised by the ErrorsLib contract.
type ErrorsLibStakingIndexOutOfBounds struct {
	Index *big.Int
	Size  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__IndexOutOfBounds(uint256 index, uint256 size)
func ErrorsLibStakingIndexOutOfBoundsErrorID() common.Hash {
	return common.HexToHash("0x41ad54ae03ea717c7d06d77f2a20d375e2d83faf2584538987052ec2d493dad4")
}

// UnpackStakingIndexOutOfBoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__IndexOutOfBounds(uint256 index, uint256 size)
func (errorsLib *ErrorsLib) UnpackStakingIndexOutOfBoundsError(raw []byte) (*ErrorsLibStakingIndexOutOfBounds, error) {
	out := new(ErrorsLibStakingIndexOutOfBounds)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Staking__IndexOutOfBounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibStakingInsufficientStake represents a Staking__InsufficientStake error raised by the ErrorsLib contract.
type ErrorsLibStakingInsufficientStake struct {
	Attester common.Address
	Stake    *big.Int
	Minimum  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__InsufficientStake(address attester, uint256 stake, uint256 minimum)
func ErrorsLibStakingInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x963db849813feeaab4893b50d37c11191d8a5fa3ff0577477cdcb365516d3f61")
}

// UnpackStakingInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__InsufficientStake(address attester, uint256 stake, uint256 minimum)
func (errorsLib *ErrorsLib) UnpackStakingInsufficientStakeError(raw []byte) (*ErrorsLibStakingInsufficientStake, error) {
	out := new(ErrorsLibStakingInsufficientStake)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Staking__InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibStakingInvalidAuthorization represents a Staking__InvalidAuthorization error raised by the ErrorsLib contract.
type ErrorsLibStakingInvalidAuthorization struct {
	Attester common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__InvalidAuthorization(address attester)
func ErrorsLibStakingInvalidAuthorizationErrorID() common.Hash {
	return common.HexToHash("0xbc121b7822d0b75dffebd37d1d5bef8095f60b311ea3d212109b8c6eab63170b")
}

// UnpackStakingInvalidAuthorizationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__InvalidAuthorization(address attester)
func (errorsLib *ErrorsLib) UnpackStakingInvalidAuthorizationError(raw []byte) (*ErrorsLibStakingInvalidAuthorization, error) {
	out := new(ErrorsLibStakingInvalidAuthorization)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Staking__InvalidAuthorization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibStakingLockTooLong represents a Staking__LockTooLong error raised by the ErrorsLib contract.
type ErrorsLibStakingLockTooLong struct {
	Until *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__LockTooLong(uint256 until, uint256 max)
func ErrorsLibStakingLockTooLongErrorID() common.Hash {
	return common.HexToHash("0xf444f012c9977d764b0dd3050bebc10151e219f100335a1a9daa38c7c7225802")
}

// UnpackStakingLockTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__LockTooLong(uint256 until, uint256 max)
func (errorsLib *ErrorsLib) UnpackStakingLockTooLongError(raw []byte) (*ErrorsLibStakingLockTooLong, error) {
	out := new(ErrorsLibStakingLockTooLong)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Staking__LockTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibStakingLocked represents a Staking__Locked error raised by the ErrorsLib contract.
type ErrorsLibStakingLocked struct {
	Attester    common.Address
	LockedUntil *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__Locked(address attester, uint256 lockedUntil)
func ErrorsLibStakingLockedErrorID() common.Hash {
	return common.HexToHash("0xf21c8af377ddc3580b176e917dc358537b62976598c8b329d167e915eb99d3a0")
}

// UnpackStakingLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__Locked(address attester, uint256 lockedUntil)
func (errorsLib *ErrorsLib) UnpackStakingLockedError(raw []byte) (*ErrorsLibStakingLocked, error) {
	out := new(ErrorsLibStakingLocked)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Staking__Locked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibStakingNoPendingSlasher represents a Staking__NoPendingSlasher error raised by the ErrorsLib contract.
type ErrorsLibStakingNoPendingSlasher struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__NoPendingSlasher()
func ErrorsLibStakingNoPendingSlasherErrorID() common.Hash {
	return common.HexToHash("0x3f1c03a88d8772549aa3c4da3b5208c3990ead65dbc1d8ecd4a5aeecbd7a3aad")
}

// UnpackStakingNoPendingSlasherError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__NoPendingSlasher()
func (errorsLib *ErrorsLib) UnpackStakingNoPendingSlasherError(raw []byte) (*ErrorsLibStakingNoPendingSlasher, error) {
	out := new(ErrorsLibStakingNoPendingSlasher)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Staking__NoPendingSlasher", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibStakingNoStake represents a Staking__NoStake error raised by the ErrorsLib contract.
type ErrorsLibStakingNoStake struct {
	Attester common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__NoStake(address attester)
func ErrorsLibStakingNoStakeErrorID() common.Hash {
	return common.HexToHash("0x1d2a9dd0ee7c9f54e4dbfb57a05cfd7a86a8c915f16e898adfb619e7cb688e84")
}

// UnpackStakingNoStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__NoStake(address attester)
func (errorsLib *ErrorsLib) UnpackStakingNoStakeError(raw []byte) (*ErrorsLibStakingNoStake, error) {
	out := new(ErrorsLibStakingNoStake)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Staking__NoStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibStakingNotActive represents a Staking__NotActive error raised by the ErrorsLib contract.
type ErrorsLibStakingNotActive struct {
	Attester common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__NotActive(address attester)
func ErrorsLibStakingNotActiveErrorID() common.Hash {
	return common.HexToHash("0x5b266f415a496d576a536fea2e1201dfc85a0f91aeaf9854a4d8bbd465a11774")
}

// UnpackStakingNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__NotActive(address attester)
func (errorsLib *ErrorsLib) UnpackStakingNotActiveError(raw []byte) (*ErrorsLibStakingNotActive, error) {
	out := new(ErrorsLibStakingNotActive)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Staking__NotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibStakingNotAuthorizedByAttester represents a Staking__NotAuthorizedByAttester error raised by the ErrorsLib contract.
type ErrorsLibStakingNotAuthorizedByAttester struct {
	Attester common.Address
	Caller   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__NotAuthorizedByAttester(address attester, address caller)
func ErrorsLibStakingNotAuthorizedByAttesterErrorID() common.Hash {
	return common.HexToHash("0x3d54d8ed1e8b141f624e25e69219d00f738d05627ee60dd3d3e4ed13c605d036")
}

// UnpackStakingNotAuthorizedByAttesterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__NotAuthorizedByAttester(address attester, address caller)
func (errorsLib *ErrorsLib) UnpackStakingNotAuthorizedByAttesterError(raw []byte) (*ErrorsLibStakingNotAuthorizedByAttester, error) {
	out := new(ErrorsLibStakingNotAuthorizedByAttester)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Staking__NotAuthorizedByAttester", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibStakingNotExiting represents a Staking__NotExiting error raised by the ErrorsLib contract.
type ErrorsLibStakingNotExiting struct {
	Attester common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__NotExiting(address attester)
func ErrorsLibStakingNotExitingErrorID() common.Hash {
	return common.HexToHash("0xef566ee0eeb5e614730397abec87c0cda83d93e63a8948a6f7b13a5d6bd8f5c8")
}

// UnpackStakingNotExitingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__NotExiting(address attester)
func (errorsLib *ErrorsLib) UnpackStakingNotExitingError(raw []byte) (*ErrorsLibStakingNotExiting, error) {
	out := new(ErrorsLibStakingNotExiting)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Staking__NotExiting", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibStakingNotSlasher represents a Staking__NotSlasher error raised by the ErrorsLib contract.
type ErrorsLibStakingNotSlasher struct {
	Caller  common.Address
	Slasher common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__NotSlasher(address caller, address slasher)
func ErrorsLibStakingNotSlasherErrorID() common.Hash {
	return common.HexToHash("0x23a6f432c47c02f5040e3b9d30fefbc6b2f01885156526154ac96045a3a46831")
}

// UnpackStakingNotSlasherError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__NotSlasher(address caller, address slasher)
func (errorsLib *ErrorsLib) UnpackStakingNotSlasherError(raw []byte) (*ErrorsLibStakingNotSlasher, error) {
	out := new(ErrorsLibStakingNotSlasher)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Staking__NotSlasher", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibStakingNotWithdrawer represents a Staking__NotWithdrawer error raised by the ErrorsLib contract.
type ErrorsLibStakingNotWithdrawer struct {
	Attester   common.Address
	Caller     common.Address
	Withdrawer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__NotWithdrawer(address attester, address caller, address withdrawer)
func ErrorsLibStakingNotWithdrawerErrorID() common.Hash {
	return common.HexToHash("0x498ff923e654472ab1deb0da9591102bbe6637b460543dca0315783e9f42f5e2")
}

// UnpackStakingNotWithdrawerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__NotWithdrawer(address attester, address caller, address withdrawer)
func (errorsLib *ErrorsLib) UnpackStakingNotWithdrawerError(raw []byte) (*ErrorsLibStakingNotWithdrawer, error) {
	out := new(ErrorsLibStakingNotWithdrawer)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Staking__NotWithdrawer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibStakingRenounceDisabled represents a Staking__RenounceDisabled error raised by the ErrorsLib contract.
type ErrorsLibStakingRenounceDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__RenounceDisabled()
func ErrorsLibStakingRenounceDisabledErrorID() common.Hash {
	return common.HexToHash("0x4d5d9e4b9ceacae25bea13a4456a91f61a060e2ef1edeafa5c81bc7cdf2eaa4e")
}

// UnpackStakingRenounceDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__RenounceDisabled()
func (errorsLib *ErrorsLib) UnpackStakingRenounceDisabledError(raw []byte) (*ErrorsLibStakingRenounceDisabled, error) {
	out := new(ErrorsLibStakingRenounceDisabled)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Staking__RenounceDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibStakingSlasherAlreadyNamed represents a Staking__SlasherAlreadyNamed error raised by the ErrorsLib contract.
type ErrorsLibStakingSlasherAlreadyNamed struct {
	Slasher common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__SlasherAlreadyNamed(address slasher)
func ErrorsLibStakingSlasherAlreadyNamedErrorID() common.Hash {
	return common.HexToHash("0xaa88512c09a2060704fb7e4a9a65dc49b940adca8fadd3c5e3b234feb121b528")
}

// UnpackStakingSlasherAlreadyNamedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__SlasherAlreadyNamed(address slasher)
func (errorsLib *ErrorsLib) UnpackStakingSlasherAlreadyNamedError(raw []byte) (*ErrorsLibStakingSlasherAlreadyNamed, error) {
	out := new(ErrorsLibStakingSlasherAlreadyNamed)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Staking__SlasherAlreadyNamed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibStakingSlasherChangePending represents a Staking__SlasherChangePending error raised by the ErrorsLib contract.
type ErrorsLibStakingSlasherChangePending struct {
	ActivatesAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__SlasherChangePending(uint256 activatesAt)
func ErrorsLibStakingSlasherChangePendingErrorID() common.Hash {
	return common.HexToHash("0xf2dac970f03bc68d0ea68f315cf3cf7da88222ea9596b211425cd2d6efef0250")
}

// UnpackStakingSlasherChangePendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__SlasherChangePending(uint256 activatesAt)
func (errorsLib *ErrorsLib) UnpackStakingSlasherChangePendingError(raw []byte) (*ErrorsLibStakingSlasherChangePending, error) {
	out := new(ErrorsLibStakingSlasherChangePending)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Staking__SlasherChangePending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibStakingSlasherNotDue represents a Staking__SlasherNotDue error raised by the ErrorsLib contract.
type ErrorsLibStakingSlasherNotDue struct {
	Now         *big.Int
	ActivatesAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__SlasherNotDue(uint256 now_, uint256 activatesAt)
func ErrorsLibStakingSlasherNotDueErrorID() common.Hash {
	return common.HexToHash("0x506854b1b53ebc9819cebd07178bab1a57112a9667b56c915ce1c9c5d47c4a76")
}

// UnpackStakingSlasherNotDueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__SlasherNotDue(uint256 now_, uint256 activatesAt)
func (errorsLib *ErrorsLib) UnpackStakingSlasherNotDueError(raw []byte) (*ErrorsLibStakingSlasherNotDue, error) {
	out := new(ErrorsLibStakingSlasherNotDue)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Staking__SlasherNotDue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibStakingSlasherNotNamed represents a Staking__SlasherNotNamed error raised by the ErrorsLib contract.
type ErrorsLibStakingSlasherNotNamed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__SlasherNotNamed()
func ErrorsLibStakingSlasherNotNamedErrorID() common.Hash {
	return common.HexToHash("0xeec0c29a71b7d0044cff07f200f1d15c1649c54ce656ab8765d7bf7985964bbc")
}

// UnpackStakingSlasherNotNamedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__SlasherNotNamed()
func (errorsLib *ErrorsLib) UnpackStakingSlasherNotNamedError(raw []byte) (*ErrorsLibStakingSlasherNotNamed, error) {
	out := new(ErrorsLibStakingSlasherNotNamed)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Staking__SlasherNotNamed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibStakingSlasherStatesNoExitDelay represents a Staking__SlasherStatesNoExitDelay error raised by the ErrorsLib contract.
type ErrorsLibStakingSlasherStatesNoExitDelay struct {
	Slasher common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__SlasherStatesNoExitDelay(address slasher)
func ErrorsLibStakingSlasherStatesNoExitDelayErrorID() common.Hash {
	return common.HexToHash("0xe52e5ad86ebcabda8e1bbe8f9ac7c077c96b356240ca7c2eaca3c23f2bdebbea")
}

// UnpackStakingSlasherStatesNoExitDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__SlasherStatesNoExitDelay(address slasher)
func (errorsLib *ErrorsLib) UnpackStakingSlasherStatesNoExitDelayError(raw []byte) (*ErrorsLibStakingSlasherStatesNoExitDelay, error) {
	out := new(ErrorsLibStakingSlasherStatesNoExitDelay)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Staking__SlasherStatesNoExitDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibStakingTokenMismatch represents a Staking__TokenMismatch error raised by the ErrorsLib contract.
type ErrorsLibStakingTokenMismatch struct {
	PoolToken common.Address
	Token     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__TokenMismatch(address poolToken, address token)
func ErrorsLibStakingTokenMismatchErrorID() common.Hash {
	return common.HexToHash("0x861a10846f631bdd917309b7c2b7015407c55f0ef2973b3d74e88fa0084a7d9a")
}

// UnpackStakingTokenMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__TokenMismatch(address poolToken, address token)
func (errorsLib *ErrorsLib) UnpackStakingTokenMismatchError(raw []byte) (*ErrorsLibStakingTokenMismatch, error) {
	out := new(ErrorsLibStakingTokenMismatch)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Staking__TokenMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibStakingWithdrawerMismatch represents a Staking__WithdrawerMismatch error raised by the ErrorsLib contract.
type ErrorsLibStakingWithdrawerMismatch struct {
	Attester   common.Address
	Withdrawer common.Address
	Given      common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__WithdrawerMismatch(address attester, address withdrawer, address given)
func ErrorsLibStakingWithdrawerMismatchErrorID() common.Hash {
	return common.HexToHash("0x4215be82d30c0f2205966f3992542c9c3b648841853895b2361ef5d6ea8e7e03")
}

// UnpackStakingWithdrawerMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__WithdrawerMismatch(address attester, address withdrawer, address given)
func (errorsLib *ErrorsLib) UnpackStakingWithdrawerMismatchError(raw []byte) (*ErrorsLibStakingWithdrawerMismatch, error) {
	out := new(ErrorsLibStakingWithdrawerMismatch)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Staking__WithdrawerMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibStakingZeroAddress represents a Staking__ZeroAddress error raised by the ErrorsLib contract.
type ErrorsLibStakingZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__ZeroAddress()
func ErrorsLibStakingZeroAddressErrorID() common.Hash {
	return common.HexToHash("0x0bd684dd3037d278bd93f5c7a226a9bab8a2bc7b86144874bf011ed5a7bf56ff")
}

// UnpackStakingZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__ZeroAddress()
func (errorsLib *ErrorsLib) UnpackStakingZeroAddressError(raw []byte) (*ErrorsLibStakingZeroAddress, error) {
	out := new(ErrorsLibStakingZeroAddress)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Staking__ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ErrorsLibStakingZeroAmount represents a Staking__ZeroAmount error raised by the ErrorsLib contract.
type ErrorsLibStakingZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__ZeroAmount()
func ErrorsLibStakingZeroAmountErrorID() common.Hash {
	return common.HexToHash("0xa7b70b2edcd0199014bfdc4f76618ebbd8208b8b5c42da7ea24eb7615b6c0d62")
}

// UnpackStakingZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__ZeroAmount()
func (errorsLib *ErrorsLib) UnpackStakingZeroAmountError(raw []byte) (*ErrorsLibStakingZeroAmount, error) {
	out := new(ErrorsLibStakingZeroAmount)
	if err := errorsLib.abi.UnpackIntoInterface(out, "Staking__ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
