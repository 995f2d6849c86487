package config

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"
	"github.com/stretchr/testify/require"
)

// fixture writes a deployments file, a keystore dir and a password file, and returns a config
// file body that passes Check.
func fixture(t *testing.T) (dir string, yaml string) {
	t.Helper()
	dir = t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "deployments.json"),
		[]byte(`{"chainId":31337,"block":1,"contracts":{"AZT":"0x5FbDB2315678afecb367f032d93F642f64180aa3"}}`), 0o600))
	require.NoError(t, os.Mkdir(filepath.Join(dir, "keystore"), 0o700))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "pw"), []byte("pw\n"), 0o600))
	yaml = strings.ReplaceAll(`
l1:
  rpc-urls: ["http://127.0.0.1:8545", "https://user:secret@rpc.example/v2/APIKEY"]
  chain-id: 31337
deployments: DIR/deployments.json
keys:
  keystore: DIR/keystore
  password-file: DIR/pw
data-dir: DIR/data
txmgr:
  confirmations: 2
`, "DIR", dir)
	return dir, yaml
}

func load(t *testing.T, body string, args ...string) (*Base, error) {
	t.Helper()
	file := filepath.Join(t.TempDir(), "sptn.yaml")
	require.NoError(t, os.WriteFile(file, []byte(body), 0o600))
	fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
	AddFlags(fs)
	require.NoError(t, fs.Parse(append([]string{"--config", file}, args...)))
	var b Base
	_, err := Load(fs, &b)
	return &b, err
}

func TestLoadPrecedenceFileEnvFlag(t *testing.T) {
	_, body := fixture(t)
	t.Setenv("SPTN_TXMGR_CONFIRMATIONS", "5")
	t.Setenv("SPTN_L1_CHAIN_ID", "1")
	t.Setenv("SPTN_TXMGR_POLL_INTERVAL", "250ms")
	b, err := load(t, body, "--l1.chain-id", "31337")
	require.NoError(t, err)
	require.Equal(t, uint64(5), b.TxMgr.Confirmations, "env wins over the file")
	require.Equal(t, uint64(31337), b.L1.ChainID, "a flag wins over env")
	require.Equal(t, 250*time.Millisecond, b.TxMgr.PollInterval)
	require.Equal(t, 1.2, b.TxMgr.GasMargin, "defaults fill what nobody set")
	require.Len(t, b.L1.RPCURLs, 2)
	require.NoError(t, b.Check())

	t.Setenv("SPTN_L1_RPC_URLS", "http://a:1,http://b:2")
	b, err = load(t, body)
	require.NoError(t, err)
	require.Equal(t, []string{"http://a:1", "http://b:2"}, b.L1.RPCURLs, "a list from env is comma separated")
}

func TestLoadRefusesUnknownKeysAndBadTypes(t *testing.T) {
	_, body := fixture(t)
	_, err := load(t, body+"\nl1x:\n  rpc-url: http://x\n")
	require.ErrorIs(t, err, ErrDecode)
	require.ErrorContains(t, err, "l1x")

	_, err = load(t, body+"\nbalance:\n  interval: soon\n")
	require.ErrorIs(t, err, ErrDecode)
	require.ErrorContains(t, err, "balance.interval")

	_, err = load(t, "l1: [unclosed")
	require.ErrorIs(t, err, ErrDecode)
}

