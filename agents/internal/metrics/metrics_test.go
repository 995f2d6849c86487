package metrics

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus/testutil"
	"github.com/stretchr/testify/require"
)

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	require.NoError(t, err)
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, string(body)
}

func TestServerMetricsLivezReadyz(t *testing.T) {
	t.Parallel()
	reg := New("test")
	reg.SetTip(ChainAssured, 42)
	reg.SetFee("fee_cap", big.NewInt(2_500_000_000))
	reg.RecordTxEvent("bumped")
	reg.SetBalance(common.HexToAddress("0x00000000000000000000000000000000000000Ab"), big.NewInt(1e17), true)
	reg.SetBalanceFloor(big.NewInt(5e17))

	s := NewServer("127.0.0.1:0", reg, slog.New(slog.NewTextHandler(io.Discard, nil)))
	var failing atomic.Bool
	s.AddReadyCheck("l1", func(context.Context) error {
		if failing.Load() {
			return errors.New("l1 down")
		}
		return nil
	})
	require.NoError(t, s.Start(context.Background()))
	t.Cleanup(func() { require.NoError(t, s.Stop(context.Background())) })
	base := "http://" + s.Addr()

	code, body := get(t, base+"/metrics")
	require.Equal(t, 200, code)
	require.Contains(t, body, `sptn_chain_tip{agent="test",chain="assured"} 42`)
	require.Contains(t, body, `sptn_chain_tip{agent="test",chain="finalized"} 0`, "all four tips are exported from the start")
	require.Contains(t, body, `sptn_fee_gwei{agent="test",kind="fee_cap"} 2.5`)
	require.Contains(t, body, `sptn_tx_events_total{agent="test",event="bumped"} 1`)
	require.Contains(t, body, `sptn_balance_low{account="0x00000000000000000000000000000000000000ab",agent="test"} 1`)
	require.Contains(t, body, `sptn_balance_eth{account="0x00000000000000000000000000000000000000ab",agent="test"} 0.1`)
	require.Contains(t, body, `sptn_balance_floor_eth{agent="test"} 0.5`)
	require.Contains(t, body, `go_goroutines`)

	code, body = get(t, base+"/livez")
	require.Equal(t, 200, code)
	require.Equal(t, "ok\n", body)

	code, body = get(t, base+"/readyz")
	require.Equal(t, 200, code)
	require.Equal(t, "ok   l1\n", body)

	failing.Store(true)
	code, body = get(t, base+"/readyz")
	require.Equal(t, http.StatusServiceUnavailable, code)
	require.Equal(t, "FAIL l1: l1 down\n", body)
}

// TestRegistriesAreIndependent is why we never use the global registry: two agents in one
// process must not collide.
func TestRegistriesAreIndependent(t *testing.T) {
	t.Parallel()
	a, b := New("node"), New("prover")
	a.RecordTxEvent("sent")
	a.RecordTxEvent("sent")
	b.RecordTxEvent("sent")
	require.Equal(t, 2.0, testutil.ToFloat64(a.txEvents.WithLabelValues("sent")))
	require.Equal(t, 1.0, testutil.ToFloat64(b.txEvents.WithLabelValues("sent")))
}

func TestUnits(t *testing.T) {
	t.Parallel()
	require.Equal(t, 1.5, Gwei(big.NewInt(1_500_000_000)))
	require.Equal(t, 0.25, Ether(new(big.Int).Div(big.NewInt(1e18), big.NewInt(4))))
}

func TestServerPprofOnlyWhenAsked(t *testing.T) {
	t.Parallel()
	for _, on := range []bool{false, true} {
		s := NewServer("127.0.0.1:0", New("test"), slog.New(slog.NewTextHandler(io.Discard, nil)))
		s.Pprof = on
		srv := httptest.NewServer(s.Handler())
		code, body := get(t, srv.URL+"/debug/pprof/")
		srv.Close()
		if on {
			require.Equal(t, http.StatusOK, code)
			require.Contains(t, body, "goroutine")
		} else {
			require.Equal(t, http.StatusNotFound, code)
		}
	}
}

// TestTipChangeTimeAndRPCErrorsFromTheStart: each chain's tip carries the time it last changed
// (the registry's creation before any change; a tip set again to the same number keeps it), and
// the RPC error counters of the endpoints exist at 0 before any error: the alerts' expressions
// (deploy/prometheus) have data on a healthy agent.
func TestTipChangeTimeAndRPCErrorsFromTheStart(t *testing.T) {
	t.Parallel()
	before := float64(time.Now().Unix())
	reg := New("test")
	at := func(chain string) float64 { return testutil.ToFloat64(reg.tipAt.WithLabelValues(chain)) }
	for _, c := range []string{ChainPending, ChainAssured, ChainProven, ChainFinalized} {
		require.GreaterOrEqual(t, at(c), before, c)
	}
	reg.tipAt.WithLabelValues(ChainPending).Set(1) // as if long ago
	reg.SetTip(ChainPending, 0)
	require.GreaterOrEqual(t, at(ChainPending), before, "the first report is a change")
	reg.tipAt.WithLabelValues(ChainPending).Set(1)
	reg.SetTip(ChainPending, 0)
	require.Equal(t, 1.0, at(ChainPending), "the same tip again is no change")
	reg.SetTip(ChainPending, 7)
	require.GreaterOrEqual(t, at(ChainPending), before)
	reg.tipAt.WithLabelValues(ChainPending).Set(1)
	reg.SetTip(ChainPending, 6)
	require.GreaterOrEqual(t, at(ChainPending), before, "going back is a change too")

	reg.InitRPCErrors("a.example", "b.example:8545")
	require.Equal(t, 2, testutil.CollectAndCount(reg.rpcErrors))
	require.Zero(t, testutil.ToFloat64(reg.rpcErrors.WithLabelValues("a.example")))
}
