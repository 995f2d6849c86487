package agent

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/pflag"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/anviltest"
	"github.com/sptn/sptn/agents/internal/config"
	"github.com/sptn/sptn/agents/internal/keys"
	"github.com/sptn/sptn/agents/internal/lifecycle"
	"github.com/sptn/sptn/agents/internal/store"
	"github.com/sptn/sptn/agents/internal/txmgr"
)

var contract = common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")

// setup writes a keystore holding anvil's first key, a password file, a deployments file and
// a config file, and returns the loaded, checked config.
func setup(t *testing.T, a *anviltest.Anvil) *config.Base {
	t.Helper()
	dir := t.TempDir()
	keyFile := filepath.Join(dir, "key.hex")
	require.NoError(t, os.WriteFile(keyFile, []byte(anviltest.DevKeys[0]), 0o600))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "pw"), []byte("pw\n"), 0o600))
	_, err := keys.Import(filepath.Join(dir, "keystore"), keyFile, "pw", keys.LightScrypt)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "deployments.json"),
		[]byte(`{"chainId":31337,"contracts":{"AZT":"`+contract.Hex()+`"}}`), 0o600))
	body := strings.ReplaceAll(`
l1:
  rpc-urls: ["URL"]
  request-timeout: 2s
  retry-wait-min: 20ms
  retry-wait-max: 100ms
deployments: DIR/deployments.json
keys:
  keystore: DIR/keystore
  password-file: DIR/pw
data-dir: DIR/data
metrics:
  addr: 127.0.0.1:0
txmgr:
  confirmations: 1
  poll-interval: 50ms
balance:
  interval: 1s
`, "DIR", dir)
	body = strings.ReplaceAll(body, "URL", a.URL)
	file := filepath.Join(dir, "sptn.yaml")
	require.NoError(t, os.WriteFile(file, []byte(body), 0o600))
	fs := pflag.NewFlagSet("t", pflag.ContinueOnError)
	config.AddFlags(fs)
	require.NoError(t, fs.Parse([]string{"--config", file}))
	var cfg config.Base
	_, err = config.Load(fs, &cfg)
	require.NoError(t, err)
	require.NoError(t, cfg.Check())
	return &cfg
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, string(b)
}

func TestRuntimeStartsServesSendsAndStops(t *testing.T) {
	t.Parallel()
	a := anviltest.Start(t)
	a.Call(nil, "anvil_setCode", contract, "0x60006000fd")
	cfg := setup(t, a)
	var logs bytes.Buffer
	rt := New("test", cfg, slog.New(slog.NewTextHandler(&logs, nil)))
	var synced atomic.Bool
	rt.AddReadyCheck("synced", func(context.Context) error {
		if !synced.Load() {
			return io.ErrUnexpectedEOF
		}
		return nil
	})
	stack := lifecycle.NewStack(rt.Log)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	require.NoError(t, lifecycle.Start(ctx, stack, 10*time.Second, rt.Steps()...))
	stopped := false
	defer func() {
		if !stopped {
			_ = stack.Stop(context.Background())
		}
	}()
	require.Equal(t, common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"), rt.Signer.Address())
	azt, err := rt.Deployments.Address("AZT")
	require.NoError(t, err)
	require.Equal(t, contract, azt)

	base := "http://" + rt.Server.Addr()
	code, body := get(t, base+"/readyz")
	require.Equal(t, http.StatusServiceUnavailable, code, "the agent's own check says not synced")
	require.Contains(t, body, "ok   l1")
	require.Contains(t, body, "FAIL synced")
	synced.Store(true)
	code, _ = get(t, base+"/readyz")
	require.Equal(t, http.StatusOK, code)

	sink := common.HexToAddress("0xdead")
	r, err := rt.TxMgr.Send(ctx, txmgr.TxCandidate{ID: "hello", To: &sink, Value: big.NewInt(1)})
	require.NoError(t, err)
	require.Equal(t, uint64(1), r.Status)

	code, body = get(t, base+"/metrics")
	require.Equal(t, http.StatusOK, code)
	require.Contains(t, body, `sptn_tx_events_total{agent="test",event="confirmed"} 1`)
	require.Contains(t, body, `sptn_balance_low{account="0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266",agent="test"} 0`)
	require.Contains(t, body, `sptn_balance_floor_eth{agent="test"}`)
	require.Contains(t, body, `sptn_l1_head{agent="test"}`)

	require.NoError(t, stack.Stop(context.Background()))
	stopped = true
	_, err = http.Get(base + "/livez")
	require.Error(t, err, "the server is down after Stop")
	st, err := store.Open(filepath.Join(cfg.DataDir, "test", "store"))
	require.NoError(t, err, "the store was closed")
	require.NoError(t, st.Close())
}

func TestRuntimeRefusesDeploymentsWithoutCode(t *testing.T) {
	t.Parallel()
	a := anviltest.Start(t)
	cfg := setup(t, a)
	rt := New("test", cfg, slog.New(slog.NewTextHandler(io.Discard, nil)))
	stack := lifecycle.NewStack(rt.Log)
	err := lifecycle.Start(context.Background(), stack, 10*time.Second, rt.Steps()...)
	require.ErrorContains(t, err, "AZT at "+contract.Hex()+" has no code on chain 31337")
	st, err := store.Open(filepath.Join(cfg.DataDir, "test", "store"))
	require.NoError(t, err, "a failed start closed the store it had opened")
	require.NoError(t, st.Close())
}

func TestNewLogger(t *testing.T) {
	t.Parallel()
	var b bytes.Buffer
	log, err := NewLogger(config.Log{Level: "warn", Format: "json"}, &b)
	require.NoError(t, err)
	log.Info("hidden")
	log.Warn("shown", "k", 1)
	require.NotContains(t, b.String(), "hidden")
	require.Contains(t, b.String(), `"msg":"shown","k":1`)
	_, err = NewLogger(config.Log{Level: "loud", Format: "text"}, &b)
	require.ErrorContains(t, err, `config key log.level (env SPTN_LOG_LEVEL) = "loud": want debug, info, warn or error`)
}
