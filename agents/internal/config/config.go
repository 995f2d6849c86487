package config

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/sptn/sptn/agents/internal/deployments"
)

var (
	// ErrInvalid wraps every FieldError: a value that Check refused.
	ErrInvalid = errors.New("invalid config")
	// ErrDecode is returned when the file, environment or flags cannot be decoded into the
	// config (an unknown key, a value of the wrong type, a file that does not parse).
	ErrDecode = errors.New("cannot load config")
)

// EnvPrefix prefixes every environment variable: key l1.chain-id is SPTN_L1_CHAIN_ID.
const EnvPrefix = "SPTN"

// Base is the configuration every agent shares.
type Base struct {
	L1              L1            `mapstructure:"l1"`
	Deployments     string        `mapstructure:"deployments"`
	Keys            Keys          `mapstructure:"keys"`
	DataDir         string        `mapstructure:"data-dir"`
	Metrics         Metrics       `mapstructure:"metrics"`
	Log             Log           `mapstructure:"log"`
	TxMgr           TxMgr         `mapstructure:"txmgr"`
	Balance         Balance       `mapstructure:"balance"`
	ShutdownTimeout time.Duration `mapstructure:"shutdown-timeout"`
}

// L1 configures the L1 client.
type L1 struct {
	RPCURLs        []string      `mapstructure:"rpc-urls"`
	ChainID        uint64        `mapstructure:"chain-id"`
	RequestTimeout time.Duration `mapstructure:"request-timeout"`
	Retries        int           `mapstructure:"retries"`
	RetryWaitMin   time.Duration `mapstructure:"retry-wait-min"`
	RetryWaitMax   time.Duration `mapstructure:"retry-wait-max"`
	MaxHeadAge     time.Duration `mapstructure:"max-head-age"`
}

// Keys names the keystore and where its password comes from.
type Keys struct {
	Keystore     string `mapstructure:"keystore"`
	Address      string `mapstructure:"address"`
	PasswordFile string `mapstructure:"password-file"`
	PasswordEnv  string `mapstructure:"password-env"`
}

// Metrics configures the metrics and health HTTP server.
type Metrics struct {
	Addr string `mapstructure:"addr"`
	// Pprof serves net/http/pprof's /debug/pprof/ on the metrics address.
	Pprof bool `mapstructure:"pprof"`
}

// Log configures log/slog.
type Log struct {
	Level  string `mapstructure:"level"`
	Format string `mapstructure:"format"`
}

// TxMgr configures the transaction manager. Fees are in gwei.
type TxMgr struct {
	MaxFeeCapGwei   float64       `mapstructure:"max-fee-cap-gwei"`
	MinTipCapGwei   float64       `mapstructure:"min-tip-cap-gwei"`
	MaxTipCapGwei   float64       `mapstructure:"max-tip-cap-gwei"`
	GasMargin       float64       `mapstructure:"gas-margin"`
	BumpAfterBlocks uint64        `mapstructure:"bump-after-blocks"`
	Confirmations   uint64        `mapstructure:"confirmations"`
	PollInterval    time.Duration `mapstructure:"poll-interval"`
	DoneRetention   time.Duration `mapstructure:"done-retention"`
	MaxInFlight     int           `mapstructure:"max-in-flight"`
	// MaxBlobFeeCapGwei bounds the max fee per blob gas of blob transactions.
	MaxBlobFeeCapGwei float64 `mapstructure:"max-blob-fee-cap-gwei"`
	// BlobProofs is the KZG proof form of blob sidecars: "cell" (Osaka) or "blob" (Cancun, Prague).
	BlobProofs string `mapstructure:"blob-proofs"`
}

// MaxBalanceFloorETH bounds balance.min-eth: a floor no account can reach is a typo (and an
// infinite one cannot be compared with a balance).
const MaxBalanceFloorETH = 1e9

