package devnet

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sptn/sptn/agents/internal/deployments"
	"github.com/sptn/sptn/agents/internal/keys"
	"github.com/sptn/sptn/agents/node"
	"github.com/sptn/sptn/agents/node/app"
)

// Export is the input of ExportNodes: a network of nodes on separate machines against a real L1.
type Export struct {
	// Hosts are the machines' public P2P addresses (host:port), one node each.
	Hosts []string
	// L1RPCs are the L1 JSON-RPC endpoints every node uses, in failover order.
	L1RPCs []string
	// ChainID is the L1 chain id.
	ChainID uint64
	// Deployments is the deployments file of the suite on that L1 (script/Deploy.s.sol and
	// script/DeployRollup.s.sol write it).
	Deployments string
	// Out is the directory to write; it must not exist yet (nothing is overwritten).
	Out string
	// ChainName is the CometBFT chain id of the pending chain.
	ChainName string
	// L1BlockSpacing is the genesis's app.Params.L1BlockSpacing: the least seconds between two
	// L1 blocks that L1's consensus guarantees. nil takes app.KnownL1BlockSpacing(ChainID).
	L1BlockSpacing *uint64
	// Scrypt is the keystore's key derivation cost (keys.StandardScrypt for real machines, keys.LightScrypt for tests).
	Scrypt int
}

// ExportedNode is one node directory ExportNodes wrote.
type ExportedNode struct {
	Dir      string
	Host     string
	NodeID   string
	Attester common.Address
}

// Check names the first bad field of the export.
func (x *Export) Check() error {
	if len(x.Hosts) == 0 {
		return errors.New("hosts: name at least one host:port")
	}
	seen := map[string]bool{}
	for _, h := range x.Hosts {
		host, port, err := net.SplitHostPort(h)
		if err != nil || host == "" {
			return fmt.Errorf("hosts: %q: want host:port", h)
		}
		if p, err := strconv.Atoi(port); err != nil || p < 1 || p > 65535 {
			return fmt.Errorf("hosts: %q: port %q is not 1-65535", h, port)
		}
		if seen[h] {
			return fmt.Errorf("hosts: %q is named twice", h)
		}
		seen[h] = true
	}
	if len(x.L1RPCs) == 0 {
		return errors.New("l1-rpc: name at least one L1 JSON-RPC URL")
	}
	for _, u := range x.L1RPCs {
		if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
			return fmt.Errorf("l1-rpc: %q: want an http:// or https:// URL", u)
		}
	}
	if x.ChainID == 0 {
		return errors.New("chain-id: must not be 0")
	}
	if x.L1BlockSpacing != nil && *x.L1BlockSpacing > app.MaxL1BlockSpacing {
		return fmt.Errorf("l1-block-spacing: %d: want 0 to %d seconds", *x.L1BlockSpacing, app.MaxL1BlockSpacing)
	}
	if _, err := os.Stat(x.Out); err == nil {
		return fmt.Errorf("out: %s exists: export writes a new directory and overwrites nothing", x.Out)
	}
	return nil
}

