// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package sptngovernance

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

// SptnGovernanceMetaData contains all meta data concerning the SptnGovernance contract.
var SptnGovernanceMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"staking_\",\"type\":\"address\",\"internalType\":\"contractIStaking\"},{\"name\":\"rewardPool_\",\"type\":\"address\",\"internalType\":\"contractIRewardPool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"addSequencer\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"configureRollup\",\"inputs\":[{\"name\":\"data\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"configureSlasher\",\"inputs\":[{\"name\":\"data\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"queueSlasher\",\"inputs\":[{\"name\":\"slasher\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"removeSequencer\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"requiredExitDelay\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"rewardPool\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIRewardPool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"rollup\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setExitDelay\",\"inputs\":[{\"name\":\"exitDelay\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setInitialSlasher\",\"inputs\":[{\"name\":\"slasher\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMinimumStake\",\"inputs\":[{\"name\":\"minimumStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setRollup\",\"inputs\":[{\"name\":\"rollup_\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"staking\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIStaking\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RollupConfigured\",\"inputs\":[{\"name\":\"rollup\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"selector\",\"type\":\"bytes4\",\"indexed\":true,\"internalType\":\"bytes4\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SlasherConfigured\",\"inputs\":[{\"name\":\"slasher\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"selector\",\"type\":\"bytes4\",\"indexed\":true,\"internalType\":\"bytes4\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AddressEmptyCode\",\"inputs\":[{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"FailedCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InsufficientBalance\",\"inputs\":[{\"name\":\"balance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"needed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SptnGovernance__ExitDelayTooShort\",\"inputs\":[{\"name\":\"exitDelay\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minimum\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SptnGovernance__NoRollup\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SptnGovernance__NoSlasher\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SptnGovernance__RenounceDisabled\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SptnGovernance__ZeroAddress\",\"inputs\":[]}]",
	ID:  "SptnGovernance",
}

// SptnGovernance is an auto generated Go binding around an Ethereum contract.
type SptnGovernance struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SptnGovernance) GetABI() abi.ABI {
	return c.abi
}

// NewSptnGovernance creates a new instance of SptnGovernance.
func NewSptnGovernance() *SptnGovernance {
	parsed, err := SptnGovernanceMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SptnGovernance{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SptnGovernance) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, address staking_, address rewardPool_) returns()
