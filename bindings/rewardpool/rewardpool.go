// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package rewardpool

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

// RewardPoolMetaData contains all meta data concerning the RewardPool contract.
var RewardPoolMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"token_\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"initialOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"RETIRED_ROLLUP_WINDOW\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pay\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"paid\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"retiredPaysUntil\",\"inputs\":[{\"name\":\"rollup\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"timestamp\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"rollup\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setRollup\",\"inputs\":[{\"name\":\"rollup_\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"token\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RewardPaid\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"paid\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"shortfall\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RollupRetired\",\"inputs\":[{\"name\":\"rollup\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"paysUntil\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RollupSet\",\"inputs\":[{\"name\":\"previousRollup\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"rollup\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"RewardPool__NotRollup\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"rollup\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"RewardPool__RenounceDisabled\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"RewardPool__SameRollup\",\"inputs\":[{\"name\":\"rollup\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"RewardPool__ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]}]",
	ID:  "RewardPool",
}

// RewardPool is an auto generated Go binding around an Ethereum contract.
type RewardPool struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RewardPool) GetABI() abi.ABI {
	return c.abi
}

// NewRewardPool creates a new instance of RewardPool.
func NewRewardPool() *RewardPool {
	parsed, err := RewardPoolMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RewardPool{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RewardPool) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address initialOwner) returns()
