//go:build !sptn_broken

package node

import (
	"log/slog"

	"github.com/cometbft/cometbft/p2p"
	"github.com/cometbft/cometbft/privval"
	cmttypes "github.com/cometbft/cometbft/types"
)

// validatorSigner is the node's CometBFT signer: its file-backed validator key, whose
// last-sign state refuses to sign a height, round and step twice. (A build tagged sptn_broken
// can wrap it to double-sign, for the node-crash-restart scenario's negative run.)
func validatorSigner(pv *privval.FilePV, _ func() *p2p.Switch, _ *slog.Logger) cmttypes.PrivValidator {
	return pv
}
