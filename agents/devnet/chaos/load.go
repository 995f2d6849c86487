package chaos

import (
	"context"
	"math/big"
	"math/rand/v2"
	"net/http"
	"sync"
	"time"

	"github.com/sptn/sptn/agents/load"
)

// loadState is the light load: transactions submitted at a steady rate, one at a time, round
// robin over the nodes up and connected at that moment, with the load generator's own submit.
type loadState struct {
	mu        sync.Mutex
	submitted int
	refused   map[string]int
}

// loadFee is what each transaction offers per DA and per L2 gas (sptn load's default).
var loadFee = big.NewInt(1_000_000_000)

// run submits at the configured rate until ctx ends; every accepted transaction goes to the
// checker's book.
func (l *loadState) run(ctx context.Context, r *run) {
	l.refused = map[string]int{}
	if r.cfg.TPS == 0 {
		return
	}
	client := &http.Client{Timeout: 5 * time.Second}
	rng := rand.New(rand.NewPCG(r.cfg.Seed, 0x6c6f6164)) // "load": payloads from the seed too
	tick := time.NewTicker(time.Second / time.Duration(r.cfg.TPS))
	defer tick.Stop()
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		nodes := r.healthyNodes()
		if len(nodes) == 0 {
			continue
		}
		api := nodes[i%len(nodes)].API
		payload := make([]byte, 64)
		for j := range payload {
			payload[j] = byte(rng.Uint32())
		}
		h, reason := load.Submit(ctx, client, api, loadFee, payload)
		if ctx.Err() != nil {
			return
		}
		l.mu.Lock()
		l.submitted++
		if reason != "" {
			l.refused[reason]++
		}
		l.mu.Unlock()
		if reason == "" {
			r.chk.accept(h, api)
		}
	}
}
