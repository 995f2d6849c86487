package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/cometbft/cometbft/mempool"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/node/app"
	"github.com/sptn/sptn/agents/statuspage"
)

// api is the chain API: HTTP/JSON, documented in docs/api.md.
type api struct {
	d    *driver
	busy func() bool
	log  *slog.Logger
	srv  *http.Server

	mu      sync.Mutex
	refused map[common.Hash]string // submissions refused by CometBFT's mempool, with the reason
}

func newAPI(d *driver, busy func() bool, log *slog.Logger) *api {
	a := &api{d: d, busy: busy, log: log, refused: map[common.Hash]string{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/tips", a.tips)
	mux.HandleFunc("GET /v1/blocks/{id}", a.block)
	mux.HandleFunc("POST /v1/txs", a.submit)
	mux.HandleFunc("POST /v1/txs/batch", a.submitBatch)
	mux.HandleFunc("GET /v1/txs/{hash}", a.tx)
	mux.HandleFunc("GET /v1/slot", a.slot)
	mux.HandleFunc("GET /v1/events", a.events)
	// The status page (embedded assets) reads the endpoints above from the same origin.
	mux.Handle("GET /", statuspage.Handler())
	a.srv = &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	return a
}

func (a *api) start(addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("chain API: listen %s: %w", addr, err)
	}
	go func() {
		if err := a.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			a.log.Error("chain API stopped", "err", err)
		}
	}()
	return nil
}

func (a *api) stop(ctx context.Context) error { return a.srv.Shutdown(ctx) }

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

func writeErr(w http.ResponseWriter, code int, err error) {
	writeJSON(w, code, map[string]string{"error": err.Error()})
}

func (a *api) tips(w http.ResponseWriter, _ *http.Request) { writeJSON(w, http.StatusOK, a.d.Tips()) }

// status of a block on the pending chain against L1's tips.
func (a *api) status(b *app.Block) string {
	if b.Orphaned {
		return "orphaned"
	}
	t := a.d.Tips()
	n := b.Header.Number
	switch {
	case n <= t.Finalized.Number && t.Finalized.Number > 0:
		return "finalized"
	case n <= t.Proven.Number && t.Proven.Number > 0:
		return "proven"
	case n <= t.Assured.Number && t.Assured.Number > 0:
		return "assured"
	default:
		return "pending"
	}
}

type blockJSON struct {
	*app.Block
	Status string `json:"status"`
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
		b, err = a.d.app.BlockByHash(common.HexToHash(id))
	case id == "latest":
		b, err = a.d.app.BlockByHash(a.d.app.Meta().TipHash)
	default:
		var perr error
		if n, perr = strconv.ParseUint(id, 10, 64); perr != nil {
			writeErr(w, http.StatusBadRequest, fmt.Errorf("block id %q: want a number, a 0x hash or latest", id))
			return
		}
		number = true
		b, err = a.d.app.BlockByNumber(n)
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
	writeJSON(w, http.StatusOK, blockJSON{b, a.status(b)})
}

// submitReq is a transaction to submit: either its wire form, or its fields.
type submitReq struct {
	Raw            hexutil.Bytes `json:"raw"`
	MaxFeePerDaGas *hexutil.Big  `json:"maxFeePerDaGas"`
	MaxFeePerL2Gas *hexutil.Big  `json:"maxFeePerL2Gas"`
	Payload        hexutil.Bytes `json:"payload"`
}

func (a *api) submit(w http.ResponseWriter, r *http.Request) {
	var req submitReq
	if err := json.NewDecoder(io.LimitReader(r.Body, 4<<20)).Decode(&req); err != nil {
		writeErr(w, http.StatusBadRequest, fmt.Errorf("%w: %v", app.ErrMalformed, err))
		return
	}
	h, code, err := a.submitOne(r.Context(), req)
	if err != nil {
		writeErr(w, code, err)
		return
	}
	writeJSON(w, http.StatusAccepted, map[string]any{"hash": h, "status": "submitted"})
}

// MaxBatch is the most transactions one POST /v1/txs/batch takes.
const MaxBatch = 1000

// batchResult is one transaction's outcome in a batch: Code is the HTTP status a single submit
// would have answered (202 submitted, 400 refused, 503 busy).
type batchResult struct {
	Hash   *common.Hash `json:"hash,omitempty"`
	Status string       `json:"status,omitempty"`
	Code   int          `json:"code"`
	Error  string       `json:"error,omitempty"`
}

// submitBatch takes up to MaxBatch transactions in one request, each as POST /v1/txs takes one,
// and answers 200 with one result per transaction, in order: one HTTP round trip carries many
// transactions, which is what lets a small client offer 1,000 tx/s.
func (a *api) submitBatch(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Txs []submitReq `json:"txs"`
	}
	if err := json.NewDecoder(io.LimitReader(r.Body, 16<<20)).Decode(&req); err != nil {
		writeErr(w, http.StatusBadRequest, fmt.Errorf("%w: %v", app.ErrMalformed, err))
		return
	}
	if len(req.Txs) == 0 || len(req.Txs) > MaxBatch {
		writeErr(w, http.StatusBadRequest, fmt.Errorf("%w: %d transactions in a batch, want 1 to %d", app.ErrMalformed, len(req.Txs), MaxBatch))
		return
	}
	out := make([]batchResult, len(req.Txs))
	for i, tx := range req.Txs {
		h, code, err := a.submitOne(r.Context(), tx)
		if err != nil {
			out[i] = batchResult{Code: code, Error: err.Error()}
			if h != (common.Hash{}) {
				out[i].Hash = &h
			}
			continue
		}
		out[i] = batchResult{Hash: &h, Status: "submitted", Code: http.StatusAccepted}
	}
	writeJSON(w, http.StatusOK, map[string]any{"results": out})
}

