//go:build ha

// The high-availability tests (build tag ha) start PostgreSQL, six nodes and up to four signers.
// `make test-ha` runs both, TestFailoverNeverDoubleSigns with 8 failovers; `make test` runs
// TestFailoverNeverDoubleSigns alone with 2 (HA_FAILOVERS_SHORT), which is what its budget has
// room for beside the package's other networks.

package node_test

import (
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/pgtest"
	"github.com/sptn/sptn/agents/internal/protocol"
	"github.com/sptn/sptn/agents/node"
)

// TestTwoCopiesOfASequencer: sequencer 0 runs as two copies at once (one attester keystore, one
// CometBFT validator key), each with its own remote signer process (`sptn node signer`), all
// four sharing one slashing-protection database. Each copy in turn is killed (kill -9) and
// restarted: the chain goes on through both failovers, both copies signed at some point, and no
// block holds CometBFT evidence of a double vote.
func TestTwoCopiesOfASequencer(t *testing.T) {
	if testing.Short() {
		t.Skip("integration test: starts anvil, PostgreSQL and five nodes")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	pg := pgtest.Start(t)
	url := pg.NewDatabase(t)
	db := []string{"SPTN_NODE_SLASHING_PROTECTION_DATABASE_URL=" + url,
		"SPTN_NODE_SLASHING_PROTECTION_DATABASE_PASSWORD_FILE=" + pg.PasswordFile}
	sockets := t.TempDir()
	laddr := func(k int) string { return "unix://" + filepath.Join(sockets, fmt.Sprintf("pv%d.sock", k)) }
	with := func(env []string, more ...string) []string { return append(append([]string(nil), env...), more...) }
	nw := startNetwork(ctx, t, netConfig{nodes: 4, slot: 4, rollupEnv: []string{
		"ROLLUP_PROPOSER_TIMEOUT=2", "ROLLUP_PROOF_WINDOW_EPOCHS=8", "ROLLUP_FALLBACK_SLOTS=6"},
		envFor: map[int][]string{0: with(db, "SPTN_NODE_PRIV_VALIDATOR_LADDR="+laddr(0))},
		copies: map[int]int{0: 1},
		copyEnv: func(_, k int) []string {
			return with(db, "SPTN_NODE_PRIV_VALIDATOR_LADDR="+laddr(k), "SPTN_NODE_PUBLISH=false")
		},
		beforeStart: func(nw *network) {
			key := filepath.Join(node.CometHome(filepath.Join(nw.work, "data0")), "config", "priv_validator_key.json")
			for k := range 2 {
				startSigner(t, filepath.Join(nw.work, fmt.Sprintf("signer%d.log", k)), "--key-file", key, "--chain-id", "sptn-test",
					"--node", laddr(k), "--database-url", url, "--database-password-file", pg.PasswordFile)
			}
		}})
	a, b, watch := nw.procs[0], nw.procs[4], nw.procs[1]
	valAddr := strings.ToUpper(nw.vals[0].Address)

	assuredPast := func(what string, n uint64) uint64 {
		var at uint64
		eventually(t, 2*time.Minute, what, func() (bool, string) {
			tp, err := watch.tips()
			at = tp.Assured.Number
			return err == nil && tp.Assured.Number > n, fmt.Sprintf("%+v %v", tp, err)
		})
		return at
	}
	// signedSince waits for a commit after height h carrying validator 0's signature.
	signedSince := func(what string, h int64) int64 {
		var at int64
		eventually(t, time.Minute, what, func() (bool, string) {
			top := height(t, watch)
			for ; h < top; h++ {
				if commitSignedBy(t, watch, h, valAddr) {
					at = h
					return true, ""
				}
			}
			return false, fmt.Sprintf("no signature of validator 0 up to height %d", top)
		})
		return at
	}

	conn := pgConn(ctx, t, url)
	// signers are the signer processes that signed validator 0's last vote, seen after each
	// failover: each copy's signer takes over when the other copy is killed.
	signers := map[string]bool{}
	lastSigner := func() {
		var holder string
		require.NoError(t, conn.QueryRow(ctx, `SELECT holder FROM sptn_validator_state`).Scan(&holder))
		signers[holder] = true
	}
	n := assuredPast("three blocks assured", 2)
	signedSince("validator 0 votes", 1)
	for _, victim := range []*proc{a, b} {
		victim.signal(syscall.SIGKILL)
		h := height(t, watch)
		signedSince("validator 0 votes on, through the other copy", h+1)
		lastSigner()
		n = assuredPast("the chain goes on", n)
		victim.start()
	}
	require.Len(t, signers, 2, "each signer signed validator 0's votes while the other copy was down: %v", signers)
	n = assuredPast("the chain goes on with both copies back", n)
	t.Logf("assured tip %d after two failovers", n)

	// Verdicts from state: no block holds evidence of a double vote, and both copies signed.
	top := height(t, watch)
	for h := int64(1); h <= top; h++ {
		var blk struct {
			Result struct {
				Block struct {
					Evidence struct {
						Evidence []any `json:"evidence"`
					} `json:"evidence"`
				} `json:"block"`
			} `json:"result"`
		}
		require.NoError(t, getJSON(fmt.Sprintf("%s/block?height=%d", watch.rpc, h), &blk))
		require.Empty(t, blk.Result.Block.Evidence.Evidence, "evidence at height %d", h)
	}
	var holders int
	require.NoError(t, conn.QueryRow(ctx, `SELECT count(DISTINCT holder) FROM sptn_signed WHERE attester = $1 AND duty = 'attestation'`,
		nw.attesters[0][:]).Scan(&holders))
	require.GreaterOrEqual(t, holders, 2, "both copies attested at some point")
	var signedHeight int64
	require.NoError(t, conn.QueryRow(ctx, `SELECT height FROM sptn_validator_state`).Scan(&signedHeight))
	require.Greater(t, signedHeight, int64(0))
}

// startSigner starts `sptn node signer` with args, killed when the test ends.
func startSigner(t *testing.T, logPath string, args ...string) {
	t.Helper()
	logf, err := os.Create(logPath)
	require.NoError(t, err)
	cmd := exec.Command(sptnBin, append([]string{"node", "signer"}, args...)...)
	cmd.Stdout, cmd.Stderr = logf, logf
	require.NoError(t, cmd.Start())
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		_ = logf.Close()
		if t.Failed() {
			b, _ := os.ReadFile(logPath)
			t.Logf("---- %s ----\n%s", filepath.Base(logPath), b)
		}
	})
}

