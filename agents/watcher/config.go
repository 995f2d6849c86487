package watcher

import (
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

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
	// LogConfirmations is how far below the L1 head the Slasher's ProposalFiled logs are read:
	// a log is read once, so only from a block an L1 reorg is not expected to replace.
	LogConfirmations uint64 `mapstructure:"log-confirmations"`
	// StuckAfter is how long a tick may run before /readyz fails (it waits in Send, say).
	StuckAfter time.Duration `mapstructure:"stuck-after"`

	InactivityNode     string  `mapstructure:"inactivity-node"`
	FileInactivity     bool    `mapstructure:"file-inactivity"`
	InactivityShare    float64 `mapstructure:"inactivity-share"`
	InactivityEpochs   uint64  `mapstructure:"inactivity-epochs"`
	InactivityMinPeers int     `mapstructure:"inactivity-min-peers"`
	InactivityMaxNamed int     `mapstructure:"inactivity-max-named"`
	// InactivityBondsPerDay bounds the filing bonds (one per member named) the watcher's own
	// inactivity filings have at risk over any 24 hours (review r18d L-c: a hostile node could
	// otherwise cost up to inactivity-max-named bonds a window); a passed proposal's bonds come
	// back and no longer count (review r18i A).
	InactivityBondsPerDay int `mapstructure:"inactivity-bonds-per-day"`
	// InactivityReadBudget bounds the time one tick spends reading the node's records.
	InactivityReadBudget time.Duration `mapstructure:"inactivity-read-budget"`
	InactivityAlways     []string      `mapstructure:"inactivity-always"`
	InactivityNever      []string      `mapstructure:"inactivity-never"`
	OwnValidators        []string      `mapstructure:"own-validators"`
}

// maxInactivityEpochs is the Slasher's MAX_INACTIVITY_EPOCHS.
const maxInactivityEpochs = 32

// InactivityOn reports whether the watcher reads a node's records to file inactivity proposals,
// or to vote on others' (watcher.vote: for; review r18h F3).
func (s *Settings) InactivityOn() bool {
	return s.InactivityNode != "" && (s.FileInactivity || len(s.InactivityAlways) > 0 || s.Vote == VoteFor)
}

// InactivityPolicy is the policy of the settings; own are the watcher's own validators besides
// watcher.own-validators (its sender).
func (s *Settings) InactivityPolicy(own []common.Address) InactivityPolicy {
	p := InactivityPolicy{Share: s.InactivityShare, Epochs: s.InactivityEpochs, FileAll: s.FileInactivity,
		MinPeers: s.InactivityMinPeers, MaxNamed: s.InactivityMaxNamed, Always: addressSet(s.InactivityAlways), Never: addressSet(s.InactivityNever),
		Own: addressSet(s.OwnValidators)}
	for _, a := range own {
		p.Own[a] = true
	}
	return p
}

func addressSet(list []string) map[common.Address]bool {
	out := map[common.Address]bool{}
	for _, a := range list {
		out[common.HexToAddress(a)] = true
	}
	return out
}

// isAddress accepts 0x and 40 hex digits.
func isAddress(s string) bool {
	return len(s) == 42 && strings.HasPrefix(s, "0x") && common.IsHexAddress(s)
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
	{Name: "watcher.log-confirmations", Default: uint64(12), Help: "the Slasher's ProposalFiled logs (inactivity proposals) are read up to this many blocks below the L1 head, each once: from blocks an L1 reorg is not expected to replace (0-256)"},
	{Name: "watcher.inactivity-node", Default: "", Help: "the chain API (http://host:port) of this operator's node, whose validator records (GET /v1/validators) inactivity proposals are filed from and voted on (watcher.vote: for); empty: none filed or voted on"},
	{Name: "watcher.file-inactivity", Default: false, Help: "file an inactivity proposal against every member that missed more than watcher.inactivity-share of its slots over watcher.inactivity-epochs epochs (false: only those in watcher.inactivity-always)"},
	{Name: "watcher.inactivity-share", Default: 0.5, Help: "a member is inactive when it missed more than this share of its slots in a window (0.5 to 1, 1 exclusive); a slot is missed when the member did none of its duties in it"},
	{Name: "watcher.inactivity-epochs", Default: uint64(4), Help: "the window: epochs [k*N, k*N+N-1] (1 to 32, the Slasher's MAX_INACTIVITY_EPOCHS)"},
	{Name: "watcher.inactivity-min-peers", Default: 1, Help: "no inactivity proposal while the node has fewer CometBFT peers than this (at least 1), or is catching up"},
	{Name: "watcher.inactivity-max-named", Default: 8, Help: "most members one inactivity proposal names (one filing bond each); the rest of a window's inactive members are named by further proposals (1 to 256)"},
	{Name: "watcher.inactivity-bonds-per-day", Default: 16, Help: "most filing bonds (one per member named) this watcher's inactivity proposals have at risk over any 24 hours (a passed proposal's come back); past it a window's filing names fewer members and the rest wait until bonds come back or age out (1 to 100000)"},
	{Name: "watcher.inactivity-read-budget", Default: 10 * time.Second, Help: "most time one tick spends reading the node's validator records (1s to 1m, below watcher.stuck-after): a slow or hostile node delays the watcher's other work by at most this a tick"},
	{Name: "watcher.inactivity-always", Default: []string{}, Help: "validators filed against when inactive even with watcher.file-inactivity false"},
	{Name: "watcher.inactivity-never", Default: []string{}, Help: "validators never named in an inactivity proposal"},
	{Name: "watcher.own-validators", Default: []string{}, Help: "this operator's own validators (attester addresses): never named in an inactivity proposal (the watcher's own key never is either)"},
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
	ck.Want(s.LogConfirmations <= 256, "watcher.log-confirmations", s.LogConfirmations,
		"0 to 256 blocks (the age bound leaves a filing 8 epochs; L1 finality is 64-96 blocks)")
	s.checkInactivity(ck)
}

