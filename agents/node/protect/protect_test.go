package protect_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/internal/pgtest"
	"github.com/sptn/sptn/agents/internal/store"
	"github.com/sptn/sptn/agents/node/protect"
)

var (
	alice = common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	bob   = common.HexToAddress("0x0000000000000000000000000000000000000b0b")
)

func digest(s string) common.Hash { return crypto.Keccak256Hash([]byte(s)) }

func sign(a common.Address, d protect.Duty, slot uint64, what string) protect.Signing {
	return protect.Signing{Attester: a, Duty: d, Slot: slot, Digest: digest(what)}
}

// backends are the two backends, each opened twice over the same records as two copies of a
// node would (a and b); the local backend's two copies are one store, as two nodes cannot share
// one, so only the database's copies are really apart.
type pair struct {
	name string
	a, b protect.Backend
	// reopen closes both and opens them again over the same records (a node restart).
	reopen func(t *testing.T) (protect.Backend, protect.Backend)
}

func localPair(t *testing.T) pair {
	kv := store.OpenMemory()
	t.Cleanup(func() { kv.Close() })
	open := func(*testing.T) (protect.Backend, protect.Backend) {
		l := protect.NewLocal(kv, alice, nil)
		return l, l
	}
	a, b := open(t)
	return pair{name: "local", a: a, b: b, reopen: open}
}

func postgresPair(t *testing.T, srv *pgtest.Server) pair {
	ctx := context.Background()
	url := srv.NewDatabase(t)
	var cur []protect.Backend
	open := func(t *testing.T) (protect.Backend, protect.Backend) {
		for _, c := range cur {
			c.Close()
		}
		cur = nil
		for _, h := range []string{"copy-a", "copy-b"} {
			p, err := protect.OpenPostgres(ctx, protect.PostgresConfig{URL: url, Password: pgtest.Password, Holder: h})
			require.NoError(t, err)
			cur = append(cur, p)
		}
		return cur[0], cur[1]
	}
	t.Cleanup(func() {
		for _, c := range cur {
			c.Close()
		}
	})
	a, b := open(t)
	return pair{name: "postgres", a: a, b: b, reopen: open}
}

// forBoth runs f against the local backend and against a real PostgreSQL server.
func forBoth(t *testing.T, f func(t *testing.T, p pair)) {
	t.Run("local", func(t *testing.T) { f(t, localPair(t)) })
	t.Run("postgres", func(t *testing.T) { f(t, postgresPair(t, shared.Get(t))) })
}

// shared is one PostgreSQL server for the package's tests (each test has its own database).
var shared pgtest.Shared

func TestMain(m *testing.M) {
	code := m.Run()
	shared.Close()
	os.Exit(code)
}

func TestClaim_sameDigestAgain_succeeds_otherDigest_refused(t *testing.T) {
	forBoth(t, func(t *testing.T, p pair) {
		ctx := context.Background()
		for _, d := range []protect.Duty{protect.DutyAttestation} {
			require.NoError(t, p.a.Claim(ctx, sign(alice, d, 7, "h1")))
			require.NoError(t, p.a.Claim(ctx, sign(alice, d, 7, "h1")), "the same digest may be signed again")
			require.NoError(t, p.b.Claim(ctx, sign(alice, d, 7, "h1")), "by the other copy too")
			err := p.b.Claim(ctx, sign(alice, d, 7, "h2"))
			require.ErrorIs(t, err, protect.ErrConflict)
			require.ErrorIs(t, err, protect.ErrRefused)
			require.ErrorIs(t, p.a.Claim(ctx, sign(alice, d, 7, "h2")), protect.ErrConflict)
			require.NoError(t, p.a.Claim(ctx, sign(bob, d, 7, "h2")), "another attester's slot is its own")
			require.NoError(t, p.a.Claim(ctx, sign(alice, d, 8, "h2")), "the next slot is free")
		}
		require.NoError(t, p.a.Claim(ctx, sign(alice, protect.DutySeal, 7, "h2")), "duties are apart")
	})
}

