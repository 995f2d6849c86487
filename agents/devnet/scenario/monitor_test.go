package scenario

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/devnet"
	"github.com/sptn/sptn/agents/internal/promtest"
)

// startMonitoring starts a real Prometheus server scraping every agent of n under the job names
// the shipped rules select (sptn-node, sptn-prover, sptn-watcher), every second, with the shipped
// rules in a copy whose `for:` delays are 1 s (the expressions are the shipped ones).
func startMonitoring(ctx context.Context, t *testing.T, n *devnet.Network) *promtest.Server {
	t.Helper()
	rules, err := promtest.ShortFor(filepath.Join(repoRoot(t), promtest.RulesPath), t.TempDir(), time.Second)
	require.NoError(t, err)
	byJob := map[string][]string{}
	for _, a := range n.Agents() {
		byJob["sptn-"+a.Kind] = append(byJob["sptn-"+a.Kind], strings.TrimPrefix(a.Metrics, "http://"))
	}
	var jobs []promtest.Job
	for _, kind := range []string{"node", "prover", "watcher"} {
		require.NotEmpty(t, byJob["sptn-"+kind], "the devnet runs a %s", kind)
		jobs = append(jobs, promtest.Job{Name: "sptn-" + kind, Targets: byJob["sptn-"+kind]})
	}
	return promtest.Start(ctx, t, promtest.Config{Jobs: jobs, RuleFiles: []string{rules}, Interval: time.Second})
}

func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", "..", ".."))
	require.NoError(t, err)
	return root
}

// checkMonitoring is the monitoring's test against the real thing, on a devnet Prometheus has
// scraped while scenarios ran: the shipped rules pass `promtool check rules`; every rule is
// healthy; every recorded series, every alert's series and every query of the shipped dashboard
// return data; then a node is stopped and the alerts that must say so go pending or firing:
// SptnAgentDown for its target and ValidatorNotAttesting for its attester.
func checkMonitoring(ctx context.Context, t *testing.T, n *devnet.Network, prom *promtest.Server) {
	t.Helper()
	start := time.Now()
	root := repoRoot(t)
	_, err := promtest.CheckRules(filepath.Join(root, promtest.RulesPath))
	require.NoError(t, err)
	rules, err := promtest.LoadRules(filepath.Join(root, promtest.RulesPath))
	require.NoError(t, err)
	panels, err := promtest.DashboardQueries(filepath.Join(root, promtest.DashboardPath), promtest.GrafanaVars)
	require.NoError(t, err)

	// What must return data: every recorded series, every alert's series, every panel's query.
	type query struct{ what, expr string }
	var queries []query
	for _, r := range rules {
		if r.Record != "" {
			queries = append(queries, query{"recorded series " + r.Record, r.Record})
			continue
		}
		series, ok := promtest.AlertSeries(r.Expr)
		require.True(t, ok, "alert %s: %q", r.Alert, r.Expr)
		queries = append(queries, query{"alert " + r.Alert, series})
	}
	for _, p := range panels {
		queries = append(queries, query{fmt.Sprintf("panel %q", p.Title), p.Expr})
	}
	eventuallyT(t, time.Minute, "every target up, every rule healthy, every query with data", func() (bool, string) {
		targets, err := prom.Targets(ctx)
		if err != nil {
			return false, err.Error()
		}
		for url, h := range targets {
			if h != "up" {
				return false, fmt.Sprintf("target %s: %s", url, h)
			}
		}
		health, err := prom.RuleHealth(ctx)
		if err != nil {
			return false, err.Error()
		}
		for _, r := range rules {
			if h := health[r.Name()]; h != "ok" {
				return false, fmt.Sprintf("rule %s: %q", r.Name(), h)
			}
		}
		var empty []string
		for _, q := range queries {
			v, err := prom.Query(ctx, q.expr)
			if err != nil {
				return false, fmt.Sprintf("%s: %v", q.what, err)
			}
			if len(v) == 0 {
				empty = append(empty, fmt.Sprintf("%s (%s)", q.what, q.expr))
			}
		}
		return len(empty) == 0, "no data: " + strings.Join(empty, "; ")
	})
	t.Logf("monitoring: %d targets up, %d rules healthy, %d queries with data (%s)", len(n.Agents()), len(rules), len(queries),
		time.Since(start).Round(time.Millisecond))

	// The fault: the last node stops. Its target is down and its attester stops attesting.
	var victim *devnet.Agent
	for _, a := range n.Agents() {
		if a.Kind == "node" {
			victim = a
		}
	}
	instance := strings.TrimPrefix(victim.Metrics, "http://")
	v, err := prom.Query(ctx, fmt.Sprintf(`sptn_balance_eth{job="sptn-node", instance=%q}`, instance))
	require.NoError(t, err)
	require.Len(t, v, 1, "the node's publisher account (its attester key)")
	attester := v[0].Metric["account"]
	faultAt := time.Now()
	t.Logf("monitoring: stopping %s (attester %s)", victim.Name, attester)
	require.NoError(t, victim.Stop(10*time.Second))
	defer func() { _ = victim.Start() }()
	want := map[string]func(promtest.Alert) bool{
		"SptnAgentDown":         func(a promtest.Alert) bool { return a.Labels["instance"] == instance },
		"ValidatorNotAttesting": func(a promtest.Alert) bool { return a.Labels["validator"] == attester },
	}
	seen := map[string]string{}
	eventuallyT(t, 2*time.Minute, "the stopped node's alerts pending or firing", func() (bool, string) {
		alerts, err := prom.Alerts(ctx)
		if err != nil {
			return false, err.Error()
		}
		for _, a := range alerts {
			if match, ok := want[a.Labels["alertname"]]; ok && match(a) && slices.Contains([]string{"pending", "firing"}, a.State) {
				if _, had := seen[a.Labels["alertname"]]; !had {
					seen[a.Labels["alertname"]] = fmt.Sprintf("%s after %s", a.State, time.Since(faultAt).Round(time.Second))
				}
			}
		}
		return len(seen) == len(want), fmt.Sprintf("seen %v; active %v", seen, alerts)
	})
	t.Logf("monitoring: alerts %v; the whole check took %s", seen, time.Since(start).Round(time.Second))
}

func eventuallyT(t *testing.T, within time.Duration, what string, cond func() (bool, string)) {
	t.Helper()
	deadline := time.Now().Add(within)
	for {
		ok, last := cond()
		if ok {
			return
		}
		require.True(t, time.Now().Before(deadline), "timed out after %s waiting for %s: %s", within, what, last)
		time.Sleep(500 * time.Millisecond)
	}
}
