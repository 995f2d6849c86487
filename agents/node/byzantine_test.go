package node_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cometbft/cometbft/crypto/ed25519"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/chainapi"
	"github.com/sptn/sptn/agents/internal/keys"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/node"
	"github.com/sptn/sptn/agents/node/app"
)

var (
	byzOnce sync.Once
	byzBin  string
	byzErr  error
)

// byzantineBin builds sptn with the byzantine build tag (agents/node/byzantine.go), once.
func byzantineBin(t *testing.T) string {
	byzOnce.Do(func() {
		byzBin = filepath.Join(filepath.Dir(sptnBin), "sptn-byzantine")
		cmd := exec.Command("go", append(append([]string{"build", "-tags", "byzantine"}, buildFlags()...), "-o", byzBin, "../cmd/sptn")...)
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		byzErr = cmd.Run()
	})
	require.NoError(t, byzErr)
	return byzBin
}

// broadcast sends a transaction to a node's CometBFT RPC (broadcast_tx_sync), as any RPC client
// or peer can, and returns CheckTx's code and log.
func broadcast(p *proc, tx []byte) (uint32, string, error) {
	body := fmt.Sprintf(`{"jsonrpc":"2.0","id":1,"method":"broadcast_tx_sync","params":{"tx":%q}}`, base64.StdEncoding.EncodeToString(tx))
	c := http.Client{Timeout: 5 * time.Second}
	res, err := c.Post(p.rpc, "application/json", strings.NewReader(body))
	if err != nil {
		return 0, "", err
	}
	defer res.Body.Close()
	var out struct {
		Result struct {
			Code uint32 `json:"code"`
			Log  string `json:"log"`
		} `json:"result"`
		Error *struct {
			Message string `json:"message"`
			Data    string `json:"data"`
		} `json:"error"`
	}
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return 0, "", err
	}
	if out.Error != nil {
		return 0, "", fmt.Errorf("%s: %s", out.Error.Message, out.Error.Data)
	}
	return out.Result.Code, out.Result.Log, nil
}

// metric reads one sample of a node's /metrics, 0 when absent.
func metric(t *testing.T, p *proc, name string) float64 {
	v, _ := metricFound(t, p, name)
	return v
}

// requireMetric reads one sample of a node's /metrics, which must be there.
func requireMetric(t *testing.T, p *proc, name string) float64 {
	t.Helper()
	v, ok := metricFound(t, p, name)
	require.True(t, ok, "node %d serves %s", p.i, name)
	return v
}

// metricFound reads one sample of a node's /metrics and whether it is there.
func metricFound(t *testing.T, p *proc, name string) (float64, bool) {
	res, err := http.Get(p.metrics + "/metrics")
	require.NoError(t, err)
	defer res.Body.Close()
	sc := bufio.NewScanner(res.Body)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), name+" "); ok {
			f, err := strconv.ParseFloat(v, 64)
			require.NoError(t, err)
			return f, true
		}
	}
	return 0, false
}

// cometHeight is a node's CometBFT height (RPC /status).
func cometHeight(p *proc) (int64, error) {
	h, _, err := cometSync(p)
	return h, err
}

// cometSync is a node's CometBFT height and whether it is in block sync (RPC /status).
func cometSync(p *proc) (int64, bool, error) {
	var st struct {
		Result struct {
			SyncInfo struct {
				Height     string `json:"latest_block_height"`
				CatchingUp bool   `json:"catching_up"`
			} `json:"sync_info"`
		} `json:"result"`
	}
	if err := getJSON(p.rpc+"/status", &st); err != nil {
		return 0, false, err
	}
	h, err := strconv.ParseInt(st.Result.SyncInfo.Height, 10, 64)
	return h, st.Result.SyncInfo.CatchingUp, err
}

