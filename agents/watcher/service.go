package watcher

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/sptn/sptn/agents/internal/agent"
	"github.com/sptn/sptn/agents/internal/deployments"
	"github.com/sptn/sptn/agents/internal/lifecycle"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/bindings/rollup"
	"github.com/sptn/sptn/bindings/slasher"
)

// ErrNoSlasher is a deployments file that names no Slasher: there is nothing to file with.
var ErrNoSlasher = errors.New("watcher: the deployments file names no Slasher")

// Service is `sptn watcher`: the shared agent runtime plus the driver.
type Service struct {
	cfg    *Config
	rt     *agent.Runtime
	Driver *Driver // set by the driver step
	// Sources are extra header sources (the pending chain's, once the node serves it); the
	// L1 source is always added.
	Sources []HeaderSource
}

// New makes the service. The config must have passed Check.
func New(cfg *Config, log *slog.Logger) *Service {
	return &Service{cfg: cfg, rt: agent.New("watcher", &cfg.Base, log)}
}

// Runtime is the service's shared runtime (its fields are set as the steps run).
func (s *Service) Runtime() *agent.Runtime { return s.rt }

// Steps are the service's init steps, in start order: the runtime's, then the driver.
func (s *Service) Steps() []lifecycle.InitFunc { return append(s.rt.Steps(), s.initDriver) }

// Run starts the service and runs it until ctx ends or SIGINT/SIGTERM.
func (s *Service) Run(ctx context.Context) error {
	return lifecycle.Run(ctx, s.rt.Log, s.cfg.ShutdownTimeout, s.Steps()...)
}

func (s *Service) initDriver(ctx context.Context, st *lifecycle.Stack) error {
	d := s.rt.Deployments
	rollupAddr, err := d.Address("Rollup")
	if err != nil {
		return fmt.Errorf("watcher: %w", err)
	}
	slasherAddr, err := d.Address("Slasher")
	if errors.Is(err, deployments.ErrMissingContract) {
		return fmt.Errorf("%w (%s)", ErrNoSlasher, s.cfg.Deployments)
	}
	if err != nil {
		return err
	}
	token, err := d.Address("AZT")
	if err != nil {
		return fmt.Errorf("watcher: %w", err)
	}
	r := rollup.NewRollup()
	var genesis, slotDur, epochDur, exitDelay uint64
	for _, v := range []struct {
		to     common.Address
		dst    *uint64
		data   []byte
		unpack func([]byte) (*big.Int, error)
	}{
		{rollupAddr, &genesis, r.PackGENESISTIME(), r.UnpackGENESISTIME},
		{rollupAddr, &slotDur, r.PackSLOTDURATION(), r.UnpackSLOTDURATION},
		{rollupAddr, &epochDur, r.PackEPOCHDURATION(), r.UnpackEPOCHDURATION},
		{slasherAddr, &exitDelay, slasher.NewSlasher().PackMinimumExitDelay(), slasher.NewSlasher().UnpackMinimumExitDelay},
	} {
		raw, err := s.rt.L1.CallContract(ctx, ethereum.CallMsg{To: &v.to, Data: v.data}, nil)
		if err != nil {
			return fmt.Errorf("read rollup and slasher parameters: %w", err)
		}
		n, err := v.unpack(raw)
		if err != nil {
			return fmt.Errorf("read rollup and slasher parameters: %w", err)
		}
		*v.dst = n.Uint64()
	}
	if slotDur == 0 || epochDur == 0 {
		return fmt.Errorf("rollup %s reports slot duration %d and epoch duration %d", rollupAddr, slotDur, epochDur)
	}
	start := s.cfg.Watcher.StartBlock
	if start == 0 {
		start = d.Block
	}
	domain := protocol.Domain{ChainID: new(big.Int).Set(s.rt.L1.ChainID()), Rollup: rollupAddr}
	// The block scan resumes near where it stopped; ChainPruned logs are cheap to read again
	// and are, so that evidence not acted on before a restart is found again.
	l1Start, err := ResumeFrom(s.rt.Store, "l1", start, s.cfg.Watcher.LookbackBlocks)
	if err != nil {
		return err
	}
	sources := append([]HeaderSource{NewL1Source(s.rt.L1, domain, epochDur, l1Start, s.cfg.Watcher.LogRange)}, s.Sources...)
	me := s.rt.Signer.Address()
	var node NodeRecords
	if s.cfg.Watcher.InactivityOn() {
		node = NewNodeClient(s.cfg.Watcher.InactivityNode, min(nodeRequestTimeout, s.cfg.Watcher.InactivityReadBudget))
	}
	s.Driver = NewDriver(DriverConfig{
		Rollup: rollupAddr, StartBlock: start, LogRange: s.cfg.Watcher.LogRange,
		PollInterval: s.cfg.Watcher.PollInterval, Settings: s.cfg.Watcher, StuckAfter: s.cfg.Watcher.StuckAfter,
		// A committee member stays slashable for the slasher's minimum exit delay after its
		// epoch; remember signatures for that long, and an epoch more.
		Genesis: genesis, SlotDuration: slotDur, HorizonSlots: exitDelay/slotDur + epochDur, EpochDuration: epochDur,
	}, Deps{
		Node: node, Own: ownValidators(s.cfg.Watcher.OwnValidators),
		Chain: s.rt.L1, Filer: NewL1Filer(s.rt.L1, s.rt.TxMgr, me, slasherAddr, token), Store: s.rt.Store, Me: me,
		Sources: sources, Sender: s.rt.TxMgr, Metrics: NewMetrics(s.rt.Metrics), Log: s.rt.Log,
	})
	s.rt.AddReadyCheck("synced", s.Driver.Ready)
	st.Go("watcher driver", s.Driver.Run)
	s.rt.Log.Info("watcher started", "rollup", rollupAddr, "slasher", slasherAddr, "start_block", start, "from", me)
	return nil
}

func ownValidators(list []string) []common.Address {
	out := make([]common.Address, 0, len(list))
	for _, a := range list {
		out = append(out, common.HexToAddress(a))
	}
	return out
}
