package devnet

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestShippedProfilesLoad(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(repoRoot(t), "configs", "devnet")
	for name, committee := range map[string]int{"default": 4, "committee48": 48, "stress": 16} {
		p, err := LoadProfile(dir, name)
		require.NoError(t, err, name)
		require.Equal(t, name, p.Name)
		require.Equal(t, committee, p.CommitteeSize)
	}
}

func TestLoadProfileErrors(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	write := func(name, body string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name+".yaml"), []byte(body), 0o600))
	}
	write("zero-committee", "name: x\ncommittee_size: 0\n")
	write("unknown-key", "name: x\ncommitee_size: 4\n")
	write("partial", "name: partial\nsequencers: 7\n")
	tests := []struct{ name, want string }{
		{"zero-committee", "committee_size = 0: want 1 to 256"},
		{"unknown-key", "field commitee_size not found"},
		{"missing", "no such file"},
	}
	for _, tc := range tests {
		_, err := LoadProfile(dir, tc.name)
		require.ErrorContains(t, err, tc.want, tc.name)
	}
	p, err := LoadProfile(dir, "partial")
	require.NoError(t, err)
	require.Equal(t, 7, p.Sequencers)
	require.Equal(t, DefaultProfile().CommitteeSize, p.CommitteeSize, "unset fields keep the defaults")
}