// Seals and registrations are held per copy: the copy that signed a slot (a nonce) may sign it
// again with another digest (a reseal on a moved tip; a registration of a rotated key), another
// copy may not; after a restart a copy is the same holder.
func TestClaim_sealAndRegistrationHeldPerCopy(t *testing.T) {
	forBoth(t, func(t *testing.T, p pair) {
		ctx := context.Background()
		a, b := p.a, p.b
		for _, d := range []protect.Duty{protect.DutySeal, protect.DutyRegistration} {
			require.NoError(t, a.Claim(ctx, sign(alice, d, 9, "s1")))
			require.NoError(t, a.Claim(ctx, sign(alice, d, 9, "s2")), "%s: the holder signs another digest", d)
			if p.name == "postgres" {
				require.ErrorIs(t, b.Claim(ctx, sign(alice, d, 9, "s3")), protect.ErrConflict,
					"%s: another copy may not sign a slot the first holds", d)
				require.NoError(t, b.Claim(ctx, sign(alice, d, 9, "s2")), "%s: the same digest may be signed again by anyone", d)
				require.NoError(t, b.Claim(ctx, sign(alice, d, 10, "s4")))
				require.ErrorIs(t, a.Claim(ctx, sign(alice, d, 10, "s5")), protect.ErrConflict)
				a, b = p.reopen(t)
				require.NoError(t, a.Claim(ctx, sign(alice, d, 9, "s6")), "%s: a restarted copy still holds its slots", d)
			}
		}
	})
}

// Many goroutines of two copies race for the same slots with different digests: exactly one
// wins each slot, and every later claim agrees with the winner.
func TestClaim_racingCopies_exactlyOneWins(t *testing.T) {
	forBoth(t, func(t *testing.T, p pair) {
		ctx := context.Background()
		const slots, racers = 20, 16
		var wins [slots]atomic.Int32
		var winner [slots]atomic.Value
		var wg sync.WaitGroup
		start := make(chan struct{})
		for r := range racers {
			b := p.a
			if r%2 == 1 {
				b = p.b
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				for s := range slots {
					what := fmt.Sprintf("slot %d racer %d", s, r)
					err := b.Claim(ctx, sign(alice, protect.DutyAttestation, uint64(s), what))
					switch {
					case err == nil:
						wins[s].Add(1)
						winner[s].Store(what)
					case !errors.Is(err, protect.ErrConflict):
						t.Errorf("racer %d slot %d: %v", r, s, err)
					}
				}
			}()
		}
		close(start)
		wg.Wait()
		for s := range slots {
			require.EqualValues(t, 1, wins[s].Load(), "slot %d", s)
			w := winner[s].Load().(string)
			require.NoError(t, p.b.Claim(ctx, sign(alice, protect.DutyAttestation, uint64(s), w)))
			require.ErrorIs(t, p.a.Claim(ctx, sign(alice, protect.DutyAttestation, uint64(s), w+"x")), protect.ErrConflict)
		}
	})
}

func TestClaim_afterRestart_keepsHistory(t *testing.T) {
	forBoth(t, func(t *testing.T, p pair) {
		ctx := context.Background()
		require.NoError(t, p.a.Claim(ctx, sign(alice, protect.DutyAttestation, 3, "h1")))
		a, b := p.reopen(t) // migrations run again: idempotent
		require.ErrorIs(t, b.Claim(ctx, sign(alice, protect.DutyAttestation, 3, "h2")), protect.ErrConflict)
		require.NoError(t, a.Claim(ctx, sign(alice, protect.DutyAttestation, 3, "h1")))
	})
}

func TestClaim_badSigning_refused(t *testing.T) {
	forBoth(t, func(t *testing.T, p pair) {
		ctx := context.Background()
		require.ErrorIs(t, p.a.Claim(ctx, sign(alice, "vote", 1, "x")), protect.ErrBadSigning)
		require.ErrorIs(t, p.a.Claim(ctx, sign(alice, protect.DutySeal, 1<<63, "x")), protect.ErrBadSigning)
	})
}

