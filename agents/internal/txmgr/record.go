package txmgr

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sptn/sptn/agents/internal/protocol"
)

// Record states.
const (
	statePending = "pending" // signed and persisted; not yet confirmed
	stateDone    = "done"    // confirmed
	stateFailed  = "failed"  // the nonce went to a transaction that is not ours
)

// record is what the store holds for one nonce.
type record struct {
	Nonce uint64          `json:"nonce"`
	ID    string          `json:"id,omitempty"`
	To    *common.Address `json:"to,omitempty"`
	Data  hexutil.Bytes   `json:"data,omitempty"`
	Value *hexutil.Big    `json:"value"`
	Gas   uint64          `json:"gas"`
	Txs   []hexutil.Bytes `json:"txs,omitempty"` // every signed version, oldest first, without blobs
	// Prior are confirmed versions a deep reorg removed before a revival (Manager.Revive): no
	// longer broadcast, but a receipt of one is still this nonce's outcome.
	Prior []common.Hash `json:"prior,omitempty"`
	// BlobData is a blob transaction's data before encoding (TxCandidate.BlobData): the sidecar
	// is rebuilt from it after a restart and for a revival, so versions are stored without it.
	BlobData    hexutil.Bytes `json:"blobData,omitempty"`
	BlobVersion byte          `json:"blobVersion,omitempty"` // sidecar version (0 or 1)
	State       string        `json:"state"`
	Created     time.Time     `json:"created"`
	Done        time.Time     `json:"done,omitzero"`
	TxHash      common.Hash   `json:"txHash,omitzero"`
	Block       uint64        `json:"block,omitempty"`
	Err         string        `json:"err,omitempty"`
}

// isBlob reports whether the record is a blob transaction.
func (r *record) isBlob() bool { return r.BlobData != nil }

// sidecar rebuilds the blob sidecar of a blob transaction from its data.
func (r *record) sidecar() (*types.BlobTxSidecar, error) {
	sc, err := protocol.BlobSidecar(r.BlobData, r.BlobVersion)
	if err != nil {
		return nil, fmt.Errorf("rebuild the blob sidecar of nonce %d: %w", r.Nonce, err)
	}
	return sc, nil
}

// decodeTxs decodes the stored versions, with sc (the blob sidecar, nil for other
// transactions) attached to each.
func (r *record) decodeTxs(sc *types.BlobTxSidecar) ([]*types.Transaction, error) {
	out := make([]*types.Transaction, 0, len(r.Txs))
	for i, raw := range r.Txs {
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(raw); err != nil {
			return nil, fmt.Errorf("decode tx %d of nonce %d: %w", i, r.Nonce, err)
		}
		if sc != nil {
			tx = tx.WithBlobTxSidecar(sc)
		}
		out = append(out, tx)
	}
	return out, nil
}

// encodeTx is the stored form of a signed version: without its blobs, which BlobData rebuilds.
func encodeTx(tx *types.Transaction) hexutil.Bytes {
	raw, err := tx.WithoutBlobTxSidecar().MarshalBinary()
	if err != nil {
		panic(fmt.Sprintf("txmgr: encode a signed tx: %v", err)) // a signed tx always encodes
	}
	return raw
}

func (r *record) value() *big.Int {
	if r.Value == nil {
		return new(big.Int)
	}
	return r.Value.ToInt()
}

// keyspace lays out one manager's keys: <prefix>tx/<nonce, 8 bytes big-endian> holds a record
// and <prefix>id/<id> holds the nonce of the record with that idempotency key.
type keyspace struct{ prefix []byte }

func newKeyspace(from common.Address) keyspace {
	return keyspace{prefix: []byte("txmgr/" + from.Hex() + "/")}
}

func (k keyspace) txPrefix() []byte { return append(append([]byte(nil), k.prefix...), "tx/"...) }

func (k keyspace) tx(nonce uint64) []byte {
	return binary.BigEndian.AppendUint64(k.txPrefix(), nonce)
}

func (k keyspace) id(id string) []byte {
	return append(append(append([]byte(nil), k.prefix...), "id/"...), id...)
}

func encodeNonce(n uint64) []byte { return binary.BigEndian.AppendUint64(nil, n) }

func decodeNonce(b []byte) (uint64, error) {
	if len(b) != 8 {
		return 0, fmt.Errorf("decode nonce: %d bytes, want 8", len(b))
	}
	return binary.BigEndian.Uint64(b), nil
}

func marshal(r *record) []byte {
	b, err := json.Marshal(r)
	if err != nil {
		panic(fmt.Sprintf("txmgr: marshal record: %v", err)) // plain data; cannot fail
	}
	return b
}
