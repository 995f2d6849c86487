package signer_test

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cometbft/cometbft/crypto/ed25519"
	cmtlog "github.com/cometbft/cometbft/libs/log"
	"github.com/cometbft/cometbft/privval"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/pgtest"
	"github.com/sptn/sptn/agents/node/protect"
	"github.com/sptn/sptn/agents/node/signer"
)

const chainID = "sptn-test"

var shared pgtest.Shared

func TestMain(m *testing.M) {
	code := m.Run()
	shared.Close()
	os.Exit(code)
}

// signers are n signers of one key, each with its own connection to one database (as n
// signer processes on n machines).
func signers(t *testing.T, url string, key ed25519.PrivKey, n int) []*signer.PrivValidator {
	t.Helper()
	var out []*signer.PrivValidator
	for i := range n {
		db, err := protect.OpenPostgres(context.Background(), protect.PostgresConfig{URL: url, Password: pgtest.Password, Holder: fmt.Sprint("signer-", i)})
		require.NoError(t, err)
		t.Cleanup(func() { db.Close() })
		out = append(out, signer.New(key, db, time.Second))
	}
	return out
}

func blockID(b byte) cmtproto.BlockID {
	h := make([]byte, 32)
	h[0] = b
	return cmtproto.BlockID{Hash: h, PartSetHeader: cmtproto.PartSetHeader{Total: 1, Hash: h}}
}

func vote(typ cmtproto.SignedMsgType, height int64, round int32, block byte, at time.Time) *cmtproto.Vote {
	return &cmtproto.Vote{Type: typ, Height: height, Round: round, BlockID: blockID(block), Timestamp: at,
		ValidatorAddress: make([]byte, 20)}
}

// Signers of one key racing for the same (height, round, step) with different blocks: exactly one
// signs each; those asking for the same block get the very same vote (the first timestamp and
// signature), which is no equivocation.
func TestSignVote_racingSigners_oneVotePerStep(t *testing.T) {
	key := ed25519.GenPrivKey()
	pvs := signers(t, shared.Get(t).NewDatabase(t), key, 2)
	const heights, racers = 10, 8
	var signed [heights + 1]atomic.Int32
	var wg sync.WaitGroup
	start := make(chan struct{})
	for r := range racers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			for h := int64(1); h <= heights; h++ {
				v := vote(cmtproto.PrevoteType, h, 0, byte(r), time.Unix(1000+int64(r), 0).UTC())
				if err := pvs[r%2].SignVote(chainID, v); err == nil {
					signed[h].Add(1)
					require.True(t, key.PubKey().VerifySignature(cmttypes.VoteSignBytes(chainID, v), v.Signature))
				} else {
					require.ErrorIs(t, err, protect.ErrValidatorRefused)
				}
			}
		}()
	}
	close(start)
	wg.Wait()
	for h := 1; h <= heights; h++ {
		require.EqualValues(t, 1, signed[h].Load(), "height %d", h)
	}

	// The same block at the same step, asked again later by the other signer: the same vote.
	a := vote(cmtproto.PrecommitType, 20, 1, 7, time.Unix(2000, 0).UTC())
	require.NoError(t, pvs[0].SignVote(chainID, a))
	b := vote(cmtproto.PrecommitType, 20, 1, 7, time.Unix(2005, 0).UTC())
	require.NoError(t, pvs[1].SignVote(chainID, b))
	require.Equal(t, a.Signature, b.Signature)
	require.Equal(t, a.Timestamp, b.Timestamp, "the first timestamp, which the signature covers")
	require.True(t, key.PubKey().VerifySignature(cmttypes.VoteSignBytes(chainID, b), b.Signature))
	require.NotEmpty(t, b.ExtensionSignature, "a non-nil precommit's extension is signed")

	// Another block at that step, and anything below it, is refused.
	require.ErrorIs(t, pvs[1].SignVote(chainID, vote(cmtproto.PrecommitType, 20, 1, 8, time.Unix(2000, 0).UTC())), protect.ErrValidatorRefused)
	require.ErrorIs(t, pvs[0].SignVote(chainID, vote(cmtproto.PrevoteType, 20, 1, 7, time.Unix(2000, 0).UTC())), protect.ErrValidatorRefused)
	require.ErrorIs(t, pvs[0].SignVote(chainID, vote(cmtproto.PrecommitType, 19, 5, 7, time.Unix(2000, 0).UTC())), protect.ErrValidatorRefused)
	p := &cmtproto.Proposal{Type: cmtproto.ProposalType, Height: 20, Round: 2, PolRound: -1, BlockID: blockID(9), Timestamp: time.Unix(2010, 0).UTC()}
	require.NoError(t, pvs[1].SignProposal(chainID, p))
	p2 := &cmtproto.Proposal{Type: cmtproto.ProposalType, Height: 20, Round: 2, PolRound: -1, BlockID: blockID(10), Timestamp: time.Unix(2010, 0).UTC()}
	require.ErrorIs(t, pvs[0].SignProposal(chainID, p2), protect.ErrValidatorRefused, "one proposal per round")
	p3 := &cmtproto.Proposal{Type: cmtproto.ProposalType, Height: 20, Round: 2, PolRound: -1, BlockID: blockID(9), Timestamp: time.Unix(2011, 0).UTC()}
	require.ErrorIs(t, pvs[0].SignProposal(chainID, p3), protect.ErrValidatorRefused,
		"not even the same block at another time: CometBFT would send it with its own timestamp and the stored signature")
	p4 := &cmtproto.Proposal{Type: cmtproto.ProposalType, Height: 20, Round: 2, PolRound: -1, BlockID: blockID(9), Timestamp: time.Unix(2010, 0).UTC()}
	require.NoError(t, pvs[0].SignProposal(chainID, p4), "the very same proposal again")
	require.Equal(t, p.Signature, p4.Signature)
}

