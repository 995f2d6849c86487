# SPTN: the two commands a newcomer needs are `make devnet` and `make test`; both install what is
# missing first (npm ci for the Solidity toolchain, Go modules from the proxy).
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

NPM_BIN   := node_modules/@foundry-rs
FORGE     := $(NPM_BIN)/forge-linux-amd64/bin/forge
ANVIL     := $(NPM_BIN)/anvil-linux-amd64/bin/anvil
CAST      := $(NPM_BIN)/cast-linux-amd64/bin/cast
SPTN      := bin/sptn
GO        ?= go
# Every Go test binary is built with the race detector (docs/toolchain.md, "make test and -race"):
# the node's application, driver and API, the transaction manager and the agents' loops run
# in-process in their tests, where a data race fails the test.
GOFLAGS_TEST ?= -race -count=1 -timeout 20m
# The other packages (unit tests, and anvil-only tests, which need no slot timing) run two at a
# time first. The integration suites (in-process CometBFT networks, whole devnets) then also run
# two packages at a time: a devnet mostly waits on its slots (about one core of two in use,
# measured), and every timing check in them keeps a margin for a loaded machine.
# The longest first, one in each lane: the node package (about 340 s in make test) in one, chaos
# (140 s) then scenario (225 s) in the other, then the rest. (Scenario first, then node and
# chaos: 414 s in all at 26465a6. With ./agents/devnet/... right after the node package, the
# short devnet packages went first beside it and scenario ran last: 430 s.)
INTEGRATION_PKGS := ./agents/node ./agents/devnet/chaos ./agents/devnet/scenario ./agents/devnet/... ./script
UNIT_PKGS = $(shell $(GO) list ./... | grep -v -e '/agents/node$$' -e '/agents/devnet' -e '/script$$')
# geth for the devnet's `l1.client: geth` (docs/devnet.md): built from the go-ethereum module
# go.mod pins, into a project-local directory named after the version, so that a bump of the pin
# builds the matching geth and nothing is downloaded from anywhere but the Go module proxy.
GETH_VERSION = $(shell $(GO) list -m -f '{{.Version}}' github.com/ethereum/go-ethereum)
GETH_DIR     = .tools/geth-$(GETH_VERSION)
GETH         = $(GETH_DIR)/geth
# make scenarios runs this many devnets side by side (each its own L1 port and agent ports): two
# keep a whole run near 20 minutes on a 2-core machine with slot timing intact (docs/devnet.md).
SCENARIO_PARALLEL ?= 2
# CI=true selects foundry's ci profile (deep fuzz and invariant campaigns).
export FOUNDRY_PROFILE ?= $(if $(filter true,$(CI)),ci,default)

