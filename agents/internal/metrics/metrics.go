package metrics

import (
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Namespace prefixes every SPTN metric.
const Namespace = "sptn"

// The four chains whose tips agents report.
const (
	ChainPending   = "pending"
	ChainAssured   = "assured"
	ChainProven    = "proven"
	ChainFinalized = "finalized"
)

// Registry is an agent's own Prometheus registry with the standard metrics.
type Registry struct {
	reg       *prometheus.Registry
	tips      *prometheus.GaugeVec
	tipAt     *prometheus.GaugeVec
	tipMu     sync.Mutex
	lastTip   map[string]uint64
	l1Head    prometheus.Gauge
	lag       *prometheus.GaugeVec
	rpcErrors *prometheus.CounterVec
	l1Errors  *prometheus.CounterVec
	txs       *prometheus.GaugeVec
	txOldest  *prometheus.GaugeVec
	txEvents  *prometheus.CounterVec
	fees      *prometheus.GaugeVec
	balance   *prometheus.GaugeVec
	low       *prometheus.GaugeVec
	floor     prometheus.Gauge
}

// New makes a registry for the named agent, with Go runtime and process collectors.
func New(agent string) *Registry {
	reg := prometheus.NewRegistry()
	f := factory{reg: reg, labels: prometheus.Labels{"agent": agent}}
	r := &Registry{
		reg:  reg,
		tips: f.gaugeVec("chain_tip", "L2 block number of each chain's tip as the agent sees it.", "chain"),
		tipAt: f.gaugeVec("chain_tip_changed_timestamp_seconds",
			"Unix time the agent last saw each chain's tip change (its start before the first change).", "chain"),
		lastTip:   map[string]uint64{},
		l1Head:    f.gauge("l1_head", "Latest L1 block number the agent has seen."),
		lag:       f.gaugeVec("lag_seconds", "Lags the agent measures, in seconds.", "what"),
		rpcErrors: f.counterVec("rpc_errors_total", "Failed L1 JSON-RPC attempts, by endpoint host.", "endpoint"),
		l1Errors:  f.counterVec("l1_errors_total", "L1 operations that failed after retries, by operation.", "op"),
		txs:       f.gaugeVec("txs", "Transactions in flight, by sending account and state.", "account", "state"),
		txOldest: f.gaugeVec("tx_oldest_pending_seconds",
			"How long each sending account's oldest transaction in flight that no block holds has waited.", "account"),
		txEvents: f.counterVec("tx_events_total", "Transaction manager events.", "event"),
		fees:     f.gaugeVec("fee_gwei", "Fee levels in gwei: L1 base fee and the latest signed tip and fee caps.", "kind"),
		balance:  f.gaugeVec("balance_eth", "ETH balance of each L1 account the agent sends from.", "account"),
		low:      f.gaugeVec("balance_low", "1 when the account's balance is below balance.min-eth.", "account"),
		floor:    f.gauge("balance_floor_eth", "The balance floor (balance.min-eth) below which an account is low."),
	}
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	now := float64(time.Now().UnixNano()) / 1e9
	for _, c := range []string{ChainPending, ChainAssured, ChainProven, ChainFinalized} {
		r.tips.WithLabelValues(c)
		r.tipAt.WithLabelValues(c).Set(now)
	}
	return r
}

type factory struct {
	reg    *prometheus.Registry
	labels prometheus.Labels
}

func (f factory) gauge(name, help string) prometheus.Gauge {
	g := prometheus.NewGauge(prometheus.GaugeOpts{Namespace: Namespace, Name: name, Help: help, ConstLabels: f.labels})
	f.reg.MustRegister(g)
	return g
}

func (f factory) gaugeVec(name, help string, labels ...string) *prometheus.GaugeVec {
	g := prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: Namespace, Name: name, Help: help, ConstLabels: f.labels}, labels)
	f.reg.MustRegister(g)
	return g
}

func (f factory) counterVec(name, help string, labels ...string) *prometheus.CounterVec {
	c := prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: Namespace, Name: name, Help: help, ConstLabels: f.labels}, labels)
	f.reg.MustRegister(c)
	return c
}

