// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

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

// CheckpointsCheckpoint208 is an auto generated low-level Go binding around an user-defined struct.
type CheckpointsCheckpoint208 struct {
	Key   *big.Int
	Value *big.Int
}

// IRegistryDeployment is an auto generated low-level Go binding around an user-defined struct.
type IRegistryDeployment struct {
	Name         [32]byte
	Rollup       common.Address
	Staking      common.Address
	Governance   common.Address
	RewardPool   common.Address
	RegisteredAt *big.Int
}

// IStakingStakeInfo is an auto generated low-level Go binding around an user-defined struct.
type IStakingStakeInfo struct {
	Withdrawer common.Address
	Status     uint8
	ExitableAt *big.Int
	Amount     *big.Int
}

// AZTMetaData contains all meta data concerning the AZT contract.
var AZTMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"initialOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"CLOCK_MODE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"DOMAIN_SEPARATOR\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"allowance\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"approve\",\"inputs\":[{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"balanceOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"checkpoints\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"pos\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structCheckpoints.Checkpoint208\",\"components\":[{\"name\":\"_key\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"_value\",\"type\":\"uint208\",\"internalType\":\"uint208\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"clock\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"decimals\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"delegate\",\"inputs\":[{\"name\":\"delegatee\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"delegateBySig\",\"inputs\":[{\"name\":\"delegatee\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"nonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"expiry\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"delegates\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getPastTotalSupply\",\"inputs\":[{\"name\":\"timepoint\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getPastVotes\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"timepoint\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getVotes\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"mint\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"name\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nonces\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"numCheckpoints\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"permit\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"v\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"r\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"symbol\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalSupply\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transfer\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"transferFrom\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"Approval\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"spender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DelegateChanged\",\"inputs\":[{\"name\":\"delegator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"fromDelegate\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"toDelegate\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DelegateVotesChanged\",\"inputs\":[{\"name\":\"delegate\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"previousVotes\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newVotes\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Transfer\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"CheckpointUnorderedInsertion\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ECDSAInvalidSignature\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ECDSAInvalidSignatureLength\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ECDSAInvalidSignatureS\",\"inputs\":[{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"ERC20ExceededSafeSupply\",\"inputs\":[{\"name\":\"increasedSupply\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"cap\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC20InsufficientAllowance\",\"inputs\":[{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"allowance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"needed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC20InsufficientBalance\",\"inputs\":[{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"balance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"needed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidApprover\",\"inputs\":[{\"name\":\"approver\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidReceiver\",\"inputs\":[{\"name\":\"receiver\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidSender\",\"inputs\":[{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidSpender\",\"inputs\":[{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC2612ExpiredSignature\",\"inputs\":[{\"name\":\"deadline\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC2612InvalidSigner\",\"inputs\":[{\"name\":\"signer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC5805FutureLookup\",\"inputs\":[{\"name\":\"timepoint\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"clock\",\"type\":\"uint48\",\"internalType\":\"uint48\"}]},{\"type\":\"error\",\"name\":\"InvalidAccountNonce\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"currentNonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"VotesExpiredSignature\",\"inputs\":[{\"name\":\"expiry\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}]",
	ID:  "AZT",
}

// AZT is an auto generated Go binding around an Ethereum contract.
type AZT struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AZT) GetABI() abi.ABI {
	return c.abi
}

// NewAZT creates a new instance of AZT.
func NewAZT() *AZT {
	parsed, err := AZTMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AZT{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AZT) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address initialOwner) returns()
