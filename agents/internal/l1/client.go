package l1

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"net/url"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/hashicorp/go-cleanhttp"
	"github.com/hashicorp/go-retryablehttp"

	"github.com/sptn/sptn/agents/internal/config"
)

var (
	// ErrChainIDMismatch is returned when an endpoint serves another chain than configured.
	ErrChainIDMismatch = errors.New("l1: endpoint serves the wrong chain id")
	// ErrNoEndpoint is returned when no endpoint answered at start.
	ErrNoEndpoint = errors.New("l1: no endpoint answered")
	// ErrStaleHead is returned by Ready when the latest block is older than the max head age.
	ErrStaleHead = errors.New("l1: latest block is stale")
	// ErrNoSubscriptions is returned by SubscribeFilterLogs: the client speaks HTTP only.
	ErrNoSubscriptions = errors.New("l1: log subscriptions need a websocket endpoint; poll FilterLogs")
)

// Metrics is what the client records.
type Metrics interface {
	RecordRPCError(endpoint string)
	RecordL1Error(op string)
	SetL1Head(block uint64)
	SetLag(what string, seconds float64)
}

// Options configure a Client.
type Options struct {
	URLs           []string
	ChainID        uint64
	RequestTimeout time.Duration // one HTTP attempt
	Retries        int
	RetryWaitMin   time.Duration
	RetryWaitMax   time.Duration
	MaxHeadAge     time.Duration // 0: Ready does not check the head's age
	Metrics        Metrics
	Log            *slog.Logger
}

// OptionsFrom maps the shared config onto Options.
func OptionsFrom(c config.L1, m Metrics, log *slog.Logger) Options {
	return Options{
		URLs: c.RPCURLs, ChainID: c.ChainID, RequestTimeout: c.RequestTimeout, Retries: c.Retries,
		RetryWaitMin: c.RetryWaitMin, RetryWaitMax: c.RetryWaitMax, MaxHeadAge: c.MaxHeadAge,
		Metrics: m, Log: log,
	}
}

// Client is an L1 client with retries, failover and a timeout on every call. It is safe for
// concurrent use.
type Client struct {
	opts    Options
	rpc     *rpc.Client
	eth     *ethclient.Client
	fo      *failover
	chainID *big.Int
	timeout time.Duration // bound on one call including its retries
}

// Dial builds the client and checks every endpoint's chain id: an endpoint on another chain is
// an error; an unreachable endpoint is logged and left for failover, but at least one must answer.
func Dial(ctx context.Context, o Options) (*Client, error) {
	if len(o.URLs) == 0 {
		return nil, fmt.Errorf("dial l1: %w: no URLs", ErrNoEndpoint)
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	if o.Metrics == nil {
		o.Metrics = nopMetrics{}
	}
	fo := &failover{metrics: o.Metrics, log: o.Log}
	for _, raw := range o.URLs {
		u, err := url.Parse(raw)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
			return nil, fmt.Errorf("dial l1: endpoint %s: want an http(s) URL", config.Redact(raw))
		}
		fo.endpoints = append(fo.endpoints, u)
		fo.hosts = append(fo.hosts, hostOf(u))
	}
	base := cleanhttp.DefaultPooledTransport()
	fo.base = base

	rc := retryablehttp.NewClient()
	rc.HTTPClient = &http.Client{Transport: fo, Timeout: o.RequestTimeout}
	rc.RetryMax = o.Retries
	rc.RetryWaitMin, rc.RetryWaitMax = o.RetryWaitMin, o.RetryWaitMax
	rc.Backoff = jitterBackoff
	rc.Logger = slogAdapter{o.Log}

	rpcc, err := rpc.DialOptions(ctx, o.URLs[0], rpc.WithHTTPClient(rc.StandardClient()))
	if err != nil {
		return nil, fmt.Errorf("dial l1: %w", redact(err))
	}
	c := &Client{
		opts: o, rpc: rpcc, eth: ethclient.NewClient(rpcc), fo: fo,
		chainID: new(big.Int).SetUint64(o.ChainID),
		timeout: time.Duration(o.Retries+1)*o.RequestTimeout + time.Duration(o.Retries)*o.RetryWaitMax,
	}
	if err := c.checkEndpoints(ctx); err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

// checkEndpoints asks each endpoint directly (no failover, no retries) for its chain id.
func (c *Client) checkEndpoints(ctx context.Context) error {
	answered := 0
	for i, u := range c.fo.endpoints {
		hc := &http.Client{Transport: c.fo.base, Timeout: c.opts.RequestTimeout}
		cl, err := rpc.DialOptions(ctx, u.String(), rpc.WithHTTPClient(hc))
		if err != nil {
			return fmt.Errorf("dial l1 endpoint %s: %w", c.fo.hosts[i], redact(err))
		}
		cctx, cancel := context.WithTimeout(ctx, c.opts.RequestTimeout)
		id, err := ethclient.NewClient(cl).ChainID(cctx)
		cancel()
		cl.Close()
		if err != nil {
			c.opts.Log.Warn("L1 endpoint unreachable at start; kept for failover", "endpoint", c.fo.hosts[i], "err", redact(err))
			continue
		}
		if id.Uint64() != c.opts.ChainID {
			return fmt.Errorf("%w: %s has chain id %s, want %d (l1.chain-id)", ErrChainIDMismatch, c.fo.hosts[i], id, c.opts.ChainID)
		}
		if answered == 0 {
			c.fo.cur.Store(int64(i)) // start on the first endpoint that answered
		}
		answered++
	}
	if answered == 0 {
		return fmt.Errorf("dial l1: %w (tried %d)", ErrNoEndpoint, len(c.fo.endpoints))
	}
	return nil
}

// Close releases the client.
func (c *Client) Close() { c.rpc.Close() }

// ChainID is the configured (and checked) chain id.
func (c *Client) ChainID() *big.Int { return new(big.Int).Set(c.chainID) }

// Hosts are the hosts of the endpoints, in failover order: the endpoint label of
// sptn_rpc_errors_total.
func (c *Client) Hosts() []string { return append([]string(nil), c.fo.hosts...) }

// Endpoint is the host of the endpoint in use.
func (c *Client) Endpoint() string { return c.fo.current() }

// RPC is the underlying JSON-RPC client, for methods ethclient lacks. Bound calls with Timeout.
func (c *Client) RPC() *rpc.Client { return c.rpc }

// Timeout is the bound the client puts on one call (all attempts and backoffs).
func (c *Client) Timeout() time.Duration { return c.timeout }

func (c *Client) ctx(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, c.timeout)
}

