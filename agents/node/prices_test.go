package node

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/sptn/sptn/agents/node/app"
)

// TestSealPricesStayWithinTheCeiling: a node configured above the chain's fee ceiling seals at the
// ceiling (a seal above it is refused by every member); below it, at what it was configured.
func TestSealPricesStayWithinTheCeiling(t *testing.T) {
	p := app.DefaultParams()
	p.MaxFeePerDaGas, p.MaxFeePerL2Gas = big.NewInt(100), big.NewInt(200)
	da, l2 := sealPrices(big.NewInt(7), big.NewInt(9), p)
	require.Equal(t, int64(7), da.Int64())
	require.Equal(t, int64(9), l2.Int64())
	da, l2 = sealPrices(big.NewInt(1000), big.NewInt(201), p)
	require.Equal(t, int64(100), da.Int64())
	require.Equal(t, int64(200), l2.Int64())
	require.False(t, p.AboveCeiling(da, l2))
}