// Balance configures the monitor of the publisher key's ETH balance.
type Balance struct {
	MinETH   float64       `mapstructure:"min-eth"`
	Interval time.Duration `mapstructure:"interval"`
}

// Key is one configuration key with its default and meaning; Keys lists every Base key and
// drives the defaults, the flags and docs/config.md's test.
type Key struct {
	Name    string
	Default any
	Help    string
	Flag    bool // also settable as --<name>
}

// Env is the key's environment variable.
func (k Key) Env() string { return EnvName(k.Name) }

// EnvName is the environment variable of a key (an index such as l1.rpc-urls[1] is dropped).
func EnvName(key string) string {
	if i := strings.IndexByte(key, '['); i >= 0 {
		key = key[:i]
	}
	return EnvPrefix + "_" + strings.ToUpper(strings.NewReplacer(".", "_", "-", "_").Replace(key))
}

// BaseKeys are the keys of Base, with their defaults.
var BaseKeys = []Key{
	{"l1.rpc-urls", []string{"http://127.0.0.1:8545"}, "L1 JSON-RPC endpoints, tried in order with failover", true},
	{"l1.chain-id", uint64(31337), "L1 chain id; checked against every endpoint and the deployments file at start", true},
	{"l1.request-timeout", 10 * time.Second, "timeout of one JSON-RPC request attempt", false},
	{"l1.retries", 3, "retries of a failed request (with exponential backoff and jitter, rotating endpoints)", false},
	{"l1.retry-wait-min", 200 * time.Millisecond, "first retry backoff", false},
	{"l1.retry-wait-max", 2 * time.Second, "longest retry backoff", false},
	{"l1.max-head-age", 2 * time.Minute, "/readyz fails when the latest L1 block is older than this (0 disables)", false},
	{"deployments", "deployments/31337.json", "deployments file written by script/Deploy.s.sol", true},
	{"keys.keystore", "keystore", "keystore directory (go-ethereum Web3 Secret Storage files)", true},
	{"keys.address", "", "address of the key to use; empty means the only key in the keystore", true},
	{"keys.password-file", "", "file holding the keystore password (wins over keys.password-env)", true},
	{"keys.password-env", "SPTN_KEYSTORE_PASSWORD", "environment variable holding the keystore password", false},
	{"data-dir", "data", "directory of the agent's embedded store", true},
	{"metrics.addr", "127.0.0.1:7300", "listen address of /metrics, /livez and /readyz; empty disables", true},
	{"metrics.pprof", false, "also serve Go's profiles (net/http/pprof) under /debug/pprof/ on metrics.addr", false},
	{"log.level", "info", "debug, info, warn or error", false},
	{"log.format", "text", "text or json", false},
	{"txmgr.max-fee-cap-gwei", 500.0, "highest max fee per gas the manager will ever sign", false},
	{"txmgr.min-tip-cap-gwei", 1.0, "lowest priority fee per gas", false},
	{"txmgr.max-tip-cap-gwei", 100.0, "highest priority fee per gas", false},
	{"txmgr.gas-margin", 1.2, "multiplier on eth_estimateGas", false},
	{"txmgr.bump-after-blocks", uint64(3), "bump fees when a transaction is not mined within this many blocks", false},
	{"txmgr.confirmations", uint64(3), "blocks on top of (and including) the one holding a receipt before Send returns", false},
	{"txmgr.poll-interval", 2 * time.Second, "how often in-flight transactions are checked", false},
	{"txmgr.done-retention", 168 * time.Hour, "how long a confirmed transaction's idempotency key is remembered", false},
	{"txmgr.max-in-flight", 16, "Send waits while this many transactions are unconfirmed (a pool holds 16 per account)", false},
	{"txmgr.max-blob-fee-cap-gwei", 100.0, "highest max fee per blob gas the manager will ever sign", false},
	{"txmgr.blob-proofs", "cell", "KZG proofs of blob sidecars: cell (EIP-7594, Osaka and later) or blob (Cancun, Prague)", false},
	{"balance.min-eth", 0.5, "the balance floor (ether): below it the agent warns in the log, sets sptn_balance_low and the BalanceLow alert fires", false},
	{"balance.interval", 30 * time.Second, "how often the key's balance is read", false},
	{"shutdown-timeout", 30 * time.Second, "bound on a graceful stop after SIGINT or SIGTERM", false},
}

