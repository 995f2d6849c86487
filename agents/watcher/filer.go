package watcher

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/internal/txmgr"
	"github.com/sptn/sptn/bindings/azt"
	"github.com/sptn/sptn/bindings/slasher"
	"github.com/sptn/sptn/bindings/sptnerrors"
)

// Errors of filing.
var (
	// ErrDoneByOther is an action the Slasher refused because another filer or reporter did it
	// first (Slasher__EvidenceInUse: a validator named is already named by a live or executed
	// proposal on a pruned epoch or an equivocation; Slasher__EquivocationAlreadySlashed,
	// Slasher__AlreadyVoted).
	ErrDoneByOther = errors.New("watcher: already done on the Slasher by someone else")
	// ErrNotVotable is a vote the Slasher refused for a reason that will not change for this
	// proposal (no voting power at its snapshot, or it is no longer active).
	ErrNotVotable = errors.New("watcher: cannot vote on this proposal")
	// ErrTooOld is a filing the Slasher refused because its epoch range is past the age bound
	// (Slasher__EpochRangeTooOld): it will not be accepted later either.
	ErrTooOld = errors.New("watcher: the Slasher refuses this range as too old")
	// ErrNotYet is a filing the Slasher refused because L1 has not reached the epoch after its
	// range yet: the node's record runs ahead of L1 (seals come up to two slots early), so a
	// window can be judged just before L1 ends it. It is filed at a later tick (review r18l L3).
	ErrNotYet = errors.New("watcher: L1 has not ended this range yet")
	// ErrNotAFiling is a transaction behind a ProposalFiled log that is not a direct call of
	// the Slasher's file(...) (sent through another contract, or whose calldata does not decode):
	// its evidence cannot be read, so the watcher does not vote for the proposal.
	ErrNotAFiling = errors.New("watcher: not a direct call of Slasher.file")
)

// Proposal states, as the Slasher's ProposalState enum numbers them.
const (
	StatePending uint8 = iota
	StateActive
	StateDefeated
	StateSucceeded
	StateExecuted
	StateExpired
)

// Filer acts on the Slasher. L1Filer is the implementation; unit tests use a fake.
type Filer interface {
	// Proposals returns, for each of validators, the latest proposal on the evidence key that
	// names it (0: none). The Slasher accounts PRUNED_EPOCH and EQUIVOCATION evidence per
	// (evidence, validator); it records nothing here for INACTIVITY (see Filed).
	Proposals(ctx context.Context, key common.Hash, validators []common.Address) ([]uint64, error)
	// Filed returns the proposals filed on the evidence key in L1 blocks from to to inclusive
	// (the Slasher's ProposalFiled logs, whose evidenceKey is indexed): how the watcher finds
	// every proposal on an inactivity window.
	Filed(ctx context.Context, key common.Hash, from, to uint64) ([]Filed, error)
	// Filing returns the arguments of the Slasher.file call that transaction tx is: the only
	// place an INACTIVITY proposal's record is (the Slasher neither stores nor emits it).
	// ErrNotAFiling if tx is not a direct call of Slasher.file.
	Filing(ctx context.Context, tx common.Hash) (FileCall, error)
	// FilingBlock returns the L1 block transaction tx is mined in on the current chain (0: it is
	// not): where an L1 reorg moved a filing whose log is gone from its block (review r18i C).
	FilingBlock(ctx context.Context, tx common.Hash) (uint64, error)
	// Proposal returns who filed proposal id, on which evidence, naming whom.
	Proposal(ctx context.Context, id uint64) (ProposalInfo, error)
	// File files a proposal naming ev.Validators under the txmgr idempotency key txID and
	// returns its id. The consequence is the Slasher's (proposalSlashBps and a kick).
	File(ctx context.Context, txID string, ev Evidence) (uint64, error)
	// EquivocationSlashed reports whether the attester was already slashed for the slot.
	EquivocationSlashed(ctx context.Context, attester common.Address, slot uint64) (bool, error)
	// SlashEquivocation slashes the equivocation without a vote, under txID.
	SlashEquivocation(ctx context.Context, txID string, e *slasher.Equivocation) error
	// State returns the state of proposal id and whether the filer's key has voted on it.
	State(ctx context.Context, id uint64) (state uint8, voted bool, err error)
	// Vote votes for proposal id under txID.
	Vote(ctx context.Context, txID string, id uint64) error
	// Execute executes passed proposal id under txID (ErrNotVotable: not Succeeded any more).
	Execute(ctx context.Context, txID string, id uint64) error
}

// ProposalInfo is what the watcher reads of a proposal: who filed it, on which evidence (its
// kind and key), naming whom, and (Proposal only, 0 from the logs) the L1 time at which its
// vote ends.
type ProposalInfo struct {
	Proposer   common.Address
	Kind       uint8
	Key        common.Hash
	Validators []common.Address
	VoteEnd    uint64
}