func pgConn(ctx context.Context, t *testing.T, url string) *pgx.Conn {
	t.Helper()
	cc, err := pgx.ParseConfig(url)
	require.NoError(t, err)
	cc.Password = pgtest.Password
	conn, err := pgx.ConnectConfig(ctx, cc)
	require.NoError(t, err)
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

// height is a node's latest CometBFT height.
func height(t *testing.T, p *proc) int64 {
	t.Helper()
	var st struct {
		Result struct {
			SyncInfo struct {
				LatestBlockHeight string `json:"latest_block_height"`
			} `json:"sync_info"`
		} `json:"result"`
	}
	require.NoError(t, getJSON(p.rpc+"/status", &st))
	var h int64
	_, err := fmt.Sscan(st.Result.SyncInfo.LatestBlockHeight, &h)
	require.NoError(t, err)
	return h
}

// commitSignedBy reports whether the commit of height h holds a signature of the validator.
func commitSignedBy(t *testing.T, p *proc, h int64, addr string) bool {
	t.Helper()
	var c struct {
		Result struct {
			SignedHeader struct {
				Commit struct {
					Signatures []struct {
						ValidatorAddress string `json:"validator_address"`
						Signature        string `json:"signature"`
					} `json:"signatures"`
				} `json:"commit"`
			} `json:"signed_header"`
		} `json:"result"`
	}
	if err := getJSON(fmt.Sprintf("%s/commit?height=%d", p.rpc, h), &c); err != nil {
		return false
	}
	for _, s := range c.Result.SignedHeader.Commit.Signatures {
		if strings.EqualFold(s.ValidatorAddress, addr) && s.Signature != "" {
			return true
		}
	}
	return false
}

// TestFailoverNeverDoubleSigns (issue 18's failover scenario): sequencers 0 and 1 each run as two
// copies, every copy with its own remote signer, all sharing one slashing-protection database.
// From a seed (SPTN_HA_SEED; default: the time, printed), one copy at a time is killed with
// kill -9 at a random moment and restarted after a random pause, SPTN_HA_FAILOVERS times
// (default 8), never both copies of one sequencer at once; each sequencer's first failover kills
// the copy signing for it and keeps it down until the other copy has attested. Verdicts from
// state: no CometBFT block holds evidence; no attester's signatures in any propose sent to L1
// (mined, reverted or not) cover two headers of one slot; both copies of each sequencer attested;
// and the pending chain never stood still for longer than a failover may take (30 s).
func TestFailoverNeverDoubleSigns(t *testing.T) {
	if testing.Short() {
		t.Skip("integration test: starts anvil, PostgreSQL, six nodes and four signers")
	}
	seed := time.Now().UnixNano()
	if v := os.Getenv("SPTN_HA_SEED"); v != "" {
		_, err := fmt.Sscan(v, &seed)
		require.NoError(t, err, "SPTN_HA_SEED")
	}
	failovers := 8
	if v := os.Getenv("SPTN_HA_FAILOVERS"); v != "" {
		_, err := fmt.Sscan(v, &failovers)
		require.NoError(t, err, "SPTN_HA_FAILOVERS")
	}
	require.GreaterOrEqual(t, failovers, 2, "SPTN_HA_FAILOVERS: each sequencer fails over at least once")
	t.Logf("seed %d (SPTN_HA_SEED=%d repeats its random draws), %d failovers", seed, seed, failovers)
	rnd := rand.New(rand.NewPCG(uint64(seed), 0))

	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	pg := pgtest.Start(t)
	url := pg.NewDatabase(t)
	db := []string{"SPTN_NODE_SLASHING_PROTECTION_DATABASE_URL=" + url,
		"SPTN_NODE_SLASHING_PROTECTION_DATABASE_PASSWORD_FILE=" + pg.PasswordFile}
	sockets := t.TempDir()
	laddr := func(i, k int) string { return "unix://" + filepath.Join(sockets, fmt.Sprintf("pv%d-%d.sock", i, k)) }
	with := func(env []string, more ...string) []string { return append(append([]string(nil), env...), more...) }
	nw := startNetwork(ctx, t, netConfig{nodes: 4, slot: 4, rollupEnv: []string{
		"ROLLUP_PROPOSER_TIMEOUT=2", "ROLLUP_PROOF_WINDOW_EPOCHS=8", "ROLLUP_FALLBACK_SLOTS=6"},
		envFor: map[int][]string{
			0: with(db, "SPTN_NODE_PRIV_VALIDATOR_LADDR="+laddr(0, 0)),
			1: with(db, "SPTN_NODE_PRIV_VALIDATOR_LADDR="+laddr(1, 0)),
		},
		copies: map[int]int{0: 1, 1: 1},
		copyEnv: func(i, k int) []string {
			return with(db, "SPTN_NODE_PRIV_VALIDATOR_LADDR="+laddr(i, k), "SPTN_NODE_PUBLISH=false")
		},
		beforeStart: func(nw *network) {
			for i := range 2 {
				key := filepath.Join(node.CometHome(filepath.Join(nw.work, fmt.Sprintf("data%d", i))), "config", "priv_validator_key.json")
				for k := range 2 {
					startSigner(t, filepath.Join(nw.work, fmt.Sprintf("signer%d-%d.log", i, k)), "--key-file", key, "--chain-id", "sptn-test",
						"--node", laddr(i, k), "--database-url", url, "--database-password-file", pg.PasswordFile)
				}
			}
		}})
	// copies[i] are sequencer i's two processes: the original and its copy (after the four).
	copies := [2][2]*proc{{nw.procs[0], nw.procs[4]}, {nw.procs[1], nw.procs[5]}}
	watch := nw.procs[2]

	// The pending chain's progress, sampled all along: the longest time it stood still.
	var (
		mu      sync.Mutex
		longest time.Duration
	)
	sampleCtx, stopSampling := context.WithCancel(ctx)
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		var last uint64
		since := time.Now()
		for sampleCtx.Err() == nil {
			if tp, err := watch.tips(); err == nil {
				if tp.Pending.Number != last {
					last, since = tp.Pending.Number, time.Now()
				}
				mu.Lock()
				longest = max(longest, time.Since(since))
				mu.Unlock()
			}
			time.Sleep(250 * time.Millisecond)
		}
	}()
	eventually(t, 3*time.Minute, "three blocks assured", func() (bool, string) {
		tp, err := watch.tips()
		return err == nil && tp.Assured.Number >= 3, fmt.Sprintf("%+v %v", tp, err)
	})
	mu.Lock()
	longest = 0 // start-up is not a failover
	mu.Unlock()

	// active is the copy of sequencer i that signed its latest attestation. A node's holder in the
	// database is host:data directory, and copy 1's directory is data<i>-copy1.
	conn := pgConn(ctx, t, url)
	holderIsCopy := func(holder string, i, k int) bool {
		return strings.HasSuffix(holder, fmt.Sprintf("%cdata%d-copy1", filepath.Separator, i)) == (k == 1)
	}
	active := func(i int) int {
		var holder string
		eventually(t, 2*time.Minute, fmt.Sprintf("sequencer %d attests", i), func() (bool, string) {
			err := conn.QueryRow(ctx, `SELECT holder FROM sptn_signed WHERE attester = $1 AND duty = 'attestation'
				ORDER BY slot DESC LIMIT 1`, nw.attesters[i][:]).Scan(&holder)
			return err == nil, fmt.Sprint(err)
		})
		if holderIsCopy(holder, i, 1) {
			return 1
		}
		return 0
	}
	// last is sequencer i's latest attested slot; attested whether copy k attested a slot above
	// after.
	last := func(i int) int64 {
		var slot int64
		require.NoError(t, conn.QueryRow(ctx, `SELECT coalesce(max(slot), 0) FROM sptn_signed WHERE attester = $1 AND duty = 'attestation'`,
			nw.attesters[i][:]).Scan(&slot))
		return slot
	}
	attested := func(i, k int, after int64) bool {
		rows, err := conn.Query(ctx, `SELECT DISTINCT holder FROM sptn_signed WHERE attester = $1 AND duty = 'attestation' AND slot > $2`,
			nw.attesters[i][:], after)
		require.NoError(t, err)
		holders, err := pgx.CollectRows(rows, pgx.RowTo[string])
		require.NoError(t, err)
		return slices.ContainsFunc(holders, func(h string) bool { return holderIsCopy(h, i, k) })
	}

	// The first failover of each sequencer (the first two, in a random order) kills the copy
	// that signs for it, and keeps it down until the other copy has attested: a copy that is
	// never killed may win every claim of its sequencer, and the verdict that both copies
	// attested would then fail on the schedule rather than on the node. Later failovers pick a
	// copy at random.
	first := rnd.Perm(2)
	for f := range failovers {
		// A random moment within the slot, so that kills land in every phase of it (sealing,
		// voting, attesting, publishing).
		time.Sleep(time.Duration(rnd.IntN(4000)) * time.Millisecond)
		i, k := rnd.IntN(2), rnd.IntN(2)
		if f < len(first) {
			i = first[f]
			k = active(i)
		}
		victim := copies[i][k]
		t.Logf("failover %d: kill -9 sequencer %d copy %d", f+1, i, k)
		victim.signal(syscall.SIGKILL)
		killedAt := last(i)
		time.Sleep(time.Duration(2000+rnd.IntN(8000)) * time.Millisecond)
		if f < len(first) {
			eventually(t, 2*time.Minute, fmt.Sprintf("sequencer %d's copy %d attests while copy %d is down", i, 1-k, k),
				func() (bool, string) { return attested(i, 1-k, killedAt), "" })
		}
		victim.start()
	}
	// After the last failover the chains go on with every copy back.
	before, err := watch.tips()
	require.NoError(t, err)
	eventually(t, 2*time.Minute, "two more blocks assured after the failovers", func() (bool, string) {
		tp, err := watch.tips()
		return err == nil && tp.Assured.Number >= before.Assured.Number+2, fmt.Sprintf("%+v %v", tp, err)
	})
	stopSampling()
	<-sampled
	t.Logf("the pending chain stood still for at most %s through %d failovers", longest.Round(time.Millisecond), failovers)
	require.LessOrEqual(t, longest, 30*time.Second, "the pending chain stopped for longer than a failover")

	// No CometBFT block holds evidence of a double vote.
	top := height(t, watch)
	for h := int64(1); h <= top; h++ {
		var blk struct {
			Result struct {
				Block struct {
					Evidence struct {
						Evidence []any `json:"evidence"`
					} `json:"evidence"`
				} `json:"block"`
			} `json:"result"`
		}
		require.NoError(t, getJSON(fmt.Sprintf("%s/block?height=%d", watch.rpc, h), &blk))
		require.Empty(t, blk.Result.Block.Evidence.Evidence, "evidence at height %d", h)
	}
	// Every signature any copy's publisher sent to L1: at most one header per attester and slot.
	domain := protocol.Domain{ChainID: big.NewInt(31337), Rollup: nw.rollupAddr}
	head, err := nw.c.BlockNumber(ctx)
	require.NoError(t, err)
	signed := map[common.Address]map[uint64]common.Hash{}
	proposes := 0
	for n := uint64(0); n <= head; n++ {
		b, err := nw.c.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		require.NoError(t, err)
		for _, tx := range b.Transactions() {
			if tx.To() == nil || *tx.To() != nw.rollupAddr {
				continue
			}
			call, err := protocol.DecodeProposeCall(tx.Data())
			if err != nil {
				continue
			}
			proposes++
			digest, hash := domain.AttestationDigest(call.Header), protocol.HeaderHash(call.Header)
			for _, a := range call.Attestations {
				who, err := protocol.RecoverSigner(digest, a.Signature)
				require.NoError(t, err, "an attestation in L1 block %d", n)
				if signed[who] == nil {
					signed[who] = map[uint64]common.Hash{}
				}
				if prev, ok := signed[who][call.Header.Slot]; ok {
					require.Equal(t, prev, hash, "%s signed two headers for slot %d (L1 block %d)", who, call.Header.Slot, n)
				}
				signed[who][call.Header.Slot] = hash
			}
		}
	}
	require.NotZero(t, proposes)
	for i := range 2 {
		require.NotEmpty(t, signed[nw.attesters[i]], "sequencer %d's attestations reached L1", i)
	}
	t.Logf("%d proposes on L1 checked, attestations of %d attesters", proposes, len(signed))

	// Both copies of each sequencer attested at some point: the failovers were real.
	for i := range 2 {
		var holders int
		require.NoError(t, conn.QueryRow(ctx, `SELECT count(DISTINCT holder) FROM sptn_signed WHERE attester = $1 AND duty = 'attestation'`,
			nw.attesters[i][:]).Scan(&holders))
		require.Equal(t, 2, holders, "both copies of sequencer %d attested", i)
	}
}
