package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/big"
	"net"
	"os"
	"strings"
	"sync/atomic"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtcfg "github.com/cometbft/cometbft/config"
	cmtlog "github.com/cometbft/cometbft/libs/log"
	cmtnode "github.com/cometbft/cometbft/node"
	"github.com/cometbft/cometbft/p2p"
	"github.com/cometbft/cometbft/privval"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	"github.com/cometbft/cometbft/proxy"
	rpclocal "github.com/cometbft/cometbft/rpc/client/local"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/sptn/sptn/agents/internal/agent"
	"github.com/sptn/sptn/agents/internal/balance"
	"github.com/sptn/sptn/agents/internal/clock"
	"github.com/sptn/sptn/agents/internal/config"
	"github.com/sptn/sptn/agents/internal/keys"
	"github.com/sptn/sptn/agents/internal/kzgworker"
	"github.com/sptn/sptn/agents/internal/lifecycle"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/internal/txmgr"
	"github.com/sptn/sptn/agents/node/app"
	"github.com/sptn/sptn/agents/node/protect"
)

// ErrNotSynced is the readiness failure of a node that is still catching up.
var ErrNotSynced = errors.New("CometBFT is catching up (in block sync, or just out of it with most peers two commits or more ahead)")

// Service is a running node, assembled from the runtime's steps and the node's own.
type Service struct {
	cfg *Config
	rt  *agent.Runtime
	log *slog.Logger

	rollup *Rollup
	app    *app.App
	comet  *cmtnode.Node
	// inSync gates sealing and readiness on CometBFT being in sync (insync.go).
	inSync *syncGate
	live   atomic.Pointer[cmtnode.Node]
	drv    atomic.Pointer[driver]
	hub    *hub
	clk    *clock.Clock
	valPub []byte
	// valSign signs with the CometBFT validator key: a registration's proof of possession.
	valSign func([]byte) ([]byte, error)
	// prot is the attester key's slashing protection (seals, attestations, registrations).
	prot *protect.Guard
	// pubs are the accounts the node publishes from (node.publishers).
	pubs *publishers
}

// wrapApp wraps the application CometBFT runs; tests build a byzantine node with it (the
// byzantine build tag), the node itself runs the application as it is.
var wrapApp = func(a *app.App, _ *Service) abci.Application { return a }

// Run starts the node and blocks until ctx ends or a signal stops it.
func Run(ctx context.Context, cfg *Config, log *slog.Logger) error {
	s := &Service{cfg: cfg, rt: agent.New("node", &cfg.Base, log), log: log, hub: newHub()}
	return lifecycle.Run(ctx, log, cfg.ShutdownTimeout, s.Steps()...)
}

// Steps are the runtime's steps followed by the node's.
func (s *Service) Steps() []lifecycle.InitFunc {
	return append(s.rt.Steps(), s.initRollup, s.initProtection, s.initPublishers, s.initApp, s.initComet, s.initDriver, s.initAPI)
}

// checkSlotTiming refuses node settings that cannot work with the rollup's slot, naming the key,
// and returns a warning for those that work badly.
//
// A stopped or silent validator's turn as CometBFT proposer costs its height timeout_propose
// before the next round, and a seal that waits behind such a height misses its slot's L1 blocks.
// With one validator of four down and 4 s slots, 1 s (the devnet's) carried 336 tx/s of 800
// offered and the default 3 s 104 of 400 (docs/performance.md, byzantine-load): past a quarter of
// the slot is warned about. Not refused: a shorter timeout_propose also shortens PrepareProposal's
// budget (half of it), and on 2 s slots no value held with a validator down.
func checkSlotTiming(n *Settings, slot time.Duration) (string, error) {
	if n.SealLead >= slot {
		return "", fmt.Errorf("config key node.seal-lead = %s: want less than the rollup's slot duration %s", n.SealLead, slot)
	}
	if n.TimeoutPropose > slot/4 {
		return "node.timeout-propose is more than a quarter of the rollup's slot: each turn of a stopped validator as CometBFT " +
			"proposer delays its height by it, and a seal that waits behind such a height misses its slot's L1 blocks", nil
	}
	return "", nil
}