// fail counts a failed call and returns its error with the URLs' secrets hidden.
func (c *Client) fail(op string, err error) error {
	if err != nil && !errors.Is(err, ethereum.NotFound) {
		c.opts.Metrics.RecordL1Error(op)
	}
	return redact(err)
}

// Ready is the readiness check: the endpoint in use answers with the right chain id and, when
// MaxHeadAge is set, its latest block is fresh.
func (c *Client) Ready(ctx context.Context) error {
	cctx, cancel := c.ctx(ctx)
	defer cancel()
	id, err := c.eth.ChainID(cctx)
	if err != nil {
		return fmt.Errorf("read chain id: %w", c.fail("chain_id", err))
	}
	if id.Cmp(c.chainID) != 0 {
		return fmt.Errorf("%w: %s has chain id %s, want %s", ErrChainIDMismatch, c.Endpoint(), id, c.chainID)
	}
	h, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	if c.opts.MaxHeadAge > 0 {
		age := time.Since(time.Unix(int64(h.Time), 0))
		if age > c.opts.MaxHeadAge {
			return fmt.Errorf("%w: block %d is %s old (max %s)", ErrStaleHead, h.Number, age.Round(time.Second), c.opts.MaxHeadAge)
		}
	}
	return nil
}

// HeaderByNumber returns the header at number (nil: latest) and records the L1 head.
func (c *Client) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	cctx, cancel := c.ctx(ctx)
	defer cancel()
	h, err := c.eth.HeaderByNumber(cctx, number)
	if err != nil {
		return nil, c.fail("header", err)
	}
	if number == nil {
		c.opts.Metrics.SetL1Head(h.Number.Uint64())
		c.opts.Metrics.SetLag("l1_head_age", time.Since(time.Unix(int64(h.Time), 0)).Seconds())
	}
	return h, nil
}

// BlockByNumber returns the block with its transactions (nil: latest). The watcher reads
// every transaction to the rollup from it, reverted ones included.
func (c *Client) BlockByNumber(ctx context.Context, number *big.Int) (*types.Block, error) {
	cctx, cancel := c.ctx(ctx)
	defer cancel()
	b, err := c.eth.BlockByNumber(cctx, number)
	return b, c.fail("block", err)
}

// BlockNumber returns the latest block number.
func (c *Client) BlockNumber(ctx context.Context) (uint64, error) {
	cctx, cancel := c.ctx(ctx)
	defer cancel()
	n, err := c.eth.BlockNumber(cctx)
	return n, c.fail("block_number", err)
}

// BalanceAt returns the balance of account at block (nil: latest).
func (c *Client) BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error) {
	cctx, cancel := c.ctx(ctx)
	defer cancel()
	b, err := c.eth.BalanceAt(cctx, account, block)
	return b, c.fail("balance", err)
}

// NonceAt returns the nonce of account at block (nil: latest).
func (c *Client) NonceAt(ctx context.Context, account common.Address, block *big.Int) (uint64, error) {
	cctx, cancel := c.ctx(ctx)
	defer cancel()
	n, err := c.eth.NonceAt(cctx, account, block)
	return n, c.fail("nonce", err)
}

