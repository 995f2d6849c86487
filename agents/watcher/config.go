package watcher

import (
	"math/big"
	"time"

	"github.com/sptn/sptn/agents/internal/config"
)

// Config is the watcher's configuration: the shared keys plus the watcher section.
type Config struct {
	config.Base `mapstructure:",squash"`
	Watcher     Settings `mapstructure:"watcher"`
}

// Settings is the watcher section.
type Settings struct {
	PollInterval      time.Duration `mapstructure:"poll-interval"`
	StartBlock        uint64        `mapstructure:"start-block"`
	LogRange          uint64        `mapstructure:"log-range"`
	FilePruned        bool          `mapstructure:"file-pruned"`
	SlashEquivocation bool          `mapstructure:"slash-equivocation"`
	FileEquivocation  bool          `mapstructure:"file-equivocation"`
	MaxFeePerDaGas    string        `mapstructure:"max-fee-per-da-gas"`
	MaxFeePerL2Gas    string        `mapstructure:"max-fee-per-l2-gas"`
	Vote              string        `mapstructure:"vote"`
	Prune             bool          `mapstructure:"prune"`
	LookbackBlocks    uint64        `mapstructure:"lookback-blocks"`
	// StuckAfter is how long a tick may run before /readyz fails (it waits in Send, say).
	StuckAfter time.Duration `mapstructure:"stuck-after"`
}

// Vote settings.
const (
	VoteOff = "off"
	VoteFor = "for"
)

// Keys are the watcher's own config keys, with their defaults.
var Keys = []config.Key{
	{Name: "watcher.poll-interval", Default: 2 * time.Second, Help: "how often L1 is read"},
	{Name: "watcher.start-block", Default: uint64(0), Help: "first L1 block scanned; 0 means the deployments file's block"},
	{Name: "watcher.log-range", Default: uint64(2000), Help: "most L1 blocks one eth_getLogs request or one scan step covers"},
	{Name: "watcher.file-pruned", Default: true, Help: "file a slash proposal against the committee of an epoch pruned unproven (the Slasher fixes the share slashed and kicks)"},
	{Name: "watcher.slash-equivocation", Default: true, Help: "slash an equivocating attester at once, without a vote (Slasher.slashEquivocation)"},
	{Name: "watcher.file-equivocation", Default: false, Help: "also file a voted proposal (the Slasher's share, and a kick) against an equivocating attester"},
	{Name: "watcher.max-fee-per-da-gas", Default: "0", Help: "fee policy: report headers naming a higher feePerDaGas (wei; 0 = no policy)"},
	{Name: "watcher.max-fee-per-l2-gas", Default: "0", Help: "fee policy: report headers naming a higher feePerL2Gas (wei; 0 = no policy)"},
	{Name: "watcher.vote", Default: VoteOff, Help: "off, or for: vote for proposals on evidence this watcher verified"},
	{Name: "watcher.prune", Default: false, Help: "call Rollup.prune when an unproven epoch's window has passed and nobody has"},
	{Name: "watcher.lookback-blocks", Default: uint64(7200), Help: "L1 blocks read again below the saved scan position after a restart"},
	{Name: "watcher.stuck-after", Default: 5 * time.Minute, Help: "/readyz fails while a tick has run longer than this (waiting in Send for a transaction that does not confirm, say)"},
}

// Check validates the config, the shared keys included, and returns every problem.
func (c *Config) Check() error {
	var ck config.Checker
	c.Base.CheckInto(&ck)
	c.Watcher.CheckInto(&ck)
	return ck.Err()
}

// CheckInto records the watcher section's problems in ck.
func (s *Settings) CheckInto(ck *config.Checker) {
	ck.Want(s.PollInterval >= 10*time.Millisecond && s.PollInterval <= 10*time.Minute,
		"watcher.poll-interval", s.PollInterval, "a duration between 10ms and 10m")
	ck.Want(s.LogRange >= 1 && s.LogRange <= 1_000_000, "watcher.log-range", s.LogRange, "1 to 1000000 blocks")
	_, ok := parseWei(s.MaxFeePerDaGas)
	ck.Want(ok, "watcher.max-fee-per-da-gas", s.MaxFeePerDaGas, "a whole number of wei (0 = no policy)")
	_, ok = parseWei(s.MaxFeePerL2Gas)
	ck.Want(ok, "watcher.max-fee-per-l2-gas", s.MaxFeePerL2Gas, "a whole number of wei (0 = no policy)")
	ck.Want(s.Vote == VoteOff || s.Vote == VoteFor, "watcher.vote", s.Vote, "off or for")
	ck.Want(s.StuckAfter >= time.Second && s.StuckAfter <= 24*time.Hour, "watcher.stuck-after", s.StuckAfter, "1s to 24h")
	ck.Want(s.LookbackBlocks <= 1_000_000, "watcher.lookback-blocks", s.LookbackBlocks, "0 to 1000000 blocks")
}

// parseWei parses a non-negative decimal integer.
func parseWei(s string) (*big.Int, bool) {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Sign() < 0 {
		return nil, false
	}
	return v, true
}
