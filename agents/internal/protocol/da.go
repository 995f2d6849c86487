package protocol

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// A header's txsHash commits to its data and to the one data-availability mode the block is
// published with (ProposeLib in the rollup). The two commitments are domain separated by a
// leading 32-byte tag, so no calldata reproduces a blob commitment nor the reverse: a header
// the committee signed for blobs cannot be proposed with calldata (issue 14, finding 1).
var (
	// CalldataTag is the first word of a calldata block's commitment preimage
	// (ProposeLib.CALLDATA_TAG).
	CalldataTag = crypto.Keccak256Hash([]byte("sptn.rollup.da.calldata"))
	// BlobsTag is the first word of a blob block's commitment preimage (ProposeLib.BLOBS_TAG).
	BlobsTag = crypto.Keccak256Hash([]byte("sptn.rollup.da.blobs"))
)

// ErrDAMismatch is a propose call whose data does not hash to its header's txsHash in the call's
// DA mode. The rollup refuses such a call, so it never assured a block.
var ErrDAMismatch = errors.New("propose data does not match the header's txsHash")

// CalldataTxsHash is the txsHash of a block whose data travels as txs in the propose calldata:
// keccak256(CalldataTag ‖ txs), as Rollup.propose and proposeBased compute it.
func CalldataTxsHash(txs []byte) common.Hash {
	return crypto.Keccak256Hash(CalldataTag[:], txs)
}

// BlobsTxsHash is the txsHash of a block carried in blobs with these versioned hashes, in blob
// order: keccak256(BlobsTag ‖ versionedHashes...), as Rollup.proposeWithBlobs and
// proposeBasedWithBlobs compute it from blobhash(i).
func BlobsTxsHash(versionedHashes []common.Hash) common.Hash {
	buf := make([]byte, 0, 32*(len(versionedHashes)+1))
	buf = append(buf, BlobsTag[:]...)
	for _, h := range versionedHashes {
		buf = append(buf, h[:]...)
	}
	return crypto.Keccak256Hash(buf)
}

// CheckDA checks that the call's header commits to the data the call carries, in its DA mode:
// CalldataTxsHash(Txs) for the calldata methods, BlobsTxsHash of the transaction's blob
// versioned hashes for the blob methods. It holds for every call the rollup accepted; readers
// of L1 check it so that they never take one mode's bytes for the other's.
func (c *ProposeCall) CheckDA(blobHashes []common.Hash) error {
	var got common.Hash
	if c.Blobs {
		if len(blobHashes) == 0 {
			return fmt.Errorf("%w: a blob propose in a transaction without blobs", ErrDAMismatch)
		}
		got = BlobsTxsHash(blobHashes)
	} else {
		got = CalldataTxsHash(c.Txs)
	}
	if got != c.Header.TxsHash {
		return fmt.Errorf("%w: the data commits to %s, the header to %s", ErrDAMismatch, got, common.Hash(c.Header.TxsHash))
	}
	return nil
}
