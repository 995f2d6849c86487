package devnet

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/config"
	"github.com/sptn/sptn/agents/internal/keys"
	"github.com/sptn/sptn/agents/node"
)

func writeDeployments(t *testing.T, chainID int) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "deployments.json")
	raw := `{"chainId":` + itoa(chainID) + `,"block":1,"deployer":"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",` +
		`"contracts":{"Rollup":"0x5FbDB2315678afecb367f032d93F642f64180aa3"}}`
	require.NoError(t, os.WriteFile(p, []byte(raw), 0o644))
	return p
}

func itoa(i int) string { b, _ := json.Marshal(i); return string(b) }

// TestExportWritesConfigsTheNodeAccepts exports three nodes and checks each directory as a node
// on its machine would read it: the config passes the node's own checks, names every other node as
// a peer by its real id, and the keystore, password and genesis are where the config says.
func TestExportWritesConfigsTheNodeAccepts(t *testing.T) {
	out := filepath.Join(t.TempDir(), "net")
	x := Export{
		Hosts:   []string{"10.0.0.1:26656", "10.0.0.2:26656", "node3.example:30000"},
		L1RPCs:  []string{"https://l1-a.example/rpc", "https://l1-b.example/rpc"},
		ChainID: 11155111, Deployments: writeDeployments(t, 11155111), Out: out, Scrypt: keys.LightScrypt,
	}
	nodes, err := ExportNodes(x)
	require.NoError(t, err)
	require.Len(t, nodes, 3)

	genesis, err := os.ReadFile(filepath.Join(out, "genesis.json"))
	require.NoError(t, err)
	var doc struct {
		Validators []struct {
			Name string `json:"name"`
		} `json:"validators"`
		AppState json.RawMessage `json:"app_state"`
	}
	require.NoError(t, json.Unmarshal(genesis, &doc))
	require.Len(t, doc.Validators, 3)
	require.Contains(t, string(doc.AppState), `"l1BlockSpacing": 12`, "Sepolia's blocks are 12 s apart by its beacon slots")

	for i, n := range nodes {
		t.Run(filepath.Base(n.Dir), func(t *testing.T) {
			t.Chdir(n.Dir) // the node runs inside its directory
			require.Equal(t, x.Hosts[i], n.Host)
			require.Contains(t, string(doc.AppState), strings.ToLower(n.Attester.Hex()[2:]), "genesis maps a validator to attester %s", n.Attester)

			var cfg node.Config
			require.NoError(t, config.LoadFile(filepath.Join(n.Dir, "sptn.yaml"), &cfg, node.Keys...))
			require.NoError(t, cfg.Check())
			require.Equal(t, x.L1RPCs, cfg.L1.RPCURLs)
			require.Equal(t, x.ChainID, cfg.L1.ChainID)
			require.Equal(t, n.Host, cfg.Node.ExternalAddr)
			require.Equal(t, "tcp://0.0.0.0:"+strings.Split(n.Host, ":")[1], cfg.Node.P2PAddr)
			var want []string // three nodes: each dials the other two (peersOf)
			for j, o := range nodes {
				if j != i {
					want = append(want, o.NodeID+"@"+o.Host)
				}
			}
			require.Equal(t, want, cfg.Node.Peers)

			// The paths are relative to the node's directory, where it runs.
			st, err := os.Stat(filepath.Join(n.Dir, cfg.Keys.PasswordFile))
			require.NoError(t, err)
			require.Equal(t, os.FileMode(0o600), st.Mode().Perm(), "the password file is for the node's user only")
			list, err := keys.List(filepath.Join(n.Dir, cfg.Keys.Keystore))
			require.NoError(t, err)
			require.Len(t, list, 1)
			require.Equal(t, n.Attester, list[0].Address)
			mine, err := os.ReadFile(filepath.Join(node.CometHome(filepath.Join(n.Dir, cfg.DataDir)), "config", "genesis.json"))
			require.NoError(t, err)
			require.Equal(t, genesis, mine, "every node shares one genesis")
			_, err = os.Stat(filepath.Join(n.Dir, cfg.Deployments))
			require.NoError(t, err)
		})
	}
	att, err := os.ReadFile(filepath.Join(out, "attesters.txt"))
	require.NoError(t, err)
	require.Len(t, strings.Fields(string(att)), 3)

	_, err = ExportNodes(x)
	require.ErrorContains(t, err, "exists", "a second export must not overwrite the first")
}

// TestExportSpacingOverride: --l1-block-spacing overrides the chain id's spacing, 0 included (an
// anvil fork of mainnet keeps chain id 1 and guarantees no spacing).
func TestExportSpacingOverride(t *testing.T) {
	zero := uint64(0)
	x := Export{Hosts: []string{"a:1"}, L1RPCs: []string{"https://x"}, ChainID: 1, Deployments: writeDeployments(t, 1),
		Out: filepath.Join(t.TempDir(), "o"), Scrypt: keys.LightScrypt, L1BlockSpacing: &zero}
	_, err := ExportNodes(x)
	require.NoError(t, err)
	genesis, err := os.ReadFile(filepath.Join(x.Out, "genesis.json"))
	require.NoError(t, err)
	require.NotContains(t, string(genesis), "l1BlockSpacing")
}

func TestExportRefusesBadInput(t *testing.T) {
	dep := writeDeployments(t, 1)
	base := func() Export {
		return Export{Hosts: []string{"a:1"}, L1RPCs: []string{"https://x"}, ChainID: 1, Deployments: dep,
			Out: filepath.Join(t.TempDir(), "o"), Scrypt: keys.LightScrypt}
	}
	for _, c := range []struct {
		name string
		edit func(*Export)
		want string
	}{
		{"no hosts", func(x *Export) { x.Hosts = nil }, "hosts: name at least one"},
		{"no port", func(x *Export) { x.Hosts = []string{"a"} }, `hosts: "a": want host:port`},
		{"bad port", func(x *Export) { x.Hosts = []string{"a:70000"} }, "is not 1-65535"},
		{"twice", func(x *Export) { x.Hosts = []string{"a:1", "a:1"} }, "named twice"},
		{"no rpc", func(x *Export) { x.L1RPCs = nil }, "l1-rpc: name at least one"},
		{"ws rpc", func(x *Export) { x.L1RPCs = []string{"ws://x"} }, "want an http:// or https:// URL"},
		{"chain 0", func(x *Export) { x.ChainID = 0 }, "chain-id: must not be 0"},
		{"other chain", func(x *Export) { x.ChainID = 5 }, "is for chain 1, not chain-id 5"},
		{"spacing", func(x *Export) { x.L1BlockSpacing = new(uint64(61)) }, "l1-block-spacing: 61: want 0 to 60 seconds"},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := base()
			c.edit(&x)
			_, err := ExportNodes(x)
			require.ErrorContains(t, err, c.want)
		})
	}
}