func (s *Service) initRollup(ctx context.Context, _ *lifecycle.Stack) error {
	addr, err := s.rt.Deployments.Address("Rollup")
	if err != nil {
		return err
	}
	r, err := NewRollup(ctx, s.rt.L1, addr)
	if err != nil {
		return err
	}
	slot := time.Duration(r.SlotDuration) * time.Second
	warn, err := checkSlotTiming(&s.cfg.Node, slot)
	if err != nil {
		return err
	}
	if warn != "" {
		s.log.Warn(warn, "timeout_propose", s.cfg.Node.TimeoutPropose, "slot", slot, "advised", slot/4)
	}
	// The chain bounds what a seal orphans by the ring it computes from the epoch length
	// (app.MaxOrphaned): a rollup whose ring differs runs other rules than this node's.
	if want := app.RingSize(r.EpochDuration); r.RingSize != 0 && r.RingSize != want {
		return fmt.Errorf("rollup %s: RING_SIZE is %d, this node's rules expect %d for %d-slot epochs (MAX_PROOF_WINDOW_EPOCHS %d): another rollup version",
			addr, r.RingSize, want, r.EpochDuration, app.MaxProofWindowEpochs)
	}
	s.rollup = r
	// The rollup's timing, for the alerts whose thresholds are in slots and epochs.
	slotSec := prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "sptn", Name: "rollup_slot_seconds", Help: "the rollup's slot duration"})
	epochSec := prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "sptn", Name: "rollup_epoch_seconds", Help: "the rollup's epoch duration"})
	slotSec.Set(float64(r.SlotDuration))
	epochSec.Set(float64(r.SlotDuration * r.EpochDuration))
	s.rt.Metrics.Prometheus().MustRegister(slotSec, epochSec)
	s.clk, err = clock.New(r.GenesisTime, time.Duration(r.SlotDuration)*time.Second, r.EpochDuration)
	if err != nil {
		return err
	}
	// CometBFT starts before the driver's first L1 read. Without an observation the clock is the
	// local one, and a restarted validator would judge seals' freshness in the wrong slot (on a
	// devnet warped ahead of wall time it refused every proposal with a seal, costing rounds).
	head, err := s.rt.L1.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("read L1 head: %w", err)
	}
	s.clk.ObserveHead(head.Number.Uint64(), head.Time)
	return nil
}

func (s *Service) domain() protocol.Domain {
	return protocol.Domain{ChainID: s.rt.L1.ChainID(), Rollup: s.rollup.addr}
}

// initProtection opens the attester key's slashing protection: the database shared by every copy
// of this sequencer, or the local record.
func (s *Service) initProtection(ctx context.Context, st *lifecycle.Stack) error {
	sp := &s.cfg.Node.SlashingProtection
	var owner common.Address
	if s.rt.Signer != nil {
		owner = s.rt.Signer.Address()
	}
	b, err := openProtection(ctx, sp, s.cfg.DataDir, s.rt.Store, owner, s.domain(), s.log.With("part", "protect"))
	if err != nil {
		return err
	}
	st.Push("slashing protection", func(context.Context) error { return b.Close() })
	s.prot = protect.NewGuard(b, sp.Timeout, s.log.With("part", "protect"), s.rt.Metrics.Prometheus())
	s.log.Info("slashing protection", "backend", b.Name(), "database", config.Redact(sp.DatabaseURL))
	return nil
}

