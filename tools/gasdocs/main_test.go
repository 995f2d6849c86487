package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestRender_TableFromSnapshot(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "Rollup.json"), []byte(`{"propose": "198859", "a": "7"}`), 0o644))
	doc := filepath.Join(dir, "doc.md")
	require.NoError(t, os.WriteFile(doc, []byte("intro\n<!-- gas-snapshot:Rollup -->\n| stale | 1 |\n<!-- /gas-snapshot:Rollup -->\nend\n"), 0o644))
	out, err := render(dir, doc)
	require.NoError(t, err)
	s := string(out)
	require.Contains(t, s, "| `propose` | 198,859 |\n")
	require.Less(t, strings.Index(s, "`a`"), strings.Index(s, "`propose`"), "keys in order")
	require.NotContains(t, s, "stale")
	require.True(t, strings.HasPrefix(s, "intro\n") && strings.HasSuffix(s, "<!-- /gas-snapshot:Rollup -->\nend\n"))

	// Rendering again changes nothing; a changed snapshot changes the table.
	require.NoError(t, os.WriteFile(doc, out, 0o644))
	again, err := render(dir, doc)
	require.NoError(t, err)
	require.Equal(t, out, again)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "Rollup.json"), []byte(`{"propose": "200001", "a": "7"}`), 0o644))
	moved, err := render(dir, doc)
	require.NoError(t, err)
	require.NotEqual(t, out, moved)
	require.Contains(t, string(moved), "| `propose` | 200,001 |")
}

func TestRender_Refusals(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "doc.md")
	require.NoError(t, os.WriteFile(doc, []byte("<!-- gas-snapshot:Missing -->\n<!-- /gas-snapshot:Missing -->\n"), 0o644))
	_, err := render(dir, doc)
	require.ErrorContains(t, err, "Missing.json")
	require.NoError(t, os.WriteFile(filepath.Join(dir, "Bad.json"), []byte(`{"x": "lots"}`), 0o644))
	require.NoError(t, os.WriteFile(doc, []byte("<!-- gas-snapshot:Bad -->\n<!-- /gas-snapshot:Bad -->\n"), 0o644))
	_, err = render(dir, doc)
	require.ErrorContains(t, err, "not a gas number")
}
