package statuspage

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/chainapi/apischema"
	"github.com/sptn/sptn/agents/statuspage/pagetest"
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

// chainAPI is a stand-in for a node's chain API whose tips advance by one every 300 ms. Its
// answers are checked against the API's schema (docs/api/api.schema.json), so that the page is
// tested against what a node answers; the node's TestChainAPIOnALiveNetwork drives the page
// against a real network.
func chainAPI(t *testing.T) *httptest.Server { return chainAPIWith(t, "") }

// chainAPIWith is chainAPI; a non-empty hostile is answered, unchecked, as /v1/validators.
func chainAPIWith(t *testing.T, hostile string) *httptest.Server {
	var n atomic.Uint64
	mux := http.NewServeMux()
	mux.Handle("/", Handler())
	hash := func(i uint64) string { return fmt.Sprintf("0x%064x", i+1) }
	answer := func(w http.ResponseWriter, kind, body string) {
		if err := apischema.Validate(kind, []byte(body)); err != nil {
			t.Error(err)
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, body)
	}
	tips := func() string {
		p := n.Load()
		tip := func(i uint64) string { return fmt.Sprintf(`{"number":%d,"hash":"%s","slot":%d}`, i, hash(i), i) }
		return fmt.Sprintf(`{"pending":%s,"assured":%s,"proven":%s,"finalized":%s,"l1Head":%d,"slot":%d}`,
			tip(p+3), tip(p+2), tip(p+1), tip(p), 100+p, p+3)
	}
	mux.HandleFunc("GET /v1/events", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		for {
			body := tips()
			if err := apischema.Validate(apischema.Tips, []byte(body)); err != nil {
				t.Error(err)
			}
			fmt.Fprintf(w, "event: tips\ndata: %s\n\n", body)
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
				return
			case <-time.After(300 * time.Millisecond):
				n.Add(1)
			}
		}
	})
	member := "0x00000000000000000000000000000000000000a1"
	mux.HandleFunc("GET /v1/slot", func(w http.ResponseWriter, _ *http.Request) {
		answer(w, apischema.Slot, fmt.Sprintf(`{"slot":%d,"epoch":%d,"committee":["%s"],"proposer":"%s","proposerIndex":0,`+
			`"slotStart":%d,"slotDuration":4}`, n.Load()+3, n.Load()/8, member, member, 1000+4*(n.Load()+3)))
	})
	mux.HandleFunc("GET /v1/blocks/{n}", func(w http.ResponseWriter, r *http.Request) {
		i, err := strconv.ParseUint(r.PathValue("n"), 10, 64)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		zero := hash(^uint64(0))
		answer(w, apischema.Block, fmt.Sprintf(`{"header":{"number":%d,"slot":%d,"parentHash":"%s","txsHash":"%s",`+
			`"stateRoot":"%s","inboxHash":"%s","feePerDaGas":"0x1","feePerL2Gas":"0x1","coinbase":"%s"},`+
			`"hash":"%s","height":%d,"proposer":"%s","txs":["%s"],"attestations":[],"status":"pending"}`,
			i, i, hash(i-1), zero, zero, zero, member, hash(i), 10+i, member, hash(1000+i)))
	})
	mux.HandleFunc("GET /v1/validators", func(w http.ResponseWriter, _ *http.Request) {
		if hostile != "" {
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprint(w, hostile)
			return
		}
		answer(w, apischema.Validators, fmt.Sprintf(`{"firstSlot":1,"lastSlot":%d,"peers":3,"synced":true,"validators":[`+
			`{"address":"%s","proposed":%d,"missedProposals":1,"attested":%d,"missedAttestations":2,"firstSlot":1,"lastSlot":%d}]}`,
			n.Load()+2, member, n.Load(), n.Load()+5, n.Load()+2))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// TestPageShowsTipsAdvancing loads the page in headless Chromium and checks that every panel
// shows data and that the tips it shows move.
func TestPageShowsTipsAdvancing(t *testing.T) {
	t.Parallel()
	srv := chainAPI(t)
	ctx := pagetest.Open(t, srv.URL+"/")
	p0 := pagetest.WaitFilled(t, ctx, 30*time.Second)
	require.Len(t, p0.Committee, 1)
	pend0, _ := pagetest.Number(p0.Tips["pending"])
	fin0, _ := pagetest.Number(p0.Tips["finalized"])
	// The tips arrive by SSE and the blocks by their own fetch, and the stand-in's tips move every
	// 300 ms: on a busy machine one read can catch the two panels a few tips apart. The page must
	// show them together within two tips at some read, not at the first.
	require.Eventually(t, func() bool {
		p, err := pagetest.Read(ctx)
		if err != nil || len(p.Blocks) == 0 {
			return false
		}
		pend, _ := pagetest.Number(p.Tips["pending"])
		top, _ := pagetest.Number(p.Blocks[0][0])
		return pend <= top+2 && top <= pend+2
	}, 30*time.Second, 100*time.Millisecond, "recent blocks never start at the pending tip")
	require.Contains(t, p0.ValidatorsInfo, "3 peer(s) · synced")
	require.Len(t, p0.Validators, 1)
	require.Equal(t, "1", p0.Validators[0][2], "missed proposals")
	require.Equal(t, "2", p0.Validators[0][4], "missed attestations")
	require.Eventually(t, func() bool {
		p, err := pagetest.Read(ctx)
		if err != nil {
			return false
		}
		pend, _ := pagetest.Number(p.Tips["pending"])
		fin, _ := pagetest.Number(p.Tips["finalized"])
		return pend > pend0 && fin > fin0 && p.Conn == "live"
	}, 30*time.Second, 200*time.Millisecond, "the tips on the page did not advance")
}

// TestValidatorsPanelShowsHostileContentAsText: a record whose fields carry markup (a node, or
// whoever answers in its place, is not trusted) is shown as text: no element is made from it
// and no script of it runs.
func TestValidatorsPanelShowsHostileContentAsText(t *testing.T) {
	t.Parallel()
	evil := `<img src=x onerror=\"document.title='pwned'\">`
	srv := chainAPIWith(t, `{"firstSlot":"<b>1</b>","lastSlot":2,"peers":"<i>9</i>","synced":true,"validators":[`+
		`{"address":"`+evil+`","proposed":"<script>document.title='pwned'</script>","missedProposals":0,"attested":1,"missedAttestations":0}]}`)
	ctx := pagetest.Open(t, srv.URL+"/")
	var p pagetest.Panels
	require.Eventually(t, func() bool {
		var err error
		p, err = pagetest.Read(ctx)
		return err == nil && len(p.Validators) == 1
	}, 30*time.Second, 200*time.Millisecond, "the validators panel shows the row")
	require.Contains(t, p.ValidatorsInfo, "<b>1</b>", "shown as text")
	require.Equal(t, "<script>document.title='pwned'</script>", p.Validators[0][1])
	made, err := chromedp.Run(ctx,
		chromedp.Evaluate[int](`document.querySelectorAll("#validators img, #validators script, #validators-info b").length`))
	require.NoError(t, err)
	title, err := chromedp.Run(ctx, chromedp.Title())
	require.NoError(t, err)
	require.Zero(t, made, "no element made from the record")
	require.NotEqual(t, "pwned", title)
}
