// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package hashchainverifier

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

// HashChainVerifierMetaData contains all meta data concerning the HashChainVerifier contract.
var HashChainVerifierMetaData = bind.MetaData{
	ABI: "[{\"type\":\"function\",\"name\":\"statement\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"verify\",\"inputs\":[{\"name\":\"publicInputsHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"proof\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"pure\"}]",
	ID:  "HashChainVerifier",
}

// HashChainVerifier is an auto generated Go binding around an Ethereum contract.
type HashChainVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *HashChainVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewHashChainVerifier creates a new instance of HashChainVerifier.
func NewHashChainVerifier() *HashChainVerifier {
	parsed, err := HashChainVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &HashChainVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *HashChainVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackStatement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe42cb9f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function statement() pure returns(string)
func (hashChainVerifier *HashChainVerifier) PackStatement() []byte {
	enc, err := hashChainVerifier.abi.Pack("statement")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStatement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe42cb9f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function statement() pure returns(string)
func (hashChainVerifier *HashChainVerifier) TryPackStatement() ([]byte, error) {
	return hashChainVerifier.abi.Pack("statement")
}

// UnpackStatement is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe42cb9f3.
//
// Solidity: function statement() pure returns(string)
func (hashChainVerifier *HashChainVerifier) UnpackStatement(data []byte) (string, error) {
	out, err := hashChainVerifier.abi.Unpack("statement", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x258ae582.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verify(bytes32 publicInputsHash, bytes proof) pure returns(bool)
func (hashChainVerifier *HashChainVerifier) PackVerify(publicInputsHash [32]byte, proof []byte) []byte {
	enc, err := hashChainVerifier.abi.Pack("verify", publicInputsHash, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x258ae582.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verify(bytes32 publicInputsHash, bytes proof) pure returns(bool)
func (hashChainVerifier *HashChainVerifier) TryPackVerify(publicInputsHash [32]byte, proof []byte) ([]byte, error) {
	return hashChainVerifier.abi.Pack("verify", publicInputsHash, proof)
}

// UnpackVerify is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x258ae582.
//
// Solidity: function verify(bytes32 publicInputsHash, bytes proof) pure returns(bool)
func (hashChainVerifier *HashChainVerifier) UnpackVerify(data []byte) (bool, error) {
	out, err := hashChainVerifier.abi.Unpack("verify", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}
