// Command gasdocs renders the forge gas snapshots (snapshots/<Group>.json, written by the gas
// tests' vm.snapshotGas* calls) into the docs, so that no gas number in a doc is typed by hand.
// A doc asks for a group's table with a pair of markers, and gasdocs rewrites what lies between:
//
//	<!-- gas-snapshot:Rollup -->
//	<!-- /gas-snapshot:Rollup -->
//
//	go run ./tools/gasdocs -snapshots snapshots docs/performance.md docs/slashing.md
//	go run ./tools/gasdocs -check ...   # exit 1 if a table does not match its snapshot file
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

var marker = regexp.MustCompile(`(?s)(<!-- gas-snapshot:([A-Za-z0-9_]+) -->\n)(.*?)(<!-- /gas-snapshot:([A-Za-z0-9_]+) -->)`)

func main() {
	dir := flag.String("snapshots", "snapshots", "directory of the forge gas snapshot files")
	check := flag.Bool("check", false, "exit 1 if a doc's table differs from its snapshot instead of rewriting it")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "gasdocs: name the docs to render into")
		os.Exit(2)
	}
	stale := false
	for _, doc := range flag.Args() {
		s, err := render(*dir, doc)
		if err != nil {
			fmt.Fprintf(os.Stderr, "gasdocs: %v\n", err)
			os.Exit(1)
		}
		old, err := os.ReadFile(doc)
		if err != nil {
			fmt.Fprintf(os.Stderr, "gasdocs: %v\n", err)
			os.Exit(1)
		}
		if bytes.Equal(old, s) {
			continue
		}
		if *check {
			fmt.Fprintf(os.Stderr, "gasdocs: %s: a gas table differs from %s: run `make gas-docs`\n", doc, *dir)
			stale = true
			continue
		}
		if err := os.WriteFile(doc, s, 0o644); err != nil {
			fmt.Fprintf(os.Stderr, "gasdocs: %v\n", err)
			os.Exit(1)
		}
		fmt.Printf("gasdocs: rewrote %s\n", doc)
	}
	if stale {
		os.Exit(1)
	}
}

// render returns doc with every marked table rendered from its snapshot file.
func render(dir, doc string) ([]byte, error) {
	src, err := os.ReadFile(doc)
	if err != nil {
		return nil, err
	}
	var ferr error
	out := marker.ReplaceAllFunc(src, func(m []byte) []byte {
		g := marker.FindSubmatch(m)
		open, group, close, closeGroup := g[1], string(g[2]), g[4], string(g[5])
		if group != closeGroup {
			ferr = fmt.Errorf("%s: marker gas-snapshot:%s closed by /gas-snapshot:%s", doc, group, closeGroup)
			return m
		}
		table, err := table(dir, group)
		if err != nil {
			ferr = fmt.Errorf("%s: %w", doc, err)
			return m
		}
		return append(append(append([]byte{}, open...), table...), close...)
	})
	return out, ferr
}

// table renders snapshots/<group>.json as a markdown table, keys in order.
func table(dir, group string) ([]byte, error) {
	path := filepath.Join(dir, group+".json")
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var snap map[string]string
	if err := json.Unmarshal(raw, &snap); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	keys := make([]string, 0, len(snap))
	for k := range snap {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	fmt.Fprintf(&b, "| snapshot (`%s`) | gas |\n|---|---:|\n", filepath.ToSlash(path))
	for _, k := range keys {
		v, err := strconv.ParseUint(snap[k], 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %q is not a gas number", path, k, snap[k])
		}
		fmt.Fprintf(&b, "| `%s` | %s |\n", k, thousands(v))
	}
	return []byte(b.String()), nil
}

func thousands(v uint64) string {
	s := strconv.FormatUint(v, 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
