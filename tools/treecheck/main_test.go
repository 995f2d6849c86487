package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

const sol = `contract T {
    function test_a_zero_reverts() public {
        vm.expectRevert(Errors.Staking__ZeroAmount.selector);
        staking.stake(a, w, 0);
    }
    function test_b_succeeds() public { assertTrue(true); }
    function test_c_viaHelper_reverts() public { _expect(1); }
    function _expect(uint256 v) internal { _deeper(v); }
    function _deeper(uint256) internal { vm.expectRevert(Errors.Slasher__InvalidParam.selector); }
}
`

func write(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
	return p
}

func TestCheck(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	write(t, dir, "T.t.sol", sol)
	bodies, err := loadTests(dir)
	require.NoError(t, err)
	require.Contains(t, bodies["test_a_zero_reverts"][0], "Staking__ZeroAmount")
	require.NotContains(t, bodies["test_a_zero_reverts"][0], "test_b", "a body ends at its closing brace")

	for _, tc := range []struct {
		name, tree string
		want       []string // substrings of the problems, in order; none: the tree is fine
	}{
		{"fine", "Root\n├── stake\n│   ├── when zero\n│   │   └── it reverts with Staking__ZeroAmount => test_a_zero_reverts\n" +
			"│   └── otherwise\n│       └── it stakes => test_b_succeeds, test_a_zero_reverts\n└── it has a leaf\n" +
			"    wrapped over two lines => test_b_succeeds\n", nil},
		{"no test named", "Root\n└── stake\n    └── it stakes\n", []string{`"it stakes": names no test`}},
		{"missing test", "Root\n└── it stakes => test_gone\n", []string{"test test_gone does not exist"}},
		{"error not asserted", "Root\n└── it reverts with Staking__Other => test_a_zero_reverts\n",
			[]string{"says Staking__Other, which none of its tests (test_a_zero_reverts) mentions"}},
		{"error asserted by one of two", "Root\n└── it reverts with Staking__ZeroAmount => test_b_succeeds, test_a_zero_reverts\n", nil},
		{"error asserted in a helper two calls deep", "Root\n└── it reverts with Slasher__InvalidParam => test_c_viaHelper_reverts\n", nil},
		{"helpers are not tests", "Root\n└── it x => _expect\n", []string{"test _expect does not exist"}},
		{"comments and an inner branch without a test", "// a comment\nRoot\n├── when x\n│   └── it y => test_b_succeeds\n", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p := write(t, t.TempDir(), "X.tree", tc.tree)
			ls, err := parseTree(p)
			require.NoError(t, err)
			got := check(p, ls, bodies)
			require.Len(t, got, len(tc.want), strings.Join(got, "\n"))
			for i, w := range tc.want {
				require.Contains(t, got[i], w)
			}
		})
	}
}

func TestParseTreeJoinsWrappedLeaves(t *testing.T) {
	t.Parallel()
	p := write(t, t.TempDir(), "X.tree", "Root\n├── when a, b,\n│   c\n│   └── it d\n│       and e => test_x\n└── it f => test_y, test_z\n")
	ls, err := parseTree(p)
	require.NoError(t, err)
	require.Len(t, ls, 2)
	require.Equal(t, "it d and e", ls[0].text)
	require.Equal(t, []string{"test_x"}, ls[0].tests)
	require.Equal(t, []string{"test_y", "test_z"}, ls[1].tests)
}
