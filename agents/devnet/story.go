package devnet

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strconv"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/sptn/sptn/bindings/azt"
	"github.com/sptn/sptn/bindings/registry"
	"github.com/sptn/sptn/bindings/toplevelgovernance"
)

// FundAmount is what the devnet's TLG proposal mints into the deployment's reward pool.
var FundAmount = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))

// FundDeployment plays the seed's funding story with the operator scripts: the token holder (the
// dev account, which holds the genesis supply) proposes to the top-level governance that it mint
// FundAmount AZT into the deployment's reward pool and register the deployment with its rollup as
// canonical; it votes for it; L1 time is advanced past the voting period and the timelock; the
// proposal is queued and executed. It then checks the Registry and the pool.
func (n *Network) FundDeployment(ctx context.Context) error {
	rollupAddr, err := n.Deployments.Address("Rollup")
	if err != nil {
		return err
	}
	tlgAddr, err := n.Deployments.Address("TopLevelGovernance")
	if err != nil {
		return err
	}
	c, err := n.Dial(ctx)
	if err != nil {
		return fmt.Errorf("dial L1: %w", err)
	}
	defer c.Close()
	tlg := toplevelgovernance.NewTopLevelGovernance()
	delay, err := viewU64(ctx, c, tlgAddr, tlg.PackVotingDelay(), tlg.UnpackVotingDelay)
	if err != nil {
		return fmt.Errorf("read voting delay: %w", err)
	}
	period, err := viewU64(ctx, c, tlgAddr, tlg.PackVotingPeriod(), tlg.UnpackVotingPeriod)
	if err != nil {
		return fmt.Errorf("read voting period: %w", err)
	}
	env := []string{
		"FUND_AMOUNT=" + FundAmount.String(),
		"DEPLOYMENT_NAME=sptn-devnet",
		"DEPLOYMENT_ROLLUP=" + rollupAddr.Hex(),
	}
	// Votes count from the second after the holder delegated (at deploy): let one pass.
	steps := []struct {
		sig     string
		args    []string
		advance uint64
	}{
		{"propose()", nil, 1},
		{"vote(uint8)", []string{"1"}, delay + 1},
		{"queue()", nil, period + 1},
		{"execute()", nil, 0},
	}
	for _, s := range steps {
		if err := n.advance(ctx, s.advance); err != nil {
			return err
		}
		// The timelock's delay (1 s on the devnet) passes between queue and execute.
		if s.sig == "execute()" {
			if err := n.advance(ctx, 2); err != nil {
				return err
			}
		}
		if err := n.RunScript(ctx, "script/FundDeployment.s.sol:FundDeployment", s.sig, s.args, env); err != nil {
			return fmt.Errorf("TLG funding flow, %s: %w", s.sig, err)
		}
	}

	regAddr, err := n.Deployments.Address("Registry")
	if err != nil {
		return err
	}
	reg := registry.NewRegistry()
	raw, err := c.CallContract(ctx, callMsg(regAddr, reg.PackCanonicalRollup()), nil)
	if err != nil {
		return fmt.Errorf("read canonical rollup: %w", err)
	}
	canonical, err := reg.UnpackCanonicalRollup(raw)
	if err != nil {
		return fmt.Errorf("read canonical rollup: %w", err)
	}
	if canonical != rollupAddr {
		return fmt.Errorf("registry's canonical rollup is %s, want %s", canonical, rollupAddr)
	}
	poolAddr, err := n.Deployments.Address("RewardPool")
	if err != nil {
		return err
	}
	tokenAddr, err := n.Deployments.Address("AZT")
	if err != nil {
		return err
	}
	tok := azt.NewAZT()
	raw, err = c.CallContract(ctx, callMsg(tokenAddr, tok.PackBalanceOf(poolAddr)), nil)
	if err != nil {
		return fmt.Errorf("read reward pool balance: %w", err)
	}
	bal, err := tok.UnpackBalanceOf(raw)
	if err != nil {
		return fmt.Errorf("read reward pool balance: %w", err)
	}
	if bal.Cmp(FundAmount) < 0 {
		return fmt.Errorf("reward pool holds %s AZT (wei), want at least %s", bal, FundAmount)
	}
	return nil
}

// advance moves L1 time forward by seconds and mines a block (anvil's evm_increaseTime). On geth
// it waits until L1's head is seconds past the current one.
func (n *Network) advance(ctx context.Context, seconds uint64) error {
	if seconds == 0 {
		return nil
	}
	if n.Geth() {
		c, err := n.Dial(ctx)
		if err != nil {
			return fmt.Errorf("dial L1: %w", err)
		}
		head, err := c.HeaderByNumber(ctx, nil)
		c.Close()
		if err != nil {
			return fmt.Errorf("head: %w", err)
		}
		return n.waitL1Time(ctx, head.Time+seconds, "the governance vote's timing")
	}
	c, err := rpc.DialContext(ctx, n.RPC)
	if err != nil {
		return fmt.Errorf("dial L1: %w", err)
	}
	defer c.Close()
	if err := c.CallContext(ctx, nil, "evm_increaseTime", seconds); err != nil {
		return fmt.Errorf("increase time: %w", err)
	}
	if err := c.CallContext(ctx, nil, "evm_mine"); err != nil {
		return fmt.Errorf("mine: %w", err)
	}
	return nil
}

// RunScript runs a forge script function against the devnet as the dev account. Scripts may read
// files only under deployments/, so the devnet's deployments file is copied there for the run.
func (n *Network) RunScript(ctx context.Context, script, sig string, args, env []string) error {
	body, err := os.ReadFile(n.DeploymentsFile())
	if err != nil {
		return err
	}
	tmp := filepath.Join("deployments", ".devnet-"+strconv.Itoa(os.Getpid())+"-"+strconv.Itoa(n.cfg.L1Port)+".json")
	if err := os.WriteFile(filepath.Join(n.cfg.Root, tmp), body, 0o644); err != nil {
		return err
	}
	defer os.Remove(filepath.Join(n.cfg.Root, tmp))
	log, err := n.logFile("scripts.log")
	if err != nil {
		return err
	}
	cmd := append([]string{"script", script, "--sig", sig}, args...)
	cmd = append(cmd, "--rpc-url", n.RPC, "--broadcast", "--unlocked", "--sender", AnvilDevAccount,
		"--non-interactive")
	if err := runToCompletion(ctx, "forge script "+script+" "+sig, log, n.cfg.Root,
		append([]string{"DEPLOYMENTS_FILE=" + tmp}, env...), n.cfg.tool("forge"), cmd...); err != nil {
		return fmt.Errorf("%w (see %s)", err, log.Name())
	}
	return nil
}

// DeploymentsFile is the path of the devnet's deployments file.
func (n *Network) DeploymentsFile() string {
	return filepath.Join(n.cfg.DataDir, "deployments.json")
}

func viewU64(ctx context.Context, c interface {
	CallContract(context.Context, ethereum.CallMsg, *big.Int) ([]byte, error)
}, to common.Address, data []byte, unpack func([]byte) (*big.Int, error)) (uint64, error) {
	raw, err := c.CallContract(ctx, callMsg(to, data), nil)
	if err != nil {
		return 0, err
	}
	v, err := unpack(raw)
	if err != nil {
		return 0, err
	}
	return v.Uint64(), nil
}