// FileCall is the arguments of one Slasher.file call.
type FileCall struct {
	Validators []common.Address
	Kind       uint8
	Evidence   []byte
}

// Sender sends transactions; *txmgr.Manager implements it.
type Sender interface {
	Send(ctx context.Context, c txmgr.TxCandidate) (*types.Receipt, error)
}

// L1Filer is the Filer of a deployed Slasher, sending from one key through the txmgr.
type L1Filer struct {
	chain   Chain
	sender  Sender
	from    common.Address
	slasher common.Address
	token   common.Address
	abi     *slasher.Slasher
	azt     *azt.AZT
}

// NewL1Filer makes a filer for the Slasher at addr that pays bonds in the AZT at token.
func NewL1Filer(c Chain, s Sender, from, addr, token common.Address) *L1Filer {
	return &L1Filer{chain: c, sender: s, from: from, slasher: addr, token: token, abi: slasher.NewSlasher(), azt: azt.NewAZT()}
}

func (f *L1Filer) call(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
	return f.chain.CallContract(ctx, ethereum.CallMsg{From: f.from, To: &to, Data: data}, nil)
}

// Proposals implements Filer with one call of Slasher.proposalsFor.
func (f *L1Filer) Proposals(ctx context.Context, key common.Hash, validators []common.Address) ([]uint64, error) {
	raw, err := f.call(ctx, f.slasher, f.abi.PackProposalsFor(key, validators))
	if err != nil {
		return nil, fmt.Errorf("read proposalsFor: %w", err)
	}
	ids, err := f.abi.UnpackProposalsFor(raw)
	if err != nil {
		return nil, fmt.Errorf("read proposalsFor: %w", err)
	}
	if len(ids) != len(validators) {
		return nil, fmt.Errorf("read proposalsFor: %d ids for %d validators", len(ids), len(validators))
	}
	out := make([]uint64, len(ids))
	for i, id := range ids {
		out[i] = id.Uint64()
	}
	return out, nil
}

var proposalFiledID = slasher.NewSlasher().GetABI().Events["ProposalFiled"].ID

// Filed implements Filer with one eth_getLogs of the Slasher's ProposalFiled on key. Logs of
// blocks a reorg removed are left out.
func (f *L1Filer) Filed(ctx context.Context, key common.Hash, from, to uint64) ([]Filed, error) {
	logs, err := f.chain.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{f.slasher}, Topics: [][]common.Hash{{proposalFiledID}, nil, nil, {key}},
	})
	if err != nil {
		return nil, fmt.Errorf("read ProposalFiled logs %d-%d: %w", from, to, err)
	}
	out := make([]Filed, 0, len(logs))
	for i := range logs {
		if logs[i].Removed || logs[i].Address != f.slasher {
			continue
		}
		e, err := f.abi.UnpackProposalFiledEvent(&logs[i])
		if err != nil {
			return nil, fmt.Errorf("decode ProposalFiled: %w", err)
		}
		out = append(out, Filed{ID: e.Id.Uint64(), TxHash: logs[i].TxHash, Block: logs[i].BlockNumber, ProposalInfo: ProposalInfo{Proposer: e.Proposer,
			Kind: e.Kind, Key: e.EvidenceKey, Validators: e.Validators}})
	}
	return out, nil
}

// txReader reads a transaction by hash (*l1.Client and ethclient implement it).
type txReader interface {
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
}

var fileMethod = slasher.NewSlasher().GetABI().Methods["file"]

// receiptReader reads a transaction's receipt (*l1.Client and ethclient implement it).
type receiptReader interface {
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
}

// FilingBlock implements Filer with one eth_getTransactionReceipt (ethereum.NotFound: 0).
func (f *L1Filer) FilingBlock(ctx context.Context, hash common.Hash) (uint64, error) {
	r, ok := f.chain.(receiptReader)
	if !ok {
		return 0, fmt.Errorf("read the receipt of filing %s: the L1 client cannot read receipts", hash)
	}
	rc, err := r.TransactionReceipt(ctx, hash)
	if errors.Is(err, ethereum.NotFound) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("read the receipt of filing %s: %w", hash, err)
	}
	if rc == nil || rc.BlockNumber == nil || rc.Status != types.ReceiptStatusSuccessful {
		return 0, nil
	}
	return rc.BlockNumber.Uint64(), nil
}

