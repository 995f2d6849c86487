package node

import (
	"fmt"
	"net"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sptn/sptn/agents/internal/config"
	"github.com/sptn/sptn/agents/internal/keys"
	"github.com/sptn/sptn/agents/node/app"
	"github.com/sptn/sptn/agents/node/protect"
	"github.com/sptn/sptn/agents/node/signer"
)

// Config of `sptn node`: the runtime's shared keys and the node section.
type Config struct {
	config.Base `mapstructure:",squash"`
	Node        Settings `mapstructure:"node"`
}

// Settings is the node section.
type Settings struct {
	Moniker      string   `mapstructure:"moniker"`
	P2PAddr      string   `mapstructure:"p2p-addr"`
	ExternalAddr string   `mapstructure:"external-addr"`
	RPCAddr      string   `mapstructure:"rpc-addr"`
	APIAddr      string   `mapstructure:"api-addr"`
	Peers        []string `mapstructure:"peers"`
	Coinbase     string   `mapstructure:"coinbase"`
	FeePerDaGas  uint64   `mapstructure:"fee-per-da-gas"`
	FeePerL2Gas  uint64   `mapstructure:"fee-per-l2-gas"`
	// MaxPayload, MaxBlockTxs and MaxBlockBytes are keys of earlier versions, refused when set:
	// the chain's limits are consensus rules, in the genesis app_state (app.Params).
	MaxPayload    int `mapstructure:"max-payload"`
	MaxBlockTxs   int `mapstructure:"max-block-txs"`
	MaxBlockBytes int `mapstructure:"max-block-bytes"`
	// DA is where this node, as proposer, puts its blocks' data on L1: DACalldata, DABlobs or
	// DAAuto.
	DA            string        `mapstructure:"da"`
	MaxQueued     int           `mapstructure:"max-queued"`
	SealLead      time.Duration `mapstructure:"seal-lead"`
	TimeoutCommit time.Duration `mapstructure:"timeout-commit"`
	// TimeoutPropose is how long CometBFT waits for a round's proposal before moving to the next
	// round: a stopped validator's turn costs this much, so it must stay well inside a slot.
	TimeoutPropose time.Duration `mapstructure:"timeout-propose"`
	// L1PollInterval is how often the node reads L1's head (and, when it is a new block, the
	// rollup's tips) and acts on it.
	L1PollInterval time.Duration `mapstructure:"l1-poll-interval"`
	Publish        bool          `mapstructure:"publish"`
	// KZGProcess proves the commitments and blob proofs of this node's seals and the cell proofs
	// of its blob sidecars in child processes (agents/internal/kzgworker) instead of in the
	// node's own.
	KZGProcess bool `mapstructure:"kzg-process"`
	// KZGNice is how many steps below the node's CPU priority the cell proofs' KZG worker runs.
	KZGNice int `mapstructure:"kzg-nice"`
	// KZGSpread is the factor on the median of this node's KZG costs with which the seal
	// budget sizes seals of two blobs or more (budget.go, kzgSpread).
	KZGSpread float64 `mapstructure:"kzg-spread"`
	// AdmissionSlots is how many slots of the seals' capacity the backlog may hold before new
	// user transactions are refused (budget.go, admissionSlots).
	AdmissionSlots float64 `mapstructure:"admission-slots"`
	// Publishers are the L1 accounts the node sends its proposes from, in order of preference
	// (keys of keys.keystore, unlocked with its password); empty is the attester key alone.
	Publishers []string `mapstructure:"publishers"`
	// PublisherStuckAfter is how long an account's oldest unmined transaction may wait before
	// the node publishes from the next account.
	PublisherStuckAfter time.Duration `mapstructure:"publisher-stuck-after"`
	CometLogLevel       string        `mapstructure:"comet-log-level"`
	// MinPeers is the floor of CometBFT peers below which the PeersLow alert fires
	// (sptn_node_min_peers beside sptn_node_peers).
	MinPeers int `mapstructure:"min-peers"`

	// The chain API's limits (docs/api.md, limits).
	APIHosts                   []string      `mapstructure:"api-hosts"`
	APIReadTimeout             time.Duration `mapstructure:"api-read-timeout"`
	APIWriteTimeout            time.Duration `mapstructure:"api-write-timeout"`
	APIIdleTimeout             time.Duration `mapstructure:"api-idle-timeout"`
	APIMaxStreams              int           `mapstructure:"api-max-streams"`
	APIMaxStreamsPerClient     int           `mapstructure:"api-max-streams-per-client"`
	APIBodyMemory              int64         `mapstructure:"api-body-memory"`
	APIMaxConnections          int           `mapstructure:"api-max-connections"`
	APIMaxConnectionsPerClient int           `mapstructure:"api-max-connections-per-client"`

	// PrivValidatorLaddr makes CometBFT sign through a remote signer (`sptn node signer`) that
	// dials this address (CometBFT's priv_validator_laddr) instead of the key file.
	PrivValidatorLaddr string `mapstructure:"priv-validator-laddr"`

	// SlashingProtection is where the attester key's signatures are recorded before they are
	// made (docs/operators.md).
	SlashingProtection Protection `mapstructure:"slashing-protection"`
}

