// Command genbindings generates the Go bindings in bindings/ from forge's build artifacts with
// go-ethereum's abigen v2 generator (the version pinned in go.mod).
//
// It binds every contract and library whose source lies under -src (interfaces excepted) and whose
// ABI is not empty. Bindings carry the ABI only, not the bytecode: contracts are deployed by the
// forge scripts, so a change that leaves the ABI alone leaves the bindings alone.
//
//	go run ./tools/genbindings -artifacts out -src contracts -out bindings/sptn.go
//	go run ./tools/genbindings -check ...   # exit 1 if the file on disk is stale
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/format"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
)

type artifact struct {
	ABI      json.RawMessage `json:"abi"`
	Metadata struct {
		Settings struct {
			CompilationTarget map[string]string `json:"compilationTarget"`
		} `json:"settings"`
	} `json:"metadata"`
}

type contract struct {
	name string
	abi  string
}

func main() {
	artifacts := flag.String("artifacts", "out", "forge's artifact directory")
	src := flag.String("src", "contracts", "bind contracts whose source lies under this directory")
	skip := flag.String("skip", "contracts/interfaces/", "comma-separated source prefixes not to bind")
	out := flag.String("out", "bindings/sptn.go", "the Go file to write")
	pkg := flag.String("pkg", "bindings", "the Go package name")
	check := flag.Bool("check", false, "compare with -out instead of writing it; exit 1 if they differ")
	flag.Parse()

	code, err := generate(*artifacts, *src, strings.Split(*skip, ","), *pkg)
	if err != nil {
		fmt.Fprintf(os.Stderr, "genbindings: %v\n", err)
		os.Exit(2)
	}
	if *check {
		have, err := os.ReadFile(*out)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			fmt.Fprintf(os.Stderr, "genbindings: %v\n", err)
			os.Exit(2)
		}
		if !bytes.Equal(have, []byte(code)) {
			fmt.Fprintf(os.Stderr, "genbindings: %s does not match the contracts' ABIs.\n"+
				"  The contracts changed without their bindings: run `make bindings` and commit the result.\n", *out)
			os.Exit(1)
		}
		return
	}
	if err := os.MkdirAll(filepath.Dir(*out), 0o755); err != nil {
		fmt.Fprintf(os.Stderr, "genbindings: %v\n", err)
		os.Exit(2)
	}
	if err := os.WriteFile(*out, []byte(code), 0o644); err != nil {
		fmt.Fprintf(os.Stderr, "genbindings: %v\n", err)
		os.Exit(2)
	}
}

func generate(dir, src string, skip []string, pkg string) (string, error) {
	byName := map[string]contract{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(path, ".json") || strings.HasPrefix(d.Name(), ".") {
			return nil
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		var a artifact
		if err := json.Unmarshal(raw, &a); err != nil {
			return nil // not a contract artifact (build-info and the like)
		}
		for file, name := range a.Metadata.Settings.CompilationTarget {
			if !strings.HasPrefix(file, strings.TrimSuffix(src, "/")+"/") || skipped(file, skip) {
				continue
			}
			if len(a.ABI) == 0 || string(a.ABI) == "[]" {
				continue
			}
			// Artifacts of one name from several compiler runs are identical in ABI; keep one.
			if prev, ok := byName[name]; ok && prev.abi != string(a.ABI) {
				return fmt.Errorf("two contracts named %s with different ABIs (%s): rename one", name, file)
			}
			byName[name] = contract{name: name, abi: string(a.ABI)}
		}
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("read artifacts in %s: %w (run `forge build` first)", dir, err)
	}
	if len(byName) == 0 {
		return "", fmt.Errorf("no artifacts for sources under %s in %s (run `forge build` first)", src, dir)
	}
	names := make([]string, 0, len(byName))
	for n := range byName {
		names = append(names, n)
	}
	sort.Strings(names)
	var types, abis, codes []string
	for _, n := range names {
		types = append(types, goTypeName(n))
		abis = append(abis, byName[n].abi)
		codes = append(codes, "")
	}
	code, err := abigen.BindV2(types, abis, codes, pkg, map[string]string{}, map[string]string{})
	if err != nil {
		return "", err
	}
	return qualifyOutputs(code, types)
}

// goTypeName is the Go type of a contract. abigen names a binding's method receivers after the
// type with a lower-case first letter, so a contract named like a package the bindings import
// (the Errors library: receiver `errors`) would shadow that package: such names get a prefix.
func goTypeName(contract string) string {
	switch strings.ToLower(contract[:1]) + contract[1:] {
	case "errors", "bytes", "big", "abi", "bind", "common", "types":
		return "Sptn" + contract
	}
	return contract
}

// qualifyOutputs renames the multi-value output structs (`<Method>Output`) that abigen v2 emits
// for more than one contract of the file (for example eip712Domain, which both AZT and the
// governor have) to `<Contract><Method>Output`: abigen v2 does not prefix them, so one file with
// both would not compile. Outputs that only one contract has keep their names.
func qualifyOutputs(code string, types []string) (string, error) {
	// The file is the header, then one section per contract, each starting at its MetaData.
	types = append([]string(nil), types...)
	starts := make([]int, len(types))
	for i, t := range types {
		starts[i] = strings.Index(code, "// "+t+"MetaData contains all meta data")
		if starts[i] < 0 {
			return "", fmt.Errorf("generated bindings: section of %s not found", t)
		}
	}
	sort.Sort(byStart{starts, types})
	sections := make([]string, len(types))
	for i := range types {
		end := len(code)
		if i+1 < len(types) {
			end = starts[i+1]
		}
		sections[i] = code[starts[i]:end]
	}
	outputDecl := regexp.MustCompile(`(?m)^type (\w+Output) struct`)
	owners := map[string]int{}
	for _, sec := range sections {
		for _, m := range outputDecl.FindAllStringSubmatch(sec, -1) {
			owners[m[1]]++
		}
	}
	var b strings.Builder
	b.WriteString(code[:starts[0]])
	for i, sec := range sections {
		for name, n := range owners {
			if n > 1 && strings.Contains(sec, "type "+name+" struct") {
				sec = regexp.MustCompile(`\b`+name+`\b`).ReplaceAllString(sec, types[i]+name)
			}
		}
		b.WriteString(sec)
	}
	formatted, err := format.Source([]byte(b.String()))
	if err != nil {
		return "", fmt.Errorf("format generated bindings: %w", err)
	}
	return string(formatted), nil
}

func skipped(file string, prefixes []string) bool {
	for _, p := range prefixes {
		if p != "" && strings.HasPrefix(file, p) {
			return true
		}
	}
	return false
}

type byStart struct {
	starts []int
	types  []string
}

func (b byStart) Len() int           { return len(b.starts) }
func (b byStart) Less(i, j int) bool { return b.starts[i] < b.starts[j] }
func (b byStart) Swap(i, j int) {
	b.starts[i], b.starts[j] = b.starts[j], b.starts[i]
	b.types[i], b.types[j] = b.types[j], b.types[i]
}
