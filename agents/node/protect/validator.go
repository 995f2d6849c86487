package protect

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// ErrValidatorRefused wraps every refusal of a CometBFT validator signature: a (height, round,
// step) below the last one signed, or another message at the same one.
var ErrValidatorRefused = errors.New("validator signing refused")

// HRS is a CometBFT signature's height, round and step (CometBFT's FilePV steps: 1 proposal,
// 2 prevote, 3 precommit).
type HRS struct {
	Height int64
	Round  int32
	Step   int8
}

func (a HRS) less(b HRS) bool {
	if a.Height != b.Height {
		return a.Height < b.Height
	}
	if a.Round != b.Round {
		return a.Round < b.Round
	}
	return a.Step < b.Step
}

// LastSign is the last signature a validator key made.
type LastSign struct {
	HRS
	SignBytes []byte
	Signature []byte
}

// Decide is what a signer does at a (height, round, step) given the last signature: at a higher
// one it signs (sig returns the new signature); at the same one it may answer the stored
// signature (reuse: the same message, or one that differs only where reuse says so, such as a
// timestamp); anything else is refused.
type Decide struct {
	// Reuse reports whether the message whose sign bytes are next may be answered with last's
	// signature (the bytes equal, or differ only in the timestamp).
	Reuse func(last, next []byte) bool
	// Sign signs the sign bytes.
	Sign func(signBytes []byte) ([]byte, error)
}

// SignValidator advances validator pubkey's last-sign state to at, in one transaction holding
// its row: CometBFT's FilePV rules, with the state in the database that every signer of the key
// shares, so that of two signers asked for one (height, round, step) one signs and the other
// answers the same signature or is refused. It returns the signature to use and the last state
// (for a reused signature, the caller takes the message's timestamp from last.SignBytes).
func (p *Postgres) SignValidator(ctx context.Context, pubkey []byte, at HRS, signBytes []byte, d Decide) ([]byte, *LastSign, error) {
	tx, err := p.pool.Begin(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	defer tx.Rollback(ctx) //nolint:errcheck // a no-op after Commit
	// The row exists before it is locked: a first signature of two signers inserts it once.
	if _, err := tx.Exec(ctx, `INSERT INTO sptn_validator_state (pubkey, height, round, step, sign_bytes, signature, holder)
		VALUES ($1, 0, 0, 0, '', '', '') ON CONFLICT DO NOTHING`, pubkey); err != nil {
		return nil, nil, fmt.Errorf("%w: insert validator state: %w", ErrUnavailable, err)
	}
	var last LastSign
	if err := tx.QueryRow(ctx, `SELECT height, round, step, sign_bytes, signature FROM sptn_validator_state WHERE pubkey = $1 FOR UPDATE`,
		pubkey).Scan(&last.Height, &last.Round, &last.Step, &last.SignBytes, &last.Signature); err != nil {
		return nil, nil, fmt.Errorf("%w: read validator state: %w", ErrUnavailable, err)
	}
	switch {
	case at.less(last.HRS):
		return nil, &last, fmt.Errorf("%w: %d/%d/%d is below the last signed %d/%d/%d", ErrValidatorRefused,
			at.Height, at.Round, at.Step, last.Height, last.Round, last.Step)
	case at == last.HRS && len(last.Signature) > 0:
		if !d.Reuse(last.SignBytes, signBytes) {
			return nil, &last, fmt.Errorf("%w: another message was signed at %d/%d/%d (conflicting data)", ErrValidatorRefused,
				at.Height, at.Round, at.Step)
		}
		return last.Signature, &last, nil
	}
	sig, err := d.Sign(signBytes)
	if err != nil {
		return nil, nil, err
	}
	if _, err := tx.Exec(ctx, `UPDATE sptn_validator_state SET height = $2, round = $3, step = $4, sign_bytes = $5, signature = $6,
		holder = $7, signed_at = now() WHERE pubkey = $1`, pubkey, at.Height, at.Round, at.Step, signBytes, sig, p.holder); err != nil {
		return nil, nil, fmt.Errorf("%w: update validator state: %w", ErrUnavailable, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, nil, fmt.Errorf("%w: commit validator state: %w", ErrUnavailable, err)
	}
	return sig, &LastSign{HRS: at, SignBytes: signBytes, Signature: sig}, nil
}

// ValidatorState reads a validator key's last-sign state (nil if it never signed here).
func (p *Postgres) ValidatorState(ctx context.Context, pubkey []byte) (*LastSign, error) {
	var last LastSign
	err := p.pool.QueryRow(ctx, `SELECT height, round, step, sign_bytes, signature FROM sptn_validator_state WHERE pubkey = $1`,
		pubkey).Scan(&last.Height, &last.Round, &last.Step, &last.SignBytes, &last.Signature)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return nil, nil
	case err != nil:
		return nil, fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	return &last, nil
}

// SeedValidatorState raises a validator key's last-sign state to s if it is below (a key moving
// from CometBFT's priv_validator_state.json to a remote signer brings its state along); a
// higher state in the database stays.
func (p *Postgres) SeedValidatorState(ctx context.Context, pubkey []byte, s LastSign) error {
	tx, err := p.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	defer tx.Rollback(ctx) //nolint:errcheck // a no-op after Commit
	if _, err := tx.Exec(ctx, `INSERT INTO sptn_validator_state (pubkey, height, round, step, sign_bytes, signature, holder)
		VALUES ($1, 0, 0, 0, '', '', '') ON CONFLICT DO NOTHING`, pubkey); err != nil {
		return fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	var cur HRS
	if err := tx.QueryRow(ctx, `SELECT height, round, step FROM sptn_validator_state WHERE pubkey = $1 FOR UPDATE`, pubkey).
		Scan(&cur.Height, &cur.Round, &cur.Step); err != nil {
		return fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	if cur.less(s.HRS) {
		if _, err := tx.Exec(ctx, `UPDATE sptn_validator_state SET height = $2, round = $3, step = $4, sign_bytes = $5, signature = $6,
			holder = 'seed', signed_at = now() WHERE pubkey = $1`, pubkey, s.Height, s.Round, s.Step, s.SignBytes, s.Signature); err != nil {
			return fmt.Errorf("%w: %w", ErrUnavailable, err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	return nil
}
