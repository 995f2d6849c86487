package node

import (
	"io/fs"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestProcsRaisedOnlyOnSmallMachinesNobodyChoseFor(t *testing.T) {
	for _, c := range []struct {
		name                string
		env                 string
		current, cpus, want int
		quota               bool
	}{
		{name: "two CPUs: raised", current: 2, cpus: 2, want: minProcs},
		{name: "three CPUs: raised", current: 3, cpus: 3, want: minProcs},
		{name: "one CPU: not measured, not raised", current: 1, cpus: 1, want: 1},
		{name: "the operator chose", env: "2", current: 2, cpus: 2, want: 2},
		{name: "a value the runtime ignores is no choice", env: "auto", current: 2, cpus: 2, want: minProcs},
		{name: "zero is no choice either", env: "0", current: 2, cpus: 2, want: minProcs},
		{name: "a quota the runtime saw", current: 2, cpus: 8, want: 2},
		{name: "a quota the runtime rounded up to the CPUs", current: 2, cpus: 2, quota: true, want: 2},
		{name: "enough CPUs", current: 8, cpus: 8, want: 8},
		{name: "exactly the floor", current: 4, cpus: 4, want: 4},
	} {
		t.Run(c.name, func(t *testing.T) {
			require.Equal(t, c.want, procsFor(c.env, c.current, c.cpus, c.quota))
		})
	}
}

// files is a read function over a map of paths to contents.
func files(m map[string]string) func(string) ([]byte, error) {
	return func(p string) ([]byte, error) {
		if v, ok := m[p]; ok {
			return []byte(v), nil
		}
		return nil, fs.ErrNotExist
	}
}

func TestCPUQuotaIsFoundWhereverItIs(t *testing.T) {
	for _, c := range []struct {
		name  string
		files map[string]string
		want  bool
	}{
		{"nothing readable", nil, false},
		{"v2, no limit", map[string]string{
			"/proc/self/cgroup": "0::/system.slice/sptn.service\n",
			"/sys/fs/cgroup/system.slice/sptn.service/cpu.max": "max 100000\n",
			"/sys/fs/cgroup/system.slice/cpu.max":              "max 100000\n",
		}, false},
		{"v2, 1.5 CPUs on its own cgroup", map[string]string{
			"/proc/self/cgroup": "0::/system.slice/sptn.service\n",
			"/sys/fs/cgroup/system.slice/sptn.service/cpu.max": "150000 100000\n",
		}, true},
		{"v2, a limit on a parent", map[string]string{
			"/proc/self/cgroup":                       "0::/kubepods/pod1/c1\n",
			"/sys/fs/cgroup/kubepods/pod1/c1/cpu.max": "max 100000\n",
			"/sys/fs/cgroup/kubepods/pod1/cpu.max":    "100000 100000\n",
		}, true},
		{"v2 in a cgroup namespace: its root", map[string]string{
			"/proc/self/cgroup":      "0::/\n",
			"/sys/fs/cgroup/cpu.max": "50000 100000\n",
		}, true},
		{"v1, no limit", map[string]string{
			"/proc/self/cgroup": "12:memory:/docker/abc\n4:cpu,cpuacct:/docker/abc\n",
			"/sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_quota_us": "-1\n",
		}, false},
		{"v1, a limit", map[string]string{
			"/proc/self/cgroup": "12:memory:/docker/abc\n4:cpu,cpuacct:/docker/abc\n",
			"/sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_quota_us": "150000\n",
		}, true},
		{"v1, another controller's limit is not a CPU quota", map[string]string{
			"/proc/self/cgroup": "12:cpuset:/docker/abc\n",
			"/sys/fs/cgroup/cpu/docker/abc/cpu.cfs_quota_us": "150000\n",
		}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			require.Equal(t, c.want, cpuQuota(files(c.files)))
		})
	}
}
