package protect_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/node/protect"
)

var separator = common.HexToHash("0x5e9a")

// A key's history moves to a new machine through the interchange file: the new machine's
// backend (either kind, from either kind) refuses every slot at or below the highest imported
// slot of each duty, even a digest the file records, and signs above it; its own export carries
// the marks on.
func TestInterchange_moveToAnotherBackend_refusesAtOrBelowTheMark(t *testing.T) {
	kinds := map[string]func(t *testing.T) pair{
		"local":    localPair,
		"postgres": func(t *testing.T) pair { return postgresPair(t, shared.Get(t)) },
	}
	for from, mkFrom := range kinds {
		for to, mkTo := range kinds {
			t.Run(from+" to "+to, func(t *testing.T) {
				ctx := context.Background()
				old := mkFrom(t).a
				for _, s := range []protect.Signing{
					sign(alice, protect.DutyAttestation, 5, "a5"), sign(alice, protect.DutyAttestation, 6, "a6"),
					sign(alice, protect.DutySeal, 7, "s7"), sign(alice, protect.DutyRegistration, 1, "r1"),
					sign(bob, protect.DutyAttestation, 9, "b9"),
				} {
					require.NoError(t, old.Claim(ctx, s))
				}
				h, err := old.Export(ctx)
				require.NoError(t, err)
				var file bytes.Buffer
				require.NoError(t, protect.WriteInterchange(&file, h, separator))
				require.Contains(t, file.String(), `"slot": "6"`, "slots are decimal strings")
				got, err := protect.ReadInterchange(bytes.NewReader(file.Bytes()), separator)
				require.NoError(t, err)

				moved := mkTo(t).a
				require.NoError(t, moved.Import(ctx, got))
				for _, s := range []protect.Signing{
					sign(alice, protect.DutyAttestation, 6, "a6"), // the digest the file records
					sign(alice, protect.DutyAttestation, 6, "other"),
					sign(alice, protect.DutyAttestation, 2, "older"),
					sign(alice, protect.DutySeal, 7, "s7"),
					sign(alice, protect.DutyRegistration, 1, "r1"),
					sign(bob, protect.DutyAttestation, 9, "b9"),
				} {
					err := moved.Claim(ctx, s)
					require.ErrorIs(t, err, protect.ErrBelowMark, "%s %d", s.Duty, s.Slot)
					require.ErrorIs(t, err, protect.ErrRefused)
				}
				for _, s := range []protect.Signing{
					sign(alice, protect.DutyAttestation, 7, "a7"), sign(alice, protect.DutySeal, 8, "s8"),
					sign(alice, protect.DutyRegistration, 2, "r2"), sign(bob, protect.DutyAttestation, 10, "b10"),
					sign(bob, protect.DutySeal, 1, "b-s1"), // no history of bob's seals: no mark
				} {
					require.NoError(t, moved.Claim(ctx, s), "%s %d", s.Duty, s.Slot)
				}

				// The marks travel on with the next export, and importing twice changes nothing.
				again, err := moved.Export(ctx)
				require.NoError(t, err)
				third := mkTo(t).a
				require.NoError(t, third.Import(ctx, again))
				require.NoError(t, third.Import(ctx, again))
				require.ErrorIs(t, third.Claim(ctx, sign(alice, protect.DutyAttestation, 7, "a7")), protect.ErrBelowMark)
				require.ErrorIs(t, third.Claim(ctx, sign(alice, protect.DutySeal, 8, "x")), protect.ErrBelowMark)
				require.NoError(t, third.Claim(ctx, sign(alice, protect.DutyAttestation, 8, "a8")))
				// A lower mark imported later does not lower it.
				require.NoError(t, third.Import(ctx, got))
				require.ErrorIs(t, third.Claim(ctx, sign(alice, protect.DutyAttestation, 7, "a7")), protect.ErrBelowMark)
			})
		}
	}
}

func TestReadInterchange_refusesBadFiles(t *testing.T) {
	good := `{"metadata":{"interchange_format_version":"sptn-1","domain_separator":"` + separator.Hex() + `"},` +
		`"data":[{"attester":"` + alice.Hex() + `","signed":[{"duty":"attestation","slot":"5","digest":"` + digest("x").Hex() + `"}]}]}`
	h, err := protect.ReadInterchange(strings.NewReader(good), separator)
	require.NoError(t, err)
	require.Equal(t, uint64(5), h.Data[0].Signed[0].Slot)
	for name, c := range map[string]struct{ file, want string }{
		"another deployment": {good, "another deployment's"},
		"another format":     {strings.Replace(good, "sptn-1", "5", 1), "interchange_format_version"},
		"unknown field":      {strings.Replace(good, `"data"`, `"extra":1,"data"`, 1), "unknown field"},
		"trailing data":      {good + "{}", "data after the document"},
		"unknown duty":       {strings.Replace(good, `"attestation"`, `"vote"`, 1), "duty"},
		"slot beyond int64":  {strings.Replace(good, `"5"`, `"9223372036854775808"`, 1), "slot"},
		"numeric slot":       {strings.Replace(good, `"5"`, `5`, 1), "unquoted value"},
		"no attester":        {strings.Replace(good, alice.Hex(), "0x0000000000000000000000000000000000000000", 1), "attester"},
		"not json":           {"nope", "invalid character"},
	} {
		sep := separator
		if name == "another deployment" {
			sep = common.HexToHash("0x1")
		}
		_, err := protect.ReadInterchange(strings.NewReader(c.file), sep)
		require.ErrorIs(t, err, protect.ErrBadHistory, name)
		require.ErrorContains(t, err, c.want, name)
	}
}

// A hostile or hand-merged file names an attester twice, the second time with lower slots, or
// records two digests for one (duty, slot). Neither may leave a mark below the file's highest
// slot (the local backend's import wrote each entry's mark in turn: the last, lower one won):
// both backends refuse such a file whole, and a mark stays where it was.
func TestImport_duplicateAttesterOrConflictingRecords_refused(t *testing.T) {
	forBoth(t, func(t *testing.T, p pair) {
		ctx := context.Background()
		rec := func(slot uint64, what string) protect.Record {
			return protect.Record{Duty: protect.DutyAttestation, Slot: slot, Digest: digest(what)}
		}
		meta := protect.Metadata{InterchangeFormatVersion: protect.FormatVersion}
		for name, h := range map[string]*protect.History{
			"attester twice": {Metadata: meta, Data: []protect.KeyHistory{
				{Attester: alice, Signed: []protect.Record{rec(1000, "a1000")}},
				{Attester: alice, Signed: []protect.Record{rec(10, "a10")}},
			}},
			"two digests for one slot": {Metadata: meta, Data: []protect.KeyHistory{
				{Attester: alice, Signed: []protect.Record{rec(1000, "a1000"), rec(1000, "other")}},
			}},
		} {
			err := p.a.Import(ctx, h)
			require.ErrorIs(t, err, protect.ErrBadHistory, name)
			require.NoError(t, p.a.Claim(ctx, sign(alice, protect.DutyAttestation, 500, "a500")), "%s: nothing was imported", name)
		}
		// The same record twice is one record.
		require.NoError(t, p.a.Import(ctx, &protect.History{Metadata: meta, Data: []protect.KeyHistory{
			{Attester: bob, Signed: []protect.Record{rec(1000, "b1000"), rec(1000, "b1000")}},
		}}))
		require.ErrorIs(t, p.a.Claim(ctx, sign(bob, protect.DutyAttestation, 999, "b999")), protect.ErrBelowMark)
	})
}
