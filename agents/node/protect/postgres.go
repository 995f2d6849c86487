package protect

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

// migrations are the database schema, one step each, applied in order at start under an advisory
// lock (so that two copies starting at once apply each once) and recorded in
// sptn_schema_version. Append only: a step already applied is never edited.
var migrations = []string{
	// 1: the records and the imported high-water marks.
	`CREATE TABLE sptn_signed (
		attester  bytea       NOT NULL CHECK (length(attester) = 20),
		duty      text        NOT NULL CHECK (duty IN ('seal', 'attestation', 'registration')),
		slot      bigint      NOT NULL CHECK (slot >= 0),
		digest    bytea       NOT NULL CHECK (length(digest) = 32),
		holder    text        NOT NULL,
		signed_at timestamptz NOT NULL DEFAULT now(),
		PRIMARY KEY (attester, duty, slot)
	);
	CREATE TABLE sptn_high_water (
		attester bytea  NOT NULL CHECK (length(attester) = 20),
		duty     text   NOT NULL CHECK (duty IN ('seal', 'attestation', 'registration')),
		slot     bigint NOT NULL CHECK (slot >= 0),
		PRIMARY KEY (attester, duty)
	);`,
	// 2: the last-sign state of CometBFT validator keys (validator.go), for remote signers.
	`CREATE TABLE sptn_validator_state (
		pubkey     bytea       PRIMARY KEY,
		height     bigint      NOT NULL,
		round      integer     NOT NULL,
		step       smallint    NOT NULL,
		sign_bytes bytea       NOT NULL,
		signature  bytea       NOT NULL,
		holder     text        NOT NULL,
		signed_at  timestamptz NOT NULL DEFAULT now()
	);`,
}

// migrationLock is the advisory lock id of the migrations ("sptn" in ASCII).
const migrationLock = 0x7370746e

// SchemaVersion is the schema version this code migrates the database to.
var SchemaVersion = len(migrations)

// PostgresConfig names the database.
type PostgresConfig struct {
	// URL is a postgres:// URL without a password (pgx's keywords in its query, such as
	// sslmode, connect_timeout, pool_max_conns).
	URL string
	// Password is the database password (read from a file by the caller); empty for none.
	Password string
	// Holder names this copy of the node in its records, the same across its restarts: a copy
	// may sign a new seal or registration for a slot it holds, another copy may not.
	Holder string
	// IdleTimeout is the most time the server waits for this copy in the middle of a
	// transaction (PostgreSQL's idle_in_transaction_session_timeout): past it the server ends
	// the session, and the row locks it held go with it. A copy frozen or cut off between a claim's
	// statements (SIGSTOP, a paused VM, a network partition with no reset) would otherwise hold
	// the row the other copies wait for until TCP keepalive gives up, hours later. 0 is 5 s;
	// below 1 s is 1 s.
	IdleTimeout time.Duration
}

// ErrBadURL is a database URL the node refuses.
var ErrBadURL = errors.New("bad database URL")

// CheckURL refuses a database URL that is not a postgres:// URL pgx can parse, that holds a
// password (which belongs in the password file), or that reaches a server on another machine
// without verifying its certificate (sslmode other than verify-full or verify-ca). Its errors
// never quote the URL.
func CheckURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		// Not url.Parse's error: it quotes the URL, password and all.
		return fmt.Errorf("%w: it does not parse as a URL (escape %%, #, @, / and spaces in its parts)", ErrBadURL)
	}
	if u.Scheme != "postgres" && u.Scheme != "postgresql" {
		return fmt.Errorf("%w: scheme %q, want postgres://", ErrBadURL, u.Scheme)
	}
	if _, ok := u.User.Password(); ok || u.Query().Has("password") {
		return fmt.Errorf("%w: it holds a password: put it in the password file instead", ErrBadURL)
	}
	if u.Host == "" && !u.Query().Has("host") {
		return fmt.Errorf("%w: no host", ErrBadURL)
	}
	pc, err := pgxpool.ParseConfig(raw)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrBadURL, err)
	}
	// The database is what stops a second signature: a server the node does not verify may be
	// anyone on the network path (or behind a DNS answer), who answers every claim yes and lets
	// every copy of the key sign. Only a server on this machine may go unverified.
	cc := &pc.ConnConfig.Config
	hosts := []*pgconn.FallbackConfig{{Host: cc.Host, Port: cc.Port, TLSConfig: cc.TLSConfig}}
	hosts = append(hosts, cc.Fallbacks...)
	for _, h := range hosts {
		if localHost(h.Host) || (h.TLSConfig != nil && (!h.TLSConfig.InsecureSkipVerify || h.TLSConfig.VerifyPeerCertificate != nil)) {
			continue
		}
		mode := u.Query().Get("sslmode")
		if mode == "" {
			mode = cmp.Or(os.Getenv("PGSSLMODE"), "prefer")
		}
		return fmt.Errorf("%w: sslmode=%s does not verify the server %s, which could then be anyone on the network path "+
			"answering every claim yes: use sslmode=verify-full (and sslrootcert=<the server's CA file> for a private CA)",
			ErrBadURL, mode, h.Host)
	}
	return nil
}

