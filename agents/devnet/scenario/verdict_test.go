package scenario

import (
	"testing"

	"github.com/cometbft/cometbft/crypto/tmhash"
	"github.com/cometbft/cometbft/privval"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/devnet/observe"
)

func blockID(seed string) cmttypes.BlockID {
	return cmttypes.BlockID{Hash: tmhash.Sum([]byte(seed)), PartSetHeader: cmttypes.PartSetHeader{Total: 1, Hash: tmhash.Sum([]byte(seed + "/parts"))}}
}

// TestPrivvalCoversCatchesAStateBehindTheCommits: a last-sign state below a precommit the key
// cast (a lost or rolled-back state file) is a verdict; one at or past it is not.
func TestPrivvalCoversCatchesAStateBehindTheCommits(t *testing.T) {
	t.Parallel()
	votes := []observe.Vote{{Height: 9, Round: 0, BlockID: blockID("9")}, {Height: 10, Round: 1, BlockID: blockID("10")}}
	require.NoError(t, privvalCovers(privval.FilePVLastSignState{Height: 10, Round: 1, Step: 3}, votes))
	require.NoError(t, privvalCovers(privval.FilePVLastSignState{Height: 11, Round: 0, Step: 1}, votes))
	for _, st := range []privval.FilePVLastSignState{{Height: 10, Round: 0, Step: 3}, {Height: 10, Round: 1, Step: 2}, {}} {
		err := privvalCovers(st, votes)
		require.True(t, IsVerdict(err), "state %+v", st)
	}
}

func TestCommittedAbove(t *testing.T) {
	t.Parallel()
	votes := []observe.Vote{
		{Height: 5, BlockID: blockID("5")}, {Height: 8, BlockID: blockID("8")}, {Height: 8, BlockID: blockID("8"), From: "node-2"},
		{Height: 9}, // nil
	}
	require.Equal(t, 1, committedAbove(votes, 5))
	require.Zero(t, committedAbove(votes, 8))
}

// TestSameTipComparesHashes: the same number on another fork is not the same tip.
func TestSameTipComparesHashes(t *testing.T) {
	t.Parallel()
	a := tipRef{Number: 9, Hash: common.HexToHash("0xaa")}
	require.NoError(t, sameTip("node-1", a, a))
	err := sameTip("node-1", a, tipRef{Number: 9, Hash: common.HexToHash("0xbb")})
	require.True(t, IsVerdict(err))
	require.Contains(t, err.Error(), "node-1's assured tip is 9")
	require.True(t, IsVerdict(sameTip("node-1", a, tipRef{Number: 10, Hash: a.Hash})))
}
