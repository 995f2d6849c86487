// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package rollup

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

// ChainTips is an auto generated low-level Go binding around an user-defined struct.
type ChainTips struct {
	AssuredNumber *big.Int
	AssuredHash   [32]byte
	AssuredSlot   *big.Int
	ProvenNumber  *big.Int
	ProvenHash    [32]byte
	ProvenSlot    *big.Int
}

// Header is an auto generated low-level Go binding around an user-defined struct.
type Header struct {
	Number      uint64
	Slot        uint64
	ParentHash  [32]byte
	TxsHash     [32]byte
	StateRoot   [32]byte
	InboxHash   [32]byte
	FeePerDaGas *big.Int
	FeePerL2Gas *big.Int
	Coinbase    common.Address
}

// RollupConfig is an auto generated low-level Go binding around an user-defined struct.
type RollupConfig struct {
	GenesisTime   *big.Int
	SlotDuration  *big.Int
	EpochDuration *big.Int
	LagEpochs     *big.Int
	CommitteeSize *big.Int
	Staking       common.Address
	RewardPool    common.Address
	Verifier      common.Address
	Owner         common.Address
	Params        RollupParams
}

// RollupParams is an auto generated low-level Go binding around an user-defined struct.
type RollupParams struct {
	ProposerTimeout   uint64
	FallbackSlots     uint64
	ProofWindowEpochs uint64
	AssuredReward     *big.Int
	ProvenReward      *big.Int
}

// RollupMetaData contains all meta data concerning the Rollup contract.
var RollupMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"cfg\",\"type\":\"tuple\",\"internalType\":\"structRollupConfig\",\"components\":[{\"name\":\"genesisTime\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"slotDuration\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"epochDuration\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"lagEpochs\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"committeeSize\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"staking\",\"type\":\"address\",\"internalType\":\"contractIStaking\"},{\"name\":\"rewardPool\",\"type\":\"address\",\"internalType\":\"contractIRewardPool\"},{\"name\":\"verifier\",\"type\":\"address\",\"internalType\":\"contractIVerifier\"},{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"params\",\"type\":\"tuple\",\"internalType\":\"structRollupParams\",\"components\":[{\"name\":\"proposerTimeout\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"fallbackSlots\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"proofWindowEpochs\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assuredReward\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"provenReward\",\"type\":\"uint128\",\"internalType\":\"uint128\"}]}]}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"EPOCH_DURATION\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"GENESIS_HASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"GENESIS_TIME\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"LAG_EPOCHS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_COMMITTEE_SIZE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_PROOF_WINDOW_EPOCHS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"REWARD_POOL\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIRewardPool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"RING_SIZE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"SLOT_DURATION\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"STAKING\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIStaking\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"attestationDigest\",\"inputs\":[{\"name\":\"header\",\"type\":\"tuple\",\"internalType\":\"structHeader\",\"components\":[{\"name\":\"number\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"slot\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"parentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"txsHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"stateRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"inboxHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"feePerDaGas\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"feePerL2Gas\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"coinbase\",\"type\":\"address\",\"internalType\":\"address\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"canPrune\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"claimRewards\",\"inputs\":[],\"outputs\":[{\"name\":\"paid\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"fallbackActiveFrom\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getBlockHash\",\"inputs\":[{\"name\":\"number\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getCommitteeSizeFor\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getCurrentEpoch\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getCurrentSlot\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getEpochAt\",\"inputs\":[{\"name\":\"timestamp\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getEpochCommittee\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getEpochSeed\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"seed\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getParams\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structRollupParams\",\"components\":[{\"name\":\"proposerTimeout\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"fallbackSlots\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"proofWindowEpochs\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assuredReward\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"provenReward\",\"type\":\"uint128\",\"internalType\":\"uint128\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getProposerAt\",\"inputs\":[{\"name\":\"slot\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"proposer\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getSampleTimestamp\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"ts\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getSlotAt\",\"inputs\":[{\"name\":\"timestamp\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getTips\",\"inputs\":[],\"outputs\":[{\"name\":\"tips\",\"type\":\"tuple\",\"internalType\":\"structChainTips\",\"components\":[{\"name\":\"assuredNumber\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"assuredHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"assuredSlot\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"provenNumber\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"provenHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"provenSlot\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"headerHash\",\"inputs\":[{\"name\":\"header\",\"type\":\"tuple\",\"internalType\":\"structHeader\",\"components\":[{\"name\":\"number\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"slot\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"parentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"txsHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"stateRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"inboxHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"feePerDaGas\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"feePerL2Gas\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"coinbase\",\"type\":\"address\",\"internalType\":\"address\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"isEpochPruned\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proofPublicInputsHash\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"startNumber\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"endNumber\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"previousHeaderHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"headerHashes\",\"type\":\"bytes32[]\",\"internalType\":\"bytes32[]\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"propose\",\"inputs\":[{\"name\":\"header\",\"type\":\"tuple\",\"internalType\":\"structHeader\",\"components\":[{\"name\":\"number\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"slot\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"parentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"txsHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"stateRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"inboxHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"feePerDaGas\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"feePerL2Gas\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"coinbase\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"name\":\"txs\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"attestations\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"proposeBased\",\"inputs\":[{\"name\":\"header\",\"type\":\"tuple\",\"internalType\":\"structHeader\",\"components\":[{\"name\":\"number\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"slot\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"parentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"txsHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"stateRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"inboxHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"feePerDaGas\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"feePerL2Gas\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"coinbase\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"name\":\"txs\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"proof\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"proposeBasedWithBlobs\",\"inputs\":[{\"name\":\"header\",\"type\":\"tuple\",\"internalType\":\"structHeader\",\"components\":[{\"name\":\"number\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"slot\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"parentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"txsHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"stateRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"inboxHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"feePerDaGas\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"feePerL2Gas\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"coinbase\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"name\":\"proof\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"proposeWithBlobs\",\"inputs\":[{\"name\":\"header\",\"type\":\"tuple\",\"internalType\":\"structHeader\",\"components\":[{\"name\":\"number\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"slot\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"parentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"txsHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"stateRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"inboxHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"feePerDaGas\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"feePerL2Gas\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"coinbase\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"name\":\"attestations\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"prune\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"rewardsOwed\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setCommitteeSize\",\"inputs\":[{\"name\":\"size\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setParams\",\"inputs\":[{\"name\":\"params\",\"type\":\"tuple\",\"internalType\":\"structRollupParams\",\"components\":[{\"name\":\"proposerTimeout\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"fallbackSlots\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"proofWindowEpochs\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assuredReward\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"provenReward\",\"type\":\"uint128\",\"internalType\":\"uint128\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setVerifier\",\"inputs\":[{\"name\":\"newVerifier\",\"type\":\"address\",\"internalType\":\"contractIVerifier\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setupEpoch\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"submitProof\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"headers\",\"type\":\"tuple[]\",\"internalType\":\"structHeader[]\",\"components\":[{\"name\":\"number\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"slot\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"parentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"txsHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"stateRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"inboxHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"feePerDaGas\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"feePerL2Gas\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"coinbase\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"name\":\"proof\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"verifier\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIVerifier\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"BlockProposed\",\"inputs\":[{\"name\":\"number\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"slot\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"headerHash\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"based\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ChainPruned\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"firstRemoved\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"lastRemoved\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newAssuredNumber\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"CommitteeSizeUpdated\",\"inputs\":[{\"name\":\"size\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"fromEpoch\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EpochProven\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"startNumber\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"endNumber\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"endHeaderHash\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"prover\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EpochSetUp\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"seed\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"committeeSize\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"committeeStore\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ParamsUpdated\",\"inputs\":[{\"name\":\"params\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structRollupParams\",\"components\":[{\"name\":\"proposerTimeout\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"fallbackSlots\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"proofWindowEpochs\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"assuredReward\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"provenReward\",\"type\":\"uint128\",\"internalType\":\"uint128\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RewardsClaimed\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"paid\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"stillOwed\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RewardsCredited\",\"inputs\":[{\"name\":\"coinbase\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VerifierUpdated\",\"inputs\":[{\"name\":\"previous\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"current\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"CheckpointUnorderedInsertion\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"CodeStore__DeployFailed\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"HeaderLib__FieldOutOfRange\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Rollup__AttestationIndexOutOfRange\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"committeeSize\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__AttestationsMalformed\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__AttesterMismatch\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"expected\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"recovered\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Rollup__BeforeGenesis\",\"inputs\":[{\"name\":\"timestamp\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"genesisTime\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__BlobHashMismatch\",\"inputs\":[{\"name\":\"expected\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"got\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"Rollup__BlockNotAvailable\",\"inputs\":[{\"name\":\"number\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__CommitteeNotFinal\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"currentEpoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__DuplicateOrUnsortedAttestation\",\"inputs\":[{\"name\":\"previousIndex\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__EmptyCommittee\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__EpochNotComplete\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"currentEpoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__FallbackNotActive\",\"inputs\":[{\"name\":\"slot\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"activeFromSlot\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__InsufficientAttestations\",\"inputs\":[{\"name\":\"have\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"need\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__InvalidParam\",\"inputs\":[{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__InvalidProof\",\"inputs\":[{\"name\":\"publicInputsHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"Rollup__InvalidSignature\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__NoBlobs\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Rollup__NoRewards\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Rollup__NotPrunable\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"prunableFromEpoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__NothingToProve\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Rollup__ProofEmpty\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__ProofEpochMismatch\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"blockNumber\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"blockEpoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__ProofHeaderMismatch\",\"inputs\":[{\"name\":\"number\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"stored\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"given\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"Rollup__ProofIncomplete\",\"inputs\":[{\"name\":\"lastNumber\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"assuredNumber\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__ProofRangeMismatch\",\"inputs\":[{\"name\":\"expectedStart\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"start\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__ProofWindowClosed\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"deadlineEpoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__ProposerAttestationMissing\",\"inputs\":[{\"name\":\"slot\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"proposer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Rollup__RenounceDisabled\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Rollup__SignatureMalleable\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"Rollup__SlotNotAfterTip\",\"inputs\":[{\"name\":\"slot\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"tipSlot\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__TooManyUnprovenBlocks\",\"inputs\":[{\"name\":\"number\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"provenNumber\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__TxsHashMismatch\",\"inputs\":[{\"name\":\"expected\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"got\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"Rollup__WrongBlockNumber\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"got\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Rollup__WrongParent\",\"inputs\":[{\"name\":\"expected\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"got\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"Rollup__WrongSlot\",\"inputs\":[{\"name\":\"expected\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"got\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]}]",
	ID:  "Rollup",
}

