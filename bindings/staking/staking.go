// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package staking

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

// IStakingStakeInfo is an auto generated low-level Go binding around an user-defined struct.
type IStakingStakeInfo struct {
	Withdrawer  common.Address
	Status      uint8
	ExitableAt  *big.Int
	LockedUntil *big.Int
	Amount      *big.Int
}

// StakingMetaData contains all meta data concerning the Staking contract.
var StakingMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"token_\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"rewardPool_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"initialOwner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"minimumStake_\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"exitDelay_\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"MAX_EXIT_DELAY\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_LOCK\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"STAKE_AUTHORIZATION_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"activate\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"activateSlasher\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"deactivate\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"exitDelay\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getActiveAttesterAt\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"timestamp\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getActiveAttesters\",\"inputs\":[],\"outputs\":[{\"name\":\"attesters\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getActiveAttestersAt\",\"inputs\":[{\"name\":\"timestamp\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"attesters\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getActiveSetSize\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getActiveSetSizeAt\",\"inputs\":[{\"name\":\"timestamp\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getStake\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIStaking.StakeInfo\",\"components\":[{\"name\":\"withdrawer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumIStaking.Status\"},{\"name\":\"exitableAt\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"lockedUntil\",\"type\":\"uint40\",\"internalType\":\"uint40\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"initiateExit\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"isActive\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"latestExitableAt\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"lock\",\"inputs\":[{\"name\":\"attesters\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"until\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"minimumStake\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nonces\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingSlasher\",\"inputs\":[],\"outputs\":[{\"name\":\"pending\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"activatesAt\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"queueSlasher\",\"inputs\":[{\"name\":\"slasher_\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"rewardPool\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setExitDelay\",\"inputs\":[{\"name\":\"exitDelay_\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setInitialSlasher\",\"inputs\":[{\"name\":\"slasher_\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMinimumStake\",\"inputs\":[{\"name\":\"minimumStake_\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"slash\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"kick\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"slasher\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"slasherChangeActivatesAt\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"slasherNamed\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"stake\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"withdrawer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"stakeAuthorizationDigest\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"withdrawer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"stakeWithAuthorization\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"withdrawer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"token\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"AttesterActivated\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"index\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"AttesterDeactivated\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ExitDelaySet\",\"inputs\":[{\"name\":\"exitDelay\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ExitInitiated\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"withdrawer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"exitableAt\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MinimumStakeSet\",\"inputs\":[{\"name\":\"minimumStake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Slashed\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"kicked\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SlasherQueued\",\"inputs\":[{\"name\":\"slasher\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"activatesAt\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SlasherSet\",\"inputs\":[{\"name\":\"slasher\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"StakeLocked\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"until\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Staked\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"withdrawer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"funder\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"CheckpointUnorderedInsertion\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidAccountNonce\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"currentNonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__AlreadyActive\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__AuthorizationExpired\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"now_\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Staking__EmptySlash\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__ExitDelayBelowSlasherMinimum\",\"inputs\":[{\"name\":\"exitDelay\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minimum\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Staking__ExitDelayNotPassed\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"now_\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"exitableAt\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Staking__ExitDelayTooLong\",\"inputs\":[{\"name\":\"exitDelay\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Staking__Exiting\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__IndexOutOfBounds\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"size\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Staking__InsufficientStake\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"stake\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minimum\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Staking__InvalidAuthorization\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__LockTooLong\",\"inputs\":[{\"name\":\"until\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Staking__Locked\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"lockedUntil\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Staking__NoPendingSlasher\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Staking__NoStake\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__NotActive\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__NotAuthorizedByAttester\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__NotExiting\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__NotSlasher\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"slasher\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__NotWithdrawer\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"withdrawer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__RenounceDisabled\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Staking__SlasherAlreadyNamed\",\"inputs\":[{\"name\":\"slasher\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__SlasherChangePending\",\"inputs\":[{\"name\":\"activatesAt\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Staking__SlasherNotDue\",\"inputs\":[{\"name\":\"now_\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"activatesAt\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Staking__SlasherNotNamed\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Staking__SlasherStatesNoExitDelay\",\"inputs\":[{\"name\":\"slasher\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__TokenMismatch\",\"inputs\":[{\"name\":\"poolToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__WithdrawerMismatch\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"withdrawer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"given\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Staking__ZeroAmount\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]}]",
	ID:  "Staking",
}

// Staking is an auto generated Go binding around an Ethereum contract.
type Staking struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Staking) GetABI() abi.ABI {
	return c.abi
}

// NewStaking creates a new instance of Staking.
func NewStaking() *Staking {
	parsed, err := StakingMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Staking{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Staking) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address rewardPool_, address initialOwner, uint256 minimumStake_, uint256 exitDelay_) returns()
