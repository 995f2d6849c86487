// Command genbindings generates the Go bindings in bindings/ from forge's build artifacts with
// go-ethereum's abigen v2 generator (the version pinned in go.mod).
//
// It binds every contract and library whose source lies under -src (interfaces excepted) and whose
// ABI is not empty, each into its own package bindings/<name>/ (one package per contract, so that
// the structs abigen derives from ABIs, such as EIP-712's domain tuple, never collide). Bindings
// carry the ABI only, not the bytecode: contracts are deployed by the forge scripts, so a change
// that leaves the ABI alone leaves the bindings alone.
//
//	go run ./tools/genbindings -artifacts out -src contracts -out bindings
//	go run ./tools/genbindings -check ...   # exit 1 if any file on disk is stale or missing
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
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
	out := flag.String("out", "bindings", "the directory that holds one package per contract")
	check := flag.Bool("check", false, "compare with -out instead of writing; exit 1 if they differ")
	flag.Parse()

	files, err := generate(*artifacts, *src, strings.Split(*skip, ","), *out)
	if err != nil {
		fail(err)
	}
	existing, err := existingFiles(*out)
	if err != nil {
		fail(err)
	}
	if *check {
		var stale []string
		for path, code := range files {
			have, err := os.ReadFile(path)
			if err != nil && !errors.Is(err, fs.ErrNotExist) {
				fail(err)
			}
			if !bytes.Equal(have, []byte(code)) {
				stale = append(stale, path)
			}
		}
		for _, path := range existing {
			if _, ok := files[path]; !ok {
				stale = append(stale, path+" (no such contract any more)")
			}
		}
		if len(stale) > 0 {
			sort.Strings(stale)
			fmt.Fprintf(os.Stderr, "genbindings: bindings do not match the contracts' ABIs:\n  %s\n"+
				"  The contracts changed without their bindings: run `make bindings` and commit the result.\n",
				strings.Join(stale, "\n  "))
			os.Exit(1)
		}
		return
	}
	for _, path := range existing {
		if _, ok := files[path]; !ok {
			if err := os.RemoveAll(filepath.Dir(path)); err != nil {
				fail(err)
			}
		}
	}
	for path, code := range files {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			fail(err)
		}
		if err := os.WriteFile(path, []byte(code), 0o644); err != nil {
			fail(err)
		}
	}
}

func fail(err error) {
	fmt.Fprintf(os.Stderr, "genbindings: %v\n", err)
	os.Exit(2)
}

// existingFiles lists the generated files under dir (bindings/<pkg>/<pkg>.go).
func existingFiles(dir string) ([]string, error) {
	matches, err := filepath.Glob(filepath.Join(dir, "*", "*.go"))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, m := range matches {
		if filepath.Base(m) == filepath.Base(filepath.Dir(m))+".go" {
			out = append(out, m)
		}
	}
	return out, nil
}

// packageName is the Go package of a contract's bindings: its lower-cased name, except where that
// would shadow a standard package.
func packageName(contract string) string {
	name := strings.ToLower(contract)
	if name == "errors" {
		return "sptnerrors"
	}
	return name
}

func generate(dir, src string, skip []string, outDir string) (map[string]string, error) {
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
		return nil, fmt.Errorf("read artifacts in %s: %w (run `forge build` first)", dir, err)
	}
	if len(byName) == 0 {
		return nil, fmt.Errorf("no artifacts for sources under %s in %s (run `forge build` first)", src, dir)
	}
	files := make(map[string]string, len(byName))
	for name, c := range byName {
		pkg := packageName(name)
		typ := name
		if name == "Errors" {
			// abigen names a type's receiver after the type: "errors" would shadow the package.
			typ = "ErrorsLib"
		}
		code, err := abigen.BindV2([]string{typ}, []string{c.abi}, []string{""}, pkg,
			map[string]string{}, map[string]string{})
		if err != nil {
			return nil, fmt.Errorf("bind %s: %w", name, err)
		}
		files[filepath.Join(outDir, pkg, pkg+".go")] = code
	}
	return files, nil
}

func skipped(file string, prefixes []string) bool {
	for _, p := range prefixes {
		if p != "" && strings.HasPrefix(file, p) {
			return true
		}
	}
	return false
}
