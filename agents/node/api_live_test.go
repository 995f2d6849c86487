package node_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/chainapi"
	"github.com/sptn/sptn/agents/chainapi/apischema"
	"github.com/sptn/sptn/agents/node"
	"github.com/sptn/sptn/agents/statuspage/pagetest"
)

// answer is one request to a real node's API: its status and body, and the body checked against
// the schema's answer when want is the 2xx status expected (apischema.Error otherwise).
func answer(t *testing.T, method, url, answerKind string, wantCode int, body string) []byte {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	require.NoError(t, err)
	if method == http.MethodPost {
		req.Header.Set("Content-Type", "application/json")
	}
	res, err := (&http.Client{Timeout: 10 * time.Second}).Do(req)
	require.NoError(t, err)
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	require.Equal(t, wantCode, res.StatusCode, "%s %s: %s", method, url, b)
	require.NoError(t, apischema.Validate(answerKind, b), "%s %s", method, url)
	return b
}

// rank orders the statuses of blocks on the canonical pending chain.
var rank = map[string]int{chainapi.StatusPending: 0, chainapi.StatusAssured: 1, chainapi.StatusProven: 2, chainapi.StatusFinalized: 3}

// tier is the status the tips give a canonical block number n.
func tier(n uint64, t node.Tips) int {
	switch {
	case n <= t.Finalized.Number && t.Finalized.Number > 0:
		return 3
	case n <= t.Proven.Number && t.Proven.Number > 0:
		return 2
	case n <= t.Assured.Number && t.Assured.Number > 0:
		return 1
	}
	return 0
}

