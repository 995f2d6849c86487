// Command treecheck keeps the branching-tree specs (test/**/*.tree) honest against the forge
// tests: it fails when a leaf of a tree names no test, when a test a tree names does not exist,
// or when a leaf says the call reverts with a named error that none of its tests mentions.
//
//	go run ./tools/treecheck -trees test -tests test
//
// The convention (docs/threat-model.md, "How the contracts are tested"):
//
//   - A branch is a line holding "├── " or "└── "; the text after the marker is the branch. A
//     line holding neither (only "│" and spaces before its text) continues the branch above it.
//     Lines starting with "//" and blank lines are comments. The first line is the tree's root.
//   - A leaf is a branch with no branch below it. Every leaf ends with "=> " and the names of
//     the tests that assert it, separated by commas:
//     └── it reverts with Staking__ZeroAmount => test_stake_zeroAmount_reverts
//   - A name is a Solidity function in a test/**/*.sol file (test_…, testFuzz_…, invariant_…).
//   - Every custom error named in a leaf (an identifier with "__", e.g. Staking__ZeroAmount)
//     must appear in the body of at least one of the leaf's tests, or of a test helper (a
//     function whose name starts with "_") that the test calls, directly or one call deeper.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

func main() {
	trees := flag.String("trees", "test", "directory searched for *.tree files")
	tests := flag.String("tests", "test", "directory searched for *.sol test files")
	flag.Parse()
	bodies, err := loadTests(*tests)
	if err != nil {
		fmt.Fprintln(os.Stderr, "treecheck:", err)
		os.Exit(2)
	}
	files, err := find(*trees, ".tree")
	if err != nil {
		fmt.Fprintln(os.Stderr, "treecheck:", err)
		os.Exit(2)
	}
	var problems []string
	leaves := 0
	for _, f := range files {
		ls, err := parseTree(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, "treecheck:", err)
			os.Exit(2)
		}
		leaves += len(ls)
		problems = append(problems, check(f, ls, bodies)...)
	}
	if len(problems) > 0 {
		for _, p := range problems {
			fmt.Fprintln(os.Stderr, p)
		}
		fmt.Fprintf(os.Stderr, "treecheck: %d problem(s) in %d tree(s); see tools/treecheck/main.go for the convention\n",
			len(problems), len(files))
		os.Exit(1)
	}
	fmt.Printf("treecheck: %d tree(s), %d leaves, each named test exists and asserts its errors\n", len(files), leaves)
}

// leaf is one leaf of a tree: its text, the tests it names and where it is.
type leaf struct {
	line  int
	text  string
	tests []string
}

var (
	funcRe   = regexp.MustCompile(`\bfunction\s+(\w+)\s*\(`)
	testRe   = regexp.MustCompile(`^(?:test|invariant)`)
	helperRe = regexp.MustCompile(`\b(_\w+)\s*\(`)
	errorRe  = regexp.MustCompile(`\b[A-Z][A-Za-z0-9]*__[A-Za-z0-9]+\b`)
	nameRe   = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
)

func find(dir, ext string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ext) {
			out = append(out, path)
		}
		return nil
	})
	sort.Strings(out)
	return out, err
}

// loadTests maps every test function name (test…, testFuzz…, invariant…) in dir's .sol files to
// its bodies (one per contract that declares it), each followed by the bodies of the "_"
// helpers it calls, two calls deep.
func loadTests(dir string) (map[string][]string, error) {
	files, err := find(dir, ".sol")
	if err != nil {
		return nil, err
	}
	all := map[string][]string{}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		src := string(raw)
		for _, m := range funcRe.FindAllStringSubmatchIndex(src, -1) {
			name := src[m[2]:m[3]]
			all[name] = append(all[name], body(src, m[1]))
		}
	}
	out := map[string][]string{}
	for name, bodies := range all {
		if !testRe.MatchString(name) {
			continue
		}
		for _, b := range bodies {
			out[name] = append(out[name], withHelpers(b, all, 2))
		}
	}
	return out, nil
}

