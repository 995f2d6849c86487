package devnet

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
)

// Fabric is a network of hosts on one machine: a Linux bridge in the root network namespace,
// holding the gateway address (where L1 listens), and one network namespace per host, joined to
// the bridge by a veth pair. Whatever one host sends another crosses the kernel's network stack
// and the bridge, as it would cross a switch; partitions are routes that discard a peer's
// packets; bandwidth is a token-bucket qdisc on the host's interface. Latency is added by the
// devnet's wire (see Wire), because the kernels this runs on may lack netem.
//
// A fabric needs CAP_NET_ADMIN (root) and iproute2's `ip` and `tc`.
type Fabric struct {
	// Prefix names every interface and namespace of this fabric ("sp8545"), so that devnets on
	// other L1 ports do not collide and a crashed run's leftovers can be found and removed.
	Prefix  string
	Bridge  string
	Gateway string // the bridge's address: where hosts reach L1
	Hosts   []*Host

	subnet string // "10.a.b"
	mu     sync.Mutex
	cut    map[[2]int]bool // blackholed (from, to) host pairs
}

// Host is one network namespace of a fabric.
type Host struct {
	Index int
	NS    string // network namespace name
	IP    string
	veth  string // the root end of its veth pair
}

// FabricSupported says whether this process can build a fabric, and why not.
func FabricSupported() error {
	if os.Geteuid() != 0 {
		return errors.New("network namespaces need root (CAP_NET_ADMIN): run as root or use network.mode loopback")
	}
	for _, tool := range []string{"ip", "tc"} {
		if _, err := exec.LookPath(tool); err != nil {
			return fmt.Errorf("%s not found: install iproute2 (apt-get install iproute2)", tool)
		}
	}
	return nil
}

// fabricSubnet is the /24 of the fabric of L1 port tag: 10.(100+tag/250%100).(tag%250).0, so
// that fabrics of devnets on different ports get different subnets.
func fabricSubnet(tag int) string {
	return fmt.Sprintf("10.%d.%d", 100+(tag/250)%100, tag%250)
}

// NewFabric builds a fabric of hosts namespaces for the devnet of L1 port tag. It first removes
// whatever a crashed run with the same tag left behind. bandwidthMbit > 0 shapes every host's
// egress to that rate.
func NewFabric(tag, hosts, bandwidthMbit int) (*Fabric, error) {
	if err := FabricSupported(); err != nil {
		return nil, err
	}
	if hosts < 1 || hosts > 240 {
		return nil, fmt.Errorf("fabric: %d hosts: want 1 to 240", hosts)
	}
	f := &Fabric{Prefix: "sp" + strconv.Itoa(tag), subnet: fabricSubnet(tag), cut: map[[2]int]bool{}}
	f.Bridge = f.Prefix + "-br"
	f.Gateway = f.subnet + ".1"
	f.removeLeftovers()
	var b batch
	b.add("link add %s type bridge", f.Bridge)
	b.add("addr add %s/24 dev %s", f.Gateway, f.Bridge)
	b.add("link set %s up", f.Bridge)
	for i := 0; i < hosts; i++ {
		h := &Host{Index: i, NS: fmt.Sprintf("%s-h%d", f.Prefix, i), IP: fmt.Sprintf("%s.%d", f.subnet, 10+i),
			veth: fmt.Sprintf("%s-v%d", f.Prefix, i)}
		f.Hosts = append(f.Hosts, h)
		b.add("netns add %s", h.NS)
		b.add("link add %s type veth peer name eth0 netns %s", h.veth, h.NS)
		b.add("link set %s master %s up", h.veth, f.Bridge)
		b.in(h.NS, "addr add %s/24 dev eth0", h.IP)
		b.in(h.NS, "link set eth0 up")
		b.in(h.NS, "link set lo up")
	}
	if err := b.run("ip"); err != nil {
		f.Close()
		return nil, fmt.Errorf("fabric: %w", err)
	}
	if bandwidthMbit > 0 {
		for _, h := range f.Hosts {
			// A token bucket: the rate, a burst of one 64 KB segment, and at most 200 ms queued.
			if err := run("tc", "-n", h.NS, "qdisc", "add", "dev", "eth0", "root", "tbf",
				"rate", fmt.Sprintf("%dmbit", bandwidthMbit), "burst", "64kb", "latency", "200ms"); err != nil {
				f.Close()
				return nil, fmt.Errorf("fabric: shape %s: %w", h.NS, err)
			}
		}
	}
	return f, nil
}