func (s *Settings) checkInactivity(ck *config.Checker) {
	wanted := s.FileInactivity || len(s.InactivityAlways) > 0
	ck.Want(s.InactivityNode == "" || CheckNodeURL(s.InactivityNode), "watcher.inactivity-node", config.Redact(s.InactivityNode),
		"http:// or https:// and a host, without credentials, query or fragment")
	ck.Want(s.InactivityNode == "" || !CheckNodeURL(s.InactivityNode) || SafeNodeURL(s.InactivityNode),
		"watcher.inactivity-node", config.Redact(s.InactivityNode),
		"https:// for a node on another host (plain http:// only to a loopback address: what the node answers decides whom the watcher files against)")
	ck.Want(!wanted || s.InactivityNode != "", "watcher.inactivity-node", s.InactivityNode,
		"the node's chain API, since watcher.file-inactivity or watcher.inactivity-always asks for inactivity proposals")
	ck.Want(s.InactivityShare >= 0.5 && s.InactivityShare < 1, "watcher.inactivity-share", s.InactivityShare,
		"a share from 0.5 to 1, 1 exclusive (below half, byzantine proposers leaving a slow member out of their records can make it look inactive)")
	ck.Want(s.InactivityMaxNamed >= 1 && s.InactivityMaxNamed <= 256, "watcher.inactivity-max-named", s.InactivityMaxNamed,
		"1 to 256 members per proposal (the Slasher's MAX_VALIDATORS)")
	ck.Want(s.InactivityBondsPerDay >= 1 && s.InactivityBondsPerDay <= 100_000, "watcher.inactivity-bonds-per-day",
		s.InactivityBondsPerDay, "1 to 100000 filing bonds in any 24 hours (watcher.file-inactivity false files none)")
	ck.Want(s.InactivityReadBudget >= time.Second && s.InactivityReadBudget <= time.Minute, "watcher.inactivity-read-budget",
		s.InactivityReadBudget, "a duration from 1s to 1m")
	ck.Want(s.InactivityReadBudget < s.StuckAfter, "watcher.inactivity-read-budget", s.InactivityReadBudget,
		"a duration below watcher.stuck-after ("+s.StuckAfter.String()+"): a tick waiting on the node must not read as stuck")
	ck.Want(s.InactivityEpochs >= 1 && s.InactivityEpochs <= maxInactivityEpochs, "watcher.inactivity-epochs",
		s.InactivityEpochs, "1 to 32 epochs (the Slasher's MAX_INACTIVITY_EPOCHS)")
	ck.Want(s.InactivityMinPeers >= 1 && s.InactivityMinPeers <= 1000, "watcher.inactivity-min-peers",
		s.InactivityMinPeers, "1 to 1000 (never from a node without peers)")
	for _, l := range []struct {
		key  string
		list []string
	}{{"watcher.inactivity-always", s.InactivityAlways}, {"watcher.inactivity-never", s.InactivityNever},
		{"watcher.own-validators", s.OwnValidators}} {
		for _, a := range l.list {
			ck.Want(isAddress(a), l.key, a, "0x and 40 hex digits")
		}
	}
	never, own := addressSet(s.InactivityNever), addressSet(s.OwnValidators)
	for _, a := range s.InactivityAlways {
		if !isAddress(a) {
			continue
		}
		ck.Want(!never[common.HexToAddress(a)], "watcher.inactivity-always", a, "an address not also in watcher.inactivity-never")
		ck.Want(!own[common.HexToAddress(a)], "watcher.inactivity-always", a,
			"an address not in watcher.own-validators (never against the watcher's own validators)")
	}
}

// parseWei parses a non-negative decimal integer.
func parseWei(s string) (*big.Int, bool) {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Sign() < 0 {
		return nil, false
	}
	return v, true
}