// Filing implements Filer with one eth_getTransactionByHash: the transaction must be sent to the
// Slasher itself and its calldata must decode as file(address[],uint8,bytes).
func (f *L1Filer) Filing(ctx context.Context, hash common.Hash) (FileCall, error) {
	r, ok := f.chain.(txReader)
	if !ok {
		return FileCall{}, fmt.Errorf("read filing %s: the L1 client cannot read transactions", hash)
	}
	tx, _, err := r.TransactionByHash(ctx, hash)
	if err != nil {
		return FileCall{}, fmt.Errorf("read filing %s: %w", hash, err)
	}
	if tx.To() == nil || *tx.To() != f.slasher {
		return FileCall{}, fmt.Errorf("filing %s: sent to %v, not the Slasher: %w", hash, tx.To(), ErrNotAFiling)
	}
	data := tx.Data()
	if len(data) < 4 || !bytes.Equal(data[:4], fileMethod.ID) {
		return FileCall{}, fmt.Errorf("filing %s: calldata is not file(...): %w", hash, ErrNotAFiling)
	}
	args, err := fileMethod.Inputs.Unpack(data[4:])
	if err != nil || len(args) != 3 {
		return FileCall{}, fmt.Errorf("filing %s: calldata does not decode (%v): %w", hash, err, ErrNotAFiling)
	}
	vs, ok1 := args[0].([]common.Address)
	kind, ok2 := args[1].(uint8)
	ev, ok3 := args[2].([]byte)
	if !ok1 || !ok2 || !ok3 {
		return FileCall{}, fmt.Errorf("filing %s: calldata has unexpected types: %w", hash, ErrNotAFiling)
	}
	return FileCall{Validators: vs, Kind: kind, Evidence: ev}, nil
}

// Proposal implements Filer with one call of Slasher.getProposal.
func (f *L1Filer) Proposal(ctx context.Context, id uint64) (ProposalInfo, error) {
	raw, err := f.call(ctx, f.slasher, f.abi.PackGetProposal(new(big.Int).SetUint64(id)))
	if err != nil {
		return ProposalInfo{}, fmt.Errorf("read proposal %d: %w", id, err)
	}
	p, err := f.abi.UnpackGetProposal(raw)
	if err != nil {
		return ProposalInfo{}, fmt.Errorf("read proposal %d: %w", id, err)
	}
	var end uint64
	if p.VoteEnd != nil {
		end = p.VoteEnd.Uint64()
	}
	return ProposalInfo{Proposer: p.Proposer, Kind: p.Kind, Key: p.EvidenceKey, Validators: p.Validators, VoteEnd: end}, nil
}

// File implements Filer: it approves the Slasher for the filing bond if the allowance is short
// (once; the approval is for the bond in force), then files.
func (f *L1Filer) File(ctx context.Context, txID string, ev Evidence) (uint64, error) {
	data, err := ev.Encode()
	if err != nil {
		return 0, err
	}
	bonds := int64(1)
	if ev.Kind == KindInactivity {
		bonds = int64(len(ev.Validators)) // one bond per named validator
	}
	if err := f.approveBond(ctx, bonds); err != nil {
		return 0, err
	}
	rcpt, err := f.sender.Send(ctx, txmgr.TxCandidate{ID: txID, To: &f.slasher,
		Data: f.abi.PackFile(ev.Validators, ev.Kind, data)})
	if err != nil {
		return 0, f.refused("file", err)
	}
	for _, l := range rcpt.Logs {
		if l.Address != f.slasher {
			continue
		}
		if e, err := f.abi.UnpackProposalFiledEvent(l); err == nil {
			return e.Id.Uint64(), nil
		}
	}
	return 0, fmt.Errorf("file: receipt %s has no ProposalFiled event", rcpt.TxHash)
}

// approveBond makes sure the Slasher may pull `bonds` filing bonds.
func (f *L1Filer) approveBond(ctx context.Context, bonds int64) error {
	raw, err := f.call(ctx, f.slasher, f.abi.PackGetParams())
	if err != nil {
		return fmt.Errorf("read slasher params: %w", err)
	}
	params, err := f.abi.UnpackGetParams(raw)
	if err != nil {
		return fmt.Errorf("read slasher params: %w", err)
	}
	bond := new(big.Int).Mul(params.FilingBond, big.NewInt(bonds))
	if bond.Sign() == 0 {
		return nil
	}
	raw, err = f.call(ctx, f.token, f.azt.PackAllowance(f.from, f.slasher))
	if err != nil {
		return fmt.Errorf("read bond allowance: %w", err)
	}
	allowance, err := f.azt.UnpackAllowance(raw)
	if err != nil {
		return fmt.Errorf("read bond allowance: %w", err)
	}
	if allowance.Cmp(bond) >= 0 {
		return nil
	}
	raw, err = f.call(ctx, f.token, f.azt.PackBalanceOf(f.from))
	if err != nil {
		return fmt.Errorf("read AZT balance: %w", err)
	}
	if bal, err := f.azt.UnpackBalanceOf(raw); err == nil && bal.Cmp(bond) < 0 {
		return fmt.Errorf("filing bond: %s holds %s AZT wei, the bond is %s", f.from, bal, bond)
	}
	// Approve ten times what this filing needs, so that the next filings need no approval of
	// their own.
	amount := new(big.Int).Mul(bond, big.NewInt(10))
	id := fmt.Sprintf("slasher/approve/%s/%s/%s", f.slasher.Hex(), allowance, amount)
	if _, err := f.sender.Send(ctx, txmgr.TxCandidate{ID: id, To: &f.token, Data: f.azt.PackApprove(f.slasher, amount)}); err != nil {
		return fmt.Errorf("approve the filing bond: %w", err)
	}
	return nil
}