// TestChainAPIOnALiveNetwork runs every route of the chain API against a real network (four
// `sptn node` processes on anvil with the deployed suite, and a prover, so that all four chains
// move): each answer is the one docs/api/api.schema.json defines; every block's status lies
// between what the tips said before and after it was read and, for blocks on L1, L1 holds that
// very hash; lookup by number, by hash and `latest` agree; the event stream delivers tips as
// they move; the batch limit holds; a transaction goes from submitted to assured in a block that
// lists it. Then the status page, in headless Chromium against the same node, shows every panel
// filled with the network's data.
func TestChainAPIOnALiveNetwork(t *testing.T) {
	if testing.Short() {
		t.Skip("integration test: starts anvil, four nodes and a prover")
	}
	t.Parallel() // a network of its own: see startNetwork
	ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
	defer cancel()
	nw := startNetwork(ctx, t, netConfig{nodes: 4, slot: 4, rollupEnv: []string{"ROLLUP_PROPOSER_TIMEOUT=2", "ROLLUP_PROOF_WINDOW_EPOCHS=8"}})
	_, err := nw.devnet.StartProvers(ctx, sptnBin, 1)
	require.NoError(t, err)
	api := nw.procs[0].api
	tips := func() node.Tips {
		var tp node.Tips
		require.NoError(t, json.Unmarshal(answer(t, http.MethodGet, api+"/v1/tips", apischema.Tips, http.StatusOK, ""), &tp))
		return tp
	}

	eventually(t, 2*time.Minute, "the pending chain started", func() (bool, string) {
		tp, err := nw.procs[0].tips()
		return err == nil && tp.Pending.Number >= 1, fmt.Sprintf("%+v %v", tp, err)
	})
	// A user transaction, submitted early so that it is in an assured block by the end.
	var sub chainapi.Submitted
	require.NoError(t, json.Unmarshal(answer(t, http.MethodPost, api+"/v1/txs", apischema.Submitted, http.StatusAccepted,
		`{"maxFeePerDaGas":"0x10","maxFeePerL2Gas":"0x10","payload":"0x6c697665"}`), &sub))

	// All four chains move: the prover proves epochs and L1's finalized tag passes a proof.
	eventually(t, 4*time.Minute, "a block finalized", func() (bool, string) {
		tp, err := nw.procs[0].tips()
		return err == nil && tp.Finalized.Number >= 1 && tp.Pending.Number > tp.Assured.Number, fmt.Sprintf("%+v %v", tp, err)
	})

	t.Run("blocks: status by hash, by number, by hash and latest agree", func(t *testing.T) {
		// Walk the chain until one walk meets all four statuses (a proof is finalized about
		// 16 s after it lands, so proven and finalized are the same blocks part of the time).
		var before node.Tips
		eventually(t, 2*time.Minute, "one walk of the chain meeting every status", func() (bool, string) {
			before = tips()
			seen := walkBlocks(t, nw, api, before)
			return len(seen) == len(rank), fmt.Sprintf("statuses seen %v at tips %+v", seen, before)
		})
		latest := decodeBlock(t, answer(t, http.MethodGet, api+"/v1/blocks/latest", apischema.Block, http.StatusOK, ""))
		require.GreaterOrEqual(t, latest.Header.Number, before.Pending.Number)
		require.Equal(t, latest.Header.Number, decodeBlock(t, answer(t, http.MethodGet, fmt.Sprintf("%s/v1/blocks/%d", api, latest.Header.Number),
			apischema.Block, http.StatusOK, "")).Header.Number)
		answer(t, http.MethodGet, fmt.Sprintf("%s/v1/blocks/%d", api, latest.Header.Number+1000), apischema.Error, http.StatusNotFound, "")
		answer(t, http.MethodGet, api+"/v1/blocks/0x"+strings.Repeat("ab", 32), apischema.Error, http.StatusNotFound, "")
		answer(t, http.MethodGet, api+"/v1/blocks/nonsense", apischema.Error, http.StatusBadRequest, "")
	})

	t.Run("slot: the committee and proposer L1 has", func(t *testing.T) {
		var s chainapi.Slot
		require.NoError(t, json.Unmarshal(answer(t, http.MethodGet, api+"/v1/slot", apischema.Slot, http.StatusOK, ""), &s))
		committee, err := nw.r.UnpackGetEpochCommittee(nw.read(nw.r.PackGetEpochCommittee(new(big.Int).SetUint64(s.Epoch))))
		require.NoError(t, err)
		require.Equal(t, committee, s.Committee)
		out, err := nw.r.UnpackGetProposerAt(nw.read(nw.r.PackGetProposerAt(new(big.Int).SetUint64(s.Slot))))
		require.NoError(t, err)
		require.Equal(t, out.Proposer, s.Proposer)
		require.Equal(t, s.Proposer, s.Committee[s.ProposerIndex])
	})

	t.Run("validators: the record is the chain's (attestations at least), every member attested", func(t *testing.T) {
		var all chainapi.Validators
		require.NoError(t, json.Unmarshal(answer(t, http.MethodGet, api+"/v1/validators", apischema.Validators, http.StatusOK, ""), &all))
		require.Positive(t, all.LastSlot)
		// The same record, worked out from the blocks the API serves and the committees and
		// proposers L1 has.
		epochDur, err := nw.r.UnpackEPOCHDURATION(nw.read(nw.r.PackEPOCHDURATION()))
		require.NoError(t, err)
		committees := map[uint64][]common.Address{}
		committee := func(slot uint64) []common.Address {
			e := slot / epochDur.Uint64()
			if c, ok := committees[e]; ok {
				return c
			}
			c, err := nw.r.UnpackGetEpochCommittee(nw.read(nw.r.PackGetEpochCommittee(new(big.Int).SetUint64(e))))
			require.NoError(t, err)
			committees[e] = c
			return c
		}
		want := map[common.Address]*chainapi.ValidatorSummary{}
		at := func(a common.Address, slot uint64) *chainapi.ValidatorSummary {
			if want[a] == nil {
				want[a] = &chainapi.ValidatorSummary{Address: a, FirstSlot: slot}
			}
			want[a].LastSlot = slot
			return want[a]
		}
		prev := all.FirstSlot - 1    // the sentinel's first slot is a block's
		tip := tips().Pending.Number // read after the record: at or above its last block
		for n := uint64(1); n <= tip; n++ {
			b := decodeBlock(t, answer(t, http.MethodGet, fmt.Sprintf("%s/v1/blocks/%d", api, n), apischema.Block, http.StatusOK, ""))
			if b.Header.Slot > all.LastSlot {
				break
			}
			if b.Header.Slot < all.FirstSlot {
				continue
			}
			for slot := prev + 1; slot < b.Header.Slot; slot++ {
				out, err := nw.r.UnpackGetProposerAt(nw.read(nw.r.PackGetProposerAt(new(big.Int).SetUint64(slot))))
				require.NoError(t, err)
				at(out.Proposer, slot).MissedProposals++
			}
			prev = b.Header.Slot
			at(b.Proposer, b.Header.Slot).Proposed++
			if len(b.Attestations) == 0 {
				continue
			}
			signed := map[int]bool{}
			for _, a := range b.Attestations {
				signed[a.Index] = true
			}
			for i, m := range committee(b.Header.Slot) {
				if signed[i] {
					at(m, b.Header.Slot).Attested++
				} else {
					at(m, b.Header.Slot).MissedAttestations++
				}
			}
		}
		require.Len(t, all.Validators, len(want))
		var missed uint64
		for _, v := range all.Validators {
			w := want[v.Address]
			require.NotNil(t, w, "member %s", v.Address)
			// An attestation the chain's record lacks may have reached the node in the vote
			// extensions of the commit that sealed its block: attested there, not missed.
			require.GreaterOrEqual(t, v.Attested, w.Attested, "member %s attested at least what the chain records", v.Address)
			require.Equal(t, w.Attested+w.MissedAttestations, v.Attested+v.MissedAttestations, "member %s: the same duties", v.Address)
			missed += v.MissedAttestations
			v.Attested, v.MissedAttestations = w.Attested, w.MissedAttestations
			require.Equal(t, *w, v, "the rest of the record of %s is the chain's", v.Address)
		}
		for _, a := range nw.attesters {
			v := want[a]
			require.NotNil(t, v, "member %s has a record", a)
			require.Positive(t, v.Attested, "member %s attested", a)
			// The metrics count the same duties (and maybe more since).
			label := fmt.Sprintf(`sptn_validator_attestations_total{result="attested",validator="%s"}`, strings.ToLower(a.Hex()))
			require.GreaterOrEqual(t, metric(t, nw.procs[0], label), float64(v.Attested))
		}
		var one chainapi.Validator
		require.NoError(t, json.Unmarshal(answer(t, http.MethodGet, api+"/v1/validators/"+nw.attesters[1].Hex(), apischema.Validator, http.StatusOK, ""), &one))
		require.Equal(t, nw.attesters[1], one.Address)
		require.NotEmpty(t, one.Recent)
		answer(t, http.MethodGet, api+"/v1/validators/0x12", apischema.Error, http.StatusBadRequest, "")
		t.Logf("validators' record: slots %d to %d, %d members, %d missed attestations in all", all.FirstSlot, all.LastSlot, len(all.Validators), missed)
	})

	t.Run("events: a tips event at once, then the tips as they move", func(t *testing.T) {
		sctx, cancel := context.WithTimeout(ctx, time.Minute)
		defer cancel()
		req, err := http.NewRequestWithContext(sctx, http.MethodGet, api+"/v1/events", nil)
		require.NoError(t, err)
		res, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		defer res.Body.Close()
		require.Equal(t, http.StatusOK, res.StatusCode)
		require.Equal(t, "text/event-stream", res.Header.Get("Content-Type"))
		sc := bufio.NewScanner(res.Body)
		next := func() node.Tips {
			var event string
			for sc.Scan() {
				line := sc.Text()
				switch {
				case strings.HasPrefix(line, "event: "):
					event = strings.TrimPrefix(line, "event: ")
				case strings.HasPrefix(line, "data: "):
					require.Equal(t, "tips", event)
					data := []byte(strings.TrimPrefix(line, "data: "))
					require.NoError(t, apischema.Validate(apischema.Tips, data))
					var tp node.Tips
					require.NoError(t, json.Unmarshal(data, &tp))
					return tp
				}
			}
			require.NoError(t, sc.Err())
			t.Fatal("the stream ended")
			return node.Tips{}
		}
		first := next()
		require.NotZero(t, first.Pending.Number)
		for {
			tp := next()
			require.GreaterOrEqual(t, tp.L1Head, first.L1Head, "the stream never goes back in L1 time")
			if tp.Pending.Number > first.Pending.Number {
				break
			}
		}
	})

	t.Run("batch: its limits and one result per entry", func(t *testing.T) {
		one := `{"maxFeePerDaGas":"0x10","maxFeePerL2Gas":"0x10","payload":"0x%02x"}`
		entries := make([]string, node.MaxBatch+1)
		for i := range entries {
			entries[i] = fmt.Sprintf(one, i%256)
		}
		body := answer(t, http.MethodPost, api+"/v1/txs/batch", apischema.Error, http.StatusBadRequest, `{"txs":[`+strings.Join(entries, ",")+`]}`)
		require.Contains(t, string(body), "1001 transactions in a batch, want 1 to 1000")
		answer(t, http.MethodPost, api+"/v1/txs/batch", apischema.Error, http.StatusBadRequest, `{"txs":[]}`)
		answer(t, http.MethodPost, api+"/v1/txs/batch", apischema.Error, http.StatusBadRequest, `{"txs":`)
		var out chainapi.Batch
		require.NoError(t, json.Unmarshal(answer(t, http.MethodPost, api+"/v1/txs/batch", apischema.Batch, http.StatusOK,
			`{"txs":[`+fmt.Sprintf(one, 0xb1)+`,{"maxFeePerDaGas":"0x0","maxFeePerL2Gas":"0x0","payload":"0x01"},{"raw":"0x02"}]}`), &out))
		require.Len(t, out.Results, 3)
		require.Equal(t, http.StatusAccepted, out.Results[0].Code)
		require.Equal(t, http.StatusBadRequest, out.Results[1].Code)
		require.Contains(t, out.Results[1].Error, "max fees below the")
		require.Equal(t, http.StatusBadRequest, out.Results[2].Code)
	})

	t.Run("tx: submitted, then assured in a block that lists it", func(t *testing.T) {
		var tx chainapi.Tx
		eventually(t, time.Minute, "the transaction assured", func() (bool, string) {
			tx = chainapi.Tx{}
			_ = json.Unmarshal(answer(t, http.MethodGet, api+"/v1/txs/"+sub.Hash.Hex(), apischema.Tx, http.StatusOK, ""), &tx)
			return rank[tx.Status] >= rank[chainapi.StatusAssured], fmt.Sprintf("%+v", tx)
		})
		b := decodeBlock(t, answer(t, http.MethodGet, fmt.Sprintf("%s/v1/blocks/%d", api, tx.Number), apischema.Block, http.StatusOK, ""))
		require.Equal(t, *tx.Block, b.Hash)
		require.Contains(t, b.Txs, sub.Hash)
		require.GreaterOrEqual(t, rank[b.Status], rank[chainapi.StatusAssured])
		answer(t, http.MethodGet, api+"/v1/txs/0x"+strings.Repeat("cd", 32), apischema.Error, http.StatusNotFound, "")
		answer(t, http.MethodGet, api+"/v1/txs/0x12", apischema.Error, http.StatusBadRequest, "")
	})

	t.Run("status page: every panel filled", func(t *testing.T) {
		bctx := pagetest.Open(t, api+"/")
		p := pagetest.WaitFilled(t, bctx, time.Minute)
		var s chainapi.Slot
		require.NoError(t, json.Unmarshal(answer(t, http.MethodGet, api+"/v1/slot", apischema.Slot, http.StatusOK, ""), &s))
		require.Len(t, p.Committee, len(s.Committee))
		for _, row := range p.Committee {
			require.True(t, slices.ContainsFunc(s.Committee, func(a common.Address) bool { return strings.EqualFold(a.Hex(), row[1]) }),
				"committee row %v is a member", row)
		}
		tp := tips()
		for _, row := range p.Blocks {
			n, _ := pagetest.Number(row[0])
			require.LessOrEqual(t, n, tp.Pending.Number)
			b := decodeBlock(t, answer(t, http.MethodGet, fmt.Sprintf("%s/v1/blocks/%d", api, n), apischema.Block, http.StatusOK, ""))
			require.Equal(t, fmt.Sprint(b.Header.Slot), row[1], "block %d's slot on the page", n)
			require.Equal(t, fmt.Sprint(len(b.Txs)), row[2], "block %d's transactions on the page", n)
		}
		var vs chainapi.Validators
		require.NoError(t, json.Unmarshal(answer(t, http.MethodGet, api+"/v1/validators", apischema.Validators, http.StatusOK, ""), &vs))
		require.Contains(t, p.ValidatorsInfo, "synced", "the node is out of block sync, and the page says so")
		for _, row := range p.Validators {
			require.True(t, slices.ContainsFunc(vs.Validators, func(m chainapi.ValidatorSummary) bool {
				return strings.HasPrefix(row[0], strings.ToLower(m.Address.Hex())[:10])
			}), "validators row %v is a member with a record", row)
		}
		pend, _ := pagetest.Number(p.Tips["pending"])
		fin, _ := pagetest.Number(p.Tips["finalized"])
		require.Positive(t, fin, "the page shows a finalized tip")
		require.Greater(t, pend, fin)
		t.Logf("status page: tips %v, slot %s, epoch %s, %d committee rows, %d block rows, validators %q with %d rows, alerts %q",
			p.Tips, p.Slot, p.Epoch, len(p.Committee), len(p.Blocks), p.ValidatorsInfo, len(p.Validators), p.Alerts)
	})
}