// TestFourNodesAgainstAByzantineMember (issue #15): one of four committee members is byzantine
// (a build of sptn with the byzantine tag): its attestations carry high-s signatures, and as
// CometBFT proposer it adds zero-fee transactions, an unsigned seal with 200 replaced blocks, a
// seal for a slot it does not propose and a registration squatting another validator's key. An
// RPC client floods every node with the same junk. The pending and assured chains keep moving,
// the honest members' blocks and attestations go to L1, the junk is refused where it enters (and
// counted), and a user's transaction goes from submission to assured.
func TestFourNodesAgainstAByzantineMember(t *testing.T) {
	if testing.Short() {
		t.Skip("integration test: starts anvil and four nodes")
	}
	t.Parallel() // a network of its own: see startNetwork
	bin := byzantineBin(t)
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	const byz = 3
	nw := startNetwork(ctx, t, netConfig{nodes: 4, slot: 4,
		rollupEnv: []string{"ROLLUP_PROPOSER_TIMEOUT=2", "ROLLUP_PROOF_WINDOW_EPOCHS=8"},
		nodeEnv:   []string{"SPTN_NODE_TIMEOUT_PROPOSE=1s"},
		binFor:    map[int]string{byz: bin}, envFor: map[int][]string{byz: {"SPTN_BYZANTINE=high-s,junk"}}})
	procs, honest := nw.procs, nw.procs[:byz]
	var base node.Tips
	eventually(t, 3*time.Minute, "two blocks assured despite the byzantine member", func() (bool, string) {
		tp, err := procs[0].tips()
		base = tp
		return err == nil && tp.Assured.Number >= 2, fmt.Sprintf("%+v %v", tp, err)
	})

	// An RPC client's junk, signed with the byzantine member's attester key where a signature is
	// needed: every node refuses all of it at CheckTx.
	signer, err := keys.Open(filepath.Join(nw.work, fmt.Sprintf("ks%d", byz)), nw.attesters[byz], "test-password")
	require.NoError(t, err)
	domain := protocol.Domain{ChainID: big.NewInt(31337), Rollup: nw.rollupAddr}
	junk := func(round int) map[string][]byte {
		var tip node.Tips
		_ = getJSON(procs[0].api+"/v1/tips", &tip)
		one := (*hexutil.Big)(big.NewInt(1))
		var replaced []app.Replaced
		parent := crypto.Keccak256Hash([]byte("junk"), []byte{byte(round)})
		for i := range 200 {
			h := protocol.Header{Number: uint64(5000 + i), ParentHash: parent, TxsHash: protocol.EmptyTxsHash,
				FeePerDaGas: big.NewInt(1), FeePerL2Gas: big.NewInt(1)}
			replaced = append(replaced, app.Replaced{Header: h})
			parent = protocol.HeaderHash(h)
		}
		unsigned := app.Seal{Slot: tip.Slot + 1, Number: 5200, Parent: parent, FeePerDaGas: one, FeePerL2Gas: one,
			Tip: tip.Pending.Hash, Proposer: nw.attesters[0], Signature: make([]byte, 65),
			Anchor: &app.Anchor{Number: 5199, Hash: parent, Slot: 1, Fork: 5000, Replaced: replaced}}
		misSigned := app.Seal{Slot: tip.Slot + 1, Number: tip.Pending.Number + 1, Parent: tip.Pending.Hash,
			FeePerDaGas: one, FeePerL2Gas: one, Tip: tip.Pending.Hash, Proposer: nw.attesters[0]} // not its key
		sig, err := signer.SignDigest(ctx, misSigned.Digest(domain))
		require.NoError(t, err)
		misSigned.Signature = sig
		// The squat: the byzantine attester with node 0's validator key, which it cannot sign with.
		squat := app.Registration{Attester: nw.attesters[byz], PubKey: nw.vals[0].PubKey, Nonce: 1}
		d := squat.Digest(domain)
		squat.Signature, err = signer.SignDigest(ctx, d)
		require.NoError(t, err)
		squat.KeySignature, err = ed25519.GenPrivKeyFromSecret([]byte("not node 0's key")).Sign(d[:])
		require.NoError(t, err)
		out := map[string][]byte{}
		for name, v := range map[string]any{"unsigned seal": unsigned, "mis-signed seal": misSigned, "squat": squat} {
			kind := app.KindSeal
			if name == "squat" {
				kind = app.KindRegister
			}
			raw, err := app.EncodeJSON(kind, v)
			require.NoError(t, err)
			out[name] = raw
		}
		out["zero fee"] = app.UserTx{MaxFeePerDaGas: new(big.Int), MaxFeePerL2Gas: new(big.Int), Payload: fmt.Appendf(nil, "free %d", round)}.Encode()
		return out
	}
	want := map[string]string{"unsigned seal": "seal refused", "mis-signed seal": "seal refused",
		"squat": "proof of possession", "zero fee": "fee floor"}
	floodCtx, stopFlood := context.WithCancel(ctx)
	floodDone := make(chan error, 1)
	go func() {
		defer close(floodDone)
		for round := 0; floodCtx.Err() == nil; round++ {
			for name, tx := range junk(round) {
				for _, p := range procs {
					code, log, err := broadcast(p, tx)
					if err != nil {
						continue // the node is busy; the flood goes on
					}
					if code == 0 || !strings.Contains(log, want[name]) {
						floodDone <- fmt.Errorf("node %d: %s: code %d, log %q", p.i, name, code, log)
						return
					}
				}
			}
			time.Sleep(250 * time.Millisecond)
		}
	}()

	// A user's transaction goes from submission to assured meanwhile.
	// On a connection of its own: a kept-alive one the server's idle timeout is closing at that
	// moment answers EOF (seen once here), which says nothing about the node.
	fresh := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{DisableKeepAlives: true}}
	res, err := fresh.Post(procs[1].api+"/v1/txs", "application/json",
		strings.NewReader(`{"maxFeePerDaGas":"0x10","maxFeePerL2Gas":"0x10","payload":"0x68656c6c6f"}`))
	require.NoError(t, err)
	var sub struct{ Hash common.Hash }
	require.NoError(t, json.NewDecoder(res.Body).Decode(&sub))
	res.Body.Close()
	require.Equal(t, http.StatusAccepted, res.StatusCode)
	eventually(t, 2*time.Minute, "a user's transaction assured", func() (bool, string) {
		var st struct{ Status string }
		err := getJSON(procs[0].api+"/v1/txs/"+sub.Hash.Hex(), &st)
		return err == nil && (st.Status == "assured" || st.Status == "proven"), fmt.Sprint(st.Status, err)
	})
	// The chains keep moving for several more slots under the attack.
	eventually(t, 3*time.Minute, "pending and assured chains moving", func() (bool, string) {
		tp, err := procs[0].tips()
		return err == nil && tp.Assured.Number >= base.Assured.Number+6 && tp.Pending.Number >= base.Pending.Number+8,
			fmt.Sprintf("from %+v to %+v %v", base, tp, err)
	})
	stopFlood()
	require.NoError(t, <-floodDone, "every node refused every piece of junk")

	// Honest members are not affected: they agree on the pending chain, their attestations are
	// on it (the byzantine member's never are: its high-s extensions were refused), L1's assured
	// tip is a block of it, and none of them stopped.
	end, err := procs[0].tips()
	require.NoError(t, err)
	epochLen, err := nw.r.UnpackEPOCHDURATION(nw.read(nw.r.PackEPOCHDURATION()))
	require.NoError(t, err)
	committee := func(slot uint64) []common.Address {
		c, err := nw.r.UnpackGetEpochCommittee(nw.read(nw.r.PackGetEpochCommittee(new(big.Int).SetUint64(slot / epochLen.Uint64()))))
		require.NoError(t, err)
		return c
	}
	attested := map[common.Address]bool{}
	for n := base.Pending.Number; n < end.Pending.Number; n++ {
		var blocks [3]chainapi.Block
		for i, p := range honest {
			require.NoError(t, getJSON(fmt.Sprintf("%s/v1/blocks/%d", p.api, n), &blocks[i]))
			require.Equal(t, blocks[0].Hash, blocks[i].Hash, "block %d: node %d agrees with node 0", n, i)
		}
		members := committee(blocks[0].Header.Slot)
		for _, at := range blocks[0].Attestations {
			require.NotEqual(t, nw.attesters[byz], members[at.Index], "block %d carries the byzantine member's attestation", n)
			attested[members[at.Index]] = true
		}
	}
	for i := range honest {
		require.True(t, attested[nw.attesters[i]], "honest member %d attests", i)
	}
	// The byzantine proposer's zero-fee transactions are in CometBFT blocks, and no honest node
	// ever queued one.
	var free []byte
	top, err := cometHeight(procs[0])
	require.NoError(t, err)
	for h := top; h > 0 && free == nil; h-- {
		var blk struct {
			Result struct {
				Block struct {
					Data struct{ Txs [][]byte } `json:"data"`
				} `json:"block"`
			} `json:"result"`
		}
		require.NoError(t, getJSON(fmt.Sprintf("%s/block?height=%d", procs[0].rpc, h), &blk))
		for _, tx := range blk.Result.Block.Data.Txs {
			if u, err := app.DecodeUserTx(tx, 1<<20); err == nil && u.MaxFeePerDaGas.Sign() == 0 {
				free = tx
				break
			}
		}
	}
	require.NotNil(t, free, "the byzantine proposer's zero-fee transactions reached blocks")
	for _, p := range honest {
		err := getJSON(p.api+"/v1/txs/"+app.TxHash(free).Hex(), new(struct{}))
		require.ErrorContains(t, err, "404", "node %d never queued it", p.i)
	}
	var assured chainapi.Block
	require.NoError(t, getJSON(fmt.Sprintf("%s/v1/blocks/%d", procs[1].api, end.Assured.Number), &assured))
	require.Equal(t, end.Assured.Hash, assured.Hash, "L1's assured tip is a block of the pending chain")
	for _, p := range honest {
		log, err := os.ReadFile(p.logPath)
		require.NoError(t, err)
		require.NotContains(t, string(log), "CONSENSUS FAILURE", "node %d", p.i)
		// The byzantine proposer's zero-fee transactions reached blocks and were refused by
		// execution; the RPC client's junk was refused at the mempool; both are counted.
		require.Positive(t, metric(t, p, `sptn_txs_shed_total{reason="below_floor"}`), "node %d", p.i)
		require.Positive(t, metric(t, p, `sptn_mempool_refused_total{kind="seal"}`), "node %d", p.i)
		require.Positive(t, metric(t, p, `sptn_mempool_refused_total{kind="registration"}`), "node %d", p.i)
	}
	// Node 0's validator key is still node 0's: the CometBFT set holds the four genesis keys.
	var vs struct {
		Result struct {
			Validators []struct {
				PubKey struct{ Value []byte } `json:"pub_key"`
			} `json:"validators"`
		} `json:"result"`
	}
	require.NoError(t, getJSON(procs[0].rpc+"/validators", &vs))
	var keys [][]byte
	for _, v := range vs.Result.Validators {
		keys = append(keys, v.PubKey.Value)
	}
	require.Len(t, keys, 4)
	require.True(t, slicesContainsBytes(keys, nw.vals[0].PubKey), "node 0's key is in the set")
}

