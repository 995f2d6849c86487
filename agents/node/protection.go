package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sptn/sptn/agents/internal/config"
	"github.com/sptn/sptn/agents/internal/deployments"
	"github.com/sptn/sptn/agents/internal/keys"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/internal/store"
	"github.com/sptn/sptn/agents/node/app"
	"github.com/sptn/sptn/agents/node/protect"
)

// openProtection opens the slashing-protection backend node.slashing-protection names: the
// database, where this copy of the node is named by its host and data directory (the same
// across its restarts), or the local record in kv (whose attestation records of earlier
// versions were owner's, signed in domain d). With the database and a kv, the local record's
// history is carried into the database first (carryLocal).
func openProtection(ctx context.Context, sp *Protection, dataDir string, kv store.KV, owner common.Address, d protocol.Domain,
	log *slog.Logger) (protect.Backend, error) {
	local := protect.NewLocal(kv, owner, app.LegacyAttestation(d))
	if sp.DatabaseURL == "" {
		return local, nil
	}
	var pw string
	if sp.DatabasePasswordFile != "" {
		var err error
		if pw, err = keys.ReadPassword(sp.DatabasePasswordFile, ""); err != nil {
			return nil, fmt.Errorf("config key node.slashing-protection.database-password-file: %w", err)
		}
	}
	host, _ := os.Hostname()
	if abs, err := filepath.Abs(dataDir); err == nil {
		dataDir = abs
	}
	cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	pg, err := protect.OpenPostgres(cctx, protect.PostgresConfig{URL: sp.DatabaseURL, Password: pw, Holder: host + ":" + dataDir,
		IdleTimeout: sp.Timeout})
	if err != nil {
		return nil, fmt.Errorf("slashing-protection database %s: %w", config.Redact(sp.DatabaseURL), err)
	}
	if kv != nil {
		if err := carryLocal(cctx, local, pg, log); err != nil {
			pg.Close()
			return nil, err
		}
	}
	return pg, nil
}

// carryLocal imports the local record's history into the database: a node that signed with the
// local record and then joined a database without the export and import of docs/operators.md
// would otherwise sign another digest for a slot the local record holds. Records the database
// has stay; the marks rise to the last slot signed locally, which a node that has signed
// through the database since is long past (the local record's own imported marks travel too).
// Nothing is written for an empty local record.
func carryLocal(ctx context.Context, local *protect.Local, pg protect.Backend, log *slog.Logger) error {
	h, err := local.Export(ctx)
	if err != nil {
		return fmt.Errorf("slashing protection: read the local record to carry into the database: %w", err)
	}
	n, marks := 0, 0
	for _, k := range h.Data {
		n, marks = n+len(k.Signed), marks+len(k.HighWater)
	}
	if n+marks == 0 {
		return nil
	}
	if err := pg.Import(ctx, h); err != nil {
		return fmt.Errorf("slashing protection: carry the local record into the database: %w", err)
	}
	if log != nil {
		log.Info("slashing protection: carried the local record into the database", "records", n, "marks", marks, "attesters", len(h.Data))
	}
	return nil
}

// ErrNodeRunning is a local slashing-protection record whose store a running node holds.
var ErrNodeRunning = errors.New("the node's store is in use: stop the node first")

// SlashingProtection opens, for `sptn node slashing-protection`, the backend a node with cfg
// signs through, and returns the domain separator its digests are signed in (the chain id and
// the rollup address of the deployments file). The local record needs the node stopped.
func SlashingProtection(ctx context.Context, cfg *Config) (protect.Backend, common.Hash, func() error, error) {
	f, err := deployments.Load(cfg.Deployments)
	if err != nil {
		return nil, common.Hash{}, nil, err
	}
	rollupAddr, err := f.Address("Rollup")
	if err != nil {
		return nil, common.Hash{}, nil, err
	}
	d := protocol.Domain{ChainID: new(big.Int).SetUint64(cfg.L1.ChainID), Rollup: rollupAddr}
	if cfg.Node.SlashingProtection.DatabaseURL != "" {
		b, err := openProtection(ctx, &cfg.Node.SlashingProtection, cfg.DataDir, nil, common.Address{}, d, nil)
		if err != nil {
			return nil, common.Hash{}, nil, err
		}
		return b, d.Separator(), b.Close, nil
	}
	// A new machine imports before the node's first start: the store is created as the node
	// creates it.
	dir := filepath.Join(cfg.DataDir, "node")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, common.Hash{}, nil, fmt.Errorf("create data dir: %w", err)
	}
	kv, err := store.Open(filepath.Join(dir, "store"))
	if err != nil {
		return nil, common.Hash{}, nil, fmt.Errorf("%w: %w", ErrNodeRunning, err)
	}
	// The attester of the records of earlier versions: the node's key (keys.address, or the
	// keystore's only key).
	var owner common.Address
	if cfg.Keys.Address != "" {
		owner = common.HexToAddress(cfg.Keys.Address)
	} else if es, err := keys.List(cfg.Keys.Keystore); err == nil && len(es) == 1 {
		owner = es[0].Address
	}
	b, err := openProtection(ctx, &cfg.Node.SlashingProtection, cfg.DataDir, kv, owner, d, nil)
	if err != nil {
		kv.Close()
		return nil, common.Hash{}, nil, err
	}
	return b, d.Separator(), kv.Close, nil
}
