package node

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	cmtcfg "github.com/cometbft/cometbft/config"
	"github.com/cometbft/cometbft/p2p"
	"github.com/cometbft/cometbft/privval"
	"github.com/cometbft/cometbft/types"
	cmttime "github.com/cometbft/cometbft/types/time"

	"github.com/sptn/sptn/agents/node/app"
)

// ErrNoHome is a data directory without a CometBFT home: run `sptn node init` first.
var ErrNoHome = errors.New("no CometBFT home: run `sptn node init`")

// CometHome is the CometBFT home inside a node's data directory.
func CometHome(dataDir string) string { return filepath.Join(dataDir, "node", "cometbft") }

// Identity is what other nodes and the genesis need to know of a node: its P2P id and its
// validator key. Neither goes to L1.
type Identity struct {
	NodeID  string `json:"nodeId"`
	Address string `json:"address"` // CometBFT validator address (hex)
	PubKey  []byte `json:"pubKey"`  // ed25519 validator public key
}

// InitHome creates the CometBFT home of dataDir (config directories, the node key and the
// validator key with its last-sign state) if it does not exist, and returns the identity. The
// validator key is CometBFT's own ed25519 key, separate from the attester's keystore key.
func InitHome(dataDir string) (Identity, error) {
	cfg := cmtcfg.DefaultConfig()
	cfg.SetRoot(CometHome(dataDir))
	for _, d := range []string{filepath.Dir(cfg.GenesisFile()), filepath.Dir(cfg.PrivValidatorStateFile())} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			return Identity{}, fmt.Errorf("create %s: %w", d, err)
		}
	}
	pv := privval.LoadOrGenFilePV(cfg.PrivValidatorKeyFile(), cfg.PrivValidatorStateFile())
	nk, err := p2p.LoadOrGenNodeKey(cfg.NodeKeyFile())
	if err != nil {
		return Identity{}, fmt.Errorf("node key: %w", err)
	}
	pub := pv.Key.PubKey
	return Identity{NodeID: string(nk.ID()), Address: hex.EncodeToString(pub.Address()), PubKey: pub.Bytes()}, nil
}

// GenesisValidator is one validator of the genesis: its CometBFT identity and attester address.
type GenesisValidator struct {
	Identity
	Attester string `json:"attester"`
}

// WriteGenesis writes a CometBFT genesis with the validators at app.ValidatorPower, vote
// extensions from height 1, and as the application's state the validator-to-attester map and
// the chain's params (the consensus rules every node executes by; app.DefaultParams when nil).
func WriteGenesis(path, chainID string, vals []GenesisValidator, params *app.Params) error {
	p := app.DefaultParams()
	if params != nil {
		p = *params
	}
	if err := p.Check(); err != nil {
		return err
	}
	gs := app.GenesisState{Params: &p}
	doc := &types.GenesisDoc{ChainID: chainID, GenesisTime: cmttime.Now(), ConsensusParams: types.DefaultConsensusParams()}
	doc.ConsensusParams.ABCI.VoteExtensionsEnableHeight = 1
	for _, v := range vals {
		pub, err := pubKey(v.PubKey)
		if err != nil {
			return err
		}
		doc.Validators = append(doc.Validators, types.GenesisValidator{Address: pub.Address(), PubKey: pub, Power: app.ValidatorPower, Name: v.NodeID})
		var a app.GenesisValidator
		if err := json.Unmarshal([]byte(fmt.Sprintf(`{"attester":%q,"address":%q}`, v.Attester, v.Address)), &a); err != nil {
			return fmt.Errorf("validator %s: attester %q: %w", v.NodeID, v.Attester, err)
		}
		gs.Validators = append(gs.Validators, a)
	}
	state, err := json.Marshal(gs)
	if err != nil {
		return fmt.Errorf("encode app state: %w", err)
	}
	doc.AppState = state
	if err := doc.ValidateAndComplete(); err != nil {
		return fmt.Errorf("genesis: %w", err)
	}
	doc.GenesisTime = time.Now().UTC()
	return doc.SaveAs(path)
}
