package node_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/chainapi"
)

// TestAcceptedTxSurvivesAKill9 (chaos soak: a transaction lost by a node killed right after
// accepting it): the API's 202 is a promise. With the chain halted (one of two validators
// stopped), a transaction accepted by node 0 sits in no block and in no other node's mempool;
// node 0 is killed with SIGKILL at once, so CometBFT's in-memory mempool loses it. Once both
// run again it must still reach the pending chain, once: the node kept it durably before
// answering and submits it again at its restart.
func TestAcceptedTxSurvivesAKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("integration test: starts anvil and two nodes")
	}
	t.Parallel() // a network of its own: see startNetwork
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	nw := startNetwork(ctx, t, netConfig{nodes: 2, slot: 4})
	procs := nw.procs
	eventually(t, 2*time.Minute, "the pending chain moves", func() (bool, string) {
		tp, err := procs[0].tips()
		return err == nil && tp.Pending.Number >= 2, fmt.Sprintf("%+v %v", tp, err)
	})
	procs[1].signal(syscall.SIGTERM) // two of two are the quorum: the chain halts

	res, err := http.Post(procs[0].api+"/v1/txs", "application/json",
		bytes.NewBufferString(`{"maxFeePerDaGas":"0x10","maxFeePerL2Gas":"0x10","payload":"0x6b696c6c2d39"}`))
	require.NoError(t, err)
	var sub chainapi.Submitted
	require.NoError(t, json.NewDecoder(res.Body).Decode(&sub))
	_ = res.Body.Close()
	require.Equal(t, http.StatusAccepted, res.StatusCode)
	procs[0].signal(syscall.SIGKILL)

	procs[0].start()
	procs[1].start()
	var st chainapi.Tx
	eventually(t, 3*time.Minute, "the accepted transaction on the pending chain", func() (bool, string) {
		err := getJSON(fmt.Sprintf("%s/v1/txs/%s", procs[1].api, sub.Hash), &st)
		ok := err == nil && (st.Status == chainapi.StatusPending || st.Status == chainapi.StatusAssured ||
			st.Status == chainapi.StatusProven || st.Status == chainapi.StatusFinalized)
		return ok, fmt.Sprintf("%+v %v", st, err)
	})
	// Node 0 holds it in the same block (the chain records a transaction once: a second copy
	// in a CometBFT block is refused as known).
	eventually(t, time.Minute, "node 0 holds it in the same block", func() (bool, string) {
		var st0 chainapi.Tx
		err := getJSON(fmt.Sprintf("%s/v1/txs/%s", procs[0].api, sub.Hash), &st0)
		return err == nil && st0.Block != nil && *st0.Block == *st.Block, fmt.Sprintf("%+v %v", st0, err)
	})
}