// A database that goes down refuses every claim (fail closed) within the guard's timeout, and
// after it comes back the records made before are still there.
func TestPostgres_databaseDown_refuses_thenKeepsHistory(t *testing.T) {
	s := pgtest.Start(t)
	ctx := context.Background()
	p, err := protect.OpenPostgres(ctx, protect.PostgresConfig{URL: s.URL(), Password: pgtest.Password, Holder: "a"})
	require.NoError(t, err)
	defer p.Close()
	reg := prometheus.NewRegistry()
	g := protect.NewGuard(p, time.Second, nil, reg)
	require.NoError(t, g.Claim(ctx, sign(alice, protect.DutyAttestation, 1, "h1")))

	s.Stop()
	startedAt := time.Now()
	err = g.Claim(ctx, sign(alice, protect.DutyAttestation, 2, "h2"))
	require.ErrorIs(t, err, protect.ErrUnavailable)
	require.NotErrorIs(t, err, protect.ErrRefused)
	require.Less(t, time.Since(startedAt), 5*time.Second)
	require.ErrorIs(t, g.Claim(ctx, sign(alice, protect.DutyAttestation, 1, "h1")), protect.ErrUnavailable,
		"even a digest signed before is not signed again without the database")
	require.Equal(t, 2.0, refused(t, reg, "attestation", "unavailable"))

	require.NoError(t, s.Restart())
	require.Eventually(t, func() bool { return g.Claim(ctx, sign(alice, protect.DutyAttestation, 2, "h2")) == nil },
		10*time.Second, 100*time.Millisecond, "the pool reconnects once the database is back")
	require.ErrorIs(t, g.Claim(ctx, sign(alice, protect.DutyAttestation, 1, "h3")), protect.ErrConflict)
	require.Equal(t, 1.0, refused(t, reg, "attestation", "conflict"))
}

func refused(t *testing.T, reg *prometheus.Registry, duty, reason string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	require.NoError(t, err)
	for _, mf := range mfs {
		if mf.GetName() != "sptn_slashing_protection_refused_total" {
			continue
		}
		for _, m := range mf.GetMetric() {
			labels := map[string]string{}
			for _, l := range m.GetLabel() {
				labels[l.GetName()] = l.GetValue()
			}
			if labels["duty"] == duty && labels["reason"] == reason {
				return m.GetCounter().GetValue()
			}
		}
	}
	return 0
}

func TestOpenPostgres_unreachable_fails(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, err := protect.OpenPostgres(ctx, protect.PostgresConfig{URL: "postgres://sptn@127.0.0.1:1/x?connect_timeout=1"})
	require.ErrorIs(t, err, protect.ErrUnavailable)
}

