// Package promtest runs a real Prometheus server for tests (Debian's prometheus package, which
// `make deps-prometheus` installs): one server on a free port of 127.0.0.1 with its data in a
// temporary directory, scraping the targets a test names and evaluating rule files, stopped when
// the test ends. It also reads the shipped rules (deploy/prometheus) and dashboard
// (deploy/grafana) so that tests can query every expression they hold.
package promtest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/sptn/sptn/agents/internal/ports"
	"github.com/sptn/sptn/agents/internal/spawn"
)

// ErrMissing is a prometheus or promtool binary that is not installed.
var ErrMissing = errors.New("promtest: Debian's prometheus package is not installed (run `make deps-prometheus`)")

// Bin is the path of a binary of the prometheus package: $SPTN_PROMETHEUS_BIN/<name>, then PATH.
func Bin(name string) (string, error) {
	if d := os.Getenv("SPTN_PROMETHEUS_BIN"); d != "" {
		p := filepath.Join(d, name)
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("%w: %s: %v", ErrMissing, p, err)
		}
		return p, nil
	}
	p, err := exec.LookPath(name)
	if err != nil {
		return "", fmt.Errorf("%w: %s: %v", ErrMissing, name, err)
	}
	return p, nil
}

// Job is one scrape job: its name and its targets (host:port).
type Job struct {
	Name    string
	Targets []string
}

// Config is what the server scrapes and evaluates.
type Config struct {
	Jobs []Job
	// RuleFiles are rule files to load (absolute paths).
	RuleFiles []string
	// Interval is the scrape and evaluation interval; 0 is 1 s.
	Interval time.Duration
}

// Server is a running Prometheus server.
type Server struct {
	// URL is the server's base URL (http://127.0.0.1:port).
	URL string
	Dir string
	Log string
	cmd *exec.Cmd
}