// AddFlags registers --config and a flag for every Base key marked Flag.
func AddFlags(fs *pflag.FlagSet) {
	fs.String("config", "", "config file (YAML or TOML); env "+EnvName("config"))
	for _, k := range BaseKeys {
		if !k.Flag {
			continue
		}
		help := k.Help + "; env " + k.Env()
		switch d := k.Default.(type) {
		case []string:
			fs.StringSlice(k.Name, d, help)
		case uint64:
			fs.Uint64(k.Name, d, help)
		case string:
			fs.String(k.Name, d, help)
		default:
			panic(fmt.Sprintf("config: no flag type for key %s", k.Name)) // a programming error in BaseKeys
		}
	}
}

// Load reads the config file (the --config flag, or SPTN_CONFIG), the environment and the flags
// into out, which must be a pointer to Base or to a struct that embeds Base squashed. extra are
// the agent's own keys. Every key must be known: a misspelt key in the file is an error.
func Load(fs *pflag.FlagSet, out any, extra ...Key) (*viper.Viper, error) {
	v, err := Settings(fs, extra...)
	if err != nil {
		return nil, err
	}
	if err := v.UnmarshalExact(out); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrDecode, err)
	}
	return v, nil
}

// Settings merges defaults, the config file, the environment and the flags without decoding
// them, for `sptn config print`, which shows sections of agents it does not know.
func Settings(fs *pflag.FlagSet, extra ...Key) (*viper.Viper, error) {
	v := viper.New()
	for _, k := range append(slices.Clone(BaseKeys), extra...) {
		v.SetDefault(k.Name, k.Default)
	}
	v.SetEnvPrefix(EnvPrefix)
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_", "-", "_"))
	v.AutomaticEnv()

	file := os.Getenv(EnvName("config"))
	if fs != nil {
		if f := fs.Lookup("config"); f != nil && f.Changed {
			file = f.Value.String()
		}
		var bindErr error
		fs.VisitAll(func(f *pflag.Flag) {
			key := f.Name
			if alias, ok := flagAliases[key]; ok {
				key = alias
			}
			if knownKey(key, extra) {
				if err := v.BindPFlag(key, f); err != nil {
					bindErr = err
				}
			}
		})
		if bindErr != nil {
			return nil, fmt.Errorf("%w: bind flags: %v", ErrDecode, bindErr)
		}
	}
	if file != "" {
		v.SetConfigFile(file)
		if err := v.ReadInConfig(); err != nil {
			return nil, fmt.Errorf("%w: read config file %s: %v", ErrDecode, file, err)
		}
	}
	return v, nil
}

// flagAliases maps the root command's flags onto config keys.
var flagAliases = map[string]string{"log-level": "log.level", "log-format": "log.format"}

func knownKey(name string, extra []Key) bool {
	for _, k := range BaseKeys {
		if k.Name == name {
			return true
		}
	}
	for _, k := range extra {
		if k.Name == name {
			return true
		}
	}
	return false
}

// FieldError is a config value that Check refused.
type FieldError struct {
	Key   string
	Value any
	Want  string
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("config key %s (env %s) = %v: want %s", e.Key, EnvName(e.Key), quote(e.Value), e.Want)
}

// Unwrap makes errors.Is(err, ErrInvalid) hold.
func (e *FieldError) Unwrap() error { return ErrInvalid }

func quote(v any) string {
	switch x := v.(type) {
	case string:
		return fmt.Sprintf("%q", x)
	case []string:
		return fmt.Sprintf("%q", x)
	default:
		return fmt.Sprint(x)
	}
}

