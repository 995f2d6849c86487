package observe

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"

	"os"
	"path/filepath"
	"time"

	cmtjson "github.com/cometbft/cometbft/libs/json"
	"github.com/cometbft/cometbft/privval"
	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/sptn/sptn/agents/chainapi"
	"github.com/sptn/sptn/agents/devnet"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/node"
	"github.com/sptn/sptn/bindings/slasher"
	"github.com/sptn/sptn/bindings/staking"
)

// RPCTimeout bounds one read.
const RPCTimeout = 5 * time.Second

// Comet dials a node's CometBFT RPC.
func Comet(a *devnet.Agent) (*rpchttp.HTTP, error) {
	c, err := rpchttp.New(a.CometRPC, "/websocket")
	if err != nil {
		return nil, fmt.Errorf("%s: CometBFT RPC: %w", a.Name, err)
	}
	return c, nil
}

// CometStatus reads a node's chain id and latest height.
func CometStatus(ctx context.Context, a *devnet.Agent) (string, int64, error) {
	c, err := Comet(a)
	if err != nil {
		return "", 0, err
	}
	rctx, cancel := context.WithTimeout(ctx, RPCTimeout)
	defer cancel()
	st, err := c.Status(rctx)
	if err != nil {
		return "", 0, fmt.Errorf("%s: CometBFT status: %w", a.Name, err)
	}
	return st.NodeInfo.Network, st.SyncInfo.LatestBlockHeight, nil
}

// Validators reads the validator set of the latest height of node a's CometBFT, every page.
func Validators(ctx context.Context, a *devnet.Agent) ([]*cmttypes.Validator, error) {
	c, err := Comet(a)
	if err != nil {
		return nil, err
	}
	var out []*cmttypes.Validator
	perPage := 100
	for page := 1; ; page++ {
		rctx, cancel := context.WithTimeout(ctx, RPCTimeout)
		r, err := c.Validators(rctx, nil, &page, &perPage)
		cancel()
		if err != nil {
			return nil, fmt.Errorf("%s: validators: %w", a.Name, err)
		}
		out = append(out, r.Validators...)
		if page*perPage >= r.Total {
			return out, nil
		}
	}
}

// ValidatorOf reads node a's CometBFT validator key and its last-sign state from its home (the
// state is what the validator persisted before each signature left).
func ValidatorOf(a *devnet.Agent) (ValidatorKey, privval.FilePVLastSignState, error) {
	home := node.CometHome(filepath.Join(a.DataDir, "data"))
	var (
		k  privval.FilePVKey
		st privval.FilePVLastSignState
	)
	raw, err := os.ReadFile(filepath.Join(home, "config", "priv_validator_key.json"))
	if err != nil {
		return ValidatorKey{}, st, err
	}
	if err := cmtjson.Unmarshal(raw, &k); err != nil {
		return ValidatorKey{}, st, fmt.Errorf("%s: validator key: %w", a.Name, err)
	}
	raw, err = os.ReadFile(filepath.Join(home, "data", "priv_validator_state.json"))
	if err != nil {
		return ValidatorKey{}, st, err
	}
	if err := cmtjson.Unmarshal(raw, &st); err != nil {
		return ValidatorKey{}, st, fmt.Errorf("%s: last-sign state: %w", a.Name, err)
	}
	return ValidatorKey{Address: k.PubKey.Address(), PubKey: k.PubKey}, st, nil
}

// FetchBlock reads pending block number from a node's chain API (GET /v1/blocks/{number}).
func FetchBlock(ctx context.Context, api string, number uint64) (*chainapi.Block, error) {
	var b chainapi.Block
	if err := GetJSON(ctx, fmt.Sprintf("%s/v1/blocks/%d", api, number), &b); err != nil {
		return nil, fmt.Errorf("block %d: %w", number, err)
	}
	return &b, nil
}

// FetchBlockByHash reads a pending block, orphaned or not, by its hash (GET /v1/blocks/{hash}).
func FetchBlockByHash(ctx context.Context, api string, hash common.Hash) (*chainapi.Block, error) {
	var b chainapi.Block
	if err := GetJSON(ctx, fmt.Sprintf("%s/v1/blocks/%s", api, hash), &b); err != nil {
		return nil, fmt.Errorf("block %s: %w", hash, err)
	}
	return &b, nil
}

// ErrNotFound is a chain API answer 404: the node does not know what was asked.
var ErrNotFound = errors.New("not found")

