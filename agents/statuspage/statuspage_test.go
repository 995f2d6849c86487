package statuspage

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"
)

func TestHandlerServesThePage(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(Handler())
	defer srv.Close()
	for _, path := range []string{"/", "/status.js"} {
		resp, err := http.Get(srv.URL + path)
		require.NoError(t, err)
		resp.Body.Close()
		require.Equal(t, http.StatusOK, resp.StatusCode, path)
	}
}

// chainAPI is a stand-in for a node's chain API whose tips advance by one every 300 ms. The page
// is also driven against real nodes by the devnet scenarios; this test checks the page itself.
func chainAPI(t *testing.T) *httptest.Server {
	var n atomic.Uint64
	mux := http.NewServeMux()
	mux.Handle("/", Handler())
	tips := func() string {
		p := n.Load()
		return fmt.Sprintf(`{"pending":{"number":%d,"slot":%d},"assured":{"number":%d,"slot":%d},`+
			`"proven":{"number":%d,"slot":%d},"finalized":{"number":%d,"slot":%d},"l1Head":%d,"slot":%d}`,
			p+3, p+3, p+2, p+2, p+1, p+1, p, p, 100+p, p+3)
	}
	mux.HandleFunc("GET /v1/events", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		for {
			fmt.Fprintf(w, "event: tips\ndata: %s\n\n", tips())
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
				return
			case <-time.After(300 * time.Millisecond):
				n.Add(1)
			}
		}
	})
	mux.HandleFunc("GET /v1/slot", func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprintf(w, `{"slot":%d,"epoch":%d,"committee":["0x00000000000000000000000000000000000000a1"],`+
			`"proposer":"0x00000000000000000000000000000000000000a1","proposerIndex":0}`, n.Load()+3, n.Load()/8)
	})
	mux.HandleFunc("GET /v1/blocks/{n}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `{"header":{"number":%s,"slot":%s},"txs":[],"attestations":[{},{},{}],"status":"pending"}`,
			r.PathValue("n"), r.PathValue("n"))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// TestPageShowsTipsAdvancing loads the page in headless Chromium and checks that the tips it
// shows move.
func TestPageShowsTipsAdvancing(t *testing.T) {
	t.Parallel()
	bin, err := exec.LookPath("chromium")
	require.NoError(t, err, "chromium is not installed: run `make deps` (it installs Debian's chromium)")
	srv := chainAPI(t)

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("no-first-run", true),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 60*time.Second)
	defer cancel()

	text := func(id string) string {
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](
			"document.getElementById('"+id+"').textContent"))
		require.NoError(t, err)
		return v
	}
	read := func() (int, int) {
		pending, finalized := text("tip-pending"), text("tip-finalized")
		p, err := strconv.Atoi(pending)
		require.NoError(t, err, "pending tip shows %q", pending)
		f, err := strconv.Atoi(finalized)
		require.NoError(t, err, "finalized tip shows %q", finalized)
		return p, f
	}
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/")))
	require.Eventually(t, func() bool { return text("conn") == "live" }, 30*time.Second,
		100*time.Millisecond, "the page never connected to the events stream")
	p0, f0 := read()
	require.Eventually(t, func() bool {
		p, f := read()
		return p > p0 && f > f0
	}, 30*time.Second, 200*time.Millisecond, "the tips on the page did not advance")
	require.Equal(t, "live", text("conn"))
}
