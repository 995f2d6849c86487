package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/cometbft/cometbft/mempool"
	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"golang.org/x/sync/semaphore"

	"github.com/sptn/sptn/agents/chainapi"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/node/app"
	"github.com/sptn/sptn/agents/statuspage"
	"github.com/sptn/sptn/bindings/sptnerrors"
)

// Body limits of the submit endpoints: one transaction (a 1 MiB payload, hex-encoded, with room
// to spare), and a batch of MaxBatch.
const (
	maxSubmitBody = 4 << 20
	maxBatchBody  = 16 << 20
)

// Refusals of the API's guards and limits.
var (
	// ErrHostRefused is a request whose Host header names a host this node does not answer to:
	// what a page does through DNS rebinding to reach a loopback port.
	ErrHostRefused = errors.New("host not served by this node")
	// ErrCrossOrigin is a write from a web page of another origin.
	ErrCrossOrigin = errors.New("cross-origin writes are refused")
	// ErrContentType is a write whose body is not declared as JSON.
	ErrContentType = errors.New("the body must be JSON, sent with Content-Type: application/json")
	// ErrOverloaded is a request refused because the API holds as much as its limits allow.
	ErrOverloaded = errors.New("the API is at its limit")
	// ErrStatusUnknown is a block whose status needs an L1 read that failed or was not made.
	ErrStatusUnknown = errors.New("cannot tell the block's status from L1 now")
)

// apiLimits bound what clients can make the API hold (docs/config.md, node.api-*).
type apiLimits struct {
	Hosts               []string
	ReadTimeout         time.Duration
	WriteTimeout        time.Duration
	IdleTimeout         time.Duration
	MaxStreams          int
	MaxStreamsPerClient int
	BodyMemory          int64
	// MaxConnections and MaxConnectionsPerClient bound the open connections (connLimiter).
	MaxConnections          int
	MaxConnectionsPerClient int
}

func limitsOf(n *Settings) apiLimits {
	return apiLimits{
		Hosts: n.APIHosts, ReadTimeout: n.APIReadTimeout, WriteTimeout: n.APIWriteTimeout, IdleTimeout: n.APIIdleTimeout,
		MaxStreams: n.APIMaxStreams, MaxStreamsPerClient: n.APIMaxStreamsPerClient, BodyMemory: n.APIBodyMemory,
		MaxConnections: n.APIMaxConnections, MaxConnectionsPerClient: n.APIMaxConnectionsPerClient,
	}
}

// api is the chain API: HTTP/JSON, documented in docs/api.md, its answers defined by
// docs/api/api.schema.json (package chainapi).
type api struct {
	d    *driver
	busy func() bool
	log  *slog.Logger
	srv  *http.Server
	lim  apiLimits
	// blockHashAt reads the header hash L1's rollup holds for a number, as of an L1 block (nil
	// when the node has no L1 reader: every status is then read from the pending chain alone).
	blockHashAt func(ctx context.Context, n uint64, at *big.Int) (common.Hash, error)
	ringSize    uint64
	bodies      *semaphore.Weighted
	// conns bounds the open connections; set by start (nil before, and in tests that serve the
	// handler on a listener of their own without limit).
	conns *connLimiter
	// health reports the node's CometBFT peers and whether it is in sync (syncGate; nil: 0 and
	// false, the answer of a node that cannot tell).
	health func() (peers int, synced bool)

	// journal keeps what the API acknowledged until the chain holds it (nil: nothing kept).
	journal *journal
	// requests times the answers by route and status code (sptn_node_api_request_duration_seconds).
	requests *prometheus.HistogramVec

	mu        sync.Mutex
	refused   map[common.Hash]string // submissions refused by CometBFT's mempool, with the reason
	streams   int
	perClient map[string]int

	// hashes are L1's block hashes by number as of the L1 block hashHead, read to tell blocks'
	// statuses; reads counts the L1 reads made for that head.
	hashMu   sync.Mutex
	hashHead common.Hash
	hashes   map[uint64]common.Hash
	reads    int
}

// maxStatusReads bounds the L1 reads that block statuses cost per L1 block: past it, statuses
// that need one more are refused (503) until the next L1 block.
const maxStatusReads = 256