// walkBlocks reads every block up to the pending tip the tips before name, by number, and
// requires of each: the documented answer; a status between what the tips said before and what
// they say after it was read; for a block on L1, that L1 holds its very hash; for the assured tip,
// the same block by hash. It returns the statuses it met.
func walkBlocks(t *testing.T, nw *network, api string, before node.Tips) map[string]bool {
	t.Helper()
	seen := map[string]bool{}
	for n := uint64(1); n <= before.Pending.Number; n++ {
		b := decodeBlock(t, answer(t, http.MethodGet, fmt.Sprintf("%s/v1/blocks/%d", api, n), apischema.Block, http.StatusOK, ""))
		after, err := nw.procs[0].tips()
		require.NoError(t, err)
		require.Equal(t, n, b.Header.Number)
		r, ok := rank[b.Status]
		require.True(t, ok, "block %d: status %q of a canonical block", n, b.Status)
		require.GreaterOrEqual(t, r, tier(n, before), "block %d is %s, the tips before say at least %d", n, b.Status, tier(n, before))
		require.LessOrEqual(t, r, tier(n, after), "block %d is %s, the tips after say at most %d", n, b.Status, tier(n, after))
		if r > 0 {
			h, err := nw.r.UnpackGetBlockHash(nw.read(nw.r.PackGetBlockHash(new(big.Int).SetUint64(n))))
			require.NoError(t, err)
			require.Equal(t, b.Hash, common.Hash(h), "block %d is %s: L1 holds its hash", n, b.Status)
		}
		seen[b.Status] = true
		if n == before.Assured.Number {
			byHash := decodeBlock(t, answer(t, http.MethodGet, api+"/v1/blocks/"+b.Hash.Hex(), apischema.Block, http.StatusOK, ""))
			byHash.Status = b.Status // it may have moved on meanwhile
			require.Equal(t, b, byHash, "by hash as by number")
		}
	}
	return seen
}

func decodeBlock(t *testing.T, raw []byte) chainapi.Block {
	t.Helper()
	var b chainapi.Block
	require.NoError(t, json.NewDecoder(bytes.NewReader(raw)).Decode(&b))
	return b
}
