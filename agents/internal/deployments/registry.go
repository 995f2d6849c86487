package deployments

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	registrybind "github.com/sptn/sptn/bindings/registry"
)

// ErrNoCanonical is returned when the Registry has no canonical deployment yet: the TLG has not
// passed a proposal that registers one (script/FundDeployment.s.sol).
var ErrNoCanonical = errors.New("registry has no canonical deployment")

// rpcTimeout bounds each call to the L1.
const rpcTimeout = 10 * time.Second

// Deployment is one SPTN deployment as the on-chain Registry names it.
type Deployment struct {
	Version    uint64
	Name       string
	Rollup     common.Address // zero until a version with a rollup
	Staking    common.Address
	Governance common.Address // the deployment's SptnGovernance
	RewardPool common.Address
	// RegisteredAt is the L1 timestamp of registration.
	RegisteredAt uint64
}

// ReadCanonical reads the canonical deployment from the Registry at registry. Agents call it at
// start and follow the deployment it names, so a new rollup version reaches them through a TLG
// vote rather than a new release.
func ReadCanonical(ctx context.Context, backend bind.ContractBackend, registry common.Address) (*Deployment, error) {
	r := registrybind.NewRegistry()
	c := r.Instance(backend, registry)
	version, err := call(ctx, c, r.PackCanonical(), r.UnpackCanonical)
	if err != nil {
		return nil, fmt.Errorf("read canonical version from registry %s: %w", registry, err)
	}
	if version.Sign() == 0 {
		return nil, fmt.Errorf("registry %s: %w", registry, ErrNoCanonical)
	}
	d, err := call(ctx, c, r.PackGetDeployment(version), r.UnpackGetDeployment)
	if err != nil {
		return nil, fmt.Errorf("read deployment %s from registry %s: %w", version, registry, err)
	}
	return &Deployment{
		Version:      version.Uint64(),
		Name:         string(bytes.TrimRight(d.Name[:], "\x00")),
		Rollup:       d.Rollup,
		Staking:      d.Staking,
		Governance:   d.Governance,
		RewardPool:   d.RewardPool,
		RegisteredAt: d.RegisteredAt.Uint64(),
	}, nil
}

func call[T any](ctx context.Context, c *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) (T, error) {
	cctx, cancel := context.WithTimeout(ctx, rpcTimeout)
	defer cancel()
	return bind.Call(c, &bind.CallOpts{Context: cctx}, data, unpack)
}