// initPublishers opens the accounts of node.publishers, each with its own transaction manager
// and balance monitor (the attester's own reuses the runtime's); none listed is the attester key.
func (s *Service) initPublishers(ctx context.Context, st *lifecycle.Stack) error {
	n := &s.cfg.Node
	attester := &publisher{addr: s.rt.Signer.Address(), txs: s.rt.TxMgr, low: s.rt.Balance.Low}
	list := []*publisher{attester}
	if len(n.Publishers) > 0 {
		list = nil
		pw, err := keys.ReadPassword(s.cfg.Keys.PasswordFile, s.cfg.Keys.PasswordEnv)
		if err != nil {
			return fmt.Errorf("read keystore password: %w", err)
		}
		for _, a := range n.Publishers {
			addr := common.HexToAddress(a)
			if addr == attester.addr {
				list = append(list, attester)
				continue
			}
			signer, err := keys.Open(s.cfg.Keys.Keystore, addr, pw)
			if err != nil {
				return fmt.Errorf("config key node.publishers: %s: %w", addr, err)
			}
			m := txmgr.New(txmgr.ConfigFrom(s.cfg.TxMgr, s.rt.L1.ChainID()), s.rt.L1, signer, s.rt.Store, s.rt.Metrics, s.log)
			if err := m.Start(ctx); err != nil {
				return fmt.Errorf("start txmgr of publisher %s: %w", addr, err)
			}
			st.Push("txmgr "+addr.Hex(), m.Stop)
			b := balance.New(s.rt.L1, addr, balance.EthToWei(s.cfg.Balance.MinETH), s.cfg.Balance.Interval, s.rt.Metrics, s.log)
			st.Go("balance "+addr.Hex(), b.Run)
			list = append(list, &publisher{addr: addr, txs: m, low: b.Low})
		}
	}
	s.pubs = newPublishers(list, n.PublisherStuckAfter, s.log.With("part", "publishers"), s.rt.Metrics.Prometheus())
	addrs := make([]common.Address, len(list))
	for i, p := range list {
		addrs[i] = p.addr
	}
	s.log.Info("publishing proposes from", "accounts", addrs)
	return nil
}

func (s *Service) initApp(_ context.Context, _ *lifecycle.Stack) error {
	n := &s.cfg.Node
	// The EIP-4844 KZG context (commitments and blob proofs, which every member checks for
	// every blob block) loads on first use: load it now rather than in the ProcessProposal of
	// the first blob block, where it would stall the CometBFT round on every member at once. A
	// blob block may come whatever this node's node.da. It costs tens of milliseconds; the
	// cell-proof context (seconds) loads only when this node first proves a sidecar with cells.
	start := time.Now()
	if err := protocol.LoadKZG(); err != nil {
		return err
	}
	s.log.Info("KZG trusted setup loaded", "took", time.Since(start).Round(time.Millisecond))
	a, err := app.New(app.Config{
		Domain: s.domain(), GenesisTime: s.rollup.GenesisTime, SlotDuration: s.rollup.SlotDuration,
		EpochDuration: s.rollup.EpochDuration, MaxQueued: n.MaxQueued,
		MinFeePerDaGas: new(big.Int).SetUint64(n.FeePerDaGas), MinFeePerL2Gas: new(big.Int).SetUint64(n.FeePerL2Gas),
		// Half of timeout_propose for the mempool's content: the proposal must reach the others
		// before they give up on the round.
		PrepareBudget: n.TimeoutPropose / 2, Metrics: newAppMetrics(s.rt.Metrics.Prometheus()),
		Signer: s.rt.Signer, Protect: s.prot, L1: s.rollup, Anchors: s.rollup, Log: s.log.With("part", "app"), Now: s.clk.Now, Busy: s.busy,
		OnCommit: func(m app.Meta) {
			if d := s.drv.Load(); d != nil {
				d.onCommit(m)
			}
		},
		// The driver's estimate (l1Interval), by which it stops publishing a slot's block: a
		// seal may skip a slot no block holds from about that L1 block on (app.skipInterval).
		L1Interval: func() uint64 {
			if d := s.drv.Load(); d != nil {
				return d.l1Interval()
			}
			return 0
		},
	}, s.rt.Store)
	if err != nil {
		return err
	}
	s.app = a
	return nil
}

// busy reports CometBFT's mempool at 80% of its capacity or more, or a backlog (what the next
// proposer takes of the pool, and the mempool) past what the chain seals in node.admission-slots
// slots (driver.busyWith).
func (s *Service) busy() bool {
	n := s.live.Load()
	if n == nil {
		return false
	}
	inMempool := n.Mempool().Size()
	if inMempool >= n.Config().Mempool.Size*8/10 {
		return true
	}
	d := s.drv.Load()
	return d != nil && d.busyWith(inMempool)
}