// Protection is the node.slashing-protection section.
type Protection struct {
	// DatabaseURL is a PostgreSQL database shared by every copy of this sequencer; empty keeps
	// the records in the node's own store (one copy per key).
	DatabaseURL string `mapstructure:"database-url"`
	// DatabasePasswordFile holds the database password (never in the URL or the config).
	DatabasePasswordFile string `mapstructure:"database-password-file"`
	// Timeout bounds one claim: past it the node does not sign.
	Timeout time.Duration `mapstructure:"timeout"`
}

// Data-availability modes of node.da.
const (
	DACalldata = "calldata"
	DABlobs    = "blobs"
	DAAuto     = "auto"
)

// AutoBlobThreshold is where auto switches to blobs: 131,072 blob gas (one blob) costs what
// 3,277 bytes of calldata do at EIP-7623's floor of 40 gas per byte, at equal prices; blob gas
// is usually far cheaper, so above this a blob never costs more.
const AutoBlobThreshold = 131_072 / 40

// SealBlobs is whether this node seals a block with size bytes of transaction data in blobs:
// node.da, and with auto also whenever the data exceeds the chain's calldata limit.
func (n *Settings) SealBlobs(size int, p app.Params) bool {
	switch n.DA {
	case DABlobs:
		return true
	case DAAuto:
		return size > AutoBlobThreshold || size > p.MaxCalldataBlockBytes
	default:
		return false
	}
}