func TestCheckNamesKeyValueAndWant(t *testing.T) {
	dir, body := fixture(t)
	tests := []struct {
		name string
		set  func(b *Base)
		want string
	}{
		{"no rpc url", func(b *Base) { b.L1.RPCURLs = nil },
			`config key l1.rpc-urls (env SPTN_L1_RPC_URLS) = []: want at least one http(s) URL`},
		{"ws url", func(b *Base) { b.L1.RPCURLs = []string{"ws://127.0.0.1:8546"} },
			`config key l1.rpc-urls[0] (env SPTN_L1_RPC_URLS) = "ws://127.0.0.1:8546": want an http:// or https:// URL with a host`},
		{"zero chain id", func(b *Base) { b.L1.ChainID = 0 },
			`config key l1.chain-id (env SPTN_L1_CHAIN_ID) = 0: want a chain id above 0`},
		{"chain id differs from deployments", func(b *Base) { b.L1.ChainID = 1 },
			`config key l1.chain-id (env SPTN_L1_CHAIN_ID) = 1: want the chain id of deployments file ` + dir + `/deployments.json (31337)`},
		{"request timeout", func(b *Base) { b.L1.RequestTimeout = time.Millisecond },
			`config key l1.request-timeout (env SPTN_L1_REQUEST_TIMEOUT) = 1ms: want a duration between 100ms and 5m`},
		{"retry waits", func(b *Base) { b.L1.RetryWaitMax = time.Millisecond },
			`config key l1.retry-wait-max (env SPTN_L1_RETRY_WAIT_MAX) = 1ms: want a duration of at least l1.retry-wait-min (200ms)`},
		{"missing deployments", func(b *Base) { b.Deployments = dir + "/none.json" },
			`config key deployments (env SPTN_DEPLOYMENTS) = "` + dir + `/none.json": want a readable deployments file`},
		{"missing keystore", func(b *Base) { b.Keys.Keystore = dir + "/nokeys" },
			`config key keys.keystore (env SPTN_KEYS_KEYSTORE) = "` + dir + `/nokeys": want an existing keystore directory`},
		{"bad address", func(b *Base) { b.Keys.Address = "0x12" },
			`config key keys.address (env SPTN_KEYS_ADDRESS) = "0x12": want empty or a 0x-prefixed 20-byte hex address`},
		{"missing password file", func(b *Base) { b.Keys.PasswordFile = dir + "/nopw" },
			`config key keys.password-file (env SPTN_KEYS_PASSWORD_FILE) = "` + dir + `/nopw": want a readable file holding the keystore password`},
		{"no password source", func(b *Base) { b.Keys.PasswordFile, b.Keys.PasswordEnv = "", "" },
			`config key keys.password-env (env SPTN_KEYS_PASSWORD_ENV) = "": want the name of an environment variable (or set keys.password-file)`},
		{"metrics addr", func(b *Base) { b.Metrics.Addr = "7300" },
			`config key metrics.addr (env SPTN_METRICS_ADDR) = "7300": want host:port, or empty to disable`},
		{"log level", func(b *Base) { b.Log.Level = "loud" },
			`config key log.level (env SPTN_LOG_LEVEL) = "loud": want debug, info, warn or error`},
		{"log format", func(b *Base) { b.Log.Format = "xml" },
			`config key log.format (env SPTN_LOG_FORMAT) = "xml": want text or json`},
		{"fee cap", func(b *Base) { b.TxMgr.MaxFeeCapGwei = 0 },
			`config key txmgr.max-fee-cap-gwei (env SPTN_TXMGR_MAX_FEE_CAP_GWEI) = 0: want above 0 and at most 100000`},
		{"tip above fee cap", func(b *Base) { b.TxMgr.MaxTipCapGwei = 600 },
			`config key txmgr.max-tip-cap-gwei (env SPTN_TXMGR_MAX_TIP_CAP_GWEI) = 600: want between txmgr.min-tip-cap-gwei (1) and txmgr.max-fee-cap-gwei (500)`},
		{"gas margin", func(b *Base) { b.TxMgr.GasMargin = 0.9 },
			`config key txmgr.gas-margin (env SPTN_TXMGR_GAS_MARGIN) = 0.9: want a multiplier between 1 and 3`},
		{"bump after", func(b *Base) { b.TxMgr.BumpAfterBlocks = 0 },
			`config key txmgr.bump-after-blocks (env SPTN_TXMGR_BUMP_AFTER_BLOCKS) = 0: want 1 to 100`},
		{"confirmations", func(b *Base) { b.TxMgr.Confirmations = 0 },
			`config key txmgr.confirmations (env SPTN_TXMGR_CONFIRMATIONS) = 0: want 1 to 128`},
		{"poll interval", func(b *Base) { b.TxMgr.PollInterval = time.Hour },
			`config key txmgr.poll-interval (env SPTN_TXMGR_POLL_INTERVAL) = 1h0m0s: want a duration between 10ms and 1m`},
		{"max in flight", func(b *Base) { b.TxMgr.MaxInFlight = 0 },
			`config key txmgr.max-in-flight (env SPTN_TXMGR_MAX_IN_FLIGHT) = 0: want 1 to 1024`},
		{"balance", func(b *Base) { b.Balance.MinETH = -1 },
			`config key balance.min-eth (env SPTN_BALANCE_MIN_ETH) = -1: want 0 to 1e+09 (ether)`},
		{"balance", func(b *Base) { b.Balance.MinETH = math.Inf(1) },
			`config key balance.min-eth (env SPTN_BALANCE_MIN_ETH) = +Inf: want 0 to 1e+09 (ether)`},
		{"balance", func(b *Base) { b.Balance.MinETH = math.NaN() },
			`config key balance.min-eth (env SPTN_BALANCE_MIN_ETH) = NaN: want 0 to 1e+09 (ether)`},
		{"shutdown", func(b *Base) { b.ShutdownTimeout = 0 },
			`config key shutdown-timeout (env SPTN_SHUTDOWN_TIMEOUT) = 0s: want a duration between 1s and 10m`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := load(t, body)
			require.NoError(t, err)
			require.NoError(t, b.Check())
			tc.set(b)
			err = b.Check()
			require.ErrorIs(t, err, ErrInvalid)
			require.ErrorContains(t, err, tc.want)
		})
	}
}