// CometConfig is the CometBFT configuration of a node: its home, addresses, peers and timeouts
// come from the node's config; nothing is read from config.toml.
func CometConfig(dataDir string, n *Settings) *cmtcfg.Config {
	c := cmtcfg.DefaultConfig()
	c.SetRoot(CometHome(dataDir))
	c.Moniker = n.Moniker
	c.P2P.ListenAddress = n.P2PAddr
	c.P2P.ExternalAddress = n.ExternalAddr
	c.P2P.PersistentPeers = strings.Join(n.Peers, ",")
	c.P2P.AllowDuplicateIP = true
	c.P2P.AddrBookStrict = false
	c.RPC.ListenAddress = n.RPCAddr
	c.Consensus.TimeoutCommit = n.TimeoutCommit
	c.Consensus.TimeoutPropose = n.TimeoutPropose
	c.Instrumentation.Prometheus = false
	c.PrivValidatorListenAddr = n.PrivValidatorLaddr
	c.TxIndex.Indexer = "null"
	return c
}

func (s *Service) initComet(_ context.Context, st *lifecycle.Stack) error {
	c := CometConfig(s.cfg.DataDir, &s.cfg.Node)
	remote := c.PrivValidatorListenAddr != ""
	need := []string{c.GenesisFile(), c.NodeKeyFile()}
	if !remote {
		need = append(need, c.PrivValidatorKeyFile())
	}
	for _, f := range need {
		if _, err := os.Stat(f); err != nil {
			return fmt.Errorf("%w (in %s): %v", ErrNoHome, c.RootDir, err)
		}
	}
	if err := os.MkdirAll(c.DBDir(), 0o700); err != nil {
		return fmt.Errorf("create %s: %w", c.DBDir(), err)
	}
	nk, err := p2p.LoadNodeKey(c.NodeKeyFile())
	if err != nil {
		return fmt.Errorf("load node key: %w", err)
	}
	opt, err := cmtlog.AllowLevel(s.cfg.Node.CometLogLevel)
	if err != nil {
		return err
	}
	logger := cmtlog.NewFilter(cmtlog.NewTMLogger(cmtlog.NewSyncWriter(os.Stderr)), opt)
	// With a remote signer CometBFT listens on priv_validator_laddr and signs through it (NewNode
	// waits for the signer's public key); the node holds no validator key, so it cannot sign a
	// registration's proof of possession: a remote-signed validator is registered at genesis or
	// by hand (docs/operators.md).
	var signer cmttypes.PrivValidator
	if !remote {
		pv := privval.LoadOrGenFilePV(c.PrivValidatorKeyFile(), c.PrivValidatorStateFile())
		s.valPub = pv.Key.PubKey.Bytes()
		s.valSign = pv.Key.PrivKey.Sign
		signer = validatorSigner(pv, func() *p2p.Switch {
			if n := s.live.Load(); n != nil {
				return n.Switch()
			}
			return nil
		}, s.log)
	} else {
		if err := removeStaleSocket(c.PrivValidatorListenAddr); err != nil {
			return err
		}
		s.log.Info("CometBFT signs through a remote signer: waiting for it", "priv_validator_laddr", c.PrivValidatorListenAddr)
	}
	lostPeers := prometheus.NewCounter(prometheus.CounterOpts{Namespace: "sptn", Name: "node_p2p_lost_peers_closed_total",
		Help: "CometBFT peer connections the switch had lost track of that the node closed, and stopped peers it took out of the set (peerguard.go)"})
	guard := newPeerGuard(time.Second, 10*time.Second, s.log.With("part", "p2p"), lostPeers)
	n, err := cmtnode.NewNode(c, signer, nk, proxy.NewLocalClientCreator(wrapApp(s.app, s)), cmtnode.DefaultGenesisDocProviderFunc(c),
		cmtcfg.DefaultDBProvider, cmtnode.DefaultMetricsProvider(c.Instrumentation), logger,
		cmtnode.CustomReactors(map[string]p2p.Reactor{peerGuardName: guard}))
	if err != nil {
		return fmt.Errorf("create CometBFT node: %w", err)
	}
	if remote {
		pk, err := n.PrivValidator().GetPubKey()
		if err != nil {
			return fmt.Errorf("remote signer: read the validator key: %w", err)
		}
		s.valPub = pk.Bytes()
	}
	s.live.Store(n)
	if err := n.Start(); err != nil {
		return fmt.Errorf("start CometBFT: %w", err)
	}
	s.comet = n
	s.inSync = cometSyncGate(n, time.Duration(s.rollup.SlotDuration)*time.Second)
	st.Push("cometbft", func(context.Context) error {
		if err := n.Stop(); err != nil {
			return err
		}
		n.Wait()
		return nil
	})
	// CometBFT's own instrumentation is off (its collectors are global); the peer count is what
	// the PeersLow alert reads.
	reg := s.rt.Metrics.Prometheus()
	reg.MustRegister(lostPeers)
	reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: "sptn", Name: "node_peers",
		Help: "CometBFT peers this node is connected to"}, func() float64 { return float64(n.Switch().Peers().Size()) }))
	minPeers := prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "sptn", Name: "node_min_peers",
		Help: "the floor of CometBFT peers (node.min-peers) below which the node is short of peers"})
	minPeers.Set(float64(s.cfg.Node.MinPeers))
	reg.MustRegister(minPeers)
	s.rt.AddReadyCheck("synced", func(context.Context) error {
		if !s.inSync.synced() {
			return ErrNotSynced
		}
		return nil
	})
	s.log.Info("CometBFT started", "home", c.RootDir, "node_id", nk.ID(), "p2p", c.P2P.ListenAddress, "rpc", c.RPC.ListenAddress)
	return nil
}