// Checker collects FieldErrors; agents use it to check their own sections.
type Checker struct{ errs []error }

// Want records a FieldError for key unless ok.
func (c *Checker) Want(ok bool, key string, value any, want string) {
	if !ok {
		c.errs = append(c.errs, &FieldError{Key: key, Value: value, Want: want})
	}
}

// Err joins the recorded errors (nil if none).
func (c *Checker) Err() error { return errors.Join(c.errs...) }

// Logging is the log section (an agent's command builds its logger from it).
func (b *Base) Logging() Log { return b.Log }

// Check validates b, reading the deployments file to cross-check the chain id and the keystore
// and password file to see they exist. It returns every problem, joined.
func (b *Base) Check() error {
	var c Checker
	b.CheckInto(&c)
	return c.Err()
}

// CheckInto records b's problems in c, for agents that check their own keys too.
func (b *Base) CheckInto(c *Checker) {
	c.Want(len(b.L1.RPCURLs) > 0, "l1.rpc-urls", b.L1.RPCURLs, "at least one http(s) URL")
	for i, u := range b.L1.RPCURLs {
		pu, err := url.Parse(u)
		c.Want(err == nil && (pu.Scheme == "http" || pu.Scheme == "https") && pu.Host != "",
			fmt.Sprintf("l1.rpc-urls[%d]", i), Redact(u), "an http:// or https:// URL with a host")
	}
	c.Want(b.L1.ChainID > 0, "l1.chain-id", b.L1.ChainID, "a chain id above 0")
	c.Want(b.L1.RequestTimeout >= 100*time.Millisecond && b.L1.RequestTimeout <= 5*time.Minute,
		"l1.request-timeout", b.L1.RequestTimeout, "a duration between 100ms and 5m")
	c.Want(b.L1.Retries >= 0 && b.L1.Retries <= 20, "l1.retries", b.L1.Retries, "0 to 20")
	c.Want(b.L1.RetryWaitMin > 0, "l1.retry-wait-min", b.L1.RetryWaitMin, "a positive duration")
	c.Want(b.L1.RetryWaitMax >= b.L1.RetryWaitMin, "l1.retry-wait-max", b.L1.RetryWaitMax,
		fmt.Sprintf("a duration of at least l1.retry-wait-min (%s)", b.L1.RetryWaitMin))
	c.Want(b.L1.MaxHeadAge >= 0, "l1.max-head-age", b.L1.MaxHeadAge, "0 (off) or a positive duration")

	if b.Deployments == "" {
		c.Want(false, "deployments", b.Deployments, "the path of a deployments file")
	} else if d, err := deployments.Load(b.Deployments); err != nil {
		c.Want(false, "deployments", b.Deployments, "a readable deployments file ("+err.Error()+")")
	} else {
		c.Want(d.ChainID == b.L1.ChainID, "l1.chain-id", b.L1.ChainID,
			fmt.Sprintf("the chain id of deployments file %s (%d)", b.Deployments, d.ChainID))
	}

	if st, err := os.Stat(b.Keys.Keystore); err != nil || !st.IsDir() {
		c.Want(false, "keys.keystore", b.Keys.Keystore, "an existing keystore directory (create one with `sptn keys new`)")
	}
	c.Want(b.Keys.Address == "" || common.IsHexAddress(b.Keys.Address), "keys.address", b.Keys.Address,
		"empty or a 0x-prefixed 20-byte hex address")
	if b.Keys.PasswordFile != "" {
		_, err := os.Stat(b.Keys.PasswordFile)
		c.Want(err == nil, "keys.password-file", b.Keys.PasswordFile, "a readable file holding the keystore password")
	} else {
		c.Want(b.Keys.PasswordEnv != "", "keys.password-env", b.Keys.PasswordEnv,
			"the name of an environment variable (or set keys.password-file)")
	}

	c.Want(b.DataDir != "", "data-dir", b.DataDir, "a directory path")
	if b.Metrics.Addr != "" {
		_, port, err := net.SplitHostPort(b.Metrics.Addr)
		c.Want(err == nil && port != "", "metrics.addr", b.Metrics.Addr, "host:port, or empty to disable")
	}
	c.Want(slices.Contains([]string{"debug", "info", "warn", "error"}, strings.ToLower(b.Log.Level)),
		"log.level", b.Log.Level, "debug, info, warn or error")
	c.Want(slices.Contains([]string{"text", "json"}, strings.ToLower(b.Log.Format)),
		"log.format", b.Log.Format, "text or json")

	t := b.TxMgr
	c.Want(t.MaxFeeCapGwei > 0 && t.MaxFeeCapGwei <= 100_000, "txmgr.max-fee-cap-gwei", t.MaxFeeCapGwei, "above 0 and at most 100000")
	c.Want(t.MinTipCapGwei >= 0, "txmgr.min-tip-cap-gwei", t.MinTipCapGwei, "0 or more")
	c.Want(t.MaxTipCapGwei >= t.MinTipCapGwei && t.MaxTipCapGwei <= t.MaxFeeCapGwei, "txmgr.max-tip-cap-gwei", t.MaxTipCapGwei,
		fmt.Sprintf("between txmgr.min-tip-cap-gwei (%g) and txmgr.max-fee-cap-gwei (%g)", t.MinTipCapGwei, t.MaxFeeCapGwei))
	c.Want(t.GasMargin >= 1 && t.GasMargin <= 3, "txmgr.gas-margin", t.GasMargin, "a multiplier between 1 and 3")
	c.Want(t.BumpAfterBlocks >= 1 && t.BumpAfterBlocks <= 100, "txmgr.bump-after-blocks", t.BumpAfterBlocks, "1 to 100")
	c.Want(t.Confirmations >= 1 && t.Confirmations <= 128, "txmgr.confirmations", t.Confirmations, "1 to 128")
	c.Want(t.PollInterval >= 10*time.Millisecond && t.PollInterval <= time.Minute, "txmgr.poll-interval", t.PollInterval, "a duration between 10ms and 1m")
	c.Want(t.DoneRetention >= time.Hour, "txmgr.done-retention", t.DoneRetention, "at least 1h")
	c.Want(t.MaxInFlight >= 1 && t.MaxInFlight <= 1024, "txmgr.max-in-flight", t.MaxInFlight, "1 to 1024")
	c.Want(t.MaxBlobFeeCapGwei > 0 && t.MaxBlobFeeCapGwei <= 100_000, "txmgr.max-blob-fee-cap-gwei", t.MaxBlobFeeCapGwei, "above 0 and at most 100000")
	c.Want(t.BlobProofs == "cell" || t.BlobProofs == "blob", "txmgr.blob-proofs", t.BlobProofs, "cell (Osaka and later) or blob (Cancun, Prague)")

	c.Want(b.Balance.MinETH >= 0 && b.Balance.MinETH <= MaxBalanceFloorETH, "balance.min-eth", b.Balance.MinETH,
		fmt.Sprintf("0 to %g (ether)", float64(MaxBalanceFloorETH)))
	c.Want(b.Balance.Interval >= time.Second, "balance.interval", b.Balance.Interval, "at least 1s")
	c.Want(b.ShutdownTimeout >= time.Second && b.ShutdownTimeout <= 10*time.Minute, "shutdown-timeout", b.ShutdownTimeout, "a duration between 1s and 10m")
}

// LoadFile loads the config file at path (with the environment, as an agent would; no flags)
// into out. path "" loads the defaults and the environment only.
func LoadFile(path string, out any, extra ...Key) error {
	fs := pflag.NewFlagSet("config", pflag.ContinueOnError)
	AddFlags(fs)
	if path != "" {
		if err := fs.Parse([]string{"--config", path}); err != nil {
			return err
		}
	}
	_, err := Load(fs, out, extra...)
	return err
}
