package deployments

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

func write(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "d.json")
	require.NoError(t, os.WriteFile(p, []byte(body), 0o600))
	return p
}

func TestLoad(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		body    string
		wantErr string
	}{
		{"valid", `{"chainId":31337,"block":3,"deployer":"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266","contracts":{"AZT":"0x5FbDB2315678afecb367f032d93F642f64180aa3"}}`, ""},
		{"no chain id", `{"contracts":{"AZT":"0x5FbDB2315678afecb367f032d93F642f64180aa3"}}`, "chainId is missing"},
		{"no contracts", `{"chainId":1,"contracts":{}}`, "no contracts"},
		{"zero address", `{"chainId":1,"contracts":{"AZT":"0x0000000000000000000000000000000000000000"}}`, "AZT has the zero address"},
		{"not json", `{`, "parse deployments file"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			f, err := Load(write(t, tc.body))
			if tc.wantErr != "" {
				require.ErrorContains(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			a, err := f.Address("AZT")
			require.NoError(t, err)
			require.Equal(t, common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"), a)
			_, err = f.Address("Rollup")
			require.ErrorIs(t, err, ErrMissingContract)
			require.Equal(t, []string{"AZT"}, f.Names())
		})
	}
}