// localHost reports a database host on this machine: a unix socket directory, localhost or a
// loopback address.
func localHost(h string) bool {
	if strings.HasPrefix(h, "/") || h == "localhost" {
		return true
	}
	ip := net.ParseIP(h)
	return ip != nil && ip.IsLoopback()
}

// Postgres keeps the records in a PostgreSQL database shared by every copy of the node.
type Postgres struct {
	pool   *pgxpool.Pool
	holder string
}

// OpenPostgres connects, and creates or migrates the schema.
func OpenPostgres(ctx context.Context, c PostgresConfig) (*Postgres, error) {
	if err := CheckURL(c.URL); err != nil {
		return nil, err
	}
	pc, err := pgxpool.ParseConfig(c.URL)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadURL, err)
	}
	if c.Password != "" {
		pc.ConnConfig.Password = c.Password
	}
	if pc.ConnConfig.ConnectTimeout == 0 {
		pc.ConnConfig.ConnectTimeout = 5 * time.Second
	}
	idle := c.IdleTimeout
	switch {
	case idle == 0:
		idle = 5 * time.Second
	case idle < time.Second:
		idle = time.Second
	}
	pc.ConnConfig.RuntimeParams["idle_in_transaction_session_timeout"] = strconv.FormatInt(idle.Milliseconds(), 10)
	if !strings.Contains(c.URL, "pool_max_conns") {
		pc.MaxConns = 4
	}
	pool, err := pgxpool.NewWithConfig(ctx, pc)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	p := &Postgres{pool: pool, holder: c.Holder}
	if err := p.migrate(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	return p, nil
}

