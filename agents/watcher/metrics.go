package watcher

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/sptn/sptn/agents/internal/metrics"
)

type promMetrics struct {
	evidence *prometheus.CounterVec
	actions  *prometheus.CounterVec
	fees     *prometheus.CounterVec
	pending  prometheus.Gauge
}

// NewMetrics registers the watcher's metrics in r:
//
//	sptn_watcher_evidence_total{kind}                 faults found (pruned_epoch, equivocation)
//	sptn_watcher_actions_total{action,result}         file/slash/vote, done/by_other/skipped
//	sptn_watcher_fee_policy_violations_total{fee}     headers naming fees above the policy (da, l2)
//	sptn_watcher_pending_evidence                     evidence not acted on yet (retried every tick)
func NewMetrics(r *metrics.Registry) Metrics {
	labels := prometheus.Labels{"agent": "watcher"}
	opts := func(name, help string) prometheus.CounterOpts {
		return prometheus.CounterOpts{Namespace: metrics.Namespace, Subsystem: "watcher", Name: name, Help: help, ConstLabels: labels}
	}
	m := &promMetrics{
		evidence: prometheus.NewCounterVec(opts("evidence_total", "Faults found, by kind."), []string{"kind"}),
		actions:  prometheus.NewCounterVec(opts("actions_total", "Slashing actions recorded, by action and result."), []string{"action", "result"}),
		fees:     prometheus.NewCounterVec(opts("fee_policy_violations_total", "Headers naming a fee above the watcher's policy."), []string{"fee"}),
		pending: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: metrics.Namespace, Subsystem: "watcher",
			Name: "pending_evidence", Help: "Evidence found and not yet acted on.", ConstLabels: labels}),
	}
	r.Prometheus().MustRegister(m.evidence, m.actions, m.fees, m.pending)
	return m
}

func (m *promMetrics) RecordEvidence(kind string) { m.evidence.WithLabelValues(kind).Inc() }
func (m *promMetrics) RecordAction(action, result string) {
	m.actions.WithLabelValues(action, result).Inc()
}
func (m *promMetrics) RecordFeeViolation(fee string) { m.fees.WithLabelValues(fee).Inc() }
func (m *promMetrics) SetPending(n int)              { m.pending.Set(float64(n)) }