// Prometheus is the underlying registry, for the agent's own metrics.
func (r *Registry) Prometheus() *prometheus.Registry { return r.reg }

// SetTip records the tip of one of the four chains, and the time it changed (whichever way).
func (r *Registry) SetTip(chain string, block uint64) {
	r.tipMu.Lock()
	defer r.tipMu.Unlock()
	r.tips.WithLabelValues(chain).Set(float64(block))
	if last, ok := r.lastTip[chain]; !ok || last != block {
		r.lastTip[chain] = block
		r.tipAt.WithLabelValues(chain).SetToCurrentTime()
	}
}

// InitRPCErrors exports sptn_rpc_errors_total at 0 for each endpoint host, so that a rate of
// errors exists (and is 0) before the first error.
func (r *Registry) InitRPCErrors(hosts ...string) {
	for _, h := range hosts {
		r.rpcErrors.WithLabelValues(h)
	}
}

// SetL1Head records the latest L1 block number seen.
func (r *Registry) SetL1Head(block uint64) { r.l1Head.Set(float64(block)) }

// SetLag records a lag in seconds.
func (r *Registry) SetLag(what string, seconds float64) { r.lag.WithLabelValues(what).Set(seconds) }

// RecordRPCError counts a failed RPC attempt against an endpoint host.
func (r *Registry) RecordRPCError(endpoint string) { r.rpcErrors.WithLabelValues(endpoint).Inc() }

// RecordL1Error counts an L1 operation that failed after retries.
func (r *Registry) RecordL1Error(op string) { r.l1Errors.WithLabelValues(op).Inc() }

// SetTxs records how many of an account's transactions are in flight in a state.
func (r *Registry) SetTxs(account common.Address, state string, n int) {
	r.txs.WithLabelValues(strings.ToLower(account.Hex()), state).Set(float64(n))
}

// SetOldestPending records how long an account's oldest unmined transaction in flight waited.
func (r *Registry) SetOldestPending(account common.Address, seconds float64) {
	r.txOldest.WithLabelValues(strings.ToLower(account.Hex())).Set(seconds)
}

// RecordTxEvent counts a transaction manager event.
func (r *Registry) RecordTxEvent(event string) { r.txEvents.WithLabelValues(event).Inc() }

// SetFee records a fee level given in wei.
func (r *Registry) SetFee(kind string, wei *big.Int) { r.fees.WithLabelValues(kind).Set(Gwei(wei)) }

// SetBalance records an account's balance (wei) and whether it is below the floor.
func (r *Registry) SetBalance(account common.Address, wei *big.Int, low bool) {
	a := strings.ToLower(account.Hex())
	r.balance.WithLabelValues(a).Set(Ether(wei))
	r.low.WithLabelValues(a).Set(map[bool]float64{false: 0, true: 1}[low])
}

// SetBalanceFloor records the floor (wei) below which an account's balance is low.
func (r *Registry) SetBalanceFloor(wei *big.Int) { r.floor.Set(Ether(wei)) }

// Gwei converts wei to gwei as a float (for gauges only).
func Gwei(wei *big.Int) float64 {
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(1e9)).Float64()
	return f
}

// Ether converts wei to ether as a float (for gauges only).
func Ether(wei *big.Int) float64 {
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(1e18)).Float64()
	return f
}

// Noop implements every recording interface with no effect, for unit tests.
type Noop struct{}

func (Noop) SetTip(string, uint64)                     {}
func (Noop) SetL1Head(uint64)                          {}
func (Noop) SetLag(string, float64)                    {}
func (Noop) RecordRPCError(string)                     {}
func (Noop) RecordL1Error(string)                      {}
func (Noop) SetTxs(common.Address, string, int)        {}
func (Noop) SetOldestPending(common.Address, float64)  {}
func (Noop) RecordTxEvent(string)                      {}
func (Noop) SetFee(string, *big.Int)                   {}
func (Noop) SetBalance(common.Address, *big.Int, bool) {}
func (Noop) SetBalanceFloor(*big.Int)                  {}
