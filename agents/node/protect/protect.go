package protect

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
)

var (
	// ErrRefused wraps every refusal to sign: the signature would be slashable or is not this
	// copy's to make.
	ErrRefused = errors.New("slashing protection: refused")
	// ErrConflict is a record of another digest for the same (attester, duty, slot) (for seals:
	// one held by another copy of the node).
	ErrConflict = fmt.Errorf("%w: another digest was signed for this slot", ErrRefused)
	// ErrBelowMark is a slot at or below the high-water mark imported for the key and duty.
	ErrBelowMark = fmt.Errorf("%w: slot at or below the imported high-water mark", ErrRefused)
	// ErrUnavailable wraps a backend that cannot answer (the database is unreachable, a query
	// timed out): the node does not sign (fail closed).
	ErrUnavailable = errors.New("slashing protection: unavailable")
	// ErrBadSigning is a signing request no backend can record (an unknown duty, a slot beyond
	// the int64 range the database stores).
	ErrBadSigning = errors.New("slashing protection: bad request")
)

// Duty is what the attester key signs.
type Duty string

// The duties of the attester key.
const (
	// DutySeal is a proposer's seal of a slot's block. A copy may sign a new seal for a slot it
	// holds (it reseals when the pending tip moves); another copy may not.
	DutySeal Duty = "seal"
	// DutyAttestation is an attestation of the header a block seals: two for one slot are
	// equivocation, slashed on L1 without a vote (docs/slashing.md).
	DutyAttestation Duty = "attestation"
	// DutyRegistration maps the attester to a CometBFT validator key; its slot is the
	// registration's nonce. Like a seal it is held per copy: the copy that signed a nonce may sign
	// it again for another key (its validator key rotated before the registration landed),
	// another copy may not.
	DutyRegistration Duty = "registration"
)

// heldPerCopy reports a duty whose record a copy of the node holds: the copy that made it may
// replace its digest (neither seals nor registrations are slashable, and both are rebuilt), any
// other copy is refused. An attestation's digest never changes.
func (d Duty) heldPerCopy() bool { return d == DutySeal || d == DutyRegistration }

// Duties are the known duties.
var Duties = []Duty{DutySeal, DutyAttestation, DutyRegistration}

// Valid reports whether d is a known duty.
func (d Duty) Valid() bool { return d == DutySeal || d == DutyAttestation || d == DutyRegistration }

func (d Duty) code() byte {
	switch d {
	case DutySeal:
		return 's'
	case DutyAttestation:
		return 'a'
	default:
		return 'r'
	}
}

func dutyOf(c byte) (Duty, bool) {
	for _, d := range Duties {
		if d.code() == c {
			return d, true
		}
	}
	return "", false
}

// Signing is one signature the attester key is about to make.
type Signing struct {
	Attester common.Address
	Duty     Duty
	Slot     uint64
	// Digest is exactly what the key signs (an EIP-712 digest).
	Digest common.Hash
}

func (s Signing) check() error {
	if !s.Duty.Valid() {
		return fmt.Errorf("%w: duty %q", ErrBadSigning, s.Duty)
	}
	if s.Slot > math.MaxInt64 {
		return fmt.Errorf("%w: slot %d above %d", ErrBadSigning, s.Slot, int64(math.MaxInt64))
	}
	return nil
}

// Backend keeps the signing records. Implementations are safe for concurrent use.
type Backend interface {
	// Claim records s before its signature is made, or refuses it with an error wrapping
	// ErrRefused (the key must not sign) or ErrUnavailable (the record could not be made: the
	// key must not sign either).
	Claim(ctx context.Context, s Signing) error
	// Export returns every record and high-water mark.
	Export(ctx context.Context) (*History, error)
	// Import merges h: its records are added where none exists for the (attester, duty,
	// slot), and each (attester, duty)'s high-water mark is raised to h's highest slot.
	Import(ctx context.Context, h *History) error
	// Name names the backend in logs.
	Name() string
	Close() error
}

// Guard is what the node signs through: a backend, a timeout on every claim, and a metric and
// a log line for every refusal.
type Guard struct {
	b       Backend
	timeout time.Duration
	log     *slog.Logger
	refused *prometheus.CounterVec
	claims  *prometheus.CounterVec
}

// NewGuard wraps b. timeout bounds each claim (0: 2 s); reg may be nil.
func NewGuard(b Backend, timeout time.Duration, log *slog.Logger, reg prometheus.Registerer) *Guard {
	if timeout <= 0 {
		timeout = 2 * time.Second
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	g := &Guard{b: b, timeout: timeout, log: log,
		refused: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "sptn", Name: "slashing_protection_refused_total",
			Help: "signatures of the attester key refused by slashing protection, by duty and reason: conflict, below_mark, unavailable"},
			[]string{"duty", "reason"}),
		claims: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "sptn", Name: "slashing_protection_claims_total",
			Help: "signatures of the attester key allowed by slashing protection, by duty"}, []string{"duty"}),
	}
	if reg != nil {
		reg.MustRegister(g.refused, g.claims)
	}
	return g
}

// Backend is the guard's backend.
func (g *Guard) Backend() Backend { return g.b }

// Claim asks the backend for s. On a refusal it counts and logs it and returns the error: the
// caller must not sign.
func (g *Guard) Claim(ctx context.Context, s Signing) error {
	ctx, cancel := context.WithTimeout(ctx, g.timeout)
	defer cancel()
	err := g.b.Claim(ctx, s)
	attrs := []any{"backend", g.b.Name(), "attester", s.Attester, "duty", s.Duty, "slot", s.Slot, "digest", s.Digest}
	switch {
	case err == nil:
		g.claims.WithLabelValues(string(s.Duty)).Inc()
	case errors.Is(err, ErrBelowMark):
		g.refused.WithLabelValues(string(s.Duty), "below_mark").Inc()
		g.log.Warn("slashing protection: not signing at or below the imported high-water mark", append(attrs, "err", err)...)
	case errors.Is(err, ErrRefused):
		g.refused.WithLabelValues(string(s.Duty), "conflict").Inc()
		g.log.Warn("slashing protection: not signing, another digest holds this slot (a second copy of this key, or a restored backup)",
			append(attrs, "err", err)...)
	default:
		g.refused.WithLabelValues(string(s.Duty), "unavailable").Inc()
		g.log.Error("slashing protection: not signing, the record could not be made (fail closed)", append(attrs, "err", err)...)
	}
	return err
}

// Close closes the backend.
func (g *Guard) Close() error { return g.b.Close() }
