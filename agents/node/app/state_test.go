package app

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
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