func slicesContainsBytes(xs [][]byte, x []byte) bool {
	for _, v := range xs {
		if bytes.Equal(v, x) {
			return true
		}
	}
	return false
}

// TestFourNodesDivergentParamsAreCaught (issue #15, finding 4): the chain's limits are in the
// genesis app_state and the app hash commits to the state. Three nodes run with different local
// settings (admission floors, pool bound, poll interval) and agree; the fourth was given a
// genesis whose params differ (max block transactions): its app hash differs from the first
// block on, CometBFT refuses the others' blocks on it, and it stops, while the three go on.
func TestFourNodesDivergentParamsAreCaught(t *testing.T) {
	if testing.Short() {
		t.Skip("integration test: starts anvil and four nodes")
	}
	t.Parallel() // a network of its own: see startNetwork
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	odd := app.DefaultParams()
	odd.MaxBlockTxs = 1
	nw := startNetwork(ctx, t, netConfig{nodes: 4, slot: 4,
		rollupEnv: []string{"ROLLUP_PROPOSER_TIMEOUT=2", "ROLLUP_PROOF_WINDOW_EPOCHS=8"},
		nodeEnv:   []string{"SPTN_NODE_TIMEOUT_PROPOSE=1s"},
		envFor: map[int][]string{
			0: {"SPTN_NODE_FEE_PER_DA_GAS=2", "SPTN_NODE_MAX_QUEUED=10"},
			1: {"SPTN_NODE_L1_POLL_INTERVAL=300ms", "SPTN_NODE_MAX_QUEUED=0"},
		},
		genesisFor: map[int]*app.Params{3: &odd}})
	procs := nw.procs
	eventually(t, 3*time.Minute, "three nodes sealing and assuring", func() (bool, string) {
		tp, err := procs[0].tips()
		return err == nil && tp.Assured.Number >= 3, fmt.Sprintf("%+v %v", tp, err)
	})
	h0, err := cometHeight(procs[0])
	require.NoError(t, err)
	for i := 1; i < 3; i++ {
		hi, err := cometHeight(procs[i])
		require.NoError(t, err)
		require.InDelta(t, h0, hi, 3, "node %d keeps up", i)
	}
	h3, err := cometHeight(procs[3])
	require.NoError(t, err)
	require.Less(t, h3, int64(2), "the node with other params stopped at the first block")
	log, err := os.ReadFile(procs[3].logPath)
	require.NoError(t, err)
	require.Contains(t, string(log), "AppHash", "CometBFT names the app hash it refused")
}
