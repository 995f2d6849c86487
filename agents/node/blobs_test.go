package node_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/chainapi"
	"github.com/sptn/sptn/agents/internal/proctree"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/node/app"
)

// TestBlobPublishing: with node.da = blobs, four nodes publish every block with
// Rollup.proposeWithBlobs in an EIP-4844 transaction on anvil (Osaka, cell proofs); L1's assured
// tip is the pending block, whose txsHash commits to the transaction's blob versioned hashes, and
// the blobs carry exactly the block's transactions.
func TestBlobPublishing(t *testing.T) {
	if testing.Short() {
		t.Skip("integration test: starts anvil and four nodes")
	}
	t.Parallel() // a network of its own: see startNetwork
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	nw := startNetwork(ctx, t, netConfig{nodes: 4, slot: 4, rollupEnv: []string{
		"ROLLUP_PROPOSER_TIMEOUT=2", "ROLLUP_PROOF_WINDOW_EPOCHS=8", "ROLLUP_FALLBACK_SLOTS=6"},
		nodeEnv: []string{"SPTN_NODE_DA=blobs", "SPTN_NODE_KZG_NICE=7"}})
	procs := nw.procs

	eventually(t, 2*time.Minute, "two blocks assured", func() (bool, string) {
		tp, err := procs[0].tips()
		return err == nil && tp.Assured.Number >= 2, fmt.Sprintf("%+v %v", tp, err)
	})

	// A user transaction, so that a block carries data, sent in a batch with a malformed one:
	// each gets its own verdict.
	body := `{"txs":[{"maxFeePerDaGas":"0x10","maxFeePerL2Gas":"0x10","payload":"0x626c6f6273"},{"raw":"0x02"}]}`
	res, err := http.Post(procs[1].api+"/v1/txs/batch", "application/json", bytes.NewBufferString(body))
	require.NoError(t, err)
	var out struct {
		Results []struct {
			Hash   common.Hash
			Status string
			Code   int
			Error  string
		}
	}
	require.NoError(t, json.NewDecoder(res.Body).Decode(&out))
	res.Body.Close()
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Len(t, out.Results, 2)
	require.Equal(t, http.StatusAccepted, out.Results[0].Code, "%+v", out.Results[0])
	require.Equal(t, "submitted", out.Results[0].Status)
	require.Equal(t, http.StatusBadRequest, out.Results[1].Code)
	require.Contains(t, out.Results[1].Error, "only user transactions")
	txHash := out.Results[0].Hash.Hex()
	var st struct {
		Status string
		Number uint64
	}
	eventually(t, 2*time.Minute, "user tx assured", func() (bool, string) {
		err := getJSON(procs[0].api+"/v1/txs/"+txHash, &st)
		return err == nil && (st.Status == "assured" || st.Status == "proven"), fmt.Sprint(st, err)
	})

	// The L1 transaction that assured the user transaction's block.
	var blk chainapi.Block
	require.NoError(t, getJSON(fmt.Sprintf("%s/v1/blocks/%d", procs[2].api, st.Number), &blk))
	require.True(t, blk.Blobs, "the block was sealed for blobs")
	logs, err := nw.c.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{nw.rollupAddr},
		Topics: [][]common.Hash{{crypto.Keccak256Hash([]byte("BlockProposed(uint256,uint256,bytes32,bool)"))},
			{common.BigToHash(new(big.Int).SetUint64(st.Number))}, nil, {blk.Hash}}})
	require.NoError(t, err)
	var tx *types.Transaction
	for _, l := range logs {
		tx, _, err = nw.c.TransactionByHash(ctx, l.TxHash)
		require.NoError(t, err)
	}
	require.NotNil(t, tx, "a BlockProposed log of the block's hash")
	require.Equal(t, uint8(types.BlobTxType), tx.Type())
	call, err := protocol.DecodeProposeCall(tx.Data())
	require.NoError(t, err)
	require.True(t, call.Blobs, "proposeWithBlobs")
	require.Equal(t, blk.Hash, protocol.HeaderHash(call.Header))
	require.Equal(t, protocol.BlobsTxsHash(tx.BlobHashes()), common.Hash(blk.Header.TxsHash))

	// The blobs hold the block's transactions: its only one is ours.
	raw := app.UserTx{MaxFeePerDaGas: big.NewInt(16), MaxFeePerL2Gas: big.NewInt(16), Payload: []byte("blobs")}.Encode()
	require.Equal(t, []common.Hash{app.TxHash(raw)}, blk.Txs)
	require.Equal(t, txHash, app.TxHash(raw).Hex())
	want, err := protocol.DataTxsHash(app.EncodeTxsData([][]byte{raw}))
	require.NoError(t, err)
	require.Equal(t, want, common.Hash(blk.Header.TxsHash))

	// The seals' commitments and blob proofs and the sidecars' cell proofs came from the nodes'
	// KZG workers (node.kzg-process), child processes of the nodes, and none from a node's own
	// process but the seals proven while the node's seals worker started: a seals worker at the
	// node's priority, a cells one node.kzg-nice (7 here) below it.
	//
	// A seal made while its node's seals worker starts is proven in the node (the worker is
	// started at the node's first turn as proposer; on a loaded machine the seal above may have
	// come first): transactions go on until a seal of new ones has been proven in a worker.
	sealed := func() (n float64) {
		for _, p := range procs {
			n += metric(t, p, `sptn_node_kzg_worker_blobs_total{work="seals"}`)
		}
		return n
	}
	polls := 0
	eventually(t, 2*time.Minute, "a seal proven in a seals worker", func() (bool, string) {
		if n := sealed(); n > 0 {
			return true, ""
		}
		if polls++; polls%8 == 1 { // a transaction every 4 s: a new list to seal, and prove
			body := fmt.Sprintf(`{"maxFeePerDaGas":"0x10","maxFeePerL2Gas":"0x10","payload":"0x%x"}`, fmt.Sprintf("seal %d", polls))
			res, err := http.Post(procs[polls%len(procs)].api+"/v1/txs", "application/json", bytes.NewBufferString(body))
			if err == nil {
				res.Body.Close()
			}
		}
		return false, "no blob proven in a seals worker yet"
	})
	proven := map[string]float64{}
	workers := map[string]map[int]int{"seals": {}, "cells": {}} // work -> node -> its worker's pid
	for _, p := range procs {
		for work := range workers {
			label := `{work="` + work + `"}`
			proven[work] += requireMetric(t, p, "sptn_node_kzg_worker_blobs_total"+label)
			require.Zero(t, requireMetric(t, p, "sptn_node_kzg_worker_failures_total"+label), "node %d, %s", p.i, work)
			if here := requireMetric(t, p, "sptn_node_kzg_in_process_blobs_total"+label); work == "cells" {
				require.Zero(t, here, "node %d, %s", p.i, work)
			}
		}
		for _, pid := range childrenRunning(t, p.cmd.Process.Pid, "kzg-worker") {
			cmdline, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
			require.NoError(t, err)
			for work := range workers {
				if bytes.Contains(cmdline, []byte("--work\x00"+work+"\x00")) {
					workers[work][p.i] = pid
				}
			}
		}
	}
	require.GreaterOrEqual(t, proven["cells"], float64(len(tx.BlobHashes())), "the cells workers proved the sidecar's blobs")
	require.Positive(t, proven["seals"], "the seals workers proved seals")
	for work := range workers {
		require.NotEmpty(t, workers[work], "a node's %s worker runs as its child", work)
	}
	// Every thread of a worker runs where it should: a cells worker node.kzg-nice below its
	// node's priority, a seals worker at it.
	for work, steps := range map[string]int{"cells": 7, "seals": 0} {
		for i, pid := range workers[work] {
			node, err := proctree.Nices(procs[i].cmd.Process.Pid)
			require.NoError(t, err)
			worker, err := proctree.Nices(pid)
			require.NoError(t, err)
			for _, n := range worker {
				require.Equal(t, min(node[0]+steps, 19), n, "node %d's %s worker threads at %v, the node's at %v", i, work, worker, node)
			}
			want := float64(min(node[0]+steps, 19) - node[0])
			eventually(t, 30*time.Second, "the node reports its worker's priority once the worker loaded its context", func() (bool, string) {
				got := metric(t, procs[i], `sptn_node_kzg_worker_nice_below_node{work="`+work+`"}`)
				return got == want, fmt.Sprintf("node %d, %s: %v, want %v", i, work, got, want)
			})
		}
	}

	// A node killed outright leaves no worker behind (kzgworker's TestAWorkerDiesWithItsNode
	// checks the parent-death signal behind it on its own).
	for i := range workers["cells"] {
		pids := childrenRunning(t, procs[i].cmd.Process.Pid, "kzg-worker")
		require.NotEmpty(t, pids, "node %d runs its workers", i)
		procs[i].signal(syscall.SIGKILL)
		for _, pid := range pids {
			eventually(t, 10*time.Second, "the killed node's KZG workers are gone", func() (bool, string) {
				return !proctree.Running(pid), fmt.Sprintf("pid %d", pid)
			})
		}
		break
	}
}

// childrenRunning are the pids of the processes whose parent is ppid and whose command line
// holds arg.
func childrenRunning(t *testing.T, ppid int, arg string) []int {
	t.Helper()
	kids, err := proctree.Children(ppid)
	require.NoError(t, err)
	var out []int
	for _, pid := range kids {
		cmdline, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
		if err == nil && bytes.Contains(cmdline, []byte(arg)) {
			out = append(out, pid)
		}
	}
	return out
}
