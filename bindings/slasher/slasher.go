// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package slasher

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

// Equivocation is an auto generated low-level Go binding around an user-defined struct.
type Equivocation struct {
	Attester   common.Address
	Header1    Header
	Signature1 []byte
	Header2    Header
	Signature2 []byte
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

// Proposal is an auto generated low-level Go binding around an user-defined struct.
type Proposal struct {
	Proposer     common.Address
	Snapshot     *big.Int
	VoteStart    *big.Int
	VoteEnd      *big.Int
	ExecuteBy    *big.Int
	SlashBps     uint16
	Kick         bool
	QuorumBps    uint16
	MajorityBps  uint16
	Executed     bool
	BondSettled  bool
	Kind         uint8
	EvidenceKey  [32]byte
	Bond         *big.Int
	Supply       *big.Int
	ForVotes     *big.Int
	AgainstVotes *big.Int
	Validators   []common.Address
}

// SlasherParams is an auto generated low-level Go binding around an user-defined struct.
type SlasherParams struct {
	VotingDelay          uint32
	VotingPeriod         uint32
	ExecutionWindow      uint32
	QuorumBps            uint16
	MajorityBps          uint16
	EquivocationSlashBps uint16
	ProposalSlashBps     uint16
	FilingBond           *big.Int
}

// SlasherMetaData contains all meta data concerning the Slasher contract.
var SlasherMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"rollup_\",\"type\":\"address\",\"internalType\":\"contractIRollup\"},{\"name\":\"staking_\",\"type\":\"address\",\"internalType\":\"contractIStaking\"},{\"name\":\"owner_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"params_\",\"type\":\"tuple\",\"internalType\":\"structSlasherParams\",\"components\":[{\"name\":\"votingDelay\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"votingPeriod\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"executionWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"quorumBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"majorityBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"equivocationSlashBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"proposalSlashBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"filingBond\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"MAX_INACTIVITY_AGE_EPOCHS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_INACTIVITY_EPOCHS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_PERIOD\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_VALIDATORS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"castVote\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"support\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"equivocationSlashed\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"slot\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"evidenceKey\",\"inputs\":[{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumEvidenceKind\"},{\"name\":\"evidence\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"execute\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"file\",\"inputs\":[{\"name\":\"validators\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumEvidenceKind\"},{\"name\":\"evidence\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"getParams\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structSlasherParams\",\"components\":[{\"name\":\"votingDelay\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"votingPeriod\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"executionWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"quorumBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"majorityBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"equivocationSlashBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"proposalSlashBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"filingBond\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getProposal\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structProposal\",\"components\":[{\"name\":\"proposer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"snapshot\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"voteStart\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"voteEnd\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"executeBy\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"slashBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"kick\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"quorumBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"majorityBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"executed\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"bondSettled\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"enumEvidenceKind\"},{\"name\":\"evidenceKey\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"bond\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"supply\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"forVotes\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"againstVotes\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"validators\",\"type\":\"address[]\",\"internalType\":\"address[]\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"hasVoted\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"inactivitySlashed\",\"inputs\":[{\"name\":\"validator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minimumExitDelay\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"passes\",\"inputs\":[{\"name\":\"forVotes\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"againstVotes\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"supply\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"quorumBps\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"majorityBps\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proposalCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proposalFor\",\"inputs\":[{\"name\":\"key\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"validator\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proposalsFor\",\"inputs\":[{\"name\":\"key\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"validators\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"outputs\":[{\"name\":\"ids\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"rewardPool\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"rollup\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIRollup\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setParams\",\"inputs\":[{\"name\":\"params\",\"type\":\"tuple\",\"internalType\":\"structSlasherParams\",\"components\":[{\"name\":\"votingDelay\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"votingPeriod\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"executionWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"quorumBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"majorityBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"equivocationSlashBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"proposalSlashBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"filingBond\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"settleBond\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"slashEquivocation\",\"inputs\":[{\"name\":\"e\",\"type\":\"tuple\",\"internalType\":\"structEquivocation\",\"components\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"header1\",\"type\":\"tuple\",\"internalType\":\"structHeader\",\"components\":[{\"name\":\"number\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"slot\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"parentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"txsHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"stateRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"inboxHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"feePerDaGas\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"feePerL2Gas\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"coinbase\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"name\":\"signature1\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"header2\",\"type\":\"tuple\",\"internalType\":\"structHeader\",\"components\":[{\"name\":\"number\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"slot\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"parentHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"txsHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"stateRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"inboxHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"feePerDaGas\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"feePerL2Gas\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"coinbase\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"name\":\"signature2\",\"type\":\"bytes\",\"internalType\":\"bytes\"}]}],\"outputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"staking\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIStaking\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"state\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumProposalState\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"BondForfeited\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"rewardPool\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"BondReturned\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"proposer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"EquivocationSlashed\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"slot\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"reporter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"kicked\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ParamsSet\",\"inputs\":[{\"name\":\"params\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structSlasherParams\",\"components\":[{\"name\":\"votingDelay\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"votingPeriod\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"executionWindow\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"quorumBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"majorityBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"equivocationSlashBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"proposalSlashBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"filingBond\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProposalExecuted\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"slashed\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProposalFiled\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"proposer\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"evidenceKey\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"kind\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumEvidenceKind\"},{\"name\":\"validators\",\"type\":\"address[]\",\"indexed\":false,\"internalType\":\"address[]\"},{\"name\":\"slashBps\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"kick\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"voteStart\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"voteEnd\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"bond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SlashSkipped\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"attester\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VoteCast\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"voter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"support\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"weight\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Slasher__AlreadyVoted\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Slasher__BondSettled\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Slasher__EpochNotPruned\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Slasher__EpochRangeNotOver\",\"inputs\":[{\"name\":\"lastEpoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"currentEpoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Slasher__EpochRangeTooOld\",\"inputs\":[{\"name\":\"lastEpoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"currentEpoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxAge\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Slasher__EquivocationAlreadySlashed\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"slot\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Slasher__EvidenceInUse\",\"inputs\":[{\"name\":\"key\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"validator\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Slasher__ExitDelayTooShort\",\"inputs\":[{\"name\":\"exitDelay\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minimum\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Slasher__InvalidEpochRange\",\"inputs\":[{\"name\":\"firstEpoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"lastEpoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Slasher__InvalidParam\",\"inputs\":[{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Slasher__InvalidSignature\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Slasher__InvalidSignatureLength\",\"inputs\":[{\"name\":\"length\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Slasher__NoRecord\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Slasher__NoSupply\",\"inputs\":[{\"name\":\"timepoint\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Slasher__NoValidators\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Slasher__NoVotingPower\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Slasher__NotInCommittee\",\"inputs\":[{\"name\":\"epoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Slasher__NotInCommitteeOfRange\",\"inputs\":[{\"name\":\"firstEpoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"lastEpoch\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Slasher__NothingToSlash\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Slasher__RenounceDisabled\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"Slasher__SameHeader\",\"inputs\":[{\"name\":\"headerHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"Slasher__SignatureMalleable\",\"inputs\":[{\"name\":\"s\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"Slasher__SignerMismatch\",\"inputs\":[{\"name\":\"expected\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"recovered\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Slasher__SlotMismatch\",\"inputs\":[{\"name\":\"slot1\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"slot2\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Slasher__TooManyValidators\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Slasher__UnexpectedState\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"state\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"Slasher__UnknownProposal\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Slasher__ValidatorsMismatch\",\"inputs\":[{\"name\":\"attester\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"Slasher__ValidatorsNotSorted\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"Slasher__ZeroAddress\",\"inputs\":[]}]",
	ID:  "Slasher",
}

// Slasher is an auto generated Go binding around an Ethereum contract.
type Slasher struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Slasher) GetABI() abi.ABI {
	return c.abi
}

// NewSlasher creates a new instance of Slasher.
func NewSlasher() *Slasher {
	parsed, err := SlasherMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Slasher{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Slasher) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address rollup_, address staking_, address owner_, (uint32,uint32,uint32,uint16,uint16,uint16,uint16,uint256) params_) returns()
