package app

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/store"
)

// TestTxRecordEncoding: the binary record round-trips every state, keeps a reason up to its
// 64 KiB bound, reads records earlier versions wrote as JSON, and refuses other bytes.
func TestTxRecordEncoding(t *testing.T) {
	t.Parallel()
	for _, r := range []TxRecord{
		{Raw: userTx("one", 5), Seq: 7, State: TxQueued},
		{Raw: userTx("two", 5), Seq: 1 << 40, State: TxPending, Number: 12, Block: common.HexToHash("0xabc")},
		{Raw: userTx("three", 5), Seq: 9, State: TxDropped, Reason: "block 3 was orphaned and the transaction is no longer valid"},
	} {
		got, err := decodeTxRecord(r.encode())
		require.NoError(t, err)
		require.Equal(t, r, *got)

		legacy, err := json.Marshal(r)
		require.NoError(t, err)
		got, err = decodeTxRecord(legacy)
		require.NoError(t, err)
		require.Equal(t, r, *got, "a JSON record of an earlier version")
	}
	long := TxRecord{Raw: []byte{1}, State: TxDropped, Reason: strings.Repeat("x", 70000)}
	got, err := decodeTxRecord(long.encode())
	require.NoError(t, err)
	require.Len(t, got.Reason, 1<<16-1)
	require.Equal(t, []byte{1}, got.Raw)

	for _, bad := range [][]byte{nil, {txRecordV1}, append([]byte{2}, make([]byte, txRecordFixed)...),
		append([]byte{txRecordV1, 9}, make([]byte, txRecordFixed)...),
		append(append([]byte{txRecordV1, 1}, make([]byte, txRecordFixed-4)...), 0, 5)} {
		_, err := decodeTxRecord(bad)
		require.Error(t, err, "%x", bad)
	}
	require.Panics(t, func() { (&TxRecord{State: "lost"}).encode() })
}

// TestViewLayers: a child view reads through its parent and the store, iterates in key order
// with its own and its parent's writes and deletions merged, and reaches its parent only when
// merged.
func TestViewLayers(t *testing.T) {
	t.Parallel()
	kv := store.OpenMemory()
	b := new(store.Batch)
	for _, k := range []string{"p/a", "p/c", "p/e", "q/x"} {
		b.Put([]byte(k), []byte("store "+k))
	}
	require.NoError(t, kv.Write(b))
	parent := newView(kv)
	parent.set([]byte("p/b"), []byte("parent p/b"))
	parent.del([]byte("p/c"))
	child := parent.child()
	child.set([]byte("p/d"), []byte("child p/d"))
	child.set([]byte("p/e"), []byte("child p/e"))
	child.del([]byte("p/a"))
	each := func(v *view) []string {
		var out []string
		require.NoError(t, v.Each([]byte("p/"), func(k, val []byte) error {
			out = append(out, string(k)+"="+string(val))
			return nil
		}))
		return out
	}
	require.Equal(t, []string{"p/b=parent p/b", "p/d=child p/d", "p/e=child p/e"}, each(child))
	require.Equal(t, []string{"p/a=store p/a", "p/b=parent p/b", "p/e=store p/e"}, each(parent), "the child is not merged yet")
	_, err := child.get([]byte("p/c"))
	require.ErrorIs(t, err, errNotFound, "the parent's deletion shows through")
	parent.merge(child)
	require.Equal(t, each(child), each(parent))
	got, err := kv.Get([]byte("p/a"))
	require.NoError(t, err)
	require.Equal(t, "store p/a", string(got), "nothing reaches the store before Commit")
}
