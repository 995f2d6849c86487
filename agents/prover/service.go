package prover

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/sptn/sptn/agents/internal/agent"
	"github.com/sptn/sptn/agents/internal/lifecycle"
)

// Service is `sptn prover`: the shared agent runtime plus the driver.
type Service struct {
	cfg    *Config
	rt     *agent.Runtime
	Driver *Driver // set by the driver step
}

// New makes the service. The config must have passed Check.
func New(cfg *Config, log *slog.Logger) *Service {
	return &Service{cfg: cfg, rt: agent.New("prover", &cfg.Base, log)}
}

// Runtime is the service's shared runtime (its fields are set as the steps run).
func (s *Service) Runtime() *agent.Runtime { return s.rt }

// Steps are the service's init steps, in start order: the runtime's, then the driver.
func (s *Service) Steps() []lifecycle.InitFunc {
	return append(s.rt.Steps(), s.initDriver)
}

// Run starts the service and runs it until ctx ends or SIGINT/SIGTERM.
func (s *Service) Run(ctx context.Context) error {
	return lifecycle.Run(ctx, s.rt.Log, s.cfg.ShutdownTimeout, s.Steps()...)
}

func (s *Service) initDriver(ctx context.Context, st *lifecycle.Stack) error {
	rollupAddr, err := s.rt.Deployments.Address("Rollup")
	if err != nil {
		return fmt.Errorf("prover: %w", err)
	}
	start := s.cfg.Prover.StartBlock
	if start == 0 {
		start = s.rt.Deployments.Block
	}
	d, err := NewDriver(ctx, DriverConfig{
		Rollup: rollupAddr, ChainID: s.rt.L1.ChainID(), StartBlock: start, LogRange: s.cfg.Prover.LogRange,
		Rescan: s.cfg.Prover.Rescan, PollInterval: s.cfg.Prover.PollInterval, MaxAttempts: s.cfg.Prover.MaxAttempts,
		StuckAfter: s.cfg.Prover.StuckAfter,
	}, s.rt.L1, s.rt.TxMgr, NewMetrics(s.rt.Metrics), s.rt.Log)
	if err != nil {
		return err
	}
	s.Driver = d
	s.rt.AddReadyCheck("synced", d.Ready)
	st.Go("prover driver", d.Run)
	s.rt.Log.Info("prover started", "rollup", rollupAddr, "start_block", start, "prover", s.rt.Signer.Address())
	return nil
}