// Exec is the command line that runs bin with args inside host i.
func (f *Fabric) Exec(i int, bin string, args ...string) (string, []string) {
	return "ip", append([]string{"netns", "exec", f.Hosts[i].NS, bin}, args...)
}

// Partition cuts the fabric into groups of hosts (by index): a host keeps reaching the hosts of
// its own group and L1, and every packet to a host of another group is discarded, as a broken
// link would. Hosts in no group keep reaching everyone. A new partition replaces the last one.
func (f *Fabric) Partition(groups ...[]int) error {
	if err := f.Heal(); err != nil {
		return err
	}
	group := map[int]int{}
	for g, hs := range groups {
		for _, h := range hs {
			if h < 0 || h >= len(f.Hosts) {
				return fmt.Errorf("partition: no host %d (the fabric has %d)", h, len(f.Hosts))
			}
			if _, dup := group[h]; dup {
				return fmt.Errorf("partition: host %d is in two groups", h)
			}
			group[h] = g
		}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	var b batch
	for from, gf := range group {
		for to, gt := range group {
			if gf != gt {
				b.in(f.Hosts[from].NS, "route add blackhole %s/32", f.Hosts[to].IP)
				f.cut[[2]int{from, to}] = true
			}
		}
	}
	return b.run("ip")
}

// Heal removes every cut: all hosts reach each other again.
func (f *Fabric) Heal() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	var b batch
	for k := range f.cut {
		b.in(f.Hosts[k[0]].NS, "route del blackhole %s/32", f.Hosts[k[1]].IP)
	}
	f.cut = map[[2]int]bool{}
	return b.run("ip")
}

// Cut reports whether packets from host a to host b are discarded.
func (f *Fabric) Cut(a, b int) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.cut[[2]int{a, b}]
}

// Close removes the fabric's namespaces (and with them their veth pairs) and its bridge.
func (f *Fabric) Close() {
	f.removeLeftovers()
}

// removeLeftovers deletes every namespace and the bridge named with the fabric's prefix.
func (f *Fabric) removeLeftovers() {
	out, _ := exec.Command("ip", "netns", "list").Output()
	b := batch{force: true}
	for _, line := range strings.Split(string(out), "\n") {
		name, _, _ := strings.Cut(strings.TrimSpace(line), " ")
		if strings.HasPrefix(name, f.Prefix+"-h") {
			b.add("netns delete %s", name)
		}
	}
	// A namespace goes away only once nothing holds it any more, and its veth with it; delete
	// the root ends at once so that a new fabric can take their names.
	links, _ := exec.Command("ip", "-o", "link", "show").Output()
	for _, line := range strings.Split(string(links), "\n") {
		fields := strings.Fields(line)
		if len(fields) < 2 {
			continue
		}
		name, _, _ := strings.Cut(strings.TrimSuffix(fields[1], ":"), "@")
		if strings.HasPrefix(name, f.Prefix+"-") {
			b.add("link delete %s", name)
		}
	}
	_ = b.run("ip")
}

// batch is a list of iproute2 commands: those of the root namespace, then those of each host
// namespace in the order first named, each group run by one `ip [-n ns] -batch -` process.
type batch struct {
	force bool                // go on past a failing command (-force)
	order []string            // namespaces in the order first named; "" is the root namespace
	lines map[string][]string // commands by namespace
}

// add appends a root-namespace command.
func (b *batch) add(format string, args ...any) { b.in("", format, args...) }

// in appends a command to run in namespace ns.
func (b *batch) in(ns, format string, args ...any) {
	if b.lines == nil {
		b.lines = map[string][]string{}
	}
	if _, ok := b.lines[ns]; !ok {
		b.order = append(b.order, ns)
	}
	b.lines[ns] = append(b.lines[ns], fmt.Sprintf(format, args...))
}

func (b *batch) run(tool string) error {
	for _, ns := range b.order {
		args := []string{"-batch", "-"}
		if b.force {
			args = append([]string{"-force"}, args...)
		}
		if ns != "" {
			args = append([]string{"-n", ns}, args...)
		}
		cmd := exec.Command(tool, args...)
		cmd.Stdin = strings.NewReader(strings.Join(b.lines[ns], "\n") + "\n")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("%s %s: %v: %s", tool, strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
		}
	}
	return nil
}

func run(tool string, args ...string) error {
	out, err := exec.Command(tool, args...).CombinedOutput()
	if err != nil {
		return fmt.Errorf("%s %s: %v: %s", tool, strings.Join(args, " "), err, strings.TrimSpace(string(out)))
	}
	return nil
}