func (sptnGovernance *SptnGovernance) PackConstructor(admin common.Address, staking_ common.Address, rewardPool_ common.Address) []byte {
	enc, err := sptnGovernance.abi.Pack("", admin, staking_, rewardPool_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (sptnGovernance *SptnGovernance) PackAcceptOwnership() []byte {
	enc, err := sptnGovernance.abi.Pack("acceptOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptOwnership() returns()
func (sptnGovernance *SptnGovernance) TryPackAcceptOwnership() ([]byte, error) {
	return sptnGovernance.abi.Pack("acceptOwnership")
}

// PackAddSequencer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a336231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addSequencer(address attester) returns()
func (sptnGovernance *SptnGovernance) PackAddSequencer(attester common.Address) []byte {
	enc, err := sptnGovernance.abi.Pack("addSequencer", attester)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddSequencer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a336231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addSequencer(address attester) returns()
func (sptnGovernance *SptnGovernance) TryPackAddSequencer(attester common.Address) ([]byte, error) {
	return sptnGovernance.abi.Pack("addSequencer", attester)
}

// PackConfigureRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee7987b8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function configureRollup(bytes data) returns(bytes)
func (sptnGovernance *SptnGovernance) PackConfigureRollup(data []byte) []byte {
	enc, err := sptnGovernance.abi.Pack("configureRollup", data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfigureRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee7987b8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function configureRollup(bytes data) returns(bytes)
func (sptnGovernance *SptnGovernance) TryPackConfigureRollup(data []byte) ([]byte, error) {
	return sptnGovernance.abi.Pack("configureRollup", data)
}

// UnpackConfigureRollup is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xee7987b8.
//
// Solidity: function configureRollup(bytes data) returns(bytes)
func (sptnGovernance *SptnGovernance) UnpackConfigureRollup(data []byte) ([]byte, error) {
	out, err := sptnGovernance.abi.Unpack("configureRollup", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackConfigureSlasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa380d63d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function configureSlasher(bytes data) returns(bytes)
func (sptnGovernance *SptnGovernance) PackConfigureSlasher(data []byte) []byte {
	enc, err := sptnGovernance.abi.Pack("configureSlasher", data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfigureSlasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa380d63d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function configureSlasher(bytes data) returns(bytes)
func (sptnGovernance *SptnGovernance) TryPackConfigureSlasher(data []byte) ([]byte, error) {
	return sptnGovernance.abi.Pack("configureSlasher", data)
}

// UnpackConfigureSlasher is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa380d63d.
//
// Solidity: function configureSlasher(bytes data) returns(bytes)
func (sptnGovernance *SptnGovernance) UnpackConfigureSlasher(data []byte) ([]byte, error) {
	out, err := sptnGovernance.abi.Unpack("configureSlasher", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (sptnGovernance *SptnGovernance) PackOwner() []byte {
	enc, err := sptnGovernance.abi.Pack("owner")
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
func (sptnGovernance *SptnGovernance) TryPackOwner() ([]byte, error) {
	return sptnGovernance.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (sptnGovernance *SptnGovernance) UnpackOwner(data []byte) (common.Address, error) {
	out, err := sptnGovernance.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (sptnGovernance *SptnGovernance) PackPendingOwner() []byte {
	enc, err := sptnGovernance.abi.Pack("pendingOwner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingOwner() view returns(address)
func (sptnGovernance *SptnGovernance) TryPackPendingOwner() ([]byte, error) {
	return sptnGovernance.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (sptnGovernance *SptnGovernance) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := sptnGovernance.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackQueueSlasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x399e4ad4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queueSlasher(address slasher) returns()
func (sptnGovernance *SptnGovernance) PackQueueSlasher(slasher common.Address) []byte {
	enc, err := sptnGovernance.abi.Pack("queueSlasher", slasher)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueueSlasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x399e4ad4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queueSlasher(address slasher) returns()
func (sptnGovernance *SptnGovernance) TryPackQueueSlasher(slasher common.Address) ([]byte, error) {
	return sptnGovernance.abi.Pack("queueSlasher", slasher)
}

// PackRemoveSequencer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6989ca7c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeSequencer(address attester) returns()
func (sptnGovernance *SptnGovernance) PackRemoveSequencer(attester common.Address) []byte {
	enc, err := sptnGovernance.abi.Pack("removeSequencer", attester)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveSequencer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6989ca7c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeSequencer(address attester) returns()
func (sptnGovernance *SptnGovernance) TryPackRemoveSequencer(attester common.Address) ([]byte, error) {
	return sptnGovernance.abi.Pack("removeSequencer", attester)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() view returns()
func (sptnGovernance *SptnGovernance) PackRenounceOwnership() []byte {
	enc, err := sptnGovernance.abi.Pack("renounceOwnership")
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
func (sptnGovernance *SptnGovernance) TryPackRenounceOwnership() ([]byte, error) {
	return sptnGovernance.abi.Pack("renounceOwnership")
}

// PackRequiredExitDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d92bea4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requiredExitDelay() view returns(uint256)
func (sptnGovernance *SptnGovernance) PackRequiredExitDelay() []byte {
	enc, err := sptnGovernance.abi.Pack("requiredExitDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequiredExitDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0d92bea4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requiredExitDelay() view returns(uint256)
func (sptnGovernance *SptnGovernance) TryPackRequiredExitDelay() ([]byte, error) {
	return sptnGovernance.abi.Pack("requiredExitDelay")
}

// UnpackRequiredExitDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0d92bea4.
//
// Solidity: function requiredExitDelay() view returns(uint256)
func (sptnGovernance *SptnGovernance) UnpackRequiredExitDelay(data []byte) (*big.Int, error) {
	out, err := sptnGovernance.abi.Unpack("requiredExitDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRewardPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66666aa9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardPool() view returns(address)
func (sptnGovernance *SptnGovernance) PackRewardPool() []byte {
	enc, err := sptnGovernance.abi.Pack("rewardPool")
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
func (sptnGovernance *SptnGovernance) TryPackRewardPool() ([]byte, error) {
	return sptnGovernance.abi.Pack("rewardPool")
}

// UnpackRewardPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x66666aa9.
//
// Solidity: function rewardPool() view returns(address)
func (sptnGovernance *SptnGovernance) UnpackRewardPool(data []byte) (common.Address, error) {
	out, err := sptnGovernance.abi.Unpack("rewardPool", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb23bcb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollup() view returns(address)
func (sptnGovernance *SptnGovernance) PackRollup() []byte {
	enc, err := sptnGovernance.abi.Pack("rollup")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb23bcb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rollup() view returns(address)
func (sptnGovernance *SptnGovernance) TryPackRollup() ([]byte, error) {
	return sptnGovernance.abi.Pack("rollup")
}

// UnpackRollup is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb23bcb5.
//
// Solidity: function rollup() view returns(address)
func (sptnGovernance *SptnGovernance) UnpackRollup(data []byte) (common.Address, error) {
	out, err := sptnGovernance.abi.Unpack("rollup", data)
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
// Solidity: function setExitDelay(uint256 exitDelay) returns()
func (sptnGovernance *SptnGovernance) PackSetExitDelay(exitDelay *big.Int) []byte {
	enc, err := sptnGovernance.abi.Pack("setExitDelay", exitDelay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetExitDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c3b0b1c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setExitDelay(uint256 exitDelay) returns()
func (sptnGovernance *SptnGovernance) TryPackSetExitDelay(exitDelay *big.Int) ([]byte, error) {
	return sptnGovernance.abi.Pack("setExitDelay", exitDelay)
}

// PackSetInitialSlasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x519e4120.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setInitialSlasher(address slasher) returns()
func (sptnGovernance *SptnGovernance) PackSetInitialSlasher(slasher common.Address) []byte {
	enc, err := sptnGovernance.abi.Pack("setInitialSlasher", slasher)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetInitialSlasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x519e4120.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setInitialSlasher(address slasher) returns()
func (sptnGovernance *SptnGovernance) TryPackSetInitialSlasher(slasher common.Address) ([]byte, error) {
	return sptnGovernance.abi.Pack("setInitialSlasher", slasher)
}

// PackSetMinimumStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x233e9903.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMinimumStake(uint256 minimumStake) returns()
func (sptnGovernance *SptnGovernance) PackSetMinimumStake(minimumStake *big.Int) []byte {
	enc, err := sptnGovernance.abi.Pack("setMinimumStake", minimumStake)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMinimumStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x233e9903.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMinimumStake(uint256 minimumStake) returns()
func (sptnGovernance *SptnGovernance) TryPackSetMinimumStake(minimumStake *big.Int) ([]byte, error) {
	return sptnGovernance.abi.Pack("setMinimumStake", minimumStake)
}

// PackSetRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x763131a0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRollup(address rollup_) returns()
func (sptnGovernance *SptnGovernance) PackSetRollup(rollup common.Address) []byte {
	enc, err := sptnGovernance.abi.Pack("setRollup", rollup)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x763131a0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRollup(address rollup_) returns()
func (sptnGovernance *SptnGovernance) TryPackSetRollup(rollup common.Address) ([]byte, error) {
	return sptnGovernance.abi.Pack("setRollup", rollup)
}

// PackStaking is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cf088d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function staking() view returns(address)
func (sptnGovernance *SptnGovernance) PackStaking() []byte {
	enc, err := sptnGovernance.abi.Pack("staking")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStaking is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cf088d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function staking() view returns(address)
func (sptnGovernance *SptnGovernance) TryPackStaking() ([]byte, error) {
	return sptnGovernance.abi.Pack("staking")
}

// UnpackStaking is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cf088d9.
//
// Solidity: function staking() view returns(address)
func (sptnGovernance *SptnGovernance) UnpackStaking(data []byte) (common.Address, error) {
	out, err := sptnGovernance.abi.Unpack("staking", data)
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
func (sptnGovernance *SptnGovernance) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := sptnGovernance.abi.Pack("transferOwnership", newOwner)
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
func (sptnGovernance *SptnGovernance) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return sptnGovernance.abi.Pack("transferOwnership", newOwner)
}

// SptnGovernanceOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the SptnGovernance contract.
type SptnGovernanceOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const SptnGovernanceOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (SptnGovernanceOwnershipTransferStarted) ContractEventName() string {
	return SptnGovernanceOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (sptnGovernance *SptnGovernance) UnpackOwnershipTransferStartedEvent(log *types.Log) (*SptnGovernanceOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sptnGovernance.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SptnGovernanceOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := sptnGovernance.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sptnGovernance.abi.Events[event].Inputs {
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

// SptnGovernanceOwnershipTransferred represents a OwnershipTransferred event raised by the SptnGovernance contract.
type SptnGovernanceOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const SptnGovernanceOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (SptnGovernanceOwnershipTransferred) ContractEventName() string {
	return SptnGovernanceOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (sptnGovernance *SptnGovernance) UnpackOwnershipTransferredEvent(log *types.Log) (*SptnGovernanceOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sptnGovernance.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SptnGovernanceOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := sptnGovernance.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sptnGovernance.abi.Events[event].Inputs {
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

// SptnGovernanceRollupConfigured represents a RollupConfigured event raised by the SptnGovernance contract.
type SptnGovernanceRollupConfigured struct {
	Rollup   common.Address
	Selector [4]byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const SptnGovernanceRollupConfiguredEventName = "RollupConfigured"

// ContractEventName returns the user-defined event name.
func (SptnGovernanceRollupConfigured) ContractEventName() string {
	return SptnGovernanceRollupConfiguredEventName
}

// UnpackRollupConfiguredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RollupConfigured(address indexed rollup, bytes4 indexed selector)
func (sptnGovernance *SptnGovernance) UnpackRollupConfiguredEvent(log *types.Log) (*SptnGovernanceRollupConfigured, error) {
	event := "RollupConfigured"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sptnGovernance.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SptnGovernanceRollupConfigured)
	if len(log.Data) > 0 {
		if err := sptnGovernance.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sptnGovernance.abi.Events[event].Inputs {
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

// SptnGovernanceSlasherConfigured represents a SlasherConfigured event raised by the SptnGovernance contract.
type SptnGovernanceSlasherConfigured struct {
	Slasher  common.Address
	Selector [4]byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const SptnGovernanceSlasherConfiguredEventName = "SlasherConfigured"

// ContractEventName returns the user-defined event name.
func (SptnGovernanceSlasherConfigured) ContractEventName() string {
	return SptnGovernanceSlasherConfiguredEventName
}

// UnpackSlasherConfiguredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SlasherConfigured(address indexed slasher, bytes4 indexed selector)
func (sptnGovernance *SptnGovernance) UnpackSlasherConfiguredEvent(log *types.Log) (*SptnGovernanceSlasherConfigured, error) {
	event := "SlasherConfigured"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != sptnGovernance.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SptnGovernanceSlasherConfigured)
	if len(log.Data) > 0 {
		if err := sptnGovernance.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range sptnGovernance.abi.Events[event].Inputs {
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
func (sptnGovernance *SptnGovernance) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], sptnGovernance.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return sptnGovernance.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnGovernance.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return sptnGovernance.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnGovernance.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return sptnGovernance.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnGovernance.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return sptnGovernance.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnGovernance.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return sptnGovernance.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnGovernance.abi.Errors["SptnGovernance__ExitDelayTooShort"].ID.Bytes()[:4]) {
		return sptnGovernance.UnpackSptnGovernanceExitDelayTooShortError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnGovernance.abi.Errors["SptnGovernance__NoRollup"].ID.Bytes()[:4]) {
		return sptnGovernance.UnpackSptnGovernanceNoRollupError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnGovernance.abi.Errors["SptnGovernance__NoSlasher"].ID.Bytes()[:4]) {
		return sptnGovernance.UnpackSptnGovernanceNoSlasherError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnGovernance.abi.Errors["SptnGovernance__RenounceDisabled"].ID.Bytes()[:4]) {
		return sptnGovernance.UnpackSptnGovernanceRenounceDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnGovernance.abi.Errors["SptnGovernance__ZeroAddress"].ID.Bytes()[:4]) {
		return sptnGovernance.UnpackSptnGovernanceZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SptnGovernanceAddressEmptyCode represents a AddressEmptyCode error raised by the SptnGovernance contract.
type SptnGovernanceAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func SptnGovernanceAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (sptnGovernance *SptnGovernance) UnpackAddressEmptyCodeError(raw []byte) (*SptnGovernanceAddressEmptyCode, error) {
	out := new(SptnGovernanceAddressEmptyCode)
	if err := sptnGovernance.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnGovernanceFailedCall represents a FailedCall error raised by the SptnGovernance contract.
type SptnGovernanceFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func SptnGovernanceFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (sptnGovernance *SptnGovernance) UnpackFailedCallError(raw []byte) (*SptnGovernanceFailedCall, error) {
	out := new(SptnGovernanceFailedCall)
	if err := sptnGovernance.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnGovernanceInsufficientBalance represents a InsufficientBalance error raised by the SptnGovernance contract.
type SptnGovernanceInsufficientBalance struct {
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func SptnGovernanceInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xcf4791818fba6e019216eb4864093b4947f674afada5d305e57d598b641dad1d")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(uint256 balance, uint256 needed)
func (sptnGovernance *SptnGovernance) UnpackInsufficientBalanceError(raw []byte) (*SptnGovernanceInsufficientBalance, error) {
	out := new(SptnGovernanceInsufficientBalance)
	if err := sptnGovernance.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnGovernanceOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the SptnGovernance contract.
type SptnGovernanceOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func SptnGovernanceOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (sptnGovernance *SptnGovernance) UnpackOwnableInvalidOwnerError(raw []byte) (*SptnGovernanceOwnableInvalidOwner, error) {
	out := new(SptnGovernanceOwnableInvalidOwner)
	if err := sptnGovernance.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnGovernanceOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the SptnGovernance contract.
type SptnGovernanceOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func SptnGovernanceOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (sptnGovernance *SptnGovernance) UnpackOwnableUnauthorizedAccountError(raw []byte) (*SptnGovernanceOwnableUnauthorizedAccount, error) {
	out := new(SptnGovernanceOwnableUnauthorizedAccount)
	if err := sptnGovernance.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnGovernanceSptnGovernanceExitDelayTooShort represents a SptnGovernance__ExitDelayTooShort error raised by the SptnGovernance contract.
type SptnGovernanceSptnGovernanceExitDelayTooShort struct {
	ExitDelay *big.Int
	Minimum   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SptnGovernance__ExitDelayTooShort(uint256 exitDelay, uint256 minimum)
func SptnGovernanceSptnGovernanceExitDelayTooShortErrorID() common.Hash {
	return common.HexToHash("0xa7ed9ecfa15ef2155789fe4730fdce3fd4e9823d41a01b0dd06dddfea6d44fb4")
}

// UnpackSptnGovernanceExitDelayTooShortError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SptnGovernance__ExitDelayTooShort(uint256 exitDelay, uint256 minimum)
func (sptnGovernance *SptnGovernance) UnpackSptnGovernanceExitDelayTooShortError(raw []byte) (*SptnGovernanceSptnGovernanceExitDelayTooShort, error) {
	out := new(SptnGovernanceSptnGovernanceExitDelayTooShort)
	if err := sptnGovernance.abi.UnpackIntoInterface(out, "SptnGovernance__ExitDelayTooShort", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnGovernanceSptnGovernanceNoRollup represents a SptnGovernance__NoRollup error raised by the SptnGovernance contract.
type SptnGovernanceSptnGovernanceNoRollup struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SptnGovernance__NoRollup()
func SptnGovernanceSptnGovernanceNoRollupErrorID() common.Hash {
	return common.HexToHash("0x255ed2f5ac4118c8b8ebc0a9ad0fb8699fd1ed91e1c073d8da4e4def18d75ed1")
}

// UnpackSptnGovernanceNoRollupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SptnGovernance__NoRollup()
func (sptnGovernance *SptnGovernance) UnpackSptnGovernanceNoRollupError(raw []byte) (*SptnGovernanceSptnGovernanceNoRollup, error) {
	out := new(SptnGovernanceSptnGovernanceNoRollup)
	if err := sptnGovernance.abi.UnpackIntoInterface(out, "SptnGovernance__NoRollup", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnGovernanceSptnGovernanceNoSlasher represents a SptnGovernance__NoSlasher error raised by the SptnGovernance contract.
type SptnGovernanceSptnGovernanceNoSlasher struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SptnGovernance__NoSlasher()
func SptnGovernanceSptnGovernanceNoSlasherErrorID() common.Hash {
	return common.HexToHash("0xeff99c11175a2f2f7ba854665f931da23ee23ca2d9d051ebc3c08062ec529b45")
}

// UnpackSptnGovernanceNoSlasherError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SptnGovernance__NoSlasher()
func (sptnGovernance *SptnGovernance) UnpackSptnGovernanceNoSlasherError(raw []byte) (*SptnGovernanceSptnGovernanceNoSlasher, error) {
	out := new(SptnGovernanceSptnGovernanceNoSlasher)
	if err := sptnGovernance.abi.UnpackIntoInterface(out, "SptnGovernance__NoSlasher", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnGovernanceSptnGovernanceRenounceDisabled represents a SptnGovernance__RenounceDisabled error raised by the SptnGovernance contract.
type SptnGovernanceSptnGovernanceRenounceDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SptnGovernance__RenounceDisabled()
func SptnGovernanceSptnGovernanceRenounceDisabledErrorID() common.Hash {
	return common.HexToHash("0x4668fde04bba29ce04467f066fd1d63046edb13d8f8b159d7df569e1aef3dd6e")
}

// UnpackSptnGovernanceRenounceDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SptnGovernance__RenounceDisabled()
func (sptnGovernance *SptnGovernance) UnpackSptnGovernanceRenounceDisabledError(raw []byte) (*SptnGovernanceSptnGovernanceRenounceDisabled, error) {
	out := new(SptnGovernanceSptnGovernanceRenounceDisabled)
	if err := sptnGovernance.abi.UnpackIntoInterface(out, "SptnGovernance__RenounceDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnGovernanceSptnGovernanceZeroAddress represents a SptnGovernance__ZeroAddress error raised by the SptnGovernance contract.
type SptnGovernanceSptnGovernanceZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SptnGovernance__ZeroAddress()
func SptnGovernanceSptnGovernanceZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xb6ad312e57c189afb4a5a4cf41205602555803b2ca5fef9c07efe5c93be92199")
}

// UnpackSptnGovernanceZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SptnGovernance__ZeroAddress()
func (sptnGovernance *SptnGovernance) UnpackSptnGovernanceZeroAddressError(raw []byte) (*SptnGovernanceSptnGovernanceZeroAddress, error) {
	out := new(SptnGovernanceSptnGovernanceZeroAddress)
	if err := sptnGovernance.abi.UnpackIntoInterface(out, "SptnGovernance__ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
