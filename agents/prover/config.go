package prover

import (
	"time"

	"github.com/sptn/sptn/agents/internal/config"
)

// Config is the prover's configuration: the shared keys plus the prover section.
type Config struct {
	config.Base `mapstructure:",squash"`
	Prover      Settings `mapstructure:"prover"`
}

// Settings is the prover section.
type Settings struct {
	// PollInterval is how often the driver reads the L1 head and the tips.
	PollInterval time.Duration `mapstructure:"poll-interval"`
	// StartBlock is the first L1 block scanned for BlockProposed logs; 0 means the block of the
	// deployments file.
	StartBlock uint64 `mapstructure:"start-block"`
	// LogRange is the most blocks one eth_getLogs request covers.
	LogRange uint64 `mapstructure:"log-range"`
	// Rescan is how many blocks below the last scanned head are scanned again each tick, so
	// that proposals in blocks replaced by a shallow L1 reorg are indexed.
	Rescan uint64 `mapstructure:"rescan"`
	// MaxAttempts bounds the proof transactions for one epoch and end block (a reverted or
	// reorged-away proof is followed by the next attempt).
	MaxAttempts int `mapstructure:"max-attempts"`
	// StuckAfter is how long a tick may run before /readyz fails (a proof waiting in Send).
	StuckAfter time.Duration `mapstructure:"stuck-after"`
}

// Keys are the prover's own config keys, with their defaults.
var Keys = []config.Key{
	{Name: "prover.poll-interval", Default: 2 * time.Second, Help: "how often the L1 head and the rollup's tips are read"},
	{Name: "prover.start-block", Default: uint64(0), Help: "first L1 block scanned for BlockProposed logs; 0 means the deployments file's block"},
	{Name: "prover.log-range", Default: uint64(2000), Help: "most L1 blocks one eth_getLogs request covers"},
	{Name: "prover.rescan", Default: uint64(64), Help: "L1 blocks below the last scanned head scanned again each tick (shallow reorgs)"},
	{Name: "prover.max-attempts", Default: 8, Help: "most proof transactions for one epoch and end block (reverted or reorged-away proofs)"},
	{Name: "prover.stuck-after", Default: 5 * time.Minute, Help: "/readyz fails while a tick has run longer than this (a proof waiting in Send for a transaction that does not confirm, say)"},
}

// Check validates the config, the shared keys included, and returns every problem.
func (c *Config) Check() error {
	var ck config.Checker
	c.Base.CheckInto(&ck)
	c.Prover.CheckInto(&ck)
	return ck.Err()
}

// CheckInto records the prover section's problems in ck.
func (s *Settings) CheckInto(ck *config.Checker) {
	ck.Want(s.PollInterval >= 10*time.Millisecond && s.PollInterval <= 10*time.Minute,
		"prover.poll-interval", s.PollInterval, "a duration between 10ms and 10m")
	ck.Want(s.LogRange >= 1 && s.LogRange <= 1_000_000, "prover.log-range", s.LogRange, "1 to 1000000 blocks")
	ck.Want(s.Rescan <= 10_000, "prover.rescan", s.Rescan, "0 to 10000 blocks")
	ck.Want(s.MaxAttempts >= 1 && s.MaxAttempts <= 100, "prover.max-attempts", s.MaxAttempts, "1 to 100")
	ck.Want(s.StuckAfter >= time.Second && s.StuckAfter <= 24*time.Hour, "prover.stuck-after", s.StuckAfter, "1s to 24h")
}