// FetchTx reads what a node's chain API knows of a user transaction (GET /v1/txs/{hash});
// ErrNotFound if it never saw it.
func FetchTx(ctx context.Context, api string, hash common.Hash) (*chainapi.Tx, error) {
	var tx chainapi.Tx
	if err := GetJSON(ctx, fmt.Sprintf("%s/v1/txs/%s", api, hash), &tx); err != nil {
		return nil, fmt.Errorf("tx %s: %w", hash, err)
	}
	return &tx, nil
}

// GetJSON decodes the 200 answer of url into v; a 404 is ErrNotFound.
func GetJSON(ctx context.Context, url string, v any) error {
	rctx, cancel := context.WithTimeout(ctx, RPCTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(rctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	switch resp.StatusCode {
	case http.StatusOK:
		return json.NewDecoder(resp.Body).Decode(v)
	case http.StatusNotFound:
		return ErrNotFound
	}
	return fmt.Errorf("%s", resp.Status)
}

// Domain is the devnet rollup's EIP-712 domain.
func Domain(n *devnet.Network) (protocol.Domain, error) {
	addr, err := n.Deployments.Address("Rollup")
	if err != nil {
		return protocol.Domain{}, err
	}
	return protocol.Domain{ChainID: new(big.Int).SetUint64(n.Deployments.ChainID), Rollup: addr}, nil
}

// StakeOf reads an attester's stake and whether it is in the active set.
func StakeOf(ctx context.Context, n *devnet.Network, attester common.Address) (staking.IStakingStakeInfo, bool, error) {
	var info staking.IStakingStakeInfo
	addr, err := n.Deployments.Address("Staking")
	if err != nil {
		return info, false, err
	}
	c, err := n.Dial(ctx)
	if err != nil {
		return info, false, err
	}
	defer c.Close()
	st := staking.NewStaking()
	raw, err := c.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: st.PackGetStake(attester)}, nil)
	if err != nil {
		return info, false, err
	}
	if info, err = st.UnpackGetStake(raw); err != nil {
		return info, false, err
	}
	raw, err = c.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: st.PackIsActive(attester)}, nil)
	if err != nil {
		return info, false, err
	}
	active, err := st.UnpackIsActive(raw)
	return info, active, err
}

var equivocationSlashedID = slasher.NewSlasher().GetABI().Events["EquivocationSlashed"].ID

// EquivocationSlashes reads the Slasher's EquivocationSlashed events against attester since the
// deployment.
func EquivocationSlashes(ctx context.Context, n *devnet.Network, attester common.Address) ([]*slasher.SlasherEquivocationSlashed, error) {
	addr, err := n.Deployments.Address("Slasher")
	if err != nil {
		return nil, err
	}
	c, err := n.Dial(ctx)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{addr},
		FromBlock: new(big.Int).SetUint64(n.Deployments.Block),
		Topics:    [][]common.Hash{{equivocationSlashedID}, {common.BytesToHash(attester.Bytes())}}})
	if err != nil {
		return nil, fmt.Errorf("read EquivocationSlashed logs: %w", err)
	}
	sl := slasher.NewSlasher()
	var out []*slasher.SlasherEquivocationSlashed
	for i := range logs {
		ev, err := sl.UnpackEquivocationSlashedEvent(&logs[i])
		if err != nil {
			return nil, err
		}
		out = append(out, ev)
	}
	return out, nil
}

// PooledTx is a transaction in L1's pool (txpool_content, which anvil and geth both serve).
type PooledTx struct {
	From         common.Address  `json:"from"`
	To           *common.Address `json:"to"`
	Nonce        hexutil.Uint64  `json:"nonce"`
	MaxFeePerGas *hexutil.Big    `json:"maxFeePerGas"`
	Hash         common.Hash     `json:"hash"`
	// Queued is a transaction the pool cannot execute yet: a nonce above a gap.
	Queued bool `json:"-"`
}

// Pool reads every transaction of L1's pool, executable (pending) or not (queued).
func Pool(ctx context.Context, c *rpc.Client) ([]PooledTx, error) {
	var content struct {
		Pending map[string]map[string]PooledTx `json:"pending"`
		Queued  map[string]map[string]PooledTx `json:"queued"`
	}
	rctx, cancel := context.WithTimeout(ctx, RPCTimeout)
	defer cancel()
	if err := c.CallContext(rctx, &content, "txpool_content"); err != nil {
		return nil, fmt.Errorf("txpool_content: %w", err)
	}
	var out []PooledTx
	for _, byNonce := range content.Pending {
		for _, tx := range byNonce {
			out = append(out, tx)
		}
	}
	for _, byNonce := range content.Queued {
		for _, tx := range byNonce {
			tx.Queued = true
			out = append(out, tx)
		}
	}
	return out, nil
}