func TestCheckRedactsURLInError(t *testing.T) {
	_, body := fixture(t)
	b, err := load(t, body)
	require.NoError(t, err)
	b.L1.RPCURLs = []string{"ftp://rpc.example/v2/APIKEY"}
	err = b.Check()
	require.ErrorContains(t, err, `"ftp://rpc.example/<redacted>"`)
	require.NotContains(t, err.Error(), "APIKEY")
}

func TestRedact(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"http://127.0.0.1:8545", "http://127.0.0.1:8545"},
		{"http://127.0.0.1:8545/", "http://127.0.0.1:8545/"},
		{"https://eth-mainnet.g.alchemy.com/v2/SECRET", "https://eth-mainnet.g.alchemy.com/<redacted>"},
		{"https://user:pass@rpc.example", "https://<redacted>@rpc.example"},
		{"https://rpc.example/?apikey=SECRET", "https://rpc.example/<redacted>"},
		{"keystore/dir", "keystore/dir"},
		// A URL that does not parse, or parses without a host, still hides everything after the
		// scheme: its user info may hold a password (a bad escape, a '#' or a space in it).
		{"postgres://sptn:p%zzhunter2@db/sptn", "postgres://<redacted>"},
		{"postgres://sptn:hun#ter2@db/sptn", "postgres://<redacted>"},
		{"postgres://sptn:hunter2 x@db/sptn", "postgres://<redacted>"},
		{"postgres://sptn:hunter2@/sptn?host=/run/postgresql", "postgres://<redacted>"},
		{"https://rpc.example:bad/KEY", "https://<redacted>"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			require.Equal(t, tc.want, Redact(tc.in))
		})
	}
	got := RedactSettings(map[string]any{
		"keys": map[string]any{"password-file": "/run/pw", "password": "hunter2"},
		"l1":   map[string]any{"rpc-urls": []any{"https://rpc.example/KEY"}},
		"node": map[string]any{"api-token": "abc", "empty-token": ""},
	})
	require.Equal(t, "/run/pw", got["keys"].(map[string]any)["password-file"], "a password file path is not a secret")
	require.Equal(t, Redacted, got["keys"].(map[string]any)["password"])
	require.Equal(t, []any{"https://rpc.example/<redacted>"}, got["l1"].(map[string]any)["rpc-urls"])
	require.Equal(t, Redacted, got["node"].(map[string]any)["api-token"])
	require.Equal(t, "", got["node"].(map[string]any)["empty-token"])
}

// TestDocsListEveryKey keeps docs/config.md honest: every key and its env var is documented.
func TestDocsListEveryKey(t *testing.T) {
	t.Parallel()
	raw, err := os.ReadFile(filepath.Join("..", "..", "..", "docs", "config.md"))
	require.NoError(t, err)
	for _, k := range BaseKeys {
		require.Contains(t, string(raw), "`"+k.Name+"`", "docs/config.md lacks key %s", k.Name)
		require.Contains(t, string(raw), "`"+k.Env()+"`", "docs/config.md lacks env var %s", k.Env())
	}
}

// TestExampleConfigLoads keeps configs/example.yaml loadable.
func TestExampleConfigLoads(t *testing.T) {
	fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
	AddFlags(fs)
	require.NoError(t, fs.Parse([]string{"--config", filepath.Join("..", "..", "..", "configs", "example.yaml")}))
	var b Base
	_, err := Load(fs, &b)
	require.NoError(t, err)
	require.Equal(t, uint64(31337), b.L1.ChainID)
}

func TestLoadTOMLFromEnvNamedFile(t *testing.T) {
	dir, _ := fixture(t)
	file := filepath.Join(dir, "sptn.toml")
	require.NoError(t, os.WriteFile(file, []byte(strings.ReplaceAll(`
deployments = "DIR/deployments.json"
data-dir = "DIR/data"
[l1]
rpc-urls = ["http://10.0.0.1:8545", "http://10.0.0.2:8545"]
[keys]
keystore = "DIR/keystore"
password-file = "DIR/pw"
[txmgr]
bump-after-blocks = 5
`, "DIR", dir)), 0o600))
	t.Setenv("SPTN_CONFIG", file)
	var b Base
	_, err := Load(nil, &b)
	require.NoError(t, err)
	require.Equal(t, uint64(5), b.TxMgr.BumpAfterBlocks)
	require.Equal(t, []string{"http://10.0.0.1:8545", "http://10.0.0.2:8545"}, b.L1.RPCURLs)
	require.NoError(t, b.Check())
}
