// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package registry

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

// IRegistryDeployment is an auto generated low-level Go binding around an user-defined struct.
type IRegistryDeployment struct {
	Name         [32]byte
	Rollup       common.Address
	Staking      common.Address
	Governance   common.Address
	RewardPool   common.Address
	RegisteredAt *big.Int
}

// RegistryMetaData contains all meta data concerning the Registry contract.
var RegistryMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"initialOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"canonical\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"canonicalAt\",\"inputs\":[{\"name\":\"timestamp\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"canonicalChange\",\"inputs\":[{\"name\":\"n\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"timestamp\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"version\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"canonicalChanges\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"canonicalDeployment\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIRegistry.Deployment\",\"components\":[{\"name\":\"name\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"rollup\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"staking\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"governance\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"rewardPool\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"registeredAt\",\"type\":\"uint48\",\"internalType\":\"uint48\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"canonicalRollup\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getDeployment\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIRegistry.Deployment\",\"components\":[{\"name\":\"name\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"rollup\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"staking\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"governance\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"rewardPool\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"registeredAt\",\"type\":\"uint48\",\"internalType\":\"uint48\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"register\",\"inputs\":[{\"name\":\"d\",\"type\":\"tuple\",\"internalType\":\"structIRegistry.Deployment\",\"components\":[{\"name\":\"name\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"rollup\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"staking\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"governance\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"rewardPool\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"registeredAt\",\"type\":\"uint48\",\"internalType\":\"uint48\"}]}],\"outputs\":[{\"name\":\"version\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setCanonical\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"versionCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"CanonicalSet\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"previousVersion\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"rollup\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DeploymentRegistered\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"name\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"rollup\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"staking\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"governance\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"rewardPool\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"CheckpointUnorderedInsertion\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Registry__AlreadyCanonical\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Registry__EmptyName\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Registry__NoCanonical\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Registry__NoSuchChange\",\"inputs\":[{\"name\":\"n\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Registry__RenounceDisabled\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Registry__UnknownVersion\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Registry__ZeroAddress\",\"inputs\":[{\"name\":\"field\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}]",
	ID:  "Registry",
}

// Registry is an auto generated Go binding around an Ethereum contract.
type Registry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Registry) GetABI() abi.ABI {
	return c.abi
}

// NewRegistry creates a new instance of Registry.
func NewRegistry() *Registry {
	parsed, err := RegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Registry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Registry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address initialOwner) returns()
