package prover

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/sptn/sptn/agents/internal/metrics"
)

// promMetrics records the prover's metrics in the agent's registry.
type promMetrics struct {
	*metrics.Registry
	proofs    *prometheus.CounterVec
	proven    prometheus.Counter
	latency   prometheus.Histogram
	remaining prometheus.Gauge
}

// NewMetrics registers the prover's metrics in r:
//
//	sptn_prover_epochs_proven_total            epochs proven by this prover's proofs
//	sptn_prover_proofs_total{outcome}          proof outcomes (proven, already_proven, reverted, reorged, window_missed)
//	sptn_prover_proof_latency_seconds          L1 time from an epoch's end to the block holding its proof
//	sptn_prover_window_remaining_seconds       L1 time left in the oldest unproven epoch's proof window (0 when none)
func NewMetrics(r *metrics.Registry) Metrics {
	labels := prometheus.Labels{"agent": "prover"}
	m := &promMetrics{
		Registry: r,
		proofs: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: metrics.Namespace, Subsystem: "prover",
			Name: "proofs_total", Help: "Proof outcomes.", ConstLabels: labels}, []string{"outcome"}),
		proven: prometheus.NewCounter(prometheus.CounterOpts{Namespace: metrics.Namespace, Subsystem: "prover",
			Name: "epochs_proven_total", Help: "Epochs proven by this prover's proofs.", ConstLabels: labels}),
		latency: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: metrics.Namespace, Subsystem: "prover",
			Name: "proof_latency_seconds", Help: "L1 time from an epoch's end to the L1 block holding its proof.",
			ConstLabels: labels, Buckets: []float64{6, 12, 24, 48, 96, 192, 384, 768, 1536, 3072}}),
		remaining: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: metrics.Namespace, Subsystem: "prover",
			Name: "window_remaining_seconds", Help: "L1 time left in the oldest unproven epoch's proof window; 0 when nothing is unproven.",
			ConstLabels: labels}),
	}
	r.Prometheus().MustRegister(m.proofs, m.proven, m.latency, m.remaining)
	for _, o := range []string{OutcomeProven, OutcomeAlreadyProven, OutcomeReverted, OutcomeReorged, OutcomeWindowMissed} {
		m.proofs.WithLabelValues(o)
	}
	return m
}

func (m *promMetrics) RecordProof(outcome string) {
	m.proofs.WithLabelValues(outcome).Inc()
	if outcome == OutcomeProven {
		m.proven.Inc()
	}
}

func (m *promMetrics) ObserveProofLatency(seconds float64) { m.latency.Observe(seconds) }

func (m *promMetrics) SetWindowRemaining(seconds float64) { m.remaining.Set(seconds) }