GIT_COMMIT := $(shell git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
LDFLAGS    := -X github.com/sptn/sptn/agents/internal/version.Commit=$(GIT_COMMIT)

.PHONY: help deps deps-system deps-browser deps-geth deps-postgres deps-prometheus build contracts sptn bindings check-bindings check-trees lint fmt test test-contracts \
        test-go test-go-packages test-ha-short test-geth test-ha sptn-broken sptn-byzantine scenarios scenarios-geth chaos soak devnet devnet-geth bench bench-gas gas-snapshots gas-docs check-gas-docs bench-node bench-devnet bench-devnet-geth bench-miss clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

# ---- toolchain -------------------------------------------------------------------------------
node_modules/.sptn-installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

deps: node_modules/.sptn-installed ## install the pinned toolchain (npm ci) and Go modules
	@$(GO) mod download

deps-system: ## the Debian packages the tests use, if missing (chromium, postgresql, prometheus), one install at a time
	@$(MAKE) --no-print-directory deps-browser; $(MAKE) --no-print-directory deps-postgres; $(MAKE) --no-print-directory deps-prometheus

# The slashing-protection tests start their own throwaway PostgreSQL server (agents/internal/pgtest)
# from Debian's postgresql package, whose binaries live in /usr/lib/postgresql/<version>/bin.
deps-postgres: ## install Debian's postgresql if missing (for the slashing-protection tests)
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || { \
	  echo "installing Debian's postgresql for the slashing-protection tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq postgresql >/dev/null; }

# The monitoring test (agents/devnet/monitor) runs a real Prometheus server and promtool from
# Debian's prometheus package against a devnet.
deps-prometheus: ## install Debian's prometheus if missing (for the alert and dashboard test)
	@command -v prometheus >/dev/null && command -v promtool >/dev/null || { \
	  echo "installing Debian's prometheus for the monitoring test"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends prometheus >/dev/null; }

# The status page's test drives Debian's Chromium headless (no browser download of its own).
deps-browser: ## install Debian's chromium if missing (for the status page test)
	@command -v chromium >/dev/null || { \
	  echo "installing Debian's chromium for the status page test"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

# go install builds geth with go-ethereum's own go.mod (a few CPU-minutes on 2 cores, once).
deps-geth: ## build geth from the go-ethereum version go.mod pins into .tools/, if missing (the devnet's `--l1 geth`)
	@v="$(GETH_VERSION)"; [ -n "$$v" ] || { echo "go.mod pins no github.com/ethereum/go-ethereum"; exit 1; }; \
	  if [ -x "$(GETH)" ]; then exit 0; fi; \
	  echo "building geth $$v into $(GETH_DIR) (go install, a few minutes)"; \
	  GOBIN="$(CURDIR)/$(GETH_DIR)" $(GO) install github.com/ethereum/go-ethereum/cmd/geth@$$v

# ---- build -----------------------------------------------------------------------------------
contracts: deps ## compile the contracts, tests and scripts with forge
	$(FORGE) build

sptn: deps ## build bin/sptn
	$(GO) build -ldflags "$(LDFLAGS)" -o $(SPTN) ./agents/cmd/sptn

build: contracts sptn ## build everything

bindings: contracts ## regenerate the Go bindings in bindings/ from forge's artifacts
	$(GO) run ./tools/genbindings -artifacts out -src contracts -out bindings

check-bindings: contracts ## fail if bindings/ does not match the contracts' ABIs
	$(GO) run ./tools/genbindings -artifacts out -src contracts -out bindings -check

# ---- checks ----------------------------------------------------------------------------------
check-trees: ## fail if a test/**/*.tree leaf names no test, a missing test, or an error its tests never assert
	$(GO) run ./tools/treecheck -trees test -tests test

lint: deps ## forge fmt --check, gofmt, go vet
	$(FORGE) fmt --check
	@bad="$$(gofmt -l $$(git ls-files --cached --others --exclude-standard '*.go' | grep -v '^bindings/'))"; \
	  if [ -n "$$bad" ]; then echo "gofmt would change:"; echo "$$bad"; echo "run: gofmt -w <files>"; exit 1; fi
	$(GO) vet ./...

fmt: deps ## format Solidity and Go sources
	$(FORGE) fmt
	gofmt -w $$(git ls-files --cached --others --exclude-standard '*.go' | grep -v '^bindings/')

# Docs whose gas tables are rendered from snapshots/*.json (between gas-snapshot markers).
GAS_DOCS := docs/performance.md docs/slashing.md

test-contracts: contracts ## forge test (FOUNDRY_PROFILE=ci when CI=true); fails if a gas snapshot in snapshots/ moved
	$(FORGE) test --gas-snapshot-check true

gas-snapshots: contracts ## re-measure the forge gas snapshots in snapshots/ and render them into the docs
	$(FORGE) test --match-path 'test/**/*Gas.t.sol' --gas-snapshot-check false
	$(MAKE) --no-print-directory gas-docs

gas-docs: ## render snapshots/*.json into the docs' gas tables
	$(GO) run ./tools/gasdocs -snapshots snapshots $(GAS_DOCS)

check-gas-docs: ## fail if a doc's gas table differs from snapshots/
	$(GO) run ./tools/gasdocs -snapshots snapshots -check $(GAS_DOCS)

# make test's short failover run (real PostgreSQL, remote signers, kill -9): make test-ha runs 8.
HA_FAILOVERS_SHORT ?= 2

test-go: test-go-packages test-ha-short ## go test -race ./... (integration tests start their own anvil and nodes), then a short TestFailoverNeverDoubleSigns

test-go-packages: sptn deps-browser deps-postgres deps-prometheus ## test-go without the failover run
	$(GO) test $(GOFLAGS_TEST) -p 2 $(UNIT_PKGS)
	$(GO) test $(GOFLAGS_TEST) -p 2 $(INTEGRATION_PKGS)
	$(GO) build -tags sptn_broken -o /dev/null ./agents/cmd/sptn
	$(GO) test -count=1 -tags sptn_broken ./agents/internal/testbreak/

test-ha-short: sptn deps-postgres ## the short TestFailoverNeverDoubleSigns of make test (HA_FAILOVERS_SHORT failovers)
	SPTN_HA_FAILOVERS=$(HA_FAILOVERS_SHORT) $(GO) test $(GOFLAGS_TEST) -tags ha -run '^TestFailoverNeverDoubleSigns$$' ./agents/node

# make test builds geth (make deps-geth: about 3.6 minutes of both cores on an empty Go build
# cache) in the background at the lowest CPU priority from its start, so that it takes the CPU
# that forge's single-threaded solc, the package installs and the slot-bound integration tests
# leave idle instead of adding its minutes at the end; the geth set waits for it. Its output is
# in .devnet/deps-geth.log, printed once it is done.
# The contracts (solc uses one core), bin/sptn and the Debian packages (the network) are made side
# by side first.
# The background build runs in a process group of its own (setsid), which the shell's EXIT trap
# stops as a whole, only while it still runs (jobs -r), when a step fails or on Ctrl-C or SIGTERM.
test: deps ## everything CI runs
	@mkdir -p .devnet; \
	  setsid nice -n 19 $(MAKE) --no-print-directory deps-geth > .devnet/deps-geth.log 2>&1 & geth=$$!; \
	  trap 'if [ -n "$$(jobs -pr)" ]; then kill -TERM -- -$$geth 2>/dev/null || true; wait $$geth 2>/dev/null || true; fi' EXIT; \
	  trap 'exit 130' INT; trap 'exit 143' TERM; \
	  $(MAKE) --no-print-directory -j3 --output-sync=target contracts sptn deps-system; \
	  $(MAKE) --no-print-directory build check-bindings check-trees check-gas-docs lint test-contracts test-go-packages; \
	  echo "make test: waiting for the geth build (.devnet/deps-geth.log)"; \
	  rc=0; wait $$geth || rc=$$?; trap - EXIT; \
	  [ $$rc = 0 ] || { cat .devnet/deps-geth.log; echo "make deps-geth failed"; exit 1; }; \
	  cat .devnet/deps-geth.log; \
	  $(MAKE) --no-print-directory -j2 --output-sync=line test-geth test-ha-short

# ---- benchmarks (numbers go to docs/performance.md, never into tests) -------------------------
bench-gas: contracts gas-snapshots ## forge gas snapshots, then rollup gas on anvil for committees of 4, 16, 48; rewrite docs/performance.md
	$(GO) run ./agents/cmd/gasbench -committees 4,16,48 -out docs/performance.md

bench-node: deps contracts ## measure the node: pending interval with 4 and 16 validators, throughput, the load curve (0.5x-10x of capacity) beside CometBFT's kvstore, latency, memory and CPU
	$(GO) test -tags bench -count=1 -timeout 30m -run 'TestBench(PendingInterval|Throughput)$$' -v ./agents/node/ | grep -E 'BENCH|^(---|ok|FAIL)'
	SPTN_BENCH_BATCH=50 SPTN_BENCH_RATES=1000 $(GO) test -tags bench -count=1 -timeout 30m -run 'TestBenchThroughput' -v ./agents/node/ | grep -E 'BENCH|^(---|ok|FAIL)'
	SPTN_BENCH_BATCH=50 SPTN_BENCH_PLOT=docs/performance-curve.png $(GO) test -tags bench -count=1 -timeout 60m -run 'TestBenchCurve' -v ./agents/node/ | grep -E 'BENCH|^(---|ok|FAIL)'

bin/kvnode: $(shell find agents -name '*.go') go.mod go.sum
	$(GO) build -o $@ ./agents/cmd/kvnode

BENCH_DEVNET_SIZES ?= 4 8 16 32 48
bench-devnet: build bin/kvnode ## committee-size sweep: for each size a devnet measured over 20+ slots from its first pending block, then CometBFT's kvstore with as many validators (JSON in .devnet/bench-devnet-SIZE.json, plot in docs/performance-sweep.png; docs/performance.md)
	@mkdir -p .devnet
	for n in $(BENCH_DEVNET_SIZES); do \
	  p=committee$$n; [ $$n = 4 ] && p=default; \
	  $(SPTN) devnet measure --profile $$p --duration 0s --kvstore bin/kvnode > .devnet/bench-devnet-$$n.json || exit 1; \
	  cat .devnet/bench-devnet-$$n.json; \
	done
	$(GO) run ./tools/sweepplot -out docs/performance-sweep.png \
	  $(foreach n,$(BENCH_DEVNET_SIZES),.devnet/bench-devnet-$(n).json)

# Committee 4 (profile default) idle and under load, on anvil and on geth, one after the other at
# one commit, so that the two L1s are compared on the same build and machine. The load is the
# node bench's 1,000 tx/s in batches of 50 (bench-node, which warps anvil in-process and cannot
# run on geth), offered over the devnet's window by sptn load's generator.
BENCH_GETH_WINDOW ?= 90s
BENCH_GETH_LOAD   ?= --load-tps 1000 --load-batch 50
bench-devnet-geth: build deps-geth ## committee 4 on anvil and on geth as L1, idle then under 1,000 tx/s: JSON in .devnet/bench-geth-{anvil,geth}{,-load}.json (docs/performance.md)
	@mkdir -p .devnet
	for run in idle load; do \
	  for l1 in anvil geth; do \
	    out=.devnet/bench-geth-$$l1.json; args=""; \
	    if [ $$run = load ]; then out=.devnet/bench-geth-$$l1-load.json; args="$(BENCH_GETH_LOAD)"; fi; \
	    echo "==> $$run on $$l1: $(SPTN) devnet measure --profile default --l1 $$l1 --duration $(BENCH_GETH_WINDOW) $$args > $$out"; \
	    $(SPTN) devnet measure --profile default --l1 $$l1 --duration $(BENCH_GETH_WINDOW) $$args > $$out || exit 1; \
	  done; \
	done
	cat .devnet/bench-geth-anvil.json .devnet/bench-geth-geth.json .devnet/bench-geth-anvil-load.json .devnet/bench-geth-geth-load.json

# A block made to miss L1 (every node's publishing switched off around it, with the broken
# build) every 6 slots, on geth and on anvil: how many slots after a missed one carry a block.
bench-miss: build sptn-broken deps-geth ## blocks made to miss L1 every 6 slots on geth (1 s blocks: a miss costs one slot) and on anvil (no spacing guaranteed: it still costs two), counting the slots after each that carry an assured block (docs/performance.md, "A miss costs one slot")
	@mkdir -p .devnet
	for p in geth default; do \
	  rm -rf .devnet/bench-miss-$$p; \
	  $(GO) run ./tools/missbench -profile $$p -out .devnet/bench-miss-$$p || exit 1; \
	done

bench: bench-gas bench-node bench-devnet bench-miss ## every benchmark (docs/performance.md)

sptn-broken: deps ## build bin/sptn-broken: sptn with -tags sptn_broken, for the scenarios' negative runs only
	$(GO) build -tags sptn_broken -ldflags "$(LDFLAGS)" -o bin/sptn-broken ./agents/cmd/sptn

sptn-byzantine: deps ## build bin/sptn-byzantine: sptn with -tags byzantine (agents/node/byzantine.go), for the byzantine scenarios only
	$(GO) build -tags byzantine -ldflags "$(LDFLAGS)" -o bin/sptn-byzantine ./agents/cmd/sptn

# make scenarios runs the anvil set (positive and negative runs), then every scenario geth supports
# on geth (make scenarios-geth); both are run even if the first fails, and either failing fails it.
scenarios: build sptn-broken sptn-byzantine ## every fault scenario on fresh devnets, then each one's negative run against a broken build (it must FAIL), then every scenario geth supports on geth
	@trap 'exit 130' INT; trap 'exit 143' TERM; rc=0; \
	  $(SPTN) devnet scenario all --negative --broken-bin bin/sptn-broken --byzantine-bin bin/sptn-byzantine --parallel $(SCENARIO_PARALLEL) || rc=$$?; \
	  $(MAKE) --no-print-directory scenarios-geth || rc=$$?; \
	  exit $$rc

# The chaos soak (docs/devnet.md): a nemesis draws faults from a seed while a checker reads the
# network. make test runs a 60 s seeded run (TestChaosSeeded); `make chaos` the longer seeded run
# as a Go test (build tag chaos, about 5 minutes). `make soak` is the long one; its report goes to
# SOAK_REPORT.
SOAK_PROFILE  ?= multihost
SOAK_SEED     ?= 1
SOAK_DURATION ?= 51m
SOAK_FAULTS   ?= 305
SOAK_REPORT   ?= .devnet/soak-report.json
SOAK_FLAGS    ?= --real-reorgs --settle 30s --byzantine-bin bin/sptn-byzantine
chaos: deps ## a short seeded chaos run (seed 17: nine faults over 150 s with light load) on a real devnet, as a Go test
	$(GO) test -race -count=1 -timeout 2m -tags chaos -run TestReorgL1Real ./agents/devnet
	$(GO) test -race -count=1 -timeout 15m -tags chaos -run TestChaosShort -v ./agents/devnet/chaos

soak: sptn sptn-byzantine ## the long chaos soak: SOAK_FAULTS faults over SOAK_DURATION on SOAK_PROFILE from SOAK_SEED (100+ kill -9, reorgs, partitions, byzantine nodes)
	$(SPTN) devnet chaos --profile $(SOAK_PROFILE) --seed $(SOAK_SEED) --duration $(SOAK_DURATION) --faults $(SOAK_FAULTS) --json $(SOAK_REPORT) $(SOAK_FLAGS)

# The geth set runs after test-go (from test's recipe, so also after it under make -j), one package
# at a time: its devnet runs in real time (4 s slots) and gets the machine to itself. It takes
# about 3 minutes here (the geth profile's Slasher acts at once, docs/devnet.md); building geth
# 3.6 minutes on an empty Go build cache, a link on a warm one.
test-geth: sptn deps-geth ## the geth set (part of make test): txmgr's blob replacements in geth's pool, happy path and crash-restart on a geth devnet
	$(GO) test $(GOFLAGS_TEST) -tags geth -p 1 -run Geth ./agents/internal/txmgr ./agents/devnet/scenario

test-ha: sptn deps-postgres ## copies of sequencers with remote signers on one PostgreSQL, killed in turn and at random (build tag ha; SPTN_HA_SEED, SPTN_HA_FAILOVERS)
	$(GO) test $(GOFLAGS_TEST) -tags ha -run '^(TestTwoCopiesOfASequencer|TestFailoverNeverDoubleSigns)$$' ./agents/node

scenarios-geth: build sptn-byzantine deps-geth ## every scenario geth supports, on geth devnets (anvil-only ones are skipped with the reason); part of make scenarios
	$(SPTN) devnet scenario all --profile geth --byzantine-bin bin/sptn-byzantine --parallel $(SCENARIO_PARALLEL)

# ---- run -------------------------------------------------------------------------------------
devnet: build ## run the whole network locally: anvil as L1, contracts deployed; Ctrl-C stops it
	$(SPTN) devnet up

devnet-geth: build deps-geth ## the whole network with geth --dev as L1 (profile geth: real time, blobs); Ctrl-C stops it
	$(SPTN) devnet up --profile geth

clean: ## remove build outputs
	rm -rf out cache bin .devnet broadcast
