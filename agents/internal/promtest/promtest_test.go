package promtest

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/stretchr/testify/require"
)

// root is the repository root (tests run in their package's directory).
func root(t *testing.T) string {
	t.Helper()
	r, err := filepath.Abs(filepath.Join("..", "..", ".."))
	require.NoError(t, err)
	return r
}

// TestServerScrapesEvaluatesAndAlerts: a real Prometheus server scrapes a target, records a
// series, and an alert whose expression a test copy gives a short `for:` goes pending, then
// firing, once the target's value crosses the threshold.
func TestServerScrapesEvaluatesAndAlerts(t *testing.T) {
	t.Parallel()
	reg := prometheus.NewRegistry()
	g := prometheus.NewGauge(prometheus.GaugeOpts{Name: "promtest_value", Help: "a value the test sets"})
	reg.MustRegister(g)
	target := httptest.NewServer(promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	defer target.Close()

	dir := t.TempDir()
	rules := filepath.Join(dir, "rules.yml")
	require.NoError(t, os.WriteFile(rules, []byte(`groups:
  - name: test
    rules:
      - record: promtest:value_doubled
        expr: 2 * promtest_value
      - alert: ValueHigh
        expr: promtest:value_doubled > 10
        for: 1h
`), 0o600))
	short, err := ShortFor(rules, dir, 2*time.Second)
	require.NoError(t, err)
	raw, err := os.ReadFile(short)
	require.NoError(t, err)
	require.Contains(t, string(raw), "for: 2s")
	require.NotContains(t, string(raw), "1h")

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	s := Start(ctx, t, Config{Jobs: []Job{{Name: "promtest", Targets: []string{strings.TrimPrefix(target.URL, "http://")}}},
		RuleFiles: []string{short}})
	g.Set(3)
	eventually(t, "the recorded series", func() (bool, string) {
		v, err := s.Query(ctx, "promtest:value_doubled")
		return err == nil && len(v) == 1 && v[0].Value[1] == "6", fmt.Sprint(v, err)
	})
	alerts, err := s.Alerts(ctx)
	require.NoError(t, err)
	require.Empty(t, alerts, "6 is not above 10")
	g.Set(7)
	states := map[string]bool{}
	eventually(t, "the alert firing", func() (bool, string) {
		alerts, err := s.Alerts(ctx)
		for _, a := range alerts {
			states[a.State] = true
		}
		return err == nil && states["firing"], fmt.Sprint(alerts, err)
	})
	require.True(t, states["pending"], "pending before firing")
	health, err := s.RuleHealth(ctx)
	require.NoError(t, err)
	require.Equal(t, map[string]string{"promtest:value_doubled": "ok", "ValueHigh": "ok"}, health)
	_, err = s.Query(ctx, "promtest_value[1m]")
	require.ErrorContains(t, err, "not an instant vector")
}

func eventually(t *testing.T, what string, cond func() (bool, string)) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		ok, last := cond()
		if ok {
			return
		}
		require.True(t, time.Now().Before(deadline), "timed out waiting for %s: %s", what, last)
		time.Sleep(200 * time.Millisecond)
	}
}

// TestShippedRulesAndDashboard: the shipped rules pass `promtool check rules`; every alert has the
// checkable shape (`<series> <op> <number>`), a severity, and a runbook that names a heading of
// docs/operators.md; the dashboard is JSON whose every panel has a query. (TestShortScenarios, in
// agents/devnet/scenario, queries all of them on a live devnet.)
func TestShippedRulesAndDashboard(t *testing.T) {
	t.Parallel()
	r := root(t)
	rulesPath := filepath.Join(r, RulesPath)
	out, err := CheckRules(rulesPath)
	require.NoError(t, err)
	require.Contains(t, out, "SUCCESS")
	rules, err := LoadRules(rulesPath)
	require.NoError(t, err)
	doc, err := os.ReadFile(filepath.Join(r, "docs", "operators.md"))
	require.NoError(t, err)
	anchors := map[string]bool{}
	for _, m := range regexp.MustCompile(`(?m)^#+ (.+)$`).FindAllStringSubmatch(string(doc), -1) {
		anchors[slug(m[1])] = true
	}
	raw, err := os.ReadFile(rulesPath)
	require.NoError(t, err)
	alerts := 0
	for _, rule := range rules {
		if rule.Alert == "" {
			continue
		}
		alerts++
		_, ok := AlertSeries(rule.Expr)
		require.True(t, ok, "alert %s: expression %q is not `<series> <op> <number>`", rule.Alert, rule.Expr)
		require.Contains(t, []string{"critical", "warning"}, rule.Labels["severity"], "alert %s", rule.Alert)
		anchor := "docs/operators.md#" + strings.ToLower(rule.Alert)
		require.Contains(t, string(raw), "runbook: "+anchor, "alert %s names its runbook", rule.Alert)
		require.True(t, anchors[strings.ToLower(rule.Alert)], "docs/operators.md has no heading for %s", rule.Alert)
	}
	require.GreaterOrEqual(t, alerts, 10)

	panels, err := DashboardQueries(filepath.Join(r, DashboardPath), GrafanaVars)
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(panels), 20)
	for _, p := range panels {
		require.NotEmpty(t, p.Expr, "panel %q", p.Title)
		require.NotContains(t, p.Expr, "$", "panel %q: a variable the test cannot fill", p.Title)
	}
}

// slug is GitHub's anchor of a heading: lowercase, spaces to dashes, punctuation dropped.
func slug(h string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(strings.TrimSpace(h)) {
		switch {
		case c == ' ':
			b.WriteRune('-')
		case c == '-' || c == '_' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'):
			b.WriteRune(c)
		}
	}
	return b.String()
}

func TestAlertSeries(t *testing.T) {
	t.Parallel()
	for expr, want := range map[string]string{
		`up{job=~"sptn-.*"} == 0`:                               `up{job=~"sptn-.*"}`,
		`sptn:chain_tip_age_seconds{chain="pending"} > 30`:      `sptn:chain_tip_age_seconds{chain="pending"}`,
		`sptn:validator_attestation_miss_ratio:30m > 0.2`:       `sptn:validator_attestation_miss_ratio:30m`,
		"sptn:balance_margin_eth < 0\n":                         `sptn:balance_margin_eth`,
		`sptn:x >= -1.5e-3`:                                     `sptn:x`,
		`rate(x[5m]) > 0`:                                       ``,
		`a > 1 and b < 2`:                                       ``,
		`a > b`:                                                 ``,
		`sptn:peers_margin < on(instance) group_left() floor_x`: ``,
	} {
		got, ok := AlertSeries(expr)
		require.Equal(t, want != "", ok, expr)
		require.Equal(t, want, got, expr)
	}
}
