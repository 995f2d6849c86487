package devnet

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sptn/sptn/bindings/rollup"
)

// Start brings up a whole devnet for profile: L1 (anvil or geth) and the suite (Up), the governance story, a
// node per sequencer, the provers and the watchers. bin is the sptn binary the agents run as. On
// error the returned network (if not nil) holds what was started; the caller calls Down.
func Start(ctx context.Context, cfg Config, p Profile, bin string) (*Network, error) {
	n, err := Up(ctx, cfg)
	if err != nil {
		return nil, err
	}
	seqs, err := n.playStory(ctx, cfg.Out, p)
	if err != nil {
		return n, err
	}
	n.Sequencers = seqs
	return n, n.startAgents(ctx, cfg.Out, p, seqs, bin)
}

// PendingTip is the pending chain's tip number as the first running node reports it.
func (n *Network) PendingTip(ctx context.Context) (uint64, error) {
	for _, a := range n.agents {
		if a.API == "" || !a.Running() {
			continue
		}
		t, err := a.Tips(ctx)
		if err == nil {
			return t.Pending.Number, nil
		}
	}
	return 0, fmt.Errorf("no running node answers")
}

// NodeTip is one chain's tip as a node's chain API reports it.
type NodeTip struct {
	Number uint64      `json:"number"`
	Hash   common.Hash `json:"hash"`
	Slot   uint64      `json:"slot"`
}

// NodeTips are the tips a node's chain API reports.
type NodeTips struct {
	Pending, Assured, Proven, Finalized NodeTip
	L1Head                              uint64 `json:"l1Head"`
	Slot                                uint64 `json:"slot"`
}

// Tips reads the node's /v1/tips.
func (a *Agent) Tips(ctx context.Context) (NodeTips, error) {
	var t NodeTips
	if a.API == "" {
		return t, fmt.Errorf("%s has no chain API", a.Name)
	}
	rctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(rctx, http.MethodGet, a.API+"/v1/tips", nil)
	if err != nil {
		return t, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return t, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return t, fmt.Errorf("%s /v1/tips: %s", a.Name, resp.Status)
	}
	return t, json.NewDecoder(resp.Body).Decode(&t)
}

// playStory funds the deployment through the TLG, adds the sequencers and starts L2 time.
func (n *Network) playStory(ctx context.Context, out io.Writer, p Profile) ([]Sequencer, error) {
	fmt.Fprintln(out, "==> top-level governance funds the deployment (propose, vote, queue, execute)")
	if err := n.FundDeployment(ctx); err != nil {
		return nil, err
	}
	fmt.Fprintf(out, "==> proof-of-governance adds %d sequencers (keystores, stake, addSequencer)\n", p.Sequencers)
	seqs, err := n.CreateSequencers(ctx, p.Sequencers)
	if err != nil {
		return nil, err
	}
	// Each sequencer's attester key (its keystore) authorises its own stake.
	attesters := make([]StakeSigner, len(seqs))
	for i, s := range seqs {
		signer, err := s.Signer()
		if err != nil {
			return nil, err
		}
		attesters[i] = signer
	}
	if err := n.AddSequencers(ctx, attesters); err != nil {
		return nil, err
	}
	genesis, err := n.RollupGenesis(ctx)
	if err != nil {
		return nil, err
	}
	if n.Geth() {
		// DeployRollup made the Slasher Staking's slasher at once (SLASHER_AT_ONCE; Up checked
		// it). The sequencers sit in the first committees only if they joined before the
		// genesis, which on geth is real time away from the deployment.
		c, err := n.Dial(ctx)
		if err != nil {
			return nil, err
		}
		head, err := c.HeaderByNumber(ctx, nil)
		c.Close()
		if err != nil {
			return nil, fmt.Errorf("devnet: L1 head: %w", err)
		}
		if head.Time >= genesis {
			return nil, fmt.Errorf("devnet: the governance story ended at L1 time %d, after the rollup's genesis %d: "+
				"the sequencers miss the first committees (raise gethStorySeconds, %d s)", head.Time, genesis, gethStorySeconds)
		}
		fmt.Fprintf(out, "==> waiting %d s for the rollup's genesis (geth: real time; the Slasher acts since the deployment)\n", genesis-head.Time)
	} else {
		fmt.Fprintln(out, "==> L1 time moves to the rollup's genesis")
	}
	return seqs, n.WarpTo(ctx, genesis)
}

// startAgents starts a node per sequencer, then the provers and watchers, and waits until each
// reports ready.
func (n *Network) startAgents(ctx context.Context, out io.Writer, p Profile, seqs []Sequencer, bin string) error {
	fmt.Fprintf(out, "==> starting %d nodes, %d provers, %d watchers (one process each)\n",
		len(seqs), p.Provers, p.Watchers)
	if _, err := n.StartNodes(ctx, bin, seqs, append(append([]string{}, p.NodeEnv...), n.cfg.AgentEnv...)...); err != nil {
		return err
	}
	if _, err := n.StartProvers(ctx, bin, p.Provers); err != nil {
		return err
	}
	if _, err := n.StartWatchers(ctx, bin, p.Watchers); err != nil {
		return err
	}
	for _, a := range n.Agents() {
		if err := a.Ready(ctx, 2*time.Minute); err != nil {
			return err
		}
		fmt.Fprintf(out, "    %-10s ready (log %s)\n", a.Name, a.Log)
	}
	return nil
}

// RollupGenesis is the rollup's GENESIS_TIME.
func (n *Network) RollupGenesis(ctx context.Context) (uint64, error) {
	r := rollup.NewRollup()
	v, err := RollupView(ctx, n, r.PackGENESISTIME(), r.UnpackGENESISTIME)
	if err != nil {
		return 0, fmt.Errorf("read genesis time: %w", err)
	}
	return v.Uint64(), nil
}
