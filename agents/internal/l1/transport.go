package l1

import (
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/url"
	"sync/atomic"
	"time"

	"github.com/hashicorp/go-retryablehttp"

	"github.com/sptn/sptn/agents/internal/config"
)

// failover is an http.RoundTripper that sends each request to the current endpoint and moves
// to the next endpoint when an attempt fails (a transport error, 5xx or 429). retryablehttp sits
// above it, so a retry after a failure goes to the next endpoint.
type failover struct {
	endpoints []*url.URL
	hosts     []string // for logs and metric labels: host only, never a path that may hold an API key
	cur       atomic.Int64
	base      http.RoundTripper
	metrics   Metrics
	log       *slog.Logger
}

func (f *failover) RoundTrip(req *http.Request) (*http.Response, error) {
	i := int(f.cur.Load())
	r := req.Clone(req.Context())
	r.URL = f.endpoints[i]
	r.Host = f.endpoints[i].Host
	resp, err := f.base.RoundTrip(r)
	if err != nil || resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests {
		f.metrics.RecordRPCError(f.hosts[i])
		next := (i + 1) % len(f.endpoints)
		if f.cur.CompareAndSwap(int64(i), int64(next)) && next != i {
			reason := "error"
			if err != nil {
				reason = redact(err).Error()
			} else {
				reason = resp.Status
			}
			f.log.Warn("L1 endpoint failed; failing over", "from", f.hosts[i], "to", f.hosts[next], "reason", reason)
		}
	}
	return resp, err
}

// current is the host of the endpoint in use.
func (f *failover) current() string { return f.hosts[f.cur.Load()] }

// jitterBackoff is exponential backoff with full jitter: a uniform wait in [min, min*2^n],
// capped at max, or the server's Retry-After on a 429/503 if it asks for longer.
func jitterBackoff(minWait, maxWait time.Duration, attempt int, resp *http.Response) time.Duration {
	if resp != nil && (resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable) {
		if d := retryablehttp.DefaultBackoff(minWait, maxWait, attempt, resp); d > minWait {
			return min(d, maxWait)
		}
	}
	ceil := minWait << min(attempt, 20)
	if ceil > maxWait || ceil <= 0 {
		ceil = maxWait
	}
	if ceil <= minWait {
		return minWait
	}
	return minWait + rand.N(ceil-minWait)
}

// slogAdapter lets retryablehttp log through slog at debug level, with the URLs' secrets hidden
// (it logs the request's URL).
type slogAdapter struct{ log *slog.Logger }

func (a slogAdapter) Error(msg string, kv ...any) {
	a.log.Debug(config.RedactText(msg), redactKV(kv)...)
}
func (a slogAdapter) Info(msg string, kv ...any) {
	a.log.Debug(config.RedactText(msg), redactKV(kv)...)
}
func (a slogAdapter) Debug(msg string, kv ...any) {
	a.log.Debug(config.RedactText(msg), redactKV(kv)...)
}
func (a slogAdapter) Warn(msg string, kv ...any) {
	a.log.Debug(config.RedactText(msg), redactKV(kv)...)
}

func redactKV(kv []any) []any {
	out := make([]any, len(kv))
	for i, v := range kv {
		out[i] = redactValue(v)
	}
	return out
}

func hostOf(u *url.URL) string {
	if u.Host == "" {
		return fmt.Sprintf("endpoint(%s)", u.Scheme)
	}
	return u.Host
}