func TestOpenPostgres_twoCopiesAtOnce_migrateOnce(t *testing.T) {
	url := shared.Get(t).NewDatabase(t)
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make([]error, 6)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p, err := protect.OpenPostgres(ctx, protect.PostgresConfig{URL: url, Password: pgtest.Password})
			if err == nil {
				p.Close()
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	for _, err := range errs {
		require.NoError(t, err)
	}
}

func TestCheckURL(t *testing.T) {
	for _, c := range []struct{ url, err string }{
		{"postgres://sptn@db:5432/sptn?sslmode=verify-full", ""},
		{"postgresql://sptn@10.0.0.1/sptn?sslmode=verify-full", ""},
		{"postgres://sptn@127.0.0.1:5432/sptn?sslmode=disable", ""},
		{"postgres://sptn@localhost/sptn", ""},
		{"postgres://sptn@[::1]:5432/sptn?sslmode=disable", ""},
		{"postgres://sptn@/sptn?host=/run/postgresql", ""},
		// A server on another machine that the node does not verify could be anyone on the
		// network path, and answer every claim yes: both copies of a key would sign.
		{"postgresql://sptn@10.0.0.1/sptn", "does not verify the server"},
		{"postgres://sptn@db/sptn?sslmode=prefer", "does not verify the server"},
		{"postgres://sptn@db/sptn?sslmode=require", "does not verify the server"},
		{"postgres://sptn@db/sptn?sslmode=disable", "does not verify the server"},
		{"postgres://sptn@127.0.0.1,db/sptn?sslmode=disable", "does not verify the server"},
		{"postgres://sptn:hunter2@db/sptn", "holds a password"},
		{"postgres://sptn@db/sptn?password=hunter2", "holds a password"},
		{"mysql://sptn@db/sptn", "scheme"},
		{"postgres:///sptn", "no host"},
		{"postgres://sptn@db/sptn?sslmode=sometimes", "sslmode"},
		{"::", "does not parse as a URL"},
	} {
		err := protect.CheckURL(c.url)
		if c.err == "" {
			require.NoError(t, err, c.url)
			continue
		}
		require.ErrorIs(t, err, protect.ErrBadURL, c.url)
		require.ErrorContains(t, err, c.err, c.url)
	}
}

// A refused URL's error never repeats the password it holds, even when the URL does not parse
// (url.Parse's own error quotes the whole URL).
func TestCheckURL_neverRepeatsThePassword(t *testing.T) {
	for _, raw := range []string{
		"postgres://sptn:p%zzhunter2@db/sptn",
		"postgres://sptn:hun#ter2@db/sptn",
		"postgres://sptn:hunter2 x@db/sptn",
		"postgres://sptn:hunter2@/sptn?host=/run/postgresql",
		"postgres://sptn@db/sptn?password=hunter2&sslmode=bogus",
	} {
		err := protect.CheckURL(raw)
		require.ErrorIs(t, err, protect.ErrBadURL, raw)
		require.NotContains(t, err.Error(), "hunter2", raw)
		require.NotContains(t, err.Error(), "hun", raw)
	}
}

// BenchmarkClaim measures one claim (a new slot each time: an insert, synced) on each backend:
// go test -run '^$' -bench Claim ./agents/node/protect/
func BenchmarkClaim(b *testing.B) {
	for _, name := range []string{"local-disk", "postgres"} {
		b.Run(name, func(b *testing.B) {
			var p protect.Backend
			if name == "postgres" {
				pp, err := protect.OpenPostgres(context.Background(), protect.PostgresConfig{URL: shared.Get(b).NewDatabase(b),
					Password: pgtest.Password, Holder: "bench"})
				require.NoError(b, err)
				defer pp.Close()
				p = pp
			} else {
				kv, err := store.Open(b.TempDir())
				require.NoError(b, err)
				defer kv.Close()
				p = protect.NewLocal(kv, alice, nil)
			}
			ctx := context.Background()
			b.ResetTimer()
			for i := range b.N {
				if err := p.Claim(ctx, sign(alice, protect.DutyAttestation, uint64(i), "x")); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// A copy frozen in the middle of a signature (between locking the key's row and committing:
// SIGSTOP, a paused VM, a partition that sends no reset) does not hold the other copies back
// for long: the server ends its session after IdleTimeout, the other copy signs, and the frozen
// one, when it wakes, gets an error instead of a signature to send.
func TestPostgres_frozenCopy_releasesItsLocks(t *testing.T) {
	url := shared.Get(t).NewDatabase(t)
	ctx := context.Background()
	open := func(h string) *protect.Postgres {
		p, err := protect.OpenPostgres(ctx, protect.PostgresConfig{URL: url, Password: pgtest.Password, Holder: h, IdleTimeout: time.Second})
		require.NoError(t, err)
		t.Cleanup(func() { p.Close() })
		return p
	}
	a, b := open("copy-a"), open("copy-b")
	pub := []byte("validator public key")
	at := protect.HRS{Height: 5, Round: 0, Step: 2}
	locked, wake := make(chan struct{}), make(chan struct{})
	aErr := make(chan error, 1)
	go func() {
		_, _, err := a.SignValidator(ctx, pub, at, []byte("vote A"), protect.Decide{Reuse: bytes.Equal,
			Sign: func([]byte) ([]byte, error) { close(locked); <-wake; return []byte("sig A"), nil }})
		aErr <- err
	}()
	<-locked
	bctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	sig, _, err := b.SignValidator(bctx, pub, at, []byte("vote B"), protect.Decide{Reuse: bytes.Equal,
		Sign: func([]byte) ([]byte, error) { return []byte("sig B"), nil }})
	close(wake)
	require.NoError(t, err, "the frozen copy's row lock was released")
	require.Equal(t, []byte("sig B"), sig)
	require.ErrorIs(t, <-aErr, protect.ErrUnavailable, "the frozen copy's signature never leaves")
	last, err := a.ValidatorState(ctx, pub)
	require.NoError(t, err)
	require.Equal(t, []byte("vote B"), last.SignBytes)
}

// An import that raises a high-water mark while a copy is claiming a slot below it: whichever
// order the database puts them in, a claim that returns after the import committed must be
// refused. (The claim read the mark first and inserted its record after: an import committed
// between the two was not seen, and the copy signed a slot the imported history covers.)
func TestPostgres_importDuringClaim_neverSignsBelowTheNewMark(t *testing.T) {
	url := shared.Get(t).NewDatabase(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	p, err := protect.OpenPostgres(ctx, protect.PostgresConfig{URL: url, Password: pgtest.Password, Holder: "copy-a"})
	require.NoError(t, err)
	defer p.Close()
	cc, err := pgx.ParseConfig(url)
	require.NoError(t, err)
	cc.Password = pgtest.Password
	conn := func() *pgx.Conn {
		c, err := pgx.ConnectConfig(ctx, cc)
		require.NoError(t, err)
		t.Cleanup(func() { c.Close(context.Background()) })
		return c
	}
	// A transaction of another copy holds slot 500's key: the claim waits on it, after it read
	// the mark.
	other, err := conn().Begin(ctx)
	require.NoError(t, err)
	_, err = other.Exec(ctx, `INSERT INTO sptn_signed (attester, duty, slot, digest, holder) VALUES ($1, 'attestation', 500, $2, 'copy-b')`,
		alice[:], digest("other").Bytes())
	require.NoError(t, err)
	watch := conn()
	lockWaits := func() int {
		var n int
		require.NoError(t, watch.QueryRow(ctx, `SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`).Scan(&n))
		return n
	}
	type done struct {
		what string
		err  error
	}
	order := make(chan done, 2)
	go func() { order <- done{"claim", p.Claim(ctx, sign(alice, protect.DutyAttestation, 500, "a500"))} }()
	for lockWaits() < 1 {
		time.Sleep(10 * time.Millisecond)
	}
	go func() {
		order <- done{"import", p.Import(ctx, &protect.History{Metadata: protect.Metadata{InterchangeFormatVersion: protect.FormatVersion},
			Data: []protect.KeyHistory{{Attester: alice, Signed: []protect.Record{},
				HighWater: []protect.Mark{{Duty: protect.DutyAttestation, Slot: 1000}}}}})}
	}()
	// The import either commits at once, or waits behind the claim; then the other copy lets go.
	for {
		select {
		case first := <-order:
			require.Equal(t, "import", first.what)
			require.NoError(t, first.err)
			require.NoError(t, other.Rollback(ctx))
			claim := <-order
			require.ErrorIs(t, claim.err, protect.ErrBelowMark, "the claim returned after the import committed a mark above its slot")
			return
		default:
		}
		if lockWaits() >= 2 {
			require.NoError(t, other.Rollback(ctx))
			first, second := <-order, <-order
			require.Equal(t, "claim", first.what, "the import waited for the claim")
			require.NoError(t, first.err)
			require.NoError(t, second.err)
			require.ErrorIs(t, p.Claim(ctx, sign(alice, protect.DutyAttestation, 501, "a501")), protect.ErrBelowMark)
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
}
