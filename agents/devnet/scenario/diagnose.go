package scenario

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/sptn/sptn/agents/devnet"
	"github.com/sptn/sptn/agents/devnet/observe"
)

// When a wait times out, the verdict says what was not reached; diagnose adds, to the evidence,
// where each node's consensus stood and what it last warned about, so that a failure on a
// machine whose devnet is gone (CI) can still be explained: which validators prevoted and
// precommitted in the rounds of the height the network is stuck at, who proposes, and the
// node's last warnings and errors (CometBFT's own errors among them).

// diagLogLines is how many of a node's last warnings and errors go into the evidence, and
// diagLogTail how much of the end of its log is searched for them; diagLineMax cuts each line,
// and diagTimeout bounds the whole diagnosis (the nodes are read side by side).
const (
	diagLogLines = 6
	diagLogTail  = 256 << 10
	diagLineMax  = 320
	diagTimeout  = 8 * time.Second
)

// diagnose logs one line per node (its CometBFT height, sync, the consensus round state with
// each round's votes, its pending tip), then its last warnings and errors.
func (e *Env) diagnose(ctx context.Context) {
	ctx, cancel := context.WithTimeout(ctx, diagTimeout)
	defer cancel()
	type report struct {
		standing string
		warnings []string
	}
	reports := make([]report, len(e.Nodes))
	var wg sync.WaitGroup
	for i, a := range e.Nodes {
		if !a.Running() {
			reports[i] = report{standing: "stopped", warnings: lastWarnings(a.Log, diagLogLines)} // it may have crashed
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			reports[i] = report{standing: nodeStanding(ctx, a), warnings: lastWarnings(a.Log, diagLogLines)}
		}()
	}
	wg.Wait()
	e.Logf("diagnosis: where each node stands")
	for i, a := range e.Nodes {
		e.Logf("  %s: %s", a.Name, reports[i].standing)
		for _, l := range reports[i].warnings {
			e.Logf("    %s", l)
		}
	}
}

// nodeStanding is a node's consensus standing in one line; a part it cannot read says why.
func nodeStanding(ctx context.Context, a *devnet.Agent) string {
	c, err := observe.Comet(a)
	if err != nil {
		return err.Error()
	}
	var parts []string
	if st, err := c.Status(ctx); err != nil {
		parts = append(parts, "status: "+err.Error())
	} else {
		parts = append(parts, fmt.Sprintf("height %d (catching up %t)", st.SyncInfo.LatestBlockHeight, st.SyncInfo.CatchingUp))
	}
	var rs roundState
	if cs, err := c.ConsensusState(ctx); err != nil {
		parts = append(parts, "consensus_state: "+err.Error())
	} else if err := json.Unmarshal(cs.RoundState, &rs); err != nil {
		parts = append(parts, "consensus_state: "+err.Error())
	} else {
		parts = append(parts, rs.String())
	}
	if t, err := a.Tips(ctx); err != nil {
		parts = append(parts, "tips: "+err.Error())
	} else {
		parts = append(parts, fmt.Sprintf("pending tip %d", t.Pending.Number))
	}
	return strings.Join(parts, "; ")
}

// roundState is what CometBFT's /consensus_state answers (its round_state) that a diagnosis
// needs.
type roundState struct {
	HRS       string `json:"height/round/step"`
	StartTime string `json:"start_time"`
	Proposal  string `json:"proposal_block_hash"`
	Locked    string `json:"locked_block_hash"`
	Votes     []struct {
		Round        int      `json:"round"`
		Prevotes     []string `json:"prevotes"`
		PrevotesBA   string   `json:"prevotes_bit_array"`
		Precommits   []string `json:"precommits"`
		PrecommitsBA string   `json:"precommits_bit_array"`
	} `json:"height_vote_set"`
	Proposer struct {
		Address string `json:"address"`
		Index   int    `json:"index"`
	} `json:"proposer"`
}

