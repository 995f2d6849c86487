//go:build ha

// TestTwoCopiesOfASequencer is `make test-ha`'s (build tag ha), not yet `make test`'s: it passed
// alone (46 s) but has not run inside a whole make test beside the package's other networks.

package node_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/pgtest"
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
