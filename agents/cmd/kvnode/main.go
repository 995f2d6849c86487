// Command kvnode runs one CometBFT validator with CometBFT's own kvstore example application
// (github.com/cometbft/cometbft/abci/example/kvstore) and a submit endpoint shaped like the chain
// API's POST /v1/txs/batch. It is the node bench's consensus ceiling (make bench-node): the same
// CometBFT version and settings as `sptn node` (node.CometConfig), the same load generator and
// batch size, an application that does next to nothing. It is a measuring tool, not a product:
// it serves loopback only and keeps its state in memory.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/cometbft/cometbft/abci/example/kvstore"
	cmtcfg "github.com/cometbft/cometbft/config"
	cmtlog "github.com/cometbft/cometbft/libs/log"
	"github.com/cometbft/cometbft/mempool"
	cmtnode "github.com/cometbft/cometbft/node"
	"github.com/cometbft/cometbft/p2p"
	"github.com/cometbft/cometbft/privval"
	"github.com/cometbft/cometbft/proxy"
	rpclocal "github.com/cometbft/cometbft/rpc/client/local"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/sptn/sptn/agents/node"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "kvnode:", err)
		os.Exit(1)
	}
}

func run() error {
	var (
		dataDir = flag.String("data-dir", "", "the node's data directory (node.InitHome's layout, genesis in place)")
		p2pAddr = flag.String("p2p-addr", "tcp://127.0.0.1:26656", "CometBFT P2P listen address")
		rpcAddr = flag.String("rpc-addr", "tcp://127.0.0.1:26657", "CometBFT RPC listen address")
		apiAddr = flag.String("api-addr", "127.0.0.1:8080", "submit endpoint (POST /v1/txs/batch), loopback")
		peers   = flag.String("peers", "", "persistent peers, id@host:port,...")
		commit  = flag.Duration("timeout-commit", 250*time.Millisecond, "CometBFT timeout_commit (sptn node's default)")
		propose = flag.Duration("timeout-propose", 3*time.Second, "CometBFT timeout_propose (sptn node's default)")
	)
	flag.Parse()
	if *dataDir == "" {
		return errors.New("-data-dir is required")
	}
	host, _, err := net.SplitHostPort(*apiAddr)
	if err != nil || !net.ParseIP(host).IsLoopback() {
		return fmt.Errorf("-api-addr %q: want a loopback host:port", *apiAddr)
	}
	set := &node.Settings{Moniker: "kvnode", P2PAddr: *p2pAddr, RPCAddr: *rpcAddr, TimeoutCommit: *commit, TimeoutPropose: *propose}
	if *peers != "" {
		set.Peers = strings.Split(*peers, ",")
	}
	c := node.CometConfig(*dataDir, set)
	if err := os.MkdirAll(c.DBDir(), 0o700); err != nil {
		return err
	}
	nk, err := p2p.LoadNodeKey(c.NodeKeyFile())
	if err != nil {
		return fmt.Errorf("load node key: %w", err)
	}
	pv := privval.LoadFilePV(c.PrivValidatorKeyFile(), c.PrivValidatorStateFile())
	logger := cmtlog.NewFilter(cmtlog.NewTMLogger(cmtlog.NewSyncWriter(os.Stderr)), cmtlog.AllowError())
	n, err := cmtnode.NewNode(c, pv, nk, proxy.NewLocalClientCreator(kvstore.NewInMemoryApplication()),
		cmtnode.DefaultGenesisDocProviderFunc(c), cmtcfg.DefaultDBProvider, cmtnode.DefaultMetricsProvider(c.Instrumentation), logger)
	if err != nil {
		return fmt.Errorf("create CometBFT node: %w", err)
	}
	if err := n.Start(); err != nil {
		return fmt.Errorf("start CometBFT: %w", err)
	}
	defer func() { _ = n.Stop(); n.Wait() }()

	bc := rpclocal.New(n)
	full := func() bool { return n.Mempool().Size() >= c.Mempool.Size*8/10 }
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/txs/batch", func(w http.ResponseWriter, r *http.Request) {
		if full() { // sptn node's shedding: refused before the body is read
			w.Header().Set("Retry-After", "1")
			writeJSON(w, http.StatusServiceUnavailable, map[string]string{"error": "mempool near capacity, retry later"})
			return
		}
		var req struct {
			Txs []struct {
				Raw hexutil.Bytes `json:"raw"`
			} `json:"txs"`
		}
		if err := json.NewDecoder(io.LimitReader(r.Body, 16<<20)).Decode(&req); err != nil || len(req.Txs) == 0 || len(req.Txs) > 1000 {
			writeJSON(w, http.StatusBadRequest, map[string]string{"error": fmt.Sprint("malformed batch: ", err)})
			return
		}
		type result struct {
			Code  int    `json:"code"`
			Error string `json:"error,omitempty"`
		}
		out := make([]result, len(req.Txs))
		for i, tx := range req.Txs {
			res, err := bc.BroadcastTxSync(r.Context(), []byte(tx.Raw))
			var mfull mempool.ErrMempoolIsFull
			switch {
			case errors.Is(err, mempool.ErrTxInCache):
				out[i] = result{Code: http.StatusAccepted}
			case errors.As(err, &mfull) || err != nil:
				out[i] = result{Code: http.StatusServiceUnavailable, Error: fmt.Sprint(err)}
			case res.Code != 0:
				out[i] = result{Code: http.StatusBadRequest, Error: res.Log}
			default:
				out[i] = result{Code: http.StatusAccepted}
			}
		}
		writeJSON(w, http.StatusOK, map[string]any{"results": out})
	})
	srv := &http.Server{Addr: *apiAddr, Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	ln, err := net.Listen("tcp", *apiAddr)
	if err != nil {
		return err
	}
	go func() { _ = srv.Serve(ln) }()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	<-ctx.Done()
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return srv.Shutdown(sctx)
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}
