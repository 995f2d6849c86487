package devnet

import (
	"bufio"
	"context"
	"fmt"
	"math/big"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Measurement is what `sptn devnet measure` reports for one profile.
type Measurement struct {
	Profile          string  `json:"profile"`
	L1               string  `json:"l1"`
	Committee        int     `json:"committee"`
	Nodes            int     `json:"nodes"`
	StartSeconds     float64 `json:"start_to_ready_s"`
	FirstPendingS    float64 `json:"first_pending_s"`
	FirstAssuredS    float64 `json:"first_assured_s"`
	FirstProvenS     float64 `json:"first_proven_s"`
	PendingP50S      float64 `json:"pending_interval_p50_s"`
	PendingP99S      float64 `json:"pending_interval_p99_s"`
	PendingBlocks    int     `json:"pending_blocks"`
	ProposeGasMedian uint64  `json:"propose_gas_median"`
	NodeRSSMiBMedian float64 `json:"node_rss_mib_median"`
	NodeRSSMiBMax    float64 `json:"node_rss_mib_max"`
}

// Measure follows a started devnet for d: the times (from genesis, which Start moved L1 to just
// before the agents started) to the first pending, assured and proven blocks, the pending
// interval, the median gas of the propose transactions, and the nodes' resident memory.
func (n *Network) Measure(ctx context.Context, d time.Duration, readyAt time.Time, startedAt time.Time) (Measurement, error) {
	var m Measurement
	m.StartSeconds = readyAt.Sub(startedAt).Seconds()
	var (
		lastPending uint64
		lastChange  time.Time
		intervals   []float64
	)
	end := time.Now().Add(d)
	for time.Now().Before(end) {
		pending, err := n.PendingTip(ctx)
		if err == nil && pending > lastPending {
			now := time.Now()
			if lastPending == 0 {
				m.FirstPendingS = now.Sub(readyAt).Seconds()
			} else {
				intervals = append(intervals, now.Sub(lastChange).Seconds()/float64(pending-lastPending))
			}
			lastPending, lastChange = pending, now
		}
		if t, err := n.ReadL1Tips(ctx); err == nil {
			if t.Assured > 0 && m.FirstAssuredS == 0 {
				m.FirstAssuredS = time.Since(readyAt).Seconds()
			}
			if t.Proven > 0 && m.FirstProvenS == 0 {
				m.FirstProvenS = time.Since(readyAt).Seconds()
			}
		}
		select {
		case <-ctx.Done():
			return m, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
	m.PendingBlocks = int(lastPending)
	if len(intervals) > 0 {
		sort.Float64s(intervals)
		m.PendingP50S = intervals[len(intervals)/2]
		m.PendingP99S = intervals[int(0.99*float64(len(intervals)-1))]
	}
	var rss []float64
	for _, a := range n.agents {
		if a.Kind != "node" || !a.Running() {
			continue
		}
		m.Nodes++
		if kb, err := rssKiB(a.process().cmd.Process.Pid); err == nil {
			rss = append(rss, float64(kb)/1024)
		}
	}
	if len(rss) > 0 {
		sort.Float64s(rss)
		m.NodeRSSMiBMedian, m.NodeRSSMiBMax = rss[len(rss)/2], rss[len(rss)-1]
	}
	gas, err := n.proposeGas(ctx)
	if err == nil {
		m.ProposeGasMedian = gas
	}
	return m, nil
}

// proposeGas is the median gasUsed of the successful propose transactions so far.
func (n *Network) proposeGas(ctx context.Context) (uint64, error) {
	addr, err := n.Deployments.Address("Rollup")
	if err != nil {
		return 0, err
	}
	c, err := n.Dial(ctx)
	if err != nil {
		return 0, err
	}
	defer c.Close()
	topic := crypto.Keccak256Hash([]byte("BlockProposed(uint256,uint256,bytes32,bool)"))
	logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{addr}, Topics: [][]common.Hash{{topic}}, FromBlock: big.NewInt(0)})
	if err != nil {
		return 0, err
	}
	var gas []uint64
	seen := map[common.Hash]bool{}
	for _, l := range logs {
		if seen[l.TxHash] {
			continue
		}
		seen[l.TxHash] = true
		r, err := c.TransactionReceipt(ctx, l.TxHash)
		if err == nil {
			gas = append(gas, r.GasUsed)
		}
	}
	if len(gas) == 0 {
		return 0, fmt.Errorf("no propose yet")
	}
	sort.Slice(gas, func(i, j int) bool { return gas[i] < gas[j] })
	return gas[len(gas)/2], nil
}

// rssKiB reads a process's resident set size from /proc.
func rssKiB(pid int) (int, error) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "VmRSS:") {
			fields := strings.Fields(sc.Text())
			if len(fields) >= 2 {
				return strconv.Atoi(fields[1])
			}
		}
	}
	return 0, fmt.Errorf("no VmRSS for pid %d", pid)
}