// A signer whose database is down does not sign; after the database is back, the state it
// kept still holds.
func TestSignVote_databaseDown_refuses(t *testing.T) {
	s := pgtest.Start(t)
	key := ed25519.GenPrivKey()
	pv := signers(t, s.NewDatabase(t), key, 1)[0]
	require.NoError(t, pv.SignVote(chainID, vote(cmtproto.PrevoteType, 5, 0, 1, time.Unix(1, 0).UTC())))
	s.Stop()
	v := vote(cmtproto.PrevoteType, 6, 0, 1, time.Unix(1, 0).UTC())
	err := pv.SignVote(chainID, v)
	require.ErrorIs(t, err, protect.ErrUnavailable)
	require.Empty(t, v.Signature)
	require.NoError(t, s.Restart())
	require.Eventually(t, func() bool {
		return pv.SignVote(chainID, vote(cmtproto.PrevoteType, 6, 0, 1, time.Unix(1, 0).UTC())) == nil
	}, 10*time.Second, 100*time.Millisecond)
	require.ErrorIs(t, pv.SignVote(chainID, vote(cmtproto.PrevoteType, 5, 0, 2, time.Unix(1, 0).UTC())), protect.ErrValidatorRefused)
}

// Through CometBFT's own remote-signer protocol: the node side (privval's SignerListener and
// SignerClient, what CometBFT runs for priv_validator_laddr) asks two signers of one key, each
// dialling it, and gets one vote per step.
func TestRemoteSignerProtocol(t *testing.T) {
	url := shared.Get(t).NewDatabase(t)
	key := ed25519.GenPrivKey()
	pvs := signers(t, url, key, 2)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	var clients []*privval.SignerClient
	var addrs []string
	var listeners []*privval.SignerListenerEndpoint
	listen := func(addr string) *privval.SignerClient {
		ln, err := privval.NewSignerListener(addr, cmtlog.NewNopLogger())
		require.NoError(t, err)
		c, err := privval.NewSignerClient(ln, chainID)
		require.NoError(t, err)
		t.Cleanup(func() { _ = ln.Stop() })
		listeners = append(listeners, ln)
		return c
	}
	for i := range 2 {
		addr := "unix://" + filepath.Join(t.TempDir(), "pv.sock")
		addrs = append(addrs, addr)
		clients = append(clients, listen(addr))
		go func() { _ = signer.Run(ctx, pvs[i], chainID, []string{addr}, slog.New(slog.DiscardHandler)) }()
	}
	for _, c := range clients {
		require.NoError(t, c.WaitForConnection(10*time.Second))
		pk, err := c.GetPubKey()
		require.NoError(t, err)
		require.Equal(t, key.PubKey(), pk)
	}
	v := vote(cmtproto.PrevoteType, 3, 0, 1, time.Unix(10, 0).UTC())
	require.NoError(t, clients[0].SignVote(chainID, v))
	require.True(t, key.PubKey().VerifySignature(cmttypes.VoteSignBytes(chainID, v), v.Signature))
	err := clients[1].SignVote(chainID, vote(cmtproto.PrevoteType, 3, 0, 2, time.Unix(10, 0).UTC()))
	require.ErrorContains(t, err, "conflicting data", "the second copy's node gets the signer's refusal")
	other := vote(cmtproto.PrevoteType, 4, 0, 2, time.Unix(10, 0).UTC())
	require.Error(t, clients[1].SignVote("other-chain", other), "a vote of another chain is refused")
	require.Empty(t, other.Signature)

	// The node goes away and comes back (a restart): the signer dials it again and signs on.
	require.NoError(t, listeners[0].Stop())
	back := listen(addrs[0])
	require.NoError(t, back.WaitForConnection(10*time.Second), "the signer dials the restarted node")
	v5 := vote(cmtproto.PrevoteType, 5, 0, 1, time.Unix(11, 0).UTC())
	require.NoError(t, back.SignVote(chainID, v5))
	require.True(t, key.PubKey().VerifySignature(cmttypes.VoteSignBytes(chainID, v5), v5.Signature))
}

// The signer dials only an address on this machine: CometBFT's remote-signer connection
// authenticates neither side, and whoever answered at a network address could have any vote
// signed (and push the key's last-sign state out of the real node's reach).
func TestCheckAddr(t *testing.T) {
	for _, ok := range []string{"unix:///run/sptn/pv.sock", "tcp://127.0.0.1:26659", "tcp://localhost:26659", "tcp://[::1]:26659"} {
		require.NoError(t, signer.CheckAddr(ok), ok)
	}
	for _, bad := range []string{"", "unix://", "tcp://nowhere", "tcp://10.0.0.5:26659", "tcp://node.internal:26659", "tcp://0.0.0.0:26659", "http://127.0.0.1:1"} {
		require.Error(t, signer.CheckAddr(bad), bad)
	}
}