func (registry *Registry) PackConstructor(initialOwner common.Address) []byte {
	enc, err := registry.abi.Pack("", initialOwner)
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
func (registry *Registry) PackAcceptOwnership() []byte {
	enc, err := registry.abi.Pack("acceptOwnership")
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
func (registry *Registry) TryPackAcceptOwnership() ([]byte, error) {
	return registry.abi.Pack("acceptOwnership")
}

// PackCanonical is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26afaadd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function canonical() view returns(uint256)
func (registry *Registry) PackCanonical() []byte {
	enc, err := registry.abi.Pack("canonical")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCanonical is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x26afaadd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function canonical() view returns(uint256)
func (registry *Registry) TryPackCanonical() ([]byte, error) {
	return registry.abi.Pack("canonical")
}

// UnpackCanonical is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x26afaadd.
//
// Solidity: function canonical() view returns(uint256)
func (registry *Registry) UnpackCanonical(data []byte) (*big.Int, error) {
	out, err := registry.abi.Unpack("canonical", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCanonicalAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8d90bdd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function canonicalAt(uint256 timestamp) view returns(uint256)
func (registry *Registry) PackCanonicalAt(timestamp *big.Int) []byte {
	enc, err := registry.abi.Pack("canonicalAt", timestamp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCanonicalAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8d90bdd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function canonicalAt(uint256 timestamp) view returns(uint256)
func (registry *Registry) TryPackCanonicalAt(timestamp *big.Int) ([]byte, error) {
	return registry.abi.Pack("canonicalAt", timestamp)
}

// UnpackCanonicalAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb8d90bdd.
//
// Solidity: function canonicalAt(uint256 timestamp) view returns(uint256)
func (registry *Registry) UnpackCanonicalAt(data []byte) (*big.Int, error) {
	out, err := registry.abi.Unpack("canonicalAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCanonicalChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06429702.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function canonicalChange(uint256 n) view returns(uint256 timestamp, uint256 version)
func (registry *Registry) PackCanonicalChange(n *big.Int) []byte {
	enc, err := registry.abi.Pack("canonicalChange", n)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCanonicalChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06429702.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function canonicalChange(uint256 n) view returns(uint256 timestamp, uint256 version)
func (registry *Registry) TryPackCanonicalChange(n *big.Int) ([]byte, error) {
	return registry.abi.Pack("canonicalChange", n)
}

// CanonicalChangeOutput serves as a container for the return parameters of contract
// method CanonicalChange.
type CanonicalChangeOutput struct {
	Timestamp *big.Int
	Version   *big.Int
}

// UnpackCanonicalChange is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06429702.
//
// Solidity: function canonicalChange(uint256 n) view returns(uint256 timestamp, uint256 version)
func (registry *Registry) UnpackCanonicalChange(data []byte) (CanonicalChangeOutput, error) {
	out, err := registry.abi.Unpack("canonicalChange", data)
	outstruct := new(CanonicalChangeOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Timestamp = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Version = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackCanonicalChanges is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb71f43a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function canonicalChanges() view returns(uint256)
func (registry *Registry) PackCanonicalChanges() []byte {
	enc, err := registry.abi.Pack("canonicalChanges")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCanonicalChanges is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb71f43a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function canonicalChanges() view returns(uint256)
func (registry *Registry) TryPackCanonicalChanges() ([]byte, error) {
	return registry.abi.Pack("canonicalChanges")
}

// UnpackCanonicalChanges is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeb71f43a.
//
// Solidity: function canonicalChanges() view returns(uint256)
func (registry *Registry) UnpackCanonicalChanges(data []byte) (*big.Int, error) {
	out, err := registry.abi.Unpack("canonicalChanges", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCanonicalDeployment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0bff0ebf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function canonicalDeployment() view returns((bytes32,address,address,address,address,uint48))
func (registry *Registry) PackCanonicalDeployment() []byte {
	enc, err := registry.abi.Pack("canonicalDeployment")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCanonicalDeployment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0bff0ebf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function canonicalDeployment() view returns((bytes32,address,address,address,address,uint48))
func (registry *Registry) TryPackCanonicalDeployment() ([]byte, error) {
	return registry.abi.Pack("canonicalDeployment")
}

// UnpackCanonicalDeployment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0bff0ebf.
//
// Solidity: function canonicalDeployment() view returns((bytes32,address,address,address,address,uint48))
func (registry *Registry) UnpackCanonicalDeployment(data []byte) (IRegistryDeployment, error) {
	out, err := registry.abi.Unpack("canonicalDeployment", data)
	if err != nil {
		return *new(IRegistryDeployment), err
	}
	out0 := *abi.ConvertType(out[0], new(IRegistryDeployment)).(*IRegistryDeployment)
	return out0, nil
}

// PackCanonicalRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x026cd0dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function canonicalRollup() view returns(address)
func (registry *Registry) PackCanonicalRollup() []byte {
	enc, err := registry.abi.Pack("canonicalRollup")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCanonicalRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x026cd0dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function canonicalRollup() view returns(address)
func (registry *Registry) TryPackCanonicalRollup() ([]byte, error) {
	return registry.abi.Pack("canonicalRollup")
}

// UnpackCanonicalRollup is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x026cd0dc.
//
// Solidity: function canonicalRollup() view returns(address)
func (registry *Registry) UnpackCanonicalRollup(data []byte) (common.Address, error) {
	out, err := registry.abi.Unpack("canonicalRollup", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetDeployment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25da1698.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getDeployment(uint256 version) view returns((bytes32,address,address,address,address,uint48))
func (registry *Registry) PackGetDeployment(version *big.Int) []byte {
	enc, err := registry.abi.Pack("getDeployment", version)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetDeployment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25da1698.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getDeployment(uint256 version) view returns((bytes32,address,address,address,address,uint48))
func (registry *Registry) TryPackGetDeployment(version *big.Int) ([]byte, error) {
	return registry.abi.Pack("getDeployment", version)
}

// UnpackGetDeployment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x25da1698.
//
// Solidity: function getDeployment(uint256 version) view returns((bytes32,address,address,address,address,uint48))
func (registry *Registry) UnpackGetDeployment(data []byte) (IRegistryDeployment, error) {
	out, err := registry.abi.Unpack("getDeployment", data)
	if err != nil {
		return *new(IRegistryDeployment), err
	}
	out0 := *abi.ConvertType(out[0], new(IRegistryDeployment)).(*IRegistryDeployment)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (registry *Registry) PackOwner() []byte {
	enc, err := registry.abi.Pack("owner")
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
func (registry *Registry) TryPackOwner() ([]byte, error) {
	return registry.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (registry *Registry) UnpackOwner(data []byte) (common.Address, error) {
	out, err := registry.abi.Unpack("owner", data)
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
func (registry *Registry) PackPendingOwner() []byte {
	enc, err := registry.abi.Pack("pendingOwner")
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
func (registry *Registry) TryPackPendingOwner() ([]byte, error) {
	return registry.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (registry *Registry) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := registry.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5aee7fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register((bytes32,address,address,address,address,uint48) d) returns(uint256 version)
func (registry *Registry) PackRegister(d IRegistryDeployment) []byte {
	enc, err := registry.abi.Pack("register", d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5aee7fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register((bytes32,address,address,address,address,uint48) d) returns(uint256 version)
func (registry *Registry) TryPackRegister(d IRegistryDeployment) ([]byte, error) {
	return registry.abi.Pack("register", d)
}

// UnpackRegister is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5aee7fa.
//
// Solidity: function register((bytes32,address,address,address,address,uint48) d) returns(uint256 version)
func (registry *Registry) UnpackRegister(data []byte) (*big.Int, error) {
	out, err := registry.abi.Unpack("register", data)
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
func (registry *Registry) PackRenounceOwnership() []byte {
	enc, err := registry.abi.Pack("renounceOwnership")
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
func (registry *Registry) TryPackRenounceOwnership() ([]byte, error) {
	return registry.abi.Pack("renounceOwnership")
}

// PackSetCanonical is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2bda9fe9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCanonical(uint256 version) returns()
func (registry *Registry) PackSetCanonical(version *big.Int) []byte {
	enc, err := registry.abi.Pack("setCanonical", version)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCanonical is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2bda9fe9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCanonical(uint256 version) returns()
func (registry *Registry) TryPackSetCanonical(version *big.Int) ([]byte, error) {
	return registry.abi.Pack("setCanonical", version)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (registry *Registry) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := registry.abi.Pack("transferOwnership", newOwner)
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
func (registry *Registry) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return registry.abi.Pack("transferOwnership", newOwner)
}

// PackVersionCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8aad29e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function versionCount() view returns(uint256)
func (registry *Registry) PackVersionCount() []byte {
	enc, err := registry.abi.Pack("versionCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersionCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8aad29e1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function versionCount() view returns(uint256)
func (registry *Registry) TryPackVersionCount() ([]byte, error) {
	return registry.abi.Pack("versionCount")
}

// UnpackVersionCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8aad29e1.
//
// Solidity: function versionCount() view returns(uint256)
func (registry *Registry) UnpackVersionCount(data []byte) (*big.Int, error) {
	out, err := registry.abi.Unpack("versionCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// RegistryCanonicalSet represents a CanonicalSet event raised by the Registry contract.
type RegistryCanonicalSet struct {
	Version         *big.Int
	PreviousVersion *big.Int
	Rollup          common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const RegistryCanonicalSetEventName = "CanonicalSet"

// ContractEventName returns the user-defined event name.
func (RegistryCanonicalSet) ContractEventName() string {
	return RegistryCanonicalSetEventName
}

// UnpackCanonicalSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CanonicalSet(uint256 indexed version, uint256 indexed previousVersion, address rollup)
func (registry *Registry) UnpackCanonicalSetEvent(log *types.Log) (*RegistryCanonicalSet, error) {
	event := "CanonicalSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != registry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RegistryCanonicalSet)
	if len(log.Data) > 0 {
		if err := registry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range registry.abi.Events[event].Inputs {
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

// RegistryDeploymentRegistered represents a DeploymentRegistered event raised by the Registry contract.
type RegistryDeploymentRegistered struct {
	Version    *big.Int
	Name       [32]byte
	Rollup     common.Address
	Staking    common.Address
	Governance common.Address
	RewardPool common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const RegistryDeploymentRegisteredEventName = "DeploymentRegistered"

// ContractEventName returns the user-defined event name.
func (RegistryDeploymentRegistered) ContractEventName() string {
	return RegistryDeploymentRegisteredEventName
}

// UnpackDeploymentRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DeploymentRegistered(uint256 indexed version, bytes32 indexed name, address rollup, address staking, address governance, address rewardPool)
func (registry *Registry) UnpackDeploymentRegisteredEvent(log *types.Log) (*RegistryDeploymentRegistered, error) {
	event := "DeploymentRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != registry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RegistryDeploymentRegistered)
	if len(log.Data) > 0 {
		if err := registry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range registry.abi.Events[event].Inputs {
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

// RegistryOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the Registry contract.
type RegistryOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const RegistryOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (RegistryOwnershipTransferStarted) ContractEventName() string {
	return RegistryOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (registry *Registry) UnpackOwnershipTransferStartedEvent(log *types.Log) (*RegistryOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != registry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RegistryOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := registry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range registry.abi.Events[event].Inputs {
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

// RegistryOwnershipTransferred represents a OwnershipTransferred event raised by the Registry contract.
type RegistryOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const RegistryOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (RegistryOwnershipTransferred) ContractEventName() string {
	return RegistryOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (registry *Registry) UnpackOwnershipTransferredEvent(log *types.Log) (*RegistryOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != registry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RegistryOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := registry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range registry.abi.Events[event].Inputs {
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
func (registry *Registry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], registry.abi.Errors["CheckpointUnorderedInsertion"].ID.Bytes()[:4]) {
		return registry.UnpackCheckpointUnorderedInsertionError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return registry.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return registry.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["Registry__AlreadyCanonical"].ID.Bytes()[:4]) {
		return registry.UnpackRegistryAlreadyCanonicalError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["Registry__EmptyName"].ID.Bytes()[:4]) {
		return registry.UnpackRegistryEmptyNameError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["Registry__NoCanonical"].ID.Bytes()[:4]) {
		return registry.UnpackRegistryNoCanonicalError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["Registry__NoSuchChange"].ID.Bytes()[:4]) {
		return registry.UnpackRegistryNoSuchChangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["Registry__RenounceDisabled"].ID.Bytes()[:4]) {
		return registry.UnpackRegistryRenounceDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["Registry__UnknownVersion"].ID.Bytes()[:4]) {
		return registry.UnpackRegistryUnknownVersionError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["Registry__ZeroAddress"].ID.Bytes()[:4]) {
		return registry.UnpackRegistryZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], registry.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return registry.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RegistryCheckpointUnorderedInsertion represents a CheckpointUnorderedInsertion error raised by the Registry contract.
type RegistryCheckpointUnorderedInsertion struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CheckpointUnorderedInsertion()
func RegistryCheckpointUnorderedInsertionErrorID() common.Hash {
	return common.HexToHash("0x2520601d9d60b717c34a36ad270857824c5a1ebbfd08ff39aba6930089495cfa")
}

// UnpackCheckpointUnorderedInsertionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CheckpointUnorderedInsertion()
func (registry *Registry) UnpackCheckpointUnorderedInsertionError(raw []byte) (*RegistryCheckpointUnorderedInsertion, error) {
	out := new(RegistryCheckpointUnorderedInsertion)
	if err := registry.abi.UnpackIntoInterface(out, "CheckpointUnorderedInsertion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the Registry contract.
type RegistryOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func RegistryOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (registry *Registry) UnpackOwnableInvalidOwnerError(raw []byte) (*RegistryOwnableInvalidOwner, error) {
	out := new(RegistryOwnableInvalidOwner)
	if err := registry.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the Registry contract.
type RegistryOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func RegistryOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (registry *Registry) UnpackOwnableUnauthorizedAccountError(raw []byte) (*RegistryOwnableUnauthorizedAccount, error) {
	out := new(RegistryOwnableUnauthorizedAccount)
	if err := registry.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryRegistryAlreadyCanonical represents a Registry__AlreadyCanonical error raised by the Registry contract.
type RegistryRegistryAlreadyCanonical struct {
	Version *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Registry__AlreadyCanonical(uint256 version)
func RegistryRegistryAlreadyCanonicalErrorID() common.Hash {
	return common.HexToHash("0x4dbbbebf61582ac02429cbe0515ec3cb17d017fe33de9d848fa471f1db14af67")
}

// UnpackRegistryAlreadyCanonicalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Registry__AlreadyCanonical(uint256 version)
func (registry *Registry) UnpackRegistryAlreadyCanonicalError(raw []byte) (*RegistryRegistryAlreadyCanonical, error) {
	out := new(RegistryRegistryAlreadyCanonical)
	if err := registry.abi.UnpackIntoInterface(out, "Registry__AlreadyCanonical", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryRegistryEmptyName represents a Registry__EmptyName error raised by the Registry contract.
type RegistryRegistryEmptyName struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Registry__EmptyName()
func RegistryRegistryEmptyNameErrorID() common.Hash {
	return common.HexToHash("0x1e2ae8ab9e0f42a7451e164e8b9e8b5de9ecc0035feb7eb7f0f85bf83f52a389")
}

// UnpackRegistryEmptyNameError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Registry__EmptyName()
func (registry *Registry) UnpackRegistryEmptyNameError(raw []byte) (*RegistryRegistryEmptyName, error) {
	out := new(RegistryRegistryEmptyName)
	if err := registry.abi.UnpackIntoInterface(out, "Registry__EmptyName", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryRegistryNoCanonical represents a Registry__NoCanonical error raised by the Registry contract.
type RegistryRegistryNoCanonical struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Registry__NoCanonical()
func RegistryRegistryNoCanonicalErrorID() common.Hash {
	return common.HexToHash("0x9418bfc315dcd57e5a1f9c9bacf9b291ff15673b40d218e1d4316edd00a5729d")
}

// UnpackRegistryNoCanonicalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Registry__NoCanonical()
func (registry *Registry) UnpackRegistryNoCanonicalError(raw []byte) (*RegistryRegistryNoCanonical, error) {
	out := new(RegistryRegistryNoCanonical)
	if err := registry.abi.UnpackIntoInterface(out, "Registry__NoCanonical", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryRegistryNoSuchChange represents a Registry__NoSuchChange error raised by the Registry contract.
type RegistryRegistryNoSuchChange struct {
	N     *big.Int
	Count *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Registry__NoSuchChange(uint256 n, uint256 count)
func RegistryRegistryNoSuchChangeErrorID() common.Hash {
	return common.HexToHash("0x9e17ba9fd1e124714de7af817d641ed5383ac93c3119878c903694267cf043de")
}

// UnpackRegistryNoSuchChangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Registry__NoSuchChange(uint256 n, uint256 count)
func (registry *Registry) UnpackRegistryNoSuchChangeError(raw []byte) (*RegistryRegistryNoSuchChange, error) {
	out := new(RegistryRegistryNoSuchChange)
	if err := registry.abi.UnpackIntoInterface(out, "Registry__NoSuchChange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryRegistryRenounceDisabled represents a Registry__RenounceDisabled error raised by the Registry contract.
type RegistryRegistryRenounceDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Registry__RenounceDisabled()
func RegistryRegistryRenounceDisabledErrorID() common.Hash {
	return common.HexToHash("0x0c8d2df529c4b9e59b14c6fb66f263e92a1b001b8a0e6c8548b49dc2ae781625")
}

// UnpackRegistryRenounceDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Registry__RenounceDisabled()
func (registry *Registry) UnpackRegistryRenounceDisabledError(raw []byte) (*RegistryRegistryRenounceDisabled, error) {
	out := new(RegistryRegistryRenounceDisabled)
	if err := registry.abi.UnpackIntoInterface(out, "Registry__RenounceDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryRegistryUnknownVersion represents a Registry__UnknownVersion error raised by the Registry contract.
type RegistryRegistryUnknownVersion struct {
	Version *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Registry__UnknownVersion(uint256 version)
func RegistryRegistryUnknownVersionErrorID() common.Hash {
	return common.HexToHash("0xdbd3c444163e41bbb23ff2443bf5d5d6e8262e34dfbdb997e4a94c3846a6696f")
}

// UnpackRegistryUnknownVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Registry__UnknownVersion(uint256 version)
func (registry *Registry) UnpackRegistryUnknownVersionError(raw []byte) (*RegistryRegistryUnknownVersion, error) {
	out := new(RegistryRegistryUnknownVersion)
	if err := registry.abi.UnpackIntoInterface(out, "Registry__UnknownVersion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistryRegistryZeroAddress represents a Registry__ZeroAddress error raised by the Registry contract.
type RegistryRegistryZeroAddress struct {
	Field [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Registry__ZeroAddress(bytes32 field)
func RegistryRegistryZeroAddressErrorID() common.Hash {
	return common.HexToHash("0x00fc87c5e1f622bfc67dd6e03a0978e2ebdb410ad2f36a20b97423d1c0475551")
}

// UnpackRegistryZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Registry__ZeroAddress(bytes32 field)
func (registry *Registry) UnpackRegistryZeroAddressError(raw []byte) (*RegistryRegistryZeroAddress, error) {
	out := new(RegistryRegistryZeroAddress)
	if err := registry.abi.UnpackIntoInterface(out, "Registry__ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RegistrySafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the Registry contract.
type RegistrySafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func RegistrySafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (registry *Registry) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*RegistrySafeCastOverflowedUintDowncast, error) {
	out := new(RegistrySafeCastOverflowedUintDowncast)
	if err := registry.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}