// String is the round state in one line: height/round/step (CometBFT's steps: 1 new height,
// 2 new round, 3 propose, 4 prevote, 5 prevote wait, 6 precommit, 7 precommit wait, 8 commit),
// the proposer's index, whether a proposal and a lock are held, and each round that has votes:
// each validator's prevote and precommit by index (the block's hash fingerprint, nil, or - for
// none seen) and the share of power each holds.
func (rs roundState) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "consensus %s (h/r/s) since %s, proposer #%d", rs.HRS, rs.StartTime, rs.Proposer.Index)
	if rs.Proposal != "" {
		fmt.Fprintf(&b, ", proposal %s", cut(rs.Proposal, 12))
	}
	if rs.Locked != "" {
		fmt.Fprintf(&b, ", locked on %s", cut(rs.Locked, 12))
	}
	for _, v := range rs.Votes {
		if empty(v.PrevotesBA) && empty(v.PrecommitsBA) {
			continue
		}
		fmt.Fprintf(&b, ", round %d prevotes [%s] %s precommits [%s] %s", v.Round,
			votesOf(v.Prevotes), share(v.PrevotesBA), votesOf(v.Precommits), share(v.PrecommitsBA))
	}
	return b.String()
}

// empty reports a bit array with no vote in it ("BA{4:____} 0/4 = 0.00").
func empty(ba string) bool { return !strings.Contains(ba, "x") }

// votesOf is each validator's vote by index: the fingerprint of the block it voted for (the
// first bytes CometBFT's Vote.String prints), nil, or - when this node saw none.
func votesOf(votes []string) string {
	out := make([]string, len(votes))
	for i, v := range votes {
		f := strings.Fields(v)
		switch {
		case v == "nil-Vote" || len(f) < 3:
			out[i] = "-"
		case strings.Trim(f[2], "0") == "":
			out[i] = "nil"
		default:
			out[i] = cut(f[2], 6)
		}
	}
	return strings.Join(out, " ")
}

// share is the power share CometBFT prints after a vote bit array ("BA{4:xx__} 2/4 = 0.50").
func share(ba string) string {
	if i := strings.Index(ba, "} "); i >= 0 {
		return ba[i+2:]
	}
	return ba
}

func cut(h string, n int) string {
	if len(h) > n {
		return h[:n]
	}
	return h
}

// userinfo is the user and password of a URL ("scheme://user:pass@"), which a log line may
// carry (a database URL): the evidence goes to CI's output.
var userinfo = regexp.MustCompile(`([a-zA-Z][a-zA-Z0-9+.-]*://)[^\s"']*@`)

// passwordKV is a password in key=value form (a libpq connection string).
var passwordKV = regexp.MustCompile(`(?i)(password=)[^\s"']+`)

// lastWarnings are the last n lines at level WARN or ERROR of the log at path (its last
// diagLogTail bytes; CometBFT's error lines too), with any URL's user and password redacted and
// each cut to diagLineMax bytes; none when it cannot be read.
func lastWarnings(path string, n int) []string {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Size() > diagLogTail {
		if _, err := f.Seek(fi.Size()-diagLogTail, io.SeekStart); err != nil {
			return nil
		}
	}
	data, err := io.ReadAll(f)
	if err != nil {
		return nil
	}
	var out []string
	for _, l := range bytes.Split(data, []byte("\n")) {
		if !bytes.Contains(l, []byte("level=WARN")) && !bytes.Contains(l, []byte("level=ERROR")) &&
			!bytes.Contains(l, []byte(`"level":"WARN"`)) && !bytes.Contains(l, []byte(`"level":"ERROR"`)) &&
			!bytes.HasPrefix(l, []byte("E[")) { // CometBFT's own logger
			continue
		}
		l = userinfo.ReplaceAll(l, []byte("$1<redacted>@"))
		l = passwordKV.ReplaceAll(l, []byte("$1<redacted>"))
		if len(l) > diagLineMax {
			l = append(l[:diagLineMax:diagLineMax], "…"...)
		}
		out = append(out, string(l))
	}
	if len(out) > n {
		out = out[len(out)-n:]
	}
	return out
}
