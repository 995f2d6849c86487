package devnet

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestRunAsSwapsTheBinary: an agent told RunAs starts the other binary, with the extra
// environment over its own, and RunAs("") puts back the binary and environment it had.
func TestRunAsSwapsTheBinary(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	script := func(name string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte("#!/bin/sh\necho \""+name+" $1 $MODE\" > "+out+"\n"), 0o755))
		return p
	}
	a := &Agent{Name: "node-0", Kind: "node", DataDir: dir, Log: filepath.Join(dir, "log"),
		bin: script("honest"), env: []string{"MODE=plain"}}
	run := func() string {
		require.NoError(t, a.Start())
		select {
		case <-a.process().Exited():
		case <-time.After(10 * time.Second):
			t.Fatal("the script did not exit")
		}
		raw, err := os.ReadFile(out)
		require.NoError(t, err)
		return string(raw)
	}
	require.Equal(t, "honest node plain\n", run())
	a.RunAs(script("byzantine"), "MODE=junk")
	require.Equal(t, "byzantine node junk\n", run())
	a.RunAs("")
	require.Equal(t, "honest node plain\n", run())
}