func (staking *Staking) PackConstructor(token_ common.Address, rewardPool_ common.Address, initialOwner common.Address, minimumStake_ *big.Int, exitDelay_ *big.Int) []byte {
	enc, err := staking.abi.Pack("", token_, rewardPool_, initialOwner, minimumStake_, exitDelay_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXEXITDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4616283a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_EXIT_DELAY() view returns(uint256)
func (staking *Staking) PackMAXEXITDELAY() []byte {
	enc, err := staking.abi.Pack("MAX_EXIT_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXEXITDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4616283a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_EXIT_DELAY() view returns(uint256)
func (staking *Staking) TryPackMAXEXITDELAY() ([]byte, error) {
	return staking.abi.Pack("MAX_EXIT_DELAY")
}

// UnpackMAXEXITDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4616283a.
//
// Solidity: function MAX_EXIT_DELAY() view returns(uint256)
func (staking *Staking) UnpackMAXEXITDELAY(data []byte) (*big.Int, error) {
	out, err := staking.abi.Unpack("MAX_EXIT_DELAY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXLOCK is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65a5d5f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_LOCK() view returns(uint256)
func (staking *Staking) PackMAXLOCK() []byte {
	enc, err := staking.abi.Pack("MAX_LOCK")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXLOCK is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65a5d5f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_LOCK() view returns(uint256)
func (staking *Staking) TryPackMAXLOCK() ([]byte, error) {
	return staking.abi.Pack("MAX_LOCK")
}

// UnpackMAXLOCK is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x65a5d5f0.
//
// Solidity: function MAX_LOCK() view returns(uint256)
func (staking *Staking) UnpackMAXLOCK(data []byte) (*big.Int, error) {
	out, err := staking.abi.Unpack("MAX_LOCK", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSTAKEAUTHORIZATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5229d038.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function STAKE_AUTHORIZATION_TYPEHASH() view returns(bytes32)
func (staking *Staking) PackSTAKEAUTHORIZATIONTYPEHASH() []byte {
	enc, err := staking.abi.Pack("STAKE_AUTHORIZATION_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSTAKEAUTHORIZATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5229d038.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function STAKE_AUTHORIZATION_TYPEHASH() view returns(bytes32)
func (staking *Staking) TryPackSTAKEAUTHORIZATIONTYPEHASH() ([]byte, error) {
	return staking.abi.Pack("STAKE_AUTHORIZATION_TYPEHASH")
}

// UnpackSTAKEAUTHORIZATIONTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5229d038.
//
// Solidity: function STAKE_AUTHORIZATION_TYPEHASH() view returns(bytes32)
func (staking *Staking) UnpackSTAKEAUTHORIZATIONTYPEHASH(data []byte) ([32]byte, error) {
	out, err := staking.abi.Unpack("STAKE_AUTHORIZATION_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackActivate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c5a9d9c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function activate(address attester) returns()
func (staking *Staking) PackActivate(attester common.Address) []byte {
	enc, err := staking.abi.Pack("activate", attester)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActivate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c5a9d9c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function activate(address attester) returns()
func (staking *Staking) TryPackActivate(attester common.Address) ([]byte, error) {
	return staking.abi.Pack("activate", attester)
}

// PackActivateSlasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9d0dd81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function activateSlasher() returns()
func (staking *Staking) PackActivateSlasher() []byte {
	enc, err := staking.abi.Pack("activateSlasher")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActivateSlasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9d0dd81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function activateSlasher() returns()
func (staking *Staking) TryPackActivateSlasher() ([]byte, error) {
	return staking.abi.Pack("activateSlasher")
}

// PackDeactivate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ea053eb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deactivate(address attester) returns()
func (staking *Staking) PackDeactivate(attester common.Address) []byte {
	enc, err := staking.abi.Pack("deactivate", attester)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeactivate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ea053eb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deactivate(address attester) returns()
func (staking *Staking) TryPackDeactivate(attester common.Address) ([]byte, error) {
	return staking.abi.Pack("deactivate", attester)
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (staking *Staking) PackEip712Domain() []byte {
	enc, err := staking.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (staking *Staking) TryPackEip712Domain() ([]byte, error) {
	return staking.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (staking *Staking) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := staking.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackExitDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28388630.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exitDelay() view returns(uint256)
func (staking *Staking) PackExitDelay() []byte {
	enc, err := staking.abi.Pack("exitDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExitDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28388630.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exitDelay() view returns(uint256)
func (staking *Staking) TryPackExitDelay() ([]byte, error) {
	return staking.abi.Pack("exitDelay")
}

// UnpackExitDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x28388630.
//
// Solidity: function exitDelay() view returns(uint256)
func (staking *Staking) UnpackExitDelay(data []byte) (*big.Int, error) {
	out, err := staking.abi.Unpack("exitDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetActiveAttesterAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe68ec295.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getActiveAttesterAt(uint256 index, uint256 timestamp) view returns(address)
func (staking *Staking) PackGetActiveAttesterAt(index *big.Int, timestamp *big.Int) []byte {
	enc, err := staking.abi.Pack("getActiveAttesterAt", index, timestamp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetActiveAttesterAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe68ec295.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getActiveAttesterAt(uint256 index, uint256 timestamp) view returns(address)
func (staking *Staking) TryPackGetActiveAttesterAt(index *big.Int, timestamp *big.Int) ([]byte, error) {
	return staking.abi.Pack("getActiveAttesterAt", index, timestamp)
}

// UnpackGetActiveAttesterAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe68ec295.
//
// Solidity: function getActiveAttesterAt(uint256 index, uint256 timestamp) view returns(address)
func (staking *Staking) UnpackGetActiveAttesterAt(data []byte) (common.Address, error) {
	out, err := staking.abi.Unpack("getActiveAttesterAt", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetActiveAttesters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1bc28c7c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getActiveAttesters() view returns(address[] attesters)
func (staking *Staking) PackGetActiveAttesters() []byte {
	enc, err := staking.abi.Pack("getActiveAttesters")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetActiveAttesters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1bc28c7c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getActiveAttesters() view returns(address[] attesters)
func (staking *Staking) TryPackGetActiveAttesters() ([]byte, error) {
	return staking.abi.Pack("getActiveAttesters")
}

// UnpackGetActiveAttesters is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1bc28c7c.
//
// Solidity: function getActiveAttesters() view returns(address[] attesters)
func (staking *Staking) UnpackGetActiveAttesters(data []byte) ([]common.Address, error) {
	out, err := staking.abi.Unpack("getActiveAttesters", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackGetActiveAttestersAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f12bd24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getActiveAttestersAt(uint256 timestamp) view returns(address[] attesters)
func (staking *Staking) PackGetActiveAttestersAt(timestamp *big.Int) []byte {
	enc, err := staking.abi.Pack("getActiveAttestersAt", timestamp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetActiveAttestersAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f12bd24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getActiveAttestersAt(uint256 timestamp) view returns(address[] attesters)
func (staking *Staking) TryPackGetActiveAttestersAt(timestamp *big.Int) ([]byte, error) {
	return staking.abi.Pack("getActiveAttestersAt", timestamp)
}

// UnpackGetActiveAttestersAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f12bd24.
//
// Solidity: function getActiveAttestersAt(uint256 timestamp) view returns(address[] attesters)
func (staking *Staking) UnpackGetActiveAttestersAt(data []byte) ([]common.Address, error) {
	out, err := staking.abi.Unpack("getActiveAttestersAt", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackGetActiveSetSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9327c199.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getActiveSetSize() view returns(uint256)
func (staking *Staking) PackGetActiveSetSize() []byte {
	enc, err := staking.abi.Pack("getActiveSetSize")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetActiveSetSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9327c199.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getActiveSetSize() view returns(uint256)
func (staking *Staking) TryPackGetActiveSetSize() ([]byte, error) {
	return staking.abi.Pack("getActiveSetSize")
}

// UnpackGetActiveSetSize is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9327c199.
//
// Solidity: function getActiveSetSize() view returns(uint256)
func (staking *Staking) UnpackGetActiveSetSize(data []byte) (*big.Int, error) {
	out, err := staking.abi.Unpack("getActiveSetSize", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetActiveSetSizeAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33947f3d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getActiveSetSizeAt(uint256 timestamp) view returns(uint256)
func (staking *Staking) PackGetActiveSetSizeAt(timestamp *big.Int) []byte {
	enc, err := staking.abi.Pack("getActiveSetSizeAt", timestamp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetActiveSetSizeAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x33947f3d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getActiveSetSizeAt(uint256 timestamp) view returns(uint256)
func (staking *Staking) TryPackGetActiveSetSizeAt(timestamp *big.Int) ([]byte, error) {
	return staking.abi.Pack("getActiveSetSizeAt", timestamp)
}

// UnpackGetActiveSetSizeAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x33947f3d.
//
// Solidity: function getActiveSetSizeAt(uint256 timestamp) view returns(uint256)
func (staking *Staking) UnpackGetActiveSetSizeAt(data []byte) (*big.Int, error) {
	out, err := staking.abi.Unpack("getActiveSetSizeAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a766460.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getStake(address attester) view returns((address,uint8,uint48,uint40,uint256))
func (staking *Staking) PackGetStake(attester common.Address) []byte {
	enc, err := staking.abi.Pack("getStake", attester)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a766460.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getStake(address attester) view returns((address,uint8,uint48,uint40,uint256))
func (staking *Staking) TryPackGetStake(attester common.Address) ([]byte, error) {
	return staking.abi.Pack("getStake", attester)
}

// UnpackGetStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7a766460.
//
// Solidity: function getStake(address attester) view returns((address,uint8,uint48,uint40,uint256))
func (staking *Staking) UnpackGetStake(data []byte) (IStakingStakeInfo, error) {
	out, err := staking.abi.Unpack("getStake", data)
	if err != nil {
		return *new(IStakingStakeInfo), err
	}
	out0 := *abi.ConvertType(out[0], new(IStakingStakeInfo)).(*IStakingStakeInfo)
	return out0, nil
}

// PackInitiateExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfad793c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initiateExit(address attester) returns()
func (staking *Staking) PackInitiateExit(attester common.Address) []byte {
	enc, err := staking.abi.Pack("initiateExit", attester)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitiateExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfad793c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initiateExit(address attester) returns()
func (staking *Staking) TryPackInitiateExit(attester common.Address) ([]byte, error) {
	return staking.abi.Pack("initiateExit", attester)
}

// PackIsActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f8a13d7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isActive(address attester) view returns(bool)
func (staking *Staking) PackIsActive(attester common.Address) []byte {
	enc, err := staking.abi.Pack("isActive", attester)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f8a13d7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isActive(address attester) view returns(bool)
func (staking *Staking) TryPackIsActive(attester common.Address) ([]byte, error) {
	return staking.abi.Pack("isActive", attester)
}

// UnpackIsActive is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9f8a13d7.
//
// Solidity: function isActive(address attester) view returns(bool)
func (staking *Staking) UnpackIsActive(data []byte) (bool, error) {
	out, err := staking.abi.Unpack("isActive", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLatestExitableAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3bb1ca7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestExitableAt() view returns(uint256)
func (staking *Staking) PackLatestExitableAt() []byte {
	enc, err := staking.abi.Pack("latestExitableAt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestExitableAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3bb1ca7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestExitableAt() view returns(uint256)
func (staking *Staking) TryPackLatestExitableAt() ([]byte, error) {
	return staking.abi.Pack("latestExitableAt")
}

// UnpackLatestExitableAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf3bb1ca7.
//
// Solidity: function latestExitableAt() view returns(uint256)
func (staking *Staking) UnpackLatestExitableAt(data []byte) (*big.Int, error) {
	out, err := staking.abi.Unpack("latestExitableAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfdb728e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lock(address[] attesters, uint256 until) returns()
func (staking *Staking) PackLock(attesters []common.Address, until *big.Int) []byte {
	enc, err := staking.abi.Pack("lock", attesters, until)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdfdb728e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lock(address[] attesters, uint256 until) returns()
func (staking *Staking) TryPackLock(attesters []common.Address, until *big.Int) ([]byte, error) {
	return staking.abi.Pack("lock", attesters, until)
}

// PackMinimumStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec5ffac2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minimumStake() view returns(uint256)
func (staking *Staking) PackMinimumStake() []byte {
	enc, err := staking.abi.Pack("minimumStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinimumStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec5ffac2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minimumStake() view returns(uint256)
func (staking *Staking) TryPackMinimumStake() ([]byte, error) {
	return staking.abi.Pack("minimumStake")
}

// UnpackMinimumStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xec5ffac2.
//
// Solidity: function minimumStake() view returns(uint256)
func (staking *Staking) UnpackMinimumStake(data []byte) (*big.Int, error) {
	out, err := staking.abi.Unpack("minimumStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address attester) view returns(uint256)
func (staking *Staking) PackNonces(attester common.Address) []byte {
	enc, err := staking.abi.Pack("nonces", attester)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address attester) view returns(uint256)
func (staking *Staking) TryPackNonces(attester common.Address) ([]byte, error) {
	return staking.abi.Pack("nonces", attester)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address attester) view returns(uint256)
func (staking *Staking) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := staking.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (staking *Staking) PackOwner() []byte {
	enc, err := staking.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (staking *Staking) TryPackOwner() ([]byte, error) {
	return staking.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (staking *Staking) UnpackOwner(data []byte) (common.Address, error) {
	out, err := staking.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingSlasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e53024c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingSlasher() view returns(address pending, uint256 activatesAt)
func (staking *Staking) PackPendingSlasher() []byte {
	enc, err := staking.abi.Pack("pendingSlasher")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingSlasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e53024c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingSlasher() view returns(address pending, uint256 activatesAt)
func (staking *Staking) TryPackPendingSlasher() ([]byte, error) {
	return staking.abi.Pack("pendingSlasher")
}

// PendingSlasherOutput serves as a container for the return parameters of contract
// method PendingSlasher.
type PendingSlasherOutput struct {
	Pending     common.Address
	ActivatesAt *big.Int
}

// UnpackPendingSlasher is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e53024c.
//
// Solidity: function pendingSlasher() view returns(address pending, uint256 activatesAt)
func (staking *Staking) UnpackPendingSlasher(data []byte) (PendingSlasherOutput, error) {
	out, err := staking.abi.Unpack("pendingSlasher", data)
	outstruct := new(PendingSlasherOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Pending = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.ActivatesAt = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackQueueSlasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x399e4ad4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queueSlasher(address slasher_) returns()
func (staking *Staking) PackQueueSlasher(slasher common.Address) []byte {
	enc, err := staking.abi.Pack("queueSlasher", slasher)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueueSlasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x399e4ad4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queueSlasher(address slasher_) returns()
func (staking *Staking) TryPackQueueSlasher(slasher common.Address) ([]byte, error) {
	return staking.abi.Pack("queueSlasher", slasher)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() view returns()
func (staking *Staking) PackRenounceOwnership() []byte {
	enc, err := staking.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() view returns()
func (staking *Staking) TryPackRenounceOwnership() ([]byte, error) {
	return staking.abi.Pack("renounceOwnership")
}

// PackRewardPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66666aa9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardPool() view returns(address)
func (staking *Staking) PackRewardPool() []byte {
	enc, err := staking.abi.Pack("rewardPool")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66666aa9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardPool() view returns(address)
func (staking *Staking) TryPackRewardPool() ([]byte, error) {
	return staking.abi.Pack("rewardPool")
}

// UnpackRewardPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x66666aa9.
//
// Solidity: function rewardPool() view returns(address)
func (staking *Staking) UnpackRewardPool(data []byte) (common.Address, error) {
	out, err := staking.abi.Unpack("rewardPool", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetExitDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c3b0b1c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setExitDelay(uint256 exitDelay_) returns()
func (staking *Staking) PackSetExitDelay(exitDelay *big.Int) []byte {
	enc, err := staking.abi.Pack("setExitDelay", exitDelay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetExitDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c3b0b1c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setExitDelay(uint256 exitDelay_) returns()
func (staking *Staking) TryPackSetExitDelay(exitDelay *big.Int) ([]byte, error) {
	return staking.abi.Pack("setExitDelay", exitDelay)
}

// PackSetInitialSlasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x519e4120.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setInitialSlasher(address slasher_) returns()
func (staking *Staking) PackSetInitialSlasher(slasher common.Address) []byte {
	enc, err := staking.abi.Pack("setInitialSlasher", slasher)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetInitialSlasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x519e4120.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setInitialSlasher(address slasher_) returns()
func (staking *Staking) TryPackSetInitialSlasher(slasher common.Address) ([]byte, error) {
	return staking.abi.Pack("setInitialSlasher", slasher)
}

// PackSetMinimumStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x233e9903.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMinimumStake(uint256 minimumStake_) returns()
func (staking *Staking) PackSetMinimumStake(minimumStake *big.Int) []byte {
	enc, err := staking.abi.Pack("setMinimumStake", minimumStake)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMinimumStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x233e9903.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMinimumStake(uint256 minimumStake_) returns()
func (staking *Staking) TryPackSetMinimumStake(minimumStake *big.Int) ([]byte, error) {
	return staking.abi.Pack("setMinimumStake", minimumStake)
}

// PackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb62ded5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slash(address attester, uint256 amount, bool kick) returns()
func (staking *Staking) PackSlash(attester common.Address, amount *big.Int, kick bool) []byte {
	enc, err := staking.abi.Pack("slash", attester, amount, kick)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb62ded5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slash(address attester, uint256 amount, bool kick) returns()
func (staking *Staking) TryPackSlash(attester common.Address, amount *big.Int, kick bool) ([]byte, error) {
	return staking.abi.Pack("slash", attester, amount, kick)
}

// PackSlasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1344271.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slasher() view returns(address)
func (staking *Staking) PackSlasher() []byte {
	enc, err := staking.abi.Pack("slasher")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1344271.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slasher() view returns(address)
func (staking *Staking) TryPackSlasher() ([]byte, error) {
	return staking.abi.Pack("slasher")
}

// UnpackSlasher is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1344271.
//
// Solidity: function slasher() view returns(address)
func (staking *Staking) UnpackSlasher(data []byte) (common.Address, error) {
	out, err := staking.abi.Unpack("slasher", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSlasherChangeActivatesAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81c3d843.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slasherChangeActivatesAt() view returns(uint256)
func (staking *Staking) PackSlasherChangeActivatesAt() []byte {
	enc, err := staking.abi.Pack("slasherChangeActivatesAt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlasherChangeActivatesAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81c3d843.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slasherChangeActivatesAt() view returns(uint256)
func (staking *Staking) TryPackSlasherChangeActivatesAt() ([]byte, error) {
	return staking.abi.Pack("slasherChangeActivatesAt")
}

// UnpackSlasherChangeActivatesAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x81c3d843.
//
// Solidity: function slasherChangeActivatesAt() view returns(uint256)
func (staking *Staking) UnpackSlasherChangeActivatesAt(data []byte) (*big.Int, error) {
	out, err := staking.abi.Unpack("slasherChangeActivatesAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSlasherNamed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x99652093.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slasherNamed() view returns(bool)
func (staking *Staking) PackSlasherNamed() []byte {
	enc, err := staking.abi.Pack("slasherNamed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlasherNamed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x99652093.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slasherNamed() view returns(bool)
func (staking *Staking) TryPackSlasherNamed() ([]byte, error) {
	return staking.abi.Pack("slasherNamed")
}

// UnpackSlasherNamed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x99652093.
//
// Solidity: function slasherNamed() view returns(bool)
func (staking *Staking) UnpackSlasherNamed(data []byte) (bool, error) {
	out, err := staking.abi.Unpack("slasherNamed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf6eac2f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stake(address attester, address withdrawer, uint256 amount) returns()
func (staking *Staking) PackStake(attester common.Address, withdrawer common.Address, amount *big.Int) []byte {
	enc, err := staking.abi.Pack("stake", attester, withdrawer, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf6eac2f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stake(address attester, address withdrawer, uint256 amount) returns()
func (staking *Staking) TryPackStake(attester common.Address, withdrawer common.Address, amount *big.Int) ([]byte, error) {
	return staking.abi.Pack("stake", attester, withdrawer, amount)
}

// PackStakeAuthorizationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77fdbe92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakeAuthorizationDigest(address attester, address withdrawer, uint256 nonce, uint256 deadline) view returns(bytes32)
func (staking *Staking) PackStakeAuthorizationDigest(attester common.Address, withdrawer common.Address, nonce *big.Int, deadline *big.Int) []byte {
	enc, err := staking.abi.Pack("stakeAuthorizationDigest", attester, withdrawer, nonce, deadline)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakeAuthorizationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77fdbe92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakeAuthorizationDigest(address attester, address withdrawer, uint256 nonce, uint256 deadline) view returns(bytes32)
func (staking *Staking) TryPackStakeAuthorizationDigest(attester common.Address, withdrawer common.Address, nonce *big.Int, deadline *big.Int) ([]byte, error) {
	return staking.abi.Pack("stakeAuthorizationDigest", attester, withdrawer, nonce, deadline)
}

// UnpackStakeAuthorizationDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x77fdbe92.
//
// Solidity: function stakeAuthorizationDigest(address attester, address withdrawer, uint256 nonce, uint256 deadline) view returns(bytes32)
func (staking *Staking) UnpackStakeAuthorizationDigest(data []byte) ([32]byte, error) {
	out, err := staking.abi.Unpack("stakeAuthorizationDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackStakeWithAuthorization is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb92c730.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakeWithAuthorization(address attester, address withdrawer, uint256 amount, uint256 deadline, bytes signature) returns()
func (staking *Staking) PackStakeWithAuthorization(attester common.Address, withdrawer common.Address, amount *big.Int, deadline *big.Int, signature []byte) []byte {
	enc, err := staking.abi.Pack("stakeWithAuthorization", attester, withdrawer, amount, deadline, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakeWithAuthorization is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb92c730.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakeWithAuthorization(address attester, address withdrawer, uint256 amount, uint256 deadline, bytes signature) returns()
func (staking *Staking) TryPackStakeWithAuthorization(attester common.Address, withdrawer common.Address, amount *big.Int, deadline *big.Int, signature []byte) ([]byte, error) {
	return staking.abi.Pack("stakeWithAuthorization", attester, withdrawer, amount, deadline, signature)
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (staking *Staking) PackToken() []byte {
	enc, err := staking.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (staking *Staking) TryPackToken() ([]byte, error) {
	return staking.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (staking *Staking) UnpackToken(data []byte) (common.Address, error) {
	out, err := staking.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (staking *Staking) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := staking.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (staking *Staking) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return staking.abi.Pack("transferOwnership", newOwner)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf940e385.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(address attester, address recipient) returns()
func (staking *Staking) PackWithdraw(attester common.Address, recipient common.Address) []byte {
	enc, err := staking.abi.Pack("withdraw", attester, recipient)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf940e385.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(address attester, address recipient) returns()
func (staking *Staking) TryPackWithdraw(attester common.Address, recipient common.Address) ([]byte, error) {
	return staking.abi.Pack("withdraw", attester, recipient)
}

// StakingAttesterActivated represents a AttesterActivated event raised by the Staking contract.
type StakingAttesterActivated struct {
	Attester common.Address
	Index    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const StakingAttesterActivatedEventName = "AttesterActivated"

// ContractEventName returns the user-defined event name.
func (StakingAttesterActivated) ContractEventName() string {
	return StakingAttesterActivatedEventName
}

// UnpackAttesterActivatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AttesterActivated(address indexed attester, uint256 index)
func (staking *Staking) UnpackAttesterActivatedEvent(log *types.Log) (*StakingAttesterActivated, error) {
	event := "AttesterActivated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingAttesterActivated)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakingAttesterDeactivated represents a AttesterDeactivated event raised by the Staking contract.
type StakingAttesterDeactivated struct {
	Attester common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const StakingAttesterDeactivatedEventName = "AttesterDeactivated"

// ContractEventName returns the user-defined event name.
func (StakingAttesterDeactivated) ContractEventName() string {
	return StakingAttesterDeactivatedEventName
}

// UnpackAttesterDeactivatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AttesterDeactivated(address indexed attester)
func (staking *Staking) UnpackAttesterDeactivatedEvent(log *types.Log) (*StakingAttesterDeactivated, error) {
	event := "AttesterDeactivated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingAttesterDeactivated)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakingEIP712DomainChanged represents a EIP712DomainChanged event raised by the Staking contract.
type StakingEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const StakingEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (StakingEIP712DomainChanged) ContractEventName() string {
	return StakingEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (staking *Staking) UnpackEIP712DomainChangedEvent(log *types.Log) (*StakingEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakingExitDelaySet represents a ExitDelaySet event raised by the Staking contract.
type StakingExitDelaySet struct {
	ExitDelay *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const StakingExitDelaySetEventName = "ExitDelaySet"

// ContractEventName returns the user-defined event name.
func (StakingExitDelaySet) ContractEventName() string {
	return StakingExitDelaySetEventName
}

// UnpackExitDelaySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExitDelaySet(uint256 exitDelay)
func (staking *Staking) UnpackExitDelaySetEvent(log *types.Log) (*StakingExitDelaySet, error) {
	event := "ExitDelaySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingExitDelaySet)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakingExitInitiated represents a ExitInitiated event raised by the Staking contract.
type StakingExitInitiated struct {
	Attester   common.Address
	Withdrawer common.Address
	ExitableAt *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const StakingExitInitiatedEventName = "ExitInitiated"

// ContractEventName returns the user-defined event name.
func (StakingExitInitiated) ContractEventName() string {
	return StakingExitInitiatedEventName
}

// UnpackExitInitiatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ExitInitiated(address indexed attester, address indexed withdrawer, uint256 exitableAt)
func (staking *Staking) UnpackExitInitiatedEvent(log *types.Log) (*StakingExitInitiated, error) {
	event := "ExitInitiated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingExitInitiated)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakingMinimumStakeSet represents a MinimumStakeSet event raised by the Staking contract.
type StakingMinimumStakeSet struct {
	MinimumStake *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const StakingMinimumStakeSetEventName = "MinimumStakeSet"

// ContractEventName returns the user-defined event name.
func (StakingMinimumStakeSet) ContractEventName() string {
	return StakingMinimumStakeSetEventName
}

// UnpackMinimumStakeSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinimumStakeSet(uint256 minimumStake)
func (staking *Staking) UnpackMinimumStakeSetEvent(log *types.Log) (*StakingMinimumStakeSet, error) {
	event := "MinimumStakeSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingMinimumStakeSet)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakingOwnershipTransferred represents a OwnershipTransferred event raised by the Staking contract.
type StakingOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const StakingOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (StakingOwnershipTransferred) ContractEventName() string {
	return StakingOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (staking *Staking) UnpackOwnershipTransferredEvent(log *types.Log) (*StakingOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakingSlashed represents a Slashed event raised by the Staking contract.
type StakingSlashed struct {
	Attester common.Address
	Amount   *big.Int
	Kicked   bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const StakingSlashedEventName = "Slashed"

// ContractEventName returns the user-defined event name.
func (StakingSlashed) ContractEventName() string {
	return StakingSlashedEventName
}

// UnpackSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Slashed(address indexed attester, uint256 amount, bool kicked)
func (staking *Staking) UnpackSlashedEvent(log *types.Log) (*StakingSlashed, error) {
	event := "Slashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingSlashed)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakingSlasherQueued represents a SlasherQueued event raised by the Staking contract.
type StakingSlasherQueued struct {
	Slasher     common.Address
	ActivatesAt *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const StakingSlasherQueuedEventName = "SlasherQueued"

// ContractEventName returns the user-defined event name.
func (StakingSlasherQueued) ContractEventName() string {
	return StakingSlasherQueuedEventName
}

// UnpackSlasherQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SlasherQueued(address indexed slasher, uint256 activatesAt)
func (staking *Staking) UnpackSlasherQueuedEvent(log *types.Log) (*StakingSlasherQueued, error) {
	event := "SlasherQueued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingSlasherQueued)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakingSlasherSet represents a SlasherSet event raised by the Staking contract.
type StakingSlasherSet struct {
	Slasher common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const StakingSlasherSetEventName = "SlasherSet"

// ContractEventName returns the user-defined event name.
func (StakingSlasherSet) ContractEventName() string {
	return StakingSlasherSetEventName
}

// UnpackSlasherSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SlasherSet(address indexed slasher)
func (staking *Staking) UnpackSlasherSetEvent(log *types.Log) (*StakingSlasherSet, error) {
	event := "SlasherSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingSlasherSet)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakingStakeLocked represents a StakeLocked event raised by the Staking contract.
type StakingStakeLocked struct {
	Attester common.Address
	Until    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const StakingStakeLockedEventName = "StakeLocked"

// ContractEventName returns the user-defined event name.
func (StakingStakeLocked) ContractEventName() string {
	return StakingStakeLockedEventName
}

// UnpackStakeLockedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeLocked(address indexed attester, uint256 until)
func (staking *Staking) UnpackStakeLockedEvent(log *types.Log) (*StakingStakeLocked, error) {
	event := "StakeLocked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingStakeLocked)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakingStaked represents a Staked event raised by the Staking contract.
type StakingStaked struct {
	Attester   common.Address
	Withdrawer common.Address
	Funder     common.Address
	Amount     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const StakingStakedEventName = "Staked"

// ContractEventName returns the user-defined event name.
func (StakingStaked) ContractEventName() string {
	return StakingStakedEventName
}

// UnpackStakedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Staked(address indexed attester, address indexed withdrawer, address indexed funder, uint256 amount)
func (staking *Staking) UnpackStakedEvent(log *types.Log) (*StakingStaked, error) {
	event := "Staked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingStaked)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakingWithdrawn represents a Withdrawn event raised by the Staking contract.
type StakingWithdrawn struct {
	Attester  common.Address
	Recipient common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const StakingWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (StakingWithdrawn) ContractEventName() string {
	return StakingWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed attester, address indexed recipient, uint256 amount)
func (staking *Staking) UnpackWithdrawnEvent(log *types.Log) (*StakingWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != staking.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingWithdrawn)
	if len(log.Data) > 0 {
		if err := staking.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range staking.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (staking *Staking) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], staking.abi.Errors["CheckpointUnorderedInsertion"].ID.Bytes()[:4]) {
		return staking.UnpackCheckpointUnorderedInsertionError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return staking.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return staking.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return staking.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return staking.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return staking.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return staking.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return staking.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["Staking__AlreadyActive"].ID.Bytes()[:4]) {
		return staking.UnpackStakingAlreadyActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["Staking__AuthorizationExpired"].ID.Bytes()[:4]) {
		return staking.UnpackStakingAuthorizationExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["Staking__EmptySlash"].ID.Bytes()[:4]) {
		return staking.UnpackStakingEmptySlashError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["Staking__ExitDelayBelowSlasherMinimum"].ID.Bytes()[:4]) {
		return staking.UnpackStakingExitDelayBelowSlasherMinimumError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["Staking__ExitDelayNotPassed"].ID.Bytes()[:4]) {
		return staking.UnpackStakingExitDelayNotPassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["Staking__ExitDelayTooLong"].ID.Bytes()[:4]) {
		return staking.UnpackStakingExitDelayTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["Staking__Exiting"].ID.Bytes()[:4]) {
		return staking.UnpackStakingExitingError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["Staking__IndexOutOfBounds"].ID.Bytes()[:4]) {
		return staking.UnpackStakingIndexOutOfBoundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["Staking__InsufficientStake"].ID.Bytes()[:4]) {
		return staking.UnpackStakingInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["Staking__InvalidAuthorization"].ID.Bytes()[:4]) {
		return staking.UnpackStakingInvalidAuthorizationError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["Staking__LockTooLong"].ID.Bytes()[:4]) {
		return staking.UnpackStakingLockTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["Staking__Locked"].ID.Bytes()[:4]) {
		return staking.UnpackStakingLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["Staking__NoPendingSlasher"].ID.Bytes()[:4]) {
		return staking.UnpackStakingNoPendingSlasherError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["Staking__NoStake"].ID.Bytes()[:4]) {
		return staking.UnpackStakingNoStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["Staking__NotActive"].ID.Bytes()[:4]) {
		return staking.UnpackStakingNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["Staking__NotAuthorizedByAttester"].ID.Bytes()[:4]) {
		return staking.UnpackStakingNotAuthorizedByAttesterError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["Staking__NotExiting"].ID.Bytes()[:4]) {
		return staking.UnpackStakingNotExitingError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["Staking__NotSlasher"].ID.Bytes()[:4]) {
		return staking.UnpackStakingNotSlasherError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["Staking__NotWithdrawer"].ID.Bytes()[:4]) {
		return staking.UnpackStakingNotWithdrawerError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["Staking__RenounceDisabled"].ID.Bytes()[:4]) {
		return staking.UnpackStakingRenounceDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["Staking__SlasherAlreadyNamed"].ID.Bytes()[:4]) {
		return staking.UnpackStakingSlasherAlreadyNamedError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["Staking__SlasherChangePending"].ID.Bytes()[:4]) {
		return staking.UnpackStakingSlasherChangePendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["Staking__SlasherNotDue"].ID.Bytes()[:4]) {
		return staking.UnpackStakingSlasherNotDueError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["Staking__SlasherNotNamed"].ID.Bytes()[:4]) {
		return staking.UnpackStakingSlasherNotNamedError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["Staking__SlasherStatesNoExitDelay"].ID.Bytes()[:4]) {
		return staking.UnpackStakingSlasherStatesNoExitDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["Staking__TokenMismatch"].ID.Bytes()[:4]) {
		return staking.UnpackStakingTokenMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["Staking__WithdrawerMismatch"].ID.Bytes()[:4]) {
		return staking.UnpackStakingWithdrawerMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["Staking__ZeroAddress"].ID.Bytes()[:4]) {
		return staking.UnpackStakingZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["Staking__ZeroAmount"].ID.Bytes()[:4]) {
		return staking.UnpackStakingZeroAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return staking.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// StakingCheckpointUnorderedInsertion represents a CheckpointUnorderedInsertion error raised by the Staking contract.
type StakingCheckpointUnorderedInsertion struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CheckpointUnorderedInsertion()
func StakingCheckpointUnorderedInsertionErrorID() common.Hash {
	return common.HexToHash("0x2520601d9d60b717c34a36ad270857824c5a1ebbfd08ff39aba6930089495cfa")
}

// UnpackCheckpointUnorderedInsertionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CheckpointUnorderedInsertion()
func (staking *Staking) UnpackCheckpointUnorderedInsertionError(raw []byte) (*StakingCheckpointUnorderedInsertion, error) {
	out := new(StakingCheckpointUnorderedInsertion)
	if err := staking.abi.UnpackIntoInterface(out, "CheckpointUnorderedInsertion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingInvalidAccountNonce represents a InvalidAccountNonce error raised by the Staking contract.
type StakingInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func StakingInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (staking *Staking) UnpackInvalidAccountNonceError(raw []byte) (*StakingInvalidAccountNonce, error) {
	out := new(StakingInvalidAccountNonce)
	if err := staking.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingInvalidShortString represents a InvalidShortString error raised by the Staking contract.
type StakingInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func StakingInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (staking *Staking) UnpackInvalidShortStringError(raw []byte) (*StakingInvalidShortString, error) {
	out := new(StakingInvalidShortString)
	if err := staking.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the Staking contract.
type StakingOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func StakingOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (staking *Staking) UnpackOwnableInvalidOwnerError(raw []byte) (*StakingOwnableInvalidOwner, error) {
	out := new(StakingOwnableInvalidOwner)
	if err := staking.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the Staking contract.
type StakingOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func StakingOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (staking *Staking) UnpackOwnableUnauthorizedAccountError(raw []byte) (*StakingOwnableUnauthorizedAccount, error) {
	out := new(StakingOwnableUnauthorizedAccount)
	if err := staking.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Staking contract.
type StakingReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func StakingReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (staking *Staking) UnpackReentrancyGuardReentrantCallError(raw []byte) (*StakingReentrancyGuardReentrantCall, error) {
	out := new(StakingReentrancyGuardReentrantCall)
	if err := staking.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the Staking contract.
type StakingSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func StakingSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (staking *Staking) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*StakingSafeCastOverflowedUintDowncast, error) {
	out := new(StakingSafeCastOverflowedUintDowncast)
	if err := staking.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the Staking contract.
type StakingSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func StakingSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (staking *Staking) UnpackSafeERC20FailedOperationError(raw []byte) (*StakingSafeERC20FailedOperation, error) {
	out := new(StakingSafeERC20FailedOperation)
	if err := staking.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingStakingAlreadyActive represents a Staking__AlreadyActive error raised by the Staking contract.
type StakingStakingAlreadyActive struct {
	Attester common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__AlreadyActive(address attester)
func StakingStakingAlreadyActiveErrorID() common.Hash {
	return common.HexToHash("0x5e206fa4171bee8b459ad8715d221e3cfb72643f86a20dfdf5f91071628beffb")
}

// UnpackStakingAlreadyActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__AlreadyActive(address attester)
func (staking *Staking) UnpackStakingAlreadyActiveError(raw []byte) (*StakingStakingAlreadyActive, error) {
	out := new(StakingStakingAlreadyActive)
	if err := staking.abi.UnpackIntoInterface(out, "Staking__AlreadyActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingStakingAuthorizationExpired represents a Staking__AuthorizationExpired error raised by the Staking contract.
type StakingStakingAuthorizationExpired struct {
	Deadline *big.Int
	Now      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__AuthorizationExpired(uint256 deadline, uint256 now_)
func StakingStakingAuthorizationExpiredErrorID() common.Hash {
	return common.HexToHash("0x37f8a6e2c0199a806ae6460db69428839e2a83ed2cebb596b751bbeadf76aefe")
}

// UnpackStakingAuthorizationExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__AuthorizationExpired(uint256 deadline, uint256 now_)
func (staking *Staking) UnpackStakingAuthorizationExpiredError(raw []byte) (*StakingStakingAuthorizationExpired, error) {
	out := new(StakingStakingAuthorizationExpired)
	if err := staking.abi.UnpackIntoInterface(out, "Staking__AuthorizationExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingStakingEmptySlash represents a Staking__EmptySlash error raised by the Staking contract.
type StakingStakingEmptySlash struct {
	Attester common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__EmptySlash(address attester)
func StakingStakingEmptySlashErrorID() common.Hash {
	return common.HexToHash("0xe818d423909c1aca86240f0266e3fe6563c056b231ebf164dcad224f7799dedd")
}

// UnpackStakingEmptySlashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__EmptySlash(address attester)
func (staking *Staking) UnpackStakingEmptySlashError(raw []byte) (*StakingStakingEmptySlash, error) {
	out := new(StakingStakingEmptySlash)
	if err := staking.abi.UnpackIntoInterface(out, "Staking__EmptySlash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingStakingExitDelayBelowSlasherMinimum represents a Staking__ExitDelayBelowSlasherMinimum error raised by the Staking contract.
type StakingStakingExitDelayBelowSlasherMinimum struct {
	ExitDelay *big.Int
	Minimum   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__ExitDelayBelowSlasherMinimum(uint256 exitDelay, uint256 minimum)
func StakingStakingExitDelayBelowSlasherMinimumErrorID() common.Hash {
	return common.HexToHash("0x1c2803684dff6394c34dcae619ec68503ddc5249f21a328a67bcded4b6d405f6")
}

// UnpackStakingExitDelayBelowSlasherMinimumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__ExitDelayBelowSlasherMinimum(uint256 exitDelay, uint256 minimum)
func (staking *Staking) UnpackStakingExitDelayBelowSlasherMinimumError(raw []byte) (*StakingStakingExitDelayBelowSlasherMinimum, error) {
	out := new(StakingStakingExitDelayBelowSlasherMinimum)
	if err := staking.abi.UnpackIntoInterface(out, "Staking__ExitDelayBelowSlasherMinimum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingStakingExitDelayNotPassed represents a Staking__ExitDelayNotPassed error raised by the Staking contract.
type StakingStakingExitDelayNotPassed struct {
	Attester   common.Address
	Now        *big.Int
	ExitableAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__ExitDelayNotPassed(address attester, uint256 now_, uint256 exitableAt)
func StakingStakingExitDelayNotPassedErrorID() common.Hash {
	return common.HexToHash("0xadc760f9e110f678a7e9bb7881e668a797d1bcc11589376261ca671f7ef1b004")
}

// UnpackStakingExitDelayNotPassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__ExitDelayNotPassed(address attester, uint256 now_, uint256 exitableAt)
func (staking *Staking) UnpackStakingExitDelayNotPassedError(raw []byte) (*StakingStakingExitDelayNotPassed, error) {
	out := new(StakingStakingExitDelayNotPassed)
	if err := staking.abi.UnpackIntoInterface(out, "Staking__ExitDelayNotPassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingStakingExitDelayTooLong represents a Staking__ExitDelayTooLong error raised by the Staking contract.
type StakingStakingExitDelayTooLong struct {
	ExitDelay *big.Int
	Max       *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__ExitDelayTooLong(uint256 exitDelay, uint256 max)
func StakingStakingExitDelayTooLongErrorID() common.Hash {
	return common.HexToHash("0x64b43e284ddd75b9d9434613e7ccda0aca9102bbeb811fda62a93bfe1577c8b5")
}

// UnpackStakingExitDelayTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__ExitDelayTooLong(uint256 exitDelay, uint256 max)
func (staking *Staking) UnpackStakingExitDelayTooLongError(raw []byte) (*StakingStakingExitDelayTooLong, error) {
	out := new(StakingStakingExitDelayTooLong)
	if err := staking.abi.UnpackIntoInterface(out, "Staking__ExitDelayTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingStakingExiting represents a Staking__Exiting error raised by the Staking contract.
type StakingStakingExiting struct {
	Attester common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__Exiting(address attester)
func StakingStakingExitingErrorID() common.Hash {
	return common.HexToHash("0x438ff1a7d99801a62f2171cb7cda121c83fd000a4a515e50f4895d274275f4d7")
}

// UnpackStakingExitingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__Exiting(address attester)
func (staking *Staking) UnpackStakingExitingError(raw []byte) (*StakingStakingExiting, error) {
	out := new(StakingStakingExiting)
	if err := staking.abi.UnpackIntoInterface(out, "Staking__Exiting", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingStakingIndexOutOfBounds represents a Staking__IndexOutOfBounds error raised by the Staking contract.
type StakingStakingIndexOutOfBounds struct {
	Index *big.Int
	Size  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__IndexOutOfBounds(uint256 index, uint256 size)
func StakingStakingIndexOutOfBoundsErrorID() common.Hash {
	return common.HexToHash("0x41ad54ae03ea717c7d06d77f2a20d375e2d83faf2584538987052ec2d493dad4")
}

// UnpackStakingIndexOutOfBoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__IndexOutOfBounds(uint256 index, uint256 size)
func (staking *Staking) UnpackStakingIndexOutOfBoundsError(raw []byte) (*StakingStakingIndexOutOfBounds, error) {
	out := new(StakingStakingIndexOutOfBounds)
	if err := staking.abi.UnpackIntoInterface(out, "Staking__IndexOutOfBounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingStakingInsufficientStake represents a Staking__InsufficientStake error raised by the Staking contract.
type StakingStakingInsufficientStake struct {
	Attester common.Address
	Stake    *big.Int
	Minimum  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__InsufficientStake(address attester, uint256 stake, uint256 minimum)
func StakingStakingInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x963db849813feeaab4893b50d37c11191d8a5fa3ff0577477cdcb365516d3f61")
}

// UnpackStakingInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__InsufficientStake(address attester, uint256 stake, uint256 minimum)
func (staking *Staking) UnpackStakingInsufficientStakeError(raw []byte) (*StakingStakingInsufficientStake, error) {
	out := new(StakingStakingInsufficientStake)
	if err := staking.abi.UnpackIntoInterface(out, "Staking__InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingStakingInvalidAuthorization represents a Staking__InvalidAuthorization error raised by the Staking contract.
type StakingStakingInvalidAuthorization struct {
	Attester common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__InvalidAuthorization(address attester)
func StakingStakingInvalidAuthorizationErrorID() common.Hash {
	return common.HexToHash("0xbc121b7822d0b75dffebd37d1d5bef8095f60b311ea3d212109b8c6eab63170b")
}

// UnpackStakingInvalidAuthorizationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__InvalidAuthorization(address attester)
func (staking *Staking) UnpackStakingInvalidAuthorizationError(raw []byte) (*StakingStakingInvalidAuthorization, error) {
	out := new(StakingStakingInvalidAuthorization)
	if err := staking.abi.UnpackIntoInterface(out, "Staking__InvalidAuthorization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingStakingLockTooLong represents a Staking__LockTooLong error raised by the Staking contract.
type StakingStakingLockTooLong struct {
	Until *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__LockTooLong(uint256 until, uint256 max)
func StakingStakingLockTooLongErrorID() common.Hash {
	return common.HexToHash("0xf444f012c9977d764b0dd3050bebc10151e219f100335a1a9daa38c7c7225802")
}

// UnpackStakingLockTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__LockTooLong(uint256 until, uint256 max)
func (staking *Staking) UnpackStakingLockTooLongError(raw []byte) (*StakingStakingLockTooLong, error) {
	out := new(StakingStakingLockTooLong)
	if err := staking.abi.UnpackIntoInterface(out, "Staking__LockTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingStakingLocked represents a Staking__Locked error raised by the Staking contract.
type StakingStakingLocked struct {
	Attester    common.Address
	LockedUntil *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__Locked(address attester, uint256 lockedUntil)
func StakingStakingLockedErrorID() common.Hash {
	return common.HexToHash("0xf21c8af377ddc3580b176e917dc358537b62976598c8b329d167e915eb99d3a0")
}

// UnpackStakingLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__Locked(address attester, uint256 lockedUntil)
func (staking *Staking) UnpackStakingLockedError(raw []byte) (*StakingStakingLocked, error) {
	out := new(StakingStakingLocked)
	if err := staking.abi.UnpackIntoInterface(out, "Staking__Locked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingStakingNoPendingSlasher represents a Staking__NoPendingSlasher error raised by the Staking contract.
type StakingStakingNoPendingSlasher struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__NoPendingSlasher()
func StakingStakingNoPendingSlasherErrorID() common.Hash {
	return common.HexToHash("0x3f1c03a88d8772549aa3c4da3b5208c3990ead65dbc1d8ecd4a5aeecbd7a3aad")
}

// UnpackStakingNoPendingSlasherError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__NoPendingSlasher()
func (staking *Staking) UnpackStakingNoPendingSlasherError(raw []byte) (*StakingStakingNoPendingSlasher, error) {
	out := new(StakingStakingNoPendingSlasher)
	if err := staking.abi.UnpackIntoInterface(out, "Staking__NoPendingSlasher", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingStakingNoStake represents a Staking__NoStake error raised by the Staking contract.
type StakingStakingNoStake struct {
	Attester common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__NoStake(address attester)
func StakingStakingNoStakeErrorID() common.Hash {
	return common.HexToHash("0x1d2a9dd0ee7c9f54e4dbfb57a05cfd7a86a8c915f16e898adfb619e7cb688e84")
}

// UnpackStakingNoStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__NoStake(address attester)
func (staking *Staking) UnpackStakingNoStakeError(raw []byte) (*StakingStakingNoStake, error) {
	out := new(StakingStakingNoStake)
	if err := staking.abi.UnpackIntoInterface(out, "Staking__NoStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingStakingNotActive represents a Staking__NotActive error raised by the Staking contract.
type StakingStakingNotActive struct {
	Attester common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__NotActive(address attester)
func StakingStakingNotActiveErrorID() common.Hash {
	return common.HexToHash("0x5b266f415a496d576a536fea2e1201dfc85a0f91aeaf9854a4d8bbd465a11774")
}

// UnpackStakingNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__NotActive(address attester)
func (staking *Staking) UnpackStakingNotActiveError(raw []byte) (*StakingStakingNotActive, error) {
	out := new(StakingStakingNotActive)
	if err := staking.abi.UnpackIntoInterface(out, "Staking__NotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingStakingNotAuthorizedByAttester represents a Staking__NotAuthorizedByAttester error raised by the Staking contract.
type StakingStakingNotAuthorizedByAttester struct {
	Attester common.Address
	Caller   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__NotAuthorizedByAttester(address attester, address caller)
func StakingStakingNotAuthorizedByAttesterErrorID() common.Hash {
	return common.HexToHash("0x3d54d8ed1e8b141f624e25e69219d00f738d05627ee60dd3d3e4ed13c605d036")
}

// UnpackStakingNotAuthorizedByAttesterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__NotAuthorizedByAttester(address attester, address caller)
func (staking *Staking) UnpackStakingNotAuthorizedByAttesterError(raw []byte) (*StakingStakingNotAuthorizedByAttester, error) {
	out := new(StakingStakingNotAuthorizedByAttester)
	if err := staking.abi.UnpackIntoInterface(out, "Staking__NotAuthorizedByAttester", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingStakingNotExiting represents a Staking__NotExiting error raised by the Staking contract.
type StakingStakingNotExiting struct {
	Attester common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__NotExiting(address attester)
func StakingStakingNotExitingErrorID() common.Hash {
	return common.HexToHash("0xef566ee0eeb5e614730397abec87c0cda83d93e63a8948a6f7b13a5d6bd8f5c8")
}

// UnpackStakingNotExitingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__NotExiting(address attester)
func (staking *Staking) UnpackStakingNotExitingError(raw []byte) (*StakingStakingNotExiting, error) {
	out := new(StakingStakingNotExiting)
	if err := staking.abi.UnpackIntoInterface(out, "Staking__NotExiting", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingStakingNotSlasher represents a Staking__NotSlasher error raised by the Staking contract.
type StakingStakingNotSlasher struct {
	Caller  common.Address
	Slasher common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__NotSlasher(address caller, address slasher)
func StakingStakingNotSlasherErrorID() common.Hash {
	return common.HexToHash("0x23a6f432c47c02f5040e3b9d30fefbc6b2f01885156526154ac96045a3a46831")
}

// UnpackStakingNotSlasherError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__NotSlasher(address caller, address slasher)
func (staking *Staking) UnpackStakingNotSlasherError(raw []byte) (*StakingStakingNotSlasher, error) {
	out := new(StakingStakingNotSlasher)
	if err := staking.abi.UnpackIntoInterface(out, "Staking__NotSlasher", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingStakingNotWithdrawer represents a Staking__NotWithdrawer error raised by the Staking contract.
type StakingStakingNotWithdrawer struct {
	Attester   common.Address
	Caller     common.Address
	Withdrawer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__NotWithdrawer(address attester, address caller, address withdrawer)
func StakingStakingNotWithdrawerErrorID() common.Hash {
	return common.HexToHash("0x498ff923e654472ab1deb0da9591102bbe6637b460543dca0315783e9f42f5e2")
}

// UnpackStakingNotWithdrawerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__NotWithdrawer(address attester, address caller, address withdrawer)
func (staking *Staking) UnpackStakingNotWithdrawerError(raw []byte) (*StakingStakingNotWithdrawer, error) {
	out := new(StakingStakingNotWithdrawer)
	if err := staking.abi.UnpackIntoInterface(out, "Staking__NotWithdrawer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingStakingRenounceDisabled represents a Staking__RenounceDisabled error raised by the Staking contract.
type StakingStakingRenounceDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__RenounceDisabled()
func StakingStakingRenounceDisabledErrorID() common.Hash {
	return common.HexToHash("0x4d5d9e4b9ceacae25bea13a4456a91f61a060e2ef1edeafa5c81bc7cdf2eaa4e")
}

// UnpackStakingRenounceDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__RenounceDisabled()
func (staking *Staking) UnpackStakingRenounceDisabledError(raw []byte) (*StakingStakingRenounceDisabled, error) {
	out := new(StakingStakingRenounceDisabled)
	if err := staking.abi.UnpackIntoInterface(out, "Staking__RenounceDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingStakingSlasherAlreadyNamed represents a Staking__SlasherAlreadyNamed error raised by the Staking contract.
type StakingStakingSlasherAlreadyNamed struct {
	Slasher common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__SlasherAlreadyNamed(address slasher)
func StakingStakingSlasherAlreadyNamedErrorID() common.Hash {
	return common.HexToHash("0xaa88512c09a2060704fb7e4a9a65dc49b940adca8fadd3c5e3b234feb121b528")
}

// UnpackStakingSlasherAlreadyNamedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__SlasherAlreadyNamed(address slasher)
func (staking *Staking) UnpackStakingSlasherAlreadyNamedError(raw []byte) (*StakingStakingSlasherAlreadyNamed, error) {
	out := new(StakingStakingSlasherAlreadyNamed)
	if err := staking.abi.UnpackIntoInterface(out, "Staking__SlasherAlreadyNamed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingStakingSlasherChangePending represents a Staking__SlasherChangePending error raised by the Staking contract.
type StakingStakingSlasherChangePending struct {
	ActivatesAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__SlasherChangePending(uint256 activatesAt)
func StakingStakingSlasherChangePendingErrorID() common.Hash {
	return common.HexToHash("0xf2dac970f03bc68d0ea68f315cf3cf7da88222ea9596b211425cd2d6efef0250")
}

// UnpackStakingSlasherChangePendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__SlasherChangePending(uint256 activatesAt)
func (staking *Staking) UnpackStakingSlasherChangePendingError(raw []byte) (*StakingStakingSlasherChangePending, error) {
	out := new(StakingStakingSlasherChangePending)
	if err := staking.abi.UnpackIntoInterface(out, "Staking__SlasherChangePending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingStakingSlasherNotDue represents a Staking__SlasherNotDue error raised by the Staking contract.
type StakingStakingSlasherNotDue struct {
	Now         *big.Int
	ActivatesAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__SlasherNotDue(uint256 now_, uint256 activatesAt)
func StakingStakingSlasherNotDueErrorID() common.Hash {
	return common.HexToHash("0x506854b1b53ebc9819cebd07178bab1a57112a9667b56c915ce1c9c5d47c4a76")
}

// UnpackStakingSlasherNotDueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__SlasherNotDue(uint256 now_, uint256 activatesAt)
func (staking *Staking) UnpackStakingSlasherNotDueError(raw []byte) (*StakingStakingSlasherNotDue, error) {
	out := new(StakingStakingSlasherNotDue)
	if err := staking.abi.UnpackIntoInterface(out, "Staking__SlasherNotDue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingStakingSlasherNotNamed represents a Staking__SlasherNotNamed error raised by the Staking contract.
type StakingStakingSlasherNotNamed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__SlasherNotNamed()
func StakingStakingSlasherNotNamedErrorID() common.Hash {
	return common.HexToHash("0xeec0c29a71b7d0044cff07f200f1d15c1649c54ce656ab8765d7bf7985964bbc")
}

// UnpackStakingSlasherNotNamedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__SlasherNotNamed()
func (staking *Staking) UnpackStakingSlasherNotNamedError(raw []byte) (*StakingStakingSlasherNotNamed, error) {
	out := new(StakingStakingSlasherNotNamed)
	if err := staking.abi.UnpackIntoInterface(out, "Staking__SlasherNotNamed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingStakingSlasherStatesNoExitDelay represents a Staking__SlasherStatesNoExitDelay error raised by the Staking contract.
type StakingStakingSlasherStatesNoExitDelay struct {
	Slasher common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__SlasherStatesNoExitDelay(address slasher)
func StakingStakingSlasherStatesNoExitDelayErrorID() common.Hash {
	return common.HexToHash("0xe52e5ad86ebcabda8e1bbe8f9ac7c077c96b356240ca7c2eaca3c23f2bdebbea")
}

// UnpackStakingSlasherStatesNoExitDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__SlasherStatesNoExitDelay(address slasher)
func (staking *Staking) UnpackStakingSlasherStatesNoExitDelayError(raw []byte) (*StakingStakingSlasherStatesNoExitDelay, error) {
	out := new(StakingStakingSlasherStatesNoExitDelay)
	if err := staking.abi.UnpackIntoInterface(out, "Staking__SlasherStatesNoExitDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingStakingTokenMismatch represents a Staking__TokenMismatch error raised by the Staking contract.
type StakingStakingTokenMismatch struct {
	PoolToken common.Address
	Token     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__TokenMismatch(address poolToken, address token)
func StakingStakingTokenMismatchErrorID() common.Hash {
	return common.HexToHash("0x861a10846f631bdd917309b7c2b7015407c55f0ef2973b3d74e88fa0084a7d9a")
}

// UnpackStakingTokenMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__TokenMismatch(address poolToken, address token)
func (staking *Staking) UnpackStakingTokenMismatchError(raw []byte) (*StakingStakingTokenMismatch, error) {
	out := new(StakingStakingTokenMismatch)
	if err := staking.abi.UnpackIntoInterface(out, "Staking__TokenMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingStakingWithdrawerMismatch represents a Staking__WithdrawerMismatch error raised by the Staking contract.
type StakingStakingWithdrawerMismatch struct {
	Attester   common.Address
	Withdrawer common.Address
	Given      common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__WithdrawerMismatch(address attester, address withdrawer, address given)
func StakingStakingWithdrawerMismatchErrorID() common.Hash {
	return common.HexToHash("0x4215be82d30c0f2205966f3992542c9c3b648841853895b2361ef5d6ea8e7e03")
}

// UnpackStakingWithdrawerMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__WithdrawerMismatch(address attester, address withdrawer, address given)
func (staking *Staking) UnpackStakingWithdrawerMismatchError(raw []byte) (*StakingStakingWithdrawerMismatch, error) {
	out := new(StakingStakingWithdrawerMismatch)
	if err := staking.abi.UnpackIntoInterface(out, "Staking__WithdrawerMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingStakingZeroAddress represents a Staking__ZeroAddress error raised by the Staking contract.
type StakingStakingZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__ZeroAddress()
func StakingStakingZeroAddressErrorID() common.Hash {
	return common.HexToHash("0x0bd684dd3037d278bd93f5c7a226a9bab8a2bc7b86144874bf011ed5a7bf56ff")
}

// UnpackStakingZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__ZeroAddress()
func (staking *Staking) UnpackStakingZeroAddressError(raw []byte) (*StakingStakingZeroAddress, error) {
	out := new(StakingStakingZeroAddress)
	if err := staking.abi.UnpackIntoInterface(out, "Staking__ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingStakingZeroAmount represents a Staking__ZeroAmount error raised by the Staking contract.
type StakingStakingZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__ZeroAmount()
func StakingStakingZeroAmountErrorID() common.Hash {
	return common.HexToHash("0xa7b70b2edcd0199014bfdc4f76618ebbd8208b8b5c42da7ea24eb7615b6c0d62")
}

// UnpackStakingZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__ZeroAmount()
func (staking *Staking) UnpackStakingZeroAmountError(raw []byte) (*StakingStakingZeroAmount, error) {
	out := new(StakingStakingZeroAmount)
	if err := staking.abi.UnpackIntoInterface(out, "Staking__ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingStringTooLong represents a StringTooLong error raised by the Staking contract.
type StakingStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func StakingStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (staking *Staking) UnpackStringTooLongError(raw []byte) (*StakingStringTooLong, error) {
	out := new(StakingStringTooLong)
	if err := staking.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}