func (s *Service) initDriver(ctx context.Context, st *lifecycle.Stack) error {
	clk := s.clk
	sen := newSentinel(s.app, s.rollup.EpochDuration, s.rt.Metrics.Prometheus())
	sen.seen = func(b *app.Block) []app.Attestation {
		atts, err := s.app.AttestationsOf(b, extendedVotes(s.comet.BlockStore().LoadBlockExtendedCommit(b.Height)))
		if err != nil {
			return nil // fewer than a quorum seen here, or no extended commit: the record alone
		}
		return atts
	}
	d := newDriver(&driver{sentinel: sen,
		app: s.app, rollup: s.rollup, rollupA: s.rollup.addr, clk: clk, bc: rpclocal.New(s.comet),
		txm: s.pubs, signer: s.rt.Signer, prot: s.prot, set: s.cfg.Node, domain: s.domain(),
		blobVersion: txmgr.BlobSidecarVersion(s.cfg.TxMgr.BlobProofs),
		log:         s.log.With("part", "driver"), tipsM: s.rt.Metrics, hub: s.hub, valPub: s.valPub, valSign: s.valSign,
		synced: s.inSync.synced,
		votes: func(h int64) []abci.ExtendedVoteInfo {
			return extendedVotes(s.comet.BlockStore().LoadBlockExtendedCommit(h))
		},
		blockHash:    s.rollup.BlockHash,
		proposeCalls: s.rollup.ProposeCalls,
		anchorAt: func(ctx context.Context, a app.Anchor, head *types.Header, floor uint64, prev *app.L1Block) (app.L1Block, error) {
			return s.rollup.AnchorBlock(ctx, a, head, anchorDepth, floor, prev)
		},
	}, s.rt.Metrics.Prometheus())
	s.startKZGWorker(d, st)
	if s.checkL1Spacing(ctx) {
		d.events.WithLabelValues("l1_spacing_broken").Inc() // the L1SpacingBroken alert
	}
	s.drv.Store(d)
	st.Go("driver", d.run)
	st.Go("sentinel", sen.run)
	sen.notify() // the record of the blocks committed before this start
	return nil
}

