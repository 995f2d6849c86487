package protect

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/ethereum/go-ethereum/common"
)

// The interchange file carries a key's history to another machine, in the spirit of EIP-3076
// (Ethereum's slashing-protection interchange format): one JSON document, its metadata naming
// the format and the domain (as EIP-3076's genesis_validators_root names the chain), then per
// attester the digests it signed by duty and slot. Slots are decimal strings, digests 0x hex:
//
//	{"metadata": {"interchange_format_version": "sptn-1", "domain_separator": "0x…"},
//	 "data": [{"attester": "0x…",
//	           "signed": [{"duty": "attestation", "slot": "812", "digest": "0x…"}, …],
//	           "high_water": [{"duty": "seal", "slot": "790"}]}]}
//
// A backend that imports it refuses every slot at or below the highest imported slot of each
// (attester, duty): EIP-3076's minimal protection, which holds whatever the new machine's
// clock, and whatever records the file left out.

// MaxInterchangeBytes bounds an interchange file read (a year of 4 s slots, three duties, is
// about 2.4 million records of about 150 bytes).
const MaxInterchangeBytes = 1 << 30

// WriteInterchange writes h as an interchange file, stamped with the domain separator.
func WriteInterchange(w io.Writer, h *History, separator common.Hash) error {
	h.Metadata = Metadata{InterchangeFormatVersion: FormatVersion, DomainSeparator: separator}
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	return enc.Encode(h)
}

// ReadInterchange reads an interchange file strictly (no unknown field, no trailing data) and
// refuses one of another format or another deployment (separator).
func ReadInterchange(r io.Reader, separator common.Hash) (*History, error) {
	raw, err := io.ReadAll(io.LimitReader(r, MaxInterchangeBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read interchange file: %w", err)
	}
	if len(raw) > MaxInterchangeBytes {
		return nil, fmt.Errorf("%w: larger than %d bytes", ErrBadHistory, MaxInterchangeBytes)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var h History
	if err := dec.Decode(&h); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadHistory, err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%w: data after the document", ErrBadHistory)
	}
	if err := h.Check(); err != nil {
		return nil, err
	}
	if h.Metadata.DomainSeparator != separator {
		return nil, fmt.Errorf("%w: domain_separator %s is another deployment's (this node's is %s: chain id and rollup address)",
			ErrBadHistory, h.Metadata.DomainSeparator, separator)
	}
	return &h, nil
}
