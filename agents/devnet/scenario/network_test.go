package scenario

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/store"
	"github.com/sptn/sptn/agents/node"
)

// TestWipeChainDataKeepsTheNodesOwnRecords: sync-after-reorg throws away the replicated chain but
// keeps the node's identity, its last-sign state and its own records (what it attested, what its
// transaction manager sent): a restored validator must not sign a slot twice for want of them.
func TestWipeChainDataKeepsTheNodesOwnRecords(t *testing.T) {
	t.Parallel()
	dataDir := t.TempDir()
	home := node.CometHome(dataDir)
	files := map[string]string{
		filepath.Join(home, "config", "node_key.json"):             "node key",
		filepath.Join(home, "config", "priv_validator_key.json"):   "validator key",
		filepath.Join(home, "config", "genesis.json"):              "genesis",
		filepath.Join(home, "data", "priv_validator_state.json"):   "last-sign state",
		filepath.Join(home, "data", "blockstore.db", "000001.log"): "blocks",
	}
	for p, v := range files {
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o700))
		require.NoError(t, os.WriteFile(p, []byte(v), 0o600))
	}
	kv, err := store.Open(filepath.Join(dataDir, "node", "store"))
	require.NoError(t, err)
	for _, k := range []string{"app/meta", "app/block/1", "app/local/signed/7", "txmgr/0xabc/tx/1", "watcher/x"} {
		require.NoError(t, kv.Put([]byte(k), []byte("v:"+k)))
	}
	require.NoError(t, kv.Close())

	kept, records, err := wipeChainData(dataDir)
	require.NoError(t, err)
	require.Len(t, kept, 4)
	require.Equal(t, 2, records)
	for p, v := range files {
		raw, err := os.ReadFile(p)
		if filepath.Base(filepath.Dir(p)) == "blockstore.db" {
			require.True(t, os.IsNotExist(err), "the chain data is gone")
			continue
		}
		require.NoError(t, err)
		require.Equal(t, v, string(raw))
	}
	kv, err = store.Open(filepath.Join(dataDir, "node", "store"))
	require.NoError(t, err)
	defer kv.Close()
	for _, k := range []string{"app/local/signed/7", "txmgr/0xabc/tx/1"} {
		v, err := kv.Get([]byte(k))
		require.NoError(t, err, k)
		require.Equal(t, "v:"+k, string(v))
	}
	for _, k := range []string{"app/meta", "app/block/1", "watcher/x"} {
		_, err := kv.Get([]byte(k))
		require.ErrorIs(t, err, store.ErrNotFound, k)
	}
}