// submitOne checks one transaction and hands it to CometBFT's mempool. It returns the
// transaction's hash (when it has one), and on refusal the HTTP status and the reason.
func (a *api) submitOne(ctx context.Context, req submitReq) (common.Hash, int, error) {
	raw := []byte(req.Raw)
	if len(raw) == 0 {
		if req.MaxFeePerDaGas == nil || req.MaxFeePerL2Gas == nil {
			return common.Hash{}, http.StatusBadRequest, fmt.Errorf("%w: give raw, or maxFeePerDaGas, maxFeePerL2Gas and payload", app.ErrMalformed)
		}
		raw = app.UserTx{MaxFeePerDaGas: req.MaxFeePerDaGas.ToInt(), MaxFeePerL2Gas: req.MaxFeePerL2Gas.ToInt(), Payload: req.Payload}.Encode()
	}
	if len(raw) > 0 && raw[0] != app.KindUser {
		return common.Hash{}, http.StatusBadRequest, fmt.Errorf("%w: only user transactions (0x01) are accepted", app.ErrMalformed)
	}
	h := app.TxHash(raw)
	if a.busy() {
		return h, http.StatusServiceUnavailable, app.ErrBusy
	}
	if err := a.d.app.CheckUserTx(raw); err != nil {
		return h, http.StatusBadRequest, err
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	res, err := a.d.bc.BroadcastTxSync(ctx, raw)
	if errors.Is(err, mempool.ErrTxInCache) {
		return h, 0, nil
	}
	var full mempool.ErrMempoolIsFull
	if errors.As(err, &full) {
		return h, http.StatusServiceUnavailable, fmt.Errorf("mempool full, retry later: %w", err)
	}
	if err != nil {
		return h, http.StatusServiceUnavailable, fmt.Errorf("submit to the mempool: %w", err)
	}
	if res.Code != 0 && res.Log == app.ErrBusy.Error() {
		return h, http.StatusServiceUnavailable, app.ErrBusy
	}
	if res.Code != 0 {
		a.remember(h, res.Log)
		return h, http.StatusBadRequest, errors.New(res.Log)
	}
	return h, 0, nil
}

func (a *api) remember(h common.Hash, reason string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if len(a.refused) > 10_000 {
		clear(a.refused)
	}
	a.refused[h] = reason
}

type txJSON struct {
	Hash   common.Hash  `json:"hash"`
	Status string       `json:"status"`
	Number uint64       `json:"number,omitempty"`
	Block  *common.Hash `json:"block,omitempty"`
	Reason string       `json:"reason,omitempty"`
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
		if ok {
			writeJSON(w, http.StatusOK, txJSON{Hash: h, Status: "dropped", Reason: reason})
			return
		}
		writeErr(w, http.StatusNotFound, err)
		return
	}
	if err != nil {
		writeErr(w, http.StatusInternalServerError, err)
		return
	}
	out := txJSON{Hash: h, Status: rec.State, Reason: rec.Reason}
	if rec.State == app.TxPending {
		b, err := a.d.app.BlockByHash(rec.Block)
		if errors.Is(err, app.ErrNotFound) {
			// In an L1 block the pending chain re-anchored past (a based-fallback block): it
			// holds the number and hash only, and L1's tips say how far the block is.
			b, err = &app.Block{Header: protocol.Header{Number: rec.Number}, Hash: rec.Block}, nil
		}
		if err != nil {
			writeErr(w, http.StatusInternalServerError, err)
			return
		}
		out.Status, out.Number, out.Block = a.status(b), rec.Number, &rec.Block
	}
	writeJSON(w, http.StatusOK, out)
}

type slotJSON struct {
	Slot          uint64           `json:"slot"`
	Epoch         uint64           `json:"epoch"`
	Committee     []common.Address `json:"committee"`
	Proposer      common.Address   `json:"proposer"`
	ProposerIndex int              `json:"proposerIndex"`
	SlotStart     uint64           `json:"slotStart"`
	SlotDuration  uint64           `json:"slotDuration"`
}

func (a *api) slot(w http.ResponseWriter, _ *http.Request) {
	t := a.d.Tips()
	ro := a.d.rollup
	out := slotJSON{Slot: t.Slot, Epoch: t.Slot / ro.EpochDuration, SlotStart: ro.SlotStart(t.Slot), SlotDuration: ro.SlotDuration, ProposerIndex: -1}
	if c, err := a.d.app.Committee(out.Epoch); err == nil {
		out.Committee = c.Members
		if p, ok := c.Proposer(t.Slot); ok {
			out.Proposer, out.ProposerIndex = p, c.IndexOf(p)
		}
	}
	writeJSON(w, http.StatusOK, out)
}

// events streams tip changes as server-sent events: one `tips` event per change.
func (a *api) events(w http.ResponseWriter, r *http.Request) {
	fl, ok := w.(http.Flusher)
	if !ok {
		writeErr(w, http.StatusInternalServerError, errors.New("streaming unsupported"))
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	c, unsub := a.d.hub.subscribe()
	defer unsub()
	send := func(t Tips) bool {
		raw, _ := json.Marshal(t)
		if _, err := fmt.Fprintf(w, "event: tips\ndata: %s\n\n", raw); err != nil {
			return false
		}
		fl.Flush()
		return true
	}
	if !send(a.d.Tips()) {
		return
	}
	keep := time.NewTicker(15 * time.Second)
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
			if _, err := io.WriteString(w, ": keep-alive\n\n"); err != nil {
				return
			}
			fl.Flush()
		}
	}
}
