package scenario

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// roundStateAnswer is the round_state a devnet node's CometBFT (v0.38.26) answered to
// /consensus_state mid-height, with validator 2's prevote changed to a nil prevote
// (000000000000) and the power shares to those of four validators at power 3.
const roundStateAnswer = `{"height/round/step":"14/0/4","start_time":"2026-12-07T01:33:18.523815955Z","proposal_block_hash":"677C4E2B65487DC8DEE06A5957B5461F309D32AEE104F85E241F72DBC836D059","locked_block_hash":"","valid_block_hash":"","height_vote_set":[{"round":0,"prevotes":["nil-Vote","Vote{1:99CE316A5A72 14/00/SIGNED_MSG_TYPE_PREVOTE(Prevote) 677C4E2B6548 D37907B3FCA0 000000000000 @ 2026-12-07T01:33:18.529810241Z}","Vote{2:8A11C2D37F00 14/00/SIGNED_MSG_TYPE_PREVOTE(Prevote) 000000000000 0F3A9B2C4D11 000000000000 @ 2026-12-07T01:33:18.531000000Z}","nil-Vote"],"prevotes_bit_array":"BA{4:_xx_} 6/12 = 0.50","precommits":["nil-Vote","nil-Vote","nil-Vote","nil-Vote"],"precommits_bit_array":"BA{4:____} 0/12 = 0.00"},{"round":1,"prevotes":["nil-Vote","nil-Vote","nil-Vote","nil-Vote"],"prevotes_bit_array":"BA{4:____} 0/12 = 0.00","precommits":["nil-Vote","nil-Vote","nil-Vote","nil-Vote"],"precommits_bit_array":"BA{4:____} 0/12 = 0.00"}],"proposer":{"address":"99CE316A5A726490C5946C5332043DCD3E9777E4","index":1}}`

// TestConsensusStateLine: the diagnosis names the height, round and step, the proposer, the
// proposal, and each voting round's votes by validator (block, nil, none), leaving out rounds
// nobody voted in.
func TestConsensusStateLine(t *testing.T) {
	var rs roundState
	if err := json.Unmarshal([]byte(roundStateAnswer), &rs); err != nil {
		t.Fatal(err)
	}
	got := rs.String()
	want := "consensus 14/0/4 (h/r/s) since 2026-12-07T01:33:18.523815955Z, proposer #1, proposal 677C4E2B6548, " +
		"round 0 prevotes [- 677C4E nil -] 6/12 = 0.50 precommits [- - - -] 0/12 = 0.00"
	if got != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
}

// TestLastWarnings: only WARN and ERROR lines (text or JSON logs, and CometBFT's error lines),
// the last n, with a URL's user and password redacted, each cut.
func TestLastWarnings(t *testing.T) {
	path := filepath.Join(t.TempDir(), "node-0.log")
	lines := []string{
		`time=1 level=INFO msg=sealed`,
		`time=2 level=WARN msg="proposal refused" err=a`,
		`{"time":"3","level":"ERROR","msg":"failed signing vote"}`,
		`time=4 level=INFO msg=started`,
		`I[2026-12-07|01:16:29.785] finalizing commit of block module=consensus`,
		`time=5 level=WARN msg="long" x=` + strings.Repeat("y", 2*diagLineMax),
		`E[2026-12-07|01:16:30.001] failed signing vote module=consensus err="conflicting data"`,
		`time=6 level=ERROR msg="db down" url=postgres://sptn:hunter2@127.0.0.1:5432/protect`,
	}
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got := lastWarnings(path, 3)
	if len(got) != 3 || got[1] != lines[6] || got[2] != `time=6 level=ERROR msg="db down" url=postgres://<redacted>@127.0.0.1:5432/protect` {
		t.Fatalf("got %q", got)
	}
	if !strings.HasSuffix(got[0], "…") || len(got[0]) != diagLineMax+len("…") {
		t.Fatalf("a long line is not cut to %d bytes: %d", diagLineMax, len(got[0]))
	}
	for line, want := range map[string]string{
		`level=WARN url=postgres://u:p/ss@w@rd@db:5432/x next`: `level=WARN url=postgres://<redacted>@db:5432/x next`,
		`level=WARN dsn="host=db password=s3cr&t user=u"`:      `level=WARN dsn="host=db password=<redacted> user=u"`,
		`level=WARN plain http://db:5432/x`:                    `level=WARN plain http://db:5432/x`,
	} {
		if err := os.WriteFile(path, []byte(line+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if got := lastWarnings(path, 1); len(got) != 1 || got[0] != want {
			t.Errorf("%s: got %q, want %q", line, got, want)
		}
	}
	if lastWarnings(filepath.Join(t.TempDir(), "none.log"), 3) != nil {
		t.Fatal("a missing log gives lines")
	}
}