// EquivocationSlashed implements Filer.
func (f *L1Filer) EquivocationSlashed(ctx context.Context, attester common.Address, slot uint64) (bool, error) {
	raw, err := f.call(ctx, f.slasher, f.abi.PackEquivocationSlashed(attester, new(big.Int).SetUint64(slot)))
	if err != nil {
		return false, fmt.Errorf("read equivocationSlashed: %w", err)
	}
	return f.abi.UnpackEquivocationSlashed(raw)
}

// SlashEquivocation implements Filer.
func (f *L1Filer) SlashEquivocation(ctx context.Context, txID string, e *slasher.Equivocation) error {
	_, err := f.sender.Send(ctx, txmgr.TxCandidate{ID: txID, To: &f.slasher, Data: f.abi.PackSlashEquivocation(*e)})
	if err != nil {
		return f.refused("slashEquivocation", err)
	}
	return nil
}

// State implements Filer.
func (f *L1Filer) State(ctx context.Context, id uint64) (uint8, bool, error) {
	raw, err := f.call(ctx, f.slasher, f.abi.PackState(new(big.Int).SetUint64(id)))
	if err != nil {
		return 0, false, fmt.Errorf("read state of proposal %d: %w", id, err)
	}
	st, err := f.abi.UnpackState(raw)
	if err != nil {
		return 0, false, fmt.Errorf("read state of proposal %d: %w", id, err)
	}
	raw, err = f.call(ctx, f.slasher, f.abi.PackHasVoted(new(big.Int).SetUint64(id), f.from))
	if err != nil {
		return 0, false, fmt.Errorf("read hasVoted on proposal %d: %w", id, err)
	}
	voted, err := f.abi.UnpackHasVoted(raw)
	return st, voted, err
}

// Vote implements Filer.
func (f *L1Filer) Vote(ctx context.Context, txID string, id uint64) error {
	_, err := f.sender.Send(ctx, txmgr.TxCandidate{ID: txID, To: &f.slasher,
		Data: f.abi.PackCastVote(new(big.Int).SetUint64(id), true)})
	if err != nil {
		return f.refused("castVote", err)
	}
	return nil
}

// Execute implements Filer.
func (f *L1Filer) Execute(ctx context.Context, txID string, id uint64) error {
	_, err := f.sender.Send(ctx, txmgr.TxCandidate{ID: txID, To: &f.slasher, Data: f.abi.PackExecute(new(big.Int).SetUint64(id))})
	if err != nil {
		return f.refused("execute", err)
	}
	return nil
}

// refused maps the Slasher's reverts that mean "someone else did it" or "cannot be done" onto
// the package's sentinel errors.
func (f *L1Filer) refused(op string, err error) error {
	if v, ok := protocol.DecodeRevert(err); ok {
		switch v.(type) {
		case *sptnerrors.ErrorsLibSlasherEvidenceInUse, *sptnerrors.ErrorsLibSlasherEquivocationAlreadySlashed,
			*sptnerrors.ErrorsLibSlasherAlreadyVoted:
			return fmt.Errorf("%s: %w (%T)", op, ErrDoneByOther, v)
		case *sptnerrors.ErrorsLibSlasherEpochRangeTooOld:
			return fmt.Errorf("%s: %w (%+v)", op, ErrTooOld, v)
		case *sptnerrors.ErrorsLibSlasherEpochRangeNotOver:
			return fmt.Errorf("%s: %w (%+v)", op, ErrNotYet, v)
		case *sptnerrors.ErrorsLibSlasherNoVotingPower, *sptnerrors.ErrorsLibSlasherUnexpectedState:
			return fmt.Errorf("%s: %w (%T %+v)", op, ErrNotVotable, v, v)
		}
		return fmt.Errorf("%s: the Slasher refused (%T %+v): %w", op, v, v, err)
	}
	// Anything else, txmgr.ErrReverted included (mined and reverted: usually a competing
	// filer in the same block), leaves the evidence pending; the next tick checks the
	// Slasher again before sending anything.
	return fmt.Errorf("%s: %w", op, err)
}