// ExportNodes writes, for each host, a directory that runs one `sptn node` on that machine: a
// keystore with a new attester key and its password file (mode 0600), a CometBFT home (node key,
// validator key, the shared genesis), a copy of the deployments file and `sptn.yaml`, with paths
// relative to the directory (run `sptn node --config sptn.yaml` inside it). The deployments
// file's chain id must equal ChainID. It also writes attesters.txt and README.md with the
// governance steps that must happen on L1 before the nodes start.
func ExportNodes(x Export) ([]ExportedNode, error) {
	if err := x.Check(); err != nil {
		return nil, err
	}
	dep, err := deployments.Load(x.Deployments)
	if err != nil {
		return nil, fmt.Errorf("deployments: %w", err)
	}
	if dep.ChainID != x.ChainID {
		return nil, fmt.Errorf("deployments: %s is for chain %d, not chain-id %d", x.Deployments, dep.ChainID, x.ChainID)
	}
	depRaw, err := os.ReadFile(x.Deployments)
	if err != nil {
		return nil, err
	}
	if x.ChainName == "" {
		x.ChainName = "sptn"
	}
	if err := os.MkdirAll(x.Out, 0o700); err != nil {
		return nil, err
	}
	nodes := make([]ExportedNode, len(x.Hosts))
	vals := make([]node.GenesisValidator, len(x.Hosts))
	for i, h := range x.Hosts {
		dir := filepath.Join(x.Out, fmt.Sprintf("node-%d", i))
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, err
		}
		pw := make([]byte, 16)
		if _, err := rand.Read(pw); err != nil {
			return nil, err
		}
		if err := os.WriteFile(filepath.Join(dir, "password"), []byte(hex.EncodeToString(pw)), 0o600); err != nil {
			return nil, err
		}
		k, err := keys.New(filepath.Join(dir, "keystore"), hex.EncodeToString(pw), x.Scrypt)
		if err != nil {
			return nil, fmt.Errorf("node %d: %w", i, err)
		}
		id, err := node.InitHome(filepath.Join(dir, "data"))
		if err != nil {
			return nil, fmt.Errorf("node %d: %w", i, err)
		}
		if err := os.WriteFile(filepath.Join(dir, "deployments.json"), depRaw, 0o644); err != nil {
			return nil, err
		}
		nodes[i] = ExportedNode{Dir: dir, Host: h, NodeID: id.NodeID, Attester: k.Address}
		vals[i] = node.GenesisValidator{Identity: id, Attester: k.Address.Hex()}
	}
	genesis := filepath.Join(x.Out, "genesis.json")
	params := app.DefaultParams()
	params.L1BlockSpacing = app.KnownL1BlockSpacing(x.ChainID)
	if x.L1BlockSpacing != nil {
		params.L1BlockSpacing = *x.L1BlockSpacing
	}
	if err := node.WriteGenesis(genesis, x.ChainName, vals, &params); err != nil {
		return nil, err
	}
	raw, err := os.ReadFile(genesis)
	if err != nil {
		return nil, err
	}
	for i, nd := range nodes {
		if err := os.WriteFile(filepath.Join(node.CometHome(filepath.Join(nd.Dir, "data")), "config", "genesis.json"), raw, 0o600); err != nil {
			return nil, err
		}
		// The devnet's peer graph: beyond fullMesh nodes a full mesh costs more in vote gossip
		// (CometBFT sends every peer a HasVote for every vote) than the consensus itself, and
		// CometBFT accepts 40 inbound peers by default.
		var peers []string
		for _, j := range peersOf(i, len(nodes)) {
			peers = append(peers, nodes[j].NodeID+"@"+nodes[j].Host)
		}
		_, port, _ := net.SplitHostPort(nd.Host)
		var s settings
		s.set("l1.rpc-urls", x.L1RPCs)
		s.set("l1.chain-id", strconv.FormatUint(x.ChainID, 10))
		s.set("deployments", "deployments.json")
		s.set("keys.keystore", "keystore")
		s.set("keys.password-file", "password")
		s.set("data-dir", "data")
		s.set("metrics.addr", "127.0.0.1:7300")
		s.set("node.moniker", fmt.Sprintf("node-%d", i))
		s.set("node.p2p-addr", "tcp://0.0.0.0:"+port)
		s.set("node.external-addr", nd.Host)
		s.set("node.rpc-addr", "tcp://127.0.0.1:26657")
		s.set("node.api-addr", "127.0.0.1:8080")
		s.set("node.peers", peers)
		header := fmt.Sprintf("node-%d of an exported SPTN network, reached by its peers at %s.\n"+
			"Run inside this directory: sptn node --config sptn.yaml\n"+
			"Its attester key (%s) must authorise its stake (sptn gov authorize-stake), be staked and be added by the\n"+
			"deployment's governance first (README.md).",
			i, nd.Host, nd.Attester.Hex())
		if err := s.writeFile(filepath.Join(nd.Dir, "sptn.yaml"), header); err != nil {
			return nil, err
		}
	}
	return nodes, writeExportReadme(x, nodes)
}

func writeExportReadme(x Export, nodes []ExportedNode) error {
	var att, rows strings.Builder
	for i, nd := range nodes {
		fmt.Fprintln(&att, nd.Attester.Hex())
		fmt.Fprintf(&rows, "| node-%d | %s | %s | %s |\n", i, nd.Host, nd.NodeID, nd.Attester.Hex())
	}
	if err := os.WriteFile(filepath.Join(x.Out, "attesters.txt"), []byte(att.String()), 0o644); err != nil {
		return err
	}
	readme := "# Exported SPTN nodes\n\n" +
		"Written by `sptn devnet export` for chain " + strconv.FormatUint(x.ChainID, 10) + " (deployments file " +
		x.Deployments + "). One directory per machine:\n\n" +
		"| node | P2P address | CometBFT node id | attester |\n|---|---|---|---|\n" + rows.String() + "\n" +
		"1. Copy `node-N/` to machine N (it holds a keystore and its password: copy it over an encrypted channel and\n" +
		"   keep it readable by the node's user only). Open the P2P port to the other machines.\n" +
		"2. Fund each attester with ETH for L1 gas (it publishes blocks). Only an attester may open its own stake (it\n" +
		"   chooses the withdrawer, the one key that can exit and withdraw it): on each machine, inside its directory,\n" +
		"   `sptn gov authorize-stake --config sptn.yaml --withdrawer <withdrawer address>` signs the authorisation with\n" +
		"   the node's attester key and prints the `script/Stake.s.sol` command with which a funder stakes the AZT\n" +
		"   (`stakeWithAuthorization`). Then the deployment's governance adds each attester (`script/Sequencers.s.sol`\n" +
		"   `add(address)`; docs/governance.md). The addresses are in attesters.txt.\n" +
		"3. On each machine, inside its directory: `sptn node --config sptn.yaml`. `sptn config print --config sptn.yaml`\n" +
		"   shows the effective configuration; SPTN_* variables override the file (docs/config.md).\n"
	return os.WriteFile(filepath.Join(x.Out, "README.md"), []byte(readme), 0o644)
}