// startKZGWorker gives the driver its KZG workers (node.kzg-process): this binary run as
// `sptn kzg-worker`, started when the node first needs each and stopped with the node. One proves
// the commitments and blob proofs of this node's blob seals, at the node's priority; the other
// the cell proofs of its version-1 sidecars, node.kzg-nice below it. Their counts, labelled
// work="seals" or "cells", are sptn_node_kzg_worker_starts_total,
// sptn_node_kzg_worker_failures_total, sptn_node_kzg_worker_blobs_total and
// sptn_node_kzg_in_process_blobs_total; sptn_node_kzg_worker_nice_below_node is the priority
// each got.
func (s *Service) startKZGWorker(d *driver, st *lifecycle.Stack) {
	if !s.cfg.Node.KZGProcess || s.cfg.Node.DA == DACalldata {
		return
	}
	d.sealKZG = s.kzgWorker(kzgworker.Seals, 0, st)
	if d.blobVersion == types.BlobSidecarVersion1 {
		d.kzg = s.kzgWorker(kzgworker.Cells, s.cfg.Node.KZGNice, st)
	}
}

// kzgWorker returns a KZG worker for work, nice steps below the node's priority, with its
// metrics, stopped with the node.
func (s *Service) kzgWorker(work kzgworker.Work, nice int, st *lifecycle.Stack) *kzgworker.Worker {
	w := kzgworker.New(s.log.With("part", "kzg-worker", "work", work.String()), work, nice)
	opts := func(name, help string) prometheus.Opts {
		return prometheus.Opts{Namespace: "sptn", Subsystem: "node", Name: name, Help: help,
			ConstLabels: prometheus.Labels{"work": work.String()}}
	}
	counter := func(name, help string, f func(kzgworker.Stats) uint64) prometheus.Collector {
		return prometheus.NewCounterFunc(prometheus.CounterOpts(opts(name, help)), func() float64 { return float64(f(w.Stats())) })
	}
	s.rt.Metrics.Prometheus().MustRegister(
		counter("kzg_worker_starts_total", "KZG worker processes started (node.kzg-process), by the work they prove: seals (commitments and blob proofs) or cells (cell proofs)",
			func(s kzgworker.Stats) uint64 { return s.Starts }),
		counter("kzg_worker_failures_total", "KZG worker processes that failed: did not start, exited, answered wrong or not in time",
			func(s kzgworker.Stats) uint64 { return s.Failures }),
		counter("kzg_worker_blobs_total", "blobs the KZG worker proved",
			func(s kzgworker.Stats) uint64 { return s.Proven }),
		counter("kzg_in_process_blobs_total", "blobs proven in the node's process because its KZG worker failed, was down, or (seals) had not loaded its context yet",
			func(s kzgworker.Stats) uint64 { return s.InProcess }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts(opts("kzg_worker_nice_below_node",
			"how many nice steps below the node's CPU priority the KZG worker's highest-priority thread runs (what node.kzg-nice achieved for cells; 0 for seals); NaN while no worker has loaded its context")),
			func() float64 {
				if n, ok := w.NiceBelow(); ok {
					return float64(n)
				}
				return math.NaN()
			}))
	st.Push("KZG worker ("+work.String()+")", func(context.Context) error { return w.Close() })
	return w
}

func (s *Service) initAPI(_ context.Context, st *lifecycle.Stack) error {
	if s.cfg.Node.APIAddr == "" {
		return nil
	}
	a := newAPI(s.drv.Load(), s.app.Busy, limitsOf(&s.cfg.Node), s.log.With("part", "api"))
	if n := s.comet; n != nil {
		a.health = func() (int, bool) { return n.Switch().Peers().Size(), s.inSync.synced() }
	}
	// The accepted journal: what the API acknowledges is in the store before the answer, and
	// what the chain does not hold yet goes to the mempool again now (it died with the process
	// that held it) and whenever it waited long.
	a.journal = &journal{kv: s.rt.Store, bc: rpclocal.New(s.comet), log: s.log.With("part", "journal"),
		known: func(h common.Hash) bool { _, err := s.app.Tx(h); return err == nil }}
	st.Go("accepted journal", a.journal.run)
	if err := a.start(s.cfg.Node.APIAddr); err != nil {
		return err
	}
	s.rt.Metrics.Prometheus().MustRegister(append(a.conns.collectors(), a.requests)...)
	st.Push("chain API", a.stop)
	s.log.Info("chain API listening", "addr", s.cfg.Node.APIAddr)
	return nil
}