func (slasher *Slasher) PackConstructor(rollup_ common.Address, staking_ common.Address, owner_ common.Address, params_ SlasherParams) []byte {
	enc, err := slasher.abi.Pack("", rollup_, staking_, owner_, params_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXINACTIVITYAGEEPOCHS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x331fcef4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_INACTIVITY_AGE_EPOCHS() view returns(uint256)
func (slasher *Slasher) PackMAXINACTIVITYAGEEPOCHS() []byte {
	enc, err := slasher.abi.Pack("MAX_INACTIVITY_AGE_EPOCHS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXINACTIVITYAGEEPOCHS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x331fcef4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_INACTIVITY_AGE_EPOCHS() view returns(uint256)
func (slasher *Slasher) TryPackMAXINACTIVITYAGEEPOCHS() ([]byte, error) {
	return slasher.abi.Pack("MAX_INACTIVITY_AGE_EPOCHS")
}

// UnpackMAXINACTIVITYAGEEPOCHS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x331fcef4.
//
// Solidity: function MAX_INACTIVITY_AGE_EPOCHS() view returns(uint256)
func (slasher *Slasher) UnpackMAXINACTIVITYAGEEPOCHS(data []byte) (*big.Int, error) {
	out, err := slasher.abi.Unpack("MAX_INACTIVITY_AGE_EPOCHS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXINACTIVITYEPOCHS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x920d7572.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_INACTIVITY_EPOCHS() view returns(uint256)
func (slasher *Slasher) PackMAXINACTIVITYEPOCHS() []byte {
	enc, err := slasher.abi.Pack("MAX_INACTIVITY_EPOCHS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXINACTIVITYEPOCHS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x920d7572.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_INACTIVITY_EPOCHS() view returns(uint256)
func (slasher *Slasher) TryPackMAXINACTIVITYEPOCHS() ([]byte, error) {
	return slasher.abi.Pack("MAX_INACTIVITY_EPOCHS")
}

// UnpackMAXINACTIVITYEPOCHS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x920d7572.
//
// Solidity: function MAX_INACTIVITY_EPOCHS() view returns(uint256)
func (slasher *Slasher) UnpackMAXINACTIVITYEPOCHS(data []byte) (*big.Int, error) {
	out, err := slasher.abi.Unpack("MAX_INACTIVITY_EPOCHS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc810b7fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PERIOD() view returns(uint256)
func (slasher *Slasher) PackMAXPERIOD() []byte {
	enc, err := slasher.abi.Pack("MAX_PERIOD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc810b7fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PERIOD() view returns(uint256)
func (slasher *Slasher) TryPackMAXPERIOD() ([]byte, error) {
	return slasher.abi.Pack("MAX_PERIOD")
}

// UnpackMAXPERIOD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc810b7fe.
//
// Solidity: function MAX_PERIOD() view returns(uint256)
func (slasher *Slasher) UnpackMAXPERIOD(data []byte) (*big.Int, error) {
	out, err := slasher.abi.Unpack("MAX_PERIOD", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXVALIDATORS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x714897df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_VALIDATORS() view returns(uint256)
func (slasher *Slasher) PackMAXVALIDATORS() []byte {
	enc, err := slasher.abi.Pack("MAX_VALIDATORS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXVALIDATORS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x714897df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_VALIDATORS() view returns(uint256)
func (slasher *Slasher) TryPackMAXVALIDATORS() ([]byte, error) {
	return slasher.abi.Pack("MAX_VALIDATORS")
}

// UnpackMAXVALIDATORS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x714897df.
//
// Solidity: function MAX_VALIDATORS() view returns(uint256)
func (slasher *Slasher) UnpackMAXVALIDATORS(data []byte) (*big.Int, error) {
	out, err := slasher.abi.Unpack("MAX_VALIDATORS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (slasher *Slasher) PackAcceptOwnership() []byte {
	enc, err := slasher.abi.Pack("acceptOwnership")
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
func (slasher *Slasher) TryPackAcceptOwnership() ([]byte, error) {
	return slasher.abi.Pack("acceptOwnership")
}

// PackCastVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15373e3d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function castVote(uint256 id, bool support) returns()
func (slasher *Slasher) PackCastVote(id *big.Int, support bool) []byte {
	enc, err := slasher.abi.Pack("castVote", id, support)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCastVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15373e3d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function castVote(uint256 id, bool support) returns()
func (slasher *Slasher) TryPackCastVote(id *big.Int, support bool) ([]byte, error) {
	return slasher.abi.Pack("castVote", id, support)
}

// PackEquivocationSlashed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbb6c03e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function equivocationSlashed(address attester, uint256 slot) view returns(bool)
func (slasher *Slasher) PackEquivocationSlashed(attester common.Address, slot *big.Int) []byte {
	enc, err := slasher.abi.Pack("equivocationSlashed", attester, slot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEquivocationSlashed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbb6c03e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function equivocationSlashed(address attester, uint256 slot) view returns(bool)
func (slasher *Slasher) TryPackEquivocationSlashed(attester common.Address, slot *big.Int) ([]byte, error) {
	return slasher.abi.Pack("equivocationSlashed", attester, slot)
}

// UnpackEquivocationSlashed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdbb6c03e.
//
// Solidity: function equivocationSlashed(address attester, uint256 slot) view returns(bool)
func (slasher *Slasher) UnpackEquivocationSlashed(data []byte) (bool, error) {
	out, err := slasher.abi.Unpack("equivocationSlashed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackEvidenceKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6655f058.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function evidenceKey(uint8 kind, bytes evidence) pure returns(bytes32)
func (slasher *Slasher) PackEvidenceKey(kind uint8, evidence []byte) []byte {
	enc, err := slasher.abi.Pack("evidenceKey", kind, evidence)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEvidenceKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6655f058.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function evidenceKey(uint8 kind, bytes evidence) pure returns(bytes32)
func (slasher *Slasher) TryPackEvidenceKey(kind uint8, evidence []byte) ([]byte, error) {
	return slasher.abi.Pack("evidenceKey", kind, evidence)
}

// UnpackEvidenceKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6655f058.
//
// Solidity: function evidenceKey(uint8 kind, bytes evidence) pure returns(bytes32)
func (slasher *Slasher) UnpackEvidenceKey(data []byte) ([32]byte, error) {
	out, err := slasher.abi.Unpack("evidenceKey", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe0d94c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function execute(uint256 id) returns()
func (slasher *Slasher) PackExecute(id *big.Int) []byte {
	enc, err := slasher.abi.Pack("execute", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe0d94c1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function execute(uint256 id) returns()
func (slasher *Slasher) TryPackExecute(id *big.Int) ([]byte, error) {
	return slasher.abi.Pack("execute", id)
}

// PackFile is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4901653b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function file(address[] validators, uint8 kind, bytes evidence) returns(uint256 id)
func (slasher *Slasher) PackFile(validators []common.Address, kind uint8, evidence []byte) []byte {
	enc, err := slasher.abi.Pack("file", validators, kind, evidence)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFile is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4901653b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function file(address[] validators, uint8 kind, bytes evidence) returns(uint256 id)
func (slasher *Slasher) TryPackFile(validators []common.Address, kind uint8, evidence []byte) ([]byte, error) {
	return slasher.abi.Pack("file", validators, kind, evidence)
}

// UnpackFile is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4901653b.
//
// Solidity: function file(address[] validators, uint8 kind, bytes evidence) returns(uint256 id)
func (slasher *Slasher) UnpackFile(data []byte) (*big.Int, error) {
	out, err := slasher.abi.Unpack("file", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e615a6b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getParams() view returns((uint32,uint32,uint32,uint16,uint16,uint16,uint16,uint256))
func (slasher *Slasher) PackGetParams() []byte {
	enc, err := slasher.abi.Pack("getParams")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e615a6b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getParams() view returns((uint32,uint32,uint32,uint16,uint16,uint16,uint16,uint256))
func (slasher *Slasher) TryPackGetParams() ([]byte, error) {
	return slasher.abi.Pack("getParams")
}

// UnpackGetParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5e615a6b.
//
// Solidity: function getParams() view returns((uint32,uint32,uint32,uint16,uint16,uint16,uint16,uint256))
func (slasher *Slasher) UnpackGetParams(data []byte) (SlasherParams, error) {
	out, err := slasher.abi.Unpack("getParams", data)
	if err != nil {
		return *new(SlasherParams), err
	}
	out0 := *abi.ConvertType(out[0], new(SlasherParams)).(*SlasherParams)
	return out0, nil
}

// PackGetProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7f758a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getProposal(uint256 id) view returns((address,uint48,uint48,uint48,uint48,uint16,bool,uint16,uint16,bool,bool,uint8,bytes32,uint256,uint256,uint256,uint256,address[]))
func (slasher *Slasher) PackGetProposal(id *big.Int) []byte {
	enc, err := slasher.abi.Pack("getProposal", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetProposal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7f758a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getProposal(uint256 id) view returns((address,uint48,uint48,uint48,uint48,uint16,bool,uint16,uint16,bool,bool,uint8,bytes32,uint256,uint256,uint256,uint256,address[]))
func (slasher *Slasher) TryPackGetProposal(id *big.Int) ([]byte, error) {
	return slasher.abi.Pack("getProposal", id)
}

// UnpackGetProposal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc7f758a8.
//
// Solidity: function getProposal(uint256 id) view returns((address,uint48,uint48,uint48,uint48,uint16,bool,uint16,uint16,bool,bool,uint8,bytes32,uint256,uint256,uint256,uint256,address[]))
func (slasher *Slasher) UnpackGetProposal(data []byte) (Proposal, error) {
	out, err := slasher.abi.Unpack("getProposal", data)
	if err != nil {
		return *new(Proposal), err
	}
	out0 := *abi.ConvertType(out[0], new(Proposal)).(*Proposal)
	return out0, nil
}

// PackHasVoted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43859632.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasVoted(uint256 id, address voter) view returns(bool)
func (slasher *Slasher) PackHasVoted(id *big.Int, voter common.Address) []byte {
	enc, err := slasher.abi.Pack("hasVoted", id, voter)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasVoted is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x43859632.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasVoted(uint256 id, address voter) view returns(bool)
func (slasher *Slasher) TryPackHasVoted(id *big.Int, voter common.Address) ([]byte, error) {
	return slasher.abi.Pack("hasVoted", id, voter)
}

// UnpackHasVoted is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x43859632.
//
// Solidity: function hasVoted(uint256 id, address voter) view returns(bool)
func (slasher *Slasher) UnpackHasVoted(data []byte) (bool, error) {
	out, err := slasher.abi.Unpack("hasVoted", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackInactivitySlashed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c142287.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function inactivitySlashed(address validator, uint256 epoch) view returns(bool)
func (slasher *Slasher) PackInactivitySlashed(validator common.Address, epoch *big.Int) []byte {
	enc, err := slasher.abi.Pack("inactivitySlashed", validator, epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInactivitySlashed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c142287.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function inactivitySlashed(address validator, uint256 epoch) view returns(bool)
func (slasher *Slasher) TryPackInactivitySlashed(validator common.Address, epoch *big.Int) ([]byte, error) {
	return slasher.abi.Pack("inactivitySlashed", validator, epoch)
}

// UnpackInactivitySlashed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3c142287.
//
// Solidity: function inactivitySlashed(address validator, uint256 epoch) view returns(bool)
func (slasher *Slasher) UnpackInactivitySlashed(data []byte) (bool, error) {
	out, err := slasher.abi.Unpack("inactivitySlashed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMinimumExitDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2c117e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minimumExitDelay() view returns(uint256)
func (slasher *Slasher) PackMinimumExitDelay() []byte {
	enc, err := slasher.abi.Pack("minimumExitDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinimumExitDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd2c117e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minimumExitDelay() view returns(uint256)
func (slasher *Slasher) TryPackMinimumExitDelay() ([]byte, error) {
	return slasher.abi.Pack("minimumExitDelay")
}

// UnpackMinimumExitDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd2c117e9.
//
// Solidity: function minimumExitDelay() view returns(uint256)
func (slasher *Slasher) UnpackMinimumExitDelay(data []byte) (*big.Int, error) {
	out, err := slasher.abi.Unpack("minimumExitDelay", data)
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
func (slasher *Slasher) PackOwner() []byte {
	enc, err := slasher.abi.Pack("owner")
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
func (slasher *Slasher) TryPackOwner() ([]byte, error) {
	return slasher.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (slasher *Slasher) UnpackOwner(data []byte) (common.Address, error) {
	out, err := slasher.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPasses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51ccf86b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function passes(uint256 forVotes, uint256 againstVotes, uint256 supply, uint256 quorumBps, uint256 majorityBps) pure returns(bool)
func (slasher *Slasher) PackPasses(forVotes *big.Int, againstVotes *big.Int, supply *big.Int, quorumBps *big.Int, majorityBps *big.Int) []byte {
	enc, err := slasher.abi.Pack("passes", forVotes, againstVotes, supply, quorumBps, majorityBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPasses is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51ccf86b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function passes(uint256 forVotes, uint256 againstVotes, uint256 supply, uint256 quorumBps, uint256 majorityBps) pure returns(bool)
func (slasher *Slasher) TryPackPasses(forVotes *big.Int, againstVotes *big.Int, supply *big.Int, quorumBps *big.Int, majorityBps *big.Int) ([]byte, error) {
	return slasher.abi.Pack("passes", forVotes, againstVotes, supply, quorumBps, majorityBps)
}

// UnpackPasses is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51ccf86b.
//
// Solidity: function passes(uint256 forVotes, uint256 againstVotes, uint256 supply, uint256 quorumBps, uint256 majorityBps) pure returns(bool)
func (slasher *Slasher) UnpackPasses(data []byte) (bool, error) {
	out, err := slasher.abi.Unpack("passes", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (slasher *Slasher) PackPendingOwner() []byte {
	enc, err := slasher.abi.Pack("pendingOwner")
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
func (slasher *Slasher) TryPackPendingOwner() ([]byte, error) {
	return slasher.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (slasher *Slasher) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := slasher.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProposalCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda35c664.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalCount() view returns(uint256)
func (slasher *Slasher) PackProposalCount() []byte {
	enc, err := slasher.abi.Pack("proposalCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda35c664.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalCount() view returns(uint256)
func (slasher *Slasher) TryPackProposalCount() ([]byte, error) {
	return slasher.abi.Pack("proposalCount")
}

// UnpackProposalCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xda35c664.
//
// Solidity: function proposalCount() view returns(uint256)
func (slasher *Slasher) UnpackProposalCount(data []byte) (*big.Int, error) {
	out, err := slasher.abi.Unpack("proposalCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c2bc02e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalFor(bytes32 key, address validator) view returns(uint256)
func (slasher *Slasher) PackProposalFor(key [32]byte, validator common.Address) []byte {
	enc, err := slasher.abi.Pack("proposalFor", key, validator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c2bc02e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalFor(bytes32 key, address validator) view returns(uint256)
func (slasher *Slasher) TryPackProposalFor(key [32]byte, validator common.Address) ([]byte, error) {
	return slasher.abi.Pack("proposalFor", key, validator)
}

// UnpackProposalFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8c2bc02e.
//
// Solidity: function proposalFor(bytes32 key, address validator) view returns(uint256)
func (slasher *Slasher) UnpackProposalFor(data []byte) (*big.Int, error) {
	out, err := slasher.abi.Unpack("proposalFor", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposalsFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddfe833b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalsFor(bytes32 key, address[] validators) view returns(uint256[] ids)
func (slasher *Slasher) PackProposalsFor(key [32]byte, validators []common.Address) []byte {
	enc, err := slasher.abi.Pack("proposalsFor", key, validators)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalsFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddfe833b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalsFor(bytes32 key, address[] validators) view returns(uint256[] ids)
func (slasher *Slasher) TryPackProposalsFor(key [32]byte, validators []common.Address) ([]byte, error) {
	return slasher.abi.Pack("proposalsFor", key, validators)
}

// UnpackProposalsFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xddfe833b.
//
// Solidity: function proposalsFor(bytes32 key, address[] validators) view returns(uint256[] ids)
func (slasher *Slasher) UnpackProposalsFor(data []byte) ([]*big.Int, error) {
	out, err := slasher.abi.Unpack("proposalsFor", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() view returns()
func (slasher *Slasher) PackRenounceOwnership() []byte {
	enc, err := slasher.abi.Pack("renounceOwnership")
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
func (slasher *Slasher) TryPackRenounceOwnership() ([]byte, error) {
	return slasher.abi.Pack("renounceOwnership")
}

// PackRewardPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66666aa9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardPool() view returns(address)
func (slasher *Slasher) PackRewardPool() []byte {
	enc, err := slasher.abi.Pack("rewardPool")
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
func (slasher *Slasher) TryPackRewardPool() ([]byte, error) {
	return slasher.abi.Pack("rewardPool")
}

// UnpackRewardPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x66666aa9.
//
// Solidity: function rewardPool() view returns(address)
func (slasher *Slasher) UnpackRewardPool(data []byte) (common.Address, error) {
	out, err := slasher.abi.Unpack("rewardPool", data)
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
func (slasher *Slasher) PackRollup() []byte {
	enc, err := slasher.abi.Pack("rollup")
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
func (slasher *Slasher) TryPackRollup() ([]byte, error) {
	return slasher.abi.Pack("rollup")
}

// UnpackRollup is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb23bcb5.
//
// Solidity: function rollup() view returns(address)
func (slasher *Slasher) UnpackRollup(data []byte) (common.Address, error) {
	out, err := slasher.abi.Unpack("rollup", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c202a68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setParams((uint32,uint32,uint32,uint16,uint16,uint16,uint16,uint256) params) returns()
func (slasher *Slasher) PackSetParams(params SlasherParams) []byte {
	enc, err := slasher.abi.Pack("setParams", params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c202a68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setParams((uint32,uint32,uint32,uint16,uint16,uint16,uint16,uint256) params) returns()
func (slasher *Slasher) TryPackSetParams(params SlasherParams) ([]byte, error) {
	return slasher.abi.Pack("setParams", params)
}

// PackSettleBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb67ba991.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleBond(uint256 id) returns()
func (slasher *Slasher) PackSettleBond(id *big.Int) []byte {
	enc, err := slasher.abi.Pack("settleBond", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb67ba991.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleBond(uint256 id) returns()
func (slasher *Slasher) TryPackSettleBond(id *big.Int) ([]byte, error) {
	return slasher.abi.Pack("settleBond", id)
}

// PackSlashEquivocation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65f2b523.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashEquivocation((address,(uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint128,uint128,address),bytes,(uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint128,uint128,address),bytes) e) returns(uint256 amount)
func (slasher *Slasher) PackSlashEquivocation(e Equivocation) []byte {
	enc, err := slasher.abi.Pack("slashEquivocation", e)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashEquivocation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65f2b523.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashEquivocation((address,(uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint128,uint128,address),bytes,(uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint128,uint128,address),bytes) e) returns(uint256 amount)
func (slasher *Slasher) TryPackSlashEquivocation(e Equivocation) ([]byte, error) {
	return slasher.abi.Pack("slashEquivocation", e)
}

// UnpackSlashEquivocation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x65f2b523.
//
// Solidity: function slashEquivocation((address,(uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint128,uint128,address),bytes,(uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint128,uint128,address),bytes) e) returns(uint256 amount)
func (slasher *Slasher) UnpackSlashEquivocation(data []byte) (*big.Int, error) {
	out, err := slasher.abi.Unpack("slashEquivocation", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStaking is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cf088d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function staking() view returns(address)
func (slasher *Slasher) PackStaking() []byte {
	enc, err := slasher.abi.Pack("staking")
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
func (slasher *Slasher) TryPackStaking() ([]byte, error) {
	return slasher.abi.Pack("staking")
}

// UnpackStaking is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cf088d9.
//
// Solidity: function staking() view returns(address)
func (slasher *Slasher) UnpackStaking(data []byte) (common.Address, error) {
	out, err := slasher.abi.Unpack("staking", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e4f49e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function state(uint256 id) view returns(uint8)
func (slasher *Slasher) PackState(id *big.Int) []byte {
	enc, err := slasher.abi.Pack("state", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e4f49e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function state(uint256 id) view returns(uint8)
func (slasher *Slasher) TryPackState(id *big.Int) ([]byte, error) {
	return slasher.abi.Pack("state", id)
}

// UnpackState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e4f49e6.
//
// Solidity: function state(uint256 id) view returns(uint8)
func (slasher *Slasher) UnpackState(data []byte) (uint8, error) {
	out, err := slasher.abi.Unpack("state", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (slasher *Slasher) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := slasher.abi.Pack("transferOwnership", newOwner)
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
func (slasher *Slasher) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return slasher.abi.Pack("transferOwnership", newOwner)
}

// SlasherBondForfeited represents a BondForfeited event raised by the Slasher contract.
type SlasherBondForfeited struct {
	Id         *big.Int
	RewardPool common.Address
	Amount     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const SlasherBondForfeitedEventName = "BondForfeited"

// ContractEventName returns the user-defined event name.
func (SlasherBondForfeited) ContractEventName() string {
	return SlasherBondForfeitedEventName
}

// UnpackBondForfeitedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BondForfeited(uint256 indexed id, address indexed rewardPool, uint256 amount)
func (slasher *Slasher) UnpackBondForfeitedEvent(log *types.Log) (*SlasherBondForfeited, error) {
	event := "BondForfeited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != slasher.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SlasherBondForfeited)
	if len(log.Data) > 0 {
		if err := slasher.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range slasher.abi.Events[event].Inputs {
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

// SlasherBondReturned represents a BondReturned event raised by the Slasher contract.
type SlasherBondReturned struct {
	Id       *big.Int
	Proposer common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const SlasherBondReturnedEventName = "BondReturned"

// ContractEventName returns the user-defined event name.
func (SlasherBondReturned) ContractEventName() string {
	return SlasherBondReturnedEventName
}

// UnpackBondReturnedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BondReturned(uint256 indexed id, address indexed proposer, uint256 amount)
func (slasher *Slasher) UnpackBondReturnedEvent(log *types.Log) (*SlasherBondReturned, error) {
	event := "BondReturned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != slasher.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SlasherBondReturned)
	if len(log.Data) > 0 {
		if err := slasher.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range slasher.abi.Events[event].Inputs {
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

// SlasherEquivocationSlashed represents a EquivocationSlashed event raised by the Slasher contract.
type SlasherEquivocationSlashed struct {
	Attester common.Address
	Slot     *big.Int
	Reporter common.Address
	Amount   *big.Int
	Kicked   bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const SlasherEquivocationSlashedEventName = "EquivocationSlashed"

// ContractEventName returns the user-defined event name.
func (SlasherEquivocationSlashed) ContractEventName() string {
	return SlasherEquivocationSlashedEventName
}

// UnpackEquivocationSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EquivocationSlashed(address indexed attester, uint256 indexed slot, address indexed reporter, uint256 amount, bool kicked)
func (slasher *Slasher) UnpackEquivocationSlashedEvent(log *types.Log) (*SlasherEquivocationSlashed, error) {
	event := "EquivocationSlashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != slasher.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SlasherEquivocationSlashed)
	if len(log.Data) > 0 {
		if err := slasher.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range slasher.abi.Events[event].Inputs {
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

// SlasherOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the Slasher contract.
type SlasherOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const SlasherOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (SlasherOwnershipTransferStarted) ContractEventName() string {
	return SlasherOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (slasher *Slasher) UnpackOwnershipTransferStartedEvent(log *types.Log) (*SlasherOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != slasher.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SlasherOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := slasher.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range slasher.abi.Events[event].Inputs {
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

// SlasherOwnershipTransferred represents a OwnershipTransferred event raised by the Slasher contract.
type SlasherOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const SlasherOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (SlasherOwnershipTransferred) ContractEventName() string {
	return SlasherOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (slasher *Slasher) UnpackOwnershipTransferredEvent(log *types.Log) (*SlasherOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != slasher.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SlasherOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := slasher.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range slasher.abi.Events[event].Inputs {
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

// SlasherParamsSet represents a ParamsSet event raised by the Slasher contract.
type SlasherParamsSet struct {
	Params SlasherParams
	Raw    *types.Log // Blockchain specific contextual infos
}

const SlasherParamsSetEventName = "ParamsSet"

// ContractEventName returns the user-defined event name.
func (SlasherParamsSet) ContractEventName() string {
	return SlasherParamsSetEventName
}

// UnpackParamsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ParamsSet((uint32,uint32,uint32,uint16,uint16,uint16,uint16,uint256) params)
func (slasher *Slasher) UnpackParamsSetEvent(log *types.Log) (*SlasherParamsSet, error) {
	event := "ParamsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != slasher.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SlasherParamsSet)
	if len(log.Data) > 0 {
		if err := slasher.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range slasher.abi.Events[event].Inputs {
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

// SlasherProposalExecuted represents a ProposalExecuted event raised by the Slasher contract.
type SlasherProposalExecuted struct {
	Id      *big.Int
	Slashed *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SlasherProposalExecutedEventName = "ProposalExecuted"

// ContractEventName returns the user-defined event name.
func (SlasherProposalExecuted) ContractEventName() string {
	return SlasherProposalExecutedEventName
}

// UnpackProposalExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalExecuted(uint256 indexed id, uint256 slashed)
func (slasher *Slasher) UnpackProposalExecutedEvent(log *types.Log) (*SlasherProposalExecuted, error) {
	event := "ProposalExecuted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != slasher.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SlasherProposalExecuted)
	if len(log.Data) > 0 {
		if err := slasher.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range slasher.abi.Events[event].Inputs {
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

// SlasherProposalFiled represents a ProposalFiled event raised by the Slasher contract.
type SlasherProposalFiled struct {
	Id          *big.Int
	Proposer    common.Address
	EvidenceKey [32]byte
	Kind        uint8
	Validators  []common.Address
	SlashBps    *big.Int
	Kick        bool
	VoteStart   *big.Int
	VoteEnd     *big.Int
	Bond        *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const SlasherProposalFiledEventName = "ProposalFiled"

// ContractEventName returns the user-defined event name.
func (SlasherProposalFiled) ContractEventName() string {
	return SlasherProposalFiledEventName
}

// UnpackProposalFiledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProposalFiled(uint256 indexed id, address indexed proposer, bytes32 indexed evidenceKey, uint8 kind, address[] validators, uint256 slashBps, bool kick, uint256 voteStart, uint256 voteEnd, uint256 bond)
func (slasher *Slasher) UnpackProposalFiledEvent(log *types.Log) (*SlasherProposalFiled, error) {
	event := "ProposalFiled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != slasher.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SlasherProposalFiled)
	if len(log.Data) > 0 {
		if err := slasher.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range slasher.abi.Events[event].Inputs {
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

// SlasherSlashSkipped represents a SlashSkipped event raised by the Slasher contract.
type SlasherSlashSkipped struct {
	Id       *big.Int
	Attester common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const SlasherSlashSkippedEventName = "SlashSkipped"

// ContractEventName returns the user-defined event name.
func (SlasherSlashSkipped) ContractEventName() string {
	return SlasherSlashSkippedEventName
}

// UnpackSlashSkippedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SlashSkipped(uint256 indexed id, address indexed attester)
func (slasher *Slasher) UnpackSlashSkippedEvent(log *types.Log) (*SlasherSlashSkipped, error) {
	event := "SlashSkipped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != slasher.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SlasherSlashSkipped)
	if len(log.Data) > 0 {
		if err := slasher.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range slasher.abi.Events[event].Inputs {
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

// SlasherVoteCast represents a VoteCast event raised by the Slasher contract.
type SlasherVoteCast struct {
	Id      *big.Int
	Voter   common.Address
	Support bool
	Weight  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SlasherVoteCastEventName = "VoteCast"

// ContractEventName returns the user-defined event name.
func (SlasherVoteCast) ContractEventName() string {
	return SlasherVoteCastEventName
}

// UnpackVoteCastEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VoteCast(uint256 indexed id, address indexed voter, bool support, uint256 weight)
func (slasher *Slasher) UnpackVoteCastEvent(log *types.Log) (*SlasherVoteCast, error) {
	event := "VoteCast"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != slasher.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SlasherVoteCast)
	if len(log.Data) > 0 {
		if err := slasher.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range slasher.abi.Events[event].Inputs {
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
func (slasher *Slasher) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], slasher.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return slasher.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return slasher.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return slasher.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return slasher.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return slasher.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["Slasher__AlreadyVoted"].ID.Bytes()[:4]) {
		return slasher.UnpackSlasherAlreadyVotedError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["Slasher__BondSettled"].ID.Bytes()[:4]) {
		return slasher.UnpackSlasherBondSettledError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["Slasher__EpochNotPruned"].ID.Bytes()[:4]) {
		return slasher.UnpackSlasherEpochNotPrunedError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["Slasher__EpochRangeNotOver"].ID.Bytes()[:4]) {
		return slasher.UnpackSlasherEpochRangeNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["Slasher__EpochRangeTooOld"].ID.Bytes()[:4]) {
		return slasher.UnpackSlasherEpochRangeTooOldError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["Slasher__EquivocationAlreadySlashed"].ID.Bytes()[:4]) {
		return slasher.UnpackSlasherEquivocationAlreadySlashedError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["Slasher__EvidenceInUse"].ID.Bytes()[:4]) {
		return slasher.UnpackSlasherEvidenceInUseError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["Slasher__ExitDelayTooShort"].ID.Bytes()[:4]) {
		return slasher.UnpackSlasherExitDelayTooShortError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["Slasher__InvalidEpochRange"].ID.Bytes()[:4]) {
		return slasher.UnpackSlasherInvalidEpochRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["Slasher__InvalidParam"].ID.Bytes()[:4]) {
		return slasher.UnpackSlasherInvalidParamError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["Slasher__InvalidSignature"].ID.Bytes()[:4]) {
		return slasher.UnpackSlasherInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["Slasher__InvalidSignatureLength"].ID.Bytes()[:4]) {
		return slasher.UnpackSlasherInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["Slasher__NoRecord"].ID.Bytes()[:4]) {
		return slasher.UnpackSlasherNoRecordError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["Slasher__NoSupply"].ID.Bytes()[:4]) {
		return slasher.UnpackSlasherNoSupplyError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["Slasher__NoValidators"].ID.Bytes()[:4]) {
		return slasher.UnpackSlasherNoValidatorsError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["Slasher__NoVotingPower"].ID.Bytes()[:4]) {
		return slasher.UnpackSlasherNoVotingPowerError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["Slasher__NotInCommittee"].ID.Bytes()[:4]) {
		return slasher.UnpackSlasherNotInCommitteeError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["Slasher__NotInCommitteeOfRange"].ID.Bytes()[:4]) {
		return slasher.UnpackSlasherNotInCommitteeOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["Slasher__NothingToSlash"].ID.Bytes()[:4]) {
		return slasher.UnpackSlasherNothingToSlashError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["Slasher__RenounceDisabled"].ID.Bytes()[:4]) {
		return slasher.UnpackSlasherRenounceDisabledError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["Slasher__SameHeader"].ID.Bytes()[:4]) {
		return slasher.UnpackSlasherSameHeaderError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["Slasher__SignatureMalleable"].ID.Bytes()[:4]) {
		return slasher.UnpackSlasherSignatureMalleableError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["Slasher__SignerMismatch"].ID.Bytes()[:4]) {
		return slasher.UnpackSlasherSignerMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["Slasher__SlotMismatch"].ID.Bytes()[:4]) {
		return slasher.UnpackSlasherSlotMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["Slasher__TooManyValidators"].ID.Bytes()[:4]) {
		return slasher.UnpackSlasherTooManyValidatorsError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["Slasher__UnexpectedState"].ID.Bytes()[:4]) {
		return slasher.UnpackSlasherUnexpectedStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["Slasher__UnknownProposal"].ID.Bytes()[:4]) {
		return slasher.UnpackSlasherUnknownProposalError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["Slasher__ValidatorsMismatch"].ID.Bytes()[:4]) {
		return slasher.UnpackSlasherValidatorsMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["Slasher__ValidatorsNotSorted"].ID.Bytes()[:4]) {
		return slasher.UnpackSlasherValidatorsNotSortedError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["Slasher__ZeroAddress"].ID.Bytes()[:4]) {
		return slasher.UnpackSlasherZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SlasherOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the Slasher contract.
type SlasherOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func SlasherOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (slasher *Slasher) UnpackOwnableInvalidOwnerError(raw []byte) (*SlasherOwnableInvalidOwner, error) {
	out := new(SlasherOwnableInvalidOwner)
	if err := slasher.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the Slasher contract.
type SlasherOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func SlasherOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (slasher *Slasher) UnpackOwnableUnauthorizedAccountError(raw []byte) (*SlasherOwnableUnauthorizedAccount, error) {
	out := new(SlasherOwnableUnauthorizedAccount)
	if err := slasher.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the Slasher contract.
type SlasherReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func SlasherReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (slasher *Slasher) UnpackReentrancyGuardReentrantCallError(raw []byte) (*SlasherReentrancyGuardReentrantCall, error) {
	out := new(SlasherReentrancyGuardReentrantCall)
	if err := slasher.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the Slasher contract.
type SlasherSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func SlasherSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (slasher *Slasher) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*SlasherSafeCastOverflowedUintDowncast, error) {
	out := new(SlasherSafeCastOverflowedUintDowncast)
	if err := slasher.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the Slasher contract.
type SlasherSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func SlasherSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (slasher *Slasher) UnpackSafeERC20FailedOperationError(raw []byte) (*SlasherSafeERC20FailedOperation, error) {
	out := new(SlasherSafeERC20FailedOperation)
	if err := slasher.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherSlasherAlreadyVoted represents a Slasher__AlreadyVoted error raised by the Slasher contract.
type SlasherSlasherAlreadyVoted struct {
	Id    *big.Int
	Voter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__AlreadyVoted(uint256 id, address voter)
func SlasherSlasherAlreadyVotedErrorID() common.Hash {
	return common.HexToHash("0xccaf471eae1b07cd17e1687bdfedc485da38c61a75808b75f7007b89cea678a2")
}

// UnpackSlasherAlreadyVotedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__AlreadyVoted(uint256 id, address voter)
func (slasher *Slasher) UnpackSlasherAlreadyVotedError(raw []byte) (*SlasherSlasherAlreadyVoted, error) {
	out := new(SlasherSlasherAlreadyVoted)
	if err := slasher.abi.UnpackIntoInterface(out, "Slasher__AlreadyVoted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherSlasherBondSettled represents a Slasher__BondSettled error raised by the Slasher contract.
type SlasherSlasherBondSettled struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__BondSettled(uint256 id)
func SlasherSlasherBondSettledErrorID() common.Hash {
	return common.HexToHash("0xc804f900ea6f24613cbfedb88cb1d2cb5ae0576defd485d284c6b8b5d9b04316")
}

// UnpackSlasherBondSettledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__BondSettled(uint256 id)
func (slasher *Slasher) UnpackSlasherBondSettledError(raw []byte) (*SlasherSlasherBondSettled, error) {
	out := new(SlasherSlasherBondSettled)
	if err := slasher.abi.UnpackIntoInterface(out, "Slasher__BondSettled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherSlasherEpochNotPruned represents a Slasher__EpochNotPruned error raised by the Slasher contract.
type SlasherSlasherEpochNotPruned struct {
	Epoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__EpochNotPruned(uint256 epoch)
func SlasherSlasherEpochNotPrunedErrorID() common.Hash {
	return common.HexToHash("0x3d6e24bfbc026c99fd4781ca3863a9cc172d565213b1391c1e25f4aa2cfaccc4")
}

// UnpackSlasherEpochNotPrunedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__EpochNotPruned(uint256 epoch)
func (slasher *Slasher) UnpackSlasherEpochNotPrunedError(raw []byte) (*SlasherSlasherEpochNotPruned, error) {
	out := new(SlasherSlasherEpochNotPruned)
	if err := slasher.abi.UnpackIntoInterface(out, "Slasher__EpochNotPruned", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherSlasherEpochRangeNotOver represents a Slasher__EpochRangeNotOver error raised by the Slasher contract.
type SlasherSlasherEpochRangeNotOver struct {
	LastEpoch    *big.Int
	CurrentEpoch *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__EpochRangeNotOver(uint256 lastEpoch, uint256 currentEpoch)
func SlasherSlasherEpochRangeNotOverErrorID() common.Hash {
	return common.HexToHash("0x368a9c96905e115de8367a68833b2a78d2dfe1ccc9368d0d4e93d2ac7bc765fa")
}

// UnpackSlasherEpochRangeNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__EpochRangeNotOver(uint256 lastEpoch, uint256 currentEpoch)
func (slasher *Slasher) UnpackSlasherEpochRangeNotOverError(raw []byte) (*SlasherSlasherEpochRangeNotOver, error) {
	out := new(SlasherSlasherEpochRangeNotOver)
	if err := slasher.abi.UnpackIntoInterface(out, "Slasher__EpochRangeNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherSlasherEpochRangeTooOld represents a Slasher__EpochRangeTooOld error raised by the Slasher contract.
type SlasherSlasherEpochRangeTooOld struct {
	LastEpoch    *big.Int
	CurrentEpoch *big.Int
	MaxAge       *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__EpochRangeTooOld(uint256 lastEpoch, uint256 currentEpoch, uint256 maxAge)
func SlasherSlasherEpochRangeTooOldErrorID() common.Hash {
	return common.HexToHash("0xa7043fde22b327665cf33a493206e43b36039878138807eaeac7dd58d980e29e")
}

// UnpackSlasherEpochRangeTooOldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__EpochRangeTooOld(uint256 lastEpoch, uint256 currentEpoch, uint256 maxAge)
func (slasher *Slasher) UnpackSlasherEpochRangeTooOldError(raw []byte) (*SlasherSlasherEpochRangeTooOld, error) {
	out := new(SlasherSlasherEpochRangeTooOld)
	if err := slasher.abi.UnpackIntoInterface(out, "Slasher__EpochRangeTooOld", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherSlasherEquivocationAlreadySlashed represents a Slasher__EquivocationAlreadySlashed error raised by the Slasher contract.
type SlasherSlasherEquivocationAlreadySlashed struct {
	Attester common.Address
	Slot     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__EquivocationAlreadySlashed(address attester, uint256 slot)
func SlasherSlasherEquivocationAlreadySlashedErrorID() common.Hash {
	return common.HexToHash("0x72515d6ecbf07ed32e6f08267d9b875ae628da609a722641c4312b6e96922b88")
}

// UnpackSlasherEquivocationAlreadySlashedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__EquivocationAlreadySlashed(address attester, uint256 slot)
func (slasher *Slasher) UnpackSlasherEquivocationAlreadySlashedError(raw []byte) (*SlasherSlasherEquivocationAlreadySlashed, error) {
	out := new(SlasherSlasherEquivocationAlreadySlashed)
	if err := slasher.abi.UnpackIntoInterface(out, "Slasher__EquivocationAlreadySlashed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherSlasherEvidenceInUse represents a Slasher__EvidenceInUse error raised by the Slasher contract.
type SlasherSlasherEvidenceInUse struct {
	Key       [32]byte
	Validator common.Address
	Id        *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__EvidenceInUse(bytes32 key, address validator, uint256 id)
func SlasherSlasherEvidenceInUseErrorID() common.Hash {
	return common.HexToHash("0x577dfa650bbcfa48e502c90bb855f21389a88123cb8b2c471c08e6cd2f02c16e")
}

// UnpackSlasherEvidenceInUseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__EvidenceInUse(bytes32 key, address validator, uint256 id)
func (slasher *Slasher) UnpackSlasherEvidenceInUseError(raw []byte) (*SlasherSlasherEvidenceInUse, error) {
	out := new(SlasherSlasherEvidenceInUse)
	if err := slasher.abi.UnpackIntoInterface(out, "Slasher__EvidenceInUse", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherSlasherExitDelayTooShort represents a Slasher__ExitDelayTooShort error raised by the Slasher contract.
type SlasherSlasherExitDelayTooShort struct {
	ExitDelay *big.Int
	Minimum   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__ExitDelayTooShort(uint256 exitDelay, uint256 minimum)
func SlasherSlasherExitDelayTooShortErrorID() common.Hash {
	return common.HexToHash("0x77770c2f5647a607557519a5d15a1a694b8ca133c020de09fd032f1742ae6cce")
}

// UnpackSlasherExitDelayTooShortError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__ExitDelayTooShort(uint256 exitDelay, uint256 minimum)
func (slasher *Slasher) UnpackSlasherExitDelayTooShortError(raw []byte) (*SlasherSlasherExitDelayTooShort, error) {
	out := new(SlasherSlasherExitDelayTooShort)
	if err := slasher.abi.UnpackIntoInterface(out, "Slasher__ExitDelayTooShort", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherSlasherInvalidEpochRange represents a Slasher__InvalidEpochRange error raised by the Slasher contract.
type SlasherSlasherInvalidEpochRange struct {
	FirstEpoch *big.Int
	LastEpoch  *big.Int
	Max        *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__InvalidEpochRange(uint256 firstEpoch, uint256 lastEpoch, uint256 max)
func SlasherSlasherInvalidEpochRangeErrorID() common.Hash {
	return common.HexToHash("0x05beeacd7221ae6c91f7e89349831afbb8fc3584daad6c94af180e30acf6de6d")
}

// UnpackSlasherInvalidEpochRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__InvalidEpochRange(uint256 firstEpoch, uint256 lastEpoch, uint256 max)
func (slasher *Slasher) UnpackSlasherInvalidEpochRangeError(raw []byte) (*SlasherSlasherInvalidEpochRange, error) {
	out := new(SlasherSlasherInvalidEpochRange)
	if err := slasher.abi.UnpackIntoInterface(out, "Slasher__InvalidEpochRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherSlasherInvalidParam represents a Slasher__InvalidParam error raised by the Slasher contract.
type SlasherSlasherInvalidParam struct {
	Name  string
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__InvalidParam(string name, uint256 value)
func SlasherSlasherInvalidParamErrorID() common.Hash {
	return common.HexToHash("0xa9c7d8f06a07e364ba4d9f9873d3c065ba015644e8c66ff8063779183d155817")
}

// UnpackSlasherInvalidParamError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__InvalidParam(string name, uint256 value)
func (slasher *Slasher) UnpackSlasherInvalidParamError(raw []byte) (*SlasherSlasherInvalidParam, error) {
	out := new(SlasherSlasherInvalidParam)
	if err := slasher.abi.UnpackIntoInterface(out, "Slasher__InvalidParam", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherSlasherInvalidSignature represents a Slasher__InvalidSignature error raised by the Slasher contract.
type SlasherSlasherInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__InvalidSignature()
func SlasherSlasherInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x15e11ea21c577de110aa3b0a1077053ed25e3b6f816552c64672d3ecbe03b47c")
}

// UnpackSlasherInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__InvalidSignature()
func (slasher *Slasher) UnpackSlasherInvalidSignatureError(raw []byte) (*SlasherSlasherInvalidSignature, error) {
	out := new(SlasherSlasherInvalidSignature)
	if err := slasher.abi.UnpackIntoInterface(out, "Slasher__InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherSlasherInvalidSignatureLength represents a Slasher__InvalidSignatureLength error raised by the Slasher contract.
type SlasherSlasherInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__InvalidSignatureLength(uint256 length)
func SlasherSlasherInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0x53db421bda1b41c10a9a61f819eff0bc8e94b478fd83c8c112e89fea71d6f099")
}

// UnpackSlasherInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__InvalidSignatureLength(uint256 length)
func (slasher *Slasher) UnpackSlasherInvalidSignatureLengthError(raw []byte) (*SlasherSlasherInvalidSignatureLength, error) {
	out := new(SlasherSlasherInvalidSignatureLength)
	if err := slasher.abi.UnpackIntoInterface(out, "Slasher__InvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherSlasherNoRecord represents a Slasher__NoRecord error raised by the Slasher contract.
type SlasherSlasherNoRecord struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__NoRecord()
func SlasherSlasherNoRecordErrorID() common.Hash {
	return common.HexToHash("0x944d97ccf367405ba912588be92fe94088dd8b2ecf9dc2a6846dace4551a7661")
}

// UnpackSlasherNoRecordError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__NoRecord()
func (slasher *Slasher) UnpackSlasherNoRecordError(raw []byte) (*SlasherSlasherNoRecord, error) {
	out := new(SlasherSlasherNoRecord)
	if err := slasher.abi.UnpackIntoInterface(out, "Slasher__NoRecord", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherSlasherNoSupply represents a Slasher__NoSupply error raised by the Slasher contract.
type SlasherSlasherNoSupply struct {
	Timepoint *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__NoSupply(uint256 timepoint)
func SlasherSlasherNoSupplyErrorID() common.Hash {
	return common.HexToHash("0x88d1defc6bce98265579b07e1264e61dca5f3a3a32120a08887bbfda2f903099")
}

// UnpackSlasherNoSupplyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__NoSupply(uint256 timepoint)
func (slasher *Slasher) UnpackSlasherNoSupplyError(raw []byte) (*SlasherSlasherNoSupply, error) {
	out := new(SlasherSlasherNoSupply)
	if err := slasher.abi.UnpackIntoInterface(out, "Slasher__NoSupply", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherSlasherNoValidators represents a Slasher__NoValidators error raised by the Slasher contract.
type SlasherSlasherNoValidators struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__NoValidators()
func SlasherSlasherNoValidatorsErrorID() common.Hash {
	return common.HexToHash("0xe438c1cdc37fd39b7f254b90ea4122bc188aaafe4c66ffb1a64808f3c34b6585")
}

// UnpackSlasherNoValidatorsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__NoValidators()
func (slasher *Slasher) UnpackSlasherNoValidatorsError(raw []byte) (*SlasherSlasherNoValidators, error) {
	out := new(SlasherSlasherNoValidators)
	if err := slasher.abi.UnpackIntoInterface(out, "Slasher__NoValidators", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherSlasherNoVotingPower represents a Slasher__NoVotingPower error raised by the Slasher contract.
type SlasherSlasherNoVotingPower struct {
	Id    *big.Int
	Voter common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__NoVotingPower(uint256 id, address voter)
func SlasherSlasherNoVotingPowerErrorID() common.Hash {
	return common.HexToHash("0x8b749274af89e210062efee64278928313ffc6739fd941a85d6b1de8e005008c")
}

// UnpackSlasherNoVotingPowerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__NoVotingPower(uint256 id, address voter)
func (slasher *Slasher) UnpackSlasherNoVotingPowerError(raw []byte) (*SlasherSlasherNoVotingPower, error) {
	out := new(SlasherSlasherNoVotingPower)
	if err := slasher.abi.UnpackIntoInterface(out, "Slasher__NoVotingPower", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherSlasherNotInCommittee represents a Slasher__NotInCommittee error raised by the Slasher contract.
type SlasherSlasherNotInCommittee struct {
	Epoch    *big.Int
	Attester common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__NotInCommittee(uint256 epoch, address attester)
func SlasherSlasherNotInCommitteeErrorID() common.Hash {
	return common.HexToHash("0xfcc52e3154b1bc67829b405e5bc2a60bda6353e8392a3bb02e0ee66d4e32709d")
}

// UnpackSlasherNotInCommitteeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__NotInCommittee(uint256 epoch, address attester)
func (slasher *Slasher) UnpackSlasherNotInCommitteeError(raw []byte) (*SlasherSlasherNotInCommittee, error) {
	out := new(SlasherSlasherNotInCommittee)
	if err := slasher.abi.UnpackIntoInterface(out, "Slasher__NotInCommittee", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherSlasherNotInCommitteeOfRange represents a Slasher__NotInCommitteeOfRange error raised by the Slasher contract.
type SlasherSlasherNotInCommitteeOfRange struct {
	FirstEpoch *big.Int
	LastEpoch  *big.Int
	Attester   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__NotInCommitteeOfRange(uint256 firstEpoch, uint256 lastEpoch, address attester)
func SlasherSlasherNotInCommitteeOfRangeErrorID() common.Hash {
	return common.HexToHash("0x19c3d9cab536a48c13f089e2b56063ec69610b31e18c6a57c2462fecd762a37d")
}

// UnpackSlasherNotInCommitteeOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__NotInCommitteeOfRange(uint256 firstEpoch, uint256 lastEpoch, address attester)
func (slasher *Slasher) UnpackSlasherNotInCommitteeOfRangeError(raw []byte) (*SlasherSlasherNotInCommitteeOfRange, error) {
	out := new(SlasherSlasherNotInCommitteeOfRange)
	if err := slasher.abi.UnpackIntoInterface(out, "Slasher__NotInCommitteeOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherSlasherNothingToSlash represents a Slasher__NothingToSlash error raised by the Slasher contract.
type SlasherSlasherNothingToSlash struct {
	Attester common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__NothingToSlash(address attester)
func SlasherSlasherNothingToSlashErrorID() common.Hash {
	return common.HexToHash("0x25905a3a4515865675b5f0bcd1c90004c506c91aa29e4c90356c578fde577ba1")
}

// UnpackSlasherNothingToSlashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__NothingToSlash(address attester)
func (slasher *Slasher) UnpackSlasherNothingToSlashError(raw []byte) (*SlasherSlasherNothingToSlash, error) {
	out := new(SlasherSlasherNothingToSlash)
	if err := slasher.abi.UnpackIntoInterface(out, "Slasher__NothingToSlash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherSlasherRenounceDisabled represents a Slasher__RenounceDisabled error raised by the Slasher contract.
type SlasherSlasherRenounceDisabled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__RenounceDisabled()
func SlasherSlasherRenounceDisabledErrorID() common.Hash {
	return common.HexToHash("0xf9032fda2b66d368dd60257509ca369ebab6cc3be91ec33591a27ddca766840e")
}

// UnpackSlasherRenounceDisabledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__RenounceDisabled()
func (slasher *Slasher) UnpackSlasherRenounceDisabledError(raw []byte) (*SlasherSlasherRenounceDisabled, error) {
	out := new(SlasherSlasherRenounceDisabled)
	if err := slasher.abi.UnpackIntoInterface(out, "Slasher__RenounceDisabled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherSlasherSameHeader represents a Slasher__SameHeader error raised by the Slasher contract.
type SlasherSlasherSameHeader struct {
	HeaderHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__SameHeader(bytes32 headerHash)
func SlasherSlasherSameHeaderErrorID() common.Hash {
	return common.HexToHash("0x1525c0fe0d3cc9a9733b5f6602187fa9163fa3f9ef9444dd96c882176239c28f")
}

// UnpackSlasherSameHeaderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__SameHeader(bytes32 headerHash)
func (slasher *Slasher) UnpackSlasherSameHeaderError(raw []byte) (*SlasherSlasherSameHeader, error) {
	out := new(SlasherSlasherSameHeader)
	if err := slasher.abi.UnpackIntoInterface(out, "Slasher__SameHeader", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherSlasherSignatureMalleable represents a Slasher__SignatureMalleable error raised by the Slasher contract.
type SlasherSlasherSignatureMalleable struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__SignatureMalleable(bytes32 s)
func SlasherSlasherSignatureMalleableErrorID() common.Hash {
	return common.HexToHash("0x5dd8c9ee52b9ab916273b2edabff6955905d8700a4478288c42236df814c90b5")
}

// UnpackSlasherSignatureMalleableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__SignatureMalleable(bytes32 s)
func (slasher *Slasher) UnpackSlasherSignatureMalleableError(raw []byte) (*SlasherSlasherSignatureMalleable, error) {
	out := new(SlasherSlasherSignatureMalleable)
	if err := slasher.abi.UnpackIntoInterface(out, "Slasher__SignatureMalleable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherSlasherSignerMismatch represents a Slasher__SignerMismatch error raised by the Slasher contract.
type SlasherSlasherSignerMismatch struct {
	Expected  common.Address
	Recovered common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__SignerMismatch(address expected, address recovered)
func SlasherSlasherSignerMismatchErrorID() common.Hash {
	return common.HexToHash("0xd655a97d60205d9573b224a71a787d92ddc8cc8208c1af9421d3da3e7d0fe183")
}

// UnpackSlasherSignerMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__SignerMismatch(address expected, address recovered)
func (slasher *Slasher) UnpackSlasherSignerMismatchError(raw []byte) (*SlasherSlasherSignerMismatch, error) {
	out := new(SlasherSlasherSignerMismatch)
	if err := slasher.abi.UnpackIntoInterface(out, "Slasher__SignerMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherSlasherSlotMismatch represents a Slasher__SlotMismatch error raised by the Slasher contract.
type SlasherSlasherSlotMismatch struct {
	Slot1 *big.Int
	Slot2 *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__SlotMismatch(uint256 slot1, uint256 slot2)
func SlasherSlasherSlotMismatchErrorID() common.Hash {
	return common.HexToHash("0x529eb0034457a0391c8e76f1632724632b238b67bf5c05f34c8743d1dfc1ae77")
}

// UnpackSlasherSlotMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__SlotMismatch(uint256 slot1, uint256 slot2)
func (slasher *Slasher) UnpackSlasherSlotMismatchError(raw []byte) (*SlasherSlasherSlotMismatch, error) {
	out := new(SlasherSlasherSlotMismatch)
	if err := slasher.abi.UnpackIntoInterface(out, "Slasher__SlotMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherSlasherTooManyValidators represents a Slasher__TooManyValidators error raised by the Slasher contract.
type SlasherSlasherTooManyValidators struct {
	Count *big.Int
	Max   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__TooManyValidators(uint256 count, uint256 max)
func SlasherSlasherTooManyValidatorsErrorID() common.Hash {
	return common.HexToHash("0xb490175e43fd0175f5a88b3d71ce361085f2ac4586a261a197400cc356490afb")
}

// UnpackSlasherTooManyValidatorsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__TooManyValidators(uint256 count, uint256 max)
func (slasher *Slasher) UnpackSlasherTooManyValidatorsError(raw []byte) (*SlasherSlasherTooManyValidators, error) {
	out := new(SlasherSlasherTooManyValidators)
	if err := slasher.abi.UnpackIntoInterface(out, "Slasher__TooManyValidators", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherSlasherUnexpectedState represents a Slasher__UnexpectedState error raised by the Slasher contract.
type SlasherSlasherUnexpectedState struct {
	Id    *big.Int
	State uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__UnexpectedState(uint256 id, uint8 state)
func SlasherSlasherUnexpectedStateErrorID() common.Hash {
	return common.HexToHash("0xe2df768cb0241764917ce20bde275520f6a7bad6f69b74a8bf6ce047034eea3b")
}

// UnpackSlasherUnexpectedStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__UnexpectedState(uint256 id, uint8 state)
func (slasher *Slasher) UnpackSlasherUnexpectedStateError(raw []byte) (*SlasherSlasherUnexpectedState, error) {
	out := new(SlasherSlasherUnexpectedState)
	if err := slasher.abi.UnpackIntoInterface(out, "Slasher__UnexpectedState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherSlasherUnknownProposal represents a Slasher__UnknownProposal error raised by the Slasher contract.
type SlasherSlasherUnknownProposal struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__UnknownProposal(uint256 id)
func SlasherSlasherUnknownProposalErrorID() common.Hash {
	return common.HexToHash("0x90deb4372e0c2a0b64074ee5dc6790a81d2398cf37eb77211e7fd3bf0ecbab06")
}

// UnpackSlasherUnknownProposalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__UnknownProposal(uint256 id)
func (slasher *Slasher) UnpackSlasherUnknownProposalError(raw []byte) (*SlasherSlasherUnknownProposal, error) {
	out := new(SlasherSlasherUnknownProposal)
	if err := slasher.abi.UnpackIntoInterface(out, "Slasher__UnknownProposal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherSlasherValidatorsMismatch represents a Slasher__ValidatorsMismatch error raised by the Slasher contract.
type SlasherSlasherValidatorsMismatch struct {
	Attester common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__ValidatorsMismatch(address attester)
func SlasherSlasherValidatorsMismatchErrorID() common.Hash {
	return common.HexToHash("0x27d8db1fc6fffaeeddf1fce23320f2993511f0feb9240bf8e05972a9c0add8d3")
}

// UnpackSlasherValidatorsMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__ValidatorsMismatch(address attester)
func (slasher *Slasher) UnpackSlasherValidatorsMismatchError(raw []byte) (*SlasherSlasherValidatorsMismatch, error) {
	out := new(SlasherSlasherValidatorsMismatch)
	if err := slasher.abi.UnpackIntoInterface(out, "Slasher__ValidatorsMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherSlasherValidatorsNotSorted represents a Slasher__ValidatorsNotSorted error raised by the Slasher contract.
type SlasherSlasherValidatorsNotSorted struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__ValidatorsNotSorted(uint256 index)
func SlasherSlasherValidatorsNotSortedErrorID() common.Hash {
	return common.HexToHash("0x3a24c6efc80075084bbfdd0376b2cd55ae8bb943e4d5dee66436ffcc46a92917")
}

// UnpackSlasherValidatorsNotSortedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__ValidatorsNotSorted(uint256 index)
func (slasher *Slasher) UnpackSlasherValidatorsNotSortedError(raw []byte) (*SlasherSlasherValidatorsNotSorted, error) {
	out := new(SlasherSlasherValidatorsNotSorted)
	if err := slasher.abi.UnpackIntoInterface(out, "Slasher__ValidatorsNotSorted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherSlasherZeroAddress represents a Slasher__ZeroAddress error raised by the Slasher contract.
type SlasherSlasherZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Slasher__ZeroAddress()
func SlasherSlasherZeroAddressErrorID() common.Hash {
	return common.HexToHash("0x62e02bcb83b84cc6e436d811071c98e2d2e7f982546bf392b4b20ece32fe3514")
}

// UnpackSlasherZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Slasher__ZeroAddress()
func (slasher *Slasher) UnpackSlasherZeroAddressError(raw []byte) (*SlasherSlasherZeroAddress, error) {
	out := new(SlasherSlasherZeroAddress)
	if err := slasher.abi.UnpackIntoInterface(out, "Slasher__ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