// PendingNonceAt returns the nonce of account including its pending transactions.
func (c *Client) PendingNonceAt(ctx context.Context, account common.Address) (uint64, error) {
	cctx, cancel := c.ctx(ctx)
	defer cancel()
	n, err := c.eth.PendingNonceAt(cctx, account)
	return n, c.fail("pending_nonce", err)
}

// EstimateGas estimates the gas of msg.
func (c *Client) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	cctx, cancel := c.ctx(ctx)
	defer cancel()
	g, err := c.eth.EstimateGas(cctx, msg)
	return g, redact(err) // a revert is the caller's business, not an L1 error
}

// SuggestGasTipCap returns the node's suggested priority fee.
func (c *Client) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	cctx, cancel := c.ctx(ctx)
	defer cancel()
	t, err := c.eth.SuggestGasTipCap(cctx)
	return t, c.fail("tip_cap", err)
}

// BlobBaseFee returns the blob base fee of the next block (eth_blobBaseFee).
func (c *Client) BlobBaseFee(ctx context.Context) (*big.Int, error) {
	cctx, cancel := c.ctx(ctx)
	defer cancel()
	f, err := c.eth.BlobBaseFee(cctx)
	return f, c.fail("blob_base_fee", err)
}

// SuggestGasPrice returns the node's suggested legacy gas price.
func (c *Client) SuggestGasPrice(ctx context.Context) (*big.Int, error) {
	cctx, cancel := c.ctx(ctx)
	defer cancel()
	p, err := c.eth.SuggestGasPrice(cctx)
	return p, c.fail("gas_price", err)
}

// SendTransaction broadcasts a signed transaction. Node rejections (nonce too low, already
// known, underpriced) are returned as they are; they are not L1 errors.
func (c *Client) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	cctx, cancel := c.ctx(ctx)
	defer cancel()
	return redact(c.eth.SendTransaction(cctx, tx))
}

// TransactionReceipt returns the receipt of a mined transaction, or ethereum.NotFound.
func (c *Client) TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	cctx, cancel := c.ctx(ctx)
	defer cancel()
	r, err := c.eth.TransactionReceipt(cctx, hash)
	return r, c.fail("receipt", err)
}

// TransactionByHash returns a transaction the node knows (pool or chain), or ethereum.NotFound.
func (c *Client) TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error) {
	cctx, cancel := c.ctx(ctx)
	defer cancel()
	tx, pending, err := c.eth.TransactionByHash(cctx, hash)
	return tx, pending, c.fail("tx_by_hash", err)
}

// CallContract executes a call without a transaction.
func (c *Client) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	cctx, cancel := c.ctx(ctx)
	defer cancel()
	out, err := c.eth.CallContract(cctx, msg, block)
	return out, redact(err)
}

// CallContractAtHash executes a call without a transaction in the state of the block with the
// given hash (EIP-1898), whichever chain the node now follows.
func (c *Client) CallContractAtHash(ctx context.Context, msg ethereum.CallMsg, block common.Hash) ([]byte, error) {
	cctx, cancel := c.ctx(ctx)
	defer cancel()
	out, err := c.eth.CallContractAtHash(cctx, msg, block)
	return out, redact(err)
}

// CodeAt returns the code of account at block (nil: latest).
func (c *Client) CodeAt(ctx context.Context, account common.Address, block *big.Int) ([]byte, error) {
	cctx, cancel := c.ctx(ctx)
	defer cancel()
	code, err := c.eth.CodeAt(cctx, account, block)
	return code, c.fail("code", err)
}

// PendingCodeAt returns the code of account in the pending state.
func (c *Client) PendingCodeAt(ctx context.Context, account common.Address) ([]byte, error) {
	cctx, cancel := c.ctx(ctx)
	defer cancel()
	code, err := c.eth.PendingCodeAt(cctx, account)
	return code, c.fail("code", err)
}

// FilterLogs returns the logs matching q.
func (c *Client) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	cctx, cancel := c.ctx(ctx)
	defer cancel()
	logs, err := c.eth.FilterLogs(cctx, q)
	return logs, c.fail("logs", err)
}

// SubscribeFilterLogs is not supported over HTTP; it returns ErrNoSubscriptions.
func (c *Client) SubscribeFilterLogs(context.Context, ethereum.FilterQuery, chan<- types.Log) (ethereum.Subscription, error) {
	return nil, ErrNoSubscriptions
}

type nopMetrics struct{}

func (nopMetrics) RecordRPCError(string)  {}
func (nopMetrics) RecordL1Error(string)   {}
func (nopMetrics) SetL1Head(uint64)       {}
func (nopMetrics) SetLag(string, float64) {}