func (rewardPool *RewardPool) PackConstructor(token_ common.Address, initialOwner common.Address) []byte {
	enc, err := rewardPool.abi.Pack("", token_, initialOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackRETIREDROLLUPWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4339e623.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RETIRED_ROLLUP_WINDOW() view returns(uint256)
func (rewardPool *RewardPool) PackRETIREDROLLUPWINDOW() []byte {
	enc, err := rewardPool.abi.Pack("RETIRED_ROLLUP_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRETIREDROLLUPWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4339e623.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RETIRED_ROLLUP_WINDOW() view returns(uint256)
func (rewardPool *RewardPool) TryPackRETIREDROLLUPWINDOW() ([]byte, error) {
	return rewardPool.abi.Pack("RETIRED_ROLLUP_WINDOW")
}

// UnpackRETIREDROLLUPWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4339e623.
//
// Solidity: function RETIRED_ROLLUP_WINDOW() view returns(uint256)
func (rewardPool *RewardPool) UnpackRETIREDROLLUPWINDOW(data []byte) (*big.Int, error) {
	out, err := rewardPool.abi.Unpack("RETIRED_ROLLUP_WINDOW", data)
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
func (rewardPool *RewardPool) PackOwner() []byte {
	enc, err := rewardPool.abi.Pack("owner")
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
func (rewardPool *RewardPool) TryPackOwner() ([]byte, error) {
	return rewardPool.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (rewardPool *RewardPool) UnpackOwner(data []byte) (common.Address, error) {
	out, err := rewardPool.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4076876.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pay(address to, uint256 amount) returns(uint256 paid)
func (rewardPool *RewardPool) PackPay(to common.Address, amount *big.Int) []byte {
	enc, err := rewardPool.abi.Pack("pay", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4076876.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pay(address to, uint256 amount) returns(uint256 paid)
func (rewardPool *RewardPool) TryPackPay(to common.Address, amount *big.Int) ([]byte, error) {
	return rewardPool.abi.Pack("pay", to, amount)
}

// UnpackPay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc4076876.
//
// Solidity: function pay(address to, uint256 amount) returns(uint256 paid)
func (rewardPool *RewardPool) UnpackPay(data []byte) (*big.Int, error) {
	out, err := rewardPool.abi.Unpack("pay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() view returns()
func (rewardPool *RewardPool) PackRenounceOwnership() []byte {
	enc, err := rewardPool.abi.Pack("renounceOwnership")
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
func (rewardPool *RewardPool) TryPackRenounceOwnership() ([]byte, error) {
	return rewardPool.abi.Pack("renounceOwnership")
}

// PackRetiredPaysUntil is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8f92265.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function retiredPaysUntil(address rollup) view returns(uint256 timestamp)
func (rewardPool *RewardPool) PackRetiredPaysUntil(rollup common.Address) []byte {
	enc, err := rewardPool.abi.Pack("retiredPaysUntil", rollup)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRetiredPaysUntil is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8f92265.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function retiredPaysUntil(address rollup) view returns(uint256 timestamp)
func (rewardPool *RewardPool) TryPackRetiredPaysUntil(rollup common.Address) ([]byte, error) {
	return rewardPool.abi.Pack("retiredPaysUntil", rollup)
}

// UnpackRetiredPaysUntil is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb8f92265.
//
// Solidity: function retiredPaysUntil(address rollup) view returns(uint256 timestamp)
func (rewardPool *RewardPool) UnpackRetiredPaysUntil(data []byte) (*big.Int, error) {
	out, err := rewardPool.abi.Unpack("retiredPaysUntil", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb23bcb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollup() view returns(address)
func (rewardPool *RewardPool) PackRollup() []byte {
	enc, err := rewardPool.abi.Pack("rollup")
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
func (rewardPool *RewardPool) TryPackRollup() ([]byte, error) {
	return rewardPool.abi.Pack("rollup")
}

// UnpackRollup is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb23bcb5.
//
// Solidity: function rollup() view returns(address)
func (rewardPool *RewardPool) UnpackRollup(data []byte) (common.Address, error) {
	out, err := rewardPool.abi.Unpack("rollup", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x763131a0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRollup(address rollup_) returns()
func (rewardPool *RewardPool) PackSetRollup(rollup common.Address) []byte {
	enc, err := rewardPool.abi.Pack("setRollup", rollup)
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
func (rewardPool *RewardPool) TryPackSetRollup(rollup common.Address) ([]byte, error) {
	return rewardPool.abi.Pack("setRollup", rollup)
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (rewardPool *RewardPool) PackToken() []byte {
	enc, err := rewardPool.abi.Pack("token")
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
func (rewardPool *RewardPool) TryPackToken() ([]byte, error) {
	return rewardPool.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (rewardPool *RewardPool) UnpackToken(data []byte) (common.Address, error) {
	out, err := rewardPool.abi.Unpack("token", data)
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
func (rewardPool *RewardPool) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := rewardPool.abi.Pack("transferOwnership", newOwner)
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
func (rewardPool *RewardPool) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return rewardPool.abi.Pack("transferOwnership", newOwner)
}

// RewardPoolOwnershipTransferred represents a OwnershipTransferred event raised by the RewardPool contract.
type RewardPoolOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const RewardPoolOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (RewardPoolOwnershipTransferred) ContractEventName() string {
	return RewardPoolOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (rewardPool *RewardPool) UnpackOwnershipTransferredEvent(log *types.Log) (*RewardPoolOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardPoolOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := rewardPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardPool.abi.Events[event].Inputs {
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

// RewardPoolRewardPaid represents a RewardPaid event raised by the RewardPool contract.
type RewardPoolRewardPaid struct {
	To        common.Address
	Paid      *big.Int
	Shortfall *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const RewardPoolRewardPaidEventName = "RewardPaid"

// ContractEventName returns the user-defined event name.
func (RewardPoolRewardPaid) ContractEventName() string {
	return RewardPoolRewardPaidEventName
}

// UnpackRewardPaidEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardPaid(address indexed to, uint256 paid, uint256 shortfall)
func (rewardPool *RewardPool) UnpackRewardPaidEvent(log *types.Log) (*RewardPoolRewardPaid, error) {
	event := "RewardPaid"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardPoolRewardPaid)
	if len(log.Data) > 0 {
		if err := rewardPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardPool.abi.Events[event].Inputs {
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

// RewardPoolRollupRetired represents a RollupRetired event raised by the RewardPool contract.
type RewardPoolRollupRetired struct {
	Rollup    common.Address
	PaysUntil *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const RewardPoolRollupRetiredEventName = "RollupRetired"

// ContractEventName returns the user-defined event name.
func (RewardPoolRollupRetired) ContractEventName() string {
	return RewardPoolRollupRetiredEventName
}

// UnpackRollupRetiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RollupRetired(address indexed rollup, uint256 paysUntil)
func (rewardPool *RewardPool) UnpackRollupRetiredEvent(log *types.Log) (*RewardPoolRollupRetired, error) {
	event := "RollupRetired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardPoolRollupRetired)
	if len(log.Data) > 0 {
		if err := rewardPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardPool.abi.Events[event].Inputs {
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

// RewardPoolRollupSet represents a RollupSet event raised by the RewardPool contract.
type RewardPoolRollupSet struct {
	PreviousRollup common.Address
	Rollup         common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const RewardPoolRollupSetEventName = "RollupSet"

// ContractEventName returns the user-defined event name.
func (RewardPoolRollupSet) ContractEventName() string {
	return RewardPoolRollupSetEventName
}

// UnpackRollupSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RollupSet(address indexed previousRollup, address indexed rollup)
func (rewardPool *RewardPool) UnpackRollupSetEvent(log *types.Log) (*RewardPoolRollupSet, error) {
	event := "RollupSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardPoolRollupSet)
	if len(log.Data) > 0 {
		if err := rewardPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardPool.abi.Events[event].Inputs {
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
func (rewardPool *RewardPool) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], rewardPool.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return rewardPool.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardPool.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return rewardPool.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardPool.abi.Errors["RewardPool__NotRollup"].ID.Bytes()[:4]) {
		return rewardPool.UnpackRewardPoolNotRollupError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardPool.abi.Errors["RewardPool__RenounceDisabled"].ID.Bytes()[:4]) {
		return rewardPool.UnpackRewardPoolRenounceDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardPool.abi.Errors["RewardPool__SameRollup"].ID.Bytes()[:4]) {
		return rewardPool.UnpackRewardPoolSameRollupError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardPool.abi.Errors["RewardPool__ZeroAddress"].ID.Bytes()[:4]) {
		return rewardPool.UnpackRewardPoolZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardPool.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return rewardPool.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RewardPoolOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the RewardPool contract.
type RewardPoolOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func RewardPoolOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (rewardPool *RewardPool) UnpackOwnableInvalidOwnerError(raw []byte) (*RewardPoolOwnableInvalidOwner, error) {
	out := new(RewardPoolOwnableInvalidOwner)
	if err := rewardPool.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardPoolOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the RewardPool contract.
type RewardPoolOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func RewardPoolOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (rewardPool *RewardPool) UnpackOwnableUnauthorizedAccountError(raw []byte) (*RewardPoolOwnableUnauthorizedAccount, error) {
	out := new(RewardPoolOwnableUnauthorizedAccount)
	if err := rewardPool.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardPoolRewardPoolNotRollup represents a RewardPool__NotRollup error raised by the RewardPool contract.
type RewardPoolRewardPoolNotRollup struct {
	Caller common.Address
	Rollup common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RewardPool__NotRollup(address caller, address rollup)
func RewardPoolRewardPoolNotRollupErrorID() common.Hash {
	return common.HexToHash("0xcff47ba94cfe6739c2bb7bf07fc27904d643d8d739a70f7d974e28b3daa61dd2")
}

// UnpackRewardPoolNotRollupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RewardPool__NotRollup(address caller, address rollup)
func (rewardPool *RewardPool) UnpackRewardPoolNotRollupError(raw []byte) (*RewardPoolRewardPoolNotRollup, error) {
	out := new(RewardPoolRewardPoolNotRollup)
	if err := rewardPool.abi.UnpackIntoInterface(out, "RewardPool__NotRollup", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardPoolRewardPoolRenounceDisabled represents a RewardPool__RenounceDisabled error raised by the RewardPool contract.
type RewardPoolRewardPoolRenounceDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RewardPool__RenounceDisabled()
func RewardPoolRewardPoolRenounceDisabledErrorID() common.Hash {
	return common.HexToHash("0xa1d71f69988f08cc8dcf2a4259b01fc5f024c3a0fc7ac029d474049445d8a284")
}

// UnpackRewardPoolRenounceDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RewardPool__RenounceDisabled()
func (rewardPool *RewardPool) UnpackRewardPoolRenounceDisabledError(raw []byte) (*RewardPoolRewardPoolRenounceDisabled, error) {
	out := new(RewardPoolRewardPoolRenounceDisabled)
	if err := rewardPool.abi.UnpackIntoInterface(out, "RewardPool__RenounceDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardPoolRewardPoolSameRollup represents a RewardPool__SameRollup error raised by the RewardPool contract.
type RewardPoolRewardPoolSameRollup struct {
	Rollup common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RewardPool__SameRollup(address rollup)
func RewardPoolRewardPoolSameRollupErrorID() common.Hash {
	return common.HexToHash("0x45229b493218728756a6054a610bd36fe2fdebaa33d39485435a1324c1ab12f8")
}

// UnpackRewardPoolSameRollupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RewardPool__SameRollup(address rollup)
func (rewardPool *RewardPool) UnpackRewardPoolSameRollupError(raw []byte) (*RewardPoolRewardPoolSameRollup, error) {
	out := new(RewardPoolRewardPoolSameRollup)
	if err := rewardPool.abi.UnpackIntoInterface(out, "RewardPool__SameRollup", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardPoolRewardPoolZeroAddress represents a RewardPool__ZeroAddress error raised by the RewardPool contract.
type RewardPoolRewardPoolZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RewardPool__ZeroAddress()
func RewardPoolRewardPoolZeroAddressErrorID() common.Hash {
	return common.HexToHash("0x01f78b4b172d78f333fec4d5f838a90510ec7c2dc319d0772f099e0f24d3d7e1")
}

// UnpackRewardPoolZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RewardPool__ZeroAddress()
func (rewardPool *RewardPool) UnpackRewardPoolZeroAddressError(raw []byte) (*RewardPoolRewardPoolZeroAddress, error) {
	out := new(RewardPoolRewardPoolZeroAddress)
	if err := rewardPool.abi.UnpackIntoInterface(out, "RewardPool__ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardPoolSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the RewardPool contract.
type RewardPoolSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func RewardPoolSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (rewardPool *RewardPool) UnpackSafeERC20FailedOperationError(raw []byte) (*RewardPoolSafeERC20FailedOperation, error) {
	out := new(RewardPoolSafeERC20FailedOperation)
	if err := rewardPool.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}