func (aZT *AZT) PackConstructor(initialOwner common.Address) []byte {
	enc, err := aZT.abi.Pack("", initialOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCLOCKMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bf5d7e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CLOCK_MODE() pure returns(string)
func (aZT *AZT) PackCLOCKMODE() []byte {
	enc, err := aZT.abi.Pack("CLOCK_MODE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCLOCKMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bf5d7e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CLOCK_MODE() pure returns(string)
func (aZT *AZT) TryPackCLOCKMODE() ([]byte, error) {
	return aZT.abi.Pack("CLOCK_MODE")
}

// UnpackCLOCKMODE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() pure returns(string)
func (aZT *AZT) UnpackCLOCKMODE(data []byte) (string, error) {
	out, err := aZT.abi.Unpack("CLOCK_MODE", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (aZT *AZT) PackDOMAINSEPARATOR() []byte {
	enc, err := aZT.abi.Pack("DOMAIN_SEPARATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (aZT *AZT) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return aZT.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (aZT *AZT) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := aZT.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (aZT *AZT) PackAcceptOwnership() []byte {
	enc, err := aZT.abi.Pack("acceptOwnership")
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
func (aZT *AZT) TryPackAcceptOwnership() ([]byte, error) {
	return aZT.abi.Pack("acceptOwnership")
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (aZT *AZT) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := aZT.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (aZT *AZT) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return aZT.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (aZT *AZT) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := aZT.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (aZT *AZT) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := aZT.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (aZT *AZT) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return aZT.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (aZT *AZT) UnpackApprove(data []byte) (bool, error) {
	out, err := aZT.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (aZT *AZT) PackBalanceOf(account common.Address) []byte {
	enc, err := aZT.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (aZT *AZT) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return aZT.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (aZT *AZT) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := aZT.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1127ed8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (aZT *AZT) PackCheckpoints(account common.Address, pos uint32) []byte {
	enc, err := aZT.abi.Pack("checkpoints", account, pos)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1127ed8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (aZT *AZT) TryPackCheckpoints(account common.Address, pos uint32) ([]byte, error) {
	return aZT.abi.Pack("checkpoints", account, pos)
}

// UnpackCheckpoints is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf1127ed8.
//
// Solidity: function checkpoints(address account, uint32 pos) view returns((uint48,uint208))
func (aZT *AZT) UnpackCheckpoints(data []byte) (CheckpointsCheckpoint208, error) {
	out, err := aZT.abi.Unpack("checkpoints", data)
	if err != nil {
		return *new(CheckpointsCheckpoint208), err
	}
	out0 := *abi.ConvertType(out[0], new(CheckpointsCheckpoint208)).(*CheckpointsCheckpoint208)
	return out0, nil
}

// PackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clock() view returns(uint48)
func (aZT *AZT) PackClock() []byte {
	enc, err := aZT.abi.Pack("clock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clock() view returns(uint48)
func (aZT *AZT) TryPackClock() ([]byte, error) {
	return aZT.abi.Pack("clock")
}

// UnpackClock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (aZT *AZT) UnpackClock(data []byte) (*big.Int, error) {
	out, err := aZT.abi.Unpack("clock", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (aZT *AZT) PackDecimals() []byte {
	enc, err := aZT.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (aZT *AZT) TryPackDecimals() ([]byte, error) {
	return aZT.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (aZT *AZT) UnpackDecimals(data []byte) (uint8, error) {
	out, err := aZT.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c19a95c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegate(address delegatee) returns()
func (aZT *AZT) PackDelegate(delegatee common.Address) []byte {
	enc, err := aZT.abi.Pack("delegate", delegatee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c19a95c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegate(address delegatee) returns()
func (aZT *AZT) TryPackDelegate(delegatee common.Address) ([]byte, error) {
	return aZT.abi.Pack("delegate", delegatee)
}

// PackDelegateBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3cda520.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) returns()
func (aZT *AZT) PackDelegateBySig(delegatee common.Address, nonce *big.Int, expiry *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := aZT.abi.Pack("delegateBySig", delegatee, nonce, expiry, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegateBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3cda520.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s) returns()
func (aZT *AZT) TryPackDelegateBySig(delegatee common.Address, nonce *big.Int, expiry *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return aZT.abi.Pack("delegateBySig", delegatee, nonce, expiry, v, r, s)
}

// PackDelegates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x587cde1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegates(address account) view returns(address)
func (aZT *AZT) PackDelegates(account common.Address) []byte {
	enc, err := aZT.abi.Pack("delegates", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegates is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x587cde1e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegates(address account) view returns(address)
func (aZT *AZT) TryPackDelegates(account common.Address) ([]byte, error) {
	return aZT.abi.Pack("delegates", account)
}

// UnpackDelegates is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x587cde1e.
//
// Solidity: function delegates(address account) view returns(address)
func (aZT *AZT) UnpackDelegates(data []byte) (common.Address, error) {
	out, err := aZT.abi.Unpack("delegates", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (aZT *AZT) PackEip712Domain() []byte {
	enc, err := aZT.abi.Pack("eip712Domain")
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
func (aZT *AZT) TryPackEip712Domain() ([]byte, error) {
	return aZT.abi.Pack("eip712Domain")
}

// AZTEip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type AZTEip712DomainOutput struct {
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
func (aZT *AZT) UnpackEip712Domain(data []byte) (AZTEip712DomainOutput, error) {
	out, err := aZT.abi.Unpack("eip712Domain", data)
	outstruct := new(AZTEip712DomainOutput)
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

// PackGetPastTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e539e8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (aZT *AZT) PackGetPastTotalSupply(timepoint *big.Int) []byte {
	enc, err := aZT.abi.Pack("getPastTotalSupply", timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPastTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e539e8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (aZT *AZT) TryPackGetPastTotalSupply(timepoint *big.Int) ([]byte, error) {
	return aZT.abi.Pack("getPastTotalSupply", timepoint)
}

// UnpackGetPastTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8e539e8c.
//
// Solidity: function getPastTotalSupply(uint256 timepoint) view returns(uint256)
func (aZT *AZT) UnpackGetPastTotalSupply(data []byte) (*big.Int, error) {
	out, err := aZT.abi.Unpack("getPastTotalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetPastVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a46b1a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (aZT *AZT) PackGetPastVotes(account common.Address, timepoint *big.Int) []byte {
	enc, err := aZT.abi.Pack("getPastVotes", account, timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetPastVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3a46b1a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (aZT *AZT) TryPackGetPastVotes(account common.Address, timepoint *big.Int) ([]byte, error) {
	return aZT.abi.Pack("getPastVotes", account, timepoint)
}

// UnpackGetPastVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3a46b1a8.
//
// Solidity: function getPastVotes(address account, uint256 timepoint) view returns(uint256)
func (aZT *AZT) UnpackGetPastVotes(data []byte) (*big.Int, error) {
	out, err := aZT.abi.Unpack("getPastVotes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ab24eb0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (aZT *AZT) PackGetVotes(account common.Address) []byte {
	enc, err := aZT.abi.Pack("getVotes", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ab24eb0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (aZT *AZT) TryPackGetVotes(account common.Address) ([]byte, error) {
	return aZT.abi.Pack("getVotes", account)
}

// UnpackGetVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9ab24eb0.
//
// Solidity: function getVotes(address account) view returns(uint256)
func (aZT *AZT) UnpackGetVotes(data []byte) (*big.Int, error) {
	out, err := aZT.abi.Unpack("getVotes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (aZT *AZT) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := aZT.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (aZT *AZT) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return aZT.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (aZT *AZT) PackName() []byte {
	enc, err := aZT.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (aZT *AZT) TryPackName() ([]byte, error) {
	return aZT.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (aZT *AZT) UnpackName(data []byte) (string, error) {
	out, err := aZT.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (aZT *AZT) PackNonces(owner common.Address) []byte {
	enc, err := aZT.abi.Pack("nonces", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (aZT *AZT) TryPackNonces(owner common.Address) ([]byte, error) {
	return aZT.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (aZT *AZT) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := aZT.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNumCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fcfff45.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (aZT *AZT) PackNumCheckpoints(account common.Address) []byte {
	enc, err := aZT.abi.Pack("numCheckpoints", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNumCheckpoints is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fcfff45.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (aZT *AZT) TryPackNumCheckpoints(account common.Address) ([]byte, error) {
	return aZT.abi.Pack("numCheckpoints", account)
}

// UnpackNumCheckpoints is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6fcfff45.
//
// Solidity: function numCheckpoints(address account) view returns(uint32)
func (aZT *AZT) UnpackNumCheckpoints(data []byte) (uint32, error) {
	out, err := aZT.abi.Unpack("numCheckpoints", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (aZT *AZT) PackOwner() []byte {
	enc, err := aZT.abi.Pack("owner")
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
func (aZT *AZT) TryPackOwner() ([]byte, error) {
	return aZT.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (aZT *AZT) UnpackOwner(data []byte) (common.Address, error) {
	out, err := aZT.abi.Unpack("owner", data)
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
func (aZT *AZT) PackPendingOwner() []byte {
	enc, err := aZT.abi.Pack("pendingOwner")
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
func (aZT *AZT) TryPackPendingOwner() ([]byte, error) {
	return aZT.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (aZT *AZT) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := aZT.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (aZT *AZT) PackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) []byte {
	enc, err := aZT.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPermit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd505accf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (aZT *AZT) TryPackPermit(owner common.Address, spender common.Address, value *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) ([]byte, error) {
	return aZT.abi.Pack("permit", owner, spender, value, deadline, v, r, s)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (aZT *AZT) PackRenounceOwnership() []byte {
	enc, err := aZT.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (aZT *AZT) TryPackRenounceOwnership() ([]byte, error) {
	return aZT.abi.Pack("renounceOwnership")
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (aZT *AZT) PackSymbol() []byte {
	enc, err := aZT.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (aZT *AZT) TryPackSymbol() ([]byte, error) {
	return aZT.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (aZT *AZT) UnpackSymbol(data []byte) (string, error) {
	out, err := aZT.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (aZT *AZT) PackTotalSupply() []byte {
	enc, err := aZT.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (aZT *AZT) TryPackTotalSupply() ([]byte, error) {
	return aZT.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (aZT *AZT) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := aZT.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (aZT *AZT) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := aZT.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (aZT *AZT) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return aZT.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (aZT *AZT) UnpackTransfer(data []byte) (bool, error) {
	out, err := aZT.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (aZT *AZT) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := aZT.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (aZT *AZT) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return aZT.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (aZT *AZT) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := aZT.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (aZT *AZT) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := aZT.abi.Pack("transferOwnership", newOwner)
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
func (aZT *AZT) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return aZT.abi.Pack("transferOwnership", newOwner)
}

// AZTApproval represents a Approval event raised by the AZT contract.
type AZTApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AZTApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (AZTApproval) ContractEventName() string {
	return AZTApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (aZT *AZT) UnpackApprovalEvent(log *types.Log) (*AZTApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aZT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AZTApproval)
	if len(log.Data) > 0 {
		if err := aZT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aZT.abi.Events[event].Inputs {
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

// AZTDelegateChanged represents a DelegateChanged event raised by the AZT contract.
type AZTDelegateChanged struct {
	Delegator    common.Address
	FromDelegate common.Address
	ToDelegate   common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const AZTDelegateChangedEventName = "DelegateChanged"

// ContractEventName returns the user-defined event name.
func (AZTDelegateChanged) ContractEventName() string {
	return AZTDelegateChangedEventName
}

// UnpackDelegateChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DelegateChanged(address indexed delegator, address indexed fromDelegate, address indexed toDelegate)
func (aZT *AZT) UnpackDelegateChangedEvent(log *types.Log) (*AZTDelegateChanged, error) {
	event := "DelegateChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aZT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AZTDelegateChanged)
	if len(log.Data) > 0 {
		if err := aZT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aZT.abi.Events[event].Inputs {
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

// AZTDelegateVotesChanged represents a DelegateVotesChanged event raised by the AZT contract.
type AZTDelegateVotesChanged struct {
	Delegate      common.Address
	PreviousVotes *big.Int
	NewVotes      *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const AZTDelegateVotesChangedEventName = "DelegateVotesChanged"

// ContractEventName returns the user-defined event name.
func (AZTDelegateVotesChanged) ContractEventName() string {
	return AZTDelegateVotesChangedEventName
}

// UnpackDelegateVotesChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DelegateVotesChanged(address indexed delegate, uint256 previousVotes, uint256 newVotes)
func (aZT *AZT) UnpackDelegateVotesChangedEvent(log *types.Log) (*AZTDelegateVotesChanged, error) {
	event := "DelegateVotesChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aZT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AZTDelegateVotesChanged)
	if len(log.Data) > 0 {
		if err := aZT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aZT.abi.Events[event].Inputs {
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

// AZTEIP712DomainChanged represents a EIP712DomainChanged event raised by the AZT contract.
type AZTEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const AZTEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (AZTEIP712DomainChanged) ContractEventName() string {
	return AZTEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (aZT *AZT) UnpackEIP712DomainChangedEvent(log *types.Log) (*AZTEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aZT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AZTEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := aZT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aZT.abi.Events[event].Inputs {
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

// AZTOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the AZT contract.
type AZTOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const AZTOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (AZTOwnershipTransferStarted) ContractEventName() string {
	return AZTOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (aZT *AZT) UnpackOwnershipTransferStartedEvent(log *types.Log) (*AZTOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aZT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AZTOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := aZT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aZT.abi.Events[event].Inputs {
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

// AZTOwnershipTransferred represents a OwnershipTransferred event raised by the AZT contract.
type AZTOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const AZTOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (AZTOwnershipTransferred) ContractEventName() string {
	return AZTOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (aZT *AZT) UnpackOwnershipTransferredEvent(log *types.Log) (*AZTOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aZT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AZTOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := aZT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aZT.abi.Events[event].Inputs {
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

// AZTTransfer represents a Transfer event raised by the AZT contract.
type AZTTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const AZTTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (AZTTransfer) ContractEventName() string {
	return AZTTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (aZT *AZT) UnpackTransferEvent(log *types.Log) (*AZTTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aZT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AZTTransfer)
	if len(log.Data) > 0 {
		if err := aZT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aZT.abi.Events[event].Inputs {
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
func (aZT *AZT) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], aZT.abi.Errors["CheckpointUnorderedInsertion"].ID.Bytes()[:4]) {
		return aZT.UnpackCheckpointUnorderedInsertionError(raw[4:])
	}
	if bytes.Equal(raw[:4], aZT.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return aZT.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], aZT.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return aZT.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], aZT.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return aZT.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], aZT.abi.Errors["ERC20ExceededSafeSupply"].ID.Bytes()[:4]) {
		return aZT.UnpackERC20ExceededSafeSupplyError(raw[4:])
	}
	if bytes.Equal(raw[:4], aZT.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return aZT.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], aZT.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return aZT.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], aZT.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return aZT.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], aZT.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return aZT.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], aZT.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return aZT.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], aZT.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return aZT.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], aZT.abi.Errors["ERC2612ExpiredSignature"].ID.Bytes()[:4]) {
		return aZT.UnpackERC2612ExpiredSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], aZT.abi.Errors["ERC2612InvalidSigner"].ID.Bytes()[:4]) {
		return aZT.UnpackERC2612InvalidSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], aZT.abi.Errors["ERC5805FutureLookup"].ID.Bytes()[:4]) {
		return aZT.UnpackERC5805FutureLookupError(raw[4:])
	}
	if bytes.Equal(raw[:4], aZT.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return aZT.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], aZT.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return aZT.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], aZT.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return aZT.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], aZT.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return aZT.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], aZT.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return aZT.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], aZT.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return aZT.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], aZT.abi.Errors["VotesExpiredSignature"].ID.Bytes()[:4]) {
		return aZT.UnpackVotesExpiredSignatureError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AZTCheckpointUnorderedInsertion represents a CheckpointUnorderedInsertion error raised by the AZT contract.
type AZTCheckpointUnorderedInsertion struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CheckpointUnorderedInsertion()
func AZTCheckpointUnorderedInsertionErrorID() common.Hash {
	return common.HexToHash("0x2520601d9d60b717c34a36ad270857824c5a1ebbfd08ff39aba6930089495cfa")
}

// UnpackCheckpointUnorderedInsertionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CheckpointUnorderedInsertion()
func (aZT *AZT) UnpackCheckpointUnorderedInsertionError(raw []byte) (*AZTCheckpointUnorderedInsertion, error) {
	out := new(AZTCheckpointUnorderedInsertion)
	if err := aZT.abi.UnpackIntoInterface(out, "CheckpointUnorderedInsertion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AZTECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the AZT contract.
type AZTECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func AZTECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (aZT *AZT) UnpackECDSAInvalidSignatureError(raw []byte) (*AZTECDSAInvalidSignature, error) {
	out := new(AZTECDSAInvalidSignature)
	if err := aZT.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AZTECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the AZT contract.
type AZTECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func AZTECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (aZT *AZT) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*AZTECDSAInvalidSignatureLength, error) {
	out := new(AZTECDSAInvalidSignatureLength)
	if err := aZT.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AZTECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the AZT contract.
type AZTECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func AZTECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (aZT *AZT) UnpackECDSAInvalidSignatureSError(raw []byte) (*AZTECDSAInvalidSignatureS, error) {
	out := new(AZTECDSAInvalidSignatureS)
	if err := aZT.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AZTERC20ExceededSafeSupply represents a ERC20ExceededSafeSupply error raised by the AZT contract.
type AZTERC20ExceededSafeSupply struct {
	IncreasedSupply *big.Int
	Cap             *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20ExceededSafeSupply(uint256 increasedSupply, uint256 cap)
func AZTERC20ExceededSafeSupplyErrorID() common.Hash {
	return common.HexToHash("0x1cb15d26dea6ae78228522d00b5965f950275bea9a67abeec04cb99806defd4c")
}

// UnpackERC20ExceededSafeSupplyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20ExceededSafeSupply(uint256 increasedSupply, uint256 cap)
func (aZT *AZT) UnpackERC20ExceededSafeSupplyError(raw []byte) (*AZTERC20ExceededSafeSupply, error) {
	out := new(AZTERC20ExceededSafeSupply)
	if err := aZT.abi.UnpackIntoInterface(out, "ERC20ExceededSafeSupply", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AZTERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the AZT contract.
type AZTERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func AZTERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (aZT *AZT) UnpackERC20InsufficientAllowanceError(raw []byte) (*AZTERC20InsufficientAllowance, error) {
	out := new(AZTERC20InsufficientAllowance)
	if err := aZT.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AZTERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the AZT contract.
type AZTERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func AZTERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (aZT *AZT) UnpackERC20InsufficientBalanceError(raw []byte) (*AZTERC20InsufficientBalance, error) {
	out := new(AZTERC20InsufficientBalance)
	if err := aZT.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AZTERC20InvalidApprover represents a ERC20InvalidApprover error raised by the AZT contract.
type AZTERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func AZTERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (aZT *AZT) UnpackERC20InvalidApproverError(raw []byte) (*AZTERC20InvalidApprover, error) {
	out := new(AZTERC20InvalidApprover)
	if err := aZT.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AZTERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the AZT contract.
type AZTERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func AZTERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (aZT *AZT) UnpackERC20InvalidReceiverError(raw []byte) (*AZTERC20InvalidReceiver, error) {
	out := new(AZTERC20InvalidReceiver)
	if err := aZT.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AZTERC20InvalidSender represents a ERC20InvalidSender error raised by the AZT contract.
type AZTERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func AZTERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (aZT *AZT) UnpackERC20InvalidSenderError(raw []byte) (*AZTERC20InvalidSender, error) {
	out := new(AZTERC20InvalidSender)
	if err := aZT.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AZTERC20InvalidSpender represents a ERC20InvalidSpender error raised by the AZT contract.
type AZTERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func AZTERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (aZT *AZT) UnpackERC20InvalidSpenderError(raw []byte) (*AZTERC20InvalidSpender, error) {
	out := new(AZTERC20InvalidSpender)
	if err := aZT.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AZTERC2612ExpiredSignature represents a ERC2612ExpiredSignature error raised by the AZT contract.
type AZTERC2612ExpiredSignature struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func AZTERC2612ExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x627913023c184eaad13735d5a3d2657ae76ec9a872a70e0fc57522ef1a114d58")
}

// UnpackERC2612ExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612ExpiredSignature(uint256 deadline)
func (aZT *AZT) UnpackERC2612ExpiredSignatureError(raw []byte) (*AZTERC2612ExpiredSignature, error) {
	out := new(AZTERC2612ExpiredSignature)
	if err := aZT.abi.UnpackIntoInterface(out, "ERC2612ExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AZTERC2612InvalidSigner represents a ERC2612InvalidSigner error raised by the AZT contract.
type AZTERC2612InvalidSigner struct {
	Signer common.Address
	Owner  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func AZTERC2612InvalidSignerErrorID() common.Hash {
	return common.HexToHash("0x4b800e463b323b1d856edf9dec70329a639d13874a57f5c28219ff57128756db")
}

// UnpackERC2612InvalidSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC2612InvalidSigner(address signer, address owner)
func (aZT *AZT) UnpackERC2612InvalidSignerError(raw []byte) (*AZTERC2612InvalidSigner, error) {
	out := new(AZTERC2612InvalidSigner)
	if err := aZT.abi.UnpackIntoInterface(out, "ERC2612InvalidSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AZTERC5805FutureLookup represents a ERC5805FutureLookup error raised by the AZT contract.
type AZTERC5805FutureLookup struct {
	Timepoint *big.Int
	Clock     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC5805FutureLookup(uint256 timepoint, uint48 clock)
func AZTERC5805FutureLookupErrorID() common.Hash {
	return common.HexToHash("0xecd3f81ef0a2e77b4e11bb288f0a162344834f778af7e47bdbee611607f14457")
}

// UnpackERC5805FutureLookupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC5805FutureLookup(uint256 timepoint, uint48 clock)
func (aZT *AZT) UnpackERC5805FutureLookupError(raw []byte) (*AZTERC5805FutureLookup, error) {
	out := new(AZTERC5805FutureLookup)
	if err := aZT.abi.UnpackIntoInterface(out, "ERC5805FutureLookup", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AZTInvalidAccountNonce represents a InvalidAccountNonce error raised by the AZT contract.
type AZTInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func AZTInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (aZT *AZT) UnpackInvalidAccountNonceError(raw []byte) (*AZTInvalidAccountNonce, error) {
	out := new(AZTInvalidAccountNonce)
	if err := aZT.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AZTInvalidShortString represents a InvalidShortString error raised by the AZT contract.
type AZTInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func AZTInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (aZT *AZT) UnpackInvalidShortStringError(raw []byte) (*AZTInvalidShortString, error) {
	out := new(AZTInvalidShortString)
	if err := aZT.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AZTOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the AZT contract.
type AZTOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func AZTOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (aZT *AZT) UnpackOwnableInvalidOwnerError(raw []byte) (*AZTOwnableInvalidOwner, error) {
	out := new(AZTOwnableInvalidOwner)
	if err := aZT.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AZTOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the AZT contract.
type AZTOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func AZTOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (aZT *AZT) UnpackOwnableUnauthorizedAccountError(raw []byte) (*AZTOwnableUnauthorizedAccount, error) {
	out := new(AZTOwnableUnauthorizedAccount)
	if err := aZT.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AZTSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the AZT contract.
type AZTSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func AZTSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (aZT *AZT) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*AZTSafeCastOverflowedUintDowncast, error) {
	out := new(AZTSafeCastOverflowedUintDowncast)
	if err := aZT.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AZTStringTooLong represents a StringTooLong error raised by the AZT contract.
type AZTStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func AZTStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (aZT *AZT) UnpackStringTooLongError(raw []byte) (*AZTStringTooLong, error) {
	out := new(AZTStringTooLong)
	if err := aZT.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AZTVotesExpiredSignature represents a VotesExpiredSignature error raised by the AZT contract.
type AZTVotesExpiredSignature struct {
	Expiry *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VotesExpiredSignature(uint256 expiry)
func AZTVotesExpiredSignatureErrorID() common.Hash {
	return common.HexToHash("0x4683af0ecae671986a1b991272ba6e7bcb633f179b33ccfb3beb636962b1efde")
}

// UnpackVotesExpiredSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VotesExpiredSignature(uint256 expiry)
func (aZT *AZT) UnpackVotesExpiredSignatureError(raw []byte) (*AZTVotesExpiredSignature, error) {
	out := new(AZTVotesExpiredSignature)
	if err := aZT.abi.UnpackIntoInterface(out, "VotesExpiredSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
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

// RewardPoolMetaData contains all meta data concerning the RewardPool contract.
var RewardPoolMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"token_\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"initialOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pay\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"paid\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"rollup\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setRollup\",\"inputs\":[{\"name\":\"rollup_\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"token\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RewardPaid\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"paid\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"shortfall\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RollupSet\",\"inputs\":[{\"name\":\"previousRollup\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"rollup\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"RewardPool__NotRollup\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"rollup\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"RewardPool__RenounceDisabled\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"RewardPool__SameRollup\",\"inputs\":[{\"name\":\"rollup\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"RewardPool__ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]}]",
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

// SptnErrorsMetaData contains all meta data concerning the SptnErrors contract.
var SptnErrorsMetaData = bind.MetaData{
	ABI: "[{\"type\":\"error\",\"name\":\"Registry__AlreadyCanonical\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Registry__EmptyName\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Registry__NoCanonical\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Registry__NoSuchChange\",\"inputs\":[{\"name\":\"n\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Registry__RenounceDisabled\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Registry__UnknownVersion\",\"inputs\":[{\"name\":\"version\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Registry__ZeroAddress\",\"inputs\":[{\"name\":\"field\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"RewardPool__NotRollup\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"rollup\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"RewardPool__RenounceDisabled\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"RewardPool__SameRollup\",\"inputs\":[{\"name\":\"rollup\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"RewardPool__ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SptnGovernance__NoRollup\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SptnGovernance__RenounceDisabled\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SptnGovernance__ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Staking__AlreadyActive\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__EmptySlash\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__ExitDelayNotPassed\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"now_\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"exitableAt\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Staking__ExitDelayTooLong\",\"inputs\":[{\"name\":\"exitDelay\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Staking__Exiting\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__IndexOutOfBounds\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"size\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Staking__InsufficientStake\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"stake\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minimum\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Staking__NoStake\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__NotActive\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__NotExiting\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__NotSlasher\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"slasher\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__NotWithdrawer\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"withdrawer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__RenounceDisabled\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Staking__WithdrawerMismatch\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"withdrawer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"given\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Staking__ZeroAmount\",\"inputs\":[]}]",
	ID:  "SptnErrors",
}

// SptnErrors is an auto generated Go binding around an Ethereum contract.
type SptnErrors struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SptnErrors) GetABI() abi.ABI {
	return c.abi
}

// NewSptnErrors creates a new instance of SptnErrors.
func NewSptnErrors() *SptnErrors {
	parsed, err := SptnErrorsMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SptnErrors{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SptnErrors) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (sptnErrors *SptnErrors) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], sptnErrors.abi.Errors["Registry__AlreadyCanonical"].ID.Bytes()[:4]) {
		return sptnErrors.UnpackRegistryAlreadyCanonicalError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnErrors.abi.Errors["Registry__EmptyName"].ID.Bytes()[:4]) {
		return sptnErrors.UnpackRegistryEmptyNameError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnErrors.abi.Errors["Registry__NoCanonical"].ID.Bytes()[:4]) {
		return sptnErrors.UnpackRegistryNoCanonicalError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnErrors.abi.Errors["Registry__NoSuchChange"].ID.Bytes()[:4]) {
		return sptnErrors.UnpackRegistryNoSuchChangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnErrors.abi.Errors["Registry__RenounceDisabled"].ID.Bytes()[:4]) {
		return sptnErrors.UnpackRegistryRenounceDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnErrors.abi.Errors["Registry__UnknownVersion"].ID.Bytes()[:4]) {
		return sptnErrors.UnpackRegistryUnknownVersionError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnErrors.abi.Errors["Registry__ZeroAddress"].ID.Bytes()[:4]) {
		return sptnErrors.UnpackRegistryZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnErrors.abi.Errors["RewardPool__NotRollup"].ID.Bytes()[:4]) {
		return sptnErrors.UnpackRewardPoolNotRollupError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnErrors.abi.Errors["RewardPool__RenounceDisabled"].ID.Bytes()[:4]) {
		return sptnErrors.UnpackRewardPoolRenounceDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnErrors.abi.Errors["RewardPool__SameRollup"].ID.Bytes()[:4]) {
		return sptnErrors.UnpackRewardPoolSameRollupError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnErrors.abi.Errors["RewardPool__ZeroAddress"].ID.Bytes()[:4]) {
		return sptnErrors.UnpackRewardPoolZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnErrors.abi.Errors["SptnGovernance__NoRollup"].ID.Bytes()[:4]) {
		return sptnErrors.UnpackSptnGovernanceNoRollupError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnErrors.abi.Errors["SptnGovernance__RenounceDisabled"].ID.Bytes()[:4]) {
		return sptnErrors.UnpackSptnGovernanceRenounceDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnErrors.abi.Errors["SptnGovernance__ZeroAddress"].ID.Bytes()[:4]) {
		return sptnErrors.UnpackSptnGovernanceZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnErrors.abi.Errors["Staking__AlreadyActive"].ID.Bytes()[:4]) {
		return sptnErrors.UnpackStakingAlreadyActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnErrors.abi.Errors["Staking__EmptySlash"].ID.Bytes()[:4]) {
		return sptnErrors.UnpackStakingEmptySlashError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnErrors.abi.Errors["Staking__ExitDelayNotPassed"].ID.Bytes()[:4]) {
		return sptnErrors.UnpackStakingExitDelayNotPassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnErrors.abi.Errors["Staking__ExitDelayTooLong"].ID.Bytes()[:4]) {
		return sptnErrors.UnpackStakingExitDelayTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnErrors.abi.Errors["Staking__Exiting"].ID.Bytes()[:4]) {
		return sptnErrors.UnpackStakingExitingError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnErrors.abi.Errors["Staking__IndexOutOfBounds"].ID.Bytes()[:4]) {
		return sptnErrors.UnpackStakingIndexOutOfBoundsError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnErrors.abi.Errors["Staking__InsufficientStake"].ID.Bytes()[:4]) {
		return sptnErrors.UnpackStakingInsufficientStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnErrors.abi.Errors["Staking__NoStake"].ID.Bytes()[:4]) {
		return sptnErrors.UnpackStakingNoStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnErrors.abi.Errors["Staking__NotActive"].ID.Bytes()[:4]) {
		return sptnErrors.UnpackStakingNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnErrors.abi.Errors["Staking__NotExiting"].ID.Bytes()[:4]) {
		return sptnErrors.UnpackStakingNotExitingError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnErrors.abi.Errors["Staking__NotSlasher"].ID.Bytes()[:4]) {
		return sptnErrors.UnpackStakingNotSlasherError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnErrors.abi.Errors["Staking__NotWithdrawer"].ID.Bytes()[:4]) {
		return sptnErrors.UnpackStakingNotWithdrawerError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnErrors.abi.Errors["Staking__RenounceDisabled"].ID.Bytes()[:4]) {
		return sptnErrors.UnpackStakingRenounceDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnErrors.abi.Errors["Staking__WithdrawerMismatch"].ID.Bytes()[:4]) {
		return sptnErrors.UnpackStakingWithdrawerMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnErrors.abi.Errors["Staking__ZeroAddress"].ID.Bytes()[:4]) {
		return sptnErrors.UnpackStakingZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], sptnErrors.abi.Errors["Staking__ZeroAmount"].ID.Bytes()[:4]) {
		return sptnErrors.UnpackStakingZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SptnErrorsRegistryAlreadyCanonical represents a Registry__AlreadyCanonical error raised by the SptnErrors contract.
type SptnErrorsRegistryAlreadyCanonical struct {
	Version *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Registry__AlreadyCanonical(uint256 version)
func SptnErrorsRegistryAlreadyCanonicalErrorID() common.Hash {
	return common.HexToHash("0x4dbbbebf61582ac02429cbe0515ec3cb17d017fe33de9d848fa471f1db14af67")
}

// UnpackRegistryAlreadyCanonicalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Registry__AlreadyCanonical(uint256 version)
func (sptnErrors *SptnErrors) UnpackRegistryAlreadyCanonicalError(raw []byte) (*SptnErrorsRegistryAlreadyCanonical, error) {
	out := new(SptnErrorsRegistryAlreadyCanonical)
	if err := sptnErrors.abi.UnpackIntoInterface(out, "Registry__AlreadyCanonical", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnErrorsRegistryEmptyName represents a Registry__EmptyName error raised by the SptnErrors contract.
type SptnErrorsRegistryEmptyName struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Registry__EmptyName()
func SptnErrorsRegistryEmptyNameErrorID() common.Hash {
	return common.HexToHash("0x1e2ae8ab9e0f42a7451e164e8b9e8b5de9ecc0035feb7eb7f0f85bf83f52a389")
}

// UnpackRegistryEmptyNameError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Registry__EmptyName()
func (sptnErrors *SptnErrors) UnpackRegistryEmptyNameError(raw []byte) (*SptnErrorsRegistryEmptyName, error) {
	out := new(SptnErrorsRegistryEmptyName)
	if err := sptnErrors.abi.UnpackIntoInterface(out, "Registry__EmptyName", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnErrorsRegistryNoCanonical represents a Registry__NoCanonical error raised by the SptnErrors contract.
type SptnErrorsRegistryNoCanonical struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Registry__NoCanonical()
func SptnErrorsRegistryNoCanonicalErrorID() common.Hash {
	return common.HexToHash("0x9418bfc315dcd57e5a1f9c9bacf9b291ff15673b40d218e1d4316edd00a5729d")
}

// UnpackRegistryNoCanonicalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Registry__NoCanonical()
func (sptnErrors *SptnErrors) UnpackRegistryNoCanonicalError(raw []byte) (*SptnErrorsRegistryNoCanonical, error) {
	out := new(SptnErrorsRegistryNoCanonical)
	if err := sptnErrors.abi.UnpackIntoInterface(out, "Registry__NoCanonical", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnErrorsRegistryNoSuchChange represents a Registry__NoSuchChange error raised by the SptnErrors contract.
type SptnErrorsRegistryNoSuchChange struct {
	N     *big.Int
	Count *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Registry__NoSuchChange(uint256 n, uint256 count)
func SptnErrorsRegistryNoSuchChangeErrorID() common.Hash {
	return common.HexToHash("0x9e17ba9fd1e124714de7af817d641ed5383ac93c3119878c903694267cf043de")
}

// UnpackRegistryNoSuchChangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Registry__NoSuchChange(uint256 n, uint256 count)
func (sptnErrors *SptnErrors) UnpackRegistryNoSuchChangeError(raw []byte) (*SptnErrorsRegistryNoSuchChange, error) {
	out := new(SptnErrorsRegistryNoSuchChange)
	if err := sptnErrors.abi.UnpackIntoInterface(out, "Registry__NoSuchChange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnErrorsRegistryRenounceDisabled represents a Registry__RenounceDisabled error raised by the SptnErrors contract.
type SptnErrorsRegistryRenounceDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Registry__RenounceDisabled()
func SptnErrorsRegistryRenounceDisabledErrorID() common.Hash {
	return common.HexToHash("0x0c8d2df529c4b9e59b14c6fb66f263e92a1b001b8a0e6c8548b49dc2ae781625")
}

// UnpackRegistryRenounceDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Registry__RenounceDisabled()
func (sptnErrors *SptnErrors) UnpackRegistryRenounceDisabledError(raw []byte) (*SptnErrorsRegistryRenounceDisabled, error) {
	out := new(SptnErrorsRegistryRenounceDisabled)
	if err := sptnErrors.abi.UnpackIntoInterface(out, "Registry__RenounceDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnErrorsRegistryUnknownVersion represents a Registry__UnknownVersion error raised by the SptnErrors contract.
type SptnErrorsRegistryUnknownVersion struct {
	Version *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Registry__UnknownVersion(uint256 version)
func SptnErrorsRegistryUnknownVersionErrorID() common.Hash {
	return common.HexToHash("0xdbd3c444163e41bbb23ff2443bf5d5d6e8262e34dfbdb997e4a94c3846a6696f")
}

// UnpackRegistryUnknownVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Registry__UnknownVersion(uint256 version)
func (sptnErrors *SptnErrors) UnpackRegistryUnknownVersionError(raw []byte) (*SptnErrorsRegistryUnknownVersion, error) {
	out := new(SptnErrorsRegistryUnknownVersion)
	if err := sptnErrors.abi.UnpackIntoInterface(out, "Registry__UnknownVersion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnErrorsRegistryZeroAddress represents a Registry__ZeroAddress error raised by the SptnErrors contract.
type SptnErrorsRegistryZeroAddress struct {
	Field [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Registry__ZeroAddress(bytes32 field)
func SptnErrorsRegistryZeroAddressErrorID() common.Hash {
	return common.HexToHash("0x00fc87c5e1f622bfc67dd6e03a0978e2ebdb410ad2f36a20b97423d1c0475551")
}

// UnpackRegistryZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Registry__ZeroAddress(bytes32 field)
func (sptnErrors *SptnErrors) UnpackRegistryZeroAddressError(raw []byte) (*SptnErrorsRegistryZeroAddress, error) {
	out := new(SptnErrorsRegistryZeroAddress)
	if err := sptnErrors.abi.UnpackIntoInterface(out, "Registry__ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnErrorsRewardPoolNotRollup represents a RewardPool__NotRollup error raised by the SptnErrors contract.
type SptnErrorsRewardPoolNotRollup struct {
	Caller common.Address
	Rollup common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RewardPool__NotRollup(address caller, address rollup)
func SptnErrorsRewardPoolNotRollupErrorID() common.Hash {
	return common.HexToHash("0xcff47ba94cfe6739c2bb7bf07fc27904d643d8d739a70f7d974e28b3daa61dd2")
}

// UnpackRewardPoolNotRollupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RewardPool__NotRollup(address caller, address rollup)
func (sptnErrors *SptnErrors) UnpackRewardPoolNotRollupError(raw []byte) (*SptnErrorsRewardPoolNotRollup, error) {
	out := new(SptnErrorsRewardPoolNotRollup)
	if err := sptnErrors.abi.UnpackIntoInterface(out, "RewardPool__NotRollup", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnErrorsRewardPoolRenounceDisabled represents a RewardPool__RenounceDisabled error raised by the SptnErrors contract.
type SptnErrorsRewardPoolRenounceDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RewardPool__RenounceDisabled()
func SptnErrorsRewardPoolRenounceDisabledErrorID() common.Hash {
	return common.HexToHash("0xa1d71f69988f08cc8dcf2a4259b01fc5f024c3a0fc7ac029d474049445d8a284")
}

// UnpackRewardPoolRenounceDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RewardPool__RenounceDisabled()
func (sptnErrors *SptnErrors) UnpackRewardPoolRenounceDisabledError(raw []byte) (*SptnErrorsRewardPoolRenounceDisabled, error) {
	out := new(SptnErrorsRewardPoolRenounceDisabled)
	if err := sptnErrors.abi.UnpackIntoInterface(out, "RewardPool__RenounceDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnErrorsRewardPoolSameRollup represents a RewardPool__SameRollup error raised by the SptnErrors contract.
type SptnErrorsRewardPoolSameRollup struct {
	Rollup common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RewardPool__SameRollup(address rollup)
func SptnErrorsRewardPoolSameRollupErrorID() common.Hash {
	return common.HexToHash("0x45229b493218728756a6054a610bd36fe2fdebaa33d39485435a1324c1ab12f8")
}

// UnpackRewardPoolSameRollupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RewardPool__SameRollup(address rollup)
func (sptnErrors *SptnErrors) UnpackRewardPoolSameRollupError(raw []byte) (*SptnErrorsRewardPoolSameRollup, error) {
	out := new(SptnErrorsRewardPoolSameRollup)
	if err := sptnErrors.abi.UnpackIntoInterface(out, "RewardPool__SameRollup", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnErrorsRewardPoolZeroAddress represents a RewardPool__ZeroAddress error raised by the SptnErrors contract.
type SptnErrorsRewardPoolZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RewardPool__ZeroAddress()
func SptnErrorsRewardPoolZeroAddressErrorID() common.Hash {
	return common.HexToHash("0x01f78b4b172d78f333fec4d5f838a90510ec7c2dc319d0772f099e0f24d3d7e1")
}

// UnpackRewardPoolZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RewardPool__ZeroAddress()
func (sptnErrors *SptnErrors) UnpackRewardPoolZeroAddressError(raw []byte) (*SptnErrorsRewardPoolZeroAddress, error) {
	out := new(SptnErrorsRewardPoolZeroAddress)
	if err := sptnErrors.abi.UnpackIntoInterface(out, "RewardPool__ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnErrorsSptnGovernanceNoRollup represents a SptnGovernance__NoRollup error raised by the SptnErrors contract.
type SptnErrorsSptnGovernanceNoRollup struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SptnGovernance__NoRollup()
func SptnErrorsSptnGovernanceNoRollupErrorID() common.Hash {
	return common.HexToHash("0x255ed2f5ac4118c8b8ebc0a9ad0fb8699fd1ed91e1c073d8da4e4def18d75ed1")
}

// UnpackSptnGovernanceNoRollupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SptnGovernance__NoRollup()
func (sptnErrors *SptnErrors) UnpackSptnGovernanceNoRollupError(raw []byte) (*SptnErrorsSptnGovernanceNoRollup, error) {
	out := new(SptnErrorsSptnGovernanceNoRollup)
	if err := sptnErrors.abi.UnpackIntoInterface(out, "SptnGovernance__NoRollup", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnErrorsSptnGovernanceRenounceDisabled represents a SptnGovernance__RenounceDisabled error raised by the SptnErrors contract.
type SptnErrorsSptnGovernanceRenounceDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SptnGovernance__RenounceDisabled()
func SptnErrorsSptnGovernanceRenounceDisabledErrorID() common.Hash {
	return common.HexToHash("0x4668fde04bba29ce04467f066fd1d63046edb13d8f8b159d7df569e1aef3dd6e")
}

// UnpackSptnGovernanceRenounceDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SptnGovernance__RenounceDisabled()
func (sptnErrors *SptnErrors) UnpackSptnGovernanceRenounceDisabledError(raw []byte) (*SptnErrorsSptnGovernanceRenounceDisabled, error) {
	out := new(SptnErrorsSptnGovernanceRenounceDisabled)
	if err := sptnErrors.abi.UnpackIntoInterface(out, "SptnGovernance__RenounceDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnErrorsSptnGovernanceZeroAddress represents a SptnGovernance__ZeroAddress error raised by the SptnErrors contract.
type SptnErrorsSptnGovernanceZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SptnGovernance__ZeroAddress()
func SptnErrorsSptnGovernanceZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xb6ad312e57c189afb4a5a4cf41205602555803b2ca5fef9c07efe5c93be92199")
}

// UnpackSptnGovernanceZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SptnGovernance__ZeroAddress()
func (sptnErrors *SptnErrors) UnpackSptnGovernanceZeroAddressError(raw []byte) (*SptnErrorsSptnGovernanceZeroAddress, error) {
	out := new(SptnErrorsSptnGovernanceZeroAddress)
	if err := sptnErrors.abi.UnpackIntoInterface(out, "SptnGovernance__ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnErrorsStakingAlreadyActive represents a Staking__AlreadyActive error raised by the SptnErrors contract.
type SptnErrorsStakingAlreadyActive struct {
	Attester common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__AlreadyActive(address attester)
func SptnErrorsStakingAlreadyActiveErrorID() common.Hash {
	return common.HexToHash("0x5e206fa4171bee8b459ad8715d221e3cfb72643f86a20dfdf5f91071628beffb")
}

// UnpackStakingAlreadyActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__AlreadyActive(address attester)
func (sptnErrors *SptnErrors) UnpackStakingAlreadyActiveError(raw []byte) (*SptnErrorsStakingAlreadyActive, error) {
	out := new(SptnErrorsStakingAlreadyActive)
	if err := sptnErrors.abi.UnpackIntoInterface(out, "Staking__AlreadyActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnErrorsStakingEmptySlash represents a Staking__EmptySlash error raised by the SptnErrors contract.
type SptnErrorsStakingEmptySlash struct {
	Attester common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__EmptySlash(address attester)
func SptnErrorsStakingEmptySlashErrorID() common.Hash {
	return common.HexToHash("0xe818d423909c1aca86240f0266e3fe6563c056b231ebf164dcad224f7799dedd")
}

// UnpackStakingEmptySlashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__EmptySlash(address attester)
func (sptnErrors *SptnErrors) UnpackStakingEmptySlashError(raw []byte) (*SptnErrorsStakingEmptySlash, error) {
	out := new(SptnErrorsStakingEmptySlash)
	if err := sptnErrors.abi.UnpackIntoInterface(out, "Staking__EmptySlash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnErrorsStakingExitDelayNotPassed represents a Staking__ExitDelayNotPassed error raised by the SptnErrors contract.
type SptnErrorsStakingExitDelayNotPassed struct {
	Attester   common.Address
	Now        *big.Int
	ExitableAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__ExitDelayNotPassed(address attester, uint256 now_, uint256 exitableAt)
func SptnErrorsStakingExitDelayNotPassedErrorID() common.Hash {
	return common.HexToHash("0xadc760f9e110f678a7e9bb7881e668a797d1bcc11589376261ca671f7ef1b004")
}

// UnpackStakingExitDelayNotPassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__ExitDelayNotPassed(address attester, uint256 now_, uint256 exitableAt)
func (sptnErrors *SptnErrors) UnpackStakingExitDelayNotPassedError(raw []byte) (*SptnErrorsStakingExitDelayNotPassed, error) {
	out := new(SptnErrorsStakingExitDelayNotPassed)
	if err := sptnErrors.abi.UnpackIntoInterface(out, "Staking__ExitDelayNotPassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnErrorsStakingExitDelayTooLong represents a Staking__ExitDelayTooLong error raised by the SptnErrors contract.
type SptnErrorsStakingExitDelayTooLong struct {
	ExitDelay *big.Int
	Max       *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__ExitDelayTooLong(uint256 exitDelay, uint256 max)
func SptnErrorsStakingExitDelayTooLongErrorID() common.Hash {
	return common.HexToHash("0x64b43e284ddd75b9d9434613e7ccda0aca9102bbeb811fda62a93bfe1577c8b5")
}

// UnpackStakingExitDelayTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__ExitDelayTooLong(uint256 exitDelay, uint256 max)
func (sptnErrors *SptnErrors) UnpackStakingExitDelayTooLongError(raw []byte) (*SptnErrorsStakingExitDelayTooLong, error) {
	out := new(SptnErrorsStakingExitDelayTooLong)
	if err := sptnErrors.abi.UnpackIntoInterface(out, "Staking__ExitDelayTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnErrorsStakingExiting represents a Staking__Exiting error raised by the SptnErrors contract.
type SptnErrorsStakingExiting struct {
	Attester common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__Exiting(address attester)
func SptnErrorsStakingExitingErrorID() common.Hash {
	return common.HexToHash("0x438ff1a7d99801a62f2171cb7cda121c83fd000a4a515e50f4895d274275f4d7")
}

// UnpackStakingExitingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__Exiting(address attester)
func (sptnErrors *SptnErrors) UnpackStakingExitingError(raw []byte) (*SptnErrorsStakingExiting, error) {
	out := new(SptnErrorsStakingExiting)
	if err := sptnErrors.abi.UnpackIntoInterface(out, "Staking__Exiting", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnErrorsStakingIndexOutOfBounds represents a Staking__IndexOutOfBounds error raised by the SptnErrors contract.
type SptnErrorsStakingIndexOutOfBounds struct {
	Index *big.Int
	Size  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__IndexOutOfBounds(uint256 index, uint256 size)
func SptnErrorsStakingIndexOutOfBoundsErrorID() common.Hash {
	return common.HexToHash("0x41ad54ae03ea717c7d06d77f2a20d375e2d83faf2584538987052ec2d493dad4")
}

// UnpackStakingIndexOutOfBoundsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__IndexOutOfBounds(uint256 index, uint256 size)
func (sptnErrors *SptnErrors) UnpackStakingIndexOutOfBoundsError(raw []byte) (*SptnErrorsStakingIndexOutOfBounds, error) {
	out := new(SptnErrorsStakingIndexOutOfBounds)
	if err := sptnErrors.abi.UnpackIntoInterface(out, "Staking__IndexOutOfBounds", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnErrorsStakingInsufficientStake represents a Staking__InsufficientStake error raised by the SptnErrors contract.
type SptnErrorsStakingInsufficientStake struct {
	Attester common.Address
	Stake    *big.Int
	Minimum  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__InsufficientStake(address attester, uint256 stake, uint256 minimum)
func SptnErrorsStakingInsufficientStakeErrorID() common.Hash {
	return common.HexToHash("0x963db849813feeaab4893b50d37c11191d8a5fa3ff0577477cdcb365516d3f61")
}

// UnpackStakingInsufficientStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__InsufficientStake(address attester, uint256 stake, uint256 minimum)
func (sptnErrors *SptnErrors) UnpackStakingInsufficientStakeError(raw []byte) (*SptnErrorsStakingInsufficientStake, error) {
	out := new(SptnErrorsStakingInsufficientStake)
	if err := sptnErrors.abi.UnpackIntoInterface(out, "Staking__InsufficientStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnErrorsStakingNoStake represents a Staking__NoStake error raised by the SptnErrors contract.
type SptnErrorsStakingNoStake struct {
	Attester common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__NoStake(address attester)
func SptnErrorsStakingNoStakeErrorID() common.Hash {
	return common.HexToHash("0x1d2a9dd0ee7c9f54e4dbfb57a05cfd7a86a8c915f16e898adfb619e7cb688e84")
}

// UnpackStakingNoStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__NoStake(address attester)
func (sptnErrors *SptnErrors) UnpackStakingNoStakeError(raw []byte) (*SptnErrorsStakingNoStake, error) {
	out := new(SptnErrorsStakingNoStake)
	if err := sptnErrors.abi.UnpackIntoInterface(out, "Staking__NoStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnErrorsStakingNotActive represents a Staking__NotActive error raised by the SptnErrors contract.
type SptnErrorsStakingNotActive struct {
	Attester common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__NotActive(address attester)
func SptnErrorsStakingNotActiveErrorID() common.Hash {
	return common.HexToHash("0x5b266f415a496d576a536fea2e1201dfc85a0f91aeaf9854a4d8bbd465a11774")
}

// UnpackStakingNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__NotActive(address attester)
func (sptnErrors *SptnErrors) UnpackStakingNotActiveError(raw []byte) (*SptnErrorsStakingNotActive, error) {
	out := new(SptnErrorsStakingNotActive)
	if err := sptnErrors.abi.UnpackIntoInterface(out, "Staking__NotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnErrorsStakingNotExiting represents a Staking__NotExiting error raised by the SptnErrors contract.
type SptnErrorsStakingNotExiting struct {
	Attester common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__NotExiting(address attester)
func SptnErrorsStakingNotExitingErrorID() common.Hash {
	return common.HexToHash("0xef566ee0eeb5e614730397abec87c0cda83d93e63a8948a6f7b13a5d6bd8f5c8")
}

// UnpackStakingNotExitingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__NotExiting(address attester)
func (sptnErrors *SptnErrors) UnpackStakingNotExitingError(raw []byte) (*SptnErrorsStakingNotExiting, error) {
	out := new(SptnErrorsStakingNotExiting)
	if err := sptnErrors.abi.UnpackIntoInterface(out, "Staking__NotExiting", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnErrorsStakingNotSlasher represents a Staking__NotSlasher error raised by the SptnErrors contract.
type SptnErrorsStakingNotSlasher struct {
	Caller  common.Address
	Slasher common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__NotSlasher(address caller, address slasher)
func SptnErrorsStakingNotSlasherErrorID() common.Hash {
	return common.HexToHash("0x23a6f432c47c02f5040e3b9d30fefbc6b2f01885156526154ac96045a3a46831")
}

// UnpackStakingNotSlasherError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__NotSlasher(address caller, address slasher)
func (sptnErrors *SptnErrors) UnpackStakingNotSlasherError(raw []byte) (*SptnErrorsStakingNotSlasher, error) {
	out := new(SptnErrorsStakingNotSlasher)
	if err := sptnErrors.abi.UnpackIntoInterface(out, "Staking__NotSlasher", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnErrorsStakingNotWithdrawer represents a Staking__NotWithdrawer error raised by the SptnErrors contract.
type SptnErrorsStakingNotWithdrawer struct {
	Attester   common.Address
	Caller     common.Address
	Withdrawer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__NotWithdrawer(address attester, address caller, address withdrawer)
func SptnErrorsStakingNotWithdrawerErrorID() common.Hash {
	return common.HexToHash("0x498ff923e654472ab1deb0da9591102bbe6637b460543dca0315783e9f42f5e2")
}

// UnpackStakingNotWithdrawerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__NotWithdrawer(address attester, address caller, address withdrawer)
func (sptnErrors *SptnErrors) UnpackStakingNotWithdrawerError(raw []byte) (*SptnErrorsStakingNotWithdrawer, error) {
	out := new(SptnErrorsStakingNotWithdrawer)
	if err := sptnErrors.abi.UnpackIntoInterface(out, "Staking__NotWithdrawer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnErrorsStakingRenounceDisabled represents a Staking__RenounceDisabled error raised by the SptnErrors contract.
type SptnErrorsStakingRenounceDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__RenounceDisabled()
func SptnErrorsStakingRenounceDisabledErrorID() common.Hash {
	return common.HexToHash("0x4d5d9e4b9ceacae25bea13a4456a91f61a060e2ef1edeafa5c81bc7cdf2eaa4e")
}

// UnpackStakingRenounceDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__RenounceDisabled()
func (sptnErrors *SptnErrors) UnpackStakingRenounceDisabledError(raw []byte) (*SptnErrorsStakingRenounceDisabled, error) {
	out := new(SptnErrorsStakingRenounceDisabled)
	if err := sptnErrors.abi.UnpackIntoInterface(out, "Staking__RenounceDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnErrorsStakingWithdrawerMismatch represents a Staking__WithdrawerMismatch error raised by the SptnErrors contract.
type SptnErrorsStakingWithdrawerMismatch struct {
	Attester   common.Address
	Withdrawer common.Address
	Given      common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__WithdrawerMismatch(address attester, address withdrawer, address given)
func SptnErrorsStakingWithdrawerMismatchErrorID() common.Hash {
	return common.HexToHash("0x4215be82d30c0f2205966f3992542c9c3b648841853895b2361ef5d6ea8e7e03")
}

// UnpackStakingWithdrawerMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__WithdrawerMismatch(address attester, address withdrawer, address given)
func (sptnErrors *SptnErrors) UnpackStakingWithdrawerMismatchError(raw []byte) (*SptnErrorsStakingWithdrawerMismatch, error) {
	out := new(SptnErrorsStakingWithdrawerMismatch)
	if err := sptnErrors.abi.UnpackIntoInterface(out, "Staking__WithdrawerMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnErrorsStakingZeroAddress represents a Staking__ZeroAddress error raised by the SptnErrors contract.
type SptnErrorsStakingZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__ZeroAddress()
func SptnErrorsStakingZeroAddressErrorID() common.Hash {
	return common.HexToHash("0x0bd684dd3037d278bd93f5c7a226a9bab8a2bc7b86144874bf011ed5a7bf56ff")
}

// UnpackStakingZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__ZeroAddress()
func (sptnErrors *SptnErrors) UnpackStakingZeroAddressError(raw []byte) (*SptnErrorsStakingZeroAddress, error) {
	out := new(SptnErrorsStakingZeroAddress)
	if err := sptnErrors.abi.UnpackIntoInterface(out, "Staking__ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnErrorsStakingZeroAmount represents a Staking__ZeroAmount error raised by the SptnErrors contract.
type SptnErrorsStakingZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Staking__ZeroAmount()
func SptnErrorsStakingZeroAmountErrorID() common.Hash {
	return common.HexToHash("0xa7b70b2edcd0199014bfdc4f76618ebbd8208b8b5c42da7ea24eb7615b6c0d62")
}

// UnpackStakingZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Staking__ZeroAmount()
func (sptnErrors *SptnErrors) UnpackStakingZeroAmountError(raw []byte) (*SptnErrorsStakingZeroAmount, error) {
	out := new(SptnErrorsStakingZeroAmount)
	if err := sptnErrors.abi.UnpackIntoInterface(out, "Staking__ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SptnGovernanceMetaData contains all meta data concerning the SptnGovernance contract.
var SptnGovernanceMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"staking_\",\"type\":\"address\",\"internalType\":\"contractIStaking\"},{\"name\":\"rewardPool_\",\"type\":\"address\",\"internalType\":\"contractIRewardPool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"addSequencer\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"configureRollup\",\"inputs\":[{\"name\":\"data\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"removeSequencer\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"rewardPool\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIRewardPool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"rollup\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setExitDelay\",\"inputs\":[{\"name\":\"exitDelay\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMinimumStake\",\"inputs\":[{\"name\":\"minimumStake\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setRollup\",\"inputs\":[{\"name\":\"rollup_\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setSlasher\",\"inputs\":[{\"name\":\"slasher\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"staking\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIStaking\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RollupConfigured\",\"inputs\":[{\"name\":\"rollup\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"selector\",\"type\":\"bytes4\",\"indexed\":true,\"internalType\":\"bytes4\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AddressEmptyCode\",\"inputs\":[{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"FailedCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InsufficientBalance\",\"inputs\":[{\"name\":\"balance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"needed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SptnGovernance__NoRollup\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SptnGovernance__RenounceDisabled\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SptnGovernance__ZeroAddress\",\"inputs\":[]}]",
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

// PackSetSlasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaabc2496.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSlasher(address slasher) returns()
func (sptnGovernance *SptnGovernance) PackSetSlasher(slasher common.Address) []byte {
	enc, err := sptnGovernance.abi.Pack("setSlasher", slasher)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSlasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaabc2496.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSlasher(address slasher) returns()
func (sptnGovernance *SptnGovernance) TryPackSetSlasher(slasher common.Address) ([]byte, error) {
	return sptnGovernance.abi.Pack("setSlasher", slasher)
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
	if bytes.Equal(raw[:4], sptnGovernance.abi.Errors["SptnGovernance__NoRollup"].ID.Bytes()[:4]) {
		return sptnGovernance.UnpackSptnGovernanceNoRollupError(raw[4:])
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

// StakingMetaData contains all meta data concerning the Staking contract.
var StakingMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"token_\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"initialOwner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"minimumStake_\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"exitDelay_\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"MAX_EXIT_DELAY\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"activate\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"deactivate\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"exitDelay\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getActiveAttesterAt\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"timestamp\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getActiveAttesters\",\"inputs\":[],\"outputs\":[{\"name\":\"attesters\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getActiveAttestersAt\",\"inputs\":[{\"name\":\"timestamp\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"attesters\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getActiveSetSize\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getActiveSetSizeAt\",\"inputs\":[{\"name\":\"timestamp\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getStake\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIStaking.StakeInfo\",\"components\":[{\"name\":\"withdrawer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumIStaking.Status\"},{\"name\":\"exitableAt\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"initiateExit\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"isActive\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minimumStake\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setExitDelay\",\"inputs\":[{\"name\":\"exitDelay_\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMinimumStake\",\"inputs\":[{\"name\":\"minimumStake_\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setSlasher\",\"inputs\":[{\"name\":\"slasher_\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"slash\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"kick\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"slasher\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"stake\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"withdrawer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"token\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"AttesterActivated\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"index\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"AttesterDeactivated\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ExitDelaySet\",\"inputs\":[{\"name\":\"exitDelay\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ExitInitiated\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"withdrawer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"exitableAt\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MinimumStakeSet\",\"inputs\":[{\"name\":\"minimumStake\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Slashed\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"kicked\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SlasherSet\",\"inputs\":[{\"name\":\"slasher\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Staked\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"withdrawer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"funder\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdrawn\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"CheckpointUnorderedInsertion\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__AlreadyActive\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__EmptySlash\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__ExitDelayNotPassed\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"now_\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"exitableAt\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Staking__ExitDelayTooLong\",\"inputs\":[{\"name\":\"exitDelay\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Staking__Exiting\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__IndexOutOfBounds\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"size\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Staking__InsufficientStake\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"stake\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minimum\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Staking__NoStake\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__NotActive\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__NotExiting\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__NotSlasher\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"slasher\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__NotWithdrawer\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"withdrawer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__RenounceDisabled\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Staking__WithdrawerMismatch\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"withdrawer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"given\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Staking__ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Staking__ZeroAmount\",\"inputs\":[]}]",
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
// Solidity: constructor(address token_, address initialOwner, uint256 minimumStake_, uint256 exitDelay_) returns()
func (staking *Staking) PackConstructor(token_ common.Address, initialOwner common.Address, minimumStake_ *big.Int, exitDelay_ *big.Int) []byte {
	enc, err := staking.abi.Pack("", token_, initialOwner, minimumStake_, exitDelay_)
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
// Solidity: function getStake(address attester) view returns((address,uint8,uint48,uint256))
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
// Solidity: function getStake(address attester) view returns((address,uint8,uint48,uint256))
func (staking *Staking) TryPackGetStake(attester common.Address) ([]byte, error) {
	return staking.abi.Pack("getStake", attester)
}

// UnpackGetStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7a766460.
//
// Solidity: function getStake(address attester) view returns((address,uint8,uint48,uint256))
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

// PackSetSlasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaabc2496.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSlasher(address slasher_) returns()
func (staking *Staking) PackSetSlasher(slasher common.Address) []byte {
	enc, err := staking.abi.Pack("setSlasher", slasher)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSlasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaabc2496.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSlasher(address slasher_) returns()
func (staking *Staking) TryPackSetSlasher(slasher common.Address) ([]byte, error) {
	return staking.abi.Pack("setSlasher", slasher)
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
	if bytes.Equal(raw[:4], staking.abi.Errors["Staking__EmptySlash"].ID.Bytes()[:4]) {
		return staking.UnpackStakingEmptySlashError(raw[4:])
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
	if bytes.Equal(raw[:4], staking.abi.Errors["Staking__NoStake"].ID.Bytes()[:4]) {
		return staking.UnpackStakingNoStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["Staking__NotActive"].ID.Bytes()[:4]) {
		return staking.UnpackStakingNotActiveError(raw[4:])
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
	if bytes.Equal(raw[:4], staking.abi.Errors["Staking__WithdrawerMismatch"].ID.Bytes()[:4]) {
		return staking.UnpackStakingWithdrawerMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["Staking__ZeroAddress"].ID.Bytes()[:4]) {
		return staking.UnpackStakingZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], staking.abi.Errors["Staking__ZeroAmount"].ID.Bytes()[:4]) {
		return staking.UnpackStakingZeroAmountError(raw[4:])
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

// TopLevelGovernanceMetaData contains all meta data concerning the TopLevelGovernance contract.
var TopLevelGovernanceMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"contractIVotes\"},{\"name\":\"timelock\",\"type\":\"address\",\"internalType\":\"contractTimelockController\"},{\"name\":\"initialVotingDelay\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"initialVotingPeriod\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"initialProposalThreshold\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"quorumPercent\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"receive\",\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"BALLOT_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"CLOCK_MODE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"COUNTING_MODE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"EXTENDED_BALLOT_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"cancel\",\"inputs\":[{\"name\":\"targets\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"values\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"calldatas\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"},{\"name\":\"descriptionHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"castVote\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"support\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"castVoteBySig\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"support\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"castVoteWithReason\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"support\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"reason\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"castVoteWithReasonAndParams\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"support\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"reason\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"params\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"castVoteWithReasonAndParamsBySig\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"support\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"reason\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"params\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"clock\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"execute\",\"inputs\":[{\"name\":\"targets\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"values\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"calldatas\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"},{\"name\":\"descriptionHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"getProposalId\",\"inputs\":[{\"name\":\"targets\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"values\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"calldatas\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"},{\"name\":\"descriptionHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getVotes\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"timepoint\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getVotesWithParams\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"timepoint\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"params\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"hasVoted\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"hashProposal\",\"inputs\":[{\"name\":\"targets\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"values\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"calldatas\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"},{\"name\":\"descriptionHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"name\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nonces\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"onERC1155BatchReceived\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"onERC1155Received\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"onERC721Received\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"proposalDeadline\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proposalEta\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proposalNeedsQueuing\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proposalProposer\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proposalSnapshot\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proposalThreshold\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proposalVotes\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"againstVotes\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"forVotes\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"abstainVotes\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"propose\",\"inputs\":[{\"name\":\"targets\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"values\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"calldatas\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"},{\"name\":\"description\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"queue\",\"inputs\":[{\"name\":\"targets\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"values\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"calldatas\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"},{\"name\":\"descriptionHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"quorum\",\"inputs\":[{\"name\":\"timepoint\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"quorumDenominator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"quorumNumerator\",\"inputs\":[{\"name\":\"timepoint\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"quorumNumerator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"relay\",\"inputs\":[{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"data\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"setProposalThreshold\",\"inputs\":[{\"name\":\"newProposalThreshold\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setVotingDelay\",\"inputs\":[{\"name\":\"newVotingDelay\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setVotingPeriod\",\"inputs\":[{\"name\":\"newVotingPeriod\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"state\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumIGovernor.ProposalState\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"timelock\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"token\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC5805\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"updateQuorumNumerator\",\"inputs\":[{\"name\":\"newQuorumNumerator\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"updateTimelock\",\"inputs\":[{\"name\":\"newTimelock\",\"type\":\"address\",\"internalType\":\"contractTimelockController\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"version\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"votingDelay\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"votingPeriod\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProposalCanceled\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProposalCreated\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"proposer\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"targets\",\"type\":\"address[]\",\"indexed\":false,\"internalType\":\"address[]\"},{\"name\":\"values\",\"type\":\"uint256[]\",\"indexed\":false,\"internalType\":\"uint256[]\"},{\"name\":\"signatures\",\"type\":\"string[]\",\"indexed\":false,\"internalType\":\"string[]\"},{\"name\":\"calldatas\",\"type\":\"bytes[]\",\"indexed\":false,\"internalType\":\"bytes[]\"},{\"name\":\"voteStart\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"voteEnd\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"description\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProposalExecuted\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProposalQueued\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"etaSeconds\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProposalThresholdSet\",\"inputs\":[{\"name\":\"oldProposalThreshold\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newProposalThreshold\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"QuorumNumeratorUpdated\",\"inputs\":[{\"name\":\"oldQuorumNumerator\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newQuorumNumerator\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TimelockChange\",\"inputs\":[{\"name\":\"oldTimelock\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"newTimelock\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VoteCast\",\"inputs\":[{\"name\":\"voter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"proposalId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"support\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"weight\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"reason\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VoteCastWithParams\",\"inputs\":[{\"name\":\"voter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"proposalId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"support\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"weight\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"reason\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"params\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VotingDelaySet\",\"inputs\":[{\"name\":\"oldVotingDelay\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newVotingDelay\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VotingPeriodSet\",\"inputs\":[{\"name\":\"oldVotingPeriod\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newVotingPeriod\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"CheckpointUnorderedInsertion\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ERC6372InconsistentClock\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"FailedCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"GovernorAlreadyCastVote\",\"inputs\":[{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"GovernorAlreadyQueuedProposal\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GovernorDisabledDeposit\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"GovernorInsufficientProposerVotes\",\"inputs\":[{\"name\":\"proposer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"votes\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"threshold\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GovernorInvalidProposalLength\",\"inputs\":[{\"name\":\"targets\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"calldatas\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"values\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GovernorInvalidQuorumFraction\",\"inputs\":[{\"name\":\"quorumNumerator\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"quorumDenominator\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GovernorInvalidSignature\",\"inputs\":[{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"GovernorInvalidVoteParams\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"GovernorInvalidVoteType\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"GovernorInvalidVotingPeriod\",\"inputs\":[{\"name\":\"votingPeriod\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GovernorNonexistentProposal\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GovernorOnlyExecutor\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"GovernorProposalQueueingFailed\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GovernorProposalQueueingNotRequired\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GovernorRestrictedProposer\",\"inputs\":[{\"name\":\"proposer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"GovernorUnableToCancel\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"GovernorUnexpectedProposalState\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"current\",\"type\":\"uint8\",\"internalType\":\"enumIGovernor.ProposalState\"},{\"name\":\"expectedStates\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"InvalidAccountNonce\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"currentNonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]}]",
	ID:  "TopLevelGovernance",
}

// TopLevelGovernance is an auto generated Go binding around an Ethereum contract.
type TopLevelGovernance struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TopLevelGovernance) GetABI() abi.ABI {
	return c.abi
}

// NewTopLevelGovernance creates a new instance of TopLevelGovernance.
func NewTopLevelGovernance() *TopLevelGovernance {
	parsed, err := TopLevelGovernanceMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TopLevelGovernance{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TopLevelGovernance) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token, address timelock, uint48 initialVotingDelay, uint32 initialVotingPeriod, uint256 initialProposalThreshold, uint256 quorumPercent) returns()
func (topLevelGovernance *TopLevelGovernance) PackConstructor(token common.Address, timelock common.Address, initialVotingDelay *big.Int, initialVotingPeriod uint32, initialProposalThreshold *big.Int, quorumPercent *big.Int) []byte {
	enc, err := topLevelGovernance.abi.Pack("", token, timelock, initialVotingDelay, initialVotingPeriod, initialProposalThreshold, quorumPercent)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeaaa7cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BALLOT_TYPEHASH() view returns(bytes32)
func (topLevelGovernance *TopLevelGovernance) PackBALLOTTYPEHASH() []byte {
	enc, err := topLevelGovernance.abi.Pack("BALLOT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeaaa7cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BALLOT_TYPEHASH() view returns(bytes32)
func (topLevelGovernance *TopLevelGovernance) TryPackBALLOTTYPEHASH() ([]byte, error) {
	return topLevelGovernance.abi.Pack("BALLOT_TYPEHASH")
}

// UnpackBALLOTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdeaaa7cc.
//
// Solidity: function BALLOT_TYPEHASH() view returns(bytes32)
func (topLevelGovernance *TopLevelGovernance) UnpackBALLOTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := topLevelGovernance.abi.Unpack("BALLOT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCLOCKMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bf5d7e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (topLevelGovernance *TopLevelGovernance) PackCLOCKMODE() []byte {
	enc, err := topLevelGovernance.abi.Pack("CLOCK_MODE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCLOCKMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4bf5d7e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (topLevelGovernance *TopLevelGovernance) TryPackCLOCKMODE() ([]byte, error) {
	return topLevelGovernance.abi.Pack("CLOCK_MODE")
}

// UnpackCLOCKMODE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (topLevelGovernance *TopLevelGovernance) UnpackCLOCKMODE(data []byte) (string, error) {
	out, err := topLevelGovernance.abi.Unpack("CLOCK_MODE", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackCOUNTINGMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd4e2ba5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function COUNTING_MODE() pure returns(string)
func (topLevelGovernance *TopLevelGovernance) PackCOUNTINGMODE() []byte {
	enc, err := topLevelGovernance.abi.Pack("COUNTING_MODE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCOUNTINGMODE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd4e2ba5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function COUNTING_MODE() pure returns(string)
func (topLevelGovernance *TopLevelGovernance) TryPackCOUNTINGMODE() ([]byte, error) {
	return topLevelGovernance.abi.Pack("COUNTING_MODE")
}

// UnpackCOUNTINGMODE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd4e2ba5.
//
// Solidity: function COUNTING_MODE() pure returns(string)
func (topLevelGovernance *TopLevelGovernance) UnpackCOUNTINGMODE(data []byte) (string, error) {
	out, err := topLevelGovernance.abi.Unpack("COUNTING_MODE", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackEXTENDEDBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fe3e261.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function EXTENDED_BALLOT_TYPEHASH() view returns(bytes32)
func (topLevelGovernance *TopLevelGovernance) PackEXTENDEDBALLOTTYPEHASH() []byte {
	enc, err := topLevelGovernance.abi.Pack("EXTENDED_BALLOT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEXTENDEDBALLOTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2fe3e261.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function EXTENDED_BALLOT_TYPEHASH() view returns(bytes32)
func (topLevelGovernance *TopLevelGovernance) TryPackEXTENDEDBALLOTTYPEHASH() ([]byte, error) {
	return topLevelGovernance.abi.Pack("EXTENDED_BALLOT_TYPEHASH")
}

// UnpackEXTENDEDBALLOTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2fe3e261.
//
// Solidity: function EXTENDED_BALLOT_TYPEHASH() view returns(bytes32)
func (topLevelGovernance *TopLevelGovernance) UnpackEXTENDEDBALLOTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := topLevelGovernance.abi.Unpack("EXTENDED_BALLOT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x452115d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (topLevelGovernance *TopLevelGovernance) PackCancel(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := topLevelGovernance.abi.Pack("cancel", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x452115d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (topLevelGovernance *TopLevelGovernance) TryPackCancel(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return topLevelGovernance.abi.Pack("cancel", targets, values, calldatas, descriptionHash)
}

// UnpackCancel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x452115d6.
//
// Solidity: function cancel(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (topLevelGovernance *TopLevelGovernance) UnpackCancel(data []byte) (*big.Int, error) {
	out, err := topLevelGovernance.abi.Unpack("cancel", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56781388.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVote(uint256 proposalId, uint8 support) returns(uint256)
func (topLevelGovernance *TopLevelGovernance) PackCastVote(proposalId *big.Int, support uint8) []byte {
	enc, err := topLevelGovernance.abi.Pack("castVote", proposalId, support)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56781388.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVote(uint256 proposalId, uint8 support) returns(uint256)
func (topLevelGovernance *TopLevelGovernance) TryPackCastVote(proposalId *big.Int, support uint8) ([]byte, error) {
	return topLevelGovernance.abi.Pack("castVote", proposalId, support)
}

// UnpackCastVote is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56781388.
//
// Solidity: function castVote(uint256 proposalId, uint8 support) returns(uint256)
func (topLevelGovernance *TopLevelGovernance) UnpackCastVote(data []byte) (*big.Int, error) {
	out, err := topLevelGovernance.abi.Unpack("castVote", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ff262e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes signature) returns(uint256)
func (topLevelGovernance *TopLevelGovernance) PackCastVoteBySig(proposalId *big.Int, support uint8, voter common.Address, signature []byte) []byte {
	enc, err := topLevelGovernance.abi.Pack("castVoteBySig", proposalId, support, voter, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ff262e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes signature) returns(uint256)
func (topLevelGovernance *TopLevelGovernance) TryPackCastVoteBySig(proposalId *big.Int, support uint8, voter common.Address, signature []byte) ([]byte, error) {
	return topLevelGovernance.abi.Pack("castVoteBySig", proposalId, support, voter, signature)
}

// UnpackCastVoteBySig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8ff262e3.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes signature) returns(uint256)
func (topLevelGovernance *TopLevelGovernance) UnpackCastVoteBySig(data []byte) (*big.Int, error) {
	out, err := topLevelGovernance.abi.Unpack("castVoteBySig", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteWithReason is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b3c71d3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteWithReason(uint256 proposalId, uint8 support, string reason) returns(uint256)
func (topLevelGovernance *TopLevelGovernance) PackCastVoteWithReason(proposalId *big.Int, support uint8, reason string) []byte {
	enc, err := topLevelGovernance.abi.Pack("castVoteWithReason", proposalId, support, reason)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteWithReason is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b3c71d3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteWithReason(uint256 proposalId, uint8 support, string reason) returns(uint256)
func (topLevelGovernance *TopLevelGovernance) TryPackCastVoteWithReason(proposalId *big.Int, support uint8, reason string) ([]byte, error) {
	return topLevelGovernance.abi.Pack("castVoteWithReason", proposalId, support, reason)
}

// UnpackCastVoteWithReason is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b3c71d3.
//
// Solidity: function castVoteWithReason(uint256 proposalId, uint8 support, string reason) returns(uint256)
func (topLevelGovernance *TopLevelGovernance) UnpackCastVoteWithReason(data []byte) (*big.Int, error) {
	out, err := topLevelGovernance.abi.Unpack("castVoteWithReason", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteWithReasonAndParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f398a14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string reason, bytes params) returns(uint256)
func (topLevelGovernance *TopLevelGovernance) PackCastVoteWithReasonAndParams(proposalId *big.Int, support uint8, reason string, params []byte) []byte {
	enc, err := topLevelGovernance.abi.Pack("castVoteWithReasonAndParams", proposalId, support, reason, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteWithReasonAndParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f398a14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string reason, bytes params) returns(uint256)
func (topLevelGovernance *TopLevelGovernance) TryPackCastVoteWithReasonAndParams(proposalId *big.Int, support uint8, reason string, params []byte) ([]byte, error) {
	return topLevelGovernance.abi.Pack("castVoteWithReasonAndParams", proposalId, support, reason, params)
}

// UnpackCastVoteWithReasonAndParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f398a14.
//
// Solidity: function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string reason, bytes params) returns(uint256)
func (topLevelGovernance *TopLevelGovernance) UnpackCastVoteWithReasonAndParams(data []byte) (*big.Int, error) {
	out, err := topLevelGovernance.abi.Unpack("castVoteWithReasonAndParams", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCastVoteWithReasonAndParamsBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b8d0e0d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string reason, bytes params, bytes signature) returns(uint256)
func (topLevelGovernance *TopLevelGovernance) PackCastVoteWithReasonAndParamsBySig(proposalId *big.Int, support uint8, voter common.Address, reason string, params []byte, signature []byte) []byte {
	enc, err := topLevelGovernance.abi.Pack("castVoteWithReasonAndParamsBySig", proposalId, support, voter, reason, params, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVoteWithReasonAndParamsBySig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b8d0e0d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string reason, bytes params, bytes signature) returns(uint256)
func (topLevelGovernance *TopLevelGovernance) TryPackCastVoteWithReasonAndParamsBySig(proposalId *big.Int, support uint8, voter common.Address, reason string, params []byte, signature []byte) ([]byte, error) {
	return topLevelGovernance.abi.Pack("castVoteWithReasonAndParamsBySig", proposalId, support, voter, reason, params, signature)
}

// UnpackCastVoteWithReasonAndParamsBySig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b8d0e0d.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string reason, bytes params, bytes signature) returns(uint256)
func (topLevelGovernance *TopLevelGovernance) UnpackCastVoteWithReasonAndParamsBySig(data []byte) (*big.Int, error) {
	out, err := topLevelGovernance.abi.Unpack("castVoteWithReasonAndParamsBySig", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clock() view returns(uint48)
func (topLevelGovernance *TopLevelGovernance) PackClock() []byte {
	enc, err := topLevelGovernance.abi.Pack("clock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91ddadf4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clock() view returns(uint48)
func (topLevelGovernance *TopLevelGovernance) TryPackClock() ([]byte, error) {
	return topLevelGovernance.abi.Pack("clock")
}

// UnpackClock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (topLevelGovernance *TopLevelGovernance) UnpackClock(data []byte) (*big.Int, error) {
	out, err := topLevelGovernance.abi.Unpack("clock", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (topLevelGovernance *TopLevelGovernance) PackEip712Domain() []byte {
	enc, err := topLevelGovernance.abi.Pack("eip712Domain")
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
func (topLevelGovernance *TopLevelGovernance) TryPackEip712Domain() ([]byte, error) {
	return topLevelGovernance.abi.Pack("eip712Domain")
}

// TopLevelGovernanceEip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type TopLevelGovernanceEip712DomainOutput struct {
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
func (topLevelGovernance *TopLevelGovernance) UnpackEip712Domain(data []byte) (TopLevelGovernanceEip712DomainOutput, error) {
	out, err := topLevelGovernance.abi.Unpack("eip712Domain", data)
	outstruct := new(TopLevelGovernanceEip712DomainOutput)
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

// PackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2656227d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable returns(uint256)
func (topLevelGovernance *TopLevelGovernance) PackExecute(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := topLevelGovernance.abi.Pack("execute", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2656227d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable returns(uint256)
func (topLevelGovernance *TopLevelGovernance) TryPackExecute(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return topLevelGovernance.abi.Pack("execute", targets, values, calldatas, descriptionHash)
}

// UnpackExecute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2656227d.
//
// Solidity: function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable returns(uint256)
func (topLevelGovernance *TopLevelGovernance) UnpackExecute(data []byte) (*big.Int, error) {
	out, err := topLevelGovernance.abi.Unpack("execute", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetProposalId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8f8a668.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getProposalId(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) PackGetProposalId(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := topLevelGovernance.abi.Pack("getProposalId", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetProposalId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8f8a668.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getProposalId(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) TryPackGetProposalId(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return topLevelGovernance.abi.Pack("getProposalId", targets, values, calldatas, descriptionHash)
}

// UnpackGetProposalId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa8f8a668.
//
// Solidity: function getProposalId(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) UnpackGetProposalId(data []byte) (*big.Int, error) {
	out, err := topLevelGovernance.abi.Unpack("getProposalId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb9019d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getVotes(address account, uint256 timepoint) view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) PackGetVotes(account common.Address, timepoint *big.Int) []byte {
	enc, err := topLevelGovernance.abi.Pack("getVotes", account, timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb9019d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getVotes(address account, uint256 timepoint) view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) TryPackGetVotes(account common.Address, timepoint *big.Int) ([]byte, error) {
	return topLevelGovernance.abi.Pack("getVotes", account, timepoint)
}

// UnpackGetVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeb9019d4.
//
// Solidity: function getVotes(address account, uint256 timepoint) view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) UnpackGetVotes(data []byte) (*big.Int, error) {
	out, err := topLevelGovernance.abi.Unpack("getVotes", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetVotesWithParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a802a6d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getVotesWithParams(address account, uint256 timepoint, bytes params) view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) PackGetVotesWithParams(account common.Address, timepoint *big.Int, params []byte) []byte {
	enc, err := topLevelGovernance.abi.Pack("getVotesWithParams", account, timepoint, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetVotesWithParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a802a6d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getVotesWithParams(address account, uint256 timepoint, bytes params) view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) TryPackGetVotesWithParams(account common.Address, timepoint *big.Int, params []byte) ([]byte, error) {
	return topLevelGovernance.abi.Pack("getVotesWithParams", account, timepoint, params)
}

// UnpackGetVotesWithParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a802a6d.
//
// Solidity: function getVotesWithParams(address account, uint256 timepoint, bytes params) view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) UnpackGetVotesWithParams(data []byte) (*big.Int, error) {
	out, err := topLevelGovernance.abi.Unpack("getVotesWithParams", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackHasVoted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43859632.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (topLevelGovernance *TopLevelGovernance) PackHasVoted(proposalId *big.Int, account common.Address) []byte {
	enc, err := topLevelGovernance.abi.Pack("hasVoted", proposalId, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasVoted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43859632.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (topLevelGovernance *TopLevelGovernance) TryPackHasVoted(proposalId *big.Int, account common.Address) ([]byte, error) {
	return topLevelGovernance.abi.Pack("hasVoted", proposalId, account)
}

// UnpackHasVoted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43859632.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (topLevelGovernance *TopLevelGovernance) UnpackHasVoted(data []byte) (bool, error) {
	out, err := topLevelGovernance.abi.Unpack("hasVoted", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHashProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc59057e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashProposal(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) pure returns(uint256)
func (topLevelGovernance *TopLevelGovernance) PackHashProposal(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := topLevelGovernance.abi.Pack("hashProposal", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc59057e4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashProposal(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) pure returns(uint256)
func (topLevelGovernance *TopLevelGovernance) TryPackHashProposal(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return topLevelGovernance.abi.Pack("hashProposal", targets, values, calldatas, descriptionHash)
}

// UnpackHashProposal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc59057e4.
//
// Solidity: function hashProposal(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) pure returns(uint256)
func (topLevelGovernance *TopLevelGovernance) UnpackHashProposal(data []byte) (*big.Int, error) {
	out, err := topLevelGovernance.abi.Unpack("hashProposal", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (topLevelGovernance *TopLevelGovernance) PackName() []byte {
	enc, err := topLevelGovernance.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (topLevelGovernance *TopLevelGovernance) TryPackName() ([]byte, error) {
	return topLevelGovernance.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (topLevelGovernance *TopLevelGovernance) UnpackName(data []byte) (string, error) {
	out, err := topLevelGovernance.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) PackNonces(owner common.Address) []byte {
	enc, err := topLevelGovernance.abi.Pack("nonces", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonces is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ecebe00.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) TryPackNonces(owner common.Address) ([]byte, error) {
	return topLevelGovernance.abi.Pack("nonces", owner)
}

// UnpackNonces is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) UnpackNonces(data []byte) (*big.Int, error) {
	out, err := topLevelGovernance.abi.Unpack("nonces", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (topLevelGovernance *TopLevelGovernance) PackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) []byte {
	enc, err := topLevelGovernance.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (topLevelGovernance *TopLevelGovernance) TryPackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) ([]byte, error) {
	return topLevelGovernance.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155BatchReceived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (topLevelGovernance *TopLevelGovernance) UnpackOnERC1155BatchReceived(data []byte) ([4]byte, error) {
	out, err := topLevelGovernance.abi.Unpack("onERC1155BatchReceived", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (topLevelGovernance *TopLevelGovernance) PackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) []byte {
	enc, err := topLevelGovernance.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (topLevelGovernance *TopLevelGovernance) TryPackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) ([]byte, error) {
	return topLevelGovernance.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf23a6e61.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (topLevelGovernance *TopLevelGovernance) UnpackOnERC1155Received(data []byte) ([4]byte, error) {
	out, err := topLevelGovernance.abi.Unpack("onERC1155Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (topLevelGovernance *TopLevelGovernance) PackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) []byte {
	enc, err := topLevelGovernance.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (topLevelGovernance *TopLevelGovernance) TryPackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) ([]byte, error) {
	return topLevelGovernance.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
}

// UnpackOnERC721Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (topLevelGovernance *TopLevelGovernance) UnpackOnERC721Received(data []byte) ([4]byte, error) {
	out, err := topLevelGovernance.abi.Unpack("onERC721Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackProposalDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc01f9e37.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalDeadline(uint256 proposalId) view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) PackProposalDeadline(proposalId *big.Int) []byte {
	enc, err := topLevelGovernance.abi.Pack("proposalDeadline", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc01f9e37.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalDeadline(uint256 proposalId) view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) TryPackProposalDeadline(proposalId *big.Int) ([]byte, error) {
	return topLevelGovernance.abi.Pack("proposalDeadline", proposalId)
}

// UnpackProposalDeadline is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc01f9e37.
//
// Solidity: function proposalDeadline(uint256 proposalId) view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) UnpackProposalDeadline(data []byte) (*big.Int, error) {
	out, err := topLevelGovernance.abi.Unpack("proposalDeadline", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalEta is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab58fb8e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalEta(uint256 proposalId) view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) PackProposalEta(proposalId *big.Int) []byte {
	enc, err := topLevelGovernance.abi.Pack("proposalEta", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalEta is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xab58fb8e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalEta(uint256 proposalId) view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) TryPackProposalEta(proposalId *big.Int) ([]byte, error) {
	return topLevelGovernance.abi.Pack("proposalEta", proposalId)
}

// UnpackProposalEta is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xab58fb8e.
//
// Solidity: function proposalEta(uint256 proposalId) view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) UnpackProposalEta(data []byte) (*big.Int, error) {
	out, err := topLevelGovernance.abi.Unpack("proposalEta", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalNeedsQueuing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9a95294.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalNeedsQueuing(uint256 proposalId) view returns(bool)
func (topLevelGovernance *TopLevelGovernance) PackProposalNeedsQueuing(proposalId *big.Int) []byte {
	enc, err := topLevelGovernance.abi.Pack("proposalNeedsQueuing", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalNeedsQueuing is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9a95294.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalNeedsQueuing(uint256 proposalId) view returns(bool)
func (topLevelGovernance *TopLevelGovernance) TryPackProposalNeedsQueuing(proposalId *big.Int) ([]byte, error) {
	return topLevelGovernance.abi.Pack("proposalNeedsQueuing", proposalId)
}

// UnpackProposalNeedsQueuing is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9a95294.
//
// Solidity: function proposalNeedsQueuing(uint256 proposalId) view returns(bool)
func (topLevelGovernance *TopLevelGovernance) UnpackProposalNeedsQueuing(data []byte) (bool, error) {
	out, err := topLevelGovernance.abi.Unpack("proposalNeedsQueuing", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackProposalProposer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x143489d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalProposer(uint256 proposalId) view returns(address)
func (topLevelGovernance *TopLevelGovernance) PackProposalProposer(proposalId *big.Int) []byte {
	enc, err := topLevelGovernance.abi.Pack("proposalProposer", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalProposer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x143489d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalProposer(uint256 proposalId) view returns(address)
func (topLevelGovernance *TopLevelGovernance) TryPackProposalProposer(proposalId *big.Int) ([]byte, error) {
	return topLevelGovernance.abi.Pack("proposalProposer", proposalId)
}

// UnpackProposalProposer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x143489d0.
//
// Solidity: function proposalProposer(uint256 proposalId) view returns(address)
func (topLevelGovernance *TopLevelGovernance) UnpackProposalProposer(data []byte) (common.Address, error) {
	out, err := topLevelGovernance.abi.Unpack("proposalProposer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProposalSnapshot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d63f693.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalSnapshot(uint256 proposalId) view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) PackProposalSnapshot(proposalId *big.Int) []byte {
	enc, err := topLevelGovernance.abi.Pack("proposalSnapshot", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalSnapshot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d63f693.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalSnapshot(uint256 proposalId) view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) TryPackProposalSnapshot(proposalId *big.Int) ([]byte, error) {
	return topLevelGovernance.abi.Pack("proposalSnapshot", proposalId)
}

// UnpackProposalSnapshot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2d63f693.
//
// Solidity: function proposalSnapshot(uint256 proposalId) view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) UnpackProposalSnapshot(data []byte) (*big.Int, error) {
	out, err := topLevelGovernance.abi.Unpack("proposalSnapshot", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb58131b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) PackProposalThreshold() []byte {
	enc, err := topLevelGovernance.abi.Pack("proposalThreshold")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb58131b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) TryPackProposalThreshold() ([]byte, error) {
	return topLevelGovernance.abi.Pack("proposalThreshold")
}

// UnpackProposalThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb58131b0.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) UnpackProposalThreshold(data []byte) (*big.Int, error) {
	out, err := topLevelGovernance.abi.Unpack("proposalThreshold", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x544ffc9c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (topLevelGovernance *TopLevelGovernance) PackProposalVotes(proposalId *big.Int) []byte {
	enc, err := topLevelGovernance.abi.Pack("proposalVotes", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalVotes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x544ffc9c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (topLevelGovernance *TopLevelGovernance) TryPackProposalVotes(proposalId *big.Int) ([]byte, error) {
	return topLevelGovernance.abi.Pack("proposalVotes", proposalId)
}

// ProposalVotesOutput serves as a container for the return parameters of contract
// method ProposalVotes.
type ProposalVotesOutput struct {
	AgainstVotes *big.Int
	ForVotes     *big.Int
	AbstainVotes *big.Int
}

// UnpackProposalVotes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x544ffc9c.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (topLevelGovernance *TopLevelGovernance) UnpackProposalVotes(data []byte) (ProposalVotesOutput, error) {
	out, err := topLevelGovernance.abi.Unpack("proposalVotes", data)
	outstruct := new(ProposalVotesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.AgainstVotes = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.ForVotes = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.AbstainVotes = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d5e81e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256)
func (topLevelGovernance *TopLevelGovernance) PackPropose(targets []common.Address, values []*big.Int, calldatas [][]byte, description string) []byte {
	enc, err := topLevelGovernance.abi.Pack("propose", targets, values, calldatas, description)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d5e81e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256)
func (topLevelGovernance *TopLevelGovernance) TryPackPropose(targets []common.Address, values []*big.Int, calldatas [][]byte, description string) ([]byte, error) {
	return topLevelGovernance.abi.Pack("propose", targets, values, calldatas, description)
}

// UnpackPropose is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d5e81e2.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256)
func (topLevelGovernance *TopLevelGovernance) UnpackPropose(data []byte) (*big.Int, error) {
	out, err := topLevelGovernance.abi.Unpack("propose", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQueue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x160cbed7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (topLevelGovernance *TopLevelGovernance) PackQueue(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) []byte {
	enc, err := topLevelGovernance.abi.Pack("queue", targets, values, calldatas, descriptionHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x160cbed7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (topLevelGovernance *TopLevelGovernance) TryPackQueue(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) ([]byte, error) {
	return topLevelGovernance.abi.Pack("queue", targets, values, calldatas, descriptionHash)
}

// UnpackQueue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x160cbed7.
//
// Solidity: function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (topLevelGovernance *TopLevelGovernance) UnpackQueue(data []byte) (*big.Int, error) {
	out, err := topLevelGovernance.abi.Unpack("queue", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8ce560a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorum(uint256 timepoint) view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) PackQuorum(timepoint *big.Int) []byte {
	enc, err := topLevelGovernance.abi.Pack("quorum", timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8ce560a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorum(uint256 timepoint) view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) TryPackQuorum(timepoint *big.Int) ([]byte, error) {
	return topLevelGovernance.abi.Pack("quorum", timepoint)
}

// UnpackQuorum is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8ce560a.
//
// Solidity: function quorum(uint256 timepoint) view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) UnpackQuorum(data []byte) (*big.Int, error) {
	out, err := topLevelGovernance.abi.Unpack("quorum", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorumDenominator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97c3d334.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumDenominator() view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) PackQuorumDenominator() []byte {
	enc, err := topLevelGovernance.abi.Pack("quorumDenominator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumDenominator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97c3d334.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumDenominator() view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) TryPackQuorumDenominator() ([]byte, error) {
	return topLevelGovernance.abi.Pack("quorumDenominator")
}

// UnpackQuorumDenominator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97c3d334.
//
// Solidity: function quorumDenominator() view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) UnpackQuorumDenominator(data []byte) (*big.Int, error) {
	out, err := topLevelGovernance.abi.Unpack("quorumDenominator", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60c4247f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumNumerator(uint256 timepoint) view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) PackQuorumNumerator(timepoint *big.Int) []byte {
	enc, err := topLevelGovernance.abi.Pack("quorumNumerator", timepoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60c4247f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumNumerator(uint256 timepoint) view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) TryPackQuorumNumerator(timepoint *big.Int) ([]byte, error) {
	return topLevelGovernance.abi.Pack("quorumNumerator", timepoint)
}

// UnpackQuorumNumerator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x60c4247f.
//
// Solidity: function quorumNumerator(uint256 timepoint) view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) UnpackQuorumNumerator(data []byte) (*big.Int, error) {
	out, err := topLevelGovernance.abi.Unpack("quorumNumerator", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuorumNumerator0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7713a70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumNumerator() view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) PackQuorumNumerator0() []byte {
	enc, err := topLevelGovernance.abi.Pack("quorumNumerator0")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumNumerator0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7713a70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumNumerator() view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) TryPackQuorumNumerator0() ([]byte, error) {
	return topLevelGovernance.abi.Pack("quorumNumerator0")
}

// UnpackQuorumNumerator0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7713a70.
//
// Solidity: function quorumNumerator() view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) UnpackQuorumNumerator0(data []byte) (*big.Int, error) {
	out, err := topLevelGovernance.abi.Unpack("quorumNumerator0", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc28bc2fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function relay(address target, uint256 value, bytes data) payable returns()
func (topLevelGovernance *TopLevelGovernance) PackRelay(target common.Address, value *big.Int, data []byte) []byte {
	enc, err := topLevelGovernance.abi.Pack("relay", target, value, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc28bc2fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function relay(address target, uint256 value, bytes data) payable returns()
func (topLevelGovernance *TopLevelGovernance) TryPackRelay(target common.Address, value *big.Int, data []byte) ([]byte, error) {
	return topLevelGovernance.abi.Pack("relay", target, value, data)
}

// PackSetProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xece40cc1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setProposalThreshold(uint256 newProposalThreshold) returns()
func (topLevelGovernance *TopLevelGovernance) PackSetProposalThreshold(newProposalThreshold *big.Int) []byte {
	enc, err := topLevelGovernance.abi.Pack("setProposalThreshold", newProposalThreshold)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetProposalThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xece40cc1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setProposalThreshold(uint256 newProposalThreshold) returns()
func (topLevelGovernance *TopLevelGovernance) TryPackSetProposalThreshold(newProposalThreshold *big.Int) ([]byte, error) {
	return topLevelGovernance.abi.Pack("setProposalThreshold", newProposalThreshold)
}

// PackSetVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79051887.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setVotingDelay(uint48 newVotingDelay) returns()
func (topLevelGovernance *TopLevelGovernance) PackSetVotingDelay(newVotingDelay *big.Int) []byte {
	enc, err := topLevelGovernance.abi.Pack("setVotingDelay", newVotingDelay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79051887.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setVotingDelay(uint48 newVotingDelay) returns()
func (topLevelGovernance *TopLevelGovernance) TryPackSetVotingDelay(newVotingDelay *big.Int) ([]byte, error) {
	return topLevelGovernance.abi.Pack("setVotingDelay", newVotingDelay)
}

// PackSetVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe540d01d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setVotingPeriod(uint32 newVotingPeriod) returns()
func (topLevelGovernance *TopLevelGovernance) PackSetVotingPeriod(newVotingPeriod uint32) []byte {
	enc, err := topLevelGovernance.abi.Pack("setVotingPeriod", newVotingPeriod)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe540d01d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setVotingPeriod(uint32 newVotingPeriod) returns()
func (topLevelGovernance *TopLevelGovernance) TryPackSetVotingPeriod(newVotingPeriod uint32) ([]byte, error) {
	return topLevelGovernance.abi.Pack("setVotingPeriod", newVotingPeriod)
}

// PackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e4f49e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function state(uint256 proposalId) view returns(uint8)
func (topLevelGovernance *TopLevelGovernance) PackState(proposalId *big.Int) []byte {
	enc, err := topLevelGovernance.abi.Pack("state", proposalId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e4f49e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function state(uint256 proposalId) view returns(uint8)
func (topLevelGovernance *TopLevelGovernance) TryPackState(proposalId *big.Int) ([]byte, error) {
	return topLevelGovernance.abi.Pack("state", proposalId)
}

// UnpackState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e4f49e6.
//
// Solidity: function state(uint256 proposalId) view returns(uint8)
func (topLevelGovernance *TopLevelGovernance) UnpackState(data []byte) (uint8, error) {
	out, err := topLevelGovernance.abi.Unpack("state", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (topLevelGovernance *TopLevelGovernance) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := topLevelGovernance.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (topLevelGovernance *TopLevelGovernance) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return topLevelGovernance.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (topLevelGovernance *TopLevelGovernance) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := topLevelGovernance.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd33219b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timelock() view returns(address)
func (topLevelGovernance *TopLevelGovernance) PackTimelock() []byte {
	enc, err := topLevelGovernance.abi.Pack("timelock")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd33219b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timelock() view returns(address)
func (topLevelGovernance *TopLevelGovernance) TryPackTimelock() ([]byte, error) {
	return topLevelGovernance.abi.Pack("timelock")
}

// UnpackTimelock is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd33219b4.
//
// Solidity: function timelock() view returns(address)
func (topLevelGovernance *TopLevelGovernance) UnpackTimelock(data []byte) (common.Address, error) {
	out, err := topLevelGovernance.abi.Unpack("timelock", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (topLevelGovernance *TopLevelGovernance) PackToken() []byte {
	enc, err := topLevelGovernance.abi.Pack("token")
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
func (topLevelGovernance *TopLevelGovernance) TryPackToken() ([]byte, error) {
	return topLevelGovernance.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (topLevelGovernance *TopLevelGovernance) UnpackToken(data []byte) (common.Address, error) {
	out, err := topLevelGovernance.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUpdateQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f3f9e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateQuorumNumerator(uint256 newQuorumNumerator) returns()
func (topLevelGovernance *TopLevelGovernance) PackUpdateQuorumNumerator(newQuorumNumerator *big.Int) []byte {
	enc, err := topLevelGovernance.abi.Pack("updateQuorumNumerator", newQuorumNumerator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06f3f9e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateQuorumNumerator(uint256 newQuorumNumerator) returns()
func (topLevelGovernance *TopLevelGovernance) TryPackUpdateQuorumNumerator(newQuorumNumerator *big.Int) ([]byte, error) {
	return topLevelGovernance.abi.Pack("updateQuorumNumerator", newQuorumNumerator)
}

// PackUpdateTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa890c910.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateTimelock(address newTimelock) returns()
func (topLevelGovernance *TopLevelGovernance) PackUpdateTimelock(newTimelock common.Address) []byte {
	enc, err := topLevelGovernance.abi.Pack("updateTimelock", newTimelock)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateTimelock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa890c910.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateTimelock(address newTimelock) returns()
func (topLevelGovernance *TopLevelGovernance) TryPackUpdateTimelock(newTimelock common.Address) ([]byte, error) {
	return topLevelGovernance.abi.Pack("updateTimelock", newTimelock)
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() view returns(string)
func (topLevelGovernance *TopLevelGovernance) PackVersion() []byte {
	enc, err := topLevelGovernance.abi.Pack("version")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function version() view returns(string)
func (topLevelGovernance *TopLevelGovernance) TryPackVersion() ([]byte, error) {
	return topLevelGovernance.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() view returns(string)
func (topLevelGovernance *TopLevelGovernance) UnpackVersion(data []byte) (string, error) {
	out, err := topLevelGovernance.abi.Unpack("version", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3932abb1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function votingDelay() view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) PackVotingDelay() []byte {
	enc, err := topLevelGovernance.abi.Pack("votingDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVotingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3932abb1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function votingDelay() view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) TryPackVotingDelay() ([]byte, error) {
	return topLevelGovernance.abi.Pack("votingDelay")
}

// UnpackVotingDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3932abb1.
//
// Solidity: function votingDelay() view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) UnpackVotingDelay(data []byte) (*big.Int, error) {
	out, err := topLevelGovernance.abi.Unpack("votingDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02a251a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function votingPeriod() view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) PackVotingPeriod() []byte {
	enc, err := topLevelGovernance.abi.Pack("votingPeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVotingPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02a251a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function votingPeriod() view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) TryPackVotingPeriod() ([]byte, error) {
	return topLevelGovernance.abi.Pack("votingPeriod")
}

// UnpackVotingPeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x02a251a3.
//
// Solidity: function votingPeriod() view returns(uint256)
func (topLevelGovernance *TopLevelGovernance) UnpackVotingPeriod(data []byte) (*big.Int, error) {
	out, err := topLevelGovernance.abi.Unpack("votingPeriod", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// TopLevelGovernanceEIP712DomainChanged represents a EIP712DomainChanged event raised by the TopLevelGovernance contract.
type TopLevelGovernanceEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const TopLevelGovernanceEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (TopLevelGovernanceEIP712DomainChanged) ContractEventName() string {
	return TopLevelGovernanceEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (topLevelGovernance *TopLevelGovernance) UnpackEIP712DomainChangedEvent(log *types.Log) (*TopLevelGovernanceEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != topLevelGovernance.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TopLevelGovernanceEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := topLevelGovernance.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range topLevelGovernance.abi.Events[event].Inputs {
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

// TopLevelGovernanceProposalCanceled represents a ProposalCanceled event raised by the TopLevelGovernance contract.
type TopLevelGovernanceProposalCanceled struct {
	ProposalId *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const TopLevelGovernanceProposalCanceledEventName = "ProposalCanceled"

// ContractEventName returns the user-defined event name.
func (TopLevelGovernanceProposalCanceled) ContractEventName() string {
	return TopLevelGovernanceProposalCanceledEventName
}

// UnpackProposalCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalCanceled(uint256 proposalId)
func (topLevelGovernance *TopLevelGovernance) UnpackProposalCanceledEvent(log *types.Log) (*TopLevelGovernanceProposalCanceled, error) {
	event := "ProposalCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != topLevelGovernance.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TopLevelGovernanceProposalCanceled)
	if len(log.Data) > 0 {
		if err := topLevelGovernance.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range topLevelGovernance.abi.Events[event].Inputs {
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

// TopLevelGovernanceProposalCreated represents a ProposalCreated event raised by the TopLevelGovernance contract.
type TopLevelGovernanceProposalCreated struct {
	ProposalId  *big.Int
	Proposer    common.Address
	Targets     []common.Address
	Values      []*big.Int
	Signatures  []string
	Calldatas   [][]byte
	VoteStart   *big.Int
	VoteEnd     *big.Int
	Description string
	Raw         *types.Log // Blockchain specific contextual infos
}

const TopLevelGovernanceProposalCreatedEventName = "ProposalCreated"

// ContractEventName returns the user-defined event name.
func (TopLevelGovernanceProposalCreated) ContractEventName() string {
	return TopLevelGovernanceProposalCreatedEventName
}

// UnpackProposalCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalCreated(uint256 proposalId, address proposer, address[] targets, uint256[] values, string[] signatures, bytes[] calldatas, uint256 voteStart, uint256 voteEnd, string description)
func (topLevelGovernance *TopLevelGovernance) UnpackProposalCreatedEvent(log *types.Log) (*TopLevelGovernanceProposalCreated, error) {
	event := "ProposalCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != topLevelGovernance.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TopLevelGovernanceProposalCreated)
	if len(log.Data) > 0 {
		if err := topLevelGovernance.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range topLevelGovernance.abi.Events[event].Inputs {
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

// TopLevelGovernanceProposalExecuted represents a ProposalExecuted event raised by the TopLevelGovernance contract.
type TopLevelGovernanceProposalExecuted struct {
	ProposalId *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const TopLevelGovernanceProposalExecutedEventName = "ProposalExecuted"

// ContractEventName returns the user-defined event name.
func (TopLevelGovernanceProposalExecuted) ContractEventName() string {
	return TopLevelGovernanceProposalExecutedEventName
}

// UnpackProposalExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalExecuted(uint256 proposalId)
func (topLevelGovernance *TopLevelGovernance) UnpackProposalExecutedEvent(log *types.Log) (*TopLevelGovernanceProposalExecuted, error) {
	event := "ProposalExecuted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != topLevelGovernance.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TopLevelGovernanceProposalExecuted)
	if len(log.Data) > 0 {
		if err := topLevelGovernance.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range topLevelGovernance.abi.Events[event].Inputs {
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

// TopLevelGovernanceProposalQueued represents a ProposalQueued event raised by the TopLevelGovernance contract.
type TopLevelGovernanceProposalQueued struct {
	ProposalId *big.Int
	EtaSeconds *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const TopLevelGovernanceProposalQueuedEventName = "ProposalQueued"

// ContractEventName returns the user-defined event name.
func (TopLevelGovernanceProposalQueued) ContractEventName() string {
	return TopLevelGovernanceProposalQueuedEventName
}

// UnpackProposalQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalQueued(uint256 proposalId, uint256 etaSeconds)
func (topLevelGovernance *TopLevelGovernance) UnpackProposalQueuedEvent(log *types.Log) (*TopLevelGovernanceProposalQueued, error) {
	event := "ProposalQueued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != topLevelGovernance.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TopLevelGovernanceProposalQueued)
	if len(log.Data) > 0 {
		if err := topLevelGovernance.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range topLevelGovernance.abi.Events[event].Inputs {
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

// TopLevelGovernanceProposalThresholdSet represents a ProposalThresholdSet event raised by the TopLevelGovernance contract.
type TopLevelGovernanceProposalThresholdSet struct {
	OldProposalThreshold *big.Int
	NewProposalThreshold *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const TopLevelGovernanceProposalThresholdSetEventName = "ProposalThresholdSet"

// ContractEventName returns the user-defined event name.
func (TopLevelGovernanceProposalThresholdSet) ContractEventName() string {
	return TopLevelGovernanceProposalThresholdSetEventName
}

// UnpackProposalThresholdSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalThresholdSet(uint256 oldProposalThreshold, uint256 newProposalThreshold)
func (topLevelGovernance *TopLevelGovernance) UnpackProposalThresholdSetEvent(log *types.Log) (*TopLevelGovernanceProposalThresholdSet, error) {
	event := "ProposalThresholdSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != topLevelGovernance.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TopLevelGovernanceProposalThresholdSet)
	if len(log.Data) > 0 {
		if err := topLevelGovernance.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range topLevelGovernance.abi.Events[event].Inputs {
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

// TopLevelGovernanceQuorumNumeratorUpdated represents a QuorumNumeratorUpdated event raised by the TopLevelGovernance contract.
type TopLevelGovernanceQuorumNumeratorUpdated struct {
	OldQuorumNumerator *big.Int
	NewQuorumNumerator *big.Int
	Raw                *types.Log // Blockchain specific contextual infos
}

const TopLevelGovernanceQuorumNumeratorUpdatedEventName = "QuorumNumeratorUpdated"

// ContractEventName returns the user-defined event name.
func (TopLevelGovernanceQuorumNumeratorUpdated) ContractEventName() string {
	return TopLevelGovernanceQuorumNumeratorUpdatedEventName
}

// UnpackQuorumNumeratorUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event QuorumNumeratorUpdated(uint256 oldQuorumNumerator, uint256 newQuorumNumerator)
func (topLevelGovernance *TopLevelGovernance) UnpackQuorumNumeratorUpdatedEvent(log *types.Log) (*TopLevelGovernanceQuorumNumeratorUpdated, error) {
	event := "QuorumNumeratorUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != topLevelGovernance.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TopLevelGovernanceQuorumNumeratorUpdated)
	if len(log.Data) > 0 {
		if err := topLevelGovernance.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range topLevelGovernance.abi.Events[event].Inputs {
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

// TopLevelGovernanceTimelockChange represents a TimelockChange event raised by the TopLevelGovernance contract.
type TopLevelGovernanceTimelockChange struct {
	OldTimelock common.Address
	NewTimelock common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const TopLevelGovernanceTimelockChangeEventName = "TimelockChange"

// ContractEventName returns the user-defined event name.
func (TopLevelGovernanceTimelockChange) ContractEventName() string {
	return TopLevelGovernanceTimelockChangeEventName
}

// UnpackTimelockChangeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TimelockChange(address oldTimelock, address newTimelock)
func (topLevelGovernance *TopLevelGovernance) UnpackTimelockChangeEvent(log *types.Log) (*TopLevelGovernanceTimelockChange, error) {
	event := "TimelockChange"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != topLevelGovernance.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TopLevelGovernanceTimelockChange)
	if len(log.Data) > 0 {
		if err := topLevelGovernance.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range topLevelGovernance.abi.Events[event].Inputs {
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

// TopLevelGovernanceVoteCast represents a VoteCast event raised by the TopLevelGovernance contract.
type TopLevelGovernanceVoteCast struct {
	Voter      common.Address
	ProposalId *big.Int
	Support    uint8
	Weight     *big.Int
	Reason     string
	Raw        *types.Log // Blockchain specific contextual infos
}

const TopLevelGovernanceVoteCastEventName = "VoteCast"

// ContractEventName returns the user-defined event name.
func (TopLevelGovernanceVoteCast) ContractEventName() string {
	return TopLevelGovernanceVoteCastEventName
}

// UnpackVoteCastEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VoteCast(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason)
func (topLevelGovernance *TopLevelGovernance) UnpackVoteCastEvent(log *types.Log) (*TopLevelGovernanceVoteCast, error) {
	event := "VoteCast"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != topLevelGovernance.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TopLevelGovernanceVoteCast)
	if len(log.Data) > 0 {
		if err := topLevelGovernance.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range topLevelGovernance.abi.Events[event].Inputs {
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

// TopLevelGovernanceVoteCastWithParams represents a VoteCastWithParams event raised by the TopLevelGovernance contract.
type TopLevelGovernanceVoteCastWithParams struct {
	Voter      common.Address
	ProposalId *big.Int
	Support    uint8
	Weight     *big.Int
	Reason     string
	Params     []byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const TopLevelGovernanceVoteCastWithParamsEventName = "VoteCastWithParams"

// ContractEventName returns the user-defined event name.
func (TopLevelGovernanceVoteCastWithParams) ContractEventName() string {
	return TopLevelGovernanceVoteCastWithParamsEventName
}

// UnpackVoteCastWithParamsEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VoteCastWithParams(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason, bytes params)
func (topLevelGovernance *TopLevelGovernance) UnpackVoteCastWithParamsEvent(log *types.Log) (*TopLevelGovernanceVoteCastWithParams, error) {
	event := "VoteCastWithParams"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != topLevelGovernance.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TopLevelGovernanceVoteCastWithParams)
	if len(log.Data) > 0 {
		if err := topLevelGovernance.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range topLevelGovernance.abi.Events[event].Inputs {
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

// TopLevelGovernanceVotingDelaySet represents a VotingDelaySet event raised by the TopLevelGovernance contract.
type TopLevelGovernanceVotingDelaySet struct {
	OldVotingDelay *big.Int
	NewVotingDelay *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const TopLevelGovernanceVotingDelaySetEventName = "VotingDelaySet"

// ContractEventName returns the user-defined event name.
func (TopLevelGovernanceVotingDelaySet) ContractEventName() string {
	return TopLevelGovernanceVotingDelaySetEventName
}

// UnpackVotingDelaySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VotingDelaySet(uint256 oldVotingDelay, uint256 newVotingDelay)
func (topLevelGovernance *TopLevelGovernance) UnpackVotingDelaySetEvent(log *types.Log) (*TopLevelGovernanceVotingDelaySet, error) {
	event := "VotingDelaySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != topLevelGovernance.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TopLevelGovernanceVotingDelaySet)
	if len(log.Data) > 0 {
		if err := topLevelGovernance.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range topLevelGovernance.abi.Events[event].Inputs {
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

// TopLevelGovernanceVotingPeriodSet represents a VotingPeriodSet event raised by the TopLevelGovernance contract.
type TopLevelGovernanceVotingPeriodSet struct {
	OldVotingPeriod *big.Int
	NewVotingPeriod *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const TopLevelGovernanceVotingPeriodSetEventName = "VotingPeriodSet"

// ContractEventName returns the user-defined event name.
func (TopLevelGovernanceVotingPeriodSet) ContractEventName() string {
	return TopLevelGovernanceVotingPeriodSetEventName
}

// UnpackVotingPeriodSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VotingPeriodSet(uint256 oldVotingPeriod, uint256 newVotingPeriod)
func (topLevelGovernance *TopLevelGovernance) UnpackVotingPeriodSetEvent(log *types.Log) (*TopLevelGovernanceVotingPeriodSet, error) {
	event := "VotingPeriodSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != topLevelGovernance.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TopLevelGovernanceVotingPeriodSet)
	if len(log.Data) > 0 {
		if err := topLevelGovernance.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range topLevelGovernance.abi.Events[event].Inputs {
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
func (topLevelGovernance *TopLevelGovernance) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], topLevelGovernance.abi.Errors["CheckpointUnorderedInsertion"].ID.Bytes()[:4]) {
		return topLevelGovernance.UnpackCheckpointUnorderedInsertionError(raw[4:])
	}
	if bytes.Equal(raw[:4], topLevelGovernance.abi.Errors["ERC6372InconsistentClock"].ID.Bytes()[:4]) {
		return topLevelGovernance.UnpackERC6372InconsistentClockError(raw[4:])
	}
	if bytes.Equal(raw[:4], topLevelGovernance.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return topLevelGovernance.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], topLevelGovernance.abi.Errors["GovernorAlreadyCastVote"].ID.Bytes()[:4]) {
		return topLevelGovernance.UnpackGovernorAlreadyCastVoteError(raw[4:])
	}
	if bytes.Equal(raw[:4], topLevelGovernance.abi.Errors["GovernorAlreadyQueuedProposal"].ID.Bytes()[:4]) {
		return topLevelGovernance.UnpackGovernorAlreadyQueuedProposalError(raw[4:])
	}
	if bytes.Equal(raw[:4], topLevelGovernance.abi.Errors["GovernorDisabledDeposit"].ID.Bytes()[:4]) {
		return topLevelGovernance.UnpackGovernorDisabledDepositError(raw[4:])
	}
	if bytes.Equal(raw[:4], topLevelGovernance.abi.Errors["GovernorInsufficientProposerVotes"].ID.Bytes()[:4]) {
		return topLevelGovernance.UnpackGovernorInsufficientProposerVotesError(raw[4:])
	}
	if bytes.Equal(raw[:4], topLevelGovernance.abi.Errors["GovernorInvalidProposalLength"].ID.Bytes()[:4]) {
		return topLevelGovernance.UnpackGovernorInvalidProposalLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], topLevelGovernance.abi.Errors["GovernorInvalidQuorumFraction"].ID.Bytes()[:4]) {
		return topLevelGovernance.UnpackGovernorInvalidQuorumFractionError(raw[4:])
	}
	if bytes.Equal(raw[:4], topLevelGovernance.abi.Errors["GovernorInvalidSignature"].ID.Bytes()[:4]) {
		return topLevelGovernance.UnpackGovernorInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], topLevelGovernance.abi.Errors["GovernorInvalidVoteParams"].ID.Bytes()[:4]) {
		return topLevelGovernance.UnpackGovernorInvalidVoteParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], topLevelGovernance.abi.Errors["GovernorInvalidVoteType"].ID.Bytes()[:4]) {
		return topLevelGovernance.UnpackGovernorInvalidVoteTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], topLevelGovernance.abi.Errors["GovernorInvalidVotingPeriod"].ID.Bytes()[:4]) {
		return topLevelGovernance.UnpackGovernorInvalidVotingPeriodError(raw[4:])
	}
	if bytes.Equal(raw[:4], topLevelGovernance.abi.Errors["GovernorNonexistentProposal"].ID.Bytes()[:4]) {
		return topLevelGovernance.UnpackGovernorNonexistentProposalError(raw[4:])
	}
	if bytes.Equal(raw[:4], topLevelGovernance.abi.Errors["GovernorOnlyExecutor"].ID.Bytes()[:4]) {
		return topLevelGovernance.UnpackGovernorOnlyExecutorError(raw[4:])
	}
	if bytes.Equal(raw[:4], topLevelGovernance.abi.Errors["GovernorProposalQueueingFailed"].ID.Bytes()[:4]) {
		return topLevelGovernance.UnpackGovernorProposalQueueingFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], topLevelGovernance.abi.Errors["GovernorProposalQueueingNotRequired"].ID.Bytes()[:4]) {
		return topLevelGovernance.UnpackGovernorProposalQueueingNotRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], topLevelGovernance.abi.Errors["GovernorRestrictedProposer"].ID.Bytes()[:4]) {
		return topLevelGovernance.UnpackGovernorRestrictedProposerError(raw[4:])
	}
	if bytes.Equal(raw[:4], topLevelGovernance.abi.Errors["GovernorUnableToCancel"].ID.Bytes()[:4]) {
		return topLevelGovernance.UnpackGovernorUnableToCancelError(raw[4:])
	}
	if bytes.Equal(raw[:4], topLevelGovernance.abi.Errors["GovernorUnexpectedProposalState"].ID.Bytes()[:4]) {
		return topLevelGovernance.UnpackGovernorUnexpectedProposalStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], topLevelGovernance.abi.Errors["InvalidAccountNonce"].ID.Bytes()[:4]) {
		return topLevelGovernance.UnpackInvalidAccountNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], topLevelGovernance.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return topLevelGovernance.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], topLevelGovernance.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return topLevelGovernance.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], topLevelGovernance.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return topLevelGovernance.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TopLevelGovernanceCheckpointUnorderedInsertion represents a CheckpointUnorderedInsertion error raised by the TopLevelGovernance contract.
type TopLevelGovernanceCheckpointUnorderedInsertion struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CheckpointUnorderedInsertion()
func TopLevelGovernanceCheckpointUnorderedInsertionErrorID() common.Hash {
	return common.HexToHash("0x2520601d9d60b717c34a36ad270857824c5a1ebbfd08ff39aba6930089495cfa")
}

// UnpackCheckpointUnorderedInsertionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CheckpointUnorderedInsertion()
func (topLevelGovernance *TopLevelGovernance) UnpackCheckpointUnorderedInsertionError(raw []byte) (*TopLevelGovernanceCheckpointUnorderedInsertion, error) {
	out := new(TopLevelGovernanceCheckpointUnorderedInsertion)
	if err := topLevelGovernance.abi.UnpackIntoInterface(out, "CheckpointUnorderedInsertion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TopLevelGovernanceERC6372InconsistentClock represents a ERC6372InconsistentClock error raised by the TopLevelGovernance contract.
type TopLevelGovernanceERC6372InconsistentClock struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC6372InconsistentClock()
func TopLevelGovernanceERC6372InconsistentClockErrorID() common.Hash {
	return common.HexToHash("0x6ff07140ae905cb0f8e72fb38f5dd8e756c387b0065be0e1bf85bd0621a43dc7")
}

// UnpackERC6372InconsistentClockError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC6372InconsistentClock()
func (topLevelGovernance *TopLevelGovernance) UnpackERC6372InconsistentClockError(raw []byte) (*TopLevelGovernanceERC6372InconsistentClock, error) {
	out := new(TopLevelGovernanceERC6372InconsistentClock)
	if err := topLevelGovernance.abi.UnpackIntoInterface(out, "ERC6372InconsistentClock", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TopLevelGovernanceFailedCall represents a FailedCall error raised by the TopLevelGovernance contract.
type TopLevelGovernanceFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func TopLevelGovernanceFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (topLevelGovernance *TopLevelGovernance) UnpackFailedCallError(raw []byte) (*TopLevelGovernanceFailedCall, error) {
	out := new(TopLevelGovernanceFailedCall)
	if err := topLevelGovernance.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TopLevelGovernanceGovernorAlreadyCastVote represents a GovernorAlreadyCastVote error raised by the TopLevelGovernance contract.
type TopLevelGovernanceGovernorAlreadyCastVote struct {
	Voter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorAlreadyCastVote(address voter)
func TopLevelGovernanceGovernorAlreadyCastVoteErrorID() common.Hash {
	return common.HexToHash("0x71c6af4932ed543cdb181fcbb800f4b9940a2ccceeaee5e6e141de8c50856ede")
}

// UnpackGovernorAlreadyCastVoteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorAlreadyCastVote(address voter)
func (topLevelGovernance *TopLevelGovernance) UnpackGovernorAlreadyCastVoteError(raw []byte) (*TopLevelGovernanceGovernorAlreadyCastVote, error) {
	out := new(TopLevelGovernanceGovernorAlreadyCastVote)
	if err := topLevelGovernance.abi.UnpackIntoInterface(out, "GovernorAlreadyCastVote", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TopLevelGovernanceGovernorAlreadyQueuedProposal represents a GovernorAlreadyQueuedProposal error raised by the TopLevelGovernance contract.
type TopLevelGovernanceGovernorAlreadyQueuedProposal struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorAlreadyQueuedProposal(uint256 proposalId)
func TopLevelGovernanceGovernorAlreadyQueuedProposalErrorID() common.Hash {
	return common.HexToHash("0xf20e7d374e58691196b2e081c7753efc94203ab3520c58efe153076e279fde0a")
}

// UnpackGovernorAlreadyQueuedProposalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorAlreadyQueuedProposal(uint256 proposalId)
func (topLevelGovernance *TopLevelGovernance) UnpackGovernorAlreadyQueuedProposalError(raw []byte) (*TopLevelGovernanceGovernorAlreadyQueuedProposal, error) {
	out := new(TopLevelGovernanceGovernorAlreadyQueuedProposal)
	if err := topLevelGovernance.abi.UnpackIntoInterface(out, "GovernorAlreadyQueuedProposal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TopLevelGovernanceGovernorDisabledDeposit represents a GovernorDisabledDeposit error raised by the TopLevelGovernance contract.
type TopLevelGovernanceGovernorDisabledDeposit struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorDisabledDeposit()
func TopLevelGovernanceGovernorDisabledDepositErrorID() common.Hash {
	return common.HexToHash("0xe90a651e5fdea7022846d10b5f36994c22e1f46db4b5021aa3e26ad83b24bfd8")
}

// UnpackGovernorDisabledDepositError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorDisabledDeposit()
func (topLevelGovernance *TopLevelGovernance) UnpackGovernorDisabledDepositError(raw []byte) (*TopLevelGovernanceGovernorDisabledDeposit, error) {
	out := new(TopLevelGovernanceGovernorDisabledDeposit)
	if err := topLevelGovernance.abi.UnpackIntoInterface(out, "GovernorDisabledDeposit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TopLevelGovernanceGovernorInsufficientProposerVotes represents a GovernorInsufficientProposerVotes error raised by the TopLevelGovernance contract.
type TopLevelGovernanceGovernorInsufficientProposerVotes struct {
	Proposer  common.Address
	Votes     *big.Int
	Threshold *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInsufficientProposerVotes(address proposer, uint256 votes, uint256 threshold)
func TopLevelGovernanceGovernorInsufficientProposerVotesErrorID() common.Hash {
	return common.HexToHash("0xc242ee16ab08d11dbce60e744efdbd91b4e07ac4c074d993992519795a6324d0")
}

// UnpackGovernorInsufficientProposerVotesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInsufficientProposerVotes(address proposer, uint256 votes, uint256 threshold)
func (topLevelGovernance *TopLevelGovernance) UnpackGovernorInsufficientProposerVotesError(raw []byte) (*TopLevelGovernanceGovernorInsufficientProposerVotes, error) {
	out := new(TopLevelGovernanceGovernorInsufficientProposerVotes)
	if err := topLevelGovernance.abi.UnpackIntoInterface(out, "GovernorInsufficientProposerVotes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TopLevelGovernanceGovernorInvalidProposalLength represents a GovernorInvalidProposalLength error raised by the TopLevelGovernance contract.
type TopLevelGovernanceGovernorInvalidProposalLength struct {
	Targets   *big.Int
	Calldatas *big.Int
	Values    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidProposalLength(uint256 targets, uint256 calldatas, uint256 values)
func TopLevelGovernanceGovernorInvalidProposalLengthErrorID() common.Hash {
	return common.HexToHash("0x447b05d0c41e339e22932be48ca2091a47f3c39df25e2152ad11a8729753b2b4")
}

// UnpackGovernorInvalidProposalLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidProposalLength(uint256 targets, uint256 calldatas, uint256 values)
func (topLevelGovernance *TopLevelGovernance) UnpackGovernorInvalidProposalLengthError(raw []byte) (*TopLevelGovernanceGovernorInvalidProposalLength, error) {
	out := new(TopLevelGovernanceGovernorInvalidProposalLength)
	if err := topLevelGovernance.abi.UnpackIntoInterface(out, "GovernorInvalidProposalLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TopLevelGovernanceGovernorInvalidQuorumFraction represents a GovernorInvalidQuorumFraction error raised by the TopLevelGovernance contract.
type TopLevelGovernanceGovernorInvalidQuorumFraction struct {
	QuorumNumerator   *big.Int
	QuorumDenominator *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidQuorumFraction(uint256 quorumNumerator, uint256 quorumDenominator)
func TopLevelGovernanceGovernorInvalidQuorumFractionErrorID() common.Hash {
	return common.HexToHash("0x243e5445050913bb1c3de7a2f82eba0c3b0b8a55c2aacf660392fa35087a1919")
}

// UnpackGovernorInvalidQuorumFractionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidQuorumFraction(uint256 quorumNumerator, uint256 quorumDenominator)
func (topLevelGovernance *TopLevelGovernance) UnpackGovernorInvalidQuorumFractionError(raw []byte) (*TopLevelGovernanceGovernorInvalidQuorumFraction, error) {
	out := new(TopLevelGovernanceGovernorInvalidQuorumFraction)
	if err := topLevelGovernance.abi.UnpackIntoInterface(out, "GovernorInvalidQuorumFraction", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TopLevelGovernanceGovernorInvalidSignature represents a GovernorInvalidSignature error raised by the TopLevelGovernance contract.
type TopLevelGovernanceGovernorInvalidSignature struct {
	Voter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidSignature(address voter)
func TopLevelGovernanceGovernorInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x94ab6c07905fb25046d2809e4563b09690f891c9495bfe19551d602e7eddbb1b")
}

// UnpackGovernorInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidSignature(address voter)
func (topLevelGovernance *TopLevelGovernance) UnpackGovernorInvalidSignatureError(raw []byte) (*TopLevelGovernanceGovernorInvalidSignature, error) {
	out := new(TopLevelGovernanceGovernorInvalidSignature)
	if err := topLevelGovernance.abi.UnpackIntoInterface(out, "GovernorInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TopLevelGovernanceGovernorInvalidVoteParams represents a GovernorInvalidVoteParams error raised by the TopLevelGovernance contract.
type TopLevelGovernanceGovernorInvalidVoteParams struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidVoteParams()
func TopLevelGovernanceGovernorInvalidVoteParamsErrorID() common.Hash {
	return common.HexToHash("0x867db7717d0cc803be5726127d33cc17ae07776705d8ba6659af8aaa5b418dd8")
}

// UnpackGovernorInvalidVoteParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidVoteParams()
func (topLevelGovernance *TopLevelGovernance) UnpackGovernorInvalidVoteParamsError(raw []byte) (*TopLevelGovernanceGovernorInvalidVoteParams, error) {
	out := new(TopLevelGovernanceGovernorInvalidVoteParams)
	if err := topLevelGovernance.abi.UnpackIntoInterface(out, "GovernorInvalidVoteParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TopLevelGovernanceGovernorInvalidVoteType represents a GovernorInvalidVoteType error raised by the TopLevelGovernance contract.
type TopLevelGovernanceGovernorInvalidVoteType struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidVoteType()
func TopLevelGovernanceGovernorInvalidVoteTypeErrorID() common.Hash {
	return common.HexToHash("0x06b337c26289d63178b4d4ed5fd513f38a1d8832d0edd309ef07bfc9ba5caf49")
}

// UnpackGovernorInvalidVoteTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidVoteType()
func (topLevelGovernance *TopLevelGovernance) UnpackGovernorInvalidVoteTypeError(raw []byte) (*TopLevelGovernanceGovernorInvalidVoteType, error) {
	out := new(TopLevelGovernanceGovernorInvalidVoteType)
	if err := topLevelGovernance.abi.UnpackIntoInterface(out, "GovernorInvalidVoteType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TopLevelGovernanceGovernorInvalidVotingPeriod represents a GovernorInvalidVotingPeriod error raised by the TopLevelGovernance contract.
type TopLevelGovernanceGovernorInvalidVotingPeriod struct {
	VotingPeriod *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorInvalidVotingPeriod(uint256 votingPeriod)
func TopLevelGovernanceGovernorInvalidVotingPeriodErrorID() common.Hash {
	return common.HexToHash("0xf1cfbf057db43f9730bc42a52728d66da9151a5c6929758ee824e299f82f5689")
}

// UnpackGovernorInvalidVotingPeriodError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorInvalidVotingPeriod(uint256 votingPeriod)
func (topLevelGovernance *TopLevelGovernance) UnpackGovernorInvalidVotingPeriodError(raw []byte) (*TopLevelGovernanceGovernorInvalidVotingPeriod, error) {
	out := new(TopLevelGovernanceGovernorInvalidVotingPeriod)
	if err := topLevelGovernance.abi.UnpackIntoInterface(out, "GovernorInvalidVotingPeriod", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TopLevelGovernanceGovernorNonexistentProposal represents a GovernorNonexistentProposal error raised by the TopLevelGovernance contract.
type TopLevelGovernanceGovernorNonexistentProposal struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorNonexistentProposal(uint256 proposalId)
func TopLevelGovernanceGovernorNonexistentProposalErrorID() common.Hash {
	return common.HexToHash("0x6ad06075316ea071ccae80931b756598be5aad3433b2c47b38607a8eec344a70")
}

// UnpackGovernorNonexistentProposalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorNonexistentProposal(uint256 proposalId)
func (topLevelGovernance *TopLevelGovernance) UnpackGovernorNonexistentProposalError(raw []byte) (*TopLevelGovernanceGovernorNonexistentProposal, error) {
	out := new(TopLevelGovernanceGovernorNonexistentProposal)
	if err := topLevelGovernance.abi.UnpackIntoInterface(out, "GovernorNonexistentProposal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TopLevelGovernanceGovernorOnlyExecutor represents a GovernorOnlyExecutor error raised by the TopLevelGovernance contract.
type TopLevelGovernanceGovernorOnlyExecutor struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorOnlyExecutor(address account)
func TopLevelGovernanceGovernorOnlyExecutorErrorID() common.Hash {
	return common.HexToHash("0x47096e4749c231af946d5efc74a7fd817371e756031e98787f18bf70aaa7753c")
}

// UnpackGovernorOnlyExecutorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorOnlyExecutor(address account)
func (topLevelGovernance *TopLevelGovernance) UnpackGovernorOnlyExecutorError(raw []byte) (*TopLevelGovernanceGovernorOnlyExecutor, error) {
	out := new(TopLevelGovernanceGovernorOnlyExecutor)
	if err := topLevelGovernance.abi.UnpackIntoInterface(out, "GovernorOnlyExecutor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TopLevelGovernanceGovernorProposalQueueingFailed represents a GovernorProposalQueueingFailed error raised by the TopLevelGovernance contract.
type TopLevelGovernanceGovernorProposalQueueingFailed struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorProposalQueueingFailed(uint256 proposalId)
func TopLevelGovernanceGovernorProposalQueueingFailedErrorID() common.Hash {
	return common.HexToHash("0xab2d0311b12775d840d040f070d41586c4d88ef7337d352d0dfa2a1ede1d73e0")
}

// UnpackGovernorProposalQueueingFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorProposalQueueingFailed(uint256 proposalId)
func (topLevelGovernance *TopLevelGovernance) UnpackGovernorProposalQueueingFailedError(raw []byte) (*TopLevelGovernanceGovernorProposalQueueingFailed, error) {
	out := new(TopLevelGovernanceGovernorProposalQueueingFailed)
	if err := topLevelGovernance.abi.UnpackIntoInterface(out, "GovernorProposalQueueingFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TopLevelGovernanceGovernorProposalQueueingNotRequired represents a GovernorProposalQueueingNotRequired error raised by the TopLevelGovernance contract.
type TopLevelGovernanceGovernorProposalQueueingNotRequired struct {
	ProposalId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorProposalQueueingNotRequired(uint256 proposalId)
func TopLevelGovernanceGovernorProposalQueueingNotRequiredErrorID() common.Hash {
	return common.HexToHash("0xd838bcb7f156d6ff91334907349273614e60ebfac1fd90f5ce25b84cd6c61a09")
}

// UnpackGovernorProposalQueueingNotRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorProposalQueueingNotRequired(uint256 proposalId)
func (topLevelGovernance *TopLevelGovernance) UnpackGovernorProposalQueueingNotRequiredError(raw []byte) (*TopLevelGovernanceGovernorProposalQueueingNotRequired, error) {
	out := new(TopLevelGovernanceGovernorProposalQueueingNotRequired)
	if err := topLevelGovernance.abi.UnpackIntoInterface(out, "GovernorProposalQueueingNotRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TopLevelGovernanceGovernorRestrictedProposer represents a GovernorRestrictedProposer error raised by the TopLevelGovernance contract.
type TopLevelGovernanceGovernorRestrictedProposer struct {
	Proposer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorRestrictedProposer(address proposer)
func TopLevelGovernanceGovernorRestrictedProposerErrorID() common.Hash {
	return common.HexToHash("0xd9b395579c6f1566cc7608394c53136f366f7fa719d01a941bee075ef8c704f4")
}

// UnpackGovernorRestrictedProposerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorRestrictedProposer(address proposer)
func (topLevelGovernance *TopLevelGovernance) UnpackGovernorRestrictedProposerError(raw []byte) (*TopLevelGovernanceGovernorRestrictedProposer, error) {
	out := new(TopLevelGovernanceGovernorRestrictedProposer)
	if err := topLevelGovernance.abi.UnpackIntoInterface(out, "GovernorRestrictedProposer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TopLevelGovernanceGovernorUnableToCancel represents a GovernorUnableToCancel error raised by the TopLevelGovernance contract.
type TopLevelGovernanceGovernorUnableToCancel struct {
	ProposalId *big.Int
	Account    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorUnableToCancel(uint256 proposalId, address account)
func TopLevelGovernanceGovernorUnableToCancelErrorID() common.Hash {
	return common.HexToHash("0x8fe5d8a9809b4b1a3569a8d98ce25e21fb956a89b6b9a2741d15bc699f46ef07")
}

// UnpackGovernorUnableToCancelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorUnableToCancel(uint256 proposalId, address account)
func (topLevelGovernance *TopLevelGovernance) UnpackGovernorUnableToCancelError(raw []byte) (*TopLevelGovernanceGovernorUnableToCancel, error) {
	out := new(TopLevelGovernanceGovernorUnableToCancel)
	if err := topLevelGovernance.abi.UnpackIntoInterface(out, "GovernorUnableToCancel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TopLevelGovernanceGovernorUnexpectedProposalState represents a GovernorUnexpectedProposalState error raised by the TopLevelGovernance contract.
type TopLevelGovernanceGovernorUnexpectedProposalState struct {
	ProposalId     *big.Int
	Current        uint8
	ExpectedStates [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GovernorUnexpectedProposalState(uint256 proposalId, uint8 current, bytes32 expectedStates)
func TopLevelGovernanceGovernorUnexpectedProposalStateErrorID() common.Hash {
	return common.HexToHash("0x31b75e4d4f8317c390cf01cbc79dfe4f67ce2d27f65a099074fdc67f00f76908")
}

// UnpackGovernorUnexpectedProposalStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GovernorUnexpectedProposalState(uint256 proposalId, uint8 current, bytes32 expectedStates)
func (topLevelGovernance *TopLevelGovernance) UnpackGovernorUnexpectedProposalStateError(raw []byte) (*TopLevelGovernanceGovernorUnexpectedProposalState, error) {
	out := new(TopLevelGovernanceGovernorUnexpectedProposalState)
	if err := topLevelGovernance.abi.UnpackIntoInterface(out, "GovernorUnexpectedProposalState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TopLevelGovernanceInvalidAccountNonce represents a InvalidAccountNonce error raised by the TopLevelGovernance contract.
type TopLevelGovernanceInvalidAccountNonce struct {
	Account      common.Address
	CurrentNonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func TopLevelGovernanceInvalidAccountNonceErrorID() common.Hash {
	return common.HexToHash("0x752d88c0de02638abf10e8e31861e4c68dc1f3a1e7d840e580683f2c282bfc7a")
}

// UnpackInvalidAccountNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidAccountNonce(address account, uint256 currentNonce)
func (topLevelGovernance *TopLevelGovernance) UnpackInvalidAccountNonceError(raw []byte) (*TopLevelGovernanceInvalidAccountNonce, error) {
	out := new(TopLevelGovernanceInvalidAccountNonce)
	if err := topLevelGovernance.abi.UnpackIntoInterface(out, "InvalidAccountNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TopLevelGovernanceInvalidShortString represents a InvalidShortString error raised by the TopLevelGovernance contract.
type TopLevelGovernanceInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func TopLevelGovernanceInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (topLevelGovernance *TopLevelGovernance) UnpackInvalidShortStringError(raw []byte) (*TopLevelGovernanceInvalidShortString, error) {
	out := new(TopLevelGovernanceInvalidShortString)
	if err := topLevelGovernance.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TopLevelGovernanceSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the TopLevelGovernance contract.
type TopLevelGovernanceSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func TopLevelGovernanceSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (topLevelGovernance *TopLevelGovernance) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*TopLevelGovernanceSafeCastOverflowedUintDowncast, error) {
	out := new(TopLevelGovernanceSafeCastOverflowedUintDowncast)
	if err := topLevelGovernance.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TopLevelGovernanceStringTooLong represents a StringTooLong error raised by the TopLevelGovernance contract.
type TopLevelGovernanceStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func TopLevelGovernanceStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (topLevelGovernance *TopLevelGovernance) UnpackStringTooLongError(raw []byte) (*TopLevelGovernanceStringTooLong, error) {
	out := new(TopLevelGovernanceStringTooLong)
	if err := topLevelGovernance.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}