func (p *Postgres) migrate(ctx context.Context) error {
	tx, err := p.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("%w: migrate: %w", ErrUnavailable, err)
	}
	defer tx.Rollback(ctx) //nolint:errcheck // a no-op after Commit
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(migrationLock)); err != nil {
		return fmt.Errorf("%w: migrate: lock: %w", ErrUnavailable, err)
	}
	if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS sptn_schema_version (
		version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	var have int
	if err := tx.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM sptn_schema_version`).Scan(&have); err != nil {
		return fmt.Errorf("migrate: read version: %w", err)
	}
	if have > len(migrations) {
		return fmt.Errorf("migrate: the database's schema version %d is newer than this node's %d: run the newer node", have, len(migrations))
	}
	for v := have; v < len(migrations); v++ {
		if _, err := tx.Exec(ctx, migrations[v]); err != nil {
			return fmt.Errorf("migrate to version %d: %w", v+1, err)
		}
		if _, err := tx.Exec(ctx, `INSERT INTO sptn_schema_version (version) VALUES ($1)`, v+1); err != nil {
			return fmt.Errorf("migrate to version %d: %w", v+1, err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("%w: migrate: commit: %w", ErrUnavailable, err)
	}
	return nil
}

// Name implements Backend.
func (p *Postgres) Name() string { return "postgres" }

// Close implements Backend.
func (p *Postgres) Close() error {
	p.pool.Close()
	return nil
}

// Claim implements Backend, in one transaction: the record, inserted if absent (INSERT … ON
// CONFLICT DO NOTHING: of copies racing for a slot, exactly one inserts, the others wait on its
// row and then read it), then the high-water mark, then the digest compared. The mark is read
// after the insert, which holds sptn_signed against an import (Import locks the table first):
// an import either committed before the mark is read, or waits for this claim to end.
func (p *Postgres) Claim(ctx context.Context, s Signing) error {
	if err := s.check(); err != nil {
		return err
	}
	tx, err := p.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	defer tx.Rollback(ctx) //nolint:errcheck // a no-op after Commit; undoes the insert of a refusal
	tag, err := tx.Exec(ctx, `INSERT INTO sptn_signed (attester, duty, slot, digest, holder) VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT DO NOTHING`, s.Attester[:], string(s.Duty), int64(s.Slot), s.Digest[:], p.holder)
	if err != nil {
		return fmt.Errorf("%w: insert record: %w", ErrUnavailable, err)
	}
	var mark int64
	err = tx.QueryRow(ctx, `SELECT slot FROM sptn_high_water WHERE attester = $1 AND duty = $2 FOR SHARE`,
		s.Attester[:], string(s.Duty)).Scan(&mark)
	switch {
	case err == nil && int64(s.Slot) <= mark:
		return fmt.Errorf("%w: %s slot %d, mark %d", ErrBelowMark, s.Duty, s.Slot, mark)
	case err != nil && !errors.Is(err, pgx.ErrNoRows):
		return fmt.Errorf("%w: read mark: %w", ErrUnavailable, err)
	}
	if tag.RowsAffected() == 0 {
		var digest []byte
		var holder string
		err := tx.QueryRow(ctx, `SELECT digest, holder FROM sptn_signed WHERE attester = $1 AND duty = $2 AND slot = $3 FOR UPDATE`,
			s.Attester[:], string(s.Duty), int64(s.Slot)).Scan(&digest, &holder)
		if err != nil {
			return fmt.Errorf("%w: read record: %w", ErrUnavailable, err)
		}
		switch {
		case bytes.Equal(digest, s.Digest[:]):
		case s.Duty.heldPerCopy() && holder == p.holder:
			if _, err := tx.Exec(ctx, `UPDATE sptn_signed SET digest = $4, signed_at = now() WHERE attester = $1 AND duty = $2 AND slot = $3`,
				s.Attester[:], string(s.Duty), int64(s.Slot), s.Digest[:]); err != nil {
				return fmt.Errorf("%w: update %s record: %w", ErrUnavailable, s.Duty, err)
			}
		default:
			return fmt.Errorf("%w: %s slot %d signed %s by %s", ErrConflict, s.Duty, s.Slot, common.BytesToHash(digest), holder)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("%w: commit record: %w", ErrUnavailable, err)
	}
	return nil
}

// Export implements Backend, from one snapshot of the database.
func (p *Postgres) Export(ctx context.Context) (*History, error) {
	tx, err := p.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	defer tx.Rollback(ctx) //nolint:errcheck // read only
	var b historyBuilder
	rows, err := tx.Query(ctx, `SELECT attester, duty, slot, digest FROM sptn_signed ORDER BY attester, duty, slot`)
	if err != nil {
		return nil, fmt.Errorf("%w: export: %w", ErrUnavailable, err)
	}
	for rows.Next() {
		var a, d []byte
		var duty string
		var slot int64
		if err := rows.Scan(&a, &duty, &slot, &d); err != nil {
			rows.Close()
			return nil, fmt.Errorf("export: %w", err)
		}
		k := b.key(common.BytesToAddress(a))
		k.Signed = append(k.Signed, Record{Duty: Duty(duty), Slot: uint64(slot), Digest: common.BytesToHash(d)})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%w: export: %w", ErrUnavailable, err)
	}
	rows, err = tx.Query(ctx, `SELECT attester, duty, slot FROM sptn_high_water ORDER BY attester, duty`)
	if err != nil {
		return nil, fmt.Errorf("%w: export: %w", ErrUnavailable, err)
	}
	for rows.Next() {
		var a []byte
		var duty string
		var slot int64
		if err := rows.Scan(&a, &duty, &slot); err != nil {
			rows.Close()
			return nil, fmt.Errorf("export: %w", err)
		}
		k := b.key(common.BytesToAddress(a))
		k.HighWater = append(k.HighWater, Mark{Duty: Duty(duty), Slot: uint64(slot)})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%w: export: %w", ErrUnavailable, err)
	}
	return b.history(), nil
}

// Import implements Backend, in one transaction.
func (p *Postgres) Import(ctx context.Context, h *History) error {
	if err := h.Check(); err != nil {
		return err
	}
	// The batch is built before the transaction begins: a transaction that waits for its client
	// longer than the idle timeout is ended by the server.
	var batch pgx.Batch
	for i := range h.Data {
		k := &h.Data[i]
		for _, r := range k.Signed {
			batch.Queue(`INSERT INTO sptn_signed (attester, duty, slot, digest, holder) VALUES ($1, $2, $3, $4, 'import')
				ON CONFLICT DO NOTHING`, k.Attester[:], string(r.Duty), int64(r.Slot), r.Digest[:])
		}
		for d, slot := range k.marks() {
			batch.Queue(`INSERT INTO sptn_high_water (attester, duty, slot) VALUES ($1, $2, $3)
				ON CONFLICT (attester, duty) DO UPDATE SET slot = greatest(sptn_high_water.slot, excluded.slot)`,
				k.Attester[:], string(d), int64(slot))
		}
	}
	tx, err := p.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	defer tx.Rollback(ctx) //nolint:errcheck // a no-op after Commit
	// Claims that inserted a record wait for this import, or it for them (Claim): none reads the
	// marks before the import and commits after it.
	if _, err := tx.Exec(ctx, `LOCK TABLE sptn_signed IN SHARE ROW EXCLUSIVE MODE`); err != nil {
		return fmt.Errorf("%w: import: lock: %w", ErrUnavailable, err)
	}
	if err := tx.SendBatch(ctx, &batch).Close(); err != nil {
		return fmt.Errorf("import: %w", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("%w: import: commit: %w", ErrUnavailable, err)
	}
	return nil
}
