package protocol

import (
	"errors"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/sptn/sptn/bindings/sptnerrors"
)

var errorsLib = sptnerrors.NewErrorsLib()

// RevertData returns the revert data that a node attached to err (eth_call or eth_estimateGas
// of a reverting call), if any.
func RevertData(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil, false
	}
	data, derr := hexutil.Decode(s)
	if derr != nil || len(data) < 4 {
		return nil, false
	}
	return data, true
}

// DecodeRevert decodes the SPTN custom error (contracts/libraries/Errors.sol) carried by err,
// returning one of the sptnerrors.ErrorsLib* structs, or false if err carries none.
func DecodeRevert(err error) (any, bool) {
	data, ok := RevertData(err)
	if !ok {
		return nil, false
	}
	v, uerr := errorsLib.UnpackError(data)
	if uerr != nil {
		return nil, false
	}
	return v, true
}