func newAPI(d *driver, busy func() bool, lim apiLimits, log *slog.Logger) *api {
	a := &api{d: d, busy: busy, log: log, lim: lim, refused: map[common.Hash]string{}, perClient: map[string]int{},
		bodies: semaphore.NewWeighted(lim.BodyMemory)}
	if d.rollup != nil && d.rollup.c != nil {
		a.blockHashAt, a.ringSize = d.rollup.BlockHashAt, d.rollup.RingSize
	}
	// Every route but the event stream (which lasts as long as its client stays) is timed from
	// the handler's start to its return, by route pattern and status code: a bounded set of
	// labels whatever the requests.
	a.requests = prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: "sptn", Name: "node_api_request_duration_seconds",
		Help: "chain API: time from a request's handler starting to its return, by route pattern and status code " +
			"(the event stream, and requests refused before a handler, not included)",
		// From a refusal's tens of microseconds to a slow body's upload.
		Buckets: []float64{0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5},
	}, []string{"route", "code"})
	mux := http.NewServeMux()
	timed := func(pattern string, h http.Handler) {
		mux.Handle(pattern, promhttp.InstrumentHandlerDuration(a.requests.MustCurryWith(prometheus.Labels{"route": pattern}), h))
	}
	timed("GET /v1/tips", http.HandlerFunc(a.tips))
	timed("GET /v1/blocks/{id}", http.HandlerFunc(a.block))
	timed("POST /v1/txs", http.HandlerFunc(a.submit))
	timed("POST /v1/txs/batch", http.HandlerFunc(a.submitBatch))
	timed("GET /v1/txs/{hash}", http.HandlerFunc(a.tx))
	timed("GET /v1/slot", http.HandlerFunc(a.slot))
	mux.HandleFunc("GET /v1/events", a.events)
	timed("GET /v1/validators", http.HandlerFunc(a.validators))
	timed("GET /v1/validators/{address}", http.HandlerFunc(a.validator))
	// The status page (embedded assets) reads the endpoints above from the same origin.
	timed("GET /", statuspage.Handler())
	a.srv = &http.Server{
		Handler: a.guard(mux), ReadHeaderTimeout: 5 * time.Second, ReadTimeout: lim.ReadTimeout,
		WriteTimeout: lim.WriteTimeout, IdleTimeout: lim.IdleTimeout, MaxHeaderBytes: 64 << 10,
		ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelDebug),
	}
	return a
}

func (a *api) start(addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("chain API: listen %s: %w", addr, err)
	}
	lim := a.limit(ln)
	go func() {
		if err := a.srv.Serve(lim); err != nil && !errors.Is(err, http.ErrServerClosed) {
			a.log.Error("chain API stopped", "err", err)
		}
	}()
	return nil
}

// limit bounds the connections ln accepts by the API's limits (connLimiter).
func (a *api) limit(ln net.Listener) net.Listener {
	a.conns = newConnLimiter(ln, a.lim.MaxConnections, a.lim.MaxConnectionsPerClient)
	a.conns.handlers(a.srv)
	return a.conns
}

func (a *api) stop(ctx context.Context) error { return a.srv.Shutdown(ctx) }

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

func writeErr(w http.ResponseWriter, code int, err error) {
	writeJSON(w, code, chainapi.Error{Error: err.Error()})
}

// writeRetry refuses for load (429 for this client, 503 for everyone) and says when to retry.
func writeRetry(w http.ResponseWriter, code int, after time.Duration, err error) {
	w.Header().Set("Retry-After", strconv.Itoa(max(1, int(after.Round(time.Second)/time.Second))))
	writeErr(w, code, err)
}

