package watcher

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/internal/testbreak"
	"github.com/sptn/sptn/bindings/slasher"
)

// SignedHeader is a header with the committee signatures seen over it, by attester address
// (signatures already checked against the rollup's attestation digest and the committee).
type SignedHeader struct {
	Header     protocol.Header
	Signatures map[common.Address][65]byte
	// Where it was seen, for logs: "l1 tx 0x..", "pending chain", ...
	Origin string
}

// HeaderSource yields signed headers as they appear. L1Source reads them from the L1 blocks;
// the node's pending-chain API is meant to be another implementation.
type HeaderSource interface {
	// Name names the source in logs and metrics.
	Name() string
	// Poll returns the signed headers that appeared since the last call.
	Poll(ctx context.Context) ([]SignedHeader, error)
}

type seen struct {
	hash   common.Hash
	header protocol.Header
	sig    [65]byte
}

// Detector finds equivocations: two different headers of one slot signed by one attester.
type Detector struct {
	first map[slotAttester]seen
	found map[common.Hash]bool // evidence keys already reported
}

type slotAttester struct {
	slot     uint64
	attester common.Address
}

// NewDetector makes an empty detector.
func NewDetector() *Detector {
	return &Detector{first: map[slotAttester]seen{}, found: map[common.Hash]bool{}}
}

// Add records h's signatures and returns the equivocations they complete, each once.
func (d *Detector) Add(h SignedHeader) []Evidence {
	if testbreak.On("slash-equivocation") {
		return nil
	}
	hash := protocol.HeaderHash(h.Header)
	var out []Evidence
	for attester, sig := range h.Signatures {
		k := slotAttester{h.Header.Slot, attester}
		prev, ok := d.first[k]
		if !ok {
			d.first[k] = seen{hash: hash, header: h.Header, sig: sig}
			continue
		}
		if prev.hash == hash {
			continue
		}
		key := EquivocationKey(attester, h.Header.Slot)
		if d.found[key] {
			continue
		}
		d.found[key] = true
		out = append(out, Evidence{
			Kind: KindEquivocation,
			Equivocation: &slasher.Equivocation{
				Attester: attester,
				Header1:  toSlasherHeader(prev.header), Signature1: append([]byte(nil), prev.sig[:]...),
				Header2: toSlasherHeader(h.Header), Signature2: append([]byte(nil), sig[:]...),
			},
			Validators: []common.Address{attester},
		})
	}
	return out
}

// Forget drops what was seen for slots below slot (their equivocations can no longer be
// slashed once their committees could have left; the caller picks the horizon).
func (d *Detector) Forget(below uint64) {
	for k := range d.first {
		if k.slot < below {
			delete(d.first, k)
		}
	}
}