// Keys are the node section's keys with their defaults.
var Keys = []config.Key{
	{Name: "node.moniker", Default: "sptn-node", Help: "CometBFT moniker (a local name, never published to L1)"},
	{Name: "node.p2p-addr", Default: "tcp://127.0.0.1:26656", Help: "CometBFT P2P listen address", Flag: true},
	{Name: "node.external-addr", Default: "", Help: "host:port the other nodes dial to reach this one (behind NAT or a relay); empty is the P2P listen address"},
	{Name: "node.rpc-addr", Default: "tcp://127.0.0.1:26657", Help: "CometBFT RPC listen address; empty disables", Flag: true},
	{Name: "node.api-addr", Default: "127.0.0.1:8080", Help: "chain API listen address; empty disables", Flag: true},
	{Name: "node.peers", Default: []string{}, Help: "CometBFT persistent peers, id@host:port", Flag: true},
	{Name: "node.coinbase", Default: "", Help: "address credited with this node's block rewards; empty is the key's address"},
	{Name: "node.fee-per-da-gas", Default: uint64(1), Help: "the price per DA gas (wei) this node names when it proposes"},
	{Name: "node.fee-per-l2-gas", Default: uint64(1), Help: "the price per L2 gas (wei) this node names when it proposes"},
	{Name: "node.max-payload", Default: 0, Help: "removed: the chain's limits are in the genesis app_state (sptn node genesis --max-payload); must stay 0"},
	{Name: "node.max-block-txs", Default: 0, Help: "removed: the chain's limits are in the genesis app_state (sptn node genesis --max-block-txs); must stay 0"},
	{Name: "node.max-block-bytes", Default: 0, Help: "removed: the chain's limits are in the genesis app_state (sptn node genesis --max-calldata-block-bytes, --max-blob-block-bytes); must stay 0"},
	{Name: "node.da", Default: DAAuto, Help: "where proposed blocks' data goes on L1: calldata, blobs (EIP-4844), or auto (blobs once a block's data exceeds 3277 bytes)"},
	{Name: "node.max-queued", Default: 5000, Help: "queued user transactions beyond which this node's mempool refuses new ones (503); 0 is no bound but the chain's (genesis maxQueued)"},
	{Name: "node.seal-lead", Default: 1500 * time.Millisecond, Help: "how long before its slot starts the proposer seals the slot's block"},
	{Name: "node.timeout-commit", Default: 250 * time.Millisecond, Help: "CometBFT timeout_commit: the pause after each height"},
	{Name: "node.timeout-propose", Default: 3 * time.Second, Help: "CometBFT timeout_propose: how long a round waits for its proposal (a stopped validator's turn costs this)"},
	{Name: "node.l1-poll-interval", Default: 200 * time.Millisecond, Help: "how often the node reads L1's head and acts on it (sealing, publishing); the rollup's tips are read again only for a new block"},
	{Name: "node.publish", Default: true, Help: "publish attested blocks to L1 when this node's turn comes"},
	{Name: "node.kzg-process", Default: true, Help: "prove this node's seals' blob commitments and proofs, and its blob sidecars' cell proofs (EIP-7594), in child processes of this binary (sptn kzg-worker, one for each), so that their CPU does not hold the node's own scheduler from consensus and the API; false proves them in the node's process"},
	{Name: "node.kzg-nice", Default: 10, Help: "how many steps (nice(1)'s, 0 to 19) below the node's CPU priority the cell proofs' KZG worker of node.kzg-process runs: when the cores are short the kernel runs the node's consensus and API first; 0 runs it at the node's"},
	{Name: "node.kzg-spread", Default: kzgSpread, Help: "the factor (1 to 2) on the median of this node's KZG costs with which it sizes its seals of two blobs or more, so that the KZG work may run that much over its median and the block still make its slot; 1 sizes them at the medians (more blobs a block, more misses on a loaded machine)"},
	{Name: "node.admission-slots", Default: admissionSlots, Help: "how many slots of what this node measures its seals can carry the backlog (CometBFT's mempool and the queue the next proposer takes) may hold before the API and CheckTx refuse new user transactions (503, Retry-After): fewer is a shorter wait into the pending chain under overload, more keeps blocks full when the pool drains unevenly (0.5 to 8)"},
	{Name: "node.publishers", Default: []string{}, Help: "L1 accounts the node sends its proposes from, in order of preference: addresses of keys in keys.keystore (same password), the attester's own among them if it should publish; the node moves to the next when one is low (balance.min-eth) or stuck; empty is the attester key alone"},
	{Name: "node.publisher-stuck-after", Default: time.Minute, Help: "how long a publisher account's oldest transaction may wait unmined before the node publishes from the next one (node.publishers)"},
	{Name: "node.comet-log-level", Default: "error", Help: "CometBFT's own log level: debug, info or error"},
	{Name: "node.min-peers", Default: 2, Help: "the floor of CometBFT peers, exported as sptn_node_min_peers: below it the PeersLow alert fires (docs/operators.md)"},
	{Name: "node.api-hosts", Default: []string{}, Help: "host names the chain API answers to besides IP addresses and localhost (a Host header naming another is refused: DNS rebinding)"},
	{Name: "node.api-read-timeout", Default: 30 * time.Second, Help: "chain API: most time to read a request, body included"},
	{Name: "node.api-write-timeout", Default: 30 * time.Second, Help: "chain API: most time to write an answer (each event of a stream)"},
	{Name: "node.api-idle-timeout", Default: 2 * time.Minute, Help: "chain API: how long an idle keep-alive connection stays open"},
	{Name: "node.api-max-streams", Default: 256, Help: "chain API: most open /v1/events streams (more are refused with 503)"},
	{Name: "node.api-max-streams-per-client", Default: 16, Help: "chain API: most open /v1/events streams of one client, an IPv4 address or an IPv6 /64 (more are refused with 429)"},
	{Name: "node.api-max-connections", Default: 1024, Help: "chain API: most open connections; at it a new one takes the place of the one waiting longest (1 s or more) for a request, else it is answered 503 and closed; more than node.api-max-streams"},
	{Name: "node.api-max-connections-per-client", Default: 64, Help: "chain API: most open connections of one client (an IPv4 address, an IPv6 /64); at it a new one takes the place of the client's own waiting longest, else it is answered 429 and closed; behind a reverse proxy every client has the proxy's address"},
	{Name: "node.priv-validator-laddr", Default: "", Help: "CometBFT priv_validator_laddr: listen here for a remote signer (sptn node signer; unix:///path, or tcp://host:port on a loopback address) instead of signing with the key file; empty signs with the key file"},
	{Name: "node.slashing-protection.database-url", Default: "", Help: "PostgreSQL URL (postgres://user@host:5432/db?sslmode=verify-full, no password; a server on another machine must be verified: sslmode=verify-full or verify-ca) of the slashing-protection database every copy of this sequencer shares; empty keeps the records in the node's own store"},
	{Name: "node.slashing-protection.database-password-file", Default: "", Help: "file holding the slashing-protection database's password (mode 600); empty for none"},
	{Name: "node.slashing-protection.timeout", Default: 2 * time.Second, Help: "most time one slashing-protection claim may take; past it the node does not sign"},
	{Name: "node.api-body-memory", Default: int64(64 << 20), Help: "chain API: most bytes of request bodies held at once (a body that does not fit is refused with 503); at least 16777216, one full batch"},
}