// guard refuses what a web page can make a browser send to a node it reaches (a loopback port
// included) before any handler runs: a Host the node does not answer to (DNS rebinding), CORS
// preflights (the API serves no cross-origin reads or writes), and writes that come from another
// origin or whose body is not declared as JSON (which a cross-origin page can only send after a
// preflight, which fails).
func (a *api) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !a.hostAllowed(r.Host) {
			writeErr(w, http.StatusMisdirectedRequest, fmt.Errorf("%w: %q (IP addresses and localhost are, and the names in node.api-hosts)",
				ErrHostRefused, r.Host))
			return
		}
		if r.Method == http.MethodOptions {
			writeErr(w, http.StatusForbidden, fmt.Errorf("%w: the API answers no CORS preflight", ErrCrossOrigin))
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			if o := r.Header.Get("Origin"); o != "" && !sameOrigin(o, r.Host) {
				writeErr(w, http.StatusForbidden, fmt.Errorf("%w: Origin %q", ErrCrossOrigin, o))
				return
			}
			if s := r.Header.Get("Sec-Fetch-Site"); s != "" && s != "same-origin" && s != "none" {
				writeErr(w, http.StatusForbidden, fmt.Errorf("%w: Sec-Fetch-Site %q", ErrCrossOrigin, s))
				return
			}
			if !isJSON(r.Header.Get("Content-Type")) {
				writeErr(w, http.StatusUnsupportedMediaType, fmt.Errorf("%w (got %q)", ErrContentType, r.Header.Get("Content-Type")))
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

// hostAllowed: an IP address, localhost, or a name of node.api-hosts (an empty Host, which only
// HTTP/1.0 clients send, names nothing a page could have resolved).
func (a *api) hostAllowed(hostport string) bool {
	if hostport == "" {
		return true
	}
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if net.ParseIP(host) != nil || strings.EqualFold(host, "localhost") {
		return true
	}
	for _, h := range a.lim.Hosts {
		if strings.EqualFold(host, h) {
			return true
		}
	}
	return false
}

func sameOrigin(origin, host string) bool {
	for _, scheme := range []string{"http://", "https://"} {
		if strings.EqualFold(origin, scheme+host) {
			return true
		}
	}
	return false
}

func isJSON(contentType string) bool {
	mt, _, _ := strings.Cut(contentType, ";")
	return strings.EqualFold(strings.TrimSpace(mt), "application/json")
}

// readBody reads a POST body of at most limit bytes into v, holding its size in the API's body
// memory meanwhile. done releases it; ok false means the request was answered (refused).
func (a *api) readBody(w http.ResponseWriter, r *http.Request, limit int64, v any) (done func(), ok bool) {
	size := limit
	if r.ContentLength > limit {
		writeErr(w, http.StatusRequestEntityTooLarge, fmt.Errorf("%w: body of %d bytes, limit %d", app.ErrMalformed, r.ContentLength, limit))
		return nil, false
	}
	if r.ContentLength >= 0 {
		size = max(r.ContentLength, 1)
	}
	if !a.bodies.TryAcquire(size) {
		writeRetry(w, http.StatusServiceUnavailable, time.Second,
			fmt.Errorf("%w: request bodies in memory reach node.api-body-memory (%d bytes), retry later", ErrOverloaded, a.lim.BodyMemory))
		return nil, false
	}
	done = func() { a.bodies.Release(size) }
	if err := json.NewDecoder(io.LimitReader(r.Body, size)).Decode(v); err != nil {
		done()
		writeErr(w, http.StatusBadRequest, fmt.Errorf("%w: %v", app.ErrMalformed, err))
		return nil, false
	}
	return done, true
}

func tipsOf(t Tips) chainapi.Tips {
	return chainapi.Tips{Pending: t.Pending, Assured: t.Assured, Proven: t.Proven, Finalized: t.Finalized, L1Head: t.L1Head, Slot: t.Slot}
}

func (a *api) tips(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, tipsOf(a.d.Tips()))
}

// status tells how far L1 holds the block number n with header hash h: by hash, never by number
// alone, so that a block L1 replaced (a based-fallback block in its place, before the pending
// chain re-anchors) is not reported as one of L1's chains.
//
// A block is on the chain of an L1 tip when its number is at most the tip's and L1 holds its
// hash at that number. When the tip is itself the pending chain's block at its number (or the
// L1 block the chain continues from), every canonical block below it is its ancestor and no L1
// read is needed; otherwise L1's hash at n is
// read (at the L1 block the tips were read at, cached per L1 block). Proven blocks never change
// on L1, so one read decides all three tips. A block L1 holds another block in place of, at or
// below its assured tip, is orphaned: its slot is past and it can never reach L1.
func (a *api) status(ctx context.Context, n uint64, h common.Hash, orphaned bool) (string, error) {
	if orphaned {
		return chainapi.StatusOrphaned, nil
	}
	l1, ok := a.d.l1Tips()
	if !ok {
		return chainapi.StatusPending, nil
	}
	canonical := func(m uint64) (common.Hash, bool) {
		hash, ok, err := a.d.app.CanonicalHash(m) // no block decoded: a status is asked for often
		return hash, ok && err == nil
	}
	c, ok := canonical(n)
	isCanonical := ok && c == h
	// The L1 block the pending chain continues from: the canonical blocks below it are its
	// ancestors (those from where L1's chain left the pending chain up to it were orphaned).
	anchor := a.d.app.Meta().AnchorHash
	var onL1 *bool
	for _, tier := range []struct {
		tip  Tip
		name string
	}{{l1.Finalized, chainapi.StatusFinalized}, {l1.Proven, chainapi.StatusProven}, {l1.Assured, chainapi.StatusAssured}} {
		if tier.tip.Number == 0 || n > tier.tip.Number {
			continue
		}
		if t, ok := canonical(tier.tip.Number); isCanonical && ((ok && t == tier.tip.Hash) || tier.tip.Hash == anchor) {
			return tier.name, nil
		}
		if onL1 == nil {
			held, err := a.heldByL1(ctx, l1, n, h, isCanonical)
			if err != nil {
				return "", err
			}
			onL1 = &held
		}
		if *onL1 {
			return tier.name, nil
		}
		return chainapi.StatusOrphaned, nil
	}
	return chainapi.StatusPending, nil
}

// heldByL1 reports whether L1's rollup holds hash h at number n (n at most its assured tip).
// For a number the rollup no longer keeps (more than its ring below the assured tip), a block
// of the canonical pending chain is held if the oldest number it keeps holds the pending chain's
// block there, whose ancestor it is.
func (a *api) heldByL1(ctx context.Context, l1 L1Tips, n uint64, h common.Hash, canonical bool) (bool, error) {
	if a.blockHashAt == nil || l1.Head == nil {
		return false, fmt.Errorf("%w: no L1 reader", ErrStatusUnknown)
	}
	if a.ringSize > 0 && l1.Assured.Number >= a.ringSize && n <= l1.Assured.Number-a.ringSize {
		if !canonical {
			return false, nil
		}
		oldest := l1.Assured.Number - a.ringSize + 1
		hash, ok, err := a.d.app.CanonicalHash(oldest)
		if err != nil || !ok {
			return false, nil //nolint:nilerr // the pending chain lacks it: nothing to be an ancestor of
		}
		n, h = oldest, hash
	}
	got, err := a.l1Hash(ctx, l1.Head.Hash(), l1.Head.Number, n)
	if err != nil {
		return false, err
	}
	return got == h, nil
}

// l1Hash is L1's block hash at number n as of L1 block head (number at), cached for that block.
func (a *api) l1Hash(ctx context.Context, head common.Hash, at *big.Int, n uint64) (common.Hash, error) {
	a.hashMu.Lock()
	if a.hashHead != head {
		a.hashHead, a.hashes, a.reads = head, map[uint64]common.Hash{}, 0
	}
	if h, ok := a.hashes[n]; ok {
		a.hashMu.Unlock()
		return h, nil
	}
	if a.reads >= maxStatusReads {
		a.hashMu.Unlock()
		return common.Hash{}, fmt.Errorf("%w: %d L1 reads for statuses in L1 block %d already, retry at the next one",
			ErrOverloaded, maxStatusReads, at)
	}
	a.reads++
	a.hashMu.Unlock()
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	h, err := a.blockHashAt(ctx, n, at)
	if v, ok := protocol.DecodeRevert(err); ok {
		if _, gone := v.(*sptnerrors.ErrorsLibRollupBlockNotAvailable); gone {
			h, err = common.Hash{}, nil // above the assured tip as of that block: L1 holds nothing there
		}
	}
	if err != nil {
		return common.Hash{}, fmt.Errorf("%w: %v", ErrStatusUnknown, err)
	}
	a.hashMu.Lock()
	if a.hashHead == head {
		a.hashes[n] = h
	}
	a.hashMu.Unlock()
	return h, nil
}

// writeStatusErr answers a status that could not be told: 503, retry at the next L1 block.
func (a *api) writeStatusErr(w http.ResponseWriter, err error) {
	after := time.Second
	if a.d.rollup != nil && a.d.rollup.SlotDuration > 0 {
		after = time.Duration(a.d.rollup.SlotDuration) * time.Second / 2
	}
	writeRetry(w, http.StatusServiceUnavailable, after, err)
}

// blockAnswer is b in the API's form.
func blockAnswer(b *app.Block, status string) chainapi.Block {
	out := chainapi.Block{
		Header: chainapi.HeaderOf(b.Header), Hash: b.Hash, Height: b.Height, Proposer: b.Proposer,
		Txs: b.Txs, Attestations: make([]chainapi.Attestation, 0, len(b.Attestations)), Blobs: b.Blobs,
		Orphaned: b.Orphaned, Status: status,
	}
	if out.Txs == nil {
		out.Txs = []common.Hash{}
	}
	for _, at := range b.Attestations {
		out.Attestations = append(out.Attestations, chainapi.Attestation{Index: at.Index, Signature: at.Signature})
	}
	for _, p := range b.BlobProofs {
		out.BlobProofs = append(out.BlobProofs, chainapi.BlobProof{Commitment: p.Commitment[:], Proof: p.Proof[:]})
	}
	if r := b.Reanchored; r != nil {
		out.Reanchored = &chainapi.Anchor{Number: r.Number, Hash: r.Hash, Slot: r.Slot}
	}
	return out
}

func (a *api) block(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	var (
		b      *app.Block
		err    error
		n      uint64
		number bool // id is a number, n
	)
	switch {
	case strings.HasPrefix(id, "0x") && len(id) == 66:
		b, err = a.d.app.ReadBlockByHash(common.HexToHash(id))
	case id == "latest":
		b, err = a.d.app.ReadBlockByHash(a.d.app.Meta().TipHash)
	default:
		var perr error
		if n, perr = strconv.ParseUint(id, 10, 64); perr != nil {
			writeErr(w, http.StatusBadRequest, fmt.Errorf("block id %q: want a number, a 0x hash or latest", id))
			return
		}
		number = true
		b, err = a.d.app.ReadBlockByNumber(n)
	}
	if errors.Is(err, app.ErrNotFound) {
		m := a.d.app.Meta()
		if b == nil && m.AnchorHash != (common.Hash{}) &&
			(strings.EqualFold(id, m.AnchorHash.Hex()) || (number && n <= m.AnchorNumber)) {
			// The chain continues from an L1 block it never had (the genesis anchor, or the last
			// of the based-fallback blocks it re-anchored on): those are on L1 only.
			err = fmt.Errorf("%w: block %s is on L1 only: %d (%s, slot %d) is the L1 block this pending chain continues from "+
				"(a based-fallback block or the chain's start), and it does not hold the blocks L1 replaced; read them from L1 "+
				"(the rollup's BlockProposed logs and their transactions)",
				err, id, m.AnchorNumber, m.AnchorHash, m.AnchorSlot)
		}
		writeErr(w, http.StatusNotFound, err)
		return
	}
	if err != nil {
		writeErr(w, http.StatusInternalServerError, err)
		return
	}
	st, err := a.status(r.Context(), b.Header.Number, b.Hash, b.Orphaned)
	if err != nil {
		a.writeStatusErr(w, err)
		return
	}
	writeJSON(w, http.StatusOK, blockAnswer(b, st))
}

// shedding answers a submission 503 with Retry-After, before its body is read, while the node
// refuses new user transactions for load: a refusal then costs a header parse and a check of two
// counters, not the decoding of a batch that would be refused entry by entry.
func (a *api) shedding(w http.ResponseWriter) bool {
	if !a.busy() {
		return false
	}
	after := time.Second
	if a.d.rollup != nil && a.d.rollup.SlotDuration > 0 {
		after = time.Duration(a.d.rollup.SlotDuration) * time.Second // a slot drains the queue
	}
	writeRetry(w, http.StatusServiceUnavailable, after, app.ErrBusy)
	return true
}

func (a *api) submit(w http.ResponseWriter, r *http.Request) {
	if a.shedding(w) {
		return
	}
	var req chainapi.SubmitRequest
	done, ok := a.readBody(w, r, maxSubmitBody, &req)
	if !ok {
		return
	}
	defer done()
	h, code, raw, err := a.submitOne(r.Context(), req)
	if err == nil {
		err = a.keep([]kept{{h, raw}})
		code = http.StatusServiceUnavailable
	}
	if err != nil {
		if code == http.StatusServiceUnavailable {
			writeRetry(w, code, time.Second, err)
			return
		}
		writeErr(w, code, err)
		return
	}
	writeJSON(w, http.StatusAccepted, chainapi.Submitted{Hash: h, Status: "submitted"})
}

// MaxBatch is the most transactions one POST /v1/txs/batch takes.
const MaxBatch = 1000

// submitBatch takes up to MaxBatch transactions in one request, each as POST /v1/txs takes one,
// and answers 200 with one result per transaction, in order: one HTTP round trip carries many
// transactions, which is what lets a small client offer 1,000 tx/s.
func (a *api) submitBatch(w http.ResponseWriter, r *http.Request) {
	if a.shedding(w) {
		return
	}
	var req chainapi.BatchRequest
	done, ok := a.readBody(w, r, maxBatchBody, &req)
	if !ok {
		return
	}
	defer done()
	if len(req.Txs) == 0 || len(req.Txs) > MaxBatch {
		writeErr(w, http.StatusBadRequest, fmt.Errorf("%w: %d transactions in a batch, want 1 to %d", app.ErrMalformed, len(req.Txs), MaxBatch))
		return
	}
	out := make([]chainapi.BatchResult, len(req.Txs))
	var accepted []kept
	var at []int
	for i, tx := range req.Txs {
		h, code, raw, err := a.submitOne(r.Context(), tx)
		if err != nil {
			out[i] = chainapi.BatchResult{Code: code, Error: err.Error()}
			if h != (common.Hash{}) {
				out[i].Hash = &h
			}
			continue
		}
		out[i] = chainapi.BatchResult{Hash: &h, Status: "submitted", Code: http.StatusAccepted}
		accepted, at = append(accepted, kept{h, raw}), append(at, i)
	}
	if err := a.keep(accepted); err != nil { // not acknowledged: the client sends them again
		for _, i := range at {
			out[i] = chainapi.BatchResult{Hash: out[i].Hash, Code: http.StatusServiceUnavailable, Error: err.Error()}
		}
	}
	writeJSON(w, http.StatusOK, chainapi.Batch{Results: out})
}

// keep persists the transactions about to be acknowledged (the journal), synced: an
// acknowledged transaction survives a kill -9 of the node. Without a journal (an API without a
// store, in unit tests) it keeps nothing.
func (a *api) keep(txs []kept) error {
	if a.journal == nil {
		return nil
	}
	return a.journal.keep(txs)
}

// submitOne checks one transaction and hands it to CometBFT's mempool. It returns the
// transaction's hash (when it has one), on refusal the HTTP status and the reason, and its bytes.
func (a *api) submitOne(ctx context.Context, req chainapi.SubmitRequest) (common.Hash, int, []byte, error) {
	raw := []byte(req.Raw)
	if len(raw) == 0 {
		if req.MaxFeePerDaGas == nil || req.MaxFeePerL2Gas == nil {
			return common.Hash{}, http.StatusBadRequest, nil, fmt.Errorf("%w: give raw, or maxFeePerDaGas, maxFeePerL2Gas and payload", app.ErrMalformed)
		}
		raw = app.UserTx{MaxFeePerDaGas: req.MaxFeePerDaGas.ToInt(), MaxFeePerL2Gas: req.MaxFeePerL2Gas.ToInt(), Payload: req.Payload}.Encode()
	}
	if len(raw) > 0 && raw[0] != app.KindUser {
		return common.Hash{}, http.StatusBadRequest, nil, fmt.Errorf("%w: only user transactions (0x01) are accepted", app.ErrMalformed)
	}
	h := app.TxHash(raw)
	if a.busy() {
		return h, http.StatusServiceUnavailable, raw, app.ErrBusy
	}
	// CheckTx (CheckUserTx) checks it once, inside the mempool, and its reason is the answer:
	// checking it here as well decoded and looked up every transaction twice.
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	res, err := a.d.bc.BroadcastTxSync(ctx, raw)
	if errors.Is(err, mempool.ErrTxInCache) {
		return h, 0, raw, nil
	}
	var full mempool.ErrMempoolIsFull
	if errors.As(err, &full) {
		return h, http.StatusServiceUnavailable, raw, fmt.Errorf("mempool full, retry later: %w", err)
	}
	if err != nil {
		return h, http.StatusServiceUnavailable, raw, fmt.Errorf("submit to the mempool: %w", err)
	}
	if res.Code != 0 && res.Log == app.ErrBusy.Error() {
		return h, http.StatusServiceUnavailable, raw, app.ErrBusy
	}
	if res.Code != 0 {
		a.remember(h, res.Log)
		return h, http.StatusBadRequest, raw, errors.New(res.Log)
	}
	return h, 0, raw, nil
}

func (a *api) remember(h common.Hash, reason string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if len(a.refused) > 10_000 {
		clear(a.refused)
	}
	a.refused[h] = reason
}

func (a *api) tx(w http.ResponseWriter, r *http.Request) {
	s := r.PathValue("hash")
	if !strings.HasPrefix(s, "0x") || len(s) != 66 {
		writeErr(w, http.StatusBadRequest, fmt.Errorf("transaction hash %q: want 0x and 64 hex digits", s))
		return
	}
	h := common.HexToHash(s)
	rec, err := a.d.app.Tx(h)
	if errors.Is(err, app.ErrNotFound) {
		a.mu.Lock()
		reason, ok := a.refused[h]
		a.mu.Unlock()
		if !ok && a.journal != nil {
			reason, ok = a.journal.refusal(h)
		}
		if ok {
			writeJSON(w, http.StatusOK, chainapi.Tx{Hash: h, Status: chainapi.StatusDropped, Reason: reason})
			return
		}
		writeErr(w, http.StatusNotFound, err)
		return
	}
	if err != nil {
		writeErr(w, http.StatusInternalServerError, err)
		return
	}
	out := chainapi.Tx{Hash: h, Status: rec.State, Reason: rec.Reason}
	if rec.State == app.TxPending {
		// Its block, or an L1 block the pending chain re-anchored past (a based-fallback block,
		// which it does not hold: L1 tells how far that block is).
		orphaned := false
		if b, err := a.d.app.ReadBlockByHash(rec.Block); err == nil {
			orphaned = b.Orphaned
		}
		st, err := a.status(r.Context(), rec.Number, rec.Block, orphaned)
		if err != nil {
			a.writeStatusErr(w, err)
			return
		}
		if st == chainapi.StatusOrphaned {
			// Its block is off L1's chain; until the pending chain re-anchors past it (which
			// queues the transaction again), the transaction is on the pending chain only.
			st = chainapi.StatusPending
		}
		out.Status, out.Number, out.Block = st, rec.Number, &rec.Block
	}
	writeJSON(w, http.StatusOK, out)
}

func (a *api) slot(w http.ResponseWriter, _ *http.Request) {
	t := a.d.Tips()
	ro := a.d.rollup
	out := chainapi.Slot{Slot: t.Slot, Epoch: t.Slot / ro.EpochDuration, SlotStart: ro.SlotStart(t.Slot), SlotDuration: ro.SlotDuration,
		Committee: []common.Address{}, ProposerIndex: -1}
	if c, err := a.d.app.Committee(out.Epoch); err == nil {
		out.Committee = c.Members
		if p, ok := c.Proposer(t.Slot); ok {
			out.Proposer, out.ProposerIndex = p, c.IndexOf(p)
		}
	}
	writeJSON(w, http.StatusOK, out)
}

// validators answers every committee member's record (the sentinel's), by address.
func (a *api) validators(w http.ResponseWriter, _ *http.Request) {
	out := chainapi.Validators{Validators: []chainapi.ValidatorSummary{}}
	if a.d.sentinel != nil {
		out = a.d.sentinel.validators()
	}
	if a.health != nil {
		out.Peers, out.Synced = a.health()
	}
	writeJSON(w, http.StatusOK, out)
}

// validator answers one member's record with its latest duties.
func (a *api) validator(w http.ResponseWriter, r *http.Request) {
	s := r.PathValue("address")
	if len(s) != 42 || !strings.HasPrefix(s, "0x") || !common.IsHexAddress(s) {
		writeErr(w, http.StatusBadRequest, fmt.Errorf("validator address %.80q: want 0x and 40 hex digits", s))
		return
	}
	addr := common.HexToAddress(s)
	var (
		v  chainapi.Validator
		ok bool
	)
	if a.d.sentinel != nil {
		v, ok = a.d.sentinel.validator(addr)
	}
	if !ok {
		writeErr(w, http.StatusNotFound, fmt.Errorf("validator %s: %w: no duty of it in the slots this node recorded", addr.Hex(), app.ErrNotFound))
		return
	}
	writeJSON(w, http.StatusOK, v)
}

// clientOf names a request's client for the per-client limits (clientKey).
func clientOf(r *http.Request) string { return clientKey(r.RemoteAddr) }

// hostOf is the host of a host:port address (the whole address when it has no port).
func hostOf(addr string) string {
	if h, _, err := net.SplitHostPort(addr); err == nil {
		return h
	}
	return addr
}

// acquireStream takes an event-stream slot for client: the code and error when none is left.
func (a *api) acquireStream(client string) (int, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.perClient[client] >= a.lim.MaxStreamsPerClient {
		return http.StatusTooManyRequests, fmt.Errorf("%w: %d event streams open from %s (node.api-max-streams-per-client)",
			ErrOverloaded, a.perClient[client], client)
	}
	if a.streams >= a.lim.MaxStreams {
		return http.StatusServiceUnavailable, fmt.Errorf("%w: %d event streams open (node.api-max-streams)", ErrOverloaded, a.streams)
	}
	a.streams++
	a.perClient[client]++
	return 0, nil
}

func (a *api) releaseStream(client string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.streams--
	if a.perClient[client]--; a.perClient[client] <= 0 {
		delete(a.perClient, client)
	}
}

// keepAlive is how often an idle event stream carries a comment line.
const keepAlive = 15 * time.Second

// events streams tip changes as server-sent events: one `tips` event per change. Each write has
// node.api-write-timeout to reach the client: a reader that stops reading loses its stream.
func (a *api) events(w http.ResponseWriter, r *http.Request) {
	client := clientOf(r)
	if code, err := a.acquireStream(client); err != nil {
		writeRetry(w, code, 5*time.Second, err)
		return
	}
	defer a.releaseStream(client)
	rc := http.NewResponseController(w)
	// The read deadline (node.api-read-timeout) bounds reading the request; a stream outlives it.
	_ = rc.SetReadDeadline(time.Time{})
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	write := func(s string) bool {
		if a.lim.WriteTimeout > 0 {
			_ = rc.SetWriteDeadline(time.Now().Add(a.lim.WriteTimeout))
		}
		if _, err := io.WriteString(w, s); err != nil {
			return false
		}
		return rc.Flush() == nil
	}
	c, unsub := a.d.hub.subscribe()
	defer unsub()
	send := func(t Tips) bool {
		raw, _ := json.Marshal(tipsOf(t))
		return write("event: tips\ndata: " + string(raw) + "\n\n")
	}
	if !send(a.d.Tips()) {
		return
	}
	keep := time.NewTicker(keepAlive)
	defer keep.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case t := <-c:
			if !send(t) {
				return
			}
		case <-keep.C:
			if !write(": keep-alive\n\n") {
				return
			}
		}
	}
}
