package protocol_test

import (
	"context"
	"crypto/ecdsa"
	"io"
	"log/slog"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/devnet"
	"github.com/sptn/sptn/agents/internal/anviltest"
	"github.com/sptn/sptn/agents/internal/keys"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/bindings/rollup"
	"github.com/sptn/sptn/bindings/sptnerrors"
	"github.com/sptn/sptn/bindings/staking"
)

type chain struct {
	t      *testing.T
	ctx    context.Context
	c      *ethclient.Client
	net    *devnet.Network
	rollup common.Address
	abi    *rollup.Rollup
}

func call[T any](ch *chain, to common.Address, data []byte, unpack func([]byte) (T, error)) T {
	ch.t.Helper()
	raw, err := ch.c.CallContract(ch.ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	require.NoError(ch.t, err)
	v, err := unpack(raw)
	require.NoError(ch.t, err)
	return v
}

func big64(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

// TestAgentsAgreeWithTheRollup deploys the suite on a real anvil, adds sequencers, and checks
// that the Go implementation computes what the contract computes: committees, proposers, header
// hashes, attestation digests and the testnet proof, ending with a real propose and proof.
func TestAgentsAgreeWithTheRollup(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	root, err := filepath.Abs(filepath.Join("..", "..", ".."))
	require.NoError(t, err)
	n, err := devnet.Up(ctx, devnet.Config{
		Root: root, DataDir: t.TempDir(), L1Port: anviltest.FreePort(t), L1BlockTime: time.Second, ChainID: 31337,
		RollupEnv: []string{"ROLLUP_GENESIS_DELAY=3600", "ROLLUP_COMMITTEE_SIZE=5"},
		Out:       io.Discard, Log: slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
	require.NoError(t, err)
	t.Cleanup(n.Down)
	c, err := n.Dial(ctx)
	require.NoError(t, err)
	t.Cleanup(c.Close)
	rollupAddr, err := n.Deployments.Address("Rollup")
	require.NoError(t, err)
	stakingAddr, err := n.Deployments.Address("Staking")
	require.NoError(t, err)
	ch := &chain{t: t, ctx: ctx, c: c, net: n, rollup: rollupAddr, abi: rollup.NewRollup()}
	r := ch.abi

	keysOf := map[common.Address]*ecdsa.PrivateKey{}
	var attesters []common.Address
	for i := 0; i < 7; i++ {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte{byte(i), 's', 'p', 't', 'n'}))
		require.NoError(t, err)
		a := crypto.PubkeyToAddress(k.PublicKey)
		keysOf[a] = k
		attesters = append(attesters, a)
	}
	signers := make([]devnet.StakeSigner, len(attesters))
	for i, a := range attesters {
		signers[i] = keys.NewKeySigner(keysOf[a])
	}
	// AddSequencers opens each stake with the attester's authorisation, signed over the digest
	// Go computes: the contract verifying it is the first check that the two agree.
	require.NoError(t, n.AddSequencers(ctx, signers))
	auth := protocol.StakeAuthorization{ChainID: big.NewInt(31337), Staking: stakingAddr, Attester: attesters[0],
		Withdrawer: common.HexToAddress("0xbeef"), Nonce: big.NewInt(7), Deadline: big.NewInt(123456)}
	stb := staking.NewStaking()
	require.Equal(t, auth.Digest(), common.Hash(call(ch, stakingAddr,
		stb.PackStakeAuthorizationDigest(auth.Attester, auth.Withdrawer, auth.Nonce, auth.Deadline),
		stb.UnpackStakeAuthorizationDigest)))
	require.Equal(t, protocol.StakeAuthorizationTypeHash, common.Hash(call(ch, stakingAddr,
		stb.PackSTAKEAUTHORIZATIONTYPEHASH(), stb.UnpackSTAKEAUTHORIZATIONTYPEHASH)))

	genesis := call(ch, rollupAddr, r.PackGENESISTIME(), r.UnpackGENESISTIME).Uint64()
	slotDur := call(ch, rollupAddr, r.PackSLOTDURATION(), r.UnpackSLOTDURATION).Uint64()
	epochDur := call(ch, rollupAddr, r.PackEPOCHDURATION(), r.UnpackEPOCHDURATION).Uint64()
	// Three epochs in: committees of epochs 0..4 are final (LAG = 2).
	require.NoError(t, n.WarpTo(ctx, genesis+3*epochDur*slotDur))

	st := staking.NewStaking()
	for epoch := uint64(0); epoch <= 4; epoch++ {
		seed := call(ch, rollupAddr, r.PackGetEpochSeed(big64(epoch)), r.UnpackGetEpochSeed)
		ts := call(ch, rollupAddr, r.PackGetSampleTimestamp(big64(epoch)), r.UnpackGetSampleTimestamp)
		set := call(ch, stakingAddr, st.PackGetActiveAttestersAt(ts), st.UnpackGetActiveAttestersAt)
		require.Len(t, set, 7)
		size := call(ch, rollupAddr, r.PackGetCommitteeSizeFor(big64(epoch)), r.UnpackGetCommitteeSizeFor)
		want := protocol.Committee(seed, set, int(size.Int64()))
		got := call(ch, rollupAddr, r.PackGetEpochCommittee(big64(epoch)), r.UnpackGetEpochCommittee)
		require.Equal(t, want, got, "committee of epoch %d", epoch)
		for slot := epoch * epochDur; slot < (epoch+1)*epochDur; slot++ {
			p := call(ch, rollupAddr, r.PackGetProposerAt(big64(slot)), r.UnpackGetProposerAt)
			idx := protocol.ProposerIndex(seed, slot, len(want))
			require.Equal(t, int64(idx), p.Index.Int64(), "proposer index of slot %d", slot)
			require.Equal(t, want[idx], p.Proposer)
		}
	}

	// A real block: Go hashes and signs it, the contract accepts it.
	domain := protocol.Domain{ChainID: big.NewInt(31337), Rollup: rollupAddr}
	slot := call(ch, rollupAddr, r.PackGetCurrentSlot(), r.UnpackGetCurrentSlot).Uint64()
	tips := call(ch, rollupAddr, r.PackGetTips(), r.UnpackGetTips)
	// Its data travels as calldata: the contract computes the same DA commitment as Go.
	data := []byte("transactions of block 1")
	h := protocol.Header{
		Number: 1, Slot: slot, ParentHash: tips.AssuredHash, TxsHash: protocol.CalldataTxsHash(data),
		StateRoot: crypto.Keccak256Hash([]byte("state")), FeePerDaGas: big.NewInt(5),
		FeePerL2Gas: big.NewInt(9), Coinbase: common.HexToAddress("0xc0ffee"),
	}
	require.Equal(t, protocol.HeaderHash(h), common.Hash(call(ch, rollupAddr, r.PackHeaderHash(h), r.UnpackHeaderHash)))
	digest := domain.AttestationDigest(h)
	require.Equal(t, digest, common.Hash(call(ch, rollupAddr, r.PackAttestationDigest(h), r.UnpackAttestationDigest)))

	committee := call(ch, rollupAddr, r.PackGetEpochCommittee(big64(slot/epochDur)), r.UnpackGetEpochCommittee)
	var atts []protocol.Attestation
	for i, m := range committee {
		sig, err := protocol.SignDigest(keysOf[m], digest)
		require.NoError(t, err)
		atts = append(atts, protocol.Attestation{Index: i, Signature: sig})
	}
	// Issue #15 (finding 1): one member's malleable twin of its signature reverts the whole
	// propose on L1; the quorum the publisher chooses (protocol.ChooseQuorum) leaves it out and
	// L1 accepts it.
	proposer := call(ch, rollupAddr, r.PackGetProposerAt(big64(slot)), r.UnpackGetProposerAt)
	withBad := append([]protocol.Attestation(nil), atts...)
	bad := &withBad[(proposer.Index.Int64()+1)%int64(len(withBad))] // a member other than the proposer
	sv := new(big.Int).Sub(crypto.S256().Params().N, new(big.Int).SetBytes(bad.Signature[32:64]))
	sv.FillBytes(bad.Signature[32:64])
	bad.Signature[64] = 27 + 28 - bad.Signature[64]
	all, err := protocol.EncodeAttestations(withBad)
	require.NoError(t, err)
	_, err = ch.c.CallContract(ctx, ethereum.CallMsg{From: crypto.PubkeyToAddress(devnet.DevKey().PublicKey), To: &rollupAddr,
		Data: r.PackPropose(h, data, all)}, nil)
	rev, ok := protocol.DecodeRevert(err)
	require.True(t, ok, "%v", err)
	require.IsType(t, new(sptnerrors.ErrorsLibRollupSignatureMalleable), rev)
	chosen, err := protocol.ChooseQuorum(digest, committee, withBad, int(proposer.Index.Int64()))
	require.NoError(t, err)
	require.Len(t, chosen, protocol.Quorum(len(committee)))
	quorum, err := protocol.EncodeAttestations(chosen)
	require.NoError(t, err)
	_, err = ch.c.CallContract(ctx, ethereum.CallMsg{From: crypto.PubkeyToAddress(devnet.DevKey().PublicKey), To: &rollupAddr,
		Data: r.PackPropose(h, data, quorum)}, nil)
	require.NoError(t, err, "L1 accepts the chosen quorum")

	enc, err := protocol.EncodeAttestations(atts)
	require.NoError(t, err)
	receipt := send(ch, rollupAddr, r.PackPropose(h, data, enc))
	require.Equal(t, types.ReceiptStatusSuccessful, receipt.Status, "propose reverted")
	tips = call(ch, rollupAddr, r.PackGetTips(), r.UnpackGetTips)
	require.Equal(t, int64(1), tips.AssuredNumber.Int64())
	require.Equal(t, protocol.HeaderHash(h), common.Hash(tips.AssuredHash))

	// Its proof, encoded in Go, is accepted once the epoch is over.
	epoch := slot / epochDur
	require.NoError(t, n.WarpTo(ctx, genesis+(epoch+1)*epochDur*slotDur))
	proof, err := protocol.HashChainProof(domain, epoch, tips.ProvenHash, []protocol.Header{h})
	require.NoError(t, err)
	receipt = send(ch, rollupAddr, r.PackSubmitProof(big64(epoch), []rollup.Header{h}, proof))
	require.Equal(t, types.ReceiptStatusSuccessful, receipt.Status, "submitProof reverted")
	tips = call(ch, rollupAddr, r.PackGetTips(), r.UnpackGetTips)
	require.Equal(t, int64(1), tips.ProvenNumber.Int64())
}

// send sends data to `to` from the devnet's dev account and waits for the receipt.
func send(ch *chain, to common.Address, data []byte) *types.Receipt {
	ch.t.Helper()
	r, err := devnet.Send(ch.ctx, ch.c, devnet.DevKey(), to, data, 3_000_000)
	require.NoError(ch.t, err)
	return r
}