// extendedVotes are the votes of an extended commit as ABCI presents them (nil for none). The
// block store holds a height's extended commit before the application commits the height.
func extendedVotes(ec *cmttypes.ExtendedCommit) []abci.ExtendedVoteInfo {
	if ec == nil {
		return nil
	}
	out := make([]abci.ExtendedVoteInfo, 0, len(ec.ExtendedSignatures))
	for _, sig := range ec.ExtendedSignatures {
		out = append(out, abci.ExtendedVoteInfo{
			Validator:     abci.Validator{Address: sig.ValidatorAddress},
			BlockIdFlag:   cmtproto.BlockIDFlag(sig.BlockIDFlag),
			VoteExtension: sig.Extension,
		})
	}
	return out
}

// appMetrics counts what the application sheds and refuses (app.Metrics).
type appMetrics struct {
	shed, refused *prometheus.CounterVec
}

func newAppMetrics(reg prometheus.Registerer) *appMetrics {
	m := &appMetrics{
		shed: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "sptn", Name: "txs_shed_total",
			Help: "user transactions refused or dropped: busy, underpriced, below_floor, pool_full, expired, evicted"}, []string{"reason"}),
		refused: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "sptn", Name: "mempool_refused_total",
			Help: "other transactions the mempool refused, by kind"}, []string{"kind"}),
	}
	if reg != nil {
		reg.MustRegister(m.shed, m.refused)
	}
	return m
}

func (m *appMetrics) Shed(reason string, n int) { m.shed.WithLabelValues(reason).Add(float64(n)) }
func (m *appMetrics) Refused(kind string)       { m.refused.WithLabelValues(kind).Inc() }

// removeStaleSocket removes the unix socket of priv_validator_laddr that a node killed before
// it could close it left behind (CometBFT would fail to listen on it); one that a live process
// answers on is an error: another node listens there.
func removeStaleSocket(laddr string) error {
	p, ok := strings.CutPrefix(laddr, "unix://")
	if !ok {
		return nil
	}
	st, err := os.Lstat(p)
	if err != nil || st.Mode()&os.ModeSocket == 0 {
		return nil //nolint:nilerr // nothing there (or not a socket, which listening reports)
	}
	if c, err := net.DialTimeout("unix", p, time.Second); err == nil {
		_ = c.Close()
		return fmt.Errorf("config key node.priv-validator-laddr = %s: another process listens there", laddr)
	}
	if err := os.Remove(p); err != nil {
		return fmt.Errorf("remove the stale socket %s: %w", p, err)
	}
	return nil
}

// checkL1Spacing distrusts the chain's l1BlockSpacing on this node (app.DistrustL1Spacing) when
// its L1 answers web3_clientVersion as a development client that can mine two blocks in one
// second (devClient): a genesis made for geth or Ethereum run against anvil, or against an anvil
// fork of mainnet, which keeps mainnet's chain id. An L1 that does not answer is judged by its
// blocks alone (driver.follow). It reports whether it distrusts the spacing.
func (s *Service) checkL1Spacing(ctx context.Context) (distrusted bool) {
	sp := s.app.Params().L1BlockSpacing
	if sp == 0 {
		return false
	}
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	var version string
	if err := s.rt.L1.RPC().CallContext(cctx, &version, "web3_clientVersion"); err != nil {
		s.log.Warn("read L1's client version, to check the chain's l1BlockSpacing against it", "err", err)
		return false
	}
	if !devClient(version) {
		return false
	}
	s.app.DistrustL1Spacing()
	s.log.Error("the chain's l1BlockSpacing says L1 never makes two blocks closer than it, but L1 is a development client that can: this node judges slots as if L1 guaranteed no spacing (docs/operators.md, L1SpacingBroken)",
		"l1_client", version, "l1_block_spacing", sp)
	return true
}

// devClient reports whether an L1 client version (web3_clientVersion) names a development
// client that can mine two blocks with one time: anvil, Hardhat.
func devClient(version string) bool {
	v := strings.ToLower(version)
	return strings.HasPrefix(v, "anvil") || strings.HasPrefix(v, "hardhatnetwork")
}
