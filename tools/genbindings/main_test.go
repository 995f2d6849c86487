package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestPackageName(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{"Errors": "sptnerrors", "Staking": "staking", "AZT": "azt"} {
		require.Equal(t, want, packageName(in), in)
	}
}

// writeArtifact writes a minimal forge artifact for contract name from source file.
func writeArtifact(t *testing.T, dir, file, name, abi string) {
	t.Helper()
	p := filepath.Join(dir, filepath.Base(file), name+".json")
	require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
	body := `{"abi":` + abi + `,"metadata":{"settings":{"compilationTarget":{"` + file + `":"` + name + `"}}}}`
	require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
}

const domainABI = `[{"type":"function","name":"eip712Domain","inputs":[],"outputs":[` +
	`{"name":"fields","type":"bytes1"},{"name":"name","type":"string"}],"stateMutability":"view"}]`

// TestGenerateOnePackagePerContract: two contracts with the same ABI-derived struct bind into
// separate packages (no collision); interfaces and empty ABIs are skipped; Errors is renamed.
func TestGenerateOnePackagePerContract(t *testing.T) {
	t.Parallel()
	art := t.TempDir()
	writeArtifact(t, art, "contracts/token/AZT.sol", "AZT", domainABI)
	writeArtifact(t, art, "contracts/rollup/Rollup.sol", "Rollup", domainABI)
	writeArtifact(t, art, "contracts/interfaces/IRollup.sol", "IRollup", domainABI)
	writeArtifact(t, art, "contracts/libraries/HeaderLib.sol", "HeaderLib", `[]`)
	writeArtifact(t, art, "contracts/libraries/Errors.sol", "Errors",
		`[{"type":"error","name":"X__Y","inputs":[]}]`)
	writeArtifact(t, art, "test/T.t.sol", "T", domainABI)

	files, err := generate(art, "contracts", []string{"contracts/interfaces/"}, "out")
	require.NoError(t, err)
	var paths []string
	for p := range files {
		paths = append(paths, p)
	}
	require.ElementsMatch(t, []string{
		filepath.Join("out", "azt", "azt.go"),
		filepath.Join("out", "rollup", "rollup.go"),
		filepath.Join("out", "sptnerrors", "sptnerrors.go"),
	}, paths)
	require.Contains(t, files[filepath.Join("out", "azt", "azt.go")], "package azt")
	require.Contains(t, files[filepath.Join("out", "sptnerrors", "sptnerrors.go")], "type ErrorsLib struct")
	require.False(t, strings.Contains(files[filepath.Join("out", "sptnerrors", "sptnerrors.go")], "func (errors *"))
}

func TestGenerateNoArtifacts(t *testing.T) {
	t.Parallel()
	_, err := generate(t.TempDir(), "contracts", nil, "out")
	require.ErrorContains(t, err, "run `forge build` first")
}