// Start starts a server for cfg and waits until it is ready; it is killed when the test ends.
func Start(ctx context.Context, t testing.TB, cfg Config) *Server {
	t.Helper()
	bin, err := Bin("prometheus")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	every := cfg.Interval
	if every <= 0 {
		every = time.Second
	}
	var b strings.Builder
	fmt.Fprintf(&b, "global:\n  scrape_interval: %s\n  evaluation_interval: %s\n  scrape_timeout: %s\n", every, every, every)
	if len(cfg.RuleFiles) > 0 {
		b.WriteString("rule_files:\n")
		for _, f := range cfg.RuleFiles {
			fmt.Fprintf(&b, "  - %q\n", f)
		}
	}
	b.WriteString("scrape_configs:\n")
	for _, j := range cfg.Jobs {
		fmt.Fprintf(&b, "  - job_name: %q\n    static_configs:\n      - targets: [", j.Name)
		for i, tg := range j.Targets {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%q", tg)
		}
		b.WriteString("]\n")
	}
	conf := filepath.Join(dir, "prometheus.yml")
	if err := os.WriteFile(conf, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	port, err := ports.Free()
	if err != nil {
		t.Fatal(err)
	}
	s := &Server{URL: fmt.Sprintf("http://127.0.0.1:%d", port), Dir: dir, Log: filepath.Join(dir, "prometheus.log")}
	logf, err := os.Create(s.Log)
	if err != nil {
		t.Fatal(err)
	}
	s.cmd = exec.Command(bin, "--config.file="+conf, "--storage.tsdb.path="+filepath.Join(dir, "data"),
		fmt.Sprintf("--web.listen-address=127.0.0.1:%d", port), "--storage.tsdb.retention.time=2h", "--log.level=warn")
	s.cmd.Stdout, s.cmd.Stderr = logf, logf
	s.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := spawn.Start(s.cmd); err != nil {
		_ = logf.Close()
		t.Fatalf("start prometheus: %v", err)
	}
	exited := make(chan struct{})
	go func() { _ = s.cmd.Wait(); _ = logf.Close(); close(exited) }()
	t.Cleanup(func() {
		_ = syscall.Kill(-s.cmd.Process.Pid, syscall.SIGKILL)
		<-exited
		if t.Failed() {
			raw, _ := os.ReadFile(s.Log)
			t.Logf("---- prometheus log ----\n%s", tail(raw, 4000))
		}
	})
	deadline := time.Now().Add(30 * time.Second)
	for {
		select {
		case <-exited:
			raw, _ := os.ReadFile(s.Log)
			t.Fatalf("prometheus exited at start:\n%s", tail(raw, 4000))
		case <-ctx.Done():
			t.Fatal(ctx.Err())
		default:
		}
		if res, err := http.Get(s.URL + "/-/ready"); err == nil {
			_ = res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return s
			}
		}
		if time.Now().After(deadline) {
			t.Fatal("prometheus not ready after 30 s")
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func tail(b []byte, n int) []byte {
	if len(b) > n {
		return b[len(b)-n:]
	}
	return b
}

// Sample is one series of an instant vector.
type Sample struct {
	Metric map[string]string `json:"metric"`
	Value  [2]any            `json:"value"`
}

// Query evaluates expr at the server's now and returns the instant vector.
func (s *Server) Query(ctx context.Context, expr string) ([]Sample, error) {
	var out struct {
		Status    string `json:"status"`
		Error     string `json:"error"`
		ErrorType string `json:"errorType"`
		Data      struct {
			ResultType string          `json:"resultType"`
			Result     json.RawMessage `json:"result"`
		} `json:"data"`
	}
	if err := s.get(ctx, "/api/v1/query?query="+url.QueryEscape(expr), &out); err != nil {
		return nil, err
	}
	if out.Status != "success" {
		return nil, fmt.Errorf("query %s: %s: %s", expr, out.ErrorType, out.Error)
	}
	if out.Data.ResultType != "vector" {
		return nil, fmt.Errorf("query %s: a %s, not an instant vector", expr, out.Data.ResultType)
	}
	var v []Sample
	if err := json.Unmarshal(out.Data.Result, &v); err != nil {
		return nil, fmt.Errorf("query %s: %w", expr, err)
	}
	return v, nil
}

// Alert is one active alert (pending or firing).
type Alert struct {
	Labels map[string]string `json:"labels"`
	State  string            `json:"state"`
	Value  string            `json:"value"`
}

// Alerts are the server's active alerts.
func (s *Server) Alerts(ctx context.Context) ([]Alert, error) {
	var out struct {
		Status string `json:"status"`
		Data   struct {
			Alerts []Alert `json:"alerts"`
		} `json:"data"`
	}
	if err := s.get(ctx, "/api/v1/alerts", &out); err != nil {
		return nil, err
	}
	if out.Status != "success" {
		return nil, fmt.Errorf("alerts: status %s", out.Status)
	}
	return out.Data.Alerts, nil
}

// RuleHealth is the health of every loaded rule, by name: "ok", or the last error of its
// evaluation.
func (s *Server) RuleHealth(ctx context.Context) (map[string]string, error) {
	var out struct {
		Data struct {
			Groups []struct {
				Rules []struct {
					Name      string `json:"name"`
					Health    string `json:"health"`
					LastError string `json:"lastError"`
				} `json:"rules"`
			} `json:"groups"`
		} `json:"data"`
	}
	if err := s.get(ctx, "/api/v1/rules", &out); err != nil {
		return nil, err
	}
	h := map[string]string{}
	for _, g := range out.Data.Groups {
		for _, r := range g.Rules {
			if r.Health == "ok" {
				h[r.Name] = "ok"
			} else {
				h[r.Name] = r.Health + ": " + r.LastError
			}
		}
	}
	return h, nil
}

// Targets are the health of every scrape target, by scrape URL: "up", or the last error.
func (s *Server) Targets(ctx context.Context) (map[string]string, error) {
	var out struct {
		Data struct {
			ActiveTargets []struct {
				ScrapeURL string `json:"scrapeUrl"`
				Health    string `json:"health"`
				LastError string `json:"lastError"`
			} `json:"activeTargets"`
		} `json:"data"`
	}
	if err := s.get(ctx, "/api/v1/targets", &out); err != nil {
		return nil, err
	}
	h := map[string]string{}
	for _, tg := range out.Data.ActiveTargets {
		if tg.Health == "up" {
			h[tg.ScrapeURL] = "up"
		} else {
			h[tg.ScrapeURL] = tg.Health + ": " + tg.LastError
		}
	}
	return h, nil
}

func (s *Server) get(ctx context.Context, path string, out any) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.URL+path, nil)
	if err != nil {
		return err
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(res.Body, 32<<20))
	if err != nil {
		return err
	}
	if err := json.Unmarshal(raw, out); err != nil {
		return fmt.Errorf("GET %s: %d %.300s", path, res.StatusCode, raw)
	}
	return nil
}

// CheckRules runs `promtool check rules` on files and returns its output.
func CheckRules(files ...string) (string, error) {
	bin, err := Bin("promtool")
	if err != nil {
		return "", err
	}
	out, err := exec.Command(bin, append([]string{"check", "rules"}, files...)...).CombinedOutput()
	if err != nil {
		return string(out), fmt.Errorf("promtool check rules: %w\n%s", err, out)
	}
	return string(out), nil
}

// Rule is one rule of a rule file.
type Rule struct {
	Record string            `yaml:"record"`
	Alert  string            `yaml:"alert"`
	Expr   string            `yaml:"expr"`
	For    string            `yaml:"for"`
	Labels map[string]string `yaml:"labels"`
}

// Name is the rule's record or alert name.
func (r Rule) Name() string {
	if r.Alert != "" {
		return r.Alert
	}
	return r.Record
}

type ruleFile struct {
	Groups []struct {
		Name  string `yaml:"name"`
		Rules []Rule `yaml:"rules"`
	} `yaml:"groups"`
}

// LoadRules reads every rule of a rule file, in order.
func LoadRules(path string) ([]Rule, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f ruleFile
	if err := yaml.Unmarshal(raw, &f); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var out []Rule
	for _, g := range f.Groups {
		out = append(out, g.Rules...)
	}
	return out, nil
}

// forRE matches the `for:` line of a rule.
var forRE = regexp.MustCompile(`(?m)^(\s+for:\s*)\S+\s*$`)

// ShortFor copies the rule file src to dir with every alert's `for:` set to d, the same
// expressions otherwise, and returns the copy's path: a test sees an alert fire without
// waiting out its production delay.
func ShortFor(src, dir string, d time.Duration) (string, error) {
	raw, err := os.ReadFile(src)
	if err != nil {
		return "", err
	}
	out := forRE.ReplaceAll(raw, []byte("${1}"+d.String()))
	dst := filepath.Join(dir, "short-for-"+filepath.Base(src))
	return dst, os.WriteFile(dst, out, 0o600)
}

// alertRE is an alert's expression in the shape the shipped rules keep: a series selector, a
// comparison, a number.
var alertRE = regexp.MustCompile(`^\s*([a-zA-Z_:][a-zA-Z0-9_:]*(?:\{[^}]*\})?)\s*(==|!=|>=|<=|>|<)\s*(-?[0-9.]+(?:e-?[0-9]+)?)\s*$`)

// AlertSeries splits an alert's expression `<series> <op> <number>` into its series selector;
// ok is false for another shape.
func AlertSeries(expr string) (series string, ok bool) {
	m := alertRE.FindStringSubmatch(expr)
	if m == nil {
		return "", false
	}
	return m[1], true
}

// Panel is one query of a Grafana dashboard: the panel's title and the expression.
type Panel struct {
	Title string
	Expr  string
}

// DashboardQueries reads every Prometheus expression of a Grafana dashboard's panels (rows'
// nested panels included), with Grafana's interval variables replaced by vars (name without the
// $, say "__rate_interval": "1m").
func DashboardQueries(path string, vars map[string]string) ([]Panel, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	type panel struct {
		Title   string `json:"title"`
		Targets []struct {
			Expr string `json:"expr"`
		} `json:"targets"`
		Panels []json.RawMessage `json:"panels"`
	}
	var d struct {
		Panels []json.RawMessage `json:"panels"`
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	if err := dec.Decode(&d); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	names := make([]string, 0, len(vars))
	for k := range vars {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool { return len(names[i]) > len(names[j]) }) // $__rate_interval before $__interval
	var out []Panel
	var walk func([]json.RawMessage) error
	walk = func(ps []json.RawMessage) error {
		for _, r := range ps {
			var p panel
			if err := json.Unmarshal(r, &p); err != nil {
				return fmt.Errorf("%s: %w", path, err)
			}
			for _, tg := range p.Targets {
				e := tg.Expr
				for _, k := range names {
					e = strings.ReplaceAll(e, "$"+k, vars[k])
				}
				out = append(out, Panel{Title: p.Title, Expr: e})
			}
			if err := walk(p.Panels); err != nil {
				return err
			}
		}
		return nil
	}
	return out, walk(d.Panels)
}

// The shipped monitoring files, from the repository root.
const (
	RulesPath     = "deploy/prometheus/sptn.rules.yml"
	DashboardPath = "deploy/grafana/sptn-dashboard.json"
)

// GrafanaVars fill the Grafana variables the shipped dashboard's queries use.
var GrafanaVars = map[string]string{"__rate_interval": "1m", "__interval": "15s"}
