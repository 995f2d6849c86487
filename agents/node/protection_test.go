package node

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/pgtest"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/internal/store"
	"github.com/sptn/sptn/agents/node/protect"
)

// A node that signed with the local record and then joins a database without the export and
// import of docs/operators.md brings its history along: the database refuses another digest for
// a slot the local record holds, and any slot at or below the last one it signed.
func TestOpenProtection_carriesTheLocalRecordIntoTheDatabase(t *testing.T) {
	pg := pgtest.Start(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	kv := store.OpenMemory()
	defer kv.Close()
	owner := common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	d := protocol.Domain{ChainID: big.NewInt(31337), Rollup: common.HexToAddress("0x1")}
	at := func(slot uint64, what string) protect.Signing {
		return protect.Signing{Attester: owner, Duty: protect.DutyAttestation, Slot: slot, Digest: crypto.Keccak256Hash([]byte(what))}
	}
	local, err := openProtection(ctx, &Protection{Timeout: 2 * time.Second}, t.TempDir(), kv, owner, d, nil)
	require.NoError(t, err)
	require.NoError(t, local.Claim(ctx, at(7, "h7")))
	require.NoError(t, local.Claim(ctx, at(9, "h9")))

	pw := filepath.Join(t.TempDir(), "pw")
	require.NoError(t, os.WriteFile(pw, []byte(pgtest.Password), 0o600))
	sp := &Protection{DatabaseURL: pg.NewDatabase(t), DatabasePasswordFile: pw, Timeout: 2 * time.Second}
	db, err := openProtection(ctx, sp, t.TempDir(), kv, owner, d, nil)
	require.NoError(t, err)
	defer db.Close()
	require.ErrorIs(t, db.Claim(ctx, at(9, "another header")), protect.ErrRefused, "the slot the local record holds")
	require.ErrorIs(t, db.Claim(ctx, at(8, "h8")), protect.ErrRefused, "a slot below the last one signed")
	require.NoError(t, db.Claim(ctx, at(10, "h10")))

	// At the next start the same records change nothing.
	db.Close()
	db, err = openProtection(ctx, sp, t.TempDir(), kv, owner, d, nil)
	require.NoError(t, err)
	require.NoError(t, db.Claim(ctx, at(10, "h10")))
	require.NoError(t, db.Claim(ctx, at(11, "h11")))
}
