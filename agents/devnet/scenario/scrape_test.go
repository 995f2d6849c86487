package scenario

import (
	"context"
	"net/http/httptest"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/stretchr/testify/require"
)

// TestScrapeCounterSumsTheSeries: reorg-removes-proof waits on the provers' counter, which
// carries const labels; the scrape sums its series and names a missing counter.
func TestScrapeCounterSumsTheSeries(t *testing.T) {
	reg := prometheus.NewRegistry()
	c := prometheus.NewCounterVec(prometheus.CounterOpts{Name: "sptn_prover_epochs_proven_total", Help: "h",
		ConstLabels: prometheus.Labels{"agent": "prover"}}, []string{"k"})
	reg.MustRegister(c)
	c.WithLabelValues("a").Add(2)
	c.WithLabelValues("b").Add(3)
	srv := httptest.NewServer(promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	defer srv.Close()
	n, err := scrapeCounter(context.Background(), srv.URL, "sptn_prover_epochs_proven_total")
	require.NoError(t, err)
	require.Equal(t, 5.0, n)
	_, err = scrapeCounter(context.Background(), srv.URL, "sptn_missing_total")
	require.ErrorContains(t, err, "has no sptn_missing_total")
}