// withHelpers appends to b the bodies of the "_" helpers it calls, depth calls deep.
func withHelpers(b string, all map[string][]string, depth int) string {
	if depth == 0 {
		return b
	}
	out := b
	seen := map[string]bool{}
	for _, m := range helperRe.FindAllStringSubmatch(b, -1) {
		if seen[m[1]] {
			continue
		}
		seen[m[1]] = true
		for _, hb := range all[m[1]] {
			out += "\n" + withHelpers(hb, all, depth-1)
		}
	}
	return out
}

// body returns the text of the function whose header starts before from: up to the brace that
// closes its first opening brace.
func body(src string, from int) string {
	open := strings.IndexByte(src[from:], '{')
	if open < 0 {
		return ""
	}
	depth := 0
	for i := from + open; i < len(src); i++ {
		switch src[i] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return src[from : i+1]
			}
		}
	}
	return src[from:]
}

// parseTree returns the leaves of a tree file.
func parseTree(path string) ([]leaf, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	type node struct {
		depth int
		line  int
		text  string
	}
	var nodes []node
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		raw := sc.Text()
		trimmed := strings.TrimSpace(raw)
		if trimmed == "" || strings.HasPrefix(trimmed, "//") {
			continue
		}
		idx := strings.Index(raw, "├── ")
		if j := strings.Index(raw, "└── "); idx < 0 || (j >= 0 && j < idx) {
			idx = j
		}
		switch {
		case idx >= 0:
			depth := len([]rune(raw[:idx])) / 4
			nodes = append(nodes, node{depth: depth + 1, line: n, text: strings.TrimSpace(raw[idx+len("├── "):])})
		case len(nodes) == 0:
			nodes = append(nodes, node{depth: 0, line: n, text: trimmed})
		default:
			// A continuation of the branch above: everything after the tree's drawing.
			text := strings.TrimLeft(raw, " │")
			nodes[len(nodes)-1].text += " " + strings.TrimSpace(text)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	var out []leaf
	for i, nd := range nodes {
		if i == 0 && nd.depth == 0 {
			continue // the root names the contract
		}
		if i+1 < len(nodes) && nodes[i+1].depth > nd.depth {
			continue // has children
		}
		l := leaf{line: nd.line, text: nd.text}
		if k := strings.LastIndex(nd.text, "=>"); k >= 0 {
			l.text = strings.TrimSpace(nd.text[:k])
			for _, name := range strings.Split(nd.text[k+2:], ",") {
				l.tests = append(l.tests, strings.TrimSpace(name))
			}
		}
		out = append(out, l)
	}
	return out, nil
}

// check returns the problems of one tree's leaves.
func check(path string, leaves []leaf, bodies map[string][]string) []string {
	var out []string
	report := func(l leaf, format string, args ...any) {
		out = append(out, fmt.Sprintf("%s:%d: %q: %s", path, l.line, l.text, fmt.Sprintf(format, args...)))
	}
	for _, l := range leaves {
		if len(l.tests) == 0 {
			report(l, "names no test (end the leaf with \"=> test_name[, test_name]\")")
			continue
		}
		var found []string
		for _, name := range l.tests {
			if !nameRe.MatchString(name) {
				report(l, "%q is not a function name", name)
				continue
			}
			bs, ok := bodies[name]
			if !ok {
				report(l, "test %s does not exist in any test/**/*.sol", name)
				continue
			}
			found = append(found, bs...)
		}
		if len(found) == 0 {
			continue
		}
		for _, e := range errorRe.FindAllString(l.text, -1) {
			if !mentions(found, e) {
				report(l, "says %s, which none of its tests (%s) mentions", e, strings.Join(l.tests, ", "))
			}
		}
	}
	return out
}

func mentions(bodies []string, word string) bool {
	re := regexp.MustCompile(`\b` + regexp.QuoteMeta(word) + `\b`)
	for _, b := range bodies {
		if re.MatchString(b) {
			return true
		}
	}
	return false
}
