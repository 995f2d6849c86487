// Package deployments reads the deployments file that script/Deploy.s.sol writes: the chain id
// and the addresses of the deployed SPTN contracts. Agents take contract addresses from this file
// (and from the on-chain registry it names), never from hand-typed constants.
package deployments

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sort"

	"github.com/ethereum/go-ethereum/common"
)

// ErrMissingContract is returned when a deployments file lacks a contract that the caller needs.
var ErrMissingContract = errors.New("contract missing from deployments file")

// File is the content of a deployments file.
type File struct {
	ChainID   uint64                    `json:"chainId"`
	Block     uint64                    `json:"block"`
	Deployer  common.Address            `json:"deployer"`
	Contracts map[string]common.Address `json:"contracts"`
}

// Load reads and checks a deployments file.
func Load(path string) (*File, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read deployments file: %w", err)
	}
	var f File
	if err := json.Unmarshal(raw, &f); err != nil {
		return nil, fmt.Errorf("parse deployments file %s: %w", path, err)
	}
	if f.ChainID == 0 {
		return nil, fmt.Errorf("deployments file %s: chainId is missing or zero", path)
	}
	if len(f.Contracts) == 0 {
		return nil, fmt.Errorf("deployments file %s: no contracts", path)
	}
	for name, addr := range f.Contracts {
		if addr == (common.Address{}) {
			return nil, fmt.Errorf("deployments file %s: contract %s has the zero address", path, name)
		}
	}
	return &f, nil
}

// Address returns the address of the named contract.
func (f *File) Address(name string) (common.Address, error) {
	a, ok := f.Contracts[name]
	if !ok {
		return common.Address{}, fmt.Errorf("%w: %s", ErrMissingContract, name)
	}
	return a, nil
}

// Names returns the contract names in sorted order.
func (f *File) Names() []string {
	names := make([]string, 0, len(f.Contracts))
	for n := range f.Contracts {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