// Rollup is an auto generated Go binding around an Ethereum contract.
type Rollup struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Rollup) GetABI() abi.ABI {
	return c.abi
}

// NewRollup creates a new instance of Rollup.
func NewRollup() *Rollup {
	parsed, err := RollupMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Rollup{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Rollup) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor((uint256,uint256,uint256,uint256,uint256,address,address,address,address,(uint64,uint64,uint64,uint128,uint128)) cfg) returns()
func (rollup *Rollup) PackConstructor(cfg RollupConfig) []byte {
	enc, err := rollup.abi.Pack("", cfg)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackEPOCHDURATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa70b9f0c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function EPOCH_DURATION() view returns(uint256)
func (rollup *Rollup) PackEPOCHDURATION() []byte {
	enc, err := rollup.abi.Pack("EPOCH_DURATION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEPOCHDURATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa70b9f0c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function EPOCH_DURATION() view returns(uint256)
func (rollup *Rollup) TryPackEPOCHDURATION() ([]byte, error) {
	return rollup.abi.Pack("EPOCH_DURATION")
}

// UnpackEPOCHDURATION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa70b9f0c.
//
// Solidity: function EPOCH_DURATION() view returns(uint256)
func (rollup *Rollup) UnpackEPOCHDURATION(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("EPOCH_DURATION", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGENESISHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf087392e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GENESIS_HASH() view returns(bytes32)
func (rollup *Rollup) PackGENESISHASH() []byte {
	enc, err := rollup.abi.Pack("GENESIS_HASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGENESISHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf087392e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function GENESIS_HASH() view returns(bytes32)
func (rollup *Rollup) TryPackGENESISHASH() ([]byte, error) {
	return rollup.abi.Pack("GENESIS_HASH")
}

// UnpackGENESISHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf087392e.
//
// Solidity: function GENESIS_HASH() view returns(bytes32)
func (rollup *Rollup) UnpackGENESISHASH(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("GENESIS_HASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGENESISTIME is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2882461.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GENESIS_TIME() view returns(uint256)
func (rollup *Rollup) PackGENESISTIME() []byte {
	enc, err := rollup.abi.Pack("GENESIS_TIME")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGENESISTIME is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2882461.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function GENESIS_TIME() view returns(uint256)
func (rollup *Rollup) TryPackGENESISTIME() ([]byte, error) {
	return rollup.abi.Pack("GENESIS_TIME")
}

// UnpackGENESISTIME is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf2882461.
//
// Solidity: function GENESIS_TIME() view returns(uint256)
func (rollup *Rollup) UnpackGENESISTIME(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("GENESIS_TIME", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLAGEPOCHS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b3c4576.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function LAG_EPOCHS() view returns(uint256)
func (rollup *Rollup) PackLAGEPOCHS() []byte {
	enc, err := rollup.abi.Pack("LAG_EPOCHS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLAGEPOCHS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b3c4576.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function LAG_EPOCHS() view returns(uint256)
func (rollup *Rollup) TryPackLAGEPOCHS() ([]byte, error) {
	return rollup.abi.Pack("LAG_EPOCHS")
}

// UnpackLAGEPOCHS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0b3c4576.
//
// Solidity: function LAG_EPOCHS() view returns(uint256)
func (rollup *Rollup) UnpackLAGEPOCHS(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("LAG_EPOCHS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXCOMMITTEESIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f10792d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_COMMITTEE_SIZE() view returns(uint256)
func (rollup *Rollup) PackMAXCOMMITTEESIZE() []byte {
	enc, err := rollup.abi.Pack("MAX_COMMITTEE_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCOMMITTEESIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f10792d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_COMMITTEE_SIZE() view returns(uint256)
func (rollup *Rollup) TryPackMAXCOMMITTEESIZE() ([]byte, error) {
	return rollup.abi.Pack("MAX_COMMITTEE_SIZE")
}

// UnpackMAXCOMMITTEESIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7f10792d.
//
// Solidity: function MAX_COMMITTEE_SIZE() view returns(uint256)
func (rollup *Rollup) UnpackMAXCOMMITTEESIZE(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("MAX_COMMITTEE_SIZE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXPROOFWINDOWEPOCHS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x518074a5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PROOF_WINDOW_EPOCHS() view returns(uint256)
func (rollup *Rollup) PackMAXPROOFWINDOWEPOCHS() []byte {
	enc, err := rollup.abi.Pack("MAX_PROOF_WINDOW_EPOCHS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPROOFWINDOWEPOCHS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x518074a5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PROOF_WINDOW_EPOCHS() view returns(uint256)
func (rollup *Rollup) TryPackMAXPROOFWINDOWEPOCHS() ([]byte, error) {
	return rollup.abi.Pack("MAX_PROOF_WINDOW_EPOCHS")
}

// UnpackMAXPROOFWINDOWEPOCHS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x518074a5.
//
// Solidity: function MAX_PROOF_WINDOW_EPOCHS() view returns(uint256)
func (rollup *Rollup) UnpackMAXPROOFWINDOWEPOCHS(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("MAX_PROOF_WINDOW_EPOCHS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackREWARDPOOL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x99f91c28.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REWARD_POOL() view returns(address)
func (rollup *Rollup) PackREWARDPOOL() []byte {
	enc, err := rollup.abi.Pack("REWARD_POOL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREWARDPOOL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x99f91c28.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REWARD_POOL() view returns(address)
func (rollup *Rollup) TryPackREWARDPOOL() ([]byte, error) {
	return rollup.abi.Pack("REWARD_POOL")
}

// UnpackREWARDPOOL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x99f91c28.
//
// Solidity: function REWARD_POOL() view returns(address)
func (rollup *Rollup) UnpackREWARDPOOL(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("REWARD_POOL", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRINGSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8db0543c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RING_SIZE() view returns(uint256)
func (rollup *Rollup) PackRINGSIZE() []byte {
	enc, err := rollup.abi.Pack("RING_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRINGSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8db0543c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RING_SIZE() view returns(uint256)
func (rollup *Rollup) TryPackRINGSIZE() ([]byte, error) {
	return rollup.abi.Pack("RING_SIZE")
}

// UnpackRINGSIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8db0543c.
//
// Solidity: function RING_SIZE() view returns(uint256)
func (rollup *Rollup) UnpackRINGSIZE(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("RING_SIZE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSLOTDURATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x905c0511.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SLOT_DURATION() view returns(uint256)
func (rollup *Rollup) PackSLOTDURATION() []byte {
	enc, err := rollup.abi.Pack("SLOT_DURATION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSLOTDURATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x905c0511.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SLOT_DURATION() view returns(uint256)
func (rollup *Rollup) TryPackSLOTDURATION() ([]byte, error) {
	return rollup.abi.Pack("SLOT_DURATION")
}

// UnpackSLOTDURATION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x905c0511.
//
// Solidity: function SLOT_DURATION() view returns(uint256)
func (rollup *Rollup) UnpackSLOTDURATION(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("SLOT_DURATION", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSTAKING is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97610f30.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function STAKING() view returns(address)
func (rollup *Rollup) PackSTAKING() []byte {
	enc, err := rollup.abi.Pack("STAKING")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSTAKING is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97610f30.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function STAKING() view returns(address)
func (rollup *Rollup) TryPackSTAKING() ([]byte, error) {
	return rollup.abi.Pack("STAKING")
}

// UnpackSTAKING is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97610f30.
//
// Solidity: function STAKING() view returns(address)
func (rollup *Rollup) UnpackSTAKING(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("STAKING", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (rollup *Rollup) PackAcceptOwnership() []byte {
	enc, err := rollup.abi.Pack("acceptOwnership")
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
func (rollup *Rollup) TryPackAcceptOwnership() ([]byte, error) {
	return rollup.abi.Pack("acceptOwnership")
}

// PackAttestationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb78ef4b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestationDigest((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint128,uint128,address) header) view returns(bytes32)
func (rollup *Rollup) PackAttestationDigest(header Header) []byte {
	enc, err := rollup.abi.Pack("attestationDigest", header)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb78ef4b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestationDigest((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint128,uint128,address) header) view returns(bytes32)
func (rollup *Rollup) TryPackAttestationDigest(header Header) ([]byte, error) {
	return rollup.abi.Pack("attestationDigest", header)
}

// UnpackAttestationDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb78ef4b.
//
// Solidity: function attestationDigest((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint128,uint128,address) header) view returns(bytes32)
func (rollup *Rollup) UnpackAttestationDigest(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("attestationDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCanPrune is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x694223ac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function canPrune() view returns(bool)
func (rollup *Rollup) PackCanPrune() []byte {
	enc, err := rollup.abi.Pack("canPrune")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCanPrune is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x694223ac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function canPrune() view returns(bool)
func (rollup *Rollup) TryPackCanPrune() ([]byte, error) {
	return rollup.abi.Pack("canPrune")
}

// UnpackCanPrune is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x694223ac.
//
// Solidity: function canPrune() view returns(bool)
func (rollup *Rollup) UnpackCanPrune(data []byte) (bool, error) {
	out, err := rollup.abi.Unpack("canPrune", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackClaimRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x372500ab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimRewards() returns(uint256 paid)
func (rollup *Rollup) PackClaimRewards() []byte {
	enc, err := rollup.abi.Pack("claimRewards")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimRewards is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x372500ab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimRewards() returns(uint256 paid)
func (rollup *Rollup) TryPackClaimRewards() ([]byte, error) {
	return rollup.abi.Pack("claimRewards")
}

// UnpackClaimRewards is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x372500ab.
//
// Solidity: function claimRewards() returns(uint256 paid)
func (rollup *Rollup) UnpackClaimRewards(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("claimRewards", data)
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
func (rollup *Rollup) PackEip712Domain() []byte {
	enc, err := rollup.abi.Pack("eip712Domain")
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
func (rollup *Rollup) TryPackEip712Domain() ([]byte, error) {
	return rollup.abi.Pack("eip712Domain")
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
func (rollup *Rollup) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := rollup.abi.Unpack("eip712Domain", data)
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

// PackFallbackActiveFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80b9ae03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fallbackActiveFrom() view returns(uint256)
func (rollup *Rollup) PackFallbackActiveFrom() []byte {
	enc, err := rollup.abi.Pack("fallbackActiveFrom")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFallbackActiveFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80b9ae03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fallbackActiveFrom() view returns(uint256)
func (rollup *Rollup) TryPackFallbackActiveFrom() ([]byte, error) {
	return rollup.abi.Pack("fallbackActiveFrom")
}

// UnpackFallbackActiveFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80b9ae03.
//
// Solidity: function fallbackActiveFrom() view returns(uint256)
func (rollup *Rollup) UnpackFallbackActiveFrom(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("fallbackActiveFrom", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetBlockHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee82ac5e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getBlockHash(uint256 number) view returns(bytes32)
func (rollup *Rollup) PackGetBlockHash(number *big.Int) []byte {
	enc, err := rollup.abi.Pack("getBlockHash", number)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetBlockHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xee82ac5e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getBlockHash(uint256 number) view returns(bytes32)
func (rollup *Rollup) TryPackGetBlockHash(number *big.Int) ([]byte, error) {
	return rollup.abi.Pack("getBlockHash", number)
}

// UnpackGetBlockHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xee82ac5e.
//
// Solidity: function getBlockHash(uint256 number) view returns(bytes32)
func (rollup *Rollup) UnpackGetBlockHash(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("getBlockHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetCommitteeSizeFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58d3fa46.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getCommitteeSizeFor(uint256 epoch) view returns(uint256)
func (rollup *Rollup) PackGetCommitteeSizeFor(epoch *big.Int) []byte {
	enc, err := rollup.abi.Pack("getCommitteeSizeFor", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetCommitteeSizeFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58d3fa46.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getCommitteeSizeFor(uint256 epoch) view returns(uint256)
func (rollup *Rollup) TryPackGetCommitteeSizeFor(epoch *big.Int) ([]byte, error) {
	return rollup.abi.Pack("getCommitteeSizeFor", epoch)
}

// UnpackGetCommitteeSizeFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x58d3fa46.
//
// Solidity: function getCommitteeSizeFor(uint256 epoch) view returns(uint256)
func (rollup *Rollup) UnpackGetCommitteeSizeFor(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("getCommitteeSizeFor", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb97dd9e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getCurrentEpoch() view returns(uint256)
func (rollup *Rollup) PackGetCurrentEpoch() []byte {
	enc, err := rollup.abi.Pack("getCurrentEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb97dd9e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getCurrentEpoch() view returns(uint256)
func (rollup *Rollup) TryPackGetCurrentEpoch() ([]byte, error) {
	return rollup.abi.Pack("getCurrentEpoch")
}

// UnpackGetCurrentEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb97dd9e2.
//
// Solidity: function getCurrentEpoch() view returns(uint256)
func (rollup *Rollup) UnpackGetCurrentEpoch(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("getCurrentEpoch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetCurrentSlot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8e3784c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getCurrentSlot() view returns(uint256)
func (rollup *Rollup) PackGetCurrentSlot() []byte {
	enc, err := rollup.abi.Pack("getCurrentSlot")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetCurrentSlot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8e3784c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getCurrentSlot() view returns(uint256)
func (rollup *Rollup) TryPackGetCurrentSlot() ([]byte, error) {
	return rollup.abi.Pack("getCurrentSlot")
}

// UnpackGetCurrentSlot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd8e3784c.
//
// Solidity: function getCurrentSlot() view returns(uint256)
func (rollup *Rollup) UnpackGetCurrentSlot(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("getCurrentSlot", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetEpochAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9d1e012.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getEpochAt(uint256 timestamp) view returns(uint256)
func (rollup *Rollup) PackGetEpochAt(timestamp *big.Int) []byte {
	enc, err := rollup.abi.Pack("getEpochAt", timestamp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetEpochAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9d1e012.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getEpochAt(uint256 timestamp) view returns(uint256)
func (rollup *Rollup) TryPackGetEpochAt(timestamp *big.Int) ([]byte, error) {
	return rollup.abi.Pack("getEpochAt", timestamp)
}

// UnpackGetEpochAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc9d1e012.
//
// Solidity: function getEpochAt(uint256 timestamp) view returns(uint256)
func (rollup *Rollup) UnpackGetEpochAt(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("getEpochAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetEpochCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69457a6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getEpochCommittee(uint256 epoch) view returns(address[])
func (rollup *Rollup) PackGetEpochCommittee(epoch *big.Int) []byte {
	enc, err := rollup.abi.Pack("getEpochCommittee", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetEpochCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x69457a6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getEpochCommittee(uint256 epoch) view returns(address[])
func (rollup *Rollup) TryPackGetEpochCommittee(epoch *big.Int) ([]byte, error) {
	return rollup.abi.Pack("getEpochCommittee", epoch)
}

// UnpackGetEpochCommittee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x69457a6f.
//
// Solidity: function getEpochCommittee(uint256 epoch) view returns(address[])
func (rollup *Rollup) UnpackGetEpochCommittee(data []byte) ([]common.Address, error) {
	out, err := rollup.abi.Unpack("getEpochCommittee", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackGetEpochSeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc3541bf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getEpochSeed(uint256 epoch) view returns(bytes32 seed)
func (rollup *Rollup) PackGetEpochSeed(epoch *big.Int) []byte {
	enc, err := rollup.abi.Pack("getEpochSeed", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetEpochSeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc3541bf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getEpochSeed(uint256 epoch) view returns(bytes32 seed)
func (rollup *Rollup) TryPackGetEpochSeed(epoch *big.Int) ([]byte, error) {
	return rollup.abi.Pack("getEpochSeed", epoch)
}

// UnpackGetEpochSeed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdc3541bf.
//
// Solidity: function getEpochSeed(uint256 epoch) view returns(bytes32 seed)
func (rollup *Rollup) UnpackGetEpochSeed(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("getEpochSeed", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e615a6b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getParams() view returns((uint64,uint64,uint64,uint128,uint128))
func (rollup *Rollup) PackGetParams() []byte {
	enc, err := rollup.abi.Pack("getParams")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e615a6b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getParams() view returns((uint64,uint64,uint64,uint128,uint128))
func (rollup *Rollup) TryPackGetParams() ([]byte, error) {
	return rollup.abi.Pack("getParams")
}

// UnpackGetParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5e615a6b.
//
// Solidity: function getParams() view returns((uint64,uint64,uint64,uint128,uint128))
func (rollup *Rollup) UnpackGetParams(data []byte) (RollupParams, error) {
	out, err := rollup.abi.Unpack("getParams", data)
	if err != nil {
		return *new(RollupParams), err
	}
	out0 := *abi.ConvertType(out[0], new(RollupParams)).(*RollupParams)
	return out0, nil
}

// PackGetProposerAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc27f08b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getProposerAt(uint256 slot) view returns(uint256 index, address proposer)
func (rollup *Rollup) PackGetProposerAt(slot *big.Int) []byte {
	enc, err := rollup.abi.Pack("getProposerAt", slot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetProposerAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc27f08b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getProposerAt(uint256 slot) view returns(uint256 index, address proposer)
func (rollup *Rollup) TryPackGetProposerAt(slot *big.Int) ([]byte, error) {
	return rollup.abi.Pack("getProposerAt", slot)
}

// GetProposerAtOutput serves as a container for the return parameters of contract
// method GetProposerAt.
type GetProposerAtOutput struct {
	Index    *big.Int
	Proposer common.Address
}

// UnpackGetProposerAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc27f08b5.
//
// Solidity: function getProposerAt(uint256 slot) view returns(uint256 index, address proposer)
func (rollup *Rollup) UnpackGetProposerAt(data []byte) (GetProposerAtOutput, error) {
	out, err := rollup.abi.Unpack("getProposerAt", data)
	outstruct := new(GetProposerAtOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Index = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Proposer = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	return *outstruct, nil
}

// PackGetSampleTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa02a1d2f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getSampleTimestamp(uint256 epoch) view returns(uint256 ts)
func (rollup *Rollup) PackGetSampleTimestamp(epoch *big.Int) []byte {
	enc, err := rollup.abi.Pack("getSampleTimestamp", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetSampleTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa02a1d2f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getSampleTimestamp(uint256 epoch) view returns(uint256 ts)
func (rollup *Rollup) TryPackGetSampleTimestamp(epoch *big.Int) ([]byte, error) {
	return rollup.abi.Pack("getSampleTimestamp", epoch)
}

// UnpackGetSampleTimestamp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa02a1d2f.
//
// Solidity: function getSampleTimestamp(uint256 epoch) view returns(uint256 ts)
func (rollup *Rollup) UnpackGetSampleTimestamp(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("getSampleTimestamp", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetSlotAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9d09163.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getSlotAt(uint256 timestamp) view returns(uint256)
func (rollup *Rollup) PackGetSlotAt(timestamp *big.Int) []byte {
	enc, err := rollup.abi.Pack("getSlotAt", timestamp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetSlotAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9d09163.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getSlotAt(uint256 timestamp) view returns(uint256)
func (rollup *Rollup) TryPackGetSlotAt(timestamp *big.Int) ([]byte, error) {
	return rollup.abi.Pack("getSlotAt", timestamp)
}

// UnpackGetSlotAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb9d09163.
//
// Solidity: function getSlotAt(uint256 timestamp) view returns(uint256)
func (rollup *Rollup) UnpackGetSlotAt(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("getSlotAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetTips is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88e4a073.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTips() view returns((uint256,bytes32,uint256,uint256,bytes32,uint256) tips)
func (rollup *Rollup) PackGetTips() []byte {
	enc, err := rollup.abi.Pack("getTips")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTips is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88e4a073.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTips() view returns((uint256,bytes32,uint256,uint256,bytes32,uint256) tips)
func (rollup *Rollup) TryPackGetTips() ([]byte, error) {
	return rollup.abi.Pack("getTips")
}

// UnpackGetTips is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x88e4a073.
//
// Solidity: function getTips() view returns((uint256,bytes32,uint256,uint256,bytes32,uint256) tips)
func (rollup *Rollup) UnpackGetTips(data []byte) (ChainTips, error) {
	out, err := rollup.abi.Unpack("getTips", data)
	if err != nil {
		return *new(ChainTips), err
	}
	out0 := *abi.ConvertType(out[0], new(ChainTips)).(*ChainTips)
	return out0, nil
}

// PackHeaderHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57093195.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function headerHash((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint128,uint128,address) header) pure returns(bytes32)
func (rollup *Rollup) PackHeaderHash(header Header) []byte {
	enc, err := rollup.abi.Pack("headerHash", header)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHeaderHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x57093195.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function headerHash((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint128,uint128,address) header) pure returns(bytes32)
func (rollup *Rollup) TryPackHeaderHash(header Header) ([]byte, error) {
	return rollup.abi.Pack("headerHash", header)
}

// UnpackHeaderHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x57093195.
//
// Solidity: function headerHash((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint128,uint128,address) header) pure returns(bytes32)
func (rollup *Rollup) UnpackHeaderHash(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("headerHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackIsEpochPruned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e8eda0d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isEpochPruned(uint256 epoch) view returns(bool)
func (rollup *Rollup) PackIsEpochPruned(epoch *big.Int) []byte {
	enc, err := rollup.abi.Pack("isEpochPruned", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsEpochPruned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e8eda0d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isEpochPruned(uint256 epoch) view returns(bool)
func (rollup *Rollup) TryPackIsEpochPruned(epoch *big.Int) ([]byte, error) {
	return rollup.abi.Pack("isEpochPruned", epoch)
}

// UnpackIsEpochPruned is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e8eda0d.
//
// Solidity: function isEpochPruned(uint256 epoch) view returns(bool)
func (rollup *Rollup) UnpackIsEpochPruned(data []byte) (bool, error) {
	out, err := rollup.abi.Unpack("isEpochPruned", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (rollup *Rollup) PackOwner() []byte {
	enc, err := rollup.abi.Pack("owner")
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
func (rollup *Rollup) TryPackOwner() ([]byte, error) {
	return rollup.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (rollup *Rollup) UnpackOwner(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("owner", data)
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
func (rollup *Rollup) PackPendingOwner() []byte {
	enc, err := rollup.abi.Pack("pendingOwner")
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
func (rollup *Rollup) TryPackPendingOwner() ([]byte, error) {
	return rollup.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (rollup *Rollup) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProofPublicInputsHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfab13833.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proofPublicInputsHash(uint256 epoch, uint256 startNumber, uint256 endNumber, bytes32 previousHeaderHash, bytes32[] headerHashes) view returns(bytes32)
func (rollup *Rollup) PackProofPublicInputsHash(epoch *big.Int, startNumber *big.Int, endNumber *big.Int, previousHeaderHash [32]byte, headerHashes [][32]byte) []byte {
	enc, err := rollup.abi.Pack("proofPublicInputsHash", epoch, startNumber, endNumber, previousHeaderHash, headerHashes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProofPublicInputsHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfab13833.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proofPublicInputsHash(uint256 epoch, uint256 startNumber, uint256 endNumber, bytes32 previousHeaderHash, bytes32[] headerHashes) view returns(bytes32)
func (rollup *Rollup) TryPackProofPublicInputsHash(epoch *big.Int, startNumber *big.Int, endNumber *big.Int, previousHeaderHash [32]byte, headerHashes [][32]byte) ([]byte, error) {
	return rollup.abi.Pack("proofPublicInputsHash", epoch, startNumber, endNumber, previousHeaderHash, headerHashes)
}

// UnpackProofPublicInputsHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfab13833.
//
// Solidity: function proofPublicInputsHash(uint256 epoch, uint256 startNumber, uint256 endNumber, bytes32 previousHeaderHash, bytes32[] headerHashes) view returns(bytes32)
func (rollup *Rollup) UnpackProofPublicInputsHash(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("proofPublicInputsHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39ccd57e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function propose((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint128,uint128,address) header, bytes txs, bytes attestations) returns()
func (rollup *Rollup) PackPropose(header Header, txs []byte, attestations []byte) []byte {
	enc, err := rollup.abi.Pack("propose", header, txs, attestations)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39ccd57e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function propose((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint128,uint128,address) header, bytes txs, bytes attestations) returns()
func (rollup *Rollup) TryPackPropose(header Header, txs []byte, attestations []byte) ([]byte, error) {
	return rollup.abi.Pack("propose", header, txs, attestations)
}

// PackProposeBased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5be989d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposeBased((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint128,uint128,address) header, bytes txs, bytes proof) returns()
func (rollup *Rollup) PackProposeBased(header Header, txs []byte, proof []byte) []byte {
	enc, err := rollup.abi.Pack("proposeBased", header, txs, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposeBased is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5be989d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposeBased((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint128,uint128,address) header, bytes txs, bytes proof) returns()
func (rollup *Rollup) TryPackProposeBased(header Header, txs []byte, proof []byte) ([]byte, error) {
	return rollup.abi.Pack("proposeBased", header, txs, proof)
}

// PackProposeBasedWithBlobs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aa7a1d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposeBasedWithBlobs((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint128,uint128,address) header, bytes proof) returns()
func (rollup *Rollup) PackProposeBasedWithBlobs(header Header, proof []byte) []byte {
	enc, err := rollup.abi.Pack("proposeBasedWithBlobs", header, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposeBasedWithBlobs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aa7a1d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposeBasedWithBlobs((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint128,uint128,address) header, bytes proof) returns()
func (rollup *Rollup) TryPackProposeBasedWithBlobs(header Header, proof []byte) ([]byte, error) {
	return rollup.abi.Pack("proposeBasedWithBlobs", header, proof)
}

// PackProposeWithBlobs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f9ea6d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposeWithBlobs((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint128,uint128,address) header, bytes attestations) returns()
func (rollup *Rollup) PackProposeWithBlobs(header Header, attestations []byte) []byte {
	enc, err := rollup.abi.Pack("proposeWithBlobs", header, attestations)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposeWithBlobs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f9ea6d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposeWithBlobs((uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint128,uint128,address) header, bytes attestations) returns()
func (rollup *Rollup) TryPackProposeWithBlobs(header Header, attestations []byte) ([]byte, error) {
	return rollup.abi.Pack("proposeWithBlobs", header, attestations)
}

// PackPrune is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f2b3154.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function prune() returns()
func (rollup *Rollup) PackPrune() []byte {
	enc, err := rollup.abi.Pack("prune")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPrune is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f2b3154.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function prune() returns()
func (rollup *Rollup) TryPackPrune() ([]byte, error) {
	return rollup.abi.Pack("prune")
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() view returns()
func (rollup *Rollup) PackRenounceOwnership() []byte {
	enc, err := rollup.abi.Pack("renounceOwnership")
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
func (rollup *Rollup) TryPackRenounceOwnership() ([]byte, error) {
	return rollup.abi.Pack("renounceOwnership")
}

// PackRewardsOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x071bbd03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardsOwed(address account) view returns(uint256)
func (rollup *Rollup) PackRewardsOwed(account common.Address) []byte {
	enc, err := rollup.abi.Pack("rewardsOwed", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardsOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x071bbd03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardsOwed(address account) view returns(uint256)
func (rollup *Rollup) TryPackRewardsOwed(account common.Address) ([]byte, error) {
	return rollup.abi.Pack("rewardsOwed", account)
}

// UnpackRewardsOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x071bbd03.
//
// Solidity: function rewardsOwed(address account) view returns(uint256)
func (rollup *Rollup) UnpackRewardsOwed(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("rewardsOwed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetCommitteeSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8bac7dad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCommitteeSize(uint256 size) returns()
func (rollup *Rollup) PackSetCommitteeSize(size *big.Int) []byte {
	enc, err := rollup.abi.Pack("setCommitteeSize", size)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCommitteeSize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8bac7dad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCommitteeSize(uint256 size) returns()
func (rollup *Rollup) TryPackSetCommitteeSize(size *big.Int) ([]byte, error) {
	return rollup.abi.Pack("setCommitteeSize", size)
}

// PackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x135fa623.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setParams((uint64,uint64,uint64,uint128,uint128) params) returns()
func (rollup *Rollup) PackSetParams(params RollupParams) []byte {
	enc, err := rollup.abi.Pack("setParams", params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x135fa623.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setParams((uint64,uint64,uint64,uint128,uint128) params) returns()
func (rollup *Rollup) TryPackSetParams(params RollupParams) ([]byte, error) {
	return rollup.abi.Pack("setParams", params)
}

// PackSetVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5437988d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setVerifier(address newVerifier) returns()
func (rollup *Rollup) PackSetVerifier(newVerifier common.Address) []byte {
	enc, err := rollup.abi.Pack("setVerifier", newVerifier)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5437988d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setVerifier(address newVerifier) returns()
func (rollup *Rollup) TryPackSetVerifier(newVerifier common.Address) ([]byte, error) {
	return rollup.abi.Pack("setVerifier", newVerifier)
}

// PackSetupEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3380b79.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setupEpoch() returns()
func (rollup *Rollup) PackSetupEpoch() []byte {
	enc, err := rollup.abi.Pack("setupEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetupEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3380b79.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setupEpoch() returns()
func (rollup *Rollup) TryPackSetupEpoch() ([]byte, error) {
	return rollup.abi.Pack("setupEpoch")
}

// PackSubmitProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62547e3f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitProof(uint256 epoch, (uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint128,uint128,address)[] headers, bytes proof) returns()
func (rollup *Rollup) PackSubmitProof(epoch *big.Int, headers []Header, proof []byte) []byte {
	enc, err := rollup.abi.Pack("submitProof", epoch, headers, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62547e3f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitProof(uint256 epoch, (uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint128,uint128,address)[] headers, bytes proof) returns()
func (rollup *Rollup) TryPackSubmitProof(epoch *big.Int, headers []Header, proof []byte) ([]byte, error) {
	return rollup.abi.Pack("submitProof", epoch, headers, proof)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (rollup *Rollup) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := rollup.abi.Pack("transferOwnership", newOwner)
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
func (rollup *Rollup) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return rollup.abi.Pack("transferOwnership", newOwner)
}

// PackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifier() view returns(address)
func (rollup *Rollup) PackVerifier() []byte {
	enc, err := rollup.abi.Pack("verifier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifier() view returns(address)
func (rollup *Rollup) TryPackVerifier() ([]byte, error) {
	return rollup.abi.Pack("verifier")
}

// UnpackVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (rollup *Rollup) UnpackVerifier(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("verifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// RollupBlockProposed represents a BlockProposed event raised by the Rollup contract.
type RollupBlockProposed struct {
	Number     *big.Int
	Slot       *big.Int
	HeaderHash [32]byte
	Based      bool
	Raw        *types.Log // Blockchain specific contextual infos
}

const RollupBlockProposedEventName = "BlockProposed"

// ContractEventName returns the user-defined event name.
func (RollupBlockProposed) ContractEventName() string {
	return RollupBlockProposedEventName
}

// UnpackBlockProposedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BlockProposed(uint256 indexed number, uint256 indexed slot, bytes32 indexed headerHash, bool based)
func (rollup *Rollup) UnpackBlockProposedEvent(log *types.Log) (*RollupBlockProposed, error) {
	event := "BlockProposed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupBlockProposed)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupChainPruned represents a ChainPruned event raised by the Rollup contract.
type RollupChainPruned struct {
	Epoch            *big.Int
	FirstRemoved     *big.Int
	LastRemoved      *big.Int
	NewAssuredNumber *big.Int
	Raw              *types.Log // Blockchain specific contextual infos
}

const RollupChainPrunedEventName = "ChainPruned"

// ContractEventName returns the user-defined event name.
func (RollupChainPruned) ContractEventName() string {
	return RollupChainPrunedEventName
}

// UnpackChainPrunedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChainPruned(uint256 indexed epoch, uint256 firstRemoved, uint256 lastRemoved, uint256 newAssuredNumber)
func (rollup *Rollup) UnpackChainPrunedEvent(log *types.Log) (*RollupChainPruned, error) {
	event := "ChainPruned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupChainPruned)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupCommitteeSizeUpdated represents a CommitteeSizeUpdated event raised by the Rollup contract.
type RollupCommitteeSizeUpdated struct {
	Size      *big.Int
	FromEpoch *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const RollupCommitteeSizeUpdatedEventName = "CommitteeSizeUpdated"

// ContractEventName returns the user-defined event name.
func (RollupCommitteeSizeUpdated) ContractEventName() string {
	return RollupCommitteeSizeUpdatedEventName
}

// UnpackCommitteeSizeUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitteeSizeUpdated(uint256 size, uint256 fromEpoch)
func (rollup *Rollup) UnpackCommitteeSizeUpdatedEvent(log *types.Log) (*RollupCommitteeSizeUpdated, error) {
	event := "CommitteeSizeUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupCommitteeSizeUpdated)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupEIP712DomainChanged represents a EIP712DomainChanged event raised by the Rollup contract.
type RollupEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const RollupEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (RollupEIP712DomainChanged) ContractEventName() string {
	return RollupEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (rollup *Rollup) UnpackEIP712DomainChangedEvent(log *types.Log) (*RollupEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupEpochProven represents a EpochProven event raised by the Rollup contract.
type RollupEpochProven struct {
	Epoch         *big.Int
	StartNumber   *big.Int
	EndNumber     *big.Int
	EndHeaderHash [32]byte
	Prover        common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const RollupEpochProvenEventName = "EpochProven"

// ContractEventName returns the user-defined event name.
func (RollupEpochProven) ContractEventName() string {
	return RollupEpochProvenEventName
}

// UnpackEpochProvenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EpochProven(uint256 indexed epoch, uint256 startNumber, uint256 endNumber, bytes32 endHeaderHash, address indexed prover)
func (rollup *Rollup) UnpackEpochProvenEvent(log *types.Log) (*RollupEpochProven, error) {
	event := "EpochProven"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupEpochProven)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupEpochSetUp represents a EpochSetUp event raised by the Rollup contract.
type RollupEpochSetUp struct {
	Epoch          *big.Int
	Seed           [32]byte
	CommitteeSize  *big.Int
	CommitteeStore common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const RollupEpochSetUpEventName = "EpochSetUp"

// ContractEventName returns the user-defined event name.
func (RollupEpochSetUp) ContractEventName() string {
	return RollupEpochSetUpEventName
}

// UnpackEpochSetUpEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EpochSetUp(uint256 indexed epoch, bytes32 seed, uint256 committeeSize, address committeeStore)
func (rollup *Rollup) UnpackEpochSetUpEvent(log *types.Log) (*RollupEpochSetUp, error) {
	event := "EpochSetUp"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupEpochSetUp)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the Rollup contract.
type RollupOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const RollupOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (RollupOwnershipTransferStarted) ContractEventName() string {
	return RollupOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (rollup *Rollup) UnpackOwnershipTransferStartedEvent(log *types.Log) (*RollupOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupOwnershipTransferred represents a OwnershipTransferred event raised by the Rollup contract.
type RollupOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const RollupOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (RollupOwnershipTransferred) ContractEventName() string {
	return RollupOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (rollup *Rollup) UnpackOwnershipTransferredEvent(log *types.Log) (*RollupOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupParamsUpdated represents a ParamsUpdated event raised by the Rollup contract.
type RollupParamsUpdated struct {
	Params RollupParams
	Raw    *types.Log // Blockchain specific contextual infos
}

const RollupParamsUpdatedEventName = "ParamsUpdated"

// ContractEventName returns the user-defined event name.
func (RollupParamsUpdated) ContractEventName() string {
	return RollupParamsUpdatedEventName
}

// UnpackParamsUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ParamsUpdated((uint64,uint64,uint64,uint128,uint128) params)
func (rollup *Rollup) UnpackParamsUpdatedEvent(log *types.Log) (*RollupParamsUpdated, error) {
	event := "ParamsUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupParamsUpdated)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupRewardsClaimed represents a RewardsClaimed event raised by the Rollup contract.
type RollupRewardsClaimed struct {
	Account   common.Address
	Paid      *big.Int
	StillOwed *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const RollupRewardsClaimedEventName = "RewardsClaimed"

// ContractEventName returns the user-defined event name.
func (RollupRewardsClaimed) ContractEventName() string {
	return RollupRewardsClaimedEventName
}

// UnpackRewardsClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardsClaimed(address indexed account, uint256 paid, uint256 stillOwed)
func (rollup *Rollup) UnpackRewardsClaimedEvent(log *types.Log) (*RollupRewardsClaimed, error) {
	event := "RewardsClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupRewardsClaimed)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupRewardsCredited represents a RewardsCredited event raised by the Rollup contract.
type RollupRewardsCredited struct {
	Coinbase common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const RollupRewardsCreditedEventName = "RewardsCredited"

// ContractEventName returns the user-defined event name.
func (RollupRewardsCredited) ContractEventName() string {
	return RollupRewardsCreditedEventName
}

// UnpackRewardsCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardsCredited(address indexed coinbase, uint256 amount)
func (rollup *Rollup) UnpackRewardsCreditedEvent(log *types.Log) (*RollupRewardsCredited, error) {
	event := "RewardsCredited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupRewardsCredited)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupVerifierUpdated represents a VerifierUpdated event raised by the Rollup contract.
type RollupVerifierUpdated struct {
	Previous common.Address
	Current  common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const RollupVerifierUpdatedEventName = "VerifierUpdated"

// ContractEventName returns the user-defined event name.
func (RollupVerifierUpdated) ContractEventName() string {
	return RollupVerifierUpdatedEventName
}

// UnpackVerifierUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VerifierUpdated(address indexed previous, address indexed current)
func (rollup *Rollup) UnpackVerifierUpdatedEvent(log *types.Log) (*RollupVerifierUpdated, error) {
	event := "VerifierUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupVerifierUpdated)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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
func (rollup *Rollup) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], rollup.abi.Errors["CheckpointUnorderedInsertion"].ID.Bytes()[:4]) {
		return rollup.UnpackCheckpointUnorderedInsertionError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["CodeStore__DeployFailed"].ID.Bytes()[:4]) {
		return rollup.UnpackCodeStoreDeployFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["HeaderLib__FieldOutOfRange"].ID.Bytes()[:4]) {
		return rollup.UnpackHeaderLibFieldOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return rollup.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return rollup.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return rollup.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["Rollup__AttestationIndexOutOfRange"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupAttestationIndexOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["Rollup__AttestationsMalformed"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupAttestationsMalformedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["Rollup__AttesterMismatch"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupAttesterMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["Rollup__BeforeGenesis"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupBeforeGenesisError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["Rollup__BlobHashMismatch"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupBlobHashMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["Rollup__BlockNotAvailable"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupBlockNotAvailableError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["Rollup__CommitteeNotFinal"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupCommitteeNotFinalError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["Rollup__DuplicateOrUnsortedAttestation"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupDuplicateOrUnsortedAttestationError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["Rollup__EmptyCommittee"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupEmptyCommitteeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["Rollup__EpochNotComplete"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupEpochNotCompleteError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["Rollup__FallbackNotActive"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupFallbackNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["Rollup__InsufficientAttestations"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupInsufficientAttestationsError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["Rollup__InvalidParam"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupInvalidParamError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["Rollup__InvalidProof"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupInvalidProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["Rollup__InvalidSignature"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["Rollup__NoBlobs"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupNoBlobsError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["Rollup__NoRewards"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupNoRewardsError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["Rollup__NotPrunable"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupNotPrunableError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["Rollup__NothingToProve"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupNothingToProveError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["Rollup__ProofEmpty"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupProofEmptyError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["Rollup__ProofEpochMismatch"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupProofEpochMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["Rollup__ProofHeaderMismatch"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupProofHeaderMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["Rollup__ProofIncomplete"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupProofIncompleteError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["Rollup__ProofRangeMismatch"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupProofRangeMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["Rollup__ProofWindowClosed"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupProofWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["Rollup__ProposerAttestationMissing"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupProposerAttestationMissingError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["Rollup__RenounceDisabled"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupRenounceDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["Rollup__SignatureMalleable"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupSignatureMalleableError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["Rollup__SlotNotAfterTip"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupSlotNotAfterTipError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["Rollup__TooManyUnprovenBlocks"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupTooManyUnprovenBlocksError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["Rollup__TxsHashMismatch"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupTxsHashMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["Rollup__WrongBlockNumber"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupWrongBlockNumberError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["Rollup__WrongParent"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupWrongParentError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["Rollup__WrongSlot"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupWrongSlotError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return rollup.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return rollup.UnpackStringTooLongError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RollupCheckpointUnorderedInsertion represents a CheckpointUnorderedInsertion error raised by the Rollup contract.
type RollupCheckpointUnorderedInsertion struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CheckpointUnorderedInsertion()
func RollupCheckpointUnorderedInsertionErrorID() common.Hash {
	return common.HexToHash("0x2520601d9d60b717c34a36ad270857824c5a1ebbfd08ff39aba6930089495cfa")
}

// UnpackCheckpointUnorderedInsertionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CheckpointUnorderedInsertion()
func (rollup *Rollup) UnpackCheckpointUnorderedInsertionError(raw []byte) (*RollupCheckpointUnorderedInsertion, error) {
	out := new(RollupCheckpointUnorderedInsertion)
	if err := rollup.abi.UnpackIntoInterface(out, "CheckpointUnorderedInsertion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupCodeStoreDeployFailed represents a CodeStore__DeployFailed error raised by the Rollup contract.
type RollupCodeStoreDeployFailed struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CodeStore__DeployFailed(uint256 length)
func RollupCodeStoreDeployFailedErrorID() common.Hash {
	return common.HexToHash("0xc09acc49ffaba421b0adec812a367e86fed9ff504c21023d42e59d9cac96fe2e")
}

// UnpackCodeStoreDeployFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CodeStore__DeployFailed(uint256 length)
func (rollup *Rollup) UnpackCodeStoreDeployFailedError(raw []byte) (*RollupCodeStoreDeployFailed, error) {
	out := new(RollupCodeStoreDeployFailed)
	if err := rollup.abi.UnpackIntoInterface(out, "CodeStore__DeployFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHeaderLibFieldOutOfRange represents a HeaderLib__FieldOutOfRange error raised by the Rollup contract.
type RollupHeaderLibFieldOutOfRange struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HeaderLib__FieldOutOfRange()
func RollupHeaderLibFieldOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x8c308010aeeeab3a706d1608b28d742a36004684a72f8434608854b604985be3")
}

// UnpackHeaderLibFieldOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HeaderLib__FieldOutOfRange()
func (rollup *Rollup) UnpackHeaderLibFieldOutOfRangeError(raw []byte) (*RollupHeaderLibFieldOutOfRange, error) {
	out := new(RollupHeaderLibFieldOutOfRange)
	if err := rollup.abi.UnpackIntoInterface(out, "HeaderLib__FieldOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInvalidShortString represents a InvalidShortString error raised by the Rollup contract.
type RollupInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func RollupInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (rollup *Rollup) UnpackInvalidShortStringError(raw []byte) (*RollupInvalidShortString, error) {
	out := new(RollupInvalidShortString)
	if err := rollup.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the Rollup contract.
type RollupOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func RollupOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (rollup *Rollup) UnpackOwnableInvalidOwnerError(raw []byte) (*RollupOwnableInvalidOwner, error) {
	out := new(RollupOwnableInvalidOwner)
	if err := rollup.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the Rollup contract.
type RollupOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func RollupOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (rollup *Rollup) UnpackOwnableUnauthorizedAccountError(raw []byte) (*RollupOwnableUnauthorizedAccount, error) {
	out := new(RollupOwnableUnauthorizedAccount)
	if err := rollup.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupAttestationIndexOutOfRange represents a Rollup__AttestationIndexOutOfRange error raised by the Rollup contract.
type RollupRollupAttestationIndexOutOfRange struct {
	Index         *big.Int
	CommitteeSize *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__AttestationIndexOutOfRange(uint256 index, uint256 committeeSize)
func RollupRollupAttestationIndexOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xfaddcd409de829ef806cd60573eed1364fb299b24259a31d8e395f3a471db921")
}

// UnpackRollupAttestationIndexOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__AttestationIndexOutOfRange(uint256 index, uint256 committeeSize)
func (rollup *Rollup) UnpackRollupAttestationIndexOutOfRangeError(raw []byte) (*RollupRollupAttestationIndexOutOfRange, error) {
	out := new(RollupRollupAttestationIndexOutOfRange)
	if err := rollup.abi.UnpackIntoInterface(out, "Rollup__AttestationIndexOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupAttestationsMalformed represents a Rollup__AttestationsMalformed error raised by the Rollup contract.
type RollupRollupAttestationsMalformed struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__AttestationsMalformed(uint256 length)
func RollupRollupAttestationsMalformedErrorID() common.Hash {
	return common.HexToHash("0xb14023c88462186105de27adb9781f51d48b6c4ae3a01773eda70d8524399dcc")
}

// UnpackRollupAttestationsMalformedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__AttestationsMalformed(uint256 length)
func (rollup *Rollup) UnpackRollupAttestationsMalformedError(raw []byte) (*RollupRollupAttestationsMalformed, error) {
	out := new(RollupRollupAttestationsMalformed)
	if err := rollup.abi.UnpackIntoInterface(out, "Rollup__AttestationsMalformed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupAttesterMismatch represents a Rollup__AttesterMismatch error raised by the Rollup contract.
type RollupRollupAttesterMismatch struct {
	Index     *big.Int
	Expected  common.Address
	Recovered common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__AttesterMismatch(uint256 index, address expected, address recovered)
func RollupRollupAttesterMismatchErrorID() common.Hash {
	return common.HexToHash("0x09baba9fb42b50871cb21212d08e1f47e434b2646c21b04227270d90823e367e")
}

// UnpackRollupAttesterMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__AttesterMismatch(uint256 index, address expected, address recovered)
func (rollup *Rollup) UnpackRollupAttesterMismatchError(raw []byte) (*RollupRollupAttesterMismatch, error) {
	out := new(RollupRollupAttesterMismatch)
	if err := rollup.abi.UnpackIntoInterface(out, "Rollup__AttesterMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupBeforeGenesis represents a Rollup__BeforeGenesis error raised by the Rollup contract.
type RollupRollupBeforeGenesis struct {
	Timestamp   *big.Int
	GenesisTime *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__BeforeGenesis(uint256 timestamp, uint256 genesisTime)
func RollupRollupBeforeGenesisErrorID() common.Hash {
	return common.HexToHash("0x9098492db132f25f94eff720acf794e19cb3e726860d43cef534f648f03498d4")
}

// UnpackRollupBeforeGenesisError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__BeforeGenesis(uint256 timestamp, uint256 genesisTime)
func (rollup *Rollup) UnpackRollupBeforeGenesisError(raw []byte) (*RollupRollupBeforeGenesis, error) {
	out := new(RollupRollupBeforeGenesis)
	if err := rollup.abi.UnpackIntoInterface(out, "Rollup__BeforeGenesis", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupBlobHashMismatch represents a Rollup__BlobHashMismatch error raised by the Rollup contract.
type RollupRollupBlobHashMismatch struct {
	Expected [32]byte
	Got      [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__BlobHashMismatch(bytes32 expected, bytes32 got)
func RollupRollupBlobHashMismatchErrorID() common.Hash {
	return common.HexToHash("0xd26f3ba5878d969e679d7d785c242780f390627e670f8953fbb27cd330cdcd5b")
}

// UnpackRollupBlobHashMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__BlobHashMismatch(bytes32 expected, bytes32 got)
func (rollup *Rollup) UnpackRollupBlobHashMismatchError(raw []byte) (*RollupRollupBlobHashMismatch, error) {
	out := new(RollupRollupBlobHashMismatch)
	if err := rollup.abi.UnpackIntoInterface(out, "Rollup__BlobHashMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupBlockNotAvailable represents a Rollup__BlockNotAvailable error raised by the Rollup contract.
type RollupRollupBlockNotAvailable struct {
	Number *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__BlockNotAvailable(uint256 number)
func RollupRollupBlockNotAvailableErrorID() common.Hash {
	return common.HexToHash("0x43c3b58b1418fa91004ee81c0eef87db1583248d0c2c6487646c3abd07b3d8df")
}

// UnpackRollupBlockNotAvailableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__BlockNotAvailable(uint256 number)
func (rollup *Rollup) UnpackRollupBlockNotAvailableError(raw []byte) (*RollupRollupBlockNotAvailable, error) {
	out := new(RollupRollupBlockNotAvailable)
	if err := rollup.abi.UnpackIntoInterface(out, "Rollup__BlockNotAvailable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupCommitteeNotFinal represents a Rollup__CommitteeNotFinal error raised by the Rollup contract.
type RollupRollupCommitteeNotFinal struct {
	Epoch        *big.Int
	CurrentEpoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__CommitteeNotFinal(uint256 epoch, uint256 currentEpoch)
func RollupRollupCommitteeNotFinalErrorID() common.Hash {
	return common.HexToHash("0x3e632a3ce5475c9e309655000ff9eeeb06678b98251267188a1d86c7b86983d0")
}

// UnpackRollupCommitteeNotFinalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__CommitteeNotFinal(uint256 epoch, uint256 currentEpoch)
func (rollup *Rollup) UnpackRollupCommitteeNotFinalError(raw []byte) (*RollupRollupCommitteeNotFinal, error) {
	out := new(RollupRollupCommitteeNotFinal)
	if err := rollup.abi.UnpackIntoInterface(out, "Rollup__CommitteeNotFinal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupDuplicateOrUnsortedAttestation represents a Rollup__DuplicateOrUnsortedAttestation error raised by the Rollup contract.
type RollupRollupDuplicateOrUnsortedAttestation struct {
	PreviousIndex *big.Int
	Index         *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__DuplicateOrUnsortedAttestation(uint256 previousIndex, uint256 index)
func RollupRollupDuplicateOrUnsortedAttestationErrorID() common.Hash {
	return common.HexToHash("0x786cf760048b4b5be5670b7a599cbddd08df6fc63fba4170690e87524c1cf8e0")
}

// UnpackRollupDuplicateOrUnsortedAttestationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__DuplicateOrUnsortedAttestation(uint256 previousIndex, uint256 index)
func (rollup *Rollup) UnpackRollupDuplicateOrUnsortedAttestationError(raw []byte) (*RollupRollupDuplicateOrUnsortedAttestation, error) {
	out := new(RollupRollupDuplicateOrUnsortedAttestation)
	if err := rollup.abi.UnpackIntoInterface(out, "Rollup__DuplicateOrUnsortedAttestation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupEmptyCommittee represents a Rollup__EmptyCommittee error raised by the Rollup contract.
type RollupRollupEmptyCommittee struct {
	Epoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__EmptyCommittee(uint256 epoch)
func RollupRollupEmptyCommitteeErrorID() common.Hash {
	return common.HexToHash("0xa3974f5e206a1ec8ae2c36a76efa749d165a128ed1b4635c12eb6331692437ca")
}

// UnpackRollupEmptyCommitteeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__EmptyCommittee(uint256 epoch)
func (rollup *Rollup) UnpackRollupEmptyCommitteeError(raw []byte) (*RollupRollupEmptyCommittee, error) {
	out := new(RollupRollupEmptyCommittee)
	if err := rollup.abi.UnpackIntoInterface(out, "Rollup__EmptyCommittee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupEpochNotComplete represents a Rollup__EpochNotComplete error raised by the Rollup contract.
type RollupRollupEpochNotComplete struct {
	Epoch        *big.Int
	CurrentEpoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__EpochNotComplete(uint256 epoch, uint256 currentEpoch)
func RollupRollupEpochNotCompleteErrorID() common.Hash {
	return common.HexToHash("0x8df4a104a27d4996469b3d21b07261b1f4bb6c6565caa6b3542aa15a6d5c0fb9")
}

// UnpackRollupEpochNotCompleteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__EpochNotComplete(uint256 epoch, uint256 currentEpoch)
func (rollup *Rollup) UnpackRollupEpochNotCompleteError(raw []byte) (*RollupRollupEpochNotComplete, error) {
	out := new(RollupRollupEpochNotComplete)
	if err := rollup.abi.UnpackIntoInterface(out, "Rollup__EpochNotComplete", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupFallbackNotActive represents a Rollup__FallbackNotActive error raised by the Rollup contract.
type RollupRollupFallbackNotActive struct {
	Slot           *big.Int
	ActiveFromSlot *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__FallbackNotActive(uint256 slot, uint256 activeFromSlot)
func RollupRollupFallbackNotActiveErrorID() common.Hash {
	return common.HexToHash("0x09570c6b1342b1e1a258b241710e14130445771bc8009245310aceccf57fd83e")
}

// UnpackRollupFallbackNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__FallbackNotActive(uint256 slot, uint256 activeFromSlot)
func (rollup *Rollup) UnpackRollupFallbackNotActiveError(raw []byte) (*RollupRollupFallbackNotActive, error) {
	out := new(RollupRollupFallbackNotActive)
	if err := rollup.abi.UnpackIntoInterface(out, "Rollup__FallbackNotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupInsufficientAttestations represents a Rollup__InsufficientAttestations error raised by the Rollup contract.
type RollupRollupInsufficientAttestations struct {
	Have *big.Int
	Need *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__InsufficientAttestations(uint256 have, uint256 need)
func RollupRollupInsufficientAttestationsErrorID() common.Hash {
	return common.HexToHash("0x95915293acf0e2a3d67b472e0b44b96cbfeee0899134f2d2b73de713a245a80c")
}

// UnpackRollupInsufficientAttestationsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__InsufficientAttestations(uint256 have, uint256 need)
func (rollup *Rollup) UnpackRollupInsufficientAttestationsError(raw []byte) (*RollupRollupInsufficientAttestations, error) {
	out := new(RollupRollupInsufficientAttestations)
	if err := rollup.abi.UnpackIntoInterface(out, "Rollup__InsufficientAttestations", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupInvalidParam represents a Rollup__InvalidParam error raised by the Rollup contract.
type RollupRollupInvalidParam struct {
	Name  string
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__InvalidParam(string name, uint256 value)
func RollupRollupInvalidParamErrorID() common.Hash {
	return common.HexToHash("0xeb28717b4b72dba1b2003e61281d856b3d5d9d475a1fd5640bd849be00300429")
}

// UnpackRollupInvalidParamError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__InvalidParam(string name, uint256 value)
func (rollup *Rollup) UnpackRollupInvalidParamError(raw []byte) (*RollupRollupInvalidParam, error) {
	out := new(RollupRollupInvalidParam)
	if err := rollup.abi.UnpackIntoInterface(out, "Rollup__InvalidParam", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupInvalidProof represents a Rollup__InvalidProof error raised by the Rollup contract.
type RollupRollupInvalidProof struct {
	PublicInputsHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__InvalidProof(bytes32 publicInputsHash)
func RollupRollupInvalidProofErrorID() common.Hash {
	return common.HexToHash("0x9eb75006141d405ff75830cb4cfaeaab7c510b17995567b5aa4a586c1102792d")
}

// UnpackRollupInvalidProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__InvalidProof(bytes32 publicInputsHash)
func (rollup *Rollup) UnpackRollupInvalidProofError(raw []byte) (*RollupRollupInvalidProof, error) {
	out := new(RollupRollupInvalidProof)
	if err := rollup.abi.UnpackIntoInterface(out, "Rollup__InvalidProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupInvalidSignature represents a Rollup__InvalidSignature error raised by the Rollup contract.
type RollupRollupInvalidSignature struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__InvalidSignature(uint256 index)
func RollupRollupInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xa0cdfb9398fd9d39cdd085d2b8d9f5c59adf417248ffd05bdd7576f839b1d2c4")
}

// UnpackRollupInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__InvalidSignature(uint256 index)
func (rollup *Rollup) UnpackRollupInvalidSignatureError(raw []byte) (*RollupRollupInvalidSignature, error) {
	out := new(RollupRollupInvalidSignature)
	if err := rollup.abi.UnpackIntoInterface(out, "Rollup__InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupNoBlobs represents a Rollup__NoBlobs error raised by the Rollup contract.
type RollupRollupNoBlobs struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__NoBlobs()
func RollupRollupNoBlobsErrorID() common.Hash {
	return common.HexToHash("0x9bd66a5ac9affd0a2ea5d06ce3be0381915a03176863d147c86c2f06e287f6fb")
}

// UnpackRollupNoBlobsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__NoBlobs()
func (rollup *Rollup) UnpackRollupNoBlobsError(raw []byte) (*RollupRollupNoBlobs, error) {
	out := new(RollupRollupNoBlobs)
	if err := rollup.abi.UnpackIntoInterface(out, "Rollup__NoBlobs", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupNoRewards represents a Rollup__NoRewards error raised by the Rollup contract.
type RollupRollupNoRewards struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__NoRewards(address account)
func RollupRollupNoRewardsErrorID() common.Hash {
	return common.HexToHash("0xa40e51d908e7b3d7531f9ff8fa10c324b59dba7c1ec04aaeb662ba1a9599fed5")
}

// UnpackRollupNoRewardsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__NoRewards(address account)
func (rollup *Rollup) UnpackRollupNoRewardsError(raw []byte) (*RollupRollupNoRewards, error) {
	out := new(RollupRollupNoRewards)
	if err := rollup.abi.UnpackIntoInterface(out, "Rollup__NoRewards", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupNotPrunable represents a Rollup__NotPrunable error raised by the Rollup contract.
type RollupRollupNotPrunable struct {
	Epoch             *big.Int
	PrunableFromEpoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__NotPrunable(uint256 epoch, uint256 prunableFromEpoch)
func RollupRollupNotPrunableErrorID() common.Hash {
	return common.HexToHash("0x96bc5a650ed47a0266a5c6c0f21b32ebea4c28ebb4bf6e8751bd3ff30ff1533e")
}

// UnpackRollupNotPrunableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__NotPrunable(uint256 epoch, uint256 prunableFromEpoch)
func (rollup *Rollup) UnpackRollupNotPrunableError(raw []byte) (*RollupRollupNotPrunable, error) {
	out := new(RollupRollupNotPrunable)
	if err := rollup.abi.UnpackIntoInterface(out, "Rollup__NotPrunable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupNothingToProve represents a Rollup__NothingToProve error raised by the Rollup contract.
type RollupRollupNothingToProve struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__NothingToProve()
func RollupRollupNothingToProveErrorID() common.Hash {
	return common.HexToHash("0xedca58da785855ffcf0484d36e39a53afb7efc16fd42571fcb45f6fc61944621")
}

// UnpackRollupNothingToProveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__NothingToProve()
func (rollup *Rollup) UnpackRollupNothingToProveError(raw []byte) (*RollupRollupNothingToProve, error) {
	out := new(RollupRollupNothingToProve)
	if err := rollup.abi.UnpackIntoInterface(out, "Rollup__NothingToProve", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupProofEmpty represents a Rollup__ProofEmpty error raised by the Rollup contract.
type RollupRollupProofEmpty struct {
	Epoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__ProofEmpty(uint256 epoch)
func RollupRollupProofEmptyErrorID() common.Hash {
	return common.HexToHash("0x65e334929c0d32cc4e834fc879116cd1e5f6a4a632d7b9aa04a8d2389c4ff62e")
}

// UnpackRollupProofEmptyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__ProofEmpty(uint256 epoch)
func (rollup *Rollup) UnpackRollupProofEmptyError(raw []byte) (*RollupRollupProofEmpty, error) {
	out := new(RollupRollupProofEmpty)
	if err := rollup.abi.UnpackIntoInterface(out, "Rollup__ProofEmpty", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupProofEpochMismatch represents a Rollup__ProofEpochMismatch error raised by the Rollup contract.
type RollupRollupProofEpochMismatch struct {
	Epoch       *big.Int
	BlockNumber *big.Int
	BlockEpoch  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__ProofEpochMismatch(uint256 epoch, uint256 blockNumber, uint256 blockEpoch)
func RollupRollupProofEpochMismatchErrorID() common.Hash {
	return common.HexToHash("0xfb4edbbbd091098a1c9969281c8d423fc471c5bc8c0f1edc1ad2c8f7fb1c33a6")
}

// UnpackRollupProofEpochMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__ProofEpochMismatch(uint256 epoch, uint256 blockNumber, uint256 blockEpoch)
func (rollup *Rollup) UnpackRollupProofEpochMismatchError(raw []byte) (*RollupRollupProofEpochMismatch, error) {
	out := new(RollupRollupProofEpochMismatch)
	if err := rollup.abi.UnpackIntoInterface(out, "Rollup__ProofEpochMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupProofHeaderMismatch represents a Rollup__ProofHeaderMismatch error raised by the Rollup contract.
type RollupRollupProofHeaderMismatch struct {
	Number *big.Int
	Stored [32]byte
	Given  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__ProofHeaderMismatch(uint256 number, bytes32 stored, bytes32 given)
func RollupRollupProofHeaderMismatchErrorID() common.Hash {
	return common.HexToHash("0x6898decefb978527b052e108abf3907c8fbe6b18ddc3ee6393ef00fea0644bde")
}

// UnpackRollupProofHeaderMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__ProofHeaderMismatch(uint256 number, bytes32 stored, bytes32 given)
func (rollup *Rollup) UnpackRollupProofHeaderMismatchError(raw []byte) (*RollupRollupProofHeaderMismatch, error) {
	out := new(RollupRollupProofHeaderMismatch)
	if err := rollup.abi.UnpackIntoInterface(out, "Rollup__ProofHeaderMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupProofIncomplete represents a Rollup__ProofIncomplete error raised by the Rollup contract.
type RollupRollupProofIncomplete struct {
	LastNumber    *big.Int
	AssuredNumber *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__ProofIncomplete(uint256 lastNumber, uint256 assuredNumber)
func RollupRollupProofIncompleteErrorID() common.Hash {
	return common.HexToHash("0x4507c9e89c955685b7676017a668d318448b46d72579c67b3e5d65af6428ac02")
}

// UnpackRollupProofIncompleteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__ProofIncomplete(uint256 lastNumber, uint256 assuredNumber)
func (rollup *Rollup) UnpackRollupProofIncompleteError(raw []byte) (*RollupRollupProofIncomplete, error) {
	out := new(RollupRollupProofIncomplete)
	if err := rollup.abi.UnpackIntoInterface(out, "Rollup__ProofIncomplete", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupProofRangeMismatch represents a Rollup__ProofRangeMismatch error raised by the Rollup contract.
type RollupRollupProofRangeMismatch struct {
	ExpectedStart *big.Int
	Start         *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__ProofRangeMismatch(uint256 expectedStart, uint256 start)
func RollupRollupProofRangeMismatchErrorID() common.Hash {
	return common.HexToHash("0x8816c4a5fa0201a9a95a34489d87f2428c11b40a5fe9bbe3e30accc7cf6e0678")
}

// UnpackRollupProofRangeMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__ProofRangeMismatch(uint256 expectedStart, uint256 start)
func (rollup *Rollup) UnpackRollupProofRangeMismatchError(raw []byte) (*RollupRollupProofRangeMismatch, error) {
	out := new(RollupRollupProofRangeMismatch)
	if err := rollup.abi.UnpackIntoInterface(out, "Rollup__ProofRangeMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupProofWindowClosed represents a Rollup__ProofWindowClosed error raised by the Rollup contract.
type RollupRollupProofWindowClosed struct {
	Epoch         *big.Int
	DeadlineEpoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__ProofWindowClosed(uint256 epoch, uint256 deadlineEpoch)
func RollupRollupProofWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x4263b4014da1067cb08b9e7c96b64112d5c5a085bb22889fbd9057703362c582")
}

// UnpackRollupProofWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__ProofWindowClosed(uint256 epoch, uint256 deadlineEpoch)
func (rollup *Rollup) UnpackRollupProofWindowClosedError(raw []byte) (*RollupRollupProofWindowClosed, error) {
	out := new(RollupRollupProofWindowClosed)
	if err := rollup.abi.UnpackIntoInterface(out, "Rollup__ProofWindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupProposerAttestationMissing represents a Rollup__ProposerAttestationMissing error raised by the Rollup contract.
type RollupRollupProposerAttestationMissing struct {
	Slot     *big.Int
	Proposer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__ProposerAttestationMissing(uint256 slot, address proposer)
func RollupRollupProposerAttestationMissingErrorID() common.Hash {
	return common.HexToHash("0x9228e21cd885ca78182a2aed1ec44de51d3af718c82f48a4e2e182cad442b7b9")
}

// UnpackRollupProposerAttestationMissingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__ProposerAttestationMissing(uint256 slot, address proposer)
func (rollup *Rollup) UnpackRollupProposerAttestationMissingError(raw []byte) (*RollupRollupProposerAttestationMissing, error) {
	out := new(RollupRollupProposerAttestationMissing)
	if err := rollup.abi.UnpackIntoInterface(out, "Rollup__ProposerAttestationMissing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupRenounceDisabled represents a Rollup__RenounceDisabled error raised by the Rollup contract.
type RollupRollupRenounceDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__RenounceDisabled()
func RollupRollupRenounceDisabledErrorID() common.Hash {
	return common.HexToHash("0x46d8c73aca09ead63da78501550acdc3eb1c45ead049f319cb461f8cdb4807a1")
}

// UnpackRollupRenounceDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__RenounceDisabled()
func (rollup *Rollup) UnpackRollupRenounceDisabledError(raw []byte) (*RollupRollupRenounceDisabled, error) {
	out := new(RollupRollupRenounceDisabled)
	if err := rollup.abi.UnpackIntoInterface(out, "Rollup__RenounceDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupSignatureMalleable represents a Rollup__SignatureMalleable error raised by the Rollup contract.
type RollupRollupSignatureMalleable struct {
	Index *big.Int
	S     [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__SignatureMalleable(uint256 index, bytes32 s)
func RollupRollupSignatureMalleableErrorID() common.Hash {
	return common.HexToHash("0x65c2a4fbc9174f34038146242be9a9578a26cea2e0456cdbc95e70076fb1e21c")
}

// UnpackRollupSignatureMalleableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__SignatureMalleable(uint256 index, bytes32 s)
func (rollup *Rollup) UnpackRollupSignatureMalleableError(raw []byte) (*RollupRollupSignatureMalleable, error) {
	out := new(RollupRollupSignatureMalleable)
	if err := rollup.abi.UnpackIntoInterface(out, "Rollup__SignatureMalleable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupSlotNotAfterTip represents a Rollup__SlotNotAfterTip error raised by the Rollup contract.
type RollupRollupSlotNotAfterTip struct {
	Slot    *big.Int
	TipSlot *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__SlotNotAfterTip(uint256 slot, uint256 tipSlot)
func RollupRollupSlotNotAfterTipErrorID() common.Hash {
	return common.HexToHash("0x62a4792bc0e0e0c8c1631dd1b7b94791903b3d1db3beec7215d74a23e93dd3ea")
}

// UnpackRollupSlotNotAfterTipError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__SlotNotAfterTip(uint256 slot, uint256 tipSlot)
func (rollup *Rollup) UnpackRollupSlotNotAfterTipError(raw []byte) (*RollupRollupSlotNotAfterTip, error) {
	out := new(RollupRollupSlotNotAfterTip)
	if err := rollup.abi.UnpackIntoInterface(out, "Rollup__SlotNotAfterTip", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupTooManyUnprovenBlocks represents a Rollup__TooManyUnprovenBlocks error raised by the Rollup contract.
type RollupRollupTooManyUnprovenBlocks struct {
	Number       *big.Int
	ProvenNumber *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__TooManyUnprovenBlocks(uint256 number, uint256 provenNumber)
func RollupRollupTooManyUnprovenBlocksErrorID() common.Hash {
	return common.HexToHash("0xab4a92d771376870a35220f29e17212861136184bcfb4abee040081162403f66")
}

// UnpackRollupTooManyUnprovenBlocksError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__TooManyUnprovenBlocks(uint256 number, uint256 provenNumber)
func (rollup *Rollup) UnpackRollupTooManyUnprovenBlocksError(raw []byte) (*RollupRollupTooManyUnprovenBlocks, error) {
	out := new(RollupRollupTooManyUnprovenBlocks)
	if err := rollup.abi.UnpackIntoInterface(out, "Rollup__TooManyUnprovenBlocks", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupTxsHashMismatch represents a Rollup__TxsHashMismatch error raised by the Rollup contract.
type RollupRollupTxsHashMismatch struct {
	Expected [32]byte
	Got      [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__TxsHashMismatch(bytes32 expected, bytes32 got)
func RollupRollupTxsHashMismatchErrorID() common.Hash {
	return common.HexToHash("0x28224903c6e17c9159182cd250836733db0d0e48361c1a655e94ae0023772a5b")
}

// UnpackRollupTxsHashMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__TxsHashMismatch(bytes32 expected, bytes32 got)
func (rollup *Rollup) UnpackRollupTxsHashMismatchError(raw []byte) (*RollupRollupTxsHashMismatch, error) {
	out := new(RollupRollupTxsHashMismatch)
	if err := rollup.abi.UnpackIntoInterface(out, "Rollup__TxsHashMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupWrongBlockNumber represents a Rollup__WrongBlockNumber error raised by the Rollup contract.
type RollupRollupWrongBlockNumber struct {
	Expected *big.Int
	Got      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__WrongBlockNumber(uint256 expected, uint256 got)
func RollupRollupWrongBlockNumberErrorID() common.Hash {
	return common.HexToHash("0x99e8619f629f13a94dd832af03fcf9d95416f4449608130ea23b680182e64c6a")
}

// UnpackRollupWrongBlockNumberError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__WrongBlockNumber(uint256 expected, uint256 got)
func (rollup *Rollup) UnpackRollupWrongBlockNumberError(raw []byte) (*RollupRollupWrongBlockNumber, error) {
	out := new(RollupRollupWrongBlockNumber)
	if err := rollup.abi.UnpackIntoInterface(out, "Rollup__WrongBlockNumber", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupWrongParent represents a Rollup__WrongParent error raised by the Rollup contract.
type RollupRollupWrongParent struct {
	Expected [32]byte
	Got      [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__WrongParent(bytes32 expected, bytes32 got)
func RollupRollupWrongParentErrorID() common.Hash {
	return common.HexToHash("0x1af59c548ee4e72837a27438e7bdd83908fd36ab5b94f5ee068649ecf15a6ad4")
}

// UnpackRollupWrongParentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__WrongParent(bytes32 expected, bytes32 got)
func (rollup *Rollup) UnpackRollupWrongParentError(raw []byte) (*RollupRollupWrongParent, error) {
	out := new(RollupRollupWrongParent)
	if err := rollup.abi.UnpackIntoInterface(out, "Rollup__WrongParent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupWrongSlot represents a Rollup__WrongSlot error raised by the Rollup contract.
type RollupRollupWrongSlot struct {
	Expected *big.Int
	Got      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Rollup__WrongSlot(uint256 expected, uint256 got)
func RollupRollupWrongSlotErrorID() common.Hash {
	return common.HexToHash("0x0cbcbe2b74a26d465ebd64f8063eaa7b916cff34a388ea5d64fa79580194e73a")
}

// UnpackRollupWrongSlotError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Rollup__WrongSlot(uint256 expected, uint256 got)
func (rollup *Rollup) UnpackRollupWrongSlotError(raw []byte) (*RollupRollupWrongSlot, error) {
	out := new(RollupRollupWrongSlot)
	if err := rollup.abi.UnpackIntoInterface(out, "Rollup__WrongSlot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the Rollup contract.
type RollupSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func RollupSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (rollup *Rollup) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*RollupSafeCastOverflowedUintDowncast, error) {
	out := new(RollupSafeCastOverflowedUintDowncast)
	if err := rollup.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupStringTooLong represents a StringTooLong error raised by the Rollup contract.
type RollupStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func RollupStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (rollup *Rollup) UnpackStringTooLongError(raw []byte) (*RollupStringTooLong, error) {
	out := new(RollupStringTooLong)
	if err := rollup.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}
