// Package solc_test checks the node wrapper that lets forge use the npm solcjs build: the version
// line forge parses, a standard-JSON compile, and a compile error reported the way forge reads it.
package solc_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func wrapper(t *testing.T) string {
	t.Helper()
	p, err := filepath.Abs("solc")
	require.NoError(t, err)
	if _, err := os.Stat(filepath.Join("..", "..", "node_modules", "solc")); err != nil {
		t.Fatalf("node_modules/solc is missing: run `make deps` (npm ci) first")
	}
	return p
}

func run(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(wrapper(t), args...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else {
		require.NoError(t, err)
	}
	return out.String(), errb.String(), code
}

func TestVersion(t *testing.T) {
	t.Parallel()
	out, _, code := run(t, "", "--version")
	require.Equal(t, 0, code)
	// forge parses "Version: <semver>+commit.<hash>.<platform>" from the second line.
	require.Regexp(t, regexp.MustCompile(`(?m)^Version: 0\.8\.\d+\+commit\.[0-9a-f]{8}\.Linux\.g\+\+$`), out)
}

type output struct {
	Errors []struct {
		Severity string `json:"severity"`
		Type     string `json:"type"`
		Message  string `json:"message"`
	} `json:"errors"`
	Contracts map[string]map[string]struct {
		ABI []any `json:"abi"`
		EVM struct {
			Bytecode struct {
				Object string `json:"object"`
			} `json:"bytecode"`
		} `json:"evm"`
	} `json:"contracts"`
}

func compile(t *testing.T, source string) output {
	t.Helper()
	input := map[string]any{
		"language": "Solidity",
		"sources":  map[string]any{"A.sol": map[string]string{"content": source}},
		"settings": map[string]any{
			"outputSelection": map[string]any{"*": map[string]any{"*": []string{"abi", "evm.bytecode.object"}}},
		},
	}
	raw, err := json.Marshal(input)
	require.NoError(t, err)
	out, stderr, code := run(t, string(raw), "--standard-json")
	require.Equal(t, 0, code, stderr)
	var o output
	require.NoError(t, json.Unmarshal([]byte(out), &o), out)
	return o
}

func TestStandardJSONCompile(t *testing.T) {
	t.Parallel()
	o := compile(t, "// SPDX-License-Identifier: MIT\npragma solidity ^0.8.0;\ncontract A { function f() external pure returns (uint256) { return 42; } }")
	for _, e := range o.Errors {
		require.NotEqual(t, "error", e.Severity, e.Message)
	}
	a := o.Contracts["A.sol"]["A"]
	require.Len(t, a.ABI, 1)
	require.NotEmpty(t, a.EVM.Bytecode.Object)
	require.Regexp(t, `^[0-9a-f]+$`, a.EVM.Bytecode.Object)
}

func TestStandardJSONCompileError(t *testing.T) {
	t.Parallel()
	o := compile(t, "// SPDX-License-Identifier: MIT\npragma solidity ^0.8.0;\ncontract A { function f( }")
	require.NotEmpty(t, o.Errors)
	require.Equal(t, "error", o.Errors[0].Severity)
	require.Equal(t, "ParserError", o.Errors[0].Type)
	require.Empty(t, o.Contracts["A.sol"])
}

func TestUnsupportedArgument(t *testing.T) {
	t.Parallel()
	_, stderr, code := run(t, "", "--bin", "A.sol")
	require.Equal(t, 2, code)
	require.Contains(t, stderr, `unsupported argument "--bin"`)
}
