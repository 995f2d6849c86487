package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestGoTypeName(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"Errors", "SptnErrors"},
		{"Common", "SptnCommon"},
		{"Staking", "Staking"},
		{"AZT", "AZT"},
	}
	for _, tc := range tests {
		require.Equal(t, tc.want, goTypeName(tc.in), tc.in)
	}
}

func TestQualifyOutputsRenamesOnlySharedOutputs(t *testing.T) {
	t.Parallel()
	code := "package bindings\n\n" +
		"// AMetaData contains all meta data concerning the A contract.\n" +
		"type DomainOutput struct{ X int }\n\nfunc a() DomainOutput { return DomainOutput{} }\n\n" +
		"type OnlyAOutput struct{ Y int }\n\n" +
		"// BMetaData contains all meta data concerning the B contract.\n" +
		"type DomainOutput struct{ X int }\n\nfunc b() *DomainOutput { return new(DomainOutput) }\n"
	got, err := qualifyOutputs(code, []string{"B", "A"})
	require.NoError(t, err)
	require.Contains(t, got, "type ADomainOutput struct")
	require.Contains(t, got, "func a() ADomainOutput { return ADomainOutput{} }")
	require.Contains(t, got, "type BDomainOutput struct")
	require.Contains(t, got, "func b() *BDomainOutput { return new(BDomainOutput) }")
	require.Contains(t, got, "type OnlyAOutput struct", "an output of one contract keeps its name")
	require.False(t, strings.Contains(got, " DomainOutput"), got)
}

func TestQualifyOutputsMissingSection(t *testing.T) {
	t.Parallel()
	_, err := qualifyOutputs("package bindings\n", []string{"A"})
	require.ErrorContains(t, err, "section of A not found")
}