func hostPort(s string) bool {
	_, _, err := net.SplitHostPort(strings.TrimPrefix(s, "tcp://"))
	return err == nil
}

// Check validates the shared and the node keys and reports every bad one.
func (c *Config) Check() error {
	var ch config.Checker
	c.Base.CheckInto(&ch)
	n := &c.Node
	ch.Want(n.Moniker != "", "node.moniker", n.Moniker, "a non-empty name")
	ch.Want(strings.HasPrefix(n.P2PAddr, "tcp://") && hostPort(n.P2PAddr), "node.p2p-addr", n.P2PAddr, "tcp://host:port")
	ch.Want(n.ExternalAddr == "" || hostPort(n.ExternalAddr), "node.external-addr", n.ExternalAddr, "host:port or empty")
	ch.Want(n.RPCAddr == "" || (strings.HasPrefix(n.RPCAddr, "tcp://") && hostPort(n.RPCAddr)), "node.rpc-addr", n.RPCAddr, "tcp://host:port or empty")
	ch.Want(n.APIAddr == "" || hostPort(n.APIAddr), "node.api-addr", n.APIAddr, "host:port or empty")
	for _, p := range n.Peers {
		id, addr, ok := strings.Cut(p, "@")
		ch.Want(ok && len(id) == 40 && hostPort(addr), "node.peers", p, "id@host:port with a 40-hex-digit node id")
	}
	ch.Want(n.Coinbase == "" || common.IsHexAddress(n.Coinbase), "node.coinbase", n.Coinbase, "a 0x address or empty")
	const moved = "unset: the chain's limits are consensus rules in the genesis app_state (params), set with `sptn node genesis` (docs/node.md)"
	ch.Want(n.MaxPayload == 0, "node.max-payload", n.MaxPayload, moved)
	ch.Want(n.MaxBlockTxs == 0, "node.max-block-txs", n.MaxBlockTxs, moved)
	ch.Want(n.MaxBlockBytes == 0, "node.max-block-bytes", n.MaxBlockBytes, moved)
	ch.Want(n.DA == DACalldata || n.DA == DABlobs || n.DA == DAAuto, "node.da", n.DA, "calldata, blobs or auto")
	ch.Want(n.MaxQueued >= 0, "node.max-queued", n.MaxQueued, "0 (no bound) or more")
	ch.Want(n.SealLead >= 0 && n.SealLead <= time.Minute, "node.seal-lead", n.SealLead, "0 to 1m (and below the slot duration)")
	ch.Want(n.TimeoutCommit >= 10*time.Millisecond && n.TimeoutCommit <= 30*time.Second, "node.timeout-commit", n.TimeoutCommit, "10ms to 30s")
	ch.Want(n.TimeoutPropose >= 100*time.Millisecond && n.TimeoutPropose <= time.Minute, "node.timeout-propose", n.TimeoutPropose, "100ms to 1m")
	ch.Want(n.L1PollInterval >= 50*time.Millisecond && n.L1PollInterval <= 10*time.Second, "node.l1-poll-interval", n.L1PollInterval, "50ms to 10s")
	seen := map[common.Address]bool{}
	for _, a := range n.Publishers {
		ok := strings.HasPrefix(a, "0x") && common.IsHexAddress(a) && !seen[common.HexToAddress(a)]
		ch.Want(ok, "node.publishers", a, "distinct 0x addresses of keys in keys.keystore")
		seen[common.HexToAddress(a)] = true
	}
	ch.Want(len(n.Publishers) <= 16, "node.publishers", len(n.Publishers), "at most 16 accounts")
	ch.Want(n.PublisherStuckAfter >= 5*time.Second && n.PublisherStuckAfter <= time.Hour, "node.publisher-stuck-after",
		n.PublisherStuckAfter, "5s to 1h")
	ch.Want(n.MinPeers >= 0 && n.MinPeers <= 1000, "node.min-peers", n.MinPeers, "0 to 1000")
	ch.Want(n.KZGNice >= 0 && n.KZGNice <= 19, "node.kzg-nice", n.KZGNice, "0 to 19")
	ch.Want(n.KZGSpread >= 1 && n.KZGSpread <= 2, "node.kzg-spread", n.KZGSpread, "1 to 2")
	ch.Want(n.AdmissionSlots >= 0.5 && n.AdmissionSlots <= 8, "node.admission-slots", n.AdmissionSlots, "0.5 to 8")
	ch.Want(n.CometLogLevel == "debug" || n.CometLogLevel == "info" || n.CometLogLevel == "error", "node.comet-log-level", n.CometLogLevel, "debug, info or error")
	for _, h := range n.APIHosts {
		ch.Want(h != "" && !strings.ContainsAny(h, ":/ ") && net.ParseIP(h) == nil, "node.api-hosts", h, "host names without port or scheme (IP addresses are always answered)")
	}
	ch.Want(n.APIReadTimeout >= time.Second && n.APIReadTimeout <= 10*time.Minute, "node.api-read-timeout", n.APIReadTimeout, "1s to 10m")
	ch.Want(n.APIWriteTimeout >= time.Second && n.APIWriteTimeout <= 10*time.Minute, "node.api-write-timeout", n.APIWriteTimeout, "1s to 10m")
	ch.Want(n.APIIdleTimeout >= time.Second && n.APIIdleTimeout <= time.Hour, "node.api-idle-timeout", n.APIIdleTimeout, "1s to 1h")
	ch.Want(n.APIMaxStreams >= 1 && n.APIMaxStreams <= 100_000, "node.api-max-streams", n.APIMaxStreams, "1 to 100000")
	ch.Want(n.APIMaxStreamsPerClient >= 1 && n.APIMaxStreamsPerClient <= n.APIMaxStreams, "node.api-max-streams-per-client",
		n.APIMaxStreamsPerClient, "1 to node.api-max-streams")
	ch.Want(n.APIMaxConnections >= 16 && n.APIMaxConnections <= 1_000_000 && n.APIMaxConnections > n.APIMaxStreams, "node.api-max-connections",
		n.APIMaxConnections, "16 to 1000000, and more than node.api-max-streams (event streams hold connections)")
	ch.Want(n.APIMaxConnectionsPerClient > n.APIMaxStreamsPerClient && n.APIMaxConnectionsPerClient <= n.APIMaxConnections,
		"node.api-max-connections-per-client", n.APIMaxConnectionsPerClient,
		"more than node.api-max-streams-per-client (a client's event streams hold connections) and at most node.api-max-connections")
	ch.Want(n.APIBodyMemory >= maxBatchBody && n.APIBodyMemory <= 16<<30, "node.api-body-memory", n.APIBodyMemory,
		fmt.Sprintf("%d (one full batch) to %d bytes", maxBatchBody, int64(16<<30)))
	if a := n.PrivValidatorLaddr; a != "" {
		tcp := strings.HasPrefix(a, "tcp://") && hostPort(a)
		ok := tcp || (strings.HasPrefix(a, "unix://") && len(a) > len("unix://"))
		ch.Want(ok, "node.priv-validator-laddr", a, "tcp://host:port, unix:///path or empty")
		ch.Want(!tcp || signer.Loopback(a), "node.priv-validator-laddr", a, signer.LoopbackOnly)
	}
	sp := &n.SlashingProtection
	if sp.DatabaseURL != "" {
		err := protect.CheckURL(sp.DatabaseURL)
		ch.Want(err == nil, "node.slashing-protection.database-url", config.Redact(sp.DatabaseURL), fmt.Sprintf("a postgres:// URL without a password: %v", err))
	}
	if sp.DatabasePasswordFile != "" {
		_, err := keys.ReadPassword(sp.DatabasePasswordFile, "")
		ch.Want(err == nil, "node.slashing-protection.database-password-file", sp.DatabasePasswordFile,
			fmt.Sprintf("a file holding the password, mode 600: %v", err))
		ch.Want(sp.DatabaseURL != "", "node.slashing-protection.database-password-file", sp.DatabasePasswordFile,
			"empty without node.slashing-protection.database-url")
	}
	ch.Want(sp.Timeout >= 100*time.Millisecond && sp.Timeout <= 30*time.Second, "node.slashing-protection.timeout", sp.Timeout, "100ms to 30s")
	return ch.Err()
}

// CoinbaseOr is the configured coinbase, or def.
func (n *Settings) CoinbaseOr(def common.Address) common.Address {
	if n.Coinbase == "" {
		return def
	}
	return common.HexToAddress(n.Coinbase)
}

func (n *Settings) String() string { return fmt.Sprintf("node %s", n.Moniker) }
