package agent

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sptn/sptn/agents/internal/balance"
	"github.com/sptn/sptn/agents/internal/config"
	"github.com/sptn/sptn/agents/internal/deployments"
	"github.com/sptn/sptn/agents/internal/keys"
	"github.com/sptn/sptn/agents/internal/l1"
	"github.com/sptn/sptn/agents/internal/lifecycle"
	"github.com/sptn/sptn/agents/internal/metrics"
	"github.com/sptn/sptn/agents/internal/store"
	"github.com/sptn/sptn/agents/internal/txmgr"
)

// Runtime holds the shared pieces of a running agent. Fields are set by the steps, in order.
type Runtime struct {
	Name   string
	Config *config.Base
	Log    *slog.Logger

	Metrics     *metrics.Registry
	Server      *metrics.Server // nil when metrics.addr is empty
	Store       *store.LevelDB
	Signer      keys.Signer
	L1          *l1.Client
	Deployments *deployments.File
	TxMgr       *txmgr.Manager
	Balance     *balance.Monitor

	checks map[string]metrics.ReadyCheck
}

// New makes a runtime for the named agent. The config must have passed Check.
func New(name string, cfg *config.Base, log *slog.Logger) *Runtime {
	return &Runtime{Name: name, Config: cfg, Log: log, Metrics: metrics.New(name), checks: map[string]metrics.ReadyCheck{}}
}

// NewLogger builds the slog logger that log.level and log.format describe.
func NewLogger(c config.Log, w io.Writer) (*slog.Logger, error) {
	var lvl slog.Level
	if err := lvl.UnmarshalText([]byte(c.Level)); err != nil {
		return nil, &config.FieldError{Key: "log.level", Value: c.Level, Want: "debug, info, warn or error"}
	}
	opts := &slog.HandlerOptions{Level: lvl}
	switch strings.ToLower(c.Format) {
	case "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	default:
		return nil, &config.FieldError{Key: "log.format", Value: c.Format, Want: "text or json"}
	}
}

// AddReadyCheck adds a /readyz check. Checks added before the server step are registered
// with it; later ones are added to the running server.
func (r *Runtime) AddReadyCheck(name string, check metrics.ReadyCheck) {
	r.checks[name] = check
	if r.Server != nil {
		r.Server.AddReadyCheck(name, check)
	}
}

// Steps are the runtime's init steps, in start order.
func (r *Runtime) Steps() []lifecycle.InitFunc {
	return []lifecycle.InitFunc{
		r.initStore, r.initKeys, r.initL1, r.initDeployments, r.initTxMgr, r.initBalance, r.initServer,
	}
}

func (r *Runtime) initStore(_ context.Context, s *lifecycle.Stack) error {
	dir := filepath.Join(r.Config.DataDir, r.Name)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("create data dir: %w", err)
	}
	st, err := store.Open(filepath.Join(dir, "store"))
	if err != nil {
		return err
	}
	r.Store = st
	s.Push("store", func(context.Context) error { return st.Close() })
	return nil
}

func (r *Runtime) initKeys(_ context.Context, _ *lifecycle.Stack) error {
	pw, err := keys.ReadPassword(r.Config.Keys.PasswordFile, r.Config.Keys.PasswordEnv)
	if err != nil {
		return fmt.Errorf("read keystore password: %w", err)
	}
	var addr common.Address
	if r.Config.Keys.Address != "" {
		addr = common.HexToAddress(r.Config.Keys.Address)
	}
	signer, err := keys.Open(r.Config.Keys.Keystore, addr, pw)
	if err != nil {
		return err
	}
	r.Signer = signer
	r.Log = r.Log.With("agent", r.Name)
	r.Log.Info("key unlocked", "address", signer.Address())
	return nil
}

func (r *Runtime) initL1(ctx context.Context, s *lifecycle.Stack) error {
	c, err := l1.Dial(ctx, l1.OptionsFrom(r.Config.L1, r.Metrics, r.Log))
	if err != nil {
		return err
	}
	r.L1 = c
	r.Metrics.InitRPCErrors(c.Hosts()...)
	s.Push("l1", func(context.Context) error { c.Close(); return nil })
	r.AddReadyCheck("l1", c.Ready)
	return nil
}

func (r *Runtime) initDeployments(ctx context.Context, _ *lifecycle.Stack) error {
	d, err := deployments.Load(r.Config.Deployments)
	if err != nil {
		return err
	}
	if d.ChainID != r.Config.L1.ChainID {
		return &config.FieldError{Key: "l1.chain-id", Value: r.Config.L1.ChainID,
			Want: fmt.Sprintf("the chain id of deployments file %s (%d)", r.Config.Deployments, d.ChainID)}
	}
	for _, name := range d.Names() {
		code, err := r.L1.CodeAt(ctx, d.Contracts[name], nil)
		if err != nil {
			return fmt.Errorf("read code of %s: %w", name, err)
		}
		if len(code) == 0 {
			return fmt.Errorf("deployments file %s: %s at %s has no code on chain %d (wrong file or a reset L1?)",
				r.Config.Deployments, name, d.Contracts[name], d.ChainID)
		}
	}
	r.Deployments = d
	return nil
}

func (r *Runtime) initTxMgr(ctx context.Context, s *lifecycle.Stack) error {
	m := txmgr.New(txmgr.ConfigFrom(r.Config.TxMgr, r.L1.ChainID()), r.L1, r.Signer, r.Store, r.Metrics, r.Log)
	if err := m.Start(ctx); err != nil {
		return fmt.Errorf("start txmgr: %w", err)
	}
	r.TxMgr = m
	s.Push("txmgr", m.Stop)
	return nil
}

func (r *Runtime) initBalance(_ context.Context, s *lifecycle.Stack) error {
	b := balance.New(r.L1, r.Signer.Address(), balance.EthToWei(r.Config.Balance.MinETH), r.Config.Balance.Interval, r.Metrics, r.Log)
	r.Balance = b
	s.Go("balance", b.Run)
	return nil
}

func (r *Runtime) initServer(ctx context.Context, s *lifecycle.Stack) error {
	if r.Config.Metrics.Addr == "" {
		return nil
	}
	srv := metrics.NewServer(r.Config.Metrics.Addr, r.Metrics, r.Log)
	srv.Pprof = r.Config.Metrics.Pprof
	for name, c := range r.checks {
		srv.AddReadyCheck(name, c)
	}
	if err := srv.Start(ctx); err != nil {
		return err
	}
	r.Server = srv
	s.Push("metrics server", srv.Stop)
	return nil
}
